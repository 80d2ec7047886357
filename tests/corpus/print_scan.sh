#!/usr/bin/env bash
# Print quality over the real archive (issue 16): the briefing of every
# month of ../shared/corpus, its text as set ($KAIJI_TEXT_TRACE) scanned by
# check_print.py — no single character left on the last line of a paragraph
# or table cell, no date split from its （第2報）, no Japanese next to a
# Latin letter or a digit without the JLReq quarter em, no full-width ASCII
# in quoted text; and the 2025-04 briefing within its size (700 KB), a
# tagged PDF (/Lang ja-JP, a structure tree with headings, tables, figures).
. "$(dirname "$0")/../cli/lib.sh"
CORPUS="$SHARED/corpus"
if [ ! -d "$CORPUS" ]; then
  echo "SKIP: $CORPUS not found (the corpus is not part of a fresh clone)"
  exit 77
fi
export SOURCE_DATE_EPOCH=1751328000

months=$(cd "$CORPUS" && ls -d [0-9][0-9][0-9][0-9]/[0-1][0-9] | tr / -)
check "months found ($(echo $months | wc -w))" [ "$(echo $months | wc -w)" -ge 12 ]
for month in $months; do
  KAIJI_TEXT_TRACE="$TMP/trace-$month.jsonl" "$KAIJI" briefing -q --month "$month" \
    -o "$TMP/b-$month.pdf" "$CORPUS" 2>/dev/null
  status=$?
  check "briefing $month (exit $status)" [ \( "$status" -eq 0 -o "$status" -eq 65 \) -a -s "$TMP/trace-$month.jsonl" ]
done
if python3 "$(dirname "$0")/../tools/check_print.py" "$TMP"/trace-*.jsonl >"$TMP/scan.out"; then
  pass "every month's text as JLReq and the issue ask ($(head -1 "$TMP/scan.out"))"
else
  fail "print scan: $(cat "$TMP/scan.out")"
fi
# a negative control: the scanner finds what it looks for
printf '%s\n' '{"style": "body", "last": true, "lines": ["顧客2,528,500人の情報が流出した可能性があり", "す。"]}' \
  '{"style": "table", "last": true, "lines": ["6月25日", "（第2報）"]}' \
  '{"style": "body", "last": true, "lines": ["１５日にEmotetを確認"]}' >"$TMP/bad.jsonl"
python3 "$(dirname "$0")/../tools/check_print.py" "$TMP/bad.jsonl" >"$TMP/bad.out"
check "the scan finds a composed bad text" [ $? -eq 1 ]
for what in "single character on a last line: 1" "date split from its report label: 1" \
  "without the quarter em: 3" "full-width ASCII letters or digits: 1"; do
  check "negative control: $what" grep -q "$what" "$TMP/bad.out"
done

pdf="$TMP/b-2025-04.pdf"
size=$(stat -c %s "$pdf")
check "2025-04 briefing is $size bytes (at most 700 KB)" [ "$size" -le 716800 ]
check "tagged" sh -c "pdfinfo '$pdf' | grep -q '^Tagged: *yes'"
qpdf --json "$pdf" >"$TMP/b.json"
for want in '"/StructTreeRoot"' '"/Lang": "u:ja-JP"' '"/S": "/H2"' '"/S": "/Table"' '"/S": "/TH"' \
  '"/S": "/Figure"' '"/S": "/Link"' '"/Alt": "u:'; do
  check "structure: $want" grep -qF "$want" "$TMP/b.json"
done
finish
