/*
 * month_run.c — what the commands that report one month share (see
 * cli.h): their options, the month, the default output file, loading the
 * archive's incidents, warnings about the month, the exit status.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "kaiji/calendar.h"

void cli_month_run_init(cli_month_run *r, const char *command)
{
    memset(r, 0, sizeof *r);
    r->command = command;
    kj_group_options_default(&r->group);
}

kj_date cli_month_now(const cli_month *m)
{
    return kj_date_is_set(m->today) ? m->today : kj_today();
}

int cli_month_run_option(cli_month_run *r, int c, const char *arg)
{
    switch (c) {
    case CLI_OPT_MONTH:
        r->month.month = arg;
        return 0;
    case CLI_OPT_TODAY:
        r->month.today = kj_date_parse_iso(arg);
        if (!kj_date_is_valid(r->month.today) || r->month.today.day == 0) {
            cli_error("%s: --today needs a date YYYY-MM-DD, not '%s'", r->command, arg);
            return KJ_ERR_USAGE;
        }
        return 0;
    case CLI_OPT_LAYOUT:
        r->layout = arg;
        return 0;
    case CLI_OPT_WHOLE_ARCHIVE:
        r->whole_archive = true;
        return 0;
    case 'o':
        r->output = arg;
        return 0;
    case 'j':
        r->common.jobs = (int)cli_parse_count(arg);
        if (r->common.jobs < 0) {
            cli_error("%s: --jobs needs a number, not '%s'", r->command, arg);
            return KJ_ERR_USAGE;
        }
        return 0;
    case 'q':
        r->common.quiet = true;
        return 0;
    case 'v':
        r->common.verbose = true;
        return 0;
    case CLI_OPT_LISTED:
    case CLI_OPT_WATCH:
        return cli_common_option(&r->common, r->command, c, arg);
    default:
        return cli_group_option(c, arg, r->command, &r->group);
    }
}

int cli_month_run_check(cli_month_run *r, int n_inputs, void (*usage)(FILE *out))
{
    if (r->month.month) {
        kj_error err;
        kj_error_clear(&err);
        if (kj_period_month(r->month.month, &r->period, &err) != KJ_OK) {
            cli_error("%s: %s", r->command, err.message);
            return KJ_ERR_USAGE;
        }
    } else {
        kj_calendar_period p =
            kj_calendar_last_complete(KJ_CALENDAR_MONTH, cli_month_now(&r->month));
        r->period = (kj_period){p.first, p.last};
    }
    snprintf(r->key, sizeof r->key, "%04d-%02d", r->period.from.year, r->period.from.month);
    if (n_inputs < 1) {
        cli_error("%s: name at least one ARCHIVE (folder or file)", r->command);
        usage(stderr);
        return KJ_ERR_USAGE;
    }
    return 0;
}

int cli_month_run_output(cli_month_run *r, const char *fmt, const char *ext, char *buf, size_t size,
                         const char **out)
{
    if (r->output) {
        *out = r->output;
        return 0;
    }
    char name[64];
    snprintf(name, sizeof name, fmt, r->key);
    snprintf(buf, size, "out/%s%s", name, ext);
    *out = buf;
    kj_error err;
    kj_error_clear(&err);
    if (kj_make_dirs("out", &err) != KJ_OK) {
        cli_error("%s", err.message);
        r->rc = kj_exit_status(err.status);
        return r->rc;
    }
    return 0;
}

int cli_month_run_load(cli_month_run *r, char **inputs, int n_inputs)
{
    kj_pipeline_options opt = cli_pipeline_options(&r->common);
    opt.group = true;
    opt.grouping = r->group;
    if (!r->whole_archive)
        opt.focus = r->period; /* the month, the twelve before, what they join */
    /* A focused run reads nothing after the month: its folders stay shut. */
    kj_date until = kj_pipeline_reads_until(&opt);
    kj_file_list list = {0};
    int rc = cli_collect_until(&r->common, inputs, n_inputs, until, &list);
    if (!rc)
        rc = cli_pipeline_run(&list, &opt, &r->pipe, &r->skipped);
    kj_file_list_free(&list);
    if (rc) {
        r->rc = rc;
        return rc;
    }
    kj_date today = cli_month_now(&r->month);
    if (kj_date_cmp(r->period.to, today) >= 0)
        cli_error("%s: warning: %s is not over yet (today is %04d-%02d-%02d): it covers the "
                  "releases so far",
                  r->command, r->key, today.year, today.month, today.day);
    bool any = false;
    for (size_t i = 0; i < r->pipe.releases.n && !any; i++)
        any = kj_period_contains(r->period, r->pipe.releases.items[i]->published);
    if (!any) {
        char last[11];
        cli_error("%s: warning: no release was published in %s (the archive's newest is of %s)",
                  r->command, r->key,
                  kj_date_format(kj_incident_set_span(r->pipe.incidents).to, last));
    }
    return 0;
}

int cli_month_run_finish(cli_month_run *r, kj_status st)
{
    kj_pipeline_free(&r->pipe);
    if (r->rc)
        return r->rc;
    if (st != KJ_OK)
        return (int)st;
    return r->skipped ? KJ_ERR_DATA : 0;
}
