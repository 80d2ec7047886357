/*
 * fuzz.h — what the libFuzzer harnesses of tests/fuzz/ share.
 *
 * Each harness is one file defining LLVMFuzzerTestOneInput().  Linked with
 * -fsanitize=fuzzer it is a fuzzer (meson -Dfuzz=true, clang); linked with
 * replay.c it is a plain program that runs the seeds and the regression
 * inputs, so every build (gcc included) checks the inputs fuzzing found.
 *
 * A harness does more than call the code: it checks what must hold for any
 * input (valid UTF-8 out, every schema key present, only web URLs kept ...)
 * and aborts when it does not, so the fuzzer finds wrong answers as well as
 * crashes.
 */
#ifndef KAIJI_FUZZ_H
#define KAIJI_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static inline void fuzz_fail(const char *what, const char *file, int line)
{
    fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
    abort();
}

/* Aborts, naming the condition, when `cond` is false. */
#define FUZZ_CHECK(cond) ((cond) ? (void)0 : fuzz_fail(#cond, __FILE__, __LINE__))

/*
 * For loaders that take a path (configuration, layouts): writes the input
 * to NAME in a private folder made on first use and removed at exit, and
 * returns the file's path (static storage).
 */
const char *fuzz_write_file(const uint8_t *data, size_t size, const char *name);

#endif
