#!/usr/bin/env python3
"""Checks a briefing PDF against `kaiji stats --format json` of the same month.

usage: check_briefing.py PDF STATS_JSON [--absent OTHER_STATS_JSON]

  - every organisation of the month (breakdowns.organization, the name as
    written) is in the PDF's text;
  - the key figures on the first page are those of the JSON: releases,
    incidents, organisations, affected persons confirmed / possible (per
    incident), ransomware incidents — each read as "label value unit";
  - with --absent: some organisation of that other month that did not
    publish in this one is NOT found, so the search itself can fail.

pdftotext may split a long name over lines, and justified lines carry extra
spaces, so all white space is removed from both sides before comparing; and
the PDF prints quoted names in their display form (ＡＢＣ as ABC, (株) as
（株）), so both sides are compared in NFKC.
Exit status 0 when everything holds; 1 with a message per failure.
"""
import json
import re
import subprocess
import sys
import unicodedata


def pdf_text(pdf, first=None, last=None):
    argv = ["pdftotext", "-raw", "-enc", "UTF-8"]
    if first:
        argv += ["-f", str(first), "-l", str(last)]
    out = subprocess.run(argv + [pdf, "-"], check=True, capture_output=True).stdout
    return squeeze(out.decode("utf-8"))


def squeeze(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def count(n):
    return f"{n:,}"


def organisations(stats):
    return [r["label"] or r["key"] for r in stats["breakdowns"]["organization"]
            if r["releases"] > 0]


def main():
    args = sys.argv[1:]
    absent = None
    if "--absent" in args:
        i = args.index("--absent")
        absent = args[i + 1]
        del args[i:i + 2]
    pdf, stats_path = args
    stats = json.load(open(stats_path, encoding="utf-8"))
    text = pdf_text(pdf)
    failures = []

    orgs = organisations(stats)
    missing = [o for o in orgs if squeeze(o) not in text]
    if missing:
        failures.append(f"{len(missing)} of {len(orgs)} organisations missing: {missing[:10]}")
    if len(orgs) != stats["totals"]["organizations"]:
        failures.append(f"stats lists {len(orgs)} organisation rows for "
                        f"{stats['totals']['organizations']} organisations")

    t = stats["totals"]
    ransomware = next(r for r in stats["breakdowns"]["attack_type"] if r["key"] == "ransomware")
    figures = [
        ("公表件数", t["releases"], "件"),
        ("事案数", t["incidents"], "件"),
        ("公表した組織", t["organizations"], "組織"),
        ("影響人数（流出を確認）", t["affected"]["incident"]["confirmed"], "人"),
        ("影響人数（流出の可能性）", t["affected"]["incident"]["possible"], "人"),
        ("ランサムウェア被害", ransomware["incidents"], "件"),
    ]
    first_page = pdf_text(pdf, 1, 1)
    for label, value, unit in figures:
        want = squeeze(label + count(value) + unit)
        if want not in first_page:
            found = re.search(re.escape(squeeze(label)) + r"([\d,]+)" + re.escape(unit),
                              first_page)
            failures.append(f"key figure {label}: want {count(value)}, "
                            f"the page says {found.group(1) if found else 'nothing'}")

    if absent:
        other = json.load(open(absent, encoding="utf-8"))
        mine = {squeeze(o) for o in orgs}
        others = [o for o in organisations(other) if squeeze(o) not in mine]
        if not others:
            failures.append("--absent: the other month has no organisation of its own")
        elif all(squeeze(o) in text for o in others):
            failures.append(f"all {len(others)} organisations of the other month were found too: "
                            "the search cannot fail")

    for f in failures:
        print(f"check_briefing: {pdf}: {f}", file=sys.stderr)
    if not failures:
        print(f"check_briefing: {pdf}: {len(orgs)} organisations and {len(figures)} key figures "
              "found")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
