#!/usr/bin/env python3
"""B-cubed F1 of kaiji's incidents against the archive's own labels.

usage: grouping_bcubed.py KAIJI ARCHIVE [--verbose] [--min-f1 X] [--keep DIR]

The archive labels some of its chains itself: a `# 事案ID` section, and overview
bullets linking to an earlier archived release (`- 第1報：https://github.com/
.../blob/main/2025/04/17_組織名.md`, `- 関連：…`).  Those labels are the truth
here: two releases are one incident when a chain of links or a shared 事案ID
(or an ID `YYYY-MM-DD-組織名` naming the organisation's release of that day)
connects them; every other release is its own incident.

kaiji is then run (`KAIJI export`) on a copy of ARCHIVE with those labels
removed — every `# 事案ID` section and every line holding a link into the
archive — so that only its other rules (same organisation, titles, dates,
follow-up markers, cited notices …) can rebuild the chains.  The score is
B-cubed over releases: for each release, precision is the share of its kaiji
incident that is in its true incident, recall the share of its true incident
that kaiji put in its incident; both are averaged over releases, F1 is their
harmonic mean.

Where the archive left a chain unlabelled, kaiji joining it shows up here as a
false merge; read the listed merges (--verbose prints every one) before calling
them errors.  Links that name a file without its day (`2024/12/組織名.md`)
are resolved to the one file of that month with that name.

Prints precision, recall, F1, then the incidents kaiji merged wrongly (one line
per merged true incident) and the true incidents it split.  Exit status 1 when
F1 is below --min-f1 (default 0).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import urllib.parse
import json

ARCHIVE_LINK = re.compile(r"SecurityIncidentArchive/blob/[^/\s]+/(\d{4}/\d{2}/[^\s>\]]+?\.md)")
ID_SECTION = re.compile(r"^#\s*事案ID\s*$")


def read_text(path):
    data = open(path, "rb").read()
    for enc in ("utf-8-sig", "cp932"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return None, None


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def plain_name(name):
    """A file name's organisation part, compared loosely (width, spaces, `(2)`)."""
    s = nfkc(name)
    s = re.sub(r"\(\d+\)$", "", s)
    return re.sub(r"\s+", "", s)


class Labels:
    """The archive's own chains: union-find over files."""

    def __init__(self, files):
        self.parent = {f: f for f in files}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def resolve(target, files, by_month):
    """An archive path as linked, or the one file of its month with its name."""
    if target in files:
        return target
    month, _, name = target.rpartition("/")
    if re.match(r"\d{2}_", name):
        return None
    want = plain_name(name[:-3])
    hits = [f for f in by_month.get(month, []) if plain_name(f.rpartition("/")[2][3:-3]) == want]
    return hits[0] if len(hits) == 1 else None


def overview_of(text):
    """The overview bullets: the lines before the first heading after the first."""
    lines = text.replace("\r", "").split("\n")
    out = []
    for i, line in enumerate(lines):
        if i > 0 and line.startswith("#"):
            break
        if line.lstrip().startswith(("-", "*")):
            out.append(nfkc(line.lstrip()[1:]).strip())
    return out


def true_labels(archive, files):
    by_month = {}
    for f in files:
        by_month.setdefault(f.rpartition("/")[0], []).append(f)
    labels = Labels(files)
    texts = {}
    ids = {}
    for f in files:
        text, _ = read_text(os.path.join(archive, f))
        texts[f] = text or ""
        for m in ARCHIVE_LINK.finditer(texts[f]):
            target = resolve(urllib.parse.unquote(m.group(1)), labels.parent, by_month)
            if target and target != f:
                labels.union(f, target)
        lines = texts[f].replace("\r", "").split("\n")
        for i, line in enumerate(lines):
            if ID_SECTION.match(nfkc(line).strip()):
                for value in lines[i + 1:i + 4]:
                    value = nfkc(value).strip().lstrip("-* ").strip()
                    if value:
                        ids.setdefault(value, []).append(f)
                        break
    for value, members in ids.items():
        for f in members[1:]:
            labels.union(members[0], f)
        # `YYYY-MM-DD-組織名` names the organisation's release of that day.
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})-(.+)$", value)
        if m:
            y, mo, d, name = m.groups()
            for f in by_month.get(f"{y}/{mo}", []):
                if f.rpartition("/")[2].startswith(d + "_") and \
                        plain_name(f.rpartition("/")[2][3:-3]) == plain_name(name):
                    labels.union(members[0], f)
    return {f: labels.find(f) for f in files}, texts


def strip_labels(text):
    """The text without its 事案ID sections and archive links."""
    lines = text.split("\n")
    out = []
    skipping = False
    for line in lines:
        if ID_SECTION.match(nfkc(line).strip()):
            skipping = True
            continue
        if skipping:
            if line.startswith("#"):
                skipping = False
            else:
                continue
        if ARCHIVE_LINK.search(line):
            continue
        out.append(line)
    return "\n".join(out)


def bcubed(pred, gold):
    """B-cubed precision, recall and F1 of two labellings of the same items."""
    from collections import Counter
    pred_size = Counter(pred.values())
    gold_size = Counter(gold.values())
    both = Counter((pred[x], gold[x]) for x in pred)
    p = sum(both[(pred[x], gold[x])] / pred_size[pred[x]] for x in pred) / len(pred)
    r = sum(both[(pred[x], gold[x])] / gold_size[gold[x]] for x in pred) / len(pred)
    return p, r, 2 * p * r / (p + r)


def main():
    args = sys.argv[1:]
    verbose = "--verbose" in args
    min_f1 = 0.0
    keep = None
    if "--min-f1" in args:
        min_f1 = float(args[args.index("--min-f1") + 1])
    if "--keep" in args:
        keep = args[args.index("--keep") + 1]
    positional = [a for i, a in enumerate(args)
                  if not a.startswith("--") and (i == 0 or args[i - 1] not in ("--min-f1", "--keep"))]
    kaiji, archive = positional[:2]
    files = sorted(os.path.relpath(os.path.join(d, n), archive)
                   for d, _, names in os.walk(archive) for n in names if n.endswith(".md"))
    gold, texts = true_labels(archive, files)

    work = keep or tempfile.mkdtemp(prefix="kaiji-bcubed.")
    try:
        copy = os.path.join(work, "archive")
        shutil.rmtree(copy, ignore_errors=True)
        for f in files:
            dest = os.path.join(copy, f)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            text, enc = read_text(os.path.join(archive, f))
            if text is None:
                shutil.copyfile(os.path.join(archive, f), dest)
            else:
                open(dest, "w", encoding="utf-8", newline="").write(strip_labels(text))
        out = subprocess.run([kaiji, "export", copy], capture_output=True, check=False)
        if out.returncode != 0:
            sys.exit(f"kaiji export failed ({out.returncode}): {out.stderr[:400]!r}")
        records = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    pred = {r["path"]: r["incident"] for r in records}
    title = {r["path"]: r.get("title") or "" for r in records}
    gold = {f: gold[f] for f in pred}

    p, r, f1 = bcubed(pred, gold)
    n_gold = len(set(gold.values()))
    n_pred = len(set(pred.values()))
    print(f"{len(pred)} releases; archive labels: {n_gold} incidents, "
          f"{sum(1 for g in set(gold.values()) if list(gold.values()).count(g) > 1)} with "
          f"more than one release; kaiji: {n_pred} incidents")
    print(f"B-cubed precision {p:.4f} recall {r:.4f} F1 {f1:.4f}")

    by_pred, by_gold = {}, {}
    for x in pred:
        by_pred.setdefault(pred[x], []).append(x)
        by_gold.setdefault(gold[x], []).append(x)
    merges = [(k, v) for k, v in by_pred.items() if len({gold[x] for x in v}) > 1]
    splits = [(k, v) for k, v in by_gold.items() if len({pred[x] for x in v}) > 1]
    print(f"{len(merges)} kaiji incidents join releases the labels keep apart; "
          f"{len(splits)} labelled incidents kaiji splits")
    limit = None if verbose else 10
    for kind, groups, other in (("merge", merges, gold), ("split", splits, pred)):
        for key, members in groups[:limit]:
            print(f"{kind} {key}:")
            parts = {}
            for x in sorted(members):
                parts.setdefault(other[x], []).append(x)
            for n, (_, xs) in enumerate(sorted(parts.items(), key=lambda kv: min(kv[1]))):
                for x in xs:
                    print(f"   [{n}] {x}  {title[x][:60]}")
    return 1 if f1 < min_f1 else 0


if __name__ == "__main__":
    sys.exit(main())
