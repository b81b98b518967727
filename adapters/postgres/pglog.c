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

/* One page of a whole-log verify: the events after a seq, and the company
 * index rows of the same seqs in one range scan (asking for each event's rows
 * with a correlated subquery was most of the server's time on a page: 2.1 ms
 * and 0.9 ms of planning against 0.7 ms for the two). Sent as one simple
 * query (two results); the seqs are written as bigint literals. */
#define PGLOG_VERIFY_PAGE                                                                        \
    "SELECT " PGLOG_COLS " FROM events e WHERE e.seq > '%lld'::bigint ORDER BY e.seq LIMIT %d; " \
    "SELECT x.seq, x.company FROM event_companies x WHERE x.seq > '%lld'::bigint AND x.seq <= "  \
    "(SELECT max(p.seq) FROM (SELECT e.seq FROM events e WHERE e.seq > '%lld'::bigint "          \
    "ORDER BY e.seq LIMIT %d) p) ORDER BY x.seq"

static int pglog_verify_send(pglog_t *s, long long after, err_t *e)
{
    char sql[sizeof PGLOG_VERIFY_PAGE + 96];

    snprintf(sql, sizeof sql, PGLOG_VERIFY_PAGE, after, PGLOG_PAGE, after, after, PGLOG_PAGE);
    if (!PQsendQuery(s->db->conn, sql)) return pgdb_error(s->db, NULL, "reading events", e);
    return 0;
}

/* Takes the two results of the page pglog_verify_send() asked for. */
static void pglog_verify_take(pglog_t *s, PGresult **ev, PGresult **ix)
{
    PGresult *more;

    *ev = PQgetResult(s->db->conn);
    *ix = *ev ? PQgetResult(s->db->conn) : NULL;
    while ((more = PQgetResult(s->db->conn))) PQclear(more);
}

/* A verify of the whole log: pages of events, each with its company index
 * rows merged in by seq, the next page asked for before this one is handed
 * over (a verify's callback never uses the store). */
static int pglog_verify_scan(pglog_t *s, eventlog_record_fn each, void *arg, err_t *e)
{
    PGresult *ev = NULL, *ix = NULL;
    const char **cos = NULL;
    size_t capcos = 0;
    long long last = INT64_MIN;
    int rc, inflight;

    s->orphan_valid = 0;
    s->orphan = 0;
    if ((rc = pglog_verify_send(s, last, e))) return rc;
    inflight = 1;
    while (inflight) {
        int rows, nix, j = 0;
        size_t k = 0;
        long long prev = 0;
        pglog_verify_take(s, &ev, &ix);
        inflight = 0;
        if (PQresultStatus(ev) != PGRES_TUPLES_OK) {
            rc = pgdb_error(s->db, ev, "reading events", e);
            goto done;
        }
        if (PQresultStatus(ix) != PGRES_TUPLES_OK) {
            rc = pgdb_error(s->db, ix, "reading the company index", e);
            goto done;
        }
        rows = PQntuples(ev);
        nix = PQntuples(ix);
        if (rows > 0) last = strtoll(PQgetvalue(ev, rows - 1, 0), NULL, 10);
        if (rows == PGLOG_PAGE) {
            if ((rc = pglog_verify_send(s, last, e))) goto done;
            inflight = 1;
        }
        for (int i = 0; i < rows; i++) {
            long long seq = strtoll(PQgetvalue(ev, i, 0), NULL, 10);
            eventlog_record_t rec;
            /* a seq stored twice (damage) gets the same index rows again */
            if (i == 0 || seq != prev) {
                long long at;
                k = 0;
                /* index rows of no event of the page, below this one: orphans */
                for (; j < nix && (at = strtoll(PQgetvalue(ix, j, 0), NULL, 10)) < seq; j++)
                    if (!s->orphan || at < s->orphan) s->orphan = at;
                for (; j < nix && strtoll(PQgetvalue(ix, j, 0), NULL, 10) == seq; j++) {
                    if (PQgetisnull(ix, j, 1)) continue;
                    if (k == capcos) {
                        size_t cap = capcos ? capcos * 2 : 16;
                        const char **more = mem_realloc(cos, cap * sizeof *more);
                        if (!more) {
                            rc = err_set(e, ERR_NOMEM, "out of memory");
                            goto done;
                        }
                        cos = more;
                        capcos = cap;
                    }
                    cos[k++] = PQgetvalue(ix, j, 1);
                }
            }
            prev = seq;
            pglog_fill(ev, i, &rec);
            rec.companies = k ? cos : NULL;
            rec.ncompanies = k;
            if ((rc = each(arg, &rec))) goto done;
        }
        /* index rows past the page's last event wait for the next page's range */
        s->covered = last;
        PQclear(ev);
        PQclear(ix);
        ev = ix = NULL;
    }
    s->orphan_valid = 1;
done:
    PQclear(ev);
    PQclear(ix);
    if (inflight) { /* a stop leaves the page asked for ahead */
        pglog_verify_take(s, &ev, &ix);
        PQclear(ev);
        PQclear(ix);
    }
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
