/* GET / and /?company=AAPL: the HTML report page (adapters/report/html.c),
 * built from the read models as they are now, in one read snapshot. The page
 * long-polls GET /v1/events from its own origin and reloads when events
 * arrive. Parameters are those of GET /v1/report: company (repeated or
 * comma-separated), since, until, window, benchmark, symbol (the listing a
 * company is measured on, as --symbol); empty values count as absent, a bad
 * one is a 400 page, an unknown company or a symbol without bars a 404. */
#include <string.h>

#include "../../core/mem.h"
#include "../report/html.h"
#include "daemon.h"

#define PAGE_MAX_NAMES QUERY_MAX_COMPANIES

/* Returns the nth value of name in req (owned), NULL when absent or empty. */
static char *page_param(const httpc_request_t *req, const char *name, int nth)
{
    char *v = httpc_query_param(req, name, nth);

    if (v && !*v) {
        mem_free(v);
        v = NULL;
    }
    return v;
}

/* Writes a short HTML error page for e (borrowed) into body; returns its status. */
static int page_error(const err_t *e, buf_t *body)
{
    int st = e->code == ERR_USAGE || e->code == ERR_DATA         ? 400
             : e->code == ERR_NOTFOUND                           ? 404
             : e->code == ERR_BUSY || e->code == ERR_UNAVAILABLE ? 503
                                                                 : 500;

    buf_reset(body);
    buf_printf(body,
               "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>seismo: %d"
               "</title></head><body><h1>seismo report</h1><p>",
               st);
    report_html_escape(body, e->msg[0] ? e->msg : err_str(e->code));
    buf_puts(body, "</p><p><a href=\"/\">every company</a></p></body></html>\n");
    return st;
}

int daemon_page(daemon_t *d, store_t *c, const httpc_request_t *req, int *status, buf_t *body)
{
    char *names[PAGE_MAX_NAMES], *vals[8], *since = NULL, *until = NULL, *win = NULL, *bench = NULL;
    char *sym = NULL, *listing = NULL;
    size_t nnames = 0, nvals = 0, nids = 0;
    char **ids = NULL;
    query_args_t a;
    query_t q;
    report_html_opts_t o = {1};
    err_t e = {0};
    int rc = 0, snap = 0;

    query_args_init(&a);
    for (int i = 0; nvals < sizeof vals / sizeof *vals; i++) {
        char *v = page_param(req, "company", i), *save = NULL;
        if (!v) break;
        vals[nvals++] = v;
        for (char *tok = strtok_r(v, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
            if (nnames == PAGE_MAX_NAMES) {
                rc = err_set(&e, ERR_USAGE, "company: at most %d companies", PAGE_MAX_NAMES);
                goto done;
            }
            names[nnames++] = tok;
        }
    }
    since = page_param(req, "since", 0);
    until = page_param(req, "until", 0);
    win = page_param(req, "window", 0);
    bench = page_param(req, "benchmark", 0);
    sym = page_param(req, "symbol", 0);
    if ((since && (rc = query_check_date("since", since, &e))) ||
        (until && (rc = query_check_date("until", until, &e))) ||
        (win && (rc = query_parse_window("window", win, &a.window, &e))) ||
        (bench && (rc = query_set_benchmark("benchmark", bench, &a, &e))) ||
        (sym && (rc = query_set_symbol("symbol", sym, &a, &e))))
        goto done;
    a.since = since, a.until = until;

    /* One snapshot for the whole page, so that its head matches its rows. */
    if ((rc = readmodel_read_begin(&c->rm, &e))) goto done;
    snap = 1;
    query_init(&q, c);
    /* Under the registry's read lock (SIGHUP swaps it): names resolve with it, and the
     * measured figures read the companies' primary listings from it. */
    uv_rwlock_rdlock(&d->reg_lock);
    q.reg = d->reg;
    rc = query_resolve_all(&q, names, nnames, &ids, &nids, &e);
    q.prices = &c->prices;
    /* symbol=: a listing with bars of a company asked for (404 without bars, 400 another's) */
    if (!rc && a.symbol[0] &&
        !(rc = query_listing(&q, "symbol", a.symbol, ids, nids, &listing, &e)))
        a.listing = listing;
    if (!rc) rc = report_html(&q, ids, nids, &a, &o, body, &e);
    a.listing = NULL;
    q.reg = NULL;
    uv_rwlock_rdunlock(&d->reg_lock);
done:
    if (snap) readmodel_read_end(&c->rm);
    query_ids_free(ids, nids);
    for (size_t i = 0; i < nvals; i++) mem_free(vals[i]);
    mem_free(since);
    mem_free(until);
    mem_free(win);
    mem_free(bench);
    mem_free(sym);
    mem_free(listing);
    *status = rc ? page_error(&e, body) : 200;
    return rc;
}
