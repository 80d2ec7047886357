#!/usr/bin/env bash
# Bytes that are not UTF-8: a damaged byte keeps the release (U+FFFD and a
# warning); bytes that are no text at all skip the file (warning, exit 65);
# a file name that is not UTF-8 still gives a UTF-8 record.
. "$(dirname "$0")/lib.sh"

python3 - "$MONTH" <<'PY'
import random, sys
d = sys.argv[1]
text = ("# 公表概要\n- 不正アクセスに関するお知らせ\n- 2026年1月15日\n- 株式会社こわれ\n\n"
        "# 本文\n当社サーバーが不正アクセスを受けました。").encode()
# a stray byte, an overlong slash, a surrogate and a cut sequence
open(d + "/15_株式会社こわれ.md", "wb").write(
    text + b"\xff" + "調査中です。".encode() + b"\xc0\xaf\xed\xa0\x80" + "続報。".encode() + b"\xe6\x97\n")
random.seed(8)
open(d + "/16_株式会社ごみ.md", "wb").write(bytes(random.randrange(256) for _ in range(50000)))
open(d.encode() + b"/17_\x8a\x94\x8e\xae\x89\xef\x8e\xd0.md", "wb").write(  # 株式会社 in CP932
    "# 公表概要\n- 題\n- 2026年1月17日\n- 株式会社なまえ\n".encode())
PY

within 20 65 "export goes on past undecodable bytes (65: one file left out)" "$KAIJI" export "$ARCHIVE"
stderr_has "15_株式会社こわれ.md: warning: not valid UTF-8 throughout: stray bytes read as U+FFFD" \
  "the damaged file is kept, with a warning naming it"
stderr_has "16_株式会社ごみ.md: warning: bytes are neither UTF-8 nor Shift_JIS" \
  "the undecodable file is named and skipped"
stderr_has "warning: file name is not UTF-8" "the odd file name is reported"
python3 - "$TMP/stdout" <<'PY' && pass "records are valid UTF-8 JSON, damaged text kept" || fail "records"
import json, sys
raw = open(sys.argv[1], "rb").read()
recs = {r["path"]: r for r in map(json.loads, raw.decode("utf-8").splitlines())}
r = recs["2026/01/15_株式会社こわれ.md"]
assert r["organizations"] == ["株式会社こわれ"] and r["published"] == "2026-01-15", r
assert "2026/01/16_株式会社ごみ.md" not in recs
odd = [p for p in recs if p.startswith("2026/01/17_")]
assert len(odd) == 1 and "\ufffd" in odd[0], odd
assert recs[odd[0]]["organizations"] == ["株式会社なまえ"]
assert len(recs) == 4, sorted(recs)
PY
neighbours_unchanged
finish
