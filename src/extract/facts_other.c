/*
 * facts_other.c — an item of a list of data that no vocabulary word names.
 *
 * The reference labels give `other` for each concrete item of a list of
 * personal data that the vocabulary has no type for (`氏名、住所、出身国、
 * 希望職種`, `…メールアドレスの一部のほか、販売促進に用いる顧客関連情報`), but not for a trailing
 * 「等」, a summary word (`その他の個人情報`) or business data (図面, 工事名称, 請負金額).  The
 * lexicon names the items it knows; this file finds, in a list that holds such words, the items
 * between list separators that hold none.
 */
#include <string.h>

#include "extract_internal.h"

/* Items longer than this are clauses, not the name of an item. */
#define ITEM_MAX_BYTES 90

/* What stands between two items of a list (`会員番号・会員種別`: the middle dot
 * too, but see item_end and unnamed_between). */
static const char *const separators[] = {"、",   "，",     ",",      "・",
                                         "及び", "および", "並びに", "ならびに"};
#define N_SEPARATORS (sizeof separators / sizeof *separators)

/* What ends the last item of a list inside a sentence (`…、勤務先が漏えい`). */
static const char *const enders[] = {
    "。", "が", "を", "は", "等", "など",     "といった", "(",      ")",    "「",
    "」", "【", "】", ":",  "※",  "について", "です",     "でした", "であ", "となり"};
#define N_ENDERS (sizeof enders / sizeof *enders)

/* What may follow a data word before the separator of its list: `メールア
 * ドレスの一部のほか、`. */
static const char *const tails[] = {"の一部", "のほか", "ほか", "等", "など"};
#define N_TAILS (sizeof tails / sizeof *tails)

/* Leading words that mark a vague entry, not part of its name. */
static const char *const vague_leads[] = {"その他の", "その他", "そのほか", "他の"};
#define N_VAGUE (sizeof vague_leads / sizeof *vague_leads)

/* How a word that qualifies the next one ends (`業務用`, `会社付与の`). */
static const char *const qualifier_ends[] = {"の", "用", "な", "る", "た", "い", "/", "・"};
#define N_QUALIFIER_ENDS (sizeof qualifier_ends / sizeof *qualifier_ends)

static size_t match_any(const char *text, size_t at, size_t end, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(words[i]);
        if (at + len <= end && memcmp(text + at, words[i], len) == 0)
            return len;
    }
    return 0;
}

/* The byte length of the character at `at` (kj_utf8_decode's, 1 for a bad
 * byte).  The texts are NUL-terminated and the decoder stops at the first
 * byte that does not continue a sequence, so four bytes of room are safe. */
static size_t utf8_step(const char *text, size_t at)
{
    size_t advance;
    kj_utf8_decode(text + at, 4, &advance);
    return advance;
}

/* The first hit of the sentence at or after byte `at` of `block`. */
static size_t first_hit_from(const extract_ctx *ctx, const sentence *s, uint32_t block, size_t at)
{
    size_t h = s->hit_start;
    while (h < s->hit_end && (ctx->hits[h].block != block || ctx->hits[h].pos < at))
        h++;
    return h;
}

/*
 * Does the text from `at` to `end` of `block` name an item the vocabulary
 * has no word for?  It holds no data word, number or business-data word;
 * what is left once its information and group words (`顧客関連情報`,
 * `その他の個人情報`) and a vague lead (`その他`) are taken out is a name of
 * two characters or more (`紹介先企業`, `販売促進に用いる…`).
 */
static bool unnamed_item(const extract_ctx *ctx, const sentence *s, uint32_t block,
                         const char *text, size_t at, size_t end)
{
    size_t lead = match_any(text, at, end, vague_leads, N_VAGUE);
    at += lead;
    if (end <= at || end - at > ITEM_MAX_BYTES)
        return false;
    /* `業務用`, `会社付与の`, `暗号化済の`: a word qualifying what follows */
    for (size_t i = 0; i < N_QUALIFIER_ENDS; i++) {
        size_t len = strlen(qualifier_ends[i]);
        if (end - at >= len && memcmp(text + end - len, qualifier_ends[i], len) == 0)
            return false;
    }
    size_t own = 0; /* bytes of the item outside info and group words */
    size_t h = first_hit_from(ctx, s, block, at);
    for (size_t p = at; p < end;) {
        while (h < s->hit_end && ctx->hits[h].block == block && ctx->hits[h].pos < p)
            h++;
        const hit *x = h < s->hit_end && ctx->hits[h].block == block ? &ctx->hits[h] : NULL;
        if (x && x->pos == p) {
            if (x->kind != HIT_TERM || x->pos + x->len > end)
                return false;
            const lex_entry *e = hit_entry(ctx, x);
            /* an account (`管理者アカウント`) is a login, not an item of
             * its own */
            if (e->data || e->attacks || HAS(e->cues, NOT_OTHER_ITEM) || HAS(e->cues, ACCOUNT))
                return false;
            if (!HAS(e->cues, INFO) && !e->victims)
                own += x->len;
            p += x->len;
            continue;
        }
        /* `の`, `に関する` between a group and an information word */
        if (match_any(text, p, end, (const char *const[]){"の", "に関する", "関連"}, 3) == 0)
            own += utf8_step(text, p);
        p += utf8_step(text, p);
    }
    return own >= 6; /* two characters */
}

/* The end of the item that starts at `at`: the next separator, or an ender
 * (`stop` set), or `end`. */
static size_t item_end(const char *text, size_t at, size_t end, bool *stop)
{
    *stop = false;
    for (size_t p = at; p < end; p += utf8_step(text, p)) {
        /* `メールアドレス・・・件数は精査中`: dots in a row are an ellipsis
         * that ends the list, no separator */
        if (p + 6 <= end && memcmp(text + p, "・・", 6) == 0) {
            *stop = true;
            return p;
        }
        if (match_any(text, p, end, separators, N_SEPARATORS))
            return p;
        if (match_any(text, p, end, enders, N_ENDERS)) {
            *stop = true;
            return p;
        }
    }
    *stop = true;
    return end;
}

/* Skips a separator at `at`, after a data word's tail (`の一部のほか、`);
 * returns `at` unchanged when none stands there. */
static size_t skip_separator(const char *text, size_t at, size_t end)
{
    size_t p = at, step;
    while ((step = match_any(text, p, end, tails, N_TAILS)) != 0)
        p += step;
    step = match_any(text, p, end, separators, N_SEPARATORS);
    return step ? p + step : at;
}

/*
 * Do the items from `at` (right after a separator) on, up to the data word
 * at `next` (or the end of the list when `next` is NULL), hold one the
 * vocabulary has no word for?
 */
static bool unnamed_between(const extract_ctx *ctx, const sentence *s, uint32_t block,
                            const char *text, size_t at, size_t end, const hit *next)
{
    size_t limit = next ? next->pos : end;
    while (at < limit) {
        bool stop;
        size_t item = item_end(text, at, limit, &stop);
        /* a word right before the next data word qualifies it (`会社貸与の
         * 携帯電話番号`); an ender before it closes this list, whose last
         * item counts when it is a vague entry (`…、その他希望条件など、…`) */
        if (next && (item == limit || (stop && !match_any(text, at, item, vague_leads, N_VAGUE))))
            return false;
        /* `チェックイン・チェックアウト日`, `自宅電話・携帯電話番号`: a word joined
         * to the next data word by a middle dot alone shares its head */
        if (next && item + 3 == limit && memcmp(text + item, "・", 3) == 0)
            return false;
        if (unnamed_item(ctx, s, block, text, at, item))
            return true;
        if (stop)
            return false;
        at = skip_separator(text, item, limit);
    }
    return false;
}

/* kj_vague_item: see extract_internal.h. */
bool kj_vague_item(const extract_ctx *ctx, const sentence *s, const sentence *before)
{
    if (!s->fragment || s->kind == SENT_ROW || !before || !before->fragment ||
        s->block == UINT32_MAX || (s->cues & (CUE(NEGATION) | CUE(EXCLUSION))))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, s->block, &len);
    size_t at = s->start, end = s->block == s->last_block ? s->end : len;
    /* a bullet sign of the text's own (`◆ `) before the item */
    if (at < end && (unsigned char)text[at] >= 0x80 &&
        !match_any(text, at, end, vague_leads, N_VAGUE))
        at += utf8_step(text, at);
    while (at < end && text[at] == ' ')
        at++;
    size_t lead = match_any(text, at, end, vague_leads, N_VAGUE);
    if (!lead)
        return false;
    bool info = false;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, INFO))
            info = true;
    }
    at += lead;
    if (at < end && match_any(text, at, end, separators, N_SEPARATORS))
        at += match_any(text, at, end, separators, N_SEPARATORS);
    return info && unnamed_item(ctx, s, s->block, text, at, end);
}

/* kj_lists_unnamed_item: see extract_internal.h. */
bool kj_lists_unnamed_item(const extract_ctx *ctx, const sentence *s)
{
    const hit *prev = NULL;
    for (uint32_t h = s->hit_start; h <= s->hit_end; h++) {
        const hit *x = h < s->hit_end ? &ctx->hits[h] : NULL;
        if (x && (x->kind != HIT_TERM || x->quoted || !hit_entry(ctx, x)->data))
            continue;
        if (prev) {
            uint32_t len;
            const char *text = kj_ctx_block_text(ctx, prev->block, &len);
            size_t end = prev->block == s->block && s->last_block == s->block ? s->end : len;
            const hit *next = x && x->block == prev->block ? x : NULL;
            size_t at = prev->pos + prev->len;
            size_t after = skip_separator(text, at, next ? next->pos : end);
            if (after != at &&
                unnamed_between(ctx, s, prev->block, text, after, next ? next->pos : end, next))
                return true;
        }
        prev = x;
    }
    return false;
}
