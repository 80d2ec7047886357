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

/* A denial close after the word (`不正アクセスの形跡はございません`,
 * `ランサムウェアではない`); a negation further on in a long clause
 * belongs to another verb (`脆弱性の改修を終え、再侵入を許さない`). */
static bool denied_nearby(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *at = &ctx->hits[h];
    bool negated = false;
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != at->block || x->pos > at->pos + at->len + 60)
            break;
        if (x->kind != HIT_TERM)
            continue;
        cue_set cues = hit_entry(ctx, x)->cues;
        if (HAS(cues, NEGATION))
            negated = true;
        else if (HAS(cues, POSSIBLE))
            negated = false; /* `可能性は否定できない` */
    }
    return negated;
}

/* Does the attack word at hit `h` state an incident? */
static bool attack_stated(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const clause *c = kj_clause_of(ctx, s, h);
    if (HAS(c->cues, PREVENT) || kj_conditional_at(ctx, c, h))
        return false;
    /* `パスワードの漏えいか、機器の脆弱性か、いずれかにより`: a guess
     * between causes states neither */
    if (HAS(c->cues, ALTERNATIVE))
        return false;
    if (denied_nearby(ctx, c, h))
        return false;
    if (HAS(s->cues, WARNING) || HAS(s->cues, REQUEST))
        return false;
    /* `改ざんや流出の有無を調査中` */
    if (HAS(c->cues, INVESTIGATING))
        return false;
    /* what might follow a leak: `情報を悪用したスパムメール等が送付される
     * 可能性があります` */
    if (HAS(kj_cues_after(ctx, c, h), POSSIBLE)) {
        for (size_t k = c->hit_start; k < c->hit_end; k++)
            if (k != h && ctx->hits[k].kind == HIT_TERM &&
                HAS(hit_entry(ctx, &ctx->hits[k])->cues, SECONDARY))
                return false;
    }
    return true;
}

/* `メールアカウントへの不正アクセス`, `アカウントが第三者により不正利用
 * された`: an intrusion into an account, or its misuse, is an account
 * takeover. */
static bool into_an_account(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const lex_entry *e = hit_entry(ctx, &ctx->hits[h]);
    return (KJ_SET_HAS(e->attacks, KJ_ATTACK_UNAUTHORIZED_ACCESS) || HAS(e->cues, MISUSE)) &&
           HAS(kj_clause_of(ctx, s, h)->cues, ACCOUNT);
}

/* The term hit after `h` in clause `c` when it follows within `gap` bytes. */
static const lex_entry *next_term(const extract_ctx *ctx, const clause *c, size_t h, uint32_t gap)
{
    const hit *at = &ctx->hits[h];
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != at->block || x->pos > at->pos + at->len + gap)
            return NULL;
        if (x->kind == HIT_TERM)
            return hit_entry(ctx, x);
    }
    return NULL;
}

/* Does a term with one of `cues` follow hit `h` within `gap` bytes? */
static bool followed_within(const extract_ctx *ctx, const clause *c, size_t h, uint32_t gap,
                            cue_set cues)
{
    const hit *at = &ctx->hits[h];
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != at->block || x->pos > at->pos + at->len + gap)
            return false;
        if (x->kind == HIT_TERM && (hit_entry(ctx, x)->cues & cues))
            return true;
    }
    return false;
}

/* Is the hit before `h` (skipping parentheses: `当社(以下「当社」)が運営する`)
 * the organisation itself, by name or as 当社? */
static bool after_self(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *at = &ctx->hits[h];
    uint32_t from = at->pos;
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->block != at->block || x->pos + x->len + 3 < from)
            return false;
        if (x->kind == HIT_SELF)
            return true;
        if (x->kind == HIT_TERM)
            return HAS(hit_entry(ctx, x)->cues, OWN);
        from = x->pos;
    }
    return false;
}

#define NEAR 30 /* bytes: about ten Japanese characters */

/*
 * Where a clause places the incident: +1 at a contractor, vendor or
 * service (委託先, 当社が利用するメールサービス, X社が提供する…, 株式会社X
 * のシステム), -1 in the organisation's own systems (当社サーバー, 当社が
 * 運営するサイト, the organisation named by itself), 0 when it does not
 * say.  An own system named as the one attacked (`当社システムへの不正
 * アクセス`) outweighs a contractor's part in it.  Words followed by
 * 装った / になりすまし name who was impersonated.
 */
static int placement(const extract_ctx *ctx, const clause *c)
{
    bool contractor = false, own = false, own_system = false;
    for (size_t h = c->hit_start; h < c->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->quoted)
            continue; /* 「弊社工場への…」: another's words, the title of its notice */
        if (x->kind == HIT_SELF) {
            own = true;
            continue;
        }
        if (x->kind != HIT_TERM)
            continue;
        cue_set cues = hit_entry(ctx, x)->cues;
        if (!(cues & (CUE(CONTRACTOR) | CUE(PROVIDER) | CUE(OWN) | CUE(USES) | CUE(COMPANY))))
            continue;
        const lex_entry *next = next_term(ctx, c, h, 9);
        if (next && HAS(next->cues, SPOOF))
            continue;
        if (HAS(cues, PROVIDER)) {
            if (after_self(ctx, c, h))
                own = true; /* 当社が運営する: the organisation provides it */
            else
                contractor = true;
        } else if (HAS(cues, CONTRACTOR)) {
            contractor = true;
        } else if (HAS(cues, USES)) {
            /* 当社が利用するメールサービス, but not 利用している機器 */
            contractor |= followed_within(ctx, c, h, NEAR, CUE(SERVICE));
        } else if (HAS(cues, COMPANY)) {
            /* 株式会社Xのシステム, X社のサーバー */
            contractor |= followed_within(ctx, c, h, NEAR, CUE(SYSTEM) | CUE(SERVICE));
        } else if (!(next && HAS(next->cues, PROVIDER))) {
            own = true;
            own_system |= followed_within(ctx, c, h, 4, CUE(SYSTEM) | CUE(DEVICE));
        }
    }
    if (own_system)
        return -2;
    return contractor ? 1 : own ? -1 : 0;
}

static void extract_third_party(extract_ctx *ctx)
{
    int contractor = 0, own = 0, own_system = 0;
    const sentence *evidence = NULL;
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s) || kj_sentence_is_measures(s))
            continue;
        bool incident = s->attacks || HAS(s->cues, ATTACK_WORD) || HAS(s->cues, GENERIC_ATTACK);
        if (!incident)
            continue;
        for (uint32_t c = s->clause_start; c < s->clause_end; c++) {
            const clause *cl = &ctx->clauses[c];
            if (HAS(cl->cues, PREVENT) || HAS(cl->cues, CONDITIONAL))
                continue;
            int weight = s->kind == SENT_TITLE ? 3 : 1;
            int where = placement(ctx, cl);
            if (where > 0) {
                contractor += weight;
                if (!evidence || (s->kind == SENT_TITLE && evidence->kind != SENT_TITLE))
                    evidence = s;
            } else if (where < 0) {
                own += weight;
                own_system += where == -2 ? weight : 0;
            }
        }
    }
    ctx->third_party_for = contractor;
    ctx->third_party_against = own_system;
    if (contractor > 0 && contractor >= own) {
        ctx->rel->third_party = true;
        ctx->third_party_why = evidence;
        kj_add_evidence(ctx, KJ_FIELD_THIRD_PARTY, "true", evidence);
    }
}

void kj_extract_attacks(extract_ctx *ctx)
{
    kj_set found = 0;
    const sentence *why[KJ_ATTACK__COUNT] = {0};
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (!(s->attacks || HAS(s->cues, MISUSE)) || kj_sentence_is_aside(s) ||
            kj_sentence_is_measures(s))
            continue;
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *x = &ctx->hits[h];
            if (x->kind != HIT_TERM)
                continue;
            kj_set attacks = hit_entry(ctx, x)->attacks;
            if (into_an_account(ctx, s, h))
                attacks |= 1u << KJ_ATTACK_ACCOUNT_TAKEOVER;
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
            kj_add_evidence(ctx, KJ_FIELD_ATTACK_TYPES, kj_vocab_name(KJ_VOCAB_ATTACK, a), why[a]);
    extract_third_party(ctx);
}
