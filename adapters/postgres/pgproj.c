/* pgproj: the read-model port on PostgreSQL (core/readmodel.h,
 * migrations/postgres/0002): projection rows and checkpoints in one
 * transaction, and the queries the CLI and the daemon ask of them. The same
 * rows, keys and orders as on SQLite (adapters/sqlite/projdb.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/buf.h"
#include "../../core/mem.h"
#include "../../core/proj.h"
#include "../json/stored.h"
#include "pg_internal.h"

/* ---- batches ------------------------------------------------------------ */

/* Timeline rows go to the server in batches: one INSERT of up to this many
 * rows, as arrays (unnest), instead of one round trip per row. */
#define PGPROJ_BATCH_ROWS 5000
#define PGPROJ_COLS       10
/* Distinct (id, name, ticker) triples already written in this transaction. */
#define PGPROJ_SEEN_SIZE (1u << 14)

typedef struct pgproj_batch_s {
    buf_t col[PGPROJ_COLS];   /* one array literal per column, "{" ... without the "}" */
    size_t n;                 /* rows in the batch */
    unsigned long long *seen; /* hashes of the triples written in this transaction */
    size_t nseen;
} pgproj_batch_t;

void pgproj_batch_free(pgproj_batch_t *b)
{
    if (!b) return;
    for (int i = 0; i < PGPROJ_COLS; i++) buf_release(&b->col[i]);
    mem_free(b->seen);
    mem_free(b);
}

static pgproj_batch_t *pgproj_batch(pgdb_t *d)
{
    if (!d->batch && (d->batch = mem_calloc(1, sizeof *d->batch)) &&
        !(d->batch->seen = mem_calloc(PGPROJ_SEEN_SIZE, sizeof *d->batch->seen))) {
        mem_free(d->batch);
        d->batch = NULL;
    }
    return d->batch;
}

/* Forgets the rows not yet sent and the triples seen (rollback, reset, begin). */
static void pgproj_batch_drop(pgdb_t *d, int seen_too)
{
    pgproj_batch_t *b = d->batch;

    if (!b) return;
    for (int i = 0; i < PGPROJ_COLS; i++) buf_reset(&b->col[i]);
    b->n = 0;
    if (seen_too && b->nseen) {
        memset(b->seen, 0, PGPROJ_SEEN_SIZE * sizeof *b->seen);
        b->nseen = 0;
    }
}

/* Appends one array element: NULL, or v quoted with " and \ escaped. */
static void pgproj_batch_elem(buf_t *col, int first, const char *v)
{
    buf_putc(col, first ? '{' : ',');
    if (!v) {
        buf_puts(col, "NULL");
        return;
    }
    buf_putc(col, '"');
    for (const char *p = v; *p; p++) {
        if (*p == '"' || *p == '\\') buf_putc(col, '\\');
        buf_putc(col, *p);
    }
    buf_putc(col, '"');
}

/* Sends the batched rows in one INSERT, sorted by (company, seq) on the
 * server; empties the batch whatever happens. */
static int pgproj_batch_flush(pgdb_t *d, err_t *e)
{
    pgproj_batch_t *b = d->batch;
    const char *vals[PGPROJ_COLS];
    int rc = 0, oom = 0;

    if (!b || !b->n) return 0;
    for (int i = 0; i < PGPROJ_COLS; i++) {
        buf_putc(&b->col[i], '}');
        oom |= b->col[i].oom;
        vals[i] = b->col[i].data;
    }
    if (oom)
        rc = err_set(e, ERR_NOMEM, "out of memory");
    else
        rc = pgdb_run(d, PGDB_ST_ROWS_PUT,
                      "INSERT INTO proj_timeline (company, seq, type, occurred_on, pct, metric, "
                      "region, others, figure, text) SELECT * FROM unnest($1::text[], "
                      "$2::bigint[], $3::text[], $4::text[], $5::float8[], $6::text[], "
                      "$7::text[], $8::text[], $9::text[], $10::text[]) ORDER BY 1, 2 "
                      "ON CONFLICT DO NOTHING",
                      PGPROJ_COLS, vals, NULL, "writing the timeline", e);
    pgproj_batch_drop(d, 0);
    return rc;
}

static unsigned long long pgproj_hash(unsigned long long h, const char *s)
{
    for (; s && *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return (h ^ 0x1f) * 1099511628211ULL;
}

/* Returns 1 when the triple was already written in this transaction (as on
 * SQLite, a 64-bit hash stands for it), else remembers it. */
static int pgproj_seen(pgdb_t *d, const char *id, const char *name, const char *ticker)
{
    pgproj_batch_t *b = pgproj_batch(d);
    unsigned long long h =
        pgproj_hash(pgproj_hash(pgproj_hash(1469598103934665603ULL, id), name), ticker);
    size_t i;

    if (!b) return 0;
    if (!h) h = 1;
    if (b->nseen >= PGPROJ_SEEN_SIZE / 2) {
        memset(b->seen, 0, PGPROJ_SEEN_SIZE * sizeof *b->seen);
        b->nseen = 0;
    }
    for (i = (size_t)(h & (PGPROJ_SEEN_SIZE - 1)); b->seen[i]; i = (i + 1) & (PGPROJ_SEEN_SIZE - 1))
        if (b->seen[i] == h) return 1;
    b->seen[i] = h;
    b->nseen++;
    return 0;
}

/* ---- the port ------------------------------------------------------------ */

static int pgproj_begin(void *impl, err_t *e)
{
    pgdb_t *d = impl;
    char sql[96];
    int rc;

    pgproj_batch_drop(d, 1);
    if ((rc = pgdb_begin(d, e))) return rc;
    /* One read-model writer at a time, whatever node it runs on: the
     * checkpoint read inside is the one the commit builds on. */
    snprintf(sql, sizeof sql, "SELECT pg_advisory_xact_lock(%d, %d)", PGDB_LOCK_CLASS,
             PGDB_LOCK_READMODELS);
    if ((rc = pgdb_exec(d, sql, e))) pgdb_rollback(d);
    return rc;
}

/* Sends the batched rows, then commits; on failure everything is rolled back. */
static int pgproj_commit(void *impl, err_t *e)
{
    pgdb_t *d = impl;
    int rc;

    if ((rc = pgproj_batch_flush(d, e))) {
        pgproj_batch_drop(d, 1);
        pgdb_rollback(d);
        return rc;
    }
    return pgdb_commit(d, e);
}

static void pgproj_rollback(void *impl)
{
    pgdb_t *d = impl;

    pgproj_batch_drop(d, 1);
    pgdb_rollback(d);
}

static int pgproj_read_begin(void *impl, err_t *e)
{
    pgdb_t *d = impl;
    int rc = pgdb_ready(d, e);
    return rc ? rc : pgdb_exec(d, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", e);
}

static void pgproj_read_end(void *impl)
{
    pgdb_rollback(impl);
}

/* Read models are derived: during a long catch-up a commit need not wait for
 * the server's disk (each commit stays atomic; a crash only redoes the last
 * chunks). Restored after. */
static void pgproj_tune(void *impl, int bulk)
{
    pgdb_t *d = impl;

    if (d->durability == PGDB_DURABLE_NORMAL || PQstatus(d->conn) != CONNECTION_OK) return;
    pgdb_exec(d, bulk ? "SET synchronous_commit = off" : "SET synchronous_commit = on", NULL);
}

static int pgproj_ckpt_get(void *impl, const char *name, int *version, long long *seq, err_t *e)
{
    const char *vals[1] = {name};
    PGresult *r;
    int rc;

    *version = 0;
    *seq = 0;
    if ((rc = pgdb_run(impl, PGDB_ST_CKPT_GET,
                       "SELECT version, last_seq FROM proj_checkpoints WHERE name = $1", 1, vals,
                       &r, "reading a projection checkpoint", e)))
        return rc;
    if (PQntuples(r) > 0) {
        *version = atoi(PQgetvalue(r, 0, 0));
        *seq = strtoll(PQgetvalue(r, 0, 1), NULL, 10);
    }
    PQclear(r);
    return 0;
}

static int pgproj_ckpt_set(void *impl, const char *name, int version, long long seq, err_t *e)
{
    char v[16], s[24];
    const char *vals[3] = {name, v, s};

    snprintf(v, sizeof v, "%d", version);
    snprintf(s, sizeof s, "%lld", seq);
    return pgdb_run(impl, PGDB_ST_CKPT_SET,
                    "INSERT INTO proj_checkpoints (name, version, last_seq) VALUES ($1, $2, $3) "
                    "ON CONFLICT (name) DO UPDATE SET version = excluded.version, "
                    "last_seq = excluded.last_seq",
                    3, vals, NULL, "writing a projection checkpoint", e);
}

static int pgproj_timeline_reset(void *impl, err_t *e)
{
    pgproj_batch_drop(impl, 0);
    return pgdb_exec(impl, "DELETE FROM proj_timeline; DELETE FROM proj_retractions", e);
}

static int pgproj_names_reset(void *impl, err_t *e)
{
    pgdb_t *d = impl;

    if (d->batch && d->batch->nseen) {
        memset(d->batch->seen, 0, PGPROJ_SEEN_SIZE * sizeof *d->batch->seen);
        d->batch->nseen = 0;
    }
    return pgdb_exec(impl, "DELETE FROM proj_companies; DELETE FROM proj_names", e);
}

/* Adds r to the batch (sent at the next commit, retraction or query, or
 * when the batch is full). */
static int pgproj_row_put(void *impl, const proj_row_t *r, err_t *e)
{
    pgdb_t *d = impl;
    pgproj_batch_t *b = pgproj_batch(d);
    char seq[24], pct[40];
    const char *vals[PGPROJ_COLS];
    int first;

    if (!b) return err_set(e, ERR_NOMEM, "out of memory");
    snprintf(seq, sizeof seq, "%lld", r->seq);
    snprintf(pct, sizeof pct, "%.17g", r->pct);
    vals[0] = r->company;
    vals[1] = seq;
    vals[2] = event_type_name(r->type);
    vals[3] = r->occurred_on[0] ? r->occurred_on : NULL;
    vals[4] = r->has_pct ? pct : NULL;
    vals[5] = r->metric;
    vals[6] = r->region;
    vals[7] = r->others ? r->others : "";
    vals[8] = r->figure ? r->figure : "";
    vals[9] = r->text ? r->text : "";
    first = b->n == 0;
    for (int i = 0; i < PGPROJ_COLS; i++) pgproj_batch_elem(&b->col[i], first, vals[i]);
    b->n++;
    return b->n >= PGPROJ_BATCH_ROWS ? pgproj_batch_flush(d, e) : 0;
}

static int pgproj_retract(void *impl, const char *target, long long seq, const char *reason,
                          err_t *e)
{
    pgdb_t *d = impl;
    char s[24], ts[24];
    const char *find[2] = {target, s};
    PGresult *r = NULL;
    event_t ev;
    int rc;

    snprintf(s, sizeof s, "%lld", seq);
    /* The rows it may delete must be on the server first. */
    if ((rc = pgproj_batch_flush(d, e))) return rc;
    event_init(&ev);
    /* Only an earlier event that is not itself a retraction can be retracted. */
    if ((rc = pgdb_run(d, PGDB_ST_RETRACT_FIND,
                       "SELECT seq, body FROM events WHERE id = $1 AND seq < $2 "
                       "AND type <> 'retraction'",
                       2, find, &r, "reading a retracted event", e)))
        return rc;
    if (PQntuples(r) > 0) {
        snprintf(ts, sizeof ts, "%s", PQgetvalue(r, 0, 0));
        rc = stored_decode(PQgetvalue(r, 0, 1), (size_t)PQgetlength(r, 0, 1), &ev, e);
        for (size_t i = 0; !rc && i < ev.ncompanies; i++) {
            const char *del[2] = {ev.companies[i].id, ts};
            rc = pgdb_run(d, PGDB_ST_RETRACT_DEL,
                          "DELETE FROM proj_timeline WHERE company = $1 AND seq = $2", 2, del, NULL,
                          "retracting from the timeline", e);
        }
    }
    PQclear(r);
    event_release(&ev);
    if (rc) return rc;
    {
        const char *add[3] = {target, s, reason};
        return pgdb_run(d, PGDB_ST_RETRACT_ADD,
                        "INSERT INTO proj_retractions (target, seq, reason) VALUES ($1, $2, $3) "
                        "ON CONFLICT DO NOTHING",
                        3, add, NULL, "recording a retraction", e);
    }
}

static int pgproj_name_put(void *impl, const char *id, const char *name, const char *ticker,
                           err_t *e)
{
    const char *vals[3] = {id, name, ticker};

    if (pgproj_seen(impl, id, name, ticker)) return 0;
    /* The first name and ticker given for an id stay; id, name and ticker all
     * become names it goes by (the first spelling of each stays). */
    return pgdb_run(impl, PGDB_ST_NAME_PUT,
                    "WITH c AS (INSERT INTO proj_companies (id, name, ticker) VALUES ($1, $2, $3) "
                    "ON CONFLICT ((lower(id))) DO UPDATE SET "
                    "name = coalesce(proj_companies.name, excluded.name), "
                    "ticker = coalesce(proj_companies.ticker, excluded.ticker)) "
                    "INSERT INTO proj_names (name, id) SELECT n.name, $1 FROM "
                    "unnest(ARRAY[$1::text, $2::text, $3::text]) WITH ORDINALITY AS n(name, k) "
                    "WHERE n.name <> '' ORDER BY n.k ON CONFLICT DO NOTHING",
                    3, vals, NULL, "writing the company directory", e);
}

/* ---- queries --------------------------------------------------------------- */

static const char *pgproj_col(const PGresult *r, int i, int c)
{
    return PQgetisnull(r, i, c) ? NULL : PQgetvalue(r, i, c);
}

static int pgproj_timeline_scan(void *impl, const char *company, readmodel_row_fn each, void *arg,
                                err_t *e)
{
    static const char sql_one[] =
        "SELECT t.company, t.seq, e.id, t.type, t.occurred_on, t.pct, t.metric, t.region, "
        "t.others, t.figure, t.text FROM proj_timeline t JOIN events e ON e.seq = t.seq "
        "WHERE t.company = $1 ORDER BY t.company, t.seq";
    static const char sql_all[] =
        "SELECT t.company, t.seq, e.id, t.type, t.occurred_on, t.pct, t.metric, t.region, "
        "t.others, t.figure, t.text FROM proj_timeline t JOIN events e ON e.seq = t.seq "
        "ORDER BY t.company, t.seq";
    const char *vals[1] = {company};
    PGresult *r;
    int rc, n;

    if ((rc = pgproj_batch_flush(impl, e)) || (rc = pgdb_ready(impl, e)) ||
        (rc = pgdb_run(impl, PGDB_ST_NONE, company ? sql_one : sql_all, company ? 1 : 0, vals, &r,
                       "reading the timeline", e)))
        return rc;
    n = PQntuples(r);
    for (int i = 0; i < n && !rc; i++) {
        proj_row_t row;
        const char *date = pgproj_col(r, i, 4);
        memset(&row, 0, sizeof row);
        row.company = (char *)pgproj_col(r, i, 0);
        row.seq = strtoll(PQgetvalue(r, i, 1), NULL, 10);
        row.id = (char *)pgproj_col(r, i, 2);
        row.type = event_type_from_name(PQgetvalue(r, i, 3));
        if (date && strlen(date) == 10) memcpy(row.occurred_on, date, 11);
        if (!PQgetisnull(r, i, 5)) {
            row.has_pct = 1;
            row.pct = strtod(PQgetvalue(r, i, 5), NULL);
        }
        row.metric = (char *)pgproj_col(r, i, 6);
        row.region = (char *)pgproj_col(r, i, 7);
        row.others = (char *)pgproj_col(r, i, 8);
        row.figure = (char *)pgproj_col(r, i, 9);
        row.text = (char *)pgproj_col(r, i, 10);
        rc = each(arg, &row);
    }
    PQclear(r);
    return rc;
}

/* Runs sql with key as $1 (when not NULL) and hands each row to each:
 * companies (id, name, ticker) or names (name, id, display). */
static int pgproj_directory(pgdb_t *d, const char *sql, const char *key,
                            readmodel_company_fn each_company, readmodel_name_fn each_name,
                            void *arg, err_t *e)
{
    const char *vals[1] = {key};
    PGresult *r;
    int rc, n;

    if ((rc = pgdb_ready(d, e)) || (rc = pgdb_run(d, PGDB_ST_NONE, sql, key ? 1 : 0, vals, &r,
                                                  "reading the company directory", e)))
        return rc;
    n = PQntuples(r);
    for (int i = 0; i < n && !rc; i++) {
        if (each_company) {
            readmodel_company_t c = {pgproj_col(r, i, 0), pgproj_col(r, i, 1), pgproj_col(r, i, 2)};
            rc = each_company(arg, &c);
        } else {
            readmodel_name_t nm = {pgproj_col(r, i, 0), pgproj_col(r, i, 1), pgproj_col(r, i, 2)};
            rc = each_name(arg, &nm);
        }
    }
    PQclear(r);
    return rc;
}

static int pgproj_company_get(void *impl, const char *id, readmodel_company_fn each, void *arg,
                              err_t *e)
{
    return pgproj_directory(
        impl, "SELECT id, name, ticker FROM proj_companies WHERE lower(id) = lower($1)", id, each,
        NULL, arg, e);
}

static int pgproj_names_find(void *impl, const char *name, readmodel_company_fn each, void *arg,
                             err_t *e)
{
    return pgproj_directory(impl,
                            "SELECT c.id, c.name, c.ticker FROM proj_companies c WHERE lower(c.id) "
                            "IN (SELECT lower(id) FROM proj_names WHERE lower(name) = lower($1)) "
                            "ORDER BY lower(c.id)",
                            name, each, NULL, arg, e);
}

static int pgproj_names_scan(void *impl, readmodel_name_fn each, void *arg, err_t *e)
{
    return pgproj_directory(impl,
                            "SELECT n.name, n.id, c.name FROM proj_names n "
                            "JOIN proj_companies c ON lower(c.id) = lower(n.id) "
                            "ORDER BY lower(n.id), lower(n.name)",
                            NULL, NULL, each, arg, e);
}

static const readmodel_ops_t pgproj_ops = {
    .version = READMODEL_OPS_VERSION,
    .begin = pgproj_begin,
    .commit = pgproj_commit,
    .rollback = pgproj_rollback,
    .read_begin = pgproj_read_begin,
    .read_end = pgproj_read_end,
    .tune = pgproj_tune,
    .checkpoint_get = pgproj_ckpt_get,
    .checkpoint_set = pgproj_ckpt_set,
    .timeline_reset = pgproj_timeline_reset,
    .timeline_put = pgproj_row_put,
    .timeline_retract = pgproj_retract,
    .names_reset = pgproj_names_reset,
    .names_put = pgproj_name_put,
    .bars_reset = pgprices_reset,
    .bars_put = pgprices_put,
    .timeline_scan = pgproj_timeline_scan,
    .company_get = pgproj_company_get,
    .names_find = pgproj_names_find,
    .names_scan = pgproj_names_scan,
};

void pgproj_port(pgdb_t *d, readmodel_t *rm)
{
    rm->ops = &pgproj_ops;
    rm->impl = d;
}
