/*
 * checked.c — doubtful facts as the pages print them (checked.h).
 */
#include "checked.h"

#include "kaiji/text.h"

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
