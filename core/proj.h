/* proj: projections, the named and versioned folds of the event log into read models.
 *
 * A projection (proj_def_t) has a name, a version and a pure fold (apply) that
 * turns one event into changes of its read model. The read models live behind
 * a store port (proj_store_t: an ops table plus an opaque implementation, like
 * eventlog_t); SQLite is its adapter (adapters/sqlite/projdb.c), tests use a
 * fake. proj_run() catches projections up from their checkpoints, writing each
 * chunk of read-model changes and the checkpoints in one store transaction, so
 * every event is applied exactly once, crash or not.
 *
 * Projections of version 1:
 *   timeline  one row per (event, company) with the figures the queries need;
 *             a retraction deletes the rows of its target; price imports
 *             (bulk price data, not news) are left out.
 *   companies the directory of company ids, names and tickers seen in events
 *             (what COMPANY arguments resolve against). */
#ifndef SEISMO_PROJ_H
#define SEISMO_PROJ_H

#include <stddef.h>

#include "err.h"
#include "event.h"
#include "eventlog.h"

#define PROJ_STORE_OPS_VERSION 1

/* One row of the timeline read model: event seq as seen by one company. In
 * query results (proj_rows_t) every string is owned by the list; in a row
 * handed to proj_store_ops_t.row_put they are borrowed for the call. */
typedef struct proj_row_s {
    long long seq;
    char *id;      /* event id */
    char *company; /* the company this row belongs to (canonical id) */
    event_type_t type;
    char occurred_on[11]; /* "YYYY-MM-DD", "" when undated */
    int has_pct;          /* pct is set (share_move, metric_change) */
    double pct;           /* signed percent */
    char *metric;         /* metric_change: the metric, else NULL */
    char *region;         /* data.region when present, else NULL */
    char *others;         /* the other companies' ids, comma-separated, "" when none */
    char *figure;         /* the key figure ("+1.5%", "USD 3bn, talks", "pending"), or "" */
    char *text;           /* a short text, or "" */
    void *block;          /* in proj_rows_t: the one allocation holding the strings */
} proj_row_t;

/* A growable list of rows; owns the rows and their strings. */
typedef struct proj_rows_s {
    proj_row_t *items; /* owned array */
    size_t n;
    size_t cap;
} proj_rows_t;

/* Prepares l (caller storage) as empty. */
void proj_rows_init(proj_rows_t *l);
/* Frees every row and the array (l may be NULL) and leaves l empty. */
void proj_rows_release(proj_rows_t *l);
/* Appends a deep copy of row (borrowed; NULL strings stay NULL); returns 0 or ERR_NOMEM. */
int proj_rows_add(proj_rows_t *l, const proj_row_t *row);

/* The read-model store a projection writes to. Every function returns 0 or a
 * negative ERR_* code and fills e. Strings are borrowed for the call. */
typedef struct proj_store_ops_s {
    int version; /* PROJ_STORE_OPS_VERSION */
    /* Begins the transaction that holds read-model changes and checkpoints. */
    int (*begin)(void *impl, err_t *e);
    /* Commits it. */
    int (*commit)(void *impl, err_t *e);
    /* Rolls it back (no-op without one). */
    void (*rollback)(void *impl);
    /* Reads projection name's checkpoint; version 0 and seq 0 when it never ran. */
    int (*checkpoint_get)(void *impl, const char *name, int *version, long long *seq, err_t *e);
    /* Writes projection name's checkpoint (in the open transaction). */
    int (*checkpoint_set)(void *impl, const char *name, int version, long long seq, err_t *e);
    /* Empties the read model of projection name (in the open transaction). */
    int (*reset)(void *impl, const char *name, err_t *e);
    /* timeline: stores row (its strings borrowed). */
    int (*row_put)(void *impl, const proj_row_t *row, err_t *e);
    /* timeline: removes every row of event target (an id) and records the
     * retraction (retraction event seq and reason). */
    int (*retract)(void *impl, const char *target, long long seq, const char *reason, err_t *e);
    /* companies: records that company id has name and ticker (either may be NULL). */
    int (*name_put)(void *impl, const char *id, const char *name, const char *ticker, err_t *e);
    /* prices: stores the daily bars of a price_import event (borrowed). */
    int (*bars_put)(void *impl, const event_t *ev, err_t *e);
} proj_store_ops_t;

typedef struct proj_store_s {
    const proj_store_ops_t *ops; /* borrowed, static */
    void *impl;                  /* owned by whoever made the store */
} proj_store_t;

/* A projection: name, version and fold. apply() is pure apart from the store
 * calls it makes; it never sees an event twice. */
typedef struct proj_def_s {
    const char *name;
    int version;
    const char *about; /* one line for `seismo status` and docs */
    int (*apply)(const proj_store_t *st, const event_t *ev, err_t *e);
} proj_def_t;

/* The projections of this seismo, in the order they are run. */
extern const proj_def_t proj_defs[];
extern const size_t proj_def_count;

/* Returns the projection called name (borrowed), or NULL. */
const proj_def_t *proj_def_find(const char *name);

/* Called during proj_run() with the events applied so far and the total to apply. */
typedef void (*proj_progress_fn)(void *arg, long long done, long long total);

/* Events read from the log per store transaction in proj_run(). */
#define PROJ_CHUNK 200000
/* Events between two progress calls within a chunk. */
#define PROJ_PROGRESS_EVERY 20000

/* Brings the projections up to the head of log (borrowed): every projection,
 * or only the one called only (borrowed, may be NULL). A projection whose
 * stored version differs from its definition, or every selected projection
 * when rebuild is set, is reset and refolded from seq 0. progress (may be
 * NULL) is called after each chunk. Stores in *applied (may be NULL) the
 * number of events read. Returns 0 or an ERR_* code. */
int proj_run(const proj_store_t *st, eventlog_t *log, const char *only, int rebuild,
             proj_progress_fn progress, void *arg, long long *applied, err_t *e);

/* Writes the key figure of ev (borrowed) into out (caller-owned, n bytes), "" when none. */
void proj_figure(const event_t *ev, char *out, size_t n);
/* Writes a short text for ev (borrowed) into out (caller-owned, n bytes), "" when none. */
void proj_text(const event_t *ev, char *out, size_t n);
/* Writes pct as a signed percent with at most two decimals ("+1.5%", "-11%") into
 * out (caller-owned, at least 32 bytes). */
void proj_format_pct(double pct, char out[32]);
/* Writes an amount readably into out (caller-owned, 32 bytes): 3000000000 -> "3bn",
 * 250000000 -> "250m", 2.4 -> "2.4". */
void proj_format_amount(double v, char out[32]);

#endif
