#!/usr/bin/env bash
# `kaiji check --facts`: releases whose facts contradict each other or look
# implausible, one line each with the reasons, then a count per check; the
# exit status says whether any was listed.  On the sample archive: its wave's
# two client notices that quote the provider's 120,000 accounts as their
# own; on releases composed here: dates out of order and a school with more
# people than a school holds.  The briefing and the one-pager print such a
# figure as 要確認, never as fact.
. "$(dirname "$0")/lib.sh"
flat_text() { pdftotext "$1" - | python3 -c 'import re, sys; sys.stdout.write(re.sub(r"\s+", "", sys.stdin.read()))'; }
export SOURCE_DATE_EPOCH=1775001600

# ------------------------------------------------------- the sample archive
expect_status 65 "check --facts on the sample archive lists problems" "$KAIJI" check --facts "$SAMPLE"
out="$TMP/stdout"
cp "$out" "$TMP/sample.out"
check "若葉町 quotes みどりネット's figure" \
  grep -qF "$SAMPLE/2026/03/04_青葉県若葉町.md: wave_figure (120000 also stated by 株式会社みどりネット in wave-2026-03-02-みどりネット)" "$out"
check "ほたる電機 too" grep -qF "$SAMPLE/2026/03/09_株式会社ほたる電機.md: wave_figure (" "$out"
check "the provider's own figure is not listed" bash -c "! grep -q 'みどりネット.md:' '$out'"
check "two of the releases" grep -q '^2 of 23 releases have fact problems$' "$out"
check "a count per check, named and labelled" grep -Eq '^  wave_figure +2 +同じ波の他組織と同じ人数' "$out"
check "every check counted" test "$(grep -Ec '^  [a-z_]+ +[0-9]+ ' "$out")" -eq 9
check "file problems are another list" bash -c "! grep -q 'files have problems' '$out'"
expect_status 0 "check --help names --facts" "$KAIJI" check --help
check "--facts in the usage" grep -q -- '--facts' "$TMP/stdout"

# ------------------------------------------------------ composed releases
a="$TMP/archive/2026/05"
mkdir -p "$a"
release() { # FILE ORGANISATION BODY
  printf '# 公表概要\n- 個人情報の漏えいについて\n- 2026年5月%d日\n- %s\n- https://example.jp/n\n\n# 本文\n%s\n' \
    "$((10#${1%%_*}))" "$2" "$3" >"$a/$1"
}
release 12_株式会社ひばり商事.md 株式会社ひばり商事 \
  '2026年4月20日、不正アクセスにより、お客様1,200名の氏名及び住所が流出したことを確認しました。'
expect_status 0 "no problem: exit 0" "$KAIJI" check --facts "$TMP/archive"
check "none of one" grep -q '^0 of 1 releases have fact problems$' "$TMP/stdout"

release 14_株式会社あけぼの精機.md 株式会社あけぼの精機 \
  '2026年4月、当社サーバーが第三者による不正アクセスを受けました。当社は2026年3月10日に異常を検知し、調査を進めてまいりました。'
release 18_架空町立ひなた小学校.md 架空町立ひなた小学校 \
  '本校のサーバーが不正アクセスを受け、児童の個人情報約250,000人分が流出した可能性があることが判明しました。'
expect_status 65 "problems: exit 65" "$KAIJI" check --facts "$TMP/archive"
out="$TMP/stdout"
check "dates out of order, with both dates" \
  grep -qF "$a/14_株式会社あけぼの精機.md: occurred_after_detected (occurred 2026-04 after detected 2026-03-10)" "$out"
check "a school's figure above its kind's limit" \
  grep -qF "$a/18_架空町立ひなた小学校.md: above_size (250000 persons where a 小・中・高等学校、幼稚園 holds at most 50000)" "$out"
check "the sound release is not listed" bash -c "! grep -q 'ひばり商事.md:' '$out'"
check "two of three" grep -q '^2 of 3 releases have fact problems$' "$out"
check "counted" grep -Eq '^  above_size +1 ' "$out"
: >"$a/20_空株式会社.md"
expect_status 65 "an unusable file: exit 65" "$KAIJI" check --facts "$TMP/archive"
stderr_has "20_空株式会社.md" "the unusable file is named on stderr"
expect_status 64 "an unknown option" "$KAIJI" check --facts --no-such "$TMP/archive"

# ---------------------------------------------------------------- pages
# The wave's client notices in March: 要確認 and the stated number, not a fact.
expect_status 0 "briefing 2026-03" "$KAIJI" briefing -q --month 2026-03 -o "$TMP/b.pdf" "$SAMPLE"
flat_text "$TMP/b.pdf" >"$TMP/b.txt"
# Knock-on notices are shown as their wave, the provider's figure once (「最大で約310契約、
# メールアカウント数 約12万アカウント」: 最大 bounds both).
check "the main incidents show the wave with the provider's figure" \
  grep -qF 'みどりメールへの不正アクセス：5組織が公表（6件）。影響は全体で最大120,000アカウント（発生元の公表）' "$TMP/b.txt"
check "… not 若葉町 as an incident of its own" \
  bash -c "! grep -oE '主な事案1．.*評点の高い順。' '$TMP/b.txt' | grep -qF 青葉県若葉町"
check "the release table marks both client notices 要確認" \
  test "$(grep -oF '120,000アカウント要確認（発生元全体）' "$TMP/b.txt" | wc -l)" -eq 2
check "the method page counts each check" grep -qF '「同じ波の他組織と同じ人数（委託先全体の数の可能性）」2件' "$TMP/b.txt"
check "… the gaps too" grep -qF '「情報の一覧があるが情報の種類が読み取れない」0件' "$TMP/b.txt"
expect_status 0 "one-pager of 若葉町" "$KAIJI" onepager -o "$TMP/o.pdf" "$SAMPLE/2026/03/04_青葉県若葉町.md"
flat_text "$TMP/o.pdf" >"$TMP/o.txt"
check "its key figure is 要確認" grep -qF '要確認' "$TMP/o.txt"
check "… with the stated number and why" grep -qF '公表文では120,000アカウント同じ波の他組織と同じ数' "$TMP/o.txt"
expect_status 0 "one-pager of みどりネット" "$KAIJI" onepager -o "$TMP/m.pdf" "$SAMPLE/2026/03/02_株式会社みどりネット.md"
check "the provider's own figure stands" bash -c "! grep -q 要確認 <(flat_text '$TMP/m.pdf')"

finish
