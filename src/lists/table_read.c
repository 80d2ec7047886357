/*
 * table_read.c — the rows of a table file: CSV as spreadsheets write it,
 * and the first sheet of an Excel 97–2003 workbook (through FreeXL, the
 * exchange's `data_j.xls` being one).
 */
#include <freexl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/text.h"
#include "lists_internal.h"

/* ------------------------------------------------------------------ CSV */

typedef struct csv_row {
    kj_buf text;    /* the cells, each NUL-terminated */
    size_t *starts; /* offset of each cell in text */
    size_t n, cap;
} csv_row;

static void cell_start(csv_row *r)
{
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 16;
        r->starts = kj_xrealloc(r->starts, r->cap * sizeof *r->starts);
    }
    r->starts[r->n++] = r->text.len;
}

/* Hands the row over and empties it. */
static int row_done(csv_row *r, size_t row, kj_row_fn fn, void *ctx)
{
    const char **cells = kj_xmalloc((r->n ? r->n : 1) * sizeof *cells);
    for (size_t i = 0; i < r->n; i++)
        cells[i] = r->text.data + r->starts[i];
    int rc = fn(ctx, cells, r->n, row);
    free(cells);
    kj_buf_reset(&r->text);
    r->n = 0;
    return rc;
}

int kj_csv_rows(const char *text, size_t len, kj_row_fn fn, void *ctx)
{
    char sep = ',';
    const char *eol = memchr(text, '\n', len);
    size_t first = eol ? (size_t)(eol - text) : len;
    if (!memchr(text, ',', first) && memchr(text, '\t', first))
        sep = '\t';

    csv_row r = {0};
    size_t row = 0;
    int rc = 0;
    size_t i = 0;
    while (i < len && rc == 0) {
        /* One row: cells until an unquoted line end. */
        row++;
        bool end_of_row = false;
        while (!end_of_row) {
            cell_start(&r);
            if (i < len && text[i] == '"') {
                for (i++; i < len; i++) {
                    if (text[i] == '"' && i + 1 < len && text[i + 1] == '"')
                        kj_buf_putc(&r.text, text[i++]);
                    else if (text[i] == '"')
                        break;
                    else
                        kj_buf_putc(&r.text, text[i]);
                }
                i++; /* the closing quote; what follows it up to the separator is dropped */
                while (i < len && text[i] != sep && text[i] != '\n' && text[i] != '\r')
                    i++;
            } else {
                while (i < len && text[i] != sep && text[i] != '\n' && text[i] != '\r')
                    kj_buf_putc(&r.text, text[i++]);
            }
            kj_buf_putc(&r.text, '\0');
            if (i < len && text[i] == sep) {
                i++;
                continue;
            }
            if (i < len && text[i] == '\r')
                i++;
            if (i < len && text[i] == '\n')
                i++;
            end_of_row = true;
        }
        /* A blank line is no row. */
        if (!(r.n == 1 && r.text.data[0] == '\0'))
            rc = row_done(&r, row, fn, ctx);
        else
            kj_buf_reset(&r.text), r.n = 0;
    }
    kj_buf_free(&r.text);
    free(r.starts);
    return rc;
}

/* ------------------------------------------------------------ workbooks */

/* A cell's value as text: whole numbers without a decimal point (a code
 * stored as 7203.0 is `7203`). */
static char *cell_text(const FreeXL_CellValue *v)
{
    char num[64];
    switch (v->type) {
    case FREEXL_CELL_INT:
        snprintf(num, sizeof num, "%d", v->value.int_value);
        return kj_xstrdup(num);
    case FREEXL_CELL_DOUBLE: {
        double d = v->value.double_value;
        if (d == (double)(long long)d && d > -1e15 && d < 1e15)
            snprintf(num, sizeof num, "%lld", (long long)d);
        else
            snprintf(num, sizeof num, "%.15g", d);
        return kj_xstrdup(num);
    }
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME: {
        const char *s = v->value.text_value ? v->value.text_value : "";
        /* FreeXL converts the workbook's code page to UTF-8; a broken
         * workbook could still hand over stray bytes. */
        kj_buf b = {0};
        kj_buf_append_utf8(&b, s, strlen(s));
        return b.data ? b.data : kj_xstrdup("");
    }
    default:
        return kj_xstrdup("");
    }
}

kj_status kj_xls_rows(const char *path, kj_row_fn fn, void *ctx, kj_error *err)
{
    const void *handle = NULL;
    int rc = freexl_open(path, &handle);
    if (rc != FREEXL_OK) {
        freexl_close(handle);
        return kj_error_set(err, KJ_ERR_DATA,
                            "%s: not a readable Excel 97-2003 workbook (FreeXL %d)", path, rc);
    }
    unsigned int rows = 0;
    unsigned short cols = 0;
    unsigned int password = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK &&
        password == FREEXL_BIFF_OBFUSCATED) {
        freexl_close(handle);
        return kj_error_set(err, KJ_ERR_DATA, "%s: the workbook is password-protected", path);
    }
    if (freexl_select_active_worksheet(handle, 0) != FREEXL_OK ||
        freexl_worksheet_dimensions(handle, &rows, &cols) != FREEXL_OK) {
        freexl_close(handle);
        return kj_error_set(err, KJ_ERR_DATA, "%s: the workbook has no readable sheet", path);
    }
    char **cells = kj_xcalloc(cols ? cols : 1, sizeof *cells);
    int stop = 0;
    for (unsigned int r = 0; r < rows && !stop; r++) {
        for (unsigned short c = 0; c < cols; c++) {
            FreeXL_CellValue v;
            if (freexl_get_cell_value(handle, r, c, &v) != FREEXL_OK)
                v.type = FREEXL_CELL_NULL;
            cells[c] = cell_text(&v);
        }
        stop = fn(ctx, (const char *const *)cells, cols, (size_t)r + 1);
        for (unsigned short c = 0; c < cols; c++)
            free(cells[c]);
    }
    free(cells);
    freexl_close(handle);
    return KJ_OK;
}
