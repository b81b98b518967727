/* Allocation-failure loops (issue 6): every allocation of append, ingest,
 * projection catch-up, query and report is made to fail in turn, SQLite's own
 * allocations included (db_mem_route). Each run must end in success or a clean
 * error code, with the database still whole (verify), nothing half-appended,
 * and no leak (the suite runs under ASan with leak detection). */
#include <jansson.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "adapters/ingest/ingest.h"
#include "adapters/json/codec.h"
#include "adapters/query/query.h"
#include "adapters/sqlite/db.h"
#include "adapters/store/store.h"
#include "core/proj.h"
#include "core/extract.h"
#include "core/mem.h"

static char dbpath[64];

static const char article[] =
    "BEIJING, Feb 12 (Reuters) - Apple is partnering with Alibaba to bring AI features to "
    "iPhones sold in China, Alibaba's chairman said on Wednesday. Alibaba's Hong Kong-listed "
    "shares rose 2.3%. Apple's shares fell 1.1% on Nasdaq. Nvidia agreed to buy Run:ai for "
    "about $700 million.\n";

static const char ndjson_event[] =
    "{\"type\":\"share_move\",\"occurred_on\":\"2025-02-12\",\"companies\":[{\"id\":\"AAPL\","
    "\"name\":\"Apple\",\"ticker\":\"AAPL\",\"role\":\"subject\"}],\"data\":{\"percent\":1.5,"
    "\"instrument\":\"shares\"},\"source\":{\"name\":\"faults.ndjson\"}}";

/* What every operation works on; set up once without failures. */
typedef struct fx_s {
    store_t *st;
    eventlog_t log; /* st's log */
    registry_t *reg;
    extract_t *x;
    int round; /* makes each append's event new */
} fx_t;

static fx_t fx;

static int setup(void **state)
{
    err_t e = {0};

    (void)state;
    json_set_alloc_funcs(mem_alloc, mem_free);
    if (db_mem_route()) return -1;
    snprintf(dbpath, sizeof dbpath, "/tmp/seismo-faults.%d.db", (int)getpid());
    {
        store_opts_t o = {STORE_OPEN_CREATE, STORE_DURABLE_NORMAL};
        if (store_open(dbpath, &o, &fx.st, &e)) return fprintf(stderr, "%s\n", e.msg), -1;
        fx.log = fx.st->log;
    }
    if (!(fx.reg = registry_new()) || registry_load_builtin(fx.reg, &e) ||
        extract_new(fx.reg, &fx.x, &e))
        return fprintf(stderr, "%s\n", e.msg), -1;
    /* Something to query: one article in the log. */
    return ingest_bytes(fx.x, &fx.log, "seed.txt", article, sizeof article - 1, NULL, NULL, NULL,
                        NULL, &e)
               ? -1
               : 0;
}

static int teardown(void **state)
{
    char side[80];

    (void)state;
    extract_free(fx.x);
    registry_free(fx.reg);
    store_close(fx.st);
    unlink(dbpath);
    snprintf(side, sizeof side, "%s-wal", dbpath);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", dbpath);
    unlink(side);
    return 0;
}

static long long head(void)
{
    long long seq = -1;
    char hash[65];

    assert_int_equal(eventlog_head(&fx.log, &seq, hash, NULL), 0);
    return seq;
}

/* Checks that rc is 0 or a known ERR_* code with a message. */
static void assert_clean(int rc, const err_t *e, unsigned long n, const char *what)
{
    if (rc == 0) return;
    if (strcmp(err_name(rc), "UNKNOWN") == 0 || rc > 0)
        fail_msg("%s, allocation %lu failed: rc %d is not an ERR_* code", what, n, rc);
    if (e->code && !e->msg[0]) fail_msg("%s, allocation %lu failed: no message", what, n);
    /* Out of memory is not a corrupt database nor an unknown name. (It may show
     * as ERR_DATA: jansson reports some failed allocations as syntax errors.) */
    if (rc == ERR_CORRUPT || rc == ERR_NOTFOUND)
        fail_msg("%s, allocation %lu failed: reported as %s (%s)", what, n, err_name(rc), e->msg);
}

/* Runs op with allocation n failing, for n = 1, 2, ... until op runs through
 * without reaching its nth allocation; returns the number of runs. stride > 1
 * tries every stride-th allocation past the first 500 (for long set-ups). */
static unsigned long fail_each(const char *what, int (*op)(err_t *e), unsigned long stride)
{
    unsigned long n = 1, runs = 0;
    /* FAULTS_STRIDE=N samples every Nth allocation (make valgrind, where each run is slow). */
    const char *env = getenv("FAULTS_STRIDE");
    unsigned long every = env && atol(env) > 1 ? (unsigned long)atol(env) : 1;

    for (;;) {
        err_t e = {0};
        long long before = head();
        mem_fail_at(n);
        int rc = op(&e);
        int failed = mem_failed();
        mem_fail_at(0);
        runs++;
        if (!failed) {
            if (rc) fail_msg("%s: fails without an injected failure: %s", what, e.msg);
            break;
        }
        assert_clean(rc, &e, n, what);
        if (rc && head() != before) fail_msg("%s: failed at %lu but the head moved", what, n);
        n += every > 1 ? every : n > 500 ? stride : 1;
    }
    /* The log is still whole. */
    {
        eventlog_verify_t v;
        err_t e = {0};
        assert_int_equal(eventlog_verify(&fx.log, &v, &e), 0);
        assert_int_equal(v.bad_seq, 0);
    }
    print_message("%s: %lu runs, each failing one allocation\n", what, runs);
    return every > 1 ? runs * every : runs;
}

/* --- the operations --- */

static int op_append(err_t *e)
{
    event_list_t b;
    event_t ev;
    char line[sizeof ndjson_event + 32];
    int rc;

    /* A new percent each round: a new event, so that every run appends. */
    snprintf(line, sizeof line, "%s", ndjson_event);
    {
        char *pct = strstr(line, "1.5");
        char num[8];
        snprintf(num, sizeof num, "%d", 10 + fx.round++ % 80);
        memcpy(pct, num, 2), pct[2] = ' ';
    }
    event_list_init(&b);
    rc = codec_event_parse(line, strlen(line), CODEC_INPUT, &ev, NULL, e);
    if (!rc) rc = event_validate(&ev, e);
    if (!rc && event_list_push(&b, &ev)) rc = err_set(e, ERR_NOMEM, "out of memory");
    event_release(&ev);
    if (!rc) rc = eventlog_append(&fx.log, &b, EVENTLOG_NO_EXPECTED, NULL, e);
    event_list_release(&b);
    return rc;
}

static int op_ingest(err_t *e)
{
    char text[sizeof article + 32];
    int n = snprintf(text, sizeof text, "%sRef %d.\n", article, fx.round++);

    return ingest_bytes(fx.x, &fx.log, "faults.txt", text, (size_t)n, NULL, NULL, NULL, NULL, e);
}

static int op_setup_extractor(err_t *e)
{
    registry_t *reg = registry_new();
    extract_t *x = NULL;
    int rc;

    if (!reg) return err_set(e, ERR_NOMEM, "out of memory");
    if (!(rc = registry_load_builtin(reg, e))) rc = extract_new(reg, &x, e);
    extract_free(x);
    registry_free(reg);
    return rc;
}

static int op_rebuild(err_t *e)
{
    proj_opts_t o = {0};
    long long applied = 0;

    o.rebuild = 1;
    return proj_run(&fx.st->rm, &fx.log, &o, &applied, e);
}

static int op_query(err_t *e)
{
    query_t q;
    query_args_t a;
    json_t *doc = NULL;
    char *id = NULL;
    int rc;

    query_init(&q, fx.st);
    q.reg = fx.reg;
    query_args_init(&a);
    a.window = 3;
    if ((rc = query_resolve(&q, "apple", &id, e))) return rc;
    rc = query_timeline(&q, id, &a, &doc, e);
    json_decref(doc), doc = NULL;
    if (!rc) rc = query_summary(&q, NULL, 0, &a, &doc, e);
    json_decref(doc), doc = NULL;
    if (!rc) rc = query_reactions(&q, &id, 1, &a, &doc, e);
    json_decref(doc);
    mem_free(id);
    return rc;
}

static int op_report(err_t *e)
{
    query_t q;
    query_args_t a;
    json_t *doc = NULL;
    buf_t out;
    int rc;

    query_init(&q, fx.st);
    q.reg = fx.reg;
    query_args_init(&a);
    buf_init(&out);
    rc = query_report(&q, NULL, 0, &a, &doc, e);
    if (!rc) rc = query_dump(doc, &out, e);
    json_decref(doc);
    buf_release(&out);
    return rc;
}

/* Appends n bytes of piece (borrowed) to the buf_t arg (borrowed). */
static int op_report_write(const char *piece, size_t n, void *arg)
{
    return buf_append(arg, piece, n) ? -1 : 0;
}

/* The report written as it is made (the daemon's way): the same bytes as
 * query_dump() of the whole document. */
static int op_report_stream(err_t *e)
{
    query_t q;
    query_args_t a;
    json_t *doc = NULL;
    buf_t out, whole;
    int rc;

    query_init(&q, fx.st);
    q.reg = fx.reg;
    query_args_init(&a);
    buf_init(&out);
    buf_init(&whole);
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1); /* generated_at: the same in both */
    rc = query_report_stream(&q, NULL, 0, &a, op_report_write, &out, e);
    if (!rc) rc = query_report(&q, NULL, 0, &a, &doc, e);
    if (!rc) rc = query_dump(doc, &whole, e);
    if (!rc && (out.oom || whole.oom)) rc = err_set(e, ERR_NOMEM, "out of memory");
    /* Compared only when no allocation failed: some failures drop a member
     * rather than fail the document (in either way of making it). */
    if (!rc && !mem_failed()) {
        assert_int_equal(out.len, whole.len);
        assert_memory_equal(out.data, whole.data, out.len);
    }
    unsetenv("SOURCE_DATE_EPOCH");
    json_decref(doc);
    buf_release(&out);
    buf_release(&whole);
    return rc;
}

/* --- tests --- */

static void test_append(void **state)
{
    (void)state;
    assert_true(fail_each("append (NDJSON decode, validate, append)", op_append, 1) > 10);
}

static void test_ingest(void **state)
{
    (void)state;
    assert_true(fail_each("ingest (extract, ids, append)", op_ingest, 1) > 10);
}

static void test_extractor_setup(void **state)
{
    (void)state;
    assert_true(fail_each("registry and extractor set-up", op_setup_extractor, 37) > 10);
}

static void test_rebuild(void **state)
{
    (void)state;
    assert_true(fail_each("projection rebuild", op_rebuild, 1) > 10);
}

static void test_query(void **state)
{
    (void)state;
    op_rebuild(NULL);
    assert_true(fail_each("query (resolve, timeline, summary, reactions)", op_query, 1) > 10);
}

static void test_report(void **state)
{
    (void)state;
    assert_true(fail_each("report", op_report, 1) > 10);
}

static void test_report_stream(void **state)
{
    (void)state;
    assert_true(fail_each("report written as it is made", op_report_stream, 1) > 10);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_append),          cmocka_unit_test(test_ingest),
        cmocka_unit_test(test_extractor_setup), cmocka_unit_test(test_rebuild),
        cmocka_unit_test(test_query),           cmocka_unit_test(test_report),
        cmocka_unit_test(test_report_stream),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
