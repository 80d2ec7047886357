/*
 * cmd_chart.c — `kaiji chart`: one chart of the monthly briefing alone, as
 * SVG, PNG or PDF, for slides and mail.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "kaiji/briefing.h"
#include "kaiji/output.h"

static void usage(FILE *out)
{
    fprintf(out, "usage: kaiji chart KIND [--month YYYY-MM] [--format svg|png|pdf] [-o FILE]\n"
                 "                   [--width PT] [--height PT] [--layout FILE]\n"
                 "                   [--today YYYY-MM-DD] [--window DAYS] [--join-contractors]\n"
                 "                   [--listed FILE] [-j N] [-q] [-v] ARCHIVE...\n"
                 "\n"
                 "Writes one chart of the monthly briefing alone.  KIND is one of:\n"
                 "  trend        incidents of the last 12 months the archive covers, stacked\n"
                 "               by attack type\n"
                 "  attack_type  attack types of the month against the previous month\n"
                 "  data_type    types of data involved\n"
                 "  victim       who was affected\n"
                 "  org_type     kinds of organisation that disclosed\n"
                 "  size_band    incidents by number of affected persons\n"
                 "  lag          days from detection / occurrence to the first release\n"
                 "  timeline     the month's main incidents on a date axis\n"
                 "  industry     incidents of listed companies by industry (needs --listed)\n"
                 "\n"
                 "      --month YYYY-MM   the month (default: the last complete month)\n"
                 "  -f, --format FMT      svg, png (twice the resolution, white background)\n"
                 "                        or pdf (default: from -o's extension, else svg)\n"
                 "  -o, --output FILE     the file (default: out/chart-KIND-YYYY-MM.FMT)\n"
                 "      --width PT        width in points (default 480; 72 points = 1 inch)\n"
                 "      --height PT       height in points (default: the chart's own)\n"
                 "      --layout FILE     fonts, colours and palette (default: the briefing's)\n"
                 "      --today DATE      act as if today were DATE (picks the default "
                 "month)\n" CLI_WHOLE_ARCHIVE_HELP CLI_LISTS_HELP CLI_GROUP_HELP
                 "  -j, --jobs N          worker threads (default: one per core)\n"
                 "  -q, --quiet           say nothing on success\n"
                 "  -v, --verbose         also name files skipped for not matching the layout\n"
                 "  -h, --help            this text\n"
                 "\n"
                 "exit status: 0 success; 65 some files were unusable and left out; 64 usage;\n"
                 "66 no input; 78 broken layout file or no Japanese font; 73/74 cannot write.\n");
}

enum { OPT_WIDTH = 0x200, OPT_HEIGHT };

typedef struct chart_args {
    int kind;
    int format; /* kj_image_format, -1: from the file name */
    double width, height;
} chart_args;

static int parse_size(const char *what, const char *arg, double min, double *out)
{
    char *end;
    double v = strtod(arg, &end);
    if (end == arg || *end || !(v >= min && v <= 10000)) {
        cli_error("chart: --%s needs a number of points from %g to 10000, not '%s'", what, min,
                  arg);
        return KJ_ERR_USAGE;
    }
    *out = v;
    return 0;
}

static int parse_format(const char *arg, int *format)
{
    *format = strcmp(arg, "svg") == 0   ? KJ_IMAGE_SVG
              : strcmp(arg, "png") == 0 ? KJ_IMAGE_PNG
              : strcmp(arg, "pdf") == 0 ? KJ_IMAGE_PDF
                                        : -1;
    if (*format >= 0)
        return 0;
    cli_error("chart: unknown format '%s' (svg, png or pdf)", arg);
    return KJ_ERR_USAGE;
}

/* Parses the options into `r` and `a`.  Returns 0, -1 after --help, or an
 * exit status. */
static int parse_args(int argc, char **argv, cli_month_run *r, chart_args *a)
{
    static const struct option longopts[] = {CLI_MONTH_LONGOPTS,
                                             {"format", required_argument, NULL, 'f'},
                                             {"width", required_argument, NULL, OPT_WIDTH},
                                             {"height", required_argument, NULL, OPT_HEIGHT},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    int c, rc = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, CLI_MONTH_SHORTOPTS "f:h", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_WIDTH:
            rc = parse_size("width", optarg, 120, &a->width);
            break;
        case OPT_HEIGHT:
            rc = parse_size("height", optarg, 60, &a->height);
            break;
        case 'f':
            rc = parse_format(optarg, &a->format);
            break;
        case 'h':
            usage(stdout);
            return -1;
        default:
            rc = cli_month_run_option(r, c, optarg);
            if (rc < 0) {
                usage(stderr);
                return KJ_ERR_USAGE;
            }
        }
        if (rc)
            return rc;
    }
    if (optind >= argc) {
        cli_error("chart: name the KIND of chart (try `kaiji chart --help`)");
        return KJ_ERR_USAGE;
    }
    a->kind = kj_briefing_chart_lookup(argv[optind]);
    if (a->kind < 0) {
        cli_error("chart: unknown chart '%s' (trend, attack_type, data_type, victim, org_type, "
                  "size_band, lag, timeline or industry)",
                  argv[optind]);
        return KJ_ERR_USAGE;
    }
    if (a->kind == KJ_CHART_INDUSTRY && !r->common.listed) {
        cli_error("chart: industry needs --listed FILE (the exchange's list of listed issues)");
        return KJ_ERR_USAGE;
    }
    optind++;
    if (a->format < 0 && r->output && strcmp(r->output, "-") != 0) {
        a->format = kj_image_format_from_path(r->output);
        if (a->format < 0) {
            cli_error("chart: cannot tell the format from '%s': give --format svg, png or pdf",
                      r->output);
            return KJ_ERR_USAGE;
        }
    }
    if (a->format < 0)
        a->format = KJ_IMAGE_SVG;
    return cli_month_run_check(r, argc - optind, usage);
}

int cmd_chart(int argc, char **argv)
{
    cli_month_run r;
    cli_month_run_init(&r, "chart");
    chart_args a = {.format = -1, .width = 480};
    int rc = parse_args(argc, argv, &r, &a);
    if (rc)
        return rc < 0 ? 0 : rc;
    static const char *const ext[] = {".svg", ".png", ".pdf"};
    char name[64], buf[96];
    snprintf(name, sizeof name, "chart-%s-%%s", kj_briefing_chart_name((kj_briefing_chart)a.kind));
    const char *out;
    if ((rc = cli_month_run_output(&r, name, ext[a.format], buf, sizeof buf, &out)) != 0 ||
        (rc = cli_month_run_load(&r, argv + optind, argc - optind)) != 0)
        return cli_month_run_finish(&r, KJ_OK);
    kj_error err;
    kj_error_clear(&err);
    kj_briefing_options opt = {.listed = cli_listed(&r.common), .watch = cli_watch(&r.common)};
    kj_status st = kj_briefing_chart_write_with(
        r.pipe.incidents, r.period, (kj_briefing_chart)a.kind, r.layout, &opt,
        (kj_image_format)a.format, a.width, a.height, out, &err);
    if (st != KJ_OK)
        cli_error("chart: %s", err.message);
    else if (!r.common.quiet && strcmp(out, "-") != 0)
        fprintf(stderr, "kaiji: wrote %s\n", out);
    return cli_month_run_finish(&r, st);
}
