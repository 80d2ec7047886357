/*
 * text.h — UTF-8 helpers, the matching normalisation, and a growable buffer.
 *
 * Japanese disclosures write the same thing many ways: full-width digits
 * (２０,１６１), full-width brackets, half-width katakana, ideographic spaces,
 * spaces between every character of a date.  kj_normalize() folds all of
 * these to one form so that extraction rules see `20,161` and `2026年4月22日`
 * however the source spelt them.
 */
#ifndef KAIJI_TEXT_H
#define KAIJI_TEXT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kaiji/arena.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Normalises `len` bytes of valid UTF-8 for matching and returns the result
 * (NUL-terminated, allocated in `arena`); its length goes to `*out_len` when
 * that is not NULL.  The form is: Unicode NFKC (full-width ASCII and digits
 * to ASCII, half-width katakana to full-width, compatibility ideographs to
 * their unified forms); every dash and minus to `-`; wave dashes to `~`;
 * zero-width and control characters removed; runs of white space collapsed
 * to one space, and removed entirely where either neighbour is a wide
 * (CJK, kana, full-width punctuation) character, so `2026 年 4 月` becomes
 * `2026年4月` while `Emotet malware` keeps its space.  Leading and trailing
 * space is trimmed.  Bytes that are not UTF-8 (outside the contract) are
 * dropped: the result is valid UTF-8 whatever `s` holds.  Safe to call from
 * several threads at once.
 */
char *kj_normalize(kj_arena *arena, const char *s, size_t len, size_t *out_len);

/** True when `len` bytes of `s` are well-formed UTF-8 (no surrogates, no
 *  overlong forms).  NUL bytes are allowed. */
bool kj_utf8_valid(const char *s, size_t len);

/**
 * Decodes one code point from `s` (at most `len` bytes) and stores its byte
 * length in `*advance`.  Returns -1 and advance 1 for an invalid sequence.
 */
int32_t kj_utf8_decode(const char *s, size_t len, size_t *advance);

/** Encodes `cp` as UTF-8 into `out` (4 bytes of room); returns its length. */
size_t kj_utf8_encode(int32_t cp, char out[4]);

/**
 * Columns `len` bytes of UTF-8 take on a terminal: 2 for East Asian wide and
 * full-width characters, 0 for combining marks, 1 otherwise.
 */
size_t kj_display_width(const char *s, size_t len);

/** True when `cp` is a wide (CJK ideograph, kana, full-width) character. */
bool kj_is_wide(int32_t cp);

/**
 * True for characters that carry no text but act on a terminal or on how
 * text displays: C0 and C1 controls, DEL, zero-width and bidirectional
 * format characters, line and paragraph separators, the byte-order mark.
 */
bool kj_is_invisible(int32_t cp);

/** The value 0-15 of the hexadecimal digit `c` (either case), or -1. */
int kj_hex_value(char c);

/**
 * Formats `n` with thousands separators (38,600; -1,200) into `buf` and
 * returns it: how reports and mail bodies print counts.  Allocates nothing.
 */
char *kj_format_count(long long n, char buf[32]);

/* A growable byte buffer on the heap, always NUL-terminated. */
typedef struct kj_buf {
    char *data;
    size_t len;
    size_t cap;
} kj_buf;

/** Makes room for `extra` more bytes (plus the NUL) without changing len. */
void kj_buf_reserve(kj_buf *buf, size_t extra);

/** Appends `len` bytes. */
void kj_buf_append(kj_buf *buf, const void *data, size_t len);

/** Appends a NUL-terminated string. */
void kj_buf_puts(kj_buf *buf, const char *s);

/** Appends one byte. */
void kj_buf_putc(kj_buf *buf, char c);

/** Appends printf output. */
void kj_buf_printf(kj_buf *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/** Appends vprintf output (`ap` is used once, as vprintf does). */
void kj_buf_vprintf(kj_buf *buf, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

/**
 * Appends `len` bytes of `s`, writing U+FFFD (�) in place of each byte that
 * does not start a well-formed UTF-8 sequence, so the buffer's text stays
 * valid UTF-8 whatever `s` holds.  Returns the number of bytes replaced.
 */
size_t kj_buf_append_utf8(kj_buf *buf, const char *s, size_t len);

/**
 * Appends `s` with everything a terminal or a mail reader would act on made
 * visible: `\n`, `\r`, `\t`; other invisible characters (kj_is_invisible)
 * as `\xHH` below U+0080 and `\uHHHH` above; bytes that are not UTF-8 as
 * `\xHH`.  Text, Japanese included, passes unchanged.  For printing names
 * and reasons that come from archive files.
 */
void kj_buf_append_visible(kj_buf *buf, const char *s);

/** Empties the buffer, keeping its storage. */
void kj_buf_reset(kj_buf *buf);

/** Releases the buffer's storage. */
void kj_buf_free(kj_buf *buf);

#ifdef __cplusplus
}
#endif

#endif
