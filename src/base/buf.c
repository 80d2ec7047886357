/* buf.c — the growable heap buffer of text.h. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "kaiji/text.h"

void kj_buf_reserve(kj_buf *buf, size_t extra)
{
    size_t need = buf->len + extra + 1;
    if (need <= buf->cap)
        return;
    size_t cap = buf->cap ? buf->cap : 256;
    while (cap < need)
        cap *= 2;
    buf->data = kj_xrealloc(buf->data, cap);
    buf->cap = cap;
}

void kj_buf_append(kj_buf *buf, const void *data, size_t len)
{
    kj_buf_reserve(buf, len);
    if (len)
        memcpy(buf->data + buf->len, data, len);
    buf->len += len;
    buf->data[buf->len] = '\0';
}

void kj_buf_puts(kj_buf *buf, const char *s)
{
    kj_buf_append(buf, s, strlen(s));
}

void kj_buf_putc(kj_buf *buf, char c)
{
    kj_buf_reserve(buf, 1);
    buf->data[buf->len++] = c;
    buf->data[buf->len] = '\0';
}

void kj_buf_vprintf(kj_buf *buf, const char *fmt, va_list ap)
{
    /* Format straight into the buffer's spare room; only a longer result
     * than the room needs a second pass. */
    va_list copy;
    va_copy(copy, ap);
    kj_buf_reserve(buf, 64);
    size_t room = buf->cap - buf->len;
    int n = vsnprintf(buf->data + buf->len, room, fmt, copy);
    va_end(copy);
    if (n > 0 && (size_t)n >= room) {
        kj_buf_reserve(buf, (size_t)n);
        vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, ap);
    }
    if (n > 0)
        buf->len += (size_t)n;
    buf->data[buf->len] = '\0';
}

void kj_buf_printf(kj_buf *buf, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kj_buf_vprintf(buf, fmt, ap);
    va_end(ap);
}

void kj_buf_reset(kj_buf *buf)
{
    buf->len = 0;
    if (buf->data)
        buf->data[0] = '\0';
}

void kj_buf_free(kj_buf *buf)
{
    free(buf->data);
    buf->data = NULL;
    buf->len = buf->cap = 0;
}
