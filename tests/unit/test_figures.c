/*
 * Aggregation over the sample archive, with the facts of its expected.jsonl
 * (not the extract stage), so grouping and counting are proven on their own.
 * Every expected value below was worked out by hand from the table in
 * tests/sample-archive/README.md.
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
#include "kaiji/export.h"
#include "sample_releases.h"

typedef struct fixture {
    kj_release_set releases;
    kj_incident_set *incidents;
} fixture;

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    sample_releases_load(&fx->releases);
    /* The sample's README counts the two disclosers of the クラウドリンク breach
     * as one incident, as `--join-contractors` does; the default keeps them
     * apart (see default_grouping_keeps_organisations_apart). */
    kj_group_options opt;
    kj_group_options_default(&opt);
    opt.join_contractors = true;
    fx->incidents =
        kj_incidents_group((const kj_release *const *)fx->releases.items, fx->releases.n, &opt);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    kj_incident_set_free(fx->incidents);
    kj_release_set_free(&fx->releases);
    free(fx);
    sample_releases_done();
    return 0;
}

static kj_period month(const char *text)
{
    kj_period p;
    kj_error err;
    assert_int_equal(kj_period_month(text, &p, &err), KJ_OK);
    return p;
}

static const kj_incident *incident_with(const fixture *fx, const char *path_part)
{
    for (size_t i = 0; i < fx->releases.n; i++)
        if (strstr(fx->releases.items[i]->path, path_part))
            return kj_incident_of(fx->incidents, i);
    fail_msg("no release %s", path_part);
    return NULL;
}

static const kj_row *row(const kj_figures *f, kj_by by, const char *key)
{
    const kj_row *r = kj_breakdown_row(kj_figures_breakdown(f, by), key);
    if (!r)
        fail_msg("no row %s in %s", key, kj_by_name(by));
    assert_string_equal(r->key, key);
    return r;
}

#define ASSERT_ROW(f, by, key, rel, inc)                                                           \
    do {                                                                                           \
        const kj_row *r_ = row(f, by, key);                                                        \
        assert_int_equal(r_->count.releases, rel);                                                 \
        assert_int_equal(r_->count.incidents, inc);                                                \
    } while (0)

/* ------------------------------------------------------------ incidents */

static void incidents_are_the_intended_ones(void **state)
{
    fixture *fx = *state;
    assert_int_equal(fx->incidents->n, 19);
    /* Same expected label ⇔ same incident, for every pair of releases. */
    for (size_t i = 0; i < fx->releases.n; i++)
        for (size_t j = 0; j < fx->releases.n; j++) {
            bool same_label = strcmp(sample_expected_incident(fx->releases.items[i]->path),
                                     sample_expected_incident(fx->releases.items[j]->path)) == 0;
            bool same_incident =
                kj_incident_of(fx->incidents, i) == kj_incident_of(fx->incidents, j);
            if (same_label != same_incident)
                fail_msg("%s and %s: expected %s incident", fx->releases.items[i]->path,
                         fx->releases.items[j]->path, same_label ? "the same" : "different");
        }
}

static void incident_ids_and_members(void **state)
{
    fixture *fx = *state;
    const kj_incident *minato = incident_with(fx, "01/20_株式会社みなと精機");
    assert_string_equal(minato->id, "2026-01-20-株式会社みなと精機");
    assert_int_equal(minato->n_members, 3);
    assert_int_equal(minato->n_chains, 1);
    assert_int_equal(minato->members[0].joined_by, KJ_JOIN_FIRST);
    assert_int_equal(minato->members[1].joined_by, KJ_JOIN_LINK);
    /* The 最終報 has links and a 事案ID naming the 第1報: the ID is stronger. */
    assert_int_equal(minato->members[2].joined_by, KJ_JOIN_ID);
    assert_string_equal(minato->organization, "株式会社みなと精機");

    const kj_incident *cloud = incident_with(fx, "02/12_あおば保険サービス株式会社");
    assert_string_equal(cloud->id, "2026-02-12-あおば保険サービス株式会社");
    assert_int_equal(cloud->n_members, 2);
    assert_int_equal(cloud->n_chains, 2);
    assert_int_equal(cloud->members[1].joined_by, KJ_JOIN_CONTRACTOR);
    assert_string_equal(cloud->contractor, "クラウドリンク");
    assert_int_equal(cloud->n_organizations, 2);
    assert_string_equal(cloud->organizations[1], "株式会社ことぶき不動産");

    const kj_incident *izumi = incident_with(fx, "いずみ総合病院");
    assert_string_equal(izumi->id, "2026-01-29-医療法人社団いずみ会 いずみ総合病院");
    assert_true(KJ_SET_HAS(izumi->org_types, KJ_ORG_MEDICAL));
}

static void newest_statement_wins(void **state)
{
    fixture *fx = *state;
    const kj_incident *minato = incident_with(fx, "01/20_株式会社みなと精機");
    const kj_incident_facts *f = &minato->facts;
    /* 第1報: unknown, no number; 第2報: possible, 2,050 / 430社; 最終報:
     * confirmed, 2,050 of which 850 confirmed. */
    assert_int_equal(f->n_releases, 3);
    assert_int_equal(f->leak_status, KJ_LEAK_CONFIRMED);
    assert_int_equal(f->affected_persons, 2050);
    assert_int_equal(f->affected_persons_confirmed, 850);
    assert_int_equal(f->affected_persons_possible, 1200);
    assert_int_equal(f->affected_organizations, 430);
    assert_true(f->report.final);
    assert_int_equal(f->report.number, 2);
    assert_int_equal(f->lag_occurred_days, 4); /* 01-16 → 01-20 */
    assert_int_equal(f->lag_detected_days, 3); /* 01-17 → 01-20 */
    assert_int_equal(f->size_band, KJ_SIZE_1K);

    /* As known at the end of January: only the 第1報. */
    kj_incident_facts jan;
    assert_true(kj_incident_facts_as_of(minato, month("2026-01").to, &jan));
    assert_int_equal(jan.n_releases, 1);
    assert_int_equal(jan.leak_status, KJ_LEAK_UNKNOWN);
    assert_int_equal(jan.affected_persons, KJ_COUNT_NONE);
    /* … and of February: the 第2報. */
    kj_incident_facts feb;
    assert_true(kj_incident_facts_as_of(minato, month("2026-02").to, &feb));
    assert_int_equal(feb.leak_status, KJ_LEAK_POSSIBLE);
    assert_int_equal(feb.affected_persons, 2050);
    assert_int_equal(feb.affected_persons_confirmed, KJ_COUNT_NONE);
    kj_incident_facts none;
    assert_false(kj_incident_facts_as_of(minato, (kj_date){2025, 12, 31}, &none));

    /* Its newest release on a day: members published by then. */
    assert_int_equal(kj_incident_members_as_of(minato, KJ_DATE_NONE), 3);
    assert_int_equal(kj_incident_members_as_of(minato, month("2026-02").to), 2);
    assert_int_equal(kj_incident_members_as_of(minato, (kj_date){2026, 1, 20}), 1);
    assert_int_equal(kj_incident_members_as_of(minato, (kj_date){2026, 1, 19}), 0);
}

static void discloser_chains_add_up(void **state)
{
    fixture *fx = *state;
    const kj_incident_facts *f = &incident_with(fx, "あおば保険サービス")->facts;
    assert_int_equal(f->affected_persons, 6724 + 2135);
    assert_int_equal(f->affected_persons_confirmed, KJ_COUNT_NONE);
    assert_int_equal(f->affected_persons_possible, 8859);
    assert_true(f->third_party);
    assert_int_equal(f->leak_status, KJ_LEAK_POSSIBLE);
    /* occurred: 01-31 in both; detected: the earlier chain's 02-04. */
    assert_int_equal(f->lag_occurred_days, 12);
    assert_int_equal(f->lag_detected_days, 8);
    assert_true(KJ_SET_HAS(f->reported_to, KJ_AUTH_MINISTRY));
    assert_true(KJ_SET_HAS(f->data_types_excluded, KJ_DATA_CREDIT_CARD));
    assert_false(KJ_SET_HAS(f->data_types_excluded, KJ_DATA_ADDRESS));
}

static void timeline_has_every_release(void **state)
{
    fixture *fx = *state;
    const kj_incident *minato = incident_with(fx, "01/20_株式会社みなと精機");
    size_t releases = 0;
    for (size_t i = 0; i < minato->n_timeline; i++) {
        if (minato->timeline[i].kind == KJ_EVENT_RELEASE)
            releases++;
        if (i)
            assert_true(kj_date_cmp(minato->timeline[i - 1].date, minato->timeline[i].date) <= 0);
    }
    assert_int_equal(releases, 3);
    assert_string_equal(minato->timeline[0].release->path, "2026/01/20_株式会社みなと精機.md");
}

/* -------------------------------------------------------------- figures */

static void february(void **state)
{
    fixture *fx = *state;
    kj_figures *f = kj_figures_compute(fx->incidents, month("2026-02"), NULL);
    const kj_totals *t = &f->totals;
    assert_int_equal(t->count.releases, 9);
    assert_int_equal(t->count.incidents, 8);
    assert_int_equal(t->new_incidents, 7);
    assert_int_equal(t->continuing_incidents, 1);
    assert_int_equal(t->organizations, 9);
    assert_int_equal(t->third_party.releases, 2);
    assert_int_equal(t->third_party.incidents, 1);

    /* Per release, people (名): 6,724 + 312 + 4,890 + 2,135 + 3,800 + 540;
     * records (件) apart: ゆうわ's 約28万2千件 + みなと's 約2,050件. */
    const kj_affected_sum *r = &t->affected[KJ_UNIT_RELEASE];
    assert_int_equal(r->figure[KJ_AFFECTED_PERSONS], 18401);
    assert_int_equal(r->figure[KJ_AFFECTED_RECORDS], 284050);
    assert_int_equal(r->figure[KJ_AFFECTED_ACCOUNTS], 0);
    assert_int_equal(r->confirmed[KJ_AFFECTED_PERSONS], 312);
    assert_int_equal(r->possible[KJ_AFFECTED_PERSONS], 18089);
    assert_int_equal(r->possible[KJ_AFFECTED_RECORDS], 284050);
    assert_int_equal(r->organizations, 1580);
    assert_int_equal(r->stating, 8);
    /* Per incident: the same (みなと's 第1報 gave no number), the cloud
     * contractor's two disclosers as one incident of 8,859 people. */
    const kj_affected_sum *i = &t->affected[KJ_UNIT_INCIDENT];
    assert_int_equal(i->figure[KJ_AFFECTED_PERSONS], 18401);
    assert_int_equal(i->figure[KJ_AFFECTED_RECORDS], 284050);
    assert_int_equal(i->confirmed[KJ_AFFECTED_PERSONS], 312);
    assert_int_equal(i->possible[KJ_AFFECTED_PERSONS], 18089);
    assert_int_equal(i->stating, 7);
    /* あおば and ことぶき name one contractor's breach: a wave of two. */
    assert_int_equal(t->knock_on.releases, 2);
    assert_int_equal(t->knock_on.incidents, 1);
    assert_int_equal(t->waves, 1);

    /* Previous period: January. */
    assert_int_equal(f->previous_period.from.month, 1);
    assert_int_equal(f->previous.count.releases, 3);
    assert_int_equal(f->previous.count.incidents, 3);
    assert_int_equal(f->previous.affected[KJ_UNIT_INCIDENT].figure[KJ_AFFECTED_PERSONS],
                     236 + 1372);

    ASSERT_ROW(f, KJ_BY_ORG_TYPE, "company", 8, 7);
    ASSERT_ROW(f, KJ_BY_ORG_TYPE, "public", 1, 1);
    assert_int_equal(row(f, KJ_BY_ORG_TYPE, "school")->previous.incidents, 1);
    assert_int_equal(row(f, KJ_BY_ORG_TYPE, "medical")->previous.releases, 1);
    ASSERT_ROW(f, KJ_BY_ATTACK, "ransomware", 3, 2);
    ASSERT_ROW(f, KJ_BY_ATTACK, "unauthorized_access", 8, 7); /* with the two mailbox takeovers */
    ASSERT_ROW(f, KJ_BY_ATTACK, "vulnerability", 2, 2);
    ASSERT_ROW(f, KJ_BY_ATTACK, "account_takeover", 2, 2);
    ASSERT_ROW(f, KJ_BY_ATTACK, "not_stated", 0, 0);
    ASSERT_ROW(f, KJ_BY_LEAK, "possible", 7, 6);
    ASSERT_ROW(f, KJ_BY_LEAK, "confirmed", 1, 1);
    ASSERT_ROW(f, KJ_BY_LEAK, "none", 1, 1);
    ASSERT_ROW(f, KJ_BY_THIRD_PARTY, "third_party", 2, 1);
    ASSERT_ROW(f, KJ_BY_THIRD_PARTY, "own", 7, 7);
    ASSERT_ROW(f, KJ_BY_VICTIM, "customers", 6, 5);
    ASSERT_ROW(f, KJ_BY_VICTIM, "not_stated", 1, 1);
    ASSERT_ROW(f, KJ_BY_SIZE, "100000-999999", 1, 1);
    ASSERT_ROW(f, KJ_BY_SIZE, "1000-9999", 5, 4);
    ASSERT_ROW(f, KJ_BY_SIZE, "100-999", 2, 2);
    ASSERT_ROW(f, KJ_BY_SIZE, "unknown", 1, 1);
    ASSERT_ROW(f, KJ_BY_MONTH, "2026-02", 9, 8);
    ASSERT_ROW(f, KJ_BY_WEEK, "2026-W05", 0, 0);
    ASSERT_ROW(f, KJ_BY_WEEK, "2026-W06", 1, 1);
    ASSERT_ROW(f, KJ_BY_WEEK, "2026-W07", 2, 2);
    ASSERT_ROW(f, KJ_BY_WEEK, "2026-W08", 3, 3);
    ASSERT_ROW(f, KJ_BY_WEEK, "2026-W09", 3, 3);
    ASSERT_ROW(f, KJ_BY_ORGANIZATION, "みなと精機", 1, 1);
    assert_int_equal(row(f, KJ_BY_ORGANIZATION, "みなと精機")->previous.releases, 1);
    assert_int_equal(f->n_repeat_disclosers, 0);

    /* Lags of the incidents active in February, as known then:
     * 3, 4, 7, 10, 10, 12, 13, 171 days from occurrence. */
    const kj_lag_stats *lag = &t->lag_occurred[KJ_UNIT_INCIDENT];
    assert_int_equal(lag->n, 8);
    assert_true(lag->median == 10.0);
    assert_true(lag->p90 == 171.0);
    assert_int_equal(lag->max, 171);

    assert_int_equal(f->n_incidents, 8);
    assert_int_equal(f->n_releases, 9);
    assert_string_equal(f->releases[0]->path, "2026/02/05_株式会社ゆうわポイント.md");
    assert_int_equal(f->n_largest, 7);
    assert_string_equal(f->largest[0]->incident->id, "2026-02-05-株式会社ゆうわポイント");
    assert_int_equal(f->largest[1]->facts.affected_persons, 8859);
    assert_int_equal(f->largest[6]->facts.affected_persons, 312);
    kj_figures_free(f);
}

static void march_follow_up_counts_once(void **state)
{
    fixture *fx = *state;
    kj_figures *f = kj_figures_compute(fx->incidents, month("2026-03"), NULL);
    const kj_totals *t = &f->totals;
    /* つばさ, ひまわり, みなと's 最終報 and the みどりメール wave: the provider's
     * own notice, かもめ (twice), 若葉町, ひばり, ほたる. */
    assert_int_equal(t->count.releases, 9);
    assert_int_equal(t->count.incidents, 8);
    assert_int_equal(t->new_incidents, 7);
    assert_int_equal(t->continuing_incidents, 1);
    assert_int_equal(t->knock_on.releases, 5);
    assert_int_equal(t->knock_on.incidents, 4);
    assert_int_equal(t->waves, 1);
    /* People: ひまわり's 1,018名.  Records: みなと's 約2,050件.  Accounts:
     * the provider's own 約12万; 若葉町 and ほたる quote the same total across
     * all its clients, counted once — here not at all, as the provider's own
     * release is counted already.  ひばり's 42名 and かもめ's 86件 are their
     * shares of the provider's 約12万 accounts (ひばり: 全国約12万アカウント…
     * 本学院で…教職員42名): part of that total, in the words of their own
     * records, not added. */
    const kj_affected_sum *r = &t->affected[KJ_UNIT_RELEASE];
    assert_int_equal(r->figure[KJ_AFFECTED_PERSONS], 1018);
    assert_int_equal(r->figure[KJ_AFFECTED_RECORDS], 2050);
    assert_int_equal(r->figure[KJ_AFFECTED_ACCOUNTS], 120000);
    assert_int_equal(r->quoting_origin_total, 2);
    assert_int_equal(r->origin_totals, 0);
    /* Per incident, what the month adds: みなと's 約2,050件 were published
     * in February and its 最終報 restates them — no new records, so none
     * newly confirmed either (850 of them are confirmed now, but the
     * month's records are counted once, when first published).  かもめ's 86
     * were found not to have leaked (its second notice): not at risk, not
     * counted.  Confirmed and possible add up to the figure. */
    const kj_affected_sum *i = &t->affected[KJ_UNIT_INCIDENT];
    assert_int_equal(i->figure[KJ_AFFECTED_PERSONS], 1018);
    assert_int_equal(i->figure[KJ_AFFECTED_RECORDS], 0);
    assert_int_equal(i->figure[KJ_AFFECTED_ACCOUNTS], 120000);
    assert_int_equal(i->confirmed[KJ_AFFECTED_PERSONS], 1018);
    assert_int_equal(i->confirmed[KJ_AFFECTED_RECORDS], 0);
    assert_int_equal(i->possible[KJ_AFFECTED_PERSONS], 0);
    assert_int_equal(i->possible[KJ_AFFECTED_RECORDS], 0);
    /* the trend's month counts the people the same way */
    assert_true(f->n_trend > 0);
    assert_int_equal(f->trend[f->n_trend - 1].month, 3);
    assert_int_equal(f->trend[f->n_trend - 1].affected_persons, 1018);
    assert_int_equal(i->stating, 6); /* かもめ, cleared, is counted as stating nothing */
    /* みなと's 最終報: the records stood since February, 850 of them are the
     * month's news as confirmed — for the line to say so */
    const kj_incident_view *minato = NULL;
    for (size_t k = 0; k < f->n_incidents; k++)
        if (strstr(f->incidents[k].incident->id, "みなと精機"))
            minato = &f->incidents[k];
    assert_non_null(minato);
    assert_true(minato->figure_before);
    assert_int_equal(minato->confirmed_in_period, 850);
    assert_int_equal(f->previous.affected[KJ_UNIT_INCIDENT].figure[KJ_AFFECTED_PERSONS], 18401);
    ASSERT_ROW(f, KJ_BY_ATTACK, "not_stated", 1, 1);
    ASSERT_ROW(f, KJ_BY_ATTACK, "insider", 1, 1);
    assert_int_equal(row(f, KJ_BY_ATTACK, "ransomware")->previous.incidents, 2);
    ASSERT_ROW(f, KJ_BY_LEAK, "confirmed", 2, 2);
    assert_null(kj_breakdown_row(kj_figures_breakdown(f, KJ_BY_ATTACK), "no_such_key"));
    /* The wave as a breakdown row: six releases, five incidents. */
    const kj_breakdown *waves = kj_figures_breakdown(f, KJ_BY_WAVE);
    assert_int_equal(waves->n_rows, 1);
    assert_int_equal(waves->rows[0].count.releases, 6);
    assert_int_equal(waves->rows[0].count.incidents, 5);
    assert_non_null(strstr(waves->rows[0].label, "みどり"));
    /* Sizes are the organisations' own figures: the two quoting the
     * provider's total have none of their own. */
    ASSERT_ROW(f, KJ_BY_SIZE, "unknown", 3, 3);
    ASSERT_ROW(f, KJ_BY_SIZE, "100000-999999", 1, 1);

    /* The trailing twelve months end with March 2026. */
    assert_int_equal(f->n_trend, 12);
    assert_int_equal(f->trend[0].year, 2025);
    assert_int_equal(f->trend[0].month, 4);
    const kj_trend_month *nov = &f->trend[7], *dec = &f->trend[8], *jan = &f->trend[9],
                         *feb = &f->trend[10], *mar = &f->trend[11];
    assert_int_equal(nov->month, 11);
    assert_int_equal(nov->count.releases, 1);
    assert_int_equal(dec->count.releases, 1);
    assert_int_equal(dec->affected_persons, 1146);
    assert_int_equal(jan->count.releases, 3);
    assert_int_equal(jan->count.incidents, 3);
    assert_int_equal(jan->affected_persons, 236 + 1372);
    assert_int_equal(feb->count.releases, 9);
    assert_int_equal(feb->count.incidents, 8);
    assert_int_equal(feb->new_incidents, 7);
    assert_int_equal(feb->affected_persons, 18401);
    assert_int_equal(feb->by_attack[KJ_ATTACK_RANSOMWARE].releases, 3);
    assert_int_equal(feb->by_attack[KJ_ATTACK_RANSOMWARE].incidents, 2);
    assert_int_equal(mar->count.incidents, 8);
    assert_int_equal(mar->new_incidents, 7);
    assert_int_equal(mar->affected_persons, 1018); /* 人 only; ひばり's 42 a share of the wave's */
    assert_int_equal(mar->attack_not_stated.incidents, 1);
    assert_int_equal(f->trend[0].count.releases, 0);
    kj_figures_free(f);
}

static void whole_archive(void **state)
{
    fixture *fx = *state;
    kj_period all = kj_incident_set_span(fx->incidents);
    assert_int_equal(all.from.year, 2025);
    assert_int_equal(all.from.month, 11);
    assert_int_equal(all.from.day, 14);
    assert_int_equal(all.to.day, 19);
    kj_figures *f = kj_figures_compute(fx->incidents, all, NULL);
    const kj_totals *t = &f->totals;
    assert_int_equal(t->count.releases, 23);
    assert_int_equal(t->count.incidents, 19);
    assert_int_equal(t->new_incidents, 19);
    /* People: ほくと 1,146 + さくら 236 + いずみ 1,372 + あおば 6,724 + 架空市 312
     * + 北浜 4,890 + ことぶき 2,135 + やまびこ 3,800 + あさぎ 540 + ひまわり 1,018
     * (ひばり's 42 and かもめ's 86件 are shares of みどりメール's 約12万
     * accounts).  Records: ゆうわ 282,000 + みなと 2,050 (第2報 and 最終報:
     * twice per release, once per incident). */
    assert_int_equal(t->affected[KJ_UNIT_RELEASE].figure[KJ_AFFECTED_PERSONS], 22215 - 42);
    assert_int_equal(t->affected[KJ_UNIT_INCIDENT].figure[KJ_AFFECTED_PERSONS], 22215 - 42);
    assert_int_equal(t->affected[KJ_UNIT_RELEASE].figure[KJ_AFFECTED_RECORDS],
                     282000 + 2050 + 2050);
    assert_int_equal(t->affected[KJ_UNIT_INCIDENT].figure[KJ_AFFECTED_RECORDS], 282000 + 2050);
    assert_int_equal(t->affected[KJ_UNIT_INCIDENT].figure[KJ_AFFECTED_ACCOUNTS], 120000);
    assert_int_equal(t->affected[KJ_UNIT_INCIDENT].stating, 15); /* not かもめ, cleared */

    ASSERT_ROW(f, KJ_BY_MONTH, "2025-11", 1, 1);
    ASSERT_ROW(f, KJ_BY_MONTH, "2025-12", 1, 1);
    ASSERT_ROW(f, KJ_BY_MONTH, "2026-01", 3, 3);
    ASSERT_ROW(f, KJ_BY_MONTH, "2026-02", 9, 8);
    ASSERT_ROW(f, KJ_BY_MONTH, "2026-03", 9, 8);
    ASSERT_ROW(f, KJ_BY_ORG_TYPE, "company", 18, 14);
    ASSERT_ROW(f, KJ_BY_ORG_TYPE, "school", 2, 2);
    ASSERT_ROW(f, KJ_BY_ORG_TYPE, "medical", 1, 1);
    ASSERT_ROW(f, KJ_BY_ORG_TYPE, "public", 2, 2);
    ASSERT_ROW(f, KJ_BY_ORG_TYPE, "other", 0, 0);

    ASSERT_ROW(f, KJ_BY_ATTACK, "ransomware", 5, 2);
    ASSERT_ROW(f, KJ_BY_ATTACK, "unauthorized_access", 16, 12);
    ASSERT_ROW(f, KJ_BY_ATTACK, "malware", 2, 2);
    ASSERT_ROW(f, KJ_BY_ATTACK, "phishing", 1, 1);
    ASSERT_ROW(f, KJ_BY_ATTACK, "account_takeover", 2, 2);
    ASSERT_ROW(f, KJ_BY_ATTACK, "web_tampering", 1, 1);
    ASSERT_ROW(f, KJ_BY_ATTACK, "misconfiguration", 1, 1);
    ASSERT_ROW(f, KJ_BY_ATTACK, "misdelivery", 1, 1);
    ASSERT_ROW(f, KJ_BY_ATTACK, "ddos", 1, 1);
    ASSERT_ROW(f, KJ_BY_ATTACK, "vulnerability", 2, 2);
    ASSERT_ROW(f, KJ_BY_ATTACK, "insider", 1, 1);
    ASSERT_ROW(f, KJ_BY_ATTACK, "loss_theft", 1, 1);
    ASSERT_ROW(f, KJ_BY_ATTACK, "system_failure", 0, 0);
    ASSERT_ROW(f, KJ_BY_ATTACK, "spam_relay", 1, 1);
    ASSERT_ROW(f, KJ_BY_ATTACK, "not_stated", 1, 1);

    ASSERT_ROW(f, KJ_BY_LEAK, "confirmed", 3, 3);
    ASSERT_ROW(f, KJ_BY_LEAK, "possible", 15, 12);
    ASSERT_ROW(f, KJ_BY_LEAK, "none", 4, 4);
    ASSERT_ROW(f, KJ_BY_LEAK, "unknown", 1, 0);

    ASSERT_ROW(f, KJ_BY_VICTIM, "customers", 8, 7);
    ASSERT_ROW(f, KJ_BY_VICTIM, "employees", 8, 6);
    ASSERT_ROW(f, KJ_BY_VICTIM, "business_partners", 4, 3);
    ASSERT_ROW(f, KJ_BY_VICTIM, "applicants", 1, 1);
    ASSERT_ROW(f, KJ_BY_VICTIM, "students", 1, 1);
    ASSERT_ROW(f, KJ_BY_VICTIM, "patients", 1, 1);
    ASSERT_ROW(f, KJ_BY_VICTIM, "residents", 1, 1);
    ASSERT_ROW(f, KJ_BY_VICTIM, "not_stated", 4, 3);

    ASSERT_ROW(f, KJ_BY_DATA, "name", 12, 10);
    ASSERT_ROW(f, KJ_BY_DATA, "email", 10, 9);
    ASSERT_ROW(f, KJ_BY_DATA, "credit_card", 1, 1);
    ASSERT_ROW(f, KJ_BY_DATA, "not_stated", 6, 4);

    ASSERT_ROW(f, KJ_BY_AUTHORITY, "ppc", 15, 12);
    ASSERT_ROW(f, KJ_BY_AUTHORITY, "police", 12, 10);
    ASSERT_ROW(f, KJ_BY_AUTHORITY, "ministry", 3, 3);
    ASSERT_ROW(f, KJ_BY_AUTHORITY, "ipa_jpcert", 1, 1);
    ASSERT_ROW(f, KJ_BY_AUTHORITY, "none", 6, 5);

    /* Bands of the organisations' own figures, whatever their unit. */
    ASSERT_ROW(f, KJ_BY_SIZE, "under_100", 3, 2);
    ASSERT_ROW(f, KJ_BY_SIZE, "100-999", 3, 3);
    ASSERT_ROW(f, KJ_BY_SIZE, "1000-9999", 9, 7);
    ASSERT_ROW(f, KJ_BY_SIZE, "10000-99999", 0, 0);
    ASSERT_ROW(f, KJ_BY_SIZE, "100000-999999", 2, 2);
    ASSERT_ROW(f, KJ_BY_SIZE, "1000000+", 0, 0);
    ASSERT_ROW(f, KJ_BY_SIZE, "unknown", 6, 5);

    ASSERT_ROW(f, KJ_BY_THIRD_PARTY, "third_party", 7, 5);
    ASSERT_ROW(f, KJ_BY_ORGANIZATION, "みなと精機", 3, 1);
    assert_int_equal(f->n_repeat_disclosers, 2);
    assert_string_equal(f->repeat_disclosers[0]->label, "株式会社みなと精機");
    assert_string_equal(f->by[KJ_BY_ORGANIZATION].rows[0].key, "みなと精機");

    /* Lag from occurrence to the first release, per incident (day-precision
     * dates only; いずみ and ひまわり give a month): 2 3 4 4 7 8 10 10 12 13
     * 20 (みどりネット) 69 171. */
    const kj_lag_stats *occ = &t->lag_occurred[KJ_UNIT_INCIDENT];
    assert_int_equal(occ->n, 13);
    assert_true(occ->median == 10.0);
    assert_true(occ->p90 == 69.0);
    assert_int_equal(occ->max, 171);
    /* From detection: 1 (かもめ) 2 3 3 4 6 (みどりネット) 7 7 8 8 8 11 12 14
     * 20 76. */
    const kj_lag_stats *det = &t->lag_detected[KJ_UNIT_INCIDENT];
    assert_int_equal(det->n, 16);
    assert_true(det->median == 7.5);
    assert_true(det->p90 == 20.0);
    assert_int_equal(det->max, 76);
    /* Per release, each from its own date: 2 3 4 4 7 8 10 10 12 13 20 24 33
     * 62 69 171. */
    const kj_lag_stats *rel = &t->lag_occurred[KJ_UNIT_RELEASE];
    assert_int_equal(rel->n, 16);
    assert_true(rel->median == 11.0);
    assert_true(rel->p90 == 69.0);

    /* Largest by their own figure; 若葉町 and ほたる quote the provider's total
     * and are not listed for it. */
    static const char *const largest[] = {"2026-02-05-株式会社ゆうわポイント",
                                          "2026-03-02-株式会社みどりネット",
                                          "2026-02-12-あおば保険サービス株式会社",
                                          "2026-02-20-北浜フーズ株式会社",
                                          "2026-02-26-株式会社やまびこ茶園",
                                          "2026-01-20-株式会社みなと精機",
                                          "2026-01-29-医療法人社団いずみ会 いずみ総合病院",
                                          "2025-12-09-株式会社ほくと人材センター",
                                          "2026-03-11-株式会社ひまわり商会",
                                          "2026-02-27-株式会社あさぎ住宅サービス"};
    assert_int_equal(f->n_largest, 10);
    for (size_t k = 0; k < 10; k++)
        assert_string_equal(f->largest[k]->incident->id, largest[k]);
    kj_figures_free(f);
}

static void json_carries_the_figures(void **state)
{
    fixture *fx = *state;
    kj_figures *f = kj_figures_compute(fx->incidents, month("2026-02"), NULL);
    json_t *j = kj_figures_to_json(f, fx->incidents, 0);
    assert_non_null(j);
    json_t *totals = json_object_get(j, "totals");
    assert_int_equal(json_integer_value(json_object_get(totals, "incidents")), 8);
    assert_int_equal(
        json_integer_value(json_object_get(
            json_object_get(json_object_get(totals, "affected"), "incident"), "persons")),
        18401);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(j, "change"), "releases")),
                     6);
    json_t *attack = json_object_get(json_object_get(j, "breakdowns"), "attack_type");
    assert_int_equal(json_array_size(attack), KJ_ATTACK__COUNT + 1);
    assert_int_equal(json_array_size(json_object_get(j, "trend")), 12);
    json_t *incidents = json_object_get(j, "incidents");
    assert_int_equal(json_array_size(incidents), 8);
    /* みなと as known at the end of February: two releases, the 最終報 unseen. */
    json_t *minato = NULL;
    size_t i;
    json_t *inc;
    json_array_foreach(incidents, i, inc)
    {
        if (strcmp(json_string_value(json_object_get(inc, "id")),
                   "2026-01-20-株式会社みなと精機") == 0)
            minato = inc;
    }
    assert_non_null(minato);
    assert_int_equal(json_array_size(json_object_get(minato, "releases")), 2);
    assert_false(json_is_true(json_object_get(minato, "is_new")));
    assert_string_equal(json_string_value(json_object_get(minato, "leak_status")), "possible");
    assert_int_equal(json_array_size(json_object_get(j, "releases")), 9);
    json_decref(j);

    json_t *only = kj_figures_to_json(f, fx->incidents, 1u << KJ_BY_MONTH);
    assert_int_equal(json_object_size(json_object_get(only, "breakdowns")), 1);
    json_decref(only);
    kj_figures_free(f);
}

/* Without --join-contractors the two disclosers of one contractor breach are
 * two incidents: 20 in all, 9 in February, and no incident mixes names. */
static void default_grouping_keeps_organisations_apart(void **state)
{
    fixture *fx = *state;
    kj_incident_set *set =
        kj_incidents_group((const kj_release *const *)fx->releases.items, fx->releases.n, NULL);
    assert_int_equal(set->n, 20);
    for (size_t i = 0; i < set->n; i++)
        assert_int_equal(set->items[i].n_organizations, 1);
    kj_figures *f = kj_figures_compute(set, month("2026-02"), NULL);
    assert_int_equal(f->totals.count.releases, 9);
    assert_int_equal(f->totals.count.incidents, 9);
    /* Ransomware: みなと精機, あおば and ことぶき are three incidents, but the two
     * clients publish one attack on クラウドリンク (a wave): two attacks. */
    assert_int_equal(row(f, KJ_BY_ATTACK, "ransomware")->count.incidents, 3);
    assert_int_equal(f->totals.ransomware_attacks, 2);
    assert_int_equal(f->previous.ransomware_attacks, 1); /* みなと精機's 第1報 */
    const kj_trend_month *feb = &f->trend[f->n_trend - 1];
    assert_int_equal(feb->month, 2);
    assert_int_equal(feb->by_attack[KJ_ATTACK_RANSOMWARE].incidents, 3);
    assert_int_equal(feb->ransomware_attacks, 2);
    kj_figures_free(f);
    kj_incident_set_free(set);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(default_grouping_keeps_organisations_apart),
        cmocka_unit_test(incidents_are_the_intended_ones),
        cmocka_unit_test(incident_ids_and_members),
        cmocka_unit_test(newest_statement_wins),
        cmocka_unit_test(discloser_chains_add_up),
        cmocka_unit_test(timeline_has_every_release),
        cmocka_unit_test(february),
        cmocka_unit_test(march_follow_up_counts_once),
        cmocka_unit_test(whole_archive),
        cmocka_unit_test(json_carries_the_figures),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
