/* common.c — helpers the command files share (see cli.h). */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "kaiji/output.h"
#include "kaiji/aggregate.h"

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("kaiji: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void cli_warn_file(const char *file, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "kaiji: %s: warning: ", file);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static void on_skip(void *ctx, const char *file, const char *reason, bool warning)
{
    const cli_common *common = ctx;
    if (warning)
        cli_warn_file(file, "%s", reason);
    else if (common->verbose)
        fprintf(stderr, "kaiji: %s: skipped: %s\n", file, reason);
}

int cli_collect(const cli_common *common, char **inputs, int n_inputs, kj_file_list *list)
{
    kj_error err;
    kj_error_clear(&err);
    kj_status st = kj_archive_collect((const char *const *)inputs, (size_t)n_inputs, list, on_skip,
                                      (void *)common, &err);
    if (st != KJ_OK) {
        cli_error("%s", err.message);
        return st;
    }
    if (list->n_files == 0) {
        cli_error("no release files (YYYY/MM/DD_name.md) under %s%s", inputs[0],
                  n_inputs > 1 ? " and the other inputs" : "");
        return KJ_ERR_NOINPUT;
    }
    return 0;
}

int cli_collect_and_open(const cli_common *common, char **inputs, int n_inputs, const char *output,
                         kj_file_list *list, kj_output **out)
{
    int rc = cli_collect(common, inputs, n_inputs, list);
    if (rc) {
        kj_file_list_free(list);
        return rc;
    }
    kj_error err;
    kj_error_clear(&err);
    if (kj_output_open(output, out, &err) != KJ_OK) {
        cli_error("%s", err.message);
        kj_file_list_free(list);
        return err.status;
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

/*
 * Every release goes through the extract stage (when it is there) and then
 * the aggregate stage's scan, which reads what grouping needs from the body
 * before a facts-only load drops it.
 */
static kj_hook_chain release_hooks = {NULL, NULL};

kj_load_options cli_load_options(const cli_common *common)
{
    kj_load_options opt = {
        .threads = common->jobs, .hook = kj_aggregate_hook, .hook_ctx = &release_hooks};
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

kj_load_options cli_load_options_snippets(const cli_common *common, kj_snippet_hook_ctx *snippets)
{
    kj_load_options opt = cli_load_options(common);
    snippets->next = opt.hook;
    snippets->next_ctx = opt.hook_ctx;
    opt.hook = kj_snippet_hook;
    opt.hook_ctx = snippets;
    return opt;
}

kj_incident_set *cli_load_incidents_snippets(const cli_common *common, const kj_file_list *list,
                                             const kj_group_options *group,
                                             kj_snippet_hook_ctx *snippets,
                                             kj_release_set *releases, size_t *skipped, int *rc,
                                             kj_release_observer each, void *each_ctx)
{
    kj_load_options opt =
        snippets ? cli_load_options_snippets(common, snippets) : cli_load_options(common);
    opt.drop_text = true;
    load_watch w = {skipped, each, each_ctx};
    *rc = kj_load_all(list, &opt, releases, watch_release, &w);
    if (*rc)
        return NULL;
    return kj_incidents_group((const kj_release *const *)releases->items, releases->n, group);
}

kj_incident_set *cli_load_incidents(const cli_common *common, const kj_file_list *list,
                                    const kj_group_options *group, kj_release_set *releases,
                                    size_t *skipped, int *rc, kj_release_observer each,
                                    void *each_ctx)
{
    return cli_load_incidents_snippets(common, list, group, NULL, releases, skipped, rc, each,
                                       each_ctx);
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

int cli_observe_release(const kj_release *rel, void *skipped_count)
{
    if (cli_print_diags(rel) && skipped_count)
        (*(size_t *)skipped_count)++;
    return 0;
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
