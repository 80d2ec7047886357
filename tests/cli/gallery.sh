#!/usr/bin/env bash
# The renderer's gallery: every building block in one PDF, and two charts
# alone as SVG and PNG.  Checks the PDF as the briefing will be checked.
. "$(dirname "$0")/lib.sh"
: "${GALLERY:?GALLERY must name build/tests/render-gallery}"

expect_status 0 "render-gallery runs" "$GALLERY" "$TMP/out"
pdf="$TMP/out/gallery.pdf"
check "gallery.pdf written" test -s "$pdf"
pdf_checks "$pdf" "gallery"

pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
check "several pages ($pages)" test "$pages" -ge 5
pdfinfo "$pdf" >"$TMP/info"
check "title metadata" grep -q '^Title: *kaiji レンダラー見本帳' "$TMP/info"
check "author metadata" grep -q '^Author: *kaiji' "$TMP/info"
check "subject metadata" grep -q '^Subject: *部品見本' "$TMP/info"
check "creation date" grep -q '^CreationDate: .*2025' "$TMP/info"

pdftotext "$pdf" "$TMP/text"
# (図 1: the JLReq quarter em between a kanji and a digit comes out as a space)
for want in 情報セキュリティ事案 38,600 1,204,311 '図 1' '図 5' 株式会社ミナト電産 '公表一覧（架空）（続き）' 'https://example.com/security/2025/04/notice.html'; do
  check "text has $want" grep -qF -- "$want" "$TMP/text"
done
check "page n / N on the last page" grep -Eq "^$pages ?/ ?$pages$" "$TMP/text"

qpdf --json --json-key=outlines "$pdf" >"$TMP/outline.json"
for want in 本文の組版 グラフ 開示の時系列 公表一覧 禁則処理と数字の扱い; do
  check "outline entry $want" grep -qF "\"title\": \"$want\"" "$TMP/outline.json"
done
qpdf --qdf --object-streams=disable "$pdf" - 2>/dev/null | grep -a '/URI (' >"$TMP/uris"
check "source links are clickable" grep -q 'https://example.com/news/2025/000.html' "$TMP/uris"
check "no link for ftp:" bash -c "! grep -q 'ftp:' '$TMP/uris'"
check "no link for javascript:" bash -c "! grep -q 'javascript:' '$TMP/uris'"

for f in trend timeline; do
  check "$f.svg is SVG" grep -q '<svg' "$TMP/out/gallery-$f.svg"
  check "$f.png is PNG" bash -c "head -c 8 '$TMP/out/gallery-$f.png' | grep -q PNG"
done
finish
