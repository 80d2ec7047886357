#!/usr/bin/env bash
# Grouping against the archive's own labels: B-cubed F1 of kaiji's incidents,
# on a copy of the real archive without its 事案IDs and links, against the
# chains those IDs and links state (tests/tools/grouping_bcubed.py).
. "$(dirname "$0")/../cli/lib.sh"
CORPUS="$SHARED/corpus"
if [ ! -d "$CORPUS" ]; then
  echo "SKIP: $CORPUS not found (the corpus is not part of a fresh clone)"
  exit 77
fi

TMPDIR="$TMP" python3 "$(dirname "$0")/../tools/grouping_bcubed.py" "$KAIJI" "$CORPUS" \
  --min-f1 0.97 >"$TMP/bcubed.txt"
status=$?
head -3 "$TMP/bcubed.txt"
check "B-cubed F1 against the archive's own labels >= 0.97" [ "$status" -eq 0 ]

finish
