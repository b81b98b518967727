/* pricesdb: the prices projection on SQLite (migrations/0004_prices.sql), and
 * the reads the event study needs.
 *
 * The projection folds price_import events into the prices and price_symbols
 * tables. Its checkpoint is the 'prices' row of proj_checkpoints, written in
 * the same transaction as the bars it covers, so every import is folded
 * exactly once, crash or not; a rebuild refolds the log from seq 0 into the
 * same rows. */
#ifndef SEISMO_PRICESDB_H
#define SEISMO_PRICESDB_H

#include "../../core/buf.h"
#include "../../core/err.h"
#include "../../core/event.h"
#include "../../core/eventlog.h"
#include "../../core/prices.h"
#include "../../core/study.h"
#include "db.h"

#define PRICESDB_NAME    "prices"
#define PRICESDB_VERSION 1

typedef struct pricesdb_s pricesdb_t;

/* Makes the prices store of d (borrowed; it must outlive *out); *out is owned
 * by the caller (pricesdb_free). Returns 0 or an ERR_* code. */
int pricesdb_new(db_t *d, pricesdb_t **out, err_t *e);
/* Frees p (may be NULL), its statements and its cached series. */
void pricesdb_free(pricesdb_t *p);

/* Empties the read model (inside the caller's open transaction). */
int pricesdb_reset(pricesdb_t *p, err_t *e);
/* Folds one price_import event ev (borrowed, stored: seq set) into the read
 * model, inside the caller's open transaction; other event types are ignored.
 * This is the projection's apply. Returns 0 or an ERR_* code. */
int pricesdb_apply(pricesdb_t *p, const event_t *ev, err_t *e);
/* Like pricesdb_apply() with the bars already parsed: set (borrowed) must be what
 * ev's data.bars parses to. */
int pricesdb_apply_set(pricesdb_t *p, const event_t *ev, const prices_set_t *set, err_t *e);

/* Brings the projection up to the head of log (borrowed; the log of the same
 * database), or refolds it from seq 0 when rebuild is set or its version
 * changed. hint (borrowed, may be NULL) is the parsed bars of the event with
 * seq hint_ev->seq (borrowed), used instead of decoding that event again.
 * Stores the number of price_import events folded in *applied (may be NULL). */
int pricesdb_catch_up(pricesdb_t *p, eventlog_t *log, int rebuild, const event_t *hint_ev,
                      const prices_set_t *hint, long long *applied, err_t *e);

/* How a file's bars compare with the read model. */
typedef struct pricesdb_diff_s {
    size_t fresh;     /* bars for days not yet present */
    size_t same;      /* bars present with the same close and adjusted close */
    size_t restated;  /* bars present with the same close, another adjusted close */
    size_t conflicts; /* bars present with another close */
    buf_t report;     /* owned: one line per conflict (the first 50) */
} pricesdb_diff_t;

/* Compares set (borrowed) with the read model into d (caller storage, filled
 * from scratch; release d->report with buf_release). Returns 0 or an ERR_* code. */
int pricesdb_compare(pricesdb_t *p, const prices_set_t *set, pricesdb_diff_t *d, err_t *e);

/* One row of `seismo prices list`. Strings borrowed for the callback only. */
typedef struct pricesdb_symbol_s {
    const char *symbol;
    const char *company; /* NULL for an index or ETF */
    long first_day, last_day;
    long long rows;
} pricesdb_symbol_t;

typedef int (*pricesdb_symbol_fn)(void *arg, const pricesdb_symbol_t *s);
/* Calls each for every symbol of the read model, in symbol order. */
int pricesdb_symbols(pricesdb_t *p, pricesdb_symbol_fn each, void *arg, err_t *e);

/* Sets *any to 1 when the read model holds bars of at least one symbol, else 0
 * (then summaries, reactions and reports show no measured figures). */
int pricesdb_any(pricesdb_t *p, int *any, err_t *e);

/* Finds the price symbol of company id (borrowed canonical id; ticker, borrowed,
 * may be NULL) into out: the symbol imported for the company, else a symbol
 * spelled like the ticker or the id. Returns 0, or ERR_NOTFOUND (out is "") when none. */
int pricesdb_symbol_for(pricesdb_t *p, const char *id, const char *ticker,
                        char out[PRICES_SYMBOL_MAX], err_t *e);

/* Loads the days and adjusted closes of symbol (borrowed) into *day and *px
 * (owned by the caller, mem_free) and *n (0 when the symbol has no bars). */
int pricesdb_load(pricesdb_t *p, const char *symbol, long **day, double **px, size_t *n, err_t *e);

/* Builds the returns of symbol against benchmark (both borrowed; benchmark NULL
 * for none) into rt (caller storage, study_returns_init()ed). *bench_missing
 * (may be NULL) is set when the benchmark was asked for but has no bars. */
int pricesdb_returns(pricesdb_t *p, const char *symbol, const char *benchmark, study_returns_t *rt,
                     int *bench_missing, err_t *e);

/* Measures one event for a summary or report: the company id (and ticker, may be
 * NULL) dated occurred_on (all borrowed) against benchmark (borrowed; NULL for
 * "SPY"), with o (borrowed; NULL for the defaults), into out (caller storage).
 * The series of the last company and benchmark are cached in p. Returns 0 (look
 * at out->skip) or an ERR_* code when the database cannot be read. */
int pricesdb_measure_event(pricesdb_t *p, const char *company, const char *ticker,
                           const char *occurred_on, const char *benchmark, const study_opts_t *o,
                           study_result_t *out, err_t *e);

#endif
