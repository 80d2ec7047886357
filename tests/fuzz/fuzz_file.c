/* fuzz_file.c — fuzz_write_file() (see fuzz.h). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

static char folder[64];
static char file[128];

static void remove_folder(void)
{
    if (file[0])
        unlink(file);
    rmdir(folder);
}

const char *fuzz_write_file(const uint8_t *data, size_t size, const char *name)
{
    if (!folder[0]) {
        snprintf(folder, sizeof folder, "%s", "/tmp/kaiji-fuzz-XXXXXX");
        FUZZ_CHECK(mkdtemp(folder) != NULL);
        atexit(remove_folder);
    }
    snprintf(file, sizeof file, "%s/%s", folder, name);
    FILE *f = fopen(file, "wb");
    FUZZ_CHECK(f != NULL);
    FUZZ_CHECK(fwrite(data, 1, size, f) == size);
    FUZZ_CHECK(fclose(f) == 0);
    return file;
}
