/*
 * fuzz_dates.c — kj_read_date() on any text, in any context.
 *
 * Dates are read from third-party sentences (`令和999年13月40日`, `同月11日`,
 * `翌25日`): whatever the text, a date read is a real calendar date, the
 * reader never reads past the text, and no date means KJ_DATE_NONE.  The
 * first bytes choose the context (publication date, previous date, whether
 * it is near), the rest is the text; every offset of its normalised form
 * is tried, as extraction does.
 */
#include <string.h>

#include "fuzz.h"
#include "kaiji/extract.h"
#include "kaiji/text.h"

static void check_at(const char *s, size_t len, const kj_date_context *ctx)
{
    kj_date d;
    unsigned flags = 0;
    size_t used = kj_read_date(s, len, ctx, &d, &flags);
    FUZZ_CHECK(used <= len);
    if (used == 0) {
        FUZZ_CHECK(!kj_date_is_set(d));
        return;
    }
    FUZZ_CHECK(kj_date_is_valid(d));
    char buf[11];
    FUZZ_CHECK(kj_date_cmp(kj_date_parse_iso(kj_date_format(d, buf)), d) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    kj_date_context ctx = {0};
    ctx.published = kj_date_from_days(18000 + (data[0] | data[1] << 8) % 9000); /* 2019-2044 */
    if (data[2] & 1)
        ctx.previous = kj_date_from_days(kj_date_to_days(ctx.published) - data[3] * 7);
    if (data[2] & 2)
        ctx.previous.day = 0; /* a month-precision previous date */
    ctx.previous_is_near = data[2] & 4;
    data += 4;
    size -= 4;

    kj_arena *arena = kj_arena_new();
    size_t len;
    const char *norm = kj_normalize(arena, (const char *)data, size, &len);
    for (size_t i = 0; i < len; i++)
        check_at(norm + i, len - i, &ctx);
    kj_arena_free(arena);
    return 0;
}
