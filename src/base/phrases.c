/*
 * phrases.c — looking up a fixed list of phrases at a position of text.
 *
 * The aggregate stage matches the same few dozen phrases (self-references,
 * citation wording, legal forms, title boilerplate) against every release;
 * bucketing them by their first character makes a whole-text scan one pass
 * with, at most positions, one table look-up and no comparison at all.
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/phrases.h"

static int by_bucket(const void *a, const void *b)
{
    const kj_phrase *x = a, *y = b;
    unsigned bx = kj_phrase_bucket(x->text, x->len), by = kj_phrase_bucket(y->text, y->len);
    if (bx != by)
        return bx < by ? -1 : 1;
    /* Longer first, so the first match at a position is the longest. */
    if (x->len != y->len)
        return x->len > y->len ? -1 : 1;
    return strcmp(x->text, y->text);
}

void kj_phrases_init(kj_phrases *set, const kj_phrase *phrases, size_t n)
{
    memset(set, 0, sizeof *set);
    set->items = kj_xcalloc(n ? n : 1, sizeof *set->items);
    for (size_t i = 0; i < n; i++) {
        if (!phrases[i].text[0])
            continue;
        set->items[set->n] = phrases[i];
        set->items[set->n].len = (uint16_t)strlen(phrases[i].text);
        set->n++;
    }
    if (set->n > 1) /* qsort wants a non-NULL array even for none */
        qsort(set->items, set->n, sizeof *set->items, by_bucket);
    size_t at = 0;
    for (unsigned b = 0; b < KJ_PHRASE_BUCKETS; b++) {
        set->first[b] = (uint16_t)at;
        while (at < set->n && kj_phrase_bucket(set->items[at].text, set->items[at].len) == b)
            at++;
    }
    set->first[KJ_PHRASE_BUCKETS] = (uint16_t)set->n;
}

const kj_phrase *kj_phrases_at(const kj_phrases *set, const char *s, size_t len)
{
    if (len == 0)
        return NULL;
    unsigned b = kj_phrase_bucket(s, len);
    for (size_t i = set->first[b]; i < set->first[b + 1]; i++) {
        const kj_phrase *p = &set->items[i];
        if (p->len <= len && memcmp(s, p->text, p->len) == 0)
            return p;
    }
    return NULL;
}

bool kj_phrases_in(const kj_phrases *set, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80 && kj_phrases_at(set, s + i, len - i))
            return true;
    return false;
}
