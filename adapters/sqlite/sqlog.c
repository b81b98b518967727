/* sqlog: the event log port on SQLite (see core/eventlog.h and migrations/0001). */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "../../core/buf.h"
#include "../../core/mem.h"
#include "../crypto/hash.h"
#include "../json/codec.h"
#include "db_internal.h"

struct sqlog_s {
    db_t *db;           /* borrowed: the log lives inside its db */
    sqlite3_stmt *head; /* owned prepared statements */
    sqlite3_stmt *ins_event;
    sqlite3_stmt *ins_company;
    sqlite3_stmt *get;
    buf_t body;
};

void sqlog_free(sqlog_t *s)
{
    if (!s) return;
    sqlite3_finalize(s->head);
    sqlite3_finalize(s->ins_event);
    sqlite3_finalize(s->ins_company);
    sqlite3_finalize(s->get);
    buf_release(&s->body);
    mem_free(s);
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

static void sqlog_now(char out[21])
{
    time_t t = time(NULL);
    struct tm tm;

    gmtime_r(&t, &tm);
    strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Forgets what a failed append wrote into the batch. */
static void sqlog_unstamp(event_list_t *batch)
{
    for (size_t i = 0; i < batch->n; i++) {
        event_t *ev = &batch->items[i];
        ev->seq = 0;
        event_set_string(&ev->recorded_at, NULL);
        event_set_string(&ev->prev_hash, NULL);
        event_set_string(&ev->hash, NULL);
    }
}

static int sqlog_insert(sqlog_t *s, event_t *ev, long long seq, const char *now, const char *prev,
                        int *inserted, err_t *e)
{
    char hash[HASH_HEX_LEN + 1];
    sqlite3_stmt *st = s->ins_event;
    int rc;

    ev->seq = seq;
    if (event_set_string(&ev->recorded_at, now)) return err_set(e, ERR_NOMEM, "out of memory");
    buf_reset(&s->body);
    if (event_canon(ev, EVENT_CANON_FULL, &s->body)) return err_set(e, ERR_NOMEM, "out of memory");
    hash_chain(prev, s->body.data, s->body.len, hash);
    sqlite3_bind_int64(st, 1, seq);
    sqlite3_bind_text(st, 2, ev->id, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, event_type_name(ev->type), -1, SQLITE_STATIC);
    if (ev->occurred_on[0])
        sqlite3_bind_text(st, 4, ev->occurred_on, 10, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, 4);
    sqlite3_bind_text(st, 5, now, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, s->body.data, (int)s->body.len, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, prev, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, hash, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return db_error(s->db, rc, "appending an event", e);
    *inserted = sqlite3_changes(s->db->h) > 0;
    if (!*inserted) {
        ev->seq = 0;
        event_set_string(&ev->recorded_at, NULL);
        return 0;
    }
    for (size_t i = 0; i < ev->ncompanies; i++) {
        sqlite3_stmt *c = s->ins_company;
        sqlite3_bind_text(c, 1, ev->companies[i].id, -1, SQLITE_STATIC);
        sqlite3_bind_int64(c, 2, seq);
        if (ev->companies[i].role)
            sqlite3_bind_text(c, 3, ev->companies[i].role, -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(c, 3);
        rc = sqlite3_step(c);
        sqlite3_reset(c);
        if (rc != SQLITE_DONE) return db_error(s->db, rc, "indexing an event's companies", e);
    }
    if (event_set_string(&ev->prev_hash, prev) || event_set_string(&ev->hash, hash))
        return err_set(e, ERR_NOMEM, "out of memory");
    return 0;
}

static int sqlog_append(void *impl, event_list_t *batch, long long expected, eventlog_result_t *res,
                        err_t *e)
{
    sqlog_t *s = impl;
    char now[21], head_hash[65];
    long long head;
    int rc;

    if (s->db->readonly) return err_set(e, ERR_READONLY, "database %s is read-only", s->db->path);
    for (size_t i = 0; i < batch->n; i++)
        if (hash_event_ensure_id(&batch->items[i])) return err_set(e, ERR_NOMEM, "out of memory");
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
    if ((rc = db_begin(s->db, e))) return rc;
    if ((rc = sqlog_read_head(s, &head, head_hash, e))) goto fail;
    if (expected != EVENTLOG_NO_EXPECTED && expected != head) {
        rc = err_set(e, ERR_CONFLICT,
                     "the log head is at seq %lld, not the expected %lld: read again and retry",
                     head, expected);
        goto fail;
    }
    if (!head_hash[0]) snprintf(head_hash, sizeof head_hash, "%s", HASH_ZERO);
    sqlog_now(now);
    res->appended = res->present = 0;
    for (size_t i = 0; i < batch->n; i++) {
        event_t *ev = &batch->items[i];
        int inserted = 0;
        if ((rc = sqlog_insert(s, ev, head + 1, now, head_hash, &inserted, e))) goto fail;
        if (inserted) {
            head++;
            memcpy(head_hash, ev->hash, 65);
            res->appended++;
        } else {
            res->present++;
        }
    }
    if ((rc = db_commit(s->db, e))) goto fail_committed;
    res->head_seq = head;
    snprintf(res->head_hash, sizeof res->head_hash, "%s", head ? head_hash : "");
    return 0;
fail:
    db_rollback(s->db);
fail_committed:
    sqlog_unstamp(batch);
    res->appended = res->present = 0;
    return rc;
}

static int sqlog_head(void *impl, long long *seq, char hash[65], err_t *e)
{
    return sqlog_read_head(impl, seq, hash, e);
}

/* Decodes one row (seq, body, prev_hash, hash) into ev (caller storage). */
static int sqlog_row(sqlog_t *s, sqlite3_stmt *st, event_t *ev, err_t *e)
{
    const char *body = (const char *)sqlite3_column_text(st, 1);
    int n = sqlite3_column_bytes(st, 1);
    long long seq = sqlite3_column_int64(st, 0);
    int rc;

    (void)s;
    if ((rc = codec_event_parse(body ? body : "", (size_t)n, CODEC_STORED, ev, NULL, e)))
        return err_wrap(e, "event seq %lld is unreadable", seq);
    ev->seq = seq;
    if (event_set_string(&ev->prev_hash, (const char *)sqlite3_column_text(st, 2)) ||
        event_set_string(&ev->hash, (const char *)sqlite3_column_text(st, 3)))
        return err_set(e, ERR_NOMEM, "out of memory");
    return 0;
}

static int sqlog_scan(void *impl, const eventlog_query_t *q, eventlog_each_fn each, void *arg,
                      err_t *e)
{
    static const eventlog_query_t all = {0};
    sqlog_t *s = impl;
    sqlite3_stmt *st = NULL;
    buf_t sql;
    event_t ev;
    int rc, bind = 1;

    if (!q) q = &all;
    buf_init(&sql);
    event_init(&ev);
    if (q->company)
        buf_puts(&sql, "SELECT e.seq, e.body, e.prev_hash, e.hash FROM event_companies c "
                       "JOIN events e ON e.seq = c.seq WHERE c.company = ? AND c.seq > ?");
    else
        buf_puts(&sql, "SELECT e.seq, e.body, e.prev_hash, e.hash FROM events e WHERE e.seq > ?");
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
    if (q->company) sqlite3_bind_text(st, bind++, q->company, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, bind++, q->after > 0 ? q->after : 0);
    for (size_t i = 0; i < q->ntypes; i++)
        sqlite3_bind_text(st, bind++, event_type_name(q->types[i]), -1, SQLITE_STATIC);
    if (q->since) sqlite3_bind_text(st, bind++, q->since, -1, SQLITE_STATIC);
    if (q->until) sqlite3_bind_text(st, bind++, q->until, -1, SQLITE_STATIC);
    if (q->limit > 0) sqlite3_bind_int64(st, bind++, q->limit);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if ((rc = sqlog_row(s, st, &ev, e))) goto done;
        rc = each(arg, &ev);
        event_release(&ev);
        if (rc) goto done;
    }
    rc = rc == SQLITE_DONE ? 0 : db_error(s->db, rc, "reading events", e);
done:
    event_release(&ev);
    sqlite3_finalize(st);
    buf_release(&sql);
    return rc;
}

static int sqlog_get(void *impl, const char *id, event_t *out, err_t *e)
{
    sqlog_t *s = impl;
    int rc;

    event_init(out);
    if ((rc = sqlog_prepare(s, &s->get,
                            "SELECT seq, body, prev_hash, hash FROM events WHERE id = ?1", e)))
        return rc;
    sqlite3_bind_text(s->get, 1, id, -1, SQLITE_STATIC);
    rc = sqlite3_step(s->get);
    if (rc == SQLITE_ROW)
        rc = sqlog_row(s, s->get, out, e);
    else if (rc == SQLITE_DONE)
        rc = err_set(e, ERR_NOTFOUND, "no event with id %s", id);
    else
        rc = db_error(s->db, rc, "reading an event", e);
    sqlite3_reset(s->get);
    return rc;
}

static const eventlog_ops_t sqlog_ops = {
    EVENTLOG_OPS_VERSION, sqlog_append, sqlog_head, sqlog_scan, sqlog_get,
};

int db_eventlog(db_t *d, eventlog_t *log, err_t *e)
{
    if (!d->log) {
        if (!(d->log = mem_calloc(1, sizeof *d->log)))
            return err_set(e, ERR_NOMEM, "out of memory");
        d->log->db = d;
        buf_init(&d->log->body);
    }
    log->ops = &sqlog_ops;
    log->impl = d->log;
    return 0;
}

static void sqlog_bad(db_verify_t *r, long long seq, const char *fmt, const char *a)
{
    r->bad_seq = seq;
    snprintf(r->problem, sizeof r->problem, fmt, a);
}

/* Checks that the company index of seq holds exactly ev's companies. */
static int sqlog_verify_companies(db_t *d, sqlite3_stmt *st, const event_t *ev, int *ok, err_t *e)
{
    size_t n = 0, distinct = 0;
    int rc;

    *ok = 1;
    sqlite3_bind_int64(st, 1, ev->seq);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        n++;
        if (!event_has_company(ev, (const char *)sqlite3_column_text(st, 0))) *ok = 0;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return db_error(d, rc, "reading the company index", e);
    for (size_t i = 0; i < ev->ncompanies; i++) {
        size_t j = 0;
        while (j < i && strcmp(ev->companies[i].id, ev->companies[j].id) != 0) j++;
        if (j == i) distinct++;
    }
    if (n != distinct) *ok = 0;
    return 0;
}

int db_verify(db_t *d, db_verify_t *r, err_t *e)
{
    sqlite3_stmt *st = NULL, *cs = NULL;
    char prev[65], hash[HASH_HEX_LEN + 1];
    buf_t canon;
    event_t ev;
    err_t perr;
    int rc;

    memset(r, 0, sizeof *r);
    buf_init(&canon);
    event_init(&ev);
    snprintf(prev, sizeof prev, "%s", HASH_ZERO);
    rc = sqlite3_prepare_v2(d->h,
                            "SELECT seq, body, prev_hash, hash, id, type, occurred_on "
                            "FROM events ORDER BY seq",
                            -1, &st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(d->h, "SELECT company FROM event_companies WHERE seq = ?1", -1, &cs,
                                NULL);
    if (rc != SQLITE_OK) {
        rc = db_error(d, rc, "verifying", e);
        goto done;
    }
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        long long seq = sqlite3_column_int64(st, 0);
        const char *body = (const char *)sqlite3_column_text(st, 1);
        int n = sqlite3_column_bytes(st, 1);
        const char *ph = (const char *)sqlite3_column_text(st, 2);
        const char *h = (const char *)sqlite3_column_text(st, 3);
        const char *id = (const char *)sqlite3_column_text(st, 4);
        const char *type = (const char *)sqlite3_column_text(st, 5);
        const char *occ = (const char *)sqlite3_column_text(st, 6);
        int ok;

        r->events++;
        if (seq != r->head_seq + 1) {
            char gap[32];
            snprintf(gap, sizeof gap, "%lld", r->head_seq + 1);
            sqlog_bad(r, r->head_seq + 1, "seq %s is missing (gap in the log)", gap);
            break;
        }
        if (!body || !ph || !h) {
            sqlog_bad(r, seq, "%s", "a column is NULL");
            break;
        }
        if (strcmp(ph, prev) != 0) {
            sqlog_bad(r, seq, "prev_hash %s does not match the hash of the event before", ph);
            break;
        }
        hash_chain(prev, body, (size_t)n, hash);
        if (strcmp(hash, h) != 0) {
            sqlog_bad(r, seq, "hash does not match its content (stored %s)", h);
            break;
        }
        event_release(&ev);
        if (codec_event_parse(body, (size_t)n, CODEC_STORED, &ev, NULL, &perr) ||
            event_validate(&ev, &perr)) {
            sqlog_bad(r, seq, "body is not a valid event: %s", perr.msg);
            break;
        }
        buf_reset(&canon);
        if (event_canon(&ev, EVENT_CANON_FULL, &canon)) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto done;
        }
        if (canon.len != (size_t)n || memcmp(canon.data, body, (size_t)n) != 0) {
            sqlog_bad(r, seq, "%s", "body is not in canonical form");
            break;
        }
        if (ev.seq != seq || !id || !ev.id || strcmp(id, ev.id) != 0 || !type ||
            strcmp(type, event_type_name(ev.type)) != 0 ||
            strcmp(occ ? occ : "", ev.occurred_on) != 0) {
            sqlog_bad(r, seq, "%s", "columns (seq, id, type, occurred_on) disagree with the body");
            break;
        }
        if ((rc = sqlog_verify_companies(d, cs, &ev, &ok, e))) goto done;
        if (!ok) {
            sqlog_bad(r, seq, "%s", "company index disagrees with the body");
            break;
        }
        r->head_seq = seq;
        memcpy(prev, h, sizeof prev);
        snprintf(r->head_hash, sizeof r->head_hash, "%s", h);
    }
    /* A break leaves rc at SQLITE_ROW, or at 0 after a check of ours. */
    rc = (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
             ? 0
             : db_error(d, rc, "verifying", e);
    if (rc == 0 && r->bad_seq == 0) {
        /* Rows of the company index that point at no event. */
        sqlite3_stmt *orphan = NULL;
        if (sqlite3_prepare_v2(d->h,
                               "SELECT min(seq) FROM event_companies WHERE seq NOT IN "
                               "(SELECT seq FROM events)",
                               -1, &orphan, NULL) == SQLITE_OK &&
            sqlite3_step(orphan) == SQLITE_ROW && sqlite3_column_type(orphan, 0) != SQLITE_NULL)
            sqlog_bad(r, sqlite3_column_int64(orphan, 0), "%s",
                      "company index names an event that is not in the log");
        sqlite3_finalize(orphan);
    }
done:
    sqlite3_finalize(st);
    sqlite3_finalize(cs);
    event_release(&ev);
    buf_release(&canon);
    return rc;
}
