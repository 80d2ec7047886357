/*
 * Tests of the fact checks (checks.h) on facts composed for each check,
 * and of what the extract stage reads for them (a list of the information
 * concerned, kj_cues.info_*) from sentences written for these tests.  All
 * organisations are fictional.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "kaiji/aggregate.h"
#include "kaiji/checks.h"
#include "kaiji/extract.h"
#include "kaiji/parse.h"

/* ------------------------------------------------------------ releases */

static kj_date day(const char *iso)
{
    return kj_date_parse_iso(iso);
}

/* A release of `org` on `date` with an overview and `body`, parsed but not
 * extracted: the tests state its facts themselves.  `extra` adds overview
 * bullets or sections. */
static kj_release *release(const char *date, const char *org, const char *title, const char *extra)
{
    char path[256], md[2048];
    int y, m, d;
    sscanf(date, "%d-%d-%d", &y, &m, &d);
    snprintf(path, sizeof path, "%04d/%02d/%02d_%s.md", y, m, d, org);
    snprintf(
        md, sizeof md,
        "# 公表概要\n- %s\n- %d年%d月%d日\n- %s\n- https://example.jp/x\n%s\n# 本文\n本文です。\n",
        title, y, m, d, org, extra);
    kj_release *rel = kj_release_new(path, path);
    kj_parse_release(rel, md, strlen(md));
    kj_scan_cues(rel);
    return kj_release_compact(rel);
}

/* A release with an affected figure in persons. */
static kj_release *with_figure(const char *date, const char *org, int64_t persons)
{
    kj_release *rel = release(date, org, "個人情報の漏えいについて", "");
    rel->affected_persons = persons;
    rel->affected_unit = KJ_AFFECTED_PERSONS;
    rel->figure_scope = KJ_SCOPE_OWN;
    rel->attack_types = 1u << KJ_ATTACK_UNAUTHORIZED_ACCESS;
    return rel;
}

/* A client's notice of `origin`'s breach stating `persons`. */
static kj_release *notice(const char *date, const char *org, const char *origin, int64_t persons)
{
    kj_release *rel = with_figure(date, org, persons);
    rel->third_party = true;
    rel->origin = origin;
    return rel;
}

typedef struct fixture {
    kj_release *rels[16];
    size_t n;
    kj_incident_set *set;
} fixture;

static void group(fixture *g)
{
    g->set = kj_incidents_group((const kj_release *const *)g->rels, g->n, NULL);
}

/* The figures of month `ym` (YYYY-MM) over the grouped fixture. */
static kj_figures *figures_of(const fixture *g, const char *ym)
{
    kj_period month;
    kj_error err;
    assert_int_equal(kj_period_month(ym, &month, &err), KJ_OK);
    return kj_figures_compute(g->set, month, NULL);
}

static void fixture_free(fixture *g)
{
    kj_incident_set_free(g->set);
    for (size_t i = 0; i < g->n; i++)
        kj_release_free(g->rels[i]);
}

/* The checks of one release grouped alone. */
static kj_check_set checks_alone(kj_release *rel)
{
    fixture g = {.rels = {rel}, .n = 1};
    group(&g);
    kj_check_set c = kj_checks_release(g.set, 0);
    kj_incident_set_free(g.set); /* the release stays the caller's */
    return c;
}

#define BIT(c) KJ_CHECK_BIT(KJ_CHECK_##c)

/* --------------------------------------------------------------- names */

static void names_and_labels(void **state)
{
    (void)state;
    for (int c = 0; c < KJ_CHECK__COUNT; c++) {
        assert_non_null(kj_check_name((kj_check)c));
        assert_non_null(kj_check_label((kj_check)c));
        assert_int_equal(kj_check_lookup(kj_check_name((kj_check)c)), c);
    }
    assert_string_equal(kj_check_name(KJ_CHECK_WAVE_FIGURE), "wave_figure");
    assert_null(kj_check_name(KJ_CHECK__COUNT));
    assert_int_equal(kj_check_lookup("no_such_check"), -1);
    assert_true(KJ_CHECKS_FIGURE & BIT(ABOVE_SIZE));
    assert_false(KJ_CHECKS_FIGURE & BIT(NO_DATA));
}

/* ------------------------------------------------------- one release */

static void confirmed_over_total(void **state)
{
    (void)state;
    kj_release *rel = with_figure("2026-03-10", "株式会社はやて物産", 1000);
    rel->affected_persons_confirmed = 1200;
    assert_int_equal(checks_alone(rel), BIT(CONFIRMED_OVER_TOTAL));
    kj_release_free(rel);

    rel = with_figure("2026-03-10", "株式会社はやて物産", 1000);
    rel->affected_persons_confirmed = 1000; /* all of them confirmed: fine */
    assert_int_equal(checks_alone(rel), 0);
    kj_release_free(rel);
}

static void dates_out_of_order(void **state)
{
    (void)state;
    kj_release *rel = with_figure("2026-03-10", "株式会社はやて物産", 10);
    rel->occurred = day("2026-02-18");
    rel->detected = day("2026-02-11");
    assert_int_equal(checks_alone(rel), BIT(OCCURRED_AFTER_DETECTED));
    /* a month stands for any of its days: out of order only when the
     * whole month is */
    rel->occurred = day("2026-02");
    assert_int_equal(checks_alone(rel), 0);
    rel->occurred = day("2026-03");
    rel->detected = day("2026-02");
    assert_int_equal(checks_alone(rel), BIT(OCCURRED_AFTER_DETECTED));
    /* after the release itself (published 2026-03-10) */
    rel->occurred = day("2026-03-12");
    rel->detected = day("2026-03-14");
    assert_int_equal(checks_alone(rel),
                     BIT(OCCURRED_AFTER_PUBLISHED) | BIT(DETECTED_AFTER_PUBLISHED));
    rel->occurred = day("2026-03-10");
    rel->detected = day("2026-03-10");
    assert_int_equal(checks_alone(rel), 0); /* the same day is in order */
    kj_release_free(rel);
}

static void size_limits(void **state)
{
    (void)state;
    const char *label;
    kj_release *school = with_figure("2026-03-10", "架空市立みなみ小学校", 173000);
    assert_int_equal(kj_size_limit(school, &label), 50000);
    assert_string_equal(label, "小・中・高等学校、幼稚園");
    assert_int_equal(checks_alone(school), BIT(ABOVE_SIZE));
    /* records: the limit times the unit's factor (3) */
    school->affected_unit = KJ_AFFECTED_RECORDS;
    assert_int_equal(checks_alone(school), BIT(ABOVE_SIZE));
    school->affected_persons = 140000;
    assert_int_equal(checks_alone(school), 0);
    school->affected_unit = KJ_AFFECTED_PERSONS;
    school->affected_persons = 30000; /* pupils, former pupils and parents */
    assert_int_equal(checks_alone(school), 0);
    kj_release_free(school);

    /* a town keeps hometown-tax donors' data: hundreds of thousands are
     * plausible, millions are not */
    kj_release *town = with_figure("2026-03-10", "青葉県ひなた町", 413000);
    assert_int_equal(kj_size_limit(town, &label), 2000000);
    assert_string_equal(label, "町村");
    assert_int_equal(checks_alone(town), 0);
    town->affected_persons = 2500000;
    assert_int_equal(checks_alone(town), BIT(ABOVE_SIZE));
    kj_release_free(town);

    /* a company of that name is no town; millions of customers are */
    kj_release *company = with_figure("2026-03-10", "株式会社ひなた町", 2500000);
    assert_int_equal(checks_alone(company), 0);
    company->affected_persons = 300000000; /* more than live in Japan, twice */
    assert_int_equal(checks_alone(company), BIT(ABOVE_SIZE));
    kj_release_free(company);

    /* several organisations: the largest limit */
    kj_release *both = with_figure("2026-03-10", "架空市立みなみ小学校、架空市", 900000);
    assert_int_equal(kj_size_limit(both, NULL), 8000000);
    assert_int_equal(checks_alone(both), 0);
    kj_release_free(both);
}

static void gaps_where_information_is_listed(void **state)
{
    (void)state;
    kj_release *rel = with_figure("2026-03-10", "株式会社はやて物産", 10);
    rel->attack_types = 0;
    assert_int_equal(checks_alone(rel), 0); /* no list: nothing expected */
    rel->cues.info_items = 3;
    assert_int_equal(checks_alone(rel), BIT(NO_ATTACK));
    /* `サイバー攻撃` alone states no type: nothing was missed */
    rel->cues.generic_attack = true;
    assert_int_equal(checks_alone(rel), 0);
    rel->cues.info_people = true; /* the list says whose */
    assert_int_equal(checks_alone(rel), BIT(NO_VICTIM));
    rel->victim_categories = 1u << KJ_VICTIM_CUSTOMERS;
    rel->cues.info_data_items = 2; /* and names kinds of data */
    assert_int_equal(checks_alone(rel), BIT(NO_DATA));
    rel->data_types = 1u << KJ_DATA_NAME;
    assert_int_equal(checks_alone(rel), 0);
    kj_release_free(rel);
}

/* ---------------------------------------------------------- the wave */

/* The origin's own figure is the wave's, though clients quote a rounded,
 * larger one alike (約17.5万 for the origin's 173,000). */
static void the_origins_own_figure_leads(void **state)
{
    (void)state;
    fixture g = {0};
    g.rels[g.n++] = with_figure("2026-04-11", "株式会社かざぐるま印刷", 173000);
    g.rels[g.n++] = notice("2026-04-14", "架空市立みなみ小学校", "かざぐるま印刷", 175000);
    g.rels[g.n++] = notice("2026-04-15", "学校法人ひばり学院", "かざぐるま印刷", 175000);
    group(&g);
    assert_int_equal(g.set->n_waves, 1);
    assert_int_equal(g.set->waves[0].origin_total, 173000);
    fixture_free(&g);
}

static void wave_figures(void **state)
{
    (void)state;
    fixture g = {0};
    /* 0: the origin's own release; 1-2: clients quoting its total; 3: a
     * client with its own figure; 4-5: two clients with the same small
     * number (130 pupils each); 6-7: two clients with the same large one,
     * the origin silent on it; 8-10: three clients with the same small
     * number, below the origin's own total: each its own part of it (a
     * service's 399 users, 3 of whom applied to each of three towns). */
    g.rels[g.n] = with_figure("2026-04-11", "株式会社かざぐるま印刷", 173000);
    g.n++;
    g.rels[g.n++] = notice("2026-04-14", "架空市立みなみ小学校", "かざぐるま印刷", 173000);
    g.rels[g.n++] = notice("2026-04-15", "学校法人ひばり学院", "株式会社かざぐるま印刷", 173000);
    g.rels[g.n++] = notice("2026-04-15", "架空市立きた中学校", "かざぐるま印刷", 212);
    g.rels[g.n++] = notice("2026-04-16", "青葉県ひなた町", "かざぐるま印刷", 130);
    g.rels[g.n++] = notice("2026-04-17", "青葉県あさひ村", "かざぐるま印刷", 130);
    g.rels[g.n++] = notice("2026-04-18", "架空市立にし高等学校", "かざぐるま印刷", 2400);
    g.rels[g.n++] = notice("2026-04-18", "架空市立ひがし高等学校", "かざぐるま印刷", 2400);
    g.rels[g.n++] = notice("2026-04-20", "株式会社みずほ写真館", "かざぐるま印刷", 40);
    g.rels[g.n++] = notice("2026-04-21", "株式会社さくら写真館", "かざぐるま印刷", 40);
    g.rels[g.n++] = notice("2026-04-22", "株式会社つばめ写真館", "かざぐるま印刷", 40);
    group(&g);
    assert_int_equal(g.set->n_waves, 1);
    kj_check_set expect[] = {0,
                             BIT(WAVE_FIGURE) | BIT(ABOVE_SIZE),
                             BIT(WAVE_FIGURE),
                             0,
                             0,
                             0,
                             BIT(WAVE_FIGURE),
                             BIT(WAVE_FIGURE),
                             0,
                             0,
                             0};
    for (size_t i = 0; i < g.n; i++)
        if (kj_checks_release(g.set, i) != expect[i])
            fail_msg("%s: checks %#x, expected %#x", g.rels[i]->path,
                     (unsigned)kj_checks_release(g.set, i), (unsigned)expect[i]);
    /* the reason names whose figure it is and the wave */
    kj_buf why = {0};
    kj_check_reason(g.set, 2, KJ_CHECK_WAVE_FIGURE, &why);
    assert_string_equal(why.data, "173000 also stated by 株式会社かざぐるま印刷 in "
                                  "wave-2026-04-11-かざぐるま印刷");
    kj_buf_reset(&why);
    kj_check_reason(g.set, 1, KJ_CHECK_ABOVE_SIZE, &why);
    assert_string_equal(why.data,
                        "173000 persons where a 小・中・高等学校、幼稚園 holds at most 50000");
    kj_buf_reset(&why);
    kj_check_reason(g.set, 3, KJ_CHECK_WAVE_FIGURE, &why); /* passes: nothing */
    assert_true(why.len == 0);
    kj_buf_free(&why);
    /* a member carries its release's checks */
    const kj_incident *inc = kj_incident_of(g.set, 2);
    assert_int_equal(inc->members[0].checks, BIT(WAVE_FIGURE));
    fixture_free(&g);
}

/* The origin's own incident is the breach: its first report, two months
 * before its clients' notices, is the wave's first publication. */
static void the_origins_first_report_starts_the_wave(void **state)
{
    (void)state;
    fixture g = {0};
    g.rels[g.n++] = with_figure("2026-02-20", "株式会社かざぐるま印刷", 0);
    g.rels[g.n++] = with_figure("2026-04-11", "株式会社かざぐるま印刷", 173000);
    g.rels[g.n++] = notice("2026-04-14", "架空市立みなみ小学校", "かざぐるま印刷", 212);
    g.rels[g.n++] = notice("2026-04-15", "学校法人ひばり学院", "かざぐるま印刷", 130);
    g.rels[0]->affected_persons = KJ_COUNT_NONE;
    group(&g);
    assert_int_equal(g.set->n_waves, 1);
    assert_ptr_equal(kj_incident_of(g.set, 0), kj_incident_of(g.set, 1));
    assert_int_equal(kj_date_cmp(g.set->waves[0].first, day("2026-02-20")), 0);
    assert_int_equal(g.set->waves[0].n_organizations, 2);
    fixture_free(&g);
}

/* A release of the origin's own incident that names the group company
 * whose service it ran is the origin's, not a knock-on notice. */
static void the_origins_incident_is_no_knock_on(void **state)
{
    (void)state;
    static const char *parent[] = {"株式会社かざぐるま印刷"};
    fixture g = {0};
    g.rels[g.n++] = with_figure("2026-04-11", "株式会社かざぐるま印刷", 0);
    g.rels[g.n++] = notice("2026-04-14", "架空市立みなみ小学校", "かざぐるま印刷", 212);
    g.rels[g.n] = notice("2026-04-15", "学校法人ひばり学院", "かざぐるまロジ株式会社", 130);
    g.rels[g.n]->origin_aliases = parent;
    g.rels[g.n++]->n_origin_aliases = 1;
    g.rels[g.n] =
        release("2026-04-25", "株式会社かざぐるま印刷", "個人情報の漏えいについて（第2報）",
                "\n# 事案ID\n- 2026-04-11-株式会社かざぐるま印刷\n");
    g.rels[g.n]->third_party = true;
    g.rels[g.n]->origin = "かざぐるまロジ株式会社";
    g.rels[g.n]->origin_aliases = parent;
    g.rels[g.n++]->n_origin_aliases = 1;
    group(&g);
    assert_int_equal(g.set->n_waves, 1);
    assert_ptr_equal(kj_incident_of(g.set, 0), kj_incident_of(g.set, 3));
    assert_false(g.set->knock_on[3]);
    assert_true(g.set->knock_on[1] && g.set->knock_on[2]);
    assert_int_equal(g.set->waves[0].n_knock_on, 2);
    fixture_free(&g);
}

/* A later month of a wave: the origin's total published the month before
 * is the wave's figure, not the sum of its clients' own. */
static void a_later_month_keeps_the_origins_total(void **state)
{
    (void)state;
    fixture g = {0};
    g.rels[g.n++] = with_figure("2026-04-20", "株式会社かざぐるまメール", 4000000);
    g.rels[0]->affected_unit = KJ_AFFECTED_ACCOUNTS;
    g.rels[g.n++] = notice("2026-04-22", "架空市立みなみ小学校", "かざぐるまメール", 10);
    g.rels[g.n++] = notice("2026-05-07", "学校法人ひばり学院", "かざぐるまメール", 4000);
    g.rels[g.n++] = notice("2026-05-08", "株式会社はやて物産", "かざぐるまメール", 110);
    group(&g);
    assert_int_equal(g.set->n_waves, 1);
    kj_figures *f = figures_of(&g, "2026-05");
    assert_int_equal(f->n_waves, 1);
    assert_int_equal(f->waves[0].origin_total, 4000000);
    assert_int_equal(f->waves[0].origin_total_unit, KJ_AFFECTED_ACCOUNTS);
    assert_true(f->waves[0].origin_total_before);
    assert_true(f->waves[0].origin_total_own);
    assert_false(f->waves[0].origin_published);
    kj_figures_free(f);
    fixture_free(&g);
}

/* The origin published in the month but stated no figure; its clients quote
 * its total: the wave's figure is theirs to quote, not the origin's word
 * (the briefing must not say 「発生元の公表」).  Once the origin states its
 * own figure, that figure is the origin's. */
static void a_quoted_total_is_not_the_origins_word(void **state)
{
    (void)state;
    for (int own = 0; own < 2; own++) {
        fixture g = {0};
        g.rels[g.n++] = with_figure("2026-04-11", "株式会社かざぐるま印刷", 173000);
        if (!own)
            g.rels[0]->affected_persons = KJ_COUNT_NONE;
        g.rels[g.n++] = notice("2026-04-14", "架空市立みなみ小学校", "かざぐるま印刷", 173000);
        g.rels[1]->figure_scope = KJ_SCOPE_ORIGIN_TOTAL;
        g.rels[g.n++] = notice("2026-04-15", "学校法人ひばり学院", "かざぐるま印刷", 130);
        group(&g);
        assert_int_equal(g.set->n_waves, 1);
        kj_figures *f = figures_of(&g, "2026-04");
        assert_int_equal(f->n_waves, 1);
        assert_true(f->waves[0].origin_published);
        assert_int_equal(f->waves[0].origin_total, 173000);
        assert_int_equal(f->waves[0].origin_total_own, own);
        kj_figures_free(f);
        fixture_free(&g);
    }
}

/* A client quoting the origin's total in round figures shows the origin's
 * own figure on its page; a client's own figure stays its own. */
static void a_quoted_round_total_shows_the_origins(void **state)
{
    (void)state;
    fixture g = {0};
    g.rels[g.n++] = with_figure("2026-04-11", "株式会社かざぐるま印刷", 17480000);
    g.rels[0]->affected_unit = KJ_AFFECTED_RECORDS;
    g.rels[g.n++] = notice("2026-04-14", "架空市立みなみ小学校", "かざぐるま印刷", 17500000);
    g.rels[1]->figure_scope = KJ_SCOPE_ORIGIN_TOTAL;
    g.rels[1]->affected_unit = KJ_AFFECTED_RECORDS;
    g.rels[g.n++] = notice("2026-04-15", "学校法人ひばり学院", "かざぐるま印刷", 130);
    group(&g);
    assert_int_equal(g.set->n_waves, 1);
    int64_t figure = 0;
    kj_affected_unit unit = KJ_AFFECTED_NONE;
    const kj_incident *quoting = kj_incident_of(g.set, 1);
    assert_true(kj_incident_wave_figure(g.set, quoting, &quoting->facts, &figure, &unit));
    assert_int_equal(figure, 17480000);
    assert_int_equal(unit, KJ_AFFECTED_RECORDS);
    const kj_incident *own = kj_incident_of(g.set, 2);
    assert_false(kj_incident_wave_figure(g.set, own, &own->facts, &figure, &unit));
    const kj_incident *origin = kj_incident_of(g.set, 0);
    assert_false(kj_incident_wave_figure(g.set, origin, &origin->facts, &figure, &unit));
    fixture_free(&g);
}

/* A client's own count within a wave whose origin states its total is a
 * part of that total: the month adds the origin's people once, not the
 * client's again — also a count in another unit when the wave states none
 * in it (the school's 40件 of the staffing firm's 15,829人: its share in the
 * words of its own records).  A count larger than the total is its own. */
static void a_clients_own_part_is_not_added_again(void **state)
{
    (void)state;
    fixture g = {0};
    g.rels[g.n++] = with_figure("2026-04-10", "株式会社かざぐるま人材", 15829);
    g.rels[g.n++] = notice("2026-04-12", "架空省", "かざぐるま人材", 122);
    g.rels[g.n++] = notice("2026-04-14", "学校法人ひばり学院", "かざぐるま人材", 40);
    g.rels[2]->affected_unit = KJ_AFFECTED_RECORDS;
    g.rels[g.n++] = notice("2026-04-15", "株式会社はやて物産", "かざぐるま人材", 20000);
    group(&g);
    assert_int_equal(g.set->n_waves, 1);
    kj_figures *f = figures_of(&g, "2026-04");
    for (int u = 0; u < KJ_UNIT__COUNT; u++) {
        const kj_affected_sum *a = &f->totals.affected[u];
        assert_int_equal(a->figure[KJ_AFFECTED_PERSONS], 15829 + 20000);
        assert_int_equal(a->figure[KJ_AFFECTED_RECORDS], 0);
        assert_int_equal(a->part_of_origin_total, 2);
        assert_int_equal(a->stating, 4);
    }
    kj_figures_free(f);
    fixture_free(&g);
}

/* A `第1報` link to another organisation's notice of a breach at another
 * place is a slip of the archive: the two stay apart. */
static void a_link_to_a_stranger_elsewhere_is_a_slip(void **state)
{
    (void)state;
    fixture g = {0};
    g.rels[g.n++] = notice("2026-03-13", "ひばり健康保険組合", "みどりクリニック", 300);
    g.rels[g.n++] = release("2026-05-07", "株式会社はやて物産", "個人情報の漏えいについて（続報）",
                            "- 第1報：https://github.com/piyokango/SecurityIncidentArchive/blob/"
                            "main/2026/03/13_ひばり健康保険組合.md\n");
    g.rels[1]->third_party = true;
    g.rels[1]->origin = "かざぐるまメール";
    group(&g);
    assert_true(kj_incident_of(g.set, 0) != kj_incident_of(g.set, 1));
    fixture_free(&g);
}

/* The origin's own figure below a client's own part counts only its own
 * people (staff, contacts), not its clients' data: no total of the wave. */
static void an_origins_own_people_are_no_wave_total(void **state)
{
    (void)state;
    fixture g = {0};
    g.rels[g.n++] = with_figure("2026-04-11", "株式会社かざぐるま鑑定", 650);
    g.rels[g.n++] = notice("2026-04-14", "あおば損害保険株式会社", "かざぐるま鑑定", 12000);
    g.rels[g.n++] = notice("2026-04-15", "ひばり火災保険株式会社", "かざぐるま鑑定", 300);
    group(&g);
    assert_int_equal(g.set->n_waves, 1);
    assert_true(g.set->waves[0].origin_total == KJ_COUNT_NONE);
    kj_figures *f = figures_of(&g, "2026-04");
    assert_true(f->waves[0].origin_total == KJ_COUNT_NONE);
    kj_figures_free(f);
    fixture_free(&g);
}

/* -------------------------------------------------------- an incident */

static void incidents_as_known_on_a_day(void **state)
{
    (void)state;
    fixture g = {0};
    /* A 第1報 with a figure far too large for a school, a 第2報 correcting
     * it, and the dates of the 第2報 out of order. */
    g.rels[g.n] = with_figure("2026-05-01", "架空市立みなみ小学校", 2400000);
    g.rels[g.n++]->occurred = day("2026-04-20");
    g.rels[g.n] = release("2026-05-20", "架空市立みなみ小学校", "個人情報の漏えいについて（第2報）",
                          "\n# 事案ID\n- 2026-05-01-架空市立みなみ小学校\n");
    g.rels[g.n]->affected_persons = 2400;
    g.rels[g.n]->affected_unit = KJ_AFFECTED_PERSONS;
    g.rels[g.n++]->detected = day("2026-04-10");
    group(&g);
    assert_int_equal(g.set->n, 1);
    const kj_incident *inc = &g.set->items[0];
    kj_incident_facts facts;
    assert_true(kj_incident_facts_as_of(inc, day("2026-05-10"), &facts));
    assert_int_equal(kj_checks_incident(inc, &facts), BIT(ABOVE_SIZE));
    /* at the end of May: the corrected figure, the 第2報's detection before
     * the 第1報's occurrence */
    assert_true(kj_incident_facts_as_of(inc, day("2026-05-31"), &facts));
    assert_int_equal(facts.affected_persons, 2400);
    assert_int_equal(kj_checks_incident(inc, &facts), BIT(OCCURRED_AFTER_DETECTED));
    fixture_free(&g);

    /* confirmed over total in the merged facts, each release sound: the
     * 第2報 lowers the figure below the 第1報's confirmed part */
    fixture h = {0};
    h.rels[h.n] = with_figure("2026-06-01", "株式会社はやて物産", 900);
    h.rels[h.n++]->affected_persons_confirmed = 800;
    h.rels[h.n] = release("2026-06-21", "株式会社はやて物産", "個人情報の漏えいについて（第2報）",
                          "\n# 事案ID\n- 2026-06-01-株式会社はやて物産\n");
    h.rels[h.n]->affected_persons = 500;
    h.rels[h.n++]->affected_unit = KJ_AFFECTED_PERSONS;
    group(&h);
    assert_int_equal(h.set->n, 1);
    assert_int_equal(kj_checks_release(h.set, 0) | kj_checks_release(h.set, 1), 0);
    assert_int_equal(kj_checks_incident(&h.set->items[0], &h.set->items[0].facts),
                     BIT(CONFIRMED_OVER_TOTAL));
    fixture_free(&h);
}

static void counts_of_a_month(void **state)
{
    (void)state;
    fixture g = {0};
    g.rels[g.n++] = with_figure("2026-07-02", "架空市立みなみ小学校", 300000);
    g.rels[g.n] = with_figure("2026-07-09", "株式会社はやて物産", 10);
    g.rels[g.n++]->cues.info_items = 2;
    g.rels[g.n++] = with_figure("2026-07-15", "株式会社ことり商事", 20);
    g.rels[g.n++] = with_figure("2026-08-03", "架空市立きた中学校", 400000);
    g.rels[1]->attack_types = 0;
    group(&g);
    kj_figures *f = figures_of(&g, "2026-07");
    kj_check_counts counts;
    kj_checks_count(g.set, f, &counts);
    assert_int_equal(counts.releases, 3);
    assert_int_equal(counts.with_problems, 2);
    assert_int_equal(counts.by_check[KJ_CHECK_ABOVE_SIZE], 1);
    assert_int_equal(counts.by_check[KJ_CHECK_NO_ATTACK], 1);
    assert_int_equal(counts.by_check[KJ_CHECK_WAVE_FIGURE], 0);
    assert_int_equal(counts.incidents, 3);
    assert_int_equal(counts.incidents_figure[KJ_AFFECTED_PERSONS], 1);
    kj_figures_free(f);
    fixture_free(&g);
}

static void reasons_in_words(void **state)
{
    (void)state;
    kj_release *rel = with_figure("2026-03-10", "株式会社はやて物産", 1000);
    rel->affected_persons_confirmed = 1200;
    rel->occurred = day("2026-02-18");
    rel->detected = day("2026-02");
    rel->cues.info_items = 1;
    rel->cues.info_data_items = 2;
    rel->attack_types = 0;
    fixture g = {.rels = {rel}, .n = 1};
    group(&g);
    const char *want[KJ_CHECK__COUNT] = {
        [KJ_CHECK_CONFIRMED_OVER_TOTAL] = "1200 confirmed of 1000",
        [KJ_CHECK_OCCURRED_AFTER_DETECTED] = "",
        [KJ_CHECK_NO_ATTACK] = "the information concerned listed in 1 item",
        [KJ_CHECK_NO_DATA] = "kinds of data listed in 2 items",
    };
    kj_buf why = {0};
    for (int c = 0; c < KJ_CHECK__COUNT; c++) {
        kj_buf_reset(&why);
        kj_check_reason(g.set, 0, (kj_check)c, &why);
        const char *got = why.len ? why.data : "";
        assert_string_equal(got, want[c] ? want[c] : "");
    }
    /* a day after its month is in order; the day before it is not */
    rel->occurred = day("2026-03-01");
    kj_incident_set_free(g.set);
    group(&g);
    kj_buf_reset(&why);
    kj_check_reason(g.set, 0, KJ_CHECK_OCCURRED_AFTER_DETECTED, &why);
    assert_string_equal(why.data, "occurred 2026-03-01 after detected 2026-02");
    kj_buf_free(&why);
    fixture_free(&g);
}

/* ------------------------------------------- what the extract stage reads */

/* A release by 株式会社テスト精工 with `body`, extracted. */
static kj_release *extracted(const char *body)
{
    char md[4096];
    snprintf(md, sizeof md,
             "# 公表概要\n- 個人情報の取り扱いに関するお知らせ\n- 2026年3月10日\n"
             "- 株式会社テスト精工\n- https://example.com/n\n\n# 本文\n%s\n",
             body);
    kj_release *rel = kj_release_new("t.md", "2026/03/10_株式会社テスト精工.md");
    kj_parse_release(rel, md, strlen(md));
    kj_extract_release(rel, NULL);
    return rel;
}

static void lists_of_information(void **state)
{
    (void)state;
    /* a lead-in sentence, then the items */
    kj_release *r =
        extracted("不正アクセスにより、お客様の以下の情報が流出した可能性があります。\n\n"
                  "- 氏名\n- 住所\n- ご登録いただいた情報\n");
    assert_int_equal(r->cues.info_items, 3);
    assert_int_equal(r->cues.info_data_items, 2); /* 氏名, 住所 */
    assert_true(r->cues.info_people);             /* お客様の */
    kj_release_free(r);

    /* a provider's notice cited by its page title, with the site's name
     * after a bar: another text's subject, no item of this one */
    r = extracted("当社が利用するサンプルメール株式会社のメールサービスにおいて、第三者による不正"
                  "アクセスに起因する情報漏えいが発生した可能性がある旨、同社より発表がありました。"
                  "\n\n"
                  "サンプルメールサービスにおけるお客様情報の漏えいについて | 企業情報 | "
                  "サンプルメール\n");
    assert_int_equal(r->cues.info_items, 0);
    assert_false(r->cues.info_people);
    kj_release_free(r);

    /* a heading that ends with the information, over a table */
    r = extracted("## 漏えいしたおそれのある個人データの項目\n\n| 区分 | 内容 |\n|---|---|\n"
                  "| 会員 | 氏名、メールアドレス |\n");
    assert_int_equal(r->cues.info_items, 1);
    assert_int_equal(r->cues.info_data_items, 1);
    assert_true(r->cues.info_people); /* 会員 */
    kj_release_free(r);

    /* lines without 。 after the lead-in; a long caption line is no item */
    r = extracted("調査の結果、流出した情報は次のとおりです。\n\n氏名、電話番号\n\n"
                  "（参考：委託先が公表した「お客様情報の取り扱いに関するお知らせとお詫び及び今後"
                  "の対応について」の全文は同社のウェブサイトに掲載されております）\n");
    assert_int_equal(r->cues.info_items, 1);
    assert_false(r->cues.info_people);
    kj_release_free(r);
}

static void not_lists_of_information(void **state)
{
    (void)state;
    /* a denial introduces measures, not information */
    kj_release *r =
        extracted("現時点で個人情報の流出は確認されておりませんが、以下の対応を行いました。\n\n"
                  "- 情報システムの停止\n- パスワードの変更\n");
    assert_int_equal(r->cues.info_items, 0);
    kj_release_free(r);

    /* `情報漏えい` is the leak, not the information; nor is a heading that
     * goes on after the information word */
    r = extracted("## 情報漏えいに関する見解\n\n- 外部への情報の送信は確認されていません\n\n"
                  "## 漏えいした情報の調査の状況\n\n- 流出した情報の件数は調査中です\n");
    assert_int_equal(r->cues.info_items, 0);
    kj_release_free(r);

    /* a request to the reader */
    r = extracted("流出した情報を悪用した連絡に、以下の点にご注意ください。\n\n"
                  "- 不審なメールの添付ファイルを開かないでください\n");
    assert_int_equal(r->cues.info_items, 0);
    kj_release_free(r);
}

static void attack_in_general_words(void **state)
{
    (void)state;
    kj_release *r = extracted("当社のサーバーがサイバー攻撃を受けました。");
    assert_true(r->cues.generic_attack);
    assert_int_equal(r->attack_types, 0);
    kj_release_free(r);
    r = extracted("当社のサーバーに保存されていたファイルが所在不明となりました。");
    assert_false(r->cues.generic_attack);
    kj_release_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(names_and_labels),
        cmocka_unit_test(confirmed_over_total),
        cmocka_unit_test(dates_out_of_order),
        cmocka_unit_test(size_limits),
        cmocka_unit_test(gaps_where_information_is_listed),
        cmocka_unit_test(the_origins_own_figure_leads),
        cmocka_unit_test(wave_figures),
        cmocka_unit_test(the_origins_first_report_starts_the_wave),
        cmocka_unit_test(the_origins_incident_is_no_knock_on),
        cmocka_unit_test(a_later_month_keeps_the_origins_total),
        cmocka_unit_test(a_quoted_total_is_not_the_origins_word),
        cmocka_unit_test(a_quoted_round_total_shows_the_origins),
        cmocka_unit_test(a_clients_own_part_is_not_added_again),
        cmocka_unit_test(a_link_to_a_stranger_elsewhere_is_a_slip),
        cmocka_unit_test(an_origins_own_people_are_no_wave_total),
        cmocka_unit_test(incidents_as_known_on_a_day),
        cmocka_unit_test(counts_of_a_month),
        cmocka_unit_test(reasons_in_words),
        cmocka_unit_test(lists_of_information),
        cmocka_unit_test(not_lists_of_information),
        cmocka_unit_test(attack_in_general_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
