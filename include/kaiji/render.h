/*
 * render.h — Japanese-typeset PDF documents and charts.
 *
 * The renderer knows nothing about releases or incidents: it sets headings,
 * paragraphs, lists, KPI boxes, tables, bar charts and disclosure timelines
 * from plain strings and numbers, so the monthly briefing and the one-pagers
 * (and whatever comes next) are thin page builders on top of it.
 *
 * Three objects:
 *  - kj_layout: page size, margins, grid, fonts, text styles, colours and the
 *    order of sections, read from `layouts/NAME.json` (or built-in defaults).
 *  - kj_renderer: kaiji's own fontconfig configuration (fonts/fonts.conf),
 *    the Pango font map and context built on it (language `ja`, 72 dpi so
 *    one unit is one point, no hinting).  Creating it checks that a
 *    Japanese-capable face is installed for every font role of the layout.
 *  - kj_doc: a document being set, page by page, top to bottom.  Pages are
 *    recorded and written at the end, so the footer can say `n / N`.
 *
 * Text follows the W3C Requirements for Japanese Text Layout (JLReq):
 * Pango's line breaking keeps closing brackets, 、。, small kana, ー and the
 * like off line starts and opening brackets off line ends; on top of that
 * kaiji keeps numbers with their units and date parts together (2025年4月,
 * 38,600人, 第2報, a date with its （第2報）), puts a quarter em between
 * Japanese and Latin letters or digits (3.2.6; none at a line's edges,
 * inside a number with its unit, next to brackets and stops or inside a
 * URL), leaves no last line of fewer than three characters where another
 * break exists, breaks table cells and headings between phrases where it
 * can, compresses the space where brackets and full stops meet (the
 * proportional BIZ UDP faces carry it in their glyphs; with Noto, the
 * font's `halt` feature on exactly those characters), sets no ligatures,
 * and justifies body text by spreading space only where a line break would
 * be allowed — never inside a number or a Latin word.  Every text is set
 * in its display form: full-width ASCII letters and digits half-width,
 * half-width katakana full-width, ASCII brackets and colons inside
 * Japanese full-width, stray spaces beside Japanese dropped (URLs as
 * written) — what the export keeps as written.
 *
 * A document is a tagged PDF: /Lang ja-JP, a structure tree of headings,
 * paragraphs, lists, tables with header cells, figures whose alternative
 * text gives their figures, and links; title and subject in its metadata.
 *
 * All lengths are in PostScript points (1/72 inch) unless a name says mm.
 */
#ifndef KAIJI_RENDER_H
#define KAIJI_RENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "kaiji/error.h"
#include "kaiji/model.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------ layouts */

typedef struct kj_color {
    double r, g, b; /* 0..1 */
} kj_color;

/** The two type families a layout names: Gothic (sans) and Mincho (serif). */
typedef enum kj_font_role { KJ_FONT_SANS, KJ_FONT_SERIF, KJ_FONT__COUNT } kj_font_role;

/** The text styles every layout defines; their JSON keys are given. */
typedef enum kj_style_id {
    KJ_STYLE_TITLE,        /* "title": the document title on the first page */
    KJ_STYLE_SUBTITLE,     /* "subtitle": the line under the title */
    KJ_STYLE_H1,           /* "h1": section headings (one outline entry each) */
    KJ_STYLE_H2,           /* "h2": subsection headings (nested outline entries) */
    KJ_STYLE_H3,           /* "h3": run-in headings, no outline entry */
    KJ_STYLE_BODY,         /* "body": justified paragraphs and list items */
    KJ_STYLE_SMALL,        /* "small": notes and method text */
    KJ_STYLE_CAPTION,      /* "caption": figure and table titles */
    KJ_STYLE_TABLE,        /* "table": table cells */
    KJ_STYLE_TABLE_HEADER, /* "table_header": table header cells */
    KJ_STYLE_KPI_VALUE,    /* "kpi_value": the figure in a KPI box */
    KJ_STYLE_KPI_LABEL,    /* "kpi_label": the label and change line of a KPI box */
    KJ_STYLE_CHART,        /* "chart": axis labels, legends, value labels */
    KJ_STYLE_HEADER,       /* "header": the running head */
    KJ_STYLE_FOOTER,       /* "footer": the running foot */
    KJ_STYLE__COUNT
} kj_style_id;

typedef struct kj_text_style {
    kj_font_role font;
    double size; /* points */
    bool bold;
    double line_height; /* multiple of size */
    kj_color color;
} kj_text_style;

/** Named colours of a layout ("colors" in JSON). */
typedef enum kj_color_id {
    KJ_COLOR_TEXT,   /* "text" */
    KJ_COLOR_MUTED,  /* "muted": secondary text, axis labels */
    KJ_COLOR_ACCENT, /* "accent": heading rules, KPI frames */
    KJ_COLOR_RULE,   /* "rule": hairlines, grid lines */
    KJ_COLOR_FILL,   /* "fill": header row and KPI backgrounds */
    KJ_COLOR_STRIPE, /* "stripe": alternate table rows */
    KJ_COLOR_WORSE,  /* "worse": a change for the worse */
    KJ_COLOR_BETTER, /* "better": a change for the better */
    KJ_COLOR_LINK,   /* "link": clickable source links */
    KJ_COLOR_OTHER,  /* "other": the "others" series of a chart */
    KJ_COLOR__COUNT
} kj_color_id;

#define KJ_LAYOUT_MAX_FAMILIES 6
#define KJ_LAYOUT_MAX_PALETTE 12
#define KJ_LAYOUT_MAX_SECTIONS 32

/**
 * A page design.  Everything is filled: keys a layout file leaves out keep
 * the built-in defaults (A4 portrait, BIZ UDPGothic and BIZ UDPMincho with
 * Noto CJK JP and IPAex as fallback, notes and tables in Gothic at 8.5 pt,
 * the Okabe–Ito colour-blind-safe palette).  Strings are owned by the
 * layout.
 */
typedef struct kj_layout {
    char *path; /* the file it was read from, "(built-in)" for the defaults */
    char *name; /* "name" */
    double page_width, page_height;
    double margin_top, margin_bottom, margin_left, margin_right;
    int grid_columns;   /* horizontal grid: columns ... */
    double grid_gutter; /* ... separated by gutters */
    double baseline;    /* vertical grid unit: every block starts on it */
    char *families[KJ_FONT__COUNT][KJ_LAYOUT_MAX_FAMILIES]; /* in order of preference */
    size_t n_families[KJ_FONT__COUNT];
    kj_text_style styles[KJ_STYLE__COUNT];
    kj_color colors[KJ_COLOR__COUNT];
    kj_color palette[KJ_LAYOUT_MAX_PALETTE];
    size_t n_palette;
    /* Running head and foot templates: {title} {subtitle} {author} {date}
     * {page} {pages} are replaced; "" leaves the slot empty. */
    char *header_left, *header_right, *footer_left, *footer_right;
    char *sections[KJ_LAYOUT_MAX_SECTIONS]; /* "sections": page builders' parts in order */
    size_t n_sections;
} kj_layout;

/** The built-in layout (never fails; abort on out-of-memory).  Free with
 *  kj_layout_free(). */
kj_layout *kj_layout_default(void);

/**
 * Reads layout file `path` over the built-in defaults.  Returns KJ_OK and
 * the layout in `*out`; KJ_ERR_NOINPUT when the file cannot be read;
 * KJ_ERR_CONFIG when it is broken, with `err` saying
 * `FILE:LINE:COLUMN: KEY.PATH: what is wrong` (syntax errors, wrong types,
 * unknown keys, bad colours, sizes out of range).
 */
kj_status kj_layout_load(const char *path, kj_layout **out, kj_error *err);

/**
 * Reads the layout kaiji ships as `layouts/NAME.json` (see paths.h), or
 * `path` when it is not NULL (the `--layout FILE` option).  Fails as
 * kj_layout_load().
 */
kj_status kj_layout_load_named(const char *name, const char *path, kj_layout **out, kj_error *err);

/**
 * Checks that every entry of layout->sections is one of the `n_known`
 * names in `known` (a page builder's parts).  KJ_ERR_CONFIG naming the file
 * and the entry otherwise.
 */
kj_status kj_layout_check_sections(const kj_layout *layout, const char *const *known,
                                   size_t n_known, kj_error *err);

/** True when the layout lists section `name`. */
bool kj_layout_has_section(const kj_layout *layout, const char *name);

/** Frees a layout.  NULL is a no-op. */
void kj_layout_free(kj_layout *layout);

/** The content width: page width less the left and right margins. */
double kj_layout_content_width(const kj_layout *layout);

/** Width of `span` grid columns including the gutters between them. */
double kj_layout_columns_width(const kj_layout *layout, int span);

/* ------------------------------------------------------------ renderer */

typedef struct kj_renderer kj_renderer;

/**
 * Loads kaiji's fontconfig configuration (`fonts/fonts.conf` under
 * kj_data_dir(), plus any font files dropped into that folder) and builds
 * the Pango font map and context the renderer uses, never the user's own
 * fontconfig setup.  For each font role the first family of the layout that
 * is installed and covers Japanese (kana, common kanji, 「」) is chosen.
 * KJ_ERR_CONFIG with a message naming the families tried and the Debian
 * packages to install when a role has none.  `layout` is borrowed and must
 * outlive the renderer.
 */
kj_status kj_renderer_new(const kj_layout *layout, kj_renderer **out, kj_error *err);

/** Frees the renderer.  NULL is a no-op. */
void kj_renderer_free(kj_renderer *r);

/** The layout the renderer was made with. */
const kj_layout *kj_renderer_layout(const kj_renderer *r);

/** The family chosen for `role` (e.g. "BIZ UDPGothic"). */
const char *kj_renderer_family(const kj_renderer *r, kj_font_role role);

/**
 * Terms the renderer keeps whole wherever it breaks at phrases (table
 * cells, labels, headings, captions): a vocabulary's labels
 * (「迷惑メール踏み台」, one attack type, never 「迷惑メール / 踏み台」), the
 * legal forms of organisation names (「医療法人社団」).  A term is one unit,
 * broken inside only when a cell cannot hold it at all, and its ends bound
 * the words beside it (医療法人社団｜白梅会白梅豊岡病院).  Replaces the
 * terms given before; the texts are copied.
 */
void kj_renderer_set_terms(kj_renderer *r, const char *const *terms, size_t n);

/** How many terms `r` keeps whole (kj_renderer_set_terms); 0 before any are set. */
size_t kj_renderer_n_terms(const kj_renderer *r);

/* ---------------------------------------------------------------- text */

typedef enum kj_align {
    KJ_ALIGN_LEFT,
    KJ_ALIGN_CENTER,
    KJ_ALIGN_RIGHT,
    KJ_ALIGN_JUSTIFY /* both edges, the last line of a paragraph flush left */
} kj_align;

/** One line of set text: a byte range of the input and its width. */
typedef struct kj_text_line {
    size_t start, length; /* bytes of the text given */
    double width;         /* after justification */
} kj_text_line;

/**
 * Sets `text` in `style` at `width` and stores up to `max_lines` lines
 * into `lines` (may be NULL to count).  Returns the number of lines; the
 * height is that number times the style's line height.  Paragraphs are
 * separated by '\n'.
 */
size_t kj_text_lines(kj_renderer *r, kj_style_id style, kj_align align, const char *text,
                     double width, kj_text_line *lines, size_t max_lines);

/** Height of `text` set in `style` at `width`. */
double kj_text_height(kj_renderer *r, kj_style_id style, const char *text, double width);

/** Natural width of `text` on one line in `style`. */
double kj_text_width(kj_renderer *r, kj_style_id style, const char *text);

/**
 * How many bytes of `text` fit in `max_lines` lines of `style` at `width`,
 * cut after a sentence end (。！？ or a line feed) so that a visible marker
 * of `marker_len` characters (e.g. "…（続きは原文）") still fits after it.
 * Returns strlen(text) when everything fits, 0 when not even the first
 * sentence does.  For fitting summaries onto a one-page report.
 */
size_t kj_text_fit_sentences(kj_renderer *r, kj_style_id style, const char *text, double width,
                             size_t max_lines, const char *marker);

/** The line height of `style` in points (its size times the layout's
 *  leading). */
double kj_style_leading(const kj_renderer *r, kj_style_id style);

/* -------------------------------------------------------------- charts */

/** One series of a bar chart: a value per category. */
typedef struct kj_series {
    const char *name;     /* legend entry */
    const double *values; /* n_categories values, >= 0 */
    bool other;           /* the "others" series: drawn in the muted colour */
} kj_series;

typedef struct kj_bar_chart {
    const char *title;             /* caption above the chart, may be NULL */
    const char *const *categories; /* category labels, in drawing order */
    size_t n_categories;
    const kj_series *series;
    size_t n_series;
    bool horizontal;        /* bars grow rightwards, categories top to bottom */
    bool stacked;           /* series stacked (else side by side) */
    bool value_labels;      /* the value (or a stack's total) at each bar's end */
    const char *unit;       /* the value axis unit, e.g. "件" (shown as （件）) */
    size_t labelled_series; /* side-by-side bars: only series [0, n) get value labels
                               (a previous period shown for comparison stays quiet);
                               0: all of them */
} kj_bar_chart;

typedef enum kj_mark_kind {
    KJ_MARK_OCCURRED, /* the incident began: hollow circle */
    KJ_MARK_DETECTED, /* it was noticed: diamond */
    KJ_MARK_RELEASE,  /* a public release: filled circle */
    KJ_MARK_EVENT     /* any other dated event (contained, reported, …): small grey square */
} kj_mark_kind;

typedef struct kj_timeline_mark {
    kj_date date; /* a month-precision date is drawn mid-month in a lighter tone */
    kj_mark_kind kind;
    const char *label; /* e.g. "第2報", may be NULL */
} kj_timeline_mark;

/** One incident: its label and dated marks in any order. */
typedef struct kj_timeline_row {
    const char *label;
    const kj_timeline_mark *marks;
    size_t n_marks;
} kj_timeline_row;

/**
 * A disclosure timeline: one row per incident on a shared date axis.  The
 * stretch from detection (or occurrence) to the first release is drawn as a
 * bar labelled with its length in days — the disclosure lag.
 */
typedef struct kj_timeline {
    const char *title;
    const kj_timeline_row *rows;
    size_t n_rows;
    kj_date from, to; /* the axis; unset: from the marks */
} kj_timeline;

typedef enum kj_figure_kind { KJ_FIGURE_BARS, KJ_FIGURE_TIMELINE } kj_figure_kind;

typedef struct kj_figure {
    kj_figure_kind kind;
    const kj_bar_chart *bars;    /* KJ_FIGURE_BARS */
    const kj_timeline *timeline; /* KJ_FIGURE_TIMELINE */
} kj_figure;

/** Natural height of `fig` at `width`: timelines grow with their rows, side
 *  by side bars with labelled values with their categories; other bar
 *  charts have none (returns 0). */
double kj_figure_natural_height(kj_renderer *r, const kj_figure *fig, double width);

typedef enum kj_image_format { KJ_IMAGE_SVG, KJ_IMAGE_PNG, KJ_IMAGE_PDF } kj_image_format;

/** The format named by a file name's extension (.svg .png .pdf); -1 if none. */
int kj_image_format_from_path(const char *path);

/**
 * Writes one figure alone as SVG, PNG (at 2x, white background) or PDF of
 * `width` x `height` points (height 0: the natural height, or 3/5 of the
 * width) to `path` via kj_output (temp file + rename).  KJ_ERR_CANTCREAT /
 * KJ_ERR_IO with `err` filled on failure.
 */
kj_status kj_figure_write(kj_renderer *r, const kj_figure *fig, double width, double height,
                          kj_image_format format, const char *path, kj_error *err);

/* ----------------------------------------------------------- documents */

typedef struct kj_doc kj_doc;

/**
 * The creation time reproducible builds ask for: $SOURCE_DATE_EPOCH
 * (https://reproducible-builds.org/specs/source-date-epoch/) when it is set
 * to a positive integer, else 0.
 */
time_t kj_source_date_epoch(void);

/** Document information: PDF metadata and the running head. */
typedef struct kj_doc_info {
    const char *title;    /* PDF Title, {title} */
    const char *subtitle; /* {subtitle}, e.g. the period */
    const char *author;   /* PDF Author, {author} */
    const char *subject;  /* PDF Subject */
    const char *keywords; /* PDF Keywords */
    time_t created;       /* PDF CreationDate and {date}; 0: $SOURCE_DATE_EPOCH or now */
} kj_doc_info;

/** Starts an empty document (the first page is opened on first use).  The
 *  info strings are copied. */
kj_doc *kj_doc_new(kj_renderer *r, const kj_doc_info *info);

/** Frees the document and its recorded pages.  NULL is a no-op. */
void kj_doc_free(kj_doc *doc);

/** The title block of a first page: title and subtitle styles, a rule. */
void kj_doc_title(kj_doc *doc, const char *title, const char *subtitle);

/**
 * A heading of level 1-3.  Levels 1 and 2 get an outline (bookmark) entry,
 * level 2 nested under the last level 1.  A heading is kept on the page of
 * what follows it.  `page_break` starts a new page first (unless the page
 * is still empty).
 */
void kj_doc_heading(kj_doc *doc, int level, const char *text, bool page_break);

/** A paragraph in `style`, split across pages between lines (never leaving
 *  a single line behind or alone at the top). */
void kj_doc_text(kj_doc *doc, kj_style_id style, kj_align align, const char *text);

/** A justified body paragraph: kj_doc_text(doc, KJ_STYLE_BODY, JUSTIFY, text). */
void kj_doc_paragraph(kj_doc *doc, const char *text);

/** A bullet list in `style` (KJ_STYLE_BODY or KJ_STYLE_SMALL), items
 *  justified, wrapped lines hanging under the text. */
void kj_doc_bullets(kj_doc *doc, kj_style_id style, const char *const *items, size_t n);

/**
 * One line of text with a clickable link: `label` then `url`, the URL in
 * the link colour.  Only http:// and https:// URLs become links; others
 * are printed as text.
 */
void kj_doc_link_line(kj_doc *doc, const char *label, const char *url);

typedef enum kj_tone {
    KJ_TONE_NEUTRAL,
    KJ_TONE_WORSE, /* drawn in the "worse" colour */
    KJ_TONE_BETTER
} kj_tone;

/** A key figure: label, value (+ unit) and its change against a baseline. */
typedef struct kj_kpi {
    const char *label;  /* "公表件数" */
    const char *value;  /* "377" */
    const char *unit;   /* "件", may be NULL */
    const char *change; /* "前月比 +12（+3.3%）", may be NULL */
    kj_tone tone;
} kj_kpi;

/** KPI boxes, `per_row` to a row on the column grid. */
void kj_doc_kpis(kj_doc *doc, const kj_kpi *kpis, size_t n, size_t per_row);

typedef enum kj_tag_state {
    KJ_TAG_ON, /* present: a filled mark */
    KJ_TAG_OFF /* stated as absent: an outlined, struck-through mark */
} kj_tag_state;

/** A labelled mark, e.g. a data type a release names. */
typedef struct kj_tag {
    const char *label;
    kj_tag_state state;
} kj_tag;

/** Labelled marks flowing left to right, wrapping at the frame's width. */
void kj_doc_tags(kj_doc *doc, const kj_tag *tags, size_t n);

/** A term and its text, e.g. 「攻撃種別」 → 「ランサムウェア」. */
typedef struct kj_definition {
    const char *term;
    const char *text;
    const char *url; /* http/https: the text is a link */
} kj_definition;

/**
 * A two-column list of terms and their texts (table styles), the terms
 * `term_em` table-font ems wide, rows ruled apart and never split across
 * pages.
 */
void kj_doc_definitions(kj_doc *doc, const kj_definition *defs, size_t n, double term_em);

typedef struct kj_table_column {
    const char *title;
    double width_em; /* fixed width in table-font ems (widened by up to 40% when its
                        content needs it); 0: sized from the content (see kj_doc_table) */
    double weight;   /* an auto-sized column's share of room left when every column
                        has its natural width */
    kj_align align;
    int max_lines; /* 0: as many as needed; else cut with … */
} kj_table_column;

typedef struct kj_table_cell {
    const char *text; /* NULL prints nothing */
    const char *url;  /* http/https: the cell is a link */
} kj_table_cell;

typedef struct kj_table {
    const char *caption;
    const kj_table_column *columns;
    size_t n_columns;
    const kj_table_cell *cells; /* n_rows * n_columns, row by row */
    size_t n_rows;
} kj_table;

/**
 * A table across the frame width.  Rows are never split; a table that does
 * not fit continues on the next page with its header row repeated (and
 * "（続き）" after the caption), each page's part a table of its own in the
 * PDF's structure (header cells TH, cells TD, links inside).  Columns
 * without width_em are sized from what they hold, as HTML's automatic
 * table layout does: each at least its longest word or number, the room
 * left going where it saves the most lines, up to each column's natural
 * width.  Cells break between phrases where they can (never inside a
 * number with its unit, a date keeps its （第2報）), and no cell's last
 * line holds fewer than three characters when another break exists.
 */
void kj_doc_table(kj_doc *doc, const kj_table *table);

/**
 * Figures side by side on the grid (n of them share the frame width), each
 * a Figure element of the PDF's structure whose alternative text gives its
 * title and every value (a bar chart) or every row's dated marks (a
 * timeline), all `height` tall (0: the largest natural height, or 3/5 of a
 * figure's width).
 * A timeline taller than a page continues on the next one with its axis
 * repeated.
 */
void kj_doc_figures(kj_doc *doc, const kj_figure *figs, size_t n, double height);

/** Vertical space, rounded up to the baseline grid. */
void kj_doc_space(kj_doc *doc, double points);

/** Starts a new page unless the current one is still empty. */
void kj_doc_page_break(kj_doc *doc);

/**
 * Narrows the flow to grid columns [first, first + span) (0-based; span 0
 * resets to the full width).  The vertical position is kept, so a page
 * builder can set two columns by saving kj_doc_y(), filling the left one,
 * restoring, and filling the right one.
 */
void kj_doc_set_frame(kj_doc *doc, int first_column, int span);

/** The flow's width in points. */
double kj_doc_frame_width(const kj_doc *doc);

/** The vertical position on the current page (points from the page top). */
double kj_doc_y(const kj_doc *doc);

/** Moves the vertical position on the current page (clamped to the body). */
void kj_doc_set_y(kj_doc *doc, double y);

/** Points left on the current page below the vertical position. */
double kj_doc_remaining(const kj_doc *doc);

/** Top and bottom of the page body (inside the margins), in points from
 *  the page top: what a page builder fits its content between. */
double kj_doc_body_top(const kj_doc *doc);
double kj_doc_body_bottom(const kj_doc *doc);

/** Drawing operations, over all pages, that reach outside the page body
 *  (inside the margins) — for page builders' tests: nothing may run off
 *  a page. */
size_t kj_doc_ops_outside(const kj_doc *doc);

/** Pages so far. */
int kj_doc_page_count(const kj_doc *doc);

/**
 * Writes the PDF to `path` ("-" for standard output) via kj_output:
 * recorded pages with running head and foot (`n / N`), metadata (title,
 * subject, author, keywords; viewers show the title), the outline, the
 * links and the structure tree (a tagged PDF, /Lang ja-JP, figures'
 * alternative texts).  With $KAIJI_TEXT_TRACE set, every text set is also
 * appended to that file as JSON lines (a test hook).  KJ_ERR_CANTCREAT / KJ_ERR_IO with `err` filled
 * on failure.  The document can be written more than once.
 */
kj_status kj_doc_write_pdf(kj_doc *doc, const char *path, kj_error *err);

#ifdef __cplusplus
}
#endif

#endif
