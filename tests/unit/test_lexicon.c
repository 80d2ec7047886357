/* Tests of the extraction lexicon: the built-in one loads, edited copies
 * replace it, and broken ones are reported at their line and column. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "kaiji/extract.h"
#include "kaiji/parse.h"
#include "kaiji/unconst.h"

static kj_lexicon *load(const char *json, kj_error *err)
{
    return kj_lexicon_load_buffer(json, strlen(json), "test.json", err);
}

/* Loading `json` fails with a message containing `want`. */
static void fails_with(const char *json, const char *want)
{
    kj_error err;
    kj_lexicon *lex = load(json, &err);
    if (lex || !strstr(err.message, want)) {
        fprintf(stderr, "lexicon %s\n  message: %s\n  wanted:  %s\n", json, err.message, want);
        kj_lexicon_free(lex);
        fail();
    }
    assert_int_equal(err.status, KJ_ERR_CONFIG);
}

static void builtin_lexicon_loads(void **state)
{
    (void)state;
    const kj_lexicon *lex = kj_lexicon_default();
    assert_non_null(lex);
    assert_true(kj_lexicon_size(lex) > 500);
    assert_ptr_equal(kj_lexicon_default(), lex); /* loaded once */
    /* the embedded text is the JSON it was built from */
    assert_non_null(strstr(kj_lexicon_default_text(), "\"attack_types\""));
    kj_error err;
    kj_lexicon *copy = kj_lexicon_load_buffer(kj_lexicon_default_text(),
                                              strlen(kj_lexicon_default_text()), "copy", &err);
    assert_non_null(copy);
    assert_int_equal(kj_lexicon_size(copy), kj_lexicon_size(lex));
    kj_lexicon_free(copy);
    /* the default is never freed: kj_lexicon_free() returns before writing */
    kj_lexicon_free(kj_unconst(lex));
}

static void syntax_errors_have_positions(void **state)
{
    (void)state;
    fails_with("{\"cues\": {\"leak\": [\"a\"\n  \"b\"]}}", "test.json:2:3:");
    fails_with("{\"cues\": {\"leak\": [\"a\", 3]}}", "test.json:1:25:");
    fails_with("{\"ignore\": [\"unterminated]}", "test.json:1:13: string not closed");
    fails_with("", "test.json:1:1:");
    fails_with("[]", "must be a JSON object");
    fails_with("{\"ignore\": []} extra", "test.json:1:16: text after the end");
    fails_with("{\"ignore\": [\"\\q\"]}", "bad escape");
    fails_with("{\"ignore\": [\"\\ud800\"]}", "unpaired surrogate");
    fails_with("{\"ignore\": [\"\xff\"]}", "not UTF-8");
}

static void unknown_names_have_positions(void **state)
{
    (void)state;
    fails_with("{\n  \"cues\": {\"lek\": [\"a\"]}\n}", "test.json:2:12: \"lek\" is not a cue");
    fails_with("{\"attack_types\": {\"ransom\": []}}", "\"ransom\" is not a value of attack_types");
    fails_with("{\"victims\": {}}", "unknown section \"victims\"");
    fails_with("{\"units\": {\"money\": [\"円\"]}}", "not a unit kind");
    fails_with("{\"ignore\": [\"a\"], \"ignore\": [\"b\"]}", "appears twice");
    fails_with("{\"ignore\": [\"  \"]}", "empty word");
    fails_with("{\"ignore\": \"a\"}", "must be a list of words");
}

static void words_are_normalised_and_merged(void **state)
{
    (void)state;
    kj_error err;
    /* a full-width word, a word listed twice with two meanings, an escape */
    kj_lexicon *lex = load(
        "{\"about\": {\"any\": [1, true, null, \"x\"]},"
        " \"data_types\": {\"credentials\": [\"ＩＤ\"]},"
        " \"cues\": {\"leak\": [\"流出\"], \"possible\": [\"流出\", \"\\u304a\\u305d\\u308c\"]}}",
        &err);
    assert_non_null(lex);
    /* ID and 流出 and おそれ: three distinct words */
    assert_int_equal(kj_lexicon_size(lex), 3);
    kj_lexicon_free(lex);
}

static void an_edited_lexicon_changes_the_facts(void **state)
{
    (void)state;
    static const char md[] =
        "# 公表概要\n- テスト事案について\n- 2026年3月2日\n- 株式会社テスト\n\n"
        "# 本文\n当社のサーバーがゾンビ化されました。\n";
    kj_error err;
    kj_lexicon *lex = load("{\"attack_types\": {\"unauthorized_access\": [\"ゾンビ化\"]}}", &err);
    assert_non_null(lex);
    kj_release *rel = kj_release_new("t.md", "2026/03/02_株式会社テスト.md");
    kj_parse_release(rel, md, sizeof md - 1);
    kj_extract_release(rel, NULL);
    assert_int_equal(rel->attack_types, 0); /* the built-in lexicon knows no ゾンビ化 */
    kj_extract_release(rel, lex);
    assert_true(KJ_SET_HAS(rel->attack_types, KJ_ATTACK_UNAUTHORIZED_ACCESS));
    kj_release_free(rel);
    kj_lexicon_free(lex);
}

static void files_load_and_fail_cleanly(void **state)
{
    (void)state;
    kj_error err;
    assert_null(kj_lexicon_load_file("/nonexistent/lexicon.json", &err));
    assert_int_equal(err.status, KJ_ERR_NOINPUT);
    char path[] = "/tmp/kaiji-lexicon-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("{\"ignore\": [\"なお\"]}\n", f);
    fclose(f);
    kj_lexicon *lex = kj_lexicon_load_file(path, &err);
    assert_non_null(lex);
    assert_int_equal(kj_lexicon_size(lex), 1);
    kj_lexicon_free(lex);
    remove(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(builtin_lexicon_loads),
        cmocka_unit_test(syntax_errors_have_positions),
        cmocka_unit_test(unknown_names_have_positions),
        cmocka_unit_test(words_are_normalised_and_merged),
        cmocka_unit_test(an_edited_lexicon_changes_the_facts),
        cmocka_unit_test(files_load_and_fail_cleanly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
