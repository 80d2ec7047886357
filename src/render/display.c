/*
 * display.c — a text as it is printed (see kj_display_text in
 * render_internal.h).
 *
 * Text quoted from releases arrives as its authors typed it: full-width
 * digits next to half-width ones (「2026 年 5 月 1５日」), half-width
 * katakana, ASCII brackets and colons inside Japanese, spaces between
 * Japanese words, Kangxi radicals pasted from PDFs (⽇ for 日).  The export
 * keeps all of that; the page shows one consistent form, and only here.
 *
 * Then JLReq 3.2.6: a quarter em between Japanese and Latin letters or
 * digits (「顧客␣2,528,500人」), but not inside a number with its unit
 * (2025年4月, 38,600人, 第2報: the no-break spans of jlreq.c), not next to
 * brackets and stops (they carry their own space) and not inside URLs.
 * The space is a U+0020 that typeset.c sets as an empty box a quarter em
 * wide: a break may follow it (as between the two characters before) and
 * never precede it, so it never starts a line; at a line's end it is given
 * no width.
 *
 * Nothing here touches URLs and e-mail addresses: they are printed as
 * written, byte for byte.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "kaiji/alloc.h"
#include "kaiji/text.h"
#include "render_internal.h"

/* ------------------------------------------------------- character classes */

bool kj_display_is_japanese(uint32_t c)
{
    return (c >= 0x3041 && c <= 0x3096) || (c >= 0x309D && c <= 0x309F) || /* hiragana */
           (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FF) || /* katakana, ー */
           (c >= 0x31F0 && c <= 0x31FF) ||                                 /* small katakana */
           (c >= 0x3005 && c <= 0x3007) || c == 0x303B ||                  /* 々〆〇〻 */
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || /* kanji */
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool kj_display_is_western(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

/* Japanese text and its full-width punctuation: what a space beside is stray. */
static bool is_wide_text(uint32_t c)
{
    return kj_display_is_japanese(c) || (c >= 0x3000 && c <= 0x303F && c != 0x3000) ||
           (c >= 0xFF01 && c <= 0xFF60);
}

static bool is_space(uint32_t c)
{
    return c == ' ' || c == '\t' || c == 0xA0 || c == 0x2002 || c == 0x2009 || c == 0x200A ||
           c == 0x202F || c == 0x205F;
}

/* Characters of a URL or an e-mail address (RFC 3986's unreserved,
 * reserved and '%'). */
static bool is_url_char(uint32_t c)
{
    return c > 0x20 && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' &&
           c != '`' && c != '{' && c != '|' && c != '}';
}

/* ------------------------------------------------------------- the pieces */

/* One character of the text being built: what it is, and the input byte it
 * came from. */
typedef struct piece {
    uint32_t cp;
    size_t src;
    bool verbatim;    /* inside a URL: left as written */
    bool after_space; /* a dropped space between Japanese words came before */
} piece;

typedef struct pieces {
    piece *p;
    size_t n, cap;
} pieces;

static void push(pieces *ps, uint32_t cp, size_t src, bool verbatim)
{
    if (ps->n == ps->cap) {
        ps->cap = ps->cap ? ps->cap * 2 : 64;
        ps->p = kj_xrealloc(ps->p, ps->cap * sizeof *ps->p);
    }
    ps->p[ps->n++] = (piece){cp, src, verbatim, false};
}

/* NFKC of a short UTF-8 sequence, pushed as pieces from `src`. */
static void push_nfkc(pieces *ps, const char *s, size_t len, size_t src)
{
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &mapped,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
    if (m <= 0) {
        free(mapped);
        return;
    }
    for (utf8proc_ssize_t i = 0; i < m;) {
        size_t adv;
        int32_t c = kj_utf8_decode((const char *)mapped + i, (size_t)(m - i), &adv);
        push(ps, c < 0 ? 0xFFFD : (uint32_t)c, src, false);
        i += (utf8proc_ssize_t)adv;
    }
    free(mapped);
}

/* Signs and radicals the Japanese faces lack, in the form they have. */
static uint32_t substitute(uint32_t c)
{
    switch (c) {
    case 0x2003: /* EM SPACE */
        return 0x3000;
    case 0x25FC: /* ◼ */
    case 0x25FE: /* ◾ */
        return 0x25A0;
    case 0x25FB: /* ◻ */
    case 0x25FD: /* ◽ */
        return 0x25A1;
    case 0x26AB: /* ⚫ */
        return 0x25CF;
    case 0x26AA: /* ⚪ */
        return 0x25CB;
    case 0x25BA: /* ► */
        return 0x25B6;
    case 0x2027: /* ‧ */
        return 0x30FB;
    case 0x2EC4: /* ⻄ */
        return 0x897F;
    case 0x2ED1: /* ⻑ */
        return 0x9577;
    case 0x2ED8: /* ⻘ */
        return 0x9752;
    case 0x2EDD: /* ⻝ */
        return 0x98DF;
    default:
        break;
    }
    if (c >= 0x2780 && c <= 0x2789) /* ➀-➉ */
        return 0x2460 + (c - 0x2780);
    return c;
}

/*
 * Step 1: characters as they print.  Full-width ASCII letters and digits
 * become half-width, half-width katakana full-width (with their voicing
 * marks composed), Kangxi radicals the kanji they stand for; invisible
 * characters, variation selectors and private-use symbols go.  URLs and
 * e-mail addresses stay as they are.
 */
static void read_chars(const char *text, size_t len, pieces *ps)
{
    size_t i = 0;
    while (i < len) {
        size_t adv;
        int32_t sc = kj_utf8_decode(text + i, len - i, &adv);
        uint32_t c = sc < 0 ? 0xFFFD : (uint32_t)sc;
        /* A URL or address: the run of URL characters around "://" or "@". */
        if (is_url_char(c)) {
            size_t end = i;
            while (end < len && is_url_char((unsigned char)text[end]))
                end++;
            const char *run = text + i;
            size_t rl = end - i;
            bool url = memchr(run, '@', rl) != NULL || (rl > 4 && strncmp(run, "www.", 4) == 0);
            for (size_t k = 0; !url && k + 3 <= rl; k++)
                url = memcmp(run + k, "://", 3) == 0;
            /* (ASCII either way: copied as it is) */
            for (size_t k = i; k < end; k++)
                push(ps, (unsigned char)text[k], k, url);
            i = end;
            continue;
        }
        if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
            (c >= 0xFF41 && c <= 0xFF5A)) {
            push(ps, c - 0xFEE0, i, false);
        } else if (c >= 0xFF61 && c <= 0xFF9F) {
            /* Half-width katakana and the voicing marks after it. */
            size_t end = i + adv, a2;
            while (end < len) {
                int32_t n = kj_utf8_decode(text + end, len - end, &a2);
                if (n != 0xFF9E && n != 0xFF9F)
                    break;
                end += a2;
            }
            push_nfkc(ps, text + i, end - i, i);
            adv = end - i;
        } else if (c >= 0x2F00 && c <= 0x2FD5) {
            push_nfkc(ps, text + i, adv, i); /* Kangxi radical → kanji */
        } else if (c == '\n') {
            push(ps, c, i, false);
        } else if (kj_is_invisible((int32_t)c) || c == 0xFE0E || c == 0xFE0F ||
                   (c >= 0xE000 && c <= 0xF8FF)) {
            /* dropped */
        } else {
            push(ps, substitute(c), i, false);
        }
        i += adv;
    }
}

/* The nearest character before `i` (or after, with step +1) that is not a
 * space; 0 at the text's edge or a line feed. */
static uint32_t neighbour(const pieces *ps, size_t i, int step)
{
    for (size_t k = i;;) {
        if (step < 0 && k == 0)
            return 0;
        k = step < 0 ? k - 1 : k + 1;
        if (k >= ps->n || ps->p[k].cp == '\n')
            return 0;
        if (!is_space(ps->p[k].cp))
            return ps->p[k].cp;
    }
}

/*
 * Step 2: ASCII brackets and colons inside Japanese become full-width:
 * `(株)`, `東京(本社)`, `日時:10時` — a closing bracket as its opening one
 * did, a colon after a Japanese character.
 */
static void widen_punctuation(pieces *ps)
{
    enum { DEPTH = 32 };
    bool opened[DEPTH];
    size_t depth = 0;
    for (size_t i = 0; i < ps->n; i++) {
        piece *p = &ps->p[i];
        if (p->verbatim)
            continue;
        uint32_t before = neighbour(ps, i, -1), after = neighbour(ps, i, +1);
        bool japanese_before = before && is_wide_text(before);
        switch (p->cp) {
        case '(':
        case '[': {
            bool wide = japanese_before || (after && kj_display_is_japanese(after));
            if (depth < DEPTH)
                opened[depth] = wide;
            depth++;
            if (wide)
                p->cp = p->cp == '(' ? 0xFF08 : 0xFF3B;
            break;
        }
        case ')':
        case ']': {
            bool wide;
            if (depth > 0) {
                depth--;
                wide = depth < DEPTH ? opened[depth] : false;
            } else {
                wide = japanese_before || (after && is_wide_text(after));
            }
            if (wide)
                p->cp = p->cp == ')' ? 0xFF09 : 0xFF3D;
            break;
        }
        case ':':
            if (japanese_before)
                p->cp = 0xFF1A;
            break;
        default:
            break;
        }
    }
}

/*
 * Step 3: spaces between Japanese text and Japanese text, a Latin letter or
 * a digit go (「2026 年 5 月」, 「株式会社 ABC」); spaces between Latin
 * words stay.
 */
static void drop_stray_spaces(pieces *ps)
{
    size_t o = 0;
    for (size_t i = 0; i < ps->n;) {
        if (!is_space(ps->p[i].cp) || ps->p[i].verbatim) {
            ps->p[o++] = ps->p[i++];
            continue;
        }
        size_t end = i;
        while (end < ps->n && is_space(ps->p[end].cp) && !ps->p[end].verbatim)
            end++;
        uint32_t a = o > 0 ? ps->p[o - 1].cp : 0, b = end < ps->n ? ps->p[end].cp : 0;
        bool stray = a && b && a != '\n' && b != '\n' &&
                     ((is_wide_text(a) && (is_wide_text(b) || kj_display_is_western(b))) ||
                      (kj_display_is_western(a) && is_wide_text(b)));
        if (!stray)
            for (size_t k = i; k < end; k++)
                ps->p[o++] = ps->p[k];
        else if (kj_display_is_japanese(a) && kj_display_is_japanese(b))
            ps->p[end].after_space = true; /* the words stay two words */
        i = end;
    }
    ps->n = o;
}

/* ------------------------------------------------------------- the result */

typedef struct span_marks {
    bool *inside; /* per byte of the text: a boundary there lies inside a span */
} span_marks;

static void mark_span(void *ctx, size_t start, size_t end)
{
    span_marks *m = ctx;
    for (size_t b = start + 1; b < end; b++)
        m->inside[b] = true;
}

static void append(kj_buf *out, size_t **src, size_t *cap, uint32_t cp, size_t from)
{
    char enc[4];
    size_t n = kj_utf8_encode((int32_t)cp, enc);
    if (out->len + n + 1 > *cap) {
        *cap = (out->len + n + 1) * 2;
        *src = kj_xrealloc(*src, *cap * sizeof **src);
    }
    for (size_t k = 0; k < n; k++)
        (*src)[out->len + k] = from;
    kj_buf_append(out, enc, n);
}

void kj_display_text_make(const char *text, size_t len, kj_display_text *d)
{
    memset(d, 0, sizeof *d);
    pieces ps = {0};
    read_chars(text, len, &ps);
    widen_punctuation(&ps);
    drop_stray_spaces(&ps);

    /* The normalised text, to find the spans the quarter em stays out of. */
    kj_buf norm = {0};
    size_t *at = kj_xmalloc((ps.n + 1) * sizeof *at); /* byte offset of piece i */
    for (size_t i = 0; i < ps.n; i++) {
        char enc[4];
        at[i] = norm.len;
        kj_buf_append(&norm, enc, kj_utf8_encode((int32_t)ps.p[i].cp, enc));
    }
    at[ps.n] = norm.len;
    span_marks marks = {kj_xcalloc(norm.len + 1, sizeof *marks.inside)};
    if (norm.len)
        kj_jlreq_nobreak_spans(norm.data, norm.len, mark_span, &marks);

    kj_buf out = {0};
    size_t cap = 0;
    size_t *src = NULL;
    for (size_t i = 0; i < ps.n; i++) {
        const piece *p = &ps.p[i];
        if (i > 0 && !marks.inside[at[i]] && !(p->verbatim && ps.p[i - 1].verbatim)) {
            uint32_t a = ps.p[i - 1].cp, b = p->cp;
            if ((kj_display_is_japanese(a) && kj_display_is_western(b)) ||
                (kj_display_is_western(a) && kj_display_is_japanese(b))) {
                d->spaces = kj_xrealloc(d->spaces, (d->n_spaces + 1) * sizeof *d->spaces);
                d->spaces[d->n_spaces++] = out.len;
                append(&out, &src, &cap, ' ', p->src);
            }
        }
        if (p->after_space) {
            d->word_starts =
                kj_xrealloc(d->word_starts, (d->n_word_starts + 1) * sizeof *d->word_starts);
            d->word_starts[d->n_word_starts++] = out.len;
        }
        append(&out, &src, &cap, p->cp, p->src);
    }
    if (out.len + 1 > cap)
        src = kj_xrealloc(src, (out.len + 1) * sizeof *src);
    src[out.len] = len;
    d->text = out.data ? out.data : kj_xstrdup("");
    d->len = out.len;
    d->src = src;
    free(marks.inside);
    free(at);
    kj_buf_free(&norm);
    free(ps.p);
}

void kj_display_text_free(kj_display_text *d)
{
    if (d->text)
        free(d->text);
    free(d->src);
    free(d->spaces);
    free(d->word_starts);
    memset(d, 0, sizeof *d);
}
