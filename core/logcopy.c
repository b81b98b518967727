#include "logcopy.h"

#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "mem.h"

/* One record read from the source, owned. */
typedef struct logcopy_rec_s {
    long long seq;
    char *body, *prev_hash, *hash, *id, *type, *occurred_on, *recorded_at;
    size_t body_len;
} logcopy_rec_t;

typedef struct logcopy_chunk_s {
    logcopy_rec_t items[LOGCOPY_CHUNK];
    size_t n;
    int oom;
} logcopy_chunk_t;

static void logcopy_chunk_clear(logcopy_chunk_t *c)
{
    for (size_t i = 0; i < c->n; i++) {
        logcopy_rec_t *r = &c->items[i];
        mem_free(r->body), mem_free(r->prev_hash), mem_free(r->hash), mem_free(r->id);
        mem_free(r->type), mem_free(r->occurred_on), mem_free(r->recorded_at);
    }
    c->n = 0;
    c->oom = 0;
}

static char *logcopy_dup(const char *s, int *oom)
{
    char *d;
    if (!s) return NULL;
    if (!(d = mem_strdup(s))) *oom = 1;
    return d;
}

static int logcopy_collect(void *arg, const eventlog_record_t *rec)
{
    logcopy_chunk_t *c = arg;
    logcopy_rec_t *r;

    if (c->n >= LOGCOPY_CHUNK) return 1;
    r = &c->items[c->n++];
    memset(r, 0, sizeof *r);
    r->seq = rec->seq;
    if ((r->body = mem_alloc(rec->body_len + 1))) {
        memcpy(r->body, rec->body, rec->body_len);
        r->body[rec->body_len] = '\0';
        r->body_len = rec->body_len;
    } else {
        c->oom = 1;
    }
    r->prev_hash = logcopy_dup(rec->prev_hash, &c->oom);
    r->hash = logcopy_dup(rec->hash, &c->oom);
    r->id = logcopy_dup(rec->id, &c->oom);
    r->type = logcopy_dup(rec->type, &c->oom);
    r->occurred_on = logcopy_dup(rec->occurred_on, &c->oom);
    r->recorded_at = logcopy_dup(rec->recorded_at, &c->oom);
    return c->oom ? ERR_NOMEM : 0;
}

/* Reads up to LOGCOPY_CHUNK records of from after seq into c. */
static int logcopy_read(eventlog_t *from, long long after, logcopy_chunk_t *c, err_t *e)
{
    eventlog_query_t q;
    int rc;

    memset(&q, 0, sizeof q);
    q.after = after;
    q.limit = LOGCOPY_CHUNK;
    q.verify = 1; /* every column, as stored */
    rc = eventlog_scan_records(from, &q, logcopy_collect, c, e);
    if (rc == ERR_NOMEM || c->oom) return err_set(e, ERR_NOMEM, "out of memory");
    return rc;
}

/* Writes chunk c onto to, whose head is *head / head_hash, in one transaction. */
static int logcopy_write(eventlog_t *to, logcopy_chunk_t *c, long long *head, char head_hash[65],
                         err_t *e)
{
    eventlog_head_t found;
    char th[65], want[65];
    long long tseq = 0;
    event_t ev;
    int rc;

    event_init(&ev);
    memset(&found, 0, sizeof found);
    if ((rc = to->ops->append_begin(to->impl, &found, e))) return rc;
    if ((rc = eventlog_head_check(to, &found, e))) {
        err_wrap(e, "the target");
        goto fail;
    }
    tseq = found.seq;
    snprintf(th, sizeof th, "%s", found.hash);
    if (!th[0]) snprintf(th, sizeof th, "%s", EVENTLOG_HASH_ZERO);
    if (tseq != *head || strcmp(th, head_hash) != 0) {
        rc = err_set(e, ERR_CONFLICT,
                     "the target's head moved to seq %lld while copying (another writer?): "
                     "run the copy again",
                     tseq);
        goto fail;
    }
    for (size_t i = 0; i < c->n; i++) {
        logcopy_rec_t *r = &c->items[i];
        eventlog_record_t rec;
        int stored = 0;
        if (r->seq != tseq + 1 || !r->prev_hash || strcmp(r->prev_hash, th) != 0 || !r->hash) {
            rc = err_set(e, ERR_CORRUPT,
                         "the source's seq %lld does not chain to seq %lld (run 'seismo verify' "
                         "on the source); the target holds seq 1 to %lld, which verify",
                         r->seq, tseq, *head);
            goto fail;
        }
        eventlog_chain_hash(to->env.sha256, th, r->body, r->body_len, want);
        event_release(&ev);
        if (strcmp(want, r->hash) != 0 || to->env.decode(r->body, r->body_len, &ev, e) != 0 ||
            !r->id || !r->type || !r->recorded_at) {
            rc = err_set(e, ERR_CORRUPT,
                         "the source's seq %lld does not verify (run 'seismo verify' on the "
                         "source); the target holds seq 1 to %lld, which verify",
                         r->seq, *head);
            goto fail;
        }
        memset(&rec, 0, sizeof rec);
        rec.seq = r->seq;
        rec.body = r->body;
        rec.body_len = r->body_len;
        rec.prev_hash = r->prev_hash;
        rec.hash = r->hash;
        rec.id = r->id;
        rec.type = r->type;
        rec.occurred_on = r->occurred_on;
        rec.recorded_at = r->recorded_at;
        rec.ev = &ev;
        if ((rc = to->ops->append_put(to->impl, &rec, &stored, e))) goto fail;
        if (!stored) {
            rc = err_set(e, ERR_DATA,
                         "the target already holds event %s (source seq %lld) at another seq: "
                         "it holds a different log",
                         r->id, r->seq);
            goto fail;
        }
        tseq = r->seq;
        snprintf(th, sizeof th, "%s", r->hash);
    }
    event_release(&ev);
    if ((rc = to->ops->append_commit(to->impl, e))) return rc;
    *head = tseq;
    snprintf(head_hash, 65, "%s", th);
    return 0;
fail:
    event_release(&ev);
    to->ops->append_rollback(to->impl);
    return rc;
}

int logcopy_run(eventlog_t *from, eventlog_t *to, logcopy_progress_fn progress, void *arg,
                logcopy_result_t *res, err_t *e)
{
    static logcopy_chunk_t zero;
    logcopy_chunk_t *c = NULL;
    char head_hash[65], src_hash[65];
    long long head = 0, src_head = 0;
    int rc;

    memset(res, 0, sizeof *res);
    if (!to->env.sha256 || !to->env.decode)
        return err_set(e, ERR_INTERNAL, "event log opened without a hash function or decoder");
    if ((rc = eventlog_head(to, &head, head_hash, e)) ||
        (rc = eventlog_head(from, &src_head, src_hash, e)))
        return rc;
    if (!(c = mem_alloc(sizeof *c))) return err_set(e, ERR_NOMEM, "out of memory");
    *c = zero;
    res->before = head;
    if (head > 0) {
        /* The target must hold the source's first head events: its head is the source's. */
        if ((rc = logcopy_read(from, head - 1, c, e))) goto done;
        if (c->n == 0 || c->items[0].seq != head || !c->items[0].hash ||
            strcmp(c->items[0].hash, head_hash) != 0) {
            rc = err_set(e, ERR_DATA,
                         "the target already holds a different log (its seq %lld is %s the "
                         "source's): nothing was copied",
                         head, c->n && c->items[0].seq == head ? "not" : "beyond");
            goto done;
        }
        logcopy_chunk_clear(c);
    } else {
        snprintf(head_hash, sizeof head_hash, "%s", EVENTLOG_HASH_ZERO);
    }
    for (;;) {
        if ((rc = logcopy_read(from, head, c, e))) goto done;
        if (c->n == 0) break;
        if ((rc = logcopy_write(to, c, &head, head_hash, e))) goto done;
        res->copied += (long long)c->n;
        logcopy_chunk_clear(c);
        if (progress) progress(arg, head, src_head);
    }
done:
    if (c) logcopy_chunk_clear(c);
    mem_free(c);
    res->head_seq = head;
    snprintf(res->head_hash, sizeof res->head_hash, "%s", head ? head_hash : "");
    return rc;
}
