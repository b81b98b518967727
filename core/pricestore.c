#include "pricestore.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "mem.h"

static int pricestore_check(const pricestore_t *ps, err_t *e)
{
    if (!ps || !ps->ops || ps->ops->version != PRICESTORE_OPS_VERSION)
        return err_set(e, ERR_INTERNAL, "prices adapter missing or of another version");
    return 0;
}

int pricestore_compare(const pricestore_t *ps, const prices_set_t *set, pricestore_diff_t *d,
                       err_t *e)
{
    int rc = pricestore_check(ps, e);
    return rc ? rc : ps->ops->compare(ps->impl, set, d, e);
}

int pricestore_symbols(const pricestore_t *ps, pricestore_symbol_fn each, void *arg, err_t *e)
{
    int rc = pricestore_check(ps, e);
    return rc ? rc : ps->ops->symbols(ps->impl, each, arg, e);
}

int pricestore_any(const pricestore_t *ps, int *any, err_t *e)
{
    int rc = pricestore_check(ps, e);
    return rc ? rc : ps->ops->any(ps->impl, any, e);
}

#define PRICESTORE_FOUND 1 /* stops pricestore_symbols() at the symbol sought */

/* The symbol sought among a company's listings. */
typedef struct pricestore_want_s {
    const char *symbol;  /* borrowed, normalised */
    const char *company; /* borrowed canonical id */
} pricestore_want_t;

/* Stops at w's symbol when it has bars and prices w's company or none. */
static int pricestore_is_symbol(void *arg, const pricestore_symbol_t *s)
{
    const pricestore_want_t *w = arg;

    if (strcmp(s->symbol, w->symbol) != 0 || s->rows <= 0) return 0;
    return !s->company || !s->company[0] || strcasecmp(s->company, w->company) == 0
               ? PRICESTORE_FOUND
               : 0;
}

int pricestore_symbol_for(const pricestore_t *ps, const char *id, const char *ticker,
                          char out[PRICES_SYMBOL_MAX], err_t *e)
{
    char norm[PRICES_SYMBOL_MAX];
    pricestore_want_t want = {NULL, id ? id : ""};
    int rc = pricestore_check(ps, e);

    if (rc) return rc;
    /* A company listed several times (BABA and 9988.HK, both imported for
     * it) is measured on the registry's primary listing, its ticker (a listed
     * company's canonical id is that ticker too, for callers that know only
     * the id), when that has bars; else on what the engine finds: the first,
     * in symbol order, of the symbols imported for the company, or one
     * spelled like its ticker or id. */
    for (int i = 0; i < 2; i++) {
        const char *key = i == 0 ? ticker : id;
        if (!key || !key[0] || prices_symbol_norm(key, strlen(key), norm)) continue;
        want.symbol = norm;
        rc = ps->ops->symbols(ps->impl, pricestore_is_symbol, &want, e);
        if (rc == PRICESTORE_FOUND) {
            memcpy(out, norm, PRICES_SYMBOL_MAX);
            return 0;
        }
        if (rc) return rc;
    }
    return ps->ops->symbol_for(ps->impl, id, ticker, out, e);
}

int pricestore_load(const pricestore_t *ps, const char *symbol, long **day, double **px, size_t *n,
                    err_t *e)
{
    int rc = pricestore_check(ps, e);
    return rc ? rc : ps->ops->load(ps->impl, symbol, day, px, n, e);
}

int pricestore_returns(const pricestore_t *ps, const char *symbol, const char *benchmark,
                       study_returns_t *rt, int *bench_missing, err_t *e)
{
    long *d = NULL, *bd = NULL;
    double *v = NULL, *bv = NULL;
    size_t n = 0, bn = 0;
    int rc;

    if (bench_missing) *bench_missing = 0;
    if ((rc = pricestore_load(ps, symbol, &d, &v, &n, e))) return rc;
    if (benchmark && (rc = pricestore_load(ps, benchmark, &bd, &bv, &bn, e))) goto done;
    if (benchmark && bn == 0 && bench_missing) *bench_missing = 1;
    if (study_returns_build(rt, d, v, n, benchmark && bn ? bd : NULL, bv, bn))
        rc = err_set(e, ERR_NOMEM, "out of memory");
done:
    mem_free(d);
    mem_free(v);
    mem_free(bd);
    mem_free(bv);
    return rc;
}

void pricestore_meter_init(pricestore_meter_t *m, const pricestore_t *ps)
{
    memset(m, 0, sizeof *m);
    m->ps = ps;
    study_returns_init(&m->cache);
}

void pricestore_meter_release(pricestore_meter_t *m)
{
    if (!m) return;
    study_returns_release(&m->cache);
    m->valid = 0;
}

int pricestore_measure_event(pricestore_meter_t *m, const char *company, const char *symbol,
                             const char *occurred_on, const char *benchmark, const study_opts_t *o,
                             study_result_t *out, err_t *e)
{
    char bench[PRICES_SYMBOL_MAX];
    const char *want;
    study_opts_t def;

    if (!o) {
        study_opts_default(&def);
        o = &def;
    }
    if (!benchmark) benchmark = "SPY";
    if (prices_symbol_norm(benchmark, strlen(benchmark), bench))
        return err_set(e, ERR_USAGE, "'%s' is not a valid benchmark symbol", benchmark);
    if (!symbol || !symbol[0]) {
        study_returns_t none;
        study_returns_init(&none);
        study_measure_event(&none, occurred_on, o, out);
        if (out->skip != STUDY_NO_DATE) {
            out->skip = STUDY_NO_PRICES;
            snprintf(out->reason, sizeof out->reason, "no prices for %s", company);
        }
        return 0;
    }
    want = o->model == STUDY_MEAN_ADJUSTED ? "" : bench;
    if (!m->valid || strcmp(m->symbol, symbol) || strcmp(m->bench, want)) {
        int rc;
        m->valid = 0;
        if ((rc = pricestore_returns(m->ps, symbol, want[0] ? want : NULL, &m->cache,
                                     &m->bench_missing, e)))
            return rc;
        snprintf(m->symbol, sizeof m->symbol, "%s", symbol);
        snprintf(m->bench, sizeof m->bench, "%s", want);
        m->valid = 1;
    }
    study_measure_event(&m->cache, occurred_on, o, out);
    if (m->bench_missing && out->skip == STUDY_NO_BENCHMARK)
        snprintf(out->reason, sizeof out->reason, "no prices for benchmark %s", bench);
    return 0;
}
