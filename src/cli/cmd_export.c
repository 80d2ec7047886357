/*
 * cmd_export.c — `kaiji export`: one schema record per release.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "kaiji/export.h"
#include "kaiji/output.h"

static void usage(FILE *out)
{
    fprintf(
        out,
        "usage: kaiji export [--format jsonl|json|csv] [--excel] [--evidence] [-o FILE]\n"
        "                    [--listed FILE]\n"
        "                    [--window DAYS] [--join-contractors] [-j N] [-v] [--lexicon FILE]\n"
        "                    ARCHIVE...\n"
        "\n"
        "Writes one record per release with every key of the release schema\n"
        "(path, published, organizations, report, attack_types, ...), plus\n"
        "title, source_url, links, events and incident: the id of the incident\n"
        "the release belongs to (see README.md, \"How releases become incidents\").\n"
        "ARCHIVE is an archive\n"
        "root (walked for YYYY/MM/DD_name.md), a year or month folder, or a file;\n"
        "give as many as you like.  Records come in archive-path order.\n"
        "\n"
        "  -f, --format FMT  jsonl (default, one record a line), json (an array)\n"
        "                    or csv (header row; lists joined with ';')\n"
        "      --excel       CSV for Excel: UTF-8 byte-order mark and CRLF; a field\n"
        "                    starting with = + - @ gets a ' before it (no formula)\n"
        "  -e, --evidence    JSON records also carry `evidence`: for each field, the\n"
        "                    sentences its value was read from (see `kaiji explain`)\n"
        "  -o, --output FILE write to FILE (atomically) instead of standard output\n"
        "      --listed FILE the exchange's list of listed issues (data_j.xls, or CSV):\n"
        "                    each record also says which of its organisations are\n"
        "                    listed (`listed`: code, market, industry)\n" CLI_GROUP_HELP
        "  -j, --jobs N      worker threads (default: one per core)\n"
        "      --lexicon FILE  extraction words from FILE instead of the built-in\n"
        "                    lexicon (also $KAIJI_LEXICON)\n"
        "  -v, --verbose     also name files skipped for not matching the layout\n"
        "  -h, --help        this text\n"
        "\n"
        "exit status: 0 all files exported; 65 some files were unusable and left\n"
        "out, or folders could not be read (each is named on stderr); 64 usage;\n"
        "66 no input; 73/74 cannot write; 78 the lexicon cannot be used.\n");
}

static int defer_record(const kj_release *rel, void *exporter)
{
    kj_exporter_defer(exporter, rel);
    return 0;
}

int cmd_export(int argc, char **argv)
{
    static const struct option longopts[] = {{"format", required_argument, NULL, 'f'},
                                             {"excel", no_argument, NULL, 'x'},
                                             {"evidence", no_argument, NULL, 'e'},
                                             {"output", required_argument, NULL, 'o'},
                                             {"jobs", required_argument, NULL, 'j'},
                                             {"lexicon", required_argument, NULL, 'L'},
                                             {"verbose", no_argument, NULL, 'v'},
                                             {"help", no_argument, NULL, 'h'},
                                             CLI_GROUP_LONGOPTS,
                                             {"listed", required_argument, NULL, CLI_OPT_LISTED},
                                             {NULL, 0, NULL, 0}};
    cli_common common = {0};
    kj_export_format format = KJ_EXPORT_JSONL;
    bool excel = false;
    unsigned flags = 0;
    const char *output = NULL;
    kj_group_options group;
    kj_group_options_default(&group);
    int c, rc;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:o:j:evh", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (!kj_export_format_parse(optarg, &format)) {
                cli_error("export: unknown format '%s' (jsonl, json or csv)", optarg);
                return KJ_ERR_USAGE;
            }
            break;
        case 'x':
            excel = true;
            flags |= KJ_EXPORT_EXCEL | KJ_EXPORT_NO_FORMULAS;
            break;
        case 'e':
            flags |= KJ_EXPORT_EVIDENCE;
            common.evidence = true;
            break;
        case 'o':
            output = optarg;
            break;
        case 'h':
            usage(stdout);
            return 0;
        default:
            rc = cli_common_option(&common, "export", c, optarg);
            if (rc < 0)
                rc = cli_group_option(c, optarg, "export", &group);
            rc = cli_option_status(rc, usage);
            if (rc)
                return rc;
        }
    }
    if (optind >= argc) {
        cli_error("export: name at least one ARCHIVE (folder or file)");
        usage(stderr);
        return KJ_ERR_USAGE;
    }
    if (excel && format != KJ_EXPORT_CSV) {
        cli_error("export: --excel applies to --format csv only");
        return KJ_ERR_USAGE;
    }

    cli_lexicon(&common); /* a broken lexicon stops the run before any work */
    kj_file_list list = {0};
    kj_output *out;
    rc = cli_collect_and_open(&common, argv + optind, argc - optind, KJ_DATE_NONE, output, &list,
                              &out);
    if (rc)
        return rc;
    kj_error err;
    kj_error_clear(&err);
    /* Incident ids need every release: records are rendered as releases
     * arrive (while the workers go on parsing) and written, each with its
     * incident id, once the facts-only releases are grouped. */
    size_t skipped = 0;
    kj_exporter *ex =
        kj_exporter_new_listed(kj_output_stream(out), format, flags, cli_listed(&common));
    kj_pipeline_options opt = cli_pipeline_options(&common);
    opt.group = true;
    opt.grouping = group;
    opt.observe = defer_record;
    opt.observe_ctx = ex;
    kj_pipeline pipe;
    rc = cli_pipeline_run(&list, &opt, &pipe, &skipped);
    int data_status = cli_data_status(&list, skipped);
    kj_file_list_free(&list);
    if (pipe.incidents) {
        for (size_t i = 0; i < pipe.releases.n; i++) {
            kj_record_grouping g;
            kj_record_grouping_of(pipe.incidents, i, &g);
            kj_exporter_set_grouping(ex, i, &g);
        }
    }
    kj_status status = kj_exporter_finish(ex);
    kj_pipeline_free(&pipe);
    if (rc || status != KJ_OK) {
        kj_output_abort(out);
        cli_error("export: %s: write failed", output ? output : "standard output");
        return rc ? rc : KJ_ERR_IO;
    }
    if (kj_output_commit(out, &err) != KJ_OK) {
        cli_error("%s", err.message);
        return kj_exit_status(err.status);
    }
    return data_status;
}
