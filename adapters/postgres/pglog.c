/* pglog: the event log port on PostgreSQL (core/eventlog.h, migrations/postgres/0001).
 * The engine stores and reads records; core stamps, chains and verifies them. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/buf.h"
#include "../../core/mem.h"
#include "pg_internal.h"

#define PGLOG_PAGE 1000 /* rows per round trip when reading */

struct pglog_s {
    pgdb_t *db;              /* borrowed: the log lives inside its db */
    int prepared;            /* the append statement is prepared on this connection */
    long long appended_head; /* head after the last stored record of the open append, 0 if none */
    char appended_hash[65];  /* its hash */
    PGresult *head;          /* owned: the head the open append read (its body is lent to core) */
    /* What the last whole-log verify scan found of the company index, for
     * pglog_orphans() right after it: valid when that scan read to its end;
     * then every index row at or below covered was seen, and orphan is the
     * least seq among them with no event (0 when none). */
    int orphan_valid;
    long long orphan, covered;
};

void pglog_free(pglog_t *s)
{
    if (!s) return;
    PQclear(s->head);
    mem_free(s);
}

/* Ends what the open append holds (after commit or rollback). */
static void pglog_end(pglog_t *s)
{
    s->appended_head = 0;
    PQclear(s->head);
    s->head = NULL;
}

void pglog_forget(pglog_t *s)
{
    if (s) s->prepared = 0;
}

static int pglog_prepare(pglog_t *s, err_t *e)
{
    PGresult *res;
    int rc = 0;

    if (s->prepared) return 0;
    res = PQprepare(s->db->conn, "seismo_append", PGDB_SQL_INSERT, 8, NULL);
    if (PQresultStatus(res) != PGRES_COMMAND_OK)
        rc = pgdb_error(s->db, res, "preparing the append", e);
    PQclear(res);
    if (!rc) s->prepared = 1;
    return rc;
}

/* Stores the head of res (seq, hash; no row, or NULLs, for an empty log). */
static void pglog_head_of(const PGresult *res, long long *seq, char hash[65])
{
    *seq = 0;
    hash[0] = '\0';
    if (PQntuples(res) > 0 && !PQgetisnull(res, 0, 0)) {
        *seq = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
        snprintf(hash, 65, "%s", PQgetvalue(res, 0, 1));
    }
}

static int pglog_append_begin(void *impl, eventlog_head_t *h, err_t *e)
{
    pglog_t *s = impl;
    PGresult *r;
    int rc = 0;

    if (s->db->readonly) return err_set(e, ERR_READONLY, "%s is open read-only", s->db->name);
    if ((rc = pgdb_ready(s->db, e)) || (rc = pglog_prepare(s, e))) return rc;
    pglog_end(s);
    /* BEGIN, the append lock, then the head, the damage mark and the head
     * record: one round trip (a schema from before the mark or the record
     * reads what it has). */
    r = PQexec(s->db->conn, s->db->version < PGDB_VERSION_DAMAGE
                                ? "BEGIN; SELECT pg_advisory_xact_lock(1397049683, 1); "
                                  "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"
                            : s->db->version < PGDB_VERSION_HEAD ? PGDB_SQL_BEGIN_V3
                                                                 : PGDB_SQL_BEGIN);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        rc = pgdb_error(s->db, r, "starting an append", e);
        pgdb_rollback(s->db);
    } else if (PQnfields(r) > 2 && PQntuples(r) > 0 && !PQgetisnull(r, 0, 2)) {
        rc = pgdb_refuse_damaged(s->db, PQgetvalue(r, 0, 2), e);
        pgdb_rollback(s->db);
    } else {
        pglog_head_of(r, &h->seq, h->hash);
        if (PQnfields(r) > 6 && PQntuples(r) > 0) {
            /* core recomputes the head's hash from these (lent until the append ends) */
            if (!PQgetisnull(r, 0, 0)) {
                h->prev_hash = PQgetisnull(r, 0, 3) ? NULL : PQgetvalue(r, 0, 3);
                h->body = PQgetvalue(r, 0, 4);
                h->body_len = (size_t)PQgetlength(r, 0, 4);
            }
            h->has_record = 1;
            h->record_seq = PQgetisnull(r, 0, 5) ? -1 : strtoll(PQgetvalue(r, 0, 5), NULL, 10);
            snprintf(h->record_hash, sizeof h->record_hash, "%s", PQgetvalue(r, 0, 6));
        }
        s->head = r;
        return 0;
    }
    PQclear(r);
    return rc;
}

static int pglog_append_put(void *impl, const eventlog_record_t *rec, int *stored, err_t *e)
{
    pglog_t *s = impl;
    char seqs[24];
    const char *vals[8];
    int lens[8] = {0};
    PGresult *res;
    int rc = 0;

    snprintf(seqs, sizeof seqs, "%lld", rec->seq);
    vals[0] = seqs;
    vals[1] = rec->id;
    vals[2] = rec->type;
    vals[3] = rec->occurred_on;
    vals[4] = rec->recorded_at;
    vals[5] = rec->body;
    vals[6] = rec->prev_hash;
    vals[7] = rec->hash;
    /* The body is not NUL-terminated for us: pass its length (a text parameter in binary format
     * is its bytes). */
    lens[5] = (int)rec->body_len;
    {
        const int fmts[8] = {0, 0, 0, 0, 0, 1, 0, 0};
        res = PQexecPrepared(s->db->conn, "seismo_append", 8, vals, lens, fmts, 0);
    }
    if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
        rc = pgdb_error(s->db, res, "appending an event", e);
    } else {
        *stored = strcmp(PQgetvalue(res, 0, 0), "0") != 0;
        if (*stored) {
            s->appended_head = rec->seq;
            snprintf(s->appended_hash, sizeof s->appended_hash, "%s", rec->hash);
        }
    }
    PQclear(res);
    return rc;
}

static int pglog_append_commit(void *impl, err_t *e)
{
    pglog_t *s = impl;
    char sql[96], seq[24];
    int rc;

    /* The head record moves with the log, in the same transaction; listeners
     * (the other nodes' long polls) hear of it when, and only if, it commits. */
    if (s->appended_head && s->db->version >= PGDB_VERSION_HEAD) {
        const char *vals[2] = {seq, s->appended_hash};
        snprintf(seq, sizeof seq, "%lld", s->appended_head);
        rc = pgdb_run(s->db, PGDB_ST_HEAD_PUT, PGDB_SQL_HEAD_PUT, 2, vals, NULL,
                      "writing the head record", e);
        if (rc) {
            pglog_end(s);
            pgdb_rollback(s->db);
            return rc;
        }
    } else if (s->appended_head) {
        snprintf(sql, sizeof sql, "SELECT pg_notify('%s', '%lld')", PGDB_CHANNEL, s->appended_head);
        if ((rc = pgdb_exec(s->db, sql, e))) {
            pglog_end(s);
            pgdb_rollback(s->db);
            return rc;
        }
    }
    pglog_end(s);
    return pgdb_commit(s->db, e);
}

static void pglog_append_rollback(void *impl)
{
    pglog_t *s = impl;
    pglog_end(s);
    pgdb_rollback(s->db);
}

static int pglog_recorded_head(void *impl, int *has, long long *seq, char hash[65], err_t *e)
{
    pglog_t *s = impl;
    PGresult *r;
    int rc;

    *has = 0;
    *seq = 0;
    hash[0] = '\0';
    if ((rc = pgdb_ready(s->db, e))) return rc;
    if (s->db->version < PGDB_VERSION_HEAD) return 0; /* read-only, on an older schema */
    r = PQexec(s->db->conn, "SELECT seq, hash FROM (SELECT 1) o LEFT JOIN log_head ON one = 1");
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        rc = pgdb_error(s->db, r, "reading the head record", e);
    } else {
        *has = 1;
        *seq = PQgetisnull(r, 0, 0) ? -1 : strtoll(PQgetvalue(r, 0, 0), NULL, 10);
        snprintf(hash, 65, "%s", PQgetvalue(r, 0, 1));
    }
    PQclear(r);
    return rc;
}

static int pglog_head(void *impl, long long *seq, char hash[65], err_t *e)
{
    pglog_t *s = impl;
    PGresult *r;
    int rc = 0;

    if ((rc = pgdb_ready(s->db, e))) return rc;
    r = PQexec(s->db->conn, "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1");
    if (PQresultStatus(r) != PGRES_TUPLES_OK)
        rc = pgdb_error(s->db, r, "reading the log head", e);
    else
        pglog_head_of(r, seq, hash);
    PQclear(r);
    return rc;
}

/* Hands row i of res (seq, body, prev_hash, hash, id, type, occurred_on,
 * recorded_at[, company index]) to each as a record. */
/* Fills rec (caller storage; its pointers borrowed from res) from row i of
 * res (seq, body, prev_hash, hash, id, type, occurred_on, recorded_at). */
static void pglog_fill(const PGresult *res, int i, eventlog_record_t *rec)
{
    memset(rec, 0, sizeof *rec);
    rec->seq = strtoll(PQgetvalue(res, i, 0), NULL, 10);
    rec->body = PQgetvalue(res, i, 1);
    rec->body_len = (size_t)PQgetlength(res, i, 1);
    rec->prev_hash = PQgetisnull(res, i, 2) ? NULL : PQgetvalue(res, i, 2);
    rec->hash = PQgetisnull(res, i, 3) ? NULL : PQgetvalue(res, i, 3);
    rec->id = PQgetisnull(res, i, 4) ? NULL : PQgetvalue(res, i, 4);
    rec->type = PQgetisnull(res, i, 5) ? NULL : PQgetvalue(res, i, 5);
    rec->occurred_on = PQgetisnull(res, i, 6) ? NULL : PQgetvalue(res, i, 6);
    rec->recorded_at = PQgetisnull(res, i, 7) ? NULL : PQgetvalue(res, i, 7);
}

static int pglog_record(const PGresult *res, int i, int verify, eventlog_record_fn each, void *arg,
                        err_t *e)
{
    eventlog_record_t rec;
    const char **cos = NULL;
    char *index = NULL;
    int rc;

    pglog_fill(res, i, &rec);
    if (verify && !PQgetisnull(res, i, 8)) {
        /* The company index of seq, one id a line. */
        size_t n = 1, k = 0;
        char *save = NULL;
        if (!(index = mem_strdup(PQgetvalue(res, i, 8))))
            return err_set(e, ERR_NOMEM, "out of memory");
        for (const char *p = index; *p; p++) n += *p == '\n';
        if (!(cos = mem_calloc(n, sizeof *cos))) {
            mem_free(index);
            return err_set(e, ERR_NOMEM, "out of memory");
        }
        for (char *t = strtok_r(index, "\n", &save); t && k < n; t = strtok_r(NULL, "\n", &save))
            cos[k++] = t;
        rec.companies = cos;
        rec.ncompanies = k;
    }
    rc = each(arg, &rec);
    mem_free(cos);
    mem_free(index);
    return rc;
}

#define PGLOG_COLS "e.seq, e.body, e.prev_hash, e.hash, e.id, e.type, e.occurred_on, e.recorded_at"
#define PGLOG_INDEX_COL \
    ", (SELECT string_agg(x.company, E'\\n') FROM event_companies x WHERE x.seq = e.seq)"

/* Sends the page query sql (its n values in vals, the key after last and the
 * limit page at after_at and limit_at) without waiting for it; *inflight 1. */
static int pglog_send(pglog_t *s, const char *sql, const char **vals, int n, int after_at,
                      long long last, int limit_at, long long page, int *inflight, err_t *e)
{
    char after[24], limit[24];

    snprintf(after, sizeof after, "%lld", last);
    snprintf(limit, sizeof limit, "%lld", page);
    vals[after_at] = after;
    vals[limit_at] = limit;
    /* libpq copies the values into its output buffer here */
    if (!PQsendQueryParams(s->db->conn, sql, n, NULL, vals, NULL, NULL, 0))
        return pgdb_error(s->db, NULL, "reading events", e);
    *inflight = 1;
    return 0;
}

/* The result of the query pglog_send() sent, read to its end (NULL when the
 * connection failed). */
static PGresult *pglog_result(pglog_t *s)
{
    PGresult *r = PQgetResult(s->db->conn), *more;

    while ((more = PQgetResult(s->db->conn))) PQclear(more);
    return r;
}

/* A whole-log verify reads the log and its company index as one stream: a
 * binary COPY of the events and the index rows merged by seq on the server
 * (a merge of the two seq indexes, no sort), so the server sends without
 * waiting for the client and the client parses lengths instead of text. It
 * replaced pages of 1,000 events with their index rows (two queries planned
 * and run per page, every value printed as text and parsed back, and the
 * server idle while the client checked the page before asking for the next).
 * Rows of one seq may come in any order: the client holds one seq's rows at
 * a time (its event, or its events when damage stored the seq twice, and its
 * index rows), so memory does not grow with the log. */
#define PGLOG_VERIFY_COPY                                                                     \
    "COPY (SELECT seq, true, body, prev_hash, hash, id, type, occurred_on, recorded_at FROM " \
    "events UNION ALL SELECT seq, false, company, NULL, NULL, NULL, NULL, NULL, NULL FROM "   \
    "event_companies ORDER BY 1) TO STDOUT (FORMAT binary)"
#define PGLOG_COPY_FIELDS 9

/* One row of the stream: its buffer (owned, from PQgetCopyData) with each
 * field ended by a NUL in place, and where its fields start (NULL for SQL NULL). */
typedef struct pglog_row_s {
    char *buf;
    long long seq;
    int event; /* an event row, else a company index row */
    const char *f[PGLOG_COPY_FIELDS];
    size_t len[PGLOG_COPY_FIELDS];
} pglog_row_t;

static uint32_t pglog_u32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

/* Parses one binary COPY tuple of n bytes at buf (libpq ends it with a NUL
 * at buf[n]); *skip is the bytes before it (the stream's header, on the
 * first row). Returns 0, 1 for the trailer, or -1 when it is malformed. */
static int pglog_row_parse(pglog_row_t *r, char *buf, size_t n, size_t skip)
{
    const unsigned char *u = (const unsigned char *)buf;
    size_t at = skip, ends[PGLOG_COPY_FIELDS];
    int nf;

    if (at + 2 > n) return -1;
    nf = (int16_t)(u[at] << 8 | u[at + 1]);
    at += 2;
    if (nf == -1) return 1;
    if (nf != PGLOG_COPY_FIELDS) return -1;
    for (int i = 0; i < nf; i++) {
        uint32_t len;
        if (at + 4 > n) return -1;
        len = pglog_u32(u + at);
        at += 4;
        ends[i] = 0;
        if (len == UINT32_MAX) { /* NULL */
            r->f[i] = NULL;
            r->len[i] = 0;
            continue;
        }
        if (len > n - at) return -1;
        r->f[i] = buf + at;
        r->len[i] = len;
        at += len;
        ends[i] = at;
    }
    if (at != n || !r->f[0] || r->len[0] != 8 || !r->f[1] || r->len[1] != 1) return -1;
    r->seq = (long long)((uint64_t)pglog_u32(u + skip + 6) << 32 | pglog_u32(u + skip + 10));
    r->event = r->f[1][0] != 0;
    /* the bytes after a field are the next one's length, already read */
    for (int i = 2; i < nf; i++)
        if (r->f[i]) buf[ends[i]] = '\0';
    r->buf = buf;
    return 0;
}

/* Hands the rows of one seq, rows[0..n), to each: every event row with the
 * group's index rows as its companies; a group with no event row holds
 * orphans. cos has room for n pointers. */
static int pglog_group(pglog_t *s, pglog_row_t *rows, size_t n, const char **cos,
                       eventlog_record_fn each, void *arg)
{
    size_t k = 0, events = 0;
    int rc;

    for (size_t i = 0; i < n; i++) {
        if (rows[i].event)
            events++;
        else if (rows[i].f[2])
            cos[k++] = rows[i].f[2];
    }
    if (!events && (!s->orphan || rows[0].seq < s->orphan)) s->orphan = rows[0].seq;
    for (size_t i = 0; i < n; i++) {
        eventlog_record_t rec;
        if (!rows[i].event) continue;
        memset(&rec, 0, sizeof rec);
        rec.seq = rows[i].seq;
        rec.body = rows[i].f[2];
        rec.body_len = rows[i].len[2];
        rec.prev_hash = rows[i].f[3];
        rec.hash = rows[i].f[4];
        rec.id = rows[i].f[5];
        rec.type = rows[i].f[6];
        rec.occurred_on = rows[i].f[7];
        rec.recorded_at = rows[i].f[8];
        rec.companies = k ? cos : NULL;
        rec.ncompanies = k;
        if ((rc = each(arg, &rec))) return rc;
    }
    return 0;
}

/* Ends a COPY stopped early: asks the server to cancel it, then reads what
 * it still sends, so the connection is idle again. */
static void pglog_copy_abandon(pglog_t *s)
{
    PGcancel *c = PQgetCancel(s->db->conn);
    char *buf, why[256];
    PGresult *r;

    if (c) {
        PQcancel(c, why, sizeof why);
        PQfreeCancel(c);
    }
    while (PQgetCopyData(s->db->conn, &buf, 0) > 0) PQfreemem(buf);
    while ((r = PQgetResult(s->db->conn))) PQclear(r);
}

static int pglog_verify_scan(pglog_t *s, eventlog_record_fn each, void *arg, err_t *e)
{
    static const char magic[] = "PGCOPY\n\377\r\n";
    pglog_row_t *rows = NULL;
    const char **cos = NULL;
    size_t n = 0, cap = 0;
    long long last = INT64_MIN;
    int rc = 0, copying = 0, first = 1, got;
    PGresult *res;
    char *buf;

    s->orphan_valid = 0;
    s->orphan = 0;
    res = PQexec(s->db->conn, PGLOG_VERIFY_COPY);
    if (PQresultStatus(res) != PGRES_COPY_OUT) {
        rc = pgdb_error(s->db, res, "reading events", e);
        PQclear(res);
        return rc;
    }
    PQclear(res);
    copying = 1;
    while ((got = PQgetCopyData(s->db->conn, &buf, 0)) > 0) {
        size_t skip = 0;
        pglog_row_t row;
        int pr;
        if (first) {
            /* the header: signature, flags, and an extension area of its stated length */
            if ((size_t)got < 19 || memcmp(buf, magic, 11) != 0 ||
                (skip = 19 + pglog_u32((const unsigned char *)buf + 15)) > (size_t)got) {
                PQfreemem(buf);
                rc = err_set(e, ERR_IO, "reading events: not a binary COPY stream");
                goto done;
            }
            first = 0;
            if (skip == (size_t)got) { /* the header alone */
                PQfreemem(buf);
                continue;
            }
        }
        if ((pr = pglog_row_parse(&row, buf, (size_t)got, skip))) {
            PQfreemem(buf);
            if (pr == 1) continue; /* the trailer: the end follows */
            rc = err_set(e, ERR_IO, "reading events: a malformed row in the COPY stream");
            goto done;
        }
        if (n && row.seq != rows[0].seq) {
            rc = pglog_group(s, rows, n, cos, each, arg);
            for (size_t i = 0; i < n; i++) PQfreemem(rows[i].buf);
            n = 0;
            if (rc) {
                PQfreemem(row.buf);
                goto done;
            }
        }
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            pglog_row_t *nr = mem_realloc(rows, ncap * sizeof *nr);
            const char **nc = nr ? mem_realloc(cos, ncap * sizeof *nc) : NULL;
            if (nr) rows = nr;
            if (nc) cos = nc;
            if (!nr || !nc) {
                PQfreemem(row.buf);
                rc = err_set(e, ERR_NOMEM, "out of memory");
                goto done;
            }
            cap = ncap;
        }
        rows[n++] = row;
        last = row.seq;
    }
    copying = 0;
    /* the end of the stream (-1) or a failure (-2): the COPY's own result follows */
    res = PQgetResult(s->db->conn);
    if (got == -2 || PQresultStatus(res) != PGRES_COMMAND_OK)
        rc = pgdb_error(s->db, PQresultStatus(res) == PGRES_FATAL_ERROR ? res : NULL,
                        "reading events", e);
    PQclear(res);
    while ((res = PQgetResult(s->db->conn))) PQclear(res);
    if (rc) goto done;
    if (n) rc = pglog_group(s, rows, n, cos, each, arg);
    if (rc) goto done;
    /* every index row up to the last seq read was seen */
    s->covered = last;
    s->orphan_valid = 1;
done:
    for (size_t i = 0; i < n; i++) PQfreemem(rows[i].buf);
    if (copying) pglog_copy_abandon(s);
    mem_free(rows);
    mem_free(cos);
    return rc;
}

static int pglog_scan(void *impl, const eventlog_query_t *q, eventlog_record_fn each, void *arg,
                      err_t *e)
{
    pglog_t *s = impl;
    const char *vals[EVENT_TYPE_COUNT + 6];
    long long last, left, page;
    int n = 0, after_at, limit_at, rc = 0, inflight = 0;
    PGresult *res = NULL;
    buf_t sql;

    if ((rc = pgdb_ready(s->db, e))) return rc;
    if (q->verify && !q->company && !q->ntypes && !q->since && !q->until && q->after <= 0 &&
        q->limit <= 0)
        return pglog_verify_scan(s, each, arg, e);
    buf_init(&sql);
    buf_puts(&sql, "SELECT " PGLOG_COLS);
    if (q->verify) buf_puts(&sql, PGLOG_INDEX_COL);
    if (q->company) {
        buf_puts(&sql, " FROM event_companies c JOIN events e ON e.seq = c.seq "
                       "WHERE lower(c.company) = lower($1) AND c.seq > $2");
        vals[n++] = q->company;
    } else {
        buf_puts(&sql, " FROM events e WHERE e.seq > $1");
    }
    after_at = n++;
    if (q->ntypes) {
        buf_puts(&sql, " AND e.type IN (");
        for (size_t i = 0; i < q->ntypes && i < EVENT_TYPE_COUNT; i++) {
            buf_printf(&sql, i ? ",$%d" : "$%d", n + 1);
            vals[n++] = event_type_name(q->types[i]);
        }
        buf_puts(&sql, ")");
    }
    if (q->since) {
        buf_printf(&sql, " AND e.occurred_on >= $%d", n + 1);
        vals[n++] = q->since;
    }
    if (q->until) {
        buf_printf(&sql, " AND e.occurred_on <= $%d", n + 1);
        vals[n++] = q->until;
    }
    buf_printf(&sql, " ORDER BY %s LIMIT $%d", q->company ? "c.seq" : "e.seq", n + 1);
    limit_at = n++;
    if (sql.oom) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto done;
    }
    /* Page by seq: no long transaction, no whole result in memory. A verify's
     * callback never uses the store, so there the next page is asked for as
     * soon as a page arrives (its last seq is the next key): the server reads
     * it while the client checks this one, instead of the two taking turns. */
    /* a verify of the whole log reads rows below seq 1 too: only damage puts them there */
    last = q->after > 0 ? q->after : q->verify ? INT64_MIN : 0;
    left = q->limit > 0 ? q->limit : -1;
    page = left < 0 || left > PGLOG_PAGE ? PGLOG_PAGE : left;
    if (page > 0 && q->verify &&
        (rc = pglog_send(s, sql.data, vals, n, after_at, last, limit_at, page, &inflight, e)))
        goto done;
    while (page > 0) {
        long long next;
        int rows;
        if (inflight) {
            res = pglog_result(s);
            inflight = 0;
        } else {
            char after[24], limit[24];
            snprintf(after, sizeof after, "%lld", last);
            snprintf(limit, sizeof limit, "%lld", page);
            vals[after_at] = after;
            vals[limit_at] = limit;
            res = PQexecParams(s->db->conn, sql.data, n, NULL, vals, NULL, NULL, 0);
        }
        if (PQresultStatus(res) != PGRES_TUPLES_OK) {
            rc = pgdb_error(s->db, res, "reading events", e);
            goto done;
        }
        rows = PQntuples(res);
        if (rows > 0) last = strtoll(PQgetvalue(res, rows - 1, 0), NULL, 10);
        if (left > 0) left -= rows;
        next = rows < page ? 0 : left < 0 || left > PGLOG_PAGE ? PGLOG_PAGE : left;
        if (next > 0 && q->verify &&
            (rc = pglog_send(s, sql.data, vals, n, after_at, last, limit_at, next, &inflight, e)))
            goto done;
        for (int i = 0; i < rows; i++)
            if ((rc = pglog_record(res, i, q->verify, each, arg, e))) goto done;
        PQclear(res);
        res = NULL;
        page = next;
    }
done:
    PQclear(res);
    if (inflight) PQclear(pglog_result(s)); /* a stop leaves the page asked for ahead */
    buf_release(&sql);
    return rc;
}

static int pglog_get(void *impl, const char *id, eventlog_record_fn each, void *arg, err_t *e)
{
    pglog_t *s = impl;
    const char *vals[1] = {id};
    PGresult *res;
    int rc;

    if ((rc = pgdb_ready(s->db, e))) return rc;
    res = PQexecParams(s->db->conn, "SELECT " PGLOG_COLS " FROM events e WHERE e.id = $1", 1, NULL,
                       vals, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        rc = pgdb_error(s->db, res, "reading an event", e);
    else if (PQntuples(res) == 0)
        rc = err_set(e, ERR_NOTFOUND, "no event with id %s", id);
    else
        rc = pglog_record(res, 0, 0, each, arg, e);
    PQclear(res);
    return rc;
}

/* Writes ids (n of them) into b as a text[] literal: every element quoted,
 * its quotes and backslashes escaped. Returns 0 or ERR_NOMEM. */
static int pglog_text_array(buf_t *b, const char *const *ids, size_t n)
{
    buf_reset(b);
    buf_putc(b, '{');
    for (size_t i = 0; i < n; i++) {
        if (i) buf_putc(b, ',');
        buf_putc(b, '"');
        for (const char *p = ids[i]; *p; p++) {
            if (*p == '"' || *p == '\\') buf_putc(b, '\\');
            buf_putc(b, *p);
        }
        buf_putc(b, '"');
    }
    buf_putc(b, '}');
    return b->oom ? ERR_NOMEM : 0;
}

/* One round trip per PGLOG_PAGE ids instead of one per id: the ids go as
 * one array, joined to the log in their order (a missing one is a row of
 * NULLs). */
static int pglog_get_many(void *impl, const char *const *ids, size_t n, eventlog_record_fn each,
                          void *arg, err_t *e)
{
    static const char sql[] = "SELECT " PGLOG_COLS " FROM unnest($1::text[]) WITH ORDINALITY "
                              "AS u(id, k) LEFT JOIN events e ON e.id = u.id ORDER BY u.k";
    pglog_t *s = impl;
    PGresult *res = NULL;
    buf_t arr;
    int rc;

    if ((rc = pgdb_ready(s->db, e))) return rc;
    buf_init(&arr);
    for (size_t at = 0; at < n && !rc; at += PGLOG_PAGE) {
        size_t page = n - at < PGLOG_PAGE ? n - at : PGLOG_PAGE;
        const char *vals[1];
        if (pglog_text_array(&arr, ids + at, page)) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            break;
        }
        vals[0] = buf_str(&arr);
        res = PQexecParams(s->db->conn, sql, 1, NULL, vals, NULL, NULL, 0);
        if (PQresultStatus(res) != PGRES_TUPLES_OK)
            rc = pgdb_error(s->db, res, "reading events", e);
        else if ((size_t)PQntuples(res) != page)
            rc = err_set(e, ERR_INTERNAL, "reading events: %d rows for %zu ids", PQntuples(res),
                         page);
        for (size_t i = 0; i < page && !rc; i++) {
            if (PQgetisnull(res, (int)i, 0))
                rc = err_set(e, ERR_NOTFOUND, "no event with id %s", ids[at + i]);
            else
                rc = pglog_record(res, (int)i, 0, each, arg, e);
        }
        PQclear(res);
        res = NULL;
    }
    buf_release(&arr);
    return rc;
}

static int pglog_count(void *impl, long long *n, err_t *e)
{
    pglog_t *s = impl;
    int rc = pgdb_ready(s->db, e);
    return rc ? rc : pgdb_query_ll(s->db, "SELECT count(*) FROM events", n, e);
}

/* After a whole-log verify scan, only the index rows past what it covered
 * are asked about (an index range past the head), instead of an anti-join
 * of the whole index against the log (61 ms and three workers at 100k). */
static int pglog_orphans(void *impl, long long *seq, err_t *e)
{
    pglog_t *s = impl;
    int rc = pgdb_ready(s->db, e);
    char sql[200];

    if (rc) return rc;
    if (!s->orphan_valid)
        return pgdb_query_ll(s->db,
                             "SELECT min(c.seq) FROM event_companies c WHERE NOT EXISTS "
                             "(SELECT 1 FROM events e WHERE e.seq = c.seq)",
                             seq, e);
    s->orphan_valid = 0;
    snprintf(sql, sizeof sql,
             "SELECT min(c.seq) FROM event_companies c WHERE c.seq > '%lld'::bigint AND NOT "
             "EXISTS (SELECT 1 FROM events e WHERE e.seq = c.seq)",
             s->covered);
    if ((rc = pgdb_query_ll(s->db, sql, seq, e))) return rc;
    if (s->orphan && (!*seq || s->orphan < *seq)) *seq = s->orphan;
    return 0;
}

static int pglog_data_version(void *impl, long long *token, err_t *e)
{
    pglog_t *s = impl;
    return pgdb_data_version(s->db, token, e);
}

static const eventlog_ops_t pglog_ops = {
    .version = EVENTLOG_OPS_VERSION,
    .append_begin = pglog_append_begin,
    .append_put = pglog_append_put,
    .append_commit = pglog_append_commit,
    .append_rollback = pglog_append_rollback,
    .head = pglog_head,
    .scan = pglog_scan,
    .get = pglog_get,
    .count = pglog_count,
    .orphans = pglog_orphans,
    .data_version = pglog_data_version,
    .recorded_head = pglog_recorded_head,
    .get_many = pglog_get_many,
};

int pgdb_eventlog(pgdb_t *d, eventlog_t *log, err_t *e)
{
    if (!d->log) {
        if (!(d->log = mem_calloc(1, sizeof *d->log)))
            return err_set(e, ERR_NOMEM, "out of memory");
        d->log->db = d;
    }
    log->ops = &pglog_ops;
    log->impl = d->log;
    return 0;
}
