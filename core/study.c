/* study: event studies on daily prices. See study.h for the formulas. */
#include "study.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "mem.h"

/* Below this, a variance is taken as zero (a daily sigma of 1e-12 is no market). */
#define STUDY_TINY_VAR 1e-24

static const char *const study_skip_names[] = {
#define STUDY_SKIP_NAME(e, name) name,
    STUDY_SKIP_MAP(STUDY_SKIP_NAME)
#undef STUDY_SKIP_NAME
};

void study_opts_default(study_opts_t *o)
{
    memset(o, 0, sizeof *o);
    o->model = STUDY_MARKET;
    o->est.from = -250;
    o->est.to = -11;
    o->win[0].from = -1;
    o->win[0].to = 1;
    o->nwin = 1;
    o->min_est = 100;
}

int study_opts_check(const study_opts_t *o, err_t *e)
{
    if (o->model < STUDY_MARKET || o->model > STUDY_MEAN_ADJUSTED)
        return err_set(e, ERR_USAGE, "unknown model");
    if (o->nwin < 1 || o->nwin > STUDY_MAX_WINDOWS)
        return err_set(e, ERR_USAGE, "between 1 and %d event windows, not %zu", STUDY_MAX_WINDOWS,
                       o->nwin);
    if (o->est.from > o->est.to)
        return err_set(e, ERR_USAGE, "estimation window %d:%d ends before it starts", o->est.from,
                       o->est.to);
    if (o->min_est < 1) return err_set(e, ERR_USAGE, "--min-estimation must be at least 1");
    if (o->car_var != STUDY_VAR_FORECAST && o->car_var != STUDY_VAR_PLAIN)
        return err_set(e, ERR_USAGE, "unknown CAR variance");
    for (size_t i = 0; i < o->nwin; i++) {
        const study_window_t *w = &o->win[i];
        if (w->from > w->to)
            return err_set(e, ERR_USAGE, "window %d:%d ends before it starts", w->from, w->to);
        if (!(o->est.to < w->from || o->est.from > w->to))
            return err_set(e, ERR_USAGE, "estimation window %d:%d overlaps event window %d:%d",
                           o->est.from, o->est.to, w->from, w->to);
    }
    return 0;
}

static int study_int(const char *s, const char *end, int *out)
{
    long v = 0;
    int neg = 0;

    if (s < end && (*s == '-' || *s == '+')) neg = *s++ == '-';
    if (s >= end) return -1;
    for (; s < end; s++) {
        if (*s < '0' || *s > '9') return -1;
        v = v * 10 + (*s - '0');
        if (v > 100000) return -1;
    }
    *out = (int)(neg ? -v : v);
    return 0;
}

int study_window_parse(const char *s, study_window_t *w)
{
    const char *colon = s ? strchr(s, ':') : NULL;
    study_window_t t;

    if (!colon || study_int(s, colon, &t.from) ||
        study_int(colon + 1, colon + strlen(colon), &t.to) || t.from > t.to)
        return ERR_USAGE;
    *w = t;
    return 0;
}

int study_model_parse(const char *s, study_model_t *m)
{
    if (!s) return ERR_USAGE;
    if (strcmp(s, "market") == 0)
        *m = STUDY_MARKET;
    else if (strcmp(s, "market-adjusted") == 0)
        *m = STUDY_MARKET_ADJUSTED;
    else if (strcmp(s, "mean-adjusted") == 0)
        *m = STUDY_MEAN_ADJUSTED;
    else
        return ERR_USAGE;
    return 0;
}

int study_car_var_parse(const char *s, study_car_var_t *v)
{
    if (!s) return ERR_USAGE;
    if (strcmp(s, "forecast") == 0)
        *v = STUDY_VAR_FORECAST;
    else if (strcmp(s, "plain") == 0)
        *v = STUDY_VAR_PLAIN;
    else
        return ERR_USAGE;
    return 0;
}

const char *study_car_var_name(study_car_var_t v)
{
    return v == STUDY_VAR_PLAIN ? "plain" : "forecast";
}

const char *study_model_name(study_model_t m)
{
    switch (m) {
    case STUDY_MARKET:
        return "market";
    case STUDY_MARKET_ADJUSTED:
        return "market-adjusted";
    case STUDY_MEAN_ADJUSTED:
        return "mean-adjusted";
    }
    return "?";
}

const char *study_skip_name(study_skip_t s)
{
    return (size_t)s < sizeof study_skip_names / sizeof *study_skip_names ? study_skip_names[s]
                                                                          : "?";
}

/* ---- returns ------------------------------------------------------------ */

void study_returns_init(study_returns_t *rt)
{
    memset(rt, 0, sizeof *rt);
}

void study_returns_release(study_returns_t *rt)
{
    if (!rt) return;
    mem_free(rt->day);
    mem_free(rt->r);
    mem_free(rt->rm);
    study_returns_init(rt);
}

int study_returns_build(study_returns_t *rt, const long *day, const double *px, size_t n,
                        const long *bday, const double *bpx, size_t bn)
{
    size_t i = 0, j = 0, k = 0, cap = n ? n : 1;
    double prev = NAN, bprev = NAN;
    int bench = bday != NULL;

    study_returns_release(rt);
    rt->day = mem_alloc(cap * sizeof *rt->day);
    rt->r = mem_alloc(cap * sizeof *rt->r);
    rt->rm = bench ? mem_alloc(cap * sizeof *rt->rm) : NULL;
    if (!rt->day || !rt->r || (bench && !rt->rm)) {
        study_returns_release(rt);
        return ERR_NOMEM;
    }
    for (i = 0; i < n; i++) {
        if (bench) {
            while (j < bn && bday[j] < day[i]) j++;
            if (j >= bn || bday[j] != day[i]) continue;
        }
        rt->day[k] = day[i];
        rt->r[k] = k ? px[i] / prev - 1.0 : NAN;
        if (bench) {
            rt->rm[k] = k ? bpx[j] / bprev - 1.0 : NAN;
            bprev = bpx[j];
        }
        prev = px[i];
        k++;
    }
    rt->n = k;
    return 0;
}

/* ---- distributions ------------------------------------------------------ */

/* Continued fraction of the incomplete beta (modified Lentz). */
static double study_betacf(double a, double b, double x)
{
    const double tiny = 1e-300, eps = 1e-16;
    double qab = a + b, qap = a + 1.0, qam = a - 1.0;
    double c = 1.0, d = 1.0 - qab * x / qap, h;

    if (fabs(d) < tiny) d = tiny;
    d = 1.0 / d;
    h = d;
    for (int m = 1; m <= 1000; m++) {
        int m2 = 2 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2)), del;
        d = 1.0 + aa * d;
        if (fabs(d) < tiny) d = tiny;
        c = 1.0 + aa / c;
        if (fabs(c) < tiny) c = tiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (fabs(d) < tiny) d = tiny;
        c = 1.0 + aa / c;
        if (fabs(c) < tiny) c = tiny;
        d = 1.0 / d;
        del = d * c;
        h *= del;
        if (fabs(del - 1.0) < eps) break;
    }
    return h;
}

double study_ibeta(double a, double b, double x)
{
    double front;

    if (!(x > 0.0)) return 0.0;
    if (!(x < 1.0)) return 1.0;
    front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x));
    if (x < (a + 1.0) / (a + b + 2.0)) return front * study_betacf(a, b, x) / a;
    return 1.0 - front * study_betacf(b, a, 1.0 - x) / b;
}

double study_t_pvalue(double t, double df)
{
    if (isnan(t) || !(df > 0)) return NAN;
    if (isinf(t)) return 0.0;
    /* P(|T| >= |t|) = I_{df/(df+t^2)}(df/2, 1/2) */
    return study_ibeta(df / 2.0, 0.5, df / (df + t * t));
}

double study_z_pvalue(double z)
{
    if (isnan(z)) return NAN;
    return erfc(fabs(z) / sqrt(2.0));
}

/* ---- one event ---------------------------------------------------------- */

int study_ols(const double *x, const double *y, size_t n, double *alpha, double *beta, double *sse)
{
    double mx = 0, my = 0, sxx = 0, sxy = 0, a, b, s = 0;

    if (n < 2) return ERR_DATA;
    for (size_t i = 0; i < n; i++) {
        mx += x[i];
        my += y[i];
    }
    mx /= (double)n;
    my /= (double)n;
    for (size_t i = 0; i < n; i++) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
    }
    if (!(sxx > STUDY_TINY_VAR)) return ERR_DATA;
    b = sxy / sxx;
    a = my - b * mx;
    for (size_t i = 0; i < n; i++) {
        double r = y[i] - a - b * x[i];
        s += r * r;
    }
    *alpha = a;
    *beta = b;
    *sse = s;
    return 0;
}

static void study_skip(study_result_t *out, study_skip_t why, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void study_skip(study_result_t *out, study_skip_t why, const char *fmt, ...)
{
    va_list ap;

    out->skip = why;
    va_start(ap, fmt);
    vsnprintf(out->reason, sizeof out->reason, fmt, ap);
    va_end(ap);
}

static size_t study_seek(const study_returns_t *rt, long day)
{
    size_t lo = 0, hi = rt->n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (rt->day[mid] < day)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void study_event(const study_returns_t *rt, long event_day, const study_opts_t *o,
                 study_result_t *out)
{
    const double *r = rt->r, *rm = rt->rm;
    long n = (long)rt->n, t0, lo, hi, wmin = 0, wmax = 0;
    double mx = 0, my = 0, sxx = 0, sxy = 0, sse = 0, a = 0, b = 0, var;
    long ne, need;
    char d1[11];

    memset(out, 0, sizeof *out);
    out->day0 = -1;
    out->r0 = out->rm0 = out->ar0 = NAN;
    out->alpha = out->beta = out->sigma = NAN;
    out->nwin = o->nwin;
    if (event_day < 0) {
        study_skip(out, STUDY_NO_DATE, "the event has no date");
        return;
    }
    if (n < 2) {
        study_skip(out, STUDY_NO_PRICES, "no prices");
        return;
    }
    if (o->model != STUDY_MEAN_ADJUSTED && !rm) {
        study_skip(out, STUDY_NO_BENCHMARK, "no benchmark prices");
        return;
    }
    if (event_day > rt->day[n - 1] || event_day < rt->day[0]) {
        char d2[11];
        date_format_iso(rt->day[0], d1);
        date_format_iso(rt->day[n - 1], d2);
        study_skip(out, STUDY_OUTSIDE, "the event is outside the price history (%s to %s)", d1, d2);
        return;
    }
    t0 = (long)study_seek(rt, event_day);
    out->day0 = rt->day[t0];
    if (t0 >= 1) {
        out->has_r0 = 1;
        out->r0 = r[t0];
        if (rm) out->rm0 = rm[t0];
    }
    for (size_t w = 0; w < o->nwin; w++) {
        if (w == 0 || o->win[w].from < wmin) wmin = o->win[w].from;
        if (w == 0 || o->win[w].to > wmax) wmax = o->win[w].to;
    }
    if (t0 + wmin < 1 || t0 + wmax > n - 1) {
        date_format_iso(out->day0, d1);
        study_skip(out, STUDY_OUTSIDE,
                   "the event window %ld:%ld around %s reaches past the price history", wmin, wmax,
                   d1);
        return;
    }
    lo = t0 + o->est.from;
    hi = t0 + o->est.to;
    if (lo < 1) lo = 1;
    if (hi > n - 1) hi = n - 1;
    ne = hi >= lo ? hi - lo + 1 : 0;
    need = o->min_est;
    if (o->model == STUDY_MARKET && need < 3) need = 3;
    if (need < 2) need = 2;
    out->n_est = (size_t)ne;
    if (ne < need) {
        study_skip(out, STUDY_FEW_ESTIMATION,
                   "%ld estimation days with returns, fewer than the %ld needed", ne, need);
        return;
    }

    /* Estimation: the normal-return model and sigma. */
    for (long i = lo; i <= hi; i++) {
        double x = rm ? rm[i] : 0.0, y = o->model == STUDY_MARKET_ADJUSTED ? r[i] - x : r[i];
        mx += x;
        my += y;
    }
    mx /= (double)ne;
    my /= (double)ne;
    for (long i = lo; i <= hi; i++) {
        double x = rm ? rm[i] : 0.0, y = o->model == STUDY_MARKET_ADJUSTED ? r[i] - x : r[i];
        sxx += (x - mx) * (x - mx);
        sxy += (x - mx) * (y - my);
        if (o->model != STUDY_MARKET) sse += (y - my) * (y - my);
    }
    if (o->model == STUDY_MARKET) {
        if (!(sxx > STUDY_TINY_VAR)) {
            study_skip(out, STUDY_ZERO_VARIANCE,
                       "the benchmark's returns have zero variance in the estimation window");
            return;
        }
        b = sxy / sxx;
        a = my - b * mx;
        for (long i = lo; i <= hi; i++) {
            double e = r[i] - a - b * rm[i];
            sse += e * e;
        }
        var = sse / (double)(ne - 2);
    } else {
        a = o->model == STUDY_MEAN_ADJUSTED ? my : 0.0;
        b = o->model == STUDY_MARKET_ADJUSTED ? 1.0 : 0.0;
        var = sse / (double)(ne - 1);
    }
    if (!(var > STUDY_TINY_VAR)) {
        study_skip(out, STUDY_ZERO_VARIANCE, "zero variance of returns in the estimation window");
        return;
    }
    out->alpha = a;
    out->beta = b;
    out->sigma = sqrt(var);
    if (out->has_r0) out->ar0 = r[t0] - a - b * (rm ? rm[t0] : 0.0);

    /* Event windows. */
    for (size_t w = 0; w < o->nwin; w++) {
        study_car_t *c = &out->car[w];
        double car = 0, s = 0, L = (double)(o->win[w].to - o->win[w].from + 1), v;
        for (long i = t0 + o->win[w].from; i <= t0 + o->win[w].to; i++) {
            double x = rm ? rm[i] : 0.0;
            car += r[i] - a - b * x;
            s += x;
        }
        switch (o->model) {
        case STUDY_MARKET:
            v = var * (L + L * L / (double)ne + (s - L * mx) * (s - L * mx) / sxx);
            c->df = (int)(ne - 2);
            break;
        case STUDY_MEAN_ADJUSTED:
            v = var * (L + L * L / (double)ne);
            c->df = (int)(ne - 1);
            break;
        default:
            v = var * L;
            c->df = (int)(ne - 1);
            break;
        }
        if (o->car_var == STUDY_VAR_PLAIN) v = var * L; /* CAR / (sqrt(L) sigma) */
        c->car = car;
        c->sd = sqrt(v);
        c->t = car / c->sd;
        c->p = study_t_pvalue(c->t, c->df);
    }
}

void study_measure_event(const study_returns_t *rt, const char *occurred_on, const study_opts_t *o,
                         study_result_t *out)
{
    study_opts_t def;
    long day = -1;

    if (!o) {
        study_opts_default(&def);
        o = &def;
    }
    if (occurred_on && occurred_on[0] && date_parse_iso(occurred_on, &day)) day = -1;
    study_event(rt, day, o, out);
}

/* ---- across events ------------------------------------------------------ */

void study_aggregate(const study_result_t *res, size_t n, size_t w, study_agg_t *out)
{
    double sum = 0, ssum = 0, sd2 = 0, ssd2 = 0, pv = 0, mean, smean;
    int patell_ok = 1;

    memset(out, 0, sizeof *out);
    out->caar = out->sd = out->share_pos = NAN;
    out->t_cs = out->p_cs = out->patell_z = out->p_patell = out->bmp_t = out->p_bmp = NAN;
    for (size_t i = 0; i < n; i++) {
        const study_car_t *c;
        if (res[i].skip != STUDY_OK || w >= res[i].nwin) continue;
        c = &res[i].car[w];
        out->n++;
        if (c->car > 0) out->npos++;
        sum += c->car;
        ssum += c->t;
        if (c->df > 2)
            pv += (double)c->df / (c->df - 2.0);
        else
            patell_ok = 0;
    }
    if (!out->n) return;
    mean = sum / (double)out->n;
    smean = ssum / (double)out->n;
    out->caar = mean;
    out->share_pos = (double)out->npos / (double)out->n;
    for (size_t i = 0; i < n; i++) {
        const study_car_t *c;
        if (res[i].skip != STUDY_OK || w >= res[i].nwin) continue;
        c = &res[i].car[w];
        sd2 += (c->car - mean) * (c->car - mean);
        ssd2 += (c->t - smean) * (c->t - smean);
    }
    if (patell_ok) {
        out->has_patell = 1;
        out->patell_z = ssum / sqrt(pv);
        out->p_patell = study_z_pvalue(out->patell_z);
    }
    if (out->n >= 2) {
        double rn = sqrt((double)out->n);
        out->sd = sqrt(sd2 / (double)(out->n - 1));
        if (out->sd > 0) {
            out->has_cs = 1;
            out->t_cs = mean / (out->sd / rn);
            out->p_cs = study_t_pvalue(out->t_cs, (double)(out->n - 1));
        }
        if (ssd2 > 0) {
            out->has_bmp = 1;
            out->bmp_t = smean / (sqrt(ssd2 / (double)(out->n - 1)) / rn);
            out->p_bmp = study_t_pvalue(out->bmp_t, (double)(out->n - 1));
        }
    }
}
