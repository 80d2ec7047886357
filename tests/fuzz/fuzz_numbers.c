/*
 * fuzz_numbers.c — kj_read_number() on any text.
 *
 * Counts are read from third-party sentences (`約28万2千件`,
 * `999999999999999999999件`): whatever the text, a number read is never
 * negative, never past 10^15, never reads past the text, and a range's
 * high end is not below its low end.  Every offset of the normalised
 * input is tried, as extraction does; the raw bytes are tried too (no NUL,
 * exact length: reading past them is caught by the sanitizer).
 */
#include <string.h>

#include "fuzz.h"
#include "kaiji/extract.h"
#include "kaiji/text.h"

#define LIMIT INT64_C(1000000000000000) /* 10^15 */

static void check_at(const char *s, size_t len)
{
    kj_number n;
    size_t used = kj_read_number(s, len, &n);
    FUZZ_CHECK(used <= len);
    if (used == 0) {
        FUZZ_CHECK(n.value == 0 && n.high == 0 && n.flags == 0);
        return;
    }
    FUZZ_CHECK(n.value >= 0 && n.value <= LIMIT);
    FUZZ_CHECK(n.high >= n.value && n.high <= LIMIT);
    if (n.flags & KJ_NUM_VAGUE)
        FUZZ_CHECK(n.value == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *raw = malloc(size ? size : 1);
    FUZZ_CHECK(raw != NULL);
    memcpy(raw, data, size);
    for (size_t i = 0; i < size && i < 64; i++)
        check_at(raw + i, size - i);
    free(raw);

    kj_arena *arena = kj_arena_new();
    size_t len;
    const char *norm = kj_normalize(arena, (const char *)data, size, &len);
    for (size_t i = 0; i < len; i++)
        check_at(norm + i, len - i);
    kj_arena_free(arena);
    return 0;
}
