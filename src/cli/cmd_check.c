/*
 * cmd_check.c — `kaiji check`: which files have problems, and why;
 * `kaiji check --facts`: which releases' facts contradict each other or
 * look implausible (checks.h), and why.
 */
#include <getopt.h>
#include <string.h>

#include "kaiji/checks.h"
#include "cli.h"

static void usage(FILE *out)
{
    fprintf(out, "usage: kaiji check [-j N] [-v] [--lexicon FILE] ARCHIVE...\n"
                 "       kaiji check --facts [-j N] [--lexicon FILE] [grouping] ARCHIVE...\n"
                 "\n"
                 "Reads every release file and lists those with problems, one line each:\n"
                 "FILE: reason; reason.  Problems: unreadable, not UTF-8 or Shift_JIS,\n"
                 "converted from Shift_JIS, empty, no `# 公表概要` overview, no readable\n"
                 "date, no organisation.  Ends with a count.\n"
                 "\n"
                 "With --facts, lists the releases whose facts contradict each other or\n"
                 "look implausible, one line each: FILE: check (why), check (why).  Checks:\n"
                 "confirmed_over_total, occurred_after_detected, occurred_after_published,\n"
                 "detected_after_published, above_size (a figure far above what an\n"
                 "organisation of its kind holds), wave_figure (the figure another\n"
                 "organisation of the same wave states: the origin's total), and where the\n"
                 "text lists the information concerned, no_attack_type, no_victim,\n"
                 "no_data_type.  Ends with a count per check.  Files the walk cannot use\n"
                 "are warned about on stderr, as export does.\n"
                 "\n"
                 "  --facts        check the facts read, not the files\n"
                 "  -j, --jobs N   worker threads (default: one per core)\n"
                 "  --lexicon FILE extraction words from FILE (also $KAIJI_LEXICON)\n"
                 "  -v, --verbose  also name files skipped for not matching the layout\n"
                 "  -h, --help     this text\n" CLI_GROUP_HELP "\n"
                 "Folders and files the walk cannot use (unreadable, symbolic link loops,\n"
                 "FIFOs named like releases) are listed too.\n"
                 "\n"
                 "exit status: 0 no problems; 65 problems listed (or, with --facts, files\n"
                 "left out); 64 usage; 66 no input; 74 cannot write the list.\n");
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

/* One line for each release whose facts fail a check, then the counts per
 * check.  Returns how many releases were listed. */
static size_t list_fact_problems(const kj_pipeline *pipe)
{
    const kj_incident_set *set = pipe->incidents;
    size_t n = pipe->releases.n, listed = 0;
    int64_t counts[KJ_CHECK__COUNT] = {0};
    kj_buf line = {0};
    for (size_t i = 0; i < n; i++) {
        kj_check_set checks = kj_checks_release(set, i);
        if (!checks)
            continue;
        kj_buf_reset(&line);
        kj_buf_append_visible(&line, set->releases[i]->file);
        const char *sep = ": ";
        for (int c = 0; c < KJ_CHECK__COUNT; c++) {
            if (!(checks & KJ_CHECK_BIT(c)))
                continue;
            counts[c]++;
            kj_buf_puts(&line, sep);
            sep = ", ";
            kj_buf_printf(&line, "%s (", kj_check_name((kj_check)c));
            kj_check_reason(set, i, (kj_check)c, &line);
            kj_buf_puts(&line, ")");
        }
        kj_buf_putc(&line, '\n');
        fwrite(line.data, 1, line.len, stdout);
        listed++;
    }
    kj_buf_free(&line);
    printf("%zu of %zu releases have fact problems\n", listed, n);
    cli_table t;
    cli_table_init(&t, "lrl");
    for (int c = 0; c < KJ_CHECK__COUNT; c++) {
        cli_table_cell(&t, "%s", kj_check_name((kj_check)c));
        cli_table_cell(&t, "%lld", (long long)counts[c]);
        cli_table_cell(&t, "%s", kj_check_label((kj_check)c));
    }
    cli_table_print(&t, stdout, "  ");
    cli_table_free(&t);
    return listed;
}

/* `check --facts`: the facts-only releases, grouped (the wave rule needs
 * every release), then the list. */
static int check_facts(const cli_common *common, const kj_group_options *group,
                       const kj_file_list *list)
{
    kj_pipeline_options opt = cli_pipeline_options(common);
    opt.group = true;
    opt.grouping = *group;
    kj_pipeline pipe;
    size_t skipped = 0;
    int rc = cli_pipeline_run(list, &opt, &pipe, &skipped);
    size_t listed = rc == 0 && pipe.incidents ? list_fact_problems(&pipe) : 0;
    kj_pipeline_free(&pipe);
    if (rc)
        return rc;
    int status = cli_data_status(list, skipped);
    return status ? status : listed ? KJ_ERR_DATA : 0;
}

enum { OPT_FACTS = 0x200 };

int cmd_check(int argc, char **argv)
{
    static const struct option longopts[] = {{"jobs", required_argument, NULL, 'j'},
                                             {"lexicon", required_argument, NULL, 'L'},
                                             {"verbose", no_argument, NULL, 'v'},
                                             {"help", no_argument, NULL, 'h'},
                                             {"facts", no_argument, NULL, OPT_FACTS},
                                             CLI_GROUP_LONGOPTS,
                                             {NULL, 0, NULL, 0}};
    cli_common common = {.list_skips = true};
    kj_group_options group;
    kj_group_options_default(&group);
    bool facts = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "j:vh", longopts, NULL)) != -1) {
        switch (c) {
        case 'h':
            usage(stdout);
            return 0;
        case OPT_FACTS:
            facts = true;
            break;
        default: {
            int rc = cli_common_option(&common, "check", c, optarg);
            if (rc < 0)
                rc = cli_group_option(c, optarg, "check", &group);
            rc = cli_option_status(rc, usage);
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
    /* --facts lists facts: files the walk passes over are warned about as
     * the reading commands do */
    common.list_skips = !facts;
    cli_lexicon(&common); /* a broken lexicon stops the run before any work */
    kj_file_list list = {0};
    int rc = cli_collect(&common, argv + optind, argc - optind, &list);
    if (rc) {
        kj_file_list_free(&list);
        return rc;
    }
    int status;
    if (facts) {
        status = check_facts(&common, &group, &list);
    } else {
        /* Entries the walk could not use were listed while collecting. */
        check_run run = {.files = common.n_listed_skips, .with_problems = common.n_listed_skips};
        cli_pipeline_stream(&common, &list, check_one, &run);
        printf("%zu of %zu files have problems\n", run.with_problems, run.files);
        status = cli_data_status(&list, run.with_problems);
    }
    kj_file_list_free(&list);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_error("check: cannot write to standard output");
        return KJ_ERR_IO;
    }
    return status;
}
