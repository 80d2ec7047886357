/*
 * facts_subjects.c — whose data (victim_categories) and which kinds
 * (data_types, data_types_excluded).
 *
 * Data words count where the text speaks of affected data: the sentence,
 * its heading or the paragraph introducing its list mentions a leak, a
 * possible leak or the data concerned (対象, 含まれ …).  In a full
 * sentence the words must also be tied to people or information (`お客様の
 * 氏名`, `以下の情報`, a list of several kinds): `ID及びパスワードを不正に
 * 入手し` tells how an attacker got in, not whose data leaked.  A data
 * word is excluded when its clause says it is not there, or when it
 * stands in a list whose lead-in or heading says so (`以下の情報は含まれて
 * おりません。` followed by the list).
 *
 * A group of people counts when its clause ties it to data (`お客様の個人
 * 情報`, `従業員64名分`, a list of data kinds, a heading over data) and is
 * not an apology, a request or a denial: `お客様には多大なるご迷惑を…`
 * names no victim.  Words inside 「」 quote another text (the title of a
 * vendor's release) and are not read as this release's facts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "date_words.h" /* char_at, next_char, starts: the text helpers */
#include "extract_internal.h"

/* Cues that say a passage is about affected data. */
#define DATA_SCOPE                                                                                 \
    (CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE) | CUE(TARGET) | CUE(CONTAIN) | CUE(EXCLUSION))

/*
 * Is the word at hit `h` denied: 含まれておりません, 保有しておりません, or
 * a plain denial in a passage about the affected data (`クレジットカード
 * 情報の流出は確認されておりません`)?  A denied misuse (`不正利用は確認
 * されておりません`) says nothing about which data were concerned.
 */
/* Is the text from `at` to `end` of `text` only list separators (、・，, /
 * spaces, および, 及び, や) — and, with `asides`, the word 情報 and
 * parenthesised asides (`(運転免許証等)、`)? */
static bool only_separators(const char *text, size_t at, size_t end, bool asides)
{
    static const char *const seps[] = {"、", "・",     "，",   ",",  "/",
                                       " ",  "および", "及び", "や", "情報"};
    size_t n_seps = sizeof seps / sizeof *seps - (asides ? 0 : 1);
    while (at < end) {
        if (asides && text[at] == '(') {
            while (at < end && text[at] != ')')
                at++;
            if (at == end)
                return false;
            at++;
            continue;
        }
        size_t step = 0;
        for (size_t i = 0; i < n_seps && !step; i++)
            if (strncmp(text + at, seps[i], strlen(seps[i])) == 0)
                step = strlen(seps[i]);
        if (!step)
            return false;
        at += step;
    }
    return true;
}

/* Is the text from `at` to `end` of `text` what stands between two items
 * of a list of kinds?  From inside an aside (`inside`), its rest up to the
 * closing bracket is skipped first. */
static bool between_items(const char *text, size_t at, size_t end, bool inside)
{
    while (inside && at < end && text[at] != ')')
        at++;
    if (inside && at++ == end)
        return false;
    return only_separators(text, at, end, true);
}

/* The hit of the last data word of the list that the data word at hit `h`
 * stands in (`h` itself when it is the last or stands alone). */
static size_t last_item_of_list(const extract_ctx *ctx, const sentence *s, size_t h)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, ctx->hits[h].block, &len);
    size_t last = h;
    int depth = 0;
    for (size_t k = s->hit_start; k < h; k++)
        depth += ctx->hits[k].kind == HIT_OPEN ? 1 : ctx->hits[k].kind == HIT_CLOSE ? -1 : 0;
    bool inside = depth > 0; /* `h` stands in an aside: `(運転免許証等)` */
    depth = 0;
    for (size_t k = h + 1; k < s->hit_end; k++) {
        const hit *a = &ctx->hits[last], *y = &ctx->hits[k];
        if (y->block != a->block || y->pos > len || a->pos + a->len > y->pos)
            break;
        if (y->kind == HIT_OPEN)
            depth++;
        else if (y->kind == HIT_CLOSE)
            depth = depth > 0 ? depth - 1 : 0;
        if (y->kind != HIT_TERM || depth > 0 ||
            (HAS(hit_entry(ctx, y)->cues, INFO) && !hit_entry(ctx, y)->data))
            continue;
        if (!hit_entry(ctx, y)->data || !between_items(text, a->pos + a->len, y->pos, inside))
            break;
        last = k;
        inside = false;
    }
    return last;
}

/* The hit of the last group of the list of groups that the group at hit `h`
 * stands in (`お取引先様やお客様`), `h` itself when it stands alone. */
static size_t last_group_of_list(const extract_ctx *ctx, const sentence *s, size_t h)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, ctx->hits[h].block, &len);
    size_t last = h;
    for (size_t k = h + 1; k < s->hit_end; k++) {
        const hit *a = &ctx->hits[last], *y = &ctx->hits[k];
        if (y->kind != HIT_TERM || !hit_entry(ctx, y)->victims || y->block != a->block ||
            y->pos > len || a->pos + a->len > y->pos)
            break;
        size_t at = a->pos + a->len; /* `お取引先様や`: an honorific first */
        if (kj_text_after_is(ctx, a, "様"))
            at += strlen("様");
        size_t end = y->pos; /* `学生、卒業生、元教職員`: former ones */
        if (kj_text_before_is(ctx, y, "元") && end >= at + strlen("元"))
            end -= strlen("元");
        if (at > end || !only_separators(text, at, end, false))
            break;
        last = k;
    }
    return last;
}

/* Is the information word at hit `n` the group at hit `x`'s (`お客様に関する
 * 情報`, `会員の情報`)? */
static bool group_info(const extract_ctx *ctx, const hit *x, const hit *n)
{
    static const char *const of[] = {"に関する", "の", "に係る", "に関わる", "様の"};
    if (!hit_entry(ctx, x)->victims)
        return false;
    for (size_t k = 0; k < sizeof of / sizeof of[0]; k++)
        if (x->pos + x->len + strlen(of[k]) == n->pos && kj_text_after_is(ctx, x, of[k]))
            return true;
    return false;
}

/* Bytes a short qualifier may take between `などの` and the information word
 * the examples before it belong to (`重要`, `決済関連の`). */
#define EXAMPLES_QUALIFIER_BYTES 18

/*
 * `クレジットカード情報などの重要情報は`, `口座番号等の決済関連情報は`: is the
 * information word at hit `n` the class that the data word at hit `x` is
 * given as an example of — など or 等, の, then at most a short qualifier with
 * no comma between?  The class, as the topic, carries the examples with it.
 */
static bool examples_of(const extract_ctx *ctx, const hit *x, const hit *n)
{
    static const char *const marks[] = {"などの", "等の"};
    static const char *const breaks[] = {"、", "。", "(", "「"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    size_t at = x->pos + x->len;
    if (n->pos > len || n->pos < at)
        return false;
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t m = strlen(marks[k]);
        if (at + m <= n->pos && memcmp(text + at, marks[k], m) == 0)
            return n->pos - (at + m) <= EXAMPLES_QUALIFIER_BYTES &&
                   !kj_text_between_has(ctx, x, n, breaks, sizeof breaks / sizeof *breaks);
    }
    return false;
}

/*
 * Is the word at hit `h` the topic of its sentence (`クレジットカード情報
 * につきましては`, `お客様については`), whose predicate — the sentence's
 * last clause — denies it (`…決済代行会社にて保持しておりますため、流出の
 * 可能性はございません`)?
 */
static bool topic_denied(const extract_ctx *ctx, const sentence *s, size_t h)
{
    static const char *const topics[] = {"につきましては", "については", "に関しましては",
                                         "に関しては"};
    /* `身分証明書情報(運転免許証等)、クレジットカード情報、メールアドレス
     * は…含まれていない`: the list's last item carries the topic for all */
    h = hit_entry(ctx, &ctx->hits[h])->victims ? last_group_of_list(ctx, s, h)
                                               : last_item_of_list(ctx, s, h);
    const hit *x = &ctx->hits[h];
    /* クレジットカード情報につきましては; and the class it is an example of,
     * after its own information word (クレジットカード情報などの重要情報は) */
    for (size_t k = h + 1; k < s->hit_end && k <= h + 2; k++) {
        const hit *n = &ctx->hits[k];
        if (n->kind != HIT_TERM || n->block != x->block || !HAS(hit_entry(ctx, n)->cues, INFO) ||
            !(n->pos == x->pos + x->len || group_info(ctx, x, n) || examples_of(ctx, x, n)))
            break;
        x = n;
    }
    bool topic = false;
    for (size_t k = 0; k < sizeof topics / sizeof topics[0] && !topic; k++)
        topic = kj_text_after_is(ctx, x, topics[k]);
    /* a plain `は` topic (`クレジットカード情報は、決済代行会社で管理して
     * いるため、本件の対象外です`) when the last clause names no data of its
     * own (not `氏名は流出しましたが、カード情報は含まれておりません`) */
    bool plain = !topic && kj_text_after_is(ctx, x, "は");
    if (!(topic || plain) || s->clause_end - s->clause_start < 2)
        return false;
    /* `お客様の氏名は漏えいしましたが、不正利用は…ございません`: the
     * topic's own clause holds its predicate */
    const clause *own = kj_clause_of(ctx, s, h);
    if (HAS(kj_cues_after(ctx, own, h), LEAK))
        return false;
    /* the predicate: the last clause, or one before it that ends the
     * topic's sentence part (`…含まれていないことが確認できておりますが、
     * 総件数は調査中です`) */
    for (uint32_t i = (uint32_t)(own - ctx->clauses) + 1; i < s->clause_end; i++) {
        const clause *c = &ctx->clauses[i];
        if (c->hit_start <= h || c->hit_start == c->hit_end)
            continue;
        bool names_own = false;
        for (size_t k = c->hit_start; plain && k < c->hit_end; k++) {
            const hit *y = &ctx->hits[k];
            names_own |=
                y->kind == HIT_TERM && (hit_entry(ctx, y)->data || hit_entry(ctx, y)->victims);
        }
        bool last = i + 1 == s->clause_end;
        if (names_own && last)
            return false;
        if (!names_own && (HAS(c->cues, EXCLUSION) || kj_negated_after(ctx, c, c->hit_start - 1)))
            return true;
    }
    return false;
}

/* `漏えいした事実や`, `流出した事実及び`: does a fact of a leak at hit `x`
 * stand first in a list of facts that one predicate denies? */
static bool leak_fact_listed(const extract_ctx *ctx, const hit *x)
{
    static const char *const verbs[] = {"", "した", "された", "の"};
    static const char *const joins[] = {"事実や", "事実及び", "事実および", "事実、",
                                        "事実ならびに"};
    return kj_text_after_seq(ctx, x, verbs, sizeof verbs / sizeof *verbs, joins,
                             sizeof joins / sizeof *joins);
}

/*
 * Is the denial after hit `h` one of misuse (`不正利用は確認されておりません`)
 * rather than of the data?  A misuse word that only qualifies the
 * information it names (`二次被害を直接生じさせ得る情報は確認されて
 * おりません`) leaves the denial the data's, and so does a misuse listed
 * after the leak as a second fact denied with it (`顧客情報が漏えいした事実や
 * 情報が不正利用された事実は確認されておりません`).
 */
static bool misuse_denied(const extract_ctx *ctx, const clause *c, size_t h)
{
    bool misuse = false;
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            continue;
        cue_set cues = hit_entry(ctx, x)->cues;
        if (!misuse && (cues & (CUE(LEAK) | CUE(LEAK_NOUN))) && leak_fact_listed(ctx, x))
            return false;
        if (HAS(cues, SECONDARY))
            misuse = true;
        else if (misuse && HAS(cues, INFO))
            misuse = false;
    }
    return misuse;
}

/*
 * The cues a list item is read with: its context, except that of the
 * paragraph introducing the list only the sentence pointing to it counts
 * (`漏えいしたおそれのある項目は以下のとおりです。なお、クレジットカード
 * 情報は含まれておりません。` introduces items at risk, not excluded ones).
 * A paragraph with no pointing sentence is read whole, unless its last
 * sentence is a denial that names its own kinds.
 */
static cue_set lead_in_context(const extract_ctx *ctx, const sentence *s)
{
    size_t i = (size_t)(s - ctx->sents);
    while (i > 0 && ctx->sents[i - 1].fragment)
        i--;
    if (i == 0 || ctx->sents[i - 1].kind != SENT_PARAGRAPH)
        return s->context;
    uint32_t block = ctx->sents[i - 1].block;
    cue_set paragraph = 0, pointing = 0;
    for (size_t j = i; j-- > 0 && ctx->sents[j].block == block && !ctx->sents[j].fragment;) {
        paragraph |= ctx->sents[j].cues;
        if (HAS(ctx->sents[j].cues, POINTER))
            pointing |= ctx->sents[j].cues;
    }
    cue_set section = s->section >= 0 ? ctx->section_cues[s->section] : 0;
    /* `なお、…マイナンバー情報は含まれておりません。` names what it denies:
     * a denial with its own object is complete and does not scope over the
     * list that follows it */
    const sentence *last = &ctx->sents[i - 1];
    if (!pointing && last->data && (last->cues & (CUE(EXCLUSION) | CUE(NEGATION))))
        return (s->context & ~paragraph) | section;
    if (!pointing)
        return s->context;
    return (s->context & ~paragraph) | section | pointing;
}

static bool denied(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    if (topic_denied(ctx, s, h))
        return true;
    cue_set after = kj_cues_after(ctx, c, h);
    if (HAS(after, EXCLUSION))
        return true;
    if (kj_negated_after(ctx, c, h) && !misuse_denied(ctx, c, h))
        return true;
    /* a list under `以下の情報は含まれておりません`, or under a heading
     * `漏洩していない情報` */
    if (!s->fragment || (s->cues & (CUE(LEAK) | CUE(POSSIBLE) | CUE(TARGET))))
        return false;
    cue_set lead = lead_in_context(ctx, s);
    return HAS(lead, EXCLUSION) || (HAS(lead, LEAK) && HAS(lead, NEGATION) && !HAS(lead, POSSIBLE));
}

/* Does the data word at hit `h` stand in a list of other kinds: a data word
 * of its clause just before or after it, with only a 、 or ・ between? */
static bool among_kinds(const extract_ctx *ctx, const clause *c, size_t h)
{
    static const char *const joins[] = {"、", "・"};
    const hit *x = &ctx->hits[h];
    for (size_t k = h > c->hit_start ? h - 1 : h; k <= h + 1 && k < c->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (k == h || y->kind != HIT_TERM || y->block != x->block || !hit_entry(ctx, y)->data)
            continue;
        const hit *a = k < h ? y : x, *b = k < h ? x : y;
        if (b->pos == a->pos + a->len + 3 && kj_text_between_has(ctx, a, b, joins, 2))
            return true;
    }
    return false;
}

/* Does a data word of clause `c` stand shortly before hit `h` (an item of
 * the same list: `クレジットカード番号の下4桁、当該宿泊料金`)? */
static bool after_kinds(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *x = &ctx->hits[h];
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *y = &ctx->hits[k];
        if (y->block != x->block || y->pos + y->len + 30 < x->pos)
            return false;
        if (y->kind == HIT_TERM && hit_entry(ctx, y)->data)
            return true;
    }
    return false;
}

/* Is the text between hits `a` and `b` (a before b, one block) only list
 * separators: 、・，, / spaces, および, 及び, や? */
static bool separators_between(const extract_ctx *ctx, const hit *a, const hit *b)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, a->block, &len);
    size_t at = a->pos + a->len, end = b->pos;
    if (a->block != b->block || at > end || end > len)
        return false;
    return only_separators(text, at, end, false);
}

/*
 * Is the account word at hit `h` an item of a list of data kinds
 * (`利用者名、管理者アカウント、ユーザーアカウントPWなど`): a data word, or
 * another such account item, right before it with only list separators
 * between?  The accounts listed are the logins at risk (credentials), not
 * the group of people a `ユーザーアカウント` elsewhere names.
 */
static bool account_item(const extract_ctx *ctx, const sentence *s, size_t h)
{
    for (size_t k = h; k > s->hit_start; k--) {
        const hit *a = &ctx->hits[k], *y = &ctx->hits[k - 1];
        if (a->kind != HIT_TERM || !HAS(hit_entry(ctx, a)->cues, ACCOUNT) || y->kind != HIT_TERM ||
            !separators_between(ctx, y, a) || y->pos + y->len == a->pos)
            return false;
        if (hit_entry(ctx, y)->data)
            return true;
    }
    return false;
}

/* The kinds term hit `h` of sentence `s` names: none for a word that names
 * a kind only among others (`連絡先` in `住所、連絡先、マイナンバー`, not in
 * `連絡先を把握できない` or `画面に表示された連絡先に架電`). */
static kj_set kinds_at(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const hit *x = &ctx->hits[h];
    if (x->kind == HIT_TERM && !hit_entry(ctx, x)->data && account_item(ctx, s, h))
        return 1u << KJ_DATA_CREDENTIALS;
    if (x->kind != HIT_TERM || !hit_entry(ctx, x)->data)
        return 0;
    if (HAS(hit_entry(ctx, x)->cues, LIST_ONLY) && !among_kinds(ctx, kj_clause_of(ctx, s, h), h))
        return 0;
    return hit_entry(ctx, x)->data;
}

/* Bytes an item without a vocabulary word, or an aside, may take between a
 * quotation mark and the first or last data word of the quoted list. */
#define QUOTED_EDGE_BYTES 45

/* Does the quotation open right before hit `x`, or before one item of the
 * list that no vocabulary word names (`「会員番号(※1)、氏名、…」`)? */
static bool opens_quotation(const extract_ctx *ctx, const hit *x)
{
    if (kj_text_before_is(ctx, x, "「"))
        return true;
    if (!kj_text_before_is(ctx, x, "、"))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    size_t floor = x->pos > QUOTED_EDGE_BYTES ? x->pos - QUOTED_EDGE_BYTES : 0;
    for (size_t p = x->pos - 3; p-- > floor;) {
        if (memcmp(text + p, "、", 3) == 0 || memcmp(text + p, "」", 3) == 0)
            return false;
        if (memcmp(text + p, "「", 3) == 0)
            return true;
    }
    return false;
}

/* Does the quotation close right after hit `x`, or after an aside
 * (`電話番号(ご契約者)」`)? */
static bool closes_quotation(const extract_ctx *ctx, const hit *x)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    size_t at = x->pos + x->len,
           ceiling = at + QUOTED_EDGE_BYTES < len ? at + QUOTED_EDGE_BYTES : len;
    for (size_t p = at; p + 3 <= ceiling; p++)
        if (memcmp(text + p, "」", 3) == 0)
            return only_separators(text, at, p, true);
    return false;
}

/*
 * Is the quoted data word at `h` an item of a list of kinds set off in
 * brackets (`お客様に関する「氏名、住所、電話番号」等の情報`)?  The quotation
 * holds two data words or more and separators only, so it is the
 * release's own list, not the title of another text.
 */
static bool quoted_list_of_kinds(const extract_ctx *ctx, const sentence *s, size_t h)
{
    size_t a = h, b = h;
    while (a > s->hit_start && ctx->hits[a - 1].quoted && kinds_at(ctx, s, a - 1) &&
           separators_between(ctx, &ctx->hits[a - 1], &ctx->hits[a]))
        a--;
    while (b + 1 < s->hit_end && ctx->hits[b + 1].quoted && kinds_at(ctx, s, b + 1) &&
           separators_between(ctx, &ctx->hits[b], &ctx->hits[b + 1]))
        b++;
    /* two kinds at least: a single quoted word is a form's field (`「電話番号」
     * 入力欄`) or a word of an earlier notice (`「ログインパスワード」と記載`) */
    return a < b && opens_quotation(ctx, &ctx->hits[a]) && closes_quotation(ctx, &ctx->hits[b]);
}

/* The kinds sentence `s` names (its `data`, less list-only words alone). */
static kj_set sentence_kinds(const extract_ctx *ctx, const sentence *s)
{
    kj_set kinds = 0;
    for (uint32_t h = s->hit_start; h < s->hit_end && s->data; h++)
        kinds |= kinds_at(ctx, s, h);
    return kinds;
}

/* Does a full sentence tie its data words to people or information? */
static bool tied_to_people(const sentence *s, kj_set kinds)
{
    return s->fragment || s->kind == SENT_HEADING || s->victims || kj_set_count(kinds) >= 2 ||
           (s->cues & (CUE(INFO) | CUE(TARGET)));
}

/* Does a whether-word right after a leak word (`漏えいの有無`, `流出して
 * いないか`, `流出した可能性の有無`: the possibility of a leak is what is
 * asked) stand in clause `c` from hit `first` on? */
static bool leak_asked_from(const extract_ctx *ctx, const clause *c, size_t first)
{
    for (size_t k = first > c->hit_start ? first : c->hit_start + 1; k < c->hit_end; k++) {
        const hit *w = &ctx->hits[k], *l = &ctx->hits[k - 1];
        if (w->kind != HIT_TERM || !HAS(hit_entry(ctx, w)->cues, WHETHER) || l->kind != HIT_TERM ||
            l->block != w->block || l->pos + l->len + 12 < w->pos)
            continue;
        cue_set asked = hit_entry(ctx, l)->cues;
        /* `流出した可能性の有無`: the leak word just before the possibility */
        if (HAS(asked, POSSIBLE) && k >= c->hit_start + 2) {
            const hit *before = &ctx->hits[k - 2];
            if (before->kind == HIT_TERM && before->block == l->block &&
                before->pos + before->len + 6 >= l->pos)
                asked |= hit_entry(ctx, before)->cues;
        }
        if (asked & (CUE(LEAK) | CUE(LEAK_NOUN)))
            return true;
    }
    return false;
}

/*
 * Is the leak of the data word at hit `h` a question its clause leaves
 * open (`メールアドレスの漏洩の有無に関する説明はございません`, `流出して
 * いないかどうか`)?  Such a kind is neither in nor out; an item of a list
 * (`クレジットカード登録有無`) asks nothing.
 */
static bool leak_in_question(const extract_ctx *ctx, const clause *c, size_t h)
{
    return leak_asked_from(ctx, c, h + 2);
}

/* Does sentence `s` hold a data word fused with an attack (`パスワードが
 * 漏洩し`, `ID及びパスワードを用いて`)? */
static bool fused_data(const extract_ctx *ctx, const sentence *s)
{
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->kind == HIT_TERM && hit_entry(ctx, x)->data && hit_entry(ctx, x)->attacks)
            return true;
    }
    return false;
}

/* `■電話番号 (省略)`, `メールアドレス:(省略)`: a field label whose value the
 * archive left out is a contact detail of the organisation, not data of
 * anyone concerned. */
static bool elided_field(const extract_ctx *ctx, const hit *x)
{
    static const char elided[] = "(省略)";
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = x->pos + x->len;
    while (at < len && (text[at] == ' ' || text[at] == ':'))
        at++;
    return at + strlen(elided) <= len && memcmp(text + at, elided, strlen(elided)) == 0;
}

/*
 * Is the denial of the word at hit `h` a finding that clears data at risk
 * (`調査の結果、お客様の氏名、住所が流出した事実は確認されませんでした`):
 * a leak denied in a sentence that reports a result, not data said not to
 * be there (`含まれておりません`)?  A release whose data were all cleared so
 * still names them as at risk (GUIDE: a cleared type stays).
 */
static bool cleared_by_finding(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    cue_set after = kj_cues_after(ctx, c, h);
    return HAS(s->cues, FINDING) && (after & (CUE(LEAK) | CUE(LEAK_NOUN))) &&
           !HAS(after, EXCLUSION) && !HAS(after, WHETHER);
}

/*
 * `※データ項目:配送先住所・氏名・電話番号`, `※登録されている方のみ:
 * マイナンバー`: a note (scan.c reads `※…:…` as a gloss) whose text after
 * its colon opens with a data word that is the only one there or is
 * followed by another with only separators between lists items of the data
 * concerned; it defines no word.
 */
static bool note_lists_kinds(const extract_ctx *ctx, const sentence *s)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, s->block, &len);
    if (!s->gloss || HAS(s->context, SECTION_CONTACT) || s->end > len)
        return false;
    const char *colon = memchr(text + s->start, ':', s->end - s->start);
    if (!colon)
        return false;
    size_t at = (size_t)(colon - text) + 1;
    size_t first = s->hit_start;
    while (first < s->hit_end && ctx->hits[first].pos < at)
        first++;
    if (first == s->hit_end || !kinds_at(ctx, s, first) ||
        !only_separators(text, at, ctx->hits[first].pos, false))
        return false;
    const hit *x = &ctx->hits[first];
    if (first + 1 < s->hit_end && kinds_at(ctx, s, first + 1))
        return separators_between(ctx, x, &ctx->hits[first + 1]);
    /* one word: nothing but separators, 等 or 。 after it */
    size_t end = x->pos + x->len;
    while (end < s->end && (text[end] == ' ' || text[end] == '\n'))
        end++;
    return end == s->end || (end + 3 <= s->end && (memcmp(text + end, "等", 3) == 0 ||
                                                   memcmp(text + end, "。", 3) == 0));
}

/*
 * `…所属の社員`, `ご購入履歴のあるお客様`: a data word that qualifies the
 * group of people right after it says who they are, not an item of their
 * data.
 */
static bool describes_group(const extract_ctx *ctx, const sentence *s, size_t h)
{
    static const char *const links[] = {"の", "のある", "がある", "のあった", "があった"};
    const hit *x = &ctx->hits[h];
    if (h + 1 >= s->hit_end)
        return false;
    const hit *y = &ctx->hits[h + 1];
    if (y->kind != HIT_TERM || y->block != x->block || !hit_entry(ctx, y)->victims)
        return false;
    for (size_t i = 0; i < sizeof links / sizeof *links; i++)
        if (x->pos + x->len + strlen(links[i]) == y->pos && kj_text_after_is(ctx, x, links[i]))
            return true;
    return false;
}

/*
 * `漏えいファイルのパスワード設定:有り`, `学生の名簿(パスワードにより暗号化)`,
 * `ファイル閲覧に必要なパスワードは別メールで通知`: a password that locks a
 * file protects it; it is no one's login.
 */
static bool locks_a_file(const extract_ctx *ctx, const hit *x)
{
    static const char password[] = "パスワード";
    static const char *const locks[] = {"設定:",      "により暗号化", "で暗号化", "による暗号化",
                                        "で保護",     "により保護",   "付き",     "付の",
                                        "は別メール", "を別メール",   "は別途"};
    static const char *const needed[] = {"閲覧に必要な", "開封に必要な", "解凍に必要な"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    if (x->len < strlen(password) || x->pos + x->len > len ||
        memcmp(text + x->pos + x->len - strlen(password), password, strlen(password)) != 0)
        return false;
    return kj_text_after_any(ctx, x, locks, sizeof locks / sizeof *locks) ||
           kj_text_before_any(ctx, x, needed, sizeof needed / sizeof *needed);
}

/*
 * `年間パスポート`, `公式eパスポートチケット`, `旧パスポート宮前店`: the word
 * パスポート at the end of a longer word (a letter, not a separator, right
 * before it) names a pass or a shop, not a passport.
 */
static bool names_a_pass(const extract_ctx *ctx, const hit *x)
{
    static const char passport[] = "パスポート";
    static const char *const breaks[] = {"、", "・", "，",   ",",      "/",  " ",  "(", "【",
                                         "「", ":",  "及び", "および", "や", "は", "と"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    if (x->len != strlen(passport) || x->pos + x->len > len ||
        memcmp(text + x->pos, passport, x->len) != 0 || x->pos == 0)
        return false;
    if (kj_text_after_is(ctx, x, "チケット"))
        return true;
    return !kj_text_before_any(ctx, x, breaks, sizeof breaks / sizeof *breaks) &&
           text[x->pos - 1] != '\n' && text[x->pos - 1] != '-';
}

/* Does sentence `s` list two data words or more with only separators
 * between them, even of one kind (`銀行名、支店名、口座番号`)? */
static bool lists_data_words(const extract_ctx *ctx, const sentence *s)
{
    for (uint32_t h = s->hit_start; h + 1 < s->hit_end; h++)
        if (kinds_at(ctx, s, h) && kinds_at(ctx, s, h + 1) &&
            separators_between(ctx, &ctx->hits[h], &ctx->hits[h + 1]))
            return true;
    return false;
}

/* Kinds whose value is a number or a secret: a flag of whether one is held
 * reveals none of it.  (A flag of a condition — `既往歴の有無` — is itself
 * health data, so those kinds are not here.) */
#define NUMBER_KINDS                                                                               \
    (1u << KJ_DATA_MY_NUMBER | 1u << KJ_DATA_CREDIT_CARD | 1u << KJ_DATA_BANK_ACCOUNT |            \
     1u << KJ_DATA_PASSPORT | 1u << KJ_DATA_DRIVERS_LICENSE | 1u << KJ_DATA_ID_DOCUMENT |          \
     1u << KJ_DATA_PENSION_NUMBER | 1u << KJ_DATA_INSURANCE_NUMBER | 1u << KJ_DATA_TAX_ID |        \
     1u << KJ_DATA_EMPLOYEE_NUMBER | 1u << KJ_DATA_CREDENTIALS)

/* `クレジットカード登録有無`, `マイナンバーの有無`: an item that records
 * whether a number is held, not the number. */
static bool whether_held(const extract_ctx *ctx, const hit *x, kj_set kinds)
{
    static const char *const flags[] = {"有無", "の有無", "登録有無", "登録の有無"};
    return (kinds & ~NUMBER_KINDS) == 0 &&
           kj_text_after_any(ctx, x, flags, sizeof flags / sizeof *flags);
}

/*
 * Is the data word at hit `h` the record the items after it are kept in
 * (`カルテに登録されている氏名、電話番号`, `名簿に記載された住所`): a place
 * the text names, not an item of its own?  A data word must follow in the
 * sentence.
 */
static bool holds_the_items(const extract_ctx *ctx, const sentence *s, size_t h)
{
    static const char *const kept_in[] = {
        "に登録されている", "に登録された",     "に登録の",     "に記載されている", "に記載された",
        "に記載の",         "に保存されている", "に保存された", "に記録されている", "に記録された"};
    const hit *x = &ctx->hits[h];
    bool place = false;
    for (size_t k = 0; k < sizeof kept_in / sizeof *kept_in && !place; k++)
        place = kj_text_after_is(ctx, x, kept_in[k]);
    for (size_t k = h + 1; place && k < s->hit_end; k++) {
        const hit *next = &ctx->hits[k];
        if (next->block != x->block || next->pos > x->pos + x->len + strlen("に記録されている"))
            break;
        if (next->kind == HIT_TERM && hit_entry(ctx, next)->data)
            return true;
    }
    return false;
}

/*
 * `お客様のクレジットカード情報を詐取するためのフィッシングサイト`, `リンク先で
 * 氏名やカード番号の入力を要求される`: the data a lure was made to obtain names
 * what the attacker asked for, not data anyone gave or lost.  Data people
 * typed into such a page (`入力してしまった`) are data at risk, read
 * elsewhere, so a sentence that tells the typing keeps its words.
 */
static bool asked_by_a_lure(extract_ctx *ctx, const sentence *s, size_t h)
{
    static const char *const tails[] = {"",       "等",       "など", "情報",
                                        "情報等", "情報など", "番号", "番号等"};
    static const char *const asks[] = {"の入力を要求", "の入力を求め",   "を入力させ",
                                       "を詐取する",   "を詐取しよう",   "を騙し取",
                                       "をだまし取",   "を盗み取ろう",   "を盗み取る",
                                       "を窃取しよう", "を窃取するため", "を窃取する目的"};
    const hit *x = &ctx->hits[last_item_of_list(ctx, s, h)];
    if (!kj_text_after_seq(ctx, x, tails, sizeof tails / sizeof *tails, asks,
                           sizeof asks / sizeof *asks))
        return false;
    const char *text = kj_sentence_text(ctx, s);
    return !strstr(text, "入力し") && !strstr(text, "入力され");
}

/*
 * `生年月日を基にした初期設定パスワード`, `職員コードから類推することが容易な
 * パスワード`: a data word that says what something else was made from, or
 * guessed from, describes that thing, not an item of data of its own.
 */
static bool made_from(const extract_ctx *ctx, const hit *x)
{
    static const char *const from[] = {"を基にした", "をもとにした", "を元にした",
                                       "を基に作成", "から類推",     "から推測"};
    return kj_text_after_any(ctx, x, from, sizeof from / sizeof *from);
}

/*
 * `宿泊予約情報管理システム`, `給与システム`: a data word run into the word for
 * a system names the system by what it keeps; the sentence speaks of the
 * system, not of that data at risk (a list of the data it held names them
 * with words of their own).
 */
static bool names_a_system(const extract_ctx *ctx, const hit *x)
{
    static const char *const systems[] = {"管理システム", "システム"};
    return kj_text_after_any(ctx, x, systems, sizeof systems / sizeof *systems);
}

/* Kinds that are contact details when a firm holds them: a firm's address,
 * phone, mail address and name are no personal data (GUIDE v4). */
#define CONTACT_KINDS                                                                              \
    (1u << KJ_DATA_ADDRESS | 1u << KJ_DATA_PHONE | 1u << KJ_DATA_EMAIL | 1u << KJ_DATA_AFFILIATION)

/*
 * `加入法人の情報(法人名、法人住所、電話番号…)`: contact kinds whose nearest
 * holder before them in the sentence is a firm (a corporate word that is
 * neither a group of people nor a data word, followed by の) are the
 * firm's, not a person's.  `会員個人の情報(氏名、住所…)` or `取引先の担当者の電話番号`
 * name people.
 */
static bool held_by_a_firm(const extract_ctx *ctx, const sentence *s, size_t h, kj_set kinds)
{
    if ((kinds & ~CONTACT_KINDS) != 0)
        return false;
    for (size_t k = h; k-- > s->hit_start;) {
        const hit *y = &ctx->hits[k];
        if (y->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, y);
        if (e->victims)
            return false;
        if (HAS(e->cues, CORPORATE) && !e->data && kj_text_after_is(ctx, y, "の"))
            return true;
    }
    return false;
}

/*
 * Is the word at hit `h` what an access was made with (`アカウント情報(ID、
 * パスワード)を利用した不正アクセス`, `パスワードを使って侵入`): a verb of use
 * right after it (past an aside), then an attack word in its clause?
 * Credentials used to get in are at risk (GUIDE: credentials as the way in).
 */
static bool used_to_get_in(const extract_ctx *ctx, const clause *c, size_t h)
{
    /* `…を使用し、不正にログイン`, `…の組み合わせリストを用いて`, `…の組み合わせ
     * による不正ログイン`: the logins themselves, or the pairs or lists of
     * them, used */
    static const char *const pairs[] = {"",         "の組み合わせ", "の組み合わせリスト",
                                        "の組合せ", "のリスト",     "の情報"};
    static const char *const verbs[] = {"を利用し", "を用い",   "を使用し", "を使い",
                                        "を使っ",   "を悪用し", "による",   "により"};
    size_t last = h;
    while (last + 1 < c->hit_end &&
           (ctx->hits[last + 1].kind == HIT_OPEN || ctx->hits[last + 1].kind == HIT_CLOSE))
        last++; /* `(ID、パスワード)`: the aside's brackets */
    const hit *x = &ctx->hits[h];
    if (ctx->hits[last].kind == HIT_CLOSE)
        x = &ctx->hits[last];
    else if (last != h)
        return false;
    if (!kj_text_after_seq(ctx, x, pairs, sizeof pairs / sizeof *pairs, verbs,
                           sizeof verbs / sizeof *verbs))
        return false;
    /* an attack of a named type, or one told as 攻撃 (`…を用いてログインを
     * 試みる攻撃`) */
    for (size_t k = last + 1; k < c->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind == HIT_TERM &&
            (hit_entry(ctx, y)->attacks || HAS(hit_entry(ctx, y)->cues, ATTACK_WORD)))
            return true;
    }
    return false;
}

/*
 * `フィッシングサイトへ誘導され、ID・パスワードを入力した`: credentials typed
 * into a phishing page, in a sentence that names the phishing, were handed
 * to the attacker (GUIDE: credentials as the way in).  A reader's possible
 * entry (`…入力してしまった場合は`) is a condition, which the caller skips.
 */
static bool entered_when_phished(const extract_ctx *ctx, const sentence *s, const clause *c,
                                 size_t h)
{
    static const char *const entered[] = {"を入力した", "を入力し", "を入力いたし",
                                          "を入力してしまい"};
    if (!KJ_SET_HAS(s->attacks, KJ_ATTACK_PHISHING))
        return false;
    size_t last = h;
    while (last + 1 < c->hit_end && ctx->hits[last + 1].kind == HIT_CLOSE)
        last++; /* `Apple Account(メールアドレス)およびパスワード` */
    return kj_text_after_any(ctx, &ctx->hits[last], entered, sizeof entered / sizeof *entered);
}

/*
 * `連絡先に登録されていたメールアドレスに対し、当該アカウントより不審メールが
 * 送信された`: addresses that spam or phishing was sent to are where it went,
 * not data taken (GUIDE: recipients of spam are not victims).
 */
static bool spam_destination(const extract_ctx *ctx, const clause *c, size_t h, kj_set kinds)
{
    static const char *const to[] = {"に対し", "宛", "宛て", "へ"};
    if (kinds != 1u << KJ_DATA_EMAIL ||
        !kj_text_after_any(ctx, &ctx->hits[h], to, sizeof to / sizeof *to))
        return false;
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind == HIT_TERM && (KJ_SET_HAS(hit_entry(ctx, y)->attacks, KJ_ATTACK_SPAM_RELAY) ||
                                    KJ_SET_HAS(hit_entry(ctx, y)->attacks, KJ_ATTACK_PHISHING)))
            return true;
    }
    return false;
}

/* The last of the login words run together from hit `h` (`アカウントのID及び
 * パスワードを用いて`: アカウント, ID及びパスワード), joined by no more than
 * a particle or a conjunction. */
static size_t last_login_word(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    while (h + 1 < c->hit_end && kinds_at(ctx, s, h + 1) == 1u << KJ_DATA_CREDENTIALS) {
        const hit *x = &ctx->hits[h], *y = &ctx->hits[h + 1];
        if (x->block != y->block || y->pos < x->pos + x->len || y->pos - (x->pos + x->len) > 6)
            break;
        h++;
    }
    return h;
}

/* `…アカウントから迷惑メールが送信`, `…を用いて不正にログイン`: does sentence `s`
 * tell an account's takeover, so that a login word in it is the way in? */
static bool told_with_its_use(const sentence *s)
{
    return KJ_SET_HAS(s->attacks, KJ_ATTACK_ACCOUNT_TAKEOVER) ||
           KJ_SET_HAS(s->attacks, KJ_ATTACK_SPAM_RELAY);
}

/* `偽の認証画面に入力した閲覧者のIDとパスワード`: did people other than the
 * organisation's staff type the login words of sentence `s` somewhere (a
 * fake screen, SCHEMA's own example)?  Staff who typed theirs into a
 * phishing page handed over the way in, no data of theirs. */
static bool typed_by_users(extract_ctx *ctx, const sentence *s)
{
    if (!strstr(kj_sentence_text(ctx, s), "入力"))
        return false;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->kind == HIT_TERM && (hit_entry(ctx, x)->victims & ~(1u << KJ_VICTIM_EMPLOYEES)))
            return true;
    }
    return false;
}

/*
 * `当社従業員(1名)の当社アカウント情報が窃取された`, `管理システムのログインID・
 * パスワードを第三者に窃取され`, `サーバーの管理者アカウントのIDおよびパスワード`:
 * is the login word at hit `h`, told in a full sentence that names no one
 * else, owned by the organisation, its staff or a system of it — its
 * possessor right before it (`の`, `において`), past the accounts it belongs
 * to?  Such logins, taken, were the way in (GUIDE: staff credentials said to
 * have leaked add nothing).  An item of a list of data (`弊社ユーザID`) is
 * data.
 */
static bool staff_login(const extract_ctx *ctx, const sentence *s, size_t h)
{
    static const char *const joins[] = {"", "の", "において", "における"};
    /* a list item that tells the taking (`①当社従業員の当社アカウント情報が
     *窃取されたことを確認`) is a sentence too */
    bool told = s->kind == SENT_PARAGRAPH || (s->kind == SENT_ITEM && HAS(s->cues, LEAK));
    if ((s->fragment && s->kind != SENT_ITEM) || !told ||
        (s->victims & ~(1u << KJ_VICTIM_EMPLOYEES)))
        return false;
    /* `ログインID・パスワード`: from the first login word of the run */
    while (h > s->hit_start && kinds_at(ctx, s, h - 1) == 1u << KJ_DATA_CREDENTIALS &&
           separators_between(ctx, &ctx->hits[h - 1], &ctx->hits[h]))
        h--;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, ctx->hits[h].block, &len);
    for (size_t k = h; k-- > s->hit_start;) {
        const hit *x = &ctx->hits[k + 1], *y = &ctx->hits[k];
        if (y->block != x->block || y->pos + y->len > x->pos || x->pos > len)
            return false;
        size_t gap = x->pos - (y->pos + y->len);
        bool joined = false;
        for (size_t j = 0; j < sizeof joins / sizeof *joins && !joined; j++)
            joined = gap == strlen(joins[j]) && memcmp(text + y->pos + y->len, joins[j], gap) == 0;
        if (!joined)
            return false;
        if (y->kind == HIT_SELF)
            return true;
        if (y->kind != HIT_TERM)
            return false;
        const lex_entry *e = hit_entry(ctx, y);
        if (e->victims == 1u << KJ_VICTIM_EMPLOYEES || (e->cues & (CUE(OWN) | CUE(SYSTEM))))
            return true;
        if (!HAS(e->cues, ACCOUNT) || (e->data && e->data != 1u << KJ_DATA_CREDENTIALS))
            return false; /* past `管理者アカウントの` to whose it is */
    }
    return false;
}

/*
 * Credentials are data, not the way in (GUIDE: "Credentials are data"): is
 * the login word at hit `h` of clause `c` — alone, in no list of other kinds
 * of data (the caller checks) — no data at risk?  It is none when an
 * attacker got in with it (`ID及びパスワードを用いて`), when its sentence
 * tells the account's use (`認証情報が窃取され、迷惑メールの送信に使われ`),
 * in a measure (`パスワードを変更`), or when nothing makes it data: no data
 * heading or sentence of data held (`…が含まれます`), no leak word after it
 * (`パスワードが流出`), no entry into a fake screen by users.
 */
static bool login_word_is_no_data(extract_ctx *ctx, const sentence *s, const clause *c, size_t h,
                                  cue_set after, bool measures)
{
    /* (a login used to get in never reaches here: data_types sets it
     * aside before asking) */
    if (measures || told_with_its_use(s) || staff_login(ctx, s, h))
        return true;
    return !((s->cues | s->context) & DATA_SCOPE) && !HAS(after, LEAK) &&
           !entered_when_phished(ctx, s, c, h) && !typed_by_users(ctx, s);
}

/*
 * `送信用メールアドレスもパスワード変更等により安全性を確保`, `認証情報の再設定が
 * 完了`: a login word followed by its change, reset or review names a measure
 * taken on the logins, not logins among the data at risk — even in a list
 * beside other kinds (GUIDE: password resets among the measures add nothing).
 */
static bool changed_as_a_measure(const extract_ctx *ctx, const sentence *s, const clause *c,
                                 size_t h)
{
    static const char *const changes[] = {
        "変更",       "の変更",     "を変更",   "再設定",   "の再設定", "を再設定", "リセット",
        "のリセット", "をリセット", "見直し",   "の見直し", "を見直",   "初期化",   "の初期化",
        "を初期化",   "無効化",     "の無効化", "を無効化", "再発行",   "の再発行", "管理体制"};
    const hit *x = &ctx->hits[last_login_word(ctx, s, c, h)];
    return kj_text_after_any(ctx, x, changes, sizeof changes / sizeof *changes);
}

/* Does sentence `s` say credentials were typed into a phishing page? */
static bool phished_entry_in(const extract_ctx *ctx, const sentence *s)
{
    for (uint32_t h = s->hit_start; h < s->hit_end; h++)
        if (kinds_at(ctx, s, h) == 1u << KJ_DATA_CREDENTIALS &&
            entered_when_phished(ctx, s, kj_clause_of(ctx, s, h), h))
            return true;
    return false;
}

/* `クレジットカード番号をお伺いすることはございませんので、ご注意ください`:
 * does sentence `s` promise that the organisation will never ask for data?
 * Its denial is of the asking, not of data concerned. */
static bool promises_not_to_ask(extract_ctx *ctx, const sentence *s)
{
    static const char *const asking[] = {"お伺い", "お尋ね", "お聞き", "を求め", "の入力を求め"};
    const char *text = kj_sentence_text(ctx, s);
    for (size_t i = 0; i < sizeof asking / sizeof *asking; i++)
        if (strstr(text, asking[i]))
            return true;
    return false;
}

/* Kinds of organisation that, joined to a customers' word by の
 * (`法人のお客様`, `企業・団体のお客さま`), say the customers are
 * companies; 代理店 and 販売店 only join such a list, since alone
 * (`代理店のお客様`) they name whose customers people are. */
static const char *const firm_kinds[] = {"法人", "企業", "団体", "事業者", "事業所", "医療機関"};
static const char *const firm_kinds_joining[] = {"代理店", "販売店", "特約店"};
static const char *const firm_list_joiners[] = {"・", "および", "及び", "や", "、"};

/* Is the character ending at text[at] a kanji or katakana, so that a word
 * ending there is the tail of a longer noun (`取引先企業`, `当法人`)? */
static bool noun_char_before(const char *text, uint32_t len, uint32_t at)
{
    if (at < 3 || ((unsigned char)text[at - 3] & 0xF0) != 0xE0)
        return false;
    uint32_t cp = char_at(text, len, at - 3);
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC;
}

/*
 * `法人のお客さま向けサービスの情報`, `医療機関および代理店のお客さま`: the
 * groups the customers' word (お客様, 顧客) at hit `x` names when kinds of
 * organisation and の stand right before it.  Such customers are companies, and
 * the people whose data they hold are their contacts: business partners
 * (GUIDE, contacts of client companies).  `個人・法人のお客様` names
 * individual customers too; `取引先企業の顧客`, `当法人のお客様` and
 * `販売会社のお客様` are customers of someone (the kind ends a longer noun
 * or is no company kind): 0, read the word as it is.
 */
static kj_set firms_as_customers(const extract_ctx *ctx, const hit *x)
{
    const lex_entry *e = x->kind == HIT_TERM ? hit_entry(ctx, x) : NULL;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    if (!e || e->victims != 1u << KJ_VICTIM_CUSTOMERS ||
        !(entry_starts(ctx, e, "お客") || entry_starts(ctx, e, "顧客")) ||
        !ends_with(text, x->pos, "の"))
        return 0;
    uint32_t at = x->pos - (uint32_t)strlen("の");
    bool firm = false, joined = false;
    for (;;) {
        size_t n = 0;
        bool unambiguous = false;
        for (size_t k = 0; k < sizeof firm_kinds / sizeof *firm_kinds && !n; k++)
            if (ends_with(text, at, firm_kinds[k]))
                n = strlen(firm_kinds[k]), unambiguous = true;
        for (size_t k = 0; k < sizeof firm_kinds_joining / sizeof *firm_kinds_joining && !n; k++)
            if (ends_with(text, at, firm_kinds_joining[k]))
                n = strlen(firm_kinds_joining[k]);
        if (!n) {
            /* the list ends (`受け、企業・団体の`: the comma was the
             * sentence's); `個人・法人の`: individuals join it */
            if (!firm)
                return 0;
            return joined && ends_with(text, at, "個人")
                       ? 1u << KJ_VICTIM_CUSTOMERS | 1u << KJ_VICTIM_BUSINESS_PARTNERS
                       : 1u << KJ_VICTIM_BUSINESS_PARTNERS;
        }
        at -= (uint32_t)n;
        if (noun_char_before(text, len, at))
            return 0;
        firm |= unambiguous;
        size_t j = 0;
        while (j < sizeof firm_list_joiners / sizeof *firm_list_joiners &&
               !ends_with(text, at, firm_list_joiners[j]))
            j++;
        if (j == sizeof firm_list_joiners / sizeof *firm_list_joiners)
            return firm ? 1u << KJ_VICTIM_BUSINESS_PARTNERS : 0;
        at -= (uint32_t)strlen(firm_list_joiners[j]);
        joined = true;
    }
}

/* Items that name a company in a list of data (`法人名、代表者氏名…`,
 * `お客様の社名`); the same words after 所属 or 勤務先 (`所属会社名`) are
 * where a person works, an item of that person's own record.  社名 counts
 * only as an item of its own, not as the tail of 会社名. */
static const char *const firm_items[] = {"法人名",   "会社名",     "企業名", "団体名", "商号",
                                         "事業者名", "医療機関名", "の社名", "、社名", "・社名"};
static const char *const employer_marks[] = {"所属", "勤務先"};
/* Items of the person a company is reached through; 担当 after the
 * organisation's own words (`弊社営業担当者名`, `管理担当者氏名`) is its
 * own staff. */
static const char *const contact_items[] = {"担当者", "代表者", "部署", "役職", "肩書", "部門"};
static const char *const own_contact_marks[] = {"営業", "管理", "弊社", "当社", "社内"};
/* Words that say some records are individuals' (`氏名、法人名、屋号`,
 * `法人の場合は、ご担当者様の所属部署`, `個人のお客様`, `氏名(または法人
 * 名)`, `氏名(会社名)`: a person's name or else a company's). */
static const char *const individual_marks[] = {
    "屋号",           "個人のお客",   "個人様",      "個人顧客",    "個人事業",
    "法人の場合",     "法人様の場合", "企業の場合",  "氏名(または", "氏名(又は",
    "氏名または法人", "氏名又は法人", "氏名(会社名", "氏名(法人名"};
/* Kinds of data only a person's own record holds (`生年月日`, `性別`): no
 * company is reached through them. */
#define PERSONAL_KINDS                                                                             \
    (1u << KJ_DATA_BIRTHDATE | 1u << KJ_DATA_GENDER | 1u << KJ_DATA_AGE |                          \
     1u << KJ_DATA_MY_NUMBER | 1u << KJ_DATA_PASSPORT | 1u << KJ_DATA_DRIVERS_LICENSE |            \
     1u << KJ_DATA_PENSION_NUMBER | 1u << KJ_DATA_INSURANCE_NUMBER | 1u << KJ_DATA_HEALTH)

/* Does `text` hold one of the `n` words `items` not right after one of the
 * `m` words `marks`? */
static bool has_item_unmarked(const char *text, const char *const *items, size_t n,
                              const char *const *marks, size_t m)
{
    for (size_t k = 0; k < n; k++)
        for (const char *at = strstr(text, items[k]); at; at = strstr(at + 1, items[k])) {
            size_t j = 0;
            while (j < m && !ends_with(text, (uint32_t)(at - text), marks[j]))
                j++;
            if (j == m)
                return true;
        }
    return false;
}

/*
 * Sentence `s` holds personal data of the kinds `held`: is it the record of
 * a client company and the person it is reached through (`法人名、代表者
 * 氏名、所在地、担当者情報(部署名、氏名…)`, `お客様の社名…、お客様ご担当者
 * 様の肩書・お名前`), or a person's own record naming customers or no one
 * (`お客様の氏名、住所`)?  Notes the first in ctx->client_record and sets
 * ctx->person_record: where every record is a client company's, the
 * customers the release names are companies (victims reads them so).
 * Records of partners (`取引先の会社名、担当者名`) or of other groups
 * (`従業員の氏名`) say nothing of what the customers are.
 */
static void note_whose_record(extract_ctx *ctx, const sentence *s, kj_set held)
{
    bool customers = false, others = false, partners = false;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        kj_set v = x->kind == HIT_TERM ? hit_entry(ctx, x)->victims : 0;
        if (!v)
            continue;
        if (v == 1u << KJ_VICTIM_CUSTOMERS && !firms_as_customers(ctx, x))
            customers = true;
        else if (v == 1u << KJ_VICTIM_BUSINESS_PARTNERS)
            partners |= !kj_hit_text_has(ctx, x, "担当") && !kj_hit_text_has(ctx, x, "代表");
        else if (v != 1u << KJ_VICTIM_CUSTOMERS)
            others = true;
    }
    const char *text = kj_sentence_text(ctx, s);
    bool firm = has_item_unmarked(text, firm_items, sizeof firm_items / sizeof *firm_items,
                                  employer_marks, sizeof employer_marks / sizeof *employer_marks);
    size_t n_marks = sizeof own_contact_marks / sizeof *own_contact_marks;
    bool contact =
        has_item_unmarked(text, contact_items, sizeof contact_items / sizeof *contact_items,
                          own_contact_marks, n_marks);
    /* beside a customers' word only a contact person says the customers are
     * companies: a team's 代表者 or a person's 部署 and 役職 (`勤務先名、
     * 部署、役職`) are items of that person's own record */
    static const char *const contact_person[] = {"担当者"};
    bool contact_of_customers =
        has_item_unmarked(text, contact_person, 1, own_contact_marks, n_marks);
    bool individuals = (held & PERSONAL_KINDS) != 0;
    for (size_t k = 0; k < sizeof individual_marks / sizeof *individual_marks; k++)
        individuals |= strstr(text, individual_marks[k]) != NULL;
    if (!individuals && !partners && !others &&
        ((firm && (contact || KJ_SET_HAS(held, KJ_DATA_NAME))) ||
         (customers && contact_of_customers))) {
        if (!ctx->client_record)
            ctx->client_record = s;
    } else if (customers || (!others && !partners))
        ctx->person_record = true;
}

static void data_types(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    const sentence *why[KJ_DATA__COUNT] = {0}, *why_not[KJ_DATA__COUNT] = {0};
    kj_set cleared = 0, denied_otherwise = 0;
    /* kinds some word other than one for mails (`メール情報`) names, at risk
     * or cleared: the rest are mails, no personal data the leak reads */
    kj_set by_items = 0, cleared_by_items = 0;
    const sentence *held_item = NULL; /* the last list item that named data held */
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        kj_set named = sentence_kinds(ctx, s);
        /* `◆ その他、会員サービスで扱う各種データ` after items of data held */
        if (!named && held_item && held_item == s - 1 && kj_vague_item(ctx, s, held_item) &&
            !KJ_SET_HAS(rel->data_types, KJ_DATA_OTHER)) {
            KJ_SET_ADD(rel->data_types, KJ_DATA_OTHER);
            KJ_SET_ADD(by_items, KJ_DATA_OTHER);
            why[KJ_DATA_OTHER] = s;
        }
        if (!named || (kj_sentence_is_aside(s) && !note_lists_kinds(ctx, s)))
            continue;
        /* `…お客さま情報(メールアドレス等)の流出に関する報告は受けておりませんが、
         * 不審なメールにご注意ください`: a request names no data at risk, but
         * a denial of a leak or of inclusion in a clause of its own before it
         * still excludes its kinds (not a promise: `カード番号をお伺いすることは
         * ございませんので、ご注意ください`) */
        bool asks = (s->cues & (CUE(REQUEST) | CUE(WARNING))) != 0;
        bool promise = asks && promises_not_to_ask(ctx, s);
        /* several words of one kind are a list too, unless they name only
         * things beside personal data (`メール内容、添付ファイル`) */
        bool list_of_kinds = kj_set_count(named) >= 2 ||
                             ((named & ~(1u << KJ_DATA_OTHER)) && lists_data_words(ctx, s));
        /* `会員のパスワードが漏洩し`: a data word fused with what befell it
         * scopes itself */
        if (!((s->cues | s->context) & DATA_SCOPE) && !list_of_kinds &&
            !(s->attacks && fused_data(ctx, s)) && !phished_entry_in(ctx, s))
            continue;
        bool tied = tied_to_people(s, named);
        bool measures = kj_sentence_is_measures(s);
        kj_set held_here = 0; /* kinds this sentence puts among the data */
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *x = &ctx->hits[h];
            kj_set kinds = kinds_at(ctx, s, h);
            /* `メール本文・添付ファイル`: mails hold data of whatever kind
             * the text names beside them, no kind of their own */
            if (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, MAIL_CONTENT))
                kinds &= ~(1u << KJ_DATA_OTHER);
            if (!kinds || (x->quoted && !quoted_list_of_kinds(ctx, s, h)) || elided_field(ctx, x) ||
                describes_group(ctx, s, h) || names_a_pass(ctx, x) || locks_a_file(ctx, x) ||
                whether_held(ctx, x, kinds) || held_by_a_firm(ctx, s, h, kinds) ||
                holds_the_items(ctx, s, h) || names_a_system(ctx, x) || made_from(ctx, x) ||
                asked_by_a_lure(ctx, s, h))
                continue;
            const clause *c = kj_clause_of(ctx, s, h);
            if (kj_conditional_at(ctx, c, h) || spam_destination(ctx, c, h, kinds))
                continue;
            cue_set after = kj_cues_after(ctx, c, h);
            /* `お名前…の詳細について特定には至っておりません`: not yet known,
             * so neither in nor out */
            if ((leak_in_question(ctx, c, h) || HAS(after, UNDETERMINED)) && !HAS(after, EXCLUSION))
                continue;
            /* `当該メールアドレスを削除し、…流出がないことを確認`: the one
             * address spoken of, not a kind at stake or denied (but an item
             * of a list: `…、当該宿泊料金`) */
            if (kj_text_before_is(ctx, x, "当該") && !after_kinds(ctx, c, h))
                continue;
            /* a login changed, or used to get in, is no login at risk, even in
             * a sentence that goes on to list the data it reached */
            if (kinds == 1u << KJ_DATA_CREDENTIALS &&
                (changed_as_a_measure(ctx, s, c, h) ||
                 used_to_get_in(ctx, c, last_login_word(ctx, s, c, h))))
                continue;
            bool excluded = denied(ctx, s, c, h);
            if (asks && (!excluded || (c->cues & (CUE(REQUEST) | CUE(WARNING))) || promise))
                continue;
            if (kinds == 1u << KJ_DATA_CREDENTIALS && !excluded &&
                !(list_of_kinds && (named & ~(1u << KJ_DATA_CREDENTIALS))) &&
                login_word_is_no_data(ctx, s, c, h, after, measures))
                continue;
            if (measures && excluded && !HAS(after, EXCLUSION))
                continue; /* `暗証番号をお尋ねすることはございません`: a promise */
            /* `認証情報が窃取された`: credentials said to have leaked are at
             * risk (a way in was set aside above) */
            bool stolen = kinds == 1u << KJ_DATA_CREDENTIALS &&
                          (HAS(after, LEAK) || entered_when_phished(ctx, s, c, h)) &&
                          !hit_entry(ctx, x)->attacks;
            if ((measures || !(tied || stolen)) && !excluded)
                continue;
            /* a denial the text goes on to warn about is the state so far,
             * no finding that clears a kind once at risk */
            bool mail = HAS(hit_entry(ctx, x)->cues, MAIL_CONTENT);
            if (excluded && !asks && cleared_by_finding(ctx, s, c, h)) {
                cleared |= kinds;
                cleared_by_items |= mail ? 0 : kinds;
            } else if (excluded)
                denied_otherwise |= kinds;
            for (int d = 0; d < KJ_DATA__COUNT; d++) {
                if (!KJ_SET_HAS(kinds, d))
                    continue;
                if (excluded) {
                    KJ_SET_ADD(rel->data_types_excluded, d);
                    if (!why_not[d])
                        why_not[d] = s;
                } else {
                    KJ_SET_ADD(rel->data_types, d);
                    KJ_SET_ADD(held_here, d);
                    if (!mail)
                        KJ_SET_ADD(by_items, d);
                    if (!why[d])
                        why[d] = s;
                }
            }
        }
        if (held_here & ~(1u << KJ_DATA_OTHER))
            note_whose_record(ctx, s, held_here);
        if (s->fragment && (held_here & ~(1u << KJ_DATA_OTHER)))
            held_item = s;
        /* `氏名、住所、出身国`: an item of a list of data held that no
         * vocabulary word names is `other` (the reference's reading) */
        if (list_of_kinds && (held_here & ~(1u << KJ_DATA_OTHER)) &&
            !KJ_SET_HAS(rel->data_types, KJ_DATA_OTHER) && kj_lists_unnamed_item(ctx, s)) {
            KJ_SET_ADD(rel->data_types, KJ_DATA_OTHER);
            KJ_SET_ADD(by_items, KJ_DATA_OTHER);
            why[KJ_DATA_OTHER] = s;
        }
    }
    /* no kind stated at risk, some cleared by a finding: those were at risk */
    cleared &= ~denied_otherwise;
    if (rel->data_types || !cleared)
        cleared = cleared_by_items = 0;
    for (int d = 0; d < KJ_DATA__COUNT; d++)
        if (KJ_SET_HAS(cleared, d))
            why[d] = why_not[d];
    rel->data_types |= cleared;
    ctx->mail_kinds = rel->data_types & ~(by_items | cleared_by_items);
    /* `other` is no kind a reader can look for: `メール本文は含まれません`
     * excludes nothing the vocabulary names */
    rel->data_types_excluded &= ~rel->data_types & ~(1u << KJ_DATA_OTHER);
    for (int d = 0; d < KJ_DATA__COUNT; d++) {
        if (KJ_SET_HAS(rel->data_types, d))
            kj_add_evidence(ctx, KJ_FIELD_DATA_TYPES, kj_vocab_name(KJ_VOCAB_DATA, d), why[d]);
        if (KJ_SET_HAS(rel->data_types_excluded, d))
            kj_add_evidence(ctx, KJ_FIELD_DATA_TYPES_EXCLUDED, kj_vocab_name(KJ_VOCAB_DATA, d),
                            why_not[d]);
    }
}

/* Does the text from hit `x` to hit `v` qualify `v` — no comma, ending the
 * way a modifier ends (`対象の`, `おそれがあった`, `可能性のある`)? */
static bool qualifies(const extract_ctx *ctx, const hit *x, const hit *v)
{
    static const char *const comma[] = {"、"};
    static const char *const ends[] = {"の", "た", "る", "な"};
    if (kj_text_between_has(ctx, x, v, comma, 1))
        return false;
    if (x->pos + x->len == v->pos) /* `対象者`, `該当` right before */
        return true;
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++)
        if (kj_text_before_is(ctx, v, ends[k]))
            return true;
    return false;
}

/* Bytes the words between a group and the information it owns may take
 * (`お客様から受託した業務に関する一部の情報`: about 16 characters). */
#define OWNER_REACH 48

/* Is the text `t[at..end)` free of a comma or a sentence end?  What a
 * comma follows is another item or clause, not a modifier of the noun. */
static bool no_break_in(const char *t, size_t at, size_t end)
{
    for (; at + 3 <= end; at++)
        if (memcmp(t + at, "、", 3) == 0 || memcmp(t + at, "。", 3) == 0)
            return false;
    return true;
}

/* Words that say what a thing is needed for (`治療に最低限必要な情報`): a
 * data word before them names an activity, not data. */
static const char *const purposes[] = {"に必要な", "に最低限必要な", "に必要となる"};
#define N_PURPOSES (sizeof purposes / sizeof *purposes)

/* What may follow a group word before its particle: an honorific or a
 * plural (`お取引先様に関連する`, `患者の方の`, `従業員等の`). */
static const char *const person_suffixes[] = {"様", "さま", "の方々", "の方", "等", "など"};
#define N_PERSON_SUFFIXES (sizeof person_suffixes / sizeof *person_suffixes)

/* Where the name of the group at `at` ends in the words that may follow it
 * in a row: its honorifics and plurals, the firm a partner is and those of
 * it (`お取引先企業様に関する`, `お取引先企業等関係者の名刺情報`). */
static uint32_t owner_name_end(const char *text, uint32_t len, uint32_t at)
{
    static const char *const more[] = {"様", "さま", "の方々", "の方",
                                       "等", "など", "企業",   "関係者"};
    for (size_t n; (n = starts_any(text, len, at, more, sizeof more / sizeof *more));)
        at += (uint32_t)n;
    return at;
}

/*
 * The last group of the list of owners the group at hit `h` stands in:
 * last_group_of_list, and on across `のほか` and `と` (`診療所従事者のほか
 * 患者の方の個人情報`, `お客様と従業員の氏名`), with `の方` or `様` after a
 * group.
 */
static size_t last_owner_of_list(const extract_ctx *ctx, const sentence *s, const clause *c,
                                 size_t h)
{
    static const char *const joins[] = {"のほか、", "のほか", "の他",     "と",
                                        "ならびに", "並びに", "をはじめ", "を始め"};
    size_t last = last_group_of_list(ctx, s, h);
    while (last + 1 < c->hit_end) {
        const hit *a = &ctx->hits[last], *y = &ctx->hits[last + 1];
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, a->block, &len);
        if (y->kind != HIT_TERM || !hit_entry(ctx, y)->victims || y->block != a->block)
            break;
        uint32_t at = a->pos + a->len;
        at += (uint32_t)starts_any(text, len, at, person_suffixes, N_PERSON_SUFFIXES);
        if (at + starts_any(text, len, at, joins, sizeof joins / sizeof *joins) != y->pos)
            break;
        last = last_group_of_list(ctx, s, last + 1);
    }
    return last;
}

/*
 * Is the information or data word at hit `n` owned by the group that ends
 * at hit `v` (a group or the last of a list of groups)?  Written right
 * after it (`顧客情報`, `会員データ`), after a possessive (`お客様の一部の
 * 個人情報`, `従業員(約120名)の氏名`, `取引先に関する情報`), after the verb
 * of whose it is (`お客様からお預かりした情報`, `会員がご登録された情報`), or
 * with the group heading a list of kinds (`お客様:氏名、住所`).
 */
static bool owned_by(const extract_ctx *ctx, const hit *v, const hit *n)
{
    /* possessives and verbs of whose the data is, which a modifier may
     * follow (`お客様の一部の情報`) */
    static const char *const of[] = {
        "の",           "に関する", "に係る",     "に関わる",   "に関連する", "からお預かり",
        "よりお預かり", "から預か", "からご提供", "よりご提供", "から受託",   "より受託",
        "が登録",       "がご登録", "が入力",     "がご入力",   "が保有"};
    /* marks that put the group over a list of kinds (`お客様:氏名、住所`) */
    static const char *const heads[] = {":", "(", " ", "|"};
    if (n->block != v->block || n->pos < v->pos + v->len || n->pos > v->pos + v->len + OWNER_REACH)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, v->block, &len);
    if (n->pos > len)
        return false;
    /* `患者様の治療に必要な情報`: the care the information is needed for is
     * no data of the group's, and the information serves it */
    if (starts_any(text, len, n->pos + n->len, purposes, N_PURPOSES))
        return false;
    uint32_t at = owner_name_end(text, n->pos, v->pos + v->len);
    if (at == n->pos)
        return true;
    for (size_t k = 0; k < sizeof heads / sizeof *heads; k++)
        if (starts(text, n->pos, at, heads[k]))
            return true;
    for (size_t k = 0; k < sizeof of / sizeof *of; k++)
        if (starts(text, n->pos, at, of[k]))
            return no_break_in(text, at, n->pos);
    return false;
}

/*
 * Does the group at hit `x` close brackets opened right after the data word
 * at hit `n`, saying whose it is (`マイナンバー(2022年時点で当社に在籍されて
 * いた方)`)?  No comma or closing bracket comes between.
 */
static bool owner_in_brackets(const extract_ctx *ctx, const hit *n, const hit *x)
{
    static const char *const breaks[] = {"、", ")"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t open = n->pos + n->len;
    return n->block == x->block && starts(text, len, open, "(") && open < x->pos &&
           !kj_text_between_has(ctx, n, x, breaks, 2) &&
           starts(text, len, owner_name_end(text, len, x->pos + x->len), ")");
}

/*
 * Is the group at hit `h` of clause `c` whose information the clause's
 * information word is: owned_by from the end of its list of groups to the
 * next word, or qualified by the information before it (`個人情報が含まれる
 * お客様`, `データをお預かりしているお客様`)?  A group read or written to
 * (`お客様へのご案内資料`), apologised to, asked or placed beside the
 * information (`お客様には、個人情報の…`) does not own it.
 */
static bool owns_the_information(const extract_ctx *ctx, const sentence *s, const clause *c,
                                 size_t h)
{
    size_t last = last_owner_of_list(ctx, s, c, h);
    const hit *v = &ctx->hits[last];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, v->block, &len);
    uint32_t name_end = owner_name_end(text, len, v->pos + v->len);
    /* the first data or information word after the group; the words of
     * the possessive between (`から`) carry no data, nor those of its name
     * (`…等関係者`) */
    for (size_t k = last + 1; k < c->hit_end; k++) {
        const hit *n = &ctx->hits[k];
        if (n->kind != HIT_TERM || (n->block == v->block && n->pos < name_end))
            continue;
        if (n->block != v->block || n->pos > v->pos + v->len + OWNER_REACH)
            break;
        const lex_entry *e = hit_entry(ctx, n);
        if (e->victims)
            break;
        if (e->data || HAS(e->cues, INFO)) {
            if (owned_by(ctx, v, n))
                return true;
            break; /* the data before may still say whose (`…(…の方)`) */
        }
    }
    const hit *x = &ctx->hits[h];
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *n = &ctx->hits[k];
        if (n->kind != HIT_TERM)
            continue;
        if (n->block != x->block || n->pos + n->len + OWNER_REACH < x->pos)
            return false;
        const lex_entry *e = hit_entry(ctx, n);
        if (e->victims)
            return false;
        if ((e->data || HAS(e->cues, INFO)) &&
            (qualifies(ctx, n, x) || owner_in_brackets(ctx, n, x)))
            return true;
    }
    return false;
}

/*
 * Is the group at hit `h` (or its list) the partner of a verb rather than a
 * possessor: followed by a case particle other than の — whom something is
 * sent or told to (`お客様に対して…メールが送付`), who asks or sends
 * (`スタッフより…お伺い`), who does (`お客様が設定`) or what is done to
 * (`取引先を含む`) — or defined (`顧客である写真館様`)?  `においては`
 * (among whom) and `をはじめ` (with others like it) keep the group whose.
 */
static bool partner_of_a_verb(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    static const char *const particles[] = {"に", "へ", "より", "から",
                                            "が", "を", "とは", "である"};
    static const char *const possessive[] = {"において", "における", "をはじめ", "を始め"};
    const hit *v = &ctx->hits[last_owner_of_list(ctx, s, c, h)];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, v->block, &len);
    uint32_t at = v->pos + v->len;
    at += (uint32_t)starts_any(text, len, at, person_suffixes, N_PERSON_SUFFIXES);
    return !starts_any(text, len, at, possessive, sizeof possessive / sizeof *possessive) &&
           starts_any(text, len, at, particles, sizeof particles / sizeof *particles);
}

/* Group words that name a record of their people, the record being their
 * data (`卒業アルバム`: the pupils it shows). */
static const char *const records_of_people[] = {"アルバム"};

/*
 * Is the group word at hit `h` of clause `c` itself data: an item of a list
 * of kinds (`血液型、緊急連絡先、電話番号`: the contacts listed are whose
 * data it is), or a record of its people the clause speaks of
 * (`卒業アルバム制作にかかわるデータ`) and no verb's partner?  Such a word
 * needs no owner before the data (owns_the_information).
 */
static bool group_is_the_data(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h,
                              bool kinds)
{
    if (kinds && among_kinds(ctx, c, h))
        return true;
    for (size_t k = 0; k < sizeof records_of_people / sizeof *records_of_people; k++)
        if (kj_hit_text_has(ctx, &ctx->hits[h], records_of_people[k]))
            return !partner_of_a_verb(ctx, s, c, h);
    return false;
}

/* Does clause `c` of sentence `s` name information or a kind of data? */
static bool names_data(const extract_ctx *ctx, const sentence *s, const clause *c)
{
    if (HAS(c->cues, INFO))
        return true;
    for (uint32_t k = c->hit_start; k < c->hit_end; k++)
        if (kinds_at(ctx, s, k))
            return true;
    return false;
}

/* Does clause `c` of sentence `s` tie the group at hit `h` to data? */
static bool clause_about_data(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h,
                              const bool *section_kinds)
{
    /* `(1)トウペで管理しているお客様情報(19,583件)` under `外部流出が確認
     * された個人情報`: a heading naming a group's information under a heading
     * of leaked data, though its section holds only a picture of the list */
    if (s->kind == SENT_HEADING)
        return (s->section >= 0 && section_kinds[s->section]) ||
               ((s->context & (CUE(LEAK) | CUE(LEAK_NOUN))) && HAS(c->cues, INFO));
    /* a list of people under `対象となる方`; an item where the group is a
     * verb's partner and no data is named lists something else, work done
     * for the group (`お客様から受託した…業務` under `以下の業務に一部影響`) */
    if (s->fragment && (s->context & (CUE(TARGET) | CUE(LEAK) | CUE(LEAK_NOUN))) &&
        (!partner_of_a_verb(ctx, s, c, h) || names_data(ctx, s, c)))
        return true;
    if (c->cues & (CUE(TARGET) | CUE(LEAK) | CUE(LEAK_NOUN)))
        return true;
    /* an information word speaks of the group's data only when the group
     * owns it (`お客様の個人情報`, not `…ご利用の方に対し、不審な情報の
     * 配信`); data words do where the group is not a verb's partner */
    bool kinds = false;
    for (uint32_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_NUMBER && kj_counts_people(ctx, s, c, k))
            return true;
        kinds |= kinds_at(ctx, s, k) != 0;
    }
    if ((HAS(c->cues, INFO) || kinds) && owns_the_information(ctx, s, c, h))
        return true;
    /* a data word beside a group says nothing of whose it is (`…写真館様`,
     * `患者様の安全を最優先に…電子カルテを含む一部システムを停止`) unless
     * the group word is itself the data */
    return (HAS(c->cues, INFO) || kinds) && group_is_the_data(ctx, s, c, h, kinds);
}

/*
 * Is the group at hit `h` the owner of a device or account rather than of
 * data (`従業員1名のメールアカウント`, `職員のパソコン`)?  Such a sentence
 * says how the attacker got in.
 */
static bool owns_device(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *v = &ctx->hits[h];
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != v->block || x->pos > v->pos + v->len + 15)
            return false;
        if (x->kind == HIT_TERM)
            return HAS(hit_entry(ctx, x)->cues, DEVICE);
    }
    return false;
}

/*
 * Does the group at hit `h` name someone other than whose data is at
 * stake: whom a sender pretended to be (`取引先を装った第三者`), who runs a
 * system (`旅行代理店等が運営する予約システム`), the organisation itself
 * (`同社製品のユーザーである当社`, `当社を含む取引先`), those other than it
 * (`当社関係者以外の第三者`), or the users a system is for (`職員用グループ
 * ウェア`)?
 */
static bool names_another_role(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *v = &ctx->hits[h];
    /* `当社関係者以外の第三者`, `お客様以外の方`: those other than the group;
     * `職員用グループウェア`, `社員用VPNアカウント`: a system for the group */
    static const char *const other[] = {"以外", "様以外", "用"};
    if (kj_text_after_any(ctx, v, other, sizeof other / sizeof other[0]))
        return true;
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != v->block || x->pos > v->pos + v->len + 12)
            break;
        if (x->kind == HIT_SELF && kj_text_after_is(ctx, v, "である"))
            return true;
        if (x->kind == HIT_TERM) {
            cue_set cues = hit_entry(ctx, x)->cues;
            if (HAS(cues, OWN) && kj_text_after_is(ctx, v, "である"))
                return true;
            if (cues & (CUE(SPOOF) | CUE(PROVIDER)))
                return true;
            break;
        }
    }
    if (kj_text_before_is(ctx, v, "を含む")) {
        for (size_t k = h; k-- > c->hit_start;) {
            const hit *x = &ctx->hits[k];
            if (x->block != v->block || x->pos + x->len + 9 < v->pos)
                break;
            if (kj_names_the_organisation(ctx, x))
                return x->pos + x->len + 9 == v->pos;
        }
    }
    return false;
}

/*
 * The cues of clause `c`'s words, less a scope word that is itself what is
 * looked into (`流出を含めた影響範囲については現在調査を進めており`): the
 * scope under investigation singles no group out.
 */
static cue_set said_of_the_data(const extract_ctx *ctx, const clause *c)
{
    cue_set cues = 0;
    for (size_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            continue;
        cue_set own = hit_entry(ctx, x)->cues;
        if (HAS(own, TARGET) && HAS(kj_cues_after(ctx, c, k), INVESTIGATING))
            own &= ~CUE(TARGET);
        cues |= own;
    }
    return cues;
}

/*
 * Does clause `c` say nothing of the group's data yet: a leak still being
 * looked into (`お客様情報の漏洩の事実については現在確認中`, `顧客データの流出を
 * 含めた影響範囲の調査`), or mail sent
 * to people from an abused account (`顧客ではない方々のメールアドレスに
 * 対し、大量の迷惑メールが送信`) — recipients of spam are not victims?
 */
static bool nothing_said_of_their_data(const extract_ctx *ctx, const clause *c, size_t h)
{
    if (!(said_of_the_data(ctx, c) & (CUE(LEAK) | CUE(POSSIBLE) | CUE(TARGET)))) {
        /* `顧客データなどの外部への流出を含めた影響の範囲等の調査`: a leak
         * named as part of what is looked into */
        static const char *const included[] = {"を含め", "も含め"}; /* を含めた too */
        bool leak_word = false;
        for (size_t k = h + 1; k < c->hit_end; k++) {
            const hit *x = &ctx->hits[k];
            if (x->kind != HIT_TERM)
                continue;
            cue_set cues = hit_entry(ctx, x)->cues;
            if (HAS(cues, LEAK_NOUN) &&
                kj_text_after_any(ctx, x, included, sizeof included / sizeof *included))
                return true;
            leak_word |= HAS(cues, LEAK_NOUN);
            if (leak_word && HAS(cues, INVESTIGATING))
                return true; /* not `件数は確認中`: how many, not whether */
        }
    }
    if (c->cues & (CUE(LEAK) | CUE(LEAK_NOUN)))
        return false;
    for (size_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_TERM && KJ_SET_HAS(hit_entry(ctx, x)->attacks, KJ_ATTACK_SPAM_RELAY))
            return true;
    }
    return false;
}

/*
 * Is the staff word at hit `h` of clause `c` the staff of a party the text
 * honours with 様 (`委託元様の社員`, `ライセンシー様の従業員`)?  The
 * organisation never calls itself 様: such staff work for an outside
 * company, business partners.  A group named right before (`お客様の
 * 社員`) says whose staff they are itself.
 */
static bool staff_of_an_honoured_party(const extract_ctx *ctx, const clause *c, size_t h)
{
    /* (the same of a party named by its tie to the organisation:
     * `投資先の役職員`, `提携先の社員` work for the company invested in) */
    static const char *const outside[] = {"様の",     "投資先の", "出資先の", "提携先の",
                                          "納入先の", "販売先の", "仕入先の", "支援先の",
                                          "派遣先の", "出向先の"};
    const hit *v = &ctx->hits[h];
    if (hit_entry(ctx, v)->victims != 1u << KJ_VICTIM_EMPLOYEES ||
        !kj_text_before_any(ctx, v, outside, sizeof outside / sizeof *outside))
        return false;
    if (h > c->hit_start) {
        const hit *x = &ctx->hits[h - 1];
        if (x->block == v->block && x->kind == HIT_TERM && hit_entry(ctx, x)->victims &&
            x->pos + x->len + strlen("の") >= v->pos)
            return false;
    }
    return true;
}

/*
 * `全社スタッフGr.(人事総務・IT、財務経理)`, `教職員課`, `教職員組合`: is
 * the staff word at hit `x` the first part of the name of a department, an
 * office or a union?  It names a unit of the organisation, not staff whose
 * data is concerned (`社員番号`, `職員の氏名` still name them).
 */
static bool names_a_department(const extract_ctx *ctx, const hit *x)
{
    static const char *const units[] = {"Gr", "グループ", "部", "課", "室", "組合"};
    return hit_entry(ctx, x)->victims == 1u << KJ_VICTIM_EMPLOYEES &&
           kj_text_after_any(ctx, x, units, sizeof units / sizeof *units);
}

/*
 * `区民交通傷害保険`, `市民安全パトロール隊`, `府民共済`: is the residents'
 * word at hit `x` the first part of a longer name (a kanji right after it,
 * other than 等), naming an insurance, a body or a programme for residents
 * rather than residents whose data is concerned?
 */
static bool names_an_institution(const extract_ctx *ctx, const hit *x)
{
    if (hit_entry(ctx, x)->victims != 1u << KJ_VICTIM_RESIDENTS || kj_text_after_is(ctx, x, "等"))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t cp = char_at(text, len, x->pos + x->len);
    return cp >= 0x4E00 && cp <= 0x9FFF;
}

/*
 * `協力施工店の従業員`, `取引先企業の社員`, `利用顧客の社員様`: is the
 * staff word at hit `v` the staff of the partners or customers named by hit
 * `x` right before it (joined by の, 会社の, 企業の or 様の)?  Those staff
 * work for an outside company: business partners.
 */
static bool staff_of_the_group_before(const extract_ctx *ctx, const hit *x, const hit *v)
{
    static const char *const of[] = {"の", "会社の", "企業の", "様の"};
    kj_set before = x->kind == HIT_TERM ? hit_entry(ctx, x)->victims : 0;
    if (v->kind != HIT_TERM || hit_entry(ctx, v)->victims != 1u << KJ_VICTIM_EMPLOYEES ||
        x->block != v->block ||
        (before != 1u << KJ_VICTIM_BUSINESS_PARTNERS && before != 1u << KJ_VICTIM_CUSTOMERS))
        return false;
    for (size_t k = 0; k < sizeof of / sizeof of[0]; k++)
        if (x->pos + x->len + strlen(of[k]) == v->pos && kj_text_after_is(ctx, x, of[k]))
            return true;
    return false;
}

/*
 * `お客さまご担当者名`, `ご利用いただいている企業のご担当者さま`: is the
 * contact-person word at hit `v` (a business partners' word) the contact
 * of the customers named by hit `x` right before it, with no comma
 * between?  A client company's contact staff are business partners (GUIDE:
 * staff of client companies; v14's labellers on contact staff called お客様);
 * the customers' word only says whose contacts they are.
 */
static bool contact_of_the_customers_before(const extract_ctx *ctx, const hit *x, const hit *v)
{
    static const char *const comma[] = {"、"};
    return v->kind == HIT_TERM && x->kind == HIT_TERM && x->block == v->block &&
           hit_entry(ctx, v)->victims == 1u << KJ_VICTIM_BUSINESS_PARTNERS &&
           hit_entry(ctx, x)->victims == 1u << KJ_VICTIM_CUSTOMERS &&
           x->pos + x->len + 30 >= v->pos && !kj_text_between_has(ctx, x, v, comma, 1) &&
           (x->pos + x->len == v->pos || kj_text_before_is(ctx, v, "の"));
}

/*
 * The groups hit `h` names in its place: a form (`お問い合わせフォーム`)
 * or a members' page (`マイページ`) names its users only where the clause
 * speaks of information, not where the form was the attacker's tool
 * (`フォームの電話番号欄にコマンドが投稿され`) or the page is where
 * something appeared or what stopped (`マイページ内の各お知らせ`,
 * `マイページにアクセスできない間`); the organisation's own 関係者 are
 * its staff (`本学関係者`); the 関係者 of a group named just before are
 * that group's (`お取引先企業様等の関係者`).
 */
static kj_set groups_at(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    const hit *v = &ctx->hits[h];
    const lex_entry *e = hit_entry(ctx, v);
    /* an item under a heading of leaked data (`流出した可能性のある情報` >
     * `マイページの購入履歴`) speaks of information through its heading */
    cue_set spoken = c->cues | (s->fragment ? s->context & (CUE(LEAK) | CUE(LEAK_NOUN)) : 0);
    if (HAS(e->cues, CHANNEL) && !(spoken & (CUE(INFO) | CUE(LEAK) | CUE(LEAK_NOUN) | CUE(TARGET))))
        return 0;
    if (names_an_institution(ctx, v) || names_a_department(ctx, v))
        return 0;
    if (staff_of_an_honoured_party(ctx, c, h))
        return 1u << KJ_VICTIM_BUSINESS_PARTNERS;
    /* `利用顧客の社員様`: the customers' word says whose staff follow, the
     * staff are the people concerned */
    if (h + 1 < c->hit_end && (staff_of_the_group_before(ctx, v, &ctx->hits[h + 1]) ||
                               contact_of_the_customers_before(ctx, v, &ctx->hits[h + 1])))
        return 0;
    kj_set firms = firms_as_customers(ctx, v);
    if (firms)
        return firms;
    if (h == c->hit_start)
        return e->victims;
    const hit *x = &ctx->hits[h - 1];
    if (x->block != v->block)
        return e->victims;
    /* `お客様をはじめとする関係者`: the group named first, and others
     * like it */
    static const char *const like[] = {"をはじめとする", "を始めとする"};
    for (size_t k = 0; k < sizeof like / sizeof like[0]; k++)
        if (e->victims == 1u << KJ_VICTIM_OTHER && x->kind == HIT_TERM &&
            hit_entry(ctx, x)->victims && x->pos + x->len + strlen(like[k]) == v->pos &&
            kj_text_before_is(ctx, v, like[k]))
            return 0;
    if (x->pos + x->len + 18 < v->pos)
        return e->victims;
    /* `協力施工店の従業員`, `取引先企業の社員`: a partner's staff; `利用顧客の
     * 社員様`: a client company's staff are business partners too (GUIDE's
     * last section: staff of client companies) */
    if (staff_of_the_group_before(ctx, x, v))
        return 1u << KJ_VICTIM_BUSINESS_PARTNERS;
    /* `お客さまご担当者`: a client company's contact staff are business
     * partners, as their own word says (contact_of_the_customers_before) */
    if (e->victims != 1u << KJ_VICTIM_OTHER)
        return e->victims;
    if (kj_names_the_organisation(ctx, x))
        return x->pos + x->len + 3 >= v->pos ? 1u << KJ_VICTIM_EMPLOYEES : e->victims;
    if (x->kind != HIT_TERM || !hit_entry(ctx, x)->victims)
        return e->victims;
    /* `お取引先企業様等の関係者`, `お取引先企業等関係者`, `お取引先様の
     * ご関係者`, and the compound `お取引先関係者様` (the reference's
     * `お取引先関係者の皆様に関する情報`: business partners alone), but not
     * the list `お客さまや関係先` */
    static const char *const list[] = {"、", "や"};
    if (!(x->pos + x->len == v->pos || kj_text_before_is(ctx, v, "の") ||
          kj_text_before_is(ctx, v, "のご") || kj_text_before_is(ctx, v, "等")) ||
        kj_text_between_has(ctx, x, v, list, 2))
        return e->victims;
    return 0;
}

/* kj_cited_title: see extract_internal.h. */
bool kj_cited_title(const extract_ctx *ctx, const sentence *s)
{
    static const char *const endings[] = {
        "について",         "に関するお知らせ", "についてのお知らせ", "お詫びとご報告",
        "お詫びとお知らせ", "ご報告とお詫び",   "お知らせとお詫び"};
    if (!s->fragment || (s->kind != SENT_PARAGRAPH && s->kind != SENT_ITEM))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, s->block, &len);
    uint32_t end = s->end < len ? s->end : len;
    while (end > s->start && (text[end - 1] == ' ' || text[end - 1] == '\n'))
        end--;
    /* `…について | IIJについて| IIJ`: a web page's title with the site's
     * sections and name after it; `…の漏えいについてhttps://www.example.jp/…`:
     * the link right after the title it names.  The title ends at the first. */
    for (uint32_t at = s->start; at < end; at++)
        if (text[at] == '|' || (at > s->start && at + strlen("http") < end &&
                                memcmp(text + at, "http", strlen("http")) == 0)) {
            end = at;
            while (end > s->start && text[end - 1] == ' ')
                end--;
            break;
        }
    /* `…について(IIJ社WEBサイト)`: a link's note after the title */
    if (end > s->start && text[end - 1] == ')') {
        while (end > s->start && text[end - 1] != '(')
            end--;
        if (end > s->start)
            end--;
    }
    for (size_t k = 0; k < sizeof endings / sizeof endings[0]; k++) {
        size_t n = strlen(endings[k]);
        if (end >= s->start + n && memcmp(text + end - n, endings[k], n) == 0)
            return true;
    }
    return false;
}

/* Words that say a thing cannot be done (`できない`, `困難`). */
static const char *const inabilities[] = {"できない",         "できず", "できません",
                                          "できておりません", "困難",   "難しい"};

/*
 * Does the notice at hit `x` go on to say it cannot be made (`すべての
 * お客様へ個別にアクセスできない状況`)?  The organisation cannot reach the
 * group one by one: a contact line, which singles no one out.  Read to the
 * next comma or sentence end.
 */
static bool cannot_reach(const extract_ctx *ctx, const hit *x)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (uint32_t at = x->pos + x->len; at < len; at++) {
        if (starts(text, len, at, "、") || starts(text, len, at, "。"))
            return false;
        if (starts_any(text, len, at, inabilities, sizeof inabilities / sizeof *inabilities))
            return true;
    }
    return false;
}

/*
 * Does the clause single out the group at hit `h` as the affected one: by
 * what qualifies it right before (`対象となった患者様`, `情報流出のおそれが
 * あったお客さま`), or as those told of it one by one (`会員登録いただいて
 * おりますお客様には個別にご連絡`)?  An apology or a letter sent to such a
 * group still names it.
 */
static bool said_affected(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    static const char *const to[] = {"には", "に対し", "へ"};
    static const char *const one_by_one[] = {"個別", "順次"};
    const hit *v = &ctx->hits[h];
    if (h > c->hit_start) {
        const hit *x = &ctx->hits[h - 1];
        if (x->kind == HIT_TERM && x->block == v->block && x->pos + x->len + 12 >= v->pos &&
            (hit_entry(ctx, x)->cues &
             (CUE(TARGET) | CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE))) &&
            qualifies(ctx, x, v))
            return true;
    }
    bool recipient = false;
    for (size_t k = 0; k < sizeof to / sizeof to[0] && !recipient; k++)
        recipient = kj_text_after_is(ctx, v, to[k]);
    if (!recipient)
        return false;
    /* `判明次第、関係者へご連絡いたします`: a notice promised for later */
    for (size_t k = c->hit_start; k < h; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, CONDITIONAL))
            return false;
    }
    /* `関係者の皆さまへお知らせいたします`: a notice to all addresses them,
     * it singles no one out */
    if (!kj_sentence_rest_has(ctx, s, v, one_by_one, sizeof one_by_one / sizeof *one_by_one))
        return false;
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, EV_NOTIFY))
            return !cannot_reach(ctx, x);
    }
    return false;
}

/* The first group of the list of groups that the group at hit `h` stands in
 * within clause `c` (`お客様・お取引先様`: お客様), `h` itself when it
 * stands alone. */
static size_t first_group_of_list(const extract_ctx *ctx, const sentence *s, const clause *c,
                                  size_t h)
{
    size_t first = h;
    while (first > c->hit_start) {
        const hit *x = &ctx->hits[first - 1];
        if (x->kind != HIT_TERM || !hit_entry(ctx, x)->victims ||
            last_group_of_list(ctx, s, first - 1) < h)
            break;
        first--;
    }
    return first;
}

/*
 * `情報が漏えいした可能性がある学生、卒業生、元教職員および関係者へのお知らせ`:
 * is the group at hit `h` (関係者) the last of a list of named groups that a
 * leak or its possibility qualifies (the list's first group at `first`)?
 * Those concerned beside named groups whose data may have leaked are others
 * at risk, not the generic addressees of `対象となる関係者様への個別連絡`.
 */
static bool others_of_a_leaked_list(const extract_ctx *ctx, const clause *c, size_t first, size_t h)
{
    if (first == h || first == c->hit_start)
        return false;
    const hit *x = &ctx->hits[first - 1], *v = &ctx->hits[first];
    if (x->kind != HIT_TERM || x->block != v->block || x->pos + x->len + 12 < v->pos ||
        !qualifies(ctx, x, v))
        return false;
    const cue_set leaked = CUE(LEAK) | CUE(LEAK_NOUN);
    if (hit_entry(ctx, x)->cues & leaked)
        return true;
    /* `漏えいした可能性がある`: the possibility of a leak, not of an effect
     * (`影響を受ける可能性のお客様および関係先`, those told of it) */
    if (!HAS(hit_entry(ctx, x)->cues, POSSIBLE) || first - 1 == c->hit_start)
        return false;
    const hit *l = &ctx->hits[first - 2];
    return l->kind == HIT_TERM && l->block == x->block && l->pos + l->len + 12 >= x->pos &&
           (hit_entry(ctx, l)->cues & leaked);
}

/* `対象となるお客様`, `該当するお客様・お取引先様`: is the list of groups at
 * hit `h` qualified by a word of target right before its first group? */
static bool list_called_target(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    size_t first = first_group_of_list(ctx, s, c, h);
    if (first == c->hit_start)
        return false;
    const hit *x = &ctx->hits[first - 1], *v = &ctx->hits[first];
    return x->kind == HIT_TERM && x->block == v->block && x->pos + x->len + 12 >= v->pos &&
           HAS(hit_entry(ctx, x)->cues, TARGET) && qualifies(ctx, x, v);
}

/*
 * `…お客さまとのメールの内容が流出した可能性がある旨をお伝えしましたが、
 * 調査の結果、これらの内容は漏えいしていない旨の報告を受けました`: is what
 * the clause of hit `h` says an earlier notice's (旨をお伝えしましたが), which
 * a later clause of the sentence takes back by denying the leak?
 */
static bool taken_back_later(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    static const char *const earlier[] = {"旨をお伝えしましたが",   "旨をお伝えいたしましたが",
                                          "旨をお知らせしましたが", "旨をお知らせいたしましたが",
                                          "旨をご報告しましたが",   "旨をご報告いたしましたが"};
    if (c + 1 >= ctx->clauses + s->clause_end ||
        !kj_text_between_has(ctx, &ctx->hits[h], &ctx->hits[c[1].hit_start], earlier,
                             sizeof earlier / sizeof *earlier))
        return false;
    for (const clause *n = c + 1; n < ctx->clauses + s->clause_end; n++)
        for (size_t k = n->hit_start; k < n->hit_end; k++) {
            const hit *x = &ctx->hits[k];
            if (x->kind == HIT_TERM && (hit_entry(ctx, x)->cues & (CUE(LEAK) | CUE(LEAK_NOUN))) &&
                kj_negated_after(ctx, n, k))
                return true;
        }
    return false;
}

/* Bytes after `より` in which an inquiry is read as the group's (about 30
 * characters). */
#define INQUIRY_REACH 90

/*
 * `全ての関係職員に聞き取り調査を行い`: is the group at hit `x` the one the
 * organisation questioned in its inquiry?  Those asked what happened are
 * not thereby those whose data is concerned (GUIDE's last section: only the
 * data subjects), like those who asked (asked_about_it).
 */
static bool questioned_about_it(const extract_ctx *ctx, const hit *x)
{
    static const char *const questioned[] = {
        "に聞き取り",   "への聞き取り",   "に対して聞き取り",  "に聞取り",
        "にヒアリング", "へのヒアリング", "に対してヒアリング"};
    return kj_text_after_any(ctx, x, questioned, sizeof questioned / sizeof *questioned);
}

/*
 * `複数のお客様より個人情報流出に関するお問合せを受けて`, `お客様からの…との
 * ご連絡を受け`: is the group at hit `x` the one who asked or told the
 * organisation (より / から, then an inquiry or a report received, in the
 * same stretch of text)?  `お客様からのお問い合わせに関する情報` names their
 * inquiries as the data.  Those who asked are not thereby those whose data
 * is concerned (GUIDE, victims as the reference reads them).
 */
static bool asked_about_it(const extract_ctx *ctx, const hit *x)
{
    static const char *const froms[] = {"より", "から", "様より", "様から", "さまより", "さまから"};
    /* received: `お客様からのお問い合わせに関する情報` is data of theirs */
    static const char *const inquiries[] = {
        "問い合わせを受け", "問い合わせをいただ", "問い合わせがあ", "問合せを受け",
        "問合せをいただ",   "問合せがあ",         "ご指摘を受け",   "ご指摘をいただ",
        "申し出があ",       "連絡を受け",         "ご連絡をいただ", "ご連絡があ"};
    size_t from = 0;
    for (size_t k = 0; k < sizeof froms / sizeof *froms && !from; k++)
        if (kj_text_after_is(ctx, x, froms[k]))
            from = strlen(froms[k]);
    if (!from)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    size_t at = x->pos + x->len + from, end = at + INQUIRY_REACH < len ? at + INQUIRY_REACH : len;
    for (; at < end && strncmp(text + at, "。", strlen("。")) != 0; at++)
        for (size_t k = 0; k < sizeof inquiries / sizeof *inquiries; k++)
            if (at + strlen(inquiries[k]) <= len &&
                memcmp(text + at, inquiries[k], strlen(inquiries[k])) == 0)
                return true;
    return false;
}

/* Bytes from a group to the people its correspondence qualifies (about 25
 * characters: `従業員とメールでご連絡いただいていたお取引先さま`). */
#define CORRESPONDENT_REACH 75

/*
 * `該当の教員にメールを送信された方のメールアドレス`, `該当店舗従業員とメールで
 * ご連絡いただいていたお取引先さま`: is the group at hit `h` the one the
 * people named next wrote to or exchanged mail with (に or と, then mail or
 * contact words, then the next group, with no comma between)?  Those
 * people's data is what the mailbox held; the group whose mailbox it was is
 * no data subject (GUIDE's last section: the holder of a hijacked account
 * is no victim group).  `お客様とのメールの内容` names the customers
 * themselves; `お客様と従業員の氏名` is a list.
 */
static bool names_the_correspondent(const extract_ctx *ctx, const sentence *s, size_t h)
{
    static const char *const to[] = {"に", "と", "様に", "様と", "さまに", "さまと"};
    static const char *const mail[] = {"メール", "やり取り", "やりとり", "連絡", "送受信"};
    static const char *const breaks[] = {"、", "。"};
    const hit *x = &ctx->hits[h];
    if (kj_text_after_is(ctx, x, "との") || !kj_text_after_any(ctx, x, to, sizeof to / sizeof *to))
        return false;
    for (size_t k = h + 1; k < s->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->block != x->block || y->pos > x->pos + x->len + CORRESPONDENT_REACH)
            return false;
        if (y->kind != HIT_TERM || !hit_entry(ctx, y)->victims)
            continue;
        hit through = *y; /* the words up to the next group's end */
        through.pos = x->pos + x->len;
        through.len = y->pos + y->len - through.pos;
        if (kj_text_between_has(ctx, x, y, breaks, sizeof breaks / sizeof *breaks))
            return false;
        for (size_t m = 0; m < sizeof mail / sizeof *mail; m++)
            if (kj_hit_text_has(ctx, &through, mail[m]))
                return true;
        return false;
    }
    return false;
}

/* `関係事業者と連携し、調査を継続中`, `取引先の協力を得て`: the group works
 * with the organisation on the incident; it is no one whose data is
 * concerned. */
static bool works_with_it(const extract_ctx *ctx, const hit *x)
{
    static const char *const with[] = {"と連携",   "と協力",   "の協力",   "と共に",
                                       "とともに", "様と連携", "様と協力", "様の協力"};
    return kj_text_after_any(ctx, x, with, sizeof with / sizeof *with);
}

/* Words of telling someone of the incident (`ご連絡`, `お知らせいたします`). */
static const char *const telling_words[] = {"連絡", "知らせ", "案内", "通知", "報告"};

/*
 * `お客さまおよびお取引先関係者のみなさまへ、…初報をお知らせいたします`,
 * `お客様、関係各所へ連絡`: is the group at hit `h` (or the list it stands
 * in) whom a notice is addressed to — a recipient particle after it (past
 * `様`, `の皆様`), a word of telling later in its sentence?  Those told are
 * not thereby those whose data is concerned (GUIDE, victims as the reference
 * reads them: contact and notice lines add nothing); the caller keeps a
 * group the line singles out (`対象となるお客様には個別にご連絡`).
 */
static bool addressed_by_notice(const extract_ctx *ctx, const sentence *s, const clause *c,
                                size_t h)
{
    static const char *const to[] = {"へ",         "に対し",   "には",    "に、",
                                     "にお知らせ", "にお伝え", "にお詫び"};
    /* longest first; `関係者の皆様` is read as no word (the lexicon's
     * ignore list), so it stands here after `お取引先` */
    static const char *const honours[] = {"関係者の皆様", "関係者の皆さま", "関係者のみなさま",
                                          "関係者様",     "様の皆様",       "の皆様",
                                          "の皆さま",     "のみなさま",     "様方",
                                          "各位",         "さま",           "様"};
    size_t last = last_group_of_list(ctx, s, h);
    hit v = ctx->hits[last];
    for (size_t k = 0; k < sizeof honours / sizeof *honours; k++)
        if (kj_text_after_is(ctx, &v, honours[k])) {
            v.len += (uint32_t)strlen(honours[k]);
            break;
        }
    if (!kj_text_after_any(ctx, &v, to, sizeof to / sizeof *to))
        return false;
    for (size_t k = last + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, EV_NOTIFY))
            return true;
    }
    return kj_sentence_rest_has(ctx, s, &v, telling_words,
                                sizeof telling_words / sizeof *telling_words);
}

/* `今後、漏洩が確認されたお客様・お取引先様等には、速やかにお知らせ`: is
 * the list of groups at hit `h` qualified by a leak found (確認された,
 * 判明した) in a sentence that opens on the future (今後)?  Those are the
 * ones a later finding will name: a condition. */
static bool found_later(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    static const char future[] = "今後";
    static const char *const found[] = {"確認された", "判明した"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, s->block, &len);
    if (s->start + strlen(future) > len || memcmp(text + s->start, future, strlen(future)) != 0)
        return false;
    size_t first = first_group_of_list(ctx, s, c, h);
    if (first == c->hit_start)
        return false;
    const hit *x = &ctx->hits[first - 1], *v = &ctx->hits[first];
    return x->block == v->block && x->pos + x->len + 12 >= v->pos &&
           (kj_text_before_any(ctx, v, found, sizeof found / sizeof *found) ||
            (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, LEAK) && qualifies(ctx, x, v)));
}

/* `必要に応じて、対象となるお取引先様へ個別にご連絡します`: does `必要に応じ`
 * (as needed: a condition the lexicon's words do not spell) stand in
 * sentence `s` before hit `v`? */
static bool as_needed_before(const extract_ctx *ctx, const sentence *s, const hit *v)
{
    static const char as_needed[] = "必要に応じ";
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, v->block, &len);
    uint32_t from = v->block == s->block ? s->start : 0;
    for (uint32_t at = from; at + strlen(as_needed) <= v->pos && v->pos <= len; at++)
        if (memcmp(text + at, as_needed, strlen(as_needed)) == 0)
            return true;
    return false;
}

/*
 * `万が一、流出が判明した場合には、該当のお客様にご連絡いたします`,
 * `判明次第お客様への対応をご案内`: is the group at hit `h` whom a notice is
 * promised on a condition — a condition word before it in its clause, a
 * word of telling after it?  Whether their data is concerned is still open:
 * such a line names no group (GUIDE, victims as the reference reads them:
 * conditional contact lines add nothing), however it is qualified (該当の)
 * when the condition is an if (場合).  `調査結果が判明次第、対象となるお取引先様
 * へご報告`: a notice promised for when the results are in (次第) still
 * names those it calls 対象 (not `流出が確認されたお客様`, which is the if
 * again).  `必要に応じて` (as needed) and a leak found later (found_later)
 * are conditions too.
 */
static bool told_on_condition(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    const hit *v = &ctx->hits[h];
    const hit *condition = NULL;
    for (size_t k = c->hit_start; k < h && !condition; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_TERM && x->block == v->block &&
            HAS(hit_entry(ctx, x)->cues, CONDITIONAL))
            condition = x;
    }
    if (condition && kj_hit_text_has(ctx, condition, "次第") && list_called_target(ctx, s, c, h))
        return false;
    if (!condition && !as_needed_before(ctx, s, v) && !found_later(ctx, s, c, h))
        return false;
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, EV_NOTIFY))
            return true;
    }
    return kj_sentence_rest_has(ctx, s, v, telling_words,
                                sizeof telling_words / sizeof *telling_words);
}

/*
 * A release that names the affected data but no group in its body
 * (`氏名、住所…を含むデータベースへのアクセスが可能な状態でした`) may name
 * the group in its title (`ご利用者様情報保護に関するご報告`): the group the
 * title ties to information is whose data it is.
 */
static void victims_from_title(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    if (rel->victim_categories || !rel->data_types)
        return;
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (s->kind != SENT_TITLE)
            continue;
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *x = &ctx->hits[h];
            if (x->kind != HIT_TERM || x->quoted || !hit_entry(ctx, x)->victims)
                continue;
            const hit *n = h + 1 < s->hit_end ? &ctx->hits[h + 1] : NULL;
            if (!n || n->kind != HIT_TERM || n->block != x->block || n->pos > x->pos + x->len + 3 ||
                !HAS(hit_entry(ctx, n)->cues, INFO))
                continue;
            kj_set groups = hit_entry(ctx, x)->victims;
            rel->victim_categories |= groups;
            for (int v = 0; v < KJ_VICTIM__COUNT; v++)
                if (KJ_SET_HAS(groups, v))
                    kj_add_evidence(ctx, KJ_FIELD_VICTIM_CATEGORIES,
                                    kj_vocab_name(KJ_VOCAB_VICTIM, v), s);
        }
    }
}

/*
 * Does clause `c` leave a leak possible (`…情報漏えいの可能性が否定できない
 * お客さま`, `流出した可能性は否定できません`): a leak word, then a word of
 * possibility, no group named before them and no denial of it after?  After
 * `…は確認されていませんが` such a clause keeps the groups before it at risk.
 */
static bool leak_left_possible(const extract_ctx *ctx, const clause *c)
{
    for (size_t k = c->hit_start + 1; k < c->hit_end; k++) {
        const hit *p = &ctx->hits[k], *l = &ctx->hits[k - 1];
        if (p->kind != HIT_TERM || !HAS(hit_entry(ctx, p)->cues, POSSIBLE) || l->kind != HIT_TERM ||
            l->block != p->block || l->pos + l->len + 12 < p->pos ||
            !(hit_entry(ctx, l)->cues & (CUE(LEAK) | CUE(LEAK_NOUN))))
            continue;
        /* `一部従業者の情報が閲覧された可能性`: another group's possibility */
        for (size_t g = c->hit_start; g < k; g++)
            if (ctx->hits[g].kind == HIT_TERM && hit_entry(ctx, &ctx->hits[g])->victims)
                return false;
        return !HAS(kj_cues_after(ctx, c, k), NEGATION) ||
               kj_text_after_is(ctx, p, "が否定できない") ||
               kj_text_after_is(ctx, p, "を否定できない") ||
               kj_text_after_is(ctx, p, "は否定できない");
    }
    return false;
}

/* Does clause `c` name a group of people (outside quotations)? */
static bool names_a_group(const extract_ctx *ctx, const clause *c)
{
    for (size_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_TERM && !x->quoted && hit_entry(ctx, x)->victims)
            return true;
    }
    return false;
}

/*
 * Does a clause after `c` in sentence `s` leave the leak possible
 * (`…の情報の流出は確認されておりませんが、流出した可能性は否定できません`)?
 * A denial followed by a possibility leaves the group at risk; one followed
 * by an open question (`実際の情報流出の有無…の特定には分析が必要`) does
 * not: the denial is all the line says of their data (GUIDE, victims as the
 * reference reads them).  A possibility that names a group of its own
 * (`…可能性が否定できないお客さまにはご連絡`) is that group's.
 */
static bool left_possible_after(const extract_ctx *ctx, const sentence *s, const clause *c)
{
    for (const clause *n = c + 1; n < ctx->clauses + s->clause_end; n++)
        if (leak_left_possible(ctx, n) && !names_a_group(ctx, n))
            return true;
    return false;
}

/* Are those concerned at hit `h` (`関係者`) only the ones told of it
 * (`対象となる関係者様への個別連絡`): a clause with no word of data or of a
 * leak of its own beside the target word? */
static bool only_told(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    if (hit_entry(ctx, &ctx->hits[h])->victims != 1u << KJ_VICTIM_OTHER ||
        s->kind == SENT_HEADING || (c->cues & (CUE(INFO) | CUE(LEAK) | CUE(LEAK_NOUN))))
        return false;
    for (uint32_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_NUMBER || kinds_at(ctx, s, k))
            return false;
    }
    return HAS(c->cues, EV_NOTIFY);
}

/* `取引先企業における…`, `お客様側において`: the group names where, not
 * whose. */
static bool names_where(const extract_ctx *ctx, const hit *x)
{
    static const char *const where[] = {"における",     "において",   "企業における",
                                        "企業において", "様における", "様において"};
    /* `一部のお取引様においては、個人情報に関する資産に…不正アクセスの証跡`,
     * `…の利用者においても、9名が…影響を受けた可能性`: においては and
     * においても make the group the topic, whose assets or members follow */
    static const char *const topic[] = {"においては", "企業においては", "様においては",
                                        "においても", "企業においても", "様においても"};
    if (kj_text_after_any(ctx, x, topic, sizeof topic / sizeof *topic))
        return false;
    for (size_t k = 0; k < sizeof where / sizeof where[0]; k++)
        if (kj_text_after_is(ctx, x, where[k]))
            return true;
    return false;
}

/*
 * `協業先企業から受託した業務に関わる個人情報`, `協業先企業からお預かりした
 * お客様の情報`: a partner named as whom the work or the data came from,
 * when the text goes on to the work (業務, 調査, within four characters:
 * `入力業務`; byte steps of three, the width of a Japanese character,
 * since a step that lands inside one matches nothing) or to the group the data
 * is about, is the organisation's client — the data is that group's (or the
 * work's), not the partner's own.  `お取引先様から受託・保管していた情報`
 * names no one else: the partner's information.
 */
static bool partner_as_the_source(const extract_ctx *ctx, const sentence *s, size_t h)
{
    static const char *const fillers[] = {"", "企業", "様", "企業様", "各社"};
    static const char *const froms[] = {"から", "より"};
    static const char *const verbs[] = {"受託した",     "受託している",     "委託を受けた",
                                        "お預かりした", "お預かりしている", "預かった"};
    static const char *const works[] = {"業務", "調査"};
    const hit *x = &ctx->hits[h];
    if (hit_entry(ctx, x)->victims != 1u << KJ_VICTIM_BUSINESS_PARTNERS)
        return false;
    char phrase[64];
    for (size_t f = 0; f < sizeof fillers / sizeof fillers[0]; f++)
        for (size_t m = 0; m < sizeof froms / sizeof froms[0]; m++)
            for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++) {
                snprintf(phrase, sizeof phrase, "%s%s%s", fillers[f], froms[m], verbs[v]);
                if (!kj_text_after_is(ctx, x, phrase))
                    continue;
                hit rest = *x; /* the text after the phrase */
                rest.len += (uint32_t)strlen(phrase);
                /* the work, named in up to four characters (`入力業務`) */
                hit word = rest;
                for (int chars = 0; chars <= 4; chars++, word.len += 3)
                    if (kj_text_after_any(ctx, &word, works, sizeof works / sizeof works[0]))
                        return true;
                /* the group right after (words inside the phrase skipped) */
                uint32_t at = rest.pos + rest.len;
                for (size_t k = h + 1; k < s->hit_end; k++) {
                    const hit *n = &ctx->hits[k];
                    if (n->block != x->block || n->pos > at)
                        break;
                    if (n->pos == at && n->kind == HIT_TERM && hit_entry(ctx, n)->victims)
                        return true;
                }
                return false;
            }
    return false;
}

/*
 * Which sections name data kinds, in a sentence of their own or of a section
 * below: a heading over them speaks of data (`漏えいした情報` over a list).
 * A list-only word alone (`連絡先` of a contact desk) does not count.  The
 * caller frees the array.
 */
static bool *sections_naming_kinds(const extract_ctx *ctx)
{
    const kj_document *doc = &ctx->rel->doc;
    bool *named = kj_xcalloc(doc->n_sections ? doc->n_sections : 1, sizeof *named);
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (s->section < 0 || named[s->section] || !sentence_kinds(ctx, s))
            continue;
        for (int32_t sec = s->section; sec >= 0 && !named[sec]; sec = doc->sections[sec].parent)
            named[sec] = true;
    }
    return named;
}

/* `関係先への影響の有無について…調査`: whether the group was affected is
 * the question, not a finding. */
static bool effect_asked(const extract_ctx *ctx, const hit *x)
{
    static const char *const asked[] = {"への影響の有無", "への影響有無", "に対する影響の有無"};
    return kj_text_after_any(ctx, x, asked, sizeof asked / sizeof asked[0]);
}

/* Does one of the release's organisation names hold one of the `n` words? */
static bool org_named_as(const extract_ctx *ctx, const char *const *kinds, size_t n_kinds)
{
    for (size_t i = 0; i < ctx->n_orgs; i++)
        for (size_t k = 0; k < n_kinds; k++) {
            size_t n = strlen(kinds[k]);
            for (size_t at = 0; at + n <= ctx->org_lens[i]; at++)
                if (memcmp(ctx->orgs[i] + at, kinds[k], n) == 0)
                    return true;
        }
    return false;
}

/* Is the organisation a clinic or hospital (`医療法人…クリニック`)?  Its
 * お客さま or 利用者 are the people it cares for: patients. */
static bool medical_org(const extract_ctx *ctx)
{
    static const char *const kinds[] = {"病院", "クリニック", "医院", "診療所", "医療法人"};
    return org_named_as(ctx, kinds, sizeof kinds / sizeof kinds[0]);
}

/* Is the organisation a school (`学校法人…`, `…大学`, `…高等学校`)? */
static bool school_org(const extract_ctx *ctx)
{
    static const char *const kinds[] = {"学校", "大学", "学園", "学院", "高校"};
    return org_named_as(ctx, kinds, sizeof kinds / sizeof kinds[0]);
}

/* `内容:学籍番号、氏名、生年月日、成績` in a university's notice that names
 * no group: student records at a school are its students' — the group the
 * data itself names.  Only when no group is named at all. */
static void students_of_student_records(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    if (rel->victim_categories || !KJ_SET_HAS(rel->data_types, KJ_DATA_STUDENT_RECORD) ||
        !school_org(ctx))
        return;
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (KJ_SET_HAS(s->data, KJ_DATA_STUDENT_RECORD) && !kj_sentence_is_aside(s) &&
            !kj_sentence_is_measures(s)) {
            KJ_SET_ADD(rel->victim_categories, KJ_VICTIM_STUDENTS);
            kj_add_evidence(ctx, KJ_FIELD_VICTIM_CATEGORIES,
                            kj_vocab_name(KJ_VOCAB_VICTIM, KJ_VICTIM_STUDENTS), s);
            return;
        }
    }
}

/*
 * `漏洩の可能性のあるお客さまには個別にご連絡いたします`: a group the words
 * right before it call possibly leaked (or found leaked) is named as at
 * risk, even in a section of measures.
 */
static bool called_possibly_leaked(const extract_ctx *ctx, const hit *x)
{
    static const char *const leaked[] = {
        "漏洩の可能性のある", "漏えいの可能性のある", "流出の可能性のある", "漏洩の可能性がある",
        "漏えいの可能性がある", "流出の可能性がある", "漏洩のおそれのある", "漏えいのおそれのある",
        "流出のおそれのある",
        /* `流出が確認されたお取引先様には、個別にご報告`: those found leaked */
        "流出が確認された", "漏洩が確認された", "漏えいが確認された"};
    return kj_text_before_any(ctx, x, leaked, sizeof leaked / sizeof *leaked);
}

/* Is the group at hit `h` of a measures sentence `s` named as at risk: called
 * possibly leaked, or the list it stands in called 対象 / 影響を受けた
 * (`本事象の影響を受けたお客様およびお取引先様には個別にご連絡`)? */
static bool named_in_measures(const extract_ctx *ctx, const sentence *s, size_t h)
{
    return called_possibly_leaked(ctx, &ctx->hits[h]) ||
           list_called_target(ctx, s, kj_clause_of(ctx, s, h), h);
}

/* Does a measures sentence `s` name a group as at risk (named_in_measures)? */
static bool measures_name_leaked_group(const extract_ctx *ctx, const sentence *s)
{
    for (uint32_t h = s->hit_start; h < s->hit_end; h++)
        if (ctx->hits[h].kind == HIT_TERM && hit_entry(ctx, &ctx->hits[h])->victims &&
            named_in_measures(ctx, s, h))
            return true;
    return false;
}

/* Is `s` an item of a list of what was stopped or is out of service
 * (`利用停止中のサービス・機能` > `マイページの注文履歴の閲覧`)?  Such an item
 * names a feature, not data at risk. */
static bool feature_stopped(const sentence *s)
{
    return s->fragment && (s->context & (CUE(OUTAGE) | CUE(EV_CONTAIN)));
}

/* Does group hit `x` name users (`利用者`, `ユーザー`, `ユーザ`), not
 * customers by name (`お客様`, `顧客`, `会員`)? */
static bool names_users(const extract_ctx *ctx, const hit *x)
{
    return kj_hit_text_has(ctx, x, "利用者") || kj_hit_text_has(ctx, x, "ユーザ");
}

/* Is the organisation a school by its name (`学校法人…`, `…大学`, `…学園`),
 * not a body merely named for schools (`日本私立学校振興・共済事業団`)? */
static bool a_school(const extract_ctx *ctx)
{
    static const char *const kinds[] = {"学校法人", "大学",     "学園",   "学院",
                                        "高校",     "高等学校", "中学校", "小学校"};
    return org_named_as(ctx, kinds, sizeof kinds / sizeof kinds[0]);
}

/*
 * Does the group at hit `h` own the information its clause calls possibly
 * leaked (`お客様の情報の一部については、情報漏えいの可能性を否定すること
 * ができないことから、個別にお詫びとご案内を`), or, as the topic (におかれま
 * しては), hear of its data leaked before the apology?  The apology that
 * follows in the same clause is made to a group already named at risk.
 */
static bool own_data_at_risk(const extract_ctx *ctx, const sentence *s, const clause *c, size_t h)
{
    if (h + 1 >= s->hit_end || !(c->cues & (CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE))))
        return false;
    const hit *x = &ctx->hits[h], *n = &ctx->hits[h + 1];
    if (n->kind == HIT_TERM && !n->quoted && n->block == x->block &&
        HAS(hit_entry(ctx, n)->cues, INFO) && group_info(ctx, x, n))
        return true;
    /* `メールのやり取りをされた方におかれましては、メールの内容を閲覧された
     * 可能性を否定できないことから、…個別に謝罪連絡`: the group as the topic,
     * what befell its data stated before the apology */
    if (!kj_text_after_is(ctx, x, "におかれましては"))
        return false;
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind != HIT_TERM)
            continue;
        cue_set cues = hit_entry(ctx, y)->cues;
        if (cues & (CUE(APOLOGY) | CUE(PREVENT)))
            return false;
        if (HAS(cues, LEAK))
            return true;
    }
    return false;
}

/*
 * Is the first word of a leak after the group at hit `h` in clause `c` a
 * question (`顧客データ等が外部に流出した可能性の有無を含め、…確認を継続`):
 * whether their data leaked is asked, not found?  A possibility stated
 * before the question (`学生情報を取り扱っていることから、…流出の可能性に
 * ついて否定できない状況にあり、…漏えいの有無について調査`) still names them.
 */
static bool own_leak_asked(const extract_ctx *ctx, const clause *c, size_t h)
{
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM ||
            !(hit_entry(ctx, x)->cues & (CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE))))
            continue;
        clause asked = *c;
        asked.hit_end = (uint32_t)(k + 3 < c->hit_end ? k + 3 : c->hit_end);
        return leak_asked_from(ctx, &asked, k + 1);
    }
    return false;
}

/*
 * `当社のお客様の情報が含まれていたかは判明しておりません`: is whether the
 * data of the group at hit `h` was among what was reached left open?  The
 * first word after the group that says its data was included or leaked
 * decides: an inclusion word followed by a whether-ending asks, it does not
 * tell (a provider's breach, this organisation's share still unknown).
 */
static bool own_inclusion_asked(const extract_ctx *ctx, const clause *c, size_t h)
{
    static const char *const asked[] = {"かは",       "か否か",   "いるかは",
                                        "いるか否か", "いたかは", "いたか否か"};
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM ||
            !(hit_entry(ctx, x)->cues & (CUE(TARGET) | CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE))))
            continue;
        return HAS(hit_entry(ctx, x)->cues, TARGET) &&
               kj_text_after_any(ctx, x, asked, sizeof asked / sizeof *asked);
    }
    return false;
}

/* `ユーザー(学生、教員、職員、その他)`: does an item `その他` (others) or
 * `関係者の皆様` close the list of groups right after the group at hit `x`?
 * Those others are people of no group the vocabulary names (`other`, the
 * reference's reading). */
static bool others_close_the_list(const extract_ctx *ctx, const hit *x)
{
    static const char *const closes[] = {
        "、その他)",        "、その他の方", "・その他)",      "・その他の方", "およびその他)",
        "およびその他の方", "及びその他)",  "及びその他の方", "様、その他)",  "様、その他の方"};
    return kj_text_after_any(ctx, x, closes, sizeof closes / sizeof *closes);
}

/*
 * `患者様及びそのご家族、関係者の皆様の氏名`, `お客様や関係者の皆様に関連
 * する情報`, `お取引先様および一部の関係者様に関する個人情報`: do those
 * concerned close the list of whose data it is that the group at hit `x`
 * stands in, the possessive right after them?  Returns where the word for
 * those concerned starts, 0 when they do not.  (`関係者の皆様` alone is read
 * as no word, an apology's or a greeting's address; `関係者様` is the same
 * people, named more briefly.)
 */
static uint32_t concerned_closing_at(const extract_ctx *ctx, const hit *x)
{
    static const char *const joins[] = {"、", "・", "や", "及び", "および", "ならびに", "並びに"};
    static const char *const concerned[] = {"関係者の皆様", "関係者の皆さま", "関係者の方々",
                                            "関係者様", "関係者さま"};
    static const char *const of[] = {"の", "に関する", "に関連する", "に係る"};
    static const char part[] = "一部の";
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = x->pos + x->len;
    at += (uint32_t)starts_any(text, len, at, person_suffixes, N_PERSON_SUFFIXES);
    size_t n = starts_any(text, len, at, joins, sizeof joins / sizeof *joins);
    if (!n)
        return 0;
    at += (uint32_t)n;
    /* `…および一部の関係者様`: some of them, the same people */
    if (starts(text, len, at, part))
        at += (uint32_t)strlen(part);
    n = starts_any(text, len, at, concerned, sizeof concerned / sizeof *concerned);
    return n && starts_any(text, len, at + (uint32_t)n, of, sizeof of / sizeof *of) ? at : 0;
}

static bool concerned_close_the_list(const extract_ctx *ctx, const hit *x)
{
    return concerned_closing_at(ctx, x) != 0;
}

/*
 * Is hit `h` (`関係者様`, a word of its own for `other`) the word for those
 * concerned that closes a list of whose data it is (concerned_closing_at of
 * the group named last before it)?  Then it is read with the list, as
 * `関係者の皆様` is: `other` only when the release names no one else
 * (victims).
 */
static bool concerned_word_closing_a_list(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const hit *v = &ctx->hits[h];
    if (hit_entry(ctx, v)->victims != 1u << KJ_VICTIM_OTHER)
        return false;
    for (size_t k = h; k-- > s->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->block != v->block)
            return false;
        if (x->kind == HIT_TERM && hit_entry(ctx, x)->victims)
            return concerned_closing_at(ctx, x) == v->pos;
    }
    return false;
}

/*
 * `これにより、関係者の皆様の情報が漏洩した可能性があります`, `関係者の
 * 皆様とのメール情報の一部が、第三者へ閲覧されたおそれ`: does sentence `s`
 * name those concerned as the owners of data at risk — `関係者の皆様` with a
 * possessive (の, との, に関する) right before an information or data word,
 * no comma between, in a clause of a leak or its possibility that does not
 * deny it?  `関係者の皆様` alone is read as no word (the lexicon's ignore
 * list: an apology's or a greeting's address); tied to data in its own
 * clause it names whose data it is.  `関係者の皆さまの情報が外部に流出した
 * との確認は取れておりません` denies it and names no one.
 */
static bool concerned_own_data(const extract_ctx *ctx, const sentence *s)
{
    static const char *const concerned[] = {"関係者の皆様", "関係者の皆さま", "関係者のみなさま",
                                            "関係者の方々"};
    static const char *const of[] = {"との", "の", "に関する", "に係る", "に関わる"};
    const cue_set at_risk = CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE);
    if (!(s->cues & at_risk))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, s->block, &len);
    uint32_t end = s->end < len ? s->end : len;
    for (uint32_t at = s->start; at < end; at = next_char(text, end, at)) {
        size_t n = starts_any(text, end, at, concerned, sizeof concerned / sizeof *concerned);
        size_t p = n ? starts_any(text, end, at + (uint32_t)n, of, sizeof of / sizeof *of) : 0;
        if (!p)
            continue;
        uint32_t owner_end = at + (uint32_t)(n + p);
        /* the first term after the possessive must be the data it owns */
        for (uint32_t k = s->hit_start; k < s->hit_end; k++) {
            const hit *x = &ctx->hits[k];
            if (x->block != s->block || x->pos < owner_end)
                continue;
            const lex_entry *e = hit_entry(ctx, x);
            if (x->kind != HIT_TERM || x->pos > owner_end + OWNER_REACH ||
                !(e->data || HAS(e->cues, INFO)) || !no_break_in(text, owner_end, x->pos))
                break;
            const clause *c = kj_clause_of(ctx, s, k);
            if ((c->cues & at_risk) && !kj_negated_after(ctx, c, k))
                return true;
            break;
        }
    }
    return false;
}

/*
 * `当社、関連会社、販売代理店および取引先の個人情報`: does the group at hit
 * `h` close a list of parties whose first item is the organisation itself
 * (当社 and a list joiner right after it, then only nouns and joiners up to
 * the group)?  The organisation's own people in it are its staff (the
 * reference's reading).  `当社従業員の個人情報` names its staff itself.
 */
static bool listed_after_the_organisation(const extract_ctx *ctx, const sentence *s, size_t h)
{
    static const char *const joiners[] = {"、", "および", "及び", "・", "ならびに"};
    const hit *v = &ctx->hits[h];
    for (size_t k = h; k-- > s->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->block != v->block || x->pos + x->len + 60 < v->pos)
            return false;
        if (x->kind == HIT_TERM && (hit_entry(ctx, x)->data || hit_entry(ctx, x)->attacks))
            return false;
        if (!kj_names_the_organisation(ctx, x))
            continue;
        if (!kj_text_after_any(ctx, x, joiners, sizeof joiners / sizeof *joiners))
            return false;
        /* between: nouns and list joiners only, no particle */
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, v->block, &len);
        for (uint32_t at = x->pos + x->len; at < v->pos && at < len;) {
            uint32_t next = 0;
            for (size_t j = 0; j < sizeof joiners / sizeof *joiners && !next; j++)
                if (starts(text, len, at, joiners[j]))
                    next = at + (uint32_t)strlen(joiners[j]);
            if (!next) {
                if (is_hiragana(char_at(text, len, at)))
                    return false; /* a particle */
                next = next_char(text, len, at);
            }
            at = next;
        }
        return true;
    }
    return false;
}

/*
 * `当社グループ社員の個人アカウントにおいてパスワードが外部に漏洩`,
 * `当該教職員が…アカウント情報を窃取されました`: in a release that tells an
 * account taken over, is the group at hit `h` the staff whose login, and
 * nothing else the sentence names, was taken?  Their login was the way in,
 * no data of theirs (GUIDE: the holder of a hijacked staff account is no
 * victim group).
 */
static bool staff_login_was_the_way_in(const extract_ctx *ctx, const sentence *s, size_t h)
{
    if (hit_entry(ctx, &ctx->hits[h])->victims != 1u << KJ_VICTIM_EMPLOYEES ||
        !KJ_SET_HAS(ctx->rel->attack_types, KJ_ATTACK_ACCOUNT_TAKEOVER))
        return false;
    /* `職員1名のMicrosoft365の認証情報が不正に窃取され`: the login told as
     * the takeover itself (the lexicon reads `認証情報が不正に` as the
     * attack), with no data and no information of theirs named */
    return s->data == 1u << KJ_DATA_CREDENTIALS ||
           (!s->data && KJ_SET_HAS(s->attacks, KJ_ATTACK_ACCOUNT_TAKEOVER) && !HAS(s->cues, INFO));
}

/*
 * `弊社がお預かりしているお客さまデータ(以下、「本件データ」)を保管する社内
 * ネットワークが…不正アクセスを受け`, `顧客情報を管理するシステムの一部において
 * 不正なアクセスの痕跡`: is the group at hit `h` whose information (an
 * information word right after it, or after の) is held on the system the
 * sentence says was attacked?  Data held on the breached system is data at
 * risk (GUIDE, victims as the reference reads them).
 */
static bool held_on_attacked_system(const extract_ctx *ctx, const sentence *s, size_t h)
{
    static const char *const held[] = {"を管理する",       "を管理している",  "を保管する",
                                       "を保管している",   "を保存する",      "を保存している",
                                       "を格納する",       "を格納している",  "が保存されている",
                                       "が保管されている", "が格納されている"};
    const hit *x = &ctx->hits[h];
    if (!s->attacks || h + 1 >= s->hit_end || x->quoted)
        return false;
    const hit *n = &ctx->hits[h + 1];
    if (n->kind != HIT_TERM || n->block != x->block || !HAS(hit_entry(ctx, n)->cues, INFO) ||
        !(n->pos == x->pos + x->len || group_info(ctx, x, n)))
        return false;
    hit rest = *n; /* past an aside: `(以下、「本件データ」)` */
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, n->block, &len);
    uint32_t at = n->pos + n->len;
    if (at < len && text[at] == '(') {
        while (at < len && text[at] != ')')
            at++;
        rest.len = at + 1 - rest.pos;
    }
    return kj_text_after_any(ctx, &rest, held, sizeof held / sizeof *held);
}

/*
 * `12月24日:攻撃者のリークサイトにおいて…お取引先様の情報が公開されたことを
 * 確認。`: is sentence `s` an entry of a dated account of what happened (a
 * date opens it, then a colon)?  Such an entry tells a past event, even
 * under a heading of what comes next (`今後の見通し`).
 */
static bool dated_entry(const extract_ctx *ctx, const sentence *s)
{
    if (s->hit_start == s->hit_end)
        return false;
    const hit *d = &ctx->hits[s->hit_start];
    return d->kind == HIT_DATE && d->block == s->block && d->pos == s->start &&
           kj_text_after_is(ctx, d, ":");
}

/* Does sentence `s` ask or warn outside parentheses?  `(■は@と読み替えて
 * ください)` asks only how to read an address written in it. */
static bool asks_outside_asides(const extract_ctx *ctx, const sentence *s)
{
    int depth = 0;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->kind == HIT_OPEN)
            depth++;
        else if (x->kind == HIT_CLOSE)
            depth = depth > 0 ? depth - 1 : 0;
        else if (x->kind == HIT_TERM && depth == 0 &&
                 (hit_entry(ctx, x)->cues & (CUE(REQUEST) | CUE(WARNING))))
            return true;
    }
    return false;
}

/* The longest topic (`同社は`, `損保ジャパンは`) read at the opening of a
 * sentence reporting another party's announcement: 12 characters. */
#define ANNOUNCER_REACH 36

/*
 * `同社は1,750万件の顧客情報漏えいの可能性があると昨日発表しています`,
 * `損保ジャパンは、…同社のお客さまに関する情報に…と発表しました`: does
 * sentence `s` retell another party's own announcement — a topic of its
 * own opening it (Xは, with no word naming the organisation), an announcing
 * verb (発表, 公表) closing it, and nothing in it naming the organisation?
 * The groups of that announcement are the other party's: a provider's
 * breach whose notice does not say whose data of this organisation is at
 * risk lists no group (GUIDE, victims as the reference reads them).
 * `TGESが「…かずさ水道…のお客様情報…」` names the organisation and keeps
 * its group.  What the other party says it will do, retold (`損保ジャパンは
 * 今後、該当のお客さまには順次ご連絡させていただくとしております`, `…との
 * ことです`), is its announcement too: its own customers, told by it.
 */
static bool retells_anothers_announcement(const extract_ctx *ctx, const sentence *s)
{
    static const char *const leads[] = {"・", "-", " ", "○", "〇"};
    static const char *const stops[] = {"、", "の", "。", "「", "(", ":"};
    static const char *const announced[] = {
        "発表しました",       "発表しています",     "発表しております", "発表いたしました",
        "公表しました",       "公表しています",     "公表しております", "公表いたしました",
        "発表されました",     "公表されました",     "発表されています", "公表されています",
        "ホームページに公表", "ホームページで公表", "としております",   "としています",
        "とのことです",       "とのことでした"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, s->block, &len);
    uint32_t at = s->start, end = s->end < len ? s->end : len;
    for (size_t n; (n = starts_any(text, end, at, leads, sizeof leads / sizeof *leads));)
        at += (uint32_t)n;
    /* the topic: a short name with no particle or mark before its は */
    uint32_t topic = at;
    while (at < end && at < topic + ANNOUNCER_REACH && !starts(text, end, at, "は") &&
           !starts_any(text, end, at, stops, sizeof stops / sizeof *stops))
        at = next_char(text, end, at);
    if (at == topic || !starts(text, end, at, "は"))
        return false;
    while (end > at && (text[end - 1] == ' ' || text[end - 1] == '\n'))
        end--;
    if (ends_with(text, end, "。"))
        end -= (uint32_t)strlen("。");
    bool closes = false;
    for (size_t k = 0; k < sizeof announced / sizeof *announced && !closes; k++)
        closes = ends_with(text, end, announced[k]);
    if (!closes)
        return false;
    for (uint32_t h = s->hit_start; h < s->hit_end; h++)
        if (kj_names_the_organisation(ctx, &ctx->hits[h]) ||
            (ctx->hits[h].pos < at && ctx->hits[h].block == s->block &&
             ctx->hits[h].kind == HIT_TERM && hit_entry(ctx, &ctx->hits[h])->victims))
            return false;
    return true;
}

/*
 * `差出人メールアドレス:本学と無関係なメールアドレスおよび教員メールアドレス`:
 * does sentence `s` open with the sender field of mail (差出人, 送信元)?  A
 * group's address there is the name the spam went out under, the holder of a
 * misused account or address, not data taken from them (GUIDE's last
 * section: the holder of a hijacked account is no victim group).
 */
static bool names_the_sender(extract_ctx *ctx, const sentence *s)
{
    static const char *const sender[] = {"差出人", "送信元", "送信者"};
    const char *text = kj_sentence_text(ctx, s);
    for (size_t k = 0; k < sizeof sender / sizeof *sender; k++)
        if (strncmp(text, sender[k], strlen(sender[k])) == 0)
            return true;
    return false;
}

/*
 * `【対象となるお客様へのご連絡】`: is sentence `s` the heading of a section
 * on contacting or answering people (…へのご連絡, …への対応), saying nothing
 * of a leak itself?  The heading's group is a generic title; the section's
 * own sentences say whom the organisation contacts (対象となるお取引先様には
 * 個別にご連絡) and are read on their own (GUIDE's last section: contact
 * lines add no group).
 */
static bool contact_heading(extract_ctx *ctx, const sentence *s)
{
    static const char *const contact[] = {"へのご連絡", "へのご案内", "への対応", "へのお知らせ",
                                          "へのご報告"};
    if (s->kind != SENT_HEADING || (s->cues & (CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE))))
        return false;
    const char *text = kj_sentence_text(ctx, s);
    for (size_t k = 0; k < sizeof contact / sizeof *contact; k++)
        if (strstr(text, contact[k]))
            return true;
    return false;
}

/*
 * `対象となるお客様にはFAXにて本内容と同様のご案内を差し上げております`:
 * does the group at hit `h` receive a copy of this notice, in a clause that
 * says nothing of a leak?  Whom a notice is sent to is addressed, not
 * affected (GUIDE's last section: contact and notice lines add no group),
 * even when called 対象 — the addressees of the notice.  `漏えいの可能性の
 * ある宣言者の方には、当ページと同様の文書を郵送` keeps its group.
 */
static bool sent_a_copy_of_the_notice(const extract_ctx *ctx, const sentence *s, const clause *c,
                                      size_t h)
{
    static const char *const copy[] = {"同様のご案内",   "同様のお知らせ",   "同様の文書",
                                       "同内容のご案内", "同内容のお知らせ", "同内容の文書"};
    return !(c->cues & (CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE))) &&
           kj_sentence_rest_has(ctx, s, &ctx->hits[h], copy, sizeof copy / sizeof *copy);
}

/*
 * `市民の負託に応えるべき市議会の信頼を失う行為`, `お客さまの信頼回復`: is
 * the group at hit `x` named as those whose trust or mandate the organisation
 * holds?  That is whom it answers to, not whose data is concerned (GUIDE's
 * last section: only the data subjects).
 */
static bool holds_its_trust(const extract_ctx *ctx, const hit *x)
{
    static const char *const trust[] = {"の負託",       "の信頼",       "の期待",
                                        "の皆様の負託", "の皆様の信頼", "の皆さまの信頼"};
    return kj_text_after_any(ctx, x, trust, sizeof trust / sizeof *trust);
}

/*
 * `…利用者が指定したメールアドレスの認証を行った上で、…確認メールを自動で
 * 送信する仕様となっております`: does sentence `s` tell how the service
 * works (仕様, 仕組み), saying nothing of a leak or of whom it concerns?  Its
 * groups are the service's users in general, not people whose data is at
 * risk (GUIDE's last section: only the data subjects).
 */
static bool tells_how_it_works(extract_ctx *ctx, const sentence *s)
{
    static const char *const works[] = {"仕様となって", "仕様になって", "仕組みとなって",
                                        "仕組みになって", "仕組みを導入して"};
    if ((s->cues | s->context) & (CUE(LEAK) | CUE(LEAK_NOUN) | CUE(POSSIBLE) | CUE(TARGET)))
        return false;
    const char *text = kj_sentence_text(ctx, s);
    for (size_t k = 0; k < sizeof works / sizeof *works; k++)
        if (strstr(text, works[k]))
            return true;
    return false;
}

static void victims(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    const sentence *why[KJ_VICTIM__COUNT] = {0};
    bool *section_kinds = sections_naming_kinds(ctx);
    /* the groups of the sentences where those concerned close a list of
     * whose data it is, and the first such sentence */
    kj_set concerned_lists = 0;
    const sentence *concerned_why = NULL;
    /* the first sentence naming those concerned alone as owners of data at
     * risk (`関係者の皆様の情報が漏洩した可能性`) */
    const sentence *concerned_alone = NULL;
    bool customers_by_name = false;
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        bool closes_here = false;
        kj_set groups_here = 0;
        bool measures = kj_sentence_is_measures(s) && !dated_entry(ctx, s);
        if (!concerned_alone && !measures && !kj_sentence_is_aside(s) && !kj_cited_title(ctx, s) &&
            concerned_own_data(ctx, s))
            concerned_alone = s;
        if (!s->victims || kj_sentence_is_aside(s) ||
            (measures && !measures_name_leaked_group(ctx, s)) || kj_cited_title(ctx, s) ||
            names_the_sender(ctx, s) || contact_heading(ctx, s) || tells_how_it_works(ctx, s) ||
            retells_anothers_announcement(ctx, s))
            continue;
        /* a request or warning names no victim, unless a clause of its own
         * before it singles the group out (`対象となる可能性のあるお取引先様
         * へは個別にご説明しておりますが、…ご注意ください`) */
        bool asks = asks_outside_asides(ctx, s);
        /* `⑵ 登録スタッフの個人情報` over a section listing the kinds
         * of data: the heading names whose data the list is */
        bool scope = ((s->cues | s->context) & DATA_SCOPE) ||
                     (sentence_kinds(ctx, s) && !feature_stopped(s)) ||
                     (s->kind == SENT_HEADING && s->section >= 0 && section_kinds[s->section] &&
                      HAS(s->cues, INFO));
        bool held_here = false;
        for (uint32_t h = s->hit_start; h < s->hit_end && !held_here; h++)
            held_here = ctx->hits[h].kind == HIT_TERM && hit_entry(ctx, &ctx->hits[h])->victims &&
                        held_on_attacked_system(ctx, s, h);
        if (!scope && !held_here && !HAS(s->cues, EV_NOTIFY))
            continue;
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *x = &ctx->hits[h];
            /* 「…お客様情報の漏えいについて」 quotes another release;
             * `取引先企業における…` names where, not whose */
            if (x->kind != HIT_TERM || !hit_entry(ctx, x)->victims || x->quoted ||
                account_item(ctx, s, h) || names_where(ctx, x) || effect_asked(ctx, x) ||
                holds_its_trust(ctx, x) || partner_as_the_source(ctx, s, h) ||
                (measures && !named_in_measures(ctx, s, h)))
                continue;
            const clause *c = kj_clause_of(ctx, s, h);
            /* `対象となる関係者様への個別連絡`: those concerned, told of it,
             * are no group the release names; they count where their data
             * is spoken of */
            /* what qualifies a list qualifies each item (`情報流出に該当する
             * お客様・お取引先様には個別にご連絡`) */
            size_t first = first_group_of_list(ctx, s, c, h);
            bool affected = (said_affected(ctx, s, c, first) &&
                             (hit_entry(ctx, x)->victims != 1u << KJ_VICTIM_OTHER ||
                              others_of_a_leaked_list(ctx, c, first, h))) ||
                            held_on_attacked_system(ctx, s, h);
            if (told_on_condition(ctx, s, c, h) || taken_back_later(ctx, s, c, h) ||
                sent_a_copy_of_the_notice(ctx, s, c, h) ||
                (!affected && (addressed_by_notice(ctx, s, c, h) || asked_about_it(ctx, x) ||
                               questioned_about_it(ctx, x) || works_with_it(ctx, x))))
                continue;
            if (asks && (!affected || (c->cues & (CUE(REQUEST) | CUE(WARNING)))))
                continue;
            /* `…の方におかれましては、お手数ですが…お願い`: whom it asks or
             * addresses, even where the request itself is cut off — unless
             * what follows puts their data at risk (`…された方におかれまして
             * は、メールの内容を閲覧された可能性を否定できない`) */
            if (kj_text_after_is(ctx, x, "におかれましては") && !(affected && !asks) &&
                !(kj_cues_after(ctx, c, h) & (CUE(LEAK) | CUE(POSSIBLE))))
                continue;
            if (!scope && !affected)
                continue;
            /* `お客様の情報が不正に利用された等の二次被害は確認されて
             * おりません`: a misuse denied says nothing of a leak */
            if (!affected && !HAS(c->cues, LEAK) && misuse_denied(ctx, c, h) &&
                kj_negated_after(ctx, c, h))
                continue;
            if ((!affected && !own_data_at_risk(ctx, s, c, h) &&
                 (c->cues & (CUE(APOLOGY) | CUE(PREVENT)))) ||
                kj_conditional_at(ctx, c, h))
                continue;
            /* staff who typed their ID and password into a fake screen acted,
             * and their own credentials are what is at stake */
            bool acted = kj_is_actor(ctx, s, h) && !KJ_SET_HAS(s->data, KJ_DATA_CREDENTIALS);
            /* the owner of an account whose password leaked is at risk */
            bool owner = owns_device(ctx, c, h) && !(KJ_SET_HAS(s->data, KJ_DATA_CREDENTIALS) &&
                                                     (c->cues & (CUE(LEAK) | CUE(LEAK_NOUN))));
            if (!(affected ||
                  (clause_about_data(ctx, s, c, h, section_kinds) && !only_told(ctx, s, c, h))) ||
                (denied(ctx, s, c, h) && !left_possible_after(ctx, s, c)) || owner || acted ||
                names_another_role(ctx, c, h) || names_the_correspondent(ctx, s, h) ||
                nothing_said_of_their_data(ctx, c, h) || staff_login_was_the_way_in(ctx, s, h))
                continue;
            if (!affected && (own_leak_asked(ctx, c, h) || own_inclusion_asked(ctx, c, h)))
                continue;
            /* `お取引先様および一部の関係者様に関する個人情報`: those
             * concerned are read with the list (below), by the group
             * named before them */
            if (concerned_word_closing_a_list(ctx, s, h))
                continue;
            kj_set groups = groups_at(ctx, s, c, h);
            if (groups && others_close_the_list(ctx, x))
                groups |= 1u << KJ_VICTIM_OTHER;
            else if (groups && concerned_close_the_list(ctx, x) && !concerned_why) {
                concerned_why = s;
                closes_here = true;
            }
            if (groups && listed_after_the_organisation(ctx, s, h))
                groups |= 1u << KJ_VICTIM_EMPLOYEES;
            if (KJ_SET_HAS(groups, KJ_VICTIM_CUSTOMERS) && medical_org(ctx))
                groups = (groups & ~(1u << KJ_VICTIM_CUSTOMERS)) | 1u << KJ_VICTIM_PATIENTS;
            /* `利用者の氏名およびメールアドレス` in a university's notice:
             * the users of a school's systems are its members */
            if (KJ_SET_HAS(groups, KJ_VICTIM_CUSTOMERS) && a_school(ctx) && names_users(ctx, x))
                groups &= ~(1u << KJ_VICTIM_CUSTOMERS);
            /* `会員`, `ご購入いただいた方`: customers of a word of their own,
             * not お客様 or 顧客 alone (read with client companies' records
             * below) */
            if (KJ_SET_HAS(groups, KJ_VICTIM_CUSTOMERS) &&
                !entry_starts(ctx, hit_entry(ctx, x), "お客") &&
                !entry_starts(ctx, hit_entry(ctx, x), "顧客"))
                customers_by_name = true;
            groups_here |= groups;
            for (int v = 0; v < KJ_VICTIM__COUNT; v++) {
                if (KJ_SET_HAS(groups, v) && !KJ_SET_HAS(rel->victim_categories, v)) {
                    KJ_SET_ADD(rel->victim_categories, v);
                    why[v] = s;
                }
            }
        }
        if (closes_here)
            concerned_lists |= groups_here;
    }
    free(section_kinds);
    /* those concerned are people of their own (`other`) unless the release
     * names elsewhere who they are: `お取引先様・関係者の皆様に関する情報`
     * over tables of staff, shareholders and applicants speaks of those */
    if (concerned_why && !(rel->victim_categories & ~concerned_lists) &&
        !KJ_SET_HAS(rel->victim_categories, KJ_VICTIM_OTHER)) {
        KJ_SET_ADD(rel->victim_categories, KJ_VICTIM_OTHER);
        why[KJ_VICTIM_OTHER] = concerned_why;
    }
    /* those concerned alone, with no group named anywhere, are people of
     * their own; beside named groups they are those groups (the reference's
     * `関係者の皆様に関する情報` over tables of staff and partners) */
    if (concerned_alone && !rel->victim_categories) {
        KJ_SET_ADD(rel->victim_categories, KJ_VICTIM_OTHER);
        why[KJ_VICTIM_OTHER] = concerned_alone;
    }
    /* `お客さま情報が漏えい` over the items `法人名、代表者氏名、担当者情報
     * (部署名、氏名…)`: where every record held is a client company's and
     * the customers are named only as お客様 or 顧客, the customers are those
     * companies and the people at risk their contacts: business partners
     * (GUIDE, contacts of client companies).  A record of a person's own
     * (`お客様の氏名、住所`, `屋号`) or customers of a word of their own
     * (`会員`) keep them customers. */
    if (KJ_SET_HAS(rel->victim_categories, KJ_VICTIM_CUSTOMERS) && ctx->client_record &&
        !ctx->person_record && !customers_by_name) {
        rel->victim_categories &= ~(1u << KJ_VICTIM_CUSTOMERS);
        if (!KJ_SET_HAS(rel->victim_categories, KJ_VICTIM_BUSINESS_PARTNERS)) {
            KJ_SET_ADD(rel->victim_categories, KJ_VICTIM_BUSINESS_PARTNERS);
            why[KJ_VICTIM_BUSINESS_PARTNERS] = ctx->client_record;
        }
    }
    for (int v = 0; v < KJ_VICTIM__COUNT; v++)
        if (KJ_SET_HAS(rel->victim_categories, v))
            kj_add_evidence(ctx, KJ_FIELD_VICTIM_CATEGORIES, kj_vocab_name(KJ_VOCAB_VICTIM, v),
                            why[v]);
}

/* The longest own system name read before an account word (`東北大ID`). */
#define SYSTEM_NAME_CHARS 4

/*
 * `事務職員1名の Microsoft 365アカウント`, `社員1名のMicrosoft365正規
 * アカウント`, `学生2名の東北大IDが`: a group word `x`, its count `n` right
 * after it and の, then only a product or system name (and 正規) before the
 * account word `a`.
 */
static bool counted_persons_account(const extract_ctx *ctx, const hit *x, const hit *n,
                                    const hit *a)
{
    static const char genuine[] = "正規";
    uint32_t len;
    if (x->kind != HIT_TERM || !hit_entry(ctx, x)->victims || x->block != a->block ||
        n->block != a->block || x->pos + x->len != n->pos || n->pos + n->len > a->pos)
        return false;
    const char *text = kj_ctx_block_text(ctx, a->block, &len);
    uint32_t at = n->pos + n->len, end = a->pos;
    if (end > len)
        return false;
    if (at < end && kj_text_after_is(ctx, n, "名"))
        at += (uint32_t)strlen("名");
    if (!(at + strlen("の") <= end && memcmp(text + at, "の", strlen("の")) == 0))
        return false;
    at += (uint32_t)strlen("の");
    if (end >= at + strlen(genuine) &&
        memcmp(text + end - strlen(genuine), genuine, strlen(genuine)) == 0)
        end -= (uint32_t)strlen(genuine);
    /* a Latin product name, or a short name of the organisation's own
     * system in kanji or katakana (`東北大ID`): no particle, no mark */
    unsigned wide = 0;
    while (at < end) {
        const unsigned char *u = (const unsigned char *)text + at;
        if (u[0] < 0x80) {
            at++;
            continue;
        }
        if ((u[0] & 0xF0) != 0xE0 || at + 3 > end || ++wide > SYSTEM_NAME_CHARS)
            return false;
        uint32_t cp =
            ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        if (!((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x30A1 && cp <= 0x30FA)))
            return false;
        at += 3;
    }
    return true;
}

/* `共同研究者のアカウント`, `職員のアカウント`: an account word right after
 * a group and の is a person's. */
static bool persons_account(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const hit *a = &ctx->hits[h], *x = h > s->hit_start ? &ctx->hits[h - 1] : NULL;
    if (HAS(hit_entry(ctx, a)->cues, ACCOUNT) && x && x->kind == HIT_NUMBER && h - 1 > s->hit_start)
        return counted_persons_account(ctx, &ctx->hits[h - 2], x, a);
    return HAS(hit_entry(ctx, a)->cues, ACCOUNT) && x && x->kind == HIT_TERM &&
           x->block == a->block && hit_entry(ctx, x)->victims &&
           x->pos + x->len + strlen("の") == a->pos && kj_text_after_is(ctx, x, "の");
}

/*
 * The groups listed before the group at hit `k`, with their counts
 * (`教職員2名、学生1名のメールアカウント`): each earlier item joined to the
 * next by list separators only.
 */
static kj_set groups_listed_before(const extract_ctx *ctx, const sentence *s, size_t k)
{
    kj_set groups = 0;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, ctx->hits[k].block, &len);
    for (size_t m = k; m-- > s->hit_start;) {
        const hit *x = &ctx->hits[m], *next = &ctx->hits[m + 1];
        if (x->block != next->block || x->pos + x->len > next->pos || next->pos > len ||
            !only_separators(text, x->pos + x->len, next->pos, false))
            break;
        if (x->kind == HIT_TERM && hit_entry(ctx, x)->victims)
            groups |= hit_entry(ctx, x)->victims;
        else if (x->kind != HIT_NUMBER)
            break;
    }
    return groups;
}

/* Is the account word at hit `h` the organisation's own login on a system
 * or platform (`予約管理システムのアカウントが不正利用され`, `当園の
 * Instagramアカウント(@…)が、第三者により乗っ取られ`): a system word and
 * の, or the organisation and の with only a Latin platform name, right
 * before it; a misuse word later in its clause, no group or data between? */
static bool system_account_taken(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const hit *a = &ctx->hits[h];
    if (h == s->hit_start || !HAS(hit_entry(ctx, a)->cues, ACCOUNT) ||
        HAS(hit_entry(ctx, a)->cues, USER_ACCOUNT))
        return false; /* a mail account is a person's (below) */
    const hit *owner = &ctx->hits[h - 1];
    if (owner->block != a->block || !kj_text_after_is(ctx, owner, "の"))
        return false;
    bool system = owner->kind == HIT_TERM && HAS(hit_entry(ctx, owner)->cues, SYSTEM) &&
                  owner->pos + owner->len + strlen("の") == a->pos;
    bool own = kj_names_the_organisation(ctx, owner);
    if (own && !system) {
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, a->block, &len);
        if (a->pos > len)
            return false;
        for (uint32_t at = owner->pos + owner->len + (uint32_t)strlen("の"); at < a->pos; at++)
            if ((unsigned char)text[at] >= 0x80)
                return false;
    } else if (!system) {
        return false;
    }
    const clause *c = kj_clause_of(ctx, s, h);
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        if (HAS(e->cues, MISUSE))
            return true;
        if (e->victims || e->data)
            return false;
    }
    return false;
}

/*
 * Is the account word at `a` set off in brackets by itself (`「会員アカウント」
 * に対する不正ログイン`, `「マイページ」への不正ログイン`)?  A quotation that
 * holds nothing but the word names the service's own feature; it quotes
 * no other text's title.
 */
static bool account_word_in_brackets(const extract_ctx *ctx, const hit *a)
{
    return a->quoted && ((kj_text_before_is(ctx, a, "「") && kj_text_after_is(ctx, a, "」")) ||
                         (kj_text_before_is(ctx, a, "『") && kj_text_after_is(ctx, a, "』")));
}

/*
 * Users' own accounts on a service logged into by someone else (`会員アカウント
 * への不正ログイン`, `一部のお客様のアカウントにおいて第三者による不正ログイン`)
 * make those users the victims, even when nothing is said of their data
 * (GUIDE: "The holder of a hijacked account is no victim group" — a staff
 * mailbox, VPN or admin account taken over adds no group; its credentials
 * were the way in, no data of its holder's).
 */
static void accounts_taken_over(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    for (size_t t = 0; t < ctx->n_takeover; t++) {
        const sentence *s = ctx->takeover[t];
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *a = &ctx->hits[h];
            /* `予約管理システムのアカウントが不正利用され`: the organisation's
             * own login, no user's */
            if (a->kind == HIT_TERM && !a->quoted && system_account_taken(ctx, s, h))
                break;
            if (a->kind != HIT_TERM || (a->quoted && !account_word_in_brackets(ctx, a)) ||
                !(HAS(hit_entry(ctx, a)->cues, USER_ACCOUNT) || persons_account(ctx, s, h)))
                continue;
            kj_set holder = 0;
            for (uint32_t k = h; k-- > s->hit_start && !holder;) {
                const hit *x = &ctx->hits[k];
                if (x->block != a->block || x->pos + x->len + 30 < a->pos)
                    break;
                if (kj_names_the_organisation(ctx, x))
                    break; /* `当会のメールアカウント`: the organisation's own */
                if (x->kind == HIT_TERM && hit_entry(ctx, x)->victims)
                    holder = hit_entry(ctx, x)->victims | groups_listed_before(ctx, s, k);
            }
            /* 会員アカウント, マイページ; at a school, the users of its own
             * systems are its members, named elsewhere if at all */
            if (KJ_SET_HAS(hit_entry(ctx, a)->victims, KJ_VICTIM_CUSTOMERS) && !a_school(ctx))
                holder |= 1u << KJ_VICTIM_CUSTOMERS;
            if (!KJ_SET_HAS(holder, KJ_VICTIM_CUSTOMERS))
                continue;
            if (!KJ_SET_HAS(rel->victim_categories, KJ_VICTIM_CUSTOMERS)) {
                KJ_SET_ADD(rel->victim_categories, KJ_VICTIM_CUSTOMERS);
                kj_add_evidence(ctx, KJ_FIELD_VICTIM_CATEGORIES, "customers", s);
            }
            break;
        }
    }
}

/* Adds the groups `groups` not yet named to the release's victims, each
 * with sentence `s` as its evidence. */
static void add_groups(extract_ctx *ctx, kj_set groups, const sentence *s)
{
    groups &= ~ctx->rel->victim_categories;
    ctx->rel->victim_categories |= groups;
    for (int v = 0; v < KJ_VICTIM__COUNT; v++)
        if (KJ_SET_HAS(groups, v))
            kj_add_evidence(ctx, KJ_FIELD_VICTIM_CATEGORIES, kj_vocab_name(KJ_VOCAB_VICTIM, v), s);
}

/*
 * Is the account word at hit `h` of sentence `s` what the takeover word right
 * after it was done to (`会員アカウントへの不正ログイン`, `「マイページ」に対
 * する不正なログイン`): only a closing bracket and a particle of direction
 * between them?
 */
static bool account_before_its_takeover(const extract_ctx *ctx, const sentence *s, size_t h)
{
    static const char *const links[] = {"への", "に対する", "に対して", "に対し、", "に対し"};
    static const char *const closers[] = {"」", "』"};
    if (h + 1 >= s->hit_end)
        return false;
    const hit *a = &ctx->hits[h], *y = &ctx->hits[h + 1];
    if (y->kind != HIT_TERM || y->block != a->block ||
        !KJ_SET_HAS(hit_entry(ctx, y)->attacks, KJ_ATTACK_ACCOUNT_TAKEOVER))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, a->block, &len);
    size_t at = a->pos + a->len;
    if (y->pos > len || at > y->pos)
        return false;
    for (size_t i = 0; i < sizeof closers / sizeof closers[0]; i++) {
        size_t n = strlen(closers[i]);
        if (at + n <= y->pos && memcmp(text + at, closers[i], n) == 0) {
            at += n;
            break;
        }
    }
    for (size_t i = 0; i < sizeof links / sizeof links[0]; i++)
        if (y->pos - at == strlen(links[i]) && memcmp(text + at, links[i], y->pos - at) == 0)
            return true;
    return false;
}

/*
 * Once a takeover is stated, an account named as taken over anywhere
 * (`不正ログインされた会員アカウントのパスワードは無効化し`, in the measures
 * too; `「会員アカウント」に対する不正ログインのご報告…のお願い`, a title that
 * asks more than it tells) says whose: a member's account is a customer's.
 */
static void accounts_named_taken_over(extract_ctx *ctx)
{
    kj_release *rel = ctx->rel;
    if (!KJ_SET_HAS(rel->attack_types, KJ_ATTACK_ACCOUNT_TAKEOVER))
        return;
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *a = &ctx->hits[h], *x = h > s->hit_start ? &ctx->hits[h - 1] : NULL;
            if (a->kind != HIT_TERM || (a->quoted && !account_word_in_brackets(ctx, a)) ||
                !HAS(hit_entry(ctx, a)->cues, USER_ACCOUNT))
                continue;
            bool named_after = x && !a->quoted && x->kind == HIT_TERM && x->block == a->block &&
                               x->pos + x->len + 9 >= a->pos &&
                               KJ_SET_HAS(hit_entry(ctx, x)->attacks, KJ_ATTACK_ACCOUNT_TAKEOVER) &&
                               kj_text_before_is(ctx, a, "た");
            if (named_after || account_before_its_takeover(ctx, s, h))
                add_groups(ctx, hit_entry(ctx, a)->victims, s);
        }
    }
}

/*
 * `クレジットカードによるお支払いをされたお客様におかれましては、身に覚えの
 * ない利用履歴がないかご確認を`: a release that asks card payers to watch
 * their statements for misuse (a card word qualifying the group, no comma
 * between, the misuse word after it, not `念のため`) names cards as at risk,
 * even while the leak itself is still looked into.  The group asked is no
 * victim (GUIDE, victims as the reference reads them: a request adds no
 * group); a release that says cards were not involved keeps them excluded.
 */
static void cards_asked_to_watch(extract_ctx *ctx)
{
    static const char *const breaks[] = {"、", "。"};
    static const char *const just_in_case[] = {"念のため"};
    kj_release *rel = ctx->rel;
    if (KJ_SET_HAS(rel->data_types_excluded, KJ_DATA_CREDIT_CARD) ||
        KJ_SET_HAS(rel->data_types, KJ_DATA_CREDIT_CARD))
        return; /* decided already: nothing here would change it */
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (!HAS(s->cues, REQUEST) || !HAS(s->cues, SECONDARY) || kj_sentence_is_aside(s))
            continue;
        for (uint32_t h = s->hit_start + 1; h < s->hit_end; h++) {
            const hit *v = &ctx->hits[h];
            if (v->kind != HIT_TERM || !hit_entry(ctx, v)->victims ||
                !kj_text_after_is(ctx, v, "におかれましては"))
                continue;
            const hit *card = NULL;
            for (uint32_t k = h; k-- > s->hit_start && !card;) {
                const hit *x = &ctx->hits[k];
                if (x->block != v->block || x->pos + x->len + 60 < v->pos ||
                    kj_text_between_has(ctx, x, v, breaks, 2))
                    break;
                if (x->kind == HIT_TERM &&
                    (KJ_SET_HAS(hit_entry(ctx, x)->data, KJ_DATA_CREDIT_CARD) ||
                     HAS(hit_entry(ctx, x)->cues, CARD_PAYMENT)))
                    card = x;
            }
            const hit *misuse = NULL;
            for (uint32_t k = h + 1; k < s->hit_end && !misuse; k++)
                if (ctx->hits[k].kind == HIT_TERM &&
                    HAS(hit_entry(ctx, &ctx->hits[k])->cues, SECONDARY))
                    misuse = &ctx->hits[k];
            /* `念のため…ご確認`: a precaution, advice like any other */
            if (!card || !misuse || kj_text_between_has(ctx, v, misuse, just_in_case, 1))
                continue;
            KJ_SET_ADD(rel->data_types, KJ_DATA_CREDIT_CARD);
            kj_add_evidence(ctx, KJ_FIELD_DATA_TYPES, "credit_card", s);
            return; /* one sentence says it */
        }
    }
}

void kj_extract_subjects(extract_ctx *ctx)
{
    data_types(ctx);
    victims(ctx);
    victims_from_title(ctx);
    students_of_student_records(ctx);
    accounts_taken_over(ctx);
    accounts_named_taken_over(ctx);
    cards_asked_to_watch(ctx);
}
