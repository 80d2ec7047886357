/*
 * layout_file.c — page designs: built-in defaults and layouts/NAME.json.
 *
 * A layout file only states what it changes; every key is checked (type,
 * range, spelling), and a mistake is reported as FILE:LINE:COLUMN with the
 * key path, because whoever edits a layout is not going to read C to find
 * out why the briefing did not change.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "kaiji/alloc.h"
#include "kaiji/jsonpos.h"
#include "kaiji/readfile.h"
#include "kaiji/paths.h"
#include "kaiji/render.h"

#define MM (72.0 / 25.4)
#define MAX_LAYOUT_BYTES (1u << 20)

static const char *const style_keys[KJ_STYLE__COUNT] = {
    "title", "subtitle",     "h1",        "h2",        "h3",    "body",   "small",  "caption",
    "table", "table_header", "kpi_value", "kpi_label", "chart", "header", "footer",
};

static const char *const color_keys[KJ_COLOR__COUNT] = {
    "text", "muted", "accent", "rule", "fill", "stripe", "worse", "better", "link", "other",
};

static const char *const font_keys[KJ_FONT__COUNT] = {"sans", "serif"};

/* ------------------------------------------------------------ defaults */

static char *xstrdup(const char *s)
{
    char *d = kj_xstrdup(s ? s : "");
    return d;
}

static kj_color hex_color(unsigned v)
{
    return (kj_color){((v >> 16) & 0xff) / 255.0, ((v >> 8) & 0xff) / 255.0, (v & 0xff) / 255.0};
}

/* The named colour each style takes unless a layout gives it its own. */
static const kj_color_id style_colors[KJ_STYLE__COUNT] = {
    [KJ_STYLE_SUBTITLE] = KJ_COLOR_MUTED, [KJ_STYLE_KPI_LABEL] = KJ_COLOR_MUTED,
    [KJ_STYLE_CHART] = KJ_COLOR_MUTED,    [KJ_STYLE_HEADER] = KJ_COLOR_MUTED,
    [KJ_STYLE_FOOTER] = KJ_COLOR_MUTED, /* the others: KJ_COLOR_TEXT (0) */
};

static void set_style(kj_layout *l, kj_style_id id, kj_font_role font, double size, bool bold,
                      double line_height)
{
    l->styles[id] = (kj_text_style){font, size, bold, line_height, l->colors[style_colors[id]]};
}

kj_layout *kj_layout_default(void)
{
    kj_layout *l = kj_xcalloc(1, sizeof *l);
    l->path = xstrdup("(built-in)");
    l->name = xstrdup("default");
    l->page_width = 210 * MM;
    l->page_height = 297 * MM;
    l->margin_top = 20 * MM;
    l->margin_bottom = 18 * MM;
    l->margin_left = 18 * MM;
    l->margin_right = 18 * MM;
    l->grid_columns = 12;
    l->grid_gutter = 4 * MM;
    l->baseline = 4;

    /* Family names, never a generic "sans": the Noto CJK collections answer
     * a generic request with their Chinese faces.  Morisawa's BIZ UD faces
     * first: TrueType, so Cairo subsets them to the glyphs used (a Noto
     * Sans CJK face weighs a megabyte in any PDF), and drawn for business
     * documents read on paper.  The proportional (P) faces carry their
     * bracket and stop spacing in the glyphs themselves. */
    l->families[KJ_FONT_SANS][0] = xstrdup("BIZ UDPGothic");
    l->families[KJ_FONT_SANS][1] = xstrdup("Noto Sans CJK JP");
    l->families[KJ_FONT_SANS][2] = xstrdup("IPAexGothic");
    l->n_families[KJ_FONT_SANS] = 3;
    l->families[KJ_FONT_SERIF][0] = xstrdup("BIZ UDPMincho");
    l->families[KJ_FONT_SERIF][1] = xstrdup("Noto Serif CJK JP");
    l->families[KJ_FONT_SERIF][2] = xstrdup("IPAexMincho");
    l->n_families[KJ_FONT_SERIF] = 3;

    static const unsigned colors[KJ_COLOR__COUNT] = {
        0x1f2328, 0x5c6670, 0x1d4e89, 0xc5ccd6, 0xedf1f6,
        0xf6f8fa, 0xb3261e, 0x1e7b4f, 0x0b57a4, 0x9aa3ad,
    };
    for (int i = 0; i < KJ_COLOR__COUNT; i++)
        l->colors[i] = hex_color(colors[i]);

    /* Okabe & Ito (2008), ordered so that neighbours differ in lightness
     * too; yellow, weakest on white, comes late. */
    static const unsigned okabe_ito[] = {0x0072b2, 0xe69f00, 0x009e73, 0xd55e00,
                                         0x56b4e9, 0xcc79a7, 0xf0e442, 0x000000};
    for (size_t i = 0; i < sizeof okabe_ito / sizeof okabe_ito[0]; i++)
        l->palette[i] = hex_color(okabe_ito[i]);
    l->n_palette = sizeof okabe_ito / sizeof okabe_ito[0];

    set_style(l, KJ_STYLE_TITLE, KJ_FONT_SANS, 20, true, 1.4);
    set_style(l, KJ_STYLE_SUBTITLE, KJ_FONT_SANS, 10.5, false, 1.5);
    set_style(l, KJ_STYLE_H1, KJ_FONT_SANS, 14, true, 1.45);
    set_style(l, KJ_STYLE_H2, KJ_FONT_SANS, 11, true, 1.5);
    set_style(l, KJ_STYLE_H3, KJ_FONT_SANS, 9.5, true, 1.6);
    set_style(l, KJ_STYLE_BODY, KJ_FONT_SERIF, 9.5, false, 1.75);
    /* Notes and tables are read on paper from an office printer: Gothic,
     * 8.5 pt at least (thin Mincho at 8 pt breaks up in toner). */
    set_style(l, KJ_STYLE_SMALL, KJ_FONT_SANS, 8.5, false, 1.65);
    set_style(l, KJ_STYLE_CAPTION, KJ_FONT_SANS, 8.5, true, 1.5);
    set_style(l, KJ_STYLE_TABLE, KJ_FONT_SANS, 8.5, false, 1.45);
    set_style(l, KJ_STYLE_TABLE_HEADER, KJ_FONT_SANS, 8.5, true, 1.45);
    set_style(l, KJ_STYLE_KPI_VALUE, KJ_FONT_SANS, 20, true, 1.25);
    set_style(l, KJ_STYLE_KPI_LABEL, KJ_FONT_SANS, 8, false, 1.5);
    set_style(l, KJ_STYLE_CHART, KJ_FONT_SANS, 7, false, 1.3);
    set_style(l, KJ_STYLE_HEADER, KJ_FONT_SANS, 7.5, false, 1.4);
    set_style(l, KJ_STYLE_FOOTER, KJ_FONT_SANS, 7.5, false, 1.4);

    l->header_left = xstrdup("{title}");
    l->header_right = xstrdup("{subtitle}");
    l->footer_left = xstrdup("{author}　{date} 作成");
    l->footer_right = xstrdup("{page} / {pages}");
    return l;
}

void kj_layout_free(kj_layout *l)
{
    if (!l)
        return;
    free(l->path);
    free(l->name);
    for (int r = 0; r < KJ_FONT__COUNT; r++)
        for (size_t i = 0; i < l->n_families[r]; i++)
            free(l->families[r][i]);
    free(l->header_left);
    free(l->header_right);
    free(l->footer_left);
    free(l->footer_right);
    for (size_t i = 0; i < l->n_sections; i++)
        free(l->sections[i]);
    free(l);
}

double kj_layout_content_width(const kj_layout *l)
{
    return l->page_width - l->margin_left - l->margin_right;
}

double kj_layout_columns_width(const kj_layout *l, int span)
{
    if (span <= 0 || span > l->grid_columns)
        span = l->grid_columns;
    double col =
        (kj_layout_content_width(l) - (l->grid_columns - 1) * l->grid_gutter) / l->grid_columns;
    return span * col + (span - 1) * l->grid_gutter;
}

/* -------------------------------------------------------------- reading */

/* One step of a key path: an object member (`key`) or an array element. */
typedef struct path_step {
    const char *key; /* NULL for an array element */
    size_t index;
} path_step;

#define MAX_DEPTH 16

typedef struct loader {
    const char *file;
    const char *text;
    path_step path[MAX_DEPTH];
    size_t depth;
    kj_layout *layout;
    kj_error *err;
} loader;

/* `styles.body.size`, `palette[2]` — the spelling kj_json_position reads. */
static void format_path(const path_step *path, size_t depth, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < depth && n < size; i++) {
        int w = path[i].key ? snprintf(buf + n, size - n, "%s%s", i ? "." : "", path[i].key)
                            : snprintf(buf + n, size - n, "[%zu]", path[i].index);
        if (w < 0)
            break;
        n += (size_t)w;
    }
}

static void push_key(loader *ld, const char *key)
{
    if (ld->depth < MAX_DEPTH)
        ld->path[ld->depth] = (path_step){key, 0};
    ld->depth++;
}

static void push_index(loader *ld, size_t index)
{
    if (ld->depth < MAX_DEPTH)
        ld->path[ld->depth] = (path_step){NULL, index};
    ld->depth++;
}

static void pop(loader *ld)
{
    ld->depth--;
}

/* FILE:LINE:COLUMN: key.path: message — the line of the key at fault. */
__attribute__((format(printf, 2, 3))) static kj_status fail(loader *ld, const char *fmt, ...)
{
    char what[512], where[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    format_path(ld->path, ld->depth < MAX_DEPTH ? ld->depth : MAX_DEPTH, where, sizeof where);
    int line, column;
    if (kj_json_position(ld->text, strlen(ld->text), where, &line, &column))
        return kj_error_set(ld->err, KJ_ERR_CONFIG, "%s:%d:%d: %s: %s", ld->file, line, column,
                            where[0] ? where : "(top)", what);
    return kj_error_set(ld->err, KJ_ERR_CONFIG, "%s: %s: %s", ld->file, where[0] ? where : "(top)",
                        what);
}

static const char *type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT:
        return "an object";
    case JSON_ARRAY:
        return "an array";
    case JSON_STRING:
        return "a string";
    case JSON_INTEGER:
    case JSON_REAL:
        return "a number";
    case JSON_TRUE:
    case JSON_FALSE:
        return "true/false";
    default:
        return "null";
    }
}

static kj_status expect(loader *ld, const json_t *v, json_type type, const char *what)
{
    bool ok = json_typeof(v) == type || (type == JSON_REAL && json_is_number(v)) ||
              (type == JSON_TRUE && json_is_boolean(v));
    if (!ok)
        return fail(ld, "expected %s, found %s", what, type_name(v));
    return KJ_OK;
}

/* Every member of `obj` must be one of `keys`. */
static kj_status known_keys(loader *ld, json_t *obj, const char *const *keys, size_t n)
{
    const char *key;
    json_t *v;
    json_object_foreach(obj, key, v)
    {
        bool known = false;
        for (size_t i = 0; i < n && !known; i++)
            known = strcmp(key, keys[i]) == 0;
        if (!known) {
            char list[256] = "";
            size_t used = 0;
            for (size_t i = 0; i < n && used < sizeof list; i++) {
                int w = snprintf(list + used, sizeof list - used, "%s%s", i ? ", " : "", keys[i]);
                if (w > 0)
                    used += (size_t)w;
            }
            push_key(ld, key);
            kj_status st = fail(ld, "unknown key (expected one of: %s)", list);
            pop(ld);
            return st;
        }
    }
    return KJ_OK;
}

static kj_status read_number(loader *ld, json_t *obj, const char *key, double min, double max,
                             double *out)
{
    json_t *v = json_object_get(obj, key);
    if (!v)
        return KJ_OK;
    push_key(ld, key);
    kj_status st = expect(ld, v, JSON_REAL, "a number");
    if (st == KJ_OK) {
        double d = json_number_value(v);
        if (d < min || d > max)
            st = fail(ld, "%g is out of range (%g to %g)", d, min, max);
        else
            *out = d;
    }
    pop(ld);
    return st;
}

static kj_status read_string(loader *ld, json_t *obj, const char *key, char **out)
{
    json_t *v = json_object_get(obj, key);
    if (!v)
        return KJ_OK;
    push_key(ld, key);
    kj_status st = expect(ld, v, JSON_STRING, "a string");
    if (st == KJ_OK) {
        free(*out);
        *out = xstrdup(json_string_value(v));
    }
    pop(ld);
    return st;
}

static bool parse_hex(const char *s, kj_color *out)
{
    if (s[0] != '#' || strlen(s) != 7)
        return false;
    unsigned v = 0;
    for (int i = 1; i < 7; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0)
            return false;
        v = v * 16 + (unsigned)d;
    }
    *out = hex_color(v);
    return true;
}

/* A colour: "#rrggbb", or (when named colours are allowed) a key of "colors". */
static kj_status color_value(loader *ld, json_t *v, bool allow_names, kj_color *out)
{
    kj_status st = expect(ld, v, JSON_STRING, "a colour string");
    if (st != KJ_OK)
        return st;
    const char *s = json_string_value(v);
    if (parse_hex(s, out))
        return KJ_OK;
    if (allow_names)
        for (int i = 0; i < KJ_COLOR__COUNT; i++)
            if (strcmp(s, color_keys[i]) == 0) {
                *out = ld->layout->colors[i];
                return KJ_OK;
            }
    return fail(ld, "'%s' is not a colour (\"#rrggbb\"%s)", s,
                allow_names ? " or a name from \"colors\"" : "");
}

static kj_status read_page(loader *ld, json_t *page)
{
    static const char *const keys[] = {"size", "orientation", "width_mm", "height_mm"};
    static const struct {
        const char *name;
        double w, h;
    } sizes[] = {{"A3", 297, 420},       {"A4", 210, 297}, {"A5", 148, 210},
                 {"B4", 257, 364},       {"B5", 182, 257}, {"Letter", 215.9, 279.4},
                 {"Legal", 215.9, 355.6}};
    kj_layout *l = ld->layout;
    kj_status st;
    if ((st = expect(ld, page, JSON_OBJECT, "an object")) || (st = known_keys(ld, page, keys, 4)))
        return st;
    json_t *size = json_object_get(page, "size");
    if (size) {
        push_key(ld, "size");
        if ((st = expect(ld, size, JSON_STRING, "a paper size name")))
            return st;
        size_t i = 0, n = sizeof sizes / sizeof sizes[0];
        while (i < n && strcmp(sizes[i].name, json_string_value(size)) != 0)
            i++;
        if (i == n)
            return fail(ld, "unknown paper size '%s' (A3, A4, A5, B4, B5, Letter, Legal)",
                        json_string_value(size));
        l->page_width = sizes[i].w * MM;
        l->page_height = sizes[i].h * MM;
        pop(ld);
    }
    double w = l->page_width / MM, h = l->page_height / MM;
    if ((st = read_number(ld, page, "width_mm", 50, 2000, &w)) ||
        (st = read_number(ld, page, "height_mm", 50, 2000, &h)))
        return st;
    l->page_width = w * MM;
    l->page_height = h * MM;
    json_t *orient = json_object_get(page, "orientation");
    if (orient) {
        push_key(ld, "orientation");
        if ((st = expect(ld, orient, JSON_STRING, "\"portrait\" or \"landscape\"")))
            return st;
        const char *o = json_string_value(orient);
        bool landscape = strcmp(o, "landscape") == 0;
        if (!landscape && strcmp(o, "portrait") != 0)
            return fail(ld, "'%s' is neither \"portrait\" nor \"landscape\"", o);
        if (landscape != (l->page_width > l->page_height)) {
            double t = l->page_width;
            l->page_width = l->page_height;
            l->page_height = t;
        }
        pop(ld);
    }
    return KJ_OK;
}

static kj_status read_margins(loader *ld, json_t *m)
{
    static const char *const keys[] = {"top", "bottom", "left", "right"};
    kj_layout *l = ld->layout;
    double *slots[] = {&l->margin_top, &l->margin_bottom, &l->margin_left, &l->margin_right};
    kj_status st;
    if ((st = expect(ld, m, JSON_OBJECT, "an object")) || (st = known_keys(ld, m, keys, 4)))
        return st;
    for (int i = 0; i < 4; i++) {
        double mm = *slots[i] / MM;
        if ((st = read_number(ld, m, keys[i], 0, 100, &mm)))
            return st;
        *slots[i] = mm * MM;
    }
    return KJ_OK;
}

static kj_status read_grid(loader *ld, json_t *g)
{
    static const char *const keys[] = {"columns", "gutter_mm", "baseline_pt"};
    kj_layout *l = ld->layout;
    kj_status st;
    if ((st = expect(ld, g, JSON_OBJECT, "an object")) || (st = known_keys(ld, g, keys, 3)))
        return st;
    double columns = l->grid_columns, gutter = l->grid_gutter / MM;
    if ((st = read_number(ld, g, "columns", 1, 24, &columns)) ||
        (st = read_number(ld, g, "gutter_mm", 0, 30, &gutter)) ||
        (st = read_number(ld, g, "baseline_pt", 0.5, 24, &l->baseline)))
        return st;
    if (columns != (int)columns) {
        push_key(ld, "columns");
        return fail(ld, "expected a whole number");
    }
    l->grid_columns = (int)columns;
    l->grid_gutter = gutter * MM;
    return KJ_OK;
}

static kj_status read_fonts(loader *ld, json_t *f)
{
    kj_layout *l = ld->layout;
    kj_status st;
    if ((st = expect(ld, f, JSON_OBJECT, "an object")) ||
        (st = known_keys(ld, f, font_keys, KJ_FONT__COUNT)))
        return st;
    for (int r = 0; r < KJ_FONT__COUNT; r++) {
        json_t *list = json_object_get(f, font_keys[r]);
        if (!list)
            continue;
        push_key(ld, font_keys[r]);
        if ((st = expect(ld, list, JSON_ARRAY, "an array of family names")))
            return st;
        size_t n = json_array_size(list);
        if (n == 0 || n > KJ_LAYOUT_MAX_FAMILIES)
            return fail(ld, "expected 1 to %d family names", KJ_LAYOUT_MAX_FAMILIES);
        for (size_t i = 0; i < n; i++) {
            json_t *name = json_array_get(list, i);
            push_index(ld, i);
            if ((st = expect(ld, name, JSON_STRING, "a family name")))
                return st;
            const char *s = json_string_value(name);
            if (!*s || strchr(s, ','))
                return fail(ld, "'%s' is not a family name", s);
            pop(ld);
        }
        for (size_t i = 0; i < l->n_families[r]; i++)
            free(l->families[r][i]);
        for (size_t i = 0; i < n; i++)
            l->families[r][i] = xstrdup(json_string_value(json_array_get(list, i)));
        l->n_families[r] = n;
        pop(ld);
    }
    return KJ_OK;
}

static kj_status read_colors(loader *ld, json_t *c)
{
    kj_status st;
    if ((st = expect(ld, c, JSON_OBJECT, "an object")) ||
        (st = known_keys(ld, c, color_keys, KJ_COLOR__COUNT)))
        return st;
    for (int i = 0; i < KJ_COLOR__COUNT; i++) {
        json_t *v = json_object_get(c, color_keys[i]);
        if (!v)
            continue;
        push_key(ld, color_keys[i]);
        if ((st = color_value(ld, v, false, &ld->layout->colors[i])))
            return st;
        pop(ld);
    }
    /* Styles follow their named colour until "styles" says otherwise. */
    for (int s = 0; s < KJ_STYLE__COUNT; s++)
        ld->layout->styles[s].color = ld->layout->colors[style_colors[s]];
    return KJ_OK;
}

static kj_status read_palette(loader *ld, json_t *p)
{
    kj_status st;
    if ((st = expect(ld, p, JSON_ARRAY, "an array of colours")))
        return st;
    size_t n = json_array_size(p);
    if (n < 2 || n > KJ_LAYOUT_MAX_PALETTE)
        return fail(ld, "expected 2 to %d colours", KJ_LAYOUT_MAX_PALETTE);
    for (size_t i = 0; i < n; i++) {
        push_index(ld, i);
        if ((st = color_value(ld, json_array_get(p, i), false, &ld->layout->palette[i])))
            return st;
        pop(ld);
    }
    ld->layout->n_palette = n;
    return KJ_OK;
}

static kj_status read_style(loader *ld, json_t *s, kj_text_style *style)
{
    static const char *const keys[] = {"font", "size", "bold", "line_height", "color"};
    kj_status st;
    if ((st = expect(ld, s, JSON_OBJECT, "an object")) || (st = known_keys(ld, s, keys, 5)))
        return st;
    json_t *font = json_object_get(s, "font");
    if (font) {
        push_key(ld, "font");
        if ((st = expect(ld, font, JSON_STRING, "\"sans\" or \"serif\"")))
            return st;
        int r = 0;
        while (r < KJ_FONT__COUNT && strcmp(font_keys[r], json_string_value(font)) != 0)
            r++;
        if (r == KJ_FONT__COUNT)
            return fail(ld, "'%s' is neither \"sans\" nor \"serif\"", json_string_value(font));
        style->font = (kj_font_role)r;
        pop(ld);
    }
    if ((st = read_number(ld, s, "size", 4, 96, &style->size)) ||
        (st = read_number(ld, s, "line_height", 1.0, 3.0, &style->line_height)))
        return st;
    json_t *bold = json_object_get(s, "bold");
    if (bold) {
        push_key(ld, "bold");
        if ((st = expect(ld, bold, JSON_TRUE, "true or false")))
            return st;
        style->bold = json_is_true(bold);
        pop(ld);
    }
    json_t *color = json_object_get(s, "color");
    if (color) {
        push_key(ld, "color");
        if ((st = color_value(ld, color, true, &style->color)))
            return st;
        pop(ld);
    }
    return KJ_OK;
}

static kj_status read_styles(loader *ld, json_t *s)
{
    kj_status st;
    if ((st = expect(ld, s, JSON_OBJECT, "an object")) ||
        (st = known_keys(ld, s, style_keys, KJ_STYLE__COUNT)))
        return st;
    for (int i = 0; i < KJ_STYLE__COUNT; i++) {
        json_t *v = json_object_get(s, style_keys[i]);
        if (!v)
            continue;
        push_key(ld, style_keys[i]);
        if ((st = read_style(ld, v, &ld->layout->styles[i])))
            return st;
        pop(ld);
    }
    return KJ_OK;
}

static kj_status read_running(loader *ld, json_t *o, char **left, char **right)
{
    static const char *const keys[] = {"left", "right"};
    kj_status st;
    if ((st = expect(ld, o, JSON_OBJECT, "an object")) || (st = known_keys(ld, o, keys, 2)) ||
        (st = read_string(ld, o, "left", left)) || (st = read_string(ld, o, "right", right)))
        return st;
    return KJ_OK;
}

static kj_status read_sections(loader *ld, json_t *a)
{
    kj_layout *l = ld->layout;
    kj_status st;
    if ((st = expect(ld, a, JSON_ARRAY, "an array of section names")))
        return st;
    size_t n = json_array_size(a);
    if (n > KJ_LAYOUT_MAX_SECTIONS)
        return fail(ld, "at most %d sections", KJ_LAYOUT_MAX_SECTIONS);
    for (size_t i = 0; i < n; i++) {
        json_t *v = json_array_get(a, i);
        push_index(ld, i);
        if ((st = expect(ld, v, JSON_STRING, "a section name")))
            return st;
        for (size_t j = 0; j < i; j++)
            if (strcmp(json_string_value(json_array_get(a, j)), json_string_value(v)) == 0)
                return fail(ld, "section '%s' is listed twice", json_string_value(v));
        pop(ld);
    }
    for (size_t i = 0; i < l->n_sections; i++)
        free(l->sections[i]);
    for (size_t i = 0; i < n; i++)
        l->sections[i] = xstrdup(json_string_value(json_array_get(a, i)));
    l->n_sections = n;
    return KJ_OK;
}

static kj_status check_geometry(loader *ld)
{
    kj_layout *l = ld->layout;
    if (kj_layout_content_width(l) < 72 ||
        l->page_height - l->margin_top - l->margin_bottom < 144) {
        push_key(ld, "margins_mm");
        return fail(ld, "the margins leave no room on a %.0f x %.0f mm page", l->page_width / MM,
                    l->page_height / MM);
    }
    if (kj_layout_columns_width(l, 1) < 6) {
        push_key(ld, "grid");
        return fail(ld, "%d columns with %.1f mm gutters do not fit the page", l->grid_columns,
                    l->grid_gutter / MM);
    }
    return KJ_OK;
}

static kj_status read_layout(loader *ld, json_t *root)
{
    static const char *const keys[] = {"name",   "page",   "margins_mm", "grid",
                                       "fonts",  "styles", "colors",     "palette",
                                       "header", "footer", "sections",   "description"};
    kj_layout *l = ld->layout;
    kj_status st;
    json_t *v;
    if ((st = expect(ld, root, JSON_OBJECT, "an object")) ||
        (st = known_keys(ld, root, keys, sizeof keys / sizeof keys[0])) ||
        (st = read_string(ld, root, "name", &l->name)))
        return st;
    char *description = NULL; /* for the reader of the file only */
    st = read_string(ld, root, "description", &description);
    free(description);
    if (st)
        return st;
    /* Colours first: styles may name them. */
    struct {
        const char *key;
        kj_status (*read)(loader *, json_t *);
    } parts[] = {{"colors", read_colors}, {"page", read_page},        {"margins_mm", read_margins},
                 {"grid", read_grid},     {"fonts", read_fonts},      {"palette", read_palette},
                 {"styles", read_styles}, {"sections", read_sections}};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        if (!(v = json_object_get(root, parts[i].key)))
            continue;
        push_key(ld, parts[i].key);
        if ((st = parts[i].read(ld, v)))
            return st;
        pop(ld);
    }
    if ((v = json_object_get(root, "header"))) {
        push_key(ld, "header");
        if ((st = read_running(ld, v, &l->header_left, &l->header_right)))
            return st;
        pop(ld);
    }
    if ((v = json_object_get(root, "footer"))) {
        push_key(ld, "footer");
        if ((st = read_running(ld, v, &l->footer_left, &l->footer_right)))
            return st;
        pop(ld);
    }
    return check_geometry(ld);
}

static kj_status read_file(const char *path, char **text, size_t *len, kj_error *err)
{
    kj_error why;
    kj_status st = kj_read_file(path, MAX_LAYOUT_BYTES, text, len, &why);
    if (st == KJ_ERR_DATA)
        return kj_error_set(err, KJ_ERR_CONFIG, "%s: a layout file is at most 1 MiB", path);
    if (st != KJ_OK)
        return kj_error_set(err, KJ_ERR_NOINPUT, "%s: cannot read layout: %s", path, why.message);
    return KJ_OK;
}

kj_status kj_layout_load(const char *path, kj_layout **out, kj_error *err)
{
    *out = NULL;
    char *text;
    size_t len;
    kj_status st = read_file(path, &text, &len, err);
    if (st != KJ_OK)
        return st;
    json_error_t jerr;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        st = kj_error_set(err, KJ_ERR_CONFIG, "%s:%d:%d: %s", path, jerr.line, jerr.column,
                          jerr.text);
        free(text);
        return st;
    }
    kj_layout *l = kj_layout_default();
    free(l->path);
    l->path = xstrdup(path);
    loader ld = {.file = path, .text = text, .layout = l, .err = err};
    st = read_layout(&ld, root);
    json_decref(root);
    free(text);
    if (st != KJ_OK) {
        kj_layout_free(l);
        return st;
    }
    *out = l;
    return KJ_OK;
}

kj_status kj_layout_load_named(const char *name, const char *path, kj_layout **out, kj_error *err)
{
    if (path)
        return kj_layout_load(path, out, err);
    char rel[256];
    snprintf(rel, sizeof rel, "layouts/%s.json", name);
    char *file = kj_data_file(rel);
    kj_status st = kj_layout_load(file, out, err);
    free(file);
    return st;
}

kj_status kj_layout_check_sections(const kj_layout *l, const char *const *known, size_t n_known,
                                   kj_error *err)
{
    for (size_t i = 0; i < l->n_sections; i++) {
        size_t k = 0;
        while (k < n_known && strcmp(known[k], l->sections[i]) != 0)
            k++;
        if (k == n_known) {
            char list[512] = "";
            size_t used = 0;
            for (size_t j = 0; j < n_known && used < sizeof list; j++) {
                int w = snprintf(list + used, sizeof list - used, "%s%s", j ? ", " : "", known[j]);
                if (w > 0)
                    used += (size_t)w;
            }
            /* Point at the entry in the file when the layout came from one. */
            char *text;
            size_t len;
            int line = 0, column = 0;
            char where[64];
            snprintf(where, sizeof where, "sections[%zu]", i);
            if (read_file(l->path, &text, &len, NULL) == KJ_OK) {
                if (!kj_json_position(text, len, where, &line, &column))
                    line = 0;
                free(text);
            }
            if (line > 0)
                return kj_error_set(err, KJ_ERR_CONFIG,
                                    "%s:%d:%d: sections[%zu]: unknown section '%s' (expected one "
                                    "of: %s)",
                                    l->path, line, column, i, l->sections[i], list);
            return kj_error_set(err, KJ_ERR_CONFIG,
                                "%s: sections[%zu]: unknown section '%s' (expected one of: %s)",
                                l->path, i, l->sections[i], list);
        }
    }
    return KJ_OK;
}

bool kj_layout_has_section(const kj_layout *l, const char *name)
{
    for (size_t i = 0; i < l->n_sections; i++)
        if (strcmp(l->sections[i], name) == 0)
            return true;
    return false;
}
