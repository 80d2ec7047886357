/* Tests of kj_read_file: whole files read without hanging or exhausting memory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "kaiji/readfile.h"

static char dir[64];
static char path[128];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/kaiji-readfile-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd);
}

static const char *file(const char *name, const char *content)
{
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (content) {
        FILE *f = fopen(path, "wb");
        assert_non_null(f);
        fputs(content, f);
        fclose(f);
    }
    return path;
}

static void reads_whole_files_nul_terminated(void **state)
{
    (void)state;
    char *text;
    size_t len;
    kj_error err;
    assert_int_equal(kj_read_file(file("a.json", "{\"k\": 1}\n"), 100, &text, &len, &err), KJ_OK);
    assert_int_equal(len, 9);
    assert_string_equal(text, "{\"k\": 1}\n");
    free(text);
    /* an empty file is an empty string, not an unterminated buffer */
    assert_int_equal(kj_read_file(file("empty", ""), 100, &text, &len, &err), KJ_OK);
    assert_int_equal(len, 0);
    assert_string_equal(text, "");
    free(text);
}

/* A file read in one go stops at the size fstat gave; one whose size says
 * nothing (the files of /proc say 0 and read in pieces) is read to its
 * end all the same. */
static void reads_files_whose_size_says_nothing(void **state)
{
    (void)state;
    char *text;
    size_t len;
    kj_error err;
    static char big[70000];
    memset(big, 'x', sizeof big - 1);
    assert_int_equal(kj_read_file(file("big", big), sizeof big, &text, &len, &err), KJ_OK);
    assert_int_equal(len, sizeof big - 1);
    free(text);
    struct stat sb;
    if (stat("/proc/self/status", &sb) != 0 || sb.st_size != 0) {
        skip(); /* no /proc here */
        return;
    }
    assert_int_equal(kj_read_file("/proc/self/status", 1 << 20, &text, &len, &err), KJ_OK);
    assert_true(len > 100);
    assert_non_null(strstr(text, "Name:"));
    assert_non_null(strstr(text, "\nPid:"));
    assert_int_equal(text[len - 1], '\n');
    free(text);
}

static void refuses_what_is_no_regular_file(void **state)
{
    (void)state;
    char *text = (char *)1;
    size_t len;
    kj_error err;
    /* A FIFO without a writer: refused at once, not waited on. */
    assert_int_equal(mkfifo(file("fifo", NULL), 0600), 0);
    assert_int_equal(kj_read_file(path, 100, &text, &len, &err), KJ_ERR_NOINPUT);
    assert_string_equal(err.message, "not a regular file");
    assert_null(text);
    /* A device that never ends. */
    assert_int_equal(kj_read_file("/dev/zero", 100, &text, &len, &err), KJ_ERR_NOINPUT);
    assert_int_equal(kj_read_file(dir, 100, &text, &len, &err), KJ_ERR_NOINPUT);
    assert_int_equal(kj_read_file(file("missing", NULL), 100, &text, &len, &err), KJ_ERR_NOINPUT);
    assert_non_null(strstr(err.message, "cannot open: No such file"));
}

static void refuses_files_over_the_limit(void **state)
{
    (void)state;
    char *text;
    size_t len;
    kj_error err;
    assert_int_equal(kj_read_file(file("b", "0123456789"), 9, &text, &len, &err), KJ_ERR_DATA);
    assert_string_equal(err.message, "file too large: 10 bytes (at most 9 bytes)");
    assert_null(text);
    assert_int_equal(kj_read_file(path, 10, &text, &len, &err), KJ_OK);
    free(text);
    /* A sparse terabyte is refused before any of it is read. */
    file("sparse", "");
    assert_int_equal(truncate(path, (off_t)1 << 40), 0);
    assert_int_equal(kj_read_file(path, (size_t)1 << 20, &text, &len, &err), KJ_ERR_DATA);
    assert_string_equal(err.message, "file too large: 1048576 MB (at most 1 MB)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reads_whole_files_nul_terminated),
        cmocka_unit_test(reads_files_whose_size_says_nothing),
        cmocka_unit_test(refuses_what_is_no_regular_file),
        cmocka_unit_test(refuses_files_over_the_limit),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
