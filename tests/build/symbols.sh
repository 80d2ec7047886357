#!/bin/bash
# Every global symbol libkaiji.a defines carries the kj_ prefix: a program
# that links the library must not meet a `scan_release` or `jw_init` of ours.
set -u
lib="$BUILD_ROOT/libkaiji.a"
[ -f "$lib" ] || { echo "no $lib"; exit 1; }
bad=$(nm -g --defined-only "$lib" | awk 'NF == 3 && $3 !~ /^kj_/ { print $3 }' | sort -u)
if [ -n "$bad" ]; then
    echo "global symbols without the kj_ prefix in libkaiji.a:"
    echo "$bad"
    exit 1
fi
echo "libkaiji.a: every global symbol is kj_-prefixed"
