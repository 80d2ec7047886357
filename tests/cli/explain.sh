#!/usr/bin/env bash
# `kaiji explain` and the lexicon options: every fact with its evidence,
# edited lexicons take effect, broken ones stop the run with their position.
. "$(dirname "$0")/lib.sh"

f="$SAMPLE/2026/02/20_北浜フーズ株式会社.md"
expect_status 0 "explain one release" "$KAIJI" explain "$f"
check "names the release" grep -q '^== 2026/02/20_北浜フーズ株式会社.md' "$TMP/stdout"
check "shows the count with its evidence" grep -q -A1 '^affected_persons  *4890' "$TMP/stdout"
check "evidence carries its section" grep -q '個人情報(約4,890名)」  \[' "$TMP/stdout"
check "shows the timeline" grep -q '2026-02-09 detected' "$TMP/stdout"

# Every non-empty field of every sample release is followed by evidence.
expect_status 0 "explain the sample archive" "$KAIJI" explain "$SAMPLE"
python3 - "$TMP/stdout" <<'PY' && pass "every non-empty field has evidence" || fail "a field without evidence"
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
fields = ["published", "organizations", "report", "attack_types", "third_party", "leak_status",
          "affected_persons", "affected_persons_confirmed", "affected_organizations",
          "victim_categories", "data_types", "data_types_excluded", "occurred", "detected",
          "reported_to"]
bad, releases = [], 0
for i, line in enumerate(lines):
    if line.startswith("== "):
        releases += 1
    m = re.match(r"^(\w+) +(.*)$", line)
    if not m or m.group(1) not in fields:
        continue
    empty = m.group(2).startswith(("—", "false", "unknown"))
    has = i + 1 < len(lines) and "←" in lines[i + 1]
    if not empty and not has:
        bad.append(line)
for b in bad[:5]:
    print("no evidence:", b, file=sys.stderr)
sys.exit(1 if bad or releases < 12 else 0)
PY

expect_status 0 "explain --field" "$KAIJI" explain --field occurred,detected "$f"
check "--field shows only those fields" \
  bash -c "! grep -q '^attack_types' '$TMP/stdout' && grep -q '^occurred' '$TMP/stdout'"
expect_status 64 "unknown --field is a usage error" "$KAIJI" explain --field nosuch "$f"
expect_status 64 "explain without a file is a usage error" "$KAIJI" explain

# An edited lexicon, by option and by environment.
expect_status 0 "--print-lexicon" "$KAIJI" explain --print-lexicon
cp "$TMP/stdout" "$TMP/lexicon.json"
check "the printed lexicon is the built-in JSON" grep -q '"attack_types"' "$TMP/lexicon.json"
python3 - "$TMP/lexicon.json" "$TMP/edited.json" <<'PY'
import json, sys
lex = json.load(open(sys.argv[1], encoding="utf-8"))
lex["attack_types"]["vulnerability"] = [w for w in lex["attack_types"]["vulnerability"]
                                        if w not in ("脆弱性", "CVE-")]
json.dump(lex, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
expect_status 0 "explain with an edited lexicon" "$KAIJI" explain --lexicon "$TMP/edited.json" \
  --field attack_types "$f"
check "the edited lexicon drops the word's fact" bash -c "! grep -q vulnerability '$TMP/stdout'"
KAIJI_LEXICON="$TMP/edited.json" "$KAIJI" export "$f" >"$TMP/env.jsonl" 2>/dev/null
check "KAIJI_LEXICON is honoured" bash -c "! grep -q vulnerability '$TMP/env.jsonl'"

printf '{\n  "cues": {\n    "negaton": ["ない"]\n  }\n}\n' >"$TMP/broken.json"
expect_status 78 "a broken lexicon stops export" "$KAIJI" export --lexicon "$TMP/broken.json" "$f"
stderr_has "broken.json:3:5: \"negaton\" is not a cue" "the error names file, line and column"
expect_status 78 "a broken lexicon in the environment stops check" \
  env KAIJI_LEXICON="$TMP/broken.json" "$KAIJI" check "$f"
expect_status 66 "a missing lexicon is missing input" "$KAIJI" explain --lexicon "$TMP/none.json" "$f"

finish
