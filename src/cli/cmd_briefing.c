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
    fprintf(out, "usage: kaiji briefing [--month YYYY-MM] [--layout FILE] [-o FILE]\n"
                 "                      [--highlights N] [--today YYYY-MM-DD]\n"
                 "                      [--window DAYS] [--join-contractors] [-j N] [-q] [-v]\n"
                 "                      ARCHIVE...\n"
                 "\n"
                 "Writes the monthly briefing: a Japanese-typeset PDF of one month's\n"
                 "disclosures — key figures against the previous month, the main\n"
                 "incidents, the 12-month trend, breakdowns, a disclosure timeline, every\n"
                 "release with its source link, repeat disclosures and a method note.\n"
                 "The figures are those of `kaiji stats --month` for the same month.\n"
                 "\n"
                 "      --month YYYY-MM   the month (default: the last complete month)\n"
                 "      --layout FILE     page design (default: layouts/briefing.json of\n"
                 "                        `kaiji --data-dir`); its \"sections\" choose the parts\n"
                 "                        and their order: summary trend charts timeline\n"
                 "                        releases repeat method\n"
                 "  -o, --output FILE     the PDF (default: out/briefing-YYYY-MM.pdf; out/ is\n"
                 "                        created); written atomically\n"
                 "  -n, --highlights N    main incidents on the summary page (default 5)\n"
                 "      --today DATE      act as if today were DATE (picks the default month;\n"
                 "                        for tests and back-filling)\n" CLI_GROUP_HELP
                 "  -j, --jobs N          worker threads (default: one per core)\n"
                 "  -q, --quiet           say nothing on success\n"
                 "  -v, --verbose         also name files skipped for not matching the layout\n"
                 "  -h, --help            this text\n"
                 "\n"
                 "The PDF's creation date is now, or $SOURCE_DATE_EPOCH when set, or --today;\n"
                 "the same data, layout and date give the same bytes.\n"
                 "\n"
                 "exit status: 0 success; 65 some files were unusable and left out (each is\n"
                 "named on stderr; the briefing is written without them); 64 usage; 66 no\n"
                 "input or layout file; 78 broken layout file or no Japanese font; 73/74\n"
                 "cannot write.\n");
}

enum { OPT_MONTH = 0x200, OPT_LAYOUT, OPT_TODAY };

typedef struct briefing_args {
    cli_month month;
    const char *layout;
    const char *output;
    size_t highlights;
} briefing_args;

static int parse_args(int argc, char **argv, briefing_args *a, cli_common *common,
                      kj_group_options *group)
{
    static const struct option longopts[] = {{"month", required_argument, NULL, OPT_MONTH},
                                             {"layout", required_argument, NULL, OPT_LAYOUT},
                                             {"output", required_argument, NULL, 'o'},
                                             {"highlights", required_argument, NULL, 'n'},
                                             {"today", required_argument, NULL, OPT_TODAY},
                                             {"jobs", required_argument, NULL, 'j'},
                                             {"quiet", no_argument, NULL, 'q'},
                                             {"verbose", no_argument, NULL, 'v'},
                                             {"help", no_argument, NULL, 'h'},
                                             CLI_GROUP_LONGOPTS,
                                             {NULL, 0, NULL, 0}};
    int c, rc;
    long n;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:n:j:qvh", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_MONTH:
            a->month.month = optarg;
            break;
        case OPT_LAYOUT:
            a->layout = optarg;
            break;
        case OPT_TODAY:
            if ((rc = cli_month_today("briefing", optarg, &a->month)) != 0)
                return rc;
            break;
        case 'o':
            a->output = optarg;
            break;
        case 'n':
            n = cli_parse_count(optarg);
            if (n < 1 || n > 50) {
                cli_error("briefing: --highlights needs a number from 1 to 50, not '%s'", optarg);
                return KJ_ERR_USAGE;
            }
            a->highlights = (size_t)n;
            break;
        case 'j':
            common->jobs = (int)cli_parse_count(optarg);
            if (common->jobs < 0) {
                cli_error("briefing: --jobs needs a number, not '%s'", optarg);
                return KJ_ERR_USAGE;
            }
            break;
        case 'q':
            common->quiet = true;
            break;
        case 'v':
            common->verbose = true;
            break;
        case 'h':
            usage(stdout);
            return -1;
        default:
            rc = cli_group_option(c, optarg, "briefing", group);
            if (rc > 0)
                return rc;
            if (rc < 0) {
                usage(stderr);
                return KJ_ERR_USAGE;
            }
        }
    }
    kj_period p;
    if ((rc = cli_month_resolve("briefing", &a->month, &p)) != 0)
        return rc;
    if (optind >= argc) {
        cli_error("briefing: name at least one ARCHIVE (folder or file)");
        usage(stderr);
        return KJ_ERR_USAGE;
    }
    return 0;
}

/* The creation date: $SOURCE_DATE_EPOCH, else --today, else now. */
static time_t creation_time(const cli_month *m)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    char *end;
    long long v = sde && *sde ? strtoll(sde, &end, 10) : 0;
    if (sde && *sde && !*end && v > 0)
        return (time_t)v;
    if (kj_date_is_set(m->today))
        return (time_t)kj_date_to_days(m->today) * 86400;
    return time(NULL);
}

int cmd_briefing(int argc, char **argv)
{
    briefing_args a = {.layout = NULL};
    cli_common common = {0};
    kj_group_options group;
    kj_group_options_default(&group);
    int rc = parse_args(argc, argv, &a, &common, &group);
    if (rc)
        return rc < 0 ? 0 : rc;
    kj_period month;
    cli_month_resolve("briefing", &a.month, &month);
    char key[16], default_out[64];
    snprintf(key, sizeof key, "%04d-%02d", month.from.year, month.from.month);

    kj_error err;
    kj_error_clear(&err);
    const char *out = a.output;
    if (!out) {
        snprintf(default_out, sizeof default_out, "out/briefing-%s.pdf", key);
        out = default_out;
        if (kj_make_dirs("out", &err) != KJ_OK) {
            cli_error("%s", err.message);
            return err.status;
        }
    }

    kj_file_list list = {0};
    rc = cli_collect(&common, argv + optind, argc - optind, &list);
    if (rc) {
        kj_file_list_free(&list);
        return rc;
    }
    kj_release_set releases = {0};
    size_t skipped = 0;
    kj_incident_set *incidents =
        cli_load_incidents(&common, &list, &group, &releases, &skipped, &rc, NULL, NULL);
    kj_file_list_free(&list);
    kj_status st = KJ_OK;
    if (incidents) {
        kj_period span = kj_incident_set_span(incidents);
        kj_date today = cli_month_now(&a.month);
        if (kj_date_cmp(month.to, today) >= 0)
            cli_error("briefing: warning: %s is not over yet (today is %04d-%02d-%02d): the "
                      "briefing covers the releases so far",
                      key, today.year, today.month, today.day);
        bool any = false;
        for (size_t i = 0; i < releases.n && !any; i++)
            any = kj_period_contains(month, releases.items[i]->published);
        if (!any) {
            char last[11];
            cli_error("briefing: warning: no release was published in %s (the archive's "
                      "newest is of %s)",
                      key, kj_date_format(span.to, last));
        }
        kj_briefing_options opt = {.created = creation_time(&a.month), .highlights = a.highlights};
        st = kj_briefing_write(incidents, month, a.layout, out, &opt, &err);
        if (st != KJ_OK)
            cli_error("briefing: %s", err.message);
        else if (!common.quiet)
            fprintf(stderr, "kaiji: wrote %s (briefing of %s)\n", out, key);
    } else {
        cli_error("briefing: reading the archive failed");
    }
    kj_incident_set_free(incidents);
    kj_release_set_free(&releases);
    if (rc)
        return rc;
    if (st != KJ_OK)
        return (int)st;
    return skipped ? KJ_ERR_DATA : 0;
}
