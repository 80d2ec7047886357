/*
 * briefing_checks.c — what the briefing says about the fact checks
 * (checks.h): a note under the key figures when their sums hold doubtful
 * figures, and on the method page how many of the month's releases failed
 * each check.  The counts come from kj_checks_count; nothing is counted
 * here.
 */
#include "briefing_internal.h"
#include "checked.h"
#include "kaiji/checks.h"
#include "kaiji/text.h"

const char *kj_brief_checks_note(kj_brief *b)
{
    kj_check_counts counts;
    kj_checks_count(b->set, b->figures, &counts);
    /* the key figures sum people (人) only */
    int64_t doubtful = counts.incidents_figure[KJ_AFFECTED_PERSONS];
    if (!doubtful)
        return "";
    char n[32];
    return kj_arena_printf(
        b->arena, "影響人数には、点検で疑わしい数値（" KJ_PAGE_DOUBT "、%s事案）も含みます。",
        kj_format_count(doubtful, n));
}

void kj_brief_method_checks(kj_brief *b, kj_doc *doc)
{
    kj_check_counts counts;
    kj_checks_count(b->set, b->figures, &counts);
    char n[32], n2[32];
    kj_buf s = {0};
    kj_buf_printf(
        &s,
        "%sの公表%s件を、読み取った値どうしの矛盾、組織の規模に比べて大きすぎる人数、同じ"
        "委託先の事故を知らせる他組織と同じ人数（委託先全体の数の引用）、公表文に情報の一覧"
        "があるのに読み取れなかった項目の点で自動で点検し、%s件が当たりました。内訳は",
        b->label, kj_format_count(counts.releases, n), kj_format_count(counts.with_problems, n2));
    for (int c = 0; c < KJ_CHECK__COUNT; c++)
        kj_buf_printf(&s, "%s「%s」%s件", c ? "、" : "", kj_check_label((kj_check)c),
                      kj_format_count(counts.by_check[c], n));
    kj_buf_puts(&s,
                "です（1件が複数に当たることがあります）。人数が点検に当たった事案は、本文と公表"
                "一覧で「" KJ_PAGE_DOUBT "」とし、公表文の数値を添えています。");
    kj_doc_heading(doc, 3, "読み取った値の点検", b->checks_on_new_page);
    kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY, s.data);
    kj_buf_free(&s);
}
