/*
 * doc.c — documents: pages, the flow down a page, the running head and
 * foot, PDF metadata, outline and links.
 *
 * Pages are kept as lists of drawing operations (canvas.c) while the
 * document is set and drawn onto the PDF surface only in
 * kj_doc_write_pdf(), when the number of pages is known and the footer can
 * say `n / N` without setting anything twice.  Links and outline entries
 * are kept aside and emitted there too.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>

#include "kaiji/alloc.h"
#include "kaiji/output.h"
#include "render_internal.h"

#define KJ_DOC_MAX_PENDING 4

typedef struct outline_rec {
    int level;
    char *title;
    double y;
} outline_rec;

typedef struct page {
    kj_canvas *cv;
    outline_rec *outline;
    size_t n_outline, cap_outline;
} page;

struct kj_doc {
    kj_renderer *r;
    const kj_layout *l;
    char *title, *subtitle, *author, *subject, *keywords;
    time_t created;
    page *pages;
    size_t n_pages, cap_pages;
    kj_canvas *cv; /* the last page's */
    double y;
    double frame_x, frame_w;
    bool page_empty;
    /* Headings wait for the block they introduce (keep with next); a
     * heading followed by a subheading waits with it. */
    struct {
        char *text;
        int level;
    } pending[KJ_DOC_MAX_PENDING];
    size_t n_pending;
    char **alts; /* the figures' alternative texts, in document order */
    size_t n_alts;
};

static char *dup_or_empty(const char *s)
{
    char *d = kj_xstrdup(s ? s : "");
    return d;
}

static void *grow(void *array, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return array;
    *cap = *cap ? *cap * 2 : 8;
    void *p = kj_xrealloc(array, *cap * size);
    return p;
}

time_t kj_source_date_epoch(void)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    char *end;
    long long v = sde && *sde ? strtoll(sde, &end, 10) : 0;
    return v > 0 && !*end ? (time_t)v : 0;
}

kj_doc *kj_doc_new(kj_renderer *r, const kj_doc_info *info)
{
    kj_doc *d = kj_xcalloc(1, sizeof *d);
    kj_doc_info none = {0};
    if (!info)
        info = &none;
    d->r = r;
    d->l = kj_renderer_layout(r);
    d->title = dup_or_empty(info->title);
    d->subtitle = dup_or_empty(info->subtitle);
    d->author = dup_or_empty(info->author);
    d->subject = dup_or_empty(info->subject);
    d->keywords = dup_or_empty(info->keywords);
    d->created = info->created;
    if (!d->created)
        d->created = kj_source_date_epoch();
    if (!d->created)
        d->created = time(NULL);
    d->frame_x = d->l->margin_left;
    d->frame_w = kj_layout_content_width(d->l);
    return d;
}

void kj_doc_free(kj_doc *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->n_pages; i++) {
        page *p = &d->pages[i];
        kj_canvas_free(p->cv);
        for (size_t k = 0; k < p->n_outline; k++)
            free(p->outline[k].title);
        free(p->outline);
    }
    free(d->pages);
    free(d->title);
    free(d->subtitle);
    free(d->author);
    free(d->subject);
    free(d->keywords);
    for (size_t i = 0; i < d->n_pending; i++)
        free(d->pending[i].text);
    for (size_t i = 0; i < d->n_alts; i++)
        free(d->alts[i]);
    free(d->alts);
    free(d);
}

/* ------------------------------------------------------------------ pages */

void kj_doc_new_page(kj_doc *d)
{
    d->pages = grow(d->pages, &d->cap_pages, d->n_pages, sizeof *d->pages);
    page *p = &d->pages[d->n_pages++];
    memset(p, 0, sizeof *p);
    p->cv = kj_canvas_list();
    d->cv = p->cv;
    d->y = d->l->margin_top;
    d->page_empty = true;
}

kj_renderer *kj_doc_renderer(kj_doc *d)
{
    return d->r;
}

kj_canvas *kj_doc_canvas(kj_doc *d)
{
    if (!d->cv)
        kj_doc_new_page(d);
    return d->cv;
}

double kj_doc_frame_x(const kj_doc *d)
{
    return d->frame_x;
}

double kj_doc_frame_width(const kj_doc *d)
{
    return d->frame_w;
}

double kj_doc_body_top(const kj_doc *d)
{
    return d->l->margin_top;
}

double kj_doc_body_bottom(const kj_doc *d)
{
    return d->l->page_height - d->l->margin_bottom;
}

bool kj_doc_page_is_empty(const kj_doc *d)
{
    return !d->cv || d->page_empty;
}

double kj_doc_y(const kj_doc *d)
{
    return d->cv ? d->y : d->l->margin_top;
}

void kj_doc_set_y(kj_doc *d, double y)
{
    kj_doc_canvas(d);
    double top = kj_doc_body_top(d), bottom = kj_doc_body_bottom(d);
    d->y = y < top ? top : y > bottom ? bottom : y;
}

double kj_doc_remaining(const kj_doc *d)
{
    return kj_doc_body_bottom(d) - kj_doc_y(d);
}

int kj_doc_page_count(const kj_doc *d)
{
    return (int)d->n_pages;
}

void kj_doc_set_frame(kj_doc *d, int first, int span)
{
    const kj_layout *l = d->l;
    if (span <= 0 || first < 0 || first >= l->grid_columns) {
        d->frame_x = l->margin_left;
        d->frame_w = kj_layout_content_width(l);
        return;
    }
    if (first + span > l->grid_columns)
        span = l->grid_columns - first;
    double col = kj_layout_columns_width(l, 1);
    d->frame_x = l->margin_left + first * (col + l->grid_gutter);
    d->frame_w = kj_layout_columns_width(l, span);
}

/* ------------------------------------------------------------------ flow */

static double snap(const kj_doc *d, double y)
{
    double top = d->l->margin_top, unit = d->l->baseline;
    return top + ceil((y - top) / unit - 1e-6) * unit;
}

void kj_doc_advance(kj_doc *d, double h)
{
    kj_doc_canvas(d);
    d->y += h;
    d->page_empty = false;
}

void kj_doc_end_block(kj_doc *d, double gap)
{
    kj_doc_canvas(d);
    d->y = snap(d, d->y + gap);
}

void kj_doc_space(kj_doc *d, double points)
{
    if (kj_doc_page_is_empty(d))
        return; /* space at the top of a page is no space */
    d->y = snap(d, d->y + points);
    if (d->y > kj_doc_body_bottom(d))
        d->y = kj_doc_body_bottom(d);
}

void kj_doc_page_break(kj_doc *d)
{
    if (!kj_doc_page_is_empty(d))
        kj_doc_new_page(d);
}

static void add_outline(kj_doc *d, int level, const char *title, double y)
{
    page *p = &d->pages[d->n_pages - 1];
    p->outline = grow(p->outline, &p->cap_outline, p->n_outline, sizeof *p->outline);
    p->outline[p->n_outline++] = (outline_rec){level, dup_or_empty(title), y};
}

/*
 * A URL as a Cairo link attribute: Cairo quotes strings with ' and escapes
 * with \, and accepts only ASCII in a URI (anything else puts the whole
 * PDF surface into an error state), so other bytes are percent-encoded as
 * RFC 3986 says.
 */
static void quote_uri(const char *s, char *out, size_t size)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t o = 0;
    for (; *s && o + 4 < size; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 0x80 || c < 0x20) {
            out[o++] = '%';
            out[o++] = hex[c >> 4];
            out[o++] = hex[c & 15];
            continue;
        }
        if (c == '\'' || c == '\\')
            out[o++] = '\\';
        out[o++] = (char)c;
    }
    out[o] = '\0';
}

bool kj_doc_link_begin(kj_doc *d, double x, double y, double w, double h, const char *url)
{
    if (!kj_url_is_web(url))
        return false;
    char attrs[4096], quoted[3800];
    quote_uri(url, quoted, sizeof quoted);
    snprintf(attrs, sizeof attrs, "uri='%s' rect=[%.2f %.2f %.2f %.2f]", quoted, x, y, w, h);
    kj_cv_tag_begin(kj_doc_canvas(d), CAIRO_TAG_LINK, attrs);
    return true;
}

void kj_doc_link_end(kj_doc *d)
{
    kj_cv_tag_end(kj_doc_canvas(d), CAIRO_TAG_LINK);
}

void kj_doc_tag_begin(kj_doc *d, const char *tag)
{
    kj_cv_tag_begin(kj_doc_canvas(d), tag, NULL);
}

void kj_doc_tag_end(kj_doc *d, const char *tag)
{
    kj_cv_tag_end(kj_doc_canvas(d), tag);
}

void kj_doc_figure_alt(kj_doc *d, const char *alt)
{
    d->alts = kj_xrealloc(d->alts, (d->n_alts + 1) * sizeof *d->alts);
    d->alts[d->n_alts++] = dup_or_empty(alt);
}

/* ------------------------------------------------------------- headings */

static kj_style_id heading_style(int level)
{
    return level <= 1 ? KJ_STYLE_H1 : level == 2 ? KJ_STYLE_H2 : KJ_STYLE_H3;
}

/* Space above a heading (none at the top of a page) and below it. */
static double heading_above(const kj_doc *d, int level)
{
    return d->l->baseline * (level <= 1 ? 4 : level == 2 ? 3 : 2);
}

static double heading_below(const kj_doc *d, int level)
{
    return d->l->baseline * (level <= 1 ? 2 : 1);
}

static PangoLayout *heading_layout(kj_doc *d, int level, const char *text)
{
    double indent = level == 2 ? d->l->baseline * 2 : 0;
    return kj_ts_layout(d->r, heading_style(level), KJ_ALIGN_LEFT, text, d->frame_w - indent, 0);
}

static void draw_heading(kj_doc *d, int level, const char *text)
{
    kj_canvas *cv = kj_doc_canvas(d);
    const kj_layout *l = d->l;
    if (!d->page_empty)
        d->y = snap(d, d->y + heading_above(d, level));
    PangoLayout *pl = heading_layout(d, level, text);
    double h = kj_ts_height(pl);
    const kj_text_style *st = &l->styles[heading_style(level)];
    /* Level n is H(n+1): the document's title is its H1. */
    const char *tag = level <= 1 ? "H2" : level == 2 ? "H3" : "H4";
    kj_cv_tag_begin(cv, tag, NULL);
    if (level <= 1) {
        kj_cv_layout(cv, pl, d->frame_x, d->y, st->color);
        /* An accent rule under the whole frame. */
        kj_cv_rect(cv, d->frame_x, d->y + h + 1, d->frame_w, 1.2, l->colors[KJ_COLOR_ACCENT]);
        h += 2.2;
    } else if (level == 2) {
        /* A short accent bar before the text, as tall as its first line. */
        double indent = l->baseline * 2;
        double lead = kj_style_leading(d->r, KJ_STYLE_H2);
        kj_cv_rect(cv, d->frame_x, d->y + lead * 0.2, 3, lead * 0.6, l->colors[KJ_COLOR_ACCENT]);
        kj_cv_layout(cv, pl, d->frame_x + indent, d->y, st->color);
    } else {
        kj_cv_layout(cv, pl, d->frame_x, d->y, st->color);
    }
    kj_cv_tag_end(cv, tag);
    g_object_unref(pl);
    if (level <= 2)
        add_outline(d, level, text, d->y);
    d->y += h;
    d->page_empty = false;
    d->y = snap(d, d->y + heading_below(d, level));
}

static double heading_height(kj_doc *d, int level, const char *text)
{
    PangoLayout *pl = heading_layout(d, level, text);
    double h = kj_ts_height(pl) + heading_above(d, level) + heading_below(d, level) + 3;
    g_object_unref(pl);
    return h;
}

/* Places the waiting headings; one that no longer fits under what the page
 * holds starts the next page rather than sit alone at its foot. */
static void flush_headings(kj_doc *d)
{
    for (size_t i = 0; i < d->n_pending; i++) {
        char *text = d->pending[i].text;
        int level = d->pending[i].level;
        if (!kj_doc_page_is_empty(d) &&
            kj_doc_y(d) + heading_height(d, level, text) > kj_doc_body_bottom(d))
            kj_doc_new_page(d);
        draw_heading(d, level, text);
        free(text);
    }
    d->n_pending = 0;
}

void kj_doc_heading(kj_doc *d, int level, const char *text, bool page_break)
{
    /* A heading that opens a new page leaves the waiting ones where they
     * are; so does a full queue. */
    if (page_break || d->n_pending == KJ_DOC_MAX_PENDING)
        flush_headings(d);
    if (page_break)
        kj_doc_page_break(d);
    d->pending[d->n_pending].text = dup_or_empty(text);
    d->pending[d->n_pending++].level = level < 1 ? 1 : level > 3 ? 3 : level;
}

void kj_doc_begin_block(kj_doc *d, double first_height)
{
    kj_doc_canvas(d);
    double need = first_height;
    for (size_t i = 0; i < d->n_pending; i++)
        need += heading_height(d, d->pending[i].level, d->pending[i].text);
    if (!d->page_empty && d->y + need > kj_doc_body_bottom(d))
        kj_doc_new_page(d);
    /* A part taller than a whole page is the block's business (it splits
     * or shrinks); the headings stay with it either way. */
    flush_headings(d);
}

/* ------------------------------------------------------------ the title */

void kj_doc_title(kj_doc *d, const char *title, const char *subtitle)
{
    kj_doc_begin_block(d, 0);
    kj_canvas *cv = kj_doc_canvas(d);
    const kj_layout *l = d->l;
    kj_cv_tag_begin(cv, "H1", NULL);
    double h = kj_ts_label(d->r, cv, KJ_STYLE_TITLE, KJ_ALIGN_LEFT, title, d->frame_x, d->y,
                           d->frame_w, l->styles[KJ_STYLE_TITLE].color);
    kj_cv_tag_end(cv, "H1");
    kj_doc_advance(d, h);
    if (subtitle && *subtitle) {
        kj_cv_tag_begin(cv, "P", NULL);
        h = kj_ts_label(d->r, cv, KJ_STYLE_SUBTITLE, KJ_ALIGN_LEFT, subtitle, d->frame_x, d->y,
                        d->frame_w, l->styles[KJ_STYLE_SUBTITLE].color);
        kj_cv_tag_end(cv, "P");
        kj_doc_advance(d, h);
    }
    kj_doc_advance(d, l->baseline);
    kj_cv_rect(cv, d->frame_x, d->y, d->frame_w, 2.5, l->colors[KJ_COLOR_ACCENT]);
    kj_doc_end_block(d, l->baseline * 3);
}

/* ------------------------------------------------------------ writing */

/* Expands {title} {subtitle} {author} {date} {page} {pages} in `tmpl`. */
static void expand(const kj_doc *d, const char *tmpl, int pageno, char *out, size_t size)
{
    char date[32], num[16], total[16];
    struct tm tm;
    gmtime_r(&d->created, &tm);
    strftime(date, sizeof date, "%Y-%m-%d", &tm);
    snprintf(num, sizeof num, "%d", pageno);
    snprintf(total, sizeof total, "%zu", d->n_pages);
    const struct {
        const char *key, *value;
    } vars[] = {{"{title}", d->title},   {"{subtitle}", d->subtitle},
                {"{author}", d->author}, {"{date}", date},
                {"{page}", num},         {"{pages}", total}};
    size_t o = 0;
    for (const char *p = tmpl; *p && o + 1 < size;) {
        bool done = false;
        for (size_t i = 0; i < sizeof vars / sizeof vars[0] && !done; i++) {
            size_t kl = strlen(vars[i].key);
            if (strncmp(p, vars[i].key, kl) == 0) {
                int w = snprintf(out + o, size - o, "%s", vars[i].value);
                o += w > 0 ? (size_t)w : 0;
                if (o >= size)
                    o = size - 1;
                p += kl;
                done = true;
            }
        }
        if (!done)
            out[o++] = *p++;
    }
    out[o] = '\0';
    /* An empty variable leaves its separator behind ("　2025-05-01 作成"). */
    char *start = out;
    for (;;) {
        if (*start == ' ')
            start++;
        else if (strncmp(start, "　", 3) == 0)
            start += 3;
        else
            break;
    }
    size_t n = strlen(start);
    for (;;) {
        if (n >= 1 && start[n - 1] == ' ')
            n--;
        else if (n >= 3 && strncmp(start + n - 3, "　", 3) == 0)
            n -= 3;
        else
            break;
    }
    memmove(out, start, n);
    out[n] = '\0';
}

static void running_line(kj_doc *d, kj_canvas *cv, kj_style_id style, const char *left,
                         const char *right, int pageno, double y)
{
    const kj_layout *l = d->l;
    double w = kj_layout_content_width(l);
    char text[1024];
    kj_color c = l->styles[style].color;
    expand(d, right, pageno, text, sizeof text);
    double right_w = *text ? kj_text_width(d->r, style, text) : 0;
    if (*text)
        kj_ts_label(d->r, cv, style, KJ_ALIGN_RIGHT, text, l->margin_left, y, w, c);
    expand(d, left, pageno, text, sizeof text);
    if (*text) {
        /* The left text gives way to the right one: one line, ellipsised. */
        PangoLayout *pl =
            kj_ts_layout(d->r, style, KJ_ALIGN_LEFT, text, w - right_w - 4 * l->baseline, 1);
        kj_cv_layout(cv, pl, l->margin_left, y, c);
        g_object_unref(pl);
    }
}

static void furniture(kj_doc *d, kj_canvas *cv, int pageno)
{
    const kj_layout *l = d->l;
    double head_lead = kj_style_leading(d->r, KJ_STYLE_HEADER);
    double head_y = l->margin_top - head_lead - 2 * l->baseline;
    if (head_y > 4 && (*l->header_left || *l->header_right)) {
        running_line(d, cv, KJ_STYLE_HEADER, l->header_left, l->header_right, pageno, head_y);
        kj_cv_rect(cv, l->margin_left, head_y + head_lead + 1, kj_layout_content_width(l), 0.5,
                   l->colors[KJ_COLOR_RULE]);
    }
    double foot_y = l->page_height - l->margin_bottom + 2 * l->baseline;
    if (foot_y + kj_style_leading(d->r, KJ_STYLE_FOOTER) < l->page_height &&
        (*l->footer_left || *l->footer_right))
        running_line(d, cv, KJ_STYLE_FOOTER, l->footer_left, l->footer_right, pageno, foot_y);
}

cairo_status_t kj_cairo_write_file(void *closure, const unsigned char *data, unsigned int length)
{
    return fwrite(data, 1, length, closure) == length ? CAIRO_STATUS_SUCCESS
                                                      : CAIRO_STATUS_WRITE_ERROR;
}

static void pdf_metadata(kj_doc *d, cairo_surface_t *s)
{
    char date[32];
    struct tm tm;
    gmtime_r(&d->created, &tm);
    strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &tm);
    if (*d->title)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, d->title);
    if (*d->author)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, d->author);
    if (*d->subject)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, d->subject);
    if (*d->keywords)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_KEYWORDS, d->keywords);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "kaiji " KAIJI_VERSION);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, date);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, date);
}

static void emit_page(kj_doc *d, cairo_surface_t *surface, cairo_t *cr, size_t i, int *last_h1)
{
    page *p = &d->pages[i];
    kj_canvas_replay(p->cv, cr);
    kj_canvas *direct = kj_canvas_direct(cr);
    furniture(d, direct, (int)i + 1);
    kj_canvas_free(direct);
    char attrs[256];
    for (size_t k = 0; k < p->n_outline; k++) {
        outline_rec *o = &p->outline[k];
        snprintf(attrs, sizeof attrs, "page=%zu pos=[%.2f %.2f]", i + 1, d->l->margin_left,
                 o->y > 12 ? o->y - 12 : 0);
        int parent = (o->level > 1 && *last_h1 >= 0) ? *last_h1 : CAIRO_PDF_OUTLINE_ROOT;
        int id = cairo_pdf_surface_add_outline(surface, parent, o->title, attrs,
                                               o->level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
        if (o->level == 1)
            *last_h1 = id;
    }
    cairo_show_page(cr);
}

static cairo_status_t write_buf(void *closure, const unsigned char *data, unsigned int length)
{
    kj_buf_append(closure, data, length);
    return CAIRO_STATUS_SUCCESS;
}

kj_status kj_doc_write_pdf(kj_doc *d, const char *path, kj_error *err)
{
    kj_doc_canvas(d);
    flush_headings(d);
    /* The test hook: every text set, as set (kj_canvas_trace). */
    const char *trace = getenv("KAIJI_TEXT_TRACE");
    FILE *tf = trace && *trace ? fopen(trace, "a") : NULL;
    for (size_t i = 0; tf && i < d->n_pages; i++)
        kj_canvas_trace(d->pages[i].cv, tf);
    if (tf)
        fclose(tf);
    /* Set in memory first: kj_pdf_finish adds what Cairo cannot say. */
    kj_buf pdf = {0};
    cairo_surface_t *surface =
        cairo_pdf_surface_create_for_stream(write_buf, &pdf, d->l->page_width, d->l->page_height);
    pdf_metadata(d, surface);
    cairo_t *cr = cairo_create(surface);
    /* The structure tree's root element (Cairo 1.16 writes link
     * annotations that point into a structure tree it only writes when
     * some structure tag exists, so there must be one anyway). */
    cairo_tag_begin(cr, "Document", NULL);
    int last_h1 = -1;
    for (size_t i = 0; i < d->n_pages; i++)
        emit_page(d, surface, cr, i, &last_h1);
    cairo_tag_end(cr, "Document");
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_status_t cs = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (cs != CAIRO_STATUS_SUCCESS) {
        kj_buf_free(&pdf);
        return kj_error_set(err, KJ_ERR_SOFTWARE, "%s: cannot write PDF: %s", path,
                            cairo_status_to_string(cs));
    }
    kj_buf finished = {0};
    const kj_buf *final = &pdf;
    if (kj_pdf_finish(&pdf, "ja-JP", (const char *const *)d->alts, d->n_alts, &finished))
        final = &finished;
    kj_output *out;
    kj_status st = kj_output_open(path, &out, err);
    if (st == KJ_OK) {
        FILE *f = kj_output_stream(out);
        if (fwrite(final->data, 1, final->len, f) != final->len) {
            kj_output_abort(out);
            st = kj_error_set(err, KJ_ERR_IO, "%s: cannot write PDF", path);
        } else {
            st = kj_output_commit(out, err);
        }
    }
    kj_buf_free(&pdf);
    kj_buf_free(&finished);
    return st;
}

size_t kj_doc_ops_outside(const kj_doc *d)
{
    size_t n = 0;
    const kj_layout *l = d->l;
    for (size_t i = 0; i < d->n_pages; i++)
        n += kj_canvas_outside(d->pages[i].cv, l->margin_left, l->margin_top,
                               l->page_width - l->margin_right, l->page_height - l->margin_bottom);
    return n;
}
