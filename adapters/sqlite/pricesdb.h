/* pricesdb: the prices read model on SQLite (migrations/0004_prices.sql):
 * the prices port (core/pricestore.h) and the writes of the prices
 * projection, which projdb's read-model port forwards here.
 *
 * The projection folds price_import events into the prices and price_symbols
 * tables; its checkpoint is the 'prices' row of proj_checkpoints, written by
 * core/proj.c in the same transaction as the bars it covers. */
#ifndef SEISMO_PRICESDB_H
#define SEISMO_PRICESDB_H

#include "../../core/err.h"
#include "../../core/event.h"
#include "../../core/prices.h"
#include "../../core/pricestore.h"
#include "db.h"

typedef struct pricesdb_s pricesdb_t;

/* Makes the prices store of d (borrowed; it must outlive *out); *out is owned
 * by the caller (pricesdb_free). Returns 0 or an ERR_* code. */
int pricesdb_new(db_t *d, pricesdb_t **out, err_t *e);
/* Frees p (may be NULL) and its statements. */
void pricesdb_free(pricesdb_t *p);
/* Fills ps (caller storage) with the prices port of p; ps borrows p. */
void pricesdb_port(pricesdb_t *p, pricestore_t *ps);

/* Empties the read model (inside the caller's open transaction). */
int pricesdb_reset(pricesdb_t *p, err_t *e);
/* Folds the bars set (borrowed) of price_import event ev (borrowed, stored:
 * seq set) into the read model, inside the caller's open transaction (see
 * readmodel_ops_t.bars_put). Returns 0 or an ERR_* code. */
int pricesdb_apply_set(pricesdb_t *p, const event_t *ev, const prices_set_t *set, err_t *e);

#endif
