/* Append throughput of the event log beside a bare SQLite loop inserting the
 * same rows (same columns, indexes, prepared statements, transaction size). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "adapters/crypto/hash.h"
#include "adapters/sqlite/db.h"
#include "adapters/store/store.h"
#include "core/date.h"
#include "core/mem.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void rm_db(const char *p)
{
    char q[600];
    unlink(p);
    snprintf(q, sizeof q, "%s-wal", p);
    unlink(q);
    snprintf(q, sizeof q, "%s-shm", p);
    unlink(q);
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

static int die(const err_t *e)
{
    fprintf(stderr, "bench_log: %s\n", e->msg);
    exit(1);
}

/* Appends total events in batches of size through seismo; returns events/s. */
static double run_seismo(const char *path, db_durability_t dur, long total, long size)
{
    store_opts_t o = {STORE_OPEN_CREATE,
                      dur == DB_DURABLE_NORMAL ? STORE_DURABLE_NORMAL : STORE_DURABLE_FULL};
    store_t *st;
    err_t e = {0};
    double t0, spent = 0;

    rm_db(path);
    if (store_open(path, &o, &st, &e)) die(&e);
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

typedef struct row_s {
    long long seq;
    char *id, *type, *occ, *rec, *body, *prev, *hash;
    char *co[2], *role[2];
    int nco;
} row_t;

static char *dup_col(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? strdup((const char *)t) : NULL;
}

/* Reads back the rows seismo wrote, so that the bare loop inserts the same. */
static row_t *load_rows(const char *path, long total)
{
    sqlite3 *h;
    sqlite3_stmt *st, *cs;
    row_t *rows = calloc((size_t)total, sizeof *rows);
    long n = 0;

    sqlite3_open(path, &h);
    sqlite3_prepare_v2(
        h,
        "SELECT seq,id,type,occurred_on,recorded_at,body,prev_hash,hash FROM events ORDER BY seq",
        -1, &st, NULL);
    sqlite3_prepare_v2(h, "SELECT company, role FROM event_companies WHERE seq = ?", -1, &cs, NULL);
    while (n < total && sqlite3_step(st) == SQLITE_ROW) {
        row_t *r = &rows[n++];
        r->seq = sqlite3_column_int64(st, 0);
        r->id = dup_col(st, 1), r->type = dup_col(st, 2), r->occ = dup_col(st, 3);
        r->rec = dup_col(st, 4), r->body = dup_col(st, 5), r->prev = dup_col(st, 6);
        r->hash = dup_col(st, 7);
        sqlite3_bind_int64(cs, 1, r->seq);
        while (sqlite3_step(cs) == SQLITE_ROW && r->nco < 2) {
            r->co[r->nco] = dup_col(cs, 0);
            r->role[r->nco++] = dup_col(cs, 1);
        }
        sqlite3_reset(cs);
    }
    sqlite3_finalize(st);
    sqlite3_finalize(cs);
    sqlite3_close(h);
    return rows;
}

static void free_rows(row_t *rows, long total)
{
    for (long i = 0; i < total; i++) {
        row_t *r = &rows[i];
        free(r->id), free(r->type), free(r->occ), free(r->rec), free(r->body), free(r->prev);
        free(r->hash);
        for (int j = 0; j < r->nco; j++) free(r->co[j]), free(r->role[j]);
    }
    free(rows);
}

/* Inserts rows in transactions of size with prepared statements; returns rows/s. */
static double run_bare(const char *path, db_durability_t dur, row_t *rows, long total, long size)
{
    db_t *db;
    err_t e = {0};
    sqlite3 *h;
    sqlite3_stmt *ins, *ic;
    double t0;

    rm_db(path);
    /* Same schema, WAL and synchronous setting as seismo's own database. */
    if (db_open(path, DB_OPEN_CREATE, dur, &db, &e)) die(&e);
    h = db_handle(db);
    sqlite3_prepare_v2(
        h,
        "INSERT INTO events (seq,id,type,occurred_on,recorded_at,body,prev_hash,hash) VALUES "
        "(?,?,?,?,?,?,?,?)",
        -1, &ins, NULL);
    sqlite3_prepare_v2(h, "INSERT INTO event_companies (company, seq, role) VALUES (?,?,?)", -1,
                       &ic, NULL);
    t0 = now_s();
    for (long done = 0; done < total; done += size) {
        sqlite3_exec(h, "BEGIN IMMEDIATE", NULL, NULL, NULL);
        for (long i = done; i < done + size; i++) {
            row_t *r = &rows[i];
            sqlite3_bind_int64(ins, 1, r->seq);
            sqlite3_bind_text(ins, 2, r->id, -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 3, r->type, -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 4, r->occ, -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 5, r->rec, -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 6, r->body, -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 7, r->prev, -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 8, r->hash, -1, SQLITE_STATIC);
            if (sqlite3_step(ins) != SQLITE_DONE) fprintf(stderr, "bare insert failed\n"), exit(1);
            sqlite3_reset(ins);
            for (int j = 0; j < r->nco; j++) {
                sqlite3_bind_text(ic, 1, r->co[j], -1, SQLITE_STATIC);
                sqlite3_bind_int64(ic, 2, r->seq);
                sqlite3_bind_text(ic, 3, r->role[j], -1, SQLITE_STATIC);
                sqlite3_step(ic);
                sqlite3_reset(ic);
            }
        }
        if (sqlite3_exec(h, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
            fprintf(stderr, "commit\n"), exit(1);
    }
    t0 = now_s() - t0;
    sqlite3_finalize(ins);
    sqlite3_finalize(ic);
    db_close(db);
    return (double)total / t0;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "/tmp";
    static const long sizes[] = {1, 100, 10000};
    char p1[512], p2[512];

    json_set_alloc_funcs(mem_alloc, mem_free);
    hash_init();
    snprintf(p1, sizeof p1, "%s/bench-seismo.db", dir);
    snprintf(p2, sizeof p2, "%s/bench-bare.db", dir);
    printf("%-7s %-7s %9s %14s %14s %7s\n", "batch", "sync", "events", "seismo ev/s", "bare ev/s",
           "ratio");
    for (int d = 0; d < 2; d++) {
        for (int s = 0; s < 3; s++) {
            long size = sizes[s];
            long total = size == 1 ? (d == 0 ? 2000 : 10000) : size == 100 ? 50000 : 200000;
            double a = run_seismo(p1, (db_durability_t)d, total, size);
            row_t *rows = load_rows(p1, total);
            double b = run_bare(p2, (db_durability_t)d, rows, total, size);
            free_rows(rows, total);
            printf("%-7ld %-7s %9ld %14.0f %14.0f %7.2f\n", size, d ? "NORMAL" : "FULL", total, a,
                   b, a / b);
            fflush(stdout);
        }
    }
    rm_db(p1);
    rm_db(p2);
    return 0;
}
