/* pg: a seismo store on PostgreSQL (libpq): connecting, migrations, errors.
 *
 * A database is named by any libpq connection string: a URI
 * (postgresql://user@host:port/db) or keywords (host=... dbname=...).
 * Migrations live in migrations/postgres/NNNN_name.sql, compiled into the
 * binary; opening applies the pending ones in one transaction under an
 * advisory lock, and refuses (touching nothing) a database from a newer seismo.
 * One pgdb_t is one connection: use it from one thread at a time. */
#ifndef SEISMO_PG_H
#define SEISMO_PG_H

#include <libpq-fe.h>

#include "../../core/err.h"
#include "../../core/eventlog.h"

enum {
    PGDB_OPEN_CREATE = 1,   /* apply the migrations to an empty database */
    PGDB_OPEN_READONLY = 2, /* read-only session, apply no migration */
};

typedef enum { PGDB_DURABLE_FULL = 0, PGDB_DURABLE_NORMAL = 1 } pgdb_durability_t;

/* The advisory lock keys (two-key form, so they stay apart from other users'
 * one-key locks): class 'SEIS', object 1 for appends, 2 for migrations, 3 for the
 * read-model writers (held per transaction), and PGDB_LOCK_PROJ_BASE | hash of
 * the name for the node that folds a projection (held per session). */
#define PGDB_LOCK_CLASS      0x53454953
#define PGDB_LOCK_APPEND     1
#define PGDB_LOCK_MIGRATE    2
#define PGDB_LOCK_READMODELS 3
#define PGDB_LOCK_PROJ_BASE  0x40000000L
/* The channel an append notifies (payload: the new head seq). */
#define PGDB_CHANNEL "seismo_events"

typedef struct pgdb_migration_s {
    int version;
    const char *name;
    const char *sql;
} pgdb_migration_t;

/* The compiled-in migrations, in order (generated from migrations/postgres/). */
extern const pgdb_migration_t pgdb_migrations[];
extern const int pgdb_migration_count;

typedef struct pgdb_s pgdb_t;

/* Connects to conninfo (borrowed) with flags and durability; *out is owned (pgdb_close). */
int pgdb_open(const char *conninfo, int flags, pgdb_durability_t durability, pgdb_t **out,
              err_t *e);
/* Closes d (may be NULL) and frees it. */
void pgdb_close(pgdb_t *d);
/* Returns the libpq connection (borrowed from d). */
PGconn *pgdb_conn(pgdb_t *d);
/* Returns d's name for messages, without any password: postgresql://user@host:port/db (borrowed).
 */
const char *pgdb_name(const pgdb_t *d);
/* Returns the schema version of d. */
int pgdb_schema_version(const pgdb_t *d);
/* Returns the latest schema version this seismo knows. */
int pgdb_schema_latest(void);
/* Maps the failed result res (borrowed, may be NULL) on d to an ERR_* code and
 * sets e with what ("appending events") and the server's message. */
int pgdb_error(pgdb_t *d, const PGresult *res, const char *what, err_t *e);
/* Runs sql (borrowed, any results discarded) on d; returns 0 or an ERR_* code. */
int pgdb_exec(pgdb_t *d, const char *sql, err_t *e);
/* Runs sql (borrowed) and stores the first column of its first row as a number
 * in *out (0 when there is no row or it is NULL). */
int pgdb_query_ll(pgdb_t *d, const char *sql, long long *out, err_t *e);
/* Fills log (caller storage) with the event log of d; it borrows d. */
int pgdb_eventlog(pgdb_t *d, eventlog_t *log, err_t *e);

/* Makes sure d is connected: after the server went away, reconnects once
 * (the caller retries later with its own backoff). Returns 0, or
 * ERR_UNAVAILABLE with e filled when the server cannot be reached. */
int pgdb_ready(pgdb_t *d, err_t *e);
/* Stores the change token of d (see eventlog_ops_t.data_version): it moves
 * whenever anything was committed by any connection. */
int pgdb_data_version(pgdb_t *d, long long *token, err_t *e);
/* Moves the change token after a commit that the token does not already see
 * (registry changes). Errors are ignored: the next write moves it again. */
void pgdb_bump(pgdb_t *d);
/* Begins a write transaction (with the read-model writers' lock when rm). */
int pgdb_begin(pgdb_t *d, err_t *e);

#endif
