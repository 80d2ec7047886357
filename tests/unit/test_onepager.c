/*
 * Tests of the one-pagers: every incident of the sample archive (with the
 * facts of its expected.jsonl) on exactly one page, nothing outside it; an
 * incident far too large for a page shortened onto one, each cut marked;
 * the incident as known on a day; byte-identical output for a fixed
 * creation time; file names safe on every file system.
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

#include "kaiji/extract.h"
#include "kaiji/onepager.h"
#include "kaiji/parse.h"
#include "kaiji/text.h"
#include "file_bytes.h"
#include "sample_releases.h"

#include "../../src/pages/onepager_internal.h"

static kj_layout *layout;
static kj_renderer *renderer;
static char dir[64];
static kj_release_set sample;

static int setup(void **state)
{
    (void)state;
    kj_error err;
    if (kj_layout_load_named("onepager", NULL, &layout, &err) != KJ_OK ||
        kj_renderer_new(layout, &renderer, &err) != KJ_OK) {
        fprintf(stderr, "%s\n", err.message);
        return -1;
    }
    sample_releases_load(&sample);
    snprintf(dir, sizeof dir, "/tmp/kaiji-onepager-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    kj_release_set_free(&sample);
    sample_releases_done();
    kj_renderer_free(renderer);
    kj_layout_free(layout);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return getenv("KAIJI_KEEP_TEST_FILES") ? 0 : system(cmd);
}

/* Page objects in a PDF: "/Type /Page" not followed by "s". */
static int pdf_pages(const char *path)
{
    size_t len;
    char *pdf = test_read_file(path, &len);
    int n = 0;
    for (const char *p = pdf; (p = test_find_bytes(p, len - (size_t)(p - pdf), "/Type /Page"));
         p += 11)
        n += p[11] != 's';
    free(pdf);
    return n;
}

static kj_incident_set *group(const kj_release_set *set, bool join_contractors)
{
    kj_group_options opt;
    kj_group_options_default(&opt);
    opt.join_contractors = join_contractors;
    return kj_incidents_group((const kj_release *const *)set->items, set->n, &opt);
}

static void write_page(const kj_incident *inc, const kj_onepager_options *opt, const char *name,
                       kj_onepager_result *res)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    kj_error err;
    kj_error_clear(&err);
    kj_status st = kj_onepager_write(renderer, inc, opt, path, res, &err);
    if (st != KJ_OK)
        fail_msg("%s: %s", inc->id, err.message);
    assert_int_equal(pdf_pages(path), res->pages);
}

/* Every incident of the sample, both ways of grouping: one page each, none
 * overflowing, and each page shows what its incident has. */
static void sample_incidents_one_page_each(void **state)
{
    (void)state;
    for (int join = 0; join < 2; join++) {
        kj_incident_set *set = group(&sample, join);
        assert_true(set->n >= 14);
        for (size_t i = 0; i < set->n; i++) {
            const kj_incident *inc = &set->items[i];
            kj_onepager_result res;
            char name[256];
            snprintf(name, sizeof name, "%s%zu.pdf", join ? "joined-" : "", i);
            write_page(inc, NULL, name, &res);
            if (res.pages != 1 || res.overflow)
                fail_msg("%s: %d pages, overflow %d", inc->id, res.pages, res.overflow);
            assert_true(res.free_points >= 0);
            /* Every sample release announces its countermeasures (README),
             * except the みなと精機 第1報/第2報 and つばさ物流: a page shows
             * some whenever its newest release has them. */
            const kj_release *newest = inc->members[inc->n_members - 1].release;
            assert_true(newest->snippets.captured);
            assert_int_equal(res.measures_found, newest->snippets.n_measures_found);
            if (res.measures_found)
                assert_true(res.measures_shown > 0);
            if (newest->snippets.opening)
                assert_true(res.summary_lines > 0);
            assert_string_equal(res.newest_path, newest->path);
        }
        kj_incident_set_free(set);
    }
}

static const kj_incident *find_incident(const kj_incident_set *set, const char *id_part)
{
    for (size_t i = 0; i < set->n; i++)
        if (strstr(set->items[i].id, id_part))
            return &set->items[i];
    fail_msg("no incident %s", id_part);
    return NULL;
}

/* The みなと精機 chain as known on 2026-02-28: its 第2報 is the newest, the
 * 最終報 of March is not there yet. */
static void incident_as_of_a_day(void **state)
{
    (void)state;
    kj_incident_set *set = group(&sample, false);
    const kj_incident *minato = find_incident(set, "みなと精機");
    assert_int_equal(minato->n_members, 3);
    kj_onepager_result res;
    kj_onepager_options opt = {.as_of = {2026, 2, 28}};
    write_page(minato, &opt, "minato-feb.pdf", &res);
    assert_string_equal(res.newest_path, "2026/02/18_株式会社みなと精機.md");
    assert_int_equal(res.pages, 1);

    write_page(minato, NULL, "minato.pdf", &res);
    assert_string_equal(res.newest_path, "2026/03/19_株式会社みなと精機.md");
    /* The 最終報 lists four countermeasures: all shown. */
    assert_int_equal(res.measures_found, 4);
    assert_int_equal(res.measures_shown, 4);

    opt.as_of = (kj_date){2026, 1, 19};
    kj_error err;
    char path[256];
    snprintf(path, sizeof path, "%s/none.pdf", dir);
    assert_int_equal(kj_onepager_write(renderer, minato, &opt, path, &res, &err), KJ_ERR_DATA);
    assert_non_null(strstr(err.message, "no release published by 2026-01-19"));
    assert_int_equal(access(path, F_OK), -1);
    kj_incident_set_free(set);
}

/* A fixed creation time gives the same bytes, and the time is the PDF's. */
static void output_is_deterministic(void **state)
{
    (void)state;
    kj_incident_set *set = group(&sample, true);
    const kj_incident *inc = find_incident(set, "あおば保険");
    kj_onepager_options opt = {.created = 1775001600 /* 2026-04-01 */};
    kj_onepager_result res;
    write_page(inc, &opt, "a.pdf", &res);
    write_page(inc, &opt, "b.pdf", &res);
    char pa[256], pb[256];
    snprintf(pa, sizeof pa, "%s/a.pdf", dir);
    snprintf(pb, sizeof pb, "%s/b.pdf", dir);
    size_t la, lb;
    char *a = test_read_file(pa, &la), *b = test_read_file(pb, &lb);
    assert_int_equal(la, lb);
    assert_memory_equal(a, b, la);
    assert_non_null(test_find_bytes(a, la, "/CreationDate (20260401"));
    free(a);
    free(b);
    kj_incident_set_free(set);
}

static void layout_with_unknown_section_is_refused(void **state)
{
    (void)state;
    char path[256];
    snprintf(path, sizeof path, "%s/bad-layout.json", dir);
    FILE *f = fopen(path, "w");
    fputs("{\"sections\": [\"header\", \"charts\"]}\n", f);
    fclose(f);
    kj_layout *bad;
    kj_renderer *r;
    kj_error err;
    assert_int_equal(kj_layout_load(path, &bad, &err), KJ_OK);
    assert_int_equal(kj_renderer_new(bad, &r, &err), KJ_OK);
    kj_incident_set *set = group(&sample, false);
    kj_onepager_result res;
    snprintf(path, sizeof path, "%s/bad.pdf", dir);
    assert_int_equal(kj_onepager_write(r, &set->items[0], NULL, path, &res, &err), KJ_ERR_CONFIG);
    assert_non_null(strstr(err.message, "charts"));
    kj_renderer_free(r);
    kj_layout_free(bad);

    /* A layout naming no sections (the built-in one) gets every part. */
    kj_layout *plain = kj_layout_default();
    assert_int_equal(kj_renderer_new(plain, &r, &err), KJ_OK);
    snprintf(path, sizeof path, "%s/plain.pdf", dir);
    const kj_incident *minato = find_incident(set, "みなと精機");
    assert_int_equal(kj_onepager_write(r, minato, NULL, path, &res, &err), KJ_OK);
    assert_int_equal(res.pages, 1);
    assert_false(res.overflow);
    /* (the built-in styles are larger than onepager.json's: what does not
     * fit is cut and marked, the summary keeps its lines) */
    assert_true(res.summary_lines >= 1 && (res.measures_shown >= 1 || res.shortened));
    kj_incident_set_free(set);
    kj_renderer_free(r);
    kj_layout_free(plain);
}

/* ------------------------------------------------------ a huge incident */

/* A release of the fictional 架空テスト工業's long chain: a long title, a
 * long opening, fifteen countermeasures. */
static kj_release *chain_release(int n)
{
    char path[128], text[16384];
    int day = 1 + n % 28, month = 1 + n / 28;
    snprintf(path, sizeof path, "2026/%02d/%02d_架空テスト工業株式会社.md", month, day);
    int len = snprintf(
        text, sizeof text,
        "# 公表概要\n"
        "- 当社グループの生産管理システムに対する不正アクセスによる情報流出の可能性と"
        "調査の経過、および今後の対応方針に関するお知らせ（第%d報）\n"
        "- 2026年%d月%d日\n"
        "- 架空テスト工業株式会社\n"
        "- "
        "https://www.kakuu-test.example.co.jp/news/2026/notice-%02d-with-a-rather-long-path.html\n"
        "\n# 事案ID\n- 2026-01-01-架空テスト工業株式会社\n"
        "\n# 本文\n",
        n + 1, month, day, n);
    for (int p = 0; p < 6; p++)
        len += snprintf(text + len, sizeof text - (size_t)len,
                        "当社は、架空の生産管理システムに対する第三者の不正アクセスについて、"
                        "外部の専門会社とともに調査を続けております。第%d段落では、"
                        "これまでに判明した事実と、お取引先様への影響の見通しをご説明いたします。"
                        "調査の結果は、まとまり次第あらためてお知らせいたします。\n\n",
                        p + 1);
    len += snprintf(text + len, sizeof text - (size_t)len, "## 再発防止策\n");
    for (int m = 0; m < 15; m++)
        len += snprintf(text + len, sizeof text - (size_t)len,
                        "- 第%d項：すべての拠点の外部接続機器について、多要素認証の導入と"
                        "設定の定期的な点検を行い、管理者アカウントの権限を見直します\n",
                        m + 1);
    kj_release *rel = kj_release_new(path, path);
    kj_parse_release(rel, text, (size_t)len);
    kj_capture_snippets(rel);
    rel->report.number = n + 1;
    rel->attack_types = (1u << KJ_ATTACK__COUNT) - 1;
    rel->victim_categories = (1u << KJ_VICTIM__COUNT) - 1;
    rel->data_types = (1u << (KJ_DATA__COUNT - 4)) - 1;
    rel->data_types_excluded = (1u << KJ_DATA__COUNT) - 1;
    rel->reported_to = (1u << KJ_AUTH__COUNT) - 1;
    rel->leak_status = KJ_LEAK_POSSIBLE;
    rel->affected_persons = 1234567 + n;
    rel->occurred = (kj_date){2025, 12, 20};
    rel->detected = (kj_date){2025, 12, 24};
    for (int e = 0; e < 3; e++)
        kj_release_add_event(rel, (kj_date){2026, (int8_t)month, (int8_t)(1 + (day + e) % 28)},
                             (kj_event_kind)(2 + (n + e) % 6),
                             "架空の出来事について述べた、表の一行には収まらないほど長い文で"
                             "あって、省略記号で切られることになる文章です。");
    kj_release_drop_text(rel);
    return rel;
}

/* Thirty releases, ninety events, fifteen countermeasures, every data type:
 * far more than a page; the page still holds, every cut marked. */
static void huge_incident_is_shortened_onto_one_page(void **state)
{
    (void)state;
    kj_release_set set = {0};
    for (int n = 0; n < 30; n++)
        kj_release_set_add(&set, chain_release(n));
    kj_incident_set *incidents = group(&set, false);
    assert_int_equal(incidents->n, 1);
    kj_onepager_result res;
    write_page(&incidents->items[0], NULL, "huge.pdf", &res);
    assert_int_equal(res.pages, 1);
    assert_false(res.overflow);
    assert_true(res.shortened);
    assert_int_equal(res.measures_found, 15);
    assert_true(res.measures_shown < 15);
    assert_true(res.events_total >= 30);
    assert_true(res.events_shown < res.events_total);
    kj_incident_set_free(incidents);
    kj_release_set_free(&set);
}

/* A status the newest release hedges after an earlier one confirmed the
 * leak: a notice's 可能性 leaves the leak found; the results of the
 * investigation revise it, and the page says what the earlier one stated. */
static void an_earlier_confirmation_is_noted(void **state)
{
    (void)state;
    kj_release_set set = {0};
    for (int n = 0; n < 3; n++)
        kj_release_set_add(&set, chain_release(n));
    set.items[1]->leak_status = KJ_LEAK_CONFIRMED;
    kj_incident_set *incidents = group(&set, false);
    assert_int_equal(incidents->n, 1);
    kj_arena *a = kj_arena_new();
    op_content *c = kj_op_content_build(&incidents->items[0], (kj_date){2026, 12, 31}, NULL, a);
    assert_non_null(c);
    assert_int_equal(c->facts.leak_status, KJ_LEAK_CONFIRMED);
    set.items[2]->report.final = true;
    kj_incident_set_free(incidents);
    incidents = group(&set, false);
    c = kj_op_content_build(&incidents->items[0], (kj_date){2026, 12, 31}, NULL, a);
    assert_int_equal(c->facts.leak_status, KJ_LEAK_POSSIBLE);
    assert_non_null(strstr(c->kpis[2].change, "2026年1月2日の公表では流出を確認"));
    /* a figure wholly confirmed says so, not 「可能性 0」 */
    set.items[2]->affected_persons_confirmed = set.items[2]->affected_persons;
    set.items[2]->leak_status = KJ_LEAK_CONFIRMED;
    kj_incident_set_free(incidents);
    incidents = group(&set, false);
    c = kj_op_content_build(&incidents->items[0], (kj_date){2026, 12, 31}, NULL, a);
    assert_string_equal(c->kpis[0].change, "全数の流出が確認された");
    /* not at a third party: said as what the text says, not 「記載なし」 */
    bool third_party_row = false;
    for (size_t i = 0; i < c->n_defs; i++)
        if (strcmp(c->defs[i].term, "第三者の関与") == 0) {
            third_party_row = true;
            assert_string_equal(c->defs[i].text,
                                c->facts.third_party
                                    ? "あり（委託先など第三者のもとで発生）"
                                    : "なし（第三者のもとで起きたとの記載はない）");
        }
    assert_true(third_party_row);
    /* the newest figure stated as 最大で延べ: the label over the number
     * says so; an earlier release's qualified figure, replaced, does not */
    set.items[2]->affected_qualifiers = KJ_FIGURE_AT_MOST | KJ_FIGURE_GROSS;
    kj_incident_set_free(incidents);
    incidents = group(&set, false);
    c = kj_op_content_build(&incidents->items[0], (kj_date){2026, 12, 31}, NULL, a);
    assert_int_equal(c->facts.affected_qualifiers, KJ_FIGURE_AT_MOST | KJ_FIGURE_GROSS);
    assert_non_null(strstr(c->kpis[0].label, "（最大・延べ）"));
    set.items[2]->affected_qualifiers = KJ_FIGURE_PROVISIONAL | KJ_FIGURE_MIXED_UNITS;
    kj_incident_set_free(incidents);
    incidents = group(&set, false);
    c = kj_op_content_build(&incidents->items[0], (kj_date){2026, 12, 31}, NULL, a);
    assert_non_null(strstr(c->kpis[0].label, "（暫定）（人と件の合計）"));
    set.items[2]->affected_qualifiers = 0;
    set.items[1]->affected_qualifiers = KJ_FIGURE_AT_MOST;
    kj_incident_set_free(incidents);
    incidents = group(&set, false);
    c = kj_op_content_build(&incidents->items[0], (kj_date){2026, 12, 31}, NULL, a);
    assert_int_equal(c->facts.affected_qualifiers, 0);
    assert_null(strstr(c->kpis[0].label, "（"));
    set.items[1]->affected_qualifiers = 0;
    /* confirmed newest: no note */
    set.items[2]->leak_status = KJ_LEAK_CONFIRMED;
    kj_incident_set_free(incidents);
    incidents = group(&set, false);
    c = kj_op_content_build(&incidents->items[0], (kj_date){2026, 12, 31}, NULL, a);
    assert_null(strstr(c->kpis[2].change, "の公表では"));
    kj_arena_free(a);
    kj_incident_set_free(incidents);
    kj_release_set_free(&set);
}

/* An earlier notice the text cites is shown as 「先の公表」, but not one
 * dated before the incident was detected: nobody announces what it has
 * not learnt, so such a date is a misreading. */
static void no_earlier_notice_before_the_detection(void **state)
{
    (void)state;
    kj_release_set set = {0};
    kj_release *rel = chain_release(0); /* detected 2025-12-24, published 2026-01-01 */
    kj_release_add_event(rel, (kj_date){2025, 11, 1}, KJ_EVENT_RELEASE, "運営終了のお知らせ");
    kj_release_set_add(&set, rel);
    kj_incident_set *incidents = group(&set, false);
    kj_arena *a = kj_arena_new();
    op_content *c = kj_op_content_build(&incidents->items[0], (kj_date){2026, 12, 31}, NULL, a);
    assert_null(strstr(c->kpis[3].change, "先の公表"));
    kj_arena_free(a);
    kj_incident_set_free(incidents);
    kj_release_set_free(&set);
    /* one after the detection is shown */
    set = (kj_release_set){0};
    rel = chain_release(0);
    kj_release_add_event(rel, (kj_date){2025, 12, 26}, KJ_EVENT_RELEASE, "第1報");
    kj_release_set_add(&set, rel);
    incidents = group(&set, false);
    a = kj_arena_new();
    c = kj_op_content_build(&incidents->items[0], (kj_date){2026, 12, 31}, NULL, a);
    assert_non_null(strstr(c->kpis[3].change, "2025年12月26日"));
    kj_arena_free(a);
    kj_incident_set_free(incidents);
    kj_release_set_free(&set);
}

/* A release of `org` on 2026-02-`day` whose facts the test sets. */
static kj_release *plain_release(const char *org, int day)
{
    char path[128], text[1024];
    snprintf(path, sizeof path, "2026/02/%02d_%s.md", day, org);
    int len = snprintf(text, sizeof text,
                       "# 公表概要\n- 不正アクセスについて\n- 2026年2月%d日\n- %s\n"
                       "- https://example.jp/%d\n\n# 本文\n本文です。\n",
                       day, org, day);
    kj_release *rel = kj_release_new(path, path);
    kj_parse_release(rel, text, (size_t)len);
    rel->attack_types = 1u << KJ_ATTACK_UNAUTHORIZED_ACCESS;
    rel->leak_status = KJ_LEAK_POSSIBLE;
    return rel;
}

/* Clients quoting the origin's total in round figures (約1,750万件): their
 * pages show the origin's own figure, as the wave line does. */
static void a_client_page_shows_the_origins_total(void **state)
{
    (void)state;
    kj_release_set set = {0};
    kj_release *origin = plain_release("株式会社みほん損保", 10);
    origin->affected_persons = 17480000;
    origin->affected_unit = KJ_AFFECTED_RECORDS;
    kj_release_set_add(&set, origin);
    const char *clients[] = {"株式会社あさひ代理店", "株式会社ゆうひ代理店"};
    for (int i = 0; i < 2; i++) {
        kj_release *rel = plain_release(clients[i], 11 + i);
        rel->third_party = true;
        rel->origin = "株式会社みほん損保";
        if (i == 0) {
            rel->affected_persons = 17500000;
            rel->affected_unit = KJ_AFFECTED_RECORDS;
            rel->figure_scope = KJ_SCOPE_ORIGIN_TOTAL;
        }
        kj_release_set_add(&set, rel);
    }
    kj_incident_set *incidents = group(&set, false);
    assert_int_equal(incidents->n_waves, 1);
    assert_int_equal(incidents->waves[0].origin_total, 17480000);
    kj_onepager_options opt = {.set = incidents};
    kj_arena *a = kj_arena_new();
    const kj_incident *client = find_incident(incidents, "あさひ代理店");
    op_content *c = kj_op_content_build(client, (kj_date){2026, 12, 31}, &opt, a);
    assert_string_equal(c->kpis[0].value, "17,480,000");
    assert_string_equal(c->kpis[0].label, "影響件数");
    kj_arena_free(a);
    kj_incident_set_free(incidents);
    kj_release_set_free(&set);
}

/* ------------------------------------------------------------ file names */

static void file_names_are_safe(void **state)
{
    (void)state;
    kj_incident inc = {.id = "2026-01-20-株式会社みなと精機"};
    char name[256];
    size_t n = kj_onepager_filename(&inc, name, sizeof name);
    assert_string_equal(name, "onepager-2026-01-20-株式会社みなと精機.pdf");
    assert_int_equal(n, strlen(name));

    inc.id = "2026-02-01-../../etc/A:B*C?";
    kj_onepager_filename(&inc, name, sizeof name);
    assert_null(strchr(name, '/'));
    assert_null(strchr(name, ':'));
    assert_null(strchr(name, '*'));
    assert_int_equal(strncmp(name, "onepager-", 9), 0);
    assert_string_equal(name + strlen(name) - 4, ".pdf");

    /* Cut to the size given, on a whole character, still ending in .pdf. */
    inc.id = "2026-03-01-株式会社とても長い名前の架空の会社のグループ会社の子会社";
    n = kj_onepager_filename(&inc, name, 48);
    assert_true(n < 48);
    assert_string_equal(name + n - 4, ".pdf");
    assert_true(kj_utf8_valid(name, n));
}

/* Names for one folder: where safe names meet, later incidents get -2, -3
 * …, never a name another page has, and long names keep .pdf. */
static void file_names_in_one_folder_are_distinct(void **state)
{
    (void)state;
    char long_id[400];
    memset(long_id, 'x', sizeof long_id - 1);
    long_id[sizeof long_id - 1] = '\0';
    memcpy(long_id, "2026-03-01-", 11);
    kj_incident inc[7];
    memset(inc, 0, sizeof inc);
    inc[0].id = "2026-01-20-A/B";   /* onepager-2026-01-20-A_B.pdf */
    inc[1].id = "2026-01-20-A:B";   /* meets [0] */
    inc[2].id = "2026-01-20-A_B-2"; /* already holds the first suffix */
    inc[3].id = "2026-01-20-A*B";   /* meets [0] again */
    inc[4].id = "2026-02-01-C";
    inc[5].id = long_id; /* cut to 255 bytes */
    inc[6].id = long_id;
    const kj_incident *list[7];
    for (size_t i = 0; i < 7; i++)
        list[i] = &inc[i];
    char **names = kj_onepager_filenames(list, 7);
    assert_string_equal(names[0], "onepager-2026-01-20-A_B.pdf");
    assert_string_equal(names[1], "onepager-2026-01-20-A_B-3.pdf");
    assert_string_equal(names[2], "onepager-2026-01-20-A_B-2.pdf");
    assert_string_equal(names[3], "onepager-2026-01-20-A_B-4.pdf");
    assert_string_equal(names[4], "onepager-2026-02-01-C.pdf");
    assert_true(strlen(names[5]) < 256);
    assert_true(strlen(names[6]) < 256);
    assert_string_equal(names[6] + strlen(names[6]) - 6, "-2.pdf");
    assert_string_not_equal(names[5], names[6]);
    kj_onepager_filenames_free(names, 7);
    kj_onepager_filenames_free(kj_onepager_filenames(list, 0), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sample_incidents_one_page_each),
        cmocka_unit_test(incident_as_of_a_day),
        cmocka_unit_test(output_is_deterministic),
        cmocka_unit_test(layout_with_unknown_section_is_refused),
        cmocka_unit_test(huge_incident_is_shortened_onto_one_page),
        cmocka_unit_test(an_earlier_confirmation_is_noted),
        cmocka_unit_test(a_client_page_shows_the_origins_total),
        cmocka_unit_test(no_earlier_notice_before_the_detection),
        cmocka_unit_test(file_names_are_safe),
        cmocka_unit_test(file_names_in_one_folder_are_distinct),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
