/* Unit tests of core/prices: CSV columns by name, dates, numbers, bad rows
 * with line numbers, the normalised text. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/date.h"
#include "core/mem.h"
#include "core/prices.h"

static long day_of(const char *iso)
{
    long d = -1;
    assert_int_equal(date_parse_iso(iso, &d), 0);
    return d;
}

static int parse(const char *text, const char *symbol, prices_set_t *s, err_t *e)
{
    prices_opts_t o = {0};
    o.symbol = symbol;
    o.normalise = 1;
    prices_set_init(s);
    return prices_parse(text, strlen(text), &o, s, e);
}

static void test_real_header(void **state)
{
    const char *csv =
        "symbol,date,open,high,low,close,volume,adjclose,dividends,splits\n"
        "AAPL,2025-02-11,228.1999969482422,235.22999572753906,228.1300048828125,232.6199951171875,"
        "53718400,232.052001953125,0.0,0.0\n"
        "AAPL,2025-02-12,231.1999969482422,236.9600067138672,230.67999267578125,236.8699951171875,"
        "45243300,236.29161071777344,0.0,0.0\n";
    prices_set_t s;
    err_t e = {0};
    (void)state;
    assert_int_equal(parse(csv, NULL, &s, &e), 0);
    assert_int_equal(s.n, 1);
    assert_int_equal(s.rows, 2);
    assert_string_equal(s.series[0].symbol, "AAPL");
    assert_int_equal(s.series[0].bars[1].day, day_of("2025-02-12"));
    assert_true(s.series[0].bars[1].close == strtod("236.8699951171875", NULL));
    assert_true(s.series[0].bars[1].adjclose == strtod("236.29161071777344", NULL));
    assert_true(s.series[0].bars[0].volume == 53718400.0);
    assert_int_equal(s.series[0].bars[1].line, 3);
    assert_string_equal(buf_str(&s.norm), PRICES_HEADER
                        "\n"
                        "AAPL,2025-02-11,228.1999969482422,235.22999572753906,228.1300048828125,"
                        "232.6199951171875,232.052001953125,53718400\n"
                        "AAPL,2025-02-12,231.1999969482422,236.9600067138672,230.67999267578125,"
                        "236.8699951171875,236.29161071777344,45243300\n");
    assert_ptr_equal(prices_set_find(&s, "aapl"), &s.series[0]);
    assert_null(prices_set_find(&s, "SPY"));
    prices_set_release(&s);
}

static void test_any_order_and_case(void **state)
{
    /* Yahoo-style: Date first, "Adj Close", times with an offset, no symbol column, CRLF, BOM */
    const char *csv = "\xEF\xBB\xBF"
                      "Date,Close,Adj Close,Volume,Open,High,Low\r\n"
                      "2025-02-12 00:00:00-05:00,603.36,598.12,45076100,599.2,604.55,598.51\r\n"
                      "\r\n"
                      "2025-02-13 00:00:00-05:00,609.73,604.43,40921300,,,\r\n";
    prices_set_t s, back;
    err_t e = {0};
    (void)state;
    assert_int_equal(parse(csv, "spy", &s, &e), 0);
    assert_int_equal(s.n, 1);
    assert_string_equal(s.series[0].symbol, "SPY");
    assert_int_equal(s.series[0].n, 2);
    assert_int_equal(s.series[0].bars[0].day, day_of("2025-02-12"));
    assert_true(s.series[0].bars[0].close == 603.36);
    assert_true(s.series[0].bars[0].adjclose == 598.12);
    assert_true(s.series[0].bars[0].open == 599.2);
    assert_true(isnan(s.series[0].bars[1].open));
    assert_int_equal(s.series[0].bars[1].line, 4);
    assert_string_equal(buf_str(&s.norm),
                        PRICES_HEADER "\n"
                                      "SPY,2025-02-12,599.2,604.55,598.51,603.36,598.12,45076100\n"
                                      "SPY,2025-02-13,,,,609.73,604.43,40921300\n");
    /* the normalised text parses back to the same bars */
    prices_set_init(&back);
    assert_int_equal(prices_parse(s.norm.data, s.norm.len, NULL, &back, &e), 0);
    assert_int_equal(back.n, 1);
    assert_int_equal(back.series[0].n, 2);
    for (size_t i = 0; i < 2; i++) {
        const prices_bar_t *a = &s.series[0].bars[i], *b = &back.series[0].bars[i];
        assert_int_equal(a->day, b->day);
        assert_true(a->close == b->close && a->adjclose == b->adjclose);
        assert_true(a->volume == b->volume);
    }
    prices_set_release(&back);
    prices_set_release(&s);
}

static void test_no_adjclose_and_symbols(void **state)
{
    const char *csv = "date,close,ticker\n"
                      "2025-01-02,10,AAA\n"
                      "2025-01-02,20,BBB\n"
                      "2025-01-03,11,AAA\n"
                      "2025-01-03,21,bbb\n";
    prices_set_t s;
    err_t e = {0};
    (void)state;
    assert_int_equal(parse(csv, NULL, &s, &e), 0);
    assert_int_equal(s.n, 2);
    assert_string_equal(s.series[1].symbol, "BBB");
    assert_int_equal(s.series[1].n, 2);
    assert_true(s.series[0].bars[1].adjclose == 11.0); /* the close when no adjusted close */
    assert_int_equal(prices_series_seek(&s.series[0], day_of("2025-01-03")), 1);
    assert_int_equal(prices_series_seek(&s.series[0], day_of("2025-01-01")), 0);
    assert_int_equal(prices_series_seek(&s.series[0], day_of("2025-01-04")), 2);
    prices_set_release(&s);
    /* --symbol with a symbol column keeps that symbol's rows */
    assert_int_equal(parse(csv, "bbb", &s, &e), 0);
    assert_int_equal(s.n, 1);
    assert_int_equal(s.rows, 2);
    assert_string_equal(s.series[0].symbol, "BBB");
    prices_set_release(&s);
    assert_int_equal(parse(csv, "ZZZ", &s, &e), ERR_DATA);
    assert_non_null(strstr(e.msg, "no rows"));
    prices_set_release(&s);
}

static void test_bad_rows(void **state)
{
    const char *csv = "symbol,date,close,adjclose\n" /* 1 */
                      "X,2025-01-02,10,10\n"         /* 2 good */
                      "X,2025-01-03,,10\n"           /* 3 missing close */
                      "X,2025-01-06,abc,10\n"        /* 4 not a number */
                      "X,2025-01-07,11,11\n"         /* 5 good */
                      "X,2025-01-07,11.5,11.5\n"     /* 6 duplicate date */
                      "X,2025-01-06,12,12\n"         /* 7 unsorted */
                      "X,2025-01-08,-3,5\n"          /* 8 negative */
                      "X,2025-02-30,3,3\n"           /* 9 bad date */
                      "X,2025-01-09,3,0\n"           /* 10 zero adjusted close */
                      "X,2025-01-10,1e2,100\n"       /* 11 good */
                      "X,2025-01-13,12.5.1,1\n";     /* 12 not a number */
    prices_set_t s;
    err_t e = {0};
    const char *p;
    (void)state;
    assert_int_equal(parse(csv, NULL, &s, &e), ERR_DATA);
    assert_int_equal(s.bad, 8);
    assert_int_equal(s.rows, 3);
    p = buf_str(&s.problems);
    assert_non_null(strstr(p, "line 3: close is missing"));
    assert_non_null(strstr(p, "line 4: close 'abc' is not a number"));
    assert_non_null(strstr(p, "line 6: duplicate date 2025-01-07 for X (also on line 5)"));
    assert_non_null(strstr(p, "line 7: date 2025-01-06 is not after 2025-01-07 of line 5"));
    assert_non_null(strstr(p, "line 8: close -3 is negative"));
    assert_non_null(strstr(p, "line 9: date '2025-02-30' is not a YYYY-MM-DD date"));
    assert_non_null(strstr(p, "line 10: adjclose 0 is not a positive price"));
    assert_non_null(strstr(p, "line 12: close '12.5.1' is not a number"));
    assert_non_null(strstr(e.msg, "8 bad rows; the first, line 3: close is missing"));
    assert_true(s.series[0].bars[2].close == 100.0);
    prices_set_release(&s);
}

static void test_headers(void **state)
{
    prices_set_t s;
    err_t e = {0};
    (void)state;
    assert_int_equal(parse("symbol,date,open\nX,2025-01-02,1\n", NULL, &s, &e), ERR_DATA);
    assert_non_null(strstr(e.msg, "line 1: the header must name a date and a close column"));
    prices_set_release(&s);
    assert_int_equal(parse("date,close\n2025-01-02,1\n", NULL, &s, &e), ERR_DATA);
    assert_non_null(strstr(e.msg, "symbol column (or give --symbol)"));
    prices_set_release(&s);
    assert_int_equal(parse("date,close,Close\n", "X", &s, &e), ERR_DATA);
    assert_non_null(strstr(e.msg, "close column is named twice"));
    prices_set_release(&s);
    assert_int_equal(parse("", "X", &s, &e), ERR_DATA);
    assert_non_null(strstr(e.msg, "empty input"));
    prices_set_release(&s);
    assert_int_equal(parse("date,close\n", "X", &s, &e), ERR_DATA);
    assert_non_null(strstr(e.msg, "no rows"));
    prices_set_release(&s);
    assert_int_equal(parse("date,close\n2025-01-02,1\n", "bad symbol", &s, &e), ERR_DATA);
    prices_set_release(&s);
    /* fallback symbol from the file name */
    {
        prices_opts_t o = {0};
        o.fallback = "aapl";
        prices_set_init(&s);
        assert_int_equal(prices_parse("date,close\n2025-01-02,1\n", 24, &o, &s, &e), 0);
        assert_string_equal(s.series[0].symbol, "AAPL");
        prices_set_release(&s);
    }
    /* quoted fields */
    assert_int_equal(parse("\"Date\",\"Close\"\n\"2025-01-02\",\"1.5\"\n", "Q", &s, &e), 0);
    assert_true(s.series[0].bars[0].close == 1.5);
    prices_set_release(&s);
}

static void test_numbers_match_strtod(void **state)
{
    const char *nums[] = {"0",
                          "1",
                          "0.1",
                          "190.3300018310547",
                          "1e2",
                          "1.5E-3",
                          "12345678901234567890",
                          "0.000000000000000000000001",
                          "236.29161071777344",
                          "99999999999999999",
                          "3.141592653589793238",
                          "7e22",
                          "7e23",
                          "0.30000000000000004"};
    (void)state;
    for (size_t i = 0; i < sizeof nums / sizeof *nums; i++) {
        char csv[256];
        prices_set_t s;
        err_t e = {0};
        snprintf(csv, sizeof csv, "date,close\n2025-01-02,%s\n", nums[i]);
        if (strcmp(nums[i], "0") == 0) continue; /* a zero close is refused */
        assert_int_equal(parse(csv, "N", &s, &e), 0);
        if (s.series[0].bars[0].close != strtod(nums[i], NULL)) {
            print_error("%s parsed as %.17g\n", nums[i], s.series[0].bars[0].close);
            fail();
        }
        prices_set_release(&s);
    }
}

static void test_symbols(void **state)
{
    char out[PRICES_SYMBOL_MAX];
    (void)state;
    assert_int_equal(prices_symbol_norm("0700.hk", 7, out), 0);
    assert_string_equal(out, "0700.HK");
    assert_int_equal(prices_symbol_norm("^GSPC", 5, out), 0);
    assert_int_equal(prices_symbol_norm("BRK-B", 5, out), 0);
    assert_int_equal(prices_symbol_norm("A B", 3, out), ERR_DATA);
    assert_int_equal(prices_symbol_norm("", 0, out), ERR_DATA);
    assert_int_equal(prices_symbol_norm("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG", 33, out), ERR_DATA);
}

static void test_alloc_failures(void **state)
{
    const char *csv = "symbol,date,close\nA,2025-01-02,1\nB,2025-01-02,2\nA,2025-01-03,3\n"
                      "C,2025-01-02,x\n";
    int failed = 0;
    (void)state;
    for (unsigned long n = 1; n < 40; n++) {
        prices_set_t s;
        err_t e = {0};
        int rc;
        mem_fail_at(n);
        rc = parse(csv, NULL, &s, &e);
        mem_fail_at(0);
        assert_true(rc == ERR_DATA || rc == ERR_NOMEM);
        if (rc == ERR_NOMEM) failed++;
        prices_set_release(&s);
    }
    assert_true(failed > 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_real_header),
        cmocka_unit_test(test_any_order_and_case),
        cmocka_unit_test(test_no_adjclose_and_symbols),
        cmocka_unit_test(test_bad_rows),
        cmocka_unit_test(test_headers),
        cmocka_unit_test(test_numbers_match_strtod),
        cmocka_unit_test(test_symbols),
        cmocka_unit_test(test_alloc_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
