#!/usr/bin/env bash
# `kaiji stats` and the export's `incident` key on the sample archive: the
# figures that need no extracted facts (grouping, counts, organisation
# types, periods), the output formats, and usage errors.  Figures built on
# extracted facts are in stats_facts.sh.
. "$(dirname "$0")/lib.sh"

# --- usage errors: 64, naming what is wrong, before any file is read
expect_status 64 "month 2026-13" "$KAIJI" stats --month 2026-13 "$SAMPLE"
stderr_has "2026-13" "the bad month is named"
expect_status 64 "month 2026/02" "$KAIJI" stats --month 2026/02 "$SAMPLE"
expect_status 64 "month with a day" "$KAIJI" stats --month 2026-02-01 "$SAMPLE"
expect_status 64 "year 26" "$KAIJI" stats --year 26 "$SAMPLE"
expect_status 64 "from 2026-02-30" "$KAIJI" stats --from 2026-02-30 "$SAMPLE"
stderr_has "2026-02-30" "the bad date is named"
expect_status 64 "from after to" "$KAIJI" stats --from 2026-03-01 --to 2026-02-01 "$SAMPLE"
expect_status 64 "two kinds of period" "$KAIJI" stats --month 2026-02 --year 2026 "$SAMPLE"
expect_status 64 "unknown --by key" "$KAIJI" stats --by colour "$SAMPLE"
stderr_has "colour" "the unknown key is named"
expect_status 64 "unknown unit" "$KAIJI" stats --unit files "$SAMPLE"
expect_status 64 "unknown format" "$KAIJI" stats --format xml "$SAMPLE"
expect_status 64 "--largest 0" "$KAIJI" stats --largest 0 "$SAMPLE"
expect_status 64 "--window 0" "$KAIJI" stats --window 0 "$SAMPLE"
expect_status 64 "--excel without csv" "$KAIJI" stats --excel "$SAMPLE"
expect_status 64 "no archive" "$KAIJI" stats --month 2026-02
expect_status 66 "missing archive" "$KAIJI" stats "$TMP/nowhere"
expect_status 0 "stats --help" "$KAIJI" stats --help
check "help lists the breakdown keys" grep -q 'size_band' "$TMP/stdout"

# The sample's README counts the two disclosers of the クラウドリンク breach as
# one incident; `--join-contractors` groups that way, so the figures pinned from
# the README use it.  The default (organisations never mix without a link or
# an ID) is checked separately below.

# --- export: every record names its incident; the incidents are the
# sample's intended ones (expected.jsonl), releases grouped exactly so.
expect_status 0 "export" "$KAIJI" export --join-contractors "$SAMPLE"
cp "$TMP/stdout" "$TMP/all.jsonl"
python3 - "$TMP/all.jsonl" "$SAMPLE/expected.jsonl" <<'PY' && pass "incident ids group the releases as expected.jsonl does" || fail "incident grouping"
import json, sys
got = {r["path"]: r["incident"] for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
want = {r["path"]: r["incident"] for r in map(json.loads, open(sys.argv[2], encoding="utf-8"))}
assert set(got) == set(want), "different releases"
for a in got:
    for b in got:
        assert (got[a] == got[b]) == (want[a] == want[b]), (a, b, got[a], got[b])
assert got["2026/03/19_株式会社みなと精機.md"] == "2026-01-20-株式会社みなと精機"
assert got["2026/02/24_株式会社ことぶき不動産.md"] == "2026-02-12-あおば保険サービス株式会社"
assert len(set(got.values())) == 19
PY
expect_status 0 "export csv" "$KAIJI" export --join-contractors --format csv "$SAMPLE"
check "csv incident column is filled" python3 -c '
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
assert rows and all(r["incident"] for r in rows)' "$TMP/stdout"
expect_status 0 "export (default grouping)" "$KAIJI" export "$SAMPLE"
check "by default the two disclosers of one contractor breach are two incidents" python3 -c '
import json, sys
ids = {json.loads(l)["incident"] for l in open(sys.argv[1], encoding="utf-8")}
assert len(ids) == 20, len(ids)' "$TMP/stdout"

# --- stats JSON, February 2026
expect_status 0 "stats json February" "$KAIJI" stats --join-contractors --format json --month 2026-02 "$SAMPLE"
cp "$TMP/stdout" "$TMP/feb.json"
python3 - "$TMP/feb.json" <<'PY' && pass "February: 9 releases, 8 incidents (7 new), organisation types, trend" || fail "February figures"
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
assert j["period"] == {"from": "2026-02-01", "to": "2026-02-28"}, j["period"]
assert j["previous_period"] == {"from": "2026-01-01", "to": "2026-01-31"}
t, p = j["totals"], j["previous"]
assert (t["releases"], t["incidents"], t["new_incidents"], t["continuing_incidents"]) == (9, 8, 7, 1), t
assert t["organizations"] == 9
assert (p["releases"], p["incidents"]) == (3, 3)
assert j["change"]["releases"] == 6 and j["change"]["incidents"] == 5
rows = {b: {r["key"]: r for r in v} for b, v in j["breakdowns"].items()}
assert set(rows) == {"organization", "org_type", "attack_type", "data_type", "victim", "leak_status",
                     "third_party", "authority", "size_band", "month", "week", "contractor", "wave",
                     "market", "industry", "watch"}
assert rows["market"] == {} and rows["watch"] == {}  # no lists given
# two organisations named the same breached contractor: visible per release and per incident
assert (rows["contractor"]["クラウドリンク"]["releases"], rows["contractor"]["クラウドリンク"]["incidents"]) == (2, 1)
assert (rows["org_type"]["company"]["releases"], rows["org_type"]["company"]["incidents"]) == (8, 7)
assert (rows["org_type"]["public"]["releases"], rows["org_type"]["public"]["incidents"]) == (1, 1)
assert rows["org_type"]["school"]["previous"] == {"releases": 1, "incidents": 1}
assert rows["month"]["2026-02"]["releases"] == 9
assert [rows["week"][w]["releases"] for w in ("2026-W05", "2026-W06", "2026-W07", "2026-W08", "2026-W09")] == [0, 1, 2, 3, 3]
assert rows["organization"]["みなと精機"]["label"] == "株式会社みなと精機"
assert j["repeat_disclosers"] == []
ids = [i["id"] for i in j["incidents"]]
assert len(ids) == 8 and "2026-01-20-株式会社みなと精機" in ids
minato = next(i for i in j["incidents"] if i["id"] == "2026-01-20-株式会社みなと精機")
assert not minato["is_new"] and minato["releases_in_period"] == 1
assert [r["joined_by"] for r in minato["releases"]] == ["first", "link"]
assert [r["in_period"] for r in minato["releases"]] == [False, True]
cloud = next(i for i in j["incidents"] if i["id"] == "2026-02-12-あおば保険サービス株式会社")
assert cloud["contractor"] == "クラウドリンク" and len(cloud["organizations"]) == 2
assert [r["chain"] for r in cloud["releases"]] == [0, 1]
assert any(e["kind"] == "release" for e in cloud["timeline"])
assert len(j["releases"]) == 9 and j["releases"][0]["path"] == "2026/02/05_株式会社ゆうわポイント.md"
assert all(r["incident"] for r in j["releases"])
trend = j["trend"]
assert [m["month"] for m in trend][-1] == "2026-02" and len(trend) == 12
assert [m["releases"] for m in trend][-4:] == [1, 1, 3, 9]
assert [m["incidents"] for m in trend][-4:] == [1, 1, 3, 8]
assert [m["new_incidents"] for m in trend][-4:] == [1, 1, 3, 7]
PY

# --- the whole archive (no period)
expect_status 0 "stats json, whole archive" "$KAIJI" stats --join-contractors --format json "$SAMPLE"
python3 - "$TMP/stdout" <<'PY' && pass "whole archive: 23 releases, 19 incidents, months, repeat disclosers" || fail "whole-archive figures"
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
assert j["period"] == {"from": "2025-11-14", "to": "2026-03-19"}, j["period"]
assert (j["totals"]["releases"], j["totals"]["incidents"]) == (23, 19)
months = {r["key"]: (r["releases"], r["incidents"]) for r in j["breakdowns"]["month"]}
assert months == {"2025-11": (1, 1), "2025-12": (1, 1), "2026-01": (3, 3), "2026-02": (9, 8),
                  "2026-03": (9, 8)}, months
assert [(r["label"], r["releases"], r["incidents"]) for r in j["repeat_disclosers"]] == [
    ("株式会社みなと精機", 3, 1), ("株式会社かもめ製菓", 2, 1)]
types = {r["key"]: (r["releases"], r["incidents"]) for r in j["breakdowns"]["org_type"]}
assert types == {"company": (18, 14), "public": (2, 2), "school": (2, 2), "medical": (1, 1), "other": (0, 0)}, types
PY
expect_status 0 "stats --year 2026" "$KAIJI" stats --join-contractors --format json --year 2026 "$SAMPLE"
check "a year is compared with the year before" python3 -c '
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
assert j["previous_period"] == {"from": "2025-01-01", "to": "2025-12-31"}
assert (j["totals"]["releases"], j["previous"]["releases"]) == (21, 2)' "$TMP/stdout"
expect_status 0 "stats --from/--to" "$KAIJI" stats --join-contractors --format json --from 2026-02-16 --to 2026-02-20 "$SAMPLE"
check "a range of days is compared with as many days before" python3 -c '
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
assert j["previous_period"] == {"from": "2026-02-11", "to": "2026-02-15"}
assert (j["totals"]["releases"], j["previous"]["releases"]) == (3, 1)' "$TMP/stdout"

# --- text: columns line up by display width (full-width counts two)
expect_status 0 "stats text" "$KAIJI" stats --join-contractors --month 2026-02 --by org_type,organization "$SAMPLE"
cp "$TMP/stdout" "$TMP/feb.txt"
check "text shows the totals" grep -q '事案数 incidents *8 *3 *+5' "$TMP/feb.txt"
python3 - "$TMP/feb.txt" <<'PY' && pass "every table row has the same display width" || fail "text alignment"
import sys, unicodedata
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
blocks, block = [], []
for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if line.startswith("  key") or (block and line.startswith("  ")):
        block.append(line)
    else:
        if block:
            blocks.append(block)
        block = []
assert len(blocks) == 2, blocks
for b in blocks:
    assert len(b) >= 3
    assert len({width(l) for l in b}) == 1, b
assert any("自治体・公的機関" in l for b in blocks for l in b)
PY
expect_status 0 "stats text per release" "$KAIJI" stats --join-contractors --month 2026-02 --unit release "$SAMPLE"
check "--unit release counts releases in the tables" grep -Eq '^  company +企業 +8 ' "$TMP/stdout"

# --- CSV and output files
expect_status 0 "stats csv" "$KAIJI" stats --join-contractors --format csv --month 2026-02 --by month -o "$TMP/feb.csv" "$SAMPLE"
python3 - "$TMP/feb.csv" <<'PY' && pass "csv: totals and the month rows, both units" || fail "stats csv"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
assert list(rows[0]) == ["section", "key", "label", "releases", "incidents", "previous_releases", "previous_incidents"]
count = next(r for r in rows if r["section"] == "total" and r["key"] == "count")
assert (count["releases"], count["incidents"], count["previous_releases"]) == ("9", "8", "3")
assert [r["key"] for r in rows if r["section"] == "month"] == ["2026-02"]
PY
# --- waves: the みどりメール breach made four other organisations publish in March
expect_status 0 "stats csv by wave" "$KAIJI" stats --format csv --month 2026-03 --by wave "$SAMPLE"
check "a wave row: the provider's notice and the clients' (6 releases, 5 incidents), none before" \
  grep -qx 'wave,wave-2026-03-02-みどりネット,みどりメールへの不正アクセス,6,5,0,0' "$TMP/stdout"
expect_status 0 "stats text by wave" "$KAIJI" stats --month 2026-03 --by wave "$SAMPLE"
check "text lists the wave with its label" grep -q 'みどりメールへの不正アクセス' "$TMP/stdout"
expect_status 0 "stats csv --excel" "$KAIJI" stats --format csv --excel -o "$TMP/x.csv" "$SAMPLE"
check "excel csv starts with the byte-order mark" bash -c "head -c 3 '$TMP/x.csv' | od -An -tx1 | grep -q 'ef bb bf'"
"$KAIJI" stats --format json -j 1 "$SAMPLE" >"$TMP/one.json" 2>/dev/null
"$KAIJI" stats --format json -j 4 "$SAMPLE" >"$TMP/four.json" 2>/dev/null
check "stats output does not depend on --jobs" cmp -s "$TMP/one.json" "$TMP/four.json"
expect_status 0 "stats (default grouping)" "$KAIJI" stats --format json "$SAMPLE"
check "the default grouping gives 20 incidents; the shared contractor still shows" python3 -c '
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
c = {r["key"]: r for r in j["breakdowns"]["contractor"]}
assert (c["クラウドリンク"]["releases"], c["クラウドリンク"]["incidents"]) == (2, 2), c
assert j["totals"]["incidents"] == 20 and not j["grouping"]["join_contractors"]' "$TMP/stdout"
expect_status 0 "stats --window 20" "$KAIJI" stats --join-contractors --format json --window 20 "$SAMPLE"
check "--window is reported and used" python3 -c '
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
assert j["grouping"]["window_days"] == 20
assert j["totals"]["incidents"] == 19  # the みなと chain is joined by links, not the window' "$TMP/stdout"

finish
