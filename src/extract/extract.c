/*
 * extract.c — the extract stage's entry point: scan once, then let each
 * fact family read the hits.
 */
#include <stdlib.h>
#include <string.h>

#include "extract_internal.h"

void kj_extract_release(kj_release *rel, const kj_lexicon *lex)
{
    if (!rel || (rel->flags & (KJ_RELEASE_SKIPPED | KJ_RELEASE_TEXT_DROPPED)))
        return;
    /* start from nothing, so that extracting again (another lexicon) replaces */
    rel->report = (kj_report){0, false};
    rel->attack_types = rel->victim_categories = rel->data_types = rel->data_types_excluded = 0;
    rel->reported_to = 0;
    rel->third_party = false;
    rel->leak_status = KJ_LEAK_UNKNOWN;
    rel->affected_persons = rel->affected_persons_confirmed = KJ_COUNT_NONE;
    rel->affected_organizations = rel->affected_card_holders = KJ_COUNT_NONE;
    rel->affected_qualifiers = 0;
    rel->affected_unit = KJ_AFFECTED_NONE;
    rel->figure_scope = KJ_SCOPE_NONE;
    rel->origin = NULL;
    rel->origin_aliases = NULL;
    rel->n_origin_aliases = 0;
    rel->occurred = rel->detected = KJ_DATE_NONE;
    rel->n_evidence = 0;
    rel->n_events = 0;
    rel->cues.info_items = rel->cues.info_data_items = 0;
    rel->cues.info_people = rel->cues.generic_attack = false;
    extract_ctx ctx = {.rel = rel, .lex = lex ? lex : kj_lexicon_default()};
    kj_scan_release(&ctx);
    kj_extract_report(&ctx);
    kj_extract_attacks(&ctx);
    kj_extract_origin(&ctx);
    kj_extract_subjects(&ctx);
    kj_extract_leak(&ctx);
    kj_extract_counts(&ctx);
    kj_extract_dates(&ctx);
    kj_extract_authorities(&ctx);
    kj_extract_info_list(&ctx);
    free(ctx.hits);
    free(ctx.sents);
    free(ctx.clauses);
    free(ctx.section_cues);
    free(ctx.section_has_data);
    kj_buf_free(&ctx.scratch);
}

bool kj_sentence_is_aside(const sentence *s)
{
    cue_set around = s->context | (s->kind == SENT_HEADING ? s->cues : 0);
    return s->gloss || HAS(around, SECTION_CONTACT);
}

bool kj_sentence_is_measures(const sentence *s)
{
    /* `## 原因及び再発防止策`: a section that also tells the cause is not
     * only measures */
    cue_set around = s->context | (s->kind == SENT_HEADING ? s->cues : 0);
    return HAS(around, SECTION_MEASURES) && !HAS(around, SECTION_OVERVIEW);
}

cue_set kj_cues_before(const extract_ctx *ctx, const clause *c, size_t h)
{
    cue_set set = 0;
    int depth = 0;
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_CLOSE)
            depth++;
        else if (x->kind == HIT_OPEN && depth > 0)
            depth--; /* an open at depth 0 just lifts us out of our own parentheses */
        else if (x->kind == HIT_TERM && depth == 0)
            set |= hit_entry(ctx, x)->cues;
    }
    return set;
}

/*
 * The next term after index *k in clause `c` at the parenthesis level
 * where the walk started: parentheses that open on the way are skipped, a
 * closing one the walk started inside is stepped out of (see kj_cues_after).
 * NULL at the clause's end.
 */
static const lex_entry *next_in_scope(const extract_ctx *ctx, const clause *c, size_t *k,
                                      int *depth)
{
    while (++*k < c->hit_end) {
        const hit *x = &ctx->hits[*k];
        if (x->kind == HIT_OPEN)
            ++*depth;
        else if (x->kind == HIT_CLOSE && *depth > 0)
            --*depth;
        else if (x->kind == HIT_TERM && *depth == 0)
            return hit_entry(ctx, x);
    }
    return NULL;
}

cue_set kj_cues_after(const extract_ctx *ctx, const clause *c, size_t h)
{
    cue_set set = 0;
    int depth = 0;
    for (const lex_entry *e; (e = next_in_scope(ctx, c, &h, &depth));)
        set |= e->cues;
    return set;
}

bool kj_negated_after(const extract_ctx *ctx, const clause *c, size_t h)
{
    bool negated = false;
    int depth = 0;
    for (const lex_entry *e; (e = next_in_scope(ctx, c, &h, &depth));) {
        if (HAS(e->cues, NEGATION))
            negated = true;
        else if (HAS(e->cues, POSSIBLE))
            negated = false;
    }
    return negated;
}

/* `氏名、性別、運動部の場合は所属部、…`: a condition that a data word follows
 * (hit `cond` then a data word) is that later item's, not the condition of
 * an item of the list before it (hit `h`, with a 、 between). */
static bool condition_of_a_later_item(const extract_ctx *ctx, const clause *c, size_t h,
                                      size_t cond)
{
    static const char *const comma[] = {"、"};
    const hit *at = &ctx->hits[h], *x = &ctx->hits[cond];
    if (!kj_text_between_has(ctx, at, x, comma, 1))
        return false;
    for (size_t k = cond + 1; k < c->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->block != x->block || y->pos > x->pos + x->len + CONDITION_REACH)
            return false;
        if (y->kind == HIT_TERM && hit_entry(ctx, y)->data)
            return true;
    }
    return false;
}

bool kj_conditional_at(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *at = &ctx->hits[h];
    int depth = 0; /* `氏名、住所(事故の場合)相手方の氏名`: a condition inside
                      parentheses that open after the word is theirs alone */
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != at->block || x->pos > at->pos + at->len + CONDITION_REACH)
            break;
        if (x->kind == HIT_OPEN)
            depth++;
        else if (x->kind == HIT_CLOSE && depth > 0)
            depth--;
        else if (x->kind == HIT_TERM && depth == 0 && HAS(hit_entry(ctx, x)->cues, CONDITIONAL))
            return !condition_of_a_later_item(ctx, c, h, k);
    }
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->block != at->block || x->pos + CONDITION_REACH < at->pos)
            break;
        if (x->kind != HIT_TERM)
            continue;
        cue_set cues = hit_entry(ctx, x)->cues;
        if (HAS(cues, CONDITIONAL))
            return false; /* a condition closed before the hit */
        if (HAS(cues, CONDITIONAL_OPEN))
            return true;
    }
    return false;
}

/* Does the text of `block` between `from` and `to` (clamped to the block)
 * hold one of the `n` strings `lits`? */
static bool block_span_has(const extract_ctx *ctx, uint32_t block, uint32_t from, uint32_t to,
                           const char *const *lits, size_t n)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, block, &len);
    if (to > len)
        to = len;
    for (uint32_t i = from; i < to; i++)
        for (size_t k = 0; k < n; k++) {
            size_t m = strlen(lits[k]);
            if (i + m <= to && memcmp(text + i, lits[k], m) == 0)
                return true;
        }
    return false;
}

bool kj_text_between_has(const extract_ctx *ctx, const hit *a, const hit *b,
                         const char *const *lits, size_t n)
{
    return a->block == b->block && block_span_has(ctx, a->block, a->pos + a->len, b->pos, lits, n);
}

bool kj_text_before_is(const extract_ctx *ctx, const hit *x, const char *lit)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    size_t n = strlen(lit);
    return x->pos >= n && x->pos <= len && memcmp(text + x->pos - n, lit, n) == 0;
}

bool kj_hit_text_has(const extract_ctx *ctx, const hit *x, const char *word)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    size_t n = strlen(word);
    for (uint32_t at = x->pos; at + n <= x->pos + x->len && at + n <= len; at++)
        if (memcmp(text + at, word, n) == 0)
            return true;
    return false;
}

bool kj_text_after_is(const extract_ctx *ctx, const hit *x, const char *lit)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    size_t n = strlen(lit), at = x->pos + x->len;
    return at + n <= len && memcmp(text + at, lit, n) == 0;
}

bool kj_text_after_any(const extract_ctx *ctx, const hit *x, const char *const *lits, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (kj_text_after_is(ctx, x, lits[i]))
            return true;
    return false;
}

bool kj_text_after_seq(const extract_ctx *ctx, const hit *x, const char *const *firsts, size_t n1,
                       const char *const *seconds, size_t n2)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    size_t at = x->pos + x->len;
    for (size_t i = 0; i < n1; i++) {
        size_t m = strlen(firsts[i]);
        if (at + m > len || memcmp(text + at, firsts[i], m) != 0)
            continue;
        for (size_t j = 0; j < n2; j++) {
            size_t k = strlen(seconds[j]);
            if (at + m + k <= len && memcmp(text + at + m, seconds[j], k) == 0)
                return true;
        }
    }
    return false;
}

bool kj_text_before_any(const extract_ctx *ctx, const hit *x, const char *const *lits, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (kj_text_before_is(ctx, x, lits[i]))
            return true;
    return false;
}

bool kj_sentence_rest_has(const extract_ctx *ctx, const sentence *s, const hit *x,
                          const char *const *lits, size_t n)
{
    return s->block == x->block && block_span_has(ctx, x->block, x->pos + x->len, s->end, lits, n);
}

bool kj_negation_qualifies_noun(const extract_ctx *ctx, const hit *x)
{
    uint32_t len;
    const unsigned char *text = (const unsigned char *)kj_ctx_block_text(ctx, x->block, &len);
    size_t at = x->pos + x->len;
    if (at >= len || x->len < 3)
        return false;
    /* only an attributive form (`ない`, `なかった`) qualifies: `ないと`,
     * `なく` link to what follows */
    if (memcmp(text + at - 3, "い", 3) != 0 && memcmp(text + at - 3, "た", 3) != 0)
        return false;
    unsigned char b = text[at];
    if (b < 0x80)
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
    if ((b & 0xF0) != 0xE0 || at + 3 > len)
        return false;
    uint32_t cp = ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(text[at + 1] & 0x3F) << 6) |
                  (text[at + 2] & 0x3F);
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x30A1 && cp <= 0x30FA);
}

bool kj_service_users_follow(const char *t, size_t len, size_t at)
{
    static const char *const used[] = {
        "をご利用いただいている", "をご利用いただいた", "をご利用されている", "をご利用の",
        "を利用している",         "を利用していた",     "を利用する"};
    static const char *const users[] = {"お客",   "お取引", "取引先", "会員", "利用者",
                                        "事業者", "企業",   "皆",     "方"};
    for (size_t p = at; p < len && p < at + 120; p++) {
        bool mark = p + 3 <= len && (memcmp(t + p, "、", 3) == 0 || memcmp(t + p, "。", 3) == 0);
        if (mark || t[p] == '\n')
            return false; /* the clause ends */
        for (size_t i = 0; i < sizeof used / sizeof used[0]; i++) {
            size_t n = strlen(used[i]);
            if (p + n > len || memcmp(t + p, used[i], n) != 0)
                continue;
            for (size_t k = 0; k < sizeof users / sizeof users[0]; k++) {
                size_t m = strlen(users[k]);
                if (p + n + m <= len && memcmp(t + p + n, users[k], m) == 0)
                    return true;
            }
            return false;
        }
    }
    return false;
}

bool kj_names_its_users(const extract_ctx *ctx, const hit *x)
{
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, x->block, &len);
    return kj_service_users_follow(t, len, x->pos + x->len);
}

bool kj_is_actor(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const hit *x = &ctx->hits[h];
    if (x->kind != HIT_TERM || !KJ_SET_HAS(hit_entry(ctx, x)->victims, KJ_VICTIM_EMPLOYEES))
        return false;
    const hit *last = x;
    if (h + 1 < s->hit_end) {
        const hit *n = &ctx->hits[h + 1];
        if (n->kind == HIT_NUMBER && n->block == x->block && n->pos <= x->pos + x->len + 3)
            last = n; /* 従業員1名が */
    }
    return kj_text_after_is(ctx, last, "が") || kj_text_after_is(ctx, last, "は");
}
