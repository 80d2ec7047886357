/* utf8.c — decoding, validation and display width of UTF-8. */
#include <string.h>

#include <utf8proc.h>

#include "kaiji/text.h"

int32_t kj_utf8_decode(const char *s, size_t len, size_t *advance)
{
    const unsigned char *p = (const unsigned char *)s;
    *advance = 1;
    if (len == 0)
        return -1;
    unsigned char c = p[0];
    if (c < 0x80)
        return c;
    int32_t cp;
    size_t n;
    int32_t min;
    if (c >= 0xC2 && c <= 0xDF) {
        cp = c & 0x1F, n = 2, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        cp = c & 0x0F, n = 3, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        cp = c & 0x07, n = 4, min = 0x10000;
    } else {
        return -1;
    }
    if (len < n)
        return -1;
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return -1;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    *advance = n;
    return cp;
}

/* Four bytes as a little-endian word, whatever the machine: one load. */
static inline uint32_t load_le32(const unsigned char *p)
{
    uint32_t w;
    memcpy(&w, p, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap32(w);
#endif
    return w;
}

/* Eight bytes likewise. */
static inline uint64_t load_le64(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    return w;
}

/* True when word `w` (bytes in memory order, low byte first) starts with a
 * well-formed three-byte sequence (kana, kanji, full-width forms: most of
 * a Japanese file): lead 1110xxxx and two continuation bytes, where lead
 * E0 must not start an overlong form nor ED a surrogate. */
static inline bool three_byte_sequence(uint32_t w)
{
    if ((w & 0xC0C0F0u) != 0x8080E0u)
        return false;
    unsigned nibble = w & 0x0F, second = (w >> 8) & 0xFF;
    if (nibble == 0x0)
        return second >= 0xA0;
    if (nibble == 0xD)
        return second < 0xA0;
    return true;
}

bool kj_utf8_valid(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (p[i] < 0x80) {
            /* Skip ASCII eight bytes at a time: Markdown markup and URLs. */
            while (i + 8 <= len) {
                uint64_t w;
                memcpy(&w, p + i, 8);
                if (w & UINT64_C(0x8080808080808080))
                    break;
                i += 8;
            }
            while (i < len && p[i] < 0x80)
                i++;
            continue;
        }
        /* Two three-byte sequences per eight-byte load while their leads are
         * neither E0 nor ED (nibble 0 or D), then one per four-byte load. */
        for (uint64_t w; i + 8 <= len; i += 6) {
            w = load_le64(p + i);
            unsigned n0 = w & 0x0F, n1 = (w >> 24) & 0x0F;
            if ((w & UINT64_C(0xC0C0F0C0C0F0)) != UINT64_C(0x8080E08080E0) || n0 == 0 ||
                n0 == 0xD || n1 == 0 || n1 == 0xD)
                break;
        }
        while (i + 4 <= len && three_byte_sequence(load_le32(p + i)))
            i += 3;
        if (i >= len || p[i] < 0x80)
            continue;
        size_t adv;
        if (kj_utf8_decode(s + i, len - i, &adv) < 0)
            return false;
        i += adv;
    }
    return true;
}

size_t kj_buf_append_utf8(kj_buf *buf, const char *s, size_t len)
{
    size_t replaced = 0, i = 0;
    while (i < len) {
        /* Copy the valid stretch in one piece, then replace one byte. */
        size_t start = i, adv;
        while (i < len && kj_utf8_decode(s + i, len - i, &adv) >= 0)
            i += adv;
        kj_buf_append(buf, s + start, i - start);
        if (i < len) {
            kj_buf_append(buf, "\xEF\xBF\xBD", 3);
            replaced++;
            i++;
        }
    }
    if (!buf->data)
        kj_buf_append(buf, "", 0); /* always a string, even for no input */
    return replaced;
}

size_t kj_utf8_encode(int32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

bool kj_is_wide(int32_t cp)
{
    /* CJK radicals through Yi, Hangul, compatibility ideographs, full-width
     * forms and the supplementary ideograph planes. */
    return (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
           (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
           (cp >= 0x20000 && cp <= 0x3FFFD);
}

bool kj_is_invisible(int32_t cp)
{
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x061C ||
           (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF;
}

void kj_buf_append_visible(kj_buf *buf, const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        size_t start = i, adv = 1;
        int32_t cp = 0;
        while (i < len && (cp = kj_utf8_decode(s + i, len - i, &adv)) >= 0 && !kj_is_invisible(cp))
            i += adv;
        kj_buf_append(buf, s + start, i - start);
        if (i >= len)
            break;
        if (cp == '\n')
            kj_buf_puts(buf, "\\n");
        else if (cp == '\r')
            kj_buf_puts(buf, "\\r");
        else if (cp == '\t')
            kj_buf_puts(buf, "\\t");
        else if (cp < 0x80) /* a control, or (cp < 0) a byte that is not UTF-8 */
            kj_buf_printf(buf, "\\x%02X", (unsigned char)s[i]);
        else
            kj_buf_printf(buf, "\\u%04X", (unsigned)cp);
        i += cp < 0 ? 1 : adv;
    }
    if (!buf->data)
        kj_buf_append(buf, "", 0);
}

size_t kj_display_width(const char *s, size_t len)
{
    size_t width = 0, i = 0;
    while (i < len) {
        size_t adv;
        int32_t cp = kj_utf8_decode(s + i, len - i, &adv);
        i += adv;
        if (cp < 0) {
            width += 1;
            continue;
        }
        int w = utf8proc_charwidth(cp);
        /* utf8proc calls ambiguous-width characters narrow; terminals used
         * for Japanese draw ○ and ※ wide, but column alignment only needs to
         * agree with itself, so narrow it stays. */
        width += (size_t)(w < 0 ? 0 : w);
    }
    return width;
}

int kj_hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
