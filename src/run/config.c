/*
 * config.c — reading and checking the `kaiji run` configuration (see
 * runconfig.h).
 *
 * Strict on purpose: a key cron never reads because it is misspelt
 * (`"pasword_env"`) would otherwise show up as a month without a report.
 * Every object's keys are checked against the documented ones, and every
 * error is located in the file with kj_json_position().
 */
#include "kaiji/alloc.h"
#include "kaiji/runconfig.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "kaiji/briefing.h"
#include "kaiji/jsonpos.h"
#include "kaiji/mail.h"
#include "kaiji/onepager.h"
#include "run_internal.h"

const char *const kj_subject_placeholders[] = {"period", "month", "label", "first", "last",
                                               "job",    "count", "new",   NULL};

static const char *const kind_names[KJ_JOB__COUNT] = {"briefing", "digest", "onepagers", "export"};

const char *kj_job_kind_name(kj_job_kind kind)
{
    return (unsigned)kind < KJ_JOB__COUNT ? kind_names[kind] : "?";
}

typedef struct loader {
    const char *file;
    const char *text;
    size_t len;
    const char *dir; /* the file's folder, for relative paths */
    kj_error *err;
} loader;

static kj_status fail(loader *l, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static kj_status fail(loader *l, const char *path, const char *fmt, ...)
{
    char reason[700];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    int line, column;
    kj_json_position(l->text, l->len, path, &line, &column);
    return kj_error_set(l->err, KJ_ERR_CONFIG, "%s:%d:%d: %s: %s", l->file, line, column,
                        *path ? path : "(top level)", reason);
}

static void join(char *dst, size_t cap, const char *prefix, const char *key)
{
    snprintf(dst, cap, "%s%s%s", prefix, *prefix ? "." : "", key);
}

/* Edit distance, for "did you mean" on misspelt keys. */
static size_t distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 40 || lb > 40)
        return 99;
    size_t row[41];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (row[j] + 1 < best)
                best = row[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

static kj_status check_keys(loader *l, json_t *obj, const char *path, const char *const *allowed)
{
    const char *key;
    json_t *value;
    json_object_foreach(obj, key, value)
    {
        bool known = false;
        const char *near = NULL;
        for (const char *const *a = allowed; *a; a++) {
            if (strcmp(key, *a) == 0)
                known = true;
            else if (distance(key, *a) <= 2)
                near = *a;
        }
        if (!known) {
            char at[256];
            join(at, sizeof at, path, key);
            if (near)
                return fail(l, at, "unknown key (did you mean \"%s\"?)", near);
            return fail(l, at, "unknown key");
        }
    }
    return KJ_OK;
}

static char *dup_string(const char *s)
{
    char *p = kj_xstrdup(s);
    return p;
}

/* A string member; absent leaves *out alone.  Empty strings are errors. */
static kj_status get_string(loader *l, json_t *obj, const char *path, const char *key, char **out)
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v))
        return KJ_OK;
    char at[256];
    join(at, sizeof at, path, key);
    if (!json_is_string(v))
        return fail(l, at, "must be a string");
    if (json_string_length(v) == 0)
        return fail(l, at, "must not be empty");
    if (strlen(json_string_value(v)) != json_string_length(v))
        return fail(l, at, "must not contain NUL characters");
    free(*out);
    *out = dup_string(json_string_value(v));
    return KJ_OK;
}

static kj_status get_int(loader *l, json_t *obj, const char *path, const char *key, long min,
                         long max, long *out)
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v))
        return KJ_OK;
    char at[256];
    join(at, sizeof at, path, key);
    if (!json_is_integer(v))
        return fail(l, at, "must be a whole number (without quotes)");
    json_int_t n = json_integer_value(v);
    if (n < min || n > max)
        return fail(l, at, "must be between %ld and %ld", min, max);
    *out = (long)n;
    return KJ_OK;
}

/*
 * Folds `.` and `name/..` out of an absolute path, in place, so that logs
 * say /srv/kaiji/out rather than /srv/kaiji/conf/../out.
 */
static void fold_dots(char *path)
{
    char *out = path;
    for (const char *p = path; *p;) {
        while (*p == '/')
            p++;
        size_t n = strcspn(p, "/");
        if (n == 1 && p[0] == '.') {
            /* skip */
        } else if (n == 2 && p[0] == '.' && p[1] == '.') {
            while (out > path && *--out != '/')
                ;
        } else if (n > 0) {
            *out++ = '/';
            memmove(out, p, n);
            out += n;
        }
        p += n;
    }
    if (out == path)
        *out++ = '/';
    *out = '\0';
}

/* A path relative to the configuration file's folder. */
static char *resolve_path(loader *l, const char *path)
{
    if (path[0] == '/')
        return dup_string(path);
    size_t n = strlen(l->dir) + 1 + strlen(path) + 1;
    char *full = kj_xmalloc(n);
    snprintf(full, n, "%s/%s", l->dir, path);
    if (full[0] == '/')
        fold_dots(full);
    return full;
}

static kj_status get_path(loader *l, json_t *obj, const char *path, const char *key, char **out)
{
    char *raw = NULL;
    kj_status st = get_string(l, obj, path, key, &raw);
    if (st == KJ_OK && raw) {
        free(*out);
        *out = resolve_path(l, raw);
    }
    free(raw);
    return st;
}

static void free_list(char **items, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(items[i]);
    free(items);
}

/*
 * A list of e-mail addresses (a single string counts as a list of one).
 * `present` tells whether the key was there at all.
 */
static kj_status get_addresses(loader *l, json_t *obj, const char *path, const char *key,
                               char ***out, size_t *n_out, bool *present)
{
    json_t *v = json_object_get(obj, key);
    *present = v && !json_is_null(v);
    if (!*present)
        return KJ_OK;
    char at[256];
    join(at, sizeof at, path, key);
    json_t *list = v;
    if (json_is_string(v)) {
        list = json_array();
        json_array_append(list, v);
    } else if (!json_is_array(v)) {
        return fail(l, at, "must be a list of e-mail addresses");
    }
    size_t n = json_array_size(list);
    char **items = kj_xcalloc(n ? n : 1, sizeof *items);
    kj_status st = KJ_OK;
    for (size_t i = 0; i < n && st == KJ_OK; i++) {
        json_t *item = json_array_get(list, i);
        char item_at[280];
        snprintf(item_at, sizeof item_at, "%s[%zu]", at, i);
        kj_error why;
        if (!json_is_string(item))
            st = fail(l, v == list ? item_at : at, "must be an e-mail address (a string)");
        else if (kj_mail_check_address(json_string_value(item), &why) != KJ_OK)
            st = fail(l, v == list ? item_at : at, "%s", why.message);
        else
            items[i] = dup_string(json_string_value(item));
    }
    if (list != v)
        json_decref(list);
    if (st != KJ_OK) {
        free_list(items, n);
        return st;
    }
    free_list(*out, *n_out);
    *out = items;
    *n_out = n;
    return KJ_OK;
}

static char **copy_list(char **items, size_t n)
{
    char **copy = kj_xcalloc(n ? n : 1, sizeof *copy);
    for (size_t i = 0; i < n; i++)
        copy[i] = dup_string(items[i]);
    return copy;
}

static const char *check_placeholder(const char *name, size_t len, void *ctx)
{
    (void)ctx;
    for (const char *const *p = kj_subject_placeholders; *p; p++)
        if (strlen(*p) == len && memcmp(*p, name, len) == 0)
            return "";
    return NULL;
}

static const char *const default_subjects[KJ_JOB__COUNT] = {
    "情報セキュリティ開示 月次ブリーフィング {month}",
    "情報セキュリティ開示 週次ダイジェスト {label}",
    "情報セキュリティ開示 事案別ワンページャー {label}",
    "情報セキュリティ開示 公表一覧 {label}",
};

static const kj_calendar_kind default_periods[KJ_JOB__COUNT] = {
    KJ_CALENDAR_MONTH, KJ_CALENDAR_WEEK, KJ_CALENDAR_WEEK, KJ_CALENDAR_MONTH};

typedef struct defaults {
    char *from;
    char **to;
    size_t n_to;
    char **cc;
    size_t n_cc;
} defaults;

/*
 * The page design of a job that makes PDFs, read now: a broken or missing
 * layout (or an installation without its data folder) is a configuration
 * error at every run and with --check, not a surprise on the day the
 * report is due.
 */
static kj_status check_layout(loader *l, const char *path, const kj_job_config *job)
{
    const char *name;
    const char *const *known;
    size_t n_known;
    if (job->kind == KJ_JOB_BRIEFING) {
        name = "briefing";
        known = kj_briefing_sections;
        n_known = kj_briefing_n_sections;
    } else if (job->kind == KJ_JOB_ONEPAGERS) {
        name = "onepager";
        known = kj_onepager_sections;
        n_known = kj_onepager_n_sections;
    } else {
        return KJ_OK;
    }
    kj_layout *layout = NULL;
    kj_error why;
    kj_error_clear(&why);
    kj_status st = kj_layout_load_named(name, job->layout, &layout, &why);
    if (st == KJ_OK)
        st = kj_layout_check_sections(layout, known, n_known, &why);
    kj_layout_free(layout);
    if (st == KJ_OK)
        return KJ_OK;
    char at[96];
    join(at, sizeof at, path, "layout");
    return fail(l, job->layout ? at : path, "%s", why.message);
}

static kj_status load_job(loader *l, json_t *obj, size_t index, const defaults *d,
                          kj_job_config *job)
{
    static const char *const keys[] = {"name",       "kind",         "period", "subject", "from",
                                       "to",         "cc",           "since",  "layout",  "largest",
                                       "list_limit", "appendix_csv", NULL};
    char path[64];
    snprintf(path, sizeof path, "jobs[%zu]", index);
    if (!json_is_object(obj))
        return fail(l, path, "a job must be an object {\"name\": …, \"kind\": …}");
    kj_status st = check_keys(l, obj, path, keys);
    if (st != KJ_OK)
        return st;
    char at[96];
    char *kind = NULL, *period = NULL, *since = NULL;
    if ((st = get_string(l, obj, path, "name", &job->name)) ||
        (st = get_string(l, obj, path, "kind", &kind)) ||
        (st = get_string(l, obj, path, "period", &period)) ||
        (st = get_string(l, obj, path, "subject", &job->subject)) ||
        (st = get_string(l, obj, path, "from", &job->from)) ||
        (st = get_string(l, obj, path, "since", &since)) ||
        (st = get_path(l, obj, path, "layout", &job->layout)))
        goto done;
    if (!job->name) {
        st = fail(l, path, "a job needs a \"name\" (the key of its records in the state file)");
        goto done;
    }
    if (!kind) {
        st = fail(l, path, "a job needs a \"kind\": briefing, digest, onepagers or export");
        goto done;
    }
    join(at, sizeof at, path, "kind");
    job->kind = KJ_JOB__COUNT;
    for (int k = 0; k < KJ_JOB__COUNT; k++)
        if (strcmp(kind, kind_names[k]) == 0)
            job->kind = (kj_job_kind)k;
    if (job->kind == KJ_JOB__COUNT) {
        st = fail(l, at, "unknown kind \"%s\" (briefing, digest, onepagers or export)", kind);
        goto done;
    }
    job->period = default_periods[job->kind];
    if (period) {
        join(at, sizeof at, path, "period");
        int p = kj_calendar_kind_parse(period);
        if (p < 0) {
            st = fail(l, at, "\"%s\" is no period (month, week or day)", period);
            goto done;
        }
        if (job->kind == KJ_JOB_BRIEFING && p != KJ_CALENDAR_MONTH) {
            st = fail(l, at, "the briefing covers a month: the period must be \"month\"");
            goto done;
        }
        job->period = (kj_calendar_kind)p;
    }
    if (since) {
        join(at, sizeof at, path, "since");
        if (!kj_calendar_parse(job->period, since, &job->since)) {
            st = fail(l, at, "\"%s\" is not a %s (e.g. %s)", since,
                      job->period == KJ_CALENDAR_MONTH  ? "month"
                      : job->period == KJ_CALENDAR_WEEK ? "week"
                                                        : "day",
                      job->period == KJ_CALENDAR_MONTH  ? "2026-01"
                      : job->period == KJ_CALENDAR_WEEK ? "2026-W02"
                                                        : "2026-01-05");
            goto done;
        }
        job->has_since = true;
    }
    if (!job->subject)
        job->subject = dup_string(default_subjects[job->kind]);
    kj_buf scratch = {0};
    char problem[128];
    bool ok = kj_run_template_expand(job->subject, check_placeholder, NULL, &scratch, problem,
                                     sizeof problem);
    free(scratch.data);
    if (!ok) {
        join(at, sizeof at, path, "subject");
        st = fail(l, at, "%s (known: {period} {month} {label} {first} {last} {job} {count} {new})",
                  problem);
        goto done;
    }
    if (job->from) {
        kj_error why;
        if (kj_mail_check_address(job->from, &why) != KJ_OK) {
            join(at, sizeof at, path, "from");
            st = fail(l, at, "%s", why.message);
            goto done;
        }
    } else if (d->from) {
        job->from = dup_string(d->from);
    } else {
        st = fail(l, path, "no sender: set \"from\" at the top level or in the job");
        goto done;
    }
    bool has_to, has_cc;
    if ((st = get_addresses(l, obj, path, "to", &job->to, &job->n_to, &has_to)) ||
        (st = get_addresses(l, obj, path, "cc", &job->cc, &job->n_cc, &has_cc)))
        goto done;
    if (!has_to) {
        job->to = copy_list(d->to, d->n_to);
        job->n_to = d->n_to;
    }
    if (!has_cc) {
        job->cc = copy_list(d->cc, d->n_cc);
        job->n_cc = d->n_cc;
    }
    if (job->n_to + job->n_cc == 0) {
        st = fail(l, path, "no recipients: set \"to\" at the top level or in the job");
        goto done;
    }
    long largest = 5, list_limit = 100;
    if ((st = get_int(l, obj, path, "largest", 0, 50, &largest)) ||
        (st = get_int(l, obj, path, "list_limit", 0, 10000, &list_limit)))
        goto done;
    job->largest = (int)largest;
    job->list_limit = (int)list_limit;
    json_t *appendix = json_object_get(obj, "appendix_csv");
    if (appendix && !json_is_null(appendix)) {
        join(at, sizeof at, path, "appendix_csv");
        if (!json_is_boolean(appendix)) {
            st = fail(l, at, "must be true or false");
            goto done;
        }
        if (json_is_true(appendix) && job->kind != KJ_JOB_BRIEFING) {
            st = fail(l, at, "only a briefing job has an appendix");
            goto done;
        }
        job->appendix_csv = json_is_true(appendix);
    }
    if ((st = check_layout(l, path, job)) != KJ_OK)
        goto done;
done:
    free(kind);
    free(period);
    free(since);
    return st;
}

/* The password, from the environment or a file only a trusted user reads. */
static kj_status load_password(loader *l, json_t *smtp, const char *path, char **password)
{
    char *env = NULL, *file = NULL;
    kj_status st;
    if ((st = get_string(l, smtp, path, "password_env", &env)) ||
        (st = get_path(l, smtp, path, "password_file", &file)))
        goto done;
    char at[96];
    if (env && file) {
        join(at, sizeof at, path, "password_file");
        st = fail(l, at, "give \"password_env\" or \"password_file\", not both");
    } else if (env) {
        const char *value = getenv(env);
        join(at, sizeof at, path, "password_env");
        if (!value || !*value)
            st = fail(l, at, "the environment variable %s is not set (or empty)", env);
        else
            *password = dup_string(value);
    } else if (file) {
        join(at, sizeof at, path, "password_file");
        struct stat sb;
        char *text;
        size_t len;
        kj_error why;
        if (stat(file, &sb) != 0) {
            st = fail(l, at, "%s: %s", file, strerror(errno));
        } else if (sb.st_mode & 0007) {
            st = fail(l, at, "%s can be read by every user: chmod o-rwx (600 is best)", file);
        } else if (kj_run_read_file(file, RUN_MAX_PASSWORD_BYTES, &text, &len, &why) != KJ_OK) {
            st = fail(l, at, "%s", why.message);
        } else {
            /* the first line; editors add a final newline */
            text[strcspn(text, "\r\n")] = '\0';
            if (!*text) {
                st = fail(l, at, "%s: the file is empty", file);
                free(text);
            } else {
                *password = text;
            }
        }
    }
done:
    free(env);
    free(file);
    return st;
}

static kj_status load_smtp(loader *l, json_t *smtp, kj_run_config *c)
{
    static const char *const keys[] = {
        "host",          "port",    "security",        "user", "password_env",
        "password_file", "ca_file", "timeout_seconds", NULL};
    const char *path = "delivery.smtp";
    if (!json_is_object(smtp))
        return fail(l, path, "must be an object {\"host\": …}");
    kj_status st = check_keys(l, smtp, path, keys);
    if (st != KJ_OK)
        return st;
    char *host = NULL, *security = NULL, *user = NULL, *ca_file = NULL, *password = NULL;
    long port = 0, timeout = 60;
    if ((st = get_string(l, smtp, path, "host", &host)) ||
        (st = get_string(l, smtp, path, "security", &security)) ||
        (st = get_string(l, smtp, path, "user", &user)) ||
        (st = get_path(l, smtp, path, "ca_file", &ca_file)) ||
        (st = get_int(l, smtp, path, "port", 1, 65535, &port)) ||
        (st = get_int(l, smtp, path, "timeout_seconds", 1, 3600, &timeout)))
        goto done;
    if (!host) {
        st = fail(l, path, "the SMTP server needs a \"host\"");
        goto done;
    }
    c->smtp.security = KJ_SMTP_STARTTLS;
    if (security) {
        if (strcmp(security, "starttls") == 0)
            c->smtp.security = KJ_SMTP_STARTTLS;
        else if (strcmp(security, "smtps") == 0)
            c->smtp.security = KJ_SMTP_SMTPS;
        else if (strcmp(security, "none") == 0)
            c->smtp.security = KJ_SMTP_NONE;
        else {
            st = fail(l, "delivery.smtp.security", "\"%s\": use starttls, smtps or none", security);
            goto done;
        }
    }
    if ((st = load_password(l, smtp, path, &password)))
        goto done;
    if (password && !user) {
        st = fail(l, path, "a password needs a \"user\"");
        goto done;
    }
    if (user && !password) {
        st = fail(l, "delivery.smtp.user",
                  "a user needs a password: \"password_env\" or \"password_file\"");
        goto done;
    }
    if (password && c->smtp.security == KJ_SMTP_NONE) {
        st = fail(l, "delivery.smtp.security",
                  "a password must never travel unencrypted: use starttls or smtps");
        goto done;
    }
    c->smtp.host = c->smtp_owned.host = host;
    c->smtp.user = c->smtp_owned.user = user;
    c->smtp.password = c->smtp_owned.password = password;
    c->smtp.ca_file = c->smtp_owned.ca_file = ca_file;
    c->smtp.port = port                                   ? (int)port
                   : c->smtp.security == KJ_SMTP_SMTPS    ? 465
                   : c->smtp.security == KJ_SMTP_STARTTLS ? 587
                                                          : 25;
    c->smtp.timeout_seconds = timeout;
    host = user = ca_file = password = NULL;
done:
    free(host);
    free(security);
    free(user);
    free(ca_file);
    free(password);
    return st;
}

static kj_status load_sendmail(loader *l, json_t *sm, kj_run_config *c)
{
    static const char *const keys[] = {"command", "timeout_seconds", NULL};
    const char *path = "delivery.sendmail";
    if (sm && !json_is_object(sm))
        return fail(l, path, "must be an object {\"command\": [\"/usr/sbin/sendmail\", …]}");
    kj_status st = sm ? check_keys(l, sm, path, keys) : KJ_OK;
    if (st != KJ_OK)
        return st;
    long timeout = 60;
    if (sm && (st = get_int(l, sm, path, "timeout_seconds", 1, 3600, &timeout)))
        return st;
    c->sendmail_timeout_seconds = timeout;
    json_t *cmd = sm ? json_object_get(sm, "command") : NULL;
    if (!cmd) {
        static const char *const standard[] = {"/usr/sbin/sendmail", "-t", "-oi"};
        c->sendmail_argv = kj_xcalloc(4, sizeof *c->sendmail_argv);
        for (int i = 0; i < 3; i++)
            c->sendmail_argv[i] = dup_string(standard[i]);
        return KJ_OK;
    }
    if (!json_is_array(cmd) || json_array_size(cmd) == 0)
        return fail(l, "delivery.sendmail.command",
                    "must be a list: the program and its arguments (run without a shell)");
    size_t n = json_array_size(cmd);
    char **argv = kj_xcalloc(n + 1, sizeof *argv);
    for (size_t i = 0; i < n; i++) {
        json_t *arg = json_array_get(cmd, i);
        if (!json_is_string(arg) || json_string_length(arg) == 0) {
            char at[64];
            snprintf(at, sizeof at, "delivery.sendmail.command[%zu]", i);
            free_list(argv, n);
            return fail(l, at, "must be a non-empty string");
        }
        argv[i] = i == 0 && strchr(json_string_value(arg), '/')
                      ? resolve_path(l, json_string_value(arg))
                      : dup_string(json_string_value(arg));
    }
    c->sendmail_argv = argv;
    return KJ_OK;
}

static kj_status load_delivery(loader *l, json_t *delivery, kj_run_config *c)
{
    static const char *const keys[] = {"method", "smtp", "sendmail", "max_message_mb", NULL};
    if (!delivery)
        return fail(l, "", "no \"delivery\": say how mail leaves (\"method\": smtp or sendmail)");
    if (!json_is_object(delivery))
        return fail(l, "delivery", "must be an object {\"method\": …}");
    kj_status st = check_keys(l, delivery, "delivery", keys);
    char *method = NULL;
    long max_mb = 20;
    if (st || (st = get_int(l, delivery, "delivery", "max_message_mb", 1, 2048, &max_mb)) ||
        (st = get_string(l, delivery, "delivery", "method", &method)))
        return st;
    c->max_message_mb = (int)max_mb;
    if (!method)
        method = dup_string(json_object_get(delivery, "sendmail") ? "sendmail" : "smtp");
    if (strcmp(method, "smtp") == 0) {
        c->method = KJ_DELIVER_SMTP;
        json_t *smtp = json_object_get(delivery, "smtp");
        st = smtp ? load_smtp(l, smtp, c)
                  : fail(l, "delivery", "\"method\": \"smtp\" needs a \"smtp\" object");
    } else if (strcmp(method, "sendmail") == 0) {
        c->method = KJ_DELIVER_SENDMAIL;
        st = load_sendmail(l, json_object_get(delivery, "sendmail"), c);
    } else {
        st = fail(l, "delivery.method", "\"%s\": use smtp or sendmail", method);
    }
    free(method);
    return st;
}

static kj_status load_top(loader *l, json_t *root, kj_run_config *c)
{
    static const char *const keys[] = {
        "archive", "out_dir", "state_file", "lock_file", "max_archive_lag_days",
        "from",    "to",      "cc",         "delivery",  "jobs",
        "watch",   "listed",  NULL};
    if (!json_is_object(root))
        return fail(l, "", "the configuration must be one JSON object");
    kj_status st = check_keys(l, root, "", keys);
    if (st != KJ_OK)
        return st;
    long lag = 7;
    if ((st = get_path(l, root, "", "archive", &c->archive)) ||
        (st = get_path(l, root, "", "out_dir", &c->out_dir)) ||
        (st = get_path(l, root, "", "state_file", &c->state_file)) ||
        (st = get_path(l, root, "", "lock_file", &c->lock_file)) ||
        (st = get_int(l, root, "", "max_archive_lag_days", 0, 3660, &lag)) ||
        (st = get_path(l, root, "", "watch", &c->watch)) ||
        (st = get_path(l, root, "", "listed", &c->listed)))
        return st;
    c->max_archive_lag_days = (int)lag;
    /* The lists are read now: a list that cannot be used fails --check. */
    kj_error why;
    kj_error_clear(&why);
    if (c->watch && kj_watch_load(c->watch, &c->watch_list, &why) != KJ_OK)
        return fail(l, "watch", "%s", why.message);
    if (c->listed && kj_listed_load(c->listed, &c->listed_list, &why) != KJ_OK)
        return fail(l, "listed", "%s", why.message);
    if (!c->archive)
        return fail(l, "", "no \"archive\": the folder holding YYYY/MM/DD_name.md");
    if (!c->out_dir)
        c->out_dir = resolve_path(l, "out");
    if (!c->state_file)
        c->state_file = resolve_path(l, "kaiji-state.json");
    if (!c->lock_file) {
        size_t n = strlen(c->state_file) + sizeof ".lock";
        c->lock_file = kj_xmalloc(n);
        snprintf(c->lock_file, n, "%s.lock", c->state_file);
    }
    if ((st = load_delivery(l, json_object_get(root, "delivery"), c)))
        return st;

    defaults d = {0};
    bool present;
    if ((st = get_string(l, root, "", "from", &d.from)) == KJ_OK && d.from) {
        kj_error address_error;
        if (kj_mail_check_address(d.from, &address_error) != KJ_OK)
            st = fail(l, "from", "%s", address_error.message);
    }
    if (st == KJ_OK)
        st = get_addresses(l, root, "", "to", &d.to, &d.n_to, &present);
    if (st == KJ_OK)
        st = get_addresses(l, root, "", "cc", &d.cc, &d.n_cc, &present);

    json_t *jobs = json_object_get(root, "jobs");
    if (st == KJ_OK && (!jobs || !json_is_array(jobs) || json_array_size(jobs) == 0))
        st = fail(l, jobs ? "jobs" : "",
                  "\"jobs\" must be a list of at least one job {\"name\": …, \"kind\": …}");
    if (st == KJ_OK) {
        c->n_jobs = json_array_size(jobs);
        c->jobs = kj_xcalloc(c->n_jobs, sizeof *c->jobs);
        for (size_t i = 0; i < c->n_jobs && st == KJ_OK; i++) {
            st = load_job(l, json_array_get(jobs, i), i, &d, &c->jobs[i]);
            for (size_t j = 0; j < i && st == KJ_OK; j++)
                if (strcmp(c->jobs[j].name, c->jobs[i].name) == 0) {
                    char at[64];
                    snprintf(at, sizeof at, "jobs[%zu].name", i);
                    st = fail(l, at, "another job is already called \"%s\"", c->jobs[i].name);
                }
        }
    }
    free(d.from);
    free_list(d.to, d.n_to);
    free_list(d.cc, d.n_cc);
    return st;
}

kj_status kj_run_config_load(const char *path, kj_run_config **config, kj_error *err)
{
    *config = NULL;
    char *text;
    size_t len;
    kj_status st = kj_run_read_file(path, RUN_MAX_CONFIG_BYTES, &text, &len, err);
    if (st == KJ_ERR_DATA) { /* too large: a configuration error, not bad archive data */
        if (err)
            err->status = KJ_ERR_CONFIG;
        return KJ_ERR_CONFIG;
    }
    if (st != KJ_OK)
        return st;
    /* The file's folder, absolute, so logs name real places. */
    char given[PATH_MAX], dir[PATH_MAX];
    const char *slash = strrchr(path, '/');
    if (!slash)
        snprintf(given, sizeof given, ".");
    else if (slash == path)
        snprintf(given, sizeof given, "/");
    else
        snprintf(given, sizeof given, "%.*s", (int)(slash - path), path);
    if (!realpath(given, dir))
        snprintf(dir, sizeof dir, "%s", given);
    loader l = {path, text, len, dir, err};

    json_error_t jerr;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        st = kj_error_set(err, KJ_ERR_CONFIG, "%s:%d:%d: not valid JSON: %s", path, jerr.line,
                          jerr.column, jerr.text);
        free(text);
        return st;
    }
    kj_run_config *c = kj_xcalloc(1, sizeof *c);
    c->path = dup_string(path);
    st = load_top(&l, root, c);
    json_decref(root);
    free(text);
    if (st != KJ_OK) {
        kj_run_config_free(c);
        return st;
    }
    *config = c;
    return KJ_OK;
}

static void free_job(kj_job_config *job)
{
    free(job->name);
    free(job->subject);
    free(job->from);
    free_list(job->to, job->n_to);
    free_list(job->cc, job->n_cc);
    free(job->layout);
}

void kj_run_config_free(kj_run_config *c)
{
    if (!c)
        return;
    free(c->path);
    free(c->archive);
    free(c->out_dir);
    free(c->state_file);
    free(c->lock_file);
    free(c->watch);
    free(c->listed);
    kj_watch_free(c->watch_list);
    kj_listed_free(c->listed_list);
    free(c->smtp_owned.host);
    free(c->smtp_owned.user);
    free(c->smtp_owned.ca_file);
    if (c->smtp_owned.password) {
        /* volatile so the wipe is not optimised away before free() */
        volatile char *p = c->smtp_owned.password;
        while (*p)
            *p++ = '\0';
        free(c->smtp_owned.password);
    }
    if (c->sendmail_argv) {
        for (char **a = c->sendmail_argv; *a; a++)
            free(*a);
        free(c->sendmail_argv);
    }
    for (size_t i = 0; i < c->n_jobs; i++)
        free_job(&c->jobs[i]);
    free(c->jobs);
    free(c);
}

const kj_job_config *kj_run_config_job(const kj_run_config *c, const char *name)
{
    for (size_t i = 0; i < c->n_jobs; i++)
        if (strcmp(c->jobs[i].name, name) == 0)
            return &c->jobs[i];
    return NULL;
}
