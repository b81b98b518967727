/* pricestore: the port of the prices read model, as the event study and
 * `seismo prices` read it (the prices projection writes it through the
 * read-model port, core/readmodel.h), and the measurement of events on top
 * of it, kept here once for every engine.
 *
 * An ops table (versioned) plus an opaque implementation, like eventlog_t.
 * SQLite is the first adapter (adapters/sqlite/pricesdb.c), tests use fakes.
 * Every function returns 0 or a negative ERR_* code and fills e. Strings
 * passed in are borrowed for the call; those handed to callbacks are
 * borrowed for the callback only. */
#ifndef SEISMO_PRICESTORE_H
#define SEISMO_PRICESTORE_H

#include <stddef.h>

#include "buf.h"
#include "err.h"
#include "prices.h"
#include "study.h"

#define PRICESTORE_OPS_VERSION 1
/* The version of the prices projection (core/proj.c) and its read model (2:
 * a retracted price import leaves it). */
#define PRICESTORE_VERSION 2

/* How a file's bars compare with the read model. */
typedef struct pricestore_diff_s {
    size_t fresh;     /* bars for days not yet present */
    size_t same;      /* bars present with the same close and adjusted close */
    size_t restated;  /* bars present with the same close, another adjusted close */
    size_t conflicts; /* bars present with another close */
    buf_t report;     /* owned: one line per conflict (the first 50) */
} pricestore_diff_t;

/* One row of `seismo prices list`. */
typedef struct pricestore_symbol_s {
    const char *symbol;
    const char *company; /* NULL for an index or ETF */
    long first_day, last_day;
    long long rows;
} pricestore_symbol_t;

typedef int (*pricestore_symbol_fn)(void *arg, const pricestore_symbol_t *s);

typedef struct pricestore_ops_s {
    int version; /* PRICESTORE_OPS_VERSION */
    /* Compares set with the read model into d (caller storage, filled from
     * scratch: the engine zeroes it and buf_init()s d->report; the caller
     * releases d->report with buf_release, even on failure). */
    int (*compare)(void *impl, const prices_set_t *set, pricestore_diff_t *d, err_t *e);
    /* Calls each for every symbol of the read model, in symbol order. */
    int (*symbols)(void *impl, pricestore_symbol_fn each, void *arg, err_t *e);
    /* Sets *any to 1 when the read model holds bars of at least one symbol, else 0. */
    int (*any)(void *impl, int *any, err_t *e);
    /* Finds the price symbol of company id (ticker may be NULL) into out: the
     * symbol imported for the company, else a symbol spelled like the ticker
     * or the id (case-insensitively). ERR_NOTFOUND (out "") when none. */
    int (*symbol_for)(void *impl, const char *id, const char *ticker, char out[PRICES_SYMBOL_MAX],
                      err_t *e);
    /* Loads the days and adjusted closes of symbol, in day order, into *day
     * and *px (owned by the caller, mem_free) and *n (0, both NULL, when the
     * symbol has no bars). */
    int (*load)(void *impl, const char *symbol, long **day, double **px, size_t *n, err_t *e);
} pricestore_ops_t;

typedef struct pricestore_s {
    const pricestore_ops_t *ops; /* borrowed, static */
    void *impl;                  /* owned by its store */
} pricestore_t;

/* Wrappers of the ops above (ps borrowed). */
int pricestore_compare(const pricestore_t *ps, const prices_set_t *set, pricestore_diff_t *d,
                       err_t *e);
int pricestore_symbols(const pricestore_t *ps, pricestore_symbol_fn each, void *arg, err_t *e);
int pricestore_any(const pricestore_t *ps, int *any, err_t *e);
int pricestore_symbol_for(const pricestore_t *ps, const char *id, const char *ticker,
                          char out[PRICES_SYMBOL_MAX], err_t *e);
/* (pricestore_symbol_for: the listing a company is measured on when the user
 * names none: the registry's primary listing, its ticker, when that has bars;
 * else the first, in symbol order, of the symbols imported for the company;
 * else a symbol spelled like the ticker or the id.) */
int pricestore_load(const pricestore_t *ps, const char *symbol, long **day, double **px, size_t *n,
                    err_t *e);

/* Builds the returns of symbol against benchmark (both borrowed; benchmark
 * NULL for none) into rt (caller storage, study_returns_init()ed).
 * *bench_missing (may be NULL) is set when the benchmark has no bars. */
int pricestore_returns(const pricestore_t *ps, const char *symbol, const char *benchmark,
                       study_returns_t *rt, int *bench_missing, err_t *e);

/* Measures events one after another, keeping the series of the last company
 * and benchmark (caller storage: pricestore_meter_init / _release). */
typedef struct pricestore_meter_s {
    const pricestore_t *ps; /* borrowed */
    int valid;
    char symbol[PRICES_SYMBOL_MAX];
    char bench[PRICES_SYMBOL_MAX];
    int bench_missing;
    study_returns_t cache; /* owned */
} pricestore_meter_t;

/* Prepares m (caller storage) to measure against ps (borrowed, outliving m). */
void pricestore_meter_init(pricestore_meter_t *m, const pricestore_t *ps);
/* Frees what m holds (m may be NULL). */
void pricestore_meter_release(pricestore_meter_t *m);
/* Measures one event for a summary or report: company id's event dated
 * occurred_on on price symbol (the company's listing, as
 * pricestore_symbol_for() or the user chose it; "" when it has none: skipped,
 * no prices) against benchmark (NULL for "SPY"), with o (NULL for the
 * defaults), into out (caller storage); every pointer borrowed. Returns 0
 * (look at out->skip) or an ERR_* code when the store cannot be read. */
int pricestore_measure_event(pricestore_meter_t *m, const char *company, const char *symbol,
                             const char *occurred_on, const char *benchmark, const study_opts_t *o,
                             study_result_t *out, err_t *e);

#endif
