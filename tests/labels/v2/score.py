#!/usr/bin/env python3
"""Score an export against the second labelled set: the tuning part and the
sealed part side by side, per field, with the fifth set (../v5/sealed.jsonl,
a second sealed set labelled twice blind and adjudicated) beside them.  The
sealed sets are only ever summed up: their disagreements are never listed
(that is what keeps them test sets).

usage: score.py EXPORT.jsonl [--verbose]     (--verbose lists the tuning part's
                                               disagreements only)
Needs ../shared/tools/score-extraction beside the repository.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "tools",
                                       "score-extraction"))


def score(gold, pred):
    out = subprocess.run([sys.executable, SCORER, gold, pred, "--json"], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        sys.exit(__doc__)
    if not os.path.exists(SCORER):
        sys.exit(f"score.py: no scorer at {SCORER}")
    tune = score(os.path.join(HERE, "tune.jsonl"), args[0])
    sealed = score(os.path.join(HERE, "sealed.jsonl"), args[0])
    v5 = score(os.path.join(HERE, "..", "v5", "sealed.jsonl"), args[0])
    t_fields, s_fields, v_fields = tune["fields"], sealed["fields"], v5["fields"]
    print(f"{'field':30s} {'tuning':>8s} {'sealed':>8s} {'v5':>8s}   ({tune['records']}, "
          f"{sealed['records']} and {v5['records']} records)")
    nan = float("nan")
    for f in t_fields:
        if f.endswith(".P") or f.endswith(".R"):
            continue
        print(f"{f:30s} {t_fields[f]:8.3f} {s_fields.get(f, nan):8.3f} {v_fields.get(f, nan):8.3f}")
    print(f"{'overall':30s} {tune['overall']:8.3f} {sealed['overall']:8.3f} {v5['overall']:8.3f}")
    if "--verbose" in argv:
        subprocess.run([sys.executable, SCORER, os.path.join(HERE, "tune.jsonl"), args[0],
                        "--verbose"])


if __name__ == "__main__":
    main(sys.argv)
