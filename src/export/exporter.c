/*
 * exporter.c — streaming records out as JSON Lines, a JSON array or CSV.
 *
 * Records are written as they come so an export of a large archive never
 * holds more than one record's JSON in memory.
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/export.h"
#include "kaiji/text.h"

struct kj_exporter {
    FILE *out;
    kj_export_format format;
    bool excel;
    size_t count;
    kj_buf line;
};

int kj_export_format_parse(const char *name)
{
    if (!name)
        return -1;
    if (strcmp(name, "jsonl") == 0)
        return KJ_EXPORT_JSONL;
    if (strcmp(name, "json") == 0)
        return KJ_EXPORT_JSON;
    if (strcmp(name, "csv") == 0)
        return KJ_EXPORT_CSV;
    return -1;
}

/* CSV columns: the schema's keys, lists joined with `;`, report split in two. */
static const char *const csv_columns[] = {"path",
                                          "published",
                                          "organizations",
                                          "report_number",
                                          "report_final",
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
                                          "title",
                                          "source_url",
                                          "incident"};

static const char *line_end(const kj_exporter *ex)
{
    return ex->excel ? "\r\n" : "\n";
}

kj_exporter *kj_exporter_new(FILE *out, kj_export_format format, bool excel)
{
    kj_exporter *ex = calloc(1, sizeof *ex);
    if (!ex)
        return NULL;
    ex->out = out;
    ex->format = format;
    ex->excel = excel;
    if (format == KJ_EXPORT_CSV) {
        if (excel)
            fputs("\xEF\xBB\xBF", out);
        for (size_t i = 0; i < sizeof csv_columns / sizeof csv_columns[0]; i++)
            fprintf(out, "%s%s", i ? "," : "", csv_columns[i]);
        fputs(line_end(ex), out);
    } else if (format == KJ_EXPORT_JSON) {
        fputs("[", out);
    }
    return ex;
}

/* RFC 4180: quote when needed, double the quotes inside. */
static void csv_field(kj_buf *b, const char *s)
{
    bool quote = strpbrk(s, ",\"\r\n") != NULL || (s[0] == ' ') || (*s && s[strlen(s) - 1] == ' ');
    if (!quote) {
        kj_buf_puts(b, s);
        return;
    }
    kj_buf_putc(b, '"');
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            kj_buf_putc(b, '"');
        kj_buf_putc(b, *p);
    }
    kj_buf_putc(b, '"');
}

/* A JSON value of a record as CSV text: strings bare, lists joined by `;`. */
static void csv_value(kj_buf *b, json_t *v)
{
    kj_buf tmp = {0};
    if (!v || json_is_null(v)) {
        kj_buf_puts(&tmp, "");
    } else if (json_is_string(v)) {
        kj_buf_puts(&tmp, json_string_value(v));
    } else if (json_is_integer(v)) {
        kj_buf_printf(&tmp, "%lld", (long long)json_integer_value(v));
    } else if (json_is_boolean(v)) {
        kj_buf_puts(&tmp, json_is_true(v) ? "true" : "false");
    } else if (json_is_array(v)) {
        size_t i;
        json_t *item;
        json_array_foreach(v, i, item)
        {
            if (i)
                kj_buf_putc(&tmp, ';');
            if (json_is_string(item))
                kj_buf_puts(&tmp, json_string_value(item));
        }
    }
    csv_field(b, tmp.data ? tmp.data : "");
    kj_buf_free(&tmp);
}

static void csv_record(kj_exporter *ex, json_t *rec)
{
    kj_buf *b = &ex->line;
    kj_buf_reset(b);
    json_t *report = json_object_get(rec, "report");
    for (size_t i = 0; i < sizeof csv_columns / sizeof csv_columns[0]; i++) {
        const char *col = csv_columns[i];
        if (i)
            kj_buf_putc(b, ',');
        if (strcmp(col, "report_number") == 0)
            csv_value(b, json_object_get(report, "number"));
        else if (strcmp(col, "report_final") == 0)
            csv_value(b, json_object_get(report, "final"));
        else
            csv_value(b, json_object_get(rec, col));
    }
    kj_buf_puts(b, line_end(ex));
    fwrite(b->data, 1, b->len, ex->out);
}

kj_status kj_exporter_add(kj_exporter *ex, const kj_release *rel, const char *incident)
{
    json_t *rec = kj_release_to_json(rel, incident);
    if (!rec)
        return KJ_ERR_SOFTWARE;
    int rc = 0;
    if (ex->format == KJ_EXPORT_CSV) {
        csv_record(ex, rec);
    } else {
        /* Dump into a reused buffer and write it in one piece: jansson's
         * FILE callback costs a locked fwrite per token. */
        size_t flags =
            JSON_PRESERVE_ORDER | (ex->format == KJ_EXPORT_JSON ? JSON_INDENT(2) : JSON_COMPACT);
        kj_buf *b = &ex->line;
        kj_buf_reset(b);
        if (ex->format == KJ_EXPORT_JSON)
            kj_buf_puts(b, ex->count ? ",\n" : "\n");
        size_t at = b->len;
        kj_buf_reserve(b, 4096);
        size_t room = b->cap - at - 1;
        size_t need = json_dumpb(rec, b->data + at, room, flags);
        if (need > room) { /* rare: a record larger than any before */
            kj_buf_reserve(b, need);
            need = json_dumpb(rec, b->data + at, need, flags);
        }
        if (need == 0) {
            rc = -1;
        } else {
            b->len = at + need;
            if (ex->format == KJ_EXPORT_JSONL)
                kj_buf_putc(b, '\n');
            fwrite(b->data, 1, b->len, ex->out);
        }
    }
    json_decref(rec);
    ex->count++;
    return rc == 0 && !ferror(ex->out) ? KJ_OK : KJ_ERR_IO;
}

kj_status kj_exporter_finish(kj_exporter *ex)
{
    if (ex->format == KJ_EXPORT_JSON)
        fputs(ex->count ? "\n]\n" : "]\n", ex->out);
    kj_status status = ferror(ex->out) ? KJ_ERR_IO : KJ_OK;
    kj_buf_free(&ex->line);
    free(ex);
    return status;
}
