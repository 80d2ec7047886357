/*
 * group.c — releases into incidents.
 *
 * Two union-find passes.  The first joins releases into discloser chains:
 * one organisation's releases about one event (a shared 事案ID, a
 * `第N報：<link>` bullet, or — without either — the same organisation within
 * a window and a matching subject).  The second joins chains of different
 * organisations that name the same contractor as breached.  Every rule is
 * local: links and IDs are looked up in sorted arrays, and the subject rules
 * only compare releases filed under the same organisation key within the
 * window, so the whole pass is O(n log n) plus a bounded scan per release.
 * The rule is documented in README.md ("How releases become incidents").
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "aggregate_internal.h"

void kj_group_options_default(kj_group_options *o)
{
    o->window_days = 180;
    o->title_window_days = 90;
    o->title_similarity = 0.6;
    o->cited_window_days = 730;
    o->join_contractors = false;
    o->contractor_window_days = 30;
}

/* Subject rules that need more than the dates to agree. */
#define RELATED_TITLE 0.15 /* titles share some subject words */
/* Two notices of one organisation naming the same specific attack this close,
 * with related titles, tell one incident (same_named_attack). */
#define SAME_ATTACK_DAYS 14
#define FOLLOW_UP_TITLE 0.2
/* A quotation names an earlier release when it is that release's title:
 * nearly the same bigrams, or (a title cut short in the quote) nearly all of
 * the quote's bigrams in the title, given enough of them to be distinctive. */
#define QUOTED_TITLE 0.8
#define QUOTED_PART 0.9
#define QUOTED_MIN_BIGRAMS 8
/* At most this many earlier releases of one organisation are compared with
 * each release, however many it published inside the window. */
#define MAX_CANDIDATES 64

/* ----------------------------------------------------------- union-find */

typedef struct union_find {
    uint32_t *parent;
} union_find;

static uint32_t uf_find(union_find *uf, uint32_t x)
{
    while (uf->parent[x] != x) {
        uf->parent[x] = uf->parent[uf->parent[x]];
        x = uf->parent[x];
    }
    return x;
}

static void uf_union(union_find *uf, uint32_t a, uint32_t b)
{
    a = uf_find(uf, a);
    b = uf_find(uf, b);
    if (a == b)
        return;
    /* The root is the earlier release (lower rank) so roots stay stable. */
    if (a < b)
        uf->parent[b] = a;
    else
        uf->parent[a] = b;
}

/* -------------------------------------------------------------- items */

/* A release as grouping sees it; items are indexed by rank (publication
 * order: date, then path). */
typedef struct item {
    const kj_release *rel;
    size_t index;  /* in the caller's array */
    int32_t day;   /* publication day number */
    bool precise;  /* published has a day */
    bool prepared; /* role and title are read only for organisations with several
                      releases: prepare_subject() fills them on first use */
    kj_chain_role role;
    kj_bigrams title;
    kj_bigrams *quotes; /* of the titles the body quotes (rel->cues.quoted) */
    uint32_t n_quotes;
    const char **places; /* origin keys of where the incident happened: the origin, its
                            aliases, the contractor the body names */
    uint32_t n_places;
    bool first_hand;   /* happened in the organisation's own systems, no place named */
    unsigned families; /* ATTACK_* kinds of its attack types (attack_families) */
    int32_t *dates;    /* mentioned or stated (occurred, detected), sorted, distinct */
    uint32_t n_dates;
    int32_t *cited;
    uint32_t n_cited;
    int32_t *by_others; /* days it names as another party's publication */
    uint32_t n_by_others;
    const char *incident_id; /* its 事案ID, normalised, or NULL */
    const char **org_keys;   /* kj_org_key of each organisation, as listed */
    const char **keys;       /* the same, distinct and non-empty */
    uint32_t n_keys;
    kj_set org_types;
} item;

typedef struct grouping {
    const kj_group_options *opt;
    item *items;
    size_t n;
    union_find chains;
    const char **chain_id;    /* per chain root: the 事案ID of its releases, or NULL */
    kj_join_reason *as_later; /* strongest reason joining an item to an earlier one */
    kj_join_reason *as_any;   /* strongest reason on any of its joins */
    kj_arena *scratch;
} grouping;

/* Strength of a reason, for reporting the best one per release. */
static int strength(kj_join_reason r)
{
    static const int order[KJ_JOIN__COUNT] = {
        [KJ_JOIN_FIRST] = 0,       [KJ_JOIN_ID] = 8,          [KJ_JOIN_LINK] = 7,
        [KJ_JOIN_CITED_TITLE] = 6, [KJ_JOIN_CITED_DATE] = 5,  [KJ_JOIN_TITLE] = 4,
        [KJ_JOIN_FOLLOW_UP] = 3,   [KJ_JOIN_SHARED_DATE] = 2, [KJ_JOIN_CONTRACTOR] = 1};
    return order[r];
}

static void keep_best(kj_join_reason *slot, kj_join_reason r)
{
    if (strength(r) > strength(*slot))
        *slot = r;
}

/* True when the chains of `a` and `b` carry different 事案IDs: the archive
 * says they are two incidents, and nothing joins them. */
static bool ids_differ(grouping *g, uint32_t a, uint32_t b)
{
    const char *ia = g->chain_id[uf_find(&g->chains, a)];
    const char *ib = g->chain_id[uf_find(&g->chains, b)];
    return ia && ib && strcmp(ia, ib) != 0;
}

/* Joins the chains of `a` and `b` for `reason`, unless their 事案IDs differ;
 * false then. */
static bool join(grouping *g, uint32_t a, uint32_t b, kj_join_reason reason)
{
    if (a == b)
        return true;
    if (ids_differ(g, a, b))
        return false;
    uint32_t later = a > b ? a : b, earlier = a > b ? b : a;
    keep_best(&g->as_later[later], reason);
    keep_best(&g->as_any[later], reason);
    keep_best(&g->as_any[earlier], reason);
    const char *ia = g->chain_id[uf_find(&g->chains, a)];
    const char *ib = g->chain_id[uf_find(&g->chains, b)];
    uf_union(&g->chains, a, b);
    g->chain_id[uf_find(&g->chains, a)] = ia ? ia : ib;
    return true;
}

static int int_order(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return x < y ? -1 : x > y;
}

/* Day numbers of `dates` plus `extra` (day precision only), sorted, distinct. */
static int32_t *day_set(kj_arena *a, const kj_date *dates, size_t n, const kj_date *extra,
                        size_t n_extra, uint32_t *count)
{
    int32_t *days = kj_arena_alloc(a, (n + n_extra + 1) * sizeof *days);
    size_t k = 0;
    for (size_t i = 0; i < n + n_extra; i++) {
        kj_date d = i < n ? dates[i] : extra[i - n];
        if (kj_date_is_set(d) && d.day)
            days[k++] = kj_date_to_days(d);
    }
    kj_sort(days, k, sizeof *days, int_order);
    size_t kept = 0;
    for (size_t i = 0; i < k; i++)
        if (kept == 0 || days[kept - 1] != days[i])
            days[kept++] = days[i];
    *count = (uint32_t)kept;
    return days;
}

bool kj_days_contains(const int32_t *days, size_t n, int32_t day)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (days[mid] < day)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && days[lo] == day;
}

bool kj_days_share(const int32_t *a, size_t na, const int32_t *b, size_t nb,
                   const int32_t except[2])
{
    size_t i = 0, j = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j]) {
            if (a[i] != except[0] && a[i] != except[1])
                return true;
            i++;
            j++;
        } else if (a[i] < b[j]) {
            i++;
        } else {
            j++;
        }
    }
    return false;
}

static bool links_to(const kj_release *from, const char *path)
{
    for (size_t l = 0; l < from->overview.n_links; l++)
        if (from->overview.links[l].archive_path &&
            strcmp(from->overview.links[l].archive_path, path) == 0)
            return true;
    return false;
}

/* `a`'s name without `.md`: its length */
static size_t stem_length(const char *a)
{
    size_t n = strlen(a);
    return n > 3 && strcmp(a + n - 3, ".md") == 0 ? n - 3 : n;
}

int kj_same_day_order(const kj_release *x, const kj_release *y)
{
    bool xy = links_to(x, y->path), yx = links_to(y, x->path);
    if (xy != yx)
        return xy ? 1 : -1;
    size_t la = stem_length(x->path), lb = stem_length(y->path);
    int c = memcmp(x->path, y->path, la < lb ? la : lb);
    if (c)
        return c;
    return la < lb ? -1 : la > lb ? 1 : strcmp(x->path, y->path);
}

typedef struct ranked {
    const kj_release *rel;
    size_t index;
} ranked;

static int rank_order(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    int c = kj_date_cmp(x->rel->published, y->rel->published);
    if (c)
        return c;
    c = kj_same_day_order(x->rel, y->rel);
    if (c)
        return c;
    return x->index < y->index ? -1 : x->index > y->index;
}

static uint64_t hash_string(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

/* An open-addressing set of strings: unique incident ids, and the names of a
 * release or an incident — few as a rule, but a hostile overview can list
 * 100,000, and comparing each with all the others took minutes. */
typedef struct string_set {
    const char **slots;
    size_t cap;
} string_set;

static bool string_set_add(string_set *set, const char *s)
{
    size_t i = hash_string(s) & (set->cap - 1);
    while (set->slots[i]) {
        if (strcmp(set->slots[i], s) == 0)
            return false;
        i = (i + 1) & (set->cap - 1);
    }
    set->slots[i] = s;
    return true;
}

/* An empty set in `a` with room for `n` strings. */
static void string_set_init(kj_arena *a, string_set *set, size_t n)
{
    set->cap = 8;
    while (set->cap < 2 * n + 2)
        set->cap *= 2;
    set->slots = kj_arena_alloc(a, set->cap * sizeof *set->slots);
}

static const char *incident_id_of(kj_arena *a, const kj_release *rel)
{
    for (size_t i = 0; i < rel->overview.n_meta; i++) {
        const kj_meta *m = &rel->overview.meta[i];
        if (strcmp(m->key, "事案ID") == 0 && m->value && m->value[0]) {
            size_t len;
            const char *norm = kj_normalize(a, m->value, strlen(m->value), &len);
            return len ? norm : NULL;
        }
    }
    return NULL;
}

static void build_items(grouping *g, const kj_release *const *releases, size_t n)
{
    ranked *order = kj_xmalloc((n ? n : 1) * sizeof *order);
    for (size_t i = 0; i < n; i++)
        order[i] = (ranked){releases[i], i};
    kj_sort(order, n, sizeof *order, rank_order);

    kj_arena *a = g->scratch;
    for (size_t r = 0; r < n; r++) {
        const kj_release *rel = releases[order[r].index];
        item *it = &g->items[r];
        it->rel = rel;
        it->index = order[r].index;
        it->precise = kj_date_is_set(rel->published) && rel->published.day != 0;
        it->day = kj_date_is_set(rel->published) ? kj_date_to_days(rel->published) : 0;
        kj_date stated[2] = {rel->occurred, rel->detected};
        it->dates = day_set(a, rel->cues.dates, rel->cues.n_dates, stated, 2, &it->n_dates);
        it->cited = day_set(a, rel->cues.cited, rel->cues.n_cited, NULL, 0, &it->n_cited);
        it->by_others = day_set(a, rel->cues.published_by_others, rel->cues.n_published_by_others,
                                NULL, 0, &it->n_by_others);
        it->incident_id = incident_id_of(a, rel);
        g->chain_id[r] = it->incident_id;
        size_t n_org = rel->overview.n_organizations;
        it->keys = kj_arena_alloc(a, (n_org ? n_org : 1) * sizeof *it->keys);
        it->org_keys = kj_arena_alloc(a, (n_org ? n_org : 1) * sizeof *it->org_keys);
        string_set seen;
        string_set_init(a, &seen, n_org);
        for (size_t o = 0; o < n_org; o++) {
            size_t plain_len;
            const char *plain = kj_org_plain(a, rel->overview.organizations[o], &plain_len);
            const char *key = kj_org_key_of_plain(a, plain, plain_len);
            it->org_keys[o] = key;
            KJ_SET_ADD(it->org_types, kj_org_classify_plain(plain, plain_len, rel->cues.self_type,
                                                            rel->victim_categories));
            if (key[0] && string_set_add(&seen, key))
                it->keys[it->n_keys++] = key;
        }
        if (!n_org)
            KJ_SET_ADD(it->org_types, KJ_ORG_OTHER);
    }
    free(order);
}

/* Kinds of attack story: releases whose attack types fall in different
 * kinds alone (a flood of requests, a mail sent to the wrong people, an
 * intrusion) tell different stories.  A system failure is what any of them
 * may cause, no story of its own. */
enum { ATTACK_INTRUSION = 1, ATTACK_FLOOD = 2, ATTACK_MISHAP = 4 };

static unsigned attack_families(kj_set types)
{
    static const unsigned family[KJ_ATTACK__COUNT] = {
        [KJ_ATTACK_RANSOMWARE] = ATTACK_INTRUSION,
        [KJ_ATTACK_UNAUTHORIZED_ACCESS] = ATTACK_INTRUSION,
        [KJ_ATTACK_MALWARE] = ATTACK_INTRUSION,
        [KJ_ATTACK_PHISHING] = ATTACK_INTRUSION,
        [KJ_ATTACK_ACCOUNT_TAKEOVER] = ATTACK_INTRUSION,
        [KJ_ATTACK_WEB_TAMPERING] = ATTACK_INTRUSION,
        [KJ_ATTACK_VULNERABILITY] = ATTACK_INTRUSION,
        [KJ_ATTACK_SPAM_RELAY] = ATTACK_INTRUSION,
        [KJ_ATTACK_DDOS] = ATTACK_FLOOD,
        [KJ_ATTACK_MISCONFIGURATION] = ATTACK_MISHAP,
        [KJ_ATTACK_MISDELIVERY] = ATTACK_MISHAP,
        [KJ_ATTACK_INSIDER] = ATTACK_MISHAP,
        [KJ_ATTACK_LOSS_THEFT] = ATTACK_MISHAP,
        [KJ_ATTACK_SYSTEM_FAILURE] = 0};
    unsigned families = 0;
    for (int t = 0; t < KJ_ATTACK__COUNT; t++)
        if (KJ_SET_HAS(types, t))
            families |= family[t];
    return families;
}

/* Where `it`'s incident happened, as origin keys: the origin the extract
 * stage read and its aliases, and the contractor the body names. */
static void prepare_places(grouping *g, item *it)
{
    const kj_release *rel = it->rel;
    size_t cap = 2 + rel->n_origin_aliases;
    it->places = kj_arena_alloc(g->scratch, cap * sizeof *it->places);
    if (rel->third_party && rel->origin)
        it->places[it->n_places++] = kj_origin_key(g->scratch, rel->origin);
    for (size_t i = 0; rel->third_party && i < rel->n_origin_aliases; i++)
        it->places[it->n_places++] = kj_origin_key(g->scratch, rel->origin_aliases[i]);
    if (rel->cues.contractor)
        it->places[it->n_places++] = kj_origin_key(g->scratch, rel->cues.contractor);
    uint32_t kept = 0;
    for (uint32_t i = 0; i < it->n_places; i++)
        if (it->places[i][0])
            it->places[kept++] = it->places[i];
    it->n_places = kept;
    it->first_hand = !rel->third_party && kept == 0;
}

/* The role, title bigrams, quoted titles and story of `it`, computed once. */
static item *prepare_subject(grouping *g, item *it)
{
    if (!it->prepared) {
        const kj_release *rel = it->rel;
        const char *title = rel->overview.title;
        const char *norm = title ? kj_normalize(g->scratch, title, strlen(title), NULL) : NULL;
        it->role = kj_release_role(g->scratch, rel, norm);
        it->title = kj_title_bigrams(g->scratch, norm);
        it->n_quotes = rel->cues.n_quoted;
        it->quotes = kj_arena_alloc(g->scratch, (it->n_quotes + 1) * sizeof *it->quotes);
        for (uint32_t q = 0; q < it->n_quotes; q++)
            it->quotes[q] = kj_title_bigrams(g->scratch, rel->cues.quoted[q]);
        prepare_places(g, it);
        it->families = attack_families(rel->attack_types);
        it->prepared = true;
    }
    return it;
}

/* True when the two keys name one party: equal, or one holds the other
 * (`ほしかげ印刷` and `ほしかげ印刷工場`). */
static bool same_place(const char *a, const char *b)
{
    return strcmp(a, b) == 0 || (strlen(a) >= 6 && strstr(b, a)) ||
           (strlen(b) >= 6 && strstr(a, b));
}

/* How far the stories of two releases of one organisation are apart. */
typedef enum story_gap {
    STORY_MAY_AGREE,  /* nothing tells them apart */
    STORY_OWN_OR_NOT, /* one happened in the organisation's own systems, the other at a
                         named third party */
    STORY_DIFFERS     /* different named places, or attacks of different kinds */
} story_gap;

/* True when the two releases name a common place. */
static bool places_meet(const item *a, const item *b)
{
    for (uint32_t i = 0; i < a->n_places; i++)
        for (uint32_t j = 0; j < b->n_places; j++)
            if (same_place(a->places[i], b->places[j]))
                return true;
    return false;
}

static story_gap story_gap_of(const item *a, const item *b)
{
    if (a->n_places && b->n_places && !places_meet(a, b))
        return STORY_DIFFERS;
    if (a->families && b->families && !(a->families & b->families))
        return STORY_DIFFERS;
    if ((a->n_places && b->first_hand) || (a->first_hand && b->n_places))
        return STORY_OWN_OR_NOT;
    return STORY_MAY_AGREE;
}

/* ------------------------------------------------------- keyed entries */

/* (key, rank) pairs sorted by key then rank: the organisation index, the
 * 事案ID index and the contractor index. */
typedef struct keyed {
    const char *key;
    uint32_t rank;
} keyed;

static int keyed_order(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    return x->rank < y->rank ? -1 : x->rank > y->rank;
}

typedef struct keyed_list {
    keyed *items;
    size_t n, cap;
} keyed_list;

static void keyed_add(keyed_list *l, const char *key, uint32_t rank)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 256;
        keyed *grown = kj_xrealloc(l->items, l->cap * sizeof *grown);
        l->items = grown;
    }
    l->items[l->n++] = (keyed){key, rank};
}

/* The first entry with `key`, or l->n. */
static size_t keyed_find(const keyed_list *l, const char *key)
{
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(l->items[mid].key, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < l->n && strcmp(l->items[lo].key, key) == 0 ? lo : l->n;
}

/* ------------------------------------------------ evidence of a subject */

/* True when one of `b`'s quotations is `a`'s title (`2026年1月20日付「当社
 * サーバーへの不正アクセスについて」にてお知らせした`). */
static bool quotes_title_of(const item *a, const item *b)
{
    if (a->title.n < QUOTED_MIN_BIGRAMS)
        return false;
    for (uint32_t q = 0; q < b->n_quotes; q++) {
        kj_bigrams quote = b->quotes[q];
        if (quote.n < QUOTED_MIN_BIGRAMS)
            continue;
        size_t common = kj_bigrams_common(quote, a->title);
        if (2.0 * (double)common >= QUOTED_TITLE * (double)(quote.n + a->title.n) ||
            (double)common >= QUOTED_PART * (double)quote.n)
            return true;
    }
    return false;
}

/* True when `b` cites `a`'s publication day as a notice (`1月20日付`). */
static bool cites_date_of(const item *a, const item *b)
{
    return a->precise && kj_days_contains(b->cited, b->n_cited, a->day);
}

/* True when `b` mentions `a`'s publication day or a date both mention
 * (other than their own publication days). */
static bool dates_agree(const item *a, const item *b)
{
    int32_t pubs[2] = {a->precise ? a->day : INT32_MIN, b->precise ? b->day : INT32_MIN};
    return (a->precise && kj_days_contains(b->dates, b->n_dates, a->day)) ||
           kj_days_share(a->dates, a->n_dates, b->dates, b->n_dates, pubs);
}

/* How many days before `a`'s publication a discovery `b` dates may lie and
 * still be the one `a` announced: a first notice follows its discovery by
 * days or weeks. */
#define ANNOUNCED_WITHIN 45

/* True when `b` gives a date of `a`'s chain: the day `a` was published, or
 * the day it states for the attack or its discovery; or `b` dates its own
 * discovery in the weeks before `a` was published (a final report months
 * later that tells how the incident `a` first announced, undated, was
 * found: `2025年5月21日、カード会社から連絡を受け` before a notice of 6月2日). */
static bool gives_chain_date(const item *a, const item *b)
{
    if (a->precise && kj_days_contains(b->dates, b->n_dates, a->day))
        return true;
    kj_date stated[2] = {a->rel->occurred, a->rel->detected};
    for (int i = 0; i < 2; i++)
        if (kj_date_is_set(stated[i]) && stated[i].day &&
            kj_days_contains(b->dates, b->n_dates, kj_date_to_days(stated[i])))
            return true;
    kj_date found = b->rel->detected;
    if (a->precise && kj_date_is_set(found) && found.day) {
        int32_t d = kj_date_to_days(found);
        if (d <= a->day && d >= a->day - ANNOUNCED_WITHIN)
            return true;
    }
    return false;
}

/* ---------------------------------------------------- links and IDs */

typedef struct path_entry {
    const char *path;
    uint32_t rank;
} path_entry;

static int path_order(const void *a, const void *b)
{
    return strcmp(((const path_entry *)a)->path, ((const path_entry *)b)->path);
}

/*
 * True when a link between `a` (earlier) and `b` is not to be followed: the
 * two tell different stories (different places, attacks of different
 * kinds, one in the organisation's own systems and one at a named third
 * party) and nothing else ties them — no cited date or title, no common
 * date, titles without common words.  The archive's links are hand-made; a
 * `第1報` link from a contractor's breach to the organisation's own
 * intrusion of the week before is a slip.
 */
static bool share_organization(const item *a, const item *b);

static bool link_contradicted(grouping *g, item *a, item *b)
{
    prepare_subject(g, a);
    prepare_subject(g, b);
    if (story_gap_of(a, b) == STORY_MAY_AGREE)
        return false;
    /* another organisation's notice of a breach at another place (a
     * client of one mail service linked to a health insurer's notice of a
     * clinic's breach): common words in the titles are no tie */
    bool places_differ = a->n_places && b->n_places && !places_meet(a, b);
    if (places_differ && !share_organization(a, b))
        return true;
    /* one organisation's notices of breaches at two named places (a town's
     * album printer in April, its insurer in August): titles of such
     * notices share their boilerplate (情報の漏えいのおそれについて), so
     * only a citation or a common date ties them */
    return !(cites_date_of(a, b) || quotes_title_of(a, b) || dates_agree(a, b) ||
             (!places_differ && kj_bigrams_dice(a->title, b->title) >= RELATED_TITLE));
}

/* The report number a link's label names (`第1報` → 1), or 0. */
static long label_report_number(const char *label)
{
    const char *p = label ? strstr(label, "第") : NULL;
    if (!p)
        return 0;
    char *end;
    long n = strtol(p + strlen("第"), &end, 10);
    return end != p + strlen("第") && strncmp(end, "報", strlen("報")) == 0 ? n : 0;
}

static bool share_organization(const item *a, const item *b)
{
    for (uint32_t i = 0; i < a->n_keys; i++)
        for (uint32_t j = 0; j < b->n_keys; j++)
            if (strcmp(a->keys[i], b->keys[j]) == 0)
                return true;
    return false;
}

/*
 * True when `from`'s link labelled `label` to `to` cannot be what it says:
 * it names an earlier report (`第1報` from a 第2報) of another organisation
 * that was published after `from`.  A first report is never published after
 * the second; the archive's hand-made link points at the wrong file (a
 * brewer's 第2報 linked to a car-parts maker's notice of the next day).
 */
static bool link_to_a_later_stranger(const item *from, const item *to, const char *label)
{
    long named = label_report_number(label), own = from->rel->report.number;
    return named > 0 && own > named && kj_date_cmp(to->rel->published, from->rel->published) > 0 &&
           !share_organization(from, to);
}

/* The length of an archive path's day prefix, `2025/02/25_`. */
#define PATH_DAY_PREFIX 11

/*
 * The release of `from`'s own organisation filed on the day of `to`, when
 * `to` is another organisation's: the archive's hand-made link picked a
 * neighbouring file of that day (a securities firm's 第1報 link to a
 * stranger's notice published beside its own).  A link to another
 * organisation's notice is a reference, not the same incident; `to` itself
 * when it shares an organisation with `from` or `from`'s has none that day.
 */
static const path_entry *own_release_of_that_day(const grouping *g, const path_entry *paths,
                                                 const item *from, const path_entry *to)
{
    if (share_organization(from, &g->items[to->rank]) || strlen(to->path) < PATH_DAY_PREFIX)
        return to;
    size_t lo = 0, hi = g->n; /* the first path of that day */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strncmp(paths[mid].path, to->path, PATH_DAY_PREFIX) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < g->n && strncmp(paths[i].path, to->path, PATH_DAY_PREFIX) == 0; i++)
        if (&g->items[paths[i].rank] != from && share_organization(from, &g->items[paths[i].rank]))
            return &paths[i];
    return to;
}

static void join_links(grouping *g)
{
    path_entry *paths = kj_xmalloc((g->n ? g->n : 1) * sizeof *paths);
    for (size_t r = 0; r < g->n; r++)
        paths[r] = (path_entry){g->items[r].rel->path, (uint32_t)r};
    kj_sort(paths, g->n, sizeof *paths, path_order);
    for (size_t r = 0; r < g->n; r++) {
        const kj_overview *ov = &g->items[r].rel->overview;
        for (size_t l = 0; l < ov->n_links; l++) {
            if (!ov->links[l].archive_path)
                continue;
            path_entry want = {ov->links[l].archive_path, 0};
            const path_entry *hit = bsearch(&want, paths, g->n, sizeof *paths, path_order);
            if (hit)
                hit = own_release_of_that_day(g, paths, &g->items[r], hit);
            if (!hit || hit->rank == r ||
                link_to_a_later_stranger(&g->items[r], &g->items[hit->rank], ov->links[l].label))
                continue;
            uint32_t earlier = hit->rank < r ? hit->rank : (uint32_t)r;
            uint32_t later = hit->rank < r ? (uint32_t)r : hit->rank;
            if (!link_contradicted(g, &g->items[earlier], &g->items[later]))
                join(g, earlier, later, KJ_JOIN_LINK);
        }
    }
    free(paths);
}

/*
 * Releases with the same 事案ID are one incident; an ID of the archive's
 * form `YYYY-MM-DD-組織名` also names its first release: the organisation's
 * release of that day.  Releases with different IDs are never joined
 * (join() refuses), so the IDs go first.
 */
static void join_ids(grouping *g, const keyed_list *orgs)
{
    keyed_list ids = {0};
    for (size_t r = 0; r < g->n; r++) {
        const char *id = g->items[r].incident_id;
        if (!id)
            continue;
        keyed_add(&ids, id, (uint32_t)r);
    }
    kj_sort(ids.items, ids.n, sizeof *ids.items, keyed_order);
    for (size_t i = 1; i < ids.n; i++)
        if (strcmp(ids.items[i - 1].key, ids.items[i].key) == 0)
            join(g, ids.items[i - 1].rank, ids.items[i].rank, KJ_JOIN_ID);
    for (size_t i = 0; i < ids.n; i++) {
        const char *id = ids.items[i].key;
        if (strlen(id) <= 11 || id[10] != '-' || (i > 0 && strcmp(ids.items[i - 1].key, id) == 0))
            continue;
        char date_text[11];
        memcpy(date_text, id, 10);
        date_text[10] = '\0';
        kj_date d = kj_date_parse_iso(date_text);
        const char *key = kj_org_key(g->scratch, id + 11);
        if (!kj_date_is_set(d) || !key[0])
            continue;
        for (size_t k = keyed_find(orgs, key); k < orgs->n && strcmp(orgs->items[k].key, key) == 0;
             k++)
            if (kj_date_cmp(g->items[orgs->items[k].rank].rel->published, d) == 0)
                join(g, ids.items[i].rank, orgs->items[k].rank, KJ_JOIN_ID);
    }
    free(ids.items);
}

/* -------------------------------------------------- the subject rules */

/* True when `b` says it follows an earlier notice or gives an
 * investigation's results. */
static bool comes_after(const item *b)
{
    return b->role == KJ_ROLE_FOLLOW_UP || b->role == KJ_ROLE_RESULTS;
}

/*
 * `ランサムウェア感染によるネットワーク遮断措置について` and, four days later,
 * `ランサムウェアによる情報の漏洩について` (no link, no cited date: the second
 * tells what the first's attack took): do `a` and `b` both name the same
 * specific attack — ransomware, other malware, a tampered site — that an
 * organisation rarely suffers twice within SAME_ATTACK_DAYS?  A release
 * that says it tells another incident (`再度インシデントが発生`) is never
 * joined this way.
 */
static bool same_named_attack(const item *a, const item *b)
{
    static const kj_attack_type specific[] = {KJ_ATTACK_RANSOMWARE, KJ_ATTACK_MALWARE,
                                              KJ_ATTACK_WEB_TAMPERING};
    for (size_t i = 0; i < sizeof specific / sizeof specific[0]; i++)
        if (KJ_SET_HAS(a->rel->attack_types, specific[i]) &&
            KJ_SET_HAS(b->rel->attack_types, specific[i]))
            return true;
    return false;
}

/*
 * Whether `b` (later) continues `a` (earlier, same organisation, at most
 * cited_window_days before), and why.  KJ_JOIN_FIRST means no.
 *
 * Inside the window: a citation (`a`'s title quoted, its day cited as a
 * notice) unless the two name different places; with stories that may
 * agree, a near-identical title, or a common date with related titles or a
 * follow-up.  Past the window, up to cited_window_days: a follow-up or final
 * report that cites `a` or gives a date of its chain (the day `a` was
 * published, the day of the attack it states), or any release that cites
 * both `a`'s day and its title.
 */
static kj_join_reason subject_match(const grouping *g, const item *a, const item *b, double sim)
{
    int32_t gap = b->day - a->day;
    /* `※ 4月23日に建築局が発表した不正アクセスを受けた会社と同一`: `b` names
     * the day `a` came out as another party's publication — another
     * department's notice about other people's data, held by the same
     * contractor.  `b` is no follow-up of it, and its figure no revision of
     * `a`'s: both stay notices of their own (the contractor's wave holds
     * them together).  A follow-up, or a release that also cites that day
     * or `a`'s title as its own earlier notice, still joins. */
    if (a->precise && kj_days_contains(b->by_others, b->n_by_others, a->day) && !comes_after(b) &&
        !cites_date_of(a, b) && !quotes_title_of(a, b))
        return KJ_JOIN_FIRST;
    /* Past the window only a follow-up or a final report reaches back, a
     * release that names `a` by both its day and its title, or one on the
     * same subject that gives a date of `a`'s chain. */
    if (gap > g->opt->window_days && !comes_after(b) &&
        !(cites_date_of(a, b) && quotes_title_of(a, b)) &&
        !(sim >= RELATED_TITLE && gives_chain_date(a, b)))
        return KJ_JOIN_FIRST;
    story_gap story = story_gap_of(a, b);
    if (story != STORY_DIFFERS || !a->n_places || !b->n_places) {
        if (quotes_title_of(a, b))
            return KJ_JOIN_CITED_TITLE;
        if (cites_date_of(a, b))
            return KJ_JOIN_CITED_DATE;
    }
    if (story == STORY_DIFFERS)
        return KJ_JOIN_FIRST;
    if (gap > g->opt->window_days)
        return gives_chain_date(a, b) ? KJ_JOIN_SHARED_DATE : KJ_JOIN_FIRST;
    if (sim >= g->opt->title_similarity && gap <= g->opt->title_window_days)
        return KJ_JOIN_TITLE;
    if (dates_agree(a, b) && (sim >= RELATED_TITLE || comes_after(b)))
        return KJ_JOIN_SHARED_DATE;
    if (gap <= SAME_ATTACK_DAYS && sim >= RELATED_TITLE && story == STORY_MAY_AGREE &&
        same_named_attack(a, b) && !b->rel->cues.separate_incident)
        return KJ_JOIN_TITLE;
    return KJ_JOIN_FIRST;
}

/* An earlier release `b` may continue, and why. */
typedef struct candidate {
    uint32_t rank;
    kj_join_reason why;
    double sim;
} candidate;

/* True when `x` is a better reason to join than `y`: a stronger rule, then
 * a more similar title (candidates come newest first, so the newer wins
 * ties). */
static bool better(const candidate *x, const candidate *y)
{
    if (strength(x->why) != strength(y->why))
        return strength(x->why) > strength(y->why);
    return x->sim > y->sim;
}

/* The entry of (`key`, `rank`) in the organisation index (it is there). */
static size_t org_entry(const keyed_list *orgs, const char *key, uint32_t rank)
{
    keyed want = {key, rank};
    const keyed *hit = bsearch(&want, orgs->items, orgs->n, sizeof *orgs->items, keyed_order);
    return hit ? (size_t)(hit - orgs->items) : orgs->n;
}

/* ---------------------------------------------- one site, two names */

/* The host of `url` (after `//`, before the next `/`, `:` or `?`, without a
 * leading `www.`), copied into `a`; NULL when there is none. */
static const char *host_of(kj_arena *a, const char *url)
{
    const char *p = url ? strstr(url, "//") : NULL;
    if (!p)
        return NULL;
    p += 2;
    if (strncmp(p, "www.", 4) == 0)
        p += 4;
    size_t n = strcspn(p, "/:?#");
    if (n == 0)
        return NULL;
    char *host = kj_arena_alloc(a, n + 1);
    memcpy(host, p, n);
    host[n] = '\0';
    return host;
}

/* Appends `key` to `it`'s keys (a copy of the array in `a`). */
static void add_key(kj_arena *a, item *it, const char *key)
{
    for (uint32_t k = 0; k < it->n_keys; k++)
        if (strcmp(it->keys[k], key) == 0)
            return;
    const char **keys = kj_arena_alloc(a, (it->n_keys + 1) * sizeof *keys);
    memcpy(keys, it->keys, it->n_keys * sizeof *keys);
    keys[it->n_keys++] = key;
    it->keys = keys;
}

/*
 * A company that files its notices under a longer name once (`株式会社田中屋`
 * and, months later, `株式会社田中屋本店`, both on dangoya.com) is one
 * organisation to the subject rules: a release whose source URL shares its
 * host with a release of a name its own name extends (from the start, three
 * characters at least) is also filed under that shorter name.  The subject
 * rules still decide whether the two releases tell one incident; only the
 * comparison becomes possible.  Hosts shared by many companies (press-release
 * services) rarely hold one name that extends another, and when they do the
 * subject rules still stand between them.
 */
static void alias_names_of_one_site(grouping *g)
{
    keyed_list hosts = {0};
    for (uint32_t r = 0; r < g->n; r++) {
        const char *host = host_of(g->scratch, g->items[r].rel->overview.source_url);
        if (host && g->items[r].n_keys == 1)
            keyed_add(&hosts, host, r);
    }
    kj_sort(hosts.items, hosts.n, sizeof *hosts.items, keyed_order);
    for (size_t i = 0; i < hosts.n;) {
        size_t end = i + 1;
        while (end < hosts.n && strcmp(hosts.items[end].key, hosts.items[i].key) == 0)
            end++;
        /* (a host of many notices is a press-release service: no one site) */
        for (size_t x = i; end - i <= MAX_CANDIDATES && x < end; x++)
            for (size_t y = i; y < end; y++) {
                item *shorter = &g->items[hosts.items[x].rank];
                item *longer = &g->items[hosts.items[y].rank];
                if (kj_org_key_extends(shorter->keys[0], longer->keys[0]))
                    add_key(g->scratch, longer, shorter->keys[0]);
            }
        i = end;
    }
    free(hosts.items);
}

/*
 * Each release without a link or an ID to an earlier one joins at most one
 * earlier release of its organisation: the best of those the subject rules
 * accept.  Joining every match would let one release merge two chains that
 * nothing else joins (an organisation's two incidents of one month, a
 * report that mentions both).
 */
static void join_same_organization(grouping *g, const keyed_list *orgs)
{
    int32_t reach = g->opt->cited_window_days > g->opt->window_days ? g->opt->cited_window_days
                                                                    : g->opt->window_days;
    candidate *found = kj_xmalloc(MAX_CANDIDATES * sizeof *found);
    for (uint32_t r = 0; r < g->n; r++) {
        item *b = &g->items[r];
        /* Placed by an ID or a link already. */
        if (!b->n_keys || uf_find(&g->chains, r) != r)
            continue;
        prepare_subject(g, b);
        /* A release calling itself 第1報 or 初報 opens a new incident. */
        if (b->role == KJ_ROLE_FIRST)
            continue;
        size_t n_found = 0;
        candidate resembling = {UINT32_MAX, KJ_JOIN_FOLLOW_UP, -1};
        /* The one chain the organisation's recent releases form, if one:
         * what a follow-up that resembles none of them continues. */
        candidate latest = {UINT32_MAX, KJ_JOIN_FOLLOW_UP, 0};
        uint32_t recent_chain = UINT32_MAX;
        bool one_recent_chain = true;
        for (uint32_t k = 0; k < b->n_keys; k++) {
            const char *key = b->keys[k];
            size_t at = org_entry(orgs, key, r), first = keyed_find(orgs, key);
            if (at == orgs->n)
                continue;
            int seen = 0;
            for (size_t i = at; i-- > first && seen < MAX_CANDIDATES; seen++) {
                item *a = &g->items[orgs->items[i].rank];
                int32_t gap = b->day - a->day;
                if (gap > reach)
                    break;
                prepare_subject(g, a);
                double sim = kj_bigrams_dice(a->title, b->title);
                kj_join_reason why = subject_match(g, a, b, sim);
                if (why != KJ_JOIN_FIRST && n_found < MAX_CANDIDATES)
                    found[n_found++] = (candidate){orgs->items[i].rank, why, sim};
                story_gap story = story_gap_of(a, b);
                if (gap <= g->opt->window_days && sim > resembling.sim && story != STORY_DIFFERS)
                    resembling = (candidate){orgs->items[i].rank, KJ_JOIN_FOLLOW_UP, sim};
                if (gap <= g->opt->title_window_days) {
                    uint32_t chain = uf_find(&g->chains, orgs->items[i].rank);
                    one_recent_chain &= story == STORY_MAY_AGREE &&
                                        (recent_chain == UINT32_MAX || recent_chain == chain);
                    recent_chain = chain;
                    if (latest.rank == UINT32_MAX || orgs->items[i].rank > latest.rank)
                        latest.rank = orgs->items[i].rank;
                }
            }
        }
        /* A follow-up continues the earlier release it resembles most, or
         * else the one chain its organisation published lately: a 第2報
         * titled anew still follows its 第1報. */
        if (!n_found && comes_after(b) && resembling.sim >= FOLLOW_UP_TITLE)
            found[n_found++] = resembling;
        if (!n_found && comes_after(b) && latest.rank != UINT32_MAX && one_recent_chain)
            found[n_found++] = latest;
        /* The best candidate whose chain has no other 事案ID. */
        while (n_found) {
            size_t best = 0;
            for (size_t i = 1; i < n_found; i++)
                if (better(&found[i], &found[best]))
                    best = i;
            if (join(g, found[best].rank, r, found[best].why))
                break;
            found[best] = found[--n_found];
        }
    }
    free(found);
}

/*
 * A release that gives the day of an earlier release of its organisation as
 * one of its own numbered reports (a timeline's `1月20日(月) …公表(第一報)`)
 * continues it, even where a link or a better match placed it already: the
 * organisation itself says the two are one incident (a DDoS notice the day
 * before the intrusion it turned out to be).  Only releases of the same
 * organisation within cited_window_days; not when the two name different
 * places.
 */
static bool share_key(const item *a, const item *b);

static void join_cited_reports(grouping *g, const keyed_list *orgs)
{
    /* chains that hold another organisation's release (a link, a
     * contractor) are left as they are: a citation of one's own report
     * says nothing about the other */
    bool *mixed = kj_xcalloc(g->n ? g->n : 1, sizeof *mixed);
    for (uint32_t r = 0; r < g->n; r++) {
        uint32_t root = uf_find(&g->chains, r);
        mixed[root] |= !share_key(&g->items[root], &g->items[r]);
    }
    for (uint32_t r = 0; r < g->n; r++) {
        item *b = &g->items[r];
        if (!b->n_keys || !b->n_cited || b->role == KJ_ROLE_FIRST)
            continue;
        for (uint32_t k = 0; k < b->n_keys; k++) {
            size_t at = org_entry(orgs, b->keys[k], r), first = keyed_find(orgs, b->keys[k]);
            if (at == orgs->n)
                continue;
            int seen = 0;
            for (size_t i = at; i-- > first && seen < MAX_CANDIDATES; seen++) {
                uint32_t rank = orgs->items[i].rank;
                item *a = &g->items[rank];
                if (b->day - a->day > g->opt->cited_window_days)
                    break;
                uint32_t ra = uf_find(&g->chains, rank), rb = uf_find(&g->chains, r);
                if (!cites_date_of(a, b) || ra == rb || mixed[ra] || mixed[rb])
                    continue;
                prepare_subject(g, a);
                prepare_subject(g, b);
                if (a->n_places && b->n_places && !places_meet(a, b))
                    continue;
                join(g, rank, r, KJ_JOIN_CITED_DATE);
            }
        }
    }
    free(mixed);
}

static bool share_key(const item *a, const item *b)
{
    if ((uint64_t)a->n_keys * b->n_keys <= 256) {
        for (uint32_t i = 0; i < a->n_keys; i++)
            for (uint32_t j = 0; j < b->n_keys; j++)
                if (strcmp(a->keys[i], b->keys[j]) == 0)
                    return true;
        return false;
    }
    /* Long lists (a hostile overview): hash the shorter, probe with the other. */
    if (a->n_keys > b->n_keys) {
        const item *t = a;
        a = b;
        b = t;
    }
    kj_arena *scratch = kj_arena_new();
    string_set set;
    string_set_init(scratch, &set, a->n_keys);
    for (uint32_t i = 0; i < a->n_keys; i++)
        string_set_add(&set, a->keys[i]);
    bool shared = false;
    for (uint32_t j = 0; j < b->n_keys && !shared; j++)
        shared = !string_set_add(&set, b->keys[j]);
    kj_arena_free(scratch);
    return shared;
}

/*
 * Chains of different organisations naming the same contractor as where
 * the breach happened, published close together or stating a common date
 * (the attack on the contractor), are one incident.
 */
static void join_contractors(grouping *g, union_find *incidents, bool *contractor_joined)
{
    keyed_list con = {0};
    for (size_t r = 0; r < g->n; r++)
        if (g->items[r].rel->cues.contractor)
            keyed_add(&con, g->items[r].rel->cues.contractor, (uint32_t)r);
    kj_sort(con.items, con.n, sizeof *con.items, keyed_order);
    for (size_t start = 0; start < con.n;) {
        size_t end = start + 1;
        while (end < con.n && strcmp(con.items[end].key, con.items[start].key) == 0)
            end++;
        for (size_t j = start + 1; j < end; j++) {
            const item *b = &g->items[con.items[j].rank];
            int seen = 0;
            for (size_t i = j; i-- > start && seen < MAX_CANDIDATES; seen++) {
                const item *a = &g->items[con.items[i].rank];
                int32_t gap = b->day - a->day;
                if (gap > g->opt->window_days)
                    break;
                if (share_key(a, b))
                    continue; /* one organisation: the chain rules decide */
                int32_t pubs[2] = {a->precise ? a->day : INT32_MIN,
                                   b->precise ? b->day : INT32_MIN};
                if (gap > g->opt->contractor_window_days &&
                    !kj_days_share(a->dates, a->n_dates, b->dates, b->n_dates, pubs))
                    continue;
                uint32_t ca = uf_find(&g->chains, con.items[i].rank);
                uint32_t cb = uf_find(&g->chains, con.items[j].rank);
                if (g->chain_id[ca] && g->chain_id[cb] && strcmp(g->chain_id[ca], g->chain_id[cb]))
                    continue; /* two 事案IDs: two incidents */
                if (uf_find(incidents, ca) != uf_find(incidents, cb)) {
                    uf_union(incidents, ca, cb);
                    contractor_joined[ca] = contractor_joined[cb] = true;
                }
            }
        }
        start = end;
    }
    free(con.items);
}

/* Is `title` a group's notice (`当社グループにおける…`, `弊社グループ`)? */
static bool group_title(const char *title)
{
    return title && (strstr(title, "当社グループ") || strstr(title, "弊社グループ") ||
                     strstr(title, "当グループ"));
}

/* Do two titles read the same once normalised (kj_normalize: widths folded,
 * spaces between wide characters dropped)?  A missing title matches none. */
static bool same_title(grouping *g, const char *a, const char *b)
{
    if (!a || !b)
        return false;
    size_t la, lb;
    const char *na = kj_normalize(g->scratch, a, strlen(a), &la);
    const char *nb = kj_normalize(g->scratch, b, strlen(b), &lb);
    return la == lb && memcmp(na, nb, la) == 0;
}

/*
 * Group companies publishing one notice the same day under one title about
 * the group (`当社グループにおけるランサムウェア被害に関しまして`, 保険見直し本舗
 * and ニュートン・フィナンシャル・コンサルティング): one breach told by each
 * company — their chains are one incident (`joint`), whose figure is the
 * largest of theirs (the group's covers its members'), never their sum.
 */
static void join_group_notices(grouping *g, union_find *incidents, bool *joint)
{
    for (size_t r = 0; r < g->n; r++) {
        const item *a = &g->items[r];
        if (!a->precise || a->rel->third_party || !group_title(a->rel->overview.title))
            continue;
        for (size_t s = r + 1; s < g->n && g->items[s].day == a->day; s++) {
            const item *b = &g->items[s];
            if (!b->precise || b->rel->third_party || share_key(a, b) ||
                !same_title(g, a->rel->overview.title, b->rel->overview.title))
                continue;
            uint32_t ca = uf_find(&g->chains, (uint32_t)r);
            uint32_t cb = uf_find(&g->chains, (uint32_t)s);
            if (g->chain_id[ca] && g->chain_id[cb] && strcmp(g->chain_id[ca], g->chain_id[cb]))
                continue; /* two 事案IDs: two incidents */
            uf_union(incidents, ca, cb);
            joint[ca] = joint[cb] = true;
        }
    }
}

/* ------------------------------------------------------------ ids */

static const char *make_id(kj_arena *a, const kj_release *first, string_set *taken)
{
    char date[11];
    kj_date_format(first->published, date);
    const char *org = first->overview.n_organizations ? first->overview.organizations[0] : "";
    /* Ids are one line: white space inside a name becomes one space. */
    kj_buf name = {0};
    for (const char *p = org; *p; p++) {
        char c = (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p;
        if (!(c == ' ' && (name.len == 0 || name.data[name.len - 1] == ' ')))
            kj_buf_putc(&name, c);
    }
    while (name.len && name.data[name.len - 1] == ' ')
        name.data[--name.len] = '\0';
    const char *base = kj_arena_printf(a, "%s%s%s", date[0] ? date : "undated", name.len ? "-" : "",
                                       name.len ? name.data : "");
    kj_buf_free(&name);
    const char *id = base;
    for (int k = 2; !string_set_add(taken, id); k++)
        id = kj_arena_printf(a, "%s-%d", base, k);
    return id;
}

/* ----------------------------------------------------------- building */

typedef struct placed {
    uint32_t incident_first; /* rank of the incident's first release */
    uint32_t rank;
} placed;

static int placed_order(const void *a, const void *b)
{
    const placed *x = a, *y = b;
    if (x->incident_first != y->incident_first)
        return x->incident_first < y->incident_first ? -1 : 1;
    return x->rank < y->rank ? -1 : x->rank > y->rank;
}

static void add_organizations(kj_incident *inc, const item *it, size_t cap, string_set *keys)
{
    const kj_overview *ov = &it->rel->overview;
    /* a name the release's one organisation is also filed under (田中屋本店,
     * on 田中屋's site: alias_names_of_one_site) is that organisation, not
     * another one of the incident */
    if (ov->n_organizations == 1 && it->n_keys > 1) {
        bool known = false;
        for (uint32_t k = 1; k < it->n_keys; k++)
            known |= !string_set_add(keys, it->keys[k]);
        bool fresh =
            string_set_add(keys, it->org_keys[0][0] ? it->org_keys[0] : ov->organizations[0]);
        if (fresh && !known && inc->n_organizations < cap)
            inc->organizations[inc->n_organizations++] = ov->organizations[0];
        return;
    }
    for (size_t o = 0; o < ov->n_organizations; o++) {
        const char *key = it->org_keys[o][0] ? it->org_keys[o] : ov->organizations[o];
        if (inc->n_organizations < cap && string_set_add(keys, key))
            inc->organizations[inc->n_organizations++] = ov->organizations[o];
    }
}

/* `2025/07/16_ 共栄火災….md` beside `2025/07/16_共栄火災….md`: one notice the
 * archive kept in two files (same source URL, day and organisation).  The
 * same PDF filed under a school's name and under its prefecture's, a typo in
 * one (`愛知県（…高等学校）` and `…高等学校`), is one notice too: the same
 * URL, day and title.  Marks in set->repeats each member of `inc` that
 * repeats an earlier one, so that the counts of releases and of the
 * organisations that published take the notice once. */
static void mark_repeats(kj_incident_set *set, const kj_incident *inc)
{
    for (size_t m = 1; m < inc->n_members; m++) {
        const kj_release *rel = inc->members[m].release;
        if (!rel->overview.source_url)
            continue;
        for (size_t j = 0; j < m; j++) {
            const kj_release *earlier = inc->members[j].release;
            size_t a = inc->members[j].index, b = inc->members[m].index;
            if (!set->repeats[a] && earlier->overview.source_url &&
                kj_date_cmp(earlier->published, rel->published) == 0 &&
                strcmp(earlier->overview.source_url, rel->overview.source_url) == 0 &&
                earlier->overview.n_organizations && rel->overview.n_organizations &&
                (strcmp(set->org_keys_of[a][0], set->org_keys_of[b][0]) == 0 ||
                 (earlier->overview.title && rel->overview.title &&
                  strcmp(earlier->overview.title, rel->overview.title) == 0))) {
                set->repeats[b] = true;
                break;
            }
        }
    }
}

/* The contractor named in two of the incident's chains (what joined them). */
static const char *shared_contractor(kj_arena *a, const kj_incident *inc)
{
    for (size_t i = 0; i < inc->n_members; i++) {
        const char *c = inc->members[i].release->cues.contractor;
        if (!c)
            continue;
        for (size_t j = i + 1; j < inc->n_members; j++) {
            const char *d = inc->members[j].release->cues.contractor;
            if (d && inc->members[j].chain != inc->members[i].chain && strcmp(c, d) == 0)
                return kj_arena_strdup(a, c);
        }
    }
    return NULL;
}

kj_incident_set *kj_incidents_group(const kj_release *const *releases, size_t n,
                                    const kj_group_options *options)
{
    kj_arena *arena = kj_arena_new();
    kj_incident_set *set = kj_arena_alloc(arena, sizeof *set);
    set->arena = arena;
    set->releases = releases;
    set->n_releases = n;
    kj_date archive_start = kj_incident_set_span(set).from;
    if (options)
        set->options = *options;
    else
        kj_group_options_default(&set->options);

    grouping g = {.opt = &set->options, .n = n, .scratch = kj_arena_new()};
    size_t alloc_n = n ? n : 1;
    g.items = kj_xcalloc(alloc_n, sizeof *g.items);
    g.chains.parent = kj_xmalloc(alloc_n * sizeof *g.chains.parent);
    g.chain_id = kj_xcalloc(alloc_n, sizeof *g.chain_id);
    g.as_later = kj_xcalloc(alloc_n, sizeof *g.as_later);
    g.as_any = kj_xcalloc(alloc_n, sizeof *g.as_any);
    union_find incidents = {kj_xmalloc(alloc_n * sizeof *incidents.parent)};
    bool *contractor_joined = kj_xcalloc(alloc_n, sizeof *contractor_joined);
    bool *joint = kj_xcalloc(alloc_n, sizeof *joint);
    for (size_t r = 0; r < n; r++)
        g.chains.parent[r] = incidents.parent[r] = (uint32_t)r;

    build_items(&g, releases, n);
    alias_names_of_one_site(&g);
    keyed_list orgs = {0};
    for (size_t r = 0; r < n; r++)
        for (uint32_t k = 0; k < g.items[r].n_keys; k++)
            keyed_add(&orgs, g.items[r].keys[k], (uint32_t)r);
    kj_sort(orgs.items, orgs.n, sizeof *orgs.items, keyed_order);

    join_ids(&g, &orgs);
    join_links(&g);
    join_same_organization(&g, &orgs);
    join_cited_reports(&g, &orgs);
    if (set->options.join_contractors)
        join_contractors(&g, &incidents, contractor_joined);
    join_group_notices(&g, &incidents, joint);
    free(orgs.items);

    /* Place every release: incident root (over chain roots), first rank. */
    placed *places = kj_xmalloc(alloc_n * sizeof *places);
    uint32_t *first_of_root = kj_xmalloc(alloc_n * sizeof *first_of_root);
    for (size_t r = 0; r < n; r++)
        first_of_root[r] = UINT32_MAX;
    for (size_t r = 0; r < n; r++) {
        uint32_t root = uf_find(&incidents, uf_find(&g.chains, (uint32_t)r));
        if (first_of_root[root] == UINT32_MAX)
            first_of_root[root] = (uint32_t)r; /* ranks ascend: the first seen is first */
        places[r] = (placed){first_of_root[root], (uint32_t)r};
    }
    kj_sort(places, n, sizeof *places, placed_order);

    size_t n_incidents = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || places[i].incident_first != places[i - 1].incident_first)
            n_incidents++;
    set->items = kj_arena_alloc(arena, (n_incidents ? n_incidents : 1) * sizeof *set->items);
    set->incident_of = kj_arena_alloc(arena, alloc_n * sizeof *set->incident_of);
    set->repeats = kj_arena_alloc(arena, alloc_n * sizeof *set->repeats);
    memset(set->repeats, 0, alloc_n * sizeof *set->repeats);
    set->org_types_of = kj_arena_alloc(arena, alloc_n * sizeof *set->org_types_of);
    set->org_keys_of = kj_arena_alloc(arena, alloc_n * sizeof *set->org_keys_of);
    string_set taken = {.cap = 16};
    while (taken.cap < 2 * n_incidents + 2)
        taken.cap *= 2;
    taken.slots = kj_xcalloc(taken.cap, sizeof *taken.slots);
    uint32_t *chain_number = kj_xmalloc(alloc_n * sizeof *chain_number);

    size_t at = 0;
    for (size_t k = 0; k < n_incidents; k++) {
        size_t end = at + 1;
        while (end < n && places[end].incident_first == places[at].incident_first)
            end++;
        kj_incident *inc = &set->items[k];
        inc->n_members = end - at;
        inc->members = kj_arena_alloc(arena, inc->n_members * sizeof *inc->members);
        size_t org_cap = 0;
        for (size_t i = at; i < end; i++)
            org_cap += g.items[places[i].rank].rel->overview.n_organizations;
        inc->organizations = kj_arena_alloc(arena, (org_cap ? org_cap : 1) * sizeof(char *));
        string_set org_keys;
        string_set_init(g.scratch, &org_keys, org_cap);
        for (size_t i = at; i < end; i++) {
            uint32_t rank = places[i].rank;
            const item *it = &g.items[rank];
            uint32_t chain_root = uf_find(&g.chains, rank);
            /* Chains are numbered in order of their first release. */
            bool new_chain = chain_root == rank;
            if (new_chain)
                chain_number[chain_root] = (uint32_t)inc->n_chains++;
            inc->joint_notice |= joint[chain_root];
            kj_incident_member *m = &inc->members[i - at];
            m->release = it->rel;
            m->index = it->index;
            m->chain = chain_number[chain_root];
            if (i == at)
                m->joined_by = KJ_JOIN_FIRST;
            else if (new_chain)
                m->joined_by = contractor_joined[chain_root] ? KJ_JOIN_CONTRACTOR : KJ_JOIN_FIRST;
            else
                m->joined_by =
                    g.as_later[rank] != KJ_JOIN_FIRST ? g.as_later[rank] : g.as_any[rank];
            set->incident_of[it->index] = (uint32_t)k;
            set->org_types_of[it->index] = it->org_types;
            inc->org_types |= it->org_types;
            size_t n_org = it->rel->overview.n_organizations;
            const char **keys = kj_arena_alloc(arena, (n_org ? n_org : 1) * sizeof *keys);
            for (size_t o = 0; o < n_org; o++)
                keys[o] = kj_arena_strdup(arena, it->org_keys[o]);
            set->org_keys_of[it->index] = keys;
            add_organizations(inc, it, org_cap, &org_keys);
        }
        mark_repeats(set, inc);
        if (inc->n_chains > 1)
            inc->contractor = shared_contractor(arena, inc);
        const kj_release *first = inc->members[0].release;
        inc->organization = first->overview.n_organizations ? first->overview.organizations[0] : "";
        inc->id = make_id(arena, first, &taken);
        inc->archive_start = archive_start;
        kj_incident_facts_as_of(inc, KJ_DATE_NONE, &inc->facts);
        kj_incident_build_timeline(arena, inc);
        at = end;
    }
    set->n = n_incidents;
    kj_waves_find(set);
    kj_checks_find(set);

    free(chain_number);
    free(taken.slots);
    free(places);
    free(first_of_root);
    free(contractor_joined);
    free(joint);
    free(incidents.parent);
    free(g.items);
    free(g.chains.parent);
    free(g.chain_id);
    free(g.as_later);
    free(g.as_any);
    kj_arena_free(g.scratch);
    return set;
}

const kj_incident *kj_incident_of(const kj_incident_set *set, size_t index)
{
    if (!set || index >= set->n_releases)
        return NULL;
    return &set->items[set->incident_of[index]];
}

void kj_incident_set_free(kj_incident_set *set)
{
    if (set)
        kj_arena_free(set->arena);
}
