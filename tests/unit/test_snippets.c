/*
 * Tests of the passages copied from a release's body for the one-pagers
 * (kj_capture_snippets, extract.h): the opening and the countermeasures, one
 * construction each, from sentences composed for the test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "kaiji/aggregate.h"
#include "kaiji/parse.h"
#include "kaiji/pipeline.h"

/* A release of `body` (Markdown under # 本文) with its passages captured. */
static kj_release *release_of(const char *body)
{
    char text[16384];
    int n = snprintf(text, sizeof text,
                     "# 公表概要\n- 不正アクセスに関するお知らせ\n- 2026年2月3日\n"
                     "- 株式会社ためし電機\n\n# 本文\n%s",
                     body);
    kj_release *rel = kj_release_new("t.md", "2026/02/03_株式会社ためし電機.md");
    kj_parse_release(rel, text, (size_t)n);
    kj_capture_snippets(rel);
    assert_true(rel->snippets.captured);
    return rel;
}

static void opening_joins_paragraphs_and_skips_furniture(void **state)
{
    (void)state;
    kj_release *rel = release_of("お客様各位\n\n"
                                 "平素より格別のご高配を賜り、厚く御礼申し上げます。\n\n"
                                 "当社のサーバーが第三者の不正アクセスを受け、調査の結果、\n\n"
                                 "お客様の情報が閲覧された可能性があることが分かりました。\n\n"
                                 "記\n\n"
                                 "## 1. 経緯\n"
                                 "2026年1月30日に不審な通信を検知しました。\n");
    /* The greeting and 記 are left out; the paragraph broken mid-sentence
     * runs on; after a heading a new paragraph starts. */
    assert_string_equal(rel->snippets.opening,
                        "当社のサーバーが第三者の不正アクセスを受け、調査の結果、"
                        "お客様の情報が閲覧された可能性があることが分かりました。\n"
                        "2026年1月30日に不審な通信を検知しました。");
    assert_false(rel->snippets.opening_cut);
    kj_release_free(rel);
}

static void opening_stops_at_the_contact_section(void **state)
{
    (void)state;
    kj_release *rel = release_of("当社の通販サイトで障害が起きました。\n\n"
                                 "## お問い合わせ先\n"
                                 "ご不明な点がございましたら、下記までご連絡ください。\n");
    assert_string_equal(rel->snippets.opening, "当社の通販サイトで障害が起きました。");
    kj_release_free(rel);
}

static void opening_stops_at_a_bracketed_contact_line(void **state)
{
    (void)state;
    kj_release *rel = release_of("当社の通販サイトで障害が起きました。\n\n"
                                 "【お問い合わせ窓口】ご不明な点は専用窓口までご連絡ください。\n\n"
                                 "電話番号は下記のとおりです。\n");
    assert_string_equal(rel->snippets.opening, "当社の通販サイトで障害が起きました。");
    kj_release_free(rel);
}

static void long_opening_is_cut_after_a_sentence(void **state)
{
    (void)state;
    char body[8192] = "";
    for (int i = 0; i < 40; i++)
        strcat(body, "調査は外部の専門会社とともに続けております。\n\n");
    kj_release *rel = release_of(body);
    size_t len = strlen(rel->snippets.opening);
    assert_true(len <= 1800);
    assert_true(len > 1500);
    assert_string_equal(rel->snippets.opening + len - strlen("。"), "。");
    assert_true(rel->snippets.opening_cut);
    kj_release_free(rel);
}

static void measures_from_a_headed_list(void **state)
{
    (void)state;
    kj_release *rel = release_of("当社は不正アクセスを受けました。\n\n"
                                 "## 4. 再発防止策\n"
                                 "以下の対策を実施いたします。\n\n"
                                 "- ・外部からの接続に多要素認証を必須とします\n"
                                 "- (2) 監視体制を24時間とします\n"
                                 "  - 夜間は外部の会社に委託します\n"
                                 "- ③ 全社員に訓練を行います\n\n"
                                 "本件をもって最終報といたします。\n\n"
                                 "## 5. お問い合わせ\n"
                                 "- 電話 03-0000-0000\n");
    assert_int_equal(rel->snippets.n_measures, 3);
    assert_int_equal(rel->snippets.n_measures_found, 3);
    /* Markers go; the nested item stays with its parent's list, not as an
     * item; the contact list is no countermeasure. */
    assert_string_equal(rel->snippets.measures[0], "外部からの接続に多要素認証を必須とします");
    assert_string_equal(rel->snippets.measures[1], "監視体制を24時間とします");
    assert_string_equal(rel->snippets.measures[2], "全社員に訓練を行います");
    assert_int_equal(rel->snippets.measures_from, KJ_MEASURES_PREVENTION);
    kj_release_free(rel);
}

static void measures_from_a_list_a_paragraph_introduces(void **state)
{
    (void)state;
    kj_release *rel = release_of("当社は再発防止のため、以下の対策を講じます。\n\n"
                                 "- 管理者パスワードの変更\n"
                                 "- VPN装置の更新\n\n"
                                 "ご迷惑をおかけし申し訳ございません。\n\n"
                                 "- このリストは対策ではありません\n");
    assert_int_equal(rel->snippets.n_measures, 2);
    assert_string_equal(rel->snippets.measures[0], "管理者パスワードの変更");
    assert_string_equal(rel->snippets.measures[1], "VPN装置の更新");
    kj_release_free(rel);
}

static void measures_from_sentences_when_there_is_no_list(void **state)
{
    (void)state;
    kj_release *rel = release_of("## 原因と対策\n"
                                 "原因は、保守用の機器の設定不備にありました。"
                                 "当社は、保守用の機器を廃止し、監視を強化いたしました。"
                                 "ご迷惑をおかけしたことを深くお詫び申し上げます。\n");
    /* The cause and the apology are no countermeasures. */
    assert_int_equal(rel->snippets.n_measures, 1);
    assert_string_equal(rel->snippets.measures[0],
                        "当社は、保守用の機器を廃止し、監視を強化いたしました。");
    kj_release_free(rel);
}

/* Text converted from PDF: a short line stands as the heading, the items
 * are one paragraph of sentences. */
static void measures_under_a_line_standing_as_heading(void **state)
{
    (void)state;
    kj_release *rel =
        release_of("当社のサイトが改ざんされました。\n\n"
                   "【再発防止策】\n"
                   "・監視の体制を強化します。\n"
                   "・脆弱性の検査を定期的に実施します。\n\n"
                   "お問い合わせ先\n\n"
                   "ご不明な点は窓口までご連絡のうえ、パスワードを変更してください。\n");
    assert_int_equal(rel->snippets.n_measures, 2);
    assert_string_equal(rel->snippets.measures[0], "監視の体制を強化します。");
    assert_string_equal(rel->snippets.measures[1], "脆弱性の検査を定期的に実施します。");
    kj_release_free(rel);
}

/* The whole notice is one paragraph (lines joined): the bracketed heading
 * inside it opens the part; failing any part, prevention sentences. */
static void measures_after_a_bracket_inside_a_paragraph(void **state)
{
    (void)state;
    kj_release *rel =
        release_of("当社のサイトが改ざんされたため、下記のとおり対策を強化しました。\n"
                   "【セキュリティ対策の強化】\n"
                   "・監視の体制を強化します。\n"
                   "【お問い合わせ】\n"
                   "窓口の受付時間を延長し、体制を強化しました。\n");
    assert_int_equal(rel->snippets.n_measures, 1);
    assert_string_equal(rel->snippets.measures[0], "監視の体制を強化します。");
    kj_release_free(rel);

    rel = release_of(
        "当社は不正アクセスを受けました。今後は再発防止に向けて監視を強化してまいります。"
        "ご迷惑をおかけし、再発防止に努めることをお詫びとともにお約束します。\n");
    assert_int_equal(rel->snippets.n_measures, 1);
    assert_string_equal(rel->snippets.measures[0],
                        "今後は再発防止に向けて監視を強化してまいります。");
    kj_release_free(rel);
}

static void general_response_sections_keep_actions_only(void **state)
{
    (void)state;
    kj_release *rel = release_of("## 今後の対応\n"
                                 "- 対象のお客様には個別にご連絡いたします\n"
                                 "- 社内規程を見直し、教育を徹底いたします\n");
    assert_int_equal(rel->snippets.n_measures, 1);
    assert_string_equal(rel->snippets.measures[0], "社内規程を見直し、教育を徹底いたします");
    /* the response in general, which a page does not call prevention */
    assert_int_equal(rel->snippets.measures_from, KJ_MEASURES_RESPONSE);
    kj_release_free(rel);
}

/* Headings of actions taken and efforts to come (実施済み対応措置, 今後の
 * 取り組み) head measures; the contacts under a response heading do not. */
static void measures_under_taken_and_future_headings(void **state)
{
    (void)state;
    kj_release *rel = release_of("## 実施済み対応措置\n"
                                 "- プログラムを改修し、入力値の検査を強化しました\n"
                                 "## 今後の取り組み\n"
                                 "- 外部機関による診断を定期的に実施いたします\n");
    assert_int_equal(rel->snippets.n_measures, 2);
    kj_release_free(rel);
    rel =
        release_of("## 今後の対応\n"
                   "- 管理画面に多要素認証を導入いたします\n"
                   "### お問い合わせ先\n"
                   "専用窓口を準備中です。開設でき次第、本ページを更新してお知らせいたします。\n");
    assert_int_equal(rel->snippets.n_measures, 1);
    assert_string_equal(rel->snippets.measures[0], "管理画面に多要素認証を導入いたします");
    kj_release_free(rel);
}

static void measures_are_capped_and_counted(void **state)
{
    (void)state;
    char body[8192] = "## 再発防止策\n";
    for (int i = 0; i < 20; i++) {
        char item[128];
        snprintf(item, sizeof item, "- 対策その%dを実施します\n", i + 1);
        strcat(body, item);
    }
    kj_release *rel = release_of(body);
    assert_int_equal(rel->snippets.n_measures, 12);
    assert_int_equal(rel->snippets.n_measures_found, 20);
    kj_release_free(rel);
}

/* Snippets survive the facts-only compaction; a release whose text was
 * dropped gets none; the hook keeps to its dates. */
static void snippets_survive_compaction_and_hook_keeps_to_dates(void **state)
{
    (void)state;
    kj_release *rel = release_of("当社で障害が起きました。\n\n## 再発防止策\n- 監視を強化します\n");
    rel = kj_release_compact(rel);
    assert_true(rel->snippets.captured);
    assert_string_equal(rel->snippets.opening, "当社で障害が起きました。");
    assert_string_equal(rel->snippets.measures[0], "監視を強化します");
    kj_release_free(rel);

    /* The pipeline keeps the passages of the releases of its range only. */
    const char *dir = getenv("SAMPLE");
    assert_non_null(dir);
    kj_file_list list = {0};
    kj_error err;
    assert_int_equal(kj_archive_collect(&dir, 1, &list, NULL, NULL, &err), KJ_OK);
    kj_pipeline_options opt;
    kj_pipeline_options_default(&opt);
    opt.threads = 1;
    opt.snippets = true;
    opt.snippets_from = (kj_date){2026, 2, 1};
    opt.snippets_to = (kj_date){2026, 2, 28};
    kj_pipeline pipe;
    assert_int_equal(kj_pipeline_run(&list, &opt, &pipe), 0);
    size_t kept = 0;
    for (size_t i = 0; i < pipe.releases.n; i++) {
        const kj_release *loaded = pipe.releases.items[i];
        bool february = loaded->published.year == 2026 && loaded->published.month == 2;
        assert_int_equal(loaded->snippets.captured, february);
        kept += february;
    }
    assert_true(kept > 0 && kept < pipe.releases.n);
    kj_pipeline_free(&pipe);
    kj_file_list_free(&list);

    /* Text dropped, nothing to capture from. */
    const char *text = "# 公表概要\n- 障害について\n- 2026年2月3日\n- 株式会社ためし電機\n\n"
                       "# 本文\n当社で障害が起きました。\n";
    kj_release *a = kj_release_new("a.md", "2026/02/03_a.md");
    kj_parse_release(a, text, strlen(text));
    kj_release_drop_text(a);
    memset(&a->snippets, 0, sizeof a->snippets);
    kj_capture_snippets(a);
    assert_false(a->snippets.captured);
    kj_release_free(a);
}

/* A focused run reads nothing after its months, so its caller may list
 * less; not when contractors are joined (any organisations: every file is
 * read), nor without grouping or when streaming. */
static void focus_holds_only_for_grouped_runs_by_organisation(void **state)
{
    (void)state;
    kj_pipeline_options opt;
    kj_pipeline_options_default(&opt);
    opt.group = true;
    assert_false(kj_pipeline_focuses(&opt)); /* no focus */
    opt.focus = (kj_period){{2026, 1, 1}, {2026, 1, 31}};
    assert_true(kj_pipeline_focuses(&opt));
    assert_int_equal(kj_date_cmp(kj_pipeline_reads_until(&opt), opt.focus.to), 0);
    opt.grouping.join_contractors = true;
    assert_false(kj_pipeline_focuses(&opt));
    assert_false(kj_date_is_set(kj_pipeline_reads_until(&opt)));
    opt.grouping.join_contractors = false;
    opt.group = false;
    assert_false(kj_pipeline_focuses(&opt));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(opening_joins_paragraphs_and_skips_furniture),
        cmocka_unit_test(opening_stops_at_the_contact_section),
        cmocka_unit_test(opening_stops_at_a_bracketed_contact_line),
        cmocka_unit_test(long_opening_is_cut_after_a_sentence),
        cmocka_unit_test(measures_from_a_headed_list),
        cmocka_unit_test(measures_from_a_list_a_paragraph_introduces),
        cmocka_unit_test(measures_from_sentences_when_there_is_no_list),
        cmocka_unit_test(measures_under_a_line_standing_as_heading),
        cmocka_unit_test(measures_after_a_bracket_inside_a_paragraph),
        cmocka_unit_test(general_response_sections_keep_actions_only),
        cmocka_unit_test(measures_under_taken_and_future_headings),
        cmocka_unit_test(measures_are_capped_and_counted),
        cmocka_unit_test(snippets_survive_compaction_and_hook_keeps_to_dates),
        cmocka_unit_test(focus_holds_only_for_grouped_runs_by_organisation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
