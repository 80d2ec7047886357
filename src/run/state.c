/*
 * state.c — the run state file (see state.h).
 *
 * The state is kept as the jansson tree it is stored as: it is small, its
 * objects are hash tables (so "was this release announced?" is one
 * lookup), and saving it is one json_dumpf.
 */
#include "kaiji/state.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "kaiji/archive.h"
#include "kaiji/output.h"
#include "kaiji/readfile.h"

struct kj_state {
    json_t *root; /* {"version": 1, "jobs": {…}} */
};

enum { STATE_VERSION = 1 };

static bool valid_job(json_t *job)
{
    json_t *sent = json_object_get(job, "sent");
    json_t *reported = json_object_get(job, "reported");
    json_t *first = json_object_get(job, "first_period");
    json_t *since = json_object_get(job, "reported_since");
    return json_is_object(job) && (!sent || json_is_object(sent)) &&
           (!reported || json_is_object(reported)) && (!first || json_is_string(first)) &&
           (!since || json_is_string(since));
}

/* The state holds a record per job and period: megabytes would be decades. */
#define STATE_MAX_BYTES ((size_t)64 << 20)

kj_status kj_state_load(const char *path, kj_state **state, kj_error *err)
{
    *state = NULL;
    json_t *root;
    struct stat sb;
    if (stat(path, &sb) != 0 && errno == ENOENT) {
        root = json_pack("{s:i, s:{}}", "version", STATE_VERSION, "jobs");
    } else {
        /* kj_read_file: a FIFO or device put there must not hang the run */
        char *text;
        size_t len;
        kj_error why;
        if (kj_read_file(path, STATE_MAX_BYTES, &text, &len, &why) != KJ_OK)
            return kj_error_set(err, KJ_ERR_NOINPUT, "%s: cannot read the state: %s", path,
                                why.message);
        json_error_t jerr;
        root = json_loadb(text, len, 0, &jerr);
        free(text);
        if (!root)
            return kj_error_set(err, KJ_ERR_DATA,
                                "%s:%d:%d: the state file is damaged (%s); what was sent is "
                                "unknown, so nothing is sent: repair or remove it",
                                path, jerr.line, jerr.column, jerr.text);
        json_t *version = json_object_get(root, "version");
        json_t *jobs = json_object_get(root, "jobs");
        bool ok = json_is_object(root) && json_is_integer(version) && json_is_object(jobs);
        if (ok && json_integer_value(version) != STATE_VERSION) {
            json_decref(root);
            return kj_error_set(err, KJ_ERR_DATA,
                                "%s: state version %lld is not one this kaiji knows (%d)", path,
                                (long long)json_integer_value(version), STATE_VERSION);
        }
        const char *name;
        json_t *job;
        if (ok)
            json_object_foreach(jobs, name, job) ok = ok && valid_job(job);
        if (!ok) {
            json_decref(root);
            return kj_error_set(err, KJ_ERR_DATA,
                                "%s: not a kaiji state file (expected {\"version\": 1, "
                                "\"jobs\": {…}}); nothing is sent: repair or remove it",
                                path);
        }
    }
    kj_state *s = malloc(sizeof *s);
    if (!s || !root)
        abort();
    s->root = root;
    *state = s;
    return KJ_OK;
}

/*
 * Syncs the folder holding `path`, so that the rename that put the new
 * state in place is on disk too: without it, a power cut soon after a
 * message went out can bring back the old state, and the next run sends
 * the same report again.
 */
static kj_status sync_folder(const char *path, kj_error *err)
{
    const char *slash = strrchr(path, '/');
    char *folder = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : strdup(".");
    if (!folder)
        abort();
    int fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int e = fd < 0 ? errno : 0;
    /* EINVAL: a file system that cannot sync a folder (nothing to wait for). */
    if (fd >= 0 && fsync(fd) != 0 && errno != EINVAL)
        e = errno;
    if (fd >= 0)
        close(fd);
    kj_status st = KJ_OK;
    if (e)
        st = kj_error_set(err, KJ_ERR_IO, "%s: written, but its folder %s could not be synced: %s",
                          path, folder, strerror(e));
    free(folder);
    return st;
}

kj_status kj_state_save(const kj_state *state, const char *path, kj_error *err)
{
    kj_output *out;
    kj_status st = kj_output_open(path, &out, err);
    if (st != KJ_OK)
        return st;
    FILE *f = kj_output_stream(out);
    if (json_dumpf(state->root, f, JSON_INDENT(2) | JSON_SORT_KEYS) != 0 || fputc('\n', f) == EOF) {
        kj_output_abort(out);
        return kj_error_set(err, KJ_ERR_IO, "%s: cannot write the state", path);
    }
    if ((st = kj_output_commit(out, err)) != KJ_OK)
        return st;
    return sync_folder(path, err);
}

void kj_state_free(kj_state *state)
{
    if (!state)
        return;
    json_decref(state->root);
    free(state);
}

/* The job's object; created when `create`, else NULL when absent. */
static json_t *job_object(const kj_state *state, const char *job, bool create)
{
    json_t *jobs = json_object_get(state->root, "jobs");
    json_t *j = json_object_get(jobs, job);
    if (!j && create) {
        j = json_object();
        json_object_set_new(jobs, job, j);
    }
    return j;
}

/* Member `key` of the job's object, an object created when `create`. */
static json_t *job_member(const kj_state *state, const char *job, const char *key, bool create)
{
    json_t *j = job_object(state, job, create);
    json_t *m = j ? json_object_get(j, key) : NULL;
    if (!m && create) {
        m = json_object();
        json_object_set_new(j, key, m);
    }
    return m;
}

bool kj_state_was_sent(const kj_state *state, const char *job, const char *period)
{
    return json_object_get(job_member(state, job, "sent", false), period) != NULL;
}

const char *kj_state_sent_digest(const kj_state *state, const char *job, const char *period)
{
    json_t *rec = json_object_get(job_member(state, job, "sent", false), period);
    return json_string_value(json_object_get(rec, "digest"));
}

static void format_time(time_t when, char buf[40])
{
    struct tm tm;
    localtime_r(&when, &tm);
    char zone[8];
    strftime(buf, 40, "%Y-%m-%dT%H:%M:%S", &tm);
    strftime(zone, sizeof zone, "%z", &tm); /* +0900 → +09:00 (RFC 3339) */
    size_t n = strlen(buf);
    if (strlen(zone) == 5)
        snprintf(buf + n, 40 - n, "%.3s:%.2s", zone, zone + 3);
}

void kj_state_record_sent(kj_state *state, const char *job, const char *period, const char *digest,
                          const char *message_id, time_t when, const char *const *attachments,
                          size_t n_attachments)
{
    char at[40];
    format_time(when, at);
    json_t *names = json_array();
    for (size_t i = 0; i < n_attachments; i++)
        json_array_append_new(names, json_string(attachments[i]));
    json_t *rec = json_pack("{s:s, s:s, s:s, s:o}", "digest", digest, "message_id", message_id,
                            "sent_at", at, "attachments", names);
    if (!rec)
        abort();
    json_object_set_new(job_member(state, job, "sent", true), period, rec);
}

const char *kj_state_first_period(const kj_state *state, const char *job)
{
    return json_string_value(json_object_get(job_object(state, job, false), "first_period"));
}

void kj_state_set_first_period(kj_state *state, const char *job, const char *period)
{
    json_object_set_new(job_object(state, job, true), "first_period", json_string(period));
}

bool kj_state_has_reported(const kj_state *state, const char *job)
{
    return kj_date_is_set(kj_state_reported_since(state, job));
}

const char *kj_state_reported_in(const kj_state *state, const char *job, const char *path)
{
    return json_string_value(json_object_get(job_member(state, job, "reported", false), path));
}

kj_date kj_state_reported_since(const kj_state *state, const char *job)
{
    json_t *j = job_object(state, job, false);
    return kj_date_parse_iso(json_string_value(json_object_get(j, "reported_since")));
}

void kj_state_add_reported(kj_state *state, const char *job, const char *period,
                           const char *const *paths, size_t n_paths, kj_date since)
{
    json_t *reported = job_member(state, job, "reported", true);
    for (size_t i = 0; i < n_paths; i++)
        json_object_set_new(reported, paths[i], json_string(period));
    kj_date old = kj_state_reported_since(state, job);
    if (kj_date_is_set(old) && kj_date_cmp(old, since) >= 0)
        since = old;
    char buf[11];
    json_object_set_new(job_object(state, job, true), "reported_since",
                        json_string(kj_date_format(since, buf)));
    /* Forget what lies before the horizon: those count as announced anyway. */
    const char *path;
    json_t *value, *tmp;
    json_object_foreach_safe(reported, tmp, path, value)
    {
        kj_date filed = kj_archive_path_date(path);
        if (kj_date_is_set(filed) && kj_date_cmp(filed, since) < 0)
            json_object_del(reported, path);
    }
}
