/*
 * waves.c — many organisations' notices caused by one origin.
 *
 * One breach at a service or contractor makes every client publish: April
 * 2025 brought hundreds of notices about one mail-security service, dozens
 * about one album printer.  Each notice is its own incident (every
 * organisation informs its own people); a wave groups those that name the
 * same origin (the release's `origin`, read by the extract stage) within
 * WAVE_GAP_DAYS of each other, once at least two organisations do.  The
 * origin's own release about its breach joins the wave as its origin
 * incident.  A notice that names no origin, only the contractor it
 * entrusted the work to, is placed by that contractor's chain: the origin
 * the contractor's own notice, or another client's naming the same
 * contractor, gives at the same time (chain_origin).  A platform's notice of
 * an app on its market, its vendor unnamed, is placed by the vendor's own
 * notice that names the platform's market (kj_cues.market).
 *
 * Names are compared by kj_origin_key: the organisation key (legal forms,
 * width, brackets), defanged domains read as one, `社` after a Latin or
 * katakana name dropped, and the aliases of organizations.json folded.  The
 * names a release itself gives as one party (origin_aliases: `株式会社X
 * (以下、Y)`, a service and the company providing it) join their keys once
 * two releases agree, so a wave does not hang on the alias table.
 *
 * A figure that several organisations of a wave quote alike is the origin's
 * total across its clients, whatever the single release made of it: the
 * wave reads those releases' scope as origin_total (scope_of).  The origin's
 * own figure below a client's counts its own people, not the breach — unless
 * the client counted the data the origin holds and the origin's later, final
 * count revises it (kj_wave_revision_of).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "aggregate_internal.h"
#include "kaiji/alloc.h"

#define WAVE_GAP_DAYS 120   /* a member at most this long after the previous one */
#define ORIGIN_LEAD_DAYS 45 /* the origin's own release at most this long before the first */
/* A notice that names only the contractor it entrusted (chain_origin) is
 * placed by a notice of that contractor's chain at most this far apart, and
 * by none whose attack dates lie further apart than ATTACK_APART_DAYS. */
#define CHAIN_DAYS 30
#define ATTACK_APART_DAYS 14

/* ------------------------------------------------------------- the key */

static bool is_latin_or_kana_before(const char *s, size_t at)
{
    if (at == 0)
        return false;
    unsigned char c = (unsigned char)s[at - 1];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        return true;
    /* katakana: E3 82 A1 … E3 83 BA, and ー (E3 83 BC) */
    if (at >= 3 && (unsigned char)s[at - 3] == 0xE3) {
        unsigned b1 = (unsigned char)s[at - 2], b2 = (unsigned char)s[at - 1];
        return (b1 == 0x82 && b2 >= 0xA1) || (b1 == 0x83 && b2 <= 0xBC);
    }
    return false;
}

/* `IIJ社` → `iij`: 社 after a Latin or katakana name is no part of it. */
static const char *without_sha(kj_arena *arena, const char *key)
{
    size_t k = strlen(key);
    if (k > 3 && memcmp(key + k - 3, "社", 3) == 0 && is_latin_or_kana_before(key, k - 3))
        return kj_arena_strndup(arena, key, k - 3);
    return key;
}

/* The key of a name without the alias table. */
static const char *plain_key(kj_arena *arena, const char *name)
{
    /* `example[.]io` is written so that it does not link; it is one name */
    size_t len = strlen(name);
    char *undefanged = kj_arena_alloc(arena, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        if (strncmp(name + i, "[.]", 3) == 0) {
            undefanged[n++] = '.';
            i += 3;
        } else {
            undefanged[n++] = name[i++];
        }
    }
    undefanged[n] = '\0';
    return without_sha(arena, kj_org_key(arena, undefanged));
}

/* The alias table's names as keys, each with its group's first: made
 * once, as the table is. */
static struct {
    const char **key;
    const char **canonical;
    size_t n;
} alias_keys;
static pthread_once_t alias_once = PTHREAD_ONCE_INIT;

static void make_alias_keys(void)
{
    size_t n = kj_org_alias_count();
    /* lives as long as the process, as the organisation table does */
    static kj_arena *arena;
    arena = kj_arena_new();
    alias_keys.key = kj_arena_alloc(arena, (n + 1) * sizeof(char *));
    alias_keys.canonical = kj_arena_alloc(arena, (n + 1) * sizeof(char *));
    const char *first = NULL;
    int first_group = -1;
    for (size_t i = 0; i < n; i++) {
        int group;
        const char *name = kj_org_alias_name(i, &group);
        if (group != first_group) {
            first = name;
            first_group = group;
        }
        alias_keys.key[i] = plain_key(arena, name);
        alias_keys.canonical[i] = plain_key(arena, first);
    }
    alias_keys.n = n;
}

/* `保険見直し本舗グループ` → `保険見直し本舗`: a group named as the origin is
 * the company that names it (its own notice is filed under the company). */
static const char *without_group(kj_arena *arena, const char *key)
{
    static const char group[] = "グループ";
    size_t k = strlen(key), g = sizeof group - 1;
    if (k >= g + 6 && memcmp(key + k - g, group, g) == 0)
        return kj_arena_strndup(arena, key, k - g);
    return key;
}

/* An organisation or origin key with the alias table folded in. */
static const char *fold(kj_arena *arena, const char *key)
{
    pthread_once(&alias_once, make_alias_keys);
    key = without_group(arena, without_sha(arena, key));
    for (size_t i = 0; i < alias_keys.n; i++)
        if (strcmp(alias_keys.key[i], key) == 0)
            return alias_keys.canonical[i];
    return key;
}

const char *kj_origin_key(kj_arena *arena, const char *name)
{
    return fold(arena, plain_key(arena, name));
}

/* ----------------------------------------------------------- key table */

/* Distinct keys (hashed) with a union-find over them. */
typedef struct key_table {
    const char **keys;
    uint32_t *parent;
    size_t n, cap;
    uint32_t *slots; /* id + 1, 0 empty; size slot_mask + 1 */
    size_t slot_mask;
} key_table;

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static long key_lookup(const key_table *t, const char *key)
{
    if (!t->slots)
        return -1;
    for (size_t i = hash_str(key) & t->slot_mask;; i = (i + 1) & t->slot_mask) {
        if (!t->slots[i])
            return -1;
        if (strcmp(t->keys[t->slots[i] - 1], key) == 0)
            return (long)t->slots[i] - 1;
    }
}

static void rehash(key_table *t, size_t size)
{
    free(t->slots);
    t->slots = kj_xcalloc(size, sizeof *t->slots);
    t->slot_mask = size - 1;
    for (size_t id = 0; id < t->n; id++) {
        size_t i = hash_str(t->keys[id]) & t->slot_mask;
        while (t->slots[i])
            i = (i + 1) & t->slot_mask;
        t->slots[i] = (uint32_t)id + 1;
    }
}

static uint32_t key_id(key_table *t, const char *key)
{
    long found = key_lookup(t, key);
    if (found >= 0)
        return (uint32_t)found;
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->keys = kj_xrealloc(t->keys, t->cap * sizeof *t->keys);
        t->parent = kj_xrealloc(t->parent, t->cap * sizeof *t->parent);
    }
    t->keys[t->n] = key;
    t->parent[t->n] = (uint32_t)t->n;
    t->n++;
    if (!t->slots || 2 * t->n > t->slot_mask + 1)
        rehash(t, t->slots ? 2 * (t->slot_mask + 1) : 256);
    else {
        size_t i = hash_str(key) & t->slot_mask;
        while (t->slots[i])
            i = (i + 1) & t->slot_mask;
        t->slots[i] = (uint32_t)t->n;
    }
    return (uint32_t)t->n - 1;
}

static uint32_t root_of(key_table *t, uint32_t x)
{
    while (t->parent[x] != x) {
        t->parent[x] = t->parent[t->parent[x]];
        x = t->parent[x];
    }
    return x;
}

static void unite(key_table *t, uint32_t a, uint32_t b)
{
    a = root_of(t, a);
    b = root_of(t, b);
    if (a != b)
        t->parent[a > b ? a : b] = a < b ? a : b;
}

/* Pairs of keys a release gives as one party, counted over releases. */
typedef struct pair_count {
    uint32_t a, b;
    int count;
} pair_count;

/* -------------------------------------------------------------- helpers */

typedef struct member {
    size_t index;  /* input release */
    int32_t day;   /* publication day number */
    uint32_t root; /* origin entity */
    bool own;      /* the origin's own release */
} member;

static int by_root_then_day(const void *pa, const void *pb)
{
    const member *a = pa, *b = pb;
    if (a->root != b->root)
        return a->root < b->root ? -1 : 1;
    if (a->day != b->day)
        return a->day < b->day ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

static int by_first(const void *pa, const void *pb)
{
    const kj_wave *a = pa, *b = pb;
    int c = kj_date_cmp(a->first, b->first);
    return c ? c : strcmp(a->key, b->key);
}

/* The name most members give the origin (ties: the shorter). */
static const char *common_name(const kj_incident_set *set, const size_t *members, size_t n)
{
    const char *best = NULL;
    size_t best_count = 0;
    for (size_t i = 0; i < n; i++) {
        const char *name = set->releases[members[i]]->origin;
        if (!name)
            continue;
        size_t count = 0;
        for (size_t j = 0; j < n; j++) {
            const char *other = set->releases[members[j]]->origin;
            count += other && strcmp(other, name) == 0;
        }
        if (count > best_count || (count == best_count && strlen(name) < strlen(best))) {
            best = name;
            best_count = count;
        }
    }
    return best ? best : "";
}

/* A name that names a service rather than a company: what readers know. */
static bool names_service(const char *name)
{
    static const char *const tails[] = {"サービス", "フォーム", "システム", "クラウド", NULL};
    size_t len = strlen(name);
    for (const char *const *t = tails; *t; t++) {
        size_t n = strlen(*t);
        if (len > n && memcmp(name + len - n, *t, n) == 0)
            return true;
    }
    return false;
}

static const char *first_org(const kj_incident_set *set, size_t i);

/* How many organisations among `members` give `name` as the origin: a
 * client's three notices naming its contractor are one voice. */
static size_t orgs_naming(const kj_incident_set *set, const size_t *members, size_t n,
                          const char *name)
{
    size_t orgs = 0;
    for (size_t i = 0; i < n; i++) {
        const char *origin = set->releases[members[i]]->origin;
        if (!origin || strcmp(origin, name) != 0)
            continue;
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++) {
            const char *other = set->releases[members[j]]->origin;
            seen = other && strcmp(other, name) == 0 &&
                   strcmp(first_org(set, members[j]), first_org(set, members[i])) == 0;
        }
        orgs += !seen;
    }
    return orgs;
}

/* The display name: a service name a tenth of the members use (and one at
 * least names as the origin), else the name most use — or, when only one
 * organisation names the origin and the origin's own release (`own`, or
 * -1) is there, the name the origin publishes under (良品計画's three
 * notices naming 「ASKUL LOGIST」 beside アスクル's own notices of its
 * ransomware). */
static const char *display_name(const kj_incident_set *set, const size_t *members, size_t n,
                                long own)
{
    const char *common = common_name(set, members, n);
    if (names_service(common))
        return common;
    if (orgs_naming(set, members, n, common) < 2 && own >= 0 &&
        set->releases[own]->overview.n_organizations)
        return set->releases[own]->overview.organizations[0];
    const char *best = NULL;
    size_t best_count = 0;
    for (size_t i = 0; i < n; i++) {
        const kj_release *rel = set->releases[members[i]];
        const char *names[8];
        size_t k = 0;
        if (rel->origin)
            names[k++] = rel->origin;
        for (size_t a = 0; a < rel->n_origin_aliases && k < 8; a++)
            names[k++] = rel->origin_aliases[a];
        for (size_t j = 0; j < k; j++) {
            if (!names_service(names[j]))
                continue;
            size_t count = 0, as_origin = 0;
            for (size_t m = 0; m < n; m++) {
                const kj_release *other = set->releases[members[m]];
                bool uses = other->origin && strcmp(other->origin, names[j]) == 0;
                as_origin += uses;
                for (size_t a = 0; a < other->n_origin_aliases && !uses; a++)
                    uses = strcmp(other->origin_aliases[a], names[j]) == 0;
                count += uses;
            }
            /* a name no member gives as where the breach happened — only
             * beside it, as the system it hit (`受託した「新館内サービス
             * システム」の構築にあたり`) — is no service readers use */
            if (!as_origin)
                continue;
            if (count > best_count) {
                best = names[j];
                best_count = count;
            }
        }
    }
    return best && best_count * 10 >= n ? best : common;
}

/* Do a third or more of the notices `members` say ransomware? */
static bool says_ransomware(const kj_incident_set *set, const size_t *members, size_t n)
{
    size_t ransomware = 0;
    for (size_t i = 0; i < n; i++)
        ransomware += KJ_SET_HAS(set->releases[members[i]]->attack_types, KJ_ATTACK_RANSOMWARE);
    return ransomware * 3 >= n;
}

/* What happened at the origin, as most members say (`ransomware`:
 * says_ransomware of them). */
static const char *label_of(kj_arena *arena, const char *name, bool ransomware)
{
    const char *what = ransomware ? "のランサムウェア被害" : "への不正アクセス";
    size_t a = strlen(name), b = strlen(what);
    char *label = kj_arena_alloc(arena, a + b + 1);
    memcpy(label, name, a);
    memcpy(label + a, what, b + 1);
    return label;
}

/* Sorts a wave's members by publication, then input order. */
static _Thread_local const kj_incident_set *sort_set;
static int by_published(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    int c = kj_date_cmp(sort_set->releases[a]->published, sort_set->releases[b]->published);
    return c ? c : (a > b) - (a < b);
}

static void members_by_day(const kj_incident_set *set, kj_wave *wave)
{
    /* qsort has no context argument: the set goes by a thread-local */
    sort_set = set;
    qsort(wave->members, wave->n_members, sizeof *wave->members, by_published);
}

/* The first organisation's key of input release `i` ("" without one). */
static const char *first_org(const kj_incident_set *set, size_t i)
{
    return set->releases[i]->overview.n_organizations ? set->org_keys_of[i][0] : "";
}

/*
 * Two clients of one origin can have the same small number of people
 * concerned (130 pupils in one year's album, 6 staff of one contractor):
 * below this, a figure shared by two notices only is a coincidence, and
 * only the origin's own figure, or one three organisations state, is the
 * origin's total quoted.
 */
#define WAVE_COINCIDENCE_BELOW 1000

/*
 * Another organisation's member of the wave of `i` stating the same
 * figure as the origin's total, when `i` is a knock-on notice (the origin
 * stating its own total is right), or SIZE_MAX: the origin's own release,
 * else any other organisation for a figure of WAVE_COINCIDENCE_BELOW or
 * more, else the first of two others — unless the figure is below the
 * origin's own: then each client counts its own part of it.
 */
size_t kj_wave_same_figure(const kj_incident_set *set, size_t i)
{
    const kj_wave *wave = kj_wave_of(set, i);
    int64_t figure = set->releases[i]->affected_persons;
    if (!wave || !set->knock_on[i] || figure == KJ_COUNT_NONE)
        return SIZE_MAX;
    size_t first = SIZE_MAX;
    bool two = false;     /* two other organisations state it */
    bool smaller = false; /* below the origin's own figure: a client's own part */
    for (size_t m = 0; m < wave->n_members; m++) {
        size_t j = wave->members[m];
        int64_t other = set->releases[j]->affected_persons;
        smaller |= !set->knock_on[j] && other != KJ_COUNT_NONE && other > figure;
        if (j == i || set->releases[j]->affected_persons != figure ||
            strcmp(first_org(set, j), first_org(set, i)) == 0)
            continue;
        if (!set->knock_on[j])
            return j; /* the origin's own figure */
        if (first == SIZE_MAX)
            first = j;
        else
            two |= strcmp(first_org(set, j), first_org(set, first)) != 0;
    }
    if (smaller && figure < WAVE_COINCIDENCE_BELOW)
        return SIZE_MAX; /* 3 of 399 in three clients' notices: each its own */
    return first != SIZE_MAX && (two || figure >= WAVE_COINCIDENCE_BELOW) ? first : SIZE_MAX;
}

/* ------------------------------------------------------------ the waves */

/* Do `a` and `b` both state when the attack happened or was found, and
 * none of those days lie within ATTACK_APART_DAYS of each other? */
static bool attack_dates_apart(const kj_release *a, const kj_release *b)
{
    const kj_date da[2] = {a->occurred, a->detected}, db[2] = {b->occurred, b->detected};
    bool stated = false;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) {
            if (!kj_date_is_set(da[i]) || !kj_date_is_set(db[j]))
                continue;
            stated = true;
            int32_t gap = kj_date_to_days(da[i]) - kj_date_to_days(db[j]);
            if (gap <= ATTACK_APART_DAYS && gap >= -ATTACK_APART_DAYS)
                return false;
        }
    return stated;
}

/* Is one of release `i`'s organisations an origin's key (its own breach)? */
static bool is_an_origin(const kj_incident_set *set, key_table *keys, kj_arena *scratch, size_t i)
{
    for (size_t o = 0; o < set->releases[i]->overview.n_organizations; o++)
        if (key_lookup(keys, fold(scratch, set->org_keys_of[i][o])) >= 0)
            return true;
    return false;
}

/*
 * The origin (its id in `origin_id`) of a notice `i` that names none, only
 * the contractor it entrusted the work to — the breach further down that
 * contractor's chain (`当社は株式会社Xに…業務を委託しており、Xは当該業務を
 * 別会社に再委託していました`): the origin of a notice the contractor
 * published itself, or of one whose organisation names the same contractor,
 * published within CHAIN_DAYS of it and with no attack dates apart from it.
 * UINT32_MAX when none.  Another client of the contractor telling of another
 * breach states other dates, or is further away.
 */
static uint32_t chain_origin(const kj_incident_set *set, const uint32_t *origin_id,
                             kj_arena *scratch, size_t i)
{
    const kj_release *rel = set->releases[i];
    const char *contractor = fold(scratch, rel->cues.contractor);
    int32_t day = kj_date_to_days(rel->published);
    /* few notices name a contractor and no origin: a scan over all is cheap */
    for (size_t j = 0; j < set->n_releases; j++) {
        const kj_release *other = set->releases[j];
        if (j == i || origin_id[j] == UINT32_MAX || !kj_date_is_set(other->published))
            continue;
        int32_t gap = kj_date_to_days(other->published) - day;
        if (gap > CHAIN_DAYS || gap < -CHAIN_DAYS || attack_dates_apart(rel, other))
            continue;
        bool names = other->cues.contractor &&
                     strcmp(fold(scratch, other->cues.contractor), contractor) == 0;
        for (size_t o = 0; o < other->overview.n_organizations && !names; o++)
            names = strcmp(fold(scratch, set->org_keys_of[j][o]), contractor) == 0;
        if (names)
            return origin_id[j];
    }
    return UINT32_MAX;
}

static kj_affected_unit unit_of(const kj_release *rel)
{
    return rel->affected_unit == KJ_AFFECTED_NONE ? KJ_AFFECTED_PERSONS : rel->affected_unit;
}

/*
 * Does the origin's own release `by` revise the count of knock-on release
 * `j`?  Only a count of the data the origin holds (of_origin_data: the
 * platform's notice of its app vendor's members) is one of the same
 * people; a client's count of the data it entrusted is its own, whatever
 * the origin counts of its staff (東京損保鑑定's final report: 6,551 of its
 * own people beside an insurer's 120,000 records).  The origin's figure
 * must come later and be the settled one: its final report, or the client's
 * count given as one so far.
 */
static bool revises(const kj_incident_set *set, size_t by, size_t j)
{
    const kj_release *origin = set->releases[by], *client = set->releases[j];
    return set->of_origin_data[j] && !set->knock_on[by] &&
           origin->affected_persons != KJ_COUNT_NONE && client->affected_persons != KJ_COUNT_NONE &&
           unit_of(origin) == unit_of(client) &&
           kj_date_cmp(origin->published, client->published) > 0 &&
           (origin->report.final || (client->affected_qualifiers & KJ_FIGURE_PROVISIONAL));
}

bool kj_wave_figure_below_a_client(const kj_incident_set *set, const kj_wave *wave, int64_t figure,
                                   size_t by)
{
    for (size_t m = 0; m < wave->n_members; m++) {
        size_t j = wave->members[m];
        const kj_release *rel = set->releases[j];
        if (set->knock_on[j] && rel->affected_persons != KJ_COUNT_NONE &&
            rel->affected_persons > figure && rel->figure_scope != KJ_SCOPE_ORIGIN_TOTAL &&
            kj_wave_same_figure(set, j) == SIZE_MAX && !(by != SIZE_MAX && revises(set, by, j)))
            return true;
    }
    return false;
}

size_t kj_wave_revision_of(const kj_incident_set *set, size_t j, kj_date as_of)
{
    const kj_wave *wave = kj_wave_of(set, j);
    if (!wave || !set->knock_on[j] || !set->of_origin_data[j] || wave->origin_incident < 0)
        return SIZE_MAX;
    const kj_incident *origin = &set->items[wave->origin_incident];
    for (size_t r = origin->n_members; r-- > 0;) {
        size_t by = origin->members[r].index;
        if ((!kj_date_is_set(as_of) || kj_date_cmp(set->releases[by]->published, as_of) <= 0) &&
            revises(set, by, j))
            return by;
    }
    return SIZE_MAX;
}

size_t kj_incident_figure_source(const kj_incident *inc, kj_date as_of, int64_t figure)
{
    for (size_t r = inc->n_members; r-- > 0;) {
        const kj_release *rel = inc->members[r].release;
        if (rel->affected_persons == figure &&
            (!kj_date_is_set(as_of) || kj_date_cmp(rel->published, as_of) <= 0))
            return inc->members[r].index;
    }
    return SIZE_MAX;
}

/* Is release `r` of the incident of member `i` about the wave's breach: a
 * release of the origin's own incident, or one published on or after the
 * member's notice? */
static bool about_the_breach(const kj_incident_set *set, const kj_wave *wave, size_t i,
                             const kj_incident_member *r)
{
    return (wave->origin_incident >= 0 && (size_t)wave->origin_incident == set->incident_of[i]) ||
           kj_date_cmp(r->release->published, set->releases[i]->published) >= 0;
}

void kj_waves_find(kj_incident_set *set)
{
    kj_arena *arena = set->arena;
    size_t n = set->n_releases;
    set->wave_of = kj_arena_alloc(arena, (n ? n : 1) * sizeof *set->wave_of);
    set->knock_on = kj_arena_alloc(arena, (n ? n : 1) * sizeof *set->knock_on);
    set->scope_of = kj_arena_alloc(arena, (n ? n : 1) * sizeof *set->scope_of);
    set->of_origin_data = kj_arena_alloc(arena, (n ? n : 1) * sizeof *set->of_origin_data);
    for (size_t i = 0; i < n; i++) {
        set->wave_of[i] = -1;
        set->knock_on[i] = false;
        set->of_origin_data[i] = false;
        set->scope_of[i] = set->releases[i]->figure_scope;
    }
    set->waves = NULL;
    set->n_waves = 0;

    kj_arena *scratch = kj_arena_new();
    key_table keys = {0};
    uint32_t *origin_id = kj_xmalloc((n ? n : 1) * sizeof *origin_id);
    pair_count *pairs = NULL;
    size_t n_pairs = 0, cap_pairs = 0;

    /* 1. each notice's origin as a key; the names it gives as one party */
    for (size_t i = 0; i < n; i++) {
        const kj_release *rel = set->releases[i];
        origin_id[i] = UINT32_MAX;
        if (!rel->third_party || !rel->origin)
            continue;
        origin_id[i] = key_id(&keys, kj_origin_key(scratch, rel->origin));
        for (size_t a = 0; a < rel->n_origin_aliases; a++) {
            uint32_t other = key_id(&keys, kj_origin_key(scratch, rel->origin_aliases[a]));
            if (other == origin_id[i])
                continue;
            uint32_t lo = other < origin_id[i] ? other : origin_id[i];
            uint32_t hi = other < origin_id[i] ? origin_id[i] : other;
            size_t p = 0;
            while (p < n_pairs && !(pairs[p].a == lo && pairs[p].b == hi))
                p++;
            if (p == n_pairs) {
                if (n_pairs == cap_pairs) {
                    cap_pairs = cap_pairs ? cap_pairs * 2 : 32;
                    pairs = kj_xrealloc(pairs, cap_pairs * sizeof *pairs);
                }
                pairs[n_pairs++] = (pair_count){lo, hi, 0};
            }
            pairs[p].count++;
        }
    }
    for (size_t p = 0; p < n_pairs; p++)
        if (pairs[p].count >= 2)
            unite(&keys, pairs[p].a, pairs[p].b);

    /* 1b. a notice naming only the contractor it entrusted: the origin its
     * contractor's chain names (chain_origin); read from the notices that
     * name an origin themselves, so the order does not matter */
    uint32_t *chained = kj_xmalloc((n ? n : 1) * sizeof *chained);
    for (size_t i = 0; i < n; i++) {
        const kj_release *rel = set->releases[i];
        chained[i] = UINT32_MAX;
        if (origin_id[i] == UINT32_MAX && rel->cues.contractor && kj_date_is_set(rel->published) &&
            !is_an_origin(set, &keys, scratch, i))
            chained[i] = chain_origin(set, origin_id, scratch, i);
    }
    for (size_t i = 0; i < n; i++)
        if (chained[i] != UINT32_MAX)
            origin_id[i] = chained[i];
    free(chained);

    /* 1c. a platform's notice of an app on its market whose vendor it does
     * not name (`外部アプリにおいて、その提供元（外部アプリベンダー）が保有
     * する会員データが流出`) is a notice of the vendor's breach, when the
     * vendor's own notice says its app is offered on that platform's market
     * (kj_cues.market) — published within CHAIN_DAYS, no attack dates apart.
     * Its incident tells of the data the vendor holds (of_origin_data). */
    bool *of_vendor_data = kj_xcalloc(set->n ? set->n : 1, sizeof *of_vendor_data);
    for (size_t v = 0; v < n; v++) {
        const kj_release *vendor = set->releases[v];
        if (!vendor->cues.market || vendor->third_party || origin_id[v] != UINT32_MAX ||
            !kj_date_is_set(vendor->published) || !vendor->overview.n_organizations ||
            !set->org_keys_of[v][0][0])
            continue;
        const char *platform = fold(scratch, vendor->cues.market);
        int32_t day = kj_date_to_days(vendor->published);
        for (size_t i = 0; i < n; i++) {
            const kj_release *rel = set->releases[i];
            if (!rel->third_party || origin_id[i] != UINT32_MAX || !kj_date_is_set(rel->published))
                continue;
            int32_t gap = kj_date_to_days(rel->published) - day;
            if (gap > CHAIN_DAYS || gap < -CHAIN_DAYS || attack_dates_apart(rel, vendor))
                continue;
            bool ours = false;
            for (size_t o = 0; o < rel->overview.n_organizations && !ours; o++)
                ours = strcmp(fold(scratch, set->org_keys_of[i][o]), platform) == 0;
            if (ours) {
                origin_id[i] = key_id(&keys, fold(scratch, set->org_keys_of[v][0]));
                of_vendor_data[set->incident_of[i]] = true;
            }
        }
    }

    /* 2. members: notices naming an origin, and the origins' own releases */
    member *members = kj_xmalloc((n ? n : 1) * sizeof *members);
    size_t n_members = 0;
    for (size_t i = 0; i < n; i++) {
        const kj_release *rel = set->releases[i];
        if (!kj_date_is_set(rel->published))
            continue;
        uint32_t root = UINT32_MAX;
        bool own = false;
        if (origin_id[i] != UINT32_MAX) {
            root = root_of(&keys, origin_id[i]);
        } else if (!rel->third_party && keys.n) {
            /* an organisation whose key is an origin's: its own breach */
            for (size_t o = 0; o < rel->overview.n_organizations && root == UINT32_MAX; o++) {
                long id = key_lookup(&keys, fold(scratch, set->org_keys_of[i][o]));
                if (id >= 0) {
                    root = root_of(&keys, (uint32_t)id);
                    own = true;
                }
            }
        }
        if (root == UINT32_MAX)
            continue;
        members[n_members++] = (member){i, kj_date_to_days(rel->published), root, own};
    }
    qsort(members, n_members, sizeof *members, by_root_then_day);

    /* 3. runs of one origin without a long gap; a wave when two or more
     * organisations other than the origin published */
    size_t cap_waves = 0;
    for (size_t at = 0; at < n_members;) {
        size_t end = at + 1;
        while (end < n_members && members[end].root == members[at].root &&
               members[end].day - members[end - 1].day <= WAVE_GAP_DAYS)
            end++;
        /* the origin's own releases count only near the notices */
        int32_t first_notice = INT32_MAX;
        for (size_t k = at; k < end; k++)
            if (!members[k].own && members[k].day < first_notice)
                first_notice = members[k].day;
        size_t *idx = kj_xmalloc((end - at) * sizeof *idx);
        const char **orgs = kj_xmalloc((end - at) * sizeof *orgs);
        size_t n_idx = 0, n_orgs = 0, n_knock = 0;
        long own_release = -1;
        for (size_t k = at; k < end; k++) {
            const member *m = &members[k];
            if (m->own && m->day < first_notice - ORIGIN_LEAD_DAYS)
                continue;
            idx[n_idx++] = m->index;
            if (m->own) {
                if (own_release < 0)
                    own_release = (long)m->index;
                continue;
            }
            n_knock++;
            const char **ok = set->org_keys_of[m->index];
            const char *org = set->releases[m->index]->overview.n_organizations ? ok[0] : "";
            bool seen = false;
            for (size_t o = 0; o < n_orgs && !seen; o++)
                seen = strcmp(orgs[o], org) == 0;
            if (!seen)
                orgs[n_orgs++] = org;
        }
        /* two organisations' notices of one origin's breach; or one's and
         * the origin's own (a vendor's ransomware and its one client's
         * notice are one attack) — unless the two are one incident already */
        bool apart_from_origin = false;
        for (size_t k = 0; k < n_idx && own_release >= 0 && !apart_from_origin; k++)
            apart_from_origin = set->incident_of[idx[k]] != set->incident_of[own_release];
        if (n_orgs >= 2 || (n_orgs == 1 && apart_from_origin)) {
            if (set->n_waves == cap_waves) {
                cap_waves = cap_waves ? cap_waves * 2 : 16;
                kj_wave *grown = kj_arena_alloc(arena, cap_waves * sizeof *grown);
                if (set->n_waves)
                    memcpy(grown, set->waves, set->n_waves * sizeof *grown);
                set->waves = grown;
            }
            kj_wave *w = &set->waves[set->n_waves++];
            memset(w, 0, sizeof *w);
            w->members = kj_arena_alloc(arena, n_idx * sizeof *w->members);
            memcpy(w->members, idx, n_idx * sizeof *idx);
            w->n_members = n_idx;
            w->n_knock_on = n_knock;
            w->n_organizations = n_orgs;
            w->key = kj_arena_strdup(arena, keys.keys[members[at].root]);
            w->origin = kj_arena_strdup(arena, display_name(set, idx, n_idx, own_release));
            w->ransomware = says_ransomware(set, idx, n_idx);
            w->label = label_of(arena, w->origin, w->ransomware);
            w->origin_incident =
                own_release >= 0 ? (long)set->incident_of[(size_t)own_release] : -1;
        }
        free(idx);
        free(orgs);
        at = end;
    }
    free(members);

    /* 3b. a pair — one client's notice and the origin's own — whose origin
     * incident is already a member of a wave of many organisations belongs
     * to that wave's story (a group company's own notice inside its
     * parent's wave), not a wave of its own */
    if (set->n_waves) {
        bool *in_many = kj_xcalloc(set->n ? set->n : 1, sizeof *in_many);
        for (size_t w = 0; w < set->n_waves; w++)
            if (set->waves[w].n_organizations >= 2)
                for (size_t m = 0; m < set->waves[w].n_members; m++)
                    in_many[set->incident_of[set->waves[w].members[m]]] = true;
        size_t kept = 0;
        for (size_t w = 0; w < set->n_waves; w++) {
            const kj_wave *wave = &set->waves[w];
            if (wave->n_organizations == 1 && wave->origin_incident >= 0 &&
                in_many[wave->origin_incident])
                continue;
            set->waves[kept++] = *wave;
        }
        set->n_waves = kept;
        free(in_many);
    }

    /* 4. a follow-up that no longer names the origin (`IIJ社の調査の結果、
     * …漏えいはなかった`) belongs where its incident does: every release of
     * a member's incident is a member */
    for (size_t w = 0; w < set->n_waves; w++)
        for (size_t m = 0; m < set->waves[w].n_members; m++)
            if (set->wave_of[set->waves[w].members[m]] < 0)
                set->wave_of[set->waves[w].members[m]] = (int32_t)w;
    for (size_t w = 0; w < set->n_waves; w++) {
        kj_wave *wave = &set->waves[w];
        /* later releases only: an incident's releases before its notice
         * of the origin's breach (joined by a loose rule) are not about it;
         * but the origin's own incident is the breach itself, and its first
         * report (`4月25日に公表いたしました(以下、第1報)`) is the wave's
         * first publication */
        size_t extra = 0;
        for (size_t m = 0; m < wave->n_members; m++) {
            size_t i = wave->members[m];
            const kj_incident *inc = &set->items[set->incident_of[i]];
            for (size_t r = 0; r < inc->n_members; r++)
                extra += set->wave_of[inc->members[r].index] < 0 &&
                         about_the_breach(set, wave, i, &inc->members[r]);
        }
        if (!extra)
            continue;
        size_t *grown = kj_arena_alloc(arena, (wave->n_members + extra) * sizeof *grown);
        memcpy(grown, wave->members, wave->n_members * sizeof *grown);
        size_t n_grown = wave->n_members;
        for (size_t m = 0; m < wave->n_members; m++) {
            size_t i = wave->members[m];
            const kj_incident *inc = &set->items[set->incident_of[i]];
            for (size_t r = 0; r < inc->n_members; r++) {
                size_t j = inc->members[r].index;
                if (set->wave_of[j] >= 0 || !about_the_breach(set, wave, i, &inc->members[r]))
                    continue;
                set->wave_of[j] = (int32_t)w;
                /* a follow-up of a knock-on notice is a knock-on notice */
                if (origin_id[j] == UINT32_MAX && origin_id[i] != UINT32_MAX)
                    origin_id[j] = origin_id[i];
                grown[n_grown++] = j;
            }
        }
        wave->members = grown;
        wave->n_members = n_grown;
        wave->n_knock_on = 0;
        for (size_t m = 0; m < n_grown; m++)
            wave->n_knock_on += origin_id[grown[m]] != UINT32_MAX;
        members_by_day(set, wave);
    }
    for (size_t i = 0; i < n; i++)
        set->wave_of[i] = -1;

    /* 5. ids, members' marks, incidents, the origin's figure */
    if (set->n_waves > 1)
        qsort(set->waves, set->n_waves, sizeof *set->waves, by_first);
    for (size_t w = 0; w < set->n_waves; w++) {
        kj_wave *wave = &set->waves[w];
        wave->first = set->releases[wave->members[0]]->published;
        wave->last = wave->first;
        wave->incidents = kj_arena_alloc(arena, wave->n_members * sizeof *wave->incidents);
        wave->origin_total = KJ_COUNT_NONE;
        for (size_t m = 0; m < wave->n_members; m++) {
            size_t i = wave->members[m];
            const kj_release *rel = set->releases[i];
            if (kj_date_cmp(rel->published, wave->first) < 0)
                wave->first = rel->published;
            if (kj_date_cmp(rel->published, wave->last) > 0)
                wave->last = rel->published;
            set->wave_of[i] = (int32_t)w;
            /* the origin's own incident is no knock-on, even where one of
             * its releases names the group company whose service it ran
             * (`弊社グループ会社であるY株式会社が運営する…サービス`) */
            if (origin_id[i] != UINT32_MAX && wave->origin_incident >= 0 &&
                set->incident_of[i] == (size_t)wave->origin_incident) {
                origin_id[i] = UINT32_MAX;
                wave->n_knock_on--;
            }
            set->knock_on[i] = origin_id[i] != UINT32_MAX;
            set->of_origin_data[i] = set->knock_on[i] && of_vendor_data[set->incident_of[i]];
            size_t inc = set->incident_of[i];
            bool seen = false;
            for (size_t k = 0; k < wave->n_incidents && !seen; k++)
                seen = wave->incidents[k] == inc;
            if (!seen)
                wave->incidents[wave->n_incidents++] = inc;
        }
        /* the origin's own figure; failing that, one two organisations
         * quote alike (kj_origin_figure_wins) */
        bool have_own = false;
        for (size_t m = 0; m < wave->n_members; m++) {
            size_t i = wave->members[m];
            const kj_release *rel = set->releases[i];
            if (rel->affected_persons == KJ_COUNT_NONE)
                continue;
            bool shared = kj_wave_same_figure(set, i) != SIZE_MAX;
            bool origin_figure =
                !set->knock_on[i] || shared || rel->figure_scope == KJ_SCOPE_ORIGIN_TOTAL;
            if (set->knock_on[i] && (shared || rel->figure_scope == KJ_SCOPE_ORIGIN_TOTAL))
                set->scope_of[i] = KJ_SCOPE_ORIGIN_TOTAL;
            bool own = !set->knock_on[i];
            if (own && kj_wave_figure_below_a_client(set, wave, rel->affected_persons, i))
                continue;
            if (origin_figure &&
                (set->knock_on[i] ? set->scope_of[i] == KJ_SCOPE_ORIGIN_TOTAL : true) &&
                kj_origin_figure_wins(wave->origin_total, have_own, rel->affected_persons, own)) {
                wave->origin_total = rel->affected_persons;
                wave->origin_total_unit = rel->affected_unit;
                have_own |= own;
            }
        }
        char day[11];
        kj_date_format(wave->first, day);
        size_t len = strlen("wave-") + strlen(day) + 1 + strlen(wave->key) + 1;
        char *id = kj_arena_alloc(arena, len);
        strcpy(id, "wave-");
        strcat(id, day);
        strcat(id, "-");
        strcat(id, wave->key);
        wave->id = id;
    }

    /* 6. the marks incidents carry, and their facts with their scope */
    for (size_t k = 0; k < set->n; k++) {
        kj_incident *inc = &set->items[k];
        inc->wave = -1;
        inc->knock_on = false;
        bool in_wave = false;
        for (size_t m = 0; m < inc->n_members; m++) {
            size_t i = inc->members[m].index;
            inc->members[m].scope = set->scope_of[i];
            in_wave |= set->wave_of[i] >= 0;
        }
        if (!in_wave)
            continue;
        size_t first = inc->members[0].index;
        for (size_t m = 0; m < inc->n_members && inc->wave < 0; m++)
            inc->wave = set->wave_of[inc->members[m].index];
        inc->knock_on = set->knock_on[first] || (set->wave_of[first] < 0 &&
                                                 set->waves[inc->wave].origin_incident != (long)k);
        kj_incident_facts_as_of(inc, KJ_DATE_NONE, &inc->facts);
    }

    free(of_vendor_data);
    free(origin_id);
    free(pairs);
    free(keys.keys);
    free(keys.parent);
    free(keys.slots);
    kj_arena_free(scratch);
}

const kj_wave *kj_wave_of(const kj_incident_set *set, size_t index)
{
    if (!set || index >= set->n_releases || !set->wave_of || set->wave_of[index] < 0)
        return NULL;
    return &set->waves[set->wave_of[index]];
}

bool kj_incident_wave_figure(const kj_incident_set *set, const kj_incident *inc,
                             const kj_incident_facts *f, int64_t *figure, kj_affected_unit *unit)
{
    if (!set || !inc || !f || inc->wave < 0 || (size_t)inc->wave >= set->n_waves)
        return false;
    const kj_wave *wave = &set->waves[inc->wave];
    if (f->figure_scope != KJ_SCOPE_ORIGIN_TOTAL || f->affected_persons == KJ_COUNT_NONE ||
        wave->origin_total == KJ_COUNT_NONE || wave->origin_total == f->affected_persons)
        return false;
    *figure = wave->origin_total;
    *unit = wave->origin_total_unit;
    return true;
}
