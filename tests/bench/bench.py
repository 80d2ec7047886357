#!/usr/bin/env python3
"""Benchmark kaiji against the cmark-gfm baseline, in one invocation.

usage: tests/bench/bench.py [--runs N] [--corpus DIR] [--scales 1,10,100]
                            [--month YYYY-MM] [--no-print]

Builds an optimised kaiji in build-bench/ (meson, buildtype=release), then, for
the real corpus and for synthetic archives 10× and 100× its size (written by
tests/bench/synth.py into build-bench/synth-N, once), times each command N
times (default 7) and reports the median wall time, the median CPU time and
the peak resident memory of each, and the ratio of each kaiji command to the
baseline `cmark-gfm -e table` run over the same files concatenated, in the
same invocation.  Ratios are what to compare across machines and days;
absolute times depend on the machine and on what else it is doing.

Print (issue 16), for the real corpus: the month's briefing, one incident's
one-pager and the month's batch of one-pagers against WeasyPrint (Debian's
weasyprint package) setting a plainer report of the same month — an anchor
HTML with the month's releases as one table (date, organisation, title,
attack, persons, leak, source), written from `kaiji export` — with the size
of every file written (the one-pagers: their total and the largest).
Skipped, with a note, where weasyprint is not installed.

Run on demand, not by CI.  Needs ../shared/corpus (or --corpus).
"""
import html
import json
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def build(build_dir):
    if not os.path.exists(os.path.join(build_dir, "build.ninja")):
        subprocess.run(["meson", "setup", build_dir, "--buildtype=release", "-Db_ndebug=true",
                        "-Dwerror=false"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["ninja", "-C", build_dir], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return os.path.join(build_dir, "kaiji")


def file_sizes(path):
    """(total bytes, largest bytes, files) of a file or of a folder's files."""
    if os.path.isdir(path):
        sizes = [os.path.getsize(os.path.join(path, f)) for f in os.listdir(path)]
    elif os.path.exists(path):
        sizes = [os.path.getsize(path)]
    else:
        sizes = []
    return sum(sizes), max(sizes, default=0), len(sizes)


def run_once(argv, stdout_path):
    """Runs argv once; returns (wall seconds, cpu seconds, peak RSS in KiB)."""
    with open(stdout_path, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    # 65: some archive files were unusable and left out (the real corpus has two)
    if os.waitstatus_to_exitcode(status) not in (0, 65):
        sys.exit(f"bench: {' '.join(argv)} failed with status {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def measure(name, argv, runs, tmp, output=None):
    """Times argv; `output` (a file or folder it writes) is emptied before
    each run and its size kept."""
    out = os.path.join(tmp, "out")

    def once():
        if output and os.path.isdir(output):
            shutil.rmtree(output)
        return run_once(argv, out)

    once()  # warm the page cache
    samples = [once() for _ in range(runs)]
    row = {
        "name": name,
        "wall": statistics.median(s[0] for s in samples),
        "cpu": statistics.median(s[1] for s in samples),
        "rss": max(s[2] for s in samples),
    }
    if output:
        row["bytes"], row["largest"], row["files"] = file_sizes(output)
    return row


def release_files(corpus):
    files = []
    for dirpath, _, names in os.walk(corpus):
        files += [os.path.join(dirpath, n) for n in names if n.endswith(".md")]
    return sorted(files)


def bench_archive(label, archive, kaiji, runs, briefing_month):
    files = release_files(archive)
    size = sum(os.path.getsize(f) for f in files)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        concat = os.path.join(tmp, "all.md")
        with open(concat, "wb") as out:
            for f in files:
                with open(f, "rb") as src:
                    out.write(src.read())
        rows.append(measure("cmark-gfm -e table (baseline)",
                            ["cmark-gfm", "-e", "table", concat], runs, tmp))
        os.unlink(concat)
        rows.append(measure("kaiji export", [kaiji, "export", archive], runs, tmp))
        if has_command(kaiji, "stats"):
            rows.append(measure("kaiji stats", [kaiji, "stats", archive], runs, tmp))
            rows.append(measure("kaiji stats --format json",
                                [kaiji, "stats", "--format", "json", archive], runs, tmp))
        if has_command(kaiji, "briefing"):
            rows.append(measure(f"kaiji briefing --month {briefing_month}",
                                [kaiji, "briefing", "--month", briefing_month, "-o",
                                 os.path.join(tmp, "b.pdf"), archive], runs, tmp))
    base = rows[0]["wall"]
    load = os.getloadavg()[0]
    print(f"\n{label}: {len(files)} files, {size / 1e6:.1f} MB; {runs} runs each; "
          f"{os.cpu_count()} CPUs, load average {load:.1f} at the end")
    print(f"{'command':34} {'median wall':>12} {'median cpu':>11} {'peak RSS':>10} {'vs baseline':>12}")
    for r in rows:
        print(f"{r['name']:34} {r['wall'] * 1000:9.1f} ms {r['cpu'] * 1000:8.1f} ms "
              f"{r['rss'] * 1024 / 1e6:7.1f} MB {r['wall'] / base:11.2f}x")
    export = next((r for r in rows if r["name"] == "kaiji export"), None)
    if export:
        ratio = export["wall"] / base
        print(f"kaiji export / baseline: {ratio:.2f}x wall, {export['cpu'] / rows[0]['cpu']:.2f}x cpu "
              f"(goal: at most 1.5x wall) {'ok' if ratio <= 1.5 else 'NOT MET'}")
        limit = 2 * size / 1e6 + 64
        print(f"kaiji export peak RSS: {export['rss'] * 1024 / 1e6:.1f} MB "
              f"(goal: at most 2 x archive + 64 MB = {limit:.1f} MB) "
              f"{'ok' if export['rss'] * 1024 / 1e6 <= limit else 'NOT MET'}")
    for r in rows:
        if export and r["name"].startswith("kaiji stats"):
            print(f"{r['name']} / kaiji export: {r['wall'] / export['wall']:.2f}x (goal: at most 1.2x)")
    sys.stdout.flush()
    return {"files": len(files), "bytes": size, "rows": rows}


def anchor_html(kaiji, archive, month, path):
    """The month's releases as one HTML table, from `kaiji export`: the plain
    report WeasyPrint sets for comparison.  Returns the number of rows."""
    out = subprocess.run([kaiji, "export", archive], capture_output=True, check=False).stdout
    rows = []
    for line in out.decode("utf-8").splitlines():
        r = json.loads(line)
        if not (r.get("published") or "").startswith(month):
            continue
        persons = r.get("affected_persons")
        url = r.get("source_url") or ""
        rows.append("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=n>{}</td>"
                    "<td>{}</td><td>{}</td></tr>".format(
                        html.escape(r["published"]),
                        html.escape("、".join(r.get("organizations") or [])),
                        html.escape(r.get("title") or ""),
                        html.escape("・".join(r.get("attack_types") or [])),
                        "" if persons is None else f"{persons:,}",
                        html.escape(r.get("leak_status") or ""),
                        f'<a href="{html.escape(url)}">原文</a>' if url else ""))
    with open(path, "w", encoding="utf-8") as f:
        f.write("""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<title>公表一覧 {m}</title><style>
@page {{ size: A4; margin: 18mm; @bottom-right {{ content: counter(page) " / " counter(pages); }} }}
body {{ font-family: "BIZ UDPGothic", "Noto Sans CJK JP", sans-serif; font-size: 8.5pt; }}
table {{ border-collapse: collapse; width: 100%; }}
thead {{ display: table-header-group; }}
th {{ background: #edf1f6; text-align: left; }}
th, td {{ padding: 2pt 3pt; border-bottom: 0.5pt solid #c5ccd6; vertical-align: top; }}
td.n {{ text-align: right; }}
tr {{ page-break-inside: avoid; }}
</style></head><body><h1>{m} の公表一覧</h1><table>
<thead><tr><th>公表日</th><th>組織</th><th>表題</th><th>攻撃・事故</th><th>影響人数</th>
<th>流出</th><th>出典</th></tr></thead><tbody>
{rows}
</tbody></table></body></html>
""".format(m=month, rows="\n".join(rows)))
    return len(rows)


def month_file(archive, month):
    """A release file of the month (its first by name), for one one-pager."""
    folder = os.path.join(archive, month[:4], month[5:7])
    names = sorted(n for n in os.listdir(folder) if n.endswith(".md")) if os.path.isdir(folder) else []
    return os.path.join(folder, names[0]) if names else None


def bench_print(archive, kaiji, runs, month):
    """The briefing and one-pagers of a month against WeasyPrint, with sizes."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        briefing = os.path.join(tmp, "briefing.pdf")
        rows.append(measure(f"kaiji briefing --month {month}",
                            [kaiji, "briefing", "-q", "--month", month, "-o", briefing, archive],
                            runs, tmp, briefing))
        one = month_file(archive, month)
        if one:
            page = os.path.join(tmp, "one.pdf")
            rows.append(measure("kaiji onepager (one incident)",
                                [kaiji, "onepager", "-q", "-o", page, one], runs, tmp, page))
        pages = os.path.join(tmp, "pages")
        rows.append(measure(f"kaiji onepager --all --month {month}",
                            [kaiji, "onepager", "--all", "-q", "--month", month, "-o", pages,
                             archive], max(1, runs // 3), tmp, pages))
        weasy = shutil.which("weasyprint")
        if weasy:
            anchor = os.path.join(tmp, "anchor.html")
            n = anchor_html(kaiji, archive, month, anchor)
            report = os.path.join(tmp, "anchor.pdf")
            rows.append(measure(f"weasyprint table report ({n} rows)", [weasy, anchor, report],
                                max(1, runs // 2), tmp, report))
        else:
            print("(weasyprint not installed — Debian package weasyprint: no anchor measured)")
    anchor = next((r for r in rows if r["name"].startswith("weasyprint")), None)
    print(f"\nprint, {month}: {runs} runs each (the batch of one-pagers and WeasyPrint fewer)")
    print(f"{'command':38} {'median wall':>12} {'median cpu':>11} {'peak RSS':>10} "
          f"{'written':>14} {'vs WeasyPrint':>14}")
    for r in rows:
        size = f"{r['bytes'] / 1e3:9.0f} KB" if r.get("files", 0) <= 1 else \
            f"{r['files']} files, {r['bytes'] / 1e6:.1f} MB"
        ratio = f"{r['wall'] / anchor['wall']:13.2f}x" if anchor else f"{'-':>14}"
        print(f"{r['name']:38} {r['wall'] * 1000:9.1f} ms {r['cpu'] * 1000:8.1f} ms "
              f"{r['rss'] * 1024 / 1e6:7.1f} MB {size:>14} {ratio}")
    for r in rows:
        if r.get("files", 0) > 1:
            print(f"{r['name']}: largest file {r['largest'] / 1e3:.0f} KB "
                  f"(goal: every one-pager at most 200 KB) "
                  f"{'ok' if r['largest'] <= 200 * 1024 else 'NOT MET'}")
    b = rows[0]
    if month == "2025-04":
        print(f"briefing {month}: {b['bytes'] / 1e3:.0f} KB (goal: at most 700 KB) "
              f"{'ok' if b['bytes'] <= 700 * 1024 else 'NOT MET'}; {b['wall']:.2f} s wall "
              f"(goal: at most 0.40 s on a quiet machine)")
    sys.stdout.flush()
    return rows


def has_command(kaiji, name):
    return subprocess.run([kaiji, name, "--help"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build-bench"))
    ap.add_argument("--scales", default="1",
                    help="comma-separated: 1 is the real corpus, N > 1 a synthetic archive "
                         "N times its size (e.g. 1,10,100)")
    ap.add_argument("--month", default="2025-04", help="month for the briefing benchmark")
    ap.add_argument("--no-print", action="store_true",
                    help="skip the briefing / one-pager / WeasyPrint comparison")
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        sys.exit(f"bench: no corpus at {args.corpus}")
    if not shutil.which("cmark-gfm"):
        sys.exit("bench: cmark-gfm not found (Debian package cmark-gfm)")
    kaiji = build(args.build_dir)
    results = {}
    for scale in [int(x) for x in args.scales.split(",")]:
        if scale == 1:
            archive, label = args.corpus, "corpus"
        else:
            archive = os.path.join(args.build_dir, f"synth-{scale}")
            if not os.path.isdir(archive):
                subprocess.run([sys.executable, os.path.join(ROOT, "tests", "bench", "synth.py"),
                                "--scale", str(scale), "--out", archive, "--like", args.corpus],
                               check=True)
            label = f"synthetic {scale}x"
        runs = args.runs if scale < 100 else max(3, args.runs // 2)
        results[scale] = bench_archive(label, archive, kaiji, runs, args.month)
    if len(results) > 1:
        print_growth(results)
    if not args.no_print:
        bench_print(args.corpus, kaiji, args.runs, args.month)


def print_growth(results):
    """Time and memory of each archive against the smallest, and of the
    largest synthetic archive against the smallest synthetic one: the real
    corpus and the synthetic text differ in what a megabyte holds (the
    synthetic one has more figures and dates), so the second comparison is
    the one that shows growth alone."""
    pairs = [(min(results), scale) for scale in sorted(results) if scale != min(results)]
    synthetic = sorted(scale for scale in results if scale > 1)
    if len(synthetic) > 1 and synthetic[0] != min(results):
        pairs.append((synthetic[0], synthetic[-1]))
    print("\ngrowth (time ratio / size ratio; 1.0 is linear):")
    for first, scale in pairs:
        res = results[scale]
        size_ratio = res["bytes"] / results[first]["bytes"]
        for row, row0 in zip(res["rows"], results[first]["rows"]):
            print(f"  {scale:>4}x/{first}x {row['name']:34} time x{row['wall'] / row0['wall']:7.1f} "
                  f"for size x{size_ratio:6.1f}  -> {row['wall'] / row0['wall'] / size_ratio:5.2f}; "
                  f"peak RSS {row['rss'] * 1024 / 1e6:7.1f} MB")
    print("(goals: export's time grows linearly, 100x the files within 110x the time, i.e. "
          "at most 1.10 above; peak RSS of export at most 2 x archive + 64 MB, shown per "
          "archive; a one-month briefing does not slow down as the archive grows)")

if __name__ == "__main__":
    main()
