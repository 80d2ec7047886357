# lib.sh — shared by the hostile-input tests (on top of tests/cli/lib.sh).
#
# Every hostile case is checked the same way: kaiji does not crash, names
# the file and the reason, exits with the documented status, finishes in
# bounded time, and the good files beside the hostile one export exactly
# as they do without it.
. "$(dirname "$0")/../cli/lib.sh"

ARCHIVE="$TMP/archive"
MONTH="$ARCHIVE/2026/01"
mkdir -p "$MONTH"

# Two ordinary releases that sit beside every hostile file.
neighbour() { # neighbour DAY ORG
  printf '# 公表概要\n- 不正アクセスに関するお知らせ\n- 2026年1月%d日\n- %s\n- https://example.jp/news/%d\n\n# 本文\n## 経緯\n当社サーバーが不正アクセスを受け、約1,200件の個人情報が流出した可能性があります。\n\n| 区分 | 件数 |\n| --- | --- |\n| 顧客 | 1,200件 |\n' \
    "$((10#$1))" "$2" "$((10#$1))" >"$MONTH/$1_$2.md"
}
neighbour 01 株式会社となり一
neighbour 31 株式会社となり二
mkdir -p "$TMP/clean/2026/01"
cp "$MONTH/01_株式会社となり一.md" "$MONTH/31_株式会社となり二.md" "$TMP/clean/2026/01/"
"$KAIJI" export "$TMP/clean" >"$TMP/clean.jsonl" 2>/dev/null || fail "the neighbours alone do not export"

# neighbours_unchanged: the neighbours' records in the last run's output are
# byte for byte what they are without the hostile file.
neighbours_unchanged() {
  grep -e '"path":"2026/01/01_株式会社となり一.md"' -e '"path":"2026/01/31_株式会社となり二.md"' \
    "$TMP/stdout" >"$TMP/neighbours.jsonl"
  if [ "$(wc -l <"$TMP/clean.jsonl")" -eq 2 ] && cmp -s "$TMP/clean.jsonl" "$TMP/neighbours.jsonl"; then
    pass "the neighbouring releases export unchanged"
  else
    fail "the neighbouring releases changed or went missing"
  fi
}

# within SECONDS STATUS DESCRIPTION COMMAND...: like expect_status, and the
# command must end by itself in bounded time (hostile input must not make
# the run hang or go quadratic, which costs minutes where SECONDS is what a
# sound run needs at most).  The bound is no window a loaded machine could
# miss: the command is stopped, and the check fails, only at three times
# SECONDS (six in a sanitizer build); the time taken is reported.
within() {
  local limit=$1 want=$2 what=$3
  shift 3
  local stop=$((limit * 3))
  [ "${KAIJI_SANITIZE:-none}" = none ] || stop=$((stop * 2))
  local start=$SECONDS
  timeout "$stop" "$@" >"$TMP/stdout" 2>"$TMP/stderr"
  local got=$? took=$((SECONDS - start))
  if [ "$got" -eq 124 ]; then
    fail "$what: still running after ${stop} s (a sound run needs at most ${limit} s), stopped"
  elif [ "$got" -ne "$want" ]; then
    fail "$what: exit $got, wanted $want; stderr: $(head -c 400 "$TMP/stderr")"
  else
    pass "$what (exit $got, ${took} s)"
  fi
}

# peak_memory_below MB DESCRIPTION COMMAND...: the command's peak memory
# (resident set) stays below MB — three times that in a sanitizer build,
# whose shadow memory and quarantine cost a few hundred MB of their own.
peak_memory_below() {
  local limit=$1 what=$2
  shift 2
  [ "${KAIJI_SANITIZE:-none}" = none ] || limit=$((limit * 3))
  local peak
  peak=$(python3 - "$@" <<'PY'
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
PY
  )
  if [ -n "$peak" ] && [ "$peak" -lt "$limit" ]; then pass "$what (${peak} MB)"; else
    fail "$what: peak ${peak:-?} MB, limit ${limit} MB"
  fi
}

# record PATH: the exported record of archive path PATH from the last run.
record() {
  grep -F "\"path\":\"$1\"" "$TMP/stdout"
}

# generate FILE PYTHON-EXPRESSION: writes a large input at test time (never
# committed); the expression builds the body text.
generate() {
  python3 - "$1" "$2" <<'PY'
import sys
path, expr = sys.argv[1], sys.argv[2]
head = "# 公表概要\n- 題\n- 2026年1月15日\n- 株式会社かいじ\n- https://example.jp/\n\n# 本文\n"
body = eval(expr)
data = body.encode("utf-8") if isinstance(body, str) else body
with open(path, "wb") as f:
    f.write(data)
PY
}
