#!/usr/bin/env bash
# `kaiji stats` figures that rest on extracted facts (attack types, affected
# persons, dates …), end to end on the sample archive: every value below
# was worked out by hand from tests/sample-archive/README.md.  The same
# figures are proven on hand-written facts, without extraction, by the unit
# test `figures`; this test proves the whole chain.  An extract stage that
# finds nothing at all is the worst regression of that chain: it fails here
# (once with its own message), never skips.
. "$(dirname "$0")/lib.sh"

expect_status 0 "export of the sample archive" "$KAIJI" export "$SAMPLE"
python3 - "$TMP/stdout" <<'PY' && pass "releases have extracted facts" ||
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert recs, "no record at all"
with_facts = [r for r in recs if r["attack_types"] or r["affected_persons"] is not None]
# Every release of the sample but one states its attack type (the whole-
# archive figures below count one `not_stated`).
assert len(with_facts) >= len(recs) - 1, f"{len(with_facts)} of {len(recs)} releases have facts"
PY
  fail "the extract stage found (almost) no facts in the sample archive: a regression, not a skip"

# The figures below count the two disclosers of the クラウドリンク breach as one
# incident, as the sample's README does: `--join-contractors` groups that way
# (the default never mixes organisations; tests/cli/stats.sh checks both).
expect_status 0 "stats json February" "$KAIJI" stats --join-contractors --format json --month 2026-02 "$SAMPLE"
python3 - "$TMP/stdout" <<'PY' && pass "February figures from extracted facts" || fail "February figures"
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
t = j["totals"]
rel, inc = t["affected"]["release"], t["affected"]["incident"]
# people (名) and records (件) apart: ゆうわ's 約28万2千件 and みなと's 約2,050件 are records
assert (rel["persons"], rel["confirmed"], rel["possible"], rel["organizations"], rel["stating"]) == (18401, 312, 18089, 1580, 8), rel
assert (rel["records"], rel["accounts"]) == (284050, 0), rel
assert (inc["persons"], inc["confirmed"], inc["possible"], inc["stating"]) == (18401, 312, 18089, 7), inc
assert inc["records"] == 284050, inc
assert t["third_party"] == {"releases": 2, "incidents": 1}
assert j["previous"]["affected"]["incident"]["persons"] == 236 + 1372
rows = {b: {r["key"]: (r["releases"], r["incidents"]) for r in v} for b, v in j["breakdowns"].items()}
assert rows["attack_type"]["ransomware"] == (3, 2)
assert rows["attack_type"]["unauthorized_access"] == (8, 7)  # the two mailbox takeovers too
assert rows["leak_status"]["possible"] == (7, 6)
# 架空市's course attendees (受講者の市民) are residents and other, not a city's customers
assert rows["victim"]["customers"] == (5, 4)
assert rows["size_band"]["1000-9999"] == (5, 4)
lag = t["lag"]["occurred"]["incident"]
assert (lag["n"], lag["median"], lag["p90"], lag["max"]) == (8, 10, 171, 171), lag
assert j["largest_incidents"][:2] == ["2026-02-05-株式会社ゆうわポイント", "2026-02-12-あおば保険サービス株式会社"]
PY

expect_status 0 "stats json, whole archive" "$KAIJI" stats --join-contractors --format json "$SAMPLE"
python3 - "$TMP/stdout" <<'PY' && pass "whole-archive figures from extracted facts" || fail "whole-archive figures"
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
t = j["totals"]
a_rel, a_inc = t["affected"]["release"], t["affected"]["incident"]
# ひばり's 42名 and かもめ's 86件 are their shares of みどりメール's 約12万 accounts: not added
assert (a_rel["persons"], a_inc["persons"]) == (22215 - 42, 22215 - 42), (a_rel, a_inc)
assert (a_rel["records"], a_inc["records"]) == (282000 + 2050 * 2, 282000 + 2050), (a_rel, a_inc)
# the provider's 約12万アカウント once, though two clients quote it too
assert (a_rel["accounts"], a_inc["accounts"], a_inc["quoting_origin_total"]) == (120000, 120000, 2), a_inc
rows = {b: {r["key"]: (r["releases"], r["incidents"]) for r in v} for b, v in j["breakdowns"].items()}
assert rows["leak_status"] == {"unknown": (1, 0), "none": (4, 4), "possible": (15, 12), "confirmed": (3, 3)}
assert rows["size_band"] == {"under_100": (3, 2), "100-999": (3, 3), "1000-9999": (9, 7), "10000-99999": (0, 0),
                             "100000-999999": (2, 2), "1000000+": (0, 0), "unknown": (6, 5)}
assert rows["attack_type"]["not_stated"] == (1, 1)
assert rows["authority"]["police"] == (12, 10)
occ, det = t["lag"]["occurred"]["incident"], t["lag"]["detected"]["incident"]
assert (occ["n"], occ["median"], occ["p90"]) == (13, 10, 69), occ
assert (det["n"], det["median"], det["p90"]) == (16, 7.5, 20), det
assert j["largest_incidents"] == [
    "2026-02-05-株式会社ゆうわポイント", "2026-03-02-株式会社みどりネット",
    "2026-02-12-あおば保険サービス株式会社", "2026-02-20-北浜フーズ株式会社",
    "2026-02-26-株式会社やまびこ茶園", "2026-01-20-株式会社みなと精機",
    "2026-01-29-医療法人社団いずみ会 いずみ総合病院", "2025-12-09-株式会社ほくと人材センター",
    "2026-03-11-株式会社ひまわり商会", "2026-02-27-株式会社あさぎ住宅サービス"]
minato = next(i for i in j["incidents"] if i["id"] == "2026-01-20-株式会社みなと精機")
assert (minato["affected_persons"], minato["affected_persons_confirmed"], minato["leak_status"]) == (2050, 850, "confirmed")
PY

expect_status 0 "stats text March" "$KAIJI" stats --join-contractors --month 2026-03 "$SAMPLE"
check "March: 1,018 persons (人) per incident (ひばり's 42 a share of the wave's accounts), against 18,401 in February" \
  grep -Eq '影響人数 affected persons \(人\) +1,018 +18,401 +-17,383' "$TMP/stdout"
check "March: the みどりメール wave, its knock-on notices and the provider's accounts once" \
  grep -Eq '影響アカウント affected accounts +120,000 +0 +\+120,000' "$TMP/stdout"

finish
