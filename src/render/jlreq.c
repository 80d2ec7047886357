/*
 * jlreq.c — the parts of JLReq that Pango does not do by itself.
 *
 * Pango's line breaking (UAX #14 with the Japanese classes resolved
 * strictly) already keeps closing brackets, 、。, small kana, ー, 々 and
 * ？！ off line starts and opening brackets off line ends.  It happily
 * breaks between a number and its unit, though (`2025` / `年4月`,
 * `38,600` / `人`, `第` / `2報`), and it has no notion of the space that
 * disappears where two brackets or stops meet.  This file finds both kinds
 * of span; typeset.c turns them into Pango attributes.
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/text.h"
#include "render_internal.h"

/* ------------------------------------------------------- character classes */

static bool is_digit(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

/* Separators inside a number: 38,600  1.5  ３８，６００ */
static bool is_number_separator(uint32_t c)
{
    return c == ',' || c == '.' || c == 0xFF0C || c == 0xFF0E;
}

/* JLReq cl-01 opening brackets (the full-width ones Japanese text uses, and
 * the Western ones Pango already treats as OP). */
bool kj_jlreq_no_line_end(uint32_t c)
{
    switch (c) {
    case 0x2018: /* ‘ */
    case 0x201C: /* “ */
    case 0xFF08: /* （ */
    case 0x3014: /* 〔 */
    case 0xFF3B: /* ［ */
    case 0xFF5B: /* ｛ */
    case 0x3008: /* 〈 */
    case 0x300A: /* 《 */
    case 0x300C: /* 「 */
    case 0x300E: /* 『 */
    case 0x3010: /* 【 */
    case 0x3018: /* 〘 */
    case 0x3016: /* 〖 */
    case 0x301D: /* 〝 */
    case 0xFF5F: /* ｟ */
    case '(':
    case '[':
    case '{':
        return true;
    default:
        return false;
    }
}

static bool is_closing_bracket(uint32_t c)
{
    switch (c) {
    case 0x2019: /* ’ */
    case 0x201D: /* ” */
    case 0xFF09: /* ） */
    case 0x3015: /* 〕 */
    case 0xFF3D: /* ］ */
    case 0xFF5D: /* ｝ */
    case 0x3009: /* 〉 */
    case 0x300B: /* 》 */
    case 0x300D: /* 」 */
    case 0x300F: /* 』 */
    case 0x3011: /* 】 */
    case 0x3019: /* 〙 */
    case 0x3017: /* 〗 */
    case 0x301F: /* 〟 */
    case 0xFF60: /* ｠ */
        return true;
    default:
        return false;
    }
}

static bool is_full_width_opening(uint32_t c)
{
    return kj_jlreq_no_line_end(c) && c > 0x3000;
}

static bool is_stop_or_comma(uint32_t c)
{
    return c == 0x3001 || c == 0x3002 || c == 0xFF0C || c == 0xFF0E; /* 、。，． */
}

/* Small kana (cl-11) */
static bool is_small_kana(uint32_t c)
{
    static const uint32_t small[] = {
        0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085,
        0x3087, 0x308E, 0x3095, 0x3096, 0x30A1, 0x30A3, 0x30A5, 0x30A7,
        0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6,
    };
    if (c >= 0x31F0 && c <= 0x31FF) /* ㇰ-ㇿ */
        return true;
    for (size_t i = 0; i < sizeof small / sizeof small[0]; i++)
        if (small[i] == c)
            return true;
    return false;
}

bool kj_jlreq_no_line_start(uint32_t c)
{
    if (is_closing_bracket(c) || is_stop_or_comma(c) || is_small_kana(c))
        return true;
    switch (c) {
    case 0x30FB: /* ・ cl-05 */
    case 0xFF1A: /* ： */
    case 0xFF1B: /* ； */
    case 0xFF1F: /* ？ cl-04 */
    case 0xFF01: /* ！ */
    case 0x203C: /* ‼ */
    case 0x2047: /* ⁇ */
    case 0x2048: /* ⁈ */
    case 0x2049: /* ⁉ */
    case 0x30FC: /* ー cl-10 */
    case 0x3005: /* 々 cl-09 */
    case 0x303B: /* 〻 */
    case 0x309D: /* ゝ */
    case 0x309E: /* ゞ */
    case 0x30FD: /* ヽ */
    case 0x30FE: /* ヾ */
    case 0x2010: /* ‐ cl-03 */
    case 0x301C: /* 〜 */
    case 0x30A0: /* ゠ */
    case 0x2013: /* – */
    case 0x2026: /* … cl-08: no break inside …… either */
    case 0x2025: /* ‥ */
    case ')':
    case ']':
    case '}':
    case ',':
    case '.':
    case '!':
    case '?':
    case ';':
    case ':':
        return true;
    default:
        return false;
    }
}

/* -------------------------------------------------------- decoded text */

typedef struct decoded {
    uint32_t *cp;
    size_t *off; /* n + 1 byte offsets */
    size_t n;
} decoded;

static void decode(const char *text, size_t len, decoded *d)
{
    d->cp = kj_xmalloc((len + 1) * sizeof *d->cp);
    d->off = kj_xmalloc((len + 1) * sizeof *d->off);
    size_t i = 0, n = 0;
    while (i < len) {
        size_t adv;
        int32_t c = kj_utf8_decode(text + i, len - i, &adv);
        d->cp[n] = c < 0 ? 0xFFFD : (uint32_t)c;
        d->off[n] = i;
        n++;
        i += adv;
    }
    d->off[n] = len;
    d->n = n;
}

static void decoded_free(decoded *d)
{
    free(d->cp);
    free(d->off);
}

/* Does the decoded text at position i start with UTF-8 string `word`?
 * Returns its length in characters, 0 if not. */
static size_t match_word(const decoded *d, const char *text, size_t i, const char *word)
{
    size_t wlen = strlen(word);
    if (i >= d->n || d->off[i] + wlen > d->off[d->n])
        return 0;
    if (memcmp(text + d->off[i], word, wlen) != 0)
        return 0;
    size_t k = i;
    while (k < d->n && d->off[k] < d->off[i] + wlen)
        k++;
    return d->off[k] == d->off[i] + wlen ? k - i : 0;
}

/* Units and counters that belong to the number before them, longest first
 * where one begins another (the briefing's own counters too: 163事案,
 * 317組織, 5項目). */
static const char *const units[] = {
    "年度", "年間",   "年",   "ヶ月", "ヵ月",   "か月", "カ月", "ケ月", "箇月", "月",   "日間",
    "日",   "時間",   "時",   "分間", "分",     "秒",   "週間", "週",   "人",   "名",   "件",
    "社",   "団体",   "報",   "万",   "億",     "兆",   "千",   "百",   "円",   "ドル", "%",
    "％",   "回",     "台",   "個",   "通",     "歳",   "割",   "倍",   "号",   "条",   "項",
    "点",   "枚",     "部",   "世帯", "店舗",   "拠点", "校",   "種類", "種",   "行",   "桁",
    "文字", "ページ", "頁",   "次",   "期",     "代",   "位",   "箇所", "か所", "カ所", "ヶ所",
    "度",   "機",     "基",   "冊",   "営業日", "頃",   "目",   "付",   "GB",   "TB",   "MB",
    "KB",   "つ",     "事案", "組織", "項目",   "か国",
};

/* Words that introduce a number and belong to it: 第2報, 約1,200件, 令和7年. */
static const char *const prefixes[] = {
    "第", "約", "計", "全", "延べ", "令和", "平成", "昭和", "西暦", "最大", "No.", "#", "＃",
};

static size_t match_unit(const decoded *d, const char *text, size_t i)
{
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t n = match_word(d, text, i, units[u]);
        if (n)
            return n;
    }
    return 0;
}

/* Digits with inner separators, starting at i; returns the end. */
static size_t scan_number(const decoded *d, size_t i)
{
    while (i < d->n && is_digit(d->cp[i])) {
        i++;
        if (i + 1 < d->n && is_number_separator(d->cp[i]) && is_digit(d->cp[i + 1]))
            i++;
    }
    return i;
}

/* Does the span ending at `end` end with a day or a month (6月25日, 2025年6月)? */
static bool ends_a_date(const decoded *d, size_t end)
{
    return end > 0 && (d->cp[end - 1] == 0x65E5 /* 日 */ || d->cp[end - 1] == 0x6708 /* 月 */);
}

/* A short bracketed label right after position `end` (（第2報）,
 * （速報）, （推計）): returns the position after its closing bracket, or
 * `end` when none follows. */
static size_t label_end(const decoded *d, size_t end)
{
    enum { MAX_LABEL_CHARS = 4 };            /* 第10報, 最終報, 追加報告 */
    if (end >= d->n || d->cp[end] != 0xFF08) /* （ */
        return end;
    for (size_t k = end + 1; k < d->n && k <= end + 1 + MAX_LABEL_CHARS; k++) {
        if (d->cp[k] == 0xFF09) /* ） */
            return k > end + 1 ? k + 1 : end;
        if (kj_jlreq_no_line_end(d->cp[k]) || is_closing_bracket(d->cp[k]) || d->cp[k] == '\n')
            return end;
        /* a number inside is a report's (第2報), else the brackets hold a
         * figure of their own (（前月10件）, （事案の32%）), no label */
        if (is_digit(d->cp[k]) && d->cp[k - 1] != 0x7B2C /* 第 */ && !is_digit(d->cp[k - 1]))
            return end;
    }
    return end;
}

/* Units after which a number goes on (2025年4月1日, 3万8千人, 10時30分,
 * 1年6か月): those of dates, times and large numbers. */
static bool continues_number(const decoded *d, const char *text, size_t at)
{
    static const char *const going_on[] = {"年度", "年", "月", "日", "時間", "時", "分",
                                           "週間", "週", "万", "億", "兆",   "千", "百"};
    for (size_t k = 0; k < sizeof going_on / sizeof going_on[0]; k++)
        if (match_word(d, text, at, going_on[k]))
            return true;
    return false;
}

/* A span must not grow so long that a narrow table cell cannot hold it. */
#define MAX_SPAN_CHARS 14

void kj_jlreq_nobreak_spans(const char *text, size_t len, kj_span_fn emit, void *ctx)
{
    decoded d;
    decode(text, len, &d);
    size_t i = 0;
    while (i < d.n) {
        size_t start = i, p = i;
        /* A prefix counts only when a digit follows it. */
        for (size_t k = 0; k < sizeof prefixes / sizeof prefixes[0]; k++) {
            size_t n = match_word(&d, text, i, prefixes[k]);
            if (n && i + n < d.n && is_digit(d.cp[i + n])) {
                p = i + n;
                break;
            }
        }
        if (p >= d.n || !is_digit(d.cp[p]) || (p == i && i > 0 && is_digit(d.cp[i - 1]))) {
            i++;
            continue;
        }
        /* number (unit unit?)* and again while a number follows a unit:
         * 2025年4月1日, 3万8千人, 10時30分 */
        size_t end = p;
        for (;;) {
            end = scan_number(&d, end);
            size_t units_here = 0, n, last = end;
            while (units_here < 2 && (n = match_unit(&d, text, end)) > 0) {
                last = end;
                end += n;
                units_here++;
            }
            /* only a unit of a date, a time or a large number goes on with
             * another number; `1組織60,011人` is two figures */
            if (units_here == 0 || end >= d.n || !is_digit(d.cp[end]) ||
                !continues_number(&d, text, last))
                break;
        }
        /* A lone number needs no help (Pango keeps digits together). */
        if (end - start > 1 && !(end == scan_number(&d, start) && p == start)) {
            size_t label = label_end(&d, end);
            if (end - start > MAX_SPAN_CHARS)
                end = start + MAX_SPAN_CHARS;
            emit(ctx, d.off[start], d.off[end]);
            /* 6月25日（第2報）: the date keeps its label (a span of its own,
             * so that a long date may still break after its year).  A
             * count's aside (8,000人（暫定）) may go to the next line: bound
             * to its count, ten characters that cannot break leave the
             * line before them set wide open; the aside itself stays whole. */
            if (label > end)
                emit(ctx, d.off[ends_a_date(&d, end) ? end - 1 : end], d.off[label]);
        }
        i = end > i ? end : i + 1;
    }
    decoded_free(&d);
}

void kj_jlreq_compress_spans(const char *text, size_t len, kj_span_fn emit, void *ctx)
{
    decoded d;
    decode(text, len, &d);
    for (size_t i = 0; i + 1 < d.n; i++) {
        uint32_t a = d.cp[i], b = d.cp[i + 1];
        bool a_closing = (is_closing_bracket(a) && a > 0x3000) || is_stop_or_comma(a);
        bool b_closing = (is_closing_bracket(b) && b > 0x3000) || is_stop_or_comma(b);
        if (a_closing && (b_closing || is_full_width_opening(b)))
            emit(ctx, d.off[i], d.off[i + 1]); /* a loses its trailing space */
        else if (is_full_width_opening(a) && is_full_width_opening(b))
            emit(ctx, d.off[i + 1], d.off[i + 2]); /* b loses its leading space */
    }
    decoded_free(&d);
}

/* ------------------------------------------------------------ words */

typedef enum script { OTHER, HIRAGANA, KATAKANA, KANJI } script;

static script script_of(uint32_t c)
{
    if ((c >= 0x3041 && c <= 0x3096) || c == 0x309D || c == 0x309E)
        return HIRAGANA;
    if ((c >= 0x30A1 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FE) ||
        (c >= 0x31F0 && c <= 0x31FF))
        return KATAKANA;
    if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
        (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFD) || c == 0x3005 ||
        c == 0x3006 || c == 0x30F6 || c == 0x30F5)
        return KANJI;
    return OTHER;
}

/* お or ご before a kanji: an honorific that belongs to it (お知らせ, ご報告). */
static bool is_honorific(const decoded *d, size_t i)
{
    return (d->cp[i] == 0x304A || d->cp[i] == 0x3054) && i + 1 < d->n &&
           script_of(d->cp[i + 1]) == KANJI;
}

/* May a word break fall between characters i - 1 and i?  After the kana
 * that close a word (当社が｜利用する｜メールシステムへの｜お知らせ), and
 * where kanji and katakana meet (株式会社｜ビジュアルワークス). */
static bool word_break_before(const decoded *d, size_t i)
{
    script a = script_of(d->cp[i - 1]), b = script_of(d->cp[i]);
    if (a == HIRAGANA)
        return b == HIRAGANA ? is_honorific(d, i) : !is_honorific(d, i - 1);
    return (a == KANJI && b == KATAKANA) || (a == KATAKANA && b == KANJI);
}

/* Calls `found(ctx, i, n)` for each term of `terms` in the decoded text,
 * leftmost and longest first: characters [i, i + n). */
static void find_terms(const decoded *d, const char *text, const kj_phrases *terms,
                       void (*found)(void *ctx, size_t i, size_t n), void *ctx)
{
    if (!terms || terms->n == 0)
        return;
    size_t len = d->off[d->n];
    for (size_t i = 0; i < d->n;) {
        const char *at = text + d->off[i];
        const kj_phrase *p = kj_phrases_may_start(terms, at, len - d->off[i])
                                 ? kj_phrases_at(terms, at, len - d->off[i])
                                 : NULL;
        size_t n = p ? match_word(d, text, i, p->text) : 0;
        if (n == 0) {
            i++;
            continue;
        }
        found(ctx, i, n);
        i += n;
    }
}

typedef struct term_emit {
    const decoded *d;
    kj_span_fn emit;
    void *ctx;
} term_emit;

static void emit_term(void *ctx, size_t i, size_t n)
{
    term_emit *te = ctx;
    te->emit(te->ctx, te->d->off[i], te->d->off[i + n]);
}

void kj_jlreq_term_spans(const char *text, size_t len, const kj_phrases *terms, kj_span_fn emit,
                         void *ctx)
{
    decoded d;
    decode(text, len, &d);
    term_emit te = {&d, emit, ctx};
    find_terms(&d, text, terms, emit_term, &te);
    decoded_free(&d);
}

/* Marks the ends of a term as word starts. */
static void mark_term(void *ctx, size_t i, size_t n)
{
    bool *starts = ctx;
    starts[i] = starts[i + n] = true;
}

/* The words of `text` of up to `max_chars` characters (0: any length). */
static void words(const char *text, size_t len, const kj_word_bounds *bounds, size_t max_chars,
                  kj_span_fn emit, void *ctx)
{
    decoded d;
    decode(text, len, &d);
    /* Where a word starts besides the scripts: at a term's ends
     * (株式会社｜日創, 医療法人社団｜白梅会), after a space the source had. */
    bool *starts = kj_xcalloc(d.n + 1, sizeof *starts);
    if (bounds) {
        find_terms(&d, text, bounds->terms, mark_term, starts);
        for (size_t k = 0, i = 0; k < bounds->n_starts; k++) {
            while (i < d.n && d.off[i] < bounds->starts[k])
                i++;
            if (i < d.n && d.off[i] == bounds->starts[k])
                starts[i] = true;
        }
    }
    size_t i = 0;
    while (i < d.n) {
        if (script_of(d.cp[i]) == OTHER) {
            i++;
            continue;
        }
        size_t start = i++;
        while (i < d.n && script_of(d.cp[i]) != OTHER && !starts[i] && !word_break_before(&d, i))
            i++;
        if (i - start >= 2 && (max_chars == 0 || i - start <= max_chars))
            emit(ctx, d.off[start], d.off[i]);
    }
    free(starts);
    decoded_free(&d);
}

void kj_jlreq_word_spans(const char *text, size_t len, const kj_word_bounds *bounds,
                         kj_span_fn emit, void *ctx)
{
    /* A longer run breaks where it must rather than starve its cell. */
    enum { MAX_WORD_CHARS = 10 };
    words(text, len, bounds, MAX_WORD_CHARS, emit, ctx);
}

void kj_jlreq_all_words(const char *text, size_t len, const kj_word_bounds *bounds, kj_span_fn emit,
                        void *ctx)
{
    words(text, len, bounds, 0, emit, ctx);
}

void kj_jlreq_widow_spans(const char *text, size_t len, size_t min_chars, kj_span_fn emit,
                          void *ctx)
{
    decoded d;
    decode(text, len, &d);
    size_t para_start = 0;
    for (size_t i = 0; i <= d.n; i++) {
        if (i < d.n && d.cp[i] != '\n')
            continue;
        /* Back from the paragraph's end over what may not start a line
         * (。」）), then over `min_chars` characters that count. */
        size_t k = i, counted = 0;
        while (k > para_start && (kj_jlreq_no_line_start(d.cp[k - 1]) || d.cp[k - 1] == ' '))
            k--;
        while (k > para_start && counted < min_chars) {
            k--;
            if (d.cp[k] != ' ')
                counted++;
        }
        /* Only a paragraph with more to it than its tail: one that is all
         * tail has nothing to pull down. */
        if (counted == min_chars && k > para_start + min_chars)
            emit(ctx, d.off[k], d.off[i]);
        para_start = i + 1;
    }
    decoded_free(&d);
}
