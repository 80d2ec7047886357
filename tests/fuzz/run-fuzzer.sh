#!/usr/bin/env bash
# run-fuzzer.sh FUZZER SECONDS DICT ARTIFACTS CORPUS... — runs one libFuzzer
# harness for a bounded time from the given corpora (read, never written:
# new inputs go to a scratch folder).  Fails when the fuzzer finds a crash,
# a sanitizer report, a broken invariant, a hang (10 s on one input) or
# runaway memory; the input is kept under ARTIFACTS.  KAIJI_FUZZ_SECONDS
# overrides SECONDS for a longer local run.
set -u
fuzzer=$1 seconds=${KAIJI_FUZZ_SECONDS:-$2} dict=$3 artifacts=$4
shift 4
name=$(basename "$fuzzer")
work=$(mktemp -d "${TMPDIR:-/tmp}/kaiji-$name.XXXXXX")
trap 'rm -rf "$work" "$work.log"' EXIT
mkdir -p "$artifacts"
opts=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384
  -print_final_stats=1 -artifact_prefix="$artifacts/$name-")
[ -f "$dict" ] && opts+=(-dict="$dict")

"$fuzzer" "${opts[@]}" "$work" "$@" 2>"$work.log"
status=$?
grep -E '^stat::|^#[0-9]+.*DONE' "$work.log"
if [ "$status" -ne 0 ]; then
  # The finding itself: the sanitizer report or broken invariant, its stack.
  grep -v -E '^#[0-9]+ +(NEW|REDUCE|pulse|INITED|RELOAD)' "$work.log" | head -n 80 >&2
  echo "FAIL: $name found a problem (exit $status); the input is in $artifacts/." >&2
  echo "Reproduce: $fuzzer $artifacts/$name-<file>; once fixed, add the input to" >&2
  echo "tests/fuzz/regress/${name#fuzz_}/ so every build replays it." >&2
  exit 1
fi
echo "ok: $name ran ${seconds}s without a finding"
