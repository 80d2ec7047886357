/*
 * filename.c — archive text made safe as a file name (see output.h).
 *
 * Organisation names come from third-party files and end up in the names
 * of the files kaiji writes (one-pagers, attachments).  A name such as
 * `../../etc/x`, `a/b`, or one holding a terminal escape or a right-to-left
 * override must never let a file land outside the output folder, hide
 * itself, or show a false name in a mail client.
 */
#include <stdbool.h>
#include <string.h>

#include "kaiji/output.h"
#include "kaiji/text.h"

/* Characters that are fine in Japanese text but not in a file name. */
static bool unsafe_cp(int32_t cp)
{
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
        return true; /* C0, DEL, C1 controls */
    if (cp == '/' || cp == '\\' || cp == ':' || cp == '*' || cp == '?' || cp == '"' || cp == '<' ||
        cp == '>' || cp == '|')
        return true; /* separators, and what Windows and mail clients refuse */
    /* Zero-width, bidirectional and line-separating format characters can
     * make a name display as something it is not. */
    return cp == 0x061C || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF || cp == 0xFFFD;
}

size_t kj_safe_filename(char *out, size_t size, const char *name)
{
    if (size < 2) {
        if (size)
            out[0] = '\0';
        return 0;
    }
    size_t len = 0, in_len = name ? strlen(name) : 0;
    bool replaced = false; /* the last byte written is a replacement `_` */
    for (size_t i = 0; i < in_len;) {
        size_t adv;
        int32_t cp = kj_utf8_decode(name + i, in_len - i, &adv);
        bool bad = cp < 0 || unsafe_cp(cp);
        /* No leading dots or spaces: never `.`, `..` or a hidden file. */
        if (len == 0 && (bad || cp == '.' || cp == ' ' || cp == 0x3000)) {
            i += adv;
            continue;
        }
        if (bad) {
            if (!replaced && len + 1 < size) {
                out[len++] = '_';
                replaced = true;
            }
            i += adv;
            continue;
        }
        if (len + adv >= size)
            break; /* cut on a whole character */
        memcpy(out + len, name + i, adv);
        len += adv;
        replaced = false;
        i += adv;
    }
    /* No trailing dots or spaces (Windows drops them; `x.` looks odd). */
    for (;;) {
        if (len > 0 && (out[len - 1] == '.' || out[len - 1] == ' '))
            len--;
        else if (len >= 3 && memcmp(out + len - 3, "\u3000", 3) == 0)
            len -= 3;
        else
            break;
    }
    if (len == 0)
        out[len++] = '_';
    out[len] = '\0';
    return len;
}
