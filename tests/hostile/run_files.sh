#!/usr/bin/env bash
# The files `kaiji run` reads besides the archive — its configuration, the
# SMTP password file, the state file — as FIFOs, devices, huge or empty
# files: refused at once with the file and the reason, never a hung or
# memory-hungry cron job.
. "$(dirname "$0")/lib.sh"

mkfifo "$TMP/fifo.json"
within 10 66 "a FIFO as configuration is refused, not waited on" \
  "$KAIJI" run --config "$TMP/fifo.json" --check
stderr_has "fifo.json: not a regular file" "the FIFO configuration is named"
within 10 66 "/dev/zero as configuration is refused, not read for ever" \
  "$KAIJI" run --config /dev/zero --check
stderr_has "/dev/zero: not a regular file" "the device is named"
truncate -s 2G "$TMP/huge.json"
within 10 78 "a 2 GB configuration is refused unread (a configuration error)" \
  "$KAIJI" run --config "$TMP/huge.json" --check
stderr_has "huge.json: file too large: 2048 MB (at most 1 MB)" "the size and the limit are named"

# config PASSWORD_FILE STATE_FILE: a configuration using them.
config() {
  cat >"$TMP/kaiji.json" <<JSON
{
  "archive": "$ARCHIVE",
  "out_dir": "$TMP/out",
  "state_file": "$2",
  "from": "kaiji@example.jp",
  "to": ["risk@example.jp"],
  "delivery": {"method": "smtp", "smtp": {"host": "smtp.example.jp", "port": 587,
    "security": "starttls", "user": "kaiji", "password_file": "$1"}},
  "jobs": [{"name": "monthly", "kind": "digest", "period": "month", "subject": "{month}"}]
}
JSON
}
: >"$TMP/empty-password" && chmod 600 "$TMP/empty-password"
config "$TMP/empty-password" "$TMP/state.json"
within 10 78 "an empty password file is a configuration error" "$KAIJI" run --config "$TMP/kaiji.json" --check
stderr_has "delivery.smtp.password_file: $TMP/empty-password: the file is empty" "named with the key"
# Reading it used to look at uninitialised memory (the empty buffer had no
# terminating NUL): valgrind says so where it can run (following kaiji into
# kaiji-report, which runs `run`).
if command -v valgrind >/dev/null && [ "${KAIJI_SANITIZE:-none}" = none ]; then
  within 60 78 "valgrind: no uninitialised read for an empty password file" \
    valgrind -q --trace-children=yes --error-exitcode=99 "$KAIJI" run --config "$TMP/kaiji.json" --check
fi
mkfifo -m 600 "$TMP/password"
config "$TMP/password" "$TMP/state.json"
within 10 78 "a FIFO as password file is refused, not waited on" "$KAIJI" run --config "$TMP/kaiji.json" --check
stderr_has "delivery.smtp.password_file: $TMP/password: not a regular file" "named with the key"

printf 'secret\n' >"$TMP/good-password" && chmod 600 "$TMP/good-password"
config "$TMP/good-password" "$TMP/fifo.json"
within 10 66 "a FIFO as state file is refused, not waited on" \
  "$KAIJI" run --config "$TMP/kaiji.json" --check --today 2026-02-02
stderr_has "fifo.json: cannot read the state: not a regular file" "the state file is named"
finish
