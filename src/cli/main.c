/*
 * main.c — `kaiji COMMAND ...`: finds the command and runs it.
 *
 * The commands that draw pages or send mail run in a second program,
 * kaiji-report (built from these same files with KAIJI_REPORT_PROGRAM
 * defined), which kaiji executes in its own place: same arguments, same
 * process, same exit status.  Cairo, Pango, GMime and curl bring some 70
 * shared libraries whose loading costs about 20 ms at every start — a
 * quarter of what cmark-gfm takes to parse the whole 1,633-file corpus —
 * and the reading commands need none of them.
 */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "kaiji/kaiji.h"
#include "kaiji/paths.h"

#ifdef KAIJI_REPORT_PROGRAM
#define REPORT_COMMAND(run) run
#else
#define REPORT_COMMAND(run) NULL /* kaiji-report runs it */
#endif

static const cli_command commands[] = {
    {"export", "write every release as a schema record (JSON Lines, JSON, CSV)", cmd_export},
    {"check", "list archive files with problems and the reason", cmd_check},
    {"explain", "print every fact of releases with the sentence it was read from", cmd_explain},
    {"stats", "figures of a period: incidents, breakdowns, trend (text, JSON, CSV)", cmd_stats},
    {"briefing", "the monthly briefing PDF (Japanese-typeset report of one month)",
     REPORT_COMMAND(cmd_briefing)},
    {"chart", "one chart of the briefing alone, as SVG, PNG or PDF", REPORT_COMMAND(cmd_chart)},
    {"onepager", "one A4 page per incident: what happened, figures, timeline, sources",
     REPORT_COMMAND(cmd_onepager)},
    {"run", "the unattended run: make the due reports, mail them once (cron)",
     REPORT_COMMAND(cmd_run)},
};

/* Replaces this process with kaiji-report, given the same arguments;
 * returns only when that fails. */
static int run_report_program(char **argv)
{
    char *path = kj_program_file("kaiji-report");
    if (path)
        execv(path, argv);
    cli_error("%s: cannot run %s: %s (kaiji-report draws and mails for kaiji: reinstall kaiji)",
              argv[1], path ? path : "kaiji-report", strerror(path ? errno : ENOMEM));
    free(path);
    return KJ_ERR_UNAVAILABLE;
}

static void usage(FILE *out)
{
    fprintf(out, "usage: kaiji COMMAND [OPTIONS] ARCHIVE...\n"
                 "\n"
                 "kaiji reads an archive of Japanese security-incident disclosures\n"
                 "(YYYY/MM/DD_組織名.md) and turns it into figures and briefings.\n"
                 "\n"
                 "commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\n"
                 "`kaiji COMMAND --help` describes a command's options.\n"
                 "`kaiji --version` prints the version; `kaiji --data-dir` the folder\n"
                 "its layouts, fonts and examples are read from.\n"
                 "\n"
                 "exit status: 0 success, 64 usage, 65 bad data, 66 no input,\n"
                 "73 cannot create output, 74 I/O error, 78 unusable lexicon or\n"
                 "configuration; `kaiji run` also 69, 75.\n");
}

int main(int argc, char **argv)
{
    setlocale(LC_CTYPE, "C.UTF-8");
    if (argc < 2) {
        usage(stderr);
        return KJ_ERR_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(name, "--version") == 0) {
        printf("kaiji %s\n", kj_version());
        return 0;
    }
    if (strcmp(name, "--data-dir") == 0) {
        printf("%s\n", kj_data_dir());
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(name, commands[i].name) == 0)
            return commands[i].run ? commands[i].run(argc - 1, argv + 1) : run_report_program(argv);
    cli_error("unknown command '%s' (try `kaiji --help`)", name);
    return KJ_ERR_USAGE;
}
