/*
 * fuzz_overview.c — the overview's small readers on any text.
 *
 * Dates (`令和7年6月2日`, `2025/6/2`), organisation lists, URLs and
 * archive paths are read from text the archive's authors typed by hand.
 * Each reader must give an answer that is either "none" or well-formed.
 */
#include <string.h>

#include "fuzz.h"
#include "kaiji/kaiji.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    FUZZ_CHECK(s != NULL);
    memcpy(s, data, size);
    s[size] = '\0'; /* the readers take C strings: stop at a NUL */
    size_t n = strlen(s);
    kj_arena *arena = kj_arena_new();
    FUZZ_CHECK(arena != NULL);
    bool valid = kj_utf8_valid(s, n);

    /* Dates read the normalised form, as the parser calls them. */
    const char *norm = kj_normalize(arena, s, n, NULL);
    kj_date d = kj_parse_overview_date(norm);
    FUZZ_CHECK(!kj_date_is_set(d) || kj_date_is_valid(d));
    if (kj_date_is_set(d)) {
        char buf[11];
        FUZZ_CHECK(kj_date_cmp(kj_date_parse_iso(kj_date_format(d, buf)), d) == 0);
    }
    d = kj_parse_overview_date(s);
    FUZZ_CHECK(!kj_date_is_set(d) || kj_date_is_valid(d));

    /* Organisations: non-empty, trimmed, and valid UTF-8 from valid text. */
    const char **names;
    size_t n_names = kj_split_organizations(arena, s, &names);
    for (size_t i = 0; i < n_names; i++) {
        size_t len = strlen(names[i]);
        FUZZ_CHECK(len > 0 && len <= n);
        FUZZ_CHECK(names[i][0] != ' ' && names[i][len - 1] != ' ');
        FUZZ_CHECK(!valid || kj_utf8_valid(names[i], len));
    }

    /* A URL naming an archive path gives a path in the archive layout. */
    const char *path = kj_url_archive_path(arena, s);
    if (path) {
        size_t tail;
        FUZZ_CHECK(kj_archive_path_tail(path, &tail) && tail == 0);
        FUZZ_CHECK(kj_utf8_valid(path, strlen(path)));
    }
    if (kj_url_is_web(s)) {
        FUZZ_CHECK(strncasecmp(s, "http", 4) == 0);
        for (const char *p = s; *p; p++)
            FUZZ_CHECK((unsigned char)*p > ' ' && *p != 0x7F);
    }
    size_t tail;
    if (kj_archive_path_tail(s, &tail))
        FUZZ_CHECK(tail < n);
    kj_arena_free(arena);
    free(s);
    return 0;
}
