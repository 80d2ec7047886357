#!/usr/bin/env bash
# NUL bytes in a release: read as U+FFFD, reported, never a truncated or
# crashed run.
. "$(dirname "$0")/lib.sh"

printf '# 公表概要\n- 題\0名\n- 2026年1月15日\n- 株式会社\0ヌル\n\n# 本文\n本文\0です。\0\n' \
  >"$MONTH/15_株式会社ヌル.md"
head -c 100000 /dev/zero >"$MONTH/16_株式会社ゼロ.md" # nothing but NULs

within 20 0 "export reads past NUL bytes" "$KAIJI" export "$ARCHIVE"
stderr_has "15_株式会社ヌル.md: warning: 4 NUL bytes in the text, read as U+FFFD" \
  "the NULs are reported with the file name and the reason"
stderr_has "16_株式会社ゼロ.md: warning: 100000 NUL bytes" "a file of NULs is reported"
check "no NUL reaches the output" [ "$(tr -cd '\000' <"$TMP/stdout" | wc -c)" -eq 0 ]
record 2026/01/15_株式会社ヌル.md | python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
assert r["title"] == "題\ufffd名", r["title"]
assert r["organizations"] == ["株式会社\ufffdヌル"], r["organizations"]
assert r["published"] == "2026-01-15"' && pass "the record keeps the text around the NULs" ||
  fail "record of the file with NULs"
record 2026/01/16_株式会社ゼロ.md | grep -q '"organizations":\["株式会社ゼロ"\]' &&
  pass "the file of NULs falls back to its file name" || fail "file of NULs"
neighbours_unchanged

within 20 65 "check lists the files with NULs" "$KAIJI" check "$ARCHIVE"
check "check names both files" [ "$(grep -c 'NUL byte' "$TMP/stdout")" -eq 2 ]
finish
