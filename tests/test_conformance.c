/* Conformance of the event log engines: every test here runs once on SQLite
 * and once on PostgreSQL, through the same port (core/eventlog.h), so that a
 * guarantee cannot hold on one engine and not the other: the hash chain and
 * gap-free seq, idempotency, expected head, atomic batches (the head record
 * moving with them), edits refused by the database (the head record's too),
 * migrations and a newer database left untouched, scan filters, and several
 * processes appending at once.
 *
 * The PostgreSQL target is the database named by $SEISMO_TEST_PG (make test
 * starts a throwaway cluster, tests/pg/cluster.sh); each test gets a fresh
 * database next to it. Without $SEISMO_TEST_PG the PostgreSQL tests fail. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <jansson.h>

#include <libpq-fe.h>
#include <sqlite3.h>

#include "adapters/crypto/hash.h"
#include "adapters/store/store.h"
#include "core/date.h"
#include "core/mem.h"

/* ---- the engines under test ------------------------------------------------ */

/* Everything but the engine's own shell goes through store_open(): the test
 * opens "a store" by its location, as the CLI and the daemon do. */
typedef struct engine_s {
    const char *name;
    /* Makes a fresh, empty target (a path or a URI) into target. */
    void (*fresh)(char *target, size_t n);
    /* Removes what fresh made. */
    void (*drop)(const char *target);
    /* Runs raw SQL with the engine's own client on target; returns 0 or -1 with msg filled. */
    int (*exec)(const char *target, const char *sql, char msg[512]);
    /* Runs a count query on target. */
    long long (*count)(const char *target, const char *sql);
    /* Writes, with the engine's own tools, a database of schema version 999. */
    void (*make_newer)(const char *target);
    /* Returns a digest of everything the target holds (to show it untouched). */
    char *(*dump)(const char *target);
} engine_t;

typedef struct tstate_s {
    const engine_t *eng;
    char target[512];
} tstate_t;

/* SQLite */

static void sq_fresh(char *target, size_t n)
{
    static int k;
    snprintf(target, n, "/tmp/seismo-conf-%d-%d.db", (int)getpid(), k++);
    unlink(target);
}

static void sq_drop(const char *target)
{
    char p[600];
    unlink(target);
    snprintf(p, sizeof p, "%s-wal", target);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", target);
    unlink(p);
}

static int sq_exec(const char *target, const char *sql, char msg[512])
{
    sqlite3 *raw;
    char *err = NULL;
    int rc;

    assert_int_equal(sqlite3_open(target, &raw), SQLITE_OK);
    rc = sqlite3_exec(raw, sql, NULL, NULL, &err);
    snprintf(msg, 512, "%s", err ? err : "");
    sqlite3_free(err);
    sqlite3_close(raw);
    return rc == SQLITE_OK ? 0 : -1;
}

static long long sq_count(const char *target, const char *sql)
{
    sqlite3 *raw;
    sqlite3_stmt *st;
    long long n = -1;

    assert_int_equal(sqlite3_open(target, &raw), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(raw, sql, -1, &st, NULL), SQLITE_OK);
    if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(raw);
    return n;
}

static void sq_make_newer(const char *target)
{
    sqlite3 *raw;
    assert_int_equal(sqlite3_open(target, &raw), SQLITE_OK);
    assert_int_equal(
        sqlite3_exec(raw, "CREATE TABLE events (x); PRAGMA user_version = 999;", NULL, NULL, NULL),
        SQLITE_OK);
    sqlite3_close(raw);
}

static char *sq_dump(const char *target)
{
    FILE *f = fopen(target, "rb");
    char *b, hex[65];
    long n;

    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    b = malloc((size_t)n + 1);
    assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    hash_sha256_hex(b, (size_t)n, hex);
    free(b);
    return strdup(hex);
}

static const engine_t engine_sqlite = {"sqlite", sq_fresh,      sq_drop, sq_exec,
                                       sq_count, sq_make_newer, sq_dump};

/* PostgreSQL */

static const char *pg_base(void)
{
    const char *base = getenv("SEISMO_TEST_PG_BASE");
    if (!base || !base[0])
        fail_msg("SEISMO_TEST_PG_BASE is not set: the PostgreSQL conformance tests need a "
                 "server (make test starts one; or eval \"$(tests/pg/cluster.sh start DIR)\")");
    return base;
}

/* Runs sql on the maintenance database of the test cluster. */
static void pg_admin(const char *sql)
{
    char uri[600];
    PGconn *c;
    PGresult *r;

    snprintf(uri, sizeof uri, "%s/postgres", pg_base());
    c = PQconnectdb(uri);
    if (PQstatus(c) != CONNECTION_OK) fail_msg("cannot connect to %s: %s", uri, PQerrorMessage(c));
    r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) fail_msg("%s: %s", sql, PQerrorMessage(c));
    PQclear(r);
    PQfinish(c);
}

static void pg_fresh(char *target, size_t n)
{
    static int k;
    char sql[200], db[64];

    snprintf(db, sizeof db, "seismo_conf_%d_%d", (int)getpid(), k++);
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", db);
    pg_admin(sql);
    snprintf(target, n, "%s/%s", pg_base(), db);
}

static void pg_drop(const char *target)
{
    char sql[200];
    const char *db = strrchr(target, '/');

    if (!db) return;
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s WITH (FORCE)", db + 1);
    pg_admin(sql);
}

static int pg_exec(const char *target, const char *sql, char msg[512])
{
    PGconn *c = PQconnectdb(target);
    PGresult *r;
    int rc;

    if (PQstatus(c) != CONNECTION_OK) fail_msg("cannot connect: %s", PQerrorMessage(c));
    r = PQexec(c, sql);
    rc = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK ? 0 : -1;
    snprintf(msg, 512, "%s", PQerrorMessage(c));
    PQclear(r);
    PQfinish(c);
    return rc;
}

static long long pg_count(const char *target, const char *sql)
{
    PGconn *c = PQconnectdb(target);
    PGresult *r = PQexec(c, sql);
    long long n = -1;

    if (PQresultStatus(r) != PGRES_TUPLES_OK) fail_msg("%s: %s", sql, PQerrorMessage(c));
    if (PQntuples(r) > 0) n = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    PQfinish(c);
    return n;
}

static void pg_raw(const char *target, const char *sql)
{
    PGconn *c = PQconnectdb(target);
    PGresult *r;

    if (PQstatus(c) != CONNECTION_OK) fail_msg("cannot connect: %s", PQerrorMessage(c));
    r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
        fail_msg("%s: %s", sql, PQerrorMessage(c));
    PQclear(r);
    PQfinish(c);
}

static void pg_make_newer(const char *target)
{
    pg_raw(target, "CREATE TABLE seismo_schema (version integer NOT NULL, app text NOT NULL "
                   "DEFAULT 'seismo'); INSERT INTO seismo_schema (version) VALUES (999); "
                   "CREATE TABLE events (x integer)");
}

/* Every table, column and row of the public schema, hashed. */
static char *pg_dump(const char *target)
{
    PGconn *c = PQconnectdb(target);
    PGresult *r;
    char hex[65];

    r = PQexec(c,
               "SELECT (SELECT string_agg(table_name || '.' || column_name || ':' || data_type, "
               "',' ORDER BY table_name, column_name) FROM information_schema.columns "
               "WHERE table_schema = 'public') || '|' || "
               "(SELECT coalesce(string_agg(version::text, ','), '') FROM seismo_schema) || '|' || "
               "(SELECT count(*) FROM events)::text || '|' || "
               "(SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal)::text");
    if (PQresultStatus(r) != PGRES_TUPLES_OK) fail_msg("dump: %s", PQerrorMessage(c));
    hash_sha256_hex(PQgetvalue(r, 0, 0), (size_t)PQgetlength(r, 0, 0), hex);
    PQclear(r);
    PQfinish(c);
    return strdup(hex);
}

static const engine_t engine_pg = {"postgresql", pg_fresh,      pg_drop, pg_exec,
                                   pg_count,     pg_make_newer, pg_dump};

/* ---- helpers ---------------------------------------------------------------- */

static int setup(void **state)
{
    tstate_t *t = *state;
    t->eng->fresh(t->target, sizeof t->target);
    return 0;
}

static int teardown(void **state)
{
    tstate_t *t = *state;
    t->eng->drop(t->target);
    return 0;
}

static void make_batch(event_list_t *l, int n, int salt)
{
    event_list_init(l);
    for (int i = 0; i < n; i++) {
        event_t *ev = event_list_add(l);
        assert_non_null(ev);
        ev->type = EVENT_SHARE_MOVE;
        date_format_iso(date_from_ymd(2025, 2, 1 + i % 28), ev->occurred_on);
        event_add_company(ev, i % 2 ? "AAPL" : "BABA", NULL, NULL, "subject");
        if (i % 3 == 0) event_add_company(ev, "SPY", NULL, NULL, "counterparty");
        event_set_num(ev, "percent", salt * 1000 + i + 0.5);
    }
}

/* Opens target (create when asked) as the CLI does. */
static int open_store(const char *target, int create, store_t **s, err_t *e)
{
    store_opts_t o = {create ? STORE_OPEN_CREATE : 0, STORE_DURABLE_NORMAL};
    return store_open(target, &o, s, e);
}

static store_t *open_log(tstate_t *t, eventlog_t *log)
{
    store_t *s = NULL;
    err_t e = {0};
    if (open_store(t->target, 1, &s, &e)) fail_msg("%s: %s", t->eng->name, e.msg);
    *log = s->log;
    return s;
}

static void assert_verifies(tstate_t *t, store_t *s, long long events)
{
    eventlog_verify_t v;
    err_t e = {0};
    (void)t;
    assert_int_equal(eventlog_verify(&s->log, &v, &e), 0);
    if (v.bad) fail_msg("verify: seq %lld: %s", v.bad_seq, v.problem);
    assert_int_equal(v.events, events);
}

/* ---- the tests -------------------------------------------------------------- */

static void test_chain_and_gap_free_seq(void **state)
{
    tstate_t *t = *state;
    eventlog_t log;
    event_list_t b1, b2;
    eventlog_result_t r;
    err_t e = {0};
    char prev[65], want[65], hash[65];
    long long seq;
    store_t *h = open_log(t, &log);

    make_batch(&b1, 5, 1);
    make_batch(&b2, 3, 2);
    assert_int_equal(eventlog_head(&log, &seq, hash, &e), 0);
    assert_int_equal(seq, 0);
    assert_string_equal(hash, "");
    assert_int_equal(eventlog_append(&log, &b1, EVENTLOG_NO_EXPECTED, &r, &e), 0);
    assert_int_equal(r.appended, 5);
    assert_int_equal(r.head_seq, 5);
    assert_int_equal(eventlog_append(&log, &b2, EVENTLOG_NO_EXPECTED, &r, &e), 0);
    assert_int_equal(r.head_seq, 8);
    snprintf(prev, sizeof prev, "%s", EVENTLOG_HASH_ZERO);
    for (int i = 0; i < 8; i++) {
        event_t *ev = i < 5 ? &b1.items[i] : &b2.items[i - 5];
        event_t stored;
        buf_t body;
        assert_int_equal(ev->seq, i + 1);
        assert_string_equal(ev->prev_hash, prev);
        buf_init(&body);
        assert_int_equal(event_canon(ev, EVENT_CANON_FULL, &body), 0);
        eventlog_chain_hash(log.env.sha256, prev, body.data, body.len, want);
        assert_string_equal(ev->hash, want);
        buf_release(&body);
        /* What the engine gives back is what was appended. */
        assert_int_equal(eventlog_get(&log, ev->id, &stored, &e), 0);
        assert_int_equal(stored.seq, i + 1);
        assert_string_equal(stored.hash, want);
        assert_string_equal(stored.recorded_at, ev->recorded_at);
        event_release(&stored);
        memcpy(prev, ev->hash, 65);
    }
    assert_string_equal(r.head_hash, prev);
    assert_int_equal(eventlog_head(&log, &seq, hash, &e), 0);
    assert_int_equal(seq, 8);
    assert_string_equal(hash, prev);
    assert_verifies(t, h, 8);
    /* 8 subjects + SPY on events 1, 4 (batch 1) and 6 (batch 2, i = 0). */
    assert_int_equal(t->eng->count(t->target, "SELECT count(*) FROM event_companies"), 11);
    {
        event_t none;
        assert_int_equal(eventlog_get(&log, "nope", &none, &e), ERR_NOTFOUND);
        event_release(&none);
    }
    event_list_release(&b1);
    event_list_release(&b2);
    store_close(h);
}

static void test_idempotent(void **state)
{
    tstate_t *t = *state;
    eventlog_t log;
    event_list_t b, again;
    eventlog_result_t r;
    err_t e = {0};
    store_t *h = open_log(t, &log);

    make_batch(&b, 4, 3);
    assert_int_equal(eventlog_append(&log, &b, EVENTLOG_NO_EXPECTED, &r, &e), 0);
    assert_int_equal(r.appended, 4);
    make_batch(&again, 6, 3); /* the same four and two new ones */
    assert_int_equal(eventlog_append(&log, &again, EVENTLOG_NO_EXPECTED, &r, &e), 0);
    assert_int_equal(r.appended, 2);
    assert_int_equal(r.present, 4);
    assert_int_equal(r.head_seq, 6);
    assert_int_equal(again.items[0].seq, 0);
    assert_int_equal(again.items[4].seq, 5);
    event_list_release(&b);
    event_list_release(&again);
    make_batch(&b, 6, 3);
    assert_int_equal(eventlog_append(&log, &b, EVENTLOG_NO_EXPECTED, &r, &e), 0);
    assert_int_equal(r.appended, 0);
    assert_int_equal(r.present, 6);
    assert_int_equal(t->eng->count(t->target, "SELECT count(*) FROM events"), 6);
    assert_verifies(t, h, 6);
    event_list_release(&b);
    store_close(h);
}

static void test_expected_head(void **state)
{
    tstate_t *t = *state;
    eventlog_t log;
    event_list_t b;
    eventlog_result_t r;
    err_t e = {0};
    store_t *h = open_log(t, &log);

    make_batch(&b, 2, 4);
    assert_int_equal(eventlog_append(&log, &b, 0, &r, &e), 0);
    event_list_release(&b);
    make_batch(&b, 2, 5);
    assert_int_equal(eventlog_append(&log, &b, 0, &r, &e), ERR_CONFLICT);
    assert_int_equal(err_exit_status(e.code), 75);
    assert_non_null(strstr(e.msg, "head is at seq 2"));
    assert_int_equal(b.items[0].seq, 0);
    assert_int_equal(t->eng->count(t->target, "SELECT count(*) FROM events"), 2);
    assert_int_equal(eventlog_append(&log, &b, 2, &r, &e), 0);
    assert_int_equal(r.head_seq, 4);
    event_list_release(&b);
    store_close(h);
}

/* A batch fails whole: a bad event, or an allocation failing at any point. */
static void test_atomic_batches(void **state)
{
    tstate_t *t = *state;
    eventlog_t log;
    event_list_t b;
    eventlog_result_t r;
    err_t e = {0};
    long long seq;
    char hash[65];
    int succeeded = 0;
    store_t *h = open_log(t, &log);

    make_batch(&b, 5, 6);
    event_unset(&b.items[3], "percent");
    assert_int_equal(eventlog_append(&log, &b, EVENTLOG_NO_EXPECTED, &r, &e), ERR_DATA);
    assert_non_null(strstr(e.msg, "event 4 of the batch"));
    assert_int_equal(t->eng->count(t->target, "SELECT count(*) FROM events"), 0);
    event_list_release(&b);
    for (unsigned long n = 1; n < 400 && !succeeded; n++) {
        make_batch(&b, 5, 7);
        mem_fail_at(n);
        int rc = eventlog_append(&log, &b, EVENTLOG_NO_EXPECTED, &r, &e);
        int failed = mem_failed();
        mem_fail_at(0);
        assert_int_equal(eventlog_head(&log, &seq, hash, &e), 0);
        if (failed && rc) {
            assert_int_equal(seq, 0); /* nothing of the batch is in */
            assert_int_equal(t->eng->count(t->target, "SELECT count(*) FROM event_companies"), 0);
            /* the head record moves in the same transaction, or not at all */
            assert_int_equal(t->eng->count(t->target, "SELECT seq FROM log_head"), 0);
            for (size_t i = 0; i < b.n; i++) assert_int_equal(b.items[i].seq, 0);
        } else {
            assert_int_equal(rc, 0);
            assert_int_equal(seq, 5);
            assert_int_equal(t->eng->count(t->target, "SELECT seq FROM log_head"), 5);
            succeeded = 1;
        }
        event_list_release(&b);
    }
    assert_true(succeeded);
    assert_verifies(t, h, 5);
    store_close(h);
}

static void test_triggers_refuse_edits(void **state)
{
    tstate_t *t = *state;
    static const char *const edits[] = {"UPDATE events SET type = 'x' WHERE seq = 1",
                                        "DELETE FROM events", "DELETE FROM event_companies",
                                        "UPDATE event_companies SET company = 'X'"};
    eventlog_t log;
    event_list_t b;
    err_t e = {0};
    store_t *h = open_log(t, &log);

    make_batch(&b, 2, 8);
    assert_int_equal(eventlog_append(&log, &b, EVENTLOG_NO_EXPECTED, NULL, &e), 0);
    for (size_t i = 0; i < sizeof edits / sizeof *edits; i++) {
        char msg[512];
        assert_int_not_equal(t->eng->exec(t->target, edits[i], msg), 0);
        if (!strstr(msg, "append-only")) fail_msg("%s: %s", edits[i], msg);
    }
    /* the head record only moves forward, and stays */
    for (size_t i = 0; i < 3; i++) {
        static const char *const head_edits[] = {"UPDATE log_head SET seq = 1",
                                                 "DELETE FROM log_head",
                                                 "UPDATE log_head SET hash = 'x', seq = seq - 1"};
        char msg[512];
        assert_int_not_equal(t->eng->exec(t->target, head_edits[i], msg), 0);
        if (!strstr(msg, "head record")) fail_msg("%s: %s", head_edits[i], msg);
    }
    assert_int_equal(t->eng->count(t->target, "SELECT seq FROM log_head"), 2);
    assert_int_equal(t->eng->count(t->target, "SELECT count(*) FROM events"), 2);
    assert_int_equal(t->eng->count(t->target, "SELECT count(*) FROM event_companies"), 3);
    assert_verifies(t, h, 2);
    event_list_release(&b);
    store_close(h);
}

static void test_migrations_and_missing(void **state)
{
    tstate_t *t = *state;
    eventlog_t log;
    err_t e = {0};
    store_t *h = NULL;

    /* Without create, an empty target is not a log (and is not made one). */
    assert_int_equal(open_store(t->target, 0, &h, &e), ERR_NOINPUT);
    assert_non_null(strstr(e.msg, "seismo init"));
    /* With create every migration applies; opening again changes nothing. */
    h = open_log(t, &log);
    store_close(h);
    h = open_log(t, &log);
    assert_int_equal(t->eng->count(t->target, "SELECT count(*) FROM events"), 0);
    store_close(h);
}

static void test_newer_database_untouched(void **state)
{
    tstate_t *t = *state;
    err_t e = {0};
    store_t *h = NULL;
    char *before, *after;

    t->eng->make_newer(t->target);
    before = t->eng->dump(t->target);
    assert_int_equal(open_store(t->target, 1, &h, &e), ERR_NEWER);
    assert_int_equal(err_exit_status(e.code), 65);
    assert_non_null(strstr(e.msg, "newer"));
    assert_non_null(strstr(e.msg, "nothing was changed"));
    after = t->eng->dump(t->target);
    assert_string_equal(before, after);
    free(before);
    free(after);
}

static int count_aapl(void *arg, const event_t *ev)
{
    long long *c = arg;

    assert_true(event_has_company(ev, "AAPL"));
    assert_true(strcmp(ev->occurred_on, "2025-02-03") >= 0);
    (*c)++;
    return 0;
}

static int collect_seq(void *arg, const event_t *ev)
{
    long long *last = arg;
    assert_true(ev->seq > *last);
    *last = ev->seq;
    return 0;
}

static void test_scan_filters(void **state)
{
    tstate_t *t = *state;
    eventlog_t log;
    event_list_t b;
    err_t e = {0};
    event_type_t ty = EVENT_SHARE_MOVE;
    eventlog_query_t q = {0};
    long long n, last;
    store_t *h = open_log(t, &log);

    make_batch(&b, 10, 9);
    assert_int_equal(eventlog_append(&log, &b, EVENTLOG_NO_EXPECTED, NULL, &e), 0);
    event_list_release(&b);
    q.company = "aapl"; /* case-insensitive */
    q.types = &ty;
    q.ntypes = 1;
    q.since = "2025-02-03";
    n = 0;
    assert_int_equal(eventlog_scan(&log, &q, count_aapl, &n, &e), 0);
    assert_int_equal(n, 4); /* AAPL are odd i: days 2,4,6,8,10: 4 from the 3rd on */
    q.limit = 2;
    n = 0;
    assert_int_equal(eventlog_scan(&log, &q, count_aapl, &n, &e), 0);
    assert_int_equal(n, 2);
    memset(&q, 0, sizeof q);
    q.after = 7;
    last = 7;
    assert_int_equal(eventlog_scan(&log, &q, collect_seq, &last, &e), 0);
    assert_int_equal(last, 10);
    q.after = 0;
    q.until = "2025-02-02";
    last = 0;
    assert_int_equal(eventlog_scan(&log, &q, collect_seq, &last, &e), 0);
    assert_int_equal(last, 2);
    /* A scan stops with what the callback returns. */
    last = 0;
    assert_int_equal(eventlog_scan(&log, NULL, collect_seq, &last, &e), 0);
    assert_int_equal(last, 10);
    store_close(h);
}

typedef struct got_s {
    long long seqs[4096];
    size_t n;
    size_t stop_at; /* stop with 7 when this many were handed (0: never) */
} got_t;

static int collect_got(void *arg, const event_t *ev)
{
    got_t *g = arg;
    assert_true(g->n < sizeof g->seqs / sizeof *g->seqs);
    assert_non_null(ev->hash);
    assert_non_null(ev->prev_hash);
    g->seqs[g->n++] = ev->seq;
    return g->stop_at && g->n == g->stop_at ? 7 : 0;
}

/* Events read by a list of ids come in the order of the list, however many
 * (past the pages a server engine reads them in), an id twice is handed
 * twice, and the first id not stored ends the read with ERR_NOTFOUND naming
 * it, after the events before it. Ids that look like array syntax or SQL
 * are only ids. */
static void test_get_many(void **state)
{
    enum { N = 2100 };
    tstate_t *t = *state;
    eventlog_t log;
    event_list_t b;
    err_t e = {0};
    got_t *g = calloc(1, sizeof *g);
    const char **ids = calloc(N + 8, sizeof *ids);
    size_t n = 0;
    store_t *h = open_log(t, &log);

    assert_non_null(g);
    assert_non_null(ids);
    make_batch(&b, N, 11);
    assert_int_equal(eventlog_append(&log, &b, EVENTLOG_NO_EXPECTED, NULL, &e), 0);
    /* every event, in an order that is not seq order: 7 is prime to N */
    for (size_t i = 0; i < N; i++) ids[n++] = b.items[(i * 7 + 3) % N].id;
    ids[n++] = b.items[5].id; /* twice */
    assert_int_equal(eventlog_get_many(&log, ids, n, collect_got, g, &e), 0);
    assert_int_equal(g->n, n);
    for (size_t i = 0; i < N; i++) assert_int_equal(g->seqs[i], (long long)((i * 7 + 3) % N) + 1);
    assert_int_equal(g->seqs[N], 6);
    /* none asked, none handed */
    g->n = 0;
    assert_int_equal(eventlog_get_many(&log, ids, 0, collect_got, g, &e), 0);
    assert_int_equal(g->n, 0);
    /* a callback's stop ends the read with its value */
    g->stop_at = 1500;
    assert_int_equal(eventlog_get_many(&log, ids, n, collect_got, g, &e), 7);
    assert_int_equal(g->n, 1500);
    g->stop_at = 0;
    /* the first missing id, after the page boundary: the events before it are handed */
    {
        static const char *const odd[] = {"a\"b", "c\\d", "{x,y}", "NULL", "' OR 1=1 --"};
        for (size_t k = 0; k < sizeof odd / sizeof *odd; k++) {
            g->n = 0;
            memset(&e, 0, sizeof e);
            ids[1200] = odd[k];
            assert_int_equal(eventlog_get_many(&log, ids, n, collect_got, g, &e), ERR_NOTFOUND);
            assert_int_equal(g->n, 1200);
            assert_non_null(strstr(e.msg, odd[k]));
        }
    }
    event_list_release(&b);
    free(ids);
    free(g);
    store_close(h);
}

/* Several processes append at once: every batch lands whole, seq stays
 * gap-free, and the chain verifies. */
static void test_concurrent_appenders(void **state)
{
    enum { PROCS = 4, BATCHES = 15, PER = 3 };
    tstate_t *t = *state;
    eventlog_t log;
    pid_t pids[PROCS];
    store_t *h = open_log(t, &log);

    store_close(h);
    for (int p = 0; p < PROCS; p++) {
        pids[p] = fork();
        assert_true(pids[p] >= 0);
        if (pids[p] == 0) {
            int bad = 0;
            for (int i = 0; i < BATCHES && !bad; i++) {
                event_list_t b;
                err_t e = {0};
                store_t *ch = NULL;
                int rc;
                if (open_store(t->target, 0, &ch, &e)) _exit(2);
                make_batch(&b, PER, 100 + p * BATCHES + i);
                do { /* SQLite may answer busy under contention: retry as a user would */
                    rc = eventlog_append(&ch->log, &b, EVENTLOG_NO_EXPECTED, NULL, &e);
                } while (rc == ERR_BUSY);
                if (rc) {
                    fprintf(stderr, "appender %d: %s\n", p, e.msg);
                    bad = 1;
                }
                event_list_release(&b);
                store_close(ch);
            }
            _exit(bad);
        }
    }
    for (int p = 0; p < PROCS; p++) {
        int st = 0;
        assert_int_equal(waitpid(pids[p], &st, 0), pids[p]);
        assert_true(WIFEXITED(st));
        assert_int_equal(WEXITSTATUS(st), 0);
    }
    h = open_log(t, &log);
    assert_int_equal(t->eng->count(t->target, "SELECT count(*) FROM events"),
                     PROCS * BATCHES * PER);
    assert_int_equal(t->eng->count(t->target, "SELECT max(seq) FROM events"),
                     PROCS * BATCHES * PER);
    assert_verifies(t, h, PROCS * BATCHES * PER);
    store_close(h);
}

/* ---- one run per engine ----------------------------------------------------- */

static tstate_t st_sqlite = {&engine_sqlite, ""};
static tstate_t st_pg = {&engine_pg, ""};

#define BOTH(fn)                                        \
    {"sqlite: " #fn, fn, setup, teardown, &st_sqlite},  \
    {                                                   \
        "postgresql: " #fn, fn, setup, teardown, &st_pg \
    }

int main(void)
{
    const struct CMUnitTest tests[] = {
        BOTH(test_chain_and_gap_free_seq),
        BOTH(test_idempotent),
        BOTH(test_expected_head),
        BOTH(test_atomic_batches),
        BOTH(test_triggers_refuse_edits),
        BOTH(test_migrations_and_missing),
        BOTH(test_newer_database_untouched),
        BOTH(test_scan_filters),
        BOTH(test_get_many),
        BOTH(test_concurrent_appenders),
    };
    json_set_alloc_funcs(mem_alloc, mem_free);
    hash_init();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
