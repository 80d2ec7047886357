#!/usr/bin/env bash
# `kaiji run` delivering by SMTP to a real server on loopback (aiosmtpd,
# started and stopped here): the message as a standard MIME parser sees it,
# nothing sent twice, catch-up after missed months, a deleted state record
# resent alone, --force, a stopped server (75, state unchanged, then
# delivered), a rejected recipient, a silent server timing out, a 4xx
# answer, STARTTLS with a password, a dry run, an archive left un-updated.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mail_lib.sh"

CHECK=("$PY" "$SOURCE_ROOT/tests/tools/check_mail.py")
CFG="$TMP/kaiji.json"
STATE="$TMP/state/kaiji-state.json"
run() { "$KAIJI" run --config "$CFG" "$@"; }

# state_has PERIOD: the state records a message for PERIOD
state_has() {
  "$PY" -c 'import json,sys; s=json.load(open(sys.argv[1])); sys.exit(0 if sys.argv[2] in s["jobs"]["monthly"]["sent"] else 1)' "$STATE" "$1"
}

start_smtp main
write_config "$CFG" "$(smtp_delivery "$SMTP_PORT")"

# --- the monthly job's message arrives -------------------------------------
expect_status 0 "first run sends the last complete month" run --today 2026-04-02
check "the server received one message" [ "$(received)" -eq 1 ]
check "parsed by Python's email package: Japanese subject, attachment identical to out/" \
  "${CHECK[@]}" "$SMTP_STORE/001.eml" --subject "【開示】2026年3月の公表一覧（9件）" \
  --attachment "$TMP/out/releases-2026-03.csv" --body-has "株式会社つばさ物流" \
  --body-has "公表件数: 9件" --body-has "公表9件のうち6件（5事案）はみどりメールへの不正アクセスに関するものです。"
"$PY" - "$SMTP_STORE/001.json" <<'PY' && pass "envelope: sender and every to/cc recipient" || fail "envelope"
import json, sys
m = json.load(open(sys.argv[1]))
assert m["mail_from"] == "kaiji@example.jp", m
assert m["rcpt_tos"] == ["risk@example.jp", "audit@example.jp"], m
PY
check "the state records 2026-03 with a SHA-256 digest" \
  grep -q '"digest": "sha256:[0-9a-f]\{64\}"' "$STATE"
check "a log line has a timestamp" grep -qE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}[+-][0-9]{2}:[0-9]{2} kaiji: ' "$TMP/stderr"

# --- a second run sends nothing, and --quiet says nothing -------------------
expect_status 0 "second run" run --today 2026-04-02 --quiet
check "nothing was sent twice" [ "$(received)" -eq 1 ]
check "--quiet printed nothing" [ ! -s "$TMP/stderr" -a ! -s "$TMP/stdout" ]

# --- missed months are caught up; new releases are announced once -----------
add_release 2026-03-30 株式会社おくれ書房 "ウェブサイトへの不正アクセスについて"
add_release 2026-04-14 株式会社さつき電機 "ランサムウェア被害の発生について"
add_release 2026-05-20 株式会社こだま運輸 "サーバーへの不正アクセスについて"
expect_status 0 "a run after two missed months" run --today 2026-06-01
check "April and May were sent" [ "$(received)" -eq 3 ]
check "April's message lists the late March release and April's, not March's nor older ones" \
  "${CHECK[@]}" "$SMTP_STORE/002.eml" --subject "【開示】2026年4月の公表一覧（1件）" \
  --attachment "$TMP/out/releases-2026-04.csv" --body-has "株式会社おくれ書房" \
  --body-has "株式会社さつき電機" --body-lacks "株式会社つばさ物流" \
  --body-lacks "株式会社ゆうわポイント" --body-has "前回の送信以降に公表・収録されたもの（2件）"
check "May's message announces only May's release" \
  "${CHECK[@]}" "$SMTP_STORE/003.eml" --subject "【開示】2026年5月の公表一覧（1件）" \
  --body-has "株式会社こだま運輸" --body-lacks "株式会社さつき電機"

# --- deleting one period from the state sends exactly that one ---------------
"$PY" -c 'import json,sys; p=sys.argv[1]; s=json.load(open(p)); del s["jobs"]["monthly"]["sent"]["2026-04"]; json.dump(s, open(p,"w"))' "$STATE"
expect_status 0 "run after deleting 2026-04 from the state" run --today 2026-06-01
check "exactly one more message" [ "$(received)" -eq 4 ]
check "it is April's, saying what the first one said" \
  "${CHECK[@]}" "$SMTP_STORE/004.eml" --subject "【開示】2026年4月の公表一覧（1件）" \
  --body-has "株式会社おくれ書房" --body-has "株式会社さつき電機"
expect_status 0 "and again" run --today 2026-06-01
check "then nothing" [ "$(received)" -eq 4 ]

# --- --force resends the last complete period --------------------------------
expect_status 0 "--force" run --today 2026-06-01 --force
check "--force sent one more message" [ "$(received)" -eq 5 ]
check "it is May's" "${CHECK[@]}" "$SMTP_STORE/005.eml" --subject "【開示】2026年5月の公表一覧（1件）"
expect_status 0 "--force --period 2026-03" run --today 2026-06-01 --force --period 2026-03
check "--period picked March (now with the late release: 10)" "${CHECK[@]}" "$SMTP_STORE/006.eml" \
  --subject "【開示】2026年3月の公表一覧（10件）"
expect_status 64 "--period of the future" run --today 2026-06-01 --period 2026-07

# --- a dry run writes the .eml and sends nothing ------------------------------
add_release 2026-06-25 株式会社みずほ文具 "メール誤送信についてのお詫び"
cp "$STATE" "$TMP/state.before"
expect_status 0 "--dry-run" run --today 2026-07-01 --dry-run
check "the dry run sent nothing" [ "$(received)" -eq 6 ]
check "it wrote out/mail-monthly-2026-06.eml, a complete message" \
  "${CHECK[@]}" "$TMP/out/mail-monthly-2026-06.eml" --subject "【開示】2026年6月の公表一覧（1件）" \
  --attachment "$TMP/out/releases-2026-06.csv"
check "the dry run left the state alone" cmp -s "$STATE" "$TMP/state.before"

# --- the server is down: 75, state unchanged, report kept; then delivered ----
stop_smtp
rm -f "$TMP/out/releases-2026-06.csv"
expect_status 75 "server stopped" run --today 2026-07-01
stderr_has "the next run retries" "the failure says the next run retries"
check "the state is unchanged" cmp -s "$STATE" "$TMP/state.before"
check "the report stays in out/" [ -s "$TMP/out/releases-2026-06.csv" ]
start_smtp again
write_config "$CFG" "$(smtp_delivery "$SMTP_PORT")"
expect_status 0 "the next run, with the server up" run --today 2026-07-01
check "it delivered one message" [ "$(received)" -eq 1 ]
check "June's, with the report kept in out/" "${CHECK[@]}" "$SMTP_STORE/001.eml" --subject "【開示】2026年6月の公表一覧（1件）" \
  --attachment "$TMP/out/releases-2026-06.csv"
check "the state now records June" state_has 2026-06

# --- a server that rejects the recipient: a clear error, 69 -------------------
start_smtp reject --reject nobody
CFG_TO='["nobody@example.jp"]' CFG_STATE="$TMP/state-reject/s.json" \
  write_config "$CFG" "$(smtp_delivery "$SMTP_PORT")"
expect_status 69 "recipient rejected" run --today 2026-07-01
stderr_has "RCPT TO:<nobody@example.jp>" "the error names the refused recipient"
stderr_has "550 5.1.1" "and quotes the server's answer"
check "nothing was stored" [ "$(received)" -eq 0 ]
check "no message recorded" bash -c "! grep -q '\"sent\"' '$TMP/state-reject/s.json'"

# --- a server that never answers times out at the limit ---------------------
# Measured around the whole run, so never shorter than the limit; the
# silent server holds the connection for an hour, so anything short of that
# shows the limit stopped it (no upper bound that a slow machine could miss).
start_smtp silent --silent
CFG_STATE="$TMP/state-silent/s.json" write_config "$CFG" "$(smtp_delivery "$SMTP_PORT" 2)"
t0=$(date +%s%N)
expect_status 75 "silent server" run --today 2026-07-01
elapsed_ms=$((($(date +%s%N) - t0) / 1000000))
stderr_has "no answer within the time limit" "the error says it timed out"
check "it waited the 2 s limit before giving up (took ${elapsed_ms} ms)" [ "$elapsed_ms" -ge 1900 ]

# --- a 4xx answer is temporary ----------------------------------------------
start_smtp busy --tempfail
CFG_STATE="$TMP/state-busy/s.json" write_config "$CFG" "$(smtp_delivery "$SMTP_PORT")"
expect_status 75 "451 from the server" run --today 2026-07-01
stderr_has "451 4.3.0" "the temporary refusal is quoted"

# --- the archive was not updated: 65, nothing sent ---------------------------
start_smtp stale
CFG_STATE="$TMP/state-stale/s.json" write_config "$CFG" "$(smtp_delivery "$SMTP_PORT")"
expect_status 65 "archive not updated since June" run --today 2026-09-01
stderr_has "was the archive updated" "the error says why"
check "nothing was sent" [ "$(received)" -eq 0 ]

# --- STARTTLS with a password from the environment or a file -----------------
# openssl makes the test certificate (scripts/setup.sh installs it): without
# it the TLS and password checks cannot run, which is a failure, not a skip.
if ! command -v openssl >/dev/null 2>&1; then
  fail "no openssl to make a test certificate: STARTTLS and passwords untested (install openssl: scripts/setup.sh)"
elif ! openssl req -x509 -newkey rsa:2048 -nodes -keyout "$TMP/key.pem" -out "$TMP/cert.pem" \
  -days 2 -subj /CN=localhost -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
  >"$TMP/openssl.log" 2>&1; then
  fail "openssl could not make a test certificate: $(tail -3 "$TMP/openssl.log")"
else
  start_smtp tls --tls "$TMP/cert.pem" "$TMP/key.pem" --auth "kaiji:s3cret pass"
  tls_delivery() {
    echo "{\"smtp\": {\"host\": \"127.0.0.1\", \"port\": $SMTP_PORT, \"security\": \"starttls\",
      \"user\": \"kaiji\", $1, \"ca_file\": \"$TMP/cert.pem\", \"timeout_seconds\": 60}}"
  }
  CFG_STATE="$TMP/state-tls/s.json" write_config "$CFG" "$(tls_delivery '"password_env": "KAIJI_TEST_PASSWORD"')"
  KAIJI_TEST_PASSWORD="s3cret pass" expect_status 0 "STARTTLS + AUTH, password from the environment" \
    run --today 2026-07-01
  check "delivered once" [ "$(received)" -eq 1 ]
  check "over TLS, after authenticating" grep -q '"tls": true' "$SMTP_STORE/001.json"
  KAIJI_TEST_PASSWORD="wrong" expect_status 78 "a wrong password is a configuration error" \
    run --today 2026-07-01 --force
  stderr_has "authentication" "the error says authentication failed"
  if grep -q "s3cret\|wrong" "$TMP/stderr"; then fail "the password leaked into the log"; else
    pass "no password in the log"; fi
  printf 's3cret pass\n' >"$TMP/pw"
  chmod 600 "$TMP/pw"
  CFG_STATE="$TMP/state-tls/s.json" write_config "$CFG" "$(tls_delivery "\"password_file\": \"$TMP/pw\"")"
  expect_status 0 "password from a file" run --today 2026-07-01 --force
  check "delivered again" [ "$(received)" -eq 2 ]
fi

[ -n "${SHOW_LOGS:-}" ] && cat "$TMP/stderr"
finish
