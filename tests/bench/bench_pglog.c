/* Append throughput of the event log on PostgreSQL beside a bare libpq loop
 * sending the same statements in the same transaction shape (BEGIN, the
 * advisory lock and the head read in one round trip, one prepared INSERT per
 * event, the NOTIFY, COMMIT), the same rows, on the same server in the same
 * run. The ratio is seismo's own cost per event: ids, canonical JSON, hashes.
 * usage: bench_pglog BASE_URI (a server URI without a database) */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "adapters/crypto/hash.h"
#include "adapters/postgres/pg_internal.h"
#include "adapters/store/store.h"
#include "core/date.h"
#include "core/mem.h"

static const char *base;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void admin(const char *sql)
{
    char uri[600];
    PGconn *c;
    PGresult *r;

    snprintf(uri, sizeof uri, "%s/postgres", base);
    c = PQconnectdb(uri);
    r = PQexec(c, "SET client_min_messages = warning");
    PQclear(r);
    r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK)
        fprintf(stderr, "bench_pglog: %s: %s", sql, PQerrorMessage(c)), exit(1);
    PQclear(r);
    PQfinish(c);
}

/* Drops and creates database name; writes its URI into uri. */
static void fresh(const char *name, char *uri, size_t n)
{
    char sql[200];
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s WITH (FORCE)", name);
    admin(sql);
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", name);
    admin(sql);
    snprintf(uri, n, "%s/%s", base, name);
}

static void fill(event_t *ev, long i)
{
    static const char *const co[] = {"AAPL", "BABA", "NVDA", "INTC", "META", "BIDU", "openai"};
    ev->type = i % 3 ? EVENT_SHARE_MOVE : EVENT_PARTNERSHIP;
    date_format_iso(date_from_ymd(2024, 1, 1) + i % 700, ev->occurred_on);
    event_add_company(ev, co[i % 7], "Company name", NULL, "subject");
    if (ev->type == EVENT_SHARE_MOVE)
        event_set_num(ev, "percent", (double)(i % 1000) / 100 - 5);
    else {
        event_add_company(ev, co[(i + 1) % 7], "Partner name", NULL, "partner");
        event_set_str(ev, "region", "China");
    }
    event_set_string(&ev->source.doc,
                     "sha256:9f86d081884c7d659a2feb1e0e3c4a9d2b1c8e4f6a7b8c9d0e1f2a3b4c5d6e7f");
    event_set_string(&ev->source.name, "bench-article.txt");
    event_set_string(&ev->source.sentence,
                     "The market has responded positively, with the company's shares rising.");
    ev->source.offset = i * 120;
    ev->source.length = 120;
}

static void die(const err_t *e)
{
    fprintf(stderr, "bench_pglog: %s\n", e->msg);
    exit(1);
}

/* Appends total events in batches of size through seismo; returns events/s. */
static double run_seismo(const char *uri, pgdb_durability_t dur, long total, long size)
{
    store_opts_t o = {STORE_OPEN_CREATE,
                      dur == PGDB_DURABLE_NORMAL ? STORE_DURABLE_NORMAL : STORE_DURABLE_FULL};
    store_t *st;
    err_t e = {0};
    double t0, spent = 0;

    if (store_open(uri, &o, &st, &e)) die(&e);
    for (long done = 0; done < total; done += size) {
        event_list_t b;
        event_list_init(&b);
        for (long i = 0; i < size; i++) fill(event_list_add(&b), done + i);
        t0 = now_s();
        if (eventlog_append(&st->log, &b, EVENTLOG_NO_EXPECTED, NULL, &e)) die(&e);
        spent += now_s() - t0;
        event_list_release(&b);
    }
    store_close(st);
    return (double)total / spent;
}

/* Reads back the rows seismo wrote, so that the bare loop sends the same. */
static PGresult *load_rows(const char *uri)
{
    PGconn *c = PQconnectdb(uri);
    PGresult *r = PQexec(c, "SELECT seq, id, type, occurred_on, recorded_at, body, prev_hash, "
                            "hash FROM events ORDER BY seq");
    if (PQresultStatus(r) != PGRES_TUPLES_OK) fprintf(stderr, "load rows\n"), exit(1);
    PQfinish(c);
    return r;
}

static void must(PGconn *c, PGresult *r, ExecStatusType want, const char *what)
{
    if (PQresultStatus(r) != want)
        fprintf(stderr, "bench_pglog: bare %s: %s", what, PQerrorMessage(c)), exit(1);
    PQclear(r);
}

/* Sends the rows in transactions of size, the way the adapter does; returns rows/s. */
static double run_bare(const char *uri, pgdb_durability_t dur, const PGresult *rows, long size)
{
    long total = PQntuples(rows);
    pgdb_t *db;
    err_t e = {0};
    PGconn *c;
    double t0;

    /* The same schema (migrations) and session settings as seismo's own. */
    if (pgdb_open(uri, PGDB_OPEN_CREATE, dur, &db, &e)) die(&e);
    c = pgdb_conn(db);
    must(c, PQprepare(c, "bare_insert", PGDB_SQL_INSERT, 8, NULL), PGRES_COMMAND_OK, "prepare");
    must(c, PQprepare(c, "bare_head", PGDB_SQL_HEAD_PUT, 2, NULL), PGRES_COMMAND_OK, "prepare");
    t0 = now_s();
    for (long done = 0; done < total; done += size) {
        long last = done;
        const char *head[2];
        must(c, PQexec(c, PGDB_SQL_BEGIN), PGRES_TUPLES_OK, "begin");
        for (long i = done; i < done + size && i < total; i++) {
            const char *vals[8];
            for (int k = 0; k < 8; k++)
                vals[k] = PQgetisnull(rows, (int)i, k) ? NULL : PQgetvalue(rows, (int)i, k);
            must(c, PQexecPrepared(c, "bare_insert", 8, vals, NULL, NULL, 0), PGRES_TUPLES_OK,
                 "insert");
            last = i;
        }
        /* the head record and the notification, as the adapter sends them */
        head[0] = PQgetvalue(rows, (int)last, 0);
        head[1] = PQgetvalue(rows, (int)last, 7);
        must(c, PQexecPrepared(c, "bare_head", 2, head, NULL, NULL, 0), PGRES_TUPLES_OK, "head");
        must(c, PQexec(c, "COMMIT"), PGRES_COMMAND_OK, "commit");
    }
    t0 = now_s() - t0;
    pgdb_close(db);
    return (double)total / t0;
}

int main(int argc, char **argv)
{
    static const long sizes[] = {1, 100, 10000};
    char u1[600], u2[600];

    if (argc < 2) fprintf(stderr, "usage: bench_pglog BASE_URI\n"), exit(64);
    base = argv[1];
    json_set_alloc_funcs(mem_alloc, mem_free);
    hash_init();
    printf("%-7s %-7s %9s %14s %14s %7s\n", "batch", "sync", "events", "seismo ev/s", "bare ev/s",
           "ratio");
    for (int d = 0; d < 2; d++) {
        for (int s = 0; s < 3; s++) {
            long size = sizes[s];
            long total = size == 1 ? (d == 0 ? 2000 : 5000) : size == 100 ? 20000 : 50000;
            double a, b;
            PGresult *rows;
            fresh("bench_seismo", u1, sizeof u1);
            fresh("bench_bare", u2, sizeof u2);
            a = run_seismo(u1, (pgdb_durability_t)d, total, size);
            rows = load_rows(u1);
            b = run_bare(u2, (pgdb_durability_t)d, rows, size);
            PQclear(rows);
            printf("%-7ld %-7s %9ld %14.0f %14.0f %7.2f\n", size, d ? "off" : "on", total, a, b,
                   a / b);
            fflush(stdout);
        }
    }
    admin("DROP DATABASE IF EXISTS bench_seismo WITH (FORCE)");
    admin("DROP DATABASE IF EXISTS bench_bare WITH (FORCE)");
    return 0;
}
