#!/usr/bin/env bash
# Bad input never stops the run: each case warns, names the file, and the
# other files still export.
. "$(dirname "$0")/lib.sh"

a="$TMP/archive/2026/01"
mkdir -p "$a"
good() { # good DAY ORG
  printf '# 公表概要\n- お知らせ\n- 2026年1月%d日\n- %s\n- https://example.jp/%d\n\n# 本文\n不正アクセスを受けました。\n' \
    "$((10#$1))" "$2" "$1" >"$a/$1_$2.md"
}
good 05 良好株式会社
good 06 第二株式会社
: >"$a/07_空株式会社.md"                                                # empty
printf '本文のみ。\n' >"$a/08_概要なし株式会社.md"                        # no overview
printf '# 公表概要\r\n- 改行\r\n- 2026年1月9日\r\n- 改行株式会社\r\n\r\n# 本文\r\n本文。\r\n' >"$a/09_改行株式会社.md"
printf '\xef\xbb\xbf# 公表概要\n- BOM\n- 2026年1月10日\n- BOM株式会社\n' >"$a/10_BOM株式会社.md"
# Shift_JIS: "# 公表概要\n- 題\n- 2026年1月11日\n- 旧式株式会社\n"
python3 -c 'import sys; sys.stdout.buffer.write("# 公表概要\n- 題\n- 2026年1月11日\n- 旧式株式会社\n\n# 本文\n個人情報の漏えい。\n".encode("cp932"))' >"$a/11_旧式株式会社.md"
printf '\xff\xfe\xfd\x80\x00\x01' >"$a/12_壊れた株式会社.md"             # no valid encoding
python3 - "$a/13_巨大株式会社.md" <<'PY'                                  # 20 MB
import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("# 公表概要\n- 巨大\n- 2026年1月13日\n- 巨大株式会社\n\n# 本文\n")
    line = "当社サーバーが不正アクセスを受け、約3,800件の個人情報が流出した可能性がございます。\n\n"
    while f.tell() < 20 * 1024 * 1024:
        f.write(line * 1000)
PY
ln -s "$a/nowhere.md" "$a/14_リンク切れ株式会社.md"                      # cannot be read

expect_status 65 "export goes on past bad files (65: some left out)" "$KAIJI" export "$TMP/archive"
out="$TMP/stdout"
check "good, empty, overview-less, CRLF, BOM, CP932 and 20 MB files exported (8)" \
  [ "$(wc -l <"$out")" -eq 8 ]
stderr_has "12_壊れた株式会社.md: warning: bytes are neither UTF-8 nor Shift_JIS" "bad encoding warned with file name"
stderr_has "11_旧式株式会社.md: warning: encoded in Shift_JIS" "CP932 conversion warned"
stderr_has "08_概要なし株式会社.md: warning: no \`# 公表概要\`" "missing overview warned"
stderr_has "07_空株式会社.md: warning: file holds no text" "empty file warned"
stderr_has "14_リンク切れ株式会社.md" "unreadable path named"

python3 - "$out" <<'PY' && pass "fallbacks and conversions read right" || fail "fallback values"
import json, sys
recs = {r["path"]: r for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
r = recs["2026/01/08_概要なし株式会社.md"]
assert r["published"] == "2026-01-08" and r["organizations"] == ["概要なし株式会社"], r
assert recs["2026/01/09_改行株式会社.md"]["organizations"] == ["改行株式会社"]
assert recs["2026/01/10_BOM株式会社.md"]["published"] == "2026-01-10"
assert recs["2026/01/11_旧式株式会社.md"]["organizations"] == ["旧式株式会社"]
assert recs["2026/01/05_良好株式会社.md"]["source_url"] == "https://example.jp/5"
assert recs["2026/01/13_巨大株式会社.md"]["published"] == "2026-01-13"
PY

# The same good files give the same records with or without the bad ones.
mkdir -p "$TMP/clean/2026/01"
cp "$a/05_良好株式会社.md" "$a/06_第二株式会社.md" "$TMP/clean/2026/01/"
"$KAIJI" export "$TMP/clean" >"$TMP/clean.jsonl" 2>/dev/null
grep -e '良好株式会社' -e '第二株式会社' "$out" >"$TMP/mixed.jsonl"
check "bad neighbours change nothing in good records" cmp -s "$TMP/clean.jsonl" "$TMP/mixed.jsonl"

finish
