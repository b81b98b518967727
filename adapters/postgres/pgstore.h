/* pgstore: the PostgreSQL engine of the store (core/store.h): one database
 * holds the log, the read models, the company registry and prices, shared by
 * any number of seismo processes and nodes. */
#ifndef SEISMO_PGSTORE_H
#define SEISMO_PGSTORE_H

#include "../../core/err.h"
#include "../../core/store.h"
#include "../store/store.h"

/* Connects to conninfo (borrowed libpq URI or keyword string) with o
 * (borrowed) and fills out (caller storage); see store_engine_open_fn. */
int pgstore_open(const char *conninfo, const store_opts_t *o, store_t *out, err_t *e);
/* Returns the libpq version as text (static). */
const char *pgstore_version(void);

#endif
