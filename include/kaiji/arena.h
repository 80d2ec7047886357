/*
 * arena.h — region memory for everything a release owns.
 *
 * A release's strings, blocks, evidence and events all live in one arena and
 * die together when the release is freed.  That keeps ownership simple (one
 * free per release instead of thousands) and keeps the parse loop free of
 * per-line malloc/free pairs.
 */
#ifndef KAIJI_ARENA_H
#define KAIJI_ARENA_H

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kj_arena kj_arena;

/** Creates an empty arena.  Never NULL: out of memory aborts (alloc.h). */
kj_arena *kj_arena_new(void);

/**
 * Creates an empty arena whose first block holds `first_block` bytes (later
 * blocks grow from there), for a copy whose size is known up front: a
 * facts-only release then costs what it holds, not a 16 KiB block.
 * Never NULL: out of memory aborts (alloc.h).
 */
kj_arena *kj_arena_new_sized(size_t first_block);

/** Frees the arena and every allocation made from it.  NULL is a no-op. */
void kj_arena_free(kj_arena *arena);

/**
 * Returns `size` bytes aligned for any type, zero-filled.  Aborts when the
 * system is out of memory: a half-built release is of no use to anyone.
 */
void *kj_arena_alloc(kj_arena *arena, size_t size);

/**
 * Grows an allocation made by kj_arena_alloc/kj_arena_grow from `old_size` to
 * `new_size` bytes, copying the old contents.  The tail is zero-filled.  When
 * `old` is the arena's most recent allocation it is extended in place.
 */
void *kj_arena_grow(kj_arena *arena, void *old, size_t old_size, size_t new_size);

/**
 * Makes room for one more element in `items`, an array of `n` elements of
 * `size` bytes, and returns the array (moved or not).  The capacity is
 * implied by `n` (the next power of two, at least 4), so the array must be
 * grown only by this function from NULL and `n == 0`.  Growth by doubling
 * keeps appending linear however many elements a hostile file asks for.
 */
void *kj_arena_grow_array(kj_arena *arena, void *items, size_t n, size_t size);

/** Copies `len` bytes of `s` and adds a terminating NUL. */
char *kj_arena_strndup(kj_arena *arena, const char *s, size_t len);

/** Copies the NUL-terminated string `s`; NULL stays NULL. */
char *kj_arena_strdup(kj_arena *arena, const char *s);

/** printf into the arena. */
char *kj_arena_printf(kj_arena *arena, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/** vprintf into the arena. */
char *kj_arena_vprintf(kj_arena *arena, const char *fmt, va_list ap);

/** Bytes handed out so far (for memory accounting in benchmarks). */
size_t kj_arena_used(const kj_arena *arena);

#ifdef __cplusplus
}
#endif

#endif
