/*
 * date_words.c — what the words around a date say (see date_words.h).
 */
#include "date_words.h"

/* The event a term names, in order of precedence; NO_EVENT if none.  An
 * attack word (`不正アクセス`, `紛失`) names the incident itself. */
static int event_of(const lex_entry *e, bool authority)
{
    cue_set cues = e->cues;
    if (HAS(cues, EV_STEP))
        return STEP_EVENT;
    /* `…が発生したとの報道がありました`: a report made public, as a
     * release is, though by the press; facts_dates.c dates nothing by it */
    if (HAS(cues, EV_RELEASE) || HAS(cues, PRESS))
        return KJ_EVENT_RELEASE;
    if (HAS(cues, EV_DETECT) || HAS(cues, EV_TOLD))
        return KJ_EVENT_DETECTED;
    if (HAS(cues, EV_OCCUR) || HAS(cues, OUTAGE) || e->attacks)
        return KJ_EVENT_OCCURRED;
    if (HAS(cues, REPORT_VERB) && authority)
        return KJ_EVENT_REPORTED;
    if (HAS(cues, EV_CONTAIN))
        return KJ_EVENT_CONTAINED;
    if (HAS(cues, EV_RESTORE))
        return KJ_EVENT_RESTORED;
    if (HAS(cues, EV_NOTIFY))
        return KJ_EVENT_NOTIFIED;
    return NO_EVENT;
}

/* An attack named as a thing (`不正アクセス`, `ランサムウェア`), not as
 * what happened: the verb after it says what the date saw. */
static bool is_attack_noun(const lex_entry *e)
{
    const cue_set verbs = CUE(EV_OCCUR) | CUE(EV_DETECT) | CUE(EV_TOLD) | CUE(EV_CONTAIN) |
                          CUE(EV_NOTIFY) | CUE(EV_RESTORE) | CUE(EV_RELEASE) | CUE(OUTAGE) |
                          CUE(EV_STEP);
    return e->attacks && !(e->cues & verbs);
}

/* ------------------------------------------------------------ the terms */

/* Is the term at hit `k` denied right after it (`確認されませんでした`,
 * `検知されておりません`)?  Only a negation that touches it: a later `ない`
 * of the clause is about something else. */
static bool denied(const extract_ctx *ctx, const sentence *s, uint32_t k)
{
    if (k + 1 >= s->hit_end)
        return false;
    const hit *x = &ctx->hits[k], *y = &ctx->hits[k + 1];
    if (y->kind != HIT_TERM || y->block != x->block || y->pos > x->pos + x->len + 18)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    for (uint32_t i = x->pos + x->len; i < y->pos; i = next_char(text, len, i))
        if (starts(text, len, i, "、"))
            return false; /* `発生し、影響はありません`: the clause goes on */
    if (HAS(hit_entry(ctx, y)->cues, EV_DETECT) && denied(ctx, s, k + 1))
        return true; /* `情報が流出した痕跡は確認されておりません`: not found */
    return HAS(hit_entry(ctx, y)->cues, NEGATION); /* `発生したものではありません` */
}

/* Is term `k` the organisation as the source (`弊社から`, `当社より`):
 * what it tells next is its own telling of others? */
static bool own_source(const extract_ctx *ctx, const sentence *s, uint32_t k)
{
    const hit *y = &ctx->hits[k];
    const lex_entry *e = hit_entry(ctx, y);
    if (k == s->hit_start || !HAS(e->cues, RANGE) ||
        !(entry_starts(ctx, e, "から") || entry_starts(ctx, e, "より")))
        return false;
    const hit *p = &ctx->hits[k - 1];
    if (p->block != y->block || p->pos + p->len != y->pos)
        return false;
    return p->kind == HIT_SELF || (p->kind == HIT_TERM && HAS(hit_entry(ctx, p)->cues, OWN));
}

bool kj_found_again(const extract_ctx *ctx, const hit *y)
{
    static const char *const again[] = {"再度", "再び", "ふたたび"};
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, y->block, &len);
    for (size_t i = 0; i < sizeof again / sizeof again[0]; i++)
        if (ends_with(text, y->pos, again[i]))
            return true;
    return false;
}

/* Is the report at term `k` the object of a telling received a few words
 * on (`報告をIIJ社から受け`, `報告を委託先より受けた`), not one made to an
 * authority the sentence names? */
static bool report_received(const extract_ctx *ctx, const sentence *s, uint32_t k)
{
    const hit *y = &ctx->hits[k];
    if (!kj_text_after_is(ctx, y, "を"))
        return false;
    for (uint32_t j = k + 1; j < s->hit_end; j++) {
        const hit *z = &ctx->hits[j];
        if (z->block != y->block || z->pos > y->pos + y->len + 60 || z->kind == HIT_DATE)
            return false;
        if (z->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, z);
        if (HAS(e->cues, EV_TOLD))
            return entry_starts(ctx, e, "から") || entry_starts(ctx, e, "より") ||
                   entry_starts(ctx, e, "社から") || entry_starts(ctx, e, "社より");
        if (event_of(e, false) != NO_EVENT)
            return false;
    }
    return false;
}

/* Is the event term `y` only planned (`…最終報告を受ける予定`, `公表予定`,
 * `復旧の予定`): a step to come, which no date makes happen? */
static bool planned(const extract_ctx *ctx, const hit *y)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, y->block, &len);
    uint32_t i = y->pos + y->len;
    for (int n = 0; n < 4 && i < len && is_hiragana(char_at(text, len, i)); n++, i += 3)
        if (char_at(text, len, i) == 0x305F /* た */)
            return false; /* `予定していた`, `…した予定表`: no plan of this step */
    return starts(text, len, i, "予定");
}

/* The event term `k` names in sentence `s` (NO_EVENT when none); *told
 * when it is a detection by being told. */
static int term_event(const extract_ctx *ctx, const sentence *s, uint32_t k, bool quoted,
                      bool *told)
{
    const hit *y = &ctx->hits[k];
    *told = false;
    if (y->kind != HIT_TERM || y->quoted != quoted)
        return NO_EVENT; /* 「…不正アクセス発生について」を公表: a title, not this event */
    const lex_entry *e = hit_entry(ctx, y);
    int kind = event_of(e, s->authorities != 0);
    if (kind == NO_EVENT)
        return NO_EVENT;
    if ((kind == KJ_EVENT_DETECTED || kind == KJ_EVENT_OCCURRED) && denied(ctx, s, k))
        return NO_EVENT;
    if (kj_text_after_is(ctx, y, "まで"))
        return NO_EVENT; /* `2015年6月から発覚日までの間`: the end of a period */
    if (planned(ctx, y))
        return STATUS_DATE; /* `11月末に最終報告を受ける予定`: a date of what is to
                               come, no event */
    if (kind == KJ_EVENT_REPORTED && report_received(ctx, s, k))
        return NO_EVENT; /* `報告をIIJ社から受け`: the telling after it is the event */
    if (kind == KJ_EVENT_DETECTED && kj_found_again(ctx, y))
        return NO_EVENT; /* `…事象を再度確認`: not when it was first noticed */
    *told = HAS(e->cues, EV_TOLD);
    if (*told) /* `弊社から信用組合に対し…旨の報告`: the organisation told */
        for (uint32_t j = k; j-- > s->hit_start && ctx->hits[j].kind != HIT_DATE;)
            if (ctx->hits[j].kind == HIT_TERM && own_source(ctx, s, j)) {
                *told = false;
                return KJ_EVENT_NOTIFIED;
            }
    return kind;
}

int kj_hit_event(const extract_ctx *ctx, const sentence *s, uint32_t k, bool *told)
{
    return term_event(ctx, s, k, false, told);
}

/* Where the time of day after a date ends (`16時21分`, `午前1時50分頃`,
 * `未明`, `8:53`): the date's suffix (`から`, `現在`) comes after it. */
uint32_t kj_after_time_of_day(const char *text, uint32_t len, uint32_t i)
{
    static const char *const words[] = {"午前", "午後", "未明", "早朝", "深夜", "夕方", "正午",
                                        "前後", "ごろ", "時",   "分",   "秒",   "頃",   "朝",
                                        "昼",   "夜",   "過ぎ", "すぎ", ":",    " "};
    /* `10日の未明`, `11日の昼`: a time of day joined by の */
    static const char *const of_day[] = {"未明", "早朝", "深夜", "夕方", "正午",
                                         "朝",   "昼",   "夜",   "午前", "午後"};
    static const char no[] = "の";
    if (i + sizeof no - 1 <= len && memcmp(text + i, no, sizeof no - 1) == 0)
        for (size_t k = 0; k < sizeof of_day / sizeof of_day[0]; k++) {
            size_t n = strlen(of_day[k]);
            if (i + sizeof no - 1 + n <= len &&
                memcmp(text + i + sizeof no - 1, of_day[k], n) == 0) {
                i += (uint32_t)(sizeof no - 1);
                break;
            }
        }
    for (;;) {
        uint32_t at = i;
        while (i < len && text[i] >= '0' && text[i] <= '9')
            i++;
        for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
            size_t n = strlen(words[k]);
            if (i + n <= len && memcmp(text + i, words[k], n) == 0) {
                i += (uint32_t)n;
                break;
            }
        }
        if (i == at)
            return i;
    }
}

/* Is term `k` a source (`X社から`, `お客様より`) — not the end of a
 * date (`4月5日から`) nor the organisation itself (`当社より`)? */
static bool is_source(const extract_ctx *ctx, const sentence *s, uint32_t k)
{
    const hit *y = &ctx->hits[k];
    const lex_entry *e = hit_entry(ctx, y);
    if (!HAS(e->cues, RANGE) || !(entry_starts(ctx, e, "から") || entry_starts(ctx, e, "より")))
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, y->block, &len);
    if (y->pos < 3 || is_hiragana(char_at(text, len, y->pos - 3)))
        return false; /* `発生したことから`: a reason, not a source */
    if (k == s->hit_start)
        return true;
    const hit *p = &ctx->hits[k - 1];
    if (p->block == y->block && p->kind == HIT_DATE &&
        y->pos <= kj_after_time_of_day(text, len, p->pos + p->len))
        return false; /* `7月9日13:55頃から` */
    if (p->block != y->block || p->pos + p->len + 6 < y->pos)
        return true;
    if (p->kind == HIT_DATE || p->kind == HIT_SELF)
        return false;
    return !(p->kind == HIT_TERM && HAS(hit_entry(ctx, p)->cues, OWN));
}

/* Does a term said of a source tell the organisation something
 * (`X社から本学に…の第一報`, `お客様よりご連絡`)? */
static bool tells(const extract_ctx *ctx, const lex_entry *e)
{
    if (HAS(e->cues, REPORT_VERB) || HAS(e->cues, EV_NOTIFY))
        return true;
    return HAS(e->cues, EV_RELEASE) && ends_with(entry_text(ctx, e), e->len, "報");
}

/* Does a particle at text[i] end the name before it (`の`, `が`, `、`)? */
static bool ends_name(const char *text, uint32_t len, uint32_t i)
{
    static const char *const particles[] = {"の", "が", "は", "を", "と", "で", "、", "。"};
    for (size_t p = 0; p < sizeof particles / sizeof particles[0]; p++)
        if (starts(text, len, i, particles[p]))
            return true;
    return false;
}

/* Is what source `from` tells at term `to` told to the organisation: it
 * names itself in between (`X社から本学に`), or names no company as the
 * receiver (`イシクラから委託会社へ…報告`, `委員会から(株)イシクラに対し
 * …旨の連絡` tell someone else)? */
static bool told_to_us(const extract_ctx *ctx, uint32_t from, uint32_t to)
{
    static const char *const receivers[] = {"へ", "に対", "宛", "に"};
    for (uint32_t k = from + 1; k < to; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind == HIT_SELF || (y->kind == HIT_TERM && HAS(hit_entry(ctx, y)->cues, OWN)))
            return true;
    }
    for (uint32_t k = from + 1; k < to; k++) {
        const hit *y = &ctx->hits[k];
        uint32_t len;
        const char *text = kj_ctx_block_text(ctx, y->block, &len);
        /* `(株)イシクラに対し`: the legal form in parentheses, read as
         * brackets, names a company too */
        bool company = y->kind == HIT_CLOSE
                           ? ends_with(text, y->pos, "(株") || ends_with(text, y->pos, "(有")
                           : y->kind == HIT_TERM &&
                                 (hit_entry(ctx, y)->cues & (CUE(COMPANY) | CUE(CONTRACTOR)));
        if (!company)
            continue;
        for (uint32_t i = y->pos + y->len; i <= y->pos + y->len + 18 && i < len;
             i = next_char(text, len, i)) {
            for (size_t r = 0; r < sizeof receivers / sizeof receivers[0]; r++)
                if (starts(text, len, i, receivers[r]))
                    return false;
            if (ends_name(text, len, i))
                break; /* `X社の委託先に対し`: the name ended before the receiver */
        }
    }
    return true;
}

/* Does term `y` report what was said after the event `x` (`…を受けたと
 * お知らせし`, `…が発生したとの発表`, `…を受けたと同社から報告を受け`)? */
static bool quotes_before(const extract_ctx *ctx, const hit *x, const hit *y)
{
    const lex_entry *e = hit_entry(ctx, y);
    if (entry_starts(ctx, e, "との") || entry_starts(ctx, e, "旨の") || entry_starts(ctx, e, "と"))
        return true;
    if (x->block != y->block || y->pos > x->pos + x->len + 45)
        return false;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, y->block, &len);
    for (uint32_t i = x->pos + x->len; i + 3 <= y->pos; i = next_char(text, len, i)) {
        if (!(char_at(text, len, i) == 0x3068 /* と */ && i >= 3 &&
              is_hiragana(char_at(text, len, i - 3))))
            continue;
        if (char_at(text, len, i - 3) == 0x3053 /* こ */)
            continue; /* `…が行われたことを受け、…公表`: the nominaliser, no quote */
        uint32_t next = char_at(text, len, i + 3);
        if (next != 0x3053 /* こ(ころ) */ && next != 0x3068 /* と(もに) */ &&
            next != 0x3057 /* し(て) */)
            return true;
    }
    return false;
}

/* Is the verb at term `y` in the past (`誤った`, `発生した`, not
 * `持ち出しを示す`)? */
static bool in_past(const extract_ctx *ctx, const hit *y)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, y->block, &len);
    uint32_t i = y->pos + y->len;
    if (ends_with(text, i, "た"))
        return true;
    for (int n = 0; n < 4 && i < len && is_hiragana(char_at(text, len, i)); n++, i += 3)
        if (char_at(text, len, i) == 0x305F /* た */)
            return true;
    return false;
}

/* Nominalisers that make a clause the object of a finding. */
static const char *const noms[] = {"ことを", "ことが", "ことも", "事を",   "事が",
                                   "事象を", "事象が", "状況を", "状況が", "状態を",
                                   "状態が", "旨を",   "現象を", "現象が"};

/* Where the name the text gives a thing (`(以下「本事象」といいます。)`),
 * starting at text[i], ends; i when none stands there. */
static uint32_t past_definition(const char *text, uint32_t len, uint32_t i)
{
    if (!starts(text, len, i, "(以下"))
        return i;
    for (uint32_t j = i + 1; j < len && j < i + 120; j = next_char(text, len, j))
        if (text[j] == ')')
            return j + 1;
    return i;
}

/* Does a nominaliser start at text[i], its particle before `len`: one of
 * `noms`, or its noun and particle with the name the text gives it between
 * them (`…を受けた事象(以下「本事象」といいます。)を確認`)? */
static bool nominaliser_at(const char *text, uint32_t len, uint32_t i)
{
    for (size_t k = 0; k < sizeof noms / sizeof noms[0]; k++) {
        size_t noun = strlen(noms[k]) - 3; /* the particle is one character */
        if (i + noun > len || memcmp(text + i, noms[k], noun) != 0)
            continue;
        /* the particle right after the noun, or after the name given it */
        if (starts(text, len, past_definition(text, len, i + (uint32_t)noun), noms[k] + noun))
            return true;
    }
    return false;
}

bool kj_of_a_clause(const extract_ctx *ctx, const hit *y)
{
    const lex_entry *e = hit_entry(ctx, y);
    if (entry_starts(ctx, e, "こと") || entry_starts(ctx, e, "事"))
        return true;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, y->block, &len);
    for (size_t k = 0; k < sizeof noms / sizeof noms[0]; k++)
        if (ends_with(text, y->pos, noms[k]))
            return true;
    /* `…事象(以下「本事象」といいます。)を確認`: the name given between the
     * nominaliser and its particle — an aside that closes right before the
     * particle (…)を), looked for only then */
    if (y->pos < 4 || text[y->pos - 4] != ')')
        return false;
    uint32_t from = y->pos > 120 ? y->pos - 120 : 0;
    for (uint32_t i = y->pos; i-- > from;)
        if (starts(text, len, i, "(以下")) {
            for (size_t k = 0; k < sizeof noms / sizeof noms[0]; k++) {
                size_t noun = strlen(noms[k]) - 3;
                if (i >= noun && memcmp(text + i - noun, noms[k], noun) == 0 &&
                    past_definition(text, len, i) + 3 == y->pos &&
                    ends_with(text, y->pos, noms[k] + noun))
                    return true;
            }
            break;
        }
    return false;
}

/* ------------------------------------------------------------ the reading */

/* Is the event `kind` at term `k` a notice referred back to (`…にお知らせ
 * しております通り、…の報告を受けました`)?  The date is that notice's,
 * not the telling it repeats. */
static bool refers_back(const extract_ctx *ctx, int kind, uint32_t k)
{
    if (kind != KJ_EVENT_RELEASE)
        return false;
    const lex_entry *e = hit_entry(ctx, &ctx->hits[k]);
    if (ends_with(entry_text(ctx, e), e->len, "とおり") ||
        ends_with(entry_text(ctx, e), e->len, "通り"))
        return true;
    /* `4月18日にお知らせいたしました、「…」における…につきまして`,
     * `…お知らせしました件につき`: the notice qualifies the topic */
    return ends_with(entry_text(ctx, e), e->len, "した") &&
           (kj_text_after_is(ctx, &ctx->hits[k], "、「") ||
            kj_text_after_is(ctx, &ctx->hits[k], "「") ||
            kj_text_after_is(ctx, &ctx->hits[k], "件"));
}

/* Is date hit `h` right after a subject marked by `が` (`…サーバーが令和6年
 * 5月に`, `機器ベンダが、2025年9月末頃に`): a noun, not a clause (`…した
 * が、`)?  *ga is where the `が` stands. */
bool kj_subject_before_date(const extract_ctx *ctx, uint32_t h, uint32_t *ga)
{
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = x->pos;
    if (ends_with(text, at, "、"))
        at -= 3;
    if (!ends_with(text, at, "が") || at < 6)
        return false;
    at -= 3;
    uint32_t cp = char_at(text, len, at - 3);
    *ga = at;
    return (cp >= 0x30A0 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF);
}

/* Does date hit `from` stand inside what a source told: after the source
 * (`委託先から、`) and right after a subject marked by `が` (`…サーバーが令和
 * 7年5月に…攻撃を受け、…との報告`)?  Then it dates the subject's event,
 * not the telling. */
static bool inside_a_telling(const extract_ctx *ctx, const sentence *s, uint32_t from)
{
    uint32_t ga;
    if (from < s->hit_start || from >= s->hit_end || ctx->hits[from].kind != HIT_DATE ||
        !kj_subject_before_date(ctx, from, &ga))
        return false;
    const hit *x = &ctx->hits[from];
    for (uint32_t k = s->hit_start; k < from; k++)
        if (ctx->hits[k].kind == HIT_TERM && ctx->hits[k].block == x->block && is_source(ctx, s, k))
            return true;
    return false;
}

/* Is date hit `from` bound by `に` to the event at hit `k`, and that event
 * the cause of what follows it (`DATEに…攻撃を受けたことにより、…流出した
 * おそれがあるとの報告を受け`)?  The date stands in the cause, inside what
 * was told: it dates the attack, not the telling (GUIDE, dates second
 * session: a provider's attack, dated, and its later undated telling). */
static bool dated_cause(const extract_ctx *ctx, uint32_t from, uint32_t k)
{
    static const char *const causes[] = {"たことにより、", "たことによって、", "たことで、",
                                         "ことにより、",   "ことによって、",   "ことで、"};
    const hit *x = &ctx->hits[from], *y = &ctx->hits[k];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t at = kj_after_time_of_day(text, len, x->pos + x->len);
    if (y->block != x->block || !starts(text, len, at, "に") || starts(text, len, at, "に、") ||
        starts(text, len, at, "において"))
        return false;
    for (size_t i = 0; i < sizeof causes / sizeof causes[0]; i++)
        if (starts(text, len, y->pos + y->len, causes[i]))
            return true;
    return false;
}

/* Bytes between an attack noun and a verb of its happening that stands
 * for it (`ランサムウェアによる攻撃を受け`); any other verb of its clause
 * says what the date saw of it (`フィッシングサイトへの注意喚起を公表`,
 * `不正なアクセス及び情報流出の痕跡があり`). */
#define NOUN_TO_VERB 24

date_reading kj_read_events(const extract_ctx *ctx, const sentence *s, uint32_t from,
                            const clause *home)
{
    date_reading r = {.first = NO_EVENT, .next_date = s->hit_end};
    int depth = 0, outer = NO_EVENT;
    uint32_t outer_hit = 0, noun_end = 0, source_at = 0;
    bool source = false, source_first = false, noun = false;
    const clause *first_clause = NULL;
    /* a date quoted (`「2024年12月…攻撃があり…」との第一報`) reads its quote
     * only; one outside reads past quoted dates */
    bool quoted = from + 1 > s->hit_start && ctx->hits[from].quoted;
    for (uint32_t k = from + 1; k < s->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (quoted && !y->quoted)
            break;
        if (y->kind == HIT_DATE && !quoted && y->quoted)
            continue;
        if (y->kind == HIT_DATE) {
            r.next_date = k;
            break;
        }
        if (y->kind == HIT_OPEN) {
            depth++;
            continue;
        }
        if (y->kind == HIT_CLOSE) {
            if (depth == 0)
                break; /* `(2025年7月28日~9月16日)`: the date's own aside ends */
            depth--;
            continue;
        }
        if (y->kind != HIT_TERM || depth > 0)
            continue;
        const lex_entry *e = hit_entry(ctx, y);
        if (noun && HAS(e->cues, GENERIC_ATTACK) && event_of(e, false) == NO_EVENT &&
            y->block == ctx->hits[r.first_hit].block) {
            noun_end = y->pos + y->len; /* `ランサムウェアによるサイバー攻撃を受け` */
            continue;
        }
        if (y->quoted && !quoted)
            continue; /* `「お取引先様より…について」と題する`: a title's words */
        if (is_source(ctx, s, k)) {
            source = true;
            source_at = k;
            continue;
        }
        bool told;
        int kind = term_event(ctx, s, k, quoted, &told);
        if (told && source && !told_to_us(ctx, source_at, k))
            continue; /* `委員会から(株)イシクラに対し…旨の連絡`: told someone else */
        if ((kind == NO_EVENT || kind == KJ_EVENT_RELEASE) && source && !y->quoted &&
            tells(ctx, e) && told_to_us(ctx, source_at, k)) {
            kind = KJ_EVENT_DETECTED; /* `X社から本学に、…の第一報` */
            told = true;
        }
        if (kind == NO_EVENT)
            continue;
        const clause *c = kj_clause_of(ctx, s, k);
        if (r.first == STEP_EVENT && kind == KJ_EVENT_OCCURRED && !is_attack_noun(e) &&
            c == first_clause && !entry_starts(ctx, e, "受け") && in_past(ctx, y) &&
            !kj_qualifies_noun(ctx, &ctx->hits[r.first_hit])) {
            /* `10月1日に実施した改修作業において、…設定を誤った`: the step
             * is where it happened */
            r.first = kind;
            r.first_hit = k;
            continue;
        }
        if (r.first == NO_EVENT) {
            r = (date_reading){
                .first = kind, .first_hit = k, .told = told, .next_date = s->hit_end};
            noun = is_attack_noun(e);
            noun_end = y->pos + y->len;
            first_clause = c;
            source_first = source;
            continue;
        }
        if (noun) {
            if (is_attack_noun(e) && c == first_clause) {
                noun_end = y->pos + y->len; /* `ランサムウェアによる…不正アクセス` */
                continue;
            }
            noun = false;
            bool near =
                y->block == ctx->hits[r.first_hit].block && y->pos <= noun_end + NOUN_TO_VERB;
            bool of_clause = kind == KJ_EVENT_DETECTED && kj_of_a_clause(ctx, y);
            if (c == first_clause && !of_clause && (near || kind != KJ_EVENT_OCCURRED)) {
                /* `不正アクセスを検知`: the verb says what happened */
                r.first = kind;
                r.first_hit = k;
                r.told = told;
                r.from_noun = kind == KJ_EVENT_DETECTED;
                continue;
            }
        }
        if (outer == NO_EVENT && c == first_clause && !refers_back(ctx, r.first, r.first_hit) &&
            !inside_a_telling(ctx, s, from) && !dated_cause(ctx, from, r.first_hit) &&
            ((told && source_first) || ((told || kind == KJ_EVENT_RELEASE) &&
                                        quotes_before(ctx, &ctx->hits[r.first_hit], y)))) {
            /* `…が発生したとの発表があり`, `X社から本学に、…を受けた事実の
             * 第一報`: the date is the telling's */
            outer = kind;
            outer_hit = k;
        }
        if (kind == KJ_EVENT_DETECTED && !r.detect_later && c == home) {
            r.detect_later = true;
            r.detect_hit = k;
        }
    }
    if (outer != NO_EVENT) {
        r.first = outer;
        r.first_hit = outer_hit;
        r.told = outer == KJ_EVENT_DETECTED;
        r.from_noun = false;
        r.detect_later = false;
    }
    return r;
}

/* Is the event term `y` said of a thing it qualifies (`3月30日に発生した
 * システム障害`, `…に起こりましたアクセス障害`): a verb ending in `た`
 * and a noun right after, not the story going on? */
bool kj_qualifies_noun(const extract_ctx *ctx, const hit *y)
{
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, y->block, &len);
    uint32_t i = y->pos + y->len, n = 0;
    while (i < len && n < 7 && is_hiragana(char_at(text, len, i))) {
        i += 3;
        n++;
    }
    if (n == 0 || !ends_with(text, i, "た") || i >= len)
        return false;
    if (nominaliser_at(text, len, i) && !ends_with(text, i, "ていた") &&
        !ends_with(text, i, "でいた"))
        return false; /* `…攻撃を受けた事象を確認`: the object of a finding */
    static const char *const hedges[] = {"可能性", "おそれ", "恐れ", "疑い", "形跡", "痕跡"};
    for (size_t k = 0; k < sizeof hedges / sizeof hedges[0]; k++)
        if (starts(text, len, i, hedges[k]))
            return false; /* `…被害を受けた可能性があることを確認`: what was found */
    if (starts(text, len, i, "際") || starts(text, len, i, "時に") || starts(text, len, i, "時、"))
        return false; /* `…アクセスしようとした際に…発覚`: when, not what */
    uint32_t cp = char_at(text, len, i);
    return (cp >= 0x30A0 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF) || cp == 0x300C ||
           (cp < 0x80 && ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'));
}

/* ----------------------------------------------- what a finding found */

/*
 * What the detection at hit `det` found, when its object is the incident
 * named just before it (`…が発生していることを確認`): the kind above, and
 * in *occur the incident's term.  Only the nominalised object counts
 * (こと, 事象, 状況, 状態, or the incident noun itself with を/が).
 */
int kj_finding_object(const extract_ctx *ctx, const sentence *s, uint32_t det, uint32_t *occur)
{
    const hit *d = &ctx->hits[det];
    const hit *o = NULL;
    for (uint32_t k = det; k-- > s->hit_start && !o;) {
        const hit *y = &ctx->hits[k];
        if (y->block != d->block || y->kind == HIT_DATE)
            return OBJ_NONE;
        bool told;
        int kind = kj_hit_event(ctx, s, k, &told);
        if (kind == NO_EVENT)
            continue;
        if (kind != KJ_EVENT_OCCURRED)
            return OBJ_NONE;
        o = y;
        *occur = k;
    }
    if (!o)
        return OBJ_NONE;
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, d->block, &len);
    uint32_t end = o->pos + o->len, nom = 0;
    const lex_entry *de = hit_entry(ctx, d);
    if (d->pos == end + 3 && (ends_with(text, d->pos, "を") || ends_with(text, d->pos, "が") ||
                              ends_with(text, d->pos, "に")))
        return OBJ_STATE; /* `被害の発生を確認`, `紛失に気付き`: the incident itself is
                             the object */
    /* the nominaliser after the incident's verb: `…していることを(当社の
     * システムより)検知`, or `ことを確認` as one word */
    for (uint32_t i = end; i <= d->pos && i <= end + 45 && !nom;) {
        if (i == d->pos) {
            if (entry_starts(ctx, de, "こと") || entry_starts(ctx, de, "事"))
                nom = i;
            /* `…による障害であったと特定`: the quoting `と` takes in the
             * whole clause, as `こと` does (`との報告` is a telling) */
            else if (HAS(de->cues, EV_DETECT) && entry_starts(ctx, de, "と") &&
                     !entry_starts(ctx, de, "との"))
                nom = i;
            break;
        }
        if (starts(text, len, i, "、"))
            return OBJ_NONE;
        if (nominaliser_at(text, d->pos, i))
            nom = i;
        i = next_char(text, len, i);
    }
    if (!nom || d->pos - nom > 60)
        return OBJ_NONE;
    for (uint32_t i = nom; i + 3 <= d->pos; i = next_char(text, len, i))
        if (starts(text, len, i, "、"))
            return OBJ_NONE;
    if (ends_with(text, nom, "ている") || ends_with(text, nom, "でいる") ||
        ends_with(text, nom, "ておる"))
        return OBJ_ONGOING;
    if (ends_with(text, nom, "ていた") || ends_with(text, nom, "でいた") ||
        ends_with(text, nom, "ておった"))
        return OBJ_PERFECT;
    if (ends_with(text, nom, "た") || ends_with(text, nom, "だ"))
        return OBJ_PAST;
    if (ends_with(text, nom, "れる") || ends_with(text, nom, "する"))
        return OBJ_WATCHED;
    return OBJ_STATE;
}

/* ------------------------------------------------- periods of people */

/* Is the event term `y` said of the people who did it (`検査を受けられた
 * 方`, `送信して下さった申込者`, `送信して下さった研修受講者`)? */
static bool said_of_people(const extract_ctx *ctx, const sentence *s, uint32_t k)
{
    const hit *y = &ctx->hits[k];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, y->block, &len);
    uint32_t end = y->pos + y->len;
    for (uint32_t i = end, next = k + 1; i < len;) {
        uint32_t cp = char_at(text, len, i);
        /* the people may come at the end of a noun begun within reach
         * (`…送信して下さった講座受講者`) */
        bool noun = (cp >= 0x30A0 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF);
        if (i > end + 18 && !(noun && i <= end + 30))
            break;
        if (cp == 0x65B9 /* 方 */)
            return true;
        while (next < s->hit_end && ctx->hits[next].block == y->block && ctx->hits[next].pos < i)
            next++;
        if (next < s->hit_end && ctx->hits[next].block == y->block && ctx->hits[next].pos == i &&
            ctx->hits[next].kind == HIT_TERM && hit_entry(ctx, &ctx->hits[next])->victims)
            return true;
        if (cp < 0x80 || cp == 0x3001 /* 、 */ || cp == 0x3092 /* を */ || cp == 0x304C /* が */ ||
            cp == 0x306F /* は */ || cp == 0x3067 /* で */ || cp == 0x3068 /* と */)
            return false;
        i = next_char(text, len, i);
    }
    return false;
}

/* Do the people named before text[at] take part in what follows
 * (`…のお客様に対して…配信`, `…の方から連絡`) rather than being the
 * ones whose data is concerned? */
static bool acted_on(const char *text, uint32_t len, uint32_t at)
{
    static const char *const particles[] = {"に", "へ", "が", "は", "から", "より"};
    static const char *const topics[] = {"について", "につき", "に関して", "に関する", "の"};
    for (size_t i = 0; i < sizeof topics / sizeof topics[0]; i++)
        if (starts(text, len, at, topics[i]))
            return false; /* `…ご購入いただいたお客様について、…流出`: whose data */
    for (size_t i = 0; i < sizeof particles / sizeof particles[0]; i++) {
        size_t n = strlen(particles[i]);
        if (at + n <= len && memcmp(text + at, particles[i], n) == 0)
            return true;
    }
    return false;
}

/* Is a victim group or `方` named within `reach` bytes after term `k`? */
static bool people_follow(const extract_ctx *ctx, const sentence *s, uint32_t k, uint32_t reach)
{
    const hit *x = &ctx->hits[k];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    uint32_t end = x->pos + x->len;
    for (uint32_t j = k + 1; j < s->hit_end; j++) {
        const hit *y = &ctx->hits[j];
        if (y->block != x->block || y->pos > end + reach)
            break;
        if (y->kind == HIT_TERM && hit_entry(ctx, y)->victims)
            return !acted_on(text, len, y->pos + y->len);
    }
    for (uint32_t i = end; i + 3 <= len && i <= end + reach; i = next_char(text, len, i)) {
        uint32_t cp = char_at(text, len, i);
        if (cp == 0x3001 || cp == 0x3002)
            return false;
        if (cp == 0x65B9 /* 方 */ && i >= 3 && is_hiragana(char_at(text, len, i - 3)))
            return !acted_on(text, len, i + 3);
    }
    return false;
}

/*
 * Does date hit `h` say whose data is concerned rather than when anything
 * happened: `3月の卒業生`, or, when it bounds a period (`period`),
 * `…までにご利用のお客様`, `…に来館した方`, `…に検査を受けられた方`?
 * A window whose customers' cards leaked is the exception: that is when
 * the cards were taken (a card-skimming page).
 */
bool kj_describes_people(const extract_ctx *ctx, const sentence *s, uint32_t h, bool period)
{
    const hit *x = &ctx->hits[h];
    uint32_t len;
    const char *text = kj_ctx_block_text(ctx, x->block, &len);
    if (h + 1 < s->hit_end) { /* `24年3月の中高卒業生` */
        const hit *y = &ctx->hits[h + 1];
        if (y->kind == HIT_TERM && y->block == x->block && y->pos <= x->pos + x->len + 15 &&
            hit_entry(ctx, y)->victims && kj_text_after_is(ctx, x, "の") &&
            !acted_on(text, len, y->pos + y->len))
            return true;
    }
    if (!period || KJ_SET_HAS(s->data, KJ_DATA_CREDIT_CARD))
        return false; /* card payments in a window: when the cards were taken */
    for (uint32_t k = h + 1; k < s->hit_end; k++) {
        const hit *y = &ctx->hits[k];
        if (y->kind == HIT_DATE)
            return false;
        if (y->kind != HIT_TERM)
            continue;
        const lex_entry *e = hit_entry(ctx, y);
        if (e->victims && y->block == x->block && y->pos > x->pos + x->len + 6 &&
            (ends_with(text, y->pos, "た") || ends_with(text, y->pos, "る")) &&
            !acted_on(text, len, y->pos + y->len))
            return true; /* `…の期間に勤務されていた従業員` */
        if (HAS(e->cues, PERSONAL) && y->block == x->block && y->pos > x->pos + x->len + 6 &&
            ends_with(text, y->pos, "れた"))
            return true; /* `…の期間に…で入力された個人情報`: which data, given then */
        if (HAS(e->cues, PERIOD_OF)) {
            if (people_follow(ctx, s, k, 36))
                return true;
            continue;
        }
        bool told;
        if (kj_hit_event(ctx, s, k, &told) != NO_EVENT)
            return said_of_people(ctx, s, k);
    }
    return false;
}
