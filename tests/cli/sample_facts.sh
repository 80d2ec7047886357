#!/usr/bin/env bash
# The facts kaiji reads from the sample archive match its expected.jsonl
# (our own fictional data, so the bar is high).
. "$(dirname "$0")/lib.sh"

"$KAIJI" export "$SAMPLE" >"$TMP/sample.jsonl" 2>"$TMP/err"
check "export of the sample exits 0" [ $? -eq 0 ]
python3 "$SOURCE_ROOT/tests/tools/score_facts.py" "$SAMPLE/expected.jsonl" "$TMP/sample.jsonl" \
  --min 0.97 >"$TMP/score" 2>&1
status=$?
cat "$TMP/score"
check "sample facts score at least 0.97 ($(tail -1 "$TMP/score"))" [ "$status" -eq 0 ]
finish
