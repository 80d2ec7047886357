#!/usr/bin/env bash
# Reading only what a month needs (issue 16, pipeline.h's focus): for every
# month of ../shared/corpus, `kaiji stats --month` reads the month, the
# twelve before it and the earlier releases they join, and prints the same
# figures as a whole-archive run over the archive as it stood at the
# month's end (every file up to that month: what `kaiji run` saw then).
# The 2025-04 briefing is byte for byte the same either way.
. "$(dirname "$0")/../cli/lib.sh"
CORPUS="$SHARED/corpus"
if [ ! -d "$CORPUS" ]; then
  echo "SKIP: $CORPUS not found (the corpus is not part of a fresh clone)"
  exit 77
fi
export SOURCE_DATE_EPOCH=1751328000
CORPUS=$(cd "$CORPUS" && pwd)

# $TMP/upto: the archive as it stood at the end of month $1, every month
# folder up to it
archive_upto() {
  rm -rf "$TMP/upto"
  for dir in "$CORPUS"/[0-9][0-9][0-9][0-9]/[0-1][0-9]; do
    ym=$(basename "$(dirname "$dir")")-$(basename "$dir")
    if [[ ! "$ym" > "$1" ]]; then
      mkdir -p "$TMP/upto/${ym%-*}"
      ln -s "$dir" "$TMP/upto/${ym%-*}/${ym#*-}"
    fi
  done
}

months=$(cd "$CORPUS" && ls -d [0-9][0-9][0-9][0-9]/[0-1][0-9] | tr / -)
for month in $months; do
  archive_upto "$month"
  "$KAIJI" stats --format json --month "$month" "$CORPUS" >"$TMP/focus.json" 2>/dev/null
  "$KAIJI" stats --format json --month "$month" --whole-archive "$TMP/upto" >"$TMP/whole.json" 2>/dev/null
  check "$month: figures read from the month's files equal the whole archive's" \
    cmp -s "$TMP/focus.json" "$TMP/whole.json"
  check "$month: figures not empty" grep -q '"releases":[1-9]' "$TMP/focus.json"
done

# The same month a year earlier is twelve months back (the archive starts
# 2024-12, so December 2025 has one and November 2025 none).
"$KAIJI" stats --format json --month 2025-12 "$CORPUS" >"$TMP/dec.json" 2>/dev/null
check "2025-12: the year-ago month is 2024-12" \
  python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["baseline"]["year_ago"]["month"] == "2024-12"' "$TMP/dec.json"
"$KAIJI" stats --format json --month 2025-11 "$CORPUS" >"$TMP/nov.json" 2>/dev/null
check "2025-11: no year-ago month" \
  python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["baseline"]["year_ago"] is None' "$TMP/nov.json"

archive_upto 2025-04
"$KAIJI" briefing -q --month 2025-04 -o "$TMP/focus.pdf" "$CORPUS" 2>/dev/null
"$KAIJI" briefing -q --month 2025-04 --whole-archive -o "$TMP/whole.pdf" "$TMP/upto" 2>/dev/null
check "2025-04 briefing: the same bytes" cmp -s "$TMP/focus.pdf" "$TMP/whole.pdf"
finish
