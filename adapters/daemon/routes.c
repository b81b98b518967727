/* The daemon's HTTP JSON API: routing, handlers, long polls. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../core/canon.h"
#include "../../core/date.h"
#include "../../core/mem.h"
#include "../../core/names.h"
#include "../../core/proj.h"
#include "../ingest/ingest.h"
#include "../json/codec.h"
#include "../query/query.h"
#include "daemon.h"

#define ROUTE_MAX_LIMIT 10000
#define ROUTE_MAX_WAIT  60

typedef struct route_ctx_s {
    daemon_t *d;
    httpc_t *c;
    httpc_request_t *req;
    const char *route; /* static label for /metrics */
    uint64_t t0;
    int async;                 /* answered from a completion, not inside the parser loop */
    uint64_t deadline;         /* a parked request's deadline (uv_now ms), 0 when never parked */
    int expired;               /* the deadline passed (or the daemon is stopping) */
    int consistent;            /* waits for the projections to reach a head */
    int synced;                /* a daemon_sync read began after it arrived and completed */
    daemon_query_kind_t query; /* a query route's document */
    const char *id;            /* borrowed from req->path: the segment its route's '*' matched */
    size_t nid;                /* bytes of id */
    /* a streamed answer's progress on this connection (route_qjob_pump) */
    unsigned long long sseq; /* the chunk it is in */
    size_t soff;             /* bytes of that chunk written */
    size_t ssent;            /* bytes of the answer written */
} route_ctx_t;

/* A query request that would be answered from the cache or join a
 * computation, waiting for a daemon_sync read that began after it arrived. */
typedef struct route_parked_s {
    route_ctx_t r;
    unsigned long long need; /* the read it waits for */
    struct route_parked_s *next;
} route_parked_t;

struct daemon_waiter_s {
    route_ctx_t rc;
    long long after;   /* long poll: answer once the head passes this */
    long long target;  /* consistent read: answer once projections reach this */
    unsigned reads;    /* consistent read: the projections it reads (daemon_proj_bit) */
    uint64_t deadline; /* uv_now() ms */
    void (*run)(route_ctx_t *rc);
    daemon_waiter_t *next;
};

/* --- answering --- */

static void route_reply(route_ctx_t *r, int status, const char *ctype, const char *extra,
                        const char *body, size_t n)
{
    double secs = (double)(uv_hrtime() - r->t0) / 1e9;

    daemon_metrics_request(r->d, r->route, status, secs);
    daemon_log_access(r->d, http_method_str((enum http_method)r->req->method), r->req->path, status,
                      secs * 1000, n);
    /* Shutting down: keep a connection only for requests it already sent. */
    if (r->d->stopping && r->c->in.len == 0) r->c->closing = 1;
    httpc_respond(r->c, status, ctype, extra, body, n);
    if (r->async) {
        daemon_conn_flush(r->d, r->c);
        httpc_pump(r->c);
        daemon_conn_flush(r->d, r->c);
    }
}

static void route_json(route_ctx_t *r, int status, buf_t *b)
{
    buf_putc(b, '\n');
    if (b->oom) {
        static const char oom[] =
            "{\"error\":{\"code\":\"internal\",\"message\":\"out of memory\"}}\n";
        route_reply(r, 500, "application/json", NULL, oom, sizeof oom - 1);
        return;
    }
    route_reply(r, status, "application/json", NULL, buf_str(b), b->len);
}

static void route_error(route_ctx_t *r, int status, const char *code, const char *msg,
                        const char *extra)
{
    buf_t b;

    buf_init(&b);
    httpc_error_body(&b, code, msg);
    route_reply(r, status, "application/json", extra, buf_str(&b), b.len);
    buf_release(&b);
}

/* Answers the failure e with the status of the one error map (errmap.c). */
static void route_fail(route_ctx_t *r, const err_t *e)
{
    const daemon_http_err_t *m = daemon_err_http(e->code);

    route_error(r, m->status, m->name, e->msg[0] ? e->msg : err_str(e->code), m->extra);
}

/* --- query strings --- */

/* Reads an integer parameter in [min, max]; returns 0, 1 when absent, -1 when bad. */
static int route_param_ll(const httpc_request_t *req, const char *name, long long min,
                          long long max, long long *out)
{
    char *v = httpc_query_param(req, name, 0), *end;
    long long x;

    if (!v) return 1;
    x = strtoll(v, &end, 10);
    if (!*v || *end || x < min || x > max) {
        mem_free(v);
        return -1;
    }
    mem_free(v);
    *out = x;
    return 0;
}

/* --- /healthz, /metrics, /v1/status --- */

static void route_healthz(route_ctx_t *r)
{
    static const char ok[] = "{\"status\":\"ok\"}\n";
    static const char stopping[] = "{\"status\":\"stopping\"}\n";

    if (r->d->stopping)
        route_reply(r, 503, "application/json", NULL, stopping, sizeof stopping - 1);
    else
        route_reply(r, 200, "application/json", NULL, ok, sizeof ok - 1);
}

/* One GET /v1/status or /metrics: the database's figures are read on the
 * status lane (never on the loop, nor behind queries and reports), the answer
 * is written on the loop with the loop's own figures as they are then. */
typedef struct route_statjob_s {
    route_ctx_t r;
    int metrics; /* /metrics, else /v1/status */
    daemon_dbstat_t s;
} route_statjob_t;

/* On the thread pool. */
static void route_stat_run(void *arg)
{
    route_statjob_t *j = arg;
    store_t *c = daemon_db_get(j->r.d, &j->s.e);
    int rc;

    if (!c) {
        rc = j->s.e.code ? j->s.e.code : ERR_UNAVAILABLE;
        j->s.head_rc = j->s.proj_rc = j->s.info_rc = rc;
        if (!j->s.e.code) err_set(&j->s.e, rc, "no database connection");
        return;
    }
    rc = daemon_dbstat_read(c, !j->metrics, &j->s);
    daemon_db_put(j->r.d, c, rc != 0);
}

static void route_metrics_answer(route_ctx_t *r, const daemon_dbstat_t *s)
{
    buf_t b;

    buf_init(&b);
    daemon_metrics_render(r->d, s, &b);
    route_reply(r, 200, "text/plain; version=0.0.4", NULL, buf_str(&b), b.len);
    buf_release(&b);
}

static void route_status_answer(route_ctx_t *r, const daemon_dbstat_t *s)
{
    daemon_t *d = r->d;
    long in = 0, done = 0, rej = 0;
    buf_t b;

    if (s->head_rc || s->info_rc || (proj_def_count <= DAEMON_PROJ_MAX && s->proj_rc)) {
        route_fail(r, &s->e);
        return;
    }
    buf_init(&b);
    buf_printf(&b, "{\"version\":\"%s\",\"database\":", SEISMO_VERSION);
    canon_put_string(&b, s->info.location); /* a URI without its password */
    buf_printf(&b, ",\"schema\":%d,\"head\":{\"seq\":%lld,\"hash\":", s->info.schema, s->head);
    if (s->head)
        canon_put_string(&b, s->hash);
    else
        buf_puts(&b, "null");
    buf_puts(&b, "},\"projections\":[");
    for (size_t i = 0; s->proj_rc == 0 && i < proj_def_count; i++) {
        buf_printf(&b, "%s{\"name\":", i ? "," : "");
        canon_put_string(&b, s->st[i].name);
        buf_printf(&b, ",\"version\":%d,\"checkpoint\":%lld,\"lag\":%lld}", s->st[i].version,
                   s->st[i].last_seq, s->head - s->st[i].last_seq);
    }
    buf_puts(&b, "],\"spool\":");
    if (d->spool.dir) {
        daemon_spool_counts(d, &in, &done, &rej);
        buf_printf(&b, "{\"incoming\":%ld,\"done\":%ld,\"rejected\":%ld}", in, done, rej);
    } else {
        buf_puts(&b, "null");
    }
    buf_printf(&b, ",\"connections\":%d,\"loop_stall_max_ms\":%.3f,\"loop_turn_cpu_max_ms\":%.3f}",
               d->server.nconns, (double)d->metrics.stall_max_ns / 1e6,
               (double)d->metrics.turn_max_ns / 1e6);
    route_json(r, 200, &b);
    buf_release(&b);
}

static void route_stat_done(void *arg, int status)
{
    route_statjob_t *j = arg;
    route_ctx_t *r = &j->r;

    r->async = 1;
    if (status == UV_ECANCELED)
        route_error(r, 503, "busy", "cannot queue the work", "Retry-After: 1\r\n");
    else if (j->metrics)
        route_metrics_answer(r, &j->s);
    else
        route_status_answer(r, &j->s);
    mem_free(j);
}

static void route_stat(route_ctx_t *r, int metrics)
{
    route_statjob_t *j = mem_calloc(1, sizeof *j);
    int rc;

    if (!j) {
        route_error(r, 500, "internal", "out of memory", NULL);
        return;
    }
    j->r = *r;
    j->metrics = metrics;
    if ((rc = daemon_lane_submit(r->d, &r->d->pool.status, route_stat_run, route_stat_done, j))) {
        err_t e = {0};
        err_set(&e, rc,
                rc == ERR_BUSY ? "too many status reads queued; retry" : "cannot queue the work");
        route_fail(r, &e);
        mem_free(j);
    }
}

static void route_metrics(route_ctx_t *r)
{
    route_stat(r, 1);
}

static void route_status(route_ctx_t *r)
{
    route_stat(r, 0);
}

/* --- GET /v1/events --- */

typedef struct route_events_s {
    buf_t *b;
    size_t n;
    long long last;
} route_events_t;

static int route_events_each(void *arg, const event_t *ev)
{
    route_events_t *s = arg;

    if (s->n++) buf_putc(s->b, ',');
    event_canon(ev, EVENT_CANON_HASHED, s->b);
    s->last = ev->seq;
    return s->b->oom ? ERR_NOMEM : 0;
}

static void route_waiter_add(route_ctx_t *r, long long after, long long target, unsigned reads,
                             long long wait_s, void (*run)(route_ctx_t *));

/* One GET /v1/events: parsed on the loop, scanned on the query lane. */
typedef struct route_evjob_s {
    route_ctx_t r;
    event_type_t types[EVENT_TYPE_COUNT];
    eventlog_query_t q;
    long long wait;
    char *company, *since, *until, *id; /* owned */
    buf_t b;                            /* the answer */
    route_events_t st;
    long long scan_head; /* the head of the snapshot scanned */
    err_t e;
    int rc;
} route_evjob_t;

static void route_evjob_free(route_evjob_t *j)
{
    mem_free(j->company);
    mem_free(j->id);
    mem_free(j->since);
    mem_free(j->until);
    buf_release(&j->b);
    mem_free(j);
}

/* On the thread pool: resolves the company and scans one snapshot of the log. */
static void route_evjob_run(void *arg)
{
    route_evjob_t *j = arg;
    store_t *c = daemon_db_get(j->r.d, &j->e);
    char hash[65];

    if (!c) {
        j->rc = j->e.code;
        return;
    }
    if ((j->rc = readmodel_read_begin(&c->rm, &j->e))) goto done;
    if ((j->rc = eventlog_head(&c->log, &j->scan_head, hash, &j->e))) goto end;
    if (j->company) {
        if ((j->rc = names_resolve(&c->rm, j->company, &j->id, &j->e))) goto end;
        j->q.company = j->id;
    }
    j->st.b = &j->b;
    buf_puts(&j->b, "{\"events\":[");
    if ((j->rc = eventlog_scan(&c->log, &j->q, route_events_each, &j->st, &j->e)) && !j->e.code)
        err_set(&j->e, j->rc, "reading events");
end:
    readmodel_read_end(&c->rm);
done:
    daemon_db_put(j->r.d, c, j->rc != 0 && j->rc != ERR_NOTFOUND);
}

static void route_events(route_ctx_t *r);

static void route_evjob_done(void *arg, int status)
{
    route_evjob_t *j = arg;
    route_ctx_t *r = &j->r;
    daemon_t *d = r->d;

    r->async = 1;
    if (status == UV_ECANCELED) {
        route_error(r, 503, "busy", "cannot queue the work", "Retry-After: 1\r\n");
    } else if (j->rc) {
        route_fail(r, &j->e);
    } else if (j->st.n == 0 && j->wait > 0 && !d->stopping && !r->expired) {
        /* Park until the head moves past what was read (events after it that
         * did not match the filters do not end the wait). */
        route_waiter_add(r, j->scan_head, -1, 0, j->wait, route_events);
    } else {
        buf_printf(&j->b, "],\"count\":%zu,\"next_after\":%lld}", j->st.n,
                   j->st.n ? j->st.last : j->q.after);
        route_json(r, 200, &j->b);
    }
    route_evjob_free(j);
}

static void route_events(route_ctx_t *r)
{
    route_evjob_t *j = mem_calloc(1, sizeof *j);
    int rc;

    if (!j) {
        route_error(r, 500, "internal", "out of memory", NULL);
        return;
    }
    j->r = *r;
    buf_init(&j->b);
    j->q.types = j->types;
    j->q.limit = 1000;
    if (route_param_ll(r->req, "after", 0, (long long)1 << 62, &j->q.after) < 0 ||
        route_param_ll(r->req, "limit", 1, ROUTE_MAX_LIMIT, &j->q.limit) < 0 ||
        route_param_ll(r->req, "wait", 0, ROUTE_MAX_WAIT, &j->wait) < 0) {
        route_error(r, 400, "bad_request",
                    "after must be a seq, limit 1..10000, wait 0..60 seconds", NULL);
        goto fail;
    }
    for (int i = 0;; i++) {
        char *t = httpc_query_param(r->req, "type", i);
        if (!t) break;
        for (char *tok = strtok(t, ","); tok; tok = strtok(NULL, ",")) {
            event_type_t ty = event_type_from_name(tok);
            if (ty == EVENT_NONE || j->q.ntypes >= EVENT_TYPE_COUNT) {
                mem_free(t);
                route_error(r, 400, "bad_request", "type: unknown event type", NULL);
                goto fail;
            }
            j->types[j->q.ntypes++] = ty;
        }
        mem_free(t);
    }
    j->since = httpc_query_param(r->req, "since", 0);
    j->until = httpc_query_param(r->req, "until", 0);
    if ((j->since && !date_is_iso(j->since)) || (j->until && !date_is_iso(j->until))) {
        route_error(r, 400, "bad_request", "since and until must be YYYY-MM-DD dates", NULL);
        goto fail;
    }
    j->q.since = j->since, j->q.until = j->until;
    j->company = httpc_query_param(r->req, "company", 0);
    if ((rc = daemon_lane_submit(r->d, &r->d->pool.query, route_evjob_run, route_evjob_done, j))) {
        err_t e = {0};
        err_set(&e, rc,
                rc == ERR_BUSY ? "too many queries queued; retry" : "cannot queue the work");
        route_fail(r, &e);
        goto fail;
    }
    return;
fail:
    route_evjob_free(j);
}

/* --- POST /v1/articles and /v1/events: work on the thread pool --- */

typedef struct route_job_s {
    route_ctx_t r;
    int articles; /* 1: ingest articles, 0: NDJSON events */
    int context;  /* ?context=1: keep context mentions (ingest --context) */
    char *date, *source;
    long long expected;
    event_list_t batch;
    buf_t appended, present;
    size_t napp, npres, found, narticles;
    long long head;
    err_t e;
    int rc;
} route_job_t;

static int route_job_each(void *arg, const ingest_article_t *art)
{
    route_job_t *j = arg;

    j->head = art->res->head_seq > j->head ? art->res->head_seq : j->head;
    for (size_t i = 0; i < art->events->n; i++) {
        const event_t *ev = &art->events->items[i];
        buf_t *b = ev->seq ? &j->appended : &j->present;
        size_t *n = ev->seq ? &j->napp : &j->npres;
        if ((*n)++) buf_putc(b, ',');
        event_canon(ev, EVENT_CANON_HASHED, b);
    }
    return 0;
}

static void route_job_run(void *arg)
{
    route_job_t *j = arg;
    daemon_t *d = j->r.d;
    store_t *c = daemon_db_get(d, &j->e);

    if (!c) {
        j->rc = j->e.code;
        return;
    }
    if (j->articles) {
        ingest_opts_t o = {j->date, j->source, 0, j->context};
        ingest_result_t res = {0};
        uv_rwlock_rdlock(&d->reg_lock);
        j->rc = ingest_bytes(d->x, &c->log, j->source ? j->source : "posted-article",
                             j->r.req->body.data ? j->r.req->body.data : "", j->r.req->body.len, &o,
                             route_job_each, j, &res, &j->e);
        uv_rwlock_rdunlock(&d->reg_lock);
        j->found = res.found;
        j->narticles = res.articles;
    } else {
        eventlog_result_t res;
        j->rc = eventlog_append(&c->log, &j->batch, j->expected, &res, &j->e);
        if (!j->rc) {
            j->napp = res.appended, j->npres = res.present, j->head = res.head_seq;
        }
    }
    daemon_db_put(d, c, j->rc != 0 && j->rc != ERR_DATA && j->rc != ERR_CONFLICT);
}

static void route_job_free(route_job_t *j)
{
    mem_free(j->date);
    mem_free(j->source);
    event_list_release(&j->batch);
    buf_release(&j->appended);
    buf_release(&j->present);
    mem_free(j);
}

static void route_job_done(void *arg, int status)
{
    route_job_t *j = arg;
    daemon_t *d = j->r.d;
    buf_t b;

    (void)status;
    j->r.async = 1;
    uv_mutex_lock(&d->metrics.lock);
    if (j->articles) {
        if (j->rc)
            d->metrics.articles_rejected++;
        else
            d->metrics.articles_ingested += j->narticles;
    }
    if (!j->rc) d->metrics.events_appended += j->napp;
    uv_mutex_unlock(&d->metrics.lock);
    if (j->rc) {
        route_fail(&j->r, &j->e);
    } else {
        buf_init(&b);
        if (j->articles)
            buf_printf(&b,
                       "{\"articles\":%zu,\"found\":%zu,\"appended\":[%s],\"present\":[%s],"
                       "\"head\":%lld}",
                       j->narticles, j->found, buf_str(&j->appended), buf_str(&j->present),
                       j->head);
        else
            buf_printf(&b, "{\"appended\":%zu,\"present\":%zu,\"head\":%lld}", j->napp, j->npres,
                       j->head);
        route_json(&j->r, j->napp ? 201 : 200, &b);
        buf_release(&b);
    }
    /* The head our append returned: no read of it (on the loop or off it). */
    if (j->napp) daemon_log_at(d, j->head);
    route_job_free(j);
}

static int route_ctype_is(const httpc_request_t *req, const char *want)
{
    size_t n = strlen(want);
    return req->content_type && strncasecmp(req->content_type, want, n) == 0 &&
           (req->content_type[n] == '\0' || req->content_type[n] == ';' ||
            req->content_type[n] == ' ');
}

/* Parses an NDJSON body into batch; names the bad line in e. */
static int route_parse_ndjson(const httpc_request_t *req, event_list_t *batch, err_t *e)
{
    const char *p = req->body.data ? req->body.data : "", *end = p + req->body.len;
    size_t line = 0;

    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        size_t lead = 0;
        line++;
        while (lead < n && (p[lead] == ' ' || p[lead] == '\t' || p[lead] == '\r')) lead++;
        if (lead < n) {
            event_t ev;
            int col = 0, rc = codec_event_parse(p, n, CODEC_INPUT, &ev, &col, e);
            if (!rc) rc = event_validate(&ev, e);
            if (!rc && event_list_push(batch, &ev)) rc = err_set(e, ERR_NOMEM, "out of memory");
            event_release(&ev);
            if (rc)
                return col ? err_wrap(e, "line %zu, column %d", line, col)
                           : err_wrap(e, "line %zu", line);
        }
        p += n + 1;
    }
    return 0;
}

static void route_post(route_ctx_t *r, int articles)
{
    route_job_t *j;
    long long expected = EVENTLOG_NO_EXPECTED;
    char *date, *ctxp;
    int context;

    if (articles) {
        if (r->req->content_type && !route_ctype_is(r->req, "text/plain") &&
            !route_ctype_is(r->req, "application/json") &&
            !route_ctype_is(r->req, "application/x-ndjson")) {
            route_error(r, 415, "unsupported_media_type",
                        "articles are text/plain, application/json or application/x-ndjson", NULL);
            return;
        }
    } else if (!route_ctype_is(r->req, "application/x-ndjson") &&
               !route_ctype_is(r->req, "application/json")) {
        route_error(r, 415, "unsupported_media_type", "events are application/x-ndjson", NULL);
        return;
    }
    if (route_param_ll(r->req, "expect_head", 0, (long long)1 << 62, &expected) < 0) {
        route_error(r, 400, "bad_request", "expect_head must be a seq", NULL);
        return;
    }
    ctxp = httpc_query_param(r->req, "context", 0);
    if (ctxp && strcmp(ctxp, "1") != 0 && strcmp(ctxp, "0") != 0 && strcmp(ctxp, "true") != 0 &&
        strcmp(ctxp, "false") != 0) {
        mem_free(ctxp);
        route_error(r, 400, "bad_request", "context must be 1 or 0", NULL);
        return;
    }
    context = ctxp && (strcmp(ctxp, "1") == 0 || strcmp(ctxp, "true") == 0);
    mem_free(ctxp);
    date = httpc_query_param(r->req, "date", 0);
    if (date && !date_is_iso(date)) {
        mem_free(date);
        route_error(r, 400, "bad_request", "date must be YYYY-MM-DD", NULL);
        return;
    }
    if (!(j = mem_calloc(1, sizeof *j))) {
        mem_free(date);
        route_error(r, 500, "internal", "out of memory", NULL);
        return;
    }
    j->r = *r;
    j->articles = articles;
    j->context = context;
    j->date = date;
    j->source = httpc_query_param(r->req, "source", 0);
    j->expected = expected;
    event_list_init(&j->batch);
    buf_init(&j->appended);
    buf_init(&j->present);
    if (!articles && route_parse_ndjson(r->req, &j->batch, &j->e)) {
        route_fail(r, &j->e);
        route_job_free(j);
        return;
    }
    if (daemon_work(r->d, route_job_run, route_job_done, j)) {
        route_error(r, 503, "busy", "cannot queue the work", NULL);
        route_job_free(j);
    }
}

static void route_post_articles(route_ctx_t *r)
{
    route_post(r, 1);
}

static void route_post_events(route_ctx_t *r)
{
    route_post(r, 0);
}

/* --- long polls and consistent reads --- */

static void route_waiter_add(route_ctx_t *r, long long after, long long target, unsigned reads,
                             long long wait_s, void (*run)(route_ctx_t *))
{
    daemon_waiter_t *w = mem_calloc(1, sizeof *w);

    if (!w) {
        route_error(r, 500, "internal", "out of memory", NULL);
        return;
    }
    w->rc = *r;
    w->after = after;
    w->target = target;
    w->reads = reads;
    w->deadline = r->deadline ? r->deadline : uv_now(r->d->loop) + (uint64_t)wait_s * 1000;
    w->run = run;
    w->next = r->d->routes.waiters;
    r->d->routes.waiters = w;
}

void daemon_waiters_check(daemon_t *d, int timeout_all)
{
    daemon_waiter_t **pp = &d->routes.waiters;
    uint64_t now = uv_now(d->loop);

    while (*pp) {
        daemon_waiter_t *w = *pp;
        int ready = timeout_all || now >= w->deadline ||
                    (w->target < 0 && d->workers.head > w->after) ||
                    (w->target >= 0 && daemon_proj_reached(d, w->reads, w->target));
        if (!ready) {
            pp = &w->next;
            continue;
        }
        *pp = w->next;
        w->rc.async = 1;
        w->rc.deadline = w->deadline;
        w->rc.expired = timeout_all || now >= w->deadline;
        w->run(&w->rc);
        mem_free(w);
    }
}

int daemon_waiters_pending(const daemon_t *d)
{
    for (const daemon_waiter_t *w = d->routes.waiters; w; w = w->next)
        if (w->target >= 0 && !daemon_proj_reached(d, w->reads, w->target)) return 1;
    return 0;
}

/* --- query routes (query.c), with ?consistent=1 --- */

/* Returns the projections the query route of r reads: a timeline reads its
 * rows and the company directory; the others the prices too. */
static unsigned route_query_reads(const route_ctx_t *r)
{
    if (r->query == DAEMON_QUERY_TIMELINE)
        return daemon_proj_bit("timeline") | daemon_proj_bit("companies");
    return ~0u;
}

static void route_query_answer(route_ctx_t *r);
typedef struct route_qjob_s route_qjob_t;

static void route_query_run(route_ctx_t *r)
{
    if (r->consistent && r->expired) {
        route_error(r, 503, "not_consistent",
                    "the projections did not reach the log head in time; retry", NULL);
        return;
    }
    route_query_answer(r);
}

/* One piece of a streamed answer: filled by the worker, then written by the
 * loop to every connection sharing the answer from this same memory (never
 * copied for each), then given back to the worker to fill again. */
typedef struct route_chunk_s {
    route_qjob_t *j;
    buf_t b;                    /* owned: the bytes */
    unsigned long long seq;     /* its place in the answer: 0, 1, ... */
    int writes;                 /* loop: writes of it in flight */
    struct route_chunk_s *next; /* in the list it is on (handed, live or spare) */
} route_chunk_t;

/* One query document computed on a lane, answered to every identical
 * request that arrived while it was computed (one computation for all). */
struct route_qjob_s {
    daemon_t *d;
    route_ctx_t first; /* the request that started it (its req is read on the pool) */
    route_ctx_t *more; /* owned: identical requests attached since */
    size_t nmore, cmore;
    char *key;              /* owned: path?query */
    unsigned long long gen; /* the read-model generation it started at */
    int cacheable;
    int found, status;
    buf_t body;
    err_t e;
    int rc;
    route_qjob_t *next; /* in d->routes.qjobs */
    /* A large answer streams in chunks, at most DAEMON_STREAM_CHUNKS of them:
     * the worker fills one and hands it over, the loop writes it to every
     * connection and gives it back once each has taken it; the worker waits
     * for one while all are handed and not yet taken. */
    route_chunk_t *chunk[DAEMON_STREAM_CHUNKS]; /* owned: every chunk made */
    int nchunks;                /* the worker's: chunks made (read by the loop once it is done) */
    route_chunk_t *wchunk;      /* the worker's: the chunk being filled */
    int wstreaming;             /* the worker's own copy of streaming */
    unsigned long long nhanded; /* the worker's: chunks handed */
    uv_mutex_t lock;            /* guards the five below (held for a few pointers' moves) */
    uv_cond_t room;
    int streaming; /* the answer is over DAEMON_STREAM_OVER (set by the worker) */
    route_chunk_t *handed, *handed_tail; /* filled, not yet taken by the loop */
    route_chunk_t *spare;                /* given back, to be filled again */
    unsigned long long returned;         /* chunks given back: the peers' progress */
    int abandoned;                       /* every connection is gone, the worker stops */
    route_chunk_t *live, *live_tail;     /* loop: taken, not yet written to every connection */
    route_chunk_t *back, *back_tail;     /* loop: taken by every connection, to give back */
    unsigned long long nback;            /* loop: chunks in back */
    int alive;                           /* loop: a connection is still there */
    int started;                         /* loop: the heads were sent */
    int finished; /* loop: the worker is done; freed once no write holds a chunk */
    int writes;   /* loop: writes of chunks in flight */
    size_t rr;    /* loop: the connection served first next turn */
};

/* Returns 1 for the routes whose documents read the whole log (heavy lane):
 * the study, and every document that is not one company's. */
static int route_query_heavy(const route_ctx_t *r)
{
    return r->query == DAEMON_QUERY_STUDY || (r->query != DAEMON_QUERY_NONE && !r->id);
}

/* On the thread pool: makes one more chunk (owned by j) the one being filled;
 * returns 0 or -1 when out of memory. */
static int route_qjob_chunk_new(route_qjob_t *j)
{
    route_chunk_t *c = mem_calloc(1, sizeof *c);

    if (!c) return -1;
    c->j = j;
    buf_init(&c->b);
    j->chunk[j->nchunks++] = c;
    j->wchunk = c;
    return 0;
}

/* On the thread pool: hands the chunk being filled to the loop and takes
 * another to fill, waiting while every chunk is handed and not yet taken by
 * the peers; the last hand (last set) waits until the peers have taken them
 * all. Returns 0, or -1 when out of memory, every peer is gone, or the peers
 * took nothing for --idle-timeout: a client that asks for a report and never
 * reads it would otherwise hold a lane's place (and a read snapshot) for ever. */
static int route_qjob_hand(route_qjob_t *j, int last)
{
    uint64_t still = uv_hrtime(), limit = (uint64_t)j->d->server.idle_ms * 1000000;
    route_chunk_t *c = j->wchunk;
    unsigned long long seen;
    int rc = 0;

    j->wchunk = NULL;
    uv_mutex_lock(&j->lock);
    j->streaming = 1;
    if (c && c->b.len) {
        c->seq = j->nhanded++;
        c->next = NULL;
        if (j->handed_tail)
            j->handed_tail->next = c;
        else
            j->handed = c;
        j->handed_tail = c;
        c = NULL;
    }
    if (c) j->wchunk = c; /* nothing in it: kept to fill */
    uv_mutex_unlock(&j->lock);
    /* Outside the lock: the loop it wakes may take this thread's CPU. */
    daemon_notify_send(&j->d->routes.wake);
    uv_mutex_lock(&j->lock);
    seen = j->returned;
    for (;;) {
        if (j->abandoned) {
            rc = -1;
            break;
        }
        if (last ? j->returned == j->nhanded
                 : (j->wchunk || j->spare || j->nchunks < DAEMON_STREAM_CHUNKS))
            break;
        if (j->returned != seen) {
            seen = j->returned;
            still = uv_hrtime();
        } else if (uv_hrtime() - still >= limit) {
            rc = -1; /* nothing taken for --idle-timeout: the answer is cut */
            break;
        }
        uv_cond_timedwait(&j->room, &j->lock, (uint64_t)100 * 1000000);
    }
    if (!rc && !j->wchunk && j->spare) {
        j->wchunk = j->spare;
        j->spare = j->wchunk->next;
    }
    uv_mutex_unlock(&j->lock);
    if (!rc && !j->wchunk && !last) rc = route_qjob_chunk_new(j);
    if (j->wchunk) buf_reset(&j->wchunk->b);
    return rc;
}

/* On the thread pool: takes n bytes (borrowed) of the dumped document (jansson
 * hands them over a few bytes at a time). Small answers collect in body; past
 * DAEMON_STREAM_OVER the answer streams, handed to the loop in chunks of
 * DAEMON_STREAM_PIECE bytes or more. */
static int route_qjob_sink(const char *piece, size_t n, void *arg)
{
    route_qjob_t *j = arg;

    if (!j->wstreaming) {
        if (j->body.len + n <= DAEMON_STREAM_OVER) return buf_append(&j->body, piece, n) ? -1 : 0;
        if (route_qjob_chunk_new(j)) return -1;
        /* What was made so far goes first (body is only the worker's until done). */
        buf_t t = j->wchunk->b;
        j->wchunk->b = j->body;
        j->body = t;
        j->wstreaming = 1;
    }
    if (!j->wchunk || buf_append(&j->wchunk->b, piece, n)) return -1;
    return j->wchunk->b.len < DAEMON_STREAM_PIECE ? 0 : route_qjob_hand(j, 0);
}

/* On the thread pool: builds the document from a pooled connection, in one
 * snapshot, then dumps it (streaming it when large). A report is written as
 * it is made, one company at a time (query_report_stream()), so that its
 * memory is one company's entry and the stream's chunks, not the document;
 * it keeps its connection and snapshot until its last byte is taken. */
static void route_qjob_run(void *arg)
{
    route_qjob_t *j = arg;
    store_t *c = daemon_db_get(j->d, &j->e);
    json_t *doc = NULL;
    int streamed = 0, bad;

    if (!c) {
        j->rc = j->e.code;
        return;
    }
    /* One snapshot for the whole document, so that its head matches its rows. */
    if (!(bad = (j->rc = readmodel_read_begin(&c->rm, &j->e)) != 0)) {
        j->found = daemon_query(j->d, c, j->first.req, j->first.query, j->first.id, j->first.nid,
                                &j->status, &doc, &j->body,
                                j->d->routes.stream_ok ? route_qjob_sink : NULL, j);
        streamed = j->found && !doc && j->status == 200;
        if (streamed && (route_qjob_sink("\n", 1, j) || (j->wstreaming && route_qjob_hand(j, 1))))
            j->rc = err_set(&j->e, ERR_NOMEM, "out of memory or the answer was abandoned");
        else if (j->found && j->status != 200 && j->wstreaming)
            /* Failed after its first bytes went: the answer is cut. */
            j->rc = err_set(&j->e, ERR_INTERNAL, "the report failed while it was sent");
        readmodel_read_end(&c->rm);
    }
    daemon_db_put(j->d, c, bad);
    if (!doc) return;
    if (!j->d->routes.stream_ok) {
        j->rc = query_dump(doc, &j->body, &j->e);
        if (!j->rc && buf_putc(&j->body, '\n')) j->rc = err_set(&j->e, ERR_NOMEM, "out of memory");
    } else if (!(j->rc = query_dump_stream(doc, route_qjob_sink, j, &j->e)) &&
               (route_qjob_sink("\n", 1, j) || (j->wstreaming && route_qjob_hand(j, 1)))) {
        j->rc = err_set(&j->e, ERR_NOMEM, "out of memory or the answer was abandoned");
    }
    json_decref(doc);
}

/* Returns 1 when the connection of r is gone (nothing more reaches its peer). */
static int route_gone(const route_ctx_t *r)
{
    return daemon_conn_backlog(r->c) == (size_t)-1;
}

static void route_qjob_free(route_qjob_t *j);

/* On the loop: a write of chunk arg (borrowed) is done with its memory. */
static void route_chunk_written(void *arg)
{
    route_chunk_t *c = arg;
    route_qjob_t *j = c->j;

    c->writes--;
    j->writes--;
    if (j->finished) {
        if (j->writes == 0) route_qjob_free(j);
        return;
    }
    daemon_notify_send(&j->d->routes.wake); /* the chunk may go back to the worker */
}

/* Returns the chunk of j at place seq that the loop holds, or NULL (not handed yet). */
static route_chunk_t *route_qjob_live(route_qjob_t *j, unsigned long long seq)
{
    route_chunk_t *c = j->live;

    while (c && c->seq != seq) c = c->next;
    return c;
}

/* Returns request i of j (0: the first, then the ones attached). */
static route_ctx_t *route_qjob_peer(route_qjob_t *j, size_t i)
{
    return i == 0 ? &j->first : &j->more[i - 1];
}

/* On the loop, with j->lock held: takes the chunks the worker handed over,
 * gives it back the ones every connection has taken (back), and tells it
 * whether anyone is still listening (the caller wakes it once unlocked). */
static void route_qjob_sync(route_qjob_t *j)
{
    if (j->handed) {
        if (j->live_tail)
            j->live_tail->next = j->handed;
        else
            j->live = j->handed;
        j->live_tail = j->handed_tail;
        j->handed = j->handed_tail = NULL;
    }
    if (j->back) {
        j->back_tail->next = j->spare;
        j->spare = j->back;
        j->returned += j->nback;
        j->back = j->back_tail = NULL;
        j->nback = 0;
    }
    j->abandoned = j->started && !j->alive;
}

/* On the loop: takes the chunks the worker handed over, writes to each
 * connection of j what it has not had yet, a piece at a time from the
 * chunks' own memory, with at most DAEMON_STREAM_PEER bytes in flight to
 * each and *budget bytes in all (less what it wrote), and gives back to the
 * worker the chunks every connection has taken. Returns ROUTE_PUMP_MORE when
 * the budget ran out before every connection had what there is, with
 * ROUTE_PUMP_BUSY when the worker held the lock (it is not waited for). */
enum { ROUTE_PUMP_MORE = 1, ROUTE_PUMP_BUSY = 2 };
static int route_qjob_pump(route_qjob_t *j, size_t *budget, size_t *given)
{
    route_chunk_t *c;
    size_t n = 1 + j->nmore, k;
    int more = 0, streaming;

    /* Never wait for the worker here: one preempted while it holds the lock
     * would hold the loop up until it runs again. Next turn instead. */
    if (uv_mutex_trylock(&j->lock)) return ROUTE_PUMP_BUSY;
    streaming = j->streaming;
    if (streaming) route_qjob_sync(j);
    uv_mutex_unlock(&j->lock);
    if (!streaming) return 0;
    uv_cond_signal(&j->room);
    if (!j->started) {
        for (k = 0; k < n; k++)
            if (!route_gone(route_qjob_peer(j, k)))
                httpc_stream_start(route_qjob_peer(j, k)->c, 200, "application/json", NULL);
        j->started = 1;
    }
    /* Round robin from where the last turn's budget ran out. */
    for (k = 0; k < n && !more; k++) {
        size_t i = (j->rr + k) % n;
        route_ctx_t *r = route_qjob_peer(j, i);
        while (daemon_conn_backlog(r->c) < DAEMON_STREAM_PEER &&
               (c = route_qjob_live(j, r->sseq))) {
            size_t len = c->b.len - r->soff;
            if (!*budget) {
                more = ROUTE_PUMP_MORE;
                j->rr = i;
                break;
            }
            if (len > DAEMON_STREAM_PIECE) len = DAEMON_STREAM_PIECE;
            if (len && daemon_conn_write_shared(j->d, r->c, c->b.data + r->soff, len,
                                                route_chunk_written, c))
                break; /* the connection is gone */
            c->writes += len > 0;
            j->writes += len > 0;
            r->soff += len;
            r->ssent += len;
            *given += len;
            *budget -= len < *budget ? len : *budget;
            if (r->soff == c->b.len) {
                r->sseq++;
                r->soff = 0;
            }
        }
    }
    j->alive = 0;
    for (k = 0; k < n; k++)
        if (!route_gone(route_qjob_peer(j, k))) j->alive = 1;
    /* A chunk every live connection has written and no write still holds goes back. */
    while ((c = j->live) && c->writes == 0) {
        for (k = 0; k < n; k++) {
            route_ctx_t *r = route_qjob_peer(j, k);
            if (r->sseq <= c->seq && !route_gone(r)) break;
        }
        if (k < n) break;
        j->live = c->next;
        if (!j->live) j->live_tail = NULL;
        c->next = NULL;
        if (j->back_tail)
            j->back_tail->next = c;
        else
            j->back = c;
        j->back_tail = c;
        j->nback++;
    }
    if (uv_mutex_trylock(&j->lock)) return more | ROUTE_PUMP_BUSY; /* given back later */
    route_qjob_sync(j);
    uv_mutex_unlock(&j->lock);
    uv_cond_signal(&j->room);
    return more;
}

static void daemon_streams_retry(uv_timer_t *t)
{
    daemon_streams_pump(t->data);
}

void daemon_routes_start(daemon_t *d)
{
    /* Closed with the rest once every work item is done (daemon_main's uv_walk). */
    uv_timer_init(d->loop, &d->routes.retry);
    d->routes.retry.data = d;
    uv_unref((uv_handle_t *)&d->routes.retry);
    if (daemon_notify_init(d, &d->routes.wake, daemon_streams_pump) == 0) d->routes.stream_ok = 1;
}

void daemon_routes_release(daemon_t *d)
{
    /* None is left when every read asked for has completed (daemon_workers_stop
     * starts the last): one still parked cannot be answered with the loop
     * closed, and is freed. */
    for (route_parked_t *p; (p = d->routes.parked);) {
        d->routes.parked = p->next;
        mem_free(p);
    }
    daemon_notify_release(&d->routes.wake);
}

void daemon_streams_pump(daemon_t *d)
{
    size_t nstreams = 1, budget, given = 0;
    int more = 0;

    /* One turn of the loop writes DAEMON_STREAM_TURN bytes at most, shared
     * by the answers streaming (however many clients each has), so that the
     * loop goes back to its other work (the rest is for the next turn). */
    for (route_qjob_t *j = d->routes.qjobs; j; j = j->next) nstreams += j->started;
    for (route_qjob_t *j = d->routes.qjobs; j; j = j->next) {
        budget = DAEMON_STREAM_TURN / nstreams;
        if (budget < DAEMON_STREAM_PIECE) budget = DAEMON_STREAM_PIECE;
        more |= route_qjob_pump(j, &budget, &given);
    }
    if (given > d->metrics.stream_turn_max) d->metrics.stream_turn_max = given;
    if (more & ROUTE_PUMP_MORE)
        daemon_notify_send(&d->routes.wake); /* the next turn */
    else if ((more & ROUTE_PUMP_BUSY) && !uv_is_active((uv_handle_t *)&d->routes.retry))
        /* A worker off the CPU holding its lock: not a turn of the loop
         * spent on it after another until it runs again. */
        uv_timer_start(&d->routes.retry, daemon_streams_retry, 1, 0);
}

void daemon_streams_drained(daemon_t *d)
{
    /* Not now: a turn of the loop may complete a write for each of many
     * clients. Wakes are coalesced: one pump per turn. */
    if (d->routes.qjobs && d->routes.stream_ok) daemon_notify_send(&d->routes.wake);
}

/* Ends the streamed answer to r: complete when the worker finished, else cut
 * (no last chunk, the connection closes, so the client sees it incomplete). */
static void route_qjob_end_stream(route_qjob_t *j, route_ctx_t *r)
{
    double secs = (double)(uv_hrtime() - r->t0) / 1e9;

    daemon_metrics_request(j->d, r->route, 200, secs);
    daemon_log_access(j->d, "GET", r->req->path, 200, secs * 1000, r->ssent);
    if (j->rc) {
        r->c->raw_stream = 1;
        r->c->closing = 1;
    }
    if (j->d->stopping && r->c->in.len == 0) r->c->closing = 1;
    httpc_stream_end(r->c);
    daemon_conn_flush(j->d, r->c);
    httpc_pump(r->c);
    daemon_conn_flush(j->d, r->c);
}

static void route_qjob_reply(route_qjob_t *j, route_ctx_t *r, int cancelled)
{
    r->async = 1;
    if (cancelled)
        route_error(r, 503, "busy", "cannot queue the work", "Retry-After: 1\r\n");
    else if (j->rc)
        route_fail(r, &j->e); /* the store cannot be read now (503 when its server is away) */
    else if (!j->found)
        route_error(r, 404, "not_found", "no such route", NULL);
    else if (j->body.oom)
        route_error(r, 500, "internal", "out of memory", NULL);
    else
        route_reply(r, j->status, "application/json",
                    j->status == 503 ? daemon_err_http(ERR_UNAVAILABLE)->extra : NULL,
                    buf_str(&j->body), j->body.len);
}

static void route_qjob_free(route_qjob_t *j)
{
    for (int i = 0; i < j->nchunks; i++) {
        buf_release(&j->chunk[i]->b);
        mem_free(j->chunk[i]);
    }
    mem_free(j->more);
    mem_free(j->key);
    buf_release(&j->body);
    uv_cond_destroy(&j->room);
    uv_mutex_destroy(&j->lock);
    mem_free(j);
}

static void route_qjob_done(void *arg, int status)
{
    route_qjob_t *j = arg;
    daemon_t *d = j->d;

    for (route_qjob_t **pp = &d->routes.qjobs; *pp; pp = &(*pp)->next)
        if (*pp == j) {
            *pp = j->next;
            break;
        }
    /* A commit while it was computed moves the generation once a daemon_sync
     * read sees it: the answer is then not stored, or dropped (cache.c). */
    if (j->streaming) {
        /* The heads went out and, unless it was cut, every chunk was taken:
         * end every answer. A cut one's chunks are freed once the writes
         * still holding them are done. */
        route_qjob_end_stream(j, &j->first);
        for (size_t i = 0; i < j->nmore; i++) route_qjob_end_stream(j, &j->more[i]);
        j->finished = 1;
        if (j->writes == 0) route_qjob_free(j);
        return;
    }
    if (status != UV_ECANCELED && j->cacheable && !j->rc && j->found && !j->body.oom &&
        (j->status == 200 || j->status == 404))
        daemon_cache_put(d, j->key, j->status, j->body.data, j->body.len, j->gen);
    route_qjob_reply(j, &j->first, status == UV_ECANCELED);
    for (size_t i = 0; i < j->nmore; i++) route_qjob_reply(j, &j->more[i], status == UV_ECANCELED);
    route_qjob_free(j);
}

/* Returns the computation of key (borrowed) that a request arriving now may
 * join: same document, same generation, no byte of it sent yet; or NULL. */
static route_qjob_t *route_qjob_joinable(daemon_t *d, const char *key)
{
    for (route_qjob_t *j = d->routes.qjobs; j; j = j->next) {
        int streaming;
        if (j->gen != d->cache.gen || strcmp(j->key, key) != 0) continue;
        /* Never wait for the worker (it may run at a lower priority, and be
         * off the CPU holding the lock): the only time it holds the lock is
         * when it hands a chunk over (route_qjob_hand), which sets streaming
         * first, so a lock it holds says as much as streaming would. */
        if (uv_mutex_trylock(&j->lock)) continue;
        streaming = j->streaming; /* its first bytes are gone: too late to join */
        uv_mutex_unlock(&j->lock);
        if (!streaming) return j;
    }
    return NULL;
}

void daemon_queries_synced(daemon_t *d)
{
    route_parked_t **pp = &d->routes.parked, *ready = NULL, **tail = &ready, *p;

    /* Taken off the list first: answering one may park another (a pipelined request). */
    while ((p = *pp)) {
        if (p->need > d->workers.sync_done) {
            pp = &p->next;
            continue;
        }
        *pp = p->next;
        p->next = NULL;
        *tail = p;
        tail = &p->next;
    }
    while ((p = ready)) {
        ready = p->next;
        p->r.async = 1;
        p->r.synced = 1;
        route_query_answer(&p->r);
        mem_free(p);
    }
}

static void route_query_answer(route_ctx_t *r)
{
    daemon_t *d = r->d;
    const daemon_cache_slot_t *hit;
    route_qjob_t *j;
    buf_t key;
    int rc;

    buf_init(&key);
    buf_printf(&key, "%s?%s", r->req->path, r->req->query);
    if (key.oom) {
        buf_release(&key);
        route_error(r, 500, "internal", "out of memory", NULL);
        return;
    }
    /* A cached answer, or a computation already running, may be of the read
     * models before a commit another connection made and acknowledged before
     * this request: wait first for a read of the data version that began
     * after it arrived (on the sync lane, cache.c), which bumps the
     * generation for every such commit. A request that finds neither
     * computes in a snapshot taken after it arrived. */
    if (!r->synced && (daemon_cache_get(d, key.data) || route_qjob_joinable(d, key.data))) {
        unsigned long long need = daemon_sync(d);
        if (need > d->workers.sync_done) {
            route_parked_t *p = mem_calloc(1, sizeof *p);
            if (!p) {
                buf_release(&key);
                route_error(r, 500, "internal", "out of memory", NULL);
                return;
            }
            p->r = *r;
            p->need = need;
            p->next = d->routes.parked;
            d->routes.parked = p;
            buf_release(&key);
            return;
        }
        /* The read could not be queued: it bumped, nothing below is found. */
    }
    if ((hit = daemon_cache_get(d, key.data))) {
        route_reply(r, hit->status, "application/json", NULL, hit->body, hit->len);
        buf_release(&key);
        return;
    }
    /* The same document is being computed from the read models as they are:
     * wait for it rather than compute it twice. */
    if ((j = route_qjob_joinable(d, key.data))) {
        int room = j->nmore < j->cmore;
        if (!room) {
            size_t n = j->cmore ? j->cmore * 2 : 4;
            route_ctx_t *m = mem_realloc(j->more, n * sizeof *m);
            if (m) j->more = m, j->cmore = n, room = 1;
        }
        if (room) {
            j->more[j->nmore++] = *r;
            d->metrics.queries_shared++;
            buf_release(&key);
            return;
        }
    }
    if (!(j = mem_calloc(1, sizeof *j))) {
        buf_release(&key);
        route_error(r, 500, "internal", "out of memory", NULL);
        return;
    }
    j->d = d;
    j->first = *r;
    j->key = buf_steal(&key);
    j->gen = d->cache.gen;
    /* Reports carry generated_at, and answers built while projections lag
     * the head would soon be stale: neither is cached. */
    j->cacheable = daemon_proj_reached(d, ~0u, d->workers.head) && r->query != DAEMON_QUERY_REPORT;
    j->status = 500;
    buf_init(&j->body);
    uv_mutex_init(&j->lock);
    uv_cond_init(&j->room);
    if (!j->key) {
        route_qjob_free(j);
        route_error(r, 500, "internal", "out of memory", NULL);
        return;
    }
    rc = daemon_lane_submit(d, route_query_heavy(r) ? &d->pool.heavy : &d->pool.query,
                            route_qjob_run, route_qjob_done, j);
    if (rc) {
        err_t e = {0};
        err_set(&e, rc,
                rc == ERR_BUSY ? "too many queries queued; retry" : "cannot queue the work");
        route_qjob_free(j);
        route_fail(r, &e);
        return;
    }
    j->next = d->routes.qjobs;
    d->routes.qjobs = j;
    d->metrics.queries_computed++;
}

/* On the loop: answers r by run now when every projection in reads has
 * reached head, else parks it until they have (or its wait runs out). */
static void route_consistent_wait(route_ctx_t *r, unsigned reads, long long head,
                                  void (*run)(route_ctx_t *))
{
    if (daemon_proj_reached(r->d, reads, head)) {
        run(r);
        return;
    }
    if (r->d->stopping) { /* no more catch-ups: as a wait cut by the stop */
        r->consistent = 1;
        r->expired = 1;
        run(r);
        return;
    }
    /* Appended elsewhere and not noticed yet: a catch-up round now (log_at
     * starts one, with the head just read); else one more after the running one. */
    if (head > r->d->workers.head)
        daemon_log_at(r->d, head);
    else
        daemon_proj_kick(r->d);
    r->consistent = 1;
    route_waiter_add(r, -1, head, reads, ROUTE_MAX_WAIT, run);
}

/* A ?consistent=1 request while the log head it waits for is read on the
 * status lane (a read of one row: it never waits behind queries and reports,
 * and never on the loop thread). */
typedef struct route_headjob_s {
    route_ctx_t r;
    unsigned reads;
    void (*run)(route_ctx_t *);
    long long head;
    err_t e;
    int rc;
} route_headjob_t;

/* On the thread pool. */
static void route_head_run(void *arg)
{
    route_headjob_t *j = arg;
    store_t *c = daemon_db_get(j->r.d, &j->e);
    char hash[65];

    if (!c) {
        j->rc = j->e.code ? j->e.code : err_set(&j->e, ERR_UNAVAILABLE, "no database connection");
        return;
    }
    j->rc = eventlog_head(&c->log, &j->head, hash, &j->e);
    daemon_db_put(j->r.d, c, j->rc != 0);
}

static void route_head_done(void *arg, int status)
{
    route_headjob_t *j = arg;
    route_ctx_t *r = &j->r;

    r->async = 1;
    if (status == UV_ECANCELED)
        route_error(r, 503, "busy", "cannot queue the work", "Retry-After: 1\r\n");
    else if (j->rc)
        route_fail(r, &j->e);
    else
        route_consistent_wait(r, j->reads, j->head, j->run);
    mem_free(j);
}

/* Answers r by run now, or, when ?consistent=1 asks for it, once every
 * projection in reads (daemon_proj_bit) has reached the log head as the store
 * has it now (not as the daemon last noticed it): an append acknowledged to
 * anyone before this request is then in the answer. run sees r->consistent
 * and r->expired (the wait ran out). */
static void route_consistent(route_ctx_t *r, unsigned reads, void (*run)(route_ctx_t *))
{
    char *consistent = httpc_query_param(r->req, "consistent", 0);
    route_headjob_t *j;
    int rc;

    if (!consistent || strcmp(consistent, "0") == 0) {
        mem_free(consistent);
        run(r);
        return;
    }
    mem_free(consistent);
    if (!(j = mem_calloc(1, sizeof *j))) {
        route_error(r, 500, "internal", "out of memory", NULL);
        return;
    }
    j->r = *r;
    j->reads = reads;
    j->run = run;
    if ((rc = daemon_lane_submit(r->d, &r->d->pool.status, route_head_run, route_head_done, j))) {
        err_t e = {0};
        err_set(&e, rc, rc == ERR_BUSY ? "too many reads queued; retry" : "cannot queue the work");
        route_fail(r, &e);
        mem_free(j);
    }
}

/* A query route (r->query): answered now, or once the projections it reads
 * are consistent when ?consistent=1 asks for it. */
static void route_query(route_ctx_t *r)
{
    route_consistent(r, route_query_reads(r), route_query_run);
}

/* --- GET /: the HTML report (page.c), built on the heavy lane --- */

typedef struct route_pagejob_s {
    route_ctx_t r;
    buf_t b;
    int status;
    int rc;
} route_pagejob_t;

static void route_page_run(void *arg)
{
    route_pagejob_t *j = arg;
    err_t e = {0};
    store_t *c = daemon_db_get(j->r.d, &e);

    if (!c) {
        j->rc = e.code ? e.code : ERR_UNAVAILABLE;
        return;
    }
    j->rc = daemon_page(j->r.d, c, j->r.req, &j->status, &j->b);
    daemon_db_put(j->r.d, c,
                  j->rc != 0 && j->rc != ERR_NOTFOUND && j->rc != ERR_USAGE && j->rc != ERR_DATA);
}

static void route_page_done(void *arg, int status)
{
    route_pagejob_t *j = arg;
    route_ctx_t *r = &j->r;

    r->async = 1;
    if (status == UV_ECANCELED || (j->rc && !j->b.len))
        route_error(r, 503, "busy", "cannot build the page now; retry", "Retry-After: 1\r\n");
    else if (j->b.oom)
        route_error(r, 500, "internal", "out of memory", NULL);
    else
        route_reply(r, j->status, "text/html; charset=utf-8", "Cache-Control: no-store\r\n",
                    buf_str(&j->b), j->b.len);
    buf_release(&j->b);
    mem_free(j);
}

static void route_page_build(route_ctx_t *r)
{
    route_pagejob_t *j;
    int rc;

    if (r->consistent && r->expired) {
        route_error(r, 503, "not_consistent",
                    "the projections did not reach the log head in time; retry", NULL);
        return;
    }
    if (!(j = mem_calloc(1, sizeof *j))) {
        route_error(r, 500, "internal", "out of memory", NULL);
        return;
    }
    j->r = *r;
    j->status = 500;
    buf_init(&j->b);
    if ((rc = daemon_lane_submit(r->d, &r->d->pool.heavy, route_page_run, route_page_done, j))) {
        err_t e = {0};
        err_set(&e, rc,
                rc == ERR_BUSY ? "too many queries queued; retry" : "cannot queue the work");
        buf_release(&j->b);
        mem_free(j);
        route_fail(r, &e);
    }
}

/* GET / (?company=, ?symbol=, ...): the page reads every projection (the
 * report's timeline, summaries and prices), so ?consistent=1 waits for all. */
static void route_page(route_ctx_t *r)
{
    route_consistent(r, ~0u, route_page_build);
}

/* --- routing --- */

typedef struct route_def_s {
    int method;
    /* "/v1/events"; '*' matches one path segment (the first one's bytes are the
     * request's id), a final "**" whatever is left (none too) */
    const char *pattern;
    const char *label;
    void (*fn)(route_ctx_t *);
    daemon_query_kind_t query; /* a query route's document (fn is route_query) */
} route_def_t;

/* The first entry matching a path and its method answers; a path some entry
 * matches with another method is answered 405. */
static const route_def_t route_defs[] = {
    {HTTP_GET, "/", "/", route_page, DAEMON_QUERY_NONE},
    {HTTP_GET, "/healthz", "/healthz", route_healthz, DAEMON_QUERY_NONE},
    {HTTP_GET, "/metrics", "/metrics", route_metrics, DAEMON_QUERY_NONE},
    {HTTP_GET, "/v1/status", "/v1/status", route_status, DAEMON_QUERY_NONE},
    {HTTP_GET, "/v1/events", "/v1/events", route_events, DAEMON_QUERY_NONE},
    {HTTP_POST, "/v1/events", "/v1/events", route_post_events, DAEMON_QUERY_NONE},
    {HTTP_POST, "/v1/articles", "/v1/articles", route_post_articles, DAEMON_QUERY_NONE},
    {HTTP_GET, "/v1/companies/*/timeline", "/v1/companies/{id}/timeline", route_query,
     DAEMON_QUERY_TIMELINE},
    {HTTP_GET, "/v1/companies/*/summary", "/v1/companies/{id}/summary", route_query,
     DAEMON_QUERY_SUMMARY},
    {HTTP_GET, "/v1/companies/*/reactions", "/v1/companies/{id}/reactions", route_query,
     DAEMON_QUERY_REACTIONS},
    {HTTP_GET, "/v1/companies/*/study", "/v1/companies/{id}/study", route_query,
     DAEMON_QUERY_STUDY},
    /* Any other path under /v1/companies/ goes the query routes' way (a GET waits
     * for ?consistent=1, then is answered 404 from the query lane). */
    {HTTP_GET, "/v1/companies/**", "/v1/companies/{id}", route_query, DAEMON_QUERY_NONE},
    {HTTP_GET, "/v1/summary", "/v1/summary", route_query, DAEMON_QUERY_SUMMARY},
    {HTTP_GET, "/v1/reactions", "/v1/reactions", route_query, DAEMON_QUERY_REACTIONS},
    {HTTP_GET, "/v1/report", "/v1/report", route_query, DAEMON_QUERY_REPORT},
    {HTTP_GET, "/v1/study", "/v1/study", route_query, DAEMON_QUERY_STUDY},
};

/* Returns 1 when path (borrowed) matches pattern (static), with *id and *nid
 * the segment the pattern's first '*' matched (NULL and 0 when it has none). */
static int route_match(const char *pattern, const char *path, const char **id, size_t *nid)
{
    *id = NULL;
    *nid = 0;
    for (;;) {
        if (pattern[0] == '*' && pattern[1] == '*' && pattern[2] == '\0') return 1;
        if (!*pattern || !*path) return *pattern == *path;
        if (*pattern == '*') {
            const char *seg = path;
            if (*path == '/') return 0;
            while (*path && *path != '/') path++;
            if (!*id) {
                *id = seg;
                *nid = (size_t)(path - seg);
            }
            pattern++;
            continue;
        }
        if (*pattern++ != *path++) return 0;
    }
}

static int route_authorised(daemon_t *d, const httpc_request_t *req)
{
    const char *a = req->authorization;
    size_t n;

    if (!d->token) return 1;
    if (!a || strncasecmp(a, "Bearer ", 7) != 0) return 0;
    a += 7;
    n = strlen(d->token);
    if (strlen(a) != n) return 0;
    {
        unsigned char diff = 0; /* constant time */
        for (size_t i = 0; i < n; i++) diff |= (unsigned char)(a[i] ^ d->token[i]);
        return diff == 0;
    }
}

void daemon_route(daemon_t *d, httpc_t *c, httpc_request_t *req)
{
    route_ctx_t r = {d, c, req, "other", uv_hrtime(), 0};
    const route_def_t *known = NULL; /* the first entry matching the path */
    char allow[64] = "";
    unsigned long long methods = 0; /* those in allow */

    if (strcmp(req->path, "/healthz") != 0 && !route_authorised(d, req)) {
        r.route = "unauthorised";
        route_error(&r, 401, "unauthorized", "missing or wrong bearer token",
                    "WWW-Authenticate: Bearer\r\n");
        return;
    }
    if (d->stopping && strcmp(req->path, "/healthz") != 0) {
        r.route = "stopping";
        route_error(&r, 503, "shutting_down", "the daemon is shutting down", NULL);
        return;
    }
    for (size_t i = 0; i < sizeof route_defs / sizeof *route_defs; i++) {
        const route_def_t *rd = &route_defs[i];
        const char *id;
        size_t nid;
        if (!route_match(rd->pattern, req->path, &id, &nid)) continue;
        if (!known) known = rd;
        if (rd->method == req->method) {
            r.route = rd->label;
            r.query = rd->query;
            r.id = id;
            r.nid = nid;
            if (req->no_length) {
                route_error(&r, 411, "length_required",
                            "a request with a body needs Content-Length", NULL);
                return;
            }
            rd->fn(&r);
            return;
        }
        if (rd->method < 64 && (methods >> rd->method & 1)) continue;
        if (rd->method < 64) methods |= 1ull << rd->method;
        size_t used = strlen(allow);
        snprintf(allow + used, sizeof allow - used, "%s%s", used ? ", " : "",
                 http_method_str((enum http_method)rd->method));
    }
    if (known) {
        char extra[96];
        snprintf(extra, sizeof extra, "Allow: %s\r\n", allow);
        /* The query routes count a refused method under their own label. */
        r.route = known->fn == route_query ? known->label : "method_not_allowed";
        route_error(&r, 405, "method_not_allowed", "method not allowed on this route", extra);
        return;
    }
    r.route = "not_found";
    route_error(&r, 404, "not_found", "no such route", NULL);
}
