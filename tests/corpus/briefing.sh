#!/usr/bin/env bash
# The briefing over the real archive (../shared/corpus) for its largest
# month (2025-04, 377 releases) and 2025-06: qpdf --check clean, only
# embedded fonts and a Japanese one among them, no text line starting with
# a line-start-prohibited character, every organisation of the month and
# the key figures `kaiji stats` prints (check_briefing.py, white space
# normalised, with a negative control so the search can fail).
. "$(dirname "$0")/../cli/lib.sh"
CORPUS="$SHARED/corpus"
if [ ! -d "$CORPUS" ]; then
  echo "SKIP: $CORPUS not found (the corpus is not part of a fresh clone)"
  exit 77
fi
CHECK="$(dirname "$0")/../tools/check_briefing.py"
export SOURCE_DATE_EPOCH=1751328000

for pair in 2025-04:2025-06 2025-06:2025-04; do
  month=${pair%%:*} other=${pair##*:}
  "$KAIJI" briefing -q --month "$month" -o "$TMP/b-$month.pdf" "$CORPUS" 2>"$TMP/err"
  status=$?
  # 65: some corpus files are unusable and left out (named on stderr).
  check "briefing $month written (exit $status)" [ \( "$status" -eq 0 -o "$status" -eq 65 \) -a -s "$TMP/b-$month.pdf" ]
  pdf_checks "$TMP/b-$month.pdf" "briefing $month"
  "$KAIJI" stats --format json --month "$month" "$CORPUS" >"$TMP/$month.json" 2>/dev/null
  "$KAIJI" stats --format json --month "$other" "$CORPUS" >"$TMP/$other.json" 2>/dev/null
  if python3 "$CHECK" "$TMP/b-$month.pdf" "$TMP/$month.json" --absent "$TMP/$other.json" --summary; then
    pass "$month: organisations and key figures as kaiji stats says"
  else
    fail "$month: organisations and key figures as kaiji stats says"
  fi
  pages=$(pdfinfo "$TMP/b-$month.pdf" | awk '/^Pages:/ { print $2 }')
  releases=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["totals"]["releases"])' "$TMP/$month.json")
  # Summary, charts and timeline take a few pages; the release table about
  # 20 releases a page.
  check "$month: $pages pages for $releases releases" [ "$pages" -ge $((3 + releases / 50)) -a "$pages" -le $((8 + releases / 12)) ]
done

# What concerns us: a watch list naming the album printer puts its releases
# on page 1, under 関係先, with the sentence that names it.
printf '斎藤コロタイプ印刷株式会社
' >"$TMP/watch.txt"
"$KAIJI" briefing -q --month 2025-04 --watch "$TMP/watch.txt" -o "$TMP/w.pdf" "$CORPUS" 2>/dev/null
pdftotext -f 1 -l 1 -raw "$TMP/w.pdf" - | tr -d ' \n' >"$TMP/w1"
check "2025-04 --watch: 関係先 on page 1" grep -q '関係先に関する公表（' "$TMP/w1"
check "2025-04 --watch: the printer's releases listed" grep -q '【斎藤コロタイプ印刷株式会社】' "$TMP/w1"
check "2025-04 --watch: before the summary" python3 -c '
import sys; t = open(sys.argv[1], encoding="utf-8").read()
sys.exit(0 if 0 <= t.find("関係先に関する公表") < t.find("要点") else 1)' "$TMP/w1"
# The knock-on notices are the wave's: the printer's total and IIJ's accounts
# are never written as a school's people.
pdftotext -f 1 -l 2 -raw "$TMP/w.pdf" - | tr -d ' \n' >"$TMP/w12"
check "2025-04: no 173,000人 and no 4,072,650人 among the main incidents" bash -c "! grep -Eq '173,000人|4,072,650人' '$TMP/w12'"

# Listed companies: カシオ計算機 under its industry, from the workbook and the CSV.
LIST="$SOURCE_ROOT/tests/data/listed-fictional.csv"
python3 "$SOURCE_ROOT/tests/tools/write_xls.py" "$LIST" "$TMP/data_j.xls"
for list in "$TMP/data_j.xls" "$LIST"; do
  "$KAIJI" stats --month 2025-01 --listed "$list" --by industry --format csv "$CORPUS" >"$TMP/ind.csv" 2>/dev/null
  check "2025-01 --listed $(basename "$list"): カシオ計算機 under 電気機器" python3 -c '
import csv, sys
rows = {r["key"]: int(r["releases"]) for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")) if r["section"] == "industry"}
assert rows.get("電気機器", 0) >= 1, rows' "$TMP/ind.csv"
done

finish
