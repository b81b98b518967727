/* companies: the company registry store port (core/regstore.h) on SQLite:
 * the user's additions to the registry (migrations/0002_companies.sql). */
#ifndef SEISMO_COMPANIES_H
#define SEISMO_COMPANIES_H

#include "../../core/regstore.h"
#include "db.h"

/* Fills rs (caller storage) with the registry store port of db; rs borrows db. */
void companies_port(db_t *db, regstore_t *rs);

#endif
