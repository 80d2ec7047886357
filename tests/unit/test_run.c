/* Tests of periods, JSON key locations and the run state (calendar.h,
 * jsonpos.h, state.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cmocka.h>

#include "kaiji/archive.h"
#include "kaiji/jsonpos.h"
#include "kaiji/calendar.h"
#include "kaiji/lock.h"
#include "kaiji/state.h"

/*
 * What reaches the disk, seen by standing in for fsync(2) and rename(2)
 * (the test program's definitions come before the C library's for the
 * kaiji library linked into it): the order of renames and of syncs of
 * folders.  The calls themselves still happen.
 */
static char io_log[512];

static void io_note(const char *what)
{
    size_t n = strlen(io_log);
    snprintf(io_log + n, sizeof io_log - n, "%s%s", n ? " " : "", what);
}

int fsync(int fd)
{
    struct stat sb;
    if (fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        char name[64];
        snprintf(name, sizeof name, "sync-folder:%llu", (unsigned long long)sb.st_ino);
        io_note(name);
    }
    return (int)syscall(SYS_fsync, fd);
}

int rename(const char *from, const char *to)
{
    const char *base = strrchr(to, '/');
    char name[160];
    snprintf(name, sizeof name, "rename:%s", base ? base + 1 : to);
    io_note(name);
    return renameat(AT_FDCWD, from, AT_FDCWD, to);
}

static kj_date day(int y, int m, int d)
{
    return (kj_date){(int16_t)y, (int8_t)m, (int8_t)d};
}

static void assert_key(kj_calendar_period p, const char *key)
{
    char buf[16];
    assert_string_equal(kj_calendar_key(p, buf), key);
}

static void months(void **state)
{
    (void)state;
    kj_calendar_period p = kj_calendar_last_complete(KJ_CALENDAR_MONTH, day(2026, 1, 1));
    assert_key(p, "2025-12");
    assert_int_equal(p.last.day, 31);
    p = kj_calendar_last_complete(KJ_CALENDAR_MONTH, day(2024, 3, 31));
    assert_key(p, "2024-02");
    assert_int_equal(p.last.day, 29); /* leap year */
    assert_key(kj_calendar_next(p), "2024-03");
    char label[64];
    assert_string_equal(kj_calendar_label(p, label, sizeof label), "2024年2月");
    kj_calendar_period q;
    assert_true(kj_calendar_parse(KJ_CALENDAR_MONTH, "2026-04", &q));
    assert_int_equal(q.last.day, 30);
    assert_false(kj_calendar_parse(KJ_CALENDAR_MONTH, "2026-13", &q));
    assert_false(kj_calendar_parse(KJ_CALENDAR_MONTH, "2026-04-01", &q));
    assert_false(kj_calendar_parse(KJ_CALENDAR_WEEK, "2026-04", &q));
}

static void iso_weeks(void **state)
{
    (void)state;
    /* 2026-01-01 is a Thursday: its week, 2026-W01, starts 2025-12-29. */
    kj_calendar_period w = kj_calendar_containing(KJ_CALENDAR_WEEK, day(2026, 1, 1));
    assert_key(w, "2026-W01");
    assert_int_equal(kj_date_cmp(w.first, day(2025, 12, 29)), 0);
    assert_int_equal(kj_date_cmp(w.last, day(2026, 1, 4)), 0);
    /* 2027-01-01 is a Friday: it belongs to 2026-W53. */
    assert_key(kj_calendar_containing(KJ_CALENDAR_WEEK, day(2027, 1, 1)), "2026-W53");
    /* Monday 2026-04-06: the last complete week ended on Sunday the 5th. */
    kj_calendar_period last = kj_calendar_last_complete(KJ_CALENDAR_WEEK, day(2026, 4, 6));
    assert_key(last, "2026-W14");
    assert_int_equal(kj_date_cmp(last.last, day(2026, 4, 5)), 0);
    char label[64];
    assert_string_equal(kj_calendar_label(last, label, sizeof label), "2026年3月30日〜4月5日");
    kj_calendar_period p;
    assert_true(kj_calendar_parse(KJ_CALENDAR_WEEK, "2026-W53", &p));
    assert_false(kj_calendar_parse(KJ_CALENDAR_WEEK, "2025-W53", &p)); /* 2025 has 52 weeks */
    assert_true(kj_calendar_parse(KJ_CALENDAR_WEEK, "2026-W14", &p));
    assert_int_equal(kj_date_cmp(p.first, day(2026, 3, 30)), 0);
    assert_key(kj_calendar_prev(kj_calendar_containing(KJ_CALENDAR_WEEK, day(2026, 1, 1))),
               "2025-W52");
}

static void days(void **state)
{
    (void)state;
    kj_calendar_period d = kj_calendar_last_complete(KJ_CALENDAR_DAY, day(2026, 3, 1));
    assert_key(d, "2026-02-28");
    assert_true(kj_calendar_contains(d, day(2026, 2, 28)));
    assert_false(kj_calendar_contains(d, day(2026, 3, 1)));
    assert_int_equal(kj_calendar_kind_parse("week"), KJ_CALENDAR_WEEK);
    assert_int_equal(kj_calendar_kind_parse("year"), -1);
}

static void json_locations(void **state)
{
    (void)state;
    const char *text = "{\n"
                       "  \"archive\": \"/srv/a\",\n"
                       "  \"delivery\": {\"smtp\": {\"host\": \"h\", \"port\": \"25\"}},\n"
                       "  \"jobs\": [\n"
                       "    {\"name\": \"月次\", \"kind\": \"x\"},\n"
                       "    {\"name\": \"b\", \"to\": [\"a@b\", \"c\"]}\n"
                       "  ]\n"
                       "}\n";
    size_t len = strlen(text);
    int line, col;
    assert_true(kj_json_position(text, len, "archive", &line, &col));
    assert_int_equal(line, 2);
    assert_int_equal(col, 3);
    assert_true(kj_json_position(text, len, "delivery.smtp.port", &line, &col));
    assert_int_equal(line, 3);
    assert_int_equal(col, 38);
    /* columns count characters, not bytes: 月次 is two */
    assert_true(kj_json_position(text, len, "jobs[0].kind", &line, &col));
    assert_int_equal(line, 5);
    assert_int_equal(col, 20);
    assert_true(kj_json_position(text, len, "jobs[1].to[1]", &line, &col));
    assert_int_equal(line, 6);
    assert_int_equal(col, 33);
    assert_true(kj_json_position(text, len, "jobs[1]", &line, &col));
    assert_int_equal(line, 6);
    assert_int_equal(col, 5);
    assert_false(kj_json_position(text, len, "jobs[2]", &line, &col));
    assert_false(kj_json_position(text, len, "delivery.sendmail", &line, &col));
    assert_false(kj_json_position(text, len, "archive.x", &line, &col));
    assert_int_equal(line, 1);
    /* a key that also appears as a string value is not confused with it */
    const char *tricky = "{\"a\": \"b\", \"b\": 1}";
    assert_true(kj_json_position(tricky, strlen(tricky), "b", &line, &col));
    assert_int_equal(col, 12);
}

static char dir[64];

static int make_dir(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/kaiji-state-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd);
}

static void state_round_trip(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/state.json", dir);
    kj_state *s;
    assert_int_equal(kj_state_load(path, &s, NULL), KJ_OK); /* missing: empty */
    assert_false(kj_state_was_sent(s, "monthly", "2026-03"));
    assert_null(kj_state_first_period(s, "monthly"));
    assert_false(kj_state_has_reported(s, "monthly"));
    kj_state_set_first_period(s, "monthly", "2026-03");
    const char *files[] = {"briefing-2026-03.pdf"};
    kj_state_record_sent(s, "monthly", "2026-03", "sha256:abc", "id@example.jp", 1775000000, files,
                         1);
    const char *paths[] = {"2025/01/31_old.md", "2026/03/06_new.md", "2026/03/XX_undated.md"};
    kj_state_add_reported(s, "monthly", "2026-03", paths, 3, day(2025, 3, 1));
    assert_int_equal(kj_state_save(s, path, NULL), KJ_OK);
    kj_state_free(s);

    assert_int_equal(kj_state_load(path, &s, NULL), KJ_OK);
    assert_true(kj_state_was_sent(s, "monthly", "2026-03"));
    assert_false(kj_state_was_sent(s, "weekly", "2026-03"));
    assert_string_equal(kj_state_sent_digest(s, "monthly", "2026-03"), "sha256:abc");
    assert_string_equal(kj_state_first_period(s, "monthly"), "2026-03");
    assert_true(kj_state_has_reported(s, "monthly"));
    assert_string_equal(kj_state_reported_in(s, "monthly", "2026/03/06_new.md"), "2026-03");
    assert_string_equal(kj_state_reported_in(s, "monthly", "2026/03/XX_undated.md"), "2026-03");
    /* filed before the horizon: forgotten */
    assert_null(kj_state_reported_in(s, "monthly", "2025/01/31_old.md"));
    assert_int_equal(kj_date_cmp(kj_state_reported_since(s, "monthly"), day(2025, 3, 1)), 0);
    /* the horizon never moves back */
    kj_state_add_reported(s, "monthly", "2026-04", NULL, 0, day(2024, 1, 1));
    assert_int_equal(kj_date_cmp(kj_state_reported_since(s, "monthly"), day(2025, 3, 1)), 0);
    kj_state_free(s);
}

/* The state is renamed into place and then its folder is synced: after a
 * power cut the new state (what was sent) is there, or a run would mail
 * the same report again. */
static void state_save_syncs_its_folder(void **state)
{
    (void)state;
    char path[128], expected[160];
    snprintf(path, sizeof path, "%s/state.json", dir);
    struct stat sb;
    assert_int_equal(stat(dir, &sb), 0);
    kj_state *s;
    assert_int_equal(kj_state_load(path, &s, NULL), KJ_OK);
    kj_state_set_first_period(s, "monthly", "2026-03");
    io_log[0] = '\0';
    assert_int_equal(kj_state_save(s, path, NULL), KJ_OK);
    snprintf(expected, sizeof expected, "rename:state.json sync-folder:%llu",
             (unsigned long long)sb.st_ino);
    assert_string_equal(io_log, expected);
    kj_state_free(s);

    /* A relative path: its folder is the working one. */
    char cwd[4096];
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_int_equal(chdir(dir), 0);
    assert_int_equal(kj_state_load("state.json", &s, NULL), KJ_OK);
    io_log[0] = '\0';
    assert_int_equal(kj_state_save(s, "state.json", NULL), KJ_OK);
    assert_string_equal(io_log, expected);
    kj_state_free(s);
    assert_int_equal(chdir(cwd), 0);
}

static void damaged_state(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/bad.json", dir);
    const char *bad[] = {"{\"version\": 1, \"jobs\": ", "[1, 2]", "{\"version\": 2, \"jobs\": {}}",
                         "{\"version\": 1, \"jobs\": {\"m\": {\"sent\": [1]}}}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        FILE *f = fopen(path, "w");
        fputs(bad[i], f);
        fclose(f);
        kj_state *s = NULL;
        kj_error err;
        assert_int_equal(kj_state_load(path, &s, &err), KJ_ERR_DATA);
        assert_null(s);
        assert_non_null(strstr(err.message, path));
    }
}

static void read_text(const char *path, char *buf, size_t size)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    size_t n = fread(buf, 1, size - 1, f);
    buf[n] = '\0';
    fclose(f);
}

/* A link planted where the lock file goes (the state folder may be
 * writable by others) is not followed: the file it names is neither
 * truncated nor overwritten with a process id. */
static void lock_refuses_a_symbolic_link(void **state)
{
    (void)state;
    char victim[128], lock_path[128], text[64];
    snprintf(victim, sizeof victim, "%s/precious.txt", dir);
    snprintf(lock_path, sizeof lock_path, "%s/state.json.lock", dir);
    FILE *f = fopen(victim, "w");
    fputs("do not truncate me\n", f);
    fclose(f);
    assert_int_equal(symlink(victim, lock_path), 0);
    kj_lock *lock = NULL;
    kj_error err;
    assert_int_equal(kj_lock_acquire(lock_path, &lock, &err), KJ_ERR_CANTCREAT);
    assert_null(lock);
    assert_non_null(strstr(err.message, lock_path));
    kj_lock_release(lock);
    read_text(victim, text, sizeof text);
    assert_string_equal(text, "do not truncate me\n");

    /* Nor a second name of another file, nor anything but a regular file. */
    unlink(lock_path);
    assert_int_equal(link(victim, lock_path), 0);
    assert_int_equal(kj_lock_acquire(lock_path, &lock, &err), KJ_ERR_CANTCREAT);
    read_text(victim, text, sizeof text);
    assert_string_equal(text, "do not truncate me\n");
    unlink(lock_path);
    assert_int_equal(mkfifo(lock_path, 0600), 0);
    assert_int_equal(kj_lock_acquire(lock_path, &lock, &err), KJ_ERR_CANTCREAT);
    assert_null(lock);
    unlink(lock_path);

    /* An ordinary lock file works, and holds this process's id. */
    assert_int_equal(kj_lock_acquire(lock_path, &lock, &err), KJ_OK);
    read_text(lock_path, text, sizeof text);
    char pid[32];
    snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
    assert_string_equal(text, pid);
    kj_lock_release(lock);
}

static void archive_path_dates(void **state)
{
    (void)state;
    assert_int_equal(kj_date_cmp(kj_archive_path_date("2026/03/06_x.md"), day(2026, 3, 6)), 0);
    assert_int_equal(kj_date_cmp(kj_archive_path_date("2026/03/XX_x.md"), day(2026, 3, 1)), 0);
    assert_false(kj_date_is_set(kj_archive_path_date("notes.md")));
    assert_false(kj_date_is_set(kj_archive_path_date("2026/13/01_x.md")));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(months),
        cmocka_unit_test(iso_weeks),
        cmocka_unit_test(days),
        cmocka_unit_test(json_locations),
        cmocka_unit_test_setup_teardown(state_round_trip, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(state_save_syncs_its_folder, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(damaged_state, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(lock_refuses_a_symbolic_link, make_dir, remove_dir),
        cmocka_unit_test(archive_path_dates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
