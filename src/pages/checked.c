/*
 * checked.c — doubtful facts as the pages print them (checked.h).
 */
#include "checked.h"

#include <stdlib.h>

#include "kaiji/alloc.h"
#include "kaiji/model.h"
#include "kaiji/orgs.h"
#include "kaiji/text.h"

void kj_page_set_terms(kj_renderer *r)
{
    /* a batch of one-pagers shares one renderer: the terms are set once */
    if (kj_renderer_n_terms(r) > 0)
        return;
    const kj_phrases *forms = kj_org_legal_forms();
    size_t n = forms->n;
    for (int v = 0; v < KJ_VOCAB__COUNT; v++)
        n += (size_t)kj_vocab_size((kj_vocab)v);
    const char **terms = kj_xcalloc(n ? n : 1, sizeof *terms);
    size_t k = 0;
    for (size_t i = 0; i < forms->n; i++)
        terms[k++] = forms->items[i].text;
    for (int v = 0; v < KJ_VOCAB__COUNT; v++)
        for (int value = 0; value < kj_vocab_size((kj_vocab)v); value++) {
            const char *label = kj_vocab_label((kj_vocab)v, value);
            if (label && *label)
                terms[k++] = label;
        }
    kj_renderer_set_terms(r, terms, k);
    free(terms);
}

bool kj_page_figure_doubtful(kj_check_set checks)
{
    return (checks & KJ_CHECKS_FIGURE) != 0;
}

const char *kj_page_stated(kj_arena *arena, int64_t n, unsigned qualifiers, const char *unit)
{
    char num[32];
    return kj_arena_printf(arena, "公表文では%s%s%s%s", kj_figure_qualifier_prefix(qualifiers),
                           kj_format_count((long long)n, num), unit && *unit ? unit : "人",
                           kj_figure_qualifier_suffix(qualifiers));
}

const char *kj_page_figure_doubt(kj_check_set checks)
{
    /* shorter than kj_check_label: a note under a key figure is narrow */
    if (checks & KJ_CHECK_BIT(KJ_CHECK_WAVE_FIGURE))
        return "同じ波の他組織と同じ数";
    if (checks & KJ_CHECK_BIT(KJ_CHECK_ABOVE_SIZE))
        return "組織の規模に比べて多すぎる";
    if (checks & KJ_CHECK_BIT(KJ_CHECK_CONFIRMED_OVER_TOTAL))
        return "流出確認の人数が総数を超える";
    return NULL;
}
