#!/usr/bin/env bash
# Two `kaiji run`s started together: one works, the other reports the lock
# and exits 75 without sending; a run killed while holding the lock leaves
# none behind.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mail_lib.sh"

CFG="$TMP/kaiji.json"
# A slow server (2 s before it accepts the data) keeps the first run busy.
start_smtp slow --delay 2
write_config "$CFG" "$(smtp_delivery "$SMTP_PORT")"

"$KAIJI" run --config "$CFG" --today 2026-04-02 >"$TMP/a.out" 2>"$TMP/a.err" &
a=$!
"$KAIJI" run --config "$CFG" --today 2026-04-02 >"$TMP/b.out" 2>"$TMP/b.err" &
b=$!
wait $a
sa=$?
wait $b
sb=$?
statuses=$(printf '%s\n' "$sa" "$sb" | sort | tr '\n' ' ')
check "one run exits 0, the other 75 (got $sa and $sb)" [ "$statuses" = "0 75 " ]
check "the other says another run holds the lock" \
  grep -qhE "another kaiji run( \(process [0-9]+\))? holds the lock" "$TMP/a.err" "$TMP/b.err"
# The process it names, if any, is the run that works — never a stale or empty id.
named=$(grep -ohE "another kaiji run \(process [0-9]+\)" "$TMP/a.err" "$TMP/b.err" | tr -dc 0-9)
if [ "$sa" = 0 ]; then worker=$a; else worker=$b; fi
check "the process named holding the lock is the working run (named: ${named:-none}, worker: $worker)" \
  [ -z "$named" -o "$named" = "$worker" ]
check "exactly one message was sent" [ "$(received)" -eq 1 ]
check "the lock file sits beside the state" [ -f "$TMP/state/kaiji-state.json.lock" ]

# A run killed while it holds the lock: the kernel releases it.
add_release 2026-04-20 株式会社ながれ工業 "システム障害についてのお知らせ"
"$KAIJI" run --config "$CFG" --today 2026-05-02 >/dev/null 2>&1 &
victim=$!
sleep 1
{
  kill -9 $victim
  wait $victim
} 2>/dev/null
expect_status 0 "the next run after a killed one works" "$KAIJI" run --config "$CFG" --today 2026-05-02
check "and sends what the killed run did not record" [ "$(received)" -ge 2 ]

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
time.sleep(60)' "$LOCK" "$TMP/held" &
holder=$!
for i in $(seq 100); do [ -e "$TMP/held" ] && break; sleep 0.1; done
expect_status 75 "a run while another process holds the lock" "$KAIJI" run --config "$CFG" --today 2026-05-02
stderr_has "another kaiji run holds the lock" "it says the lock is held, naming no process"
check "not the stale id $dead" bash -c "! grep -q 'process $dead' '$TMP/stderr'"
kill $holder
wait $holder 2>/dev/null

finish
