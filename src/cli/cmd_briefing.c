/*
 * cmd_briefing.c — `kaiji briefing`: the monthly briefing PDF.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "kaiji/briefing.h"
#include "kaiji/output.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: kaiji briefing [--month YYYY-MM] [--layout FILE] [-o FILE]\n"
            "                      [--highlights N] [--today YYYY-MM-DD]\n"
            "                      [--listed FILE] [--watch FILE]\n"
            "                      [--window DAYS] [--join-contractors] [-j N] [-q] [-v]\n"
            "                      ARCHIVE...\n"
            "\n"
            "Writes the monthly briefing: a Japanese-typeset PDF of one month's\n"
            "disclosures — the releases naming our watch list, an executive summary\n"
            "with recommended checks, key figures, the main incidents ranked by a\n"
            "visible score, the trend, breakdowns, a disclosure timeline, repeat\n"
            "disclosures, every release with its source link (an appendix grouped by\n"
            "wave and organisation type) and a method note.\n"
            "The figures are those of `kaiji stats --month` for the same month.\n"
            "\n"
            "      --month YYYY-MM   the month (default: the last complete month)\n"
            "      --layout FILE     page design (default: layouts/briefing.json of\n"
            "                        `kaiji --data-dir`); its \"sections\" choose the parts\n"
            "                        and their order: summary trend charts timeline\n"
            "                        repeat releases method\n"
            "  -o, --output FILE     the PDF (default: out/briefing-YYYY-MM.pdf; out/ is\n"
            "                        created); written atomically\n"
            "  -n, --highlights N    main incidents on the summary page (default 5)\n"
            "      --today DATE      act as if today were DATE (picks the default month;\n"
            "                        for tests and back-filling)\n" CLI_WHOLE_ARCHIVE_HELP
                CLI_LISTS_HELP CLI_GROUP_HELP
            "  -j, --jobs N          worker threads (default: one per core)\n"
            "  -q, --quiet           say nothing on success\n"
            "  -v, --verbose         also name files skipped for not matching the layout\n"
            "  -h, --help            this text\n"
            "\n"
            "The PDF's creation date is $SOURCE_DATE_EPOCH when set, else 00:00 UTC of the\n"
            "day after the month (now for a month not over yet): the same data, layout\n"
            "and month give the same bytes — those `kaiji run` mails.\n"
            "\n"
            "exit status: 0 success; 65 some files were unusable and left out (each is\n"
            "named on stderr; the briefing is written without them); 64 usage; 66 no\n"
            "input or layout file; 78 broken layout file or no Japanese font; 73/74\n"
            "cannot write.\n");
}

/* Parses the options into `r` and `highlights`.  Returns 0, -1 after
 * --help, or an exit status. */
static int parse_args(int argc, char **argv, cli_month_run *r, size_t *highlights)
{
    static const struct option longopts[] = {CLI_MONTH_LONGOPTS,
                                             {"highlights", required_argument, NULL, 'n'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    int c, rc;
    long n;
    optind = 1;
    while ((c = getopt_long(argc, argv, CLI_MONTH_SHORTOPTS "n:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'n':
            n = cli_parse_count(optarg);
            if (n < 1 || n > 50) {
                cli_error("briefing: --highlights needs a number from 1 to 50, not '%s'", optarg);
                return KJ_ERR_USAGE;
            }
            *highlights = (size_t)n;
            break;
        case 'h':
            usage(stdout);
            return -1;
        default:
            rc = cli_month_run_option(r, c, optarg);
            if (rc > 0)
                return rc;
            if (rc < 0) {
                usage(stderr);
                return KJ_ERR_USAGE;
            }
        }
    }
    return cli_month_run_check(r, argc - optind, usage);
}

/*
 * The creation date: $SOURCE_DATE_EPOCH when set; else, for a month that is
 * over, the library's (00:00 UTC the day after the month), so that the same
 * month gives the same bytes whenever it is made — the file `kaiji run`
 * mails is this one, byte for byte; else now.
 */
static time_t creation_time(const cli_month_run *r)
{
    time_t sde = kj_source_date_epoch();
    if (sde)
        return sde;
    if (kj_date_cmp(r->period.to, cli_month_now(&r->month)) < 0)
        return 0;
    return time(NULL);
}

int cmd_briefing(int argc, char **argv)
{
    cli_month_run r;
    cli_month_run_init(&r, "briefing");
    size_t highlights = 0;
    int rc = parse_args(argc, argv, &r, &highlights);
    if (rc)
        return rc < 0 ? 0 : rc;
    char buf[64];
    const char *out;
    if ((rc = cli_month_run_output(&r, "briefing-%s", ".pdf", buf, sizeof buf, &out)) != 0 ||
        (rc = cli_month_run_load(&r, argv + optind, argc - optind)) != 0)
        return cli_month_run_finish(&r, KJ_OK);
    kj_error err;
    kj_error_clear(&err);
    kj_briefing_options opt = {.created = creation_time(&r),
                               .highlights = highlights,
                               .listed = cli_listed(&r.common),
                               .watch = cli_watch(&r.common)};
    kj_status st = kj_briefing_write(r.pipe.incidents, r.period, r.layout, out, &opt, &err);
    if (st != KJ_OK)
        cli_error("briefing: %s", err.message);
    else if (!r.common.quiet)
        fprintf(stderr, "kaiji: wrote %s (briefing of %s)\n", out, r.key);
    return cli_month_run_finish(&r, st);
}
