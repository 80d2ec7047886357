/*
 * canvas.c — what the renderer draws with: text layouts, filled
 * rectangles, lines, markers and clips, either straight onto a cairo
 * context (SVG and PNG charts) or into a page's list of operations that
 * doc.c replays onto the PDF when the number of pages is known.
 *
 * Why not Cairo recording surfaces?  In Cairo 1.16 a PDF that paints a
 * recording surface and also carries link tags comes out damaged (the
 * structure-parent objects the links point to are never written).  A list
 * of our own few operations keeps the Pango layouts themselves, so
 * nothing is laid out twice, and lets the tests check every page's
 * operations against its bounds.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "render_internal.h"

typedef enum op_kind {
    OP_LAYOUT,
    OP_RECT,
    OP_FRAME,
    OP_LINE,
    OP_MARKER,
    OP_CLIP,
    OP_UNCLIP,
    OP_TAG_BEGIN,
    OP_TAG_END
} op_kind;

typedef struct kj_op {
    op_kind kind;
    kj_color color;
    double x, y, w, h; /* rect; line from (x, y) to (w, h); marker radius w */
    double width;      /* line width */
    PangoLayout *layout;
    int first, count; /* layout lines; count < 0: all */
    kj_swatch shape;
    char *tag, *tag_attrs; /* a structure tag: its name and Cairo attributes (owned) */
} kj_op;

struct kj_canvas {
    cairo_t *cr; /* direct: draw at once */
    kj_op *ops;  /* else: keep */
    size_t n_ops, cap_ops;
};

kj_canvas *kj_canvas_direct(cairo_t *cr)
{
    kj_canvas *cv = kj_xcalloc(1, sizeof *cv);
    cv->cr = cr;
    return cv;
}

kj_canvas *kj_canvas_list(void)
{
    kj_canvas *cv = kj_xcalloc(1, sizeof *cv);
    return cv;
}

void kj_canvas_free(kj_canvas *cv)
{
    if (!cv)
        return;
    for (size_t i = 0; i < cv->n_ops; i++) {
        if (cv->ops[i].layout)
            g_object_unref(cv->ops[i].layout);
        free(cv->ops[i].tag);
        free(cv->ops[i].tag_attrs);
    }
    free(cv->ops);
    free(cv);
}

static void draw_layout_lines(cairo_t *cr, PangoLayout *layout, int first, int count, double x,
                              double y)
{
    PangoLayoutIter *it = pango_layout_get_iter(layout);
    int index = 0, top = 0;
    do {
        if (index >= first + count)
            break;
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, NULL, &logical);
        if (index == first)
            top = logical.y;
        if (index >= first) {
            int baseline = pango_layout_iter_get_baseline(it);
            cairo_move_to(cr, x + logical.x / (double)PANGO_SCALE,
                          y + (baseline - top) / (double)PANGO_SCALE);
            pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(it));
        }
        index++;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
}

static void exec(cairo_t *cr, const kj_op *op)
{
    switch (op->kind) {
    case OP_LAYOUT:
        kj_set_color(cr, op->color);
        if (op->count < 0) {
            cairo_move_to(cr, op->x, op->y);
            pango_cairo_show_layout(cr, op->layout);
        } else {
            draw_layout_lines(cr, op->layout, op->first, op->count, op->x, op->y);
        }
        break;
    case OP_RECT:
        kj_set_color(cr, op->color);
        cairo_rectangle(cr, op->x, op->y, op->w, op->h);
        cairo_fill(cr);
        break;
    case OP_FRAME:
        /* inside the box, so a frame is as big as the fill it replaces */
        kj_set_color(cr, op->color);
        cairo_set_line_width(cr, op->width);
        cairo_rectangle(cr, op->x + op->width / 2, op->y + op->width / 2, op->w - op->width,
                        op->h - op->width);
        cairo_stroke(cr);
        break;
    case OP_LINE:
        kj_set_color(cr, op->color);
        cairo_set_line_width(cr, op->width);
        cairo_move_to(cr, op->x, op->y);
        cairo_line_to(cr, op->w, op->h);
        cairo_stroke(cr);
        break;
    case OP_MARKER:
        kj_marker(cr, op->shape, op->x, op->y, op->w, op->color);
        break;
    case OP_CLIP:
        cairo_save(cr);
        cairo_rectangle(cr, op->x, op->y, op->w, op->h);
        cairo_clip(cr);
        break;
    case OP_UNCLIP:
        cairo_restore(cr);
        break;
    case OP_TAG_BEGIN:
        /* (only a PDF surface keeps them; others ignore tags) */
        cairo_tag_begin(cr, op->tag, op->tag_attrs ? op->tag_attrs : "");
        break;
    case OP_TAG_END:
        cairo_tag_end(cr, op->tag);
        break;
    }
}

static void emit(kj_canvas *cv, kj_op op)
{
    if (cv->cr) {
        exec(cv->cr, &op);
        free(op.tag);
        free(op.tag_attrs);
        return;
    }
    if (op.layout)
        g_object_ref(op.layout);
    if (cv->n_ops == cv->cap_ops) {
        cv->cap_ops = cv->cap_ops ? cv->cap_ops * 2 : 64;
        cv->ops = kj_xrealloc(cv->ops, cv->cap_ops * sizeof *cv->ops);
    }
    cv->ops[cv->n_ops++] = op;
}

void kj_canvas_replay(const kj_canvas *cv, cairo_t *cr)
{
    for (size_t i = 0; i < cv->n_ops; i++)
        exec(cr, &cv->ops[i]);
}

void kj_cv_layout(kj_canvas *cv, PangoLayout *layout, double x, double y, kj_color c)
{
    emit(cv, (kj_op){.kind = OP_LAYOUT, .color = c, .x = x, .y = y, .layout = layout, .count = -1});
}

void kj_cv_layout_lines(kj_canvas *cv, PangoLayout *layout, int first, int count, double x,
                        double y, kj_color c)
{
    emit(cv, (kj_op){.kind = OP_LAYOUT,
                     .color = c,
                     .x = x,
                     .y = y,
                     .layout = layout,
                     .first = first,
                     .count = count});
}

void kj_cv_rect(kj_canvas *cv, double x, double y, double w, double h, kj_color c)
{
    emit(cv, (kj_op){.kind = OP_RECT, .color = c, .x = x, .y = y, .w = w, .h = h});
}

void kj_cv_frame(kj_canvas *cv, double x, double y, double w, double h, double width, kj_color c)
{
    emit(cv, (kj_op){.kind = OP_FRAME, .color = c, .x = x, .y = y, .w = w, .h = h, .width = width});
}

void kj_cv_line(kj_canvas *cv, double x0, double y0, double x1, double y1, double width, kj_color c)
{
    emit(cv,
         (kj_op){.kind = OP_LINE, .color = c, .x = x0, .y = y0, .w = x1, .h = y1, .width = width});
}

void kj_cv_marker(kj_canvas *cv, kj_swatch shape, double x, double y, double radius, kj_color c)
{
    emit(cv, (kj_op){.kind = OP_MARKER, .color = c, .x = x, .y = y, .w = radius, .shape = shape});
}

void kj_cv_clip(kj_canvas *cv, double x, double y, double w, double h)
{
    emit(cv, (kj_op){.kind = OP_CLIP, .x = x, .y = y, .w = w, .h = h});
}

void kj_cv_unclip(kj_canvas *cv)
{
    emit(cv, (kj_op){.kind = OP_UNCLIP});
}

void kj_cv_tag_begin(kj_canvas *cv, const char *tag, const char *attrs)
{
    emit(cv, (kj_op){.kind = OP_TAG_BEGIN,
                     .tag = kj_xstrdup(tag),
                     .tag_attrs = attrs ? kj_xstrdup(attrs) : NULL});
}

void kj_cv_tag_end(kj_canvas *cv, const char *tag)
{
    emit(cv, (kj_op){.kind = OP_TAG_END, .tag = kj_xstrdup(tag)});
}

static const char *const style_names[KJ_STYLE__COUNT] = {
    "title", "subtitle",     "h1",        "h2",        "h3",    "body",   "small", "caption",
    "table", "table_header", "kpi_value", "kpi_label", "chart", "header", "footer"};

/* `len` bytes of `s` as JSON string content, quarter ems as U+2005. */
static void trace_text(FILE *out, PangoLayout *layout, const char *text, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' && kj_ts_is_quarter_em(layout, i))
            fputs("\u2005", out);
        else if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
}

void kj_canvas_trace(const kj_canvas *cv, FILE *out)
{
    for (size_t i = 0; i < cv->n_ops; i++) {
        const kj_op *op = &cv->ops[i];
        if (op->kind != OP_LAYOUT)
            continue;
        int style = GPOINTER_TO_INT(g_object_get_data(G_OBJECT(op->layout), "kj-style")) - 1;
        const char *text = pango_layout_get_text(op->layout);
        int n = pango_layout_get_line_count(op->layout);
        int first = op->count < 0 ? 0 : op->first;
        int end = op->count < 0 ? n : op->first + op->count;
        fprintf(out, "{\"style\": \"%s\", \"last\": %s, \"lines\": [",
                style >= 0 && style < KJ_STYLE__COUNT ? style_names[style] : "?",
                end >= n ? "true" : "false");
        for (int k = first; k < end && k < n; k++) {
            PangoLayoutLine *line = pango_layout_get_line_readonly(op->layout, k);
            fputs(k > first ? ", \"" : "\"", out);
            trace_text(out, op->layout, text, (size_t)line->start_index,
                       (size_t)(line->start_index + line->length));
            fputc('"', out);
        }
        fputs("]}\n", out);
    }
}

/* The box an operation covers (layouts: their logical extents). */
static void op_box(const kj_op *op, double *x0, double *y0, double *x1, double *y1)
{
    switch (op->kind) {
    case OP_LAYOUT: {
        PangoRectangle ext;
        kj_ts_lines_extents(op->layout, op->count < 0 ? 0 : op->first, op->count, &ext);
        if (op->count < 0) {
            /* (a whole layout: from its own top) */
            PangoRectangle all;
            pango_layout_get_extents(op->layout, NULL, &all);
            ext.y = all.y;
        } else {
            ext.y = 0;
        }
        *x0 = op->x + ext.x / (double)PANGO_SCALE;
        *y0 = op->y + ext.y / (double)PANGO_SCALE;
        *x1 = *x0 + ext.width / (double)PANGO_SCALE;
        *y1 = *y0 + ext.height / (double)PANGO_SCALE;
        return;
    }
    case OP_RECT:
    case OP_FRAME:
        *x0 = fmin(op->x, op->x + op->w);
        *y0 = fmin(op->y, op->y + op->h);
        *x1 = fmax(op->x, op->x + op->w);
        *y1 = fmax(op->y, op->y + op->h);
        return;
    case OP_LINE:
        *x0 = fmin(op->x, op->w);
        *y0 = fmin(op->y, op->h);
        *x1 = fmax(op->x, op->w);
        *y1 = fmax(op->y, op->h);
        return;
    case OP_MARKER: {
        double rx = kj_marker_half_width(op->shape, op->w);
        double ry = op->shape == KJ_SWATCH_DIAMOND ? op->w * 1.15 : op->w;
        *x0 = op->x - rx;
        *y0 = op->y - ry;
        *x1 = op->x + rx;
        *y1 = op->y + ry;
        return;
    }
    default:
        *x0 = *y0 = 0;
        *x1 = *y1 = 0;
        return;
    }
}

size_t kj_canvas_outside(const kj_canvas *cv, double x0, double y0, double x1, double y1)
{
    size_t outside = 0;
    const double eps = 0.5;
    for (size_t i = 0; i < cv->n_ops; i++) {
        const kj_op *op = &cv->ops[i];
        if (op->kind == OP_CLIP || op->kind == OP_UNCLIP || op->kind == OP_TAG_BEGIN ||
            op->kind == OP_TAG_END)
            continue;
        double a, b, c, d;
        op_box(op, &a, &b, &c, &d);
        if (a < x0 - eps || b < y0 - eps || c > x1 + eps || d > y1 + eps) {
            if (getenv("KAIJI_DEBUG_BOUNDS"))
                fprintf(stderr, "op %d outside: %.1f %.1f %.1f %.1f (body %.1f %.1f %.1f %.1f)\n",
                        op->kind, a, b, c, d, x0, y0, x1, y1);
            outside++;
        }
    }
    return outside;
}

size_t kj_canvas_drawn(const kj_canvas *cv, kj_drawn *out, size_t max)
{
    for (size_t i = 0; i < cv->n_ops && i < max; i++) {
        const kj_op *op = &cv->ops[i];
        kj_drawn *d = &out[i];
        d->text = NULL;
        op_box(op, &d->x0, &d->y0, &d->x1, &d->y1);
        switch (op->kind) {
        case OP_LAYOUT: {
            d->kind = KJ_DRAWN_TEXT;
            d->text = pango_layout_get_text(op->layout);
            if (op->count < 0) { /* a whole layout: where its ink is */
                PangoRectangle ink;
                pango_layout_get_extents(op->layout, &ink, NULL);
                d->x0 = op->x + ink.x / (double)PANGO_SCALE;
                d->y0 = op->y + ink.y / (double)PANGO_SCALE;
                d->x1 = d->x0 + ink.width / (double)PANGO_SCALE;
                d->y1 = d->y0 + ink.height / (double)PANGO_SCALE;
            }
            break;
        }
        case OP_RECT:
        case OP_FRAME:
            d->kind = KJ_DRAWN_RECT;
            break;
        case OP_LINE:
            d->kind = KJ_DRAWN_LINE;
            break;
        case OP_MARKER:
            d->kind = KJ_DRAWN_MARKER;
            break;
        default:
            d->kind = KJ_DRAWN_OTHER;
            break;
        }
    }
    return cv->n_ops;
}
