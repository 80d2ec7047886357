#!/usr/bin/env bash
# `kaiji briefing` and `kaiji chart` on the sample archive: a sound PDF with
# embedded Japanese fonts and no line starting with a prohibited character;
# every organisation of the month and the key figures of `kaiji stats`;
# reproducible bytes; the default month from --today; layout-file errors
# with their place; one chart alone in each format.
. "$(dirname "$0")/lib.sh"
CHECK="$(dirname "$0")/../tools/check_briefing.py"
export SOURCE_DATE_EPOCH=1772323200 # 2026-03-01: reproducible PDFs

# Whether the extract stage is in this build (facts on the sample releases).
FACTS=no
"$KAIJI" export "$SAMPLE" 2>/dev/null | grep -q '"attack_types":\["' && FACTS=yes

# ------------------------------------------------------------ February 2026
expect_status 0 "briefing 2026-02" "$KAIJI" briefing --month 2026-02 -o "$TMP/b.pdf" "$SAMPLE"
stderr_has "wrote $TMP/b.pdf" "says what it wrote"
pdf_checks "$TMP/b.pdf" "briefing 2026-02"
pages=$(pdfinfo "$TMP/b.pdf" | awk '/^Pages:/ { print $2 }')
check "4 to 10 pages ($pages)" [ "$pages" -ge 4 -a "$pages" -le 10 ]
pdfinfo "$TMP/b.pdf" >"$TMP/info"
check "PDF title" grep -q '^Title: *情報セキュリティ事案 月次ブリーフィング' "$TMP/info"
check "PDF subject names the month" grep -q '^Subject: *2026年2月' "$TMP/info"
check "PDF created as \$SOURCE_DATE_EPOCH says" grep -q '^CreationDate: .*Mar  1 00:00:00 2026' "$TMP/info"

"$KAIJI" stats --format json --month 2026-02 "$SAMPLE" >"$TMP/feb.json" 2>/dev/null
"$KAIJI" stats --format json --month 2026-03 "$SAMPLE" >"$TMP/mar.json" 2>/dev/null
if python3 "$CHECK" "$TMP/b.pdf" "$TMP/feb.json" --absent "$TMP/mar.json"; then
  pass "organisations and key figures as kaiji stats says"
else
  fail "organisations and key figures as kaiji stats says"
fi
pdftotext -raw "$TMP/b.pdf" - | tr -d ' \n' >"$TMP/text"
for heading in 概要 今月の主な事案 事案数の推移 今月の内訳 主な事案の経過 公表一覧 続報と複数回の公表 集計の方法と注意点; do
  check "section $heading" grep -q "$heading" "$TMP/text"
done
check "the contractor two organisations named" grep -q 'クラウドリンク2あおば保険サービス株式会社、株式会社ことぶき不動産' "$TMP/text"
# Report numbers (第2報) are extracted facts; the follow-up itself comes from
# the overview's link to the 第1報.
if [ "$FACTS" = yes ]; then follow='株式会社みなと精機1月20日2月18日（第2報）2'; else follow='株式会社みなと精機1月20日2月18日2'; fi
check "a follow-up: みなと精機's 第2報" grep -q "$follow" "$TMP/text"
check "no March organisation" bash -c "! grep -q 株式会社つばさ物流 '$TMP/text'"
# Source links: one per release of the month with an http(s) URL.
# (the link annotations sit in compressed object streams: qpdf unpacks them)
links=$(qpdf --qdf --object-streams=disable "$TMP/b.pdf" - 2>/dev/null | LC_ALL=C grep -a -c '/URI (http')
check "source links ($links)" [ "$links" -ge 9 ]

expect_status 0 "the same again" "$KAIJI" briefing -q --month 2026-02 -o "$TMP/b2.pdf" "$SAMPLE"
check "quiet says nothing" [ ! -s "$TMP/stderr" ]
check "byte-identical output" cmp -s "$TMP/b.pdf" "$TMP/b2.pdf"

# -------------------------------------------------------- the default month
mkdir -p "$TMP/run" && cd "$TMP/run" || exit 1
expect_status 0 "--today 2026-03-05" "$KAIJI" briefing -q --today 2026-03-05 "$SAMPLE"
check "default: out/briefing-2026-02.pdf (out/ made)" [ -s out/briefing-2026-02.pdf ]
expect_status 0 "--today 2026-01-01" "$KAIJI" briefing -q --today 2026-01-01 "$SAMPLE"
check "on 1 January: December" [ -s out/briefing-2025-12.pdf ]
expect_status 0 "--today 2026-03-31" "$KAIJI" briefing -q --today 2026-03-31 "$SAMPLE"
check "on the month's last day: the month before" cmp -s out/briefing-2026-02.pdf "$TMP/b.pdf"
expect_status 0 "a month not over yet" "$KAIJI" briefing --today 2026-03-10 --month 2026-03 "$SAMPLE"
stderr_has "2026-03 is not over yet" "warns about an unfinished month"
expect_status 0 "a month without releases" "$KAIJI" briefing --month 2025-10 -o "$TMP/empty.pdf" "$SAMPLE"
stderr_has "no release was published in 2025-10" "warns about an empty month"
pdf_checks "$TMP/empty.pdf" "empty month"
cd - >/dev/null || exit 1

# ------------------------------------------------------------ usage errors
expect_status 64 "bad month" "$KAIJI" briefing --month 2026-13 "$SAMPLE"
expect_status 64 "bad --today" "$KAIJI" briefing --today yesterday "$SAMPLE"
expect_status 64 "no archive" "$KAIJI" briefing --month 2026-02
expect_status 66 "missing archive" "$KAIJI" briefing --month 2026-02 -o "$TMP/x.pdf" "$TMP/nowhere"
expect_status 73 "unwritable output" "$KAIJI" briefing --month 2026-02 -o "$TMP/no/such/dir/b.pdf" "$SAMPLE"

# ---------------------------------------------------------- layout errors
printf '{\n  "sections": ["summary",\n    "pie"]\n}\n' >"$TMP/bad.json"
expect_status 78 "unknown section" "$KAIJI" briefing --month 2026-02 --layout "$TMP/bad.json" -o "$TMP/x.pdf" "$SAMPLE"
stderr_has "$TMP/bad.json:3:5: sections[1]: unknown section 'pie'" "names file, line, column and entry"
printf '{"page": {"size": "A4"},\n "margins_mm": {"top": "20"}}\n' >"$TMP/bad.json"
expect_status 78 "wrong type" "$KAIJI" briefing --month 2026-02 --layout "$TMP/bad.json" -o "$TMP/x.pdf" "$SAMPLE"
stderr_has "$TMP/bad.json:2:" "a wrong type's line"
stderr_has "margins_mm.top" "a wrong type's key"
printf '{"sections": ["summary",]}\n' >"$TMP/bad.json"
expect_status 78 "broken JSON" "$KAIJI" briefing --month 2026-02 --layout "$TMP/bad.json" -o "$TMP/x.pdf" "$SAMPLE"
stderr_has "$TMP/bad.json:1:" "broken JSON's place"
expect_status 66 "missing layout" "$KAIJI" briefing --month 2026-02 --layout "$TMP/none.json" -o "$TMP/x.pdf" "$SAMPLE"
check "nothing written on errors" [ ! -e "$TMP/x.pdf" ]

# A layout may leave sections out and reorder them.
printf '{"page": {"orientation": "landscape"}, "sections": ["releases", "summary"]}\n' >"$TMP/two.json"
expect_status 0 "two sections, landscape" "$KAIJI" briefing --month 2026-02 --layout "$TMP/two.json" -o "$TMP/two.pdf" "$SAMPLE"
pdf_checks "$TMP/two.pdf" "landscape briefing"
pdftotext -raw "$TMP/two.pdf" - | tr -d ' \n' >"$TMP/two.txt"
check "releases before the summary" python3 -c '
import sys; t = open(sys.argv[1], encoding="utf-8").read()
sys.exit(0 if 0 <= t.find("公表一覧") < t.find("今月の主な事案") and "事案数の推移" not in t else 1)' "$TMP/two.txt"

# ------------------------------------------------------------------ charts
for kind in trend attack_type data_type victim org_type size_band lag timeline; do
  expect_status 0 "chart $kind" "$KAIJI" chart "$kind" -q --month 2026-02 -o "$TMP/$kind.svg" "$SAMPLE"
  check "chart $kind is SVG" grep -q '<svg' "$TMP/$kind.svg"
done
expect_status 0 "chart as PNG" "$KAIJI" chart trend --month 2026-02 -o "$TMP/trend.png" "$SAMPLE"
check "PNG from the extension" bash -c "head -c 4 '$TMP/trend.png' | grep -q PNG"
expect_status 0 "chart as PDF" "$KAIJI" chart timeline --month 2026-02 --format pdf --width 600 -o "$TMP/tl.pdf" "$SAMPLE"
pdf_checks "$TMP/tl.pdf" "timeline chart"
check "the chart names the month" bash -c "pdftotext '$TMP/tl.pdf' - | grep -q '2026年2月'"
cd "$TMP/run" || exit 1
expect_status 0 "chart default name" "$KAIJI" chart attack_type -q --today 2026-03-02 "$SAMPLE"
check "out/chart-attack_type-2026-02.svg" [ -s out/chart-attack_type-2026-02.svg ]
cd - >/dev/null || exit 1
expect_status 64 "unknown chart" "$KAIJI" chart pie --month 2026-02 "$SAMPLE"
stderr_has "unknown chart 'pie'" "names the unknown chart"
expect_status 64 "unknown extension" "$KAIJI" chart trend --month 2026-02 -o "$TMP/x.gif" "$SAMPLE"
expect_status 64 "no kind" "$KAIJI" chart

# March: the みどりメール breach made four other organisations publish; page 1
# says so first, and the run's mail opens with the same sentence.
"$KAIJI" briefing -q --month 2026-03 -o "$TMP/mar.pdf" "$SAMPLE" 2>/dev/null
check "March's page 1 opens its overview with the wave" bash -c \
  "pdftotext -l 1 -raw '$TMP/mar.pdf' - | tr -d ' \n' | grep -q '公表9件のうち6件（5事案）はみどりメールへの不正アクセスに関するものです。'"
# みなと精機's 最終報 in March restates the 約2,050件 of February: its line
# says so and the month's figures do not count them again (March adds
# 42 + 1,018 people, both from new incidents).
if [ "$FACTS" = yes ]; then
  pdftotext -raw "$TMP/mar.pdf" - | tr -d ' \n' >"$TMP/mar.txt"
  # … and that the 850 confirmed are March's news (README's table: 最終報)
  check "a restated figure is marked as from before" grep -q '（3月19日公表、最終報、最初の公表1月20日。数は前月までの公表、うち850件の流出は今月確認）' "$TMP/mar.txt"
  check "… and only there" test "$(grep -o '。数は前月までの公表' "$TMP/mar.txt" | wc -l)" -eq 1
  check "the month adds the new incidents' people" grep -q '影響人数（流出を確認）1,018人' "$TMP/mar.txt"
fi
finish
