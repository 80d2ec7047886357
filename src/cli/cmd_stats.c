/*
 * cmd_stats.c — `kaiji stats`: the figures of a period, as text, JSON or CSV.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"
#include "cli.h"
#include "kaiji/aggregate.h"
#include "kaiji/export.h"
#include "kaiji/output.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: kaiji stats [--month YYYY-MM | --year YYYY | --from DATE --to DATE]\n"
            "                   [--by KEY]... [--unit release|incident] [--format text|json|csv]\n"
            "                   [--largest N] [--listed FILE] [--watch FILE]\n"
            "                   [--window DAYS] [--join-contractors] [--whole-archive]\n"
            "                   [-o FILE] [-j N] [-v] ARCHIVE...\n"
            "\n"
            "Groups the releases into incidents and prints the figures of a period:\n"
            "totals against the previous period of equal length, breakdowns, the\n"
            "largest incidents, repeat disclosers, disclosure lags and (JSON) the\n"
            "trailing 12-month series.  A release counts in the period it was\n"
            "published in; an incident counts when one of its releases does, with its\n"
            "figures as known at the period's end.  Without a period: every release.\n"
            "\n"
            "      --month YYYY-MM   a calendar month (compared with the month before)\n"
            "      --year YYYY       a calendar year (compared with the year before)\n"
            "      --from DATE, --to DATE\n"
            "                        days from/to (YYYY-MM-DD, or YYYY-MM for a whole month);\n"
            "                        either may be left out\n"
            "  -b, --by KEY          breakdowns to show (repeat, or comma-separated):\n"
            "                        organization org_type attack_type data_type victim\n"
            "                        leak_status third_party authority size_band month week\n"
            "                        contractor wave, market industry (with --listed), watch\n"
            "                        (with --watch), or all (text/CSV default: org_type\n"
            "                        attack_type data_type victim leak_status third_party\n"
            "                        size_band month; JSON default: all)\n"
            "  -u, --unit UNIT       count incidents (default) or releases in the text\n"
            "                        tables; JSON and CSV always carry both\n"
            "  -f, --format FMT      text (default), json (documented in docs/stats-json.md)\n"
            "                        or csv (one table: totals and breakdowns)\n"
            "      --excel           CSV for Excel: UTF-8 byte-order mark and CRLF; a field\n"
            "                        starting with = + - @ gets a ' before it (no formula)\n"
            "  -n, --largest N       how many largest incidents to list (default 10)\n"
            "      --whole-archive   with --month: read every file, not only the month, the\n"
            "                        twelve before it and the earlier releases they join\n"
            "                        (the figures are the same; for comparing)\n" CLI_LISTS_HELP
                CLI_GROUP_HELP
            "  -o, --output FILE     write to FILE (atomically) instead of standard output\n"
            "  -j, --jobs N          worker threads (default: one per core)\n"
            "      --lexicon FILE    extraction words from FILE instead of the built-in\n"
            "                        lexicon (also $KAIJI_LEXICON)\n"
            "  -v, --verbose         also name files skipped for not matching the layout\n"
            "  -h, --help            this text\n"
            "\n"
            "exit status: 0 success; 65 some files were unusable and left out (each is\n"
            "named on stderr); 64 usage (a malformed period, an unknown key); 66 no input;\n"
            "73/74 cannot write.\n");
}

enum { OPT_MONTH = 0x200, OPT_YEAR, OPT_FROM, OPT_TO, OPT_EXCEL, OPT_WHOLE_ARCHIVE };

#define DEFAULT_TEXT_BREAKDOWNS                                                                    \
    ((1u << KJ_BY_ORG_TYPE) | (1u << KJ_BY_ATTACK) | (1u << KJ_BY_DATA) | (1u << KJ_BY_VICTIM) |   \
     (1u << KJ_BY_LEAK) | (1u << KJ_BY_THIRD_PARTY) | (1u << KJ_BY_SIZE) | (1u << KJ_BY_MONTH))

/* Adds the keys of a `--by` value (comma-separated) to `mask`. */
static int parse_by(const char *value, unsigned *mask)
{
    char *copy = kj_xstrdup(value);
    int rc = 0;
    for (char *save = NULL, *k = strtok_r(copy, ",", &save); k; k = strtok_r(NULL, ",", &save)) {
        if (strcmp(k, "all") == 0) {
            *mask |= (1u << KJ_BY__COUNT) - 1;
            continue;
        }
        int by = kj_by_lookup(k);
        if (by < 0) {
            cli_error("stats: unknown --by key '%s' (try `kaiji stats --help`)", k);
            rc = KJ_ERR_USAGE;
            break;
        }
        *mask |= 1u << by;
    }
    free(copy);
    return rc;
}

/* ------------------------------------------------------------- text */

static void number(char *buf, size_t size, int64_t n)
{
    /* 1234567 → 1,234,567: how Japanese reports write counts. */
    char digits[32];
    snprintf(digits, sizeof digits, "%lld", (long long)(n < 0 ? -n : n));
    size_t len = strlen(digits), out = 0;
    if (n < 0 && out + 1 < size)
        buf[out++] = '-';
    for (size_t i = 0; i < len && out + 1 < size; i++) {
        if (i && (len - i) % 3 == 0 && out + 1 < size)
            buf[out++] = ',';
        buf[out++] = digits[i];
    }
    buf[out] = '\0';
}

static void signed_number(char *buf, size_t size, int64_t n)
{
    if (n > 0) {
        buf[0] = '+';
        number(buf + 1, size - 1, n);
    } else {
        number(buf, size, n);
    }
}

static int64_t in_unit(kj_count c, kj_unit unit)
{
    return unit == KJ_UNIT_RELEASE ? c.releases : c.incidents;
}

static void total_row(cli_table *t, const char *label, int64_t now, int64_t prev)
{
    char a[32], b[32], d[32];
    number(a, sizeof a, now);
    number(b, sizeof b, prev);
    signed_number(d, sizeof d, now - prev);
    cli_table_cell(t, "%s", label);
    cli_table_cell(t, "%s", a);
    cli_table_cell(t, "%s", b);
    cli_table_cell(t, "%s", d);
}

static void lag_row(cli_table *t, const char *label, const kj_lag_stats *now,
                    const kj_lag_stats *prev)
{
    cli_table_cell(t, "%s", label);
    for (int i = 0; i < 2; i++) {
        const kj_lag_stats *s = i ? prev : now;
        if (s->n)
            cli_table_cell(t, "%.1f / %.0f (n=%lld)", s->median, s->p90, (long long)s->n);
        else
            cli_table_cell(t, "-");
    }
    cli_table_cell(t, "%s", "");
}

static void print_period(FILE *out, const char *what, kj_period p)
{
    char a[11], b[11];
    fprintf(out, "%s %s .. %s", what, kj_date_format(p.from, a), kj_date_format(p.to, b));
}

static void print_text(FILE *out, const kj_figures *f, unsigned mask, kj_unit unit,
                       const cli_common *common)
{
    const char *unit_name = unit == KJ_UNIT_RELEASE ? "releases (公表)" : "incidents (事案)";
    print_period(out, "period", f->period);
    print_period(out, "; previous", f->previous_period);
    fprintf(out, "\ncounting: %s\n\n", unit_name);

    const kj_totals *t = &f->totals, *p = &f->previous;
    cli_table tab;
    cli_table_init(&tab, "lrrr");
    cli_table_cell(&tab, "%s", "");
    cli_table_cell(&tab, "period");
    cli_table_cell(&tab, "previous");
    cli_table_cell(&tab, "change");
    total_row(&tab, "公表件数 releases", t->count.releases, p->count.releases);
    total_row(&tab, "事案数 incidents", t->count.incidents, p->count.incidents);
    total_row(&tab, "  新規 new", t->new_incidents, p->new_incidents);
    total_row(&tab, "  続報のみ continuing", t->continuing_incidents, p->continuing_incidents);
    total_row(&tab, "公表組織 organisations", t->organizations, p->organizations);
    total_row(&tab, "委託先・外部 third party", in_unit(t->third_party, unit),
              in_unit(p->third_party, unit));
    total_row(&tab, "波及公表 knock-on notices", in_unit(t->knock_on, unit),
              in_unit(p->knock_on, unit));
    total_row(&tab, "波及事案 waves", t->waves, p->waves);
    if (common->listed)
        total_row(&tab, "上場企業 listed companies", in_unit(t->listed, unit),
                  in_unit(p->listed, unit));
    if (common->watch)
        total_row(&tab, "関係先 naming a watched name", in_unit(t->watch, unit),
                  in_unit(p->watch, unit));
    const kj_affected_sum *ta = &t->affected[unit], *pa = &p->affected[unit];
    total_row(&tab, "影響人数 affected persons (人)", ta->figure[KJ_AFFECTED_PERSONS],
              pa->figure[KJ_AFFECTED_PERSONS]);
    total_row(&tab, "  流出確認 confirmed", ta->confirmed[KJ_AFFECTED_PERSONS],
              pa->confirmed[KJ_AFFECTED_PERSONS]);
    total_row(&tab, "  可能性・未確定 possible", ta->possible[KJ_AFFECTED_PERSONS],
              pa->possible[KJ_AFFECTED_PERSONS]);
    total_row(&tab, "影響件数 affected records (件)", ta->figure[KJ_AFFECTED_RECORDS],
              pa->figure[KJ_AFFECTED_RECORDS]);
    total_row(&tab, "  流出確認 confirmed", ta->confirmed[KJ_AFFECTED_RECORDS],
              pa->confirmed[KJ_AFFECTED_RECORDS]);
    total_row(&tab, "影響アカウント affected accounts", ta->figure[KJ_AFFECTED_ACCOUNTS],
              pa->figure[KJ_AFFECTED_ACCOUNTS]);
    total_row(&tab, "  数の記載あり stating a figure", ta->stating, pa->stating);
    total_row(&tab, "  うち取引先の総数を引用 quoting an origin total", ta->quoting_origin_total,
              pa->quoting_origin_total);
    total_row(&tab, "  うち発生元の総数の内数 part of an origin total", ta->part_of_origin_total,
              pa->part_of_origin_total);
    total_row(&tab, "影響組織数 affected organisations", t->affected[unit].organizations,
              p->affected[unit].organizations);
    lag_row(&tab, "発生→公表 days (median / p90)", &t->lag_occurred[unit], &p->lag_occurred[unit]);
    lag_row(&tab, "検知→公表 days (median / p90)", &t->lag_detected[unit], &p->lag_detected[unit]);
    cli_table_print(&tab, out, "");
    cli_table_free(&tab);

    int64_t total = in_unit(t->count, unit);
    for (int by = 0; by < KJ_BY__COUNT; by++) {
        if (!(mask & (1u << by)))
            continue;
        const kj_breakdown *b = &f->by[by];
        fprintf(out, "\n%s (%s)\n", kj_by_name((kj_by)by), unit_name);
        cli_table_init(&tab, "llrrrr");
        cli_table_cell(&tab, "key");
        cli_table_cell(&tab, "label");
        cli_table_cell(&tab, "count");
        cli_table_cell(&tab, "share");
        cli_table_cell(&tab, "previous");
        cli_table_cell(&tab, "change");
        for (size_t r = 0; r < b->n_rows; r++) {
            const kj_row *row = &b->rows[r];
            int64_t now = in_unit(row->count, unit), prev = in_unit(row->previous, unit);
            bool calendar = by == KJ_BY_MONTH || by == KJ_BY_WEEK;
            if (!now && !prev && !calendar)
                continue;
            char a[32], c[32], d[32];
            number(a, sizeof a, now);
            number(c, sizeof c, prev);
            signed_number(d, sizeof d, now - prev);
            cli_table_cell(&tab, "%s", row->key);
            cli_table_cell(&tab, "%s", row->label ? row->label : row->key);
            cli_table_cell(&tab, "%s", a);
            if (total)
                cli_table_cell(&tab, "%.1f%%", 100.0 * (double)now / (double)total);
            else
                cli_table_cell(&tab, "-");
            cli_table_cell(&tab, "%s", calendar ? "" : c);
            cli_table_cell(&tab, "%s", calendar ? "" : d);
        }
        cli_table_print(&tab, out, "  ");
        cli_table_free(&tab);
    }

    fprintf(out, "\nlargest incidents (affected persons as known at the period's end)\n");
    cli_table_init(&tab, "rrrll");
    cli_table_cell(&tab, "#");
    cli_table_cell(&tab, "persons");
    cli_table_cell(&tab, "confirmed");
    cli_table_cell(&tab, "first release");
    cli_table_cell(&tab, "incident");
    for (size_t i = 0; i < f->n_largest; i++) {
        const kj_incident_view *v = f->largest[i];
        char a[32], c[32], d[11];
        number(a, sizeof a, v->facts.affected_persons);
        if (v->facts.affected_persons_confirmed != KJ_COUNT_NONE)
            number(c, sizeof c, v->facts.affected_persons_confirmed);
        else
            strcpy(c, "-");
        cli_table_cell(&tab, "%zu", i + 1);
        cli_table_cell(&tab, "%s", a);
        cli_table_cell(&tab, "%s", c);
        cli_table_cell(&tab, "%s", kj_date_format(v->facts.first_published, d));
        cli_table_cell(&tab, "%s", v->incident->id);
    }
    cli_table_print(&tab, out, "  ");
    cli_table_free(&tab);

    fprintf(out, "\nrepeat disclosers (2 or more releases in the period)\n");
    cli_table_init(&tab, "lrr");
    cli_table_cell(&tab, "organisation");
    cli_table_cell(&tab, "releases");
    cli_table_cell(&tab, "incidents");
    for (size_t i = 0; i < f->n_repeat_disclosers; i++) {
        const kj_row *row = f->repeat_disclosers[i];
        cli_table_cell(&tab, "%s", row->label ? row->label : row->key);
        cli_table_cell(&tab, "%lld", (long long)row->count.releases);
        cli_table_cell(&tab, "%lld", (long long)row->count.incidents);
    }
    cli_table_print(&tab, out, "  ");
    cli_table_free(&tab);
}

/* ------------------------------------------------------------- command */

typedef struct stats_args {
    const char *month, *year, *from, *to;
    unsigned mask;
    kj_unit unit;
    int format; /* 0 text, 1 json, 2 csv */
    bool excel;
    bool whole_archive;
    size_t largest;
    const char *output;
} stats_args;

/* The period the arguments ask for, once the data's span is known. */
static kj_status resolve_period(const stats_args *a, kj_period span, kj_period *p, kj_error *err)
{
    if (a->month)
        return kj_period_month(a->month, p, err);
    if (a->year)
        return kj_period_year(a->year, p, err);
    return kj_period_range(a->from, a->to, span, p, err);
}

static int parse_args(int argc, char **argv, stats_args *a, cli_common *common,
                      kj_group_options *group)
{
    static const struct option longopts[] = {
        {"month", required_argument, NULL, OPT_MONTH},
        {"year", required_argument, NULL, OPT_YEAR},
        {"from", required_argument, NULL, OPT_FROM},
        {"to", required_argument, NULL, OPT_TO},
        {"by", required_argument, NULL, 'b'},
        {"unit", required_argument, NULL, 'u'},
        {"format", required_argument, NULL, 'f'},
        {"excel", no_argument, NULL, OPT_EXCEL},
        {"whole-archive", no_argument, NULL, OPT_WHOLE_ARCHIVE},
        {"largest", required_argument, NULL, 'n'},
        {"output", required_argument, NULL, 'o'},
        {"jobs", required_argument, NULL, 'j'},
        {"lexicon", required_argument, NULL, 'L'},
        {"verbose", no_argument, NULL, 'v'},
        {"help", no_argument, NULL, 'h'},
        CLI_GROUP_LONGOPTS,
        CLI_LISTS_LONGOPTS,
        {NULL, 0, NULL, 0}};
    int c, rc;
    long n;
    optind = 1;
    while ((c = getopt_long(argc, argv, "b:u:f:n:o:j:vh", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_MONTH:
            a->month = optarg;
            break;
        case OPT_YEAR:
            a->year = optarg;
            break;
        case OPT_FROM:
            a->from = optarg;
            break;
        case OPT_TO:
            a->to = optarg;
            break;
        case 'b':
            if ((rc = parse_by(optarg, &a->mask)) != 0)
                return rc;
            break;
        case 'u':
            if (strcmp(optarg, "release") == 0 || strcmp(optarg, "releases") == 0)
                a->unit = KJ_UNIT_RELEASE;
            else if (strcmp(optarg, "incident") == 0 || strcmp(optarg, "incidents") == 0)
                a->unit = KJ_UNIT_INCIDENT;
            else {
                cli_error("stats: --unit is release or incident, not '%s'", optarg);
                return KJ_ERR_USAGE;
            }
            break;
        case 'f':
            a->format = strcmp(optarg, "text") == 0   ? 0
                        : strcmp(optarg, "json") == 0 ? 1
                        : strcmp(optarg, "csv") == 0  ? 2
                                                      : -1;
            if (a->format < 0) {
                cli_error("stats: unknown format '%s' (text, json or csv)", optarg);
                return KJ_ERR_USAGE;
            }
            break;
        case OPT_EXCEL:
            a->excel = true;
            break;
        case OPT_WHOLE_ARCHIVE:
            a->whole_archive = true;
            break;
        case 'n':
            n = cli_parse_count(optarg);
            if (n < 1 || n > 1000) {
                cli_error("stats: --largest needs a number from 1 to 1000, not '%s'", optarg);
                return KJ_ERR_USAGE;
            }
            a->largest = (size_t)n;
            break;
        case 'o':
            a->output = optarg;
            break;
        case 'h':
            usage(stdout);
            return -1;
        default:
            rc = cli_common_option(common, "stats", c, optarg);
            if (rc < 0)
                rc = cli_group_option(c, optarg, "stats", group);
            rc = cli_option_status(rc, usage);
            if (rc)
                return rc;
        }
    }
    int kinds = (a->month != NULL) + (a->year != NULL) + (a->from || a->to);
    if (kinds > 1) {
        cli_error("stats: give one period: --month, --year, or --from/--to");
        return KJ_ERR_USAGE;
    }
    unsigned needs_listed = (1u << KJ_BY_MARKET) | (1u << KJ_BY_INDUSTRY);
    if ((a->mask & needs_listed) && a->mask != (1u << KJ_BY__COUNT) - 1 && !common->listed) {
        cli_error("stats: --by market and --by industry need --listed FILE (the exchange's list "
                  "of listed issues)");
        return KJ_ERR_USAGE;
    }
    if ((a->mask & (1u << KJ_BY_WATCH)) && a->mask != (1u << KJ_BY__COUNT) - 1 && !common->watch) {
        cli_error("stats: --by watch needs --watch FILE (the names to look for)");
        return KJ_ERR_USAGE;
    }
    if (a->excel && a->format != 2) {
        cli_error("stats: --excel applies to --format csv only");
        return KJ_ERR_USAGE;
    }
    /* A malformed period is a usage error before any file is read. */
    kj_error err;
    kj_error_clear(&err);
    kj_period any = {{1900, 1, 1}, {2999, 12, 31}}, p;
    if (resolve_period(a, any, &p, &err) != KJ_OK) {
        cli_error("stats: %s", err.message);
        return KJ_ERR_USAGE;
    }
    if (optind >= argc) {
        cli_error("stats: name at least one ARCHIVE (folder or file)");
        usage(stderr);
        return KJ_ERR_USAGE;
    }
    return 0;
}

int cmd_stats(int argc, char **argv)
{
    stats_args a = {.unit = KJ_UNIT_INCIDENT};
    cli_common common = {0};
    kj_group_options group;
    kj_group_options_default(&group);
    int rc = parse_args(argc, argv, &a, &common, &group);
    if (rc)
        return rc < 0 ? 0 : rc;

    /* A month reads only what its figures need (pipeline.h), nothing after it. */
    kj_error err;
    kj_error_clear(&err);
    kj_period month;
    if (!a.month || a.whole_archive || kj_period_month(a.month, &month, &err) != KJ_OK)
        month = (kj_period){KJ_DATE_NONE, KJ_DATE_NONE};
    kj_error_clear(&err);
    kj_pipeline_options opt = cli_pipeline_options(&common);
    opt.group = true;
    opt.grouping = group;
    opt.focus = month;
    kj_date until = kj_pipeline_reads_until(&opt);
    kj_file_list list = {0};
    kj_output *out;
    rc = cli_collect_and_open(&common, argv + optind, argc - optind, until, a.output, &list, &out);
    if (rc)
        return rc;
    size_t skipped = 0;
    kj_pipeline pipe;
    rc = cli_pipeline_run(&list, &opt, &pipe, &skipped);
    const kj_incident_set *incidents = rc ? NULL : pipe.incidents;
    int data_status = cli_data_status(&list, skipped);
    kj_file_list_free(&list);
    kj_period period;
    kj_status status = KJ_OK;
    if (incidents &&
        (status = resolve_period(&a, kj_incident_set_span(incidents), &period, &err)) != KJ_OK)
        cli_error("stats: %s", err.message);
    if (incidents && status == KJ_OK) {
        kj_figures_options fo = {.largest = a.largest, .listed = cli_listed(&common)};
        const kj_figures *f = kj_pipeline_figures(&pipe, period, &fo);
        FILE *stream = kj_output_stream(out);
        if (a.format == 1) {
            status = kj_figures_write_json(stream, f, incidents, a.mask);
        } else if (a.format == 2) {
            status =
                kj_figures_write_csv(stream, f, a.mask ? a.mask : DEFAULT_TEXT_BREAKDOWNS, a.excel);
        } else {
            print_text(stream, f, a.mask ? a.mask : DEFAULT_TEXT_BREAKDOWNS, a.unit, &common);
            if (ferror(stream))
                status = KJ_ERR_IO;
        }
    }
    kj_pipeline_free(&pipe);
    if (rc || status != KJ_OK) {
        kj_output_abort(out);
        if (rc)
            cli_error("stats: reading the archive failed");
        else if (status == KJ_ERR_IO)
            cli_error("stats: %s: write failed", a.output ? a.output : "standard output");
        return rc ? rc : (int)status;
    }
    if (kj_output_commit(out, &err) != KJ_OK) {
        cli_error("%s", err.message);
        return kj_exit_status(err.status);
    }
    return data_status;
}
