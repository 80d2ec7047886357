/*
 * cmd_check.c — `kaiji check`: which files have problems, and why.
 */
#include <getopt.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out)
{
    fprintf(out, "usage: kaiji check [-j N] [-v] [--lexicon FILE] ARCHIVE...\n"
                 "\n"
                 "Reads every release file and lists those with problems, one line each:\n"
                 "FILE: reason; reason.  Problems: unreadable, not UTF-8 or Shift_JIS,\n"
                 "converted from Shift_JIS, empty, no `# 公表概要` overview, no readable\n"
                 "date, no organisation.  Ends with a count.\n"
                 "\n"
                 "  -j, --jobs N   worker threads (default: one per core)\n"
                 "  --lexicon FILE extraction words from FILE (also $KAIJI_LEXICON)\n"
                 "  -v, --verbose  also name files skipped for not matching the layout\n"
                 "  -h, --help     this text\n"
                 "\n"
                 "Folders and files the walk cannot use (unreadable, symbolic link loops,\n"
                 "FIFOs named like releases) are listed too.\n"
                 "\n"
                 "exit status: 0 no problems; 65 problems listed; 64 usage; 66 no input;\n"
                 "74 cannot write the list.\n");
}

typedef struct check_run {
    size_t files, with_problems;
} check_run;

static int check_one(kj_release *rel, void *arg)
{
    check_run *run = arg;
    run->files++;
    bool first = true;
    for (size_t i = 0; i < rel->n_diags; i++) {
        if (!kj_problem_is_listed(rel->diags[i].problem))
            continue;
        if (first)
            cli_put_visible(stdout, rel->file);
        fputs(first ? ": " : "; ", stdout);
        cli_put_visible(stdout, rel->diags[i].message);
        first = false;
    }
    if (!first) {
        putchar('\n');
        run->with_problems++;
    }
    kj_release_free(rel);
    return 0;
}

int cmd_check(int argc, char **argv)
{
    static const struct option longopts[] = {{"jobs", required_argument, NULL, 'j'},
                                             {"lexicon", required_argument, NULL, 'L'},
                                             {"verbose", no_argument, NULL, 'v'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    cli_common common = {.list_skips = true};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "j:vh", longopts, NULL)) != -1) {
        switch (c) {
        case 'h':
            usage(stdout);
            return 0;
        default: {
            int rc = cli_option_status(cli_common_option(&common, "check", c, optarg), usage);
            if (rc)
                return rc;
        }
        }
    }
    if (optind >= argc) {
        cli_error("check: name at least one ARCHIVE (folder or file)");
        usage(stderr);
        return KJ_ERR_USAGE;
    }
    cli_lexicon(&common); /* a broken lexicon stops the run before any work */
    kj_file_list list = {0};
    int rc = cli_collect(&common, argv + optind, argc - optind, &list);
    if (rc) {
        kj_file_list_free(&list);
        return rc;
    }
    /* Entries the walk could not use were listed while collecting. */
    check_run run = {.files = common.n_listed_skips, .with_problems = common.n_listed_skips};
    cli_pipeline_stream(&common, &list, check_one, &run);
    printf("%zu of %zu files have problems\n", run.with_problems, run.files);
    int status = cli_data_status(&list, run.with_problems);
    kj_file_list_free(&list);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_error("check: cannot write to standard output");
        return KJ_ERR_IO;
    }
    return status;
}
