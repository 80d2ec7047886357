/*
 * fuzz_filename.c — kj_safe_filename() never gives a name that leaves the
 * output folder, hides itself or carries control characters.
 */
#include <string.h>

#include "fuzz.h"
#include "kaiji/output.h"
#include "kaiji/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    /* The first byte picks the room given, the rest is the name. */
    size_t room = 2 + data[0] % 64;
    char *name = malloc(size);
    FUZZ_CHECK(name != NULL);
    memcpy(name, data + 1, size - 1);
    name[size - 1] = '\0';
    char *out = malloc(room);
    FUZZ_CHECK(out != NULL);
    size_t len = kj_safe_filename(out, room, name);
    FUZZ_CHECK(len > 0 && len < room && strlen(out) == len);
    FUZZ_CHECK(kj_utf8_valid(out, len));
    FUZZ_CHECK(out[0] != '.' && strcmp(out, "..") != 0);
    FUZZ_CHECK(out[len - 1] != '.' && out[len - 1] != ' ');
    FUZZ_CHECK(strpbrk(out, "/\\:*?\"<>|") == NULL);
    for (size_t i = 0; i < len;) {
        size_t adv;
        int32_t cp = kj_utf8_decode(out + i, len - i, &adv);
        FUZZ_CHECK(cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0));
        FUZZ_CHECK(!(cp >= 0x202A && cp <= 0x202E) && !(cp >= 0x2066 && cp <= 0x2069));
        i += adv;
    }
    free(out);
    free(name);
    return 0;
}
