#!/usr/bin/env bash
# A release with a hundred thousand of something small: overview links,
# metadata items, organisations, headings, list items.  Each grows in
# linear time (appending one at a time must not copy the list each time).
. "$(dirname "$0")/lib.sh"

ov='"# 公表概要\n- 題\n- 2026年1月%d日\n- 株式会社たくさん\n- https://example.jp/\n"'
generate "$MONTH/15_株式会社たくさん.md" "($ov % 15) + \"\".join(\"- 第%d報：https://example.jp/%d\n\" % (i, i) for i in range(100000))"
generate "$MONTH/16_株式会社たくさん.md" "($ov % 16) + \"\".join(\"- 項目%d: 値\n\" % i for i in range(100000))"
generate "$MONTH/17_株式会社たくさん.md" "($ov % 17) + \"\n# 事案ID\n\" + \"- 値\n\" * 100000 + \"\n# 本文\n\" + \"## 見出し\n本文。\n\" * 50000"
generate "$MONTH/18_株式会社たくさん.md" "($ov % 18) + \"\".join(\"-項目%d\n\" % i for i in range(100000))"
generate "$MONTH/19_株式会社たくさん.md" '"# 公表概要\n- 題\n- 2026年1月19日\n- " + "、".join("甲%d社" % i for i in range(100000)) + "\n\n# 本文\n" + "- 項目\n" * 100000'

within 30 0 "export reads releases with 100,000 items in bounded time" "$KAIJI" export -j 1 "$ARCHIVE"
python3 - "$TMP/stdout" <<'PY' && pass "every item kept" || fail "items lost"
import json, sys
recs = {r["path"][8:10]: r for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
assert len(recs["15"]["links"]) == 100000, len(recs["15"]["links"])
assert recs["15"]["links"][99999]["url"] == "https://example.jp/99999"
assert len(recs["19"]["organizations"]) == 100000
for k in ("16", "17", "18"):
    assert recs[k]["organizations"] == ["株式会社たくさん"], k
PY
neighbours_unchanged
finish
