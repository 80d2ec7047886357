/*
 * paths.c — locating data files (see paths.h).
 *
 * meson passes the source root, the build root, the installed data folder
 * and bindir/datadir relative to the prefix.  /proc/self/exe says which
 * binary is running; a binary inside the build root uses the source tree,
 * an installed one the share/kaiji beside its bin/ (so a DESTDIR or moved
 * installation works), else the configured prefix's.
 */
#include "kaiji/alloc.h"
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
#ifndef KAIJI_INSTALL_LIBEXECDIR
#error "meson must define KAIJI_INSTALL_LIBEXECDIR"
#endif
#ifndef KAIJI_INSTALL_LIBEXECDIR_REL
#error "meson must define KAIJI_INSTALL_LIBEXECDIR_REL"
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

/* Does the folder `dir` (`dir_len` bytes) end in "/" `tail`? */
static bool dir_ends_with(const char *dir, size_t dir_len, const char *tail)
{
    size_t n = strlen(tail);
    return dir_len > n && dir[dir_len - n - 1] == '/' && strncmp(dir + dir_len - n, tail, n) == 0;
}

/*
 * An installation moved as a whole (or installed with DESTDIR) keeps its
 * shape: PREFIX/bin/kaiji and PREFIX/libexec/kaiji/kaiji-report beside
 * PREFIX/share/kaiji.  Finds PREFIX (`*prefix_len` bytes of `exe`) from the
 * executable's path, when meson's bindir and libexecdir are relative.
 */
static bool installed_prefix(const char *exe, size_t *prefix_len)
{
    const char *bindir = KAIJI_INSTALL_BINDIR_REL, *libexec = KAIJI_INSTALL_LIBEXECDIR_REL;
    const char *slash = strrchr(exe, '/');
    if (!slash)
        return false;
    size_t dir_len = (size_t)(slash - exe);
    if (bindir[0] != '/' && dir_ends_with(exe, dir_len, bindir)) {
        *prefix_len = dir_len - strlen(bindir) - 1;
        return true;
    }
    char helper_dir[PATH_MAX];
    int n = snprintf(helper_dir, sizeof helper_dir, "%s/kaiji", libexec);
    if (libexec[0] != '/' && n > 0 && (size_t)n < sizeof helper_dir &&
        dir_ends_with(exe, dir_len, helper_dir)) {
        *prefix_len = dir_len - (size_t)n - 1;
        return true;
    }
    return false;
}

static bool relocated_data_dir(const char *exe, char *out, size_t cap)
{
    size_t prefix_len;
    if (KAIJI_INSTALL_DATADIR_REL[0] == '/' || !installed_prefix(exe, &prefix_len))
        return false;
    int n = snprintf(out, cap, "%.*s/%s", (int)prefix_len, exe, KAIJI_INSTALL_DATADIR_REL);
    return n > 0 && (size_t)n < cap && is_dir(out);
}

/* The running executable's path into `exe` (PATH_MAX bytes); false when
 * /proc cannot say. */
static bool running_executable(char *exe)
{
    ssize_t n = readlink("/proc/self/exe", exe, PATH_MAX - 1);
    exe[n > 0 ? n : 0] = '\0';
    return n > 0;
}

/* True when `exe` lies inside the build folder this kaiji was built in. */
static bool in_build_root(const char *exe)
{
    char build_root[PATH_MAX];
    const char *root = realpath(KAIJI_BUILD_ROOT, build_root) ? build_root : KAIJI_BUILD_ROOT;
    return path_has_prefix(exe, root);
}

static void find_data_dir(void)
{
    const char *env = getenv("KAIJI_DATA_DIR");
    if (env && *env) {
        snprintf(data_dir, sizeof data_dir, "%s", env);
        return;
    }
    char exe[PATH_MAX];
    if (running_executable(exe)) {
        if (in_build_root(exe)) {
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
    char *path = kj_xmalloc(n);
    snprintf(path, n, "%s/%s", dir, relative);
    return path;
}

char *kj_program_file(const char *name)
{
    char exe[PATH_MAX], path[PATH_MAX];
    size_t prefix_len;
    int n;
    if (running_executable(exe) && in_build_root(exe)) /* the build folder holds both */
        n = snprintf(path, sizeof path, "%.*s/%s", (int)(strrchr(exe, '/') - exe), exe, name);
    else if (exe[0] && KAIJI_INSTALL_LIBEXECDIR_REL[0] != '/' && installed_prefix(exe, &prefix_len))
        n = snprintf(path, sizeof path, "%.*s/%s/kaiji/%s", (int)prefix_len, exe,
                     KAIJI_INSTALL_LIBEXECDIR_REL, name);
    else
        n = snprintf(path, sizeof path, "%s/kaiji/%s", KAIJI_INSTALL_LIBEXECDIR, name);
    return n > 0 && (size_t)n < sizeof path ? kj_xstrdup(path) : NULL;
}
