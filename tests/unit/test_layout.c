/*
 * Tests of layout files: the shipped layouts load, and a broken one is
 * reported as FILE:LINE:COLUMN with the key at fault.
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

#include "kaiji/render.h"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/kaiji-layout-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd);
}

/* Writes `json` to a file of the scratch folder and returns its path. */
static const char *write_layout(const char *name, const char *json)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(json, f);
    fclose(f);
    return path;
}

/* Loading `json` fails with KJ_ERR_CONFIG and a message holding `want`. */
static void broken(const char *json, const char *want)
{
    const char *path = write_layout("broken.json", json);
    kj_layout *l = (kj_layout *)1;
    kj_error err;
    kj_status st = kj_layout_load(path, &l, &err);
    if (st != KJ_ERR_CONFIG || !strstr(err.message, want)) {
        fprintf(stderr, "status %d, message: %s\nwanted: %s\n", st, err.message, want);
        fail();
    }
    assert_null(l);
    /* every message starts with the file name */
    assert_memory_equal(err.message, path, strlen(path));
}

static void shipped_layouts_load(void **state)
{
    (void)state;
    static const char *const names[] = {"briefing", "onepager"};
    for (size_t i = 0; i < 2; i++) {
        kj_layout *l;
        kj_error err;
        assert_int_equal(kj_layout_load_named(names[i], NULL, &l, &err), KJ_OK);
        assert_string_equal(l->name, names[i]);
        assert_true(l->n_sections > 0);
        assert_true(l->page_width > 590 && l->page_width < 600); /* A4 portrait */
        assert_true(l->page_height > 840 && l->page_height < 843);
        kj_layout_free(l);
    }
}

static void defaults_are_complete(void **state)
{
    (void)state;
    kj_layout *l = kj_layout_default();
    for (int s = 0; s < KJ_STYLE__COUNT; s++) {
        assert_true(l->styles[s].size >= 6);
        assert_true(l->styles[s].line_height >= 1);
    }
    assert_true(l->n_palette >= 8);
    assert_string_equal(l->families[KJ_FONT_SANS][0], "BIZ UDPGothic");
    assert_string_equal(l->families[KJ_FONT_SERIF][0], "BIZ UDPMincho");
    assert_string_equal(l->families[KJ_FONT_SANS][1], "Noto Sans CJK JP"); /* the fallback */
    assert_true(kj_layout_columns_width(l, 12) == kj_layout_content_width(l));
    kj_layout_free(l);
}

static void partial_layouts_override_defaults(void **state)
{
    (void)state;
    const char *path = write_layout(
        "partial.json", "{\n"
                        "  \"page\": {\"size\": \"A4\", \"orientation\": \"landscape\"},\n"
                        "  \"colors\": {\"muted\": \"#112233\"},\n"
                        "  \"styles\": {\"body\": {\"size\": 11}}\n"
                        "}\n");
    kj_layout *l;
    kj_error err;
    assert_int_equal(kj_layout_load(path, &l, &err), KJ_OK);
    assert_true(l->page_width > l->page_height);
    assert_true(l->styles[KJ_STYLE_BODY].size == 11);
    assert_true(l->styles[KJ_STYLE_BODY].line_height == 1.75); /* kept */
    /* styles that use the muted colour follow it */
    assert_true(l->styles[KJ_STYLE_CHART].color.r > 0.066 &&
                l->styles[KJ_STYLE_CHART].color.r < 0.068);
    kj_layout_free(l);
}

static void syntax_errors_name_line_and_column(void **state)
{
    (void)state;
    broken("{\n  \"name\": \"x\",\n  \"page\": {\"size\": \"A4\",}\n}\n", "broken.json:3:");
    broken("{\n  \"name\": \"x\"\n  \"grid\": {}\n}\n", "broken.json:3:");
    broken("{\"name\": \"a\", \"name\": \"b\"}", "duplicate");
    broken("", "broken.json:");
}

static void type_errors_name_the_key_and_its_place(void **state)
{
    (void)state;
    broken("{\n"
           "  \"styles\": {\n"
           "    \"body\": {\"font\": \"serif\", \"size\": \"large\"}\n"
           "  }\n"
           "}\n",
           "broken.json:3:31: styles.body.size: expected a number, found a string");
    broken("{\n  \"palette\": [\"#000000\", \"#111111\", 12]\n}\n",
           "broken.json:2:37: palette[2]: expected a colour string, found a number");
    broken("{\"margins_mm\": {\"top\": true}}",
           "broken.json:1:17: margins_mm.top: expected a number, found true/false");
    broken("{\"sections\": \"summary\"}", "sections: expected an array");
    broken("[1, 2]", "broken.json:1:1: (top): expected an object, found an array");
}

static void unknown_keys_and_values_are_errors(void **state)
{
    (void)state;
    broken("{\n  \"colours\": {}\n}\n", "broken.json:2:3: colours: unknown key");
    broken("{\"styles\": {\"bdy\": {}}}", "styles.bdy: unknown key (expected one of: title");
    broken("{\"styles\": {\"body\": {\"font\": \"gothic\"}}}",
           "styles.body.font: 'gothic' is neither \"sans\" nor \"serif\"");
    broken("{\"colors\": {\"accent\": \"#12345\"}}", "colors.accent: '#12345' is not a colour");
    broken("{\"styles\": {\"h1\": {\"color\": \"purple\"}}}",
           "styles.h1.color: 'purple' is not a colour");
    broken("{\"page\": {\"size\": \"A7\"}}", "page.size: unknown paper size 'A7'");
    broken("{\"styles\": {\"body\": {\"size\": 200}}}", "styles.body.size: 200 is out of range");
    broken("{\"grid\": {\"columns\": 5.5}}", "grid.columns: expected a whole number");
    broken("{\"fonts\": {\"sans\": []}}", "fonts.sans: expected 1 to 6 family names");
    broken("{\"fonts\": {\"sans\": [\"sans-serif, Arial\"]}}",
           "fonts.sans[0]: 'sans-serif, Arial'");
    broken("{\"sections\": [\"summary\", \"summary\"]}",
           "sections[1]: section 'summary' is listed twice");
    broken("{\"margins_mm\": {\"left\": 100, \"right\": 100}}",
           "margins_mm: the margins leave no room");
}

static void unknown_sections_are_reported_by_the_page_builder(void **state)
{
    (void)state;
    const char *path = write_layout("sections.json", "{\n  \"sections\": [\n    \"summary\",\n"
                                                     "    \"charts\",\n    \"apendix\"\n  ]\n}\n");
    kj_layout *l;
    kj_error err;
    assert_int_equal(kj_layout_load(path, &l, &err), KJ_OK);
    static const char *const known[] = {"summary", "charts", "appendix"};
    assert_int_equal(kj_layout_check_sections(l, known, 3, &err), KJ_ERR_CONFIG);
    assert_non_null(
        strstr(err.message, "sections.json:5:5: sections[2]: unknown section 'apendix'"));
    assert_true(kj_layout_has_section(l, "charts"));
    assert_false(kj_layout_has_section(l, "appendix"));
    kj_layout_free(l);
}

static void missing_files_are_no_input(void **state)
{
    (void)state;
    kj_layout *l;
    kj_error err;
    assert_int_equal(kj_layout_load("/nonexistent/layout.json", &l, &err), KJ_ERR_NOINPUT);
    assert_non_null(strstr(err.message, "/nonexistent/layout.json"));
}

static void fonts_without_japanese_are_refused(void **state)
{
    (void)state;
    const char *path = write_layout(
        "fonts.json", "{\"fonts\": {\"serif\": [\"No Such Mincho\", \"Nor This One\"]}}");
    kj_layout *l;
    kj_error err;
    assert_int_equal(kj_layout_load(path, &l, &err), KJ_OK);
    kj_renderer *r = (kj_renderer *)1;
    assert_int_equal(kj_renderer_new(l, &r, &err), KJ_ERR_CONFIG);
    assert_null(r);
    assert_non_null(strstr(err.message, "no Japanese serif (Mincho) font found"));
    assert_non_null(strstr(err.message, "No Such Mincho, Nor This One"));
    assert_non_null(strstr(err.message, "fonts-noto-cjk"));
    kj_layout_free(l);
}

static void fallback_families_are_used(void **state)
{
    (void)state;
    const char *path = write_layout(
        "fallback.json", "{\"fonts\": {\"sans\": [\"No Such Gothic\", \"IPAexGothic\"]}}");
    kj_layout *l;
    kj_error err;
    assert_int_equal(kj_layout_load(path, &l, &err), KJ_OK);
    kj_renderer *r;
    assert_int_equal(kj_renderer_new(l, &r, &err), KJ_OK);
    assert_string_equal(kj_renderer_family(r, KJ_FONT_SANS), "IPAexGothic");
    kj_renderer_free(r);
    kj_layout_free(l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(shipped_layouts_load),
        cmocka_unit_test(defaults_are_complete),
        cmocka_unit_test(partial_layouts_override_defaults),
        cmocka_unit_test(syntax_errors_name_line_and_column),
        cmocka_unit_test(type_errors_name_the_key_and_its_place),
        cmocka_unit_test(unknown_keys_and_values_are_errors),
        cmocka_unit_test(unknown_sections_are_reported_by_the_page_builder),
        cmocka_unit_test(missing_files_are_no_input),
        cmocka_unit_test(fonts_without_japanese_are_refused),
        cmocka_unit_test(fallback_families_are_used),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
