/* Unit tests for core/registry: loading, lookup, case rules, slugs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "../core/mem.h"
#include "../core/registry.h"

static registry_t *builtin(void)
{
    registry_t *r = registry_new();
    err_t e = {0};
    assert_non_null(r);
    assert_int_equal(registry_load_builtin(r, &e), 0);
    return r;
}

/* Matches text at token start; returns the id or NULL. */
static const char *match(const registry_t *r, const char *text, size_t *ntok)
{
    extract_toks_t t = {0};
    const registry_entry_t *en = NULL;
    assert_int_equal(extract_tok_run(text, 0, strlen(text), &t), 0);
    size_t n = registry_match(r, text, t.v, t.n, 0, &en);
    if (ntok) *ntok = n;
    extract_toks_release(&t);
    return n ? en->id : NULL;
}

static void test_builtin_size(void **state)
{
    (void)state;
    registry_t *r = builtin();
    assert_true(registry_count(r, REGISTRY_COMPANY) >= 300);
    assert_true(registry_count(r, REGISTRY_REGULATOR) >= 20);
    static const char *const need[][2] = {{"Apple", "AAPL"},
                                          {"Alibaba", "BABA"},
                                          {"Baidu", "BIDU"},
                                          {"Nvidia", "NVDA"},
                                          {"Intel", "INTC"},
                                          {"Meta", "META"},
                                          {"Tencent", "0700.HK"},
                                          {"OpenAI", "openai"},
                                          {"DeepSeek", "deepseek"},
                                          {"ByteDance", "bytedance"},
                                          {"Huawei", "huawei"},
                                          {"AI21 Labs", "ai21-labs"},
                                          {"Manus", "manus"},
                                          {"CAC", "CAC"},
                                          {"FTC", "FTC"},
                                          {"SEC", "SEC"},
                                          {"European Commission", "EC"},
                                          {"CMA", "CMA"},
                                          {"SAMR", "SAMR"},
                                          {"Samsung Electronics", "005930.KS"}};
    for (size_t i = 0; i < sizeof need / sizeof need[0]; i++) {
        const registry_entry_t *en = registry_find(r, need[i][0]);
        assert_non_null(en);
        assert_string_equal(en->id, need[i][1]);
    }
    registry_free(r);
}

static void test_case_rules(void **state)
{
    (void)state;
    registry_t *r = builtin();
    size_t n;
    assert_string_equal(match(r, "Apple shares rose", &n), "AAPL");
    assert_string_equal(match(r, "APPLE TO BUY", &n), "AAPL");
    assert_null(match(r, "apple pie", &n));
    assert_string_equal(match(r, "Apple’s shares", &n), "AAPL");
    assert_null(match(r, "Ibm said", &n));
    assert_string_equal(match(r, "Cyberspace Administration of China (CAC)", &n), "CAC");
    assert_int_equal(n, 4);
    assert_string_equal(match(r, "Alibaba Group Holding said", &n), "BABA");
    assert_int_equal(n, 3);
    assert_null(match(r, "Tim Cook said", &n));
    registry_free(r);
}

static void test_user_add(void **state)
{
    (void)state;
    registry_t *r = builtin();
    err_t e = {0};
    const char *al[] = {"Acme", "ACME Widgets"};
    assert_int_equal(
        registry_add(r, REGISTRY_COMPANY, "acme-widgets", "Acme Widgets Inc", NULL, al, 2, &e), 0);
    assert_string_equal(match(r, "Acme said", NULL), "acme-widgets");
    assert_string_equal(registry_find(r, "acme")->id, "acme-widgets");
    assert_true(registry_find(r, "acme-widgets")->user);
    assert_int_equal(registry_add(r, REGISTRY_COMPANY, "bad id!", "X", NULL, NULL, 0, &e),
                     ERR_DATA);
    assert_int_equal(registry_add(r, REGISTRY_COMPANY, "x", "", NULL, NULL, 0, &e), ERR_DATA);
    registry_free(r);
}

static void test_bad_tsv(void **state)
{
    (void)state;
    registry_t *r = registry_new();
    err_t e = {0};
    const char tsv[] = "# comment\nAAA\tA Co\nonlyid\n";
    assert_int_equal(registry_load_tsv(r, REGISTRY_COMPANY, tsv, strlen(tsv), "t.tsv", &e),
                     ERR_DATA);
    assert_non_null(strstr(e.msg, "t.tsv:3"));
    registry_free(r);
}

static void test_slug(void **state)
{
    (void)state;
    char s[64];
    static const char *const cases[][2] = {
        {"Amoco Corp", "amoco"},
        {"AI21 Labs", "ai21-labs"},
        {"Standard Chartered", "standard-chartered"},
        {"The Coca-Cola Co", "coca-cola"},
        {"Sedio N.V.", "sedio"},
        {"COMPUTER TERMINAL SYSTEMS", "computer-terminal-systems"},
        {"McDonald's Corp", "mcdonalds"},
        {"BORMAN'S INC", "bormans"},
        {"Alstrup A/S", "alstrup"},
        {"Sorvik AB", "sorvik"},
        {"Nordvik ASA", "nordvik"},
        {"Kemira Oyj", "kemira"},
        {"A/B Testing Labs", "ab-testing-labs"},
        {"AB Volvo", "ab-volvo"},
        {"Nolan, Norton and Co", "nolan-norton"},
        {"Standard and Poor's", "standard-and-poors"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        registry_slug(cases[i][0], s, sizeof s);
        assert_string_equal(s, cases[i][1]);
    }
}

static void test_oom(void **state)
{
    (void)state;
    for (unsigned long k = 1;; k++) {
        registry_t *r = registry_new();
        err_t e = {0};
        int rc = -1;
        mem_fail_at(k);
        if (r) rc = registry_load_builtin(r, &e);
        int failed = mem_failed();
        mem_fail_at(0);
        registry_free(r);
        if (!failed) {
            assert_int_equal(rc, 0);
            break;
        }
        assert_true(r == NULL || rc == ERR_NOMEM);
        if (k > 200000) fail();
        k += k / 8; /* sample the allocation sequence */
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builtin_size), cmocka_unit_test(test_case_rules),
        cmocka_unit_test(test_user_add),     cmocka_unit_test(test_bad_tsv),
        cmocka_unit_test(test_slug),         cmocka_unit_test(test_oom),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
