#!/usr/bin/env bash
# 10,000-deep lists and block quotes: no stack overflow, linear time.
. "$(dirname "$0")/lib.sh"

generate "$MONTH/15_株式会社ふかい.md" 'head + "- " * 10000 + "リスト\n\n" + "> " * 10000 + "引用\n\n" + "1. " * 10000 + "番号\n\n" + "> - " * 5000 + "混在\n"'
generate "$MONTH/16_株式会社ふかい二.md" 'head + ("> " * 10000 + "続く引用\n") * 200'
generate "$MONTH/17_株式会社ふかい三.md" 'head + "".join("  " * (i % 100) + "- 項目\n" for i in range(100000))'
generate "$MONTH/18_株式会社ふかい四.md" 'head + "[" * 50000 + "a" + "]" * 50000 + "\n\n" + "*a **a " * 30000 + "b" + " a** a*" * 30000 + "\n"'

within 30 0 "export parses deep nesting in bounded time" "$KAIJI" export -j 1 "$ARCHIVE"
for f in 15_株式会社ふかい 16_株式会社ふかい二 17_株式会社ふかい三 18_株式会社ふかい四; do
  record "2026/01/$f.md" | grep -q '"organizations":\["株式会社かいじ"\]' &&
    pass "$f exported with its overview" || fail "$f: no record"
done
neighbours_unchanged
finish
