/*
 * table.c — text tables aligned by display width.
 *
 * Japanese labels take two columns per character on a terminal, so padding
 * by bytes or by characters misaligns them; kj_display_width counts what
 * the terminal shows.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "cli.h"
#include "kaiji/text.h"

void cli_table_init(cli_table *t, const char *align)
{
    memset(t, 0, sizeof *t);
    t->n_cols = strlen(align);
    if (t->n_cols > CLI_TABLE_MAX_COLS)
        t->n_cols = CLI_TABLE_MAX_COLS;
    for (size_t c = 0; c < t->n_cols; c++)
        t->right[c] = align[c] == 'r';
}

void cli_table_cell(cli_table *t, const char *fmt, ...)
{
    /* Format into spare room first, as kj_buf_printf does; only a longer
     * cell needs a second pass. */
    kj_buf b = {0};
    va_list ap, copy;
    va_start(ap, fmt);
    va_copy(copy, ap);
    kj_buf_reserve(&b, 64);
    int n = vsnprintf(b.data, b.cap, fmt, copy);
    va_end(copy);
    if (n > 0 && (size_t)n >= b.cap) {
        kj_buf_reserve(&b, (size_t)n);
        vsnprintf(b.data, (size_t)n + 1, fmt, ap);
    }
    va_end(ap);
    b.len = n > 0 ? (size_t)n : 0;
    b.data[b.len] = '\0';
    if (t->n_cells == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        char **grown = kj_xrealloc(t->cells, t->cap * sizeof *grown);
        t->cells = grown;
    }
    t->cells[t->n_cells++] = b.data;
}

void cli_table_print(const cli_table *t, FILE *out, const char *indent)
{
    size_t width[CLI_TABLE_MAX_COLS] = {0};
    for (size_t i = 0; i < t->n_cells; i++) {
        size_t w = kj_display_width(t->cells[i], strlen(t->cells[i]));
        if (w > width[i % t->n_cols])
            width[i % t->n_cols] = w;
    }
    for (size_t i = 0; i < t->n_cells; i++) {
        size_t c = i % t->n_cols;
        const char *cell = t->cells[i];
        size_t pad = width[c] - kj_display_width(cell, strlen(cell));
        if (c == 0)
            fputs(indent, out);
        else
            fputs("  ", out);
        if (t->right[c] && !(c + 1 == t->n_cols && !*cell))
            fprintf(out, "%*s%s", (int)pad, "", cell);
        else if (c + 1 < t->n_cols)
            fprintf(out, "%s%*s", cell, (int)pad, "");
        else
            fputs(cell, out); /* no trailing blanks on the last column */
        if (c + 1 == t->n_cols)
            fputc('\n', out);
    }
}

void cli_table_free(cli_table *t)
{
    for (size_t i = 0; i < t->n_cells; i++)
        free(t->cells[i]);
    free(t->cells);
    memset(t, 0, sizeof *t);
}
