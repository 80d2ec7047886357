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

/* The verbs by which a release reports what follows. */
static const char *const report_verbs[] = {
    "ご報告いたします",         "ご報告申し上げます",   "ご報告します",
    "ご報告させていただきます", "ご報告させて頂きます", "お知らせいたします",
    "お知らせします",           "お知らせ申し上げます", "ご案内いたします"};

/* Does the text at `at` (before `end`) open on one of the report verbs? */
static bool report_verb_at(const char *text, uint32_t at, uint32_t end)
{
    for (size_t r = 0; r < sizeof report_verbs / sizeof report_verbs[0]; r++) {
        size_t n = strlen(report_verbs[r]);
        if (at + n <= end && memcmp(text + at, report_verbs[r], n) == 0)
            return true;
    }
    return false;
}

/* `本件の調査結果について、以下の通りご報告申し上げます`, `調査の結果を下記の通り
 * ご報告させて頂きます`, `調査結果および再発防止に向けた取り組みについて、内容が
 * まとまりましたので以下のとおりお知らせいたします`: the results, then in the
 * same sentence the release's report of what is set out below — not one
 * still ahead (`まとまり次第、改めて以下の窓口でご報告`), nor the facts known so
 * far (`現時点における事実関係…を下記のとおり`). */
static bool results_set_out_below(const extract_ctx *ctx, const sentence *s, const hit *x)
{
    static const char *const below[] = {"以下のとおり", "以下の通り", "下記のとおり", "下記の通り"};
    static const char *const ahead[] = {"次第", "改めて", "予定", "後日", "見込",
                                        /* `現時点における事実関係…を以下のとおり` */
                                        "現時点", "現在まで", "中間", "暫定"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t end = s->block == x->block && s->end <= len ? s->end : len;
    for (uint32_t at = x->pos + x->len; at < end; at++) {
        for (size_t i = 0; i < sizeof ahead / sizeof ahead[0]; i++) {
            size_t n = strlen(ahead[i]);
            if (at + n <= end && memcmp(text + at, ahead[i], n) == 0)
                return false;
        }
        for (size_t i = 0; i < sizeof below / sizeof below[0]; i++) {
            size_t n = strlen(below[i]);
            if (at + n > end || memcmp(text + at, below[i], n) != 0)
                continue;
            uint32_t verb = at + (uint32_t)n;
            if (verb + 3 <= end && memcmp(text + verb, "、", 3) == 0)
                verb += 3;
            return report_verb_at(text, verb, end);
        }
    }
    return false;
}

/* `…事案の調査結果について、ご報告いたします`, `その後の調査結果と共にご
 * 報告いたします`: a sentence that says the release presents the results
 * (the results followed, in their own clause, by the release's report). */
static bool presents_results(const extract_ctx *ctx, const sentence *s)
{
    static const char *const joins[] = {"について、",
                                        "について",
                                        "につきまして、",
                                        "と共に",
                                        "とともに",
                                        "を以下のとおり",
                                        "を以下の通り",
                                        "を",
                                        "および今後の対応について",
                                        "及び今後の対応について",
                                        "と今後の対応について",
                                        "および再発防止策について",
                                        "及び再発防止策について"};
    static const char *const interim[] = {"現時点", "現在までの", "これまでの", "中間", "暫定"};
    if (s->kind != SENT_PARAGRAPH)
        return false;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->kind != HIT_TERM || !HAS(hit_entry(ctx, x)->cues, RESULTS))
            continue;
        /* `現時点での調査結果をご報告`: the results so far */
        if (sentence_has_before(ctx, s, x, interim, sizeof interim / sizeof interim[0]))
            continue;
        if (results_set_out_below(ctx, s, x))
            return true;
        for (size_t j = 0; j < sizeof joins / sizeof joins[0]; j++) {
            if (!kj_text_after_is(ctx, x, joins[j]))
                continue;
            hit after = *x;
            after.len += (uint32_t)strlen(joins[j]);
            if (kj_text_after_is(ctx, &after, " "))
                after.len += 1;
            uint32_t len;
            const char *text = kj_ctx_block_text(ctx, after.block, &len);
            if (report_verb_at(text, after.pos + after.len, len))
                return true;
        }
    }
    return false;
}

/* `調査結果を踏まえた再発防止策の実装を完了いたしました`, `第三者調査機関の
 * 調査結果、及び再発防止策を実施したうえで発表`, `調査結果を受領しましたので`:
 * the results are in hand and the release tells what was done on them, or
 * that they came, as done — not the results still awaited (`今後の調査結果を
 * 踏まえ…まいります`) or those so far (`現時点の調査結果`, `調査結果に関する
 * 暫定的な報告`). */
static bool acts_on_results(const extract_ctx *ctx, const sentence *s)
{
    static const char *const done[] = {
        "完了いたしました",   "完了しました",         "完了しております",   "既に実施",
        "実施いたしました",   "実施しております",     "実施したうえで",     "実施した上で",
        "発表に至りました",   "公表に至りました",     "を受領いたしました", "を受領しました",
        "の報告を受けました", "報告を受けましたので", "の報告を受け、"};
    static const char *const interim[] = {"現時点", "現在までの", "これまでの",   "中間",
                                          "暫定",   "今後",       "得られている", "速報"};
    if (s->kind != SENT_PARAGRAPH)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, s->block, &len);
    uint32_t end = s->end <= len ? s->end : len;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->kind != HIT_TERM || !HAS(hit_entry(ctx, x)->cues, RESULTS) ||
            sentence_has_before(ctx, s, x, interim, sizeof interim / sizeof interim[0]))
            continue;
        /* `調査結果に関する暫定的な報告を受領`: the results so far, said
         * between the results and what was done */
        for (uint32_t at = x->pos + x->len; at < end; at++) {
            bool stop = false;
            for (size_t i = 0; i < sizeof interim / sizeof interim[0] && !stop; i++)
                stop = at + strlen(interim[i]) <= end &&
                       memcmp(text + at, interim[i], strlen(interim[i])) == 0;
            if (stop)
                break;
            for (size_t i = 0; i < sizeof done / sizeof done[0]; i++)
                if (at + strlen(done[i]) <= end && memcmp(text + at, done[i], strlen(done[i])) == 0)
                    return true;
        }
    }
    return false;
}

/* `その後のX社による調査の結果、当社の情報の漏えいはなかったとの報告を受け
 * ました`, `X社より「漏えいした事実は確認されませんでした」との報告を受け
 * ました`: a follow-up (the caller checks the title) that gives the
 * investigation's answer, no leak — the question it was opened on is
 * closed.  An answer given as what is known so far (`現時点で`) is not. */
static bool settles_no_leak(extract_ctx *ctx, const sentence *s)
{
    static const char *const found[] = {"調査の結果", "調査により", "調査結果", "調査において",
                                        "との報告を受け", "との報告がござい", "との報告があり",
                                        /* `…が含まれないことをX社からの提供情報を元に確認` */
                                        "を元に確認", "をもとに確認", "に基づき確認"};
    static const char *const closed[] = {
        "なかった", "無かった", "ないことが判明", "ないことを確認", "ないことが確認",
        "無いことを確認", "無いことが確認", "確認されませんでした", "確認されなかった",
        /* `専門家による調査の結果、情報流出は確認されておりません`:
         * the answer stands now, after the investigation */
        "確認されておりません",
        /* `情報漏えいは発生していないとの報告`, `個人情報が含まれないことを…確認` */
        "発生していない", "含まれないことを"};
    static const char *const so_far[] = {"現時点", "現在のところ", "現段階", "現在まで"};
    if (!(s->cues & (CUE(LEAK) | CUE(LEAK_NOUN))))
        return false;
    const char *text = kj_sentence_text(ctx, s);
    /* `漏えいの可能性があるデータの範囲に、個人情報が含まれないことを…確認`:
     * the data at risk holds none of the release's — a negation the
     * lexicon does not mark */
    if (!HAS(s->cues, NEGATION) && !strstr(text, "含まれないことを"))
        return false;
    bool investigated = false, answered = false, interim = false;
    for (size_t i = 0; i < sizeof found / sizeof found[0]; i++)
        investigated |= strstr(text, found[i]) != NULL;
    for (size_t i = 0; i < sizeof closed / sizeof closed[0]; i++)
        answered |= strstr(text, closed[i]) != NULL;
    for (size_t i = 0; i < sizeof so_far / sizeof so_far[0]; i++)
        interim |= strstr(text, so_far[i]) != NULL;
    return investigated && answered && !interim;
}

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
        if (one_clause && told_done && !not_yet)
            return true;
    }
    return false;
}

/* `個人情報保護委員会には確報として報告しております`, `確報を提出いたしました`:
 * the regulator's final report filed — the release's account is final even
 * where work goes on beside it (monitoring, the costs still reviewed).  Is
 * the 確報 at hit `x` told as done in its sentence (not `提出する予定`)? */
static bool final_report_filed(const extract_ctx *ctx, const sentence *s, const hit *x)
{
    static const char filed[] = "確報";
    static const char *const done[] = {"ました", "ております", "おります"};
    static const char *const ahead[] = {"予定", "見込", "次第", "後日", "まで"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    if (s->kind == SENT_TITLE || x->block != s->block || x->len != sizeof filed - 1 ||
        memcmp(text + x->pos, filed, x->len) != 0)
        return false;
    uint32_t end = s->end <= len ? s->end : len;
    bool told_done = false;
    for (uint32_t at = x->pos + x->len; at < end; at++) {
        for (size_t i = 0; i < sizeof ahead / sizeof ahead[0]; i++) {
            size_t n = strlen(ahead[i]);
            if (at + n <= end && memcmp(text + at, ahead[i], n) == 0)
                return false;
        }
        for (size_t i = 0; i < sizeof done / sizeof done[0] && !told_done; i++) {
            size_t n = strlen(done[i]);
            told_done = at + n <= end && memcmp(text + at, done[i], n) == 0;
        }
    }
    return told_done;
}

/* Does some heading of the release hold `word`? */
static bool heading_holds(extract_ctx *ctx, const char *word)
{
    for (size_t i = 0; i < ctx->n_sents; i++)
        if (ctx->sents[i].kind == SENT_HEADING &&
            strstr(kj_sentence_text(ctx, &ctx->sents[i]), word))
            return true;
    return false;
}

/* `調査の結果、…が判明いたしましたので、お知らせいたします` (or `調査に
 * より判明した事実…を御報告いたします`) opening the release, above sections of the cause (`##
 * 原因`) and the measures (`## 再発防止策`): the results of an investigation presented whole — what
 * was found, why it happened, what is done. */
static const sentence *results_with_cause_and_measures(extract_ctx *ctx)
{
    const sentence *finding = NULL;
    /* in the lead, before the first heading: the release opens on it */
    for (size_t i = 0; i < ctx->n_sents && !finding; i++) {
        const sentence *s = &ctx->sents[i];
        if (s->kind == SENT_HEADING)
            break;
        if (s->kind != SENT_PARAGRAPH)
            continue;
        const char *text = kj_sentence_text(ctx, s);
        /* `調査の結果、…判明`, or `調査により判明した事実…御報告` */
        bool investigated = strncmp(text, "調査の結果、", strlen("調査の結果、")) == 0 ||
                            strstr(text, "調査により判明");
        if (investigated && strstr(text, "判明") &&
            (strstr(text, "お知らせ") || strstr(text, "ご報告") || strstr(text, "御報告")))
            finding = s;
    }
    if (!finding || !heading_holds(ctx, "原因") || !heading_holds(ctx, "再発防止"))
        return NULL;
    return finding;
}

/* Does a sentence tell a measure taken as done (`…正しい設定に変更いたしま
 * した`, `必要なセキュリティ対策を講じました`) or name the measures against a
 * recurrence (`再発防止策を講じるとともに`) — in the lead only when
 * `lead_only`? */
static bool measure_told_done(extract_ctx *ctx, bool lead_only)
{
    static const char *const measures[] = {"変更いたしました",       "変更しました",
                                           "対策を実施いたしました", "対策を実施しました",
                                           "対策を講じました",       "再発防止策を講じ"};
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (s->kind == SENT_HEADING && lead_only)
            break;
        const char *text = kj_sentence_text(ctx, s);
        for (size_t j = 0; j < sizeof measures / sizeof measures[0]; j++)
            if (strstr(text, measures[j]))
                return true;
    }
    return false;
}

/* `## 調査結果および影響` (or `## 調査の結果と…`) over a first sentence
 * told in the past (`調査の結果、…痕跡は確認されませんでした`, `…調査を実施
 * いたしました`, `…ことを確認した。`), in a release that also sets out its
 * measures (`## 再発防止策`, `## 安全に再開するための対応`): the results
 * presented, not findings so far (`現時点で判明している内容は以下のとおりです`). */
static const sentence *results_section_told_done(extract_ctx *ctx)
{
    /* the polite past, and the plain past of a prefecture's or a
     * hospital's report (`…ことを確認した。`) */
    static const char *const done[] = {"た。"};
    /* the work the results lead to, told as what was done (`## 再発防止策`,
     * `## 安全に再開するための対応`) */
    if (!heading_holds(ctx, "再発防止") && !heading_holds(ctx, "ための対応") &&
        !measure_told_done(ctx, false))
        return NULL;
    for (size_t i = 0; i + 1 < ctx->n_sents; i++) {
        const sentence *heading = &ctx->sents[i], *first = &ctx->sents[i + 1];
        if (heading->kind != SENT_HEADING || first->kind != SENT_PARAGRAPH)
            continue;
        const char *title = kj_sentence_text(ctx, heading);
        if (!strstr(title, "調査結果") && !strstr(title, "調査の結果") &&
            !strstr(title, "判明した事実"))
            continue;
        /* the heading names the investigation: its first sentence is
         * the finding, whatever word it uses (`専門業者の解析により`) */
        const char *text = kj_sentence_text(ctx, first);
        size_t len = strlen(text);
        for (size_t j = 0; j < sizeof done / sizeof done[0]; j++) {
            size_t n = strlen(done[j]);
            if (len >= n && memcmp(text + len - n, done[j], n) == 0)
                return first;
        }
    }
    return NULL;
}

/* Does text[..at) cite the release's earlier notice (`7月8日にお知らせした
 * …に関して`, `…ご報告いたしました件につきまして`): the search it then ends
 * is the one the earlier notice announced? */
static bool cites_an_earlier_notice(const char *text, const char *at)
{
    static const char *const notices[] = {"お知らせした", "お知らせいたしました",
                                          "ご報告した",   "ご報告いたしました",
                                          "公表した",     "公表いたしました"};
    for (size_t i = 0; i < sizeof notices / sizeof notices[0]; i++) {
        const char *n = strstr(text, notices[i]);
        if (n && n < at)
            return true;
    }
    return false;
}

/* `調査の結果、サーバ内に不正ファイルが格納されていることを確認いたしました。`
 * in the lead, in a release that sets out its measures (`## 対応と再発防止策`)
 * or tells one taken in its lead (`…の設定は正しい設定に変更いたしました`):
 * the investigation's finding told in the past, with what is done on it —
 * the results presented (GUIDE: an investigation told in the past with
 * findings and measures), unless the release says it goes on (the caller). */
static const sentence *finding_told_done_with_measures(extract_ctx *ctx)
{
    static const char done[] = "ました。";
    /* the search ended: `調査の結果、`, `…に関して調査を進めた結果、` */
    static const char *const openings[] = {"調査の結果、", "調査を進めた結果、",
                                           "調査を行った結果、", "調査を実施した結果、",
                                           "調査した結果、"};
    if (!heading_holds(ctx, "再発防止") && !measure_told_done(ctx, true))
        return NULL;
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (s->kind == SENT_HEADING)
            break; /* the lead only: the release opens on the finding */
        if (s->kind != SENT_PARAGRAPH || kj_sentence_is_aside(s))
            continue;
        const char *text = kj_sentence_text(ctx, s);
        size_t len = strlen(text), n = sizeof done - 1;
        const char *at = NULL;
        for (size_t j = 0; j < sizeof openings / sizeof openings[0] && !at; j++) {
            at = strstr(text, openings[j]);
            if (at && j == 0 && at != text && strncmp(at - 3, "、", 3) != 0)
                at = NULL; /* `調査の結果、` opens the sentence or a clause */
            if (at && j > 0 && !cites_an_earlier_notice(text, at))
                at = NULL; /* `即時、社内調査を実施した結果、`: the first notice's
                              first search, not the results it follows up */
        }
        if (at && (strstr(at, "判明") || strstr(at, "確認")) && len >= n &&
            memcmp(text + len - n, done, n) == 0)
            return s;
    }
    return NULL;
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

/* Does the overview link an earlier report of the release (`第1報：https://…`,
 * `初報：…`)?  The archive lists only reports that came before, so the
 * release follows one up, whatever its title says. */
static bool links_an_earlier_report(const kj_release *rel)
{
    for (size_t i = 0; i < rel->overview.n_links; i++) {
        const char *label = rel->overview.links[i].label;
        size_t n = label ? strlen(label) : 0;
        if (n >= 6 && strcmp(label + n - 3, "報") == 0 &&
            (strncmp(label, "第", 3) == 0 || strcmp(label, "初報") == 0))
            return true;
    }
    return false;
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

    if (!rel->report.final) {
        /* the results of an investigation (調査結果 in the title) or a
         * statement that it is complete — unless the release also says it
         * goes on (引き続き調査, 中間結果, 完了次第) */
        const sentence *results = NULL, *completed = NULL;
        /* a follow-up: numbered, `続報` in the title, or linking an
         * earlier report */
        bool follow_up = rel->report.number >= 2 ||
                         (title && strstr(kj_sentence_text(ctx, title), "続報")) ||
                         links_an_earlier_report(rel);
        bool ongoing = false;
        const sentence *filed = NULL; /* a 確報 filed: final, whatever goes on */
        for (size_t i = 0; i < ctx->n_sents; i++) {
            const sentence *s = &ctx->sents[i];
            if (kj_sentence_is_aside(s))
                continue;
            if (!results && HAS(s->cues, RESULTS) &&
                (s->kind == SENT_TITLE || presents_results(ctx, s) || acts_on_results(ctx, s)))
                results = s; /* a heading `## 調査結果` also heads interim findings */
            if (s->kind == SENT_HEADING && HAS(s->cues, FINAL))
                rel->report.final = true;
            if (!filed && ends_the_reports(ctx, s))
                filed = s; /* the last of the series, whatever goes on */
            if (!ctx->settles_no_leak && follow_up && s->kind != SENT_TITLE &&
                settles_no_leak(ctx, s))
                ctx->settles_no_leak = s;
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
                        else {
                            if (!completed)
                                completed = s;
                            if (!filed && final_report_filed(ctx, s, x))
                                filed = s;
                        }
                    } else if (HAS(cues, ONGOING) && !told_as_past(ctx, x) &&
                               !kj_conditional_at(ctx, cl, h) && !about_earnings(ctx, s)) {
                        ongoing = true;
                    }
                }
            }
        }
        if (!results && !completed)
            results = results_with_cause_and_measures(ctx);
        if (!results && !completed)
            results = results_section_told_done(ctx);
        if (!results && !completed)
            results = finding_told_done_with_measures(ctx);
        const sentence *why = completed ? completed : results;
        if (filed) {
            why = filed;
            ongoing = false;
        }
        if (ongoing)
            ctx->settles_no_leak = NULL;
        if (why && !ongoing) {
            rel->report.final = true;
            if (why->kind != SENT_TITLE)
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

/* A follow-up whose investigation answered "no leak" is final — when the
 * release as a whole reads no leak: `続報` also heads notices that give a
 * confirmed leak, or a possibility that remains, beside the part that did
 * not leak.  Runs after kj_extract_leak, which reads report.final only to
 * close denials, never to open a leak. */
void kj_extract_report_settled(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    if (rel->report.final || !ctx->settles_no_leak || rel->leak_status != KJ_LEAK_NONE)
        return;
    rel->report.final = true;
    kj_add_evidence(ctx, KJ_FIELD_REPORT, "final", ctx->settles_no_leak);
}
