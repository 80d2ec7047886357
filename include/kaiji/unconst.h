/*
 * unconst.h — the one way kaiji drops a const qualifier.
 *
 * kaiji builds clean under -Wcast-qual: data that is not written through a
 * pointer is declared const all the way.  A few library interfaces take a
 * plain pointer to data they only read — iconv()'s input, posix_spawn()'s
 * argv, GLib's hash table keys — and there the qualifier has to go.  Such
 * a place calls kj_unconst() and says in a comment why the callee does not
 * write, so that every dropped const can be found by name.
 */
#ifndef KAIJI_UNCONST_H
#define KAIJI_UNCONST_H

#include <stdint.h>

/** `p` as a plain pointer, for an interface that takes one but does not
 *  write through it.  Writing through the result to const data is still
 *  undefined behaviour. */
static inline void *kj_unconst(const void *p)
{
    return (void *)(uintptr_t)p;
}

#endif
