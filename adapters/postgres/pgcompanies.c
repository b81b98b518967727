/* pgcompanies: the company registry store on PostgreSQL (core/regstore.h). */
#include <string.h>

#include "pg_internal.h"

static int pgcompanies_put(void *impl, const regstore_row_t *rows, size_t n, err_t *e)
{
    pgdb_t *d = impl;
    int rc;

    if ((rc = pgdb_begin(d, e))) return rc;
    for (size_t i = 0; i < n && !rc; i++) {
        const char *co[3] = {rows[i].id, rows[i].name,
                             rows[i].ticker && *rows[i].ticker ? rows[i].ticker : NULL};
        rc = pgdb_run(d, PGDB_ST_NONE,
                      "INSERT INTO companies (id, name, ticker) VALUES ($1, $2, $3) "
                      "ON CONFLICT ((lower(id))) DO UPDATE SET name = excluded.name, "
                      "ticker = coalesce(excluded.ticker, companies.ticker)",
                      3, co, NULL, "storing a company", e);
        for (size_t k = 0; k < rows[i].naliases && !rc; k++) {
            const char *al[2] = {rows[i].id, rows[i].aliases[k]};
            rc = pgdb_run(d, PGDB_ST_NONE,
                          "INSERT INTO company_aliases (company, alias) VALUES ($1, $2) "
                          "ON CONFLICT DO NOTHING",
                          2, al, NULL, "storing a company alias", e);
        }
    }
    if (rc) {
        pgdb_rollback(d);
        return rc;
    }
    if ((rc = pgdb_commit(d, e))) return rc;
    pgdb_bump(d);
    return 0;
}

static int pgcompanies_scan(void *impl, regstore_row_fn each, void *arg, err_t *e)
{
    PGresult *r;
    int rc, n;

    if ((rc = pgdb_ready(impl, e)) ||
        (rc = pgdb_run(impl, PGDB_ST_NONE,
                       "SELECT c.id, c.name, c.ticker, a.alias FROM companies c "
                       "LEFT JOIN company_aliases a ON lower(a.company) = lower(c.id) "
                       "ORDER BY lower(c.id), a.alias",
                       0, NULL, &r, "reading the companies", e)))
        return rc;
    n = PQntuples(r);
    for (int i = 0; i < n && !rc; i++) {
        const char *alias = PQgetisnull(r, i, 3) ? NULL : PQgetvalue(r, i, 3);
        const char *const al[1] = {alias};
        regstore_row_t row = {PQgetvalue(r, i, 0), PQgetvalue(r, i, 1),
                              PQgetisnull(r, i, 2) ? NULL : PQgetvalue(r, i, 2), al, alias ? 1 : 0};
        rc = each(arg, &row);
    }
    PQclear(r);
    return rc;
}

static const regstore_ops_t pgcompanies_ops = {
    .version = REGSTORE_OPS_VERSION,
    .put = pgcompanies_put,
    .scan = pgcompanies_scan,
};

void pgcompanies_port(pgdb_t *d, regstore_t *rs)
{
    rs->ops = &pgcompanies_ops;
    rs->impl = d;
}
