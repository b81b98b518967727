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
#include "daemon.h"

#define ROUTE_MAX_LIMIT 10000
#define ROUTE_MAX_WAIT  60

typedef struct route_ctx_s {
    daemon_t *d;
    httpc_t *c;
    httpc_request_t *req;
    const char *route; /* static label for /metrics */
    uint64_t t0;
    int async;         /* answered from a completion, not inside the parser loop */
    uint64_t deadline; /* a parked request's deadline (uv_now ms), 0 when never parked */
    int expired;       /* the deadline passed (or the daemon is stopping) */
    int consistent;    /* waits for the projections to reach a head */
} route_ctx_t;

struct daemon_waiter_s {
    route_ctx_t rc;
    long long after;   /* long poll: answer once the head passes this */
    long long target;  /* consistent read: answer once projections reach this */
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

/* Maps an ERR_* code to an HTTP answer. */
static void route_fail(route_ctx_t *r, const err_t *e)
{
    int st = 500;
    const char *code = "internal";

    switch (e->code) {
    case ERR_DATA:
        st = 400, code = "bad_request";
        break;
    case ERR_USAGE:
        st = 400, code = "bad_request";
        break;
    case ERR_NOTFOUND:
        st = 404, code = "not_found";
        break;
    case ERR_CONFLICT:
        st = 409, code = "conflict";
        break;
    case ERR_BUSY:
        st = 503, code = "busy";
        break;
    case ERR_FULL:
        st = 507, code = "disk_full";
        break;
    case ERR_READONLY:
        st = 503, code = "read_only";
        break;
    case ERR_UNAVAILABLE:
        /* The database server is away: the client may come back shortly. */
        route_error(r, 503, "unavailable", e->msg[0] ? e->msg : err_str(e->code),
                    "Retry-After: 5\r\n");
        return;
    default:
        break;
    }
    route_error(r, st, code, e->msg[0] ? e->msg : err_str(e->code), NULL);
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

static void route_metrics(route_ctx_t *r)
{
    buf_t b;

    buf_init(&b);
    daemon_metrics_render(r->d, &b);
    route_reply(r, 200, "text/plain; version=0.0.4", NULL, buf_str(&b), b.len);
    buf_release(&b);
}

static void route_status(route_ctx_t *r)
{
    daemon_t *d = r->d;
    proj_status_t st[16];
    store_info_t info;
    long long seq = 0;
    char hash[65] = "";
    long in = 0, done = 0, rej = 0;
    err_t e = {0};
    buf_t b;

    if (eventlog_head(&d->q->log, &seq, hash, &e) || store_info(d->q, &info, &e) ||
        (proj_def_count <= 16 && proj_status(&d->q->rm, st, &e))) {
        route_fail(r, &e);
        return;
    }
    buf_init(&b);
    buf_printf(&b, "{\"version\":\"%s\",\"database\":", SEISMO_VERSION);
    canon_put_string(&b, info.location); /* a URI without its password */
    buf_printf(&b, ",\"schema\":%d,\"head\":{\"seq\":%lld,\"hash\":", info.schema, seq);
    if (seq)
        canon_put_string(&b, hash);
    else
        buf_puts(&b, "null");
    buf_puts(&b, "},\"projections\":[");
    for (size_t i = 0; i < proj_def_count && i < 16; i++) {
        buf_printf(&b, "%s{\"name\":", i ? "," : "");
        canon_put_string(&b, st[i].name);
        buf_printf(&b, ",\"version\":%d,\"checkpoint\":%lld,\"lag\":%lld}", st[i].version,
                   st[i].last_seq, seq - st[i].last_seq);
    }
    buf_puts(&b, "],\"spool\":");
    if (d->spool) {
        daemon_spool_counts(d, &in, &done, &rej);
        buf_printf(&b, "{\"incoming\":%ld,\"done\":%ld,\"rejected\":%ld}", in, done, rej);
    } else {
        buf_puts(&b, "null");
    }
    buf_printf(&b, ",\"connections\":%d}", d->nconns);
    route_json(r, 200, &b);
    buf_release(&b);
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

static void route_waiter_add(route_ctx_t *r, long long after, long long target, long long wait_s,
                             void (*run)(route_ctx_t *));

static void route_events(route_ctx_t *r)
{
    daemon_t *d = r->d;
    event_type_t types[EVENT_TYPE_COUNT];
    eventlog_query_t q = {0};
    long long wait = 0;
    char *company = NULL, *since = NULL, *until = NULL, *id = NULL;
    route_events_t st = {0};
    err_t e = {0};
    buf_t b;
    int rc;

    q.types = types;
    q.limit = 1000;
    buf_init(&b);
    if (route_param_ll(r->req, "after", 0, (long long)1 << 62, &q.after) < 0 ||
        route_param_ll(r->req, "limit", 1, ROUTE_MAX_LIMIT, &q.limit) < 0 ||
        route_param_ll(r->req, "wait", 0, ROUTE_MAX_WAIT, &wait) < 0) {
        route_error(r, 400, "bad_request",
                    "after must be a seq, limit 1..10000, wait 0..60 seconds", NULL);
        goto done;
    }
    for (int i = 0;; i++) {
        char *t = httpc_query_param(r->req, "type", i);
        if (!t) break;
        for (char *tok = strtok(t, ","); tok; tok = strtok(NULL, ",")) {
            event_type_t ty = event_type_from_name(tok);
            if (ty == EVENT_NONE || q.ntypes >= EVENT_TYPE_COUNT) {
                mem_free(t);
                route_error(r, 400, "bad_request", "type: unknown event type", NULL);
                goto done;
            }
            types[q.ntypes++] = ty;
        }
        mem_free(t);
    }
    since = httpc_query_param(r->req, "since", 0);
    until = httpc_query_param(r->req, "until", 0);
    if ((since && !date_is_iso(since)) || (until && !date_is_iso(until))) {
        route_error(r, 400, "bad_request", "since and until must be YYYY-MM-DD dates", NULL);
        goto done;
    }
    q.since = since, q.until = until;
    if ((company = httpc_query_param(r->req, "company", 0))) {
        if ((rc = names_resolve(&d->q->rm, company, &id, &e))) {
            route_fail(r, &e);
            goto done;
        }
        q.company = id;
    }
    st.b = &b;
    buf_puts(&b, "{\"events\":[");
    if ((rc = eventlog_scan(&d->q->log, &q, route_events_each, &st, &e))) {
        if (!e.code) err_set(&e, rc, "reading events");
        route_fail(r, &e);
        goto done;
    }
    if (st.n == 0 && wait > 0 && !d->stopping && !r->expired) {
        /* Park until the head moves past what was read (events after it that
         * did not match the filters do not end the wait). */
        route_waiter_add(r, r->deadline ? d->head : q.after, -1, wait, route_events);
        goto done;
    }
    buf_printf(&b, "],\"count\":%zu,\"next_after\":%lld}", st.n, st.n ? st.last : q.after);
    route_json(r, 200, &b);
done:
    mem_free(company);
    mem_free(id);
    mem_free(since);
    mem_free(until);
    buf_release(&b);
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
    uv_mutex_lock(&d->m_lock);
    if (j->articles) {
        if (j->rc)
            d->m.articles_rejected++;
        else
            d->m.articles_ingested += j->narticles;
    }
    if (!j->rc) d->m.events_appended += j->napp;
    uv_mutex_unlock(&d->m_lock);
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
    if (j->napp) daemon_log_grew(d);
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

static void route_waiter_add(route_ctx_t *r, long long after, long long target, long long wait_s,
                             void (*run)(route_ctx_t *))
{
    daemon_waiter_t *w = mem_calloc(1, sizeof *w);

    if (!w) {
        route_error(r, 500, "internal", "out of memory", NULL);
        return;
    }
    w->rc = *r;
    w->after = after;
    w->target = target;
    w->deadline = r->deadline ? r->deadline : uv_now(r->d->loop) + (uint64_t)wait_s * 1000;
    w->run = run;
    w->next = r->d->waiters;
    r->d->waiters = w;
}

void daemon_waiters_check(daemon_t *d, int timeout_all)
{
    daemon_waiter_t **pp = &d->waiters;
    uint64_t now = uv_now(d->loop);

    while (*pp) {
        daemon_waiter_t *w = *pp;
        int ready = timeout_all || now >= w->deadline || (w->target < 0 && d->head > w->after) ||
                    (w->target >= 0 && d->proj_seq >= w->target);
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

/* --- query routes (query.c), with ?consistent=1 --- */

static const char *route_query_label(const char *path)
{
    if (strncmp(path, "/v1/companies/", 14) == 0) {
        const char *tail = strrchr(path, '/');
        if (strcmp(tail, "/timeline") == 0) return "/v1/companies/{id}/timeline";
        if (strcmp(tail, "/summary") == 0) return "/v1/companies/{id}/summary";
        if (strcmp(tail, "/reactions") == 0) return "/v1/companies/{id}/reactions";
        if (strcmp(tail, "/study") == 0) return "/v1/companies/{id}/study";
        return "/v1/companies/{id}";
    }
    if (strcmp(path, "/v1/summary") == 0) return "/v1/summary";
    if (strcmp(path, "/v1/reactions") == 0) return "/v1/reactions";
    if (strcmp(path, "/v1/report") == 0) return "/v1/report";
    if (strcmp(path, "/v1/study") == 0) return "/v1/study";
    return "/v1/query";
}

static void route_query_answer(route_ctx_t *r);

static void route_query_run(route_ctx_t *r)
{
    if (r->consistent && r->expired) {
        route_error(r, 503, "not_consistent",
                    "the projections did not reach the log head in time; retry", NULL);
        return;
    }
    route_query_answer(r);
}

static void route_query_answer(route_ctx_t *r)
{
    daemon_t *d = r->d;
    long long dv = -1;
    unsigned long long gen;
    const daemon_cache_slot_t *hit;
    /* Reports carry generated_at, and answers built while projections lag
     * would soon be stale: neither is cached. */
    int cacheable =
        d->proj_seq == d->head && !d->proj_busy && strcmp(r->req->path, "/v1/report") != 0;
    int status = 500, found = 0, rc;
    err_t qe = {0};
    buf_t key, b;

    /* Any commit by another connection (a catch-up, a rebuild in another
     * process) may have moved the read models: cached answers go. */
    if (eventlog_data_version(&d->q->log, &dv, NULL) || dv != d->data_version) {
        d->data_version = dv;
        d->gen++;
        cacheable = 0;
    }
    gen = d->gen;

    buf_init(&key);
    buf_init(&b);
    buf_printf(&key, "%s?%s", r->req->path, r->req->query);
    if (cacheable && !key.oom && (hit = daemon_cache_get(d, key.data))) {
        route_reply(r, hit->status, "application/json", NULL, hit->body, hit->len);
        goto done;
    }
    /* One snapshot for the whole document, so that its head matches its rows. */
    if ((rc = readmodel_read_begin(&d->q->rm, &qe)) == 0) {
        found = daemon_query(d, r->req, &status, &b);
        readmodel_read_end(&d->q->rm);
    }
    if (rc) {
        route_fail(r, &qe); /* the store cannot be read now (503 when its server is away) */
    } else if (!found) {
        route_error(r, 404, "not_found", "no such route", NULL);
    } else if (b.oom) {
        route_error(r, 500, "internal", "out of memory", NULL);
    } else {
        if (cacheable && !key.oom && (status == 200 || status == 404))
            daemon_cache_put(d, key.data, status, b.data, b.len, gen);
        route_reply(r, status, "application/json", status == 503 ? "Retry-After: 5\r\n" : NULL,
                    buf_str(&b), b.len);
    }
done:
    buf_release(&key);
    buf_release(&b);
}

/* Returns 1 when path is a query route (answered now or once consistent). */
static int route_query(route_ctx_t *r)
{
    static const char *const fixed[] = {"/v1/summary", "/v1/reactions", "/v1/report", "/v1/study"};
    const char *path = r->req->path;
    char *consistent;
    int known = strncmp(path, "/v1/companies/", 14) == 0;

    for (size_t i = 0; i < sizeof fixed / sizeof *fixed && !known; i++)
        known = strcmp(path, fixed[i]) == 0;
    if (!known) return 0;
    r->route = route_query_label(path);
    if (r->req->method != HTTP_GET) {
        route_error(r, 405, "method_not_allowed", "method not allowed on this route",
                    "Allow: GET\r\n");
        return 1;
    }
    consistent = httpc_query_param(r->req, "consistent", 0);
    if (consistent && strcmp(consistent, "0") != 0) {
        /* Wait until the projections reach the head as it is now. */
        long long head = 0;
        char hash[65];
        if (eventlog_head(&r->d->q->log, &head, hash, NULL) == 0 && head > r->d->proj_seq) {
            mem_free(consistent);
            daemon_proj_kick(r->d);
            r->consistent = 1;
            route_waiter_add(r, -1, head, ROUTE_MAX_WAIT, route_query_run);
            return 1;
        }
    }
    mem_free(consistent);
    route_query_run(r);
    return 1;
}

/* --- GET /: the HTML report (page.c) --- */

static void route_page(route_ctx_t *r)
{
    int status = 500;
    buf_t b;

    buf_init(&b);
    daemon_page(r->d, r->req, &status, &b);
    if (b.oom)
        route_error(r, 500, "internal", "out of memory", NULL);
    else
        route_reply(r, status, "text/html; charset=utf-8", "Cache-Control: no-store\r\n",
                    buf_str(&b), b.len);
    buf_release(&b);
}

/* --- routing --- */

typedef struct route_def_s {
    int method;
    const char *pattern; /* "/v1/events"; '*' matches one path segment */
    const char *label;
    void (*fn)(route_ctx_t *);
} route_def_t;

static const route_def_t route_defs[] = {
    {HTTP_GET, "/", "/", route_page},
    {HTTP_GET, "/healthz", "/healthz", route_healthz},
    {HTTP_GET, "/metrics", "/metrics", route_metrics},
    {HTTP_GET, "/v1/status", "/v1/status", route_status},
    {HTTP_GET, "/v1/events", "/v1/events", route_events},
    {HTTP_POST, "/v1/events", "/v1/events", route_post_events},
    {HTTP_POST, "/v1/articles", "/v1/articles", route_post_articles},
};

static int route_match(const char *pattern, const char *path)
{
    while (*pattern && *path) {
        if (*pattern == '*') {
            if (*path == '/') return 0;
            while (*path && *path != '/') path++;
            pattern++;
            continue;
        }
        if (*pattern++ != *path++) return 0;
    }
    return *pattern == '\0' && *path == '\0';
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
    char allow[64] = "";
    int path_known = 0;

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
        if (!route_match(rd->pattern, req->path)) continue;
        path_known = 1;
        if (rd->method == req->method) {
            r.route = rd->label;
            rd->fn(&r);
            return;
        }
        size_t used = strlen(allow);
        snprintf(allow + used, sizeof allow - used, "%s%s", used ? ", " : "",
                 http_method_str((enum http_method)rd->method));
    }
    if (strncmp(req->path, "/v1/", 4) == 0 && route_query(&r)) return;
    if (path_known) {
        char extra[96];
        snprintf(extra, sizeof extra, "Allow: %s\r\n", allow);
        r.route = "method_not_allowed";
        route_error(&r, 405, "method_not_allowed", "method not allowed on this route", extra);
        return;
    }
    r.route = "not_found";
    route_error(&r, 404, "not_found", "no such route", NULL);
}
