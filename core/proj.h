/* proj: projections, the named and versioned folds of the event log into read models.
 *
 * A projection (proj_def_t) has a name, a version and a pure fold (apply) that
 * turns one event into changes of its read model, and a reset that empties
 * it: proj_defs[] is the one table of them, so a rebuild never dispatches on
 * names. The read models live behind the read-model port (core/readmodel.h);
 * SQLite is its first adapter, tests use a fake. proj_run() catches
 * projections up from their checkpoints, writing each chunk of read-model
 * changes and the checkpoints in one write transaction, so every event is
 * applied exactly once, crash or not.
 *
 * Projections of version 1:
 *   timeline  one row per (event, company) with the figures the queries need;
 *             a retraction deletes the rows of its target; price imports
 *             (bulk price data, not news) are left out.
 *   companies the directory of company ids, names and tickers seen in events
 *             (what COMPANY arguments resolve against).
 *   prices    the daily bars of price_import events (inputs of event studies)
 *             (version 2: a retracted import leaves it; the bars are then
 *             refolded from the imports still standing). */
#ifndef SEISMO_PROJ_H
#define SEISMO_PROJ_H

#include <stddef.h>

#include "err.h"
#include "event.h"
#include "eventlog.h"
#include "prices.h"
#include "readmodel.h"

/* One row of the timeline read model: event seq as seen by one company. In
 * query results (proj_rows_t) every string is owned by the list; in a row
 * handed to readmodel_ops_t.timeline_put they are borrowed for the call. */
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

/* Ids of events retracted within one chunk of proj_run(), for projections
 * that must look back at them once the chunk's scan is over. */
typedef struct proj_pending_s {
    char (*ids)[65]; /* owned array of hex ids */
    size_t n, cap;
} proj_pending_t;

/* What a projection's apply, reset and chunk_end get: the read model to write
 * to, the log (read back only by chunk_end, never while the scan is running),
 * the retraction targets seen in the chunk, and optionally the already parsed
 * bars of one price_import event (a hint, so an import just appended is not
 * parsed twice). */
typedef struct proj_ctx_s {
    const readmodel_t *rm;         /* borrowed */
    eventlog_t *log;               /* borrowed */
    proj_pending_t *retracted;     /* borrowed: owned by proj_run() */
    const event_t *hint_ev;        /* borrowed, may be NULL: the event the hint is for */
    const prices_set_t *hint_bars; /* borrowed, may be NULL: what hint_ev's data.bars parses to */
} proj_ctx_t;

/* A projection: name, version, fold and reset. apply() is pure apart from
 * the read-model calls it makes; it never sees an event twice. reset()
 * empties its read model (in the open write transaction). */
typedef struct proj_def_s {
    const char *name;
    int version;
    const char *about;     /* one line for `seismo status` and docs */
    event_type_t types[2]; /* the types it folds (the scan reads only those; EVENT_NONE
                              fills the unused one); types[0] EVENT_NONE: every type */
    int (*apply)(const proj_ctx_t *c, const event_t *ev, err_t *e);
    int (*reset)(const proj_ctx_t *c, err_t *e);
    /* May be NULL. Called once the events of a chunk up to seq upto are applied,
     * in the same write transaction, before the checkpoint moves. */
    int (*chunk_end)(const proj_ctx_t *c, long long upto, err_t *e);
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
/* The same when every selected projection starts from seq 0 (a rebuild, or
 * read models never built): the read model can then write its rows in key
 * order into emptied tables, once, instead of a batch per chunk. It holds the
 * store's write lock meanwhile (about 2 s per million events). */
#define PROJ_REFOLD_CHUNK 2000000
/* Events between two progress calls within a chunk. */
#define PROJ_PROGRESS_EVERY 20000

/* How proj_run() runs; caller storage, every pointer borrowed. */
typedef struct proj_opts_s {
    const char *only;          /* the one projection to run, or NULL for every one */
    int rebuild;               /* reset and refold the selected projections from seq 0 */
    proj_progress_fn progress; /* may be NULL: called after each chunk */
    void *arg;
    const event_t *hint_ev;        /* may be NULL: see proj_ctx_t */
    const prices_set_t *hint_bars; /* may be NULL */
} proj_opts_t;

/* Brings the projections up to the head of log (borrowed) in rm (borrowed),
 * as o (borrowed, NULL for every projection, no rebuild) says. A projection
 * whose stored version differs from its definition, or every selected one
 * when rebuild is set, is reset and refolded from seq 0. Stores in *applied
 * (may be NULL) the number of events read. Returns 0 or an ERR_* code. */
int proj_run(const readmodel_t *rm, eventlog_t *log, const proj_opts_t *o, long long *applied,
             err_t *e);

/* One projection's checkpoint, for `seismo status`, /v1/status and /metrics. */
typedef struct proj_status_s {
    const char *name; /* borrowed, static */
    int version;      /* this seismo's version of the projection */
    int stored;       /* the version its read model was built with, 0 if never */
    long long last_seq;
    const char *about; /* borrowed, static */
} proj_status_t;

/* Fills out (caller-owned, proj_def_count entries) with each projection's checkpoint in rm. */
int proj_status(const readmodel_t *rm, proj_status_t *out, err_t *e);

/* Room for the strings of one derived row (proj_row_derive()). */
typedef struct proj_row_space_s {
    char figure[96], text[128], others[512];
} proj_row_space_t;
/* Fills row (caller storage) with the timeline row of event ev (borrowed)
 * for company (borrowed, a company id of ev exactly as the event writes it),
 * as the timeline projection folds it: its strings are borrowed from ev and
 * sp (caller storage). For read models that store only the keys of the rows
 * (readmodel_ops_t.timeline_keys). Returns 0, or ERR_NOTFOUND when ev has no
 * such row (no such company; a retraction or a price import). */
int proj_row_derive(const event_t *ev, const char *company, proj_row_t *row, proj_row_space_t *sp);
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
