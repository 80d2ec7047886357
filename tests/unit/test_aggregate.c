/*
 * Tests of the aggregate stage's parts: organisation keys and types, the
 * cues read from a body, titles, periods, merging facts and the grouping
 * rules.  Every sentence is written for the test (fictional organisations).
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
#include "kaiji/extract.h"
#include "kaiji/parse.h"

static kj_release *parse(const char *path, const char *md)
{
    kj_release *rel = kj_release_new(path, path);
    kj_parse_release(rel, md, strlen(md));
    kj_scan_cues(rel);
    return kj_release_compact(rel);
}

static char *fmt(kj_date d)
{
    static char buf[4][11];
    static int at;
    at = (at + 1) % 4;
    return kj_date_format(d, buf[at]);
}

/* ------------------------------------------------------ organisations */

static void organisation_keys(void **state)
{
    (void)state;
    kj_arena *a = kj_arena_new();
    assert_string_equal(kj_org_key(a, "株式会社 ほしかげ TIMES"),
                        kj_org_key(a, "株式会社ほしかげTIMES"));
    assert_string_equal(kj_org_key(a, "株式会社ほしかげTIMES"), "ほしかげtimes");
    assert_string_equal(kj_org_key(a, "⻄海架空運輸株式会社"),
                        kj_org_key(a, "西海架空運輸株式会社"));
    assert_string_equal(kj_org_key(a, "あおば架空生命保険株式会"), "あおば架空生命保険");
    assert_string_equal(kj_org_key(a, "青葉県（青葉県立図書館）"), "青葉県");
    assert_string_equal(kj_org_key(a, "学校法人さくら学園"), "さくら学園");
    assert_string_equal(kj_org_key(a, "ｶﾌﾞｼｷｶﾞｲｼｬ架空"), "カブシキガイシャ架空");
    assert_string_equal(kj_org_key(a, "（株）みなと架空"), "みなと架空");
    assert_string_equal(kj_org_key(a, "株式会社"), "");
    kj_arena_free(a);
}

static void organisation_types(void **state)
{
    (void)state;
    assert_int_equal(kj_org_classify("株式会社みなと精機", -1, 0), KJ_ORG_COMPANY);
    assert_int_equal(kj_org_classify("青葉県架空市", -1, 0), KJ_ORG_PUBLIC);
    assert_int_equal(kj_org_classify("青葉県（青葉県立図書館）", -1, 0), KJ_ORG_PUBLIC);
    assert_int_equal(kj_org_classify("独立行政法人架空機構", -1, 0), KJ_ORG_PUBLIC);
    assert_int_equal(kj_org_classify("学校法人さくら学園", -1, 0), KJ_ORG_SCHOOL);
    assert_int_equal(kj_org_classify("国立大学法人架空大学", -1, 0), KJ_ORG_SCHOOL);
    assert_int_equal(kj_org_classify("医療法人社団いずみ会 いずみ総合病院", -1, 0), KJ_ORG_MEDICAL);
    assert_int_equal(kj_org_classify("架空大学病院", -1, 0), KJ_ORG_MEDICAL);
    assert_int_equal(kj_org_classify("社会福祉法人ひだまり会", -1, 0), KJ_ORG_MEDICAL);
    assert_int_equal(kj_org_classify("公益財団法人架空振興機構", -1, 0), KJ_ORG_OTHER);
    assert_int_equal(kj_org_classify("一般社団法人架空協会", -1, 0), KJ_ORG_OTHER);
    /* No pattern in the name: what the text calls itself, then the victims. */
    assert_int_equal(kj_org_classify("ほしかげ", KJ_ORG_MEDICAL, 0), KJ_ORG_MEDICAL);
    kj_set patients = 0;
    KJ_SET_ADD(patients, KJ_VICTIM_PATIENTS);
    assert_int_equal(kj_org_classify("ほしかげ", -1, patients), KJ_ORG_MEDICAL);
    assert_int_equal(kj_org_classify("ほしかげ", -1, 0), KJ_ORG_OTHER);
    assert_string_equal(kj_org_type_label(KJ_ORG_PUBLIC), "自治体・公的機関");
    assert_int_equal(kj_org_type_lookup("school"), KJ_ORG_SCHOOL);
    assert_int_equal(kj_org_type_lookup("nope"), -1);
}

/* ------------------------------------------------------------- cues */

static const char follow_up_md[] =
    "# 公表概要\n"
    "- 当社サーバーへの不正アクセスについて（第2報）\n"
    "- 2026年2月10日\n"
    "- 株式会社ほしかげ商事\n"
    "- https://www.example.jp/news/0210.html\n"
    "\n"
    "# 本文\n"
    "2026年1月20日付「当社サーバーへの不正アクセスについて」にてお知らせしました件の続報です。\n"
    "令和8年1月15日、当社が業務を委託している株式会社ほしかげ印刷（以下「委託先」）において"
    "不正アクセスが発生しました。\n"
    "同月18日に委託先から報告を受け、翌19日に調査を始めました。\n"
    "また、12月25日に実施した点検では異常はありませんでした。\n"
    "1月22日に当社ウェブサイトにて経過を公表しております。\n"
    "当社は2月3日に不正アクセスを確認しました。\n";

static void cues_dates_and_citations(void **state)
{
    (void)state;
    kj_release *rel = parse("2026/02/10_株式会社ほしかげ商事.md", follow_up_md);
    const kj_cues *c = &rel->cues;
    assert_true(c->scanned);
    const char *want[] = {"2025-12-25", "2026-01-15", "2026-01-18", "2026-01-19",
                          "2026-01-20", "2026-01-22", "2026-02-03"};
    assert_int_equal(c->n_dates, 7);
    for (size_t i = 0; i < 7; i++)
        assert_string_equal(fmt(c->dates[i]), want[i]);
    /* Cited as notices: 1月20日付, 1月22日に…公表.  Not the day of the attack. */
    assert_int_equal(c->n_cited, 2);
    assert_string_equal(fmt(c->cited[0]), "2026-01-20");
    assert_string_equal(fmt(c->cited[1]), "2026-01-22");
    assert_string_equal(c->contractor, "ほしかげ印刷");
    assert_int_equal(c->self_type, -1); /* the name says company: no need to look */
    kj_release_free(rel);
}

static void cues_self_reference_and_no_contractor(void **state)
{
    (void)state;
    kj_release *rel = parse("2026/03/02_ほしかげ.md",
                            "# 公表概要\n- お知らせ\n- 2026年3月2日\n- ほしかげ\n\n# 本文\n"
                            "当院の電子カルテに障害が発生しました。当院は患者様に"
                            "ご連絡しております。株式会社ほしかげ設備の機器を使用しています。\n");
    assert_int_equal(rel->cues.self_type, KJ_ORG_MEDICAL);
    assert_null(rel->cues.contractor); /* no 委託: a supplier named in passing */
    assert_int_equal(rel->cues.n_dates, 0);
    kj_release_free(rel);
}

/* A date or a title in a sentence that denies a link names what the
 * release is not: neither is a cue. */
static void cues_skip_what_a_denial_names(void **state)
{
    (void)state;
    kj_release *rel =
        parse("2026/10/20_株式会社ほしかげ商事.md",
              "# 公表概要\n- 海外子会社におけるインシデントについて\n- 2026年10月20日\n"
              "- 株式会社ほしかげ商事\n\n# 本文\n"
              "本件は9月30日に公表しました「当社サーバーへの不正アクセスについて（最終報）」"
              "とは無関係です。\n"
              "10月14日、海外子会社のサーバーで不審な通信を確認しました。\n"
              "なお、8月1日付でお知らせした件とは別件の事案です。\n");
    const kj_cues *c = &rel->cues;
    assert_int_equal(c->n_dates, 1);
    assert_string_equal(fmt(c->dates[0]), "2026-10-14");
    assert_int_equal(c->n_cited, 0);
    assert_int_equal(c->n_quoted, 0);
    assert_false(c->follow_up);
    kj_release_free(rel);
}

/* A date named as another party's publication (`Xが発表した`) or as the
 * day an authority was told (`個人情報保護委員会には…に報告済み`) is no
 * earlier notice of this organisation's; its own (`当社が公表した`) is. */
static void cues_another_partys_publication(void **state)
{
    (void)state;
    kj_release *rel =
        parse("2026/05/12_青葉県.md",
              "# 公表概要\n- 工事の請負者における個人情報の漏えいの可能性について\n"
              "- 2026年5月12日\n- 青葉県\n\n# 本文\n"
              "※ 2026年4月30日（木）に住宅局が発表した不正アクセスを受けた会社と同一\n\n"
              "なお、5月8日に本県が公表した内容から変更はありません。\n"
              "個人情報保護委員会には、2025年11月6日（木）に報告済みです。"
              "警察署にも4月2日に報告しております。\n");
    const kj_cues *c = &rel->cues;
    assert_int_equal(c->n_published_by_others, 1);
    assert_string_equal(fmt(c->published_by_others[0]), "2026-04-30");
    /* reports to the regulator and the police are no publications */
    assert_int_equal(c->n_cited, 1);
    assert_string_equal(fmt(c->cited[0]), "2026-05-08");
    kj_release_free(rel);
}

/* A first and only notice that gives completed results is 調査完了 on a
 * page, not 最終報; one that calls itself final, or follows a notice it
 * cites, is 最終報. */
static void report_label_of_a_first_notice_with_results(void **state)
{
    (void)state;
#define RESULTS_BODY                                                                                                     \
    "第三者調査機関による調査が完了し、当社サイトで決済されたお客様のカード情報が" \
    "漏洩した可能性があることが判明したため、本日の発表に至りました。\n"
    char buf[24];
    kj_release *rel = parse("2026/06/02_株式会社ほしかげ商事.md",
                            "# 公表概要\n- 不正アクセスによる個人情報漏洩に関するお詫びとお知らせ\n"
                            "- 2026年6月2日\n- 株式会社ほしかげ商事\n\n# 本文\n" RESULTS_BODY);
    rel->report.final = true; /* (as the extraction reads a finished investigation) */
    assert_string_equal(kj_release_report_label(rel, buf), "調査完了");
    kj_release_free(rel);
    rel = parse("2026/06/02_株式会社ほしかげ商事.md",
                "# 公表概要\n- 不正アクセスに関するお知らせ（最終報）\n- 2026年6月2日\n"
                "- 株式会社ほしかげ商事\n\n# 本文\n" RESULTS_BODY);
    rel->report.final = true;
    assert_string_equal(kj_release_report_label(rel, buf), "最終報");
    kj_release_free(rel);
    rel = parse("2026/06/02_株式会社ほしかげ商事.md",
                "# 公表概要\n- 不正アクセスに関するお知らせ\n- 2026年6月2日\n"
                "- 株式会社ほしかげ商事\n\n# "
                "本文\n2026年4月10日に公表いたしました件について、" RESULTS_BODY);
    rel->report.final = true;
    assert_string_equal(kj_release_report_label(rel, buf), "最終報");
    rel->report.final = false;
    assert_string_equal(kj_release_report_label(rel, buf), "");
    kj_release_free(rel);
#undef RESULTS_BODY
}

/* The body says where the release stands in its chain when its title does
 * not; a sentence about a later report says nothing of this one. */
static void cues_place_in_a_chain(void **state)
{
    (void)state;
    static const struct {
        const char *body;
        bool follow_up, first_report;
    } cases[] = {
        {"第1報でお知らせしたとおり、当社サーバーが暗号化されました。", true, false},
        {"前回のお知らせ以降に判明した事項をご報告します。", true, false},
        {"既報のとおり、調査を続けております。", true, false},
        {"先般ご報告いたしました不正アクセスについて、調査が完了しました。", true, false},
        {"1月20日にお知らせいたしましたとおり、当社は攻撃を受けました。", true, false},
        {"■2026年2月10日　続報\n\n調査の結果をお知らせします。", true, false},
        {"本件の第二報をお知らせいたします。", true, false},
        {"詳細が判明次第、続報をお知らせいたします。", false, false},
        {"個人情報保護委員会へ続報を報告済みです。", false, false},
        {"現時点で判明している内容を第一報としてご報告いたします。", false, true},
        {"本リリースは第1報です。", false, true},
        {"当社サーバーに不正アクセスがありました。", false, false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char md[1024];
        snprintf(md, sizeof md,
                 "# 公表概要\n- お知らせ\n- 2026年2月10日\n- 株式会社ほしかげ商事\n\n# 本文\n%s\n",
                 cases[i].body);
        kj_release *rel = parse("2026/02/10_株式会社ほしかげ商事.md", md);
        if (rel->cues.follow_up != cases[i].follow_up ||
            rel->cues.first_report != cases[i].first_report)
            fail_msg("%s: follow_up %d first_report %d", cases[i].body, rel->cues.follow_up,
                     rel->cues.first_report);
        kj_release_free(rel);
    }
}

/* Quotations that may be titles: long enough, at most eight. */
static void cues_quoted_titles(void **state)
{
    (void)state;
    kj_release *rel = parse("2026/03/02_株式会社ほしかげ商事.md",
                            "# 公表概要\n- 調査結果のご報告\n- 2026年3月2日\n"
                            "- 株式会社ほしかげ商事\n\n# 本文\n"
                            "2026年1月20日付「当社サーバーへの不正アクセスについて」にてお知らせ"
                            "しました件について、『ほしかげ通販』の調査が完了しました。\n");
    assert_int_equal(rel->cues.n_quoted, 1); /* 『ほしかげ通販』 is too short */
    assert_string_equal(rel->cues.quoted[0], "当社サーバーへの不正アクセスについて");
    assert_true(rel->cues.follow_up); /* お知らせしました件: an earlier notice of its own */
    kj_release_free(rel);
}

/* ----------------------------------------------------------- periods */

static void periods(void **state)
{
    (void)state;
    kj_period p;
    kj_error err;
    assert_int_equal(kj_period_month("2026-02", &p, &err), KJ_OK);
    assert_string_equal(fmt(p.from), "2026-02-01");
    assert_string_equal(fmt(p.to), "2026-02-28");
    assert_int_equal(kj_period_month("2024-02", &p, &err), KJ_OK);
    assert_string_equal(fmt(p.to), "2024-02-29");
    assert_int_equal(kj_period_month("2026-13", &p, &err), KJ_ERR_USAGE);
    assert_non_null(strstr(err.message, "2026-13"));
    assert_int_equal(kj_period_month("2026-2", &p, &err), KJ_ERR_USAGE);
    assert_int_equal(kj_period_month("2026/02", &p, &err), KJ_ERR_USAGE);
    assert_int_equal(kj_period_month("2026-02-01", &p, &err), KJ_ERR_USAGE);
    assert_int_equal(kj_period_year("2026", &p, &err), KJ_OK);
    assert_string_equal(fmt(p.to), "2026-12-31");
    assert_int_equal(kj_period_year("26", &p, &err), KJ_ERR_USAGE);

    kj_period bounds = {{2025, 11, 14}, {2026, 3, 19}};
    assert_int_equal(kj_period_range("2026-01", NULL, bounds, &p, &err), KJ_OK);
    assert_string_equal(fmt(p.from), "2026-01-01");
    assert_string_equal(fmt(p.to), "2026-03-19");
    assert_int_equal(kj_period_range(NULL, "2026-01", bounds, &p, &err), KJ_OK);
    assert_string_equal(fmt(p.from), "2025-11-14");
    assert_string_equal(fmt(p.to), "2026-01-31");
    assert_int_equal(kj_period_range("2026-02-30", NULL, bounds, &p, &err), KJ_ERR_USAGE);
    assert_int_equal(kj_period_range("2026-03-01", "2026-02-01", bounds, &p, &err), KJ_ERR_USAGE);

    /* The previous period: the month before, the year before, or as many days. */
    kj_period mar = {{2026, 3, 1}, {2026, 3, 31}};
    kj_period prev = kj_period_previous(mar);
    assert_string_equal(fmt(prev.from), "2026-02-01");
    assert_string_equal(fmt(prev.to), "2026-02-28");
    kj_period jan = {{2026, 1, 1}, {2026, 1, 31}};
    prev = kj_period_previous(jan);
    assert_string_equal(fmt(prev.from), "2025-12-01");
    kj_period q = {{2026, 1, 1}, {2026, 3, 31}};
    prev = kj_period_previous(q);
    assert_string_equal(fmt(prev.from), "2025-10-01");
    assert_string_equal(fmt(prev.to), "2025-12-31");
    kj_period days = {{2026, 3, 5}, {2026, 3, 14}};
    prev = kj_period_previous(days);
    assert_string_equal(fmt(prev.from), "2026-02-23");
    assert_string_equal(fmt(prev.to), "2026-03-04");

    char w[9];
    assert_string_equal(kj_iso_week((kj_date){2026, 2, 1}, w), "2026-W05");
    assert_string_equal(kj_iso_week((kj_date){2025, 12, 29}, w), "2026-W01");
    assert_string_equal(kj_iso_week((kj_date){2027, 1, 1}, w), "2026-W53");
    assert_string_equal(kj_iso_week((kj_date){2024, 12, 30}, w), "2025-W01");
    assert_true(kj_period_contains(mar, (kj_date){2026, 3, 0}));
    assert_false(kj_period_contains(mar, (kj_date){2026, 4, 1}));
}

static void lag_bands(void **state)
{
    (void)state;
    assert_int_equal(kj_lag_band_of(0), KJ_LAG_BAND_WEEK);
    assert_int_equal(kj_lag_band_of(7), KJ_LAG_BAND_WEEK);
    assert_int_equal(kj_lag_band_of(8), KJ_LAG_BAND_MONTH);
    assert_int_equal(kj_lag_band_of(30), KJ_LAG_BAND_MONTH);
    assert_int_equal(kj_lag_band_of(31), KJ_LAG_BAND_QUARTER);
    assert_int_equal(kj_lag_band_of(90), KJ_LAG_BAND_QUARTER);
    assert_int_equal(kj_lag_band_of(91), KJ_LAG_BAND_HALF);
    assert_int_equal(kj_lag_band_of(180), KJ_LAG_BAND_HALF);
    assert_int_equal(kj_lag_band_of(181), KJ_LAG_BAND_LONGER);
    assert_int_equal(kj_lag_band_of(KJ_LAG_NONE), KJ_LAG_BAND_UNKNOWN);
    assert_string_equal(kj_lag_band_label(KJ_LAG_BAND_MONTH), "8〜30日");
}

static void size_bands(void **state)
{
    (void)state;
    assert_int_equal(kj_size_band_of(KJ_COUNT_NONE), KJ_SIZE_UNKNOWN);
    assert_int_equal(kj_size_band_of(0), KJ_SIZE_UNDER_100);
    assert_int_equal(kj_size_band_of(99), KJ_SIZE_UNDER_100);
    assert_int_equal(kj_size_band_of(100), KJ_SIZE_100);
    assert_int_equal(kj_size_band_of(9999), KJ_SIZE_1K);
    assert_int_equal(kj_size_band_of(10000), KJ_SIZE_10K);
    assert_int_equal(kj_size_band_of(999999), KJ_SIZE_100K);
    assert_int_equal(kj_size_band_of(1000000), KJ_SIZE_1M);
    assert_string_equal(kj_size_band_label(KJ_SIZE_UNKNOWN), "記載なし");
}

/* ---------------------------------------------------------- grouping */

/* A release with an overview and a body, parsed, scanned and compacted. */
static kj_release *release(const char *date, const char *org, const char *title,
                           const char *extra_bullets, const char *body)
{
    char path[256], md[4096];
    int y, m, d;
    sscanf(date, "%d-%d-%d", &y, &m, &d);
    snprintf(path, sizeof path, "%04d/%02d/%02d_%s.md", y, m, d, org);
    snprintf(md, sizeof md,
             "# 公表概要\n- %s\n- %d年%d月%d日\n- %s\n- https://example.jp/x\n%s\n# 本文\n%s\n",
             title, y, m, d, org, extra_bullets, body);
    return parse(path, md);
}

typedef struct group_fixture {
    kj_release *rels[16];
    size_t n;
    kj_incident_set *set;
} group_fixture;

static void group(group_fixture *g, const kj_group_options *opt)
{
    g->set = kj_incidents_group((const kj_release *const *)g->rels, g->n, opt);
}

static void group_free(group_fixture *g)
{
    kj_incident_set_free(g->set);
    for (size_t i = 0; i < g->n; i++)
        kj_release_free(g->rels[i]);
}

static bool together(const group_fixture *g, size_t a, size_t b)
{
    return kj_incident_of(g->set, a) == kj_incident_of(g->set, b);
}

static void links_and_ids_join(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ電機", "システム障害のお知らせ", "",
                            "障害が発生しました。");
    /* A link to the first, titles unrelated, beyond every window. */
    g.rels[g.n++] =
        release("2026-12-01", "株式会社ほしかげ電機", "調査結果のご報告",
                "- 第1報：https://github.com/x/SecurityIncidentArchive/blob/main/2026/01/"
                "10_%E6%A0%AA%E5%BC%8F%E4%BC%9A%E7%A4%BE%E3%81%BB%E3%81%97%E3%81%8B%E3%81%92%E9%9B%"
                "BB%E6%A9%9F.md\n",
                "調査が完了しました。");
    /* Same 事案ID as a release of another organisation. */
    g.rels[g.n++] = release("2026-02-01", "株式会社あまぐも", "不正アクセスについて",
                            "\n# 事案ID\n- 2026-02-01-株式会社あまぐも\n", "不正アクセスです。");
    g.rels[g.n++] = release("2026-05-01", "株式会社そらもよう", "経過報告",
                            "\n# 事案ID\n- 2026-02-01-株式会社あまぐも\n", "経過です。");
    group(&g, NULL);
    assert_int_equal(g.set->n, 2);
    assert_true(together(&g, 0, 1));
    assert_true(together(&g, 2, 3));
    const kj_incident *inc = kj_incident_of(g.set, 1);
    assert_string_equal(inc->id, "2026-01-10-株式会社ほしかげ電機");
    assert_int_equal(inc->members[1].joined_by, KJ_JOIN_LINK);
    assert_int_equal(kj_incident_of(g.set, 3)->members[1].joined_by, KJ_JOIN_ID);
    assert_int_equal(kj_incident_of(g.set, 3)->n_organizations, 2);
    group_free(&g);
}

static void same_organisation_rules(void **state)
{
    (void)state;
    group_fixture g = {0};
    /* 0-1: near-identical titles; 1-2: the follow-up cites the first notice's
     * date; 3: same organisation, unrelated subject, in the window;
     * 4: a 第1報 opens its own incident even with the same words;
     * 5: another organisation with the very same title. */
    g.rels[g.n++] =
        release("2026-01-10", "株式会社ほしかげ電機", "当社サーバーへの不正アクセスについて", "",
                "不正アクセスがありました。");
    g.rels[g.n++] = release("2026-01-20", "株式会社ほしかげ電機",
                            "当社サーバーへの不正アクセスについて（第2報）", "",
                            "2026年1月10日に公表した件の続報です。");
    g.rels[g.n++] = release("2026-04-30", "株式会社ほしかげ電機", "調査完了のご報告", "",
                            "2026年1月10日付でお知らせした件について、調査が完了しました。");
    g.rels[g.n++] = release("2026-02-15", "株式会社ほしかげ電機", "メール誤送信のお詫び", "",
                            "2026年2月14日、メールを誤って送信しました。");
    g.rels[g.n++] = release("2026-03-01", "株式会社ほしかげ電機",
                            "当社サーバーへの不正アクセスについて（第1報）", "",
                            "新たな不正アクセスを確認しました。");
    g.rels[g.n++] =
        release("2026-01-12", "株式会社あまぐも", "当社サーバーへの不正アクセスについて", "",
                "不正アクセスがありました。");
    group(&g, NULL);
    assert_true(together(&g, 0, 1));
    assert_true(together(&g, 0, 2));
    assert_false(together(&g, 0, 3));
    assert_false(together(&g, 0, 4));
    assert_false(together(&g, 0, 5));
    const kj_incident *inc = kj_incident_of(g.set, 0);
    assert_int_equal(inc->n_members, 3);
    /* 1 has both a near-identical title and the first notice's date cited
     * as a notice: the stronger reason is the citation. */
    assert_int_equal(inc->members[1].joined_by, KJ_JOIN_CITED_DATE);
    assert_int_equal(inc->members[2].joined_by, KJ_JOIN_CITED_DATE);
    kj_incident_set_free(g.set);

    /* A shorter window: the April report still joins, a follow-up citing the
     * first notice's date (`付でお知らせした件`), which reaches past the
     * window; the March 第1報 does not. */
    kj_group_options opt;
    kj_group_options_default(&opt);
    opt.window_days = 60;
    group(&g, &opt);
    assert_true(together(&g, 0, 1));
    assert_true(together(&g, 0, 2));
    assert_false(together(&g, 0, 4));
    kj_incident_set_free(g.set);

    /* cited_window_days bounds that reach. */
    opt.cited_window_days = 60;
    group(&g, &opt);
    assert_false(together(&g, 0, 2));
    group_free(&g);
}

static void contractor_joins_disclosers(void **state)
{
    (void)state;
    group_fixture g = {0};
    const char *body = "当社が発送業務を委託している株式会社ほしかげ印刷（以下「委託先」）において"
                       "2026年1月31日にランサムウェア被害が発生しました。";
    g.rels[g.n++] = release("2026-02-10", "あおば架空保険株式会社",
                            "委託先におけるランサムウェア被害について", "", body);
    g.rels[g.n++] = release("2026-02-20", "株式会社ことぶき架空不動産",
                            "個人情報流出のおそれについて", "", body);
    /* The same contractor half a year later, no common date: a new incident. */
    g.rels[g.n++] =
        release("2026-08-20", "株式会社やまびこ架空", "委託先への不正アクセスについて", "",
                "当社が委託している株式会社ほしかげ印刷において不正アクセスが"
                "2026年8月1日に発生しました。");
    kj_group_options join;
    kj_group_options_default(&join);
    join.join_contractors = true;
    group(&g, &join);
    assert_true(together(&g, 0, 1));
    assert_false(together(&g, 0, 2));
    const kj_incident *inc = kj_incident_of(g.set, 0);
    assert_int_equal(inc->n_chains, 2);
    assert_string_equal(inc->contractor, "ほしかげ印刷");
    assert_int_equal(inc->members[1].joined_by, KJ_JOIN_CONTRACTOR);
    kj_incident_set_free(g.set);

    /* by default organisations never mix without a link or an ID */
    group(&g, NULL);
    assert_false(together(&g, 0, 1));
    group_free(&g);
}

/* The stated facts a composed release lacks (the extract stage reads them
 * from real text): where it happened, and how. */
static void set_story(kj_release *rel, bool third_party, const char *origin, int attack)
{
    rel->third_party = third_party;
    rel->origin = origin ? kj_arena_strdup(rel->arena, origin) : NULL;
    if (attack >= 0)
        KJ_SET_ADD(rel->attack_types, attack);
}

static const char *link_to_0110 =
    "- 第1報：https://github.com/x/SecurityIncidentArchive/blob/main/2026/01/"
    "10_%E6%A0%AA%E5%BC%8F%E4%BC%9A%E7%A4%BE%E3%81%BB%E3%81%97%E3%81%8B%E3%81%92%E9%9B%"
    "BB%E6%A9%9F.md\n";

/* A date or title cited in a denial joins nothing. */
static void denial_joins_nothing(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-09-30", "株式会社ほしかげ電機",
                "当社サーバーへの不正アクセスについて（最終報）", "", "調査が完了しました。");
    g.rels[g.n++] =
        release("2026-10-20", "株式会社ほしかげ電機", "海外子会社におけるインシデントについて", "",
                "本件は9月30日に公表しました「当社サーバーへの不正アクセスについて"
                "（最終報）」とは無関係です。");
    /* The same citation without the denial joins. */
    g.rels[g.n++] = release("2026-10-25", "株式会社あまぐも", "調査結果のご報告", "", "");
    g.rels[g.n++] = release("2026-11-02", "株式会社あまぐも", "お客様への対応について", "",
                            "10月25日に公表しました「調査結果のご報告」のとおり、"
                            "対象の方へのご連絡を終えました。");
    group(&g, NULL);
    assert_false(together(&g, 0, 1));
    assert_true(together(&g, 2, 3));
    group_free(&g);
}

/* A follow-up marker in the body counts as one in the title would. */
static void follow_up_marked_in_the_body(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-01-10", "株式会社ほしかげ電機", "当社サーバーへの不正アクセスについて", "",
                "2026年1月9日、不正アクセスを確認しました。");
    /* Unrelated title, a common date, and a body that refers back. */
    g.rels[g.n++] =
        release("2026-02-20", "株式会社ほしかげ電機", "個人情報の取扱いに関するお知らせ", "",
                "第1報でお知らせしたとおり、2026年1月9日に不正アクセスを確認しました。");
    /* The same without the marker: a date in common is not enough. */
    g.rels[g.n++] =
        release("2026-02-25", "株式会社ほしかげ電機", "メールマガジン配信停止のお知らせ", "",
                "2026年1月9日から配信を停止しております。");
    group(&g, NULL);
    assert_true(together(&g, 0, 1));
    assert_false(together(&g, 0, 2));
    assert_int_equal(kj_incident_of(g.set, 1)->members[1].joined_by, KJ_JOIN_SHARED_DATE);
    group_free(&g);
}

/* Two departments' notices about the same contractor's breach, the later
 * naming the earlier as the other department's publication: two notices,
 * each with its own people, not a revision of one figure by the other. */
static void another_departments_notice_stays_apart(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-04-30", "青葉県", "委託先における個人情報の漏えいの可能性について", "",
                "委託先のほしかげ設備株式会社のサーバーが2026年4月10日に"
                "ランサムウェアに感染しました。県営住宅の入居者600名の情報が"
                "含まれている可能性があります。");
    g.rels[g.n++] =
        release("2026-05-12", "青葉県", "工事の請負者における個人情報の漏えいの可能性について", "",
                "請負者のほしかげ設備株式会社のサーバーが2026年4月10日に"
                "ランサムウェアに感染しました。\n\n"
                "※ 2026年4月30日（木）に住宅局が発表した不正アクセスを受けた会社と同一"
                "\n\n工事の関係者110名の情報が含まれている可能性があります。");
    /* the same words with the date cited as the county's own notice: a
     * continuation */
    g.rels[g.n++] =
        release("2026-05-20", "青葉県", "委託先における個人情報の漏えいについて（続報）", "",
                "2026年4月30日に本県が公表した委託先の不正アクセスについて、"
                "調査の結果をお知らせします。");
    group(&g, NULL);
    assert_false(together(&g, 0, 1));
    assert_true(together(&g, 0, 2));
    group_free(&g);
}

/* A release that quotes an earlier release's title joins it; with its
 * date too, even past the window. */
static void quoted_title_joins(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-01-20", "株式会社ほしかげ電機", "当社サーバーへの不正アクセスについて", "",
                "不正アクセスがありました。");
    g.rels[g.n++] =
        release("2026-03-02", "株式会社ほしかげ電機", "調査結果のご報告", "",
                "「当社サーバーへの不正アクセスについて」にてお知らせしました件について、"
                "調査が完了しました。");
    /* Another organisation quoting the title does not join. */
    g.rels[g.n++] = release("2026-03-05", "株式会社あまぐも", "取引先の不正アクセスについて", "",
                            "株式会社ほしかげ電機の「当社サーバーへの不正アクセスについて」"
                            "をご確認ください。");
    /* Ten months on, citing its day and its title. */
    g.rels[g.n++] = release("2026-11-30", "株式会社ほしかげ電機", "新管理画面への移行について", "",
                            "2026年1月20日発表の「当社サーバーへの不正アクセスについて」において"
                            "公表した事案を受け、管理画面の移行を終えました。");
    /* Ten months on, neither day nor title: a new incident. */
    g.rels[g.n++] =
        release("2026-12-01", "株式会社ほしかげ電機", "当社サーバーへの不正アクセスについて", "",
                "不正アクセスがありました。");
    group(&g, NULL);
    assert_true(together(&g, 0, 1));
    assert_int_equal(kj_incident_of(g.set, 1)->members[1].joined_by, KJ_JOIN_CITED_TITLE);
    assert_false(together(&g, 0, 2));
    assert_true(together(&g, 0, 3));
    assert_false(together(&g, 0, 4));
    group_free(&g);
}

/* A final report may join a chain older than the window when it gives
 * the chain's dates. */
static void final_report_past_the_window(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-01-10", "株式会社ほしかげ電機", "ランサムウェア被害の発生について", "",
                "当社サーバーがランサムウェアに感染しました。");
    g.rels[0]->occurred = (kj_date){2026, 1, 8};
    /* 263 days on, a final report giving the day of the attack. */
    g.rels[g.n++] =
        release("2026-09-30", "株式会社ほしかげ電機", "ランサムウェア被害に関する最終報告", "",
                "2026年1月8日に発生したランサムウェア被害について、調査が完了しました。");
    /* A final report without the chain's dates stays apart. */
    g.rels[g.n++] = release("2027-01-15", "株式会社ほしかげ電機", "メール誤送信について（最終報）",
                            "", "調査が完了しました。");
    /* Past cited_window_days nothing reaches back. */
    g.rels[g.n++] =
        release("2028-06-01", "株式会社ほしかげ電機", "ランサムウェア被害に関する最終報告", "",
                "2026年1月8日に発生したランサムウェア被害について、調査が完了しました。");
    group(&g, NULL);
    assert_true(together(&g, 0, 1));
    assert_false(together(&g, 0, 2));
    assert_false(together(&g, 0, 3));
    group_free(&g);
}

/* A final report months past the window that dates its own discovery in
 * the weeks before an undated first notice continues it. */
static void a_later_report_dating_the_discovery_of_a_notice(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-06-02", "株式会社ほしかげ電機", "不正アクセスによるシステム侵害発生のお詫び",
                "", "当社サイトへの不正アクセスの可能性が判明いたしました。");
    g.rels[g.n++] = release("2027-01-26", "株式会社ほしかげ電機",
                            "当社サイトへの不正アクセスによる個人情報漏えいに関するお詫び", "",
                            "2026年5月21日、カード会社から連絡を受けました。調査が完了しました。");
    g.rels[1]->detected = (kj_date){2026, 5, 21};
    /* a discovery two months before the notice is another story */
    g.rels[g.n++] =
        release("2026-06-02", "株式会社あおば製作所", "不正アクセスによるシステム侵害発生のお詫び",
                "", "当社サイトへの不正アクセスの可能性が判明いたしました。");
    g.rels[g.n++] = release("2027-01-26", "株式会社あおば製作所",
                            "当社サイトへの不正アクセスによる個人情報漏えいに関するお詫び", "",
                            "2026年3月1日、カード会社から連絡を受けました。調査が完了しました。");
    g.rels[3]->detected = (kj_date){2026, 3, 1};
    group(&g, NULL);
    assert_true(together(&g, 0, 1));
    assert_false(together(&g, 2, 3));
    group_free(&g);
}

/* Two notices of one organisation naming the same specific attack within two
 * weeks, with related titles and nothing else tying them (no link, no cited
 * date), tell one incident: the second tells what the first's attack took.
 * Not further apart, nor when the later one says it is another incident. */
static void one_attack_told_twice_within_days(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-05-16", "学校法人ほしかげ学院",
                "ランサムウェア感染によるネットワーク遮断措置について", "",
                "学内のサーバーがランサムウェアに感染したため、ネットワークを遮断しました。");
    g.rels[g.n++] =
        release("2026-05-20", "学校法人ほしかげ学院", "ランサムウェアによる情報の漏洩について", "",
                "昨日、ランサムウェアによる情報の漏洩が確認されました。");
    /* three weeks later: another attack may have come */
    g.rels[g.n++] =
        release("2026-05-16", "株式会社あおば製作所",
                "ランサムウェア感染によるネットワーク遮断措置について", "",
                "社内のサーバーがランサムウェアに感染したため、ネットワークを遮断しました。");
    g.rels[g.n++] =
        release("2026-06-08", "株式会社あおば製作所", "ランサムウェアによる情報の漏洩について", "",
                "先週、ランサムウェアによる情報の漏洩が確認されました。");
    /* the later one says it is another incident */
    g.rels[g.n++] = release("2026-05-02", "株式会社みなと工房",
                            "ホームページのダウンロード導線に関するお知らせ", "",
                            "ダウンロードボタンが改変され、マルウェアが配布されていました。");
    g.rels[g.n++] = release("2026-05-09", "株式会社みなと工房",
                            "ホームページに関する不正リンク（マルウェア）について", "",
                            "誠に遺憾ながら、再度インシデントが発生いたしました。");
    for (size_t i = 0; i < 4; i++)
        g.rels[i]->attack_types = 1u << KJ_ATTACK_RANSOMWARE;
    g.rels[4]->attack_types = g.rels[5]->attack_types = 1u << KJ_ATTACK_MALWARE;
    group(&g, NULL);
    assert_true(together(&g, 0, 1));
    assert_false(together(&g, 2, 3));
    assert_false(together(&g, 4, 5));
    group_free(&g);
    /* without a named attack in common, related titles four days apart do not join */
    g = (group_fixture){0};
    g.rels[g.n++] = release("2026-05-16", "学校法人ほしかげ学院",
                            "システム障害によるネットワーク遮断措置について", "",
                            "学内のサーバーに障害が発生したため、ネットワークを遮断しました。");
    g.rels[g.n++] =
        release("2026-05-20", "学校法人ほしかげ学院", "不正アクセスによる情報の漏洩について", "",
                "昨日、情報の漏洩が確認されました。");
    group(&g, NULL);
    assert_false(together(&g, 0, 1));
    group_free(&g);
}

/* A release at `url` of `org` (a fixed body dating one contact). */
static kj_release *release_at(const char *date, const char *org, const char *url)
{
    char path[256], md[2048];
    int y, m, d;
    sscanf(date, "%d-%d-%d", &y, &m, &d);
    snprintf(path, sizeof path, "%04d/%02d/%02d_%s.md", y, m, d, org);
    snprintf(md, sizeof md,
             "# 公表概要\n- 不正アクセスによる個人情報漏えいに関するお詫び\n- %d年%d月%d日\n- %s\n"
             "- %s\n\n# 本文\n2026年8月12日、外部機関から当社オンラインショップの不正アクセスに"
             "ついて連絡を受けました。\n",
             y, m, d, org, url);
    return parse(path, md);
}

/* One company filing under a longer name on its own site (`みなと屋` and
 * `みなと屋本店`) is compared as one organisation; the same names on two
 * sites, or a name too short to stand for one company, are not. */
static void one_site_two_names(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release_at("2026-09-25", "株式会社みなと屋", "https://www.minatoya.example/news/1");
    g.rels[g.n++] =
        release_at("2027-01-13", "株式会社みなと屋本店", "https://minatoya.example/data.pdf");
    g.rels[g.n++] = release_at("2026-09-25", "株式会社かもめ堂", "https://kamome.example/news");
    g.rels[g.n++] = release_at("2027-01-13", "株式会社かもめ堂本店", "https://other.example/news");
    group(&g, NULL);
    assert_true(together(&g, 0, 1));
    assert_false(together(&g, 2, 3));
    /* the incident is one organisation's, under either name */
    assert_int_equal(kj_incident_of(g.set, 0)->n_organizations, 1);
    group_free(&g);
}

/* One release joins one chain: it never merges two that nothing else
 * joins. */
static void one_release_never_merges_two_chains(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-01-10", "株式会社ほしかげ電機", "当社サーバーへの不正アクセスについて", "",
                "不正アクセスがありました。");
    g.rels[g.n++] = release("2026-01-15", "株式会社ほしかげ電機", "メール誤送信のお詫び", "",
                            "2026年1月14日、お客様情報を含むメールを誤って送信しました。");
    /* Its title continues 0, a date it mentions is 1's: it follows 0 alone. */
    g.rels[g.n++] = release("2026-01-28", "株式会社ほしかげ電機",
                            "当社サーバーへの不正アクセスについて（第2報）", "",
                            "2026年1月14日に不審な通信を確認し、調査を進めてまいりました。");
    group(&g, NULL);
    assert_true(together(&g, 0, 2));
    assert_false(together(&g, 0, 1));
    assert_false(together(&g, 1, 2));
    group_free(&g);
}

/* Two releases with different 事案IDs are two incidents, whatever links
 * or content say. */
static void different_ids_never_join(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-01-10", "株式会社ほしかげ電機", "当社サーバーへの不正アクセスについて",
                "\n# 事案ID\n- 2026-01-10-株式会社ほしかげ電機\n", "a");
    char bullets[1024];
    snprintf(bullets, sizeof bullets, "%s\n# 事案ID\n- 2026-01-15-株式会社ほしかげ電機\n",
             link_to_0110);
    g.rels[g.n++] = release("2026-01-15", "株式会社ほしかげ電機",
                            "当社サーバーへの不正アクセスについて（第2報）", bullets,
                            "2026年1月10日付でお知らせした件の続報です。");
    /* Without an ID, a release may join either. */
    g.rels[g.n++] = release("2026-01-20", "株式会社ほしかげ電機",
                            "当社サーバーへの不正アクセスについて（第3報）", "",
                            "2026年1月10日付でお知らせした件の続報です。");
    group(&g, NULL);
    assert_false(together(&g, 0, 1));
    assert_true(together(&g, 0, 2) || together(&g, 1, 2));
    group_free(&g);
}

/* An organisation's incidents stay apart when their origins or attacks
 * differ, however alike the titles. */
static void different_stories_stay_apart(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-01-10", "あおば架空保険株式会社",
                "当社業務委託先におけるランサムウェア被害について", "",
                "当社が損害調査業務を委託している株式会社ほしかげ鑑定（以下「ほしかげ鑑定」）"
                "においてランサムウェア被害が発生しました。");
    g.rels[g.n++] = release(
        "2026-03-01", "あおば架空保険株式会社", "当社委託先におけるランサムウェア被害について", "",
        "当社が書類保管業務を委託している株式会社あまぐも倉庫（代表取締役："
        "架空太郎、以下「あまぐも倉庫」）においてランサムウェア被害が発生しました。");
    g.rels[g.n++] =
        release("2026-03-20", "あおば架空保険株式会社",
                "当社委託先におけるランサムウェア被害について（第2報）", "",
                "当社が書類保管業務を委託している株式会社あまぐも倉庫（以下「あまぐも倉庫」）"
                "における調査が完了しました。");
    /* The same title, attacks of different kinds. */
    g.rels[g.n++] = release("2026-02-01", "株式会社ことぶき架空", "ウェブサイトの障害について", "",
                            "ウェブサイトが閲覧しづらくなっております。");
    g.rels[g.n++] = release("2026-02-03", "株式会社ことぶき架空", "ウェブサイトの障害について", "",
                            "ウェブサイトの一部が書き換えられていました。");
    set_story(g.rels[3], false, NULL, KJ_ATTACK_DDOS);
    set_story(g.rels[4], false, NULL, KJ_ATTACK_WEB_TAMPERING);
    group(&g, NULL);
    assert_string_equal(g.rels[0]->cues.contractor, "ほしかげ鑑定");
    assert_string_equal(g.rels[1]->cues.contractor, "あまぐも倉庫");
    assert_false(together(&g, 0, 1));
    assert_true(together(&g, 1, 2));
    assert_false(together(&g, 3, 4));
    group_free(&g);
}

/* The company a sentence says the work was entrusted to (`Xに…業務を委託
 * しており`) is the contractor, the first of two named so too; a Latin name
 * of two words is one name. */
static void cues_contractor_entrusted_with_the_work(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-04-02", "あおば架空証券株式会社", "委託先の不正アクセスについて", "",
                "当社は株式会社ためし総研および ためしグラフィクス株式会社に"
                "アンケート集計業務を委託しており、同社は当該業務を別会社に"
                "再委託していました。");
    g.rels[g.n++] =
        release("2026-04-03", "株式会社あおば雑貨", "配送の停止について", "",
                "当店の配送を TAMESHI HAISO 株式会社に委託していることによるものです。");
    /* a company named with に, but nothing entrusted in its clause */
    g.rels[g.n++] = release("2026-04-04", "株式会社あおば商会", "お知らせ", "",
                            "株式会社ためし総研に確認したところ、業務の委託先は別会社でした。");
    group(&g, NULL);
    assert_string_equal(g.rels[0]->cues.contractor, "ためし総研");
    assert_string_equal(g.rels[1]->cues.contractor, "tameshihaiso");
    assert_null(g.rels[2]->cues.contractor);
    group_free(&g);
}

/* The platform on whose app market a vendor offers its app
 * (`弊社がXアプリマーケットにて提供しておりますアプリ`); the platform's own
 * notice naming its market names no other party. */
static void cues_market_an_app_is_offered_on(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] = release("2026-04-10", "合同会社ためしソフト", "不正アクセスについて", "",
                            "弊社がためしレジ・アプリマーケットにて提供しておりますアプリに"
                            "おいて、会員情報が流出しました。");
    g.rels[g.n++] = release("2026-04-12", "株式会社ためしレジ", "外部アプリについて", "",
                            "当社が運営する「ためしレジ・アプリマーケット」にて提供されていた"
                            "外部アプリにおいて、会員データが流出しました。");
    /* a market named, but not as where the app is offered */
    g.rels[g.n++] = release("2026-04-13", "株式会社あおば商会", "お知らせ", "",
                            "ためしモール・マーケットプレイスの出店を停止しました。");
    group(&g, NULL);
    assert_string_equal(g.rels[0]->cues.market, "ためしレジ");
    assert_null(g.rels[1]->cues.market);
    assert_null(g.rels[2]->cues.market);
    group_free(&g);
}

/* A link between releases whose stories differ, with nothing else tying
 * them, is the archive's slip: it joins nothing.  With a cited date it
 * joins. */
static void links_contradicted_by_the_story(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-01-10", "株式会社ほしかげ電機", "当社システムに対する不正アクセスについて",
                "", "当社システムの一部が第三者による不正アクセスを受けました。");
    g.rels[g.n++] =
        release("2026-01-16", "株式会社ほしかげ電機",
                "当社委託先におけるランサムウェア被害について", link_to_0110,
                "当社が書類保管業務を委託している株式会社あまぐも倉庫（以下「あまぐも倉庫」）"
                "においてランサムウェア被害が発生しました。");
    g.rels[g.n++] = release("2026-02-20", "株式会社ほしかげ電機", "調査結果について", link_to_0110,
                            "2026年1月10日付でお知らせしたとおり、委託先の株式会社あまぐも倉庫"
                            "（以下「あまぐも倉庫」）において被害が発生しました。");
    set_story(g.rels[0], false, NULL, KJ_ATTACK_UNAUTHORIZED_ACCESS);
    set_story(g.rels[1], true, "株式会社あまぐも倉庫", KJ_ATTACK_RANSOMWARE);
    set_story(g.rels[2], true, "株式会社あまぐも倉庫", KJ_ATTACK_RANSOMWARE);
    group(&g, NULL);
    assert_false(together(&g, 0, 1));
    assert_true(together(&g, 0, 2));
    group_free(&g);
}

/* One organisation's notices of breaches at two named places, linked by
 * the archive: titles of the same boilerplate are no tie; a citation is. */
static void a_link_between_two_places_of_one_organisation(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-01-10", "架空市", "卒業アルバムに掲載された情報の漏えいのおそれについて", "",
                "アルバム制作会社の株式会社あまぐも写真で被害が発生しました。");
    g.rels[g.n++] =
        release("2026-05-20", "架空市",
                "【続報】引受保険会社「ひばり損保株式会社」への不正アクセスによる情報の漏えいのおそ"
                "れについて",
                "- 第1報：https://github.com/piyokango/SecurityIncidentArchive/blob/main/"
                "2026/01/10_%E6%9E%B6%E7%A9%BA%E5%B8%82.md\n",
                "ひばり損保株式会社の社内システムに対する不正アクセスが発生しました。");
    g.rels[g.n++] =
        release("2026-06-20", "架空市", "調査結果について",
                "- 第1報：https://github.com/piyokango/SecurityIncidentArchive/blob/main/"
                "2026/01/10_%E6%9E%B6%E7%A9%BA%E5%B8%82.md\n",
                "2026年1月10日付でお知らせしたとおり、ひばり損保株式会社で被害が発生しました。");
    set_story(g.rels[0], true, "株式会社あまぐも写真", KJ_ATTACK_RANSOMWARE);
    set_story(g.rels[1], true, "ひばり損保株式会社", KJ_ATTACK_UNAUTHORIZED_ACCESS);
    set_story(g.rels[2], true, "ひばり損保株式会社", KJ_ATTACK_UNAUTHORIZED_ACCESS);
    group(&g, NULL);
    assert_false(together(&g, 0, 1));
    assert_true(together(&g, 0, 2));
    group_free(&g);
}

/* A 第2報 whose 第1報 link points at another organisation's notice of the
 * next day: the archive linked the wrong file (a first report is never
 * published after the second); the two stay apart. */
static void link_to_a_later_strangers_notice(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-01-08", "株式会社ほしかげ電機", "サイバー攻撃によるシステム障害について", "",
                "当社のサーバーがサイバー攻撃を受けました。");
    g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ電機",
                            "サイバー攻撃によるシステム障害について（第2報）",
                            "- 第1報：https://github.com/x/SecurityIncidentArchive/blob/main/"
                            "2026/01/11_%E6%A0%AA%E5%BC%8F%E4%BC%9A%E7%A4%BE%E3%81%82%E3%"
                            "81%8A%E3%81%9E%E3%82%89%E9%83%A8%E5%93%81.md\n",
                            "1月8日付でお知らせしたとおり、当社のサーバーが攻撃を受けました。");
    g.rels[g.n++] = release("2026-01-11", "株式会社あおぞら部品",
                            "サイバー攻撃によるシステム障害について（第一報）", "",
                            "当社はサイバー攻撃を受け、システム障害が発生しました。");
    g.rels[1]->report.number = 2; /* as the extract stage reads its title */
    group(&g, NULL);
    assert_true(together(&g, 0, 1));
    assert_false(together(&g, 1, 2));
    assert_int_equal(g.set->n, 2);
    group_free(&g);
}

/* A follow-up whose 第1報 link points at another organisation's notice
 * published the same day as its own first notice: the archive linked the
 * neighbouring file of that day; the follow-up continues its own
 * organisation's notice and stays apart from the stranger's. */
static void link_to_a_strangers_notice_of_the_own_day(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] =
        release("2026-01-11", "株式会社ほしかげ電機", "不正アクセスによるサービス停止について", "",
                "当社のサーバーが第三者による不正アクセスを受けました。");
    g.rels[g.n++] = release("2026-01-11", "株式会社あおぞら部品",
                            "当社グループにおけるランサムウェア被害について", "",
                            "当社グループのサーバーがランサムウェアに感染しました。");
    g.rels[g.n++] = release(
        "2026-03-02", "株式会社ほしかげ電機", "不正アクセスによるサービス停止について（２）",
        "- 第1報：https://github.com/x/SecurityIncidentArchive/blob/main/"
        "2026/01/11_%E6%A0%AA%E5%BC%8F%E4%BC%9A%E7%A4%BE%E3%81%82%E3%"
        "81%8A%E3%81%9E%E3%82%89%E9%83%A8%E5%93%81.md\n",
        "2026年1月11日付「不正アクセスによるサービス停止について」に関しまして、"
        "以下のとおりお知らせいたします。");
    group(&g, NULL);
    assert_true(together(&g, 0, 2));
    assert_false(together(&g, 1, 2));
    assert_int_equal(g.set->n, 2);
    group_free(&g);
}

/* A follow-up titled anew continues the one chain its organisation
 * published lately; with two such chains it cannot tell which. */
static void follow_up_continues_the_one_recent_chain(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] = release("2026-04-03", "株式会社ほしかげ電機",
                            "当社サーバーへの不正アクセスに関するご報告", "", "a");
    g.rels[g.n++] = release("2026-04-06", "株式会社ほしかげ電機",
                            "ランサムウェア攻撃に関するお知らせ（第二報）", "", "b");
    g.rels[g.n++] =
        release("2026-04-20", "株式会社ほしかげ電機", "不正アクセス事案に関する中間報告", "", "c");
    g.rels[g.n++] = release("2026-04-01", "株式会社あまぐも", "メール誤送信のお詫び", "", "d");
    g.rels[g.n++] =
        release("2026-04-02", "株式会社あまぐも", "ウェブサイト改ざんについて", "", "e");
    g.rels[g.n++] =
        release("2026-04-10", "株式会社あまぐも", "システム障害について（第2報）", "", "f");
    group(&g, NULL);
    assert_true(together(&g, 0, 1));
    assert_true(together(&g, 0, 2));
    assert_false(together(&g, 3, 5));
    assert_false(together(&g, 4, 5));
    group_free(&g);
}

/* A timeline that gives an earlier release's day as one of its numbered
 * reports (`1月20日(火) …公表(第一報)`) continues it, even when a link
 * placed the release in the chain of its second report already. */
static void a_timeline_citing_its_first_report_joins_it(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] = release("2026-01-20", "株式会社ほしかげ電機", "ネットワーク障害発生のお知らせ",
                            "", "外部からの攻撃によるネットワーク障害が発生しております。");
    g.rels[g.n++] = release("2026-01-21", "株式会社ほしかげ電機", "個人情報漏えいの可能性について",
                            "", "サーバーへの不正アクセスを検知しました。");
    g.rels[g.n++] =
        release("2026-03-17", "株式会社ほしかげ電機", "調査結果のご報告",
                "- 第2報：https://github.com/x/SecurityIncidentArchive/blob/main/2026/01/21_%E6%"
                "A0%AA%E5%BC%8F%E4%BC%9A%E7%A4%BE%E3%81%BB%E3%81%97%E3%81%8B%E3%81%92%E"
                "9%9B%BB%E6%A9%9F.md"
                "\n",
                "これまでの経緯は以下のとおりです。\n\n"
                "- 2026年1月20日(火) 対策本部の設置、外部に対する公表(第一報)\n"
                "- 2026年1月21日(水) 外部に対する公表(第二報)\n");
    group(&g, NULL);
    assert_true(together(&g, 1, 2));
    assert_true(together(&g, 0, 2));
    group_free(&g);
}

/* The overview bullet linking ほしかげ電機's first report of 2026-01-10. */
static const char *const first_report_link =
    "- 第1報：https://github.com/x/SecurityIncidentArchive/blob/main/2026/01/"
    "10_%E6%A0%AA%E5%BC%8F%E4%BC%9A%E7%A4%BE%E3%81%BB%E3%81%97%E3%81%8B%E3%81%92%"
    "E9%9B%BB%E6%A9%9F.md\n";

/* A later count stated wholly as confirmed, smaller than the possible
 * figure told before, is that figure's confirmed part, not a revision:
 * the incident keeps the figure. */
static void a_confirmed_part_told_later(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ電機", "不正アクセスについて", "", "a");
    g.rels[g.n++] = release("2026-02-25", "株式会社ほしかげ電機", "第2報", first_report_link, "b");
    kj_release *a = g.rels[0], *b = g.rels[1];
    a->leak_status = KJ_LEAK_POSSIBLE;
    a->affected_persons = 40000;
    b->leak_status = KJ_LEAK_CONFIRMED;
    b->affected_persons = b->affected_persons_confirmed = 1500;
    group(&g, NULL);
    assert_int_equal(g.set->n, 1);
    const kj_incident_facts *f = &kj_incident_of(g.set, 0)->facts;
    assert_int_equal(f->affected_persons, 40000);
    assert_int_equal(f->affected_persons_confirmed, 1500);
    assert_int_equal(f->affected_persons_possible, 38500);
    group_free(&g);
}

/* The same in another unit (件 of one group's records after 名 of
 * everyone's): not a part of the people, nor a revision of them. */
static void a_confirmed_part_in_another_unit(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ電機", "不正アクセスについて", "", "a");
    g.rels[g.n++] = release("2026-02-25", "株式会社ほしかげ電機", "第2報", first_report_link, "b");
    kj_release *a = g.rels[0], *b = g.rels[1];
    a->leak_status = KJ_LEAK_POSSIBLE;
    a->affected_persons = 40000;
    a->affected_unit = KJ_AFFECTED_PERSONS;
    b->leak_status = KJ_LEAK_CONFIRMED;
    b->affected_persons = b->affected_persons_confirmed = 1500;
    b->affected_unit = KJ_AFFECTED_RECORDS;
    group(&g, NULL);
    const kj_incident_facts *f = &kj_incident_of(g.set, 0)->facts;
    assert_int_equal(f->affected_persons, 40000);
    assert_int_equal(f->affected_unit, KJ_AFFECTED_PERSONS);
    assert_true(f->affected_persons_confirmed == KJ_COUNT_NONE);
    group_free(&g);
}

/* Two files of one organisation and day: the archive's second file
 * (`…(2).md`) is the later one, though `(` sorts before `.` in bytes. */
static void a_days_second_file_comes_second(void **state)
{
    (void)state;
    group_fixture g = {0};
    const char *md = "# 公表概要\n- サーバー攻撃被害について%s\n- 2026年1月10日\n"
                     "- 株式会社ほしかげ電機\n- https://example.jp/x\n\n# 本文\n本文です。\n";
    char a[512], b[512];
    snprintf(a, sizeof a, md, "(続報)");
    snprintf(b, sizeof b, md, "");
    g.rels[g.n++] = parse("2026/01/10_株式会社ほしかげ電機(2).md", a);
    g.rels[g.n++] = parse("2026/01/10_株式会社ほしかげ電機.md", b);
    group(&g, NULL);
    assert_int_equal(g.set->n, 1);
    const kj_incident *inc = kj_incident_of(g.set, 0);
    assert_int_equal(inc->n_members, 2);
    assert_string_equal(inc->members[0].release->path, "2026/01/10_株式会社ほしかげ電機.md");
    group_free(&g);
    /* a file linking the other as its 第1報 comes after it, whatever the
     * names (`X.md` 続報 beside its first report `X .md`) */
    g = (group_fixture){0};
    char c[1024];
    snprintf(c, sizeof c,
             "# 公表概要\n- サーバー攻撃被害について(続報)\n- 2026年1月10日\n"
             "- 株式会社ほしかげ電機\n- https://example.jp/y\n%s\n# 本文\n本文です。\n",
             first_report_link);
    g.rels[g.n++] = parse("2026/01/10_株式会社ほしかげ電機.md", b);
    g.rels[g.n++] = parse("2026/01/10_株式会社ほしかげ.md", c);
    group(&g, NULL);
    assert_int_equal(g.set->n, 1);
    inc = kj_incident_of(g.set, 0);
    assert_string_equal(inc->members[0].release->path, "2026/01/10_株式会社ほしかげ電機.md");
    group_free(&g);
}

/* The attack's start is the earliest a chain gives (a day over its month);
 * the detection is the newest word. */
static void the_earliest_start_the_newest_detection(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ電機", "不正アクセスについて", "", "a");
    g.rels[g.n++] = release("2026-01-25", "株式会社ほしかげ電機", "第2報", first_report_link, "b");
    g.rels[g.n++] = release("2026-02-25", "株式会社ほしかげ電機", "最終報", first_report_link, "c");
    g.rels[0]->occurred = (kj_date){2026, 1, 8};
    g.rels[0]->detected = (kj_date){2025, 7, 0}; /* a misreading the next notice corrects */
    g.rels[1]->occurred = (kj_date){2026, 1, 0}; /* restated coarsely */
    g.rels[1]->detected = (kj_date){2026, 1, 9};
    g.rels[2]->occurred = (kj_date){2025, 12, 20}; /* the investigation found earlier access */
    group(&g, NULL);
    assert_int_equal(g.set->n, 1);
    const kj_incident_facts *f = &kj_incident_of(g.set, 0)->facts;
    assert_true(kj_date_cmp(f->occurred, (kj_date){2025, 12, 20}) == 0);
    assert_true(kj_date_cmp(f->detected, (kj_date){2026, 1, 9}) == 0);
    group_free(&g);
    /* without the final: the day, not the month restating it */
    g = (group_fixture){0};
    g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ電機", "不正アクセスについて", "", "a");
    g.rels[g.n++] = release("2026-01-25", "株式会社ほしかげ電機", "第2報", first_report_link, "b");
    g.rels[0]->occurred = (kj_date){2026, 1, 8};
    g.rels[1]->occurred = (kj_date){2026, 1, 0};
    group(&g, NULL);
    f = &kj_incident_of(g.set, 0)->facts;
    assert_true(kj_date_cmp(f->occurred, (kj_date){2026, 1, 8}) == 0);
    group_free(&g);
}

/* Group companies publishing one notice the same day under one title about
 * the group: one incident, the group's figure (the largest) for all, not
 * the sum; the same title without the group is two organisations' own. */
static void a_groups_joint_notice_is_one_incident(void **state)
{
    (void)state;
    for (int grouped = 0; grouped < 2; grouped++) {
        group_fixture g = {0};
        const char *title = grouped ? "当社グループにおけるランサムウェア被害に関しまして"
                                    : "ランサムウェア被害に関しまして";
        g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ電機", title, "", "a");
        g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ販売", title, "", "b");
        g.rels[0]->affected_persons = 5100000;
        g.rels[1]->affected_persons = 1300000;
        g.rels[0]->affected_unit = g.rels[1]->affected_unit = KJ_AFFECTED_RECORDS;
        g.rels[0]->leak_status = g.rels[1]->leak_status = KJ_LEAK_POSSIBLE;
        g.rels[0]->occurred = (kj_date){2025, 12, 0};
        g.rels[1]->occurred = (kj_date){2025, 12, 28};
        group(&g, NULL);
        if (grouped) {
            assert_int_equal(g.set->n, 1);
            const kj_incident *inc = kj_incident_of(g.set, 0);
            assert_true(inc->joint_notice);
            assert_int_equal(inc->n_chains, 2);
            assert_int_equal(inc->facts.affected_persons, 5100000);
            /* one chain gives the month, the other the day in it: the day */
            assert_true(kj_date_cmp(inc->facts.occurred, (kj_date){2025, 12, 28}) == 0);
        } else {
            assert_int_equal(g.set->n, 2);
        }
        group_free(&g);
    }
}

/* The joint notice's titles are compared normalised (a full-width space or
 * full-width letters do not part them); a release without a title joins none. */
static void a_joint_notice_title_read_normalised(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ電機",
                            "当社グループにおけるＶＰＮ不正アクセスについて", "", "a");
    g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ販売",
                            "当社グループにおける VPN 不正アクセスについて", "", "b");
    g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ物流", "", "", "c");
    g.rels[2]->overview.title = NULL;
    group(&g, NULL);
    assert_int_equal(g.set->n, 2);
    for (size_t i = 0; i < g.set->n; i++) {
        const kj_incident *inc = kj_incident_of(g.set, i);
        assert_int_equal(inc->joint_notice, inc->n_chains == 2);
    }
    group_free(&g);
}

static void merged_facts(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ電機", "不正アクセスについて", "", "a");
    g.rels[g.n++] = release("2026-01-25", "株式会社ほしかげ電機", "第2報", first_report_link, "b");
    g.rels[g.n++] = release("2026-02-25", "株式会社ほしかげ電機", "最終報", first_report_link, "c");
    kj_release *a = g.rels[0], *b = g.rels[1], *c = g.rels[2];
    a->leak_status = KJ_LEAK_POSSIBLE;
    a->affected_persons = 5000;
    a->occurred = (kj_date){2026, 1, 5};
    KJ_SET_ADD(a->attack_types, KJ_ATTACK_UNAUTHORIZED_ACCESS);
    b->leak_status = KJ_LEAK_UNKNOWN; /* says nothing new: does not erase */
    b->affected_persons = 3200;
    b->affected_persons_confirmed = 200;
    KJ_SET_ADD(b->attack_types, KJ_ATTACK_RANSOMWARE);
    kj_release_add_event(b, (kj_date){2026, 1, 5}, KJ_EVENT_OCCURRED, "older wording");
    c->leak_status = KJ_LEAK_CONFIRMED;
    c->occurred = (kj_date){2026, 1, 4}; /* corrected */
    c->detected = (kj_date){2026, 1, 6};
    kj_release_add_event(c, (kj_date){2026, 1, 5}, KJ_EVENT_OCCURRED, "newest wording");
    kj_release_add_event(c, (kj_date){2026, 1, 25}, KJ_EVENT_RELEASE, "the 第2報");
    group(&g, NULL);
    assert_int_equal(g.set->n, 1);
    const kj_incident *inc = kj_incident_of(g.set, 0);
    const kj_incident_facts *f = &inc->facts;
    assert_int_equal(f->leak_status, KJ_LEAK_CONFIRMED);
    assert_int_equal(f->affected_persons, 3200);
    assert_int_equal(f->affected_persons_confirmed, 200);
    assert_int_equal(f->affected_persons_possible, 3000);
    assert_string_equal(fmt(f->occurred), "2026-01-04");
    assert_int_equal(f->lag_occurred_days, 6);
    assert_int_equal(f->lag_detected_days, 4);
    assert_int_equal(kj_set_count(f->attack_types), 2);
    /* Timeline: the occurrence once (newest wording), three releases, the
     * extracted release event folded into the release itself. */
    assert_int_equal(inc->n_timeline, 4);
    assert_int_equal(inc->timeline[0].kind, KJ_EVENT_OCCURRED);
    assert_string_equal(inc->timeline[0].text, "newest wording");
    assert_int_equal(inc->timeline[1].kind, KJ_EVENT_RELEASE);
    assert_string_equal(inc->timeline[3].release->path, c->path);
    group_free(&g);
}

/* An infection a first report names only as such (`感染拡大を防止`) and the
 * next as ransomware is one attack: the incident lists ransomware alone.
 * Malware beside ransomware stays when one release names both. */
static void an_infection_named_later(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ電機", "不正アクセスについて", "", "a");
    g.rels[g.n++] = release("2026-01-25", "株式会社ほしかげ電機", "第2報", first_report_link, "b");
    KJ_SET_ADD(g.rels[0]->attack_types, KJ_ATTACK_MALWARE);
    KJ_SET_ADD(g.rels[1]->attack_types, KJ_ATTACK_RANSOMWARE);
    group(&g, NULL);
    const kj_incident_facts *f = &kj_incident_of(g.set, 0)->facts;
    assert_true(KJ_SET_HAS(f->attack_types, KJ_ATTACK_RANSOMWARE));
    assert_false(KJ_SET_HAS(f->attack_types, KJ_ATTACK_MALWARE));
    group_free(&g);

    group_fixture h = {0};
    h.rels[h.n++] = release("2026-01-10", "株式会社ほしかげ電機", "不正アクセスについて", "", "a");
    h.rels[h.n++] = release("2026-01-25", "株式会社ほしかげ電機", "第2報", first_report_link, "b");
    KJ_SET_ADD(h.rels[1]->attack_types, KJ_ATTACK_MALWARE);
    KJ_SET_ADD(h.rels[1]->attack_types, KJ_ATTACK_RANSOMWARE);
    group(&h, NULL);
    f = &kj_incident_of(h.set, 0)->facts;
    assert_true(KJ_SET_HAS(f->attack_types, KJ_ATTACK_MALWARE));
    group_free(&h);
}

/* A leak found as fact stays found when a later notice speaks of 可能性
 * (mails to the customers who may be affected); the results of the
 * investigation may still revise it. */
static void a_found_leak_is_not_walked_back_by_a_notice(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ電機", "不正アクセスについて", "", "a");
    g.rels[g.n++] = release("2026-01-25", "株式会社ほしかげ電機", "第2報", first_report_link, "b");
    g.rels[0]->leak_status = KJ_LEAK_CONFIRMED;
    g.rels[1]->leak_status = KJ_LEAK_POSSIBLE;
    group(&g, NULL);
    assert_int_equal(kj_incident_of(g.set, 0)->facts.leak_status, KJ_LEAK_CONFIRMED);
    group_free(&g);

    group_fixture h = {0};
    h.rels[h.n++] = release("2026-01-10", "株式会社ほしかげ電機", "不正アクセスについて", "", "a");
    h.rels[h.n++] = release("2026-01-25", "株式会社ほしかげ電機", "最終報", first_report_link, "b");
    h.rels[0]->leak_status = KJ_LEAK_CONFIRMED;
    h.rels[1]->leak_status = KJ_LEAK_NONE;
    h.rels[1]->report.final = true;
    group(&h, NULL);
    assert_int_equal(kj_incident_of(h.set, 0)->facts.leak_status, KJ_LEAK_NONE);
    group_free(&h);

    /* …or a notice that says whether anything leaked is still searched: the
     * earlier finding is taken back */
    group_fixture k = {0};
    k.rels[k.n++] = release("2026-01-10", "株式会社ほしかげ電機", "不正アクセスについて", "", "a");
    k.rels[k.n++] = release("2026-01-25", "株式会社ほしかげ電機", "第2報", first_report_link,
                            "外部に公開されている事実は確認されておりません。個人情報漏えいの有無に"
                            "ついては、引き続き調査を継続してまいります。");
    k.rels[0]->leak_status = KJ_LEAK_CONFIRMED;
    k.rels[1]->leak_status = KJ_LEAK_POSSIBLE;
    assert_true(k.rels[1]->cues.leak_in_question);
    group(&k, NULL);
    assert_int_equal(kj_incident_of(k.set, 0)->facts.leak_status, KJ_LEAK_POSSIBLE);
    group_free(&k);
    /* an investigation of it that is over asks nothing */
    kj_release *done = release("2026-01-25", "株式会社ほしかげ電機", "第2報", first_report_link,
                               "情報漏洩の有無等の調査が完了いたしましたので、ご報告いたします。");
    assert_false(done->cues.leak_in_question);
    kj_release_free(done);
}

static void ids_are_unique(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] = release("2026-01-10", "株式会社ほしかげ電機", "メール誤送信について", "", "a");
    g.rels[g.n++] =
        release("2026-01-10", "株式会社ほしかげ電機", "サイト改ざんについて（第1報）", "", "b");
    group(&g, NULL);
    assert_int_equal(g.set->n, 2);
    assert_string_equal(g.set->items[0].id, "2026-01-10-株式会社ほしかげ電機");
    assert_string_equal(g.set->items[1].id, "2026-01-10-株式会社ほしかげ電機-2");
    group_free(&g);
}

/* A facts-only release of `org` published on `published`. */
static kj_release *dated(const char *path, const char *org, kj_date published)
{
    char md[512];
    snprintf(md, sizeof md,
             "# 公表概要\n- 不正アクセスについて\n- %04d年%d月%d日\n- %s\n\n# 本文\n本文。\n",
             published.year, published.month, published.day, org);
    return parse(path, md);
}

/*
 * The first notice (kj_incident_facts.first_notice): a notice a release
 * names that was published before the archive began is the first
 * disclosure, and the lags run to it; a notice the release names inside
 * the archive's span (it would be archived: more likely a letter to the
 * people affected), or one before the occurrence (a misread date), is not.
 */
static void first_notice_before_the_archive(void **state)
{
    (void)state;
    kj_release *rel[4];
    /* the archive begins on 10 December 2024 */
    rel[0] = dated("2024/12/10_a.md", "株式会社さきがけ", (kj_date){2024, 12, 10});
    /* a follow-up in April 2025 naming its first notice of 1 April 2024 */
    rel[1] = dated("2025/04/14_b.md", "株式会社ためし光学", (kj_date){2025, 4, 14});
    rel[1]->occurred = (kj_date){2024, 3, 30};
    rel[1]->detected = (kj_date){2024, 3, 31};
    kj_release_add_event(rel[1], (kj_date){2024, 4, 1}, KJ_EVENT_RELEASE,
                         "2024年4月1日付でお知らせ");
    kj_release_add_event(rel[1], (kj_date){2024, 4, 4}, KJ_EVENT_RELEASE, "同年4月4日付でお知らせ");
    /* a letter to the people affected, inside the archive's span */
    rel[2] = dated("2025/01/23_c.md", "学校法人ためし学園", (kj_date){2025, 1, 23});
    rel[2]->occurred = (kj_date){2025, 1, 15};
    kj_release_add_event(rel[2], (kj_date){2025, 1, 19}, KJ_EVENT_RELEASE, "1月19日付で書面");
    /* a date before the occurrence: misread, not taken */
    rel[3] = dated("2025/02/03_d.md", "株式会社ためし物産", (kj_date){2025, 2, 3});
    rel[3]->occurred = (kj_date){2024, 6, 1};
    kj_release_add_event(rel[3], (kj_date){2024, 5, 1}, KJ_EVENT_RELEASE, "2024年5月1日付");
    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 4, NULL);

    const kj_incident_facts *f = &kj_incident_of(set, 1)->facts;
    assert_string_equal(fmt(f->first_published), "2025-04-14");
    assert_string_equal(fmt(f->first_notice), "2024-04-01");
    assert_true(f->first_notice_cited);
    assert_int_equal(f->lag_occurred_days, 2);
    assert_int_equal(f->lag_detected_days, 1);
    f = &kj_incident_of(set, 2)->facts;
    assert_string_equal(fmt(f->first_notice), "2025-01-23");
    assert_false(f->first_notice_cited);
    assert_int_equal(f->lag_occurred_days, 8);
    f = &kj_incident_of(set, 3)->facts;
    assert_string_equal(fmt(f->first_notice), "2025-02-03");
    assert_false(f->first_notice_cited);

    /* impossible orders are reported, a notice before detection is not an error */
    kj_incident_facts g = *f;
    g.occurred = (kj_date){2025, 1, 10};
    g.detected = (kj_date){2025, 1, 5};
    assert_int_equal(kj_incident_date_problems(&g), KJ_DATES_DETECTED_BEFORE_OCCURRED);
    g.detected = (kj_date){2025, 2, 10};
    assert_int_equal(kj_incident_date_problems(&g), KJ_DATES_NOTICE_BEFORE_DETECTED);
    g.first_notice = (kj_date){2025, 1, 1};
    g.detected = KJ_DATE_NONE;
    assert_int_equal(kj_incident_date_problems(&g), KJ_DATES_NOTICE_BEFORE_OCCURRED);
    /* a month-precision date compares by month */
    g.first_notice = (kj_date){2025, 1, 0};
    assert_int_equal(kj_incident_date_problems(&g), 0);

    kj_incident_set_free(set);
    for (int i = 0; i < 4; i++)
        kj_release_free(rel[i]);
}

/* A notice cited before the incident was detected is misread (nobody
 * announces what it has not learnt): the first notice stays the first
 * release. */
static void no_first_notice_before_the_detection(void **state)
{
    (void)state;
    kj_release *rel[2];
    rel[0] = dated("2024/12/10_a.md", "株式会社さきがけ", (kj_date){2024, 12, 10});
    rel[1] = dated("2025/04/14_b.md", "株式会社ためし工房", (kj_date){2025, 4, 14});
    rel[1]->occurred = (kj_date){2024, 3, 1};
    rel[1]->detected = (kj_date){2024, 3, 20};
    /* a vendor's advisory of 10 March, read as a notice */
    kj_release_add_event(rel[1], (kj_date){2024, 3, 10}, KJ_EVENT_RELEASE, "2024年3月10日に公表");
    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 2, NULL);
    const kj_incident_facts *f = &kj_incident_of(set, 1)->facts;
    assert_string_equal(fmt(f->first_notice), "2025-04-14");
    assert_false(f->first_notice_cited);
    kj_incident_set_free(set);
    for (int i = 0; i < 2; i++)
        kj_release_free(rel[i]);
}

/*
 * The people a month adds are those no earlier month counted: a report
 * that nothing leaked, and a later one that reopens the same people as
 * possibly reached (閲覧された可能性を否定できない), do not make them new
 * again; a figure that then grows adds its growth only.
 */
static void people_reopened_are_not_counted_again(void **state)
{
    (void)state;
    kj_release *rel[3];
    rel[0] = dated("2025/09/02_a.md", "株式会社ためし経営", (kj_date){2025, 9, 2});
    rel[1] = dated("2025/10/10_b.md", "株式会社ためし経営", (kj_date){2025, 10, 10});
    rel[2] = dated("2025/11/12_c.md", "株式会社ためし経営", (kj_date){2025, 11, 12});
    rel[0]->leak_status = KJ_LEAK_POSSIBLE;
    rel[0]->affected_persons = 4500;
    rel[0]->affected_unit = KJ_AFFECTED_RECORDS;
    rel[1]->leak_status = KJ_LEAK_NONE; /* 流出した痕跡は確認されませんでした */
    rel[1]->report.final = true;
    rel[2]->leak_status = KJ_LEAK_POSSIBLE; /* yet 閲覧された可能性 … 通知 */
    rel[2]->affected_persons = 4500;
    rel[2]->affected_unit = KJ_AFFECTED_RECORDS;
    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 3, NULL);
    assert_int_equal(set->n, 1);
    const int64_t want[3] = {4500, 0, 0}; /* September, October, November */
    for (int m = 0; m < 3; m++) {
        kj_period p = {{2025, (int8_t)(9 + m), 1}, {2025, (int8_t)(9 + m), 28}};
        kj_figures *f = kj_figures_compute(set, p, NULL);
        assert_int_equal(f->totals.affected[KJ_UNIT_INCIDENT].figure[KJ_AFFECTED_RECORDS], want[m]);
        kj_figures_free(f);
    }
    kj_incident_set_free(set);
    /* the reopening names more: the growth is November's */
    rel[2]->affected_persons = 4700;
    set = kj_incidents_group((const kj_release *const *)rel, 3, NULL);
    kj_period nov = {{2025, 11, 1}, {2025, 11, 30}};
    kj_figures *f = kj_figures_compute(set, nov, NULL);
    assert_int_equal(f->totals.affected[KJ_UNIT_INCIDENT].figure[KJ_AFFECTED_RECORDS], 200);
    kj_figures_free(f);
    kj_incident_set_free(set);
    for (int i = 0; i < 3; i++)
        kj_release_free(rel[i]);
}

/* A client's release about the origin `origin` (aliases `alias`, may be NULL). */
static kj_release *client_of(const char *path, const char *org, kj_date day, const char *origin,
                             const char *alias)
{
    kj_release *rel = dated(path, org, day);
    rel->third_party = true;
    rel->origin = kj_arena_strdup(rel->arena, origin);
    if (alias) {
        rel->origin_aliases = kj_arena_alloc(rel->arena, sizeof *rel->origin_aliases);
        rel->origin_aliases[0] = kj_arena_strdup(rel->arena, alias);
        rel->n_origin_aliases = 1;
    }
    return rel;
}

/* A wave goes by a service's name only when a member names the service as
 * where the breach happened — not a system the origin was building for one
 * client, named beside it (`受託した「新館サービスシステム」の構築にあたり`). */
static void a_wave_goes_by_a_service_its_members_name(void **state)
{
    (void)state;
    kj_date d = {2026, 5, 11};
    kj_release *rel[4];
    rel[0] = client_of("2026/05/11_a.md", "株式会社ためし図書", d, "株式会社ためしワン",
                       "新館サービスシステム");
    rel[1] = client_of("2026/05/11_b.md", "株式会社ためし情報", d, "株式会社ためしワン",
                       "新館サービスシステム");
    rel[2] = client_of("2026/05/12_c.md", "株式会社ためし商事", d, "株式会社ためしワン", NULL);
    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 3, NULL);
    assert_int_equal(set->n_waves, 1);
    assert_string_equal(set->waves[0].label, "株式会社ためしワンへの不正アクセス");
    kj_incident_set_free(set);
    /* members that name the service as the place: its name */
    kj_release_free(rel[2]);
    rel[2] = client_of("2026/05/12_c.md", "株式会社ためし商事", d, "ためしメールサービス",
                       "株式会社ためしワン");
    rel[3] = client_of("2026/05/12_d.md", "株式会社ためし物流", d, "ためしメールサービス",
                       "株式会社ためしワン");
    kj_release_free(rel[0]);
    kj_release_free(rel[1]);
    rel[0] = client_of("2026/05/11_a.md", "株式会社ためし図書", d, "株式会社ためしワン",
                       "ためしメールサービス");
    rel[1] = client_of("2026/05/11_b.md", "株式会社ためし情報", d, "株式会社ためしワン", NULL);
    set = kj_incidents_group((const kj_release *const *)rel, 4, NULL);
    assert_int_equal(set->n_waves, 1);
    assert_string_equal(set->waves[0].label, "ためしメールサービスへの不正アクセス");
    kj_incident_set_free(set);
    for (int i = 0; i < 4; i++)
        kj_release_free(rel[i]);
}

/* One client's notice and the origin's own notice of its breach are a wave
 * of their own (one attack, two publishers); a group named as the origin
 * (`株式会社ためしワングループ`) is the company its own notice is filed
 * under. */
static void an_origin_and_one_client_are_one_wave(void **state)
{
    (void)state;
    kj_release *rel[2];
    rel[0] = dated("2026/05/11_a.md", "株式会社ためしワン", (kj_date){2026, 5, 11});
    rel[0]->attack_types = 1u << KJ_ATTACK_RANSOMWARE;
    rel[1] = client_of("2026/05/20_b.md", "株式会社ためし商事", (kj_date){2026, 5, 20},
                       "株式会社ためしワングループ", NULL);
    rel[1]->attack_types = 1u << KJ_ATTACK_RANSOMWARE;
    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 2, NULL);
    assert_int_equal(set->n, 2);
    assert_int_equal(set->n_waves, 1);
    assert_int_equal(set->waves[0].n_organizations, 1);
    assert_true(set->waves[0].origin_incident >= 0);
    kj_period may = {{2026, 5, 1}, {2026, 5, 31}};
    kj_figures *f = kj_figures_compute(set, may, NULL);
    assert_int_equal(f->totals.ransomware_incidents, 2);
    assert_int_equal(f->totals.ransomware_attacks, 1); /* two incidents, one attack */
    kj_figures_free(f);
    kj_incident_set_free(set);
    /* the client says only 不正アクセス: its notice is still one of the
     * origin's ransomware (the wave's), no attack of its own */
    rel[1]->attack_types = 1u << KJ_ATTACK_UNAUTHORIZED_ACCESS;
    set = kj_incidents_group((const kj_release *const *)rel, 2, NULL);
    assert_true(set->waves[0].ransomware);
    f = kj_figures_compute(set, may, NULL);
    assert_int_equal(f->totals.ransomware_incidents, 2);
    assert_int_equal(f->totals.ransomware_attacks, 1);
    kj_figures_free(f);
    kj_incident_set_free(set);
    /* a client alone, the origin silent: no wave */
    set = kj_incidents_group((const kj_release *const *)&rel[1], 1, NULL);
    assert_int_equal(set->n_waves, 0);
    kj_incident_set_free(set);
    for (int i = 0; i < 2; i++)
        kj_release_free(rel[i]);
}

/* A client that names only the contractor it entrusted (`株式会社ためし総研
 * に…委託しており`), the breach further down that contractor's chain,
 * belongs to the wave the contractor's own notice and its other clients'
 * name — not when it tells of another time (attack dates apart) or
 * publishes long after. */
static void a_client_naming_only_the_middleman_joins_its_wave(void **state)
{
    (void)state;
    kj_release *rel[5];
    rel[0] = dated("2026/05/11_a.md", "株式会社ためしワン", (kj_date){2026, 5, 11});
    rel[1] = client_of("2026/05/11_b.md", "株式会社ためし総研", (kj_date){2026, 5, 11},
                       "株式会社ためしワン", NULL);
    rel[2] = client_of("2026/05/13_c.md", "ためし銀行株式会社", (kj_date){2026, 5, 13},
                       "株式会社ためしワン", NULL);
    rel[2]->cues.contractor = "ためし総研";
    rel[3] = dated("2026/05/12_d.md", "ためし証券株式会社", (kj_date){2026, 5, 12});
    rel[3]->third_party = true;
    rel[3]->cues.contractor = "ためし総研";
    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 4, NULL);
    assert_int_equal(set->n_waves, 1);
    assert_int_equal(set->waves[0].n_organizations, 3);
    assert_ptr_equal(kj_wave_of(set, 3), &set->waves[0]);
    assert_true(set->knock_on[3]);
    kj_incident_set_free(set);
    /* its attack a month before the others' */
    kj_date april = {2026, 4, 1}, may = {2026, 5, 1};
    rel[1]->occurred = may;
    rel[2]->detected = may;
    rel[3]->occurred = april;
    set = kj_incidents_group((const kj_release *const *)rel, 4, NULL);
    assert_null(kj_wave_of(set, 3));
    kj_incident_set_free(set);
    rel[3]->occurred = KJ_DATE_NONE;
    /* published two months later */
    rel[4] = dated("2026/07/20_e.md", "ためし信託株式会社", (kj_date){2026, 7, 20});
    rel[4]->third_party = true;
    rel[4]->cues.contractor = "ためし総研";
    set = kj_incidents_group((const kj_release *const *)rel, 5, NULL);
    assert_non_null(kj_wave_of(set, 3));
    assert_null(kj_wave_of(set, 4));
    kj_incident_set_free(set);
    for (int i = 0; i < 5; i++)
        kj_release_free(rel[i]);
}

/* A platform's notice of an app on its market, the vendor unnamed, and the
 * vendor's own notice that names the platform's market are one breach: a
 * wave with the vendor as its origin — not when they lie months apart. */
static void a_platform_and_its_app_vendor_are_one_wave(void **state)
{
    (void)state;
    kj_release *rel[2];
    rel[0] = dated("2026/04/08_a.md", "株式会社ためしレジ", (kj_date){2026, 4, 8});
    rel[0]->third_party = true; /* 外部アプリの提供元が保有する会員データ */
    rel[1] = dated("2026/04/10_b.md", "合同会社ためしソフト", (kj_date){2026, 4, 10});
    rel[1]->cues.market = "ためしレジ";
    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 2, NULL);
    assert_int_equal(set->n, 2);
    assert_int_equal(set->n_waves, 1);
    assert_int_equal(set->waves[0].n_organizations, 1);
    assert_int_equal(set->waves[0].origin_incident, (long)set->incident_of[1]);
    assert_true(set->knock_on[0]);
    assert_string_equal(set->waves[0].label, "合同会社ためしソフトへの不正アクセス");
    kj_incident_set_free(set);
    /* the vendor's notice two months later: another story */
    rel[1]->published = (kj_date){2026, 6, 10};
    set = kj_incidents_group((const kj_release *const *)rel, 2, NULL);
    assert_int_equal(set->n_waves, 0);
    kj_incident_set_free(set);
    for (int i = 0; i < 2; i++)
        kj_release_free(rel[i]);
}

/* A release of one incident: a follow-up of `id` (事案ID). */
static kj_release *follow_up(const char *path, const char *org, kj_date day, const char *id)
{
    char md[512];
    snprintf(md, sizeof md,
             "# 公表概要\n- 不正アクセスについて（続報）\n- %04d年%d月%d日\n- %s\n\n"
             "# 事案ID\n- %s\n\n# 本文\n本文。\n",
             day.year, day.month, day.day, org, id);
    return parse(path, md);
}

/* The app vendor's own count in its final report, published after the
 * platform's count of the same members' data (「提供元が保有する会員データ」),
 * is the breach's figure: the platform's larger count was an early one of
 * the same people.  The wave's figure is the vendor's, not below a client;
 * the month neither drops it nor adds the platform's on top, and keeps the
 * earlier count to say so.  A vendor's count that is not final beside a
 * count the platform does not call provisional, a count in another unit,
 * and a client's count of the data it entrusted (no platform) stay as they
 * were: the origin's figure below them is its own people. */
static void an_origins_final_count_revises_a_platforms_early_one(void **state)
{
    (void)state;
    kj_release *rel[5];
    rel[0] = dated("2026/04/08_a.md", "株式会社ためしレジ", (kj_date){2026, 4, 8});
    rel[0]->third_party = true;
    rel[1] = follow_up("2026/04/13_a.md", "株式会社ためしレジ", (kj_date){2026, 4, 13},
                       "2026-04-08-株式会社ためしレジ");
    rel[1]->affected_persons = 5000;
    rel[1]->affected_unit = KJ_AFFECTED_RECORDS;
    rel[1]->leak_status = KJ_LEAK_CONFIRMED;
    rel[2] = dated("2026/04/10_b.md", "合同会社ためしソフト", (kj_date){2026, 4, 10});
    rel[2]->cues.market = "ためしレジ";
    rel[3] = follow_up("2026/06/02_b.md", "合同会社ためしソフト", (kj_date){2026, 6, 2},
                       "2026-04-10-合同会社ためしソフト");
    rel[3]->affected_persons = 4200;
    rel[3]->affected_unit = KJ_AFFECTED_RECORDS;
    rel[3]->leak_status = KJ_LEAK_CONFIRMED;
    rel[3]->report.final = true;
    /* the platform's last word, pointing to the vendor's report */
    rel[4] = follow_up("2026/06/03_a.md", "株式会社ためしレジ", (kj_date){2026, 6, 3},
                       "2026-04-08-株式会社ためしレジ");
    kj_period june = {{2026, 6, 1}, {2026, 6, 30}};

    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 5, NULL);
    assert_int_equal(set->n, 2);
    assert_int_equal(set->n_waves, 1);
    assert_true(set->of_origin_data[1]);
    assert_int_equal(set->waves[0].origin_total, 4200);
    kj_figures *f = kj_figures_compute(set, june, NULL);
    assert_int_equal(f->n_waves, 1);
    const kj_wave_view *v = &f->waves[0];
    assert_int_equal(v->origin_total, 4200);
    assert_true(v->origin_total_own && v->origin_final);
    assert_int_equal(v->own[KJ_AFFECTED_RECORDS], 0);
    assert_int_equal(v->earlier_count, 5000);
    assert_int_equal(v->earlier_published.month, 4);
    kj_figures_free(f);
    /* in April only the platform's count was known */
    kj_period april = {{2026, 4, 1}, {2026, 4, 30}};
    f = kj_figures_compute(set, april, NULL);
    assert_true(f->waves[0].origin_total == KJ_COUNT_NONE);
    assert_int_equal(f->waves[0].own[KJ_AFFECTED_RECORDS], 5000);
    kj_figures_free(f);
    kj_incident_set_free(set);

    /* the vendor's later count not final, the platform's not provisional:
     * nothing says which count stands */
    rel[3]->report.final = false;
    set = kj_incidents_group((const kj_release *const *)rel, 5, NULL);
    assert_true(set->waves[0].origin_total == KJ_COUNT_NONE);
    kj_incident_set_free(set);
    /* … unless the platform gave its count as one so far */
    rel[1]->affected_qualifiers = KJ_FIGURE_PROVISIONAL;
    set = kj_incidents_group((const kj_release *const *)rel, 5, NULL);
    assert_int_equal(set->waves[0].origin_total, 4200);
    kj_incident_set_free(set);
    rel[1]->affected_qualifiers = 0;
    rel[3]->report.final = true;

    /* people beside records: no count of the same data */
    rel[3]->affected_unit = KJ_AFFECTED_PERSONS;
    set = kj_incidents_group((const kj_release *const *)rel, 5, NULL);
    assert_true(set->waves[0].origin_total == KJ_COUNT_NONE);
    f = kj_figures_compute(set, june, NULL);
    assert_true(f->waves[0].origin_total == KJ_COUNT_NONE);
    assert_int_equal(f->waves[0].own[KJ_AFFECTED_RECORDS], 5000);
    assert_int_equal(f->waves[0].own[KJ_AFFECTED_PERSONS], 4200);
    assert_true(f->waves[0].earlier_count == KJ_COUNT_NONE);
    kj_figures_free(f);
    kj_incident_set_free(set);
    rel[3]->affected_unit = KJ_AFFECTED_RECORDS;
    for (int i = 0; i < 5; i++)
        kj_release_free(rel[i]);

    /* a contractor's clients count the data they entrusted: its final
     * report's smaller count is its own people, below theirs */
    kj_release *c[4];
    c[0] = dated("2026/04/08_c.md", "株式会社ためし鑑定", (kj_date){2026, 4, 8});
    c[1] = client_of("2026/04/12_d.md", "ためし損害保険株式会社", (kj_date){2026, 4, 12},
                     "株式会社ためし鑑定", NULL);
    c[1]->affected_persons = 5000;
    c[1]->affected_unit = KJ_AFFECTED_RECORDS;
    c[2] = client_of("2026/04/14_e.md", "ためし火災保険株式会社", (kj_date){2026, 4, 14},
                     "株式会社ためし鑑定", NULL);
    c[3] = follow_up("2026/06/02_c.md", "株式会社ためし鑑定", (kj_date){2026, 6, 2},
                     "2026-04-08-株式会社ためし鑑定");
    c[3]->affected_persons = 4200;
    c[3]->affected_unit = KJ_AFFECTED_RECORDS;
    c[3]->report.final = true;
    set = kj_incidents_group((const kj_release *const *)c, 4, NULL);
    assert_int_equal(set->n_waves, 1);
    assert_false(set->of_origin_data[1]);
    assert_true(set->waves[0].origin_total == KJ_COUNT_NONE);
    kj_period spring = {{2026, 4, 1}, {2026, 6, 30}};
    f = kj_figures_compute(set, spring, NULL);
    assert_true(f->waves[0].origin_total == KJ_COUNT_NONE);
    assert_int_equal(f->waves[0].own[KJ_AFFECTED_RECORDS], 9200);
    kj_figures_free(f);
    kj_incident_set_free(set);
    for (int i = 0; i < 4; i++)
        kj_release_free(c[i]);
}

/* A wave of the origin's own notices and one client's goes by the name the
 * origin publishes under, also when that client's later notices name the
 * origin's group company that ran its service: one organisation naming a
 * contractor three times is one voice. */
static void one_client_naming_a_contractor_thrice_is_one_voice(void **state)
{
    (void)state;
    kj_release *rel[5];
    rel[0] = dated("2026/05/11_a.md", "株式会社ためしワン", (kj_date){2026, 5, 11});
    rel[0]->attack_types = 1u << KJ_ATTACK_RANSOMWARE;
    rel[1] = client_of("2026/05/12_b.md", "株式会社ためし商事", (kj_date){2026, 5, 12},
                       "株式会社ためしワン", NULL);
    for (int i = 2; i < 5; i++) {
        char path[32];
        snprintf(path, sizeof path, "2026/05/%02d_b.md", 12 + 3 * i);
        rel[i] = client_of(path, "株式会社ためし商事", (kj_date){2026, 5, (int8_t)(12 + 3 * i)},
                           "ためしワンロジ株式会社", "株式会社ためしワン");
    }
    for (int i = 1; i < 5; i++) {
        rel[i]->attack_types = 1u << KJ_ATTACK_RANSOMWARE;
        rel[i]->overview.title =
            kj_arena_strdup(rel[i]->arena, "委託先のランサムウェア被害について");
    }
    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 5, NULL);
    assert_int_equal(set->n, 2); /* the origin's, and the client's chain */
    assert_int_equal(set->n_waves, 1);
    assert_true(set->waves[0].origin_incident >= 0);
    assert_string_equal(set->waves[0].label, "株式会社ためしワンのランサムウェア被害");
    kj_incident_set_free(set);
    for (int i = 0; i < 5; i++)
        kj_release_free(rel[i]);
}

/* A wave with no total of the origin sums its members' own figures; a
 * member's figure published in an earlier month and restated in this one
 * (or left unnumbered by its follow-up) is in the sum but is no news of the
 * month: the wave view keeps it apart (own_before). */
static void a_members_figure_of_an_earlier_month_is_kept_apart(void **state)
{
    (void)state;
    kj_release *rel[3];
    rel[0] = client_of("2026/04/20_a.md", "ためし町", (kj_date){2026, 4, 20}, "ためし印刷株式会社",
                       NULL);
    rel[0]->affected_persons = 649;
    rel[0]->leak_status = KJ_LEAK_POSSIBLE;
    rel[1] = client_of("2026/05/12_a.md", "ためし町", (kj_date){2026, 5, 12}, "ためし印刷株式会社",
                       NULL);
    rel[1]->report.number = 2; /* its follow-up, no number of its own */
    rel[1]->leak_status = KJ_LEAK_POSSIBLE;
    rel[2] = client_of("2026/05/14_b.md", "ためし村", (kj_date){2026, 5, 14}, "ためし印刷株式会社",
                       NULL);
    rel[2]->affected_persons = 485;
    rel[2]->leak_status = KJ_LEAK_POSSIBLE;
    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 3, NULL);
    assert_int_equal(set->n, 2);
    assert_int_equal(set->n_waves, 1);
    kj_period may = {{2026, 5, 1}, {2026, 5, 31}};
    kj_figures *f = kj_figures_compute(set, may, NULL);
    assert_int_equal(f->n_waves, 1);
    assert_int_equal(f->waves[0].own[KJ_AFFECTED_PERSONS], 649 + 485);
    assert_int_equal(f->waves[0].own_before[KJ_AFFECTED_PERSONS], 649);
    assert_int_equal(f->totals.affected[KJ_UNIT_INCIDENT].figure[KJ_AFFECTED_PERSONS], 485);
    kj_figures_free(f);
    /* in April the figure is April's own */
    kj_period april = {{2026, 4, 1}, {2026, 4, 30}};
    f = kj_figures_compute(set, april, NULL);
    if (f->n_waves)
        assert_int_equal(f->waves[0].own_before[KJ_AFFECTED_PERSONS], 0);
    kj_figures_free(f);
    kj_incident_set_free(set);
    for (int i = 0; i < 3; i++)
        kj_release_free(rel[i]);
}

/* A client's share of the origin's total counted in another unit (the
 * service counted 399 users; a client, 4 of them as accounts) is part of
 * that total, not new: the month adds none of it.  A client's figure larger
 * than the total is its own and is added. */
static void a_share_counted_in_another_unit_is_part_of_the_total(void **state)
{
    (void)state;
    kj_release *rel[3];
    rel[0] = dated("2026/07/12_a.md", "株式会社ためしフォーム", (kj_date){2026, 7, 12});
    rel[0]->affected_persons = 399;
    rel[0]->affected_unit = KJ_AFFECTED_PERSONS;
    rel[0]->leak_status = KJ_LEAK_POSSIBLE;
    rel[1] = client_of("2026/07/15_b.md", "ためし区", (kj_date){2026, 7, 15},
                       "株式会社ためしフォーム", NULL);
    rel[1]->affected_persons = 4;
    rel[1]->affected_unit = KJ_AFFECTED_ACCOUNTS;
    rel[1]->leak_status = KJ_LEAK_POSSIBLE;
    rel[2] = client_of("2026/07/15_c.md", "ためし市", (kj_date){2026, 7, 15},
                       "株式会社ためしフォーム", NULL);
    rel[2]->affected_persons = 12;
    rel[2]->affected_unit = KJ_AFFECTED_PERSONS;
    rel[2]->leak_status = KJ_LEAK_POSSIBLE;
    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 3, NULL);
    assert_int_equal(set->n_waves, 1);
    kj_period july = {{2026, 7, 1}, {2026, 7, 31}};
    kj_figures *f = kj_figures_compute(set, july, NULL);
    for (int u = 0; u < 2; u++) {
        const kj_affected_sum *a = &f->totals.affected[u ? KJ_UNIT_INCIDENT : KJ_UNIT_RELEASE];
        assert_int_equal(a->figure[KJ_AFFECTED_PERSONS], 399);
        assert_int_equal(a->figure[KJ_AFFECTED_ACCOUNTS], 0);
        assert_int_equal(a->part_of_origin_total, 2);
    }
    kj_figures_free(f);
    kj_incident_set_free(set);
    /* more accounts than the total's people: the client's own, added */
    rel[1]->affected_persons = 5000;
    set = kj_incidents_group((const kj_release *const *)rel, 3, NULL);
    f = kj_figures_compute(set, july, NULL);
    assert_int_equal(f->totals.affected[KJ_UNIT_INCIDENT].figure[KJ_AFFECTED_ACCOUNTS], 5000);
    kj_figures_free(f);
    kj_incident_set_free(set);
    for (int i = 0; i < 3; i++)
        kj_release_free(rel[i]);
}

/* An origin's own figure below a client's counts its own people (a loss
 * adjuster's 6,551 staff and contacts beside an insurer's 120,000 records of
 * its customers), no total over its clients: a smaller client's 406 records
 * are its own and are added, not taken as part of the origin's people. */
static void an_origins_own_people_are_no_total_for_its_clients(void **state)
{
    (void)state;
    kj_release *rel[3];
    rel[0] = dated("2026/07/12_a.md", "株式会社ためし鑑定", (kj_date){2026, 7, 12});
    rel[0]->affected_persons = 6551;
    rel[0]->affected_unit = KJ_AFFECTED_PERSONS;
    rel[0]->leak_status = KJ_LEAK_POSSIBLE;
    rel[1] = client_of("2026/07/15_b.md", "ためし海上保険株式会社", (kj_date){2026, 7, 15},
                       "株式会社ためし鑑定", NULL);
    rel[1]->affected_persons = 120000;
    rel[1]->affected_unit = KJ_AFFECTED_RECORDS;
    rel[1]->leak_status = KJ_LEAK_POSSIBLE;
    rel[2] = client_of("2026/07/16_c.md", "ためし火災保険株式会社", (kj_date){2026, 7, 16},
                       "株式会社ためし鑑定", NULL);
    rel[2]->affected_persons = 406;
    rel[2]->affected_unit = KJ_AFFECTED_RECORDS;
    rel[2]->leak_status = KJ_LEAK_POSSIBLE;
    kj_incident_set *set = kj_incidents_group((const kj_release *const *)rel, 3, NULL);
    assert_int_equal(set->n_waves, 1);
    kj_period july = {{2026, 7, 1}, {2026, 7, 31}};
    kj_figures *f = kj_figures_compute(set, july, NULL);
    for (int u = 0; u < 2; u++) {
        const kj_affected_sum *a = &f->totals.affected[u ? KJ_UNIT_INCIDENT : KJ_UNIT_RELEASE];
        assert_int_equal(a->figure[KJ_AFFECTED_RECORDS], 120406);
        assert_int_equal(a->part_of_origin_total, 0);
    }
    kj_figures_free(f);
    kj_incident_set_free(set);
    for (int i = 0; i < 3; i++)
        kj_release_free(rel[i]);
}

/* One notice the archive kept in two files (`…_ 共栄火災….md` beside
 * `…_共栄火災….md`: same source URL, day and organisation) counts once among
 * the releases; two notices of one day at different addresses count twice. */
static void a_file_kept_twice_counts_once(void **state)
{
    (void)state;
    group_fixture g = {0};
    g.rels[g.n++] = release("2026-05-11", "株式会社ためし火災", "不正アクセスについて", "", "a");
    g.rels[g.n++] = release("2026-05-11", "株式会社ためし火災", "不正アクセスについて", "", "a");
    group(&g, NULL);
    assert_int_equal(g.set->n, 1);
    kj_period may = {{2026, 5, 1}, {2026, 5, 31}};
    kj_figures *f = kj_figures_compute(g.set, may, NULL);
    assert_int_equal(f->totals.count.releases, 1);
    assert_int_equal(f->n_releases, 1);
    kj_figures_free(f);
    group_free(&g);
    g = (group_fixture){0};
    g.rels[g.n++] = release_at("2026-05-11", "株式会社ためし火災", "https://example.jp/a");
    g.rels[g.n++] = release_at("2026-05-11", "株式会社ためし火災", "https://example.jp/b");
    group(&g, NULL);
    f = kj_figures_compute(g.set, may, NULL);
    assert_int_equal(f->totals.count.releases, 2);
    kj_figures_free(f);
    group_free(&g);
}

/* The same PDF filed under a school's name and under its prefecture's
 * (`ためし県（ためし県立北高等学校）` and `ためし県立北高等学校`): the same
 * URL, day and title are one notice, and one organisation published it.  Two
 * organisations' own notices at one address on one day keep their titles
 * apart and count twice. */
static void a_notice_filed_under_two_names_counts_once(void **state)
{
    (void)state;
    group_fixture g = {0};
    const char *body = "卒業アルバム制作会社より不正アクセスの報告を受けました。";
    g.rels[g.n++] = release("2026-05-12", "ためし県（ためし県立北高等学校）",
                            "卒業アルバム制作会社への不正アクセスについて", "", body);
    g.rels[g.n++] = release("2026-05-12", "ためし県立北高等学校",
                            "卒業アルバム制作会社への不正アクセスについて", "", body);
    group(&g, NULL);
    kj_period may = {{2026, 5, 1}, {2026, 5, 31}};
    kj_figures *f = kj_figures_compute(g.set, may, NULL);
    assert_int_equal(f->totals.count.releases, 1);
    assert_int_equal(f->totals.organizations, 1);
    kj_figures_free(f);
    group_free(&g);
    g = (group_fixture){0};
    g.rels[g.n++] = release("2026-05-12", "株式会社ためし商事",
                            "当社サーバーへの不正アクセスについて", "", body);
    g.rels[g.n++] =
        release("2026-05-12", "株式会社ためし物流", "グループ会社の不正アクセスについて", "", body);
    group(&g, NULL);
    f = kj_figures_compute(g.set, may, NULL);
    assert_int_equal(f->totals.count.releases, 2);
    assert_int_equal(f->totals.organizations, 2);
    kj_figures_free(f);
    group_free(&g);
}

static void empty_input(void **state)
{
    (void)state;
    kj_incident_set *set = kj_incidents_group(NULL, 0, NULL);
    assert_int_equal(set->n, 0);
    kj_period p = {{2026, 1, 1}, {2026, 1, 31}};
    kj_figures *f = kj_figures_compute(set, p, NULL);
    assert_int_equal(f->totals.count.releases, 0);
    assert_int_equal(f->n_trend, 12);
    assert_int_equal(f->totals.lag_occurred[KJ_UNIT_INCIDENT].n, 0);
    kj_figures_free(f);
    kj_incident_set_free(set);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(organisation_keys),
        cmocka_unit_test(organisation_types),
        cmocka_unit_test(cues_dates_and_citations),
        cmocka_unit_test(cues_self_reference_and_no_contractor),
        cmocka_unit_test(cues_skip_what_a_denial_names),
        cmocka_unit_test(cues_another_partys_publication),
        cmocka_unit_test(report_label_of_a_first_notice_with_results),
        cmocka_unit_test(cues_place_in_a_chain),
        cmocka_unit_test(cues_quoted_titles),
        cmocka_unit_test(cues_contractor_entrusted_with_the_work),
        cmocka_unit_test(cues_market_an_app_is_offered_on),
        cmocka_unit_test(periods),
        cmocka_unit_test(size_bands),
        cmocka_unit_test(lag_bands),
        cmocka_unit_test(links_and_ids_join),
        cmocka_unit_test(same_organisation_rules),
        cmocka_unit_test(contractor_joins_disclosers),
        cmocka_unit_test(denial_joins_nothing),
        cmocka_unit_test(follow_up_marked_in_the_body),
        cmocka_unit_test(another_departments_notice_stays_apart),
        cmocka_unit_test(quoted_title_joins),
        cmocka_unit_test(final_report_past_the_window),
        cmocka_unit_test(a_later_report_dating_the_discovery_of_a_notice),
        cmocka_unit_test(one_attack_told_twice_within_days),
        cmocka_unit_test(one_site_two_names),
        cmocka_unit_test(one_release_never_merges_two_chains),
        cmocka_unit_test(different_ids_never_join),
        cmocka_unit_test(different_stories_stay_apart),
        cmocka_unit_test(links_contradicted_by_the_story),
        cmocka_unit_test(a_link_between_two_places_of_one_organisation),
        cmocka_unit_test(link_to_a_later_strangers_notice),
        cmocka_unit_test(link_to_a_strangers_notice_of_the_own_day),
        cmocka_unit_test(follow_up_continues_the_one_recent_chain),
        cmocka_unit_test(a_timeline_citing_its_first_report_joins_it),
        cmocka_unit_test(merged_facts),
        cmocka_unit_test(an_infection_named_later),
        cmocka_unit_test(a_found_leak_is_not_walked_back_by_a_notice),
        cmocka_unit_test(a_confirmed_part_told_later),
        cmocka_unit_test(a_confirmed_part_in_another_unit),
        cmocka_unit_test(a_days_second_file_comes_second),
        cmocka_unit_test(the_earliest_start_the_newest_detection),
        cmocka_unit_test(a_groups_joint_notice_is_one_incident),
        cmocka_unit_test(a_joint_notice_title_read_normalised),
        cmocka_unit_test(ids_are_unique),
        cmocka_unit_test(empty_input),
        cmocka_unit_test(first_notice_before_the_archive),
        cmocka_unit_test(people_reopened_are_not_counted_again),
        cmocka_unit_test(a_wave_goes_by_a_service_its_members_name),
        cmocka_unit_test(an_origin_and_one_client_are_one_wave),
        cmocka_unit_test(one_client_naming_a_contractor_thrice_is_one_voice),
        cmocka_unit_test(a_client_naming_only_the_middleman_joins_its_wave),
        cmocka_unit_test(a_platform_and_its_app_vendor_are_one_wave),
        cmocka_unit_test(an_origins_final_count_revises_a_platforms_early_one),
        cmocka_unit_test(a_file_kept_twice_counts_once),
        cmocka_unit_test(a_notice_filed_under_two_names_counts_once),
        cmocka_unit_test(a_members_figure_of_an_earlier_month_is_kept_apart),
        cmocka_unit_test(a_share_counted_in_another_unit_is_part_of_the_total),
        cmocka_unit_test(an_origins_own_people_are_no_total_for_its_clients),
        cmocka_unit_test(no_first_notice_before_the_detection),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
