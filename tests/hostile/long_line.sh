#!/usr/bin/env bash
# A 1 MB single line, wherever it stands: body, title, date, organisation,
# source URL, a link.  Linear time, the release exported.
. "$(dirname "$0")/lib.sh"

generate "$MONTH/15_株式会社ながい本文.md" 'head + "不正アクセス" * 180000 + "\n"'
generate "$MONTH/16_株式会社ながい題.md" '"# 公表概要\n- " + "題" * 350000 + "\n- 2026年1月16日\n- 株式会社ながい題\n\n# 本文\n本文。\n"'
generate "$MONTH/17_株式会社ながい日付.md" '"# 公表概要\n- 題\n- " + "2" * 1000000 + "\n- 株式会社ながい日付\n"'
generate "$MONTH/18_株式会社ながい名前.md" '"# 公表概要\n- 題\n- 2026年1月18日\n- " + "名" * 350000 + "\n"'
generate "$MONTH/19_株式会社たくさんの名前.md" '"# 公表概要\n- 題\n- 2026年1月19日\n- " + "甲社、" * 110000 + "\n"'
generate "$MONTH/20_株式会社ながいURL.md" '"# 公表概要\n- 題\n- 2026年1月20日\n- 株式会社ながいURL\n- https://example.jp/" + "a" * 1000000 + "\n- 第1報：https://example.jp/" + "b" * 1000000 + "\n"'
generate "$MONTH/21_株式会社ながい見出し.md" 'head + "# " + "見" * 350000 + "\n" + "## 小見出し\n### 項\n" * 5000'

within 30 0 "export reads 1 MB lines in bounded time" "$KAIJI" export -j 1 "$ARCHIVE"
python3 - "$TMP/stdout" <<'PY' && pass "every long-line release exported with the right fields" || fail "long-line records"
import json, sys
recs = {r["path"][8:-3]: r for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
assert recs["15_株式会社ながい本文"]["published"] == "2026-01-15"
assert len(recs["16_株式会社ながい題"]["title"]) == 350000
d = recs["17_株式会社ながい日付"]
assert d["published"] == "2026-01-17" and d["organizations"] == ["株式会社ながい日付"], d["published"]
assert len(recs["18_株式会社ながい名前"]["organizations"][0]) == 350000
assert len(recs["19_株式会社たくさんの名前"]["organizations"]) == 110000
u = recs["20_株式会社ながいURL"]
assert len(u["source_url"]) == 1000019 and len(u["links"]) == 1, u["links"][:1]
assert recs["21_株式会社ながい見出し"]["organizations"] == ["株式会社かいじ"]
PY
stderr_has "17_株式会社ながい日付.md: warning: overview date" "the unreadable long date is named"
neighbours_unchanged

# Section paths repeat every heading above them: a 1 MB heading over 10,000
# sub-headings must not cost 10 GB.
peak_memory_below 300 "a long heading over many sub-headings needs little memory" \
  "$KAIJI" export -j 1 "$MONTH/21_株式会社ながい見出し.md"
finish
