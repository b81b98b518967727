/* bench_proj: projection rebuild throughput beside a bare scan of the events
 * table, and timeline query latency for a company with 10,000 events.
 *
 * usage: bench_proj DB [EVENTS [COMPANIES]]
 *        bench_proj gen DB [EVENTS [COMPANIES]]   (only make the log)
 * DB is generated when it does not hold EVENTS events yet (kept between runs:
 * generating 1,000,000 events takes a while), with a realistic mix of types
 * over COMPANIES companies; company HOT appears in 10,000 of them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "adapters/sqlite/db.h"
#include "adapters/sqlite/sqstore.h"
#include "adapters/store/store.h"
#include "core/readmodel.h"
#include "core/date.h"
#include "core/mem.h"
#include "core/proj.h"
#include "core/projmath.h"

#define HOT_EVENTS 10000
#define BATCH      20000

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static unsigned long long rng = 88172645463325252ULL;
static unsigned long long rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static void die(const char *what, const err_t *e)
{
    fprintf(stderr, "bench_proj: %s: %s\n", what, e && e->msg[0] ? e->msg : "failed");
    exit(1);
}

static void company(event_t *ev, long n, long ncompanies, const char *role)
{
    char id[24], name[40];

    if (n < 0) {
        event_add_company(ev, "HOT", "Hot Corp", "HOT", role);
        return;
    }
    snprintf(id, sizeof id, "C%04ld", n % ncompanies);
    snprintf(name, sizeof name, "Company %ld", n % ncompanies);
    event_add_company(ev, id, name, id, role);
}

/* Fills ev with generated event i. */
static void generate(event_t *ev, long i, long total, long ncompanies, char ids[][65], long nids)
{
    static const char *const metrics[] = {"revenue", "iphone_sales", "users", "margin"};
    static const char *const regions[] = {"China", "US", "Europe", "India"};
    unsigned r = (unsigned)(rnd() % 1000);
    long hot_every = total / HOT_EVENTS;
    long c1 = (long)(rnd() % (unsigned long long)ncompanies),
         c2 = (c1 + 1 + (long)(rnd() % 50)) % ncompanies;
    char sentence[160], date[11];
    int two = 0;

    event_init(ev);
    date_format_iso(date_from_ymd(2015, 1, 1) + (long)(rnd() % 3650), date);
    if (rnd() % 20) memcpy(ev->occurred_on, date, 11); /* 5% undated */
    if (r < 1 && nids > 0) {
        ev->type = EVENT_RETRACTION;
        event_set_str(ev, "target", ids[rnd() % (unsigned long long)nids]);
        event_set_str(ev, "reason", "benchmark correction");
        return;
    } else if (r < 350) {
        ev->type = EVENT_SHARE_MOVE;
        event_set_num(ev, "percent", (double)((long)(rnd() % 2001) - 1000) / 100.0);
        event_set_str(ev, "instrument", "shares");
    } else if (r < 450) {
        ev->type = EVENT_METRIC_CHANGE;
        event_set_str(ev, "metric", metrics[rnd() % 4]);
        event_set_str(ev, "region", regions[rnd() % 4]);
        event_set_num(ev, "percent", (double)((long)(rnd() % 4001) - 2000) / 100.0);
    } else if (r < 550) {
        ev->type = EVENT_PARTNERSHIP;
        event_set_str(ev, "region", regions[rnd() % 4]);
        two = 1;
    } else if (r < 600) {
        ev->type = EVENT_PARTNERSHIP_REJECTED;
        event_set_str(ev, "reason", "did not meet standards");
        two = 1;
    } else if (r < 650) {
        ev->type = EVENT_REGULATORY_FILING;
        event_set_str(ev, "regulator", "SEC");
        event_set_str(ev, "status", "submitted");
    } else if (r < 700) {
        ev->type = EVENT_REGULATORY_APPROVAL;
        event_set_str(ev, "regulator", "FTC");
        event_set_str(ev, "status", "approved");
    } else if (r < 780) {
        ev->type = EVENT_ACQUISITION;
        event_set_num(ev, "amount", (double)(1 + rnd() % 100) * 1e8);
        event_set_str(ev, "currency", "USD");
        event_set_str(ev, "status", "announced");
        two = 1;
    } else if (r < 850) {
        ev->type = EVENT_INVESTMENT;
        event_set_num(ev, "amount", (double)(1 + rnd() % 100) * 1e7);
        event_set_str(ev, "currency", "USD");
        event_set_str(ev, "status", "completed");
        two = 1;
    } else if (r < 930) {
        ev->type = EVENT_PRODUCT_ANNOUNCEMENT;
        event_set_str(ev, "product", "a new model");
    } else {
        ev->type = EVENT_CORPORATE_EVENT;
        event_set_str(ev, "name", "Developer Conference");
        event_set_str(ev, "location", "Shanghai");
    }
    company(ev, (hot_every && i % hot_every == 0) ? -1 : c1, ncompanies, "subject");
    if (two) company(ev, c2, ncompanies, "partner");
    snprintf(sentence, sizeof sentence,
             "Generated sentence number %ld about %s, long enough to look like a real one.", i,
             ev->companies[0].id);
    event_set_string(&ev->source.name, "bench.txt");
    event_set_string(&ev->source.sentence, sentence);
    ev->source.offset = i * 100;
    ev->source.length = 100;
}

static long long head_of(eventlog_t *log)
{
    long long seq;
    char hash[65];
    err_t e = {0};
    if (eventlog_head(log, &seq, hash, &e)) die("head", &e);
    return seq;
}

static void fill(eventlog_t *log, long total, long ncompanies)
{
    static char ids[4096][65];
    long nids = 0;
    double t0 = now_s();
    err_t e = {0};

    fprintf(stderr, "bench_proj: generating %ld events over %ld companies...\n", total, ncompanies);
    for (long i = 0; i < total;) {
        event_list_t batch;
        eventlog_result_t res;
        event_list_init(&batch);
        for (long k = 0; k < BATCH && i < total; k++, i++) {
            event_t ev;
            generate(&ev, i, total, ncompanies, ids, nids);
            event_list_push(&batch, &ev);
        }
        if (eventlog_append(log, &batch, EVENTLOG_NO_EXPECTED, &res, &e)) die("append", &e);
        for (size_t k = 0; k < batch.n; k += 97) {
            if (batch.items[k].type == EVENT_RETRACTION || !batch.items[k].id) continue;
            memcpy(ids[nids % 4096], batch.items[k].id, 65);
            ids[nids % 4096][64] = '\0';
            nids = nids < 4096 ? nids + 1 : nids;
        }
        event_list_release(&batch);
    }
    fprintf(stderr, "bench_proj: generated in %.1f s\n", now_s() - t0);
}

static double scan_baseline(db_t *d, long long *rows)
{
    sqlite3_stmt *st = NULL;
    double t0 = now_s();
    size_t bytes = 0;

    *rows = 0;
    if (sqlite3_prepare_v2(db_handle(d),
                           "SELECT seq, body, prev_hash, hash FROM events ORDER BY seq", -1, &st,
                           NULL) != SQLITE_OK)
        die("prepare scan", NULL);
    while (sqlite3_step(st) == SQLITE_ROW) {
        bytes += (size_t)sqlite3_column_bytes(st, 1) + (size_t)sqlite3_column_bytes(st, 3);
        (*rows)++;
    }
    sqlite3_finalize(st);
    if (!bytes) die("scan read nothing", NULL);
    return now_s() - t0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    long total = argc > 2 ? atol(argv[2]) : 1000000, ncompanies = argc > 3 ? atol(argv[3]) : 2000;
    double scan_s, rebuild_s, lat[200];
    long long rows = 0, applied = 0;
    store_opts_t so = {STORE_OPEN_CREATE, STORE_DURABLE_NORMAL};
    proj_opts_t po = {0};
    err_t e = {0};
    eventlog_t log;
    store_t *st, *rst;
    db_t *d;

    int gen_only = argc > 1 && strcmp(argv[1], "gen") == 0;

    if (gen_only) {
        argv++;
        argc--;
        total = argc > 2 ? atol(argv[2]) : 1000000;
        ncompanies = argc > 3 ? atol(argv[3]) : 2000;
    }
    if (argc < 2) {
        fprintf(stderr, "usage: bench_proj [gen] DB [EVENTS [COMPANIES]]\n");
        return 64;
    }
    if (store_open(argv[1], &so, &st, &e)) die("open", &e);
    log = st->log;
    d = sqstore_db(st); /* the bare SQLite scan of the baseline */
    /* A log generated by an earlier run is reused (a few generated events can
     * coincide and be stored once, so the head may fall short of EVENTS). */
    if (head_of(&log) == 0)
        fill(&log, total, ncompanies);
    else if (head_of(&log) < total * 99 / 100 || head_of(&log) > total) {
        fprintf(stderr, "bench_proj: %s holds another log; remove it\n", argv[1]);
        return 1;
    }

    if (gen_only) {
        store_close(st);
        return 0;
    }
    scan_s = scan_baseline(d, &rows); /* warm the page cache, then measure */
    scan_s = scan_baseline(d, &rows);
    /* The rebuild on a store opened as `seismo rebuild` opens it (one thread,
     * the file mapped); the baseline stays a bare loop on an ordinary one. */
    so.flags = STORE_OPEN_SCAN;
    if (store_open(argv[1], &so, &rst, &e)) die("open", &e);
    {
        double t0 = now_s();
        po.rebuild = 1;
        if (proj_run(&rst->rm, &rst->log, &po, &applied, &e)) die("rebuild", &e);
        rebuild_s = now_s() - t0;
    }
    store_close(rst);
    printf("events:            %lld\n", rows);
    printf("baseline scan:     %.2f s  (%.0f events/s, SELECT seq, body, prev_hash, hash)\n",
           scan_s, (double)rows / scan_s);
    printf("rebuild (all):     %.2f s  (%.0f events/s, target >= 200000)\n", rebuild_s,
           (double)applied / rebuild_s);
    printf("ratio:             rebuild takes %.1fx the bare scan\n", rebuild_s / scan_s);

    for (int i = 0; i < 200; i++) {
        proj_rows_t r;
        double t0 = now_s();
        proj_rows_init(&r);
        if (readmodel_rows(&st->rm, "HOT", &r, &e)) die("timeline", &e);
        projmath_timeline_sort(r.items, r.n);
        lat[i] = now_s() - t0;
        if (i == 0) printf("timeline HOT:      %zu events\n", r.n);
        proj_rows_release(&r);
    }
    qsort(lat, 200, sizeof *lat, cmp_double);
    printf("timeline latency:  median %.2f ms, p99 %.2f ms (200 queries, in-process)\n",
           lat[100] * 1e3, lat[198] * 1e3);
    store_close(st);
    return 0;
}
