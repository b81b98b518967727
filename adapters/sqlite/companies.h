/* companies: the user's additions to the company registry, stored in the database. */
#ifndef SEISMO_COMPANIES_H
#define SEISMO_COMPANIES_H

#include <stddef.h>

#include "../../core/registry.h"
#include "db.h"

/* One company to store; every pointer borrowed. */
typedef struct companies_row_s {
    const char *id;
    const char *name;
    const char *ticker;         /* may be NULL */
    const char *const *aliases; /* may be NULL when naliases is 0 */
    size_t naliases;
} companies_row_t;

/* Stores rows (borrowed, n of them) in one transaction: a known id gets its name and ticker
 * replaced and the aliases added. Returns 0 or an ERR_* code; nothing is stored on failure. */
int companies_store(db_t *db, const companies_row_t *rows, size_t n, err_t *e);
/* Adds every stored company to r (borrowed). Returns 0 or an ERR_* code. */
int companies_load(db_t *db, registry_t *r, err_t *e);

#endif
