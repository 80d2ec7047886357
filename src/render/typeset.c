/*
 * typeset.c — Japanese text in Pango layouts.
 *
 * Every layout gets: language `ja` (Han characters in their Japanese
 * forms), the style's leading as an absolute line height (so lines sit on
 * a predictable grid), no-break attributes over numbers with their units
 * (jlreq.c), `halt` on punctuation that meets other punctuation, and for
 * justified text our own distribution of the spare width.
 *
 * Why not pango_layout_set_justify()?  Pango 1.50 justifies CJK by adding
 * space after every cluster, which letter-spaces `2025` and `Emotet` as
 * much as the kana around them.  JLReq spreads the space between
 * characters where a line could break (3.8), so the gaps go exactly where
 * Pango's own log attributes — after our no-break spans — allow a break.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/text.h"
#include "render_internal.h"

/* ------------------------------------------------------------ attributes */

/*
 * How much a span matters, from the last given up to the first: a cell too
 * narrow for what its spans hold drops the words first, then the rest, so
 * that nothing runs out of its box.
 */
enum {
    TIER_NONE = 0,
    TIER_NUMBER = 1, /* numbers with their units and labels; widow control */
    TIER_TERM = 2,   /* known terms: vocabulary labels, legal forms */
    TIER_WORD = 3    /* phrase boundaries of ragged lines and table cells */
};

/* The no-break spans of a text, and which of them were relaxed. */
typedef struct span_list {
    size_t *start, *end;
    bool *relaxed;
    unsigned char *tier;
    size_t n, cap;
    unsigned char adding; /* the tier of the spans being collected */
} span_list;

static void collect_span(void *ctx, size_t start, size_t end)
{
    span_list *sl = ctx;
    if (sl->n == sl->cap) {
        sl->cap = sl->cap ? sl->cap * 2 : 8;
        sl->start = kj_xrealloc(sl->start, sl->cap * sizeof *sl->start);
        sl->end = kj_xrealloc(sl->end, sl->cap * sizeof *sl->end);
        sl->relaxed = kj_xrealloc(sl->relaxed, sl->cap * sizeof *sl->relaxed);
        sl->tier = kj_xrealloc(sl->tier, sl->cap * sizeof *sl->tier);
    }
    sl->start[sl->n] = start;
    sl->end[sl->n] = end;
    sl->relaxed[sl->n] = false;
    sl->tier[sl->n] = sl->adding;
    sl->n++;
}

static void span_list_free(span_list *sl)
{
    free(sl->start);
    free(sl->end);
    free(sl->relaxed);
    free(sl->tier);
}

static void add_nobreak(PangoAttrList *list, size_t start, size_t end)
{
    PangoAttribute *attr = pango_attr_allow_breaks_new(FALSE);
    attr->start_index = (guint)start;
    attr->end_index = (guint)end;
    pango_attr_list_insert(list, attr);
}

/* Byte ranges to keep unbroken, to be merged before they become attributes. */
typedef struct ranges {
    size_t (*r)[2];
    size_t n, cap;
} ranges;

static void range_add(ranges *rs, size_t start, size_t end)
{
    if (rs->n == rs->cap) {
        rs->cap = rs->cap ? rs->cap * 2 : 16;
        rs->r = kj_xrealloc(rs->r, rs->cap * sizeof *rs->r);
    }
    rs->r[rs->n][0] = start;
    rs->r[rs->n][1] = end;
    rs->n++;
}

static int by_start(const void *a, const void *b)
{
    const size_t *x = a, *y = b;
    return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : (x[1] > y[1]) - (x[1] < y[1]);
}

/*
 * The ranges as no-break attributes, overlapping ones merged: Pango 1.50
 * applies allow_breaks per attribute segment, and every other attribute's
 * edge starts a segment, where a break stays allowed.  A word inside a
 * term (迷惑｜メール｜踏み台) or the widow span over a label's last three
 * characters would otherwise open the term at their edges.  Ranges that
 * only touch stay apart: between them a break is allowed.
 */
static void add_merged_nobreaks(PangoAttrList *list, ranges *rs)
{
    if (rs->n > 1)
        qsort(rs->r, rs->n, sizeof *rs->r, by_start);
    for (size_t i = 0; i < rs->n;) {
        size_t start = rs->r[i][0], end = rs->r[i][1];
        for (i++; i < rs->n && rs->r[i][0] < end; i++)
            if (rs->r[i][1] > end)
                end = rs->r[i][1];
        if (end > start)
            add_nobreak(list, start, end);
    }
    free(rs->r);
    *rs = (ranges){0};
}

/* Where a relaxed date may break: after 年 when a digit follows (2025年 /
 * 4月1日), so the year and the month-day each stay whole. */
static size_t year_break(const char *text, size_t start, size_t end)
{
    for (size_t i = start; i + 3 < end; i++)
        if (memcmp(text + i, "年", 3) == 0) {
            unsigned char c = (unsigned char)text[i + 3];
            bool digit = (c >= '0' && c <= '9') ||
                         (c == 0xEF && i + 5 < end && (unsigned char)text[i + 4] == 0xBC &&
                          (unsigned char)text[i + 5] >= 0x90 && (unsigned char)text[i + 5] <= 0x99);
            if (digit)
                return i + 3;
        }
    return 0;
}

static void add_halt(void *ctx, size_t start, size_t end)
{
    PangoAttribute *attr = pango_attr_font_features_new("halt 1");
    attr->start_index = (guint)start;
    attr->end_index = (guint)end;
    pango_attr_list_insert(ctx, attr);
}

/* The JLReq quarter em between Japanese and Latin letters or digits: the
 * inserted space drawn as nothing, a quarter of the style's size wide. */
static void add_quarter_ems(PangoAttrList *list, const kj_display_text *d, double size)
{
    int w = (int)lround(size * 0.25 * PANGO_SCALE), em = (int)lround(size * PANGO_SCALE);
    PangoRectangle ink = {0, 0, 0, 0}, logical = {0, -em * 7 / 8, w, em};
    for (size_t i = 0; i < d->n_spaces; i++) {
        PangoAttribute *attr = pango_attr_shape_new(&ink, &logical);
        attr->start_index = (guint)d->spaces[i];
        attr->end_index = (guint)d->spaces[i] + 1;
        pango_attr_list_insert(list, attr);
    }
}

/* Language, leading, the no-break spans up to `max_tier`, compression, no
 * ligatures (campﬁre in a URL, ﬁ in a code), the quarter ems. */
static PangoAttrList *make_attrs(kj_renderer *r, kj_style_id style, const kj_display_text *d,
                                 const span_list *spans, int max_tier)
{
    PangoAttrList *list = pango_attr_list_new();
    pango_attr_list_insert(list, pango_attr_language_new(pango_language_from_string("ja")));
    double leading = kj_style_leading(r, style);
    pango_attr_list_insert(list,
                           pango_attr_line_height_new_absolute((int)lround(leading * PANGO_SCALE)));
    pango_attr_list_insert(list, pango_attr_font_features_new("liga 0, clig 0, dlig 0"));
    ranges keep = {0};
    for (size_t i = 0; i < spans->n; i++) {
        if (spans->tier[i] > max_tier)
            continue;
        size_t start = spans->start[i], end = spans->end[i], cut;
        while (spans->relaxed[i] && (cut = year_break(d->text, start, end)) > 0) {
            range_add(&keep, start, cut);
            start = cut;
        }
        range_add(&keep, start, end);
    }
    add_merged_nobreaks(list, &keep);
    kj_jlreq_compress_spans(d->text, d->len, add_halt, list);
    add_quarter_ems(list, d, r->layout->styles[style].size);
    return list;
}

static void set_attrs(PangoLayout *layout, kj_renderer *r, kj_style_id style,
                      const kj_display_text *d, const span_list *spans, int max_tier)
{
    PangoAttrList *attrs = make_attrs(r, style, d, spans, max_tier);
    pango_layout_set_attributes(layout, attrs);
    pango_attr_list_unref(attrs);
}

/*
 * Where a layout's quarter ems are.  One that ends a line is no space
 * (JLReq: none at line edges; a break never comes before one, so none
 * starts a line): its empty box stays in Pango's extents, and line_width()
 * leaves it out of every measurement.
 */
typedef struct quarter_ems {
    int width; /* Pango units */
    size_t n;
    size_t at[]; /* byte offsets, ascending */
} quarter_ems;

static void attach_quarter_ems(PangoLayout *layout, const kj_display_text *d, double size)
{
    if (d->n_spaces == 0)
        return;
    quarter_ems *q = kj_xmalloc(sizeof *q + d->n_spaces * sizeof q->at[0]);
    q->width = (int)lround(size * 0.25 * PANGO_SCALE);
    q->n = d->n_spaces;
    memcpy(q->at, d->spaces, d->n_spaces * sizeof q->at[0]);
    g_object_set_data_full(G_OBJECT(layout), "kj-quarter-ems", q, free);
}

static bool is_quarter_em(const quarter_ems *q, size_t byte)
{
    size_t lo = 0, hi = q->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (q->at[mid] == byte)
            return true;
        if (q->at[mid] < byte)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

static int line_width(PangoLayout *layout, PangoLayoutLine *line);

void kj_ts_lines_extents(PangoLayout *layout, int first, int count, PangoRectangle *out)
{
    PangoLayoutIter *it = pango_layout_get_iter(layout);
    int index = 0, top = 0, bottom = 0, left = INT32_MAX, right = INT32_MIN;
    do {
        if (count >= 0 && index >= first + count)
            break;
        PangoRectangle lr;
        pango_layout_iter_get_line_extents(it, NULL, &lr);
        if (index == first)
            top = lr.y;
        if (index >= first) {
            int w = line_width(layout, pango_layout_iter_get_line_readonly(it));
            bottom = lr.y + lr.height;
            left = lr.x < left ? lr.x : left;
            right = lr.x + w > right ? lr.x + w : right;
        }
        index++;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    if (left > right)
        left = right = 0;
    *out = (PangoRectangle){left, top, right - left, bottom - top};
}

bool kj_ts_is_quarter_em(PangoLayout *layout, size_t byte)
{
    const quarter_ems *q = g_object_get_data(G_OBJECT(layout), "kj-quarter-ems");
    return q && is_quarter_em(q, byte);
}

/* A line's width in Pango units, a quarter em at its end not counted. */
static int line_width(PangoLayout *layout, PangoLayoutLine *line)
{
    PangoRectangle logical;
    pango_layout_line_get_extents(line, NULL, &logical);
    const quarter_ems *q = g_object_get_data(G_OBJECT(layout), "kj-quarter-ems");
    if (!q)
        return logical.width;
    const char *text = pango_layout_get_text(layout);
    size_t end = (size_t)line->start_index + (size_t)line->length;
    while (end > (size_t)line->start_index && text[end - 1] == '\n')
        end--;
    if (end > (size_t)line->start_index && is_quarter_em(q, end - 1))
        return logical.width - q->width;
    return logical.width;
}

/*
 * A whole date that does not fit at a line's end moves to the next line;
 * when that leaves the line with more than 1.5 em to spread, the date may
 * break after its year instead.  Returns true when a span was relaxed.
 */
static bool relax_spans(PangoLayout *layout, span_list *spans, double em)
{
    bool changed = false;
    int width = pango_layout_get_width(layout);
    GSList *lines = pango_layout_get_lines_readonly(layout);
    for (GSList *it = lines; it && it->next; it = it->next) {
        PangoLayoutLine *line = it->data, *next = it->next->data;
        if (next->is_paragraph_start)
            continue;
        if (width - line_width(layout, line) < 1.5 * em * PANGO_SCALE)
            continue;
        const char *text = pango_layout_get_text(layout);
        for (size_t i = 0; i < spans->n; i++)
            if (spans->start[i] == (size_t)next->start_index && !spans->relaxed[i] &&
                year_break(text, spans->start[i], spans->end[i]) > 0) {
                spans->relaxed[i] = true;
                changed = true;
            }
    }
    return changed;
}

/* --------------------------------------------------------- justification */

/*
 * Space may also go between two characters that must stay on one line when
 * one of them is Japanese (年|4 inside 2025年4月), but not before a
 * character that may not start a line nor after one that may not end it,
 * and never between two narrow ones (the digits of 38,600, a Latin word).
 */
static bool expandable(const char *text, int index)
{
    if (index <= 0)
        return false;
    uint32_t c = g_utf8_get_char(text + index);
    uint32_t p = g_utf8_get_char(g_utf8_prev_char(text + index));
    if (kj_jlreq_no_line_start(c) || kj_jlreq_no_line_end(p))
        return false;
    return kj_is_wide((int32_t)c) || kj_is_wide((int32_t)p);
}

/*
 * Spreads each full line's spare width over its break opportunities.  The
 * last line of a paragraph stays flush left.  Glyph widths are changed in
 * place; pango_layout_get_lines() (not _readonly) tells Pango not to cache
 * line extents, so measurements afterwards see the new widths.
 */
static void justify(PangoLayout *layout)
{
    int width = pango_layout_get_width(layout);
    if (width <= 0)
        return;
    const char *text = pango_layout_get_text(layout);
    int n_attrs;
    const PangoLogAttr *attrs = pango_layout_get_log_attrs_readonly(layout, &n_attrs);
    const PangoFontDescription *font = pango_layout_get_font_description(layout);
    int em = font ? pango_font_description_get_size(font) : 10 * PANGO_SCALE;
    int seen_byte = 0;
    long seen_char = 0;
    GSList *lines = pango_layout_get_lines(layout);
    for (GSList *it = lines; it; it = it->next) {
        PangoLayoutLine *line = it->data;
        PangoLayoutLine *next = it->next ? it->next->data : NULL;
        if (!next || next->is_paragraph_start)
            continue;
        int extra = width - line_width(layout, line);
        if (extra <= 0)
            continue;

        /* Two passes: count the gaps, then widen them. */
        int gaps = 0, gap_no = 0;
        for (int pass = 0; pass < 2; pass++) {
            PangoGlyphInfo *prev = NULL;
            bool first = true, prev_shaped = false;
            for (GSList *r = line->runs; r; r = r->next) {
                PangoGlyphItem *run = r->data;
                if (run->item->analysis.level % 2)
                    continue; /* right-to-left runs keep their spacing */
                /* Character offset of the run, counted on from the last one. */
                if (run->item->offset >= seen_byte) {
                    seen_char += g_utf8_strlen(text + seen_byte, run->item->offset - seen_byte);
                    seen_byte = run->item->offset;
                } else {
                    seen_byte = run->item->offset;
                    seen_char = g_utf8_pointer_to_offset(text, text + seen_byte);
                }
                long run_char = seen_char;
                bool shaped = false;
                for (GSList *a = run->item->analysis.extra_attrs; a; a = a->next)
                    shaped |= ((PangoAttribute *)a->data)->klass->type == PANGO_ATTR_SHAPE;
                PangoGlyphItemIter ci;
                for (gboolean have = pango_glyph_item_iter_init_start(&ci, run, text); have;
                     have = pango_glyph_item_iter_next_cluster(&ci)) {
                    long ch = run_char + ci.start_char;
                    PangoGlyphInfo *last = &run->glyphs->glyphs[ci.end_glyph - 1];
                    bool opportunity =
                        !first && prev && ch < n_attrs &&
                        (attrs[ch].is_line_break || expandable(text, ci.start_index));
                    if (opportunity) {
                        if (pass == 0) {
                            gaps++;
                        } else {
                            int add = extra / gaps + (gap_no < extra % gaps ? 1 : 0);
                            if (prev_shaped) {
                                /* A quarter em's box keeps its width in
                                 * Pango's extents: the gap goes before the
                                 * next glyph instead. */
                                PangoGlyphInfo *following = &run->glyphs->glyphs[ci.start_glyph];
                                following->geometry.width += add;
                                following->geometry.x_offset += add;
                            } else {
                                prev->geometry.width += add;
                            }
                            gap_no++;
                        }
                    }
                    if (last->geometry.width > 0) {
                        prev = last;
                        prev_shaped = shaped;
                    }
                    first = false;
                }
            }
            /* Past a point spreading reads as gaps, not as a justified
             * line: a line of few opportunities stays ragged. */
            if (pass == 0 && (gaps == 0 || extra / gaps > 4 * em))
                break;
        }
    }
}

/* --------------------------------------------------------------- layouts */

static int widest_line(PangoLayout *layout)
{
    int widest = 0;
    for (GSList *it = pango_layout_get_lines_readonly(layout); it; it = it->next) {
        int w = line_width(layout, it->data);
        if (w > widest)
            widest = w;
    }
    return widest;
}

/*
 * True when a line is too narrow for what the spans hold: a line wider than
 * the measure, or one Pango had to cut where no break is allowed
 * (PANGO_WRAP_WORD_CHAR's last resort, which ignores kinsoku too).
 */
static bool overfull(PangoLayout *layout)
{
    int width = pango_layout_get_width(layout);
    if (width <= 0)
        return false;
    if (widest_line(layout) > width)
        return true;
    const char *text = pango_layout_get_text(layout);
    int n_attrs;
    const PangoLogAttr *attrs = pango_layout_get_log_attrs_readonly(layout, &n_attrs);
    long ch = 0;
    int byte = 0;
    for (GSList *it = pango_layout_get_lines_readonly(layout); it; it = it->next) {
        PangoLayoutLine *line = it->data;
        ch += g_utf8_strlen(text + byte, line->start_index - byte);
        byte = line->start_index;
        if (!line->is_paragraph_start && ch < n_attrs && !attrs[ch].is_line_break)
            return true;
    }
    return false;
}

/* Table cells, headings, captions and labels break between phrases where
 * they can; running text breaks between any two characters, as JLReq sets
 * it. */
static bool breaks_at_words(kj_style_id style)
{
    return style != KJ_STYLE_BODY && style != KJ_STYLE_SMALL;
}

/* The terms of a display text and its words, bounded by the terms and by
 * the spaces the source had. */
static void add_word_spans(kj_renderer *r, const char *text, size_t len, const size_t *starts,
                           size_t n_starts, span_list *spans)
{
    spans->adding = TIER_TERM;
    kj_jlreq_term_spans(text, len, &r->terms, collect_span, spans);
    spans->adding = TIER_WORD;
    kj_word_bounds bounds = {&r->terms, starts, n_starts};
    kj_jlreq_word_spans(text, len, &bounds, collect_span, spans);
}

/* A layout's word starts (kj_display_text), kept for kj_ts_measure. */
typedef struct word_starts {
    size_t n;
    size_t at[];
} word_starts;

static PangoLayout *set_text(kj_renderer *r, kj_style_id style, kj_align align, const char *text,
                             double width, int max_lines)
{
    PangoLayout *layout = pango_layout_new(r->context);
    pango_layout_set_font_description(layout, r->font[style]);
    char *valid = NULL;
    if (!text)
        text = "";
    if (!g_utf8_validate(text, -1, NULL))
        text = valid = g_utf8_make_valid(text, -1);
    kj_display_text d;
    kj_display_text_make(text, strlen(text), &d);
    pango_layout_set_text(layout, d.text, (int)d.len);
    attach_quarter_ems(layout, &d, r->layout->styles[style].size);
    if (width > 0) {
        pango_layout_set_width(layout, (int)(width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    }
    if (max_lines > 0 && width > 0) {
        pango_layout_set_height(layout, -max_lines);
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    }
    pango_layout_set_alignment(layout, align == KJ_ALIGN_CENTER  ? PANGO_ALIGN_CENTER
                                       : align == KJ_ALIGN_RIGHT ? PANGO_ALIGN_RIGHT
                                                                 : PANGO_ALIGN_LEFT);
    span_list spans = {0};
    spans.adding = TIER_NUMBER;
    kj_jlreq_nobreak_spans(d.text, d.len, collect_span, &spans);
    if (width > 0) {
        kj_jlreq_widow_spans(d.text, d.len, 3, collect_span, &spans);
        if (breaks_at_words(style))
            add_word_spans(r, d.text, d.len, d.word_starts, d.n_word_starts, &spans);
    }
    int tier = TIER_WORD;
    set_attrs(layout, r, style, &d, &spans, tier);
    double em = r->layout->styles[style].size;
    for (int round = 0; width > 0 && spans.n > 0 && round < 3; round++) {
        if (!relax_spans(layout, &spans, em))
            break;
        set_attrs(layout, r, style, &d, &spans, tier);
    }
    /* A cell narrower than `2025年12月31日` or a long word cannot keep it
     * whole: then it breaks rather than running out of its box. */
    bool years_given = false;
    while (tier > TIER_NONE && overfull(layout)) {
        /* Before numbers go, dates give way after their year (2025年 /
         * 4月, a narrow axis label). */
        if (tier == TIER_NUMBER && !years_given) {
            years_given = true;
            bool any = false;
            for (size_t i = 0; i < spans.n; i++)
                if (!spans.relaxed[i] && year_break(d.text, spans.start[i], spans.end[i]) > 0)
                    any = spans.relaxed[i] = true;
            if (any) {
                set_attrs(layout, r, style, &d, &spans, tier);
                continue;
            }
        }
        set_attrs(layout, r, style, &d, &spans, --tier);
    }
    span_list_free(&spans);
    /* the spans it kept, for cut_at_phrase() */
    g_object_set_data(G_OBJECT(layout), "kj-tier", GINT_TO_POINTER(tier + 1));
    if (align == KJ_ALIGN_JUSTIFY)
        justify(layout);
    g_object_set_data(G_OBJECT(layout), "kj-style", GINT_TO_POINTER(style + 1));
    if (d.n_word_starts > 0) {
        word_starts *ws = kj_xmalloc(sizeof *ws + d.n_word_starts * sizeof ws->at[0]);
        ws->n = d.n_word_starts;
        memcpy(ws->at, d.word_starts, d.n_word_starts * sizeof ws->at[0]);
        g_object_set_data_full(G_OBJECT(layout), "kj-word-starts", ws, free);
    }
    /* Line ranges are reported in the caller's text (kj_text_lines). */
    g_object_set_data_full(G_OBJECT(layout), "kj-source-offsets", d.src, free);
    d.src = NULL;
    kj_display_text_free(&d);
    g_free(valid);
    return layout;
}

/* Marks the bytes strictly inside a span: no cut goes there. */
static void mark_inside(void *ctx, size_t start, size_t end)
{
    bool *inside = ctx;
    for (size_t i = start + 1; i < end; i++)
        inside[i] = true;
}

/* Characters a cut drops before its ellipsis: 「経緯、…」 reads as a
 * stutter, 「経緯…」 as a cut. */
static size_t trim_cut(const char *text, size_t cut)
{
    static const char *const drop[] = {"、", "。", "，", "・", " ", "：", "　"};
    for (bool again = true; again && cut > 0;) {
        again = false;
        for (size_t k = 0; k < sizeof drop / sizeof drop[0]; k++) {
            size_t n = strlen(drop[k]);
            if (cut >= n && memcmp(text + cut - n, drop[k], n) == 0) {
                cut -= n;
                again = true;
            }
        }
    }
    return cut;
}

/* `text` up to byte `cut`, then 「…」, when it sets in at most `max_lines`
 * lines (a paragraph: no line feed in it). */
static char *cut_text(const char *text, size_t cut)
{
    char *s = kj_xmalloc(cut + sizeof "…");
    memcpy(s, text, cut);
    memcpy(s + cut, "…", sizeof "…");
    return s;
}

static int kept_tier(PangoLayout *l)
{
    return GPOINTER_TO_INT(g_object_get_data(G_OBJECT(l), "kj-tier")) - 1;
}

/* Whether the cut sets in `max_lines` lines keeping the spans of tier
 * `tier` (a cut that fits only by breaking a word is no cut at a phrase). */
static bool cut_fits(kj_renderer *r, kj_style_id style, const char *text, size_t cut, double width,
                     int max_lines, int tier)
{
    char *s = cut_text(text, cut);
    PangoLayout *l = set_text(r, style, KJ_ALIGN_LEFT, s, width, 0);
    free(s);
    bool fits = pango_layout_get_line_count(l) <= max_lines && kept_tier(l) >= tier;
    g_object_unref(l);
    return fits;
}

/*
 * A paragraph too long for `max_lines` lines, cut where a line could break
 * outside every word, term and number (after the kana that close a phrase,
 * after 、, between scripts): the longest such part that leaves room for
 * 「…」, newly allocated.  NULL when it fits, or when no part does (one long
 * word, a URL).
 */
static char *cut_at_phrase(kj_renderer *r, kj_style_id style, const char *para, double width,
                           int max_lines)
{
    PangoLayout *full = set_text(r, style, KJ_ALIGN_LEFT, para, width, 0);
    if (pango_layout_get_line_count(full) <= max_lines) {
        g_object_unref(full);
        return NULL;
    }
    const char *text = pango_layout_get_text(full);
    size_t len = strlen(text);
    bool *inside = kj_xcalloc(len + 1, sizeof *inside);
    kj_jlreq_nobreak_spans(text, len, mark_inside, inside);
    kj_jlreq_term_spans(text, len, &r->terms, mark_inside, inside);
    const word_starts *ws = g_object_get_data(G_OBJECT(full), "kj-word-starts");
    kj_word_bounds bounds = {&r->terms, ws ? ws->at : NULL, ws ? ws->n : 0};
    kj_jlreq_all_words(text, len, &bounds, mark_inside, inside);
    /* the break opportunities of the text as set, outside those spans */
    int n_attrs;
    const PangoLogAttr *log = pango_layout_get_log_attrs_readonly(full, &n_attrs);
    size_t *cuts = kj_xmalloc((len + 1) * sizeof *cuts), n = 0;
    size_t at = 0, adv;
    for (int ch = 0; ch < n_attrs && at < len; ch++, at += adv) {
        kj_utf8_decode(text + at, len - at, &adv);
        if (ch > 0 && log[ch].is_line_break && !inside[at]) {
            size_t cut = trim_cut(text, at);
            if (cut > 0 && (n == 0 || cut > cuts[n - 1]))
                cuts[n++] = cut;
        }
    }
    free(inside);
    /* the longest part that fits: fitting is monotone in the length, give
     * or take a line's last character */
    size_t lo = 0, hi = n, best = 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cut_fits(r, style, text, cuts[mid], width, max_lines, kept_tier(full))) {
            best = cuts[mid];
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    free(cuts);
    char *out = best > 0 ? cut_text(text, best) : NULL;
    g_object_unref(full);
    return out;
}

PangoLayout *kj_ts_layout(kj_renderer *r, kj_style_id style, kj_align align, const char *text,
                          double width, int max_lines)
{
    PangoLayout *l = set_text(r, style, align, text, width, max_lines);
    /* most labels fit: only a text Pango had to cut is cut again here */
    if (max_lines <= 0 || width <= 0 || !text || !pango_layout_is_ellipsized(l))
        return l;
    g_object_unref(l);
    /* Each paragraph at most `max_lines` lines, as Pango counts them: one
     * too long is cut at a phrase; one that cannot be is left to Pango's
     * ellipsis, which cuts where it must. */
    kj_buf out = {0};
    bool cut_any = false;
    for (const char *para = text;;) {
        const char *nl = strchr(para, '\n');
        size_t n = nl ? (size_t)(nl - para) : strlen(para);
        char *one = kj_xstrndup(para, n);
        char *cut = cut_at_phrase(r, style, one, width, max_lines);
        kj_buf_puts(&out, cut ? cut : one);
        cut_any |= cut != NULL;
        free(cut);
        free(one);
        if (!nl)
            break;
        kj_buf_puts(&out, "\n");
        para = nl + 1;
    }
    l = set_text(r, style, align, cut_any ? out.data : text, width, max_lines);
    kj_buf_free(&out);
    return l;
}

void kj_ts_measure(kj_renderer *r, kj_style_id style, const char *text, double *min_width,
                   double *max_width)
{
    PangoLayout *layout = kj_ts_layout(r, style, KJ_ALIGN_LEFT, text, 0, 0);
    /* The spans a cell keeps when it can (kj_ts_layout keeps numbers only
     * on a single line). */
    const char *set = pango_layout_get_text(layout);
    size_t len = strlen(set);
    span_list spans = {0};
    spans.adding = TIER_NUMBER;
    kj_jlreq_nobreak_spans(set, len, collect_span, &spans);
    kj_jlreq_widow_spans(set, len, 3, collect_span, &spans);
    const word_starts *ws = g_object_get_data(G_OBJECT(layout), "kj-word-starts");
    if (breaks_at_words(style))
        add_word_spans(r, set, len, ws ? ws->at : NULL, ws ? ws->n : 0, &spans);
    PangoAttrList *attrs = pango_layout_get_attributes(layout);
    ranges keep = {0};
    for (size_t i = 0; i < spans.n; i++)
        range_add(&keep, spans.start[i], spans.end[i]);
    add_merged_nobreaks(attrs, &keep);
    pango_layout_context_changed(layout);
    span_list_free(&spans);

    int n_attrs;
    const PangoLogAttr *log = pango_layout_get_log_attrs_readonly(layout, &n_attrs);
    int widest_piece = 0, piece = 0;
    long seen_char = 0;
    int seen_byte = 0;
    for (GSList *it = pango_layout_get_lines_readonly(layout); it; it = it->next) {
        PangoLayoutLine *line = it->data;
        piece = 0;
        for (GSList *rl = line->runs; rl; rl = rl->next) {
            PangoGlyphItem *run = rl->data;
            if (run->item->offset >= seen_byte) {
                seen_char += g_utf8_strlen(set + seen_byte, run->item->offset - seen_byte);
            } else {
                seen_char = g_utf8_pointer_to_offset(set, set + run->item->offset);
            }
            seen_byte = run->item->offset;
            PangoGlyphItemIter ci;
            for (gboolean have = pango_glyph_item_iter_init_start(&ci, run, set); have;
                 have = pango_glyph_item_iter_next_cluster(&ci)) {
                long ch = seen_char + ci.start_char;
                if (ch < n_attrs && log[ch].is_line_break && piece > 0) {
                    if (piece > widest_piece)
                        widest_piece = piece;
                    piece = 0;
                }
                for (int g = ci.start_glyph; g < ci.end_glyph; g++)
                    piece += run->glyphs->glyphs[g].geometry.width;
            }
        }
        if (piece > widest_piece)
            widest_piece = piece;
    }
    *max_width = widest_line(layout) / (double)PANGO_SCALE;
    *min_width = widest_piece / (double)PANGO_SCALE;
    if (*min_width > *max_width)
        *min_width = *max_width;
    g_object_unref(layout);
}

double kj_ts_height(PangoLayout *layout)
{
    int w, h;
    pango_layout_get_size(layout, &w, &h);
    return h / (double)PANGO_SCALE;
}

double kj_ts_width(PangoLayout *layout)
{
    return widest_line(layout) / (double)PANGO_SCALE;
}

double kj_ts_label(kj_renderer *r, kj_canvas *cv, kj_style_id style, kj_align align,
                   const char *text, double x, double y, double width, kj_color c)
{
    PangoLayout *l = kj_ts_layout(r, style, align, text, width, 0);
    kj_cv_layout(cv, l, x, y, c);
    double h = kj_ts_height(l);
    g_object_unref(l);
    return h;
}

/* ------------------------------------------------------------ public API */

size_t kj_text_lines(kj_renderer *r, kj_style_id style, kj_align align, const char *text,
                     double width, kj_text_line *lines, size_t max_lines)
{
    PangoLayout *layout = kj_ts_layout(r, style, align, text, width, 0);
    const size_t *src = g_object_get_data(G_OBJECT(layout), "kj-source-offsets");
    size_t n = 0;
    for (GSList *it = pango_layout_get_lines_readonly(layout); it; it = it->next, n++) {
        if (lines && n < max_lines) {
            PangoLayoutLine *line = it->data;
            size_t start = src[line->start_index], end = src[line->start_index + line->length];
            lines[n].start = start;
            lines[n].length = end - start;
            lines[n].width = line_width(layout, line) / (double)PANGO_SCALE;
        }
    }
    g_object_unref(layout);
    return n;
}

double kj_text_height(kj_renderer *r, kj_style_id style, const char *text, double width)
{
    PangoLayout *layout = kj_ts_layout(r, style, KJ_ALIGN_LEFT, text, width, 0);
    double h = kj_ts_height(layout);
    g_object_unref(layout);
    return h;
}

double kj_text_width(kj_renderer *r, kj_style_id style, const char *text)
{
    PangoLayout *layout = kj_ts_layout(r, style, KJ_ALIGN_LEFT, text, 0, 0);
    double w = kj_ts_width(layout);
    g_object_unref(layout);
    return w;
}

static bool fits(kj_renderer *r, kj_style_id style, const char *text, size_t keep,
                 const char *marker, double width, size_t max_lines)
{
    size_t mlen = strlen(marker);
    char *s = kj_xmalloc(keep + mlen + 1);
    memcpy(s, text, keep);
    memcpy(s + keep, marker, mlen + 1);
    size_t n = kj_text_lines(r, style, KJ_ALIGN_JUSTIFY, s, width, NULL, 0);
    free(s);
    return n <= max_lines;
}

size_t kj_text_fit_sentences(kj_renderer *r, kj_style_id style, const char *text, double width,
                             size_t max_lines, const char *marker)
{
    size_t len = strlen(text);
    if (kj_text_lines(r, style, KJ_ALIGN_JUSTIFY, text, width, NULL, 0) <= max_lines)
        return len;
    /* Sentence ends: after 。！？!? (and a closing bracket right after
     * them), or before a line feed. */
    size_t *ends = kj_xmalloc((len + 1) * sizeof *ends), n = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\n') {
            ends[n++] = i;
            continue;
        }
        static const char *const stops[] = {"。", "！", "？", "!", "?"};
        for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++) {
            size_t sl = strlen(stops[k]);
            if (strncmp(text + i, stops[k], sl) == 0) {
                size_t e = i + sl;
                while (strncmp(text + e, "」", 3) == 0 || strncmp(text + e, "）", 3) == 0)
                    e += 3;
                ends[n++] = e;
                break;
            }
        }
    }
    /* The longest prefix that fits: fitting is monotone in the length. */
    size_t lo = 0, hi = n, best = 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (fits(r, style, text, ends[mid], marker, width, max_lines)) {
            best = ends[mid];
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    free(ends);
    return best;
}
