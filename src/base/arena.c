/*
 * arena.c — bump allocator in chained blocks.
 *
 * Blocks start at 16 KiB and double up to 1 MiB so that a one-paragraph
 * release costs little and a 20 MB release does not make thousands of
 * blocks.  Requests larger than half a block get a block of their own.
 */
#include "kaiji/arena.h"
#include "kaiji/alloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_ALIGN 16
#define ARENA_FIRST_BLOCK (16u * 1024u)
#define ARENA_MAX_BLOCK (1024u * 1024u)

typedef struct arena_block {
    struct arena_block *prev;
    size_t size; /* usable bytes in data[] */
    size_t used;
    _Alignas(ARENA_ALIGN) unsigned char data[];
} arena_block;

struct kj_arena {
    arena_block *head;
    size_t next_size;
    size_t total_used;
    void *last; /* most recent allocation, for in-place growth */
    size_t last_size;
};

static size_t align_up(size_t n)
{
    return (n + (ARENA_ALIGN - 1)) & ~(size_t)(ARENA_ALIGN - 1);
}

kj_arena *kj_arena_new(void)
{
    kj_arena *arena = kj_xcalloc(1, sizeof *arena);
    arena->next_size = ARENA_FIRST_BLOCK;
    return arena;
}

kj_arena *kj_arena_new_sized(size_t first_block)
{
    kj_arena *arena = kj_xcalloc(1, sizeof *arena);
    arena->next_size = align_up(first_block < 64 ? 64 : first_block);
    return arena;
}

void kj_arena_free(kj_arena *arena)
{
    if (!arena)
        return;
    arena_block *b = arena->head;
    while (b) {
        arena_block *prev = b->prev;
        free(b);
        b = prev;
    }
    free(arena);
}

static arena_block *new_block(kj_arena *arena, size_t min_size)
{
    size_t size = arena->next_size;
    if (size < min_size)
        size = align_up(min_size);
    if (size > SIZE_MAX - sizeof(arena_block))
        kj_out_of_memory(size);
    arena_block *b = malloc(sizeof(arena_block) + size);
    if (!b)
        kj_out_of_memory(size);
    b->size = size;
    b->used = 0;
    if (arena->next_size < ARENA_MAX_BLOCK)
        arena->next_size *= 2;
    return b;
}

void *kj_arena_alloc(kj_arena *arena, size_t size)
{
    size_t need = align_up(size ? size : 1);
    arena_block *b = arena->head;
    if (!b || b->size - b->used < need) {
        arena_block *fresh = new_block(arena, need);
        if (b && need > arena->next_size / 2) {
            /* A big one-off: slot it behind the current block so the
             * current block's free space stays usable. */
            fresh->prev = b->prev;
            b->prev = fresh;
            fresh->used = need;
            arena->total_used += need;
            arena->last = NULL;
            memset(fresh->data, 0, need);
            return fresh->data;
        }
        fresh->prev = b;
        arena->head = b = fresh;
    }
    void *p = b->data + b->used;
    b->used += need;
    arena->total_used += need;
    memset(p, 0, need);
    arena->last = p;
    arena->last_size = need;
    return p;
}

void *kj_arena_grow(kj_arena *arena, void *old, size_t old_size, size_t new_size)
{
    if (!old)
        return kj_arena_alloc(arena, new_size);
    if (new_size <= old_size)
        return old;
    arena_block *b = arena->head;
    if (old == arena->last && b) {
        size_t need = align_up(new_size);
        size_t start = (size_t)((unsigned char *)old - b->data);
        if (start + need <= b->size) {
            memset(b->data + start + arena->last_size, 0, need - arena->last_size);
            arena->total_used += need - arena->last_size;
            b->used = start + need;
            arena->last_size = need;
            return old;
        }
    }
    void *fresh = kj_arena_alloc(arena, new_size);
    memcpy(fresh, old, old_size);
    return fresh;
}

void *kj_arena_grow_array(kj_arena *arena, void *items, size_t n, size_t size)
{
    if (n == 0)
        return kj_arena_alloc(arena, 4 * size);
    if (n < 4 || (n & (n - 1)) != 0)
        return items; /* room left: n is not a power of two, or below 4 */
    if (n > SIZE_MAX / 2 / size)
        kj_out_of_memory(SIZE_MAX);
    return kj_arena_grow(arena, items, n * size, 2 * n * size);
}

char *kj_arena_strndup(kj_arena *arena, const char *s, size_t len)
{
    char *p = kj_arena_alloc(arena, len + 1);
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *kj_arena_strdup(kj_arena *arena, const char *s)
{
    return s ? kj_arena_strndup(arena, s, strlen(s)) : NULL;
}

char *kj_arena_vprintf(kj_arena *arena, const char *fmt, va_list ap)
{
    char small[256];
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(small, sizeof small, fmt, copy);
    va_end(copy);
    if (n < 0)
        return kj_arena_strdup(arena, "");
    if ((size_t)n < sizeof small)
        return kj_arena_strndup(arena, small, (size_t)n);
    char *p = kj_arena_alloc(arena, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *kj_arena_printf(kj_arena *arena, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = kj_arena_vprintf(arena, fmt, ap);
    va_end(ap);
    return p;
}

size_t kj_arena_used(const kj_arena *arena)
{
    return arena ? arena->total_used : 0;
}
