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

#include "kaiji/archive.h"
#include "kaiji/extract.h"
#include "kaiji/load.h"

/* Options every archive-reading command takes. */
typedef struct cli_common {
    int jobs;            /* -j N: worker threads, 0 for one per core */
    bool verbose;        /* -v: notices about skipped files */
    bool quiet;          /* -q: nothing on success */
    const char *lexicon; /* --lexicon FILE (else $KAIJI_LEXICON, else built in) */
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
 * Load options for `common`: threads, progress on a terminal, and the
 * extract stage as the hook, so every command sees facts.  The lexicon is
 * loaded here (see cli_lexicon); a broken one ends the program with its
 * position and status 78.
 */
kj_load_options cli_load_options(const cli_common *common);

/**
 * The extraction lexicon for `common`: --lexicon FILE, else the file
 * named by $KAIJI_LEXICON, else the built-in one.  Loaded once per run.
 * When the file cannot be loaded, prints `kaiji: FILE:LINE:COLUMN: reason`
 * and exits with 78 (EX_CONFIG) or 66 (missing file): running on with
 * other words than the user asked for would give silently wrong figures.
 */
const kj_lexicon *cli_lexicon(const cli_common *common);

/** Prints a release's diagnostics (warnings) to stderr.  Returns the
 *  number of fatal ones (the file was skipped). */
int cli_print_diags(const kj_release *rel);

/** Observer for kj_load_all that prints diagnostics and counts skips. */
int cli_observe_release(const kj_release *rel, void *skipped_count);

/**
 * Handles an option every archive command takes, as getopt returned it:
 * 'j' (--jobs N), 'v' (--verbose), 'L' (--lexicon FILE).  Returns 0 when
 * handled, -1 when `c` is none of them (the caller prints its usage), or an
 * exit status after printing why the value is wrong.
 */
int cli_common_option(cli_common *common, const char *command, int c, const char *arg);

/** Parses a non-negative integer option value; -1 when it is not one. */
long cli_parse_count(const char *s);

/* Commands */
int cmd_export(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_run(int argc, char **argv);

#endif
