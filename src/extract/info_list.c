/*
 * info_list.c — does the body list the information concerned?
 *
 * A release that lists what leaked or may have leaked (`以下の情報が流出
 * した可能性があります。` then `- 氏名` `- 住所`, or a heading
 * `漏えいした個人情報の項目` over such a list or a table) speaks of
 * affected people's data: the fact checks (aggregate/checks.c) expect such
 * a release to state data types, a victim group and an attack type, and
 * list the release when none was found.  The facts themselves are read
 * elsewhere (facts_subjects.c); this file only counts the list's items
 * (rel->cues.info_items, info_data_items) and notes whether the list names
 * whose information it is (info_people), from the scan's sentences, hits
 * and cues; and whether the body calls the attack only by a general word
 * such as サイバー攻撃 (generic_attack), which states no type.
 *
 * A list counts when what introduces it — the heading right above it, or
 * the last sentence of the paragraph right before it — names information
 * (情報, 個人データ, 項目 …) as leaked, possibly leaked or concerned, and
 * does not deny it: `情報漏えいは確認されておりません。` followed by a
 * list of measures introduces no list of information.  An item counts
 * when it names data or information and is not itself a denial, a request
 * or a warning.
 */
#include "extract_internal.h"

/* Cues that place information among what leaked or is concerned. */
#define AFFECTED (CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE) | CUE(TARGET))

/* Cues that make a passage something else than a statement of what is
 * concerned: a denial, an exclusion, a request, a warning, a condition. */
#define NOT_AFFECTED                                                                               \
    (CUE(NEGATION) | CUE(EXCLUSION) | CUE(REQUEST) | CUE(WARNING) | CUE(CONDITIONAL) | CUE(PREVENT))

/* A heading ends with its information word when at most this many bytes
 * follow it (`】`, `）：`): `漏えいした情報の状況` is about the situation. */
#define HEADING_TAIL_BYTES 6

static bool is_info_word(const extract_ctx *ctx, const hit *x)
{
    return x->kind == HIT_TERM && !x->quoted && HAS(hit_entry(ctx, x)->cues, INFO);
}

/* `情報漏えい`, `データ流出`: the information word is the first half of a
 * word for the leak itself, not the information concerned. */
static bool names_the_leak(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const hit *x = &ctx->hits[h];
    if (h + 1 >= s->hit_end)
        return false;
    const hit *next = &ctx->hits[h + 1];
    return next->kind == HIT_TERM && next->block == x->block && next->pos == x->pos + x->len &&
           HAS(hit_entry(ctx, next)->cues, LEAK_NOUN);
}

/* Does heading `s` end with information said to be concerned
 * (`漏えいした個人情報の項目`, `【流出したおそれのある情報】`)? */
static bool heading_introduces(const extract_ctx *ctx, const sentence *s)
{
    if (!(s->cues & AFFECTED) || (s->cues & NOT_AFFECTED))
        return false;
    for (size_t h = s->hit_end; h-- > s->hit_start;) {
        const hit *x = &ctx->hits[h];
        if (x->kind != HIT_TERM)
            continue;
        /* the last word of the heading */
        return is_info_word(ctx, x) && !names_the_leak(ctx, s, h) && x->block == s->block &&
               x->pos + x->len + HEADING_TAIL_BYTES >= s->end;
    }
    return false;
}

/* Does sentence `s` (the last before a list) name information as
 * concerned in a clause that does not deny it (`74名の方の以下の情報が漏洩
 * しました。`, `漏えいしたおそれのある個人データの項目は以下のとおりです。`)? */
static bool paragraph_introduces(const extract_ctx *ctx, const sentence *s)
{
    /* `…データの範囲に、お客様の個人情報が含まれないことを確認いたしました`:
     * a sentence that denies anything lists no information */
    if (s->cues & NOT_AFFECTED)
        return false;
    for (uint32_t c = s->clause_start; c < s->clause_end; c++) {
        const clause *cl = &ctx->clauses[c];
        if (!(cl->cues & CUE(INFO)) || !(cl->cues & AFFECTED) || (cl->cues & NOT_AFFECTED))
            continue;
        for (uint32_t h = cl->hit_start; h < cl->hit_end; h++)
            if (is_info_word(ctx, &ctx->hits[h]) && !names_the_leak(ctx, s, h))
                return true;
    }
    return false;
}

static bool introduces(const extract_ctx *ctx, const sentence *s)
{
    if (s->gloss || kj_sentence_is_aside(s) || kj_sentence_is_measures(s))
        return false;
    if (s->kind == SENT_HEADING)
        return heading_introduces(ctx, s);
    return s->kind == SENT_PARAGRAPH && paragraph_introduces(ctx, s);
}

/* A line without 。 names information in a few words (`氏名、住所、電話
 *番号`); a longer one is a title or a caption. */
#define LINE_ITEM_MAX_BYTES 150

/* A list item, a table row or a short line without 。 after a lead-in. */
static bool is_item(const sentence *s)
{
    return s->kind == SENT_ITEM || s->kind == SENT_ROW ||
           (s->kind == SENT_PARAGRAPH && s->fragment);
}

/* The words of a sentence outside 「」: a quoted title (`「…お客様情報の漏え
 * いについて」`) names another text's subject. */
typedef struct own_words {
    bool info;
    kj_set data, victims;
} own_words;

static own_words words_of(const extract_ctx *ctx, const sentence *s)
{
    own_words w = {false, 0, 0};
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->kind != HIT_TERM || x->quoted)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        w.info |= HAS(e->cues, INFO);
        w.data |= e->data;
        w.victims |= e->victims;
    }
    return w;
}

/* Is item `s` one of information: naming data or information, not denying
 * anything, and a short line when it is a line without 。? */
static bool names_information(const sentence *s, const own_words *w)
{
    if (!(w->data || w->info) || (s->cues & NOT_AFFECTED))
        return false;
    return s->kind != SENT_PARAGRAPH || s->block != s->last_block ||
           s->end - s->start <= LINE_ITEM_MAX_BYTES;
}

static uint16_t capped(unsigned n)
{
    return (uint16_t)(n < UINT16_MAX ? n : UINT16_MAX);
}

void kj_extract_info_list(extract_ctx *ctx)
{
    kj_cues *cues = &ctx->rel->cues;
    unsigned items = 0, data_items = 0;
    const sentence *lead = NULL; /* what introduces the items that follow, when it
                                    introduces a list of information */
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (s->kind == SENT_TITLE)
            continue;
        cues->generic_attack |= HAS(s->cues, GENERIC_ATTACK) && !kj_sentence_is_aside(s);
        if (!is_item(s)) {
            lead = introduces(ctx, s) ? s : NULL;
            continue;
        }
        if (!lead)
            continue;
        own_words w = words_of(ctx, s);
        if (!names_information(s, &w) || kj_cited_title(ctx, s))
            continue; /* a cited notice's title lists nothing of this one */
        items++;
        data_items += w.data != 0;
        cues->info_people |= (words_of(ctx, lead).victims | w.victims) != 0;
    }
    cues->info_items = capped(items);
    cues->info_data_items = capped(data_items);
}
