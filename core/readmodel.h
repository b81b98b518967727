/* readmodel: the port of the read models, the tables the projections write
 * (core/proj.h) and the queries the CLI and the daemon ask of them.
 *
 * A read model is an ops table (versioned) plus an opaque implementation, like
 * eventlog_t. The engine keeps the rows of each projection and their
 * checkpoints so that one write transaction (begin ... commit) holds both:
 * every event is applied exactly once, crash or not. Which projection writes
 * what, and how a projection is emptied, is a table in core (proj_defs[]);
 * the engine only offers the row-level operations below. SQLite is the first
 * adapter (adapters/sqlite/projdb.c), tests use fakes.
 *
 * Every function returns 0 or a negative ERR_* code and fills e (ERR_BUSY,
 * ERR_IO, ERR_FULL, ERR_NOMEM, ERR_UNAVAILABLE...). Strings and structs passed
 * in are borrowed for the call; those handed to callbacks are borrowed for the
 * callback only. A callback returns 0 to go on, anything else to stop the call
 * with that value. */
#ifndef SEISMO_READMODEL_H
#define SEISMO_READMODEL_H

#include <stddef.h>

#include "err.h"
#include "event.h"
#include "prices.h"

#define READMODEL_OPS_VERSION 1

struct proj_row_s;  /* core/proj.h */
struct proj_rows_s; /* core/proj.h */

/* One entry of the company directory (the companies projection). */
typedef struct readmodel_company_s {
    const char *id;     /* canonical id as stored */
    const char *name;   /* display name, or NULL */
    const char *ticker; /* or NULL */
} readmodel_company_t;

/* One (company, name) pair of the directory: every company goes by its id,
 * its name and its ticker. */
typedef struct readmodel_name_s {
    const char *name;    /* one name the company goes by */
    const char *id;      /* the company's canonical id */
    const char *display; /* the company's display name, or NULL */
} readmodel_name_t;

typedef int (*readmodel_row_fn)(void *arg, const struct proj_row_s *row);
typedef int (*readmodel_company_fn)(void *arg, const readmodel_company_t *c);
typedef int (*readmodel_name_fn)(void *arg, const readmodel_name_t *n);

typedef struct readmodel_ops_s {
    int version; /* READMODEL_OPS_VERSION */

    /* ---- transactions ---- */
    /* Begins the write transaction that holds read-model changes and
     * checkpoints. On an engine shared by several processes or nodes it
     * also serialises writers, so that a checkpoint read inside it is the
     * one the commit builds on. */
    int (*begin)(void *impl, err_t *e);
    /* Commits it (on failure it is rolled back). */
    int (*commit)(void *impl, err_t *e);
    /* Rolls it back (no-op without one). */
    void (*rollback)(void *impl);
    /* Starts a read snapshot: every query until read_end sees one state. */
    int (*read_begin)(void *impl, err_t *e);
    /* Ends the snapshot (no-op without one). */
    void (*read_end)(void *impl);
    /* bulk 1 before a long catch-up or rebuild, 0 after: the engine may trade
     * per-commit durability of the (derived) read models or cache size for
     * speed meanwhile, never the atomicity of a commit. May be NULL. */
    void (*tune)(void *impl, int bulk);

    /* ---- checkpoints (in the open write transaction for set) ---- */
    /* Reads projection name's checkpoint: version 0 and seq 0 when it never ran. */
    int (*checkpoint_get)(void *impl, const char *name, int *version, long long *seq, err_t *e);
    /* Writes projection name's checkpoint. */
    int (*checkpoint_set)(void *impl, const char *name, int version, long long seq, err_t *e);

    /* ---- the timeline projection (in the open write transaction) ---- */
    /* Empties the timeline rows and the recorded retractions. */
    int (*timeline_reset)(void *impl, err_t *e);
    /* Stores row (unique by company and seq; its id is not stored, it is the log's). */
    int (*timeline_put)(void *impl, const struct proj_row_s *row, err_t *e);
    /* Retraction event seq with reason (may be NULL) of event target (an
     * id): when the log holds target at a seq below seq and it is not itself
     * a retraction, removes every timeline row of that event; always records
     * (target, seq, reason). */
    int (*timeline_retract)(void *impl, const char *target, long long seq, const char *reason,
                            err_t *e);

    /* ---- the companies projection (in the open write transaction) ---- */
    /* Empties the company directory. */
    int (*names_reset)(void *impl, err_t *e);
    /* Records that company id goes by name and ticker (either may be NULL):
     * the first name and ticker given for an id are its display ones, and
     * the id, name and ticker are all names it goes by. */
    int (*names_put)(void *impl, const char *id, const char *name, const char *ticker, err_t *e);

    /* ---- the prices projection (in the open write transaction) ---- */
    /* Empties the bars, symbols and conflicts of the prices read model. */
    int (*bars_reset)(void *impl, err_t *e);
    /* Folds the bars of price_import event ev (stored: seq set), parsed into
     * set, into the read model: a bar for a (symbol, day) not yet present is
     * stored; one already present with another close is recorded as a
     * conflict (the first fact stays). Each series' symbol is recorded with
     * its company: the company of ev whose ticker or id is the symbol. */
    int (*bars_put)(void *impl, const event_t *ev, const prices_set_t *set, err_t *e);

    /* ---- queries ---- */
    /* Calls each with the timeline rows of company (canonical id; NULL for
     * every company), ordered by company then seq, each with the event id
     * (read from the log) set. */
    int (*timeline_scan)(void *impl, const char *company, readmodel_row_fn each, void *arg,
                         err_t *e);
    /* Calls each with the directory entry whose id equals id
     * case-insensitively; not at all when there is none. */
    int (*company_get)(void *impl, const char *id, readmodel_company_fn each, void *arg, err_t *e);
    /* Calls each with every company one of whose names equals name
     * case-insensitively, in id order, each company once. */
    int (*names_find)(void *impl, const char *name, readmodel_company_fn each, void *arg, err_t *e);
    /* Calls each with every (name, company) pair of the directory, ordered
     * by id then name: the candidates of "did you mean" (core/names.h). */
    int (*names_scan)(void *impl, readmodel_name_fn each, void *arg, err_t *e);
    /* ---- how the timeline is stored ---- */
    /* 1 when the engine stores only the keys of the timeline rows (company
     * and seq) and derives the rest from the event when a row is read
     * (proj_row_derive()): timeline_put is then handed seq, id, type, date
     * and company only (pct, metric, region, others, figure and text unset).
     * 0: every column is handed over and stored. */
    int timeline_keys;
} readmodel_ops_t;

typedef struct readmodel_s {
    const readmodel_ops_t *ops; /* borrowed, static */
    void *impl;                 /* owned by its store */
} readmodel_t;

/* Returns 0 when rm has an adapter of this version, else ERR_INTERNAL with e filled. */
int readmodel_check(const readmodel_t *rm, err_t *e);
/* Begins, commits or rolls back the write transaction of rm. */
int readmodel_begin(const readmodel_t *rm, err_t *e);
int readmodel_commit(const readmodel_t *rm, err_t *e);
void readmodel_rollback(const readmodel_t *rm);
/* Starts and ends a read snapshot of rm. */
int readmodel_read_begin(const readmodel_t *rm, err_t *e);
void readmodel_read_end(const readmodel_t *rm);
/* Tells rm a long catch-up starts (bulk 1) or ended (bulk 0). */
void readmodel_tune(const readmodel_t *rm, int bulk);
/* Reads projection name's checkpoint (see readmodel_ops_t.checkpoint_get). */
int readmodel_checkpoint_get(const readmodel_t *rm, const char *name, int *version, long long *seq,
                             err_t *e);
/* Loads the timeline rows of company (borrowed canonical id; NULL for every
 * company) into out (caller storage, proj_rows_init()ed), ordered by company then seq. */
int readmodel_rows(const readmodel_t *rm, const char *company, struct proj_rows_s *out, err_t *e);
/* Loads the display name and ticker of company id (borrowed): *name and
 * *ticker are owned by the caller (mem_free), NULL when unknown. */
int readmodel_company(const readmodel_t *rm, const char *id, char **name, char **ticker, err_t *e);

#endif
