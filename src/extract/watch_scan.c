/*
 * watch_scan.c — which entries of the user's watch list a release names,
 * and the sentence that names each.
 *
 * Read on the loader's worker while the text is there, like every other
 * read of release text: the organisations and the origin first (the
 * strongest reasons a release concerns us), then the title and the body.
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/extract.h"
#include "kaiji/lists.h"
#include "kaiji/text.h"

/* Bytes kept either side of a name in a long sentence. */
#define CONTEXT_BYTES 180

typedef struct scan {
    const kj_watch *w;
    kj_release *rel;
    kj_watch_hit *hits; /* heap while scanning */
    size_t n, cap;
} scan;

static kj_watch_hit *hit_of(scan *s, size_t entry)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->hits[i].entry == entry)
            return &s->hits[i];
    return NULL;
}

static void add_hit(scan *s, size_t entry, kj_watch_where where, const char *sentence)
{
    kj_watch_hit *h = hit_of(s, entry);
    if (h) {
        if (!h->sentence && sentence) /* the first sentence naming it */
            h->sentence = sentence;
        return;
    }
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 4;
        s->hits = kj_xrealloc(s->hits, s->cap * sizeof *s->hits);
    }
    s->hits[s->n++] = (kj_watch_hit){(uint32_t)entry, where, kj_watch_name(s->w, entry), sentence};
}

static bool is_stop(const char *p, size_t left, size_t *len)
{
    static const char *const stops[] = {"。", "!", "?", "\n"};
    for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++) {
        size_t n = strlen(stops[k]);
        if (n <= left && memcmp(p, stops[k], n) == 0) {
            *len = n;
            return true;
        }
    }
    return false;
}

/* Start of the UTF-8 character at or before p. */
static size_t char_start(const char *s, size_t i)
{
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* The sentence of norm[0, len) around [at, at + n), in the release's arena. */
static const char *sentence_around(kj_arena *a, const char *norm, size_t len, size_t at, size_t n)
{
    size_t from = 0, to = len, stop;
    for (size_t i = 0; i < at; i++)
        if (is_stop(norm + i, len - i, &stop))
            from = i + stop;
    for (size_t i = at + n; i < len; i++)
        if (is_stop(norm + i, len - i, &stop)) {
            to = i + (norm[i] == '\n' ? 0 : stop);
            break;
        }
    bool cut_front = false, cut_back = false;
    if (at - from > CONTEXT_BYTES) {
        from = char_start(norm, at - CONTEXT_BYTES);
        cut_front = true;
    }
    if (to - (at + n) > CONTEXT_BYTES) {
        to = char_start(norm, at + n + CONTEXT_BYTES);
        cut_back = true;
    }
    while (from < to && norm[from] == ' ')
        from++;
    return kj_arena_printf(a, "%s%.*s%s", cut_front ? "…" : "", (int)(to - from), norm + from,
                           cut_back ? "…" : "");
}

/* Every entry named in a normalised text, with its sentence. */
static void scan_text(scan *s, const char *norm, size_t len)
{
    size_t offset = 0, entry, at, n;
    while (offset < len && kj_watch_find(s->w, norm + offset, len - offset, &entry, &at, &n)) {
        at += offset;
        add_hit(s, entry, KJ_WATCH_TEXT, sentence_around(s->rel->arena, norm, len, at, n));
        offset = at + n;
    }
}

void kj_watch_scan(const kj_watch *w, kj_release *rel)
{
    if (!w || !rel)
        return;
    scan s = {.w = w, .rel = rel};
    const kj_overview *ov = &rel->overview;
    for (size_t o = 0; o < ov->n_organizations; o++) {
        long entry = kj_watch_match_name(w, ov->organizations[o]);
        if (entry >= 0)
            add_hit(&s, (size_t)entry, KJ_WATCH_ORGANIZATION, NULL);
    }
    long entry = rel->origin ? kj_watch_match_name(w, rel->origin) : -1;
    for (size_t i = 0; entry < 0 && i < rel->n_origin_aliases; i++)
        entry = kj_watch_match_name(w, rel->origin_aliases[i]);
    if (entry >= 0)
        add_hit(&s, (size_t)entry, KJ_WATCH_ORIGIN, NULL);

    kj_arena *a = rel->arena;
    if (ov->title) {
        size_t len;
        const char *norm = kj_normalize(a, ov->title, strlen(ov->title), &len);
        scan_text(&s, norm, len);
    }
    for (size_t b = 0; b < rel->doc.n_blocks; b++) {
        const kj_text *t = &rel->doc.blocks[b].text;
        if (t->norm)
            scan_text(&s, t->norm, t->norm_len);
    }
    if (!s.n)
        return;
    /* An organisation or origin named nowhere else: its title says why. */
    const char *title =
        ov->title && *ov->title ? kj_normalize(a, ov->title, strlen(ov->title), NULL) : rel->path;
    rel->watch_hits = kj_arena_alloc(a, s.n * sizeof *rel->watch_hits);
    for (size_t i = 0; i < s.n; i++) {
        rel->watch_hits[i] = s.hits[i];
        rel->watch_hits[i].name = kj_arena_strdup(a, s.hits[i].name);
        if (!rel->watch_hits[i].sentence)
            rel->watch_hits[i].sentence = title;
    }
    rel->n_watch_hits = s.n;
    free(s.hits);
}
