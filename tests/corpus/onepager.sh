#!/usr/bin/env bash
# One-pagers of real releases (../shared/corpus, issue 6): for each of five
# releases the page is exactly one page and its text shows the
# organisation, the incident's affected-person figure and every release
# date of its incident (the dates the issue names for three of them are
# checked as given); then every incident of June 2025 on one page each.
# Dates print as 2025年4月8日.  The affected-person figure comes from the
# extract stage: while no release has extracted facts it cannot be shown
# and is not checked (said so below); once facts exist a missing figure
# fails where the releases state one.
. "$(dirname "$0")/../cli/lib.sh"
CORPUS="$SHARED/corpus"
if [ ! -d "$CORPUS" ]; then
  echo "SKIP: $CORPUS not found (the corpus is not part of a fresh clone)"
  exit 77
fi
export SOURCE_DATE_EPOCH=1775001600

"$KAIJI" stats --format json "$CORPUS" >"$TMP/stats.json" 2>/dev/null
check "stats exits 0" [ $? -eq 0 ]
"$KAIJI" export "$CORPUS" >"$TMP/export.jsonl" 2>/dev/null
if python3 -c '
import json, sys
sys.exit(0 if any(json.loads(l)["affected_persons"] is not None for l in open(sys.argv[1], encoding="utf-8")) else 1)' \
  "$TMP/export.jsonl"; then
  have_facts=1
else
  have_facts=0
  echo "note: no release has extracted facts yet: affected-person figures are not checked"
fi

# file|organisations (space-separated)|release dates the issue names (ISO,
# space-separated; "" = none named)|whether the releases state a number of
# affected persons (フジクラ's notice to each person gives no total)
cases=(
  "2025/01/07_カシオ計算機株式会社.md|カシオ計算機株式会社||yes"
  "2025/05/07_株式会社フジクラ.md|株式会社フジクラ||no"
  "2025/06/03_日本ゼオン株式会社、株式会社トウペ.md|日本ゼオン株式会社 株式会社トウペ|2025-03-14 2025-03-19 2025-06-03|yes"
  "2025/07/11_ミネベアミツミ株式会社.md|ミネベアミツミ株式会社|2025-03-18 2025-04-11 2025-07-11|yes"
  "2025/09/26_日本セラミック株式会社.md|日本セラミック株式会社|2025-04-08 2025-06-27 2025-09-26|yes"
)
n=0
for c in "${cases[@]}"; do
  IFS='|' read -r path org dates stated <<<"$c"
  n=$((n + 1))
  pdf="$TMP/case$n.pdf"
  expect_status 0 "onepager $path" "$KAIJI" onepager -o "$pdf" "$CORPUS/$path"
  got=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
  check "$path: exactly one page ($got)" test "$got" = 1
  pdftotext "$pdf" - | python3 -c 'import re, sys; sys.stdout.write(re.sub(r"\s+", "", sys.stdin.read()))' >"$TMP/case$n.txt"
  # What the page must show: the organisation, every release date of the
  # incident (from kaiji stats) and those the issue names, the figure.
  python3 - "$TMP/stats.json" "$path" "$org" "$dates" "$have_facts" "$stated" "$TMP/case$n.txt" <<'PY' &&
import json, sys
stats, path, org, named, have_facts, stated, text_file = sys.argv[1:]
text = open(text_file, encoding="utf-8").read()
incident = next(i for i in json.load(open(stats, encoding="utf-8"))["incidents"]
                if any(r["path"] == path for r in i["releases"]))
def ja(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年{m}月{d}日"
problems = []
for name in org.split():
    if name not in text:
        problems.append(f"organisation {name} missing")
dates = [r["published"] for r in incident["releases"]]
for d in named.split():
    if d not in dates:
        problems.append(f"release {d} named by the issue is not in the incident ({dates})")
for d in set(dates) | set(named.split()):
    if ja(d) not in text:
        problems.append(f"release date {ja(d)} missing")
persons = incident["affected_persons"]
if persons is not None:
    if f"{persons:,}" not in text:
        problems.append(f"affected persons {persons:,} missing")
elif have_facts == "1" and stated == "yes":
    problems.append("no affected-person figure for the incident although facts are extracted")
elif "影響人数" not in text or "記載なし" not in text:
    problems.append("the page does not say that no number of persons is stated")
print(f"{path}: {incident['id']}: releases {dates}, affected persons {persons}")
if problems:
    print("; ".join(problems))
    sys.exit(1)
PY
    pass "$path: organisation, release dates and figure on the page" ||
    fail "$path: the page lacks what it must show"
done

# Every incident with a release in June 2025: one page each, none
# overflowing (kaiji exits 65 and names any page that does not fit).
expect_status 0 "onepager --all --month 2025-06" "$KAIJI" onepager --all --month 2025-06 -o "$TMP/june" "$CORPUS"
want=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["totals"]["incidents"])' \
  < <("$KAIJI" stats --format json --month 2025-06 "$CORPUS" 2>/dev/null))
check "one file per incident of June ($want)" test "$(find "$TMP/june" -name '*.pdf' | wc -l)" -eq "$want"
bad=0
for f in "$TMP"/june/*.pdf; do
  p=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }')
  [ "$p" = 1 ] || { bad=1; fail "$f: $p pages"; }
done
[ $bad = 0 ] && pass "every June page is one page"
finish
