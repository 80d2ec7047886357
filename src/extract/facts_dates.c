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

#include "extract_internal.h"

/* The event a cue set names, in order of precedence; KJ_EVENT__COUNT if none. */
static kj_event_kind event_of(cue_set cues, bool authority)
{
    if (HAS(cues, EV_STATUS))
        return KJ_EVENT__COUNT + 1; /* a status date (現在, 時点, 予定): no event */
    if (HAS(cues, EV_RELEASE))
        return KJ_EVENT_RELEASE;
    if (HAS(cues, EV_DETECT))
        return KJ_EVENT_DETECTED;
    if (HAS(cues, EV_OCCUR))
        return KJ_EVENT_OCCURRED;
    if (HAS(cues, REPORT_VERB) && authority)
        return KJ_EVENT_REPORTED;
    if (HAS(cues, EV_CONTAIN))
        return KJ_EVENT_CONTAINED;
    if (HAS(cues, EV_RESTORE))
        return KJ_EVENT_RESTORED;
    if (HAS(cues, EV_NOTIFY))
        return KJ_EVENT_NOTIFIED;
    return KJ_EVENT__COUNT;
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
        dated *p = realloc(list->items, list->cap * sizeof *p);
        if (!p)
            abort();
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

/* Reads the dates of sentence `s` into `out`. */
static void read_sentence(const extract_ctx *ctx, const sentence *s, dated_list *out)
{
    kj_date published = ctx->rel->published;
    int dates = 0;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++)
        dates += ctx->hits[h].kind == HIT_DATE;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->kind != HIT_DATE)
            continue;
        if (kj_date_is_set(published) && kj_date_cmp(x->date, published) > 0)
            continue;
        kj_event_kind kind = KJ_EVENT__COUNT;
        bool later_detect = false;
        for (uint32_t k = h + 1; k < s->hit_end; k++) {
            const hit *y = &ctx->hits[k];
            if (y->kind == HIT_DATE)
                break;
            if (y->kind != HIT_TERM)
                continue;
            const lex_entry *e = hit_entry(ctx, y);
            if (kind == KJ_EVENT__COUNT) {
                kind = event_of(e->cues, s->authorities != 0);
                /* the status words count only right after the date */
                if (kind == KJ_EVENT__COUNT + 1 && y->pos > x->pos + x->len + 6)
                    kind = KJ_EVENT__COUNT;
            } else if (kind == KJ_EVENT_OCCURRED && HAS(e->cues, EV_DETECT)) {
                later_detect = true;
            }
        }
        if (kind == KJ_EVENT__COUNT) {
            /* a bare date: its heading says what it is */
            kind = event_of(s->context & (CUE(EV_OCCUR) | CUE(EV_DETECT)), false);
        }
        if (kind >= KJ_EVENT__COUNT)
            continue;
        push(out, (dated){x->date, kind, false, s});
        if (kind == KJ_EVENT_OCCURRED && later_detect && dates == 1)
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
    *slot = best->date;
    char buf[11];
    add_evidence(ctx, field, kj_date_format(best->date, buf), best->s);
}

void extract_dates(extract_ctx *ctx)
{
    dated_list list = {0};
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (sentence_is_aside(s))
            continue;
        read_sentence(ctx, s, &list);
    }
    kj_release *rel = ctx->rel;
    set_field(ctx, KJ_FIELD_OCCURRED, &rel->occurred, &list, KJ_EVENT_OCCURRED);
    set_field(ctx, KJ_FIELD_DETECTED, &rel->detected, &list, KJ_EVENT_DETECTED);

    qsort(list.items, list.n, sizeof *list.items, by_date);
    for (size_t i = 0; i < list.n; i++) {
        const dated *d = &list.items[i];
        if (d->secondary)
            continue;
        if (i > 0 && kj_date_cmp(list.items[i - 1].date, d->date) == 0 &&
            list.items[i - 1].kind == d->kind)
            continue;
        kj_release_add_event(rel, d->date, d->kind, sentence_text(ctx, d->s));
    }
    free(list.items);
}
