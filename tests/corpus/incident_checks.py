#!/usr/bin/env python3
"""Checks of kaiji's incidents against an archive, for the corpus tests.

usage: incident_checks.py ARCHIVE EXPORT.jsonl STATS.json [--no-links] [--link-pairs ORIG.jsonl]

EXPORT.jsonl is `kaiji export ARCHIVE`, STATS.json `kaiji stats --format json
ARCHIVE` (the whole archive).  Checks, each printed as `ok:` or `FAIL:`:

  links      every `第N報：<link>` resolving into the archive joins both releases
             (skipped with --no-links: the archive has had those bullets removed),
             except the links LINK_SLIPS lists: read by a person, the two releases
             tell of different incidents, and kaiji must keep them apart
  recall     with --link-pairs ORIG.jsonl (the export of the archive *with* its
             links): the share of the pairs those links joined that still share an
             incident; must be at least 0.8
  orgs       no incident mixes organisations unless something says so: its releases
             are connected through links, a shared 事案ID, the same organisation
             (normalised independently here) or a contractor that both releases'
             texts name
  months     by-month release counts equal a plain count of the files by the date
             bullet of their overview (the folder's month for a slip, the file's
             day for a bullet copied from an earlier report the overview links)
  totals     incidents never exceed releases (totals of every month and year, month
             and organisation rows), nor incident-level affected persons the
             release-level ones over the whole archive
  newest     each incident's affected persons (and confirmed) are, per discloser
             chain, the newest stated figure of its releases, summed
Exit status 1 when a check fails.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ORG_TABLE = os.path.join(HERE, "..", "..", "src", "model", "organizations.json")

failures = 0

# Links of the archive that join two incidents, each read in both releases:
# (linking release, linked release) → what each is about.
LINK_SLIPS = {
    ("2025/05/01_損害保険ジャパン株式会社.md", "2025/04/25_損害保険ジャパン株式会社.md"):
        "ransomware at the document-storage contractor ギオン / an intrusion into "
        "the insurer's own system",
    ("2025/08/29_三井ダイレクト損害保険株式会社.md", "2025/07/11_三井ダイレクト損害保険株式会社.md"):
        "ransomware at the agency 保険見直し本舗グループ / unauthorised access at the "
        "investigation contractor 審調社",
    ("2025/09/03_ジブラルタ生命保険株式会社.md", "2025/06/20_ジブラルタ生命保険株式会社.md"):
        "ransomware at the agency 保険見直し本舗グループ / an intrusion into the "
        "insurer's own network",
    ("2025/10/03_アサヒグループホールディングス株式会社.md", "2025/10/04_美濃工業株式会社.md"):
        "the brewer's 第2報 links as its 第1報 a car-parts maker's first notice of the next "
        "day; neither text names the other",
    ("2025/05/07_総合メディカル株式会社.md", "2025/03/13_ジェイティービー健康保険組合.md"):
        "a follow-up of the drug-store operator's own 4月16日 notice of the IIJ mail-service "
        "breach links as its 第1報 a health insurer's notice of a clinic's ransomware",
    ("2025/05/13_日産証券株式会社.md", "2025/02/25_株式会社ニュートン・フィナンシャル・コンサルティング.md"):
        "the securities firm's follow-up of its own 2月25日 notice of unauthorised access "
        "(2025/02/25_日産証券株式会社.md) links as its 第1報 an insurance agency's ransomware "
        "notice of that day; neither text names the other",
    ("2025/04/23_株式会社インフォメーション・ディベロプメント.md", "2025/04/17_株式会社国際協力銀行.md"):
        "the IT firm's 続報 of its own 4月17日 notice of the IIJ mail-service breach links as "
        "its 第1報 another IIJ client's notice of that day (same wave, another incident)",
    ("2025/08/19_東京都練馬区.md", "2025/04/23_東京都練馬区.md"):
        "the ward's 続報 on its traffic-accident insurer 損害保険ジャパン (「報告が令和7年6月に"
        "ありました」) links as its 第1報 the ward's April notice of the album printer イシクラ",
}


def report(ok, what):
    global failures
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures += 1


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


# --- organisations, normalised independently of kaiji's C code (the legal
# forms and character map are the same data file).
table = json.load(open(ORG_TABLE, encoding="utf-8"))
LEGAL = sorted((nfkc(f).replace(" ", "") for f in table["legal_forms"]), key=len, reverse=True)
CHARS = table["character_map"]


def org_key(name):
    s = "".join(CHARS.get(c, c) for c in name)
    s = nfkc(s)
    s = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", s)
    s = re.sub(r"\s+", "", s)
    for form in LEGAL:
        s = s.replace(form, "")
    for cut in table["truncated_legal_forms"]:
        if s.endswith(cut) and len(s) > len(cut):
            s = s[: -len(cut)]
            break
    return s.lower()


def read_text(archive, path):
    with open(os.path.join(archive, path), "rb") as f:
        data = f.read()
    for enc in ("utf-8-sig", "cp932"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return ""


def incident_id_of(text):
    m = re.search(r"^#\s*事案ID\s*\n+\s*[-*]\s*(\S.*)$", text, re.M)
    return nfkc(m.group(1)).strip() if m else None


def link_pairs(records):
    paths = {r["path"] for r in records}
    return [(l["path"], r["path"]) for r in records for l in r["links"]
            if l["path"] in paths and l["path"] != r["path"]]


def main():
    args = sys.argv[1:]
    no_links = "--no-links" in args
    orig = None
    if "--link-pairs" in args:
        orig = args[args.index("--link-pairs") + 1]
    archive, export, stats = [a for a in args if not a.startswith("--") and a != orig][:3]
    records = [json.loads(l) for l in open(export, encoding="utf-8")]
    by_path = {r["path"]: r for r in records}
    stats_json = json.load(open(stats, encoding="utf-8"))
    incidents = stats_json["incidents"]
    incident_of = {r["path"]: r["incident"] for r in records}
    print(f"{len(records)} releases, {len(incidents)} incidents, "
          f"{sum(len(i['releases']) > 1 for i in incidents)} with more than one release")

    # links
    pairs = link_pairs(records)
    if not no_links:
        slips = {frozenset(k) for k in LINK_SLIPS}
        kept = [(a, b) for a, b in pairs if frozenset((a, b)) not in slips]
        bad = [(a, b) for a, b in kept if incident_of[a] != incident_of[b]]
        report(not bad and len(kept) > 0,
               f"links: all {len(kept)} resolving link pairs share an incident {bad[:3]}")
        joined = [k for k in LINK_SLIPS if incident_of.get(k[0], 0) == incident_of.get(k[1], 1)]
        report(not joined, f"links: the {len(LINK_SLIPS)} links that join two incidents do not "
                           f"{joined[:3]}")
    if orig:
        orig_pairs = link_pairs([json.loads(l) for l in open(orig, encoding="utf-8")])
        kept = sum(incident_of.get(a) == incident_of.get(b) for a, b in orig_pairs)
        recall = kept / len(orig_pairs) if orig_pairs else 0
        report(recall >= 0.8, f"recall: {kept} of {len(orig_pairs)} link pairs still joined "
                              f"without the links ({recall:.3f}, at least 0.800)")

    # orgs
    def site_of(text):
        """The host of the overview's source URL, `www.` aside."""
        m = re.search(r"^[-*]\s*https?://(?:www\.)?([^/:?#\s]+)", text[:3000], re.M)
        return m.group(1).lower() if m else None

    texts = {p: read_text(archive, p) for p in by_path}
    norm_texts = {p: re.sub(r"\s+", "", nfkc(t)).lower() for p, t in texts.items()}
    ids = {p: incident_id_of(t) for p, t in texts.items()}
    keys = {p: {org_key(o) for o in r["organizations"]} - {""} for p, r in by_path.items()}
    mixed, by_contractor, unjustified = 0, 0, []
    for inc in incidents:
        members = [r["path"] for r in inc["releases"]]
        if len(set().union(*(keys[p] for p in members))) <= 1 or \
                len({frozenset(keys[p]) for p in members}) == 1:
            continue
        mixed += 1
        parent = {p: p for p in members}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a, b):
            parent[find(a)] = find(b)

        for a in members:
            for b in members:
                if a >= b:
                    continue
                linked = not no_links and ((a, b) in pairs or (b, a) in pairs)
                same_id = ids[a] and ids[a] == ids[b]
                names_other = any(ids[x] and ids[x][:10] == by_path[y]["published"] and
                                  org_key(ids[x][11:]) in keys[y] for x, y in ((a, b), (b, a)))
                # one company under a longer name on its own site (田中屋, 田中屋本店)
                one_site = site_of(texts[a]) and site_of(texts[a]) == site_of(texts[b]) and any(
                    len(x) >= 3 and len(y) >= 3 and (x.startswith(y) or y.startswith(x))
                    for x in keys[a] for y in keys[b])
                if linked or same_id or names_other or keys[a] & keys[b] or one_site:
                    union(a, b)
        # a group's joint notice: the same day, the same title about the group
        for a in members:
            for b in members:
                ta, tb = (re.sub(r"\s", "", by_path[x]["title"] or "") for x in (a, b))
                if a < b and inc.get("joint_notice") and ta == tb and "グループ" in ta and \
                        by_path[a]["published"] == by_path[b]["published"]:
                    union(a, b)
        if len({find(p) for p in members}) > 1 and inc["contractor"]:
            c = inc["contractor"].lower()
            named = [p for p in members if c in norm_texts[p]]
            for p in named[1:]:
                union(named[0], p)
            by_contractor += 1
        if len({find(p) for p in members}) > 1:
            unjustified.append((inc["id"], sorted({o for p in members for o in by_path[p]["organizations"]})[:4]))
    report(not unjustified,
           f"orgs: {mixed} incidents span organisations, {by_contractor} of them through a "
           f"contractor both texts name; none without a reason {unjustified[:3]}")

    # months
    plain = collections.Counter()
    notices = set()  # (source URL, date bullet, organisation or title, incident): a file kept twice
    for p, t in sorted(texts.items()):
        bullets = [nfkc(l[1:]).strip() for l in t.replace("\r", "").split("\n")[:15]
                   if l.startswith(("-", "*"))]
        url = next((b for b in bullets if b.startswith("http")), None)
        if url and len(bullets) > 2:
            orgs = sorted(re.sub(r"\s|[(（][^)）]*[)）]", "", b) for b in bullets[1:3]
                          if not re.match(r"\d{4}", b))
            dates = tuple(b for b in bullets[1:3] if re.match(r"\d{4}", b))
            incident = by_path.get(p, {}).get("incident")
            notice = (url, dates, tuple(orgs), incident)
            # the same PDF filed under two names (a school's and its
            # prefecture's): the same URL, day and title
            titled = (url, dates, ("title", bullets[0]), incident)
            if notice in notices or titled in notices:
                continue
            notices.add(notice)
            notices.add(titled)
        month = None
        for b in bullets[1:3]:
            m = re.match(r"(\d{4})\s*年\s*(\d{1,2})\s*月", b) or \
                re.match(r"(\d{4})[/.-](\d{1,2})[/.-]\d{1,2}", b)
            r = re.match(r"令和\s*(\d+|元)\s*年\s*(\d{1,2})\s*月", b)
            if m:
                month = "%s-%02d" % (m.group(1), int(m.group(2)))
            elif r:
                month = "%d-%02d" % (2018 + (1 if r.group(1) == "元" else int(r.group(1))), int(r.group(2)))
            if month:
                break
        folder = p[:7].replace("/", "-")
        if month and re.match(r"\d{4}-\d{2}$", folder):
            # an overview date more than two months from the archive's folder
            # is a slip of the notice: the folder's month counts
            gap = (int(month[:4]) - int(folder[:4])) * 12 + int(month[5:]) - int(folder[5:])
            if abs(gap) > 2:
                month = folder
        # a follow-up whose date bullet is the day of an earlier report its
        # overview links (archive path …/YYYY/MM/DD_….md), filed later:
        # the bullet was copied with that report's overview, the file's day counts
        day = None
        for b in bullets[1:3]:
            d = re.match(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", b)
            if d:
                day = "%s/%02d/%02d" % (d.group(1), int(d.group(2)), int(d.group(3)))
                break
        linked = {m.group(1) for b in bullets[3:]
                  for m in re.finditer(r"/(\d{4}/\d{2}/\d{2})_[^/\s]*\.md", b)}
        if day and day in linked and re.match(r"\d{4}/\d{2}/\d{2}_", p) and p[:10] > day:
            month = folder
        plain[month or folder] += 1
    rows = {r["key"]: r for r in stats_json["breakdowns"]["month"]}
    counted = {k: r["releases"] for k, r in rows.items() if r["releases"]}
    report(counted == dict(plain),
           f"months: {len(counted)} months, release counts equal a plain count by overview date "
           f"{sorted(set(counted.items()) ^ set(plain.items()))[:4]}")

    # totals (per-period figures are checked by the caller's extra stats runs)
    over = [r["key"] for b in ("month", "organization") for r in stats_json["breakdowns"][b]
            if r["incidents"] > r["releases"]]
    t = stats_json["totals"]
    aff = t["affected"]
    ok = t["incidents"] <= t["releases"] and not over and \
        aff["incident"]["persons"] <= aff["release"]["persons"]
    report(ok, f"totals: {t['incidents']} incidents <= {t['releases']} releases; month and "
               f"organisation rows likewise {over[:3]}; persons {aff['incident']['persons']} <= "
               f"{aff['release']['persons']}")

    # newest
    wrong = []
    total = 0
    quoted = {}  # wave → unit → the largest origin total its clients quote
    # wave → unit → the largest total across the origin's clients its
    # releases state (the origin's own, or a client quoting it): a client's
    # own count no larger — in its unit, or in another when the wave states
    # none in its unit — is a part of it, counted with it
    wave_total = collections.defaultdict(dict)

    def note_total(wave, rec):
        u = rec.get("affected_unit") or "persons"
        wave_total[wave][u] = max(wave_total[wave].get(u, 0), rec["affected_persons"])

    by_id = {i["id"]: i for i in incidents}
    for w in stats_json.get("waves", []):
        o = by_id.get(w["origin_incident"]) if w["origin_incident"] else None
        for inc in [o] if o else []:
            for r in inc["releases"]:
                rec = by_path[r["path"]]
                if rec["affected_persons"] is not None:
                    note_total(w["id"], rec)
    for inc in incidents:
        if inc.get("wave") and inc.get("figure_scope") == "origin_total":
            for r in inc["releases"]:
                rec = by_path[r["path"]]
                if rec["affected_persons"] is not None and rec.get("figure_scope") == "origin_total":
                    note_total(inc["wave"], rec)

    def part_total(wave, unit):
        totals = wave_total.get(wave, {})
        if unit in totals:
            return totals[unit]
        return max(totals.values(), default=-1)
    for inc in incidents:
        sums = {}
        # per chain, oldest first: [persons, confirmed, unit]; a smaller
        # count stated wholly as confirmed after a figure that was not is
        # that figure's confirmed part, not a revision — and in another unit
        # (件 after 名) neither: the figure stands alone
        chains = collections.defaultdict(lambda: [None, None, None])
        for r in inc["releases"]:
            rec = by_path[r["path"]]
            p, c = rec["affected_persons"], rec["affected_persons_confirmed"]
            u = rec.get("affected_unit")
            cur = chains[r["chain"]]
            if cur[0] is not None and p is not None and p < cur[0] and c == p and cur[1] != cur[0]:
                if not (cur[2] and u and u != cur[2]):
                    cur[1] = p
                continue
            if p is not None:
                cur[0] = p
                cur[2] = u
            if c is not None:
                cur[1] = c
        for k, field in enumerate(("affected_persons", "affected_persons_confirmed")):
            stated = [v[k] for v in chains.values() if v[k] is not None]
            sums[field] = sum(stated) if stated else None
            if inc.get("joint_notice"):
                # a group's joint notice: the largest chain's figure, its own confirmed part
                big = max((v for v in chains.values() if v[0] is not None), key=lambda v: v[0],
                          default=None)
                sums[field] = big[k] if big else None
            if inc[field] != sums[field]:
                wrong.append((inc["id"], field, inc[field], sums[field]))
        # The period total counts people (人) only, and a wave's origin total
        # quoted by its clients once per wave (not at all when the origin's own
        # incident states its figure): re-counted here from the incidents.
        unit = inc.get("affected_unit") or "persons"
        if inc.get("figure_scope") == "origin_total" and inc.get("wave"):
            best = quoted.setdefault(inc["wave"], {})
            best[unit] = max(best.get(unit, 0), sums["affected_persons"] or 0)
        elif unit == "persons" and inc.get("knock_on") and inc.get("wave") and \
                sums["affected_persons"] is not None and \
                sums["affected_persons"] <= part_total(inc["wave"], unit):
            pass  # a part of its wave's origin total, counted with it
        elif unit == "persons" and inc.get("leak_status") != "none":
            # people of an incident whose newest word is that nothing leaked
            # are not at risk: not counted
            total += sums["affected_persons"] or 0
    origin_counted = {w["id"] for w in stats_json.get("waves", [])
                      if w["origin_incident"] and any(
                          i["id"] == w["origin_incident"] and i["affected_persons"] is not None
                          for i in incidents)}
    for wave, best in quoted.items():
        if wave not in origin_counted:
            total += best.get("persons", 0)
    if total != aff["incident"]["persons"]:
        wrong.append(("totals", total, aff["incident"]["persons"]))
    report(not wrong, f"newest: per-incident affected persons are the newest stated figures of "
                      f"their releases (a later confirmed part aside), summed per chain; the period counts 人 figures (not of "
                      f"incidents said not to have leaked), origin "
                      f"totals once per wave (total {total}) {wrong[:3]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
