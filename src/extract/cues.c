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
 *   - a contractor it names as where the incident happened (`業務を委託して
 *     いる株式会社クラウドリンク（以下…）において`);
 *   - how it refers to itself (当院, 本学, 本市 …), for the organisation type.
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

typedef struct cue_tables {
    kj_phrases cite_now;
    kj_phrases cite_later;
    kj_phrases locations;
    kj_phrases company_forms;
    kj_phrases contract_words;
    kj_phrases lead_words;
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
    INIT(locations, location_words);
    INIT(company_forms, company_form_words);
    INIT(contract_words, contract_word_list);
    INIT(lead_words, lead_word_list);
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

/* True when the date ending at s+at is cited as an earlier notice. */
static bool cited_at(const char *s, size_t len, size_t at)
{
    /* Skip a weekday or time in brackets: `1月20日(月)`, `(火曜日)`. */
    if (at < len && s[at] == '(') {
        size_t close = at + 1;
        while (close < len && close < at + 16 && s[close] != ')')
            close++;
        if (close < len && s[close] == ')')
            at = close + 1;
    }
    if (kj_phrases_at(&tables.cite_now, s + at, len - at))
        return true;
    size_t p = at;
    if (!starts(s, len, "に", &p) && !starts(s, len, "、", &p))
        return false;
    /* A citation word within the same clause: about twenty characters. */
    for (int chars = 0; p < len && chars < 20; chars++) {
        if (is_stop(s + p, len - p))
            return false;
        if (kj_phrases_at(&tables.cite_later, s + p, len - p))
            return true;
        p += seq_len((unsigned char)s[p]);
    }
    return false;
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

/*
 * A company named at s+at (where a legal form of `form_len` bytes starts),
 * followed by wording that places the incident there.  Returns the name's
 * span in [*from, *to) or false.
 */
static bool contractor_at(const char *s, size_t len, size_t at, size_t form_len, size_t *from,
                          size_t *to)
{
    /* 株式会社クラウドリンク（以下…: the name follows the form. */
    size_t p = at + form_len;
    for (int chars = 0; p < len && chars <= NAME_MAX_CHARS; chars++) {
        if (chars >= 2 && kj_phrases_at(&tables.locations, s + p, len - p)) {
            *from = at;
            *to = p;
            return true;
        }
        size_t adv;
        int32_t cp = kj_utf8_decode(s + p, len - p, &adv);
        if (is_name_break(cp) || (chars == 0 && is_particle(cp)))
            break;
        p += adv;
    }
    /* 東京損保鑑定株式会社（以下…: the name precedes the form.  Scanning back
     * stops at kana-particles and the like (`委託している`), which also cuts
     * a name that starts with hiragana short, so a suffix-form name needs
     * three characters: `…印刷株式会社` alone is too common to match on. */
    size_t end = at + form_len;
    if (!kj_phrases_at(&tables.locations, s + end, len - end))
        return false;
    size_t start = at;
    int chars = 0;
    while (start > 0 && chars < NAME_MAX_CHARS) {
        size_t prev;
        int32_t cp = cp_before(s, start, &prev);
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
    size_t sentence = 0;
    while (sentence < len) {
        const char *end = strstr(s + sentence, "。");
        size_t stop = end ? (size_t)(end - s) : len;
        if (kj_phrases_in(&tables.contract_words, s + sentence, stop - sentence)) {
            for (size_t i = sentence; i < stop; i++) {
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
        sentence = stop + (end ? strlen("。") : 0);
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
                       date_list *cited)
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
        if (kj_date_is_set(d)) {
            date_list_add(dates, d);
            if (cited_at(s, len, from + n))
                date_list_add(cited, d);
        }
        i = floor = from + n;
    }
}

/* Counts the self-references of each organisation type (当院, 本学 …). */
static void count_self_references(const char *s, size_t len, int count[KJ_ORG__COUNT])
{
    const kj_phrases *cues = kj_org_self_references();
    for (size_t i = 0; i < len;) {
        const kj_phrase *cue =
            kj_phrases_may_start(cues, s + i, len - i) ? kj_phrases_at(cues, s + i, len - i) : NULL;
        if (cue) {
            count[cue->value]++;
            i += cue->len;
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

    date_list dates = {0}, cited = {0};
    int self_count[KJ_ORG__COUNT] = {0};
    kj_date_context ctx = {.published = rel->published, .rules = KJ_DATE_NEAREST_YEAR};
    const char *contractor = NULL;
    for (size_t b = 0; b < rel->doc.n_blocks; b++) {
        const kj_text *t = &rel->doc.blocks[b].text;
        scan_dates(t->norm, t->norm_len, &ctx, &dates, &cited);
        if (need_self)
            count_self_references(t->norm, t->norm_len, self_count);
        /* One strstr for 託 (委託, 受託) is much cheaper than a phrase scan,
         * and few blocks qualify. */
        if (!contractor && strstr(t->norm, "託"))
            contractor = find_contractor(rel->arena, t->norm, t->norm_len, &rel->overview);
    }

    kj_cues *cues = &rel->cues;
    cues->dates = date_list_store(rel->arena, &dates, &cues->n_dates);
    cues->cited = date_list_store(rel->arena, &cited, &cues->n_cited);
    cues->contractor = contractor;
    cues->self_type = need_self ? dominant_type(self_count) : -1;
    cues->scanned = true;
    free(dates.items);
    free(cited.items);
}
