/*
 * facts_attack.c — what happened (attack_types) and where (third_party).
 *
 * An attack word counts when the release states it (or a strong suspicion
 * of it): not in a clause that denies it (`不正アクセスの痕跡はございません`),
 * guards against it (`ランサムウェア対策`), imagines it (`…した場合`) or
 * warns readers about it (`フィッシングメールにご注意ください`), and not in
 * the contact or measures sections.  A release that only says サイバー攻撃
 * gets no type: the type is "not stated".
 *
 * third_party weighs, over the sentences that speak of the incident, the
 * ones that place it at a contractor, vendor or service (委託先, 利用する
 * サービス, 提供元 …) against those that place it in the organisation's own
 * systems (当社サーバー); the title counts most.
 */
#include "extract_internal.h"

/* Does the attack word at hit `h` state an incident? */
static bool attack_stated(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const clause *c = clause_of(ctx, s, h);
    cue_set after = cues_after(ctx, c, h);
    if (HAS(c->cues, CONDITIONAL) || HAS(c->cues, PREVENT))
        return false;
    if (HAS(after, NEGATION) && !HAS(after, POSSIBLE))
        return false;
    if (HAS(s->cues, WARNING) || HAS(s->cues, REQUEST))
        return false;
    return true;
}

static void extract_third_party(extract_ctx *ctx)
{
    int contractor = 0, own = 0;
    const sentence *evidence = NULL;
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (sentence_is_aside(s) || sentence_is_measures(s))
            continue;
        bool incident = s->attacks || HAS(s->cues, ATTACK_WORD) || HAS(s->cues, GENERIC_ATTACK);
        if (!incident)
            continue;
        for (uint32_t c = s->clause_start; c < s->clause_end; c++) {
            cue_set cues = ctx->clauses[c].cues;
            if (HAS(cues, PREVENT) || HAS(cues, CONDITIONAL))
                continue;
            int weight = s->kind == SENT_TITLE ? 3 : 1;
            if (HAS(cues, CONTRACTOR)) {
                contractor += weight;
                if (!evidence || (s->kind == SENT_TITLE && evidence->kind != SENT_TITLE))
                    evidence = s;
            } else if (HAS(cues, OWN)) {
                own += weight;
            }
        }
    }
    if (contractor > 0 && contractor >= own) {
        ctx->rel->third_party = true;
        add_evidence(ctx, KJ_FIELD_THIRD_PARTY, "true", evidence);
    }
}

void extract_attacks(extract_ctx *ctx)
{
    kj_set found = 0;
    const sentence *why[KJ_ATTACK__COUNT] = {0};
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (!s->attacks || sentence_is_aside(s) || sentence_is_measures(s))
            continue;
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *x = &ctx->hits[h];
            if (x->kind != HIT_TERM)
                continue;
            kj_set attacks = hit_entry(ctx, x)->attacks;
            if (!attacks || !attack_stated(ctx, s, h))
                continue;
            for (int a = 0; a < KJ_ATTACK__COUNT; a++) {
                if (KJ_SET_HAS(attacks, a) && !why[a])
                    why[a] = s;
            }
            found |= attacks;
        }
    }
    /* Ransomware is malware; malware means the other kinds. */
    if (KJ_SET_HAS(found, KJ_ATTACK_RANSOMWARE))
        found &= ~(1u << KJ_ATTACK_MALWARE);
    /* A failure is only a failure when no attack is stated at all. */
    if (found != (1u << KJ_ATTACK_SYSTEM_FAILURE))
        found &= ~(1u << KJ_ATTACK_SYSTEM_FAILURE);
    if (found == (1u << KJ_ATTACK_SYSTEM_FAILURE)) {
        for (size_t i = 0; i < ctx->n_sents; i++)
            if (HAS(ctx->sents[i].cues, GENERIC_ATTACK))
                found = 0;
    }
    ctx->rel->attack_types = found;
    for (int a = 0; a < KJ_ATTACK__COUNT; a++)
        if (KJ_SET_HAS(found, a))
            add_evidence(ctx, KJ_FIELD_ATTACK_TYPES, kj_vocab_name(KJ_VOCAB_ATTACK, a), why[a]);
    extract_third_party(ctx);
}
