#!/usr/bin/env python3
"""Checks a briefing PDF against `kaiji stats --format json` of the same month.

usage: check_briefing.py PDF STATS_JSON [--absent OTHER_STATS_JSON] [--summary]

  - every organisation of the month (breakdowns.organization, the name as
    written) is in the PDF's text;
  - the key figures on the first page are those of the JSON: releases,
    incidents, organisations, affected persons confirmed / possible (per
    incident), ransomware incidents — each read as "label value unit";
  - with --absent: some organisation of that other month that did not
    publish in this one is NOT found, so the search itself can fail;
  - with --summary: the executive summary on page 1 states the releases
    against the previous month and the 3-month mean as the JSON has them
    (baseline.months_3), the last page holds five lines of text or more
    (running head and foot not counted), and no page shows a command line.

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


def mean_text(v):
    """An average as the briefing prints it: whole when it is, else one decimal."""
    return count(round(v)) if abs(v - round(v)) < 0.05 else f"{v:.1f}"


def summary_failures(pdf, stats):
    failures = []
    t = stats["totals"]
    first_page = pdf_text(pdf, 1, 1)
    want = f"公表件数は{count(t['releases'])}件で、前月（{count(stats['previous']['releases'])}件）"
    if t["releases"] and squeeze(want) not in first_page:
        failures.append(f"summary: no 「{want}」 on page 1")
    base = stats["baseline"]["months_3"]
    if t["releases"] and base["months"]:
        want = f"直近3か月の月平均（{mean_text(base['releases'])}件"
        if squeeze(want) not in first_page:
            failures.append(f"summary: no 「{want}」 on page 1")
    # the concentration sentence and the key figures' note count the same parts
    parts = re.search(r"人数を記載した([\d,]+)件のうち", first_page)
    noted = re.search(r"人数[（(]人[）)]を記載した([\d,]+)件の合計", first_page)
    if parts and not noted:
        failures.append("summary: the key figures' note does not say how many state persons")
    elif parts and noted and parts.group(1) != noted.group(1):
        failures.append(f"summary: {parts.group(1)} parts state persons in the summary, "
                        f"{noted.group(1)} in the key figures' note")
    out = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True).stdout.decode()
    pages = int(re.search(r"Pages:\s+(\d+)", out).group(1))
    last = subprocess.run(["pdftotext", "-layout", "-f", str(pages), "-l", str(pages), pdf, "-"],
                          check=True, capture_output=True).stdout.decode("utf-8")
    lines = [l for l in last.splitlines() if l.strip()]
    body = lines[1:-1]  # the running head and foot
    if pages > 1 and len(body) < 5:
        failures.append(f"the last page (of {pages}) holds {len(body)} lines: {body}")
    every = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True).stdout
    if re.search(r"kaiji (stats|briefing|export|chart|onepager|run|check|explain)\b|"
                 r"--(month|facts|watch|listed|by|format|whole-archive)\b", every.decode()):
        failures.append("a page shows a command line")
    return failures


def main():
    args = sys.argv[1:]
    absent = None
    summary = "--summary" in args
    if summary:
        args.remove("--summary")
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
        # attacks: one vendor's breach behind several clients' notices once
        ("ランサムウェア被害", t["ransomware_attacks"], "件"),
    ]
    first_page = pdf_text(pdf, 1, 1)
    # the note under the key figures gives the incidents behind the attacks
    if squeeze("事案数では" + count(t["ransomware_incidents"]) + "件") not in first_page:
        failures.append(f"the key figures' note lacks the {t['ransomware_incidents']} ransomware "
                        "incidents")
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

    if summary:
        failures += summary_failures(pdf, stats)

    for f in failures:
        print(f"check_briefing: {pdf}: {f}", file=sys.stderr)
    if not failures:
        print(f"check_briefing: {pdf}: {len(orgs)} organisations and {len(figures)} key figures "
              "found")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
