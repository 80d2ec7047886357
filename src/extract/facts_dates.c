/*
 * facts_dates.c — the timeline: what happened when (rel->events), and the
 * schema's occurred and detected dates.
 *
 * A date governs the first event verb after it in its sentence (up to the
 * next date; what the words say is date_words.c's): `4月5日、…被害を受け`
 * is when it occurred, `4月7日に…検知` when it was detected, `6月27日付`
 * an earlier release, `4月3日現在` no event at all.  A date with no verb
 * after it takes the meaning of its label or heading (`## 発覚日時` over
 * `令和6年10月23日`); a heading or a line that is only a date dates the
 * lines under it (a timeline), and `この時点で` points back to the date
 * before.  A sentence with a single date whose first verb is the attack and
 * a later verb its discovery (`端末は12月中旬に…感染しており、…判明`)
 * supports both, the second only when nothing better dates the discovery;
 * when the attack is the very object of the finding (`…が暗号化されている
 * ことを確認`) the date is the finding's.  A period that says whose data is
 * concerned (`2019年4月から2024年3月までにご利用のお客様`) or which things
 * (`…までの記事`) names nothing, nor does a date inside a relative clause
 * (`10月23日に送られたメールが確認`), and dates after the release are
 * plans.  A whole sentence that opens with a date and names no event
 * (`4月13日、…閲覧中、警告画面が表示されました。`) dates the next one.
 *
 * Then the fields: the earliest date of each kind; for a provider's breach
 * the day the organisation was told (`報告を受け`, `との発表があり`), never
 * the date the provider published its own notice (`同社は…昨日発表`,
 * `X社ニュースリリース(3月4日)`); and
 * occurred ≤ detected ≤ the first response: an incident dated the day of a
 * response to it (or of the release) was found that day, and an occurrence
 * after the detection is a misreading.
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "date_words.h"
#include "extract_internal.h"

static int event_of_context(const sentence *s);
static int event_of_heading(const sentence *s);
static bool starts_sentence(const extract_ctx *ctx, const sentence *s, uint32_t h);
static uint32_t first_date(const extract_ctx *ctx, const sentence *s);
static bool labelled_event(const extract_ctx *ctx, const sentence *s);

static date_reading read_after(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    return kj_read_events(ctx, s, h, kj_clause_of(ctx, s, h));
}

/* The term right after date hit `h` (touching it, or after its time of
 * day), or NULL. */
static const lex_entry *adjacent_term(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const hit *x = &ctx->hits[h];
    if (h + 1 >= s->hit_end)
        return NULL;
    const hit *y = &ctx->hits[h + 1];
    if (y->kind != HIT_TERM || y->block != x->block)
        return NULL;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    if (y->pos > kj_after_time_of_day(text, len, x->pos + x->len))
        return NULL;
    return hit_entry(ctx, y);
}

/* The last event named among hits [from, to) of sentence `s`, or NO_EVENT. */
static int last_event(const extract_ctx *ctx, const sentence *s, uint32_t from, uint32_t to)
{
    for (uint32_t k = to; k-- > from;) {
        bool told;
        int kind = kj_hit_event(ctx, s, k, &told);
        if (kind != NO_EVENT)
            return kind;
    }
    return NO_EVENT;
}

/* The last event the sentence names: its main predicate. */
static int main_event(const extract_ctx *ctx, const sentence *s)
{
    return last_event(ctx, s, s->hit_start, s->hit_end);
}

/* The nearest event named before hit `h` in its clause. */
static int event_just_before(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    return last_event(ctx, s, kj_clause_of(ctx, s, h)->hit_start, h);
}

/* Is hit `k` a release agreed with (`お知らせいたしましたとおり`): the
 * preamble of a sentence, not its event? */
static bool agrees_with_earlier(const extract_ctx *ctx, uint32_t k)
{
    const lex_entry *e = hit_entry(ctx, &ctx->hits[k]);
    return ends_with(entry_text(ctx, e), e->len, "とおり") ||
           ends_with(entry_text(ctx, e), e->len, "通り") ||
           kj_text_after_is(ctx, &ctx->hits[k], "とおり") ||
           kj_text_after_is(ctx, &ctx->hits[k], "通り");
}

/* Does no event come before date hit `h` in its sentence, but for a
 * release agreed with (`先般お知らせいたしましたとおり、8月19日、…`)? */
static bool nothing_happens_before(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    for (uint32_t k = s->hit_start; k < h; k++) {
        bool told;
        int kind = kj_hit_event(ctx, s, k, &told);
        if (kind == NO_EVENT || (kind == KJ_EVENT_RELEASE && agrees_with_earlier(ctx, k)))
            continue; /* `先般お知らせいたしましたとおり、8月19日、…` */
        return false;
    }
    return true;
}

/* Is date hit `h` the sentence's opening adverbial: nothing happens before
 * it, and a comma closes it (`2025年4月25日、…`, `6月30日(月)に、…`,
 * `2月2日(月)午前10時頃、…`)?  A comma before a digit lists dates
 * (`11月17日、18日に起こりました…`). */
static bool opens_sentence(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    if (!nothing_happens_before(ctx, s, h))
        return false;
    if (s->kind == SENT_ROW && starts_sentence(ctx, s, h))
        return true; /* `2月9日 | …不具合が発生し、調査した結果、…判明`: a
                        timeline's date cell opens its row */
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t stop = x->pos + x->len + 45, next = h + 1;
    if (next + 1 < s->hit_end && ctx->hits[next].kind == HIT_OPEN &&
        ctx->hits[next + 1].kind == HIT_CLOSE && ctx->hits[next + 1].pos <= x->pos + x->len + 15)
        next += 2; /* `12月16日「(火)、`: a weekday the date did not take */
    if (next < s->hit_end && ctx->hits[next].block == x->block && ctx->hits[next].pos < stop)
        stop = ctx->hits[next].pos;
    for (uint32_t i = x->pos + x->len; i + 3 <= len && i < stop; i++)
        if (memcmp(text + i, "、", 3) == 0)
            return !(i + 3 < len && text[i + 3] >= '0' && text[i + 3] <= '9');
    return false;
}

/* The date is the topic's complement: `被害を確認したのは翌17日朝でございます`. */
static bool after_topic(const extract_ctx *ctx, const hit *x)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    return x->pos >= 3 && memcmp(text + x->pos - 3, "は", 3) == 0;
}

/* Is `e` a connective that opens a sentence (`なお、`, `ただし`, `一方、`)
 * rather than the end of a search (`調査の結果、`, `確認したところ、`)? */
static bool opening_connective(const extract_ctx *ctx, const lex_entry *e)
{
    static const char *const words[] = {"なお", "、なお", "。なお", "ただし",
                                        "但し", "一方",   "他方"};
    if (!HAS(e->cues, CLAUSE_BREAK))
        return false;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (entry_starts(ctx, e, words[i]))
            return true;
    return false;
}

/* Does clause `c` end on a note mark in parentheses (`(※)`, `(※1)`)? */
static bool note_reference_ends(const extract_ctx *ctx, const clause *c)
{
    if (c->hit_end == c->hit_start)
        return false;
    const hit *x = &ctx->hits[c->hit_end - 1];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    return x->kind == HIT_TERM && x->pos >= 1 && x->pos + 3 <= len &&
           memcmp(text + x->pos, "※", 3) == 0 && text[x->pos - 1] == '(';
}

/* Does a clause break (`調査の結果、`, `確認したところ、`) come before
 * date hit `h` in its sentence?  Then a finding after the date is the
 * investigation's, and the date belongs to what was found. */
static bool after_break(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const clause *first = &ctx->clauses[s->clause_start];
    if (first->hit_end == first->hit_start + 1 && first + 1 < ctx->clauses + s->clause_end) {
        const hit *x = &ctx->hits[first->hit_start];
        if (x->kind == HIT_TERM && opening_connective(ctx, hit_entry(ctx, x)))
            first++; /* `なお、当社は、7月23日に…を検知し`: a connective opens it */
    }
    /* `…に公表いたしましたとおり(※)、当社は、2月2日…`: a note mark in
     * parentheses refers to a note; it breaks no clause */
    while (first + 1 < ctx->clauses + s->clause_end && note_reference_ends(ctx, first))
        first++;
    return kj_clause_of(ctx, s, h) > first;
}

/* Where the parenthesis that closes a line starts (`検知日時:1月15日9時頃
 * (不審な送信を監視装置が検知)`), or `to` when the line ends otherwise:
 * a note on the date, which says nothing of what the label dates. */
static uint32_t closing_note(const char *text, uint32_t from, uint32_t to)
{
    uint32_t end = to;
    while (end > from && (text[end - 1] == ' ' || text[end - 1] == '\n'))
        end--;
    if (end <= from || text[end - 1] != ')')
        return to;
    int depth = 0;
    for (uint32_t i = end; i-- > from;) {
        if (text[i] == ')')
            depth++;
        else if (text[i] == '(' && --depth == 0)
            return i > from ? i : to;
    }
    return to;
}

/* Is the release word at hit `k` the object of a finding in its clause
 * (`その公表を認識し`, `同社の発表を確認`): the organisation learning of
 * someone's announcement, which dates its detection? */
static bool announcement_learnt(const extract_ctx *ctx, const sentence *s, uint32_t k)
{
    if (!kj_text_after_is(ctx, &ctx->hits[k], "を"))
        return false;
    const clause *c = kj_clause_of(ctx, s, k);
    for (uint32_t j = k + 1; j < c->hit_end; j++) {
        bool told;
        int kind = kj_hit_event(ctx, s, j, &told);
        if (kind != NO_EVENT)
            return kind == KJ_EVENT_DETECTED;
    }
    return false;
}

/* Is date hit `h` labelled, right before it, by the report it belongs to
 * (`|【前回報告】令和6年12月|…|`, `今回報告:令和7年6月`)?  A row that sets
 * what one report said beside another's dates those reports; what the row
 * tells was known then, not happening then. */
static bool labelled_by_a_report(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    if (h == s->hit_start)
        return false;
    const hit *x = &ctx->hits[h], *y = &ctx->hits[h - 1];
    if (y->kind != HIT_TERM || y->block != x->block || !HAS(hit_entry(ctx, y)->cues, REPORT_LABEL))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (uint32_t i = y->pos + y->len; i < x->pos; i = next_char(text, len, i))
        if (!strchr(" :", text[i]) && !starts(text, len, i, "】") && !starts(text, len, i, "　"))
            return false;
    return true;
}

/* Does date hit `h` follow a label naming a report to someone (`個人情報保護
 * 委員会への報告⇒`, `警察への届出:`), as its sentence's start? */
static bool report_label_before(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    if (event_just_before(ctx, s, h) != KJ_EVENT_REPORTED &&
        main_event(ctx, s) != KJ_EVENT_REPORTED)
        return false;
    const hit *x = &ctx->hits[h];
    if (x->block != s->block)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    static const char to[] = "への";
    for (uint32_t i = s->start; i + sizeof to - 1 <= x->pos; i++)
        if (memcmp(text + i, to, sizeof to - 1) == 0)
            return true;
    return false;
}

/*
 * Is sentence `s` a bare date: little besides its dates, times and list
 * numbers (`(1)令和6年10月23日(水)午後4時頃`, `発生日時:5月3日12時~17時`,
 * `7月10日未明から11日昼にかけて`)?  Only such a sentence takes its
 * meaning from the label or heading it stands under: under `## 発覚から
 * の対応`, `5月2日に、記録(5月1日以後)を保存し、分析を開始した` is no
 * discovery.
 */
static bool bare_date(const extract_ctx *ctx, const sentence *s, bool but_for_note)
{
    uint32_t other = 0; /* bytes of non-ASCII text outside the dates */
    for (uint32_t b = s->block; b <= s->last_block; b++) {
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, b, &len);
        uint32_t from = b == s->block ? s->start : 0;
        uint32_t to = b == s->last_block && s->end <= len ? s->end : len;
        if (but_for_note && b == s->last_block)
            to = closing_note(text, from, to);
        uint32_t h = s->hit_start;
        for (uint32_t i = from; i < to; i++) {
            while (h < s->hit_end &&
                   (ctx->hits[h].block < b ||
                    (ctx->hits[h].block == b && ctx->hits[h].pos + ctx->hits[h].len <= i)))
                h++;
            const hit *x = h < s->hit_end ? &ctx->hits[h] : NULL;
            if (x && x->kind == HIT_DATE && x->block == b && x->pos <= i) {
                i = x->pos + x->len - 1;
                continue;
            }
            other += (unsigned char)text[i] >= 0x80;
            if (other > 45)
                return false;
        }
        if (b == UINT32_MAX)
            break;
    }
    return other <= 45;
}

/* Does date hit `h` start its sentence, but for a list number, a mark or
 * a short label that names no event (`(2)`, `■`, `期間:`, `日本時間`)?  A
 * longer label (`電子署名の有効期間:`) is about something else. */
static bool starts_sentence(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const hit *x = &ctx->hits[h];
    if (x->block != s->block)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t other = 0;
    for (uint32_t i = s->start; i < x->pos; i++)
        other += (unsigned char)text[i] >= 0x80;
    return x->pos - s->start <= 16 && other <= 12;
}

static int strongest_from(const extract_ctx *ctx, const sentence *s, uint32_t from, int first,
                          uint32_t *at);

/* The strongest event of the sentence after hit `h` (strongest_from: from
 * hit `from` on): a finding, else the incident, else the first event
 * named; *at is its term. */
static int strongest_after(const extract_ctx *ctx, const sentence *s, uint32_t h, int first,
                           uint32_t *at)
{
    return strongest_from(ctx, s, h + 1, first, at);
}

static int strongest_from(const extract_ctx *ctx, const sentence *s, uint32_t from, int first,
                          uint32_t *at)
{
    bool occurred = false;
    for (uint32_t k = from; k < s->hit_end; k++) {
        bool told;
        int kind = kj_hit_event(ctx, s, k, &told);
        if (kind == KJ_EVENT_DETECTED) {
            *at = k;
            return kind;
        }
        occurred |= kind == KJ_EVENT_OCCURRED;
    }
    return occurred ? KJ_EVENT_OCCURRED : first;
}

/* Does the verb at hit `k` end its clause (`…が暗号化され、`, `…が発生
 * しており、`): an event told in a clause of its own? */
static bool ends_its_clause(const extract_ctx *ctx, uint32_t k)
{
    const hit *x = &ctx->hits[k];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t i = x->pos + x->len;
    while (i < len && i < x->pos + x->len + 12 && is_hiragana(char_at(text, len, i)))
        i += 3; /* `されており` */
    return starts(text, len, i, "、");
}

/* Is the failure at hit `y` only the object of a finding, within its
 * clause (`…システム障害が発生したことを確認`, `…障害を発生していること`),
 * not a clause of its own (`…不調が発生し、…判明`)? */
static bool outage_found(const extract_ctx *ctx, const hit *y)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, y->block, &len);
    for (uint32_t i = y->pos + y->len, n = 0; i < len && n < 16; i = next_char(text, len, i), n++) {
        if (starts(text, len, i, "、") || starts(text, len, i, "。"))
            return false;
        if (starts(text, len, i, "こと") || starts(text, len, i, "事を") ||
            starts(text, len, i, "事が"))
            return true;
    }
    return false;
}

/* Does the sentence name a failure (`ダウン`, `動作不良`) after hit `h`,
 * in its own words (not quoted), told as what happened rather than only
 * as what was found — or found, when `found_too` (an attack told in a
 * clause of its own before it: `…アクセスが行われ、サーバーが停止したこと
 * が判明`)? */
static bool outage_after(const extract_ctx *ctx, const sentence *s, uint32_t h, bool found_too)
{
    for (uint32_t k = h + 1; k < s->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind == HIT_TERM && !y->quoted && HAS(hit_entry(ctx, y)->cues, OUTAGE) &&
            (found_too || !outage_found(ctx, y)))
            return true;
    }
    return false;
}

/* ------------------------------------------------------------ a verdict */

/* A date that is the finding's unless the text dates the finding later. */
enum {
    AMBIGUOUS_NO,
    AMBIGUOUS_PAST,   /* `…を受けたことを確認`: a later telling says nothing of
                         when the finding was */
    AMBIGUOUS_PERFECT /* `12月21日、…を受けていたことが判明`: a later telling
                         or finding makes the date the attack's */
};

typedef struct verdict {
    int kind;            /* what the date names: an event kind, NO_EVENT, STATUS_DATE */
    bool told;           /* a detection by being told */
    int ambiguous;       /* the finding, or what it found (AMBIGUOUS_*) */
    bool also_occurred;  /* the incident happened that day too */
    bool maybe_detected; /* a weaker reading: it may also be the detection */
    int response;        /* KJ_EVENT_CONTAINED…RESTORED: a response the same day
                            (`…受け、直ちに遮断`); anything else: none */
} verdict;

/* Are date hits `a` and `b` joined as a list (`12月8日および同月19日`,
 * `7月4日、7月5日`)? */
static bool joined(const extract_ctx *ctx, uint32_t a, uint32_t b)
{
    static const char *const joins[] = {"および", "及び", "、", "と", "や", "・", "並びに"};
    const hit *x = &ctx->hits[a], *y = &ctx->hits[b];
    if (b != a + 1 || x->block != y->block)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t from = x->pos + x->len, gap = y->pos - from;
    for (size_t i = 0; i < sizeof joins / sizeof joins[0]; i++)
        if (gap == strlen(joins[i]) && memcmp(text + from, joins[i], gap) == 0)
            return true;
    return false;
}

/* `…との報告を3月に受けました`: the date between the telling and its verb. */
static bool told_before(const extract_ctx *ctx, const sentence *s, uint32_t h,
                        const date_reading *r)
{
    if (r->first != KJ_EVENT_OCCURRED || h == s->hit_start)
        return false;
    const lex_entry *verb = hit_entry(ctx, &ctx->hits[r->first_hit]);
    const hit *p = &ctx->hits[h - 1];
    if (!entry_starts(ctx, verb, "受け") || p->kind != HIT_TERM || p->block != ctx->hits[h].block ||
        p->pos + p->len + 3 < ctx->hits[h].pos)
        return false;
    const lex_entry *e = hit_entry(ctx, p);
    return HAS(e->cues, EV_TOLD) || HAS(e->cues, REPORT_VERB) || HAS(e->cues, EV_NOTIFY);
}

/* The event of a verb that qualifies date hit `h` (`不正アクセスを確認した
 * 4月下旬以降`, `被害が発生した3月30日`), else NO_EVENT. */
static int event_qualifying(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    if (h == s->hit_start)
        return NO_EVENT;
    const hit *x = &ctx->hits[h], *y = &ctx->hits[h - 1];
    if (y->block != x->block || y->pos + y->len + 12 < x->pos)
        return NO_EVENT;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (uint32_t i = y->pos + y->len; i < x->pos; i = next_char(text, len, i))
        if (!is_hiragana(char_at(text, len, i)))
            return NO_EVENT;
    if (!ends_with(text, x->pos, "た"))
        return NO_EVENT;
    bool told;
    return kj_hit_event(ctx, s, h - 1, &told);
}

/* Is date hit `h` the end of a window closed by its detection (`3月1日から、
 * 不正アクセスを検知した3月5日までの間`): a finding qualifies it, and
 * `まで` follows? */
static bool detection_ends_window(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const lex_entry *mark = adjacent_term(ctx, s, h);
    return mark && HAS(mark->cues, RANGE) && entry_starts(ctx, mark, "まで") &&
           event_qualifying(ctx, s, h) == KJ_EVENT_DETECTED;
}

/* Does the term after a date make it the start of a period (`から`,
 * `より`, `以降`)? */
static bool starts_period(const extract_ctx *ctx, const lex_entry *suffix)
{
    return suffix && HAS(suffix->cues, RANGE) &&
           (entry_starts(ctx, suffix, "から") || entry_starts(ctx, suffix, "より") ||
            entry_starts(ctx, suffix, "以降"));
}

static bool quotes_a_state(const extract_ctx *ctx, uint32_t h, uint32_t told);

/* Does the telling at hit `told` quote an incident that went on
 * (`…が送信されているとお客様より連絡`, `…されている旨の報告`) after date
 * hit `h`? */
static bool tells_a_state(const extract_ctx *ctx, const sentence *s, uint32_t h, uint32_t told)
{
    return last_event(ctx, s, h + 1, told) == KJ_EVENT_OCCURRED && quotes_a_state(ctx, h, told);
}

/* Is a state quoted between date hit `h` and the telling at hit `told`
 * (`…以降は安全な状態となっているとの報告`, `…送信されている旨の連絡`): the
 * date starts what the state says, and dates no telling? */
static bool quotes_a_state(const extract_ctx *ctx, uint32_t h, uint32_t told)
{
    static const char *const states[] = {"ていると", "でいると", "ている旨",
                                         "でいる旨", "ておると", "ておる旨"};
    const hit *x = &ctx->hits[h], *y = &ctx->hits[told];
    if (y->block != x->block)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (uint32_t i = x->pos + x->len; i < y->pos; i = next_char(text, len, i))
        for (size_t k = 0; k < sizeof states / sizeof states[0]; k++)
            if (starts(text, len, i, states[k]))
                return true;
    return false;
}

/* Does the period that date hit `end` closes say which things are
 * concerned (`2016年3月から2025年2月までの記事…への…埋め込み`): a noun, not
 * an event, after `までの`? */
static bool describes_things(const extract_ctx *ctx, const sentence *s, uint32_t end)
{
    static const char *const spans[] = {"間", "期間", "時間", "日", "範囲", "うち"};
    const hit *x = &ctx->hits[end];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = kj_after_time_of_day(text, len, x->pos + x->len);
    if (starts(text, len, at, "まで"))
        at += 6;
    if (!starts(text, len, at, "の"))
        return false;
    at += 3;
    for (size_t i = 0; i < sizeof spans / sizeof spans[0]; i++)
        if (starts(text, len, at, spans[i]))
            return false; /* `…までの間に`: when */
    if (starts(text, len, at, "ご") || starts(text, len, at, "お"))
        at += 3; /* `…までのご宿泊日`: the polite prefix of the noun */
    uint32_t cp = char_at(text, len, at);
    if (!((cp >= 0x30A0 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF)))
        return false;
    for (uint32_t k = end + 1; k < s->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->block != x->block || y->pos > at)
            break;
        bool told;
        if (y->pos == at && kj_hit_event(ctx, s, k, &told) != NO_EVENT)
            return false; /* `…までの不正アクセス`: the event itself */
    }
    return true;
}

/* Is date hit `h` given with its time of day (`22時50分頃、`, `未明に、`)
 * before the attack's own verb of happening (`…アクセスが発生し`, `…攻撃を
 * 受け`): the hour is the attack's, whatever was found after it? */
static bool timed_attack(const extract_ctx *ctx, uint32_t h, const date_reading *r)
{
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    if (r->first != KJ_EVENT_OCCURRED ||
        kj_after_time_of_day(text, len, x->pos + x->len) == x->pos + x->len)
        return false;
    const lex_entry *verb = hit_entry(ctx, &ctx->hits[r->first_hit]);
    return entry_starts(ctx, verb, "受け") || entry_starts(ctx, verb, "発生");
}

/* Is date hit `h` followed by hours of that day (`8月21日17:00頃~20:30頃`)? */
static bool hours_of_the_day(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const lex_entry *suffix = adjacent_term(ctx, s, h);
    if (!suffix || !HAS(suffix->cues, RANGE) || entry_starts(ctx, suffix, "まで"))
        return false;
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t end = x->pos + x->len;
    while (end < len && text[end] == '(') { /* `(木)` */
        while (end < len && text[end] != ')')
            end++;
        end++;
    }
    return kj_after_time_of_day(text, len, end) > end;
}

/* Does date hit `h` qualify a report or notice as a noun (`9月13日の報告`,
 * `4月1日のご連絡`)?  Then it dates that, not the verbs after it. */
static bool names_a_report(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const hit *x = &ctx->hits[h];
    if (h + 1 >= s->hit_end || !kj_text_after_is(ctx, x, "の"))
        return false;
    const hit *y = &ctx->hits[h + 1];
    if (y->kind != HIT_TERM || y->block != x->block || y->pos != x->pos + x->len + 3)
        return false;
    const lex_entry *e = hit_entry(ctx, y);
    return (HAS(e->cues, REPORT_VERB) || HAS(e->cues, EV_NOTIFY)) && !HAS(e->cues, EV_TOLD);
}

/* Where the words that date hit `h` governs begin: past its time of day,
 * a weekday in parentheses (`(土)`) and a date joined to it (`1月18日(土)
 * 及び19日(日)`). */
static uint32_t past_the_date(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    static const char *const joins[] = {"及び", "および", "と", "、", "・"};
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t i = x->pos + x->len;
    for (;;) {
        i = kj_after_time_of_day(text, len, i);
        if (starts(text, len, i, "(") && i + 7 <= len && text[i + 4] == ')')
            i = kj_after_time_of_day(text, len, i + 5); /* `(土)` */
        size_t join = 0;
        for (size_t k = 0; k < sizeof joins / sizeof joins[0] && !join; k++)
            if (starts(text, len, i, joins[k]))
                join = strlen(joins[k]);
        /* the day joined, as a date hit or as bare figures (`及び19日`) */
        uint32_t day = i + (uint32_t)join;
        while (join && day < len && text[day] >= '0' && text[day] <= '9')
            day++;
        if (!join || day == i + join || !starts(text, len, day, "日"))
            return i;
        i = day + (uint32_t)strlen("日");
        for (; h + 1 < s->hit_end && ctx->hits[h + 1].block == x->block && ctx->hits[h + 1].pos < i;
             h++) {
            const hit *y = &ctx->hits[h + 1]; /* the joined date's hit may reach past `日` */
            if (y->pos + y->len > i)
                i = y->pos + y->len;
        }
    }
}

/* Does date hit `h` date the organisation's own activity, named in a
 * relative clause that qualifies it (`10月9日より募集を実施しておりました
 * 「…キャンペーン」`, `1月18日に当センターが実施する試験に際し`)?  The date
 * is the campaign's or the exam's, neither the incident's nor its finding's.
 * Only what is held or run for a time (実施, 開催) and said as going on or
 * to come; a work done (`…に実施した作業において`) is read elsewhere. */
static bool dates_an_activity(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    static const char *const particles[] = {"に", "より", "から"};
    static const char *const verbs[] = {"実施", "開催"};
    static const char *const going_on[] = {
        "する", "している", "しております", "しておりました", "していました", "していた", "中の"};
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t i = past_the_date(ctx, s, h);
    bool bound = false;
    for (size_t k = 0; k < sizeof particles / sizeof particles[0] && !bound; k++)
        if (starts(text, len, i, particles[k])) {
            i += (uint32_t)strlen(particles[k]);
            bound = !starts(text, len, i, "、");
        }
    if (!bound)
        return false;
    for (uint32_t n = 0;
         n < 30 && i < len && !starts(text, len, i, "、") && !starts(text, len, i, "。");
         n++, i = next_char(text, len, i))
        for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++) {
            if (!starts(text, len, i, verbs[v]))
                continue;
            for (uint32_t k = h + 1; k < s->hit_end; k++) {
                bool told;
                const hit *y = &ctx->hits[k];
                if (y->block != x->block || y->pos >= i)
                    break;
                if (y->kind == HIT_TERM && kj_hit_event(ctx, s, k, &told) != NO_EVENT)
                    return false; /* an event named before the activity */
            }
            uint32_t at = i + (uint32_t)strlen(verbs[v]);
            for (size_t g = 0; g < sizeof going_on / sizeof going_on[0]; g++) {
                if (!starts(text, len, at, going_on[g]))
                    continue;
                uint32_t cp = char_at(text, len, at + (uint32_t)strlen(going_on[g]));
                return (cp >= 0x30A0 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
                       cp == 0x300C || cp == 0x3010; /* a noun, 「 or 【: what it qualifies */
            }
            return false;
        }
    return false;
}

/* Is the incident at term `k` only the topic of a notice released about it
 * (`4月17日に…が不正アクセスを受けた件についてお知らせ(※)しましたが`)?  The
 * date is that earlier release's.  A note mark may stand between the
 * notice and its verb. */
static bool topic_of_a_release(const extract_ctx *ctx, uint32_t k)
{
    static const char *const about[] = {"件について", "件につきまして", "件に関して", "件につき"};
    static const char *const notices[] = {"お知らせ", "ご報告", "公表", "発表", "お伝え"};
    const hit *y = &ctx->hits[k];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, y->block, &len);
    uint32_t i = y->pos + y->len;
    for (uint32_t n = 0; n < 6 && is_hiragana(char_at(text, len, i)); n++)
        i += 3;
    if (!ends_with(text, i, "た"))
        return false;
    size_t a = 0;
    while (a < sizeof about / sizeof about[0] && !starts(text, len, i, about[a]))
        a++;
    if (a == sizeof about / sizeof about[0])
        return false;
    i += (uint32_t)strlen(about[a]);
    if (starts(text, len, i, "、"))
        i += (uint32_t)strlen("、");
    for (size_t m = 0; m < sizeof notices / sizeof notices[0]; m++)
        if (starts(text, len, i, notices[m])) {
            i += (uint32_t)strlen(notices[m]);
            if (starts(text, len, i, "(※") || starts(text, len, i, "(注"))
                for (uint32_t j = i; j < len && j < i + 12; j++)
                    if (text[j] == ')') {
                        i = j + 1; /* `お知らせ(※)しました`: the note's mark */
                        break;
                    }
            return starts(text, len, i, "し") || starts(text, len, i, "いたし") ||
                   starts(text, len, i, "させて");
        }
    return false;
}

/* Does a quoted title follow date hit `h` as what was published under it
 * (`4月5日に「…に関するお知らせ」として…公表いたしました`, `…「…について」と
 * 題して`)?  The date is that earlier release's, whatever the clause after
 * the title tells. */
static bool introduces_a_title(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    static const char *const notices[] = {"お知らせ", "ご報告",   "お詫び", "おわび",
                                          "について", "に関する", "報)"};
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t i = past_the_date(ctx, s, h);
    if (starts(text, len, i, "に"))
        i += (uint32_t)strlen("に");
    if (starts(text, len, i, "、"))
        i += (uint32_t)strlen("、");
    if (!starts(text, len, i, "「"))
        return false;
    bool notice = false;
    for (uint32_t j = i; j < len && j < i + 300; j = next_char(text, len, j)) {
        for (size_t k = 0; k < sizeof notices / sizeof notices[0] && !notice; k++)
            notice = starts(text, len, j, notices[k]);
        if (starts(text, len, j, "」")) {
            j += (uint32_t)strlen("」");
            return notice && (starts(text, len, j, "として") || starts(text, len, j, "と題"));
        }
        if (starts(text, len, j, "「") && j > i)
            return false; /* a quote inside: not a plain title */
    }
    return false;
}

/* Is sentence `s` a line under a lead-in that says card data leaked in
 * the periods listed (`以下の対象期間に…購入されたお客様クレジットカード情報
 * が漏洩し` then `対象期間①2021年5月1日~2024年5月31日`)?  The window is when
 * the cards were taken. */
static bool card_window_line(const extract_ctx *ctx, const sentence *s)
{
    if (s->kind != SENT_PARAGRAPH || !s->fragment)
        return false;
    for (const sentence *p = s; p-- > ctx->sents;) {
        if (p->kind == SENT_HEADING)
            return false;
        if (p->kind == SENT_PARAGRAPH && p->fragment)
            continue; /* another window line */
        return p->kind == SENT_PARAGRAPH && KJ_SET_HAS(p->data, KJ_DATA_CREDIT_CARD) &&
               (HAS(p->cues, LEAK) || HAS(p->cues, LEAK_NOUN));
    }
    return false;
}

/* Is date hit `h` bound to a verb by `に` (`10月8日に`, `4月1日深夜に`),
 * not set apart by a comma as the sentence's opening? */
static bool dated_with_ni(const extract_ctx *ctx, uint32_t h)
{
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = kj_after_time_of_day(text, len, x->pos + x->len);
    return starts(text, len, at, "に") && !starts(text, len, at, "に、") &&
           !starts(text, len, at, "において") && !starts(text, len, at, "にかけ");
}

/* Is date hit `h` (with its time of day) followed right by `、`: the
 * opening of what the whole clause says (`2月2日午前10時頃、…を確認`)? */
static bool set_off_by_comma(const extract_ctx *ctx, uint32_t h)
{
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    return starts(text, len, kj_after_time_of_day(text, len, x->pos + x->len), "、");
}

/* Is there a `、` between date hit `h` and hit `k` of its block: the date
 * bound by `に` to a verb before it (`3月24日に従業員が…誘導され、…アクセス
 * を受けた`)? */
static bool comma_between(const extract_ctx *ctx, uint32_t h, uint32_t k)
{
    const hit *x = &ctx->hits[h], *y = &ctx->hits[k];
    if (y->block != x->block)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (uint32_t i = x->pos + x->len; i < y->pos; i = next_char(text, len, i))
        if (starts(text, len, i, "、"))
            return true;
    return false;
}

/* Is date hit `h` bound by `に` to a short verb in the past that qualifies
 * a noun before the term at hit `k` (`10月23日に送られたメール`, `同日に
 * 届いた通知`): a relative clause, whose date is the thing's? */
static bool qualifies_a_thing(const extract_ctx *ctx, uint32_t h, uint32_t k)
{
    static const char *const particles[] = {"を", "が", "は", "で", "に", "と", "の", "も", "、"};
    const hit *x = &ctx->hits[h], *y = &ctx->hits[k];
    if (y->block != x->block || !dated_with_ni(ctx, h))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t i = kj_after_time_of_day(text, len, x->pos + x->len) + 3; /* past `に` */
    for (uint32_t n = 0; n < 6 && i < y->pos; n++, i = next_char(text, len, i)) {
        for (size_t p = 0; p < sizeof particles / sizeof particles[0]; p++)
            if (n > 0 && starts(text, len, i, particles[p]))
                return false;
        uint32_t cp = char_at(text, len, i);
        if (cp == 0x305F /* た */ && n > 0 && is_hiragana(char_at(text, len, i - 3))) {
            uint32_t next = char_at(text, len, i + 3);
            bool noun = (next >= 0x30A0 && next <= 0x30FF) || (next >= 0x4E00 && next <= 0x9FFF);
            for (uint32_t j = h + 1; j < k && noun; j++)
                if (ctx->hits[j].block == x->block && ctx->hits[j].pos < i + 3 &&
                    ctx->hits[j].kind == HIT_TERM)
                    return false; /* an event word of its own (`…に発生した障害`) */
            return noun;
        }
        if (cp < 0x80 || !(is_hiragana(cp) || (cp >= 0x4E00 && cp <= 0x9FFF)))
            return false;
    }
    return false;
}

/* Is date hit `h` a window labelled `期間` on a line under a heading that
 * names the attack (`## 不正ログインの状況` over `期間:7月8~10日`)? */
static bool attack_window_line(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const hit *x = &ctx->hits[h];
    if (x->block != s->block || s->section < 0 || s->victims || HAS(s->cues, PERIOD_OF))
        return false; /* `対象期間:…にご利用のお客様`: whose data */
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    bool labelled = false;
    for (uint32_t i = s->start; i + 6 <= x->pos && !labelled; i = next_char(text, len, i))
        labelled = starts(text, len, i, "期間");
    if (!labelled)
        return false;
    for (const sentence *p = s; p-- > ctx->sents;)
        if (p->kind == SENT_HEADING && p->section == s->section)
            return p->attacks != 0;
    return false;
}

/* Is the finding at hit `k` a past event coming to light (`…アクセスが
 * あったことが判明`, `…されていたことが発覚`, `…された事実を確認`): learnt
 * after the window, not
 * watched as it went on (`…不審なログインを検知`)? */
static bool came_to_light(const extract_ctx *ctx, uint32_t k)
{
    static const char *const verbs[] = {"判明", "発覚", "分かり", "わかり", "分かっ", "わかっ"};
    static const char *const objects[] = {"たことが", "たことを", "た事が", "た事を"};
    const hit *y = &ctx->hits[k];
    const lex_entry *e = hit_entry(ctx, y);
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, y->block, &len);
    bool past = false;
    for (size_t i = 0; i < sizeof objects / sizeof objects[0] && !past; i++)
        past = ends_with(text, y->pos, objects[i]);
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0] && past; i++)
        if (entry_starts(ctx, e, verbs[i]))
            return true;
    /* `…不正に利用された事実を確認`: the fact of what had happened, found */
    return ends_with(text, y->pos, "た事実を") || ends_with(text, y->pos, "た事実が");
}

/* Do dates `a` ≤ `b` lie in one month or the next: a window short enough
 * to have been watched as it went on, not one found by searching logs? */
static bool within_a_month(kj_date a, kj_date b)
{
    int from = a.year * 12 + a.month, to = b.year * 12 + b.month;
    return to >= from && to - from <= 1;
}

/* Is date hit `h` the end of a period (`7月25日~10月22日`)? */
static bool ends_period(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    if (h < s->hit_start + 2 || ctx->hits[h - 2].kind != HIT_DATE)
        return false;
    const lex_entry *mark = adjacent_term(ctx, s, h - 2);
    return mark && HAS(mark->cues, RANGE) && ctx->hits[h - 2].block == ctx->hits[h].block;
}

/* Does date hit `h`, in parentheses, stand alone in them but for its
 * weekday and a release word (`(2026.03.06)`, `(2月7日(金)付)`), not with
 * a state of its own (`(2025年1月17日(水)運営終了)`: when a service
 * ended)? */
static bool date_alone_in_parentheses(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    uint32_t k = h + 1;
    if (k + 1 < s->hit_end && ctx->hits[k].kind == HIT_OPEN && ctx->hits[k + 1].kind == HIT_CLOSE)
        k += 2; /* `(水)` */
    if (k < s->hit_end && ctx->hits[k].kind == HIT_TERM) {
        const lex_entry *e = hit_entry(ctx, &ctx->hits[k]);
        if (HAS(e->cues, DATED_RELEASE) || HAS(e->cues, EV_RELEASE))
            k++; /* `(2月7日付)`, `(2月7日公表)` */
    }
    if (k >= s->hit_end || ctx->hits[k].kind != HIT_CLOSE)
        return false;
    const hit *x = &ctx->hits[h], *close = &ctx->hits[k];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    if (close->block != x->block)
        return false;
    uint32_t other = 0; /* Japanese letters the hits do not account for */
    for (uint32_t i = x->pos + x->len; i < close->pos; i = next_char(text, len, i)) {
        bool in_hit = false;
        for (uint32_t j = h + 1; j < k && !in_hit; j++)
            in_hit = ctx->hits[j].pos <= i && i < ctx->hits[j].pos + ctx->hits[j].len;
        uint32_t cp = char_at(text, len, i);
        other += !in_hit && ((cp >= 0x30A0 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF));
    }
    return other <= 1; /* `(水)` as text, not as hits */
}

/* Is date hit `h` in parentheses right after a quoted title: the date of
 * the document cited? */
static bool cites_title(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    if (h == s->hit_start || ctx->hits[h - 1].kind != HIT_OPEN)
        return false;
    const hit *open = &ctx->hits[h - 1];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, open->block, &len);
    return ends_with(text, open->pos, "」") && date_alone_in_parentheses(ctx, s, h);
}

/* `攻撃を受けた期間(2024年10月15日~…)`: a date in parentheses right
 * after the event it dates. */
static int event_before_parenthesis(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    if (h == s->hit_start || ctx->hits[h - 1].kind != HIT_OPEN)
        return NO_EVENT;
    const hit *open = &ctx->hits[h - 1];
    for (uint32_t k = h - 1; k-- > s->hit_start;) {
        const hit *y = &ctx->hits[k];
        if (y->block != open->block || y->pos + y->len + 15 < open->pos || y->kind != HIT_TERM)
            return NO_EVENT;
        bool told;
        int kind = kj_hit_event(ctx, s, k, &told);
        if (kind != NO_EVENT)
            return kind;
    }
    return NO_EVENT;
}

/* Does the `付` after date hit `h` date a telling to the organisation
 * (`6月6日付で…お客様から…問い合わせを受け`): a detection, not a release? */
static bool dated_telling(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const lex_entry *suffix = adjacent_term(ctx, s, h);
    if (!entry_starts(ctx, suffix, "付で") && !entry_starts(ctx, suffix, "付にて"))
        return false;
    date_reading r = read_after(ctx, s, h);
    if (r.first == NO_EVENT && r.next_date < s->hit_end) {
        /* `6月16日付で、6月6日付のお客様とは別のお客様より…問い合わせを受け` */
        for (uint32_t k = s->hit_end; k-- > r.next_date + 1;) {
            bool told;
            int kind = kj_hit_event(ctx, s, k, &told);
            if (kind != NO_EVENT)
                return kind == KJ_EVENT_DETECTED && told;
        }
        return false;
    }
    return r.first == KJ_EVENT_DETECTED && r.told;
}

/* Is date hit `h` said of another party's act, its subject marked by `が`
 * right before it (`機器ベンダが、2025年9月末頃に脆弱性を公表`), not the
 * organisation itself (`当社が`, `本学が`)? */
static bool another_party_before(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const hit *x = &ctx->hits[h];
    uint32_t at;
    if (!kj_subject_before_date(ctx, h, &at))
        return false; /* `…したが、`: a clause, not a subject */
    for (uint32_t k = h; k-- > s->hit_start;) {
        const hit *y = &ctx->hits[k];
        if (y->block != x->block || y->pos + y->len < at)
            break;
        if (y->kind == HIT_SELF || (y->kind == HIT_TERM && HAS(hit_entry(ctx, y)->cues, OWN)))
            return false;
    }
    return true;
}

/* Is date hit `h`, or the last month of the list it opens (`11月、12月分`,
 * which the grammar does not read as a date), a portion of something
 * billed by the month (`12月分の利用料`): which part, not when anything
 * happened? */
static bool names_a_portion(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    static const char *const joins[] = {"、", "・", "と", "および", "及び"};
    for (uint32_t k = h;; k++) {
        const hit *x = &ctx->hits[k];
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, x->block, &len);
        uint32_t at = x->pos + x->len;
        if (starts(text, len, at, "分"))
            return true;
        for (size_t j = 0; j < sizeof joins / sizeof joins[0]; j++) {
            if (!starts(text, len, at, joins[j]))
                continue;
            uint32_t i = at + (uint32_t)strlen(joins[j]);
            while (i < len && text[i] >= '0' && text[i] <= '9')
                i++;
            if (i > at + strlen(joins[j]) && starts(text, len, i, "月分"))
                return true; /* `11月、12月分` */
        }
        if (k + 1 >= s->hit_end || ctx->hits[k + 1].kind != HIT_DATE || !joined(ctx, k, k + 1))
            return false;
    }
}

/* Does date hit `h` qualify a count (`6月13日の3名とは別の6名`, `同日の
 * 2件`): the date picks out those counted then, a back-reference, not an
 * event of its sentence? */
static bool dates_a_count(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const hit *x = &ctx->hits[h];
    if (h + 1 >= s->hit_end || !kj_text_after_is(ctx, x, "の"))
        return false;
    const hit *y = &ctx->hits[h + 1];
    return y->kind == HIT_NUMBER && y->block == x->block && y->pos == x->pos + x->len + 3 &&
           y->unit != UNIT_NONE;
}

/* Does date hit `h` name the state a system was put back to
 * (`2月21日以前の状態に戻し`, `同日時点の状態に復元`): a restore point, which
 * dates no event of the incident? */
static bool names_a_restore_point(const extract_ctx *ctx, uint32_t h)
{
    static const char *const points[] = {"の状態", "以前の状態", "時点の状態", "当時の状態"};
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = x->pos + x->len;
    if (starts(text, len, at, "(")) /* `2月21日(金)以前の`: past the weekday */
        for (uint32_t i = at + 1; i < len && i < at + 12; i++)
            if (text[i] == ')') {
                at = i + 1;
                break;
            }
    for (size_t i = 0; i < sizeof points / sizeof points[0]; i++)
        if (starts(text, len, at, points[i]))
            return true;
    return false;
}

/* Does the `付の` after date hit `h` name people (`6月6日付のお客様`)? */
static bool dated_people(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const lex_entry *suffix = adjacent_term(ctx, s, h);
    if (!entry_starts(ctx, suffix, "付の") || h + 2 >= s->hit_end)
        return false;
    const hit *sx = &ctx->hits[h + 1], *y = &ctx->hits[h + 2];
    return y->kind == HIT_TERM && y->block == sx->block && y->pos == sx->pos + sx->len &&
           hit_entry(ctx, y)->victims;
}

/* Is the incident at hit `occur` told by a verb that ends its clause
 * (`…が暗号化され、`, `…が発生し、`), and does what comes after it only name
 * what it was: a search closing the clause (`調査の結果、`, `確認したところ、`),
 * or a finding of its nature at hit `found` (`…の被害であることが判明`)?
 * Then the opening date saw the incident happen, and the finding too. */
static bool named_after(const extract_ctx *ctx, const sentence *s, uint32_t occur, uint32_t found)
{
    static const char *const searches[] = {"結果、", "ところ、"};
    static const char *const natures[] = {"であることが", "であることを", "であると"};
    const clause *c = kj_clause_of(ctx, s, occur);
    bool told;
    if (found <= occur || kj_hit_event(ctx, s, occur, &told) != KJ_EVENT_OCCURRED)
        return false;
    const hit *x = &ctx->hits[occur], *y = &ctx->hits[found];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    if (!ends_its_clause(ctx, occur))
        return false; /* `不正アクセスの調査の結果、`: a noun, not the incident told */
    if (y->block == x->block)
        for (size_t k = 0; k < sizeof natures / sizeof natures[0]; k++)
            if (ends_with(text, y->pos, natures[k]))
                return true;
    if (found < c->hit_end || occur + 1 >= c->hit_end)
        return false;
    const hit *end = &ctx->hits[c->hit_end - 1];
    if (end->kind != HIT_TERM || !HAS(hit_entry(ctx, end)->cues, CLAUSE_BREAK))
        return false;
    const lex_entry *e = hit_entry(ctx, end);
    for (size_t k = 0; k < sizeof searches / sizeof searches[0]; k++)
        if (ends_with(entry_text(ctx, e), e->len, searches[k]))
            return true;
    return false;
}

/* Is date hit `h` bound by `に` to what happened at a company of the
 * organisation's own group, named before the date as where it happened
 * (`当社の海外グループ会社である X社において、4月1日にランサムウェア攻撃を
 * 受け、…`)?  A group company is no provider for the dates: its attack told
 * as a clause of its own is read as the organisation's own (GUIDE, "Settled
 * while re-reading"). */
static bool at_a_group_company(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    static const char *const groups[] = {"グループ会社", "子会社", "関連会社", "現地法人"};
    if (!dated_with_ni(ctx, h))
        return false;
    for (uint32_t k = s->hit_start; k < h; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind != HIT_TERM)
            continue;
        if (entry_holds_any(ctx, hit_entry(ctx, y), groups, sizeof groups / sizeof groups[0]))
            return true;
    }
    return false;
}

/* Is the event at hit `occur` the organisation's own attack or outage told
 * as a clause of its own (`…不正アクセスがあり、`, `…攻撃を受け、`,
 * `…障害が発生し、`)?  With `group_too`, a group company's attack counts as
 * the organisation's own. */
static bool own_attack_clause(const extract_ctx *ctx, const sentence *s, uint32_t occur,
                              bool group_too)
{
    static const char *const verbs[] = {"あり", "発生", "侵入",       "暗号化され",
                                        "感染", "遭",   "改ざんされ", "乗っ取られ"};
    static const char *const received[] = {"攻撃を", "アクセスを", "被害を", "侵入を"};
    bool told;
    if ((ctx->rel->third_party && !group_too) ||
        kj_hit_event(ctx, s, occur, &told) != KJ_EVENT_OCCURRED || !ends_its_clause(ctx, occur))
        return false;
    const hit *x = &ctx->hits[occur];
    const lex_entry *e = hit_entry(ctx, x);
    const char *text = entry_text(ctx, e);
    if (entry_holds_any(ctx, e, verbs, sizeof verbs / sizeof verbs[0]))
        return true;
    if (ends_with(text, e->len, "を受け"))
        return true; /* `攻撃を受け、`: the attack received, in one term */
    if (!entry_starts(ctx, e, "受け"))
        return false;
    /* `…攻撃を受け、`, not `…派遣を受け、` */
    uint32_t len;
    const char *block = kj_ctx_block_text(ctx, x->block, &len);
    for (size_t i = 0; i < sizeof received / sizeof received[0]; i++)
        if (ends_with(block, x->pos, received[i]))
            return true;
    return false;
}

/* Is the first event after the date, at hit `occur`, the attack told as a
 * clause of its own (`…不正アクセスがあり、`, `…攻撃を受け、`) of the
 * organisation's own incident, and the finding at hit `found` one of a thing
 * (`…ランサムウェアの感染を確認`), not of a clause (`…感染したことを確認`,
 * whose `こと` takes in the attack too)?  Then the date saw the attack
 * happen as well as found.  A provider's breach told so is the day the
 * organisation learnt of it. */
static bool attack_clause(const extract_ctx *ctx, const sentence *s, uint32_t occur, uint32_t found)
{
    return found > occur && !kj_of_a_clause(ctx, &ctx->hits[found]) &&
           own_attack_clause(ctx, s, occur, false);
}

/* Does the finding at hit `found` take as its object the harm the
 * encryption at hit `occur` did, named as a state (`…システム障害の発生と
 * データ使用不可を確認`, `…障害が発生し、データの使用不能を確認`): a failure
 * or a thing made unusable between them, and no search closing a clause
 * (`調査の結果、`) that would make the finding a later one's? */
static bool harm_found(const extract_ctx *ctx, uint32_t occur, uint32_t found)
{
    static const char *const unusable[] = {"使用不可", "使用不能",     "利用不可",
                                           "利用不能", "アクセス不能", "閲覧不能"};
    static const char *const searches[] = {"結果、", "ところ、"};
    const hit *x = &ctx->hits[occur], *y = &ctx->hits[found];
    if (kj_text_between_has(ctx, x, y, searches, sizeof searches / sizeof searches[0]))
        return false;
    if (kj_text_between_has(ctx, x, y, unusable, sizeof unusable / sizeof unusable[0]))
        return true;
    for (uint32_t k = occur + 1; k < found; k++) {
        const hit *z = &ctx->hits[k];
        if (z->kind == HIT_TERM && !z->quoted && HAS(hit_entry(ctx, z)->cues, OUTAGE))
            return true;
    }
    return false;
}

/* Is the first incident word after date hit `h` an encryption told as a
 * clause of its own (`DATE、…データが暗号化され、`), and the finding at hit
 * `found` one of the harm it did (harm_found)?  `が暗号化され` is an attack
 * word with no verb of happening in the lexicon, so the reading of events
 * passes over it to the failure after it (`システム障害の発生`); this looks
 * for it itself. */
static bool encrypted_then_harm_found(const extract_ctx *ctx, const sentence *s, uint32_t h,
                                      uint32_t found)
{
    static const char *const encrypted[] = {"暗号化され"};
    for (uint32_t k = h + 1; k < found && k < s->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind == HIT_DATE)
            return false;
        bool told;
        if (y->kind != HIT_TERM ||
            (!hit_entry(ctx, y)->attacks && kj_hit_event(ctx, s, k, &told) == NO_EVENT))
            continue;
        return entry_holds_any(ctx, hit_entry(ctx, y), encrypted, 1) && ends_its_clause(ctx, k) &&
               harm_found(ctx, k, found);
    }
    return false;
}

/* Is the incident at hit `occur` the encryption itself (`…ファイルが暗号化され、`)
 * and the finding at hit `found` one of a clause (`…読み取れない状態となって
 * いることを確認`)?  Then the encryption and the state it left are one thing
 * found, the comma changing nothing (GUIDE, dates second revision: `…が暗号化
 * され閲覧不能となっていることを確認` is found, as a clause); an attack
 * received (`…攻撃を受け、`) or a failure (`…障害が発生し、`) stays a clause of
 * its own.  A finding of a thing is encrypted_then_harm_found's. */
static bool encryption_found_as_a_state(const extract_ctx *ctx, uint32_t occur, uint32_t found)
{
    static const char *const encrypted[] = {"暗号化され"};
    return entry_holds_any(ctx, hit_entry(ctx, &ctx->hits[occur]), encrypted, 1) &&
           kj_of_a_clause(ctx, &ctx->hits[found]);
}

/* Is the period date hit `h` opens closed before the event at hit `k`
 * (`7月10日未明から11日昼にかけて`): a window with its end? */
static bool window_closed(const extract_ctx *ctx, uint32_t h, uint32_t k)
{
    static const char *const ends[] = {"にかけて", "までの間"};
    return kj_text_between_has(ctx, &ctx->hits[h], &ctx->hits[k], ends,
                               sizeof ends / sizeof ends[0]);
}

/* Does date hit `h` date the organisation's own attack told as a verb of
 * its own (`4月1日に…攻撃を受け、`, `…不正アクセスがあり、`), with a finding
 * after it in the sentence that no date of its own and no telling takes
 * (`…暗号化されたことを確認`)?  A finding that it had gone on (`…されて
 * いたことが判明`) counts only after one day (`one_day`: no period but
 * hours of one day, no other date in the sentence); a window (`10月9日から
 * 13日に`) is no day of a finding.  The reference reads that day as both
 * occurred and detected (GUIDE, dates second revision: the attack as its
 * own verb).  An outage named by its noun (`システム障害が発生し、`) is not
 * read here: its first event is the noun, which ends no clause. */
static bool attack_then_found(const extract_ctx *ctx, const sentence *s, uint32_t h,
                              const date_reading *r, bool one_day)
{
    static const char *const window[] = {"から", "~", "まで", "以降", "より", "及び", "および"};
    bool told = false;
    uint32_t attack = r->first_hit;
    /* `令和7年5月に…攻撃を受け、…判明`: a month is no day of a finding */
    if (ctx->hits[h].date.day == 0 || r->detect_hit >= r->next_date ||
        !own_attack_clause(ctx, s, attack, at_a_group_company(ctx, s, h)) ||
        encryption_found_as_a_state(ctx, attack, r->detect_hit) ||
        encrypted_then_harm_found(ctx, s, h, r->detect_hit))
        return false;
    /* `2月2日、当社の委託先が…を受け、`: a provider's breach told so is
     * found that day, not had (GUIDE: むさし保険); the provider is the
     * subject, marked by `が` */
    const hit *date = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, date->block, &len);
    for (uint32_t k = h + 1; k < attack; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind == HIT_TERM && y->block == date->block &&
            (hit_entry(ctx, y)->cues & (CUE(CONTRACTOR) | CUE(PROVIDER))) &&
            starts(text, len, y->pos + y->len, "が"))
            return false;
    }
    uint32_t after = kj_after_time_of_day(text, len, date->pos + date->len);
    /* `10月9日から13日に…攻撃され`, `5月15日及び23日に`: a window or a
     * list, not the day it was found; hours of one day (`6月25日7:38~13:02の
     * 間`) are that day */
    bool hours = hours_of_the_day(ctx, s, h);
    for (size_t k = 0; k < sizeof window / sizeof window[0] && !hours; k++)
        if (starts(text, len, after, window[k]))
            return false;
    kj_hit_event(ctx, s, r->detect_hit, &told);
    uint32_t object = 0;
    /* `8月3日以降に…を受け、…実行されていたことを確認`: found, later, to
     * have gone on since then */
    if (!one_day && kj_finding_object(ctx, s, r->detect_hit, &object) == OBJ_PERFECT)
        return false;
    return !told && !kj_found_again(ctx, &ctx->hits[r->detect_hit]) && h < r->first_hit;
}

/* Is date hit `h` labelled as a document's own date, no event (`有効期間:`
 * of a signature, `更新日:`, `作成日:`, `発行日:`, `掲載日:`)? */
static bool labelled_as_a_document_date(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    static const char *const labels[] = {
        "有効期間:", "有効期限:", "更新日:", "作成日:", "発行日:", "掲載日:"};
    const hit *x = &ctx->hits[h];
    if (x->block != s->block)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = x->pos;
    while (at > s->start && text[at - 1] == ' ')
        at--;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (ends_with(text, at, labels[i]) && at - strlen(labels[i]) >= s->start)
            return true;
    return false;
}

/* Are hits `a` ≤ `b` one phrase: terms that touch, in one block
 * (`異常が` `発生した`), or an incident and its `発生` joined by `が`
 * (`暗号化される被害` が `発生`)? */
static bool one_phrase(const extract_ctx *ctx, uint32_t a, uint32_t b)
{
    if (b <= a)
        return false;
    for (uint32_t k = a; k < b; k++) {
        const hit *x = &ctx->hits[k], *y = &ctx->hits[k + 1];
        if (x->kind != HIT_TERM || y->kind != HIT_TERM || y->block != x->block)
            return false;
        if (y->pos == x->pos + x->len)
            continue;
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, x->block, &len);
        if (y->pos != x->pos + x->len + 3 || !starts(text, len, x->pos + x->len, "が") ||
            !entry_starts(ctx, hit_entry(ctx, y), "発生"))
            return false;
    }
    return true;
}

/* Do the dates from hit `k` on, with no event between them, end on one
 * that says whose data is concerned (`令和5年3月及び令和6年3月の卒業生`)?
 * Then a date before them with no event of its own lists people too. */
static bool people_dated_next(const extract_ctx *ctx, const sentence *s, uint32_t k)
{
    for (;;) {
        if (kj_describes_people(ctx, s, k, false))
            return true;
        date_reading r = read_after(ctx, s, k);
        if (r.first != NO_EVENT || r.next_date >= s->hit_end)
            return false;
        k = r.next_date;
    }
}

/* The event a note in parentheses right after date hit `h` names the date
 * as (`2025年10月9日(確認日)`: the day of a finding), else NO_EVENT: the
 * note is one event word and `日` / `日時` / `時刻`. */
static int event_noted_after(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    static const char *const days[] = {"日)", "日時)", "時刻)"};
    uint32_t k = h + 1;
    if (k + 2 >= s->hit_end || ctx->hits[k].kind != HIT_OPEN || ctx->hits[k + 1].kind != HIT_TERM)
        return NO_EVENT;
    const hit *open = &ctx->hits[k], *word = &ctx->hits[k + 1], *x = &ctx->hits[h];
    if (open->block != x->block || word->block != x->block)
        return NO_EVENT;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    if (open->pos != x->pos + x->len || word->pos != open->pos + open->len)
        return NO_EVENT;
    bool day = false;
    for (size_t i = 0; i < sizeof days / sizeof days[0] && !day; i++)
        day = starts(text, len, word->pos + word->len, days[i]);
    if (!day)
        return NO_EVENT;
    bool told;
    int kind = kj_hit_event(ctx, s, k + 1, &told);
    return kind == KJ_EVENT_DETECTED || kind == KJ_EVENT_OCCURRED ? kind : NO_EVENT;
}

/* Does a telling received open the sentence right before date hit `h`
 * (`…新聞報道を受け、4月14日、`, `お客様からの連絡を受けて、`): what the date
 * starts answers it? */
static bool prompted_by_a_telling(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    static const char *const tellings[] = {"報道", "連絡", "報告",       "通知",
                                           "指摘", "通報", "問い合わせ", "情報提供"};
    static const char *const received[] = {"を受け、", "を受けて、"};
    const hit *x = &ctx->hits[h];
    if (x->block != s->block)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (size_t r = 0; r < sizeof received / sizeof received[0]; r++) {
        if (!ends_with(text, x->pos, received[r]))
            continue;
        uint32_t at = x->pos - (uint32_t)strlen(received[r]);
        for (size_t i = 0; i < sizeof tellings / sizeof tellings[0]; i++)
            if (ends_with(text, at, tellings[i]) && at - strlen(tellings[i]) >= s->start)
                return true;
    }
    return false;
}

/* Is date hit `h` the label of a row of a log (`2025年12月9日:…を確認し、…
 * に調査を依頼。`): the sentence's start, closed by a colon?  What the row
 * tells is what the organisation did that day; the incident it found is
 * only the object of its finding. */
static bool row_of_a_log(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const hit *x = &ctx->hits[h];
    if (!starts_sentence(ctx, s, h))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = x->pos + x->len, end = kj_after_time_of_day(text, len, at);
    while (at < len && text[at] == ' ')
        at++;
    /* the time-of-day reader takes a colon as part of `8:53`: one that
     * closes what it read is the row's */
    return starts(text, len, at, ":") || (end > at && text[end - 1] == ':');
}

/* Is the heading of sentence `s`'s section a label of a date (`### 初回侵入
 * 日時`, `## 発生日`, `## 検知時刻`): it says what the date under it is? */
static bool heading_labels_a_date(const extract_ctx *ctx, const sentence *s)
{
    static const char *const labels[] = {"日時", "日", "時刻", "時期", "日付"};
    if (s->section < 0)
        return false;
    for (const sentence *p = s; p-- > ctx->sents;) {
        if (p->kind != SENT_HEADING || p->section != s->section)
            continue;
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, p->block, &len);
        uint32_t end = p->end < len ? p->end : len;
        while (end > p->start && (text[end - 1] == ' ' || text[end - 1] == '\n'))
            end--;
        for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
            if (ends_with(text, end, labels[i]) && end - strlen(labels[i]) > p->start)
                return true;
        return false;
    }
    return false;
}

/* Does a search open the clause between date hit `h` and the incident at
 * hit `occur` (`1月20日、委託先のアクセスログ解析により、…アクセスが行われ`,
 * `…調査の結果、…`): what it found had happened before the date, which is
 * the finding's? */
static bool searched_after_date(const extract_ctx *ctx, uint32_t h, uint32_t occur)
{
    static const char *const searches[] = {"解析", "調査", "分析",
                                           "点検", "検証", "フォレンジック"};
    static const char *const means[] = {"により、", "によって、", "の結果、"};
    const hit *x = &ctx->hits[h], *y = &ctx->hits[occur];
    if (y->block != x->block)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (uint32_t i = x->pos + x->len; i < y->pos; i = next_char(text, len, i))
        for (size_t a = 0; a < sizeof searches / sizeof searches[0]; a++) {
            if (!starts(text, y->pos, i, searches[a]))
                continue;
            uint32_t after = i + (uint32_t)strlen(searches[a]);
            for (size_t b = 0; b < sizeof means / sizeof means[0]; b++)
                if (starts(text, y->pos, after, means[b]))
                    return true;
        }
    return false;
}

/* Does the finding at hit `k` only name findings as a thing (`判明した
 * 事項`, `確認した内容`, `新たに判明した事実`), not find anything itself? */
static bool names_what_was_found(const extract_ctx *ctx, uint32_t k)
{
    static const char *const contents[] = {"事項", "内容", "事実", "点"};
    const hit *y = &ctx->hits[k];
    if (!kj_qualifies_noun(ctx, y))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, y->block, &len);
    uint32_t i = y->pos + y->len;
    while (i < len && is_hiragana(char_at(text, len, i)))
        i += 3;
    for (size_t c = 0; c < sizeof contents / sizeof contents[0]; c++)
        if (starts(text, len, i, contents[c]))
            return true;
    return false;
}

/* Is the event at hit `k` a relative clause of a noun (`…を受けたアカウント`)
 * whose phrase opens on a word pointing back to what the text told before
 * (`当該不正アクセスを受けた…`, `上記の被害を受けた…`) within its clause, or
 * of a noun that points back itself (`…攻撃を受けた当該ページ`)? */
static bool points_back(const extract_ctx *ctx, uint32_t k)
{
    static const char *const back[] = {"当該", "上記", "前述", "前記"};
    const hit *y = &ctx->hits[k];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, y->block, &len);
    uint32_t end = y->pos + y->len;
    while (end < len && is_hiragana(char_at(text, len, end)) && !ends_with(text, end, "た"))
        end = next_char(text, len, end);
    uint32_t noun = char_at(text, len, end);
    if (!ends_with(text, end, "た") ||
        !((noun >= 0x30A0 && noun <= 0x30FF) || (noun >= 0x4E00 && noun <= 0x9FFF)))
        return false;
    for (size_t b = 0; b < sizeof back / sizeof back[0]; b++)
        if (starts(text, len, end, back[b]))
            return true; /* `…に攻撃を受けた当該ページを閉鎖`: the noun itself points back */
    uint32_t from = y->pos > 36 ? y->pos - 36 : 0;
    for (uint32_t i = y->pos; i > from;) {
        i--;
        while (i > from && ((unsigned char)text[i] & 0xC0) == 0x80)
            i--;
        if (starts(text, len, i, "、") || starts(text, len, i, "。"))
            return false;
        for (size_t b = 0; b < sizeof back / sizeof back[0]; b++)
            if (starts(text, len, i, back[b]))
                return true;
    }
    return false;
}

/* Is date hit `h` the day of a piece of work in which a setting went wrong
 * (`8月24日に委託業者が実施したファイアウォールの更新時の設定ミス`, `…が
 * 実施した更新作業において設定ミスがあり`), its first event `k` the mistake,
 * where the sentence names an attack from outside or the thing set wrong
 * guards the network?  The mistake opened the way in; the attack came
 * through it later (GUIDE, dates second revision: the date the work that
 * let the attacker in was done is not the attack's).  A mistake that is
 * itself the incident (a page left open to view) is dated by its work. */
static bool work_let_the_attacker_in(const extract_ctx *ctx, const sentence *s, uint32_t h,
                                     uint32_t k)
{
    const kj_set outside = (1u << KJ_ATTACK_RANSOMWARE) | (1u << KJ_ATTACK_UNAUTHORIZED_ACCESS) |
                           (1u << KJ_ATTACK_MALWARE);
    const hit *x = &ctx->hits[h], *y = &ctx->hits[k];
    const lex_entry *e = hit_entry(ctx, y);
    if (!(e->attacks & (1u << KJ_ATTACK_MISCONFIGURATION)) || (e->attacks & outside) ||
        y->block != x->block || !dated_with_ni(ctx, h))
        return false;
    static const char *const done[] = {"実施した", "行った", "実施された", "行われた"};
    static const char *const guards[] = {
        "ファイアウォール", "ファイアーウォール", "ファイヤーウォール", "UTM", "VPN", "ルーター"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    bool work = false, guard = false;
    for (uint32_t i = x->pos + x->len; i < y->pos; i = next_char(text, len, i)) {
        if (starts(text, y->pos, i, "、"))
            return false; /* the work's clause ends before the mistake */
        for (size_t d = 0; d < sizeof done / sizeof *done; d++)
            work |= starts(text, y->pos, i, done[d]);
        for (size_t g = 0; g < sizeof guards / sizeof *guards; g++)
            guard |= starts(text, y->pos, i, guards[g]);
    }
    if (!work)
        return false;
    for (uint32_t j = s->hit_start; j < s->hit_end && !guard; j++) {
        const hit *z = &ctx->hits[j];
        guard = z->kind == HIT_TERM && j != k && (hit_entry(ctx, z)->attacks & outside);
    }
    return guard;
}

/* Is date hit `h` bound by `に` to a piece of work that closes its own
 * clause before the first event, at hit `k` (`8月24日にファイアーウォールの
 * 更新を行っており、ベンダーより…設定ミスが生じていたことの報告を受け`)?
 * The date is the work's — neither the attack nor the telling, which
 * comes in a later clause with no date of its own (GUIDE, dates second
 * revision: the date the work that let the attacker in was done). */
static bool work_closes_its_clause(const extract_ctx *ctx, uint32_t h, uint32_t k)
{
    static const char *const works[] = {"を行っており、", "を行っていた、", "を行い、",
                                        "を実施しており、", "を実施し、"};
    const hit *x = &ctx->hits[h], *y = &ctx->hits[k];
    if (y->block != x->block || !dated_with_ni(ctx, h))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (uint32_t i = x->pos + x->len; i < y->pos; i = next_char(text, len, i)) {
        for (size_t w = 0; w < sizeof works / sizeof works[0]; w++)
            if (starts(text, y->pos, i, works[w]))
                return true;
        if (starts(text, y->pos, i, "、") || starts(text, y->pos, i, "。"))
            return false;
    }
    return false;
}

/* Does sentence `s` name an attack from outside (`サイバー攻撃`, `不正アクセス`,
 * `ランサムウェア`) after date hit `h`? */
static bool attacked_later(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const kj_set outside = (1u << KJ_ATTACK_RANSOMWARE) | (1u << KJ_ATTACK_UNAUTHORIZED_ACCESS) |
                           (1u << KJ_ATTACK_MALWARE) | (1u << KJ_ATTACK_DDOS);
    for (uint32_t k = h + 1; k < s->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, y);
        if ((e->attacks & outside) || HAS(e->cues, GENERIC_ATTACK))
            return true;
    }
    return false;
}

/* Does date hit `h` follow a search closed with its own dates in
 * parentheses (`調査の結果(7月28日~9月16日)、4月13日に…`)?  What the date
 * governs is what the search found. */
static bool after_dated_search(const extract_ctx *ctx, uint32_t h)
{
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t i = x->pos;
    if (!ends_with(text, i, "、"))
        return false;
    i -= 3;
    /* brackets are ASCII in normalised text */
    if (!ends_with(text, i, ")"))
        return false;
    while (i > 0 && !ends_with(text, i, "(") && x->pos - i < 90)
        i--;
    if (!ends_with(text, i, "("))
        return false;
    i -= 1;
    return ends_with(text, i, "結果") || ends_with(text, i, "ところ");
}

/* Does a search open sentence `s` before date hit `h` (`その後の調査において、`,
 * `調査の結果、`, `確認したところ、`)? */
static bool after_a_search(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    /* (`調査の結果、` is one of the `結果、`) */
    static const char *const searches[] = {"調査において、", "調査により、", "結果、", "ところ、"};
    const hit *x = &ctx->hits[h];
    if (x->block != s->block)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (uint32_t i = s->start; i < x->pos; i = next_char(text, len, i))
        for (size_t k = 0; k < sizeof searches / sizeof searches[0]; k++)
            if (starts(text, x->pos, i, searches[k]))
                return true;
    return false;
}

/* Is the incident at hit `occur` the object of a finding made again later
 * in its sentence (`…遷移する事象を再度確認`)? */
static bool seen_again(const extract_ctx *ctx, const sentence *s, uint32_t occur)
{
    for (uint32_t k = occur + 1; k < s->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind == HIT_DATE)
            return false;
        if (y->kind == HIT_TERM && HAS(hit_entry(ctx, y)->cues, EV_DETECT))
            return kj_found_again(ctx, y);
    }
    return false;
}

/* Does date hit `h` bound the things the text speaks of (`2021年10月以降の
 * もの`, `3月以前のもの`): which data, no event? */
static bool names_things_since(const extract_ctx *ctx, uint32_t h)
{
    static const char *const bounds[] = {"以降のもの", "以前のもの", "からのもの", "までのもの"};
    return kj_text_after_any(ctx, &ctx->hits[h], bounds, sizeof bounds / sizeof bounds[0]);
}

/* Is date hit `h` bound by `に` to what follows, past its time of day and a
 * short note in parentheses (`2月17日未明(日本時間)に`)? */
static bool bound_by_ni(const extract_ctx *ctx, uint32_t h)
{
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = kj_after_time_of_day(text, len, x->pos + x->len);
    if (at < len && text[at] == '(')
        for (uint32_t i = at + 1; i < len && i < at + 20; i++)
            if (text[i] == ')') {
                at = kj_after_time_of_day(text, len, i + 1);
                break;
            }
    return starts(text, len, at, "に") && !starts(text, len, at, "に、") &&
           !starts(text, len, at, "において") && !starts(text, len, at, "にかけ");
}

/* Does date hit `h`, with nothing happening before it, date a failure
 * bound to it by `に`, told as a clause of its own and then searched
 * (`3月2日にシステム障害が発生し、調査を進めたところ、…を確認`)?  A failure
 * shows itself: the search it set off found the cause, and the date is
 * both, as with the date set off by a comma (GUIDE, dates second revision:
 * the attack as its own verb).  An attack bound so (`…が9月22日に不正
 * アクセスを受け、…判明`) is not: nothing says it was seen that day. */
static bool outage_then_searched(const extract_ctx *ctx, const sentence *s, uint32_t h,
                                 const date_reading *r)
{
    if (r->first != KJ_EVENT_OCCURRED || !bound_by_ni(ctx, h) || !nothing_happens_before(ctx, s, h))
        return false;
    const hit *y = &ctx->hits[r->first_hit];
    if (y->kind != HIT_TERM || y->quoted || !HAS(hit_entry(ctx, y)->cues, OUTAGE))
        return false;
    /* `システム障害` `が発生し、`: the noun's verb is what ends the clause */
    uint32_t occur = r->first_hit, found;
    if (occur + 1 < s->hit_end && one_phrase(ctx, occur, occur + 1))
        occur++;
    return strongest_after(ctx, s, h, NO_EVENT, &found) == KJ_EVENT_DETECTED &&
           named_after(ctx, s, occur, found);
}

/* One date of a sentence, with what date_event asks of it again and again
 * (does it open the sentence, does it give hours of the day) read once. */
typedef struct date_at {
    const extract_ctx *ctx;
    const sentence *s;
    uint32_t h;
    int8_t opens, hours; /* -1 until asked */
} date_at;

static bool opens_once(date_at *d)
{
    if (d->opens < 0)
        d->opens = opens_sentence(d->ctx, d->s, d->h);
    return d->opens;
}

static bool hours_once(date_at *d)
{
    if (d->hours < 0)
        d->hours = hours_of_the_day(d->ctx, d->s, d->h);
    return d->hours;
}

/*
 * What date hit `h` names.  `dates` is the number of dates in the
 * sentence.
 */
static verdict date_event(const extract_ctx *ctx, const sentence *s, uint32_t h, int dates,
                          bool bare, bool opens_section)
{
    verdict v = {.kind = NO_EVENT};
    date_at here = {ctx, s, h, -1, -1};
    const lex_entry *suffix = adjacent_term(ctx, s, h);
    if (suffix && HAS(suffix->cues, DATED_RELEASE) && dated_people(ctx, s, h))
        return v; /* `6月6日付のお客様とは別のお客様`: who, not a release */
    if (suffix && HAS(suffix->cues, DATED_RELEASE) && !dated_telling(ctx, s, h))
        return (verdict){.kind = KJ_EVENT_RELEASE}; /* 6月27日付 */
    if (suffix && HAS(suffix->cues, EV_STATUS) && !HAS(suffix->cues, RANGE))
        return (verdict){.kind = STATUS_DATE}; /* 4月3日現在 */
    if (s->kind == SENT_TITLE && starts_sentence(ctx, s, h) &&
        kj_date_cmp(ctx->hits[h].date, ctx->rel->published) == 0)
        return (verdict){.kind = KJ_EVENT_RELEASE}; /* `2025年11月25日 …について(第2報)` */
    if (introduces_a_title(ctx, s, h))
        return (verdict){.kind = KJ_EVENT_RELEASE}; /* `4月5日に「…のお知らせ」として…
                                                       公表`: an earlier release */
    if (names_a_report(ctx, s, h))
        return v; /* `9月13日の報告以降も調査を継続`: the date is the report's */
    if (labelled_by_a_report(ctx, s, h))
        return (verdict){.kind = KJ_EVENT_RELEASE}; /* `【前回報告】令和6年12月|…` */
    if (dates_an_activity(ctx, s, h))
        return v; /* `1月18日に…実施する試験に際し`: the exam's date */
    if (dates_a_count(ctx, s, h))
        return v; /* `6月13日の3名とは別の6名`: whom, not when */
    if (names_a_restore_point(ctx, h))
        return v; /* `2月21日以前の状態に戻し`: what was restored, not when */
    if (names_things_since(ctx, h))
        return v; /* `流出したのは2021年10月以降のもの`: which data, not when */
    if (names_a_portion(ctx, s, h))
        return v; /* `停止期間にかかる11月、12月分について…ご返金`: which months */
    if (detection_ends_window(ctx, s, h))
        return (verdict){.kind = KJ_EVENT_DETECTED}; /* `…から、…を検知した3月5日まで` */
    if (suffix && HAS(suffix->cues, RANGE) && entry_starts(ctx, suffix, "まで") &&
        kj_text_after_is(ctx, &ctx->hits[h + 1], "の") && !ends_period(ctx, s, h))
        return (verdict){.kind = STATUS_DATE}; /* `7月14日までの調査で判明した事実`:
                                                  what was known by then, not when */
    bool period = (suffix && HAS(suffix->cues, RANGE)) || ends_period(ctx, s, h);
    date_reading r = read_after(ctx, s, h);
    /* `9月10日、委託先で不正アクセスが発生したとの報道がありました`: the day the
     * press told the public, neither when it happened nor when the organisation
     * learnt of it (GUIDE: a provider's announcement is no detection), nor the
     * day of the story after */
    if (r.first == KJ_EVENT_RELEASE && HAS(hit_entry(ctx, &ctx->hits[r.first_hit])->cues, PRESS))
        return (verdict){.kind = STATUS_DATE};
    if (starts_period(ctx, suffix) && r.first == KJ_EVENT_DETECTED && r.next_date < s->hit_end &&
        r.first_hit + 1 == r.next_date && detection_ends_window(ctx, s, r.next_date))
        return (verdict){.kind = KJ_EVENT_OCCURRED}; /* `3月1日から、…を検知した3月5日
                                                        までの間`: the window's first day
                                                        (GUIDE, fourth session) */
    if (bare && labelled_as_a_document_date(ctx, s, h))
        return (verdict){.kind = STATUS_DATE}; /* `有効期間: 2025/12/31から…`: a
                                                  certificate's, not an event */
    if (bare && event_noted_after(ctx, s, h) != NO_EVENT)
        return (verdict){.kind = event_noted_after(ctx, s, h)}; /* `発生日:10月9日(確認日)`:
                                                                  the note says what it is */
    if (bare) {
        /* `発生日:6月10日頃(確認日:6月11日)`: the label before a date says
         * what it is; `## 発生期間` over `7月10日未明から11日昼にかけて`:
         * the heading above a date without a label */
        v.kind = event_just_before(ctx, s, h);
        if (v.kind != NO_EVENT)
            return v;
        if (period && !ends_period(ctx, s, h) &&
            (card_window_line(ctx, s) || attack_window_line(ctx, s, h)))
            return (verdict){.kind = KJ_EVENT_OCCURRED};
        uint32_t at;
        if (r.first == NO_EVENT && strongest_after(ctx, s, h, NO_EVENT, &at) == NO_EVENT &&
            starts_sentence(ctx, s, h)) {
            /* a line that is only the release's own date, under no heading
             * of an event (`以上` then `令和7年12月17日`): its date line */
            cue_set heading = s->section >= 0 ? ctx->section_cues[s->section] : 0;
            bool own_date = dates == 1 && !(heading & (CUE(EV_OCCUR) | CUE(EV_DETECT))) &&
                            kj_date_cmp(ctx->hits[h].date, ctx->rel->published) == 0;
            v.kind = own_date ? KJ_EVENT_RELEASE : event_of_context(s);
            return v;
        }
    }
    if (r.first == NO_EVENT && event_before_parenthesis(ctx, s, h) != NO_EVENT)
        return (verdict){.kind = event_before_parenthesis(ctx, s, h)};
    if (r.first == NO_EVENT && r.next_date < s->hit_end && period) {
        /* `9月8日から12月12日までの間…送信される状態となっていた`: a period
         * in which the incident went on, whatever verb reports it */
        if (kj_describes_people(ctx, s, r.next_date, true) || describes_things(ctx, s, r.next_date))
            return (verdict){.kind = STATUS_DATE};
        date_reading end = read_after(ctx, s, r.next_date);
        if (end.first == KJ_EVENT_RESTORED)
            return v; /* `6月26日より…できない状態が続いておりましたが、7月8日…
                         復旧`: the end is the restoring, the start none */
        if (end.first != KJ_EVENT_DETECTED && end.first != KJ_EVENT_OCCURRED)
            return (verdict){.kind = end.first};
        /* `…にかけて、不正なログインが行われたことを検知`: found as it went on;
         * `…にかけて、…不審なログインを検知`: a window of detections, the
         * attack dated only inside them (GUIDE, dates second revision: found,
         * as a clause) */
        bool watched = end.first == KJ_EVENT_DETECTED && !end.told && !after_break(ctx, s, h) &&
                       !came_to_light(ctx, end.first_hit) &&
                       within_a_month(ctx->hits[h].date, ctx->hits[r.next_date].date);
        v.maybe_detected = watched;
        v.kind = KJ_EVENT_OCCURRED;
        if (watched && end.from_noun) {
            v.kind = KJ_EVENT_DETECTED;
            v.maybe_detected = false;
        }
        return v;
    }
    if (kj_describes_people(ctx, s, h, period))
        return (verdict){.kind = STATUS_DATE};
    if (r.first == KJ_EVENT_OCCURRED && !r.detect_later && ends_period(ctx, s, h))
        return v; /* `1月5日から1月9日までの期間、…閲覧できる状態になっていた`:
                     the start is when it happened; the end, when it stopped */
    if (r.first == KJ_EVENT_DETECTED && ends_period(ctx, s, h))
        return v; /* `4月17日から4月21日までの期間、…状態になっていたとの報告`,
                     `…があったことが判明`: the window's end, not when anyone
                     learnt of it (its start says what was seen as it went on) */
    if (period && r.first != NO_EVENT && r.next_date == s->hit_end &&
        kj_clause_of(ctx, s, r.first_hit) != kj_clause_of(ctx, s, h))
        return v; /* `同日から調査を進めた結果、…を確認`: what the search found, later */
    if (r.first == KJ_EVENT_DETECTED && r.told && starts_period(ctx, suffix) &&
        tells_a_state(ctx, s, h, r.first_hit))
        return (verdict){.kind = KJ_EVENT_OCCURRED}; /* `9月4日以降、…メッセージが送信されて
                                                        いるとお客様より連絡`: what was told
                                                        went on from then */
    if (r.first == KJ_EVENT_DETECTED && r.told && starts_period(ctx, suffix) &&
        quotes_a_state(ctx, h, r.first_hit))
        return v; /* `4月11日以降は安全な状態となっているとの報告を受け`: a state
                     told, no incident; the telling is undated */
    if (r.first == KJ_EVENT_DETECTED && !r.told && !r.from_noun && starts_period(ctx, suffix))
        return (verdict){.kind = KJ_EVENT_OCCURRED}; /* `2月13日から何者かが…使用して
                                                        いたことが判明`: a finding has no
                                                        start; what it found has */
    if (r.first == NO_EVENT && r.next_date < s->hit_end && people_dated_next(ctx, s, r.next_date))
        return (verdict){.kind = STATUS_DATE}; /* `A校は令和5年3月、B校は令和5年3月及び
                                                  令和6年3月の卒業生`: whose data */
    if (r.first == NO_EVENT && r.next_date < s->hit_end && joined(ctx, h, r.next_date)) {
        /* `12月8日および同月19日に適時開示しました`: what the last one names */
        date_reading last = read_after(ctx, s, r.next_date);
        while (last.first == NO_EVENT && last.next_date < s->hit_end &&
               joined(ctx, r.next_date, last.next_date)) {
            r = last;
            last = read_after(ctx, s, r.next_date);
        }
        return (verdict){.kind = last.first, .told = last.told};
    }
    /* `2月6日、委託先より、1月31日に…報告を受けました`: the main verb's */
    if (r.first == NO_EVENT && r.next_date < s->hit_end) {
        int main = main_event(ctx, s);
        if (main == KJ_EVENT_DETECTED && after_a_search(ctx, s, h) &&
            kj_date_cmp(ctx->hits[h].date, ctx->hits[r.next_date].date) != 0)
            return (verdict){.kind = KJ_EVENT_OCCURRED}; /* `その後の調査において、6月に
                                                            1件、8月から9月にかけて数十件…
                                                            送信された履歴を確認`: what the
                                                            search found */
        return (verdict){.kind = main};
    }
    if (r.first == NO_EVENT && after_topic(ctx, &ctx->hits[h]))
        return (verdict){.kind = event_just_before(ctx, s, h)};
    if (r.first == NO_EVENT) {
        /* `…切り離しなど必要な対策を同日中に実施しました`: the date of the
         * response named before it */
        int before = event_just_before(ctx, s, h);
        if (before >= KJ_EVENT_CONTAINED && before <= KJ_EVENT_RESTORED)
            return (verdict){.kind = before};
    }
    if (r.first == NO_EVENT && cites_title(ctx, s, h))
        return (verdict){.kind = KJ_EVENT_RELEASE}; /* `審調社「…のご報告」(2025.07.11)` */
    /* `## 判明の経緯` then `2月25日、お客様からお問い合わせをいただきました。`:
     * the story of how it came to light opens with the discovery */
    /* `### 初回侵入日時` over `…不明ですが、12月3日の午前4時に…形跡が有りました`:
     * a heading that labels a date names it wherever it stands */
    if (r.first == NO_EVENT)
        return (verdict){.kind = opens_section && dates == 1 &&
                                         (opens_once(&here) || heading_labels_a_date(ctx, s))
                                     ? event_of_heading(s)
                                     : NO_EVENT};
    if (r.first == KJ_EVENT_OCCURRED && qualifies_a_thing(ctx, h, r.first_hit) &&
        comma_between(ctx, h, r.first_hit) && attacked_later(ctx, s, h))
        return v; /* `8月24日に実施した…入替作業において、…攻撃が行われ`: the date is
                     the work's; the attack it let in, in a later clause, is not
                     dated by it (a mistake made in the work is: `…改修作業において、
                     設定を誤ったため`) */
    if (r.first != NO_EVENT && work_closes_its_clause(ctx, h, r.first_hit))
        return (verdict){.kind = STEP_EVENT}; /* `8月24日に…更新を行っており、…の報告を
                                                 受け`: the work's day */
    if (r.first == KJ_EVENT_OCCURRED && work_let_the_attacker_in(ctx, s, h, r.first_hit))
        return (verdict){.kind = STEP_EVENT}; /* `8月24日に…実施した…更新時の設定ミス
                                                 に起因`: the work's day */
    if (r.first == KJ_EVENT_DETECTED && qualifies_a_thing(ctx, h, r.first_hit))
        return v; /* `10月23日に送られたフィッシングメールが確認されて`: the date
                     is the mail's, not the finding's */
    if (r.first == KJ_EVENT_DETECTED && !r.told && names_what_was_found(ctx, r.first_hit))
        /* `本日、新たに判明した事項を委員会へ報告`: the finding only names
         * what was reported; the date is the main verb's */
        return (verdict){.kind = last_event(ctx, s, r.first_hit + 1, r.next_date)};
    int qualifier = event_qualifying(ctx, s, h);
    if (qualifier != NO_EVENT)
        return (verdict){.kind = qualifier}; /* `不正アクセスを確認した4月下旬以降` */
    if (told_before(ctx, s, h, &r))
        return (verdict){.kind = KJ_EVENT_DETECTED, .told = true};
    if (r.first == KJ_EVENT_RELEASE && announcement_learnt(ctx, s, r.first_hit))
        return (verdict){.kind = KJ_EVENT_DETECTED, .told = true}; /* `3月21日にその公表を
                                                                      認識し` */
    if (r.first == KJ_EVENT_DETECTED && r.told && report_label_before(ctx, s, h))
        return (verdict){.kind = KJ_EVENT_REPORTED}; /* `委員会への報告⇒5月12日、町から
                                                        報告済`: who reported, not who told */
    if (r.first == KJ_EVENT_OCCURRED && seen_again(ctx, s, r.first_hit))
        return v; /* `4月16日8時、…遷移する事象を再度確認`: a sighting again, neither
                     when it happened nor when it was first noticed (GUIDE v9/v10) */
    v.kind = r.first;
    v.told = r.told;
    const hit *first = &ctx->hits[r.first_hit];

    if (r.from_noun && !r.told && hours_once(&here) && !after_break(ctx, s, h))
        return v; /* `8月21日17:00頃~20:30頃にかけて、…攻撃を検知`: the hours are
                     the detection's, the attack dated only inside it (GUIDE, dates
                     second revision: found, as a clause) */
    if (r.from_noun &&
        ((after_break(ctx, s, h) && after_a_search(ctx, s, h)) || after_dated_search(ctx, h))) {
        v.kind = KJ_EVENT_OCCURRED; /* `確認したところ、同日…不正アクセスが確認され`;
                                       not after a clause that is no search (`…お知らせ
                                       しましたが、6月24日未明より再度…を検知`) */
        return v;
    }
    if (r.first == STEP_EVENT && prompted_by_a_telling(ctx, s, h)) {
        v.kind = KJ_EVENT_DETECTED; /* `新聞報道を受け、4月14日、…確認を開始` */
        v.told = true;
        return v;
    }
    if (r.first == STEP_EVENT && r.detect_later && !kj_qualifies_noun(ctx, first)) {
        v.kind = KJ_EVENT_DETECTED; /* `4月14日、…確認を開始したところ…ことを確認` */
        return v;
    }
    if (r.first == KJ_EVENT_OCCURRED && points_back(ctx, r.first_hit))
        /* `当日中に、当該不正アクセスを受けたアカウントの…変更を実施`: the incident
         * told before only names the thing acted on; the date is the main verb's */
        return (verdict){.kind = last_event(ctx, s, r.first_hit + 1, r.next_date)};
    if (r.first == KJ_EVENT_OCCURRED && topic_of_a_release(ctx, r.first_hit))
        return (verdict){.kind = KJ_EVENT_RELEASE}; /* `…を受けた件についてお知らせしました` */
    if (r.first == KJ_EVENT_OCCURRED && kj_qualifies_noun(ctx, first)) {
        /* `2月2日午前10時頃、当社がサイバー攻撃を受けた可能性のある事象を確認`:
         * the attack only qualifies what was found, and the date, set off by
         * a comma, opens the finding — and the event found, told with it */
        if (r.detect_later && set_off_by_comma(ctx, h) &&
            !comma_between(ctx, r.first_hit, r.detect_hit)) {
            v.kind = KJ_EVENT_DETECTED;
            v.also_occurred = true; /* what was found is dated that day too */
        }
        return v; /* `3月30日に発生したシステム障害の調査の過程で…を確認`: found later */
    }
    if (r.first == KJ_EVENT_OCCURRED && r.detect_later && opens_once(&here) &&
        searched_after_date(ctx, h, r.first_hit)) {
        v.kind = KJ_EVENT_DETECTED; /* `11月26日、ログ解析により、…アクセスが行われ、
                                       …ことが判明`: the finding's day */
        return v;
    }
    if (r.first == KJ_EVENT_OCCURRED && r.detect_later) {
        if (after_break(ctx, s, h))
            return v; /* `調査の結果、4月13日に…アクセスしたことが判明`: what was found */
        if (attack_then_found(ctx, s, h, &r, (!period || hours_once(&here)) && dates == 1)) {
            v.kind = KJ_EVENT_DETECTED; /* `4月1日にランサムウェア攻撃を受け、…暗号化
                                           されたことを確認`: the attack told as its own
                                           verb, then found: that day is both */
            v.also_occurred = true;
            return v;
        }
        uint32_t occur = 0;
        int found = kj_finding_object(ctx, s, r.detect_hit, &occur);
        if (found != OBJ_NONE && one_phrase(ctx, r.first_hit, occur))
            occur = r.first_hit; /* `異常が発生したことを検知`: one event in two terms */
        if ((found == OBJ_STATE || found == OBJ_ONGOING) && occur != r.first_hit &&
            dated_with_ni(ctx, h) && !starts_sentence(ctx, s, h) &&
            comma_between(ctx, r.first_hit, r.detect_hit))
            return v; /* `システムが9月22日に不正アクセスを受け、情報が流出した可能性が
                         あることが判明`: the date is bound to the attack's verb; the
                         finding of what followed is undated */
        switch (found) {
        case OBJ_WATCHED:
        case OBJ_ONGOING:
        case OBJ_STATE:
            if (occur == r.first_hit && hours_once(&here))
                return v; /* `10月18日13:58~14:17頃に大量のメールが…発信されている
                             事象が確認`: the hours are the incident's; the finding is
                             undated */
            /* `5月31日より…発生していることを検知`: it went on from then;
             * `9月20日、不正アクセスが発生し、…暗号化されていることを確認`:
             * one event that day, another found as its result;
             * `…送信される現象を確認`: seen as it happened */
            v.also_occurred =
                period || found == OBJ_WATCHED ||
                (found == OBJ_ONGOING && occur != r.first_hit &&
                 HAS(hit_entry(ctx, first)->cues, EV_OCCUR) && !row_of_a_log(ctx, s, h)) ||
                (occur != r.first_hit && opens_once(&here) &&
                 (timed_attack(ctx, h, &r) || named_after(ctx, s, r.first_hit, r.detect_hit) ||
                  attack_clause(ctx, s, r.first_hit, r.detect_hit)));
            v.told = false;
            v.kind = KJ_EVENT_DETECTED;
            return v;
        case OBJ_PERFECT:
            /* `12月21日、…乗っ取られていたことが判明`: an opening date is
             * the finding's; what was found had happened before it */
            if (!period && opens_once(&here)) {
                v.kind = KJ_EVENT_DETECTED;
                v.ambiguous = AMBIGUOUS_PERFECT;
                return v;
            }
            /* not when hours by the clock make the date the attack's window
             * (`5月12日19:44~21:35頃に…被害に遭い、…利用されていたことが判明`) */
            v.maybe_detected = dates == 1 && !hours_once(&here);
            return v;
        case OBJ_PAST:
            if (occur == r.first_hit && dated_with_ni(ctx, h) &&
                (!starts_sentence(ctx, s, h) || comma_between(ctx, h, occur)))
                return v; /* `10月8日に…不正アクセスを受けたことを確認`: the date
                             is bound to the attack's verb */
            if (occur == r.first_hit) {
                /* `5月15日未明より…アクセスがあったことが判明`: the start
                 * inside a found clause is the finding's, not the attack's
                 * (GUIDE, dates second revision: found, as a clause); a
                 * window closed by its end (`7月10日未明から11日昼にかけて`)
                 * is the attack's */
                v.ambiguous = period || !opens_once(&here) ? AMBIGUOUS_PAST : AMBIGUOUS_NO;
                v.kind = KJ_EVENT_DETECTED;
                v.also_occurred = starts_period(ctx, suffix) && window_closed(ctx, h, occur);
                return v;
            }
            break;
        default:
            break;
        }
    }
    if (dates == 1 && r.first != KJ_EVENT_DETECTED && r.first != KJ_EVENT_RELEASE &&
        (opens_once(&here) || outage_then_searched(ctx, s, h, &r))) {
        /* `4月25日、…不正アクセスを受け、…判明しました`: an opening date
         * governs the main verb, the finding; but a failure that shows
         * itself (`サーバがダウンし、…を確認しました`) happened that day too */
        uint32_t at = r.first_hit;
        v.kind = strongest_after(ctx, s, h, r.first, &at);
        bool told = false;
        if (v.kind == KJ_EVENT_DETECTED)
            kj_hit_event(ctx, s, at, &told);
        v.told = told;
        /* `…暗号化され、システム障害の発生と…使用不可を確認`: the encryption
         * and the failure are the harm found, nothing seen happening */
        bool harm = r.first == KJ_EVENT_OCCURRED && encrypted_then_harm_found(ctx, s, h, at);
        v.also_occurred =
            v.kind == KJ_EVENT_DETECTED && !told && !harm &&
            (outage_after(ctx, s, h,
                          r.first == KJ_EVENT_OCCURRED && ends_its_clause(ctx, r.first_hit)) ||
             timed_attack(ctx, h, &r) ||
             (r.first == KJ_EVENT_OCCURRED &&
              (named_after(ctx, s, r.first_hit, at) || attack_clause(ctx, s, r.first_hit, at))));
        return v;
    }
    if (v.kind == KJ_EVENT_DETECTED && !v.told && outage_after(ctx, s, h, false) &&
        opens_once(&here))
        v.also_occurred = true;
    /* `端末は12月中旬に…感染しており、…判明`; not `3月30日に発生したシステム
     * 障害の調査の過程で…を確認` (the finding came later) */
    if (r.first == KJ_EVENT_OCCURRED && r.detect_later && HAS(s->cues, OUTAGE) &&
        (starts_sentence(ctx, s, h) || !dated_with_ni(ctx, h)))
        v.maybe_detected = true;
    /* `5月26日、…不具合が生じたことから調査を行ったところ、5月23日から…
     * 送信していたことが判明`: the search the opening date began found it */
    if (r.first == KJ_EVENT_OCCURRED && r.next_date < s->hit_end && opens_once(&here) &&
        after_break(ctx, s, r.next_date) && main_event(ctx, s) == KJ_EVENT_DETECTED &&
        kj_date_cmp(ctx->hits[r.next_date].date, ctx->hits[h].date) < 0)
        v.maybe_detected = true;
    return v;
}

/* ------------------------------------------------------------ the list */

typedef struct dated {
    kj_date date;
    kj_event_kind kind;
    bool secondary; /* a weaker reading (see the file comment) */
    bool told;      /* a detection by being told */
    int ambiguous;  /* the finding, or what it found (AMBIGUOUS_*) */
    const sentence *s;
    bool doubtful;    /* its weekday is another day's (`3月31日(日)` in 2025): the
                         day or the weekday is mistyped, and which one the text
                         cannot say; a field takes it when no sound date of the
                         same reading does, the timeline never */
    bool found_later; /* a detection the investigation listed after the fact:
                         the weaker reading for the field, still in the
                         timeline */
    bool window_end;  /* the end of a period (`4月17日から4月21日まで`, ends_period) */
} dated;

typedef struct dated_list {
    dated *items;
    size_t n, cap;
} dated_list;

static void push(dated_list *list, dated d)
{
    if (list->n == list->cap) {
        list->cap = list->cap ? list->cap * 2 : 16;
        dated *p = kj_xrealloc(list->items, list->cap * sizeof *p);
        list->items = p;
    }
    list->items[list->n++] = d;
}

static int by_date(const void *a, const void *b)
{
    const dated *x = a, *y = b;
    int c = kj_date_cmp(x->date, y->date);
    if (c)
        return c;
    return (int)x->kind - (int)y->kind;
}

/* Pushes what `v` says of `date` (from sentence `s`) unless it lies after
 * the release. */
/* Is sentence `s` an active `…を確認` under a heading of the investigation's
 * results (`## 調査結果の概要`, `## 調査結果について`)?  What it lists as
 * confirmed (`…の実行を確認`, `…行われていることを確認した`) is what the
 * investigation found, after the fact — not when the organisation noticed
 * the incident (`4月2日に不正アクセスが確認されました` may be). */
static bool found_by_the_investigation(const extract_ctx *ctx, const sentence *s)
{
    if (s->section < 0 || s->kind == SENT_HEADING || s->block != s->last_block)
        return false;
    uint32_t blen;
    const char *body = kj_ctx_block_text(ctx, s->block, &blen);
    uint32_t send = s->end < blen ? s->end : blen;
    bool active = false;
    for (uint32_t i = s->start; i < send; i = next_char(body, blen, i)) {
        if (starts(body, send, i, "確認され"))
            return false;
        active |= starts(body, send, i, "を確認");
    }
    if (!active)
        return false;
    for (const sentence *p = s; p-- > ctx->sents;)
        if (p->kind == SENT_HEADING && p->section == s->section) {
            uint32_t len;
            const char *text = kj_ctx_block_text(ctx, p->block, &len);
            uint32_t end = p->end < len ? p->end : len;
            for (uint32_t i = p->start; i < end; i = next_char(text, len, i))
                if (starts(text, end, i, "調査結果") || starts(text, end, i, "調査の結果"))
                    return true;
            return false;
        }
    return false;
}

static void push_verdict(const extract_ctx *ctx, dated_list *out, kj_date date, verdict v,
                         const sentence *s)
{
    kj_date published = ctx->rel->published;
    if (v.kind >= (int)KJ_EVENT__COUNT)
        return;
    if (kj_date_is_set(published) && kj_date_cmp(date, published) > 0 && v.kind != KJ_EVENT_RELEASE)
        return; /* after the release: a plan, not an event */
    /* `同社は…と昨日発表しています`: the provider's own release, neither an
     * earlier notice of this organisation nor when it learnt of the breach
     * (GUIDE "A provider's announcement is no detection"; dev 沖縄振興開発
     * 金融公庫, 吉祥寺あさひ病院, フコクしんらい) */
    if (v.kind == KJ_EVENT_RELEASE && ctx->rel->third_party && HAS(s->cues, PARTY_SAYS))
        return;

    /* a finding of the investigation: the weaker reading of a detection */
    bool found_later = v.kind == KJ_EVENT_DETECTED && !v.told && found_by_the_investigation(ctx, s);
    push(out, (dated){.date = date,
                      .kind = (kj_event_kind)v.kind,
                      .secondary = found_later,
                      .told = v.told,
                      .ambiguous = v.ambiguous,
                      .s = s,
                      .found_later = found_later});
    if (v.response >= KJ_EVENT_CONTAINED && v.response < (int)KJ_EVENT__COUNT)
        push(out, (dated){.date = date, .kind = (kj_event_kind)v.response, .s = s});
    if (v.also_occurred)
        push(out, (dated){.date = date, .kind = KJ_EVENT_OCCURRED, .s = s});
    if (v.maybe_detected)
        push(out, (dated){.date = date, .kind = KJ_EVENT_DETECTED, .secondary = true, .s = s});
}

/* A response that follows the incident dated by hit `h` at once, in the
 * same sentence (`…攻撃を受け、直ちにネットワークから遮断`): its kind, else
 * NO_EVENT. */
static int response_at_once(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    bool at_once = false;
    for (uint32_t k = h + 1; k < s->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind == HIT_DATE)
            break;
        if (y->kind == HIT_TERM && HAS(hit_entry(ctx, y)->cues, AT_ONCE)) {
            at_once = true;
            continue;
        }
        bool told;
        int kind = kj_hit_event(ctx, s, k, &told);
        if (at_once && kind >= KJ_EVENT_CONTAINED && kind <= KJ_EVENT_RESTORED)
            return kind;
    }
    return NO_EVENT;
}

/* Reads the dates of sentence `s` into `out`; returns what its only date
 * names (NO_EVENT when it names nothing, or when it has several). */
static int read_sentence(const extract_ctx *ctx, const sentence *s, bool opens_section,
                         dated_list *out)
{
    int only = NO_EVENT;
    int dates = 0;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++)
        dates += ctx->hits[h].kind == HIT_DATE;
    bool bare =
        dates && (bare_date(ctx, s, false) || (labelled_event(ctx, s) && bare_date(ctx, s, true)));
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->kind != HIT_DATE)
            continue;
        verdict v = date_event(ctx, s, h, dates, bare, opens_section);
        if (v.kind == KJ_EVENT_RELEASE && another_party_before(ctx, s, h))
            v.kind = NO_EVENT; /* a vendor's advisory is no notice of this incident */
        if (ends_period(ctx, s, h))
            v.also_occurred = false; /* `2月2日から2月3日にかけて…送信されていることを
                                        確認`: found at its end, begun at its start */
        if (v.kind == KJ_EVENT_OCCURRED)
            v.response = response_at_once(ctx, s, h);
        size_t before = out->n;
        push_verdict(ctx, out, x->date, v, s);
        bool window_end = ends_period(ctx, s, h);
        for (size_t i = before; i < out->n; i++) {
            out->items[i].doubtful |= (x->date_flags & KJ_DATEF_WEEKDAY_OFF) != 0;
            out->items[i].window_end = window_end;
        }
        only = dates == 1 ? v.kind : NO_EVENT;
    }
    return only;
}

/* Does sentence `s` open on a label naming an event, then a colon, then
 * its first date (`検知日時:1月15日…`)?  A note in parentheses closing
 * such a line leaves it a bare date. */
static bool labelled_event(const extract_ctx *ctx, const sentence *s)
{
    uint32_t h = first_date(ctx, s);
    if (h >= s->hit_end || !starts_sentence(ctx, s, h))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, ctx->hits[h].block, &len);
    return ends_with(text, ctx->hits[h].pos, ":") && event_just_before(ctx, s, h) != NO_EVENT;
}

/* The first date hit of sentence `s`, or s->hit_end. */
static uint32_t first_date(const extract_ctx *ctx, const sentence *s)
{
    uint32_t h = s->hit_start;
    while (h < s->hit_end && ctx->hits[h].kind != HIT_DATE)
        h++;
    return h;
}

/*
 * An undated sentence that a date outside it governs: a line under a
 * heading or a line that is only a date (`### ■2025年4月16日(水)`, then
 * `- 社内より…旨の報告あり`), or a sentence that points back to the date
 * before (`この時点で`).  Read as if the date opened it: its finding,
 * else its incident; a line that tells both (`サーバーにアクセスできない
 * ことから、…異常を認知し`) gives both, unless the incident is only what
 * was found (`…を受けていることが判明`).
 */
static void read_dated_by(const extract_ctx *ctx, const sentence *s, kj_date date, dated_list *out)
{
    date_reading r = kj_read_events(ctx, s, s->hit_start - 1, &ctx->clauses[s->clause_start]);
    if (r.first == NO_EVENT)
        return;
    verdict v = {.kind = r.first, .told = r.told};
    uint32_t at = r.first_hit, occur = 0;
    if (r.first == KJ_EVENT_OCCURRED) {
        v.kind = strongest_from(ctx, s, r.first_hit, r.first, &at);
        if (v.kind == KJ_EVENT_DETECTED) {
            bool told;
            kj_hit_event(ctx, s, at, &told);
            v.told = told;
            v.also_occurred = !told && kj_finding_object(ctx, s, at, &occur) == OBJ_NONE;
        }
    }
    push_verdict(ctx, out, date, v, s);
}

/* Is sentence `s`, whose first date is hit `h`, only dates (`(2024年5月18日
 * (土))`, `- 令和6年5月18日`, `### 2025年7月4日、7月5日`): a line of a
 * timeline whose events follow it? */
static bool date_line(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    if (s->kind == SENT_ROW || s->block != ctx->hits[h].block)
        return false;
    for (uint32_t k = s->hit_start; k < s->hit_end; k++)
        if (ctx->hits[k].kind == HIT_TERM || ctx->hits[k].kind == HIT_NUMBER)
            return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, s->block, &len);
    uint32_t other = 0, end = s->end < len ? s->end : len, k = s->hit_start;
    for (uint32_t i = s->start; i < end;) {
        while (k < s->hit_end && ctx->hits[k].pos + ctx->hits[k].len <= i)
            k++;
        if (k < s->hit_end && ctx->hits[k].kind == HIT_DATE && ctx->hits[k].pos <= i) {
            i = kj_after_time_of_day(text, len, ctx->hits[k].pos + ctx->hits[k].len);
            continue;
        }
        if ((unsigned char)text[i] >= 0x80 && !starts(text, len, i, "、"))
            other++;
        i++;
    }
    return other <= 9;
}

/* Sets `*slot` to the earliest date of `kind` in `list` (only tellings when
 * `told_only`), none before `floor` (KJ_DATE_NONE: no floor). */
static void set_field(extract_ctx *ctx, kj_field field, kj_date *slot, const dated_list *list,
                      kj_event_kind kind, bool told_only, kj_date floor)
{
    const dated *best = NULL;
    /* sound dates, then doubtful ones, then the weaker readings */
    for (int pass = 0; pass < 3 && !best; pass++) {
        for (size_t i = 0; i < list->n; i++) {
            const dated *d = &list->items[i];
            if (d->kind != kind || d->secondary != (pass == 2) ||
                (pass < 2 && d->doubtful != (pass == 1)) || (told_only && !d->told) ||
                (kj_date_is_set(floor) && kj_date_cmp(d->date, floor) < 0))
                continue;
            if (!best || kj_date_cmp(d->date, best->date) < 0)
                best = d;
        }
    }
    if (!best)
        return;
    /* `8月末` and `8月25日` for one event: the day says more */
    if (best->date.day == 0) {
        for (size_t i = 0; i < list->n; i++) {
            const dated *d = &list->items[i];
            if (d->kind == kind && d->secondary == best->secondary && d->date.day != 0 &&
                d->date.year == best->date.year && d->date.month == best->date.month &&
                (best == d || d->date.day < 32)) {
                best = d;
                break;
            }
        }
    }
    *slot = best->date;
    char buf[11];
    kj_add_evidence(ctx, field, kj_date_format(best->date, buf), best->s);
}

/* What an event is by its label (`発生日時:`) or its heading (`## 発覚日時`
 * over `令和6年10月23日`). */
static int event_of_context(const sentence *s)
{
    /* a label before the date (`発生日時:`) or the heading above */
    cue_set cues = s->cues | s->context;
    if (HAS(cues, RECORD_SPAN))
        return STATUS_DATE; /* `### ログ確認可能期間:` over `2月19日 02:37 ~ 2月20日
                               10:53`: what the logs cover, no event */
    if (HAS(cues, EV_DETECT))
        return KJ_EVENT_DETECTED;
    if (HAS(cues, EV_OCCUR))
        return KJ_EVENT_OCCURRED;
    return NO_EVENT;
}

/* What an event is by the headings above and the lead-in alone: the
 * sentence's own words named none (`「ウイルスを検出した」とする警告表示が
 * 現れました` quotes a screen). */
static int event_of_heading(const sentence *s)
{
    if (HAS(s->context, RECORD_SPAN))
        return STATUS_DATE; /* what the logs cover (event_of_context) */
    if (HAS(s->context, EV_DETECT))
        return KJ_EVENT_DETECTED;
    if (HAS(s->context, EV_OCCUR))
        return KJ_EVENT_OCCURRED;
    return NO_EVENT;
}

static void drop_evidence(kj_release *rel, kj_field field)
{
    size_t n = 0;
    for (size_t i = 0; i < rel->n_evidence; i++)
        if (rel->evidence[i].field != field)
            rel->evidence[n++] = rel->evidence[i];
    rel->n_evidence = n;
}

/* `…を受けたことを確認`: the finding, unless the text dates the finding
 * later (then the date is the attack's); a finding of what had happened
 * (`…を受けていたことが判明`) is also the attack's when the organisation
 * was told later. */
static void settle_ambiguous(dated_list *list)
{
    for (size_t i = 0; i < list->n; i++) {
        dated *a = &list->items[i];
        if (!a->ambiguous)
            continue;
        for (size_t j = 0; j < list->n; j++) {
            const dated *b = &list->items[j];
            if (b->secondary || b->ambiguous || (b->told && a->ambiguous == AMBIGUOUS_PAST) ||
                b->s == a->s)
                continue; /* being told later says nothing of when the finding was */
            if (b->kind == KJ_EVENT_DETECTED && kj_date_cmp(b->date, a->date) > 0) {
                a->kind = KJ_EVENT_OCCURRED;
                break;
            }
        }
    }
}

/*
 * occurred ≤ detected ≤ the first response: when the text dates the
 * incident and a response to it (cutting it off, a report, a notice, a
 * release — this one included) on the same day and says nothing of the
 * finding, it was found that day (`…攻撃を受け、直ちに遮断`, a notice of
 * `本日`'s hijacking).
 */
static void noticed_by_response(extract_ctx *ctx, const dated_list *list)
{
    kj_release *rel = ctx->rel;
    if (!kj_date_is_set(rel->occurred) || rel->occurred.day == 0)
        return;
    const dated *first = NULL;
    for (size_t i = 0; i < list->n; i++) {
        const dated *d = &list->items[i];
        if (d->secondary || d->kind < KJ_EVENT_CONTAINED || d->kind > KJ_EVENT_RELEASE)
            continue;
        if (!first || kj_date_cmp(d->date, first->date) < 0)
            first = d;
    }
    bool same_day = first && kj_date_cmp(first->date, rel->occurred) == 0;
    /* an attack; a failure only with a response dated that day: SCHEMA.md
     * leaves an outage's detection unstated when nothing shows it noticed.
     * Nor does a date under a label (`## 発生日時` over `1月15日午前7時
     * 51分ごろ`) on the release's own day: the label says when it happened,
     * and only that (GUIDE, dates second revision: a dated outage with no
     * reaction and no finding is occurred alone) */
    const dated *incident = NULL;
    for (size_t i = 0; i < list->n && !incident; i++) {
        const dated *d = &list->items[i];
        if (d->kind == KJ_EVENT_OCCURRED && !d->secondary &&
            kj_date_cmp(d->date, rel->occurred) == 0 &&
            (same_day || (!HAS(d->s->cues, OUTAGE) && !bare_date(ctx, d->s, false))))
            incident = d;
    }
    if (!incident)
        return;
    if (!same_day && kj_date_cmp(rel->published, rel->occurred) != 0)
        return;
    if (first && kj_date_cmp(first->date, rel->occurred) < 0)
        return;
    rel->detected = rel->occurred;
    char buf[11];
    kj_add_evidence(ctx, KJ_FIELD_DETECTED, kj_date_format(rel->detected, buf),
                    same_day ? first->s : incident->s);
}

/* Does sentence `s` end with `。`: a whole sentence, not a line broken off
 * mid-phrase? */
static bool closed(const extract_ctx *ctx, const sentence *s)
{
    if (s->last_block == UINT32_MAX)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, s->last_block, &len);
    uint32_t end = s->end < len ? s->end : len;
    while (end > 0 && text[end - 1] == ' ')
        end--;
    return ends_with(text, end, "。");
}

/* Reads every sentence's dates, and the undated lines a date governs,
 * into `list`. */
/* Is heading `s`, whose first date is hit `h`, the story of one day with
 * the day set after it (`## 1. 事案の経緯 [2025年4月22日]`, `## 経緯（4月
 * 22日）`): its lines are that day's events?  A date of the state told
 * (`（4月16日時点）`) is not. */
static bool dated_story_heading(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const hit *x = &ctx->hits[h];
    if (x->block != s->block || h + 1 != s->hit_end)
        return false; /* the date closes the heading, alone */
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, s->block, &len);
    uint32_t end = s->end < len ? s->end : len;
    bool story = false;
    for (uint32_t i = s->start; i < x->pos; i = next_char(text, len, i))
        story |= starts(text, x->pos, i, "経緯");
    if (!story)
        return false;
    for (uint32_t i = x->pos + x->len; i < end; i = next_char(text, len, i))
        if (!strchr(" ])", text[i]) && !starts(text, end, i, "）") && !starts(text, end, i, "】"))
            return false; /* `時点`, `現在`, or more words */
    return true;
}

static void read_timeline(const extract_ctx *ctx, dated_list *list)
{
    int32_t dated_section = INT32_MIN, heading_section = INT32_MIN, line_section = INT32_MIN;
    kj_date heading_date = KJ_DATE_NONE, line_date = KJ_DATE_NONE, last_date = KJ_DATE_NONE;
    bool line_next = false;            /* the sentence right after a date line */
    uint32_t story_block = UINT32_MAX; /* the paragraph a story's date opens */
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s))
            continue;
        uint32_t h = first_date(ctx, s);
        bool has_date = h < s->hit_end;
        bool under_line = !has_date && s->section == line_section &&
                          (line_next || s->kind == SENT_ITEM ||
                           (story_block != UINT32_MAX && s->block == story_block));
        line_next = false;
        if (!under_line)
            line_section = INT32_MIN;
        if (s->kind == SENT_HEADING) {
            bool timeline = has_date && (date_line(ctx, s, h) || dated_story_heading(ctx, s, h));
            heading_section = timeline ? s->section : INT32_MIN;
            heading_date = timeline ? ctx->hits[h].date : KJ_DATE_NONE;
            if (timeline)
                continue;
        } else if (under_line) {
            read_dated_by(ctx, s, line_date, list);
            continue;
        } else if (!has_date && heading_section >= 0 && s->section == heading_section) {
            read_dated_by(ctx, s, heading_date, list);
            continue;
        } else if (!has_date && HAS(s->cues, THEN) && kj_date_is_set(last_date)) {
            /* `2024年8月20日、…。調査の結果、この時点で…判明しました`: the
             * sentence before gives the date */
            read_dated_by(ctx, s, last_date, list);
            continue;
        }
        for (uint32_t k = h; k < s->hit_end; k++)
            if (ctx->hits[k].kind == HIT_DATE)
                last_date = ctx->hits[k].date;
        /* the first dated sentence of its section */
        size_t before = list->n;
        int named = read_sentence(ctx, s, has_date && s->section != dated_section, list);
        if (has_date)
            dated_section = s->section;
        /* `(2024年5月18日(土))` over its events; `4月13日、教員が…閲覧中、警告
         * 画面が表示されました。` opening the story of that day */
        story_block = UINT32_MAX;
        bool story = has_date && named == NO_EVENT && s->kind == SENT_PARAGRAPH && closed(ctx, s) &&
                     opens_sentence(ctx, s, h);
        if (has_date && list->n == before && s->kind != SENT_HEADING &&
            (date_line(ctx, s, h) || story)) {
            line_section = s->section;
            line_date = ctx->hits[h].date;
            line_next = true;
            if (story)
                story_block = s->last_block; /* …and goes on in its paragraph */
        }
    }
}

/* `4月17日から4月21日までの期間、…アクセスできる状態`: the end of a window
 * whose start the same sentence dates as the same kind of event is no second
 * event of the timeline (the attack did not happen again on the 21st).  Item
 * `i` of the date-sorted `list`: is it such an end? */
static bool ends_a_window(const dated_list *list, size_t i)
{
    const dated *d = &list->items[i];
    if (!d->window_end)
        return false;
    for (size_t k = 0; k < i; k++)
        if (list->items[k].s == d->s && list->items[k].kind == d->kind)
            return true; /* its start, dated earlier */
    return false;
}

/* Does `list` hold a sound finding, not by being told, to the day before
 * `date`? */
static bool found_before(const dated_list *list, kj_date date)
{
    for (size_t i = 0; i < list->n; i++) {
        const dated *d = &list->items[i];
        if (d->kind == KJ_EVENT_DETECTED && !d->told && !d->secondary && !d->doubtful &&
            !d->ambiguous && d->date.day && kj_date_cmp(d->date, date) < 0)
            return true;
    }
    return false;
}

/* The detection: for a provider's breach the day the organisation was
 * told, else the earliest finding; none before `floor`. */
static void set_detected(extract_ctx *ctx, const dated_list *list, kj_date floor)
{
    kj_release *rel = ctx->rel;
    if (rel->third_party)
        set_field(ctx, KJ_FIELD_DETECTED, &rel->detected, list, KJ_EVENT_DETECTED, true, floor);
    if (!kj_date_is_set(rel->detected))
        set_field(ctx, KJ_FIELD_DETECTED, &rel->detected, list, KJ_EVENT_DETECTED, false, floor);
}

void kj_extract_dates(extract_ctx *ctx)
{
    dated_list list = {0};
    read_timeline(ctx, &list);
    settle_ambiguous(&list);
    kj_release *rel = ctx->rel;
    set_field(ctx, KJ_FIELD_OCCURRED, &rel->occurred, &list, KJ_EVENT_OCCURRED, false,
              KJ_DATE_NONE);
    set_detected(ctx, &list, KJ_DATE_NONE);
    /* `2025年2月に判明した『XSS』という新たな手法` beside an attack of 3月3日:
     * a finding known only by its month, in a month before the attack's day,
     * found something else — the detection is the first finding from that
     * day on */
    kj_date at = rel->occurred, found = rel->detected;
    if (kj_date_is_set(at) && at.day && kj_date_is_set(found) && found.day == 0 &&
        (found.year < at.year || (found.year == at.year && found.month < at.month))) {
        rel->detected = KJ_DATE_NONE;
        drop_evidence(rel, KJ_FIELD_DETECTED);
        set_detected(ctx, &list, at);
    }
    if (!kj_date_is_set(rel->detected))
        noticed_by_response(ctx, &list);
    /* Something is noticed after it happens: an `occurred` after the
     * detection (both to the day) is a misreading — most often a later
     * step of the story (the first notice, a report) — and is dropped. */
    if (kj_date_is_set(rel->occurred) && kj_date_is_set(rel->detected) && rel->occurred.day &&
        rel->detected.day && kj_date_cmp(rel->occurred, rel->detected) > 0) {
        rel->occurred = KJ_DATE_NONE;
        drop_evidence(rel, KJ_FIELD_OCCURRED);
    }
    /* So is one after the provider's own finding, which the detection (the
     * day the organisation was told) passed over: the breach it found had
     * happened by then (`4月5日、X社のサーバーに…不正アクセスが発生し、…を
     * 確認`, then `4月9日、…をX社が公表`). */
    if (rel->third_party && kj_date_is_set(rel->occurred) && rel->occurred.day &&
        found_before(&list, rel->occurred)) {
        rel->occurred = KJ_DATE_NONE;
        drop_evidence(rel, KJ_FIELD_OCCURRED);
    }

    if (list.n > 1)
        qsort(list.items, list.n, sizeof *list.items, by_date);
    for (size_t i = 0; i < list.n; i++) {
        const dated *d = &list.items[i];
        if ((d->secondary && !d->found_later) || d->doubtful)
            continue;
        if (i > 0 && kj_date_cmp(list.items[i - 1].date, d->date) == 0 &&
            list.items[i - 1].kind == d->kind)
            continue;
        if (ends_a_window(&list, i))
            continue;
        kj_release_add_event(rel, d->date, d->kind, kj_sentence_text(ctx, d->s));
    }
    free(list.items);
}
