#!/usr/bin/env python3
"""The 60 releases of the fourth labelled set (tests/labels/v4/extra.jsonl).

usage: choose.py [CORPUS] [--seed SEED] [--after SET.jsonl ...]
       (CORPUS defaults to ../shared/corpus from the repository root)

Later sets draw by the same rule with their own seed, leaving out the releases of the sets
labelled after v4 (`--after`, label files relative to tests/labels; only their paths are
read).  Each set's README gives its exact command; v4's own is the bare call.

From every corpus release in no earlier label set (v2's selection.tsv,
../shared/gold/dev.jsonl, ../own.jsonl, ../v3/extra.jsonl), sorted by path:

- largest  the LARGEST_N releases with the largest stated figure, by v2's rule
           (../v2/choose.py largest_figure: the largest number followed by
           人/名/件/アカウント/社 after NFKC; ties broken by path);
(the releases the issues quote, v2's EXAMINED, are left out too: they were
read while writing rules);
- random   RANDOM_N of the rest, random.Random(SEED).sample.

Prints `PATH<TAB>PART<TAB>FIGURE`, sorted by path.  Deterministic.
"""
import glob
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "20261204-v4"
LARGEST_N = 20
RANDOM_N = 40


def v2_choose():
    spec = importlib.util.spec_from_file_location("v2choose", os.path.join(HERE, "../v2/choose.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def labelled(corpus, later_sets):
    """Paths in v2's selection, dev.jsonl, own.jsonl, v3 and `later_sets`
    (label files relative to tests/labels)."""
    seen = set()
    with open(os.path.join(HERE, "../v2/selection.tsv"), encoding="utf-8") as f:
        seen.update(line.split("\t")[0] for line in f)
    files = [os.path.join(corpus, "../gold/dev.jsonl"), os.path.join(HERE, "../own.jsonl"),
             os.path.join(HERE, "../v3/extra.jsonl")]
    for labels in files + [os.path.join(HERE, "..", s) for s in later_sets]:
        with open(labels, encoding="utf-8") as f:
            seen.update(json.loads(line)["path"] for line in f if line.strip())
    return seen


def main(argv, seed=SEED, later_sets=()):
    """Prints the choice for `seed`, leaving out the paths of `later_sets` too."""
    corpus = argv[1] if len(argv) > 1 else os.path.join(HERE, "../../../../shared/corpus")
    paths = sorted(os.path.relpath(p, corpus) for p in glob.glob(os.path.join(corpus, "*/*/*.md")))
    v2 = v2_choose()
    seen = labelled(corpus, later_sets) | set(v2.EXAMINED)
    rest = [p for p in paths if p not in seen]
    largest_figure = v2.largest_figure
    figure = {}
    for p in rest:
        with open(os.path.join(corpus, p), encoding="utf-8") as f:
            figure[p] = largest_figure(f.read())
    ranked = sorted(rest, key=lambda p: (-figure[p], p))
    largest = ranked[:LARGEST_N]
    others = [p for p in rest if p not in set(largest)]
    chosen = [(p, "largest") for p in largest]
    chosen += [(p, "random") for p in random.Random(seed).sample(others, RANDOM_N)]
    for p, part in sorted(chosen):
        print(f"{p}\t{part}\t{figure[p]}")
    return 0


def cli(argv):
    """Parses `[CORPUS] [--seed SEED] [--after SET ...]` and runs main."""
    seed, later, rest, i = SEED, [], [argv[0]], 1
    while i < len(argv):
        if argv[i] == "--seed" and i + 1 < len(argv):
            seed, i = argv[i + 1], i + 2
        elif argv[i] == "--after":
            i += 1
            while i < len(argv) and not argv[i].startswith("--"):
                later.append(argv[i])
                i += 1
        else:
            rest.append(argv[i])
            i += 1
    return main(rest, seed=seed, later_sets=tuple(later))


if __name__ == "__main__":
    sys.exit(cli(sys.argv))
