#!/usr/bin/env bash
# Two `kaiji run`s at once: while one is delivering (so holding the lock),
# the other reports the lock, naming the first, and exits 75 without
# sending; a run killed while holding the lock leaves none behind.  The
# server holds each message until the test lets it through (--gate), so
# "while" is a condition the test waits for, never a guess with sleep.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mail_lib.sh"

CFG="$TMP/kaiji.json"
STATE="$TMP/state/kaiji-state.json"
GATE="$TMP/gate"
mkdir -p "$GATE"
start_smtp gated --gate "$GATE"
write_config "$CFG" "$(smtp_delivery "$SMTP_PORT")"

# delivering N PID: waits until message N reached the server (its run is
# mid-delivery, holding the lock) or the run PID ended; true in the first case.
delivering() {
  wait_for 120 bash -c "[ -e '$GATE/arrived-$1' ] || ! kill -0 $2 2>/dev/null"
  [ -e "$GATE/arrived-$1" ] && kill -0 "$2" 2>/dev/null
}

"$KAIJI" run --config "$CFG" --today 2026-04-02 >"$TMP/a.out" 2>"$TMP/a.err" &
a=$!
check "the first run is delivering, holding the lock" delivering 1 $a
expect_status 75 "a second run meanwhile" "$KAIJI" run --config "$CFG" --today 2026-04-02
stderr_has "another kaiji run (process $a) holds the lock" "it names the working run as holding the lock"
touch "$GATE/open"
wait $a
sa=$?
check "the first run then finishes (exit $sa)" [ "$sa" -eq 0 ]
check "exactly one message was sent" [ "$(received)" -eq 1 ]
check "the lock file sits beside the state" [ -f "$TMP/state/kaiji-state.json.lock" ]

# A run killed while it holds the lock: the kernel releases it.
rm -f "$GATE/open"
add_release 2026-04-20 株式会社ながれ工業 "システム障害についてのお知らせ"
"$KAIJI" run --config "$CFG" --today 2026-05-02 >/dev/null 2>&1 &
victim=$!
check "the run to be killed is delivering, holding the lock" delivering 2 $victim
{
  kill -9 $victim
  wait $victim
  sv=$?
} 2>/dev/null
check "it was killed (status $sv), not finished" [ "$sv" -eq 137 ]
touch "$GATE/open"
expect_status 0 "the next run after a killed one works" "$KAIJI" run --config "$CFG" --today 2026-05-02
stderr_has "monthly 2026-04: sent to" "and sends what the killed run did not record"
check "the state records April" "$PY" -c 'import json,sys; s=json.load(open(sys.argv[1])); sys.exit("2026-04" not in s["jobs"]["monthly"]["sent"])' "$STATE"

# The lock held by a process that wrote no id, the file still naming a run
# long gone: the message names no process rather than a wrong one.
LOCK="$TMP/state/kaiji-state.json.lock"
sh -c 'exit 0' &
dead=$!
wait $dead
printf '%s\n' "$dead" >"$LOCK"
"$PY" -c 'import fcntl, sys, time
f = open(sys.argv[1], "a")
fcntl.flock(f, fcntl.LOCK_EX)
open(sys.argv[2], "w").close()
time.sleep(3600)' "$LOCK" "$TMP/held" &
holder=$!
SERVER_PIDS+=("$holder")
check "another process holds the lock" wait_for 60 test -e "$TMP/held"
expect_status 75 "a run while another process holds the lock" "$KAIJI" run --config "$CFG" --today 2026-05-02
stderr_has "another kaiji run holds the lock" "it says the lock is held, naming no process"
check "not the stale id $dead" bash -c "! grep -q 'process $dead' '$TMP/stderr'"
kill $holder
wait $holder 2>/dev/null

finish
