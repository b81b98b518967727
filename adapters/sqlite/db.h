/* db: a seismo database file (SQLite): opening, pragmas, migrations.
 *
 * Migrations live in migrations/NNNN_name.sql and are compiled into the
 * binary; opening a database applies the pending ones, each in its own
 * transaction, and refuses (touching nothing) a database from a newer seismo. */
#ifndef SEISMO_DB_H
#define SEISMO_DB_H

#include <sqlite3.h>

#include "../../core/err.h"
#include "../../core/eventlog.h"

typedef enum { DB_DURABLE_FULL = 0, DB_DURABLE_NORMAL = 1 } db_durability_t;

enum {
    DB_OPEN_CREATE = 1,   /* create the file when it does not exist */
    DB_OPEN_READONLY = 2, /* open read-only, apply no migration */
    DB_OPEN_SCAN = 4,     /* read through a memory map (PRAGMA mmap_size): for a connection
                             that reads every page (verify), the pages are not copied; the
                             connection is not locked (SQLITE_OPEN_NOMUTEX): one thread at a time */
};

typedef struct db_migration_s {
    int version;
    const char *name;
    const char *sql;
} db_migration_t;

/* The compiled-in migrations, in order (generated from migrations/). */
extern const db_migration_t db_migrations[];
extern const int db_migration_count;

typedef struct db_s db_t;

/* Routes SQLite's own allocations through core/mem, so that mem_fail_at() can
 * fail them too. Call it before any database is open (it restarts SQLite).
 * Only the fault-injection tests do: the seismo binary keeps SQLite's allocator
 * (docs/robustness.md says why). Returns 0 or ERR_INTERNAL. */
int db_mem_route(void);
/* Opens path (borrowed) with flags and durability; *out is owned (db_close). */
int db_open(const char *path, int flags, db_durability_t durability, db_t **out, err_t *e);
/* Closes d (may be NULL) and frees it. */
void db_close(db_t *d);
/* Returns the SQLite handle (borrowed from d). */
sqlite3 *db_handle(db_t *d);
/* Returns the path d was opened with (borrowed). */
const char *db_path(const db_t *d);
/* Returns the schema version of d. */
int db_schema_version(const db_t *d);
/* Returns the latest schema version this seismo knows. */
int db_schema_latest(void);
/* Maps SQLite result rc on d to an ERR_* code and sets e with what ("appending events"). */
int db_error(db_t *d, int rc, const char *what, err_t *e);
/* Runs sql (borrowed, no results) on d; returns 0 or an ERR_* code. */
int db_exec(db_t *d, const char *sql, err_t *e);
/* Begins a write transaction (BEGIN IMMEDIATE, waiting out the busy timeout). */
int db_begin(db_t *d, err_t *e);
/* Commits; on failure the transaction is rolled back. */
int db_commit(db_t *d, err_t *e);
/* Rolls back the open transaction, if any. */
void db_rollback(db_t *d);
/* Starts a read snapshot: every read until db_read_end() sees one state of the file. */
int db_read_begin(db_t *d, err_t *e);
/* Ends the read snapshot started by db_read_begin(). */
void db_read_end(db_t *d);
/* Returns PRAGMA data_version of d: it changes whenever another connection
 * (of this process or another) has committed to the file; -1 on error. */
long long db_data_version(db_t *d);
/* Checks the file of d (PRAGMA quick_check): writes what is damaged, naming
 * the table or index, into problem (caller storage, n bytes; "" when the file
 * is sound). Returns 0 when the check ran, or an ERR_* code. (dbcheck.c) */
int db_quick_check(db_t *d, char *problem, size_t n, err_t *e);
/* Records that verify found d damaged (why borrowed: what it found) in
 * PATH.broken beside it, or removes that record when why is NULL. */
int db_mark_broken(db_t *d, const char *why, err_t *e);
/* ERR_CORRUPT with a message saying how to repair when d carries the mark
 * of db_mark_broken, else 0. Every write transaction asks it first. */
int db_refuse_broken(db_t *d, err_t *e);

#endif
