/* pricesdb: the prices projection on SQLite. See pricesdb.h. */
#include "pricesdb.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "../../core/date.h"
#include "../../core/mem.h"

enum {
    ST_UPSERT,
    ST_CONFLICT,
    ST_SYMBOL,
    ST_RANGE,
    ST_LIST,
    ST_BY_COMPANY,
    ST_BY_SYMBOL,
    ST_LOAD,
    ST_HAS,
    ST_ANY,
    ST_COUNT
};

/* Bars per multi-row INSERT for a symbol not yet in the read model. */
#define PRICESDB_ROWS 50

static const char *const pricesdb_sql[ST_COUNT] = {
    [ST_UPSERT] =
        "INSERT INTO prices (symbol, day, open, high, low, close, adjclose, volume, "
        "seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (symbol, day) DO UPDATE SET open = excluded.open, "
        "high = excluded.high, low = excluded.low, adjclose = excluded.adjclose, "
        "volume = excluded.volume, seq = excluded.seq WHERE prices.close = excluded.close",
    [ST_CONFLICT] = "INSERT OR IGNORE INTO price_conflicts (symbol, day, seq, close) "
                    "VALUES (?1, ?2, ?3, ?4)",
    [ST_SYMBOL] = "INSERT INTO price_symbols (symbol, company, first_day, last_day, rows) "
                  "SELECT ?1, ?2, min(day), max(day), count(*) FROM prices WHERE symbol = ?1 "
                  "ON CONFLICT (symbol) DO UPDATE SET "
                  "company = coalesce(excluded.company, price_symbols.company), "
                  "first_day = excluded.first_day, last_day = excluded.last_day, "
                  "rows = excluded.rows",
    [ST_RANGE] = "SELECT day, close, adjclose, seq FROM prices WHERE symbol = ?1 AND day "
                 "BETWEEN ?2 AND ?3 ORDER BY day",
    [ST_LIST] = "SELECT symbol, company, first_day, last_day, rows FROM price_symbols "
                "ORDER BY symbol",
    [ST_BY_COMPANY] = "SELECT symbol FROM price_symbols WHERE company = ?1 ORDER BY symbol LIMIT 1",
    [ST_BY_SYMBOL] = "SELECT symbol FROM price_symbols WHERE symbol = ?1",
    [ST_LOAD] = "SELECT day, adjclose FROM prices WHERE symbol = ?1 ORDER BY day",
    [ST_HAS] = "SELECT 1 FROM prices WHERE symbol = ?1 LIMIT 1",
    [ST_ANY] = "SELECT 1 FROM price_symbols LIMIT 1",
};

struct pricesdb_s {
    db_t *db; /* borrowed */
    sqlite3_stmt *st[ST_COUNT];
    sqlite3_stmt *bulk; /* multi-row INSERT of PRICESDB_ROWS bars */
};

int pricesdb_new(db_t *d, pricesdb_t **out, err_t *e)
{
    pricesdb_t *p = mem_calloc(1, sizeof *p);

    *out = NULL;
    if (!p) return err_set(e, ERR_NOMEM, "out of memory");
    p->db = d;
    *out = p;
    return 0;
}

void pricesdb_free(pricesdb_t *p)
{
    if (!p) return;
    for (int i = 0; i < ST_COUNT; i++) sqlite3_finalize(p->st[i]);
    sqlite3_finalize(p->bulk);
    mem_free(p);
}

/* Returns statement i, prepared and reset, or NULL with e set. */
static sqlite3_stmt *pricesdb_stmt(pricesdb_t *p, int i, err_t *e)
{
    if (!p->st[i]) {
        int rc = sqlite3_prepare_v2(db_handle(p->db), pricesdb_sql[i], -1, &p->st[i], NULL);
        if (rc != SQLITE_OK) {
            db_error(p->db, rc, "preparing a prices statement", e);
            sqlite3_finalize(p->st[i]);
            p->st[i] = NULL;
            return NULL;
        }
    } else {
        sqlite3_reset(p->st[i]);
        sqlite3_clear_bindings(p->st[i]);
    }
    return p->st[i];
}

/* Steps a write statement to completion and resets it. */
static int pricesdb_run(pricesdb_t *p, sqlite3_stmt *s, const char *what, err_t *e)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? 0 : db_error(p->db, rc, what, e);
}

static void pricesdb_bind_opt(sqlite3_stmt *s, int i, double v)
{
    if (isnan(v))
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_double(s, i, v);
}

int pricesdb_reset(pricesdb_t *p, err_t *e)
{
    return db_exec(
        p->db, "DELETE FROM prices; DELETE FROM price_symbols; DELETE FROM price_conflicts;", e);
}

/* Returns the company of symbol in ev (borrowed): the company whose ticker is the symbol. */
static const char *pricesdb_company_of(const event_t *ev, const char *symbol)
{
    for (size_t i = 0; i < ev->ncompanies; i++) {
        const event_company_t *c = &ev->companies[i];
        if ((c->ticker && strcasecmp(c->ticker, symbol) == 0)) return c->id;
    }
    for (size_t i = 0; i < ev->ncompanies; i++)
        if (strcasecmp(ev->companies[i].id, symbol) == 0) return ev->companies[i].id;
    return NULL;
}

/* Binds bar b of symbol (borrowed, static for the statement's life) as the nine
 * parameters from base + 1 of s. */
static void pricesdb_bind_bar(sqlite3_stmt *s, int base, const char *symbol, const prices_bar_t *b,
                              long long seq)
{
    sqlite3_bind_text(s, base + 1, symbol, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, base + 2, b->day);
    pricesdb_bind_opt(s, base + 3, b->open);
    pricesdb_bind_opt(s, base + 4, b->high);
    pricesdb_bind_opt(s, base + 5, b->low);
    sqlite3_bind_double(s, base + 6, b->close);
    sqlite3_bind_double(s, base + 7, b->adjclose);
    pricesdb_bind_opt(s, base + 8, b->volume);
    sqlite3_bind_int64(s, base + 9, seq);
}

/* Stores the bars of a symbol not yet in the read model, PRICESDB_ROWS per
 * statement (no conflict is possible, so plain multi-row INSERTs do). */
static int pricesdb_bulk(pricesdb_t *p, const prices_series_t *s, long long seq, size_t *done,
                         err_t *e)
{
    size_t j = 0;
    int rc;

    *done = 0;
    if (!p->bulk) {
        buf_t sql;
        buf_init(&sql);
        buf_puts(&sql, "INSERT INTO prices (symbol, day, open, high, low, close, adjclose, "
                       "volume, seq) VALUES ");
        for (int i = 0; i < PRICESDB_ROWS; i++)
            buf_puts(&sql, i ? ",(?,?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?,?)");
        if (sql.oom) return err_set(e, ERR_NOMEM, "out of memory");
        rc = sqlite3_prepare_v2(db_handle(p->db), sql.data, -1, &p->bulk, NULL);
        buf_release(&sql);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(p->bulk);
            p->bulk = NULL;
            return db_error(p->db, rc, "preparing the bulk insert of bars", e);
        }
    }
    for (; j + PRICESDB_ROWS <= s->n; j += PRICESDB_ROWS) {
        for (int i = 0; i < PRICESDB_ROWS; i++)
            pricesdb_bind_bar(p->bulk, i * 9, s->symbol, &s->bars[j + (size_t)i], seq);
        if ((rc = pricesdb_run(p, p->bulk, "storing bars", e))) return rc;
    }
    *done = j;
    return 0;
}

int pricesdb_apply_set(pricesdb_t *p, const event_t *ev, const prices_set_t *set, err_t *e)
{
    sqlite3_stmt *up, *cf, *sy, *has;
    int rc;

    if (!(up = pricesdb_stmt(p, ST_UPSERT, e)) || !(cf = pricesdb_stmt(p, ST_CONFLICT, e)) ||
        !(sy = pricesdb_stmt(p, ST_SYMBOL, e)) || !(has = pricesdb_stmt(p, ST_HAS, e)))
        return e ? e->code : ERR_INTERNAL;
    for (size_t i = 0; i < set->n; i++) {
        const prices_series_t *s = &set->series[i];
        const char *company = pricesdb_company_of(ev, s->symbol);
        size_t j = 0;
        sqlite3_bind_text(has, 1, s->symbol, -1, SQLITE_STATIC);
        rc = sqlite3_step(has);
        sqlite3_reset(has);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_error(p->db, rc, "reading bars", e);
        if (rc == SQLITE_DONE && (rc = pricesdb_bulk(p, s, ev->seq, &j, e))) return rc;
        for (; j < s->n; j++) {
            const prices_bar_t *b = &s->bars[j];
            pricesdb_bind_bar(up, 0, s->symbol, b, ev->seq);
            if ((rc = pricesdb_run(p, up, "storing a bar", e))) return rc;
            if (sqlite3_changes(db_handle(p->db)) == 0) {
                /* Another close is already folded for that day: the first fact stays. */
                sqlite3_bind_text(cf, 1, s->symbol, -1, SQLITE_STATIC);
                sqlite3_bind_int64(cf, 2, b->day);
                sqlite3_bind_int64(cf, 3, ev->seq);
                sqlite3_bind_double(cf, 4, b->close);
                if ((rc = pricesdb_run(p, cf, "recording a price conflict", e))) return rc;
            }
        }
        sqlite3_bind_text(sy, 1, s->symbol, -1, SQLITE_STATIC);
        if (company)
            sqlite3_bind_text(sy, 2, company, -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(sy, 2);
        if ((rc = pricesdb_run(p, sy, "storing a price symbol", e))) return rc;
    }
    sqlite3_clear_bindings(up);
    sqlite3_clear_bindings(cf);
    sqlite3_clear_bindings(sy);
    if (p->bulk) sqlite3_clear_bindings(p->bulk);
    return 0;
}

static int pricesdb_compare(void *impl, const prices_set_t *set, pricestore_diff_t *d, err_t *e)
{
    pricesdb_t *p = impl;
    sqlite3_stmt *s;
    int rc = 0;

    memset(d, 0, sizeof *d);
    buf_init(&d->report);
    for (size_t i = 0; i < set->n; i++) {
        const prices_series_t *ser = &set->series[i];
        size_t j = 0, seen = 0;
        if (!ser->n) continue;
        if (!(s = pricesdb_stmt(p, ST_RANGE, e))) return e ? e->code : ERR_INTERNAL;
        sqlite3_bind_text(s, 1, ser->symbol, -1, SQLITE_STATIC);
        sqlite3_bind_int64(s, 2, ser->bars[0].day);
        sqlite3_bind_int64(s, 3, ser->bars[ser->n - 1].day);
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            long day = (long)sqlite3_column_int64(s, 0);
            double close = sqlite3_column_double(s, 1), adj = sqlite3_column_double(s, 2);
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
                               "(price_import seq %lld)\n",
                               ser->bars[j].line, ser->symbol, date, ser->bars[j].close, close,
                               (long long)sqlite3_column_int64(s, 3));
                }
            } else if (ser->bars[j].adjclose != adj) {
                d->restated++;
            } else {
                d->same++;
            }
        }
        sqlite3_reset(s);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) return db_error(p->db, rc, "reading bars", e);
        d->fresh += ser->n - seen;
    }
    if (d->report.oom) return err_set(e, ERR_NOMEM, "out of memory");
    return 0;
}

static int pricesdb_symbols(void *impl, pricestore_symbol_fn each, void *arg, err_t *e)
{
    pricesdb_t *p = impl;
    sqlite3_stmt *s = pricesdb_stmt(p, ST_LIST, e);
    int rc;

    if (!s) return e ? e->code : ERR_INTERNAL;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        pricestore_symbol_t r;
        r.symbol = (const char *)sqlite3_column_text(s, 0);
        r.company = (const char *)sqlite3_column_text(s, 1);
        r.first_day = (long)sqlite3_column_int64(s, 2);
        r.last_day = (long)sqlite3_column_int64(s, 3);
        r.rows = sqlite3_column_int64(s, 4);
        if ((rc = each(arg, &r))) {
            sqlite3_reset(s);
            return rc;
        }
    }
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? 0 : db_error(p->db, rc, "listing price symbols", e);
}

static int pricesdb_any(void *impl, int *any, err_t *e)
{
    pricesdb_t *p = impl;
    sqlite3_stmt *s = pricesdb_stmt(p, ST_ANY, e);
    int rc;

    *any = 0;
    if (!s) return e ? e->code : ERR_INTERNAL;
    rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc == SQLITE_ROW) *any = 1;
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0
                                                 : db_error(p->db, rc, "reading price symbols", e);
}

/* Runs a one-column symbol query bound to key; 1 when found (out filled), 0 when not. */
static int pricesdb_lookup(pricesdb_t *p, int which, const char *key, char out[PRICES_SYMBOL_MAX],
                           err_t *e)
{
    sqlite3_stmt *s = pricesdb_stmt(p, which, e);
    int rc;

    if (!s) return e ? e->code : ERR_INTERNAL;
    sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        snprintf(out, PRICES_SYMBOL_MAX, "%s", (const char *)sqlite3_column_text(s, 0));
        sqlite3_reset(s);
        return 1;
    }
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? 0 : db_error(p->db, rc, "looking up a price symbol", e);
}

static int pricesdb_symbol_for(void *impl, const char *id, const char *ticker,
                               char out[PRICES_SYMBOL_MAX], err_t *e)
{
    pricesdb_t *p = impl;
    const char *keys[2] = {ticker, id};
    char norm[PRICES_SYMBOL_MAX];
    int rc;

    out[0] = '\0';
    if (id && (rc = pricesdb_lookup(p, ST_BY_COMPANY, id, out, e))) return rc < 0 ? rc : 0;
    for (int i = 0; i < 2; i++) {
        if (!keys[i] || prices_symbol_norm(keys[i], strlen(keys[i]), norm)) continue;
        if ((rc = pricesdb_lookup(p, ST_BY_SYMBOL, norm, out, e))) return rc < 0 ? rc : 0;
    }
    return err_set(e, ERR_NOTFOUND, "no prices for %s", id ? id : ticker ? ticker : "?");
}

static int pricesdb_load(void *impl, const char *symbol, long **day, double **px, size_t *n,
                         err_t *e)
{
    pricesdb_t *p = impl;
    sqlite3_stmt *s = pricesdb_stmt(p, ST_LOAD, e);
    size_t cap = 0, k = 0;
    long *d = NULL;
    double *v = NULL;
    int rc;

    *day = NULL;
    *px = NULL;
    *n = 0;
    if (!s) return e ? e->code : ERR_INTERNAL;
    sqlite3_bind_text(s, 1, symbol, -1, SQLITE_TRANSIENT);
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (k == cap) {
            size_t nc = cap ? cap * 2 : 1024;
            long *nd = mem_realloc(d, nc * sizeof *nd);
            double *nv = nd ? mem_realloc(v, nc * sizeof *nv) : NULL;
            if (nd) d = nd;
            if (nv) v = nv;
            if (!nd || !nv) {
                sqlite3_reset(s);
                mem_free(d);
                mem_free(v);
                return err_set(e, ERR_NOMEM, "out of memory");
            }
            cap = nc;
        }
        d[k] = (long)sqlite3_column_int64(s, 0);
        v[k] = sqlite3_column_double(s, 1);
        k++;
    }
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) {
        mem_free(d);
        mem_free(v);
        return db_error(p->db, rc, "loading bars", e);
    }
    *day = d;
    *px = v;
    *n = k;
    return 0;
}

static const pricestore_ops_t pricesdb_ops = {
    .version = PRICESTORE_OPS_VERSION,
    .compare = pricesdb_compare,
    .symbols = pricesdb_symbols,
    .any = pricesdb_any,
    .symbol_for = pricesdb_symbol_for,
    .load = pricesdb_load,
};

void pricesdb_port(pricesdb_t *p, pricestore_t *ps)
{
    ps->ops = &pricesdb_ops;
    ps->impl = p;
}
