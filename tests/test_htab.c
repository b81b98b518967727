/* Unit tests for core/htab: every key finds exactly the items added under it, newest first,
 * through growth, and a key never added finds nothing (the miss filter never hides an item). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "../core/htab.h"

static uint64_t key_of(size_t item)
{
    /* a few keys shared by several items; spread like token hashes */
    uint64_t k = (uint64_t)(item % 700) * 0x9E3779B97F4A7C15ULL;
    return k ^ (k >> 29);
}

static void test_items_and_misses(void **state)
{
    (void)state;
    htab_t t;
    htab_init(&t);
    assert_int_equal(htab_first(&t, 42), -1); /* empty */
    const size_t n = 5000;
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(htab_add(&t, key_of(i)), 0);
        /* the newest item under its key comes first, at every size */
        assert_int_equal(htab_first(&t, key_of(i)), (long)i);
    }
    for (size_t k = 0; k < 700; k++) {
        long want = (long)(k + ((n - 1 - k) / 700) * 700);
        size_t seen = 0;
        for (long p = htab_first(&t, key_of(k)); p >= 0; p = htab_next(&t, p), seen++) {
            assert_int_equal(p, want);
            want -= 700;
        }
        assert_int_equal(seen, (n - k + 699) / 700);
    }
    /* keys never added */
    size_t misses = 0;
    for (uint64_t k = 1; k < 100000; k += 7) {
        int added = 0;
        for (size_t i = 0; i < 700 && !added; i++) added = key_of(i) == k;
        if (!added) {
            assert_int_equal(htab_first(&t, k), -1);
            misses++;
        }
    }
    assert_true(misses > 10000);
    htab_release(&t);
    assert_int_equal(htab_first(&t, key_of(1)), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_items_and_misses),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
