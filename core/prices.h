/* prices: daily bars parsed from CSV text (pure; no file I/O).
 *
 * Columns are found by header name, case-insensitively and in any order:
 * date, open, high, low, close, adj close (adjclose, adj_close), volume and an
 * optional symbol (or ticker); other columns are ignored. Dates are
 * "2025-02-12" or "2025-02-12 00:00:00-05:00" (the calendar date as written is
 * the trading day; the time and offset are dropped). Each symbol's rows must
 * be in increasing date order. A bad row is reported with its line number and
 * the parse goes on, so that every bad row of a file is named at once.
 *
 * The normalised text (what a price_import event carries in data.bars) is the
 * good rows in file order under the fixed header PRICES_HEADER, symbols in
 * capitals, dates as YYYY-MM-DD and the numbers as written in the file: the
 * same file always normalises to the same bytes, and parsing the normalised
 * text gives back the same bars. */
#ifndef SEISMO_PRICES_H
#define SEISMO_PRICES_H

#include <stddef.h>

#include "buf.h"
#include "err.h"

#define PRICES_HEADER     "symbol,date,open,high,low,close,adjclose,volume"
#define PRICES_SYMBOL_MAX 32 /* longest symbol, NUL included */

/* One daily bar. Optional figures (open, high, low, volume) are NAN when the
 * file leaves them out; adjclose is the close when the file has none. */
typedef struct prices_bar_s {
    long day; /* days since 1970-01-01 (core/date.h) */
    double open, high, low, close, adjclose, volume;
    unsigned line; /* 1-based line in the parsed text */
} prices_bar_t;

/* The bars of one symbol, in increasing day order. */
typedef struct prices_series_s {
    char symbol[PRICES_SYMBOL_MAX];
    prices_bar_t *bars; /* owned array */
    size_t n;
    size_t cap;
} prices_series_t;

/* A parsed file: one series per symbol, in order of first appearance. */
typedef struct prices_set_s {
    prices_series_t *series; /* owned array */
    size_t n;
    size_t cap;
    size_t rows;    /* good rows */
    size_t bad;     /* bad rows */
    buf_t problems; /* owned: one "line N: message\n" per bad row (the first PRICES_MAX_PROBLEMS) */
    buf_t norm;     /* owned: the normalised text (when asked for) */
} prices_set_t;

#define PRICES_MAX_PROBLEMS 1000

/* Parse options; every pointer borrowed. */
typedef struct prices_opts_s {
    /* Symbol of a file without a symbol column; with one, only the rows of
     * this symbol are kept. NULL: the file must have a symbol column. */
    const char *symbol;
    /* Symbol of a file without a symbol column when symbol is NULL (the CLI
     * passes one derived from the file name); ignored when either is present. */
    const char *fallback;
    int normalise; /* write the normalised text into set->norm */
} prices_opts_t;

/* Prepares s (caller storage) as empty. */
void prices_set_init(prices_set_t *s);
/* Frees everything s owns (s may be NULL) and leaves it empty. */
void prices_set_release(prices_set_t *s);
/* Returns the series of symbol (borrowed, compared case-insensitively) in s, or NULL (borrowed from
 * s). */
prices_series_t *prices_set_find(const prices_set_t *s, const char *symbol);

/* Parses len bytes of CSV text (borrowed) into s (caller storage, prices_set_init()ed).
 * Returns 0 when every row is good; ERR_DATA when the header is unusable or a row
 * is bad (s->problems lists them with line numbers, e's message names the first and
 * the count); ERR_NOMEM. o (borrowed) may be NULL. */
int prices_parse(const char *text, size_t len, const prices_opts_t *o, prices_set_t *s, err_t *e);

/* Checks that sym (borrowed) is a usable symbol (1 to PRICES_SYMBOL_MAX-1 of
 * A-Z a-z 0-9 . - ^ = _) and writes it in capitals into out (caller-owned). Returns 0 or ERR_DATA.
 */
int prices_symbol_norm(const char *sym, size_t n, char out[PRICES_SYMBOL_MAX]);

/* Returns the index of the first bar of series (borrowed) on or after day, or series->n. */
size_t prices_series_seek(const prices_series_t *series, long day);

#endif
