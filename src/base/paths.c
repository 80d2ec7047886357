/*
 * paths.c — locating data files (see paths.h).
 *
 * meson passes three paths at build time: the source root, the build root
 * and the installed data folder.  /proc/self/exe says which binary is
 * running; a binary inside the build root uses the source tree.
 */
#include "kaiji/paths.h"

#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef KAIJI_SOURCE_ROOT
#error "meson must define KAIJI_SOURCE_ROOT"
#endif
#ifndef KAIJI_BUILD_ROOT
#error "meson must define KAIJI_BUILD_ROOT"
#endif
#ifndef KAIJI_INSTALL_DATADIR
#error "meson must define KAIJI_INSTALL_DATADIR"
#endif

static char data_dir[PATH_MAX];
static pthread_once_t data_dir_once = PTHREAD_ONCE_INIT;

static bool path_has_prefix(const char *path, const char *prefix)
{
    size_t n = strlen(prefix);
    return strncmp(path, prefix, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

static void find_data_dir(void)
{
    const char *env = getenv("KAIJI_DATA_DIR");
    if (env && *env) {
        snprintf(data_dir, sizeof data_dir, "%s", env);
        return;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char build_root[PATH_MAX];
        const char *root = realpath(KAIJI_BUILD_ROOT, build_root) ? build_root : KAIJI_BUILD_ROOT;
        if (path_has_prefix(exe, root)) {
            snprintf(data_dir, sizeof data_dir, "%s", KAIJI_SOURCE_ROOT);
            return;
        }
    }
    snprintf(data_dir, sizeof data_dir, "%s", KAIJI_INSTALL_DATADIR);
}

const char *kj_data_dir(void)
{
    pthread_once(&data_dir_once, find_data_dir);
    return data_dir;
}

char *kj_data_file(const char *relative)
{
    const char *dir = kj_data_dir();
    size_t n = strlen(dir) + 1 + strlen(relative) + 1;
    char *path = malloc(n);
    if (path)
        snprintf(path, n, "%s/%s", dir, relative);
    return path;
}
