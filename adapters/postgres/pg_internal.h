/* pg_internal: the pgdb_t struct, shared by the PostgreSQL adapter's files only. */
#ifndef SEISMO_PG_INTERNAL_H
#define SEISMO_PG_INTERNAL_H

#include "pg.h"

typedef struct pglog_s pglog_t;

struct pgdb_s {
    PGconn *conn;   /* owned */
    char name[300]; /* postgresql://user@host:port/db, no password */
    int version;    /* schema version after migrations */
    int readonly;
    pglog_t *log; /* owned, created on first pgdb_eventlog() */
};

/* Frees the event log state of d (may be NULL). */
void pglog_free(pglog_t *s);
/* Commits the open transaction; on failure it is rolled back. */
int pgdb_commit(pgdb_t *d, err_t *e);
/* Rolls back the open transaction, if any. */
void pgdb_rollback(pgdb_t *d);

#endif
