#!/usr/bin/env python3
"""The 48 releases of the third labelled set (tests/labels/v3/extra.jsonl).

usage: choose.py [CORPUS]   (default ../shared/corpus from the repository root)

Every corpus release that is in none of the earlier label sets (v2's
selection.tsv, ../shared/gold/dev.jsonl, own.jsonl), sorted by path, sampled
with random.Random("20261204-v3"): 48 paths, printed sorted.  Deterministic.
"""
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv):
    corpus = argv[1] if len(argv) > 1 else os.path.join(HERE, "../../../../shared/corpus")
    paths = sorted(os.path.relpath(p, corpus) for p in glob.glob(os.path.join(corpus, "*/*/*.md")))
    seen = set()
    with open(os.path.join(HERE, "../v2/selection.tsv"), encoding="utf-8") as f:
        seen.update(line.split("\t")[0] for line in f)
    for labels in (os.path.join(corpus, "../gold/dev.jsonl"), os.path.join(HERE, "../own.jsonl")):
        with open(labels, encoding="utf-8") as f:
            seen.update(json.loads(line)["path"] for line in f if line.strip())
    rest = [p for p in paths if p not in seen]
    for p in sorted(random.Random("20261204-v3").sample(rest, 48)):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
