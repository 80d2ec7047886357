#!/usr/bin/env bash
# `kaiji run` with the jobs that make PDFs, delivered to a real SMTP server
# on loopback (aiosmtpd, started and stopped here), on the sample archive:
#   - a monthly briefing job: the message parsed by Python's email package,
#     its subject in Japanese, its PDF byte-identical to out/ and to what
#     `kaiji briefing --month` writes, its key figures those of `kaiji stats`;
#     a second run sends nothing; a period deleted from the state is sent
#     again, alone;
#   - a one-pagers job: one one-page PDF per incident with a new release,
#     the pages `kaiji onepager --all --month` makes, byte for byte; the next
#     month only the incidents with new releases, a late-filed release's
#     page with its text; pages beyond the delivery's size limit stay in
#     out/ and the message names them.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mail_lib.sh"
unset SOURCE_DATE_EPOCH # the run's own creation dates are under test

CHECK=("$PY" "$SOURCE_ROOT/tests/tools/check_mail.py")
CFG="$TMP/kaiji.json"
STATE="$TMP/state/kaiji-state.json"
run() { "$KAIJI" run --config "$CFG" "$@"; }

start_smtp main
CFG_JOBS='[{"name": "monthly", "kind": "briefing", "since": "2026-02",
            "subject": "【開示】{month}の月次ブリーフィング（公表{count}件）"}]' \
  write_config "$CFG" "$(smtp_delivery "$SMTP_PORT")"

# --- the briefing arrives: February and March (since 2026-02) ---------------
expect_status 0 "first run: the briefings of February and March" run --today 2026-04-02
check "two messages were received" [ "$(received)" -eq 2 ]
check "February's: Japanese subject, attachment identical to out/briefing-2026-02.pdf" \
  "${CHECK[@]}" "$SMTP_STORE/001.eml" --subject "【開示】2026年2月の月次ブリーフィング（公表9件）" \
  --attachment "$TMP/out/briefing-2026-02.pdf"
check "March's: Japanese subject, attachment identical to out/briefing-2026-03.pdf" \
  "${CHECK[@]}" "$SMTP_STORE/002.eml" --subject "【開示】2026年3月の月次ブリーフィング（公表9件）" \
  --attachment "$TMP/out/briefing-2026-03.pdf" --body-has "株式会社みなと精機" \
  --body-has "■ 影響人数の多い事案"

# The same bytes as the command makes, whenever it makes them.
mkdir -p "$TMP/cli"
expect_status 0 "kaiji briefing --month 2026-03" \
  "$KAIJI" briefing -q --month 2026-03 --today 2026-04-02 -o "$TMP/cli/briefing-2026-03.pdf" "$SAMPLE"
check "the mailed PDF is byte-identical to what kaiji briefing --month 2026-03 writes" \
  "${CHECK[@]}" "$SMTP_STORE/002.eml" --attachment "$TMP/cli/briefing-2026-03.pdf"
check "and dated 00:00 UTC the day after the month" \
  bash -c "pdfinfo '$TMP/out/briefing-2026-03.pdf' | grep -q '^CreationDate:.*Apr  1 00:00:00 2026'"
pdf_checks "$TMP/out/briefing-2026-03.pdf" "the mailed briefing"

# The body's key figures are those of `kaiji stats --month` (kj_figures).
"$KAIJI" stats --format json --month 2026-03 "$SAMPLE" >"$TMP/mar.json" 2>/dev/null
"$PY" - "$SMTP_STORE/002.eml" "$TMP/mar.json" <<'PY' && pass "the body's key figures are kaiji stats' for March" || fail "key figures"
import email, email.policy, json, sys
msg = email.message_from_bytes(open(sys.argv[1], "rb").read(), policy=email.policy.default)
body = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")  # canonical CRLF text
s = json.load(open(sys.argv[2]))
t, p = s["totals"], s["previous"]
def ransom(key):  # attacks: one vendor's breach behind several notices once
    return (t if key == "now" else p)["ransomware_attacks"]
def signed(d):
    return f"+{d:,}" if d > 0 else (f"\u2212{-d:,}" if d < 0 else "±0")
want = [
    ("公表件数", "件", t["releases"], p["releases"]),
    ("事案数", "件", t["incidents"], p["incidents"]),
    ("公表した組織", "組織", t["organizations"], p["organizations"]),
    ("影響人数（流出を確認）", "人", t["affected"]["incident"]["confirmed"], p["affected"]["incident"]["confirmed"]),
    ("影響人数（流出の可能性）", "人", t["affected"]["incident"]["possible"], p["affected"]["incident"]["possible"]),
    ("ランサムウェア被害", "件", ransom("now"), ransom("prev")),
]
bad = 0
for label, unit, now, prev in want:
    line = f"・{label}: {now:,}{unit}（前月 {prev:,}{unit}、{signed(now - prev)}）"
    if line not in body:
        print(f"body lacks {line!r}", file=sys.stderr)
        bad = 1
# The largest incident (an id: date-organisation) heads the list.
largest = s["largest_incidents"]
listed = body.split("■ 影響人数の多い事案\n")[1]
if largest and not listed.startswith("1. " + largest[0][11:]):
    print(f"the largest incident {largest[0]} is not listed first: {listed[:80]!r}", file=sys.stderr)
    bad = 1
sys.exit(bad)
PY

# --- a second run sends nothing -----------------------------------------------
expect_status 0 "second run" run --today 2026-04-02
check "nothing was sent twice" [ "$(received)" -eq 2 ]

# --- a period deleted from the state is sent again, alone --------------------
"$PY" -c 'import json,sys; p=sys.argv[1]; s=json.load(open(p)); del s["jobs"]["monthly"]["sent"]["2026-02"]; json.dump(s, open(p,"w"))' "$STATE"
expect_status 0 "run after deleting 2026-02 from the state" run --today 2026-04-02
check "exactly one more message" [ "$(received)" -eq 3 ]
check "it is February's, the same PDF again" \
  "${CHECK[@]}" "$SMTP_STORE/003.eml" --subject "【開示】2026年2月の月次ブリーフィング（公表9件）" \
  --attachment "$TMP/out/briefing-2026-02.pdf"
check "byte-identical to the first February message's attachment" "$PY" - "$SMTP_STORE/001.eml" "$SMTP_STORE/003.eml" <<'PY'
import email, email.policy, sys
def pdf(path):
    msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
    return [p.get_payload(decode=True) for p in msg.iter_attachments()]
sys.exit(0 if pdf(sys.argv[1]) == pdf(sys.argv[2]) else 1)
PY
expect_status 0 "and again" run --today 2026-04-02
check "then nothing" [ "$(received)" -eq 3 ]

# --- one-pagers: one page per incident with a new release --------------------
start_smtp pages
CFG_STATE="$TMP/state-pages/s.json" CFG_JOBS='[{"name": "pages", "kind": "onepagers", "period": "month"}]' \
  write_config "$CFG" "$(smtp_delivery "$SMTP_PORT")"
expect_status 0 "one-pagers of March" run --today 2026-04-02
check "one message" [ "$(received)" -eq 1 ]

# pages_check EML DIR ID...: the message attaches exactly onepager-ID.pdf for
# each ID, each the file in DIR byte for byte and one page long.
pages_check() {
  "$PY" - "$@" <<'PY'
import email, email.policy, os, subprocess, sys, tempfile
eml, folder, ids = sys.argv[1], sys.argv[2], sys.argv[3:]
msg = email.message_from_bytes(open(eml, "rb").read(), policy=email.policy.default)
got = {p.get_filename(): p.get_payload(decode=True) for p in msg.iter_attachments()
       if p.get_content_type() == "application/pdf"}
want = {f"onepager-{i}.pdf" for i in ids}
bad = 0
if set(got) != want:
    print(f"attachments {sorted(got)}, wanted {sorted(want)}", file=sys.stderr)
    bad = 1
for name, data in got.items():
    path = os.path.join(folder, name)
    if not os.path.exists(path) or open(path, "rb").read() != data:
        print(f"{name}: not the bytes of {path}", file=sys.stderr)
        bad = 1
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        info = subprocess.run(["pdfinfo", f.name], capture_output=True, text=True).stdout
    if "Pages:           1\n" not in info:
        print(f"{name}: not one page: {info}", file=sys.stderr)
        bad = 1
sys.exit(bad)
PY
}
# The incidents of the releases filed in March, from `kaiji export`.
march_ids=$("$KAIJI" export "$SAMPLE" 2>/dev/null | "$PY" -c '
import json, sys
ids = sorted({r["incident"] for r in map(json.loads, sys.stdin) if r["path"].startswith("2026/03/")})
print(" ".join(ids))')
check "March's incidents, one one-page PDF each, identical to out/ ($march_ids)" \
  pages_check "$SMTP_STORE/001.eml" "$TMP/out" $march_ids
SOURCE_DATE_EPOCH=1775001600 "$KAIJI" onepager -q --all --month 2026-03 -o "$TMP/cli-pages" "$SAMPLE"
check "the pages kaiji onepager --all --month 2026-03 makes, byte for byte" \
  pages_check "$SMTP_STORE/001.eml" "$TMP/cli-pages" $march_ids
check "the body lists them" "${CHECK[@]}" "$SMTP_STORE/001.eml" \
  --body-has "■ 事案別ワンページャー（新たな公表のあった事案、8件）" \
  --body-has "株式会社ひまわり商会：元従業員によるお客様情報の不正な持ち出しについて"

# April: a new incident, and a release filed in April that was published in
# March (its text is outside what the load kept, and is read again).
add_release 2026-04-20 株式会社さつき電機 "ランサムウェア被害の発生について"
mkdir -p "$ARCHIVE/2026/04"
cat >"$ARCHIVE/2026/04/02_株式会社おそざき製作所.md" <<'EOF'
# 公表概要
- 業務用パソコンの紛失について
- 2026年3月25日
- 株式会社おそざき製作所
- https://www.example.jp/news/osozaki/

# 本文
当社従業員が業務用パソコンを社外で紛失したことが判明しました。パソコンには取引先の担当者情報が保存されていました。
EOF
expect_status 0 "one-pagers of April" run --today 2026-05-01
check "one more message" [ "$(received)" -eq 2 ]
check "only April's new incidents" pages_check "$SMTP_STORE/002.eml" "$TMP/out" \
  2026-03-25-株式会社おそざき製作所 2026-04-20-株式会社さつき電機
pdftotext "$TMP/out/onepager-2026-03-25-株式会社おそざき製作所.pdf" - | tr -d ' \n' >"$TMP/late.txt"
check "the late-filed release's page shows its opening" grep -q "業務用パソコンを社外で紛失" "$TMP/late.txt"
expect_status 0 "again" run --today 2026-05-01
check "nothing twice" [ "$(received)" -eq 2 ]

# --- a message kept within the delivery's size limit ------------------------
start_smtp small
small_delivery="{\"method\": \"smtp\", \"max_message_mb\": 1,
  \"smtp\": {\"host\": \"127.0.0.1\", \"port\": $SMTP_PORT, \"security\": \"none\"}}"
CFG_STATE="$TMP/state-small/s.json" CFG_JOBS='[{"name": "pages", "kind": "onepagers", "period": "month"}]' \
  write_config "$CFG" "$small_delivery"
expect_status 0 "one-pagers of March under a 1 MB limit" run --today 2026-04-02
# (how many stay behind depends on the pages' size: some 120 KB each)
left=$(grep -o '[0-9]* of 8 files not attached' "$TMP/stderr" | cut -d' ' -f1)
check "a warning says how many pages stayed behind (${left:-none})" [ "${left:-0}" -ge 1 ]
check "one message under 1 MB, the first page attached, the others named as left in out/" \
  "${CHECK[@]}" "$SMTP_STORE/001.eml" --attachment "$TMP/out/onepager-2026-01-20-株式会社みなと精機.pdf" \
  --body-has "onepager-2026-03-11-株式会社ひまわり商会.pdf（添付なし）" \
  --body-has "メールの大きさの上限 1 MB のため、${left:-?}件は添付せず保存先に置いています"
check "the message is within 1 MB ($(wc -c <"$SMTP_STORE/001.eml") bytes)" \
  [ "$(wc -c <"$SMTP_STORE/001.eml")" -le 1000000 ]

[ -n "${SHOW_LOGS:-}" ] && cat "$TMP/stderr"
finish
