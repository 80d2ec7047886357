#!/usr/bin/env bash
# `kaiji check --facts` on the real archive (../shared/corpus): the releases
# whose headline figure is someone else's are listed, each for the reason a
# person finds reading the text; figures that are right stay off the list.
# Read by hand, not what kaiji printed.
. "$(dirname "$0")/../cli/lib.sh"
CORPUS="$SHARED/corpus"
if [ ! -d "$CORPUS" ]; then
  echo "SKIP: $CORPUS not found (the corpus is not part of a fresh clone)"
  exit 77
fi

"$KAIJI" check --facts "$CORPUS" >"$TMP/out" 2>/dev/null
check "problems listed: exit 65" [ $? -eq 65 ]
sed "s|^$CORPUS/||" "$TMP/out" >"$TMP/list"
listed() { grep -q "^$1: .*$2 (" "$TMP/list"; }
not_listed() { ! grep -q "^$1:" "$TMP/list"; }

# The album printer's 173,000 across about 2,000 client schools, quoted by
# two schools as theirs: above what a school holds, and the same in both.
for school in 学校法人南光学園東北高等学校 尼崎市立大成中学校; do
  check "$school: the printer's total is no school's" listed "2025/04/18_$school.md" wave_figure
  check "$school: more than a school holds" listed "2025/04/18_$school.md" above_size
done
# LoGoフォーム: 399 is the provider's system-wide count; a client that
# states nothing else quotes it, a client that says how many of the 399 had
# applied to it (東京都 111, 柏市 4) gives its own figure.
check "青梅市 quotes トラストバンク's 399" listed 2025/07/16_東京都青梅市.md wave_figure
check "東京都's 111 applicants are its own" not_listed 2025/07/14_東京都.md
check "柏市's 4 applicants are its own" not_listed 2025/07/15_千葉県柏市.md
check "トラストバンク's own 399 is its own" not_listed 2025/07/12_株式会社トラストバンク.md
# Two towns with 130 pupils each in one year's album, two banks with 6
# people each: coincidences, not quotes.
check "新地町's 130 pupils are its own" not_listed 2025/04/16_福島県新地町.md
check "広島銀行's 6 are its own" not_listed 2025/04/23_株式会社広島銀行.md
# 413,867 hometown-tax donors of a town: large, and true.
check "玄海町's donors are plausible" not_listed 2025/02/12_佐賀県玄海町.md
check "a count per check" grep -Eq '^  wave_figure +[0-9]+ ' "$TMP/list"

finish
