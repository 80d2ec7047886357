#!/usr/bin/env python3
"""Write a synthetic archive N times the size of the real one, for benchmarks.

usage: tests/bench/synth.py --scale N --out DIR [--seed S] [--like CORPUS]

Every release is composed here from the project's own sentence templates,
with invented organisations, figures and dates: nothing is copied from the
corpus.  What is taken from the corpus (with --like, default ../shared/corpus)
is only its shape: how many releases each month holds.  Copy k of that shape
is shifted forward by k × (number of months) months, so a 100× archive spans
a century of months while any one month stays the size of the real one —
which is what "a briefing for one month must not slow down as the archive
grows" needs.  The mix follows the corpus: mostly short notices, some long
ones with tables, follow-ups that link their first report, full-width digits,
Japanese-era dates, 万/千 numerals, relative dates, exclusion sentences.
"""
import argparse
import os
import random
import sys
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

PREFIX = ["株式会社", "", "", "学校法人", "医療法人社団", "一般社団法人", "社会福祉法人", ""]
SUFFIX = ["株式会社", "株式会社", "ホールディングス株式会社", "", "有限会社", "協同組合"]
SYLLABLES = ["あお", "みな", "ほし", "かぜ", "こと", "さく", "ひか", "たか", "なみ", "もり",
             "ゆう", "はる", "つき", "いず", "やま", "かわ", "そら", "うみ", "みど", "あさ"]
KANJI = ["精機", "物産", "商事", "工業", "電機", "食品", "運輸", "建設", "化成", "製薬",
         "不動産", "設計", "印刷", "システム", "ネット", "学園", "会", "病院", "協会", "技研"]
CITIES = ["架空市", "仮想町", "例示村", "見本市", "試験市"]
ATTACK_TITLES = [
    "ランサムウェア被害の発生について", "不正アクセスによる個人情報漏えいのおそれについて",
    "当社サーバーへの不正アクセスに関するお知らせ", "メール誤送信に関するお詫び",
    "当社通販サイトへの不正アクセスによる個人情報漏えいに関するお詫びとお知らせ",
    "システム障害の発生について", "従業員メールアカウントへの不正ログインについて",
]
FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def era(year):
    return f"令和{year - 2018}年" if year >= 2019 else f"平成{year - 1988}年"


def write_date(rng, y, m, d):
    form = rng.random()
    if form < 0.6:
        return f"{y}年{m}月{d}日"
    if form < 0.75:
        return f"{era(y)}{m}月{d}日"
    if form < 0.9:
        return f"{y}年{m}月{d}日".translate(FULL)
    return f"{y} 年 {m} 月 {d} 日"


def write_count(rng, n, unit):
    form = rng.random()
    if form < 0.45:
        return f"{n:,}{unit}"
    if form < 0.6:
        return f"約{n:,}{unit}"
    if form < 0.75:
        return f"{n:,}{unit}".translate(FULL)
    if form < 0.85 and n >= 10000:
        man, rest = divmod(n, 10000)
        sen = rest // 1000
        return f"約{man}万{sen}千{unit}" if sen else f"約{man}万{unit}"
    return f"最大{n:,}{unit}"


def organisation(rng):
    if rng.random() < 0.08:
        return f"{rng.choice(['北', '南', '東', '西', '中央'])}{rng.choice(['県', '府'])}{rng.choice(CITIES)}"
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 2))) + rng.choice(KANJI)
    pre, suf = rng.choice(PREFIX), rng.choice(SUFFIX)
    if pre:
        return pre + name
    return name + (suf or "株式会社")


def paragraph(rng, ctx):
    y, m, d = ctx["date"]
    dd = max(1, d - rng.randint(1, 9))
    t = rng.choice([
        lambda: f"このたび、当社が管理するサーバーが第三者による不正アクセスを受け、{write_date(rng, y, m, dd)}にファイルの一部が暗号化されていることを確認いたしました。",
        lambda: f"{write_date(rng, y, m, dd)}、当社ネットワークにおいて不審な通信を検知し、直ちに外部との接続を遮断いたしました。同月{min(28, dd + 2)}日には外部専門機関による調査を開始しております。",
        lambda: f"調査の結果、お客様の個人情報{write_count(rng, ctx['n'], '件')}が外部に流出した可能性があることが判明いたしました。",
        lambda: f"現時点で、流出した情報が悪用された事実は確認されておりません。",
        lambda: f"なお、クレジットカード情報は含まれておりません。",
        lambda: f"本件につきましては、個人情報保護委員会へ報告するとともに、所轄の警察署にも相談しております。",
        lambda: f"翌{min(28, dd + 1)}日、被害拡大を防止するため、当該サーバーをネットワークから切り離しました。",
        lambda: f"お取引先様{write_count(rng, max(10, ctx['n'] // 20), '社')}の担当者様の氏名、会社名、電話番号が含まれておりました。",
        lambda: f"対象となる方には、{write_date(rng, y, m, min(28, d + 3))}より順次、書面にてご連絡を差し上げております。",
        lambda: f"当社では、VPN装置の脆弱性（CVE-{y - 1}-{rng.randint(10000, 99999)}）が悪用されたものと考えております。",
        lambda: f"業務委託先である{organisation(rng)}のシステムがランサムウェアに感染し、当社が預託していた情報が閲覧された可能性がございます。",
        lambda: f"関係者の皆様に多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。",
    ])
    return t()


def release_text(rng, org, title, date, url, link, ctx):
    y, m, d = date
    lines = ["# 公表概要", f"- {title}", f"- {y}年{m}月{d}日", f"- {org}", f"- {url}"]
    if link:
        lines.append(f"- 第1報：{link}")
    lines += ["", "# 本文"]
    # size: mostly short, a long tail (the corpus: median ~2 KB, mean ~2.6 KB)
    sections = rng.choice([2, 2, 3, 3, 4, 5, 6, 12])
    lines.append(paragraph(rng, ctx))
    lines.append("")
    for s in range(sections):
        lines.append(f"## {s + 1}. " + rng.choice(["経緯", "漏えいした可能性のある情報", "対応状況", "再発防止策", "お客様へのお願い"]))
        for _ in range(rng.randint(1, 5)):
            lines.append(paragraph(rng, ctx))
            lines.append("")
        if rng.random() < 0.35:
            for item in rng.sample(["氏名", "住所", "電話番号", "メールアドレス", "生年月日", "性別", "購入履歴", "ログインID"], rng.randint(2, 5)):
                lines.append(f"- {item}")
            lines.append("")
        if rng.random() < 0.04:
            lines += ["| 区分 | 件数 |", "|---|---|",
                      f"| お客様 | {write_count(rng, ctx['n'], '件')} |",
                      f"| 従業員 | {write_count(rng, max(1, ctx['n'] // 30), '名')} |", ""]
    lines += ["## お問い合わせ先", f"{org} お客様相談窓口", "受付時間：平日 9:00～17:00", ""]
    return "\n".join(lines)


def month_shape(corpus):
    counts = {}
    for dirpath, _, names in os.walk(corpus):
        rel = os.path.relpath(dirpath, corpus).split(os.sep)
        if len(rel) == 2 and rel[0].isdigit() and rel[1].isdigit():
            counts[(int(rel[0]), int(rel[1]))] = sum(1 for n in names if n.endswith(".md"))
    return sorted(counts.items())


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--like", default=os.path.join(ROOT, "..", "shared", "corpus"))
    args = ap.parse_args()
    shape = month_shape(args.like)
    if not shape:
        sys.exit(f"synth: no YYYY/MM folders under {args.like}")
    rng = random.Random(args.seed)
    span = len(shape)
    written = 0
    recent = []  # (org, path) of recent first reports, for follow-ups
    for copy in range(args.scale):
        for index, ((y0, m0), count) in enumerate(shape):
            months = (y0 * 12 + m0 - 1) + copy * span
            y, m = divmod(months, 12)
            m += 1
            folder = os.path.join(args.out, f"{y:04d}", f"{m:02d}")
            os.makedirs(folder, exist_ok=True)
            for _ in range(count):
                d = rng.randint(1, 28)
                link = None
                if recent and rng.random() < 0.2:
                    org, first = rng.choice(recent)
                    link = "https://github.com/example/archive/blob/main/" + urllib.parse.quote(first)
                else:
                    org = organisation(rng)
                title = rng.choice(ATTACK_TITLES) + ("（第2報）" if link else "")
                name = f"{d:02d}_{org}.md"
                path = f"{y:04d}/{m:02d}/{name}"
                full = os.path.join(args.out, path)
                if os.path.exists(full):
                    continue
                ctx = {"date": (y, m, d), "n": int(10 ** rng.uniform(1, 5.5))}
                text = release_text(rng, org, title, (y, m, d),
                                    f"https://www.example.jp/news/{y}{m:02d}{d:02d}-{written}.html",
                                    link, ctx)
                with open(full, "w", encoding="utf-8") as fh:
                    fh.write(text)
                written += 1
                if not link:
                    recent.append((org, path))
                    if len(recent) > 200:
                        recent.pop(0)
    print(f"synth: wrote {written} releases under {args.out}")


if __name__ == "__main__":
    main()
