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
#include "kaiji/render.h"

/**
 * Gives the renderer the terms the pages print as units (shared by the
 * briefing and the one-pager): the labels of the schema's vocabularies
 * (attack types, victims, data types, authorities, leak statuses) and the
 * legal forms of organisation names that the organisation keys know
 * (株式会社, 学校法人, 医療法人社団 …).  A cell keeps 「迷惑メール踏み台」
 * whole and breaks 「医療法人社団白梅会白梅豊岡病院」 after its legal form.
 * A renderer that keeps terms already keeps these: they are not set again.
 */
void kj_page_set_terms(kj_renderer *r);

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
