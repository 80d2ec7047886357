/*
 * facts_leak.c — was data leaked: confirmed, possible, none or unknown.
 *
 * Each clause that speaks of a leak is read on its own: denied
 * (`流出は確認されておりません`, `漏えいの可能性はございません`), possible
 * (`可能性`, `おそれ`, `否定できない`), under investigation (`有無を調査中`)
 * or stated as fact (`流出したことが判明`, `漏えいが確認された`).  Clauses
 * that imagine a leak (`…した場合`), guard against one (`漏えい防止`) or
 * speak of what might follow it (`流出した情報の不正利用`) say nothing
 * about whether it happened.  The release's status is the strongest one
 * stated anywhere: confirmed > possible > none > unknown.
 */
#include "extract_internal.h"

static kj_leak_status clause_status(const extract_ctx *ctx, const clause *cl)
{
    cue_set c = cl->cues;
    if (!HAS(c, LEAK) && !HAS(c, LEAK_NOUN))
        return KJ_LEAK__COUNT;
    if (HAS(c, PREVENT) || HAS(c, SECONDARY))
        return KJ_LEAK__COUNT;
    /* the leak word and what is said of it after */
    size_t first = cl->hit_start;
    while (first < cl->hit_end &&
           !(ctx->hits[first].kind == HIT_TERM &&
             (hit_entry(ctx, &ctx->hits[first])->cues & (CUE(LEAK) | CUE(LEAK_NOUN)))))
        first++;
    if (conditional_at(ctx, cl, first))
        return KJ_LEAK__COUNT;
    if (HAS(c, NEGATION) && negated_after(ctx, cl, first))
        return KJ_LEAK_NONE;
    if (HAS(c, POSSIBLE))
        return KJ_LEAK_POSSIBLE;
    if (HAS(c, INVESTIGATING))
        return KJ_LEAK_UNKNOWN;
    if (HAS(c, LEAK) || HAS(c, CONFIRM))
        return KJ_LEAK_CONFIRMED;
    return KJ_LEAK__COUNT; /* 漏えいに関するお詫び: a topic, not a statement */
}

void extract_leak(extract_ctx *ctx)
{
    kj_leak_status best = KJ_LEAK_UNKNOWN;
    const sentence *why = NULL;
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (sentence_is_aside(s) || sentence_is_measures(s))
            continue;
        if (!HAS(s->cues, LEAK) && !HAS(s->cues, LEAK_NOUN))
            continue;
        for (uint32_t c = s->clause_start; c < s->clause_end; c++) {
            kj_leak_status st = clause_status(ctx, &ctx->clauses[c]);
            if (st == KJ_LEAK__COUNT || st == KJ_LEAK_UNKNOWN)
                continue;
            if (!why || st > best) {
                best = st;
                why = s;
            }
        }
    }
    ctx->rel->leak_status = best;
    if (why && best != KJ_LEAK_UNKNOWN)
        add_evidence(ctx, KJ_FIELD_LEAK_STATUS, kj_vocab_name(KJ_VOCAB_LEAK, best), why);
}
