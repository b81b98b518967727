/* db_internal: the db_t struct, shared by the SQLite adapter's files only. */
#ifndef SEISMO_DB_INTERNAL_H
#define SEISMO_DB_INTERNAL_H

#include "db.h"

typedef struct sqlog_s sqlog_t;

struct db_s {
    sqlite3 *h;  /* owned */
    char *path;  /* owned */
    int version; /* schema version after migrations */
    int readonly;
    sqlog_t *log; /* owned, created on first db_eventlog() */
};

/* Frees the event log state of d (may be NULL). */
void sqlog_free(sqlog_t *s);

#endif
