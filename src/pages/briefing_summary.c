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

static int64_t attack_incidents(const kj_figures *f, kj_attack_type a, bool previous)
{
    const kj_row *row =
        kj_breakdown_row(&f->by[KJ_BY_ATTACK], kj_vocab_name(KJ_VOCAB_ATTACK, (int)a));
    if (!row)
        return 0;
    return previous ? row->previous.incidents : row->count.incidents;
}

static void key_figures(kj_brief *b, kj_doc *doc)
{
    const kj_figures *f = b->figures;
    const kj_totals *t = &f->totals, *p = &f->previous;
    const kj_affected_sum *a = &t->affected[KJ_UNIT_INCIDENT];
    const kj_affected_sum *pa = &p->affected[KJ_UNIT_INCIDENT];
    struct {
        const char *label, *unit;
        int64_t now, prev;
    } items[] = {
        {"公表件数", "件", t->count.releases, p->count.releases},
        {"事案数", "件", t->count.incidents, p->count.incidents},
        {"公表した組織", "組織", t->organizations, p->organizations},
        {"うち他社の侵害による公表", "件", t->knock_on.releases, p->knock_on.releases},
        {"影響人数（流出を確認）", "人", a->confirmed[KJ_AFFECTED_PERSONS],
         pa->confirmed[KJ_AFFECTED_PERSONS]},
        {"影響人数（流出の可能性）", "人", a->possible[KJ_AFFECTED_PERSONS],
         pa->possible[KJ_AFFECTED_PERSONS]},
        {"ランサムウェア被害", "件", attack_incidents(f, KJ_ATTACK_RANSOMWARE, false),
         attack_incidents(f, KJ_ATTACK_RANSOMWARE, true)},
    };
    enum { N = sizeof items / sizeof items[0] };
    kj_kpi kpis[N];
    for (size_t i = 0; i < N; i++) {
        char num[32];
        kj_tone tone;
        const char *change = kj_brief_change(b, items[i].now, items[i].prev, &tone);
        kpis[i] =
            (kj_kpi){items[i].label, kj_arena_strdup(b->arena, kj_format_count(items[i].now, num)),
                     items[i].unit, change, tone};
    }
    kj_doc_kpis(doc, kpis, N, 3);

    char n1[32], n2[32], n3[32];
    const char *note = kj_arena_printf(
        b->arena,
        "事案数のうち新規%s件、以前からの事案の続報%s件。影響人数は人数が明記された事案（%s件）の"
        "合計で、流出の確認された人数の記載がないものは「流出の可能性」に数えています。"
        "ランサムウェア被害は事案数です。%s",
        kj_format_count(t->new_incidents, n1), kj_format_count(t->continuing_incidents, n2),
        kj_format_count(a->stating, n3), kj_brief_checks_note(b));
    kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY, note);
}

static void highlights(kj_brief *b, kj_doc *doc)
{
    kj_doc_heading(doc, 2, "今月の主な事案", false);
    size_t n = b->n_ranked < b->options.highlights ? b->n_ranked : b->options.highlights;
    if (n == 0) {
        kj_doc_paragraph(doc, "この月に公表された事案はありません。");
        return;
    }
    const char **items = kj_arena_alloc(b->arena, n * sizeof *items);
    for (size_t i = 0; i < n; i++)
        items[i] = kj_brief_describe(b, b->ranked[i]);
    kj_doc_bullets(doc, KJ_STYLE_BODY, items, n);
}

/* The three attack types with most incidents this month, as prose. */
static void top_attacks(kj_brief *b, kj_buf *s)
{
    const kj_breakdown *bd = &b->figures->by[KJ_BY_ATTACK];
    const kj_row *top[3] = {NULL, NULL, NULL};
    for (size_t r = 0; r < bd->n_rows; r++) {
        const kj_row *row = &bd->rows[r];
        if (!row->count.incidents || strcmp(row->key, "not_stated") == 0)
            continue;
        for (size_t k = 0; k < 3; k++) {
            if (!top[k] || row->count.incidents > top[k]->count.incidents) {
                memmove(&top[k + 1], &top[k], (2 - k) * sizeof top[0]);
                top[k] = row;
                break;
            }
        }
    }
    if (!top[0])
        return;
    kj_buf_puts(s, "攻撃・事故の種別では");
    for (size_t k = 0; k < 3 && top[k]; k++)
        kj_buf_printf(s, "%s%s（%lld件）", k ? "、" : "", top[k]->label,
                      (long long)top[k]->count.incidents);
    kj_buf_puts(s, top[1] ? "が多く見られました。" : "が最も多く見られました。");
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

static void overview(kj_brief *b, kj_doc *doc)
{
    const kj_figures *f = b->figures;
    const kj_totals *t = &f->totals, *p = &f->previous;
    char n1[32], n2[32], n3[32], n4[32];
    kj_buf s = {0};
    /* what drove the month first: one breach making many organisations publish */
    kj_brief_waves_lead(f, &s);
    kj_buf_printf(&s, "%sの公表は%s件で、事案にまとめると%s件、公表した組織は%sでした。", b->label,
                  kj_format_count(t->count.releases, n1), kj_format_count(t->count.incidents, n2),
                  kj_format_count(t->organizations, n3));
    int64_t diff = t->count.releases - p->count.releases;
    if (diff)
        kj_buf_printf(&s, "公表件数は前月（%s件）から%s件%sました。",
                      kj_format_count(p->count.releases, n1),
                      kj_format_count(diff > 0 ? diff : -diff, n2), diff > 0 ? "増え" : "減り");
    else
        kj_buf_puts(&s, "公表件数は前月と同じです。");
    top_attacks(b, &s);
    const kj_affected_sum *a = &t->affected[KJ_UNIT_INCIDENT];
    if (a->stating)
        kj_buf_printf(&s, "影響人数を明記した事案は%s件で、その合計は%s人です。",
                      kj_format_count(a->stating, n1),
                      kj_format_count(a->figure[KJ_AFFECTED_PERSONS], n2));
    if (t->third_party.incidents)
        kj_buf_printf(&s, "委託先や外部サービスで起きた事案が%s件ありました。",
                      kj_format_count(t->third_party.incidents, n4));
    kj_doc_heading(doc, 2, "概況", false);
    kj_doc_paragraph(doc, s.data);
    kj_buf_free(&s);
}

void kj_brief_summary(kj_brief *b, kj_doc *doc)
{
    kj_doc_heading(doc, 1, "概要", false);
    key_figures(b, doc);
    highlights(b, doc);
    overview(b, doc);
}

/* --------------------------------------------------------------- method */

void kj_brief_method(kj_brief *b, kj_doc *doc)
{
    const kj_figures *f = b->figures;
    char n1[32], n2[32], from[11];
    kj_doc_heading(doc, 1, "集計の方法と注意点", false);

    kj_doc_heading(doc, 3, "数えているもの", false);
    kj_doc_text(
        doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY,
        kj_arena_printf(
            b->arena,
            "「公表」は組織が公表した文書1件を1件と数え、公表日が%sのものを対象にしています。"
            "「事案」は同じ出来事についての一連の公表（第1報、第2報、最終報など）を1件にまとめたも"
            "ので、%sに公表が1件以上ある事案を数えています。まとめる手がかりは、公表文中の前報への"
            "リンクや事案ID、同じ組織の公表どうしの日付や表題の一致です。別々の組織の公表は、同じ"
            "委託先の事故でも別の事案として数え、その委託先は「続報と複数回の公表」に挙げています。"
            "事案の人数や種別は%s末までに公表された最新の内容によります。前月比は、前月（%s）を同じ"
            "方法で数えた値との差です。",
            b->label, b->label, b->label, b->prev_label));

    kj_doc_heading(doc, 3, "数値の読み取り方", false);
    kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY,
                "攻撃・事故の種別、流出の有無、影響人数、対象となった情報の種類、影響を受けた人の区"
                "分、発生日・検知日、報告先は、公表文の本文から自動で読み取っています。人数は本文に"
                "明記された数値だけを用い、「約」「最大」などの付いた数もその数値として扱います。"
                "続報で人数が改められた場合は新しい数値を使います。流出が確認された人数の記載がない"
                "場合、その事案の人数はすべて「流出の可能性」に数えています。");

    kj_doc_heading(doc, 3, "注意点", false);
    const char *items[] = {
        "自動で読み取った値には誤りや読み落としがありえます。重要な判断の前には、公表一覧の"
        "「出典」から各組織の公表文を確認してください。",
        kj_arena_printf(b->arena,
                        "人数を記載しない公表も多く、影響人数の合計は人数の記載がある事案（%s件の"
                        "うち%s件）だけの値です。",
                        kj_format_count(f->totals.count.incidents, n1),
                        kj_format_count(f->totals.affected[KJ_UNIT_INCIDENT].stating, n2)),
        "1件の事案が複数の攻撃種別や情報の種類に当たることがあり、内訳を足すと事案数を超えます。"
        "推移の図だけは、各事案を最も具体的な種別1つ（ランサムウェア、マルウェア、改ざん、フィッ"
        "シング、不正ログイン、脆弱性悪用、不正アクセスの順）に数えています。",
        "公表までの日数は、発生日・検知日と公表日がいずれも日付まで分かる事案だけで計算しています"
        "。",
        "主な事案は、影響人数の多さに、ランサムウェア被害、流出の確認、クレジットカード・マイナンバ"
        "ー・口座・診療情報などを含むこと、複数の組織に関わることを加味して選んでいます。",
        "対象は公表された事案だけです。公表されない事案や、収録されていない公表は含まれません。",
    };
    kj_doc_bullets(doc, KJ_STYLE_SMALL, items, sizeof items / sizeof items[0]);
    kj_brief_method_checks(b, doc);
    kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_LEFT,
                kj_arena_printf(b->arena,
                                "作成：kaiji %s。同じ集計は kaiji stats --month %.7s で確認できま"
                                "す。",
                                kj_version(), kj_date_format(b->month.from, from)));
}
