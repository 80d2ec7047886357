/* Tests of atomic output files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cmocka.h>

#include "kaiji/output.h"

/*
 * umask(2) sets the mask of the whole process: a library that sets it to 0
 * for a moment, even to read it, lets another thread create files open to
 * everyone meanwhile.  This program's umask() stands in for the C
 * library's (for the kaiji library linked into it too) and counts calls.
 */
static int umask_calls;

mode_t umask(mode_t mask)
{
    umask_calls++;
    return (mode_t)syscall(SYS_umask, mask);
}

static mode_t set_umask_quietly(mode_t mask)
{
    return (mode_t)syscall(SYS_umask, mask);
}

static char dir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/kaiji-output-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd);
}

static int count_entries(void)
{
    char cmd[160];
    snprintf(cmd, sizeof cmd, "ls -A '%s' | wc -l", dir);
    FILE *p = popen(cmd, "r");
    int n = -1;
    if (p) {
        if (fscanf(p, "%d", &n) != 1)
            n = -1;
        pclose(p);
    }
    return n;
}

static void commit_replaces_target(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/report.txt", dir);
    FILE *f = fopen(path, "w");
    fputs("old", f);
    fclose(f);

    kj_output *out;
    assert_int_equal(kj_output_open(path, &out, NULL), KJ_OK);
    fputs("new contents", kj_output_stream(out));
    /* until commit the old file is intact and a temporary sits beside it */
    f = fopen(path, "r");
    char buf[32] = {0};
    assert_non_null(fgets(buf, sizeof buf, f));
    fclose(f);
    assert_string_equal(buf, "old");
    assert_int_equal(count_entries(), 2);
    assert_int_equal(kj_output_commit(out, NULL), KJ_OK);
    f = fopen(path, "r");
    assert_non_null(fgets(buf, sizeof buf, f));
    fclose(f);
    assert_string_equal(buf, "new contents");
    assert_int_equal(count_entries(), 1);
}

/* Reports are ordinary files: the mode the umask gives a new file
 * (mkstemp's 0600 would hide them from the group that reads out/), found
 * without touching the process's umask. */
static void new_files_follow_the_umask(void **state)
{
    (void)state;
    static const mode_t masks[] = {027, 022, 077, 0};
    for (size_t i = 0; i < sizeof masks / sizeof masks[0]; i++) {
        char path[128];
        snprintf(path, sizeof path, "%s/mode-%zu.txt", dir, i);
        mode_t old = set_umask_quietly(masks[i]);
        umask_calls = 0;
        kj_output *out;
        assert_int_equal(kj_output_open(path, &out, NULL), KJ_OK);
        fputs("x", kj_output_stream(out));
        assert_int_equal(kj_output_commit(out, NULL), KJ_OK);
        int calls = umask_calls;
        set_umask_quietly(old);
        assert_int_equal(calls, 0);
        struct stat sb;
        assert_int_equal(stat(path, &sb), 0);
        assert_int_equal(sb.st_mode & 0777, 0666 & ~masks[i]);
        unlink(path);
    }
}

static void abort_leaves_nothing(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/never.txt", dir);
    kj_output *out;
    assert_int_equal(kj_output_open(path, &out, NULL), KJ_OK);
    fputs("partial", kj_output_stream(out));
    kj_output_abort(out);
    assert_int_not_equal(access(path, F_OK), 0);
    assert_int_equal(count_entries(), 1); /* only report.txt from before */
}

static void full_disk_is_an_io_error(void **state)
{
    (void)state;
    if (access("/dev/full", W_OK) != 0)
        skip();
    kj_output *out;
    kj_error err;
    assert_int_equal(kj_output_open("/dev/full", &out, &err), KJ_OK);
    for (int i = 0; i < 10000; i++)
        fputs("0123456789abcdef", kj_output_stream(out));
    assert_int_equal(kj_output_commit(out, &err), KJ_ERR_IO);
    assert_non_null(strstr(err.message, "/dev/full"));
    /* /dev/full is still the device, not replaced by a file */
    struct stat sb;
    assert_int_equal(stat("/dev/full", &sb), 0);
    assert_true(S_ISCHR(sb.st_mode));
}

static void missing_folder_cannot_create(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/no/such/folder/x.pdf", dir);
    kj_output *out;
    kj_error err;
    assert_int_equal(kj_output_open(path, &out, &err), KJ_ERR_CANTCREAT);
    assert_non_null(strstr(err.message, "x.pdf"));
    snprintf(path, sizeof path, "%s/made/by/make_dirs", dir);
    assert_int_equal(kj_make_dirs(path, NULL), KJ_OK);
    assert_int_equal(kj_make_dirs(path, NULL), KJ_OK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(commit_replaces_target),
        cmocka_unit_test(new_files_follow_the_umask),
        cmocka_unit_test(abort_leaves_nothing),
        cmocka_unit_test(full_disk_is_an_io_error),
        cmocka_unit_test(missing_folder_cannot_create),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
