/* study: event studies on daily prices (MacKinlay 1997), pure math.
 *
 * Returns are simple returns of the adjusted close from one trading day to
 * the next, on the trading days the stock and the benchmark share. An event
 * dated on a non-trading day rolls forward to the next session; that session
 * is day 0. Windows are in trading days relative to day 0, both ends
 * included ("-1:1" is three days). Three models of the normal return:
 *
 *   market           AR_t = R_t - (alpha + beta Rm_t), alpha and beta by OLS over the
 *                    estimation window; sigma^2 = SSE / (n - 2), df = n - 2;
 *                    Var(CAR) = sigma^2 (L + L^2/n + (S - L xbar)^2 / Sxx), where S is
 *                    the sum of Rm over the event window (prediction error included).
 *   market-adjusted  AR_t = R_t - Rm_t; sigma^2 the sample variance of the estimation
 *                    ARs, df = n - 1; Var(CAR) = L sigma^2.
 *   mean-adjusted    AR_t = R_t - mean(R over the estimation window); sigma^2 the sample
 *                    variance of R, df = n - 1; Var(CAR) = sigma^2 (L + L^2/n).
 *
 * t = CAR / sqrt(Var(CAR)) with a two-sided p-value from Student's t with df
 * degrees of freedom. Across events: CAAR with the cross-sectional t test,
 * the Patell Z and the Boehmer-Musumeci-Poulsen (BMP) t, and the share of
 * positive CARs. An event that cannot be measured is skipped with a reason,
 * never given a number. */
#ifndef SEISMO_STUDY_H
#define SEISMO_STUDY_H

#include <stddef.h>

#include "err.h"

#define STUDY_MAX_WINDOWS 8

typedef enum { STUDY_MARKET = 0, STUDY_MARKET_ADJUSTED = 1, STUDY_MEAN_ADJUSTED = 2 } study_model_t;

/* How the standard deviation of a CAR over L days is taken (docs/prices.md):
 *   forecast  Var(CAR) with the estimation error of the normal-return model
 *             (the table above; the default);
 *   plain     Var(CAR) = L sigma^2, so t = CAR / (sqrt(L) sigma), as the estudy2
 *             and eventstudy R packages print it. */
typedef enum { STUDY_VAR_FORECAST = 0, STUDY_VAR_PLAIN = 1 } study_car_var_t;

/* A window of trading days relative to day 0, both ends included. */
typedef struct study_window_s {
    int from;
    int to;
} study_window_t;

typedef struct study_opts_s {
    study_model_t model;
    study_window_t est; /* estimation window, default -250:-11 */
    study_window_t win[STUDY_MAX_WINDOWS];
    size_t nwin;             /* default one window, -1:1 */
    int min_est;             /* least estimation days with returns, default 100 */
    study_car_var_t car_var; /* default STUDY_VAR_FORECAST */
} study_opts_t;

/* Why an event was not measured. */
#define STUDY_SKIP_MAP(X)                        \
    X(OK, "ok")                                  \
    X(NO_DATE, "no_date")                        \
    X(NO_PRICES, "no_prices")                    \
    X(NO_BENCHMARK, "no_benchmark")              \
    X(OUTSIDE, "outside_history")                \
    X(FEW_ESTIMATION, "too_few_estimation_days") \
    X(ZERO_VARIANCE, "zero_variance")

typedef enum {
#define STUDY_SKIP_ENUM(e, name) STUDY_##e,
    STUDY_SKIP_MAP(STUDY_SKIP_ENUM)
#undef STUDY_SKIP_ENUM
} study_skip_t;

/* The returns of one stock, aligned with its benchmark (caller storage; owns its arrays). */
typedef struct study_returns_s {
    long *day;  /* owned: trading days (both series priced), ascending */
    double *r;  /* owned: r[i] = p[i]/p[i-1] - 1 for i >= 1; r[0] is NAN */
    double *rm; /* owned: the benchmark's returns likewise, NULL without a benchmark */
    size_t n;
} study_returns_t;

/* The CAR of one event over one window. */
typedef struct study_car_s {
    double car; /* cumulative abnormal return (a fraction: 0.015 is 1.5%) */
    double sd;  /* its standard deviation under the model */
    double t;   /* car / sd: the standardised CAR */
    double p;   /* two-sided p-value of t (Student t, df) */
    int df;
} study_car_t;

/* The measurement of one event. */
typedef struct study_result_s {
    study_skip_t skip;  /* STUDY_OK when measured */
    char reason[160];   /* why it was skipped, "" when measured */
    long day0;          /* the session of day 0, -1 when none */
    int has_r0;         /* r0 (and rm0 with a benchmark) are set */
    double r0;          /* raw return of day 0 */
    double rm0;         /* benchmark return of day 0, NAN without one */
    double ar0;         /* abnormal return of day 0 (when measured) */
    size_t n_est;       /* estimation days with returns */
    double alpha, beta; /* market model (alpha is the mean return for mean-adjusted) */
    double sigma;       /* standard deviation of the estimation residuals */
    size_t nwin;
    study_car_t car[STUDY_MAX_WINDOWS];
} study_result_t;

/* The statistics of one window across measured events. Figures that need more
 * events (or more estimation days) than there are have has_* set to 0. */
typedef struct study_agg_s {
    size_t n;    /* measured events */
    size_t npos; /* events with CAR > 0 */
    double share_pos;
    double caar;
    double sd; /* cross-sectional standard deviation of the CARs */
    int has_cs;
    double t_cs, p_cs; /* cross-sectional t, df n - 1 */
    int has_patell;
    double patell_z, p_patell; /* normal */
    int has_bmp;
    double bmp_t, p_bmp; /* df n - 1 */
} study_agg_t;

/* Fills o (caller storage) with the defaults: market model, -250:-11, one window -1:1, 100 days. */
void study_opts_default(study_opts_t *o);
/* Checks o (borrowed): windows ordered, at most STUDY_MAX_WINDOWS, estimation window
 * not overlapping any event window, min_est >= 1. Returns 0 or ERR_USAGE with e set. */
int study_opts_check(const study_opts_t *o, err_t *e);
/* Parses "FROM:TO" (s borrowed; e.g. "-250:-11") into w (caller-owned); returns 0 or ERR_USAGE. */
int study_window_parse(const char *s, study_window_t *w);
/* Parses a model name (borrowed: market, market-adjusted, mean-adjusted); returns 0 or ERR_USAGE.
 */
int study_model_parse(const char *s, study_model_t *m);
/* Parses a CAR variance name (borrowed: forecast, plain); returns 0 or ERR_USAGE. */
int study_car_var_parse(const char *s, study_car_var_t *v);
/* Returns the static name of CAR variance v ("forecast", "plain"). */
const char *study_car_var_name(study_car_var_t v);
/* Returns the static name of model m. */
const char *study_model_name(study_model_t m);
/* Returns the static name of skip reason s ("too_few_estimation_days"). */
const char *study_skip_name(study_skip_t s);

/* Prepares rt (caller storage) as empty. */
void study_returns_init(study_returns_t *rt);
/* Frees rt's arrays (rt may be NULL) and leaves it empty. */
void study_returns_release(study_returns_t *rt);
/* Builds rt (caller storage, study_returns_init()ed; released first) from a stock's
 * n adjusted closes px on days day (ascending, both borrowed) and a benchmark's
 * (bday, bpx, bn; borrowed, NULL/0 for none), on the days both are priced.
 * Returns 0 or ERR_NOMEM. */
int study_returns_build(study_returns_t *rt, const long *day, const double *px, size_t n,
                        const long *bday, const double *bpx, size_t bn);

/* Measures the event dated event_day (a day number; -1 when undated) on rt
 * (borrowed) with o (borrowed) into out (caller storage). Never fails: an event
 * that cannot be measured gets out->skip and out->reason. */
void study_event(const study_returns_t *rt, long event_day, const study_opts_t *o,
                 study_result_t *out);
/* Measures one event dated occurred_on ("YYYY-MM-DD" or ""/NULL, borrowed) on rt
 * (borrowed) with o (borrowed, NULL for the defaults) into out (caller storage):
 * the convenience for summaries and reports. */
void study_measure_event(const study_returns_t *rt, const char *occurred_on, const study_opts_t *o,
                         study_result_t *out);

/* Aggregates window w of the n results res (borrowed; skipped ones are ignored) into out. */
void study_aggregate(const study_result_t *res, size_t n, size_t w, study_agg_t *out);

/* OLS of y on x over n points (both borrowed): stores alpha, beta and the sum of
 * squared residuals; returns 0, or ERR_DATA when x has zero variance or n < 2. */
int study_ols(const double *x, const double *y, size_t n, double *alpha, double *beta, double *sse);
/* Returns the two-sided p-value P(|T| >= |t|) of Student's t with df degrees of freedom. */
double study_t_pvalue(double t, double df);
/* Returns the two-sided p-value P(|Z| >= |z|) of the standard normal. */
double study_z_pvalue(double z);
/* Returns the regularized incomplete beta function I_x(a, b), for a, b > 0 and 0 <= x <= 1. */
double study_ibeta(double a, double b, double x);

#endif
