/*
 * listed.c — the exchange's list of listed issues, and which organisations
 * are on it.
 *
 * The user downloads the list (`data_j.xls`, or saves it as CSV); its
 * columns are found by their header, so a list with its columns in
 * another order, or fewer of them, reads the same.  Organisation names are
 * matched by their key (kj_org_key), never by containment: a subsidiary
 * whose name starts with its parent's is another company.
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/archive.h"
#include "kaiji/arena.h"
#include "kaiji/orgs.h"
#include "kaiji/readfile.h"
#include "kaiji/text.h"
#include "lists_internal.h"

enum {
    COL_DATE,
    COL_CODE,
    COL_NAME,
    COL_MARKET,
    COL_IND33_CODE,
    COL_IND33,
    COL_IND17_CODE,
    COL_IND17,
    COL_SIZE_CODE,
    COL_SIZE,
    COL__COUNT
};

static const char *const column_titles[COL__COUNT] = {
    "日付",       "コード",       "銘柄名",     "市場・商品区分", "33業種コード",
    "33業種区分", "17業種コード", "17業種区分", "規模コード",     "規模区分"};

typedef struct keyed {
    const char *key;
    size_t entry;
} keyed;

struct kj_listed {
    kj_arena *arena;
    kj_listed_entry *entries;
    size_t n, cap;
    keyed *index; /* by key, for bsearch */
};

/* The abbreviations the exchange writes for holding companies, read as the
 * word itself (keys are lower-case: kj_org_key folds ASCII). */
static const char *const holding_forms[] = {"ホールディングス", "ホールディング", "hldgs", "hd"};

/* `name`'s matching key in `arena`, a holding company's abbreviation at its
 * end written out. */
static const char *listed_key(kj_arena *arena, const char *name)
{
    const char *key = kj_org_key(arena, name);
    size_t len = strlen(key);
    for (size_t i = 0; i < sizeof holding_forms / sizeof holding_forms[0]; i++) {
        size_t n = strlen(holding_forms[i]);
        if (len > n && memcmp(key + len - n, holding_forms[i], n) == 0)
            return kj_arena_printf(arena, "%.*s%s", (int)(len - n), key, holding_forms[0]);
    }
    return key;
}

/* ------------------------------------------------------------- reading */

typedef struct reader {
    kj_listed *list;
    long col[COL__COUNT]; /* cell index of each column, -1 when missing */
    bool have_header;
    const char *path;
    kj_error *err;
    kj_status status;
} reader;

/* A header cell as written may carry spaces or full-width digits. */
static bool title_is(kj_arena *a, const char *cell, const char *title)
{
    size_t len;
    const char *norm = kj_normalize(a, cell, strlen(cell), &len);
    const char *want = kj_normalize(a, title, strlen(title), NULL);
    char *squeezed = kj_arena_strdup(a, norm);
    char *out = squeezed;
    for (const char *p = norm; *p; p++)
        if (*p != ' ')
            *out++ = *p;
    *out = '\0';
    return strcmp(squeezed, want) == 0;
}

static const char *cell_at(const reader *r, const char *const *cells, size_t n, int col)
{
    long i = r->col[col];
    if (i < 0 || (size_t)i >= n)
        return "";
    return cells[i];
}

/* Trims ASCII and ideographic spaces around a cell. */
static const char *trimmed(kj_arena *a, const char *s)
{
    static const char ideographic[] = "\xE3\x80\x80";
    for (;;) {
        if (*s == ' ' || *s == '\t')
            s++;
        else if (strncmp(s, ideographic, 3) == 0)
            s += 3;
        else
            break;
    }
    size_t len = strlen(s);
    for (;;) {
        if (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
            len--;
        else if (len >= 3 && memcmp(s + len - 3, ideographic, 3) == 0)
            len -= 3;
        else
            break;
    }
    return kj_arena_strndup(a, s, len);
}

static int take_row(void *ctx, const char *const *cells, size_t n, size_t row)
{
    reader *r = ctx;
    kj_listed *l = r->list;
    if (!r->have_header) {
        /* The first row that names コード and 銘柄名 is the header (a title
         * line above it is skipped). */
        for (int c = 0; c < COL__COUNT; c++) {
            r->col[c] = -1;
            for (size_t i = 0; i < n && r->col[c] < 0; i++)
                if (title_is(l->arena, cells[i], column_titles[c]))
                    r->col[c] = (long)i;
        }
        r->have_header = r->col[COL_CODE] >= 0 && r->col[COL_NAME] >= 0;
        if (!r->have_header && row >= 5) {
            r->status =
                kj_error_set(r->err, KJ_ERR_DATA,
                             "%s: no header row naming the columns コード and 銘柄名", r->path);
            return 1;
        }
        return 0;
    }
    const char *code = trimmed(l->arena, cell_at(r, cells, n, COL_CODE));
    const char *name = trimmed(l->arena, cell_at(r, cells, n, COL_NAME));
    if (!*code || !*name)
        return 0;
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 256;
        l->entries = kj_xrealloc(l->entries, l->cap * sizeof *l->entries);
    }
    kj_listed_entry *e = &l->entries[l->n++];
    const char *v[COL__COUNT];
    for (int c = 0; c < COL__COUNT; c++) {
        const char *s = trimmed(l->arena, cell_at(r, cells, n, c));
        v[c] = *s ? s : "-";
    }
    *e = (kj_listed_entry){v[COL_DATE],
                           code,
                           name,
                           v[COL_MARKET],
                           v[COL_IND33_CODE],
                           v[COL_IND33],
                           v[COL_IND17_CODE],
                           v[COL_IND17],
                           v[COL_SIZE_CODE],
                           v[COL_SIZE]};
    return 0;
}

static int keyed_order(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    /* Two issues of one name (a company's common and preferred shares):
     * the first in the file answers. */
    return c ? c : (x->entry > y->entry) - (x->entry < y->entry);
}

/* The compound-file signature every .xls starts with. */
static bool is_workbook(const char *bytes, size_t len)
{
    static const unsigned char magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    return len >= sizeof magic && memcmp(bytes, magic, sizeof magic) == 0;
}

kj_status kj_listed_load(const char *path, kj_listed **out, kj_error *err)
{
    *out = NULL;
    /* Through kj_read_file: a FIFO or device is refused, not waited on, and
     * the size is bounded before FreeXL sees the file. */
    char *bytes = NULL;
    size_t len = 0;
    kj_error rerr;
    if (kj_read_file(path, KJ_LISTED_MAX_FILE_BYTES, &bytes, &len, &rerr) != KJ_OK)
        return kj_error_set(err, rerr.status, "%s: %s", path, rerr.message);

    kj_listed *l = kj_xcalloc(1, sizeof *l);
    l->arena = kj_arena_new();
    reader r = {.list = l, .path = path, .err = err, .status = KJ_OK};
    kj_status st = KJ_OK;
    if (is_workbook(bytes, len)) {
        st = kj_xls_rows(path, take_row, &r, err);
    } else {
        char *text = NULL;
        size_t text_len = 0;
        kj_encoding enc = kj_decode(bytes, len, &text, &text_len);
        if (enc == KJ_ENCODING_INVALID)
            st = kj_error_set(err, KJ_ERR_DATA,
                              "%s: neither an Excel workbook nor CSV in UTF-8 or CP932", path);
        else
            kj_csv_rows(text, text_len, take_row, &r);
        free(text);
    }
    free(bytes);
    if (st == KJ_OK)
        st = r.status;
    if (st == KJ_OK && !r.have_header)
        st = kj_error_set(err, KJ_ERR_DATA,
                          "%s: no header row naming the columns コード and 銘柄名", path);
    if (st == KJ_OK && l->n == 0)
        st = kj_error_set(err, KJ_ERR_DATA, "%s: the list names no listed issue", path);
    if (st != KJ_OK) {
        kj_listed_free(l);
        return st;
    }
    l->index = kj_arena_alloc(l->arena, l->n * sizeof *l->index);
    for (size_t i = 0; i < l->n; i++)
        l->index[i] = (keyed){listed_key(l->arena, l->entries[i].name), i};
    qsort(l->index, l->n, sizeof *l->index, keyed_order);
    *out = l;
    return KJ_OK;
}

size_t kj_listed_count(const kj_listed *l)
{
    return l ? l->n : 0;
}

const kj_listed_entry *kj_listed_entry_at(const kj_listed *l, size_t i)
{
    return l && i < l->n ? &l->entries[i] : NULL;
}

const kj_listed_entry *kj_listed_match(const kj_listed *l, const char *org_name)
{
    if (!l || !org_name || !*org_name)
        return NULL;
    kj_arena *scratch = kj_arena_new_sized(256);
    const char *key = listed_key(scratch, org_name);
    const kj_listed_entry *found = NULL;
    if (*key) {
        /* The first of equal keys: lower bound. */
        size_t lo = 0, hi = l->n;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (strcmp(l->index[mid].key, key) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < l->n && strcmp(l->index[lo].key, key) == 0)
            found = &l->entries[l->index[lo].entry];
    }
    kj_arena_free(scratch);
    return found;
}

const char *kj_listed_industry(const kj_listed_entry *e)
{
    if (!e || !e->industry33 || !*e->industry33 || strcmp(e->industry33, "-") == 0)
        return NULL;
    return e->industry33;
}

void kj_listed_free(kj_listed *l)
{
    if (!l)
        return;
    free(l->entries);
    kj_arena_free(l->arena);
    free(l);
}
