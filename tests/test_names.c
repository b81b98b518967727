/* Unit tests of core/names: COMPANY arguments resolved and "did you mean"
 * lists built in core, over a fake company directory behind the read-model port. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "core/mem.h"
#include "core/names.h"

/* The directory: id, display name, ticker. Every company goes by all three. */
static const char *const dir[][3] = {
    {"AAPL", "Apple", "AAPL"},  {"BABA", "Alibaba", "BABA"},      {"BIDU", "Baidu", "BIDU"},
    {"openai", "OpenAI", NULL}, {"ai21-labs", "AI21 Labs", NULL}, {"apollo", "Apple", NULL},
};
#define NDIR (sizeof dir / sizeof dir[0])

static int fake_company_get(void *impl, const char *id, readmodel_company_fn each, void *arg,
                            err_t *e)
{
    (void)impl;
    (void)e;
    for (size_t i = 0; i < NDIR; i++) {
        if (strcasecmp(dir[i][0], id) == 0) {
            readmodel_company_t c = {dir[i][0], dir[i][1], dir[i][2]};
            return each(arg, &c);
        }
    }
    return 0;
}

static int fake_names_find(void *impl, const char *name, readmodel_company_fn each, void *arg,
                           err_t *e)
{
    int rc;
    (void)impl;
    (void)e;
    for (size_t i = 0; i < NDIR; i++) {
        int hit = 0;
        for (int k = 0; k < 3; k++)
            if (dir[i][k] && strcasecmp(dir[i][k], name) == 0) hit = 1;
        if (hit) {
            readmodel_company_t c = {dir[i][0], dir[i][1], dir[i][2]};
            if ((rc = each(arg, &c))) return rc;
        }
    }
    return 0;
}

static int fake_names_scan(void *impl, readmodel_name_fn each, void *arg, err_t *e)
{
    int rc;
    (void)impl;
    (void)e;
    for (size_t i = 0; i < NDIR; i++) {
        for (int k = 0; k < 3; k++) {
            readmodel_name_t n = {dir[i][k], dir[i][0], dir[i][1]};
            if (!dir[i][k]) continue;
            if ((rc = each(arg, &n))) return rc;
        }
    }
    return 0;
}

static int fake_unavailable(void *impl, readmodel_name_fn each, void *arg, err_t *e)
{
    (void)impl;
    (void)each;
    (void)arg;
    return err_set(e, ERR_UNAVAILABLE, "server gone");
}

static readmodel_ops_t ops = {
    .version = READMODEL_OPS_VERSION,
    .company_get = fake_company_get,
    .names_find = fake_names_find,
    .names_scan = fake_names_scan,
};

static const readmodel_t rm = {&ops, NULL};

static void resolves(const char *name, const char *want)
{
    char *id = NULL;
    err_t e = {0};

    if (names_resolve(&rm, name, &id, &e)) fail_msg("%s: %s", name, e.msg);
    assert_string_equal(id, want);
    mem_free(id);
}

static void test_exact_names(void **state)
{
    (void)state;
    resolves("aapl", "AAPL"); /* an id, case-insensitively */
    resolves("Alibaba", "BABA");
    resolves("OPENAI", "openai");
    resolves("ai21 labs", "ai21-labs");
}

static void test_ambiguous(void **state)
{
    char *id = NULL;
    err_t e = {0};
    (void)state;

    /* AAPL and apollo both go by "Apple" (the id AAPL is no name match here) */
    assert_int_equal(names_resolve(&rm, "apple", &id, &e), ERR_NOTFOUND);
    assert_null(id);
    assert_non_null(strstr(e.msg, "ambiguous"));
    assert_non_null(strstr(e.msg, "AAPL, apollo"));
}

static void test_did_you_mean(void **state)
{
    char *id = NULL;
    err_t e = {0};
    (void)state;

    assert_int_equal(names_resolve(&rm, "alibba", &id, &e), ERR_NOTFOUND);
    assert_null(id);
    assert_non_null(strstr(e.msg, "unknown company 'alibba'; close matches: BABA (Alibaba)"));
    assert_int_equal(names_resolve(&rm, "zzzzzzzz", &id, &e), ERR_NOTFOUND);
    assert_non_null(strstr(e.msg, "no company with a close name"));
    /* an engine error is passed on, not turned into "unknown" */
    ops.names_scan = fake_unavailable;
    assert_int_equal(names_resolve(&rm, "alibba", &id, &e), ERR_UNAVAILABLE);
    ops.names_scan = fake_names_scan;
}

static void test_distance(void **state)
{
    (void)state;
    assert_int_equal(names_distance("apple", "apple"), 0);
    assert_int_equal(names_distance("apple", "APPLE"), 0);
    assert_int_equal(names_distance("aplpe", "apple"), 1); /* a swap */
    assert_int_equal(names_distance("appl", "apple"), 1);
    assert_int_equal(names_distance("", "abc"), 3);
    assert_int_equal(names_closeness("ali", "Alibaba"), 0); /* contained */
    assert_int_equal(names_closeness("nvidai", "nvidia"), 1);
    assert_int_equal(names_closeness("xyz", "nvidia"), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exact_names),
        cmocka_unit_test(test_ambiguous),
        cmocka_unit_test(test_did_you_mean),
        cmocka_unit_test(test_distance),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
