#!/usr/bin/env bash
# Writing onto a full disk: /dev/full, and a regular file whose write fails
# part-way (a file-size limit stands in for a full file system).  A clear
# error naming the output, exit 74, no partial file, the old file intact.
. "$(dirname "$0")/lib.sh"

for fmt in jsonl json csv; do
  within 20 74 "export --format $fmt -o /dev/full is an I/O error" \
    "$KAIJI" export --format "$fmt" -o /dev/full "$ARCHIVE"
  stderr_has "/dev/full" "the full device is named ($fmt)"
done
within 20 74 "export to a full standard output is an I/O error" \
  bash -c '"$0" export "$1" >/dev/full' "$KAIJI" "$ARCHIVE"
within 20 74 "check to a full standard output is an I/O error" \
  bash -c '"$0" check "$1" >/dev/full' "$KAIJI" "$ARCHIVE"

# A regular file that cannot grow past 8 KB: the write fails half-way.
generate "$MONTH/15_株式会社おおきい.md" '"# 公表概要\n- " + "題" * 20000 + "\n- 2026年1月15日\n- 株式会社おおきい\n"'
mkdir -p "$TMP/out"
echo "the previous export" >"$TMP/out/releases.jsonl"
within 20 74 "a write that fails half-way is an I/O error" \
  bash -c 'trap "" XFSZ; ulimit -f 8; exec "$0" export --format json -o "$1" "$2"' \
  "$KAIJI" "$TMP/out/releases.jsonl" "$ARCHIVE"
stderr_has "$TMP/out/releases.jsonl" "the output is named"
check "the previous file is left as it was" [ "$(cat "$TMP/out/releases.jsonl")" = "the previous export" ]
check "no partial or temporary file is left" [ "$(ls -A "$TMP/out")" = "releases.jsonl" ]
rm "$TMP/out/releases.jsonl"
within 20 74 "the same with no previous file" \
  bash -c 'trap "" XFSZ; ulimit -f 8; exec "$0" export -o "$1" "$2"' \
  "$KAIJI" "$TMP/out/releases.jsonl" "$ARCHIVE"
check "nothing at all is left in the output folder" [ -z "$(ls -A "$TMP/out")" ]
finish
