/*
 * fuzz_jsonpos.c — kj_json_position() on any valid JSON and any path.
 *
 * Configuration and layout errors are located with it, on text the user
 * wrote.  The input is `PATH\nJSON`: for JSON that parses, every lookup
 * ends, and a position found lies within the text.
 */
#include <string.h>

#include <jansson.h>

#include "fuzz.h"
#include "kaiji/jsonpos.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *nl = memchr(data, '\n', size);
    if (!nl)
        return 0;
    size_t path_len = (size_t)(nl - (const char *)data);
    char *path = strndup((const char *)data, path_len);
    FUZZ_CHECK(path != NULL);
    const char *text = nl + 1;
    size_t len = size - path_len - 1;
    json_error_t jerr;
    json_t *root = json_loadb(text, len, JSON_DECODE_ANY, &jerr);
    if (root) {
        int line = 0, column = 0;
        size_t lines = 1;
        for (size_t i = 0; i < len; i++)
            lines += text[i] == '\n';
        bool found = kj_json_position(text, len, path, &line, &column);
        FUZZ_CHECK(line >= 1 && column >= 1 && (size_t)line <= lines);
        FUZZ_CHECK(found || (line == 1 && column == 1));
        FUZZ_CHECK(kj_json_position(text, len, "", &line, &column));
        json_decref(root);
    }
    free(path);
    return 0;
}
