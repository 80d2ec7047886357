/*
 * normalize.c — the matching form of text (see kj_normalize in text.h).
 *
 * Calling utf8proc for every character would dominate the parse, so a table
 * built once classifies each BMP code point: most Japanese text (kana,
 * kanji, ASCII letters) is its own NFKC form and can be copied as is.
 * Only characters with a compatibility mapping (full-width digits and
 * brackets, half-width katakana) and the rare combining sequences go
 * through utf8proc.
 */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "kaiji/text.h"

enum {
    CP_KNOWN = 0x80,      /* the entry has been computed */
    CP_SIMPLE = 1,        /* NFKC leaves it alone and it starts no composition problem */
    CP_COMBINES_BACK = 2, /* may merge with the character before it */
    CP_SPECIAL = 4        /* handled by the folding step (space, dash, control) */
};

/*
 * Classes are computed on first sight of each character rather than for all
 * 65,536 up front: a run meets a few thousand distinct characters, and a
 * short export should not pay for the rest.  Threads may compute the same
 * entry at once; they store the same value, and relaxed atomics make that
 * well-defined.
 */
static _Atomic unsigned char cp_class[0x10000];

static bool is_folded_specially(int32_t cp)
{
    return cp < 0x20 || cp == 0x7F || cp == 0x20 || (cp >= 0x80 && cp < 0xA0) || cp == 0xA0 ||
           (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x2060 || cp == 0x2212 ||
           cp == 0x3000 || cp == 0x301C || cp == 0xFEFF || cp == 0xFF5E || cp == 0xFF0D;
}

static bool combines_back(const utf8proc_property_t *p)
{
    return p->combining_class > 0 || (p->comb_index != UINT16_MAX && p->comb_index >= 0x8000);
}

/* True when NFKC maps `cp`, standing alone, to itself (が stays が). */
static bool nfkc_identity(int32_t cp)
{
    char enc[4];
    size_t n = kj_utf8_encode(cp, enc);
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)enc, (utf8proc_ssize_t)n, &mapped,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
    bool same = m == (utf8proc_ssize_t)n && memcmp(mapped, enc, n) == 0;
    free(mapped);
    return same;
}

static unsigned compute_class(int32_t cp)
{
    unsigned c = CP_KNOWN;
    if (cp >= 0xD800 && cp <= 0xDFFF)
        return c;
    const utf8proc_property_t *prop = utf8proc_get_property(cp);
    if (combines_back(prop))
        c |= CP_COMBINES_BACK;
    if (prop->decomp_seqindex != UINT16_MAX) {
        /* Half-width voiced marks decompose to combining ones. */
        utf8proc_int32_t dec[8];
        int last = 0;
        utf8proc_ssize_t n =
            utf8proc_decompose_char(cp, dec, 8, UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE, &last);
        if (n > 0 && combines_back(utf8proc_get_property(dec[0])))
            c |= CP_COMBINES_BACK;
    }
    if (is_folded_specially(cp))
        c |= CP_SPECIAL;
    else if (!(c & CP_COMBINES_BACK) && !(cp >= 0x1100 && cp <= 0x11FF) && nfkc_identity(cp))
        c |= CP_SIMPLE;
    return c;
}

static inline unsigned cls(int32_t cp)
{
    if ((uint32_t)cp >= 0x10000)
        return cp < 0 ? 0 : CP_KNOWN; /* astral: the slow, exact path */
    unsigned c = atomic_load_explicit(&cp_class[cp], memory_order_relaxed);
    if (!c) {
        c = compute_class(cp);
        atomic_store_explicit(&cp_class[cp], (unsigned char)c, memory_order_relaxed);
    }
    return c;
}

/* True when both bytes at `p` are UTF-8 continuation bytes (one load). */
static inline bool continuation_pair(const char *p)
{
    uint16_t w;
    memcpy(&w, p, 2);
    return (w & 0xC0C0) == 0x8080;
}

/* Decodes one code point of valid UTF-8 (checked when the file was read);
 * anything malformed still yields -1 and a one-byte advance. */
static inline int32_t decode(const char *s, size_t len, size_t *adv)
{
    const unsigned char *p = (const unsigned char *)s;
    if (p[0] < 0x80) {
        *adv = 1;
        return p[0];
    }
    /* Three-byte sequences, checked all the same although the text is
     * valid by contract: copying a malformed one as a "character" would
     * put invalid UTF-8 into the output (found by fuzz_normalize,
     * regress/normalize/stray-lead-byte.txt).  E0 and ED, the leads that
     * can start overlong forms and surrogates, take the exact path. */
    if ((p[0] & 0xF0) == 0xE0 && p[0] != 0xE0 && p[0] != 0xED && len >= 3 &&
        continuation_pair(s + 1)) {
        *adv = 3;
        return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    return kj_utf8_decode(s, len, adv);
}

/*
 * The end of the run of characters already in normal form that starts at
 * s[i] (kana, kanji, ASCII letters), and in *last_at where its last
 * character starts.  The hot loop of normalising: three-byte characters
 * (E0 and ED, which can hide overlong forms and surrogates, aside) are
 * decoded in place, the CJK ideographs (U+4000–U+9FFF: no mappings, no
 * marks) not even that.
 */
static size_t simple_run(const char *s, size_t len, size_t i, size_t *last_at)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t j = i, last = *last_at;
    while (j < len) {
        unsigned b = p[j];
        if (b > 0x20 && b < 0x7F) { /* printable ASCII */
            last = j++;
            continue;
        }
        if (b >= 0xE1 && b <= 0xEF && b != 0xED && j + 3 <= len && continuation_pair(s + j + 1)) {
            if (b < 0xE4 || b > 0xE9) {
                int32_t ch =
                    (int32_t)(((b & 0x0F) << 12) | ((p[j + 1] & 0x3Fu) << 6) | (p[j + 2] & 0x3Fu));
                if (!(cls(ch) & CP_SIMPLE))
                    break;
            }
            last = j;
            j += 3;
            continue;
        }
        size_t a;
        int32_t ch = decode(s + j, len - j, &a);
        if (ch < 0 || !(cls(ch) & CP_SIMPLE))
            break;
        last = j;
        j += a;
    }
    *last_at = last;
    return j;
}

/* Output state: builds the folded string in an arena buffer. */
typedef struct norm_out {
    kj_arena *arena;
    char *data;
    size_t len, cap;
    bool pending_space; /* white space seen since the last character */
    bool dropped;       /* a character was left out since the last one written */
    bool recompose;     /* a combining mark met a new neighbour: see normalize_pass */
    int32_t last_cp;    /* last character written, 0 at the start */
} norm_out;

static void out_reserve(norm_out *o, size_t extra)
{
    if (o->len + extra + 1 <= o->cap)
        return;
    size_t cap = o->cap * 2;
    while (cap < o->len + extra + 1)
        cap *= 2;
    o->data = kj_arena_grow(o->arena, o->data, o->cap, cap);
    o->cap = cap;
}

/* Writes characters that need no change, `first` and `last` being the
 * first and last of them. */
static void out_run(norm_out *o, const char *s, size_t n, int32_t first, int32_t last)
{
    if (o->pending_space) {
        /* Keep a space only between two narrow characters: `Emotet malware`
         * keeps it, `2026 年` and `IIJ セキュア` lose it.  A combining mark
         * after a space is one cut loose from its letter (`か ゙`, as PDF
         * copy-paste leaves it): it joins the letter again. */
        if (o->last_cp && !kj_is_wide(o->last_cp) && !kj_is_wide(first) &&
            !(cls(first) & CP_COMBINES_BACK)) {
            out_reserve(o, 1);
            o->data[o->len++] = ' ';
            o->dropped = false;
        }
        o->pending_space = false;
    }
    if (o->dropped && o->len && (cls(first) & CP_COMBINES_BACK))
        o->recompose = true;
    o->dropped = false;
    out_reserve(o, n);
    memcpy(o->data + o->len, s, n);
    o->len += n;
    o->last_cp = last;
}

static void out_bytes(norm_out *o, const char *s, size_t n, int32_t cp)
{
    out_run(o, s, n, cp, cp);
}

/* Folds one NFKC-normalised code point into the output. */
static void out_cp(norm_out *o, int32_t cp)
{
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
        cp == 0x85 || cp == 0xA0 || cp == 0x3000 || cp == 0x2028 || cp == 0x2029 ||
        (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F) {
        o->pending_space = true;
        o->dropped = true;
        return;
    }
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || (cp >= 0x200B && cp <= 0x200F) ||
        cp == 0x2060 || cp == 0xFEFF) {
        o->dropped = true;
        return; /* controls and zero-width characters carry no text */
    }
    if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFF0D)
        cp = '-';
    else if (cp == 0x301C || cp == 0xFF5E)
        cp = '~';
    char enc[4];
    size_t n = kj_utf8_encode(cp, enc);
    out_bytes(o, enc, n, cp);
}

/* Runs utf8proc's NFKC over a short segment and folds the result. */
static void out_segment_nfkc(norm_out *o, const char *s, size_t len)
{
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &mapped,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
    if (n < 0) {
        /* Not valid UTF-8 after all: keep what decodes. */
        size_t i = 0;
        while (i < len) {
            size_t adv;
            int32_t cp = kj_utf8_decode(s + i, len - i, &adv);
            if (cp >= 0)
                out_cp(o, cp);
            i += adv;
        }
        return;
    }
    utf8proc_ssize_t i = 0;
    while (i < n) {
        size_t adv;
        int32_t cp = kj_utf8_decode((const char *)mapped + i, (size_t)(n - i), &adv);
        if (cp >= 0)
            out_cp(o, cp);
        i += (utf8proc_ssize_t)adv;
    }
    free(mapped);
}

/*
 * Writes the NFKC form of one character that stands alone (nothing before
 * or after can combine with it) straight from its decomposition, skipping
 * utf8proc_map's allocation.  Returns false when the decomposition holds
 * marks that would need recomposing (`㌀` → `ア` `ハ` `゚` `ト`), leaving the
 * caller to take the slow path.
 */
static bool out_decomposed(norm_out *o, int32_t cp)
{
    utf8proc_int32_t dec[8];
    int last = 0;
    utf8proc_ssize_t n =
        utf8proc_decompose_char(cp, dec, 8, UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE, &last);
    if (n <= 0 || n > 8)
        return false;
    for (utf8proc_ssize_t k = 0; k < n; k++) {
        const utf8proc_property_t *p = utf8proc_get_property(dec[k]);
        if (p->combining_class > 0 || (p->comb_index != UINT16_MAX && p->comb_index >= 0x8000))
            return false;
    }
    for (utf8proc_ssize_t k = 0; k < n; k++)
        out_cp(o, dec[k]);
    return true;
}

/*
 * One pass of NFKC and folding.  Leaving out a space or an invisible
 * character can bring a combining mark next to a letter it was not next to
 * (`か ゙` → `か` + U+3099), and NFKC writes that pair `が`; marks of two
 * sequences can also meet out of canonical order.  Such text goes through
 * a second pass, after which normalising again changes nothing: the folded
 * text has no white space or invisible character before a mark, so the
 * second pass leaves nothing out before one and never asks for a third.
 */
static char *normalize_pass(kj_arena *arena, const char *s, size_t len, size_t *out_len,
                            bool second)
{
    norm_out o = {.arena = arena, .cap = len + 16};
    o.data = kj_arena_alloc(arena, o.cap);

    size_t i = 0;
    while (i < len) {
        /* 1. The common case: a run of characters already in normal form
         * (kana, kanji, ASCII letters), found with a tight loop and copied
         * in one piece.  Combining marks are never simple, so only the
         * run's last character can be followed by one; if it is, that
         * character goes back to be composed with its mark below. */
        size_t last_at = i, j = simple_run(s, len, i, &last_at);
        int32_t first = 0, last = 0, before_last = 0;
        size_t before_last_at = last_at;
        if (j > i) {
            size_t a;
            first = decode(s + i, len - i, &a);
            last = decode(s + last_at, len - last_at, &a);
            if (last_at > i) {
                /* the character before the last: step back over continuation bytes */
                before_last_at = last_at - 1;
                while (before_last_at > i && ((unsigned char)s[before_last_at] & 0xC0) == 0x80)
                    before_last_at--;
                before_last = decode(s + before_last_at, len - before_last_at, &a);
            }
        }
        if (j < len && j > i) {
            size_t a;
            int32_t ch = decode(s + j, len - j, &a);
            if (ch >= 0 && (cls(ch) & CP_COMBINES_BACK)) {
                j = last_at;
                last = before_last;
                (void)before_last_at;
            }
        }
        if (j > i) {
            out_run(&o, s + i, j - i, first, last);
            i = j;
        }
        if (i >= len)
            break;

        /* 2. One character that needs work. */
        size_t adv, next_adv = 0;
        int32_t cp = decode(s + i, len - i, &adv);
        unsigned c = cls(cp);
        size_t next_i = i + adv;
        int32_t next = -1;
        unsigned nc = 0;
        if (next_i < len) {
            next = decode(s + next_i, len - next_i, &next_adv);
            nc = cls(next);
        }
        bool next_combines = nc & CP_COMBINES_BACK;
        if (cp < 0) {
            /* invalid byte: dropped */
        } else if ((c & CP_SPECIAL) && !next_combines) {
            out_cp(&o, cp);
        } else if (!(c & CP_COMBINES_BACK) && !next_combines && out_decomposed(&o, cp)) {
            /* a lone compatibility character such as `（` or `２` */
        } else {
            /* Gather the run that needs real normalisation: up to a simple
             * character not followed by a combining one. */
            size_t end = next_i;
            while (end < len && next >= 0) {
                size_t after = end + next_adv, after_adv = 0;
                unsigned nxc = 0;
                int32_t nxt = -1;
                if (after < len) {
                    nxt = decode(s + after, len - after, &after_adv);
                    nxc = cls(nxt);
                }
                if ((nc & (CP_SIMPLE | CP_SPECIAL)) && !(nxc & CP_COMBINES_BACK) &&
                    !(nc & CP_COMBINES_BACK))
                    break;
                end = after;
                next = nxt;
                nc = nxc;
                next_adv = after_adv;
            }
            out_segment_nfkc(&o, s + i, end - i);
            next_i = end;
        }
        i = next_i;
    }
    /* trailing white space is simply never written */
    o.data[o.len] = '\0';
    if (o.recompose && !second)
        return normalize_pass(arena, o.data, o.len, out_len, true);
    if (out_len)
        *out_len = o.len;
    return o.data;
}

char *kj_normalize(kj_arena *arena, const char *s, size_t len, size_t *out_len)
{
    return normalize_pass(arena, s, len, out_len, false);
}
