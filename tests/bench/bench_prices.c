/* Prices benchmark helper.
 *   bench_prices gen FILE.csv [SYMBOLS] [YEARS]
 *       writes daily bars (weekdays) for SYMBOLS symbols (default 500, the last
 *       one SPY) over YEARS years (default 10) as one CSV; prints the row count.
 *   bench_prices study DB [EVENTS]
 *       loads every symbol's returns against SPY from DB (the prices read model)
 *       and measures EVENTS (default 10000) random events with the market model,
 *       -250:-11, window -1:1; prints events/s beside a bare loop that only sums
 *       the same estimation and event windows (the least work over the same data). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "adapters/store/store.h"
#include "core/pricestore.h"
#include "core/date.h"
#include "core/mem.h"
#include "core/study.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static unsigned long long rng = 0x9E3779B97F4A7C15ull;

static double urand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (double)(rng >> 11) / 9007199254740992.0;
}

static int gen(const char *path, int nsym, int years)
{
    FILE *f = fopen(path, "w");
    long start = date_from_ymd(2015, 1, 1), end = date_from_ymd(2015 + years, 1, 1), rows = 0;
    static char buf[1 << 20];

    if (!f) {
        perror(path);
        return 1;
    }
    setvbuf(f, buf, _IOFBF, sizeof buf);
    fprintf(f, "symbol,date,open,high,low,close,volume,adjclose\n");
    for (int s = 0; s < nsym; s++) {
        char sym[16], d[11];
        double px = 20 + 200 * urand(), adj = px * 0.97;
        if (s == nsym - 1)
            snprintf(sym, sizeof sym, "SPY");
        else
            snprintf(sym, sizeof sym, "S%03d", s);
        for (long day = start; day < end; day++) {
            double r, open;
            if (date_weekday(day) >= 5) continue;
            r = (urand() - 0.5) * 0.04;
            open = px;
            px *= 1 + r;
            adj *= 1 + r;
            date_format_iso(day, d);
            fprintf(f, "%s,%s,%.4f,%.4f,%.4f,%.4f,%ld,%.6f\n", sym, d, open,
                    (px > open ? px : open) * 1.01, (px < open ? px : open) * 0.99, px,
                    (long)(1e6 + 1e7 * urand()), adj);
            rows++;
        }
    }
    if (fclose(f)) {
        perror(path);
        return 1;
    }
    printf("%ld\n", rows);
    return 0;
}

typedef struct sym_s {
    char symbol[PRICES_SYMBOL_MAX];
} sym_t;

static int collect(void *arg, const pricestore_symbol_t *s)
{
    sym_t **list = arg;
    size_t n = 0;
    while ((*list)[n].symbol[0]) n++;
    if (n >= 4095) return 0;
    snprintf((*list)[n].symbol, PRICES_SYMBOL_MAX, "%s", s->symbol);
    (*list)[n + 1].symbol[0] = '\0';
    return 0;
}

static int study(const char *path, long nevents)
{
    store_opts_t so = {0, STORE_DURABLE_NORMAL};
    store_t *st = NULL;
    err_t e = {0};
    sym_t *syms = calloc(4096, sizeof *syms);
    study_returns_t *rt;
    study_result_t *res;
    study_opts_t o;
    study_agg_t agg;
    size_t n = 0, measured = 0;
    long *ev_sym, *ev_day;
    double t0, t_load, t_study, t_bare, sink = 0;

    if (store_open(path, &so, &st, &e) || pricestore_symbols(&st->prices, collect, &syms, &e)) {
        fprintf(stderr, "bench_prices: %s\n", e.msg);
        return 1;
    }
    while (syms[n].symbol[0]) n++;
    rt = calloc(n, sizeof *rt);
    t0 = now_s();
    for (size_t i = 0; i < n; i++) {
        study_returns_init(&rt[i]);
        if (pricestore_returns(&st->prices, syms[i].symbol, "SPY", &rt[i], NULL, &e)) {
            fprintf(stderr, "bench_prices: %s\n", e.msg);
            return 1;
        }
    }
    t_load = now_s() - t0;
    ev_sym = malloc((size_t)nevents * sizeof *ev_sym);
    ev_day = malloc((size_t)nevents * sizeof *ev_day);
    res = malloc((size_t)nevents * sizeof *res);
    for (long i = 0; i < nevents; i++) {
        const study_returns_t *r;
        ev_sym[i] = (long)(urand() * (double)n);
        r = &rt[ev_sym[i]];
        /* a calendar day in the history, after the first year (weekends roll forward) */
        ev_day[i] =
            r->day[0] + 366 + (long)(urand() * (double)(r->day[r->n - 1] - r->day[0] - 380));
    }
    study_opts_default(&o);
    t0 = now_s();
    for (long i = 0; i < nevents; i++) study_event(&rt[ev_sym[i]], ev_day[i], &o, &res[i]);
    study_aggregate(res, (size_t)nevents, 0, &agg);
    t_study = now_s() - t0;
    for (long i = 0; i < nevents; i++) measured += res[i].skip == STUDY_OK;

    /* the bare loop: find day 0 the same way, then only sum the same windows */
    t0 = now_s();
    for (long i = 0; i < nevents; i++) {
        const study_returns_t *r = &rt[ev_sym[i]];
        size_t lo = 0, hi = r->n;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (r->day[mid] < ev_day[i])
                lo = mid + 1;
            else
                hi = mid;
        }
        for (long k = (long)lo - 250; k <= (long)lo + 1; k++)
            if (k >= 1 && k < (long)r->n) sink += r->r[k] + r->rm[k];
    }
    t_bare = now_s() - t0;

    printf("symbols %zu, bars loaded in %.3f s (%zu returns series against SPY)\n", n, t_load, n);
    printf("study: %ld events (%zu measured, CAAR %+.4f%%) in %.4f s = %.0f events/s "
           "(target >= 100000)\n",
           nevents, measured, agg.caar * 100, t_study, (double)nevents / t_study);
    printf("bare window-sum loop: %.4f s = %.0f events/s; ratio study/bare = %.2f (sink %.3g)\n",
           t_bare, (double)nevents / t_bare, t_bare / t_study, sink);
    for (size_t i = 0; i < n; i++) study_returns_release(&rt[i]);
    free(rt);
    free(res);
    free(ev_sym);
    free(ev_day);
    free(syms);
    store_close(st);
    return (double)nevents / t_study >= 100000 ? 0 : 2;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "gen") == 0)
        return gen(argv[2], argc > 3 ? atoi(argv[3]) : 500, argc > 4 ? atoi(argv[4]) : 10);
    if (argc >= 3 && strcmp(argv[1], "study") == 0)
        return study(argv[2], argc > 3 ? atol(argv[3]) : 10000);
    fprintf(stderr, "usage: bench_prices gen FILE.csv [SYMBOLS] [YEARS] | study DB [EVENTS]\n");
    return 64;
}
