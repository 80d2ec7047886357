/*
 * render_internal.h — what the files of src/render/ share.
 *
 * Not installed: page builders use render.h.  The unit tests include it to
 * check the typesetting rules and the pagination plans directly.
 */
#ifndef KAIJI_RENDER_INTERNAL_H
#define KAIJI_RENDER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include "kaiji/render.h"
#include "kaiji/phrases.h"
#include "kaiji/text.h"
#include "kaiji/url.h"

/** Where drawing goes (canvas.c). */
typedef struct kj_canvas kj_canvas;

/* ------------------------------------------------------------ renderer */

struct kj_renderer {
    const kj_layout *layout;
    FcConfig *fc;
    PangoFontMap *fontmap;
    PangoContext *context;
    char *family[KJ_FONT__COUNT]; /* the family chosen per role */
    PangoFontDescription *font[KJ_STYLE__COUNT];
    /* kj_renderer_set_terms(): the terms in display form, looked up */
    kj_phrases terms;
    kj_phrase *term_items; /* owns the texts */
    size_t n_terms;
};

/** Sets the cairo source colour. */
void kj_set_color(cairo_t *cr, kj_color c);

/** A colour mixed with white: t = 0 keeps it, t = 1 gives white. */
kj_color kj_color_tint(kj_color c, double t);

/* ------------------------------------------------------------ JLReq rules */

/** Receives a byte range [start, end) of a text. */
typedef void (*kj_span_fn)(void *ctx, size_t start, size_t end);

/**
 * Spans of `text` that must not be broken inside: a number with its units
 * and date parts (`2025年4月1日`, `38,600人`, `3万8千件`) and its prefix
 * (`第2報`, `約1,200件`, `令和7年`); and the last character of such a span
 * with a short bracketed label right after it (`日（第2報）`).
 */
void kj_jlreq_nobreak_spans(const char *text, size_t len, kj_span_fn emit, void *ctx);

/** What bounds words besides the scripts: known terms, whose ends are word
 *  ends, and byte offsets where a word starts (a space the source had). */
typedef struct kj_word_bounds {
    const kj_phrases *terms; /* may be NULL */
    const size_t *starts;    /* ascending */
    size_t n_starts;
} kj_word_bounds;

/**
 * Words of Japanese text that a ragged line or a table cell should not
 * break inside: a run of kanji, katakana and hiragana up to the kana that
 * close it, or up to where kanji and katakana meet (当社が｜利用する｜
 * メールシステムへの｜お知らせ, 株式会社｜ビジュアルワークス); runs longer
 * than ten characters are left free.  Pango breaks between any two kana
 * or kanji; these spans make it prefer phrase boundaries.
 */
void kj_jlreq_word_spans(const char *text, size_t len, const kj_word_bounds *bounds,
                         kj_span_fn emit, void *ctx);

/** The words of kj_jlreq_word_spans() of any length: where a text may be
 *  cut without cutting a word. */
void kj_jlreq_all_words(const char *text, size_t len, const kj_word_bounds *bounds, kj_span_fn emit,
                        void *ctx);

/**
 * The terms of `terms` in `text` (leftmost, longest first), each a span
 * that is one unit: a vocabulary label, a legal form (see
 * kj_renderer_set_terms).  NULL or an empty set: none.
 */
void kj_jlreq_term_spans(const char *text, size_t len, const kj_phrases *terms, kj_span_fn emit,
                         void *ctx);

/**
 * Widow control: for every paragraph (separated by '\n') longer than its
 * tail, the span of its last `min_chars` characters (not counting the
 * closing brackets and stops after them, which the span includes), so that
 * no last line holds fewer.
 */
void kj_jlreq_widow_spans(const char *text, size_t len, size_t min_chars, kj_span_fn emit,
                          void *ctx);

/**
 * Characters whose half of empty em-box space is dropped because they meet
 * another bracket or stop (JLReq 3.1.4, the `chws` rule): a closing
 * bracket, comma or full stop followed by another or by an opening bracket
 * loses its trailing space; an opening bracket after an opening bracket
 * loses its leading space.  Each span is one character, to be set with the
 * font's `halt` feature.
 */
void kj_jlreq_compress_spans(const char *text, size_t len, kj_span_fn emit, void *ctx);

/** JLReq characters not allowed at a line start (closing brackets, 、。，．
 *  ・：；？！ ー 々 ゝ small kana, …). */
bool kj_jlreq_no_line_start(uint32_t cp);

/** JLReq characters not allowed at a line end (opening brackets). */
bool kj_jlreq_no_line_end(uint32_t cp);

/* --------------------------------------------------------- display text */

/**
 * A text as it is printed (display.c): full-width ASCII letters and digits
 * half-width, half-width katakana full-width, ASCII brackets and colons
 * inside Japanese full-width, stray spaces beside Japanese dropped, Kangxi
 * radicals and a few signs the faces lack replaced, invisible characters
 * gone; URLs and e-mail addresses untouched.  Then a U+0020 wherever JLReq
 * puts a quarter em between Japanese and a Latin letter or digit (outside
 * numbers with their units and URLs): `spaces` lists their byte offsets,
 * which typeset.c sets a quarter em wide.  A space dropped between two
 * Japanese words (「日本大学 文理学部」) still ends a word: `word_starts`
 * lists where the next one begins.  `src[i]` is the byte of the
 * input that byte i came from (src[len] is the input's length), so line
 * ranges can be given in the caller's text.  Free with
 * kj_display_text_free().
 */
typedef struct kj_display_text {
    char *text; /* NUL-terminated, valid UTF-8 when the input was */
    size_t len;
    size_t *src;    /* len + 1 entries */
    size_t *spaces; /* the quarter-em spaces, ascending */
    size_t n_spaces;
    size_t *word_starts; /* where a space between Japanese words was dropped, ascending */
    size_t n_word_starts;
} kj_display_text;

void kj_display_text_make(const char *text, size_t len, kj_display_text *out);
void kj_display_text_free(kj_display_text *d);

/** Kanji, kana and the marks that belong to them (々 ー ヶ): the Japanese
 *  side of a JLReq quarter-em boundary. */
bool kj_display_is_japanese(uint32_t c);

/** Latin letters and European digits: the other side. */
bool kj_display_is_western(uint32_t c);

/* ---------------------------------------------------------- typesetting */

/**
 * A Pango layout of `text` in `style`: language `ja`, the style's leading,
 * numbers kept with their units, punctuation compressed, wrapped at
 * `width` (<= 0: one line per paragraph) and aligned; JUSTIFY spreads the
 * space of every line but a paragraph's last at break opportunities.
 * `max_lines` > 0 cuts a longer text with an ellipsis 「…」 at the last
 * phrase boundary that leaves room for it (never inside a word, a term or
 * a number with its unit; a 、 before the cut dropped), or, when no
 * boundary does, where Pango must.  The caller unrefs it.
 */
PangoLayout *kj_ts_layout(kj_renderer *r, kj_style_id style, kj_align align, const char *text,
                          double width, int max_lines);

/**
 * The narrowest and the natural width of `text` in `style`, in points: the
 * widest piece between the breaks its spans allow (a number with its unit,
 * a word of a cell) and the widest paragraph on one line.  What a table
 * sizes its columns from.
 */
void kj_ts_measure(kj_renderer *r, kj_style_id style, const char *text, double *min_width,
                   double *max_width);

/** The logical extents of lines [first, first + count) of a layout (count
 *  < 0: all), y from the first line's top, a quarter em ending a line not
 *  counted (it is no space there). */
void kj_ts_lines_extents(PangoLayout *layout, int first, int count, PangoRectangle *out);

/** True when byte `byte` of a kj_ts_layout()'s text is a JLReq quarter em
 *  it inserted. */
bool kj_ts_is_quarter_em(PangoLayout *layout, size_t byte);

/** Height of a layout in points (lines times leading). */
double kj_ts_height(PangoLayout *layout);

/** Width of a layout's widest line in points. */
double kj_ts_width(PangoLayout *layout);

/** Sets `text` in `style` and draws it at (x, y): a one-off label.  Returns
 *  its height. */
double kj_ts_label(kj_renderer *r, kj_canvas *cv, kj_style_id style, kj_align align,
                   const char *text, double x, double y, double width, kj_color c);

/** Shapes of chart markers and legend swatches. */
typedef enum kj_swatch {
    KJ_SWATCH_BOX,
    KJ_SWATCH_CIRCLE,
    KJ_SWATCH_RING,
    KJ_SWATCH_DIAMOND,
    KJ_SWATCH_BAR,
    KJ_SWATCH_BREAK /* a broken axis: two slanted strokes on white */
} kj_swatch;

/* ---------------------------------------------------------------- canvas */

/* A canvas draws straight onto a cairo context, or keeps a list of
 * operations replayed later (a document page). */

/** A canvas drawing at once on `cr` (borrowed). */
kj_canvas *kj_canvas_direct(cairo_t *cr);

/** A canvas keeping its operations (and references to their layouts). */
kj_canvas *kj_canvas_list(void);

/** Frees a canvas and drops its layouts.  NULL is a no-op. */
void kj_canvas_free(kj_canvas *cv);

/** Draws a list canvas's operations on `cr`. */
void kj_canvas_replay(const kj_canvas *cv, cairo_t *cr);

/**
 * Writes the text a list canvas draws to `out`, one JSON object a line:
 * {"style": NAME, "lines": [...], "last": true when the paragraph's last
 * line is among them}, each line as set (display form, a JLReq quarter em
 * written as U+2005).  The test hook behind $KAIJI_TEXT_TRACE
 * (kj_doc_write_pdf), which tests/corpus/print_scan.sh reads.
 */
void kj_canvas_trace(const kj_canvas *cv, FILE *out);

/** Operations of a list canvas reaching outside (x0, y0)-(x1, y1). */
size_t kj_canvas_outside(const kj_canvas *cv, double x0, double y0, double x1, double y1);

/** What a list canvas draws, for tests that check where things land. */
typedef struct kj_drawn {
    enum { KJ_DRAWN_TEXT, KJ_DRAWN_RECT, KJ_DRAWN_LINE, KJ_DRAWN_MARKER, KJ_DRAWN_OTHER } kind;
    double x0, y0, x1, y1; /* text: its ink; else the box it covers */
    const char *text;      /* text: the layout's text (the canvas owns it), else NULL */
} kj_drawn;

/** The first `max` operations of a list canvas into `out`; returns how many
 *  operations it holds. */
size_t kj_canvas_drawn(const kj_canvas *cv, kj_drawn *out, size_t max);

/** A layout with its top-left corner at (x, y). */
void kj_cv_layout(kj_canvas *cv, PangoLayout *layout, double x, double y, kj_color c);

/** Lines [first, first + count) of a layout, the first one's top at y. */
void kj_cv_layout_lines(kj_canvas *cv, PangoLayout *layout, int first, int count, double x,
                        double y, kj_color c);

/** A filled rectangle. */
void kj_cv_rect(kj_canvas *cv, double x, double y, double w, double h, kj_color c);

/** The outline of a rectangle, drawn inside it, `width` thick. */
void kj_cv_frame(kj_canvas *cv, double x, double y, double w, double h, double width, kj_color c);

/** A straight line. */
void kj_cv_line(kj_canvas *cv, double x0, double y0, double x1, double y1, double width,
                kj_color c);

/** A chart marker (see kj_marker). */
void kj_cv_marker(kj_canvas *cv, kj_swatch shape, double x, double y, double radius, kj_color c);

/**
 * Opens a PDF structure element (a Cairo structure tag: "P", "H1", "Table",
 * "TR", "TH", "TD", "Figure", "L", "LI", "LBody", "Link", "Caption" …) around
 * what is drawn until kj_cv_tag_end() with the same name; `attrs` (may be
 * NULL) are Cairo's tag attributes (a link's uri and rect).  Tags nest and
 * may span pages; surfaces other than PDF ignore them.
 */
void kj_cv_tag_begin(kj_canvas *cv, const char *tag, const char *attrs);
void kj_cv_tag_end(kj_canvas *cv, const char *tag);

/** Clips what follows to a rectangle, until kj_cv_unclip(). */
void kj_cv_clip(kj_canvas *cv, double x, double y, double w, double h);
void kj_cv_unclip(kj_canvas *cv);

/* --------------------------------------------------------------- charts */

/** Draws a figure into the box (x, y, w, h). */
void kj_figure_draw(kj_renderer *r, kj_canvas *cv, const kj_figure *fig, double x, double y,
                    double w, double h);

/** Height of timeline rows [first, first + n) drawn at width `w`, with
 *  title, legend and axis. */
double kj_timeline_height(kj_renderer *r, const kj_timeline *tl, size_t n_rows, double w);

/** Draws timeline rows [first, first + n) into (x, y, w); `continued`
 *  marks the caption. */
void kj_timeline_draw(kj_renderer *r, kj_canvas *cv, const kj_timeline *tl, size_t first, size_t n,
                      bool continued, double x, double y, double w);

/** Nice axis: a step of 1, 2 or 5 x 10^k (at least 1) giving at most
 *  about `target` intervals from 0 to at least `max`; the axis top goes to
 *  `*top`. */
double kj_nice_step(double max, int target, double *top);

/** Colour of series `i` of `all` (the "other" series takes the muted
 *  colour and no palette slot). */
kj_color kj_series_color(const kj_layout *l, const kj_series *all, size_t i);

/** A number for a label: 1,234 for whole numbers, else one decimal. */
void kj_format_value(double v, char buf[32]);

typedef struct kj_legend_item {
    const char *label;
    kj_color color;
    kj_swatch swatch;
} kj_legend_item;

/** Draws a legend flowing left to right, wrapping at width `w`; returns
 *  its height.  With `measure_only` nothing is drawn. */
double kj_legend(kj_renderer *r, kj_canvas *cv, const kj_legend_item *items, size_t n, double x,
                 double y, double w, bool measure_only);

/** Half the width a marker of `radius` takes. */
double kj_marker_half_width(kj_swatch shape, double radius);

/** Draws a marker shape centred at (x, y) with radius `radius`. */
void kj_marker(cairo_t *cr, kj_swatch shape, double x, double y, double radius, kj_color c);

/** Draws a chart title (caption style) and returns the height used (0 for
 *  NULL or ""). */
double kj_chart_title(kj_renderer *r, kj_canvas *cv, const char *title, bool continued, double x,
                      double y, double w, bool measure_only);

/* --------------------------------------------------------------- tables */

/** A measured table and where its rows fall: rows [first_row[p],
 *  first_row[p + 1]) on chunk p, each chunk under the caption and the
 *  header row. */
typedef struct kj_table_plan {
    size_t n_rows, n_columns;
    size_t n_chunks;
    size_t *first_row; /* n_chunks + 1 entries */
    double *row_height;
    double header_height;
    double caption_height;
    double *col_x, *col_w; /* per column, from the table's left edge */
    PangoLayout **header;  /* per column */
    PangoLayout **cell;    /* n_rows * n_columns */
} kj_table_plan;

/**
 * Measures a table at width `w` and splits it into chunks: the first gets
 * `first_avail` points (caption and header included), every other one
 * `page_avail`.  When the first cannot hold the header and one row it is
 * left empty (first_row[1] == 0) and the table starts on the next page.
 */
void kj_table_plan_make(kj_renderer *r, const kj_table *t, double w, double first_avail,
                        double page_avail, kj_table_plan *plan);

/** Splits a measured plan's rows into chunks again for other heights. */
void kj_table_plan_chunk(kj_table_plan *plan, double first_avail, double page_avail);

/** Frees the plan's layouts and arrays. */
void kj_table_plan_free(kj_table_plan *plan);

#endif

/* ------------------------------------------------------------ documents */

/** The renderer of a document. */
kj_renderer *kj_doc_renderer(kj_doc *doc);

/** The current page's canvas, opening the first page if needed. */
kj_canvas *kj_doc_canvas(kj_doc *doc);

/** Left edge of the flow. */
double kj_doc_frame_x(const kj_doc *doc);

/** True while nothing has been placed on the current page. */
bool kj_doc_page_is_empty(const kj_doc *doc);

/** Starts a new page (always). */
void kj_doc_new_page(kj_doc *doc);

/**
 * Prepares for a block whose first unbreakable part is `first_height`
 * tall: a pending heading is placed (together with that part, on a new
 * page if they do not both fit), and a new page is started when the part
 * does not fit.  Every block calls this before drawing.
 */
void kj_doc_begin_block(kj_doc *doc, double first_height);

/** Moves the flow down by `h` (the block drew there). */
void kj_doc_advance(kj_doc *doc, double h);

/** Ends a block: the gap after it, then snapped to the baseline grid. */
void kj_doc_end_block(kj_doc *doc, double gap);

/**
 * Opens a link over (x, y, w, h) of the current page around what is drawn
 * until kj_doc_link_end() (a Link structure element and its annotation).
 * Returns false, and opens nothing, unless `url` is http:// or https://;
 * call kj_doc_link_end() only after true.
 */
bool kj_doc_link_begin(kj_doc *doc, double x, double y, double w, double h, const char *url);
void kj_doc_link_end(kj_doc *doc);

/** A structure element around what follows on the current page (and the
 *  next ones) until kj_doc_tag_end() (see kj_cv_tag_begin). */
void kj_doc_tag_begin(kj_doc *doc, const char *tag);
void kj_doc_tag_end(kj_doc *doc, const char *tag);

/** The alternative text of the next figure tagged (in document order). */
void kj_doc_figure_alt(kj_doc *doc, const char *alt);

/**
 * Adds to a PDF that Cairo wrote what its tag API cannot say (pdf_finish.c):
 * the document's language `lang` (e.g. "ja-JP"), that viewers show its
 * title, and the alternative texts of its Figure structure elements in
 * order.  The amended PDF goes into `out`; returns false (leaving `out`
 * alone) when the file is not as expected, and it is then to be used as
 * it is.
 */
bool kj_pdf_finish(const kj_buf *pdf, const char *lang, const char *const *alts, size_t n_alts,
                   kj_buf *out);

/* kj_url_is_web() (url.h) decides which URLs become links: http:// and
 * https:// with a host, no spaces or quotes. */

/** Draws a bar chart into the box (x, y, w, h). */
/** The least height a bar chart needs at width `w`: side-by-side bars whose
 *  values are labelled need rows where each label has its own place; 0 when
 *  any height will do. */
double kj_bars_natural_height(kj_renderer *r, const kj_bar_chart *c, double w);

void kj_bars_draw(kj_renderer *r, kj_canvas *cv, const kj_bar_chart *c, double x, double y,
                  double w, double h);

/** A cairo write function writing to the FILE * `closure`. */
cairo_status_t kj_cairo_write_file(void *closure, const unsigned char *data, unsigned int length);
