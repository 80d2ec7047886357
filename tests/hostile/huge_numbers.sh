#!/usr/bin/env bash
# Absurd numbers and dates — 999999999999999999999件, 令和999年13月40日 —
# in the overview and the text: no overflow, no impossible date in any
# field, a warning for the unreadable overview date.
. "$(dirname "$0")/lib.sh"

cat >"$MONTH/15_株式会社おおかず.md" <<'MD'
# 公表概要
- 999999999999999999999件の個人情報に関するお知らせ
- 令和999年13月40日
- 株式会社おおかず
- https://example.jp/news/15

# 本文
令和999年13月40日、999999999999999999999件の個人情報が流出した可能性があることが判明しました。
同月99日に警察へ相談しました。影響は約９９９９９９９９９９９９９９９９９９９９９万件、
18446744073709551616名、-5件、0x7fffffffffffffff件に及ぶ可能性があります。

| 区分 | 件数 |
| --- | --- |
| 顧客 | 999999999999999999999件 |
| 令和0年0月0日 | 平成99999年1月1日 |
MD
cat >"$MONTH/16_株式会社おおかず二.md" <<'MD'
# 公表概要
- 題
- 2026年99月99日
- 株式会社おおかず二

# 本文
9999年12月31日から0000年1月1日まで。
MD

within 20 0 "export reads absurd numbers and dates" "$KAIJI" export "$ARCHIVE"
stderr_has "15_株式会社おおかず.md: warning: overview date 「令和999年13月40日」 is not a date" \
  "the impossible era date is named with the file"
stderr_has "16_株式会社おおかず二.md: warning: overview date" "the impossible month is named"
python3 - "$TMP/stdout" <<'PY' && pass "no impossible date and no overflowed count in any field" || fail "absurd values leaked"
import datetime, json, sys
recs = {r["path"]: r for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
def date_ok(s):
    if s is None:
        return True
    try:
        datetime.date.fromisoformat(s if len(s) == 10 else s + "-01")
    except ValueError:
        return False
    return 1900 <= int(s[:4]) <= 2999
for path, r in recs.items():
    assert date_ok(r["published"]), (path, r["published"])
    for k in ("occurred", "detected"):
        assert date_ok(r[k]), (path, k, r[k])
    for e in r["events"]:
        assert date_ok(e["date"]), (path, e)
    for k in ("affected_persons", "affected_persons_confirmed", "affected_organizations"):
        v = r[k]
        # unknown, or a count that fits a double exactly: never wrapped or negative
        assert v is None or (isinstance(v, int) and 0 <= v < 2**53), (path, k, v)
r = recs["2026/01/15_株式会社おおかず.md"]
assert r["published"] == "2026-01-15" and r["organizations"] == ["株式会社おおかず"], r
assert recs["2026/01/16_株式会社おおかず二.md"]["published"] == "2026-01-16"
PY
neighbours_unchanged
finish
