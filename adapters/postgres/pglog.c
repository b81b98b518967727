/* pglog: the event log port on PostgreSQL (see core/eventlog.h and
 * migrations/postgres/0001). The rules of the log (ids, canonical body, chain)
 * are the same functions SQLite uses; only the storing differs. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "../../core/buf.h"
#include "../../core/mem.h"
#include "../crypto/hash.h"
#include "../json/codec.h"
#include "pg_internal.h"

#define PGLOG_PAGE 1000 /* rows per round trip when reading */

struct pglog_s {
    pgdb_t *db;   /* borrowed: the log lives inside its db */
    int prepared; /* the append statements are prepared on this connection */
    buf_t body;
};

void pglog_free(pglog_t *s)
{
    if (!s) return;
    buf_release(&s->body);
    mem_free(s);
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

/* Stores the head of res (seq, hash; no row for an empty log). */
static void pglog_head_of(const PGresult *res, long long *seq, char hash[65])
{
    *seq = 0;
    hash[0] = '\0';
    if (PQntuples(res) > 0) {
        *seq = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
        snprintf(hash, 65, "%s", PQgetvalue(res, 0, 1));
    }
}

static void pglog_now(char out[21])
{
    time_t t = time(NULL);
    struct tm tm;

    gmtime_r(&t, &tm);
    strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Forgets what a failed append wrote into the batch. */
static void pglog_unstamp(event_list_t *batch)
{
    for (size_t i = 0; i < batch->n; i++) {
        event_t *ev = &batch->items[i];
        ev->seq = 0;
        event_set_string(&ev->recorded_at, NULL);
        event_set_string(&ev->prev_hash, NULL);
        event_set_string(&ev->hash, NULL);
    }
}

static int pglog_insert(pglog_t *s, event_t *ev, long long seq, const char *now, const char *prev,
                        int *inserted, err_t *e)
{
    char hash[HASH_HEX_LEN + 1], seqs[24];
    const char *vals[8];
    PGresult *res;
    int rc = 0;

    ev->seq = seq;
    if (event_set_string(&ev->recorded_at, now)) return err_set(e, ERR_NOMEM, "out of memory");
    buf_reset(&s->body);
    if (event_canon(ev, EVENT_CANON_FULL, &s->body)) return err_set(e, ERR_NOMEM, "out of memory");
    hash_chain(prev, s->body.data, s->body.len, hash);
    snprintf(seqs, sizeof seqs, "%lld", seq);
    vals[0] = seqs;
    vals[1] = ev->id;
    vals[2] = event_type_name(ev->type);
    vals[3] = ev->occurred_on[0] ? ev->occurred_on : NULL;
    vals[4] = now;
    vals[5] = s->body.data;
    vals[6] = prev;
    vals[7] = hash;
    res = PQexecPrepared(s->db->conn, "seismo_append", 8, vals, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
        rc = pgdb_error(s->db, res, "appending an event", e);
        PQclear(res);
        return rc;
    }
    *inserted = strcmp(PQgetvalue(res, 0, 0), "0") != 0;
    PQclear(res);
    if (!*inserted) {
        ev->seq = 0;
        event_set_string(&ev->recorded_at, NULL);
        return 0;
    }
    if (event_set_string(&ev->prev_hash, prev) || event_set_string(&ev->hash, hash))
        return err_set(e, ERR_NOMEM, "out of memory");
    return 0;
}

static int pglog_append(void *impl, event_list_t *batch, long long expected, eventlog_result_t *res,
                        err_t *e)
{
    pglog_t *s = impl;
    char now[21], head_hash[65], sql[96];
    long long head;
    PGresult *r;
    int rc;

    if (s->db->readonly) return err_set(e, ERR_READONLY, "%s is open read-only", s->db->name);
    for (size_t i = 0; i < batch->n; i++)
        if (hash_event_ensure_id(&batch->items[i])) return err_set(e, ERR_NOMEM, "out of memory");
    if ((rc = pglog_prepare(s, e))) return rc;
    r = PQexec(s->db->conn, PGDB_SQL_BEGIN);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        rc = pgdb_error(s->db, r, "starting an append", e);
        PQclear(r);
        goto fail;
    }
    pglog_head_of(r, &head, head_hash);
    PQclear(r);
    if (expected != EVENTLOG_NO_EXPECTED && expected != head) {
        rc = err_set(e, ERR_CONFLICT,
                     "the log head is at seq %lld, not the expected %lld: read again and retry",
                     head, expected);
        goto fail;
    }
    if (!head_hash[0]) snprintf(head_hash, sizeof head_hash, "%s", HASH_ZERO);
    pglog_now(now);
    res->appended = res->present = 0;
    for (size_t i = 0; i < batch->n; i++) {
        event_t *ev = &batch->items[i];
        int inserted = 0;
        if ((rc = pglog_insert(s, ev, head + 1, now, head_hash, &inserted, e))) goto fail;
        if (inserted) {
            head++;
            memcpy(head_hash, ev->hash, 65);
            res->appended++;
        } else {
            res->present++;
        }
    }
    /* Listeners (other nodes' long polls) hear of it when, and only if, it commits. */
    if (res->appended) {
        snprintf(sql, sizeof sql, "SELECT pg_notify('%s', '%lld')", PGDB_CHANNEL, head);
        if ((rc = pgdb_exec(s->db, sql, e))) goto fail;
    }
    if ((rc = pgdb_commit(s->db, e))) goto fail_committed;
    res->head_seq = head;
    snprintf(res->head_hash, sizeof res->head_hash, "%s", head ? head_hash : "");
    return 0;
fail:
    pgdb_rollback(s->db);
fail_committed:
    pglog_unstamp(batch);
    res->appended = res->present = 0;
    return rc;
}

static int pglog_head(void *impl, long long *seq, char hash[65], err_t *e)
{
    pglog_t *s = impl;
    PGresult *r = PQexec(s->db->conn, "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1");
    int rc = 0;

    if (PQresultStatus(r) != PGRES_TUPLES_OK)
        rc = pgdb_error(s->db, r, "reading the log head", e);
    else
        pglog_head_of(r, seq, hash);
    PQclear(r);
    return rc;
}

/* Decodes row i of res (seq, body, prev_hash, hash) into ev (caller storage). */
static int pglog_row(const PGresult *res, int i, event_t *ev, err_t *e)
{
    const char *body = PQgetvalue(res, i, 1);
    long long seq = strtoll(PQgetvalue(res, i, 0), NULL, 10);
    int rc;

    if ((rc = codec_event_parse(body, (size_t)PQgetlength(res, i, 1), CODEC_STORED, ev, NULL, e)))
        return err_wrap(e, "event seq %lld is unreadable", seq);
    ev->seq = seq;
    if (event_set_string(&ev->prev_hash, PQgetvalue(res, i, 2)) ||
        event_set_string(&ev->hash, PQgetvalue(res, i, 3)))
        return err_set(e, ERR_NOMEM, "out of memory");
    return 0;
}

static int pglog_scan(void *impl, const eventlog_query_t *q, eventlog_each_fn each, void *arg,
                      err_t *e)
{
    static const eventlog_query_t all = {0};
    pglog_t *s = impl;
    const char *vals[EVENT_TYPE_COUNT + 6];
    char after[24], limit[24];
    long long last, left;
    int n = 0, after_at, limit_at, rc = 0;
    PGresult *res = NULL;
    buf_t sql;
    event_t ev;

    if (!q) q = &all;
    buf_init(&sql);
    event_init(&ev);
    if (q->company) {
        buf_puts(&sql, "SELECT e.seq, e.body, e.prev_hash, e.hash FROM event_companies c "
                       "JOIN events e ON e.seq = c.seq WHERE lower(c.company) = lower($1) "
                       "AND c.seq > $2");
        vals[n++] = q->company;
    } else {
        buf_puts(&sql, "SELECT e.seq, e.body, e.prev_hash, e.hash FROM events e WHERE e.seq > $1");
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
    /* Page by seq: no long transaction, no whole result in memory. */
    last = q->after > 0 ? q->after : 0;
    left = q->limit > 0 ? q->limit : -1;
    for (;;) {
        long long page = left < 0 || left > PGLOG_PAGE ? PGLOG_PAGE : left;
        int rows;
        if (page == 0) break;
        snprintf(after, sizeof after, "%lld", last);
        snprintf(limit, sizeof limit, "%lld", page);
        vals[after_at] = after;
        vals[limit_at] = limit;
        res = PQexecParams(s->db->conn, sql.data, n, NULL, vals, NULL, NULL, 0);
        if (PQresultStatus(res) != PGRES_TUPLES_OK) {
            rc = pgdb_error(s->db, res, "reading events", e);
            goto done;
        }
        rows = PQntuples(res);
        for (int i = 0; i < rows; i++) {
            if ((rc = pglog_row(res, i, &ev, e))) goto done;
            last = ev.seq;
            rc = each(arg, &ev);
            event_release(&ev);
            if (rc) goto done;
        }
        PQclear(res);
        res = NULL;
        if (left > 0) left -= rows;
        if (rows < page) break;
    }
done:
    PQclear(res);
    event_release(&ev);
    buf_release(&sql);
    return rc;
}

static int pglog_get(void *impl, const char *id, event_t *out, err_t *e)
{
    pglog_t *s = impl;
    const char *vals[1] = {id};
    PGresult *res;
    int rc;

    event_init(out);
    res = PQexecParams(s->db->conn, "SELECT seq, body, prev_hash, hash FROM events WHERE id = $1",
                       1, NULL, vals, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        rc = pgdb_error(s->db, res, "reading an event", e);
    else if (PQntuples(res) == 0)
        rc = err_set(e, ERR_NOTFOUND, "no event with id %s", id);
    else
        rc = pglog_row(res, 0, out, e);
    PQclear(res);
    return rc;
}

static const eventlog_ops_t pglog_ops = {
    EVENTLOG_OPS_VERSION, pglog_append, pglog_head, pglog_scan, pglog_get,
};

int pgdb_eventlog(pgdb_t *d, eventlog_t *log, err_t *e)
{
    if (!d->log) {
        if (!(d->log = mem_calloc(1, sizeof *d->log)))
            return err_set(e, ERR_NOMEM, "out of memory");
        d->log->db = d;
        buf_init(&d->log->body);
    }
    log->ops = &pglog_ops;
    log->impl = d->log;
    return 0;
}

static void pglog_bad(pgdb_verify_t *r, long long seq, const char *fmt, const char *a)
{
    r->bad_seq = seq;
    snprintf(r->problem, sizeof r->problem, fmt, a);
}

/* Checks that the company index rows (newline-separated, borrowed) are exactly ev's companies. */
static int pglog_companies_ok(const event_t *ev, const char *index)
{
    size_t n = 0, distinct = 0;
    char *copy, *save = NULL;
    int ok = 1;

    if (!(copy = mem_strdup(index ? index : ""))) return 0;
    for (char *tok = strtok_r(copy, "\n", &save); tok; tok = strtok_r(NULL, "\n", &save)) {
        n++;
        if (!event_has_company(ev, tok)) ok = 0;
    }
    mem_free(copy);
    for (size_t i = 0; i < ev->ncompanies; i++) {
        size_t j = 0;
        while (j < i && strcasecmp(ev->companies[i].id, ev->companies[j].id) != 0) j++;
        if (j == i) distinct++;
    }
    return ok && n == distinct;
}

/* Checks one row (seq, body, prev_hash, hash, id, type, occurred_on, companies)
 * after prev; returns 1 when it is good, 0 after filling r with the problem. */
static int pglog_verify_row(const PGresult *res, int i, const char *prev, pgdb_verify_t *r,
                            buf_t *canon, event_t *ev, int *oom)
{
    long long seq = strtoll(PQgetvalue(res, i, 0), NULL, 10);
    const char *body = PQgetvalue(res, i, 1);
    size_t n = (size_t)PQgetlength(res, i, 1);
    const char *ph = PQgetvalue(res, i, 2), *h = PQgetvalue(res, i, 3);
    const char *id = PQgetvalue(res, i, 4), *type = PQgetvalue(res, i, 5);
    const char *occ = PQgetisnull(res, i, 6) ? "" : PQgetvalue(res, i, 6);
    char hash[HASH_HEX_LEN + 1], gap[32];
    err_t perr = {0};

    if (seq != r->head_seq + 1) {
        snprintf(gap, sizeof gap, "%lld", r->head_seq + 1);
        pglog_bad(r, r->head_seq + 1, "seq %s is missing (gap in the log)", gap);
        return 0;
    }
    if (strcmp(ph, prev) != 0) {
        pglog_bad(r, seq, "prev_hash %s does not match the hash of the event before", ph);
        return 0;
    }
    hash_chain(prev, body, n, hash);
    if (strcmp(hash, h) != 0) {
        pglog_bad(r, seq, "hash does not match its content (stored %s)", h);
        return 0;
    }
    event_release(ev);
    if (codec_event_parse(body, n, CODEC_STORED, ev, NULL, &perr) || event_validate(ev, &perr)) {
        pglog_bad(r, seq, "body is not a valid event: %s", perr.msg);
        return 0;
    }
    buf_reset(canon);
    if (event_canon(ev, EVENT_CANON_FULL, canon)) {
        *oom = 1;
        return 0;
    }
    if (canon->len != n || memcmp(canon->data, body, n) != 0) {
        pglog_bad(r, seq, "%s", "body is not in canonical form");
        return 0;
    }
    if (ev->seq != seq || !ev->id || strcmp(id, ev->id) != 0 ||
        strcmp(type, event_type_name(ev->type)) != 0 || strcmp(occ, ev->occurred_on) != 0) {
        pglog_bad(r, seq, "%s", "columns (seq, id, type, occurred_on) disagree with the body");
        return 0;
    }
    if (!pglog_companies_ok(ev, PQgetisnull(res, i, 7) ? "" : PQgetvalue(res, i, 7))) {
        pglog_bad(r, seq, "%s", "company index disagrees with the body");
        return 0;
    }
    return 1;
}

int pgdb_verify(pgdb_t *d, pgdb_verify_t *r, err_t *e)
{
    static const char *const page_sql =
        "SELECT e.seq, e.body, e.prev_hash, e.hash, e.id, e.type, e.occurred_on, "
        "(SELECT string_agg(c.company, E'\\n') FROM event_companies c WHERE c.seq = e.seq) "
        "FROM events e WHERE e.seq > $1 ORDER BY e.seq LIMIT 1000";
    char prev[65], after[24];
    const char *vals[1] = {after};
    PGresult *res = NULL;
    buf_t canon;
    event_t ev;
    int rc, oom = 0;

    memset(r, 0, sizeof *r);
    buf_init(&canon);
    event_init(&ev);
    snprintf(prev, sizeof prev, "%s", HASH_ZERO);
    /* One snapshot for the whole walk, pages and all. */
    if ((rc = pgdb_exec(d, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", e))) goto done;
    for (;;) {
        int rows;
        snprintf(after, sizeof after, "%lld", r->head_seq);
        res = PQexecParams(d->conn, page_sql, 1, NULL, vals, NULL, NULL, 0);
        if (PQresultStatus(res) != PGRES_TUPLES_OK) {
            rc = pgdb_error(d, res, "verifying", e);
            goto done;
        }
        rows = PQntuples(res);
        for (int i = 0; i < rows; i++) {
            r->events++;
            if (!pglog_verify_row(res, i, prev, r, &canon, &ev, &oom)) {
                if (oom) rc = err_set(e, ERR_NOMEM, "out of memory");
                goto done;
            }
            r->head_seq++;
            snprintf(prev, sizeof prev, "%s", PQgetvalue(res, i, 3));
            snprintf(r->head_hash, sizeof r->head_hash, "%s", prev);
        }
        PQclear(res);
        res = NULL;
        if (rows < 1000) break;
    }
    /* Rows of the company index that point at no event. */
    {
        long long orphan = 0;
        if ((rc = pgdb_query_ll(d,
                                "SELECT min(c.seq) FROM event_companies c WHERE NOT EXISTS "
                                "(SELECT 1 FROM events e WHERE e.seq = c.seq)",
                                &orphan, e)))
            goto done;
        if (orphan)
            pglog_bad(r, orphan, "%s", "company index names an event that is not in the log");
    }
done:
    PQclear(res);
    pgdb_rollback(d);
    event_release(&ev);
    buf_release(&canon);
    return rc;
}
