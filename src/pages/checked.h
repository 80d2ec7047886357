/*
 * checked.h — what the page builders print for facts that failed a fact
 * check (checks.h): a doubtful headline figure is shown as 「要確認」 with
 * the number the release states beside it, never as a plain fact.  Shared
 * by the briefing and the one-pager; not installed.
 */
#ifndef KAIJI_PAGES_CHECKED_H
#define KAIJI_PAGES_CHECKED_H

#include <stdbool.h>
#include <stdint.h>

#include "kaiji/arena.h"
#include "kaiji/checks.h"

/** The mark a doubtful value carries on a page. */
#define KJ_PAGE_DOUBT "要確認"

/** True when `checks` makes the headline figure doubtful (KJ_CHECKS_FIGURE). */
bool kj_page_figure_doubtful(kj_check_set checks);

/**
 * The number `n` with `unit` (kj_affected_unit_label; NULL or "": 人) as
 * the release states it, qualified by `qualifiers` (KJ_FIGURE_*), for the
 * note beside a doubtful figure: `公表文では173,000件`, `公表文では最大90万件`.
 * In `arena`.
 */
const char *kj_page_stated(kj_arena *arena, int64_t n, unsigned qualifiers, const char *unit);

/**
 * Why a figure is doubtful, in a few words for a note (`同じ波の他組織と同じ
 * 数`): the first figure check `checks` holds, or NULL when none.  Static
 * text.
 */
const char *kj_page_figure_doubt(kj_check_set checks);

#endif
