#!/usr/bin/env bash
# `kaiji export` on the sample archive: every format, every key, atomic -o.
. "$(dirname "$0")/lib.sh"

n=$(sample_count)
check "sample archive has at least 12 releases ($n)" [ "$n" -ge 12 ]

expect_status 0 "export jsonl" "$KAIJI" export "$SAMPLE"
cp "$TMP/stdout" "$TMP/all.jsonl"
check "one record per release" [ "$(wc -l <"$TMP/all.jsonl")" -eq "$n" ]

python3 - "$TMP/all.jsonl" <<'PY' && pass "records carry every schema key, sorted by path" || fail "record shape"
import json, sys
keys = ["path", "published", "organizations", "report", "attack_types", "third_party",
        "leak_status", "affected_persons", "affected_persons_confirmed", "affected_organizations",
        "victim_categories", "data_types", "data_types_excluded", "occurred", "detected",
        "reported_to", "title", "source_url", "links", "events"]
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
paths = [r["path"] for r in recs]
assert paths == sorted(paths), "not in path order"
for r in recs:
    for k in keys:
        assert k in r, (r["path"], k)
    assert r["organizations"], r["path"]
    assert r["published"], r["path"]
    assert set(r["report"]) == {"number", "final"}
    assert "evidence" not in r
PY

expect_status 0 "export --evidence" "$KAIJI" export --evidence "$SAMPLE"
python3 -c 'import json,sys; assert all("evidence" in json.loads(l) for l in open(sys.argv[1]))' \
  "$TMP/stdout" && pass "--evidence adds the evidence object" || fail "--evidence"

expect_status 0 "export json" "$KAIJI" export --format json "$SAMPLE"
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert len(a)==int(sys.argv[2])' \
  "$TMP/stdout" "$n" && pass "json is one array of every record" || fail "json array"

expect_status 0 "export csv --excel" "$KAIJI" export --format csv --excel -o "$TMP/r.csv" "$SAMPLE"
check "csv starts with the UTF-8 BOM and the header" \
  bash -c "head -c 14 '$TMP/r.csv' | od -An -c | tr -d ' \n' | grep -q '357273277path,pub'"
python3 - "$TMP/r.csv" "$n" <<'PY' && pass "csv has a header and one row per release" || fail "csv rows"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
assert rows[0][:3] == ["path", "published", "organizations"], rows[0]
assert len(rows) == int(sys.argv[2]) + 1, len(rows)
assert all(len(r) == len(rows[0]) for r in rows)
PY

# Same output whatever the thread count.
"$KAIJI" export -j 1 "$SAMPLE" >"$TMP/one.jsonl" 2>/dev/null
"$KAIJI" export -j 4 "$SAMPLE" >"$TMP/four.jsonl" 2>/dev/null
check "output does not depend on --jobs" cmp -s "$TMP/one.jsonl" "$TMP/four.jsonl"

# A single file and a month folder work too.
f=$(find "$SAMPLE" -name '[0-9][0-9]_*.md' | sort | head -1)
expect_status 0 "export a single file" "$KAIJI" export "$f"
check "single file gives one record" [ "$(wc -l <"$TMP/stdout")" -eq 1 ]

expect_status 64 "unknown format is a usage error" "$KAIJI" export --format xml "$SAMPLE"
expect_status 64 "--excel without csv is a usage error" "$KAIJI" export --excel "$SAMPLE"
expect_status 64 "no archive is a usage error" "$KAIJI" export
expect_status 66 "missing archive is no input" "$KAIJI" export "$TMP/nowhere"
stderr_has "$TMP/nowhere" "the missing path is named"
expect_status 0 "export --help" "$KAIJI" export --help
check "help describes --format" grep -q -- '--format' "$TMP/stdout"
expect_status 0 "kaiji --help" "$KAIJI" --help
check "help lists export and check" grep -q 'check' "$TMP/stdout"
expect_status 64 "unknown command" "$KAIJI" frobnicate

# Atomic output: a failed write leaves no file and the old file intact.
echo "previous" >"$TMP/keep.jsonl"
expect_status 74 "-o /dev/full is an I/O error" "$KAIJI" export -o /dev/full "$SAMPLE"
stderr_has "/dev/full" "the failing output is named"
expect_status 73 "-o into a missing folder cannot create" "$KAIJI" export -o "$TMP/no/such/dir/x.jsonl" "$SAMPLE"
check "no partial files left in the scratch folder" [ -z "$(find "$TMP" -name '.*.XXXXXX' -o -name '.*jsonl.*')" ]
expect_status 0 "-o replaces a file" "$KAIJI" export -o "$TMP/keep.jsonl" "$SAMPLE"
check "replaced file holds the export" [ "$(wc -l <"$TMP/keep.jsonl")" -eq "$n" ]

# No progress output when stderr is not a terminal.
"$KAIJI" export "$SAMPLE" >/dev/null 2>"$TMP/err"
check "no progress noise on a pipe" [ ! -s "$TMP/err" ]

finish
