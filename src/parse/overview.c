/*
 * overview.c — reading the `# 公表概要` bullets.
 *
 * The archive's overview is a list: title, date, organisation(s), source
 * URL, then optional `第N報：<link>` bullets and `key: value` items.  Real
 * files sometimes swap the date and organisation bullets or write the date
 * as `2025年3月XX日?`, so bullets are recognised by what they hold, not
 * only by where they stand.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "kaiji/archive.h"
#include "kaiji/extract.h"
#include "kaiji/parse.h"
#include "kaiji/text.h"
#include "kaiji/url.h"
#include "parse_internal.h"

/* ------------------------------------------------------------ dates */

/* The overview's date bullet, read with kaiji's one date grammar as a date
 * field: no year to infer, no date before it to be relative to. */
kj_date kj_parse_overview_date(const char *norm)
{
    while (*norm == ' ')
        norm++;
    kj_date_context field = {.rules = KJ_DATE_FIELD};
    kj_date date;
    return kj_read_date(norm, strlen(norm), &field, &date, NULL) ? date : KJ_DATE_NONE;
}

/* ------------------------------------------------------- organisations */

/* Separators between organisation names, as written (full or half width). */
static size_t separator_at(const char *p)
{
    static const char *const seps[] = {"、",   "，",     ",",      "；",      ";",
                                       "及び", "および", "並びに", "ならびに"};
    for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
        size_t n = strlen(seps[i]);
        if (strncmp(p, seps[i], n) == 0)
            return n;
    }
    return 0;
}

static bool is_space_at(const char *p, size_t *n)
{
    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
        *n = 1;
        return true;
    }
    if (strncmp(p, "\u3000", 3) == 0) {
        *n = 3;
        return true;
    }
    return false;
}

/* Trims ASCII and ideographic spaces from both ends of [s, s+len). */
static void trim(const char **s, size_t *len)
{
    size_t n;
    while (*len && is_space_at(*s, &n) && n <= *len) {
        *s += n;
        *len -= n;
    }
    for (;;) {
        if (*len >= 3 && strncmp(*s + *len - 3, "\u3000", 3) == 0)
            *len -= 3;
        else if (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t' ||
                          (*s)[*len - 1] == '\n' || (*s)[*len - 1] == '\r'))
            *len -= 1;
        else
            break;
    }
}

/*
 * Copies a name without control characters: organisation names are
 * identifiers that end up in reports, file names and mail, where an escape
 * sequence or a bell has no business.
 */
static const char *copy_name(kj_arena *arena, const char *s, size_t len)
{
    char *out = kj_arena_strndup(arena, s, len);
    size_t w = 0;
    for (size_t i = 0; i < len;) {
        size_t adv;
        int32_t cp = kj_utf8_decode(s + i, len - i, &adv);
        if (!(cp >= 0 && (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)))) {
            memmove(out + w, s + i, adv);
            w += adv;
        }
        i += adv;
    }
    /* Trim again: a control character may have stood between a space and
     * the end (found by fuzz_overview: regress/overview/control-then-space). */
    const char *name = out;
    trim(&name, &w);
    out += name - out; /* past the leading spaces, still writable */
    out[w] = '\0';
    return out;
}

/* `…ホールディングス および グループ会社`: a word for the group's other
 * members, naming none of them, is no organisation of its own. */
static bool generic_name(const char *name)
{
    static const char *const generic[] = {"グループ会社", "グループ各社", "関係会社",    "関連会社",
                                          "子会社",       "各社",         "グループ企業"};
    for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
        if (strcmp(name, generic[i]) == 0)
            return true;
    return false;
}

size_t kj_split_organizations(kj_arena *arena, const char *text, const char ***names)
{
    size_t cap = 4, n = 0;
    const char **out = kj_arena_alloc(arena, cap * sizeof *out);
    const char *start = text, *p = text, *text_end = text + strlen(text);
    int depth = 0; /* inside （…） a separator belongs to the name */
    for (;;) {
        size_t sep = 0;
        bool end = *p == '\0';
        if (!end) {
            if (*p == '(' || strncmp(p, "（", 3) == 0)
                depth++;
            else if ((*p == ')' || strncmp(p, "）", 3) == 0) && depth > 0)
                depth--;
            else if (depth == 0)
                sep = separator_at(p);
        }
        if (end || sep) {
            const char *s = start;
            size_t len = (size_t)(p - start);
            trim(&s, &len);
            const char *name = len ? copy_name(arena, s, len) : "";
            if (*name && !generic_name(name)) {
                if (n == cap) {
                    out = kj_arena_grow(arena, out, cap * sizeof *out, 2 * cap * sizeof *out);
                    cap *= 2;
                }
                out[n++] = name;
            }
            if (end)
                break;
            p += sep;
            start = p;
            continue;
        }
        size_t adv;
        kj_utf8_decode(p, (size_t)(text_end - p), &adv); /* not strlen(p): linear */
        p += adv;
    }
    *names = out;
    return n;
}

/* ------------------------------------------------------------- URLs */

const char *kj_url_archive_path(kj_arena *arena, const char *url)
{
    if (!url)
        return NULL;
    size_t n = strcspn(url, "?#");
    char *decoded = kj_arena_alloc(arena, n + 1);
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        int hi, lo;
        if (url[i] == '%' && i + 2 < n && (hi = kj_hex_value(url[i + 1])) >= 0 &&
            (lo = kj_hex_value(url[i + 2])) >= 0) {
            decoded[len++] = (char)(hi * 16 + lo);
            i += 2;
        } else {
            decoded[len++] = url[i];
        }
    }
    decoded[len] = '\0';
    if (!kj_utf8_valid(decoded, len))
        return NULL;
    size_t tail;
    if (!kj_archive_path_tail(decoded, &tail))
        return NULL;
    utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)decoded + tail);
    if (!nfc)
        return NULL;
    const char *result = kj_arena_strdup(arena, (const char *)nfc);
    free(nfc);
    return result;
}

/* ----------------------------------------------------------- bullets */

static void add_link(kj_release *rel, const char *label, const char *url)
{
    kj_overview *ov = &rel->overview;
    ov->links = kj_arena_grow_array(rel->arena, ov->links, ov->n_links, sizeof *ov->links);
    kj_link *link = &ov->links[ov->n_links++];
    link->label = kj_arena_strdup(rel->arena, label);
    link->url = kj_arena_strdup(rel->arena, url);
    link->archive_path = kj_url_archive_path(rel->arena, url);
}

void kj_overview_add_meta(kj_release *rel, const char *key, const char *value)
{
    kj_overview *ov = &rel->overview;
    ov->meta = kj_arena_grow_array(rel->arena, ov->meta, ov->n_meta, sizeof *ov->meta);
    ov->meta[ov->n_meta].key = kj_arena_strdup(rel->arena, key);
    ov->meta[ov->n_meta].value = kj_arena_strdup(rel->arena, value);
    ov->n_meta++;
}

/* The URL a bullet holds: a Markdown link's destination or bare text. */
static const char *bullet_url(const kj_bullet *b, const char *text)
{
    if (b->link_url && kj_url_is_web(b->link_url))
        return b->link_url;
    const char *p = text;
    while (*p == ' ')
        p++;
    size_t n = strcspn(p, " \t");
    if (p[n] == '\0' && kj_url_is_web(p))
        return p;
    return NULL;
}

/*
 * `label：url` or `label: value`.  Splits at the first colon (normalised
 * text has only ASCII ones) that is not part of `://`.  Returns the label
 * length, 0 when there is none.
 */
static size_t label_length(const char *norm)
{
    for (const char *p = norm; *p; p++) {
        if (*p != ':')
            continue;
        if (p[1] == '/' && p[2] == '/')
            return 0; /* the colon of the URL itself */
        return (size_t)(p - norm);
    }
    return 0;
}

void kj_overview_read_item(kj_release *rel, const char *key, const kj_bullet *b)
{
    kj_arena *a = rel->arena;
    const char *url = bullet_url(b, b->norm);
    if (url) {
        add_link(rel, "", url);
        return;
    }
    size_t label = label_length(b->norm);
    if (label) {
        const char *value = b->norm + label + 1;
        while (*value == ' ')
            value++;
        char *label_text = kj_arena_strndup(a, b->norm, label);
        const char *link = bullet_url(b, value);
        if (link)
            add_link(rel, label_text, link);
        else
            kj_overview_add_meta(rel, *key ? key : label_text, *key ? b->raw : value);
        return;
    }
    kj_overview_add_meta(rel, key, b->raw);
}

void kj_overview_read_bullets(kj_release *rel, const kj_bullet *bullets, size_t n)
{
    kj_overview *ov = &rel->overview;
    kj_arena *a = rel->arena;
    ov->present = true;
    if (n == 0)
        return;
    ov->title = kj_arena_strdup(a, bullets[0].raw);

    /* Date and organisation: normally bullets 2 and 3, sometimes swapped. */
    size_t date_at = 1, org_at = 2;
    if (n > 2 && !kj_date_is_set(kj_parse_overview_date(bullets[1].norm)) &&
        kj_date_is_set(kj_parse_overview_date(bullets[2].norm))) {
        date_at = 2;
        org_at = 1;
    }
    if (date_at < n) {
        ov->date_text = kj_arena_strdup(a, bullets[date_at].raw);
        rel->published = kj_parse_overview_date(bullets[date_at].norm);
    }
    size_t rest = 3;
    if (org_at < n && !bullet_url(&bullets[org_at], bullets[org_at].norm)) {
        ov->org_text = kj_arena_strdup(a, bullets[org_at].raw);
        ov->n_organizations = kj_split_organizations(a, ov->org_text, &ov->organizations);
    } else if (org_at == 2) {
        rest = 2; /* no organisation bullet: the URL moved up */
    }

    for (size_t i = rest; i < n; i++) {
        const kj_bullet *b = &bullets[i];
        const char *url = bullet_url(b, b->norm);
        if (url && !ov->source_url && ov->n_links == 0) {
            ov->source_url = kj_arena_strdup(a, b->link_url ? url : b->raw);
            continue;
        }
        kj_overview_read_item(rel, "", b);
    }
    /* A source URL bullet written with odd spacing: keep only web URLs. */
    if (ov->source_url && !kj_url_is_web(ov->source_url))
        ov->source_url = NULL;
}

/* The date of an archive path's tail `YYYY/MM/DD_name.md` (DD may be XX:
 * the month alone); an invalid day is dropped. */
static kj_date date_of_path_tail(const char *p)
{
    int y = atoi(p), m = atoi(p + 5);
    int d = (p[8] >= '0' && p[8] <= '9') ? atoi(p + 8) : 0;
    kj_date date = {(int16_t)y, (int8_t)m, (int8_t)d};
    if (!kj_date_is_valid(date))
        date.day = 0;
    return date;
}

/* Does the overview link a report filed in the archive on day `date`? */
static bool links_a_report_of(const kj_overview *ov, kj_date date)
{
    for (size_t i = 0; i < ov->n_links; i++) {
        size_t tail;
        const char *path = ov->links[i].archive_path;
        if (path && kj_archive_path_tail(path, &tail) &&
            kj_date_cmp(date_of_path_tail(path + tail), date) == 0)
            return true;
    }
    return false;
}

void kj_overview_fallbacks(kj_release *rel)
{
    kj_overview *ov = &rel->overview;
    /* path: YYYY/MM/DD_name.md (DD may be XX) */
    const char *path = rel->path;
    size_t tail = 0;
    bool layout = kj_archive_path_tail(path, &tail);
    const char *p = path + tail;

    if (!ov->present)
        kj_release_diag(rel, KJ_PROBLEM_NO_OVERVIEW,
                        "no `# 公表概要` overview list; date and organisation taken from the "
                        "file name");
    if (!kj_date_is_set(rel->published)) {
        if (ov->present)
            kj_release_diag(rel, KJ_PROBLEM_BAD_DATE, "overview date %s%s%s is not a date%s",
                            ov->date_text ? "「" : "", ov->date_text ? ov->date_text : "(missing)",
                            ov->date_text ? "」" : "",
                            layout ? "; the file name's date is used" : "");
        if (layout) {
            kj_date date = date_of_path_tail(p);
            if (kj_date_is_valid(date)) {
                rel->published = date;
                rel->flags |= KJ_RELEASE_DATE_FROM_PATH;
            }
        }
    }
    /* An overview date months away from the archive's folder is a slip of
     * the notice (「2026年1月8日」 on a notice filed, and linked from its
     * 第1報, in 2025/01): the archive placed it, so its month is the one
     * the release counts in.  A few days' difference is the notice's own
     * date and stands. */
    if (layout && kj_date_is_set(rel->published) && !(rel->flags & KJ_RELEASE_DATE_FROM_PATH)) {
        kj_date filed = date_of_path_tail(p);
        int y = filed.year, m = filed.month;
        int months = (rel->published.year - y) * 12 + (rel->published.month - m);
        if (kj_date_is_valid(filed) && (months > 2 || months < -2)) {
            kj_release_diag(rel, KJ_PROBLEM_BAD_DATE,
                            "overview date 「%s」 is %d months from the archive's folder "
                            "%04d/%02d; the file name's date is used",
                            ov->date_text ? ov->date_text : "", months < 0 ? -months : months, y,
                            m);
            rel->stated_published = rel->published;
            rel->published = filed;
            rel->flags |= KJ_RELEASE_DATE_FROM_PATH;
        }
    }
    /* A follow-up whose date bullet repeats its predecessor's (「2026年4月20日」
     * on a notice filed 2026/05/08 whose overview links the 第2報 of
     * 2026/04/20): the bullet came with the rest of the earlier report's
     * overview, and the file name's later date is the notice's own. */
    if (layout && kj_date_is_set(rel->published) && !(rel->flags & KJ_RELEASE_DATE_FROM_PATH)) {
        kj_date filed = date_of_path_tail(p);
        if (filed.day > 0 && kj_date_cmp(filed, rel->published) > 0 &&
            links_a_report_of(ov, rel->published)) {
            kj_release_diag(rel, KJ_PROBLEM_BAD_DATE,
                            "overview date 「%s」 is the date of an earlier report it links; the "
                            "file name's date is used",
                            ov->date_text ? ov->date_text : "");
            rel->stated_published = rel->published;
            rel->published = filed;
            rel->flags |= KJ_RELEASE_DATE_FROM_PATH;
        }
    }
    if (ov->n_organizations == 0) {
        if (ov->present)
            kj_release_diag(rel, KJ_PROBLEM_NO_ORGANIZATION,
                            "overview names no organisation; the file name is used");
        const char *name = strrchr(path, '/');
        name = name ? name + 1 : path;
        if (layout || (name[0] && name[1] && name[2] == '_'))
            name += 3;
        size_t len = strlen(name);
        if (len > 3 && strcmp(name + len - 3, ".md") == 0)
            len -= 3;
        char *org = kj_arena_strndup(rel->arena, name, len);
        ov->n_organizations = kj_split_organizations(rel->arena, org, &ov->organizations);
        if (ov->n_organizations)
            rel->flags |= KJ_RELEASE_ORG_FROM_PATH;
    }
}
