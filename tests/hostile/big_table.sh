#!/usr/bin/env bash
# Tables: a 100,000-row table parses in bounded time and memory; tables
# built to blow up (a wide header padding every short row, a row of 65,535
# pipes that cmark-gfm 0.29.0.gfm.6 splits in quadratic time) are read as
# plain text with a warning instead of hanging the run.
. "$(dirname "$0")/lib.sh"

generate "$MONTH/15_株式会社おおきい表.md" 'head + "| 区分 | 件数 |\n| --- | ---: |\n" + "".join("| 顧客%d | %d件 |\n" % (i, i) for i in range(100000))'
generate "$MONTH/16_株式会社ひろい表.md" 'head + "|" + "列|" * 3000 + "\n|" + "-|" * 3000 + "\n" + "x\n" * 3000'
generate "$MONTH/17_株式会社たてぼう.md" 'head + "|a|\n|-|\n" + ("|" * 65535 + "\n") * 8'
generate "$MONTH/18_株式会社ひょうだらけ.md" 'head + "| a | b |\n|---|---|\n| 1 | 2 |\n\n" * 30000'

within 30 0 "export reads every table file in bounded time" "$KAIJI" export -j 1 "$ARCHIVE"
for f in 15_株式会社おおきい表 16_株式会社ひろい表 17_株式会社たてぼう 18_株式会社ひょうだらけ; do
  record "2026/01/$f.md" | grep -q '"organizations":\["株式会社かいじ"\]' &&
    pass "$f exported" || fail "$f: no record"
done
stderr_has "16_株式会社ひろい表.md: warning: table too large" "the padded wide table is named and read as text"
stderr_has "17_株式会社たてぼう.md: warning: table too large" "the row of pipes is named and read as text"
check "the 100,000-row table is read as a table (no warning)" \
  bash -c "! grep -q '15_株式会社おおきい表.md' '$TMP/stderr'"
check "many small tables are read as tables (no warning)" \
  bash -c "! grep -q '18_株式会社ひょうだらけ.md' '$TMP/stderr'"
neighbours_unchanged

# Memory stays proportional to the file, not to the cells a header asks for.
peak_memory_below 300 "the wide table needs little memory" "$KAIJI" export -j 1 "$MONTH/16_株式会社ひろい表.md"
peak_memory_below 600 "the 100,000-row table needs bounded memory" "$KAIJI" export -j 1 "$MONTH/15_株式会社おおきい表.md"
finish
