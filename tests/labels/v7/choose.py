#!/usr/bin/env python3
"""The 60 releases of the seventh labelled set (tests/labels/v7/extra.jsonl).

usage: choose.py [CORPUS]   (default ../shared/corpus from the repository root)

v4's rule (../v4/choose.py: the 20 releases with the largest stated figure and 40 at random,
from those in no earlier label set and not quoted by the issues) with v4's, v5's and v6's releases
among the earlier sets (only their paths are read) and the seed "20261205-v7".
Prints `PATH<TAB>PART<TAB>FIGURE`.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv):
    spec = importlib.util.spec_from_file_location("v4choose", os.path.join(HERE, "../v4/choose.py"))
    v4 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(v4)
    return v4.main(argv, seed="20261205-v7", later_sets=("v4/extra.jsonl", "v5/sealed.jsonl", "v6/extra.jsonl"))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
