/*
 * orgs.c — one organisation across releases, and what kind it is.
 *
 * The same discloser is written many ways: `株式会社 PR TIMES` and
 * `株式会社PR TIMES`, `共栄⽕災` with a Kangxi radical, a truncated
 * `アクサ生命保険株式会`, a department in brackets.  The matching key folds
 * those together.  Which patterns mean what (legal forms, 病院 → medical,
 * 市 → public …) is data: organizations.json, embedded at build time, so
 * that a new pattern is a one-line change a reviewer can read.
 */
#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/orgs.h"
#include "kaiji/text.h"

/* The organisation table, parsed from organizations.json on first use. */
typedef struct kj_org_table {
    kj_phrases legal_forms;     /* removed from keys */
    kj_phrases truncated_forms; /* removed from the end of keys */
    kj_phrases char_map;        /* value: index into map_to */
    const char **map_to;
    kj_phrases contains[KJ_ORG__COUNT];
    kj_phrases suffixes[KJ_ORG__COUNT];
    kj_phrases text_cues;              /* value: kj_org_type */
    int type_order[KJ_ORG__COUNT];     /* priority order of types */
    int victim_hint[KJ_VICTIM__COUNT]; /* kj_org_type or -1 */
    const char **alias_names;          /* origin_aliases, flattened, as written */
    int *alias_group;                  /* group of each name (its first is canonical) */
    size_t n_alias_names;
} kj_org_table;

extern const char kj_organizations_json[];
extern const size_t kj_organizations_json_len;

static const char *const type_names[KJ_ORG__COUNT] = {"company", "public", "school", "medical",
                                                      "other"};
static const char *const type_labels[KJ_ORG__COUNT] = {"企業", "自治体・公的機関", "学校・教育",
                                                       "医療・福祉", "その他"};

const char *kj_org_type_name(kj_org_type t)
{
    return (unsigned)t < KJ_ORG__COUNT ? type_names[t] : NULL;
}

const char *kj_org_type_label(kj_org_type t)
{
    return (unsigned)t < KJ_ORG__COUNT ? type_labels[t] : NULL;
}

int kj_org_type_lookup(const char *name)
{
    for (int t = 0; name && t < KJ_ORG__COUNT; t++)
        if (strcmp(name, type_names[t]) == 0)
            return t;
    return -1;
}

/* ------------------------------------------------------------ the table */

static kj_org_table table;
static kj_arena *table_arena;
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static void table_defect(const char *what)
{
    fprintf(stderr, "kaiji: internal error: organizations.json: %s\n", what);
    abort();
}

/* Patterns are compared with normalised text, so they are normalised too. */
static const char *pattern(const char *s)
{
    size_t len;
    char *norm = kj_normalize(table_arena, s, strlen(s), &len);
    char *out = norm;
    for (char *p = norm; *p; p++)
        if (*p != ' ')
            *out++ = *p;
    *out = '\0';
    return norm;
}

static void load_list(json_t *list, kj_phrases *set, int value)
{
    if (list && !json_is_array(list))
        table_defect("a pattern list is not an array");
    size_t n = json_array_size(list);
    kj_phrase *items = kj_xcalloc(n ? n : 1, sizeof *items);
    for (size_t i = 0; i < n; i++) {
        const char *s = json_string_value(json_array_get(list, i));
        if (!s)
            table_defect("a pattern is not a string");
        items[i] = (kj_phrase){.text = pattern(s), .value = (int16_t)value};
    }
    kj_phrases_init(set, items, n);
    free(items);
}

static void load_table(void)
{
    json_error_t jerr;
    json_t *root = json_loadb(kj_organizations_json, kj_organizations_json_len, 0, &jerr);
    if (!root)
        table_defect(jerr.text);
    table_arena = kj_arena_new();

    load_list(json_object_get(root, "legal_forms"), &table.legal_forms, 0);
    load_list(json_object_get(root, "truncated_legal_forms"), &table.truncated_forms, 0);

    /* Character map: keys are looked up in raw names (NFKC leaves these
     * radicals and variants alone), values replace them. */
    json_t *map = json_object_get(root, "character_map");
    size_t n_map = json_object_size(map);
    kj_phrase *from = kj_xcalloc(n_map ? n_map : 1, sizeof *from);
    table.map_to = kj_arena_alloc(table_arena, (n_map ? n_map : 1) * sizeof *table.map_to);
    size_t i = 0;
    const char *key;
    json_t *value;
    json_object_foreach(map, key, value)
    {
        if (!json_is_string(value))
            table_defect("character_map values must be strings");
        from[i] = (kj_phrase){.text = kj_arena_strdup(table_arena, key), .value = (int16_t)i};
        table.map_to[i] = kj_arena_strdup(table_arena, json_string_value(value));
        i++;
    }
    kj_phrases_init(&table.char_map, from, n_map);
    free(from);

    json_t *types = json_object_get(root, "types");
    if (!json_is_array(types) || json_array_size(types) != KJ_ORG__COUNT)
        table_defect("`types` must list each of the five types once");
    kj_phrase *cues = NULL;
    size_t n_cues = 0;
    for (size_t t = 0; t < KJ_ORG__COUNT; t++) {
        json_t *entry = json_array_get(types, t);
        int type = kj_org_type_lookup(json_string_value(json_object_get(entry, "type")));
        if (type < 0)
            table_defect("unknown type");
        table.type_order[t] = type;
        load_list(json_object_get(entry, "name_contains"), &table.contains[type], type);
        load_list(json_object_get(entry, "name_suffixes"), &table.suffixes[type], type);
        json_t *list = json_object_get(entry, "text_cues");
        for (size_t k = 0; k < json_array_size(list); k++) {
            cues = kj_xrealloc(cues, (n_cues + 1) * sizeof *cues);
            const char *s = json_string_value(json_array_get(list, k));
            if (!s)
                table_defect("a text cue is not a string");
            cues[n_cues++] = (kj_phrase){.text = pattern(s), .value = (int16_t)type};
        }
    }
    kj_phrases_init(&table.text_cues, cues, n_cues);
    free(cues);

    json_t *groups = json_object_get(root, "origin_aliases");
    size_t n_names = 0;
    for (size_t g = 0; g < json_array_size(groups); g++)
        n_names += json_array_size(json_array_get(groups, g));
    table.alias_names = kj_arena_alloc(table_arena, (n_names + 1) * sizeof *table.alias_names);
    table.alias_group = kj_arena_alloc(table_arena, (n_names + 1) * sizeof *table.alias_group);
    for (size_t g = 0; g < json_array_size(groups); g++) {
        json_t *group = json_array_get(groups, g);
        for (size_t k = 0; k < json_array_size(group); k++) {
            const char *name = json_string_value(json_array_get(group, k));
            if (!name)
                table_defect("an origin alias is not a string");
            table.alias_names[table.n_alias_names] = kj_arena_strdup(table_arena, name);
            table.alias_group[table.n_alias_names++] = (int)g;
        }
    }

    for (int v = 0; v < KJ_VICTIM__COUNT; v++)
        table.victim_hint[v] = -1;
    json_t *hints = json_object_get(root, "victim_hints");
    json_object_foreach(hints, key, value)
    {
        int v = kj_vocab_lookup(KJ_VOCAB_VICTIM, key);
        int type = kj_org_type_lookup(json_string_value(value));
        if (v < 0 || type < 0)
            table_defect("victim_hints names an unknown victim category or type");
        table.victim_hint[v] = type;
    }
    json_decref(root);
}

static const kj_org_table *kj_org_table_get(void)
{
    pthread_once(&table_once, load_table);
    return &table;
}

/* --------------------------------------------------------------- names */

const char *kj_org_plain(kj_arena *arena, const char *name, size_t *out_len)
{
    const kj_org_table *t = kj_org_table_get();
    *out_len = 0;
    if (!name || !*name)
        return "";
    /* Map radicals and variants first: NFKC leaves them alone.  Most names
     * have none, and are normalised as they are. */
    kj_buf mapped = {0};
    size_t len = strlen(name), run = 0;
    for (size_t i = 0; i < len;) {
        const kj_phrase *p = kj_phrases_may_start(&t->char_map, name + i, len - i)
                                 ? kj_phrases_at(&t->char_map, name + i, len - i)
                                 : NULL;
        if (!p) {
            i++;
            continue;
        }
        kj_buf_append(&mapped, name + run, i - run);
        kj_buf_puts(&mapped, t->map_to[p->value]);
        i += p->len;
        run = i;
    }
    const char *source = name;
    size_t source_len = len;
    if (mapped.len) {
        kj_buf_append(&mapped, name + run, len - run);
        source = mapped.data;
        source_len = mapped.len;
    }
    size_t norm_len;
    char *norm = kj_normalize(arena, source, source_len, &norm_len);
    kj_buf_free(&mapped);
    /* Drop white space and bracketed asides, in place: `東京都（東京都立多摩
     * 図書館）` is 東京都, `熊本県 農業技術課` becomes 熊本県農業技術課.  An
     * aside that never closes drops the rest. */
    int depth = 0;
    size_t out = 0;
    for (size_t i = 0; i < norm_len; i++) {
        char c = norm[i];
        if (c == '(' || c == '[') {
            depth++;
            continue;
        }
        if ((c == ')' || c == ']') && depth > 0) {
            depth--;
            continue;
        }
        if (depth > 0 || c == ' ')
            continue;
        norm[out++] = c;
    }
    norm[out] = '\0';
    *out_len = out;
    return norm;
}

const char *kj_org_key_of_plain(kj_arena *arena, const char *plain, size_t len)
{
    const kj_org_table *t = kj_org_table_get();
    char *key = kj_arena_alloc(arena, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        const kj_phrase *p = kj_phrases_at(&t->legal_forms, plain + i, len - i);
        if (p) {
            i += p->len;
            continue;
        }
        char c = plain[i++];
        key[n++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    /* A legal form cut short at the end (`アクサ生命保険株式会`). */
    for (size_t i = 0; i < t->truncated_forms.n; i++) {
        const kj_phrase *p = &t->truncated_forms.items[i];
        if (n > p->len && memcmp(key + n - p->len, p->text, p->len) == 0) {
            n -= p->len;
            break;
        }
    }
    key[n] = '\0';
    return key;
}

const char *kj_org_key(kj_arena *arena, const char *name)
{
    size_t len;
    const char *plain = kj_org_plain(arena, name, &len);
    return kj_org_key_of_plain(arena, plain, len);
}

static bool has_suffix(const kj_phrases *set, const char *s, size_t len)
{
    for (size_t i = 0; i < set->n; i++) {
        const kj_phrase *p = &set->items[i];
        if (p->len <= len && memcmp(s + len - p->len, p->text, p->len) == 0)
            return true;
    }
    return false;
}

int kj_org_name_type(const char *plain, size_t len)
{
    const kj_org_table *t = kj_org_table_get();
    for (int k = 0; len && k < KJ_ORG__COUNT; k++) {
        int type = t->type_order[k];
        if (kj_phrases_in(&t->contains[type], plain, len))
            return type;
    }
    for (int k = 0; len && k < KJ_ORG__COUNT; k++) {
        int type = t->type_order[k];
        if (has_suffix(&t->suffixes[type], plain, len))
            return type;
    }
    return -1;
}

kj_org_type kj_org_classify_plain(const char *plain, size_t len, int self_type, kj_set victims)
{
    const kj_org_table *t = kj_org_table_get();
    int by_name = kj_org_name_type(plain, len);
    if (by_name >= 0)
        return (kj_org_type)by_name;
    if (self_type >= 0 && self_type < KJ_ORG__COUNT)
        return (kj_org_type)self_type;
    for (int v = 0; v < KJ_VICTIM__COUNT; v++)
        if (KJ_SET_HAS(victims, v) && t->victim_hint[v] >= 0)
            return (kj_org_type)t->victim_hint[v];
    return KJ_ORG_OTHER;
}

kj_org_type kj_org_classify(const char *name, int self_type, kj_set victims)
{
    kj_arena *scratch = kj_arena_new();
    size_t len;
    const char *plain = kj_org_plain(scratch, name, &len);
    kj_org_type type = kj_org_classify_plain(plain, len, self_type, victims);
    kj_arena_free(scratch);
    return type;
}

const kj_phrases *kj_org_self_references(void)
{
    return &kj_org_table_get()->text_cues;
}

const kj_phrases *kj_org_legal_forms(void)
{
    return &kj_org_table_get()->legal_forms;
}

size_t kj_org_alias_count(void)
{
    return kj_org_table_get()->n_alias_names;
}

const char *kj_org_alias_name(size_t i, int *group)
{
    const kj_org_table *t = kj_org_table_get();
    if (i >= t->n_alias_names)
        return NULL;
    *group = t->alias_group[i];
    return t->alias_names[i];
}

bool kj_org_key_extends(const char *shorter, const char *longer)
{
    size_t n = strlen(shorter);
    return n >= KJ_ORG_EXTENDED_MIN && strlen(longer) > n && strncmp(shorter, longer, n) == 0;
}
