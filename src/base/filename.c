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

/*
 * Characters that are fine in Japanese text but not in a file name:
 * separators and what Windows and mail clients refuse; controls, and the
 * zero-width and bidirectional format characters that can make a name
 * display as something it is not; U+FFFD, which stands for bytes lost.
 */
static bool unsafe_cp(int32_t cp)
{
    return cp == '/' || cp == '\\' || cp == ':' || cp == '*' || cp == '?' || cp == '"' ||
           cp == '<' || cp == '>' || cp == '|' || kj_is_invisible(cp) || cp == 0xFFFD;
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
