/*
 * facts_counts.c — how many people (affected_persons, its confirmed part)
 * and how many organisations (affected_organizations).
 *
 * Candidates are numbers with a person or record unit (名, 人, 人分, 件)
 * or an organisation unit (社, 団体) in passages about affected data —
 * not mail counts (`不審なメール約1,900件`), not `名寄せ前` figures, not
 * parts introduced by `うち`, not the contact section.  Disclosures state
 * the same figure several times (in the lead, in a heading `### 個人情報
 * （約2,850名）`, in a table) and break a total into categories, so the
 * figures are de-duplicated, every figure that is the sum of others (a
 * stated total, `合計`, or a lead figure) absorbs its parts, and what is
 * left is added up: separate categories of people are additive, a total
 * and its parts are not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "date_words.h"
#include "extract_internal.h"

#define MAX_CANDIDATES 24

typedef struct candidate {
    int64_t value;
    kj_affected_unit unit; /* persons, records or accounts (organisations: NONE) */
    bool total;            /* 合計, 計, 総数 …, or found to be the sum of others */
    bool stated_total;     /* 合計, 計, 総数 … before it */
    bool confirmed;        /* in a passage that says the leak is confirmed */
    bool approx;
    bool detail;     /* in parentheses in running text: `人事情報(5,509人)` */
    bool part;       /* absorbed by a total */
    bool superseded; /* an earlier report's figure: `前回報告`, `…件と報告しました` */
    bool origin;     /* the origin's figure across its clients (`全国約2千カ所分`) */
    bool maximum;    /* an upper bound of everyone affected: `最大で90万件` */
    bool unique;     /* the de-duplicated count: `重複を除く978件`, `実人数` */
    bool inside;     /* counted again inside a larger figure: `9名を含め` */
    bool card_once;  /* called card holders somewhere (`カード決済をされたお客様`) */
    bool personal_once;   /* called personal information somewhere (`個人情報(90,513件)`) */
    bool provisional;     /* still being checked: `(9月16日時点:暫定)` */
    bool may_grow; /* more to come: `本日までに…への通知を完了`, `件数:調査中` */
    bool item;            /* a count of one data item: `氏名 136,346件` */
    bool overlaps;        /* a row of a table counted with duplicates (`件数(重複を含む)`) */
    bool own_part;        /* its own people inside a contractor's figure: `このうち、本市に
                             申請実績のある利用者は3名` */
    bool uncounted_whole; /* picked out of a group the text does not count:
                             `お客様のうち、74名` (picked_from_an_uncounted_group) */
    bool increment;       /* a dated step of a count that grew: `2月18日 新たに12万件`,
                             or a line of a breakdown: `(内訳)教職員229名、学生227名` */
    bool with_duplicates; /* counted before merging duplicates: `名寄せ前`, `延べ` */
    bool covers_above;    /* everyone the groups above count: `上記に該当する3,268名` */
    bool whole;           /* the one count of a sentence that names what leaked:
                             `漏えいした可能性がある個人情報は、…300件となります` */
    int64_t shared;       /* of its people, how many another group above counts too:
                             `80件(うち5件は(1)と重複)` (0: none said) */
    int32_t item_of; /* a numbered heading (`### 3) 採用に関する個人情報 約5,000件`):
                        the section its numbered siblings share, else -2 */
    uint32_t block, pos;    /* where it stands: its block and its byte there */
    const sentence *listed; /* a line of a list that states the same figure again
                               (`- 氏名・生年月日:7,237件` under `### 対象件数 7,237件`) */
    cue_set heading;        /* its own heading's cues when its clause states no status:
                               `### 外部からのアクセスが確認された個人情報` */
    const sentence *s;
} candidate;

typedef struct candidate_set {
    candidate items[MAX_CANDIDATES];
    int n;
} candidate_set;

/* Is the term just before number hit `h` (in its clause) one of `cues`? */
static bool preceded_by(const extract_ctx *ctx, const clause *c, size_t h, cue_set cues,
                        uint32_t within)
{
    const hit *num = &ctx->hits[h];
    uint32_t ref = num->pos;
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->block != num->block || x->pos + x->len + within < ref)
            return false;
        if (x->kind == HIT_TERM && (hit_entry(ctx, x)->cues & cues))
            return true;
        if (x->kind == HIT_OPEN)
            continue; /* `大量のメール(約1,500件)`: the bracket the figure stands in */
        if (x->kind != HIT_TERM)
            return false;
        if (hit_entry(ctx, x)->cues == CUE(TOTAL)) {
            ref = x->pos; /* `送信された件数は合計223件`: what the total counts */
            continue;
        }
    }
    return false;
}

/* `40,373件、4,360人`, `1,348件(1,198名)`: the same people counted in
 * records and in persons, side by side; the persons figure counts them. */
static bool records_beside_persons(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const hit *num = &ctx->hits[h];
    if (num->unit != UNIT_RECORD)
        return false;
    const hit *next = h + 1 < s->hit_end ? &ctx->hits[h + 1] : NULL;
    const hit *prev = h > s->hit_start ? &ctx->hits[h - 1] : NULL;
    if (next && next->kind == HIT_OPEN && h + 2 < s->hit_end)
        next = &ctx->hits[h + 2];
    if (prev && prev->kind == HIT_OPEN && h > s->hit_start + 1)
        prev = &ctx->hits[h - 2];
    if (next && next->kind == HIT_NUMBER && next->unit == UNIT_PERSON &&
        next->block == num->block && next->pos <= num->pos + num->len + 4)
        return true;
    return prev && prev->kind == HIT_NUMBER && prev->unit == UNIT_PERSON &&
           prev->block == num->block && prev->pos + prev->len + 4 >= num->pos;
}

/* Is byte `at` of `text` the start of a CJK ideograph (a kanji)? */
static bool kanji_at(const char *text, uint32_t len, uint32_t at)
{
    if (at + 3 > len)
        return false;
    const unsigned char *u = (const unsigned char *)text + at;
    uint32_t cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
    return (u[0] & 0xF0) == 0xE0 && cp >= 0x4E00 && cp <= 0x9FFF;
}

/* `※うち5,271件`, `(うち120名)`, `、内クレジットカード情報(7,455件)`: a
 * part marked by うち / 内 right after a note mark, a bracket or a comma,
 * between the previous figure (`floor`) and number hit `h`.  内 must stand
 * alone (`、内部の` is another word). */
static bool part_marked_in_text(const extract_ctx *ctx, size_t h, uint32_t floor)
{
    const hit *num = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, num->block, &len);
    uint32_t from = num->pos > 45 ? num->pos - 45 : 0;
    if (from < floor)
        from = floor;
    static const char *const marks[] = {"※", "(", "、", ","};
    for (uint32_t i = from; i + 3 <= num->pos; i++) {
        size_t word;
        if (i + 6 <= num->pos && memcmp(text + i, "うち", 6) == 0)
            word = 6;
        else if (memcmp(text + i, "内", 3) == 0 && !kanji_at(text, len, i + 3))
            word = 3;
        else
            continue;
        bool marked = i == 0 || text[i - 1] == '\n';
        for (size_t m = 0; m < sizeof marks / sizeof marks[0] && !marked; m++)
            marked = ends_with(text, i, marks[m]);
        if (marked)
            return true;
        i += (uint32_t)word - 1;
    }
    return false;
}

/* Between hits `at` and `h`, does the sentence name a group of people that
 * it does not name before `at` (`従業員のうち、…家族`)? */
static bool names_another_group(const extract_ctx *ctx, const sentence *s, size_t at, size_t h)
{
    kj_set before = 0, after = 0;
    for (size_t k = s->hit_start; k < h; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_TERM)
            *(k < at ? &before : &after) |= hit_entry(ctx, x)->victims;
    }
    return (after & ~before) != 0;
}

/* Does a figure stand before hit `at` in its sentence, on its line? */
static bool figure_on_the_line(const extract_ctx *ctx, const sentence *s, size_t at)
{
    const hit *x = &ctx->hits[at];
    for (size_t k = at; k-- > s->hit_start;) {
        const hit *f = &ctx->hits[k];
        if (f->kind != HIT_NUMBER)
            continue;
        if (f->block != x->block)
            return true;
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, x->block, &len);
        /* a line break, or a cell bar of a table pasted as text */
        return memchr(text + f->pos, '\n', x->pos - f->pos) == NULL &&
               memchr(text + f->pos, '|', x->pos - f->pos) == NULL;
    }
    return false;
}

/* `8,534名(7,041名追加修正)`, `645名(前回から45名増加)`: an increase in
 * brackets right after a count is the part of that count added since the
 * last report, inside it and never added to it.  Number hit `h` is the
 * first figure inside a bracket opened right after another figure of its
 * clause, and an increase word follows it. */
static bool increase_beside_a_count(const extract_ctx *ctx, const clause *c, size_t h)
{
    static const char *const increase[] = {"追加", "増加", "増", "の追加", "の増加"};
    if (!kj_text_after_any(ctx, &ctx->hits[h], increase, sizeof increase / sizeof increase[0]))
        return false;
    size_t open = h;
    while (open > c->hit_start && ctx->hits[open - 1].kind != HIT_OPEN) {
        if (ctx->hits[open - 1].kind == HIT_NUMBER || ctx->hits[open - 1].kind == HIT_CLOSE)
            return false;
        open--;
    }
    if (open <= c->hit_start + 1)
        return false;
    const hit *bracket = &ctx->hits[open - 1], *count = &ctx->hits[open - 2];
    return count->kind == HIT_NUMBER && count->block == bracket->block &&
           count->pos + count->len == bracket->pos;
}

/* Is 内訳 at `i` of `text` a word that points to a breakdown given
 * elsewhere rather than one that introduces parts — `対象者数及び内訳が以下の
 * とおり、延べ193,118人`, `内訳は別紙のとおり`: the figure after it is the
 * total the breakdown splits, not one of its rows. */
static bool breakdown_told_elsewhere(const char *text, uint32_t len, uint32_t i)
{
    static const char *const joined[] = {"及び", "および", "と", "や"};
    for (size_t k = 0; k < sizeof joined / sizeof joined[0]; k++)
        if (ends_with(text, i, joined[k]))
            return true;
    static const char *const pointers[] = {"が以下", "は以下", "を以下", "は別紙",
                                           "は次",   "が次",   "は下記", "が下記"};
    uint32_t after = i + (uint32_t)strlen("内訳");
    return starts_any(text, len, after, pointers, sizeof pointers / sizeof pointers[0]) > 0;
}

/* Is term hit `x` a 内訳 that points to a breakdown told elsewhere? */
static bool points_to_a_breakdown(const extract_ctx *ctx, const hit *x)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    return x->pos + strlen("内訳") <= len && memcmp(text + x->pos, "内訳", strlen("内訳")) == 0 &&
           breakdown_told_elsewhere(text, len, x->pos);
}

/*
 * Is number hit `h` a part introduced by うち / 内訳 since the clause's
 * previous figure (`700件で、うち電話番号を含むものは120件`), or opening
 * its sentence (`このうち、120件は`)?  A うち in the middle of a sentence
 * with no figure before it picks a group out of a description
 * (`従業員のうち、扶養家族として登録された家族 6,722件`): that group is
 * counted in its own right.
 */
static bool is_subset(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    const hit *num = &ctx->hits[h];
    uint32_t floor = 0;
    for (size_t k = h; k-- > s->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_NUMBER) {
            if (x->block == num->block)
                floor = x->pos + x->len;
            break;
        }
    }
    if (part_marked_in_text(ctx, h, floor))
        return true;
    /* `該当する5名のうち1名の方`: a part of the figure right before うち */
    if (floor > 0) {
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, num->block, &len);
        if (floor + 9 <= num->pos && memcmp(text + floor, "のうち", 9) == 0)
            return true;
    }
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_NUMBER)
            return false;
        if (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, SUBSET) &&
            !points_to_a_breakdown(ctx, x))
            return figure_on_the_line(ctx, s, k) || x->block != s->block ||
                   x->pos < s->start + 12 || !names_another_group(ctx, s, k, h);
    }
    return false;
}

/*
 * `問い合わせフォームをご利用いただいたお客様のうち、74名の方の…`: number
 * hit `h` picked out of a group the sentence describes but does not count
 * — `のうち、` in the middle of a sentence with no figure before it.  It is
 * a part of nothing the text counts, so when no other figure of people is
 * left it is the headline (is_subset calls it a part all the same).
 */
static bool picked_from_an_uncounted_group(const extract_ctx *ctx, const sentence *s,
                                           const clause *c, size_t h)
{
    for (size_t k = s->hit_start; k < h; k++)
        if (ctx->hits[k].kind == HIT_NUMBER)
            return false;
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM || !HAS(hit_entry(ctx, x)->cues, SUBSET))
            continue;
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, x->block, &len);
        return x->block == s->block && x->pos >= s->start + 12 && x->pos + 6 <= len &&
               memcmp(text + x->pos, "うち", 6) == 0 && kj_text_before_is(ctx, x, "の");
    }
    return false;
}

/* what closes the topic after the word of information: `個人情報は`,
 * `個人情報件数は`, `個人情報の件数は` */
static const char *const whole_topic_ends[] = {"は", "件数は", "の件数は", "の総数は"};
#define N_WHOLE_TOPIC_ENDS (sizeof whole_topic_ends / sizeof whole_topic_ends[0])

/* `漏えいした可能性がある個人情報は、会員等の個人情報300件となります。`:
 * does running-text sentence `s` open on what leaked (or may have) as its
 * topic — a word of leaking, then a word of information followed by は (or
 * 件数は), no figure before — and give a single figure for it?  That figure
 * states the whole at-risk set. */
static bool names_the_whole_at_risk_set(const extract_ctx *ctx, const sentence *s)
{
    if (s->kind != SENT_PARAGRAPH || s->fragment)
        return false;
    bool leak = false, topic = false;
    int figures = 0;
    for (uint32_t k = s->hit_start; k < s->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_NUMBER) {
            if (!topic)
                return false;
            figures++;
        } else if (x->kind == HIT_TERM && !topic) {
            cue_set cues = hit_entry(ctx, x)->cues;
            leak |= (cues & (CUE(LEAK) | CUE(LEAK_NOUN))) != 0;
            topic = leak && HAS(cues, INFO) &&
                    kj_text_after_any(ctx, x, whole_topic_ends, N_WHOLE_TOPIC_ENDS);
        }
    }
    return topic && figures == 1;
}

/* `180件(実数)`, `90名(重複を除く)`: a bracket right after figure `h` (its
 * counter aside) that holds only a word of de-duplication marks the figure
 * as counting each person once. */
static bool unique_noted_after(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *num = &ctx->hits[h];
    if (h + 3 >= c->hit_end)
        return false;
    const hit *open = &ctx->hits[h + 1], *word = &ctx->hits[h + 2], *close = &ctx->hits[h + 3];
    return open->kind == HIT_OPEN && open->block == num->block &&
           open->pos <= num->pos + num->len + 3 && word->kind == HIT_TERM &&
           HAS(hit_entry(ctx, word)->cues, AFTER_MERGE) && close->kind == HIT_CLOSE;
}

static bool followed_by(const extract_ctx *ctx, const clause *c, size_t h, cue_set cues)
{
    const hit *num = &ctx->hits[h];
    if (h + 1 >= c->hit_end)
        return false;
    const hit *x = &ctx->hits[h + 1];
    return x->kind == HIT_TERM && x->block == num->block && x->pos <= num->pos + num->len + 3 &&
           (hit_entry(ctx, x)->cues & cues);
}

/* `1名の従業員のメールアカウント`, `2名の職員のパソコン`: the staff whose
 * account or device was used, counted before them. */
static bool counts_owners_of_devices(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *num = &ctx->hits[h];
    if (num->unit != UNIT_PERSON || h + 2 >= c->hit_end || !kj_text_after_is(ctx, num, "の"))
        return false;
    const hit *staff = &ctx->hits[h + 1], *owned = &ctx->hits[h + 2];
    return staff->kind == HIT_TERM && staff->block == num->block &&
           staff->pos == num->pos + num->len + 3 &&
           KJ_SET_HAS(hit_entry(ctx, staff)->victims, KJ_VICTIM_EMPLOYEES) &&
           kj_text_after_is(ctx, staff, "の") && owned->kind == HIT_TERM &&
           owned->block == num->block && owned->pos == staff->pos + staff->len + 3 &&
           HAS(hit_entry(ctx, owned)->cues, DEVICE);
}

/* `従業員1名が…`, `従業員1名の業務用メールアカウント`: a count of the staff
 * who acted or whose account was used, not of people whose data leaked. */
static bool counts_actors(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    const hit *num = &ctx->hits[h];
    if (counts_owners_of_devices(ctx, c, h))
        return true;
    /* `取締役3名より役員報酬を自主返上`, `お客様2名よりご連絡`: the people
     * something comes from */
    if (num->unit == UNIT_PERSON && kj_text_after_is(ctx, num, "より"))
        return true;
    /* `従業員(1名)の当社アカウント情報`: the count in brackets after the
     * staff word */
    bool bracketed = kj_text_after_is(ctx, num, ")の") && kj_text_before_is(ctx, num, "(") &&
                     h >= 2 && ctx->hits[h - 1].kind == HIT_OPEN;
    if (h == c->hit_start && !bracketed)
        return false;
    const hit *before = &ctx->hits[bracketed ? h - 2 : h - 1];
    if (before->kind != HIT_TERM || before->block != num->block ||
        before->pos + before->len + 3 < num->pos)
        return false;
    /* `事務職員1名のMicrosoft 365アカウント`: the staff member whose account
     * it was; in brackets, the account the organisation's own, named as
     * login data */
    if (num->unit == UNIT_PERSON && (kj_text_after_is(ctx, num, "の") || bracketed) &&
        KJ_SET_HAS(hit_entry(ctx, before)->victims, KJ_VICTIM_EMPLOYEES))
        for (size_t k = h + 1; k < c->hit_end; k++) {
            const hit *x = &ctx->hits[k];
            if (x->block != num->block || x->pos > num->pos + num->len + 24)
                break;
            if (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, OWN))
                continue;
            /* (`アカウントが不正アクセス` is one word: an account taken over) */
            if (x->kind == HIT_TERM)
                return (hit_entry(ctx, x)->cues & (CUE(DEVICE) | CUE(ACCOUNT))) ||
                       KJ_SET_HAS(hit_entry(ctx, x)->data, KJ_DATA_CREDENTIALS) ||
                       KJ_SET_HAS(hit_entry(ctx, x)->attacks, KJ_ATTACK_ACCOUNT_TAKEOVER);
        }
    if (bracketed || !kj_is_actor(ctx, s, h - 1))
        return false;
    /* `当社スタッフ767件が対象です`: records, and the people concerned */
    if (num->unit != UNIT_PERSON || kj_text_after_is(ctx, num, "が対象") ||
        kj_text_after_is(ctx, num, "が該当"))
        return false;
    return true;
}

bool kj_counts_people(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    const hit *x = &ctx->hits[h];
    if (x->kind != HIT_NUMBER ||
        (x->unit != UNIT_PERSON && x->unit != UNIT_RECORD && x->unit != UNIT_ACCOUNT))
        return false;
    /* (a product's number, `Microsoft 365`, is no figure: scan.c reads none) */
    /* `ユーザーIDごとに1人としてカウント`: how the text counts, no count;
     * `重複していた方が3名`: people counted twice in an earlier figure */
    return !preceded_by(ctx, c, h, CUE(MAIL_COUNT) | CUE(PER_ITEM) | CUE(DUPLICATES), 6) &&
           !followed_by(ctx, c, h, CUE(PER_ITEM) | CUE(MAIL_COUNT) | CUE(DEVICE)) &&
           !counts_actors(ctx, s, c, h);
}

/*
 * Adds a figure.  The same figure in another sentence is the same fact told
 * again (a lead, a heading and a table); within one sentence, or in two rows
 * of one table or list, equal figures are separate items (`宮城県3件、滋賀県
 * 1件、岡山県1件`).
 */
/* Is `rounded` (`約15万人`) `exact` (`148,620人`) said in round figures:
 * within half the unit of its last non-zero digit, in the same unit? */
static bool rounds_to(const candidate *rounded, const candidate *exact)
{
    if (!rounded->approx || exact->approx || rounded->unit != exact->unit || rounded->value < 1000)
        return false;
    int64_t step = 1;
    while (rounded->value % (step * 10) == 0)
        step *= 10;
    int64_t diff = rounded->value - exact->value;
    return step >= 1000 && (diff < 0 ? -diff : diff) * 2 <= step;
}

/* Rows of two tables under headings of their own, labelled differently
 * (`|令和2年度 参加者|28件|` under (1), `|令和4年度 合格者|28件|` under
 * (2)): two groups that happen to be as many, not one figure told again. */
static bool different_rows(const extract_ctx *ctx, const sentence *a, const sentence *b)
{
    if (a->kind != SENT_ROW || b->kind != SENT_ROW || a->table == b->table ||
        a->section == b->section)
        return false;
    uint32_t la, lb;
    const char *ta = kj_ctx_block_text(ctx, a->block, &la);
    const char *tb = kj_ctx_block_text(ctx, b->block, &lb);
    return la != lb || memcmp(ta, tb, la) != 0;
}

static void add_candidate(const extract_ctx *ctx, candidate_set *set, const candidate *c)
{
    for (int i = 0; i < set->n; i++) {
        candidate *o = &set->items[i];
        /* rows of one table or list are separate items even when equal */
        bool rows = (o->s->fragment && c->s->fragment && o->s->section == c->s->section &&
                     o->s->kind != SENT_HEADING && c->s->kind != SENT_HEADING) ||
                    (o->item_of != -2 && o->item_of == c->item_of && o->s != c->s) ||
                    different_rows(ctx, o->s, c->s);
        /* the same people in round figures elsewhere: the exact figure */
        if (o->s != c->s && !rows && (rounds_to(o, c) || rounds_to(c, o))) {
            if (o->approx) {
                o->value = c->value;
                o->approx = false;
            }
            o->total |= c->total;
            o->stated_total |= c->stated_total;
            o->confirmed |= c->confirmed;
            return;
        }
        if (o->value == c->value && o->s != c->s && !rows) {
            if (!o->listed && c->s->fragment && c->s->kind != SENT_HEADING &&
                (!o->s->fragment || o->s->kind == SENT_HEADING))
                o->listed = c->s;
            o->total |= c->total;
            o->stated_total |= c->stated_total;
            o->confirmed |= c->confirmed;
            o->detail &= c->detail;
            o->superseded &= c->superseded;
            o->origin &= c->origin;
            o->maximum |= c->maximum;
            o->unique |= c->unique;
            o->inside |= c->inside;
            o->card_once |= c->card_once;
            o->personal_once |= c->personal_once;
            o->provisional |= c->provisional;
            o->item &= c->item;
            o->overlaps &= c->overlaps;
            o->increment &= c->increment; /* a step that restates the figure */
            o->own_part |= c->own_part;
            o->uncounted_whole &= c->uncounted_whole;
            o->with_duplicates &= c->with_duplicates;
            o->covers_above |= c->covers_above;
            if (!o->shared)
                o->shared = c->shared;
            o->whole |= c->whole;
            if (o->provisional || o->maximum)
                o->confirmed = false; /* 暫定 or 最大 once is no confirmed count anywhere */
            if (c->unit == KJ_AFFECTED_PERSONS)
                o->unit = c->unit; /* 6名 and 6件 of the same people: persons */
            return;
        }
    }
    if (set->n < MAX_CANDIDATES)
        set->items[set->n++] = *c;
}

/* Is hit `h` inside parentheses in its clause? */
static bool in_parentheses(const extract_ctx *ctx, const clause *c, size_t h)
{
    int depth = 0;
    for (size_t k = c->hit_start; k < h; k++) {
        if (ctx->hits[k].kind == HIT_OPEN)
            depth++;
        else if (ctx->hits[k].kind == HIT_CLOSE && depth > 0)
            depth--;
    }
    return depth > 0;
}

/* A subset of `vals` (sorted largest first) from index `k` on that adds up
 * to `target` (within `slack`); its members are set in *chosen. */
static bool find_sum(const int64_t *vals, int n, int k, int64_t target, int64_t slack, int picked,
                     uint32_t *chosen, int *budget)
{
    if (--*budget < 0)
        return false; /* a pathological set: give up rather than search on */
    if (target <= slack && target >= -slack)
        return picked >= 2;
    if (target < -slack)
        return false;
    int64_t rest = 0;
    for (int i = k; i < n; i++)
        rest += vals[i];
    if (rest < target - slack)
        return false; /* even everything left is too little */
    for (int i = k; i < n; i++) {
        if (vals[i] > target + slack)
            continue;
        if (find_sum(vals, n, i + 1, target - vals[i], slack, picked + 1, chosen, budget)) {
            *chosen |= 1u << i;
            return true;
        }
    }
    return false;
}

/* Are `total` and `c` items of one list, in sentences of their own, the
 * first no stated total? */
static bool peer_items(const candidate *total, const candidate *c)
{
    const sentence *a = total->s, *b = c->s;
    return a != b && !total->stated_total && a->kind == SENT_ITEM && b->kind == SENT_ITEM &&
           a->section == b->section;
}

/* `氏名のみ 147件` / `…2件` / `口座情報および住所 6件` / `…2件`: lines of a
 * list (not items, rows or a stated total's line) are peers, never the sum
 * of each other however their figures happen to add up (only a line that
 * says 合計, 計 … is); within one line, a figure sums only figures after it
 * (`東町小学校 150名 135名 15名`: a total leads its breakdown). */
static bool line_above(const candidate *total, const candidate *c)
{
    const sentence *a = total->s, *b = c->s;
    /* `計:小学校3校、420名(児童380名、教職員40名)`: a line that says total
     * breaks down the lines below it */
    if (HAS(a->cues | b->cues, TOTAL))
        return false;
    if (total->stated_total || a->kind == SENT_HEADING || b->kind == SENT_HEADING ||
        a->kind == SENT_ROW || b->kind == SENT_ROW || !a->fragment || !b->fragment)
        return false;
    if (a != b) /* lines of their own: peers */
        return a->section == b->section;
    return c->block < total->block || (c->block == total->block && c->pos < total->pos);
}

/*
 * Tries to make set->items[t] the sum of smaller figures (of its own
 * sentence only when `same_sentence`; with the figures of its own sentence
 * already set aside for it when `with_own`).  A row of a table takes its
 * parts from its own table only: 約1,200件 in one table is not the sum of
 * rows in the next.  A depth-first search over the candidates, largest
 * first, cut off as soon as a branch overshoots or cannot reach the total.
 */
static bool absorb_into(candidate_set *set, int t, bool same_sentence, bool with_own)
{
    candidate *total = &set->items[t];
    bool row = total->s->kind == SENT_ROW && !total->total;
    int idx[MAX_CANDIDATES], m = 0;
    bool approx = total->approx;
    for (int i = 0; i < set->n; i++) {
        const candidate *c = &set->items[i];
        bool own_sentence = c->s == total->s;
        if (same_sentence && !own_sentence)
            continue;
        if (row && (c->s->kind != SENT_ROW || c->s->table != total->s->table))
            continue;
        /* `- 本庄高等学校 315名分` is a peer of the items beside it, not their
         * sum (`- 妻沼 73名分`, `- 児玉 55名分`, `- 深谷 187名分`) */
        if (peer_items(total, c) || line_above(total, c))
            continue;
        if (i != t && (!c->part || (with_own && own_sentence)) && c->value < total->value) {
            idx[m++] = i;
            approx |= c->approx;
        }
    }
    if (m < 2)
        return false;
    /* largest first: insertion sort of a handful */
    for (int i = 1; i < m; i++)
        for (int j = i; j > 0 && set->items[idx[j]].value > set->items[idx[j - 1]].value; j--) {
            int tmp = idx[j];
            idx[j] = idx[j - 1];
            idx[j - 1] = tmp;
        }
    /* a group that shares people with another counts them once in a sum
     * (`120件` and `80件(うち5件は(1)と重複)` make 195) */
    int64_t vals[MAX_CANDIDATES];
    for (int i = 0; i < m; i++)
        vals[i] = set->items[idx[i]].value - set->items[idx[i]].shared;
    int64_t slack = approx ? total->value / 200 : 0; /* 0.5 % for rounded figures */
    uint32_t chosen = 0;
    int budget = 20000;
    if (!find_sum(vals, m, 0, total->value, slack, 0, &chosen, &budget))
        return false;
    for (int i = 0; i < m; i++)
        if (chosen & (1u << i))
            set->items[idx[i]].part = true;
    total->total = true;
    return true;
}

/*
 * Marks as parts the figures that some larger figure is the sum of (only
 * figures of its own sentence or table row when `same_sentence`), smaller
 * totals first: a table row's total takes its own cells before the grand
 * total takes the rows.
 */
static void absorb_parts(candidate_set *set, bool same_sentence)
{
    int order[MAX_CANDIDATES];
    for (int i = 0; i < set->n; i++)
        order[i] = i;
    for (int i = 1; i < set->n; i++)
        for (int j = i; j > 0 && set->items[order[j]].value < set->items[order[j - 1]].value; j--) {
            int tmp = order[j];
            order[j] = order[j - 1];
            order[j - 1] = tmp;
        }
    for (int o = 0; o < set->n; o++) {
        int t = order[o];
        if (set->items[t].part)
            continue;
        bool stated = set->items[t].stated_total;
        /* a total already broken down in its own sentence may also be the
         * sum of rows elsewhere (`計963名(生徒785名、教職員178名)` above a
         * table of schools); failing that, its own parts may complete
         * them (`区分不明741名 計16,542名` below two rows) */
        for (int attempt = 0; attempt < 2; attempt++) {
            bool with_own = attempt == 1;
            if (with_own && (same_sentence || !stated))
                break;
            if (absorb_into(set, t, same_sentence, with_own))
                break;
        }
    }
}

/* Is `c` one row of a list or table of categories (three or more figures
 * in rows or items of one section)?  `⑤部活動コーチ1人分` is a category
 * like its neighbours, not the staff member who acted. */
static bool in_a_list(const candidate_set *set, const candidate *c)
{
    if (!c->s->fragment || c->s->kind == SENT_HEADING)
        return false;
    int rows = 0;
    for (int i = 0; i < set->n; i++) {
        const sentence *o = set->items[i].s;
        rows += o->fragment && o->kind != SENT_HEADING && o->section == c->s->section;
    }
    /* a table reads every row: `|取引先関係者(1名)|…|` beside one of 24 */
    return rows >= 3 || (c->s->kind == SENT_ROW && rows >= 2);
}

/* Do two table rows name the same group in their first cell
 * (`従業員(退職者を含む)` in the table of possible and of confirmed
 * leaks)? */
static bool same_row_label(const extract_ctx *ctx, const sentence *a, const sentence *b)
{
    if (a->kind != SENT_ROW || b->kind != SENT_ROW || a->table == b->table)
        return false;
    uint32_t la, lb;
    const char *ta = kj_ctx_block_text(ctx, a->block, &la);
    const char *tb = kj_ctx_block_text(ctx, b->block, &lb);
    return la > 0 && la == lb && memcmp(ta, tb, la) == 0;
}

/* Is there a figure other than `c`, not set aside, of at least `c`'s value
 * for which `other` holds? */
static bool larger_other(const candidate_set *set, const candidate *c,
                         bool (*other)(const candidate *, const candidate *))
{
    for (int i = 0; i < set->n; i++) {
        const candidate *o = &set->items[i];
        if (o != c && !o->part && o->value >= c->value && other(c, o))
            return true;
    }
    return false;
}

/* `卒業生計37名(他に教職員42名)`: a figure in parentheses beside a stated
 * total keeps the total. */
static bool beside_a_total(const candidate_set *set, const candidate *c)
{
    for (int i = 0; i < set->n; i++) {
        const candidate *t = &set->items[i];
        if (t->total && !t->detail && t->s == c->s && t != c)
            return true;
    }
    return false;
}

/* Card holders counted in persons (`決済をされたお客様1,198名`): their card
 * records (`クレジットカード情報(1,348件)`) count the same people again. */
static bool card_holders_counted(const candidate_set *set)
{
    for (int i = 0; i < set->n; i++)
        if (set->items[i].card_once && !set->items[i].personal_once &&
            set->items[i].unit == KJ_AFFECTED_PERSONS)
            return true;
    return false;
}

/* Is `c` counted with duplicates that a de-duplicated figure counts once:
 * a larger figure of the de-duplicated figure's own sentence (`1,210件
 * (重複を除く978件)`), or any figure when the de-duplicated one is the
 * largest of all (the rows a `ユニーク件数` note sums up)? */
static bool deduplicated_elsewhere(const candidate_set *set, const candidate *c)
{
    for (int i = 0; i < set->n; i++) {
        const candidate *u = &set->items[i];
        if (!u->unique || u == c || c->unique)
            continue;
        if (u->s == c->s && c->value > u->value)
            return true;
        bool largest = true;
        for (int k = 0; k < set->n && largest; k++)
            largest = set->items[k].s == u->s || set->items[k].value <= u->value;
        if (largest)
            return true;
    }
    return false;
}

/* Is `c` a smaller figure under a heading or in a list below a stated whole
 * (names_the_whole_at_risk_set)? */
static bool within_a_whole_above(const candidate_set *set, const candidate *c)
{
    for (int i = 0; i < set->n; i++) {
        const candidate *w = &set->items[i];
        if (w->whole && w != c && c->value < w->value &&
            (c->s->section > w->s->section || c->s->fragment) &&
            (w->block < c->block || (w->block == c->block && w->pos < c->pos)))
            return true;
    }
    return false;
}

/* Is `c` a row or item of a section whose figure, stated above them outside
 * the list, counts each person once (`90件(実数)`)? */
static bool counted_once_above(const candidate_set *set, const candidate *c)
{
    if (c->s->kind != SENT_ROW && c->s->kind != SENT_ITEM)
        return false;
    for (int i = 0; i < set->n; i++) {
        const candidate *u = &set->items[i];
        if (u->unique && u->s != c->s && u->s->kind != SENT_ROW && u->s->kind != SENT_ITEM &&
            u->s->section == c->s->section &&
            (u->block < c->block || (u->block == c->block && u->pos < c->pos)))
            return true;
    }
    return false;
}

static bool not_a_detail(const candidate *c, const candidate *o)
{
    (void)c;
    return !o->detail;
}

/* `2月18日 新たに12万件の漏洩を確認`, a timeline's row `データ①…従業員約110名
 * の個人情報であることを確認` beside a larger figure stated outside the
 * timeline: one step of the count that figure reached, dropped before the
 * figures (and their confirmed part) are read. */
static void drop_steps(candidate_set *set)
{
    int n = 0;
    for (int i = 0; i < set->n; i++) {
        const candidate *c = &set->items[i];
        bool inside = false;
        for (int k = 0; k < set->n && c->increment && !inside; k++)
            inside = !set->items[k].increment && set->items[k].value >= c->value;
        if (!inside)
            set->items[n++] = *c;
    }
    set->n = n;
}

static bool not_inside(const candidate *c, const candidate *o)
{
    (void)c;
    return !o->inside;
}

static bool not_of_card_holders(const candidate *c, const candidate *o)
{
    (void)c;
    return !o->card_once || o->personal_once;
}

/* another item count, larger or first of equals, or a count of people */
static bool item_or_people(const candidate *c, const candidate *o)
{
    return !o->item || o->value > c->value || o < c;
}

static bool same_overlapping_table(const candidate *c, const candidate *o)
{
    return o->overlaps && o->s->table == c->s->table && (o->value > c->value || o < c);
}

/* `### 【対象件数】7,237件` over a list `- 氏名・生年月日:7,237件`,
 * `- 手帳の有無:663件`: a figure stated outside a list and again as one of its
 * lines makes the list's other lines, labelled by data and naming no
 * group of people, items of those same people.  (Had they been other
 * people, the figure stated first would be their sum.) */
static bool item_of_a_listed_total(const candidate_set *set, const candidate *c)
{
    if (!c->s->fragment || c->s->kind == SENT_HEADING || c->s->victims)
        return false;
    for (int i = 0; i < set->n; i++) {
        const candidate *t = &set->items[i];
        if (t != c && t->listed && t->listed->section == c->s->section && t->value > c->value)
            return true;
    }
    return false;
}

/* a maximum of what may have leaked, over the confirmed part (in its
 * section: a maximum under another heading counts another group) */
static bool a_maximum(const candidate *c, const candidate *o)
{
    return o->maximum && !o->confirmed && o->value > c->value && o->s->section == c->s->section;
}

/* Does sentence `s` or a heading over it name a group of people
 * (`〈患者に関する情報〉` over `検査を受けられた方(16,945件)`)? */
static bool names_people_above(const extract_ctx *ctx, const sentence *s)
{
    if (s->victims)
        return true;
    const kj_document *doc = &ctx->rel->doc;
    for (int32_t sec = s->section; sec >= 0; sec = doc->sections[sec].parent)
        for (size_t i = 0; i < ctx->n_sents; i++) {
            const sentence *h = &ctx->sents[i];
            if (h->kind == SENT_HEADING && h->section == sec && h->victims)
                return true;
        }
    return false;
}

/* Does `set` hold a count of people (名, 人), not set aside? */
static bool counts_people(const candidate_set *set)
{
    for (int i = 0; i < set->n; i++)
        if (!set->items[i].part && set->items[i].unit == KJ_AFFECTED_PERSONS)
            return true;
    return false;
}

/* The KJ_FIGURE_* words the text gives one figure. */
static unsigned qualifiers_of(const candidate *c)
{
    return (c->maximum ? KJ_FIGURE_AT_MOST : 0u) | (c->with_duplicates ? KJ_FIGURE_GROSS : 0u) |
           (c->provisional || c->may_grow ? KJ_FIGURE_PROVISIONAL : 0u);
}

/*
 * The headline figure of a candidate set.  Sums first: a stated total
 * (`…1件、計1,029件`) absorbs the other figures of its sentence, any figure
 * that is the sum of others absorbs them.  Then figures that count people
 * already counted give way: details in parentheses to the figures they
 * break down, a figure of one or two people to real counts (it names the
 * staff member or account involved), figures counted again inside a
 * larger one (`9名を含め`), card holders among the customers, counts of
 * single data items (`氏名 136,346件`, `電話番号 114,951件`) to each other
 * and to counts of people, rows of a table counted with duplicates to its
 * largest row, confirmed figures to the maximum that bounds everyone
 * (`最大可能性 2,528,491人`), and a group's confirmed row to its row of
 * possible leaks.  What is left is added up; `units` gets a bit (1 << unit)
 * for each unit among the figures added, `qualifiers` the words of any of
 * them (a sum with an upper bound in it is an upper bound).
 */
static int64_t headline(const extract_ctx *ctx, candidate_set *set, bool confirmed_only,
                        const sentence **why, kj_affected_unit *unit, unsigned *units,
                        unsigned *qualifiers)
{
    candidate_set sub = {.n = 0};
    bool large = false;
    for (int i = 0; i < set->n; i++) {
        if (confirmed_only && !set->items[i].confirmed)
            continue;
        sub.items[sub.n++] = set->items[i];
        large |= set->items[i].value >= 10;
    }
    if (sub.n == 0)
        return KJ_COUNT_NONE;
    for (int i = 0; i < sub.n; i++) {
        candidate *c = &sub.items[i];
        if (!c->total)
            continue;
        for (int k = 0; k < sub.n; k++)
            if (k != i && sub.items[k].s == c->s && sub.items[k].value < c->value)
                sub.items[k].part = true;
    }
    /* `上記に該当する3,268名のお客様`: the groups listed above, overlapping
     * or not, are that many people (the figure said first in the lead, too) */
    for (int i = 0; i < sub.n; i++) {
        const candidate *c = &sub.items[i];
        if (!c->covers_above)
            continue;
        for (int k = 0; k < sub.n; k++)
            if (k != i && sub.items[k].value < c->value)
                sub.items[k].part = true;
    }
    /* `漏えいした可能性がある個人情報は、…300件となります。` over `### (1)会員
     * 200件` and `### (2)見学会参加者150件`: the stated whole wins over the
     * sections and rows below it, whether or not they add up to it (their
     * groups may overlap) */
    for (int i = 0; i < sub.n; i++)
        if (within_a_whole_above(&sub, &sub.items[i]))
            sub.items[i].part = true;
    /* `### (1)講習会の申込者に係る情報90件(実数)` over rows `春季講習会40件`,
     * `夏季講習会35件` …: a section's figure that counts each person once
     * is the section's figure; its rows (counted per event, their total
     * larger) are read inside it, never added up in its place */
    for (int i = 0; i < sub.n; i++)
        if (counted_once_above(&sub, &sub.items[i]))
            sub.items[i].part = true;
    /* a row's or a sentence's own breakdown first, then across the text */
    absorb_parts(&sub, true);
    absorb_parts(&sub, false);
    /* `個人情報は最大で90万1603件あり、…` then `メディアリスト(編集部デスク等の連
     * 絡先)の情報は最大で2万514件`: a stated total of the personal data
     * bounds what the text counts as personal; a count of records in
     * another sentence that names neither personal data nor whose it is
     * stays outside the headline */
    for (int i = 0; i < sub.n; i++) {
        const candidate *c = &sub.items[i];
        if (!c->total || !HAS(c->s->cues, PERSONAL))
            continue;
        for (int k = 0; k < sub.n; k++) {
            candidate *o = &sub.items[k];
            if (o->s != c->s && o->unit == KJ_AFFECTED_RECORDS && o->value < c->value &&
                !HAS(o->s->cues | o->s->context, PERSONAL) && !o->s->victims)
                o->part = true;
        }
    }
    /* `従業員:8,534名`, then `請求等に関する情報:20件` under `### …通信の秘
     * 密に関する情報`: beside counts of people, a 件 count in a sentence that
     * names no personal data, no people and no data item counts records of
     * something else */
    if (counts_people(&sub))
        for (int k = 0; k < sub.n; k++) {
            candidate *o = &sub.items[k];
            if (o->unit == KJ_AFFECTED_RECORDS && !o->total &&
                !HAS(o->s->cues | o->s->context, PERSONAL) && !o->s->data &&
                !names_people_above(ctx, o->s))
                o->part = true;
        }
    for (int i = 0; i < sub.n; i++) {
        candidate *c = &sub.items[i];
        if (c->part)
            continue;
        bool small = large && c->value <= 2 && !in_a_list(&sub, c);
        bool detail = c->detail && !c->maximum &&
                      (larger_other(&sub, c, not_a_detail) || beside_a_total(&sub, c));
        bool again = c->inside && larger_other(&sub, c, not_inside);
        bool card = c->card_once && !c->personal_once;
        bool holders = card && (larger_other(&sub, c, not_of_card_holders) ||
                                (c->unit == KJ_AFFECTED_RECORDS && card_holders_counted(&sub)));
        bool duplicates = deduplicated_elsewhere(&sub, c);
        bool item =
            (c->item && larger_other(&sub, c, item_or_people)) || item_of_a_listed_total(&sub, c);
        bool overlap = c->overlaps && larger_other(&sub, c, same_overlapping_table);
        bool bounded =
            !confirmed_only && c->confirmed && !c->maximum && larger_other(&sub, c, a_maximum);
        bool same_group = false;
        for (int k = 0; k < sub.n && !confirmed_only && c->confirmed; k++) {
            const candidate *o = &sub.items[k];
            same_group |= !o->confirmed && !o->part && o->value >= c->value &&
                          same_row_label(ctx, c->s, o->s);
        }
        c->part = small || detail || again || holders || duplicates || item || overlap || bounded ||
                  same_group;
    }
    int64_t sum = 0, largest = -1;
    *why = NULL;
    *units = 0;
    *qualifiers = 0;
    bool summed = false; /* a figure added before this one */
    for (int i = 0; i < sub.n; i++) {
        if (sub.items[i].part)
            continue;
        /* the people it shares with a group added before it are counted
         * there; with none added, it stands alone and counts them */
        sum += sub.items[i].value - (summed ? sub.items[i].shared : 0);
        summed = true;
        *units |= 1u << sub.items[i].unit;
        *qualifiers |= qualifiers_of(&sub.items[i]);
        if (!*why)
            *why = sub.items[i].s;
        if (sub.items[i].value > largest) {
            largest = sub.items[i].value;
            *unit = sub.items[i].unit; /* the unit of its largest figure */
        }
    }
    /* (a zero is only read as the organisation's own part: none of its own) */
    return *why ? sum : KJ_COUNT_NONE;
}

static void evidence_for(extract_ctx *ctx, kj_field field, const candidate_set *set, int64_t value,
                         bool confirmed_only)
{
    char text[32];
    snprintf(text, sizeof text, "%lld", (long long)value);
    const sentence *last = NULL;
    for (int i = 0; i < set->n; i++) {
        const candidate *c = &set->items[i];
        if (confirmed_only && !c->confirmed)
            continue;
        if (c->s == last)
            continue;
        kj_add_evidence(ctx, field, text, c->s);
        last = c->s;
    }
}

/* The unit number hit `h` counts: its own counter (名, 件, アカウント), or
 * an account noun just before a 件 figure (`メールアカウント数 4,072,650件`). */
static kj_affected_unit unit_of(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *x = &ctx->hits[h];
    if (x->unit == UNIT_ACCOUNT)
        return KJ_AFFECTED_ACCOUNTS;
    if (x->unit == UNIT_PERSON)
        return KJ_AFFECTED_PERSONS;
    return preceded_by(ctx, c, h, CUE(ACCOUNT), 10) ? KJ_AFFECTED_ACCOUNTS : KJ_AFFECTED_RECORDS;
}

/* `本人以外の12人の職員のアカウントを使用して`: a count of the accounts
 * someone used, not of people whose data leaked. */
static bool counts_accounts_used(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *num = &ctx->hits[h];
    static const char *const used[] = {"を使用",     "を利用",   "を用い", "を悪用",
                                       "でログイン", "を使って", "が使用", "が利用"};
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != num->block || x->pos > num->pos + num->len + 24)
            break;
        if (x->kind == HIT_NUMBER)
            break;
        if (x->kind != HIT_TERM || !HAS(hit_entry(ctx, x)->cues, ACCOUNT))
            continue;
        for (size_t u = 0; u < sizeof used / sizeof used[0]; u++)
            if (kj_text_after_is(ctx, x, used[u]))
                return true;
    }
    return false;
}

/*
 * `当事務所内ユーザー1名のMicrosoft 365アカウントにおいて…不正なアクセス`,
 * `教員2名、学生2名の東北大IDが不正利用され`: a count of the organisation's
 * own people whose accounts were the way in — their holders, not people
 * whose data leaked (GUIDE: the holder of a hijacked account is no victim).
 * Only staff and members named as the organisation's own (a staff word or
 * 当社内…) before the figure, an account of theirs right after it
 * (`N名の…アカウント`), and nothing said to have leaked in the clause;
 * users' own accounts on a service (`会員のうち5名に対して不正なログイン`)
 * stay a count of the people reached.
 */
static bool counts_holders_of_accounts_used(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *num = &ctx->hits[h];
    if (c->cues & (CUE(LEAK) | CUE(LEAK_NOUN)))
        return false;
    bool account = false;
    for (size_t k = h + 1; k < c->hit_end && !account; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != num->block || x->pos > num->pos + num->len + 45)
            break;
        account = x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, ACCOUNT);
    }
    if (!account)
        return false;
    bool own_people = false, customers = false;
    for (size_t k = c->hit_start; k < h; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        own_people |= KJ_SET_HAS(e->victims, KJ_VICTIM_EMPLOYEES) ||
                      (HAS(e->cues, OWN) && kj_text_after_is(ctx, x, "内"));
        customers |= KJ_SET_HAS(e->victims, KJ_VICTIM_CUSTOMERS) && !HAS(e->cues, OWN) &&
                     !(k > c->hit_start && HAS(hit_entry(ctx, &ctx->hits[k - 1])->cues, OWN));
    }
    bool attacked = false;
    for (size_t k = c->hit_start; k < c->hit_end && !attacked; k++) {
        const hit *x = &ctx->hits[k];
        attacked = x->kind == HIT_TERM && hit_entry(ctx, x)->attacks;
    }
    return own_people && !customers && attacked;
}

/* Does the clause, up to number hit `h`, carry cue `cue` (or, with `after`,
 * anywhere in the clause)? */
static bool clause_has(const extract_ctx *ctx, const clause *c, size_t h, cue_set cues, bool after)
{
    size_t end = after ? c->hit_end : h;
    for (size_t k = c->hit_start; k < end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_TERM && (hit_entry(ctx, x)->cues & cues))
            return true;
    }
    return false;
}

/* The organisation's own people right before the figure (`当社のお客様
 * 1,200名`, `本校の卒業生…12名`): its own figure even in a sentence about
 * the origin's breach. */
static bool own_figure(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *num = &ctx->hits[h];
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->block != num->block || x->pos + 36 < num->pos)
            break;
        if (x->kind == HIT_SELF || (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, OWN)))
            return true;
    }
    return false;
}

/* `稲城市民`: a town's people named by its stem — term hit `x` is a word
 * for residents (市民) right after one of the release's town names
 * without its suffix (稲城). */
static bool town_names_its_people(const extract_ctx *ctx, const hit *x)
{
    if (x->kind != HIT_TERM || !KJ_SET_HAS(hit_entry(ctx, x)->victims, KJ_VICTIM_RESIDENTS))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (size_t k = 0; k < ctx->n_orgs; k++) {
        const char *end = kj_town_suffix(ctx->orgs[k], ctx->org_lens[k]);
        uint32_t stem = ctx->org_lens[k] - 3; /* the name without its suffix */
        if (end && x->pos >= stem && memcmp(text + x->pos, end, 3) == 0 &&
            memcmp(text + x->pos - stem, ctx->orgs[k], stem) == 0)
            return true;
    }
    return false;
}

/* `…のうち、過去に区への申請実績のある利用者は4名`: a town's suffix (the
 * release's own, 区 for 葛飾区), bare or ending a town's name written in
 * full, after a kana particle or 、 and before に or へ, in text[from, to)
 * of `block`. */
static bool bare_town_between(const extract_ctx *ctx, uint32_t block, uint32_t from, uint32_t to)
{
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, block, &len);
    for (size_t k = 0; k < ctx->n_orgs; k++) {
        const char *end = kj_town_suffix(ctx->orgs[k], ctx->org_lens[k]);
        for (uint32_t i = from + 3; end && i + 6 <= to && i + 6 <= len; i++) {
            if (memcmp(t + i, end, 3) != 0 ||
                (memcmp(t + i + 3, "に", 3) != 0 && memcmp(t + i + 3, "へ", 3) != 0))
                continue;
            /* `過去に綾瀬市に申請実績`: the town written in full — up to five
             * kanji before the suffix, after a kana particle or 、 */
            uint32_t start = i;
            while (start >= from + 3 && start + 15 > i && kanji_at(t, len, start - 3))
                start -= 3;
            uint32_t before = char_at(t, len, start - 3);
            if (is_hiragana(before) || before == 0x3001 /* 、 */)
                return true;
        }
    }
    return false;
}

/* `このうち、過去に本市に申請実績のある利用者は3名`, `(うち当社のお客様
 * 12名)`, `そのうち稲城市民は3名`: the organisation itself named earlier in
 * the clause that counts a part of people it serves — the part that is
 * its own (not its staff: `本市に対策室を設置(兼務職員19人)`). */
static bool own_scope(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *num = &ctx->hits[h];
    /* where the bare town may stand: after the clause's start or the
     * figure before this one, within 90 bytes */
    uint32_t lo = num->pos > 90 ? num->pos - 90 : 0;
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->block != num->block || x->pos + 90 < num->pos)
            break;
        if (x->kind == HIT_NUMBER) {
            lo = x->pos + x->len > lo ? x->pos + x->len : lo;
            break;
        }
        if (k == c->hit_start && x->pos > lo)
            lo = x->pos;
    }
    bool served = false;
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->block != num->block || x->kind == HIT_NUMBER || x->pos + 90 < num->pos)
            break;
        if (x->kind == HIT_SELF || (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, OWN)))
            return served;
        if (x->kind != HIT_TERM)
            continue;
        if (town_names_its_people(ctx, x))
            return true;
        kj_set victims = hit_entry(ctx, x)->victims;
        if (KJ_SET_HAS(victims, KJ_VICTIM_EMPLOYEES))
            return false;
        served |= victims != 0 || HAS(hit_entry(ctx, x)->cues, ACCOUNT);
        if (served && x->pos > lo && bare_town_between(ctx, num->block, lo, x->pos))
            return true;
    }
    return false;
}

/* `報告にあります399名のうち1名は、本市のフォームにも申請履歴がある`: the
 * organisation itself named right after a part (number hit `h`, then は
 * or が) says whose part it is: its own. */
static bool own_named_after(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const hit *num = &ctx->hits[h];
    static const char *const topic[] = {"は、", "が、", "は", "が"};
    if (!kj_text_after_any(ctx, num, topic, sizeof topic / sizeof topic[0]) || h + 1 >= s->hit_end)
        return false;
    const hit *x = &ctx->hits[h + 1];
    return x->block == num->block && x->pos <= num->pos + num->len + 6 &&
           (x->kind == HIT_SELF || (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, OWN)));
}

/* Does sentence `s` give the organisation's own part of a figure, naming
 * itself right after it (own_named_after)? */
static bool names_its_own_part(const extract_ctx *ctx, const sentence *s)
{
    for (size_t h = s->hit_start; h < s->hit_end; h++)
        if (ctx->hits[h].kind == HIT_NUMBER && ctx->hits[h].unit == UNIT_PERSON &&
            own_named_after(ctx, s, h) && is_subset(ctx, s, kj_clause_of(ctx, s, h), h))
            return true;
    return false;
}

/* `委託先での被害対象となる約7.4万件のうち、当社からの委託分で…`: a figure
 * the organisation's own part is taken out of — the origin's total. */
static bool own_part_follows(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *num = &ctx->hits[h];
    if (!kj_text_after_is(ctx, num, "のうち"))
        return false;
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != num->block || x->pos > num->pos + num->len + 15)
            return false;
        if (x->kind == HIT_SELF || (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, OWN)))
            return true;
        if (x->kind != HIT_TERM || !HAS(hit_entry(ctx, x)->cues, SUBSET))
            return false; /* (the うち、 itself) */
    }
    return false;
}

static bool is_own_part(const candidate *c, const void *arg)
{
    (void)arg;
    return c->own_part;
}

/* Does sentence `s` (a timeline's row, a dated step) hold a date? */
static bool dated(const extract_ctx *ctx, const sentence *s)
{
    for (uint32_t h = s->hit_start; h < s->hit_end; h++)
        if (ctx->hits[h].kind == HIT_DATE)
            return true;
    return false;
}

/* Is sentence `s` a row of a timeline: a table whose first column is the
 * date (`|日付|概要|`, `|日時(令和8年)|事象|`)? */
static bool in_a_timeline(const extract_ctx *ctx, const sentence *s)
{
    static const char *const date_heads[] = {"日付", "日時", "年月日", "時期"};
    if (s->kind != SENT_ROW || s->table < 0)
        return false;
    const sentence *head = s;
    while (head > ctx->sents && head[-1].kind == SENT_ROW && head[-1].table == s->table)
        head--;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, head->block, &len);
    for (size_t i = 0; i < sizeof date_heads / sizeof date_heads[0]; i++) {
        size_t n = strlen(date_heads[i]);
        if (head->start + n <= len && memcmp(text + head->start, date_heads[i], n) == 0)
            return true;
    }
    return false;
}

/* Does the text of sentence `s` end (or, with `start`, begin) with a note
 * mark and its number (`※3`)? */
static bool note_mark_at(const extract_ctx *ctx, const sentence *s, bool start)
{
    if (s->block == UINT32_MAX)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, s->block, &len);
    uint32_t end = s->kind == SENT_ROW ? len : (s->end <= len ? s->end : len);
    if (start)
        return s->start + 4 <= len && memcmp(text + s->start, "※", 3) == 0 &&
               text[s->start + 3] >= '0' && text[s->start + 3] <= '9';
    uint32_t at = end;
    while (at > s->start && text[at - 1] >= '0' && text[at - 1] <= '9')
        at--;
    return at < end && at >= s->start + 3 && memcmp(text + at - 3, "※", 3) == 0;
}

/* `|…|金融機関口座情報※3|` … `※3 5.2万件が該当`: a note to a mark in a row
 * above, saying how many of that row's records the marked item concerns —
 * a part of the row, not a group of its own.  Sentence `i` is the note
 * (it starts with the mark, or the sentence before it ends with it). */
static bool note_of_a_mark(const extract_ctx *ctx, size_t i, const hit *x)
{
    if (!kj_text_after_is(ctx, x, "が該当") && !kj_text_after_is(ctx, x, "が対象"))
        return false;
    return note_mark_at(ctx, &ctx->sents[i], true) ||
           (i > 0 && note_mark_at(ctx, &ctx->sents[i - 1], false));
}

/* Does `lit` occur in the `window` bytes before hit `x` (its block)? */
static bool text_before(const extract_ctx *ctx, const hit *x, const char *lit, uint32_t window)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    size_t n = strlen(lit);
    uint32_t from = x->pos > window ? x->pos - window : 0;
    for (uint32_t i = from; i + n <= x->pos; i++)
        if (memcmp(text + i, lit, n) == 0)
            return true;
    return false;
}

/* `最大で6,493契約、メールアカウント数 4,072,650件`: 最大で heading a list of
 * figures bounds each of them.  Is figure `x` preceded, in its block, by
 * 最大で with only figures, counters, names and 、 between (no kana word
 * of a clause: `最大で…を確認し、…件`)? */
static bool maximum_heads_the_list(const extract_ctx *ctx, const hit *x)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t from = x->pos > 90 ? x->pos - 90 : 0;
    while (from < x->pos && ((unsigned char)text[from] & 0xC0) == 0x80)
        from++; /* start on a character */
    /* the last 最大で in reach, then nothing but figures and names up to `x` */
    uint32_t after = UINT32_MAX;
    for (uint32_t i = from; i < x->pos; i = next_char(text, len, i))
        if (starts(text, x->pos, i, "最大で"))
            after = i + (uint32_t)strlen("最大で");
    if (after == UINT32_MAX)
        return false;
    for (uint32_t i = after; i < x->pos; i = next_char(text, len, i)) {
        uint32_t cp = char_at(text, len, i);
        if (cp == 0x3002 || is_hiragana(cp))
            return false; /* 。 or a kana word: another clause */
    }
    return true;
}

/* Words of a note that says people may be counted twice. */
static const char *const counted_twice[] = {"重複計上", "重複して", "重複を含", "重複している"};
#define N_COUNTED_TWICE (sizeof counted_twice / sizeof counted_twice[0])

/* Does text[from, to) hold one of counted_twice? */
static bool says_counted_twice(const char *text, uint32_t from, uint32_t to)
{
    for (uint32_t p = from; p < to; p++)
        if (starts_any(text, to, p, counted_twice, N_COUNTED_TWICE))
            return true;
    return false;
}

/* `(うち5件は(1)と重複)`, `(うち5名は会員と重複)`: how a part of a figure is
 * said to be counted in another group too */
static const char *const shared_with[] = {"と重複", "に重複", "とも重複"};
#define N_SHARED_WITH (sizeof shared_with / sizeof shared_with[0])

/* `80件(うち5件は(1)と重複)`: the part of figure `h` that a bracket right
 * after it (its counter aside) says another group counts too, 0 for none.
 * The part is the next figure of the sentence, inside that bracket. */
static int64_t shared_noted_after(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    static const char *const counters[] = {"件", "名", "人", "人分"};
    uint32_t at = x->pos + x->len;
    at += (uint32_t)starts_any(text, len, at, counters, sizeof counters / sizeof counters[0]);
    if (!starts(text, len, at, "(うち"))
        return 0;
    uint32_t close = at + 1;
    for (int depth = 1; close < len && close < at + 150; close++) {
        depth += text[close] == '(' ? 1 : text[close] == ')' ? -1 : 0;
        if (depth == 0)
            break;
    }
    const hit *part = NULL;
    for (size_t k = h + 1; k < s->hit_end && !part; k++)
        if (ctx->hits[k].kind == HIT_NUMBER)
            part = &ctx->hits[k];
    if (!part || part->block != x->block || part->pos > close || part->value >= x->value ||
        part->value <= 0)
        return 0;
    for (uint32_t p = part->pos; p < close; p++)
        if (starts_any(text, close, p, shared_with, N_SHARED_WITH))
            return part->value;
    return 0;
}

/* `合計77.2万件(※同一案件/同一人物の重複計上の可能性があります)`, `40件(件数
 * には…本人が重複している…)`: a note in brackets right after figure `x`
 * (its counter aside) says people may be counted twice; so does a note mark
 * after it (`約17万件※`) whose note, a later paragraph opening with ※, says
 * so. */
static bool duplicates_noted_after(const extract_ctx *ctx, const hit *x)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    static const char *const counters[] = {"件", "名", "人", "アカウント"};
    uint32_t at = x->pos + x->len;
    at += (uint32_t)starts_any(text, len, at, counters, sizeof counters / sizeof counters[0]);
    if (at < len && text[at] == '(') {
        uint32_t close = at + 1;
        while (close < len && close < at + 150 && text[close] != ')')
            close++;
        return says_counted_twice(text, at + 1, close);
    }
    if (!starts(text, len, at, "※"))
        return false;
    const kj_document *doc = &ctx->rel->doc;
    for (size_t b = x->block + 1; b < doc->n_blocks; b++) {
        uint32_t n;
        const char *note = kj_ctx_block_text(ctx, (uint32_t)b, &n);
        if (starts(note, n, 0, "※"))
            return says_counted_twice(note, 0, n);
    }
    return false;
}

/* Does 内訳 stand within `window` bytes before figure `x`, introducing it
 * as a part (`(内訳)教職員229名`, `内訳:学生120名`)? */
static bool breakdown_word_before(const extract_ctx *ctx, const hit *x, uint32_t window)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    size_t n = strlen("内訳");
    uint32_t from = x->pos > window ? x->pos - window : 0;
    for (uint32_t i = from; i + n <= x->pos; i++)
        if (memcmp(text + i, "内訳", n) == 0 && !breakdown_told_elsewhere(text, len, i))
            return true;
    return false;
}

/* For a heading that opens with an item number (`### 1) …`, `### (3)…`,
 * `### 2.…`; the text is normalised, so ２） and ① read as ASCII): the
 * parent section it shares with its numbered siblings — separate groups,
 * whose equal counts (`約5,000件` of applicants and `約5,000件` of staff)
 * are two figures.  -2 for anything else. */
static int32_t numbered_heading_of(const extract_ctx *ctx, const sentence *s)
{
    if (s->kind != SENT_HEADING || s->section < 0)
        return -2;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, s->block, &len);
    uint32_t at = s->start;
    if (at < len && text[at] == '(')
        at++;
    uint32_t digits = 0;
    while (at < len && text[at] >= '0' && text[at] <= '9' && digits < 3) {
        at++;
        digits++;
    }
    if (digits == 0 || digits > 2 || at >= len || (text[at] != ')' && text[at] != '.'))
        return -2;
    return ctx->rel->doc.sections[s->section].parent;
}

/* `18ID→69IDに変更`: a figure revised in place by an arrow to the next,
 * which replaces it. */
static bool revised_by_arrow(const extract_ctx *ctx, const hit *x)
{
    static const char *const arrows[] = {"→", " →", "⇒", " ⇒"};
    return kj_text_after_any(ctx, x, arrows, sizeof arrows / sizeof arrows[0]);
}

/* `(メールアドレスまたはドメイン名) 290,000件`, `メールアドレス、ドメイン数:
 * 1,102件`: entries of a list that the text says may be domains — the
 * names of whole organisations' mail systems, no count of people. */
static bool counts_domains(const extract_ctx *ctx, const sentence *s, const hit *x)
{
    uint32_t window = 60;
    if (s->block == x->block && x->pos >= s->start && x->pos - s->start < window)
        window = x->pos - s->start;
    return text_before(ctx, x, "ドメイン", window);
}

/* `報告義務が生じる「1,000件以上」に該当する`: the threshold of a law or a
 * rule the organisation measures itself against, not a count of people.
 * A figure `以上` that the text says something falls under (に該当), or
 * that follows a duty or a rule of reporting. */
static bool a_threshold(const extract_ctx *ctx, const hit *x)
{
    static const char *const falls_under[] = {"に該当", "」に該当", "』に該当", "の基準"};
    static const char *const duties[] = {"義務", "報告対象", "届出対象", "基準"};
    if (!(x->num_flags & KJ_NUM_AT_LEAST))
        return false;
    if (kj_text_after_any(ctx, x, falls_under, sizeof falls_under / sizeof *falls_under))
        return true;
    for (size_t i = 0; i < sizeof duties / sizeof *duties; i++)
        if (text_before(ctx, x, duties[i], 30))
            return true;
    return false;
}

/* Does the text of sentence `s` (every cell of a row) hold `lit`? */
static bool sentence_holds(const extract_ctx *ctx, const sentence *s, const char *lit)
{
    size_t n = strlen(lit);
    for (uint32_t b = s->block; b <= s->last_block && b != UINT32_MAX; b++) {
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, b, &len);
        uint32_t from = b == s->block ? s->start : 0;
        uint32_t to = b == s->block && s->kind != SENT_ROW && s->end <= len ? s->end : len;
        for (uint32_t i = from; i + n <= to; i++)
            if (memcmp(text + i, lit, n) == 0)
                return true;
        if (s->kind != SENT_ROW)
            break;
    }
    return false;
}

/* Is sentence `i` a line right below one that says 内訳 (`(内訳)教職員229名、
 * 学生227名` / `学外共同発明者582名、…`)? */
static bool below_a_breakdown(const extract_ctx *ctx, size_t i)
{
    for (size_t k = i; k-- > 0 && i - k <= 30;) {
        const sentence *s = &ctx->sents[k];
        if (!ctx->sents[k + 1].fragment || s->section != ctx->sents[i].section ||
            s->kind == SENT_HEADING)
            return false;
        if (sentence_holds(ctx, s, "内訳"))
            return true;
    }
    return false;
}

/* Does the text of sentence `s` hold one of the `n` strings of `words`? */
static bool sentence_holds_any(const extract_ctx *ctx, const sentence *s, const char *const *words,
                               size_t n)
{
    for (size_t w = 0; w < n; w++)
        if (sentence_holds(ctx, s, words[w]))
            return true;
    return false;
}

/* Does the heading of `s`'s section, or of a section above it, hold one of
 * `words`? */
static bool heading_above_holds(const extract_ctx *ctx, const sentence *s, const char *const *words,
                                size_t n)
{
    const kj_document *doc = &ctx->rel->doc;
    for (int32_t sec = s->section; sec >= 0; sec = doc->sections[sec].parent)
        for (size_t i = 0; i < ctx->n_sents; i++) {
            const sentence *h = &ctx->sents[i];
            if (h->kind != SENT_HEADING || h->section != sec)
                continue;
            if (sentence_holds_any(ctx, h, words, n))
                return true;
            break;
        }
    return false;
}

/* `約31,500名(9月16日時点:暫定)`, `## 漏洩した情報(暫定)`: a figure still
 * being checked (暫定, 精査中) in its sentence or a heading above. */
static bool is_provisional(const extract_ctx *ctx, const sentence *s)
{
    static const char *const words[] = {"暫定", "精査中", "精査途中"};
    size_t n = sizeof words / sizeof words[0];
    return sentence_holds_any(ctx, s, words, n) || heading_above_holds(ctx, s, words, n);
}

/* `## 漏洩した可能性のある情報(最大数)`: a heading that says the figures
 * under it are upper bounds. */
static bool under_a_maximum_heading(const extract_ctx *ctx, const sentence *s)
{
    static const char *const words[] = {"(最大数)", "(最大件数)", "(最大人数)", "(最大)"};
    return heading_above_holds(ctx, s, words, sizeof words / sizeof words[0]);
}

/* `本日までに約8,000名への通知を完了しました。残る対象の方にも…継続して
 * まいります`: a count of the people told so far, while the telling goes on.
 * It is the headline (the guide's "only those told so far") but not the
 * final count, so a page marks it as one that may still change. */
static bool counted_so_far(const extract_ctx *ctx, const sentence *s)
{
    static const char *const told[] = {"通知", "ご連絡", "ご案内"};
    static const char *const goes_on[] = {"残る", "引き続き", "継続", "順次"};
    if (!sentence_holds(ctx, s, "までに") ||
        !(sentence_holds(ctx, s, "完了") || sentence_holds(ctx, s, "済")))
        return false;
    if (!sentence_holds_any(ctx, s, told, sizeof told / sizeof told[0]))
        return false;
    /* the sentence itself, or the one after it, says more are to be told */
    size_t n = sizeof goes_on / sizeof goes_on[0];
    const sentence *next = s + 1 < ctx->sents + ctx->n_sents ? s + 1 : NULL;
    return sentence_holds_any(ctx, s, goes_on, n) ||
           (next && next->block == s->block && sentence_holds_any(ctx, next, goes_on, n));
}

/* `- 件数:調査中` beside groups that have their numbers (`- 件数:48件`): a
 * group of the release whose count is still being established.  The groups
 * counted are the headline (the guide's "small partial group"), but a page
 * must not print their sum as everyone's. */
static bool a_count_left_open(const extract_ctx *ctx)
{
    static const char *const counts[] = {"件数:", "人数:", "対象者数:", "対象件数:"};
    static const char *const open[] = {"調査中", "精査中", "確認中", "特定中"};
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (sentence_holds_any(ctx, s, counts, sizeof counts / sizeof counts[0]) &&
            sentence_holds_any(ctx, s, open, sizeof open / sizeof open[0]))
            return true;
    }
    return false;
}

/* Does table row `s` state in a cell of its own whether its figure leaked
 * (a leak word with 確認 or a possibility)? */
static bool row_states_status(const sentence *s)
{
    return s->kind == SENT_ROW && (s->cues & (CUE(LEAK) | CUE(LEAK_NOUN))) &&
           (s->cues & (CUE(CONFIRM) | CUE(POSSIBLE)));
}

/* `| 合計 | 約2,050件 |`: a table row whose first cell says total, before
 * the figure at hit `h`.  It sums the rows above it, or the figures the
 * text gave for them when they were stated there first. */
static bool total_row(const extract_ctx *ctx, const sentence *s, size_t h)
{
    if (s->kind != SENT_ROW || h == s->hit_start)
        return false;
    const hit *first = &ctx->hits[s->hit_start];
    /* (the cells are blocks of their own: the first hit in the row's first) */
    return first->kind == HIT_TERM && first->block == s->block && first->pos <= s->start + 6 &&
           HAS(hit_entry(ctx, first)->cues, TOTAL);
}

/* What the words before number hit `h` (since the clause's previous
 * figure) call it, the nearest first: card holders' data
 * (`クレジットカード情報(13,094件)`, `カード決済をされたお客様6,342名`:
 * true, with *personal false) or personal information (`お客様の個人情報
 * (90,513件)`, `クレジットカード情報以外の個人情報(…)`: *personal true). */
static bool labelled_card(const extract_ctx *ctx, const clause *c, size_t h, bool *personal)
{
    *personal = false;
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_NUMBER)
            return false;
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        /* (paying by card, `カード決済をされたお客様`, names no card data of
         * its own, yet says whose figure this is) */
        if (KJ_SET_HAS(e->data, KJ_DATA_CREDIT_CARD) || HAS(e->cues, CARD_PAYMENT))
            return true;
        if (HAS(e->cues, PERSONAL)) {
            *personal = true;
            return false;
        }
    }
    return false;
}

/* `氏名 136,346件` / `電話番号 114,951件`: a line that counts one data item,
 * labelled by nothing but the item (and 情報) right before the figure. */
static bool counts_one_item(const extract_ctx *ctx, const sentence *s, size_t h)
{
    if (!s->fragment || s->kind == SENT_ROW || h == s->hit_start)
        return false;
    int items = 0;
    const hit *num = &ctx->hits[h], *first = &ctx->hits[s->hit_start];
    if (first->block != num->block || first->pos > s->start + 6)
        return false; /* a label that starts the line (after a bullet) */
    for (size_t k = s->hit_start; k < h; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            return false;
        const lex_entry *e = hit_entry(ctx, x);
        if (e->victims || (!e->data && e->cues != CUE(INFO)))
            return false;
        items += e->data != 0;
    }
    const hit *label = &ctx->hits[h - 1];
    return items == 1 && label->pos + label->len + 6 >= num->pos;
}

/* The data item number hit `h` is a count of — the word right before it
 * (an opening bracket and 情報 aside) when that word names data and no
 * group of people (`メールアドレス 43,451件`, not `市民382人`), that word in
 * *label — and in *groups the groups of people named since the sentence's
 * previous figure.  0 when the figure counts no data item. */
static kj_set item_counted(const extract_ctx *ctx, const sentence *s, size_t h, kj_set *groups,
                           const hit **label)
{
    const hit *num = &ctx->hits[h];
    kj_set item = 0;
    uint32_t next = num->pos;
    *groups = 0;
    for (size_t k = h; k-- > s->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_NUMBER)
            break;
        if (x->kind == HIT_OPEN && !item && x->block == num->block && x->pos + x->len + 3 >= next) {
            next = x->pos;
            continue;
        }
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        *groups |= e->victims;
        if (item || e->victims)
            continue;
        /* (`氏名のみ 120件`: records holding that item only, a category) */
        if (x->block != num->block || x->pos + x->len + 3 < next)
            break; /* nothing labels the figure right before it */
        if (e->data) {
            /* `氏名、住所および電話番号 298件`: records holding those items
             * together, a category, not a count of one item */
            const hit *w = k > s->hit_start ? &ctx->hits[k - 1] : NULL;
            if (w && w->kind == HIT_TERM && hit_entry(ctx, w)->data && w->block == x->block &&
                w->pos + w->len + 9 >= x->pos)
                return 0;
            item = e->data;
            *label = x;
        } else if (e->cues == CUE(INFO))
            next = x->pos; /* `メールアドレス情報 4,110件` */
        else
            break;
    }
    return item;
}

/* Do number hits `a` and `b` (a before b) stand on one line of one block? */
static bool on_one_line(const extract_ctx *ctx, const hit *a, const hit *b)
{
    if (a->block != b->block)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, a->block, &len);
    return memchr(text + a->pos, '\n', b->pos - a->pos) == NULL;
}

/* Does term hit `x` name an identifier (`ユーザーID`, `ログインID`)? */
static bool names_an_id(const extract_ctx *ctx, const hit *x)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    return x->len >= 2 && x->pos + x->len <= len &&
           memcmp(text + x->pos + x->len - 2, "ID", 2) == 0;
}

/* `学生・教職員／ユーザーID 43,451件、…各学生・教職員のメールアドレス 43,451件`:
 * two or more figures on one line of a sentence, each labelled by a data
 * item (not a group of people) and all of the same people (no two naming
 * groups that share none), count each item over those same people — per item,
 * never to be added.  Is number hit `h` one of them?  (Lines of a list,
 * `氏名のみ 147件` / `氏名および住所 17件`, may be disjoint rows:
 * counts_one_item; figures of people, 名 and 人, count people, whatever
 * they are labelled.)  *accounts tells whether one of them counts IDs or
 * accounts: then each counts items of those accounts (GUIDE: ID counts
 * are accounts). */
static bool counts_an_item_of_one_group(const extract_ctx *ctx, const sentence *s, size_t h,
                                        bool *accounts)
{
    const hit *num = &ctx->hits[h], *label = NULL;
    kj_set groups, mine = num->unit == UNIT_PERSON ? 0 : item_counted(ctx, s, h, &groups, &label);
    *accounts = false;
    if (!mine)
        return false;
    int items = 0;
    kj_set named = 0;
    for (size_t k = s->hit_start; k < s->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_NUMBER || x->unit == UNIT_PERSON ||
            !on_one_line(ctx, k < h ? x : num, k < h ? num : x) ||
            !item_counted(ctx, s, k, &groups, &label))
            continue;
        if (groups && named && !(groups & named))
            return false; /* `お客様の氏名…件、従業員の氏名…件`: two groups */
        named |= groups;
        items++;
        *accounts |= x->unit == UNIT_ACCOUNT || names_an_id(ctx, label);
    }
    return items >= 2;
}

/* `顧客情報関連(会社名・住所・電話番号):4,577件`: a label, up to figure hit
 * `h`, that names no person's data (氏名, 個人情報) and whose word nearest
 * the figure naming whose records they are names companies (会社名, 法人),
 * not people (`お取引先様雇用の派遣社員`): records of companies. */
static bool names_a_company_not_a_person(const extract_ctx *ctx, size_t h)
{
    const hit *num = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, num->block, &len);
    bool company = false, decided = false;
    /* back to the line's start (a clause may end inside the label's
     * brackets: `(契約先名・住所、最終需要者名・住所)`) */
    for (size_t k = h; k-- > 0;) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_NUMBER || x->block != num->block ||
            memchr(text + x->pos, '\n', num->pos - x->pos))
            break;
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        if (KJ_SET_HAS(e->data, KJ_DATA_NAME) || HAS(e->cues, PERSONAL))
            return false;
        /* the nearest word that names whose records they are decides */
        if (!decided && (HAS(e->cues, CORPORATE) || e->victims)) {
            company = HAS(e->cues, CORPORATE);
            decided = true;
        }
    }
    return company;
}

/* `|動物医療機関|約1万件|住所、名称、電話番号|`: a table row whose cells
 * name an institution's data (名称, 会社名, 法人) and no person's (氏名,
 * 個人情報): records of institutions. */
static bool row_of_an_institution(const extract_ctx *ctx, const sentence *s)
{
    bool institution = false;
    for (uint32_t k = s->hit_start; k < s->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        if (KJ_SET_HAS(e->data, KJ_DATA_NAME) || HAS(e->cues, PERSONAL))
            return false;
        /* (a data item: 名称, 会社名; not whose they are: お取引先様) */
        institution |= HAS(e->cues, CORPORATE) && !e->victims;
    }
    return institution;
}

/* `法人 359件`, `お取引先様 4,559件`: records of companies, which count
 * organisations.  The nearest word before the figure (情報 aside) says so,
 * or on a line of a list, the label's bracketed items. */
static bool counts_companies(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    const hit *num = &ctx->hits[h];
    bool line = s->fragment && s->kind != SENT_HEADING;
    /* `TechFULと契約した学校(データベース件数:475アカウント)`: accounts of
     * institutions, on a line of a list */
    if (num->unit == UNIT_ACCOUNT)
        return line && names_a_company_not_a_person(ctx, h);
    if (num->unit != UNIT_RECORD)
        return false;
    if (s->kind == SENT_ROW && row_of_an_institution(ctx, s))
        return true;
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->block != num->block || x->pos + x->len + 12 < num->pos)
            return false;
        if (x->kind == HIT_NUMBER) {
            /* `②法人80件`: the circled number read as `2法人` */
            uint32_t len;
            const char *text = kj_ctx_block_text(ctx, x->block, &len);
            return x->unit == UNIT_ORGANIZATION && ends_with(text, x->pos + x->len, "法人");
        }
        if (x->kind == HIT_CLOSE)
            break; /* `(会社名・住所・電話番号):4,577件`: the label's bracket */
        if (x->kind != HIT_TERM)
            return false;
        const lex_entry *e = hit_entry(ctx, x);
        if (e->cues == CUE(INFO) && !e->data && !e->victims)
            continue;
        if (HAS(e->cues, CORPORATE))
            return true;
        break;
    }
    return line && names_a_company_not_a_person(ctx, h);
}

/* `上記2社に卒業アルバムの作成を委託`: the companies something was entrusted
 * to (the contractors), not organisations whose information is affected:
 * the count, に, and 委託 before the sentence ends. */
static bool counts_contractors(const extract_ctx *ctx, const hit *x)
{
    if (!kj_text_after_is(ctx, x, "に"))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (uint32_t i = x->pos + x->len; i + 6 <= len && i < x->pos + x->len + 90; i++) {
        if (memcmp(text + i, "。", 3) == 0)
            return false;
        if (memcmp(text + i, "委託", 6) == 0)
            return true;
    }
    return false;
}

/* `1182社1682件`: items of the organisations just counted, not people. */
static bool items_of_organizations(const extract_ctx *ctx, const clause *c, size_t h)
{
    if (h == c->hit_start)
        return false;
    const hit *num = &ctx->hits[h], *before = &ctx->hits[h - 1];
    if (before->kind != HIT_NUMBER || before->unit != UNIT_ORGANIZATION ||
        before->block != num->block || before->pos + before->len + 1 < num->pos)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, before->block, &len);
    return ends_with(text, before->pos + before->len, "社"); /* not `②法人80件` */
}

/* `②法人名・法人住所`, `1社名`: a list mark (a circled digit, folded to
 * a digit) before the word for an organisation's name — no count. */
static bool names_an_organization(const extract_ctx *ctx, const hit *num)
{
    return num->unit == UNIT_ORGANIZATION && kj_text_after_is(ctx, num, "名");
}

/* Is a release by a city, town, village or ward, or one of their schools
 * or boards of education? */
static bool by_local_government(const kj_release *rel)
{
    static const char *const ends[] = {"市", "町", "村", "区"};
    static const char *const inside[] = {"市教育委員会", "町教育委員会", "村教育委員会",
                                         "区教育委員会", "市立",         "町立",
                                         "村立",         "区立"};
    for (size_t i = 0; i < rel->overview.n_organizations; i++) {
        const char *name = rel->overview.organizations[i];
        size_t n = strlen(name);
        for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++)
            if (n >= 3 && memcmp(name + n - 3, ends[k], 3) == 0)
                return true;
        for (size_t k = 0; k < sizeof inside / sizeof inside[0]; k++)
            if (strstr(name, inside[k]))
                return true;
    }
    return false;
}

/* The cues of the nearest heading above `s` that states whether data
 * leaked (`①漏えいした個人情報`, `②漏えいしたおそれのある個人情報`): the
 * figures under it share its status.  0 when no heading says. */
static cue_set heading_status(const extract_ctx *ctx, const sentence *s)
{
    const kj_document *doc = &ctx->rel->doc;
    for (int32_t sec = s->section; sec >= 0; sec = doc->sections[sec].parent) {
        for (size_t i = 0; i < ctx->n_sents; i++) {
            const sentence *h = &ctx->sents[i];
            if (h->kind != SENT_HEADING || h->section != sec)
                continue;
            if ((h->cues & (CUE(LEAK) | CUE(LEAK_NOUN))) &&
                (h->cues & (CUE(POSSIBLE) | CUE(LEAK) | CUE(CONFIRM) | CUE(NEGATION))))
                return h->cues;
            break;
        }
    }
    return 0;
}

/* The cues of the heading of `s`'s own section (0 when none). */
static cue_set own_heading(const extract_ctx *ctx, const sentence *s)
{
    for (size_t i = 0; s->section >= 0 && i < ctx->n_sents; i++) {
        const sentence *h = &ctx->sents[i];
        if (h->kind == SENT_HEADING && h->section == s->section)
            return h->cues;
    }
    return 0;
}

/* Does the heading of `s`'s own section end with one of the `n` words
 * `ends` (`アカウント数`, `人数`)? */
static bool heading_ends_with(const extract_ctx *ctx, const sentence *s, const char *const *ends,
                              size_t n)
{
    for (size_t i = 0; s->section >= 0 && i < ctx->n_sents; i++) {
        const sentence *h = &ctx->sents[i];
        if (h->kind != SENT_HEADING || h->section != s->section)
            continue;
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, h->block, &len);
        uint32_t end = h->end <= len ? h->end : len;
        while (end > h->start && (text[end - 1] == ' ' || text[end - 1] == '\n'))
            end--;
        for (size_t k = 0; k < n; k++) {
            size_t w = strlen(ends[k]);
            if (end - h->start >= w && memcmp(text + end - w, ends[k], w) == 0)
                return true;
        }
        return false;
    }
    return false;
}

/* `## 漏えいの可能性がある利用者アカウント数` over `…利用者の4件`: a heading
 * that names what its section counts as accounts (or IDs) makes a count
 * in 件 there a count of accounts. */
static bool heading_counts_accounts(const extract_ctx *ctx, const sentence *s)
{
    static const char *const counts[] = {"アカウント数", "ID数"};
    return heading_ends_with(ctx, s, counts, sizeof counts / sizeof counts[0]);
}

/* `## 当該事業者へ卒業アルバムを発注していた学校と人数` over `東小学校 58名`:
 * a heading that says its section counts people makes the lines under it
 * counts of those the release is about, though they name no data. */
static bool heading_counts_people(const extract_ctx *ctx, const sentence *s)
{
    static const char *const counts[] = {"人数", "者数", "件数"};
    return heading_ends_with(ctx, s, counts, sizeof counts / sizeof counts[0]);
}

static bool heading_says_possible(cue_set h)
{
    return HAS(h, POSSIBLE) && !HAS(h, NEGATION);
}

static bool heading_says_confirmed(cue_set h)
{
    return HAS(h, CONFIRM) && !HAS(h, POSSIBLE) && !HAS(h, NEGATION);
}

/* Is any figure under a heading of its own that says its data may have
 * been reached (`### 外部からアクセスされた可能性がある個人情報`)? */
static bool any_under_possible_heading(const candidate_set *set)
{
    for (int i = 0; i < set->n; i++)
        if (heading_says_possible(set->items[i].heading))
            return true;
    return false;
}

/* `### 外部からのアクセスが確認された個人情報` over some figures and `###
 * 外部からアクセスされた可能性がある個人情報` over others: headings set side
 * by side say which figures are confirmed and which only possible, though
 * neither names a leak word (accessed, viewed). */
static void read_status_headings(candidate_set *set)
{
    bool confirmed = false;
    for (int i = 0; i < set->n; i++)
        confirmed |= heading_says_confirmed(set->items[i].heading);
    if (!confirmed || !any_under_possible_heading(set))
        return;
    for (int i = 0; i < set->n; i++) {
        candidate *c = &set->items[i];
        if (heading_says_possible(c->heading))
            c->confirmed = false;
        else if (heading_says_confirmed(c->heading) && !c->provisional && !c->maximum)
            c->confirmed = true;
    }
}

/* `699件(個人情報406件、法人情報293件)`: a figure broken down in its own
 * sentence into a part of people and a part of companies (counted in
 * `orgs`) counts both; the people's part is the persons figure.  The
 * whole is dropped from `persons` and its part read as no detail. */
static void split_off_companies(candidate_set *persons, const candidate_set *orgs)
{
    int n = 0;
    for (int i = 0; i < persons->n; i++) {
        const candidate *t = &persons->items[i];
        bool split = false;
        for (int k = 0; k < persons->n && !split; k++) {
            candidate *p = &persons->items[k];
            for (int o = 0; o < orgs->n && !split && p != t && p->s == t->s; o++) {
                const candidate *org = &orgs->items[o];
                split = org->s == t->s && p->value + org->value == t->value;
                if (split)
                    p->detail = false;
            }
        }
        if (!split)
            persons->items[n++] = *t;
    }
    persons->n = n;
}

/* Keeps in `set` only the candidates `keep` says yes to, when any. */
static void keep_only(candidate_set *set, bool (*keep)(const candidate *, const void *),
                      const void *arg)
{
    int kept = 0;
    for (int i = 0; i < set->n; i++)
        kept += keep(&set->items[i], arg);
    if (kept == 0 || kept == set->n)
        return;
    int n = 0;
    for (int i = 0; i < set->n; i++)
        if (keep(&set->items[i], arg))
            set->items[n++] = set->items[i];
    set->n = n;
}

/* `累計約7,200名(前回公表 約3,100名と今回公表 約4,100名の合計)`: the earlier
 * figure beside a current running total is its part, not a figure given
 * way to. */
static void keep_running_totals_parts(candidate_set *set)
{
    for (int i = 0; i < set->n; i++) {
        const candidate *t = &set->items[i];
        if (!t->stated_total || t->superseded)
            continue;
        for (int k = 0; k < set->n; k++)
            if (set->items[k].s == t->s && set->items[k].value < t->value)
                set->items[k].superseded = false;
    }
}

static bool is_current(const candidate *c, const void *arg)
{
    (void)arg;
    return !c->superseded;
}

/* A figure counted with duplicates (`名寄せ前`, `延べ`) gives way to any
 * other; alone (`延べ約2,800人`) it is the release's total. */
static bool is_merged(const candidate *c, const void *arg)
{
    (void)arg;
    return !c->with_duplicates;
}

static bool of_a_counted_group(const candidate *c, const void *arg)
{
    (void)arg;
    return !c->uncounted_whole;
}

static bool is_own(const candidate *c, const void *arg)
{
    (void)arg;
    return !c->origin;
}

/* People and records of personal data are read together (separate groups
 * add up: 顧客情報115,674件 and 従業員101名); accounts (mail accounts, user
 * IDs) are another kind of thing and count only when nothing else does. */
static bool is_people_or_records(const candidate *c, const void *arg)
{
    (void)arg;
    return c->unit != KJ_AFFECTED_ACCOUNTS;
}

/* Does clause `c` deny every possibility it names (`これ以上のデータ流出の恐れ
 * はありません`)?  Said after a leak stated as fact, it closes the matter
 * rather than leaving part of the figure only possible. */
static bool possibility_denied(const extract_ctx *ctx, const clause *c)
{
    bool any = false;
    for (size_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM || !HAS(hit_entry(ctx, x)->cues, POSSIBLE))
            continue;
        if (!kj_negated_after(ctx, c, k))
            return false;
        any = true;
    }
    return any;
}

/* Does the release say anywhere that data may have leaked (a leak word
 * and a possibility in one clause, contact sections aside)? */
static bool possibility_stated(const extract_ctx *ctx)
{
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        /* `## 漏えいした可能性がある個人情報` over a list of data items:
         * a heading that names what its section lists, not a finding */
        if (kj_sentence_is_aside(s) || s->kind == SENT_HEADING)
            continue;
        for (uint32_t c = s->clause_start; c < s->clause_end; c++) {
            cue_set cues = ctx->clauses[c].cues;
            /* `流出した情報を悪用した…メールが送付される可能性`: a possible
             * misuse of what leaked, not a leak that may have happened */
            if ((cues & (CUE(LEAK) | CUE(LEAK_NOUN))) && HAS(cues, POSSIBLE) &&
                !HAS(cues, SECONDARY) && !possibility_denied(ctx, &ctx->clauses[c]))
                return true;
        }
    }
    return false;
}

static bool any_provisional(const candidate_set *set)
{
    for (int i = 0; i < set->n; i++)
        if (set->items[i].provisional)
            return true;
    return false;
}

/* Is `value` stated as an upper bound (`最大で延べ193,118人`) by one of the
 * candidates giving it?  A maximum is no count of what is confirmed, even
 * when the leak itself is stated as fact. */
static bool stated_as_maximum(const candidate_set *set, int64_t value)
{
    for (int i = 0; i < set->n; i++)
        if (set->items[i].value == value && set->items[i].maximum)
            return true;
    return false;
}

/* `お客様の個人情報（103,006件）、内クレジットカード情報（約6,929件）`: the
 * largest figure of `set` called card holders' data and not personal data
 * (labelled_card), below the headline `value` — those of the people counted
 * whose card data is concerned; KJ_COUNT_NONE when no such figure. */
static int64_t card_holders_of(const candidate_set *set, int64_t value)
{
    int64_t holders = KJ_COUNT_NONE;
    for (int i = 0; i < set->n; i++) {
        const candidate *c = &set->items[i];
        if (c->card_once && !c->personal_once && !c->superseded && c->value < value &&
            (holders == KJ_COUNT_NONE || c->value > holders))
            holders = c->value;
    }
    return holders;
}

/* Does some figure of `set` (not one an earlier report gave) state `value`? */
static bool stated_anywhere(const candidate_set *set, int64_t value)
{
    for (int i = 0; i < set->n; i++)
        if (set->items[i].value == value && !set->items[i].superseded)
            return true;
    return false;
}

/* How the text qualifies the headline `value` (KJ_FIGURE_*): an upper bound,
 * a count with duplicates or a provisional count, when every figure of `set`
 * (as stated, before any gave way) stating that very number says so
 * (`最大で延べ193,118人`, also when rows add up to it).  A figure the text
 * also states plainly, or a sum the text never states, carries none. */
static unsigned figure_qualifiers(const candidate_set *set, int64_t value)
{
    unsigned all = KJ_FIGURE_AT_MOST | KJ_FIGURE_GROSS | KJ_FIGURE_PROVISIONAL;
    bool any = false;
    for (int i = 0; i < set->n; i++) {
        const candidate *c = &set->items[i];
        if (c->value != value || c->superseded)
            continue;
        any = true;
        if (!c->maximum)
            all &= ~(unsigned)KJ_FIGURE_AT_MOST;
        if (!c->with_duplicates)
            all &= ~(unsigned)KJ_FIGURE_GROSS;
        if (!c->provisional && !c->may_grow)
            all &= ~(unsigned)KJ_FIGURE_PROVISIONAL;
    }
    return any ? all : 0;
}

/* Per section: some sentence of it names a wider area than a town's own
 * (県内, 県の公立学校). */
static bool *sections_naming_a_region(const extract_ctx *ctx)
{
    size_t n = ctx->rel->doc.n_sections;
    bool *region = kj_xcalloc(n ? n : 1, sizeof *region);
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (s->section >= 0 && HAS(s->cues, REGION))
            region[s->section] = true;
    }
    return region;
}

/* `…が漏えいしたおそれがあるものです。（約550名分）。`: a count alone in
 * parentheses, set off by a stop from the sentence it counts for — an
 * afterthought of sentence `i - 1`, read in its context.  Sentence `i`
 * follows `i - 1` in its block and holds an opening parenthesis, one
 * number and its closing one, nothing else. */
static bool count_after_a_stop(const extract_ctx *ctx, size_t i)
{
    const sentence *s = &ctx->sents[i];
    if (i == 0 || s->kind != ctx->sents[i - 1].kind || s->block != ctx->sents[i - 1].block ||
        s->hit_end - s->hit_start != 3)
        return false;
    const hit *x = &ctx->hits[s->hit_start];
    return x[0].kind == HIT_OPEN && x[1].kind == HIT_NUMBER && x[2].kind == HIT_CLOSE &&
           x[0].pos <= s->start + 1;
}

/* `40件(件数には…本人が重複している可能性のあるものも含まれます)`: the
 * possibility that people are counted twice, not that they leaked.  Does
 * every possibility word of clause `c` follow a word of duplicates? */
static bool only_duplicates_possible(const extract_ctx *ctx, const clause *c)
{
    bool any = false;
    for (size_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM || !HAS(hit_entry(ctx, x)->cues, POSSIBLE))
            continue;
        const hit *before = k > c->hit_start ? &ctx->hits[k - 1] : NULL;
        if (!before || before->kind != HIT_TERM || !HAS(hit_entry(ctx, before)->cues, DUPLICATES) ||
            before->block != x->block || x->pos > before->pos + before->len + 3)
            return false;
        any = true;
    }
    return any;
}

void kj_extract_counts(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    candidate_set persons = {.n = 0}, orgs = {.n = 0};
    bool last_own = false; /* the last figure of people counted the organisation's own */
    /* a town quoting its contractor's breach may quote the prefecture's
     * figure too: neither its own count nor the contractor's total */
    bool *region =
        rel->third_party && by_local_government(rel) ? sections_naming_a_region(ctx) : NULL;
    bool count_left_open = a_count_left_open(ctx);
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s) || kj_sentence_is_measures(s))
            continue;
        cue_set around = s->cues | s->context;
        bool afterthought = count_after_a_stop(ctx, i);
        if (afterthought)
            around |= ctx->sents[i - 1].cues;
        /* `計 27校、2,548人`: a stated total of people in a release that
         * reports a (possible) leak needs no other context; accounts the
         * attacker logged into (`不正ログインのあったIDの件数`) neither */
        bool leak = rel->leak_status >= KJ_LEAK_POSSIBLE;
        bool logins = KJ_SET_HAS(s->attacks, KJ_ATTACK_ACCOUNT_TAKEOVER);
        /* (`報告にあります399名のうち1名は、本市の…`: the organisation's own
         * part of a third party's figure, wherever it is said) */
        bool counted = leak && (heading_counts_people(ctx, s) ||
                                (rel->third_party && names_its_own_part(ctx, s)));
        if (!(around & (CUE(INFO) | CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE) | CUE(TARGET))) &&
            !s->data && !s->victims && !(leak && HAS(s->cues, TOTAL)) && !logins && !counted)
            continue;
        bool only_logins =
            !(around & (CUE(INFO) | CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE) | CUE(TARGET))) &&
            !s->data && !s->victims && !(leak && HAS(s->cues, TOTAL)) && !counted;
        cue_set status = heading_status(ctx, s);
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *x = &ctx->hits[h];
            if (x->kind != HIT_NUMBER || x->value < 0 || (x->num_flags & KJ_NUM_VAGUE))
                continue;
            if ((x->num_flags & KJ_NUM_KANJI) && x->value < 10)
                continue; /* 一人, 二名: wording, not a headline count */
            const clause *c = kj_clause_of(ctx, s, h);
            if (kj_conditional_at(ctx, c, h) || a_threshold(ctx, x) || counts_domains(ctx, s, x))
                continue;
            bool org = x->unit == UNIT_ORGANIZATION || counts_companies(ctx, s, c, h);
            /* a contractor's figure, then the part of it that is the
             * organisation's own: that part is its figure */
            bool subset = is_subset(ctx, s, c, h) || note_of_a_mark(ctx, i, x);
            bool own_part = !org && rel->third_party && !last_own &&
                            (subset || in_parentheses(ctx, c, h)) &&
                            (own_scope(ctx, c, h) || (subset && own_named_after(ctx, s, h)));
            /* `このうち、本市に申請実績のある利用者は0名`: none of its own;
             * any other zero counts nothing */
            if (x->value == 0 && !own_part)
                continue;
            bool uncounted_whole =
                subset && !own_part && !org && picked_from_an_uncounted_group(ctx, s, c, h);
            if (uncounted_whole)
                subset = false; /* a part of nothing counted: read, and dropped below
                                   when any other figure of people is left */
            if ((!org && !kj_counts_people(ctx, s, c, h)) ||
                (org && (followed_by(ctx, c, h, CUE(PER_ITEM) | CUE(MAIL_COUNT)) ||
                         counts_contractors(ctx, x) || names_an_organization(ctx, x))) ||
                (subset && !own_part) || items_of_organizations(ctx, c, h) ||
                increase_beside_a_count(ctx, c, h) || records_beside_persons(ctx, s, h) ||
                (!org &&
                 (counts_accounts_used(ctx, c, h) || counts_holders_of_accounts_used(ctx, c, h))))
                continue;
            /* in a passage only about logins, a count of the accounts or
             * IDs logged into; not `1件…スパムメールが送信` */
            if (only_logins && !preceded_by(ctx, c, h, CUE(ACCOUNT), 15))
                continue;
            if (region && s->section >= 0 && region[s->section] && !HAS(s->context, OWN) &&
                !own_figure(ctx, c, h))
                continue;
            /* a clause that states whether it leaked speaks for itself;
             * else the nearest heading that states it, over the headings
             * above it, and the paragraph that leads in to a list */
            cue_set section = s->section >= 0 ? ctx->section_cues[s->section] : 0;
            cue_set lead_in = s->context & ~section;
            cue_set mine = c->cues;
            if (only_duplicates_possible(ctx, c))
                mine &= ~CUE(POSSIBLE);
            if (!(mine & (CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE))))
                mine &= ~CUE(NEGATION); /* `(要配慮個人情報は無し)`: of something else */
            bool states = (HAS(mine, LEAK) && HAS(mine, CONFIRM)) || HAS(mine, POSSIBLE);
            cue_set where = states ? mine : mine | (status ? status : section) | lead_in;
            /* a table with a status column: the row's own cell says it
             * (`漏えい事実を確認した` / `漏えい事実は確認されていないが、漏えい
             * したおそれがある`), over the headings and the lead-in */
            if (!states && row_states_status(s))
                where = s->cues;
            /* accounts logged into by the attacker are accounts whose data
             * was reached: `不正ログインされたお客様数: 9人`, a fact even
             * where the rest is only possible */
            bool taken_over = false;
            for (size_t k = c->hit_start; k < c->hit_end && !taken_over; k++) {
                const hit *t = &ctx->hits[k];
                taken_over = t->kind == HIT_TERM &&
                             KJ_SET_HAS(hit_entry(ctx, t)->attacks, KJ_ATTACK_ACCOUNT_TAKEOVER);
            }
            /* a provisional figure (暫定, 精査中) is no confirmed count */
            bool provisional = is_provisional(ctx, s);
            bool personal, card = labelled_card(ctx, c, h, &personal);
            bool stated_total = preceded_by(ctx, c, h, CUE(TOTAL), 12) || total_row(ctx, s, h);
            bool of_accounts, per_item = counts_an_item_of_one_group(ctx, s, h, &of_accounts);
            candidate cand = {
                .value = x->value,
                .unit = org ? KJ_AFFECTED_NONE : unit_of(ctx, c, h),
                .total = stated_total,
                .stated_total = stated_total,
                .confirmed =
                    !provisional && ((!HAS(where, POSSIBLE) && !HAS(where, NEGATION) &&
                                      (where & (CUE(LEAK) | CUE(CONFIRM)))) ||
                                     (taken_over && !(c->cues & (CUE(POSSIBLE) | CUE(NEGATION))))),
                .approx = (x->num_flags & KJ_NUM_APPROX) != 0,
                .detail = s->kind != SENT_HEADING && in_parentheses(ctx, c, h),
                /* `累計約7,200名(前回公表 約3,100名と今回公表…の合計)`: a
                 * running total names the earlier figure as its part */
                .superseded = clause_has(ctx, c, h, CUE(EARLIER_FIGURE), !stated_total) ||
                              HAS(s->context, EARLIER_FIGURE) || revised_by_arrow(ctx, x),
                .origin = rel->third_party && !own_part && !own_figure(ctx, c, h) &&
                          (HAS(s->cues | s->context, ORIGIN_WIDE) || own_part_follows(ctx, c, h)),
                .maximum = (x->num_flags & KJ_NUM_AT_MOST) || text_before(ctx, x, "最大", 18) ||
                           maximum_heads_the_list(ctx, x) || under_a_maximum_heading(ctx, s),
                .unique =
                    preceded_by(ctx, c, h, CUE(AFTER_MERGE), 15) || unique_noted_after(ctx, c, h),
                .inside = kj_text_after_is(ctx, x, "を含め") || kj_text_after_is(ctx, x, "も含め"),
                .card_once = card,
                .personal_once = personal,
                .provisional = provisional,
                .may_grow = count_left_open || counted_so_far(ctx, s),
                .item = counts_one_item(ctx, s, h) || per_item,
                .overlaps = s->kind == SENT_ROW && HAS(s->context, BEFORE_MERGE),
                .own_part = own_part,
                .uncounted_whole = uncounted_whole,
                .with_duplicates =
                    preceded_by(ctx, c, h, CUE(BEFORE_MERGE), 6) || duplicates_noted_after(ctx, x),
                .covers_above = text_before(ctx, x, "上記に該当する", 24),
                .shared = shared_noted_after(ctx, s, h),
                .whole = names_the_whole_at_risk_set(ctx, s),
                .item_of = numbered_heading_of(ctx, s),
                .heading = states ? 0 : own_heading(ctx, s),
                .block = x->block,
                .pos = x->pos,
                .increment = (text_before(ctx, x, "新たに", 18) && dated(ctx, s)) ||
                             in_a_timeline(ctx, s) || breakdown_word_before(ctx, x, 90) ||
                             below_a_breakdown(ctx, i),
                .s = s,
            };
            if (cand.unit == KJ_AFFECTED_RECORDS &&
                (heading_counts_accounts(ctx, s) || (per_item && of_accounts)))
                cand.unit = KJ_AFFECTED_ACCOUNTS;
            /* `件数:最大のべ15,535名` under `## 漏えいしたデータ`: an upper
             * bound is no count of what is confirmed */
            if (cand.maximum)
                cand.confirmed = false;
            if (org) {
                add_candidate(ctx, &orgs, &cand);
            } else {
                add_candidate(ctx, &persons, &cand);
                last_own = own_figure(ctx, c, h);
            }
        }
    }
    free(region);

    /* the figures as stated, for the words that qualify the headline: a
     * stated `のべ27,745件` gives way to its rows, whose sum it still names */
    const candidate_set stated = persons;

    /* An earlier report's figure gives way to the current one; a figure of
     * the organisation's own people to the origin's total; one unit is read. */
    keep_running_totals_parts(&persons);
    keep_only(&persons, is_current, NULL);
    keep_only(&orgs, is_current, NULL);
    keep_only(&persons, is_merged, NULL);
    keep_only(&orgs, is_merged, NULL);
    keep_only(&persons, is_own, NULL);
    keep_only(&persons, is_own_part, NULL);
    keep_only(&persons, of_a_counted_group, NULL);
    drop_steps(&persons);
    keep_only(&persons, is_people_or_records, NULL);
    split_off_companies(&persons, &orgs);
    read_status_headings(&persons);

    const sentence *why;
    kj_affected_unit unit = KJ_AFFECTED_NONE, unused;
    unsigned units, unused_units, parts_qualifiers, unused_qualifiers;
    rel->affected_persons = headline(ctx, &persons, false, &why, &unit, &units, &parts_qualifiers);
    if (rel->affected_persons != KJ_COUNT_NONE) {
        bool origin_total = persons.n > 0 && persons.items[0].origin;
        rel->affected_unit = unit;
        rel->figure_scope = origin_total ? KJ_SCOPE_ORIGIN_TOTAL : KJ_SCOPE_OWN;
        /* a figure the text states carries its own words; a sum it never
         * states (rows added up) those of its parts */
        rel->affected_qualifiers = stated_anywhere(&stated, rel->affected_persons)
                                       ? figure_qualifiers(&stated, rel->affected_persons)
                                       : parts_qualifiers;
        /* separate groups in different units added (GUIDE: 最大45万件 + 7,518名
         * → 457,518): the page says the sum holds people and records */
        if ((units & (1u << KJ_AFFECTED_PERSONS)) && (units & (1u << KJ_AFFECTED_RECORDS)))
            rel->affected_qualifiers |= KJ_FIGURE_MIXED_UNITS;
        rel->affected_card_holders = card_holders_of(&stated, rel->affected_persons);
        evidence_for(ctx, KJ_FIELD_AFFECTED_PERSONS, &persons, rel->affected_persons, false);
        evidence_for(ctx, KJ_FIELD_AFFECTED_UNIT, &persons, rel->affected_persons, false);
        if (origin_total)
            evidence_for(ctx, KJ_FIELD_FIGURE_SCOPE, &persons, rel->affected_persons, false);
        if (rel->leak_status == KJ_LEAK_CONFIRMED) {
            int64_t confirmed =
                headline(ctx, &persons, true, &why, &unused, &unused_units, &unused_qualifiers);
            if (confirmed != KJ_COUNT_NONE && confirmed <= rel->affected_persons) {
                rel->affected_persons_confirmed = confirmed;
                evidence_for(ctx, KJ_FIELD_AFFECTED_PERSONS_CONFIRMED, &persons, confirmed, true);
            } else if (!possibility_stated(ctx) && !any_provisional(&persons) &&
                       !any_under_possible_heading(&persons) &&
                       !stated_as_maximum(&persons, rel->affected_persons)) {
                /* the leak stated as fact and nothing said to be only
                 * possible: the whole figure leaked */
                rel->affected_persons_confirmed = rel->affected_persons;
                evidence_for(ctx, KJ_FIELD_AFFECTED_PERSONS_CONFIRMED, &persons,
                             rel->affected_persons, false);
            }
        }
    }
    rel->affected_organizations =
        headline(ctx, &orgs, false, &why, &unused, &unused_units, &unused_qualifiers);
    if (rel->affected_organizations != KJ_COUNT_NONE)
        evidence_for(ctx, KJ_FIELD_AFFECTED_ORGANIZATIONS, &orgs, rel->affected_organizations,
                     false);
}
