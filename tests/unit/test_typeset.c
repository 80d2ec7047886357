/*
 * Tests of Japanese typesetting: kinsoku (JLReq line-start and line-end
 * prohibitions), numbers kept with their units, justification, punctuation
 * compression and Japanese glyph forms.  Every sentence is composed for the
 * test; each is set at many narrow widths so that every character lands at
 * a line edge somewhere.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../src/render/render_internal.h"
#include "kaiji/render.h"
#include "kaiji/text.h"

static kj_layout *layout;
static kj_renderer *renderer;

static int setup(void **state)
{
    (void)state;
    kj_error err;
    layout = kj_layout_default();
    if (kj_renderer_new(layout, &renderer, &err) != KJ_OK) {
        fprintf(stderr, "%s\n", err.message);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    kj_renderer_free(renderer);
    kj_layout_free(layout);
    return 0;
}

/* The issue's lists, written out here rather than taken from the library,
 * so that a wrong class in jlreq.c cannot make its own test pass. */
static const char *const no_start =
    "、。，．）」』】〕ー・々ぁぃぅぇぉっゃゅょァィゥェォッャュョ？！〉》］｝：；ゝゞヽヾ";
static const char *const no_end = "（「『【〔［｛〈《";

static bool in_set(const char *set, uint32_t cp)
{
    for (size_t i = 0; set[i];) {
        size_t adv;
        int32_t c = kj_utf8_decode(set + i, strlen(set + i), &adv);
        if ((uint32_t)c == cp)
            return true;
        i += adv;
    }
    return false;
}

static uint32_t first_cp(const char *s, size_t len)
{
    size_t adv;
    return len ? (uint32_t)kj_utf8_decode(s, len, &adv) : 0;
}

static uint32_t last_cp(const char *s, size_t len)
{
    size_t i = len;
    while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
        i--;
    if (i > 0)
        i--;
    size_t adv;
    return len ? (uint32_t)kj_utf8_decode(s + i, len - i, &adv) : 0;
}

static const char *const sentences[] = {
    "当社は、2025年4月1日に不正アクセスを確認しました。「個人情報」の漏えいの可能性があります。",
    "サーバー（ファイルサーバー）が暗号化され、業務システムの一部が停止しました。",
    "ランサムウェア「ロックビット」による被害は、約38,600人分のデータに及ぶ見込みです！",
    "第2報では、『調査結果』【概要】〔速報〕を公表し、今後の対応（再発防止策）を示しました。",
    "ご迷惑をおかけしていることを、深くお詫び申し上げます……。ご不明な点はございますか？",
    "ウイルス・マルウェア・フィッシングへの注意喚起を、々と重ねず、っかりと行います。",
    "チェックシートやショッピングサイト、キャッシュカード、ファックス、ジェットストリーム。",
};

/* Every line of `text` at `width` obeys the line-start and line-end rules. */
static void check_kinsoku(const char *text, double width, kj_align align)
{
    kj_text_line lines[256];
    size_t n = kj_text_lines(renderer, KJ_STYLE_BODY, align, text, width, lines, 256);
    assert_true(n > 0 && n <= 256);
    for (size_t i = 0; i < n; i++) {
        const char *s = text + lines[i].start;
        size_t len = lines[i].length;
        while (len > 0 && s[len - 1] == '\n')
            len--;
        if (i > 0 && in_set(no_start, first_cp(s, len))) {
            fprintf(stderr, "line %zu at width %.1f starts with a prohibited character: %.*s\n", i,
                    width, (int)len, s);
            fail();
        }
        if (i + 1 < n && in_set(no_end, last_cp(s, len))) {
            fprintf(stderr, "line %zu at width %.1f ends with an opening bracket: %.*s\n", i, width,
                    (int)len, s);
            fail();
        }
    }
}

static void kinsoku_at_every_width(void **state)
{
    (void)state;
    double em = layout->styles[KJ_STYLE_BODY].size;
    for (size_t k = 0; k < sizeof sentences / sizeof sentences[0]; k++)
        for (double w = 4 * em; w <= 24 * em; w += em * 0.5) {
            check_kinsoku(sentences[k], w, KJ_ALIGN_LEFT);
            check_kinsoku(sentences[k], w, KJ_ALIGN_JUSTIFY);
        }
}

static void kinsoku_classes_cover_the_issue_lists(void **state)
{
    (void)state;
    for (size_t i = 0; no_start[i];) {
        size_t adv;
        int32_t c = kj_utf8_decode(no_start + i, strlen(no_start + i), &adv);
        assert_true(kj_jlreq_no_line_start((uint32_t)c));
        assert_false(kj_jlreq_no_line_end((uint32_t)c));
        i += adv;
    }
    for (size_t i = 0; no_end[i];) {
        size_t adv;
        int32_t c = kj_utf8_decode(no_end + i, strlen(no_end + i), &adv);
        assert_true(kj_jlreq_no_line_end((uint32_t)c));
        i += adv;
    }
    assert_false(kj_jlreq_no_line_start(0x3042)); /* あ */
    assert_false(kj_jlreq_no_line_end(0x6F22));   /* 漢 */
}

/* A single prohibited character falls exactly at the line start when the
 * line is four characters wide: the break must move. */
static void each_prohibited_character_is_kept_off_the_line_start(void **state)
{
    (void)state;
    double em = layout->styles[KJ_STYLE_BODY].size;
    for (size_t i = 0; no_start[i];) {
        size_t adv;
        kj_utf8_decode(no_start + i, strlen(no_start + i), &adv);
        char text[64];
        snprintf(text, sizeof text, "あいうえ%.*sかきくけこさしす", (int)adv, no_start + i);
        check_kinsoku(text, 4.2 * em, KJ_ALIGN_LEFT);
        check_kinsoku(text, 4.2 * em, KJ_ALIGN_JUSTIFY);
        i += adv;
    }
    for (size_t i = 0; no_end[i];) {
        size_t adv;
        kj_utf8_decode(no_end + i, strlen(no_end + i), &adv);
        char text[64];
        snprintf(text, sizeof text, "あいう%.*sえかきくけこ", (int)adv, no_end + i);
        check_kinsoku(text, 4.2 * em, KJ_ALIGN_LEFT);
        i += adv;
    }
}

/* The line holding the first byte of `token` in `text` also holds its last
 * (dates: or the line ends right after the year). */
static void check_unbroken(const char *text, const char *token, double width)
{
    const char *at = strstr(text, token);
    assert_non_null(at);
    size_t start = (size_t)(at - text), end = start + strlen(token);
    kj_text_line lines[256];
    size_t n = kj_text_lines(renderer, KJ_STYLE_BODY, KJ_ALIGN_JUSTIFY, text, width, lines, 256);
    for (size_t i = 0; i < n; i++) {
        size_t a = lines[i].start, b = a + lines[i].length;
        /* A whole date may give way after its year (2025年 / 4月1日), and only
         * there, when keeping it whole would leave a loose line. */
        bool after_year = b >= 3 && memcmp(text + b - 3, "年", 3) == 0 && b < end;
        if (start >= a && start < b && end > b && !after_year) {
            fprintf(stderr, "'%s' split at width %.1f: line '%.*s'\n", token, width,
                    (int)lines[i].length, text + a);
            fail();
        }
    }
}

static void numbers_stay_with_their_units(void **state)
{
    (void)state;
    static const char *const text =
        "今回の事案では、令和7年4月1日から2025年12月31日までの間に、延べ38,600人分と"
        "約1,200件の取引情報、3万8千人の会員情報が対象となり、第2報で10時30分に"
        "公表しました。影響は12.5%、5営業日、3か月に及びます。";
    static const char *const tokens[] = {"令和7年4月1日", "2025年12月31日", "38,600人", "約1,200件",
                                         "3万8千人",      "第2報",          "10時30分", "12.5%",
                                         "5営業日",       "3か月"};
    double em = layout->styles[KJ_STYLE_BODY].size;
    for (double w = 9 * em; w <= 30 * em; w += 0.25 * em)
        for (size_t t = 0; t < sizeof tokens / sizeof tokens[0]; t++)
            check_unbroken(text, tokens[t], w);
}

static void without_the_rule_pango_would_split_them(void **state)
{
    (void)state;
    /* The rule above is ours: Pango alone breaks between a number and
     * 年/人/報.  This guards the test against passing for the wrong reason. */
    PangoLayout *pl = pango_layout_new(renderer->context);
    pango_layout_set_text(pl, "第2報で2025年4月に38,600人", -1);
    int n;
    const PangoLogAttr *attrs = pango_layout_get_log_attrs_readonly(pl, &n);
    /* character 1 is "2", 2 is "報": a break before 報 is allowed by Pango */
    assert_true(attrs[2].is_line_break || attrs[1].is_line_break);
    g_object_unref(pl);
}

typedef struct span_ctx {
    const char *text;
    char out[512];
} span_ctx;

static void collect(void *c, size_t a, size_t b)
{
    span_ctx *ctx = c;
    size_t n = strlen(ctx->out);
    snprintf(ctx->out + n, sizeof ctx->out - n, "[%.*s]", (int)(b - a), ctx->text + a);
}

static void spans_found(const char *text, const char *expect)
{
    span_ctx ctx = {text, ""};
    kj_jlreq_nobreak_spans(text, strlen(text), collect, &ctx);
    assert_string_equal(ctx.out, expect);
}

static void nobreak_spans(void **state)
{
    (void)state;
    spans_found("2025年4月1日に", "[2025年4月1日]");
    spans_found("第2報と最終報", "[第2報]");
    spans_found("約1,200件、3万8千人", "[約1,200件][3万8千人]");
    spans_found("１２３人", "[１２３人]");
    spans_found("2025 と 38,600", "");
    spans_found("第三者", "");
    spans_found("令和7年度", "[令和7年度]");
    /* a count, then another figure: two spans (the space between them is
     * dropped beside Japanese and set again as the quarter em) */
    spans_found("ほか1組織60,011人", "[1組織][60,011人]");
    spans_found("1年6か月、3時間30分", "[1年6か月][3時間30分]");
    /* a report's label stays with its date; a longer aside may break away */
    spans_found("6月25日（第2報）", "[6月25日][日（第2報）][第2報]");
    spans_found("739,700件（発生元の公表）", "[739,700件]");
    /* a count's aside may break away from it, whole */
    spans_found("8,000人（暫定）", "[8,000人][（暫定）]");
}

static void narrow_cells_break_numbers_rather_than_overflow(void **state)
{
    (void)state;
    double em = layout->styles[KJ_STYLE_TABLE].size;
    const char *text = "2025年12月31日";
    PangoLayout *pl = kj_ts_layout(renderer, KJ_STYLE_TABLE, KJ_ALIGN_LEFT, text, 3 * em, 0);
    assert_true(kj_ts_width(pl) <= 3 * em + 0.01);
    assert_true(pango_layout_get_line_count(pl) > 1);
    g_object_unref(pl);
}

static void justified_lines_fill_the_measure(void **state)
{
    (void)state;
    const char *text = sentences[0];
    double em = layout->styles[KJ_STYLE_BODY].size;
    for (double w = 7.3 * em; w <= 21 * em; w += 0.7 * em) {
        kj_text_line lines[64];
        size_t n = kj_text_lines(renderer, KJ_STYLE_BODY, KJ_ALIGN_JUSTIFY, text, w, lines, 64);
        assert_true(n >= 2);
        for (size_t i = 0; i + 1 < n; i++)
            assert_true(fabs(lines[i].width - w) < 0.02);
        assert_true(lines[n - 1].width < w + 0.01); /* last line: flush left */
        /* Left-aligned, the same lines are ragged. */
        size_t short_lines = 0;
        size_t m = kj_text_lines(renderer, KJ_STYLE_BODY, KJ_ALIGN_LEFT, text, w, lines, 64);
        assert_int_equal(m, n);
        for (size_t i = 0; i + 1 < m; i++)
            short_lines += lines[i].width < w - 0.5;
        (void)short_lines;
    }
}

/* x of byte `index` of a layout, in points */
static double x_of(PangoLayout *pl, int index)
{
    PangoRectangle pos;
    pango_layout_index_to_pos(pl, index, &pos);
    return pos.x / (double)PANGO_SCALE;
}

static void justification_spaces_neither_numbers_nor_words(void **state)
{
    (void)state;
    const char *text = "被害の規模は38,600人で、原因はEmotetと呼ばれるマルウェアの感染でした。";
    double em = layout->styles[KJ_STYLE_BODY].size;
    int checked = 0;
    for (double w = 8.1 * em; w <= 20 * em; w += 0.37 * em) {
        PangoLayout *left = kj_ts_layout(renderer, KJ_STYLE_BODY, KJ_ALIGN_LEFT, text, w, 0);
        PangoLayout *just = kj_ts_layout(renderer, KJ_STYLE_BODY, KJ_ALIGN_JUSTIFY, text, w, 0);
        /* (offsets in the text as set, which has the quarter ems) */
        const char *set = pango_layout_get_text(just);
        assert_string_equal(set, pango_layout_get_text(left));
        const char *const tokens[] = {strstr(set, "38,600"), strstr(set, "Emotet")};
        for (int t = 0; t < 2; t++) {
            assert_non_null(tokens[t]);
            /* 8,60 / mote: from the second character, as the space a line
             * gains before a word (after its quarter em) goes into the box
             * of its first letter */
            int a = (int)(tokens[t] - set) + 1, b = a + 4;
            int la, lb, xa;
            pango_layout_index_to_line_x(just, a, 0, &la, &xa);
            pango_layout_index_to_line_x(just, b, 0, &lb, &xa);
            if (la != lb)
                continue;
            double natural = x_of(left, b) - x_of(left, a);
            double justified = x_of(just, b) - x_of(just, a);
            assert_true(fabs(natural - justified) < 0.01);
            checked++;
        }
        /* ... while the line as a whole did stretch */
        kj_text_line lines[32];
        size_t n = kj_text_lines(renderer, KJ_STYLE_BODY, KJ_ALIGN_JUSTIFY, text, w, lines, 32);
        for (size_t i = 0; i + 1 < n; i++)
            assert_true(fabs(lines[i].width - w) < 0.02);
        g_object_unref(left);
        g_object_unref(just);
    }
    assert_true(checked > 10);
}

static void punctuation_is_compressed_where_it_meets(void **state)
{
    (void)state;
    static const char *const pairs[] = {"。」", "、「", "）」", "」「", "（「", "」、"};
    /* The default faces (BIZ UDP) are proportional: their brackets and
     * stops carry no empty half em at all, so two that meet never take
     * more than the one and a half ems JLReq allows. */
    double em = layout->styles[KJ_STYLE_BODY].size;
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        assert_true(kj_text_width(renderer, KJ_STYLE_BODY, pairs[i]) <= 1.5 * em + 0.05);

    /* A layout naming full-width faces (Noto CJK) gets the compression
     * from their `halt` feature on exactly the marks that meet. */
    kj_layout *noto = kj_layout_default();
    free(noto->families[KJ_FONT_SERIF][0]);
    noto->families[KJ_FONT_SERIF][0] = strdup("Noto Serif CJK JP");
    kj_renderer *r;
    kj_error err;
    if (kj_renderer_new(noto, &r, &err) != KJ_OK) {
        fprintf(stderr, "(no Noto Serif CJK JP: compression with halt not checked)\n");
        kj_layout_free(noto);
        return;
    }
    double one = kj_text_width(r, KJ_STYLE_BODY, "」");
    assert_true(fabs(one - em) < 0.05);
    /* Two full-width marks that meet take one and a half ems, not two. */
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        double w = kj_text_width(r, KJ_STYLE_BODY, pairs[i]);
        assert_true(fabs(w - 1.5 * em) < 0.05);
    }
    /* A bracket next to a kana keeps its full em. */
    assert_true(fabs(kj_text_width(r, KJ_STYLE_BODY, "あ「") - 2 * em) < 0.05);
    assert_true(fabs(kj_text_width(r, KJ_STYLE_BODY, "。あ") - 2 * em) < 0.05);
    kj_renderer_free(r);
    kj_layout_free(noto);
}

static void han_characters_take_japanese_faces(void **state)
{
    (void)state;
    PangoLayout *pl = kj_ts_layout(renderer, KJ_STYLE_BODY, KJ_ALIGN_LEFT, "直骨「」", 0, 0);
    PangoLayoutLine *line = pango_layout_get_line_readonly(pl, 0);
    assert_non_null(line->runs);
    for (GSList *r = line->runs; r; r = r->next) {
        PangoGlyphItem *run = r->data;
        PangoFontDescription *d = pango_font_describe(run->item->analysis.font);
        const char *family = pango_font_description_get_family(d);
        assert_true(strstr(family, "BIZ UD") != NULL || strstr(family, "JP") != NULL ||
                    strstr(family, "IPAex") != NULL);
        assert_string_equal(pango_language_to_string(run->item->analysis.language), "ja");
        pango_font_description_free(d);
    }
    g_object_unref(pl);
}

static void fitting_cuts_at_a_sentence_end(void **state)
{
    (void)state;
    const char *text =
        "一文目です。二文目はもう少し長く書いてあります。三文目は、行数に収まらないはずの"
        "長い文として、ここでさらに言葉を重ねています。";
    double em = layout->styles[KJ_STYLE_BODY].size;
    size_t keep =
        kj_text_fit_sentences(renderer, KJ_STYLE_BODY, text, 12 * em, 3, "（続きは原文）");
    assert_true(keep > 0 && keep < strlen(text));
    assert_memory_equal(text + keep - 3, "。", 3);
    assert_int_equal(kj_text_fit_sentences(renderer, KJ_STYLE_BODY, text, 100 * em, 3, "…"),
                     strlen(text));
    assert_int_equal(kj_text_fit_sentences(renderer, KJ_STYLE_BODY, text, 2 * em, 1, "…"), 0);
}

static void counts_get_separators(void **state)
{
    (void)state;
    char buf[32];
    assert_string_equal(kj_format_count(0, buf), "0");
    assert_string_equal(kj_format_count(999, buf), "999");
    assert_string_equal(kj_format_count(38600, buf), "38,600");
    assert_string_equal(kj_format_count(1204311, buf), "1,204,311");
    assert_string_equal(kj_format_count(-12400, buf), "-12,400");
}

static void nice_axis_steps(void **state)
{
    (void)state;
    double top, step;
    step = kj_nice_step(259, 5, &top);
    assert_true(step == 100 && top == 300);
    step = kj_nice_step(47, 5, &top);
    assert_true(step == 10 && top == 50);
    step = kj_nice_step(3, 5, &top);
    assert_true(step == 1 && top == 3);
    step = kj_nice_step(0, 5, &top);
    assert_true(step == 1 && top == 1);
    step = kj_nice_step(1204311, 4, &top);
    assert_true(step == 500000 && top == 1500000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(kinsoku_classes_cover_the_issue_lists),
        cmocka_unit_test(kinsoku_at_every_width),
        cmocka_unit_test(each_prohibited_character_is_kept_off_the_line_start),
        cmocka_unit_test(nobreak_spans),
        cmocka_unit_test(without_the_rule_pango_would_split_them),
        cmocka_unit_test(numbers_stay_with_their_units),
        cmocka_unit_test(narrow_cells_break_numbers_rather_than_overflow),
        cmocka_unit_test(justified_lines_fill_the_measure),
        cmocka_unit_test(justification_spaces_neither_numbers_nor_words),
        cmocka_unit_test(punctuation_is_compressed_where_it_meets),
        cmocka_unit_test(han_characters_take_japanese_faces),
        cmocka_unit_test(fitting_cuts_at_a_sentence_end),
        cmocka_unit_test(counts_get_separators),
        cmocka_unit_test(nice_axis_steps),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
