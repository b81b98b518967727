/* Unit tests of the event log on SQLite: chain, idempotency, atomicity,
 * expected head, triggers and migrations. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <jansson.h>

#include "adapters/crypto/hash.h"
#include "adapters/sqlite/db.h"
#include "adapters/sqlite/sqstore.h"
#include "adapters/store/store.h"
#include "core/date.h"
#include "core/mem.h"

static char dbpath[256];

static int setup(void **state)
{
    (void)state;
    snprintf(dbpath, sizeof dbpath, "/tmp/seismo-test-log-%d.db", (int)getpid());
    unlink(dbpath);
    return 0;
}

static int teardown(void **state)
{
    char p[300];

    (void)state;
    unlink(dbpath);
    snprintf(p, sizeof p, "%s-wal", dbpath);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", dbpath);
    unlink(p);
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
        event_set_num(ev, "percent", salt * 1000 + i + 0.5);
    }
}

/* The store open_db() opened (one at a time). */
static store_t *opened;

/* Opens the test database through the store opener; *log is its log port,
 * and the SQLite database is returned for the raw SQL of the tests. */
static db_t *open_db(eventlog_t *log)
{
    store_opts_t o = {STORE_OPEN_CREATE, STORE_DURABLE_NORMAL};
    err_t e = {0};

    assert_null(opened);
    if (store_open(dbpath, &o, &opened, &e)) fail_msg("%s", e.msg);
    *log = opened->log;
    return sqstore_db(opened);
}

/* Closes what open_db() opened. */
static void close_db(db_t *db)
{
    assert_ptr_equal(db, sqstore_db(opened));
    store_close(opened);
    opened = NULL;
}

static long long count_rows(db_t *db, const char *sql)
{
    sqlite3_stmt *st;
    long long n = -1;

    assert_int_equal(sqlite3_prepare_v2(db_handle(db), sql, -1, &st, NULL), SQLITE_OK);
    if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

static void test_chain_and_gap_free_seq(void **state)
{
    eventlog_t log;
    event_list_t b1, b2;
    eventlog_result_t r;
    err_t e = {0};
    eventlog_verify_t v;
    char prev[65], want[65];
    db_t *db = open_db(&log);

    (void)state;
    make_batch(&b1, 5, 1);
    make_batch(&b2, 3, 2);
    assert_int_equal(eventlog_append(&log, &b1, EVENTLOG_NO_EXPECTED, &r, &e), 0);
    assert_int_equal(r.appended, 5);
    assert_int_equal(r.head_seq, 5);
    assert_int_equal(eventlog_append(&log, &b2, EVENTLOG_NO_EXPECTED, &r, &e), 0);
    assert_int_equal(r.head_seq, 8);
    /* Seqs are 1..8 in commit order, and each hash chains to the one before. */
    snprintf(prev, sizeof prev, "%s", HASH_ZERO);
    for (int i = 0; i < 8; i++) {
        event_t *ev = i < 5 ? &b1.items[i] : &b2.items[i - 5];
        buf_t body;
        assert_int_equal(ev->seq, i + 1);
        assert_string_equal(ev->prev_hash, prev);
        buf_init(&body);
        assert_int_equal(event_canon(ev, EVENT_CANON_FULL, &body), 0);
        hash_chain(prev, body.data, body.len, want);
        assert_string_equal(ev->hash, want);
        buf_release(&body);
        memcpy(prev, ev->hash, 65);
    }
    assert_string_equal(r.head_hash, prev);
    assert_int_equal(eventlog_verify(&log, &v, &e), 0);
    assert_int_equal(v.bad_seq, 0);
    assert_int_equal(v.head_seq, 8);
    assert_int_equal(count_rows(db, "SELECT count(*) FROM event_companies"), 8);
    event_list_release(&b1);
    event_list_release(&b2);
    close_db(db);
}

/* Counts the records of a verify scan and stops at the limit-th (0: never). */
typedef struct ahead_count_s {
    long long n, limit, last_seq;
    size_t companies;
} ahead_count_t;

static int ahead_count(void *arg, const eventlog_record_t *rec)
{
    ahead_count_t *c = arg;

    assert_int_equal(rec->seq, c->last_seq + 1);
    assert_non_null(rec->body);
    assert_int_equal(strlen(rec->body), rec->body_len);
    assert_non_null(rec->recorded_at);
    c->last_seq = rec->seq;
    c->companies += rec->ncompanies;
    for (size_t i = 0; i < rec->ncompanies; i++)
        assert_true(strcmp(rec->companies[i], "AAPL") == 0 ||
                    strcmp(rec->companies[i], "BABA") == 0);
    return ++c->n == c->limit ? 7 : 0;
}

/* A verify scan reads ahead on a thread of its own, in batches of rows: every
 * record reaches the walk once and in order with its company index rows, a
 * stop ends the scan at once with its value, and damage anywhere (in the
 * first batch, across batches, in the last one) is found at its seq. */
static void test_verify_reads_ahead(void **state)
{
    eventlog_query_t q = {0};
    eventlog_t log;
    event_list_t b;
    eventlog_result_t r;
    eventlog_verify_t v;
    ahead_count_t c;
    err_t e = {0};
    db_t *db = open_db(&log);
    static const long long damaged[] = {1, 256, 257, 700, 1000};

    (void)state;
    make_batch(&b, 1000, 3);
    assert_int_equal(eventlog_append(&log, &b, EVENTLOG_NO_EXPECTED, &r, &e), 0);
    assert_int_equal(eventlog_verify(&log, &v, &e), 0);
    assert_int_equal(v.bad_seq, 0);
    assert_int_equal(v.events, 1000);
    assert_int_equal(v.head_seq, 1000);
    assert_string_equal(v.head_hash, r.head_hash);
    q.verify = 1;
    memset(&c, 0, sizeof c);
    assert_int_equal(eventlog_scan_records(&log, &q, ahead_count, &c, &e), 0);
    assert_int_equal(c.n, 1000);
    assert_int_equal(c.companies, 1000);
    memset(&c, 0, sizeof c);
    c.limit = 600; /* stops in the third batch */
    assert_int_equal(eventlog_scan_records(&log, &q, ahead_count, &c, &e), 7);
    assert_int_equal(c.n, 600);
    /* an index row after the last event names no event */
    assert_int_equal(
        sqlite3_exec(db_handle(db),
                     "DROP TRIGGER event_companies_no_delete;"
                     "INSERT INTO event_companies (company, seq) VALUES ('AAPL', 1001)",
                     NULL, NULL, NULL),
        SQLITE_OK);
    assert_int_equal(eventlog_verify(&log, &v, &e), 0);
    assert_int_equal(v.bad_seq, 1001);
    assert_int_equal(v.head_seq, 1000);
    assert_int_equal(sqlite3_exec(db_handle(db), "DELETE FROM event_companies WHERE seq = 1001",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_exec(db_handle(db), "DROP TRIGGER events_no_update", NULL, NULL, NULL),
                     SQLITE_OK);
    for (size_t i = 0; i < sizeof damaged / sizeof *damaged; i++) {
        char sql[200];
        snprintf(sql, sizeof sql,
                 "UPDATE events SET body = replace(body, '\"schema\":1', '\"schema\":2') "
                 "WHERE seq = %lld",
                 damaged[i]);
        assert_int_equal(sqlite3_exec(db_handle(db), sql, NULL, NULL, NULL), SQLITE_OK);
        assert_int_equal(eventlog_verify(&log, &v, &e), 0);
        assert_int_equal(v.bad_seq, damaged[i]);
        assert_int_equal(v.head_seq, damaged[i] - 1);
        assert_int_equal(v.events, damaged[i]);
        snprintf(sql, sizeof sql,
                 "UPDATE events SET body = replace(body, '\"schema\":2', '\"schema\":1') "
                 "WHERE seq = %lld",
                 damaged[i]);
        assert_int_equal(sqlite3_exec(db_handle(db), sql, NULL, NULL, NULL), SQLITE_OK);
    }
    /* a company index row of an event in the second batch taken away */
    assert_int_equal(sqlite3_exec(db_handle(db), "DELETE FROM event_companies WHERE seq = 300",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(eventlog_verify(&log, &v, &e), 0);
    assert_int_equal(v.bad_seq, 300);
    event_list_release(&b);
    close_db(db);
}

static void test_idempotent(void **state)
{
    eventlog_t log;
    event_list_t b, again;
    eventlog_result_t r;
    err_t e = {0};
    db_t *db = open_db(&log);

    (void)state;
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
    assert_int_equal(count_rows(db, "SELECT count(*) FROM events"), 6);
    event_list_release(&b);
    close_db(db);
}

static void test_expected_head(void **state)
{
    eventlog_t log;
    event_list_t b;
    eventlog_result_t r;
    err_t e = {0};
    db_t *db = open_db(&log);

    (void)state;
    make_batch(&b, 2, 4);
    assert_int_equal(eventlog_append(&log, &b, 0, &r, &e), 0);
    event_list_release(&b);
    make_batch(&b, 2, 5);
    assert_int_equal(eventlog_append(&log, &b, 0, &r, &e), ERR_CONFLICT);
    assert_int_equal(err_exit_status(e.code), 75);
    assert_non_null(strstr(e.msg, "head is at seq 2"));
    assert_int_equal(b.items[0].seq, 0);
    assert_int_equal(eventlog_append(&log, &b, 2, &r, &e), 0);
    assert_int_equal(r.head_seq, 4);
    event_list_release(&b);
    close_db(db);
}

/* A batch fails whole: a bad event, or an allocation failing at any point. */
static void test_atomic_batches(void **state)
{
    eventlog_t log;
    event_list_t b;
    eventlog_result_t r;
    err_t e = {0};
    db_t *db = open_db(&log);
    long long head = 0, seq;
    char hash[65];
    int succeeded = 0;

    (void)state;
    make_batch(&b, 5, 6);
    event_unset(&b.items[3], "percent");
    assert_int_equal(eventlog_append(&log, &b, EVENTLOG_NO_EXPECTED, &r, &e), ERR_DATA);
    assert_non_null(strstr(e.msg, "event 4 of the batch"));
    assert_int_equal(count_rows(db, "SELECT count(*) FROM events"), 0);
    event_list_release(&b);
    for (unsigned long n = 1; n < 400 && !succeeded; n++) {
        make_batch(&b, 5, 7);
        mem_fail_at(n);
        int rc = eventlog_append(&log, &b, EVENTLOG_NO_EXPECTED, &r, &e);
        int failed = mem_failed();
        mem_fail_at(0);
        assert_int_equal(eventlog_head(&log, &seq, hash, &e), 0);
        if (failed && rc) {
            assert_int_equal(seq, head); /* nothing of the batch is in */
            for (size_t i = 0; i < b.n; i++) assert_int_equal(b.items[i].seq, 0);
        } else {
            assert_int_equal(rc, 0);
            assert_int_equal(seq, head + 5);
            succeeded = 1;
        }
        event_list_release(&b);
    }
    assert_true(succeeded);
    close_db(db);
}

static void test_triggers_refuse_edits(void **state)
{
    eventlog_t log;
    event_list_t b;
    err_t e = {0};
    db_t *db = open_db(&log);

    (void)state;
    make_batch(&b, 2, 8);
    assert_int_equal(eventlog_append(&log, &b, EVENTLOG_NO_EXPECTED, NULL, &e), 0);
    assert_int_not_equal(db_exec(db, "UPDATE events SET type = 'x' WHERE seq = 1", &e), 0);
    assert_non_null(strstr(e.msg, "append-only"));
    assert_int_not_equal(db_exec(db, "DELETE FROM events", &e), 0);
    assert_int_not_equal(db_exec(db, "DELETE FROM event_companies", &e), 0);
    assert_int_not_equal(db_exec(db, "UPDATE event_companies SET company = 'X'", &e), 0);
    assert_int_equal(count_rows(db, "SELECT count(*) FROM events"), 2);
    event_list_release(&b);
    close_db(db);
}

static void test_migrations_empty_and_old(void **state)
{
    sqlite3 *raw;
    db_t *db = NULL;
    err_t e = {0};

    (void)state;
    /* Empty file: every migration applies. */
    assert_int_equal(db_open(dbpath, DB_OPEN_CREATE, DB_DURABLE_FULL, &db, &e), 0);
    assert_int_equal(db_schema_version(db), db_schema_latest());
    assert_int_equal(db_schema_latest(), db_migrations[db_migration_count - 1].version);
    db_close(db);
    teardown(NULL);
    /* An old database (only migration 1, written by hand as an older seismo would). */
    assert_int_equal(sqlite3_open(dbpath, &raw), SQLITE_OK);
    assert_int_equal(sqlite3_exec(raw, db_migrations[0].sql, NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_exec(raw,
                                  "PRAGMA user_version = 1; PRAGMA application_id = 1397049683;",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(raw);
    assert_int_equal(db_open(dbpath, 0, DB_DURABLE_FULL, &db, &e), 0);
    assert_int_equal(db_schema_version(db), db_schema_latest());
    db_close(db);
    /* Missing file without create: a clear error. */
    teardown(NULL);
    assert_int_equal(db_open(dbpath, 0, DB_DURABLE_FULL, &db, &e), ERR_NOINPUT);
    assert_non_null(strstr(e.msg, "seismo init"));
}

static char *file_bytes(const char *path, long *n)
{
    FILE *f = fopen(path, "rb");
    char *b;

    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    *n = ftell(f);
    fseek(f, 0, SEEK_SET);
    b = malloc((size_t)*n + 1);
    assert_int_equal(fread(b, 1, (size_t)*n, f), (size_t)*n);
    fclose(f);
    return b;
}

static void test_newer_database_untouched(void **state)
{
    sqlite3 *raw;
    db_t *db = NULL;
    err_t e = {0};
    long n1, n2;
    char *before, *after;

    (void)state;
    assert_int_equal(sqlite3_open(dbpath, &raw), SQLITE_OK);
    assert_int_equal(
        sqlite3_exec(raw, "CREATE TABLE events (x); PRAGMA user_version = 999;", NULL, NULL, NULL),
        SQLITE_OK);
    sqlite3_close(raw);
    before = file_bytes(dbpath, &n1);
    assert_int_equal(db_open(dbpath, DB_OPEN_CREATE, DB_DURABLE_FULL, &db, &e), ERR_NEWER);
    assert_int_equal(err_exit_status(e.code), 65);
    assert_non_null(strstr(e.msg, "newer"));
    after = file_bytes(dbpath, &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(before, after, (size_t)n1);
    free(before);
    free(after);
    /* Not a database at all. */
    teardown(NULL);
    {
        FILE *f = fopen(dbpath, "wb");
        fputs("this is not a database, just some text that is long enough to be a header....."
              "..............................................................................",
              f);
        fclose(f);
    }
    assert_int_equal(db_open(dbpath, 0, DB_DURABLE_FULL, &db, &e), ERR_CORRUPT);
    assert_int_equal(err_exit_status(e.code), 65);
}

static int count_aapl(void *arg, const event_t *ev)
{
    long long *c = arg;

    assert_true(event_has_company(ev, "AAPL"));
    assert_true(strcmp(ev->occurred_on, "2025-02-03") >= 0);
    (*c)++;
    return 0;
}

static void test_scan_filters(void **state)
{
    eventlog_t log;
    event_list_t b;
    err_t e = {0};
    db_t *db = open_db(&log);
    event_type_t t = EVENT_SHARE_MOVE;
    eventlog_query_t q = {0};
    long long n;

    (void)state;
    make_batch(&b, 10, 9);
    assert_int_equal(eventlog_append(&log, &b, EVENTLOG_NO_EXPECTED, NULL, &e), 0);
    event_list_release(&b);
    q.company = "aapl"; /* case-insensitive */
    q.types = &t;
    q.ntypes = 1;
    q.since = "2025-02-03";
    n = 0;
    assert_int_equal(eventlog_scan(&log, &q, count_aapl, &n, &e), 0);
    assert_int_equal(n, 4); /* AAPL are odd i: days 2,4,6,8,10 → 4 from the 3rd on */
    q.limit = 2;
    n = 0;
    assert_int_equal(eventlog_scan(&log, &q, count_aapl, &n, &e), 0);
    assert_int_equal(n, 2);
    close_db(db);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_chain_and_gap_free_seq, setup, teardown),
        cmocka_unit_test_setup_teardown(test_verify_reads_ahead, setup, teardown),
        cmocka_unit_test_setup_teardown(test_idempotent, setup, teardown),
        cmocka_unit_test_setup_teardown(test_expected_head, setup, teardown),
        cmocka_unit_test_setup_teardown(test_atomic_batches, setup, teardown),
        cmocka_unit_test_setup_teardown(test_triggers_refuse_edits, setup, teardown),
        cmocka_unit_test_setup_teardown(test_migrations_empty_and_old, setup, teardown),
        cmocka_unit_test_setup_teardown(test_newer_database_untouched, setup, teardown),
        cmocka_unit_test_setup_teardown(test_scan_filters, setup, teardown),
    };
    json_set_alloc_funcs(mem_alloc, mem_free);
    hash_init();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
