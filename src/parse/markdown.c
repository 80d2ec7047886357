/*
 * markdown.c — one walk over the cmark-gfm tree.
 *
 * The document is split at the `# 本文` heading: what comes before is the
 * overview (its first list, then metadata sections such as `# 事案ID`); what
 * comes after is the body, flattened into blocks that remember their
 * heading path, list nesting and table position.  Inline markup is reduced
 * to its text: emphasis and links carry no facts, but their words do.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include "kaiji/alloc.h"
#include "kaiji/parse.h"
#include "kaiji/text.h"
#include "parse_internal.h"

/* Node types of the table extension are assigned at registration time;
 * they are discovered once by parsing a tiny table. */
static cmark_node_type node_table, node_table_row, node_table_cell;
static cmark_syntax_extension *table_extension;
static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void find_table_types(cmark_node *root)
{
    cmark_iter *it = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER)
            continue;
        const char *type = cmark_node_get_type_string(n);
        if (strcmp(type, "table") == 0)
            node_table = cmark_node_get_type(n);
        else if (strcmp(type, "table_row") == 0 || strcmp(type, "table_header") == 0)
            node_table_row = cmark_node_get_type(n);
        else if (strcmp(type, "table_cell") == 0)
            node_table_cell = cmark_node_get_type(n);
    }
    cmark_iter_free(it);
}

static void initialise(void)
{
    cmark_gfm_core_extensions_ensure_registered();
    table_extension = cmark_find_syntax_extension("table");
    static const char probe[] = "|a|\n|-|\n|b|\n";
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    if (table_extension)
        cmark_parser_attach_syntax_extension(parser, table_extension);
    cmark_parser_feed(parser, probe, sizeof probe - 1);
    cmark_node *root = cmark_parser_finish(parser);
    find_table_types(root);
    cmark_node_free(root);
    cmark_parser_free(parser);
}

/*
 * cmark-gfm allocates every node, string buffer and table cell separately.
 * A bump arena per parse turns those thousands of malloc/free pairs into a
 * few block allocations and lets the whole tree go at once.  cmark_mem has
 * no context pointer, so the arena of the parse running on this thread is
 * found through a thread-local variable.  Each allocation carries its size
 * in a 16-byte header so realloc can copy.
 */
static _Thread_local kj_arena *parse_arena;

enum { ALLOC_HEADER = 16 };

static void *arena_calloc(size_t count, size_t size)
{
    if (size && count > (SIZE_MAX - ALLOC_HEADER) / size)
        kj_out_of_memory(SIZE_MAX); /* cmark's own allocator aborts on overflow too */
    size_t total = count * size;
    unsigned char *p = kj_arena_alloc(parse_arena, total + ALLOC_HEADER);
    memcpy(p, &total, sizeof total);
    return p + ALLOC_HEADER;
}

static void *arena_realloc(void *ptr, size_t size)
{
    if (!ptr)
        return arena_calloc(1, size);
    unsigned char *header = (unsigned char *)ptr - ALLOC_HEADER;
    size_t old;
    memcpy(&old, header, sizeof old);
    if (size <= old)
        return ptr;
    if (size > SIZE_MAX - ALLOC_HEADER)
        kj_out_of_memory(SIZE_MAX);
    /* grows in place when it was the arena's last allocation */
    header = kj_arena_grow(parse_arena, header, old + ALLOC_HEADER, size + ALLOC_HEADER);
    memcpy(header, &size, sizeof size);
    return header + ALLOC_HEADER;
}

static void arena_free(void *ptr)
{
    (void)ptr; /* everything goes with the arena */
}

static cmark_mem arena_mem = {arena_calloc, arena_realloc, arena_free};

void kj_parse_init(void)
{
    pthread_once(&init_once, initialise);
}

/* ------------------------------------------------------- inline text */

static bool ascii_word_byte(char c)
{
    return (unsigned char)c < 0x80 && c != ' ' && c != '\n';
}

/* Where a paragraph of items written one a line is cut (a control
 * character no text node holds). */
#define ITEM_BREAK '\x1e'

/* The ideographic space a line of a document laid out by hand starts with. */
static const char IDEOGRAPHIC_SPACE[] = "\xe3\x80\x80";

/*
 * Does `text` open an item of its own rather than go on with the line
 * before: a label, its colon and its value (`発生日:…`, `・対象者 ：…`;
 * a few characters with no punctuation or digit inside, not a URL's
 * scheme) or a note (`※…`)?  A list of such lines written one a line (`対象日:…` /
 * `対象者:…`) is so many items, and joined they would let a date of one
 * item reach the words of the next.
 */
static bool opens_an_item(const char *text)
{
    static const char *const skip[] = {" ", IDEOGRAPHIC_SPACE, "・", "●", "■", "◆", "○", "◇", "□"};
    static const char *const stops[] = {"、", "。", "「", "」", "（", "）", "(",
                                        ")",  "/",  "・", "，", ",",  "．", "."};
    const char *p = text;
    for (bool skipped = true; skipped;) {
        skipped = false;
        for (size_t i = 0; i < sizeof skip / sizeof *skip; i++)
            if (strncmp(p, skip[i], strlen(skip[i])) == 0) {
                p += strlen(skip[i]);
                skipped = true;
            }
    }
    if (strncmp(p, "※", strlen("※")) == 0)
        return true;
    /* the label: 1 to 12 characters, then (after spaces) the colon */
    int chars = 0;
    for (; *p && chars <= 12; chars++) {
        while (*p == ' ' || strncmp(p, IDEOGRAPHIC_SPACE, 3) == 0)
            p += *p == ' ' ? 1 : 3; /* `受信期間 ：`: spaces before the colon */
        /* the value on the label's own line: a bare `・項目：` heads the
         * lines under it, which are its value */
        if (*p == ':')
            return chars > 0 && strncmp(p, "://", 3) != 0 && p[1] != '\0';
        if (strncmp(p, "：", strlen("：")) == 0)
            return chars > 0 && p[strlen("：")] != '\0';
        if ((*p >= '0' && *p <= '9') ||
            (strncmp(p, "\xef\xbc", 2) == 0 && (unsigned char)p[2] >= 0x90 &&
             (unsigned char)p[2] <= 0x99))
            return false; /* `10:30`, `１０：３０`: a time, no label */
        for (size_t i = 0; i < sizeof stops / sizeof *stops; i++)
            if (strncmp(p, stops[i], strlen(stops[i])) == 0)
                return false;
        size_t n = 1;
        while ((p[n] & 0xC0) == 0x80)
            n++;
        p += n;
    }
    return false;
}

/*
 * Appends the text of `node`'s inline descendants to `buf`.  A soft line
 * break becomes a space only between two ASCII words: Japanese wraps lines
 * anywhere and joins them without a space.  With `items_apart`, a soft
 * break before a line that opens an item of its own (opens_an_item)
 * becomes ITEM_BREAK, where the caller cuts the paragraph.
 */
static void append_inline_text(cmark_node *node, kj_buf *buf, const char **first_url,
                               bool keep_lines, bool items_apart)
{
    bool soft_pending = false;
    cmark_iter *it = cmark_iter_new(node);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type type = cmark_node_get_type(n);
        const char *lit = NULL;
        switch (type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            lit = cmark_node_get_literal(n);
            break;
        case CMARK_NODE_SOFTBREAK: {
            cmark_node *next = cmark_node_next(n);
            const char *line = next && cmark_node_get_type(next) == CMARK_NODE_TEXT
                                   ? cmark_node_get_literal(next)
                                   : NULL;
            if (keep_lines)
                kj_buf_putc(buf, '\n');
            else if (items_apart && line && opens_an_item(line) && buf->len)
                kj_buf_putc(buf, ITEM_BREAK);
            else
                soft_pending = true;
            continue;
        }
        case CMARK_NODE_LINEBREAK:
            kj_buf_putc(buf, '\n');
            soft_pending = false;
            continue;
        case CMARK_NODE_HTML_INLINE:
            lit = cmark_node_get_literal(n);
            if (lit && (strncasecmp(lit, "<br", 3) == 0)) {
                kj_buf_putc(buf, '\n');
                soft_pending = false;
            }
            continue;
        case CMARK_NODE_LINK:
            if (first_url && !*first_url)
                *first_url = cmark_node_get_url(n);
            continue;
        case CMARK_NODE_PARAGRAPH:
            /* a second paragraph inside a list item or cell */
            if (buf->len)
                soft_pending = true;
            continue;
        default:
            continue;
        }
        if (!lit || !*lit)
            continue;
        if (soft_pending) {
            if (buf->len && ascii_word_byte(buf->data[buf->len - 1]) && ascii_word_byte(lit[0]))
                kj_buf_putc(buf, ' ');
            soft_pending = false;
        }
        kj_buf_puts(buf, lit);
    }
    cmark_iter_free(it);
}

/* ------------------------------------------------------------ state */

typedef struct parse_state {
    kj_release *rel;
    kj_buf text; /* reused for every block */
    size_t blocks_cap;
    size_t sections_cap;
    int32_t *open_sections; /* section stack by level 1..6 */
    int32_t section;        /* current section */
    uint32_t list_depth;
    uint32_t quote_depth;
    int32_t *items; /* enclosing list item ordinals */
    size_t n_items, cap_items;
    int32_t table, row, col;
} parse_state;

static void trim_buf(kj_buf *buf, size_t *start)
{
    size_t s = 0;
    while (s < buf->len && (buf->data[s] == ' ' || buf->data[s] == '\n' || buf->data[s] == '\t'))
        s++;
    while (buf->len > s && (buf->data[buf->len - 1] == ' ' || buf->data[buf->len - 1] == '\n' ||
                            buf->data[buf->len - 1] == '\t'))
        buf->len--;
    buf->data[buf->len] = '\0';
    *start = s;
}

static kj_block *add_block(parse_state *st, kj_block_kind kind, const char *raw, size_t len)
{
    kj_document *doc = &st->rel->doc;
    kj_arena *a = st->rel->arena;
    if (doc->n_blocks == st->blocks_cap) {
        size_t cap = st->blocks_cap ? st->blocks_cap * 2 : 32;
        doc->blocks = kj_arena_grow(a, doc->blocks, st->blocks_cap * sizeof *doc->blocks,
                                    cap * sizeof *doc->blocks);
        st->blocks_cap = cap;
    }
    kj_block *b = &doc->blocks[doc->n_blocks++];
    b->kind = kind;
    b->quoted = st->quote_depth > 0;
    b->list_depth = st->list_depth > UINT16_MAX ? UINT16_MAX : (uint16_t)st->list_depth;
    b->section = st->section;
    b->list_item = st->n_items ? st->items[st->n_items - 1] : -1;
    b->table = -1;
    b->row = b->col = -1;
    b->text.raw = kj_arena_strndup(a, raw, len);
    b->text.raw_len = (uint32_t)len;
    size_t norm_len;
    b->text.norm = kj_normalize(a, raw, len, &norm_len);
    b->text.norm_len = (uint32_t)norm_len;
    return b;
}

/* Collects a block's text into st->text; returns false when it is empty. */
static bool block_text(parse_state *st, cmark_node *node, size_t *start, bool items_apart)
{
    kj_buf_reset(&st->text);
    append_inline_text(node, &st->text, NULL, false, items_apart);
    if (!st->text.data)
        return false;
    trim_buf(&st->text, start);
    return st->text.len > *start;
}

/*
 * A section path repeats every heading above it, so one very long heading
 * over many sub-headings would be copied into each of them: a 1 MB heading
 * over 10,000 sub-headings made 10 GB of paths.  Each title in a path is
 * cut to PATH_TITLE_MAX bytes (on a character boundary, marked with `…`);
 * the heading's own block keeps its whole text.
 */
#define PATH_TITLE_MAX 256

static const char *path_title(kj_arena *a, const char *title)
{
    size_t len = strlen(title);
    if (len <= PATH_TITLE_MAX)
        return title;
    size_t cut = PATH_TITLE_MAX;
    while (cut > 0 && ((unsigned char)title[cut] & 0xC0) == 0x80)
        cut--; /* back to the start of a character */
    return kj_arena_printf(a, "%.*s…", (int)cut, title);
}

static void open_section(parse_state *st, int level, const kj_block *heading, int32_t block_index)
{
    kj_document *doc = &st->rel->doc;
    kj_arena *a = st->rel->arena;
    int32_t parent = -1;
    for (int l = level - 1; l >= 1; l--) {
        if (st->open_sections[l] >= 0) {
            parent = st->open_sections[l];
            break;
        }
    }
    if (doc->n_sections == st->sections_cap) {
        size_t cap = st->sections_cap ? st->sections_cap * 2 : 16;
        doc->sections = kj_arena_grow(a, doc->sections, st->sections_cap * sizeof *doc->sections,
                                      cap * sizeof *doc->sections);
        st->sections_cap = cap;
    }
    int32_t index = (int32_t)doc->n_sections++;
    kj_section *s = &doc->sections[index];
    s->parent = parent;
    s->level = (uint8_t)level;
    s->heading_block = block_index;
    const char *title = path_title(a, heading->text.norm);
    s->path =
        parent >= 0 ? kj_arena_printf(a, "%s > %s", doc->sections[parent].path, title) : title;
    st->open_sections[level] = index;
    for (int l = level + 1; l <= 6; l++)
        st->open_sections[l] = -1;
    st->section = index;
}

static void push_item(parse_state *st, int32_t ordinal)
{
    if (st->n_items == st->cap_items) {
        st->cap_items = st->cap_items ? st->cap_items * 2 : 16;
        int32_t *grown = kj_xrealloc(st->items, st->cap_items * sizeof *grown);
        st->items = grown;
    }
    st->items[st->n_items++] = ordinal;
}

static bool starts_indented(const char *p, size_t n)
{
    return n >= 3 && memcmp(p, IDEOGRAPHIC_SPACE, 3) == 0;
}

/* Four ideographic spaces or more open the text: it sits under a column of
 * the line before, no paragraph of its own. */
static bool deeply_indented(const char *p, size_t n)
{
    int spaces = 0;
    while (spaces < 4 && starts_indented(p, n)) {
        p += 3;
        n -= 3;
        spaces++;
    }
    return spaces == 4;
}

/* Does `p` end a sentence (。．！？, a closing bracket or a colon)? */
static bool ends_a_sentence(const char *p, size_t n)
{
    static const char *const ends[] = {"。", "．", "！", "？", "」", "』",
                                       "）", ")",  "：", ":",  "."};
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        size_t k = strlen(ends[i]);
        if (n >= k && memcmp(p + n - k, ends[i], k) == 0)
            return true;
    }
    return false;
}

/*
 * A PDF converted line by line: every line of a paragraph became a
 * paragraph of its own, indented with ideographic spaces and cut
 * mid-sentence (`４月１４日、…『当該` / `ムがランサムウェアの攻撃を受け…`).  A
 * paragraph so indented that follows one so indented and cut (no 。 or
 * closing bracket at its end), in the same section and outside lists and
 * quotes, continues it: its text is appended to the previous block, so the
 * sentence (and the date that opens it) is read whole.  Returns true when
 * it was appended.
 */
static bool continue_wrapped_line(parse_state *st, const char *raw, size_t len)
{
    kj_document *doc = &st->rel->doc;
    if (!doc->n_blocks || st->n_items || st->quote_depth || !starts_indented(raw, len))
        return false;
    kj_block *prev = &doc->blocks[doc->n_blocks - 1];
    /* `令和6年5月　　　・…システム管理会社の` then `　　　　　　　　　サーバが…
     * 被害を受けた。`: a timeline row wrapped under its text column — the
     * continuation indented deeper than any paragraph opens */
    bool under_a_column = deeply_indented(raw, len);
    if (prev->kind != KJ_BLOCK_PARAGRAPH || prev->section != st->section || prev->list_item != -1 ||
        prev->quoted || !(under_a_column || starts_indented(prev->text.raw, prev->text.raw_len)) ||
        ends_a_sentence(prev->text.raw, prev->text.raw_len))
        return false;
    while (starts_indented(raw, len)) {
        raw += 3;
        len -= 3;
    }
    kj_arena *a = st->rel->arena;
    size_t joined_len = prev->text.raw_len + len;
    char *joined = kj_arena_alloc(a, joined_len + 1);
    memcpy(joined, prev->text.raw, prev->text.raw_len);
    memcpy(joined + prev->text.raw_len, raw, len);
    joined[joined_len] = '\0';
    prev->text.raw = joined;
    prev->text.raw_len = (uint32_t)joined_len;
    size_t norm_len;
    prev->text.norm = kj_normalize(a, joined, joined_len, &norm_len);
    prev->text.norm_len = (uint32_t)norm_len;
    return true;
}

/* Flattens one top-level body node (and everything under it) into blocks. */
static void walk_body_node(parse_state *st, cmark_node *top)
{
    kj_document *doc = &st->rel->doc;
    cmark_iter *it = cmark_iter_new(top);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type type = cmark_node_get_type(n);
        if ((type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE)
            continue;
        bool enter = ev == CMARK_EVENT_ENTER;
        size_t start;
        if (type == CMARK_NODE_LIST) {
            if (enter)
                st->list_depth++;
            else
                st->list_depth--;
        } else if (type == CMARK_NODE_ITEM) {
            if (enter)
                push_item(st, doc->n_list_items++);
            else if (st->n_items)
                st->n_items--;
        } else if (type == CMARK_NODE_BLOCK_QUOTE) {
            if (enter)
                st->quote_depth++;
            else
                st->quote_depth--;
        } else if (!enter) {
            continue;
        } else if (type == CMARK_NODE_PARAGRAPH) {
            if (!block_text(st, n, &start, true))
                continue;
            /* items written one a line (`対象日:…` / `対象者:…`) are
             * paragraphs of their own, so that no sentence joins them */
            const char *p = st->text.data + start, *end = st->text.data + st->text.len;
            for (bool first = true; p < end; first = false) {
                const char *cut = memchr(p, ITEM_BREAK, (size_t)(end - p));
                size_t len = (size_t)((cut ? cut : end) - p);
                if (len && !(first && continue_wrapped_line(st, p, len)))
                    add_block(st, KJ_BLOCK_PARAGRAPH, p, len);
                p += len + (cut != NULL);
            }
        } else if (type == CMARK_NODE_HEADING) {
            if (!block_text(st, n, &start, false))
                continue;
            int level = cmark_node_get_heading_level(n);
            if (level < 1 || level > 6)
                level = 6;
            int32_t index = (int32_t)doc->n_blocks;
            kj_block *b =
                add_block(st, KJ_BLOCK_HEADING, st->text.data + start, st->text.len - start);
            b->heading_level = (uint8_t)level;
            open_section(st, level, b, index);
            doc->blocks[index].section = st->section;
        } else if (type == CMARK_NODE_CODE_BLOCK) {
            const char *lit = cmark_node_get_literal(n);
            kj_buf_reset(&st->text);
            if (lit)
                kj_buf_puts(&st->text, lit);
            if (st->text.data && (trim_buf(&st->text, &start), st->text.len > start))
                add_block(st, KJ_BLOCK_CODE, st->text.data + start, st->text.len - start);
        } else if (node_table && type == node_table) {
            st->table = doc->n_tables++;
            st->row = -1;
        } else if (node_table_row && type == node_table_row) {
            st->row++;
            st->col = -1;
        } else if (node_table_cell && type == node_table_cell) {
            st->col++;
            if (block_text(st, n, &start, false)) {
                kj_block *b =
                    add_block(st, KJ_BLOCK_TABLE_CELL, st->text.data + start, st->text.len - start);
                b->table = st->table;
                b->row = st->row;
                b->col = st->col;
            }
        }
    }
    cmark_iter_free(it);
}

/* ---------------------------------------------------------- overview */

static bool heading_is(cmark_node *n, kj_buf *buf, kj_arena *a, const char *word)
{
    if (cmark_node_get_type(n) != CMARK_NODE_HEADING || cmark_node_get_heading_level(n) != 1)
        return false;
    kj_buf_reset(buf);
    append_inline_text(n, buf, NULL, false, false);
    if (!buf->data)
        return false;
    const char *norm = kj_normalize(a, buf->data, buf->len, NULL);
    return strcmp(norm, word) == 0;
}

static void add_bullet(kj_arena *a, kj_bullet **bullets, size_t *n, size_t *cap, const char *raw,
                       size_t len, const char *url)
{
    while (len && (*raw == ' ' || *raw == '\t')) {
        raw++;
        len--;
    }
    while (len && (raw[len - 1] == ' ' || raw[len - 1] == '\t' || raw[len - 1] == '\n'))
        len--;
    if (*n == *cap) {
        *bullets = kj_arena_grow(a, *bullets, *cap * sizeof **bullets, 2 * *cap * sizeof **bullets);
        *cap *= 2;
    }
    kj_bullet *b = &(*bullets)[(*n)++];
    b->raw = kj_arena_strndup(a, raw, len);
    b->norm = kj_normalize(a, raw, len, NULL);
    b->link_url = url ? kj_arena_strdup(a, url) : NULL;
}

/*
 * Each list item is a bullet, except that a line written `-2025年…` (no space
 * after the dash) is not a list marker to Markdown and lands inside the item
 * above as a continuation line: such lines are split off as bullets of
 * their own, which is what the author meant.
 */
static void read_overview_list(parse_state *st, cmark_node *list)
{
    kj_arena *a = st->rel->arena;
    size_t n = 0, cap = 8;
    kj_bullet *bullets = kj_arena_alloc(a, cap * sizeof *bullets);
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        const char *url = NULL;
        kj_buf_reset(&st->text);
        append_inline_text(item, &st->text, &url, true, false);
        if (!st->text.data) {
            add_bullet(a, &bullets, &n, &cap, "", 0, NULL);
            continue;
        }
        /* Split at lines that start with a dash; join the other lines. */
        kj_buf joined = {0};
        const char *line = st->text.data;
        bool first = true;
        for (;;) {
            const char *nl = strchr(line, '\n');
            size_t len = nl ? (size_t)(nl - line) : strlen(line);
            bool dash = !first && len > 1 && (line[0] == '-' || strncmp(line, "－", 3) == 0);
            if (dash) {
                add_bullet(a, &bullets, &n, &cap, joined.data ? joined.data : "", joined.len, url);
                url = NULL;
                kj_buf_reset(&joined);
                size_t skip = line[0] == '-' ? 1 : 3;
                kj_buf_append(&joined, line + skip, len - skip);
            } else {
                if (joined.len && len && ascii_word_byte(joined.data[joined.len - 1]) &&
                    ascii_word_byte(line[0]))
                    kj_buf_putc(&joined, ' ');
                kj_buf_append(&joined, line, len);
            }
            first = false;
            if (!nl)
                break;
            line = nl + 1;
        }
        add_bullet(a, &bullets, &n, &cap, joined.data ? joined.data : "", joined.len, url);
        kj_buf_free(&joined);
    }
    kj_overview_read_bullets(st->rel, bullets, n);
}

/* `# 事案ID` followed by `- value`: metadata sections after the overview. */
static void read_meta_section(parse_state *st, const char *key, cmark_node *content)
{
    kj_arena *a = st->rel->arena;
    bool is_list = cmark_node_get_type(content) == CMARK_NODE_LIST;
    cmark_node *first = is_list ? cmark_node_first_child(content) : content;
    for (cmark_node *item = first; item; item = is_list ? cmark_node_next(item) : NULL) {
        const char *url = NULL;
        kj_buf_reset(&st->text);
        append_inline_text(item, &st->text, &url, false, false);
        size_t start = 0;
        if (!st->text.data)
            continue;
        trim_buf(&st->text, &start);
        if (st->text.len <= start)
            continue;
        const char *raw = st->text.data + start;
        size_t len = st->text.len - start;
        kj_bullet b = {kj_arena_strndup(a, raw, len), kj_normalize(a, raw, len, NULL),
                       url ? kj_arena_strdup(a, url) : NULL};
        kj_overview_read_item(st->rel, key, &b);
    }
}

/* ------------------------------------------------------ table limits */

/*
 * cmark-gfm 0.29.0.gfm.6's table extension lets a small file cost a great
 * deal.  It pads every row to the header's width, so a 3,000-column header
 * over 3,000 one-word lines makes nine million cells (12 KB of input: 6 s
 * and 1 GB); and it splits a row in time quadratic in its pipes (one row of
 * 65,535 pipes: 5 s).  Real releases have tables of a few columns and a few
 * dozen cells.  A file whose tables would exceed these limits is parsed
 * without the table extension — its tables read as plain text — with a
 * warning, rather than taking the run down.
 */
#define TABLE_MAX_PIPES_PER_LINE 256 /* the corpus has at most 5 */
#define TABLE_MAX_CELLS 250000       /* a 125,000-row table of two columns */
#define TABLE_CELLS_PER_BYTE 4       /* padding beyond this is an attack */

static bool is_blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\v' && p[i] != '\f')
            return false;
    return true;
}

/* Columns of a delimiter row (`| --- | :-: |`, `---`), 0 for other lines. */
static size_t delimiter_columns(const char *p, size_t n)
{
    size_t columns = 0;
    bool in_dashes = false; /* a dash seen in the current cell */
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '-') {
            if (!in_dashes)
                columns++;
            in_dashes = true;
        } else if (c == '|') {
            in_dashes = false;
        } else if (c != ':' && c != ' ' && c != '\t' && c != '\r' && c != '\v' && c != '\f') {
            return 0;
        }
    }
    return columns;
}

/*
 * Estimates, in one pass, the cells the table extension would make: a
 * table starts at a delimiter row (block-quote markers and indentation
 * stripped) and runs to the next blank line, each line a row as wide as
 * the delimiter row.  The estimate errs high, never low.  Returns false,
 * with the reason in `why`, when the limits would be exceeded.
 */
static bool tables_within_limits(const char *text, size_t len, char *why, size_t why_size)
{
    size_t cells = 0, max_pipes = 0, table_columns = 0;
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *line_end = nl ? nl : end;
        size_t pipes = 0; /* memchr leaps over the many lines without any */
        for (const char *q = p; (q = memchr(q, '|', (size_t)(line_end - q))) != NULL; q++)
            pipes++;
        if (pipes > max_pipes)
            max_pipes = pipes;
        while (p < line_end && (*p == ' ' || *p == '\t' || *p == '>'))
            p++; /* container markers of block quotes and list items */
        size_t n = (size_t)(line_end - p), columns;
        if (is_blank(p, n))
            table_columns = 0;
        else if (table_columns)
            cells += table_columns;
        else if ((columns = delimiter_columns(p, n)) > 0)
            table_columns = columns, cells += 2 * columns; /* header and delimiter */
        p = nl ? nl + 1 : end;
    }
    if (cells == 0)
        return true; /* no table: rows are never split */
    if (max_pipes > TABLE_MAX_PIPES_PER_LINE) {
        snprintf(why, why_size, "a row of %zu cells; at most %d", max_pipes,
                 TABLE_MAX_PIPES_PER_LINE);
        return false;
    }
    if (cells > TABLE_MAX_CELLS || cells / TABLE_CELLS_PER_BYTE > len + 1024) {
        snprintf(why, why_size, "about %zu cells from %zu bytes", cells, len);
        return false;
    }
    return true;
}

void kj_parse_release(kj_release *rel, const char *text, size_t len)
{
    kj_parse_init();
    parse_arena = kj_arena_new();
    cmark_parser *parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, &arena_mem);
    char why[128];
    if (table_extension && !tables_within_limits(text, len, why, sizeof why))
        kj_release_diag(rel, KJ_PROBLEM_REPAIRED, "table too large (%s): tables read as plain text",
                        why);
    else if (table_extension)
        cmark_parser_attach_syntax_extension(parser, table_extension);
    cmark_parser_feed(parser, text, len);
    cmark_node *root = cmark_parser_finish(parser);

    parse_state st = {.rel = rel, .section = -1, .table = -1};
    int32_t open_sections[7] = {-1, -1, -1, -1, -1, -1, -1};
    st.open_sections = open_sections;

    /* Where does the body start?  After `# 本文`; failing that, after the
     * overview list that follows `# 公表概要`; failing that, everywhere. */
    cmark_node *body_marker = NULL, *overview_heading = NULL;
    for (cmark_node *n = cmark_node_first_child(root); n; n = cmark_node_next(n)) {
        if (!overview_heading && heading_is(n, &st.text, rel->arena, "公表概要"))
            overview_heading = n;
        if (heading_is(n, &st.text, rel->arena, "本文")) {
            body_marker = n;
            break;
        }
    }
    cmark_node *body_start = cmark_node_first_child(root);
    if (body_marker || overview_heading) {
        cmark_node *from = overview_heading ? overview_heading : cmark_node_first_child(root);
        cmark_node *overview_list = NULL;
        const char *meta_key = NULL;
        cmark_node *n = from;
        for (; n && n != body_marker; n = cmark_node_next(n)) {
            cmark_node_type type = cmark_node_get_type(n);
            if (!overview_list && type == CMARK_NODE_LIST) {
                overview_list = n;
                read_overview_list(&st, n);
                if (!body_marker) {
                    n = cmark_node_next(n);
                    break;
                }
            } else if (type == CMARK_NODE_HEADING && overview_list) {
                kj_buf_reset(&st.text);
                append_inline_text(n, &st.text, NULL, false, false);
                meta_key =
                    st.text.data ? kj_normalize(rel->arena, st.text.data, st.text.len, NULL) : NULL;
            } else if (meta_key && (type == CMARK_NODE_LIST || type == CMARK_NODE_PARAGRAPH)) {
                read_meta_section(&st, meta_key, n);
            }
        }
        body_start = body_marker ? cmark_node_next(body_marker) : n;
    }
    for (cmark_node *n = body_start; n; n = cmark_node_next(n))
        walk_body_node(&st, n);

    kj_overview_fallbacks(rel);
    kj_buf_free(&st.text);
    free(st.items);
    /* The tree and the parser live in parse_arena: no cmark_node_free walk. */
    (void)root;
    kj_arena_free(parse_arena);
    parse_arena = NULL;
}
