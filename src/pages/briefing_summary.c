/*
 * briefing_summary.c — the prose of the briefing: the summary page (key
 * figures against the previous month, the main incidents in one line each,
 * an overview paragraph) and the method note at the end.
 */
#include <stdio.h>
#include <string.h>

#include "briefing_internal.h"
#include "kaiji/alloc.h"
#include "kaiji/kaiji.h"
#include "kaiji/text.h"

const char *kj_brief_newly_confirmed_note(kj_brief *b)
{
    const kj_figures *f = b->figures;
    /* A follow-up that confirms people an earlier month counted adds none
     * to 「流出を確認」 (they were counted when first published), so a month
     * whose news is a confirmation would show 0人 there: the note says how
     * many people the month newly confirms (日本セラミック's 1,950人 of the
     * 38,500人 announced in June, confirmed in September). */
    int64_t newly_confirmed = 0;
    for (size_t i = 0; i < f->n_incidents; i++)
        if (f->incidents[i].facts.affected_unit == KJ_AFFECTED_PERSONS)
            newly_confirmed += f->incidents[i].confirmed_in_period;
    char n0[32];
    return newly_confirmed > 0
               ? kj_arena_printf(
                     b->arena,
                     "このほか、前月までに公表された人のうち%s人の流出がこの月に確認され"
                     "ています（「流出を確認」には数えていません）。",
                     kj_format_count(newly_confirmed, n0))
               : "";
}

static void key_figures(kj_brief *b, kj_doc *doc)
{
    const kj_figures *f = b->figures;
    const kj_totals *t = &f->totals, *p = &f->previous;
    const kj_affected_sum *a = &t->affected[KJ_UNIT_INCIDENT];
    const kj_affected_sum *pa = &p->affected[KJ_UNIT_INCIDENT];
    typedef struct item {
        const char *label, *unit;
        int64_t now, prev;
    } item;
    item items[9] = {
        {"公表件数", "件", t->count.releases, p->count.releases},
        {"事案数", "件", t->count.incidents, p->count.incidents},
        {"公表した組織", "組織", t->organizations, p->organizations},
        /* incidents, as page 2's check counts them: every breach at a
         * contractor or an outside service, not only a wave's notices */
        {"うち委託先・外部サービスで発生", "件", t->third_party.incidents,
         p->third_party.incidents},
        {"影響人数（流出を確認）", "人", a->confirmed[KJ_AFFECTED_PERSONS],
         pa->confirmed[KJ_AFFECTED_PERSONS]},
        {"影響人数（流出の可能性）", "人", a->possible[KJ_AFFECTED_PERSONS],
         pa->possible[KJ_AFFECTED_PERSONS]},
        /* attacks: a vendor's breach behind many clients' notices is one */
        {"ランサムウェア被害", "件", t->ransomware_attacks, p->ransomware_attacks},
    };
    size_t n = 7;
    if (b->options.listed)
        items[n++] = (item){"上場企業の事案", "件", t->listed.incidents, p->listed.incidents};
    if (b->options.watch)
        items[n++] = (item){"関係先に関する公表", "件", t->watch.releases, p->watch.releases};
    kj_kpi kpis[9];
    for (size_t i = 0; i < n; i++) {
        char num[32];
        kpis[i] = (kj_kpi){
            items[i].label, kj_arena_strdup(b->arena, kj_format_count(items[i].now, num)),
            items[i].unit, kj_brief_change(b, items[i].now, items[i].prev), KJ_TONE_NEUTRAL};
    }
    kj_doc_heading(doc, 2, "主な指標", false);
    kj_doc_kpis(doc, kpis, n, 3);

    char n1[32], n2[32], n3[32], n4[32];
    const char *note = kj_arena_printf(
        b->arena,
        "事案数のうち新規%s件、以前からの事案の続報%s件。影響人数はこの月に新たに公表された人数"
        "で、人数（人）を記載した%"
        "s件の合計です（続報は前月までの公表から増えた分だけを数え、件数・アカウント"
        "数は別に数えて足していません）。同じ発生元の全体の数は1回だけ数え、各組織の数がその内数の"
        "ときは"
        "足していません。流出の確認さ"
        "れた人数の記載がないものは「流出の可能性」に数え、流出がなかったとされた人数はどちらにも"
        "数えていません。%"
        "sランサムウェア被害は攻撃の数で、委託先など1つの発生元への攻撃による各組織"
        "の公表は1件と数えます（事案数では%s件）。▲▼は増減の向きで、良し悪しではありませ"
        "ん。%s",
        kj_format_count(t->new_incidents, n1), kj_format_count(t->continuing_incidents, n2),
        kj_format_count((long long)b->figures->n_persons_items, n3),
        kj_brief_newly_confirmed_note(b), kj_format_count(t->ransomware_incidents, n4),
        kj_brief_checks_note(b));
    kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY, note);
}

static void highlights(kj_brief *b, kj_doc *doc)
{
    kj_doc_heading(doc, 2, "今月の主な事案", false);
    size_t n = b->n_stories < b->options.highlights ? b->n_stories : b->options.highlights;
    if (n == 0) {
        kj_doc_paragraph(doc, "この月に公表された事案はありません。");
        return;
    }
    const char **items = kj_arena_alloc(b->arena, n * sizeof *items);
    for (size_t i = 0; i < n; i++)
        items[i] =
            kj_arena_printf(b->arena, "%zu．%s", i + 1, kj_brief_story_line(b, &b->stories[i]));
    kj_doc_bullets(doc, KJ_STYLE_BODY, items, n);
    kj_doc_text(
        doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY,
        "評点の高い順。同じ発生元の侵害による各組織の公表は、まとめて1行にしています。評点の"
        "付け方は「集計の方法と注意点」にあります。");
}

static int by_releases_desc(const void *a, const void *b)
{
    const kj_row *x = *(const kj_row *const *)a, *y = *(const kj_row *const *)b;
    if (x->count.releases != y->count.releases)
        return x->count.releases > y->count.releases ? -1 : 1;
    return strcmp(x->key, y->key);
}

size_t kj_brief_waves_lead(const kj_figures *f, kj_buf *out)
{
    const kj_breakdown *bd = kj_figures_breakdown(f, KJ_BY_WAVE);
    int64_t all = f->totals.count.releases;
    if (!bd || !bd->n_rows || all <= 0)
        return 0;
    const kj_row **rows = kj_xmalloc(bd->n_rows * sizeof *rows);
    size_t n = 0;
    for (size_t i = 0; i < bd->n_rows; i++)
        if (bd->rows[i].count.releases >= 5 && bd->rows[i].count.releases * 10 >= all)
            rows[n++] = &bd->rows[i];
    qsort(rows, n, sizeof *rows, by_releases_desc);
    if (n > 3)
        n = 3;
    char n1[32], n2[32], n3[32];
    for (size_t i = 0; i < n; i++) {
        const kj_row *r = rows[i];
        if (i == 0)
            kj_buf_printf(out, "公表%s件のうち", kj_format_count(all, n1));
        else
            kj_buf_puts(out, "また、");
        kj_buf_printf(out, "%s件（%s事案）は%sに関するものです。",
                      kj_format_count(r->count.releases, n2),
                      kj_format_count(r->count.incidents, n3), r->label ? r->label : r->key);
    }
    free(rows);
    return n;
}

void kj_brief_summary(kj_brief *b, kj_doc *doc)
{
    kj_doc_heading(doc, 1, "概要", false);
    kj_brief_watch_section(b, doc);
    kj_brief_exec_summary(b, doc);
    key_figures(b, doc);
    kj_brief_checks(b, doc);
    highlights(b, doc);
}

/* --------------------------------------------------------------- method */

void kj_brief_method(kj_brief *b, kj_doc *doc)
{
    const kj_figures *f = b->figures;
    char n1[32], n2[32];
    kj_doc_heading(doc, 1, "集計の方法と注意点", false);

    kj_doc_heading(doc, 3, "数えているもの", false);
    kj_doc_text(
        doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY,
        kj_arena_printf(
            b->arena,
            "「公表」は組織が公表した文書1件を1件と数え、公表日が%sのものを対象にしています。"
            "「事案」は同じ出来事についての一連の公表（第1報、第2報、最終報など）を1件にまとめたも"
            "ので、%sに公表が1件以上ある事案を数えています。まとめる手がかりは、公表文中の前報への"
            "リンクや事案ID、同じ組織の公表どうしの日付や表題の一致です。一つの委託先やサービスの"
            "侵害を多くの組織がそれぞれ公表したもの（波及）は、組織ごとに別の事案として数え、主な"
            "事案と付録ではまとめて示します。その委託先が公表した全体の人数・件数は1回だけ数えます"
            "。"
            "事案の人数や種別は%s末までに公表された最新の内容によります。ただし月の影響人数・件数は"
            "その月に新たに公表された数で、前月までに公表のあった事案はその後増えた分だけを数え（各"
            "月を足すと全体になります）、流出がなかったとされた事案の数は数えていません。前月比は、"
            "前月（%s）を同じ方法で数えた値との差です。",
            b->label, b->label, b->label, b->prev_label));

    kj_doc_heading(doc, 3, "比べている範囲", false);
    kj_doc_text(
        doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY,
        kj_arena_printf(
            b->arena,
            "集計に使った公表は%d年%d月%d日から%d年%d月%"
            "d日までのものです。これより前の月は「データなし」であって"
            "0件ではないため、推移の図には描かず、月平均にも入れていません。月の途中から収録が始"
            "まった月は推移の図に収録の始まった日を添え、月平均からは除いています。直近3か月・12か"
            "月の月平均は、この月より前の月のうち全日が収録されている月だけの平均です。",
            f->coverage.from.year, f->coverage.from.month, f->coverage.from.day,
            f->coverage.to.year, f->coverage.to.month, f->coverage.to.day));

    kj_doc_heading(doc, 3, "数値の読み取り方", false);
    kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY,
                "攻撃・事故の種別、流出の有無、影響人数、対象となった情報の種類、影響を受けた人の区"
                "分、発生日・検知日、報告先は、公表文の本文から自動で読み取っています。数は本文に"
                "明記されたものだけを用い、人（人数）、件（記録の件数）、アカウントの単位ごとに分け"
                "て、足し合わせません。「約」「最大」「延べ」「暫定」の付いた数もその数値として数"
                "えますが、「最大」「延べ」「暫定」は事案の行や表の数に添えています（延べは同じ人"
                "を重ねて数えた数です）。一つの公表が別々の対象を人数と件数で示した場合は足し合わ"
                "せて多い方の単位で数え、「人数と件数の合計」と添えています。"
                "続報で数が改められた場合は新しい数を使います。流出が確認された人数の記載がない"
                "場合、その事案の人数はすべて「流出の可能性」に数えています。前月までに公表された数"
                "は、主な事案の行に「数は前月までの公表」と添え、評点の規模には数えません。本文に記"
                "載のない項目は"
                "どの図でも「記載なし」とし、棒には含めず図の下に件数を示しています。");

    kj_doc_heading(doc, 3, "主な事案の評点", false);
    const char *score[] = {
        "関係先（監視リストの名前を含む）：5点",
        "規模（影響の人数・件数・アカウント数）：100万以上4点、10万以上3点、1万以上2点、"
        "1,000以上1点",
        "流出の確認：2点。機微な情報（クレジットカード、マイナンバー、口座、診療情報、旅券、"
        "運転免許証）：2点。ランサムウェア：2点",
        /* without the user's list of listed companies no incident can earn
         * the point: the rule says so instead of promising it */
        b->options.listed
            ? "複数組織（同じ発生元について3組織以上が公表）：2点。"
              "続報（一つの事案について月内に3件以上の公表）：2点。上場企業：1点"
            : "複数組織（同じ発生元について3組織以上が公表）：2点。"
              "続報（一つの事案について月内に3件以上の公表）：2点。上場企業：1点"
              "（上場銘柄一覧が指定されていないため、この版ではどの事案にも加えていません）",
    };
    kj_doc_bullets(doc, KJ_STYLE_SMALL, score, sizeof score / sizeof score[0]);

    kj_doc_heading(doc, 3, "注意点", false);
    const char *items[] = {
        "自動で読み取った値には誤りや読み落としがありえます。重要な判断の前には、付録の公表一覧"
        "の「出典」から各組織の公表文を確認してください。",
        kj_arena_printf(b->arena,
                        "人数を記載しない公表も多く、影響人数の合計は人数の記載がある事案（%s件の"
                        "うち%s件）だけの値です。",
                        kj_format_count(f->totals.count.incidents, n1),
                        kj_format_count(f->totals.affected[KJ_UNIT_INCIDENT].stating, n2)),
        "1件の事案が複数の攻撃種別や情報の種類に当たることがあり、内訳を足すと事案数を超えます。"
        "推移の図だけは、各事案を最も具体的な種別1つ（ランサムウェア、マルウェア、改ざん、フィッ"
        "シング、不正ログイン、脆弱性悪用、不正アクセスの順）に数えています。",
        "公表までの日数は、発生日・検知日と最初の公表日がいずれも日付まで分かる事案だけで計算して"
        "います。収録より前に公表された第1報の日付を公表文が挙げている場合は、その日を最初の公表"
        "とします。検知が発生より前など、ありえない順の日付は図に描かず「要確認」としています。",
        "上場企業かどうかは、利用者が用意した取引所の上場銘柄一覧と組織名（法人格・表記の揺れを"
        "除く）が一致するかで判定しています。子会社や名前の一部が一致するだけの会社は含みません。",
        "対象は公表された事案だけです。公表されない事案や、収録されていない公表は含まれません。",
    };
    size_t n_items = sizeof items / sizeof items[0];
    if (!b->options.listed)
        n_items--, items[4] = items[5];
    kj_doc_bullets(doc, KJ_STYLE_SMALL, items, n_items);
    kj_brief_method_checks(b, doc);
    kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_LEFT,
                kj_arena_printf(b->arena, "作成：kaiji %s（公表の自動集計）", kj_version()));
}
