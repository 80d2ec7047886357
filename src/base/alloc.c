/* alloc.c — heap memory that never comes back NULL (alloc.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaiji/alloc.h"

void kj_out_of_memory(size_t size)
{
    fprintf(stderr, "kaiji: out of memory allocating %zu bytes\n", size);
    abort();
}

void *kj_xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        kj_out_of_memory(size);
    return p;
}

void *kj_xcalloc(size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        kj_out_of_memory(SIZE_MAX);
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        kj_out_of_memory(n * size);
    return p;
}

void *kj_xrealloc(void *p, size_t size)
{
    void *q = realloc(p, size ? size : 1);
    if (!q)
        kj_out_of_memory(size);
    return q;
}

char *kj_xstrdup(const char *s)
{
    return s ? kj_xstrndup(s, strlen(s)) : NULL;
}

char *kj_xstrndup(const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    char *copy = kj_xmalloc(len + 1);
    memcpy(copy, s, len);
    copy[len] = '\0';
    return copy;
}
