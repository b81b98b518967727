/* fake_log: an in-memory engine of the event log port (core/eventlog.h) for
 * unit tests. It keeps records as an engine would (bodies, hashes, a company
 * index) and knows nothing of the rules: core stamps, chains and verifies.
 * Tests may tamper with the stored records to see verify catch it. */
#ifndef SEISMO_FAKE_LOG_H
#define SEISMO_FAKE_LOG_H

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "adapters/crypto/hash.h"
#include "adapters/json/stored.h"
#include "core/eventlog.h"
#include "core/mem.h"

#define FAKE_LOG_MAX       512
#define FAKE_LOG_COMPANIES 8

typedef struct fake_rec_s {
    long long seq;
    char *body, *id, *type, *occurred_on, *recorded_at, *prev_hash, *hash;
    char *companies[FAKE_LOG_COMPANIES];
    size_t ncompanies;
} fake_rec_t;

typedef struct fake_log_s {
    fake_rec_t recs[FAKE_LOG_MAX];
    size_t n;        /* committed records */
    size_t pending;  /* records put in the open append, after the committed ones */
    int in_tx;       /* an append is open */
    int fail_put_at; /* fail the nth append_put (1-based) with ERR_IO, 0 never */
    int puts;
    long long commits; /* the data version */
    long long orphan;  /* what orphans() answers */
    /* A head record, as an engine that keeps one (keep_record set by the
     * test before the first append); record_seq -1 when a test removed it. */
    int keep_record;
    long long record_seq;
    char record_hash[65];
} fake_log_t;

static inline char *fake_dup(const char *s)
{
    return s ? mem_strdup(s) : NULL;
}

static inline void fake_rec_free(fake_rec_t *r)
{
    mem_free(r->body);
    mem_free(r->id);
    mem_free(r->type);
    mem_free(r->occurred_on);
    mem_free(r->recorded_at);
    mem_free(r->prev_hash);
    mem_free(r->hash);
    for (size_t i = 0; i < r->ncompanies; i++) mem_free(r->companies[i]);
    memset(r, 0, sizeof *r);
}

static inline void fake_log_release(fake_log_t *l)
{
    for (size_t i = 0; i < l->n + l->pending; i++) fake_rec_free(&l->recs[i]);
    l->n = l->pending = 0;
}

static inline void fake_head_of(const fake_log_t *l, size_t n, long long *seq, char hash[65])
{
    *seq = n ? l->recs[n - 1].seq : 0;
    snprintf(hash, 65, "%s", n ? l->recs[n - 1].hash : "");
}

static inline int fake_append_begin(void *impl, eventlog_head_t *h, err_t *e)
{
    fake_log_t *l = impl;
    (void)e;
    if (l->in_tx) return err_set(e, ERR_BUSY, "an append is already open");
    l->in_tx = 1;
    l->pending = 0;
    fake_head_of(l, l->n, &h->seq, h->hash);
    if (l->n) {
        h->prev_hash = l->recs[l->n - 1].prev_hash;
        h->body = l->recs[l->n - 1].body;
        h->body_len = h->body ? strlen(h->body) : 0;
    }
    h->has_record = l->keep_record;
    h->record_seq = l->record_seq;
    snprintf(h->record_hash, sizeof h->record_hash, "%s", l->record_hash);
    return 0;
}

static inline int fake_append_put(void *impl, const eventlog_record_t *rec, int *stored, err_t *e)
{
    fake_log_t *l = impl;
    fake_rec_t *r;

    if (!l->in_tx) return err_set(e, ERR_INTERNAL, "put outside an append");
    if (l->fail_put_at && ++l->puts == l->fail_put_at)
        return err_set(e, ERR_IO, "injected write failure");
    *stored = 0;
    for (size_t i = 0; i < l->n + l->pending; i++)
        if (strcmp(l->recs[i].id, rec->id) == 0) return 0;
    if (l->n + l->pending >= FAKE_LOG_MAX) return err_set(e, ERR_FULL, "fake log is full");
    r = &l->recs[l->n + l->pending];
    r->seq = rec->seq;
    r->body = mem_strndup(rec->body, rec->body_len);
    r->id = fake_dup(rec->id);
    r->type = fake_dup(rec->type);
    r->occurred_on = fake_dup(rec->occurred_on);
    r->recorded_at = fake_dup(rec->recorded_at);
    r->prev_hash = fake_dup(rec->prev_hash);
    r->hash = fake_dup(rec->hash);
    for (size_t i = 0; rec->ev && i < rec->ev->ncompanies && r->ncompanies < FAKE_LOG_COMPANIES;
         i++) {
        size_t j = 0;
        while (j < r->ncompanies && strcasecmp(r->companies[j], rec->ev->companies[i].id)) j++;
        if (j == r->ncompanies) r->companies[r->ncompanies++] = fake_dup(rec->ev->companies[i].id);
    }
    l->pending++;
    *stored = 1;
    return 0;
}

static inline int fake_append_commit(void *impl, err_t *e)
{
    fake_log_t *l = impl;
    (void)e;
    l->n += l->pending;
    if (l->keep_record && l->pending) {
        l->record_seq = l->recs[l->n - 1].seq;
        snprintf(l->record_hash, sizeof l->record_hash, "%s", l->recs[l->n - 1].hash);
    }
    l->pending = 0;
    l->in_tx = 0;
    l->commits++;
    return 0;
}

static inline void fake_append_rollback(void *impl)
{
    fake_log_t *l = impl;
    for (size_t i = l->n; i < l->n + l->pending; i++) fake_rec_free(&l->recs[i]);
    l->pending = 0;
    l->in_tx = 0;
}

static inline int fake_head(void *impl, long long *seq, char hash[65], err_t *e)
{
    fake_log_t *l = impl;
    (void)e;
    fake_head_of(l, l->n, seq, hash);
    return 0;
}

static inline void fake_record(const fake_rec_t *r, eventlog_record_t *rec, int verify)
{
    memset(rec, 0, sizeof *rec);
    rec->seq = r->seq;
    rec->body = r->body;
    rec->body_len = r->body ? strlen(r->body) : 0;
    rec->prev_hash = r->prev_hash;
    rec->hash = r->hash;
    rec->id = r->id;
    rec->type = r->type;
    rec->occurred_on = r->occurred_on;
    rec->recorded_at = r->recorded_at;
    if (verify) {
        rec->companies = (const char *const *)r->companies;
        rec->ncompanies = r->ncompanies;
    }
}

static inline int fake_matches(const fake_rec_t *r, const eventlog_query_t *q)
{
    int ok = !q->ntypes;

    if (r->seq <= q->after && (q->after > 0 || !q->verify)) return 0;
    for (size_t i = 0; i < q->ntypes; i++)
        if (r->type && strcmp(r->type, event_type_name(q->types[i])) == 0) ok = 1;
    if (!ok) return 0;
    if (q->since && (!r->occurred_on || strcmp(r->occurred_on, q->since) < 0)) return 0;
    if (q->until && (!r->occurred_on || strcmp(r->occurred_on, q->until) > 0)) return 0;
    if (q->company) {
        ok = 0;
        for (size_t i = 0; i < r->ncompanies; i++)
            if (strcasecmp(r->companies[i], q->company) == 0) ok = 1;
    }
    return ok;
}

static inline int fake_scan(void *impl, const eventlog_query_t *q, eventlog_record_fn each,
                            void *arg, err_t *e)
{
    fake_log_t *l = impl;
    long long n = 0;
    int rc;
    (void)e;
    for (size_t i = 0; i < l->n; i++) {
        eventlog_record_t rec;
        if (!fake_matches(&l->recs[i], q)) continue;
        if (q->limit && n >= q->limit) break;
        fake_record(&l->recs[i], &rec, q->verify);
        if ((rc = each(arg, &rec))) return rc;
        n++;
    }
    return 0;
}

static inline int fake_get(void *impl, const char *id, eventlog_record_fn each, void *arg, err_t *e)
{
    fake_log_t *l = impl;
    for (size_t i = 0; i < l->n; i++) {
        if (strcmp(l->recs[i].id, id) == 0) {
            eventlog_record_t rec;
            fake_record(&l->recs[i], &rec, 0);
            return each(arg, &rec);
        }
    }
    return err_set(e, ERR_NOTFOUND, "no event %s", id);
}

static inline int fake_count(void *impl, long long *n, err_t *e)
{
    fake_log_t *l = impl;
    (void)e;
    *n = (long long)l->n;
    return 0;
}

static inline int fake_orphans(void *impl, long long *seq, err_t *e)
{
    fake_log_t *l = impl;
    (void)e;
    *seq = l->orphan;
    return 0;
}

static inline int fake_recorded_head(void *impl, int *has, long long *seq, char hash[65], err_t *e)
{
    fake_log_t *l = impl;
    (void)e;
    *has = l->keep_record;
    *seq = l->keep_record ? l->record_seq : 0;
    snprintf(hash, 65, "%s", l->keep_record ? l->record_hash : "");
    return 0;
}

static inline int fake_data_version(void *impl, long long *token, err_t *e)
{
    fake_log_t *l = impl;
    (void)e;
    *token = l->commits;
    return 0;
}

static const eventlog_ops_t fake_log_ops = {
    .version = EVENTLOG_OPS_VERSION,
    .append_begin = fake_append_begin,
    .append_put = fake_append_put,
    .append_commit = fake_append_commit,
    .append_rollback = fake_append_rollback,
    .head = fake_head,
    .scan = fake_scan,
    .get = fake_get,
    .count = fake_count,
    .orphans = fake_orphans,
    .data_version = fake_data_version,
    .recorded_head = fake_recorded_head,
};

/* A fixed clock, so that tests know recorded_at. */
static inline void fake_clock(char out[21])
{
    snprintf(out, 21, "%s", "2026-01-02T03:04:05Z");
}

/* Fills log (caller storage) with the fake engine l and the real rules'
 * environment (libsodium's SHA-256, the stored-body decoder, a fixed clock). */
static inline void fake_log_port(fake_log_t *l, eventlog_t *log)
{
    memset(log, 0, sizeof *log);
    log->ops = &fake_log_ops;
    log->impl = l;
    log->env.sha256 = hash_sha256_pair;
    log->env.now = fake_clock;
    log->env.decode = stored_decode;
}

#endif
