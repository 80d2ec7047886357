/*
 * paths.c — locating data files (see paths.h).
 *
 * meson passes the source root, the build root, the installed data folder
 * and bindir/datadir relative to the prefix.  /proc/self/exe says which
 * binary is running; a binary inside the build root uses the source tree,
 * an installed one the share/kaiji beside its bin/ (so a DESTDIR or moved
 * installation works), else the configured prefix's.
 */
#include "kaiji/paths.h"

#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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
#ifndef KAIJI_INSTALL_BINDIR_REL
#error "meson must define KAIJI_INSTALL_BINDIR_REL"
#endif
#ifndef KAIJI_INSTALL_DATADIR_REL
#error "meson must define KAIJI_INSTALL_DATADIR_REL"
#endif

static char data_dir[PATH_MAX];
static pthread_once_t data_dir_once = PTHREAD_ONCE_INIT;

static bool path_has_prefix(const char *path, const char *prefix)
{
    size_t n = strlen(prefix);
    return strncmp(path, prefix, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/*
 * An installation moved as a whole (or installed with DESTDIR) keeps its
 * shape: PREFIX/bin/kaiji beside PREFIX/share/kaiji.  Finds that folder from
 * the executable's path when meson's bindir and datadir are relative.
 */
static bool relocated_data_dir(const char *exe, char *out, size_t cap)
{
    const char *bindir = KAIJI_INSTALL_BINDIR_REL, *datadir = KAIJI_INSTALL_DATADIR_REL;
    if (bindir[0] == '/' || datadir[0] == '/')
        return false;
    const char *slash = strrchr(exe, '/');
    if (!slash)
        return false;
    size_t dir_len = (size_t)(slash - exe), bin_len = strlen(bindir);
    /* the executable's folder must end in "/bindir" */
    if (dir_len <= bin_len || exe[dir_len - bin_len - 1] != '/' ||
        strncmp(exe + dir_len - bin_len, bindir, bin_len) != 0)
        return false;
    int n = snprintf(out, cap, "%.*s/%s", (int)(dir_len - bin_len - 1), exe, datadir);
    return n > 0 && (size_t)n < cap && is_dir(out);
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
        if (relocated_data_dir(exe, data_dir, sizeof data_dir))
            return;
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
