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
                 "                   [-j N] [-q] [-v] ARCHIVE...\n"
                 "\n"
                 "Writes one chart of the monthly briefing alone.  KIND is one of:\n"
                 "  trend        incidents of the last 12 months, stacked by attack type\n"
                 "  attack_type  attack types of the month against the previous month\n"
                 "  data_type    types of data involved\n"
                 "  victim       who was affected\n"
                 "  org_type     kinds of organisation that disclosed\n"
                 "  size_band    incidents by number of affected persons\n"
                 "  lag          days from detection / occurrence to the first release\n"
                 "  timeline     the month's main incidents on a date axis\n"
                 "\n"
                 "      --month YYYY-MM   the month (default: the last complete month)\n"
                 "  -f, --format FMT      svg, png (twice the resolution, white background)\n"
                 "                        or pdf (default: from -o's extension, else svg)\n"
                 "  -o, --output FILE     the file (default: out/chart-KIND-YYYY-MM.FMT)\n"
                 "      --width PT        width in points (default 480; 72 points = 1 inch)\n"
                 "      --height PT       height in points (default: the chart's own)\n"
                 "      --layout FILE     fonts, colours and palette (default: the briefing's)\n"
                 "      --today DATE      act as if today were DATE (picks the default "
                 "month)\n" CLI_GROUP_HELP
                 "  -j, --jobs N          worker threads (default: one per core)\n"
                 "  -q, --quiet           say nothing on success\n"
                 "  -v, --verbose         also name files skipped for not matching the layout\n"
                 "  -h, --help            this text\n"
                 "\n"
                 "exit status: 0 success; 65 some files were unusable and left out; 64 usage;\n"
                 "66 no input; 78 broken layout file or no Japanese font; 73/74 cannot write.\n");
}

enum { OPT_MONTH = 0x200, OPT_LAYOUT, OPT_TODAY, OPT_WIDTH, OPT_HEIGHT };

typedef struct chart_args {
    cli_month month;
    int kind;
    int format; /* kj_image_format, -1: from the file name */
    const char *layout;
    const char *output;
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

static int parse_args(int argc, char **argv, chart_args *a, cli_common *common,
                      kj_group_options *group)
{
    static const struct option longopts[] = {{"month", required_argument, NULL, OPT_MONTH},
                                             {"format", required_argument, NULL, 'f'},
                                             {"output", required_argument, NULL, 'o'},
                                             {"width", required_argument, NULL, OPT_WIDTH},
                                             {"height", required_argument, NULL, OPT_HEIGHT},
                                             {"layout", required_argument, NULL, OPT_LAYOUT},
                                             {"today", required_argument, NULL, OPT_TODAY},
                                             {"jobs", required_argument, NULL, 'j'},
                                             {"quiet", no_argument, NULL, 'q'},
                                             {"verbose", no_argument, NULL, 'v'},
                                             {"help", no_argument, NULL, 'h'},
                                             CLI_GROUP_LONGOPTS,
                                             {NULL, 0, NULL, 0}};
    int c, rc;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:o:j:qvh", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_MONTH:
            a->month.month = optarg;
            break;
        case OPT_TODAY:
            if ((rc = cli_month_today("chart", optarg, &a->month)) != 0)
                return rc;
            break;
        case OPT_LAYOUT:
            a->layout = optarg;
            break;
        case OPT_WIDTH:
            if ((rc = parse_size("width", optarg, 120, &a->width)) != 0)
                return rc;
            break;
        case OPT_HEIGHT:
            if ((rc = parse_size("height", optarg, 60, &a->height)) != 0)
                return rc;
            break;
        case 'f':
            a->format = strcmp(optarg, "svg") == 0   ? KJ_IMAGE_SVG
                        : strcmp(optarg, "png") == 0 ? KJ_IMAGE_PNG
                        : strcmp(optarg, "pdf") == 0 ? KJ_IMAGE_PDF
                                                     : -2;
            if (a->format == -2) {
                cli_error("chart: unknown format '%s' (svg, png or pdf)", optarg);
                return KJ_ERR_USAGE;
            }
            break;
        case 'o':
            a->output = optarg;
            break;
        case 'j':
            common->jobs = (int)cli_parse_count(optarg);
            if (common->jobs < 0) {
                cli_error("chart: --jobs needs a number, not '%s'", optarg);
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
            rc = cli_group_option(c, optarg, "chart", group);
            if (rc > 0)
                return rc;
            if (rc < 0) {
                usage(stderr);
                return KJ_ERR_USAGE;
            }
        }
    }
    if (optind >= argc) {
        cli_error("chart: name the KIND of chart (try `kaiji chart --help`)");
        return KJ_ERR_USAGE;
    }
    a->kind = kj_briefing_chart_lookup(argv[optind]);
    if (a->kind < 0) {
        cli_error("chart: unknown chart '%s' (trend, attack_type, data_type, victim, org_type, "
                  "size_band, lag or timeline)",
                  argv[optind]);
        return KJ_ERR_USAGE;
    }
    optind++;
    if (a->format == -1 && a->output) {
        a->format = kj_image_format_from_path(a->output);
        if (a->format < 0 && strcmp(a->output, "-") != 0) {
            cli_error("chart: cannot tell the format from '%s': give --format svg, png or pdf",
                      a->output);
            return KJ_ERR_USAGE;
        }
    }
    if (a->format < 0)
        a->format = KJ_IMAGE_SVG;
    kj_period p;
    if ((rc = cli_month_resolve("chart", &a->month, &p)) != 0)
        return rc;
    if (optind >= argc) {
        cli_error("chart: name at least one ARCHIVE (folder or file)");
        usage(stderr);
        return KJ_ERR_USAGE;
    }
    return 0;
}

int cmd_chart(int argc, char **argv)
{
    chart_args a = {.format = -1, .width = 480};
    cli_common common = {0};
    kj_group_options group;
    kj_group_options_default(&group);
    int rc = parse_args(argc, argv, &a, &common, &group);
    if (rc)
        return rc < 0 ? 0 : rc;
    kj_period month;
    cli_month_resolve("chart", &a.month, &month);
    static const char *const ext[] = {"svg", "png", "pdf"};
    char default_out[96];
    kj_error err;
    kj_error_clear(&err);
    const char *out = a.output;
    if (!out) {
        snprintf(default_out, sizeof default_out, "out/chart-%s-%04d-%02d.%s",
                 kj_briefing_chart_name((kj_briefing_chart)a.kind), month.from.year,
                 month.from.month, ext[a.format]);
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
        st = kj_briefing_chart_write(incidents, month, (kj_briefing_chart)a.kind, a.layout,
                                     (kj_image_format)a.format, a.width, a.height, out, &err);
        if (st != KJ_OK)
            cli_error("chart: %s", err.message);
        else if (!common.quiet && strcmp(out, "-") != 0)
            fprintf(stderr, "kaiji: wrote %s\n", out);
    } else {
        cli_error("chart: reading the archive failed");
    }
    kj_incident_set_free(incidents);
    kj_release_set_free(&releases);
    if (rc)
        return rc;
    if (st != KJ_OK)
        return (int)st;
    return skipped ? KJ_ERR_DATA : 0;
}
