/*
 * fuzz_release.c — any bytes, read as a release file, give a well-formed
 * record.
 *
 * The bytes go the way a file's do in the pipeline (kj_decode, then
 * kj_parse_release) and the release becomes a schema record.  An input
 * whose first line is `PATH:…` names the file's archive path (any bytes,
 * so odd file names are fuzzed too); otherwise a fixed path is used.
 */
#include <string.h>

#include <jansson.h>

#include "fuzz.h"
#include "kaiji/aggregate.h"
#include "kaiji/kaiji.h"
#if __has_include("kaiji/extract.h")
#include "kaiji/extract.h" /* once the extract stage is on main, it runs too */
#define HAVE_EXTRACT 1
#endif

static void check_text(const kj_text *t)
{
    FUZZ_CHECK(t->raw && t->norm);
    FUZZ_CHECK(strlen(t->raw) == t->raw_len);
    FUZZ_CHECK(strlen(t->norm) == t->norm_len);
    FUZZ_CHECK(kj_utf8_valid(t->raw, t->raw_len));
    FUZZ_CHECK(kj_utf8_valid(t->norm, t->norm_len));
}

static void check_release(const kj_release *rel)
{
    const kj_document *doc = &rel->doc;
    for (size_t i = 0; i < doc->n_blocks; i++) {
        const kj_block *b = &doc->blocks[i];
        check_text(&b->text);
        FUZZ_CHECK(b->section >= -1 && b->section < (int32_t)doc->n_sections);
        FUZZ_CHECK(b->table < doc->n_tables);
        FUZZ_CHECK(b->list_item < doc->n_list_items);
        FUZZ_CHECK((b->kind == KJ_BLOCK_HEADING) == (b->heading_level != 0));
    }
    for (size_t i = 0; i < doc->n_sections; i++) {
        const kj_section *s = &doc->sections[i];
        FUZZ_CHECK(s->parent < (int32_t)i);
        FUZZ_CHECK(s->level >= 1 && s->level <= 6);
        FUZZ_CHECK(s->heading_block >= 0 && (size_t)s->heading_block < doc->n_blocks);
        FUZZ_CHECK(s->path && kj_utf8_valid(s->path, strlen(s->path)));
    }
    const kj_overview *ov = &rel->overview;
    FUZZ_CHECK(!kj_date_is_set(rel->published) || kj_date_is_valid(rel->published));
    /* Facts, once extracted: counts never negative nor wrapped, dates real. */
    const int64_t counts[] = {rel->affected_persons, rel->affected_persons_confirmed,
                              rel->affected_organizations};
    for (size_t i = 0; i < 3; i++)
        FUZZ_CHECK(counts[i] == KJ_COUNT_NONE || (counts[i] >= 0 && counts[i] < INT64_C(1) << 53));
    FUZZ_CHECK(!kj_date_is_set(rel->occurred) || kj_date_is_valid(rel->occurred));
    FUZZ_CHECK(!kj_date_is_set(rel->detected) || kj_date_is_valid(rel->detected));
    for (size_t i = 0; i < rel->n_events; i++)
        FUZZ_CHECK(!kj_date_is_set(rel->events[i].date) || kj_date_is_valid(rel->events[i].date));
    FUZZ_CHECK(!ov->source_url || kj_url_is_web(ov->source_url));
    for (size_t i = 0; i < ov->n_links; i++)
        FUZZ_CHECK(kj_url_is_web(ov->links[i].url));
    for (size_t i = 0; i < ov->n_organizations; i++)
        FUZZ_CHECK(ov->organizations[i][0] != '\0');
    for (size_t i = 0; i < rel->n_diags; i++)
        FUZZ_CHECK(rel->diags[i].message != NULL);
}

/*
 * The record has every key a record can have — those of an empty release's
 * record, whatever keys the schema grows — and its text is valid JSON.
 */
static char *check_record(const kj_release *rel)
{
    static json_t *reference;
    if (!reference) {
        kj_release *empty = kj_release_new("x", "2026/01/01_x.md");
        reference = kj_release_to_json(empty, NULL);
        kj_release_free(empty);
    }
    json_t *rec = kj_release_to_json(rel, NULL);
    FUZZ_CHECK(rec != NULL);
    const char *key;
    json_t *value;
    json_object_foreach(reference, key, value)
    {
        json_t *got = json_object_get(rec, key);
        FUZZ_CHECK(got != NULL);
        if (json_is_array(value) || json_is_object(value) || json_is_string(value))
            FUZZ_CHECK(json_typeof(got) == json_typeof(value));
    }
    FUZZ_CHECK(json_array_size(json_object_get(rec, "organizations")) ==
               rel->overview.n_organizations);
    FUZZ_CHECK(json_array_size(json_object_get(rec, "links")) == rel->overview.n_links);
    char *dump = json_dumps(rec, JSON_COMPACT | JSON_PRESERVE_ORDER);
    FUZZ_CHECK(dump != NULL);
    json_decref(rec);
    json_error_t error;
    json_t *again = json_loads(dump, 0, &error);
    FUZZ_CHECK(again != NULL);
    json_decref(again);
    return dump;
}

/*
 * Counts the fields of each CSV row (RFC 4180: quoted fields may hold
 * commas, doubled quotes and line breaks).  Returns the number of rows, or
 * -1 when a quote is left open or rows differ in width.
 */
static long csv_rows(const char *s, size_t len, size_t *width)
{
    long rows = 0;
    size_t fields = 1;
    *width = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"') {
            for (i++; i < len; i++) {
                if (s[i] == '"' && i + 1 < len && s[i + 1] == '"')
                    i++;
                else if (s[i] == '"')
                    break;
            }
            if (i >= len)
                return -1;
        } else if (s[i] == ',') {
            fields++;
        } else if (s[i] == '\n') {
            if (*width && fields != *width)
                return -1;
            *width = fields;
            fields = 1;
            rows++;
        }
    }
    return rows;
}

/* The CSV writer quotes whatever a release holds: one row as wide as the
 * header, valid UTF-8. */
static void check_csv(const kj_release *rel)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    FUZZ_CHECK(out != NULL);
    kj_exporter *ex = kj_exporter_new(out, KJ_EXPORT_CSV, KJ_EXPORT_EXCEL);
    FUZZ_CHECK(ex != NULL);
    FUZZ_CHECK(kj_exporter_add(ex, rel, NULL) == KJ_OK);
    FUZZ_CHECK(kj_exporter_finish(ex) == KJ_OK);
    FUZZ_CHECK(fclose(out) == 0);
    FUZZ_CHECK(kj_utf8_valid(buf, len));
    size_t width;
    FUZZ_CHECK(csv_rows(buf, len, &width) == 2);
    free(buf);
}

/* Grouping reads the release's cues and names: one incident holding it,
 * with a one-line UTF-8 id and distinct organisations. */
static void check_incident(const kj_release *rel)
{
    const kj_release *one[] = {rel};
    kj_group_options options;
    kj_group_options_default(&options);
    kj_incident_set *set = kj_incidents_group(one, 1, &options);
    FUZZ_CHECK(set != NULL);
    const kj_incident *inc = kj_incident_of(set, 0);
    FUZZ_CHECK(inc && inc->n_members == 1 && inc->members[0].release == rel);
    FUZZ_CHECK(inc->id && inc->id[0] && kj_utf8_valid(inc->id, strlen(inc->id)));
    FUZZ_CHECK(strpbrk(inc->id, "\n\r") == NULL);
    FUZZ_CHECK(inc->n_organizations <= rel->overview.n_organizations);
    kj_incident_set_free(set);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *path = NULL;
    const char *bytes = (const char *)data;
    if (size >= 5 && memcmp(data, "PATH:", 5) == 0) {
        const char *nl = memchr(bytes, '\n', size);
        size_t end = nl ? (size_t)(nl - bytes) : size;
        path = strndup(bytes + 5, end - 5);
        FUZZ_CHECK(path != NULL);
        size_t skip = nl ? end + 1 : size;
        bytes += skip;
        size -= skip;
    }
    char *text;
    size_t len;
    kj_encoding enc = kj_decode(bytes, size, &text, &len);
    FUZZ_CHECK((enc == KJ_ENCODING_INVALID) == (text == NULL));
    if (!text) {
        free(path);
        return 0;
    }
    FUZZ_CHECK(strlen(text) <= len && text[len] == '\0');
    FUZZ_CHECK(kj_utf8_valid(text, len));

    const char *p = path && *path ? path : "2026/01/05_株式会社テスト.md";
    kj_release *rel = kj_release_new(p, p);
    kj_parse_release(rel, text, len);
    free(text);
    /* What the pipeline reads on a worker: the facts, then the cues. */
#ifdef HAVE_EXTRACT
    kj_extract_release(rel, NULL);
#endif
    kj_scan_cues(rel);
    check_release(rel);
    check_incident(rel);
    char *full = check_record(rel);
    check_csv(rel);

    /* Compacting a release keeps every fact: the record must not change. */
    rel = kj_release_compact(rel);
    char *compact = check_record(rel);
    FUZZ_CHECK(strcmp(full, compact) == 0);

    free(full);
    free(compact);
    kj_release_free(rel);
    free(path);
    return 0;
}
