/*
 * jsonpos.c — finding a key path in JSON text (see jsonpos.h).
 *
 * A small scanner over text jansson already accepted: it skips values it
 * does not need by counting brackets outside strings, so it needs no
 * recursion and no allocation whatever the nesting.
 */
#include "kaiji/jsonpos.h"

#include <stdlib.h>
#include <string.h>

typedef struct scanner {
    const char *p;
    const char *end;
    int line;
    int column;
} scanner;

static void advance(scanner *s)
{
    if (*s->p == '\n') {
        s->line++;
        s->column = 1;
    } else if (((unsigned char)*s->p & 0xC0) != 0x80) {
        s->column++; /* count characters, not UTF-8 continuation bytes */
    }
    s->p++;
}

static void skip_space(scanner *s)
{
    while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
        advance(s);
}

/* At an opening quote: moves past the closing one. */
static void skip_string(scanner *s)
{
    advance(s);
    while (s->p < s->end && *s->p != '"') {
        if (*s->p == '\\' && s->p + 1 < s->end)
            advance(s);
        advance(s);
    }
    if (s->p < s->end)
        advance(s);
}

/* At the start of any value: moves past it. */
static void skip_value(scanner *s)
{
    int depth = 0;
    do {
        if (s->p >= s->end)
            return;
        char c = *s->p;
        if (c == '"') {
            skip_string(s);
            continue;
        }
        if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            depth--;
        } else if (depth == 0) {
            /* a number or literal: runs until a delimiter */
            while (s->p < s->end && !strchr(",]} \t\r\n", *s->p))
                advance(s);
            return;
        }
        advance(s);
    } while (depth > 0);
}

/* True when the string at s->p (an opening quote) spells key[0..key_len). */
static bool string_equals(const scanner *s, const char *key, size_t key_len)
{
    const char *q = s->p + 1;
    return (size_t)(s->end - q) > key_len && memcmp(q, key, key_len) == 0 && q[key_len] == '"';
}

/* Inside an object (just past `{`): finds member `key`; leaves s at the key. */
static bool find_member(scanner *s, const char *key, size_t key_len)
{
    bool found = false;
    scanner at = *s;
    for (;;) {
        skip_space(s);
        if (s->p >= s->end || *s->p != '"')
            return found ? (*s = at, true) : false;
        /* jansson keeps the last of duplicate keys, so the last one counts */
        scanner key_start = *s;
        bool match = string_equals(s, key, key_len);
        skip_string(s);
        skip_space(s);
        if (s->p < s->end && *s->p == ':')
            advance(s);
        skip_space(s);
        if (match) {
            found = true;
            at = key_start;
        }
        skip_value(s);
        skip_space(s);
        if (s->p < s->end && *s->p == ',')
            advance(s);
        else
            return found ? (*s = at, true) : false;
    }
}

/* Inside an array (just past `[`): moves to element `index`. */
static bool find_element(scanner *s, long index)
{
    for (long i = 0;; i++) {
        skip_space(s);
        if (s->p >= s->end || *s->p == ']')
            return false;
        if (i == index)
            return true;
        skip_value(s);
        skip_space(s);
        if (s->p < s->end && *s->p == ',')
            advance(s);
        else
            return false;
    }
}

bool kj_json_position(const char *text, size_t len, const char *path, int *line, int *column)
{
    scanner s = {text, text + len, 1, 1};
    *line = 1;
    *column = 1;
    skip_space(&s);
    const char *step = path;
    while (*step) {
        if (*step == '.')
            step++;
        if (*step == '[') {
            char *after;
            long index = strtol(step + 1, &after, 10);
            if (*after != ']' || s.p >= s.end || *s.p != '[')
                return false;
            advance(&s);
            if (!find_element(&s, index))
                return false;
            step = after + 1;
        } else {
            size_t key_len = strcspn(step, ".[");
            if (s.p >= s.end || *s.p != '{')
                return false;
            advance(&s);
            if (!find_member(&s, step, key_len))
                return false;
            step += key_len;
            if (*step) {
                /* descend into the member's value */
                skip_string(&s);
                skip_space(&s);
                if (s.p < s.end && *s.p == ':')
                    advance(&s);
                skip_space(&s);
            }
        }
    }
    *line = s.line;
    *column = s.column;
    return true;
}
