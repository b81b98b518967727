/* sqlog: the event log port on SQLite (see core/eventlog.h and migrations/0001). */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../../core/buf.h"
#include "../../core/mem.h"
#include "db_internal.h"

struct sqlog_s {
    db_t *db;           /* borrowed: the log lives inside its db */
    sqlite3_stmt *head; /* owned prepared statements */
    sqlite3_stmt *head_row;
    sqlite3_stmt *ins_event;
    sqlite3_stmt *ins_company;
    sqlite3_stmt *get;
    sqlite3_stmt *rec_get; /* the head record (log_head) */
    sqlite3_stmt *rec_put;
    /* The open append: the head row's prev_hash and body (a copy, NUL after
     * each), and the last record stored (seq 0 for none yet). */
    buf_t head_text;
    long long stored_seq;
    char stored_hash[65];
    /* What the last whole verify scan found out about the company index: the
     * least seq it names that is not in the log (0 for none), read in the
     * same snapshot as the events; orphans() answers with it once. */
    long long scan_orphan;
    int scan_orphan_known;
};

void sqlog_free(sqlog_t *s)
{
    if (!s) return;
    sqlite3_finalize(s->head);
    sqlite3_finalize(s->head_row);
    sqlite3_finalize(s->rec_get);
    sqlite3_finalize(s->rec_put);
    buf_release(&s->head_text);
    sqlite3_finalize(s->ins_event);
    sqlite3_finalize(s->ins_company);
    sqlite3_finalize(s->get);
    mem_free(s);
}

static const char *sqlog_text(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

static int sqlog_prepare(sqlog_t *s, sqlite3_stmt **st, const char *sql, err_t *e)
{
    int rc;

    if (*st) return 0;
    rc = sqlite3_prepare_v3(s->db->h, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
    return rc == SQLITE_OK ? 0 : db_error(s->db, rc, "preparing a statement", e);
}

static int sqlog_read_head(sqlog_t *s, long long *seq, char hash[65], err_t *e)
{
    int rc;

    if ((rc = sqlog_prepare(s, &s->head, "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1",
                            e)))
        return rc;
    *seq = 0;
    hash[0] = '\0';
    rc = sqlite3_step(s->head);
    if (rc == SQLITE_ROW) {
        const char *h = (const char *)sqlite3_column_text(s->head, 1);
        *seq = sqlite3_column_int64(s->head, 0);
        snprintf(hash, 65, "%s", h ? h : "");
        rc = SQLITE_DONE;
    }
    sqlite3_reset(s->head);
    return rc == SQLITE_DONE ? 0 : db_error(s->db, rc, "reading the log head", e);
}

/* Reads the head record into *has, *seq (-1 when the row is gone) and hash. */
static int sqlog_read_record(sqlog_t *s, int *has, long long *seq, char hash[65], err_t *e)
{
    int rc;

    *has = 0;
    *seq = 0;
    hash[0] = '\0';
    if (s->db->version < DB_VERSION_HEAD) return 0; /* read-only, or not yet migrated */
    if ((rc = sqlog_prepare(s, &s->rec_get, "SELECT seq, hash FROM log_head WHERE one = 1", e)))
        return rc;
    *has = 1;
    *seq = -1;
    rc = sqlite3_step(s->rec_get);
    if (rc == SQLITE_ROW) {
        const char *h = (const char *)sqlite3_column_text(s->rec_get, 1);
        *seq = sqlite3_column_int64(s->rec_get, 0);
        snprintf(hash, 65, "%s", h ? h : "");
        rc = SQLITE_DONE;
    }
    sqlite3_reset(s->rec_get);
    return rc == SQLITE_DONE ? 0 : db_error(s->db, rc, "reading the head record", e);
}

/* Reads, in the open append, the head row (with its prev_hash and body, copied
 * into s->head_text) and the head record into h. */
static int sqlog_read_head_full(sqlog_t *s, eventlog_head_t *h, err_t *e)
{
    sqlite3_stmt *st;
    int rc;

    if ((rc = sqlog_prepare(
             s, &s->head_row,
             "SELECT seq, hash, prev_hash, body FROM events ORDER BY seq DESC LIMIT 1", e)))
        return rc;
    st = s->head_row;
    buf_reset(&s->head_text);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *hash = sqlog_text(st, 1), *prev = sqlog_text(st, 2), *body = sqlog_text(st, 3);
        size_t nprev = prev ? strlen(prev) : 0, nbody = (size_t)sqlite3_column_bytes(st, 3);
        h->seq = sqlite3_column_int64(st, 0);
        snprintf(h->hash, sizeof h->hash, "%s", hash ? hash : "");
        rc = SQLITE_DONE;
        if ((!prev && sqlite3_column_type(st, 2) != SQLITE_NULL) ||
            (!body && sqlite3_column_type(st, 3) != SQLITE_NULL)) {
            sqlite3_reset(st);
            return err_set(e, ERR_NOMEM, "out of memory");
        }
        /* A NULL column (the schema says NOT NULL: damage) is lent as no
         * prev_hash, which the check refuses. */
        h->body = "";
        if (prev && body) {
            buf_append(&s->head_text, prev, nprev + 1);
            buf_append(&s->head_text, body, nbody + 1);
            if (s->head_text.oom) {
                sqlite3_reset(st);
                return err_set(e, ERR_NOMEM, "out of memory");
            }
            h->prev_hash = s->head_text.data;
            h->body = s->head_text.data + nprev + 1;
            h->body_len = nbody;
        }
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return db_error(s->db, rc, "reading the log head", e);
    return sqlog_read_record(s, &h->has_record, &h->record_seq, h->record_hash, e);
}

static int sqlog_append_begin(void *impl, eventlog_head_t *h, err_t *e)
{
    sqlog_t *s = impl;
    int rc;

    if (s->db->readonly) return err_set(e, ERR_READONLY, "database %s is read-only", s->db->path);
    if ((rc = sqlog_prepare(s, &s->ins_event,
                            "INSERT INTO events (seq, id, type, occurred_on, recorded_at, body, "
                            "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                            "ON CONFLICT (id) DO NOTHING",
                            e)) ||
        (rc = sqlog_prepare(s, &s->ins_company,
                            "INSERT OR IGNORE INTO event_companies (company, seq, role) "
                            "VALUES (?1, ?2, ?3)",
                            e)))
        return rc;
    /* BEGIN IMMEDIATE is the append lock: one writer at a time, the head read under it. */
    if ((rc = db_begin(s->db, e))) return rc;
    s->stored_seq = 0;
    if ((rc = sqlog_read_head_full(s, h, e))) db_rollback(s->db);
    return rc;
}

static int sqlog_append_put(void *impl, const eventlog_record_t *rec, int *stored, err_t *e)
{
    sqlog_t *s = impl;
    sqlite3_stmt *st = s->ins_event;
    const event_t *ev = rec->ev;
    int rc;

    sqlite3_bind_int64(st, 1, rec->seq);
    sqlite3_bind_text(st, 2, rec->id, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, rec->type, -1, SQLITE_STATIC);
    if (rec->occurred_on)
        sqlite3_bind_text(st, 4, rec->occurred_on, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, 4);
    sqlite3_bind_text(st, 5, rec->recorded_at, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, rec->body, (int)rec->body_len, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, rec->prev_hash, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, rec->hash, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return db_error(s->db, rc, "appending an event", e);
    *stored = sqlite3_changes(s->db->h) > 0;
    if (*stored) {
        s->stored_seq = rec->seq;
        snprintf(s->stored_hash, sizeof s->stored_hash, "%s", rec->hash);
    }
    for (size_t i = 0; *stored && ev && i < ev->ncompanies; i++) {
        sqlite3_stmt *c = s->ins_company;
        sqlite3_bind_text(c, 1, ev->companies[i].id, -1, SQLITE_STATIC);
        sqlite3_bind_int64(c, 2, rec->seq);
        if (ev->companies[i].role)
            sqlite3_bind_text(c, 3, ev->companies[i].role, -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(c, 3);
        rc = sqlite3_step(c);
        sqlite3_reset(c);
        if (rc != SQLITE_DONE) return db_error(s->db, rc, "indexing an event's companies", e);
    }
    return 0;
}

static int sqlog_append_commit(void *impl, err_t *e)
{
    sqlog_t *s = impl;
    int rc;

    /* The head record moves with the log, in the same transaction. */
    if (s->stored_seq && s->db->version >= DB_VERSION_HEAD) {
        if ((rc = sqlog_prepare(s, &s->rec_put,
                                "UPDATE log_head SET seq = ?1, hash = ?2 WHERE one = 1", e))) {
            db_rollback(s->db);
            return rc;
        }
        sqlite3_bind_int64(s->rec_put, 1, s->stored_seq);
        sqlite3_bind_text(s->rec_put, 2, s->stored_hash, -1, SQLITE_STATIC);
        rc = sqlite3_step(s->rec_put);
        sqlite3_reset(s->rec_put);
        if (rc != SQLITE_DONE) {
            rc = db_error(s->db, rc, "writing the head record", e);
            db_rollback(s->db);
            return rc;
        }
    }
    s->stored_seq = 0;
    return db_commit(s->db, e);
}

static void sqlog_append_rollback(void *impl)
{
    sqlog_t *s = impl;
    s->stored_seq = 0;
    db_rollback(s->db);
}

static int sqlog_recorded_head(void *impl, int *has, long long *seq, char hash[65], err_t *e)
{
    return sqlog_read_record(impl, has, seq, hash, e);
}

static int sqlog_head(void *impl, long long *seq, char hash[65], err_t *e)
{
    return sqlog_read_head(impl, seq, hash, e);
}

/* The columns every read of the log selects, in the order sqlog_record() reads them. */
#define SQLOG_COLS "e.seq, e.body, e.prev_hash, e.hash, e.id, e.type, e.occurred_on, e.recorded_at"
/* The same for a bulk scan, whose records need no more than seq and the body
 * (eventlog.h): SQLite copies every text column it hands out, and so does the
 * reader thread, a third of which were the four text columns before the
 * body; the two hashes after it are not needed either. */
#define SQLOG_BULK_COLS "e.seq, e.body, NULL, NULL, NULL, NULL, NULL, NULL"

/* Fills rec (caller storage) from the current row of st, borrowing its columns. */
static void sqlog_record(sqlite3_stmt *st, eventlog_record_t *rec)
{
    memset(rec, 0, sizeof *rec);
    rec->seq = sqlite3_column_int64(st, 0);
    rec->body = sqlog_text(st, 1);
    rec->body_len = (size_t)sqlite3_column_bytes(st, 1);
    rec->prev_hash = sqlog_text(st, 2);
    rec->hash = sqlog_text(st, 3);
    rec->id = sqlog_text(st, 4);
    rec->type = sqlog_text(st, 5);
    rec->occurred_on = sqlog_text(st, 6);
    rec->recorded_at = sqlog_text(st, 7);
}

/* A verify reads the company index beside the events: one cursor over
 * event_companies in seq order, walked in step with the scan, instead of one
 * lookup per event. On a scan of the whole log, an index row the walk passes
 * over names no event: the least such seq is the orphan, found in the same
 * pass instead of one lookup into events per index row. */
typedef struct sqlog_index_s {
    sqlite3_stmt *st; /* owned */
    int row;          /* st is on a row */
    long long orphan; /* least seq passed over without its event, 0 for none */
    buf_t text;       /* the companies of the current event, NUL-separated */
    const char **ids; /* owned array pointing into text */
    size_t cap;
} sqlog_index_t;

static int sqlog_index_open(sqlog_t *s, sqlog_index_t *x, long long after, err_t *e)
{
    int rc;

    memset(x, 0, sizeof *x);
    buf_init(&x->text);
    rc = sqlite3_prepare_v2(s->db->h,
                            "SELECT seq, company FROM event_companies WHERE seq > ?1 ORDER BY seq",
                            -1, &x->st, NULL);
    if (rc != SQLITE_OK) return db_error(s->db, rc, "reading the company index", e);
    sqlite3_bind_int64(x->st, 1, after > 0 ? after : INT64_MIN);
    rc = sqlite3_step(x->st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return db_error(s->db, rc, "reading the company index", e);
    x->row = rc == SQLITE_ROW;
    return 0;
}

static void sqlog_index_close(sqlog_index_t *x)
{
    sqlite3_finalize(x->st);
    buf_release(&x->text);
    mem_free(x->ids);
}

/* Reads the company index rows of seq into x->text (NUL-separated), *n of
 * them; rows of lower seqs, which name no event of the scan, are passed over
 * (orphans are found apart). */
static int sqlog_index_rows(sqlog_t *s, sqlog_index_t *x, long long seq, size_t *n, err_t *e)
{
    int rc = SQLITE_ROW;

    *n = 0;
    buf_reset(&x->text);
    while (x->row && sqlite3_column_int64(x->st, 0) <= seq) {
        long long at = sqlite3_column_int64(x->st, 0);
        if (at == seq) {
            const char *c = sqlog_text(x->st, 1);
            buf_append(&x->text, c ? c : "", strlen(c ? c : "") + 1);
            (*n)++;
        } else if (!x->orphan) {
            x->orphan = at;
        }
        rc = sqlite3_step(x->st);
        x->row = rc == SQLITE_ROW;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return db_error(s->db, rc, "reading the company index", e);
    if (x->text.oom) return err_set(e, ERR_NOMEM, "out of memory");
    return 0;
}

/* Points rec->companies at the n NUL-separated ids of text, through *ids
 * (owned, *cap entries, grown here). Returns 0 or ERR_NOMEM. */
static int sqlog_index_ids(const char *text, size_t n, const char ***ids, size_t *cap,
                           eventlog_record_t *rec, err_t *e)
{
    if (n > *cap) {
        const char **more = mem_realloc(*ids, n * sizeof *more);
        if (!more) return err_set(e, ERR_NOMEM, "out of memory");
        *ids = more;
        *cap = n;
    }
    for (size_t i = 0, off = 0; i < n; i++) {
        (*ids)[i] = text + off;
        off += strlen((*ids)[i]) + 1;
    }
    rec->companies = n ? *ids : NULL;
    rec->ncompanies = n;
    return 0;
}

/* Hands rec the company index rows of its seq, then each. */
static int sqlog_with_index(sqlog_t *s, sqlog_index_t *x, eventlog_record_t *rec,
                            eventlog_record_fn each, void *arg, err_t *e)
{
    size_t n;
    int rc;

    if ((rc = sqlog_index_rows(s, x, rec->seq, &n, e)) ||
        (rc = sqlog_index_ids(x->text.data, n, &x->ids, &x->cap, rec, e)))
        return rc;
    return each(arg, rec);
}

/* ---- read-ahead: a verify scan steps SQLite on a thread of its own ----------
 *
 * Stepping the log and the company index was two fifths of verify's main
 * thread, hashing and checking the bodies the rest. On a verify scan (whose
 * callback never uses the store: eventlog.h) a reader thread steps both
 * statements and copies the rows into batches, while the caller's thread hands
 * the batches to each in seq order; the two overlap when the machine has a
 * core to spare. The connection is used by the reader thread alone until it is
 * joined. Without a thread, the scan reads as before. */

#define SQLOG_AHEAD_BATCHES 3   /* one being read, one being checked, one spare */
#define SQLOG_AHEAD_ROWS    256 /* rows per batch */
#define SQLOG_NOFF          ((size_t)-1)

enum { SQLOG_AHEAD_COLS = 7 }; /* body, prev_hash, hash, id, type, occurred_on, recorded_at */

typedef struct sqlog_row_s {
    long long seq;
    size_t off[SQLOG_AHEAD_COLS]; /* into the batch's text; SQLOG_NOFF for NULL */
    size_t body_len;
    size_t companies; /* offset of the NUL-separated company ids */
    size_t ncompanies;
} sqlog_row_t;

typedef struct sqlog_batch_s {
    sqlog_row_t *rows; /* owned, SQLOG_AHEAD_ROWS of them */
    size_t n;
    buf_t text; /* the rows' columns, each NUL-terminated */
    int full;   /* read, waiting to be checked (under the lock) */
    int last;   /* the reader stopped after this batch, with rc */
} sqlog_batch_t;

typedef struct sqlog_ahead_s {
    sqlog_t *s;
    db_t *db;         /* borrowed: the connection of st, for its errors */
    sqlite3_stmt *st; /* borrowed */
    sqlog_index_t *idx;
    int ncols; /* columns after seq that st can hold (a bulk scan: the body only) */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    sqlog_batch_t b[SQLOG_AHEAD_BATCHES];
    int stop; /* the caller stopped: read no more */
    int rc;   /* the reader's result, with e */
    err_t e;
} sqlog_ahead_t;

/* Copies the current row of a->st and its company index rows into b. */
static int sqlog_ahead_put(sqlog_ahead_t *a, sqlog_batch_t *b, err_t *e)
{
    sqlog_row_t *r = &b->rows[b->n];
    size_t n = 0;
    int rc;

    r->seq = sqlite3_column_int64(a->st, 0);
    r->companies = 0;
    for (int c = 0; c < SQLOG_AHEAD_COLS; c++) {
        const char *t = c < a->ncols ? sqlog_text(a->st, c + 1) : NULL;
        size_t len = t ? (size_t)sqlite3_column_bytes(a->st, c + 1) : 0;
        r->off[c] = t ? b->text.len : SQLOG_NOFF;
        if (c == 0) r->body_len = t ? len : 0;
        if (t) buf_append(&b->text, t, len + 1); /* SQLite ends text with a NUL */
    }
    if (a->idx) {
        if ((rc = sqlog_index_rows(a->s, a->idx, r->seq, &n, e))) return rc;
        r->companies = b->text.len;
        buf_append(&b->text, a->idx->text.data ? a->idx->text.data : "", a->idx->text.len);
    }
    r->ncompanies = n;
    if (b->text.oom) return err_set(e, ERR_NOMEM, "out of memory");
    b->n++;
    return 0;
}

static void *sqlog_ahead_run(void *arg)
{
    sqlog_ahead_t *a = arg;
    err_t e = {0};
    int rc = 0;

    for (size_t k = 0;; k++) {
        sqlog_batch_t *b = &a->b[k % SQLOG_AHEAD_BATCHES];
        int stop, last;
        pthread_mutex_lock(&a->mu);
        while (b->full && !a->stop) pthread_cond_wait(&a->cv, &a->mu);
        stop = a->stop;
        pthread_mutex_unlock(&a->mu);
        if (stop) return NULL;
        b->n = 0;
        buf_reset(&b->text);
        last = 0;
        while (!last && b->n < SQLOG_AHEAD_ROWS) {
            if ((rc = sqlite3_step(a->st)) != SQLITE_ROW)
                last = 1, rc = rc == SQLITE_DONE ? 0 : db_error(a->db, rc, "reading events", &e);
            else if ((rc = sqlog_ahead_put(a, b, &e)))
                last = 1;
        }
        pthread_mutex_lock(&a->mu);
        b->full = 1;
        b->last = last;
        if (last) {
            a->rc = rc;
            a->e = e;
        }
        pthread_cond_broadcast(&a->cv);
        pthread_mutex_unlock(&a->mu);
        if (last) return NULL;
    }
}

static void sqlog_ahead_free(sqlog_ahead_t *a)
{
    for (int i = 0; i < SQLOG_AHEAD_BATCHES; i++) {
        mem_free(a->b[i].rows);
        buf_release(&a->b[i].text);
    }
}

/* Hands the rows of a (its reader started) to each, in order; stops the
 * reader and joins it. Returns each's first non-zero value or the reader's result. */
static int sqlog_ahead_each(sqlog_ahead_t *a, pthread_t th, eventlog_record_fn each, void *arg,
                            err_t *e)
{
    const char **ids = NULL;
    size_t cap = 0;
    int rc = 0;

    for (size_t k = 0; !rc; k++) {
        sqlog_batch_t *b = &a->b[k % SQLOG_AHEAD_BATCHES];
        int last;
        pthread_mutex_lock(&a->mu);
        while (!b->full) pthread_cond_wait(&a->cv, &a->mu);
        pthread_mutex_unlock(&a->mu);
        for (size_t i = 0; i < b->n && !rc; i++) {
            const sqlog_row_t *r = &b->rows[i];
            const char *col[SQLOG_AHEAD_COLS];
            eventlog_record_t rec;
            for (int c = 0; c < SQLOG_AHEAD_COLS; c++)
                col[c] = r->off[c] == SQLOG_NOFF ? NULL : b->text.data + r->off[c];
            memset(&rec, 0, sizeof rec);
            rec.seq = r->seq;
            rec.body = col[0];
            rec.body_len = r->body_len;
            rec.prev_hash = col[1];
            rec.hash = col[2];
            rec.id = col[3];
            rec.type = col[4];
            rec.occurred_on = col[5];
            rec.recorded_at = col[6];
            if (!a->idx || !(rc = sqlog_index_ids(b->text.data + r->companies, r->ncompanies, &ids,
                                                  &cap, &rec, e)))
                rc = each(arg, &rec);
        }
        last = b->last;
        pthread_mutex_lock(&a->mu);
        b->full = 0;
        if (rc) a->stop = 1;
        pthread_cond_broadcast(&a->cv);
        pthread_mutex_unlock(&a->mu);
        if (!rc && last) {
            if ((rc = a->rc)) *e = a->e;
            break;
        }
    }
    pthread_join(th, NULL);
    mem_free(ids);
    return rc;
}

/* Reads st (and idx, may be NULL) on a reader thread and hands the rows to
 * each; sets *ran (caller storage) to 0 when no thread could be started
 * (nothing was read: the caller reads as before). Only the first ncols columns after seq are read
 * (the rest are NULL). Returns the scan's result. */
static int sqlog_ahead(sqlog_t *s, db_t *db, sqlite3_stmt *st, sqlog_index_t *idx, int ncols,
                       eventlog_record_fn each, void *arg, int *ran, err_t *e)
{
    sqlog_ahead_t a;
    pthread_t th;
    int rc = 0;

    *ran = 0;
    memset(&a, 0, sizeof a);
    a.s = s;
    a.db = db;
    a.st = st;
    a.idx = idx;
    a.ncols = ncols;
    for (int i = 0; i < SQLOG_AHEAD_BATCHES; i++) {
        buf_init(&a.b[i].text);
        if (!(a.b[i].rows = mem_alloc(SQLOG_AHEAD_ROWS * sizeof *a.b[i].rows))) goto done;
    }
    if (pthread_mutex_init(&a.mu, NULL)) goto done;
    if (pthread_cond_init(&a.cv, NULL)) {
        pthread_mutex_destroy(&a.mu);
        goto done;
    }
    if (pthread_create(&th, NULL, sqlog_ahead_run, &a) == 0) {
        *ran = 1;
        rc = sqlog_ahead_each(&a, th, each, arg, e);
    }
    pthread_cond_destroy(&a.cv);
    pthread_mutex_destroy(&a.mu);
done:
    sqlog_ahead_free(&a);
    return rc;
}

/* Binds the parameters of q to st, prepared from the SQL sqlog_scan() builds. */
static void sqlog_scan_bind(sqlite3_stmt *st, const eventlog_query_t *q)
{
    int bind = 1;

    if (q->company) sqlite3_bind_text(st, bind++, q->company, -1, SQLITE_STATIC);
    /* a verify of the whole log reads rows below seq 1 too: only damage puts them there */
    sqlite3_bind_int64(st, bind++, q->after > 0 ? q->after : q->verify ? INT64_MIN : 0);
    for (size_t i = 0; i < q->ntypes; i++)
        sqlite3_bind_text(st, bind++, event_type_name(q->types[i]), -1, SQLITE_STATIC);
    if (q->since) sqlite3_bind_text(st, bind++, q->since, -1, SQLITE_STATIC);
    if (q->until) sqlite3_bind_text(st, bind++, q->until, -1, SQLITE_STATIC);
    if (q->limit > 0) sqlite3_bind_int64(st, bind++, q->limit);
}

/* A bulk scan (a rebuild) of at least this many events reads them ahead on
 * a connection of its own: opening one costs a millisecond or so. */
#define SQLOG_BULK_MIN 20000

/* Reads the head seq of connection h into *seq; returns 0 or an SQLite code. */
static int sqlog_head_of(sqlite3 *h, long long *seq)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(h, "SELECT max(seq) FROM events", -1, &st, NULL);

    *seq = 0;
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        *seq = sqlite3_column_int64(st, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc;
}

/* A bulk scan: steps sql (built for q) on a second, read-only connection, on
 * a reader thread of its own (sqlog_ahead), while the caller's thread hands
 * the rows to each; each may meanwhile use the store's own connection (a
 * rebuild writes its read models there). The second connection reads in a
 * snapshot of its own: it is used only when it sees the head the store's
 * connection sees, and the log being append-only (its triggers refuse
 * UPDATE and DELETE), the same head is the same events. Sets *ran (caller
 * storage) to 0 when the scan was not made here (nothing was read: the
 * caller reads as before). Returns the scan's result. */
static int sqlog_bulk(sqlog_t *s, const char *sql, const eventlog_query_t *q,
                      eventlog_record_fn each, void *arg, int *ran, err_t *e)
{
    db_t other;
    sqlite3 *h = NULL;
    sqlite3_stmt *st = NULL;
    long long head, head2;
    int rc = 0;

    *ran = 0;
    if (s->db->full || !s->db->path || !s->db->path[0] || strcmp(s->db->path, ":memory:") == 0 ||
        strncmp(s->db->path, "file:", 5) == 0)
        return 0;
    if (sqlog_head_of(s->db->h, &head) != SQLITE_OK ||
        head - (q->after > 0 ? q->after : 0) < SQLOG_BULK_MIN)
        return 0;
    if (sqlite3_open_v2(s->db->path, &h, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) !=
        SQLITE_OK)
        goto done;
    sqlite3_extended_result_codes(h, 1);
    sqlite3_busy_timeout(h, DB_BUSY_TIMEOUT_MS);
    sqlite3_exec(h, "PRAGMA mmap_size = 4294967296", NULL, NULL, NULL);
    if (sqlite3_exec(h, "BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
        sqlog_head_of(h, &head2) != SQLITE_OK || head2 != head ||
        sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK)
        goto done;
    sqlog_scan_bind(st, q);
    other = *s->db;
    other.h = h;
    rc = sqlog_ahead(s, &other, st, NULL, 1, each, arg, ran, e);
done:
    sqlite3_finalize(st);
    sqlite3_close(h); /* ends its read transaction */
    return rc;
}

static int sqlog_scan(void *impl, const eventlog_query_t *q, eventlog_record_fn each, void *arg,
                      err_t *e)
{
    sqlog_t *s = impl;
    sqlite3_stmt *st = NULL;
    sqlog_index_t idx;
    buf_t sql;
    int rc, whole = 0;

    memset(&idx, 0, sizeof idx);
    buf_init(&sql);
    if (q->company)
        buf_puts(&sql, "SELECT " SQLOG_COLS " FROM event_companies c "
                       "JOIN events e ON e.seq = c.seq WHERE c.company = ? AND c.seq > ?");
    else if (q->bulk && !q->verify)
        buf_puts(&sql, "SELECT " SQLOG_BULK_COLS " FROM events e WHERE e.seq > ?");
    else
        buf_puts(&sql, "SELECT " SQLOG_COLS " FROM events e WHERE e.seq > ?");
    if (q->ntypes) {
        buf_puts(&sql, " AND e.type IN (");
        for (size_t i = 0; i < q->ntypes; i++) buf_puts(&sql, i ? ",?" : "?");
        buf_puts(&sql, ")");
    }
    if (q->since) buf_puts(&sql, " AND e.occurred_on >= ?");
    if (q->until) buf_puts(&sql, " AND e.occurred_on <= ?");
    buf_puts(&sql, q->company ? " ORDER BY c.seq" : " ORDER BY e.seq");
    if (q->limit > 0) buf_puts(&sql, " LIMIT ?");
    if (sql.oom) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto done;
    }
    rc = sqlite3_prepare_v2(s->db->h, sql.data, -1, &st, NULL);
    if (rc != SQLITE_OK) {
        rc = db_error(s->db, rc, "querying events", e);
        goto done;
    }
    sqlog_scan_bind(st, q);
    whole = q->verify && !q->company && !q->ntypes && !q->since && !q->until && q->limit <= 0 &&
            q->after <= 0;
    s->scan_orphan_known = 0;
    if (q->verify && (rc = sqlog_index_open(s, &idx, q->after, e))) goto done;
    if (q->verify) {
        int ran;
        rc = sqlog_ahead(s, s->db, st, &idx, SQLOG_AHEAD_COLS, each, arg, &ran, e);
        if (ran) goto ended;
    } else if (q->bulk && !q->company) {
        int ran;
        rc = sqlog_bulk(s, sql.data, q, each, arg, &ran, e);
        if (ran) goto done;
    }
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        eventlog_record_t rec;
        sqlog_record(st, &rec);
        rc = q->verify ? sqlog_with_index(s, &idx, &rec, each, arg, e) : each(arg, &rec);
        if (rc) goto done;
    }
    rc = rc == SQLITE_DONE ? 0 : db_error(s->db, rc, "reading events", e);
ended:
    if (rc == 0 && whole) {
        /* index rows after the last event name no event either */
        s->scan_orphan = idx.orphan ? idx.orphan : idx.row ? sqlite3_column_int64(idx.st, 0) : 0;
        s->scan_orphan_known = 1;
    }
done:
    sqlog_index_close(&idx);
    sqlite3_finalize(st);
    buf_release(&sql);
    return rc;
}

static int sqlog_get(void *impl, const char *id, eventlog_record_fn each, void *arg, err_t *e)
{
    sqlog_t *s = impl;
    int rc;

    if ((rc = sqlog_prepare(s, &s->get, "SELECT " SQLOG_COLS " FROM events e WHERE e.id = ?1", e)))
        return rc;
    sqlite3_bind_text(s->get, 1, id, -1, SQLITE_STATIC);
    rc = sqlite3_step(s->get);
    if (rc == SQLITE_ROW) {
        eventlog_record_t rec;
        sqlog_record(s->get, &rec);
        rc = each(arg, &rec);
    } else if (rc == SQLITE_DONE) {
        rc = err_set(e, ERR_NOTFOUND, "no event with id %s", id);
    } else {
        rc = db_error(s->db, rc, "reading an event", e);
    }
    sqlite3_reset(s->get);
    return rc;
}

/* Runs sql (one integer or NULL result) into *out (0 for NULL). */
static int sqlog_int(sqlog_t *s, const char *sql, long long *out, const char *what, err_t *e)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db->h, sql, -1, &st, NULL);

    *out = 0;
    if (rc == SQLITE_OK) rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int64(st, 0);
        rc = SQLITE_DONE;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : db_error(s->db, rc, what, e);
}

static int sqlog_count(void *impl, long long *n, err_t *e)
{
    return sqlog_int(impl, "SELECT count(*) FROM events", n, "counting events", e);
}

static int sqlog_orphans(void *impl, long long *seq, err_t *e)
{
    sqlog_t *s = impl;

    if (s->scan_orphan_known) { /* the verify scan just read the whole index */
        s->scan_orphan_known = 0;
        *seq = s->scan_orphan;
        return 0;
    }
    return sqlog_int(impl,
                     "SELECT min(seq) FROM event_companies WHERE seq NOT IN "
                     "(SELECT seq FROM events)",
                     seq, "reading the company index", e);
}

static int sqlog_data_version(void *impl, long long *token, err_t *e)
{
    sqlog_t *s = impl;
    long long v = db_data_version(s->db);

    if (v < 0) return err_set(e, ERR_IO, "cannot read the data version of %s", s->db->path);
    /* data_version moves on other connections' commits, commits on ours on this connection. */
    *token = v + s->db->commits;
    return 0;
}

static const eventlog_ops_t sqlog_ops = {
    .version = EVENTLOG_OPS_VERSION,
    .append_begin = sqlog_append_begin,
    .append_put = sqlog_append_put,
    .append_commit = sqlog_append_commit,
    .append_rollback = sqlog_append_rollback,
    .head = sqlog_head,
    .scan = sqlog_scan,
    .get = sqlog_get,
    .count = sqlog_count,
    .orphans = sqlog_orphans,
    .data_version = sqlog_data_version,
    .recorded_head = sqlog_recorded_head,
};

int sqlog_port(db_t *d, eventlog_t *log, err_t *e)
{
    if (!d->log) {
        if (!(d->log = mem_calloc(1, sizeof *d->log)))
            return err_set(e, ERR_NOMEM, "out of memory");
        d->log->db = d;
        buf_init(&d->log->head_text);
    }
    log->ops = &sqlog_ops;
    log->impl = d->log;
    return 0;
}
