/*
 * facts_attack.c — what happened (attack_types) and where (third_party).
 *
 * An attack word counts when the release states it (or a strong suspicion
 * of it): not in a clause that denies it (`不正アクセスの痕跡はございません`),
 * guards against it (`ランサムウェア対策`), imagines it (`…した場合`) or
 * warns readers about it (`フィッシングメールにご注意ください`), and not in
 * the contact or measures sections.  A release that only says サイバー攻撃
 * gets no type: the type is "not stated".
 *
 * third_party weighs, over the sentences that speak of the incident, the
 * ones that place it at a contractor, vendor or service (委託先, 利用する
 * サービス, 提供元 …) against those that place it in the organisation's own
 * systems (当社サーバー); the title counts most.
 */
#include <string.h>

#include "extract_internal.h"

static const char *const comma[] = {"、"};
/* what joins two items of a list */
static const char *const joins[] = {"、", "や", "及び", "および"};

/* Cues of words that may stand inside a list item between its head and the
 * next item (`図書館端末のウイルス感染`, `本学利用者アカウントの不正取得`). */
#define ITEM_WORDS                                                                                 \
    (CUE(OWN) | CUE(DEVICE) | CUE(ACCOUNT) | CUE(USER_ACCOUNT) | CUE(SYSTEM) | CUE(INFO) |         \
     CUE(SERVICE) | CUE(EV_OCCUR))
/* Cues of words that name where an attack happened (`業務システム`,
 * `委託先事業者`). */
#define PLACE_WORDS                                                                                \
    (CUE(OWN) | CUE(DEVICE) | CUE(ACCOUNT) | CUE(USER_ACCOUNT) | CUE(SYSTEM) | CUE(SERVICE) |      \
     CUE(WEBSITE) | CUE(CONTRACTOR) | CUE(COMPANY) | CUE(PROVIDER))
#define DENIAL_REACH 60 /* bytes from the word (or the last item of its list) */
#define ITEM_REACH 45   /* bytes from one list item to the next */
#define NEAR 30         /* bytes: about ten Japanese characters */

/*
 * Does `以外の` shortly before the word at hit `h` say the denial is of the
 * same thing elsewhere (`当該サーバー以外の業務システムへの不正アクセスは
 * 確認されておりません`: the server itself was accessed)?  Not for a later
 * item of a list (`不審メール送信以外の被害や不正公開は…`).
 */
static bool excepted_before(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *at = &ctx->hits[h];
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->block != at->block || x->pos + x->len + ITEM_REACH < at->pos)
            return false;
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        if (HAS(e->cues, EXCEPT))
            return kj_text_after_is(ctx, x, "の") && !kj_text_between_has(ctx, x, at, joins, 4);
        /* only places between (not `暗号化以外のファイル改ざん機能はない`) */
        if (e->attacks || e->data || (e->cues & ~PLACE_WORDS) || !(e->cues & PLACE_WORDS))
            return false;
    }
    return false;
}

/* How far after list item `item` its denial may stand: further when a
 * summing-up follows the list (`乗っ取り、ウィルス感染や改ざん等、サーバー
 * 内部への侵害を示す痕跡は確認されませんでした`). */
static uint32_t denial_reach(const extract_ctx *ctx, const hit *item)
{
    static const char *const summed[] = {"等、", "等の", "など、", "などの"};
    return kj_text_after_any(ctx, item, summed, sizeof summed / sizeof summed[0])
               ? DENIAL_REACH + ITEM_REACH
               : DENIAL_REACH;
}

/*
 * A denial close after the word (`不正アクセスの形跡はございません`,
 * `ランサムウェアではない`); a negation further on in a long clause belongs
 * to another verb (`脆弱性の改修を終え、再侵入を許さない`).  A list carries
 * the denial at its end back to every item (`個人情報の流出、不正アクセス、
 * 端末のウイルス感染…は確認されておりません`).
 */
static bool denied_nearby(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *at = &ctx->hits[h], *item = at;
    if (excepted_before(ctx, c, h))
        return false;
    bool negated = false, in_item = true;
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != at->block || x->pos > item->pos + item->len + denial_reach(ctx, item))
            break;
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        cue_set cues = e->cues;
        /* `不正なウェブページが表示されたこと以外に、…被害は確認されて
         * おりません`: the exception is what did happen */
        if (HAS(cues, EXCEPT) && !negated)
            return false;
        if (HAS(cues, NEGATION) &&
            !(kj_negation_qualifies_noun(ctx, x) && kj_text_between_has(ctx, at, x, comma, 1)))
            negated = true;
        else if (HAS(cues, POSSIBLE))
            negated = false; /* `可能性は否定できない` */
        else if ((e->attacks || e->data || (cues & (CUE(LEAK_NOUN) | CUE(ATTACK_WORD)))) &&
                 in_item && x->pos <= item->pos + item->len + ITEM_REACH &&
                 kj_text_between_has(ctx, item, x, joins, 4))
            item = x; /* the next item of a list */
        else if (!e->victims && (cues & ~ITEM_WORDS))
            in_item = false;
    }
    return negated;
}

/* The term hit after `h` in clause `c` when it follows within `gap` bytes. */
static const lex_entry *next_term(const extract_ctx *ctx, const clause *c, size_t h, uint32_t gap)
{
    const hit *at = &ctx->hits[h];
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != at->block || x->pos > at->pos + at->len + gap)
            return NULL;
        if (x->kind == HIT_TERM)
            return hit_entry(ctx, x);
    }
    return NULL;
}

/* The first term with one of `cues` after hit `h` in clause `c` within `gap`
 * bytes, or NULL. */
static const hit *next_with(const extract_ctx *ctx, const clause *c, size_t h, uint32_t gap,
                            cue_set cues)
{
    const hit *at = &ctx->hits[h];
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->block != at->block || x->pos > at->pos + at->len + gap)
            return NULL;
        if (x->kind == HIT_TERM && (hit_entry(ctx, x)->cues & cues))
            return x;
    }
    return NULL;
}

/* Does a term with one of `cues` follow hit `h` within `gap` bytes? */
static bool followed_within(const extract_ctx *ctx, const clause *c, size_t h, uint32_t gap,
                            cue_set cues)
{
    return next_with(ctx, c, h, gap, cues) != NULL;
}

/* Is the word at hit `h` what an investigation that follows it looks into,
 * with no finding stated between? */
/*
 * Does clause `c` ask, after hit `h`, whether an attack of the kind `h`
 * names happened (`侵入経路及び不正アクセスの有無等に関する調査`): a word of
 * the same kind with a whether-word right after it (の between)?
 */
static bool whether_asked_after(const extract_ctx *ctx, const clause *c, size_t h)
{
    kj_set kinds = hit_entry(ctx, &ctx->hits[h])->attacks;
    for (size_t k = h + 1; k + 1 < c->hit_end; k++) {
        const hit *x = &ctx->hits[k], *w = &ctx->hits[k + 1];
        if (x->kind != HIT_TERM || w->kind != HIT_TERM || w->block != x->block ||
            !(hit_entry(ctx, x)->attacks & kinds) || !HAS(hit_entry(ctx, w)->cues, WHETHER))
            continue;
        if (w->pos == x->pos + x->len ||
            (w->pos == x->pos + x->len + strlen("の") && kj_text_after_is(ctx, x, "の")))
            return true;
    }
    return false;
}

static bool investigated_after(const extract_ctx *ctx, const clause *c, size_t h)
{
    static const char *const checked[] = {"の調査", "等の調査", "などの調査"};
    /* `侵入経路の調査を開始`: the way in is looked into, the intrusion is
     * not — unless the same clause asks whether it happened at all */
    if (HAS(hit_entry(ctx, &ctx->hits[h])->cues, PRESUPPOSED))
        return whether_asked_after(ctx, c, h);
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            continue;
        cue_set cues = hit_entry(ctx, x)->cues;
        /* an ongoing-work word that names an investigation: `調査を進めて` */
        if (HAS(cues, INVESTIGATING) || (HAS(cues, ONGOING) && kj_hit_text_has(ctx, x, "調査")))
            return true;
        /* `脆弱性の確認等の調査及び対応を進めている`: the check is what
         * the investigation does, not a finding */
        if (cues & (CUE(CONFIRM) | CUE(EV_DETECT)))
            return kj_text_after_any(ctx, x, checked, sizeof checked / sizeof checked[0]);
    }
    return false;
}

/* `熊本県 農業技術課` issuing it: a section (局, 部, 課) of a public body of
 * that kind, whose notice calls the body by its kind (`県が運用している`). */
static bool unit_of_its_kind(const char *org, uint32_t len, const char *kind,
                             const char *const *units, size_t n_units)
{
    bool unit = false;
    for (size_t k = 0; k < n_units; k++)
        unit |= memcmp(org + len - 3, units[k], 3) == 0;
    for (uint32_t at = 0; unit && at + 6 <= len; at++)
        if (memcmp(org + at, kind, 3) == 0)
            return true;
    return false;
}

/* `県が運営している…`: a prefecture, city, town or village calling itself
 * by its kind right before hit `at`; `保健医療局が運営する…` in 東京都's
 * notice: one of its own bureaus, departments or sections. */
static bool self_by_its_kind(const extract_ctx *ctx, const hit *at)
{
    static const char *const kinds[] = {"県", "市", "町", "村", "区", "都", "府", "道"};
    static const char *const units[] = {"局", "部", "課"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, at->block, &len);
    /* the provider word starts with が (`が運営する`) or follows it */
    uint32_t ga =
        at->pos + 3 <= len && memcmp(text + at->pos, "が", 3) == 0 ? at->pos + 3 : at->pos;
    if (ga < 6 || memcmp(text + ga - 3, "が", 3) != 0)
        return false;
    bool unit = false;
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        unit |= memcmp(text + ga - 6, units[k], 3) == 0;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        if (!unit && memcmp(text + ga - 6, kinds[k], 3) != 0)
            continue;
        for (size_t i = 0; i < ctx->n_orgs; i++)
            if (ctx->org_lens[i] >= 3 &&
                (memcmp(ctx->orgs[i] + ctx->org_lens[i] - 3, kinds[k], 3) == 0 ||
                 unit_of_its_kind(ctx->orgs[i], ctx->org_lens[i], kinds[k], units,
                                  sizeof units / sizeof units[0])))
                return true;
    }
    /* `東京都保健医療局` issuing it: a unit of a public body names its own */
    for (size_t i = 0; unit && i < ctx->n_orgs; i++)
        for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
            if (ctx->org_lens[i] >= 3 &&
                memcmp(ctx->orgs[i] + ctx->org_lens[i] - 3, units[k], 3) == 0)
                return true;
    return false;
}

/* Cues of the clause's own words: a quoted title (「【注意喚起】…にご留意
 * ください」) warns nobody in this release. */
static cue_set own_words(const extract_ctx *ctx, const clause *c)
{
    cue_set set = 0;
    for (size_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_TERM && !x->quoted)
            set |= hit_entry(ctx, x)->cues;
    }
    return set;
}

/*
 * Is the attack word at hit `h` what a measure guards against
 * (`ランサムウェア対策`, `今後の不正アクセス防止のため`)?  A measure after a
 * finding that closed first (`…被害を受けたことが確認され、当社は…安全
 * 対策を実施しました`, `…と連絡を受け、直ちに…初動対策を実施`) is what the
 * organisation did next.
 */
static bool guarded_against(const extract_ctx *ctx, const clause *c, size_t h)
{
    static const char *const closes[] = {"、", "しており、", "しております、", "し、"};
    if (!HAS(c->cues, PREVENT))
        return false;
    bool closed = false;
    for (size_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM || k == h)
            continue;
        cue_set cues = hit_entry(ctx, x)->cues;
        if (HAS(cues, PREVENT) && (k < h || !closed))
            return true;
        /* `判明しており、`, `確認し、`: the finding closes there too */
        if (k > h && (cues & (CUE(CONFIRM) | CUE(EV_DETECT) | CUE(EV_TOLD))) &&
            kj_text_after_any(ctx, x, closes, sizeof closes / sizeof *closes))
            closed = true;
    }
    return false;
}

/*
 * Is the quoted word at `x` what a screen or message said (`「ウイルスを
 * 検出した」とする警告表示`, `「感染しています」というメッセージ`)?  The
 * words of a support scam's fake warning state no infection.
 */
static bool what_a_screen_said(const extract_ctx *ctx, const hit *x)
{
    static const char *const as[] = {"とする", "という", "との"};
    static const char *const shown[] = {"警告", "表示", "画面", "メッセージ", "ポップアップ"};
    if (!x->quoted)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = x->pos + x->len, end = at + 90 < len ? at + 90 : len;
    while (at + 3 <= end && memcmp(text + at, "」", 3) != 0)
        at++;
    if (at + 3 > end)
        return false;
    at += 3;
    for (size_t i = 0; i < sizeof as / sizeof as[0]; i++) {
        size_t n = strlen(as[i]);
        if (at + n > len || memcmp(text + at, as[i], n) != 0)
            continue;
        for (size_t from = at + n; from <= at + n + 12 && from < len; from++)
            for (size_t k = 0; k < sizeof shown / sizeof shown[0]; k++) {
                size_t m = strlen(shown[k]);
                if (from + m <= len && memcmp(text + from, shown[k], m) == 0)
                    return true;
            }
    }
    return false;
}

/* `機器ベンダが脆弱性を公表しておりましたが`: a vulnerability its maker
 * made public is news about the product; `脆弱性が解消されるまでの間`: one
 * still to be fixed is what a measure waits for.  Neither says one was
 * exploited here. */
static bool vulnerability_only_named(const extract_ctx *ctx, const hit *x)
{
    static const char *const named[] = {"を公表",           "が公表",           "を公開",
                                        "が公開",           "を発表",           "が発表",
                                        "情報を公表",       "情報が公表",       "情報を公開",
                                        "情報が公開",       "が解消されるまで", "を解消するまで",
                                        "が修正されるまで", "を修正するまで",   "が解消するまで"};
    return KJ_SET_HAS(hit_entry(ctx, x)->attacks, KJ_ATTACK_VULNERABILITY) &&
           kj_text_after_any(ctx, x, named, sizeof named / sizeof named[0]);
}

/* `なりすましメールやフィッシングメール等が送信される可能性が考えられます`,
 * `第三者が不審なメールを送信する可能性があります` (the active voice):
 * an attack word whose own phrase goes on to a non-past `される可能性` (no
 * comma between) names what may come, not what happened (`送信された可能性`
 * is a suspicion of the past, `表示される可能性があった` a risk run). */
static bool what_may_come(const extract_ctx *ctx, const hit *x)
{
    static const char *const may[] = {"される可能性", "されるおそれ", "される恐れ", "が届く可能性",
                                      "が届くおそれ", "する可能性",   "するおそれ", "する恐れ"};
    static const char *const stops[] = {"、", "。", "た"};
    static const char *const past[] = {"があった", "がありました", "がございました"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t from = x->pos + x->len, to = from + 30 < len ? from + 30 : len;
    for (uint32_t at = from; at < to; at++) {
        for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++)
            if (at + strlen(stops[k]) <= len && memcmp(text + at, stops[k], strlen(stops[k])) == 0)
                return false;
        for (size_t k = 0; k < sizeof may / sizeof may[0]; k++) {
            size_t n = strlen(may[k]);
            if (at + n > len || memcmp(text + at, may[k], n) != 0)
                continue;
            /* `偽の決済フォームが表示される可能性があった`: a risk visitors
             * ran, told in the past */
            for (size_t p = 0; p < sizeof past / sizeof past[0]; p++)
                if (at + n + strlen(past[p]) <= len &&
                    memcmp(text + at + n, past[p], strlen(past[p])) == 0)
                    return false;
            return true;
        }
    }
    return false;
}

/* `経路は解明されていないものの、フィッシングなど何らかの手段で…窃取`: an
 * attack word as the example of a way the text says it does not know, not
 * the way in.  (The one cause named as under investigation, `ランサムウェア
 * による影響の可能性を含め調査中`, is stated: GUIDE "Suspected causes".) */
static bool example_of_an_unknown_way(const extract_ctx *ctx, const hit *x)
{
    static const char *const some_way[] = {"など何らかの", "等何らかの", "などの何らかの",
                                           "等の何らかの", "など、何らかの"};
    return kj_text_after_any(ctx, x, some_way, sizeof some_way / sizeof some_way[0]);
}

/* Does the attack word at hit `h` state an incident? */
static bool attack_stated(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const clause *c = kj_clause_of(ctx, s, h);
    if (vulnerability_only_named(ctx, &ctx->hits[h]) || what_may_come(ctx, &ctx->hits[h]) ||
        example_of_an_unknown_way(ctx, &ctx->hits[h]))
        return false;
    if (guarded_against(ctx, c, h) || kj_conditional_at(ctx, c, h))
        return false;
    /* `パスワードの漏えいか、機器の脆弱性か、いずれかにより`: a guess
     * between causes states neither */
    if (HAS(c->cues, ALTERNATIVE))
        return false;
    /* `侵入経路は特定に至っておらず`: an unknown way in is still a way in */
    if (denied_nearby(ctx, c, h) && !HAS(hit_entry(ctx, &ctx->hits[h])->cues, PRESUPPOSED))
        return false;
    /* `偽のセキュリティ警告画面(トロイの木馬への感染)`: what a fake screen
     * says, in parentheses right after it */
    if (h > c->hit_start + 1 && ctx->hits[h - 1].kind == HIT_OPEN) {
        const hit *before = &ctx->hits[h - 2];
        if (before->kind == HIT_TERM && HAS(hit_entry(ctx, before)->cues, FAKE_SCREEN))
            return false;
    }
    /* `偽のウイルス検出警告画面`: a fake's wording */
    if (kj_text_before_is(ctx, &ctx->hits[h], "偽の") || what_a_screen_said(ctx, &ctx->hits[h]))
        return false;
    /* `ウイルス感染を装う偽の警告`: what a fake message pretends */
    if (followed_within(ctx, c, h, 12, CUE(SPOOF)))
        return false;
    /* `当社を装ったメールにご注意ください`; a request in another clause
     * (`…乗っ取られ、…投稿がされておりますので、返信されないようご注意
     * ください`) leaves the fact stated, and so does a quoted title that
     * warns, unless the word stands in it */
    cue_set said = ctx->hits[h].quoted ? c->cues : own_words(ctx, c);
    if (said & (CUE(WARNING) | CUE(REQUEST)))
        return false;
    /* `…が送られる可能性がございますので、ご注意ください`: what readers
     * are warned may come */
    if ((s->cues & (CUE(WARNING) | CUE(REQUEST))) && HAS(kj_cues_after(ctx, c, h), POSSIBLE))
        return false;
    /* `改ざんや流出の有無を調査中`, `脆弱性、設定等の調査を開始`; not an
     * investigation begun before (`調査に着手、ランサムウェアによる感染の特定`)
     * nor one after a finding (`不正侵入を確認し…侵入原因の調査を開始`) */
    if (investigated_after(ctx, c, h))
        return false;
    /* what might follow a leak: `情報を悪用したスパムメール等が送付される
     * 可能性があります` — a misuse word before the possibility it opens;
     * one after it is what followed (`認証情報が窃取された可能性が高く、
     * 取得された認証情報が不正に利用され`) */
    bool possible_after = HAS(kj_cues_after(ctx, c, h), POSSIBLE);
    for (size_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            continue;
        cue_set cues = hit_entry(ctx, x)->cues;
        if (k > h && HAS(cues, POSSIBLE))
            break;
        if (k != h && HAS(cues, SECONDARY) && possible_after)
            return false;
    }
    /* a list of what may follow (`生じる可能性のある影響として、なりすまし
     * 被害、フィッシングメール…`) */
    bool after_possible = false;
    for (size_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM || k == h)
            continue;
        cue_set cues = hit_entry(ctx, x)->cues;
        if (k < h && HAS(cues, POSSIBLE))
            after_possible = true;
        else if (after_possible && HAS(cues, SECONDARY))
            return false;
    }
    return true;
}

/* `チームメールアドレスに対する不正アクセス`, `当社メールアドレスへの不正
 * アクセス`, `お客さまの口座への不正アクセス`: an intrusion into a mail
 * address is one into its mailbox, and one into a customer's (trading)
 * account is one into that account. */
static bool into_a_mail_address(const extract_ctx *ctx, const clause *c, size_t h)
{
    static const char *const into[] = {"への", "に対する", "に対して"};
    static const char *const into_account[] = {"口座への", "口座に対する", "口座に対して"};
    const hit *x = &ctx->hits[h], *a = h > c->hit_start ? &ctx->hits[h - 1] : NULL;
    if (!KJ_SET_HAS(hit_entry(ctx, x)->attacks, KJ_ATTACK_UNAUTHORIZED_ACCESS))
        return false;
    if (kj_text_before_any(ctx, x, into_account, sizeof into_account / sizeof *into_account))
        return true;
    if (!a || a->kind != HIT_TERM || a->block != x->block ||
        hit_entry(ctx, a)->data != 1u << KJ_DATA_EMAIL)
        return false;
    for (size_t k = 0; k < sizeof into / sizeof into[0]; k++)
        if (a->pos + a->len + strlen(into[k]) == x->pos && kj_text_after_is(ctx, a, into[k]))
            return true;
    return false;
}

/* `メールアカウントへの不正アクセス`, `アカウントが第三者により不正利用
 * された`: an intrusion into an account, or its misuse, is an account
 * takeover. */
static bool into_an_account(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const lex_entry *e = hit_entry(ctx, &ctx->hits[h]);
    const clause *c = kj_clause_of(ctx, s, h);
    if (into_a_mail_address(ctx, c, h))
        return true;
    if (!(KJ_SET_HAS(e->attacks, KJ_ATTACK_UNAUTHORIZED_ACCESS) || HAS(e->cues, MISUSE)) ||
        !HAS(c->cues, ACCOUNT))
        return false;
    /* `会員アカウントを管理するシステムへの不正アクセス`, `CASIO IDの
     * システムは…不正アクセスを受けたサーバーとは別`: an account word
     * that a system word follows in the same phrase, before the attack,
     * names what the system holds; the system is what was entered.  Not an
     * account in a phrase of its own (`当該メールアカウントについて、…
     * メールサーバへの不正アクセス`, `共同研究者のアカウントを使って、
     * 研究室のサーバに不正アクセス`). */
    const hit *account = NULL;
    for (size_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM || k == h)
            continue;
        cue_set cues = hit_entry(ctx, x)->cues;
        if (HAS(cues, ACCOUNT))
            account = x;
        else if (account && k < h &&
                 (cues & (CUE(SYSTEM) | CUE(DEVICE) | CUE(SERVICE) | CUE(WEBSITE))) &&
                 !kj_text_between_has(ctx, account, x, comma, 1))
            account = NULL;
    }
    return account != NULL;
}

/* Is the hit before `h` (skipping parentheses: `当社(以下「当社」)が運営する`)
 * the organisation itself, by name or as 当社? */
static bool after_self(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *at = &ctx->hits[h];
    uint32_t from = at->pos;
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->block != at->block || x->pos + x->len + 3 < from)
            break;
        if (x->kind == HIT_SELF)
            return true;
        if (x->kind == HIT_TERM) {
            const lex_entry *e = hit_entry(ctx, x);
            /* `本学教員が運用している`: the organisation's staff run it */
            if (!HAS(e->cues, OWN) && KJ_SET_HAS(e->victims, KJ_VICTIM_EMPLOYEES)) {
                from = x->pos;
                continue;
            }
            return HAS(e->cues, OWN);
        }
        from = x->pos;
    }
    return self_by_its_kind(ctx, at);
}

/* `上記のシステム障害により子会社の工場が稼働を停止`: a party named after
 * the incident told as the cause (により, の影響で) is where its effects
 * were felt, not where it happened.  Is contractor hit `h` after such a
 * cause in its clause? */
static bool affected_by_it(const extract_ctx *ctx, const clause *c, size_t h)
{
    static const char *const causes[] = {"により", "によって", "の影響により", "の影響で",
                                         "の影響を受け"};
    for (size_t k = c->hit_start; k < h; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        if (!e->attacks && !(e->cues & (CUE(ATTACK_WORD) | CUE(OUTAGE))))
            continue;
        if (kj_text_after_any(ctx, x, causes, sizeof causes / sizeof causes[0]))
            return true;
    }
    return false;
}

/* Does one of the organisation's own names end at text+at
 * (`イオンモバイルが…` in the notice of イオンリテール株式会社(イオンモバイル公表))? */
static bool names_itself_before(const extract_ctx *ctx, const char *text, uint32_t at)
{
    for (size_t i = 0; i < ctx->n_orgs; i++)
        if (ctx->org_lens[i] <= at &&
            memcmp(text + at - ctx->org_lens[i], ctx->orgs[i], ctx->org_lens[i]) == 0)
            return true;
    return false;
}

/* `TKC会員事務所に提供している「Xサービス」`, `お客様に提供しております
 * クラウドサービス`: a service provided to others (に before the provider
 * word) with no provider named as the subject (no が before it in the
 * sentence, or only the organisation itself) is the organisation's own;
 * `当社に提供している` is provided to it. */
static bool provided_to_others(const extract_ctx *ctx, const hit *x)
{
    static const char *const to_self[] = {"当社に",   "弊社に", "当行に", "本学に",  "当法人に",
                                          "当組合に", "当院に", "本市に", "当機構に"};
    if (!kj_text_before_is(ctx, x, "に"))
        return false;
    for (size_t i = 0; i < sizeof to_self / sizeof to_self[0]; i++)
        if (kj_text_before_is(ctx, x, to_self[i]))
            return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (uint32_t p = x->pos; p >= 3; p--) {
        if (memcmp(text + p - 3, "。", 3) == 0)
            break;
        if (memcmp(text + p - 3, "が", 3) == 0)
            return names_itself_before(ctx, text, p - 3);
    }
    return true;
}

/* `攻撃者が運営するリークサイト`: the attacker's site, no contractor's. */
static bool run_by_the_attacker(const extract_ctx *ctx, const hit *x)
{
    static const char *const attackers[] = {"攻撃者", "犯行グループ", "攻撃グループ",
                                            "犯罪グループ"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (size_t i = 0; i < sizeof attackers / sizeof attackers[0]; i++) {
        size_t n = strlen(attackers[i]);
        if (x->pos >= n && memcmp(text + x->pos - n, attackers[i], n) == 0)
            return true;
    }
    return false;
}

static bool text_at(const char *t, size_t len, size_t p, const char *word)
{
    size_t n = strlen(word);
    return p + n <= len && memcmp(t + p, word, n) == 0;
}

static bool starts_with_any_at(const char *t, size_t len, size_t p, const char *const *words)
{
    for (; *words; words++)
        if (text_at(t, len, p, *words))
            return true;
    return false;
}

/* Which of the `n` word lists has a word first in the clause from t+from
 * (up to its next 、 or 。, a line break or a tag, at most 120 bytes): its
 * index, or -1 when none does. */
static int first_in_clause(const char *t, size_t len, size_t from, const char *const *const *lists,
                           int n)
{
    for (size_t p = from; p < len && p < from + 120;) {
        if (text_at(t, len, p, "、") || text_at(t, len, p, "。") || t[p] == '<' || t[p] == '\n')
            return -1;
        for (int k = 0; k < n; k++)
            if (starts_with_any_at(t, len, p, lists[k]))
                return k;
        p++;
        while (p < len && ((unsigned char)t[p] & 0xC0) == 0x80)
            p++;
    }
    return -1;
}

/* Words after a party that place the incident at it (`…において`, `…の社内
 * ネットワーク`, `同社が運用するサーバ`): diagnoses, placed_after and
 * runs_the_investigation read the same list. */
static const char *const placing_words[] = {
    "において", "における", "の社内", "のサーバ", "のネットワーク", "のシステム", "が運用",
    "が運営",   "が管理",   "の管理", "が保有",   "が提供",         NULL};

/* `ベンダーがランサムウェアによる感染疑いを確認`, `システム会社で不正
 * アクセスを認知`: the company that works on the organisation's system
 * (its vendor, system or maintenance company) finding what happened on
 * it — a diagnosis, not a place.  The company is the subject of a finding
 * verb in the same clause, with no place of its own (`のサーバー`,
 * `において`) between. */
static bool diagnoses(const extract_ctx *ctx, const hit *x)
{
    static const char *const found[] = {"を確認", "を検知", "を発見", "を特定",
                                        "と判断", "を認知", NULL};
    static const char *const system_workers[] = {"ベンダー", "システム会社", "保守会社",
                                                 "保守業者", "開発会社",     NULL};
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, x->block, &len);
    size_t end = x->pos + x->len;
    bool worker = false;
    for (const char *const *w = system_workers; *w && !worker; w++)
        worker = x->len >= strlen(*w) && memcmp(t + end - strlen(*w), *w, strlen(*w)) == 0;
    if (!worker || !(kj_text_after_is(ctx, x, "が") || kj_text_after_is(ctx, x, "で")))
        return false;
    const char *const *const lists[] = {placing_words, found};
    return first_in_clause(t, len, end, lists, 2) == 1;
}

/* Does the clause go on to place the incident at contractor `x` (`…において`,
 * `…の社内ネットワーク`, `同社が運用するサーバ`) before its next comma? */
static bool placed_after(const extract_ctx *ctx, const hit *x)
{
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, x->block, &len);
    const char *const *const lists[] = {placing_words};
    return first_in_clause(t, len, x->pos + x->len, lists, 1) == 0;
}

/* `委託先会社が契約した専門会社(外部セキュリティーベンダー)が行うフォレン
 * ジック調査`: the company that carries out the investigation; `特定の
 * ホスティング事業者のネットワークを利用した…ボットアクセス`: the
 * network the attacker came through.  Neither is where it happened: read
 * to the clause's next comma. */
static bool investigates_or_used(const extract_ctx *ctx, const hit *x)
{
    static const char *const doing[] = {"が行う", "が実施する", "が実施した", "が行った", NULL};
    /* (the word may end in の: `事業者の`) */
    static const char *const used[] = {"のネットワークを利用した",
                                       "のネットワークを経由した",
                                       "のサーバーを経由した",
                                       "ネットワークを利用した",
                                       "ネットワークを経由した",
                                       "サーバーを経由した",
                                       "を踏み台",
                                       NULL};
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, x->block, &len);
    size_t end = x->pos + x->len;
    if (starts_with_any_at(t, len, end, used))
        return true;
    bool does = false;
    for (size_t p = end; p < len && p < end + 120;) {
        if (text_at(t, len, p, "、") || text_at(t, len, p, "。"))
            return false;
        does |= starts_with_any_at(t, len, p, doing);
        if (does && text_at(t, len, p, "調査"))
            return true;
        p++;
        while (p < len && ((unsigned char)t[p] & 0xC0) == 0x80)
            p++;
    }
    return false;
}

/* `…暗号化されたとの報告を保守委託業者から受けました`: the company that
 * maintains the organisation's system telling what it found there — the
 * system is the organisation's (GUIDE: a contractor-maintained server of
 * its own is no third party's). */
static bool reported_by_maintainer(const extract_ctx *ctx, const hit *x)
{
    static const char *const maintainers[] = {"保守委託業者", "保守委託先", "保守業者", "保守会社",
                                              "保守ベンダー"};
    static const char *const told[] = {"から受け", "より受け", "から報告",
                                       "より報告", "から連絡", "より連絡"};
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, x->block, &len);
    size_t end = x->pos + x->len;
    bool maintainer = false;
    for (size_t i = 0; i < sizeof maintainers / sizeof maintainers[0] && !maintainer; i++) {
        size_t n = strlen(maintainers[i]);
        maintainer = x->len >= n && memcmp(t + end - n, maintainers[i], n) == 0;
    }
    /* `保守委託業者`: the word 委託業者 after 保守 */
    maintainer |= kj_text_before_is(ctx, x, "保守");
    return maintainer && kj_text_after_any(ctx, x, told, sizeof told / sizeof told[0]);
}

/* `委託先のアクセスログ解析により…判明`: a contractor whose analysis (a
 * compound noun ending in 解析, 分析, 調査 or 監視) found what happened —
 * the one who looked, not where it happened. */
static bool analysis_by(const extract_ctx *ctx, const hit *x)
{
    static const char *const looks[] = {"解析", "分析", "調査", "監視"};
    static const char *const means[] = {"により", "によって", "の結果"};
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, x->block, &len);
    size_t p = x->pos + x->len, no = strlen("の");
    if (!(x->len > no && memcmp(t + p - no, "の", no) == 0)) {
        if (!kj_text_after_is(ctx, x, "の"))
            return false;
        p += no;
    }
    for (int chars = 0; p < len && chars <= 12; chars++) {
        for (size_t i = 0; i < sizeof looks / sizeof looks[0]; i++) {
            if (!text_at(t, len, p, looks[i]))
                continue;
            for (size_t k = 0; k < sizeof means / sizeof means[0]; k++)
                if (text_at(t, len, p + strlen(looks[i]), means[k]))
                    return true;
        }
        size_t adv;
        int32_t c = kj_utf8_decode(t + p, len - p, &adv);
        /* a compound noun: katakana, kanji, Latin letters */
        if (!((c >= 0x30A1 && c <= 0x30FC) || (c >= 0x4E00 && c <= 0x9FFF) ||
              (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
        p += adv;
    }
    return false;
}

/* `セキュリティベンダーの協力のもと`, `外部業者に調査を依頼`: a contractor
 * that helps with the investigation, not where the incident happened; nor
 * one named as the agent of work on the organisation's system
 * (`委託先企業による新サーバへの移行作業において`, `…作業を委託先会社が
 * 実施している途上`), nor the running of the organisation's own system
 * entrusted to someone (`弊社が管理を委託しているサーバー`). */
static bool helps(const extract_ctx *ctx, const hit *x)
{
    static const char *const agent[] = {"による", "企業による", "事業者による", "業者による",
                                        "が実施", "会社が実施", "が行う",       "会社が行う"};
    /* `弊社が管理を委託しているサーバー`: its own server, run for it */
    static const char *const entrusted[] = {"管理を", "保守を", "運用を", "保守管理を"};
    /* `Xサーバーの保守管理を行なっているシステム会社が`: the company named
     * by the system it looks after, the organisation's */
    static const char *const maintaining[] = {
        "保守管理を行なっている", "保守管理を行っている", "保守管理を行なう、",
        "保守管理を行う、",       "保守管理を行なう",     "保守管理を行う",
        "保守を行なっている",     "保守を行っている",     "保守を行う",
        "保守を担当している",     "保守を担当する"};
    for (size_t i = 0; i < sizeof agent / sizeof agent[0]; i++)
        if (kj_text_after_is(ctx, x, agent[i]))
            return true;
    for (size_t i = 0; i < sizeof entrusted / sizeof entrusted[0]; i++)
        if (kj_text_before_is(ctx, x, entrusted[i]))
            return true;
    for (size_t i = 0; i < sizeof maintaining / sizeof maintaining[0]; i++)
        if (kj_text_before_is(ctx, x, maintaining[i]) && !placed_after(ctx, x))
            return true;
    /* `(システム会社の報告より)`, `弊社とシステム会社との関係図`: who
     * reported, a relation drawn */
    static const char *const help[] = {"の協力",     "と連携",   "の支援",         "に依頼",
                                       "に調査",     "の助言",   "と協力",         "の調査",
                                       "を通じ",     "を通して", "事業者等の調査", "等の調査",
                                       "の報告より", "との関係", "の解析",         "の分析"};
    /* `提供事業者(以下、「カートASP事業者」といいます)に調査を依頼`: what
     * follows the name its alias is given */
    hit after = *x;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    if (after.pos + after.len < len && text[after.pos + after.len] == '(')
        for (uint32_t i = after.pos + after.len; i < len && i < x->pos + x->len + 120; i++)
            if (text[i] == ')') {
                after.len = i + 1 - after.pos;
                break;
            }
    /* `システム運営会社等と連携`: the helpers named as a kind, with 等;
     * `専門業者の解析`: a term that ends on its own の (`業者の`) */
    hit with_others = *x, before_no = *x;
    if (kj_text_after_is(ctx, x, "等"))
        with_others.len += (uint32_t)strlen("等");
    size_t no = strlen("の");
    bool ends_on_no =
        x->len > no && x->pos + x->len <= len && memcmp(text + x->pos + x->len - no, "の", no) == 0;
    if (ends_on_no)
        before_no.len -= (uint32_t)no;
    for (size_t i = 0; i < sizeof help / sizeof help[0]; i++)
        if (kj_text_after_is(ctx, x, help[i]) || kj_text_after_is(ctx, &after, help[i]) ||
            kj_text_after_is(ctx, &with_others, help[i]) ||
            (ends_on_no && kj_text_after_is(ctx, &before_no, help[i])))
            return true;
    return diagnoses(ctx, x) || investigates_or_used(ctx, x) || analysis_by(ctx, x) ||
           reported_by_maintainer(ctx, x);
}

/*
 * `委託先会社が契約した専門会社(外部セキュリティーベンダー)が行うフォレンジック
 * 調査`: a contractor as the subject (が) of a relative clause that ends on
 * the investigation — who runs or commissions it, not where the incident
 * happened.  The clause runs from the contractor (or its closing bracket)
 * to 調査 with no attack word and no place (`のサーバ`, `において`) between:
 * `委託先が不正アクセスを受けたことを調査` places the incident there.
 */
static bool runs_the_investigation(const extract_ctx *ctx, const clause *c, size_t h)
{
    static const char *const subject[] = {"が", "会社が", "企業が", ")が"};
    const hit *x = &ctx->hits[h];
    size_t lead = 0;
    for (size_t i = 0; i < sizeof subject / sizeof subject[0] && !lead; i++)
        if (kj_text_after_is(ctx, x, subject[i]))
            lead = strlen(subject[i]);
    if (!lead)
        return false;
    uint32_t len;
    const char *t = kj_ctx_block_text(ctx, x->block, &len);
    size_t from = x->pos + x->len + lead, p = from;
    for (; p < len && p < from + 150; p++) {
        if (text_at(t, len, p, "、") || text_at(t, len, p, "。") || t[p] == '\n')
            return false;
        if (starts_with_any_at(t, len, p, placing_words))
            return false;
        if (text_at(t, len, p, "調査"))
            break;
    }
    if (!text_at(t, len, p, "調査"))
        return false;
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->block != x->block || y->pos >= p)
            break;
        if (y->kind == HIT_TERM &&
            (hit_entry(ctx, y)->attacks || HAS(hit_entry(ctx, y)->cues, ATTACK_WORD)))
            return false;
    }
    return true;
}

/* `弊社グループ会社であるX株式会社が運営するサービスをご利用いただいている
 * お取引先企業様`: the contractor or company word introduces the party whose
 * service names its users (kj_names_its_users), the next provider hit
 * close after it. */
static bool contractor_names_users(const extract_ctx *ctx, const clause *c, size_t h)
{
    const hit *service = next_with(ctx, c, h, 60, CUE(PROVIDER));
    return service && kj_names_its_users(ctx, service);
}

/* `4月16日にお知らせいたしました「当社が利用するメールシステムへの不正
 * アクセスに関するお知らせ」について`: quoted hit `x` stands in the title of
 * the organisation's own earlier notice, which speaks for it as its own
 * words do. */
static bool in_own_earlier_title(const extract_ctx *ctx, const hit *x)
{
    static const char *const released[] = {"お知らせいたしました", "お知らせしました",
                                           "公表いたしました",     "公表しました",
                                           "ご報告いたしました",   "ご報告しました"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = x->pos <= len ? x->pos : len, floor = at > 240 ? at - 240 : 0;
    while (at >= floor + 3 && memcmp(text + at - 3, "「", 3) != 0) {
        if (memcmp(text + at - 3, "」", 3) == 0)
            return false;
        at--;
    }
    if (at < floor + 3)
        return false;
    at -= 3; /* the opening bracket */
    if (at >= 3 && memcmp(text + at - 3, "、", 3) == 0)
        at -= 3;
    for (size_t i = 0; i < sizeof released / sizeof released[0]; i++) {
        size_t n = strlen(released[i]);
        if (at >= n && memcmp(text + at - n, released[i], n) == 0)
            return true;
    }
    return false;
}

/* `当社システムに対する不正アクセスの発生について | 【公式】Xサイト`: hit `x`
 * stands in a web page's title pasted with its site's name after a bar —
 * the cited party's words, whose 当社 is that party, not the organisation. */
static bool in_cited_page_title(const extract_ctx *ctx, const hit *x)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (uint32_t at = x->pos + x->len; at < len; at++) {
        if (at + 3 <= len && memcmp(text + at, "。", 3) == 0)
            return false;
        if (text[at] == '|')
            return true; /* spaces around the bar are gone in normalised text */
    }
    return false;
}

/* Is term `h` followed by a bracket that names the release's own
 * organisation (`グループ会社(株式会社X)` in X's release)? */
static bool names_itself_after(const extract_ctx *ctx, const clause *c, size_t h)
{
    if (h + 2 >= c->hit_end)
        return false;
    const hit *x = &ctx->hits[h], *open = &ctx->hits[h + 1], *self = &ctx->hits[h + 2];
    return open->kind == HIT_OPEN && open->block == x->block && open->pos <= x->pos + x->len + 3 &&
           self->kind == HIT_SELF && self->block == x->block &&
           self->pos <= open->pos + open->len + 3;
}

/* Is term hit `x` a word for a company of the group (子会社, グループ会社,
 * 関連会社)? */
static bool group_word(const extract_ctx *ctx, const hit *x)
{
    static const char *const group[] = {"子会社", "グループ会社", "関連会社"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (size_t i = 0; i < sizeof group / sizeof group[0]; i++) {
        size_t n = strlen(group[i]);
        if (x->len >= n && memcmp(text + x->pos + x->len - n, group[i], n) == 0)
            return true;
    }
    return false;
}

/* `当社子会社の株式会社X`, `子会社である株式会社X` in a release X issues
 * too: the group company is one of the organisations, and the release's
 * group words (`当社子会社における…被害`) name it, not a third party. */
static bool group_company_issues(const extract_ctx *ctx)
{
    static const char *const links[] = {"の", "である"};
    for (size_t h = 0; h + 1 < ctx->n_hits; h++) {
        const hit *x = &ctx->hits[h], *self = &ctx->hits[h + 1];
        if (x->kind != HIT_TERM || !HAS(hit_entry(ctx, x)->cues, CONTRACTOR) ||
            !group_word(ctx, x) || self->kind != HIT_SELF || self->block != x->block)
            continue;
        for (size_t i = 0; i < sizeof links / sizeof links[0]; i++)
            if (self->pos == x->pos + x->len + strlen(links[i]) &&
                kj_text_after_is(ctx, x, links[i]))
                return true;
    }
    return false;
}

/*
 * Where a clause places the incident: +1 at a contractor, vendor or
 * service (委託先, 当社が利用するメールサービス, X社が提供する…, 株式会社X
 * のシステム), -1 in the organisation's own systems (当社サーバー, 当社が
 * 運営するサイト, the organisation named by itself), 0 when it does not
 * say.  An own system named as the one attacked (`当社システムへの不正
 * アクセス`) outweighs a contractor's part in it.  Words followed by
 * 装った / になりすまし name who was impersonated.
 */
static int placement(const extract_ctx *ctx, const clause *c, bool group_issues)
{
    bool contractor = false, own = false, own_system = false, named_contractor = false;
    for (size_t h = c->hit_start; h < c->hit_end; h++) {
        const hit *x = &ctx->hits[h];
        if (x->quoted && !in_own_earlier_title(ctx, x))
            continue; /* 「弊社工場への…」: another's words, the title of its notice */
        if (x->kind == HIT_SELF) {
            own = true;
            continue;
        }
        if (x->kind != HIT_TERM)
            continue;
        cue_set cues = hit_entry(ctx, x)->cues;
        if (!(cues & (CUE(CONTRACTOR) | CUE(PROVIDER) | CUE(OWN) | CUE(USES) | CUE(COMPANY))))
            continue;
        if (HAS(cues, OWN) && in_cited_page_title(ctx, x))
            continue;
        const lex_entry *next = next_term(ctx, c, h, 9);
        if (next && HAS(next->cues, SPOOF))
            continue;
        if (HAS(cues, PROVIDER)) {
            if (kj_names_its_users(ctx, x))
                continue; /* whose data, not where it happened */
            if (after_self(ctx, c, h) || provided_to_others(ctx, x))
                own = true; /* 当社が運営する: the organisation provides it */
            else if (!run_by_the_attacker(ctx, x) && !kj_text_after_is(ctx, x, "でき") &&
                     !helps(ctx, x))
                contractor = true; /* not `サービスが提供できなく` */
        } else if (HAS(cues, CONTRACTOR) &&
                   (names_itself_after(ctx, c, h) || (group_issues && group_word(ctx, x)))) {
            own = true; /* `弊社グループ会社(株式会社X及び…)`, X issuing the release */
        } else if ((cues & (CUE(CONTRACTOR) | CUE(COMPANY))) &&
                   (contractor_names_users(ctx, c, h) || affected_by_it(ctx, c, h))) {
            continue; /* the party whose service's users are meant, or one affected */
        } else if (HAS(cues, CONTRACTOR)) {
            named_contractor = true;
            contractor |= !helps(ctx, x) && !runs_the_investigation(ctx, c, h);
        } else if (named_contractor && HAS(cues, OWN) && kj_text_after_is(ctx, x, "の")) {
            /* `受注している事業者から、…自社のサーバー`: the contractor's own */
            contractor = true;
        } else if (HAS(cues, USES)) {
            /* 当社が利用するメールサービス, 区が利用している株式会社Xの…,
             * but not 利用している機器 */
            contractor |= followed_within(ctx, c, h, NEAR, CUE(SERVICE) | CUE(COMPANY));
        } else if (HAS(cues, COMPANY)) {
            /* 株式会社Xのシステム, X社のサーバー */
            contractor |= followed_within(ctx, c, h, NEAR, CUE(SYSTEM) | CUE(SERVICE));
        } else if (!(next && HAS(next->cues, PROVIDER))) {
            own = true;
            own_system |= followed_within(ctx, c, h, 4, CUE(SYSTEM) | CUE(DEVICE));
        }
    }
    if (own_system)
        return -2;
    return contractor ? 1 : own ? -1 : 0;
}

/* Does the clause deny its attack or leak word (`…不正アクセスや、…情報流出
 * は確認されておりません`)? */
static bool denied_in(const extract_ctx *ctx, const clause *c)
{
    for (size_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        if ((e->attacks || (e->cues & (CUE(LEAK) | CUE(LEAK_NOUN)))) && kj_negated_after(ctx, c, k))
            return true;
    }
    return false;
}

/* Is the clause's attack a login into an account (不正ログイン), on a
 * service the organisation uses, rather than an intrusion into the
 * service's systems? */
static bool logged_into(const extract_ctx *ctx, const clause *c)
{
    bool login = false, intrusion = false, contractor = false;
    for (size_t k = c->hit_start; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        login |= KJ_SET_HAS(e->attacks, KJ_ATTACK_ACCOUNT_TAKEOVER);
        intrusion |= (e->attacks & ~(1u << KJ_ATTACK_ACCOUNT_TAKEOVER)) != 0;
        contractor |=
            (HAS(e->cues, CONTRACTOR) && !names_itself_after(ctx, c, k)) || HAS(e->cues, PROVIDER);
    }
    return login && !intrusion && !contractor;
}

/* `当施設のログインID及びパスワードを使い第三者が不正にログイン`, `弊社で
 * 管理している…の管理システムを使用して`: the organisation's own login or
 * account on a platform was used — the platform was not breached. */
static bool own_account_used(const extract_ctx *ctx, const sentence *s)
{
    static const char *const owners[] = {"当施設の", "当ホテルの", "当館の", "当店の",
                                         "当社の",   "弊社の",     "自社の", "当施設に関連する"};
    static const char *const managed[] = {"で管理している", "で管理する", "で管理していた"};
    bool login = KJ_SET_HAS(s->attacks, KJ_ATTACK_ACCOUNT_TAKEOVER);
    for (size_t k = s->hit_start; k < s->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        bool self =
            x->kind == HIT_SELF || (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, OWN));
        for (size_t i = 0; self && i < sizeof managed / sizeof managed[0]; i++)
            if (kj_text_after_is(ctx, x, managed[i]))
                return true;
        if (!login || x->kind != HIT_TERM ||
            !(HAS(hit_entry(ctx, x)->cues, ACCOUNT) ||
              KJ_SET_HAS(hit_entry(ctx, x)->data, KJ_DATA_CREDENTIALS)))
            continue;
        /* `当施設のログイン ID`: the word split from its ID by a space */
        hit at = *x;
        if (kj_text_before_is(ctx, &at, " "))
            at.pos -= 1;
        if (kj_text_before_is(ctx, &at, "ログイン"))
            at.pos -= (uint32_t)strlen("ログイン");
        for (size_t i = 0; i < sizeof owners / sizeof owners[0]; i++)
            if (kj_text_before_is(ctx, &at, owners[i]))
                return true;
    }
    return false;
}

/* `管理画面へのログイン情報等が窃取され、第三者が…不正にログイン`: a login
 * stolen and then used — the organisation's own login on a platform (a
 * contractor's staff login would name the contractor), not the platform
 * breached. */
static bool stolen_login_used(const extract_ctx *ctx, const sentence *s)
{
    static const char *const stolen[] = {"が窃取", "を窃取", "等が窃取", "等を窃取", "が盗",
                                         "を盗",   "が詐取", "を詐取",   "等が盗",   "等を盗"};
    if (!KJ_SET_HAS(s->attacks, KJ_ATTACK_ACCOUNT_TAKEOVER))
        return false;
    bool taken = false;
    for (size_t k = s->hit_start; k < s->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        if (e->cues & (CUE(CONTRACTOR) | CUE(PROVIDER)))
            return false;
        if (!KJ_SET_HAS(e->data, KJ_DATA_CREDENTIALS) && !HAS(e->cues, ACCOUNT))
            continue;
        for (size_t i = 0; i < sizeof stolen / sizeof stolen[0] && !taken; i++)
            taken = kj_text_after_is(ctx, x, stolen[i]);
    }
    return taken;
}

static void extract_third_party(extract_ctx *ctx)
{
    int contractor = 0, own = 0, own_system = 0;
    const sentence *evidence = NULL;
    bool group_issues = group_company_issues(ctx);
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s) || kj_sentence_is_measures(s))
            continue;
        bool incident = s->attacks || HAS(s->cues, ATTACK_WORD) || HAS(s->cues, GENERIC_ATTACK);
        /* `個人情報保護委員会とJIPDECに対し…報告`: whom it was reported to */
        if (!incident || (s->authorities && HAS(s->cues, REPORT_VERB)))
            continue;
        if (own_account_used(ctx, s) || stolen_login_used(ctx, s)) {
            own += 3;        /* outweighs the platform named beside it */
            own_system += 1; /* and the platform's name is no origin */
            continue;
        }
        for (uint32_t c = s->clause_start; c < s->clause_end; c++) {
            const clause *cl = &ctx->clauses[c];
            /* A measure, a condition, or a recovery (`当社においても安全に
             * 利用できる状態に復旧`) says where things were put right, not
             * where the incident happened. */
            if (HAS(cl->cues, PREVENT) || HAS(cl->cues, CONDITIONAL) || HAS(cl->cues, EV_RESTORE))
                continue;
            int weight = s->kind == SENT_TITLE ? 3 : 1;
            int where = placement(ctx, cl, group_issues);
            /* `当社システムへの不正アクセスは確認されておりません`,
             * `委託先へのサイバー攻撃の痕跡は発見されていない`: not there;
             * `メールシステムに外部から不正にログイン`: the organisation's own
             * account on a service, not the service breached */
            if (where != 0 && HAS(cl->cues, NEGATION) && denied_in(ctx, cl))
                where = 0;
            if (where > 0 && logged_into(ctx, cl))
                where = -1;
            if (where > 0) {
                contractor += weight;
                if (!evidence || (s->kind == SENT_TITLE && evidence->kind != SENT_TITLE))
                    evidence = s;
            } else if (where < 0) {
                own += weight;
                own_system += where == -2 ? weight : 0;
            }
        }
    }
    ctx->third_party_for = contractor;
    ctx->third_party_against = own_system;
    if (contractor > 0 && contractor >= own) {
        ctx->rel->third_party = true;
        ctx->third_party_why = evidence;
        kj_add_evidence(ctx, KJ_FIELD_THIRD_PARTY, "true", evidence);
    }
}

/* Does sentence `s` name the organisation's own website (`当社ウェブサイト`,
 * `本学のホームページ`, `弊社が運営するECサイト`) rather than another's
 * (`フィッシングサイト`, `メールのリンク先のサイト`)? */
static bool names_own_site(const extract_ctx *ctx, const sentence *s)
{
    for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
        const hit *w = &ctx->hits[h];
        if (w->kind != HIT_TERM || w->quoted || !HAS(hit_entry(ctx, w)->cues, WEBSITE))
            continue;
        for (uint32_t k = h; k-- > s->hit_start;) {
            const hit *x = &ctx->hits[k];
            if (x->block != w->block || x->pos + x->len + NEAR < w->pos)
                break;
            if (x->kind == HIT_SELF)
                return true;
            if (x->kind != HIT_TERM)
                continue;
            const lex_entry *e = hit_entry(ctx, x);
            if (HAS(e->cues, OWN))
                return true;
            if (e->attacks || HAS(e->cues, SPOOF))
                break;
        }
    }
    return false;
}

/* `当社ドメインに類似した偽ドメインからフィッシングメールが送信`: mail
 * sent from a fake sender, not through the organisation's own mail — no
 * relay.  (Mail that only poses as the organisation, `当社を装った`, may
 * still have left from its hijacked account.) */
static bool sent_as_another(const extract_ctx *ctx, const sentence *s, size_t h)
{
    const clause *c = kj_clause_of(ctx, s, h);
    for (size_t k = c->hit_start; k < h; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, x);
        if (KJ_SET_HAS(e->attacks, KJ_ATTACK_PHISHING) && kj_text_after_is(ctx, x, "から"))
            return true;
    }
    return false;
}

/* `弊社サイトへ不正プログラムが組み込まれている`: a program planted in the
 * organisation's own site (card skimming) tampers with the site; no
 * machine of the organisation is infected. */
static bool planted_on_own_site(const extract_ctx *ctx, const sentence *s, size_t h)
{
    static const char *const planted[] = {"が組み込まれ", "を組み込", "が埋め込まれ", "を埋め込"};
    const hit *x = &ctx->hits[h];
    if (hit_entry(ctx, x)->attacks != 1u << KJ_ATTACK_MALWARE || !names_own_site(ctx, s))
        return false;
    if (!kj_text_after_any(ctx, x, planted, sizeof planted / sizeof planted[0]))
        return false;
    /* the site is what it was planted in: the place word right before */
    for (size_t k = h; k-- > s->hit_start;) {
        const hit *y = &ctx->hits[k];
        if (y->block != x->block || y->pos + y->len + NEAR < x->pos)
            return false;
        if (y->kind == HIT_TERM)
            return HAS(hit_entry(ctx, y)->cues, WEBSITE);
    }
    return false;
}

/* `…サービスに対して、不正プログラムを用いた大量アクセス`: a program the
 * attacker ran to reach a service is the tool of an access, not an
 * infection of the organisation's machines. */
static bool a_tool_of_access(const extract_ctx *ctx, const sentence *s, size_t h)
{
    static const char *const used[] = {"を用いた", "を使用した", "を使った", "を利用した"};
    const hit *x = &ctx->hits[h];
    if (hit_entry(ctx, x)->attacks != 1u << KJ_ATTACK_MALWARE)
        return false;
    if (!kj_text_after_any(ctx, x, used, sizeof used / sizeof used[0]))
        return false;
    const lex_entry *next = next_term(ctx, kj_clause_of(ctx, s, h), h, 24);
    return next && (next->attacks & (1u << KJ_ATTACK_UNAUTHORIZED_ACCESS | 1u << KJ_ATTACK_DDOS));
}

/* `外部機器の設定に不備があり、その脆弱性から攻撃をうけました`: the
 * weakness pointed back to is the setting mistake named before it — a
 * misconfiguration, no exploited software vulnerability. */
static bool weakness_of_a_setting(const extract_ctx *ctx, const sentence *s, size_t h)
{
    static const char *const pointing[] = {"その", "この", "当該", "これによる", "それによる"};
    const hit *x = &ctx->hits[h];
    if (!kj_text_before_any(ctx, x, pointing, sizeof pointing / sizeof pointing[0]) ||
        !KJ_SET_HAS(hit_entry(ctx, x)->attacks, KJ_ATTACK_VULNERABILITY))
        return false;
    for (size_t k = s->hit_start; k < h; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind == HIT_TERM &&
            KJ_SET_HAS(hit_entry(ctx, y)->attacks, KJ_ATTACK_MISCONFIGURATION))
            return true;
    }
    return false;
}

/* `自動ビルド環境で利用していた外部プログラムに、不正なコードが混入`:
 * code slipped into software the organisation used, with no site of its
 * own named, is a supply-chain infection, not a tampered website. */
static bool code_slipped_into_software(const extract_ctx *ctx, const sentence *s, const hit *x)
{
    static const char *const slipped[] = {"が混入", "の混入", "を混入", "が仕込", "を仕込"};
    return hit_entry(ctx, x)->attacks == 1u << KJ_ATTACK_WEB_TAMPERING && !names_own_site(ctx, s) &&
           kj_text_after_any(ctx, x, slipped, sizeof slipped / sizeof slipped[0]);
}

/* `A社の取引担当者の正式なメールアカウントが…乗っ取られ`: the account
 * taken over at `x` is a business partner's or another company's, named
 * before it in its clause — mail sent from it did not leave the
 * organisation's systems. */
static bool partners_account(const extract_ctx *ctx, const sentence *s, const hit *x)
{
    const clause *c = kj_clause_of(ctx, s, (size_t)(x - ctx->hits));
    for (size_t k = c->hit_start; k < (size_t)(x - ctx->hits); k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, y);
        if (e->victims == 1u << KJ_VICTIM_BUSINESS_PARTNERS ||
            ((e->cues & (CUE(COMPANY) | CUE(CONTRACTOR))) &&
             (kj_text_after_is(ctx, y, "の") || kj_hit_text_has(ctx, y, "社の"))))
            return true;
    }
    return false;
}

/* `公式アカウントが何者かにより乗っ取られてしまい、…意図しない…投稿が
 * されております`, `メールアカウントが…不正アクセスされ、当会を装った
 * メールが、…へ送信されている`: what a taken-over account sent, after the
 * takeover word at `x` in sentence `s`. */
static bool sent_from_it(const extract_ctx *ctx, const sentence *s, const hit *x)
{
    static const char *const sent[] = {"送信され", "投稿され", "投稿がされ", "配信され"};
    /* `教員にメールを送信された方`: those who wrote to the account */
    static const char *const senders[] = {"た方", "た皆", "た相手"};
    if (x->block != s->block || partners_account(ctx, s, x))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t end = s->end < len ? s->end : len;
    for (uint32_t at = x->pos + x->len; at < end; at++)
        for (size_t i = 0; i < sizeof sent / sizeof sent[0]; i++) {
            size_t n = strlen(sent[i]);
            if (at + n > end || memcmp(text + at, sent[i], n) != 0)
                continue;
            bool to_it = false;
            for (size_t k = 0; k < sizeof senders / sizeof senders[0]; k++)
                to_it |= at + n + strlen(senders[k]) <= end &&
                         memcmp(text + at + n, senders[k], strlen(senders[k])) == 0;
            if (!to_it)
                return true;
        }
    return false;
}

/* Is the mass-access word at hit `h` made with the attacker's tool named
 * right before it (`不正プログラムを用いた大量アクセス`)? */
static bool made_with_tool(const extract_ctx *ctx, const sentence *s, size_t h)
{
    if (hit_entry(ctx, &ctx->hits[h])->attacks != 1u << KJ_ATTACK_DDOS)
        return false;
    for (size_t k = h; k-- > s->hit_start;)
        if (ctx->hits[k].kind == HIT_TERM)
            return a_tool_of_access(ctx, s, k);
    return false;
}

/* The first malware word for which `what` holds (the attacker's tool of
 * access, a program planted in the own site), or NULL: its other mentions
 * (`不正プログラムによる、サービスの一部停止`, `不正プログラムの設置が
 * 認められた`) speak of the same program. */
static const lex_entry *program_that(const extract_ctx *ctx,
                                     bool (*what)(const extract_ctx *, const sentence *, size_t))
{
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        for (uint32_t h = s->hit_start; h < s->hit_end; h++)
            if (ctx->hits[h].kind == HIT_TERM && what(ctx, s, h))
                return hit_entry(ctx, &ctx->hits[h]);
    }
    return NULL;
}

/*
 * `原因は従業員がフィッシングメールへアクセスしたことであると判明しており、
 * パスワードの変更…`: a sentence that opens by stating the cause tells how
 * the attack happened, even in a section of measures.
 */
static bool opens_with_the_cause(const extract_ctx *ctx, const sentence *s)
{
    static const char cause[] = "原因は";
    uint32_t len;
    if (s->block == UINT32_MAX)
        return false;
    const char *text = kj_ctx_block_text(ctx, s->block, &len);
    return s->start + strlen(cause) <= len && memcmp(text + s->start, cause, strlen(cause)) == 0;
}

/*
 * Once an account is stated taken over, a sentence of its own saying what
 * went out from an account (`弊所のアカウントより心当たりのない請求が送信
 * されている`, `当該アカウントから…メッセージが自動送信されました`) tells
 * that the account sent mail or messages to others: the sentence, or NULL.
 * Warnings and requests (`アカウントから送信されたメールにご注意ください`)
 * tell what readers may get, not what happened.
 */
static const sentence *sent_from_an_account(const extract_ctx *ctx)
{
    static const char *const from[] = {"より", "から"};
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (kj_sentence_is_aside(s) || kj_sentence_is_measures(s) ||
            (s->cues & (CUE(WARNING) | CUE(REQUEST))))
            continue;
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *x = &ctx->hits[h];
            if (x->kind == HIT_TERM && HAS(hit_entry(ctx, x)->cues, ACCOUNT) &&
                kj_text_after_any(ctx, x, from, sizeof from / sizeof from[0]) &&
                sent_from_it(ctx, s, x))
                return s;
        }
    }
    return NULL;
}

void kj_extract_attacks(extract_ctx *ctx)
{
    kj_set found = 0;
    const sentence *why[KJ_ATTACK__COUNT] = {0};
    bool login = false; /* a takeover word other than an address misused */
    const lex_entry *tool = program_that(ctx, a_tool_of_access);
    const lex_entry *planted = program_that(ctx, planted_on_own_site);
    for (size_t i = 0; i < ctx->n_sents; i++) {
        const sentence *s = &ctx->sents[i];
        if (!(s->attacks || HAS(s->cues, MISUSE)) || kj_sentence_is_aside(s) ||
            (kj_sentence_is_measures(s) && !opens_with_the_cause(ctx, s)))
            continue;
        for (uint32_t h = s->hit_start; h < s->hit_end; h++) {
            const hit *x = &ctx->hits[h];
            if (x->kind != HIT_TERM)
                continue;
            kj_set attacks = hit_entry(ctx, x)->attacks;
            if (into_an_account(ctx, s, h))
                attacks |= 1u << KJ_ATTACK_ACCOUNT_TAKEOVER;
            if (!attacks || !attack_stated(ctx, s, h))
                continue;
            if (KJ_SET_HAS(attacks, KJ_ATTACK_SPAM_RELAY) && sent_as_another(ctx, s, h))
                attacks &= ~(1u << KJ_ATTACK_SPAM_RELAY);
            /* the tool, and the mass access it made to take data from a
             * service (`不正プログラムを用いた大量アクセス`): scraping, not a
             * denial of service */
            if (hit_entry(ctx, x) == tool || (h > s->hit_start && made_with_tool(ctx, s, h)))
                attacks = 1u << KJ_ATTACK_UNAUTHORIZED_ACCESS;
            if (weakness_of_a_setting(ctx, s, h))
                attacks &= ~(1u << KJ_ATTACK_VULNERABILITY);
            if (code_slipped_into_software(ctx, s, x))
                attacks = 1u << KJ_ATTACK_MALWARE;
            if (hit_entry(ctx, x) == planted)
                attacks = 1u << KJ_ATTACK_WEB_TAMPERING;
            /* a fake CAPTCHA or sign-in screen shown on the organisation's
             * own site: someone put it there */
            if (HAS(hit_entry(ctx, x)->cues, FAKE_SCREEN) && names_own_site(ctx, s))
                attacks |= 1u << KJ_ATTACK_WEB_TAMPERING;
            for (int a = 0; a < KJ_ATTACK__COUNT; a++) {
                if (KJ_SET_HAS(attacks, a) && !why[a])
                    why[a] = s;
            }
            found |= attacks;
            if (KJ_SET_HAS(attacks, KJ_ATTACK_ACCOUNT_TAKEOVER) &&
                !kj_hit_text_has(ctx, x, "アドレス"))
                login = true;
            if (KJ_SET_HAS(attacks, KJ_ATTACK_ACCOUNT_TAKEOVER) && sent_from_it(ctx, s, x)) {
                found |= 1u << KJ_ATTACK_SPAM_RELAY;
                if (!why[KJ_ATTACK_SPAM_RELAY])
                    why[KJ_ATTACK_SPAM_RELAY] = s;
            }
            if (KJ_SET_HAS(attacks, KJ_ATTACK_ACCOUNT_TAKEOVER) &&
                ctx->n_takeover < sizeof ctx->takeover / sizeof ctx->takeover[0] &&
                (!ctx->n_takeover || ctx->takeover[ctx->n_takeover - 1] != s))
                ctx->takeover[ctx->n_takeover++] = s;
        }
    }
    const sentence *sent =
        KJ_SET_HAS(found, KJ_ATTACK_ACCOUNT_TAKEOVER) && !KJ_SET_HAS(found, KJ_ATTACK_SPAM_RELAY)
            ? sent_from_an_account(ctx)
            : NULL;
    if (sent) {
        found |= 1u << KJ_ATTACK_SPAM_RELAY;
        why[KJ_ATTACK_SPAM_RELAY] = sent;
    }
    /* `メールアドレスを不正に利用した不審メール` sent through a mail server
     * whose setting let outsiders relay (`設定誤りにより…中継可能な状態`):
     * the address was borrowed, no account taken over */
    if (!login && KJ_SET_HAS(found, KJ_ATTACK_MISCONFIGURATION) &&
        KJ_SET_HAS(found, KJ_ATTACK_SPAM_RELAY)) {
        found &= ~(1u << KJ_ATTACK_ACCOUNT_TAKEOVER);
        ctx->n_takeover = 0;
    }
    /* A third party who logged in with an account, or exploited a
     * vulnerability, accessed the system: the generic type goes with them. */
    if (found & (1u << KJ_ATTACK_ACCOUNT_TAKEOVER | 1u << KJ_ATTACK_VULNERABILITY))
        found |= 1u << KJ_ATTACK_UNAUTHORIZED_ACCESS;
    /* Ransomware is malware; malware means the other kinds. */
    if (KJ_SET_HAS(found, KJ_ATTACK_RANSOMWARE))
        found &= ~(1u << KJ_ATTACK_MALWARE);
    /* A failure is only a failure when no attack is stated at all. */
    if (found != (1u << KJ_ATTACK_SYSTEM_FAILURE))
        found &= ~(1u << KJ_ATTACK_SYSTEM_FAILURE);
    if (found == (1u << KJ_ATTACK_SYSTEM_FAILURE)) {
        for (size_t i = 0; i < ctx->n_sents; i++)
            if (HAS(ctx->sents[i].cues, GENERIC_ATTACK))
                found = 0;
    }
    if (KJ_SET_HAS(found, KJ_ATTACK_UNAUTHORIZED_ACCESS) && !why[KJ_ATTACK_UNAUTHORIZED_ACCESS])
        why[KJ_ATTACK_UNAUTHORIZED_ACCESS] = why[KJ_ATTACK_ACCOUNT_TAKEOVER]
                                                 ? why[KJ_ATTACK_ACCOUNT_TAKEOVER]
                                                 : why[KJ_ATTACK_VULNERABILITY];
    ctx->rel->attack_types = found;
    for (int a = 0; a < KJ_ATTACK__COUNT; a++)
        if (KJ_SET_HAS(found, a))
            kj_add_evidence(ctx, KJ_FIELD_ATTACK_TYPES, kj_vocab_name(KJ_VOCAB_ATTACK, a), why[a]);
    extract_third_party(ctx);
}
