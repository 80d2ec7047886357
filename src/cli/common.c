/* common.c — helpers the command files share (see cli.h). */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "kaiji/aggregate.h"
#include "kaiji/calendar.h"
#include "kaiji/output.h"
#include "kaiji/pipeline.h"
#include "kaiji/text.h"

void cli_put_visible(FILE *out, const char *s)
{
    kj_buf b = {0};
    kj_buf_append_visible(&b, s);
    fwrite(b.data, 1, b.len, out);
    kj_buf_free(&b);
}

/* Formats a message and prints it made visible. */
static void put_visible_v(FILE *out, const char *fmt, va_list ap)
{
    kj_buf text = {0};
    kj_buf_vprintf(&text, fmt, ap);
    cli_put_visible(out, text.data);
    kj_buf_free(&text);
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("kaiji: ", stderr);
    put_visible_v(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void cli_warn_file(const char *file, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("kaiji: ", stderr);
    cli_put_visible(stderr, file);
    fputs(": warning: ", stderr);
    put_visible_v(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static void on_skip(void *ctx, const char *file, const char *reason, bool warning)
{
    cli_common *common = ctx;
    if (warning && common->list_skips) {
        cli_put_visible(stdout, file);
        fputs(": ", stdout);
        cli_put_visible(stdout, reason);
        putchar('\n');
        common->n_listed_skips++;
    } else if (warning) {
        cli_warn_file(file, "%s", reason);
    } else if (common->verbose) {
        fputs("kaiji: ", stderr);
        cli_put_visible(stderr, file);
        fputs(": skipped: ", stderr);
        cli_put_visible(stderr, reason);
        fputc('\n', stderr);
    }
}

int cli_data_status(const kj_file_list *list, size_t skipped)
{
    return skipped || list->n_unreadable ? KJ_ERR_DATA : 0;
}

int cli_collect(cli_common *common, char **inputs, int n_inputs, kj_file_list *list)
{
    return cli_collect_until(common, inputs, n_inputs, KJ_DATE_NONE, list);
}

int cli_collect_until(cli_common *common, char **inputs, int n_inputs, kj_date until,
                      kj_file_list *list)
{
    kj_error err;
    kj_error_clear(&err);
    kj_status st = kj_archive_collect_until((const char *const *)inputs, (size_t)n_inputs, until,
                                            list, on_skip, common, &err);
    if (st != KJ_OK) {
        cli_error("%s", err.message);
        return kj_exit_status(st);
    }
    /* Only later months' files: the run goes on, and says that the month
     * has no release, as when it had listed them and read none. */
    if (list->n_files == 0 && list->n_later == 0) {
        cli_error("no release files (YYYY/MM/DD_name.md) under %s%s", inputs[0],
                  n_inputs > 1 ? " and the other inputs" : "");
        return KJ_ERR_NOINPUT;
    }
    return 0;
}

int cli_collect_and_open(cli_common *common, char **inputs, int n_inputs, kj_date until,
                         const char *output, kj_file_list *list, kj_output **out)
{
    int rc = cli_collect_until(common, inputs, n_inputs, until, list);
    if (rc) {
        kj_file_list_free(list);
        return rc;
    }
    kj_error err;
    kj_error_clear(&err);
    if (kj_output_open(output, out, &err) != KJ_OK) {
        cli_error("%s", err.message);
        kj_file_list_free(list);
        return kj_exit_status(err.status);
    }
    return 0;
}

/* Progress on a terminal only: cron and pipes get clean stderr. */
static void show_progress(size_t done, size_t total, void *ctx)
{
    (void)ctx;
    if (done == total || done % 64 == 0)
        fprintf(stderr, "\rkaiji: reading %zu/%zu files%s", done, total,
                done == total ? "\r\033[K" : "");
}

/* The lexicon of this run: loaded by the first command that asks. */
static kj_lexicon *run_lexicon;

static void free_run_lexicon(void)
{
    kj_lexicon_free(run_lexicon);
}

const kj_lexicon *cli_lexicon(const cli_common *common)
{
    if (run_lexicon)
        return run_lexicon;
    const char *path = common->lexicon;
    if (!path || !*path)
        path = getenv("KAIJI_LEXICON");
    if (!path || !*path)
        return kj_lexicon_default();
    kj_error err;
    run_lexicon = kj_lexicon_load_file(path, &err);
    if (!run_lexicon) {
        cli_error("lexicon: %s", err.message);
        exit(kj_exit_status(err.status));
    }
    atexit(free_run_lexicon);
    return run_lexicon;
}

kj_pipeline_options cli_pipeline_options(const cli_common *common)
{
    kj_pipeline_options opt;
    kj_pipeline_options_default(&opt);
    opt.threads = common->jobs;
    opt.lexicon = cli_lexicon(common); /* before any worker starts */
    opt.keep_evidence = common->evidence;
    cli_listed(common); /* both lists before any file is read: a wrong path fails at once */
    opt.watch = cli_watch(common);
    if (!common->quiet && isatty(STDERR_FILENO))
        opt.progress = show_progress;
    return opt;
}

int cli_group_option(int c, const char *arg, const char *command, kj_group_options *group)
{
    switch (c) {
    case CLI_OPT_WINDOW: {
        long days = cli_parse_count(arg);
        if (days < 1 || days > 3660) {
            cli_error("%s: --window needs a number of days (1-3660), not '%s'", command, arg);
            return KJ_ERR_USAGE;
        }
        group->window_days = (int)days;
        if (group->title_window_days > group->window_days)
            group->title_window_days = group->window_days;
        return 0;
    }
    case CLI_OPT_JOIN_CONTRACTORS:
        group->join_contractors = true;
        return 0;
    default:
        return -1;
    }
}

typedef struct load_watch {
    size_t *skipped;
    kj_release_observer each;
    void *each_ctx;
} load_watch;

static int watch_release(const kj_release *rel, void *arg)
{
    load_watch *w = arg;
    if (cli_print_diags(rel)) {
        (*w->skipped)++;
        return 0;
    }
    return w->each ? w->each(rel, w->each_ctx) : 0;
}

int cli_pipeline_run(const kj_file_list *list, const kj_pipeline_options *options, kj_pipeline *out,
                     size_t *skipped)
{
    load_watch w = {skipped, options->observe, options->observe_ctx};
    kj_pipeline_options opt = *options;
    opt.observe = watch_release;
    opt.observe_ctx = &w;
    int rc = kj_pipeline_run(list, &opt, out);
    out->options.observe = options->observe; /* not the watch, which ends here */
    out->options.observe_ctx = options->observe_ctx;
    return rc;
}

int cli_pipeline_stream(const cli_common *common, const kj_file_list *list, kj_release_sink each,
                        void *ctx)
{
    kj_pipeline_options opt = cli_pipeline_options(common);
    opt.keep_text = true;
    opt.stream = each;
    opt.stream_ctx = ctx;
    kj_pipeline pipe;
    int rc = kj_pipeline_run(list, &opt, &pipe);
    kj_pipeline_free(&pipe);
    return rc;
}

int cli_print_diags(const kj_release *rel)
{
    int fatal = 0;
    for (size_t i = 0; i < rel->n_diags; i++) {
        const kj_diag *d = &rel->diags[i];
        if (kj_problem_is_fatal(d->problem))
            fatal++;
        if (kj_problem_is_listed(d->problem))
            cli_warn_file(rel->file, "%s", d->message);
    }
    return fatal;
}

long cli_parse_count(const char *s)
{
    if (!s || !*s)
        return -1;
    errno = 0;
    char *end;
    long v = strtol(s, &end, 10);
    if (errno || *end || v < 0)
        return -1;
    return v;
}

static kj_listed *run_listed;
static kj_watch *run_watch;

static void free_run_lists(void)
{
    kj_listed_free(run_listed);
    kj_watch_free(run_watch);
    run_listed = NULL;
    run_watch = NULL;
}

/* Loads one list once; exits with its status when it cannot be used. */
static void *load_list(const char *path, kj_status (*load)(const char *, void **, kj_error *),
                       void **slot)
{
    static bool registered;
    if (*slot || !path)
        return *slot;
    kj_error err;
    kj_error_clear(&err);
    if (load(path, slot, &err) != KJ_OK) {
        cli_error("%s", err.message);
        exit(kj_exit_status(err.status));
    }
    if (!registered)
        atexit(free_run_lists);
    registered = true;
    return *slot;
}

static kj_status load_listed_issues(const char *path, void **out, kj_error *err)
{
    return kj_listed_load(path, (kj_listed **)out, err);
}

static kj_status load_watch_list(const char *path, void **out, kj_error *err)
{
    return kj_watch_load(path, (kj_watch **)out, err);
}

const kj_listed *cli_listed(const cli_common *common)
{
    return load_list(common->listed, load_listed_issues, (void **)&run_listed);
}

const kj_watch *cli_watch(const cli_common *common)
{
    return load_list(common->watch, load_watch_list, (void **)&run_watch);
}

int cli_common_option(cli_common *common, const char *command, int c, const char *arg)
{
    switch (c) {
    case CLI_OPT_LISTED:
        common->listed = arg;
        return 0;
    case CLI_OPT_WATCH:
        common->watch = arg;
        return 0;
    case 'j':
        common->jobs = (int)cli_parse_count(arg);
        if (common->jobs < 0) {
            cli_error("%s: --jobs needs a number, not '%s'", command, arg);
            return KJ_ERR_USAGE;
        }
        return 0;
    case 'v':
        common->verbose = true;
        return 0;
    case 'L':
        common->lexicon = arg;
        return 0;
    default:
        return -1;
    }
}

int cli_option_status(int rc, void (*usage)(FILE *))
{
    if (rc < 0) {
        usage(stderr);
        return KJ_ERR_USAGE;
    }
    return rc;
}
