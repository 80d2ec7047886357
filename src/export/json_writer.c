/* json_writer.c — see json_writer.h. */
#include "json_writer.h"

#include <stdio.h>
#include <string.h>

/* kj_buf_append and kj_buf_putc without the call: a record is mostly
 * short pieces (a key, a comma, a quote), tens of thousands of them. */
static inline void put(kj_buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap)
        kj_buf_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static inline void put_char(kj_buf *b, char c)
{
    put(b, &c, 1);
}

void kj_jw_init(json_writer *w, kj_buf *out)
{
    memset(w, 0, sizeof *w);
    w->out = out;
}

/* Commas go between values of one container; a key and its value count
 * as one entry, so a value right after a key takes none. */
static void before_value(json_writer *w)
{
    if (w->after_key) {
        w->after_key = false;
        return;
    }
    if (w->need_comma[w->depth])
        put_char(w->out, ',');
    w->need_comma[w->depth] = true;
}

static void open_container(json_writer *w, char c)
{
    before_value(w);
    put_char(w->out, c);
    if (w->depth < (int)(sizeof w->need_comma / sizeof w->need_comma[0]) - 1)
        w->depth++;
    w->need_comma[w->depth] = false;
}

static void close_container(json_writer *w, char c)
{
    put_char(w->out, c);
    if (w->depth > 0)
        w->depth--;
}

void kj_jw_object_begin(json_writer *w)
{
    open_container(w, '{');
}

void kj_jw_object_end(json_writer *w)
{
    close_container(w, '}');
}

void kj_jw_array_begin(json_writer *w)
{
    open_container(w, '[');
}

void kj_jw_array_end(json_writer *w)
{
    close_container(w, ']');
}

/* Strings are UTF-8 everywhere in kaiji except file names, which are
 * whatever bytes the file system holds: invalid sequences become U+FFFD so
 * the output stays valid JSON text. */
static void escape_invalid_utf8(kj_buf *out, const char *s)
{
    size_t len = strlen(s), i = 0;
    while (i < len) {
        size_t adv;
        int32_t cp = kj_utf8_decode(s + i, len - i, &adv);
        if (cp < 0) {
            kj_buf_puts(out, "\ufffd");
        } else {
            char one[5] = {0};
            memcpy(one, s + i, adv);
            kj_jw_escape(out, one);
        }
        i += adv;
    }
}

/* Bytes of the well-formed UTF-8 sequence at `p` (a NUL-terminated
 * string), 0 when it is not one.  Three-byte sequences, most of Japanese
 * text, are checked here; the rest by kj_utf8_decode.  A NUL fails the
 * continuation test, so nothing past the string is read. */
static inline size_t utf8_sequence(const unsigned char *p)
{
    if ((p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
        if (p[0] == 0xE0)
            return p[1] >= 0xA0 ? 3 : 0;
        if (p[0] == 0xED)
            return p[1] < 0xA0 ? 3 : 0;
        return 3;
    }
    size_t adv;
    return kj_utf8_decode((const char *)p, strnlen((const char *)p, 4), &adv) < 0 ? 0 : adv;
}

/* One pass: runs of plain bytes are copied in one piece and UTF-8 is
 * checked on the way; a string that turns out not to be UTF-8 is written
 * again from the start by escape_invalid_utf8. */
void kj_jw_escape(kj_buf *out, const char *s)
{
    size_t mark = out->len;
    const unsigned char *p = (const unsigned char *)s, *run = p;
    for (;;) {
        unsigned char c = *p;
        if (c >= 0x80) {
            size_t n = utf8_sequence(p);
            if (!n) {
                out->len = mark;
                if (out->data)
                    out->data[mark] = '\0';
                escape_invalid_utf8(out, s);
                return;
            }
            p += n;
            continue;
        }
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) {
            p++;
            continue;
        }
        if (p > run)
            put(out, (const char *)run, (size_t)(p - run));
        if (c == '\0')
            return;
        switch (c) {
        case '"':
            kj_buf_puts(out, "\\\"");
            break;
        case '\\':
            kj_buf_puts(out, "\\\\");
            break;
        case '\n':
            kj_buf_puts(out, "\\n");
            break;
        case '\r':
            kj_buf_puts(out, "\\r");
            break;
        case '\t':
            kj_buf_puts(out, "\\t");
            break;
        case '\b':
            kj_buf_puts(out, "\\b");
            break;
        case '\f':
            kj_buf_puts(out, "\\f");
            break;
        default:
            kj_buf_printf(out, "\\u%04x", c);
        }
        run = ++p;
    }
}

void kj_jw_key(json_writer *w, const char *key)
{
    before_value(w);
    put_char(w->out, '"');
    kj_jw_escape(w->out, key);
    put(w->out, "\":", 2);
    w->after_key = true; /* the value that follows belongs to this entry */
}

void kj_jw_string(json_writer *w, const char *s)
{
    if (!s) {
        kj_jw_null(w);
        return;
    }
    before_value(w);
    put_char(w->out, '"');
    kj_jw_escape(w->out, s);
    put_char(w->out, '"');
}

void kj_jw_int(json_writer *w, int64_t v)
{
    before_value(w);
    kj_buf_printf(w->out, "%lld", (long long)v);
}

void kj_jw_double(json_writer *w, double v)
{
    before_value(w);
    /* JSON has no NaN or infinity; %.15g round-trips the values kaiji
     * writes (medians, thresholds) and prints 12.5 as 12.5, 3 as 3. */
    if (v != v || v > 1e300 || v < -1e300)
        kj_buf_puts(w->out, "null");
    else
        kj_buf_printf(w->out, "%.15g", v);
}

void kj_jw_bool(json_writer *w, bool v)
{
    before_value(w);
    if (v)
        put(w->out, "true", 4);
    else
        put(w->out, "false", 5);
}

void kj_jw_null(json_writer *w)
{
    before_value(w);
    put(w->out, "null", 4);
}
