#!/usr/bin/env bash
# Incidents over the real archive (../shared/corpus): links join releases,
# no incident mixes organisations without a reason, month counts match the
# files, incidents never outnumber releases, per-incident figures are the
# newest stated ones.  See incident_checks.py for each check.
. "$(dirname "$0")/../cli/lib.sh"
CORPUS="$SHARED/corpus"
if [ ! -d "$CORPUS" ]; then
  echo "SKIP: $CORPUS not found (the corpus is not part of a fresh clone)"
  exit 77
fi

"$KAIJI" export "$CORPUS" >"$TMP/export.jsonl" 2>/dev/null
check "export exits 0" [ $? -eq 0 ]
"$KAIJI" stats --format json "$CORPUS" >"$TMP/stats.json" 2>/dev/null
check "stats exits 0" [ $? -eq 0 ]
if python3 "$(dirname "$0")/incident_checks.py" "$CORPUS" "$TMP/export.jsonl" "$TMP/stats.json"; then
  pass "incident checks"
else
  fail "incident checks"
fi

# Incidents never outnumber releases in any month or year, in total or in
# a month or organisation row.
for period in --year=2025 --year=2026 $(python3 -c '
for y, m in [(2024, 12)] + [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 5)]:
    print("--month=%d-%02d" % (y, m))'); do
  "$KAIJI" stats --format json --by month,organization "$period" "$CORPUS" >"$TMP/p.json" 2>/dev/null
  python3 - "$TMP/p.json" <<'PY' || fail "incidents outnumber releases in $period"
import json, sys
j = json.load(open(sys.argv[1], encoding="utf-8"))
t = j["totals"]
assert t["incidents"] <= t["releases"], t
assert t["new_incidents"] + t["continuing_incidents"] == t["incidents"]
for b in j["breakdowns"].values():
    for r in b:
        assert r["incidents"] <= r["releases"], r
PY
done
pass "no period, month or organisation row counts more incidents than releases"

finish
