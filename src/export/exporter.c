/*
 * exporter.c — streaming records out as JSON Lines, a JSON array or CSV.
 *
 * Each record is formatted into one reused buffer and written with one
 * fwrite, so an export of a large archive never holds more than one record
 * in memory and costs little beyond the parse itself.
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "export_internal.h"
#include "json_writer.h"
#include "kaiji/export.h"
#include "kaiji/text.h"

/* A record rendered before its incident id was known (kj_exporter_defer). */
typedef struct deferred {
    size_t start, insert, end; /* offsets in kj_exporter.held */
    char *incident;            /* set by kj_exporter_set_incident */
} deferred;

struct kj_exporter {
    FILE *out;
    kj_export_format format;
    unsigned flags;
    size_t count;
    kj_buf line;
    kj_buf field; /* CSV: one field before quoting */
    kj_buf held;  /* deferred records, back to back */
    deferred *deferred;
    size_t n_deferred, cap_deferred;
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
    return (ex->flags & KJ_EXPORT_EXCEL) ? "\r\n" : "\n";
}

kj_exporter *kj_exporter_new(FILE *out, kj_export_format format, unsigned flags)
{
    kj_exporter *ex = kj_xcalloc(1, sizeof *ex);
    ex->out = out;
    ex->format = format;
    ex->flags = flags;
    if (format == KJ_EXPORT_CSV) {
        if (flags & KJ_EXPORT_EXCEL)
            fputs("\xEF\xBB\xBF", out);
        for (size_t i = 0; i < sizeof csv_columns / sizeof csv_columns[0]; i++)
            fprintf(out, "%s%s", i ? "," : "", csv_columns[i]);
        fputs(line_end(ex), out);
    } else if (format == KJ_EXPORT_JSON) {
        fputs("[", out);
    }
    return ex;
}

/* RFC 4180: quote when needed, double the quotes inside.  Excel and
 * LibreOffice run a cell that starts with one of these as a formula
 * (=HYPERLINK(…) sends the reader's data away, DDE runs programs). */
void kj_csv_field(kj_buf *b, const char *s, bool no_formulas)
{
    size_t n = strlen(s);
    bool formula = no_formulas && n && strchr("=+-@\t\r", s[0]) != NULL;
    bool quote =
        formula || strpbrk(s, ",\"\r\n") != NULL || (n && (s[0] == ' ' || s[n - 1] == ' '));
    if (!quote) {
        kj_buf_append(b, s, n);
        return;
    }
    kj_buf_putc(b, '"');
    if (formula)
        kj_buf_putc(b, '\'');
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            kj_buf_putc(b, '"');
        kj_buf_putc(b, *p);
    }
    kj_buf_putc(b, '"');
}

static void csv_set(kj_buf *f, kj_vocab vocab, kj_set set)
{
    for (int v = 0; v < kj_vocab_size(vocab); v++) {
        if (!KJ_SET_HAS(set, v))
            continue;
        if (f->len)
            kj_buf_putc(f, ';');
        kj_buf_puts(f, kj_vocab_name(vocab, v));
    }
}

static void csv_date(kj_buf *f, kj_date d)
{
    char buf[11];
    kj_buf_puts(f, kj_date_format(d, buf));
}

static void csv_count(kj_buf *f, int64_t n)
{
    if (n != KJ_COUNT_NONE)
        kj_buf_printf(f, "%lld", (long long)n);
}

/* The text of CSV column `col` for `rel`, into `f` (emptied first). */
static void csv_column(kj_buf *f, int col, const kj_release *rel, const char *incident)
{
    const kj_overview *ov = &rel->overview;
    kj_buf_reset(f);
    kj_buf_puts(f, ""); /* f->data is never NULL below */
    switch (col) {
    case 0:
        kj_buf_puts(f, rel->path);
        break;
    case 1:
        csv_date(f, rel->published);
        break;
    case 2:
        for (size_t i = 0; i < ov->n_organizations; i++) {
            if (i)
                kj_buf_putc(f, ';');
            kj_buf_puts(f, ov->organizations[i]);
        }
        break;
    case 3:
        if (rel->report.number > 0)
            kj_buf_printf(f, "%d", rel->report.number);
        break;
    case 4:
        kj_buf_puts(f, rel->report.final ? "true" : "false");
        break;
    case 5:
        csv_set(f, KJ_VOCAB_ATTACK, rel->attack_types);
        break;
    case 6:
        kj_buf_puts(f, rel->third_party ? "true" : "false");
        break;
    case 7:
        kj_buf_puts(f, kj_vocab_name(KJ_VOCAB_LEAK, (int)rel->leak_status));
        break;
    case 8:
        csv_count(f, rel->affected_persons);
        break;
    case 9:
        csv_count(f, rel->affected_persons_confirmed);
        break;
    case 10:
        csv_count(f, rel->affected_organizations);
        break;
    case 11:
        csv_set(f, KJ_VOCAB_VICTIM, rel->victim_categories);
        break;
    case 12:
        csv_set(f, KJ_VOCAB_DATA, rel->data_types);
        break;
    case 13:
        csv_set(f, KJ_VOCAB_DATA, rel->data_types_excluded);
        break;
    case 14:
        csv_date(f, rel->occurred);
        break;
    case 15:
        csv_date(f, rel->detected);
        break;
    case 16:
        csv_set(f, KJ_VOCAB_AUTHORITY, rel->reported_to);
        break;
    case 17:
        kj_buf_puts(f, ov->title ? ov->title : "");
        break;
    case 18:
        kj_buf_puts(f, ov->source_url ? ov->source_url : "");
        break;
    case 19:
        kj_buf_puts(f, incident ? incident : "");
        break;
    }
}

/* Appends the record of `rel` to `b` as the format writes it; returns the
 * offset in `b` where an incident id learnt later goes: CSV, its last
 * column (before the line end); JSON, the `incident` entry before `events`. */
static size_t render(kj_exporter *ex, kj_buf *b, const kj_release *rel, const char *incident)
{
    size_t insert;
    if (ex->format == KJ_EXPORT_CSV) {
        for (int col = 0; col < (int)(sizeof csv_columns / sizeof csv_columns[0]); col++) {
            if (col)
                kj_buf_putc(b, ',');
            csv_column(&ex->field, col, rel, incident);
            kj_csv_field(b, ex->field.data, (ex->flags & KJ_EXPORT_NO_FORMULAS) != 0);
        }
        insert = b->len;
        kj_buf_puts(b, line_end(ex));
    } else {
        if (ex->format == KJ_EXPORT_JSON)
            kj_buf_puts(b, ex->count ? ",\n" : "\n");
        insert = kj_release_write_json(b, rel, incident, (ex->flags & KJ_EXPORT_EVIDENCE) != 0);
        if (ex->format == KJ_EXPORT_JSONL)
            kj_buf_putc(b, '\n');
    }
    ex->count++;
    return insert;
}

size_t kj_exporter_defer(kj_exporter *ex, const kj_release *rel)
{
    if (ex->n_deferred == ex->cap_deferred) {
        ex->cap_deferred = ex->cap_deferred ? ex->cap_deferred * 2 : 256;
        deferred *grown = kj_xrealloc(ex->deferred, ex->cap_deferred * sizeof *grown);
        ex->deferred = grown;
    }
    deferred *d = &ex->deferred[ex->n_deferred];
    d->start = ex->held.len;
    d->incident = NULL;
    d->insert = render(ex, &ex->held, rel, NULL);
    d->end = ex->held.len;
    return ex->n_deferred++;
}

void kj_exporter_set_incident(kj_exporter *ex, size_t record, const char *incident)
{
    if (record >= ex->n_deferred || !incident)
        return;
    free(ex->deferred[record].incident);
    ex->deferred[record].incident = kj_xstrdup(incident);
}

kj_status kj_exporter_add(kj_exporter *ex, const kj_release *rel, const char *incident)
{
    if (ex->n_deferred) {
        /* Keep the order: after deferred records, this one waits too. */
        kj_exporter_set_incident(ex, kj_exporter_defer(ex, rel), incident);
        return KJ_OK;
    }
    kj_buf *b = &ex->line;
    kj_buf_reset(b);
    render(ex, b, rel, incident);
    fwrite(b->data, 1, b->len, ex->out);
    return ferror(ex->out) ? KJ_ERR_IO : KJ_OK;
}

/* Writes the deferred records, each with its incident id in place. */
static void write_deferred(kj_exporter *ex)
{
    for (size_t i = 0; i < ex->n_deferred; i++) {
        deferred *d = &ex->deferred[i];
        fwrite(ex->held.data + d->start, 1, d->insert - d->start, ex->out);
        if (d->incident) {
            kj_buf *b = &ex->line;
            kj_buf_reset(b);
            if (ex->format == KJ_EXPORT_CSV) {
                kj_csv_field(b, d->incident, (ex->flags & KJ_EXPORT_NO_FORMULAS) != 0);
            } else {
                kj_buf_puts(b, ",\"incident\":\"");
                kj_jw_escape(b, d->incident);
                kj_buf_putc(b, '"');
            }
            fwrite(b->data, 1, b->len, ex->out);
        }
        fwrite(ex->held.data + d->insert, 1, d->end - d->insert, ex->out);
        free(d->incident);
    }
}

kj_status kj_exporter_finish(kj_exporter *ex)
{
    write_deferred(ex);
    if (ex->format == KJ_EXPORT_JSON)
        fputs(ex->count ? "\n]\n" : "]\n", ex->out);
    kj_status status = ferror(ex->out) ? KJ_ERR_IO : KJ_OK;
    kj_buf_free(&ex->line);
    kj_buf_free(&ex->field);
    kj_buf_free(&ex->held);
    free(ex->deferred);
    free(ex);
    return status;
}
