/* qstudy: the event study as a read-side document (seismo.study/1), shared by
 * `seismo study` (adapters/cli/cmd_prices.c) and the daemon's GET /v1/study and
 * GET /v1/companies/{id}/study (adapters/daemon/query.c).
 *
 * A study collects the news events of the log (retracted ones left out), one
 * row per event and company, measures each against its company's prices in
 * the prices read model (core/study.c does the statistics), aggregates each
 * window across events, and makes the JSON document. Like the other queries
 * it never catches the prices projection up itself: the CLI does that before
 * asking, the daemon answers from the read model as it is.
 *
 * The argument checks live here too, so that both surfaces accept and refuse
 * the same things with the same words (what names the option or parameter:
 * "--window" on the command line, "window" in a URL). */
#ifndef SEISMO_QSTUDY_H
#define SEISMO_QSTUDY_H

#include <jansson.h>

#include "../../core/err.h"
#include "../../core/event.h"
#include "../../core/eventlog.h"
#include "../../core/prices.h"
#include "../../core/study.h"
#include "../../core/pricestore.h"

/* The arguments of a study; caller storage. */
typedef struct qstudy_args_s {
    study_opts_t o;                       /* model, estimation, windows, least estimation days */
    char bench[PRICES_SYMBOL_MAX];        /* benchmark symbol, default "SPY" */
    event_type_t types[EVENT_TYPE_COUNT]; /* the news types asked for (none: every one) */
    size_t ntypes;
    size_t nwin;                    /* windows given so far (none: the default -1:1) */
    char symbol[PRICES_SYMBOL_MAX]; /* the listing asked for (--symbol), "" for none */
    const char *listing; /* borrowed: the company symbol is a listing of (query_listing()),
                            measured on it; NULL: every company on its own listing */
} qstudy_args_t;

/* Sets a to the defaults: market model, -250:-11, window -1:1, 100 days, SPY, every type. */
void qstudy_args_init(qstudy_args_t *a);
/* Adds news type v (borrowed) to a; ERR_USAGE naming what (borrowed) and v otherwise. */
int qstudy_add_type(const char *what, const char *v, qstudy_args_t *a, err_t *e);
/* Sets the benchmark to symbol v (borrowed); ERR_USAGE when v is not a symbol. */
int qstudy_set_benchmark(const char *what, const char *v, qstudy_args_t *a, err_t *e);
/* Sets the listing to symbol v (borrowed); ERR_USAGE when v is not a symbol. */
int qstudy_set_symbol(const char *what, const char *v, qstudy_args_t *a, err_t *e);
/* Sets the model named v (borrowed); ERR_USAGE when unknown. */
int qstudy_set_model(const char *what, const char *v, qstudy_args_t *a, err_t *e);
/* Sets the estimation window "FROM:TO" v (borrowed); ERR_USAGE when malformed. */
int qstudy_set_estimation(const char *what, const char *v, qstudy_args_t *a, err_t *e);
/* Adds the event window "FROM:TO" v (borrowed); ERR_USAGE when malformed or too many. */
int qstudy_add_window(const char *what, const char *v, qstudy_args_t *a, err_t *e);
/* Sets the least number of estimation days to v (borrowed, 1 to 100000); ERR_USAGE otherwise. */
int qstudy_set_min_estimation(const char *what, const char *v, qstudy_args_t *a, err_t *e);
/* Sets the CAR variance from v (borrowed: forecast or plain); ERR_USAGE naming what. */
int qstudy_set_car_variance(const char *what, const char *v, qstudy_args_t *a, err_t *e);
/* Completes a once every option is read: the windows given, the default types;
 * checks the windows (ERR_USAGE with e set). */
int qstudy_args_finish(qstudy_args_t *a, err_t *e);

/* One measured (or skipped) event and company. */
typedef struct qstudy_row_s {
    long long seq;
    char *id;      /* owned */
    char *company; /* owned */
    char *ticker;  /* owned, may be NULL */
    event_type_t type;
    char occurred_on[11];
    char symbol[PRICES_SYMBOL_MAX]; /* the company's price symbol, "" when none */
    int has_reported;               /* share_move: reported is its percent */
    double reported;
    study_result_t res;
} qstudy_row_t;

/* A study's rows and aggregates; caller storage, owns everything in it. */
typedef struct qstudy_s {
    qstudy_row_t *rows; /* owned, in log order */
    size_t n, cap;
    study_agg_t agg[STUDY_MAX_WINDOWS]; /* per window of the arguments */
    /* while collecting */
    char *const *wanted; /* borrowed: canonical ids or tickers asked for (none: every company) */
    size_t nwanted;
    char **retracted; /* owned ids */
    size_t nretracted, capretracted;
    int collect_retractions;
} qstudy_t;

/* Prepares s (caller storage) as empty. */
void qstudy_init(qstudy_t *s);
/* Frees what s owns (s may be NULL) and leaves it empty. */
void qstudy_release(qstudy_t *s);

/* Runs the study of a (borrowed, qstudy_args_finish()ed) into s (caller storage,
 * qstudy_init()ed; qstudy_release() even on failure): the events of log (borrowed)
 * of the companies wanted (nwanted borrowed canonical ids or tickers, matched
 * case-insensitively; none for every company), measured on pdb's bars (borrowed),
 * then aggregated (each company and day 0 counted once). Returns 0 or an ERR_* code. */
int qstudy_run(const pricestore_t *pdb, eventlog_t *log, char *const *wanted, size_t nwanted,
               const qstudy_args_t *a, qstudy_t *s, err_t *e);

/* Makes the seismo.study/1 document of s under a (both borrowed): schema, model,
 * benchmark, returns, estimation, windows, events, aggregates and
 * reported_vs_measured, keys in that order. *out is owned by the caller
 * (json_decref). Returns 0 or ERR_NOMEM. */
int qstudy_doc(const qstudy_t *s, const qstudy_args_t *a, json_t **out, err_t *e);

/* Writes window w (borrowed) as "FROM:TO" into out (caller storage). */
void qstudy_window_name(const study_window_t *w, char out[32]);

#endif
