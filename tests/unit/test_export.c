/* Tests of export records and the three output formats. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "kaiji/export.h"
#include "kaiji/parse.h"

static const char *schema_keys[] = {"path",
                                    "published",
                                    "organizations",
                                    "report",
                                    "attack_types",
                                    "third_party",
                                    "leak_status",
                                    "affected_persons",
                                    "affected_persons_confirmed",
                                    "affected_organizations",
                                    "victim_categories",
                                    "data_types",
                                    "data_types_excluded",
                                    "occurred",
                                    "detected",
                                    "reported_to",
                                    "events",
                                    "evidence"};

static kj_release *sample_release(void)
{
    static const char md[] = "# 公表概要\n- 題名, \"引用\"\n- 2026年2月10日\n- 甲社、乙社\n"
                             "- https://example.jp/a\n\n# 本文\n本文。\n";
    kj_release *rel = kj_release_new("x/2026/02/10_甲社.md", "2026/02/10_甲社.md");
    kj_parse_release(rel, md, sizeof md - 1);
    return rel;
}

static void record_has_every_schema_key(void **state)
{
    (void)state;
    kj_release *rel = sample_release();
    json_t *rec = kj_release_to_json(rel, NULL);
    for (size_t i = 0; i < sizeof schema_keys / sizeof schema_keys[0]; i++)
        assert_non_null(json_object_get(rec, schema_keys[i]));
    assert_null(json_object_get(rec, "incident"));
    assert_string_equal(json_string_value(json_object_get(rec, "published")), "2026-02-10");
    assert_true(json_is_null(json_object_get(rec, "affected_persons")));
    assert_true(json_is_null(json_object_get(json_object_get(rec, "report"), "number")));
    assert_int_equal(json_array_size(json_object_get(rec, "organizations")), 2);
    json_decref(rec);
    kj_release_free(rel);
}

static void facts_use_schema_spelling(void **state)
{
    (void)state;
    kj_release *rel = sample_release();
    KJ_SET_ADD(rel->attack_types, KJ_ATTACK_RANSOMWARE);
    KJ_SET_ADD(rel->attack_types, KJ_ATTACK_UNAUTHORIZED_ACCESS);
    KJ_SET_ADD(rel->data_types_excluded, KJ_DATA_CREDIT_CARD);
    rel->leak_status = KJ_LEAK_POSSIBLE;
    rel->affected_persons = 282000;
    rel->report.number = 2;
    rel->occurred = (kj_date){2026, 1, 0};
    kj_release_add_event(rel, (kj_date){2026, 1, 11}, KJ_EVENT_DETECTED, "同月11日に検知");
    kj_release_add_evidence(rel, KJ_FIELD_AFFECTED_PERSONS, "282000", "約28万2千件", "1. 概要");
    kj_record_grouping g = {.incident = "2026-01-20-甲社", .figure_scope = rel->figure_scope};
    json_t *rec = kj_release_to_json(rel, &g);
    json_t *types = json_object_get(rec, "attack_types");
    assert_string_equal(json_string_value(json_array_get(types, 0)), "ransomware");
    assert_string_equal(json_string_value(json_array_get(types, 1)), "unauthorized_access");
    assert_string_equal(
        json_string_value(json_array_get(json_object_get(rec, "data_types_excluded"), 0)),
        "credit_card");
    assert_string_equal(json_string_value(json_object_get(rec, "leak_status")), "possible");
    assert_int_equal(json_integer_value(json_object_get(rec, "affected_persons")), 282000);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(rec, "report"), "number")),
                     2);
    assert_string_equal(json_string_value(json_object_get(rec, "occurred")), "2026-01");
    json_t *ev = json_array_get(json_object_get(rec, "events"), 0);
    assert_string_equal(json_string_value(json_object_get(ev, "kind")), "detected");
    assert_string_equal(json_string_value(json_object_get(ev, "date")), "2026-01-11");
    json_t *evid = json_object_get(json_object_get(rec, "evidence"), "affected_persons");
    assert_string_equal(json_string_value(json_object_get(json_array_get(evid, 0), "sentence")),
                        "約28万2千件");
    assert_string_equal(json_string_value(json_object_get(rec, "incident")), "2026-01-20-甲社");
    json_decref(rec);
    kj_release_free(rel);
}

static char *export_text(kj_export_format format, bool excel, int copies)
{
    FILE *f = tmpfile();
    kj_exporter *ex = kj_exporter_new(f, format, excel ? KJ_EXPORT_EXCEL : 0);
    kj_release *rel = sample_release();
    for (int i = 0; i < copies; i++)
        assert_int_equal(kj_exporter_add(ex, rel, NULL), KJ_OK);
    assert_int_equal(kj_exporter_finish(ex), KJ_OK);
    kj_release_free(rel);
    long n = ftell(f);
    rewind(f);
    char *text = calloc(1, (size_t)n + 1);
    assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    return text;
}

static void jsonl_json_and_csv(void **state)
{
    (void)state;
    char *jsonl = export_text(KJ_EXPORT_JSONL, false, 2);
    assert_non_null(strchr(jsonl, '\n'));
    assert_ptr_equal(strchr(jsonl, '\n') + 1 + strcspn(strchr(jsonl, '\n') + 1, "\n"),
                     jsonl + strlen(jsonl) - 1);
    free(jsonl);

    char *json = export_text(KJ_EXPORT_JSON, false, 3);
    json_error_t jerr;
    json_t *arr = json_loads(json, 0, &jerr);
    assert_non_null(arr);
    assert_int_equal(json_array_size(arr), 3);
    json_decref(arr);
    free(json);
    json = export_text(KJ_EXPORT_JSON, false, 0);
    arr = json_loads(json, 0, &jerr);
    assert_int_equal(json_array_size(arr), 0);
    json_decref(arr);
    free(json);

    char *csv = export_text(KJ_EXPORT_CSV, false, 1);
    assert_memory_equal(csv, "path,published,organizations,", 29);
    /* the title holds a comma and quotes: quoted, quotes doubled */
    assert_non_null(strstr(csv, "\"題名, \"\"引用\"\"\""));
    assert_non_null(strstr(csv, ",甲社;乙社,"));
    free(csv);
    char *excel = export_text(KJ_EXPORT_CSV, true, 1);
    assert_memory_equal(excel, "\xEF\xBB\xBFpath,", 8);
    assert_non_null(strstr(excel, "\r\n"));
    free(excel);
}

/* CSV injection (OWASP): with KJ_EXPORT_NO_FORMULAS a field a spreadsheet
 * would run starts with a single quote inside its quotes; without it the
 * text is kept as written. */
static char *csv_of(kj_release *rel, unsigned flags, bool defer, const char *incident)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    kj_exporter *ex = kj_exporter_new(f, KJ_EXPORT_CSV, flags);
    kj_record_grouping g = {.incident = incident};
    if (defer)
        kj_exporter_set_grouping(ex, kj_exporter_defer(ex, rel), &g);
    else
        assert_int_equal(kj_exporter_add(ex, rel, incident ? &g : NULL), KJ_OK);
    assert_int_equal(kj_exporter_finish(ex), KJ_OK);
    fclose(f);
    return text;
}

static void csv_formulas_are_not_run(void **state)
{
    (void)state;
    kj_release *rel = sample_release();
    static const char *const formulas[] = {"=HYPERLINK(\"https://evil.example/\",\"x\")",
                                           "+1+2",
                                           "-2+3",
                                           "@SUM(A1)",
                                           "\tcmd",
                                           "\rcmd"};
    static const char *const written[] = {
        "\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"x\"\")\"",
        "\"'+1+2\"",
        "\"'-2+3\"",
        "\"'@SUM(A1)\"",
        "\"'\tcmd\"",
        "\"'\rcmd\""};
    const char *orgs[] = {"=1+1", "乙社"};
    rel->overview.organizations = orgs;
    rel->overview.n_organizations = 2;
    for (size_t i = 0; i < sizeof formulas / sizeof formulas[0]; i++) {
        rel->overview.title = formulas[i];
        for (int defer = 0; defer < 2; defer++) {
            char *csv = csv_of(rel, KJ_EXPORT_EXCEL | KJ_EXPORT_NO_FORMULAS, defer, "=id");
            char want[128];
            snprintf(want, sizeof want, ",%s,", written[i]);
            if (!strstr(csv, want))
                fail_msg("%s: no %s in %s", formulas[i], want, csv);
            assert_non_null(strstr(csv, ",\"'=1+1;乙社\","));
            /* the grouping columns close the row: incident, wave, knock_on, scope */
            assert_non_null(strstr(csv, ",\"'=id\",,false,\r\n"));
            free(csv);
        }
        char *plain = csv_of(rel, 0, false, NULL);
        assert_null(strstr(plain, "'"));
        free(plain);
    }
    /* A quote, a minus or an at sign further in is no formula. */
    rel->overview.title = "題名 = A-B @ 甲";
    char *csv = csv_of(rel, KJ_EXPORT_EXCEL | KJ_EXPORT_NO_FORMULAS, false, NULL);
    assert_non_null(strstr(csv, ",題名 = A-B @ 甲,"));
    free(csv);
    kj_release_free(rel);
}

static void strings_are_escaped_and_valid(void **state)
{
    (void)state;
    static const char md[] = "# 公表概要\n- 題名 \"引用\" \\ 終\n- 2026年2月10日\n- 甲社\n";
    /* a file name that is not UTF-8 must still give valid JSON */
    kj_release *rel = kj_release_new("x/2026/02/10_\xff.md", "2026/02/10_\xff.md");
    kj_parse_release(rel, md, sizeof md - 1);
    kj_release_add_event(rel, (kj_date){2026, 2, 1}, KJ_EVENT_OTHER, "tab\there\x01 and\nnewline");
    json_t *rec = kj_release_to_json(rel, NULL);
    assert_non_null(rec);
    assert_string_equal(json_string_value(json_object_get(rec, "title")), "題名 \"引用\" \\ 終");
    assert_string_equal(json_string_value(json_object_get(rec, "path")), "2026/02/10_\uFFFD.md");
    json_t *ev = json_array_get(json_object_get(rec, "events"), 0);
    assert_string_equal(json_string_value(json_object_get(ev, "evidence")),
                        "tab\there\x01 and\nnewline");
    json_decref(rec);
    kj_release_free(rel);
}

/* Strings are checked for UTF-8 while they are escaped: one that goes
 * wrong after a long valid stretch is written again from its start, with
 * U+FFFD for each bad byte only. */
static void a_late_bad_byte_is_replaced_alone(void **state)
{
    (void)state;
    static const char md[] = "# 公表概要\n- 題名\n- 2026年2月10日\n- 甲社\n";
    kj_release *rel = kj_release_new("x/2026/02/10_甲社.md", "2026/02/10_甲社.md");
    kj_parse_release(rel, md, sizeof md - 1);
    kj_release_add_event(rel, (kj_date){2026, 2, 1}, KJ_EVENT_OTHER,
                         "不正アクセス \"確認\" \xE3\x81 後\xED\xA0\x80末");
    json_t *rec = kj_release_to_json(rel, NULL);
    assert_non_null(rec);
    json_t *ev = json_array_get(json_object_get(rec, "events"), 0);
    assert_string_equal(json_string_value(json_object_get(ev, "evidence")),
                        "不正アクセス \"確認\" \uFFFD\uFFFD 後\uFFFD\uFFFD\uFFFD末");
    json_decref(rec);
    kj_release_free(rel);
}

/* The export with ids known up front, or each record deferred and its id
 * set later (what `kaiji export` does): the same bytes in every format. */
static char *export_with_ids(kj_export_format format, unsigned flags, bool defer)
{
    static const char md[] = "# 公表概要\n- 題名, \"引用\" \\ 終\n- 2026年2月10日\n- 甲社\n\n"
                             "# 本文\n本文。\n";
    kj_release *rel = kj_release_new("x/2026/02/10_甲社.md", "2026/02/10_甲社.md");
    kj_parse_release(rel, md, sizeof md - 1);
    kj_release_add_event(rel, (kj_date){2026, 2, 1}, KJ_EVENT_OTHER,
                         "quoted ,\"events\":[ inside a string");
    static const char *const ids[] = {"2026-02-10-甲社", "id \"with\", comma", "2026-02-10-甲社-2"};
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    kj_exporter *ex = kj_exporter_new(f, format, flags);
    static const char *const waves[] = {NULL, "wave-2026-02-10-乙社", NULL};
    kj_record_grouping g[3];
    for (size_t i = 0; i < 3; i++)
        g[i] = (kj_record_grouping){ids[i], waves[i], i == 1,
                                    i == 1 ? KJ_SCOPE_ORIGIN_TOTAL : KJ_SCOPE_NONE};
    for (size_t i = 0; i < 3; i++) {
        if (defer)
            assert_int_equal(kj_exporter_defer(ex, rel), i);
        else
            assert_int_equal(kj_exporter_add(ex, rel, &g[i]), KJ_OK);
    }
    if (defer)
        for (size_t i = 3; i-- > 0;)
            kj_exporter_set_grouping(ex, i, &g[i]);
    assert_int_equal(kj_exporter_finish(ex), KJ_OK);
    fclose(f);
    kj_release_free(rel);
    return text;
}

static void deferred_ids_write_the_same_bytes(void **state)
{
    (void)state;
    const struct {
        kj_export_format format;
        unsigned flags;
    } cases[] = {{KJ_EXPORT_JSONL, 0},
                 {KJ_EXPORT_JSONL, KJ_EXPORT_EVIDENCE},
                 {KJ_EXPORT_JSON, 0},
                 {KJ_EXPORT_CSV, 0},
                 {KJ_EXPORT_CSV, KJ_EXPORT_EXCEL}};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        char *direct = export_with_ids(cases[c].format, cases[c].flags, false);
        char *deferred = export_with_ids(cases[c].format, cases[c].flags, true);
        assert_string_equal(direct, deferred);
        assert_non_null(strstr(direct, "2026-02-10-甲社-2"));
        free(direct);
        free(deferred);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(deferred_ids_write_the_same_bytes),
        cmocka_unit_test(record_has_every_schema_key),
        cmocka_unit_test(facts_use_schema_spelling),
        cmocka_unit_test(jsonl_json_and_csv),
        cmocka_unit_test(csv_formulas_are_not_run),
        cmocka_unit_test(strings_are_escaped_and_valid),
        cmocka_unit_test(a_late_bad_byte_is_replaced_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
