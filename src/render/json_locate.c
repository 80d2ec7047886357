/*
 * json_locate.c — where a key path's value sits in a JSON text.
 *
 * jansson reports line and column for syntax errors only; once a document
 * has parsed, its values no longer know where they came from.  A layout
 * author who wrote `"size": "large"` deserves to be told the line, so this
 * walks the (already valid) text again along the key path and counts lines.
 * The scanner trusts the text to be valid JSON: jansson said so.
 */
#include "json_locate.h"

#include <string.h>

static const char *skip_ws(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    return p;
}

/* p at the opening quote; returns the position after the closing one. */
static const char *skip_string(const char *p)
{
    p++;
    while (*p && *p != '"') {
        if (*p == '\\' && p[1])
            p++;
        p++;
    }
    return *p ? p + 1 : p;
}

static const char *skip_value(const char *p)
{
    p = skip_ws(p);
    if (*p == '"')
        return skip_string(p);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (*p) {
            if (*p == '"') {
                p = skip_string(p);
                continue;
            }
            if (*p == '{' || *p == '[')
                depth++;
            else if (*p == '}' || *p == ']') {
                if (--depth == 0)
                    return p + 1;
            }
            p++;
        }
        return p;
    }
    while (*p && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' && *p != '\t' &&
           *p != '\r')
        p++;
    return p;
}

/* The value of member `key` in the object at p, or NULL. */
static const char *find_member(const char *p, const char *key)
{
    p = skip_ws(p);
    if (*p != '{')
        return NULL;
    p = skip_ws(p + 1);
    size_t key_len = strlen(key);
    while (*p == '"') {
        const char *name = p + 1;
        const char *end = skip_string(p);
        bool match = (size_t)(end - 1 - name) == key_len && memcmp(name, key, key_len) == 0;
        p = skip_ws(end);
        if (*p != ':')
            return NULL;
        p = skip_ws(p + 1);
        if (match)
            return p;
        p = skip_ws(skip_value(p));
        if (*p != ',')
            return NULL;
        p = skip_ws(p + 1);
    }
    return NULL;
}

/* Element `index` of the array at p, or NULL. */
static const char *find_element(const char *p, size_t index)
{
    p = skip_ws(p);
    if (*p != '[')
        return NULL;
    p = skip_ws(p + 1);
    for (size_t i = 0; *p && *p != ']'; i++) {
        if (i == index)
            return p;
        p = skip_ws(skip_value(p));
        if (*p != ',')
            return NULL;
        p = skip_ws(p + 1);
    }
    return NULL;
}

bool kj_json_locate(const char *text, const kj_json_seg *path, size_t depth, int *line, int *column)
{
    const char *p = skip_ws(text);
    for (size_t i = 0; i < depth && p; i++)
        p = path[i].key ? find_member(p, path[i].key) : find_element(p, path[i].index);
    if (!p)
        return false;
    /* Columns count characters, as jansson's do: skip UTF-8 continuation bytes. */
    int l = 1, c = 1;
    for (const char *q = text; q < p; q++) {
        if (*q == '\n') {
            l++;
            c = 1;
        } else if (((unsigned char)*q & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *column = c;
    return true;
}

void kj_json_path_format(const kj_json_seg *path, size_t depth, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < depth && n < size; i++) {
        int w;
        if (path[i].key)
            w = snprintf(buf + n, size - n, "%s%s", i ? "." : "", path[i].key);
        else
            w = snprintf(buf + n, size - n, "[%zu]", path[i].index);
        if (w < 0)
            break;
        n += (size_t)w;
    }
}
