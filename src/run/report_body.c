/*
 * report_body.c — the Japanese text of a message: the period's key figures
 * against the previous period, the incidents with most affected persons,
 * the releases new since the job's last message, the attachments.
 *
 * The figures are kj_figures (aggregate.h) of the period, the numbers
 * `kaiji stats` and the briefing print — never counted another way here.
 */
#include <stdio.h>
#include <string.h>

#include "kaiji/briefing.h"
#include "kaiji/text.h"
#include "run_report.h"

static const char *const before[] = {"前月", "前週", "前日"};

static void put_signed(kj_buf *b, int64_t delta)
{
    char num[32];
    if (delta > 0)
        kj_buf_printf(b, "+%s", kj_format_count(delta, num));
    else if (delta < 0)
        kj_buf_printf(b, "−%s", kj_format_count(-delta, num)); /* U+2212, as reports print it */
    else
        kj_buf_puts(b, "±0");
}

/* `・公表件数: 12件（前月 10件、+2）` */
static void put_figure(kj_buf *b, const char *label, const char *unit, int64_t now, int64_t prev,
                       const char *prev_word)
{
    char n1[32], n2[32];
    kj_buf_printf(b, "・%s: %s%s（%s %s%s、", label, kj_format_count(now, n1), unit, prev_word,
                  kj_format_count(prev, n2), unit);
    put_signed(b, now - prev);
    kj_buf_puts(b, "）\n");
}

/* Attacks, as the briefing's key figure: a vendor's breach behind many
 * clients' notices once. */
static int64_t ransomware(const kj_figures *f, bool previous)
{
    return previous ? f->previous.ransomware_attacks : f->totals.ransomware_attacks;
}

/* The key figures of the briefing's summary page, in its order. */
static void put_figures(kj_buf *b, kj_calendar_period p, const kj_figures *f)
{
    char label[64], prev_label[64];
    kj_calendar_label(p, label, sizeof label);
    kj_calendar_label(kj_calendar_prev(p), prev_label, sizeof prev_label);
    const char *prev = before[p.kind];
    kj_buf_printf(b, "■ 概況（%s。かっこ内は%s %s との比較）\n", label, prev, prev_label);
    const kj_totals *t = &f->totals, *pt = &f->previous;
    const kj_affected_sum *a = &t->affected[KJ_UNIT_INCIDENT];
    const kj_affected_sum *pa = &pt->affected[KJ_UNIT_INCIDENT];
    put_figure(b, "公表件数", "件", t->count.releases, pt->count.releases, prev);
    put_figure(b, "事案数", "件", t->count.incidents, pt->count.incidents, prev);
    put_figure(b, "公表した組織", "組織", t->organizations, pt->organizations, prev);
    put_figure(b, "うち他社の侵害による公表", "件", t->knock_on.releases, pt->knock_on.releases,
               prev);
    put_figure(b, "影響人数（流出を確認）", "人", a->confirmed[KJ_AFFECTED_PERSONS],
               pa->confirmed[KJ_AFFECTED_PERSONS], prev);
    put_figure(b, "影響人数（流出の可能性）", "人", a->possible[KJ_AFFECTED_PERSONS],
               pa->possible[KJ_AFFECTED_PERSONS], prev);
    put_figure(b, "ランサムウェア被害", "件", ransomware(f, false), ransomware(f, true), prev);
    char n1[32], n2[32], n3[32];
    kj_buf_printf(b,
                  "（事案数のうち新規%s件、以前からの事案の続報%s件。影響人数は人数が明記された"
                  "事案%s件の合計です）\n\n",
                  kj_format_count(t->new_incidents, n1),
                  kj_format_count(t->continuing_incidents, n2), kj_format_count(a->stating, n3));
}

/* `lead` and archive text `text` (made visible), when there is text. */
static void put_text(kj_buf *b, const char *lead, const char *text)
{
    if (!text || !*text)
        return;
    kj_buf_puts(b, lead);
    kj_buf_append_visible(b, text);
}

/* The labels of a set's values, `・`-joined, or `none`. */
static void put_labels(kj_buf *b, kj_vocab vocab, kj_set set, const char *none)
{
    size_t shown = 0;
    for (int v = 0; v < kj_vocab_size(vocab); v++)
        if (set & (1u << v))
            kj_buf_printf(b, "%s%s", shown++ ? "・" : "", kj_vocab_label(vocab, v));
    if (!shown)
        kj_buf_puts(b, none);
}

/*
 * One of the largest incidents, in four lines:
 *   1. 株式会社A（ほか1組織）: ランサムウェア・不正アクセス
 *      影響人数 12,000人（流出を確認 1,200人）／流出の可能性
 *      最新の公表 2026-03-19（第3報）: タイトル
 *      https://…
 */
static void put_incident(kj_buf *b, size_t rank, const kj_incident_view *v, kj_date as_of)
{
    const kj_incident *inc = v->incident;
    const kj_incident_facts *f = &v->facts;
    char n1[32], n2[32], date[11];
    kj_buf_printf(b, "%zu. ", rank);
    kj_buf_append_visible(b, inc->organization ? inc->organization : "（組織名不明）");
    if (inc->n_organizations > 1)
        kj_buf_printf(b, "（ほか%zu組織）", inc->n_organizations - 1);
    kj_buf_puts(b, ": ");
    put_labels(b, KJ_VOCAB_ATTACK, f->attack_types, "攻撃・事故の種別は記載なし");
    kj_buf_printf(b, "\n   影響人数 %s人", kj_format_count(f->affected_persons, n1));
    if (f->affected_persons_confirmed > 0 && f->affected_persons_confirmed < f->affected_persons)
        kj_buf_printf(b, "（流出を確認 %s人）", kj_format_count(f->affected_persons_confirmed, n2));
    kj_buf_printf(b, "／%s", kj_vocab_label(KJ_VOCAB_LEAK, (int)f->leak_status));
    if (f->affected_organizations > 0)
        kj_buf_printf(b, "／取引先など%s組織に影響",
                      kj_format_count(f->affected_organizations, n1));
    /* The newest release as known at the period's end (an incident of the
     * period has one). */
    size_t k = kj_incident_members_as_of(inc, as_of);
    const kj_release *rel = inc->members[k ? k - 1 : 0].release;
    kj_buf_printf(b, "\n   最新の公表 %s", kj_date_format(rel->published, date));
    if (rel->report.final)
        kj_buf_puts(b, "（最終報）");
    else if (rel->report.number > 0)
        kj_buf_printf(b, "（第%d報）", rel->report.number);
    put_text(b, ": ", rel->overview.title);
    put_text(b, "\n   ", rel->overview.source_url);
    kj_buf_puts(b, "\n");
}

static void put_largest(kj_buf *b, const kj_job_config *job, const kj_figures *f)
{
    kj_date as_of = f->period.to;
    if (job->largest == 0)
        return;
    kj_buf_puts(b, "■ 影響人数の多い事案\n");
    size_t n = f->n_largest < (size_t)job->largest ? f->n_largest : (size_t)job->largest;
    if (n == 0)
        kj_buf_puts(b, "・影響人数の記載された事案はありません\n");
    for (size_t i = 0; i < n; i++)
        put_incident(b, i + 1, f->largest[i], as_of);
    kj_buf_puts(b, "\n");
}

static void put_release_line(kj_buf *b, const kj_release *rel)
{
    char date[11];
    kj_date_format(rel->published, date);
    kj_buf_printf(b, "・%s ", date);
    kj_buf_append_visible(b, rel->overview.n_organizations ? rel->overview.organizations[0]
                                                           : "（組織名不明）");
    for (size_t k = 1; k < rel->overview.n_organizations && k < 3; k++) {
        kj_buf_puts(b, "、");
        kj_buf_append_visible(b, rel->overview.organizations[k]);
    }
    if (rel->overview.n_organizations > 3)
        kj_buf_printf(b, " ほか%zu組織", rel->overview.n_organizations - 3);
    put_text(b, "\n  ", rel->overview.title);
    put_text(b, "\n  ", rel->overview.source_url);
    kj_buf_puts(b, "\n");
}

static void put_new_releases(kj_buf *b, const kj_job_config *job, const kj_release **items,
                             size_t n)
{
    kj_buf_printf(b, "■ 前回の送信以降に公表・収録されたもの（%zu件）\n", n);
    if (n == 0)
        kj_buf_puts(b, "・ありません\n");
    size_t shown = n < (size_t)job->list_limit ? n : (size_t)job->list_limit;
    for (size_t i = 0; i < shown; i++)
        put_release_line(b, items[i]);
    if (shown < n)
        kj_buf_printf(b, "・ほか%zu件（添付または kaiji export で確認できます）\n", n - shown);
    kj_buf_puts(b, "\n");
}

static void put_attachments(kj_buf *b, const run_inputs *in, const run_report *r)
{
    size_t n_left = 0;
    for (size_t i = 0; i < r->n_files; i++)
        n_left += !r->files[i].attached;
    bool pages = in->job->kind == KJ_JOB_ONEPAGERS;
    if (pages)
        kj_buf_printf(b, "■ 事案別ワンページャー（新たな公表のあった事案、%zu件）\n", r->n_files);
    else if (r->n_files)
        kj_buf_puts(b, "■ 添付ファイル\n");
    if (n_left)
        kj_buf_printf(b,
                      "（メールの大きさの上限 %d MB のため、%zu件は添付せず保存先に置いています: "
                      "%s）\n",
                      in->config->max_message_mb, n_left, in->config->out_dir);
    if (pages && r->n_files == 0)
        kj_buf_puts(b, "・ありません\n");
    for (size_t i = 0; i < r->n_files; i++) {
        kj_buf_printf(b, "・%s%s\n", r->files[i].name, r->files[i].attached ? "" : "（添付なし）");
        if (r->files[i].about)
            kj_buf_printf(b, "  %s\n", r->files[i].about);
    }
    if (r->n_files || pages)
        kj_buf_puts(b, "\n");
}

static void put_footer(kj_buf *b, const run_inputs *in)
{
    kj_buf_printf(b,
                  "-- \n"
                  "このメールは kaiji %s が自動で送信しました（ジョブ「%s」）。\n"
                  "件数は公表文から機械的に読み取ったものです。正確な内容は各公表文の原文を"
                  "ご確認ください。\n",
                  in->version, in->job->name);
}

static const char *const titles[KJ_JOB__COUNT] = {
    "情報セキュリティ開示 月次ブリーフィング",
    "情報セキュリティ開示 週次ダイジェスト",
    "情報セキュリティ開示 事案別ワンページャー",
    "情報セキュリティ開示 公表一覧",
};

/* `【関係先に関する公表 3件】IIJ（2件）、株式会社みなと精機（1件）`: the
 * first line when the period's releases name the watch list. */
static void put_watch(kj_buf *b, const kj_figures *f)
{
    char n1[32];
    if (!f->totals.watch.releases)
        return;
    kj_buf_printf(b, "【関係先に関する公表 %s件】", kj_format_count(f->totals.watch.releases, n1));
    const kj_breakdown *rows = kj_figures_breakdown(f, KJ_BY_WATCH);
    for (size_t r = 0; r < rows->n_rows; r++) {
        if (r)
            kj_buf_puts(b, "、");
        kj_buf_append_visible(b, rows->rows[r].label);
        kj_buf_printf(b, "（%s件）", kj_format_count(rows->rows[r].count.releases, n1));
    }
    kj_buf_puts(b, "\n\n");
}

char *kj_run_report_body(const run_inputs *in, kj_calendar_period p, const kj_figures *f,
                         const kj_release **fresh, size_t n_fresh, const run_report *r)
{
    char label[64];
    kj_buf b = {0};
    put_watch(&b, f); /* what concerns us first */
    kj_buf_printf(&b, "%s（%s）\n\n", titles[in->job->kind],
                  kj_calendar_label(p, label, sizeof label));
    /* what drove the period, in its first lines */
    if (kj_brief_waves_lead(f, &b))
        kj_buf_puts(&b, "\n\n");
    put_figures(&b, p, f);
    put_largest(&b, in->job, f);
    put_new_releases(&b, in->job, fresh, n_fresh);
    put_attachments(&b, in, r);
    put_footer(&b, in);
    return b.data;
}
