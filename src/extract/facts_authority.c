/*
 * facts_authority.c — which authorities the release reports to or works
 * with (reported_to).
 *
 * An authority counts in a clause that reports, files, consults or
 * cooperates (報告, 届出, 被害届, 相談, 連携, 当局からの要請に対応 …), or
 * where it examines the case itself (`警察による調査の結果`), and
 * does not deny or imagine doing so, nor names it as an example of a kind
 * of body, nor lists it among what the readers are asked to do.  Vague
 * 関係機関 / 関係省庁 name no authority and are not in the lexicon;
 * 関係監督官庁 (`警察や個人情報保護委員会など関係監督官庁`) sums up the ones
 * named before it and is ignored.
 */
#include <string.h>

#include "extract_internal.h"

/* `警察への届出は行っておりません`: a denial close after the authority.  A
 * denial further on in a long clause is about something else
 * (`捜査機関にも相談し、…要求には一切応じていません`). */
static bool denied_nearby(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *at = &ctx->hits[h];
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != at->block || x->pos > at->pos + at->len + 60)
            break;
        if (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, NEGATION))
            return true;
    }
    return false;
}

/* `被害が判明した場合には、警察に通報いたします`: a report promised as the
 * consequence of a condition has not been made. */
static bool consequence(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *at = &ctx->hits[h];
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->block != at->block || x->pos + CONDITION_REACH < at->pos)
            break;
        if (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, CONDITIONAL))
            return true;
    }
    return false;
}

/*
 * `警察署にも被害申告しており、被害があった場合は…協力してまいります`: a
 * report already made before a condition that governs what comes next.
 * True when a report verb in the perfect (`…しており`, `…済み`) stands
 * between hit `h` and the condition `kj_conditional_at` found.
 */
static bool reported_before_condition(const extract_ctx *ctx, const clause *c, size_t h)
{
    static const char *const done[] = {"しており", "いたしており", "済み", "済であり", "ており"};
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            continue;
        cue_set cues = hit_entry(ctx, x)->cues;
        if (HAS(cues, CONDITIONAL))
            return false;
        if (!HAS(cues, REPORT_VERB))
            continue;
        for (size_t d = 0; d < sizeof done / sizeof done[0]; d++)
            if (kj_text_after_is(ctx, x, done[d]))
                return true;
    }
    return false;
}

/* `必要に応じて個人情報保護委員会への報告も行ってまいります`: a report to be
 * made only as needed has not been made (GUIDE, v6).  Is 必要に応じ written
 * shortly before hit `x`, with no 。 between? */
static bool only_as_needed(const extract_ctx *ctx, const hit *x)
{
    static const char as_needed[] = "必要に応じ";
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t from = x->pos > 60 ? x->pos - 60 : 0;
    bool found = false;
    for (uint32_t at = from; at + sizeof as_needed - 1 <= x->pos; at++) {
        if (memcmp(text + at, "。", 3) == 0)
            found = false;
        else if (memcmp(text + at, as_needed, sizeof as_needed - 1) == 0)
            found = true;
    }
    return found;
}

/* `監督官庁である個人情報保護委員会`: an authority described by another
 * that follows it (`…である`) is that one. */
static bool described_by_next(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const hit *x = &ctx->hits[h];
    if (!kj_text_after_is(ctx, x, "である") || h + 1 >= s->hit_end)
        return false;
    const hit *n = &ctx->hits[h + 1];
    return n->kind == HIT_TERM && n->block == x->block && hit_entry(ctx, n)->authorities &&
           n->pos <= x->pos + x->len + 12;
}

/* `インシデント共有コミュニティ(例:JPCERT/CC)への情報提供`: an authority
 * named as an example of a kind of body says what kind, not whom the
 * organisation told. */
static bool named_as_example(const extract_ctx *ctx, const hit *x)
{
    static const char *const example[] = {"例:", "例えば", "例えば、", "たとえば", "たとえば、"};
    return kj_text_before_any(ctx, x, example, sizeof example / sizeof example[0]);
}

/* `### お客さまにご依頼する事項` over `- 所管警察署等への被害届出`: an item of
 * a list of what the readers are asked to do names their report, not the
 * organisation's.  Is sentence `s` an item under a heading that asks? */
static bool asked_of_the_readers(const extract_ctx *ctx, const sentence *s)
{
    static const char *const asks[] = {"お願い", "ご依頼", "依頼事項"};
    if (s->kind != SENT_ITEM || s->section < 0)
        return false;
    uint32_t len;
    const char *title =
        kj_ctx_block_text(ctx, (uint32_t)ctx->rel->doc.sections[s->section].heading_block, &len);
    for (size_t i = 0; i < sizeof asks / sizeof asks[0]; i++) {
        size_t n = strlen(asks[i]);
        for (uint32_t at = 0; at + n <= len; at++)
            if (memcmp(title + at, asks[i], n) == 0)
                return true;
    }
    return false;
}

/* `京都府警察と専門機関による調査を実施しましたが`, `警察による調査の結果`:
 * the authority examining the case itself works with the organisation,
 * though no report word stands in the clause; a study it published
 * (`警察庁の調査によると`) is no such work.  Does an examination by the
 * authority at hit `x` follow it before the next 、 or 。? */
static bool examines_the_case(const extract_ctx *ctx, const hit *x)
{
    static const char *const by[] = {"による調査", "の調査"};
    static const char *const cited[] = {"によると", "によれば", "では"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t end = x->pos + x->len + 60 < len ? x->pos + x->len + 60 : len;
    for (uint32_t at = x->pos + x->len; at < end; at++) {
        if (at + 3 <= len && (memcmp(text + at, "、", 3) == 0 || memcmp(text + at, "。", 3) == 0))
            return false;
        for (size_t b = 0; b < sizeof by / sizeof by[0]; b++) {
            size_t n = strlen(by[b]);
            if (at + n > len || memcmp(text + at, by[b], n) != 0)
                continue;
            for (size_t c = 0; c < sizeof cited / sizeof cited[0]; c++)
                if (at + n + strlen(cited[c]) <= len &&
                    memcmp(text + at + n, cited[c], strlen(cited[c])) == 0)
                    return false;
            return true;
        }
    }
    return false;
}

/* `## ７．監督官庁への報告等について` over `…個人情報保護委員会への報告を完了`:
 * a heading that names the supervising body only by its kind names the
 * topic of its section, whose text says which body it is.  Is hit `x` of
 * sentence `s` such a word in a heading? */
static bool kind_of_body_in_a_heading(const extract_ctx *ctx, const sentence *s, const hit *x)
{
    static const char *const kinds[] = {"監督官庁", "所管官庁", "主務官庁", "所管省庁"};
    if (s->kind != SENT_HEADING)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (x->len == strlen(kinds[k]) && memcmp(text + x->pos, kinds[k], x->len) == 0)
            return true;
    return false;
}

/* `JPCERTコーディネーションセンター(JPCERT/CC)から、…漏えい懸念について連絡
 * を受け`: the authority as the source of a notice, set off by 、 from the
 * verb of the sentence (GUIDE: a notice from the police counts).  Is hit
 * `x` of sentence `s` followed by から、 / より、 and the sentence by a
 * notice received? */
static bool told_by(const extract_ctx *ctx, const sentence *s, const hit *x)
{
    static const char *const from[] = {"から、", "より、", ")から、", ")より、"};
    static const char *const received[] = {"連絡を受け", "報告を受け", "指摘を受け", "通報を受け",
                                           "通知を受け"};
    return kj_text_after_any(ctx, x, from, sizeof from / sizeof from[0]) &&
           kj_sentence_rest_has(ctx, s, x, received, sizeof received / sizeof received[0]);
}

/* `警察への被害届の提出等により不正侵入者に対して厳正に対処する考えです`: a
 * report only intended, the sentence ending on the intention (考え, 方針,
 * 所存) with nothing told as done after the authority (GUIDE v7/v8).  Is
 * hit `x` of sentence `s` in such a sentence? */
static bool only_intended(const extract_ctx *ctx, const sentence *s, const hit *x)
{
    static const char *const intends[] = {"考えです。", "考えでございます。", "方針です。",
                                          "所存です。", "考えです",           "方針です",
                                          "所存です"};
    static const char *const done[] = {"済", "しており", "ました", "ております", "いたしており"};
    if (s->block != x->block)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t end = s->end <= len ? s->end : len, at = x->pos + x->len;
    while (end > at && (text[end - 1] == ' ' || text[end - 1] == '\n'))
        end--;
    bool intended = false;
    for (size_t i = 0; i < sizeof intends / sizeof intends[0] && !intended; i++) {
        size_t n = strlen(intends[i]);
        intended = end - at >= n && memcmp(text + end - n, intends[i], n) == 0;
    }
    return intended && !kj_sentence_rest_has(ctx, s, x, done, sizeof done / sizeof done[0]);
}

void kj_extract_authorities(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    const sentence *why[KJ_AUTH__COUNT] = {0};
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (!s->authorities || kj_sentence_is_aside(s))
            continue;
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *x = &ctx->hits[h];
            if (x->kind != HIT_TERM || !hit_entry(ctx, x)->authorities)
                continue;
            const clause *c = kj_clause_of(ctx, s, h);
            cue_set verbs = c->cues | (s->kind == SENT_ITEM || s->kind == SENT_ROW ? s->cues : 0);
            if (!(HAS(verbs, REPORT_VERB) || examines_the_case(ctx, x) || told_by(ctx, s, x)) ||
                (kj_conditional_at(ctx, c, h) && !reported_before_condition(ctx, c, h)) ||
                consequence(ctx, c, h) || denied_nearby(ctx, c, h) ||
                described_by_next(ctx, s, h) || named_as_example(ctx, x) ||
                asked_of_the_readers(ctx, s) || only_as_needed(ctx, x) ||
                only_intended(ctx, s, x) || kind_of_body_in_a_heading(ctx, s, x))
                continue;
            uint8_t auth = hit_entry(ctx, x)->authorities;
            for (int a = 0; a < KJ_AUTH__COUNT; a++) {
                if ((auth >> a) & 1u && !KJ_SET_HAS(rel->reported_to, a)) {
                    KJ_SET_ADD(rel->reported_to, a);
                    why[a] = s;
                }
            }
        }
    }
    for (int a = 0; a < KJ_AUTH__COUNT; a++)
        if (KJ_SET_HAS(rel->reported_to, a))
            kj_add_evidence(ctx, KJ_FIELD_REPORTED_TO, kj_vocab_name(KJ_VOCAB_AUTHORITY, a),
                            why[a]);
}
