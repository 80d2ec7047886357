/*
 * facts_subjects.c — whose data (victim_categories) and which kinds
 * (data_types, data_types_excluded).
 *
 * Data words count where the text speaks of affected data: the sentence,
 * its heading or the paragraph introducing its list mentions a leak, a
 * possible leak or the data concerned (対象, 含まれ …).  In a full
 * sentence the words must also be tied to people or information (`お客様の
 * 氏名`, `以下の情報`, a list of several kinds): `ID及びパスワードを不正に
 * 入手し` tells how an attacker got in, not whose data leaked.  A data
 * word is excluded when its clause says it is not there, or when it
 * stands in a list whose lead-in or heading says so (`以下の情報は含まれて
 * おりません。` followed by the list).
 *
 * A group of people counts when its clause ties it to data (`お客様の個人
 * 情報`, `従業員64名分`, a list of data kinds, a heading over data) and is
 * not an apology, a request or a denial: `お客様には多大なるご迷惑を…`
 * names no victim.  Words inside 「」 quote another text (the title of a
 * vendor's release) and are not read as this release's facts.
 */
#include "extract_internal.h"

/* Cues that say a passage is about affected data. */
#define DATA_SCOPE                                                                                 \
    (CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE) | CUE(TARGET) | CUE(CONTAIN) | CUE(EXCLUSION))

/*
 * Is the word at hit `h` denied: 含まれておりません, 保有しておりません, or
 * a plain denial in a passage about the affected data (`クレジットカード
 * 情報の流出は確認されておりません`)?  A denied misuse (`不正利用は確認
 * されておりません`) says nothing about which data were concerned.
 */
static bool denied(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    cue_set after = kj_cues_after(ctx, c, h);
    if (HAS(after, EXCLUSION))
        return true;
    if (kj_negated_after(ctx, c, h) && !HAS(after, SECONDARY))
        return true;
    /* a list under `以下の情報は含まれておりません` */
    return s->fragment && HAS(s->context, EXCLUSION) &&
           !(s->cues & (CUE(LEAK) | CUE(POSSIBLE) | CUE(TARGET)));
}

/* Does a full sentence tie its data words to people or information? */
static bool tied_to_people(const sentence *s)
{
    return s->fragment || s->kind == SENT_HEADING || s->victims || kj_set_count(s->data) >= 2 ||
           (s->cues & (CUE(INFO) | CUE(TARGET)));
}

static void data_types(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    const sentence *why[KJ_DATA__COUNT] = {0}, *why_not[KJ_DATA__COUNT] = {0};
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (!s->data || kj_sentence_is_aside(s))
            continue;
        if (HAS(s->cues, REQUEST) || HAS(s->cues, WARNING))
            continue;
        bool list_of_kinds = kj_set_count(s->data) >= 2;
        if (!((s->cues | s->context) & DATA_SCOPE) && !list_of_kinds)
            continue;
        bool tied = tied_to_people(s);
        bool measures = kj_sentence_is_measures(s);
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *x = &ctx->hits[h];
            if (x->kind != HIT_TERM || !hit_entry(ctx, x)->data || x->quoted)
                continue;
            const clause *c = kj_clause_of(ctx, s, h);
            if (kj_conditional_at(ctx, c, h))
                continue;
            kj_set kinds = hit_entry(ctx, x)->data;
            bool excluded = denied(ctx, s, c, h);
            if (measures && excluded && !HAS(kj_cues_after(ctx, c, h), EXCLUSION))
                continue; /* `暗証番号をお尋ねすることはございません`: a promise */
            if ((measures || !tied) && !excluded)
                continue;
            for (int d = 0; d < KJ_DATA__COUNT; d++) {
                if (!KJ_SET_HAS(kinds, d))
                    continue;
                if (excluded) {
                    KJ_SET_ADD(rel->data_types_excluded, d);
                    if (!why_not[d])
                        why_not[d] = s;
                } else {
                    KJ_SET_ADD(rel->data_types, d);
                    if (!why[d])
                        why[d] = s;
                }
            }
        }
    }
    rel->data_types_excluded &= ~rel->data_types;
    for (int d = 0; d < KJ_DATA__COUNT; d++) {
        if (KJ_SET_HAS(rel->data_types, d))
            kj_add_evidence(ctx, KJ_FIELD_DATA_TYPES, kj_vocab_name(KJ_VOCAB_DATA, d), why[d]);
        if (KJ_SET_HAS(rel->data_types_excluded, d))
            kj_add_evidence(ctx, KJ_FIELD_DATA_TYPES_EXCLUDED, kj_vocab_name(KJ_VOCAB_DATA, d),
                            why_not[d]);
    }
}

/* Does clause `c` of sentence `s` tie people to data? */
static bool clause_about_data(const extract_ctx *ctx, const sentence *s, const clause *c)
{
    if (s->kind == SENT_HEADING)
        return s->section >= 0 && ctx->section_has_data[s->section];
    if (s->fragment && (s->context & (CUE(TARGET) | CUE(LEAK) | CUE(LEAK_NOUN))))
        return true; /* a list of people under `対象となる方` */
    if (c->cues & (CUE(INFO) | CUE(TARGET) | CUE(LEAK) | CUE(LEAK_NOUN)))
        return true;
    for (uint32_t h = c->hit_start; h < c->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->kind == HIT_NUMBER && kj_counts_people(ctx, s, c, h))
            return true;
        if (x->kind == HIT_TERM && hit_entry(ctx, x)->data)
            return true;
    }
    return false;
}

/*
 * Is the group at hit `h` the owner of a device or account rather than of
 * data (`従業員1名のメールアカウント`, `職員のパソコン`)?  Such a sentence
 * says how the attacker got in.
 */
static bool owns_device(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *v = &ctx->hits[h];
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != v->block || x->pos > v->pos + v->len + 15)
            return false;
        if (x->kind == HIT_TERM)
            return HAS(hit_entry(ctx, x)->cues, DEVICE);
    }
    return false;
}

static void victims(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    const sentence *why[KJ_VICTIM__COUNT] = {0};
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (!s->victims || kj_sentence_is_aside(s) || kj_sentence_is_measures(s))
            continue;
        if (HAS(s->cues, REQUEST) || HAS(s->cues, WARNING))
            continue;
        bool scope = ((s->cues | s->context) & DATA_SCOPE) || s->data;
        if (!scope)
            continue;
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *x = &ctx->hits[h];
            /* 「…お客様情報の漏えいについて」 quotes another release;
             * `取引先企業における…` names where, not whose */
            if (x->kind != HIT_TERM || !hit_entry(ctx, x)->victims || x->quoted ||
                kj_text_after_is(ctx, x, "における") || kj_text_after_is(ctx, x, "において"))
                continue;
            const clause *c = kj_clause_of(ctx, s, h);
            if ((c->cues & (CUE(APOLOGY) | CUE(PREVENT))) || kj_conditional_at(ctx, c, h))
                continue;
            /* staff who typed their ID and password into a fake screen acted,
             * and their own credentials are what is at stake */
            bool acted = kj_is_actor(ctx, s, h) && !KJ_SET_HAS(s->data, KJ_DATA_CREDENTIALS);
            if (!clause_about_data(ctx, s, c) || denied(ctx, s, c, h) || owns_device(ctx, c, h) ||
                acted)
                continue;
            kj_set groups = hit_entry(ctx, x)->victims;
            for (int v = 0; v < KJ_VICTIM__COUNT; v++) {
                if (KJ_SET_HAS(groups, v) && !KJ_SET_HAS(rel->victim_categories, v)) {
                    KJ_SET_ADD(rel->victim_categories, v);
                    why[v] = s;
                }
            }
        }
    }
    for (int v = 0; v < KJ_VICTIM__COUNT; v++)
        if (KJ_SET_HAS(rel->victim_categories, v))
            kj_add_evidence(ctx, KJ_FIELD_VICTIM_CATEGORIES, kj_vocab_name(KJ_VOCAB_VICTIM, v),
                            why[v]);
}

void kj_extract_subjects(extract_ctx *ctx)
{
    data_types(ctx);
    victims(ctx);
}
