/*
 * alloc.h — heap memory with one out-of-memory path.
 *
 * kaiji does not try to go on without memory: a release half extracted or
 * a page half laid out is worse than no output, and every caller checking
 * every malloc hid real errors among hundreds of identical branches.  So
 * heap memory comes from these functions, which never return NULL: when
 * the system has none, kj_out_of_memory() names the size on stderr and
 * aborts.  Memory that lives as long as a release, an incident set or a
 * document comes from its arena (arena.h), which fails the same way.
 */
#ifndef KAIJI_ALLOC_H
#define KAIJI_ALLOC_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Prints `kaiji: out of memory allocating SIZE bytes` to stderr and
 *  aborts.  The one place kaiji gives up for want of memory. */
_Noreturn void kj_out_of_memory(size_t size);

/** malloc(size) (at least one byte), never NULL; free() the result. */
void *kj_xmalloc(size_t size);

/** calloc(n, size): zeroed, never NULL; aborts as well when n × size
 *  overflows.  free() the result. */
void *kj_xcalloc(size_t n, size_t size);

/** realloc(p, size) (at least one byte), never NULL; on success `p` is no
 *  longer valid. */
void *kj_xrealloc(void *p, size_t size);

/** A heap copy of the NUL-terminated `s` (NULL gives NULL); free() it. */
char *kj_xstrdup(const char *s);

/** A heap copy of at most `n` bytes of `s`, NUL-terminated; free() it. */
char *kj_xstrndup(const char *s, size_t n);

#ifdef __cplusplus
}
#endif

#endif
