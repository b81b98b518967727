/* store (opener): opens the store named by --db or $SEISMO_DB with the engine
 * that serves it, and closes it.
 *
 *   a libpq URI (postgresql://..., postgres://...) or a libpq keyword string
 *   ("host=... dbname=...": the text has an '=' before any '/')  -> PostgreSQL
 *   anything else: a file path                                      -> SQLite
 *
 * Engines register in one table, store_engines[] in store.c: a name, the kind
 * of location it serves, its constructor and a version string. The opener
 * allocates the store_t, calls the constructor to fill it, and then fills the
 * log's environment (SHA-256 from adapters/crypto, the clock, the decoder of
 * stored bodies), so that no engine sees those. */
#ifndef SEISMO_STORE_OPEN_H
#define SEISMO_STORE_OPEN_H

#include "../../core/err.h"
#include "../../core/store.h"

typedef enum { STORE_DURABLE_FULL = 0, STORE_DURABLE_NORMAL = 1 } store_durability_t;

enum {
    STORE_OPEN_CREATE = 1,   /* create the store (file or schema) when it does not exist */
    STORE_OPEN_READONLY = 2, /* read only, apply no migration */
    STORE_OPEN_SCAN = 4,     /* the caller reads the whole store (verify) and uses the store
                                from one thread at a time: engines may map the file into
                                memory instead of copying each page, and skip locking */
};

typedef struct store_opts_s {
    int flags;      /* STORE_OPEN_* */
    int durability; /* store_durability_t: FULL acknowledges only what is on disk */
} store_opts_t;

typedef enum { STORE_KIND_PATH = 1, STORE_KIND_LIBPQ = 2 } store_kind_t;

/* An engine's constructor: opens location (borrowed) with o (borrowed) and
 * fills out (caller storage, zeroed): out->ops, out->impl and the ops and
 * impl of out->log, out->rm, out->reg and out->prices (not out->log.env).
 * Applies pending migrations unless read-only; refuses a store from a newer
 * seismo (ERR_NEWER) and a missing one without STORE_OPEN_CREATE
 * (ERR_NOINPUT). On failure out holds nothing to free. */
typedef int (*store_engine_open_fn)(const char *location, const store_opts_t *o, store_t *out,
                                    err_t *e);

typedef struct store_engine_s {
    const char *name;             /* "sqlite", "postgresql" */
    store_kind_t kind;            /* the locations it serves */
    store_engine_open_fn open;    /* NULL: not built into this seismo */
    const char *(*version)(void); /* the library version, for --version; may be NULL */
    int (*schema_latest)(void);   /* the latest schema version it knows; may be NULL */
} store_engine_t;

/* The engines of this seismo (store.c), ended by an entry with a NULL name. */
extern const store_engine_t store_engines[];

/* Returns the engine called name (borrowed) in store_engines[], or NULL. */
const store_engine_t *store_engine_find(const char *name);
/* Returns the kind of location uri (borrowed) names. */
store_kind_t store_kind(const char *uri);
/* Opens uri (borrowed path or libpq URI) with o (borrowed; NULL: open an
 * existing store read-write, durable). *out is owned by the caller
 * (store_close). Returns 0 or an ERR_* code with e filled: ERR_USAGE for an
 * empty location, ERR_UNAVAILABLE for an engine this seismo was built
 * without, and whatever the engine answers. */
int store_open(const char *uri, const store_opts_t *o, store_t **out, err_t *e);
/* Closes s (may be NULL) and frees it. */
void store_close(store_t *s);
/* Fills info (caller storage) with what s is; returns 0 or an ERR_* code. */
int store_info(store_t *s, store_info_t *info, err_t *e);
/* Makes s (borrowed) listen for appends made elsewhere (see store_ops_t.watch);
 * stores the descriptor to poll in *fd. ERR_USAGE when the engine cannot. */
int store_watch(store_t *s, int *fd, err_t *e);
/* Consumes what the watch of s heard; see store_ops_t.watch_drain. */
int store_watch_drain(store_t *s);
/* Tries to own projection name (borrowed) on s (borrowed); see store_ops_t.own.
 * 1 when s owns it (always, on an engine with one folder), 0 when another
 * connection does, or a negative ERR_* code. */
int store_own(store_t *s, const char *name, err_t *e);
/* Gives up what store_own took for name (nothing on an engine with one folder). */
void store_disown(store_t *s, const char *name);
/* 1 when the engine shares projections between nodes (store_own can answer 0). */
int store_shared(const store_t *s);
/* Checks the store's own structures (see store_ops_t.check): what is damaged
 * goes into problem (caller storage, n bytes), "" when sound or when the
 * engine has no check. Returns 0 when the check ran, or an ERR_* code. */
int store_check(store_t *s, char *problem, size_t n, err_t *e);
/* Records (why borrowed) or, with why NULL, lifts the mark that s was found
 * damaged (see store_ops_t.mark_broken); 0 when the engine keeps none. */
int store_mark_broken(store_t *s, const char *why, err_t *e);
/* Refreshes the engine's statistics of the log after a bulk load (see
 * store_ops_t.settle); 0 when the engine keeps none. */
int store_settle(store_t *s, err_t *e);
/* Writes the UTC time now as "YYYY-MM-DDTHH:MM:SSZ" into out (the log's clock). */
void store_clock_now(char out[21]);

#endif
