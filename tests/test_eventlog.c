/* Unit tests of core/eventlog: the rules of the log (ids, stamping, the hash
 * chain, expected head, atomic batches) and verify, applied by core over an
 * in-memory fake engine (tests/fake_log.h) that knows none of them. */
#include <jansson.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "adapters/crypto/hash.h"
#include "core/buf.h"
#include "core/eventlog.h"
#include "core/mem.h"
#include "fake_log.h"

typedef struct fx_s {
    fake_log_t fl;
    eventlog_t log;
} fx_t;

static int setup(void **state)
{
    fx_t *f = mem_calloc(1, sizeof *f);

    if (!f) return -1;
    fake_log_port(&f->fl, &f->log);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fx_t *f = *state;

    fake_log_release(&f->fl);
    mem_free(f);
    return 0;
}

/* A batch of n share moves; salt makes their content (and so their ids) new. */
static void make_batch(event_list_t *l, int n, int salt)
{
    event_list_init(l);
    for (int i = 0; i < n; i++) {
        event_t *ev = event_list_add(l);
        assert_non_null(ev);
        ev->type = EVENT_SHARE_MOVE;
        memcpy(ev->occurred_on, "2025-02-10", 11);
        ev->occurred_on[8] = (char)('1' + i % 2);
        ev->occurred_on[9] = (char)('0' + i % 10);
        assert_int_equal(event_add_company(ev, i % 2 ? "AAPL" : "BABA", NULL, NULL, "subject"), 0);
        assert_int_equal(event_set_num(ev, "percent", salt * 1000 + i + 0.5), 0);
    }
}

static void append_ok(fx_t *f, int n, int salt, eventlog_result_t *r)
{
    event_list_t b;
    err_t e = {0};

    make_batch(&b, n, salt);
    if (eventlog_append(&f->log, &b, EVENTLOG_NO_EXPECTED, r, &e)) fail_msg("%s", e.msg);
    event_list_release(&b);
}

/* Core stamps seq and recorded_at, derives ids and chains the hashes. */
static void test_stamps_and_chains(void **state)
{
    fx_t *f = *state;
    event_list_t b;
    eventlog_result_t r;
    err_t e = {0};
    char prev[65], want[65], id[65];

    make_batch(&b, 4, 1);
    assert_int_equal(hash_event_id(&b.items[0], id), 0);
    assert_int_equal(eventlog_append(&f->log, &b, EVENTLOG_NO_EXPECTED, &r, &e), 0);
    assert_int_equal(r.appended, 4);
    assert_int_equal(r.head_seq, 4);
    assert_string_equal(b.items[0].id, id); /* SHA-256 of the content */
    snprintf(prev, sizeof prev, "%s", EVENTLOG_HASH_ZERO);
    for (size_t i = 0; i < b.n; i++) {
        const event_t *ev = &b.items[i];
        const fake_rec_t *rec = &f->fl.recs[i];
        buf_t body;
        assert_int_equal(ev->seq, (long long)i + 1);
        assert_string_equal(ev->recorded_at, "2026-01-02T03:04:05Z");
        assert_string_equal(ev->prev_hash, prev);
        buf_init(&body);
        assert_int_equal(event_canon(ev, EVENT_CANON_FULL, &body), 0);
        /* what the engine was handed: the canonical body and the chain hash */
        assert_string_equal(rec->body, buf_str(&body));
        hash_chain(prev, body.data, body.len, want);
        assert_string_equal(ev->hash, want);
        assert_string_equal(rec->hash, want);
        assert_string_equal(rec->prev_hash, prev);
        assert_string_equal(rec->type, "share_move");
        assert_string_equal(rec->id, ev->id);
        buf_release(&body);
        memcpy(prev, ev->hash, 65);
    }
    assert_string_equal(r.head_hash, prev);
    event_list_release(&b);
    /* a second batch chains to the first */
    append_ok(f, 2, 2, &r);
    assert_int_equal(r.head_seq, 6);
    assert_string_equal(f->fl.recs[4].prev_hash, prev);
}

/* The last event of a batch keeps its canonical head from its id to its body
 * (a price import's bars are written out once): its id, body and hash are
 * what each form written on its own gives, with a long string that needs
 * escapes, as the one event of a batch and as the last of three. */
static void test_last_event_shares_its_head(void **state)
{
    fx_t *f = *state;
    static const int sizes[] = {1, 3};
    size_t n = 200000;
    char *big = mem_alloc(n + 1);

    assert_non_null(big);
    for (size_t i = 0; i < n; i++) big[i] = "ab\n\"\\\t,9"[i % 8];
    big[n] = '\0';
    for (int k = 0; k < 2; k++) {
        event_list_t b;
        eventlog_result_t r;
        err_t e = {0};
        char id[65], want[65];
        event_t *ev;
        buf_t body;

        make_batch(&b, sizes[k] - 1, 40 + k);
        ev = event_list_add(&b);
        assert_non_null(ev);
        ev->type = EVENT_SHARE_MOVE;
        memcpy(ev->occurred_on, "2025-03-01", 11);
        assert_int_equal(event_add_company(ev, "AAPL", "Apple", "AAPL", "subject"), 0);
        assert_int_equal(event_set_num(ev, "percent", 1.25 + k), 0);
        assert_int_equal(event_set_str(ev, "instrument", big), 0);
        assert_int_equal(hash_event_id(ev, id), 0);
        assert_int_equal(eventlog_append(&f->log, &b, EVENTLOG_NO_EXPECTED, &r, &e), 0);
        assert_int_equal(r.appended, sizes[k]);
        assert_string_equal(ev->id, id);
        buf_init(&body);
        assert_int_equal(event_canon(ev, EVENT_CANON_FULL, &body), 0);
        assert_string_equal(f->fl.recs[f->fl.n - 1].body, buf_str(&body));
        hash_chain(ev->prev_hash, body.data, body.len, want);
        assert_string_equal(ev->hash, want);
        assert_string_equal(f->fl.recs[f->fl.n - 1].hash, want);
        buf_release(&body);
        event_list_release(&b);
    }
    mem_free(big);
}

static void test_idempotent_by_id(void **state)
{
    fx_t *f = *state;
    event_list_t b;
    eventlog_result_t r;
    err_t e = {0};

    append_ok(f, 3, 5, &r);
    make_batch(&b, 4, 5); /* the same three first, one new */
    assert_int_equal(eventlog_append(&f->log, &b, EVENTLOG_NO_EXPECTED, &r, &e), 0);
    assert_int_equal(r.present, 3);
    assert_int_equal(r.appended, 1);
    assert_int_equal(r.head_seq, 4);
    assert_int_equal(b.items[0].seq, 0); /* present: not stamped */
    assert_null(b.items[0].recorded_at);
    assert_int_equal(b.items[3].seq, 4);
    assert_int_equal(f->fl.n, 4);
    event_list_release(&b);
}

static void test_expected_head(void **state)
{
    fx_t *f = *state;
    event_list_t b;
    eventlog_result_t r;
    err_t e = {0};

    append_ok(f, 2, 7, &r);
    make_batch(&b, 1, 8);
    assert_int_equal(eventlog_append(&f->log, &b, 1, &r, &e), ERR_CONFLICT);
    assert_non_null(strstr(e.msg, "seq 2"));
    assert_int_equal(f->fl.n, 2);
    assert_false(f->fl.in_tx); /* rolled back */
    assert_int_equal(b.items[0].seq, 0);
    assert_int_equal(eventlog_append(&f->log, &b, 2, &r, &e), 0);
    assert_int_equal(r.head_seq, 3);
    event_list_release(&b);
}

/* A batch whose third event cannot be stored leaves nothing behind. */
static void test_atomic_batch(void **state)
{
    fx_t *f = *state;
    event_list_t b;
    eventlog_result_t r;
    err_t e = {0};

    append_ok(f, 1, 9, &r);
    f->fl.fail_put_at = 3;
    f->fl.puts = 0;
    make_batch(&b, 5, 10);
    assert_int_equal(eventlog_append(&f->log, &b, EVENTLOG_NO_EXPECTED, &r, &e), ERR_IO);
    assert_int_equal(f->fl.n, 1);
    assert_int_equal(f->fl.pending, 0);
    for (size_t i = 0; i < b.n; i++) {
        assert_int_equal(b.items[i].seq, 0);
        assert_null(b.items[i].hash);
        assert_null(b.items[i].recorded_at);
    }
    f->fl.fail_put_at = 0;
    assert_int_equal(eventlog_append(&f->log, &b, EVENTLOG_NO_EXPECTED, &r, &e), 0);
    assert_int_equal(r.head_seq, 6);
    event_list_release(&b);
}

/* A malformed event is refused before the engine sees anything. */
static void test_validates_first(void **state)
{
    fx_t *f = *state;
    event_list_t b;
    err_t e = {0};

    make_batch(&b, 2, 11);
    event_unset(&b.items[1], "percent");
    assert_int_equal(eventlog_append(&f->log, &b, EVENTLOG_NO_EXPECTED, NULL, &e), ERR_DATA);
    assert_non_null(strstr(e.msg, "event 2 of the batch"));
    assert_int_equal(f->fl.n, 0);
    assert_int_equal(f->fl.commits, 0);
    event_list_release(&b);
}

static int count_each(void *arg, const event_t *ev)
{
    long long *n = arg;
    assert_non_null(ev->hash);
    assert_non_null(ev->prev_hash);
    (*n)++;
    return 0;
}

static void test_scan_and_get_decode(void **state)
{
    fx_t *f = *state;
    eventlog_query_t q = {0};
    eventlog_result_t r;
    event_t ev;
    err_t e = {0};
    long long n = 0, count = 0, token = 0, token2 = 0;

    append_ok(f, 6, 12, &r);
    assert_int_equal(eventlog_data_version(&f->log, &token, &e), 0);
    q.company = "aapl";
    assert_int_equal(eventlog_scan(&f->log, &q, count_each, &n, &e), 0);
    assert_int_equal(n, 3);
    assert_int_equal(eventlog_get(&f->log, f->fl.recs[2].id, &ev, &e), 0);
    assert_int_equal(ev.seq, 3);
    assert_string_equal(ev.hash, f->fl.recs[2].hash);
    assert_true(event_has_company(&ev, "BABA"));
    event_release(&ev);
    assert_int_equal(eventlog_get(&f->log, "nope", &ev, &e), ERR_NOTFOUND);
    event_release(&ev);
    assert_int_equal(eventlog_count(&f->log, &count, &e), 0);
    assert_int_equal(count, 6);
    append_ok(f, 1, 13, &r);
    assert_int_equal(eventlog_data_version(&f->log, &token2, &e), 0);
    assert_true(token2 != token); /* an append moves the token */
}

/* verify walks the chain in core and names the first bad seq, whatever the engine. */
static void test_verify(void **state)
{
    fx_t *f = *state;
    eventlog_verify_t v;
    eventlog_result_t r;
    err_t e = {0};
    char *saved;

    assert_int_equal(eventlog_verify(&f->log, &v, &e), 0); /* empty */
    assert_int_equal(v.bad_seq, 0);
    assert_int_equal(v.events, 0);
    append_ok(f, 5, 14, &r);
    assert_int_equal(eventlog_verify(&f->log, &v, &e), 0);
    assert_int_equal(v.bad_seq, 0);
    assert_int_equal(v.events, 5);
    assert_int_equal(v.head_seq, 5);
    assert_string_equal(v.head_hash, r.head_hash);

    /* an edited body: its hash no longer matches */
    saved = f->fl.recs[2].body;
    f->fl.recs[2].body = mem_strdup(saved);
    f->fl.recs[2].body[strlen(saved) - 3] ^= 1;
    assert_int_equal(eventlog_verify(&f->log, &v, &e), 0);
    assert_int_equal(v.bad_seq, 3);
    assert_int_equal(v.head_seq, 2);
    assert_non_null(strstr(v.problem, "hash does not match"));
    mem_free(f->fl.recs[2].body);
    f->fl.recs[2].body = saved;

    /* a broken link */
    f->fl.recs[3].prev_hash[0] ^= 1;
    assert_int_equal(eventlog_verify(&f->log, &v, &e), 0);
    assert_int_equal(v.bad_seq, 4);
    assert_non_null(strstr(v.problem, "prev_hash"));
    f->fl.recs[3].prev_hash[0] ^= 1;

    /* a column that disagrees with its body */
    f->fl.recs[1].type[0] = 'x';
    assert_int_equal(eventlog_verify(&f->log, &v, &e), 0);
    assert_int_equal(v.bad_seq, 2);
    assert_non_null(strstr(v.problem, "columns"));
    f->fl.recs[1].type[0] = 's';

    /* a company index that disagrees with its body */
    mem_free(f->fl.recs[4].companies[0]);
    f->fl.recs[4].companies[0] = mem_strdup("MSFT");
    assert_int_equal(eventlog_verify(&f->log, &v, &e), 0);
    assert_int_equal(v.bad_seq, 5);
    assert_non_null(strstr(v.problem, "company index"));
    mem_free(f->fl.recs[4].companies[0]);
    f->fl.recs[4].companies[0] = mem_strdup("BABA");

    /* a gap */
    f->fl.recs[4].seq = 7;
    assert_int_equal(eventlog_verify(&f->log, &v, &e), 0);
    assert_int_equal(v.bad_seq, 5);
    assert_non_null(strstr(v.problem, "missing"));
    f->fl.recs[4].seq = 5;

    /* an index row of no event */
    f->fl.orphan = 9;
    assert_int_equal(eventlog_verify(&f->log, &v, &e), 0);
    assert_int_equal(v.bad_seq, 9);
    f->fl.orphan = 0;

    assert_int_equal(eventlog_verify(&f->log, &v, &e), 0);
    assert_int_equal(v.bad_seq, 0);
}

/* A body that hashes right but is not canonical is caught too. */
static void test_verify_canonical_form(void **state)
{
    fx_t *f = *state;
    eventlog_verify_t v;
    eventlog_result_t r;
    err_t e = {0};
    char hash[65], *body;

    append_ok(f, 1, 15, &r);
    /* a space after the first brace: same event, not canonical; rehashed */
    body = mem_alloc(strlen(f->fl.recs[0].body) + 2);
    sprintf(body, "{ %s", f->fl.recs[0].body + 1);
    hash_chain(EVENTLOG_HASH_ZERO, body, strlen(body), hash);
    mem_free(f->fl.recs[0].body);
    f->fl.recs[0].body = body;
    snprintf(f->fl.recs[0].hash, 65, "%s", hash);
    assert_int_equal(eventlog_verify(&f->log, &v, &e), 0);
    assert_int_equal(v.bad_seq, 1);
    assert_non_null(strstr(v.problem, "canonical"));
}

/* Appends a batch of n (salt as in make_batch) that must fail with code,
 * its message holding text; returns nothing, checks nothing was stored. */
static void append_refused(fx_t *f, int n, int salt, int code, const char *text)
{
    size_t before = f->fl.n;
    event_list_t b;
    err_t e = {0};

    make_batch(&b, n, salt);
    assert_int_equal(eventlog_append(&f->log, &b, EVENTLOG_NO_EXPECTED, NULL, &e), code);
    if (!strstr(e.msg, text)) fail_msg("'%s' not in '%s'", text, e.msg);
    assert_int_equal(f->fl.n, before);
    assert_int_equal(b.items[0].seq, 0); /* the batch is left unstamped */
    event_list_release(&b);
}

/* Asserts that verify fails at seq with text in its problem. */
static void verify_bad(fx_t *f, long long seq, const char *text)
{
    eventlog_verify_t v;
    err_t e = {0};

    assert_int_equal(eventlog_verify(&f->log, &v, &e), 0);
    assert_int_equal(v.bad, 1);
    assert_int_equal(v.bad_seq, seq);
    if (!strstr(v.problem, text)) fail_msg("'%s' not in '%s'", text, v.problem);
}

/* Rows stored at seq 0 or below are read by verify and named (issue 15), but
 * not handed to other scans. */
static void test_verify_rows_below_one(void **state)
{
    fx_t *f = *state;
    eventlog_result_t r;
    fake_rec_t *forged;
    err_t e = {0};
    long long n = 0;

    append_ok(f, 3, 21, &r);
    /* a copy of seq 1 forged in front of it, at seq 0 */
    memmove(&f->fl.recs[1], &f->fl.recs[0], f->fl.n * sizeof f->fl.recs[0]);
    f->fl.n++;
    forged = &f->fl.recs[0];
    memset(forged, 0, sizeof *forged);
    forged->seq = 0;
    forged->body = mem_strdup(f->fl.recs[1].body);
    forged->id = mem_strdup("forged");
    forged->type = mem_strdup(f->fl.recs[1].type);
    forged->recorded_at = mem_strdup(f->fl.recs[1].recorded_at);
    forged->prev_hash = mem_strdup(f->fl.recs[1].prev_hash);
    forged->hash = mem_strdup(f->fl.recs[1].hash);
    verify_bad(f, 0, "a row is stored at seq 0, but seqs start at 1");
    forged->seq = -4;
    verify_bad(f, -4, "a row is stored at seq -4");
    assert_int_equal(eventlog_scan(&f->log, NULL, count_each, &n, &e), 0);
    assert_int_equal(n, 3);
}

/* An engine's head record: verify names a tail deleted with its index rows,
 * events past the record, a record holding another hash or gone; an append
 * refuses to chain onto a head the record does not name (issue 15). */
static void test_verify_head_record(void **state)
{
    fx_t *f = *state;
    eventlog_verify_t v;
    eventlog_result_t r;
    err_t e = {0};

    f->fl.keep_record = 1;
    append_ok(f, 5, 22, &r);
    assert_int_equal(f->fl.record_seq, 5);
    assert_string_equal(f->fl.record_hash, r.head_hash);
    assert_int_equal(eventlog_verify(&f->log, &v, &e), 0);
    assert_int_equal(v.bad, 0);

    /* the tail deleted, index rows and all: the chain left is sound by itself */
    fake_rec_free(&f->fl.recs[4]);
    fake_rec_free(&f->fl.recs[3]);
    f->fl.n = 3;
    verify_bad(f, 4,
               "the log ends at seq 3 but the head record written with each append "
               "recorded seq 5: seq 4 to 5 are missing");
    append_refused(f, 1, 23, ERR_CORRUPT, "the log ends at seq 3 but the head record");

    /* events past the record: not appended through the engine */
    f->fl.record_seq = 2;
    snprintf(f->fl.record_hash, 65, "%s", f->fl.recs[1].hash);
    verify_bad(f, 3,
               "the log goes on to seq 3 but the head record written with each append "
               "recorded seq 2: seq 3 is past it, not appended through seismo");
    append_refused(f, 1, 23, ERR_CORRUPT, "the log goes on to seq 3");

    /* the record holds another hash for the head */
    f->fl.record_seq = 3;
    verify_bad(f, 3, "head record");
    append_refused(f, 1, 23, ERR_CORRUPT, "recorded hash");

    /* the record is gone */
    f->fl.record_seq = -1;
    verify_bad(f, 4, "the head record written with each append is gone");
    append_refused(f, 1, 23, ERR_CORRUPT, "is gone");

    /* repaired: the record names the head again, and moves with the next append */
    f->fl.record_seq = 3;
    snprintf(f->fl.record_hash, 65, "%s", f->fl.recs[2].hash);
    assert_int_equal(eventlog_verify(&f->log, &v, &e), 0);
    assert_int_equal(v.bad, 0);
    append_ok(f, 1, 24, &r);
    assert_int_equal(f->fl.record_seq, 4);
    assert_string_equal(f->fl.record_hash, r.head_hash);
}

/* An append recomputes the hash of the head row it chains onto, and refuses
 * an edited one (issue 15); damage below the head is verify's to find. */
static void test_append_checks_head(void **state)
{
    fx_t *f = *state;
    eventlog_result_t r;

    append_ok(f, 3, 25, &r);
    f->fl.recs[2].body[5] ^= 1;
    append_refused(f, 2, 26, ERR_CORRUPT, "the head of the log, seq 3, does not match its content");
    f->fl.recs[2].body[5] ^= 1;
    f->fl.recs[2].hash[0] ^= 1;
    append_refused(f, 2, 26, ERR_CORRUPT, "the head of the log, seq 3, does not match its content");
    f->fl.recs[2].hash[0] ^= 1;
    f->fl.recs[1].body[5] ^= 1; /* below the head: one check per batch sees only the head */
    append_ok(f, 2, 26, &r);
    assert_int_equal(r.head_seq, 5);
}

/* An adapter of another version, or a log without its environment, is refused. */
static void test_refuses_foreign_adapters(void **state)
{
    fx_t *f = *state;
    eventlog_ops_t old = fake_log_ops;
    eventlog_t log = f->log;
    event_list_t b;
    long long seq;
    char hash[65];
    err_t e = {0};

    old.version = 1;
    log.ops = &old;
    assert_int_equal(eventlog_head(&log, &seq, hash, &e), ERR_INTERNAL);
    log = f->log;
    log.env.sha256 = NULL;
    make_batch(&b, 1, 16);
    assert_int_equal(eventlog_append(&log, &b, EVENTLOG_NO_EXPECTED, NULL, &e), ERR_INTERNAL);
    assert_int_equal(f->fl.n, 0);
    event_list_release(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_stamps_and_chains, setup, teardown),
        cmocka_unit_test_setup_teardown(test_last_event_shares_its_head, setup, teardown),
        cmocka_unit_test_setup_teardown(test_idempotent_by_id, setup, teardown),
        cmocka_unit_test_setup_teardown(test_expected_head, setup, teardown),
        cmocka_unit_test_setup_teardown(test_atomic_batch, setup, teardown),
        cmocka_unit_test_setup_teardown(test_validates_first, setup, teardown),
        cmocka_unit_test_setup_teardown(test_scan_and_get_decode, setup, teardown),
        cmocka_unit_test_setup_teardown(test_verify, setup, teardown),
        cmocka_unit_test_setup_teardown(test_verify_canonical_form, setup, teardown),
        cmocka_unit_test_setup_teardown(test_verify_rows_below_one, setup, teardown),
        cmocka_unit_test_setup_teardown(test_verify_head_record, setup, teardown),
        cmocka_unit_test_setup_teardown(test_append_checks_head, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refuses_foreign_adapters, setup, teardown),
    };
    json_set_alloc_funcs(mem_alloc, mem_free);
    if (hash_init()) return 1;
    return cmocka_run_group_tests(tests, NULL, NULL);
}
