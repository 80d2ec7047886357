#!/usr/bin/env bash
# Symbolic-link loops in the archive: a folder linking to its parent, two
# folders linking to each other, a release file linking to itself.  The walk
# ends, names each loop, and every real release is read once.
. "$(dirname "$0")/lib.sh"

ln -s .. "$MONTH/loop"
mkdir -p "$ARCHIVE/2026/02"
ln -s ../2026 "$ARCHIVE/2026/02/back"
mkdir -p "$TMP/ping" "$TMP/pong"
ln -s "$TMP/pong" "$TMP/ping/pong"
ln -s "$TMP/ping" "$TMP/pong/ping"
ln -s "$TMP/ping" "$ARCHIVE/ping"
ln -s 15_株式会社ループ.md "$MONTH/15_株式会社ループ.md"

within 20 65 "export ends despite the loops (65: a release could not be read)" "$KAIJI" export "$ARCHIVE"
check "each real release exported exactly once" [ "$(wc -l <"$TMP/stdout")" -eq 2 ]
stderr_has "symbolic link loop" "the folder loops are named"
stderr_has "15_株式会社ループ.md: warning: cannot read: Too many levels of symbolic links" \
  "the self-linked release is named with the reason"
neighbours_unchanged
finish
