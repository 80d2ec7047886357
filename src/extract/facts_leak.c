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
 * its body states (confirmed > possible > none > unknown); the title
 * counts only when the body is silent.  Misdelivered personal data have
 * leaked, and a lost or stolen medium may have leaked them.
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
    if (kj_conditional_at(ctx, cl, first))
        return KJ_LEAK__COUNT;
    if (HAS(c, NEGATION) && kj_negated_after(ctx, cl, first))
        return KJ_LEAK_NONE;
    if (HAS(c, POSSIBLE))
        return KJ_LEAK_POSSIBLE;
    if (HAS(c, INVESTIGATING))
        return KJ_LEAK_UNKNOWN;
    if (HAS(c, LEAK) || HAS(c, CONFIRM))
        return KJ_LEAK_CONFIRMED;
    return KJ_LEAK__COUNT; /* 漏えいに関するお詫び: a topic, not a statement */
}

/* `認証情報が不正に窃取され`: stolen credentials are how the attacker got
 * in, not a leak of the data (unless other data stand in the clause). */
static bool only_credentials(const extract_ctx *ctx, const clause *c)
{
    kj_set data = 0;
    for (size_t k = c->hit_start; k < c->hit_end; k++)
        if (ctx->hits[k].kind == HIT_TERM)
            data |= hit_entry(ctx, &ctx->hits[k])->data;
    return data == (1u << KJ_DATA_CREDENTIALS) && !HAS(c->cues, INFO);
}

/* Does clause `c` leave open whether data leaked: it weighs a possibility
 * or investigates the question itself (`有無`, `かどうか`), rather than
 * saying that the investigation goes on (`調査を継続`)? */
static bool leaves_question_open(const extract_ctx *ctx, const clause *c)
{
    if (!HAS(c->cues, INVESTIGATING))
        return false;
    if (HAS(c->cues, POSSIBLE))
        return true;
    for (size_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            continue;
        cue_set cues = hit_entry(ctx, x)->cues;
        if (HAS(cues, INVESTIGATING) && !HAS(cues, ONGOING))
            return true;
    }
    return false;
}

/* The status sentence `s` states (KJ_LEAK__COUNT when none). */
/* Does clause `c` name kinds of data or whose they are (氏名, お客様の),
 * not only `データ`? */
static bool names_data(const extract_ctx *ctx, const clause *c)
{
    for (size_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_TERM && (hit_entry(ctx, x)->data || hit_entry(ctx, x)->victims))
            return true;
    }
    return false;
}

static kj_leak_status sentence_status(const extract_ctx *ctx, const sentence *s)
{
    kj_leak_status best = KJ_LEAK__COUNT;
    bool question_open_after = false, possible_after = false;
    for (uint32_t c = s->clause_end; c-- > s->clause_start;) {
        const clause *cl = &ctx->clauses[c];
        if (HAS(cl->cues, APOLOGY) || only_credentials(ctx, cl))
            continue; /* `閲覧された皆さまにはご迷惑を…` */
        kj_leak_status st = clause_status(ctx, cl);
        /* `大量のデータを窃取された。そのため、…情報がダウンロードされた可能性
         * が高い` in one row: data taken, and what it means for the people's
         * information weighed as a possibility — the sentence says possible */
        if (st == KJ_LEAK_CONFIRMED && possible_after && !names_data(ctx, cl))
            st = KJ_LEAK_POSSIBLE;
        if (st == KJ_LEAK_POSSIBLE)
            possible_after = true;
        /* `流出は確認されておりませんが、その可能性も含めて確認中です`,
         * `…流出の有無を調査しております`: a denial whose question is
         * left open is no finding; `…が、引き続き調査を継続しております`
         * only says the routine work goes on */
        if (st == KJ_LEAK_NONE && question_open_after)
            st = KJ_LEAK_UNKNOWN;
        if (leaves_question_open(ctx, cl))
            question_open_after = true;
        if (st != KJ_LEAK__COUNT && (best == KJ_LEAK__COUNT || st > best))
            best = st;
    }
    return best;
}

/* The first sentence that names attack type `a`. */
static const sentence *sentence_naming(const extract_ctx *ctx, kj_attack_type a)
{
    for (size_t i = 0; i < ctx->n_sents; i++)
        if (KJ_SET_HAS(ctx->sents[i].attacks, a) && !kj_sentence_is_aside(&ctx->sents[i]))
            return &ctx->sents[i];
    return NULL;
}

void kj_extract_leak(extract_ctx *ctx)
{
    /* the body's statements decide; the title (`…漏えいの可能性に関する調査
     * 結果`) only when the body says nothing */
    kj_leak_status best = KJ_LEAK__COUNT, title = KJ_LEAK__COUNT;
    const sentence *why = NULL, *title_why = NULL;
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s))
            continue;
        if (!HAS(s->cues, LEAK) && !HAS(s->cues, LEAK_NOUN))
            continue;
        kj_leak_status st = sentence_status(ctx, s);
        if (st == KJ_LEAK__COUNT || st == KJ_LEAK_UNKNOWN)
            continue;
        if (s->kind == SENT_TITLE) {
            title = st;
            title_why = s;
        } else if (best == KJ_LEAK__COUNT || st > best) {
            best = st;
            why = s;
        }
    }
    if (best == KJ_LEAK__COUNT) {
        best = title;
        why = title_why;
    }
    kj_release *rel = ctx->rel;
    /* Data sent to the wrong people have leaked; a lost or stolen medium
     * holding personal data may have (unless the release says more). */
    bool data = rel->data_types || rel->victim_categories;
    if (data && KJ_SET_HAS(rel->attack_types, KJ_ATTACK_MISDELIVERY) && best != KJ_LEAK_CONFIRMED) {
        best = KJ_LEAK_CONFIRMED;
        why = sentence_naming(ctx, KJ_ATTACK_MISDELIVERY);
    } else if (data && KJ_SET_HAS(rel->attack_types, KJ_ATTACK_LOSS_THEFT) &&
               best == KJ_LEAK__COUNT) {
        best = KJ_LEAK_POSSIBLE;
        why = sentence_naming(ctx, KJ_ATTACK_LOSS_THEFT);
    }
    rel->leak_status = best == KJ_LEAK__COUNT ? KJ_LEAK_UNKNOWN : best;
    if (why && rel->leak_status != KJ_LEAK_UNKNOWN)
        kj_add_evidence(ctx, KJ_FIELD_LEAK_STATUS, kj_vocab_name(KJ_VOCAB_LEAK, rel->leak_status),
                        why);
}
