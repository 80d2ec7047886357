#!/usr/bin/env bash
# `kaiji run` configuration errors: each names FILE:LINE:COLUMN and the key,
# exits 78, and happens before anything is read or sent.  The shipped example
# configuration is valid.
. "$(dirname "$0")/lib.sh"

CFG="$TMP/k.json"
PY3=/usr/bin/python3
# config JSON_TEXT: writes it to $CFG
config() { printf '%s\n' "$1" >"$CFG"; }
GOOD_DELIVERY='"delivery": {"method": "sendmail", "sendmail": {"command": ["/bin/true"]}}'
base() {
  cat <<JSON
{
  "archive": "$SAMPLE",
  "state_file": "$TMP/state.json",
  "from": "kaiji@example.jp",
  "to": ["risk@example.jp"],
  $GOOD_DELIVERY,
  "jobs": [$1]
}
JSON
}

expect_status 64 "no --config" "$KAIJI" run
expect_status 66 "a missing configuration" "$KAIJI" run --config "$TMP/nowhere.json"
stderr_has "$TMP/nowhere.json" "names the file"

config '{"archive": "x",
  "jobs": [ }'
expect_status 78 "invalid JSON" "$KAIJI" run --config "$CFG"
stderr_has "$CFG:2:13: not valid JSON" "names line and column"

config "$(base '{"name": "m", "kind": "export",
    "subjet": "x"}')"
expect_status 78 "a misspelt key" "$KAIJI" run --config "$CFG"
stderr_has "$CFG:8:5: jobs[0].subjet: unknown key (did you mean \"subject\"?)" \
  "names line:column, the key, and the likely one"

config "$(base '{"name": "m", "kind": "export", "largest": "5"}')"
expect_status 78 "a number in quotes" "$KAIJI" run --config "$CFG"
stderr_has "$CFG:7:44: jobs[0].largest: must be a whole number" "says what it must be"

config "$(base '{"name": "m", "kind": "export", "subject": "{month} {montj}"}')"
expect_status 78 "an unknown placeholder" "$KAIJI" run --config "$CFG"
stderr_has "jobs[0].subject: unknown placeholder {montj}" "names the placeholder"

config "$(base '{"name": "m", "kind": "export", "to": ["risk@example.jp", "not an address"]}')"
expect_status 78 "a bad address" "$KAIJI" run --config "$CFG"
stderr_has "jobs[0].to[1]:" "names the list element"

config "$(base '{"name": "m", "kind": "export"}, {"name": "m", "kind": "digest"}')"
expect_status 78 "two jobs with one name" "$KAIJI" run --config "$CFG"
stderr_has "jobs[1].name: another job is already called" "names the second"

config "$(base '{"name": "m", "kind": "newsletter"}')"
expect_status 78 "an unknown job kind" "$KAIJI" run --config "$CFG"
stderr_has "jobs[0].kind: unknown kind \"newsletter\"" "names it"

config "$(base '{"name": "m", "kind": "export", "since": "2026-13"}')"
expect_status 78 "a since that is no month" "$KAIJI" run --config "$CFG"
stderr_has "jobs[0].since:" "names it"

# The page design of a PDF job is read with the configuration.
printf '{"sections": ["summary", "gossip"]}\n' >"$TMP/odd-layout.json"
config "$(base "{\"name\": \"m\", \"kind\": \"briefing\", \"layout\": \"$TMP/odd-layout.json\"}")"
expect_status 78 "a briefing layout with an unknown section" "$KAIJI" run --config "$CFG" --check
stderr_has "jobs[0].layout: $TMP/odd-layout.json" "names the job's layout key and the file"
stderr_has "gossip" "and the unknown section"
config "$(base "{\"name\": \"p\", \"kind\": \"onepagers\", \"layout\": \"$TMP/no-layout.json\"}")"
expect_status 78 "a one-pager layout that does not exist" "$KAIJI" run --config "$CFG"
stderr_has "jobs[0].layout: $TMP/no-layout.json" "names it"
config "$(base '{"name": "b", "kind": "briefing"}, {"name": "p", "kind": "onepagers"}')"
expect_status 0 "briefing and onepagers jobs with the shipped layouts" "$KAIJI" run --config "$CFG" --check --today 2026-04-02
check "--check lists both kinds" grep -q "job p: onepagers" "$TMP/stdout"

smtp() {
  GOOD_DELIVERY="\"delivery\": {\"smtp\": {\"host\": \"127.0.0.1\", $1}}" base '{"name": "m", "kind": "export"}'
}
config "$(smtp '"user": "kaiji", "password_env": "KAIJI_TEST_UNSET_PASSWORD"')"
expect_status 78 "a password variable that is not set" "$KAIJI" run --config "$CFG"
stderr_has "delivery.smtp.password_env: the environment variable KAIJI_TEST_UNSET_PASSWORD is not set" "says so"

config "$(smtp '"security": "none", "user": "kaiji", "password_env": "KAIJI_TEST_PW"')"
KAIJI_TEST_PW=x expect_status 78 "a password without TLS" "$KAIJI" run --config "$CFG"
stderr_has "delivery.smtp.security: a password must never travel unencrypted" "refuses"

printf 'secret\n' >"$TMP/pw"
chmod 644 "$TMP/pw"
config "$(smtp "\"user\": \"kaiji\", \"password_file\": \"$TMP/pw\"")"
expect_status 78 "a password file every user can read" "$KAIJI" run --config "$CFG"
stderr_has "can be read by every user" "says why"
chmod 600 "$TMP/pw"
expect_status 0 "the same file, chmod 600" "$KAIJI" run --config "$CFG" --check

config "$(smtp '"port": 70000')"
expect_status 78 "a port out of range" "$KAIJI" run --config "$CFG"
stderr_has "delivery.smtp.port: must be between 1 and 65535" "says the range"

config "$(smtp '"user": "kaiji"')"
expect_status 78 "a user without a password" "$KAIJI" run --config "$CFG"

config "$(base '{"name": "m", "kind": "export"}')"
expect_status 64 "--job that does not exist" "$KAIJI" run --config "$CFG" --job nope
expect_status 0 "--check of a good configuration" "$KAIJI" run --config "$CFG" --check --today 2026-04-02
check "--check lists what is due" grep -q "^due: m 2026-03$" "$TMP/stdout"
check "--check wrote no state" [ ! -e "$TMP/state.json" ]

printf '{"version": 1, "jobs": {"m": {"sent": []}}}\n' >"$TMP/state.json"
expect_status 65 "a damaged state file" "$KAIJI" run --config "$CFG" --today 2026-04-02
stderr_has "not a kaiji state file" "says so and sends nothing"

KAIJI_SMTP_PASSWORD=x expect_status 0 "the shipped example configuration is valid" \
  "$KAIJI" run --config "$SOURCE_ROOT/examples/kaiji-run.json" --check

# Every configuration the README shows is read without error (its files
# pointed at scratch copies): no key in it is misspelt or unknown.
printf 'x\n' >"$TMP/pw" && chmod 600 "$TMP/pw"
"$PY3" - "$SOURCE_ROOT/README.md" "$TMP" "$SAMPLE" "$SOURCE_ROOT" <<'PY'
import json, re, sys
readme, tmp, sample, root = sys.argv[1:]
text = open(readme, encoding="utf-8").read()
section = text[text.index("## Unattended runs"):text.index("## Layouts and fonts")]
for n, block in enumerate(re.findall(r"```json\n(.*?)```", section, re.S)):
    cfg = json.loads(block)
    if "jobs" not in cfg:
        continue  # the state file
    cfg.update(archive=sample, out_dir=f"{tmp}/out", state_file=f"{tmp}/readme-state.json")
    if "lock_file" in cfg:
        cfg["lock_file"] = f"{tmp}/readme.lock"
    smtp = cfg["delivery"].get("smtp", {})
    if "password_file" in smtp:
        smtp["password_file"] = f"{tmp}/pw"
    if "ca_file" in smtp:
        smtp["ca_file"] = f"{tmp}/pw"
    for job in cfg["jobs"]:
        if "layout" in job:
            job["layout"] = f"{root}/layouts/{'briefing' if job['kind'] == 'briefing' else 'onepager'}.json"
    json.dump(cfg, open(f"{tmp}/readme-{n}.json", "w"), ensure_ascii=False)
PY
n_readme=0
for f in "$TMP"/readme-[0-9]*.json; do
  n_readme=$((n_readme + 1))
  KAIJI_SMTP_PASSWORD=x expect_status 0 "README's configuration $(basename "$f") is valid" \
    "$KAIJI" run --config "$f" --check
done
check "the README shows two configurations ($n_readme)" [ "$n_readme" -eq 2 ]

finish
