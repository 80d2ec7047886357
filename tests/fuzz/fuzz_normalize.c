/*
 * fuzz_normalize.c — the matching form is well-formed and stable.
 *
 * Whatever text goes in, kj_normalize() gives valid UTF-8 without control
 * characters, doubled or edge spaces, and normalising it again changes
 * nothing: extraction normalises both the release text and its own
 * patterns, so a form that moved on a second pass would make a rule miss.
 */
#include <string.h>

#include "fuzz.h"
#include "kaiji/arena.h"
#include "kaiji/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    kj_arena *arena = kj_arena_new();
    FUZZ_CHECK(arena != NULL);
    size_t len;
    char *norm = kj_normalize(arena, s, size, &len);
    FUZZ_CHECK(norm != NULL && strlen(norm) == len);
    FUZZ_CHECK(kj_utf8_valid(norm, len));
    FUZZ_CHECK(len == 0 || (norm[0] != ' ' && norm[len - 1] != ' '));
    FUZZ_CHECK(strstr(norm, "  ") == NULL);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)norm[i];
        FUZZ_CHECK(c >= 0x20 && c != 0x7F);
    }
    /* Idempotent on text that was valid to start with (the contract). */
    if (kj_utf8_valid(s, size)) {
        size_t len2;
        char *twice = kj_normalize(arena, norm, len, &len2);
        FUZZ_CHECK(len2 == len && memcmp(twice, norm, len) == 0);
    }
    kj_arena_free(arena);
    return 0;
}
