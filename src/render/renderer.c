/*
 * renderer.c — kaiji's private fonts and the Pango context built on them.
 *
 * The renderer never asks the user's fontconfig for anything: it parses
 * fonts/fonts.conf into a fresh FcConfig and hands that to a PangoCairo
 * font map.  Each font role (sans, serif) gets the first family of the
 * layout that is installed and really covers Japanese; a family fontconfig
 * merely substitutes (its answer to an unknown name is "something") does
 * not count, so a missing font is an error with advice, not a page of
 * empty boxes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <pango/pangofc-fontmap.h>

#include "kaiji/alloc.h"
#include "kaiji/paths.h"
#include "kaiji/unconst.h"
#include "render_internal.h"

/* A Japanese face must draw kana, everyday kanji and Japanese brackets. */
static const uint32_t japanese_probe[] = {0x3042, 0x30A2, 0x6F22, 0x5B57, 0x76F4,
                                          0x9AA8, 0x300C, 0x300D, 0x3002, 0x30FC};

static bool names_family(FcPattern *font, const char *family)
{
    FcChar8 *name;
    for (int i = 0; FcPatternGetString(font, FC_FAMILY, i, &name) == FcResultMatch; i++)
        if (strcasecmp((const char *)name, family) == 0)
            return true;
    return false;
}

/* True when `family` is installed (in our configuration) and covers Japanese. */
static bool family_is_japanese(FcConfig *fc, const char *family)
{
    FcPattern *pat = FcPatternCreate();
    FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
    FcPatternAddString(pat, FC_LANG, (const FcChar8 *)"ja");
    FcConfigSubstitute(fc, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult res;
    FcPattern *font = FcFontMatch(fc, pat, &res);
    FcPatternDestroy(pat);
    if (!font)
        return false;
    bool ok = names_family(font, family);
    FcCharSet *cs;
    if (ok && FcPatternGetCharSet(font, FC_CHARSET, 0, &cs) == FcResultMatch) {
        for (size_t i = 0; i < sizeof japanese_probe / sizeof japanese_probe[0] && ok; i++)
            ok = FcCharSetHasChar(cs, japanese_probe[i]);
    } else {
        ok = false;
    }
    FcPatternDestroy(font);
    return ok;
}

static kj_status load_config(FcConfig **out, kj_error *err)
{
    char *conf = kj_data_file("fonts/fonts.conf");
    char *dir = kj_data_file("fonts");
    FcConfig *fc = FcConfigCreate();
    kj_status st = KJ_OK;
    if (!fc) {
        st = kj_error_set(err, KJ_ERR_SOFTWARE, "cannot create a font configuration");
    } else if (access(conf, R_OK) != 0 ||
               !FcConfigParseAndLoad(fc, (const FcChar8 *)conf, FcTrue)) {
        /* (checked first: fontconfig would print its own complaint) */
        st = kj_error_set(err, KJ_ERR_CONFIG,
                          "%s: cannot load kaiji's font configuration (set KAIJI_DATA_DIR to the "
                          "folder holding fonts/ and layouts/)",
                          conf);
    } else {
        /* Font files dropped next to fonts.conf count too. */
        FcConfigAppFontAddDir(fc, (const FcChar8 *)dir);
        if (!FcConfigBuildFonts(fc))
            st = kj_error_set(err, KJ_ERR_SOFTWARE, "%s: cannot build the font list", conf);
    }
    free(conf);
    free(dir);
    if (st != KJ_OK) {
        if (fc)
            FcConfigDestroy(fc);
        return st;
    }
    *out = fc;
    return KJ_OK;
}

static kj_status choose_families(kj_renderer *r, kj_error *err)
{
    static const char *const role_names[KJ_FONT__COUNT] = {"sans (Gothic)", "serif (Mincho)"};
    const kj_layout *l = r->layout;
    for (int role = 0; role < KJ_FONT__COUNT; role++) {
        for (size_t i = 0; i < l->n_families[role] && !r->family[role]; i++)
            if (family_is_japanese(r->fc, l->families[role][i]))
                r->family[role] = kj_xstrdup(l->families[role][i]);
        if (!r->family[role]) {
            char tried[512] = "";
            size_t used = 0;
            for (size_t i = 0; i < l->n_families[role] && used < sizeof tried; i++) {
                int w = snprintf(tried + used, sizeof tried - used, "%s%s", i ? ", " : "",
                                 l->families[role][i]);
                if (w > 0)
                    used += (size_t)w;
            }
            return kj_error_set(err, KJ_ERR_CONFIG,
                                "no Japanese %s font found (tried %s; layout %s); install the "
                                "Debian packages fonts-morisawa-bizud-gothic and "
                                "fonts-morisawa-bizud-mincho (or fonts-noto-cjk), or put the "
                                "font files into %s/fonts",
                                role_names[role], tried, l->path, kj_data_dir());
        }
    }
    return KJ_OK;
}

/* "Chosen,other,other": Pango falls back along the list per character. */
static PangoFontDescription *style_font(const kj_renderer *r, const kj_text_style *st)
{
    char families[512];
    size_t used = (size_t)snprintf(families, sizeof families, "%s", r->family[st->font]);
    for (size_t i = 0; i < r->layout->n_families[st->font] && used < sizeof families; i++) {
        const char *f = r->layout->families[st->font][i];
        if (strcmp(f, r->family[st->font]) != 0) {
            int w = snprintf(families + used, sizeof families - used, ",%s", f);
            if (w > 0)
                used += (size_t)w;
        }
    }
    PangoFontDescription *d = pango_font_description_new();
    pango_font_description_set_family(d, families);
    pango_font_description_set_size(d, (int)(st->size * PANGO_SCALE + 0.5));
    pango_font_description_set_weight(d, st->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    return d;
}

kj_status kj_renderer_new(const kj_layout *layout, kj_renderer **out, kj_error *err)
{
    *out = NULL;
    kj_renderer *r = kj_xcalloc(1, sizeof *r);
    r->layout = layout;
    kj_status st = load_config(&r->fc, err);
    if (st == KJ_OK)
        st = choose_families(r, err);
    if (st != KJ_OK) {
        kj_renderer_free(r);
        return st;
    }
    r->fontmap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    if (!r->fontmap || !PANGO_IS_FC_FONT_MAP(r->fontmap)) {
        kj_renderer_free(r);
        return kj_error_set(err, KJ_ERR_SOFTWARE, "Pango has no fontconfig font map");
    }
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(r->fontmap), r->fc);

    /* One unit is one point (72 dpi), and metrics are not hinted: what is
     * measured is what the PDF, SVG and PNG show. */
    r->context = pango_font_map_create_context(r->fontmap);
    pango_cairo_context_set_resolution(r->context, 72);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(r->context, fo);
    cairo_font_options_destroy(fo);
    pango_context_set_round_glyph_positions(r->context, FALSE);
    pango_context_set_language(r->context, pango_language_from_string("ja"));
    for (int s = 0; s < KJ_STYLE__COUNT; s++)
        r->font[s] = style_font(r, &layout->styles[s]);
    *out = r;
    return KJ_OK;
}

void kj_renderer_free(kj_renderer *r)
{
    if (!r)
        return;
    for (int s = 0; s < KJ_STYLE__COUNT; s++)
        if (r->font[s])
            pango_font_description_free(r->font[s]);
    if (r->context)
        g_object_unref(r->context);
    if (r->fontmap)
        g_object_unref(r->fontmap);
    if (r->fc)
        FcConfigDestroy(r->fc);
    for (int i = 0; i < KJ_FONT__COUNT; i++)
        free(r->family[i]);
    kj_renderer_set_terms(r, NULL, 0);
    free(r->term_items);
    free(r->terms.items);
    free(r);
}

size_t kj_renderer_n_terms(const kj_renderer *r)
{
    return r->n_terms;
}

void kj_renderer_set_terms(kj_renderer *r, const char *const *terms, size_t n)
{
    /* term_items owns the texts; the set holds its own copy of the items */
    for (size_t i = 0; i < r->n_terms; i++)
        free(kj_unconst(r->term_items[i].text));
    free(r->term_items);
    free(r->terms.items);
    r->term_items = kj_xcalloc(n ? n : 1, sizeof *r->term_items);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        /* in the form a page prints them: 「(株)」 becomes 「（株）」 */
        kj_display_text d;
        kj_display_text_make(terms[i], strlen(terms[i]), &d);
        if (d.len > 0 && d.len <= UINT16_MAX) {
            r->term_items[kept++] = (kj_phrase){d.text, (uint16_t)d.len, 0};
            d.text = NULL;
        }
        kj_display_text_free(&d);
    }
    r->n_terms = kept;
    kj_phrases_init(&r->terms, r->term_items, kept);
}

const kj_layout *kj_renderer_layout(const kj_renderer *r)
{
    return r->layout;
}

const char *kj_renderer_family(const kj_renderer *r, kj_font_role role)
{
    return r->family[role];
}

double kj_style_leading(const kj_renderer *r, kj_style_id style)
{
    const kj_text_style *st = &r->layout->styles[style];
    return st->size * st->line_height;
}

void kj_set_color(cairo_t *cr, kj_color c)
{
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

kj_color kj_color_tint(kj_color c, double t)
{
    return (kj_color){c.r + (1 - c.r) * t, c.g + (1 - c.g) * t, c.b + (1 - c.b) * t};
}
