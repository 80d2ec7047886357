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
#include "kaiji/load.h"
#include "kaiji/output.h"

/* Options every archive-reading command takes. */
typedef struct cli_common {
    int jobs;     /* -j N: worker threads, 0 for one per core */
    bool verbose; /* -v: notices about skipped files */
    bool quiet;   /* -q: nothing on success */
} cli_common;

/* A command: `kaiji NAME ...`. */
typedef struct cli_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv);
} cli_command;

/** Prints `kaiji: ` and a formatted message to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/** Prints `kaiji: FILE: warning: reason` to stderr. */
void cli_warn_file(const char *file, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/**
 * Collects the release files named by `inputs`, printing skipped folders
 * (always) and skipped files (under --verbose).  Returns 0 or an exit code
 * (66 when an input is missing or no release file is found).
 */
int cli_collect(const cli_common *common, char **inputs, int n_inputs, kj_file_list *list);

/**
 * cli_collect(), then opens `output` (NULL or "-": standard output) for
 * writing.  Returns 0, or an exit code after printing why (the list is then
 * freed).
 */
int cli_collect_and_open(const cli_common *common, char **inputs, int n_inputs, const char *output,
                         kj_file_list *list, kj_output **out);

/**
 * Load options for `common`: threads, progress on a terminal, and the
 * extract stage as the hook, so every command sees facts.
 */
kj_load_options cli_load_options(const cli_common *common);

/** Prints a release's diagnostics (warnings) to stderr.  Returns the
 *  number of fatal ones (the file was skipped). */
int cli_print_diags(const kj_release *rel);

/** Observer for kj_load_all that prints diagnostics and counts skips. */
int cli_observe_release(const kj_release *rel, void *skipped_count);

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

/**
 * Loads every file of `list` as facts-only releases into `releases`
 * (printing diagnostics, counting skipped files) and groups them.  `each`
 * (may be NULL) sees every usable release as it arrives, in the order of
 * `releases`.  Returns the incident set, or NULL with `*rc` set when loading
 * stopped.
 */
kj_incident_set *cli_load_incidents(const cli_common *common, const kj_file_list *list,
                                    const kj_group_options *group, kj_release_set *releases,
                                    size_t *skipped, int *rc, kj_release_observer each,
                                    void *each_ctx);

/**
 * Load options for `common` (cli_load_options) whose hook also keeps the
 * passages one-pagers show (kj_snippet_hook) for the releases `snippets`
 * selects by date; `snippets` must outlive the load.
 */
kj_load_options cli_load_options_snippets(const cli_common *common, kj_snippet_hook_ctx *snippets);

/** cli_load_incidents(), keeping passages as cli_load_options_snippets()
 *  does when `snippets` is not NULL. */
kj_incident_set *cli_load_incidents_snippets(const cli_common *common, const kj_file_list *list,
                                             const kj_group_options *group,
                                             kj_snippet_hook_ctx *snippets,
                                             kj_release_set *releases, size_t *skipped, int *rc,
                                             kj_release_observer each, void *each_ctx);

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
int cmd_stats(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_onepager(int argc, char **argv);

#endif
