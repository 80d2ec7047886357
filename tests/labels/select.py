#!/usr/bin/env python3
"""Reproduce the choice of corpus releases labelled in own.jsonl.

usage: select.py [CORPUS] [DEV_GOLD]   (defaults: ../shared/corpus, ../shared/gold/dev.jsonl
                                        relative to the repository root)

Prints one archive path per line, with the reason it was picked.  The
procedure (documented in README.md):

1. every corpus release not in dev.jsonl, sorted by path, shuffled with
   random.Random(SEED);
2. BASE: the first BASE_N releases of that order;
3. PERIOD: for every month 2024-12 .. 2026-04 with fewer than MONTH_MIN picks,
   the earliest-ranked releases of that month until it has MONTH_MIN;
4. KINDS: for every kind pattern below that no pick matches yet, the
   earliest-ranked release that matches it.

Only paths are printed; nothing from the releases is copied.
"""
import glob
import json
import os
import random
import re
import sys

SEED = 20260501
BASE_N = 42
MONTH_MIN = 2

# (kind, where to look: "text" = whole release, "title" = first overview
# bullet, "path" = file name, "failure" = title matches and the text has no
# attack word, "size" = bytes above the number), pattern.  Kinds that are rare in the corpus are
# listed so that at least one release of each is labelled.
KINDS = [
    ("ransomware", "title", r"ランサム"),
    ("VPN / vulnerability", "text", r"VPN.{0,40}脆弱性|脆弱性.{0,40}VPN|CVE-"),
    ("IIJ-style mail service", "text", r"セキュア\s?MX|IIJ|ＩＩＪ"),
    ("contractor (委託先)", "title", r"委託"),
    ("misdelivery", "text", r"誤送信|誤送付|誤配"),
    ("web skimming", "text", r"クレジットカード.{0,80}(改ざん|不正なプログラム|スクリプト)"),
    ("site tampering", "title", r"改ざん|改竄"),
    ("phishing", "title", r"フィッシング|偽サイト"),
    ("account takeover", "text", r"不正ログイン|リスト型|パスワードリスト"),
    ("spam relay", "title", r"スパム|迷惑メール|不審(な)?メール"),
    ("loss / theft", "text", r"紛失|盗難"),
    ("insider", "text", r"内部不正|(職員|従業員|社員)による不正"),
    ("misconfiguration", "text", r"設定(の)?(不備|ミス|誤り)"),
    ("DDoS", "text", r"DDoS|ＤＤｏＳ"),
    ("system failure", "title", r"障害|不具合"),
    ("system failure, no attack word", "failure", r"障害|不具合"),
    ("overview variant (# 事案ID)", "text", r"^# 事案ID"),
    ("hospital", "path", r"病院|クリニック|医療法人"),
    ("school / university", "path", r"大学|学校|学園|学院"),
    ("municipality", "path", r"(都|道|府|県|市|町|村|区)\.md$"),
    ("follow-up 第N報", "title", r"第\s?[2-9２-９二三四五六七八九]\s?報"),
    ("final report", "title", r"最終報"),
    ("long (> 6000 bytes)", "size", 6000),
    ("table", "text", r"^\|.*\|.*\|"),
]


def months():
    y, m = 2024, 12
    while (y, m) <= (2026, 4):
        yield f"{y:04d}/{m:02d}"
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def main(argv):
    root = os.path.dirname(os.path.abspath(__file__))
    corpus = argv[1] if len(argv) > 1 else os.path.join(root, "../../../shared/corpus")
    dev = argv[2] if len(argv) > 2 else os.path.join(root, "../../../shared/gold/dev.jsonl")
    if not os.path.isdir(corpus):
        sys.exit(f"select.py: no corpus at {corpus}")
    in_dev = {json.loads(line)["path"] for line in open(dev, encoding="utf-8") if line.strip()}
    paths = sorted(os.path.relpath(p, corpus) for p in glob.glob(os.path.join(corpus, "*/*/*.md")))
    order = [p for p in paths if p not in in_dev]
    random.Random(SEED).shuffle(order)

    def text(p):
        with open(os.path.join(corpus, p), encoding="utf-8") as fh:
            return fh.read()

    def matches(p, where, pat):
        t = text(p)
        if where == "size":
            return len(t.encode("utf-8")) > pat
        if where == "failure":
            lines = t.splitlines()
            return (len(lines) > 1 and re.search(pat, lines[1]) is not None
                    and re.search(r"攻撃|不正|ランサム|ウイルス|ウィルス|マルウェア|DDoS|サイバー", t) is None)
        if where == "path":
            return re.search(pat, p) is not None
        if where == "title":
            lines = t.splitlines()
            return len(lines) > 1 and re.search(pat, lines[1]) is not None
        return re.search(pat, t, re.M) is not None

    picked = {}
    for p in order[:BASE_N]:
        picked[p] = "base"
    for month in months():
        have = sum(1 for p in picked if p.startswith(month))
        for p in order:
            if have >= MONTH_MIN:
                break
            if p.startswith(month) and p not in picked:
                picked[p] = f"period {month}"
                have += 1
    for kind, where, pat in KINDS:
        if any(matches(p, where, pat) for p in picked):
            continue
        for p in order:
            if p not in picked and matches(p, where, pat):
                picked[p] = f"kind: {kind}"
                break
    for p in sorted(picked):
        print(f"{p}\t{picked[p]}")
    print(f"# {len(picked)} releases", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
