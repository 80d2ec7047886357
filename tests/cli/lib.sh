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

# wait_for SECONDS COMMAND...: polls until COMMAND succeeds; false when it
# has not after SECONDS (a bound for a failing test only: a passing one
# goes on as soon as the condition holds).
wait_for() {
  local limit=$1 start=$SECONDS
  shift
  until "$@"; do
    [ $((SECONDS - start)) -ge "$limit" ] && return 1
    sleep 0.05
  done
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

# ------------------------------------------------------------------ PDFs
# JLReq line-start prohibited characters (the issue's list and their kin).
NO_LINE_START='、。，．）」』】〕〉》］｝ー・々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ？！：；'

# pdf_checks FILE WHAT: the PDF is sound, its fonts are embedded and
# Japanese, and no line of its text starts with a prohibited character.
pdf_checks() {
  local pdf=$1 what=$2
  if qpdf --check "$pdf" >"$TMP/qpdf.out" 2>&1; then pass "$what: qpdf --check clean"; else
    fail "$what: qpdf --check: $(tail -3 "$TMP/qpdf.out")"
  fi
  pdffonts "$pdf" >"$TMP/fonts.out" 2>&1
  if awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }' "$TMP/fonts.out" &&
     [ "$(awk 'NR > 2' "$TMP/fonts.out" | wc -l)" -gt 0 ]; then
    pass "$what: every font embedded"
  else
    fail "$what: fonts not embedded: $(cat "$TMP/fonts.out")"
  fi
  if grep -Eq 'BIZUD|CJKjp|IPAex' "$TMP/fonts.out"; then pass "$what: a Japanese font"; else
    fail "$what: no Japanese font among: $(awk 'NR > 2 { print $1 }' "$TMP/fonts.out" | tr '\n' ' ')"
  fi
  LC_ALL=C.UTF-8 pdftotext -layout "$pdf" - | LC_ALL=C.UTF-8 sed 's/^[[:space:]　]*//' |
    LC_ALL=C.UTF-8 grep -n "^[$NO_LINE_START]" >"$TMP/kinsoku.out"
  if [ ! -s "$TMP/kinsoku.out" ]; then pass "$what: no text line starts with a prohibited character"; else
    fail "$what: lines start with prohibited characters: $(head -5 "$TMP/kinsoku.out")"
  fi
}
