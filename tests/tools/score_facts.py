#!/usr/bin/env python3
"""Scores an export against expected facts: score_facts.py EXPECTED.jsonl EXPORT.jsonl

The same measure as ../shared/tools/score-extraction (accuracy for single
values, F1 over all records for lists, overall = their mean), so the sample
archive can be checked in a fresh clone, where ../shared does not exist.
Prints one line per field (worst first) and `overall: X`; with --min X exits
1 when overall is below X.
"""
import json
import sys
import unicodedata

SETS = ["organizations", "attack_types", "victim_categories", "data_types",
        "data_types_excluded", "reported_to"]
SINGLE = ["published", "leak_status", "third_party", "affected_persons",
          "affected_persons_confirmed", "affected_organizations", "occurred", "detected"]


def norm(v):
    if isinstance(v, str):
        return "".join(unicodedata.normalize("NFKC", v).split())
    return v


def load(path):
    with open(path, encoding="utf-8") as fh:
        return {unicodedata.normalize("NFC", r["path"]): r
                for r in (json.loads(line) for line in fh if line.strip())}


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    minimum = None
    if "--min" in argv:
        minimum = float(argv[argv.index("--min") + 1])
        args.remove(argv[argv.index("--min") + 1])
    if len(args) != 2:
        sys.exit(__doc__)
    want, got = load(args[0]), load(args[1])
    scores, misses = {}, []
    for f in SINGLE + ["report.number", "report.final"]:
        right = 0
        for key, w in want.items():
            g = got.get(key, {})
            if f.startswith("report."):
                sub = f.split(".")[1]
                a, b = (w.get("report") or {}).get(sub), (g.get("report") or {}).get(sub)
                if sub == "final":
                    a, b = bool(a), bool(b)
            else:
                a, b = w.get(f), g.get(f)
            if norm(a) == norm(b):
                right += 1
            else:
                misses.append(f"{f} {key}: want {a!r} got {b!r}")
        scores[f] = right / len(want)
    for f in SETS:
        tp = fp = fn = 0
        for key, w in want.items():
            a = {norm(v) for v in w.get(f) or []}
            b = {norm(v) for v in got.get(key, {}).get(f) or []}
            tp, fp, fn = tp + len(a & b), fp + len(b - a), fn + len(a - b)
            if a != b:
                misses.append(f"{f} {key}: missing {sorted(a - b)} extra {sorted(b - a)}")
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        scores[f] = 2 * p * r / (p + r) if p + r else 0.0
    overall = sum(scores.values()) / len(scores)
    for f, v in sorted(scores.items(), key=lambda kv: kv[1]):
        print(f"{f:28} {v:.3f}")
    for m in misses:
        print("  " + m)
    print(f"overall: {overall:.3f}")
    return 1 if minimum is not None and overall < minimum else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
