/*
 * facts_report.c — which report this release is: 第N報, 最終報.
 *
 * A release names itself in its title (`…について（第3報）`, `(最終報)`);
 * the body cites earlier reports (`第1報でお知らせしたとおり`), which does
 * not make this release one, so the number is read from the title only.
 * A release is also final when it presents the results of an investigation
 * (調査結果 in its title) or says the investigation is complete, and does
 * not say it goes on.
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

    if (!rel->report.final) {
        /* the results of an investigation (調査結果 in the title) or a
         * statement that it is complete — unless the release also says it
         * goes on (引き続き調査, 中間結果, 完了次第) */
        const sentence *results = NULL, *completed = NULL;
        bool ongoing = false;
        for (size_t i = 0; i < ctx->n_sents; i++) {
            const sentence *s = &ctx->sents[i];
            if (kj_sentence_is_aside(s))
                continue;
            if (!results && s->kind == SENT_TITLE && HAS(s->cues, RESULTS))
                results = s; /* a heading `## 調査結果` also heads interim findings */
            if (s->kind == SENT_HEADING && HAS(s->cues, FINAL))
                rel->report.final = true;
            for (uint32_t c = s->clause_start; c < s->clause_end; c++) {
                cue_set cues = ctx->clauses[c].cues;
                if (HAS(cues, CONDITIONAL) || HAS(cues, NEGATION)) {
                    ongoing |= HAS(cues, COMPLETED); /* 調査が完了次第 */
                    continue;
                }
                if (HAS(cues, COMPLETED) && !completed)
                    completed = s;
                ongoing |= HAS(cues, ONGOING);
            }
        }
        const sentence *why = completed ? completed : results;
        if (why && !ongoing) {
            rel->report.final = true;
            if (why->kind != SENT_TITLE)
                kj_add_evidence(ctx, KJ_FIELD_REPORT, "final", why);
        }
    }
    if (title && (rel->report.number || rel->report.final)) {
        char value[32];
        if (rel->report.number)
            snprintf(value, sizeof value, "%d%s", rel->report.number,
                     rel->report.final ? ", final" : "");
        else
            snprintf(value, sizeof value, "final");
        kj_add_evidence(ctx, KJ_FIELD_REPORT, value, title);
    }
}
