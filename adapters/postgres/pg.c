#include "pg_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../core/mem.h"

#define PGDB_CONNECT_TIMEOUT "10"

int pgdb_error(pgdb_t *d, const PGresult *res, const char *what, err_t *e)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    const char *msg = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    int code = ERR_IO;

    if (!msg || !msg[0]) msg = d && d->conn ? PQerrorMessage(d->conn) : "no connection";
    if (!state) state = "";
    if (strncmp(state, "40", 2) == 0 || strncmp(state, "55", 2) == 0 || strcmp(state, "57014") == 0)
        code = ERR_BUSY; /* serialization failure, deadlock, lock not available, cancelled */
    else if (strncmp(state, "23", 2) == 0 || strncmp(state, "22", 2) == 0 ||
             strcmp(state, "P0001") == 0)
        code = ERR_DATA; /* constraint, bad data, our append-only trigger */
    else if (strcmp(state, "53100") == 0)
        code = ERR_FULL;
    else if (strcmp(state, "53200") == 0)
        code = ERR_NOMEM;
    else if (strcmp(state, "25006") == 0 || strcmp(state, "42501") == 0)
        code = ERR_READONLY;
    else if (strncmp(state, "08", 2) == 0 || strncmp(state, "57P", 3) == 0 || !state[0] ||
             (d && d->conn && PQstatus(d->conn) == CONNECTION_BAD))
        code = ERR_UNAVAILABLE; /* the server went away or is starting: try again later */
    if (code == ERR_FULL) msg = "disk full (the PostgreSQL server is out of space)";
    {
        /* libpq messages end in a newline. */
        char clean[400];
        size_t n;
        snprintf(clean, sizeof clean, "%s", msg);
        n = strlen(clean);
        while (n && (clean[n - 1] == '\n' || clean[n - 1] == ' ')) clean[--n] = '\0';
        return err_set(e, code, "%s: %s (%s)", what, clean, d ? d->name : "PostgreSQL");
    }
}

int pgdb_exec(pgdb_t *d, const char *sql, err_t *e)
{
    PGresult *res = PQexec(d->conn, sql);
    ExecStatusType st = PQresultStatus(res);
    int rc = 0;

    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) rc = pgdb_error(d, res, "database", e);
    PQclear(res);
    return rc;
}

int pgdb_run(pgdb_t *d, int st, const char *sql, int n, const char *const *vals, PGresult **out,
             const char *what, err_t *e)
{
    PGresult *r;
    ExecStatusType status;
    char name[32];
    int rc = 0;

    if (out) *out = NULL;
    if (st >= 0) {
        snprintf(name, sizeof name, "seismo_%d", st);
        if (!(d->prepared & (1ULL << st))) {
            r = PQprepare(d->conn, name, sql, n, NULL);
            if (PQresultStatus(r) != PGRES_COMMAND_OK) rc = pgdb_error(d, r, what, e);
            PQclear(r);
            if (rc) return rc;
            d->prepared |= 1ULL << st;
        }
        r = PQexecPrepared(d->conn, name, n, vals, NULL, NULL, 0);
    } else {
        r = PQexecParams(d->conn, sql, n, NULL, vals, NULL, NULL, 0);
    }
    status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        rc = pgdb_error(d, r, what, e);
        PQclear(r);
        return rc;
    }
    if (out)
        *out = r;
    else
        PQclear(r);
    return 0;
}

int pgdb_query_ll(pgdb_t *d, const char *sql, long long *out, err_t *e)
{
    PGresult *res = PQexec(d->conn, sql);
    int rc = 0;

    *out = 0;
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        rc = pgdb_error(d, res, "database", e);
    else if (PQntuples(res) > 0 && !PQgetisnull(res, 0, 0))
        *out = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
    PQclear(res);
    return rc;
}

void pgdb_rollback(pgdb_t *d)
{
    if (d && d->conn && PQtransactionStatus(d->conn) != PQTRANS_IDLE) {
        PGresult *res = PQexec(d->conn, "ROLLBACK");
        PQclear(res);
    }
}

int pgdb_commit(pgdb_t *d, err_t *e)
{
    PGresult *res = PQexec(d->conn, "COMMIT");
    int rc = 0;

    /* A COMMIT of a failed transaction answers ROLLBACK: that is a failure too. */
    if (PQresultStatus(res) != PGRES_COMMAND_OK || strcmp(PQcmdStatus(res), "COMMIT") != 0)
        rc = pgdb_error(d, res, "committing", e);
    PQclear(res);
    if (rc) pgdb_rollback(d);
    return rc;
}

int pgdb_schema_latest(void)
{
    return pgdb_migration_count > 0 ? pgdb_migrations[pgdb_migration_count - 1].version : 0;
}

/* Reads the schema version (0 when there is none) and whether other seismo
 * tables are there, without writing anything. */
static int pgdb_read_version(pgdb_t *d, int *version, int *foreign, err_t *e)
{
    PGresult *res =
        PQexec(d->conn, "SELECT to_regclass('seismo_schema') IS NOT NULL, "
                        "to_regclass('events') IS NOT NULL OR to_regclass('event_companies') "
                        "IS NOT NULL");
    int has_schema, has_events, rc = 0;

    *version = 0;
    *foreign = 0;
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        rc = pgdb_error(d, res, "reading the schema version", e);
        PQclear(res);
        return rc;
    }
    has_schema = PQgetvalue(res, 0, 0)[0] == 't';
    has_events = PQgetvalue(res, 0, 1)[0] == 't';
    PQclear(res);
    if (!has_schema) {
        *foreign = has_events;
        return 0;
    }
    res = PQexec(d->conn, "SELECT max(version), bool_and(app = 'seismo') FROM seismo_schema");
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        rc = pgdb_error(d, res, "reading the schema version", e);
    } else {
        *version = PQgetisnull(res, 0, 0) ? 0 : atoi(PQgetvalue(res, 0, 0));
        *foreign = PQgetisnull(res, 0, 1) || PQgetvalue(res, 0, 1)[0] != 't';
    }
    PQclear(res);
    return rc;
}

static int pgdb_migrate(pgdb_t *d, err_t *e)
{
    char sql[128];
    int rc, cur, foreign;

    if ((rc = pgdb_exec(d, "BEGIN", e))) return rc;
    snprintf(sql, sizeof sql, "SELECT pg_advisory_xact_lock(%d, %d)", PGDB_LOCK_CLASS,
             PGDB_LOCK_MIGRATE);
    if ((rc = pgdb_exec(d, sql, e))) goto fail;
    /* Another process may have migrated while we waited for the lock. */
    if ((rc = pgdb_read_version(d, &cur, &foreign, e))) goto fail;
    if (cur > pgdb_schema_latest() || foreign) goto done; /* pgdb_check says why */
    for (int i = 0; i < pgdb_migration_count; i++) {
        const pgdb_migration_t *m = &pgdb_migrations[i];
        if (m->version <= cur) continue;
        if ((rc = pgdb_exec(d, m->sql, e))) {
            err_wrap(e, "migration postgres/%04d_%s", m->version, m->name);
            goto fail;
        }
        snprintf(sql, sizeof sql, "UPDATE seismo_schema SET version = %d", m->version);
        if ((rc = pgdb_exec(d, sql, e))) goto fail;
        cur = m->version;
    }
done:
    if ((rc = pgdb_commit(d, e))) return rc;
    d->version = cur;
    return 0;
fail:
    pgdb_rollback(d);
    return rc;
}

/* Refuses a database from a newer seismo, or holding tables that are not ours. */
static int pgdb_check(pgdb_t *d, int version, int foreign, err_t *e)
{
    if (version > pgdb_schema_latest())
        return err_set(e, ERR_NEWER,
                       "%s has schema version %d, newer than this seismo knows (%d): "
                       "upgrade seismo to open it (nothing was changed)",
                       d->name, version, pgdb_schema_latest());
    if (foreign)
        return err_set(e, ERR_CORRUPT,
                       "%s holds an events table that is not a seismo log (nothing was changed)",
                       d->name);
    return 0;
}

/* Builds d->name from the connection: postgresql://user@host:port/db. */
static void pgdb_set_name(pgdb_t *d)
{
    const char *host = PQhost(d->conn);

    snprintf(d->name, sizeof d->name, "postgresql://%s@%s%s%s/%s", PQuser(d->conn),
             host && host[0] == '/' ? ""
             : host                 ? host
                                    : "",
             PQport(d->conn)[0] ? ":" : "", PQport(d->conn), PQdb(d->conn));
}

/* The session settings, again after every reconnection. */
static int pgdb_session(pgdb_t *d, err_t *e)
{
    int rc;

    if ((rc = pgdb_exec(d, "SET client_min_messages = warning", e))) return rc;
    if (d->durability == PGDB_DURABLE_NORMAL &&
        (rc = pgdb_exec(d, "SET synchronous_commit = off", e)))
        return rc;
    if (d->readonly && (rc = pgdb_exec(d, "SET default_transaction_read_only = on", e))) return rc;
    return 0;
}

static long long pgdb_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int pgdb_ready(pgdb_t *d, err_t *e)
{
    long long now;

    if (PQstatus(d->conn) == CONNECTION_OK) return 0;
    /* Reconnect with backoff: while the server is away, callers fail fast
     * between tries (0.25 s doubling to 5 s) instead of each waiting on it. */
    now = pgdb_now_ms();
    if (now < d->retry_at)
        return err_set(e, ERR_UNAVAILABLE,
                       "PostgreSQL at %s cannot be reached (next try in %lld ms)", d->name,
                       d->retry_at - now);
    PQreset(d->conn);
    if (PQstatus(d->conn) != CONNECTION_OK) {
        char msg[300];
        size_t n;
        d->backoff_ms = d->backoff_ms ? d->backoff_ms * 2 : 250;
        if (d->backoff_ms > 5000) d->backoff_ms = 5000;
        d->retry_at = pgdb_now_ms() + d->backoff_ms;
        snprintf(msg, sizeof msg, "%s", PQerrorMessage(d->conn));
        n = strlen(msg);
        while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' ')) msg[--n] = '\0';
        return err_set(e, ERR_UNAVAILABLE, "PostgreSQL at %s cannot be reached: %s", d->name, msg);
    }
    d->backoff_ms = 0;
    d->retry_at = 0;
    /* A new server session: prepared statements and LISTENs are gone. */
    pglog_forget(d->log);
    d->listening = 0;
    d->prepared = 0;
    return pgdb_session(d, e);
}

int pgdb_data_version(pgdb_t *d, long long *token, err_t *e)
{
    PGresult *r;
    unsigned long long h = 1469598103934665603ULL;
    int rc = pgdb_ready(d, e);

    if (rc) return rc;
    /* What any commit moves: the head, the checkpoints, the registry and the
     * change sequence (bumped after registry writes). */
    r = PQexec(d->conn,
               "SELECT (SELECT coalesce(max(seq), 0) FROM events), "
               "(SELECT coalesce(sum(last_seq), 0) + count(*) FROM proj_checkpoints), "
               "(SELECT count(*) FROM companies) + (SELECT count(*) FROM company_aliases), "
               "(SELECT last_value FROM seismo_changes)");
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        rc = pgdb_error(d, r, "reading the change token", e);
    } else {
        for (int i = 0; i < 4; i++) {
            const char *v = PQgetvalue(r, 0, i);
            for (; *v; v++) h = (h ^ (unsigned char)*v) * 1099511628211ULL;
            h = (h ^ '|') * 1099511628211ULL;
        }
        *token = (long long)(h >> 1);
    }
    PQclear(r);
    return rc;
}

void pgdb_bump(pgdb_t *d)
{
    PGresult *r = PQexec(d->conn, "SELECT nextval('seismo_changes')");
    PQclear(r);
}

int pgdb_refuse_damaged(const pgdb_t *d, const char *why, err_t *e)
{
    return err_set(e, ERR_CORRUPT,
                   "database %s was found damaged by 'seismo verify' (%s): writes are refused "
                   "until it is repaired (docs/robustness.md, 'Repairing a damaged database'); a "
                   "verify that passes lifts this",
                   d->name, why && why[0] ? why : "see its verify output");
}

int pgdb_mark_damaged(pgdb_t *d, const char *why, err_t *e)
{
    const char *vals[1] = {why};
    int rc;

    if (d->readonly || d->version < PGDB_VERSION_DAMAGE) return 0;
    if ((rc = pgdb_ready(d, e))) return rc;
    if (!why) return pgdb_exec(d, "DELETE FROM seismo_damage", e);
    /* One statement: the old mark goes and the new one comes at once. */
    return pgdb_run(d, PGDB_ST_NONE,
                    "WITH old AS (DELETE FROM seismo_damage) INSERT INTO seismo_damage (why) "
                    "VALUES ($1)",
                    1, vals, NULL, "recording what verify found", e);
}

int pgdb_begin(pgdb_t *d, err_t *e)
{
    PGresult *r;
    int rc = pgdb_ready(d, e);

    if (rc) return rc;
    if (d->version < PGDB_VERSION_DAMAGE) return pgdb_exec(d, "BEGIN", e);
    /* BEGIN and the damage mark: one round trip. */
    r = PQexec(d->conn, "BEGIN; SELECT why FROM seismo_damage LIMIT 1");
    if (PQresultStatus(r) != PGRES_TUPLES_OK)
        rc = pgdb_error(d, r, "starting a write transaction", e);
    else if (PQntuples(r) > 0)
        rc = pgdb_refuse_damaged(d, PQgetvalue(r, 0, 0), e);
    PQclear(r);
    if (rc) pgdb_rollback(d);
    return rc;
}

int pgdb_open(const char *conninfo, int flags, pgdb_durability_t durability, pgdb_t **out, err_t *e)
{
    /* Later keywords win: the caller's string may set its own connect_timeout. */
    const char *const keys[] = {"connect_timeout", "application_name", "dbname", NULL};
    const char *vals[] = {PGDB_CONNECT_TIMEOUT, "seismo", conninfo, NULL};
    pgdb_t *d;
    int rc, version = 0, foreign = 0;

    *out = NULL;
    if (!conninfo || !conninfo[0]) return err_set(e, ERR_USAGE, "no database given");
    if (!(d = mem_calloc(1, sizeof *d))) return err_set(e, ERR_NOMEM, "out of memory");
    d->conn = PQconnectdbParams(keys, vals, 1);
    if (!d->conn) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto fail;
    }
    if (PQstatus(d->conn) != CONNECTION_OK) {
        char msg[400];
        size_t n;
        snprintf(msg, sizeof msg, "%s", PQerrorMessage(d->conn));
        n = strlen(msg);
        while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' ')) msg[--n] = '\0';
        /* A malformed string is the user's to fix; a server that is away may come back. */
        if (strstr(msg, "does not exist"))
            rc = ERR_NOINPUT;
        else if (strstr(msg, "invalid") || strstr(msg, "missing"))
            rc = ERR_USAGE;
        else if (strstr(msg, "authentication") || strstr(msg, "password"))
            rc = ERR_IO;
        else
            rc = ERR_UNAVAILABLE; /* refused, timed out, starting up: it may come back */
        rc = err_set(e, rc, "cannot connect to PostgreSQL: %s", msg);
        goto fail;
    }
    pgdb_set_name(d);
    d->readonly = (flags & PGDB_OPEN_READONLY) != 0;
    d->durability = durability;
    if ((rc = pgdb_session(d, e))) goto fail;
    if ((rc = pgdb_read_version(d, &version, &foreign, e))) goto fail;
    if ((rc = pgdb_check(d, version, foreign, e))) goto fail;
    if (version == 0 && !(flags & PGDB_OPEN_CREATE)) {
        rc =
            err_set(e, ERR_NOINPUT, "no seismo log in %s (create one with 'seismo init')", d->name);
        goto fail;
    }
    d->version = version;
    if (!d->readonly && version < pgdb_schema_latest()) {
        if ((rc = pgdb_migrate(d, e))) goto fail;
        if ((rc = pgdb_read_version(d, &version, &foreign, e)) ||
            (rc = pgdb_check(d, version, foreign, e)))
            goto fail;
    }
    *out = d;
    return 0;
fail:
    pgdb_close(d);
    return rc;
}

void pgdb_close(pgdb_t *d)
{
    if (!d) return;
    pgproj_batch_free(d->batch);
    pglog_free(d->log);
    if (d->conn) PQfinish(d->conn);
    mem_free(d);
}

PGconn *pgdb_conn(pgdb_t *d)
{
    return d->conn;
}

const char *pgdb_name(const pgdb_t *d)
{
    return d->name;
}

int pgdb_schema_version(const pgdb_t *d)
{
    return d->version;
}
