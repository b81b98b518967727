/* Unit tests of adapters/query: the argument checks, company resolution and
 * the shapes of the timeline, summary, reactions and report documents, on a
 * small database built with the log API and caught up with the projections. */
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
#include "adapters/query/query.h"
#include "adapters/store/store.h"
#include "core/proj.h"
#include "core/mem.h"

static char dbpath[256];
static char ID_AAPL[] = "AAPL", ID_BABA[] = "BABA"; /* names for the char *const * lists */
static store_t *st;
static query_t q;
static event_list_t batch; /* what was appended, with ids and seqs */

/* ---- the database --------------------------------------------------------------- */

static event_t *add(event_type_t type, const char *date, const char *co, const char *name)
{
    event_t *ev = event_list_add(&batch);

    assert_non_null(ev);
    ev->type = type;
    if (date) strcpy(ev->occurred_on, date);
    assert_int_equal(event_add_company(ev, co, name, co, "subject"), 0);
    return ev;
}

static void unlink_db(void)
{
    char p[300];

    unlink(dbpath);
    snprintf(p, sizeof p, "%s-wal", dbpath);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", dbpath);
    unlink(p);
}

static int group_setup(void **state)
{
    eventlog_result_t res;
    err_t e = {0};
    store_opts_t o = {STORE_OPEN_CREATE, STORE_DURABLE_NORMAL};
    event_t *ev;

    (void)state;
    snprintf(dbpath, sizeof dbpath, "/tmp/seismo-test-query-%d.db", (int)getpid());
    unlink_db();
    if (store_open(dbpath, &o, &st, &e)) fail_msg("%s", e.msg);
    event_list_init(&batch);
    /* seq 1: AAPL partners with BABA */
    ev = add(EVENT_PARTNERSHIP, "2025-02-12", "AAPL", "Apple");
    assert_int_equal(event_add_company(ev, "BABA", "Alibaba", "BABA", "partner"), 0);
    assert_int_equal(event_set_str(ev, "region", "China"), 0);
    /* seq 2, 3: the shares react, AAPL the same day, BABA the next */
    assert_int_equal(
        event_set_num(add(EVENT_SHARE_MOVE, "2025-02-12", "AAPL", "Apple"), "percent", 1.5), 0);
    assert_int_equal(
        event_set_num(add(EVENT_SHARE_MOVE, "2025-02-13", "BABA", "Alibaba"), "percent", 2.6), 0);
    /* seq 4: an iPhone-sales change */
    ev = add(EVENT_METRIC_CHANGE, "2025-02-12", "AAPL", "Apple");
    assert_int_equal(event_set_str(ev, "metric", "iphone_sales"), 0);
    assert_int_equal(event_set_str(ev, "region", "China"), 0);
    assert_int_equal(event_set_num(ev, "percent", -11), 0);
    /* seq 5: an undated conference; seq 6: a later drop; seq 7: NVDA falls */
    assert_int_equal(event_set_str(add(EVENT_CORPORATE_EVENT, NULL, "AAPL", "Apple"), "name",
                                   "Developer Conference"),
                     0);
    assert_int_equal(
        event_set_num(add(EVENT_SHARE_MOVE, "2025-03-01", "AAPL", "Apple"), "percent", -2), 0);
    assert_int_equal(
        event_set_num(add(EVENT_SHARE_MOVE, "2025-02-20", "NVDA", "Nvidia"), "percent", -5), 0);
    if (eventlog_append(&st->log, &batch, EVENTLOG_NO_EXPECTED, &res, &e)) fail_msg("%s", e.msg);
    assert_int_equal(res.appended, 7);
    assert_int_equal(proj_run(&st->rm, &st->log, NULL, NULL, &e), 0);
    query_init(&q, st);
    return 0;
}

static int group_teardown(void **state)
{
    (void)state;
    event_list_release(&batch);
    store_close(st);
    unlink_db();
    return 0;
}

/* ---- helpers -------------------------------------------------------------------- */

static const char *str_at(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    assert_true(json_is_string(v));
    return json_string_value(v);
}

static double num_at(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    assert_true(json_is_number(v));
    return json_number_value(v);
}

static void assert_near(double a, double b)
{
    assert_true(a - b < 1e-9 && b - a < 1e-9);
}

/* The keys of object o, comma-separated, in document order. */
static void keys_of(json_t *o, char *out, size_t n)
{
    const char *k;
    json_t *v;

    out[0] = '\0';
    json_object_foreach(o, k, v)
    {
        (void)v;
        if (out[0]) strncat(out, ",", n - strlen(out) - 1);
        strncat(out, k, n - strlen(out) - 1);
    }
}

static void assert_keys(json_t *o, const char *want)
{
    char got[512];

    assert_true(json_is_object(o));
    keys_of(o, got, sizeof got);
    assert_string_equal(got, want);
}

/* ---- argument checks ------------------------------------------------------------ */

static void test_check_date(void **state)
{
    err_t e = {0};

    (void)state;
    assert_int_equal(query_check_date("since", "2025-02-12", &e), 0);
    assert_int_equal(query_check_date("since", "2024-02-29", &e), 0);
    assert_int_equal(query_check_date("since", "2025-13-01", &e), ERR_USAGE);
    assert_string_equal(e.msg, "since: '2025-13-01' is not a YYYY-MM-DD date");
    assert_int_equal(query_check_date("--until", "2025-02-30", &e), ERR_USAGE);
    assert_string_equal(e.msg, "--until: '2025-02-30' is not a YYYY-MM-DD date");
    assert_int_equal(query_check_date("until", "20250212", NULL), ERR_USAGE);
    assert_int_equal(query_check_date("until", "", NULL), ERR_USAGE);
    assert_int_equal(query_check_date("until", NULL, NULL), ERR_USAGE);
}

static void test_types(void **state)
{
    query_args_t a;
    err_t e = {0};

    (void)state;
    query_args_init(&a);
    assert_int_equal(a.window, 1);
    assert_null(a.since);
    assert_true(query_type_ok(&a, EVENT_SHARE_MOVE)); /* no filter: every type */
    assert_int_equal(query_add_type("type", "partnership", &a, &e), 0);
    assert_true(query_type_ok(&a, EVENT_PARTNERSHIP));
    assert_false(query_type_ok(&a, EVENT_SHARE_MOVE));
    assert_int_equal(query_add_type("type", "share_move", &a, &e), 0);
    assert_true(query_type_ok(&a, EVENT_SHARE_MOVE));
    assert_int_equal(query_add_type("--type", "bogus", &a, &e), ERR_USAGE);
    assert_string_equal(e.msg, "--type: unknown event type 'bogus'");
    assert_int_equal(query_add_type("type", "", &a, NULL), ERR_USAGE);
}

static void test_window(void **state)
{
    static const char *const bad[] = {"-1", "3651", "", "1x", "x", "1.5", "99999999999999999999"};
    err_t e = {0};
    int w = -7;

    (void)state;
    assert_int_equal(query_parse_window("window", "0", &w, &e), 0);
    assert_int_equal(w, 0);
    assert_int_equal(query_parse_window("window", "3650", &w, &e), 0);
    assert_int_equal(w, 3650);
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        w = 42;
        assert_int_equal(query_parse_window("window", bad[i], &w, &e), ERR_USAGE);
        assert_int_equal(w, 42);
    }
    assert_int_equal(query_parse_window("--window", "-1", &w, &e), ERR_USAGE);
    assert_string_equal(e.msg, "--window: '-1' is not a number of days (0 to 3650)");
}

/* ---- companies ------------------------------------------------------------------ */

static void test_resolve(void **state)
{
    char n0[] = "baba", n1[] = "apple", n2[] = "AAPL", n3[] = "Alibaba", bad[] = "nosuchcompany";
    char *names[] = {n0, n1, n2, n3};
    char **ids = NULL;
    size_t n = 0;
    char *id = NULL;
    err_t e = {0};

    (void)state;
    assert_int_equal(query_resolve(&q, "apple", &id, &e), 0);
    assert_string_equal(id, "AAPL");
    mem_free(id);
    assert_int_equal(query_resolve(&q, "aapl", &id, &e), 0);
    assert_string_equal(id, "AAPL");
    mem_free(id);
    /* not in any event, but in the built-in registry */
    assert_int_equal(query_resolve(&q, "Microsoft Corporation", &id, &e), 0);
    assert_string_equal(id, "MSFT");
    mem_free(id);
    id = NULL;
    assert_int_equal(query_resolve(&q, "appel", &id, &e), ERR_NOTFOUND);
    assert_null(id);
    assert_non_null(strstr(e.msg, "AAPL"));
    err_clear(&e);
    assert_int_equal(query_resolve(&q, "zzqqxx", &id, &e), ERR_NOTFOUND);
    assert_non_null(strstr(e.msg, "zzqqxx"));

    /* sorted and distinct */
    assert_int_equal(query_resolve_all(&q, names, 4, &ids, &n, &e), 0);
    assert_int_equal(n, 2);
    assert_string_equal(ids[0], "AAPL");
    assert_string_equal(ids[1], "BABA");
    query_ids_free(ids, n);
    names[2] = bad;
    assert_int_equal(query_resolve_all(&q, names, 4, &ids, &n, &e), ERR_NOTFOUND);
    assert_null(ids);
    assert_int_equal(n, 0);
    /* none named: an empty list */
    assert_int_equal(query_resolve_all(&q, NULL, 0, &ids, &n, &e), 0);
    assert_int_equal(n, 0);
    query_ids_free(ids, n);
}

static void test_company_and_envelope(void **state)
{
    json_t *o = NULL;
    err_t e = {0};

    (void)state;
    assert_int_equal(query_company_json(&q, "AAPL", &o, &e), 0);
    assert_keys(o, "id,name,ticker");
    assert_string_equal(str_at(o, "name"), "Apple");
    json_decref(o);
    /* a registry company with no event: no name known to the read models */
    assert_int_equal(query_company_json(&q, "MSFT", &o, &e), 0);
    assert_true(json_is_null(json_object_get(o, "name")));
    json_decref(o);

    assert_int_equal(query_envelope_json(&q, batch.items[0].id, &o, &e), 0);
    assert_string_equal(str_at(o, "id"), batch.items[0].id);
    assert_string_equal(str_at(o, "type"), "partnership");
    assert_int_equal(json_integer_value(json_object_get(o, "seq")), 1);
    assert_non_null(json_object_get(o, "hash"));
    json_decref(o);
    o = NULL;
    assert_int_not_equal(query_envelope_json(&q, "no-such-event", &o, &e), 0);
    assert_null(o);
}

/* ---- documents ------------------------------------------------------------------ */

static void test_timeline(void **state)
{
    query_args_t a;
    json_t *doc = NULL, *ev;
    err_t e = {0};
    static const long long order[] = {1, 2, 4, 6, 5}; /* by date then seq, undated last */

    (void)state;
    query_args_init(&a);
    assert_int_equal(query_timeline(&q, "AAPL", &a, &doc, &e), 0);
    assert_keys(doc, "company,events");
    assert_string_equal(str_at(json_object_get(doc, "company"), "id"), "AAPL");
    ev = json_object_get(doc, "events");
    assert_int_equal(json_array_size(ev), 5);
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(json_integer_value(json_object_get(json_array_get(ev, i), "seq")),
                         order[i]);
    assert_true(json_is_null(json_object_get(json_array_get(ev, 4), "occurred_on")));
    json_decref(doc);

    /* a window leaves the undated event out; a type filter keeps its types */
    a.since = "2025-02-12";
    a.until = "2025-02-28";
    assert_int_equal(query_add_type("type", "share_move", &a, &e), 0);
    assert_int_equal(query_add_type("type", "metric_change", &a, &e), 0);
    assert_int_equal(query_timeline(&q, "AAPL", &a, &doc, &e), 0);
    ev = json_object_get(doc, "events");
    assert_int_equal(json_array_size(ev), 2);
    assert_string_equal(str_at(json_array_get(ev, 0), "type"), "share_move");
    assert_string_equal(str_at(json_array_get(ev, 1), "type"), "metric_change");
    json_decref(doc);

    /* a company without events: an empty list, not an error */
    query_args_init(&a);
    assert_int_equal(query_timeline(&q, "MSFT", &a, &doc, &e), 0);
    assert_int_equal(json_array_size(json_object_get(doc, "events")), 0);
    json_decref(doc);
}

static void test_summary(void **state)
{
    char *named[] = {ID_AAPL, ID_BABA};
    query_args_t a;
    json_t *doc = NULL, *cs, *c, *movers;
    err_t e = {0};

    (void)state;
    query_args_init(&a);
    assert_int_equal(query_summary(&q, named, 2, &a, &doc, &e), 0);
    assert_keys(doc, "window,companies");
    assert_keys(json_object_get(doc, "window"), "since,until");
    cs = json_object_get(doc, "companies");
    assert_int_equal(json_array_size(cs), 2);
    c = json_array_get(cs, 0);
    assert_keys(c, "events,count,up,down,cumulative_pct,mean_pct,max_gain,max_drop,first_date,"
                   "last_date,metrics,event_counts,earnings,dividends,company");
    assert_string_equal(str_at(json_object_get(c, "company"), "id"), "AAPL");
    assert_near(num_at(c, "cumulative_pct"), (1.015 * 0.98 - 1) * 100);
    assert_int_equal(json_integer_value(json_object_get(c, "count")), 2);
    assert_int_equal(json_integer_value(json_object_get(c, "events")), 5);
    assert_near(num_at(json_object_get(c, "max_gain"), "pct"), 1.5);
    assert_near(num_at(json_object_get(c, "max_drop"), "pct"), -2);
    assert_string_equal(str_at(json_object_get(c, "max_drop"), "date"), "2025-03-01");
    assert_keys(json_array_get(json_object_get(c, "metrics"), 0), "metric,region,latest,changes");
    assert_int_equal(
        json_integer_value(json_object_get(json_object_get(c, "event_counts"), "share_move")), 2);
    assert_near(num_at(json_array_get(cs, 1), "cumulative_pct"), 2.6);
    json_decref(doc);

    /* a window keeps the share moves inside it */
    a.since = "2025-03-01";
    assert_int_equal(query_summary(&q, named, 1, &a, &doc, &e), 0);
    c = json_array_get(json_object_get(doc, "companies"), 0);
    assert_near(num_at(c, "cumulative_pct"), -2);
    assert_string_equal(str_at(json_object_get(doc, "window"), "since"), "2025-03-01");
    assert_true(json_is_null(json_object_get(json_object_get(doc, "window"), "until")));
    json_decref(doc);

    /* every company: by cumulative_pct, with the top movers */
    query_args_init(&a);
    assert_int_equal(query_summary(&q, NULL, 0, &a, &doc, &e), 0);
    assert_keys(doc, "window,companies,top_movers");
    cs = json_object_get(doc, "companies");
    assert_int_equal(json_array_size(cs), 3);
    assert_string_equal(str_at(json_object_get(json_array_get(cs, 0), "company"), "id"), "BABA");
    assert_string_equal(str_at(json_object_get(json_array_get(cs, 2), "company"), "id"), "NVDA");
    movers = json_object_get(doc, "top_movers");
    assert_keys(movers, "up,down");
    assert_int_equal(json_array_size(json_object_get(movers, "up")), 1);
    assert_keys(json_array_get(json_object_get(movers, "up"), 0), "company,cumulative_pct");
    assert_int_equal(json_array_size(json_object_get(movers, "down")), 2);
    assert_string_equal(str_at(json_array_get(json_object_get(movers, "down"), 0), "company"),
                        "NVDA");
    json_decref(doc);
}

static void test_reactions(void **state)
{
    query_args_t a;
    json_t *doc = NULL, *rx, *r, *bt;
    err_t e = {0};
    char *aapl[] = {ID_AAPL};

    (void)state;
    query_args_init(&a);
    assert_int_equal(query_reactions(&q, NULL, 0, &a, &doc, &e), 0);
    assert_keys(doc, "window_days,window_unit,reactions,by_type");
    assert_int_equal(json_integer_value(json_object_get(doc, "window_days")), 1);
    /* no prices: calendar days */
    assert_string_equal(str_at(doc, "window_unit"), "calendar_days");
    rx = json_object_get(doc, "reactions");
    /* the partnership (AAPL, BABA) and the metric change (AAPL); undated events have none */
    assert_int_equal(json_array_size(rx), 3);
    r = json_array_get(rx, 0);
    assert_keys(r, "event,seq,type,date,company,with,reaction_pct,moves,window_end,window_unit");
    assert_string_equal(str_at(r, "company"), "AAPL");
    assert_string_equal(str_at(r, "window_unit"), "calendar_days");
    assert_string_equal(str_at(r, "type"), "partnership");
    assert_near(num_at(r, "reaction_pct"), 1.5);
    assert_string_equal(json_string_value(json_array_get(json_object_get(r, "with"), 0)), "BABA");
    r = json_array_get(rx, 2);
    assert_string_equal(str_at(r, "company"), "BABA");
    assert_near(num_at(r, "reaction_pct"), 2.6);
    bt = json_object_get(doc, "by_type");
    assert_keys(json_array_get(bt, 0), "type,events,reactions,mean_pct,median_pct");
    json_decref(doc);

    /* window 0: BABA moved the day after, so no reaction (null, not 0) */
    a.window = 0;
    assert_int_equal(query_add_type("type", "partnership", &a, &e), 0);
    assert_int_equal(query_reactions(&q, NULL, 0, &a, &doc, &e), 0);
    rx = json_object_get(doc, "reactions");
    assert_int_equal(json_array_size(rx), 2);
    assert_true(json_is_null(json_object_get(json_array_get(rx, 1), "reaction_pct")));
    assert_int_equal(json_integer_value(json_object_get(json_array_get(rx, 1), "moves")), 0);
    bt = json_object_get(doc, "by_type");
    assert_int_equal(json_array_size(bt), 1);
    assert_int_equal(json_integer_value(json_object_get(json_array_get(bt, 0), "events")), 2);
    assert_int_equal(json_integer_value(json_object_get(json_array_get(bt, 0), "reactions")), 1);
    json_decref(doc);

    /* one company */
    query_args_init(&a);
    assert_int_equal(query_reactions(&q, aapl, 1, &a, &doc, &e), 0);
    assert_int_equal(json_array_size(json_object_get(doc, "reactions")), 2);
    json_decref(doc);
}

static void test_report(void **state)
{
    char *named[] = {ID_AAPL, ID_BABA};
    query_args_t a;
    json_t *doc = NULL, *cs, *c;
    long long head;
    char hash[65];
    err_t e = {0};

    (void)state;
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    assert_int_equal(eventlog_head(&st->log, &head, hash, &e), 0);
    query_args_init(&a);
    a.window = 3;
    a.until = "2025-12-31";
    assert_int_equal(query_report(&q, named, 2, &a, &doc, &e), 0);
    assert_keys(doc, "schema,version,generated_at,log,window,companies,reactions_by_type");
    assert_string_equal(str_at(doc, "schema"), "seismo.report/2");
    assert_string_equal(str_at(doc, "version"), SEISMO_VERSION);
    assert_string_equal(str_at(doc, "generated_at"), "2023-11-14T22:13:20Z");
    assert_int_equal(json_integer_value(json_object_get(json_object_get(doc, "log"), "seq")), head);
    assert_string_equal(str_at(json_object_get(doc, "log"), "hash"), hash);
    assert_keys(json_object_get(doc, "window"), "since,until,reaction_days,reaction_unit");
    assert_int_equal(
        json_integer_value(json_object_get(json_object_get(doc, "window"), "reaction_days")), 3);
    cs = json_object_get(doc, "companies");
    assert_int_equal(json_array_size(cs), 2);
    c = json_array_get(cs, 0);
    assert_keys(c, "company,summary,timeline,reactions");
    assert_string_equal(str_at(json_object_get(c, "company"), "id"), "AAPL");
    /* the window has an end: the undated conference is left out */
    assert_int_equal(json_array_size(json_object_get(c, "timeline")), 4);
    assert_true(json_is_array(json_object_get(doc, "reactions_by_type")));
    json_decref(doc);

    /* every company */
    query_args_init(&a);
    assert_int_equal(query_report(&q, NULL, 0, &a, &doc, &e), 0);
    assert_int_equal(json_array_size(json_object_get(doc, "companies")), 3);
    json_decref(doc);
    unsetenv("SOURCE_DATE_EPOCH");
}

static void test_dump(void **state)
{
    json_t *o = json_pack("{s:f, s:[i, s], s:n}", "b", 0.1 + 0.2, "a", 1, "x", "c");
    buf_t b;
    err_t e = {0};

    (void)state;
    buf_init(&b);
    assert_int_equal(query_dump(o, &b, &e), 0);
    assert_string_equal(buf_str(&b), "{\"b\":0.3,\"a\":[1,\"x\"],\"c\":null}");
    /* appends */
    assert_int_equal(query_dump(json_object_get(o, "a"), &b, &e), 0);
    assert_string_equal(buf_str(&b), "{\"b\":0.3,\"a\":[1,\"x\"],\"c\":null}[1,\"x\"]");
    assert_int_equal(query_dump(NULL, &b, &e), ERR_NOMEM);
    buf_release(&b);
    json_decref(o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_check_date),
        cmocka_unit_test(test_types),
        cmocka_unit_test(test_window),
        cmocka_unit_test(test_resolve),
        cmocka_unit_test(test_company_and_envelope),
        cmocka_unit_test(test_timeline),
        cmocka_unit_test(test_summary),
        cmocka_unit_test(test_reactions),
        cmocka_unit_test(test_report),
        cmocka_unit_test(test_dump),
    };
    json_set_alloc_funcs(mem_alloc, mem_free);
    hash_init();
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
