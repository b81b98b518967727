#include "projdb.h"
#include "pricesdb.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../core/buf.h"
#include "../../core/mem.h"
#include "../../core/proj.h"
#include "../json/stored.h"

/* Timeline rows wait in memory and go to SQLite in (company, seq) order, up to
 * this many at a time: inserting them sorted walks the (company, seq) index
 * from left to right instead of jumping to a random leaf for every row, which
 * is most of the cost of a rebuild. */
#define PROJDB_PENDING_MAX 131072
/* Into a timeline emptied in the same transaction (a rebuild), the rows are
 * held up to this many and written once, in key order: each is then appended
 * to the B-tree, where batches of PROJDB_PENDING_MAX rows each landed at the
 * end of every company's range (splitting the pages there again), half of a
 * rebuild. 32 bytes a row (the row and its copy while grouping): at most some
 * 64 MB; the rows past it go in batches as before. */
#define PROJDB_HOLD_MAX (1u << 21)
/* The rows held are written before their companies' names pass this many
 * bytes. */
#define PROJDB_TEXT_MAX (128u << 20)
/* Rows per multi-row insert: one statement run (its step, cursor, halt, reset
 * and bindings cleared) per row was a third of writing them. */
#define PROJDB_ROWS 128 /* as many as PROJDB_VALUES128 writes */

/* One timeline row waiting to be written, 16 bytes: a row is only its key
 * (migration 0008; the rest is derived from its event when it is read). Its
 * company is group grp of the pending rows (projdb_group_t), whose name is
 * kept once for all its rows. arrival numbers the rows in the order they
 * came, so equal keys keep the first (INSERT OR IGNORE). */
typedef struct projdb_pending_s {
    long long seq;
    unsigned grp;
    unsigned arrival : 31; /* below PROJDB_HOLD_MAX */
    unsigned dead : 1;     /* retracted before it was written */
} projdb_pending_t;

/* A company of the pending rows: its name (no terminator: SQLite is handed
 * the length) in the text arena at off, and its rows. Rows find their group
 * as they are queued (a hash of the name), so that writing them only sorts
 * the few groups by name and copies every row once to its place: hashing
 * every row's name there, after the last event is read, was a serial part of
 * the rebuild the reader thread could not overlap. */
typedef struct projdb_group_s {
    size_t off;
    unsigned len;
    unsigned long long hash;
    size_t count; /* rows queued, then where the next one goes while grouping */
} projdb_group_t;

/* Distinct (id, name, ticker) triples already written in this transaction. */
#define PROJDB_SEEN_BITS 14
#define PROJDB_SEEN_SIZE (1u << PROJDB_SEEN_BITS)

enum {
    ST_CKPT_GET,
    ST_CKPT_SET,
    ST_ROW_PUT,
    ST_ROW_PUT_BULK,
    ST_RETRACT_FIND,
    ST_RETRACT_DEL,
    ST_RETRACT_ADD,
    ST_COMPANY_PUT,
    ST_NAME_PUT,
    ST_COUNT
};

#define PROJDB_COLS      2 /* parameters of one timeline row */
#define PROJDB_VALUES1   "(?,?)"
#define PROJDB_VALUES2   PROJDB_VALUES1 "," PROJDB_VALUES1
#define PROJDB_VALUES4   PROJDB_VALUES2 "," PROJDB_VALUES2
#define PROJDB_VALUES8   PROJDB_VALUES4 "," PROJDB_VALUES4
#define PROJDB_VALUES16  PROJDB_VALUES8 "," PROJDB_VALUES8
#define PROJDB_VALUES32  PROJDB_VALUES16 "," PROJDB_VALUES16
#define PROJDB_VALUES64  PROJDB_VALUES32 "," PROJDB_VALUES32
#define PROJDB_VALUES128 PROJDB_VALUES64 "," PROJDB_VALUES64

static const char *const projdb_sql[ST_COUNT] = {
    [ST_CKPT_GET] = "SELECT version, last_seq FROM proj_checkpoints WHERE name = ?1",
    [ST_CKPT_SET] = "INSERT INTO proj_checkpoints (name, version, last_seq) VALUES (?1, ?2, ?3) "
                    "ON CONFLICT (name) DO UPDATE SET version = excluded.version, "
                    "last_seq = excluded.last_seq",
    [ST_ROW_PUT] = "INSERT OR IGNORE INTO proj_timeline (company, seq) VALUES (?1, ?2)",
    /* PROJDB_ROWS rows of PROJDB_COLS parameters */
    [ST_ROW_PUT_BULK] = "INSERT OR IGNORE INTO proj_timeline (company, seq) "
                        "VALUES " PROJDB_VALUES128,
    [ST_RETRACT_FIND] = "SELECT seq, body FROM events WHERE id = ?1 AND seq < ?2 "
                        "AND type <> 'retraction'",
    [ST_RETRACT_DEL] = "DELETE FROM proj_timeline WHERE company = ?1 AND seq = ?2",
    [ST_RETRACT_ADD] = "INSERT OR IGNORE INTO proj_retractions (target, seq, reason) "
                       "VALUES (?1, ?2, ?3)",
    [ST_COMPANY_PUT] = "INSERT INTO proj_companies (id, name, ticker) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT (id) DO UPDATE SET name = coalesce(name, excluded.name), "
                       "ticker = coalesce(ticker, excluded.ticker)",
    [ST_NAME_PUT] = "INSERT OR IGNORE INTO proj_names (name, id) VALUES (?1, ?2)",
};

struct projdb_s {
    db_t *db;                   /* borrowed */
    pricesdb_t *prices;         /* borrowed: the prices read model of db */
    sqlite3_stmt *st[ST_COUNT]; /* owned, prepared on first use */
    unsigned long long *seen;   /* owned: hashes of triples written in this transaction */
    size_t nseen;
    int sync;                  /* PRAGMA synchronous before a bulk catch-up, -1 when not changed */
    long long mmap;            /* PRAGMA mmap_size before a bulk catch-up, -1 when not changed */
    projdb_pending_t *pending; /* owned: rows not yet written, in arrival order */
    size_t npending, cappending;
    projdb_pending_t *grouped; /* owned: room for cappending rows, where they are grouped */
    int unordered;             /* the pending rows did not arrive in seq order */
    int fresh;                 /* the timeline was emptied in this transaction, nothing written */
    buf_t text;                /* the names of the groups */
    projdb_group_t *groups;    /* owned: the companies of the pending rows */
    size_t ngroups, capgroups;
    unsigned *gtable; /* owned: 1 + index into groups by hash, 0 for free; gmask + 1 slots */
    size_t gmask;
};

int projdb_new(db_t *d, pricesdb_t *prices, projdb_t **out, err_t *e)
{
    projdb_t *p = mem_calloc(1, sizeof *p);

    *out = NULL;
    if (!p || !(p->seen = mem_calloc(PROJDB_SEEN_SIZE, sizeof *p->seen))) {
        mem_free(p);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    p->db = d;
    p->prices = prices;
    p->mmap = -1;
    *out = p;
    return 0;
}

void projdb_free(projdb_t *p)
{
    if (!p) return;
    mem_free(p->pending);
    mem_free(p->grouped);
    buf_release(&p->text);
    mem_free(p->groups);
    mem_free(p->gtable);
    for (int i = 0; i < ST_COUNT; i++) sqlite3_finalize(p->st[i]);
    mem_free(p->seen);
    mem_free(p);
}

/* Returns statement i of p, prepared and reset, or NULL with e set. */
static sqlite3_stmt *projdb_stmt(projdb_t *p, int i, err_t *e)
{
    int rc;

    if (!p->st[i]) {
        rc = sqlite3_prepare_v3(db_handle(p->db), projdb_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                                &p->st[i], NULL);
        if (rc != SQLITE_OK) {
            db_error(p->db, rc, "preparing a read-model statement", e);
            return NULL;
        }
    }
    return p->st[i];
}

/* Steps a write statement to completion and resets it. */
static int projdb_run(projdb_t *p, sqlite3_stmt *s, const char *what, err_t *e)
{
    int rc = sqlite3_step(s);

    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE) return db_error(p->db, rc, what, e);
    return 0;
}

/* Forgets the pending rows (a rollback, or a reset that deletes them anyway). */
static void projdb_pending_drop(projdb_t *p)
{
    p->npending = 0;
    p->unordered = 0;
    p->fresh = 0;
    buf_reset(&p->text);
    if (p->ngroups) memset(p->gtable, 0, (p->gmask + 1) * sizeof *p->gtable);
    p->ngroups = 0;
}

/* Mixes the n bytes of s and their number into h, eight bytes at a time. */
static unsigned long long projdb_hash_n(unsigned long long h, const char *s, size_t n)
{
    const unsigned long long k = 0x9e3779b97f4a7c15ULL;
    unsigned long long w = 0;

    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * k;
        h ^= h >> 29;
    }
    w = (unsigned long long)n << 56;
    for (size_t i = 0; i < n; i++) w |= (unsigned long long)(unsigned char)s[i] << (8 * i);
    h = (h ^ w) * k;
    return h ^ (h >> 32);
}

/* Doubles the group table (or makes its first 1,024 slots). Returns 0 or -1. */
static int projdb_groups_grow(projdb_t *p)
{
    size_t slots = p->gtable ? 2 * (p->gmask + 1) : 1024;
    unsigned *t = mem_calloc(slots, sizeof *t);

    if (!t) return -1;
    for (size_t k = 0; k < p->ngroups; k++) {
        size_t at = (size_t)p->groups[k].hash & (slots - 1);
        while (t[at]) at = (at + 1) & (slots - 1);
        t[at] = (unsigned)k + 1;
    }
    mem_free(p->gtable);
    p->gtable = t;
    p->gmask = slots - 1;
    return 0;
}

/* Stores in *grp the group of company s (borrowed), made when it is new.
 * Returns 0 or -1 when out of memory. */
static int projdb_group_of(projdb_t *p, const char *s, unsigned *grp)
{
    size_t n = strlen(s), at;
    unsigned long long h = projdb_hash_n(1469598103934665603ULL, s, n);
    projdb_group_t *g;

    if (2 * (p->ngroups + 1) > (p->gtable ? p->gmask + 1 : 0) && projdb_groups_grow(p)) return -1;
    for (at = (size_t)h & p->gmask; p->gtable[at]; at = (at + 1) & p->gmask) {
        g = &p->groups[p->gtable[at] - 1];
        if (g->hash == h && g->len == n && memcmp(p->text.data + g->off, s, n) == 0) {
            *grp = p->gtable[at] - 1;
            return 0;
        }
    }
    if (p->ngroups == p->capgroups) {
        size_t cap = p->capgroups ? p->capgroups * 2 : 256;
        projdb_group_t *more = mem_realloc(p->groups, cap * sizeof *more);
        if (!more) return -1;
        p->groups = more;
        p->capgroups = cap;
    }
    g = &p->groups[p->ngroups];
    g->off = p->text.len;
    g->len = (unsigned)n;
    g->hash = h;
    g->count = 0;
    buf_append(&p->text, s, n);
    if (p->text.oom) return -1;
    p->gtable[at] = (unsigned)++p->ngroups;
    *grp = p->gtable[at] - 1;
    return 0;
}

/* The company of pending row r (borrowed from the arena) and its length. */
static const char *projdb_pending_company(const projdb_t *p, const projdb_pending_t *r,
                                          unsigned *len)
{
    const projdb_group_t *g = &p->groups[r->grp];
    *len = g->len;
    return p->text.data + g->off;
}

/* Orders two company ids as SQLite's BINARY collation does. */
static int projdb_name_cmp(const char *a, unsigned na, const char *b, unsigned nb)
{
    int c = memcmp(a, b, na < nb ? na : nb);
    return c ? c : (na > nb) - (na < nb);
}

static int projdb_pending_cmp(const void *a, const void *b, void *arg)
{
    const projdb_pending_t *x = a, *y = b;
    const char *cx, *cy;
    unsigned nx, ny;
    int c;

    cx = projdb_pending_company(arg, x, &nx);
    cy = projdb_pending_company(arg, y, &ny);
    if ((c = projdb_name_cmp(cx, nx, cy, ny))) return c;
    if (x->seq != y->seq) return x->seq < y->seq ? -1 : 1;
    return x->arrival < y->arrival ? -1 : x->arrival > y->arrival;
}

/* Marks the pending rows of event seq as retracted (they arrive in seq order
 * during a catch-up, so a binary search finds them). */
static void projdb_pending_retract(projdb_t *p, long long seq)
{
    size_t lo = 0, hi = p->npending;

    if (p->unordered) {
        for (size_t i = 0; i < p->npending; i++)
            if (p->pending[i].seq == seq) p->pending[i].dead = 1;
        return;
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (p->pending[mid].seq < seq)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < p->npending && p->pending[lo].seq == seq; lo++) p->pending[lo].dead = 1;
}

static int projdb_stmt_err(err_t *e)
{
    return e && e->code ? e->code : ERR_INTERNAL;
}

static int projdb_group_cmp(const void *a, const void *b, void *arg)
{
    const projdb_t *p = arg;
    const projdb_group_t *x = &p->groups[*(const unsigned *)a],
                         *y = &p->groups[*(const unsigned *)b];
    return projdb_name_cmp(p->text.data + x->off, x->len, p->text.data + y->off, y->len);
}

/* Orders the pending rows by (company, seq, arrival) as projdb_pending_cmp
 * does, for rows that arrived in seq order: the groups (companies, their
 * rows counted as they were queued) are sorted by name, and every row copied
 * once to its place, its company's rows in arrival order. Sorting the rows
 * themselves compared them n log n times (a tenth of a rebuild); there are
 * few companies. Returns 0, or ERR_NOMEM (the rows left as they were). */
static int projdb_pending_group(projdb_t *p)
{
    size_t n = p->npending;
    unsigned *order;

    if (!p->grouped && p->cappending) p->grouped = mem_calloc(p->cappending, sizeof *p->grouped);
    order = mem_calloc(p->ngroups ? p->ngroups : 1, sizeof *order);
    if (!p->grouped || !order) {
        mem_free(order);
        return ERR_NOMEM;
    }
    for (unsigned k = 0; k < p->ngroups; k++) order[k] = k;
    qsort_r(order, p->ngroups, sizeof *order, projdb_group_cmp, p);
    for (size_t k = 0, at = 0; k < p->ngroups; k++) {
        size_t count = p->groups[order[k]].count;
        p->groups[order[k]].count = at; /* from here on, where its next row goes */
        at += count;
    }
    for (size_t i = 0; i < n; i++) p->grouped[p->groups[p->pending[i].grp].count++] = p->pending[i];
    {
        projdb_pending_t *t = p->pending;
        p->pending = p->grouped;
        p->grouped = t;
    }
    mem_free(order);
    return 0;
}

/* Binds row r to the PROJDB_COLS parameters of s after base. */
static void projdb_bind_row(const projdb_t *p, sqlite3_stmt *s, int base, const projdb_pending_t *r)
{
    unsigned len;
    const char *company = projdb_pending_company(p, r, &len);

    sqlite3_bind_text(s, base + 1, company, (int)len, SQLITE_STATIC);
    sqlite3_bind_int64(s, base + 2, r->seq);
}

/* Writes the pending rows, sorted by (company, seq), PROJDB_ROWS to a
 * prepared multi-row insert and the rest one by one; empties the buffer
 * whatever happens. OR IGNORE takes the rows of one statement in order, so
 * the first of a (company, seq) still wins. */
static int projdb_pending_flush(projdb_t *p, err_t *e)
{
    sqlite3_stmt *s, *bulk = NULL;
    size_t n = 0, i = 0;
    int rc = 0;

    if (!p->npending) return 0;
    if (p->text.oom) {
        projdb_pending_drop(p);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    if (!(s = projdb_stmt(p, ST_ROW_PUT, e))) {
        projdb_pending_drop(p);
        return projdb_stmt_err(e);
    }
    if (p->unordered || projdb_pending_group(p)) {
        qsort_r(p->pending, p->npending, sizeof *p->pending, projdb_pending_cmp, p);
    }
    /* the live rows, in place, in order */
    for (size_t i = 0; i < p->npending; i++)
        if (!p->pending[i].dead) p->pending[n++] = p->pending[i];
    if (n >= PROJDB_ROWS && !(bulk = projdb_stmt(p, ST_ROW_PUT_BULK, e))) {
        projdb_pending_drop(p);
        return projdb_stmt_err(e);
    }
    for (; i + PROJDB_ROWS <= n && !rc; i += PROJDB_ROWS) {
        for (int k = 0; k < PROJDB_ROWS; k++)
            projdb_bind_row(p, bulk, k * PROJDB_COLS, &p->pending[i + k]);
        rc = projdb_run(p, bulk, "writing the timeline", e);
    }
    for (; i < n && !rc; i++) {
        projdb_bind_row(p, s, 0, &p->pending[i]);
        rc = projdb_run(p, s, "writing the timeline", e);
    }
    projdb_pending_drop(p);
    return rc;
}

static void projdb_seen_clear(projdb_t *p)
{
    if (p->nseen) memset(p->seen, 0, PROJDB_SEEN_SIZE * sizeof *p->seen);
    p->nseen = 0;
}

static unsigned long long projdb_hash(unsigned long long h, const char *s)
{
    for (; s && *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return (h ^ 0x1f) * 1099511628211ULL;
}

/* Returns 1 when the triple was already written in this transaction (a 64-bit
 * hash stands for it: a collision only skips a write that changes nothing in
 * practice, and the set is cleared at every transaction). Else remembers it. */
static int projdb_seen(projdb_t *p, const char *id, const char *name, const char *ticker)
{
    unsigned long long h =
        projdb_hash(projdb_hash(projdb_hash(1469598103934665603ULL, id), name), ticker);
    size_t i;

    if (!h) h = 1;
    if (p->nseen >= PROJDB_SEEN_SIZE / 2) projdb_seen_clear(p);
    for (i = (size_t)(h & (PROJDB_SEEN_SIZE - 1)); p->seen[i]; i = (i + 1) & (PROJDB_SEEN_SIZE - 1))
        if (p->seen[i] == h) return 1;
    p->seen[i] = h;
    p->nseen++;
    return 0;
}

/* ---- the store port ------------------------------------------------------ */

static int projdb_begin(void *impl, err_t *e)
{
    projdb_t *p = impl;
    projdb_seen_clear(p);
    projdb_pending_drop(p);
    return db_begin(p->db, e);
}

/* Writes the pending rows, then commits; on failure everything is rolled back. */
static int projdb_commit(void *impl, err_t *e)
{
    projdb_t *p = impl;
    int rc;

    if ((rc = projdb_pending_flush(p, e))) {
        projdb_seen_clear(p);
        db_rollback(p->db);
        return rc;
    }
    return db_commit(p->db, e);
}

static void projdb_rollback(void *impl)
{
    projdb_t *p = impl;
    projdb_seen_clear(p);
    projdb_pending_drop(p);
    db_rollback(p->db);
}

static int projdb_ckpt_get(void *impl, const char *name, int *version, long long *seq, err_t *e)
{
    projdb_t *p = impl;
    sqlite3_stmt *s = projdb_stmt(p, ST_CKPT_GET, e);
    int rc;

    *version = 0;
    *seq = 0;
    if (!s) return e ? e->code : ERR_INTERNAL;
    sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        *version = sqlite3_column_int(s, 0);
        *seq = sqlite3_column_int64(s, 1);
        rc = SQLITE_DONE;
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE ? 0 : db_error(p->db, rc, "reading a projection checkpoint", e);
}

static int projdb_ckpt_set(void *impl, const char *name, int version, long long seq, err_t *e)
{
    projdb_t *p = impl;
    sqlite3_stmt *s = projdb_stmt(p, ST_CKPT_SET, e);

    if (!s) return e ? e->code : ERR_INTERNAL;
    sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 2, version);
    sqlite3_bind_int64(s, 3, seq);
    return projdb_run(p, s, "writing a projection checkpoint", e);
}

static int projdb_read_begin(void *impl, err_t *e)
{
    projdb_t *p = impl;
    return db_read_begin(p->db, e);
}

static void projdb_read_end(void *impl)
{
    projdb_t *p = impl;
    db_read_end(p->db);
}

/* Read models are derived: with WAL, synchronous=NORMAL keeps each commit
 * atomic (the checkpoint and its changes together) and only risks redoing the
 * last chunks after a power cut. The setting is restored after. A larger page
 * cache keeps the hot index pages of a long rebuild (and the B-tree pages of a
 * large price import) in memory; it is released when the connection closes.
 * The file is mapped while catching up (as verify maps it): the log's pages
 * are then read in place, where each one went through pread into a page of
 * the cache allocated for it (a sixth of a rebuild: the copy, malloc and the
 * page faults of fresh memory). Writes still go through the cache. */
static void projdb_tune(void *impl, int bulk)
{
    projdb_t *p = impl;
    sqlite3 *h = db_handle(p->db);
    sqlite3_stmt *s;

    if (bulk) {
        p->sync = -1;
        if (sqlite3_prepare_v2(h, "PRAGMA synchronous", -1, &s, NULL) == SQLITE_OK) {
            if (sqlite3_step(s) == SQLITE_ROW) p->sync = sqlite3_column_int(s, 0);
            sqlite3_finalize(s);
        }
        if (p->sync > 1) sqlite3_exec(h, "PRAGMA synchronous = NORMAL", NULL, NULL, NULL);
        sqlite3_exec(h, "PRAGMA cache_size = -262144", NULL, NULL, NULL);
        p->mmap = -1;
        if (sqlite3_prepare_v2(h, "PRAGMA mmap_size", -1, &s, NULL) == SQLITE_OK) {
            if (sqlite3_step(s) == SQLITE_ROW) p->mmap = sqlite3_column_int64(s, 0);
            sqlite3_finalize(s);
        }
        sqlite3_exec(h, "PRAGMA mmap_size = 4294967296", NULL, NULL, NULL);
    } else {
        if (p->sync > 1) {
            char sql[48];
            snprintf(sql, sizeof sql, "PRAGMA synchronous = %d", p->sync);
            sqlite3_exec(h, sql, NULL, NULL, NULL);
        }
        p->sync = -1;
        sqlite3_exec(h, "PRAGMA cache_size = -2000", NULL, NULL, NULL);
        if (p->mmap >= 0) {
            char sql[48];
            snprintf(sql, sizeof sql, "PRAGMA mmap_size = %lld", p->mmap);
            sqlite3_exec(h, sql, NULL, NULL, NULL);
        }
        p->mmap = -1;
    }
}

static int projdb_timeline_reset(void *impl, err_t *e)
{
    projdb_t *p = impl;
    int rc;

    projdb_pending_drop(p);
    rc = db_exec(p->db, "DELETE FROM proj_timeline; DELETE FROM proj_retractions;", e);
    p->fresh = rc == 0;
    return rc;
}

static int projdb_names_reset(void *impl, err_t *e)
{
    projdb_t *p = impl;
    projdb_seen_clear(p);
    return db_exec(p->db, "DELETE FROM proj_companies; DELETE FROM proj_names;", e);
}

static int projdb_bars_reset(void *impl, err_t *e)
{
    projdb_t *p = impl;
    return pricesdb_reset(p->prices, e);
}

static int projdb_bars_put(void *impl, const event_t *ev, const prices_set_t *set, err_t *e)
{
    projdb_t *p = impl;
    return pricesdb_apply_set(p->prices, ev, set, e);
}

static void projdb_bind_opt(sqlite3_stmt *s, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, i);
}

/* Queues r (its strings copied); the rows are written sorted at the next
 * commit, retraction, query, or when the buffer is full (PROJDB_HOLD_MAX rows
 * into a timeline emptied in this transaction, PROJDB_PENDING_MAX else). */
static int projdb_row_put(void *impl, const proj_row_t *r, err_t *e)
{
    projdb_t *p = impl;
    projdb_pending_t *q;
    size_t max = p->fresh ? PROJDB_HOLD_MAX : PROJDB_PENDING_MAX;

    if (p->npending == p->cappending) {
        size_t cap = p->cappending ? p->cappending * 2 : 1024;
        projdb_pending_t *more = mem_realloc(p->pending, cap * sizeof *more);
        if (!more) return err_set(e, ERR_NOMEM, "out of memory");
        p->pending = more;
        p->cappending = cap;
        mem_free(p->grouped); /* made again at the new size when needed */
        p->grouped = NULL;
    }
    q = &p->pending[p->npending];
    q->seq = r->seq;
    q->arrival = (unsigned)p->npending;
    q->dead = 0;
    if (p->npending && r->seq < p->pending[p->npending - 1].seq) p->unordered = 1;
    if (projdb_group_of(p, r->company, &q->grp)) {
        projdb_pending_drop(p);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    p->groups[q->grp].count++;
    p->npending++;
    return p->npending >= max || p->text.len >= PROJDB_TEXT_MAX ? projdb_pending_flush(p, e) : 0;
}

static int projdb_retract(void *impl, const char *target, long long seq, const char *reason,
                          err_t *e)
{
    projdb_t *p = impl;
    sqlite3_stmt *s;
    long long tseq = 0;
    event_t ev;
    int rc;

    /* Only an earlier event that is not itself a retraction can be retracted. */
    event_init(&ev);
    if (!(s = projdb_stmt(p, ST_RETRACT_FIND, e))) return e ? e->code : ERR_INTERNAL;
    sqlite3_bind_text(s, 1, target, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, seq);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        tseq = sqlite3_column_int64(s, 0);
        rc = stored_decode((const char *)sqlite3_column_text(s, 1),
                           (size_t)sqlite3_column_bytes(s, 1), &ev, e);
    } else {
        rc = rc == SQLITE_DONE ? 0 : db_error(p->db, rc, "reading a retracted event", e);
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    /* Its rows are in the table, or still waiting to be written. */
    if (!rc && tseq) projdb_pending_retract(p, tseq);
    for (size_t i = 0; !rc && tseq && i < ev.ncompanies; i++) {
        if (!(s = projdb_stmt(p, ST_RETRACT_DEL, e))) {
            rc = e ? e->code : ERR_INTERNAL;
            break;
        }
        sqlite3_bind_text(s, 1, ev.companies[i].id, -1, SQLITE_STATIC);
        sqlite3_bind_int64(s, 2, tseq);
        rc = projdb_run(p, s, "retracting from the timeline", e);
    }
    event_release(&ev);
    if (rc) return rc;
    if (!(s = projdb_stmt(p, ST_RETRACT_ADD, e))) return e ? e->code : ERR_INTERNAL;
    sqlite3_bind_text(s, 1, target, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, seq);
    projdb_bind_opt(s, 3, reason);
    return projdb_run(p, s, "recording a retraction", e);
}

static int projdb_name_put(void *impl, const char *id, const char *name, const char *ticker,
                           err_t *e)
{
    projdb_t *p = impl;
    sqlite3_stmt *s;
    const char *names[3] = {id, name, ticker};
    int rc;

    if (projdb_seen(p, id, name, ticker)) return 0;
    if (!(s = projdb_stmt(p, ST_COMPANY_PUT, e))) return e ? e->code : ERR_INTERNAL;
    sqlite3_bind_text(s, 1, id, -1, SQLITE_STATIC);
    projdb_bind_opt(s, 2, name);
    projdb_bind_opt(s, 3, ticker);
    if ((rc = projdb_run(p, s, "writing the company directory", e))) return rc;
    for (int i = 0; i < 3; i++) {
        if (!names[i] || !names[i][0]) continue;
        if (!(s = projdb_stmt(p, ST_NAME_PUT, e))) return e ? e->code : ERR_INTERNAL;
        sqlite3_bind_text(s, 1, names[i], -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 2, id, -1, SQLITE_STATIC);
        if ((rc = projdb_run(p, s, "writing the company directory", e))) return rc;
    }
    return 0;
}

/* ---- queries --------------------------------------------------------------- */

static const char *projdb_col(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

/* Hands each the row of (company, seq) with the event's id, type and date
 * (columns 2-4) and body (column 5): the rest of the row is derived from the
 * body as the projection folds it (proj_row_derive()). ev is decoded into
 * scratch when the fast reader reads the body, else by the codec. */
static int projdb_timeline_row(sqlite3_stmt *s, buf_t *scratch, readmodel_row_fn each, void *arg,
                               err_t *e)
{
    const char *company = projdb_col(s, 0), *date = projdb_col(s, 4);
    const char *body = (const char *)sqlite3_column_blob(s, 5);
    size_t n = (size_t)sqlite3_column_bytes(s, 5);
    long long seq = sqlite3_column_int64(s, 1);
    proj_row_space_t sp;
    proj_row_t r;
    event_t ev;
    int rc, owned = 0;

    event_init(&ev);
    if ((rc = stored_decode_view(body, n, &ev, NULL, scratch, e)) == 1) {
        owned = 1;
        rc = stored_decode(body, n, &ev, e);
    }
    if (rc) {
        err_wrap(e, "the event of timeline row (%s, %lld)", company ? company : "", seq);
        goto out;
    }
    if (!company || proj_row_derive(&ev, company, &r, &sp)) {
        rc = err_set(e, ERR_DATA, "timeline row (%s, %lld) is not one of its event's rows",
                     company ? company : "", seq);
        goto out;
    }
    r.seq = seq;
    r.id = (char *)projdb_col(s, 2);
    r.type = event_type_from_name(projdb_col(s, 3));
    memset(r.occurred_on, 0, sizeof r.occurred_on);
    if (date && strlen(date) == 10) memcpy(r.occurred_on, date, 11);
    rc = each(arg, &r);
out:
    if (owned) event_release(&ev);
    return rc;
}

static int projdb_timeline_scan(void *impl, const char *company, readmodel_row_fn each, void *arg,
                                err_t *e)
{
    static const char sql_one[] =
        "SELECT t.company, t.seq, e.id, e.type, e.occurred_on, e.body FROM proj_timeline t "
        "JOIN events e ON e.seq = t.seq WHERE t.company = ?1 ORDER BY t.company, t.seq";
    static const char sql_all[] =
        "SELECT t.company, t.seq, e.id, e.type, e.occurred_on, e.body FROM proj_timeline t "
        "JOIN events e ON e.seq = t.seq ORDER BY t.company, t.seq";
    projdb_t *p = impl;
    sqlite3_stmt *s = NULL;
    buf_t scratch;
    int rc, step;

    if ((rc = projdb_pending_flush(p, e))) return rc;
    rc = sqlite3_prepare_v2(db_handle(p->db), company ? sql_one : sql_all, -1, &s, NULL);
    if (rc != SQLITE_OK) return db_error(p->db, rc, "reading the timeline", e);
    if (company) sqlite3_bind_text(s, 1, company, -1, SQLITE_STATIC);
    buf_init(&scratch);
    while ((step = sqlite3_step(s)) == SQLITE_ROW)
        if ((rc = projdb_timeline_row(s, &scratch, each, arg, e))) break;
    if (!rc && step != SQLITE_DONE) rc = db_error(p->db, step, "reading the timeline", e);
    buf_release(&scratch);
    sqlite3_finalize(s);
    return rc;
}

/* Runs sql with key bound to ?1 (when not NULL) and hands each row to each:
 * companies (id, name, ticker) or names (name, id, display). */
static int projdb_directory(projdb_t *p, const char *sql, const char *key,
                            readmodel_company_fn each_company, readmodel_name_fn each_name,
                            void *arg, err_t *e)
{
    sqlite3_stmt *s = NULL;
    int rc;

    rc = sqlite3_prepare_v2(db_handle(p->db), sql, -1, &s, NULL);
    if (rc != SQLITE_OK) return db_error(p->db, rc, "reading the company directory", e);
    if (key) sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (each_company) {
            readmodel_company_t c = {projdb_col(s, 0), projdb_col(s, 1), projdb_col(s, 2)};
            rc = each_company(arg, &c);
        } else {
            readmodel_name_t n = {projdb_col(s, 0), projdb_col(s, 1), projdb_col(s, 2)};
            rc = each_name(arg, &n);
        }
        if (rc) {
            sqlite3_finalize(s);
            return rc;
        }
    }
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : db_error(p->db, rc, "reading the company directory", e);
}

static int projdb_company_get(void *impl, const char *id, readmodel_company_fn each, void *arg,
                              err_t *e)
{
    return projdb_directory(impl, "SELECT id, name, ticker FROM proj_companies WHERE id = ?1", id,
                            each, NULL, arg, e);
}

static int projdb_names_find(void *impl, const char *name, readmodel_company_fn each, void *arg,
                             err_t *e)
{
    return projdb_directory(impl,
                            "SELECT c.id, c.name, c.ticker FROM proj_companies c WHERE c.id IN "
                            "(SELECT id FROM proj_names WHERE name = ?1) ORDER BY c.id",
                            name, each, NULL, arg, e);
}

static int projdb_names_scan(void *impl, readmodel_name_fn each, void *arg, err_t *e)
{
    return projdb_directory(impl,
                            "SELECT n.name, n.id, c.name FROM proj_names n "
                            "JOIN proj_companies c ON c.id = n.id ORDER BY n.id, n.name",
                            NULL, NULL, each, arg, e);
}

static const readmodel_ops_t projdb_ops = {
    .version = READMODEL_OPS_VERSION,
    .begin = projdb_begin,
    .commit = projdb_commit,
    .rollback = projdb_rollback,
    .read_begin = projdb_read_begin,
    .read_end = projdb_read_end,
    .tune = projdb_tune,
    .checkpoint_get = projdb_ckpt_get,
    .checkpoint_set = projdb_ckpt_set,
    .timeline_reset = projdb_timeline_reset,
    .timeline_put = projdb_row_put,
    .timeline_retract = projdb_retract,
    .names_reset = projdb_names_reset,
    .names_put = projdb_name_put,
    .bars_reset = projdb_bars_reset,
    .bars_put = projdb_bars_put,
    .timeline_scan = projdb_timeline_scan,
    .company_get = projdb_company_get,
    .names_find = projdb_names_find,
    .names_scan = projdb_names_scan,
    .timeline_keys = 1,
};

void projdb_port(projdb_t *p, readmodel_t *rm)
{
    rm->ops = &projdb_ops;
    rm->impl = p;
}
