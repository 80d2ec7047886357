#!/usr/bin/env bash
# `kaiji check`: lists problem files with a reason, then a count.
. "$(dirname "$0")/lib.sh"

expect_status 0 "the sample archive has no problems" "$KAIJI" check "$SAMPLE"
check "summary line" grep -q '^0 of [0-9]* files have problems$' "$TMP/stdout"

a="$TMP/archive/2026/02"
mkdir -p "$a"
printf '# 公表概要\n- 題名\n- 2026年2月3日\n- 正常株式会社\n\n# 本文\n本文。\n' >"$a/03_正常株式会社.md"
printf '本文だけ。\n' >"$a/04_概要なし株式会社.md"
printf '# 公表概要\n- 題名\n- 近日\n- 日付不明株式会社\n' >"$a/05_日付不明株式会社.md"
printf '\xff\xfe\xfd\x80\x00' >"$a/06_壊れた株式会社.md"
: >"$a/07_空株式会社.md"

expect_status 65 "problems found" "$KAIJI" check "$TMP/archive"
out="$TMP/stdout"
check "five files read" grep -q '^4 of 5 files have problems$' "$out"
check "missing overview named" grep -q '04_概要なし株式会社.md: no `# 公表概要`' "$out"
check "unreadable date named" grep -q '05_日付不明株式会社.md: overview date 「近日」 is not a date' "$out"
check "bad encoding named" grep -q '06_壊れた株式会社.md: bytes are neither UTF-8' "$out"
check "empty file named" grep -q '07_空株式会社.md: file holds no text' "$out"
check "healthy file not listed" bash -c "! grep -q '03_正常株式会社' '$out'"
expect_status 0 "check --help" "$KAIJI" check --help

finish
