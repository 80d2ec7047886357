/*
 * facts_report.c — which report this release is: 第N報, 最終報.
 *
 * A release names itself in its title (`…について（第3報）`, `(最終報)`);
 * the body cites earlier reports (`第1報でお知らせしたとおり`), which does
 * not make this release one, so the number is read from the title only.
 * A release is also final when it presents the results of an investigation
 * (調査結果 in its title, or what was done on them told as done: 調査結果を
 * 踏まえた…を完了いたしました) or says the investigation is complete (調査が完了,
 * 確報 filed, これ以上の調査は困難, the final report received), and does
 * not say it goes on — work told in the past (調査を進めてまいりましたが)
 * and the earnings still under review do not go on.
 */
#include <stdio.h>
#include <string.h>

#include "date_words.h"
#include "extract_internal.h"

/* The N of the last `第N報` in `title` (0 when none). */
static int report_number(const char *title, size_t len)
{
    static const char dai[] = "第", hou[] = "報", katakana_ni[] = "ニ";
    int number = 0;
    for (size_t i = 0; i + 3 <= len; i++) {
        if (memcmp(title + i, dai, 3) != 0)
            continue;
        size_t j = i + 3;
        while (j < len && title[j] == ' ')
            j++;
        kj_number n;
        size_t r = kj_read_number(title + j, len - j, &n);
        if (!r && len - j >= 3 && memcmp(title + j, katakana_ni, 3) == 0) {
            /* 第ニ報: katakana ニ typed for the kanji 二 */
            n.value = 2;
            n.flags = 0;
            r = 3;
        }
        if (!r || (n.flags & (KJ_NUM_VAGUE | KJ_NUM_RANGE)) || n.value < 1 || n.value > 99)
            continue;
        j += r;
        while (j < len && title[j] == ' ')
            j++;
        if (len - j >= 3 && memcmp(title + j, hou, 3) == 0)
            number = (int)n.value;
    }
    return number;
}

/* `調査は完了しておりません`: a negation right after the word. */
static bool negated_right_after(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *at = &ctx->hits[h];
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != at->block || x->pos > at->pos + at->len + 18)
            break;
        if (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, NEGATION))
            return true;
    }
    return false;
}

/* `調査を進めてまいりましたが、この度調査が完了`, `調査を進めている中で、…
 * 判明`, `これまで調査中であった情報の項目について`: work told as what went on
 * before, not as going on now. */
static bool told_as_past(const extract_ctx *ctx, const hit *x)
{
    static const char *const past[] = {"まいりました", "きました", "いました", "おりました",
                                       "いる中で", "いた", "る中で", "中に",
                                       /* `これまで調査中であった項目` */
                                       "であった", "でありました", "でした"};
    /* `調査を継続してまいりました`: the verb's て-form between */
    hit verb = *x;
    if (kj_text_after_is(ctx, x, "して"))
        verb.len += (uint32_t)strlen("して");
    for (size_t i = 0; i < sizeof past / sizeof past[0]; i++)
        if (kj_text_after_is(ctx, &verb, past[i]))
            return true;
    return false;
}

/* `最終調査報告書の受領後、…判明した場合には…ご報告いたします`: the final
 * report (its 書 or not) is what the organisation waits for — its receipt
 * (受領, 受け) is followed by 後 or 次第. */
static bool received_later(const extract_ctx *ctx, const hit *x)
{
    static const char *const receipt[] = {"の受領", "を受領", "を受け"};
    static const char *const then[] = {"後、", "後に", "後は", "次第", "した後", "てから"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = x->pos + x->len;
    if (starts(text, len, at, "書"))
        at += (uint32_t)strlen("書");
    size_t n = starts_any(text, len, at, receipt, sizeof receipt / sizeof receipt[0]);
    return n && starts_any(text, len, at + (uint32_t)n, then, sizeof then / sizeof then[0]);
}

/* `調査が完了するまで`, `調査が完了する見込み`, `調査完了後、…再開`: a
 * completion still ahead; also one whose sentence ends on when it is
 * expected (`調査完了は、…4月中旬頃となる見込みです`). */
static bool awaited(const extract_ctx *ctx, const sentence *s, const hit *x)
{
    static const char *const ahead[] = {"するまで", "する見込み", "する予定", "次第",
                                        "した後",   "後、",       "後に",     "後は"};
    static const char *const expected[] = {"見込みです", "見込みとなっております", "予定です",
                                           "予定となっております", "見通しです"};
    for (size_t i = 0; i < sizeof ahead / sizeof ahead[0]; i++)
        if (kj_text_after_is(ctx, x, ahead[i]))
            return true;
    if (received_later(ctx, x))
        return true;
    if (!kj_text_after_is(ctx, x, "は"))
        return false; /* the completion is the topic the sentence dates */
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t end = s->block == x->block && s->end <= len ? s->end : len;
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        size_t n = strlen(expected[i]);
        for (uint32_t at = x->pos + x->len; at + n <= end; at++)
            if (memcmp(text + at, expected[i], n) == 0)
                return true;
    }
    return false;
}

/* `業績に及ぼす影響については現在精査中`: what a listed company still
 * reviews is its earnings, not the incident. */
static bool about_earnings(const extract_ctx *ctx, const sentence *s)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, s->block, &len);
    uint32_t end = s->end <= len ? s->end : len;
    for (uint32_t i = s->start; i + 6 <= end; i++)
        if (memcmp(text + i, "業績", 6) == 0)
            return true;
    return false;
}

/* Does one of `lits` stand in sentence `s` before hit `x`? */
static bool sentence_has_before(const extract_ctx *ctx, const sentence *s, const hit *x,
                                const char *const *lits, size_t n)
{
    if (x->block != s->block)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (uint32_t i = s->start; i < x->pos && i < len; i++)
        for (size_t k = 0; k < n; k++) {
            size_t m = strlen(lits[k]);
            if (i + m <= x->pos && memcmp(text + i, lits[k], m) == 0)
                return true;
        }
    return false;
}

/* `詳しい調査により事実関係を確認したうえで、確報をお知らせいたします`: the
 * completion at hit `x` comes after work still to do (`…うえで`, `…上で`),
 * promised in a sentence that ends in the non-past (`…します。`). */
static bool promised_after_work(const extract_ctx *ctx, const sentence *s, const hit *x)
{
    static const char *const after_work[] = {"うえで", "上で"};
    static const char promise[] = "します。";
    if (!sentence_has_before(ctx, s, x, after_work, sizeof after_work / sizeof after_work[0]))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t end = s->block == x->block && s->end <= len ? s->end : len;
    while (end > x->pos && text[end - 1] == ' ')
        end--;
    size_t n = sizeof promise - 1;
    return end >= x->pos + n && memcmp(text + end - n, promise, n) == 0;
}

/* What follows a completion that qualifies a part of the work (`調査が完了
 * した内容や範囲`), not the work. */
static const char *const part_done[] = {"した内容", "した範囲",     "した部分",     "した事項",
                                        "した項目", "している内容", "している範囲", "したもの"};

/* `調査機関による復旧が完了`: 調査 as part of who worked (調査機関, 調査会社),
 * not the work.  Does `after` (the text right after 調査) name an agent? */
static bool names_an_agent(const char *after)
{
    static const char *const agents[] = {"機関", "会社", "業者", "チーム", "団体", "委員", "員"};
    for (size_t i = 0; i < sizeof agents / sizeof agents[0]; i++)
        if (strncmp(after, agents[i], strlen(agents[i])) == 0)
            return true;
    return false;
}

/* `当該調査ならびに復旧作業が完了いたしました`, `フォレンジック調査（※）が
 * 完了いたしました`, `調査が可能な限り完了し`: the investigation said
 * complete with words or a note mark between 調査 and 完了 (the lexicon's
 * phrases hold them side by side) — in one clause, close, and told as
 * done: not `完了次第`, `完了するまで`, `完了後`, `完了しておりません`. */
static bool investigation_completed_apart(extract_ctx *ctx, const sentence *s)
{
    static const char *const done[] = {"いたし", "致し", "し"};
    static const char *const ahead[] = {"次第", "しだい", "する", "後", "予定", "見込"};
    static const char *const denied[] = {"ません", "ない", "おらず", "ず"};
    const char *text = kj_sentence_text(ctx, s);
    for (const char *end = strstr(text, "完了"); end; end = strstr(end + 1, "完了")) {
        const char *start = NULL; /* the last 調査 within reach before 完了 */
        for (const char *at = end - 3; at >= text && end - at <= 48 && !start; at--)
            if (strncmp(at, "調査", 6) == 0 && !names_an_agent(at + 6))
                start = at;
        if (!start || start + 6 == end)
            continue; /* none, or side by side: the lexicon's phrase reads it */
        bool one_clause = true;
        for (const char *c = start + 6; c < end && one_clause; c++)
            one_clause = strncmp(c, "、", 3) != 0 && strncmp(c, "。", 3) != 0;
        const char *after = end + strlen("完了");
        bool told_done = false, not_yet = false;
        for (size_t i = 0; i < sizeof done / sizeof done[0] && !told_done; i++)
            told_done = strncmp(after, done[i], strlen(done[i])) == 0;
        for (size_t i = 0; i < sizeof ahead / sizeof ahead[0] && !not_yet; i++)
            not_yet = strncmp(after, ahead[i], strlen(ahead[i])) == 0;
        /* the negation right after (`完了しておりません`) */
        for (size_t i = 0; i < sizeof denied / sizeof denied[0] && !not_yet; i++) {
            const char *neg = strstr(after, denied[i]);
            not_yet = neg && neg - after <= 18;
        }
        /* `調査が完了した内容や範囲`: a part of the work done */
        for (size_t i = 0; i < sizeof part_done / sizeof part_done[0] && !not_yet; i++)
            not_yet = strncmp(after, part_done[i], strlen(part_done[i])) == 0;
        if (one_clause && told_done && !not_yet)
            return true;
    }
    return false;
}

/* `第一報としてご報告申し上げます`, `第2報としてお知らせいたします`: a
 * sentence that tells this release as its 第N報 — the telling after `と
 * して` runs to the stop in the non-past, with no comma (`第1報として
 * お知らせいたしました件について、` cites an earlier one).  The N, or 0. */
static int number_told_in(const char *text)
{
    static const char as[] = "報として";
    for (const char *at = strstr(text, as); at; at = strstr(at + 1, as)) {
        const char *verb = at + sizeof as - 1;
        const char *stop = strstr(verb, "。");
        size_t n = stop ? (size_t)(stop - verb) : strlen(verb);
        static const char past[] = "ました", comma[] = "、", promise[] = "ます";
        bool told_now = n >= sizeof promise - 1 &&
                        memcmp(verb + n - (sizeof promise - 1), promise, sizeof promise - 1) == 0;
        for (size_t i = 0; i < n && told_now; i++)
            told_now =
                !(i + sizeof past - 1 <= n && memcmp(verb + i, past, sizeof past - 1) == 0) &&
                !(i + sizeof comma - 1 <= n && memcmp(verb + i, comma, sizeof comma - 1) == 0);
        if (!told_now)
            continue;
        int number = report_number(text, (size_t)(verb - text));
        if (number > 0)
            return number;
    }
    return 0;
}

/* The number a body sentence gives this release, with that sentence in
 * `*why`; 0 when none does. */
static int number_told_in_body(extract_ctx *ctx, const sentence **why)
{
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (s->kind != SENT_PARAGRAPH || kj_sentence_is_aside(s))
            continue;
        int number = number_told_in(kj_sentence_text(ctx, s));
        if (number > 0) {
            *why = s;
            return number;
        }
    }
    return 0;
}

/* `…ご報告してまいりましたが、本リリースで終了いたします`, `本お知らせをもち
 * まして…ご報告を終了`: the release names itself as where its series of
 * reports ends (this release, then で / をもって / をもちまして / にて, then
 * 終了 in the same sentence).  Is sentence `s` such a statement? */
static bool ends_the_reports(const extract_ctx *ctx, const sentence *s)
{
    static const char *const selves[] = {"本リリース",     "本お知らせ",   "本報",
                                         "本ご報告",       "本発表",       "本公表",
                                         "今回のお知らせ", "今回のご報告", "この場"};
    static const char *const by[] = {"で", "をもって", "をもちまして", "にて"};
    if (s->kind == SENT_TITLE || s->kind == SENT_HEADING)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, s->block, &len);
    uint32_t end = s->block == s->last_block && s->end < len ? s->end : len;
    for (uint32_t i = s->start; i < end; i++)
        for (size_t a = 0; a < sizeof selves / sizeof selves[0]; a++) {
            size_t n = strlen(selves[a]);
            if (i + n > end || memcmp(text + i, selves[a], n) != 0)
                continue;
            uint32_t after = i + (uint32_t)n;
            while (after < end && text[after] == '(') /* `本お知らせ(第4報)` */
                while (after < end && text[after++] != ')')
                    ;
            for (size_t b = 0; b < sizeof by / sizeof by[0]; b++) {
                size_t m = strlen(by[b]);
                if (after + m > end || memcmp(text + after, by[b], m) != 0)
                    continue;
                for (uint32_t j = after + (uint32_t)m; j + 6 <= end; j++)
                    if (memcmp(text + j, "終了", 6) == 0)
                        return true;
            }
        }
    return false;
}

/* `現時点で調査が完了した内容や範囲は以下の通り`: the completion qualifies
 * what part of the work is done — the investigation itself goes on.  Does
 * the completion word at hit `x` describe such a part? */
static bool completes_a_part(const extract_ctx *ctx, const hit *x)
{
    return kj_text_after_any(ctx, x, part_done, sizeof part_done / sizeof part_done[0]);
}

/* `…に関するお知らせ（確報）`, `【終報】`, `最終確報`: the title names the release
 * the definitive, last report (a 確報 filed with the regulator is told in the
 * body, and is not this). */
static bool title_names_the_last_report(extract_ctx *ctx, const sentence *title)
{
    const char *text = kj_sentence_text(ctx, title);
    return strstr(text, "確報") || strstr(text, "終報");
}

void kj_extract_report(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    const sentence *title =
        ctx->n_sents && ctx->sents[0].kind == SENT_TITLE ? &ctx->sents[0] : NULL;
    if (title) {
        rel->report.number = report_number(ctx->title, ctx->title_len);
        if (HAS(title->cues, FINAL))
            rel->report.final = true;
    }
    const sentence *numbered_by = NULL;
    if (!rel->report.number)
        rel->report.number = number_told_in_body(ctx, &numbered_by);

    /* `final` as SCHEMA.md and the reference labels read it: a release that
     * calls itself the last report (最終報 in its title or a heading, 確報 or
     * 終報 in its title, 本リリースで終了) or states that its investigation is
     * complete (調査が完了) — unless it also says the investigation goes on
     * (引き続き調査, 完了次第).  Findings told in the past tense, a provider's
     * result relayed, a 確報 filed with the regulator or a recovery are not
     * (GUIDE.md, "Revised after comparing this guide with the reference
     * labels"). */
    if (!rel->report.final && title && title_names_the_last_report(ctx, title))
        rel->report.final = true;
    if (!rel->report.final) {
        const sentence *completed = NULL, *last = NULL;
        bool ongoing = false;
        for (size_t i = 0; i < ctx->n_sents; i++) {
            const sentence *s = &ctx->sents[i];
            if (kj_sentence_is_aside(s))
                continue;
            if (s->kind == SENT_HEADING && HAS(s->cues, FINAL))
                rel->report.final = true;
            if (!last && ends_the_reports(ctx, s))
                last = s; /* the last of the series, whatever goes on */
            if (!completed && s->kind == SENT_PARAGRAPH && investigation_completed_apart(ctx, s))
                completed = s;
            for (uint32_t c = s->clause_start; c < s->clause_end; c++) {
                const clause *cl = &ctx->clauses[c];
                if (!(cl->cues & (CUE(COMPLETED) | CUE(ONGOING))))
                    continue;
                for (uint32_t h = cl->hit_start; h < cl->hit_end; h++) {
                    const hit *x = &ctx->hits[h];
                    if (x->kind != HIT_TERM)
                        continue;
                    cue_set cues = hit_entry(ctx, x)->cues;
                    if (HAS(cues, COMPLETED)) {
                        /* 調査が完了次第, 調査は完了しておりません, 調査が完了
                         * するまで: it goes on */
                        if (kj_conditional_at(ctx, cl, h) || negated_right_after(ctx, cl, h) ||
                            awaited(ctx, s, x) || promised_after_work(ctx, s, x))
                            ongoing = true;
                        else if (!completed && !completes_a_part(ctx, x))
                            completed = s;
                    } else if (HAS(cues, ONGOING) && !told_as_past(ctx, x) &&
                               !kj_conditional_at(ctx, cl, h) && !about_earnings(ctx, s)) {
                        ongoing = true;
                    }
                }
            }
        }
        const sentence *why = last ? last : ongoing ? NULL : completed;
        if (why) {
            rel->report.final = true;
            kj_add_evidence(ctx, KJ_FIELD_REPORT, "final", why);
        }
    }
    if (numbered_by) {
        char value[32];
        snprintf(value, sizeof value, "%d", rel->report.number);
        kj_add_evidence(ctx, KJ_FIELD_REPORT, value, numbered_by);
    } else if (title && (rel->report.number || rel->report.final)) {
        char value[32];
        if (rel->report.number)
            snprintf(value, sizeof value, "%d%s", rel->report.number,
                     rel->report.final ? ", final" : "");
        else
            snprintf(value, sizeof value, "final");
        kj_add_evidence(ctx, KJ_FIELD_REPORT, value, title);
    }
}
