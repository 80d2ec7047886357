/*
 * The monthly briefing over the sample archive, with the facts of its
 * expected.jsonl (not the extract stage), so what the pages say is proven
 * on its own: the main incidents and their one-line descriptions, the
 * trend by main attack type, follow-ups and contractors, changes against
 * the previous month, the PDF itself (pages, nothing off the page body,
 * reproducible bytes) and the layout file's errors.  Every expected value
 * was worked out by hand from tests/sample-archive/README.md.  The ranking
 * and the descriptions are checked for what the rule and the figures imply
 * (order by dominance, each figure in its sentence), not as fixed texts.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../src/pages/briefing_internal.h"
#include "../../src/render/render_internal.h"
#include "kaiji/briefing.h"
#include "kaiji/checks.h"
#include "kaiji/parse.h"
#include "kaiji/text.h"
#include "file_bytes.h"
#include "sample_releases.h"

typedef struct fixture {
    kj_release_set releases;
    kj_incident_set *incidents; /* default grouping, as `kaiji briefing` does */
    char dir[64];
} fixture;

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    sample_releases_load(&fx->releases);
    fx->incidents =
        kj_incidents_group((const kj_release *const *)fx->releases.items, fx->releases.n, NULL);
    snprintf(fx->dir, sizeof fx->dir, "/tmp/kaiji-briefing-XXXXXX");
    if (!mkdtemp(fx->dir))
        return -1;
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    kj_incident_set_free(fx->incidents);
    kj_release_set_free(&fx->releases);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx->dir);
    int rc = getenv("KAIJI_KEEP_TEST_FILES") ? 0 : system(cmd);
    free(fx);
    sample_releases_done();
    return rc;
}

static kj_period month(const char *text)
{
    kj_period p;
    kj_error err;
    assert_int_equal(kj_period_month(text, &p, &err), KJ_OK);
    return p;
}

static void open_brief(fixture *fx, kj_brief *b, const char *text)
{
    kj_error err;
    kj_status st = kj_brief_open(b, fx->incidents, month(text), NULL, NULL, &err);
    if (st != KJ_OK)
        fail_msg("%s", err.message);
}

static char *path_in(fixture *fx, const char *name)
{
    static char path[2][256];
    static int turn;
    turn ^= 1;
    snprintf(path[turn], sizeof path[turn], "%s/%s", fx->dir, name);
    return path[turn];
}

static size_t pdf_pages(const char *data, size_t len)
{
    size_t n = 0;
    for (const char *p = data; (p = test_find_bytes(p, len - (size_t)(p - data), "/Type /Page"));
         p += 11)
        n += p[11] != 's';
    return n;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* ------------------------------------------------------------------ data */

/*
 * The ranking rule (README, "The monthly briefing"; the method page): a
 * visible score from the marks of kj_brief_score.  What it implies: the
 * stories come highest score first, every incident of the month is told
 * once (a wave's notices as their wave), and each story's score is the sum
 * of the reasons it prints.
 */
static size_t rank_of(const kj_brief *b, const char *org)
{
    for (size_t i = 0; i < b->n_stories; i++)
        if (!b->stories[i].wave && strcmp(b->stories[i].view->incident->organization, org) == 0)
            return i;
    fail_msg("no story of %s", org);
    return 0;
}

static void check_ranking(const kj_brief *b)
{
    /* Every incident of the month once: alone, or in its wave (the wave's
     * origin's own incident with it). */
    for (size_t i = 0; i < b->figures->n_incidents; i++) {
        const kj_incident_view *v = &b->figures->incidents[i];
        size_t seen = 0;
        for (size_t r = 0; r < b->n_stories; r++) {
            const kj_brief_story *s = &b->stories[r];
            if (s->wave) {
                long origin = s->wave->wave->origin_incident;
                seen += v->incident->wave == (int32_t)s->wave->index ||
                        (origin >= 0 && v->incident == &b->set->items[origin]);
            } else {
                seen += s->view == v;
            }
        }
        assert_int_equal(seen, 1);
    }
    for (size_t r = 0; r < b->n_stories; r++) {
        const kj_brief_story *s = &b->stories[r];
        int sum = 0;
        for (size_t k = 0; k < s->n_reasons; k++)
            sum += s->reasons[k].points;
        assert_int_equal(sum, s->score);
        if (r)
            assert_true(b->stories[r - 1].score >= s->score);
    }
}

static void score_table(void **state)
{
    (void)state;
    kj_brief_reason reasons[KJ_BRIEF_MAX_REASONS];
    size_t n;
    /* Nothing stated: no points. */
    kj_brief_marks none = {
        KJ_COUNT_NONE, KJ_AFFECTED_NONE, KJ_LEAK_UNKNOWN, 0, 0, false, false, 1, 1};
    assert_int_equal(kj_brief_score(&none, reasons, &n), 0);
    assert_int_equal(n, 0);
    /* Each mark with the points the method page states. */
    kj_brief_marks all = {1500000,
                          KJ_AFFECTED_ACCOUNTS,
                          KJ_LEAK_CONFIRMED,
                          1u << KJ_DATA_CREDIT_CARD,
                          1u << KJ_ATTACK_RANSOMWARE,
                          true,
                          true,
                          3,
                          3};
    assert_int_equal(kj_brief_score(&all, reasons, &n), 5 + 4 + 2 + 2 + 2 + 2 + 2 + 1);
    assert_int_equal(n, 8);
    assert_string_equal(reasons[0].label, "関係先");
    assert_string_equal(reasons[1].label, "規模（100万以上）");
    /* Size bands: any unit, from 1,000. */
    kj_brief_marks size = none;
    size.figure = 999;
    assert_int_equal(kj_brief_score(&size, reasons, &n), 0);
    size.figure = 1000;
    assert_int_equal(kj_brief_score(&size, reasons, &n), 1);
    size.figure = 10000;
    assert_int_equal(kj_brief_score(&size, reasons, &n), 2);
    size.figure = 100000;
    assert_int_equal(kj_brief_score(&size, reasons, &n), 3);
    /* ログイン情報 (ID, password) alone is not among the sensitive data of the table. */
    kj_brief_marks creds = none;
    creds.data_types = 1u << KJ_DATA_CREDENTIALS;
    assert_int_equal(kj_brief_score(&creds, reasons, &n), 0);
    /* Two organisations are not a wave's many. */
    kj_brief_marks two = none;
    two.organizations = 2;
    assert_int_equal(kj_brief_score(&two, reasons, &n), 0);
    /* A first notice and one follow-up in the month are no unfolding story;
     * a third notice is. */
    kj_brief_marks ongoing = none;
    ongoing.releases = 2;
    assert_int_equal(kj_brief_score(&ongoing, reasons, &n), 0);
    ongoing.releases = 3;
    assert_int_equal(kj_brief_score(&ongoing, reasons, &n), 2);
    assert_string_equal(reasons[0].label, "続報（月内3件以上）");
}

static void main_incidents_in_order(void **state)
{
    fixture *fx = *state;
    kj_brief b;
    open_brief(fx, &b, "2026-02");
    check_ranking(&b);
    /* February (README): みなと精機's 第2報 — ransomware (2) and 2,050 persons
     * (規模 1) — ranks before しおさい設計, which states nothing (0, last). */
    assert_int_equal(b.stories[b.n_stories - 1].score, 0);
    assert_true(rank_of(&b, "株式会社みなと精機") < rank_of(&b, "株式会社しおさい設計"));
    assert_int_equal(b.stories[rank_of(&b, "株式会社みなと精機")].score, 3);
    /* The two organisations naming クラウドリンク are one wave: one story. */
    size_t waves = 0;
    for (size_t i = 0; i < b.n_stories; i++)
        waves += b.stories[i].wave != NULL;
    assert_int_equal(waves, 1);
    kj_brief_close(&b);

    open_brief(fx, &b, "2026-03");
    check_ranking(&b);
    kj_brief_close(&b);
    open_brief(fx, &b, "2026-01");
    check_ranking(&b);
    kj_brief_close(&b);
}

static const kj_incident_view *view_of(kj_brief *b, const char *org);

/* The month's one wave story (the sample has at most one a month). */
static const kj_brief_story *wave_story(const kj_brief *b)
{
    const kj_brief_story *wave = NULL;
    for (size_t i = 0; i < b->n_stories; i++)
        if (b->stories[i].wave)
            wave = &b->stories[i];
    assert_non_null(wave);
    return wave;
}

/* The figures' own (writable) view of the wave a story tells, for tests
 * that change what the month holds. */
static kj_wave_view *writable_wave(kj_brief *b, const kj_wave_view *told)
{
    for (size_t w = 0; w < b->figures->n_waves; w++)
        if (&b->figures->waves[w] == told)
            return &b->figures->waves[w];
    fail_msg("the story's wave is not among the figures' waves");
    return NULL;
}

/* A wave line with no origin total sums its members' own figures by unit
 * and names every unit's sum: a few people beside many records are not
 * dropped, nor added to them. */
static void a_wave_line_names_each_unit(void **state)
{
    fixture *fx = *state;
    kj_brief b;
    open_brief(fx, &b, "2026-02");
    const kj_brief_story *wave = wave_story(&b);
    /* クラウドリンク's two clients state people only: 6,724 + 2,135 */
    const char *line = kj_brief_story_line(&b, wave);
    assert_non_null(strstr(line, "各組織が公表した影響の合計8,859人、"));
    writable_wave(&b, wave->wave)->own[KJ_AFFECTED_RECORDS] = 40;
    line = kj_brief_story_line(&b, wave);
    assert_non_null(strstr(line, "各組織が公表した影響の合計8,859人・40件、"));
    /* a sum with a count of duplicates in it says so, and a qualified sum
     * in another unit carries its words */
    kj_wave_view *w = writable_wave(&b, wave->wave);
    w->own_qualifiers[KJ_AFFECTED_PERSONS] = KJ_FIGURE_GROSS;
    w->own_qualifiers[KJ_AFFECTED_RECORDS] = KJ_FIGURE_AT_MOST;
    kj_brief_rank(&b);
    line = kj_brief_story_line(&b, wave_story(&b));
    assert_non_null(
        strstr(line, "各組織が公表した影響の合計8,859人（延べの数を含む）・最大40件、"));
    kj_brief_close(&b);
}

/* A wave's sum of its members' figures with a part published in an earlier
 * month says which part, and scores only the month's: the earlier part was
 * scored in its month. */
static void a_wave_sum_names_its_part_of_earlier_months(void **state)
{
    fixture *fx = *state;
    kj_brief b;
    open_brief(fx, &b, "2026-02");
    /* クラウドリンク's two clients: 8,859 people, 8,000 of them (say)
     * published in an earlier month */
    kj_wave_view *w = writable_wave(&b, wave_story(&b)->wave);
    w->own_before[KJ_AFFECTED_PERSONS] = 8000;
    kj_brief_rank(&b);
    const kj_brief_story *wave = wave_story(&b);
    assert_int_equal(wave->part_before, 8000);
    assert_false(wave->figure_before);
    const char *line = kj_brief_story_line(&b, wave);
    assert_non_null(
        strstr(line, "各組織が公表した影響の合計8,859人（うち8,000人は前月までの公表）、"));
    /* the size scored is the month's 859 (no size points), not 8,859 */
    for (size_t i = 0; i < wave->n_reasons; i++)
        assert_null(strstr(wave->reasons[i].label, "規模"));
    /* all of it earlier: the line says so as for an incident */
    w = writable_wave(&b, wave->wave);
    w->own_before[KJ_AFFECTED_PERSONS] = 8859;
    kj_brief_rank(&b);
    wave = wave_story(&b);
    assert_true(wave->figure_before);
    assert_int_equal(wave->part_before, 0);
    line = kj_brief_story_line(&b, wave);
    assert_non_null(strstr(line, "各組織が公表した影響の合計8,859人（数は前月までの公表）"));
    kj_brief_close(&b);
}

/* The origin's own total that revises a client's earlier count of the same
 * data (the vendor's final 8,000 after the platform's 9,100) is the wave's
 * figure, and the line says which count it replaces and when. */
static void a_wave_line_names_the_count_its_origin_revised(void **state)
{
    fixture *fx = *state;
    kj_brief b;
    open_brief(fx, &b, "2026-02");
    kj_wave_view *w = writable_wave(&b, wave_story(&b)->wave);
    w->origin_total = 8000;
    w->origin_total_unit = KJ_AFFECTED_PERSONS;
    w->origin_total_own = true;
    w->earlier_count = 9100;
    w->earlier_published = (kj_date){2026, 1, 20};
    kj_brief_rank(&b);
    const char *line = kj_brief_story_line(&b, wave_story(&b));
    assert_non_null(strstr(line, "影響は全体で8,000人（発生元の公表、1月の公表では9,100人）"));
    /* a count of the year before names its year */
    w = writable_wave(&b, wave_story(&b)->wave);
    w->earlier_published = (kj_date){2025, 12, 3};
    line = kj_brief_story_line(&b, wave_story(&b));
    assert_non_null(strstr(line, "（発生元の公表、2025年12月の公表では9,100人）"));
    /* a total the clients quote revises nothing of theirs */
    w->origin_total_own = false;
    line = kj_brief_story_line(&b, wave_story(&b));
    assert_null(strstr(line, "の公表では"));
    kj_brief_close(&b);
}

/* A wave is one line; when the month's only notice of it is its origin's
 * own, the origin's incident is the line (it names whose data and which).
 * The origin's follow-ups of the month count in the wave's score. */
static void a_wave_told_by_its_origin_alone(void **state)
{
    fixture *fx = *state;
    kj_brief b;
    open_brief(fx, &b, "2026-03");
    /* March: みどりネット's own notice and four clients' — one wave line */
    const kj_wave_view *midori = wave_story(&b)->wave;
    assert_non_null(strstr(midori->wave->origin ? midori->wave->origin : "", "みどり"));
    bool origin_alone = false;
    for (size_t i = 0; i < b.n_stories; i++)
        origin_alone |= !b.stories[i].wave && strcmp(b.stories[i].view->incident->organization,
                                                     "株式会社みどりネット") == 0;
    assert_false(origin_alone);
    /* were the provider's notice the month's only one of the wave, the
     * provider's incident would be told on its own line */
    writable_wave(&b, midori)->count.incidents = 1;
    kj_brief_rank(&b);
    size_t waves = 0;
    for (size_t i = 0; i < b.n_stories; i++)
        waves += b.stories[i].wave != NULL;
    assert_int_equal(waves, 0);
    assert_string_equal(view_of(&b, "株式会社みどりネット")->incident->organization,
                        "株式会社みどりネット");
    kj_brief_close(&b);
}

static const kj_incident_view *view_of(kj_brief *b, const char *org)
{
    return b->stories[rank_of(b, org)].view;
}

static void assert_has(const char *text, const char *part)
{
    if (!strstr(text, part))
        fail_msg("「%s」 lacks 「%s」", text, part);
}

static void assert_lacks(const char *text, const char *part)
{
    if (strstr(text, part))
        fail_msg("「%s」 has 「%s」", text, part);
}

/*
 * A description says what the figures hold: the discloser, the attack, the
 * affected persons (and the confirmed part), the partner companies, whether
 * it leaked, the month's publication dates and the newest report number,
 * each the figures' own value.  Its wording is not pinned.
 */
static void check_description(kj_brief *b, const kj_incident_view *v)
{
    const kj_incident_facts *f = &v->facts;
    const char *text = kj_brief_describe(b, v);
    char want[128], n[32];
    snprintf(want, sizeof want, "%s：", kj_brief_incident_org(b, v->incident));
    assert_int_equal(strncmp(text, want, strlen(want)), 0);
    const char *attacks = kj_brief_attack_labels(b, f->attack_types);
    assert_has(text, *attacks ? attacks : "記載なし");

    bool persons = f->affected_persons > 0;
    bool part = persons && f->affected_persons_confirmed > 0 &&
                f->affected_persons_confirmed < f->affected_persons;
    /* the figure in its own unit: people, records or accounts */
    const char *unit =
        kj_affected_unit_label(f->affected_unit ? f->affected_unit : KJ_AFFECTED_PERSONS);
    if (persons && (kj_checks_incident(v->incident, f) & KJ_CHECKS_FIGURE)) {
        /* a figure that fails a fact check is no fact: 要確認, and the
         * number the release states (若葉町 quotes its provider's 120,000) */
        snprintf(want, sizeof want, "影響人数 要確認：公表文では%s",
                 kj_format_count(f->affected_persons, n));
        assert_has(text, want);
        snprintf(want, sizeof want, "%s%s", kj_format_count(f->affected_persons, n), unit);
        assert_lacks(text, want);
    } else if (persons) {
        snprintf(want, sizeof want, "%s%s", kj_format_count(f->affected_persons, n), unit);
        assert_has(text, want);
    }
    if (part) {
        snprintf(want, sizeof want, "うち%s%s", kj_format_count(f->affected_persons_confirmed, n),
                 unit);
        assert_has(text, want);
    } else {
        assert_lacks(text, "うち");
    }
    if (f->affected_organizations > 0) {
        snprintf(want, sizeof want, "%s社に影響", kj_format_count(f->affected_organizations, n));
        assert_has(text, want);
    } else {
        assert_lacks(text, "社に影響");
    }
    if (f->leak_status == KJ_LEAK_POSSIBLE || part)
        assert_has(text, "流出した可能性");
    else if (f->leak_status == KJ_LEAK_CONFIRMED)
        assert_has(text, "流出を確認");
    else if (f->leak_status == KJ_LEAK_NONE)
        assert_has(text, "確認されていない");
    else
        assert_has(text, "調査中");

    /* The first release of the month by its date, the newest's report. */
    const kj_release *first = NULL, *newest = NULL;
    for (size_t m = 0; m < v->incident->n_members; m++) {
        const kj_release *rel = v->incident->members[m].release;
        if (!kj_period_contains(b->month, rel->published))
            continue;
        if (!first)
            first = rel;
        newest = rel;
    }
    assert_non_null(first);
    char day[24], rep[24];
    snprintf(want, sizeof want, "（%s", kj_brief_day(first->published, day));
    assert_has(text, want);
    assert_has(text, "公表");
    if (*kj_release_report_label(newest, rep))
        assert_has(text, rep);
}

static void one_line_descriptions(void **state)
{
    fixture *fx = *state;
    static const char *const months[] = {"2026-01", "2026-02", "2026-03"};
    kj_brief b;
    for (size_t m = 0; m < 3; m++) {
        open_brief(fx, &b, months[m]);
        for (size_t i = 0; i < b.n_stories; i++)
            if (!b.stories[i].wave)
                check_description(&b, b.stories[i].view);
        kj_brief_close(&b);
    }

    /* The figures behind them are the sample's (README): みなと精機 in
     * February, its 第2報: 2,050 persons possibly, 430 partner companies;
     * in March, its 最終報: 850 of them confirmed. */
    open_brief(fx, &b, "2026-02");
    const kj_incident_view *v = view_of(&b, "株式会社みなと精機");
    assert_int_equal(v->facts.affected_persons, 2050);
    assert_int_equal(v->facts.affected_organizations, 430);
    assert_int_equal(v->facts.leak_status, KJ_LEAK_POSSIBLE);
    assert_has(kj_brief_describe(&b, v), "第2報");
    /* a follow-up says when the incident was first published */
    assert_has(kj_brief_describe(&b, v), "最初の公表1月20日");
    v = view_of(&b, "青葉県架空市");
    assert_int_equal(v->facts.affected_persons, 312);
    assert_int_equal(v->facts.leak_status, KJ_LEAK_CONFIRMED);
    kj_brief_close(&b);
    open_brief(fx, &b, "2026-03");
    v = view_of(&b, "株式会社みなと精機");
    assert_int_equal(v->facts.affected_persons, 2050);
    assert_int_equal(v->facts.affected_persons_confirmed, 850);
    assert_true(v->facts.report.final);
    assert_has(kj_brief_describe(&b, v), "最終報");
    /* the figure is February's, the confirmation March's news */
    assert_has(kj_brief_describe(&b, v), "数は前月までの公表、うち850件の流出は今月確認");
    kj_brief_close(&b);
}

/* A line names the people an organisation serves before its own staff: a
 * hospital's patients are not summed up as "従業員・学生・生徒など"; and it
 * claims a figure left only when the count is stated as confirmed. */
static void victims_served_before_staff(void **state)
{
    fixture *fx = *state;
    kj_set all = 0;
    for (int rank = 0; rank < KJ_VICTIM__COUNT; rank++)
        all |= 1u << kj_vocab_display_value(KJ_VOCAB_VICTIM, rank);
    assert_int_equal(all, (1u << KJ_VICTIM__COUNT) - 1);
    assert_int_equal(kj_vocab_display_value(KJ_VOCAB_VICTIM, KJ_VICTIM__COUNT), -1);
    assert_int_equal(kj_vocab_display_value(KJ_VOCAB_DATA, 3), 3);

    kj_brief b;
    open_brief(fx, &b, "2026-02");
    kj_incident_view v = *view_of(&b, "株式会社みなと精機");
    v.facts.victim_categories =
        1u << KJ_VICTIM_EMPLOYEES | 1u << KJ_VICTIM_STUDENTS | 1u << KJ_VICTIM_PATIENTS;
    v.facts.affected_persons = 1200;
    v.facts.affected_unit = KJ_AFFECTED_PERSONS;
    v.facts.leak_status = KJ_LEAK_CONFIRMED;
    v.facts.affected_persons_confirmed = 1200;
    const char *text = kj_brief_describe(&b, &v);
    assert_has(text, "患者・学生・生徒など1,200人");
    assert_has(text, "の流出を確認");
    assert_lacks(text, "従業員");
    /* staff before the few applicants beside them (社員等、一部の採用応募者を含む) */
    v.facts.victim_categories =
        1u << KJ_VICTIM_CUSTOMERS | 1u << KJ_VICTIM_APPLICANTS | 1u << KJ_VICTIM_EMPLOYEES;
    assert_has(kj_brief_describe(&b, &v), "顧客・従業員など1,200人");
    /* people of no named group among them: the figure is not the staff's alone */
    v.facts.victim_categories = 1u << KJ_VICTIM_EMPLOYEES | 1u << KJ_VICTIM_OTHER;
    assert_has(kj_brief_describe(&b, &v), "従業員など1,200人");
    v.facts.victim_categories = 1u << KJ_VICTIM_EMPLOYEES;
    assert_has(kj_brief_describe(&b, &v), "従業員1,200人");
    /* an upper bound counted with duplicates is printed as the text says it */
    v.facts.affected_qualifiers = KJ_FIGURE_AT_MOST | KJ_FIGURE_GROSS;
    assert_has(kj_brief_describe(&b, &v), "従業員最大延べ1,200人");
    v.facts.affected_unit = KJ_AFFECTED_RECORDS;
    assert_has(kj_brief_describe(&b, &v), "最大延べ1,200件");
    v.facts.affected_unit = KJ_AFFECTED_PERSONS;
    /* a provisional count of what leaked: stated, only not final */
    v.facts.affected_qualifiers = KJ_FIGURE_PROVISIONAL;
    v.facts.affected_persons_confirmed = KJ_COUNT_NONE;
    text = kj_brief_describe(&b, &v);
    assert_has(text, "従業員1,200人（暫定）の");
    assert_has(text, "の流出を確認");
    assert_lacks(text, "記載なし");
    v.facts.affected_persons_confirmed = 1200;
    /* people and records of separate groups added: the sum says so */
    v.facts.affected_qualifiers = KJ_FIGURE_MIXED_UNITS;
    v.facts.affected_unit = KJ_AFFECTED_RECORDS;
    assert_has(kj_brief_describe(&b, &v), "1,200件（人数と件数の合計）");
    v.facts.affected_unit = KJ_AFFECTED_PERSONS;
    v.facts.affected_qualifiers = 0;
    v.facts.victim_categories =
        1u << KJ_VICTIM_EMPLOYEES | 1u << KJ_VICTIM_STUDENTS | 1u << KJ_VICTIM_PATIENTS;
    /* a confirmed leak with no count stated as confirmed: not all of it left */
    v.facts.affected_persons_confirmed = KJ_COUNT_NONE;
    text = kj_brief_describe(&b, &v);
    assert_has(text, "が対象で、流出を確認（確認された数は記載なし）");
    assert_lacks(text, "の流出を確認");
    /* the gravest data first: a card number is never behind 「など」 */
    v.facts.data_types = 1u << KJ_DATA_NAME | 1u << KJ_DATA_ADDRESS | 1u << KJ_DATA_PHONE |
                         1u << KJ_DATA_EMAIL | 1u << KJ_DATA_CREDIT_CARD;
    text = kj_brief_describe(&b, &v);
    assert_has(text, "クレジットカード・氏名・住所など");
    /* two releases of one day (a group's joint notice): the day once */
    size_t feb = 0;
    while (feb + 1 < v.incident->n_members &&
           v.incident->members[feb].release->published.month != 2)
        feb++;
    kj_incident twice = *v.incident;
    kj_incident_member members[2] = {v.incident->members[feb], v.incident->members[feb]};
    twice.members = members;
    twice.n_members = 2;
    v.incident = &twice;
    text = kj_brief_describe(&b, &v);
    assert_has(text, "（2月18日公表");
    assert_lacks(text, "18日・18日");
    kj_brief_close(&b);
}

static void trend_counts_each_incident_once(void **state)
{
    fixture *fx = *state;
    kj_brief b;
    open_brief(fx, &b, "2026-02");
    /* The stack of each month is the month's incident count. */
    assert_int_equal(b.figures->n_trend, KJ_BRIEF_TREND_MONTHS);
    for (size_t m = 0; m < b.figures->n_trend; m++) {
        int64_t sum = b.figures->trend[m].incidents_main_attack_not_stated;
        for (int a = 0; a < KJ_ATTACK__COUNT; a++)
            sum += b.figures->trend[m].incidents_by_main_attack[a];
        assert_int_equal(sum, b.figures->trend[m].count.incidents);
    }
    /* February: 3 ransomware (みなと, あおば, ことぶき), 2 vulnerability
     * (ゆうわ, 北浜), tampering, phishing, misdelivery, account takeover. */
    size_t feb = KJ_BRIEF_TREND_MONTHS - 1;
    assert_int_equal(b.figures->trend[feb].incidents_by_main_attack[KJ_ATTACK_RANSOMWARE], 3);
    assert_int_equal(b.figures->trend[feb].incidents_by_main_attack[KJ_ATTACK_VULNERABILITY], 2);
    assert_int_equal(b.figures->trend[feb].incidents_by_main_attack[KJ_ATTACK_UNAUTHORIZED_ACCESS],
                     0);
    assert_int_equal(b.figures->trend[feb].incidents_by_main_attack[KJ_ATTACK_WEB_TAMPERING], 1);
    assert_int_equal(b.figures->trend[feb].incidents_by_main_attack[KJ_ATTACK_PHISHING], 1);
    assert_int_equal(b.figures->trend[feb].incidents_by_main_attack[KJ_ATTACK_MISDELIVERY], 1);
    assert_int_equal(b.figures->trend[feb].incidents_by_main_attack[KJ_ATTACK_ACCOUNT_TAKEOVER], 1);
    assert_int_equal(b.figures->trend[feb].incidents_main_attack_not_stated, 0);
    /* January: みなと (ransomware), さくら学園 (loss), いずみ (malware). */
    assert_int_equal(b.figures->trend[feb - 1].incidents_by_main_attack[KJ_ATTACK_RANSOMWARE], 1);
    assert_int_equal(b.figures->trend[feb - 1].incidents_by_main_attack[KJ_ATTACK_LOSS_THEFT], 1);
    assert_int_equal(b.figures->trend[feb - 1].incidents_by_main_attack[KJ_ATTACK_MALWARE], 1);
    kj_brief_close(&b);
}

static void main_attack_priority(void **state)
{
    (void)state;
    assert_int_equal(kj_main_attack(0), -1);
    assert_int_equal(
        kj_main_attack((1u << KJ_ATTACK_RANSOMWARE) | (1u << KJ_ATTACK_UNAUTHORIZED_ACCESS)),
        KJ_ATTACK_RANSOMWARE);
    assert_int_equal(
        kj_main_attack((1u << KJ_ATTACK_WEB_TAMPERING) | (1u << KJ_ATTACK_UNAUTHORIZED_ACCESS)),
        KJ_ATTACK_WEB_TAMPERING);
    assert_int_equal(kj_main_attack(1u << KJ_ATTACK_SPAM_RELAY), KJ_ATTACK_SPAM_RELAY);
    /* Every type has a place in the order. */
    kj_set all = 0;
    for (int i = 0; i < KJ_ATTACK__COUNT; i++)
        all |= 1u << kj_attack_priority[i];
    assert_int_equal(all, (1u << KJ_ATTACK__COUNT) - 1);
}

static void changes_against_the_previous_month(void **state)
{
    fixture *fx = *state;
    kj_brief b;
    open_brief(fx, &b, "2026-02");
    /* Arrows, never a colour: a rise is not "worse" of itself. */
    assert_string_equal(kj_brief_change(&b, 9, 3), "▲ 前月比 +6（前月の3.0倍）");
    assert_string_equal(kj_brief_change(&b, 4, 3), "▲ 前月比 +1（+33.3%）");
    assert_string_equal(kj_brief_change(&b, 3, 3), "＝ 前月と同数");
    assert_string_equal(kj_brief_change(&b, 2, 4), "▼ 前月比 −2（−50.0%）");
    assert_string_equal(kj_brief_change(&b, 5, 0), "▲ 前月比 +5（前月 0）");
    assert_string_equal(kj_brief_change(&b, 302139, 300), "▲ 前月比 +301,839（前月の1,007倍）");
    kj_brief_close(&b);
}

static bool has_sentence_with(const char **items, size_t n, const char *part)
{
    for (size_t i = 0; i < n; i++)
        if (strstr(items[i], part))
            return true;
    return false;
}

/*
 * The executive summary says what the figures say, worked out by hand
 * from the sample archive (README): February 2026 has 9 releases against
 * January's 3; the archive begins on 14 November 2025, so the months
 * before February covered in full are December (1) and January (3): a
 * mean of 2, over 2 months, and no year-earlier month.  The checks come
 * from the same figures (3 ransomware incidents, 2 attacks, against 1).
 */
static void executive_summary_from_the_figures(void **state)
{
    fixture *fx = *state;
    kj_brief b;
    open_brief(fx, &b, "2026-02");
    const kj_figures *f = b.figures;
    assert_int_equal(f->baseline[0].months, 2);
    assert_true(f->baseline[0].releases == 2.0);
    assert_int_equal(f->baseline[1].months, 2);
    assert_null(f->year_ago);
    const char **items;
    size_t n = kj_brief_exec_sentences(&b, &items);
    assert_in_range(n, 3, 6);
    assert_true(has_sentence_with(items, n, "公表件数は9件で、前月（3件）の3.0倍"));
    assert_true(has_sentence_with(items, n, "直近3か月の月平均（2件、収録のある2か月）の4.5倍"));
    assert_true(has_sentence_with(items, n, "前年同月は収録の範囲外です。"));
    /* the persons: their total and the largest part, as the figures hold them */
    char want[128], num[32];
    snprintf(
        want, sizeof want, "影響人数の合計%s人",
        kj_format_count(f->totals.affected[KJ_UNIT_INCIDENT].figure[KJ_AFFECTED_PERSONS], num));
    assert_true(has_sentence_with(items, n, want));
    snprintf(want, sizeof want, "%s人", kj_format_count(f->top_persons[0].persons, num));
    assert_true(has_sentence_with(items, n, want));
    /* ransomware: three incidents, two attacks (クラウドリンク's two clients
     * publish one attack); the sentence gives both */
    assert_int_equal(f->by[KJ_BY_ATTACK].rows[KJ_ATTACK_RANSOMWARE].count.incidents, 3);
    assert_true(has_sentence_with(items, n, "ランサムウェア被害は2件（3事案、前月1件"));
    /* the two organisations' notices of クラウドリンク's ransomware (README's
     * table: one breach, two notices) are told as one vendor's */
    assert_true(has_sentence_with(
        items, n, "うち2事案は株式会社クラウドリンクのランサムウェア被害による各組織の公表です。"));
    /* no list given: nothing said about listed companies or the watch list */
    assert_false(has_sentence_with(items, n, "上場企業"));
    assert_false(has_sentence_with(items, n, "関係先"));

    size_t n_checks = kj_brief_check_sentences(&b, &items);
    assert_in_range(n_checks, 3, 5);
    assert_true(has_sentence_with(items, n_checks, "ランサムウェア被害が2件ありました（前月1件）"));
    kj_brief_close(&b);
}

/* March: the people are ひまわり商会's 1,018名 alone (ひばり学院's 42名 are its
 * share of the mail provider's 約12万 accounts), and the accounts are said
 * as accounts, not as 件数. */
static void concentration_names_each_unit(void **state)
{
    fixture *fx = *state;
    kj_brief b;
    open_brief(fx, &b, "2026-03");
    const char **items;
    size_t n = kj_brief_exec_sentences(&b, &items);
    assert_true(has_sentence_with(items, n, "株式会社ひまわり商会の1,018人だけです"));
    assert_true(has_sentence_with(items, n, "このほか、アカウント数で"));
    assert_false(has_sentence_with(items, n, "件数で"));
    assert_false(has_sentence_with(items, n, "を除いたものです"));
    /* A follow-up adds the people beyond those an earlier month counted:
     * when the part is smaller than the incident's stated figure, the
     * summary says how the two differ (a page showing 30,000人 and
     * 29,991人 for one incident must not read as a misprint). */
    kj_figures *f = (kj_figures *)b.figures;
    /* みなと精機's 最終報 confirms 850 of the 約2,050件 February published:
     * records, so the note on newly confirmed people says nothing; were
     * they people, it would say 850人 (the key figure counts none of them) */
    assert_string_equal(kj_brief_newly_confirmed_note(&b), "");
    for (size_t k = 0; k < f->n_incidents; k++)
        if (f->incidents[k].confirmed_in_period == 850)
            f->incidents[k].facts.affected_unit = KJ_AFFECTED_PERSONS;
    assert_non_null(strstr(kj_brief_newly_confirmed_note(&b),
                           "前月までに公表された人のうち850人の流出がこの月に確認されています"));
    assert_int_equal(f->top_persons[0].view->facts.affected_persons, 1018);
    f->top_persons[0].persons = 1000;
    n = kj_brief_exec_sentences(&b, &items);
    assert_true(has_sentence_with(items, n, "株式会社ひまわり商会の1,000人だけです"));
    assert_true(has_sentence_with(
        items, n,
        "株式会社ひまわり商会の数は、公表の1,018人から前月までに公表された18人を除いたものです。"));
    kj_brief_close(&b);
}

static void followups_and_contractors(void **state)
{
    fixture *fx = *state;
    kj_brief b;
    open_brief(fx, &b, "2026-02");
    kj_brief_followup *f;
    assert_int_equal(kj_brief_followups(&b, &f), 1);
    assert_string_equal(f[0].view->incident->organization, "株式会社みなと精機");
    assert_int_equal(f[0].first_in_month, 1); /* its 第2報 */
    kj_brief_contractor *c;
    assert_int_equal(kj_brief_contractors(&b, 2, &c), 1);
    assert_non_null(strstr(c[0].name, "クラウドリンク"));
    assert_int_equal(c[0].n_organizations, 2);
    assert_string_equal(c[0].organizations[0], "あおば保険サービス株式会社");
    assert_string_equal(c[0].organizations[1], "株式会社ことぶき不動産");
    kj_brief_close(&b);

    /* January: みなと精機's 第1報 is its first release, no follow-up. */
    open_brief(fx, &b, "2026-01");
    assert_int_equal(kj_brief_followups(&b, &f), 0);
    assert_int_equal(kj_brief_contractors(&b, 2, &c), 0);
    kj_brief_close(&b);
}

/* ------------------------------------------------------------------ PDF */

static void document_stays_in_the_body(void **state)
{
    fixture *fx = *state;
    kj_brief b;
    open_brief(fx, &b, "2026-02");
    kj_doc *doc = kj_brief_document(&b);
    assert_in_range(kj_doc_page_count(doc), 4, 10);
    assert_int_equal(kj_doc_ops_outside(doc), 0);
    kj_doc_free(doc);
    kj_brief_close(&b);
}

static void pdf_is_reproducible(void **state)
{
    fixture *fx = *state;
    kj_error err;
    const char *a = path_in(fx, "a.pdf"), *b = path_in(fx, "b.pdf");
    assert_int_equal(kj_briefing_write(fx->incidents, month("2026-02"), NULL, a, NULL, &err),
                     KJ_OK);
    assert_int_equal(kj_briefing_write(fx->incidents, month("2026-02"), NULL, b, NULL, &err),
                     KJ_OK);
    size_t la, lb;
    char *da = test_read_file(a, &la), *db = test_read_file(b, &lb);
    assert_int_equal(la, lb);
    assert_memory_equal(da, db, la);
    assert_int_equal(memcmp(da, "%PDF-", 5), 0);
    assert_in_range(pdf_pages(da, la), 4, 10);
    /* Created when the month was complete: 1 March 2026, 00:00 UTC. */
    assert_non_null(test_find_bytes(da, la, "/CreationDate (20260301000000Z)"));
    free(da);
    free(db);

    /* A given time is used as it is. */
    kj_briefing_options opt = {.created = 1775001600 /* 2026-04-01 */, .highlights = 3};
    assert_int_equal(kj_briefing_write(fx->incidents, month("2026-02"), NULL, a, &opt, &err),
                     KJ_OK);
    da = test_read_file(a, &la);
    assert_non_null(test_find_bytes(da, la, "/CreationDate (20260401000000Z)"));
    free(da);
}

static void sections_follow_the_layout(void **state)
{
    fixture *fx = *state;
    kj_error err;
    const char *layout = path_in(fx, "short.json");
    write_file(layout, "{\"sections\": [\"method\"]}\n");
    const char *pdf = path_in(fx, "short.pdf");
    assert_int_equal(kj_briefing_write(fx->incidents, month("2026-02"), layout, pdf, NULL, &err),
                     KJ_OK);
    size_t len;
    char *data = test_read_file(pdf, &len);
    size_t short_pages = pdf_pages(data, len);
    free(data);
    /* The method section alone (with its reading checks) runs to two pages
     * at most; the default layout, every section, to more. */
    const char *full = path_in(fx, "full.pdf");
    assert_int_equal(kj_briefing_write(fx->incidents, month("2026-02"), NULL, full, NULL, &err),
                     KJ_OK);
    data = test_read_file(full, &len);
    size_t full_pages = pdf_pages(data, len);
    free(data);
    assert_in_range(short_pages, 1, 2);
    assert_true(short_pages < full_pages);
}

static void layout_errors(void **state)
{
    fixture *fx = *state;
    kj_error err;
    const char *pdf = path_in(fx, "never.pdf");
    const char *layout = path_in(fx, "bad.json");
    write_file(layout,
               "{\n  \"sections\": [\"summary\",\n               \"charts\", \"pie\"]\n}\n");
    assert_int_equal(kj_briefing_write(fx->incidents, month("2026-02"), layout, pdf, NULL, &err),
                     KJ_ERR_CONFIG);
    assert_non_null(strstr(err.message, ":3:"));
    assert_non_null(strstr(err.message, "sections[2]: unknown section 'pie'"));

    write_file(layout, "{\"styles\": {\"body\": {\"size\": \"big\"}}}");
    assert_int_equal(kj_briefing_write(fx->incidents, month("2026-02"), layout, pdf, NULL, &err),
                     KJ_ERR_CONFIG);
    assert_non_null(strstr(err.message, "styles.body.size"));

    assert_int_equal(kj_briefing_write(fx->incidents, month("2026-02"), path_in(fx, "none.json"),
                                       pdf, NULL, &err),
                     KJ_ERR_NOINPUT);
    assert_int_equal(access(pdf, F_OK), -1); /* nothing written */

    /* A briefing is a whole calendar month. */
    kj_period half = {{2026, 2, 1}, {2026, 2, 14}};
    assert_int_equal(kj_briefing_write(fx->incidents, half, NULL, pdf, NULL, &err), KJ_ERR_USAGE);
}

/* A facts-only release of `org` on `d`, parsed from a composed overview. */
static kj_release *composed(const char *path, const char *org, kj_date d)
{
    char md[512];
    int n =
        snprintf(md, sizeof md,
                 "# 公表概要\n- 不正アクセスについて\n- %04d年%d月%d日\n- %s\n\n# 本文\n本文。\n",
                 d.year, d.month, d.day, org);
    kj_release *rel = kj_release_new(path, path);
    kj_parse_release(rel, md, (size_t)n);
    return kj_release_compact(rel);
}

/*
 * The timeline's first-notice rule: a follow-up in April whose text names a
 * first notice published before the archive began shows that notice as a
 * release mark (初報（収録前）) and the note says where the date comes from;
 * dates in an impossible order are not drawn, the row is marked 要確認.
 */
static void timeline_first_notice_and_doubtful_dates(void **state)
{
    (void)state;
    kj_release *rel[3];
    rel[0] = composed("2024/12/10_a.md", "株式会社さきがけ", (kj_date){2024, 12, 10});
    rel[1] = composed("2025/04/14_b.md", "株式会社ためし光学", (kj_date){2025, 4, 14});
    rel[1]->occurred = (kj_date){2024, 3, 30};
    rel[1]->affected_persons = 3500;
    rel[1]->leak_status = KJ_LEAK_CONFIRMED;
    kj_release_add_event(rel[1], (kj_date){2024, 4, 1}, KJ_EVENT_RELEASE, "2024年4月1日付");
    rel[2] = composed("2025/04/20_c.md", "株式会社ためし物流", (kj_date){2025, 4, 20});
    rel[2]->occurred = (kj_date){2025, 4, 10};
    rel[2]->detected = (kj_date){2025, 4, 2}; /* before it happened: doubtful */
    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 3, NULL);
    kj_brief b;
    kj_error err;
    assert_int_equal(kj_brief_open(&b, set, month("2025-04"), NULL, NULL, &err), KJ_OK);
    kj_figure fig;
    kj_brief_chart(&b, KJ_CHART_TIMELINE, 1, &fig);
    const kj_timeline *tl = fig.timeline;
    assert_int_equal(tl->n_rows, 2);
    bool first_notice = false, doubtful = false;
    for (size_t r = 0; r < tl->n_rows; r++) {
        const kj_timeline_row *row = &tl->rows[r];
        for (size_t m = 0; m < row->n_marks; m++) {
            const kj_timeline_mark *mk = &row->marks[m];
            if (mk->kind == KJ_MARK_RELEASE && mk->label &&
                strcmp(mk->label, "初報（収録前）") == 0) {
                assert_int_equal(kj_date_cmp(mk->date, (kj_date){2024, 4, 1}), 0);
                first_notice = true;
            }
        }
        if (strstr(row->label, "ためし物流")) {
            doubtful = strstr(row->label, "要確認") != NULL;
            for (size_t m = 0; m < row->n_marks; m++)
                assert_int_equal(row->marks[m].kind, KJ_MARK_RELEASE); /* no 発生 nor 検知 */
        }
    }
    assert_true(first_notice);
    assert_true(doubtful);
    assert_non_null(strstr(b.chart_note[KJ_CHART_TIMELINE], "収録前の公表"));
    assert_non_null(strstr(b.chart_note[KJ_CHART_TIMELINE], "要確認"));
    /* the axis does not reach before the archive's first month */
    assert_true(kj_date_cmp(tl->from, (kj_date){2024, 12, 1}) >= 0);
    /* its line among the month's incidents says so too: new to the
     * archive, not new to the public */
    bool told = false;
    for (size_t i = 0; i < b.n_stories; i++) {
        const char *line = kj_brief_story_line(&b, &b.stories[i]);
        if (strstr(line, "ためし光学")) {
            assert_non_null(strstr(line, "最初の公表2024年4月1日"));
            told = true;
        }
    }
    assert_true(told);
    kj_brief_close(&b);
    kj_incident_set_free(set);
    for (int i = 0; i < 3; i++)
        kj_release_free(rel[i]);
}

/* A wave's line says when the breach was first made public: the origin's
 * own 第1報 its later notice names from before the archive began, not the
 * first client notice the archive holds. */
static void a_waves_first_public_word(void **state)
{
    (void)state;
    kj_release *rel[4];
    rel[0] = composed("2024/12/10_a.md", "株式会社さきがけ", (kj_date){2024, 12, 10});
    rel[1] = composed("2025/04/14_b.md", "株式会社ためし印刷", (kj_date){2025, 4, 14});
    rel[1]->attack_types = 1u << KJ_ATTACK_RANSOMWARE;
    kj_release_add_event(rel[1], (kj_date){2024, 5, 23}, KJ_EVENT_RELEASE, "2024年5月23日公表");
    for (int i = 2; i < 4; i++) {
        rel[i] = composed(i == 2 ? "2025/04/16_c.md" : "2025/04/17_d.md",
                          i == 2 ? "ためし市立北中学校" : "ためし町立南小学校",
                          (kj_date){2025, 4, (int8_t)(14 + i)});
        rel[i]->third_party = true;
        rel[i]->origin = kj_arena_strdup(rel[i]->arena, "株式会社ためし印刷");
    }
    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 4, NULL);
    assert_int_equal(set->n_waves, 1);
    kj_brief b;
    kj_error err;
    assert_int_equal(kj_brief_open(&b, set, month("2025-04"), NULL, NULL, &err), KJ_OK);
    bool told = false;
    for (size_t i = 0; i < b.n_stories; i++)
        if (b.stories[i].wave) {
            assert_non_null(strstr(kj_brief_story_line(&b, &b.stories[i]), "最初の公表2024年5月23日"));
            told = true;
        }
    assert_true(told);
    kj_brief_close(&b);
    kj_incident_set_free(set);
    for (int i = 0; i < 4; i++)
        kj_release_free(rel[i]);
}

/* The archive's first month has no month before it: the comparison says
 * so (no data), never "前月 0" and an arrow; a later month compares. */
static void the_first_month_has_no_previous(void **state)
{
    (void)state;
    kj_release *rel[2];
    rel[0] = composed("2026/05/12_a.md", "株式会社はじまり商事", (kj_date){2026, 5, 12});
    rel[1] = composed("2026/06/03_b.md", "株式会社つづき物産", (kj_date){2026, 6, 3});
    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 2, NULL);
    kj_brief b;
    kj_error err;
    assert_int_equal(kj_brief_open(&b, set, month("2026-05"), NULL, NULL, &err), KJ_OK);
    assert_false(kj_brief_previous_covered(&b));
    assert_string_equal(kj_brief_change(&b, 1, 0), "前月は収録の範囲外");
    kj_brief_close(&b);
    assert_int_equal(kj_brief_open(&b, set, month("2026-06"), NULL, NULL, &err), KJ_OK);
    assert_true(kj_brief_previous_covered(&b));
    assert_non_null(strstr(kj_brief_change(&b, 1, 1), "前月と同数"));
    kj_brief_close(&b);
    kj_incident_set_free(set);
    for (int i = 0; i < 2; i++)
        kj_release_free(rel[i]);
}

static void empty_archive(void **state)
{
    fixture *fx = *state;
    kj_error err;
    kj_incident_set *none = kj_incidents_group(NULL, 0, NULL);
    const char *pdf = path_in(fx, "empty.pdf");
    assert_int_equal(kj_briefing_write(none, month("2026-02"), NULL, pdf, NULL, &err), KJ_OK);
    size_t len;
    char *data = test_read_file(pdf, &len);
    assert_in_range(pdf_pages(data, len), 2, 6);
    free(data);
    assert_int_equal(kj_briefing_chart_write(none, month("2026-02"), KJ_CHART_TIMELINE, NULL,
                                             KJ_IMAGE_SVG, 480, 0, path_in(fx, "e.svg"), &err),
                     KJ_OK);
    kj_incident_set_free(none);
}

static void charts_alone(void **state)
{
    fixture *fx = *state;
    kj_error err;
    for (int c = 0; c < KJ_CHART__COUNT; c++) {
        const char *name = kj_briefing_chart_name((kj_briefing_chart)c);
        assert_int_equal(kj_briefing_chart_lookup(name), c);
        char file[64];
        snprintf(file, sizeof file, "%s.svg", name);
        const char *path = path_in(fx, file);
        kj_status st =
            kj_briefing_chart_write(fx->incidents, month("2026-02"), (kj_briefing_chart)c, NULL,
                                    KJ_IMAGE_SVG, 480, 0, path, &err);
        if (st != KJ_OK)
            fail_msg("%s: %s", name, err.message);
        size_t len;
        char *data = test_read_file(path, &len);
        assert_non_null(strstr(data, "<svg"));
        free(data);
    }
    assert_int_equal(kj_briefing_chart_lookup("pie"), -1);
    const char *png = path_in(fx, "timeline.png");
    assert_int_equal(kj_briefing_chart_write(fx->incidents, month("2026-02"), KJ_CHART_TIMELINE,
                                             NULL, KJ_IMAGE_PNG, 480, 0, png, &err),
                     KJ_OK);
    size_t len;
    char *data = test_read_file(png, &len);
    assert_int_equal(memcmp(data, "\x89PNG", 4), 0);
    free(data);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(main_incidents_in_order),
        cmocka_unit_test(a_wave_told_by_its_origin_alone),
        cmocka_unit_test(a_wave_line_names_each_unit),
        cmocka_unit_test(a_wave_sum_names_its_part_of_earlier_months),
        cmocka_unit_test(a_wave_line_names_the_count_its_origin_revised),
        cmocka_unit_test(score_table),
        cmocka_unit_test(timeline_first_notice_and_doubtful_dates),
        cmocka_unit_test(the_first_month_has_no_previous),
        cmocka_unit_test(a_waves_first_public_word),
        cmocka_unit_test(executive_summary_from_the_figures),
        cmocka_unit_test(concentration_names_each_unit),
        cmocka_unit_test(one_line_descriptions),
        cmocka_unit_test(victims_served_before_staff),
        cmocka_unit_test(trend_counts_each_incident_once),
        cmocka_unit_test(main_attack_priority),
        cmocka_unit_test(changes_against_the_previous_month),
        cmocka_unit_test(followups_and_contractors),
        cmocka_unit_test(document_stays_in_the_body),
        cmocka_unit_test(pdf_is_reproducible),
        cmocka_unit_test(sections_follow_the_layout),
        cmocka_unit_test(layout_errors),
        cmocka_unit_test(empty_archive),
        cmocka_unit_test(charts_alone),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
