/* sample_releases.c — see sample_releases.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "kaiji/aggregate.h"
#include "kaiji/archive.h"
#include "kaiji/extract.h"
#include "sample_releases.h"

static json_t *expected; /* path → record */

static const char *sample_dir(void)
{
    const char *dir = getenv("SAMPLE");
    return dir && *dir ? dir : KAIJI_SOURCE_ROOT "/tests/sample-archive";
}

static void load_expected(void)
{
    if (expected)
        return;
    char path[4096];
    snprintf(path, sizeof path, "%s/expected.jsonl", sample_dir());
    FILE *f = fopen(path, "r");
    if (!f)
        fail_msg("cannot open %s", path);
    expected = json_object();
    char line[65536];
    while (fgets(line, sizeof line, f)) {
        json_error_t err;
        json_t *rec = json_loads(line, 0, &err);
        if (!rec)
            fail_msg("%s: %s", path, err.text);
        json_object_set_new(expected, json_string_value(json_object_get(rec, "path")), rec);
    }
    fclose(f);
}

static kj_set set_of(json_t *list, kj_vocab vocab)
{
    kj_set set = 0;
    size_t i;
    json_t *v;
    json_array_foreach(list, i, v)
    {
        int value = kj_vocab_lookup(vocab, json_string_value(v));
        if (value < 0)
            fail_msg("unknown value %s", json_string_value(v));
        KJ_SET_ADD(set, value);
    }
    return set;
}

static int64_t count_of(json_t *v)
{
    return json_is_integer(v) ? (int64_t)json_integer_value(v) : KJ_COUNT_NONE;
}

static kj_date date_of(json_t *v)
{
    return json_is_string(v) ? kj_date_parse_iso(json_string_value(v)) : KJ_DATE_NONE;
}

static void apply_facts(kj_release *rel, json_t *rec)
{
    json_t *report = json_object_get(rec, "report");
    rel->report.number = json_is_integer(json_object_get(report, "number"))
                             ? (int)json_integer_value(json_object_get(report, "number"))
                             : 0;
    rel->report.final = json_is_true(json_object_get(report, "final"));
    rel->attack_types = set_of(json_object_get(rec, "attack_types"), KJ_VOCAB_ATTACK);
    rel->third_party = json_is_true(json_object_get(rec, "third_party"));
    rel->leak_status = (kj_leak_status)kj_vocab_lookup(
        KJ_VOCAB_LEAK, json_string_value(json_object_get(rec, "leak_status")));
    rel->affected_persons = count_of(json_object_get(rec, "affected_persons"));
    rel->affected_persons_confirmed = count_of(json_object_get(rec, "affected_persons_confirmed"));
    rel->affected_organizations = count_of(json_object_get(rec, "affected_organizations"));
    rel->victim_categories = set_of(json_object_get(rec, "victim_categories"), KJ_VOCAB_VICTIM);
    rel->data_types = set_of(json_object_get(rec, "data_types"), KJ_VOCAB_DATA);
    rel->data_types_excluded = set_of(json_object_get(rec, "data_types_excluded"), KJ_VOCAB_DATA);
    rel->reported_to = set_of(json_object_get(rec, "reported_to"), KJ_VOCAB_AUTHORITY);
    rel->occurred = date_of(json_object_get(rec, "occurred"));
    rel->detected = date_of(json_object_get(rec, "detected"));
    const char *unit = json_string_value(json_object_get(rec, "affected_unit"));
    rel->affected_unit = KJ_AFFECTED_NONE;
    for (int u = 1; unit && u < KJ_AFFECTED__COUNT; u++)
        if (strcmp(unit, kj_affected_unit_name((kj_affected_unit)u)) == 0)
            rel->affected_unit = (kj_affected_unit)u;
    const char *scope = json_string_value(json_object_get(rec, "figure_scope"));
    rel->figure_scope = KJ_SCOPE_NONE;
    for (int k = 1; scope && k < KJ_SCOPE__COUNT; k++)
        if (strcmp(scope, kj_scope_name((kj_scope)k)) == 0)
            rel->figure_scope = (kj_scope)k;
    /* the release's arena owns what it points to */
    const char *origin = json_string_value(json_object_get(rec, "origin"));
    rel->origin = origin ? kj_arena_strdup(rel->arena, origin) : NULL;
    json_t *aliases = json_object_get(rec, "origin_aliases");
    rel->n_origin_aliases = json_array_size(aliases);
    rel->origin_aliases = NULL;
    if (rel->n_origin_aliases) {
        rel->origin_aliases = kj_arena_alloc(rel->arena, rel->n_origin_aliases * sizeof(char *));
        for (size_t i = 0; i < rel->n_origin_aliases; i++)
            rel->origin_aliases[i] =
                kj_arena_strdup(rel->arena, json_string_value(json_array_get(aliases, i)));
    }
}

const char *sample_expected_wave(const char *path)
{
    load_expected();
    return json_string_value(json_object_get(json_object_get(expected, path), "wave"));
}

/* The pipeline's reading of the text less extraction (its facts come from
 * expected.jsonl). */
static void cues_and_passages(kj_release *rel, void *ctx)
{
    (void)ctx;
    kj_scan_cues(rel);
    kj_capture_snippets(rel);
}

size_t sample_releases_load(kj_release_set *set)
{
    load_expected();
    const char *dir = sample_dir();
    kj_file_list list = {0};
    kj_error err;
    kj_error_clear(&err);
    if (kj_archive_collect(&dir, 1, &list, NULL, NULL, &err) != KJ_OK)
        fail_msg("%s", err.message);
    /* Only what the pipeline's hook does for kaiji, minus extraction: the
     * cues and the one-pagers' passages, then the facts-only compaction. */
    kj_load_options opt = {.threads = 1, .hook = cues_and_passages, .drop_text = true};
    for (size_t i = 0; i < list.n_files; i++) {
        kj_release *rel = kj_load_file(list.files[i].file, list.files[i].path, &opt);
        json_t *rec = json_object_get(expected, rel->path);
        if (!rec)
            fail_msg("%s has no record in expected.jsonl", rel->path);
        apply_facts(rel, rec);
        kj_release_set_add(set, rel);
    }
    kj_file_list_free(&list);
    if (set->n != json_object_size(expected))
        fail_msg("%zu sample files, %zu expected records", set->n, json_object_size(expected));
    return set->n;
}

const char *sample_expected_incident(const char *path)
{
    load_expected();
    return json_string_value(json_object_get(json_object_get(expected, path), "incident"));
}

void sample_releases_done(void)
{
    json_decref(expected);
    expected = NULL;
}
