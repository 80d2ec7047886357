#!/usr/bin/env python3
"""Check hand-labelled release records against ../shared/gold/SCHEMA.md.

usage: validate.py [LABELS.jsonl] [--corpus DIR]

Defaults: own.jsonl next to this script; corpus ../shared/corpus relative to
the repository root.  Checks, per record:
  * keys present and in the dev.jsonl order, nothing extra;
  * vocabularies (attack_types, leak_status, victim_categories, data_types,
    data_types_excluded, reported_to), sorted lists without duplicates;
  * dates ISO (YYYY-MM-DD or YYYY-MM) and real calendar dates, not after the
    release's publication; numbers are non-negative ints, confirmed <= total;
  * report is {"number": int|null, "final": bool};
  * every non-empty / non-default field has an evidence entry, evidence keys
    name real fields, quotes are short;
and, when the corpus is present:
  * the path exists; `published` and `organizations` agree with the overview;
  * every evidence quote occurs in the release (pieces split on '／' and '…',
    compared without whitespace after NFKC; pieces ending in '（title）' are
    checked against the title).
Exit status 0 when clean, 1 with one line per problem otherwise.  Without the
corpus only the self-contained checks run (a message says so).
"""
import datetime
import json
import os
import re
import sys
import unicodedata

KEYS = ["path", "published", "organizations", "report", "attack_types", "third_party",
        "leak_status", "affected_persons", "affected_persons_confirmed",
        "affected_organizations", "victim_categories", "data_types", "data_types_excluded",
        "occurred", "detected", "reported_to", "evidence", "notes"]
# The second labelled set (v2/) adds the unit, scope and origin of the figure.
KEYS_V2 = ["path", "published", "organizations", "report", "attack_types", "third_party",
           "leak_status", "affected_persons", "affected_persons_confirmed",
           "affected_organizations", "affected_unit", "figure_scope", "origin",
           "origin_aliases", "victim_categories", "data_types", "data_types_excluded",
           "occurred", "detected", "reported_to", "evidence", "notes"]
UNITS = {"persons", "records", "accounts"}
SCOPES = {"own", "origin_total"}
ATTACK = {"ransomware", "unauthorized_access", "malware", "phishing", "account_takeover",
          "web_tampering", "misconfiguration", "misdelivery", "ddos", "vulnerability",
          "insider", "loss_theft", "system_failure", "spam_relay"}
LEAK = {"confirmed", "possible", "none", "unknown"}
VICTIM = {"customers", "business_partners", "employees", "shareholders", "applicants",
          "students", "patients", "residents", "family", "other"}
DATA = {"name", "address", "phone", "email", "birthdate", "gender", "age", "affiliation",
        "my_number", "credit_card", "bank_account", "passport", "drivers_license",
        "id_document", "pension_number", "insurance_number", "tax_id", "employee_number",
        "credentials", "purchase_history", "health", "hr", "student_record",
        "shareholding", "other"}
REPORTED = {"ppc", "police", "ministry", "ipa_jpcert"}
SETS = {"attack_types": ATTACK, "victim_categories": VICTIM, "data_types": DATA,
        "data_types_excluded": DATA, "reported_to": REPORTED}
INTS = ["affected_persons", "affected_persons_confirmed", "affected_organizations"]
DATES = ["published", "occurred", "detected"]
MAX_QUOTE = 200  # characters per evidence string: short justifying phrases only


def norm(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def parse_date(value):
    """Return (date, precision) or None for a malformed value."""
    if not isinstance(value, str):
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return datetime.date.fromisoformat(value), "day"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return datetime.date.fromisoformat(value + "-01"), "month"
    except ValueError:
        return None
    return None


def overview(text):
    """The bullets of the '# 公表概要' section."""
    bullets, inside, headings = [], False, 0
    for line in text.splitlines():
        if line.startswith("# ") or line.strip() == "#":
            # `# 公表概要`; a few files open with a bare `# ` heading or another
            # title (`# 公表以外用`) instead: the file's first section, as kaiji reads it
            first = headings == 0 and not line.strip().startswith("# 本文")
            headings += 1
            inside = line.strip().startswith("# 公表概要") or (first and not bullets)
            continue
        # `- 2025年…`, also written `-公益財団法人…` without the space
        if inside and line.startswith("-") and not line.startswith("--"):
            bullets.append(line[1:].strip())
    return bullets


def published_from(bullet):
    b = unicodedata.normalize("NFKC", bullet)
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", b.replace(" ", ""))
    if m:
        return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    m = re.match(r"(\d{4})年(\d{1,2})月", b.replace(" ", ""))
    if m:
        return f"{int(m[1]):04d}-{int(m[2]):02d}"
    return None


def non_default(field, value):
    if field == "report":
        return value.get("number") is not None or value.get("final")
    if field == "third_party":
        return value is True
    if field == "leak_status":
        return value != "unknown"
    return value not in (None, [], "")


def check(rec, line, corpus, problems):
    def bad(msg):
        problems.append(f"line {line} ({rec.get('path', '?')}): {msg}")

    keys = KEYS_V2 if "affected_unit" in rec else KEYS
    if list(rec) != keys:
        bad(f"keys {list(rec)} differ from {keys}")
        return
    if keys is KEYS_V2:
        has_figure = rec["affected_persons"] is not None
        for field, vocab in (("affected_unit", UNITS), ("figure_scope", SCOPES)):
            v = rec[field]
            if (v is None) == has_figure or (v is not None and v not in vocab):
                bad(f"{field} {v!r}: one of {sorted(vocab)} exactly when affected_persons is set")
        origin, aliases = rec["origin"], rec["origin_aliases"]
        if origin is not None and (not isinstance(origin, str) or not origin.strip()):
            bad("origin must be a non-empty string or null")
        if origin is not None and rec["third_party"] is not True:
            bad("origin set while third_party is false")
        if not (isinstance(aliases, list) and all(isinstance(a, str) and a for a in aliases)):
            bad("origin_aliases must be a list of strings")
        elif aliases and origin is None:
            bad("origin_aliases without origin")
    for field, vocab in SETS.items():
        values = rec[field]
        if not isinstance(values, list):
            bad(f"{field} is not a list")
            continue
        if sorted(set(values)) != values:
            bad(f"{field} not sorted or has duplicates: {values}")
        for v in values:
            if v not in vocab:
                bad(f"{field}: '{v}' not in the vocabulary")
    orgs = rec["organizations"]
    if not (isinstance(orgs, list) and orgs and all(isinstance(o, str) and o.strip() == o and o for o in orgs)):
        bad("organizations must be a non-empty list of trimmed strings")
    if rec["leak_status"] not in LEAK:
        bad(f"leak_status '{rec['leak_status']}' not in {sorted(LEAK)}")
    if not isinstance(rec["third_party"], bool):
        bad("third_party is not a bool")
    rep = rec["report"]
    if not (isinstance(rep, dict) and set(rep) == {"number", "final"}
            and (rep["number"] is None or (type(rep["number"]) is int and rep["number"] >= 1))
            and isinstance(rep["final"], bool)):
        bad(f"report malformed: {rep}")
    for field in INTS:
        v = rec[field]
        if v is not None and not (type(v) is int and v >= 0):
            bad(f"{field} must be a non-negative int or null, got {v!r}")
    if (rec["affected_persons_confirmed"] is not None and
            (rec["affected_persons"] is None or rec["affected_persons_confirmed"] > rec["affected_persons"])):
        bad("affected_persons_confirmed without or above affected_persons")
    dates = {}
    for field in DATES:
        v = rec[field]
        if v is None and field != "published":
            continue
        parsed = parse_date(v)
        if parsed is None:
            bad(f"{field} '{v}' is not an ISO date (YYYY-MM-DD or YYYY-MM)")
        else:
            dates[field] = parsed[0]
    if "published" in dates:
        for field in ("occurred", "detected"):
            if field in dates and dates[field] > dates["published"]:
                bad(f"{field} {rec[field]} after published {rec['published']}")
    if "occurred" in dates and "detected" in dates and rec["occurred"] and rec["detected"]:
        o, d = rec["occurred"], rec["detected"]
        # A text may state an impossible order; the labeller then says so in the notes.
        if o[:len(min(o, d, key=len))] > d[:len(min(o, d, key=len))] and "order" not in rec["notes"]:
            bad(f"occurred {o} after detected {d}")
    ev = rec["evidence"]
    if not isinstance(ev, dict):
        bad("evidence is not an object")
        return
    for k, v in ev.items():
        if k not in keys or k in ("path", "evidence", "notes", "origin_aliases"):
            bad(f"evidence for unknown field '{k}'")
        for s in (v if isinstance(v, list) else [v]):
            if s is None:
                continue  # dev.jsonl writes null evidence for an empty field
            if not isinstance(s, str) or not s:
                bad(f"evidence[{k}] is not a non-empty string or null")
            elif len(s) > MAX_QUOTE:
                bad(f"evidence[{k}] longer than {MAX_QUOTE} characters")
    for field in [k for k in keys[3:-2] if k not in ("affected_unit", "figure_scope", "origin_aliases")]:
        if non_default(field, rec[field]) and field not in ev:
            bad(f"non-default {field} has no evidence")
    if not isinstance(rec["notes"], str):
        bad("notes is not a string")

    if corpus is None:
        return
    path = os.path.join(corpus, rec["path"])
    if not os.path.isfile(path):
        bad("path not in the corpus")
        return
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    bullets = overview(text)
    if len(bullets) < 3:
        bad("overview has fewer than three bullets")
        return
    date_bullet, org_bullet = bullets[1], bullets[2]
    if published_from(date_bullet) is None and published_from(org_bullet) is not None:
        date_bullet, org_bullet = org_bullet, date_bullet  # an overview with the two swapped
    want = published_from(date_bullet)
    if want is None and rec["path"][4:5] == "/":
        want = rec["path"][:7].replace("/", "-")  # 日付記載なし: the archive folder's month
    if want != rec["published"]:
        bad(f"published {rec['published']} but overview says '{date_bullet}'")
    # a 、 inside one company's registered name (株式会社ホテル、ニューグランド) may
    # stay unsplit: compare both sides without the separators
    if norm(re.sub(r"[、,，]|及び", "", "".join(orgs))) != norm(re.sub(r"[、,，]|及び", "", org_bullet)):
        bad(f"organizations {orgs} do not cover overview '{org_bullet}'")
    body = norm(text)
    title = norm(bullets[0])
    for k, v in ev.items():
        for s in (v if isinstance(v, list) else [v]):
            if not isinstance(s, str) or s.startswith("("):
                continue  # "(no statement …)" marks an absence, not a quote
            haystack = body
            if s.endswith("（title）") or s.endswith("(title)"):
                s, haystack = re.sub(r"[（(]title[）)]$", "", s), title
            for piece in re.split(r"[／…]", s):
                p = norm(piece)
                if len(p) >= 2 and p not in haystack:
                    bad(f"evidence[{k}] piece not found in the release: '{piece.strip()}'")


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    args = [a for a in argv[1:] if not a.startswith("--")]
    labels = args[0] if args else os.path.join(here, "own.jsonl")
    corpus = os.path.join(here, "../../../shared/corpus")
    if "--corpus" in argv:
        corpus = argv[argv.index("--corpus") + 1]
        args = [a for a in args if a != corpus]
        labels = args[0] if args else labels
    if not os.path.isdir(corpus):
        print(f"validate.py: no corpus at {corpus}: skipping path, overview and quote checks",
              file=sys.stderr)
        corpus = None
    problems, seen, count = [], set(), 0
    with open(labels, encoding="utf-8") as fh:
        for line, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw)
            except json.JSONDecodeError as err:
                problems.append(f"line {line}: not JSON: {err}")
                continue
            count += 1
            if rec.get("path") in seen:
                problems.append(f"line {line}: duplicate path {rec.get('path')}")
            seen.add(rec.get("path"))
            check(rec, line, corpus, problems)
    for p in problems:
        print(p)
    print(f"{count} records, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
