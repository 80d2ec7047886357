#!/usr/bin/env bash
# Markdown known to make parsers slow (cmark's own pathological cases and
# more): each file parses in bounded time.  Sizes are chosen so that a
# quadratic path would take minutes while a linear one takes a second.
. "$(dirname "$0")/lib.sh"

python3 - "$MONTH" <<'PY'
import sys
d = sys.argv[1]
head = "# 公表概要\n- 題\n- 2026年1月15日\n- 株式会社かいじ\n\n# 本文\n"
n = 50000
cases = {
    "強調の入れ子": ("*a **a " * n) + "b" + (" a** a*" * n),
    "閉じ強調": "a_ " * n,
    "開き強調": "_a " * n,
    "閉じ括弧": "a]" * n,
    "開き括弧": "[a" * n,
    "混在強調": "*a_ " * n,
    "三の倍数": "a**b" + "c* " * n,
    "リンクと強調": "[ a_" * n,
    "括弧の繰り返し": "[ (](" * n,
    "閉じないリンク甲": "[a](<b" * n,
    "閉じないリンク乙": "[a](b" * n,
    "表と改行": "aaa\rbbb\n-\v\n" * (n // 2),
    "参照": "".join("[%d]: /u\n" % i for i in range(n)) + "[0] " * n,
    "逆引用符": "".join("e" + "`" * i for i in range(1, 2000)),
    "HTML": "<div>\n" * n + "<!--" * n,
    "実体参照": "&amp;&#12354;&#x3042;" * n,
    "改行タグ": "a<br>" * n,
    "見出し線": "a\n---\n" * n,
    "区切り線": "-\n" * n + ">-\n" * n,
    "下線": "_" * (20 * n) + "\n" + "*" * (20 * n),
    "縦棒": "|" * (20 * n),
}
for i, (name, body) in enumerate(cases.items()):
    with open("%s/%02d_病的%s.md" % (d, 2 + i, name), "w", encoding="utf-8") as f:
        f.write(head + body + "\n")
PY

for f in "$MONTH"/[0-9][0-9]_病的*.md; do
  within 10 0 "$(basename "$f" .md) parses in bounded time" "$KAIJI" export -j 1 "$f"
done
within 60 0 "all of them together" "$KAIJI" export "$ARCHIVE"
check "every file exported" [ "$(wc -l <"$TMP/stdout")" -eq 23 ]
neighbours_unchanged
finish
