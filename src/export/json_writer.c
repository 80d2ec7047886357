/* json_writer.c — see json_writer.h. */
#include "json_writer.h"

#include <stdio.h>
#include <string.h>

void jw_init(json_writer *w, kj_buf *out)
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
        kj_buf_putc(w->out, ',');
    w->need_comma[w->depth] = true;
}

static void open_container(json_writer *w, char c)
{
    before_value(w);
    kj_buf_putc(w->out, c);
    if (w->depth < (int)(sizeof w->need_comma / sizeof w->need_comma[0]) - 1)
        w->depth++;
    w->need_comma[w->depth] = false;
}

static void close_container(json_writer *w, char c)
{
    kj_buf_putc(w->out, c);
    if (w->depth > 0)
        w->depth--;
}

void jw_object_begin(json_writer *w)
{
    open_container(w, '{');
}

void jw_object_end(json_writer *w)
{
    close_container(w, '}');
}

void jw_array_begin(json_writer *w)
{
    open_container(w, '[');
}

void jw_array_end(json_writer *w)
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
            jw_escape(out, one);
        }
        i += adv;
    }
}

void jw_escape(kj_buf *out, const char *s)
{
    if (!kj_utf8_valid(s, strlen(s))) {
        escape_invalid_utf8(out, s);
        return;
    }
    const char *run = s;
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F)
            continue;
        kj_buf_append(out, run, (size_t)(p - run));
        run = p + 1;
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
    }
    kj_buf_append(out, run, strlen(run));
}

void jw_key(json_writer *w, const char *key)
{
    before_value(w);
    kj_buf_putc(w->out, '"');
    jw_escape(w->out, key);
    kj_buf_puts(w->out, "\":");
    w->after_key = true; /* the value that follows belongs to this entry */
}

void jw_string(json_writer *w, const char *s)
{
    if (!s) {
        jw_null(w);
        return;
    }
    before_value(w);
    kj_buf_putc(w->out, '"');
    jw_escape(w->out, s);
    kj_buf_putc(w->out, '"');
}

void jw_int(json_writer *w, int64_t v)
{
    before_value(w);
    kj_buf_printf(w->out, "%lld", (long long)v);
}

void jw_double(json_writer *w, double v)
{
    before_value(w);
    /* JSON has no NaN or infinity; %.15g round-trips the values kaiji
     * writes (medians, thresholds) and prints 12.5 as 12.5, 3 as 3. */
    if (v != v || v > 1e300 || v < -1e300)
        kj_buf_puts(w->out, "null");
    else
        kj_buf_printf(w->out, "%.15g", v);
}

void jw_bool(json_writer *w, bool v)
{
    before_value(w);
    kj_buf_puts(w->out, v ? "true" : "false");
}

void jw_null(json_writer *w)
{
    before_value(w);
    kj_buf_puts(w->out, "null");
}
