/*
 * facts_counts.c — how many people (affected_persons, its confirmed part)
 * and how many organisations (affected_organizations).
 *
 * Candidates are numbers with a person or record unit (名, 人, 人分, 件)
 * or an organisation unit (社, 団体) in passages about affected data —
 * not mail counts (`不審なメール約1,900件`), not `名寄せ前` figures, not
 * parts introduced by `うち`, not the contact section.  Disclosures state
 * the same figure several times (in the lead, in a heading `### 個人情報
 * （約2,850名）`, in a table) and break a total into categories, so the
 * figures are de-duplicated, every figure that is the sum of others (a
 * stated total, `合計`, or a lead figure) absorbs its parts, and what is
 * left is added up: separate categories of people are additive, a total
 * and its parts are not.
 */
#include <stdio.h>
#include <string.h>

#include "extract_internal.h"

#define MAX_CANDIDATES 24

typedef struct candidate {
    int64_t value;
    kj_affected_unit unit; /* persons, records or accounts (organisations: NONE) */
    bool total;            /* 合計, 計, 総数 … */
    bool confirmed;        /* in a passage that says the leak is confirmed */
    bool approx;
    bool detail;     /* in parentheses in running text: `人事情報(5,509人)` */
    bool part;       /* absorbed by a total */
    bool superseded; /* an earlier report's figure: `前回報告`, `…件と報告しました` */
    bool origin;     /* the origin's figure across its clients (`全国約2千カ所分`) */
    const sentence *s;
} candidate;

typedef struct candidate_set {
    candidate items[MAX_CANDIDATES];
    int n;
} candidate_set;

/* Is the term just before number hit `h` (in its clause) one of `cues`? */
static bool preceded_by(const extract_ctx *ctx, const clause *c, size_t h, cue_set cues,
                        uint32_t within)
{
    const hit *num = &ctx->hits[h];
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->block != num->block || x->pos + x->len + within < num->pos)
            return false;
        if (x->kind == HIT_TERM && (hit_entry(ctx, x)->cues & cues))
            return true;
        if (x->kind != HIT_TERM)
            return false;
    }
    return false;
}

/* Is number hit `h` a part introduced by うち / 内訳 since the clause's
 * previous figure (`700件で、うち電話番号を含むものは120件`)? */
static bool is_subset(const extract_ctx *ctx, const clause *c, size_t h)
{
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_NUMBER)
            return false;
        if (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, SUBSET))
            return true;
    }
    return false;
}

static bool followed_by(const extract_ctx *ctx, const clause *c, size_t h, cue_set cues)
{
    const hit *num = &ctx->hits[h];
    if (h + 1 >= c->hit_end)
        return false;
    const hit *x = &ctx->hits[h + 1];
    return x->kind == HIT_TERM && x->block == num->block && x->pos <= num->pos + num->len + 3 &&
           (hit_entry(ctx, x)->cues & cues);
}

/* `従業員1名が…`, `従業員1名の業務用メールアカウント`: a count of the staff
 * who acted or whose account was used, not of people whose data leaked. */
static bool counts_actors(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    const hit *num = &ctx->hits[h];
    if (h == c->hit_start)
        return false;
    const hit *before = &ctx->hits[h - 1];
    if (before->kind != HIT_TERM || before->block != num->block ||
        before->pos + before->len + 3 < num->pos || !kj_is_actor(ctx, s, h - 1))
        return false;
    return true;
}

bool kj_counts_people(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    const hit *x = &ctx->hits[h];
    if (x->kind != HIT_NUMBER ||
        (x->unit != UNIT_PERSON && x->unit != UNIT_RECORD && x->unit != UNIT_ACCOUNT))
        return false;
    return !preceded_by(ctx, c, h, CUE(MAIL_COUNT), 6) &&
           !followed_by(ctx, c, h, CUE(PER_ITEM) | CUE(MAIL_COUNT) | CUE(DEVICE)) &&
           !counts_actors(ctx, s, c, h);
}

/*
 * Adds a figure.  The same figure in another sentence is the same fact told
 * again (a lead, a heading and a table); within one sentence, or in two rows
 * of one table or list, equal figures are separate items (`宮城県3件、滋賀県
 * 1件、岡山県1件`).
 */
static void add_candidate(candidate_set *set, const candidate *c)
{
    for (int i = 0; i < set->n; i++) {
        candidate *o = &set->items[i];
        /* rows of one table or list are separate items even when equal */
        bool rows = o->s->fragment && c->s->fragment && o->s->section == c->s->section &&
                    o->s->kind != SENT_HEADING && c->s->kind != SENT_HEADING;
        if (o->value == c->value && o->s != c->s && !rows) {
            o->total |= c->total;
            o->confirmed |= c->confirmed;
            o->detail &= c->detail;
            o->superseded &= c->superseded;
            o->origin &= c->origin;
            if (c->unit == KJ_AFFECTED_PERSONS)
                o->unit = c->unit; /* 6名 and 6件 of the same people: persons */
            return;
        }
    }
    if (set->n < MAX_CANDIDATES)
        set->items[set->n++] = *c;
}

/* Is hit `h` inside parentheses in its clause? */
static bool in_parentheses(const extract_ctx *ctx, const clause *c, size_t h)
{
    int depth = 0;
    for (size_t k = c->hit_start; k < h; k++) {
        if (ctx->hits[k].kind == HIT_OPEN)
            depth++;
        else if (ctx->hits[k].kind == HIT_CLOSE && depth > 0)
            depth--;
    }
    return depth > 0;
}

/* A subset of `vals` (sorted largest first) from index `k` on that adds up
 * to `target` (within `slack`); its members are set in *chosen. */
static bool find_sum(const int64_t *vals, int n, int k, int64_t target, int64_t slack, int picked,
                     uint32_t *chosen, int *budget)
{
    if (--*budget < 0)
        return false; /* a pathological set: give up rather than search on */
    if (target <= slack && target >= -slack)
        return picked >= 2;
    if (target < -slack)
        return false;
    int64_t rest = 0;
    for (int i = k; i < n; i++)
        rest += vals[i];
    if (rest < target - slack)
        return false; /* even everything left is too little */
    for (int i = k; i < n; i++) {
        if (vals[i] > target + slack)
            continue;
        if (find_sum(vals, n, i + 1, target - vals[i], slack, picked + 1, chosen, budget)) {
            *chosen |= 1u << i;
            return true;
        }
    }
    return false;
}

/*
 * Marks as parts the figures that some larger figure is the sum of (only
 * figures of its own sentence or table row when `same_sentence`): a
 * depth-first search over the smaller, not yet absorbed figures, largest
 * first, cut off as soon as a branch overshoots or cannot reach the total.
 */
static void absorb_parts(candidate_set *set, bool same_sentence)
{
    /* smaller totals first: a table row's total takes its own cells before
     * the grand total takes the rows */
    int order[MAX_CANDIDATES];
    for (int i = 0; i < set->n; i++)
        order[i] = i;
    for (int i = 1; i < set->n; i++)
        for (int j = i; j > 0 && set->items[order[j]].value < set->items[order[j - 1]].value; j--) {
            int tmp = order[j];
            order[j] = order[j - 1];
            order[j - 1] = tmp;
        }
    for (int o = 0; o < set->n; o++) {
        int t = order[o];
        candidate *total = &set->items[t];
        if (total->part)
            continue;
        int idx[MAX_CANDIDATES], m = 0;
        bool approx = total->approx;
        for (int i = 0; i < set->n; i++) {
            if (same_sentence && set->items[i].s != total->s)
                continue;
            if (i != t && !set->items[i].part && set->items[i].value < total->value) {
                idx[m++] = i;
                approx |= set->items[i].approx;
            }
        }
        if (m < 2)
            continue;
        /* largest first: insertion sort of a handful */
        for (int i = 1; i < m; i++)
            for (int j = i; j > 0 && set->items[idx[j]].value > set->items[idx[j - 1]].value; j--) {
                int tmp = idx[j];
                idx[j] = idx[j - 1];
                idx[j - 1] = tmp;
            }
        int64_t vals[MAX_CANDIDATES];
        for (int i = 0; i < m; i++)
            vals[i] = set->items[idx[i]].value;
        int64_t slack = approx ? total->value / 200 : 0; /* 0.5 % for rounded figures */
        uint32_t chosen = 0;
        int budget = 20000;
        if (!find_sum(vals, m, 0, total->value, slack, 0, &chosen, &budget))
            continue;
        for (int i = 0; i < m; i++)
            if (chosen & (1u << i))
                set->items[idx[i]].part = true;
        total->total = true;
    }
}

/* Is `c` one row of a list or table of categories (three or more figures
 * in rows or items of one section)?  `⑤部活動コーチ1人分` is a category
 * like its neighbours, not the staff member who acted. */
static bool in_a_list(const candidate_set *set, const candidate *c)
{
    if (!c->s->fragment || c->s->kind == SENT_HEADING)
        return false;
    int rows = 0;
    for (int i = 0; i < set->n; i++) {
        const sentence *o = set->items[i].s;
        rows += o->fragment && o->kind != SENT_HEADING && o->section == c->s->section;
    }
    return rows >= 3;
}

/*
 * The headline figure of a candidate set: details in parentheses give way
 * to the figures they break down, a stated total (`…1件、計1,029件`)
 * absorbs the other figures of its sentence, any figure that is the sum of
 * others absorbs them, a figure of one or two people gives way to real
 * counts (it names the staff member or account involved), and what is
 * left is added up.
 */
static int64_t headline(candidate_set *set, bool confirmed_only, const sentence **why,
                        kj_affected_unit *unit)
{
    candidate_set sub = {.n = 0};
    bool plain = false, large = false;
    for (int i = 0; i < set->n; i++) {
        if (confirmed_only && !set->items[i].confirmed)
            continue;
        sub.items[sub.n++] = set->items[i];
        large |= set->items[i].value >= 10;
    }
    for (int i = 0; i < sub.n; i++)
        plain |= !sub.items[i].detail && !(large && sub.items[i].value <= 2);
    if (sub.n == 0)
        return KJ_COUNT_NONE;
    for (int i = 0; i < sub.n; i++) {
        candidate *c = &sub.items[i];
        if ((plain && c->detail) || (large && c->value <= 2 && !in_a_list(&sub, c)))
            c->part = true;
        if (!c->total)
            continue;
        for (int k = 0; k < sub.n; k++)
            if (k != i && sub.items[k].s == c->s && sub.items[k].value < c->value)
                sub.items[k].part = true;
    }
    /* a row's or a sentence's own breakdown first, then across the text */
    absorb_parts(&sub, true);
    absorb_parts(&sub, false);
    int64_t sum = 0, largest = 0;
    *why = NULL;
    for (int i = 0; i < sub.n; i++) {
        if (sub.items[i].part)
            continue;
        sum += sub.items[i].value;
        if (!*why)
            *why = sub.items[i].s;
        if (sub.items[i].value > largest) {
            largest = sub.items[i].value;
            *unit = sub.items[i].unit; /* the unit of its largest figure */
        }
    }
    return sum ? sum : KJ_COUNT_NONE;
}

static void evidence_for(extract_ctx *ctx, kj_field field, const candidate_set *set, int64_t value,
                         bool confirmed_only)
{
    char text[32];
    snprintf(text, sizeof text, "%lld", (long long)value);
    const sentence *last = NULL;
    for (int i = 0; i < set->n; i++) {
        const candidate *c = &set->items[i];
        if (confirmed_only && !c->confirmed)
            continue;
        if (c->s == last)
            continue;
        kj_add_evidence(ctx, field, text, c->s);
        last = c->s;
    }
}

/* The unit number hit `h` counts: its own counter (名, 件, アカウント), or
 * an account noun just before a 件 figure (`メールアカウント数 4,072,650件`). */
static kj_affected_unit unit_of(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *x = &ctx->hits[h];
    if (x->unit == UNIT_ACCOUNT)
        return KJ_AFFECTED_ACCOUNTS;
    if (x->unit == UNIT_PERSON)
        return KJ_AFFECTED_PERSONS;
    return preceded_by(ctx, c, h, CUE(ACCOUNT), 10) ? KJ_AFFECTED_ACCOUNTS : KJ_AFFECTED_RECORDS;
}

/* `本人以外の12人の職員のアカウントを使用して`: a count of the accounts
 * someone used, not of people whose data leaked. */
static bool counts_accounts_used(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *num = &ctx->hits[h];
    static const char *const used[] = {"を使用",     "を利用",   "を用い", "を悪用",
                                       "でログイン", "を使って", "が使用", "が利用"};
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != num->block || x->pos > num->pos + num->len + 24)
            break;
        if (x->kind == HIT_NUMBER)
            break;
        if (x->kind != HIT_TERM || !HAS(hit_entry(ctx, x)->cues, ACCOUNT))
            continue;
        for (size_t u = 0; u < sizeof used / sizeof used[0]; u++)
            if (kj_text_after_is(ctx, x, used[u]))
                return true;
    }
    return false;
}

/* Does the clause, up to number hit `h`, carry cue `cue` (or, with `after`,
 * anywhere in the clause)? */
static bool clause_has(const extract_ctx *ctx, const clause *c, size_t h, cue_set cues, bool after)
{
    size_t end = after ? c->hit_end : h;
    for (size_t k = c->hit_start; k < end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_TERM && (hit_entry(ctx, x)->cues & cues))
            return true;
    }
    return false;
}

/* The organisation's own people right before the figure (`当社のお客様
 * 1,200名`, `本校の卒業生…12名`): its own figure even in a sentence about
 * the origin's breach. */
static bool own_figure(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *num = &ctx->hits[h];
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->block != num->block || x->pos + 36 < num->pos)
            break;
        if (x->kind == HIT_SELF || (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, OWN)))
            return true;
    }
    return false;
}

/* Keeps in `set` only the candidates `keep` says yes to, when any. */
static void keep_only(candidate_set *set, bool (*keep)(const candidate *, const void *),
                      const void *arg)
{
    int kept = 0;
    for (int i = 0; i < set->n; i++)
        kept += keep(&set->items[i], arg);
    if (kept == 0 || kept == set->n)
        return;
    int n = 0;
    for (int i = 0; i < set->n; i++)
        if (keep(&set->items[i], arg))
            set->items[n++] = set->items[i];
    set->n = n;
}

static bool is_current(const candidate *c, const void *arg)
{
    (void)arg;
    return !c->superseded;
}

static bool is_own(const candidate *c, const void *arg)
{
    (void)arg;
    return !c->origin;
}

/* People and records of personal data are read together (separate groups
 * add up: 顧客情報115,674件 and 従業員101名); accounts (mail accounts, user
 * IDs) are another kind of thing and count only when nothing else does. */
static bool is_people_or_records(const candidate *c, const void *arg)
{
    (void)arg;
    return c->unit != KJ_AFFECTED_ACCOUNTS;
}

void kj_extract_counts(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    candidate_set persons = {.n = 0}, orgs = {.n = 0};
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s) || kj_sentence_is_measures(s))
            continue;
        cue_set around = s->cues | s->context;
        /* `計 27校、2,548人`: a stated total of people in a release that
         * reports a (possible) leak needs no other context */
        bool leak = rel->leak_status >= KJ_LEAK_POSSIBLE;
        if (!(around & (CUE(INFO) | CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE) | CUE(TARGET))) &&
            !s->data && !s->victims && !(leak && HAS(s->cues, TOTAL)))
            continue;
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *x = &ctx->hits[h];
            if (x->kind != HIT_NUMBER || x->value <= 0 || (x->num_flags & KJ_NUM_VAGUE))
                continue;
            if ((x->num_flags & KJ_NUM_KANJI) && x->value < 10)
                continue; /* 一人, 二名: wording, not a headline count */
            const clause *c = kj_clause_of(ctx, s, h);
            if (kj_conditional_at(ctx, c, h))
                continue;
            bool org = x->unit == UNIT_ORGANIZATION;
            if ((!org && !kj_counts_people(ctx, s, c, h)) ||
                (org && followed_by(ctx, c, h, CUE(PER_ITEM) | CUE(MAIL_COUNT))) ||
                preceded_by(ctx, c, h, CUE(BEFORE_MERGE), 6) || is_subset(ctx, c, h) ||
                (!org && counts_accounts_used(ctx, c, h)))
                continue;
            cue_set where = c->cues | s->context;
            /* accounts logged into by the attacker are accounts whose data
             * was reached: `不正ログインされたお客様数: 9人` */
            bool taken_over = false;
            for (size_t k = c->hit_start; k < c->hit_end && !taken_over; k++) {
                const hit *t = &ctx->hits[k];
                taken_over = t->kind == HIT_TERM &&
                             KJ_SET_HAS(hit_entry(ctx, t)->attacks, KJ_ATTACK_ACCOUNT_TAKEOVER);
            }
            candidate cand = {
                .value = x->value,
                .unit = org ? KJ_AFFECTED_NONE : unit_of(ctx, c, h),
                .total = preceded_by(ctx, c, h, CUE(TOTAL), 12),
                .confirmed = !HAS(where, POSSIBLE) && !HAS(where, NEGATION) &&
                             ((where & (CUE(LEAK) | CUE(CONFIRM))) || taken_over),
                .approx = (x->num_flags & KJ_NUM_APPROX) != 0,
                .detail = s->kind != SENT_HEADING && in_parentheses(ctx, c, h),
                .superseded = clause_has(ctx, c, h, CUE(EARLIER_FIGURE), true) ||
                              HAS(s->context, EARLIER_FIGURE),
                .origin = rel->third_party && !own_figure(ctx, c, h) &&
                          HAS(s->cues | s->context, ORIGIN_WIDE),
                .s = s,
            };
            if (org)
                add_candidate(&orgs, &cand);
            else
                add_candidate(&persons, &cand);
        }
    }

    /* An earlier report's figure gives way to the current one; a figure of
     * the organisation's own people to the origin's total; one unit is read. */
    keep_only(&persons, is_current, NULL);
    keep_only(&orgs, is_current, NULL);
    keep_only(&persons, is_own, NULL);
    keep_only(&persons, is_people_or_records, NULL);

    const sentence *why;
    kj_affected_unit unit = KJ_AFFECTED_NONE, unused;
    rel->affected_persons = headline(&persons, false, &why, &unit);
    if (rel->affected_persons != KJ_COUNT_NONE) {
        bool origin_total = persons.n > 0 && persons.items[0].origin;
        rel->affected_unit = unit;
        rel->figure_scope = origin_total ? KJ_SCOPE_ORIGIN_TOTAL : KJ_SCOPE_OWN;
        evidence_for(ctx, KJ_FIELD_AFFECTED_PERSONS, &persons, rel->affected_persons, false);
        evidence_for(ctx, KJ_FIELD_AFFECTED_UNIT, &persons, rel->affected_persons, false);
        if (origin_total)
            evidence_for(ctx, KJ_FIELD_FIGURE_SCOPE, &persons, rel->affected_persons, false);
        if (rel->leak_status == KJ_LEAK_CONFIRMED) {
            int64_t confirmed = headline(&persons, true, &why, &unused);
            if (confirmed != KJ_COUNT_NONE && confirmed <= rel->affected_persons) {
                rel->affected_persons_confirmed = confirmed;
                evidence_for(ctx, KJ_FIELD_AFFECTED_PERSONS_CONFIRMED, &persons, confirmed, true);
            }
        }
    }
    rel->affected_organizations = headline(&orgs, false, &why, &unused);
    if (rel->affected_organizations != KJ_COUNT_NONE)
        evidence_for(ctx, KJ_FIELD_AFFECTED_ORGANIZATIONS, &orgs, rel->affected_organizations,
                     false);
}
