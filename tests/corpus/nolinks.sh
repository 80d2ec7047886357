#!/usr/bin/env bash
# Grouping does not lean on the links alone: on a copy of the real archive
# with every `第N報：` bullet removed, at least 80% of the release pairs those
# links joined still share an incident, and still no incident mixes
# organisations without a reason (incident_checks.py --no-links).
. "$(dirname "$0")/../cli/lib.sh"
CORPUS="$SHARED/corpus"
if [ ! -d "$CORPUS" ]; then
  echo "SKIP: $CORPUS not found (the corpus is not part of a fresh clone)"
  exit 77
fi

cp -R "$CORPUS" "$TMP/archive"
chmod -R u+w "$TMP/archive"
python3 - "$TMP/archive" <<'PY' || fail "removing the link bullets"
import os, re, sys
bullet = re.compile(r"^\s*[-*+]\s*第\s*[0-9０-９一二三四五六七八九十]+\s*報\s*[：:].*\n?", re.M)
removed = 0
for folder, _, names in os.walk(sys.argv[1]):
    for name in names:
        if not name.endswith(".md"):
            continue
        path = os.path.join(folder, name)
        raw = open(path, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue  # not UTF-8: left as it is
        stripped, n = bullet.subn("", text)
        if n:
            removed += n
            open(path, "w", encoding="utf-8", newline="").write(stripped)
print(f"removed {removed} link bullets")
assert removed > 400
PY
"$KAIJI" export "$CORPUS" >"$TMP/with-links.jsonl" 2>/dev/null
"$KAIJI" export "$TMP/archive" >"$TMP/export.jsonl" 2>/dev/null
check "export of the stripped copy exits 0" [ $? -eq 0 ]
"$KAIJI" stats --format json "$TMP/archive" >"$TMP/stats.json" 2>/dev/null
if python3 "$(dirname "$0")/incident_checks.py" "$TMP/archive" "$TMP/export.jsonl" "$TMP/stats.json" \
    --no-links --link-pairs "$TMP/with-links.jsonl"; then
  pass "incident checks without links"
else
  fail "incident checks without links"
fi

finish
