/*
 * snippets.c — the passages of a release's body a one-pager shows, copied
 * before the body is dropped.
 *
 * A one-pager needs text, not only facts: the opening of the newest
 * release (its summary) and the countermeasures it announces.  Loading an
 * archive keeps facts only, so these passages are copied here, on the
 * loader thread, as plain bounded strings on the release: the renderer then
 * never reads or parses text, and memory grows with a few kilobytes per
 * release, not with the archive's text.
 */
#include <string.h>

#include "kaiji/extract.h"
#include "kaiji/text.h"

/* Bytes of the opening kept: more than a page's summary ever shows. */
#define OPENING_MAX 1800
/* Countermeasures kept, and bytes of each. */
#define MEASURES_MAX 12
#define MEASURE_MAX 360

/* ------------------------------------------------------------ sentences */

/* Length of the sentence end (。！？ and closing brackets right after it)
 * at s, or 0. */
static size_t stop_at(const char *s)
{
    static const char *const stops[] = {"。", "！", "？"};
    for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++) {
        size_t n = strlen(stops[k]);
        if (strncmp(s, stops[k], n) == 0) {
            while (strncmp(s + n, "」", 3) == 0 || strncmp(s + n, "）", 3) == 0 ||
                   strncmp(s + n, "』", 3) == 0)
                n += 3;
            return n;
        }
    }
    return 0;
}

static bool ends_sentence(const char *s, size_t len)
{
    static const char *const ends[] = {"。", "！", "？", "」", "）", "』"};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t n = strlen(ends[k]);
        if (len >= n && memcmp(s + len - n, ends[k], n) == 0)
            return true;
    }
    return false;
}

static bool has_stop(const char *s)
{
    for (; *s; s++)
        if (stop_at(s))
            return true;
    return false;
}

/* The longest prefix of s[0, len) ending at a sentence end within `max`
 * bytes; 0 when there is none. */
static size_t cut_at_sentence(const char *s, size_t len, size_t max)
{
    size_t best = 0;
    for (size_t i = 0; i < len && i < max;) {
        size_t n = stop_at(s + i);
        if (n) {
            if (i + n <= max)
                best = i + n;
            i += n;
        } else {
            i++;
        }
    }
    return best;
}

/* The length of the first sentence of s[0, len) (all of it without a
 * sentence end). */
static size_t first_sentence(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        size_t n = stop_at(s + i);
        if (n)
            return i + n;
    }
    return len;
}

/* The longest prefix of at most `max` bytes that ends on a whole UTF-8
 * character. */
static size_t cut_at_char(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    size_t n = max;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

/* ---------------------------------------------------------------- opening */

/* Lines such as 記, 以上, a date, a name or a department: short, no
 * sentence, nothing to read. */
static bool is_furniture(const kj_block *b)
{
    size_t chars = 0;
    for (const char *p = b->text.norm; *p; p++)
        chars += ((unsigned char)*p & 0xC0) != 0x80;
    /* A short piece ending in a comma is a sentence broken off (text
     * converted from PDF), not furniture. */
    size_t n = b->text.raw_len;
    bool broken = (n >= 3 && memcmp(b->text.raw + n - 3, "、", 3) == 0) ||
                  (n >= 3 && memcmp(b->text.raw + n - 3, "，", 3) == 0);
    return chars < 40 && !broken && !has_stop(b->text.raw);
}

/* The contact section closes the text: nothing after it is the story.  It
 * opens with a heading, or with a bracketed line (【お問い合わせ窓口】…). */
static bool is_contact_heading(const kj_block *b)
{
    const char *n = b->text.norm;
    bool contact = strstr(n, "問い合わせ") || strstr(n, "問合せ") || strstr(n, "連絡先") ||
                   strstr(n, "相談窓口");
    return contact && (b->kind == KJ_BLOCK_HEADING ||
                       (b->kind == KJ_BLOCK_PARAGRAPH && strncmp(n, "【", strlen("【")) == 0));
}

static void capture_opening(kj_release *rel)
{
    const kj_document *doc = &rel->doc;
    kj_buf buf = {0};
    bool more = false;
    size_t last = (size_t)-1; /* the block last taken */
    for (size_t i = 0; i < doc->n_blocks; i++) {
        const kj_block *b = &doc->blocks[i];
        if (is_contact_heading(b))
            break;
        if (b->kind != KJ_BLOCK_PARAGRAPH || b->quoted || b->list_item >= 0 || b->table >= 0 ||
            is_furniture(b))
            continue;
        if (buf.len >= OPENING_MAX) {
            more = true;
            break;
        }
        /* A paragraph that stops mid-sentence and the one right after it
         * are one sentence (text converted from PDF breaks anywhere); after
         * a list, a table or a heading a new paragraph starts. */
        if (buf.len && (last + 1 != i || ends_sentence(buf.data, buf.len)))
            kj_buf_putc(&buf, '\n');
        kj_buf_append(&buf, b->text.raw, b->text.raw_len);
        last = i;
    }
    /* A greeting (平素より格別のご高配を賜り…) opens many notices and says
     * nothing about the incident. */
    size_t start = 0;
    if (buf.len && strncmp(buf.data, "平素", strlen("平素")) == 0) {
        size_t end = first_sentence(buf.data, buf.len);
        while (end < buf.len && buf.data[end] == '\n')
            end++;
        if (end < buf.len)
            start = end;
    }
    if (buf.len > start) {
        size_t keep = buf.len - start;
        const char *text = buf.data + start;
        if (keep > OPENING_MAX) {
            keep = cut_at_sentence(text, keep, OPENING_MAX);
            if (keep == 0)
                keep = cut_at_char(text, buf.len - start, OPENING_MAX);
            more = true;
        }
        while (keep > 0 && text[keep - 1] == '\n')
            keep--;
        rel->snippets.opening = kj_arena_strndup(rel->arena, text, keep);
        rel->snippets.opening_cut = more;
    }
    kj_buf_free(&buf);
}

/* -------------------------------------------------------- countermeasures */

enum { TIER_NONE, TIER_MEASURES, TIER_RESPONSE };

/* What a heading promises: countermeasures (再発防止策, …対策), the
 * organisation's response in general (今後の対応), or neither. */
static int heading_tier(const char *norm)
{
    if (strstr(norm, "再発防止") || strstr(norm, "防止策") || strstr(norm, "セキュリティ強化") ||
        (strstr(norm, "対策") && !strstr(norm, "対策本部")))
        return TIER_MEASURES;
    if (strstr(norm, "今後の対応") || strstr(norm, "当社の対応") || strstr(norm, "弊社の対応") ||
        strstr(norm, "本学の対応") || strstr(norm, "当院の対応") || strstr(norm, "本市の対応") ||
        strstr(norm, "対応状況") || strstr(norm, "対応措置") || strstr(norm, "今後の取り組み") ||
        strstr(norm, "今後の取組"))
        return TIER_RESPONSE;
    return TIER_NONE;
}

/* A paragraph that announces a list of countermeasures (以下の対策を…). */
static bool introduces_measures(const char *norm)
{
    return (strstr(norm, "以下") || strstr(norm, "下記") || strstr(norm, "次の")) &&
           (strstr(norm, "対策") || strstr(norm, "再発防止"));
}

/* Words of a sentence that states an action taken or planned (and not the
 * cause it answers, nor an apology). */
static bool states_action(const char *s)
{
    static const char *const words[] = {"強化", "導入",   "実施",   "徹底", "見直", "変更",  "防止",
                                        "教育", "監視",   "構築",   "整備", "廃止", "更新",  "改修",
                                        "適用", "多要素", "二段階", "認証", "講じ", "取り組"};
    if (strstr(s, "お詫び") || strstr(s, "ご迷惑") || strstr(s, "ご心配") ||
        strstr(s, "お問い合わせ") || strstr(s, "お問合せ") || strstr(s, "原因は"))
        return false;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strstr(s, words[k]))
            return true;
    return false;
}

/* Bytes of list marker at the start of an item: ・ ● ■ - (1) （1） 1. ① … */
static size_t marker_length(const char *s)
{
    static const char *const bullets[] = {"・", "●",  "○", "■", "□", "◆",  "◇",  "▪", "•",
                                          "‐",  "－", "―", "*", "-", "〇", "　", " ", "\t"};
    size_t at = 0;
    for (bool again = true; again;) {
        again = false;
        for (size_t k = 0; k < sizeof bullets / sizeof bullets[0]; k++) {
            size_t n = strlen(bullets[k]);
            if (strncmp(s + at, bullets[k], n) == 0) {
                at += n;
                again = true;
                break;
            }
        }
        /* ① … ⑳: U+2460..U+2473, E2 91 A0..E2 91 B3. */
        if (!again && (unsigned char)s[at] == 0xE2 && (unsigned char)s[at + 1] == 0x91 &&
            (unsigned char)s[at + 2] >= 0xA0 && (unsigned char)s[at + 2] <= 0xB3) {
            at += 3;
            again = true;
        }
        if (!again) {
            /* (1) （1） 1. 1． 1) 1、 with ASCII or full-width digits */
            size_t p = at;
            bool open = false;
            if (s[p] == '(') {
                p++;
                open = true;
            } else if (strncmp(s + p, "（", 3) == 0) {
                p += 3;
                open = true;
            }
            size_t digits = 0;
            for (;;) {
                if (s[p] >= '0' && s[p] <= '9') {
                    p++;
                    digits++;
                } else if ((unsigned char)s[p] == 0xEF && (unsigned char)s[p + 1] == 0xBC &&
                           (unsigned char)s[p + 2] >= 0x90 && (unsigned char)s[p + 2] <= 0x99) {
                    p += 3;
                    digits++;
                } else {
                    break;
                }
            }
            if (digits == 0 || digits > 2)
                break;
            size_t close = 0;
            if (s[p] == ')' || (!open && s[p] == '.'))
                close = 1;
            else if (strncmp(s + p, "）", 3) == 0 ||
                     (!open && (strncmp(s + p, "．", 3) == 0 || strncmp(s + p, "、", 3) == 0)))
                close = 3;
            if (!close)
                break;
            at = p + close;
            again = true;
        }
    }
    return at;
}

/* Bytes of a bracketed lead-in at s (【再発防止策】, ＜対策＞, [対策]) of at
 * most 40 characters, or 0. */
static size_t bracket_length(const char *s)
{
    static const char *const pairs[][2] = {{"【", "】"}, {"＜", "＞"}, {"〈", "〉"},
                                           {"［", "］"}, {"<", ">"},   {"[", "]"}};
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
        size_t open = strlen(pairs[k][0]);
        if (strncmp(s, pairs[k][0], open) != 0)
            continue;
        const char *close = strstr(s + open, pairs[k][1]);
        if (close && close - s < 40 * 3)
            return (size_t)(close - s) + strlen(pairs[k][1]);
    }
    return 0;
}

typedef struct measures {
    kj_release *rel;
    const char *items[MEASURES_MAX];
    size_t n_kept;
    size_t n_found;
} measures;

/* Adds one item (marker removed, cut to MEASURE_MAX with …); the same text
 * twice counts once. */
static void add_measure(measures *m, const char *s, size_t len)
{
    size_t lead = bracket_length(s); /* 【再発防止策】・… */
    if (lead < len) {
        s += lead;
        len -= lead;
    }
    size_t skip = marker_length(s);
    if (skip >= len)
        return;
    s += skip;
    len -= skip;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\n'))
        len--;
    if (len == 0)
        return;
    size_t keep = cut_at_char(s, len, MEASURE_MAX);
    for (size_t i = 0; i < m->n_kept; i++)
        if (strncmp(m->items[i], s, keep) == 0 && m->items[i][keep] == '\0')
            return;
    m->n_found++;
    if (m->n_kept == MEASURES_MAX)
        return;
    m->items[m->n_kept++] = keep < len ? kj_arena_printf(m->rel->arena, "%.*s…", (int)keep, s)
                                       : kj_arena_strndup(m->rel->arena, s, keep);
}

/* The list items under sections of `tier` (their sub-sections included),
 * and those of a list a paragraph introduces as countermeasures.  Items of
 * one list item's several paragraphs are joined; nested lists are left to
 * their parent item. */
static void list_items(measures *m, const uint8_t *tier_at, int tier)
{
    const kj_document *doc = &m->rel->doc;
    kj_buf item = {0};
    int32_t item_no = -1;
    uint16_t depth = 0;
    bool introduced = false;
    for (size_t i = 0; i <= doc->n_blocks; i++) {
        const kj_block *b = i < doc->n_blocks ? &doc->blocks[i] : NULL;
        bool in_list = b && b->kind == KJ_BLOCK_PARAGRAPH && b->list_item >= 0 && !b->quoted;
        bool wanted = in_list && (introduced || tier_at[i] == tier);
        if (wanted && depth == 0)
            depth = b->list_depth;
        bool same_item = wanted && b->list_item == item_no;
        if (!same_item && item.len) {
            add_measure(m, item.data, item.len);
            kj_buf_reset(&item);
        }
        if (!b)
            break;
        if (!in_list) {
            depth = 0;
            if (b->kind == KJ_BLOCK_PARAGRAPH && b->table < 0)
                introduced = tier == TIER_MEASURES && introduces_measures(b->text.norm);
            else if (b->kind == KJ_BLOCK_HEADING)
                introduced = false;
            continue;
        }
        if (!wanted || b->list_depth != depth)
            continue;
        item_no = b->list_item;
        kj_buf_append(&item, b->text.raw, b->text.raw_len);
        /* Under a general heading (今後の対応) only items stating an action
         * are countermeasures, not the notices and help lines. */
        if (tier == TIER_RESPONSE && !introduced && !states_action(item.data)) {
            kj_buf_reset(&item);
            item_no = -1;
        }
    }
    kj_buf_free(&item);
}

/* Of two promises, countermeasures outrank a general response. */
static int stronger(int a, int b)
{
    if (a == TIER_MEASURES || b == TIER_MEASURES)
        return TIER_MEASURES;
    return a == TIER_RESPONSE || b == TIER_RESPONSE ? TIER_RESPONSE : TIER_NONE;
}

/* Is `norm` about contacts (お問い合わせ先, 連絡先, 窓口)? */
static bool names_contacts(const char *n)
{
    return strstr(n, "問い合わせ") || strstr(n, "問合せ") || strstr(n, "連絡先") ||
           strstr(n, "窓口");
}

/* A short line that names another part: bracketed or marked (■), or about
 * contacts. */
static bool opens_other_part(const kj_block *b)
{
    const char *n = b->text.norm;
    return bracket_length(n) || strncmp(n, "■", strlen("■")) == 0 ||
           strncmp(n, "□", strlen("□")) == 0 || names_contacts(n);
}

/* What the parts of a body promise, block by block. */
typedef struct parts {
    uint8_t *section; /* per block: the promise of its section's heading */
    uint8_t *run;     /* per block: of a line standing as a heading before it */
} parts;

/* The promise in force after `sentence`, when `run` was in force before
 * it: a sentence led by a bracketed heading (【再発防止策】・…) opens a part. */
static int after_bracket(const char *sentence, int run, kj_arena *arena)
{
    size_t lead = bracket_length(sentence);
    return lead ? heading_tier(kj_arena_strndup(arena, sentence, lead)) : run;
}

/*
 * What each block is under: the promise of its section's heading, or of a
 * line standing as a heading (text converted from PDF has no Markdown
 * headings): a short line without a sentence that makes a promise
 * (`2. 再発防止策等`, `今後の対応と再発防止策`), or a bracketed heading leading
 * a sentence (【再発防止策】・…, also inside a paragraph).  Such a part runs
 * to the next heading, the next such line, or a short line that names
 * another part (【…】, ■…, お問い合わせ); other short lines are its items
 * (多要素認証の導入).
 */
static parts block_parts(kj_release *rel)
{
    const kj_document *doc = &rel->doc;
    uint8_t *tier_of = kj_arena_alloc(rel->arena, doc->n_sections + 1);
    for (size_t s = 0; s < doc->n_sections; s++) {
        const kj_section *sec = &doc->sections[s];
        const char *heading = doc->blocks[sec->heading_block].text.norm;
        int t = heading_tier(heading);
        int parent = sec->parent >= 0 ? tier_of[sec->parent] : TIER_NONE;
        /* A sub-section inherits what its parent promises, unless it makes
         * a stronger promise itself or is the contacts (`### お問い合わせ先`
         * under `## 今後の対応`: 「開設でき次第…更新して」 is no measure). */
        if (t != TIER_MEASURES && names_contacts(heading))
            parent = TIER_NONE;
        tier_of[s] = (uint8_t)(t == TIER_MEASURES || parent == TIER_NONE ? t : parent);
    }
    parts pt = {kj_arena_alloc(rel->arena, doc->n_blocks + 1),
                kj_arena_alloc(rel->arena, doc->n_blocks + 1)};
    int run = TIER_NONE;
    for (size_t i = 0; i < doc->n_blocks; i++) {
        const kj_block *b = &doc->blocks[i];
        bool plain =
            b->kind == KJ_BLOCK_PARAGRAPH && b->list_item < 0 && b->table < 0 && !b->quoted;
        if (b->kind == KJ_BLOCK_HEADING)
            run = TIER_NONE;
        pt.section[i] = (uint8_t)(b->section >= 0 ? tier_of[b->section] : TIER_NONE);
        if (plain && is_furniture(b)) {
            int t = heading_tier(b->text.norm);
            if (t != TIER_NONE || opens_other_part(b)) {
                run = t;
                pt.section[i] = TIER_NONE; /* a heading, no item */
                pt.run[i] = TIER_NONE;
                continue;
            }
        }
        pt.run[i] = (uint8_t)run;
        if (plain)
            for (size_t start = 0; start < b->text.raw_len;) {
                size_t end = start + first_sentence(b->text.raw + start, b->text.raw_len - start);
                run = after_bracket(b->text.raw + start, run, rel->arena);
                start = end;
            }
    }
    return pt;
}

/* The sentences stating an action in the paragraphs under `tier`; a
 * bracketed heading inside a paragraph changes the part from its sentence
 * on. */
static void action_sentences(measures *m, const parts *pt, int tier)
{
    const kj_document *doc = &m->rel->doc;
    for (size_t i = 0; i < doc->n_blocks; i++) {
        const kj_block *b = &doc->blocks[i];
        if (b->kind != KJ_BLOCK_PARAGRAPH || b->quoted || b->table >= 0)
            continue;
        int run = pt->run[i];
        const char *s = b->text.raw;
        size_t len = b->text.raw_len;
        for (size_t start = 0; start < len;) {
            size_t end = start + first_sentence(s + start, len - start);
            char *sentence = kj_arena_strndup(m->rel->arena, s + start, end - start);
            if (b->list_item < 0)
                run = after_bracket(sentence, run, m->rel->arena);
            if (stronger(pt->section[i], run) == tier && states_action(sentence))
                add_measure(m, sentence, end - start);
            start = end;
        }
    }
}

/* Failing any part: the sentences anywhere that announce prevention
 * (再発防止に向けたセキュリティ強化に取り組みます。). */
static void prevention_sentences(measures *m)
{
    const kj_document *doc = &m->rel->doc;
    for (size_t i = 0; i < doc->n_blocks; i++) {
        const kj_block *b = &doc->blocks[i];
        if (b->kind != KJ_BLOCK_PARAGRAPH || b->quoted || b->table >= 0)
            continue;
        const char *s = b->text.raw;
        for (size_t start = 0; start < b->text.raw_len;) {
            size_t end = start + first_sentence(s + start, b->text.raw_len - start);
            char *sentence = kj_arena_strndup(m->rel->arena, s + start, end - start);
            if ((strstr(sentence, "再発防止") || strstr(sentence, "防止策")) &&
                states_action(sentence))
                add_measure(m, sentence, end - start);
            start = end;
        }
    }
}

static void capture_measures(kj_release *rel)
{
    parts pt = block_parts(rel);
    uint8_t *tier_at = kj_arena_alloc(rel->arena, rel->doc.n_blocks + 1);
    for (size_t i = 0; i < rel->doc.n_blocks; i++)
        tier_at[i] = (uint8_t)stronger(pt.section[i], pt.run[i]);
    measures m = {.rel = rel};
    static const int tiers[] = {TIER_MEASURES, TIER_RESPONSE};
    static const uint8_t from[] = {KJ_MEASURES_PREVENTION, KJ_MEASURES_RESPONSE};
    for (size_t k = 0; k < 2 && m.n_found == 0; k++) {
        list_items(&m, tier_at, tiers[k]);
        if (m.n_found == 0)
            action_sentences(&m, &pt, tiers[k]);
        if (m.n_found)
            rel->snippets.measures_from = from[k];
    }
    if (m.n_found == 0) {
        prevention_sentences(&m);
        if (m.n_found)
            rel->snippets.measures_from = KJ_MEASURES_SENTENCES;
    }
    if (m.n_kept) {
        rel->snippets.measures = kj_arena_alloc(rel->arena, m.n_kept * sizeof(char *));
        memcpy(rel->snippets.measures, m.items, m.n_kept * sizeof(char *));
    }
    rel->snippets.n_measures = (uint16_t)m.n_kept;
    rel->snippets.n_measures_found = (uint16_t)(m.n_found > UINT16_MAX ? UINT16_MAX : m.n_found);
}

void kj_capture_snippets(kj_release *rel)
{
    if (!rel || (rel->flags & (KJ_RELEASE_TEXT_DROPPED | KJ_RELEASE_SKIPPED)))
        return;
    memset(&rel->snippets, 0, sizeof rel->snippets);
    capture_opening(rel);
    capture_measures(rel);
    rel->snippets.captured = true;
}
