/* Tests of the arena allocator. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "kaiji/arena.h"

static void allocations_are_aligned_and_zeroed(void **state)
{
    (void)state;
    kj_arena *a = kj_arena_new();
    for (int i = 1; i < 200; i++) {
        unsigned char *p = kj_arena_alloc(a, (size_t)i);
        assert_int_equal((uintptr_t)p % 16, 0);
        for (int k = 0; k < i; k++)
            assert_int_equal(p[k], 0);
        memset(p, 0xAB, (size_t)i);
    }
    kj_arena_free(a);
}

static void big_allocations_survive_small_ones(void **state)
{
    (void)state;
    kj_arena *a = kj_arena_new();
    char *small = kj_arena_strdup(a, "before");
    char *big = kj_arena_alloc(a, 5u * 1024u * 1024u);
    memset(big, 'x', 5u * 1024u * 1024u);
    char *after = kj_arena_strdup(a, "after");
    assert_string_equal(small, "before");
    assert_string_equal(after, "after");
    assert_int_equal(big[5u * 1024u * 1024u - 1], 'x');
    kj_arena_free(a);
}

static void grow_keeps_contents(void **state)
{
    (void)state;
    kj_arena *a = kj_arena_new();
    int *v = NULL;
    size_t cap = 0;
    for (int i = 0; i < 100000; i++) {
        if ((size_t)i == cap) {
            size_t ncap = cap ? cap * 2 : 4;
            v = kj_arena_grow(a, v, cap * sizeof *v, ncap * sizeof *v);
            cap = ncap;
        }
        v[i] = i;
    }
    for (int i = 0; i < 100000; i++)
        assert_int_equal(v[i], i);
    kj_arena_free(a);
}

static void arrays_grow_by_doubling(void **state)
{
    (void)state;
    kj_arena *a = kj_arena_new();
    /* Other allocations between appends force a move each time the array
     * grows; by doubling, 100,000 appends move it only 15 times. */
    size_t *items = NULL, moves = 0;
    for (size_t i = 0; i < 100000; i++) {
        size_t *grown = kj_arena_grow_array(a, items, i, sizeof *items);
        moves += grown != items;
        items = grown;
        items[i] = i;
        kj_arena_strdup(a, "something in between");
    }
    for (size_t i = 0; i < 100000; i++)
        assert_int_equal(items[i], i);
    assert_true(moves <= 16);
    assert_true(kj_arena_used(a) < 8 * 1024 * 1024);
    kj_arena_free(a);
}

static void printf_and_strndup(void **state)
{
    (void)state;
    kj_arena *a = kj_arena_new();
    assert_string_equal(kj_arena_printf(a, "%s=%d", "件数", 3800), "件数=3800");
    assert_string_equal(kj_arena_strndup(a, "abcdef", 3), "abc");
    assert_null(kj_arena_strdup(a, NULL));
    assert_true(kj_arena_used(a) > 0);
    kj_arena_free(a);
    kj_arena_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(allocations_are_aligned_and_zeroed),
        cmocka_unit_test(big_allocations_survive_small_ones),
        cmocka_unit_test(grow_keeps_contents),
        cmocka_unit_test(arrays_grow_by_doubling),
        cmocka_unit_test(printf_and_strndup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
