/*
 * template.c — `{placeholder}` expansion for subjects, and reading small
 * files whole (see run_internal.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "run_internal.h"

bool run_template_expand(const char *tmpl, run_lookup_fn lookup, void *ctx, kj_buf *out,
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

kj_status run_read_file(const char *path, char **text, size_t *len, kj_error *err)
{
    *text = NULL;
    *len = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return kj_error_set(err, KJ_ERR_NOINPUT, "%s: %s", path, strerror(errno));
    kj_buf buf = {0};
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        kj_buf_append(&buf, chunk, n);
    bool failed = ferror(f) != 0;
    fclose(f);
    if (failed) {
        free(buf.data);
        return kj_error_set(err, KJ_ERR_NOINPUT, "%s: read error", path);
    }
    if (!buf.data)
        kj_buf_reserve(&buf, 0);
    *text = buf.data;
    *len = buf.len;
    return KJ_OK;
}
