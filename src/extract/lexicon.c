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
#include <unistd.h>

#include "kaiji/alloc.h"
#include "extract_internal.h"
#include "kaiji/readfile.h"
#include "kaiji/text.h"

/* A lexicon is a few hundred kilobytes; anything near this is not one. */
#define KJ_LEXICON_MAX_BYTES (16u << 20)

extern const char kj_lexicon_builtin_json[];
extern const size_t kj_lexicon_builtin_json_len;

static const char *const cue_names[CUE__COUNT] = {
#define X(id, name) [CUE_##id] = name,
    KJ_CUES(X)
#undef X
};

const char *kj_cue_name(cue c)
{
    return (unsigned)c < CUE__COUNT ? cue_names[c] : "?";
}

static const char *const unit_names[UNIT__COUNT] = {[UNIT_NONE] = "",
                                                    [UNIT_PERSON] = "person",
                                                    [UNIT_RECORD] = "record",
                                                    [UNIT_ORGANIZATION] = "organization",
                                                    [UNIT_ACCOUNT] = "account"};

const lex_entry *kj_lex_entry_at(const kj_lexicon *lex, uint32_t id)
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

typedef struct load_state {
    const char *json;
    size_t len;
    size_t i; /* read position */
    const char *name;
    kj_error *err;
    kj_arena *tmp;
    kj_buf word; /* the string being read, unescaped */
    /* entries being built */
    lex_entry *entries;
    size_t n_entries, cap_entries;
    const char **texts; /* normalised text of each entry (in tmp) */
    uint32_t *table;    /* open addressing: entry id + 1, 0 = empty */
    size_t table_size;
    lex_unit *units;
    size_t n_units, cap_units;
} load_state;

/* Fails with `NAME:LINE:COLUMN: reason` pointing at byte `at`. */
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
    uint32_t *table = kj_xcalloc(size, sizeof *table);
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
        lex_entry *e = kj_xrealloc(st->entries, st->cap_entries * sizeof *e);
        const char **t = kj_xrealloc(st->texts, st->cap_entries * sizeof *t);
        st->entries = e;
        st->texts = t;
    }
    size_t id = st->n_entries++;
    st->entries[id] = (lex_entry){.len = (uint16_t)len};
    st->texts[id] = text;
    st->table[slot] = (uint32_t)id + 1;
    return &st->entries[id];
}

/* ------------------------------------------------------------- JSON */

/*
 * The lexicon is read with a small JSON reader of its own rather than a
 * general library: it knows where every word and key stands, so a
 * misspelt cue name or a number in a word list is reported at its line
 * and column, and reading the built-in lexicon costs a fraction of
 * building a tree first.  It accepts standard JSON (RFC 8259).
 */

static void skip_space(load_state *st)
{
    while (st->i < st->len) {
        char c = st->json[st->i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        st->i++;
    }
}

static int peek(load_state *st)
{
    skip_space(st);
    return st->i < st->len ? (unsigned char)st->json[st->i] : -1;
}

static kj_status expect(load_state *st, char c, const char *what)
{
    if (peek(st) != (unsigned char)c)
        return fail_at(st, st->i, "expected %s%s", what,
                       st->i < st->len ? "" : " before the end of the file");
    st->i++;
    return KJ_OK;
}

static bool read_hex4(load_state *st, size_t at, uint32_t *v)
{
    *v = 0;
    for (int k = 0; k < 4; k++) {
        int d = at + (size_t)k < st->len ? kj_hex_value(st->json[at + (size_t)k]) : -1;
        if (d < 0)
            return false;
        *v = *v << 4 | (uint32_t)d;
    }
    return true;
}

/* Reads a string into st->word (unescaped, NUL-terminated). */
static kj_status read_string(load_state *st)
{
    size_t start = st->i;
    kj_status s = expect(st, '"', "a string in double quotes");
    if (s != KJ_OK)
        return s;
    kj_buf_reset(&st->word);
    while (st->i < st->len) {
        size_t run = st->i;
        while (st->i < st->len && st->json[st->i] != '"' && st->json[st->i] != '\\' &&
               (unsigned char)st->json[st->i] >= 0x20)
            st->i++;
        kj_buf_append(&st->word, st->json + run, st->i - run);
        if (st->i >= st->len)
            break;
        char c = st->json[st->i];
        if (c == '"') {
            st->i++;
            kj_buf_append(&st->word, "", 0);
            return KJ_OK;
        }
        if (c != '\\')
            return fail_at(st, st->i, "control character in a string%s%s", "", "");
        if (st->i + 1 >= st->len)
            break;
        char e = st->json[st->i + 1];
        const char *plain = strchr("\"\\/bfnrt", e);
        if (e && plain) {
            static const char map[] = "\"\\/\b\f\n\r\t";
            kj_buf_putc(&st->word, map[plain - "\"\\/bfnrt"]);
            st->i += 2;
            continue;
        }
        uint32_t cp;
        if (e != 'u' || !read_hex4(st, st->i + 2, &cp))
            return fail_at(st, st->i, "bad escape in a string%s%s", "", "");
        st->i += 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t low;
            if (st->i + 6 > st->len || st->json[st->i] != '\\' || st->json[st->i + 1] != 'u' ||
                !read_hex4(st, st->i + 2, &low) || low < 0xDC00 || low > 0xDFFF)
                return fail_at(st, st->i, "unpaired surrogate in a string%s%s", "", "");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            st->i += 6;
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return fail_at(st, st->i - 6, "unpaired surrogate in a string%s%s", "", "");
        }
        if (cp == 0)
            return fail_at(st, st->i - 6, "NUL character in a string%s%s", "", "");
        char enc[4];
        kj_buf_append(&st->word, enc, kj_utf8_encode((int32_t)cp, enc));
    }
    return fail_at(st, start, "string not closed%s%s", "", "");
}

/* Skips any JSON value (the "about" text). */
static kj_status skip_value(load_state *st, int depth)
{
    int c = peek(st);
    if (depth > 64)
        return fail_at(st, st->i, "nested too deeply%s%s", "", "");
    if (c == '"')
        return read_string(st);
    if (c == '[' || c == '{') {
        char close = c == '[' ? ']' : '}';
        st->i++;
        if (peek(st) == close) {
            st->i++;
            return KJ_OK;
        }
        for (;;) {
            kj_status s;
            if (c == '{') {
                if ((s = read_string(st)) != KJ_OK || (s = expect(st, ':', "':'")) != KJ_OK)
                    return s;
            }
            if ((s = skip_value(st, depth + 1)) != KJ_OK)
                return s;
            int n = peek(st);
            st->i++;
            if (n == close)
                return KJ_OK;
            if (n != ',')
                return fail_at(st, st->i - 1, "expected ',' or '%s'%s", close == ']' ? "]" : "}",
                               "");
        }
    }
    /* numbers, true, false, null */
    size_t start = st->i;
    while (st->i < st->len && strchr("+-.0123456789eEtruefalsn", st->json[st->i]))
        st->i++;
    if (st->i == start)
        return fail_at(st, start, "expected a value%s%s", "", "");
    return KJ_OK;
}

/*
 * Walks an object: for each key, `on_key` reads the value (the reader
 * stands just after the ':').  Duplicate keys are errors, as a second
 * list would silently replace the first in most JSON tools.
 */
typedef kj_status (*key_fn)(load_state *st, const char *key, size_t key_at, const void *arg);

static kj_status read_object(load_state *st, key_fn on_key, const void *arg)
{
    kj_status s = expect(st, '{', "'{'");
    if (s != KJ_OK)
        return s;
    if (peek(st) == '}') {
        st->i++;
        return KJ_OK;
    }
    const char *seen[64];
    size_t n_seen = 0;
    for (;;) {
        size_t key_at = st->i;
        if ((s = read_string(st)) != KJ_OK)
            return s;
        const char *key = kj_arena_strdup(st->tmp, st->word.data);
        for (size_t k = 0; k < n_seen; k++)
            if (strcmp(seen[k], key) == 0)
                return fail_at(st, key_at, "\"%s\" appears twice%s", key, "");
        if (n_seen < 64)
            seen[n_seen++] = key;
        if ((s = expect(st, ':', "':' after the key")) != KJ_OK)
            return s;
        if ((s = on_key(st, key, key_at, arg)) != KJ_OK)
            return s;
        int c = peek(st);
        st->i++;
        if (c == '}')
            return KJ_OK;
        if (c != ',')
            return fail_at(st, st->i - 1, "expected ',' or '}'%s%s", "", "");
    }
}

/* What a list of words adds to each word's entry. */
typedef struct meaning {
    int vocab; /* kj_vocab, or -1 */
    int value;
    int cue;  /* cue, or -1 */
    int unit; /* unit_kind for "units", else 0 */
    bool ignore;
} meaning;

static kj_status add_word(load_state *st, size_t at, const meaning *m)
{
    size_t n = 0;
    const char *norm = kj_normalize(st->tmp, st->word.data, st->word.len, &n);
    if (n == 0)
        return fail_at(st, at, "empty word%s%s", "", "");
    if (n > 200)
        return fail_at(st, at, "word longer than 200 bytes%s%s", "", "");
    if (m->unit) {
        if (st->n_units == st->cap_units) {
            st->cap_units = st->cap_units ? st->cap_units * 2 : 32;
            lex_unit *u = kj_xrealloc(st->units, st->cap_units * sizeof *u);
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

/* A list of words, each given meaning `m`. */
static kj_status read_words(load_state *st, const char *key, const meaning *m)
{
    size_t at = st->i;
    if (peek(st) != '[')
        return fail_at(st, at, "\"%s\" must be a list of words [\"…\", …]%s", key, "");
    st->i++;
    if (peek(st) == ']') {
        st->i++;
        return KJ_OK;
    }
    for (;;) {
        size_t word_at = st->i;
        if (peek(st) != '"')
            return fail_at(st, st->i, "\"%s\": every item must be a word in double quotes%s", key,
                           "");
        kj_status s = read_string(st);
        if (s == KJ_OK)
            s = add_word(st, word_at, m);
        if (s != KJ_OK)
            return s;
        int c = peek(st);
        st->i++;
        if (c == ']')
            return KJ_OK;
        if (c != ',')
            return fail_at(st, st->i - 1, "expected ',' or ']' in \"%s\"%s", key, "");
    }
}

typedef struct group {
    const char *name;
    kj_vocab vocab; /* for schema vocabularies */
    int kind;       /* 0 vocabulary, 1 cues, 2 units */
} group;

static kj_status group_key(load_state *st, const char *key, size_t key_at, const void *arg)
{
    const group *g = arg;
    meaning m = {.vocab = -1, .cue = -1};
    if (g->kind == 0) {
        m.vocab = (int)g->vocab;
        m.value = kj_vocab_lookup(g->vocab, key);
        if (m.value < 0)
            return fail_at(st, key_at, "\"%s\" is not a value of %s in SCHEMA.md", key, g->name);
    } else if (g->kind == 1) {
        for (int k = 0; k < CUE__COUNT; k++)
            if (strcmp(cue_names[k], key) == 0)
                m.cue = k;
        if (m.cue < 0)
            return fail_at(st, key_at, "\"%s\" is not a cue the extractor reads%s", key, "");
    } else {
        for (int k = 1; k < UNIT__COUNT; k++)
            if (strcmp(unit_names[k], key) == 0)
                m.unit = k;
        if (!m.unit)
            return fail_at(st, key_at, "\"%s\" is not a unit kind (person, record, organization)%s",
                           key, "");
    }
    return read_words(st, key, &m);
}

static kj_status root_key(load_state *st, const char *key, size_t key_at, const void *arg)
{
    (void)arg;
    static const group groups[] = {
        {"attack_types", KJ_VOCAB_ATTACK, 0}, {"victim_categories", KJ_VOCAB_VICTIM, 0},
        {"data_types", KJ_VOCAB_DATA, 0},     {"reported_to", KJ_VOCAB_AUTHORITY, 0},
        {"cues", KJ_VOCAB__COUNT, 1},         {"units", KJ_VOCAB__COUNT, 2},
    };
    if (strcmp(key, "about") == 0)
        return skip_value(st, 0);
    if (strcmp(key, "ignore") == 0) {
        meaning m = {.vocab = -1, .cue = -1, .ignore = true};
        return read_words(st, key, &m);
    }
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++) {
        if (strcmp(key, groups[g].name) == 0) {
            if (peek(st) != '{')
                return fail_at(st, st->i, "\"%s\" must be an object of word lists%s", key, "");
            return read_object(st, group_key, &groups[g]);
        }
    }
    return fail_at(st, key_at,
                   "unknown section \"%s\" (expected about, attack_types, victim_categories, "
                   "data_types, reported_to, cues, units, ignore)%s",
                   key, "");
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
static void set_bit(uint64_t *bits, uint32_t i)
{
    bits[i >> 6] |= (uint64_t)1 << (i & 63);
}

static void mark_triggers(uint8_t *flags)
{
    static const char *const starts[] = {"〇", "零", "一", "二", "三", "四", "五", "六", "七",
                                         "八", "九", "十", "百", "千", "数", "約", "最", "概",
                                         "令", "平", "同", "翌", "前", "当", "本", "今", "昨"};
    for (uint32_t cp = '0'; cp <= '9'; cp++)
        flags[cp] |= LEX_F_TRIGGER;
    for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++)
        flags[first_code_point(starts[i], strlen(starts[i]))] |= LEX_F_TRIGGER;
    static const uint32_t marks[] = {'(',
                                     ')',
                                     '\n',
                                     '!',
                                     '?',
                                     0x3002 /* 。 */,
                                     0x300C /* 「 */,
                                     0x300D /* 」 */,
                                     0x300E /* 『 */,
                                     0x300F /* 』 */};
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
        flags[marks[i]] |= LEX_F_MARK;
}

/* qsort has no context argument: the three-character keys of the entries
 * being sorted, set under a lock (loading is rare). */
static const uint64_t *sort_keys;
static const lex_entry *sort_entries;

static int by_key_then_longest(const void *a, const void *b)
{
    uint32_t ia = *(const uint32_t *)a, ib = *(const uint32_t *)b;
    if (sort_keys[ia] != sort_keys[ib])
        return sort_keys[ia] < sort_keys[ib] ? -1 : 1;
    if (sort_entries[ia].len != sort_entries[ib].len)
        return sort_entries[ia].len > sort_entries[ib].len ? -1 : 1;
    return ia < ib ? -1 : ia > ib;
}

/* The slot for `key`, created empty when missing. */
static lex_slot *slot_for(kj_lexicon *lex, uint64_t key)
{
    uint32_t at = lex_hash(key) & lex->slot_mask;
    while (lex->slots[at].key && lex->slots[at].key != key)
        at = (at + 1) & lex->slot_mask;
    lex->slots[at].key = key;
    return &lex->slots[at];
}

static int unit_longest_first(const void *a, const void *b)
{
    const lex_unit *x = a, *y = b;
    return (int)y->len - (int)x->len;
}

/* Copies the entries into their final, compact form and builds the index. */
static kj_lexicon *build(load_state *st)
{
    if (st->n_entries >= UINT32_MAX / 8)
        kj_out_of_memory(SIZE_MAX); /* entry offsets are 32-bit */
    kj_lexicon *lex = kj_xcalloc(1, sizeof *lex);
    size_t pool = 0;
    for (size_t i = 0; i < st->n_entries; i++)
        pool += st->entries[i].len + 1;
    for (size_t i = 0; i < st->n_units; i++)
        pool += st->units[i].len + 1;
    lex->strings = kj_xmalloc(pool ? pool : 1);
    lex->entries = kj_xmalloc((st->n_entries ? st->n_entries : 1) * sizeof *lex->entries);
    lex->flags = kj_xcalloc(0x10000, 1);
    lex->pairs = kj_xcalloc((size_t)1 << (LEX_FILTER_BITS - 6), sizeof(uint64_t));
    lex->triples = kj_xcalloc((size_t)1 << (LEX_FILTER_BITS - 6), sizeof(uint64_t));
    lex->units = kj_xmalloc((st->n_units ? st->n_units : 1) * sizeof *lex->units);
    size_t off = 0;
    for (size_t i = 0; i < st->n_entries; i++) {
        lex->entries[i] = st->entries[i];
        lex->entries[i].text = (uint32_t)off;
        memcpy(lex->strings + off, st->texts[i], st->entries[i].len);
        lex->strings[off + st->entries[i].len] = '\0';
        off += st->entries[i].len + 1;
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

    /* Up to three code points of each word: one-character words go into
     * their own slot, two-character words into their pair's slot, longer
     * words into `matches` under their first three characters. */
    uint64_t *keys = kj_xmalloc((lex->n_entries ? lex->n_entries : 1) * sizeof *keys);
    lex_match *found = kj_xmalloc((lex->n_entries ? lex->n_entries : 1) * sizeof *found);
    uint32_t *order = kj_xmalloc((lex->n_entries ? lex->n_entries : 1) * sizeof *order);
    /* at most two keys a word (its first one to three characters and, for
     * longer words, their pair): a table twice that stays below half full */
    size_t slots = 64;
    while (slots < lex->n_entries * 2 + 64)
        slots *= 2;
    lex->slots = kj_xcalloc(slots, sizeof *lex->slots);
    lex->slot_mask = (uint32_t)(slots - 1);
    size_t n_longer = 0;
    for (size_t i = 0; i < lex->n_entries; i++) {
        lex_entry *e = &lex->entries[i];
        const char *t = lex->strings + e->text;
        uint32_t c[3] = {0, 0, 0};
        size_t at = 0;
        int n = 0;
        while (n < 3 && at < e->len) {
            size_t adv;
            int32_t cp = kj_utf8_decode(t + at, e->len - at, &adv);
            c[n++] = cp <= 0 ? 0xFFFD : (uint32_t)cp & 0xFFFF;
            at += adv;
        }
        keys[i] = 0;
        if (n == 1) {
            lex->flags[c[0]] |= LEX_F_ONE;
            slot_for(lex, LEX_KEY1(c[0]))->value =
                (uint32_t)(i + 1) | (e->ignore ? LEX_IGNORED : 0);
            continue;
        }
        lex->flags[c[0]] |= LEX_F_LONGER;
        set_bit(lex->pairs, lex_filter2(c[0], c[1]));
        lex_slot *pair = slot_for(lex, LEX_KEY2(c[0], c[1]));
        if (n == 2 && at == e->len) {
            pair->value = (uint32_t)(i + 1) | (e->ignore ? LEX_IGNORED : 0);
            continue;
        }
        pair->longer = 1;
        set_bit(lex->triples, lex_filter3(c[0], c[1], c[2]));
        keys[i] = LEX_KEY3(c[0], c[1], c[2]);
        lex_match *m = &found[i];
        m->id = (uint32_t)i | (e->ignore ? LEX_IGNORED : 0);
        m->len = e->len;
        m->head = (uint8_t)at;
        m->next_len = (uint8_t)(e->len - at < 4 ? e->len - at : 4);
        m->next4 = m->next_mask = 0;
        memcpy(&m->next4, t + at, m->next_len);
        memset(&m->next_mask, 0xFF, m->next_len);
        m->rest = e->text + (uint32_t)at + m->next_len;
        order[n_longer++] = (uint32_t)i;
    }
    static pthread_mutex_t sort_lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&sort_lock);
    sort_keys = keys;
    sort_entries = lex->entries;
    qsort(order, n_longer, sizeof *order, by_key_then_longest);
    pthread_mutex_unlock(&sort_lock);
    lex->matches = kj_xmalloc((n_longer ? n_longer : 1) * sizeof *lex->matches);
    for (size_t i = 0; i < n_longer; i++)
        lex->matches[i] = found[order[i]];
    for (size_t i = 0; i < n_longer;) {
        uint64_t key = keys[order[i]];
        size_t j = i;
        while (j < n_longer && keys[order[j]] == key)
            j++;
        lex_slot *triple = slot_for(lex, key);
        triple->value = (uint32_t)i;
        triple->count = (uint16_t)(j - i < UINT16_MAX ? j - i : UINT16_MAX);
        i = j;
    }
    free(keys);
    free(found);
    free(order);
    mark_triggers(lex->flags);
    return lex;
}

/* ------------------------------------------------------------ loading */

kj_lexicon *kj_lexicon_load_buffer(const char *json, size_t len, const char *name, kj_error *err)
{
    kj_error_clear(err);
    load_state st = {.json = json ? json : "",
                     .len = json ? len : 0,
                     .name = name ? name : "lexicon",
                     .err = err,
                     .tmp = kj_arena_new()};
    kj_status s = KJ_OK;
    if (!kj_utf8_valid(st.json, st.len)) {
        size_t at = 0, adv;
        while (at < st.len && kj_utf8_decode(st.json + at, st.len - at, &adv) >= 0)
            at += adv;
        s = fail_at(&st, at, "not UTF-8 text%s%s", "", "");
    }
    if (s == KJ_OK && peek(&st) != '{')
        s = fail_at(&st, st.i, "the lexicon must be a JSON object { … }%s%s", "", "");
    if (s == KJ_OK)
        s = read_object(&st, root_key, NULL);
    if (s == KJ_OK && peek(&st) != -1)
        s = fail_at(&st, st.i, "text after the end of the lexicon object%s%s", "", "");
    kj_lexicon *lex = s == KJ_OK ? build(&st) : NULL;
    kj_buf_free(&st.word);
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
    char *text = NULL;
    size_t len = 0;
    kj_error rerr;
    kj_error_clear(&rerr);
    /* Through kj_read_file: a lexicon named by $KAIJI_LEXICON could be a
     * FIFO or /dev/zero, and a cron job must not hang on it. */
    if (kj_read_file(path, KJ_LEXICON_MAX_BYTES, &text, &len, &rerr) != KJ_OK) {
        kj_status st = rerr.status == KJ_ERR_IO ? KJ_ERR_IO : KJ_ERR_CONFIG;
        if (rerr.status == KJ_ERR_NOINPUT && access(path, F_OK) != 0)
            st = KJ_ERR_NOINPUT;
        kj_error_set(err, st, "%s: cannot use lexicon: %s", path, rerr.message);
        return NULL;
    }
    kj_lexicon *lex = kj_lexicon_load_buffer(text, len, path, err);
    free(text);
    return lex;
}

void kj_lexicon_free(kj_lexicon *lex)
{
    if (!lex || lex->builtin)
        return;
    free(lex->entries);
    free(lex->strings);
    free(lex->flags);
    free(lex->pairs);
    free(lex->triples);
    free(lex->matches);
    free(lex->slots);
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
