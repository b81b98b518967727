#include "companies.h"

#include <string.h>

#include "../../core/mem.h"

static int companies_put(void *impl, const regstore_row_t *rows, size_t n, err_t *e)
{
    db_t *db = impl;
    sqlite3 *h = db_handle(db);
    sqlite3_stmt *co = NULL, *al = NULL;
    int rc;

    if ((rc = db_begin(db, e))) return rc;
    rc = sqlite3_prepare_v2(h,
                            "INSERT INTO companies (id, name, ticker) VALUES (?1, ?2, ?3) "
                            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                            "ticker = coalesce(excluded.ticker, companies.ticker)",
                            -1, &co, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(h,
                                "INSERT OR IGNORE INTO company_aliases (company, alias) "
                                "VALUES (?1, ?2)",
                                -1, &al, NULL);
    if (rc != SQLITE_OK) {
        rc = db_error(db, rc, "preparing the company statements", e);
        goto fail;
    }
    for (size_t i = 0; i < n; i++) {
        sqlite3_bind_text(co, 1, rows[i].id, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(co, 2, rows[i].name, -1, SQLITE_TRANSIENT);
        if (rows[i].ticker && *rows[i].ticker)
            sqlite3_bind_text(co, 3, rows[i].ticker, -1, SQLITE_TRANSIENT);
        else
            sqlite3_bind_null(co, 3);
        rc = sqlite3_step(co);
        sqlite3_reset(co);
        if (rc != SQLITE_DONE) {
            rc = db_error(db, rc, "storing a company", e);
            goto fail;
        }
        for (size_t k = 0; k < rows[i].naliases; k++) {
            sqlite3_bind_text(al, 1, rows[i].id, -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(al, 2, rows[i].aliases[k], -1, SQLITE_TRANSIENT);
            rc = sqlite3_step(al);
            sqlite3_reset(al);
            if (rc != SQLITE_DONE) {
                rc = db_error(db, rc, "storing a company alias", e);
                goto fail;
            }
        }
    }
    sqlite3_finalize(co);
    sqlite3_finalize(al);
    return db_commit(db, e);
fail:
    sqlite3_finalize(co);
    sqlite3_finalize(al);
    db_rollback(db);
    return rc;
}

static int companies_scan(void *impl, regstore_row_fn each, void *arg, err_t *e)
{
    db_t *db = impl;
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db_handle(db),
                                "SELECT c.id, c.name, c.ticker, a.alias FROM companies c "
                                "LEFT JOIN company_aliases a ON a.company = c.id ORDER BY c.id",
                                -1, &st, NULL);
    if (rc != SQLITE_OK) return db_error(db, rc, "reading the companies", e);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *alias = (const char *)sqlite3_column_text(st, 3);
        const char *const al[1] = {alias};
        regstore_row_t row = {(const char *)sqlite3_column_text(st, 0),
                              (const char *)sqlite3_column_text(st, 1),
                              (const char *)sqlite3_column_text(st, 2), al, alias ? 1 : 0};
        if ((rc = each(arg, &row))) {
            sqlite3_finalize(st);
            return rc;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : db_error(db, rc, "reading the companies", e);
}

static const regstore_ops_t companies_ops = {
    .version = REGSTORE_OPS_VERSION,
    .put = companies_put,
    .scan = companies_scan,
};

void companies_port(db_t *db, regstore_t *rs)
{
    rs->ops = &companies_ops;
    rs->impl = db;
}
