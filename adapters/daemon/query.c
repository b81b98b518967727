/* Query routes of the daemon: timeline, summary, reactions, report, study.
 *
 * The documents are the CLI's (adapters/query), built on the thread pool
 * from a pooled connection, in one read snapshot, as the read models are now: projections are
 * caught up by the workers, never here (a caller wanting the head passes ?consistent=1, which the
 * route layer waits for before calling daemon_query). Parameters are the CLI's options: since,
 * until, type (repeated or comma-separated), window, company (repeated or comma-separated),
 * benchmark (summary, reactions, report: the measured figures' benchmark), symbol (reactions,
 * report, study: the listing a company is measured on, as --symbol); empty values count as
 * absent and unknown parameters are ignored.
 *
 * The study routes (GET /v1/study, GET /v1/companies/{id}/study) take the
 * study command's: type, benchmark, model, estimation, window (repeated or
 * comma-separated), min-estimation (or min_estimation), car_variance (or
 * car-variance: forecast or plain), and company for /v1/study. The prices read model is read as it
 * is: `seismo prices import` folds its own bars, so it is current whenever an import has finished.
 */
#include <string.h>

#include "../../core/canon.h"
#include "../../core/mem.h"
#include "../query/query.h"
#include "../query/study.h"
#include "daemon.h"

/* Which parameters a route reads. */
enum {
    QROUTE_DATES = 1,
    QROUTE_TYPES = 2,
    QROUTE_WINDOW = 4,
    QROUTE_COMPANIES = 8,
    QROUTE_BENCH = 16,
    QROUTE_STUDY_ARGS = 32,
    QROUTE_SYMBOL = 64
};

/* One request's arguments; owns its strings. */
typedef struct qroute_s {
    daemon_query_kind_t kind;
    int by_path;   /* /v1/companies/{id}/...: the path names the company */
    char *company; /* owned: the decoded {id} (NULL when out of memory) */
    char *since, *until;
    char *names[QUERY_MAX_COMPANIES]; /* owned: the company= values */
    size_t nnames;
    query_args_t args; /* borrows since and until */
    qstudy_args_t study;
} qroute_t;

/* Frees what r (caller storage) owns. */
static void qroute_release(qroute_t *r)
{
    mem_free(r->company);
    mem_free(r->since);
    mem_free(r->until);
    for (size_t i = 0; i < r->nnames; i++) mem_free(r->names[i]);
}

/* Writes the error document for e (borrowed) into body (borrowed, replacing
 * what it holds) and sets *status; returns 1 (answered). */
static int qroute_fail(const err_t *e, int *status, buf_t *body)
{
    const daemon_http_err_t *m = daemon_err_http(e->code);

    *status = m->status;
    buf_reset(body);
    buf_puts(body, "{\"error\":{\"code\":");
    canon_put_string(body, m->name);
    buf_puts(body, ",\"message\":");
    canon_put_string(body, e->msg[0] ? e->msg : err_str(e->code));
    buf_puts(body, "}}\n");
    return 1;
}

/* Returns the first value of name (borrowed) in req (borrowed), owned by the
 * caller (mem_free); NULL when absent or empty. */
static char *qroute_param(const httpc_request_t *req, const char *name)
{
    char *v = httpc_query_param(req, name, 0);

    if (v && !*v) {
        mem_free(v);
        v = NULL;
    }
    return v;
}

/* Calls fn(r, token, e) on each comma-separated, non-empty token (borrowed for
 * the call) of every value of name in req (both borrowed); stops at the first
 * non-zero return, which it returns. */
static int qroute_each(const httpc_request_t *req, const char *name,
                       int (*fn)(qroute_t *, const char *, err_t *), qroute_t *r, err_t *e)
{
    int rc = 0;

    for (int i = 0; !rc; i++) {
        char *v = httpc_query_param(req, name, i), *save = NULL;
        if (!v) break;
        for (char *tok = strtok_r(v, ",", &save); tok && !rc; tok = strtok_r(NULL, ",", &save))
            rc = fn(r, tok, e);
        mem_free(v);
    }
    return rc;
}

/* Adds type v (borrowed) to r's filter. */
static int qroute_add_type(qroute_t *r, const char *v, err_t *e)
{
    return query_add_type("type", v, &r->args, e);
}

/* Adds a copy of company name v (borrowed) to r. */
static int qroute_add_name(qroute_t *r, const char *v, err_t *e)
{
    if (r->nnames == QUERY_MAX_COMPANIES)
        return err_set(e, ERR_USAGE, "company: at most %d companies", QUERY_MAX_COMPANIES);
    if (!(r->names[r->nnames] = mem_strdup(v))) return err_set(e, ERR_NOMEM, "out of memory");
    r->nnames++;
    return 0;
}

/* Adds study type v (borrowed) to r. */
static int qroute_add_study_type(qroute_t *r, const char *v, err_t *e)
{
    return qstudy_add_type("type", v, &r->study, e);
}

/* Adds study window v (borrowed) to r. */
static int qroute_add_study_window(qroute_t *r, const char *v, err_t *e)
{
    return qstudy_add_window("window", v, &r->study, e);
}

/* Reads the study command's parameters from req (borrowed) into r. */
static int qroute_study_args(const httpc_request_t *req, qroute_t *r, err_t *e)
{
    static const struct {
        const char *name;
        int (*set)(const char *, const char *, qstudy_args_t *, err_t *);
    } one[] = {{"benchmark", qstudy_set_benchmark},
               {"model", qstudy_set_model},
               {"estimation", qstudy_set_estimation},
               {"min-estimation", qstudy_set_min_estimation},
               {"min_estimation", qstudy_set_min_estimation},
               {"car_variance", qstudy_set_car_variance},
               {"car-variance", qstudy_set_car_variance}};
    int rc;

    if ((rc = qroute_each(req, "type", qroute_add_study_type, r, e))) return rc;
    for (size_t i = 0; i < sizeof one / sizeof *one; i++) {
        char *v = qroute_param(req, one[i].name);
        rc = v ? one[i].set(one[i].name, v, &r->study, e) : 0;
        mem_free(v);
        if (rc) return rc;
    }
    if ((rc = qroute_each(req, "window", qroute_add_study_window, r, e))) return rc;
    return qstudy_args_finish(&r->study, e);
}

/* Reads the parameters of the route (what: QROUTE_* bits) from req (borrowed)
 * into r (which owns the strings). */
static int qroute_args(const httpc_request_t *req, unsigned what, qroute_t *r, err_t *e)
{
    char *w = NULL;
    int rc = 0;

    if (what & QROUTE_DATES) {
        r->since = qroute_param(req, "since");
        r->until = qroute_param(req, "until");
        if (r->since && (rc = query_check_date("since", r->since, e))) return rc;
        if (r->until && (rc = query_check_date("until", r->until, e))) return rc;
        r->args.since = r->since;
        r->args.until = r->until;
    }
    if ((what & QROUTE_TYPES) && (rc = qroute_each(req, "type", qroute_add_type, r, e))) return rc;
    if ((what & QROUTE_WINDOW) && (w = qroute_param(req, "window"))) {
        rc = query_parse_window("window", w, &r->args.window, e);
        mem_free(w);
        if (rc) return rc;
    }
    if ((what & QROUTE_BENCH) && (w = qroute_param(req, "benchmark"))) {
        rc = query_set_benchmark("benchmark", w, &r->args, e);
        mem_free(w);
        if (rc) return rc;
    }
    if ((what & QROUTE_SYMBOL) && (w = qroute_param(req, "symbol"))) {
        rc = query_set_symbol("symbol", w, &r->args, e);
        if (!rc) rc = qstudy_set_symbol("symbol", w, &r->study, e);
        mem_free(w);
        if (rc) return rc;
    }
    if ((what & QROUTE_STUDY_ARGS) && (rc = qroute_study_args(req, r, e))) return rc;
    if (what & QROUTE_COMPANIES) rc = qroute_each(req, "company", qroute_add_name, r, e);
    return rc;
}

/* Builds the document of r from store s (borrowed) into *doc (owned by the
 * caller), or, for a report when write is set, writes it through write(piece,
 * n, warg) as it is made (*doc stays NULL). */
static int qroute_build(daemon_t *d, store_t *s, qroute_t *r, json_t **doc,
                        int (*write)(const char *, size_t, void *), void *warg, err_t *e)
{
    query_t q;
    qstudy_t st;
    char **ids = NULL, *listing = NULL;
    size_t nids = 0;
    int rc;

    query_init(&q, s);
    /* Under the registry's read lock (SIGHUP swaps it): names resolve with it, and the
     * measured figures read the companies' primary listings from it. */
    uv_rwlock_rdlock(&d->reg_lock);
    q.reg = d->reg;
    if (r->company)
        rc = query_resolve_all(&q, &r->company, 1, &ids, &nids, e);
    else
        rc = query_resolve_all(&q, r->names, r->nnames, &ids, &nids, e);
    if (rc) goto done;
    /* The prices read model of this request's snapshot. */
    if (r->kind != DAEMON_QUERY_TIMELINE) q.prices = &s->prices;
    /* symbol=: a listing with bars of a company asked for (404 without bars, 400 another's) */
    if (r->args.symbol[0]) {
        if ((rc = query_listing(&q, "symbol", r->args.symbol, ids, nids, &listing, e))) goto done;
        r->args.listing = r->study.listing = listing;
    }
    switch (r->kind) {
    case DAEMON_QUERY_TIMELINE:
        rc = query_timeline(&q, ids[0], &r->args, doc, e);
        break;
    case DAEMON_QUERY_SUMMARY:
        rc = query_summary(&q, ids, nids, &r->args, doc, e);
        break;
    case DAEMON_QUERY_REACTIONS:
        rc = query_reactions(&q, ids, nids, &r->args, doc, e);
        break;
    case DAEMON_QUERY_REPORT:
        if (write)
            rc = query_report_stream(&q, ids, nids, &r->args, write, warg, e);
        else
            rc = query_report(&q, ids, nids, &r->args, doc, e);
        break;
    case DAEMON_QUERY_STUDY:
        qstudy_init(&st);
        rc = qstudy_run(q.prices, q.log, ids, nids, &r->study, &st, e);
        if (!rc) rc = qstudy_doc(&st, &r->study, doc, e);
        qstudy_release(&st);
        break;
    case DAEMON_QUERY_NONE:
        break;
    }
done:
    q.reg = NULL;
    uv_rwlock_rdunlock(&d->reg_lock);
    r->args.listing = r->study.listing = NULL;
    mem_free(listing);
    query_ids_free(ids, nids);
    return rc;
}

int daemon_query(daemon_t *d, store_t *s, const httpc_request_t *req, daemon_query_kind_t kind,
                 const char *id, size_t nid, int *status, json_t **out, buf_t *body,
                 int (*write)(const char *piece, size_t n, void *warg), void *warg)
{
    static const unsigned params[] = {
        [DAEMON_QUERY_TIMELINE] = QROUTE_DATES | QROUTE_TYPES,
        [DAEMON_QUERY_SUMMARY] = QROUTE_DATES | QROUTE_COMPANIES | QROUTE_BENCH,
        [DAEMON_QUERY_REACTIONS] = QROUTE_DATES | QROUTE_TYPES | QROUTE_WINDOW | QROUTE_COMPANIES |
                                   QROUTE_BENCH | QROUTE_SYMBOL,
        [DAEMON_QUERY_REPORT] =
            QROUTE_DATES | QROUTE_WINDOW | QROUTE_COMPANIES | QROUTE_BENCH | QROUTE_SYMBOL,
        [DAEMON_QUERY_STUDY] = QROUTE_STUDY_ARGS | QROUTE_COMPANIES | QROUTE_SYMBOL,
    };
    qroute_t r;
    json_t *doc = NULL;
    err_t e = {0};
    unsigned what;
    int rc;

    if (kind == DAEMON_QUERY_NONE || (size_t)kind >= sizeof params / sizeof *params) return 0;
    memset(&r, 0, sizeof r);
    query_args_init(&r.args);
    qstudy_args_init(&r.study);
    r.kind = kind;
    if (id) {
        r.by_path = 1;
        r.company = httpc_url_decode(id, nid, 0);
    }
    what = params[r.kind];
    if (r.by_path) what &= ~(unsigned)QROUTE_COMPANIES; /* the path names the company */
    if (r.by_path && !r.company)
        rc = err_set(&e, ERR_NOMEM, "out of memory");
    else if (!(rc = qroute_args(req, what, &r, &e)))
        rc = qroute_build(d, s, &r, &doc, write, warg, &e);
    qroute_release(&r);
    if (rc) {
        json_decref(doc);
        return qroute_fail(&e, status, body);
    }
    *out = doc;
    *status = 200;
    return 1;
}
