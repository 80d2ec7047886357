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
  if python3 "$CHECK" "$TMP/b-$month.pdf" "$TMP/$month.json" --absent "$TMP/$other.json"; then
    pass "$month: organisations and key figures as kaiji stats says"
  else
    fail "$month: organisations and key figures as kaiji stats says"
  fi
  pages=$(pdfinfo "$TMP/b-$month.pdf" | awk '/^Pages:/ { print $2 }')
  releases=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["totals"]["releases"])' "$TMP/$month.json")
  # Summary, charts and timeline take a few pages; the release table about
  # 20 releases a page.
  check "$month: $pages pages for $releases releases" [ "$pages" -ge $((3 + releases / 30)) -a "$pages" -le $((8 + releases / 12)) ]
done

finish
