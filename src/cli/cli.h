/*
 * cli.h — what the command files of the kaiji CLI share.
 *
 * The CLI is a thin client of libkaiji: each command parses its options,
 * calls the library, prints what it returns and maps its status to an exit
 * code (sysexits).  Nothing here knows about Markdown, facts or pages.
 */
#ifndef KAIJI_CLI_H
#define KAIJI_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "kaiji/aggregate.h"
#include "kaiji/archive.h"
#include "kaiji/extract.h"
#include "kaiji/lists.h"
#include "kaiji/load.h"
#include "kaiji/output.h"
#include "kaiji/pipeline.h"

/* Options every archive-reading command takes. */
typedef struct cli_common {
    int jobs;            /* -j N: worker threads, 0 for one per core */
    bool verbose;        /* -v: notices about skipped files */
    bool quiet;          /* -q: nothing on success */
    bool evidence;       /* keep each fact's evidence (explain, export --evidence) */
    const char *lexicon; /* --lexicon FILE (else $KAIJI_LEXICON, else built in) */
    const char *listed;  /* --listed FILE: the exchange's listed issues, or NULL */
    const char *watch;   /* --watch FILE: the watch list, or NULL */
    /* `kaiji check`: folders and files passed over with a warning while
     * collecting are listed on stdout as problems (and counted here)
     * instead of warned about on stderr. */
    bool list_skips;
    size_t n_listed_skips;
} cli_common;

/* A command: `kaiji NAME ...`. */
typedef struct cli_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv);
} cli_command;

/*
 * Everything printed that comes from archive files (file names, reasons
 * quoting their text) goes through kj_buf_append_visible(): an escape
 * sequence in a file name must not drive the terminal or a cron mail.
 */

/** Prints `kaiji: ` and a formatted message to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/** Prints `kaiji: FILE: warning: reason` to stderr. */
void cli_warn_file(const char *file, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/** Writes `s` to `out` with control and format characters made visible. */
void cli_put_visible(FILE *out, const char *s);

/**
 * Collects the release files named by `inputs`, printing skipped folders
 * (always) and skipped files (under --verbose).  Returns 0 or an exit code
 * (66 when an input is missing or no release file is found).
 */
int cli_collect(cli_common *common, char **inputs, int n_inputs, kj_file_list *list);

/**
 * cli_collect(), but leaving out the year and month folders after `until`
 * (kj_archive_collect_until: for a focused run, which reads nothing later);
 * an archive holding only later months is then no error.  `until` unset:
 * cli_collect().
 */
int cli_collect_until(cli_common *common, char **inputs, int n_inputs, kj_date until,
                      kj_file_list *list);

/**
 * The exit status of a command that read `list`: 65 (EX_DATAERR) when
 * `skipped` files could not be used or the walk passed over entries that
 * may have held releases (list->n_unreadable), else 0.
 */
int cli_data_status(const kj_file_list *list, size_t skipped);

/**
 * cli_collect_until(), then opens `output` (NULL or "-": standard output)
 * for writing.  Returns 0, or an exit code after printing why (the list is
 * then freed).
 */
int cli_collect_and_open(cli_common *common, char **inputs, int n_inputs, kj_date until,
                         const char *output, kj_file_list *list, kj_output **out);

/**
 * Pipeline options for `common` (pipeline.h): threads, the lexicon,
 * evidence when asked for, progress on a terminal; facts only, no
 * passages, default grouping, which the command then adjusts.  The
 * lexicon is loaded here (see cli_lexicon); a broken one ends the program
 * with its position and status 78.
 */
kj_pipeline_options cli_pipeline_options(const cli_common *common);

/**
 * kj_pipeline_run() over `list` with `options`, printing each release's
 * diagnostics and counting in `*skipped` the files left out; the
 * options' observer (may be NULL) sees the usable releases only.  Returns
 * kj_pipeline_run's status; free `out` with kj_pipeline_free in any case.
 */
int cli_pipeline_run(const kj_file_list *list, const kj_pipeline_options *options, kj_pipeline *out,
                     size_t *skipped);

/**
 * The extraction lexicon for `common`: --lexicon FILE, else the file
 * named by $KAIJI_LEXICON, else the built-in one.  Loaded once per run.
 * When the file cannot be loaded, prints `kaiji: FILE:LINE:COLUMN: reason`
 * and exits with 78 (EX_CONFIG) or 66 (missing file): running on with
 * other words than the user asked for would give silently wrong figures.
 */
const kj_lexicon *cli_lexicon(const cli_common *common);

/**
 * The lists of --listed FILE and --watch FILE (lists.h), each loaded once
 * per run and freed at exit; NULL when the option was not given.  When a
 * file cannot be used, prints `kaiji: FILE: reason` and exits with 66 (no
 * such file) or 65 (not a list): figures without the list the user asked
 * for would silently miss what they are for.
 */
const kj_listed *cli_listed(const cli_common *common);
const kj_watch *cli_watch(const cli_common *common);

/**
 * kj_pipeline_run() over `list` for the commands that look at one release
 * at a time (check, explain): every release, skipped files too, text and
 * all, goes to `each` in path order, which frees it.  Returns the run's
 * status.
 */
int cli_pipeline_stream(const cli_common *common, const kj_file_list *list, kj_release_sink each,
                        void *ctx);

/** Prints a release's diagnostics (warnings) to stderr.  Returns the
 *  number of fatal ones (the file was skipped). */
int cli_print_diags(const kj_release *rel);

/* The lists every archive command may take (long options only; their
 * getopt values) and their help. */
enum { CLI_OPT_LISTED = 0x180, CLI_OPT_WATCH };
#define CLI_LISTS_LONGOPTS                                                                         \
    {"listed", required_argument, NULL, CLI_OPT_LISTED},                                           \
    {                                                                                              \
        "watch", required_argument, NULL, CLI_OPT_WATCH                                            \
    }
#define CLI_LISTS_HELP                                                                             \
    "      --listed FILE     the exchange's list of listed issues (data_j.xls as\n"                \
    "                        downloaded, or its columns as CSV in UTF-8 or CP932):\n"              \
    "                        which organisations are listed, in which market and\n"                \
    "                        industry\n"                                                           \
    "      --watch FILE      names that concern us (our company, group companies,\n"               \
    "                        suppliers, services), one a line, aliases after a comma:\n"           \
    "                        the releases naming one are counted and shown first\n"

/**
 * Handles an option every archive command takes, as getopt returned it:
 * 'j' (--jobs N), 'v' (--verbose), 'L' (--lexicon FILE), --listed FILE and
 * --watch FILE.  Returns 0 when
 * handled, -1 when `c` is none of them (the caller prints its usage), or an
 * exit status after printing why the value is wrong.
 */
int cli_common_option(cli_common *common, const char *command, int c, const char *arg);

/**
 * The end of a command's option switch: `rc` is what its option handlers
 * returned (-1 for an option none of them knows).  Prints the command's
 * usage to stderr and returns 64 for an unknown option; else returns rc.
 */
int cli_option_status(int rc, void (*usage)(FILE *));

/* Grouping options shared by the commands that group releases into incidents
 * (long options only; their getopt values). */
enum { CLI_OPT_WINDOW = 0x100, CLI_OPT_JOIN_CONTRACTORS };
#define CLI_GROUP_LONGOPTS                                                                         \
    {"window", required_argument, NULL, CLI_OPT_WINDOW},                                           \
    {                                                                                              \
        "join-contractors", no_argument, NULL, CLI_OPT_JOIN_CONTRACTORS                            \
    }
#define CLI_GROUP_HELP                                                                             \
    "      --window DAYS  join releases of one organisation without a link only\n"                 \
    "                    within DAYS of each other (default 180)\n"                                \
    "      --join-contractors  also join different organisations' releases that\n"                 \
    "                    name the same breached contractor into one incident\n"

/**
 * Applies grouping option `c` (CLI_OPT_*) with argument `arg` to `group`.
 * Returns 0 when applied, 64 after printing a usage error, -1 when `c` is
 * not a grouping option.
 */
int cli_group_option(int c, const char *arg, const char *command, kj_group_options *group);

/* The month a report covers: `--month YYYY-MM`, else the last complete
 * calendar month before today (`--today YYYY-MM-DD`, for tests and
 * back-filling, else the clock). */
typedef struct cli_month {
    const char *month; /* --month, or NULL */
    kj_date today;     /* --today, or unset */
} cli_month;

/** Today: --today when given, else the local date. */
kj_date cli_month_now(const cli_month *m);

/* What the commands that report one month (`briefing`, `chart`) share:
 * their common options, the month, the default output, the archive's
 * incidents and the exit status. */
typedef struct cli_month_run {
    const char *command;
    cli_common common;
    kj_group_options group;
    cli_month month;
    const char *layout; /* --layout, or NULL */
    const char *output; /* -o, or NULL */
    kj_period period;   /* set by cli_month_run_load */
    char key[16];       /* YYYY-MM */
    kj_pipeline pipe;   /* the archive's releases and incidents */
    size_t skipped;
    int rc;
    bool whole_archive; /* --whole-archive: read every file, not only the months shown */
} cli_month_run;

enum { CLI_OPT_MONTH = 0x300, CLI_OPT_TODAY, CLI_OPT_LAYOUT, CLI_OPT_WHOLE_ARCHIVE };
#define CLI_WHOLE_ARCHIVE_HELP                                                                     \
    "      --whole-archive   read every file of the archive, not only the month, the\n"            \
    "                        twelve before it and the earlier releases they join\n"                \
    "                        (the figures are the same; for comparing)\n"
#define CLI_MONTH_LONGOPTS                                                                         \
    CLI_LISTS_LONGOPTS, {"month", required_argument, NULL, CLI_OPT_MONTH},                         \
        {"whole-archive", no_argument, NULL, CLI_OPT_WHOLE_ARCHIVE},                               \
        {"today", required_argument, NULL, CLI_OPT_TODAY},                                         \
        {"layout", required_argument, NULL, CLI_OPT_LAYOUT},                                       \
        {"output", required_argument, NULL, 'o'}, {"jobs", required_argument, NULL, 'j'},          \
        {"quiet", no_argument, NULL, 'q'}, {"verbose", no_argument, NULL, 'v'}, CLI_GROUP_LONGOPTS
#define CLI_MONTH_SHORTOPTS "o:j:qv"

/** Starts a run of `command` with the default options. */
void cli_month_run_init(cli_month_run *r, const char *command);

/**
 * Applies option `c` (as getopt returned it) if it is one the month
 * commands share: --month, --today, --layout, -o, -j, -q, -v, --listed,
 * --watch and the grouping options.  Returns 0 when applied, -1 when it is none of them,
 * or an exit status after printing why its value is wrong.
 */
int cli_month_run_option(cli_month_run *r, int c, const char *arg);

/** After the options: resolves the month and checks that `n_inputs`
 *  archives are named.  Returns 0, or 64 after printing why (and `usage`). */
int cli_month_run_check(cli_month_run *r, int n_inputs, void (*usage)(FILE *out));

/**
 * The output path: -o, else out/NAME (out/ is created; NAME is formatted
 * from `fmt` with the month key, e.g. "briefing-%s.pdf") into `buf`.
 * Returns 0 or an exit status after printing.
 */
int cli_month_run_output(cli_month_run *r, const char *fmt, const char *ext, char *buf, size_t size,
                         const char **out);

/**
 * Collects and loads ARCHIVE... (facts only) and groups the incidents;
 * warns when the month is not over yet or has no release.  Returns 0 or an
 * exit status after printing.
 */
int cli_month_run_load(cli_month_run *r, char **inputs, int n_inputs);

/** Frees the run; returns the exit status: the load's, else `st`, else
 *  65 when files were left out, else 0. */
int cli_month_run_finish(cli_month_run *r, kj_status st);

/** Parses a non-negative integer option value; -1 when it is not one. */
long cli_parse_count(const char *s);

/* A text table whose columns line up on a terminal (full-width characters
 * count two columns). */
#define CLI_TABLE_MAX_COLS 12
typedef struct cli_table {
    size_t n_cols;
    bool right[CLI_TABLE_MAX_COLS];
    char **cells; /* row by row */
    size_t n_cells, cap;
} cli_table;

/** Starts a table; `align` has one letter per column, 'l' or 'r'. */
void cli_table_init(cli_table *t, const char *align);

/** Appends the next cell (rows fill left to right), printf-style. */
void cli_table_cell(cli_table *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/** Prints the table, each row preceded by `indent`. */
void cli_table_print(const cli_table *t, FILE *out, const char *indent);

void cli_table_free(cli_table *t);

/* Commands */
int cmd_export(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_briefing(int argc, char **argv);
int cmd_chart(int argc, char **argv);
int cmd_onepager(int argc, char **argv);

#endif
