/*
 * replay.c — runs a harness over files instead of fuzzing.
 *
 * `replay_NAME FILE|FOLDER...` feeds every file (folders walked
 * recursively, hidden names skipped) to LLVMFuzzerTestOneInput() once.  It
 * is how the seeds and every input a fuzzer ever found (tests/fuzz/regress/)
 * stay tests in builds without libFuzzer, valgrind runs included.
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static size_t n_inputs;

static int run_file(const char *file)
{
    FILE *f = fopen(file, "rb");
    if (!f) {
        perror(file);
        return -1;
    }
    size_t cap = 4096, len = 0;
    uint8_t *data = malloc(cap);
    size_t got;
    while (data && (got = fread(data + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap) {
            uint8_t *grown = realloc(data, cap * 2);
            if (!grown) {
                free(data);
                data = NULL;
                break;
            }
            data = grown;
            cap *= 2;
        }
    }
    int failed = !data || ferror(f);
    fclose(f);
    if (failed) {
        fprintf(stderr, "%s: cannot read\n", file);
        free(data);
        return -1;
    }
    /* An exact-size copy, so that reading past the input is caught. */
    uint8_t *exact = malloc(len ? len : 1);
    if (!exact) {
        free(data);
        return -1;
    }
    memcpy(exact, data, len);
    free(data);
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
    n_inputs++;
    return 0;
}

static int visit(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
    const char *base = path + ftw->base;
    if (ftw->level > 0 && base[0] == '.')
        return 0;
    if (type == FTW_F && S_ISREG(sb->st_mode))
        return run_file(path);
    if (type == FTW_NS || type == FTW_DNR) {
        fprintf(stderr, "%s: cannot read\n", path);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE|FOLDER...\n", argv[0]);
        return 64;
    }
    for (int i = 1; i < argc; i++) {
        struct stat sb;
        if (stat(argv[i], &sb) != 0) {
            perror(argv[i]);
            return 66;
        }
        if (nftw(argv[i], visit, 16, FTW_PHYS) != 0)
            return 1;
    }
    printf("%zu inputs replayed\n", n_inputs);
    return 0;
}
