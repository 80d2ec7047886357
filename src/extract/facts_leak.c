/*
 * facts_leak.c — was data leaked: confirmed, possible, none or unknown.
 *
 * Each clause that speaks of a leak is read on its own: denied
 * (`流出は確認されておりません`, `漏えいの可能性はございません`), possible
 * (`可能性`, `おそれ`, `否定できない`), under investigation (`有無を調査中`)
 * or stated as fact (`流出したことが判明`, `漏えいが確認された`).  Clauses
 * that imagine a leak (`…した場合`), guard against one (`漏えい防止`) or
 * speak of what might follow it (`流出した情報の不正利用`) say nothing
 * about whether it happened; nor do a clause that cites what an earlier
 * release said, a leak named only in a quoted title or in a dated list
 * of earlier releases, a heading that names the question its section
 * answers, a leak someone else claims (`…流出したとの投稿`), or the people a
 * release promises to tell once a leak is found.  A list's items are read
 * with the negation of their lead-in.  The release's status is the
 * strongest one its body states (confirmed > possible > none > unknown),
 * and it is that of the personal data: data taken that the text never
 * calls personal, beside personal data that only may have leaked, make
 * possible, and so do data taken that the text never calls personal
 * beside more that only may have leaked.  Money paid out to a fraudster
 * (`資金流出`) is no data leak.  The title counts only when the body is
 * silent.  When nothing else is stated: customers' accounts entered with
 * phishing named as the way in leaked their logins, and the data a
 * taken-over account could reach, named, may have been seen.  Misdelivered
 * personal data have leaked, and a lost or stolen medium may have leaked
 * them.
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "extract_internal.h"

/* Is term hit `k` of a cue in `cues`? */
static bool term_has(const extract_ctx *ctx, size_t k, cue_set cues)
{
    const hit *x = &ctx->hits[k];
    return x->kind == HIT_TERM && (hit_entry(ctx, x)->cues & cues);
}

/* `漏えい防止`, `流出を防ぐ`, `流出しないよう`: a guard right after a leak
 * word; `再発防止` elsewhere in the clause guards against something else. */
static bool guarded(const extract_ctx *ctx, const clause *cl)
{
    for (size_t k = cl->hit_start; k < cl->hit_end; k++) {
        if (!term_has(ctx, k, CUE(LEAK) | CUE(LEAK_NOUN)))
            continue;
        const hit *at = &ctx->hits[k];
        for (size_t j = k + 1; j < cl->hit_end; j++) {
            const hit *x = &ctx->hits[j];
            if (x->block != at->block || x->pos > at->pos + at->len + 18)
                break;
            if (term_has(ctx, j, CUE(PREVENT)))
                return true;
        }
    }
    return false;
}

/* Is any leak word of the clause in a condition (`…で確認された場合は`)? */
static bool any_conditional(const extract_ctx *ctx, const clause *cl)
{
    for (size_t k = cl->hit_start; k < cl->hit_end; k++)
        if (term_has(ctx, k, CUE(LEAK) | CUE(LEAK_NOUN)) && kj_conditional_at(ctx, cl, k))
            return true;
    return false;
}

/* `クレジットカード情報が漏洩し、一部のお客様のクレジットカード情報が不正利用
 * された可能性があることを確認`: the leak stated in a clause of its own
 * (漏洩し、), the possibility said of the misuse that follows, the whole
 * confirmed — the card-skimming template after an investigation. */
static bool leak_then_possible_misuse(const extract_ctx *ctx, const clause *cl)
{
    size_t k = cl->hit_start;
    while (k < cl->hit_end &&
           !(term_has(ctx, k, CUE(LEAK)) && kj_text_after_is(ctx, &ctx->hits[k], "、")))
        k++;
    bool misuse = false, confirmed = false;
    for (k++; k < cl->hit_end; k++) {
        misuse |= term_has(ctx, k, CUE(SECONDARY));
        confirmed |= misuse && term_has(ctx, k, CUE(CONFIRM));
        if (term_has(ctx, k, CUE(NEGATION)))
            return false;
    }
    return confirmed;
}

/* `従業員のパスワード漏えいの可能性が高く、アカウントが乗っ取られたことが
 * 推測されます`: the possibility said of the leak itself, its part of the
 * clause closed by 、 before the misuse that followed it — the leak is
 * weighed, not only what might follow it.  A possibility (after the first
 * leak word, before any misuse or negation) so closed? */
static bool possible_leak_then_misuse(const extract_ctx *ctx, const clause *cl)
{
    static const char *const comma[] = {"、"};
    size_t k = cl->hit_start;
    while (k < cl->hit_end && !term_has(ctx, k, CUE(LEAK) | CUE(LEAK_NOUN)))
        k++;
    size_t possible = cl->hit_end;
    for (k++; k < cl->hit_end; k++) {
        if (term_has(ctx, k, CUE(NEGATION)))
            return false;
        if (possible == cl->hit_end && term_has(ctx, k, CUE(POSSIBLE)))
            possible = k;
        if (term_has(ctx, k, CUE(SECONDARY)))
            return possible < k &&
                   kj_text_between_has(ctx, &ctx->hits[possible], &ctx->hits[k], comma, 1);
    }
    return false;
}

/* Is leak hit `x` one of a list (や, 、, 及び right after it), itself or
 * as the fact of it (`漏えいした事実や、…不正利用された事実は`,
 * `流出した痕跡、不正利用等の事象は`), or the first example of what follows
 * (`個人情報流出などの二次被害は`)? */
static bool listed_beside_another(const extract_ctx *ctx, const hit *x)
{
    static const char *const joined[] = {"や",     "、",     "及び",     "および",     "または",
                                         "又は",   "事実や", "事実、",   "事実及び",   "事実および",
                                         "ことや", "こと、", "こと及び", "ことおよび", "形跡や",
                                         "形跡、", "痕跡や", "痕跡、",   "痕跡及び",   "痕跡および",
                                         "などの", "等の"};
    return kj_text_after_any(ctx, x, joined, sizeof joined / sizeof joined[0]);
}

/* `情報の漏えいや不正利用の事実は確認されておりません`, `外部への情報流出
 * や、情報が不正利用された事実は確認されておりません`: the leak listed
 * beside its misuse (や, 、, 及び right after the leak word) and both denied
 * — the denial is of the leak too, not only of what might follow it. */
static bool leak_and_misuse_denied(const extract_ctx *ctx, const clause *cl)
{
    if (cl->cues & (CUE(POSSIBLE) | CUE(CONDITIONAL) | CUE(INVESTIGATING)))
        return false;
    for (size_t k = cl->hit_start; k < cl->hit_end; k++) {
        if (term_has(ctx, k, CUE(SECONDARY)))
            return false; /* the misuse named first: the leak is its object */
        if (!term_has(ctx, k, CUE(LEAK) | CUE(LEAK_NOUN)))
            continue;
        if (!listed_beside_another(ctx, &ctx->hits[k]) || !kj_negated_after(ctx, cl, k))
            return false;
        /* `…流出や不正利用等の二次被害の報告はございません`: no report of
         * it has come in, which is no finding */
        static const char *const told[] = {"報告", "連絡", "問い合わせ", "問合せ"};
        size_t neg = cl->hit_end;
        while (neg > k + 1 && !term_has(ctx, neg - 1, CUE(NEGATION)))
            neg--;
        return !kj_text_between_has(ctx, &ctx->hits[k], &ctx->hits[neg - 1], told,
                                    sizeof told / sizeof told[0]);
    }
    return false;
}

/* `可能性については…調査を継続`, `流出の可能性を含む影響範囲の調査`,
 * `外部流出の可能性含め…調査を進めてまいります` (the particle left out): the
 * possibility as the subject of an investigation, not one stated. */
static bool possibility_as_a_topic(const extract_ctx *ctx, size_t k)
{
    /* `漏えいしたおそれのある情報については現時点で調査中`: which data may
     * have leaked is the question */
    static const char *const after[] = {"について",
                                        "に関して",
                                        "を含",
                                        "も含",
                                        "含め",
                                        "のある情報について",
                                        "のある情報に関して",
                                        "のある情報につきまして"};
    for (size_t i = 0; i < sizeof after / sizeof after[0]; i++)
        if (kj_text_after_is(ctx, &ctx->hits[k], after[i]))
            return true;
    return false;
}

/* `2025年4月16日に…漏えいの可能性についてご報告いたしましたが`,
 * `4月18日にお知らせいたしました、「…」における…漏洩につきまして、その後の
 * 調査により…`: a clause that cites what an earlier, dated release said (a
 * date, then a release word in the past: 掲載いたしました, ご報告しました);
 * only what follows the citation is this release's finding.  Returns the
 * index of the hit after the release word, 0 when the clause cites none
 * (`…と公表しましたとおり` agrees with the earlier release instead). */
static size_t cites_an_earlier_release(const extract_ctx *ctx, const clause *cl)
{
    static const char *const past[] = {"ました", "した"};
    bool dated = false;
    for (size_t k = cl->hit_start; k < cl->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        dated |= x->kind == HIT_DATE;
        if (!dated || !term_has(ctx, k, CUE(EV_RELEASE)))
            continue;
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, x->block, &len);
        uint32_t end = x->pos + x->len, at = end;
        if (len - at >= 6 && memcmp(text + at, "いた", 6) == 0)
            at += 6;
        for (size_t p = 0; p < sizeof past / sizeof past[0]; p++) {
            size_t n = strlen(past[p]);
            bool ends = end >= n && memcmp(text + end - n, past[p], n) == 0;
            bool follows = len - at >= n && memcmp(text + at, past[p], n) == 0;
            if (!ends && !follows)
                continue;
            uint32_t after = follows ? at + (uint32_t)n : end;
            bool agrees = (len - after >= 9 && memcmp(text + after, "とおり", 9) == 0) ||
                          (len - after >= 6 && memcmp(text + after, "通り", 6) == 0);
            return agrees ? 0 : k + 1;
        }
    }
    return 0;
}

/* `情報漏洩の可能性について、引き続き外部の専門家へ調査を依頼し、検証を
 * 進めております`: the possibility set out (について、) as what an
 * examination still under way (調査中, 調査を依頼, 検証を進め) is about — the subject of the work,
 * not a possibility stated.  An examination that has weighed it (結果, 否定, 高い, 低い) states it;
 * a report of the work (`可能性につきまして、事実関係の調査 …をご報告`) recounts it.  Is
 * possibility hit `k` followed by such a tail before the sentence ends? */
static bool possibility_under_examination(const extract_ctx *ctx, size_t k)
{
    /* `被害の発生原因や情報漏えいの可能性等、…調査を進めております`: one item
     * of a list of what is examined, 等 or など closing it */
    static const char *const about[] = {"について、",   "につきまして、", "に関して、",
                                        "等について、", "等、",           "などについて、",
                                        "など、"};
    static const char *const examined[] = {"調査中",     "検証中",     "精査中",     "調査を継続",
                                           "調査を依頼", "検証を進め", "調査を進め", "精査を進め"};
    static const char *const weighed[] = {"結果", "否定", "高い", "低い", "ました"};
    const hit *x = &ctx->hits[k];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = x->pos + x->len, end = at;
    bool set_out = false;
    for (size_t i = 0; i < sizeof about / sizeof about[0] && !set_out; i++)
        set_out = kj_text_after_is(ctx, x, about[i]);
    if (!set_out)
        return false;
    while (end < len && !(end + 3 <= len && memcmp(text + end, "。", 3) == 0) && text[end] != '\n')
        end++;
    bool examining = false;
    for (uint32_t i = at; i < end; i++) {
        for (size_t w = 0; w < sizeof weighed / sizeof weighed[0]; w++)
            if (i + strlen(weighed[w]) <= end &&
                memcmp(text + i, weighed[w], strlen(weighed[w])) == 0)
                return false;
        for (size_t e = 0; e < sizeof examined / sizeof examined[0]; e++)
            examining |= i + strlen(examined[e]) <= end &&
                         memcmp(text + i, examined[e], strlen(examined[e])) == 0;
    }
    return examining;
}

/* Is there a leak word in clause `cl` after hit `k`? */
static bool leak_word_after(const extract_ctx *ctx, const clause *cl, size_t k)
{
    for (size_t j = k + 1; j < cl->hit_end; j++)
        if (term_has(ctx, j, CUE(LEAK) | CUE(LEAK_NOUN)))
            return true;
    return false;
}

/* `流出…については未だ確認がとれておりません`: not yet found out — the
 * question is still open, not answered no.  A not-yet word between the
 * leak word at hit `first` and the clause's last negation. */
static bool not_yet(const extract_ctx *ctx, const clause *cl, size_t first)
{
    static const char *const yet[] = {"未だ", "いまだ", "まだ"};
    for (size_t k = cl->hit_end; k-- > first + 1;)
        if (term_has(ctx, k, CUE(NEGATION)))
            return kj_text_between_has(ctx, &ctx->hits[first], &ctx->hits[k], yet,
                                       sizeof yet / sizeof yet[0]);
    return false;
}

/* `個人情報が流出したとの内容で、…お問合せを受けております`, `…大量の個人
 * データが流出したとの投稿がなされております`, `…個人情報が流出した可能性が
 * あると報道がなされました`: a leak someone else claims (the attacker's
 * notice, a post, the press), which the release reports, not finds.  Is the
 * leak word at hit `k`, or a possibility right after it, followed closely by
 * such a claim? */
static bool claimed_by_others(const extract_ctx *ctx, size_t k)
{
    static const char *const claims[] = {
        "との内容", "との投稿",     "との主張", "との書き込み", "とのメッセージ",
        "との声明", "との犯行声明", "との報道", "と報道",       "と報じ"};
    const hit *x = &ctx->hits[k];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t from = x->pos + x->len;
    /* `流出した可能性があると報道`: the claim is of the possibility */
    if (k + 1 < ctx->n_hits && term_has(ctx, k + 1, CUE(POSSIBLE)) &&
        ctx->hits[k + 1].block == x->block && ctx->hits[k + 1].pos <= from + 6)
        from = ctx->hits[k + 1].pos + ctx->hits[k + 1].len;
    for (uint32_t at = from; at < len && at <= from + 12; at++)
        for (size_t i = 0; i < sizeof claims / sizeof claims[0]; i++) {
            size_t n = strlen(claims[i]);
            /* `…との内容の報告を受けました`: a report, as `…との報告` */
            if (at + n <= len && memcmp(text + at, claims[i], n) == 0)
                return !(at + n + 9 <= len && memcmp(text + at + n, "の報告", 9) == 0);
        }
    return false;
}

/* `漏洩があったかどうかは現時点で不明という結論に至りました。これ以上の調査
 * は困難`: whether it leaked, left unanswered by an investigation that is
 * over (the release final) — it cannot be ruled out.  Does the clause say
 * 不明 of the question after the leak word at hit `first`? */
static bool left_undetermined(const extract_ctx *ctx, const clause *cl, size_t first)
{
    static const char unknown[] = "不明";
    if (!ctx->rel->report.final)
        return false;
    for (size_t k = first + 1; k < cl->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, x->block, &len);
        if (term_has(ctx, k, CUE(INVESTIGATING)) && x->len == sizeof unknown - 1 &&
            memcmp(text + x->pos, unknown, x->len) == 0)
            return true;
    }
    return false;
}

/* `データが外部に流失したかどうかに関して特定するにはいたらなかった`,
 * `情報流出の有無およびその対象について特定することは困難でした`: whether it
 * leaked (かどうか, の有無 right after the leak word at hit `k`), and an
 * investigation that could not tell, in the past tense, before the next
 * 、 or 。 — the leak cannot be ruled out. */
static bool could_not_tell(const extract_ctx *ctx, size_t k)
{
    static const char *const whether[] = {"かどうか", "の有無"};
    static const char *const failed[] = {"至らなかった",     "いたらなかった", "できなかった",
                                         "できませんでした", "困難でした",     "困難であった"};
    const hit *x = &ctx->hits[k];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = x->pos + x->len, q = 0;
    for (uint32_t i = at; i < len && i <= at + 9 && !q; i++)
        for (size_t w = 0; w < sizeof whether / sizeof whether[0] && !q; w++)
            if (i + strlen(whether[w]) <= len &&
                memcmp(text + i, whether[w], strlen(whether[w])) == 0)
                q = i;
    if (!q)
        return false;
    for (uint32_t i = q; i < len && i < q + 150; i++) {
        if (memcmp(text + i, "、", 3) == 0 || memcmp(text + i, "。", 3) == 0 || text[i] == '\n')
            return false;
        for (size_t f = 0; f < sizeof failed / sizeof failed[0]; f++)
            if (i + strlen(failed[f]) <= len && memcmp(text + i, failed[f], strlen(failed[f])) == 0)
                return true;
    }
    return false;
}

/* `ダークウェブ上に公開された約36,000ファイルの内容を確認しており`,
 * `リークサイトに掲載された情報につきましては、…精査を進める`: data put on
 * a leak site, named by what was posted (公開された, 掲載された before the
 * data or their count) — a fact the rest of the clause goes on from, however
 * it goes on (an examination, `規則性のない`), unless a possibility is weighed. */
static bool posted_on_a_leak_site(const extract_ctx *ctx, const clause *cl)
{
    static const char *const sites[] = {"ダークウェブ", "リークサイト"};
    static const char *const posted[] = {"約", "情報", "ファイル", "データ", "0", "1", "2",
                                         "3",  "4",    "5",        "6",      "7", "8", "9"};
    if (HAS(cl->cues, POSSIBLE))
        return false;
    for (size_t k = cl->hit_start; k + 1 < cl->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (!term_has(ctx, k, CUE(LEAK_NOUN)))
            continue;
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, x->block, &len);
        bool site = false;
        for (size_t i = 0; i < sizeof sites / sizeof sites[0] && !site; i++)
            site = x->len == strlen(sites[i]) && memcmp(text + x->pos, sites[i], x->len) == 0;
        const hit *next = &ctx->hits[k + 1];
        if (!site || !term_has(ctx, k + 1, CUE(LEAK)) || next->block != x->block ||
            next->pos > x->pos + x->len + 12)
            continue;
        for (size_t i = 0; i < sizeof posted / sizeof posted[0]; i++)
            if (kj_text_after_is(ctx, next, posted[i]))
                return true;
    }
    return false;
}

/* `漏えいの可能性があると報告を受けたデータの範囲に、お客様の個人情報が含まれ
 * ないことを…確認`: personal data (個人情報 itself, after the last leak
 * word) found to be outside what may have leaked — a finding that nothing
 * personal leaked, not an exclusion of one kind of data. */
static bool personal_found_outside(const extract_ctx *ctx, const clause *cl)
{
    bool personal = false;
    for (size_t k = cl->hit_start; k < cl->hit_end; k++) {
        if (term_has(ctx, k, CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE)))
            personal = false;
        else if (term_has(ctx, k, CUE(PERSONAL)))
            personal = true;
        else if (personal && term_has(ctx, k, CUE(EXCLUSION)) &&
                 kj_text_after_is(ctx, &ctx->hits[k], "ことを") && HAS(cl->cues, CONFIRM))
            return true;
    }
    return false;
}

/* `「メールマガジン用に登録されたメールアドレスの漏洩」があることが判明`: a
 * quotation marked out for emphasis, then found to be so (が after the
 * closing bracket, then あること, 判明, 確認され, 発生) — the text's own
 * statement, unlike a quoted title (`「…に関するお知らせ」につきまして`).
 * Is quoted hit `x` in such a quotation? */
static bool quote_found_to_be(const extract_ctx *ctx, const hit *x)
{
    static const char *const found[] = {"があること", "があった", "が判明", "が確認され", "が発生"};
    static const char close[] = "」";
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (uint32_t i = x->pos + x->len; i + sizeof close - 1 <= len && i < x->pos + 90; i++) {
        if (memcmp(text + i, "「", 3) == 0 || memcmp(text + i, "。", 3) == 0)
            return false;
        if (memcmp(text + i, close, sizeof close - 1) != 0)
            continue;
        uint32_t at = i + (uint32_t)(sizeof close - 1);
        for (size_t f = 0; f < sizeof found / sizeof found[0]; f++)
            if (at + strlen(found[f]) <= len && memcmp(text + at, found[f], strlen(found[f])) == 0)
                return true;
        return false;
    }
    return false;
}

/* `虚偽の送金指示に基づき、資金を流出させる事態が発生`, `資金流出事案`,
 * `流出した資金の回収`: money
 * paid out to a fraudster flows out, but no data does (GUIDE: payment
 * fraud without personal data is no leak).  Is leak hit `x` said of
 * money? */
static bool money_flowed_out(const extract_ctx *ctx, const hit *x)
{
    static const char *const money[] = {"資金",   "資金を", "資金が",       "資金の",
                                        "金銭",   "金銭を", "金銭が",       "資金が不正に",
                                        "預金が", "預金を", "金銭が不正に", "不正な資金"};
    static const char *const paid[] = {"資金", "した資金", "された資金"};
    return kj_text_before_any(ctx, x, money, sizeof money / sizeof money[0]) ||
           kj_text_after_any(ctx, x, paid, sizeof paid / sizeof paid[0]);
}

/* `IIJ社から公表されている漏えい対象に当社は含まれていないとの報告`: the
 * organisation itself (当社, its own name) right before the exclusion, with
 * は or が — none of its data is among what leaked, which is a finding that
 * nothing of it leaked, not one kind of data left out. */
static bool organisation_excluded(const extract_ctx *ctx, const clause *cl)
{
    for (size_t k = cl->hit_start + 1; k < cl->hit_end; k++) {
        const hit *x = &ctx->hits[k], *p = &ctx->hits[k - 1];
        if (!term_has(ctx, k, CUE(EXCLUSION)) || p->block != x->block ||
            !kj_names_the_organisation(ctx, p))
            continue;
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, x->block, &len);
        uint32_t gap = x->pos - (p->pos + p->len);
        if (gap == 3 && (memcmp(text + p->pos + p->len, "は", 3) == 0 ||
                         memcmp(text + p->pos + p->len, "が", 3) == 0))
            return true;
    }
    return false;
}

static kj_leak_status clause_status(const extract_ctx *ctx, const clause *cl)
{
    cue_set c = cl->cues;
    if (!HAS(c, LEAK) && !HAS(c, LEAK_NOUN))
        return KJ_LEAK__COUNT;
    /* `…流出した可能性がある旨をお伝えしましたが`: the earlier report quoted */
    if (HAS(c, EARLIER_FIGURE))
        return KJ_LEAK__COUNT;
    size_t rest = HAS(c, EV_RELEASE) ? cites_an_earlier_release(ctx, cl) : 0;
    /* `10月31日に公表した「…漏えいの可能性に関するお知らせ」の続報の件で、
     * …`: the earlier release's quoted title, right after the release
     * word, is part of the citation too */
    while (rest && rest < cl->hit_end && ctx->hits[rest].quoted)
        rest++;
    if (rest) {
        clause after = {.hit_start = (uint32_t)rest, .hit_end = cl->hit_end};
        for (size_t k = rest; k < cl->hit_end; k++)
            if (ctx->hits[k].kind == HIT_TERM && !ctx->hits[k].quoted)
                after.cues |= hit_entry(ctx, &ctx->hits[k])->cues;
        return clause_status(ctx, &after);
    }
    /* `「…漏えいの可能性に関するお知らせ」につきまして`: a leak named only in
     * the quoted title of a notice is a topic; the clause may deny it
     * (`…につきまして、当社は該当しないことを確認しました`), no more */
    bool said = false;
    for (size_t k = cl->hit_start; k < cl->hit_end && !said; k++)
        said = term_has(ctx, k, CUE(LEAK) | CUE(LEAK_NOUN)) &&
               (!ctx->hits[k].quoted || quote_found_to_be(ctx, &ctx->hits[k]));
    if (!said) {
        size_t quoted = cl->hit_start;
        while (!term_has(ctx, quoted, CUE(LEAK) | CUE(LEAK_NOUN)))
            quoted++;
        return HAS(c, NEGATION) && kj_negated_after(ctx, cl, quoted) ? KJ_LEAK_NONE
                                                                     : KJ_LEAK__COUNT;
    }
    if ((HAS(c, PREVENT) && guarded(ctx, cl)) || any_conditional(ctx, cl))
        return KJ_LEAK__COUNT;
    if (HAS(c, EXCLUSION) && !HAS(c, POSSIBLE) && organisation_excluded(ctx, cl))
        return KJ_LEAK_NONE;
    /* `クレジットカード情報は漏えいの対象に含まれていない`: what a kind of
     * data was not part of; the status is stated elsewhere */
    if (HAS(c, EXCLUSION) && !HAS(c, POSSIBLE))
        return KJ_LEAK__COUNT;
    if (HAS(c, EXCLUSION) && personal_found_outside(ctx, cl))
        return KJ_LEAK_NONE;
    if (HAS(c, SECONDARY)) {
        if (leak_then_possible_misuse(ctx, cl))
            return KJ_LEAK_CONFIRMED;
        if (possible_leak_then_misuse(ctx, cl))
            return KJ_LEAK_POSSIBLE;
        return leak_and_misuse_denied(ctx, cl) ? KJ_LEAK_NONE : KJ_LEAK__COUNT;
    }
    /* the leak word and what is said of it after */
    size_t first = cl->hit_start;
    while (first < cl->hit_end && !term_has(ctx, first, CUE(LEAK) | CUE(LEAK_NOUN)))
        first++;
    if (claimed_by_others(ctx, first) || money_flowed_out(ctx, &ctx->hits[first]))
        return KJ_LEAK__COUNT;
    if (could_not_tell(ctx, first))
        return KJ_LEAK_POSSIBLE;
    if (posted_on_a_leak_site(ctx, cl))
        return KJ_LEAK_CONFIRMED;
    /* `流出に関するメールを受信された方は、…決して連絡されませんようお願い申し
     * 上げます`: a request not to do something denies no leak */
    if (HAS(c, REQUEST) && HAS(c, NEGATION) && !(c & (CUE(CONFIRM) | CUE(POSSIBLE) | CUE(LEAK))))
        return KJ_LEAK__COUNT;
    /* `漏洩の有無などに関する具体的な説明はございません`: whether it leaked
     * is the question, and nobody has answered it */
    if (kj_text_after_is(ctx, &ctx->hits[first], "の有無") && !leak_word_after(ctx, cl, first))
        return KJ_LEAK_UNKNOWN;
    if (HAS(c, NEGATION) && kj_negated_after(ctx, cl, first))
        return not_yet(ctx, cl, first) ? KJ_LEAK_UNKNOWN : KJ_LEAK_NONE;
    bool possible = false, topic = false, past = false;
    for (size_t k = cl->hit_start; k < cl->hit_end; k++) {
        if (!term_has(ctx, k, CUE(POSSIBLE)))
            continue;
        /* `漏洩の可能性の有無について確認を進めて`: whether there is a
         * possibility is the question, not a possibility stated; an
         * investigation still going on (`調査を進めてまいります`, read as
         * ONGOING) is one too */
        if (((c & (CUE(INVESTIGATING) | CUE(ONGOING))) && possibility_as_a_topic(ctx, k)) ||
            kj_text_after_is(ctx, &ctx->hits[k], "の有無") || possibility_under_examination(ctx, k))
            topic = true;
        else if (kj_text_after_is(ctx, &ctx->hits[k], "があった"))
            past = true; /* `流出等のおそれがあったお客さま`: as it stood before */
        else
            possible = true;
    }
    if (possible)
        return KJ_LEAK_POSSIBLE;
    /* `漏えいしたおそれがあった為、…停止しておりました`: a possibility as it
     * stood before is no finding of a leak, unless the clause confirms one */
    if (past && !HAS(c, CONFIRM))
        return KJ_LEAK__COUNT;
    /* `有無を調査中` after the leak word; `調査を進める中で、…漏洩した事実を
     * 確認` found it */
    if (topic || HAS(kj_cues_after(ctx, cl, first), INVESTIGATING))
        return left_undetermined(ctx, cl, first) ? KJ_LEAK_POSSIBLE : KJ_LEAK_UNKNOWN;
    if (HAS(c, LEAK) || HAS(c, CONFIRM))
        return KJ_LEAK_CONFIRMED;
    /* `情報流出に該当するお客様には個別にご連絡を差し上げております`: people
     * said to fall under the leak — it happened */
    if (kj_text_after_is(ctx, &ctx->hits[first], "に該当する"))
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

/* `当社電子メールのパスワードに漏えいの可能性がある`, `パスワードが外部に
 * 漏洩した可能性がございます`: the organisation's own logins that may have
 * leaked put what they open at risk (GUIDE: the status is that of the
 * data reached, here not ruled out) — unlike logins stolen elsewhere and
 * tried on its service (`他社サービスから流出した可能性のあるIDとパスワード
 * を用いた攻撃`).  Is no leak word of credentials-only clause `c` said of
 * another source (から right before it)? */
static bool own_logins_at_risk(const extract_ctx *ctx, const clause *c)
{
    static const char *const elsewhere[] = {"から", "より"};
    for (size_t k = c->hit_start; k < c->hit_end; k++)
        if (term_has(ctx, k, CUE(LEAK) | CUE(LEAK_NOUN)) &&
            kj_text_before_any(ctx, &ctx->hits[k], elsewhere,
                               sizeof elsewhere / sizeof elsewhere[0]))
            return false;
    return true;
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

/* Does sentence `s` weigh a possibility beyond logins: a clause of it that
 * speaks of a leak or a possibility and is not logins alone that may have
 * leaked (`認証情報が窃取された可能性が高く、取得された認証情報が不正に利用
 * され`, `パスワードが外部に漏洩した可能性がございます`)?  Such logins are the
 * way in; the data they open decide (GUIDE: credentials as the way in). */
static bool possible_beyond_logins(const extract_ctx *ctx, const sentence *s)
{
    for (uint32_t c = s->clause_start; c < s->clause_end; c++) {
        const clause *cl = &ctx->clauses[c];
        if ((cl->cues & (CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE))) && !only_credentials(ctx, cl))
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

/* `可能性を否定できないため`, `その可能性が完全に否定できるものではない`: a
 * clause that weighs a possibility without naming the leak again (and not
 * a misuse, a warning or a condition). */
static bool bare_possibility(const clause *cl)
{
    cue_set c = cl->cues;
    return HAS(c, POSSIBLE) &&
           !(c & (CUE(LEAK) | CUE(LEAK_NOUN) | CUE(NEGATION) | CUE(SECONDARY) | CUE(WARNING) |
                  CUE(REQUEST) | CUE(INVESTIGATING) | CUE(CONDITIONAL)));
}

/* Does the clause's first leak word follow `上記のとおり` / `前述のとおり`
 * closely? */
static bool refers_back(const extract_ctx *ctx, const clause *cl)
{
    static const char *const back[] = {"上記のとおり", "上記の通り", "前述のとおり", "前述の通り"};
    for (uint32_t k = cl->hit_start; k < cl->hit_end; k++) {
        if (!term_has(ctx, k, CUE(LEAK) | CUE(LEAK_NOUN)))
            continue;
        const hit *x = &ctx->hits[k];
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, x->block, &len);
        uint32_t from = x->pos > 30 ? x->pos - 30 : 0;
        for (size_t b = 0; b < sizeof back / sizeof back[0]; b++) {
            size_t n = strlen(back[b]);
            for (uint32_t i = from; i + n <= x->pos; i++)
                if (memcmp(text + i, back[b], n) == 0)
                    return true;
        }
        return false;
    }
    return false;
}

/* The first hit of `s` after `…が判明次第、` (s->hit_end when none): what
 * follows is what will be done once it is known (`…流出が確認されたお客様
 * に対し、個別にご連絡させていただきます`), not a finding. */
static uint32_t after_once_known(const extract_ctx *ctx, const sentence *s)
{
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (!term_has(ctx, h, CUE(CONDITIONAL)) || !kj_text_after_is(ctx, x, "、"))
            continue;
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, x->block, &len);
        if (x->pos + 6 <= len && memcmp(text + x->pos, "次第", 6) == 0)
            return h + 1;
    }
    return s->hit_end;
}

/* `調査の結果、情報漏えいが確認されたお客さまには速やかにお知らせいたします`,
 * `今後、個人情報の漏えいが判明したお客さまには、…ご連絡させていただきます`:
 * the leak names whom the organisation will tell (a relative clause before
 * には / に対し / につきましては), and the sentence promises to tell them
 * — those people may never be found.  Told as done (`…確認された方には、順次お知らせしており
 * ます`, `…送付させていただきました`) or counted (`…確認された1,234名のお客
 * 様には`), it is a finding.  Does the leak word
 * of clause `cl` qualify the people a promise of sentence `s` addresses? */
static bool names_whom_it_will_tell(const extract_ctx *ctx, const sentence *s, const clause *cl)
{
    static const char *const whom[] = {"には", "に対し", "へは", "につきましては", "については"};
    static const char *const tell[] = {"連絡", "お知らせ", "通知", "報告", "説明", "周知"};
    static const char *const done[] = {"おります。", "います。", "ました。",
                                       "おります",   "います",   "ました"};
    size_t first = cl->hit_start;
    while (first < cl->hit_end && !term_has(ctx, first, CUE(LEAK) | CUE(LEAK_NOUN)))
        first++;
    if (first == cl->hit_end || s->kind == SENT_TITLE || s->block != ctx->hits[first].block)
        return false;
    const hit *x = &ctx->hits[first];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t end = s->end <= len ? s->end : len, at = x->pos + x->len, marker = 0;
    /* the people right after the leak and its confirmation, in one clause */
    for (uint32_t i = at; i < end && i < at + 48 && !marker; i++) {
        if (memcmp(text + i, "、", 3) == 0 || memcmp(text + i, "場合", 6) == 0)
            return false;
        for (size_t w = 0; w < sizeof whom / sizeof whom[0] && !marker; w++)
            if (i + strlen(whom[w]) <= end && memcmp(text + i, whom[w], strlen(whom[w])) == 0)
                marker = i;
    }
    if (!marker)
        return false;
    /* `漏えいが確認された1,234名のお客様には`: people counted are found */
    for (size_t k = first + 1;
         k < cl->hit_end && ctx->hits[k].block == x->block && ctx->hits[k].pos < marker; k++)
        if (ctx->hits[k].kind == HIT_NUMBER)
            return false;
    bool telling = false;
    for (size_t t = 0; t < sizeof tell / sizeof tell[0] && !telling; t++)
        for (uint32_t i = marker; i + strlen(tell[t]) <= end && !telling; i++)
            telling = memcmp(text + i, tell[t], strlen(tell[t])) == 0;
    if (!telling)
        return false;
    for (size_t d = 0; d < sizeof done / sizeof done[0]; d++) {
        size_t n = strlen(done[d]);
        if (end - marker >= n && memcmp(text + end - n, done[d], n) == 0)
            return false;
    }
    return true;
}

/* `クレジットカード情報につきましては弊社サーバには保存されておりませんので、
 * 漏洩の心配はございません`: a denial that names no data, after a clause
 * saying a kind of data was never kept there — what was never held could
 * not leak; that says nothing of the rest (an exclusion, not a finding). */
static bool denied_as_never_held(const extract_ctx *ctx, const sentence *s, uint32_t c)
{
    if (c <= s->clause_start)
        return false;
    const clause *cl = &ctx->clauses[c], *before = &ctx->clauses[c - 1];
    cue_set held = before->cues;
    return HAS(held, CONTAIN) && HAS(held, NEGATION) && names_data(ctx, before) &&
           !(held & (CUE(LEAK) | CUE(LEAK_NOUN))) && !names_data(ctx, cl) && !HAS(cl->cues, INFO);
}

static kj_leak_status sentence_status(const extract_ctx *ctx, const sentence *s)
{
    kj_leak_status best = KJ_LEAK__COUNT;
    uint32_t once_known = after_once_known(ctx, s);
    bool question_open_after = false, possible_after = false, bare_possible_after = false;
    for (uint32_t c = s->clause_end; c-- > s->clause_start;) {
        const clause *cl = &ctx->clauses[c];
        /* `閲覧された皆さまにはご迷惑を…` says nothing of a leak; `…閲覧されて
         * しまった可能性を否定できないことから、…謝罪連絡を行って` does */
        bool apology =
            HAS(cl->cues, APOLOGY) && !(cl->cues & (CUE(POSSIBLE) | CUE(CONFIRM) | CUE(NEGATION)));
        if (apology)
            continue;
        kj_leak_status st = clause_status(ctx, cl);
        if (only_credentials(ctx, cl) && !(st == KJ_LEAK_POSSIBLE && own_logins_at_risk(ctx, cl)))
            continue;
        if (st == KJ_LEAK_NONE && denied_as_never_held(ctx, s, c))
            st = KJ_LEAK__COUNT;
        /* `上記のとおり漏えいした情報は…`: what the text said above, told
         * again as a phrase; that statement speaks for itself */
        if (st == KJ_LEAK_CONFIRMED && refers_back(ctx, cl))
            st = KJ_LEAK__COUNT;
        if (st == KJ_LEAK_CONFIRMED && names_whom_it_will_tell(ctx, s, cl))
            st = KJ_LEAK__COUNT;
        if (st == KJ_LEAK_CONFIRMED && cl->hit_end > once_known) {
            uint32_t first = cl->hit_start;
            while (first < cl->hit_end && !term_has(ctx, first, CUE(LEAK) | CUE(LEAK_NOUN)))
                first++;
            if (first >= once_known)
                st = KJ_LEAK__COUNT;
        }
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
        /* `漏えいの事実は確認できておりませんが、可能性を否定できないため`:
         * not found, and not ruled out */
        if (st == KJ_LEAK_NONE && bare_possible_after)
            st = KJ_LEAK_POSSIBLE;
        bare_possible_after |= bare_possibility(cl);
        if (leaves_question_open(ctx, cl))
            question_open_after = true;
        if (st != KJ_LEAK__COUNT && (best == KJ_LEAK__COUNT || st > best))
            best = st;
    }
    return best;
}

/* `2025年11月14日:…情報流出可能性について(第9報)を発表`: a dated entry of
 * a list of releases (【これまでの発表】) — what it names is an earlier
 * release's title, not this release's statement.  Sentence `s` opens on a
 * date and ends on the release word after a title (`…について…を発表`). */
static bool records_a_release(const extract_ctx *ctx, const sentence *s)
{
    if (s->hit_end == s->hit_start || ctx->hits[s->hit_start].kind != HIT_DATE ||
        ctx->hits[s->hit_start].block != s->block || ctx->hits[s->hit_start].pos > s->start + 2)
        return false;
    uint32_t last = s->hit_end;
    while (last > s->hit_start && ctx->hits[last - 1].kind != HIT_TERM)
        last--;
    if (last == s->hit_start || !term_has(ctx, last - 1, CUE(EV_RELEASE)))
        return false;
    const hit *x = &ctx->hits[last - 1];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t end = s->end <= len ? s->end : len, at = x->pos + x->len;
    while (end > at && (text[end - 1] == ' ' || text[end - 1] == '\n'))
        end--;
    if (!(end == at || (end - at == 3 && memcmp(text + at, "。", 3) == 0)))
        return false;
    /* what it names is a title (`…について(第9報)を発表`), not a step of the
     * incident (`…流出を確認し、ホームページで公表`) */
    static const char *const titled[] = {"について", "に関する", "お知らせ", "お詫び", "ご報告"};
    if (x->pos < s->start + 3 || memcmp(text + x->pos - 3, "を", 3) != 0)
        return false;
    for (size_t i = 0; i < sizeof titled / sizeof titled[0]; i++)
        for (uint32_t p = s->start; p + strlen(titled[i]) <= x->pos; p++)
            if (memcmp(text + p, titled[i], strlen(titled[i])) == 0)
                return true;
    return false;
}

/* `以下のような事実は一切確認されておりません。` then `- 当該情報が外部に
 * 流出したことを示す事実`: the negation of a list's lead-in governs its
 * items.  Is sentence `i` an item of a list whose lead-in (the sentence
 * before the list, pointing to it: 以下, 下記, 次の) ends denying, and names
 * no leak itself (its items name what was not found)? */
static bool lead_in_denies(const extract_ctx *ctx, size_t i)
{
    if (!ctx->sents[i].fragment)
        return false;
    size_t k = i;
    while (k > 0 && ctx->sents[k - 1].fragment)
        k--;
    if (k == 0)
        return false;
    const sentence *lead = &ctx->sents[k - 1];
    if (lead->kind == SENT_HEADING || lead->kind == SENT_TITLE ||
        lead->clause_end == lead->clause_start || !HAS(lead->cues, POINTER) ||
        (lead->cues & (CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE))))
        return false;
    const clause *last = &ctx->clauses[lead->clause_end - 1];
    return HAS(last->cues, NEGATION);
}

/* `5.個人情報漏洩の可能性`, `流出の事実について`: a heading that names the
 * question its section answers (it ends in the possibility, or in the
 * leak or fact it is about), not a statement.  Its section's sentences
 * answer it; the heading speaks only when they say nothing. */
static bool names_a_question(const extract_ctx *ctx, const sentence *s)
{
    if (s->kind != SENT_HEADING || s->hit_end == s->hit_start)
        return false;
    size_t last = s->hit_end;
    while (last > s->hit_start && ctx->hits[last - 1].kind != HIT_TERM)
        last--;
    if (last == s->hit_start)
        return false;
    const hit *x = &ctx->hits[last - 1];
    cue_set cues = hit_entry(ctx, x)->cues;
    if (!(cues & (CUE(POSSIBLE) | CUE(INVESTIGATING) | CUE(LEAK_NOUN) | CUE(CONFIRM))) ||
        HAS(cues, LEAK))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = x->pos + x->len, end = s->end <= len ? s->end : len;
    while (end > at && (text[end - 1] == ' ' || text[end - 1] == '\n'))
        end--;
    static const char *const tails[] = {"", "について", "に関して", "に関するお知らせ", "等"};
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        size_t n = strlen(tails[i]);
        /* a bare possibility or question word; a leak noun or fact only
         * before について (`情報漏洩について`) */
        if (n == 0 && !(cues & (CUE(POSSIBLE) | CUE(INVESTIGATING))))
            continue;
        if (end - at == n && memcmp(text + at, tails[i], n) == 0)
            return true;
    }
    return false;
}

/* Do hits [from, to) name personal data: 個人情報, a kind of data, or whose
 * it is — not only データ or 情報, nor only business partners
 * (`取引先様に関する一部情報`: what a company holds of other companies)? */
static bool personal_in(const extract_ctx *ctx, uint32_t from, uint32_t to)
{
    for (uint32_t h = from; h < to; h++) {
        const hit *x = &ctx->hits[h];
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        kj_set people = e->victims & ~(1u << KJ_VICTIM_BUSINESS_PARTNERS);
        /* `メール情報` names mails, whatever they hold */
        bool items = e->data && !(HAS(e->cues, MAIL_CONTENT) && HAS(e->cues, INFO));
        if (items || people || HAS(e->cues, PERSONAL))
            return true;
    }
    return false;
}

/* Does sentence `i` say of personal data that it leaked: in a clause with
 * a leak word (before it, where the clause goes on to misuse:
 * `カード情報が漏洩し、…不正利用された可能性`, not `一部情報が…アップロード
 * されて…個人情報の不正利用は…`), or in the whole sentence when `loosely`?
 * A sentence that leads in to a list (`以下の情報の流出を確認`) names what
 * the list names. */
static bool names_personal_data(const extract_ctx *ctx, size_t i, bool loosely)
{
    const sentence *s = &ctx->sents[i];
    if (loosely && personal_in(ctx, s->hit_start, s->hit_end))
        return true;
    for (uint32_t c = s->clause_start; c < s->clause_end; c++) {
        const clause *cl = &ctx->clauses[c];
        if (!(cl->cues & (CUE(LEAK) | CUE(LEAK_NOUN))))
            continue;
        uint32_t end = cl->hit_end;
        if (HAS(cl->cues, SECONDARY))
            for (end = cl->hit_start;
                 end < cl->hit_end && !term_has(ctx, end, CUE(LEAK) | CUE(LEAK_NOUN)); end++)
                ;
        if (personal_in(ctx, cl->hit_start, end))
            return true;
    }
    /* the list goes with the clause that leads into it, the last one:
     * `外部に送信されたデータの内容を特定することは困難であるものの、以下
     * の情報を管理していたことを確認` confirms what was held, not that it
     * leaked */
    if (s->clause_end == s->clause_start ||
        !(ctx->clauses[s->clause_end - 1].cues & (CUE(LEAK) | CUE(LEAK_NOUN))))
        return false;
    /* `流出の可能性がある情報は、以下のとおりです。その他の情報は調査中です。`:
     * a sentence pointing to the list (以下) leads into it across the rest
     * of its paragraph */
    size_t first_item = i + 1;
    if (HAS(s->cues, POINTER))
        while (first_item < ctx->n_sents && first_item < i + 5 &&
               !ctx->sents[first_item].fragment && ctx->sents[first_item].block == s->block)
            first_item++;
    for (size_t k = first_item; k < ctx->n_sents && ctx->sents[k].fragment && k < i + 30; k++) {
        if (ctx->sents[k].kind == SENT_HEADING)
            break;
        if (personal_in(ctx, ctx->sents[k].hit_start, ctx->sents[k].hit_end))
            return true;
    }
    return false;
}

/* Does clause `cl` deny that it leaked (its own status none)? */
static bool clause_denies(const extract_ctx *ctx, const clause *cl)
{
    return (cl->cues & (CUE(LEAK) | CUE(LEAK_NOUN))) && clause_status(ctx, cl) == KJ_LEAK_NONE;
}

/* Does sentence `i` name personal data (as names_personal_data, loosely)
 * outside its clauses that deny a leak: `…一部のファイルが外部に流出した
 * 可能性があることが判明しましたが、現時点でお客様個人の情報の流出は確認され
 * ておりません` names none beside its possibility. */
static bool personal_beside_denials(const extract_ctx *ctx, size_t i)
{
    const sentence *s = &ctx->sents[i];
    for (uint32_t c = s->clause_start; c < s->clause_end; c++) {
        const clause *cl = &ctx->clauses[c];
        if (!clause_denies(ctx, cl) && personal_in(ctx, cl->hit_start, cl->hit_end))
            return true;
    }
    return false;
}

/* Does sentence `s` say of personal data in general that none leaked or
 * none was at issue: a clause denying a leak of 個人情報 or of people's
 * information with no kind of data named (`お客様・お取引先様に関する情報漏洩
 * は確認されず`), or one saying that 個人情報 was not among the data
 * (`メモファイルには個人情報…は含まれておりません`)?  A kind of data denied
 * (`カード情報の流出は確認されておりません`) says nothing of the rest. */
static bool denies_personal_data(const extract_ctx *ctx, const sentence *s)
{
    for (uint32_t c = s->clause_start; c < s->clause_end; c++) {
        const clause *cl = &ctx->clauses[c];
        if (HAS(cl->cues, PERSONAL) && HAS(cl->cues, EXCLUSION) &&
            !(cl->cues & (CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE))))
            return true;
        bool kind = false;
        for (uint32_t h = cl->hit_start; h < cl->hit_end && !kind; h++)
            kind = ctx->hits[h].kind == HIT_TERM && hit_entry(ctx, &ctx->hits[h])->data;
        if (kind || !personal_in(ctx, cl->hit_start, cl->hit_end) || !clause_denies(ctx, cl))
            continue;
        /* the denial with what the sentence says after it: `…確認されて
         * おりませんが、可能性を完全に否定することはできません` leaves it open */
        sentence from_denial = *s;
        from_denial.clause_start = c;
        from_denial.hit_start = cl->hit_start;
        if (sentence_status(ctx, &from_denial) == KJ_LEAK_NONE)
            return true;
    }
    return false;
}

/* The first sentence of the body from sentence `from` on that
 * denies_personal_data, or NULL.  A denial under a condition
 * (`…ご覧になられただけであれば、閲覧者の情報を抜き取られることはございません`)
 * finds nothing. */
static const sentence *personal_denied(const extract_ctx *ctx, size_t from)
{
    for (size_t i = from; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (!kj_sentence_is_aside(s) && s->kind != SENT_TITLE && !HAS(s->cues, CONDITIONAL) &&
            denies_personal_data(ctx, s))
            return s;
    }
    return NULL;
}

/* Does a clause of sentence `s` with a leak word name business partners
 * (`一部のお取引先様の情報が公開された`)? */
static bool names_partners(const extract_ctx *ctx, const sentence *s)
{
    for (uint32_t c = s->clause_start; c < s->clause_end; c++) {
        const clause *cl = &ctx->clauses[c];
        if (!(cl->cues & (CUE(LEAK) | CUE(LEAK_NOUN))))
            continue;
        for (uint32_t h = cl->hit_start; h < cl->hit_end; h++)
            if (ctx->hits[h].kind == HIT_TERM &&
                KJ_SET_HAS(hit_entry(ctx, &ctx->hits[h])->victims, KJ_VICTIM_BUSINESS_PARTNERS))
                return true;
    }
    return false;
}

/* Does any sentence (the title, an apology included) name personal data
 * beside a leak word (`個人情報の漏えいにつきまして、…お詫び`)? */
static bool leak_of_personal_named(const extract_ctx *ctx)
{
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (!kj_sentence_is_aside(s) && (s->cues & (CUE(LEAK) | CUE(LEAK_NOUN))) &&
            personal_in(ctx, s->hit_start, s->hit_end))
            return true;
    }
    return false;
}

/* Does any sentence of the release, leak word or not, name personal data
 * (`個人情報に関しましては…約１７万件となります`)? */
static bool personal_spoken_of(const extract_ctx *ctx)
{
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (!kj_sentence_is_aside(s) && personal_in(ctx, s->hit_start, s->hit_end))
            return true;
    }
    return false;
}

/* `## 流出した可能性がある情報の内容` over `※流出したのは2021年10月以降の
 * もの`: a note (※) under a heading that states a possibility narrows
 * what the heading names; it confirms nothing unless it says so. */
static bool note_under_a_possibility(extract_ctx *ctx, const sentence *s)
{
    if (s->section < 0 || HAS(s->cues, CONFIRM))
        return false;
    cue_set heading = ctx->section_cues[s->section];
    if (!HAS(heading, POSSIBLE) || HAS(heading, NEGATION) ||
        !(heading & (CUE(LEAK) | CUE(LEAK_NOUN))))
        return false;
    return strncmp(kj_sentence_text(ctx, s), "※", strlen("※")) == 0;
}

/* `個人情報漏洩に関するご報告`: a title that names the leak plainly, with no
 * possibility, denial or question in it. */
static bool title_names_a_leak(const extract_ctx *ctx)
{
    if (ctx->n_sents == 0 || ctx->sents[0].kind != SENT_TITLE)
        return false;
    cue_set c = ctx->sents[0].cues;
    for (uint32_t h = ctx->sents[0].hit_start; h < ctx->sents[0].hit_end; h++)
        if (term_has(ctx, h, CUE(LEAK) | CUE(LEAK_NOUN)) && money_flowed_out(ctx, &ctx->hits[h]))
            return false; /* `子会社における資金流出事案について` */
    return (c & (CUE(LEAK) | CUE(LEAK_NOUN))) &&
           !(c & (CUE(POSSIBLE) | CUE(NEGATION) | CUE(INVESTIGATING) | CUE(PREVENT) |
                  CUE(CONDITIONAL) | CUE(SECONDARY)));
}

/* `当初、…流出した可能性も`: 当初 before the possibility `x`, in sentence
 * `s` — what was feared at first. */
static bool feared_at_first(const extract_ctx *ctx, const sentence *s, const hit *x)
{
    static const char at_first[] = "当初";
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t from = s->block == x->block ? s->start : 0;
    for (uint32_t i = from; i + sizeof at_first - 1 <= x->pos; i++)
        if (memcmp(text + i, at_first, sizeof at_first - 1) == 0)
            return true;
    return false;
}

/* `…メール情報の一部が外部に流出した可能性があると、…株式会社サンプル
 * 通信より報告を受けました`: the possibility as another party told it
 * (があると, then a report, a notice or an explanation received later in
 * the sentence), not this release's finding.  Is possibility hit `x` of
 * sentence `s` so told? */
static bool reported_by_another(const extract_ctx *ctx, const sentence *s, const hit *x)
{
    static const char *const received[] = {"報告を受け", "連絡を受け", "説明を受け",
                                           "通知を受け", "報告があ",   "連絡があ"};
    return kj_text_after_is(ctx, x, "があると") &&
           kj_sentence_rest_has(ctx, s, x, received, sizeof received / sizeof received[0]);
}

/* `…漏出した可能性があるとの連絡を受け`, `…流出したおそれがある事案につきま
 * して`, `当初、…流出した可能性もございました`: a sentence whose
 * possibility is what was reported or feared before, the topic of this
 * release, not its finding; so is the possibility an investigation was
 * about (`情報漏洩の可能性に関する調査結果`, `漏洩可能性につきまして、…調査
 * を実施`), not `可能性に関する詳細は…をご参照ください`. */
static bool recounts_a_possibility(const extract_ctx *ctx, const sentence *s)
{
    static const char *const recounted[] = {"があるとの",   "があるとして", "がある事案",
                                            "があった事案", "がある旨",     "について"};
    static const char *const investigated[] = {"につきまして", "に関する", "に関して", "に係る"};
    bool investigation = s->cues & (CUE(INVESTIGATING) | CUE(RESULTS));
    bool any = false;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        if (!term_has(ctx, h, CUE(POSSIBLE)))
            continue;
        bool said = feared_at_first(ctx, s, &ctx->hits[h]);
        for (size_t i = 0; i < sizeof recounted / sizeof recounted[0] && !said; i++)
            said = kj_text_after_is(ctx, &ctx->hits[h], recounted[i]);
        for (size_t i = 0;
             i < sizeof investigated / sizeof investigated[0] && investigation && !said; i++)
            said = kj_text_after_is(ctx, &ctx->hits[h], investigated[i]);
        /* `漏えいのおそれがある事案であることから、…ご報告`: this release's
         * case said to be one, as the law names it */
        if (said && kj_text_after_is(ctx, &ctx->hits[h], "がある事案であ"))
            said = false;
        if (!said)
            said = reported_by_another(ctx, s, &ctx->hits[h]);
        if (!said)
            return false;
        any = true;
    }
    return any;
}

/* `…外部漏えいはなかったことが確認されました`, `情報流出は発生しなかったと判断`,
 * `…流出した痕跡は確認されませんでした`: a denial in the past tense, the
 * question closed; so is any denial of a release whose investigation is
 * complete (`調査が完了…情報漏洩は確認されておりません`). */
static bool closes_the_question(extract_ctx *ctx, const sentence *s)
{
    if (ctx->rel->report.final)
        return true;
    /* `…漏えいしていないことが確認できました`, `…漏洩はないとの調査結果報告`:
     * the answer of an investigation */
    static const char *const closing[] = {"なかった", "ませんでした",   "調査の結果",
                                          "調査結果", "確認できました", "ことを確認"};
    const char *text = kj_sentence_text(ctx, s);
    for (size_t i = 0; i < sizeof closing / sizeof closing[0]; i++)
        if (strstr(text, closing[i]))
            return true;
    return false;
}

/* `当市においては今回の不正アクセスの対象者はいないとの報告を受けて`, a title's
 * `（…市の対象者はなし）`: a provider's breach that reaches nobody of the
 * organisation (GUIDE: nobody of ours → none).  The first sentence that says
 * so of the organisation itself (an OWN word or its name). */
static const sentence *nobody_of_ours(extract_ctx *ctx)
{
    static const char *const nobody[] = {
        "対象者はいない", "対象者はいません", "対象者はおりません", "対象者はなし",
        "該当者はいない", "該当者はいません", "該当者はおりません", "該当者はなし"};
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s) || (s->cues & (CUE(CONDITIONAL) | CUE(INVESTIGATING))))
            continue;
        bool ours = false;
        for (size_t k = s->hit_start; k < s->hit_end && !ours; k++)
            ours = kj_names_the_organisation(ctx, &ctx->hits[k]);
        if (!ours)
            continue; /* nothing said of the organisation: no copy of the text */
        const char *text = kj_sentence_text(ctx, s);
        for (size_t n = 0; n < sizeof nobody / sizeof nobody[0]; n++)
            if (strstr(text, nobody[n]))
                return s;
    }
    return NULL;
}

/* `お客様の情報には一切の被害が及んでいないことを確認`, `取引情報への直接的な
 * 影響は確認されておりません`: a release that names no leak at all may still
 * say that the data was not touched.  The first sentence that denies any
 * effect on information or on people (not a second harm, not a question
 * still being checked). */
static const sentence *no_effect_on_data(extract_ctx *ctx)
{
    static const char *const denials[] = {
        "影響は確認されておりません", "影響は確認されていません", "影響も確認されておりません",
        "影響はございません",         "影響はありません",         "影響がないことを確認",
        "影響はないことを確認",       "被害が及んでいない",       "被害は及んでいない",
        "被害が及んでおりません",     "被害は及んでおりません"};
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s) || s->kind == SENT_TITLE ||
            (s->cues & (CUE(SECONDARY) | CUE(INVESTIGATING) | CUE(CONDITIONAL))) ||
            !(HAS(s->cues, INFO) || s->victims || s->data))
            continue;
        const char *text = kj_sentence_text(ctx, s);
        if (strncmp(text, "一方", strlen("一方")) == 0)
            continue; /* `一方で、分離された環境のデータについては…`: only some data */
        for (size_t d = 0; d < sizeof denials / sizeof denials[0]; d++)
            if (strstr(text, denials[d]))
                return s;
    }
    return NULL;
}

/* `なお、当社の顧客データへの不正アクセスは確認されておりません`, `個人情報
 * 等への不正アクセスは一切確認されておりません`: a release that names no leak
 * may deny that the attacker reached the personal data at all — no access to
 * it is no leak of it (GUIDE: none when no leak was found).  The access word
 * must take the data as its object (`[data]への`, `[data]に対する`), so that
 * `当社のシステムへの不正アクセスは確認されておりません` (systems, not
 * data) is no such denial.  The first sentence that says so. */
static const sentence *access_to_data_denied(extract_ctx *ctx)
{
    static const char *const onto[] = {"への", "に対する"};
    static const char *const denied[] = {"確認されておりません", "確認されていません",
                                         "確認されませんでした", "確認されておらず",
                                         "確認されていない"};
    kj_set entered = 1u << KJ_ATTACK_UNAUTHORIZED_ACCESS;
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s) || s->kind == SENT_TITLE || !(s->attacks & entered) ||
            (s->cues & (CUE(SECONDARY) | CUE(CONDITIONAL) | CUE(POSSIBLE))))
            continue;
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *x = &ctx->hits[h];
            if (x->kind != HIT_TERM || !(hit_entry(ctx, x)->attacks & entered) ||
                !kj_text_before_any(ctx, x, onto, sizeof onto / sizeof onto[0]))
                continue;
            /* the data word ends right before the particle: the nearest
             * term before the access word names what was reached, with the
             * one before it when that is only データ or 情報 (顧客データ) */
            uint32_t d = h;
            while (d > s->hit_start && ctx->hits[d - 1].kind != HIT_TERM)
                d--;
            uint32_t from = d > s->hit_start ? d - 1 : d;
            if (from > s->hit_start && term_has(ctx, from, CUE(INFO)))
                from--;
            if (from < d && personal_in(ctx, from, d) &&
                kj_sentence_rest_has(ctx, s, x, denied, sizeof denied / sizeof denied[0]))
                return s;
        }
    }
    return NULL;
}

/* `当社を騙るフィッシング詐欺によるものと見られる、当社のお客さまの口座への
 * 不正アクセスおよび不正取引を確認`: people's own accounts entered, found,
 * with phishing named as the way (フィッシング…によ before the account) —
 * their login data reached the attacker (GUIDE: credentials typed into a
 * fake screen and received are a confirmed leak).  Phishing that follows
 * the access (`…フィッシングサイトへ誘導するメッセージが配信`) is no way
 * in.  The first sentence that says so. */
static const sentence *accounts_entered_through_phishing(extract_ctx *ctx)
{
    static const char *const accounts[] = {"口座", "アカウント"};
    kj_set entered = (1u << KJ_ATTACK_UNAUTHORIZED_ACCESS) | (1u << KJ_ATTACK_ACCOUNT_TAKEOVER);
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s) || s->kind == SENT_TITLE || !HAS(s->cues, CONFIRM) ||
            !(s->attacks & entered) || !KJ_SET_HAS(s->victims, KJ_VICTIM_CUSTOMERS) ||
            (s->cues & (CUE(POSSIBLE) | CUE(NEGATION) | CUE(CONDITIONAL) | CUE(INVESTIGATING) |
                        CUE(WARNING) | CUE(REQUEST))))
            continue;
        const char *text = kj_sentence_text(ctx, s);
        const char *phishing = strstr(text, "フィッシング");
        const char *by = phishing ? strstr(phishing, "によ") : NULL;
        for (size_t a = 0; by && a < sizeof accounts / sizeof accounts[0]; a++)
            if (strstr(by, accounts[a]))
                return s;
    }
    return NULL;
}

/* `現在、各種システムにおいて、この不正アクセス事案による影響がないか確認を
 * 進めております` beside `…口座情報や取引情報への直接的な影響は確認されて
 * おりません`: whether anything was affected is still being checked, so a
 * kind of data found untouched so far answers for that kind only.  Does a
 * sentence say the check for effects goes on (not its result)? */
static bool effects_still_checked(extract_ctx *ctx)
{
    static const char *const whether[] = {"影響がないか", "影響が無いか", "影響の有無"};
    static const char *const answered[] = {"結果", "ました"};
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s) || !HAS(s->cues, INVESTIGATING))
            continue;
        const char *text = kj_sentence_text(ctx, s);
        bool asked = false, done = false;
        for (size_t w = 0; w < sizeof whether / sizeof whether[0]; w++)
            asked |= strstr(text, whether[w]) != NULL;
        for (size_t a = 0; a < sizeof answered / sizeof answered[0]; a++)
            done |= strstr(text, answered[a]) != NULL;
        if (asked && !done)
            return true;
    }
    return false;
}

/* Does `text` hold `a`, then `b` within `gap` bytes after it? */
static const char *followed_within(const char *text, const char *a, const char *b, size_t gap)
{
    for (const char *at = strstr(text, a); at; at = strstr(at + 1, a)) {
        const char *after = at + strlen(a), *next = strstr(after, b);
        if (next && (size_t)(next - after) <= gap)
            return next + strlen(b);
    }
    return NULL;
}

/* `当該アカウントがアクセス可能であった情報は、…の氏名・所属…です`, `「My
 * ページ」にアクセス後に、参照及び、お手続きできる情報は、以下のとおりです`:
 * after an account was taken over, the data the intruder could reach,
 * named — it may have been seen.  The first sentence that names such
 * data (a way of reaching, できる / 可能, then 情報 or データ). */
static const sentence *data_within_reach(extract_ctx *ctx)
{
    static const char *const reach[] = {"アクセス", "参照", "閲覧"};
    static const char *const can[] = {"でき", "可能"};
    static const char *const data[] = {"情報", "データ"};
    if (!KJ_SET_HAS(ctx->rel->attack_types, KJ_ATTACK_ACCOUNT_TAKEOVER))
        return NULL;
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s) || s->kind == SENT_TITLE || s->kind == SENT_HEADING ||
            (s->cues & (CUE(NEGATION) | CUE(CONDITIONAL) | CUE(REQUEST))))
            continue;
        const char *text = kj_sentence_text(ctx, s);
        for (size_t r = 0; r < sizeof reach / sizeof reach[0]; r++)
            for (size_t c = 0; c < sizeof can / sizeof can[0]; c++) {
                const char *after = followed_within(text, reach[r], can[c], 24);
                for (size_t d = 0; after && d < sizeof data / sizeof data[0]; d++) {
                    const char *x = strstr(after, data[d]);
                    /* `…へアクセス可能な認証情報を不正に取得`: the key, not
                     * what it reaches */
                    bool key = x && x - after >= 6 && memcmp(x - 6, "認証", 6) == 0;
                    if (x && x - after <= 15 && !key)
                        return s;
                }
            }
    }
    return NULL;
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
    const sentence *why = NULL, *title_why = NULL, *possible_personal = NULL;
    const sentence *no_personal = NULL;       /* a denial said of personal data */
    const sentence *closed = NULL;            /* a denial in the past tense */
    const sentence *personal_question = NULL; /* whether personal data leaked, asked */
    bool possible_found = false;              /* a possibility this release states */
    const sentence *first_possible = NULL;    /* the first one */
    bool body_spoke = false, confirmed_personal = false;
    bool personal_at_risk = false;   /* a finding or possibility names personal data */
    size_t last_at_risk = 0;         /* the last finding or possibility */
    bool possible_of_data = false;   /* a possibility of more than logins */
    bool confirmed_partners = false; /* a finding names partners' information */
    const sentence *denied = NULL;   /* the first denial */
    size_t n_sections = ctx->rel->doc.n_sections;
    bool *answered = kj_xcalloc(n_sections ? n_sections : 1, sizeof *answered);
    size_t *questions = kj_xcalloc(ctx->n_sents ? ctx->n_sents : 1, sizeof *questions);
    size_t n_questions = 0;
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s))
            continue;
        if (!HAS(s->cues, LEAK) && !HAS(s->cues, LEAK_NOUN))
            continue;
        if (records_a_release(ctx, s))
            continue;
        if (names_a_question(ctx, s)) {
            questions[n_questions++] = i;
            continue;
        }
        kj_leak_status st = sentence_status(ctx, s);
        if (st == KJ_LEAK_CONFIRMED && lead_in_denies(ctx, i))
            st = KJ_LEAK_NONE;
        if (st == KJ_LEAK_CONFIRMED && note_under_a_possibility(ctx, s))
            st = KJ_LEAK_POSSIBLE;
        if (s->kind != SENT_TITLE && st != KJ_LEAK__COUNT) {
            body_spoke = true;
            for (int32_t sec = s->section; sec >= 0; sec = ctx->rel->doc.sections[sec].parent)
                answered[sec] = true;
            confirmed_personal |= st == KJ_LEAK_CONFIRMED && names_personal_data(ctx, i, false);
            confirmed_partners |= st == KJ_LEAK_CONFIRMED && names_partners(ctx, s);
            if (st == KJ_LEAK_CONFIRMED || st == KJ_LEAK_POSSIBLE)
                last_at_risk = i;
            possible_of_data |= st == KJ_LEAK_POSSIBLE && possible_beyond_logins(ctx, s);
            if (st == KJ_LEAK_NONE && !denied)
                denied = s;
            personal_at_risk |=
                (st == KJ_LEAK_CONFIRMED || st == KJ_LEAK_POSSIBLE) &&
                (personal_beside_denials(ctx, i) ||
                 (names_personal_data(ctx, i, false) && !denies_personal_data(ctx, s)));
            if (st == KJ_LEAK_POSSIBLE && !possible_personal && names_personal_data(ctx, i, true))
                possible_personal = s;
            if (st == KJ_LEAK_NONE && !no_personal && names_personal_data(ctx, i, false))
                no_personal = s;
            if (st == KJ_LEAK_UNKNOWN && !personal_question && names_personal_data(ctx, i, false))
                personal_question = s;
            if (st == KJ_LEAK_NONE && !closed && closes_the_question(ctx, s))
                closed = s;
            if (st == KJ_LEAK_POSSIBLE && !recounts_a_possibility(ctx, s)) {
                possible_found = true;
                if (!first_possible)
                    first_possible = s;
            }
        }
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
    /* a heading that asks (`個人情報の流出可能性`) over a section that does
     * not answer: the heading's possibility is all there is */
    for (size_t q = 0; q < n_questions; q++) {
        const sentence *s = &ctx->sents[questions[q]];
        if (s->section >= 0 && answered[s->section])
            continue;
        kj_leak_status st = sentence_status(ctx, s);
        if (st == KJ_LEAK_POSSIBLE && (best == KJ_LEAK__COUNT || st > best)) {
            best = st;
            why = s;
        }
    }
    free(answered);
    free(questions);
    /* `当社のデータが公開されたことを確認` while the personal data only may
     * have leaked: the status is that of the personal data */
    if (best == KJ_LEAK_CONFIRMED && !confirmed_personal && possible_personal) {
        best = KJ_LEAK_POSSIBLE;
        why = possible_personal;
    }
    /* the kinds the text names, less mails read as email (`メール情報`):
     * those name no personal data for the status */
    kj_set named_kinds = ctx->rel->data_types & ~ctx->mail_kinds;
    /* `ドメインおよびIPアドレスに関する情報漏えいが確認されましたが、…お客様
     * に関する情報については漏えいが確認されず`: nothing personal leaked */
    if (best == KJ_LEAK_CONFIRMED && !confirmed_personal && !possible_personal && no_personal) {
        best = KJ_LEAK_NONE;
        why = no_personal;
    }
    /* `一部の情報が外部に流出した事実を確認` while whether personal data
     * were among it is still the question (`個人情報が流出した可能性の有無を
     * 含め…確認を継続`): data taken that may hold personal data */
    if (best == KJ_LEAK_CONFIRMED && !confirmed_personal && !possible_personal && !no_personal &&
        personal_question) {
        best = KJ_LEAK_POSSIBLE;
        why = personal_question;
    }
    /* `一部の情報資産の漏洩が確認されております。また、その他情報について
     * も漏洩の可能性を完全に否定できない`: data taken that the text never
     * calls personal (no kind of personal data, no one whose it is, no
     * personal leak even in an apology), and more that may have leaked —
     * any personal data among it only may have leaked */
    if (best == KJ_LEAK_CONFIRMED && !confirmed_personal &&
        (possible_found || !personal_spoken_of(ctx)) && !named_kinds &&
        !ctx->rel->victim_categories && !leak_of_personal_named(ctx)) {
        best = KJ_LEAK_POSSIBLE;
        if (first_possible)
            why = first_possible;
    }
    /* `一部のお取引先様の情報が公開された事実が判明`: business partners'
     * information (what a company holds of other companies) taken or
     * published, and the text never calls any of it personal (no kind of
     * personal data beyond the logins that let the attacker in, no one else
     * whose it is, no personal leak even in an apology) — the contacts among
     * it only may have leaked (GUIDE: unnamed information assets) */
    kj_set personal_kinds = named_kinds & ~(1u << KJ_DATA_CREDENTIALS);
    kj_set people = ctx->rel->victim_categories & ~(1u << KJ_VICTIM_BUSINESS_PARTNERS);
    if (best == KJ_LEAK_CONFIRMED && confirmed_partners && !confirmed_personal &&
        !possible_personal && !no_personal && !personal_question && !personal_kinds && !people &&
        !leak_of_personal_named(ctx))
        best = KJ_LEAK_POSSIBLE;
    /* `今回漏えいした情報は、当社ドメイン名のみであり、お客様…に関する情報漏洩は
     * 確認されず`, `一部のファイルが外部に流出した可能性があることが判明しまし
     * たが、…お客様個人の情報の流出は確認されておりません`: what leaked, or may
     * have, is data the text never calls personal, and it says personal data
     * did not leak or were not among it — the status is that of the personal
     * data (GUIDE).  A possibility weighed after the denial (`ただし、…情報漏え
     * いの可能性を完全に否定するものではございません`) reopens it; a heading
     * (`情報流出のおそれに関する最新情報`) names the topic its section answers. */
    if ((best == KJ_LEAK_CONFIRMED || best == KJ_LEAK_POSSIBLE) && !personal_at_risk &&
        why->kind != SENT_HEADING && !named_kinds && !ctx->rel->victim_categories) {
        const sentence *denial = personal_denied(ctx, last_at_risk);
        if (denial) {
            best = KJ_LEAK_NONE;
            why = denial;
        }
    }
    /* `認証情報が窃取された可能性が高く、…迷惑メール送信が行われた` beside
     * `個人情報等の漏洩等は…確認されておりません`: logins that may have
     * leaked and were then used were the way in; the data they reached
     * decide (GUIDE), and only a text silent about them leaves the logins'
     * possibility standing */
    if (best == KJ_LEAK_POSSIBLE && !possible_of_data && denied && why->kind != SENT_HEADING) {
        best = KJ_LEAK_NONE;
        why = denied;
    }
    /* a follow-up: the earlier possibility recounted, then the finding
     * that nothing leaked */
    if (best == KJ_LEAK_POSSIBLE && closed && !possible_found) {
        best = KJ_LEAK_NONE;
        why = closed;
    }
    /* `…情報漏えいのおそれについて` over `現時点において、…漏えいや不正利用の
     * 事実は確認されておりません`: nothing found yet, the question not closed
     * — the possibility the title states stands */
    if (best == KJ_LEAK_NONE && !closed && title == KJ_LEAK_POSSIBLE) {
        best = title;
        why = title_why;
    }
    if (best == KJ_LEAK__COUNT) {
        best = title;
        why = title_why;
    }
    /* a provider's leak, confirmed or possible, that the organisation says
     * reached none of its people */
    if (best == KJ_LEAK_CONFIRMED || best == KJ_LEAK_POSSIBLE) {
        const sentence *nobody = nobody_of_ours(ctx);
        if (nobody) {
            best = KJ_LEAK_NONE;
            why = nobody;
        }
    }
    if (best == KJ_LEAK__COUNT && !body_spoke) {
        const sentence *untouched = no_effect_on_data(ctx);
        if (untouched && !effects_still_checked(ctx)) {
            best = KJ_LEAK_NONE;
            why = untouched;
        }
    }
    if (best == KJ_LEAK__COUNT && !body_spoke) {
        const sentence *untouched = access_to_data_denied(ctx);
        if (untouched) {
            best = KJ_LEAK_NONE;
            why = untouched;
        }
    }
    /* a title that names the leak plainly, the body saying nothing of it */
    if (best == KJ_LEAK__COUNT && !body_spoke && title_names_a_leak(ctx)) {
        best = KJ_LEAK_CONFIRMED;
        why = &ctx->sents[0];
    }
    if (best == KJ_LEAK__COUNT) {
        const sentence *reached = data_within_reach(ctx);
        if (reached) {
            best = KJ_LEAK_POSSIBLE;
            why = reached;
        }
    }
    if (best == KJ_LEAK__COUNT) {
        const sentence *phished = accounts_entered_through_phishing(ctx);
        if (phished) {
            best = KJ_LEAK_CONFIRMED;
            why = phished;
        }
    }
    kj_release *rel = ctx->rel;
    /* Data sent to the wrong people have leaked; a lost or stolen medium
     * holding personal data may have (unless the release says more). */
    bool data = named_kinds || rel->victim_categories;
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
        kj_add_evidence(ctx, KJ_FIELD_LEAK_STATUS,
                        kj_vocab_name(KJ_VOCAB_LEAK, (int)rel->leak_status), why);
}
