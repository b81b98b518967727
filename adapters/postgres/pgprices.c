/* pgprices: the prices read model on PostgreSQL: the bars the prices
 * projection folds (through the read-model port) and the prices port the
 * event study reads (core/pricestore.h). The same rows and rules as on
 * SQLite (adapters/sqlite/pricesdb.c): the first close of a day stays, a
 * different one is kept as a conflict. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../core/date.h"
#include "../../core/mem.h"
#include "pg_internal.h"

int pgprices_reset(void *impl, err_t *e)
{
    return pgdb_exec(
        impl, "DELETE FROM prices; DELETE FROM price_symbols; DELETE FROM price_conflicts", e);
}

/* Returns the company of symbol in ev (borrowed): the company whose ticker, else whose id, is
 * the symbol. */
static const char *pgprices_company_of(const event_t *ev, const char *symbol)
{
    for (size_t i = 0; i < ev->ncompanies; i++) {
        const event_company_t *c = &ev->companies[i];
        if (c->ticker && strcasecmp(c->ticker, symbol) == 0) return c->id;
    }
    for (size_t i = 0; i < ev->ncompanies; i++)
        if (strcasecmp(ev->companies[i].id, symbol) == 0) return ev->companies[i].id;
    return NULL;
}

/* Writes v as text into out, or makes *slot NULL when v is NAN. */
static void pgprices_num(double v, char out[40], const char **slot)
{
    snprintf(out, 40, "%.17g", v);
    *slot = isnan(v) ? NULL : out;
}

int pgprices_put(void *impl, const event_t *ev, const prices_set_t *set, err_t *e)
{
    pgdb_t *d = impl;
    char seq[24];
    int rc;

    snprintf(seq, sizeof seq, "%lld", ev->seq);
    for (size_t i = 0; i < set->n; i++) {
        const prices_series_t *s = &set->series[i];
        const char *company = pgprices_company_of(ev, s->symbol);
        for (size_t j = 0; j < s->n; j++) {
            const prices_bar_t *b = &s->bars[j];
            char day[24], num[6][40];
            const char *vals[9];
            PGresult *r;
            int changed;
            snprintf(day, sizeof day, "%ld", b->day);
            vals[0] = s->symbol;
            vals[1] = day;
            pgprices_num(b->open, num[0], &vals[2]);
            pgprices_num(b->high, num[1], &vals[3]);
            pgprices_num(b->low, num[2], &vals[4]);
            pgprices_num(b->close, num[3], &vals[5]);
            pgprices_num(b->adjclose, num[4], &vals[6]);
            pgprices_num(b->volume, num[5], &vals[7]);
            vals[8] = seq;
            if ((rc = pgdb_run(d, PGDB_ST_BAR_PUT,
                               "INSERT INTO prices (symbol, day, open, high, low, close, "
                               "adjclose, volume, seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
                               "ON CONFLICT (symbol, day) DO UPDATE SET open = excluded.open, "
                               "high = excluded.high, low = excluded.low, "
                               "adjclose = excluded.adjclose, volume = excluded.volume, "
                               "seq = excluded.seq WHERE prices.close = excluded.close",
                               9, vals, &r, "storing a bar", e)))
                return rc;
            changed = strcmp(PQcmdTuples(r), "0") != 0;
            PQclear(r);
            if (!changed) {
                /* Another close is already folded for that day: the first fact stays. */
                const char *cf[4] = {s->symbol, day, seq, vals[5]};
                if ((rc = pgdb_run(d, PGDB_ST_BAR_CONFLICT,
                                   "INSERT INTO price_conflicts (symbol, day, seq, close) "
                                   "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                                   4, cf, NULL, "recording a price conflict", e)))
                    return rc;
            }
        }
        {
            const char *sy[2] = {s->symbol, company};
            if ((rc = pgdb_run(d, PGDB_ST_SYMBOL_PUT,
                               "INSERT INTO price_symbols (symbol, company, first_day, last_day, "
                               "rows) SELECT $1::text, $2::text, min(day), max(day), count(*) "
                               "FROM prices WHERE symbol = $1::text ON CONFLICT (symbol) DO UPDATE "
                               "SET company = coalesce(excluded.company, price_symbols.company), "
                               "first_day = excluded.first_day, last_day = excluded.last_day, "
                               "rows = excluded.rows",
                               2, sy, NULL, "storing a price symbol", e)))
                return rc;
        }
    }
    return 0;
}

static int pgprices_compare(void *impl, const prices_set_t *set, pricestore_diff_t *d, err_t *e)
{
    pgdb_t *db = impl;
    int rc = 0;

    memset(d, 0, sizeof *d);
    buf_init(&d->report);
    if ((rc = pgdb_ready(db, e))) return rc;
    for (size_t i = 0; i < set->n; i++) {
        const prices_series_t *ser = &set->series[i];
        char lo[24], hi[24];
        const char *vals[3] = {ser->symbol, lo, hi};
        size_t j = 0, seen = 0;
        PGresult *r;
        int n;
        if (!ser->n) continue;
        snprintf(lo, sizeof lo, "%ld", ser->bars[0].day);
        snprintf(hi, sizeof hi, "%ld", ser->bars[ser->n - 1].day);
        if ((rc = pgdb_run(db, PGDB_ST_NONE,
                           "SELECT day, close, adjclose, seq FROM prices WHERE symbol = $1 AND "
                           "day BETWEEN $2 AND $3 ORDER BY day",
                           3, vals, &r, "reading bars", e)))
            return rc;
        n = PQntuples(r);
        for (int k = 0; k < n; k++) {
            long day = strtol(PQgetvalue(r, k, 0), NULL, 10);
            double close = strtod(PQgetvalue(r, k, 1), NULL);
            double adj = strtod(PQgetvalue(r, k, 2), NULL);
            while (j < ser->n && ser->bars[j].day < day) j++;
            if (j >= ser->n) break;
            if (ser->bars[j].day != day) continue;
            seen++;
            if (ser->bars[j].close != close) {
                if (++d->conflicts <= 50) {
                    char date[11];
                    date_format_iso(day, date);
                    buf_printf(&d->report,
                               "line %u: %s %s: close %.10g differs from %.10g already in the log "
                               "(price_import seq %s)\n",
                               ser->bars[j].line, ser->symbol, date, ser->bars[j].close, close,
                               PQgetvalue(r, k, 3));
                }
            } else if (ser->bars[j].adjclose != adj) {
                d->restated++;
            } else {
                d->same++;
            }
        }
        PQclear(r);
        d->fresh += ser->n - seen;
    }
    if (d->report.oom) return err_set(e, ERR_NOMEM, "out of memory");
    return 0;
}

static int pgprices_symbols(void *impl, pricestore_symbol_fn each, void *arg, err_t *e)
{
    PGresult *r;
    int rc, n;

    if ((rc = pgdb_ready(impl, e)) ||
        (rc = pgdb_run(impl, PGDB_ST_NONE,
                       "SELECT symbol, company, first_day, last_day, rows FROM price_symbols "
                       "ORDER BY symbol",
                       0, NULL, &r, "listing price symbols", e)))
        return rc;
    n = PQntuples(r);
    for (int i = 0; i < n && !rc; i++) {
        pricestore_symbol_t s;
        s.symbol = PQgetvalue(r, i, 0);
        s.company = PQgetisnull(r, i, 1) ? NULL : PQgetvalue(r, i, 1);
        s.first_day = strtol(PQgetvalue(r, i, 2), NULL, 10);
        s.last_day = strtol(PQgetvalue(r, i, 3), NULL, 10);
        s.rows = strtoll(PQgetvalue(r, i, 4), NULL, 10);
        rc = each(arg, &s);
    }
    PQclear(r);
    return rc;
}

static int pgprices_any(void *impl, int *any, err_t *e)
{
    long long n = 0;
    int rc = pgdb_ready(impl, e);

    *any = 0;
    if (!rc)
        rc = pgdb_query_ll(impl, "SELECT count(*) FROM (SELECT 1 FROM price_symbols LIMIT 1) x", &n,
                           e);
    *any = n > 0;
    return rc;
}

/* Runs a one-column symbol query with key as $1: 1 when found (out filled), 0 when not. */
static int pgprices_lookup(pgdb_t *d, const char *sql, const char *key, char out[PRICES_SYMBOL_MAX],
                           err_t *e)
{
    const char *vals[1] = {key};
    PGresult *r;
    int rc, found;

    if ((rc = pgdb_run(d, PGDB_ST_NONE, sql, 1, vals, &r, "looking up a price symbol", e)))
        return rc;
    found = PQntuples(r) > 0;
    if (found) snprintf(out, PRICES_SYMBOL_MAX, "%s", PQgetvalue(r, 0, 0));
    PQclear(r);
    return found;
}

static int pgprices_symbol_for(void *impl, const char *id, const char *ticker,
                               char out[PRICES_SYMBOL_MAX], err_t *e)
{
    const char *keys[2] = {ticker, id};
    char norm[PRICES_SYMBOL_MAX];
    int rc;

    out[0] = '\0';
    if ((rc = pgdb_ready(impl, e))) return rc;
    if (id && (rc = pgprices_lookup(impl,
                                    "SELECT symbol FROM price_symbols WHERE lower(company) = "
                                    "lower($1) ORDER BY symbol LIMIT 1",
                                    id, out, e)))
        return rc < 0 ? rc : 0;
    for (int i = 0; i < 2; i++) {
        if (!keys[i] || prices_symbol_norm(keys[i], strlen(keys[i]), norm)) continue;
        if ((rc = pgprices_lookup(impl, "SELECT symbol FROM price_symbols WHERE symbol = $1", norm,
                                  out, e)))
            return rc < 0 ? rc : 0;
    }
    return err_set(e, ERR_NOTFOUND, "no prices for %s", id ? id : ticker ? ticker : "?");
}

static int pgprices_load(void *impl, const char *symbol, long **day, double **px, size_t *n,
                         err_t *e)
{
    const char *vals[1] = {symbol};
    PGresult *r;
    size_t k;
    int rc;

    *day = NULL;
    *px = NULL;
    *n = 0;
    if ((rc = pgdb_ready(impl, e)) ||
        (rc = pgdb_run(impl, PGDB_ST_NONE,
                       "SELECT day, adjclose FROM prices WHERE symbol = $1 ORDER BY day", 1, vals,
                       &r, "loading bars", e)))
        return rc;
    k = (size_t)PQntuples(r);
    if (k) {
        *day = mem_alloc(k * sizeof **day);
        *px = mem_alloc(k * sizeof **px);
        if (!*day || !*px) {
            mem_free(*day);
            mem_free(*px);
            *day = NULL;
            *px = NULL;
            PQclear(r);
            return err_set(e, ERR_NOMEM, "out of memory");
        }
        for (size_t i = 0; i < k; i++) {
            (*day)[i] = strtol(PQgetvalue(r, (int)i, 0), NULL, 10);
            (*px)[i] = strtod(PQgetvalue(r, (int)i, 1), NULL);
        }
    }
    *n = k;
    PQclear(r);
    return 0;
}

static const pricestore_ops_t pgprices_ops = {
    .version = PRICESTORE_OPS_VERSION,
    .compare = pgprices_compare,
    .symbols = pgprices_symbols,
    .any = pgprices_any,
    .symbol_for = pgprices_symbol_for,
    .load = pgprices_load,
};

void pgprices_port(pgdb_t *d, pricestore_t *ps)
{
    ps->ops = &pgprices_ops;
    ps->impl = d;
}
