/* sqstore: the SQLite engine of the store (core/store.h): one database file
 * holds the log, the read models, the company registry and prices. */
#ifndef SEISMO_SQSTORE_H
#define SEISMO_SQSTORE_H

#include "../../core/err.h"
#include "../../core/store.h"
#include "../store/store.h"
#include "db.h"

/* Opens the database file path (borrowed) with o (borrowed) and fills out
 * (caller storage); see store_engine_open_fn. */
int sqstore_open(const char *path, const store_opts_t *o, store_t *out, err_t *e);
/* Returns the database of s (borrowed from s), for tests and tools of the
 * SQLite engine itself; NULL when s is not an SQLite store. */
db_t *sqstore_db(store_t *s);
/* Returns the SQLite library version (static). */
const char *sqstore_version(void);
/* Returns the latest schema version of SQLite stores this seismo knows. */
int sqstore_schema_latest(void);

#endif
