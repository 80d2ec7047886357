/*
 * cmd_onepager.c — `kaiji onepager`: one A4 page per incident.
 *
 * The archive is loaded facts-only and grouped as for `kaiji stats`; the
 * pipeline also keeps the passages a page shows (the opening and the
 * countermeasures, kj_capture_snippets) for the releases that can be the newest
 * of a page — those of the month with --all --month, those from the named
 * file's or incident's date otherwise — so memory stays that of the facts.
 * A page whose newest release has no passages after all (a date that says
 * otherwise than its file name) has that one file read again.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "kaiji/onepager.h"
#include "kaiji/output.h"
#include "kaiji/alloc.h"
#include "kaiji/render.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: kaiji onepager [-o FILE] [--archive DIR] ARCHIVE_FILE\n"
            "       kaiji onepager --incident ID [-o FILE] ARCHIVE...\n"
            "       kaiji onepager --all [--month YYYY-MM] [-o DIR] ARCHIVE...\n"
            "\n"
            "Sets one A4 page per incident, for the reader who asks \"what happened\n"
            "at X?\": the organisation, the newest release (date, title, which report),\n"
            "affected persons and organisations, leak status, attack types, victims,\n"
            "authorities, third-party involvement, the data types (those stated as not\n"
            "included struck through), the disclosure timeline with every release and\n"
            "dated event, the opening of the newest release, the countermeasures it\n"
            "announces, and every source link with its archive path.  Long parts are\n"
            "shortened to fit the page, each cut marked.\n"
            "\n"
            "ARCHIVE_FILE is a release (DIR/YYYY/MM/DD_name.md): its incident is found\n"
            "among every release of its archive DIR.  With --all, one file per\n"
            "incident is written into a folder, named onepager-<incident id>.pdf (made\n"
            "safe for every file system).\n"
            "\n"
            "  -o, --output PATH  the PDF (default out/onepager-<incident id>.pdf) or,\n"
            "                     with --all, the folder (default out/)\n"
            "      --archive DIR  the archive ARCHIVE_FILE belongs to (default: from\n"
            "                     its path)\n"
            "      --incident ID  the incident with this id (`kaiji export` gives it)\n"
            "      --all          every incident; with --month, every incident with a\n"
            "                     release in that month, as known at the month's end\n"
            "      --month YYYY-MM  see --all\n"
            "      --layout FILE  the page design (default: layouts/onepager.json)\n" CLI_LISTS_HELP
                CLI_GROUP_HELP "  -j, --jobs N       worker threads (default: one per core)\n"
            "  -v, --verbose      also name files skipped for not matching the layout\n"
            "  -q, --quiet        do not list the files written\n"
            "  -h, --help         this text\n"
            "\n"
            "The files written are listed on standard output.  The PDF creation date\n"
            "is $SOURCE_DATE_EPOCH when set, so a page can be re-made byte for byte.\n"
            "\n"
            "exit status: 0 success; 65 some files were unusable and left out (each is\n"
            "named on stderr) or a page did not fit; 64 usage; 66 no input, or no such\n"
            "incident; 73/74 cannot write; 78 a broken layout or no Japanese font.\n");
}

enum { OPT_ARCHIVE = 0x200, OPT_INCIDENT, OPT_ALL, OPT_MONTH, OPT_LAYOUT };

typedef struct onepager_args {
    cli_common common;
    kj_group_options group;
    const char *output;
    const char *archive;
    const char *incident;
    const char *month;
    const char *layout;
    bool all;
} onepager_args;

static int parse_args(int argc, char **argv, onepager_args *a)
{
    static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                             {"archive", required_argument, NULL, OPT_ARCHIVE},
                                             {"incident", required_argument, NULL, OPT_INCIDENT},
                                             {"all", no_argument, NULL, OPT_ALL},
                                             {"month", required_argument, NULL, OPT_MONTH},
                                             {"layout", required_argument, NULL, OPT_LAYOUT},
                                             {"jobs", required_argument, NULL, 'j'},
                                             {"verbose", no_argument, NULL, 'v'},
                                             {"quiet", no_argument, NULL, 'q'},
                                             {"help", no_argument, NULL, 'h'},
                                             CLI_GROUP_LONGOPTS,
                                             CLI_LISTS_LONGOPTS,
                                             {NULL, 0, NULL, 0}};
    int c, rc;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:j:vqh", longopts, NULL)) != -1) {
        switch (c) {
        case 'o':
            a->output = optarg;
            break;
        case OPT_ARCHIVE:
            a->archive = optarg;
            break;
        case OPT_INCIDENT:
            a->incident = optarg;
            break;
        case OPT_ALL:
            a->all = true;
            break;
        case OPT_MONTH:
            a->month = optarg;
            break;
        case OPT_LAYOUT:
            a->layout = optarg;
            break;
        case 'j':
            a->common.jobs = (int)cli_parse_count(optarg);
            if (a->common.jobs < 0) {
                cli_error("onepager: --jobs needs a number, not '%s'", optarg);
                return KJ_ERR_USAGE;
            }
            break;
        case 'v':
            a->common.verbose = true;
            break;
        case 'q':
            a->common.quiet = true;
            break;
        case 'h':
            usage(stdout);
            return -1;
        case CLI_OPT_LISTED:
        case CLI_OPT_WATCH:
            cli_common_option(&a->common, "onepager", c, optarg);
            break;
        default:
            rc = cli_group_option(c, optarg, "onepager", &a->group);
            if (rc > 0)
                return rc;
            if (rc < 0) {
                usage(stderr);
                return KJ_ERR_USAGE;
            }
        }
    }
    int n_inputs = argc - optind;
    const char *problem = NULL;
    if (a->all && a->incident)
        problem = "--all and --incident exclude each other";
    else if (a->month && !a->all)
        problem = "--month goes with --all";
    else if (a->archive && (a->all || a->incident))
        problem = "--archive goes with an ARCHIVE_FILE (name the archive itself as ARCHIVE)";
    else if (n_inputs < 1)
        problem = a->all || a->incident ? "name the ARCHIVE" : "name an ARCHIVE_FILE";
    else if (!a->all && !a->incident && n_inputs > 1)
        problem = "one ARCHIVE_FILE at a time (or --incident ID, or --all)";
    if (problem) {
        cli_error("onepager: %s", problem);
        usage(stderr);
        return KJ_ERR_USAGE;
    }
    return 0;
}

/* ------------------------------------------------------------- selection */

/* The release ARCHIVE_FILE names: its archive path, and the archive root
 * its path implies (DIR/YYYY/MM/DD_name.md → DIR). */
typedef struct target_file {
    char *root;       /* malloc'd */
    const char *path; /* inside the argument */
    kj_date date;     /* of the file name */
} target_file;

static int find_target(const char *file, const char *archive, target_file *t)
{
    struct stat sb;
    if (stat(file, &sb) != 0) {
        cli_error("onepager: %s: %s", file, strerror(errno));
        return KJ_ERR_NOINPUT;
    }
    if (!S_ISREG(sb.st_mode)) {
        cli_error("onepager: %s: not a release file (YYYY/MM/DD_name.md); for every incident "
                  "of an archive use --all",
                  file);
        return KJ_ERR_USAGE;
    }
    size_t tail;
    if (!kj_archive_path_tail(file, &tail)) {
        cli_error("onepager: %s: not named as an archive release (DIR/YYYY/MM/DD_name.md)", file);
        return KJ_ERR_USAGE;
    }
    t->path = file + tail;
    t->root = archive ? kj_xstrdup(archive) : tail ? kj_xstrndup(file, tail) : kj_xstrdup(".");
    int y = atoi(t->path), m = atoi(t->path + 5), d = atoi(t->path + 8);
    t->date = (kj_date){(int16_t)y, (int8_t)m, (int8_t)d};
    if (!kj_date_is_valid(t->date))
        t->date = KJ_DATE_NONE;
    return 0;
}

/* The release of `set` at archive path `path` that is the same file as
 * `file` (an archive copy elsewhere may hold the same path). */
static long release_of_file(const kj_release_set *set, const char *path, const char *file)
{
    struct stat want, sb;
    bool have = stat(file, &want) == 0;
    long first = -1;
    for (size_t i = 0; i < set->n; i++) {
        const kj_release *rel = set->items[i];
        if (strcmp(rel->path, path) != 0)
            continue;
        if (first < 0)
            first = (long)i;
        if (have && stat(rel->file, &sb) == 0 && sb.st_dev == want.st_dev &&
            sb.st_ino == want.st_ino)
            return (long)i;
    }
    return first;
}

static const kj_incident *incident_by_id(const kj_incident_set *set, const char *id)
{
    for (size_t i = 0; i < set->n; i++)
        if (strcmp(set->items[i].id, id) == 0)
            return &set->items[i];
    cli_error("onepager: no incident has the id '%s'", id);
    /* Ids that share the organisation part (after the date), to help. */
    const char *org = strlen(id) > 11 ? id + 11 : id;
    int shown = 0;
    for (size_t i = 0; i < set->n && shown < 5; i++)
        if (strstr(set->items[i].id, org)) {
            fprintf(stderr, "kaiji: did you mean '%s'?\n", set->items[i].id);
            shown++;
        }
    return NULL;
}

/* ---------------------------------------------------------------- writing */

/* Lists a page written (unless --quiet) and warns when it overflowed. */
typedef struct page_report {
    bool quiet;
    bool overflowed;
} page_report;

static kj_status page_written(const kj_incident *inc, const char *name, const char *path,
                              const kj_onepager_result *res, void *ctx, kj_error *err)
{
    (void)name;
    (void)err;
    page_report *report = ctx;
    if (res->overflow) {
        cli_warn_file(res->newest_path,
                      "incident %s does not fit one page even shortened (%d pages written)",
                      inc->id, res->pages);
        report->overflowed = true;
    }
    if (!report->quiet)
        printf("%s\n", path);
    return KJ_OK;
}

static int write_pages(const onepager_args *a, kj_renderer *r, const kj_incident_set *set,
                       const kj_incident **incidents, size_t n, kj_date as_of, bool *overflowed)
{
    kj_onepager_options opt = {.as_of = as_of, .set = set, .listed = cli_listed(&a->common)};
    page_report report = {a->common.quiet, false};
    kj_error err;
    kj_error_clear(&err);
    kj_status st;
    if (a->all) {
        st = kj_onepagers_write(r, incidents, n, a->output ? a->output : "out", &opt, page_written,
                                &report, &err);
    } else {
        char name[256], path[300];
        const char *target = a->output;
        st = KJ_OK;
        if (!target) {
            st = kj_make_dirs("out", &err);
            kj_onepager_filename(incidents[0], name, sizeof name);
            snprintf(path, sizeof path, "out/%s", name);
            target = path;
        }
        kj_onepager_result res;
        if (st == KJ_OK)
            st = kj_onepager_write(r, incidents[0], &opt, target, &res, &err);
        if (st == KJ_OK)
            page_written(incidents[0], NULL, target, &res, &report, &err);
    }
    *overflowed = report.overflowed;
    if (st != KJ_OK)
        cli_error("onepager: %s", err.message);
    return kj_exit_status(st);
}

/* ------------------------------------------------------------------ main */

static bool in_period(const kj_incident *inc, kj_period p)
{
    for (size_t i = 0; i < inc->n_members; i++)
        if (kj_period_contains(p, inc->members[i].release->published))
            return true;
    return false;
}

int cmd_onepager(int argc, char **argv)
{
    onepager_args a = {0};
    kj_group_options_default(&a.group);
    int rc = parse_args(argc, argv, &a);
    if (rc)
        return rc < 0 ? 0 : rc;

    kj_error err;
    kj_error_clear(&err);
    kj_period month = {KJ_DATE_NONE, KJ_DATE_NONE};
    if (a.month && kj_period_month(a.month, &month, &err) != KJ_OK) {
        cli_error("onepager: %s", err.message);
        return kj_exit_status(err.status);
    }
    /* The page design first: a broken layout or a missing font fails
     * before the archive is read. */
    kj_layout *layout;
    kj_renderer *r;
    kj_status st = kj_onepager_design(a.layout, &layout, &r, &err);
    if (st != KJ_OK) {
        cli_error("onepager: %s", err.message);
        return kj_exit_status(st);
    }

    /* What to read, and whose passages to keep while reading. */
    target_file target = {0};
    kj_pipeline_options opt = cli_pipeline_options(&a.common);
    opt.group = true;
    opt.grouping = a.group;
    opt.snippets = true;
    char **inputs = argv + optind;
    int n_inputs = argc - optind;
    char *file_inputs[2];
    if (a.all) {
        opt.snippets_from = month.from;
        opt.snippets_to = month.to;
        /* A month's pages read only what they need (pipeline.h). */
        if (a.month)
            opt.focus = month;
    } else if (a.incident) {
        /* An id starts with its first release's date. */
        char day[11];
        snprintf(day, sizeof day, "%.10s", a.incident);
        opt.snippets_from = kj_date_parse_iso(day);
    } else {
        rc = find_target(inputs[0], a.archive, &target);
        if (rc)
            goto done;
        opt.snippets_from = (kj_date){target.date.year, target.date.month, 1};
        if (!kj_date_is_set(target.date))
            opt.snippets_from = KJ_DATE_NONE;
        /* The file itself too: with --archive it may lie elsewhere. */
        file_inputs[0] = target.root;
        file_inputs[1] = inputs[0];
        inputs = file_inputs;
        n_inputs = 2;
    }

    kj_file_list list = {0};
    /* A focused run reads nothing after the month: its folders stay shut. */
    kj_date until = kj_pipeline_reads_until(&opt);
    rc = cli_collect_until(&a.common, inputs, n_inputs, until, &list);
    if (rc) {
        kj_file_list_free(&list);
        goto done;
    }
    size_t skipped = 0;
    kj_pipeline pipe;
    rc = cli_pipeline_run(&list, &opt, &pipe, &skipped);
    kj_file_list_free(&list);
    if (rc)
        goto free_pipeline;

    const kj_incident_set *set = pipe.incidents;
    const kj_incident **jobs = kj_xcalloc(set->n, sizeof *jobs);
    size_t n_jobs = 0;
    if (a.all) {
        for (size_t i = 0; i < set->n; i++)
            if (!a.month || in_period(&set->items[i], month))
                jobs[n_jobs++] = &set->items[i];
    } else if (a.incident) {
        const kj_incident *inc = incident_by_id(set, a.incident);
        if (inc)
            jobs[n_jobs++] = inc;
        else
            rc = KJ_ERR_NOINPUT;
    } else {
        long i = release_of_file(&pipe.releases, target.path, inputs[1]);
        if (i >= 0) {
            jobs[n_jobs++] = kj_incident_of(set, (size_t)i);
        } else {
            cli_error("onepager: %s: not read as a release (see the warnings above)", inputs[1]);
            rc = KJ_ERR_DATA;
        }
    }
    if (a.all && n_jobs == 0 && !a.common.quiet)
        fprintf(stderr, "kaiji: onepager: no incident has a release in %s\n", a.month);

    kj_date as_of = a.month ? month.to : KJ_DATE_NONE;
    bool overflowed = false;
    if (!rc) {
        for (size_t i = 0; i < n_jobs; i++)
            kj_pipeline_fill_snippets(&pipe, jobs[i], as_of);
        rc = write_pages(&a, r, pipe.incidents, jobs, n_jobs, as_of, &overflowed);
    }
    free(jobs);
    if (!rc && (skipped || overflowed))
        rc = KJ_ERR_DATA;
free_pipeline:
    kj_pipeline_free(&pipe);
done:
    free(target.root);
    kj_renderer_free(r);
    kj_layout_free(layout);
    return rc;
}
