/*
 * cmd_run.c — `kaiji run --config FILE`: the unattended run cron starts.
 *
 * Reads the configuration, takes the lock, plans the run from the state,
 * reads the archive only when something is due, and lets the run stage
 * make and mail the reports.  Every line it prints carries a timestamp;
 * --quiet keeps only warnings and errors, so cron mails nothing but
 * problems.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "kaiji/lock.h"
#include "kaiji/output.h"
#include "kaiji/run.h"
#include "kaiji/runconfig.h"

static void usage(FILE *out)
{
    fprintf(out, "usage: kaiji run --config FILE [--dry-run] [--force] [--job NAME]\n"
                 "                 [--period KEY] [--today YYYY-MM-DD] [--quiet] [-j N]\n"
                 "       kaiji run --config FILE --check\n"
                 "\n"
                 "Performs the jobs of the configuration FILE (see README.md, \"Unattended\n"
                 "runs\"): for every report that is due — the last complete month or week,\n"
                 "and any earlier one a missed run left out — writes the report into the\n"
                 "output folder, mails it, and records it in the state file once the mail\n"
                 "server has accepted it.  A report already sent is never sent again.\n"
                 "\n"
                 "  -c, --config FILE  the configuration (JSON)\n"
                 "  -n, --dry-run      write each message as an .eml file into the output\n"
                 "                     folder instead of sending it; the state is not changed\n"
                 "      --check        check the configuration (and the password's source) and\n"
                 "                     list the messages that are due; do nothing else\n"
                 "  -f, --force        send the last complete period again even if it was sent\n"
                 "      --job NAME     run only this job\n"
                 "      --period KEY   only this period (2026-03, 2026-W10, 2026-03-05); with\n"
                 "                     --force, resend it\n"
                 "      --today DATE   act as if today were DATE (back-filling, tests)\n"
                 "  -q, --quiet        print nothing unless something is wrong (for cron)\n"
                 "  -j, --jobs N       worker threads reading the archive (default: one per core)\n"
                 "  -h, --help         this text\n"
                 "\n"
                 "exit status: 0 done, or nothing was due; 75 temporary failure (mail server\n"
                 "unreachable or 4xx, time-out, another run holds the lock): the next run\n"
                 "retries; 78 configuration error (or the server refused the login); 69 the\n"
                 "server refused the message for good (e.g. an unknown recipient); 65 the\n"
                 "archive is unusable or was not updated; 66 the configuration or archive is\n"
                 "missing; 73/74 a file could not be written; 64 usage.\n");
}

typedef struct run_log {
    bool quiet;
} run_log;

/* `2026-05-01T06:00:02+09:00 kaiji: message` on stderr. */
static void log_line(kj_log_level level, const char *message, void *ctx)
{
    const run_log *log = ctx;
    if (level == KJ_LOG_INFO && log->quiet)
        return;
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    char stamp[40], zone[8];
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &tm);
    strftime(zone, sizeof zone, "%z", &tm);
    const char *tag = level == KJ_LOG_ERROR     ? "error: "
                      : level == KJ_LOG_WARNING ? "warning: "
                                                : "";
    fprintf(stderr, "%s%.3s:%.2s kaiji: %s", stamp, zone, zone + 3, tag);
    /* Messages quote archive file names and mail servers' replies: shown
     * escaped, they cannot drive a terminal or split a log line. */
    cli_put_visible(stderr, message);
    fputc('\n', stderr);
}

static void logf_line(run_log *log, kj_log_level level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void logf_line(run_log *log, kj_log_level level, const char *fmt, ...)
{
    char line[1400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    log_line(level, line, log);
}

typedef struct load_watch {
    run_log *log;
    size_t skipped;
} load_watch;

/* Diagnostics of the archive's files: skipped files always, the rest when not quiet. */
static int watch_release(const kj_release *rel, void *ctx)
{
    load_watch *w = ctx;
    bool fatal = false;
    for (size_t i = 0; i < rel->n_diags; i++) {
        const kj_diag *d = &rel->diags[i];
        if (!kj_problem_is_listed(d->problem))
            continue;
        bool skip = kj_problem_is_fatal(d->problem);
        fatal |= skip;
        logf_line(w->log, skip ? KJ_LOG_WARNING : KJ_LOG_INFO, "%s: %s%s", rel->file, d->message,
                  skip ? " (left out)" : "");
    }
    w->skipped += fatal;
    return 0;
}

static void on_skip(void *ctx, const char *file, const char *reason, bool warning)
{
    if (warning)
        logf_line(ctx, KJ_LOG_WARNING, "%s: %s", file, reason);
}

/* The folder of `path`, created when missing (the state and lock live there). */
static kj_status make_parent(const char *path, kj_error *err)
{
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path)
        return KJ_OK;
    char dir[4096];
    snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
    return kj_make_dirs(dir, err);
}

static int load_archive(const kj_run_config *config, const kj_run *run, int threads, run_log *log,
                        kj_pipeline *pipe)
{
    memset(pipe, 0, sizeof *pipe); /* freed by the caller, read or not */
    kj_file_list list = {0};
    kj_error err;
    kj_error_clear(&err);
    const char *inputs[] = {config->archive};
    kj_status st = kj_archive_collect(inputs, 1, &list, on_skip, log, &err);
    if (st != KJ_OK) {
        logf_line(log, KJ_LOG_ERROR, "archive: %s", err.message);
        kj_file_list_free(&list);
        return kj_exit_status(st);
    }
    if (list.n_files == 0) {
        logf_line(log, KJ_LOG_ERROR, "archive %s holds no release files (YYYY/MM/DD_name.md)",
                  config->archive);
        kj_file_list_free(&list);
        return KJ_ERR_DATA;
    }
    /* Reports need facts, not text: one pass over the archive keeps the
     * facts, and the passages of the releases due one-pagers show. */
    cli_common common = {.jobs = threads, .quiet = true};
    kj_pipeline_options opt = cli_pipeline_options(&common);
    opt.snippets = kj_run_snippet_range(run, &opt.snippets_from, &opt.snippets_to);
    opt.group = true;               /* with the default options, as the commands group */
    opt.watch = config->watch_list; /* the releases that name it, for the briefings and mails */
    load_watch watch = {log, 0};
    opt.observe = watch_release;
    opt.observe_ctx = &watch;
    int rc = kj_pipeline_run(&list, &opt, pipe);
    if (rc == 0)
        logf_line(
            log, KJ_LOG_INFO, "read %zu releases from %s%s", pipe->releases.n, config->archive,
            watch.skipped || list.n_unreadable ? " (some files were left out: see above)" : "");
    else
        logf_line(log, KJ_LOG_ERROR, "archive %s: cannot read it (status %d)", config->archive, rc);
    kj_file_list_free(&list);
    return rc;
}

/* --check: the configuration is valid (it loaded); show the plan. */
static int check_config(kj_run_config *config, const kj_run_options *options)
{
    kj_error err;
    kj_run *run;
    kj_status st = kj_run_open(config, options, &run, &err);
    if (st != KJ_OK) {
        cli_error("%s", err.message);
        kj_run_config_free(config);
        return kj_exit_status(st);
    }
    printf("%s: configuration OK: %zu job%s, delivery by %s\n", config->path, config->n_jobs,
           config->n_jobs == 1 ? "" : "s",
           config->method == KJ_DELIVER_SMTP ? "SMTP" : config->sendmail_argv[0]);
    for (size_t i = 0; i < config->n_jobs; i++)
        printf("  job %s: %s\n", config->jobs[i].name, kj_job_kind_name(config->jobs[i].kind));
    if (kj_run_pending(run) == 0)
        printf("nothing is due\n");
    for (size_t i = 0; i < kj_run_pending(run); i++) {
        char period[16];
        const char *job = kj_run_due(run, i, period);
        printf("due: %s %s\n", job, period);
    }
    kj_run_close(run);
    kj_run_config_free(config);
    return 0;
}

int cmd_run(int argc, char **argv)
{
    static const struct option longopts[] = {{"config", required_argument, NULL, 'c'},
                                             {"dry-run", no_argument, NULL, 'n'},
                                             {"check", no_argument, NULL, 'C'},
                                             {"force", no_argument, NULL, 'f'},
                                             {"job", required_argument, NULL, 'J'},
                                             {"period", required_argument, NULL, 'P'},
                                             {"today", required_argument, NULL, 'T'},
                                             {"quiet", no_argument, NULL, 'q'},
                                             {"jobs", required_argument, NULL, 'j'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    const char *config_path = NULL;
    kj_run_options options = {0};
    run_log log = {false};
    int threads = 0;
    bool check_only = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "c:nfqj:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'c':
            config_path = optarg;
            break;
        case 'n':
            options.dry_run = true;
            break;
        case 'C':
            check_only = true;
            options.dry_run = true; /* planning must not save the state */
            break;
        case 'f':
            options.force = true;
            break;
        case 'J':
            options.only_job = optarg;
            break;
        case 'P':
            options.period = optarg;
            break;
        case 'T':
            options.today = kj_date_parse_iso(optarg);
            if (!kj_date_is_set(options.today) || options.today.day == 0) {
                cli_error("run: --today needs a date YYYY-MM-DD, not '%s'", optarg);
                return KJ_ERR_USAGE;
            }
            break;
        case 'q':
            log.quiet = true;
            break;
        case 'j':
            threads = (int)cli_parse_count(optarg);
            if (threads < 0) {
                cli_error("run: --jobs needs a number, not '%s'", optarg);
                return KJ_ERR_USAGE;
            }
            break;
        case 'h':
            usage(stdout);
            return 0;
        default:
            usage(stderr);
            return KJ_ERR_USAGE;
        }
    }
    if (!config_path || optind < argc) {
        cli_error(config_path ? "run: unexpected argument '%s'"
                              : "run: name the configuration "
                                "with --config FILE%s",
                  config_path ? argv[optind] : "");
        usage(stderr);
        return KJ_ERR_USAGE;
    }
    options.log = log_line;
    options.log_ctx = &log;

    kj_error err;
    kj_error_clear(&err);
    kj_run_config *config;
    kj_status st = kj_run_config_load(config_path, &config, &err);
    if (st != KJ_OK) {
        logf_line(&log, KJ_LOG_ERROR, "%s", err.message);
        return kj_exit_status(st);
    }
    if (check_only)
        return check_config(config, &options);
    kj_lock *lock = NULL;
    if ((st = make_parent(config->lock_file, &err)) != KJ_OK ||
        (st = make_parent(config->state_file, &err)) != KJ_OK ||
        (st = kj_lock_acquire(config->lock_file, &lock, &err)) != KJ_OK) {
        logf_line(&log, st == KJ_ERR_TEMPFAIL ? KJ_LOG_WARNING : KJ_LOG_ERROR, "%s", err.message);
        kj_run_config_free(config);
        return kj_exit_status(st);
    }
    kj_run *run = NULL;
    st = kj_run_open(config, &options, &run, &err);
    if (st != KJ_OK) {
        logf_line(&log, KJ_LOG_ERROR, "%s", err.message);
    } else if (kj_run_pending(run) == 0) {
        logf_line(&log, KJ_LOG_INFO, "nothing to do: every report is already sent (%s)",
                  config->state_file);
    } else {
        logf_line(&log, KJ_LOG_INFO, "%zu message%s due%s", kj_run_pending(run),
                  kj_run_pending(run) == 1 ? "" : "s", options.dry_run ? " (dry run)" : "");
        kj_pipeline pipe;
        int rc = load_archive(config, run, threads, &log, &pipe);
        if (rc != 0)
            st = (kj_status)rc;
        else
            st = kj_run_execute(run, &pipe, &err);
        kj_pipeline_free(&pipe);
    }
    kj_run_close(run);
    kj_lock_release(lock);
    kj_run_config_free(config);
    return kj_exit_status(st);
}
