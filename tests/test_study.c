/* Unit tests of core/study: OLS and event-study figures worked out on paper,
 * p-values against closed forms of Student's t, skips, aggregates. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "core/mem.h"
#include "core/study.h"

#define TOL 1e-10

static void near(double got, double want, const char *what)
{
    if (!(fabs(got - want) <= TOL * (fabs(want) > 1 ? fabs(want) : 1))) {
        print_error("%s: got %.17g, want %.17g\n", what, got, want);
        fail();
    }
}

/* The estimation sample done on paper:
 *   x (market) = 0.01, -0.02, 0.03, 0.00   mean 0.005, Sxx = 0.0013
 *   y (stock)  = 0.02, -0.01, 0.05, 0.01   mean 0.0175, Sxy = 0.00155
 *   beta = 0.00155 / 0.0013 = 31/26, alpha = 0.0175 - 31/26 * 0.005 = 3/260
 *   residuals (in 1/2600): -9, 6, 7, -4; SSE = 182 / 2600^2 */
static const double X[4] = {0.01, -0.02, 0.03, 0.00};
static const double Y[4] = {0.02, -0.01, 0.05, 0.01};
#define ALPHA (3.0 / 260.0)
#define BETA  (31.0 / 26.0)
#define SSE   (182.0 / (2600.0 * 2600.0))

static void test_ols_on_paper(void **state)
{
    double a, b, sse;
    double flat[4] = {0.01, 0.01, 0.01, 0.01};
    (void)state;
    assert_int_equal(study_ols(X, Y, 4, &a, &b, &sse), 0);
    near(a, ALPHA, "alpha");
    near(b, BETA, "beta");
    near(sse, SSE, "sse");
    assert_int_equal(study_ols(flat, Y, 4, &a, &b, &sse), ERR_DATA);
    assert_int_equal(study_ols(X, Y, 1, &a, &b, &sse), ERR_DATA);
}

/* Prices whose returns are X/Y (estimation) then (0.01, 0.03) on day 0 and
 * (-0.01, 0.00) on day 1, on sessions Monday..Friday then Monday, Tuesday. */
static long DAYS[7];
static double PX[7], BPX[7];

static void build_prices(void)
{
    const double r[6] = {Y[0], Y[1], Y[2], Y[3], 0.03, 0.00};
    const double m[6] = {X[0], X[1], X[2], X[3], 0.01, -0.01};
    /* 2025-02-03 is a Monday: day number 20122. */
    const long d[7] = {20122, 20123, 20124, 20125, 20126, 20129, 20130};
    PX[0] = 100.0;
    BPX[0] = 400.0;
    for (int i = 0; i < 7; i++) DAYS[i] = d[i];
    for (int i = 1; i < 7; i++) {
        PX[i] = PX[i - 1] * (1.0 + r[i - 1]);
        BPX[i] = BPX[i - 1] * (1.0 + m[i - 1]);
    }
}

static void opts_small(study_opts_t *o, study_model_t model)
{
    study_opts_default(o);
    o->model = model;
    o->est.from = -4;
    o->est.to = -1;
    o->min_est = 4;
    o->win[0].from = 0;
    o->win[0].to = 0;
    o->win[1].from = 0;
    o->win[1].to = 1;
    o->nwin = 2;
}

/* Two-sided p-values of Student's t in closed form for df 1 to 4. */
static double p_df(double t, int df)
{
    double a = fabs(t), F;
    switch (df) {
    case 1:
        return 1.0 - 2.0 / M_PI * atan(a);
    case 2:
        return 1.0 - a / sqrt(2.0 + a * a);
    case 3:
        F = 0.5 + (1.0 / M_PI) * ((a / sqrt(3.0)) / (1.0 + a * a / 3.0) + atan(a / sqrt(3.0)));
        return 2.0 * (1.0 - F);
    case 4:
        F = 0.5 +
            0.375 * (a / sqrt(1.0 + a * a / 4.0)) * (1.0 - a * a / (12.0 * (1.0 + a * a / 4.0)));
        return 2.0 * (1.0 - F);
    }
    return NAN;
}

static void test_market_model_on_paper(void **state)
{
    study_returns_t rt;
    study_opts_t o;
    study_result_t r;
    double s2 = SSE / 2.0, var0, var01, car01;
    (void)state;
    build_prices();
    study_returns_init(&rt);
    assert_int_equal(study_returns_build(&rt, DAYS, PX, 7, DAYS, BPX, 7), 0);
    assert_int_equal(rt.n, 7);
    near(rt.r[3], Y[2], "return of day 3");
    near(rt.rm[5], 0.01, "market return of day 5");
    opts_small(&o, STUDY_MARKET);
    assert_int_equal(study_opts_check(&o, NULL), 0);
    study_event(&rt, 20129, &o, &r); /* Monday 2025-02-10 */
    assert_int_equal(r.skip, STUDY_OK);
    assert_int_equal(r.day0, 20129);
    assert_int_equal(r.n_est, 4);
    near(r.alpha, ALPHA, "alpha");
    near(r.beta, BETA, "beta");
    near(r.sigma, sqrt(s2), "sigma");
    near(r.r0, 0.03, "r0");
    near(r.rm0, 0.01, "rm0");
    /* AR0 = 0.03 - 3/260 - 31/26 * 0.01 = 17/2600 */
    near(r.ar0, 17.0 / 2600.0, "ar0");
    /* Var(CAR 0:0) = s2 (1 + 1/4 + (0.01 - 0.005)^2 / 0.0013) = s2 (1.25 + 1/52) */
    var0 = s2 * (1.25 + 1.0 / 52.0);
    near(r.car[0].car, 17.0 / 2600.0, "car 0:0");
    near(r.car[0].sd, sqrt(var0), "sd 0:0");
    assert_int_equal(r.car[0].df, 2);
    near(r.car[0].t, (17.0 / 2600.0) / sqrt(var0), "t 0:0");
    near(r.car[0].p, p_df(r.car[0].t, 2), "p 0:0 (df 2)");
    /* Day 1: AR = 0 - 3/260 + 31/2600 = 1/2600; CAR 0:1 = 18/2600; S = 0, L = 2:
     * Var = s2 (2 + 4/4 + (0 - 2 * 0.005)^2 / 0.0013) = s2 (3 + 1/13) */
    car01 = 18.0 / 2600.0;
    var01 = s2 * (3.0 + 1.0 / 13.0);
    near(r.car[1].car, car01, "car 0:1");
    near(r.car[1].sd, sqrt(var01), "sd 0:1");
    near(r.car[1].p, p_df(car01 / sqrt(var01), 2), "p 0:1");

    /* An event on Saturday 2025-02-08 rolls forward to Monday. */
    study_event(&rt, 20127, &o, &r);
    assert_int_equal(r.skip, STUDY_OK);
    assert_int_equal(r.day0, 20129);
    near(r.ar0, 17.0 / 2600.0, "weekend ar0");
    study_returns_release(&rt);
}

/* --car-variance plain: t = CAR / (sqrt(L) sigma) on the same paper case, beside
 * the forecast variance, which is larger by the estimation error of alpha and beta. */
static void test_plain_variance_on_paper(void **state)
{
    study_returns_t rt;
    study_opts_t o;
    study_result_t r, f;
    study_car_var_t v;
    double s2 = SSE / 2.0;
    (void)state;
    build_prices();
    study_returns_init(&rt);
    assert_int_equal(study_returns_build(&rt, DAYS, PX, 7, DAYS, BPX, 7), 0);
    for (int model = STUDY_MARKET; model <= STUDY_MEAN_ADJUSTED; model++) {
        opts_small(&o, (study_model_t)model);
        study_event(&rt, 20129, &o, &f);
        o.car_var = STUDY_VAR_PLAIN;
        assert_int_equal(study_opts_check(&o, NULL), 0);
        study_event(&rt, 20129, &o, &r);
        assert_int_equal(r.skip, STUDY_OK);
        for (size_t w = 0; w < 2; w++) {
            double L = (double)(o.win[w].to - o.win[w].from + 1);
            near(r.car[w].car, f.car[w].car, "the CAR does not depend on the variance");
            near(r.car[w].sd, sqrt(L) * r.sigma, "plain sd = sqrt(L) sigma");
            near(r.car[w].t, r.car[w].car / (sqrt(L) * r.sigma), "plain t");
            assert_int_equal(r.car[w].df, f.car[w].df);
            near(r.car[w].p, p_df(r.car[w].t, r.car[w].df), "plain p");
            if (model != STUDY_MARKET_ADJUSTED) assert_true(f.car[w].sd > r.car[w].sd);
        }
    }
    /* the market model's figures on paper: sd 0:0 = s, sd 0:1 = s sqrt(2) */
    opts_small(&o, STUDY_MARKET);
    o.car_var = STUDY_VAR_PLAIN;
    study_event(&rt, 20129, &o, &r);
    near(r.car[0].sd, sqrt(s2), "plain sd 0:0");
    near(r.car[1].sd, sqrt(2.0 * s2), "plain sd 0:1");
    near(r.car[1].t, (18.0 / 2600.0) / sqrt(2.0 * s2), "plain t 0:1");
    assert_int_equal(study_car_var_parse("plain", &v), 0);
    assert_int_equal(v, STUDY_VAR_PLAIN);
    assert_int_equal(study_car_var_parse("forecast", &v), 0);
    assert_int_equal(v, STUDY_VAR_FORECAST);
    assert_int_equal(study_car_var_parse("robust", &v), ERR_USAGE);
    assert_string_equal(study_car_var_name(STUDY_VAR_PLAIN), "plain");
    study_returns_release(&rt);
}

static void test_other_models_on_paper(void **state)
{
    study_returns_t rt;
    study_opts_t o;
    study_result_t r;
    (void)state;
    build_prices();
    study_returns_init(&rt);
    assert_int_equal(study_returns_build(&rt, DAYS, PX, 7, DAYS, BPX, 7), 0);

    /* mean-adjusted: mu = 0.0175, s2 = (0.0025^2 + 0.0275^2 + 0.0325^2 + 0.0075^2) / 3 = 0.000625;
     * AR0 = 0.0125, Var = 0.000625 * (1 + 1/4), t = 1/sqrt(5), df 3 */
    opts_small(&o, STUDY_MEAN_ADJUSTED);
    study_event(&rt, 20129, &o, &r);
    assert_int_equal(r.skip, STUDY_OK);
    near(r.alpha, 0.0175, "mu");
    near(r.sigma, 0.025, "sigma");
    near(r.car[0].car, 0.0125, "mean-adjusted car");
    near(r.car[0].sd, sqrt(0.000625 * 1.25), "mean-adjusted sd");
    near(r.car[0].t, 1.0 / sqrt(5.0), "mean-adjusted t");
    assert_int_equal(r.car[0].df, 3);
    near(r.car[0].p, p_df(1.0 / sqrt(5.0), 3), "mean-adjusted p");
    /* CAR 0:1 = 0.0125 + (0 - 0.0175) = -0.005, Var = 0.000625 (2 + 4/4) */
    near(r.car[1].car, -0.005, "mean-adjusted car 0:1");
    near(r.car[1].sd, sqrt(0.000625 * 3.0), "mean-adjusted sd 0:1");

    /* market-adjusted: AR est = 0.01, 0.01, 0.02, 0.01 (mean 0.0125), s2 = 7.5e-5 / 3 = 2.5e-5;
     * AR0 = 0.02, sd = 0.005, t = 4, df 3 */
    opts_small(&o, STUDY_MARKET_ADJUSTED);
    study_event(&rt, 20129, &o, &r);
    assert_int_equal(r.skip, STUDY_OK);
    near(r.ar0, 0.02, "market-adjusted ar0");
    near(r.car[0].sd, 0.005, "market-adjusted sd");
    near(r.car[0].t, 4.0, "market-adjusted t");
    near(r.car[0].p, p_df(4.0, 3), "market-adjusted p");
    /* CAR 0:1 = 0.02 + (0 + 0.01) = 0.03, sd = 0.005 sqrt(2) */
    near(r.car[1].car, 0.03, "market-adjusted car 0:1");
    near(r.car[1].sd, 0.005 * sqrt(2.0), "market-adjusted sd 0:1");
    study_returns_release(&rt);
}

static void test_skips(void **state)
{
    study_returns_t rt, nob;
    study_opts_t o;
    study_result_t r;
    double flat[7];
    (void)state;
    build_prices();
    study_returns_init(&rt);
    study_returns_init(&nob);
    assert_int_equal(study_returns_build(&rt, DAYS, PX, 7, DAYS, BPX, 7), 0);
    opts_small(&o, STUDY_MARKET);

    o.min_est = 5;
    study_event(&rt, 20129, &o, &r);
    assert_int_equal(r.skip, STUDY_FEW_ESTIMATION);
    assert_non_null(strstr(r.reason, "4 estimation days"));
    assert_int_equal(r.has_r0, 1); /* the raw return of day 0 is still known */
    near(r.r0, 0.03, "r0 of a skipped event");
    o.min_est = 4;

    study_event(&rt, 20131, &o, &r); /* after the last session */
    assert_int_equal(r.skip, STUDY_OUTSIDE);
    study_event(&rt, 20100, &o, &r); /* before the first */
    assert_int_equal(r.skip, STUDY_OUTSIDE);
    study_event(&rt, 20130, &o, &r); /* window 0:1 past the end */
    assert_int_equal(r.skip, STUDY_OUTSIDE);
    assert_non_null(strstr(r.reason, "reaches past"));
    study_event(&rt, -1, &o, &r);
    assert_int_equal(r.skip, STUDY_NO_DATE);
    study_measure_event(&rt, "", &o, &r);
    assert_int_equal(r.skip, STUDY_NO_DATE);
    study_measure_event(&rt, "2025-02-10", &o, &r);
    assert_int_equal(r.skip, STUDY_OK);

    /* no benchmark: the market models skip, mean-adjusted measures */
    assert_int_equal(study_returns_build(&nob, DAYS, PX, 7, NULL, NULL, 0), 0);
    assert_null(nob.rm);
    study_event(&nob, 20129, &o, &r);
    assert_int_equal(r.skip, STUDY_NO_BENCHMARK);
    o.model = STUDY_MARKET_ADJUSTED;
    study_event(&nob, 20129, &o, &r);
    assert_int_equal(r.skip, STUDY_NO_BENCHMARK);
    o.model = STUDY_MEAN_ADJUSTED;
    study_event(&nob, 20129, &o, &r);
    assert_int_equal(r.skip, STUDY_OK);

    /* a flat benchmark has zero variance; so has a flat stock under mean-adjusted */
    for (int i = 0; i < 7; i++) flat[i] = 50.0;
    o.model = STUDY_MARKET;
    assert_int_equal(study_returns_build(&nob, DAYS, PX, 7, DAYS, flat, 7), 0);
    study_event(&nob, 20129, &o, &r);
    assert_int_equal(r.skip, STUDY_ZERO_VARIANCE);
    o.model = STUDY_MEAN_ADJUSTED;
    assert_int_equal(study_returns_build(&nob, DAYS, flat, 7, NULL, NULL, 0), 0);
    study_event(&nob, 20129, &o, &r);
    assert_int_equal(r.skip, STUDY_ZERO_VARIANCE);
    /* no prices at all */
    assert_int_equal(study_returns_build(&nob, DAYS, PX, 0, NULL, NULL, 0), 0);
    study_event(&nob, 20129, &o, &r);
    assert_int_equal(r.skip, STUDY_NO_PRICES);
    study_returns_release(&rt);
    study_returns_release(&nob);
}

static void test_alignment(void **state)
{
    /* The benchmark lacks the stock's second day: returns run over shared days only. */
    long sd[4] = {10, 11, 12, 13}, bd[4] = {10, 12, 13, 14};
    double sp[4] = {100, 110, 121, 133.1}, bp[4] = {50, 55, 60.5, 70};
    study_returns_t rt;
    (void)state;
    study_returns_init(&rt);
    assert_int_equal(study_returns_build(&rt, sd, sp, 4, bd, bp, 4), 0);
    assert_int_equal(rt.n, 3);
    assert_int_equal(rt.day[1], 12);
    near(rt.r[1], 0.21, "two-day stock return");
    near(rt.rm[1], 0.1, "benchmark return");
    near(rt.r[2], 0.1, "stock return");
    assert_true(isnan(rt.r[0]));
    study_returns_release(&rt);
}

static void test_pvalues(void **state)
{
    const double ts[] = {0.0, 0.1, 0.5, 1.0, 1.96, 2.5, 4.0, 10.0, -3.0};
    (void)state;
    for (size_t i = 0; i < sizeof ts / sizeof *ts; i++)
        for (int df = 1; df <= 4; df++)
            near(study_t_pvalue(ts[i], df), p_df(ts[i], df), "t p-value");
    /* t with many degrees of freedom tends to the normal */
    assert_true(fabs(study_t_pvalue(1.959963984540054, 1e7) - 0.05) < 1e-6);
    near(study_z_pvalue(1.959963984540054), 0.05, "normal p-value at 1.96");
    near(study_z_pvalue(0.0), 1.0, "normal p-value at 0");
    /* the incomplete beta against polynomials: I_x(1,1) = x; I_0.4(2,3) = 0.5248 */
    near(study_ibeta(1, 1, 0.3), 0.3, "I(1,1)");
    near(study_ibeta(2, 3, 0.4), 0.5248, "I(2,3)");
    near(study_ibeta(3, 2, 0.6), 1.0 - 0.5248, "I(3,2) symmetry");
    near(study_ibeta(2, 3, 0.0), 0.0, "I at 0");
    near(study_ibeta(2, 3, 1.0), 1.0, "I at 1");
    assert_true(isnan(study_t_pvalue(NAN, 3)));
    near(study_t_pvalue(INFINITY, 3), 0.0, "infinite t");
}

static void test_aggregate_on_paper(void **state)
{
    study_result_t res[4];
    study_agg_t a;
    const double car[3] = {0.02, 0.04, -0.01}, t[3] = {1.0, 2.0, -0.5};
    const int df[3] = {10, 12, 20};
    double caar = 0.05 / 3.0, sd, smean = 2.5 / 3.0, ssd, pv;
    (void)state;
    memset(res, 0, sizeof res);
    for (int i = 0; i < 3; i++) {
        res[i].skip = STUDY_OK;
        res[i].nwin = 1;
        res[i].car[0].car = car[i];
        res[i].car[0].t = t[i];
        res[i].car[0].df = df[i];
    }
    res[3].skip = STUDY_OUTSIDE; /* skipped: ignored */
    res[3].car[0].car = 100;
    study_aggregate(res, 4, 0, &a);
    assert_int_equal(a.n, 3);
    assert_int_equal(a.npos, 2);
    near(a.share_pos, 2.0 / 3.0, "share positive");
    near(a.caar, caar, "caar");
    sd = sqrt(((0.02 - caar) * (0.02 - caar) + (0.04 - caar) * (0.04 - caar) +
               (-0.01 - caar) * (-0.01 - caar)) /
              2.0);
    near(a.sd, sd, "sd");
    assert_true(a.has_cs);
    near(a.t_cs, caar / (sd / sqrt(3.0)), "cross-sectional t");
    near(a.p_cs, p_df(a.t_cs, 2), "cross-sectional p (df 2)");
    /* Patell: sum t / sqrt(sum df/(df-2)) = 2.5 / sqrt(10/8 + 12/10 + 20/18) */
    pv = 10.0 / 8.0 + 12.0 / 10.0 + 20.0 / 18.0;
    assert_true(a.has_patell);
    near(a.patell_z, 2.5 / sqrt(pv), "Patell Z");
    near(a.p_patell, erfc(fabs(2.5 / sqrt(pv)) / sqrt(2.0)), "Patell p");
    /* BMP: mean t / (sd of t / sqrt(N)) */
    ssd = sqrt(
        ((1 - smean) * (1 - smean) + (2 - smean) * (2 - smean) + (-0.5 - smean) * (-0.5 - smean)) /
        2.0);
    assert_true(a.has_bmp);
    near(a.bmp_t, smean / (ssd / sqrt(3.0)), "BMP t");
    near(a.p_bmp, p_df(a.bmp_t, 2), "BMP p");

    /* one event: no cross-sectional figures; df 2 leaves Patell undefined */
    res[0].car[0].df = 2;
    study_aggregate(res, 1, 0, &a);
    assert_int_equal(a.n, 1);
    assert_false(a.has_cs);
    assert_false(a.has_bmp);
    assert_false(a.has_patell);
    study_aggregate(res + 3, 1, 0, &a);
    assert_int_equal(a.n, 0);
    assert_true(isnan(a.caar));
}

static void test_options(void **state)
{
    study_window_t w;
    study_model_t m;
    study_opts_t o;
    err_t e = {0};
    (void)state;
    assert_int_equal(study_window_parse("-250:-11", &w), 0);
    assert_int_equal(w.from, -250);
    assert_int_equal(w.to, -11);
    assert_int_equal(study_window_parse("0:0", &w), 0);
    assert_int_equal(study_window_parse("+1:5", &w), 0);
    assert_int_equal(w.from, 1);
    assert_int_equal(study_window_parse("1:-1", &w), ERR_USAGE);
    assert_int_equal(study_window_parse("-1", &w), ERR_USAGE);
    assert_int_equal(study_window_parse("a:b", &w), ERR_USAGE);
    assert_int_equal(study_window_parse("-1:", &w), ERR_USAGE);
    assert_int_equal(study_model_parse("market-adjusted", &m), 0);
    assert_int_equal(m, STUDY_MARKET_ADJUSTED);
    assert_int_equal(study_model_parse("capm", &m), ERR_USAGE);
    assert_string_equal(study_model_name(STUDY_MEAN_ADJUSTED), "mean-adjusted");
    assert_string_equal(study_skip_name(STUDY_FEW_ESTIMATION), "too_few_estimation_days");
    study_opts_default(&o);
    assert_int_equal(study_opts_check(&o, &e), 0);
    o.est.to = -1; /* overlaps -1:1 */
    assert_int_equal(study_opts_check(&o, &e), ERR_USAGE);
    assert_non_null(strstr(e.msg, "overlaps"));
    study_opts_default(&o);
    o.min_est = 0;
    assert_int_equal(study_opts_check(&o, &e), ERR_USAGE);
}

static void test_alloc_failures(void **state)
{
    study_returns_t rt;
    int failed = 0;
    (void)state;
    build_prices();
    study_returns_init(&rt);
    for (unsigned long n = 1; n < 10; n++) {
        int rc;
        mem_fail_at(n);
        rc = study_returns_build(&rt, DAYS, PX, 7, DAYS, BPX, 7);
        mem_fail_at(0);
        if (rc) {
            assert_int_equal(rc, ERR_NOMEM);
            assert_null(rt.day);
            failed++;
        }
        study_returns_release(&rt);
    }
    assert_true(failed >= 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ols_on_paper),
        cmocka_unit_test(test_market_model_on_paper),
        cmocka_unit_test(test_other_models_on_paper),
        cmocka_unit_test(test_plain_variance_on_paper),
        cmocka_unit_test(test_skips),
        cmocka_unit_test(test_alignment),
        cmocka_unit_test(test_pvalues),
        cmocka_unit_test(test_aggregate_on_paper),
        cmocka_unit_test(test_options),
        cmocka_unit_test(test_alloc_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
