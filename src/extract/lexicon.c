/*
 * lexicon.c — loading the extraction lexicon (JSON) into a matcher.
 *
 * The JSON maps schema values and cue names to lists of surface words.
 * Loading normalises every word the way body text is normalised (so an
 * editor may type ＩＤ or ID), merges words listed under several names into
 * one entry that carries all their meanings, and indexes the entries by
 * their first character, longest first, for the leftmost-longest scan in
 * scan.c.  After loading the lexicon is only read.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "extract_internal.h"
#include "kaiji/text.h"

extern const char kj_lexicon_builtin_json[];
extern const size_t kj_lexicon_builtin_json_len;

static const char *const cue_names[CUE__COUNT] = {
#define X(id, name) [CUE_##id] = name,
    KJ_CUES(X)
#undef X
};

const char *cue_name(cue c)
{
    return (unsigned)c < CUE__COUNT ? cue_names[c] : "?";
}

static const char *const unit_names[UNIT__COUNT] = {[UNIT_NONE] = "",
                                                    [UNIT_PERSON] = "person",
                                                    [UNIT_RECORD] = "record",
                                                    [UNIT_ORGANIZATION] = "organization"};

const lex_entry *lex_entry_at(const kj_lexicon *lex, uint32_t id)
{
    return &lex->entries[id];
}

size_t kj_lexicon_size(const kj_lexicon *lex)
{
    return lex ? lex->n_entries : 0;
}

/* ------------------------------------------------------------ errors */

/* Line and column (in characters, 1-based) of byte offset `at`. */
static void position(const char *json, size_t at, int *line, int *column)
{
    *line = 1;
    *column = 1;
    for (size_t i = 0; i < at; i++) {
        if (json[i] == '\n') {
            (*line)++;
            *column = 1;
        } else if (((unsigned char)json[i] & 0xC0) != 0x80) {
            (*column)++;
        }
    }
}

/*
 * jansson keeps no positions for values, so a semantic error is placed at
 * the first occurrence of the offending quoted string after `after` (the
 * position of its parent key), which is where an editor would look.
 */
static size_t find_quoted(const char *json, size_t len, size_t after, const char *text)
{
    size_t n = strlen(text);
    for (size_t i = after; i + n + 2 <= len; i++)
        if (json[i] == '"' && memcmp(json + i + 1, text, n) == 0 && json[i + 1 + n] == '"')
            return i;
    return after < len ? after : 0;
}

typedef struct load_state {
    const char *json;
    size_t len;
    const char *name;
    kj_error *err;
    kj_arena *tmp;
    /* entries being built */
    lex_entry *entries;
    size_t n_entries, cap_entries;
    const char **texts; /* normalised text of each entry (in tmp) */
    uint32_t *table;    /* open addressing: entry id + 1, 0 = empty */
    size_t table_size;
    lex_unit *units;
    size_t n_units, cap_units;
} load_state;

static kj_status fail_at(load_state *st, size_t at, const char *fmt, const char *a, const char *b)
{
    int line, column;
    position(st->json, at, &line, &column);
    char reason[512];
    snprintf(reason, sizeof reason, fmt, a, b);
    return kj_error_set(st->err, KJ_ERR_CONFIG, "%s:%d:%d: %s", st->name, line, column, reason);
}

/* ----------------------------------------------------------- entries */

static uint32_t hash_text(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void grow_table(load_state *st)
{
    size_t size = st->table_size ? st->table_size * 2 : 4096;
    uint32_t *table = calloc(size, sizeof *table);
    if (!table)
        abort();
    for (size_t i = 0; i < st->n_entries; i++) {
        const char *t = st->texts[i];
        size_t slot = hash_text(t, st->entries[i].len) & (size - 1);
        while (table[slot])
            slot = (slot + 1) & (size - 1);
        table[slot] = (uint32_t)i + 1;
    }
    free(st->table);
    st->table = table;
    st->table_size = size;
}

/* The entry for `text` (normalised), created on first sight. */
static lex_entry *entry_for(load_state *st, const char *text, size_t len)
{
    if ((st->n_entries + 1) * 2 > st->table_size)
        grow_table(st);
    size_t slot = hash_text(text, len) & (st->table_size - 1);
    while (st->table[slot]) {
        uint32_t id = st->table[slot] - 1;
        if (st->entries[id].len == len && memcmp(st->texts[id], text, len) == 0)
            return &st->entries[id];
        slot = (slot + 1) & (st->table_size - 1);
    }
    if (st->n_entries == st->cap_entries) {
        st->cap_entries = st->cap_entries ? st->cap_entries * 2 : 512;
        lex_entry *e = realloc(st->entries, st->cap_entries * sizeof *e);
        const char **t = realloc(st->texts, st->cap_entries * sizeof *t);
        if (!e || !t)
            abort();
        st->entries = e;
        st->texts = t;
    }
    size_t id = st->n_entries++;
    st->entries[id] = (lex_entry){.len = (uint16_t)len};
    st->texts[id] = text;
    st->table[slot] = (uint32_t)id + 1;
    return &st->entries[id];
}

/* What a list of words adds to each word's entry. */
typedef struct meaning {
    int vocab; /* kj_vocab, or -1 */
    int value;
    int cue;  /* cue, or -1 */
    int unit; /* unit_kind for "units", else 0 */
    bool ignore;
} meaning;

static kj_status add_word(load_state *st, size_t at, const char *word, const meaning *m)
{
    size_t n = 0;
    const char *norm = kj_normalize(st->tmp, word, strlen(word), &n);
    if (n == 0)
        return fail_at(st, find_quoted(st->json, st->len, at, word), "empty word \"%s\"%s", word,
                       "");
    if (n > 200)
        return fail_at(st, find_quoted(st->json, st->len, at, word),
                       "word \"%.40s…\" is longer than 200 bytes%s", word, "");
    if (m->unit) {
        if (st->n_units == st->cap_units) {
            st->cap_units = st->cap_units ? st->cap_units * 2 : 32;
            lex_unit *u = realloc(st->units, st->cap_units * sizeof *u);
            if (!u)
                abort();
            st->units = u;
        }
        st->units[st->n_units++] = (lex_unit){norm, (uint16_t)n, (uint8_t)m->unit};
        return KJ_OK;
    }
    lex_entry *e = entry_for(st, norm, n);
    if (m->ignore)
        e->ignore = true;
    if (m->cue >= 0)
        e->cues |= (cue_set)1 << m->cue;
    switch (m->vocab) {
    case KJ_VOCAB_ATTACK:
        KJ_SET_ADD(e->attacks, m->value);
        break;
    case KJ_VOCAB_VICTIM:
        KJ_SET_ADD(e->victims, m->value);
        break;
    case KJ_VOCAB_DATA:
        KJ_SET_ADD(e->data, m->value);
        break;
    case KJ_VOCAB_AUTHORITY:
        e->authorities |= (uint8_t)(1u << m->value);
        break;
    default:
        break;
    }
    return KJ_OK;
}

/* Position just after `"key"` inside the object starting at `after`. */
static size_t key_position(const load_state *st, size_t after, const char *key)
{
    return find_quoted(st->json, st->len, after, key);
}

static kj_status add_list(load_state *st, size_t at, const char *key, json_t *list,
                          const meaning *m)
{
    if (!json_is_array(list))
        return fail_at(st, at, "\"%s\" must be a list of words%s", key, "");
    size_t i;
    json_t *item;
    json_array_foreach(list, i, item)
    {
        if (!json_is_string(item)) {
            char index[24];
            snprintf(index, sizeof index, "%zu", i + 1);
            return fail_at(st, at, "\"%s\": item %s is not a string", key, index);
        }
        kj_status s = add_word(st, at, json_string_value(item), m);
        if (s != KJ_OK)
            return s;
    }
    return KJ_OK;
}

/* An object of lists whose keys are schema values of `vocab`. */
static kj_status add_vocab_group(load_state *st, size_t at, json_t *obj, kj_vocab vocab,
                                 const char *group)
{
    if (!json_is_object(obj))
        return fail_at(st, at, "\"%s\" must be an object of word lists%s", group, "");
    const char *key;
    json_t *list;
    json_object_foreach(obj, key, list)
    {
        size_t kat = key_position(st, at, key);
        int value = kj_vocab_lookup(vocab, key);
        if (value < 0)
            return fail_at(st, kat, "\"%s\" is not a value of %s in SCHEMA.md", key, group);
        meaning m = {.vocab = (int)vocab, .value = value, .cue = -1};
        kj_status s = add_list(st, kat, key, list, &m);
        if (s != KJ_OK)
            return s;
    }
    return KJ_OK;
}

static kj_status add_cues(load_state *st, size_t at, json_t *obj)
{
    if (!json_is_object(obj))
        return fail_at(st, at, "\"%s\" must be an object of word lists%s", "cues", "");
    const char *key;
    json_t *list;
    json_object_foreach(obj, key, list)
    {
        size_t kat = key_position(st, at, key);
        int c = -1;
        for (int k = 0; k < CUE__COUNT; k++)
            if (strcmp(cue_names[k], key) == 0)
                c = k;
        if (c < 0)
            return fail_at(st, kat, "\"%s\" is not a cue the extractor reads%s", key, "");
        meaning m = {.vocab = -1, .cue = c};
        kj_status s = add_list(st, kat, key, list, &m);
        if (s != KJ_OK)
            return s;
    }
    return KJ_OK;
}

static kj_status add_units(load_state *st, size_t at, json_t *obj)
{
    if (!json_is_object(obj))
        return fail_at(st, at, "\"%s\" must be an object of word lists%s", "units", "");
    const char *key;
    json_t *list;
    json_object_foreach(obj, key, list)
    {
        size_t kat = key_position(st, at, key);
        int u = 0;
        for (int k = 1; k < UNIT__COUNT; k++)
            if (strcmp(unit_names[k], key) == 0)
                u = k;
        if (!u)
            return fail_at(st, kat, "\"%s\" is not a unit kind (person, record, organization)%s",
                           key, "");
        meaning m = {.vocab = -1, .cue = -1, .unit = u};
        kj_status s = add_list(st, kat, key, list, &m);
        if (s != KJ_OK)
            return s;
    }
    return KJ_OK;
}

/* ------------------------------------------------------------- index */

static uint32_t first_code_point(const char *s, size_t len)
{
    size_t adv;
    int32_t cp = kj_utf8_decode(s, len, &adv);
    return cp < 0 ? 0 : (uint32_t)cp & 0xFFFF;
}

/* Characters where kj_read_number / kj_read_date may start: digits, kanji
 * numerals, 約/最大/概ね, eras and the relative date words. */
static void mark_triggers(uint32_t *first)
{
    static const char *const starts[] = {"〇", "零", "一", "二", "三", "四", "五", "六", "七",
                                         "八", "九", "十", "百", "千", "数", "約", "最", "概",
                                         "令", "平", "同", "翌", "前", "当", "本", "今", "昨"};
    for (uint32_t cp = '0'; cp <= '9'; cp++)
        first[cp] |= LEX_TRIGGER;
    for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++)
        first[first_code_point(starts[i], strlen(starts[i]))] |= LEX_TRIGGER;
}

static const char *sort_strings;
static const lex_entry *sort_entries;

static int by_first_then_longest(const void *a, const void *b)
{
    const lex_entry *x = &sort_entries[*(const uint32_t *)a];
    const lex_entry *y = &sort_entries[*(const uint32_t *)b];
    uint32_t fx = first_code_point(sort_strings + x->text, x->len);
    uint32_t fy = first_code_point(sort_strings + y->text, y->len);
    if (fx != fy)
        return fx < fy ? -1 : 1;
    if (x->len != y->len)
        return x->len > y->len ? -1 : 1;
    return memcmp(sort_strings + x->text, sort_strings + y->text, x->len);
}

static int unit_longest_first(const void *a, const void *b)
{
    const lex_unit *x = a, *y = b;
    return (int)y->len - (int)x->len;
}

/* Copies the entries into their final, compact form and builds the index. */
static kj_lexicon *build(load_state *st)
{
    kj_lexicon *lex = calloc(1, sizeof *lex);
    size_t pool = 0;
    for (size_t i = 0; i < st->n_entries; i++)
        pool += st->entries[i].len + 1;
    for (size_t i = 0; i < st->n_units; i++)
        pool += st->units[i].len + 1;
    lex->strings = malloc(pool ? pool : 1);
    lex->entries = malloc((st->n_entries ? st->n_entries : 1) * sizeof *lex->entries);
    lex->buckets = malloc((st->n_entries ? st->n_entries : 1) * sizeof *lex->buckets);
    lex->first = calloc(0x10000, sizeof *lex->first);
    lex->units = malloc((st->n_units ? st->n_units : 1) * sizeof *lex->units);
    if (!lex || !lex->strings || !lex->entries || !lex->buckets || !lex->first || !lex->units)
        abort();
    size_t off = 0;
    for (size_t i = 0; i < st->n_entries; i++) {
        lex->entries[i] = st->entries[i];
        lex->entries[i].text = (uint32_t)off;
        memcpy(lex->strings + off, st->texts[i], st->entries[i].len);
        lex->strings[off + st->entries[i].len] = '\0';
        off += st->entries[i].len + 1;
        lex->buckets[i] = (uint32_t)i;
    }
    lex->n_entries = st->n_entries;
    for (size_t i = 0; i < st->n_units; i++) {
        memcpy(lex->strings + off, st->units[i].text, st->units[i].len);
        lex->strings[off + st->units[i].len] = '\0';
        lex->units[i] = st->units[i];
        lex->units[i].text = lex->strings + off;
        off += st->units[i].len + 1;
    }
    lex->n_units = st->n_units;
    qsort(lex->units, lex->n_units, sizeof *lex->units, unit_longest_first);

    /* qsort has no context argument; the lexicon is built under a lock. */
    static pthread_mutex_t sort_lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&sort_lock);
    sort_strings = lex->strings;
    sort_entries = lex->entries;
    qsort(lex->buckets, lex->n_entries, sizeof *lex->buckets, by_first_then_longest);
    pthread_mutex_unlock(&sort_lock);

    for (size_t i = 0; i < lex->n_entries;) {
        const lex_entry *e = &lex->entries[lex->buckets[i]];
        uint32_t cp = first_code_point(lex->strings + e->text, e->len);
        size_t j = i;
        while (j < lex->n_entries) {
            const lex_entry *f = &lex->entries[lex->buckets[j]];
            if (first_code_point(lex->strings + f->text, f->len) != cp)
                break;
            j++;
        }
        size_t count = j - i;
        if (count > LEX_COUNT_MASK)
            count = LEX_COUNT_MASK; /* 2,047 words with one first character: the rest unused */
        lex->first[cp] = (uint32_t)(i << LEX_START_SHIFT) | (uint32_t)count;
        i = j;
    }
    mark_triggers(lex->first);
    return lex;
}

/* ------------------------------------------------------------ loading */

kj_lexicon *kj_lexicon_load_buffer(const char *json, size_t len, const char *name, kj_error *err)
{
    kj_error_clear(err);
    if (!name)
        name = "lexicon";
    json_error_t jerr;
    json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        kj_error_set(err, KJ_ERR_CONFIG, "%s:%d:%d: %s", name, jerr.line, jerr.column, jerr.text);
        return NULL;
    }
    load_state st = {.json = json, .len = len, .name = name, .err = err, .tmp = kj_arena_new()};
    if (!st.tmp)
        abort();
    kj_status s = KJ_OK;
    if (!json_is_object(root))
        s = fail_at(&st, 0, "the lexicon must be a JSON object%s%s", "", "");
    const char *key;
    json_t *value;
    if (s == KJ_OK) {
        json_object_foreach(root, key, value)
        {
            size_t at = key_position(&st, 0, key);
            if (strcmp(key, "about") == 0)
                continue;
            else if (strcmp(key, "attack_types") == 0)
                s = add_vocab_group(&st, at, value, KJ_VOCAB_ATTACK, key);
            else if (strcmp(key, "victim_categories") == 0)
                s = add_vocab_group(&st, at, value, KJ_VOCAB_VICTIM, key);
            else if (strcmp(key, "data_types") == 0)
                s = add_vocab_group(&st, at, value, KJ_VOCAB_DATA, key);
            else if (strcmp(key, "reported_to") == 0)
                s = add_vocab_group(&st, at, value, KJ_VOCAB_AUTHORITY, key);
            else if (strcmp(key, "cues") == 0)
                s = add_cues(&st, at, value);
            else if (strcmp(key, "units") == 0)
                s = add_units(&st, at, value);
            else if (strcmp(key, "ignore") == 0) {
                meaning m = {.vocab = -1, .cue = -1, .ignore = true};
                s = add_list(&st, at, key, value, &m);
            } else
                s = fail_at(&st, at,
                            "unknown section \"%s\" (expected about, attack_types, "
                            "victim_categories, data_types, reported_to, cues, units, ignore)%s",
                            key, "");
            if (s != KJ_OK)
                break;
        }
    }
    kj_lexicon *lex = s == KJ_OK ? build(&st) : NULL;
    json_decref(root);
    free(st.entries);
    free(st.texts);
    free(st.table);
    free(st.units);
    kj_arena_free(st.tmp);
    return lex;
}

kj_lexicon *kj_lexicon_load_file(const char *path, kj_error *err)
{
    kj_error_clear(err);
    FILE *f = fopen(path, "rb");
    if (!f) {
        kj_error_set(err, errno == ENOENT ? KJ_ERR_NOINPUT : KJ_ERR_CONFIG,
                     "%s: cannot open lexicon: %s", path, strerror(errno));
        return NULL;
    }
    kj_buf buf = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        kj_buf_append(&buf, chunk, n);
    bool bad = ferror(f);
    fclose(f);
    if (bad) {
        kj_buf_free(&buf);
        kj_error_set(err, KJ_ERR_IO, "%s: cannot read lexicon", path);
        return NULL;
    }
    kj_lexicon *lex = kj_lexicon_load_buffer(buf.data ? buf.data : "", buf.len, path, err);
    kj_buf_free(&buf);
    return lex;
}

void kj_lexicon_free(kj_lexicon *lex)
{
    if (!lex || lex->builtin)
        return;
    free(lex->entries);
    free(lex->strings);
    free(lex->first);
    free(lex->buckets);
    free(lex->units);
    free(lex);
}

static kj_lexicon *builtin;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

static void load_builtin(void)
{
    kj_error err;
    builtin = kj_lexicon_load_buffer(kj_lexicon_builtin_json, kj_lexicon_builtin_json_len,
                                     "lexicon.json (built in)", &err);
    if (!builtin) {
        fprintf(stderr, "kaiji: %s\n", err.message);
        abort();
    }
    builtin->builtin = true;
}

const kj_lexicon *kj_lexicon_default(void)
{
    pthread_once(&builtin_once, load_builtin);
    return builtin;
}

const char *kj_lexicon_default_text(void)
{
    return kj_lexicon_builtin_json;
}
