# mail_lib.sh — shared by the `kaiji run` tests (after lib.sh): a real SMTP
# server on loopback started and stopped by the test, a scratch copy of the
# sample archive that the test "updates" with releases of its own, and a
# configuration writer.

# Debian's python3 has aiosmtpd; a pyenv python3 earlier on PATH may not.
PY=/usr/bin/python3
SMTP_TOOL="$SOURCE_ROOT/tests/tools/smtp_server.py"
if ! "$PY" -c 'import aiosmtpd' 2>/dev/null; then
  echo "SKIP: $PY has no aiosmtpd (Debian package python3-aiosmtpd; scripts/setup.sh installs it)"
  exit 77
fi

SERVER_PIDS=()
cleanup_mail() {
  for pid in "${SERVER_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
  chmod -R u+rwx "$TMP" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup_mail EXIT

# start_smtp NAME [server options...]: starts a server storing into
# $TMP/smtp-NAME; sets SMTP_PORT, SMTP_PID and SMTP_STORE.
start_smtp() {
  local name=$1
  shift
  SMTP_STORE="$TMP/smtp-$name"
  mkdir -p "$SMTP_STORE"
  rm -f "$SMTP_STORE.port"
  "$PY" "$SMTP_TOOL" --port-file "$SMTP_STORE.port" --store "$SMTP_STORE" --lifetime 3600 "$@" \
    2>>"$TMP/smtp-$name.log" &
  SMTP_PID=$!
  SERVER_PIDS+=("$SMTP_PID")
  wait_for 60 bash -c "[ -s '$SMTP_STORE.port' ] || ! kill -0 $SMTP_PID 2>/dev/null"
  SMTP_PORT=$(cat "$SMTP_STORE.port" 2>/dev/null)
  if [ -z "$SMTP_PORT" ]; then
    echo "FAIL: SMTP server $name did not start: $(cat "$TMP/smtp-$name.log")" >&2
    exit 1
  fi
}

stop_smtp() {
  kill "$SMTP_PID" 2>/dev/null
  wait "$SMTP_PID" 2>/dev/null
}

# received [STORE]: number of messages a server stored
received() {
  find "${1:-$SMTP_STORE}" -name '*.eml' 2>/dev/null | wc -l
}

# A port nothing listens on: bound and released by the kernel just now.
free_port() {
  "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# The sample archive, copied so that the test can add releases ("git pull").
ARCHIVE="$TMP/archive"
mkdir -p "$ARCHIVE"
cp -R "$SAMPLE"/20[0-9][0-9] "$ARCHIVE"/

# add_release YYYY-MM-DD ORGANISATION TITLE: a fictional release, filed that day
add_release() {
  local date=$1 org=$2 title=$3
  local y=${date:0:4} m=${date:5:2} d=${date:8:2}
  mkdir -p "$ARCHIVE/$y/$m"
  cat >"$ARCHIVE/$y/$m/${d}_${org}.md" <<EOF
# 公表概要
- ${title}
- ${y}年$((10#$m))月$((10#$d))日
- ${org}
- https://www.example.jp/news/${y}${m}${d}/

# 本文
このたび、${org}において不正アクセスが確認されました。お客様にはご心配をおかけしておりますことをお詫び申し上げます。
EOF
}

# write_config FILE DELIVERY_JSON [EXTRA_TOP_LEVEL_JSON_MEMBERS]: a configuration
# with one monthly export job "monthly" (or the jobs of $CFG_JOBS, a JSON
# list); its state is $CFG_STATE (default $TMP/state/kaiji-state.json), its
# recipients $CFG_TO (a JSON list).
write_config() {
  local file=$1 delivery=$2 extra=${3:-}
  local to='["リスク管理室 <risk@example.jp>"]'
  [ -n "${CFG_TO:-}" ] && to=$CFG_TO
  local jobs='[{"name": "monthly", "kind": "export", "subject": "【開示】{month}の公表一覧（{count}件）"}]'
  [ -n "${CFG_JOBS:-}" ] && jobs=$CFG_JOBS
  cat >"$file" <<EOF
{
  "archive": "$ARCHIVE",
  "out_dir": "$TMP/out",
  "state_file": "${CFG_STATE:-$TMP/state/kaiji-state.json}",
  "max_archive_lag_days": 14,
  "from": "開示レポート <kaiji@example.jp>",
  "to": $to,
  "cc": ["audit@example.jp"],
  "delivery": $delivery,
  ${extra:+$extra,}
  "jobs": $jobs
}
EOF
}

# smtp_delivery PORT [TIMEOUT]: a generous limit unless a test is about it,
# so that a loaded machine (a sanitizer build) never times out a working server.
smtp_delivery() {
  echo "{\"method\": \"smtp\", \"smtp\": {\"host\": \"127.0.0.1\", \"port\": $1, \"security\": \"none\", \"timeout_seconds\": ${2:-60}}}"
}
