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
    fprintf(out, "usage: kaiji export [--format jsonl|json|csv] [--excel] [--evidence] [-o FILE]\n"
                 "                    [-j N] [-v] [--lexicon FILE] ARCHIVE...\n"
                 "\n"
                 "Writes one record per release with every key of the release schema\n"
                 "(path, published, organizations, report, attack_types, ...), plus\n"
                 "title, source_url, links and events.  ARCHIVE is an archive\n"
                 "root (walked for YYYY/MM/DD_name.md), a year or month folder, or a file;\n"
                 "give as many as you like.  Records come in archive-path order.\n"
                 "\n"
                 "  -f, --format FMT  jsonl (default, one record a line), json (an array)\n"
                 "                    or csv (header row; lists joined with ';')\n"
                 "      --excel       CSV for Excel: UTF-8 byte-order mark and CRLF\n"
                 "  -e, --evidence    JSON records also carry `evidence`: for each field, the\n"
                 "                    sentences its value was read from (see `kaiji explain`)\n"
                 "  -o, --output FILE write to FILE (atomically) instead of standard output\n"
                 "  -j, --jobs N      worker threads (default: one per core)\n"
                 "      --lexicon FILE  extraction words from FILE instead of the built-in\n"
                 "                    lexicon (also $KAIJI_LEXICON)\n"
                 "  -v, --verbose     also name files skipped for not matching the layout\n"
                 "  -h, --help        this text\n"
                 "\n"
                 "exit status: 0 all files exported; 65 some files were unusable and left\n"
                 "out (each is named on stderr); 64 usage; 66 no input; 73/74 cannot write;\n"
                 "78 the lexicon cannot be used.\n");
}

typedef struct export_run {
    kj_exporter *exporter;
    size_t skipped;
    kj_status status;
} export_run;

static int export_one(kj_release *rel, void *arg)
{
    export_run *run = arg;
    if (cli_print_diags(rel)) {
        run->skipped++;
    } else if (kj_exporter_add(run->exporter, rel, NULL) != KJ_OK) {
        run->status = KJ_ERR_IO;
    }
    kj_release_free(rel);
    return run->status;
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
                                             {NULL, 0, NULL, 0}};
    cli_common common = {0};
    int format = KJ_EXPORT_JSONL;
    bool excel = false;
    unsigned flags = 0;
    const char *output = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:o:j:evh", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            format = kj_export_format_parse(optarg);
            if (format < 0) {
                cli_error("export: unknown format '%s' (jsonl, json or csv)", optarg);
                return KJ_ERR_USAGE;
            }
            break;
        case 'x':
            excel = true;
            flags |= KJ_EXPORT_EXCEL;
            break;
        case 'e':
            flags |= KJ_EXPORT_EVIDENCE;
            break;
        case 'o':
            output = optarg;
            break;
        case 'h':
            usage(stdout);
            return 0;
        default: {
            int rc = cli_common_option(&common, "export", c, optarg);
            if (rc < 0) {
                usage(stderr);
                return KJ_ERR_USAGE;
            }
            if (rc > 0)
                return rc;
        }
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
    int rc = cli_collect(&common, argv + optind, argc - optind, &list);
    if (rc) {
        kj_file_list_free(&list);
        return rc;
    }
    kj_error err;
    kj_error_clear(&err);
    kj_output *out;
    if (kj_output_open(output, &out, &err) != KJ_OK) {
        cli_error("%s", err.message);
        kj_file_list_free(&list);
        return err.status;
    }
    export_run run = {.exporter = kj_exporter_new(kj_output_stream(out), format, flags)};
    kj_load_options opt = cli_load_options(&common);
    rc = kj_load_each(&list, &opt, export_one, &run);
    kj_status finish = kj_exporter_finish(run.exporter);
    if (rc || finish != KJ_OK) {
        kj_output_abort(out);
        cli_error("export: %s: write failed", output ? output : "standard output");
        kj_file_list_free(&list);
        return rc ? rc : KJ_ERR_IO;
    }
    if (kj_output_commit(out, &err) != KJ_OK) {
        cli_error("%s", err.message);
        kj_file_list_free(&list);
        return err.status;
    }
    kj_file_list_free(&list);
    return run.skipped ? KJ_ERR_DATA : 0;
}
