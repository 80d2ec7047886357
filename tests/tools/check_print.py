#!/usr/bin/env python3
"""Scans the text a PDF was set with ($KAIJI_TEXT_TRACE, one JSON object a
line: style, lines as set, whether the paragraph's last line is among them)
for what print quality forbids (issue 16):

  - a paragraph or table cell whose last line holds a single character
    (closing brackets and stops after it not counted) — widow control keeps
    three where another break exists, so fewer than three is reported too;
  - a date split from its report label (6月25日 / （第2報）);
  - a Japanese character next to a Latin letter or a digit without the JLReq
    quarter em (U+2005 in the trace), outside numbers with their units,
    prefixes (第2報, 約1,200件, 令和7年) and URLs;
  - full-width ASCII letters or digits (quoted text is printed half-width).

usage: check_print.py TRACE... ; exit status 1 when anything is found.
"""
import json
import re
import sys

QUARTER = "\u2005"
JAPANESE = re.compile(r"[\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff"
                      r"\u3005-\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")
DIGIT = re.compile(r"[0-9]")
FULL_WIDTH = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
URL = re.compile(r"(https?://|www\.)[\x21-\x7e]+|[\x21-\x7e]+@[\x21-\x7e]+")
NO_LINE_START = set("、。，．）」』】〕〉》］｝ー・：；？！!?)]}.,…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ")
# Words that go with the number after them (jlreq.c prefixes, last character)
PREFIX_ENDS = set("第約計全べ和成昭暦大#＃")
# Counters in kana that follow a number (jlreq.c units)
KANA_UNITS = set("つかヶヵカケ")
LABEL = re.compile(r"^（(第\d+報|最終報|続報|速報|追加報告|第\d+回)")
DATE_END = re.compile(r"\d+日$")
TEXT_STYLES = {"body", "small", "table", "table_header", "caption", "kpi_label", "h1", "h2",
               "h3", "title", "subtitle"}


def counted(line):
    s = line.rstrip("\n" + QUARTER + " ")
    while s and s[-1] in NO_LINE_START:
        s = s[:-1]
    return len([c for c in s if c not in (" ", QUARTER, "\u3000")])


def boundaries(line):
    """Japanese-Latin/digit boundaries without the quarter em."""
    text = URL.sub(lambda m: "\0" * len(m.group(0)), line)
    bad = []
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        if "\0" in (a, b):
            continue
        ja_a, ja_b = JAPANESE.match(a), JAPANESE.match(b)
        if ja_a and LATIN.match(b) or LATIN.match(a) and ja_b:
            bad.append(text[max(0, i - 4):i + 4])
        elif ja_a and DIGIT.match(b):
            # 第2報, 約1,200件, 令和7年; 2025年4月 (a unit after a number)
            if a in PREFIX_ENDS or (i >= 2 and DIGIT.match(text[i - 2])):
                continue
            if i >= 3 and text[i - 2] in "年月日時分" and DIGIT.match(text[i - 3]):
                continue
            bad.append(text[max(0, i - 4):i + 4])
        elif DIGIT.match(a) and re.match(r"[\u3041-\u3096\u30a1-\u30fa]", b) and b not in KANA_UNITS:
            bad.append(text[max(0, i - 4):i + 4])
    return bad


def main():
    found = {"orphan": [], "short": [], "label": [], "quarter": [], "fullwidth": []}
    objects = 0
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            for raw in f:
                o = json.loads(raw)
                objects += 1
                lines, style = o["lines"], o["style"]
                for i, line in enumerate(lines):
                    for w in boundaries(line):
                        found["quarter"].append((style, w))
                    if FULL_WIDTH.search(line):
                        found["fullwidth"].append((style, line))
                    if i + 1 < len(lines) and DATE_END.search(line.rstrip(QUARTER + " ")) and \
                            LABEL.match(lines[i + 1]):
                        found["label"].append((style, line + " / " + lines[i + 1]))
                if style in TEXT_STYLES and o["last"] and len(lines) >= 2:
                    last = lines[-1]
                    if last.endswith("…"):
                        continue  # a cell cut to its lines
                    n = counted(last)
                    if n < 2:
                        found["orphan"].append((style, " / ".join(lines[-2:])))
                    elif n < 3:
                        found["short"].append((style, " / ".join(lines[-2:])))
    print(f"{objects} texts scanned")
    failed = False
    for kind, what in (("orphan", "single character on a last line"),
                       ("label", "date split from its report label"),
                       ("quarter", "Japanese next to Latin or a digit without the quarter em"),
                       ("fullwidth", "full-width ASCII letters or digits"),
                       ("short", "two characters on a last line (reported only)")):
        items = found[kind]
        print(f"{what}: {len(items)}")
        for style, text in items[:8]:
            print(f"  [{style}] {text}")
        if items and kind != "short":
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
