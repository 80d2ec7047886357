#!/usr/bin/env bash
# Links with javascript:, file:, data: and other schemes never become a
# source URL or a link in the output (and so never a link in a PDF): only
# http and https are followed.
. "$(dirname "$0")/lib.sh"

cat >"$MONTH/15_株式会社あやしい.md" <<'MD'
# 公表概要
- 題
- 2026年1月15日
- 株式会社あやしい
- javascript:alert(document.cookie)
- 第1報：file:///etc/passwd
- 第2報：[続報](javascript:alert(1))
- 第3報：[続報](file:///etc/shadow)
- 第4報：data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==
- 第5報：JaVaScRiPt:alert(1)
- 第6報：vbscript:msgbox(1)
- 第7報：https://example.jp/ok
- 第8報：[見かけ](https://example.jp/ok2 "title")
- 第9報：http://exa mple.jp/space
- 参考：<javascript:alert(2)>
- 参考：\\\\server\share\file

# 本文
[こちら](javascript:alert(3))と<file:///etc/hosts>を参照。
MD
cat >"$MONTH/16_株式会社あやしい二.md" <<'MD'
# 公表概要
- 題
- 2026年1月16日
- 株式会社あやしい二
- [公式サイト](javascript:location='https://evil.example/')
MD
cat >"$MONTH/17_株式会社あやしい三.md" <<'MD'
# 公表概要
- 題
- 2026年1月17日
- 株式会社あやしい三
- file:///C:/Users/report.html
MD

within 20 0 "export reads files with hostile links" "$KAIJI" export "$ARCHIVE"
python3 - "$TMP/stdout" <<'PY' && pass "only http(s) URLs become source URLs or links" || fail "a hostile URL became a link"
import json, re, sys
web = re.compile(r"^https?://[^\s\"<>\\]+$", re.I)
recs = {r["path"]: r for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
for path, r in recs.items():
    assert r["source_url"] is None or web.match(r["source_url"]), (path, r["source_url"])
    for l in r["links"]:
        assert web.match(l["url"]), (path, l)
r = recs["2026/01/15_株式会社あやしい.md"]
assert r["source_url"] is None, r["source_url"]
assert [l["url"] for l in r["links"]] == ["https://example.jp/ok", "https://example.jp/ok2"], r["links"]
assert recs["2026/01/16_株式会社あやしい二.md"]["source_url"] is None
assert recs["2026/01/17_株式会社あやしい三.md"]["source_url"] is None
PY
neighbours_unchanged

# And so never a link in a PDF: the month's briefing and a one-pager carry
# only the http(s) links (read from the uncompressed PDF's /URI entries).
pdf_uris() { # PDF: prints one URI per line
  qpdf --qdf --object-streams=disable "$1" "$1.qdf" 2>/dev/null
  python3 - "$1.qdf" <<'PY'
import re, sys
data = open(sys.argv[1], "rb").read()
for m in re.finditer(rb"/URI\s*\(((?:\\.|[^\\)])*)\)", data):
    print(m.group(1).decode("latin-1"))
PY
}
within 60 0 "briefing of the month with hostile links" \
  "$KAIJI" briefing --month 2026-01 -o "$TMP/briefing.pdf" "$ARCHIVE"
within 60 0 "one-pager of the release with hostile links" \
  "$KAIJI" onepager -o "$TMP/onepager.pdf" "$MONTH/15_株式会社あやしい.md"
for pdf in briefing onepager; do
  pdf_uris "$TMP/$pdf.pdf" >"$TMP/$pdf.uris"
  check "the $pdf links to no other scheme than http(s)" \
    bash -c "! grep -qviE '^https?://' '$TMP/$pdf.uris'"
done
check "the briefing links to the neighbours' sources" grep -qx 'https://example.jp/news/1' "$TMP/briefing.uris"
# (a link that is not http(s) is dropped, not turned into a dead link: the
# page of a release with a web source does link to it)
within 60 0 "one-pager of a neighbour" \
  "$KAIJI" onepager -o "$TMP/neighbour.pdf" "$MONTH/01_株式会社となり一.md"
pdf_uris "$TMP/neighbour.pdf" >"$TMP/neighbour.uris"
check "the neighbour's one-pager links to its https source" grep -qx 'https://example.jp/news/1' "$TMP/neighbour.uris"
finish
