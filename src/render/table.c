/*
 * table.c — tables that wrap their cells and continue across pages.
 *
 * A table is measured once (every cell laid out at its column width) into
 * a plan; the plan says which rows go on which page, and drawing follows
 * it, repeating the caption ("（続き）") and the header row on every page.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/unconst.h"
#include "render_internal.h"

#define CELL_PAD_X 4.0

static double cell_pad_y(const kj_layout *l)
{
    return l->baseline * 0.75;
}

/* What a table's columns hold, measured (kj_ts_measure), padding
 * included: per column the narrowest and natural widths, per cell its
 * natural width. */
#define CUT_MIN_EM 8 /* the least width of a column cut with … (table ems) */

typedef struct measures {
    double *min_w, *max_w; /* per column */
    double *cell_w;        /* per cell, row by row */
} measures;

static void measure_table(kj_renderer *r, const kj_table *t, measures *m)
{
    size_t nc = t->n_columns;
    m->min_w = kj_xcalloc(nc, sizeof *m->min_w);
    m->max_w = kj_xcalloc(nc, sizeof *m->max_w);
    m->cell_w = kj_xcalloc(t->n_rows * nc + 1, sizeof *m->cell_w);
    for (size_t c = 0; c < nc; c++) {
        /* Long tables repeat their cells: each distinct text once. */
        GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, free);
        double lo, hi;
        kj_ts_measure(r, KJ_STYLE_TABLE_HEADER, t->columns[c].title, &lo, &hi);
        m->min_w[c] = lo;
        m->max_w[c] = hi;
        for (size_t row = 0; row < t->n_rows; row++) {
            const char *text = t->cells[row * nc + c].text;
            if (!text || !*text)
                continue;
            double *known = g_hash_table_lookup(seen, text);
            if (!known) {
                known = kj_xmalloc(2 * sizeof *known);
                kj_ts_measure(r, KJ_STYLE_TABLE, text, &known[0], &known[1]);
                /* GLib keys are gpointer; g_str_hash/g_str_equal only read them */
                g_hash_table_insert(seen, kj_unconst(text), known);
            }
            m->cell_w[row * nc + c] = known[1] + 2 * CELL_PAD_X;
            if (known[0] > m->min_w[c])
                m->min_w[c] = known[0];
            if (known[1] > m->max_w[c])
                m->max_w[c] = known[1];
        }
        g_hash_table_destroy(seen);
        /* (half a point: what rounding takes from a line that just fits) */
        m->min_w[c] += 2 * CELL_PAD_X + 0.5;
        m->max_w[c] += 2 * CELL_PAD_X + 0.5;
    }
}

static void measures_free(measures *m)
{
    free(m->min_w);
    free(m->max_w);
    free(m->cell_w);
}

/* Lines a cell of natural width `natural` takes in a column `width` wide
 * (an estimate: Japanese fills its lines, give or take a character). */
#define FILL_SLACK 1.04

static double cell_lines(double natural, double width, int max_lines)
{
    if (natural <= width)
        return 1;
    double lines = ceil((natural - 2 * CELL_PAD_X) * FILL_SLACK / (width - 2 * CELL_PAD_X + 1e-9));
    return max_lines > 0 && lines > max_lines ? max_lines : lines;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/*
 * The widenings of column `c` (now `width` wide) worth trying: for each of
 * its cells, the width at which it takes one line fewer, less `width`;
 * ascending, at most `max` of them spread over the range.  Returns how
 * many.
 */
static size_t steps(const kj_table *t, const measures *m, size_t c, double width, double *out,
                    size_t max)
{
    size_t n = 0;
    double *all = kj_xmalloc((t->n_rows + 1) * sizeof *all);
    for (size_t row = 0; row < t->n_rows; row++) {
        double natural = m->cell_w[row * t->n_columns + c];
        if (natural <= width)
            continue;
        /* (a cell cut after max_lines shows one line fewer only below it) */
        double lines = cell_lines(natural, width, t->columns[c].max_lines);
        double need =
            (lines <= 2 ? natural
                        : (natural - 2 * CELL_PAD_X) * FILL_SLACK / (lines - 1) + 2 * CELL_PAD_X) +
            1e-6;
        if (need > width)
            all[n++] = need - width;
    }
    qsort(all, n, sizeof *all, compare_doubles);
    size_t k = 0;
    for (size_t i = 0; i < max && n > 0; i++) {
        double v = all[i * (n - 1) / (max - 1 > 0 ? max - 1 : 1)];
        if (k == 0 || v > out[k - 1] + 0.25)
            out[k++] = v;
    }
    free(all);
    return k;
}

/* The table's height in lines, estimated, at widths `col_w`; a tenth of
 * every cell's own lines added, so that a column that saves its cells
 * lines counts for something before the rows' tallest cells give way. */
static double table_lines(const kj_table *t, const measures *m, const double *col_w)
{
    double total = 0;
    for (size_t row = 0; row < t->n_rows; row++) {
        double tallest = 1, all = 0;
        for (size_t c = 0; c < t->n_columns; c++) {
            double n =
                cell_lines(m->cell_w[row * t->n_columns + c], col_w[c], t->columns[c].max_lines);
            all += n;
            if (n > tallest)
                tallest = n;
        }
        total += tallest + 0.1 * all;
    }
    return total;
}

/*
 * A fixed column's width: its width_em, or its content's natural width
 * when that is a little more (a date of wide proportional digits that
 * would otherwise lose its day to an ellipsis or to a second line).
 */
static double fixed_width(const kj_table_column *col, const measures *m, size_t c, double em)
{
    double w = col->width_em * em + 2 * CELL_PAD_X;
    return m->max_w[c] > w ? fmin(m->max_w[c], w * 1.4) : w;
}

/*
 * Column widths from what the columns hold, in the spirit of HTML's
 * automatic table layout: fixed columns (width_em) take their width; every
 * other column starts at its narrowest width (its longest word or number)
 * and the room left goes, step by step, where it saves the most lines of
 * the whole table for the points it takes, up to each column's natural
 * width — so that no
 * column starves while another stays empty.  What is left when every
 * column has its natural width is shared by weight; below the narrowest
 * widths, the columns get the room in proportion to them.
 */
static void column_widths(kj_renderer *r, const kj_table *t, double w, double *col_x, double *col_w)
{
    const kj_layout *l = kj_renderer_layout(r);
    double em = l->styles[KJ_STYLE_TABLE].size;
    size_t nc = t->n_columns;
    double fixed = 0, weights = 0, min_sum = 0;
    measures m;
    measure_table(r, t, &m);
    /* A column cut with … needs no room for its longest word: a URL or a
     * path would otherwise claim the table and starve its neighbours. */
    for (size_t c = 0; c < nc; c++)
        if (t->columns[c].max_lines > 0 && t->columns[c].width_em <= 0)
            m.min_w[c] = fmin(m.min_w[c], CUT_MIN_EM * em + 2 * CELL_PAD_X);
    for (size_t c = 0; c < nc; c++) {
        if (t->columns[c].width_em > 0) {
            fixed += fixed_width(&t->columns[c], &m, c, em);
        } else {
            weights += t->columns[c].weight > 0 ? t->columns[c].weight : 1;
            min_sum += m.min_w[c];
        }
    }
    double rest = w - fixed;
    /* Fixed columns wider than the table: scale them down to fit. */
    double scale = rest < 0 || (weights == 0 && fixed > 0) ? w / fixed : 1;
    if (rest < 0)
        rest = 0;
    for (size_t c = 0; c < nc; c++) {
        const kj_table_column *col = &t->columns[c];
        if (col->width_em > 0)
            col_w[c] = fixed_width(col, &m, c, em) * scale;
        else
            col_w[c] = min_sum > rest ? rest * m.min_w[c] / min_sum : m.min_w[c];
    }
    double left = rest - (min_sum > rest ? rest : min_sum);
    while (left > 1e-6) {
        double now = table_lines(t, &m, col_w), best_rate = 0, best_step = 0;
        size_t best = nc;
        for (size_t c = 0; c < nc; c++) {
            if (t->columns[c].width_em > 0 || col_w[c] >= m.max_w[c])
                continue;
            enum { TRIES = 16 };
            double tries[TRIES];
            size_t n_tries = steps(t, &m, c, col_w[c], tries, TRIES);
            for (size_t k = 0; k < n_tries && tries[k] <= left; k++) {
                double was = col_w[c], step = tries[k];
                col_w[c] = fmin(was + step, m.max_w[c]);
                double rate = (now - table_lines(t, &m, col_w)) / step; /* lines saved a point */
                col_w[c] = was;
                if (rate > best_rate) {
                    best_rate = rate;
                    best = c;
                    best_step = step;
                }
            }
        }
        if (best == nc)
            break; /* nothing in reach saves a line: share what is left */
        double grown = fmin(col_w[best] + best_step, m.max_w[best]);
        left -= grown - col_w[best];
        col_w[best] = grown;
    }
    /* What saves no line: to the columns short of their natural width in
     * proportion to the shortfall, then by weight. */
    double short_sum = 0;
    for (size_t c = 0; c < nc; c++)
        if (t->columns[c].width_em <= 0 && m.max_w[c] > col_w[c])
            short_sum += m.max_w[c] - col_w[c];
    double to_short = fmin(left, short_sum);
    for (size_t c = 0; c < nc && to_short > 0; c++)
        if (t->columns[c].width_em <= 0 && m.max_w[c] > col_w[c])
            col_w[c] += to_short * (m.max_w[c] - col_w[c]) / short_sum;
    left -= to_short;
    for (size_t c = 0; c < nc && left > 1e-6 && weights > 0; c++)
        if (t->columns[c].width_em <= 0)
            col_w[c] += left * (t->columns[c].weight > 0 ? t->columns[c].weight : 1) / weights;
    double x = 0;
    for (size_t c = 0; c < nc; c++) {
        col_x[c] = x;
        x += col_w[c];
    }
    measures_free(&m);
}

void kj_table_plan_make(kj_renderer *r, const kj_table *t, double w, double first_avail,
                        double page_avail, kj_table_plan *p)
{
    const kj_layout *l = kj_renderer_layout(r);
    size_t nc = t->n_columns, nr = t->n_rows;
    memset(p, 0, sizeof *p);
    p->n_columns = nc;
    p->n_rows = nr;
    p->col_x = kj_xcalloc(nc ? nc : 1, sizeof *p->col_x);
    p->col_w = kj_xcalloc(nc ? nc : 1, sizeof *p->col_w);
    p->header = kj_xcalloc(nc ? nc : 1, sizeof *p->header);
    p->cell = kj_xcalloc(nr * nc > 0 ? nr * nc : 1, sizeof *p->cell);
    p->row_height = kj_xcalloc(nr ? nr : 1, sizeof *p->row_height);
    p->first_row = kj_xcalloc(nr + 2, sizeof *p->first_row);
    column_widths(r, t, w, p->col_x, p->col_w);
    double pad_y = cell_pad_y(l);

    if (t->caption && *t->caption)
        p->caption_height = kj_style_leading(r, KJ_STYLE_CAPTION) + l->baseline;
    double hh = 0;
    for (size_t c = 0; c < nc; c++) {
        const kj_table_column *col = &t->columns[c];
        p->header[c] = kj_ts_layout(r, KJ_STYLE_TABLE_HEADER,
                                    col->align == KJ_ALIGN_JUSTIFY ? KJ_ALIGN_LEFT : col->align,
                                    col->title, p->col_w[c] - 2 * CELL_PAD_X, 2);
        double h = kj_ts_height(p->header[c]);
        if (h > hh)
            hh = h;
    }
    p->header_height = hh + 2 * pad_y;
    /* Long tables repeat their cells ("原文", a status, a date): a column
     * sets each distinct text once and shares the layout. */
    GHashTable **seen = kj_xcalloc(nc ? nc : 1, sizeof *seen);
    for (size_t c = 0; c < nc; c++)
        seen[c] = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t row = 0; row < nr; row++) {
        double rh = 0;
        for (size_t c = 0; c < nc; c++) {
            const kj_table_column *col = &t->columns[c];
            const char *text = t->cells[row * nc + c].text;
            if (!text)
                text = "";
            PangoLayout *pl = g_hash_table_lookup(seen[c], text);
            if (pl) {
                g_object_ref(pl);
            } else {
                pl = kj_ts_layout(r, KJ_STYLE_TABLE, col->align, text, p->col_w[c] - 2 * CELL_PAD_X,
                                  col->max_lines);
                /* GLib keys are gpointer; g_str_hash/g_str_equal only read them */
                g_hash_table_insert(seen[c], kj_unconst(text), pl);
            }
            p->cell[row * nc + c] = pl;
            double h = kj_ts_height(pl);
            if (h > rh)
                rh = h;
        }
        p->row_height[row] = rh + 2 * pad_y;
    }
    for (size_t c = 0; c < nc; c++)
        g_hash_table_destroy(seen[c]);
    free(seen);

    kj_table_plan_chunk(p, first_avail, page_avail);
}

void kj_table_plan_chunk(kj_table_plan *p, double first_avail, double page_avail)
{
    /* Greedy: as many whole rows as fit under caption and header. */
    double over = p->caption_height + p->header_height;
    size_t row = 0, chunk = 0, nr = p->n_rows;
    p->first_row[0] = 0;
    while (row < nr) {
        double avail = (chunk == 0 ? first_avail : page_avail) - over;
        double used = 0;
        size_t start = row;
        while (row < nr && used + p->row_height[row] <= avail + 1e-6)
            used += p->row_height[row++];
        /* Not even one row: the first chunk of a part page stays empty (the
         * table starts over the page); otherwise the row goes alone, its
         * cells cut at the page bottom. */
        if (row == start && !(chunk == 0 && first_avail < page_avail))
            row++;
        p->first_row[++chunk] = row;
    }
    if (nr == 0)
        p->first_row[++chunk] = 0;
    p->n_chunks = chunk;
}

void kj_table_plan_free(kj_table_plan *p)
{
    for (size_t c = 0; p->header && c < p->n_columns; c++)
        if (p->header[c])
            g_object_unref(p->header[c]);
    for (size_t i = 0; p->cell && i < p->n_rows * p->n_columns; i++)
        if (p->cell[i])
            g_object_unref(p->cell[i]);
    free(p->col_x);
    free(p->col_w);
    free(p->header);
    free(p->cell);
    free(p->row_height);
    free(p->first_row);
    memset(p, 0, sizeof *p);
}

/* Draws one chunk of the plan at (x, y); returns its height. */
static double draw_chunk(kj_doc *d, const kj_table *t, const kj_table_plan *p, size_t chunk,
                         double x, double y, double w)
{
    kj_renderer *r = kj_doc_renderer(d);
    const kj_layout *l = kj_renderer_layout(r);
    kj_canvas *cv = kj_doc_canvas(d);
    size_t nc = t->n_columns;
    double y0 = y, pad_y = cell_pad_y(l);
    /* Each page's part is a table of its own, with its caption and header
     * row: no structure element spans a page. */
    kj_cv_tag_begin(cv, "Table", NULL);
    if (p->caption_height > 0) {
        char caption[1024];
        snprintf(caption, sizeof caption, "%s%s", t->caption, chunk > 0 ? "（続き）" : "");
        PangoLayout *pl = kj_ts_layout(r, KJ_STYLE_CAPTION, KJ_ALIGN_LEFT, caption, w, 1);
        kj_cv_tag_begin(cv, "Caption", NULL);
        kj_cv_layout(cv, pl, x, y, l->styles[KJ_STYLE_CAPTION].color);
        kj_cv_tag_end(cv, "Caption");
        g_object_unref(pl);
        y += p->caption_height;
    }
    /* Header row on a filled band, a rule under it. */
    kj_cv_rect(cv, x, y, w, p->header_height, l->colors[KJ_COLOR_FILL]);
    kj_cv_tag_begin(cv, "TR", NULL);
    for (size_t c = 0; c < nc; c++) {
        kj_cv_tag_begin(cv, "TH", NULL);
        kj_cv_layout(cv, p->header[c], x + p->col_x[c] + CELL_PAD_X, y + pad_y,
                     l->styles[KJ_STYLE_TABLE_HEADER].color);
        kj_cv_tag_end(cv, "TH");
    }
    kj_cv_tag_end(cv, "TR");
    y += p->header_height;
    kj_cv_rect(cv, x, y - 0.8, w, 0.8, l->colors[KJ_COLOR_ACCENT]);

    double bottom = kj_doc_body_bottom(d);
    for (size_t row = p->first_row[chunk]; row < p->first_row[chunk + 1]; row++) {
        double rh = p->row_height[row];
        if ((row - p->first_row[chunk]) % 2 == 1) {
            kj_cv_rect(cv, x, y, w, rh, l->colors[KJ_COLOR_STRIPE]);
        }
        kj_cv_clip(cv, x, y, w, (y + rh > bottom ? bottom - y : rh));
        kj_cv_tag_begin(cv, "TR", NULL);
        for (size_t c = 0; c < nc; c++) {
            const kj_table_cell *cell = &t->cells[row * nc + c];
            bool web = kj_url_is_web(cell->url);
            kj_cv_tag_begin(cv, "TD", NULL);
            bool linked =
                web && kj_doc_link_begin(d, x + p->col_x[c], y, p->col_w[c], rh, cell->url);
            kj_cv_layout(cv, p->cell[row * nc + c], x + p->col_x[c] + CELL_PAD_X, y + pad_y,
                         web ? l->colors[KJ_COLOR_LINK] : l->styles[KJ_STYLE_TABLE].color);
            if (linked)
                kj_doc_link_end(d);
            kj_cv_tag_end(cv, "TD");
        }
        kj_cv_tag_end(cv, "TR");
        kj_cv_unclip(cv);
        y += rh;
    }
    kj_cv_tag_end(cv, "Table");
    kj_cv_rect(cv, x, y, w, 0.5, l->colors[KJ_COLOR_RULE]);
    return y + 0.5 - y0;
}

void kj_doc_table(kj_doc *d, const kj_table *t)
{
    if (!t || t->n_columns == 0)
        return;
    kj_renderer *r = kj_doc_renderer(d);
    const kj_layout *l = kj_renderer_layout(r);
    double w = kj_doc_frame_width(d), x = kj_doc_frame_x(d);
    double page_avail = kj_doc_body_bottom(d) - kj_doc_body_top(d);

    /* Measure once to know the first row, then plan against the space left
     * after a possible page break for caption, header and that row. */
    kj_table_plan p;
    kj_table_plan_make(r, t, w, page_avail, page_avail, &p);
    double first = p.caption_height + p.header_height + (t->n_rows ? p.row_height[0] : 0);
    kj_doc_begin_block(d, first);
    kj_table_plan_chunk(&p, kj_doc_remaining(d), page_avail);
    for (size_t c = 0; c < p.n_chunks; c++) {
        if (c == 0 && p.n_chunks > 1 && p.first_row[1] == 0)
            continue; /* nothing fitted on this page */
        if (c > 0)
            kj_doc_new_page(d);
        double h = draw_chunk(d, t, &p, c, x, kj_doc_y(d), w);
        kj_doc_advance(d, h);
    }
    kj_table_plan_free(&p);
    kj_doc_end_block(d, l->baseline * 3);
}
