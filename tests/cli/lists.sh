#!/usr/bin/env bash
# What concerns us and who is listed, on the sample archive: a watch list
# (--watch) and the exchange's list of listed issues (--listed) in its three
# forms — the workbook (written here from the fictional CSV by
# tests/tools/write_xls.py), the CSV in UTF-8 and in CP932.  Counts worked
# out by hand from the sample's texts; near-miss names must not match.
# Then what every briefing must keep: no command line in a PDF, no last
# page of fewer than five lines, no month before the archive in a chart,
# and the executive summary's figures those of `kaiji stats`.
. "$(dirname "$0")/lib.sh"
export SOURCE_DATE_EPOCH=1772323200
LIST="$SOURCE_ROOT/tests/data/listed-fictional.csv"
python3 "$SOURCE_ROOT/tests/tools/write_xls.py" "$LIST" "$TMP/data_j.xls"
python3 -c 'import sys; open(sys.argv[2], "wb").write(open(sys.argv[1], encoding="utf-8").read().encode("cp932"))' \
  "$LIST" "$TMP/listed-cp932.csv"

# Whether the extract stage is in this build (the organisations are read
# from the overview either way; the text is what the watch list also reads).
printf '# 当社の委託先と取引先\n株式会社クラウドリンク, クラウドリンク社\n株式会社みなと精機\n' >"$TMP/watch.txt"
# near misses: a shorter name inside a longer one is another company
printf 'みなと\nかもめ\nクラウド\n' >"$TMP/near.txt"

# ---------------------------------------------------------------- watch
expect_status 0 "stats --watch" "$KAIJI" stats --format json --month 2026-02 --watch "$TMP/watch.txt" --by watch "$SAMPLE"
python3 - "$TMP/stdout" <<'PY' && pass "February: 3 releases name the watch list" || fail "watch counts"
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
# みなと精機's 第2報 (the organisation), あおば保険サービス and ことぶき不動産
# (their text names クラウドリンク as the contractor breached).
assert j["totals"]["watch"]["releases"] == 3, j["totals"]["watch"]
rows = {r["key"]: r["releases"] for r in j["breakdowns"]["watch"]}
assert rows == {"株式会社クラウドリンク": 2, "株式会社みなと精機": 1}, rows
named = {r["path"]: [(w["name"], w["where"]) for w in r["watch"]] for r in j["releases"] if r["watch"]}
assert named["2026/02/18_株式会社みなと精機.md"] == [("株式会社みなと精機", "organization")], named
assert all(w[0] == "株式会社クラウドリンク" for p, ws in named.items() if "みなと" not in p for w in ws)
PY
expect_status 0 "stats --watch, near misses" "$KAIJI" stats --format json --watch "$TMP/near.txt" --by watch "$SAMPLE"
check "no near miss matches (みなと, かもめ, クラウド)" python3 -c '
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
assert j["totals"]["watch"]["releases"] == 0, j["breakdowns"]["watch"]' "$TMP/stdout"
expect_status 0 "stats --watch text" "$KAIJI" stats --month 2026-02 --watch "$TMP/watch.txt" "$SAMPLE"
check "the text table counts them" grep -q "関係先" "$TMP/stdout"
expect_status 64 "--by watch without a list" "$KAIJI" stats --by watch "$SAMPLE"
expect_status 66 "a missing watch list" "$KAIJI" stats --watch "$TMP/none.txt" "$SAMPLE"
printf '株式会社\n' >"$TMP/bad.txt"
expect_status 65 "a watch list naming only a legal form" "$KAIJI" stats --watch "$TMP/bad.txt" "$SAMPLE"
stderr_has "bad.txt:1:" "names the line"

expect_status 0 "briefing --watch" "$KAIJI" briefing --month 2026-02 --watch "$TMP/watch.txt" -o "$TMP/w.pdf" "$SAMPLE"
pdftotext -f 1 -l 1 -raw "$TMP/w.pdf" - | tr -d ' \n' >"$TMP/p1"
check "page 1: 関係先に関する公表 (3件)" grep -q '関係先に関する公表（3件）' "$TMP/p1"
check "page 1 lists みなと精機's release" grep -q '【株式会社みなと精機】2月18日株式会社みなと精機' "$TMP/p1"
check "page 1 lists a release naming クラウドリンク" grep -q '【株式会社クラウドリンク】2月12日あおば保険サービス株式会社' "$TMP/p1"
check "it comes before the summary" python3 -c '
import sys; t = open(sys.argv[1], encoding="utf-8").read()
sys.exit(0 if 0 <= t.find("関係先に関する公表") < t.find("要点") else 1)' "$TMP/p1"
expect_status 0 "briefing --watch, no match" "$KAIJI" briefing --month 2026-02 --watch "$TMP/near.txt" -o "$TMP/n.pdf" "$SAMPLE"
check "page 1 says no release names it" bash -c "pdftotext -f 1 -l 1 -raw '$TMP/n.pdf' - | tr -d ' \n' | grep -q '監視リストの3件の名前を含む公表は2026年2月にはありません'"

# --------------------------------------------------------------- listed
for list in "$TMP/data_j.xls" "$LIST" "$TMP/listed-cp932.csv"; do
  name=$(basename "$list")
  expect_status 0 "stats --listed $name" "$KAIJI" stats --month 2026-03 --listed "$list" --by industry,market --format csv "$SAMPLE"
  python3 - "$TMP/stdout" <<'PY' && pass "$name: March by industry and market" || fail "$name: listed counts"
import csv, sys
rows = {(r["section"], r["key"]): r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
def count(section, key):
    r = rows.get((section, key))
    return (int(r["releases"]), int(r["incidents"])) if r else (0, 0)
# March: かもめ製菓 (2 releases, 1 incident, 食料品), つばさ物流 (陸運業), ほたる電機
# (電気機器), みなと精機's 最終報 (機械); the other four are not listed.
assert count("industry", "食料品") == (2, 1), count("industry", "食料品")
assert count("industry", "陸運業") == (1, 1)
assert count("industry", "電気機器") == (1, 1)
assert count("industry", "機械") == (1, 1)
assert count("market", "プライム（内国株式）") == (2, 2)
assert count("total", "listed") == (5, 4), count("total", "listed")
PY
done
# February: 北浜フーズ株式会社 is not 北浜フーズホールディングス, あおば保険サービス is not
# ＡＯＢＡ保険ＨＤ: near misses; ことぶき不動産 (code 130A) and みなと精機 are listed.
expect_status 0 "stats --listed, February" "$KAIJI" stats --month 2026-02 --listed "$TMP/data_j.xls" --by industry --format csv "$SAMPLE"
check "February: 機械 and 不動産業 only" python3 -c '
import csv, sys
rows = {r["key"]: int(r["releases"]) for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")) if r["section"] == "industry"}
assert rows.get("機械") == 1 and rows.get("不動産業") == 1, rows
assert "食料品" not in rows and "保険業" not in rows, rows' "$TMP/stdout"
expect_status 0 "export --listed" "$KAIJI" export --listed "$LIST" "$SAMPLE"
check "export: listed code, market and industry" python3 -c '
import json, sys
recs = {r["path"]: r["listed"] for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
assert recs["2026/02/24_株式会社ことぶき不動産.md"][0]["code"] == "130A"
assert recs["2026/03/09_株式会社ほたる電機.md"][0]["industry"] == "電気機器"
assert recs["2026/02/20_北浜フーズ株式会社.md"] == []' "$TMP/stdout"
expect_status 64 "--by industry without a list" "$KAIJI" stats --by industry "$SAMPLE"
printf 'a,b\n1,2\n' >"$TMP/nolist.csv"
expect_status 65 "a file that is no list" "$KAIJI" stats --listed "$TMP/nolist.csv" "$SAMPLE"
stderr_has "コード" "says which column is missing"

expect_status 0 "briefing --listed" "$KAIJI" briefing --month 2026-03 --listed "$TMP/data_j.xls" -o "$TMP/l.pdf" "$SAMPLE"
pdftotext -raw "$TMP/l.pdf" - | tr -d ' \n' >"$TMP/l.txt"
check "the listed-company figure" grep -q '上場企業の事案4件' "$TMP/l.txt"
check "the industry chart" grep -q '上場企業の業種（33業種）' "$TMP/l.txt"
check "listed companies in the summary" grep -q '上場企業の公表は4事案' "$TMP/l.txt"
expect_status 0 "chart industry" "$KAIJI" chart industry -q --month 2026-03 --listed "$LIST" -o "$TMP/i.svg" "$SAMPLE"
expect_status 64 "chart industry without a list" "$KAIJI" chart industry --month 2026-03 "$SAMPLE"

# ------------------------------------------------ what every briefing keeps
CHECK="$(dirname "$0")/../tools/check_briefing.py"
for month in 2025-12 2026-01 2026-02 2026-03; do
  expect_status 0 "briefing $month" "$KAIJI" briefing -q --month "$month" -o "$TMP/b-$month.pdf" "$SAMPLE"
  "$KAIJI" stats --format json --month "$month" "$SAMPLE" >"$TMP/$month.json" 2>/dev/null
  if python3 "$CHECK" "$TMP/b-$month.pdf" "$TMP/$month.json" --summary; then
    pass "$month: the summary's figures are kaiji stats'"
  else
    fail "$month: the summary's figures are kaiji stats'"
  fi
done
expect_status 0 "one-pager" "$KAIJI" onepager -q -o "$TMP/o.pdf" "$SAMPLE/2026/03/19_株式会社みなと精機.md"
for pdf in "$TMP"/b-*.pdf "$TMP/w.pdf" "$TMP/l.pdf" "$TMP/o.pdf"; do
  check "$(basename "$pdf"): no command line" bash -c "! pdftotext '$pdf' - | grep -Eq 'kaiji (stats|briefing|export|chart|onepager|run)|--month'"
done
# The trend starts with the archive: November 2025 from the 14th, nothing before.
expect_status 0 "chart trend as PDF" "$KAIJI" chart trend -q --month 2026-03 --format pdf -o "$TMP/trend.pdf" "$SAMPLE"
pdftotext -raw "$TMP/trend.pdf" - | tr -d ' \n' >"$TMP/trend.txt"
check "the first month is November 2025 from the 14th" grep -q '2025年11月（14日〜）' "$TMP/trend.txt"
check "no month before the archive" bash -c "! grep -Eq '2025年(4|5|6|7|8|9|10)月|^(4|5|6|7|8|9|10)月' '$TMP/trend.txt'"
check "the chart says how many months it shows" grep -q '収録のある5か月' "$TMP/trend.txt"

finish
