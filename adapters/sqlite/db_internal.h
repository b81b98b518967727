/* db_internal: the db_t struct, shared by the SQLite adapter's files only. */
#ifndef SEISMO_DB_INTERNAL_H
#define SEISMO_DB_INTERNAL_H

#include "db.h"

typedef struct sqlog_s sqlog_t;

/* The schema version from which the head record (log_head) exists (migrations/0005). */
#define DB_VERSION_HEAD 5
/* How long a connection waits for a lock before SQLITE_BUSY. */
#define DB_BUSY_TIMEOUT_MS 30000

struct db_s {
    sqlite3 *h;  /* owned */
    char *path;  /* owned */
    int version; /* schema version after migrations */
    int readonly;
    int full;          /* opened read-only because the disk was full: writes say so */
    sqlog_t *log;      /* owned, created on first sqlog_port() */
    long long commits; /* transactions committed on this connection */
    sqlite3_stmt *dv;  /* owned: PRAGMA data_version, prepared on first use (the daemon
                        * reads it every loop turn) */
};

/* Frees the event log state of d (may be NULL). */
void sqlog_free(sqlog_t *s);
/* Fills log (caller storage; not its env) with the event log port of d; it
 * borrows d. Returns 0 or ERR_NOMEM. */
int sqlog_port(db_t *d, eventlog_t *log, err_t *e);

#endif
