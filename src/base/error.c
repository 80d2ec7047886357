/* error.c — filling kj_error values. */
#include "kaiji/error.h"

#include <stdarg.h>
#include <stdio.h>

kj_status kj_error_set(kj_error *err, kj_status status, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        err->status = status;
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return status;
}

void kj_error_clear(kj_error *err)
{
    if (err) {
        err->status = KJ_OK;
        err->message[0] = '\0';
    }
}
