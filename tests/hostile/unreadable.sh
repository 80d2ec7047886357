#!/usr/bin/env bash
# Files that cannot be read: a dangling link, a FIFO (in the archive and
# named directly: reading it must not wait forever for a writer), a device,
# a file and a folder without permission (as root, read as `nobody`), a
# file over the size limit.  Each is named with the reason,
# the run goes on, and the exit status is 65 (some files left out).
. "$(dirname "$0")/lib.sh"

ln -s "$TMP/nowhere.md" "$MONTH/15_株式会社リンク切れ.md"
mkfifo "$MONTH/16_株式会社パイプ.md"
within 20 65 "export passes over a dangling link and a FIFO" "$KAIJI" export "$ARCHIVE"
stderr_has "15_株式会社リンク切れ.md: warning: cannot read: No such file or directory" \
  "the dangling link is named with the reason"
stderr_has "16_株式会社パイプ.md: warning: not a regular file" "the FIFO is named with the reason"
neighbours_unchanged
within 20 65 "check counts them as problems" "$KAIJI" check "$ARCHIVE"

within 20 65 "a FIFO named directly is refused, not waited on" \
  "$KAIJI" export "$MONTH/16_株式会社パイプ.md" "$MONTH/01_株式会社となり一.md"
stderr_has "16_株式会社パイプ.md: warning: not a regular file" "the FIFO named directly is named"
check "the other file named beside it is exported" [ "$(wc -l <"$TMP/stdout")" -eq 1 ]
within 20 65 "a device named directly is refused" "$KAIJI" export /dev/zero "$MONTH/01_株式会社となり一.md"
stderr_has "/dev/zero: warning: not a regular file" "the device is named"
rm -f "$MONTH/15_株式会社リンク切れ.md" "$MONTH/16_株式会社パイプ.md"

# Over the size limit (32 MiB): refused before it is read into memory.  A
# sparse file costs no disk.
truncate -s 40M "$MONTH/17_株式会社おおきすぎ.md"
within 20 65 "a file over the size limit is refused" "$KAIJI" export "$ARCHIVE"
stderr_has "17_株式会社おおきすぎ.md: warning: file too large" "the oversized file is named with the limit"
neighbours_unchanged
rm -f "$MONTH/17_株式会社おおきすぎ.md"

# A file and a folder without permission.  Root reads everything, so as
# root kaiji runs as `nobody` (setpriv), once a probe shows that user
# really is refused the file; only when that is impossible does this part
# skip, saying why.
printf '# 公表概要\n- 題\n- 2026年1月18日\n- 株式会社ひみつ\n' >"$MONTH/18_株式会社ひみつ.md"
chmod 000 "$MONTH/18_株式会社ひみつ.md"
mkdir -p "$ARCHIVE/2026/02" && chmod 000 "$ARCHIVE/2026/02"
READER=()
READER_KAIJI=$KAIJI
cannot=""
if [ "$(id -u)" -eq 0 ]; then
  if ! command -v setpriv >/dev/null 2>&1; then
    cannot="no setpriv (util-linux) to run kaiji as nobody"
  else
    READER=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
    chmod 755 "$TMP" # the scratch folder is 0700: let nobody reach the archive
    # The build may sit where nobody cannot reach it (a clone in a 0700
    # folder): a copy of the binary, and of the sanitizer's suppressions.
    if ! "${READER[@]}" "$KAIJI" --version >/dev/null 2>&1; then
      cp "$KAIJI" "$TMP/kaiji" && chmod 755 "$TMP/kaiji"
      READER_KAIJI=$TMP/kaiji
    fi
    supp=$(printf '%s' "${LSAN_OPTIONS:-}" | sed -n 's/.*suppressions=\([^:]*\).*/\1/p')
    if [ -n "$supp" ] && [ -f "$supp" ]; then
      cp "$supp" "$TMP/lsan.supp" && chmod 644 "$TMP/lsan.supp"
      export LSAN_OPTIONS=${LSAN_OPTIONS/"$supp"/"$TMP/lsan.supp"}
    fi
    if ! "${READER[@]}" "$READER_KAIJI" --version >/dev/null 2>&1; then
      cannot="setpriv cannot run kaiji as nobody here: $("${READER[@]}" "$READER_KAIJI" --version 2>&1 | head -c 200)"
    elif "${READER[@]}" cat "$MONTH/18_株式会社ひみつ.md" >/dev/null 2>&1; then
      cannot="nobody can still read a file of mode 000 (capabilities kept): permissions cannot block reads"
    fi
  fi
fi
if [ -z "$cannot" ]; then
  within 20 65 "export passes over unreadable files and folders${READER:+ (run as nobody)}" \
    "${READER[@]}" "$READER_KAIJI" export "$ARCHIVE"
  stderr_has "18_株式会社ひみつ.md: warning: cannot open: Permission denied" "the unreadable file is named"
  stderr_has "2026/02: warning: cannot open folder: Permission denied" "the unreadable folder is named"
  neighbours_unchanged
fi
chmod 755 "$ARCHIVE/2026/02"
if [ -n "$cannot" ] && [ "$failures" -eq 0 ]; then
  echo "SKIP: unreadable files and folders not tested: running as root and $cannot"
  exit 77
fi
finish
