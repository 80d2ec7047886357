#!/usr/bin/env python3
"""Choose the corpus releases of the second labelled set (issue 14).

usage: choose.py [CORPUS] [DEV_GOLD]   (defaults: ../shared/corpus and
                                        ../shared/gold/dev.jsonl beside the repository)

Prints `PATH<TAB>PART<TAB>SEALED<TAB>FIGURE` for 300 releases, sorted by path:

PART   largest  the LARGEST_N releases with the largest stated figure;
       random   RANDOM_N releases drawn at random, stratified by month.
SEALED 1 for the third of the set (SEAL_SEED) held back as the sealed test part:
       no extraction rule is tuned against it; its disagreements are never listed.
FIGURE the largest stated figure of the file (for `largest`; 0 when none).

The rule for the stated figure (deterministic, on the text only): the text is
NFKC-normalised (full-width digits become ASCII); every number written with
digits, commas, a decimal point and the multipliers 億/万/千 (約28万2千件 →
282000, 1,748万件 → 17480000) that is followed directly by 人, 名, 件,
アカウント or 社 counts; the file's figure is the largest.  Numbers in kanji
numerals (三千人) are not read.  Ties are broken by path.

The random part: every corpus release not in dev.jsonl and not in the largest
part, grouped by the month of its path (YYYY/MM); each month gets
max(MONTH_MIN, round(RANDOM_N * its share)) picks, the largest months trimmed
(one at a time) until the picks sum to RANDOM_N; within a month the paths are
sorted and shuffled with random.Random(f"{SEED}-{month}").

The sealed third: the 300 paths minus those already read while writing rules (the
releases of ../own.jsonl, which earlier rules were measured on, and those the issues
name as wrong: EXAMINED), sorted, shuffled with random.Random(SEAL_SEED); the first
100 are sealed.
"""
import glob
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261204
SEAL_SEED = 14014
LARGEST_N = 120
RANDOM_N = 180
MONTH_MIN = 3
SEALED_N = 100

# Releases the issues quote (issue 13, 14, 15): read while writing rules, never sealed.
EXAMINED = [
    "2025/06/30_熊本県.md", "2025/04/01_千葉県鴨川市.md", "2025/06/03_国立大学法人山形大学.md",
    "2025/06/20_株式会社富士山マガジンサービス.md", "2025/04/04_神奈川県川崎市.md",
    "2025/04/15_株式会社インターネットイニシアティブ.md",
    "2025/04/18_学校法人南光学園東北高等学校.md", "2025/04/18_尼崎市立大成中学校.md",
    "2025/06/11_損害保険ジャパン株式会社.md", "2025/06/12_株式会社ISEKIトータルライフサービス.md",
    "2025/06/16_東京都江戸川区.md", "2025/06/16_東京都港区.md", "2025/06/17_東京都足立区.md",
    "2025/06/20_東京都品川区.md", "2025/04/14_HOYA株式会社.md",
]

FIGURE = re.compile(r"((?:\d[\d,]*(?:\.\d+)?(?:億|万|千)?)+)(?=人|名|件|アカウント|社)")
PART = re.compile(r"(\d[\d,]*(?:\.\d+)?)(億|万|千)?")
MULT = {"億": 100000000, "万": 10000, "千": 1000, None: 1}


def value(text):
    """28万2千 → 282000; 1,748万 → 17480000; 3,800 → 3800."""
    total = 0
    for digits, mult in PART.findall(text):
        digits = digits.replace(",", "")
        if digits.count(".") > 1 or not digits.strip("."):
            continue
        total += float(digits) * MULT[mult or None]
    return int(total)


def largest_figure(text):
    text = unicodedata.normalize("NFKC", text)
    best = 0
    for m in FIGURE.finditer(text):
        best = max(best, value(m.group(1)))
    return best


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.normpath(os.path.join(here, "..", "..", ".."))
    corpus = argv[1] if len(argv) > 1 else os.path.join(root, "..", "shared", "corpus")
    dev = argv[2] if len(argv) > 2 else os.path.join(root, "..", "shared", "gold", "dev.jsonl")
    if not os.path.isdir(corpus):
        sys.exit(f"choose.py: no corpus at {corpus}")
    dev_paths = set()
    with open(dev, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                dev_paths.add(unicodedata.normalize("NFC", json.loads(line)["path"]))
    paths = []
    for full in glob.glob(os.path.join(corpus, "*", "*", "*.md")):
        rel = unicodedata.normalize("NFC", os.path.relpath(full, corpus))
        if rel not in dev_paths:
            paths.append((rel, full))
    paths.sort()

    figures = {}
    for rel, full in paths:
        with open(full, encoding="utf-8", errors="replace") as fh:
            figures[rel] = largest_figure(fh.read())
    by_figure = sorted(figures, key=lambda p: (-figures[p], p))
    largest = by_figure[:LARGEST_N]
    chosen = {p: "largest" for p in largest}

    months = {}
    for rel, _ in paths:
        if rel not in chosen:
            months.setdefault(rel[:7], []).append(rel)
    total = sum(len(v) for v in months.values())
    quota = {m: max(MONTH_MIN, round(RANDOM_N * len(v) / total)) for m, v in months.items()}
    while sum(quota.values()) > RANDOM_N:
        m = max(quota, key=lambda k: (quota[k], k))
        quota[m] -= 1
    while sum(quota.values()) < RANDOM_N:
        m = max(quota, key=lambda k: (len(months[k]) / quota[k], k))
        quota[m] += 1
    for m in sorted(months):
        pool = sorted(months[m])
        random.Random(f"{SEED}-{m}").shuffle(pool)
        for p in pool[: quota[m]]:
            chosen[p] = "random"

    own = os.path.join(here, "..", "own.jsonl")
    read_before = set(EXAMINED)
    with open(own, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                read_before.add(unicodedata.normalize("NFC", json.loads(line)["path"]))
    order = sorted(p for p in chosen if p not in read_before)
    random.Random(SEAL_SEED).shuffle(order)
    sealed = set(order[:SEALED_N])
    for p in sorted(chosen):
        print(f"{p}\t{chosen[p]}\t{int(p in sealed)}\t{figures[p] if chosen[p] == 'largest' else 0}")


if __name__ == "__main__":
    main(sys.argv)
