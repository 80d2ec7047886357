/*
 * decode.c — a file's bytes to UTF-8.
 *
 * The archive is UTF-8, but files saved from old Windows tools arrive as
 * Shift_JIS (CP932) and some carry a byte-order mark.  UTF-8 damaged by a
 * few stray bytes is kept with U+FFFD in their place.  Anything else is
 * refused rather than guessed at: a wrongly decoded release would feed
 * garbage into the counts.
 */
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/archive.h"
#include "kaiji/readfile.h"
#include "kaiji/text.h"
#include "kaiji/unconst.h"

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
    /* Every CP932 character lies in the BMP, so it becomes at most 3 bytes
     * of UTF-8; a 1-byte one (half-width katakana: ｱ is 0xB1) triples. */
    if (len > (SIZE_MAX - 1) / 3) {
        iconv_close(cd);
        return NULL;
    }
    size_t cap = len * 3 + 1;
    char *out = malloc(cap);
    if (!out) {
        iconv_close(cd);
        return NULL;
    }
    /* iconv() takes `char **` for input it only reads */
    char *in = kj_unconst(bytes);
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
    /* Kanji make 1.5 times their bytes: give back the room kept for kana. */
    if (cap - *out_len > 4096) {
        char *fit = realloc(out, *out_len + 1);
        if (fit)
            out = fit;
    }
    return out;
}

/*
 * True when bytes that are not valid UTF-8 are nonetheless UTF-8 text with
 * a few stray bytes: well-formed multi-byte sequences (every Japanese
 * character) outnumber the bytes that fit no sequence four times over.
 * CP932 text rarely forms a valid UTF-8 sequence (its lead bytes 0x81-0x9F
 * are UTF-8 continuation bytes): the corpus saved as CP932 has at most 0.3
 * sequences per stray byte.  Random bytes have fewer still.
 */
static bool mostly_utf8(const char *s, size_t len)
{
    size_t sequences = 0, stray = 0;
    for (size_t i = 0; i < len;) {
        size_t adv;
        int32_t cp = kj_utf8_decode(s + i, len - i, &adv);
        if (cp < 0)
            stray++;
        else if (cp >= 0x80)
            sequences++;
        i += adv;
    }
    return sequences >= 4 * stray;
}

static char *repaired_utf8(const char *bytes, size_t len, size_t *out_len)
{
    kj_buf buf = {0};
    kj_buf_append_utf8(&buf, bytes, len);
    *out_len = buf.len;
    return buf.data;
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
    if (mostly_utf8(bytes, len)) {
        *text = repaired_utf8(bytes, len, text_len);
        return KJ_ENCODING_UTF8_REPAIRED;
    }
    if (enc == KJ_ENCODING_UTF8_BOM)
        return KJ_ENCODING_INVALID; /* a UTF-8 mark on text that is not */
    size_t n;
    char *converted = from_cp932(bytes, len, &n);
    if (converted) {
        *text = converted;
        *text_len = n;
        return KJ_ENCODING_CP932;
    }
    return KJ_ENCODING_INVALID;
}

kj_status kj_archive_read(const char *file, char **text, size_t *len, kj_encoding *encoding,
                          kj_error *err)
{
    *text = NULL;
    *len = 0;
    *encoding = KJ_ENCODING_INVALID;
    char *bytes;
    size_t got;
    kj_status st = kj_read_file(file, KJ_ARCHIVE_MAX_FILE_BYTES, &bytes, &got, err);
    if (st != KJ_OK)
        return st;
    *encoding = decode_owned(bytes, got, text, len);
    return KJ_OK;
}
