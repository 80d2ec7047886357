/*
 * watch.c — the watch list: the names that concern *us* (our company, group
 * companies, suppliers, cloud services), and where a text names one.
 *
 * A name is looked for in normalised text (kj_normalize), without its legal
 * form, and counts only as a whole name: the characters around it must not
 * continue it (`みなと精機販売` and `東みなと精機` are other companies, `IIJmio`
 * is not `IIJ`; hiragana before it is a particle or a verb's ending), except
 * a legal form (`株式会社みなと精機`, `みなと精機(株)`) or a
 * word that stays with a name (`様`, `殿`, `社`, `御中`, `グループ`).
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/archive.h"
#include "kaiji/arena.h"
#include "kaiji/orgs.h"
#include "kaiji/phrases.h"
#include "kaiji/readfile.h"
#include "kaiji/text.h"
#include "lists_internal.h"

/* kj_phrases keeps an int16 value: the alias index. */
#define MAX_ALIASES 30000

typedef struct watch_alias {
    const char *key;  /* kj_org_key: organisations and origins compare by it */
    const char *core; /* normalised, legal forms at either end removed: found in text */
    uint32_t entry;
} watch_alias;

struct kj_watch {
    kj_arena *arena;
    const char **names; /* per entry, as written */
    size_t n;
    watch_alias *aliases;
    size_t n_aliases;
    kj_phrases cores; /* value: alias index */
};

/* --------------------------------------------------------- characters */

static int32_t cp_at(const char *s, size_t len, size_t *adv)
{
    int32_t cp = kj_utf8_decode(s, len, adv);
    return cp < 0 ? 0 : cp;
}

/* The code point that ends at s[end] (exclusive), or 0 at the start. */
static int32_t cp_before(const char *s, size_t end)
{
    if (end == 0)
        return 0;
    size_t start = end - 1;
    while (start > 0 && ((unsigned char)s[start] & 0xC0) == 0x80)
        start--;
    size_t adv;
    return cp_at(s + start, end - start, &adv);
}

/* Characters that continue a name: kanji, katakana, Latin letters and
 * digits (hiragana is mostly particles, see below). */
static bool continues_name(int32_t cp)
{
    return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
           (cp >= 0x30A0 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || cp >= 0x20000 ||
           cp == 0x3005 /* 々 */;
}

/* True when s[0, end) ends with a legal form (`株式会社` before the name). */
static bool legal_form_before(const char *s, size_t end)
{
    const kj_phrases *forms = kj_org_legal_forms();
    for (size_t i = 0; i < forms->n; i++) {
        size_t n = forms->items[i].len;
        if (n <= end && memcmp(s + end - n, forms->items[i].text, n) == 0)
            return true;
    }
    return false;
}

/* Words that stay with a name after it. */
static bool name_word_at(const char *s, size_t len)
{
    static const char *const words[] = {"様", "殿", "社", "御中", "グループ"};
    if (kj_phrases_at(kj_org_legal_forms(), s, len))
        return true;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t n = strlen(words[i]);
        if (n <= len && memcmp(s, words[i], n) == 0)
            return true;
    }
    return false;
}

/* True when text[at, at + n) is a whole name. */
static bool whole_name(const char *text, size_t len, size_t at, size_t n)
{
    /* Hiragana before a name is a particle or a verb's ending (`である`,
     * `と`): where a name itself begins in hiragana, nothing tells a longer
     * name from it. */
    int32_t before = cp_before(text, at);
    if (before && !legal_form_before(text, at) && continues_name(before))
        return false;
    size_t adv;
    size_t end = at + n;
    if (end >= len)
        return true;
    int32_t after = cp_at(text + end, len - end, &adv);
    return !continues_name(after) || name_word_at(text + end, len - end);
}

/* ------------------------------------------------------------ matching */

bool kj_watch_find(const kj_watch *w, const char *norm, size_t len, size_t *entry, size_t *at,
                   size_t *match_len)
{
    if (!w || !w->n_aliases)
        return false;
    const kj_phrases *set = &w->cores;
    for (size_t i = 0; i < len;) {
        if (kj_phrases_may_start(set, norm + i, len - i)) {
            /* Longest first among the names starting here, the first whole one wins. */
            unsigned b = kj_phrase_bucket(norm + i, len - i);
            const kj_phrase *best = NULL;
            for (size_t k = set->first[b]; k < set->first[b + 1]; k++) {
                const kj_phrase *p = &set->items[k];
                if (p->len > len - i || memcmp(norm + i, p->text, p->len) != 0)
                    continue;
                if (best && best->len >= p->len)
                    continue;
                if (whole_name(norm, len, i, p->len))
                    best = p;
            }
            if (best) {
                *entry = w->aliases[best->value].entry;
                *at = i;
                *match_len = best->len;
                return true;
            }
        }
        size_t adv;
        cp_at(norm + i, len - i, &adv);
        i += adv ? adv : 1;
    }
    return false;
}

long kj_watch_match_name(const kj_watch *w, const char *name)
{
    if (!w || !name || !*name)
        return -1;
    kj_arena *scratch = kj_arena_new_sized(512);
    const char *key = kj_org_key(scratch, name);
    long found = -1;
    for (size_t i = 0; *key && i < w->n_aliases && found < 0; i++)
        if (strcmp(w->aliases[i].key, key) == 0)
            found = (long)w->aliases[i].entry;
    if (found < 0) {
        size_t len, entry, at, n;
        const char *norm = kj_normalize(scratch, name, strlen(name), &len);
        if (kj_watch_find(w, norm, len, &entry, &at, &n))
            found = (long)entry;
    }
    kj_arena_free(scratch);
    return found;
}

/* ------------------------------------------------------------- reading */

/* `s` normalised with the legal forms at its ends removed. */
static const char *core_of(kj_arena *a, const char *s)
{
    size_t len;
    const char *norm = kj_normalize(a, s, strlen(s), &len);
    const kj_phrases *forms = kj_org_legal_forms();
    bool cut = true;
    while (cut && len) {
        cut = false;
        const kj_phrase *p = kj_phrases_at(forms, norm, len);
        if (p) {
            norm += p->len, len -= p->len, cut = true;
        }
        for (size_t i = 0; i < forms->n && !cut; i++) {
            size_t n = forms->items[i].len;
            if (n <= len && memcmp(norm + len - n, forms->items[i].text, n) == 0)
                len -= n, cut = true;
        }
        while (len && *norm == ' ')
            norm++, len--;
        while (len && norm[len - 1] == ' ')
            len--;
    }
    return kj_arena_strndup(a, norm, len);
}

/* Splits a line at the alias separators: , ， tab | ｜. */
static size_t split_names(kj_arena *a, const char *line, size_t len, const char **out, size_t max)
{
    static const char *const seps[] = {",", "\xEF\xBC\x8C", "\t", "|", "\xEF\xBD\x9C"};
    size_t n = 0, start = 0;
    for (size_t i = 0; i <= len; i++) {
        size_t sep = 0;
        if (i < len)
            for (size_t k = 0; k < sizeof seps / sizeof seps[0] && !sep; k++) {
                size_t sl = strlen(seps[k]);
                if (i + sl <= len && memcmp(line + i, seps[k], sl) == 0)
                    sep = sl;
            }
        if (i < len && !sep)
            continue;
        const char *name = line + start;
        size_t nl = i - start;
        while (nl && (*name == ' ' || *name == '\t'))
            name++, nl--;
        while (nl && (name[nl - 1] == ' ' || name[nl - 1] == '\t' || name[nl - 1] == '\r'))
            nl--;
        /* an ideographic space around a name is no part of it */
        while (nl >= 3 && memcmp(name, "\xE3\x80\x80", 3) == 0)
            name += 3, nl -= 3;
        while (nl >= 3 && memcmp(name + nl - 3, "\xE3\x80\x80", 3) == 0)
            nl -= 3;
        if (nl && n < max)
            out[n++] = kj_arena_strndup(a, name, nl);
        start = i + sep;
        if (sep)
            i += sep - 1;
    }
    return n;
}

kj_status kj_watch_parse(const char *text, size_t len, const char *source, kj_watch **out,
                         kj_error *err)
{
    *out = NULL;
    kj_watch *w = kj_xcalloc(1, sizeof *w);
    w->arena = kj_arena_new();
    size_t cap_names = 0, cap_aliases = 0;
    size_t line_no = 0;
    kj_status st = KJ_OK;
    for (size_t i = 0; i < len && st == KJ_OK;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len;
        const char *line = text + i;
        size_t line_len = end - i;
        i = end + 1;
        line_no++;
        size_t lead = 0;
        while (lead < line_len && (line[lead] == ' ' || line[lead] == '\t'))
            lead++;
        if (lead == line_len || line[lead] == '#' || line[lead] == '\r')
            continue;
        const char *names[64];
        size_t n = split_names(w->arena, line, line_len, names, 64);
        if (n == 0)
            continue;
        if (w->n == cap_names) {
            cap_names = cap_names ? cap_names * 2 : 16;
            w->names = kj_xrealloc(w->names, cap_names * sizeof *w->names);
        }
        w->names[w->n] = names[0];
        for (size_t k = 0; k < n; k++) {
            const char *core = core_of(w->arena, names[k]);
            size_t chars = 0;
            for (const char *p = core; *p; p++)
                chars += ((unsigned char)*p & 0xC0) != 0x80;
            if (chars < 2) {
                st = kj_error_set(err, KJ_ERR_DATA,
                                  "%s:%zu: 「%s」 is too short to be found as a name (two "
                                  "characters at least, legal forms not counted)",
                                  source, line_no, names[k]);
                break;
            }
            if (w->n_aliases >= MAX_ALIASES) {
                st = kj_error_set(err, KJ_ERR_DATA, "%s:%zu: more than %d names", source, line_no,
                                  MAX_ALIASES);
                break;
            }
            if (w->n_aliases == cap_aliases) {
                cap_aliases = cap_aliases ? cap_aliases * 2 : 16;
                w->aliases = kj_xrealloc(w->aliases, cap_aliases * sizeof *w->aliases);
            }
            w->aliases[w->n_aliases++] =
                (watch_alias){kj_org_key(w->arena, names[k]), core, (uint32_t)w->n};
        }
        w->n++;
    }
    if (st == KJ_OK && w->n == 0)
        st = kj_error_set(err, KJ_ERR_DATA, "%s: the watch list names nothing", source);
    if (st != KJ_OK) {
        kj_watch_free(w);
        return st;
    }
    kj_phrase *items = kj_xcalloc(w->n_aliases, sizeof *items);
    for (size_t k = 0; k < w->n_aliases; k++)
        items[k] =
            (kj_phrase){w->aliases[k].core, (uint16_t)strlen(w->aliases[k].core), (int16_t)k};
    kj_phrases_init(&w->cores, items, w->n_aliases);
    free(items);
    *out = w;
    return KJ_OK;
}

kj_status kj_watch_load(const char *path, kj_watch **out, kj_error *err)
{
    *out = NULL;
    char *bytes = NULL;
    size_t len = 0;
    kj_error rerr;
    if (kj_read_file(path, KJ_WATCH_MAX_FILE_BYTES, &bytes, &len, &rerr) != KJ_OK)
        return kj_error_set(err, rerr.status, "%s: %s", path, rerr.message);
    char *text = NULL;
    size_t text_len = 0;
    kj_encoding enc = kj_decode(bytes, len, &text, &text_len);
    free(bytes);
    if (enc == KJ_ENCODING_INVALID) {
        free(text);
        return kj_error_set(err, KJ_ERR_DATA, "%s: neither UTF-8 nor CP932 text", path);
    }
    kj_status st = kj_watch_parse(text, text_len, path, out, err);
    free(text);
    return st;
}

size_t kj_watch_count(const kj_watch *w)
{
    return w ? w->n : 0;
}

const char *kj_watch_name(const kj_watch *w, size_t i)
{
    return w && i < w->n ? w->names[i] : NULL;
}

void kj_watch_free(kj_watch *w)
{
    if (!w)
        return;
    free(w->names);
    free(w->aliases);
    free(w->cores.items);
    kj_arena_free(w->arena);
    free(w);
}
