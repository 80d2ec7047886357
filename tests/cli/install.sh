#!/usr/bin/env bash
# `meson install` into a scratch DESTDIR, then the installed kaiji run from
# another folder with KAIJI_DATA_DIR unset: it finds its data (layouts,
# fonts, examples) under its own PREFIX/share/kaiji, never in the source tree.
. "$(dirname "$0")/lib.sh"
: "${BUILD_ROOT:?BUILD_ROOT must name the build folder}"
: "${MESON:?MESON must name meson}"

DEST="$TMP/dest"
if ! "$MESON" install -C "$BUILD_ROOT" --destdir "$DEST" --no-rebuild --quiet >"$TMP/install.log" 2>&1; then
  fail "meson install failed: $(tail -5 "$TMP/install.log")"
  finish
fi
BIN=$(find "$DEST" -path '*/bin/kaiji' -type f | head -1)
check "kaiji was installed ($BIN)" [ -x "$BIN" ]
PREFIX_DIR=$(dirname "$(dirname "$BIN")")
DATA="$PREFIX_DIR/share/kaiji"
check "the example configuration was installed" [ -f "$DATA/examples/kaiji-run.json" ]
for d in layouts fonts; do
  if [ -d "$SOURCE_ROOT/$d" ]; then
    check "$d/ was installed" diff -r "$SOURCE_ROOT/$d" "$DATA/$d"
  fi
done
check "the headers were installed" [ -f "$PREFIX_DIR/include/kaiji/mail.h" ]
PC=$(find "$DEST" -name kaiji.pc | head -1)
check "kaiji.pc was installed ($PC)" [ -f "$PC" ]
check "libkaiji.a was installed beside it" [ -f "$(dirname "$(dirname "$PC")")/libkaiji.a" ]
# A program built on the installed headers and library alone (a sanitizer
# build's library needs its runtime: only the plain build links it).
if [ "${KAIJI_SANITIZE:-none}" = none ] && command -v pkg-config >/dev/null && command -v cc >/dev/null; then
  cat >"$TMP/prog.c" <<'PROG'
#include <stdio.h>
#include "kaiji/arena.h"
#include "kaiji/text.h"
int main(void)
{
    kj_arena *a = kj_arena_new();
    printf("%s\n", kj_normalize(a, "２０２６ 年 ４ 月", sizeof "２０２６ 年 ４ 月" - 1, NULL));
    kj_arena_free(a);
    return 0;
}
PROG
  flags=$(PKG_CONFIG_PATH="$(dirname "$PC")" pkg-config --define-variable=prefix="$PREFIX_DIR" \
    --cflags --libs kaiji)
  # A coverage build's objects call the gcov runtime: link it as gcc does.
  [ "${KAIJI_COVERAGE:-false}" = true ] && flags="$flags --coverage"
  # shellcheck disable=SC2086
  check "a program compiles and links against the installed libkaiji" \
    cc -std=c11 -o "$TMP/prog" "$TMP/prog.c" $flags
  check "... and runs" bash -c "[ \"\$('$TMP/prog')\" = '2026年4月' ]"
fi
HELPER=$(find "$DEST" -path '*/kaiji/kaiji-report' -type f | head -1)
check "kaiji-report, which draws and mails, was installed ($HELPER)" [ -x "$HELPER" ]
check "... in PREFIX/libexec/kaiji" [ "$(dirname "$HELPER")" = "$PREFIX_DIR/libexec/kaiji" ]
check "kaiji itself loads no drawing or mail library" \
  sh -c "! ldd '$BIN' | grep -Eq 'libcairo|libpango|libgmime|libcurl'"

# The source tree out of reach: another working folder, no KAIJI_DATA_DIR.
installed() { (cd / && env -u KAIJI_DATA_DIR "$BIN" "$@"); }
expect_status 0 "the installed kaiji names its data folder" installed --data-dir
check "it is PREFIX/share/kaiji of the installation" [ "$(cat "$TMP/stdout")" = "$DATA" ]
check "not the source tree" [ "$(cat "$TMP/stdout")" != "$SOURCE_ROOT" ]

KAIJI_SMTP_PASSWORD=x expect_status 0 "it reads its installed example configuration" \
  installed run --check --config "$DATA/examples/kaiji-run.json"

expect_status 0 "it exports the sample archive" installed export -o "$TMP/r.jsonl" "$SAMPLE"
check "one record per release" [ "$(wc -l <"$TMP/r.jsonl")" -eq "$(sample_count)" ]

# The PDFs from the installed data folder alone.  Where user namespaces
# allow, the source tree is hidden under an empty folder while the
# installed kaiji runs, so nothing it reads can come from there.
cp -R "$SAMPLE" "$TMP/archive"
hidden() { (cd / && env -u KAIJI_DATA_DIR "$BIN" "$@"); }
if unshare -rm true 2>/dev/null && [ "${TMP#"$SOURCE_ROOT"/}" = "$TMP" ]; then
  # A sanitizer build's suppression files live in the source tree: copies.
  for var in LSAN_OPTIONS ASAN_OPTIONS UBSAN_OPTIONS; do
    value=${!var:-}
    case "$value" in *"$SOURCE_ROOT"/*) ;; *) continue ;; esac
    mkdir -p "$TMP/sanitizer"
    for f in $(printf '%s' "$value" | tr ':' '\n' | sed -n "s|^[a-z_]*=\($SOURCE_ROOT/.*\)|\1|p"); do
      cp "$f" "$TMP/sanitizer/" && value=${value//"$f"/"$TMP/sanitizer/$(basename "$f")"}
    done
    export "$var=$value"
  done
  hidden() {
    unshare -rm sh -c 'mount -t tmpfs none "$0" && cd / && exec env -u KAIJI_DATA_DIR "$@"' \
      "$SOURCE_ROOT" "$BIN" "$@"
  }
  check "the source tree can be hidden" \
    unshare -rm sh -c 'mount -t tmpfs none "$0" && ! test -e "$0/README.md"' "$SOURCE_ROOT"
else
  echo "note: no user namespaces (or a scratch folder inside the source tree): the source tree stays visible; the data folder is checked above"
fi
unset SOURCE_DATE_EPOCH
expect_status 0 "the installed kaiji writes a briefing" \
  hidden briefing -q --month 2026-03 --today 2026-04-02 -o "$TMP/installed.pdf" "$TMP/archive"
pdf_checks "$TMP/installed.pdf" "the installed kaiji's briefing"
"$KAIJI" briefing -q --month 2026-03 --today 2026-04-02 -o "$TMP/built.pdf" "$SAMPLE" 2>/dev/null
check "byte-identical to the build tree's (same layout, same fonts)" cmp -s "$TMP/installed.pdf" "$TMP/built.pdf"
expect_status 0 "the installed kaiji writes a one-pager" \
  hidden onepager -q -o "$TMP/installed-page.pdf" "$TMP/archive/2026/03/19_株式会社みなと精機.md"
check "one page" bash -c "pdfinfo '$TMP/installed-page.pdf' | grep -q '^Pages: *1$'"

expect_status 0 "it draws a chart (through the installed kaiji-report)" \
  installed chart trend --month 2026-03 -o "$TMP/trend.svg" "$SAMPLE"
check "the chart was written" [ -s "$TMP/trend.svg" ]
check "kaiji-report reads the same data folder" \
  [ "$(cd / && env -u KAIJI_DATA_DIR "$HELPER" --data-dir)" = "$DATA" ]
mv "$HELPER" "$HELPER.away"
expect_status 69 "without kaiji-report, a drawing command fails" \
  installed chart trend --month 2026-03 -o "$TMP/trend2.svg" "$SAMPLE"
stderr_has "kaiji-report" "... and names the missing program"
expect_status 0 "the reading commands do not need it" installed export -o "$TMP/r2.jsonl" "$SAMPLE"
mv "$HELPER.away" "$HELPER"

cat >"$TMP/run.json" <<JSON
{
  "archive": "$TMP/archive",
  "out_dir": "$TMP/out",
  "state_file": "$TMP/state.json",
  "max_archive_lag_days": 14,
  "from": "kaiji@example.jp",
  "to": ["risk@example.jp"],
  "delivery": {"method": "sendmail", "sendmail": {"command": ["/bin/false"]}},
  "jobs": [{"name": "monthly", "kind": "briefing"}, {"name": "list", "kind": "export"}]
}
JSON
expect_status 0 "it makes the reports of a run (dry run)" hidden run --config "$TMP/run.json" --today 2026-04-02 --dry-run
check "the messages and the reports are in out/" [ -s "$TMP/out/mail-monthly-2026-03.eml" -a \
  -s "$TMP/out/briefing-2026-03.pdf" -a -s "$TMP/out/mail-list-2026-03.eml" -a -s "$TMP/out/releases-2026-03.csv" ]
check "the run's briefing is the command's" cmp -s "$TMP/out/briefing-2026-03.pdf" "$TMP/built.pdf"

finish
