/*
 * checks.c — facts that contradict each other or look implausible.
 *
 * Every check compares facts already read (checks.h): a release with
 * itself (a confirmed part above its total, dates out of order), with what
 * an organisation of its kind can hold (size_limits.json), with the other
 * notices of its wave (a figure another organisation states too is the
 * origin's total), and with what its text lists (kj_cues.info_items: a
 * list of the information concerned, yet no data type found).  The
 * release checks run once per grouped set, from kj_incidents_group; an
 * incident is checked on its facts as known on a day, from its members'
 * checks and its merged facts.
 */
#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/checks.h"
#include "aggregate_internal.h"

static const struct {
    const char *name, *label;
} check_words[KJ_CHECK__COUNT] = {
    [KJ_CHECK_CONFIRMED_OVER_TOTAL] = {"confirmed_over_total", "流出を確認した人数が総数を超える"},
    [KJ_CHECK_OCCURRED_AFTER_DETECTED] = {"occurred_after_detected", "発生日が検知日より後"},
    [KJ_CHECK_OCCURRED_AFTER_PUBLISHED] = {"occurred_after_published", "発生日が公表日より後"},
    [KJ_CHECK_DETECTED_AFTER_PUBLISHED] = {"detected_after_published", "検知日が公表日より後"},
    [KJ_CHECK_ABOVE_SIZE] = {"above_size", "組織の規模に比べて人数が多すぎる"},
    [KJ_CHECK_WAVE_FIGURE] = {"wave_figure", "同じ波の他組織と同じ人数（委託先全体の数の可能性）"},
    [KJ_CHECK_NO_ATTACK] = {"no_attack_type", "情報の一覧があるが攻撃・事故の種別が読み取れない"},
    [KJ_CHECK_NO_VICTIM] = {"no_victim", "情報の一覧があるが影響を受けた人の区分が読み取れない"},
    [KJ_CHECK_NO_DATA] = {"no_data_type", "情報の一覧があるが情報の種類が読み取れない"},
};

const char *kj_check_name(kj_check c)
{
    return (unsigned)c < KJ_CHECK__COUNT ? check_words[c].name : NULL;
}

const char *kj_check_label(kj_check c)
{
    return (unsigned)c < KJ_CHECK__COUNT ? check_words[c].label : NULL;
}

int kj_check_lookup(const char *name)
{
    for (int c = 0; name && c < KJ_CHECK__COUNT; c++)
        if (strcmp(name, check_words[c].name) == 0)
            return c;
    return -1;
}

/* ------------------------------------------------------ size limits */

extern const char kj_size_limits_json[];
extern const size_t kj_size_limits_json_len;

typedef struct size_kind {
    const char *label;
    int type; /* kj_org_type, or -1 for any */
    const char **contains, **suffixes;
    size_t n_contains, n_suffixes;
    int64_t max_persons;
} size_kind;

static struct {
    size_kind *kinds;
    size_t n_kinds;
    int64_t unit_factor[KJ_AFFECTED__COUNT];
    kj_arena *arena;
} limits;
static pthread_once_t limits_once = PTHREAD_ONCE_INIT;

static void limits_defect(const char *what)
{
    fprintf(stderr, "kaiji: internal error: size_limits.json: %s\n", what);
    abort();
}

/* Patterns are compared with plain names (kj_org_plain): normalised,
 * without spaces. */
static const char **load_patterns(json_t *list, size_t *n)
{
    if (list && !json_is_array(list))
        limits_defect("a pattern list is not an array");
    *n = json_array_size(list);
    const char **out = kj_arena_alloc(limits.arena, (*n + 1) * sizeof *out);
    for (size_t i = 0; i < *n; i++) {
        const char *s = json_string_value(json_array_get(list, i));
        if (!s)
            limits_defect("a pattern is not a string");
        size_t len;
        out[i] = kj_org_plain(limits.arena, s, &len);
    }
    return out;
}

static void load_limits(void)
{
    json_error_t jerr;
    json_t *root = json_loadb(kj_size_limits_json, kj_size_limits_json_len, 0, &jerr);
    if (!root)
        limits_defect(jerr.text);
    limits.arena = kj_arena_new();
    json_t *factors = json_object_get(root, "unit_factors");
    for (int u = KJ_AFFECTED_PERSONS; u < KJ_AFFECTED__COUNT; u++) {
        json_t *f = json_object_get(factors, kj_affected_unit_name((kj_affected_unit)u));
        if (!json_is_integer(f) || json_integer_value(f) < 1)
            limits_defect("unit_factors needs a positive integer for each unit");
        limits.unit_factor[u] = json_integer_value(f);
    }
    json_t *kinds = json_object_get(root, "kinds");
    limits.n_kinds = json_array_size(kinds);
    if (!limits.n_kinds)
        limits_defect("`kinds` must list at least one kind");
    limits.kinds = kj_arena_alloc(limits.arena, limits.n_kinds * sizeof *limits.kinds);
    for (size_t k = 0; k < limits.n_kinds; k++) {
        json_t *entry = json_array_get(kinds, k);
        size_kind *kind = &limits.kinds[k];
        const char *label = json_string_value(json_object_get(entry, "label"));
        json_t *max = json_object_get(entry, "max_persons");
        if (!label || !json_is_integer(max) || json_integer_value(max) < 1)
            limits_defect("every kind needs a label and a positive max_persons");
        kind->label = kj_arena_strdup(limits.arena, label);
        kind->max_persons = json_integer_value(max);
        json_t *type = json_object_get(entry, "type");
        kind->type = type ? kj_org_type_lookup(json_string_value(type)) : -1;
        if (type && kind->type < 0)
            limits_defect("a kind names an unknown organisation type");
        kind->contains = load_patterns(json_object_get(entry, "name_contains"), &kind->n_contains);
        kind->suffixes = load_patterns(json_object_get(entry, "name_suffixes"), &kind->n_suffixes);
    }
    /* the last kind is the one every organisation falls back to */
    const size_kind *last = &limits.kinds[limits.n_kinds - 1];
    if (last->type >= 0 || last->n_contains || last->n_suffixes)
        limits_defect("the last kind must match every organisation");
    json_decref(root);
}

static bool ends_with(const char *s, size_t len, const char *suffix)
{
    size_t n = strlen(suffix);
    return n <= len && memcmp(s + len - n, suffix, n) == 0;
}

/* The kind of organisation `name` is. */
static const size_kind *kind_of(kj_arena *scratch, const char *name, const kj_release *rel)
{
    size_t len;
    const char *plain = kj_org_plain(scratch, name, &len);
    int type = (int)kj_org_classify_plain(plain, len, rel->cues.self_type, rel->victim_categories);
    for (size_t k = 0; k < limits.n_kinds; k++) {
        const size_kind *kind = &limits.kinds[k];
        if (kind->type >= 0 && kind->type != type)
            continue;
        if (!kind->n_contains && !kind->n_suffixes)
            return kind;
        for (size_t p = 0; p < kind->n_contains; p++)
            if (strstr(plain, kind->contains[p]))
                return kind;
        for (size_t p = 0; p < kind->n_suffixes; p++)
            if (ends_with(plain, len, kind->suffixes[p]))
                return kind;
    }
    return &limits.kinds[limits.n_kinds - 1];
}

/* The kind with the largest limit among `rel`'s organisations. */
static const size_kind *largest_kind(kj_arena *scratch, const kj_release *rel)
{
    pthread_once(&limits_once, load_limits);
    const size_kind *best = NULL;
    for (size_t o = 0; o < rel->overview.n_organizations; o++) {
        const size_kind *kind = kind_of(scratch, rel->overview.organizations[o], rel);
        if (!best || kind->max_persons > best->max_persons)
            best = kind;
    }
    return best ? best : &limits.kinds[limits.n_kinds - 1];
}

/* The limit for `rel`'s figure in its unit. */
static int64_t limit_in_unit(const size_kind *kind, const kj_release *rel)
{
    int64_t factor = (unsigned)rel->affected_unit < KJ_AFFECTED__COUNT
                         ? limits.unit_factor[rel->affected_unit]
                         : 1;
    return kind->max_persons * (factor > 0 ? factor : 1);
}

int64_t kj_size_limit(const kj_release *rel, const char **label)
{
    kj_arena *scratch = kj_arena_new();
    const size_kind *kind = largest_kind(scratch, rel);
    kj_arena_free(scratch);
    if (label)
        *label = kind->label;
    return kind->max_persons;
}

/* ------------------------------------------------------------ dates */

/* Is `a` later than `b` whatever day a month-precision date stands for? */
static bool later(kj_date a, kj_date b)
{
    if (!kj_date_is_set(a) || !kj_date_is_set(b))
        return false;
    if (a.day && b.day)
        return kj_date_cmp(a, b) > 0;
    return a.year * 12 + a.month > b.year * 12 + b.month;
}

/* ---------------------------------------------------- one release */

/* The facts' contradictions with each other: the confirmed part above the
 * figure, dates out of order (`published`: the release's day, or an
 * incident's newest release). */
static kj_check_set contradictions(int64_t persons, int64_t confirmed, kj_date occurred,
                                   kj_date detected, kj_date published)
{
    kj_check_set out = 0;
    if (persons != KJ_COUNT_NONE && confirmed != KJ_COUNT_NONE && confirmed > persons)
        out |= KJ_CHECK_BIT(KJ_CHECK_CONFIRMED_OVER_TOTAL);
    if (later(occurred, detected))
        out |= KJ_CHECK_BIT(KJ_CHECK_OCCURRED_AFTER_DETECTED);
    if (later(occurred, published))
        out |= KJ_CHECK_BIT(KJ_CHECK_OCCURRED_AFTER_PUBLISHED);
    if (later(detected, published))
        out |= KJ_CHECK_BIT(KJ_CHECK_DETECTED_AFTER_PUBLISHED);
    return out;
}

/* The checks of `rel` that need nothing but its facts and its kind. */
static kj_check_set own_checks(kj_arena *scratch, const kj_release *rel)
{
    kj_check_set out = contradictions(rel->affected_persons, rel->affected_persons_confirmed,
                                      rel->occurred, rel->detected, rel->published);
    if (rel->affected_persons != KJ_COUNT_NONE &&
        rel->affected_persons > limit_in_unit(largest_kind(scratch, rel), rel))
        out |= KJ_CHECK_BIT(KJ_CHECK_ABOVE_SIZE);
    /* a list of what leaked: how it happened, and what and whose the list
     * says (a kind of data the lexicon knows, a group of people) */
    if (rel->cues.info_items && !rel->attack_types && !rel->cues.generic_attack)
        out |= KJ_CHECK_BIT(KJ_CHECK_NO_ATTACK);
    if (rel->cues.info_items && rel->cues.info_people && !rel->victim_categories)
        out |= KJ_CHECK_BIT(KJ_CHECK_NO_VICTIM);
    if (rel->cues.info_data_items && !rel->data_types)
        out |= KJ_CHECK_BIT(KJ_CHECK_NO_DATA);
    return out;
}

void kj_checks_find(kj_incident_set *set)
{
    size_t n = set->n_releases;
    set->checks_of = kj_arena_alloc(set->arena, (n ? n : 1) * sizeof *set->checks_of);
    kj_arena *scratch = kj_arena_new();
    for (size_t i = 0; i < n; i++) {
        set->checks_of[i] = own_checks(scratch, set->releases[i]);
        if (kj_wave_same_figure(set, i) != SIZE_MAX)
            set->checks_of[i] |= KJ_CHECK_BIT(KJ_CHECK_WAVE_FIGURE);
    }
    kj_arena_free(scratch);
    for (size_t k = 0; k < set->n; k++) {
        kj_incident *inc = &set->items[k];
        for (size_t m = 0; m < inc->n_members; m++)
            inc->members[m].checks = set->checks_of[inc->members[m].index];
    }
}

kj_check_set kj_checks_release(const kj_incident_set *set, size_t index)
{
    if (!set || !set->checks_of || index >= set->n_releases)
        return 0;
    return set->checks_of[index];
}

/* ------------------------------------------------------ an incident */

kj_check_set kj_checks_incident(const kj_incident *inc, const kj_incident_facts *facts)
{
    kj_check_set out = contradictions(facts->affected_persons, facts->affected_persons_confirmed,
                                      facts->occurred, facts->detected, facts->last_published);

    const kj_check_set from_figure =
        KJ_CHECK_BIT(KJ_CHECK_ABOVE_SIZE) | KJ_CHECK_BIT(KJ_CHECK_WAVE_FIGURE);
    kj_check_set gaps = 0;
    size_t known = kj_incident_members_as_of(inc, facts->last_published);
    for (size_t m = 0; m < known; m++) {
        const kj_incident_member *mem = &inc->members[m];
        /* the headline is the figure of the member that states it (a sum
         * over chains when several organisations publish) */
        if (facts->affected_persons != KJ_COUNT_NONE &&
            (mem->release->affected_persons == facts->affected_persons || inc->n_chains > 1))
            out |= mem->checks & from_figure;
        gaps |= mem->checks;
    }
    if ((gaps & KJ_CHECK_BIT(KJ_CHECK_NO_ATTACK)) && !facts->attack_types)
        out |= KJ_CHECK_BIT(KJ_CHECK_NO_ATTACK);
    if ((gaps & KJ_CHECK_BIT(KJ_CHECK_NO_VICTIM)) && !facts->victim_categories)
        out |= KJ_CHECK_BIT(KJ_CHECK_NO_VICTIM);
    if ((gaps & KJ_CHECK_BIT(KJ_CHECK_NO_DATA)) && !facts->data_types)
        out |= KJ_CHECK_BIT(KJ_CHECK_NO_DATA);
    return out;
}

/* ---------------------------------------------------------- reasons */

void kj_check_reason(const kj_incident_set *set, size_t index, kj_check c, kj_buf *out)
{
    if (!(kj_checks_release(set, index) & KJ_CHECK_BIT(c)))
        return;
    const kj_release *rel = set->releases[index];
    char a[11], b[11];
    const char *unit = kj_affected_unit_name(rel->affected_unit);
    unsigned n_items = rel->cues.info_items, n_data_items = rel->cues.info_data_items;
    switch (c) {
    case KJ_CHECK_CONFIRMED_OVER_TOTAL:
        kj_buf_printf(out, "%lld confirmed of %lld", (long long)rel->affected_persons_confirmed,
                      (long long)rel->affected_persons);
        break;
    case KJ_CHECK_OCCURRED_AFTER_DETECTED:
        kj_buf_printf(out, "occurred %s after detected %s", kj_date_format(rel->occurred, a),
                      kj_date_format(rel->detected, b));
        break;
    case KJ_CHECK_OCCURRED_AFTER_PUBLISHED:
        kj_buf_printf(out, "occurred %s after published %s", kj_date_format(rel->occurred, a),
                      kj_date_format(rel->published, b));
        break;
    case KJ_CHECK_DETECTED_AFTER_PUBLISHED:
        kj_buf_printf(out, "detected %s after published %s", kj_date_format(rel->detected, a),
                      kj_date_format(rel->published, b));
        break;
    case KJ_CHECK_ABOVE_SIZE: {
        kj_arena *scratch = kj_arena_new();
        const size_kind *kind = largest_kind(scratch, rel);
        kj_buf_printf(out, "%lld %s where a %s holds at most %lld",
                      (long long)rel->affected_persons, unit ? unit : "persons", kind->label,
                      (long long)limit_in_unit(kind, rel));
        kj_arena_free(scratch);
        break;
    }
    case KJ_CHECK_WAVE_FIGURE: {
        size_t j = kj_wave_same_figure(set, index);
        if (j == SIZE_MAX)
            break; /* the facts changed since the set was grouped */
        const kj_release *other = set->releases[j];
        kj_buf_printf(out, "%lld also stated by ", (long long)rel->affected_persons);
        kj_buf_append_visible(
            out, other->overview.n_organizations ? other->overview.organizations[0] : other->path);
        kj_buf_puts(out, " in ");
        kj_buf_append_visible(out, kj_wave_of(set, index)->id);
        break;
    }
    case KJ_CHECK_NO_ATTACK:
        kj_buf_printf(out, "the information concerned listed in %u item%s", n_items,
                      n_items == 1 ? "" : "s");
        break;
    case KJ_CHECK_NO_VICTIM:
        kj_buf_printf(out, "people's information listed in %u item%s", n_items,
                      n_items == 1 ? "" : "s");
        break;
    case KJ_CHECK_NO_DATA:
        kj_buf_printf(out, "kinds of data listed in %u item%s", n_data_items,
                      n_data_items == 1 ? "" : "s");
        break;
    default:
        break;
    }
}

/* ----------------------------------------------------------- counts */

void kj_checks_count(const kj_incident_set *set, const kj_figures *f, kj_check_counts *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < f->n_releases; i++) {
        kj_check_set checks = kj_checks_release(set, f->release_indexes[i]);
        out->releases++;
        out->with_problems += checks != 0;
        for (int c = 0; c < KJ_CHECK__COUNT; c++)
            out->by_check[c] += (checks >> c) & 1;
    }
    for (size_t i = 0; i < f->n_incidents; i++) {
        const kj_incident_view *v = &f->incidents[i];
        out->incidents++;
        if (kj_checks_incident(v->incident, &v->facts) & KJ_CHECKS_FIGURE &&
            (unsigned)v->facts.affected_unit < KJ_AFFECTED__COUNT)
            out->incidents_figure[v->facts.affected_unit]++;
    }
}
