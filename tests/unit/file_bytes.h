/*
 * file_bytes.h — reading a written file back in unit tests (cmocka), and
 * finding bytes in it.  Include after <cmocka.h>.
 */
#ifndef KAIJI_TEST_FILE_BYTES_H
#define KAIJI_TEST_FILE_BYTES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The whole file at `path` (NUL-terminated, `*len` bytes; free it); fails
 * the running test when it cannot be read. */
static inline char *test_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)n + 1);
    assert_non_null(data);
    assert_int_equal(fread(data, 1, (size_t)n, f), (size_t)n);
    data[n] = '\0';
    fclose(f);
    *len = (size_t)n;
    return data;
}

/* Where `needle` occurs in `len` bytes of `data`, or NULL. */
static inline const char *test_find_bytes(const char *data, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(data + i, needle, n) == 0)
            return data + i;
    return NULL;
}

#endif
