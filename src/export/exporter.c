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

/* A record rendered before its grouping was known (kj_exporter_defer). */
typedef struct deferred {
    size_t start, insert, end;   /* offsets in kj_exporter.held */
    kj_scope own_scope;          /* the release's figure_scope, when never grouped */
    kj_record_grouping grouping; /* set by kj_exporter_set_grouping */
    char *incident, *wave;       /* owned copies that grouping's strings point to */
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
    const kj_listed *listed; /* adds the `listed` key / column when set */
};

bool kj_export_format_parse(const char *name, kj_export_format *format)
{
    if (!name)
        return false;
    if (strcmp(name, "jsonl") == 0)
        *format = KJ_EXPORT_JSONL;
    else if (strcmp(name, "json") == 0)
        *format = KJ_EXPORT_JSON;
    else if (strcmp(name, "csv") == 0)
        *format = KJ_EXPORT_CSV;
    else
        return false;
    return true;
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
                                          "affected_unit",
                                          "origin",
                                          "incident",
                                          "wave",
                                          "knock_on",
                                          "figure_scope"};

/* The grouping columns close the row, so that a record rendered before
 * grouping gets them at its end. */
#define CSV_GROUPING_COLUMNS 4

static const char *line_end(const kj_exporter *ex)
{
    return (ex->flags & KJ_EXPORT_EXCEL) ? "\r\n" : "\n";
}

kj_exporter *kj_exporter_new(FILE *out, kj_export_format format, unsigned flags)
{
    return kj_exporter_new_listed(out, format, flags, NULL);
}

kj_exporter *kj_exporter_new_listed(FILE *out, kj_export_format format, unsigned flags,
                                    const kj_listed *listed)
{
    kj_exporter *ex = kj_xcalloc(1, sizeof *ex);
    ex->out = out;
    ex->format = format;
    ex->flags = flags;
    ex->listed = listed;
    if (format == KJ_EXPORT_CSV) {
        if (flags & KJ_EXPORT_EXCEL)
            fputs("\xEF\xBB\xBF", out);
        size_t n = sizeof csv_columns / sizeof csv_columns[0];
        for (size_t i = 0; i < n; i++) {
            if (listed && i == n - CSV_GROUPING_COLUMNS)
                fputs(",listed", out);
            fprintf(out, "%s%s", i ? "," : "", csv_columns[i]);
        }
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
static void csv_column(kj_buf *f, int col, const kj_release *rel)
{
    const kj_overview *ov = &rel->overview;
    kj_buf_reset(f);
    kj_buf_puts(f, ""); /* f->data is never NULL below */
    switch (col) {
    case 0:
        kj_buf_puts(f, rel->path);
        break;
    case 1:
        csv_date(f, kj_release_schema_date(rel));
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
        if (rel->affected_unit != KJ_AFFECTED_NONE)
            kj_buf_puts(f, kj_affected_unit_name(rel->affected_unit));
        break;
    case 20:
        kj_buf_puts(f, rel->origin ? rel->origin : "");
        break;
    }
}

/* The grouping columns of a CSV row, each after a comma. */
static void csv_grouping(kj_exporter *ex, kj_buf *b, const kj_record_grouping *g, kj_scope own)
{
    const char *scope = kj_scope_name(g ? g->figure_scope : own);
    const char *cells[CSV_GROUPING_COLUMNS] = {
        g && g->incident ? g->incident : "", g && g->wave ? g->wave : "",
        g && g->incident ? (g->knock_on ? "true" : "false") : "", scope ? scope : ""};
    for (int i = 0; i < CSV_GROUPING_COLUMNS; i++) {
        kj_buf_putc(b, ',');
        kj_buf_reset(&ex->field);
        kj_buf_puts(&ex->field, cells[i]);
        kj_csv_field(b, ex->field.data, (ex->flags & KJ_EXPORT_NO_FORMULAS) != 0);
    }
}

/* Appends the record of `rel` to `b` as the format writes it, with its
 * grouping unless `later`; returns the offset in `b` where the grouping
 * goes: CSV, its last columns (before the line end); JSON, the entries
 * before `events`. */
static size_t render(kj_exporter *ex, kj_buf *b, const kj_release *rel,
                     const kj_record_grouping *grouping, bool later)
{
    size_t insert;
    if (ex->format == KJ_EXPORT_CSV) {
        int columns = (int)(sizeof csv_columns / sizeof csv_columns[0]) - CSV_GROUPING_COLUMNS;
        for (int col = 0; col < columns; col++) {
            if (col)
                kj_buf_putc(b, ',');
            kj_buf_reset(&ex->field);
            csv_column(&ex->field, col, rel);
            kj_csv_field(b, ex->field.data, (ex->flags & KJ_EXPORT_NO_FORMULAS) != 0);
        }
        if (ex->listed) {
            /* `9001 みなと精機 プライム（内国株式） 機械`, `; ` between organisations */
            kj_buf_reset(&ex->field);
            for (size_t o = 0; o < rel->overview.n_organizations; o++) {
                const kj_listed_entry *e =
                    kj_listed_match(ex->listed, rel->overview.organizations[o]);
                if (!e)
                    continue;
                const char *industry = kj_listed_industry(e);
                kj_buf_printf(&ex->field, "%s%s %s %s%s%s", ex->field.len ? "; " : "", e->code,
                              e->name, e->market, industry ? " " : "", industry ? industry : "");
            }
            kj_buf_putc(b, ',');
            kj_csv_field(b, ex->field.data ? ex->field.data : "",
                         (ex->flags & KJ_EXPORT_NO_FORMULAS) != 0);
        }
        insert = b->len;
        if (!later)
            csv_grouping(ex, b, grouping, rel->figure_scope);
        kj_buf_puts(b, line_end(ex));
    } else {
        if (ex->format == KJ_EXPORT_JSON)
            kj_buf_puts(b, ex->count ? ",\n" : "\n");
        insert =
            kj_release_write_json(b, rel, grouping, later, (ex->flags & KJ_EXPORT_EVIDENCE) != 0);
        if (ex->listed) {
            b->len--; /* the record's closing brace */
            kj_write_listed_json(b, rel, ex->listed);
            kj_buf_putc(b, '}');
        }
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
    memset(d, 0, sizeof *d);
    d->start = ex->held.len;
    d->own_scope = rel->figure_scope;
    d->insert = render(ex, &ex->held, rel, NULL, true);
    d->end = ex->held.len;
    return ex->n_deferred++;
}

static char *copy_or_null(const char *s)
{
    return s ? kj_xstrdup(s) : NULL;
}

void kj_exporter_set_grouping(kj_exporter *ex, size_t record, const kj_record_grouping *grouping)
{
    if (record >= ex->n_deferred || !grouping)
        return;
    deferred *d = &ex->deferred[record];
    kj_record_grouping *g = &d->grouping;
    free(d->incident);
    free(d->wave);
    d->incident = copy_or_null(grouping->incident);
    d->wave = copy_or_null(grouping->wave);
    g->incident = d->incident;
    g->wave = d->wave;
    g->knock_on = grouping->knock_on;
    g->figure_scope = grouping->figure_scope;
}

kj_status kj_exporter_add(kj_exporter *ex, const kj_release *rel,
                          const kj_record_grouping *grouping)
{
    if (ex->n_deferred) {
        /* Keep the order: after deferred records, this one waits too. */
        size_t record = kj_exporter_defer(ex, rel);
        if (grouping)
            kj_exporter_set_grouping(ex, record, grouping);
        else
            ex->deferred[record].grouping.figure_scope = rel->figure_scope;
        return KJ_OK;
    }
    kj_buf *b = &ex->line;
    kj_buf_reset(b);
    render(ex, b, rel, grouping, false);
    fwrite(b->data, 1, b->len, ex->out);
    return ferror(ex->out) ? KJ_ERR_IO : KJ_OK;
}

/* Writes the deferred records, each with its grouping in place. */
static void write_deferred(kj_exporter *ex)
{
    for (size_t i = 0; i < ex->n_deferred; i++) {
        deferred *d = &ex->deferred[i];
        fwrite(ex->held.data + d->start, 1, d->insert - d->start, ex->out);
        kj_record_grouping *g = &d->grouping;
        kj_buf *b = &ex->line;
        kj_buf_reset(b);
        bool grouped = g->incident || g->figure_scope != KJ_SCOPE_NONE;
        if (ex->format == KJ_EXPORT_CSV) {
            csv_grouping(ex, b, grouped ? g : NULL, d->own_scope);
        } else {
            kj_release shell = {.figure_scope = d->own_scope};
            kj_write_grouping_json(b, &shell, grouped ? g : NULL);
        }
        fwrite(b->data, 1, b->len, ex->out);
        fwrite(ex->held.data + d->insert, 1, d->end - d->insert, ex->out);
        free(d->incident);
        free(d->wave);
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
