/*
 * walk.c — collecting release files from the inputs a user names.
 *
 * Archive roots are walked recursively so that a root, a year folder and
 * a month folder all work.  Symbolic links are followed (archives are often
 * assembled from links) but every folder on the current descent is
 * remembered by device and inode, so a link back up the tree is reported
 * and skipped instead of walked forever.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kaiji/alloc.h"
#include "kaiji/archive.h"

#define MAX_DEPTH 64

typedef struct file_id {
    dev_t dev;
    ino_t ino;
} file_id;

/* A file found, before sorting and de-duplication. */
typedef struct found_file {
    char *file;
    char *path;
    file_id id;
    bool is_link;    /* reached through a symbolic link */
    bool from_entry; /* id from the folder entry (d_ino), not from a stat */
} found_file;

typedef struct walk_state {
    found_file *found;
    size_t n_found, cap_found;
    kj_skip_fn on_skip;
    void *ctx;
    size_t n_unreadable; /* see kj_file_list.n_unreadable */
    file_id stack[MAX_DEPTH];
    int depth;
    /* (dev, ino) of every file taken, to drop a file named twice */
    file_id *seen;
    size_t n_seen, cap_seen;
    /* Some ids came from a stat (a link followed, a file named directly, a
     * file system without entry types): where a file system numbers entries
     * apart from stat (overlayfs), those from entries are stat'ed too before
     * ids are compared. */
    bool some_stat_ids;
    /* Year * 12 + month - 1 of the last month whose folders are opened
     * (kj_archive_collect_until); INT_MAX: every month. */
    int until_month;
    size_t n_later; /* folders of later months not opened */
} walk_state;

static char *dup_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = kj_xmalloc(n);
    memcpy(p, s, n);
    return p;
}

static bool is_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

kj_date kj_archive_path_date(const char *path)
{
    int y, m, d = 1;
    char dd[3] = "";
    if (sscanf(path, "%4d/%2d/%2[0-9X]_", &y, &m, dd) != 3)
        return KJ_DATE_NONE;
    if (strcmp(dd, "XX") != 0)
        d = atoi(dd);
    kj_date date = {(int16_t)y, (int8_t)m, (int8_t)d};
    return kj_date_is_valid(date) ? date : KJ_DATE_NONE;
}

bool kj_archive_path_tail(const char *path, size_t *tail)
{
    /* ... YYYY / MM / DD_name.md, with DD two digits or XX */
    size_t n = strlen(path);
    if (n < 3 || strcmp(path + n - 3, ".md") != 0)
        return false;
    const char *name = strrchr(path, '/');
    if (!name)
        return false;
    size_t name_off = (size_t)(name - path) + 1;
    const char *f = path + name_off;
    bool day_ok = (is_digits(f, 2) || (f[0] == 'X' && f[1] == 'X')) && f[2] == '_' && f[3] != '\0';
    if (!day_ok || strlen(f) <= 6)
        return false;
    /* the two folders before it */
    if (name_off < 8)
        return false;
    const char *mm = path + name_off - 3;
    const char *yyyy = path + name_off - 8;
    if (mm[-1] != '/' || !is_digits(mm, 2) || !is_digits(yyyy, 4))
        return false;
    if (name_off > 8 && yyyy[-1] != '/')
        return false;
    int month = (mm[0] - '0') * 10 + (mm[1] - '0');
    if (month < 1 || month > 12)
        return false;
    if (tail)
        *tail = (size_t)(yyyy - path);
    return true;
}

static void skip(walk_state *st, const char *file, const char *reason, bool warning)
{
    if (st->on_skip)
        st->on_skip(st->ctx, file, reason, warning);
}

/* Passes over something that may have held releases. */
static void lose(walk_state *st, const char *file, const char *reason)
{
    st->n_unreadable++;
    skip(st, file, reason, true);
}

/* Open-addressing hash set of (dev, ino): archives reach 100,000s of files. */
static size_t id_hash(dev_t dev, ino_t ino)
{
    uint64_t h = (uint64_t)ino * UINT64_C(0x9E3779B97F4A7C15) ^ (uint64_t)dev;
    return (size_t)(h ^ (h >> 29));
}

static bool already_seen(walk_state *st, const struct stat *sb)
{
    if (st->n_seen * 2 >= st->cap_seen) {
        size_t cap = st->cap_seen ? st->cap_seen * 2 : 1024;
        file_id *table = kj_xcalloc(cap, sizeof *table);
        for (size_t i = 0; i < st->cap_seen; i++) {
            if (st->seen[i].ino == 0)
                continue;
            size_t h = id_hash(st->seen[i].dev, st->seen[i].ino) & (cap - 1);
            while (table[h].ino != 0)
                h = (h + 1) & (cap - 1);
            table[h] = st->seen[i];
        }
        free(st->seen);
        st->seen = table;
        st->cap_seen = cap;
    }
    /* inode 0 marks an empty slot; no real file has it */
    size_t h = id_hash(sb->st_dev, sb->st_ino) & (st->cap_seen - 1);
    while (st->seen[h].ino != 0) {
        if (st->seen[h].dev == sb->st_dev && st->seen[h].ino == sb->st_ino)
            return true;
        h = (h + 1) & (st->cap_seen - 1);
    }
    st->seen[h] = (file_id){sb->st_dev, sb->st_ino};
    st->n_seen++;
    return false;
}

/* `is_link`: -1 when not known (then lstat says), else whether `file` is a
 * symbolic link; `from_entry`: `sb` holds only the identity its folder
 * entry gave, not a stat's. */
static void add_file(walk_state *st, const char *file, const struct stat *sb, int is_link,
                     bool from_entry)
{
    if (st->n_found == st->cap_found) {
        st->cap_found = st->cap_found ? st->cap_found * 2 : 256;
        found_file *grown = kj_xrealloc(st->found, st->cap_found * sizeof *grown);
        st->found = grown;
    }
    size_t tail;
    if (!kj_archive_path_tail(file, &tail)) {
        const char *slash = strrchr(file, '/');
        tail = slash ? (size_t)(slash + 1 - file) : 0;
    }
    struct stat lsb;
    found_file *f = &st->found[st->n_found++];
    f->file = dup_string(file);
    f->path = f->file + tail; /* one allocation per file: see kj_archive_file */
    f->id = (file_id){sb->st_dev, sb->st_ino};
    f->is_link = is_link >= 0 ? is_link : lstat(file, &lsb) == 0 && S_ISLNK(lsb.st_mode);
    f->from_entry = from_entry;
    st->some_stat_ids |= !from_entry;
}

/* A folder entry, read before any is looked at. */
typedef struct entry {
    size_t name_at; /* offset of its name in the folder's names */
    int is_link;    /* a symbolic link, as the entry says; -1: it does not say */
    ino_t regular;  /* a regular file's inode from its entry, else 0 */
} entry;

/*
 * True when folder `dir` (found inside an input, never an input itself) is
 * a year folder `YYYY` or a month folder `YYYY/MM` that holds only months
 * after the bound: its releases would have paths of those months, and no
 * one asked for them.
 */
static bool folder_after_bound(const walk_state *st, const char *dir)
{
    if (st->until_month == INT_MAX)
        return false;
    const char *slash = strrchr(dir, '/');
    const char *name = slash ? slash + 1 : dir;
    size_t len = strlen(name);
    if (len == 4 && is_digits(name, 4))
        return atoi(name) * 12 > st->until_month;
    if (len != 2 || !is_digits(name, 2) || name - dir < 5 || !is_digits(name - 5, 4) ||
        (name - dir > 5 && name[-6] != '/'))
        return false;
    int month = atoi(name);
    return month >= 1 && month <= 12 && atoi(name - 5) * 12 + month - 1 > st->until_month;
}

static void walk_dir(walk_state *st, const char *dir, const struct stat *dir_sb)
{
    for (int i = 0; i < st->depth; i++) {
        if (st->stack[i].dev == dir_sb->st_dev && st->stack[i].ino == dir_sb->st_ino) {
            skip(st, dir, "symbolic link loop: folder already being walked", true);
            return;
        }
    }
    if (st->depth == MAX_DEPTH) {
        lose(st, dir, "folders nested too deeply");
        return;
    }
    DIR *d = opendir(dir);
    if (!d) {
        char reason[256];
        snprintf(reason, sizeof reason, "cannot open folder: %s", strerror(errno));
        lose(st, dir, reason);
        return;
    }
    st->stack[st->depth++] = (file_id){dir_sb->st_dev, dir_sb->st_ino};

    /* Read all names first, then look at each relative to the open folder
     * (fstatat: the path is not resolved again from the start for every
     * file); the folder stays open while its subfolders are walked, at
     * most MAX_DEPTH of them.  The entry's type, where the file system
     * gives it, says whether it is a symbolic link: no lstat per file. */
    entry *entries = NULL;
    size_t n = 0, cap = 0;
    char *names = NULL; /* every name, NUL-terminated, one after another */
    size_t names_len = 0, names_cap = 0, longest = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue; /* ., .., and hidden files such as .git */
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            entries = kj_xrealloc(entries, cap * sizeof *entries);
        }
        size_t len = strlen(e->d_name);
        if (names_len + len + 1 > names_cap) {
            names_cap = (names_len + len + 1) * 2;
            names = kj_xrealloc(names, names_cap);
        }
        memcpy(names + names_len, e->d_name, len + 1);
        entries[n++] = (entry){.name_at = names_len,
                               .is_link = e->d_type == DT_UNKNOWN ? -1 : e->d_type == DT_LNK,
                               .regular = e->d_type == DT_REG ? e->d_ino : 0};
        names_len += len + 1;
        if (len > longest)
            longest = len;
    }

    /* every child's path is written into one buffer: `dir/` then its name */
    size_t dir_len = strlen(dir);
    bool slash = dir_len > 0 && dir[dir_len - 1] == '/';
    char *child = kj_xmalloc(dir_len + 1 + longest + 1);
    memcpy(child, dir, dir_len);
    if (!slash)
        child[dir_len++] = '/';
    for (size_t i = 0; i < n; i++) {
        const char *name = names + entries[i].name_at;
        memcpy(child + dir_len, name, strlen(name) + 1);
        struct stat sb;
        bool release_name = kj_archive_path_tail(child, NULL);
        if (release_name && entries[i].regular) {
            /* A regular file named like a release, as its folder entry says:
             * its identity (the folder's device, the entry's inode) is all
             * we need, without a stat for each of a large archive's files. */
            sb = (struct stat){
                .st_dev = dir_sb->st_dev, .st_ino = entries[i].regular, .st_mode = S_IFREG};
            add_file(st, child, &sb, 0, true);
        } else if (fstatat(dirfd(d), name, &sb, 0) != 0) {
            char reason[256];
            snprintf(reason, sizeof reason, "cannot read: %s", strerror(errno));
            if (release_name)
                lose(st, child, reason);
            else
                skip(st, child, reason, true);
        } else if (S_ISDIR(sb.st_mode)) {
            if (folder_after_bound(st, child))
                st->n_later++;
            else
                walk_dir(st, child, &sb);
        } else if (!S_ISREG(sb.st_mode)) {
            /* a FIFO or device named like a release: never opened */
            if (release_name)
                lose(st, child, "not a regular file");
            else
                skip(st, child, "not a regular file", false);
        } else if (release_name) {
            add_file(st, child, &sb, entries[i].is_link, false);
        } else {
            skip(st, child, "not an archive release (YYYY/MM/DD_name.md)", false);
        }
    }
    free(child);
    free(names);
    free(entries);
    closedir(d);
    st->depth--;
}

static int compare_found(const void *a, const void *b)
{
    const found_file *fa = a, *fb = b;
    int c = strcmp(fa->path, fb->path);
    return c ? c : strcmp(fa->file, fb->file);
}

static bool seen_id(walk_state *st, file_id id)
{
    struct stat sb = {.st_dev = id.dev, .st_ino = id.ino};
    return already_seen(st, &sb);
}

/*
 * Moves the found files into `list` in path order, each file once: where one
 * file is reached by several names (a symlink, or named twice on the command
 * line) its real name wins over links, and the first in path order over
 * later ones.
 */
static void take_unique(walk_state *st, kj_file_list *list)
{
    /* ids of two kinds: make them all a stat's (a file that vanished
     * meanwhile keeps its entry's id) */
    for (size_t i = 0; st->some_stat_ids && i < st->n_found; i++) {
        struct stat sb;
        if (st->found[i].from_entry && stat(st->found[i].file, &sb) == 0)
            st->found[i].id = (file_id){sb.st_dev, sb.st_ino};
    }
    if (st->n_found > 1) /* qsort(NULL, 0, ...) is undefined: no input found nothing */
        qsort(st->found, st->n_found, sizeof *st->found, compare_found);
    bool *keep = kj_xcalloc(st->n_found ? st->n_found : 1, sizeof *keep);
    for (int pass = 0; pass < 2; pass++) /* real names first, then links */
        for (size_t i = 0; i < st->n_found; i++)
            if (st->found[i].is_link == (pass == 1))
                keep[i] = !seen_id(st, st->found[i].id);
    for (size_t i = 0; i < st->n_found; i++) {
        found_file *f = &st->found[i];
        if (!keep[i]) {
            free(f->file);
            continue;
        }
        if (list->n_files == list->cap) {
            list->cap = list->cap ? list->cap * 2 : 256;
            kj_archive_file *grown = kj_xrealloc(list->files, list->cap * sizeof *grown);
            list->files = grown;
        }
        list->files[list->n_files].file = f->file;
        list->files[list->n_files].path = f->path;
        list->n_files++;
    }
    free(keep);
    free(st->found);
    st->found = NULL;
    st->n_found = st->cap_found = 0;
}

kj_status kj_archive_collect(const char *const *inputs, size_t n_inputs, kj_file_list *list,
                             kj_skip_fn on_skip, void *ctx, kj_error *err)
{
    return kj_archive_collect_until(inputs, n_inputs, KJ_DATE_NONE, list, on_skip, ctx, err);
}

kj_status kj_archive_collect_until(const char *const *inputs, size_t n_inputs, kj_date until,
                                   kj_file_list *list, kj_skip_fn on_skip, void *ctx, kj_error *err)
{
    walk_state st = {.on_skip = on_skip, .ctx = ctx, .until_month = INT_MAX};
    if (kj_date_is_set(until))
        st.until_month = until.year * 12 + until.month - 1;
    kj_status status = KJ_OK;
    for (size_t i = 0; i < n_inputs; i++) {
        struct stat sb;
        if (stat(inputs[i], &sb) != 0) {
            status = kj_error_set(err, KJ_ERR_NOINPUT, "%s: %s", inputs[i], strerror(errno));
            break;
        }
        if (S_ISDIR(sb.st_mode))
            walk_dir(&st, inputs[i], &sb);
        else
            add_file(&st, inputs[i], &sb, -1, false); /* named directly: always taken */
    }
    take_unique(&st, list);
    list->n_unreadable += st.n_unreadable;
    list->n_later += st.n_later;
    free(st.seen);
    return status;
}

void kj_file_list_free(kj_file_list *list)
{
    for (size_t i = 0; i < list->n_files; i++)
        free(list->files[i].file); /* `path` lies inside it */
    free(list->files);
    list->files = NULL;
    list->n_files = list->cap = list->n_unreadable = list->n_later = 0;
}
