#include "eventlog.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"

static int eventlog_check(const eventlog_t *log, err_t *e)
{
    if (!log || !log->ops || log->ops->version != EVENTLOG_OPS_VERSION)
        return err_set(e, ERR_INTERNAL, "event log adapter missing or of another version");
    return 0;
}

/* ---- the rules: ids and the chain ------------------------------------------ */

int eventlog_event_id(eventlog_sha256_fn sha256, const event_t *ev, char out[65])
{
    buf_t b;
    int rc;

    buf_init(&b);
    rc = event_canon(ev, EVENT_CANON_CONTENT, &b);
    if (rc == 0) sha256(b.data, b.len, NULL, 0, out);
    buf_release(&b);
    return rc;
}

int eventlog_event_ensure_id(eventlog_sha256_fn sha256, event_t *ev)
{
    char id[65];
    int rc;

    if (ev->id && ev->id[0]) return 0;
    if ((rc = eventlog_event_id(sha256, ev, id))) return rc;
    return event_set_string(&ev->id, id);
}

void eventlog_chain_hash(eventlog_sha256_fn sha256, const char *prev_hex, const char *body,
                         size_t n, char out[65])
{
    sha256(prev_hex, strlen(prev_hex), body, n, out);
}

/* Writes "seq A is" or "seq A to B are" into out. */
static void eventlog_range(long long a, long long b, char *out, size_t n)
{
    if (a == b)
        snprintf(out, n, "seq %lld is", a);
    else
        snprintf(out, n, "seq %lld to %lld are", a, b);
}

/* Writes into out what is wrong between the end of the chain (seq, hash) and
 * the engine's head record (rseq, rhash; rseq -1 when the record is gone),
 * and into *bad the first seq concerned. Returns 1 when they disagree. */
static int eventlog_record_problem(long long seq, const char *hash, long long rseq,
                                   const char *rhash, char *out, size_t n, long long *bad)
{
    char range[64];

    if (rseq < 0) {
        *bad = seq + 1;
        snprintf(out, n,
                 "the head record written with each append is gone: nothing vouches that the log "
                 "ends at seq %lld",
                 seq);
    } else if (rseq > seq) {
        *bad = seq + 1;
        eventlog_range(seq + 1, rseq, range, sizeof range);
        snprintf(out, n,
                 "the log ends at seq %lld but the head record written with each append recorded "
                 "seq %lld: %s missing (a tail deleted)",
                 seq, rseq, range);
    } else if (rseq < seq) {
        *bad = rseq + 1;
        eventlog_range(rseq + 1, seq, range, sizeof range);
        snprintf(out, n,
                 "the log goes on to seq %lld but the head record written with each append "
                 "recorded seq %lld: %s past it, not appended through seismo",
                 seq, rseq, range);
    } else if (seq > 0 && strcmp(hash, rhash) != 0) {
        *bad = seq;
        snprintf(out, n,
                 "the log ends at seq %lld with hash %s but the head record written with each "
                 "append recorded hash %s for it",
                 seq, hash, rhash);
    } else {
        return 0;
    }
    return 1;
}

int eventlog_head_check(const eventlog_t *log, const eventlog_head_t *head, err_t *e)
{
    char hash[65], why[400];
    long long bad = 0;

    if (head->seq > 0 && head->body) {
        if (head->prev_hash)
            eventlog_chain_hash(log->env.sha256, head->prev_hash, head->body, head->body_len, hash);
        if (!head->prev_hash || strcmp(hash, head->hash) != 0)
            return err_set(e, ERR_CORRUPT,
                           "the head of the log, seq %lld, does not match its content (its hash "
                           "is not that of its prev_hash and body): the log is damaged, nothing "
                           "was appended onto it; run 'seismo verify' (docs/robustness.md, "
                           "'Repairing a damaged database')",
                           head->seq);
    }
    if (head->has_record && eventlog_record_problem(head->seq, head->hash, head->record_seq,
                                                    head->record_hash, why, sizeof why, &bad))
        return err_set(e, ERR_CORRUPT,
                       "%s: the log is damaged, nothing was appended onto it; run 'seismo "
                       "verify' (docs/robustness.md, 'Repairing a damaged database')",
                       why);
    return 0;
}

/* ---- append -------------------------------------------------------------- */

/* Forgets what a failed append wrote into the batch. */
static void eventlog_unstamp(event_list_t *batch)
{
    for (size_t i = 0; i < batch->n; i++) {
        event_t *ev = &batch->items[i];
        ev->seq = 0;
        event_set_string(&ev->recorded_at, NULL);
        event_set_string(&ev->prev_hash, NULL);
        event_set_string(&ev->hash, NULL);
    }
}

/* Derives the id of ev (borrowed, without one) into head: its canonical
 * head is kept there, head_len bytes, for its body (eventlog_put), so that a
 * large event (a price import's bars, tens of megabytes) is written out once
 * instead of once for its id and again for its body. */
static int eventlog_id_keep_head(eventlog_sha256_fn sha256, event_t *ev, buf_t *head,
                                 size_t *head_len)
{
    char id[65];

    buf_reset(head);
    if (event_canon_head(ev, head) || head->oom) return ERR_NOMEM;
    *head_len = head->len;
    if (event_canon_tail(ev, EVENT_CANON_CONTENT, head) || head->oom) return ERR_NOMEM;
    sha256(head->data, head->len, NULL, 0, id);
    head->len = *head_len;
    return event_set_string(&ev->id, id);
}

/* Stamps ev as seq after prev, hands it to the engine; *stored says whether
 * the engine kept it (it keeps nothing for an id it already has). body is the
 * scratch for its canonical form; when head_len is not 0 it already holds
 * ev's canonical head, that many bytes (eventlog_id_keep_head). */
static int eventlog_put(eventlog_t *log, event_t *ev, long long seq, const char *now,
                        const char *prev, buf_t *body, size_t head_len, int *stored, err_t *e)
{
    eventlog_record_t rec;
    char hash[65];
    int rc;

    ev->seq = seq;
    if (event_set_string(&ev->recorded_at, now)) return err_set(e, ERR_NOMEM, "out of memory");
    if (head_len) {
        body->len = head_len;
        rc = event_canon_tail(ev, EVENT_CANON_FULL, body);
    } else {
        buf_reset(body);
        rc = event_canon(ev, EVENT_CANON_FULL, body);
    }
    if (rc || body->oom) return err_set(e, ERR_NOMEM, "out of memory");
    eventlog_chain_hash(log->env.sha256, prev, body->data, body->len, hash);
    memset(&rec, 0, sizeof rec);
    rec.seq = seq;
    rec.body = body->data;
    rec.body_len = body->len;
    rec.prev_hash = prev;
    rec.hash = hash;
    rec.id = ev->id;
    rec.type = event_type_name(ev->type);
    rec.occurred_on = ev->occurred_on[0] ? ev->occurred_on : NULL;
    rec.recorded_at = now;
    rec.ev = ev;
    *stored = 0;
    if ((rc = log->ops->append_put(log->impl, &rec, stored, e))) return rc;
    if (!*stored) {
        ev->seq = 0;
        event_set_string(&ev->recorded_at, NULL);
        return 0;
    }
    if (event_set_string(&ev->prev_hash, prev) || event_set_string(&ev->hash, hash))
        return err_set(e, ERR_NOMEM, "out of memory");
    return 0;
}

int eventlog_append(eventlog_t *log, event_list_t *batch, long long expected_head,
                    eventlog_result_t *res, err_t *e)
{
    eventlog_result_t dummy;
    eventlog_head_t found;
    char now[21], head_hash[65];
    long long head = 0;
    buf_t body, last;
    size_t last_head = 0;
    int rc;

    if ((rc = eventlog_check(log, e))) return rc;
    if (!log->env.sha256 || !log->env.now)
        return err_set(e, ERR_INTERNAL, "event log opened without a hash function or clock");
    if (!res) res = &dummy;
    memset(res, 0, sizeof *res);
    for (size_t i = 0; i < batch->n; i++) {
        if ((rc = event_validate(&batch->items[i], e))) {
            err_wrap(e, "event %zu of the batch", i + 1);
            return rc;
        }
    }
    buf_init(&body);
    buf_init(&last);
    for (size_t i = 0; i < batch->n; i++) {
        event_t *ev = &batch->items[i];
        /* the last event keeps its head for its body (the only one of an import) */
        rc = i + 1 == batch->n && !(ev->id && ev->id[0])
                 ? eventlog_id_keep_head(log->env.sha256, ev, &last, &last_head)
                 : eventlog_event_ensure_id(log->env.sha256, ev);
        if (rc) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
    }
    memset(&found, 0, sizeof found);
    if ((rc = log->ops->append_begin(log->impl, &found, e))) goto out;
    /* Nothing is chained onto a head that is not what the appends left. */
    if ((rc = eventlog_head_check(log, &found, e))) goto fail;
    head = found.seq;
    snprintf(head_hash, sizeof head_hash, "%s", found.hash);
    if (expected_head != EVENTLOG_NO_EXPECTED && expected_head != head) {
        rc = err_set(e, ERR_CONFLICT,
                     "the log head is at seq %lld, not the expected %lld: read again and retry",
                     head, expected_head);
        goto fail;
    }
    if (!head_hash[0]) snprintf(head_hash, sizeof head_hash, "%s", EVENTLOG_HASH_ZERO);
    log->env.now(now);
    for (size_t i = 0; i < batch->n; i++) {
        event_t *ev = &batch->items[i];
        int stored = 0;
        int kept = i + 1 == batch->n && last_head;
        if ((rc = eventlog_put(log, ev, head + 1, now, head_hash, kept ? &last : &body,
                               kept ? last_head : 0, &stored, e)))
            goto fail;
        if (stored) {
            head++;
            memcpy(head_hash, ev->hash, 65);
            res->appended++;
        } else {
            res->present++;
        }
    }
    if ((rc = log->ops->append_commit(log->impl, e))) goto fail_committed;
    res->head_seq = head;
    snprintf(res->head_hash, sizeof res->head_hash, "%s", head ? head_hash : "");
    goto out;
fail:
    log->ops->append_rollback(log->impl);
fail_committed:
    eventlog_unstamp(batch);
    res->appended = res->present = 0;
out:
    buf_release(&last);
    buf_release(&body);
    return rc;
}

/* ---- reading ----------------------------------------------------------------- */

int eventlog_head(eventlog_t *log, long long *seq, char hash[65], err_t *e)
{
    int rc = eventlog_check(log, e);
    return rc ? rc : log->ops->head(log->impl, seq, hash, e);
}

/* Decodes rec (borrowed) into ev (caller storage) with seq and hashes set. */
static int eventlog_decode(eventlog_t *log, const eventlog_record_t *rec, event_t *ev, err_t *e)
{
    int rc;

    event_init(ev);
    if (!log->env.decode) return err_set(e, ERR_INTERNAL, "event log opened without a decoder");
    if ((rc = log->env.decode(rec->body ? rec->body : "", rec->body ? rec->body_len : 0, ev, e)))
        return err_wrap(e, "event seq %lld is unreadable", rec->seq);
    ev->seq = rec->seq;
    if (event_set_string(&ev->prev_hash, rec->prev_hash) ||
        event_set_string(&ev->hash, rec->hash)) {
        event_release(ev);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    return 0;
}

typedef struct eventlog_scan_s {
    eventlog_t *log;
    eventlog_each_fn each;
    void *arg;
    event_t *out;  /* get: the event, kept */
    buf_t scratch; /* what env.decode_view decodes into */
    err_t *e;
} eventlog_scan_t;

static int eventlog_scan_each(void *arg, const eventlog_record_t *rec)
{
    eventlog_scan_t *s = arg;
    event_t ev;
    int rc;

    if (s->out) return eventlog_decode(s->log, rec, s->out, s->e);
    /* each borrows the event for the call only: decoded without an allocation
     * per string when the decoder can, its hashes the record's own */
    if (s->log->env.decode_view && rec->body) {
        rc = s->log->env.decode_view(rec->body, rec->body_len, &ev, NULL, &s->scratch, s->e);
        if (rc < 0) return rc;
        if (rc == 0) {
            ev.seq = rec->seq;
            ev.prev_hash = (char *)rec->prev_hash;
            ev.hash = (char *)rec->hash;
            return s->each(s->arg, &ev); /* nothing of ev to release */
        }
    }
    if ((rc = eventlog_decode(s->log, rec, &ev, s->e))) return rc;
    rc = s->each(s->arg, &ev);
    event_release(&ev);
    return rc;
}

int eventlog_scan_records(eventlog_t *log, const eventlog_query_t *q, eventlog_record_fn each,
                          void *arg, err_t *e)
{
    static const eventlog_query_t all = {0};
    int rc = eventlog_check(log, e);
    return rc ? rc : log->ops->scan(log->impl, q ? q : &all, each, arg, e);
}

int eventlog_scan(eventlog_t *log, const eventlog_query_t *q, eventlog_each_fn each, void *arg,
                  err_t *e)
{
    eventlog_scan_t s = {log, each, arg, NULL, {0}, e};
    int rc;

    buf_init(&s.scratch);
    rc = eventlog_scan_records(log, q, eventlog_scan_each, &s, e);
    buf_release(&s.scratch);
    return rc;
}

int eventlog_get(eventlog_t *log, const char *id, event_t *out, err_t *e)
{
    eventlog_scan_t s = {log, NULL, NULL, out, {0}, e};
    int rc;

    event_init(out);
    if ((rc = eventlog_check(log, e))) return rc;
    return log->ops->get(log->impl, id, eventlog_scan_each, &s, e);
}

int eventlog_get_many(eventlog_t *log, const char *const *ids, size_t n, eventlog_each_fn each,
                      void *arg, err_t *e)
{
    eventlog_scan_t s = {log, each, arg, NULL, {0}, e};
    int rc;

    if ((rc = eventlog_check(log, e))) return rc;
    buf_init(&s.scratch);
    if (log->ops->get_many) {
        rc = n ? log->ops->get_many(log->impl, ids, n, eventlog_scan_each, &s, e) : 0;
    } else {
        for (size_t i = 0; i < n && !rc; i++)
            rc = log->ops->get(log->impl, ids[i], eventlog_scan_each, &s, e);
    }
    buf_release(&s.scratch);
    return rc;
}

int eventlog_count(eventlog_t *log, long long *n, err_t *e)
{
    int rc = eventlog_check(log, e);
    return rc ? rc : log->ops->count(log->impl, n, e);
}

int eventlog_data_version(eventlog_t *log, long long *token, err_t *e)
{
    int rc = eventlog_check(log, e);
    return rc ? rc : log->ops->data_version(log->impl, token, e);
}

/* ---- verify ---------------------------------------------------------------- */

/* A verify stops with this once r->bad is set. */
#define EVENTLOG_VERIFY_STOP 1

typedef struct eventlog_walk_s {
    eventlog_t *log;
    eventlog_verify_t *r;
    char prev[65];
    buf_t canon;
    buf_t scratch; /* what env.decode_view decodes into */
    err_t *e;
    long long record_seq; /* the head record read before the walk: its seq (0 for none) */
    char record_hash[65]; /* and the hash it holds for that seq */
} eventlog_walk_t;

static int eventlog_bad(eventlog_verify_t *r, long long seq, const char *fmt, ...)
{
    va_list ap;

    r->bad = 1;
    r->bad_seq = seq;
    va_start(ap, fmt);
    vsnprintf(r->problem, sizeof r->problem, fmt, ap);
    va_end(ap);
    return EVENTLOG_VERIFY_STOP;
}

/* Returns 1 when the company index rows of rec are exactly ev's distinct companies. */
static int eventlog_index_ok(const eventlog_record_t *rec, const event_t *ev)
{
    size_t distinct = 0;

    for (size_t i = 0; i < rec->ncompanies; i++)
        if (!rec->companies[i] || !event_has_company(ev, rec->companies[i])) return 0;
    for (size_t i = 0; i < ev->ncompanies; i++) {
        size_t j = 0;
        while (j < i && strcmp(ev->companies[i].id, ev->companies[j].id) != 0) j++;
        if (j == i) distinct++;
    }
    return rec->ncompanies == distinct;
}

/* Checks that the body of rec is event_canon() of ev, its decoding.
 * Returns 0, STOP or ERR_NOMEM. */
static int eventlog_check_canon(eventlog_walk_t *w, const eventlog_record_t *rec, const event_t *ev)
{
    buf_reset(&w->canon);
    if (event_canon(ev, EVENT_CANON_FULL, &w->canon) || w->canon.oom)
        return err_set(w->e, ERR_NOMEM, "out of memory");
    if (w->canon.len != rec->body_len || memcmp(w->canon.data, rec->body, rec->body_len) != 0)
        return eventlog_bad(w->r, rec->seq, "%s", "body is not in canonical form");
    return 0;
}

/* Checks the body of rec (chain already checked): valid, canonical, and
 * agreeing with the columns and the index. Returns 0, STOP or an ERR_* code. */
static int eventlog_check_body(eventlog_walk_t *w, const eventlog_record_t *rec)
{
    eventlog_verify_t *r = w->r;
    const eventlog_env_t *env = &w->log->env;
    err_t perr = {0};
    event_t ev;
    int rc = 0, canonical = 0, viewed = 0;

    event_init(&ev);
    /* without an allocation per string when the decoder can, else into ev's own */
    if (env->decode_view && (rc = env->decode_view(rec->body, rec->body_len, &ev, &canonical,
                                                   &w->scratch, &perr)) <= 0) {
        if (rc) return err_set(w->e, rc, "%s", perr.msg);
        viewed = 1;
    }
    rc = 0;
    if ((!viewed &&
         (env->decode_canon ? env->decode_canon(rec->body, rec->body_len, &ev, &canonical, &perr)
                            : env->decode(rec->body, rec->body_len, &ev, &perr))) ||
        event_validate(&ev, &perr)) {
        rc = eventlog_bad(r, rec->seq, "body is not a valid event: %s", perr.msg);
        goto done;
    }
    /* unless the decoder read it as event_canon() writes it: write it and compare */
    if (!canonical && (rc = eventlog_check_canon(w, rec, &ev))) goto done;
    if (ev.seq != rec->seq || !rec->id || !ev.id || strcmp(rec->id, ev.id) != 0 || !rec->type ||
        strcmp(rec->type, event_type_name(ev.type)) != 0 ||
        strcmp(rec->occurred_on ? rec->occurred_on : "", ev.occurred_on) != 0) {
        rc = eventlog_bad(r, rec->seq, "%s",
                          "columns (seq, id, type, occurred_on) disagree with the body");
        goto done;
    }
    if (!eventlog_index_ok(rec, &ev))
        rc = eventlog_bad(r, rec->seq, "%s", "company index disagrees with the body");
done:
    if (viewed)
        event_init(&ev); /* its storage is w->scratch's */
    else
        event_release(&ev);
    return rc;
}

static int eventlog_walk(void *arg, const eventlog_record_t *rec)
{
    eventlog_walk_t *w = arg;
    eventlog_verify_t *r = w->r;
    char hash[65];
    int rc;

    r->events++;
    if (rec->seq != r->head_seq + 1) { /* the engine reads in seq order */
        if (rec->seq < 1)
            return eventlog_bad(r, rec->seq,
                                "a row is stored at seq %lld, but seqs start at 1 (a forged or "
                                "misplaced row)",
                                rec->seq);
        if (rec->seq <= r->head_seq)
            return eventlog_bad(r, rec->seq, "seq %lld is stored more than once", rec->seq);
        return eventlog_bad(r, r->head_seq + 1, "seq %lld is missing (gap in the log)",
                            r->head_seq + 1);
    }
    if (!rec->body || !rec->prev_hash || !rec->hash)
        return eventlog_bad(r, rec->seq, "%s", "a column is NULL");
    if (strcmp(rec->prev_hash, w->prev) != 0)
        return eventlog_bad(r, rec->seq, "prev_hash %s does not match the hash of the event before",
                            rec->prev_hash);
    eventlog_chain_hash(w->log->env.sha256, w->prev, rec->body, rec->body_len, hash);
    if (strcmp(hash, rec->hash) != 0)
        return eventlog_bad(r, rec->seq, "hash does not match its content (stored %s)", rec->hash);
    if ((rc = eventlog_check_body(w, rec))) return rc;
    if (rec->seq == w->record_seq && strcmp(rec->hash, w->record_hash) != 0)
        return eventlog_bad(r, rec->seq,
                            "hash %s is not the one the head record written with its append "
                            "holds (%s)",
                            rec->hash, w->record_hash);
    r->head_seq = rec->seq;
    /* rec->hash is hash (compared above): the 64 hex digits and their NUL */
    _Static_assert(sizeof w->prev == sizeof hash && sizeof r->head_hash == sizeof hash,
                   "hex hashes are 64 digits and a NUL");
    memcpy(w->prev, hash, sizeof hash);
    memcpy(r->head_hash, hash, sizeof hash);
    return 0;
}

int eventlog_verify(eventlog_t *log, eventlog_verify_t *r, err_t *e)
{
    eventlog_query_t q;
    eventlog_walk_t w;
    long long orphan = 0, rseq = 0, bad = 0;
    int rc, has = 0;

    memset(r, 0, sizeof *r);
    if ((rc = eventlog_check(log, e))) return rc;
    if (!log->env.sha256 || !log->env.decode)
        return err_set(e, ERR_INTERNAL, "event log opened without a hash function or decoder");
    memset(&q, 0, sizeof q);
    q.verify = 1;
    memset(&w, 0, sizeof w);
    w.log = log;
    w.r = r;
    w.e = e;
    snprintf(w.prev, sizeof w.prev, "%s", EVENTLOG_HASH_ZERO);
    /* The head record, read before the walk: the log only grows, so a sound
     * log read after it reaches at least its seq, with its hash there,
     * whatever appends run meanwhile. */
    if (log->ops->recorded_head &&
        (rc = log->ops->recorded_head(log->impl, &has, &w.record_seq, w.record_hash, e)))
        return rc;
    if (!has) w.record_seq = 0; /* no record: no seq of the walk is compared */
    buf_init(&w.canon);
    buf_init(&w.scratch);
    rc = log->ops->scan(log->impl, &q, eventlog_walk, &w, e);
    buf_release(&w.scratch);
    buf_release(&w.canon);
    if (rc == EVENTLOG_VERIFY_STOP && r->bad) return 0;
    if (rc) return rc;
    if ((rc = log->ops->orphans(log->impl, &orphan, e))) return rc;
    if (orphan) {
        eventlog_bad(r, orphan, "%s", "company index names an event that is not in the log");
        return 0;
    }
    if (!has) return 0;
    rseq = w.record_seq;
    if (rseq >= 0 && rseq < r->head_seq) {
        /* Appends that committed during the walk moved the record on: read
         * it again. Events past it now were not appended through seismo. */
        if ((rc = log->ops->recorded_head(log->impl, &has, &rseq, w.record_hash, e))) return rc;
        if (!has || rseq > r->head_seq) return 0;
    }
    if (eventlog_record_problem(r->head_seq, r->head_hash, rseq, w.record_hash, r->problem,
                                sizeof r->problem, &bad)) {
        r->bad = 1;
        r->bad_seq = bad;
    }
    return 0;
}
