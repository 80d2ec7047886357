/*
 * template.c — `{placeholder}` expansion for subjects, and reading small
 * files whole (see run_internal.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/readfile.h"
#include "run_internal.h"

bool kj_run_template_expand(const char *tmpl, run_lookup_fn lookup, void *ctx, kj_buf *out,
                            char *problem, size_t cap)
{
    for (const char *p = tmpl; *p; p++) {
        if ((p[0] == '{' && p[1] == '{') || (p[0] == '}' && p[1] == '}')) {
            kj_buf_putc(out, *p++);
            continue;
        }
        if (*p == '}') {
            snprintf(problem, cap, "a lone '}' (write '}}' for a brace)");
            return false;
        }
        if (*p != '{') {
            kj_buf_putc(out, *p);
            continue;
        }
        const char *close = strchr(p + 1, '}');
        if (!close) {
            snprintf(problem, cap, "'{' without its '}' (write '{{' for a brace)");
            return false;
        }
        size_t n = (size_t)(close - p - 1);
        const char *value = lookup(p + 1, n, ctx);
        if (!value) {
            snprintf(problem, cap, "unknown placeholder {%.*s}", (int)(n > 40 ? 40 : n), p + 1);
            return false;
        }
        kj_buf_puts(out, value);
        p = close;
    }
    return true;
}

kj_status kj_run_read_file(const char *path, size_t max_bytes, char **text, size_t *len,
                           kj_error *err)
{
    kj_error why;
    kj_status st = kj_read_file(path, max_bytes, text, len, &why);
    if (st != KJ_OK)
        return kj_error_set(err, st, "%s: %s", path, why.message);
    return KJ_OK;
}
