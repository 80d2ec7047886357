/*
 * scan.c — one pass over a release's text: terms, numbers, dates,
 * sentences, clauses and their context.
 *
 * Each block's normalised text is read once, left to right.  At every
 * character the lexicon index says whether a number or date may start
 * there and which words start with that character (longest first); the
 * first word that matches is taken and the scan jumps past it
 * (leftmost-longest).  Sentence ends (。, ！, ？, line breaks) close a
 * sentence on the fly, so nothing is read twice.  The fact files then work
 * on the hits and the cue bits alone.
 */
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "extract_internal.h"

#define TITLE_BLOCK UINT32_MAX

/* ------------------------------------------------------------ arrays */

static void *grow(void *items, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return items;
    size_t c = *cap ? *cap * 2 : 64;
    void *p = kj_xrealloc(items, c * size);
    *cap = c;
    return p;
}

static hit *push_hit(extract_ctx *ctx)
{
    ctx->hits = grow(ctx->hits, &ctx->cap_hits, ctx->n_hits, sizeof *ctx->hits);
    hit *h = &ctx->hits[ctx->n_hits++];
    memset(h, 0, sizeof *h);
    h->quoted = ctx->quoting;
    return h;
}

const char *kj_ctx_block_text(const extract_ctx *ctx, uint32_t block, uint32_t *len)
{
    if (block == TITLE_BLOCK) {
        *len = ctx->title_len;
        return ctx->title;
    }
    const kj_block *b = &ctx->rel->doc.blocks[block];
    *len = b->text.norm_len;
    return b->text.norm;
}

/* ------------------------------------------------------------ matching */

/* Length of the UTF-8 sequence starting with byte `c` (1 for bad bytes). */
static inline size_t char_len(unsigned char c)
{
    if (c < 0xC0)
        return 1;
    if (c < 0xE0)
        return 2;
    if (c < 0xF0)
        return 3;
    return 4;
}

static inline uint32_t code_point(const unsigned char *s, size_t n)
{
    switch (n) {
    case 1:
        return s[0];
    case 2:
        return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    case 3:
        return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    default:
        return (((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
                ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F)) &
               0xFFFF;
    }
}

/* memcmp for the short words of the lexicon, without a call. */
static inline bool same_bytes(const unsigned char *a, const char *b, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (a[k] != (unsigned char)b[k])
            return false;
    return true;
}

/* The code point (& 0xFFFF) of the character at t[i] and its length. */
static inline uint32_t decode_at(const unsigned char *t, size_t i, size_t len, size_t *cl)
{
    unsigned char b = t[i];
    if (b < 0x80) {
        *cl = 1;
        return b;
    }
    if ((b & 0xF0) == 0xE0 && len - i >= 3) {
        *cl = 3;
        return ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(t[i + 1] & 0x3F) << 6) |
               (t[i + 2] & 0x3F);
    }
    size_t n = char_len(b);
    if (n > len - i)
        n = len - i;
    *cl = n;
    return code_point(t + i, n) & 0xFFFF;
}

/* The unit after a number (spaces allowed), longest first. */
static unit_kind read_unit(const kj_lexicon *lex, const char *s, size_t len, size_t *n)
{
    size_t i = 0;
    while (i < len && s[i] == ' ')
        i++;
    for (size_t u = 0; i < len && u < lex->n_units; u++) {
        const lex_unit *unit = &lex->units[u];
        if (unit->text[0] == s[i] && unit->len <= len - i &&
            same_bytes((const unsigned char *)s + i, unit->text, unit->len)) {
            *n = i + unit->len;
            return (unit_kind)unit->kind;
        }
    }
    *n = 0;
    return UNIT_NONE;
}

/* Suffixes after the unit: 2,000名以上, 300件超, 50社程度. */
static size_t unit_suffix(const char *s, size_t len, uint16_t *flags)
{
    static const struct {
        const char *text;
        uint16_t flag;
    } words[] = {{"以上", KJ_NUM_AT_LEAST}, {"超", KJ_NUM_AT_LEAST}, {"余り", KJ_NUM_AT_LEAST},
                 {"程度", KJ_NUM_APPROX},   {"前後", KJ_NUM_APPROX}, {"ほど", KJ_NUM_APPROX},
                 {"以下", KJ_NUM_AT_MOST},  {"未満", KJ_NUM_AT_MOST}};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        size_t n = strlen(words[k].text);
        if (n <= len && memcmp(s, words[k].text, n) == 0) {
            *flags |= words[k].flag;
            return n;
        }
    }
    return 0;
}

/* Does `s` (at a 社) start 社員, 社内, 社外 or 社長: a word, not the unit? */
static bool is_company_word(const char *s)
{
    static const char *const words[] = {"社員", "社内", "社外", "社長"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (memcmp(s, words[k], 6) == 0)
            return true;
    return false;
}

/* Does `s` (at a 人 or 名 after a figure) start a word that holds it —
 * 人材, 人事, 名簿, 名刺 — as in a heading's number run into its title
 * (`4 人材派遣会社の担当者`)? */
static bool is_person_word(const char *s)
{
    static const char *const words[] = {"人材", "人事", "人物", "人権", "人間", "人工",
                                        "名簿", "名刺", "名称", "名義", "名前"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (memcmp(s, words[k], 6) == 0)
            return true;
    return false;
}

typedef struct scan_state {
    kj_date last_date;
    uint32_t last_date_block;
} scan_state;

/* Does a Latin name end right before text[i] (`Microsoft365`, `M365`), or
 * one space before it when it is a word of three letters or more or ends in
 * a lower-case letter (`Microsoft 365`, `Windows 10`) — not `ID 43,451件`,
 * where the letters name what is counted? */
static bool after_a_latin_name(const char *text, size_t i)
{
    size_t k = i;
    bool spaced = k > 0 && text[k - 1] == ' ';
    if (spaced)
        k--;
    size_t letters = 0;
    bool lower_last = k > 0 && text[k - 1] >= 'a' && text[k - 1] <= 'z';
    while (k > 0 && ((text[k - 1] >= 'A' && text[k - 1] <= 'Z') ||
                     (text[k - 1] >= 'a' && text[k - 1] <= 'z'))) {
        k--;
        letters++;
    }
    return letters > 0 && (!spaced || letters >= 3 || lower_last);
}

/*
 * Tries a date, then a number, at text[i].  Returns bytes consumed (0: no
 * hit here; the caller goes on with words).
 */
static size_t read_figure(extract_ctx *ctx, scan_state *st, uint32_t block, const char *text,
                          size_t len, size_t i)
{
    kj_date_context dc = {.published = ctx->rel->published,
                          .previous = st->last_date,
                          .previous_is_near =
                              kj_date_is_set(st->last_date) && st->last_date_block == block};
    kj_date d;
    unsigned dflags;
    size_t n = kj_read_date(text + i, len - i, &dc, &d, &dflags);
    if (n) {
        hit *h = push_hit(ctx);
        h->block = block;
        h->pos = (uint32_t)i;
        h->len = (uint32_t)n;
        h->kind = HIT_DATE;
        h->date = d;
        h->date_flags = dflags;
        st->last_date = d;
        st->last_date_block = block;
        return n;
    }
    kj_number num;
    n = kj_read_number(text + i, len - i, &num);
    if (!n)
        return 0;
    /* `Microsoft 365アカウント`, `Windows 10端末`: a product's number, part
     * of its name; the word after it is read as a word */
    if (after_a_latin_name(text, i))
        return n;
    size_t un;
    unit_kind unit = read_unit(ctx->lex, text + i + n, len - i - n, &un);
    bool ascii = text[i] >= '0' && text[i] <= '9';
    if (unit != UNIT_NONE && un + n + 3 <= len - i && memcmp(text + i + n + un, "目", 3) == 0)
        unit = UNIT_NONE; /* `2人目`, `3件目`: an ordinal, no count */
    if (unit == UNIT_ORGANIZATION && un + n + 3 <= len - i &&
        is_company_word(text + i + n + un - 3))
        unit = UNIT_NONE; /* `19:31 社員用…`: the word 社員, no count of companies */
    if (unit == UNIT_PERSON && un == 3 && n + 6 <= len - i && is_person_word(text + i + n))
        unit = UNIT_NONE; /* `4 人材派遣会社`: the word 人材, no count of people */
    if (unit == UNIT_NONE)
        return ascii ? n : 0; /* skip a bare figure; kanji may start a word */
    hit *h = push_hit(ctx);
    h->block = block;
    h->pos = (uint32_t)i;
    h->kind = HIT_NUMBER;
    h->unit = (uint8_t)unit;
    h->num_flags = (uint16_t)num.flags;
    h->value = num.high;
    n += un;
    n += unit_suffix(text + i + n, len - i - n, &h->num_flags);
    h->len = (uint32_t)n;
    return n;
}

const char *kj_town_suffix(const char *name, size_t n)
{
    static const char *const ends[] = {"市", "区", "町", "村"};
    for (size_t k = 0; n > 3 && k < sizeof ends / sizeof ends[0]; k++)
        if (memcmp(name + n - 3, ends[k], 3) == 0)
            return ends[k];
    return NULL;
}

/* `稲城市民` (its residents), `秋田市旧松倉家住宅` (a facility named after
 * it): a town's name `name` (`n` bytes) that a kanji after it (`rest`)
 * makes part of another word. */
static bool town_compound(const char *name, size_t n, const char *rest, size_t rest_len)
{
    if (!kj_town_suffix(name, n) || rest_len < 3)
        return false;
    const unsigned char *u = (const unsigned char *)rest;
    uint32_t cp = code_point(u, 3);
    return (u[0] & 0xF0) == 0xE0 && cp >= 0x4E00 && cp <= 0x9FFF;
}

/* Length of the release's own organisation name starting at text[i]
 * (whose code point is `cp`), or 0. */
static size_t org_name_at(const extract_ctx *ctx, const char *text, size_t len, size_t i,
                          uint32_t cp)
{
    for (size_t k = 0; k < ctx->n_orgs; k++) {
        uint32_t n = ctx->org_lens[k];
        if (cp == ctx->org_first[k] && n <= len - i && memcmp(text + i, ctx->orgs[k], n) == 0 &&
            !town_compound(ctx->orgs[k], n, text + i + n, len - i - n))
            return n;
    }
    return 0;
}

/* The first up-to-four bytes after a word's first three characters,
 * compared as one word: most candidates fail here. */
static inline bool next4_match(const unsigned char *p, size_t avail, const lex_match *m)
{
    if (m->next_len > avail)
        return false;
    uint32_t got;
    if (avail >= 4) {
        memcpy(&got, p, 4); /* one load; the mask keeps the word's own bytes */
    } else {
        got = 0;
        memcpy(&got, p, avail);
    }
    return (got & m->next_mask) == m->next4;
}

/* ------------------------------------------------------------ sentences */

typedef struct open_sentence {
    sentence s;
    bool open;
} open_sentence;

/*
 * Rules look along a clause from each of its words (kj_cues_after and friends),
 * which costs the square of its length.  A real clause holds a handful of
 * words; one of thousands is a pasted word list or hostile input, and is
 * cut into pieces of this many hits so that time stays linear.
 */
#define CLAUSE_MAX_HITS 128

/* `確認されましたが、`, `とお知らせしましたが`, `否定できないが`: a word that
 * ends in a polite past or a negative (ました, ません, ない) before が closes
 * its clause, like the ましたが / ませんが / ないが it swallowed. */
static bool ends_a_clause(const extract_ctx *ctx, const hit *x)
{
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t end = x->pos + x->len;
    if (end < 9 || end + 3 > len || memcmp(t + end, "が", 3) != 0)
        return false;
    return memcmp(t + end - 9, "ました", 9) == 0 || memcmp(t + end - 9, "ません", 9) == 0 ||
           memcmp(t + end - 6, "ない", 6) == 0;
}

/* `情報の一部流出(※2)が懸念される`: a ※ in brackets right after a word
 * points to a note below; the clause it stands in goes on. */
static bool note_reference(const extract_ctx *ctx, const hit *x)
{
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, x->block, &len);
    return x->pos > 0 && x->pos <= len && t[x->pos - 1] == '(' && x->pos + x->len <= len &&
           memcmp(t + x->pos, "※", 3) == 0;
}

static void add_clauses(extract_ctx *ctx, sentence *s)
{
    s->clause_start = (uint32_t)ctx->n_clauses;
    clause cur = {.hit_start = s->hit_start};
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        cur.cues |= e->cues;
        bool too_long = h + 1 - cur.hit_start >= CLAUSE_MAX_HITS;
        if (((HAS(e->cues, CLAUSE_BREAK) && !note_reference(ctx, x)) || too_long ||
             ends_a_clause(ctx, x)) &&
            h + 1 < s->hit_end) {
            cur.hit_end = h + 1;
            ctx->clauses =
                grow(ctx->clauses, &ctx->cap_clauses, ctx->n_clauses, sizeof *ctx->clauses);
            ctx->clauses[ctx->n_clauses++] = cur;
            cur = (clause){.hit_start = h + 1};
        }
    }
    cur.hit_end = s->hit_end;
    ctx->clauses = grow(ctx->clauses, &ctx->cap_clauses, ctx->n_clauses, sizeof *ctx->clauses);
    ctx->clauses[ctx->n_clauses++] = cur;
    s->clause_end = (uint32_t)ctx->n_clauses;
}

/* `※フォレンジック調査:…を特定する調査手法`: a note that explains a word
 * (a ※ and a colon within its first few characters).  A note that gives a
 * count (`※従業員ID:累計約72,200名`) labels a figure instead. */
static bool is_gloss(const extract_ctx *ctx, const sentence *s)
{
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, s->block, &len);
    if (s->kind == SENT_ROW || s->start + 3 > len || memcmp(t + s->start, "※", 3) != 0)
        return false;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++)
        if (ctx->hits[h].kind == HIT_NUMBER)
            return false;
    for (uint32_t i = s->start + 3; i < len && i < s->start + 3 + 60; i++)
        if (t[i] == ':')
            return true;
    return false;
}

/* `Q 自分の個人情報が漏えいしているか確認できますか`: a question (an FAQ
 * heading, a reader's question quoted) asks, it does not state — its
 * `確認` and `漏えい` are no finding.  A question starts with `Q` (not a
 * word such as QRコード) or ends with `か` or `?`. */
static bool is_question(const extract_ctx *ctx, const sentence *s)
{
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, s->block, &len);
    if (s->kind == SENT_ROW || s->kind == SENT_TITLE || s->end > len || s->end <= s->start)
        return false;
    uint32_t a = s->start, b = s->end;
    while (a < b && (t[a] == ' ' || t[a] == '#'))
        a++;
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\n'))
        b--;
    if (b - a >= 3 && memcmp(t + b - 3, "。", 3) == 0)
        b -= 3;
    if (b - a >= 2 && t[a] == 'Q' && !(t[a + 1] >= 'A' && t[a + 1] <= 'Z') &&
        !(t[a + 1] >= 'a' && t[a + 1] <= 'z'))
        return true;
    if (b > a && t[b - 1] == '?')
        return true;
    return b - a >= 3 && memcmp(t + b - 3, "か", 3) == 0;
}

/* Closes a sentence: sums its hits' meanings and stores it. */
static void close_sentence(extract_ctx *ctx, sentence s)
{
    s.gloss = is_gloss(ctx, &s) || is_question(ctx, &s);
    if (s.end <= s.start && s.hit_end == s.hit_start && s.kind != SENT_ROW)
        return;
    for (uint32_t h = s.hit_start; h < s.hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        s.cues |= e->cues;
        s.attacks |= e->attacks;
        s.victims |= e->victims;
        s.data |= e->data;
        s.authorities |= e->authorities;
    }
    add_clauses(ctx, &s);
    ctx->sents = grow(ctx->sents, &ctx->cap_sents, ctx->n_sents, sizeof *ctx->sents);
    ctx->sents[ctx->n_sents++] = s;
}

/* The state of one scan_text call, shared with its slow path. */
typedef struct text_scan {
    extract_ctx *ctx;
    scan_state *st;
    uint32_t block;
    const unsigned char *t;
    size_t len;
    bool split, make_sentences, saw_end;
    int depth;           /* parentheses open */
    int quotes;          /* 「 open */
    uint32_t quote_from; /* the first hit after the outermost open 「 */
    sentence cur;
} text_scan;

/* One character of the text: its code point (& 0xFFFF; 0 past the end)
 * and its length in bytes. */
typedef struct text_char {
    uint32_t cp;
    size_t len;
} text_char;

/* The word starting at t[i], whose first character is `c` and the next
 * `next`, with flags `f`: its entry id (with LEX_IGNORED for an `ignore`
 * word) and length in *len_out; false when none. */
static bool word_at(const kj_lexicon *lex, const unsigned char *t, size_t len, size_t i,
                    text_char c, text_char next, uint8_t f, uint32_t *id, size_t *len_out)
{
    uint32_t cp = c.cp;
    size_t cl = c.len;
    if ((f & LEX_F_LONGER) && i + cl < len) {
        size_t cl2 = next.len;
        uint32_t c2 = next.cp;
        const lex_slot *pair =
            c2 && lex_bit(lex->pairs, lex_filter2(cp, c2)) ? lex_find(lex, LEX_KEY2(cp, c2)) : NULL;
        size_t at3 = i + cl + cl2;
        if (pair && pair->longer && at3 < len) {
            size_t cl3 = char_len(t[at3]);
            uint32_t c3 = cl3 <= len - at3 ? code_point(t + at3, cl3) & 0xFFFF : 0;
            const lex_slot *triple = c3 && lex_bit(lex->triples, lex_filter3(cp, c2, c3))
                                         ? lex_find(lex, LEX_KEY3(cp, c2, c3))
                                         : NULL;
            for (uint32_t k = 0; triple && k < triple->count; k++) {
                const lex_match *m = &lex->matches[triple->value + k];
                size_t tail = (size_t)m->head + m->next_len;
                if (m->len <= len - i && next4_match(t + i + m->head, len - i - m->head, m) &&
                    same_bytes(t + i + tail, lex->strings + m->rest, m->len - tail)) {
                    *id = m->id;
                    *len_out = m->len;
                    return true;
                }
            }
        }
        if (pair && pair->value) {
            *id = pair->value - 1;
            *len_out = cl + cl2;
            return true;
        }
    }
    if (f & LEX_F_ONE) {
        const lex_slot *one = lex_find(lex, LEX_KEY1(cp));
        if (one && one->value) {
            *id = one->value - 1;
            *len_out = cl;
            return true;
        }
    }
    return false;
}

/* Does a quotation close (」 or 』) in t[i..] before the line ends, another
 * opens or 300 bytes pass?  An unclosed 「 is a stray mark, which must not
 * keep the sentences after it together. */
static bool quote_closes_ahead(const unsigned char *t, size_t len, size_t i)
{
    for (size_t end = i + 300 < len ? i + 300 : len; i + 3 <= end; i++) {
        if (t[i] == '\n')
            return false;
        if (t[i] == 0xE3 && t[i + 1] == 0x80 && (t[i + 2] == 0x8D || t[i + 2] == 0x8F))
            return true; /* 」 』 */
        if (t[i] == 0xE3 && t[i + 1] == 0x80 && (t[i + 2] == 0x8C || t[i + 2] == 0x8E))
            return false; /* 「 『 */
    }
    return false;
}

/*
 * The slow path of scan_text, for a character `c` (followed by `next`)
 * some mark, figure or word may start with: returns the bytes consumed (at
 * least the character).  Kept out of line so that the scan's loop keeps
 * its few variables in registers.
 */
static __attribute__((noinline)) size_t at_candidate(text_scan *sc, size_t i, text_char c,
                                                     text_char next, uint8_t f)
{
    extract_ctx *ctx = sc->ctx;
    const unsigned char *t = sc->t;
    uint32_t cp = c.cp;
    size_t cl = c.len;
    if (f & LEX_F_MARK) {
        unsigned char b = t[i];
        if (cp == 0x300C || cp == 0x300D || cp == 0x300E || cp == 0x300F) { /* 「 」 『 』 */
            if ((cp == 0x300C || cp == 0x300E) && sc->quotes++ == 0)
                sc->quote_from = (uint32_t)ctx->n_hits;
            else if (sc->quotes > 0)
                sc->quotes--;
            ctx->quoting = sc->quotes > 0;
            return cl;
        }
        if (b == '(' || b == ')') {
            /* 。 inside parentheses (`(退職者を含む。)`) ends no sentence */
            if (b == '(')
                sc->depth++;
            else if (sc->depth > 0)
                sc->depth--;
            hit *h = push_hit(ctx);
            h->block = sc->block;
            h->pos = (uint32_t)i;
            h->len = 1;
            h->kind = b == '(' ? HIT_OPEN : HIT_CLOSE;
            return 1;
        }
        /* 。 inside a quotation closed on its line (`「…状態。解除する案内をする。」
         * と言われ`) ends the words quoted, not the sentence that quotes them */
        if (sc->quotes > 0 && cp == 0x3002 && quote_closes_ahead(t, sc->len, i + cl))
            return cl;
        if (sc->split && sc->depth == 0) { /* 。 ! ? or a line break */
            sc->saw_end |= cl == 3;
            sc->cur.end = (uint32_t)(i + cl);
            sc->cur.hit_end = (uint32_t)ctx->n_hits;
            if (sc->make_sentences)
                close_sentence(ctx, sc->cur);
            sc->cur.start = (uint32_t)(i + cl);
            sc->cur.hit_start = (uint32_t)ctx->n_hits;
            return cl;
        }
    }
    if (f & LEX_F_TRIGGER) {
        size_t n = read_figure(ctx, sc->st, sc->block, (const char *)t, sc->len, i);
        if (n)
            return n;
    }
    uint32_t id = 0;
    size_t n = 0;
    if (!word_at(ctx->lex, t, sc->len, i, c, next, f, &id, &n))
        return cl;
    if (!(id & LEX_IGNORED)) {
        hit *h = push_hit(ctx);
        h->block = sc->block;
        h->pos = (uint32_t)i;
        h->len = (uint32_t)n;
        h->kind = HIT_TERM;
        h->entry = id;
    }
    return n;
}

/* The release's own organisation named at t[i] (first character `cp`):
 * a hit without meaning, so that no word inside the name counts.  Returns
 * its bytes, 0 when no name starts here. */
static __attribute__((noinline)) size_t org_hit_at(text_scan *sc, size_t i, uint32_t cp)
{
    size_t org = org_name_at(sc->ctx, (const char *)sc->t, sc->len, i, cp);
    if (org) {
        hit *h = push_hit(sc->ctx);
        h->block = sc->block;
        h->pos = (uint32_t)i;
        h->len = (uint32_t)org;
        h->kind = HIT_SELF;
    }
    return org;
}

/*
 * Scans one text.  `split` cuts it into sentences at sentence ends (a
 * heading or a table cell stays whole); `proto` gives the kind, section
 * and position fields of the sentences made.  Returns whether a 。 ended
 * a sentence.  The loop itself only decodes characters and looks up their
 * flags; everything else happens in at_candidate.
 */
static bool scan_text(extract_ctx *ctx, scan_state *st, uint32_t block, const char *text,
                      size_t len, bool split, const sentence *proto, bool make_sentences)
{
    text_scan sc = {.ctx = ctx,
                    .st = st,
                    .block = block,
                    .t = (const unsigned char *)text,
                    .len = len,
                    .split = split,
                    .make_sentences = make_sentences,
                    .cur = *proto};
    sc.cur.block = sc.cur.last_block = block;
    sc.cur.start = 0;
    sc.cur.hit_start = (uint32_t)ctx->n_hits;
    const unsigned char *t = sc.t;
    const uint8_t *flags = ctx->lex->flags;
    const uint64_t *pairs = ctx->lex->pairs;
    const uint64_t org_bloom = ctx->org_bloom;
    /* Each character is decoded once: the next one, needed for the pair
     * filter, becomes the current one on the next step. */
    size_t i = 0;
    text_char c = {0, 0}, next;
    if (len)
        c.cp = decode_at(t, 0, len, &c.len);
    while (i < len) {
        next.cp = i + c.len < len ? decode_at(t, i + c.len, len, &next.len) : (next.len = 0, 0u);
        if ((org_bloom >> (c.cp & 63)) & 1) {
            size_t org = org_hit_at(&sc, i, c.cp);
            if (org) {
                i += org;
                if (i < len)
                    c.cp = decode_at(t, i, len, &c.len);
                continue;
            }
        }
        /* A mark, a figure or a one-character word starts here, or the
         * first two characters begin some longer word: look closer.  Else
         * (most characters) step on. */
        uint8_t f = flags[c.cp];
        size_t step = c.len;
        if ((f & (LEX_F_MARK | LEX_F_TRIGGER | LEX_F_ONE)) ||
            ((f & LEX_F_LONGER) && next.cp && lex_bit(pairs, lex_filter2(c.cp, next.cp))))
            step = at_candidate(&sc, i, c, next, f);
        if (step == c.len) {
            i += step;
            c = next;
        } else {
            i += step;
            if (i < len)
                c.cp = decode_at(t, i, len, &c.len);
        }
    }
    /* an unclosed 「 is a stray mark (`12月16日「(火)、…を確認`): what
     * follows it is the text's own */
    if (sc.quotes > 0)
        for (size_t h = sc.quote_from; h < ctx->n_hits; h++)
            ctx->hits[h].quoted = false;
    ctx->quoting = false;
    sc.cur.end = (uint32_t)len;
    sc.cur.hit_end = (uint32_t)ctx->n_hits;
    if (make_sentences && (sc.cur.end > sc.cur.start || sc.cur.hit_end > sc.cur.hit_start))
        close_sentence(ctx, sc.cur);
    return sc.saw_end;
}

/* ------------------------------------------------------------ release */

/* Adds `name` (normalised, `n` bytes) to the names the release's own
 * organisation goes by. */
static void add_own_name(extract_ctx *ctx, const char *name, size_t n)
{
    ctx->orgs[ctx->n_orgs] = name;
    ctx->org_lens[ctx->n_orgs] = (uint32_t)n;
    ctx->org_first[ctx->n_orgs] =
        code_point((const unsigned char *)name, char_len((unsigned char)name[0]));
    ctx->org_bloom |= (uint64_t)1 << (ctx->org_first[ctx->n_orgs++] & 63);
}

/* `千葉県柏市`, `東京都江東区`: the city, ward, town or village a
 * prefecture's name leads (`柏市`, as the city calls itself in its text);
 * NULL for any other name. */
static const char *municipality_in_prefecture(const char *name, size_t n, size_t *len)
{
    static const char *const prefecture_ends[] = {"都", "道", "府", "県"};
    static const char *const municipality_ends[] = {"市", "区", "町", "村"};
    bool municipality = false;
    for (size_t k = 0; n >= 3 && k < 4; k++)
        municipality |= memcmp(name + n - 3, municipality_ends[k], 3) == 0;
    if (!municipality)
        return NULL;
    /* the prefecture is two to four characters long (北海道, 神奈川県) */
    for (size_t at = 6; at <= 12 && at + 6 <= n; at += 3)
        for (size_t k = 0; k < 4; k++)
            if (memcmp(name + at - 3, prefecture_ends[k], 3) == 0) {
                /* the rest a plain name: no space, no second prefecture */
                if (memchr(name + at, ' ', n - at))
                    return NULL;
                *len = n - at;
                return name + at;
            }
    return NULL;
}

/* `イオンリテール株式会社(イオンモバイル公表)`, `株式会社X(Yホテル)`: the
 * brand, facility or unit the overview names in brackets after the
 * organisation, by which its text calls itself (`公表` — who published it —
 * dropped); NULL when the name ends in no bracket. */
static const char *bracketed_own_name(const char *name, size_t n, size_t *len)
{
    if (n < 2 || name[n - 1] != ')')
        return NULL;
    size_t open = n - 1;
    while (open > 0 && name[open - 1] != '(' && name[open - 1] != ')')
        open--;
    if (open < 2 || name[open - 1] != '(')
        return NULL;
    size_t end = n - 1;
    static const char *const published[] = {"公表", "発表"};
    for (size_t k = 0; k < 2; k++)
        if (end - open > 3 * 4 && memcmp(name + end - 6, published[k], 6) == 0)
            end -= 6;
    if (end - open < 6) /* two characters at least */
        return NULL;
    *len = end - open;
    return name + open;
}

/*
 * Does heading sentence `s` end on an information word (`お客様からのお問い
 * 合わせに関する一部の情報`)?  A Japanese noun phrase ends on its head, so
 * such a heading names information, even with a contact word inside it, and
 * opens no contact section (`会員様からのお問い合わせ` does).
 */
static bool heading_names_information(const extract_ctx *ctx, const sentence *s, uint32_t len)
{
    if (s->hit_end == s->hit_start)
        return false;
    const hit *last = &ctx->hits[s->hit_end - 1];
    if (last->kind != HIT_TERM || !HAS(hit_entry(ctx, last)->cues, INFO))
        return false;
    uint32_t end = last->pos + last->len;
    return end == len || end == s->end;
}

/*
 * Does heading `text` (`len` bytes) end on a word for people
 * (`【連絡先を確認できる方】`, `…ご連絡先が不明な皆様方`, `お問い合わせを
 * されたお客様`)?  By the same rule of the head noun, such a heading names a
 * group of the people concerned, however it speaks of contacting them, and
 * lists them; it opens no contact section.
 */
static bool heading_names_people(const char *text, uint32_t len)
{
    static const char *const closers[] = {"】", "]", ")", "」", "〕", " "};
    static const char *const people[] = {"方", "様", "さま", "者"};
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (size_t k = 0; k < sizeof closers / sizeof *closers; k++) {
            size_t n = strlen(closers[k]);
            if (len >= n && memcmp(text + len - n, closers[k], n) == 0) {
                len -= (uint32_t)n;
                stripped = true;
            }
        }
    }
    for (size_t k = 0; k < sizeof people / sizeof *people; k++) {
        size_t n = strlen(people[k]);
        if (len >= n && memcmp(text + len - n, people[k], n) == 0)
            return true;
    }
    return false;
}

void kj_scan_release(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    const kj_document *doc = &rel->doc;
    scan_state st = {.last_date = KJ_DATE_NONE};

    if (rel->overview.title) {
        size_t n;
        ctx->title = kj_normalize(rel->arena, rel->overview.title, strlen(rel->overview.title), &n);
        ctx->title_len = (uint32_t)n;
    } else {
        ctx->title = "";
    }
    const kj_overview *ov = &rel->overview;
    /* every name, and a municipality's name without its prefecture */
    size_t room = 3 * ov->n_organizations + 1;
    ctx->orgs = kj_arena_alloc(rel->arena, room * sizeof *ctx->orgs);
    ctx->org_lens = kj_arena_alloc(rel->arena, room * sizeof *ctx->org_lens);
    ctx->org_first = kj_arena_alloc(rel->arena, room * sizeof *ctx->org_first);
    for (size_t k = 0; k < ov->n_organizations; k++) {
        size_t n;
        const char *name =
            kj_normalize(rel->arena, ov->organizations[k], strlen(ov->organizations[k]), &n);
        if (n >= 6) /* two characters at least: never an empty or one-letter name */
            add_own_name(ctx, name, n);
        size_t short_len;
        const char *town = municipality_in_prefecture(name, n, &short_len);
        if (town)
            add_own_name(ctx, town, short_len);
        const char *brand = bracketed_own_name(name, n, &short_len);
        if (brand)
            add_own_name(ctx, brand, short_len);
    }
    sentence proto = {.kind = SENT_TITLE, .section = -1, .table = -1, .row = -1};
    scan_text(ctx, &st, TITLE_BLOCK, ctx->title, ctx->title_len, false, &proto, true);

    ctx->section_cues =
        kj_xcalloc(doc->n_sections ? doc->n_sections : 1, sizeof *ctx->section_cues);
    cue_set lead_in = 0;     /* the paragraph before a list or table */
    cue_set header_cues = 0; /* a table's header row */
    cue_set item_cues[8] = {0};
    int32_t row_table = -1, row_index = -1;
    sentence row = {0};
    bool row_open = false;

    for (uint32_t b = 0; b < doc->n_blocks; b++) {
        const kj_block *blk = &doc->blocks[b];
        /* a table row ends when the next block is not a cell of it */
        if (row_open && !(blk->kind == KJ_BLOCK_TABLE_CELL && blk->table == row_table &&
                          blk->row == row_index)) {
            row.hit_end = (uint32_t)ctx->n_hits;
            close_sentence(ctx, row);
            if (row.row == 0)
                header_cues = ctx->sents[ctx->n_sents - 1].cues;
            row_open = false;
        }
        cue_set section = blk->section >= 0 ? ctx->section_cues[blk->section] : 0;
        size_t first_sentence = ctx->n_sents;

        switch (blk->kind) {
        case KJ_BLOCK_HEADING: {
            sentence p = {.kind = SENT_HEADING, .section = blk->section, .table = -1, .row = -1};
            scan_text(ctx, &st, b, blk->text.norm, blk->text.norm_len, false, &p, true);
            cue_set own = ctx->n_sents > first_sentence ? ctx->sents[ctx->n_sents - 1].cues : 0;
            if (HAS(own, SECTION_CONTACT) &&
                (heading_names_information(ctx, &ctx->sents[ctx->n_sents - 1],
                                           (uint32_t)blk->text.norm_len) ||
                 heading_names_people(blk->text.norm, (uint32_t)blk->text.norm_len))) {
                own &= ~CUE(SECTION_CONTACT);
                ctx->sents[ctx->n_sents - 1].cues = own;
            }
            if (blk->section >= 0) {
                int32_t parent = doc->sections[blk->section].parent;
                ctx->section_cues[blk->section] =
                    own | (parent >= 0 ? ctx->section_cues[parent] : 0);
                if (ctx->n_sents > first_sentence)
                    ctx->sents[ctx->n_sents - 1].context =
                        parent >= 0 ? ctx->section_cues[parent] : 0;
            }
            lead_in = 0;
            memset(item_cues, 0, sizeof item_cues);
            continue;
        }
        case KJ_BLOCK_TABLE_CELL:
            if (!row_open) {
                row = (sentence){.kind = SENT_ROW,
                                 .fragment = true,
                                 .block = b,
                                 .last_block = b,
                                 .section = blk->section,
                                 .table = blk->table,
                                 .row = blk->row,
                                 .hit_start = (uint32_t)ctx->n_hits,
                                 .context = section | lead_in | (blk->row > 0 ? header_cues : 0)};
                row_table = blk->table;
                row_index = blk->row;
                row_open = true;
                if (blk->row == 0)
                    header_cues = 0;
            }
            row.last_block = b;
            scan_text(ctx, &st, b, blk->text.norm, blk->text.norm_len, false, &row, false);
            continue;
        default: {
            bool in_list = blk->list_item >= 0;
            int depth = blk->list_depth < 8 ? blk->list_depth : 7;
            cue_set context = section;
            if (in_list) {
                context |= lead_in;
                for (int d = 1; d < depth; d++)
                    context |= item_cues[d];
            }
            sentence p = {.kind = in_list ? SENT_ITEM : SENT_PARAGRAPH,
                          .fragment = in_list,
                          .section = blk->section,
                          .table = -1,
                          .row = -1,
                          .context = context};
            bool period =
                scan_text(ctx, &st, b, blk->text.norm, blk->text.norm_len, true, &p, true);
            cue_set own = 0;
            for (size_t s = first_sentence; s < ctx->n_sents; s++)
                own |= ctx->sents[s].cues;
            if (in_list) {
                item_cues[depth] = own;
            } else if (!period) {
                /* lines without 。 after a lead-in (`以下の情報は含まれて
                 * おりません。` then `氏名、住所`): a list written as lines */
                for (size_t s = first_sentence; s < ctx->n_sents; s++) {
                    ctx->sents[s].fragment = true;
                    ctx->sents[s].context |= lead_in;
                }
            } else {
                lead_in = own;
                memset(item_cues, 0, sizeof item_cues);
            }
            break;
        }
        }
    }
    if (row_open) {
        row.hit_end = (uint32_t)ctx->n_hits;
        close_sentence(ctx, row);
    }

    ctx->section_has_data = kj_xcalloc(doc->n_sections ? doc->n_sections : 1, sizeof(bool));
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        for (int32_t sec = s->data ? s->section : -1; sec >= 0 && !ctx->section_has_data[sec];
             sec = doc->sections[sec].parent)
            ctx->section_has_data[sec] = true;
    }
}

/* ------------------------------------------------------------ evidence */

const char *kj_sentence_section(const extract_ctx *ctx, const sentence *s)
{
    if (s->kind == SENT_TITLE)
        return "公表概要";
    if (s->section < 0 || (size_t)s->section >= ctx->rel->doc.n_sections)
        return "";
    return ctx->rel->doc.sections[s->section].path;
}

const char *kj_sentence_text(extract_ctx *ctx, const sentence *s)
{
    kj_buf_reset(&ctx->scratch);
    if (s->kind == SENT_ROW) {
        for (uint32_t b = s->block; b <= s->last_block; b++) {
            uint32_t len;
            const char *t = kj_ctx_block_text(ctx, b, &len);
            if (b > s->block)
                kj_buf_puts(&ctx->scratch, " | ");
            kj_buf_append(&ctx->scratch, t, len);
        }
    } else {
        uint32_t len;
        const char *t = kj_ctx_block_text(ctx, s->block, &len);
        uint32_t end = s->end < len ? s->end : len;
        if (end > s->start)
            kj_buf_append(&ctx->scratch, t + s->start, end - s->start);
    }
    kj_buf_append(&ctx->scratch, "", 0); /* allocated and terminated even when empty */
    return ctx->scratch.data;
}

void kj_add_evidence(extract_ctx *ctx, kj_field field, const char *value, const sentence *s)
{
    if (ctx->rel->flags & KJ_RELEASE_NO_EVIDENCE)
        return; /* nobody asked: spare assembling the sentence */
    kj_release_add_evidence(ctx->rel, field, value, kj_sentence_text(ctx, s),
                            kj_sentence_section(ctx, s));
}

const clause *kj_clause_of(const extract_ctx *ctx, const sentence *s, size_t h)
{
    /* The clauses of a sentence cover its hits in order: binary search, as
     * a long sentence has many clauses and every word asks for its own. */
    uint32_t lo = s->clause_start, hi = s->clause_end;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (h < ctx->clauses[mid].hit_start)
            hi = mid;
        else
            lo = mid;
    }
    return &ctx->clauses[lo];
}
