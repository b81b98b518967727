#include "pgstore.h"

#include <stdio.h>
#include <string.h>

#include "pg_internal.h"

static void pgstore_close(void *impl)
{
    pgdb_close(impl);
}

static int pgstore_info(void *impl, store_info_t *info, err_t *e)
{
    pgdb_t *d = impl;

    (void)e;
    memset(info, 0, sizeof *info);
    info->engine = "postgresql";
    snprintf(info->location, sizeof info->location, "%s", pgdb_name(d));
    info->schema = pgdb_schema_version(d);
    info->schema_latest = pgdb_schema_latest();
    return 0;
}

static int pgstore_watch(void *impl, int *fd, err_t *e)
{
    pgdb_t *d = impl;
    char sql[64];
    int rc;

    if ((rc = pgdb_ready(d, e))) return rc;
    snprintf(sql, sizeof sql, "LISTEN %s", PGDB_CHANNEL);
    if ((rc = pgdb_exec(d, sql, e))) return rc;
    if ((*fd = PQsocket(d->conn)) < 0)
        return err_set(e, ERR_UNAVAILABLE, "no connection to %s to listen on", pgdb_name(d));
    return 0;
}

static int pgstore_watch_drain(void *impl)
{
    pgdb_t *d = impl;
    PGnotify *n;
    int count = 0;

    if (!PQconsumeInput(d->conn) || PQstatus(d->conn) != CONNECTION_OK) return ERR_UNAVAILABLE;
    while ((n = PQnotifies(d->conn))) {
        count++;
        PQfreemem(n);
    }
    return count;
}

/* The second key of projection name's ownership lock (first key
 * PGDB_LOCK_CLASS): a hash of the name, kept apart from the small fixed keys. */
static long pgstore_proj_key(const char *name)
{
    unsigned long h = 2166136261UL;

    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        h = ((h ^ *p) * 16777619UL) & 0xffffffffUL;
    return PGDB_LOCK_PROJ_BASE | (long)(h & 0x3fffffffUL);
}

static int pgstore_own(void *impl, const char *name, err_t *e)
{
    pgdb_t *d = impl;
    long key = pgstore_proj_key(name);
    long long owned = 0;
    char sql[400];
    int rc;

    /* No reconnection here: the lock lives and dies with this server session. */
    if (PQstatus(d->conn) != CONNECTION_OK)
        return err_set(e, ERR_UNAVAILABLE, "no connection to %s", pgdb_name(d));
    /* Already held by this session: answer so without stacking a second hold. */
    snprintf(sql, sizeof sql,
             "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' "
             "AND pid = pg_backend_pid() AND classid = %ld AND objid = %ld AND objsubid = 2 "
             "AND granted) THEN 1 WHEN pg_try_advisory_lock(%d, %ld) THEN 1 ELSE 0 END",
             (long)PGDB_LOCK_CLASS, key, PGDB_LOCK_CLASS, key);
    if ((rc = pgdb_query_ll(d, sql, &owned, e))) return rc;
    return owned ? 1 : 0;
}

static void pgstore_disown(void *impl, const char *name)
{
    pgdb_t *d = impl;
    char sql[96];

    if (PQstatus(d->conn) != CONNECTION_OK) return;
    snprintf(sql, sizeof sql, "SELECT pg_advisory_unlock(%d, %ld)", PGDB_LOCK_CLASS,
             pgstore_proj_key(name));
    pgdb_exec(d, sql, NULL);
}

/* Every check of pgstore_check() in one round trip: verify_heapam on every
 * table (its first three messages, in the order the checks one by one give
 * them) and bt_index_check on every B-tree index, as two statements of one
 * query string. Returns 1 with what the tables hold in problem, or 0 when a
 * check raised an error (a damaged index does; the statements stop there):
 * the checks one by one then name each relation, as they always did. One by
 * one they were a round trip per relation (33 in a seismo database), each a
 * wake-up of the server and of this thread. */
static int pgstore_check_all(pgdb_t *d, char *problem, size_t n)
{
    static const char *const sql =
        "SELECT c.oid::regclass::text, 'block ' || v.blkno || ': ' || v.msg FROM pg_class c "
        "JOIN pg_namespace s ON s.oid = c.relnamespace CROSS JOIN LATERAL (SELECT h.blkno, "
        "h.msg, h.n FROM verify_heapam(c.oid) WITH ORDINALITY h(blkno, offnum, attnum, msg, n) "
        "ORDER BY h.n LIMIT 3) v WHERE s.nspname = current_schema() AND c.relkind = 'r' "
        "ORDER BY 1, v.n;"
        "SELECT count(bt_index_check(c.oid)) FROM pg_class c JOIN pg_namespace s ON "
        "s.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam WHERE s.nspname = "
        "current_schema() AND c.relkind = 'i' AND a.amname = 'btree'";
    PGresult *r, *heap = NULL;
    int ok = 1, results = 0;
    size_t used = 0;

    if (!PQsendQuery(d->conn, sql)) return 0;
    while ((r = PQgetResult(d->conn))) {
        if (PQresultStatus(r) != PGRES_TUPLES_OK) ok = 0;
        if (ok && results++ == 0) {
            heap = r;
            continue;
        }
        PQclear(r);
    }
    if (ok && results == 2)
        for (int j = 0; j < PQntuples(heap) && used + 1 < n; j++)
            used += (size_t)snprintf(problem + used, n - used, "%stable %s: %s", used ? "; " : "",
                                     PQgetvalue(heap, j, 0), PQgetvalue(heap, j, 1));
    else
        problem[0] = 0;
    PQclear(heap);
    return ok && results == 2;
}

/* The file check of verify on PostgreSQL: with the amcheck extension in the
 * database, verify_heapam on every table of the schema and bt_index_check on
 * every B-tree index; without it a note. Writes what is damaged into problem. */
static int pgstore_check(void *impl, char *problem, size_t n, err_t *e)
{
    static const char *const tables_sql =
        "SELECT c.oid::regclass::text, c.relkind FROM pg_class c "
        "JOIN pg_namespace s ON s.oid = c.relnamespace LEFT JOIN pg_am a ON a.oid = c.relam "
        "WHERE s.nspname = current_schema() AND (c.relkind = 'r' OR (c.relkind = 'i' AND "
        "a.amname = 'btree')) ORDER BY c.relkind DESC, 1";
    pgdb_t *d = impl;
    long long have = 0;
    PGresult *rels;
    size_t used = 0;
    int rc;

    problem[0] = 0;
    if ((rc = pgdb_ready(d, e))) return rc;
    if ((rc = pgdb_query_ll(d, "SELECT count(*) FROM pg_extension WHERE extname = 'amcheck'", &have,
                            e)))
        return rc;
    if (!have) {
        snprintf(problem, n,
                 "note: the amcheck extension is not installed in %s (CREATE EXTENSION amcheck), "
                 "so verify checked the chain but not the tables' pages",
                 pgdb_name(d));
        return 0;
    }
    if (pgstore_check_all(d, problem, n)) return 0;
    rels = PQexec(d->conn, tables_sql);
    if (PQresultStatus(rels) != PGRES_TUPLES_OK) {
        rc = pgdb_error(d, rels, "listing the tables to check", e);
        PQclear(rels);
        return rc;
    }
    for (int i = 0; i < PQntuples(rels) && used + 1 < n; i++) {
        const char *rel = PQgetvalue(rels, i, 0);
        const char *vals[1] = {rel};
        int index = PQgetvalue(rels, i, 1)[0] == 'i';
        PGresult *r = PQexecParams(d->conn,
                                   index ? "SELECT bt_index_check($1::regclass)"
                                         : "SELECT 'block ' || blkno || ': ' || msg FROM "
                                           "verify_heapam($1::regclass) LIMIT 3",
                                   1, NULL, vals, NULL, NULL, 0);
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            const char *m = PQresultErrorMessage(r);
            used += (size_t)snprintf(problem + used, n - used, "%s%s %s: %.*s", used ? "; " : "",
                                     index ? "index" : "table", rel, (int)strcspn(m, "\n"), m);
        } else if (!index) {
            for (int j = 0; j < PQntuples(r) && used + 1 < n; j++)
                used += (size_t)snprintf(problem + used, n - used, "%stable %s: %s",
                                         used ? "; " : "", rel, PQgetvalue(r, j, 0));
        }
        PQclear(r);
    }
    PQclear(rels);
    return 0;
}

/* Records what verify found (or lifts it) in the database itself: the
 * server's pages hold it, and every node sees it (pgdb_mark_damaged). */
static int pgstore_mark_broken(void *impl, const char *why, err_t *e)
{
    return pgdb_mark_damaged(impl, why, e);
}

/* After a bulk load: the tables of the log get their statistics now rather
 * than when autovacuum comes by (a minute or more later). Until then the
 * planner knows no row counts: it guessed hundreds of company rows per seq,
 * costed each 1,000-row page of a verify scan high enough to compile it with
 * JIT, and a verify of 100k copied events took 7-9 s instead of 0.8 s. */
static int pgstore_settle(void *impl, err_t *e)
{
    pgdb_t *d = impl;
    int rc = pgdb_ready(d, e);
    return rc ? rc : pgdb_exec(d, "ANALYZE events, event_companies", e);
}

static const store_ops_t pgstore_ops = {
    .version = STORE_OPS_VERSION,
    .engine = "postgresql",
    .info = pgstore_info,
    .close = pgstore_close,
    .watch = pgstore_watch,
    .watch_drain = pgstore_watch_drain,
    .own = pgstore_own,
    .disown = pgstore_disown,
    .check = pgstore_check,
    .mark_broken = pgstore_mark_broken,
    .settle = pgstore_settle,
};

int pgstore_open(const char *conninfo, const store_opts_t *o, store_t *out, err_t *e)
{
    pgdb_t *d = NULL;
    int flags = 0, rc;

    if (o->flags & STORE_OPEN_CREATE) flags |= PGDB_OPEN_CREATE;
    if (o->flags & STORE_OPEN_READONLY) flags |= PGDB_OPEN_READONLY;
    if ((rc = pgdb_open(conninfo, flags,
                        o->durability == STORE_DURABLE_NORMAL ? PGDB_DURABLE_NORMAL
                                                              : PGDB_DURABLE_FULL,
                        &d, e)) ||
        (rc = pgdb_eventlog(d, &out->log, e))) {
        pgdb_close(d);
        memset(out, 0, sizeof *out);
        return rc;
    }
    pgproj_port(d, &out->rm);
    pgcompanies_port(d, &out->reg);
    pgprices_port(d, &out->prices);
    out->ops = &pgstore_ops;
    out->impl = d;
    return 0;
}

const char *pgstore_version(void)
{
    static char v[32];
    int n = PQlibVersion();

    snprintf(v, sizeof v, "%d.%d", n / 10000, n % 10000);
    return v;
}
