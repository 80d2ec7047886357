/*
 * facts_origin.c — where a third party's incident happened (origin).
 *
 * When the incident happened at a contractor, vendor, cloud service or
 * group company, the release usually names it in the sentence that places
 * the incident there: `当社が利用している株式会社X(以下、X)が提供するメール
 * サービスに不正アクセス`, `制作業者「Y印刷株式会社」において`, `Z社の運営する
 * システムにおいて`, `W株式会社より…報告を受け`.  A name counts only when
 * what follows it places the incident or the report there (において, が提供
 * する, の…システム, より報告); a name that is impersonated (を装った), an
 * investigator (に調査を依頼) or one of the release's own organisations does
 * not.  `同社は…` in a later sentence about the incident points back to the
 * last company named.
 *
 * Names are companies with a legal form (株式会社X, X株式会社, X(株), X社
 * for a Latin or katakana X, `X Inc.`), services (`IIJセキュアMXサービス`,
 * a short quoted name `「LoGoフォーム」`), and script domains
 * (`cdn.example[.]io`).  Other names the text gives the same party — an
 * abbreviation `(以下、X)`, the company behind a service in the same
 * phrase — are kept as aliases, so that notices naming the party
 * differently still meet in one wave (aggregate/waves.c).
 *
 * This file reads the normalised text of the sentences it looks at: names
 * are not lexicon words.
 */
#include <string.h>

#include "extract_internal.h"

#define MAX_NAME_CHARS 40
#define MAX_ALIASES 6

/* ------------------------------------------------------------ characters */

static int32_t decode_at(const char *s, size_t len, size_t at, size_t *adv)
{
    return kj_utf8_decode(s + at, len - at, adv);
}

/* The code point ending just before s+at, its start in *start. */
static int32_t decode_before(const char *s, size_t at, size_t *start)
{
    size_t p = at;
    do
        p--;
    while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80);
    size_t adv;
    *start = p;
    return kj_utf8_decode(s + p, at - p, &adv);
}

static bool is_hiragana(int32_t c)
{
    return c >= 0x3041 && c <= 0x309F;
}

static bool is_katakana(int32_t c)
{
    return (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC; /* ー */
}

static bool is_kanji(int32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || c == 0x3005; /* 々 */
}

static bool is_latin(int32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool is_digit(int32_t c)
{
    return c >= '0' && c <= '9';
}

/* Characters a name is made of (a Latin name may hold `&`, `-`, `.`). */
static bool is_name_char(int32_t c)
{
    return is_katakana(c) || is_kanji(c) || is_latin(c) || is_digit(c) || c == '&' || c == '-' ||
           c == 0x30FB /* ・ */;
}

/* Byte by byte, stopping at the first difference: called at every byte of
 * every sentence for every word of the lists, where most calls fail at once
 * (a strlen and a memcmp call for each were half the export's time). */
static bool starts_with(const char *s, size_t len, size_t at, const char *lit)
{
    for (size_t i = 0; lit[i]; i++)
        if (at + i >= len || s[at + i] != lit[i])
            return false;
    return at <= len;
}

static bool starts_with_any(const char *s, size_t len, size_t at, const char *const *lits)
{
    for (; *lits; lits++)
        if (starts_with(s, len, at, *lits))
            return true;
    return false;
}

/* ------------------------------------------------------------ word lists */

/* Legal forms before or after a company's name (normalised: （株） is (株)). */
static const char *const prefix_forms[] = {"株式会社",
                                           "有限会社",
                                           "合同会社",
                                           "合資会社",
                                           "一般社団法人",
                                           "一般財団法人",
                                           "公益社団法人",
                                           "公益財団法人",
                                           "(株)",
                                           "(有)",
                                           NULL};
static const char *const suffix_forms[] = {"株式会社", "有限会社", "合同会社", "股份有限公司",
                                           "有限公司", "(株)",     "(有)",     NULL};
static const char *const latin_forms[] = {
    ", Inc.",       " Inc.",        ",Inc.",    ", INC.",     ", INC",    " INC.",    ", LTD.",
    " Co., Ltd.",   " Co.,Ltd.",    " Co.,Ltd", " CO., LTD.", " Ltd.",    " LTD.",    " LLC",
    " Corporation", " CORPORATION", " Corp.",   " GmbH",      " Limited", " LIMITED", NULL};

/* Role words that can run into a suffix-form name written without a break
 * (`受注業者斎藤コロタイプ印刷株式会社`): the name starts after the last. */
static const char *const role_words[] = {
    "委託先", "委託業者", "受注業者", "受託業者",     "事業者",   "業者",     "運営会社",
    "提供元", "ベンダー", "子会社",   "グループ会社", "関連会社", "保険会社", "印刷会社",
    "社名",   "会社名",   "である",   "の",           "先",       NULL};

/* What follows a name (after any bracketed aside) that places the incident,
 * or its report, at that party. */
static const char *const placements[] = {
    "において",       "における",   "におきまして", "にて",       "で発生",
    "での",           "で不正",     "でランサム",   "が提供",     "の提供",
    "が運営",         "の運営",     "が運用",       "の運用",     "が管理",
    "の管理",         "が使用",     "が利用",       "が保有",     "が保管",
    "が受け",         "がサイバー", "がランサム",   "が不正",     "が第三者",
    "が外部",         "に対する",   "に対して",     "に対し",     "への不正",
    "へのサイバー",   "への攻撃",   "へのランサム", "への第三者", "へのハッキング",
    "へのマルウェア", "へ不正",     "に不正",       "がシステム", "が受託",
    "が、",           "提供の",     "はランサム",   "はサイバー", "は不正アクセス",
    "は第三者",       NULL};

/* What follows a name that runs a service (`が運営する`). */
static const char *const runs_a_service[] = {"が運営", "の運営", "が提供",
                                             "の提供", "が運用", NULL};

/* `の` placements: `X社のメールシステムにおいて`: a system or service word
 * within a few characters. */
static const char *const system_words[] = {
    "システム",     "サーバ",       "サービス", "クラウド", "工場",
    "ネットワーク", "データベース", "環境",     "設備",     "プラットフォーム",
    "ウェブサイト", "サイト",       "拠点",     "ツール",   NULL};

/* What follows a name that only reported the incident (an intermediary, or
 * the origin telling its clients: `X株式会社から調査完了の報告を受け`). */
static const char *const reports[] = {
    "より報告",   "より連絡", "より通知", "から報告", "から連絡", "から通知", "からの報告",
    "からの連絡", "より、",   "から、",   "より,",    "から,",    "から発表", "より発表",
    "の発表",     "が発表",   "から調査", "より調査", NULL};

/* What follows a name that passed the work on to the party it names next
 * (`X写真館の再委託先であるY`, `X写真館において、再受注先であるY`): the
 * breached one is at the chain's end, X only an intermediary. */
static const char *const chain_links[] = {
    "の再委託先",   "の再受注先",  "の委託先",   "の業務委託先",
    "において、再", "において,再", "において再", NULL};

/* Nouns of a report, a few characters after `より`, and what says it
 * was received. */
static const char *const report_nouns[] = {"報告", "連絡", "通知", NULL};
static const char *const received[] = {"受", "あり", "あっ", "が入", "いただ", "頂", NULL};

/* After a report noun: `を受け`, `を過日2月26日に受けました`, `がありました` —
 * received, not promised (`ご連絡いたします`, `ご連絡を差し上げます`). */
static bool report_received(const char *s, size_t len, size_t at)
{
    if (!starts_with(s, len, at, "を") && !starts_with(s, len, at, "が"))
        return false;
    at += strlen("を");
    for (int chars = 0; at < len && chars < 16; chars++) {
        if (starts_with_any(s, len, at, received))
            return true;
        size_t adv;
        int32_t c = decode_at(s, len, at, &adv);
        if (c == 0x3001 || c == 0x3002 || starts_with(s, len, at, "差し上げ"))
            return false;
        at += adv;
    }
    return false;
}

/* A name followed by these is impersonated, investigating or advising. */
static const char *const not_origin[] = {
    "を装",   "をかた", "を騙",   "になりすま", "の名をかた", "の名を騙", "に調査", "による調査",
    "の調査", "に依頼", "の協力", "の支援",     "と連携",     "と協力",   NULL};

/* Service names: a Latin / katakana run ending in one of these. */
static const char *const service_tails[] = {"サービス", "システム",         "クラウド",
                                            "フォーム", "プラットフォーム", NULL};

/* Anaphora for the last company named. */
static const char *const anaphora[] = {"同社",       "同サービス", "当該サービス",
                                       "当該事業者", "同事業者",   "当該会社",
                                       "同業者",     "当該業者",   NULL};

/* Names too common to be an origin on their own. */
static const char *const generic_names[] = {"サービス",
                                            "システム",
                                            "クラウド",
                                            "クラウドサービス",
                                            "メールサービス",
                                            "メールシステム",
                                            "外部サービス",
                                            "フォーム",
                                            "プラットフォーム",
                                            "ウェブサービス",
                                            "Webサービス",
                                            "セキュリティサービス",
                                            "メールセキュリティサービス",
                                            "ITサービス",
                                            "SaaS",
                                            "ASP",
                                            "委託先",
                                            "再委託先",
                                            "業務委託先",
                                            "当該事業者",
                                            "当該サイト",
                                            "同サイト",
                                            "マイページ",
                                            "物流会社",
                                            "当該サービス",
                                            "同サービス",
                                            "当該システム",
                                            "同システム",
                                            "ITシステム",
                                            "システム会社",
                                            "印刷会社",
                                            "運営会社",
                                            "保守会社",
                                            "開発会社",
                                            "制作会社",
                                            "管理会社",
                                            "同社",
                                            "当社",
                                            "弊社",
                                            "Webシステム",
                                            "WEBシステム",
                                            "webシステム",
                                            "ベンダー",
                                            "外部ベンダー",
                                            "アプリベンダー",
                                            "外部アプリベンダー",
                                            "システムベンダー",
                                            "外部事業者",
                                            "外部業者",
                                            NULL};

/* ----------------------------------------------------------------- names */

typedef struct span {
    size_t from, to;
} span;

/* Skips a bracketed aside `(以下、X)` / `(埼玉県…)` / `《…》` at `at`;
 * returns the position after it (or `at`).  The aside's inside is in
 * *inside when asked. */
static size_t skip_aside(const char *s, size_t len, size_t at, span *inside)
{
    static const char *const opens[] = {"(", "《", "〈", "【", NULL};
    static const char *const closes[] = {")", "》", "〉", "】", NULL};
    for (int k = 0; opens[k]; k++) {
        if (!starts_with(s, len, at, opens[k]))
            continue;
        size_t p = at + strlen(opens[k]);
        int depth = 0; /* `(以下,(株)X)`: a bracket inside the aside */
        for (size_t q = p; q < len && q < p + 240; q++) {
            if (starts_with(s, len, q, opens[k]))
                depth++;
            else if (depth > 0 && starts_with(s, len, q, closes[k]))
                depth--;
            else if (starts_with(s, len, q, closes[k])) {
                if (inside)
                    *inside = (span){p, q};
                return q + strlen(closes[k]);
            }
        }
        return at;
    }
    return at;
}

/* Does what follows s+at (asides skipped) place the incident at the name? */
/* Words of an aside that names the party as the one in question
 * (`「X株式会社」(以下「当該事業者」という。)`). */
static const char *const in_question[] = {"当該事業者", "当該業者",   "当該会社",
                                          "当該企業",   "本印刷会社", "委託先",
                                          "受託者",     "受託事業者", NULL};

/* Does a quotation start at s+at that holds one of `words` (NULL-ended)
 * within `reach` bytes, before it closes? */
static bool quote_speaks_of(const char *s, size_t len, size_t at, const char *const *words,
                            size_t reach)
{
    if (!starts_with(s, len, at, "「"))
        return false;
    for (size_t p = at; p < len && p < at + reach && !starts_with(s, len, p, "」"); p++)
        if (starts_with_any(s, len, p, words))
            return true;
    return false;
}

/* Does a quotation start at s+at that speaks of an attack? */
static bool quote_tells_attack(const char *s, size_t len, size_t at)
{
    static const char *const attack[] = {"ランサム", "不正アクセス", "サイバー攻撃", "不正侵入",
                                         NULL};
    return quote_speaks_of(s, len, at, attack, 150);
}

/*
 * `株式会社Xから発表のあった「Yサービスにおけるお客様情報の漏えいについて」
 * を受け`, `X社が公表した「当社システムへの不正アクセスについて」`: the
 * party's own announcement, quoted by the title of a notice about an attack
 * on it or a leak from it — a client reacting to its provider's breach.
 * Does an announcement verb follow s+at, and within a few characters a
 * quotation that tells such an incident?
 */
static bool announced_breach_after(const char *s, size_t len, size_t at)
{
    static const char *const announced[] = {"から発表", "より発表", "が発表", "から公表",
                                            "より公表", "が公表",   "の発表", NULL};
    static const char *const breach[] = {"ランサム", "不正アクセス", "サイバー攻撃", "不正侵入",
                                         "漏えい",   "漏洩",         "流出",         NULL};
    if (!starts_with_any(s, len, at, announced))
        return false;
    /* `から発表のあった「`, `が発表した「`, `が2月1日に公表した「` */
    size_t p = at;
    for (int chars = 0; p < len && chars < 14 && !starts_with(s, len, p, "「"); chars++) {
        size_t adv;
        int32_t c = decode_at(s, len, p, &adv);
        if (c == 0x3001 || c == 0x3002) /* 、。 */
            return false;
        p += adv;
    }
    return quote_speaks_of(s, len, p, breach, 240); /* a title tells a leak at length */
}

/*
 * `IIJ社・メールセキュリティへの不正アクセスについて`: a name joined by ・ to
 * the product or service of it where the attack happened (a title's short
 * form of `X社のYへの不正アクセス`).  Does ・ follow s+at, then a short run
 * of a name's characters, then a word that places an attack there?  Only
 * the attack's own words: `X社・Y社の調査において` names no breach.
 */
static bool joined_product_placed(const char *s, size_t len, size_t at)
{
    static const char *const attacked[] = {
        "への不正",   "へのサイバー",   "への攻撃",       "へのランサム",
        "への第三者", "へのハッキング", "へのマルウェア", NULL};
    if (!starts_with(s, len, at, "・"))
        return false;
    size_t p = at + strlen("・");
    int chars = 0;
    for (; p < len && chars < 14; chars++) {
        size_t adv;
        int32_t c = decode_at(s, len, p, &adv);
        if (!is_katakana(c) && !is_kanji(c) && !is_latin(c) && !is_digit(c))
            break;
        p += adv;
    }
    return chars >= 2 && starts_with_any(s, len, p, attacked);
}

/* `が英国で運営する`, `が市内で運営している`: a party running something
 * somewhere — a short place, then で and a verb of running. */
static bool runs_a_place_there(const char *s, size_t len, size_t at)
{
    static const char *const runs[] = {"で運営する", "で運営している", "で運用する", NULL};
    if (!starts_with(s, len, at, "が"))
        return false;
    size_t p = at + strlen("が");
    for (int chars = 0; p < len && chars < 8; chars++) {
        if (starts_with_any(s, len, p, runs))
            return chars >= 1;
        size_t adv;
        int32_t c = decode_at(s, len, p, &adv);
        if (!is_kanji(c) && !is_katakana(c))
            return false;
        p += adv;
    }
    return false;
}

/* Steps `*at` over up to `most` bracketed asides after a name; true when
 * one of them calls the name the party in question (以下「当該事業者」). */
static bool asides_name_it_in_question(const char *s, size_t len, size_t *at, int most)
{
    for (int i = 0; i < most; i++) {
        span in;
        size_t next = skip_aside(s, len, *at, &in);
        if (next == *at)
            break;
        for (size_t p = in.from; p < in.to; p++)
            if (starts_with_any(s, in.to, p, in_question))
                return true;
        *at = next;
    }
    return false;
}

/* How strongly what follows s+at (asides skipped) places the incident at
 * the name: 3 the text calls it the party in question (以下「当該事業者」),
 * 2 the incident itself (において, への不正アクセス, のサーバ), 1 only its
 * report (より報告, から、), 0 not at all. */
static int placement_after(const char *s, size_t len, size_t at)
{
    if (asides_name_it_in_question(s, len, &at, 3))
        return 3;
    while (at < len && s[at] == ' ')
        at++;
    /* `事業者(X株式会社:宮城県仙台市)の工場`: the rest of the bracket the name
     * opens is its address */
    if (at < len && s[at] == ':') {
        int depth = 0; /* `(株式会社X:以降,(株)X)`: a bracket inside */
        for (size_t p = at; p < len && p < at + 90; p++) {
            if (s[p] == '(')
                depth++;
            else if (s[p] == ')' && depth > 0)
                depth--;
            else if (s[p] == ')') {
                at = p;
                break;
            }
        }
    }
    /* the name closes a bracket: `提供元(株式会社X)より`, `「LoGoフォーム」において` */
    if (starts_with(s, len, at, "」") || starts_with(s, len, at, "』") ||
        starts_with(s, len, at, ")")) {
        at += starts_with(s, len, at, ")") ? 1 : 3;
        /* `「X株式会社」(本社・仙台市)に対し`, `「X」(以下、「当該事業者」という。)` */
        if (asides_name_it_in_question(s, len, &at, 2))
            return 3;
    }
    while (at < len && s[at] == ' ')
        at++;
    if (starts_with_any(s, len, at, not_origin))
        return 0;
    if (announced_breach_after(s, len, at) || joined_product_placed(s, len, at))
        return 2;
    if (starts_with_any(s, len, at, reports) || starts_with_any(s, len, at, chain_links))
        return 1;
    /* `X(以下、制作会社)より不正アクセスの報告を受け`: what it reported
     * between the name and the report */
    if (starts_with(s, len, at, "より") || starts_with(s, len, at, "から")) {
        size_t p = at + strlen("より");
        for (int chars = 0; p < len && chars < 60; chars++) {
            /* received (`の報告を受け`, `の連絡があり`), not promised
             * (`から個別にご連絡いたします`) */
            if (starts_with_any(s, len, p, report_nouns) &&
                report_received(s, len, p + strlen("報告")))
                return 1;
            size_t adv;
            int32_t c = decode_at(s, len, p, &adv);
            if (c == 0x3001 || c == 0x3002 || c == ',') /* 、。, */
                break;
            p += adv;
        }
    }
    /* `X株式会社が運営するサービスをご利用いただいているお取引先`: whose
     * data, not where it happened */
    if (starts_with_any(s, len, at, runs_a_service) && kj_service_users_follow(s, len, at))
        return 0;
    /* `業務を委託した「X」が、…を再委託した、「Y」の入力ツールが…`: a
     * subject with a comma says only that what follows is about X — a
     * party the sentence places the incident at more closely outranks it */
    if (starts_with(s, len, at, "が、"))
        return 1;
    if (starts_with_any(s, len, at, placements) || starts_with_any(s, len, at, system_words))
        return 2; /* `IIJ社メールシステムへの不正アクセス` */
    /* `海外子会社「X」が英国で運営するホテル「Y」において`: the party that runs
     * the place named next, where it happened */
    if (runs_a_place_there(s, len, at))
        return 2;
    /* `斎藤コロタイプ印刷株式会社「弊社工場へのランサムウェア攻撃に関するお知らせ」`:
     * the party and the title of its notice about the attack;
     * `X株式会社(以後、X)の「ランサムウェア感染によるシステム障害」`: the
     * party's own quoted words for what happened to it */
    if (quote_tells_attack(s, len, at) ||
        (starts_with(s, len, at, "の") && quote_tells_attack(s, len, at + strlen("の"))))
        return 2;
    if (starts_with(s, len, at, "の") || starts_with(s, len, at, "が")) {
        /* X社の(メール)システム, X社が使用しているサーバ */
        size_t p = at + 3;
        for (int chars = 0; p < len && chars < 12; chars++) {
            if (starts_with_any(s, len, p, system_words))
                return 2;
            size_t adv;
            int32_t c = decode_at(s, len, p, &adv);
            if (c == 0x3001 || c == 0x3002) /* 、。 */
                break;
            p += adv;
        }
    }
    return 0;
}

/* Is `name` too generic, or a placeholder (A社, 〇〇社)? */
static bool generic(const char *s, span n)
{
    size_t len = n.to - n.from;
    /* titles and places, not parties: 社長, 代表取締役, 本社 */
    static const char *const not_names[] = {"社長", "取締役", "本社", "所在地", "代表者", NULL};
    for (size_t p = n.from; p < n.to; p++)
        if (starts_with_any(s, n.to, p, not_names))
            return true;
    for (const char *const *g = generic_names; *g; g++)
        if (strlen(*g) == len && memcmp(s + n.from, *g, len) == 0)
            return true;
    size_t chars = 0;
    bool latin = false, distinctive = false;
    for (size_t p = n.from; p < n.to;) {
        size_t adv;
        int32_t c = kj_utf8_decode(s + p, n.to - p, &adv);
        latin |= is_latin(c);
        distinctive |= is_kanji(c) || is_katakana(c) || is_digit(c);
        chars++;
        p += adv;
    }
    return chars < 2 || (chars <= 2 && latin && !distinctive);
}

/* Particles that cannot start a name. */
static bool is_particle_start(const char *s, size_t len, size_t at)
{
    static const char *const particles[] = {"の", "が", "は", "を",   "に",   "で", "と",
                                            "も", "へ", "や", "より", "から", "等", NULL};
    return starts_with_any(s, len, at, particles);
}

/* `株式会社保険見直し本舗グループ`: one hiragana between a kanji and a kanji
 * or katakana, no particle, is part of the name (okurigana). */
static bool okurigana_at(const char *s, size_t len, size_t at, int chars)
{
    static const int32_t particles[] = {
        0x306E /* の */, 0x304C /* が */, 0x306F /* は */, 0x3092 /* を */, 0x306B /* に */,
        0x3067 /* で */, 0x3068 /* と */, 0x3082 /* も */, 0x3078 /* へ */, 0x3084 /* や */};
    size_t adv, before;
    int32_t c = decode_at(s, len, at, &adv);
    if (chars == 0 || !is_hiragana(c) || at + adv >= len ||
        !is_kanji(decode_before(s, at, &before)))
        return false;
    for (size_t k = 0; k < sizeof particles / sizeof particles[0]; k++)
        if (c == particles[k])
            return false;
    size_t next_adv;
    int32_t next = decode_at(s, len, at + adv, &next_adv);
    return is_kanji(next) || is_katakana(next);
}

/* `再委託をしていた斎藤印刷株式会社`: the bytes from s+from to just after
 * the last verb ending (`ていた`, `した`, `される`) in the kana run before
 * a name, which ends the clause the name is the head of; 0 when none. */
static size_t verb_ending_in(const char *s, size_t from, size_t to)
{
    static const char *const endings[] = {"ていた", "ている", "ておりました", "ております",
                                          "した",   "する",   "された",       "される",
                                          "った",   "ました", "います",       NULL};
    size_t cut = 0;
    for (size_t p = from; p < to; p++)
        for (const char *const *e = endings; *e; e++)
            if (starts_with(s, to, p, *e) && p + strlen(*e) - from > cut)
                cut = p + strlen(*e) - from;
    return cut;
}

/* A company whose legal form starts at s+at: the name after a prefix form
 * (株式会社X) or before a suffix form (X株式会社), in *out with the form. */
static bool company_at(const char *s, size_t len, size_t at, span *out)
{
    /* `斎藤コロタイプ印刷(株)工場`: (株) after a name closes it */
    size_t before;
    bool name_before = at > 0 && is_name_char(decode_before(s, at, &before));
    for (const char *const *f = prefix_forms; *f; f++) {
        if (!starts_with(s, len, at, *f))
            continue;
        if ((*f)[0] == '(' && name_before)
            break;
        size_t p = at + strlen(*f), name = p;
        bool all_hiragana = true;
        for (int chars = 0; p < len && chars < MAX_NAME_CHARS; chars++) {
            size_t adv;
            int32_t c = decode_at(s, len, p, &adv);
            /* a name in hiragana (株式会社ぐるなび) is hiragana from its
             * start, which is no particle (株式会社のサーバー) */
            if (!is_name_char(c) &&
                !(is_hiragana(c) && all_hiragana &&
                  !(chars == 0 && is_particle_start(s, len, p))) &&
                !okurigana_at(s, len, p, chars))
                break;
            all_hiragana &= is_hiragana(c);
            p += adv;
        }
        /* `株式会社Xウェブサイト`, `株式会社X社`: a word run into the name */
        for (bool cut = true; cut;) {
            cut = false;
            for (const char *const *w = system_words; *w; w++) {
                size_t wl = strlen(*w);
                if (p - name > wl + 3 && memcmp(s + p - wl, *w, wl) == 0) {
                    p -= wl;
                    cut = true;
                }
            }
            size_t char_start;
            if (p - name > 6 && memcmp(s + p - 3, "社", 3) == 0 &&
                !is_kanji(decode_before(s, p - 3, &char_start))) {
                p -= 3;
                cut = true;
            }
        }
        if (p - name >= 6) {
            *out = (span){at, p};
            return true;
        }
    }
    for (const char *const *f = suffix_forms; *f; f++) {
        if (!starts_with(s, len, at, *f))
            continue;
        size_t start = at;
        int chars = 0;
        while (start > 0 && chars < MAX_NAME_CHARS) {
            size_t prev;
            int32_t c = decode_before(s, start, &prev);
            /* `ASKUL LOGIST株式会社`: a space between two Latin words is
             * inside the name */
            bool latin_space = c == ' ' && prev > 0 && start < at &&
                               is_latin((unsigned char)s[prev - 1]) &&
                               is_latin((unsigned char)s[start]);
            if (!is_name_char(c) && !latin_space)
                break;
            start = prev;
            chars++;
        }
        /* `(みなみ印刷株式会社`, `当社はあおぞら損害保険株式会社`: a name that
         * starts in hiragana, after a bracket or a particle */
        static const int32_t particles[] = {0x306F /* は */, 0x304C /* が */, 0x3068 /* と */,
                                            0x3092 /* を */, 0x306B /* に */, 0x3067 /* で */,
                                            0x3082 /* も */, 0x306E /* の */};
        size_t kana = start;
        int n_kana = 0;
        bool after_particle = false;
        while (kana > 0 && n_kana < 8) {
            size_t prev;
            int32_t c = decode_before(s, kana, &prev);
            if (!is_hiragana(c))
                break;
            for (size_t k = 0; k < sizeof particles / sizeof particles[0]; k++)
                after_particle |= c == particles[k];
            if (after_particle)
                break;
            kana = prev;
            n_kana++;
        }
        if (n_kana > 0 && kana < start) {
            size_t prev;
            int32_t c = kana > 0 ? decode_before(s, kana, &prev) : '(';
            bool after_break = c == '(' || c == 0x300C /* 「 */ || c == ' ' || c == 0x3001;
            if (after_break || (after_particle && n_kana >= 3))
                start = kana + verb_ending_in(s, kana, start);
        }
        /* `委託先であるあおば鑑定株式会社`: the kana run stopped at the で of
         * である */
        if (start >= 3 && at - start > 12 && memcmp(s + start - 3, "で", 3) == 0 &&
            memcmp(s + start, "ある", 6) == 0)
            start += 6;
        /* the name starts after the last role word run into it */
        size_t name = start;
        for (size_t p = start; p < at;) {
            for (const char *const *r = role_words; *r; r++) {
                if (starts_with(s, at, p, *r) && p + strlen(*r) + 6 <= at) {
                    name = p + strlen(*r);
                    break;
                }
            }
            p += 1;
            while (p < at && ((unsigned char)s[p] & 0xC0) == 0x80)
                p++;
        }
        if (at - name >= 6) {
            *out = (span){name, at + strlen(*f)};
            return true;
        }
    }
    return false;
}

/* The words that define a short name in an aside (`(以下「X」)`, `(以後、X)`):
 * aliases_after reads the name after them, defined_in_aside asks whether a
 * name stands after them, quoted_name_at ends a quoted name before them, short_company_before
 * leaves them out of a name. */
static const char *const defining[] = {"以下", "以後"};
#define N_DEFINING (sizeof defining / sizeof defining[0])

/* `X社` with a Latin or katakana X (`IIJ社`, `ソフトウェア社` is not): the
 * span of `X社` ending at s+at (where 社 starts). */
static bool short_company_before(const char *s, size_t at, span *out)
{
    size_t start = at;
    int chars = 0;
    bool latin = false;
    while (start > 0 && chars < MAX_NAME_CHARS) {
        size_t prev;
        int32_t c = decode_before(s, start, &prev);
        bool latin_space = c == ' ' && start >= 2 && is_latin((unsigned char)s[start - 2]);
        if (!(is_latin(c) || is_digit(c) || is_katakana(c) || is_kanji(c) || c == '&' || c == '-' ||
              c == '.' || latin_space))
            break;
        if (chars == 0 && (c == 0x4F1A || c == 0x5404)) /* 会社, 各社: words */
            return false;
        latin |= is_latin(c) || is_katakana(c);
        start = prev;
        chars++;
    }
    /* kanji alone before 社 is a word (会社, 本社, 他社); a name has Latin or
     * katakana in it (IIJ社, 損保ジャパン社) */
    if (chars < 2 || !latin)
        return false;
    /* `(以下IIJ社)`: the word that defines a short name is not part of it */
    for (size_t w = 0; w < N_DEFINING; w++)
        if (starts_with(s, at, start, defining[w]) && at - start >= strlen(defining[w]) + 2)
            start += strlen(defining[w]);
    *out = (span){start, at + strlen("社")};
    return true;
}

/* A service name ending at s+at where a service tail starts
 * (`IIJセキュアMXサービス`): a run of Latin letters, digits and katakana
 * holding at least one Latin letter. */
static bool service_before(const char *s, size_t len, size_t at, const char *tail, span *out)
{
    size_t start = at;
    int chars = 0;
    bool latin = false;
    while (start > 0 && chars < MAX_NAME_CHARS) {
        size_t prev;
        int32_t c = decode_before(s, start, &prev);
        if (!(is_latin(c) || is_digit(c) || is_katakana(c) || c == ' ' || c == '-'))
            break;
        latin |= is_latin(c);
        start = prev;
        chars++;
    }
    while (start < at && s[start] == ' ')
        start++;
    if (!latin || chars < 2)
        return false;
    *out = (span){start, at + strlen(tail)};
    (void)len;
    return true;
}

/* A domain at s+at (`cdn.example.io`, defanged `cdn.example[.]io`). */
static bool domain_at(const char *s, size_t len, size_t at, span *out)
{
    if (at > 0 && (is_latin((unsigned char)s[at - 1]) || is_digit((unsigned char)s[at - 1]) ||
                   s[at - 1] == '.' || s[at - 1] == '/' || s[at - 1] == '-' || s[at - 1] == '@'))
        return false;
    size_t p = at;
    int dots = 0;
    size_t last_label = at;
    while (p < len) {
        unsigned char c = (unsigned char)s[p];
        if (is_latin(c) || is_digit(c) || c == '-') {
            p++;
        } else if (c == '.' && p + 1 < len &&
                   (is_latin((unsigned char)s[p + 1]) || is_digit((unsigned char)s[p + 1]))) {
            dots++;
            p++;
            last_label = p;
        } else if (starts_with(s, len, p, "[.]")) {
            dots++;
            p += 3;
            last_label = p;
        } else {
            break;
        }
    }
    if (dots == 0 || p - last_label < 2)
        return false;
    for (size_t q = last_label; q < p; q++)
        if (!is_latin((unsigned char)s[q]))
            return false;
    *out = (span){at, p};
    return true;
}

/* Is span `n` of s a non-empty run of katakana (a reading)? */
static bool all_katakana(const char *s, span n)
{
    if (n.to <= n.from)
        return false;
    for (size_t p = n.from; p < n.to;) {
        size_t adv;
        if (!is_katakana(decode_at(s, n.to, p, &adv)))
            return false;
        p += adv;
    }
    return true;
}

/* A short name in quotes at s+at (`「LoGoフォーム」`, `「イノチオ精興園」`):
 * at most 24 characters, no hiragana (a quoted title or phrase has some). */
static bool quoted_name_at(const char *s, size_t len, size_t at, span *out)
{
    /* A quoted title or phrase has particles in it; a name written partly in
     * hiragana (「みどりメール」, 「ぐるなび」) has none. */
    static const char *const particles[] = {"の",   "に",       "を",       "が", "は",
                                            "と",   "で",       "へ",       "や", "から",
                                            "より", "について", "における", NULL};
    if (!starts_with(s, len, at, "「"))
        return false;
    size_t p = at + strlen("「");
    int hiragana = 0;
    bool latin = true; /* 「A.B. Hotels (The Arch London) Limited」: a longer Latin name */
    for (int chars = 0; p < len && (chars <= 24 || (latin && chars <= 48)); chars++) {
        if (starts_with(s, len, p, "」")) {
            if (chars < 2 || (hiragana && chars > 12))
                return false;
            *out = (span){at + strlen("「"), p};
            return true;
        }
        /* 「Preferred Travel Group(以下PTG)」: the name, then its short
         * name defined inside the quote */
        span inside = {0, 0};
        size_t aside_end = skip_aside(s, len, p, &inside);
        /* 「Pep Up(ペップアップ)」: the name, then its reading in kana */
        if (chars >= 2 && aside_end > p && starts_with(s, len, aside_end, "」") &&
            all_katakana(s, inside)) {
            *out = (span){at + strlen("「"), p};
            return true;
        }
        for (size_t w = 0; w < N_DEFINING && chars >= 2 && aside_end > p; w++)
            if (starts_with(s, len, p + 1, defining[w]) && starts_with(s, len, aside_end, "」")) {
                *out = (span){at + strlen("「"), p};
                return true;
            }
        size_t adv;
        int32_t c = decode_at(s, len, p, &adv);
        if (c == 0x3001 || c == 0x3002 ||
            (is_hiragana(c) && starts_with_any(s, len, p, particles) &&
             !(chars > 0 && hiragana == chars)))
            return false;
        hiragana += is_hiragana(c);
        latin &= c < 0x80;
        p += adv;
    }
    return false;
}

/* A name in brackets right after a word for a company (`発注した会社(斎藤
 * コロタイプ印刷)`, `委託先(X)`): no hiragana, up to the bracket's end or a
 * colon. */
static bool bracketed_name_at(const char *s, size_t from, size_t len, size_t at, span *out)
{
    static const char *const roles[] = {"会社",   "事業者", "業者",   "委託先", "発注先",
                                        "請負先", "受注先", "提供元", NULL};
    if (at >= len || s[at] != '(')
        return false;
    bool after_role = false;
    for (const char *const *r = roles; *r && !after_role; r++) {
        size_t n = strlen(*r);
        after_role = at >= from + n && memcmp(s + at - n, *r, n) == 0;
    }
    /* `大同生命保険株式会社(社長:…)`: a legal form's 会社 is no role word */
    if (!after_role || (at >= from + strlen("株式会社") &&
                        (memcmp(s + at - strlen("株式会社"), "株式会社", strlen("株式会社")) == 0 ||
                         memcmp(s + at - strlen("有限会社"), "有限会社", strlen("有限会社")) == 0 ||
                         memcmp(s + at - strlen("合同会社"), "合同会社", strlen("合同会社")) == 0)))
        return false;
    size_t p = at + 1;
    for (int chars = 0; p < len && chars <= MAX_NAME_CHARS; chars++) {
        if (s[p] == ')' || s[p] == ':') {
            /* `印刷会社(仙台市)`: where it is, not who */
            static const char *const places[] = {"市", "区", "町", "村", "県", "都", "府", "道"};
            for (size_t k = 0; chars >= 2 && k < sizeof places / sizeof places[0]; k++)
                if (memcmp(s + p - 3, places[k], 3) == 0)
                    return false;
            if (chars < 2)
                return false;
            *out = (span){at + 1, p};
            return true;
        }
        /* `グループ会社(株式会社X(旧株式会社Y))`: the name's own aside (its
         * former name) closes it, the role's bracket right after */
        size_t aside_end = s[p] == '(' && chars >= 2 ? skip_aside(s, len, p, NULL) : p;
        if (aside_end > p && aside_end < len && s[aside_end] == ')') {
            size_t end = p;
            while (end > at + 1 && s[end - 1] == ' ')
                end--;
            *out = (span){at + 1, end};
            return true;
        }
        size_t adv;
        int32_t c = decode_at(s, len, p, &adv);
        if (!is_name_char(c) && c != ' ')
            return false;
        p += adv;
    }
    return false;
}

/* Is the quoted name a company's (a legal form or 社 in it)? */
static bool quoted_company(const char *s, span n)
{
    for (size_t p = n.from; p < n.to; p++)
        if (starts_with_any(s, n.to, p, suffix_forms) ||
            starts_with_any(s, n.to, p, prefix_forms) || starts_with(s, n.to, p, "社"))
            return true;
    return false;
}

/* --------------------------------------------------------------- finding */

typedef struct origin_found {
    span name;
    const char *text; /* the text `name` is in */
    span aliases[MAX_ALIASES];
    const char *alias_text[MAX_ALIASES];
    int n_aliases;
    const sentence *s;
} origin_found;

/* Does the sentence speak of the incident, and of a party other than the
 * organisation? */
static bool sentence_about_incident(const sentence *s)
{
    return s->attacks || (s->cues & (CUE(ATTACK_WORD) | CUE(GENERIC_ATTACK) | CUE(LEAK) |
                                     CUE(LEAK_NOUN) | CUE(CONTRACTOR) | CUE(PROVIDER)));
}

/* Core of a name for comparing with the release's own organisations:
 * legal forms and brackets dropped. */
static size_t name_core(const char *s, size_t len, char *out, size_t cap)
{
    size_t n = 0;
    for (size_t p = 0; p < len;) {
        bool skipped = false;
        for (const char *const *f = prefix_forms; *f; f++) {
            if (starts_with(s, len, p, *f)) {
                p += strlen(*f);
                skipped = true;
                break;
            }
        }
        if (skipped)
            continue;
        if (s[p] == ' ' || s[p] == '(' || s[p] == ')') {
            p++;
            continue;
        }
        if (n + 1 < cap)
            out[n++] = s[p];
        p++;
    }
    out[n] = '\0';
    return n;
}

static bool is_own_name(const extract_ctx *ctx, const char *s, span n)
{
    char core[256], own[256];
    size_t cl = name_core(s + n.from, n.to - n.from, core, sizeof core);
    if (cl < 3)
        return true;
    for (size_t i = 0; i < ctx->n_orgs; i++) {
        size_t ol = name_core(ctx->orgs[i], ctx->org_lens[i], own, sizeof own);
        if (ol >= 3 && (strstr(own, core) || strstr(core, own)))
            return true;
    }
    return false;
}

/* `販売子会社であるTEIKOKU SOUTH ASIA PTE LTD.` in 株式会社TEIKOKU's
 * release: a group company named after the organisation, introduced by a
 * group word right before it, is another company of the group (GUIDE: a
 * group company not among the organisations is a third party), though its
 * name holds the organisation's. */
static bool group_company_named_after_it(const extract_ctx *ctx, const char *t, span n)
{
    static const char *const intro[] = {
        "子会社である", "子会社の", "グループ会社である", "グループ会社の", "関連会社である",
        "関連会社の",   NULL};
    bool introduced = false;
    for (const char *const *w = intro; *w && !introduced; w++) {
        size_t k = strlen(*w);
        introduced = n.from >= k && memcmp(t + n.from - k, *w, k) == 0;
    }
    if (!introduced)
        return false;
    char core[256], own[256];
    size_t cl = name_core(t + n.from, n.to - n.from, core, sizeof core);
    for (size_t i = 0; i < ctx->n_orgs; i++) {
        size_t ol = name_core(ctx->orgs[i], ctx->org_lens[i], own, sizeof own);
        if (ol >= 3 && cl > ol && strstr(core, own))
            return true; /* longer than the organisation's own name */
    }
    return false;
}

/* `JPXグループ各社(以下、「当社」という)`: the name is the organisation's own. */
static bool aside_says_own(const char *s, size_t len, size_t at)
{
    static const char *const own[] = {"当社",   "弊社",   "当行", "当グループ",
                                      "当法人", "当機構", NULL};
    span in;
    if (skip_aside(s, len, at, &in) == at)
        return false;
    for (size_t p = in.from; p < in.to; p++)
        if (starts_with_any(s, in.to, p, own))
            return true;
    return false;
}

/* Adds the names of the asides after a name (`(以下、IIJ)`, `(IIJ社)`,
 * `(以下「イシクラ」という。)`) as aliases. */
static void aliases_after(origin_found *o, const char *s, size_t len, size_t at)
{
    for (int i = 0; i < 2 && o->n_aliases < MAX_ALIASES; i++) {
        span in;
        size_t next = skip_aside(s, len, at, &in);
        if (next == at)
            break;
        at = next;
        /* `(以下、IIJ)`, `(本社:東京都…、以下「審調社」)`: the name after 以下;
         * `(IIJ社)`: an aside that is a name alone */
        size_t p = in.from;
        bool defined = false;
        for (size_t k = in.from; k < in.to && !defined; k++)
            for (size_t w = 0; w < N_DEFINING && !defined; w++)
                if (starts_with(s, in.to, k, defining[w])) {
                    p = k + strlen(defining[w]);
                    defined = true;
                }
        while (p < in.to && (starts_with(s, in.to, p, "、") || starts_with(s, in.to, p, "「") ||
                             s[p] == ',' || s[p] == ' ' || s[p] == ':'))
            p += (unsigned char)s[p] < 0x80 ? 1 : 3;
        size_t q = p;
        while (q < in.to) {
            size_t adv;
            int32_t c = decode_at(s, in.to, q, &adv);
            if (!is_name_char(c))
                break;
            q += adv;
        }
        if (!defined && q != in.to)
            continue; /* `(埼玉県さいたま市。…)`: an address, not a name */
        span alias = {p, q};
        if (q > p && !generic(s, alias) && q - p <= 60) {
            o->aliases[o->n_aliases] = alias;
            o->alias_text[o->n_aliases++] = s;
        }
    }
}

/* The names of sentence `s` (single block) in order, each with whether
 * what follows places the incident there. */
typedef struct name_hit {
    span name;
    int placed; /* placement_after */
    bool company;
} name_hit;

#define MAX_NAMES 16

/* Where the Latin name ending at t+at (before its legal form) starts:
 * letters, digits, `& - .`, spaces, and a bracketed Latin part inside it
 * (`TAKEUCHI MFG.(U.S.)`, `A.B. Hotels (The Arch London)`). */
static size_t latin_name_start(const char *t, size_t from, size_t at)
{
    size_t start = at;
    while (start > from) {
        unsigned char c = (unsigned char)t[start - 1];
        if (is_latin(c) || is_digit(c) || c == ' ' || c == '&' || c == '-' || c == '.') {
            start--;
            continue;
        }
        if (c != ')')
            break;
        size_t open = start - 1;
        while (open > from && open + 40 > start && t[open - 1] != '(' &&
               (is_latin((unsigned char)t[open - 1]) || is_digit((unsigned char)t[open - 1]) ||
                t[open - 1] == ' ' || t[open - 1] == '.'))
            open--;
        /* the bracket must sit inside the name: a Latin letter or a dot
         * right before it, as in `MFG.(U.S.)` or `Hotels (The …)` */
        if (open <= from + 1 || t[open - 1] != '(' ||
            !(is_latin((unsigned char)t[open - 2]) || t[open - 2] == '.' ||
              (t[open - 2] == ' ' && open >= from + 3 && is_latin((unsigned char)t[open - 3]))))
            break;
        start = open - 1;
    }
    return start;
}

static int names_in(const char *t, size_t from, size_t to, size_t block_len, name_hit *out)
{
    int n = 0;
    for (size_t p = from; p < to && n < MAX_NAMES;) {
        span nm;
        bool found = false, company = false;
        /* No name, legal form, service word, quote or bracket starts with
         * hiragana or 、。: skip them without trying each list (half of a
         * Japanese text, and this loop was the export's largest cost). */
        size_t adv;
        int32_t c = decode_at(t, to, p, &adv);
        if ((c >= 0x3041 && c <= 0x309F) || c == 0x3001 || c == 0x3002) {
            p += adv ? adv : 1;
            continue;
        }
        if (bracketed_name_at(t, from, to, p, &nm)) {
            /* 発注した会社(斎藤コロタイプ印刷)へのランサムウェア攻撃 */
            if (n < MAX_NAMES && !generic(t, nm)) {
                out[n].name = nm;
                out[n].company = true;
                out[n].placed = placement_after(t, block_len, nm.to);
                n++;
            }
            p = nm.to;
            continue;
        } else if (quoted_name_at(t, to, p, &nm)) {
            /* 「Xシステム」, グループ会社「Y」: the quote closes after the name */
            found = !generic(t, nm);
            if (found && n < MAX_NAMES) {
                out[n].name = nm;
                out[n].company = quoted_company(t, nm);
                out[n].placed = placement_after(t, block_len, nm.to);
                n++;
            }
            p = nm.to + strlen("」");
            continue;
        } else if (company_at(t, to, p, &nm)) {
            found = company = true;
        } else if (starts_with(t, to, p, "社") && short_company_before(t, p, &nm) &&
                   nm.from >= from) {
            found = company = true;
        } else {
            for (const char *const *tail = service_tails; *tail && !found; tail++)
                if (starts_with(t, to, p, *tail) && service_before(t, to, p, *tail, &nm) &&
                    nm.from >= from)
                    found = true;
            for (const char *const *f = latin_forms; *f && !found; f++) {
                if (starts_with(t, to, p, *f)) {
                    size_t start = latin_name_start(t, from, p);
                    while (start < p && t[start] == ' ')
                        start++;
                    if (p - start >= 2) {
                        nm = (span){start, p + strlen(*f)};
                        found = company = true;
                    }
                }
            }
            if (!found && domain_at(t, to, p, &nm))
                found = true;
        }
        if (found && !generic(t, nm)) {
            /* a name found again inside a longer one already taken */
            if (n > 0 && nm.from < out[n - 1].name.to) {
                p = nm.to > p ? nm.to : p + 1;
                continue;
            }
            out[n].name = nm;
            out[n].company = company;
            out[n].placed = placement_after(t, block_len, nm.to);
            n++;
            p = nm.to;
            continue;
        }
        p++;
        while (p < to && ((unsigned char)t[p] & 0xC0) == 0x80)
            p++;
    }
    return n;
}

static bool anaphora_placed(const char *t, size_t from, size_t to)
{
    for (size_t p = from; p < to;) {
        for (const char *const *a = anaphora; *a; a++) {
            if (starts_with(t, to, p, *a)) {
                size_t after = p + strlen(*a);
                if (placement_after(t, to, after) || starts_with(t, to, after, "は") ||
                    starts_with(t, to, after, "では"))
                    return true;
            }
        }
        p++;
        while (p < to && ((unsigned char)t[p] & 0xC0) == 0x80)
            p++;
    }
    return false;
}

/* Is name `nm` the short name an aside defines (`X株式会社(…、以下「X」)`)?
 * It stands for the party before it, not for a service beside the origin:
 * `A株式会社(以下「A」)の委託先保険代理店が属するB` makes A the client. */
static bool defined_in_aside(const char *t, span nm)
{
    size_t p = nm.from; /* back over the separators aliases_after skips */
    for (;;) {
        if (p >= 3 && (memcmp(t + p - 3, "、", 3) == 0 || memcmp(t + p - 3, "「", 3) == 0))
            p -= 3;
        else if (p >= 1 && (t[p - 1] == ',' || t[p - 1] == ' ' || t[p - 1] == ':'))
            p--;
        else
            break;
    }
    for (size_t w = 0; w < N_DEFINING; w++) {
        size_t n = strlen(defining[w]);
        if (p >= n && memcmp(t + p - n, defining[w], n) == 0)
            return true;
    }
    return false;
}

/* The company (or service) a service name is offered by, in the same
 * phrase: `株式会社X(以下、X)が提供する…サービス(Yサービス)`. */
static void add_alias(origin_found *o, const char *t, span a)
{
    if (o->n_aliases >= MAX_ALIASES)
        return;
    for (int i = 0; i < o->n_aliases; i++)
        if (o->aliases[i].to - o->aliases[i].from == a.to - a.from &&
            memcmp(o->alias_text[i] + o->aliases[i].from, t + a.from, a.to - a.from) == 0)
            return;
    o->aliases[o->n_aliases] = a;
    o->alias_text[o->n_aliases++] = t;
}

/* Is the name at `at` a service the organisation runs itself: `当社が法人向け
 * に提供するメールセキュリティサービス「X」`, `弊社が運営する「Y」`?  An own
 * word followed by a provider word, both in the sentence before the name
 * and close to it. */
static bool own_service(const extract_ctx *ctx, const sentence *s, size_t at)
{
    bool own = false, of_own = false;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->block != s->block || x->pos >= at)
            break;
        if (x->pos + 90 < at)
            continue;
        if (x->kind == HIT_SELF || (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, OWN))) {
            own = true;
            /* `当社の教職員派遣事業「X」の…システム`: its own business,
             * `当行が実施した「X調査」`: its own undertaking */
            of_own = (kj_text_after_is(ctx, x, "の") || kj_text_after_is(ctx, x, "が、")) &&
                     x->pos + x->len + 60 >= at;
            continue;
        }
        if (x->kind == HIT_TERM && (hit_entry(ctx, x)->cues &
                                    (CUE(USES) | CUE(CONTRACTOR) | CUE(PROVIDER) | CUE(COMPANY))))
            of_own = false;
        /* `弊社が利用しているシステムサービスを提供するX社`: used, not provided */
        if (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, USES))
            own = false;
        if (own && x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, PROVIDER))
            return true;
    }
    /* only a quoted name of a business or an undertaking: `当社グループの
     * X Inc.` is a group company, another party */
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, s->block, &len);
    return of_own && at >= strlen("「") && memcmp(t + at - strlen("「"), "「", strlen("「")) == 0;
}

/* `当社が利用しているXサービス`, `契約しているYシステム`: a service the
 * organisation uses, named right after saying so. */
static bool used_service(const extract_ctx *ctx, const sentence *s, size_t at)
{
    uint32_t reach = 45; /* bytes from the word of use to the name */
    for (uint32_t h = s->hit_end; h-- > s->hit_start;) {
        const hit *x = &ctx->hits[h];
        if (x->block != s->block || x->kind != HIT_TERM || x->pos + x->len + 1 != at)
            continue;
        /* `契約しているX様のメールセキュリティサービス(Yサービス)`: the name
         * in brackets after the service word it names, which the word of
         * use may stand further from */
        uint32_t len;
        const char *t = kj_ctx_block_text(ctx, s->block, &len);
        if (HAS(hit_entry(ctx, x)->cues, SERVICE) && t[at - 1] == '(')
            reach = (uint32_t)(at - x->pos) + 90;
        break;
    }
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->block != s->block || x->pos >= at)
            break;
        if (x->kind != HIT_TERM || !HAS(hit_entry(ctx, x)->cues, USES))
            continue;
        if (x->pos + x->len + reach >= at)
            return true;
        /* `当社が利用しているメールセキュリティサービスである株式会社X(以下、
         * 「X社」)の報告により「Yサービス」において`: the kind of service it
         * uses said first, its name later in the sentence */
        const hit *next = h + 1 < s->hit_end ? &ctx->hits[h + 1] : NULL;
        if (next && next->kind == HIT_TERM && next->block == x->block &&
            next->pos == x->pos + x->len && HAS(hit_entry(ctx, next)->cues, SERVICE))
            return true;
    }
    return false;
}

/* Does the text from `from` to `to` say that a party runs or provides
 * what follows (`が法人向けに提供する…`)? */
static bool runs_between(const char *t, size_t from, size_t to)
{
    static const char *const runs[] = {"提供", "運営", "運用", NULL};
    for (size_t p = from; p < to; p++)
        if (starts_with_any(t, to, p, runs))
            return true;
    return false;
}

/* Does the text from `end` (a company's name ends) to `next` (another
 * name starts) say that name is the company's own (`の`, `の「`)? */
static bool service_of_company(const char *t, size_t end, size_t next)
{
    static const char *const links[] = {"の", "の「"};
    for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
        size_t n = strlen(links[i]);
        if (next == end + n && memcmp(t + end, links[i], n) == 0)
            return true;
    }
    return false;
}

/* A heading that announces the party: `## 当該事業者`, `## 漏えい元`. */
static bool names_a_role(const char *t, size_t from, size_t to)
{
    static const char *const roles[] = {"事業者", "業者",   "委託先", "漏えい元", "漏洩元",
                                        "流出元", "発生元", "委託元", NULL};
    for (size_t p = from; p < to; p++)
        if (starts_with_any(t, to, p, roles))
            return true;
    return false;
}

/* `業務委託先は、…株式会社X(以下「X」)です。`: a sentence that says who
 * the party an earlier sentence placed the incident at is — a role word as
 * its topic, the name as its predicate. */
static bool identifies_the_role(const char *t, size_t from, size_t to, size_t name_end)
{
    static const char *const roles[] = {"業務委託先は", "再委託先は",   "委託先は",
                                        "委託業者は",   "当該事業者は", "当該委託先は",
                                        "当該業者は",   "事業者は",     NULL};
    static const char *const copulas[] = {"です",       "でございます", "である",
                                          "となります", "になります",   NULL};
    while (from < to && (t[from] == ' ' || t[from] == '#'))
        from++;
    if (!starts_with_any(t, to, from, roles))
        return false;
    size_t at = name_end;
    for (int i = 0; i < 2; i++)
        at = skip_aside(t, to, at, NULL);
    while (at < to && t[at] == ' ')
        at++;
    return starts_with_any(t, to, at, copulas);
}

/* `株式会社Xが運営するサーバーからの情報流出は確認されておりません`: the
 * first attack or leak word after the name is denied right after it — the
 * sentence says it did not happen there. */
static bool denied_after_name(const extract_ctx *ctx, const sentence *s, size_t name_end)
{
    static const char *const denials[] = {
        "は確認されて", "は確認できて", "はございません", "はありません",
        "はなかった",   "はない",       "は発生して",     NULL};
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, s->block, &len);
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->block != s->block || x->pos < name_end || x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        if (!e->attacks && !(e->cues & (CUE(LEAK) | CUE(LEAK_NOUN))))
            continue;
        /* in the name's own clause: `Xの提供サービスにおいて、X社より、
         * …当社のメールの漏洩はない` denies the organisation's part only */
        for (size_t p = name_end; p < x->pos; p++)
            if (starts_with(t, len, p, "、"))
                return false;
        return starts_with_any(t, len, x->pos + x->len, denials);
    }
    return false;
}

/* Does the text from `from` (after the parent's name and its asides) to
 * `to` (the next name) say the next is the parent's group company? */
static bool group_parent_before(const char *t, size_t from, size_t to)
{
    static const char *const links[] = {"のグループ会社である", "のグループ会社の",
                                        "の子会社である",       "の子会社の",
                                        "のグループ企業である", NULL};
    for (int i = 0; i < 2; i++)
        from = skip_aside(t, to, from, NULL);
    for (const char *const *l = links; *l; l++)
        if (from + strlen(*l) == to && starts_with(t, to, from, *l))
            return true;
    return false;
}

/* ---------------------------------------------- breaks and defined names */

/*
 * `…株式会社X(以下、X)の` ⏎⏎ `システムの一部が不正アクセスを受け…`: a
 * sentence broken by a blank line into two paragraphs.  When sentence `i`
 * ends its paragraph without a stop, on a particle or a comma, and the next
 * paragraph follows right after, returns the two texts joined (in the
 * release's arena; the first block's bytes keep their positions, so hits
 * still point into it) and the next paragraph's first sentence in *next;
 * else the block's own text and NULL.
 */
static const char *text_across_break(extract_ctx *ctx, size_t i, uint32_t *len,
                                     const sentence **next)
{
    const sentence *s = &ctx->sents[i];
    const char *t = kj_ctx_block_text(ctx, s->block, len);
    *next = NULL;
    if (s->kind != SENT_PARAGRAPH || s->end < *len || *len == 0 || i + 1 >= ctx->n_sents)
        return t;
    const sentence *n = &ctx->sents[i + 1];
    if (n->kind != SENT_PARAGRAPH || n->block != s->block + 1 || n->start != 0)
        return t;
    size_t start;
    int32_t last = decode_before(t, *len, &start);
    if (!is_hiragana(last) && last != 0x3001 /* 、 */ && last != ',')
        return t;
    uint32_t next_len;
    const char *nt = kj_ctx_block_text(ctx, n->block, &next_len);
    char *joined = kj_arena_alloc(ctx->rel->arena, (size_t)*len + next_len + 1);
    memcpy(joined, t, *len);
    memcpy(joined + *len, nt, next_len);
    joined[*len + next_len] = '\0';
    *len += next_len;
    *next = n;
    return joined;
}

#define MAX_DEFINED 8

/* A company's name and the short name the text defines for it
 * (`損害保険ジャパン株式会社(以下:損保ジャパン)`), by which later sentences
 * name it alone. */
typedef struct defined_name {
    span name, alias;
    const char *name_text, *alias_text;
} defined_name;

typedef struct defined_names {
    defined_name d[MAX_DEFINED];
    int n;
} defined_names;

/* Keeps the short names the asides after company name `nm` define. */
static void define_names(defined_names *dn, const char *t, size_t len, span nm)
{
    origin_found asides = {.n_aliases = 0};
    aliases_after(&asides, t, len, nm.to);
    for (int i = 0; i < asides.n_aliases && dn->n < MAX_DEFINED; i++)
        dn->d[dn->n++] = (defined_name){nm, asides.aliases[i], t, asides.alias_text[i]};
}

/* `損保ジャパンは、社内システムが第三者により不正アクセスされ`: a defined
 * short name standing alone (not inside a longer name) where sentence `s`
 * places the incident — what follows places it there, or the name is the
 * topic (は, では) of a sentence stating an attack.  Of several (`NACにおいて
 * 使用したLBMの入力補助ツールにおいて、…不正アクセス`), the last before the
 * attack word: the one whose system it was, at the chain's end.  Returns
 * the entry or NULL. */
static const defined_name *defined_name_placed(const extract_ctx *ctx, const defined_names *dn,
                                               const sentence *s, const char *t, size_t to,
                                               size_t len)
{
    size_t attack_at = to;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->block == s->block && x->kind == HIT_TERM && hit_entry(ctx, x)->attacks) {
            attack_at = x->pos;
            break;
        }
    }
    const defined_name *placed = NULL;
    for (size_t p = s->start; p < to;) {
        for (int k = 0; k < dn->n; k++) {
            const defined_name *d = &dn->d[k];
            size_t n = d->alias.to - d->alias.from;
            size_t before;
            /* not inside a longer name, nor the aside of a name again */
            if (p + n > to || memcmp(t + p, d->alias_text + d->alias.from, n) != 0 ||
                (p > 0 && (is_name_char(decode_before(t, p, &before)) || t[p - 1] == '(')))
                continue;
            size_t end = p + n;
            if (starts_with(t, len, end, "社"))
                end += strlen("社");
            size_t adv;
            if (end < len && is_name_char(decode_at(t, len, end, &adv)))
                continue;
            bool topic = starts_with(t, len, end, "は") || starts_with(t, len, end, "では");
            if ((placement_after(t, len, end) >= 2 || (topic && s->attacks)) &&
                !denied_after_name(ctx, s, end) && (!placed || p < attack_at))
                placed = d;
        }
        if (placed && p >= attack_at)
            break;
        p++;
        while (p < to && ((unsigned char)t[p] & 0xC0) == 0x80)
            p++;
    }
    return placed;
}

#define MAX_OWN_NAMES 8

typedef struct own_names {
    span names[MAX_OWN_NAMES];
    const char *text[MAX_OWN_NAMES];
    int n;
} own_names;

static bool among(const own_names *own, const char *t, span n)
{
    for (int i = 0; i < own->n; i++)
        if (own->names[i].to - own->names[i].from == n.to - n.from &&
            memcmp(own->text[i] + own->names[i].from, t + n.from, n.to - n.from) == 0)
            return true;
    return false;
}

/* Does sentence `s` name one of `own`? */
static bool names_own(const extract_ctx *ctx, const sentence *s, const own_names *own)
{
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, s->block, &len);
    size_t to = s->end < len ? s->end : len;
    for (int i = 0; i < own->n; i++) {
        size_t n = own->names[i].to - own->names[i].from;
        for (size_t p = s->start; p + n <= to; p++)
            if (memcmp(t + p, own->text[i] + own->names[i].from, n) == 0)
                return true;
    }
    return false;
}

/* `一般社団法人JPCERTコーディネーションセンターから…連絡を受け`: an
 * authority that told the organisation, never where it happened. */
static bool names_an_authority(const extract_ctx *ctx, const sentence *s, span n)
{
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->block == s->block && x->kind == HIT_TERM && x->pos >= n.from && x->pos < n.to &&
            hit_entry(ctx, x)->authorities)
            return true;
    }
    return false;
}

/* Is the name at t+at quoted right after a word for a service
 * (`ポータルサイト「X」`, `サービス「X」`)? */
static bool quoted_after_service_word(const char *t, size_t at)
{
    static const char *const kinds[] = {"サービス", "ポータルサイト", "アプリ", NULL};
    size_t q = strlen("「");
    if (at < q || memcmp(t + at - q, "「", q) != 0)
        return false;
    for (const char *const *k = kinds; *k; k++) {
        size_t n = strlen(*k);
        if (at >= q + n && memcmp(t + at - q - n, *k, n) == 0)
            return true;
    }
    return false;
}

/* Does the release name the company that provides the service
 * (`サービス提供会社`, `サービス提供事業者`, `運営会社`)? */
static bool names_a_provider(const extract_ctx *ctx)
{
    static const char *const words[] = {"サービス提供会社", "サービス提供事業者", "運営会社", NULL};
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        uint32_t len;
        const char *t = kj_ctx_block_text(ctx, s->block, &len);
        size_t to = s->end < len ? s->end : len;
        for (size_t p = s->start; p < to; p++)
            if (starts_with_any(t, to, p, words))
                return true;
    }
    return false;
}

/* Does what follows t+at (asides skipped) say the party named there
 * investigated and found (`の調査の結果`, `によるその後の調査の結果`)? */
static bool investigation_result_after(const char *t, size_t len, size_t at)
{
    static const char *const results[] = {"の調査の結果", "による調査の結果",
                                          "によるその後の調査の結果", NULL};
    for (int i = 0; i < 2; i++)
        at = skip_aside(t, len, at, NULL);
    return starts_with_any(t, len, at, results);
}

/* Does the text from `from` to the name at `at` say that a party was asked
 * to investigate (`専門会社である`, `調査会社の`, `に依頼した`): a helper,
 * not the party whose investigation of its own incident is told. */
static bool helper_before(const char *t, size_t from, size_t at)
{
    static const char *const helpers[] = {"専門",           "調査会社", "調査機関", "セキュリティ",
                                          "フォレンジック", "依頼",     NULL};
    for (size_t p = from; p < at; p++)
        if (starts_with_any(t, at, p, helpers))
            return true;
    return false;
}

/* Does any sentence cite the party's own announcement of the incident
 * (`X社が公表した原因`, `X社のリリース`, `X社ニュースリリース`), by `name`
 * or one of the short names its asides define? */
static bool cites_its_announcement(const extract_ctx *ctx, const origin_found *o)
{
    static const char *const announcements[] = {"が公表",
                                                "の公表",
                                                "のリリース",
                                                "ニュースリリース",
                                                "のニュースリリース",
                                                "のプレスリリース",
                                                "の発表",
                                                "が発表",
                                                NULL};
    for (int a = -1; a < o->n_aliases; a++) {
        const char *nt = a < 0 ? o->text : o->alias_text[a];
        span n = a < 0 ? o->name : o->aliases[a];
        size_t nl = n.to - n.from;
        for (size_t i = 0; i < ctx->n_sents; i++) {
            const sentence *s = &ctx->sents[i];
            uint32_t len;
            const char *t = kj_ctx_block_text(ctx, s->block, &len);
            size_t to = s->end < len ? s->end : len;
            for (size_t p = s->start; p + nl <= to; p++)
                if (memcmp(t + p, nt + n.from, nl) == 0 &&
                    starts_with_any(t, to, p + nl, announcements))
                    return true;
        }
    }
    return false;
}

/*
 * `その後の株式会社X(以下、X社)の調査の結果、当行のメール情報は漏えいして
 * いないことが確認できました`: a follow-up where the only party named is
 * the one whose investigation of its own breach is told — the provider's
 * answer to its clients.  Taken only when nothing placed the incident
 * elsewhere; the party is not introduced as a hired investigator.  Returns
 * whether found, with `*cited` whether the text also cites the party's own
 * announcement of the incident (what makes it a third party's on its own).
 */
static bool investigating_party(const extract_ctx *ctx, origin_found *o, bool *cited)
{
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (s->kind == SENT_ROW || s->kind == SENT_TITLE || s->block != s->last_block ||
            !(s->cues & (CUE(LEAK) | CUE(LEAK_NOUN))))
            continue;
        uint32_t len;
        const char *t = kj_ctx_block_text(ctx, s->block, &len);
        size_t to = s->end < len ? s->end : len;
        name_hit names[MAX_NAMES];
        int n = names_in(t, s->start, to, len, names);
        for (int k = 0; k < n; k++) {
            span nm = names[k].name;
            if (!names[k].company || is_own_name(ctx, t, nm) || aside_says_own(t, len, nm.to) ||
                names_an_authority(ctx, s, nm) || !investigation_result_after(t, len, nm.to) ||
                helper_before(t, s->start, nm.from))
                continue;
            *o = (origin_found){.name = nm, .text = t, .s = s, .n_aliases = 0};
            aliases_after(o, t, len, nm.to);
            *cited = cites_its_announcement(ctx, o);
            return true;
        }
    }
    return false;
}

void kj_extract_origin(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    origin_found found = {.n_aliases = 0};
    bool have = false, strong = false;
    span last_company = {0, 0};
    const char *last_text = NULL;
    bool role_line = false;
    own_names own = {.n = 0};
    defined_names defined = {.n = 0};
    /* first the services the organisation runs itself, wherever named (the
     * title may name one before the body says it is the organisation's) */
    for (size_t i = 0; i < ctx->n_sents && own.n < MAX_OWN_NAMES; i++) {
        const sentence *s = &ctx->sents[i];
        if (s->kind == SENT_ROW || s->kind == SENT_TITLE || s->block != s->last_block)
            continue;
        uint32_t len;
        const char *t = kj_ctx_block_text(ctx, s->block, &len);
        name_hit names[MAX_NAMES];
        int n = names_in(t, s->start, s->end < len ? s->end : len, len, names);
        for (int k = 0; k < n && own.n < MAX_OWN_NAMES; k++)
            if (own_service(ctx, s, names[k].name.from) && !among(&own, t, names[k].name)) {
                own.names[own.n] = names[k].name;
                own.text[own.n++] = t;
            }
    }
    for (size_t i = 0; i < ctx->n_sents && !have; i++) {
        const sentence *s = &ctx->sents[i];
        /* `個人情報保護委員会とJIPDEC(…)に対し…報告`: whom it was reported to */
        if (s->kind == SENT_ROW || s->block != s->last_block || kj_sentence_is_aside(s) ||
            kj_sentence_is_measures(s) || (s->authorities && HAS(s->cues, REPORT_VERB)))
            continue;
        uint32_t len, block_len;
        const sentence *cont;
        kj_ctx_block_text(ctx, s->block, &block_len);
        const char *t = text_across_break(ctx, i, &len, &cont);
        size_t to = s->end < block_len ? s->end : block_len;
        name_hit names[MAX_NAMES];
        int n = names_in(t, s->start, to, len, names);
        bool about = sentence_about_incident(s) || (cont && sentence_about_incident(cont));
        /* what the sentence (with its part after a blank line) states */
        kj_set attacks = s->attacks | (cont ? cont->attacks : 0);
        cue_set cues = s->cues | (cont ? cont->cues : 0);
        /* the name the incident is placed at rather than the one that
         * reported it (`「スクールアート」より、制作委託先業者(X株式会社)への
         * 不正アクセス`): the strongest placement, the first among equals */
        int best = -1, best_strength = 0;
        for (int k = 0; k < n; k++) {
            span nm = names[k].name;
            if ((is_own_name(ctx, t, nm) && !group_company_named_after_it(ctx, t, nm)) ||
                aside_says_own(t, len, nm.to) || among(&own, t, nm) ||
                names_an_authority(ctx, s, nm))
                continue;
            /* `＜報告を受けた委託先＞` then `株式会社X(本社…)`: the name under
             * a line that announces the contractor */
            bool announced = role_line && k == 0 && names[k].company && nm.from <= s->start + 6;
            int strength = announced ? 2 : names[k].placed == 3 ? 3 : about ? names[k].placed : 0;
            if (strength < 2 && identifies_the_role(t, s->start, to, nm.to))
                strength = 2;
            if (strength == 2 && denied_after_name(ctx, s, nm.to))
                strength = 0;
            /* `IIJ社の「IIJセキュアMXサービス」が…不正アクセスを受けた`: the
             * service a company runs, named right after it and placed as
             * strongly, is where the incident happened (the company is its
             * alias) */
            bool its_service = best >= 0 && strength == best_strength && strength > 0 &&
                               names[best].company && !names[k].company &&
                               service_of_company(t, names[best].name.to, nm.from);
            if (strength > best_strength || its_service) {
                best = k;
                best_strength = strength;
            }
            if (names[k].company) {
                last_company = nm;
                last_text = t;
            }
        }
        if (best >= 0) {
            span nm = names[best].name;
            bool announced = role_line && best == 0;
            found.name = nm;
            found.text = t;
            found.s = s;
            have = true;
            /* a company (not a service that may be the organisation's own,
             * SFC-CNSメールサービス), or a service it says it uses, placed
             * in a sentence about the attack or the leak */
            bool stated =
                attacks != 0 || announced || best_strength == 3 ||
                (cues & (CUE(ATTACK_WORD) | CUE(GENERIC_ATTACK) | CUE(LEAK) | CUE(LEAK_NOUN)));
            strong = (names[best].company || used_service(ctx, s, nm.from)) && stated;
            aliases_after(&found, t, len, nm.to);
            /* `X株式会社(以下、X)のグループ会社であるY株式会社`: the group the
             * party belongs to, named as one with it, so that notices naming
             * either meet in one wave */
            if (best > 0 && names[best - 1].company &&
                group_parent_before(t, names[best - 1].name.to, nm.from) &&
                !is_own_name(ctx, t, names[best - 1].name)) {
                add_alias(&found, t, names[best - 1].name);
                aliases_after(&found, t, len, names[best - 1].name.to);
            }
            /* the company behind a service, the service of a company, in
             * the same phrase (`株式会社X(以下、X)が提供する…(Yサービス)`) */
            for (int j = best - 1; j <= best + 1; j += 2) {
                if (j < 0 || j >= n || names[j].company == names[best].company ||
                    names[j].placed == 1)
                    continue;
                span other = names[j].name;
                size_t gap = other.from > nm.to ? other.from - nm.to : nm.from - other.to;
                if (gap < 90 && !is_own_name(ctx, t, other) && !among(&own, t, other) &&
                    !defined_in_aside(t, other)) {
                    add_alias(&found, t, other);
                    /* `株式会社X(IIJ)が法人向けに提供する…サービス「Yサービス」
                     * において`: a service placed where it happened, its
                     * company named beside it — another party's service */
                    strong |= j == best - 1 && names[j].company && best_strength >= 2 && stated &&
                              runs_between(t, other.to, nm.from);
                }
            }
        }
        const defined_name *d =
            !have && about ? defined_name_placed(ctx, &defined, s, t, to, len) : NULL;
        if (d) {
            found.name = d->name;
            found.text = d->name_text;
            found.s = s;
            have = true;
            strong = attacks != 0 ||
                     (cues & (CUE(ATTACK_WORD) | CUE(GENERIC_ATTACK) | CUE(LEAK) | CUE(LEAK_NOUN)));
            add_alias(&found, d->alias_text, d->alias);
        }
        for (int k = 0; k < n && !have; k++)
            if (names[k].company && !is_own_name(ctx, t, names[k].name) &&
                !aside_says_own(t, len, names[k].name.to))
                define_names(&defined, t, len, names[k].name);
        if (!have && about && last_text && anaphora_placed(t, s->start, to)) {
            found.name = last_company;
            found.text = last_text;
            found.s = s;
            have = true;
            strong = true;
        }
        /* (the overview's title announces no name in the body) */
        role_line = n == 0 && s->kind != SENT_TITLE &&
                    ((about && HAS(s->cues, CONTRACTOR)) ||
                     (s->kind == SENT_HEADING && names_a_role(t, s->start, to)));
    }

    /* `株式会社Xの運営するメールシステムを利用しております。同社において、
     * メールシステムが不正アクセスを受けた`: the party named where no attack
     * is told, and the next sentence places the attack at it (同社) */
    if (have && !strong && found.s && (size_t)(found.s - ctx->sents) + 1 < ctx->n_sents) {
        const sentence *next = found.s + 1;
        uint32_t len;
        const char *t = kj_ctx_block_text(ctx, next->block, &len);
        strong = next->block == next->last_block && next->attacks && !kj_sentence_is_aside(next) &&
                 !kj_sentence_is_measures(next) &&
                 anaphora_placed(t, next->start, next->end < len ? next->end : len);
    }
    /* `ポータルサイト「X」において…不正アクセス` with, elsewhere, `サービス
     * 提供会社の株式会社Y`: a service named after its kind, placed, that the
     * text says another company provides */
    if (have && !strong && found.s && found.s->attacks &&
        quoted_after_service_word(found.text, found.name.from) && names_a_provider(ctx))
        strong = true;
    /* A service the organisation runs itself is no third party: the
     * release of the provider whose service was breached. */
    if (rel->third_party && !have && ctx->third_party_why && own.n > 0 &&
        names_own(ctx, ctx->third_party_why, &own)) {
        rel->third_party = false;
        for (size_t i = 0; i < rel->n_evidence; i++)
            if (rel->evidence[i].field == KJ_FIELD_THIRD_PARTY)
                rel->evidence[i] = rel->evidence[--rel->n_evidence];
        return;
    }
    /* (a service named in the title of the provider's notice is placed
     * there too, but says nothing of whose it is) */
    origin_found investigator;
    bool cited = false;
    if ((!have || (!strong && !rel->third_party)) &&
        investigating_party(ctx, &investigator, &cited) && (!have || cited)) {
        found = investigator;
        have = true;
        strong = cited;
    }
    if (!have)
        return;
    /* A named party the incident is placed at makes it a third party's,
     * unless the text places it in the organisation's own systems too. */
    if (!rel->third_party) {
        if (!strong || ctx->third_party_against > 0)
            return;
        rel->third_party = true;
        kj_add_evidence(ctx, KJ_FIELD_THIRD_PARTY, "true", found.s);
    }
    rel->origin =
        kj_arena_strndup(rel->arena, found.text + found.name.from, found.name.to - found.name.from);
    if (found.n_aliases) {
        rel->origin_aliases = kj_arena_alloc(rel->arena, (size_t)found.n_aliases * sizeof(char *));
        for (int i = 0; i < found.n_aliases; i++)
            rel->origin_aliases[i] =
                kj_arena_strndup(rel->arena, found.alias_text[i] + found.aliases[i].from,
                                 found.aliases[i].to - found.aliases[i].from);
        rel->n_origin_aliases = (size_t)found.n_aliases;
    }
    kj_add_evidence(ctx, KJ_FIELD_ORIGIN, rel->origin, found.s);
}
