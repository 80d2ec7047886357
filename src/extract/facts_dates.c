/*
 * facts_dates.c — the timeline: what happened when (rel->events), and the
 * schema's occurred and detected dates.
 *
 * A date governs the first event verb after it in its sentence (up to the
 * next date): `4月5日、…被害を受け` is when it occurred, `4月7日に…検知`
 * when it was detected, `6月27日付` an earlier release, `4月3日現在` no
 * event at all.  A date with no verb after it takes the meaning of its
 * heading (`## 発覚日時` over `令和6年10月23日`).  A sentence with a single
 * date whose first verb is the attack and a later verb its discovery
 * (`10月9日未明に…不正アクセスを受け、…判明`) supports both, the second
 * only when nothing better dates the discovery.  Dates after the release
 * are plans, not events.
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "extract_internal.h"

static int event_of_context(const sentence *s);

#define NO_EVENT KJ_EVENT__COUNT
#define STATUS_DATE (KJ_EVENT__COUNT + 1) /* 現在, 時点, 予定: a date, no event */

/* The event a term names, in order of precedence; NO_EVENT if none.  An
 * attack word (`不正アクセス`, `紛失`) names the incident itself. */
static int event_of(const lex_entry *e, bool authority)
{
    cue_set cues = e->cues;
    if (HAS(cues, EV_RELEASE))
        return KJ_EVENT_RELEASE;
    if (HAS(cues, EV_DETECT))
        return KJ_EVENT_DETECTED;
    if (HAS(cues, EV_OCCUR) || HAS(cues, OUTAGE) || e->attacks)
        return KJ_EVENT_OCCURRED;
    if (HAS(cues, REPORT_VERB) && authority)
        return KJ_EVENT_REPORTED;
    if (HAS(cues, EV_CONTAIN))
        return KJ_EVENT_CONTAINED;
    if (HAS(cues, EV_RESTORE))
        return KJ_EVENT_RESTORED;
    if (HAS(cues, EV_NOTIFY))
        return KJ_EVENT_NOTIFIED;
    return NO_EVENT;
}

typedef struct dated {
    kj_date date;
    kj_event_kind kind;
    bool secondary; /* a weaker reading (see the file comment) */
    const sentence *s;
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

/* The term right after hit `h` (touching it), or NULL. */
static const lex_entry *adjacent_term(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    const hit *x = &ctx->hits[h];
    if (h + 1 >= s->hit_end)
        return NULL;
    const hit *y = &ctx->hits[h + 1];
    if (y->kind != HIT_TERM || y->block != x->block || y->pos > x->pos + x->len)
        return NULL;
    return hit_entry(ctx, y);
}

/* What the verbs after date hit `h` say, up to the next date. */
typedef struct reading {
    int first;          /* the first event named, NO_EVENT when none */
    bool detect_later;  /* a detection verb follows the first event */
    uint32_t next_date; /* index of the next date hit, or s->hit_end */
} reading;

static reading read_after(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    reading r = {NO_EVENT, false, s->hit_end};
    for (uint32_t k = h + 1; k < s->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind == HIT_DATE) {
            r.next_date = k;
            break;
        }
        if (y->kind != HIT_TERM || y->quoted)
            continue; /* 「…不正アクセス発生について」を公表: a title, not this event */
        int kind = event_of(hit_entry(ctx, y), s->authorities != 0);
        if (kind == NO_EVENT)
            continue;
        if (r.first == NO_EVENT)
            r.first = kind;
        else if (kind == KJ_EVENT_DETECTED)
            r.detect_later = true;
    }
    return r;
}

/* The last event named among hits [from, to) of sentence `s`, or NO_EVENT. */
static int last_event(const extract_ctx *ctx, const sentence *s, uint32_t from, uint32_t to)
{
    for (uint32_t k = to; k-- > from;) {
        const hit *y = &ctx->hits[k];
        if (y->kind != HIT_TERM || y->quoted)
            continue;
        int kind = event_of(hit_entry(ctx, y), s->authorities != 0);
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

/* Does the sentence name an event or an attack before hit `h`? */
static bool event_before(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    return last_event(ctx, s, s->hit_start, h) != NO_EVENT;
}

/* The nearest event named before hit `h` in its clause. */
static int event_just_before(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    return last_event(ctx, s, kj_clause_of(ctx, s, h)->hit_start, h);
}

/* Is date hit `h` the sentence's opening adverbial: nothing happens before
 * it, and a comma closes it (`2025年4月25日、…`, `6月30日(月)に、…`,
 * `2月2日(月)午前10時頃、…`)? */
static bool opens_sentence(const extract_ctx *ctx, const sentence *s, uint32_t h)
{
    if (event_before(ctx, s, h))
        return false;
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t stop = x->pos + x->len + 45;
    if (h + 1 < s->hit_end && ctx->hits[h + 1].block == x->block && ctx->hits[h + 1].pos < stop)
        stop = ctx->hits[h + 1].pos;
    for (uint32_t i = x->pos + x->len; i + 3 <= len && i < stop; i++)
        if (memcmp(text + i, "、", 3) == 0)
            return true;
    return false;
}

/* The date is the topic's complement: `被害を確認したのは翌17日朝でございます`. */
static bool after_topic(const extract_ctx *ctx, const hit *x)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    return x->pos >= 3 && memcmp(text + x->pos - 3, "は", 3) == 0;
}

/*
 * Is sentence `s` a bare date: little besides its dates, times and list
 * numbers (`(1)令和6年10月23日(水)午後4時頃`, `発生日時:5月3日12時~17時`,
 * `7月10日未明から11日昼にかけて`)?  Only such a sentence takes its
 * meaning from the label or heading it stands under: under `## 発覚から
 * の対応`, `5月2日に、記録(5月1日以後)を保存し、分析を開始した` is no
 * discovery.
 */
static bool bare_date(const extract_ctx *ctx, const sentence *s)
{
    uint32_t other = 0; /* bytes of non-ASCII text outside the dates */
    for (uint32_t b = s->block; b <= s->last_block; b++) {
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, b, &len);
        uint32_t from = b == s->block ? s->start : 0;
        uint32_t to = b == s->last_block && s->end <= len ? s->end : len;
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

/* The strongest event of the sentence from hit `h` on: a finding, else the
 * incident, else the first event named. */
static int strongest_after(const extract_ctx *ctx, const sentence *s, uint32_t h, int first)
{
    bool occurred = false;
    for (uint32_t k = h + 1; k < s->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind != HIT_TERM || y->quoted)
            continue;
        int kind = event_of(hit_entry(ctx, y), s->authorities != 0);
        if (kind == KJ_EVENT_DETECTED)
            return kind;
        occurred |= kind == KJ_EVENT_OCCURRED;
    }
    return occurred ? KJ_EVENT_OCCURRED : first;
}

/*
 * The event date hit `h` names.  `dates` is the number of dates in the
 * sentence; *secondary_detect is set when the date may also be the
 * detection (see the file comment).
 */
static int date_event(const extract_ctx *ctx, const sentence *s, uint32_t h, int dates, bool bare,
                      bool opens_section, bool *secondary_detect, bool *also_occurred)
{
    *secondary_detect = false;
    *also_occurred = false;
    const lex_entry *suffix = adjacent_term(ctx, s, h);
    if (suffix && HAS(suffix->cues, DATED_RELEASE))
        return KJ_EVENT_RELEASE; /* 6月27日付 */
    if (suffix && HAS(suffix->cues, EV_STATUS) && !HAS(suffix->cues, RANGE))
        return STATUS_DATE; /* 4月3日現在 */
    reading r = read_after(ctx, s, h);
    if (bare) {
        /* `発生日:6月10日頃(確認日:6月11日)`: the label before a date says
         * what it is; `## 発生期間` over `7月10日未明から11日昼にかけて`:
         * the heading above a date without a label */
        int kind = event_just_before(ctx, s, h);
        if (kind != NO_EVENT)
            return kind;
        if (r.first == NO_EVENT && strongest_after(ctx, s, h, NO_EVENT) == NO_EVENT &&
            starts_sentence(ctx, s, h))
            return event_of_context(s);
    }
    if (r.first == NO_EVENT && r.next_date < s->hit_end && suffix && HAS(suffix->cues, RANGE)) {
        /* `9月8日から12月12日までの間…送信される状態となっていた`: a period
         * in which the incident went on, whatever verb reports it */
        reading end = read_after(ctx, s, r.next_date);
        if (end.first != KJ_EVENT_DETECTED && end.first != KJ_EVENT_OCCURRED)
            return end.first;
        /* `…にかけて、不正なログインが行われたことを検知`: found as it went on */
        *secondary_detect = end.first == KJ_EVENT_DETECTED || end.detect_later;
        return KJ_EVENT_OCCURRED;
    }
    if (r.first == NO_EVENT && r.next_date < s->hit_end)
        return main_event(ctx, s); /* 2月6日、委託先より、1月31日に…報告を受けました */
    if (r.first == NO_EVENT && after_topic(ctx, &ctx->hits[h]))
        return event_just_before(ctx, s, h);
    /* `## 判明の経緯` then `2月25日、お客様からお問い合わせをいただきました。`:
     * the story of how it came to light opens with the discovery */
    if (r.first == NO_EVENT)
        return opens_section && dates == 1 && opens_sentence(ctx, s, h) ? event_of_context(s)
                                                                        : NO_EVENT;
    if (dates == 1 && opens_sentence(ctx, s, h)) {
        /* `4月25日、…不正アクセスを受け、…判明しました`: an opening date
         * governs the main verb, the finding; but a failure that shows
         * itself (`サーバがダウンし、…を確認しました`) happened that day too */
        int kind = strongest_after(ctx, s, h, r.first);
        *also_occurred = kind == KJ_EVENT_DETECTED && HAS(s->cues, OUTAGE);
        *secondary_detect = kind == KJ_EVENT_OCCURRED && HAS(s->cues, OUTAGE);
        return kind;
    }
    if (r.first == KJ_EVENT_OCCURRED && r.detect_later && dates == 1)
        *secondary_detect = true; /* `端末は12月中旬に…感染しており、…判明` */
    if (r.first == KJ_EVENT_OCCURRED && HAS(s->cues, OUTAGE))
        *secondary_detect = true; /* a failure is noticed the day it happens */
    return r.first;
}

/* Reads the dates of sentence `s` into `out`. */
static void read_sentence(const extract_ctx *ctx, const sentence *s, bool opens_section,
                          dated_list *out)
{
    kj_date published = ctx->rel->published;
    int dates = 0;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++)
        dates += ctx->hits[h].kind == HIT_DATE;
    bool bare = dates && bare_date(ctx, s);
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->kind != HIT_DATE)
            continue;
        bool secondary, occurred_too;
        int kind = date_event(ctx, s, h, dates, bare, opens_section, &secondary, &occurred_too);
        if (kind >= (int)KJ_EVENT__COUNT)
            continue;
        if (kj_date_is_set(published) && kj_date_cmp(x->date, published) > 0 &&
            kind != KJ_EVENT_RELEASE)
            continue; /* after the release: a plan, not an event */
        push(out, (dated){x->date, (kj_event_kind)kind, false, s});
        if (occurred_too)
            push(out, (dated){x->date, KJ_EVENT_OCCURRED, false, s});
        if (secondary)
            push(out, (dated){x->date, KJ_EVENT_DETECTED, true, s});
    }
}

static void set_field(extract_ctx *ctx, kj_field field, kj_date *slot, const dated_list *list,
                      kj_event_kind kind)
{
    const dated *best = NULL;
    for (int pass = 0; pass < 2 && !best; pass++) {
        for (size_t i = 0; i < list->n; i++) {
            const dated *d = &list->items[i];
            if (d->kind != kind || d->secondary != (pass == 1))
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

/* What a bare date is by its label (`発生日時:`) or its heading (`## 発覚日時`
 * over `令和6年10月23日`). */
static int event_of_context(const sentence *s)
{
    /* a label before the date (`発生日時:`) or the heading above */
    cue_set cues = s->cues | s->context;
    if (HAS(cues, EV_DETECT))
        return KJ_EVENT_DETECTED;
    if (HAS(cues, EV_OCCUR))
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

void kj_extract_dates(extract_ctx *ctx)
{
    dated_list list = {0};
    int32_t dated_section = INT32_MIN;
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s))
            continue;
        bool dated = false;
        for (uint32_t h = s->hit_start; h < s->hit_end && !dated; h++)
            dated = ctx->hits[h].kind == HIT_DATE;
        /* the first dated sentence of its section */
        read_sentence(ctx, s, dated && s->section != dated_section, &list);
        if (dated)
            dated_section = s->section;
    }
    kj_release *rel = ctx->rel;
    set_field(ctx, KJ_FIELD_OCCURRED, &rel->occurred, &list, KJ_EVENT_OCCURRED);
    set_field(ctx, KJ_FIELD_DETECTED, &rel->detected, &list, KJ_EVENT_DETECTED);
    /* Something is noticed after it happens: an `occurred` after the
     * detection (both to the day) is a misreading — most often a later
     * step of the story (the first notice, a report) — and is dropped. */
    if (kj_date_is_set(rel->occurred) && kj_date_is_set(rel->detected) && rel->occurred.day &&
        rel->detected.day && kj_date_cmp(rel->occurred, rel->detected) > 0) {
        rel->occurred = KJ_DATE_NONE;
        drop_evidence(rel, KJ_FIELD_OCCURRED);
    }

    if (list.n > 1)
        qsort(list.items, list.n, sizeof *list.items, by_date);
    for (size_t i = 0; i < list.n; i++) {
        const dated *d = &list.items[i];
        if (d->secondary)
            continue;
        if (i > 0 && kj_date_cmp(list.items[i - 1].date, d->date) == 0 &&
            list.items[i - 1].kind == d->kind)
            continue;
        kj_release_add_event(rel, d->date, d->kind, kj_sentence_text(ctx, d->s));
    }
    free(list.items);
}
