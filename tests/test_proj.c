/* Unit tests of core/proj (framework, folds), core/projmath (timeline order,
 * summaries, reactions) with fakes of the log and store ports, and of the
 * SQLite store (adapters/sqlite/projdb) on a temporary database. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <cmocka.h>

#include "adapters/json/codec.h"
#include "adapters/json/stored.h"
#include "adapters/sqlite/sqstore.h"
#include "adapters/store/store.h"
#include "core/canon.h"
#include "core/date.h"
#include "core/names.h"
#include "fake_log.h"
#include "core/mem.h"
#include "core/proj.h"
#include "core/projmath.h"

#define NEAR(a, b) assert_true(fabs((a) - (b)) < 1e-9)

/* ---- a fake read model --------------------------------------------------------------- */

typedef struct fakestore_s {
    proj_rows_t rows, saved_rows;
    char names[64][96];
    size_t nnames, saved_nnames;
    int version[3], saved_version[3];
    long long seq[3], saved_seq[3];
    int bars, saved_bars; /* price_import events given to the prices read model */
    size_t last_rows;     /* rows of the last bars given */
    int in_tx;
    int resets;
    int fail_put_at; /* fail the nth row_put (1-based), 0 never */
    int puts;
} fakestore_t;

static int fs_index(const char *name)
{
    return strcmp(name, "timeline") == 0 ? 0 : strcmp(name, "companies") == 0 ? 1 : 2;
}

static void fs_copy_rows(proj_rows_t *dst, const proj_rows_t *src)
{
    proj_rows_release(dst);
    for (size_t i = 0; i < src->n; i++) assert_int_equal(proj_rows_add(dst, &src->items[i]), 0);
}

static int fs_begin(void *impl, err_t *e)
{
    fakestore_t *s = impl;
    (void)e;
    assert_false(s->in_tx);
    s->in_tx = 1;
    fs_copy_rows(&s->saved_rows, &s->rows);
    s->saved_nnames = s->nnames;
    memcpy(s->saved_version, s->version, sizeof s->version);
    memcpy(s->saved_seq, s->seq, sizeof s->seq);
    s->saved_bars = s->bars;
    return 0;
}

static int fs_commit(void *impl, err_t *e)
{
    fakestore_t *s = impl;
    (void)e;
    assert_true(s->in_tx);
    s->in_tx = 0;
    return 0;
}

static void fs_rollback(void *impl)
{
    fakestore_t *s = impl;
    if (!s->in_tx) return;
    s->in_tx = 0;
    fs_copy_rows(&s->rows, &s->saved_rows);
    s->nnames = s->saved_nnames;
    memcpy(s->version, s->saved_version, sizeof s->version);
    memcpy(s->seq, s->saved_seq, sizeof s->seq);
    s->bars = s->saved_bars;
}

static int fs_ckpt_get(void *impl, const char *name, int *version, long long *seq, err_t *e)
{
    fakestore_t *s = impl;
    (void)e;
    *version = s->version[fs_index(name)];
    *seq = s->seq[fs_index(name)];
    return 0;
}

static int fs_ckpt_set(void *impl, const char *name, int version, long long seq, err_t *e)
{
    fakestore_t *s = impl;
    (void)e;
    assert_true(s->in_tx); /* checkpoints move only inside the transaction */
    s->version[fs_index(name)] = version;
    s->seq[fs_index(name)] = seq;
    return 0;
}

/* Empties read model i (0 timeline, 1 companies, 2 prices). */
static int fs_reset(fakestore_t *s, int i)
{
    assert_true(s->in_tx);
    s->resets++;
    if (i == 0)
        proj_rows_release(&s->rows);
    else if (i == 1)
        s->nnames = 0;
    else
        s->bars = 0;
    return 0;
}

static int fs_timeline_reset(void *impl, err_t *e)
{
    (void)e;
    return fs_reset(impl, 0);
}

static int fs_names_reset(void *impl, err_t *e)
{
    (void)e;
    return fs_reset(impl, 1);
}

static int fs_bars_reset(void *impl, err_t *e)
{
    (void)e;
    return fs_reset(impl, 2);
}

static int fs_bars_put(void *impl, const event_t *ev, const prices_set_t *set, err_t *e)
{
    fakestore_t *s = impl;
    (void)e;
    assert_true(s->in_tx);
    assert_int_equal(ev->type, EVENT_PRICE_IMPORT);
    assert_non_null(set);
    s->bars++;
    s->last_rows = set->rows;
    return 0;
}

static int fs_row_put(void *impl, const proj_row_t *row, err_t *e)
{
    fakestore_t *s = impl;
    assert_true(s->in_tx);
    if (s->fail_put_at && ++s->puts == s->fail_put_at)
        return err_set(e, ERR_IO, "injected write failure");
    return proj_rows_add(&s->rows, row);
}

static int fs_retract(void *impl, const char *target, long long seq, const char *reason, err_t *e)
{
    fakestore_t *s = impl;
    size_t k = 0;
    (void)seq;
    (void)reason;
    (void)e;
    for (size_t i = 0; i < s->rows.n; i++) {
        proj_row_t *r = &s->rows.items[i];
        if (strcmp(r->id, target) == 0) {
            mem_free(r->block);
            continue;
        }
        s->rows.items[k++] = *r;
    }
    s->rows.n = k;
    return 0;
}

static int fs_name_put(void *impl, const char *id, const char *name, const char *ticker, err_t *e)
{
    fakestore_t *s = impl;
    char key[96];
    (void)e;
    snprintf(key, sizeof key, "%s|%s|%s", id, name ? name : "", ticker ? ticker : "");
    for (size_t i = 0; i < s->nnames; i++)
        if (strcmp(s->names[i], key) == 0) return 0;
    assert_true(s->nnames < 64);
    strcpy(s->names[s->nnames++], key);
    return 0;
}

static int fs_read_begin(void *impl, err_t *e)
{
    (void)impl;
    (void)e;
    return 0;
}

static void fs_read_end(void *impl)
{
    (void)impl;
}

static int fs_timeline_scan(void *impl, const char *company, readmodel_row_fn each, void *arg,
                            err_t *e)
{
    fakestore_t *s = impl;
    int rc;
    (void)e;
    for (size_t i = 0; i < s->rows.n; i++) {
        if (company && strcmp(s->rows.items[i].company, company) != 0) continue;
        if ((rc = each(arg, &s->rows.items[i]))) return rc;
    }
    return 0;
}

static const readmodel_ops_t fs_ops = {
    .version = READMODEL_OPS_VERSION,
    .begin = fs_begin,
    .commit = fs_commit,
    .rollback = fs_rollback,
    .read_begin = fs_read_begin,
    .read_end = fs_read_end,
    .checkpoint_get = fs_ckpt_get,
    .checkpoint_set = fs_ckpt_set,
    .timeline_reset = fs_timeline_reset,
    .timeline_put = fs_row_put,
    .timeline_retract = fs_retract,
    .names_reset = fs_names_reset,
    .names_put = fs_name_put,
    .bars_reset = fs_bars_reset,
    .bars_put = fs_bars_put,
    .timeline_scan = fs_timeline_scan,
};

typedef struct fixture_s {
    fake_log_t fl;
    eventlog_t log;
    event_list_t evs; /* copies of the events appended, as stored */
    fakestore_t fs;
    readmodel_t st;
} fixture_t;

static void fixture_init(fixture_t *f)
{
    memset(f, 0, sizeof *f);
    event_list_init(&f->evs);
    fake_log_port(&f->fl, &f->log);
    proj_rows_init(&f->fs.rows);
    proj_rows_init(&f->fs.saved_rows);
    f->st.ops = &fs_ops;
    f->st.impl = &f->fs;
}

static void fixture_release(fixture_t *f)
{
    fake_log_release(&f->fl);
    event_list_release(&f->evs);
    proj_rows_release(&f->fs.rows);
    proj_rows_release(&f->fs.saved_rows);
}

/* ---- building events ---------------------------------------------------------- */

static event_t *ev_add(event_list_t *l, event_type_t type, const char *date, const char *c1,
                       const char *n1, const char *c2, const char *n2)
{
    event_t *ev = event_list_add(l);
    assert_non_null(ev);
    ev->type = type;
    if (date) strcpy(ev->occurred_on, date);
    if (c1) assert_int_equal(event_add_company(ev, c1, n1, NULL, "subject"), 0);
    if (c2) assert_int_equal(event_add_company(ev, c2, n2, NULL, "partner"), 0);
    return ev;
}

static void append(fixture_t *f, event_list_t *batch)
{
    eventlog_result_t res = {0};
    err_t e = {0};
    assert_int_equal(eventlog_append(&f->log, batch, EVENTLOG_NO_EXPECTED, &res, &e), 0);
    for (size_t i = 0; i < batch->n; i++) {
        event_t c;
        assert_int_equal(event_copy(&c, &batch->items[i]), 0);
        assert_int_equal(event_list_push(&f->evs, &c), 0);
    }
    event_list_release(batch);
}

/* The seed article's events, as its gold file has them. */
static void seed(fixture_t *f)
{
    event_list_t b;
    event_t *ev;
    const char *d = "2025-02-12";

    event_list_init(&b);
    ev = ev_add(&b, EVENT_PARTNERSHIP, d, "AAPL", "Apple", "BABA", "Alibaba");
    event_set_str(ev, "region", "China");
    ev = ev_add(&b, EVENT_PARTNERSHIP_REJECTED, d, "AAPL", "Apple", "BIDU", "Baidu");
    ev = ev_add(&b, EVENT_PARTNERSHIP_REJECTED, d, "AAPL", "Apple", "deepseek", "DeepSeek");
    ev = ev_add(&b, EVENT_REGULATORY_FILING, d, "AAPL", "Apple", "BABA", "Alibaba");
    event_set_str(ev, "regulator", "CAC");
    event_set_str(ev, "status", "submitted");
    ev = ev_add(&b, EVENT_METRIC_CHANGE, d, "AAPL", "Apple", NULL, NULL);
    event_set_str(ev, "metric", "iphone_sales");
    event_set_str(ev, "region", "China");
    event_set_num(ev, "percent", -11);
    ev = ev_add(&b, EVENT_SHARE_MOVE, d, "AAPL", "Apple", NULL, NULL);
    event_set_num(ev, "percent", 1.5);
    ev = ev_add(&b, EVENT_SHARE_MOVE, d, "BABA", "Alibaba", NULL, NULL);
    event_set_num(ev, "percent", 2.6);
    ev = ev_add(&b, EVENT_CORPORATE_EVENT, "2025-03-25", "AAPL", "Apple", NULL, NULL);
    event_set_str(ev, "name", "China Developer Conference");
    event_set_str(ev, "location", "Shanghai");
    ev = ev_add(&b, EVENT_PRODUCT_ANNOUNCEMENT, NULL, "openai", "OpenAI", NULL, NULL);
    ev = ev_add(&b, EVENT_ACQUISITION, NULL, "NVDA", "Nvidia", "ai21-labs", "AI21 Labs");
    event_set_num(ev, "amount", 3e9);
    event_set_str(ev, "currency", "USD");
    event_set_str(ev, "qualifier", "up_to");
    event_set_str(ev, "status", "talks");
    ev = ev_add(&b, EVENT_INVESTMENT, NULL, "NVDA", "Nvidia", "INTC", "Intel");
    event_set_num(ev, "amount", 5e9);
    event_set_str(ev, "currency", "USD");
    event_set_str(ev, "status", "completed");
    ev = ev_add(&b, EVENT_REGULATORY_APPROVAL, NULL, "NVDA", "Nvidia", NULL, NULL);
    event_set_str(ev, "regulator", "FTC");
    event_set_str(ev, "status", "approved");
    ev = ev_add(&b, EVENT_ACQUISITION, NULL, "META", "Meta", "manus", "Manus");
    event_set_str(ev, "status", "completed");
    append(f, &b);
}

static void run(fixture_t *f, int rebuild, long long expect_applied)
{
    long long applied = -1;
    err_t e = {0};
    proj_opts_t o = {0};
    o.rebuild = rebuild;
    assert_int_equal(proj_run(&f->st, &f->log, &o, &applied, &e), 0);
    assert_int_equal(applied, expect_applied);
}

/* Copies the rows of company (in timeline order) into out. */
static void company_rows(const fixture_t *f, const char *company, proj_rows_t *out)
{
    proj_rows_init(out);
    for (size_t i = 0; i < f->fs.rows.n; i++)
        if (strcmp(f->fs.rows.items[i].company, company) == 0)
            assert_int_equal(proj_rows_add(out, &f->fs.rows.items[i]), 0);
    projmath_timeline_sort(out->items, out->n);
}

/* A text dump of the timeline read model, sorted, for byte comparisons. */
static char *dump(const fixture_t *f)
{
    buf_t b;
    proj_rows_t r;

    buf_init(&b);
    proj_rows_init(&r);
    for (size_t i = 0; i < f->fs.rows.n; i++) proj_rows_add(&r, &f->fs.rows.items[i]);
    projmath_timeline_sort(r.items, r.n);
    for (size_t i = 0; i < r.n; i++) {
        const proj_row_t *x = &r.items[i];
        buf_printf(&b, "%s|%lld|%s|%d|%s|%d|%.17g|%s|%s|%s|%s|%s\n", x->company, x->seq, x->id,
                   x->type, x->occurred_on, x->has_pct, x->pct, x->metric ? x->metric : "~",
                   x->region ? x->region : "~", x->others, x->figure, x->text);
    }
    for (size_t i = 0; i < f->fs.nnames; i++) buf_printf(&b, "name %s\n", f->fs.names[i]);
    proj_rows_release(&r);
    return buf_steal(&b);
}

/* ---- tests ---------------------------------------------------------------------- */

static void test_seed_timeline_order(void **state)
{
    static const event_type_t want[] = {EVENT_PARTNERSHIP,          EVENT_PARTNERSHIP_REJECTED,
                                        EVENT_PARTNERSHIP_REJECTED, EVENT_REGULATORY_FILING,
                                        EVENT_METRIC_CHANGE,        EVENT_SHARE_MOVE,
                                        EVENT_CORPORATE_EVENT};
    fixture_t f;
    proj_rows_t r;
    (void)state;

    fixture_init(&f);
    seed(&f);
    run(&f, 0, 13);
    company_rows(&f, "AAPL", &r);
    assert_int_equal(r.n, 7);
    for (size_t i = 0; i < r.n; i++) assert_int_equal(r.items[i].type, want[i]);
    assert_string_equal(r.items[6].occurred_on, "2025-03-25");
    assert_string_equal(r.items[0].others, "BABA");
    assert_string_equal(r.items[5].figure, "+1.5%");
    assert_string_equal(r.items[4].figure, "-11%");
    assert_string_equal(r.items[3].figure, "submitted");
    assert_string_equal(r.items[6].text, "China Developer Conference in Shanghai");
    proj_rows_release(&r);
    company_rows(&f, "NVDA", &r);
    assert_int_equal(r.n, 3);
    assert_string_equal(r.items[0].figure, "up to USD 3bn, talks");
    assert_string_equal(r.items[1].figure, "USD 5bn, completed");
    proj_rows_release(&r);
    assert_int_equal(f.fs.seq[0], 13);
    assert_int_equal(f.fs.seq[1], 13);
    assert_int_equal(f.fs.version[0], 1);
    fixture_release(&f);
}

static void test_undated_after_dated(void **state)
{
    proj_row_t rows[4];
    (void)state;

    memset(rows, 0, sizeof rows);
    rows[0].seq = 1; /* undated, earliest seq */
    rows[1].seq = 2;
    strcpy(rows[1].occurred_on, "2025-03-01");
    rows[2].seq = 3;
    strcpy(rows[2].occurred_on, "2024-01-01");
    rows[3].seq = 4;
    strcpy(rows[3].occurred_on, "2024-01-01");
    projmath_timeline_sort(rows, 4);
    assert_int_equal(rows[0].seq, 3);
    assert_int_equal(rows[1].seq, 4);
    assert_int_equal(rows[2].seq, 2);
    assert_int_equal(rows[3].seq, 1);
    assert_true(projmath_in_window(&rows[3], NULL, NULL));
    assert_false(projmath_in_window(&rows[3], "2000-01-01", NULL));
    assert_true(projmath_in_window(&rows[0], "2024-01-01", "2024-01-01"));
    assert_false(projmath_in_window(&rows[2], NULL, "2025-02-28"));
}

static void test_seed_summary_and_reactions(void **state)
{
    projmath_type_stats_t stats[EVENT_TYPE_COUNT];
    projmath_reaction_t *rx;
    projmath_summary_t s;
    size_t n, partnership = 0;
    fixture_t f;
    proj_rows_t r;
    (void)state;

    fixture_init(&f);
    seed(&f);
    run(&f, 0, 13);
    company_rows(&f, "AAPL", &r);
    assert_int_equal(projmath_summary(r.items, r.n, NULL, NULL, &s), 0);
    assert_int_equal(s.count, 1);
    assert_int_equal(s.up, 1);
    assert_int_equal(s.down, 0);
    NEAR(s.cumulative_pct, 1.5);
    NEAR(s.mean_pct, 1.5);
    assert_true(s.max_gain.set);
    assert_false(s.max_drop.set);
    assert_string_equal(s.first_date, "2025-02-12");
    assert_int_equal(s.nmetrics, 1);
    assert_string_equal(s.metrics[0].metric, "iphone_sales");
    assert_string_equal(s.metrics[0].region, "China");
    NEAR(s.metrics[0].latest->pct, -11);
    assert_int_equal(s.event_counts[EVENT_PARTNERSHIP_REJECTED], 2);
    assert_int_equal(s.events, 7);
    projmath_summary_release(&s);
    proj_rows_release(&r);
    company_rows(&f, "BABA", &r);
    assert_int_equal(projmath_summary(r.items, r.n, NULL, NULL, &s), 0);
    NEAR(s.cumulative_pct, 2.6);
    projmath_summary_release(&s);
    proj_rows_release(&r);

    /* reactions over every row */
    assert_int_equal(projmath_reactions(f.fs.rows.items, f.fs.rows.n, 1, NULL, NULL, NULL, &rx, &n),
                     0);
    for (size_t i = 0; i < n; i++) {
        if (rx[i].event->type != EVENT_PARTNERSHIP) continue;
        partnership++;
        assert_true(rx[i].has_pct);
        NEAR(rx[i].pct, strcmp(rx[i].event->company, "AAPL") == 0 ? 1.5 : 2.6);
    }
    assert_int_equal(partnership, 2);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(rx[i].event->company, "BIDU") == 0)
            assert_false(rx[i].has_pct);          /* null, not 0 */
        assert_true(rx[i].event->occurred_on[0]); /* undated events have no reaction */
        assert_int_not_equal(rx[i].event->type, EVENT_SHARE_MOVE);
    }
    assert_int_equal(projmath_reaction_table(rx, n, stats), 0);
    assert_int_equal(stats[EVENT_PARTNERSHIP].reactions, 2);
    NEAR(stats[EVENT_PARTNERSHIP].mean_pct, 2.05);
    NEAR(stats[EVENT_PARTNERSHIP].median_pct, 2.05);
    assert_int_equal(stats[EVENT_PARTNERSHIP_REJECTED].events, 4);
    assert_int_equal(stats[EVENT_PARTNERSHIP_REJECTED].reactions, 2);
    assert_int_equal(stats[EVENT_CORPORATE_EVENT].reactions, 0);
    mem_free(rx);
    fixture_release(&f);
}

static proj_row_t mkrow(long long seq, const char *company, event_type_t t, const char *date,
                        int has, double pct)
{
    proj_row_t r;
    static char ids[64][16];
    memset(&r, 0, sizeof r);
    r.seq = seq;
    snprintf(ids[seq % 64], 16, "e%lld", seq);
    r.id = ids[seq % 64];
    r.company = (char *)company;
    r.type = t;
    if (date) strcpy(r.occurred_on, date);
    r.has_pct = has;
    r.pct = pct;
    r.others = (char *)"";
    r.figure = (char *)"";
    r.text = (char *)"";
    return r;
}

static void test_reaction_window_and_compounding(void **state)
{
    proj_row_t rows[6];
    projmath_reaction_t *rx;
    size_t n;
    (void)state;

    rows[0] = mkrow(1, "X", EVENT_ACQUISITION, "2025-01-30", 0, 0);
    rows[1] = mkrow(2, "X", EVENT_SHARE_MOVE, "2025-01-30", 1, 10);
    rows[2] = mkrow(3, "X", EVENT_SHARE_MOVE, "2025-01-31", 1, -10);
    rows[3] = mkrow(4, "X", EVENT_SHARE_MOVE, "2025-02-01", 1, 5);  /* across a month end */
    rows[4] = mkrow(5, "X", EVENT_PARTNERSHIP, "2025-01-10", 0, 0); /* no move near it */
    rows[5] = mkrow(6, "Y", EVENT_SHARE_MOVE, "2025-01-10", 1, 3);  /* another company's */
    assert_int_equal(projmath_reactions(rows, 6, 0, NULL, NULL, NULL, &rx, &n), 0);
    assert_int_equal(n, 2);
    assert_int_equal(rx[0].event->seq, 5);
    assert_false(rx[0].has_pct);
    NEAR(rx[1].pct, 10);
    mem_free(rx);
    assert_int_equal(projmath_reactions(rows, 6, 1, NULL, NULL, NULL, &rx, &n), 0);
    NEAR(rx[1].pct, -1); /* 1.1 * 0.9 = 0.99 */
    assert_int_equal(rx[1].moves, 2);
    mem_free(rx);
    assert_int_equal(projmath_reactions(rows, 6, 2, NULL, NULL, NULL, &rx, &n), 0);
    NEAR(rx[1].pct, 3.95); /* 1.1 * 0.9 * 1.05 = 1.0395 */
    mem_free(rx);
    /* the window on event dates: only the acquisition is inside */
    assert_int_equal(projmath_reactions(rows, 6, 2, "2025-01-20", NULL, NULL, &rx, &n), 0);
    assert_int_equal(n, 1);
    assert_int_equal(rx[0].event->seq, 1);
    mem_free(rx);
    {
        double p[] = {1.5};
        NEAR(projmath_compound(p, 1), 1.5);
    }
}

static long day_of(const char *iso)
{
    long d = -1;
    assert_int_equal(date_parse_iso(iso, &d), 0);
    return d;
}

/* With a trading calendar the window counts sessions: a 1-day window after a
 * Friday reaches Monday, and past the bars the weekdays stand in. */
static void test_reaction_trading_days(void **state)
{
    /* sessions Thu 2025-01-30, Fri 01-31, Mon 02-03 (no bars for the weekend), Wed 02-05 */
    long days[4];
    const projmath_calendar_t cal[1] = {{"X", days, 4}};
    projmath_calendars_t cals = {cal, 1, NULL, 0};
    proj_row_t rows[5];
    projmath_reaction_t *rx;
    size_t n;
    char end[11];
    (void)state;

    days[0] = day_of("2025-01-30");
    days[1] = day_of("2025-01-31");
    days[2] = day_of("2025-02-03");
    days[3] = day_of("2025-02-05");
    rows[0] = mkrow(1, "X", EVENT_ACQUISITION, "2025-01-31", 0, 0); /* a Friday */
    rows[1] = mkrow(2, "X", EVENT_SHARE_MOVE, "2025-02-03", 1, 4);  /* the Monday */
    rows[2] = mkrow(3, "X", EVENT_PARTNERSHIP, "2025-02-01", 0, 0); /* a Saturday */
    rows[3] = mkrow(4, "Y", EVENT_ACQUISITION, "2025-01-31", 0, 0); /* no calendar */
    rows[4] = mkrow(5, "Y", EVENT_SHARE_MOVE, "2025-02-03", 1, 2);
    /* calendar days: Friday + 1 is Saturday, the Monday move is outside */
    assert_int_equal(projmath_reactions(rows, 5, 1, NULL, NULL, NULL, &rx, &n), 0);
    assert_int_equal(n, 3);
    assert_false(rx[0].has_pct);
    assert_false(rx[0].trading);
    mem_free(rx);
    assert_int_equal(projmath_reactions(rows, 5, 1, NULL, NULL, &cals, &rx, &n), 0);
    assert_int_equal(n, 3);
    assert_int_equal(rx[0].event->seq, 1);
    assert_true(rx[0].trading);
    assert_true(rx[0].has_pct);
    NEAR(rx[0].pct, 4);
    date_format_iso(rx[0].end, end);
    assert_string_equal(end, "2025-02-03");
    /* Saturday: day 0 is Monday, one session on is Wednesday (Tuesday has no bar) */
    assert_int_equal(rx[1].event->seq, 3);
    date_format_iso(rx[1].end, end);
    assert_string_equal(end, "2025-02-05");
    /* Y has no calendar of its own and there is no fallback: calendar days */
    assert_false(rx[2].trading);
    assert_false(rx[2].has_pct);
    mem_free(rx);
    /* the benchmark's sessions serve Y */
    cals.fallback = days;
    cals.nfallback = 4;
    assert_int_equal(projmath_reactions(rows, 5, 1, NULL, NULL, &cals, &rx, &n), 0);
    assert_true(rx[2].trading);
    NEAR(rx[2].pct, 2);
    mem_free(rx);
    /* past the last bar (Wed 02-05): weekdays, Thu, Fri, then Mon */
    date_format_iso(projmath_window_end(days[3], 3, days, 4), end);
    assert_string_equal(end, "2025-02-10");
    date_format_iso(projmath_window_end(days[2], 6, days, 4), end); /* Mon + 6 sessions */
    assert_string_equal(end, "2025-02-12");
    date_format_iso(projmath_window_end(day_of("2025-02-08"), 0, days, 4), end); /* a Saturday */
    assert_string_equal(end, "2025-02-10");
    date_format_iso(projmath_window_end(day_of("2025-02-10"), 10, days, 4), end); /* two weeks */
    assert_string_equal(end, "2025-02-24");
    /* before the first bar: weekdays up to it (Mon 01-27 + 2: Wed 01-29, + 3: Thu 01-30) */
    date_format_iso(projmath_window_end(day_of("2025-01-27"), 2, days, 4), end);
    assert_string_equal(end, "2025-01-29");
    date_format_iso(projmath_window_end(day_of("2025-01-27"), 4, days, 4), end);
    assert_string_equal(end, "2025-01-31");
    /* no calendar: calendar days */
    assert_int_equal(projmath_window_end(100, 3, NULL, 0), 103);
}

static void test_summary_math(void **state)
{
    proj_row_t rows[6];
    projmath_summary_t s;
    (void)state;

    rows[0] = mkrow(1, "X", EVENT_SHARE_MOVE, "2025-01-02", 1, 2);
    rows[1] = mkrow(2, "X", EVENT_SHARE_MOVE, "2025-01-01", 1, -3);
    rows[2] = mkrow(3, "X", EVENT_SHARE_MOVE, "2025-01-05", 1, 5);
    rows[3] = mkrow(4, "X", EVENT_METRIC_CHANGE, "2025-01-03", 1, -4);
    rows[3].metric = (char *)"revenue";
    rows[4] = mkrow(5, "X", EVENT_METRIC_CHANGE, "2025-01-01", 1, 7);
    rows[4].metric = (char *)"revenue";
    rows[5] = mkrow(6, "X", EVENT_METRIC_CHANGE, NULL, 1, 9);
    rows[5].metric = (char *)"revenue";
    assert_int_equal(projmath_summary(rows, 6, NULL, NULL, &s), 0);
    assert_int_equal(s.count, 3);
    assert_int_equal(s.up, 2);
    assert_int_equal(s.down, 1);
    NEAR(s.cumulative_pct, 3.887); /* 1.02 * 0.97 * 1.05 = 1.03887 */
    NEAR(s.mean_pct, 1.333333333); /* rounded to 1e-9 */
    NEAR(s.max_gain.pct, 5);
    assert_string_equal(s.max_gain.row->id, "e3");
    NEAR(s.max_drop.pct, -3);
    assert_string_equal(s.max_drop.row->occurred_on, "2025-01-01");
    assert_string_equal(s.first_date, "2025-01-01");
    assert_string_equal(s.last_date, "2025-01-05");
    assert_int_equal(s.nmetrics, 1);
    assert_int_equal(s.metrics[0].n, 3);
    NEAR(s.metrics[0].changes[0]->pct, 7); /* timeline order */
    NEAR(s.metrics[0].latest->pct, -4);    /* the last dated change, not the undated one */
    assert_int_equal(s.event_counts[EVENT_METRIC_CHANGE], 3);
    projmath_summary_release(&s);
    /* a window leaves the undated change and the moves outside it out */
    assert_int_equal(projmath_summary(rows, 6, "2025-01-02", "2025-01-04", &s), 0);
    assert_int_equal(s.count, 1);
    NEAR(s.cumulative_pct, 2);
    assert_int_equal(s.events, 2);
    projmath_summary_release(&s);
    /* no moves: no figures */
    assert_int_equal(projmath_summary(rows + 3, 3, NULL, NULL, &s), 0);
    assert_false(s.has_moves);
    assert_int_equal(s.first_date[0], '\0');
    projmath_summary_release(&s);
}

static void test_retraction_leaves_read_models(void **state)
{
    fixture_t f;
    event_list_t b;
    event_t *ev;
    proj_rows_t r;
    projmath_summary_t s;
    projmath_reaction_t *rx;
    size_t n;
    char target[65];
    (void)state;

    fixture_init(&f);
    seed(&f);
    run(&f, 0, 13);
    strcpy(target, f.evs.items[5].id); /* AAPL +1.5% */
    event_list_init(&b);
    ev = ev_add(&b, EVENT_RETRACTION, NULL, "AAPL", "Apple", NULL, NULL);
    event_set_str(ev, "target", target);
    event_set_str(ev, "reason", "misread");
    append(&f, &b);
    run(&f, 0, 1);
    company_rows(&f, "AAPL", &r);
    assert_int_equal(r.n, 6);
    assert_int_equal(projmath_summary(r.items, r.n, NULL, NULL, &s), 0);
    assert_int_equal(s.count, 0);
    assert_false(s.has_moves);
    projmath_summary_release(&s);
    assert_int_equal(projmath_reactions(r.items, r.n, 1, NULL, NULL, NULL, &rx, &n), 0);
    for (size_t i = 0; i < n; i++) assert_false(rx[i].has_pct);
    mem_free(rx);
    proj_rows_release(&r);
    fixture_release(&f);
}

static void test_catch_up_and_version_change(void **state)
{
    fixture_t f;
    event_list_t b;
    event_t *ev;
    char *before, *after;
    int resets;
    (void)state;

    fixture_init(&f);
    seed(&f);
    run(&f, 0, 13);
    run(&f, 0, 0); /* nothing new */
    event_list_init(&b);
    ev = ev_add(&b, EVENT_SHARE_MOVE, "2025-02-13", "AAPL", "Apple", NULL, NULL);
    event_set_num(ev, "percent", -1);
    append(&f, &b);
    resets = f.fs.resets; /* the first run set both read models up */
    run(&f, 0, 1);
    assert_int_equal(f.fs.seq[0], 14);
    assert_int_equal(f.fs.resets, resets);
    before = dump(&f);

    /* a read model built by another version is rebuilt on its own */
    f.fs.version[0] = 99;
    run(&f, 0, 14);
    assert_int_equal(f.fs.resets, resets + 1);
    assert_int_equal(f.fs.version[0], 1);
    after = dump(&f);
    assert_string_equal(before, after);
    mem_free(after);

    /* rebuild on demand: byte-identical */
    run(&f, 1, 14);
    assert_int_equal(f.fs.resets, resets + 1 + (int)proj_def_count);
    after = dump(&f);
    assert_string_equal(before, after);
    mem_free(after);
    mem_free(before);
    fixture_release(&f);
}

static void test_failure_applies_nothing(void **state)
{
    fixture_t f, clean;
    char *a, *b;
    err_t e = {0};
    (void)state;

    fixture_init(&clean);
    seed(&clean);
    run(&clean, 0, 13);
    fixture_init(&f);
    seed(&f);
    f.fs.fail_put_at = 5;
    assert_int_equal(proj_run(&f.st, &f.log, NULL, NULL, &e), ERR_IO);
    assert_non_null(strstr(e.msg, "injected"));
    assert_int_equal(f.fs.rows.n, 0);
    assert_int_equal(f.fs.seq[0], 0);
    assert_int_equal(f.fs.version[0], 0);
    f.fs.fail_put_at = 0;
    run(&f, 0, 13);
    a = dump(&f);
    b = dump(&clean);
    assert_string_equal(a, b);
    mem_free(a);
    mem_free(b);
    fixture_release(&f);
    fixture_release(&clean);
}

static void test_only_one_projection(void **state)
{
    proj_opts_t only_companies = {0}, only_nope = {0};
    fixture_t f;
    err_t e = {0};
    (void)state;

    only_companies.only = "companies";
    only_nope.only = "nope";
    fixture_init(&f);
    seed(&f);
    assert_int_equal(proj_run(&f.st, &f.log, &only_companies, NULL, &e), 0);
    assert_int_equal(f.fs.seq[1], 13);
    assert_int_equal(f.fs.seq[0], 0);
    assert_int_equal(f.fs.rows.n, 0);
    assert_true(f.fs.nnames >= 10);
    assert_int_equal(proj_run(&f.st, &f.log, &only_nope, NULL, &e), ERR_USAGE);
    assert_non_null(proj_def_find("timeline"));
    assert_null(proj_def_find("nope"));
    /* then the timeline catches up alone, from 0 */
    run(&f, 0, 13);
    assert_int_equal(f.fs.seq[0], 13);
    fixture_release(&f);
}

/* The prices projection runs alone through proj_run(): it reads only price
 * imports, takes the parsed bars of the import just appended as they are, and
 * its checkpoint still reaches the head. */
static void test_prices_alone_with_hint(void **state)
{
    proj_opts_t o = {0};
    prices_set_t hint;
    fixture_t f;
    event_list_t b;
    event_t *ev;
    long long applied = -1;
    err_t e = {0};
    (void)state;

    fixture_init(&f);
    seed(&f); /* 13 news events */
    event_list_init(&b);
    ev = ev_add(&b, EVENT_PRICE_IMPORT, "2025-02-12", "AAPL", "Apple", NULL, NULL);
    event_set_str(ev, "bars", "symbol,date,close\nAAPL,2025-02-12,230.1\nAAPL,2025-02-13,231\n");
    append(&f, &b);
    seed(&f); /* present already: nothing new */
    o.only = "prices";
    assert_int_equal(proj_run(&f.st, &f.log, &o, &applied, &e), 0);
    assert_int_equal(applied, 1); /* the news events are not even read */
    assert_int_equal(f.fs.bars, 1);
    assert_int_equal(f.fs.last_rows, 2); /* parsed from the event */
    assert_int_equal(f.fs.seq[2], 14);
    assert_int_equal(f.fs.seq[0], 0); /* the others did not run */
    /* a second import, folded from the hint: its bars are not parsed again */
    event_list_init(&b);
    ev = ev_add(&b, EVENT_PRICE_IMPORT, "2025-02-14", "AAPL", "Apple", NULL, NULL);
    event_set_str(ev, "bars", "symbol,date,close\nAAPL,2025-02-14,232\n");
    append(&f, &b);
    prices_set_init(&hint);
    hint.rows = 77; /* a marker: only the hint says 77 */
    o.hint_ev = &f.evs.items[f.evs.n - 1];
    o.hint_bars = &hint;
    assert_int_equal(proj_run(&f.st, &f.log, &o, &applied, &e), 0);
    assert_int_equal(f.fs.bars, 2);
    assert_int_equal(f.fs.last_rows, 77);
    assert_int_equal(f.fs.seq[2], 15);
    prices_set_release(&hint);
    fixture_release(&f);
}

static void test_price_import_not_on_timelines(void **state)
{
    fixture_t f;
    event_list_t b;
    event_t *ev;
    (void)state;

    fixture_init(&f);
    event_list_init(&b);
    ev = ev_add(&b, EVENT_PRICE_IMPORT, "2025-02-12", "AAPL", "Apple", NULL, NULL);
    event_set_str(ev, "bars", "date,close\n2025-02-12,230.1\n");
    append(&f, &b);
    run(&f, 0, 1);
    assert_int_equal(f.fs.rows.n, 0);
    assert_int_equal(f.fs.seq[0], 1);
    assert_int_equal(f.fs.bars, 1); /* the prices read model has it */
    assert_int_equal(f.fs.seq[2], 1);
    fixture_release(&f);
}

static void test_format(void **state)
{
    char out[32];
    (void)state;

    proj_format_pct(1.5, out);
    assert_string_equal(out, "+1.5%");
    proj_format_pct(-11, out);
    assert_string_equal(out, "-11%");
    proj_format_pct(0, out);
    assert_string_equal(out, "0%");
    proj_format_pct(2.05, out);
    assert_string_equal(out, "+2.05%");
    proj_format_pct(1.4999999999999902, out);
    assert_string_equal(out, "+1.5%");
    proj_format_pct(-0.001, out);
    assert_string_equal(out, "0%");
    NEAR(projmath_round(1.4999999999999902), 1.5);
}

static void test_out_of_memory(void **state)
{
    fixture_t f;
    int done = 0;
    (void)state;

    fixture_init(&f);
    seed(&f);
    run(&f, 0, 13);
    for (unsigned long nth = 1; !done && nth < 200; nth++) {
        projmath_type_stats_t stats[EVENT_TYPE_COUNT];
        projmath_summary_t s;
        projmath_reaction_t *rx = NULL;
        size_t n = 0;
        int rc;
        mem_fail_at(nth);
        rc = projmath_summary(f.fs.rows.items, f.fs.rows.n, NULL, NULL, &s);
        if (rc == 0) {
            projmath_summary_release(&s);
            rc = projmath_reactions(f.fs.rows.items, f.fs.rows.n, 1, NULL, NULL, NULL, &rx, &n);
        }
        if (rc == 0) rc = projmath_reaction_table(rx, n, stats);
        mem_free(rx);
        if (rc == 0)
            done = !mem_failed();
        else
            assert_int_equal(rc, ERR_NOMEM);
    }
    mem_fail_at(0);
    assert_true(done);
    fixture_release(&f);
}

/* The seeded fixture with strings a body writer must escape (quote, backslash, control
 * characters, a curly apostrophe), a recorded time and a source span. */
static void seed_awkward(fixture_t *f)
{
    fixture_init(f);
    seed(f);
    event_set_string(&f->evs.items[0].source.sentence, "quote \" backslash \\ tab \t nl \n");
    event_set_string(&f->evs.items[0].source.title, "Apple \xe2\x80\x99s AI");
    event_set_string(&f->evs.items[0].recorded_at, "2026-11-24T09:30:00Z");
    f->evs.items[1].source.offset = 1830;
    f->evs.items[1].source.length = 120;
}

/* The fast body reader gives the same event as the codec, or gives up. */
static void test_fast_decode(void **state)
{
    fixture_t f;
    (void)state;

    seed_awkward(&f);
    for (size_t i = 0; i < f.evs.n; i++) {
        buf_t a, b;
        event_t fast, slow;
        err_t e = {0};
        buf_init(&a);
        buf_init(&b);
        assert_int_equal(event_canon(&f.evs.items[i], EVENT_CANON_FULL, &a), 0);
        assert_int_equal(stored_decode_fast(a.data, a.len, &fast), 0);
        assert_int_equal(codec_event_parse(a.data, a.len, CODEC_STORED, &slow, NULL, &e), 0);
        assert_int_equal(event_canon(&fast, EVENT_CANON_FULL, &b), 0);
        assert_string_equal(a.data, b.data);
        buf_reset(&b);
        assert_int_equal(event_canon(&slow, EVENT_CANON_FULL, &b), 0);
        assert_string_equal(a.data, b.data);
        event_release(&fast);
        event_release(&slow);
        buf_release(&a);
        buf_release(&b);
    }
    {
        event_t ev;
        static const char *const bad[] = {
            "",
            "{",
            "{}",
            "{\"type\":\"share_move\",\"extra\":1}",
            "{\"type\":\"share_move\",\"data\":{\"x\":[1]}}",
            "{\"type\":\"share_move\",\"source\":{\"title\":\"\\u00e9\"}}",
            "{\"type\":\"nope\"}",
            "{\"type\":\"share_move\"} trailing",
            "{\"type\":\"share_move\",\"occurred_on\":\"2025-1-1\"}"};
        for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
            assert_int_equal(stored_decode_fast(bad[i], strlen(bad[i]), &ev), -1);
    }
    fixture_release(&f);
}

/* Returns 1 when body (n bytes) is event_canon() of the event stored_decode_canon() read
 * from it, 0 when it is not, -1 when it does not decode. *vouched: what the reader said.
 * The allocation-free reader verify uses first (stored_decode_view) must read the same
 * event and say the same, or leave the body to stored_decode_canon(). */
static int canon_agrees(const char *body, size_t n, int *vouched)
{
    event_t ev, view;
    err_t e = {0};
    buf_t b, v, scratch;
    int same, vrc, vvouched = 0;

    buf_init(&scratch);
    vrc = stored_decode_view(body, n, &view, &vvouched, &scratch, &e);
    assert_true(vrc == 0 || vrc == 1);
    if (stored_decode_canon(body, n, &ev, vouched, &e)) {
        if (vrc == 0)
            fail_msg("the view reader read a body the reader does not: %.*s", (int)n, body);
        buf_release(&scratch);
        return -1;
    }
    buf_init(&b);
    assert_int_equal(event_canon(&ev, EVENT_CANON_FULL, &b), 0);
    same = b.len == n && memcmp(b.data, body, n) == 0;
    if (vrc == 0) {
        buf_init(&v);
        assert_int_equal(event_canon(&view, EVENT_CANON_FULL, &v), 0);
        if (v.len != b.len || memcmp(v.data, b.data, b.len) != 0 || vvouched != *vouched)
            fail_msg("the view reader read another event or said otherwise (%d, %d): %.*s",
                     vvouched, *vouched, (int)n, body);
        for (size_t i = 0; i < view.ndata; i++) /* found by key: kept sorted */
            assert_ptr_equal(event_get(&view, view.data[i].key), &view.data[i]);
        buf_release(&v);
    }
    buf_release(&b);
    buf_release(&scratch);
    event_release(&ev);
    return same;
}

/* The fast reader reads numbers exactly as strtod() does (it reads the short
 * ones itself): every number of event_canon() and short decimals of every length. */
static void test_fast_decode_numbers(void **state)
{
    unsigned long long x = 0x9E3779B97F4A7C15ULL;
    char text[64], body[256];
    size_t checked = 0;
    (void)state;

    for (int i = 0; i < 200000; i++) {
        event_t ev;
        double want, got = 0, d;
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        if (i % 2) { /* a decimal of up to 17 digits, the point anywhere */
            int digits = 1 + (int)(x % 17), point = (int)((x >> 8) % (unsigned)(digits + 1));
            unsigned long long m = (x >> 16) % 100000000000000000ULL;
            snprintf(text, sizeof text, "%s%0*llu", (x >> 40) & 1 ? "-" : "", digits,
                     m % (unsigned long long)pow(10, digits));
            if (point > 0 && point < digits) {
                size_t len = strlen(text);
                memmove(text + len - (size_t)point + 1, text + len - (size_t)point,
                        (size_t)point + 1);
                text[len - (size_t)point] = '.';
            }
        } else { /* a double of any size, as event_canon() writes it */
            memcpy(&d, &x, sizeof d);
            if (!isfinite(d) || fabs(d) > 1e15) d = (double)(x % 1000000007ULL) / 1000.0;
            canon_format_number(d, text);
        }
        want = strtod(text, NULL);
        snprintf(body, sizeof body,
                 "{\"companies\":[],\"data\":{\"percent\":%s},\"occurred_on\":null,"
                 "\"schema\":1,\"source\":{},\"type\":\"share_move\"}",
                 text);
        if (stored_decode_fast(body, strlen(body), &ev)) continue; /* a form it leaves */
        assert_true(event_get_num(&ev, "percent", &got));
        if (memcmp(&got, &want, sizeof got) != 0)
            fail_msg("%s read as %.17g, strtod() reads %.17g", text, got, want);
        event_release(&ev);
        checked++;
    }
    assert_true(checked > 150000);
}

/* verify skips writing a body again only when the fast reader vouches that it
 * is canonical: it vouches for the bodies event_canon() writes, and never for
 * one that differs from event_canon() of what it read (every byte of each body
 * deleted, doubled or replaced, and hand-made near misses). */
static void test_fast_decode_canonical(void **state)
{
    static const char repl[] = " 09-+.eE\"\\/\n\t\x01{}[],:aZ";
    static const char *const near[] = {
        "{\"companies\":[],\"data\":{\"percent\":1.50},\"occurred_on\":null,\"schema\":1,"
        "\"source\":{},\"type\":\"share_move\"}",
        "{\"companies\":[],\"data\":{\"percent\":15e-1},\"occurred_on\":null,\"schema\":1,"
        "\"source\":{},\"type\":\"share_move\"}",
        "{\"companies\":[],\"data\":{\"percent\":-0},\"occurred_on\":null,\"schema\":1,"
        "\"source\":{},\"type\":\"share_move\"}",
        "{\"companies\":[],\"data\":{\"percent\":1},\"occurred_on\":null,\"schema\":1,"
        "\"seq\":0,\"source\":{},\"type\":\"share_move\"}",
        "{\"companies\":[],\"data\":{\"percent\":1},\"occurred_on\":null,\"schema\":01,"
        "\"source\":{},\"type\":\"share_move\"}",
        "{\"companies\":[],\"data\":{\"percent\":1},\"occurred_on\":null,\"schema\":1,"
        "\"source\":{\"offset\":-1},\"type\":\"share_move\"}",
        "{\"companies\":[],\"data\":{\"percent\":1},\"occurred_on\":null,\"schema\":1,"
        "\"source\":{\"title\":\"a\\/b\"},\"type\":\"share_move\"}",
        "{\"companies\":[],\"data\":{\"percent\":1},\"occurred_on\":null,\"schema\":1,"
        "\"source\":{\"title\":\"tab\there\"},\"type\":\"share_move\"}",
        "{\"companies\":[],\"data\":{\"percent\":1},\"occurred_on\":null,\"schema\":4294967297,"
        "\"source\":{},\"type\":\"share_move\"}",
        "{\"companies\":[],\"data\":{\"percent\":1},\"occurred_on\":null,"
        "\"source\":{},\"type\":\"share_move\"}",
        "{\"companies\":[],\"data\":{\"percent\":1},\"hash\":\"ab\",\"occurred_on\":null,"
        "\"schema\":1,\"source\":{},\"type\":\"share_move\"}",
        "{\"data\":{\"percent\":1},\"companies\":[],\"occurred_on\":null,\"schema\":1,"
        "\"source\":{},\"type\":\"share_move\"}",
        "{\"companies\":[{\"role\":\"subject\",\"id\":\"AAPL\"}],\"data\":{\"percent\":1},"
        "\"occurred_on\":null,\"schema\":1,\"source\":{},\"type\":\"share_move\"}",
        "{\"companies\":[],\"data\":{\"percent\":1,\"instrument\":\"shares\"},"
        "\"occurred_on\":null,\"schema\":1,\"source\":{},\"type\":\"share_move\"}",
        "{\"companies\":[],\"data\":{\"percent\":1},\"occurred_on\":null,\"schema\":1,"
        "\"source\":{\"name\":\"a\",\"doc\":\"b\"},\"type\":\"share_move\"}",
        "{\"companies\":[],\"data\":{\"percent\":1},\"occurred_on\":null,\"schema\":1,"
        "\"seq\":7,\"seq\":8,\"source\":{},\"type\":\"share_move\"}",
    };
    size_t vouched_bodies = 0, tried = 0;
    fixture_t f;
    (void)state;

    seed_awkward(&f);
    f.evs.items[1].seq = 42;
    for (size_t i = 0; i < f.evs.n; i++) {
        buf_t a, m;
        int vouched = 0;
        buf_init(&a);
        buf_init(&m);
        assert_int_equal(event_canon(&f.evs.items[i], EVENT_CANON_FULL, &a), 0);
        assert_int_equal(canon_agrees(a.data, a.len, &vouched), 1);
        vouched_bodies += (size_t)vouched;
        for (size_t at = 0; at < a.len; at++) {
            for (int kind = 0; kind < (int)sizeof repl + 1; kind++) {
                buf_reset(&m);
                buf_append(&m, a.data, at);
                if (kind == 0) {        /* deleted */
                } else if (kind == 1) { /* doubled */
                    buf_append(&m, a.data + at, 1);
                    buf_append(&m, a.data + at, 1);
                } else {
                    if (repl[kind - 2] == a.data[at]) continue;
                    buf_append(&m, &repl[kind - 2], 1);
                }
                buf_append(&m, a.data + at + 1, a.len - at - 1);
                vouched = 0;
                if (canon_agrees(m.data, m.len, &vouched) == 0 && vouched)
                    fail_msg("vouched for a body that is not canonical: %s", m.data);
                tried++;
            }
        }
        buf_release(&a);
        buf_release(&m);
    }
    assert_int_equal(vouched_bodies, f.evs.n);
    assert_true(tried > 1000);
    for (size_t i = 0; i < sizeof near / sizeof *near; i++) {
        int vouched = 1, got = canon_agrees(near[i], strlen(near[i]), &vouched);
        if (got == 0 && vouched) fail_msg("vouched for near miss %zu: %s", i, near[i]);
        if (got == 1) fail_msg("near miss %zu is canonical after all: %s", i, near[i]);
    }
    fixture_release(&f);
}

/* Catches every projection of st up (or rebuilds them); returns the events read. */
static long long store_catch_up(store_t *st, int rebuild)
{
    proj_opts_t o = {0};
    long long applied = -1;
    err_t e = {0};

    o.rebuild = rebuild;
    if (proj_run(&st->rm, &st->log, &o, &applied, &e)) fail_msg("%s", e.msg);
    return applied;
}

/* The SQLite store through its ports: catch-up, rows, name resolution, retraction, rebuild. */
static void test_sqlite_store(void **state)
{
    char path[] = "/tmp/seismo-test-proj-XXXXXX";
    char dbpath[64], wal[80], shm[80];
    store_opts_t o = {STORE_OPEN_CREATE, STORE_DURABLE_NORMAL};
    store_t *st = NULL;
    fixture_t f;
    event_list_t b;
    eventlog_result_t res;
    proj_rows_t r;
    err_t e = {0};
    char *id = NULL;
    int fd;
    (void)state;

    fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    unlink(path);
    snprintf(dbpath, sizeof dbpath, "%s.db", path);
    assert_int_equal(store_open(dbpath, &o, &st, &e), 0);
    assert_non_null(sqstore_db(st));
    fixture_init(&f);
    seed(&f);
    event_list_init(&b);
    for (size_t i = 0; i < f.evs.n; i++) {
        event_t c;
        assert_int_equal(event_copy(&c, &f.evs.items[i]), 0);
        mem_free(c.id);
        c.id = NULL;
        c.seq = 0;
        assert_int_equal(event_list_push(&b, &c), 0);
    }
    assert_int_equal(eventlog_append(&st->log, &b, EVENTLOG_NO_EXPECTED, &res, &e), 0);
    assert_int_equal(store_catch_up(st, 0), 13);

    proj_rows_init(&r);
    assert_int_equal(readmodel_rows(&st->rm, "AAPL", &r, &e), 0);
    assert_int_equal(r.n, 7);
    assert_string_equal(r.items[0].id, b.items[0].id);
    proj_rows_release(&r);

    assert_int_equal(names_resolve(&st->rm, "apple", &id, &e), 0);
    assert_string_equal(id, "AAPL");
    mem_free(id);
    assert_int_equal(names_resolve(&st->rm, "ALIBABA", &id, &e), 0);
    assert_string_equal(id, "BABA");
    mem_free(id);
    assert_int_equal(names_resolve(&st->rm, "appel", &id, &e), ERR_NOTFOUND);
    assert_null(id);
    assert_non_null(strstr(e.msg, "AAPL"));

    /* retract the AAPL share move: its row goes */
    {
        event_list_t rb;
        event_t *ev;
        event_list_init(&rb);
        ev = event_list_add(&rb);
        ev->type = EVENT_RETRACTION;
        event_set_str(ev, "target", b.items[5].id);
        event_set_str(ev, "reason", "test");
        assert_int_equal(eventlog_append(&st->log, &rb, EVENTLOG_NO_EXPECTED, &res, &e), 0);
        event_list_release(&rb);
    }
    assert_int_equal(store_catch_up(st, 0), 1);
    assert_int_equal(readmodel_rows(&st->rm, "AAPL", &r, &e), 0);
    assert_int_equal(r.n, 6);
    for (size_t i = 0; i < r.n; i++) assert_int_not_equal(r.items[i].type, EVENT_SHARE_MOVE);
    proj_rows_release(&r);
    assert_int_equal(store_catch_up(st, 1), 14);
    assert_int_equal(readmodel_rows(&st->rm, NULL, &r, &e), 0);
    assert_int_equal(r.n, 19); /* 20 (event, company) rows less the retracted one */
    proj_rows_release(&r);
    {
        proj_status_t ps[8];
        assert_int_equal(proj_status(&st->rm, ps, &e), 0);
        assert_string_equal(ps[0].name, "timeline");
        assert_int_equal(ps[0].last_seq, 14);
        assert_int_equal(ps[0].stored, 1);
        /* prices folds only price imports, yet its checkpoint reaches the head */
        assert_string_equal(ps[2].name, "prices");
        assert_int_equal(ps[2].last_seq, 14);
    }
    event_list_release(&b);
    store_close(st);
    fixture_release(&f);
    snprintf(wal, sizeof wal, "%s-wal", dbpath);
    snprintf(shm, sizeof shm, "%s-shm", dbpath);
    unlink(dbpath);
    unlink(wal);
    unlink(shm);
}

/* Opens a fresh SQLite store at a temporary path (written into dbpath). */
static store_t *open_tmp_store(char dbpath[64])
{
    char path[] = "/tmp/seismo-test-proj-XXXXXX";
    store_opts_t o = {STORE_OPEN_CREATE, STORE_DURABLE_NORMAL};
    store_t *st = NULL;
    err_t e = {0};
    int fd = mkstemp(path);

    assert_true(fd >= 0);
    close(fd);
    unlink(path);
    snprintf(dbpath, 64, "%s.db", path);
    assert_int_equal(store_open(dbpath, &o, &st, &e), 0);
    return st;
}

static void remove_tmp_store(const char *dbpath)
{
    char p[80];
    unlink(dbpath);
    snprintf(p, sizeof p, "%s-wal", dbpath);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", dbpath);
    unlink(p);
}

static void assert_same_rows(const proj_rows_t *a, const proj_rows_t *b)
{
    assert_int_equal(a->n, b->n);
    for (size_t i = 0; i < a->n; i++) {
        const proj_row_t *x = &a->items[i], *y = &b->items[i];
        assert_int_equal(x->seq, y->seq);
        assert_string_equal(x->id, y->id);
        assert_string_equal(x->company, y->company);
        assert_int_equal(x->type, y->type);
        assert_string_equal(x->occurred_on, y->occurred_on);
        assert_int_equal(x->has_pct, y->has_pct);
        if (x->has_pct) assert_true(x->pct == y->pct);
        assert_true((x->metric == NULL) == (y->metric == NULL));
        if (x->metric) assert_string_equal(x->metric, y->metric);
        assert_true((x->region == NULL) == (y->region == NULL));
        if (x->region) assert_string_equal(x->region, y->region);
        assert_string_equal(x->others, y->others);
        assert_string_equal(x->figure, y->figure);
        assert_string_equal(x->text, y->text);
    }
}

/* A rebuild writes the timeline many rows to a statement: the same rows as
 * catching up event by event (a few rows to a statement), with NULLs,
 * undated events, events of three companies, and retractions of rows still
 * waiting to be written. */
static void test_sqlite_bulk_rows(void **state)
{
    static const char *const cos[] = {"AAPL", "BABA", "MSFT", "NVDA", "TSLA"};
    char dbpath[64];
    store_t *st = open_tmp_store(dbpath);
    proj_rows_t a, b;
    err_t e = {0};
    char ids[200][65];
    int n = 0;
    (void)state;

    for (int i = 0; i < 200; i++) {
        event_list_t l;
        event_t *ev;
        char date[16];
        event_list_init(&l);
        snprintf(date, sizeof date, "2025-%02u-%02u", 1 + (unsigned)i % 12, 1 + (unsigned)i % 28);
        if (i % 17 == 16 && n > 3) {
            /* retract an earlier event (the rebuild still holds its rows) */
            ev = event_list_add(&l);
            ev->type = EVENT_RETRACTION;
            event_set_str(ev, "target", ids[n - 2]);
            event_set_str(ev, "reason", "test");
        } else if (i % 3 == 0) {
            ev = ev_add(&l, EVENT_SHARE_MOVE, i % 5 ? date : NULL, cos[i % 5], NULL, NULL, NULL);
            event_set_num(ev, "percent", i - 5.25);
        } else if (i % 3 == 1) {
            ev = ev_add(&l, EVENT_METRIC_CHANGE, date, cos[i % 5], NULL, cos[(i + 1) % 5], NULL);
            event_set_str(ev, "metric", "revenue");
            if (i % 2) event_set_str(ev, "region", "China");
            event_set_num(ev, "percent", i * 0.5);
        } else {
            ev = ev_add(&l, EVENT_PARTNERSHIP, i % 4 ? date : NULL, cos[i % 5], NULL,
                        cos[(i + 2) % 5], NULL);
            event_add_company(ev, cos[(i + 3) % 5], NULL, NULL, "partner");
            snprintf(date, sizeof date, "R%d", i); /* every event its own id */
            event_set_str(ev, "region", date);
        }
        if (eventlog_append(&st->log, &l, EVENTLOG_NO_EXPECTED, NULL, &e)) fail_msg("%s", e.msg);
        snprintf(ids[n++], 65, "%s", l.items[0].id);
        event_list_release(&l);
        {
            long long got = store_catch_up(st, 0);
            if (got != 1) fail_msg("catch-up of event %d: %lld", i, got);
        }
    }
    proj_rows_init(&a);
    proj_rows_init(&b);
    assert_int_equal(readmodel_rows(&st->rm, NULL, &a, &e), 0);
    assert_true(a.n > 150);
    assert_int_equal(store_catch_up(st, 1), 200);
    assert_int_equal(readmodel_rows(&st->rm, NULL, &b, &e), 0);
    assert_same_rows(&a, &b);
    proj_rows_release(&a);
    proj_rows_release(&b);
    store_close(st);
    remove_tmp_store(dbpath);
}

/* Timeline rows wait grouped by company (the exact id: companies that differ
 * in case only, or one a prefix of another, are groups of their own) and go
 * out in key order: with more companies than the first group table holds,
 * retractions of rows still waiting, a first catch-up into empty read models
 * (rows held to the commit), a second one onto rows already written (rows in
 * batches), and a rebuild, the rows are the same and as many as expected. */
static void test_sqlite_grouped_rows(void **state)
{
    static const char *const others[] = {"AB", "ab", "ABC", "A", "Ab"};
    enum { N = 1400 };
    char dbpath[64];
    store_t *st = open_tmp_store(dbpath);
    proj_rows_t a, b;
    err_t e = {0};
    static char ids[N][65];
    static int kind[N]; /* 1: two rows on the timeline, 2: retracted, 0: a retraction */
    size_t expected = 0;
    (void)state;

    /* appended 50 at a time (a retraction's target is 90 events before it,
     * so always in an earlier append); caught up after 500 and at the end */
    for (int start = 0; start < N; start += 50) {
        int end = start + 50;
        event_list_t l;
        event_list_init(&l);
        for (int i = start; i < end; i++) {
            char c1[16];
            event_t *ev;
            if (i % 97 == 96) {
                ev = event_list_add(&l);
                assert_non_null(ev);
                ev->type = EVENT_RETRACTION;
                event_set_str(ev, "target", ids[i - 90]);
                event_set_str(ev, "reason", "test");
                kind[i] = 0;
                kind[i - 90] = 2;
                continue;
            }
            snprintf(c1, sizeof c1, "K%04d", i);
            ev = ev_add(&l, EVENT_SHARE_MOVE, "2025-03-01", c1, NULL, others[i % 5], NULL);
            event_set_num(ev, "percent", i * 0.25);
            kind[i] = 1;
        }
        if (eventlog_append(&st->log, &l, EVENTLOG_NO_EXPECTED, NULL, &e)) fail_msg("%s", e.msg);
        for (int i = start; i < end; i++) snprintf(ids[i], 65, "%s", l.items[i - start].id);
        event_list_release(&l);
        if (end == 500) assert_int_equal(store_catch_up(st, 0), 500);
        if (end == N) assert_int_equal(store_catch_up(st, 0), N - 500);
    }
    for (int i = 0; i < N; i++) expected += kind[i] == 1 ? 2 : 0;
    proj_rows_init(&a);
    proj_rows_init(&b);
    assert_int_equal(readmodel_rows(&st->rm, NULL, &a, &e), 0);
    assert_int_equal(a.n, expected);
    for (size_t k = 0; k < 5; k++) { /* each of the five ids keeps its own rows */
        size_t want = 0, got = 0;
        for (int i = 0; i < N; i++) want += kind[i] == 1 && i % 5 == (int)k;
        for (size_t r = 0; r < a.n; r++) got += strcmp(a.items[r].company, others[k]) == 0;
        assert_int_equal(got, want);
    }
    assert_int_equal(store_catch_up(st, 1), N);
    assert_int_equal(readmodel_rows(&st->rm, NULL, &b, &e), 0);
    assert_same_rows(&a, &b);
    proj_rows_release(&a);
    proj_rows_release(&b);
    store_close(st);
    remove_tmp_store(dbpath);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_timeline_order),
        cmocka_unit_test(test_undated_after_dated),
        cmocka_unit_test(test_seed_summary_and_reactions),
        cmocka_unit_test(test_reaction_window_and_compounding),
        cmocka_unit_test(test_summary_math),
        cmocka_unit_test(test_retraction_leaves_read_models),
        cmocka_unit_test(test_catch_up_and_version_change),
        cmocka_unit_test(test_failure_applies_nothing),
        cmocka_unit_test(test_only_one_projection),
        cmocka_unit_test(test_price_import_not_on_timelines),
        cmocka_unit_test(test_prices_alone_with_hint),
        cmocka_unit_test(test_reaction_trading_days),
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_out_of_memory),
        cmocka_unit_test(test_fast_decode),
        cmocka_unit_test(test_fast_decode_canonical),
        cmocka_unit_test(test_fast_decode_numbers),
        cmocka_unit_test(test_sqlite_store),
        cmocka_unit_test(test_sqlite_bulk_rows),
        cmocka_unit_test(test_sqlite_grouped_rows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
