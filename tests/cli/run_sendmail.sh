#!/usr/bin/env bash
# `kaiji run` delivering through a sendmail-compatible program: a stand-in
# script that stores its arguments and its input.  The program runs without
# a shell (its arguments arrive verbatim), gets LF line ends, and its exit
# status decides: 0 sent, 75 temporary, other refused; a hung one is stopped.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mail_lib.sh"

CHECK=("$PY" "$SOURCE_ROOT/tests/tools/check_mail.py")
CFG="$TMP/kaiji.json"
STATE="$TMP/state/kaiji-state.json"
BOX="$TMP/sendmail-box"
mkdir -p "$BOX"
FAKE="$TMP/fake-sendmail"
cat >"$FAKE" <<'SH'
#!/bin/sh
# Stand-in sendmail: behaves as $BEHAVE (in the environment) says.
box=$(dirname "$0")/sendmail-box
n=$(($(ls "$box" | grep -c '\.eml$') + 1))
i=0
for arg in "$@"; do i=$((i + 1)); printf '%s\n' "$arg" >"$box/$n.arg$i"; done
cat >"$box/$n.tmp"
case "${BEHAVE:-ok}" in
  ok) mv "$box/$n.tmp" "$box/$n.eml"; exit 0 ;;
  tempfail) echo "fake-sendmail: queue directory full" >&2; rm "$box/$n.tmp"; exit 75 ;;
  refuse) echo "fake-sendmail: nobody@example.jp... User unknown" >&2; rm "$box/$n.tmp"; exit 67 ;;
  hang) echo $$ >"$box/hang.pid"; exec sleep 3600 ;;
esac
SH
chmod +x "$FAKE"
# A shell would expand these; an argv passes them as they are.
TRICKY='開示 $(touch '"$TMP"'/pwned) `id` ; *'
# delivery PROGRAM [TIMEOUT]: a generous limit unless a test is about it,
# so that a slow machine never stops a program that works.
delivery() {
  echo "{\"method\": \"sendmail\", \"sendmail\": {\"command\": [\"$1\", \"-t\", \"-oi\", \"-F\", \"$TRICKY\"], \"timeout_seconds\": ${2:-60}}}"
}
write_config "$CFG" "$(delivery "$FAKE")"

expect_status 0 "delivered through the sendmail program" "$KAIJI" run --config "$CFG" --today 2026-04-02
check "the program received one message" [ "$(ls "$BOX" | grep -c '\.eml$')" -eq 1 ]
check "the message parses, LF line ends, attachment identical to out/" \
  "${CHECK[@]}" "$BOX/1.eml" --newline lf --subject "【開示】2026年3月の公表一覧（9件）" \
  --attachment "$TMP/out/releases-2026-03.csv"
check "it was run as: -t -oi -F ..." bash -c "[ \"\$(cat '$BOX/1.arg1' '$BOX/1.arg2')\" = \"\$(printf -- '-t\n-oi')\" ]"
check "arguments arrive verbatim (no shell)" bash -c "[ \"\$(cat '$BOX/1.arg4')\" = '$TRICKY' ]"
check "nothing was expanded by a shell" [ ! -e "$TMP/pwned" ]
check "the state records it" grep -q '"2026-03"' "$STATE"

expect_status 0 "a second run" "$KAIJI" run --config "$CFG" --today 2026-04-02
check "sends nothing" [ "$(ls "$BOX" | grep -c '\.eml$')" -eq 1 ]

add_release 2026-04-24 株式会社さつき電機 "ランサムウェア被害の発生について"
cp "$STATE" "$TMP/state.before"
BEHAVE=tempfail expect_status 75 "the program exits 75" "$KAIJI" run --config "$CFG" --today 2026-05-02
stderr_has "queue directory full" "its message is quoted"
check "the state is unchanged" cmp -s "$STATE" "$TMP/state.before"
BEHAVE=refuse expect_status 69 "the program refuses (exit 67)" "$KAIJI" run --config "$CFG" --today 2026-05-02
stderr_has "User unknown" "its message is quoted"
# A program that hangs (for an hour) is stopped at the 2 s limit: not
# before it (measured around the whole run), and it is gone after.
write_config "$CFG" "$(delivery "$FAKE" 2)"
t0=$(date +%s%N)
BEHAVE=hang expect_status 75 "a hung program" "$KAIJI" run --config "$CFG" --today 2026-05-02
elapsed_ms=$((($(date +%s%N) - t0) / 1000000))
stderr_has "did not finish within 2 s" "is stopped at the time limit"
check "not before the 2 s limit (took ${elapsed_ms} ms)" [ "$elapsed_ms" -ge 2000 ]
check "the hung program was killed" bash -c "[ -s '$BOX/hang.pid' ] && ! kill -0 \$(cat '$BOX/hang.pid') 2>/dev/null"
check "the state is still unchanged" cmp -s "$STATE" "$TMP/state.before"
write_config "$CFG" "$(delivery "$FAKE")"
expect_status 0 "then it works again" "$KAIJI" run --config "$CFG" --today 2026-05-02
check "April delivered" [ "$(ls "$BOX" | grep -c '\.eml$')" -eq 2 ]

write_config "$CFG" "$(delivery "$TMP/no-such-sendmail")"
add_release 2026-05-24 株式会社こだま運輸 "サーバーへの不正アクセスについて"
expect_status 78 "a program that does not exist" "$KAIJI" run --config "$CFG" --today 2026-06-02
stderr_has "cannot run $TMP/no-such-sendmail" "names it"

# The CSV a run mails is for Excel: byte-order mark, CRLF, and a title or
# organisation that a spreadsheet would run as a formula starts with a quote.
add_release 2026-07-28 "@SUM(1+1)株式会社" '=HYPERLINK("https://evil.example/","詳細")'
CFG_STATE="$TMP/state-formula/s.json" write_config "$CFG" "$(delivery "$FAKE")"
before=$(ls "$BOX" | grep -c '\.eml$')
expect_status 0 "July's CSV with a formula-like title and organisation" \
  "$KAIJI" run --config "$CFG" --today 2026-08-02
CSV="$TMP/out/releases-2026-07.csv"
check "it is mailed as written to out/" \
  "${CHECK[@]}" "$BOX/$((before + 1)).eml" --newline lf --attachment "$CSV"
check "the CSV is for Excel: byte-order mark and CRLF" \
  bash -c "head -c 3 '$CSV' | od -An -tx1 | grep -q 'ef bb bf' && head -1 '$CSV' | grep -q \$'\\r\$'"
"$PY" - "$CSV" <<'PY' && pass "formula-like fields start with a quote inside the quotes" || fail "formulas in the mailed CSV"
import csv, sys
text = open(sys.argv[1], encoding="utf-8-sig", newline="").read()
rows = list(csv.reader(text.splitlines(keepends=True)))
row = next(dict(zip(rows[0], r)) for r in rows[1:] if "SUM" in r[0])
assert row["title"] == """'=HYPERLINK("https://evil.example/","詳細")""", row
assert row["organizations"] == "'@SUM(1+1)株式会社", row
assert "\"'=HYPERLINK(" in text, text
PY

# A weekly digest: the ISO week that ended on Sunday, new releases in the body.
cat >"$TMP/digest.json" <<JSON
{
  "archive": "$ARCHIVE",
  "out_dir": "$TMP/out",
  "state_file": "$TMP/state-digest.json",
  "from": "kaiji@example.jp",
  "to": ["soc@example.jp"],
  "delivery": {"sendmail": {"command": ["$FAKE"]}},
  "jobs": [{"name": "weekly", "kind": "digest", "subject": "週次 {period} {label} 新規{new}件"}]
}
JSON
before=$(ls "$BOX" | grep -c '\.eml$')
expect_status 0 "a weekly digest on Monday 2026-03-23" "$KAIJI" run --config "$TMP/digest.json" --today 2026-03-23
latest="$BOX/$((before + 1)).eml"
check "reports the week 2026-W12 (16–22 March) and its one release, without attachments" \
  "${CHECK[@]}" "$latest" --newline lf --subject "週次 2026-W12 2026年3月16日〜3月22日 新規1件" \
  --body-has "株式会社みなと精機" --body-lacks "株式会社ひまわり商会"
check "the digest has no attachment" bash -c "! grep -qi '^Content-Disposition: attachment' '$latest'"

finish
