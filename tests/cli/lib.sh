# lib.sh — shared by the command-line tests: a scratch folder, assertions,
# and a count of failures that decides the exit status.
set -u
: "${KAIJI:?KAIJI must name the kaiji binary}"
: "${SAMPLE:?SAMPLE must name the sample archive}"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/kaiji-test.XXXXXX")
trap 'chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

pass() {
  echo "ok: $*"
}

# check DESCRIPTION COMMAND...: passes when COMMAND succeeds
check() {
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

# expect_status N DESCRIPTION COMMAND...: runs COMMAND, compares its status
expect_status() {
  local want=$1 what=$2
  shift 2
  "$@" >"$TMP/stdout" 2>"$TMP/stderr"
  local got=$?
  if [ "$got" -eq "$want" ]; then pass "$what (exit $got)"; else
    fail "$what: exit $got, wanted $want; stderr: $(head -c 400 "$TMP/stderr")"
  fi
}

# stderr_has TEXT DESCRIPTION: the last expect_status's stderr contains TEXT
stderr_has() {
  if grep -qF -- "$1" "$TMP/stderr"; then pass "$2"; else
    fail "$2: stderr lacks '$1': $(head -c 400 "$TMP/stderr")"
  fi
}

finish() {
  if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
  fi
  exit 0
}

# The sample archive's release files (what kaiji should find).
sample_count() {
  find "$SAMPLE" -path '*/[0-9][0-9][0-9][0-9]/[0-9][0-9]/*' -name '[0-9X][0-9X]_*.md' | wc -l
}
