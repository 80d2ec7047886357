/*
 * cues.c — what grouping needs from a release's body, read before the body
 * is dropped.
 *
 * Loading an archive for statistics keeps facts, not text, so the few
 * things that tie a release to its predecessors are read here, on the
 * loader thread, while the text is still there:
 *
 *   - every day-precision date the body mentions (a follow-up repeats the
 *     day of the attack, or the day of the first notice);
 *   - the dates it cites as earlier publications (`1月20日付`,
 *     `2026年1月20日に公表いたしました`);
 *   - the titles it quotes (`「当社サーバーへの不正アクセスについて」にて
 *     お知らせした`), which name an earlier release of its own;
 *   - whether it calls itself a follow-up (`第1報でお知らせしたとおり`,
 *     `前回のお知らせ`, a line `続報` above the text) or a first report
 *     (`第一報としてご報告します`), whatever its title says;
 *   - a contractor it names as where the incident happened (`業務を委託して
 *     いる株式会社クラウドリンク（以下…）において`), or as the one it
 *     entrusted the work to (`株式会社Xに…業務を委託しており`: the breach
 *     may lie further down X's chain, which X's own notice names);
 *   - the platform on whose app market it says it offers its app
 *     (`弊社がXアプリマーケットにて提供しておりますアプリにおいて`);
 *   - how it refers to itself (当院, 本学, 本市 …), for the organisation type.
 *
 * A date or a title in a sentence that denies any link (`9月30日に公表した
 * 件とは無関係です`) is none of these: it names what this release is not.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/extract.h"
#include "kaiji/orgs.h"
#include "kaiji/phrases.h"
#include "kaiji/text.h"
#include "extract_internal.h"

/* ------------------------------------------------------------- reading */

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool starts(const char *s, size_t len, const char *lit, size_t *at)
{
    size_t n = strlen(lit);
    if (len - *at < n || memcmp(s + *at, lit, n) != 0)
        return false;
    *at += n;
    return true;
}

/*
 * Reads the date at s+at with kaiji's date grammar (kj_read_date), a date
 * without a year taking the year nearest the last date read, and moves the
 * context on: a month alone (`2025年10月`) anchors the dates after it as
 * its 1st.  Without a year, only a day written out counts: `4/27（日）、
 * 5/4（日）` is a list of opening days, a month alone (`①7月`) a heading,
 * and either would tie releases that share a calendar, not an incident.
 * Returns the bytes read (0: no date; a date never starts right after a
 * digit) and stores a day-precision date in *out (unset for a month).
 */
static size_t read_date(const char *s, size_t len, size_t at, kj_date_context *ctx, kj_date *out)
{
    *out = KJ_DATE_NONE;
    if (at > 0 && is_digit(s[at - 1]))
        return 0;
    kj_date d;
    unsigned flags;
    size_t n = kj_read_date(s + at, len - at, ctx, &d, &flags);
    if (!n || ((flags & KJ_DATEF_NO_YEAR) && (d.day == 0 || (flags & KJ_DATEF_NUMERIC))))
        return 0;
    if (flags & KJ_DATEF_PUBLICATION)
        return 0; /* `本日`: the release's own date, which ties no releases */
    ctx->previous = d.day ? d : (kj_date){d.year, d.month, 1};
    if (d.day)
        *out = d;
    return n;
}

/* ----------------------------------------------------- citing a release */

/* Wording right after a date that makes it the date of an earlier notice. */
static const kj_phrase cite_words[] = {
    {"付", 0, 0},       {"に公表", 0, 0},     {"に公開", 0, 0},         {"に掲載", 0, 0},
    {"に発表", 0, 0},   {"にお知らせ", 0, 0}, {"にご報告", 0, 0},       {"にご案内", 0, 0},
    {"にお伝え", 0, 0}, {"に報告", 0, 0},     {"に第", 0, 0},           {"公表", 0, 0},
    {"発表", 0, 0},     {"掲載", 0, 0},       {"のお知らせ", 0, 0},     {"のご報告", 0, 0},
    {"の公表", 0, 0},   {"の発表", 0, 0},     {"の第", 0, 0},           {"第", 0, 0},
    {"にて", 0, 0},     {"「", 0, 0},         {"プレスリリース", 0, 0}, {"ニュースリリース", 0, 0}};

/* Words that, a few characters after `日に` / `日、`, still make it a citation
 * (`1月20日に当社ウェブサイトにて公表`). */
static const kj_phrase cite_later_words[] = {{"公表", 0, 0},   {"お知らせ", 0, 0}, {"掲載", 0, 0},
                                             {"公開", 0, 0},   {"発表", 0, 0},     {"ご報告", 0, 0},
                                             {"ご案内", 0, 0}, {"リリース", 0, 0}};

/* Wording after a date or a quoted title, in the same sentence, that says the
 * release is not about it (`9月30日に公表した件とは無関係です`, `…とは
 * 別件のインシデントであり`). */
static const kj_phrase denial_word_list[] = {{"無関係", 0, 0},
                                             {"とは関係", 0, 0},
                                             {"関係はありません", 0, 0},
                                             {"関係ありません", 0, 0},
                                             {"関係はございません", 0, 0},
                                             {"とは関連", 0, 0},
                                             {"関連はありません", 0, 0},
                                             {"関連はございません", 0, 0},
                                             {"関連性はありません", 0, 0},
                                             {"関連性はございません", 0, 0},
                                             {"別件", 0, 0},
                                             {"別の事案", 0, 0},
                                             {"別事案", 0, 0},
                                             {"とは異なる", 0, 0}};

/* Wording by which a release refers back to an earlier notice of its own,
 * which makes it a follow-up (`第1報でお知らせしたとおり`, `前回のお知らせ`,
 * `既報のとおり`, `先般ご報告いたしました`). */
static const kj_phrase refer_back_list[] = {
    {"前回のお知らせ", 0, 0},    {"前回お知らせ", 0, 0},   {"前回の公表", 0, 0},
    {"前回公表", 0, 0},          {"前回のご報告", 0, 0},   {"前回ご報告", 0, 0},
    {"前回の報告", 0, 0},        {"前回報告", 0, 0},       {"前回の発表", 0, 0},
    {"前回発表", 0, 0},          {"前回のご案内", 0, 0},   {"既報", 0, 0},
    {"先般のお知らせ", 0, 0},    {"先般お知らせ", 0, 0},   {"先般ご報告", 0, 0},
    {"先般公表", 0, 0},          {"先般ご案内", 0, 0},     {"先般発表", 0, 0},
    {"先日お知らせ", 0, 0},      {"先日ご報告", 0, 0},     {"先日公表", 0, 0},
    {"既にお知らせ", 0, 0},      {"すでにお知らせ", 0, 0}, {"既にご報告", 0, 0},
    {"すでにご報告", 0, 0},      {"既にご案内", 0, 0},     {"すでにご案内", 0, 0},
    {"既に公表", 0, 0},          {"すでに公表", 0, 0},     {"かねてよりご案内", 0, 0},
    {"かねてよりお知らせ", 0, 0}};

/* A notice verb and what follows it when a release points at its own earlier
 * notice: `お知らせしたとおり`, `公表いたしました件`, `お知らせ済`. */
static const kj_phrase notice_verb_list[] = {{"お知らせ", 0, 0}, {"ご報告", 0, 0},
                                             {"公表", 0, 0},     {"ご案内", 0, 0},
                                             {"発表", 0, 0},     {"ご連絡", 0, 0}};
static const kj_phrase as_noticed_list[] = {{"したとおり", 0, 0},
                                            {"した通り", 0, 0},
                                            {"しましたとおり", 0, 0},
                                            {"しました通り", 0, 0},
                                            {"いたしましたとおり", 0, 0},
                                            {"いたしました通り", 0, 0},
                                            {"したように", 0, 0},
                                            {"しましたように", 0, 0},
                                            {"いたしましたように", 0, 0},
                                            {"しておりましたとおり", 0, 0},
                                            {"しておりました通り", 0, 0},
                                            {"しておりますとおり", 0, 0},
                                            {"しております通り", 0, 0},
                                            {"した件", 0, 0},
                                            {"しました件", 0, 0},
                                            {"済み", 0, 0},
                                            {"済", 0, 0}};

/* After `第1報` or `初報`, wording that makes it an earlier notice
 * (`第1報でお知らせした`, `第1報及び第2報`), unless a self_report_list
 * phrase says this release is it (`第1報です`). */
static const kj_phrase earlier_report_list[] = {
    {"で", 0, 0},     {"にて", 0, 0}, {"において", 0, 0}, {"及び", 0, 0},
    {"および", 0, 0}, {"、第", 0, 0}, {"・第", 0, 0}};

/* After `続報` or `第N報` (N ≥ 2): the release says it is one (`…の第二報を
 * お知らせいたします`, `続報です`); after 第1報 / 初報: a first report. */
static const kj_phrase self_report_list[] = {{"をお知らせいたします", 0, 0},
                                             {"をお知らせします", 0, 0},
                                             {"をご報告いたします", 0, 0},
                                             {"をご報告します", 0, 0},
                                             {"をご報告申し上げます", 0, 0},
                                             {"をご案内いたします", 0, 0},
                                             {"です", 0, 0},
                                             {"となります", 0, 0},
                                             {"でございます", 0, 0},
                                             {"として", 1, 0}};

/* A sentence with these speaks of a later report (`判明次第、続報を
 * お知らせいたします`), not of this one. */
static const kj_phrase future_word_list[] = {
    {"次第", 0, 0}, {"予定", 0, 0}, {"改めて", 0, 0}, {"あらためて", 0, 0}, {"今後", 0, 0},
    {"場合", 0, 0}, {"随時", 0, 0}, {"追って", 0, 0}, {"お待ち", 0, 0},     {"後日", 0, 0}};

/* Wording by which a release says it tells another incident than an earlier
 * one of its own (`前回のインシデントとは別件`, `再度インシデントが発生`). */
static const kj_phrase separate_word_list[] = {{"別件", 0, 0},
                                               {"別の事案", 0, 0},
                                               {"別事案", 0, 0},
                                               {"別のインシデント", 0, 0},
                                               {"再度インシデント", 0, 0},
                                               {"再びインシデント", 0, 0},
                                               {"新たなインシデント", 0, 0},
                                               {"再度、インシデント", 0, 0}};

/* A leak named right before `の有無` (`個人情報漏えいの有無`): whether it
 * happened is what is asked. */
static const kj_phrase leak_word_list[] = {
    {"漏えいの有無", 0, 0}, {"漏洩の有無", 0, 0}, {"流出の有無", 0, 0}, {"漏えい有無", 0, 0}};
/* …asked still: the search goes on (not `…の有無等の調査が完了`). */
static const kj_phrase still_asked_list[] = {
    {"調査中", 0, 0},       {"継続", 0, 0},   {"確認中", 0, 0},    {"進めて", 0, 0},
    {"調査を行って", 0, 0}, {"精査中", 0, 0}, {"分析を進め", 0, 0}};
static const kj_phrase answered_list[] = {{"完了", 0, 0}, {"終了", 0, 0}, {"結果", 0, 0}};

typedef struct cue_tables {
    kj_phrases cite_now;
    kj_phrases cite_later;
    kj_phrases denials;
    kj_phrases refer_back;
    kj_phrases notice_verbs;
    kj_phrases as_noticed;
    kj_phrases self_report;
    kj_phrases earlier_report;
    kj_phrases future;
    kj_phrases locations;
    kj_phrases company_forms;
    kj_phrases contract_words;
    kj_phrases lead_words;
    kj_phrases separate;
    kj_phrases leak_words;
    kj_phrases still_asked;
    kj_phrases answered;
} cue_tables;

static const kj_phrase location_words[] = {
    {"(以下", 0, 0},    {"において", 0, 0},     {"における", 0, 0}, {"が運営", 0, 0},
    {"が提供", 0, 0},   {"が管理", 0, 0},       {"のサーバ", 0, 0}, {"のシステム", 0, 0},
    {"の社内", 0, 0},   {"へのサイバー", 0, 0}, {"への不正", 0, 0}, {"がランサム", 0, 0},
    {"が第三者", 0, 0}, {"で発生", 0, 0},       {"にて発生", 0, 0}, {"が受けた", 0, 0},
    {"が被害", 0, 0},   {"社内", 0, 0}};

static const kj_phrase company_form_words[] = {
    {"株式会社", 0, 0}, {"有限会社", 0, 0}, {"合同会社", 0, 0}};

/* Only a contractor (委託) makes another company's breach this incident's
 * cause; a product vendor named in passing does not. */
static const kj_phrase contract_word_list[] = {{"委託", 0, 0}, {"受託", 0, 0}};

/* Words a backward scan may sweep into a name (`委託先東京損保鑑定株式会社`). */
static const kj_phrase lead_word_list[] = {
    {"業務委託先", 0, 0},   {"再委託先", 0, 0},   {"委託先", 0, 0}, {"委託業者", 0, 0},
    {"委託会社", 0, 0},     {"受託事業者", 0, 0}, {"受託者", 0, 0}, {"子会社", 0, 0},
    {"グループ会社", 0, 0}, {"関連会社", 0, 0},   {"取引先", 0, 0}};

static cue_tables tables;
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

#define INIT(set, list) kj_phrases_init(&tables.set, list, sizeof list / sizeof list[0])

static void init_tables(void)
{
    INIT(cite_now, cite_words);
    INIT(cite_later, cite_later_words);
    INIT(denials, denial_word_list);
    INIT(refer_back, refer_back_list);
    INIT(notice_verbs, notice_verb_list);
    INIT(as_noticed, as_noticed_list);
    INIT(self_report, self_report_list);
    INIT(earlier_report, earlier_report_list);
    INIT(future, future_word_list);
    INIT(locations, location_words);
    INIT(company_forms, company_form_words);
    INIT(contract_words, contract_word_list);
    INIT(lead_words, lead_word_list);
    INIT(separate, separate_word_list);
    INIT(leak_words, leak_word_list);
    INIT(still_asked, still_asked_list);
    INIT(answered, answered_list);
}

/* Length of the UTF-8 sequence starting with byte c. */
static size_t seq_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static bool is_stop(const char *s, size_t len)
{
    static const char *const stops[] = {"。", "、", "\n"};
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++) {
        size_t n = strlen(stops[i]);
        if (len >= n && memcmp(s, stops[i], n) == 0)
            return true;
    }
    return false;
}

/* `4月23日に建築局が発表した`, `同日に同社が公表した`: the citation word at
 * s+verb has a subject of its own written right before it (`Xが`), and X,
 * starting at s+from, is not the organisation's own word (当社, 弊社, 本県,
 * 本市…: 当/弊/本 and one more character at least).  Such a date is another
 * party's publication — a department's notice of other people's data about
 * the same contractor, the contractor's own page — not an earlier notice of
 * this incident by this organisation. */
static bool published_by_another(const char *s, size_t from, size_t verb)
{
    static const char *const own[] = {"当", "弊", "本"};
    if (verb < from + 3 + 3 || memcmp(s + verb - 3, "が", 3) != 0)
        return false;
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
        if (memcmp(s + from, own[i], strlen(own[i])) == 0)
            return false;
    return true;
}

/* `個人情報保護委員会には2024年6月6日に報告済み`, `警察署にも3月3日に報告`: the
 * date (s+from to s+at) of a report to an authority, which is no
 * publication — a card-skimming notice published months later names it as
 * the day the regulator was told, not as an earlier notice. */
static bool reported_to_an_authority(const char *s, size_t len, size_t from, size_t at)
{
    static const char *const authorities[] = {"委員会",   "警察",   "監督官庁", "所管官庁",
                                              "所管省庁", "官公庁", "労働局",   "財務局"};
    size_t n = strlen("報告");
    bool report = false;
    for (size_t p = at; p + n <= len && p < at + 24 && !report; p++) {
        if (is_stop(s + p, len - p))
            break;
        report = memcmp(s + p, "報告", n) == 0;
    }
    if (!report)
        return false;
    size_t start = from;
    for (int chars = 0; start > 0 && chars < 30; chars++) {
        size_t prev = start - 1;
        while (prev > 0 && ((unsigned char)s[prev] & 0xC0) == 0x80)
            prev--;
        if (is_stop(s + prev, len - prev) && memcmp(s + prev, "、", 3) != 0)
            break;
        start = prev;
    }
    for (size_t i = 0; i < sizeof authorities / sizeof authorities[0]; i++) {
        size_t k = strlen(authorities[i]);
        for (size_t p = start; p + k <= from; p++)
            if (memcmp(s + p, authorities[i], k) == 0)
                return true;
    }
    return false;
}

/* What the date ending at s+at is: a day of no publication, an earlier
 * notice (`1月20日に公表した`), or another party's publication
 * (`4月23日に建築局が発表した`). */
typedef enum { DATE_PLAIN, DATE_CITED, DATE_PUBLISHED_BY_ANOTHER } date_citation;

static date_citation cited_at(const char *s, size_t len, size_t from, size_t at)
{
    if (reported_to_an_authority(s, len, from, at))
        return DATE_PLAIN;
    /* Skip a weekday or time in brackets: `1月20日(月)`, `(火曜日)`. */
    if (at < len && s[at] == '(') {
        size_t close = at + 1;
        while (close < len && close < at + 16 && s[close] != ')')
            close++;
        if (close < len && s[close] == ')')
            at = close + 1;
    }
    if (kj_phrases_at(&tables.cite_now, s + at, len - at))
        return DATE_CITED;
    /* A timeline line: `1月20日(月) 対策本部の設置、外部に対する公表(第一報)`:
     * the day of a numbered report, however many steps come first. */
    for (size_t q = at; q < len && q < at + 240 && s[q] != '\n'; q++) {
        if (len - q >= 3 && memcmp(s + q, "。", 3) == 0)
            break;
        if (len - q >= 4 && memcmp(s + q, "(第", 4) == 0) {
            size_t e = q + 4;
            for (int chars = 0; e < len && chars < 3; chars++)
                e += seq_len((unsigned char)s[e]);
            for (size_t k = q + 4; k + 4 <= e + 3 && k + 4 <= len; k++)
                if (memcmp(s + k, "報)", 4) == 0)
                    return DATE_CITED;
        }
    }
    size_t p = at;
    if (!starts(s, len, "に", &p) && !starts(s, len, "、", &p))
        return DATE_PLAIN;
    /* A citation word later in the sentence, within sixty characters
     * (`2026年1月20日、当社の〜が不正アクセスを受けたことを公表いたしました`). */
    size_t subject = p;
    for (int chars = 0; p < len && chars < 60; chars++) {
        if (is_stop(s + p, len - p))
            return DATE_PLAIN;
        if (kj_phrases_at(&tables.cite_later, s + p, len - p))
            return published_by_another(s, subject, p) ? DATE_PUBLISHED_BY_ANOTHER : DATE_CITED;
        p += seq_len((unsigned char)s[p]);
    }
    return DATE_PLAIN;
}

/* Where the sentence holding s+at ends: its `。`, the line's end or `len`. */
static size_t sentence_end(const char *s, size_t len, size_t at)
{
    for (size_t p = at; p < len; p++)
        if (s[p] == '\n' || (len - p >= 3 && memcmp(s + p, "。", 3) == 0))
            return p;
    return len;
}

/* `個人情報漏えいの有無については、引き続き調査を継続`: does block text `s`
 * hold a sentence saying whether a leak happened is still being searched? */
static bool leak_still_in_question(const char *s, size_t len)
{
    for (size_t p = 0; p < len;) {
        size_t end = sentence_end(s, len, p);
        if (kj_phrases_in(&tables.leak_words, s + p, end - p) &&
            kj_phrases_in(&tables.still_asked, s + p, end - p) &&
            !kj_phrases_in(&tables.answered, s + p, end - p))
            return true;
        p = end < len ? end + 1 : len;
    }
    return false;
}

/* How far after a date or a quotation a denial is looked for: past a quoted
 * title to the end of a sentence, and no further however long the
 * sentence (a hostile block of dates without a `。` stays linear). */
#define DENIAL_REACH_BYTES 400

/* True when the rest of the sentence after s+at denies a link to what
 * stands before (`…に公表した件とは無関係です`). */
static bool denied_after(const char *s, size_t len, size_t at)
{
    size_t end = sentence_end(s, len < at + DENIAL_REACH_BYTES ? len : at + DENIAL_REACH_BYTES, at);
    return kj_phrases_in(&tables.denials, s + at, end - at);
}

/* ------------------------------------------------------ place in a chain */

/*
 * A report marker at s+at: `第N報` (N in digits or kanji numerals), `続報`
 * (N = 2) or `初報` (N = 1).  Returns its length and stores N, or 0.
 */
static size_t report_marker_at(const char *s, size_t len, size_t at, int *number)
{
    size_t p = at;
    if (starts(s, len, "続報", &p) || starts(s, len, "続々報", &p)) {
        *number = 2;
        return p - at;
    }
    if (starts(s, len, "初報", &p)) {
        *number = 1;
        return p - at;
    }
    if (!starts(s, len, "第", &p))
        return 0;
    while (p < len && s[p] == ' ') /* `第 3 報` */
        p++;
    kj_number n;
    size_t r = kj_read_number(s + p, len - p, &n);
    if (!r || (n.flags & (KJ_NUM_VAGUE | KJ_NUM_RANGE)) || n.value < 1 || n.value > 99)
        return 0;
    p += r;
    while (p < len && s[p] == ' ')
        p++;
    if (!starts(s, len, "報", &p))
        return 0;
    *number = (int)n.value;
    return p - at;
}

/* What one line standing alone says when it holds only a report marker and
 * a date or time (`■2026年2月10日 続報`, `【第2報】`): its N, else 0. */
static int marker_line(const char *s, size_t len)
{
    int number = 0;
    for (size_t p = 0; p < len;) {
        int n;
        size_t m = report_marker_at(s, len, p, &n);
        if (m) {
            if (number)
                return 0;
            number = n;
            p += m;
            continue;
        }
        size_t adv;
        int32_t cp = kj_utf8_decode(s + p, len - p, &adv);
        bool date_part = cp == 0x5E74 /* 年 */ || cp == 0x6708 /* 月 */ || cp == 0x65E5 /* 日 */ ||
                         cp == 0x6642 /* 時 */ || cp == 0x5206 /* 分 */;
        bool decoration = cp < 0x80
                              ? !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
                              : (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0x25A0 && cp <= 0x25FF) ||
                                    (cp >= 0xFF00 && cp <= 0xFF0F);
        if (cp < 0 || !(date_part || decoration))
            return 0;
        p += adv;
    }
    return number;
}

/*
 * What one sentence says about the release's place in its chain: 2 when it
 * refers back to an earlier notice (`第1報でお知らせしたとおり`) or calls
 * this release a follow-up (`本件の続報をお知らせいたします`), 1 when it
 * calls it a first report (`第一報としてご報告します`), else 0.  A
 * sentence about a later report (`判明次第、続報をお知らせします`) says
 * nothing of this one.
 */
static int sentence_role(const char *s, size_t len)
{
    bool future = kj_phrases_in(&tables.future, s, len);
    int role = 0;
    for (size_t p = 0; p < len; p += seq_len((unsigned char)s[p])) {
        if (kj_phrases_may_start(&tables.refer_back, s + p, len - p) &&
            kj_phrases_at(&tables.refer_back, s + p, len - p))
            return 2;
        const kj_phrase *verb = kj_phrases_may_start(&tables.notice_verbs, s + p, len - p)
                                    ? kj_phrases_at(&tables.notice_verbs, s + p, len - p)
                                    : NULL;
        if (verb) {
            size_t after = p + verb->len;
            /* `お知らせいたしましたとおり`: `いた` may come between */
            if (!kj_phrases_at(&tables.as_noticed, s + after, len - after))
                starts(s, len, "いた", &after);
            if (kj_phrases_at(&tables.as_noticed, s + after, len - after))
                return 2;
            continue;
        }
        int n;
        size_t m = report_marker_at(s, len, p, &n);
        if (!m)
            continue;
        const kj_phrase *says = kj_phrases_at(&tables.self_report, s + p + m, len - p - m);
        if (n == 1 && !says && kj_phrases_at(&tables.earlier_report, s + p + m, len - p - m))
            return 2; /* `第1報でお知らせした`: this one comes after it */
        if (future)
            continue;
        if (says && n >= 2 && says->value == 0)
            return 2;
        if (says && n == 1)
            role = 1;
    }
    return role;
}

/* The role one block adds to `role` (what earlier blocks said): 2 once a
 * sentence or a marker line makes the release a follow-up. */
static int read_role(const char *s, size_t len, int role)
{
    for (size_t at = 0; at < len && role < 2;) {
        size_t end = sentence_end(s, len, at);
        int line = marker_line(s + at, end - at);
        int says = line ? (line >= 2 ? 2 : 1)
                   : kj_phrases_in(&tables.denials, s + at, end - at)
                       ? 0 /* not this one */
                       : sentence_role(s + at, end - at);
        if (says > role)
            role = says;
        at = end + (end < len ? (s[end] == '\n' ? 1 : strlen("。")) : 0);
    }
    return role;
}

/* ---------------------------------------------------------- quoted titles */

#define MAX_QUOTED 8
#define QUOTE_MIN_CHARS 8
#define QUOTE_MAX_CHARS 100

typedef struct quote_list {
    const char *items[MAX_QUOTED];
    uint16_t n;
} quote_list;

/* The quotations of one block that may be titles (「…」 and 『…』 of
 * QUOTE_MIN_CHARS to QUOTE_MAX_CHARS characters), in `arena`. */
static void scan_quotes(kj_arena *arena, const char *s, size_t len, quote_list *quotes)
{
    static const char *const opens[] = {"「", "『"}, *const closes[] = {"」", "』"};
    for (size_t p = 0; p < len && quotes->n < MAX_QUOTED;) {
        int kind = -1;
        for (int k = 0; k < 2; k++)
            if (len - p >= 3 && memcmp(s + p, opens[k], 3) == 0)
                kind = k;
        if (kind < 0) {
            p++;
            continue;
        }
        size_t from = p + 3, q = from;
        int chars = 0;
        while (q < len && chars <= QUOTE_MAX_CHARS && s[q] != '\n' &&
               !(len - q >= 3 && memcmp(s + q, closes[kind], 3) == 0)) {
            q += seq_len((unsigned char)s[q]);
            chars++;
        }
        if (q < len && chars >= QUOTE_MIN_CHARS && chars <= QUOTE_MAX_CHARS &&
            memcmp(s + q, closes[kind], 3) == 0 && !denied_after(s, len, q + 3))
            quotes->items[quotes->n++] = kj_arena_strndup(arena, s + from, q - from);
        p = from;
    }
}

/* ------------------------------------------------------------ contractor */

static bool is_hiragana(int32_t cp)
{
    return cp >= 0x3041 && cp <= 0x309F;
}

/* Particles that cannot start a name: `株式会社が…` is no company. */
static bool is_particle(int32_t cp)
{
    static const int32_t particles[] = {
        0x304C /* が */, 0x306F /* は */, 0x306E /* の */, 0x3092 /* を */, 0x306B /* に */,
        0x3067 /* で */, 0x3068 /* と */, 0x3082 /* も */, 0x3078 /* へ */, 0x3084 /* や */};
    for (size_t i = 0; i < sizeof particles / sizeof particles[0]; i++)
        if (cp == particles[i])
            return true;
    return false;
}

static bool is_name_break(int32_t cp)
{
    switch (cp) {
    case ' ':
    case '(':
    case ')':
    case '[':
    case ']':
    case ',':
    case ':':
    case '/':
    case '"':
    case 0x3001: /* 、 */
    case 0x3002: /* 。 */
    case 0x300C: /* 「 */
    case 0x300D: /* 」 */
    case 0x300E: /* 『 */
    case 0x300F: /* 』 */
    case 0x3010: /* 【 */
    case 0x3011: /* 】 */
    case 0x3008: /* 〈 */
    case 0x3009: /* 〉 */
        return true;
    default:
        return cp < 0x20;
    }
}

static bool is_latin(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* The code point that ends just before s+at. */
static int32_t cp_before(const char *s, size_t at, size_t *start)
{
    size_t p = at;
    do
        p--;
    while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80);
    size_t adv;
    *start = p;
    return kj_utf8_decode(s + p, at - p, &adv);
}

#define NAME_MAX_CHARS 24
#define ASIDE_MAX_BYTES 160

/* True when the bracketed aside opening at s+at introduces a short name
 * (`(CEO:…、以下「…」)`) before it closes. */
static bool aside_names(const char *s, size_t len, size_t at)
{
    size_t end = at + ASIDE_MAX_BYTES < len ? at + ASIDE_MAX_BYTES : len;
    for (size_t p = at + 1; p + 6 <= end && s[p] != ')' && s[p] != '\n'; p++)
        if (memcmp(s + p, "以下", 6) == 0)
            return true;
    return false;
}

/* Does the clause from s+at say `word` before it ends (at 、, 。, a bracket
 * or the line's end)? */
static bool clause_has(const char *s, size_t len, size_t at, const char *word)
{
    size_t n = strlen(word);
    for (size_t p = at; p + n <= len; p += seq_len((unsigned char)s[p])) {
        if (is_stop(s + p, len - p) || s[p] == '(' || s[p] == ')')
            return false;
        if (memcmp(s + p, word, n) == 0)
            return true;
    }
    return false;
}

/*
 * `…株式会社に回答調査業務を委託しており`: the company named before s+at is
 * the one the organisation entrusted the work to — also when it is the first
 * of two the sentence names so (`株式会社AおよびB株式会社に…委託`), where
 * the `に` comes after the second's legal form.
 */
static bool entrusted_at(const char *s, size_t len, size_t at)
{
    static const char *const ands[] = {"および", "及び"};
    size_t ni = strlen("に");
    for (size_t i = 0; i < sizeof ands / sizeof ands[0]; i++) {
        size_t n = strlen(ands[i]);
        if (len - at < n || memcmp(s + at, ands[i], n) != 0)
            continue;
        size_t end = at + ASIDE_MAX_BYTES < len ? at + ASIDE_MAX_BYTES : len;
        for (size_t p = at + n; p + ni <= end; p += seq_len((unsigned char)s[p])) {
            if (is_stop(s + p, len - p))
                return false;
            if (memcmp(s + p, "に", ni) != 0)
                continue;
            for (size_t f = 0; f < sizeof company_form_words / sizeof company_form_words[0]; f++) {
                size_t fl = strlen(company_form_words[f].text);
                if (p - at >= fl && memcmp(s + p - fl, company_form_words[f].text, fl) == 0)
                    return clause_has(s, len, p + ni, "委託");
            }
            return false;
        }
        return false;
    }
    return len - at >= ni && memcmp(s + at, "に", ni) == 0 && clause_has(s, len, at + ni, "委託");
}

/*
 * A company named at s+at (where a legal form of `form_len` bytes starts),
 * followed by wording that places the incident there, or that says the
 * organisation entrusted it with the work (entrusted_at).  Returns the name's
 * span in [*from, *to) or false.
 */
static bool contractor_at(const char *s, size_t len, size_t at, size_t form_len, size_t *from,
                          size_t *to)
{
    /* 株式会社クラウドリンク（以下…: the name follows the form. */
    size_t p = at + form_len;
    for (int chars = 0; p < len && chars <= NAME_MAX_CHARS; chars++) {
        if (chars >= 2 &&
            (kj_phrases_at(&tables.locations, s + p, len - p) || entrusted_at(s, len, p))) {
            *from = at;
            *to = p;
            return true;
        }
        size_t adv;
        int32_t cp = kj_utf8_decode(s + p, len - p, &adv);
        /* 株式会社クラウドリンク（代表取締役：…、以下「クラウドリンク」）:
         * an aside that introduces the short name is `(以下` too */
        if (cp == '(' && chars >= 2 && aside_names(s, len, p)) {
            *from = at;
            *to = p;
            return true;
        }
        if (is_name_break(cp) || (chars == 0 && is_particle(cp)))
            break;
        p += adv;
    }
    /* 東京損保鑑定株式会社（以下…: the name precedes the form.  Scanning back
     * stops at kana-particles and the like (`委託している`), which also cuts
     * a name that starts with hiragana short, so a suffix-form name needs
     * three characters: `…印刷株式会社` alone is too common to match on. */
    size_t end = at + form_len;
    if (!kj_phrases_at(&tables.locations, s + end, len - end) && !entrusted_at(s, len, end))
        return false;
    size_t start = at;
    int chars = 0;
    while (start > 0 && chars < NAME_MAX_CHARS) {
        size_t prev;
        int32_t cp = cp_before(s, start, &prev);
        /* `ASKUL LOGIST株式会社`: a space between two Latin words is
         * inside the name */
        if (cp == ' ' && prev > 0 && is_latin(s[prev - 1]) && is_latin(s[start]))
            cp = 'a';
        if (cp < 0 || is_hiragana(cp) || is_name_break(cp))
            break;
        start = prev;
        chars++;
    }
    const kj_phrase *lead;
    while ((lead = kj_phrases_at(&tables.lead_words, s + start, at - start)) != NULL)
        start += lead->len;
    chars = 0;
    for (size_t q = start; q < at; q += seq_len((unsigned char)s[q]))
        chars++;
    if (chars < 3)
        return false;
    *from = start;
    *to = end;
    return true;
}

/* True when `key` is (part of) one of the release's own organisations,
 * which are keyed only now: few releases name a contractor at all. */
static bool is_own(kj_arena *arena, const char *key, const kj_overview *ov)
{
    for (size_t i = 0; i < ov->n_organizations; i++) {
        const char *own = kj_org_key(arena, ov->organizations[i]);
        if (own[0] && (strstr(own, key) || strstr(key, own)))
            return true;
    }
    return false;
}

/* The first contractor a sentence with 委託/受託 names, as a key. */
static const char *find_contractor(kj_arena *arena, const char *s, size_t len,
                                   const kj_overview *ov)
{
    size_t sentence_start = 0;
    while (sentence_start < len) {
        const char *end = strstr(s + sentence_start, "。");
        size_t stop = end ? (size_t)(end - s) : len;
        if (kj_phrases_in(&tables.contract_words, s + sentence_start, stop - sentence_start)) {
            for (size_t i = sentence_start; i < stop; i++) {
                const kj_phrase *form = kj_phrases_at(&tables.company_forms, s + i, stop - i);
                if (!form)
                    continue;
                size_t from, to;
                if (contractor_at(s, stop, i, form->len, &from, &to)) {
                    char *name = kj_arena_strndup(arena, s + from, to - from);
                    const char *key = kj_org_key(arena, name);
                    if (strlen(key) >= 6 && !is_own(arena, key, ov))
                        return key;
                }
                i += form->len - 1;
            }
        }
        sentence_start = stop + (end ? strlen("。") : 0);
    }
    return NULL;
}

/* ---------------------------------------------------------------- market */

/* Words naming a platform's market where others offer their apps. */
static const char *const market_words[] = {"アプリマーケット", "アプリストア",
                                           "マーケットプレイス"};

/*
 * The platform a sentence says the organisation offers its app on
 * (`弊社がXアプリマーケットにて提供しておりますアプリにおいて`), as a key:
 * the name written right before a market word (a `・` between them
 * dropped) back to a particle or a bracket, with 提供 later in its clause.  The platform's own
 * notice of an app on its market names itself, which is no other party.
 */
static const char *find_market(kj_arena *arena, const char *s, size_t len, const kj_overview *ov)
{
    for (size_t w = 0; w < sizeof market_words / sizeof market_words[0]; w++) {
        size_t wl = strlen(market_words[w]);
        for (const char *hit = strstr(s, market_words[w]); hit && (size_t)(hit - s) < len;
             hit = strstr(hit + wl, market_words[w])) {
            size_t at = (size_t)(hit - s);
            if (!clause_has(s, len, at + wl, "提供"))
                continue;
            size_t end = at;
            if (end >= 3 && memcmp(s + end - 3, "・", 3) == 0)
                end -= 3;
            size_t start = end;
            for (int chars = 0; start > 0 && chars < NAME_MAX_CHARS; chars++) {
                size_t prev;
                int32_t cp = cp_before(s, start, &prev);
                /* a particle ends the name (`弊社が`), other kana do not:
                 * platforms have kana names */
                if (cp < 0 || is_particle(cp) || is_name_break(cp))
                    break;
                start = prev;
            }
            if (start == end)
                continue;
            char *name = kj_arena_strndup(arena, s + start, end - start);
            const char *key = kj_org_key(arena, name);
            if (strlen(key) >= 6 && !is_own(arena, key, ov))
                return key;
        }
    }
    return NULL;
}

/* ------------------------------------------------------------------ scan */

typedef struct date_list {
    kj_date *items;
    size_t n, cap;
} date_list;

static void date_list_add(date_list *l, kj_date d)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 32;
        l->items = kj_xrealloc(l->items, l->cap * sizeof *l->items);
    }
    l->items[l->n++] = d;
}

static int date_order(const void *a, const void *b)
{
    return kj_date_cmp(*(const kj_date *)a, *(const kj_date *)b);
}

/* Sorts, removes repeats and copies into the release arena. */
static kj_date *date_list_store(kj_arena *arena, date_list *l, uint16_t *count)
{
    if (l->n == 0) {
        *count = 0;
        return NULL;
    }
    qsort(l->items, l->n, sizeof *l->items, date_order); /* l->n > 0 */
    size_t kept = 0;
    for (size_t i = 0; i < l->n && kept < UINT16_MAX; i++)
        if (kept == 0 || kj_date_cmp(l->items[kept - 1], l->items[i]) != 0)
            l->items[kept++] = l->items[i];
    kj_date *out = kj_arena_alloc(arena, kept * sizeof *out);
    memcpy(out, l->items, kept * sizeof *out);
    *count = (uint16_t)kept;
    return out;
}

/*
 * Every date of one block, in order (the context of `同月`, `翌` and
 * years left out runs on from date to date).  Every date form has an ASCII
 * digit, so the scan jumps from digit run to digit run rather than trying
 * each character.
 */
static void scan_dates(const char *s, size_t len, kj_date_context *ctx, date_list *dates,
                       date_list *cited, date_list *by_others)
{
    size_t floor = 0;
    for (size_t i = 0; i < len;) {
        i += strcspn(s + i, "0123456789"); /* SIMD in every libc that matters */
        if (i >= len)
            break;
        size_t from = kj_date_lead(s, i, floor);
        kj_date d;
        size_t n = read_date(s, len, from, ctx, &d);
        if (!n && from != i)
            n = read_date(s, len, from = i, ctx, &d);
        if (!n) {
            while (i < len && is_digit(s[i]))
                i++;
            continue;
        }
        /* `9月30日に公表した件とは無関係です` names what this is not */
        if (kj_date_is_set(d) && !denied_after(s, len, from + n)) {
            date_list_add(dates, d);
            date_citation c = cited_at(s, len, from, from + n);
            if (c == DATE_CITED)
                date_list_add(cited, d);
            else if (c == DATE_PUBLISHED_BY_ANOTHER)
                date_list_add(by_others, d);
        }
        i = floor = from + n;
    }
}

/* Counts the self-references of each organisation type (当院, 本学 …). */
static void count_self_references(const char *s, size_t len, int count[KJ_ORG__COUNT])
{
    const kj_phrases *cues = kj_org_self_references();
    for (size_t i = 0; i < len;) {
        const kj_phrase *self_reference =
            kj_phrases_may_start(cues, s + i, len - i) ? kj_phrases_at(cues, s + i, len - i) : NULL;
        if (self_reference) {
            count[self_reference->value]++;
            i += self_reference->len;
        } else {
            i += seq_len((unsigned char)s[i]);
        }
    }
}

/* The type most self-references point to; -1 for none or a tie. */
static int8_t dominant_type(const int count[KJ_ORG__COUNT])
{
    int best = -1, best_count = 0;
    bool tie = false;
    for (int type = 0; type < KJ_ORG__COUNT; type++) {
        if (count[type] > best_count) {
            best = type;
            best_count = count[type];
            tie = false;
        } else if (count[type] > 0 && count[type] == best_count) {
            tie = true;
        }
    }
    return (int8_t)(tie ? -1 : best);
}

/* True when every organisation's name gives its type, so that the text's
 * self-references will never be asked for. */
static bool names_give_types(kj_release *rel)
{
    if (!rel->overview.n_organizations)
        return false;
    for (size_t i = 0; i < rel->overview.n_organizations; i++) {
        size_t len;
        const char *plain = kj_org_plain(rel->arena, rel->overview.organizations[i], &len);
        if (kj_org_name_type(plain, len) < 0)
            return false;
    }
    return true;
}

void kj_scan_cues(kj_release *rel)
{
    if (!rel || (rel->flags & (KJ_RELEASE_TEXT_DROPPED | KJ_RELEASE_SKIPPED)))
        return;
    pthread_once(&tables_once, init_tables);
    bool need_self = !names_give_types(rel);

    date_list dates = {0}, cited = {0}, by_others = {0};
    int self_count[KJ_ORG__COUNT] = {0};
    kj_date_context ctx = {.published = rel->published, .rules = KJ_DATE_NEAREST_YEAR};
    const char *contractor = NULL, *market = NULL;
    quote_list quotes = {0};
    int role = 0;
    bool separate = false, in_question = false;
    for (size_t b = 0; b < rel->doc.n_blocks; b++) {
        const kj_text *t = &rel->doc.blocks[b].text;
        scan_dates(t->norm, t->norm_len, &ctx, &dates, &cited, &by_others);
        separate = separate || kj_phrases_in(&tables.separate, t->norm, t->norm_len);
        in_question = in_question || leak_still_in_question(t->norm, t->norm_len);
        scan_quotes(rel->arena, t->norm, t->norm_len, &quotes);
        if (role < 2)
            role = read_role(t->norm, t->norm_len, role);
        if (need_self)
            count_self_references(t->norm, t->norm_len, self_count);
        /* One strstr for 託 (委託, 受託) is much cheaper than a phrase scan,
         * and few blocks qualify. */
        if (!contractor && strstr(t->norm, "託"))
            contractor = find_contractor(rel->arena, t->norm, t->norm_len, &rel->overview);
        if (!market && strstr(t->norm, "提供"))
            market = find_market(rel->arena, t->norm, t->norm_len, &rel->overview);
    }

    kj_cues *cues = &rel->cues;
    cues->dates = date_list_store(rel->arena, &dates, &cues->n_dates);
    cues->cited = date_list_store(rel->arena, &cited, &cues->n_cited);
    cues->published_by_others =
        date_list_store(rel->arena, &by_others, &cues->n_published_by_others);
    cues->contractor = contractor;
    cues->market = market;
    cues->follow_up = role == 2;
    cues->first_report = role == 1;
    cues->separate_incident = separate;
    cues->leak_in_question = in_question;
    if (quotes.n) {
        cues->quoted = kj_arena_alloc(rel->arena, quotes.n * sizeof *cues->quoted);
        memcpy(cues->quoted, quotes.items, quotes.n * sizeof *cues->quoted);
        cues->n_quoted = quotes.n;
    }
    cues->self_type = need_self ? dominant_type(self_count) : -1;
    cues->scanned = true;
    free(dates.items);
    free(cited.items);
    free(by_others.items);
}
