/*
 * decode.c — a file's bytes to UTF-8.
 *
 * The archive is UTF-8, but files saved from old Windows tools arrive as
 * Shift_JIS (CP932) and some carry a byte-order mark.  Anything that is
 * neither is refused rather than guessed at: a wrongly decoded release would
 * feed garbage into the counts.
 */
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kaiji/archive.h"
#include "kaiji/text.h"

/* Decoded CP932 must look like text: binary data also "decodes" at times. */
static bool looks_like_text(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            return false;
    }
    return true;
}

static char *from_cp932(const char *bytes, size_t len, size_t *out_len)
{
    iconv_t cd = iconv_open("UTF-8", "CP932");
    if (cd == (iconv_t)-1)
        return NULL;
    /* CP932 characters are at most 2 bytes and become at most 3. */
    size_t cap = len * 2 + 16;
    char *out = malloc(cap);
    if (!out) {
        iconv_close(cd);
        return NULL;
    }
    char *in = (char *)bytes;
    size_t in_left = len;
    char *o = out;
    size_t o_left = cap - 1;
    size_t r = iconv(cd, &in, &in_left, &o, &o_left);
    bool ok = r != (size_t)-1 && in_left == 0;
    if (ok)
        ok = iconv(cd, NULL, NULL, &o, &o_left) != (size_t)-1;
    iconv_close(cd);
    if (!ok) {
        free(out);
        return NULL;
    }
    *o = '\0';
    *out_len = (size_t)(o - out);
    if (!looks_like_text(out, *out_len)) {
        free(out);
        return NULL;
    }
    return out;
}

/* Decodes `bytes` (malloc'd, NUL-terminated, `len` long), taking ownership:
 * valid UTF-8 is handed back in place, without a copy. */
static kj_encoding decode_owned(char *bytes, size_t len, char **text, size_t *text_len)
{
    *text = NULL;
    *text_len = 0;
    size_t skip = len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (kj_utf8_valid(bytes + skip, len - skip)) {
        if (skip)
            memmove(bytes, bytes + skip, len - skip + 1);
        *text = bytes;
        *text_len = len - skip;
        return skip ? KJ_ENCODING_UTF8_BOM : KJ_ENCODING_UTF8;
    }
    kj_encoding enc = kj_decode(bytes, len, text, text_len);
    free(bytes);
    return enc;
}

kj_encoding kj_decode(const char *bytes, size_t len, char **text, size_t *text_len)
{
    *text = NULL;
    *text_len = 0;
    kj_encoding enc = KJ_ENCODING_UTF8;
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) {
        bytes += 3;
        len -= 3;
        enc = KJ_ENCODING_UTF8_BOM;
    }
    if (kj_utf8_valid(bytes, len)) {
        char *copy = malloc(len + 1);
        if (!copy)
            return KJ_ENCODING_INVALID;
        memcpy(copy, bytes, len);
        copy[len] = '\0';
        *text = copy;
        *text_len = len;
        return enc;
    }
    if (enc == KJ_ENCODING_UTF8) {
        size_t n;
        char *converted = from_cp932(bytes, len, &n);
        if (converted) {
            *text = converted;
            *text_len = n;
            return KJ_ENCODING_CP932;
        }
    }
    return KJ_ENCODING_INVALID;
}

kj_status kj_archive_read(const char *file, char **text, size_t *len, kj_encoding *encoding,
                          kj_error *err)
{
    *text = NULL;
    *len = 0;
    *encoding = KJ_ENCODING_INVALID;
    int fd = open(file, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return kj_error_set(err, KJ_ERR_NOINPUT, "cannot open: %s", strerror(errno));
    struct stat sb;
    if (fstat(fd, &sb) != 0) {
        int e = errno;
        close(fd);
        return kj_error_set(err, KJ_ERR_IO, "cannot read: %s", strerror(e));
    }
    if (!S_ISREG(sb.st_mode)) {
        close(fd);
        return kj_error_set(err, KJ_ERR_NOINPUT, "not a regular file");
    }
    size_t cap = (size_t)sb.st_size + 1;
    char *bytes = malloc(cap);
    if (!bytes) {
        close(fd);
        return kj_error_set(err, KJ_ERR_IO, "file too large to read (%lld bytes)",
                            (long long)sb.st_size);
    }
    size_t got = 0;
    for (;;) {
        if (got == cap - 1) {
            /* the file grew while we read it */
            char *grown = realloc(bytes, cap * 2);
            if (!grown) {
                free(bytes);
                close(fd);
                return kj_error_set(err, KJ_ERR_IO, "file too large to read");
            }
            bytes = grown;
            cap *= 2;
        }
        ssize_t r = read(fd, bytes + got, cap - 1 - got);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            int e = errno;
            free(bytes);
            close(fd);
            return kj_error_set(err, KJ_ERR_IO, "cannot read: %s", strerror(e));
        }
        if (r == 0)
            break;
        got += (size_t)r;
    }
    close(fd);
    bytes[got] = '\0';
    *encoding = decode_owned(bytes, got, text, len);
    return KJ_OK;
}
