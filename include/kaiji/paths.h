/*
 * paths.h — where kaiji's data files (layouts/, fonts/) and its helper
 * program are.
 *
 * A cron job must never depend on the source tree: an installed kaiji
 * reads `PREFIX/share/kaiji/…`, while a kaiji run from its build folder
 * (the demo, the tests) reads the source tree it was built from.  Which
 * one applies is decided from where the running executable lives, so an
 * old installation never shadows the files of a fresh build.
 */
#ifndef KAIJI_PATHS_H
#define KAIJI_PATHS_H

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The folder holding kaiji's data (`layouts/`, `fonts/`): $KAIJI_DATA_DIR
 * when set; the source tree when the running program lives in the build
 * folder it was built in; else `share/kaiji` beside the `bin/` the program
 * lives in, when that folder exists (an installation copied elsewhere, or
 * installed with DESTDIR); else the configured `PREFIX/share/kaiji`.  The
 * string is static.
 */
const char *kj_data_dir(void);

/**
 * The path of data file `relative` (e.g. "layouts/briefing.json") under
 * kj_data_dir(), malloc'd (never NULL: out of memory aborts); the caller
 * frees it.
 */
char *kj_data_file(const char *relative);

/**
 * The path of kaiji's helper program `name` (`kaiji-report`), malloc'd
 * (the caller frees it; NULL when out of memory): beside the running
 * program when it runs from the build folder it was built in; else in
 * `libexec/kaiji` of the installation the running program belongs to
 * (found from its path, as for the data); else in the configured
 * `PREFIX/libexec/kaiji`.  Whether the file exists is not checked.
 */
char *kj_program_file(const char *name);

#ifdef __cplusplus
}
#endif

#endif
