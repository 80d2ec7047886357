/*
 * gallery.c — a sample of every building block of the renderer.
 *
 *   build/tests/render-gallery [OUT_DIR]
 *
 * writes OUT_DIR/gallery.pdf (default out/) and each chart alone as SVG
 * and PNG, so the look of the blocks can be judged without an archive.
 * Every organisation, figure and sentence here is invented for the
 * gallery.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kaiji/output.h"
#include "kaiji/render.h"
#include "kaiji/text.h"

static const char *const intro =
    "本資料は、架空の組織が2025年4月に公表した情報セキュリティ事案を題材に、"
    "レンダラーの各部品（見出し、本文、箇条書き、KPI、表、グラフ、時系列図）を一覧するための見本で"
    "す。"
    "本文は両端揃えで組まれ、句読点や閉じ括弧が行頭に来ないよう調整されます。"
    "また「2025年4月」「38,600人」「第2報」のような数字と単位の組は行をまたいで分割されません。";

static const char *const kinsoku =
    "サンプル商事株式会社（東京都架空区）は、2025年4月1日に第三者による不正アクセスを検知し、"
    "同日中に外部との通信を遮断しました。「ランサムウェア」による暗号化が確認されたサーバーは計12台"
    "で、"
    "顧客情報約38,600人分が閲覧された可能性があります。同社は第2報（2025年4月18日）で、"
    "警察および個人情報保護委員会への報告を済ませたと説明しています。詳細は調査中です。";

static const char *const latin =
    "Emotet や Qbot などのマルウェア名、URL（https://example.com/security/notice）、"
    "バージョン番号 v2.4.1 のような欧文は単語の途中で分割されず、和欧間の空きも保たれます。"
    "欧文の単語間ではなく和文の文字間に余白を配分するのが JLReq の考え方です。";

/* Quoted as a release might write it: full-width digits and letters,
 * half-width katakana and brackets, spaces between Japanese words, a
 * Kangxi radical; printed in one form, with the JLReq quarter em. */
static const char *const quoted =
    "「2026 年 5 月 1５日、当社の顧客2,528,500人分のデータを保管するｻｰﾊﾞｰ(東京都)に"
    "ＡＢＣ社経由の不正アクセスがありました。⽇時:午前3時」（引用はこのように整えて組まれ、"
    "書き出しでは原文のまま残ります。URL の https://example.com/campfire/office-fi も原文どおり）";

static const char *const bullets[] = {
    ("架空の電機メーカー「ミナト電産」が、2025年4月8日に海外子会社のランサムウェア被害を"
     "公表（第1報）。"),
    "仮想の通販サイトで、約1万2,000件のクレジットカード情報が流出した可能性（最終報）。",
    "仮名の医療法人で、委託先のメール誤送信により患者3,214人の氏名と連絡先が漏えい。",
    ("長い項目は折り返され、箇条書きの2行目以降は行頭の記号の後ろにそろいます。本文と同じく両端揃え"
     "で"
     "組まれ、「約38,600人」のような数字と単位も行をまたいで分かれません。"),
};

static kj_table_cell *make_table(size_t n_rows, size_t n_cols)
{
    static const char *const orgs[] = {
        "サンプル商事株式会社",
        "株式会社ミナト電産",
        "架空市役所",
        "医療法人 仮名会 仮名記念病院",
        "有限会社テスト物流",
        "一般社団法人 見本協会",
        "ダミー銀行株式会社（グループ会社を含む）",
        "株式会社エグザンプル・ホールディングス",
    };
    static const char *const titles[] = {
        "不正アクセスによる個人情報漏えいの可能性に関するお知らせ",
        "ランサムウェア被害の発生について（第2報）",
        "メール誤送信に関するお詫び",
        "当社サーバーへの不正アクセスに関する調査結果について（最終報）",
        "クレジットカード情報流出に関するお詫びとお知らせ",
    };
    static const char *const attacks[] = {"不正アクセス", "ランサムウェア", "誤送信",
                                          "不正アクセス・マルウェア", "設定不備"};
    static const char *const status[] = {"可能性あり", "確認", "なし", "不明"};
    kj_table_cell *cells = calloc(n_rows * n_cols, sizeof *cells);
    static char dates[200][16], counts[200][32], urls[200][96];
    for (size_t i = 0; i < n_rows && i < 200; i++) {
        snprintf(dates[i], sizeof dates[i], "2025-04-%02zu", 1 + i % 30);
        long long affected = (long long)((i * 7919) % 50000);
        if (i % 5 == 3)
            snprintf(counts[i], sizeof counts[i], "—");
        else
            kj_format_count(affected, counts[i]);
        snprintf(urls[i], sizeof urls[i], "https://example.com/news/2025/%03zu.html", i);
        kj_table_cell *row = cells + i * n_cols;
        row[0].text = dates[i];
        row[1].text = orgs[i % 8];
        row[2].text = titles[i % 5];
        row[3].text = attacks[i % 5];
        row[4].text = counts[i];
        row[5].text = status[i % 4];
        row[6].text = "原文";
        row[6].url = i % 11 == 5 ? "ftp://example.com/not-a-web-link" : urls[i];
    }
    return cells;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "out";
    kj_error err;
    if (kj_make_dirs(dir, &err) != KJ_OK) {
        fprintf(stderr, "render-gallery: %s\n", err.message);
        return kj_exit_status(err.status);
    }
    kj_layout *layout;
    kj_status st = kj_layout_load_named("briefing", NULL, &layout, &err);
    kj_renderer *r = NULL;
    if (st == KJ_OK)
        st = kj_renderer_new(layout, &r, &err);
    if (st != KJ_OK) {
        fprintf(stderr, "render-gallery: %s\n", err.message);
        return kj_exit_status(st);
    }

    kj_doc_info info = {.title = "kaiji レンダラー見本帳",
                        .subtitle = "2025年4月（架空データ）",
                        .author = "kaiji",
                        .subject = "部品見本",
                        .keywords = "kaiji, gallery",
                        .created = 1746057600 /* 2025-05-01, so the output is reproducible */};
    kj_doc *doc = kj_doc_new(r, &info);

    /* Page 1: title, KPIs, highlights, text. */
    kj_doc_title(doc, "情報セキュリティ事案 月次ブリーフィング（見本）",
                 "対象期間 2025年4月1日〜4月30日（架空データ）");
    kj_kpi kpis[] = {
        {"公表件数", "377", "件", "前月比 +52（+16.0%）", KJ_TONE_WORSE},
        {"事案数", "341", "件", "前月比 +40（+13.3%）", KJ_TONE_WORSE},
        {"公表組織数", "329", "組織", "前月比 +35", KJ_TONE_WORSE},
        {"影響人数（確定）", "38,600", "人", "前月比 −12,400（−24.3%）", KJ_TONE_BETTER},
        {"影響人数（可能性）", "1,204,311", "人", "前月比 +2.1倍", KJ_TONE_WORSE},
        {"ランサムウェア", "27", "件", "前月と同数", KJ_TONE_NEUTRAL},
    };
    kj_doc_kpis(doc, kpis, 6, 3);
    kj_doc_heading(doc, 2, "今月の主な事案", false);
    kj_doc_bullets(doc, KJ_STYLE_BODY, bullets, 4);
    kj_doc_heading(doc, 1, "本文の組版", false);
    kj_doc_paragraph(doc, intro);
    kj_doc_heading(doc, 2, "禁則処理と数字の扱い", false);
    kj_doc_paragraph(doc, kinsoku);
    kj_doc_heading(doc, 3, "欧文を含む段落", false);
    kj_doc_paragraph(doc, latin);
    kj_doc_heading(doc, 3, "引用した原文の表記", false);
    kj_doc_paragraph(doc, quoted);
    kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY,
                "注：小さな文字（small）の段落です。方法論の注記や出典に使います。"
                "括弧の連続（「『見本』」）や句点と閉じ括弧の組み合わせ（です。」）では、"
                "約物の間の空きが詰められます。");

    /* Charts. */
    static const char *const months[] = {"5月",  "6月",  "7月", "8月", "9月", "10月",
                                         "11月", "12月", "1月", "2月", "3月", "4月"};
    double ransom[] = {18, 22, 25, 19, 21, 30, 24, 26, 20, 23, 25, 27};
    double unauth[] = {60, 58, 71, 66, 80, 77, 69, 74, 81, 85, 90, 112};
    double misdel[] = {40, 35, 38, 44, 41, 39, 47, 36, 42, 45, 50, 61};
    double phish[] = {10, 12, 9, 14, 11, 13, 15, 12, 10, 16, 14, 18};
    double other[] = {30, 28, 33, 35, 29, 31, 37, 34, 30, 33, 36, 41};
    kj_series trend_series[] = {{"ランサムウェア", ransom, false},
                                {"不正アクセス", unauth, false},
                                {"誤送信", misdel, false},
                                {"フィッシング", phish, false},
                                {"その他", other, true}};
    kj_bar_chart trend = {.title = "図1　公表件数の推移（攻撃種別、直近12か月）",
                          .categories = months,
                          .n_categories = 12,
                          .series = trend_series,
                          .n_series = 5,
                          .stacked = true,
                          .value_labels = true,
                          .unit = "件"};
    static const char *const types[] = {"不正アクセス",    "誤送信・誤配送", "ランサムウェア",
                                        "紛失・盗難",      "設定不備",       "フィッシング",
                                        "Webサイト改ざん", "内部不正"};
    double type_counts[] = {112, 61, 27, 22, 19, 18, 9, 4};
    kj_series type_series[] = {{"件数", type_counts, false}};
    kj_bar_chart by_type = {.title = "図2　攻撃・事故の種別",
                            .categories = types,
                            .n_categories = 8,
                            .series = type_series,
                            .n_series = 1,
                            .horizontal = true,
                            .value_labels = true,
                            .unit = "件"};
    static const char *const bands[] = {"〜99人", "100〜999人", "1,000〜9,999人", "1万〜9万9,999人",
                                        "10万人以上"};
    double confirmed[] = {41, 28, 17, 6, 2};
    double possible[] = {12, 33, 29, 14, 5};
    kj_series band_series[] = {{"確定", confirmed, false}, {"可能性", possible, false}};
    kj_bar_chart by_band = {.title = "図3　影響人数の規模別件数",
                            .categories = bands,
                            .n_categories = 5,
                            .series = band_series,
                            .n_series = 2,
                            .value_labels = true,
                            .unit = "件"};
    static const char *const lags[] = {"7日以内", "8〜30日", "31〜90日", "91日以上", "不明"};
    double lag_counts[] = {88, 121, 64, 21, 47};
    kj_series lag_series[] = {{"事案数", lag_counts, false}};
    kj_bar_chart by_lag = {.title = "図4　検知から公表までの日数",
                           .categories = lags,
                           .n_categories = 5,
                           .series = lag_series,
                           .n_series = 1,
                           .horizontal = true,
                           .value_labels = true,
                           .unit = "事案"};
    kj_doc_heading(doc, 1, "グラフ", true);
    kj_figure f_trend = {KJ_FIGURE_BARS, &trend, NULL};
    kj_doc_figures(doc, &f_trend, 1, 230);
    kj_figure pair[] = {{KJ_FIGURE_BARS, &by_type, NULL}, {KJ_FIGURE_BARS, &by_lag, NULL}};
    kj_doc_figures(doc, pair, 2, 170);
    kj_figure f_band = {KJ_FIGURE_BARS, &by_band, NULL};
    kj_doc_set_frame(doc, 0, 8);
    kj_doc_figures(doc, &f_band, 1, 170);
    kj_doc_set_frame(doc, 0, 0);

    /* Timeline. */
    kj_timeline_mark m1[] = {{{2025, 3, 2}, KJ_MARK_OCCURRED, NULL},
                             {{2025, 3, 5}, KJ_MARK_DETECTED, NULL},
                             {{2025, 3, 14}, KJ_MARK_RELEASE, "第1報"},
                             {{2025, 4, 11}, KJ_MARK_RELEASE, "第2報"}};
    kj_timeline_mark m2[] = {{{2025, 1, 0}, KJ_MARK_OCCURRED, NULL},
                             {{2025, 2, 20}, KJ_MARK_DETECTED, NULL},
                             {{2025, 4, 18}, KJ_MARK_RELEASE, "第1報"}};
    kj_timeline_mark m3[] = {{{2025, 4, 1}, KJ_MARK_DETECTED, NULL},
                             {{2025, 4, 3}, KJ_MARK_RELEASE, NULL}};
    kj_timeline_mark m4[] = {{{2024, 12, 10}, KJ_MARK_OCCURRED, NULL},
                             {{2025, 3, 28}, KJ_MARK_DETECTED, NULL},
                             {{2025, 4, 25}, KJ_MARK_RELEASE, "第1報"}};
    kj_timeline_mark m5[] = {{{2025, 4, 7}, KJ_MARK_DETECTED, NULL},
                             {{2025, 4, 9}, KJ_MARK_RELEASE, "第1報"},
                             {{2025, 4, 16}, KJ_MARK_RELEASE, "第2報"},
                             {{2025, 4, 30}, KJ_MARK_RELEASE, "最終報"}};
    kj_timeline_mark m6[] = {{{2025, 2, 14}, KJ_MARK_OCCURRED, NULL},
                             {{2025, 4, 22}, KJ_MARK_RELEASE, NULL}};
    kj_timeline_row rows[] = {
        {"株式会社ミナト電産", m1, 4},
        {"サンプル商事株式会社", m2, 3},
        {"架空市役所", m3, 2},
        {"医療法人 仮名会 仮名記念病院（委託先を含む長い名前）", m4, 3},
        {"ダミー銀行株式会社", m5, 4},
        {"有限会社テスト物流", m6, 2},
    };
    kj_timeline tl = {.title = "図5　主な事案の公表までの経過", .rows = rows, .n_rows = 6};
    kj_doc_heading(doc, 1, "開示の時系列", false);
    kj_figure f_tl = {KJ_FIGURE_TIMELINE, NULL, &tl};
    kj_doc_figures(doc, &f_tl, 1, 0);

    /* Table across pages. */
    kj_table_column cols[] = {
        {"公表日", 5.5, 0, KJ_ALIGN_LEFT, 0},  {"組織", 0, 2, KJ_ALIGN_LEFT, 3},
        {"タイトル", 0, 3, KJ_ALIGN_LEFT, 3},  {"攻撃種別", 0, 1.2, KJ_ALIGN_LEFT, 2},
        {"影響人数", 5, 0, KJ_ALIGN_RIGHT, 1}, {"漏えい", 5.5, 0, KJ_ALIGN_LEFT, 1},
        {"出典", 2.5, 0, KJ_ALIGN_CENTER, 1},
    };
    size_t n_rows = 90;
    kj_table_cell *cells = make_table(n_rows, 7);
    kj_table table = {"表1　公表一覧（架空）", cols, 7, cells, n_rows};
    kj_doc_heading(doc, 1, "公表一覧", true);
    kj_doc_table(doc, &table);

    /* The blocks of a one-page incident report. */
    kj_doc_heading(doc, 1, "一件の概要（部品）", true);
    kj_definition facts[] = {
        {"組織", "株式会社ミナト電産（海外子会社を含む）", NULL},
        {"公表", "2025年4月11日（第2報）", "https://example.com/news/2025/minato-2.html"},
        {"攻撃種別", "ランサムウェア、不正アクセス", NULL},
        {"漏えい", "可能性あり（調査中）", NULL},
        {"影響人数", "確定 1,204人／可能性 38,600人、取引先 12社", NULL},
        {"報告先", "個人情報保護委員会、警察、所管省庁", NULL},
    };
    kj_doc_definitions(doc, facts, 6, 6);
    kj_tag data_types[] = {{"氏名", KJ_TAG_ON},          {"住所", KJ_TAG_ON},
                           {"電話番号", KJ_TAG_ON},      {"メールアドレス", KJ_TAG_ON},
                           {"生年月日", KJ_TAG_ON},      {"クレジットカード情報", KJ_TAG_OFF},
                           {"マイナンバー", KJ_TAG_OFF}, {"銀行口座", KJ_TAG_OFF}};
    kj_doc_heading(doc, 3, "漏えいした可能性のある情報（取り消し線は「含まれない」と明記）", false);
    kj_doc_tags(doc, data_types, 8);
    kj_timeline_mark one[] = {
        {{2025, 3, 2}, KJ_MARK_OCCURRED, "侵入"},  {{2025, 3, 5}, KJ_MARK_DETECTED, "検知"},
        {{2025, 3, 6}, KJ_MARK_EVENT, "遮断"},     {{2025, 3, 10}, KJ_MARK_EVENT, "警察へ届出"},
        {{2025, 3, 14}, KJ_MARK_RELEASE, "第1報"}, {{2025, 4, 2}, KJ_MARK_EVENT, "復旧"},
        {{2025, 4, 11}, KJ_MARK_RELEASE, "第2報"}};
    kj_timeline_row one_row = {"株式会社ミナト電産", one, 7};
    kj_timeline one_tl = {.title = "経過", .rows = &one_row, .n_rows = 1};
    kj_figure f_one = {KJ_FIGURE_TIMELINE, NULL, &one_tl};
    kj_doc_figures(doc, &f_one, 1, 0);

    kj_doc_heading(doc, 1, "出典と方法", false);
    kj_doc_link_line(doc, "出典：", "https://example.com/security/2025/04/notice.html");
    kj_doc_link_line(doc, "リンクにならない例：", "javascript:alert(1)");
    kj_doc_text(doc, KJ_STYLE_SMALL, KJ_ALIGN_JUSTIFY,
                "件数は公表日で数え、同じ事案の続報は1件の事案にまとめます。影響人数は本文に明記さ"
                "れた数値のみを用い、"
                "「約」「以上」などの表現はその数値として扱います。");

    char path[4096];
    snprintf(path, sizeof path, "%s/gallery.pdf", dir);
    st = kj_doc_write_pdf(doc, path, &err);
    if (st == KJ_OK) {
        printf("%s: %d pages\n", path, kj_doc_page_count(doc));
        const kj_figure *alone[] = {&f_trend, &f_tl};
        const char *names[] = {"trend", "timeline"};
        for (size_t i = 0; i < 2 && st == KJ_OK; i++)
            for (int fmt = KJ_IMAGE_SVG; fmt <= KJ_IMAGE_PNG && st == KJ_OK; fmt++) {
                snprintf(path, sizeof path, "%s/gallery-%s.%s", dir, names[i],
                         fmt == KJ_IMAGE_SVG ? "svg" : "png");
                st = kj_figure_write(r, alone[i], 520, 0, (kj_image_format)fmt, path, &err);
                if (st == KJ_OK)
                    printf("%s\n", path);
            }
    }
    if (st != KJ_OK)
        fprintf(stderr, "render-gallery: %s\n", err.message);
    free(cells);
    kj_doc_free(doc);
    kj_renderer_free(r);
    kj_layout_free(layout);
    return kj_exit_status(st);
}
