/* store: one connection to a storage engine, and the four ports it serves.
 *
 * A store bundles the ports of one connection, so that the projections'
 * read-model changes and checkpoints, and the log they read, are one engine:
 *   log     the event log (core/eventlog.h)
 *   rm      the read models and their queries (core/readmodel.h)
 *   reg     the user's company registry (core/regstore.h)
 *   prices  the prices read model as the event study reads it (core/pricestore.h)
 * plus a small ops table of its own (information and closing). Engines fill
 * it in their constructor (adapters/sqlite/sqstore.c, adapters/postgres/);
 * adapters/store/store.h chooses the engine from --db and owns the opening
 * and closing. The CLI, the daemon and the query module hold only this. */
#ifndef SEISMO_STORE_H
#define SEISMO_STORE_H

#include "err.h"
#include "eventlog.h"
#include "pricestore.h"
#include "readmodel.h"
#include "regstore.h"

#define STORE_OPS_VERSION 2

/* What `seismo status` and --version show of a store. */
typedef struct store_info_s {
    const char *engine;  /* static: "sqlite", "postgresql" */
    char location[1024]; /* the path, or the URI / keyword string without its password */
    int schema;          /* the store's schema version */
    int schema_latest;   /* the latest schema this seismo knows */
} store_info_t;

typedef struct store_ops_s {
    int version;        /* STORE_OPS_VERSION */
    const char *engine; /* static: "sqlite", "postgresql" */
    /* Fills info (caller storage). Returns 0 or an ERR_* code. */
    int (*info)(void *impl, store_info_t *info, err_t *e);
    /* Closes the connection and frees impl and every port's impl. */
    void (*close)(void *impl);
    /* Optional (NULL when the engine has none): makes this connection listen
     * for appends committed by any other connection, process or node, and
     * stores a file descriptor that becomes readable when one arrives
     * (PostgreSQL: LISTEN/NOTIFY). The connection is for that alone. */
    int (*watch)(void *impl, int *fd, err_t *e);
    /* Optional: consumes what arrived; returns how many appends were heard
     * (0 or more), or a negative ERR_* code when the watch is lost (the
     * connection went away: watch again later). */
    int (*watch_drain)(void *impl);
    /* Optional (NULL: one process folds every projection, as on SQLite):
     * tries to make this connection the one folder of projection name (borrowed)
     * among every node on the engine. The ownership lasts until disown or until
     * the connection dies, when the engine frees it for another node (PostgreSQL:
     * a session advisory lock). Never reconnects: a lost connection owns
     * nothing. Returns 1 owned (also when already owned here), 0 owned
     * elsewhere, or a negative ERR_* code with e set. */
    int (*own)(void *impl, const char *name, err_t *e);
    /* Optional: gives up the ownership of projection name taken by own. */
    void (*disown)(void *impl, const char *name);
    /* Optional (NULL: the engine offers no check): checks the store's own
     * structures below the log (SQLite: PRAGMA quick_check; PostgreSQL:
     * amcheck when installed) and writes what is damaged into problem
     * (caller storage, n bytes; "" when sound, a note starting "note: " when
     * the check could not run in full). Returns 0 when the check ran. */
    int (*check)(void *impl, char *problem, size_t n, err_t *e);
    /* Optional: records that verify found the store damaged (why borrowed),
     * or lifts that record when why is NULL. While it is recorded, every
     * write to the store is refused with ERR_CORRUPT. */
    int (*mark_broken)(void *impl, const char *why, err_t *e);
    /* Optional (NULL: the engine plans without gathered statistics): after a
     * bulk load (copy) refreshes what the engine's planner knows of the log's
     * tables, so that the next reads are planned for their real size
     * (PostgreSQL: ANALYZE). Returns 0 or an ERR_* code. */
    int (*settle)(void *impl, err_t *e);
} store_ops_t;

typedef struct store_s {
    const store_ops_t *ops; /* borrowed, static */
    void *impl;             /* owned by the store */
    eventlog_t log;         /* the ports; their impls are owned by impl */
    readmodel_t rm;
    regstore_t reg;
    pricestore_t prices;
} store_t;

#endif
