/* projdb: the read-model port (core/readmodel.h) on SQLite.
 *
 * The read models live in the tables of migrations/0003_projections.sql (and
 * the prices ones of 0004, through pricesdb), in the same database file as
 * the log, so that read-model changes and checkpoints commit in one
 * transaction. */
#ifndef SEISMO_PROJDB_H
#define SEISMO_PROJDB_H

#include "../../core/err.h"
#include "../../core/proj.h"
#include "../../core/readmodel.h"
#include "db.h"
#include "pricesdb.h"

typedef struct projdb_s projdb_t;

/* Makes the read models of d and prices (both borrowed; they must outlive
 * *out). *out is owned by the caller (projdb_free). Returns 0 or an ERR_* code. */
int projdb_new(db_t *d, pricesdb_t *prices, projdb_t **out, err_t *e);
/* Frees p (may be NULL) and its prepared statements. */
void projdb_free(projdb_t *p);
/* Fills rm (caller storage) with the read-model port of p; rm borrows p. */
void projdb_port(projdb_t *p, readmodel_t *rm);

#endif
