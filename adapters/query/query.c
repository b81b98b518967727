/* query: the read-side documents as jansson values (see query.h). */
#include "query.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "../../core/date.h"
#include "../../core/mem.h"
#include "../../core/names.h"

/* ---- arguments ------------------------------------------------------------------ */

void query_args_init(query_args_t *a)
{
    memset(a, 0, sizeof *a);
    a->window = 1;
}

int query_check_date(const char *what, const char *v, err_t *e)
{
    if (!v || !date_is_iso(v))
        return err_set(e, ERR_USAGE, "%s: '%s' is not a YYYY-MM-DD date", what, v ? v : "");
    return 0;
}

int query_add_type(const char *what, const char *v, query_args_t *a, err_t *e)
{
    event_type_t t = event_type_from_name(v);

    if (t == EVENT_NONE) return err_set(e, ERR_USAGE, "%s: unknown event type '%s'", what, v);
    a->types[t] = 1;
    a->types[0] = 1; /* a filter is set */
    return 0;
}

int query_parse_window(const char *what, const char *v, int *out, err_t *e)
{
    char *end;
    long n = strtol(v, &end, 10);

    if (!*v || *end || n < 0 || n > QUERY_MAX_WINDOW)
        return err_set(e, ERR_USAGE, "%s: '%s' is not a number of days (0 to %d)", what, v,
                       QUERY_MAX_WINDOW);
    *out = (int)n;
    return 0;
}

int query_set_benchmark(const char *what, const char *v, query_args_t *a, err_t *e)
{
    if (!v || prices_symbol_norm(v, strlen(v), a->benchmark)) {
        a->benchmark[0] = '\0';
        return err_set(e, ERR_USAGE, "%s '%s' is not a valid symbol", what, v ? v : "");
    }
    return 0;
}

int query_set_symbol(const char *what, const char *v, query_args_t *a, err_t *e)
{
    if (!v || prices_symbol_norm(v, strlen(v), a->symbol)) {
        a->symbol[0] = '\0';
        return err_set(e, ERR_USAGE, "%s '%s' is not a valid symbol", what, v ? v : "");
    }
    return 0;
}

const char *query_benchmark(const query_args_t *a)
{
    return a->benchmark[0] ? a->benchmark : "SPY";
}

int query_type_ok(const query_args_t *a, event_type_t t)
{
    return !a->types[0] || a->types[t];
}

void query_init(query_t *q, store_t *s)
{
    memset(q, 0, sizeof *q);
    q->log = &s->log;
    q->rm = &s->rm;
    q->regs = &s->reg;
}

/* ---- companies ------------------------------------------------------------------ */

int query_resolve(const query_t *q, const char *name, char **id, err_t *e)
{
    const registry_entry_t *ent;
    registry_t *own = NULL;
    const registry_t *reg = q->reg;
    err_t e2 = {0};
    int rc = names_resolve(q->rm, name, id, e);

    if (rc != ERR_NOTFOUND) return rc;
    /* Not seen in any event: a company of the registry (built-in and user) still resolves. */
    if (!reg) {
        if (!q->regs || !(own = registry_new())) return rc;
        if (registry_load_builtin(own, &e2) == 0 && regstore_load(q->regs, own, &e2) == 0)
            reg = own;
    }
    if (reg && (ent = registry_find(reg, name)) && ent->kind == REGISTRY_COMPANY) {
        if ((*id = mem_strdup(ent->id))) {
            err_clear(e);
            rc = 0;
        }
    }
    registry_free(own);
    return rc;
}

int query_resolve_all(const query_t *q, char *const *names, size_t n, char ***ids, size_t *nids,
                      err_t *e)
{
    char **v = mem_calloc(n ? n : 1, sizeof *v);
    size_t k = 0;
    int rc = 0;

    *ids = NULL;
    *nids = 0;
    if (!v) return err_set(e, ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < n; i++) {
        char *id;
        int dup = 0;
        if ((rc = query_resolve(q, names[i], &id, e))) break;
        for (size_t j = 0; j < k; j++) dup |= strcmp(v[j], id) == 0;
        if (dup) {
            mem_free(id);
            continue;
        }
        size_t at = k;
        while (at > 0 && strcmp(v[at - 1], id) > 0) at--;
        memmove(v + at + 1, v + at, (k - at) * sizeof *v);
        v[at] = id;
        k++;
    }
    if (rc) {
        query_ids_free(v, k);
        return rc;
    }
    *ids = v;
    *nids = k;
    return 0;
}

void query_ids_free(char **ids, size_t n)
{
    for (size_t i = 0; ids && i < n; i++) mem_free(ids[i]);
    mem_free(ids);
}

/* ---- listings -------------------------------------------------------------------- */

/* Returns q's registry, or loads the built-in one with q's user companies into
 * *own (owned by the caller, registry_free; NULL when q has one). NULL when
 * neither is there or loading fails: then tickers come from the read models. */
static const registry_t *query_registry(const query_t *q, registry_t **own)
{
    err_t ignore = {0};

    *own = NULL;
    if (q->reg) return q->reg;
    if (!q->regs || !(*own = registry_new())) return NULL;
    if (registry_load_builtin(*own, &ignore) == 0 && regstore_load(q->regs, *own, &ignore) == 0)
        return *own;
    registry_free(*own);
    *own = NULL;
    return NULL;
}

/* Returns the ticker of company id's primary listing (borrowed from reg or
 * seen): the registry's when id is one of its companies (NULL when it has
 * none), else seen, the ticker the read models saw (which a price import of
 * another listing may have set). */
static const char *query_primary_ticker(const registry_t *reg, const char *id, const char *seen)
{
    const registry_entry_t *ent = reg ? registry_find(reg, id) : NULL;

    if (ent && ent->kind == REGISTRY_COMPANY && strcasecmp(ent->id, id) == 0) return ent->ticker;
    return seen;
}

/* What query_listing() learns of one symbol from the prices read model. */
typedef struct qlisting_s {
    const char *want; /* borrowed: the symbol sought */
    int found;        /* it has bars */
    char *company;    /* owned: the company it was imported for, NULL for none */
    int nomem;
    char near[PRICES_SYMBOL_MAX * 4];
    size_t nnear;
} qlisting_t;

static int qlisting_each(void *arg, const pricestore_symbol_t *s)
{
    qlisting_t *l = arg;

    if (strcmp(s->symbol, l->want) == 0) {
        l->found = s->rows > 0;
        if (s->company && s->company[0] && !(l->company = mem_strdup(s->company))) l->nomem = 1;
    } else if (l->nnear < 3 && names_closeness(l->want, s->symbol) >= 0) {
        size_t n = strlen(l->near);
        snprintf(l->near + n, sizeof l->near - n, "%s%s", l->nnear ? ", " : "", s->symbol);
        l->nnear++;
    }
    return 0;
}

/* Returns 1 when symbol (imported for company of, NULL for none) is a listing
 * of company id (ticker may be NULL): imported for it, or imported for none
 * and spelled like its ticker or id. All borrowed. */
static int qlisting_is(const char *symbol, const char *of, const char *id, const char *ticker)
{
    char norm[PRICES_SYMBOL_MAX];

    if (of) return strcasecmp(of, id) == 0;
    if (ticker && prices_symbol_norm(ticker, strlen(ticker), norm) == 0 &&
        strcmp(norm, symbol) == 0)
        return 1;
    return prices_symbol_norm(id, strlen(id), norm) == 0 && strcmp(norm, symbol) == 0;
}

/* Returns 1 when symbol (borrowed, imported for of, may be NULL) is a listing
 * of company id (borrowed), its primary ticker from reg (may be NULL) or q's
 * read models. */
static int qlisting_of(const query_t *q, const registry_t *reg, const char *symbol, const char *of,
                       const char *id)
{
    char *name = NULL, *ticker = NULL;
    err_t ignore = {0};
    int is;

    if (readmodel_company(q->rm, id, &name, &ticker, &ignore)) ticker = NULL;
    is = qlisting_is(symbol, of, id, query_primary_ticker(reg, id, ticker));
    mem_free(name);
    mem_free(ticker);
    return is;
}

int query_listing(const query_t *q, const char *what, const char *symbol, char *const *ids,
                  size_t nids, char **company, err_t *e)
{
    qlisting_t l;
    registry_t *own = NULL;
    const registry_t *reg = query_registry(q, &own);
    int rc;

    *company = NULL;
    memset(&l, 0, sizeof l);
    l.want = symbol;
    if (q->prices && (rc = pricestore_symbols(q->prices, qlisting_each, &l, e))) goto done;
    if (l.nomem) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto done;
    }
    if (!l.found) {
        rc = err_set(e, ERR_NOTFOUND, "%s %s: no prices for %s%s%s%s (seismo prices list)", what,
                     symbol, symbol, l.nnear ? "; did you mean " : "", l.near, l.nnear ? "?" : "");
        goto done;
    }
    rc = 0;
    if (nids) {
        for (size_t i = 0; i < nids && !*company; i++)
            if (qlisting_of(q, reg, symbol, l.company, ids[i]) && !(*company = mem_strdup(ids[i])))
                rc = err_set(e, ERR_NOMEM, "out of memory");
        if (!rc && !*company)
            rc = err_set(e, ERR_DATA, "%s %s is not a listing of %s (%s%s)", what, symbol,
                         nids == 1 ? ids[0] : "the companies asked for",
                         l.company ? "it prices " : "it was imported for no company",
                         l.company ? l.company : "");
    } else {
        /* no company named: the one the symbol was imported for, or spells */
        char *id = NULL;
        err_t ignore = {0};
        if (query_resolve(q, l.company ? l.company : symbol, &id, &ignore) == 0 &&
            qlisting_of(q, reg, symbol, l.company, id)) {
            *company = id;
            id = NULL;
        } else if (l.company && !(*company = mem_strdup(l.company))) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
        } else if (!l.company) {
            rc = err_set(e, ERR_DATA,
                         "%s %s was imported for no company: name the company, or import the "
                         "bars with --company",
                         what, symbol);
        }
        mem_free(id);
    }
done:
    mem_free(l.company);
    registry_free(own);
    if (rc) {
        mem_free(*company);
        *company = NULL;
    }
    return rc;
}

int query_company_symbol(const query_t *q, const query_args_t *a, const char *id,
                         char out[PRICES_SYMBOL_MAX], err_t *e)
{
    char *name = NULL, *ticker = NULL;
    registry_t *own = NULL;
    const registry_t *reg = query_registry(q, &own);
    int rc = readmodel_company(q->rm, id, &name, &ticker, e);

    out[0] = '\0';
    if (!rc) rc = query_symbol_for(q, a, id, query_primary_ticker(reg, id, ticker), out, e);
    mem_free(name);
    mem_free(ticker);
    registry_free(own);
    return rc;
}

int query_symbol_for(const query_t *q, const query_args_t *a, const char *id, const char *ticker,
                     char out[PRICES_SYMBOL_MAX], err_t *e)
{
    err_t ignore = {0};
    int rc;

    out[0] = '\0';
    if (a && a->listing && a->symbol[0] && strcmp(a->listing, id) == 0) {
        memcpy(out, a->symbol, PRICES_SYMBOL_MAX);
        return 0;
    }
    if (!q->prices) return 0;
    rc = pricestore_symbol_for(q->prices, id, ticker, out, &ignore);
    if (rc == ERR_NOTFOUND) {
        out[0] = '\0';
        return 0;
    }
    if (rc && e) *e = ignore;
    return rc;
}

/* ---- JSON pieces ----------------------------------------------------------------- */

/* Returns s (borrowed) as a new JSON string, or null when NULL or empty. */
static json_t *query_str_or_null(const char *s)
{
    return s && s[0] ? json_string(s) : json_null();
}

/* Returns v as a new JSON real when set, else null. */
static json_t *query_num_or_null(int set, double v)
{
    return set ? json_real(v) : json_null();
}

/* {"id", "name", "ticker"} of company id (borrowed), owned, or NULL with e set. */
static json_t *query_company_new(const query_t *q, const char *id, err_t *e)
{
    char *name = NULL, *ticker = NULL;
    json_t *o;

    if (readmodel_company(q->rm, id, &name, &ticker, e)) return NULL;
    o = json_pack("{s:s, s:o, s:o}", "id", id, "name", query_str_or_null(name), "ticker",
                  query_str_or_null(ticker));
    mem_free(name);
    mem_free(ticker);
    if (!o) err_set(e, ERR_NOMEM, "out of memory");
    return o;
}

int query_company_json(const query_t *q, const char *id, json_t **out, err_t *e)
{
    *out = query_company_new(q, id, e);
    return *out ? 0 : e && e->code ? e->code : ERR_NOMEM;
}

/* The full envelope of ev (borrowed), owned, or NULL with e set. */
static json_t *query_envelope_of(const event_t *ev, err_t *e)
{
    buf_t b;
    json_t *o = NULL;
    json_error_t je;

    buf_init(&b);
    if (event_canon(ev, EVENT_CANON_HASHED, &b) == 0) o = json_loadb(b.data, b.len, 0, &je);
    if (!o) err_set(e, ERR_NOMEM, "out of memory (event %s)", ev->id ? ev->id : "");
    buf_release(&b);
    return o;
}

/* The full envelope of event id (borrowed), owned, or NULL with e set. */
static json_t *query_envelope_new(const query_t *q, const char *id, err_t *e)
{
    event_t ev;
    json_t *o = NULL;

    if (eventlog_get(q->log, id, &ev, e) == 0) o = query_envelope_of(&ev, e);
    event_release(&ev);
    return o;
}

/* Called by query_rows_events with row k of the rows and its event (both borrowed). */
typedef int (*query_row_event_fn)(void *arg, size_t k, const event_t *ev);

typedef struct query_rows_ev_s {
    const size_t *at; /* the row of each id asked, in order */
    size_t next;      /* the next id to be handed */
    query_row_event_fn each;
    void *arg;
} query_rows_ev_t;

static int query_rows_ev_each(void *arg, const event_t *ev)
{
    query_rows_ev_t *s = arg;
    return s->each(s->arg, s->at[s->next++], ev);
}

/* Calls each, in order, for every row k of rows (n of them, borrowed) for
 * which keep (may be NULL: every row) is not 0, with the row's event read
 * from the log: all of them in one eventlog_get_many() (a few round trips on
 * a server, not one per row). */
static int query_rows_events(const query_t *q, const proj_row_t *rows, size_t n,
                             int (*keep)(const proj_row_t *r, const void *ctx), const void *ctx,
                             query_row_event_fn each, void *arg, err_t *e)
{
    const char **ids = n ? mem_calloc(n, sizeof *ids) : NULL;
    size_t *at = n ? mem_calloc(n, sizeof *at) : NULL;
    query_rows_ev_t s = {at, 0, each, arg};
    size_t m = 0;
    int rc;

    if (n && (!ids || !at)) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
    } else {
        for (size_t k = 0; k < n; k++) {
            if (keep && !keep(&rows[k], ctx)) continue;
            ids[m] = rows[k].id;
            at[m++] = k;
        }
        rc = eventlog_get_many(q->log, ids, m, query_rows_ev_each, &s, e);
    }
    mem_free(ids);
    mem_free(at);
    return rc;
}

typedef struct query_envs_s {
    json_t *events; /* borrowed: the array the envelopes go to */
    err_t *e;
} query_envs_t;

/* Appends the envelope of ev to the array of arg (a query_envs_t). */
static int query_append_envelope(void *arg, size_t k, const event_t *ev)
{
    query_envs_t *s = arg;
    json_t *env = query_envelope_of(ev, s->e);
    (void)k;
    if (!env) return s->e && s->e->code ? s->e->code : ERR_NOMEM;
    if (json_array_append_new(s->events, env)) return err_set(s->e, ERR_NOMEM, "out of memory");
    return 0;
}

int query_envelope_json(const query_t *q, const char *id, json_t **out, err_t *e)
{
    *out = query_envelope_new(q, id, e);
    return *out ? 0 : e && e->code ? e->code : ERR_NOMEM;
}

/* Returns {"pct", "date", "event"} of row r (borrowed), owned, or NULL. */
static json_t *query_point_json(const proj_row_t *r, double pct)
{
    return json_pack("{s:f, s:o, s:s}", "pct", pct, "date", query_str_or_null(r->occurred_on),
                     "event", r->id);
}

/* The summary figures of s, as an object (without the company); owned or NULL. */
static json_t *query_summary_json(const projmath_summary_t *s)
{
    json_t *o = json_object(), *metrics = json_array(), *counts = json_object();

    if (!o || !metrics || !counts) goto fail;
    json_object_set_new(o, "events", json_integer((json_int_t)s->events));
    json_object_set_new(o, "count", json_integer((json_int_t)s->count));
    json_object_set_new(o, "up", json_integer((json_int_t)s->up));
    json_object_set_new(o, "down", json_integer((json_int_t)s->down));
    json_object_set_new(o, "cumulative_pct", query_num_or_null(s->has_moves, s->cumulative_pct));
    json_object_set_new(o, "mean_pct", query_num_or_null(s->has_moves, s->mean_pct));
    json_object_set_new(o, "max_gain",
                        s->max_gain.set ? query_point_json(s->max_gain.row, s->max_gain.pct)
                                        : json_null());
    json_object_set_new(o, "max_drop",
                        s->max_drop.set ? query_point_json(s->max_drop.row, s->max_drop.pct)
                                        : json_null());
    json_object_set_new(o, "first_date", query_str_or_null(s->first_date));
    json_object_set_new(o, "last_date", query_str_or_null(s->last_date));
    for (size_t i = 0; i < s->nmetrics; i++) {
        const projmath_metric_t *m = &s->metrics[i];
        json_t *changes = json_array();
        for (size_t j = 0; changes && j < m->n; j++)
            json_array_append_new(changes, query_point_json(m->changes[j], m->changes[j]->pct));
        json_array_append_new(metrics, json_pack("{s:s, s:o, s:o, s:o}", "metric", m->metric,
                                                 "region", query_str_or_null(m->region), "latest",
                                                 query_point_json(m->latest, m->latest->pct),
                                                 "changes", changes ? changes : json_null()));
    }
    json_object_set_new(o, "metrics", metrics);
    for (int t = EVENT_NONE + 1; t < EVENT_TYPE_COUNT; t++)
        if (s->event_counts[t])
            json_object_set_new(counts, event_type_name((event_type_t)t),
                                json_integer((json_int_t)s->event_counts[t]));
    json_object_set_new(o, "event_counts", counts);
    return o;
fail:
    json_decref(o);
    json_decref(metrics);
    json_decref(counts);
    return NULL;
}

/* Returns the comma-separated ids of others (borrowed) as a new JSON array, or NULL. */
static json_t *query_others_json(const char *others)
{
    json_t *a = json_array();
    const char *p = others;

    while (a && p && *p) {
        const char *c = strchr(p, ',');
        size_t n = c ? (size_t)(c - p) : strlen(p);
        json_array_append_new(a, json_stringn(p, n));
        p = c ? c + 1 : NULL;
    }
    return a;
}

/* Returns the fraction v in percent units as a new JSON real, or null when not finite. */
static json_t *query_jpct(double v)
{
    return isfinite(v) ? json_real(v * 100.0) : json_null();
}

/* Returns v as a new JSON real, or null when it is not finite. */
static json_t *query_jnum(double v)
{
    return isfinite(v) ? json_real(v) : json_null();
}

/* Returns day (a day number, -1 for none) as a new JSON date string, or null. */
static json_t *query_jday(long day)
{
    char d[11];

    if (day < 0) return json_null();
    date_format_iso(day, d);
    return json_string(d);
}

/* The study options of the measured figures: the defaults of `seismo study`. */
static void query_measure_opts(study_opts_t *o)
{
    study_opts_default(o);
}

json_t *query_measured_json(const query_measure_t *m, const char *bench)
{
    const study_result_t *r = &m->res;
    json_t *o = json_object();
    study_opts_t opts;
    char wn[32];

    if (!o) return NULL;
    query_measure_opts(&opts);
    if (r->skip != STUDY_OK) {
        json_object_set_new(o, "skipped", json_string(study_skip_name(r->skip)));
        json_object_set_new(o, "reason", json_string(r->reason));
        if (m->symbol[0]) json_object_set_new(o, "symbol", json_string(m->symbol));
        if (r->has_r0) {
            /* not measured, but the tape's return of day 0 is still worth showing */
            json_object_set_new(o, "day0", query_jday(r->day0));
            json_object_set_new(o, "return0_pct", query_jpct(r->r0));
        }
        return o;
    }
    snprintf(wn, sizeof wn, "%d:%d", opts.win[0].from, opts.win[0].to);
    json_object_set_new(o, "symbol", json_string(m->symbol));
    json_object_set_new(o, "benchmark", json_string(bench));
    json_object_set_new(o, "day0", query_jday(r->day0));
    json_object_set_new(o, "return0_pct", query_jpct(r->r0));
    json_object_set_new(o, "benchmark0_pct", query_jpct(r->rm0));
    json_object_set_new(o, "abnormal0_pct", query_jpct(r->ar0));
    json_object_set_new(o, "window", json_string(wn));
    json_object_set_new(o, "car_pct", query_jpct(r->car[0].car));
    json_object_set_new(o, "t", query_jnum(r->car[0].t));
    json_object_set_new(o, "p", query_jnum(r->car[0].p));
    json_object_set_new(o, "df", json_integer(r->car[0].df));
    json_object_set_new(o, "alpha_pct", query_jpct(r->alpha));
    json_object_set_new(o, "beta", query_jnum(r->beta));
    json_object_set_new(o, "sigma_pct", query_jpct(r->sigma));
    json_object_set_new(o, "estimation_days", json_integer((json_int_t)r->n_est));
    return o;
}

/* The "measurement" object of a document measured against bench (borrowed): how
 * the measured figures were made. Owned, or NULL. */
static json_t *query_measurement_json(const char *bench)
{
    study_opts_t o;
    char wn[32];

    query_measure_opts(&o);
    snprintf(wn, sizeof wn, "%d:%d", o.win[0].from, o.win[0].to);
    return json_pack("{s:s, s:s, s:s, s:{s:i, s:i, s:i}, s:s}", "benchmark", bench, "model",
                     study_model_name(o.model), "returns", "simple returns of the adjusted close",
                     "estimation", "from", o.est.from, "to", o.est.to, "min_days", o.min_est,
                     "window", wn);
}

json_t *query_reaction_json(const projmath_reaction_t *r, const query_measure_t *m,
                            const char *bench)
{
    const proj_row_t *ev = r->event;
    json_t *o =
        json_pack("{s:s, s:I, s:s, s:s, s:s, s:o, s:o, s:I}", "event", ev->id, "seq",
                  (json_int_t)ev->seq, "type", event_type_name(ev->type), "date", ev->occurred_on,
                  "company", ev->company, "with", query_others_json(ev->others), "reaction_pct",
                  query_num_or_null(r->has_pct, r->pct), "moves", (json_int_t)r->moves);

    if (o && (json_object_set_new(o, "window_end", query_jday(r->end)) ||
              json_object_set_new(o, "window_unit",
                                  json_string(r->trading ? "trading_days" : "calendar_days")))) {
        json_decref(o);
        return NULL;
    }
    if (o && m && json_object_set_new(o, "measured", query_measured_json(m, bench))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* Returns the per-type reaction table of stats (borrowed) as a new JSON array,
 * with the mean measured CARs of mstats (borrowed; NULL when not measured), or NULL. */
static json_t *query_type_table_json(const projmath_type_stats_t *stats,
                                     const query_car_stats_t *mstats)
{
    json_t *a = json_array();

    for (int t = EVENT_NONE + 1; a && t < EVENT_TYPE_COUNT; t++) {
        const projmath_type_stats_t *s = &stats[t];
        json_t *o;
        if (!s->events) continue;
        o = json_pack("{s:s, s:I, s:I, s:o, s:o}", "type", event_type_name((event_type_t)t),
                      "events", (json_int_t)s->events, "reactions", (json_int_t)s->reactions,
                      "mean_pct", query_num_or_null(s->reactions > 0, s->mean_pct), "median_pct",
                      query_num_or_null(s->reactions > 0, s->median_pct));
        if (o && mstats) {
            json_object_set_new(o, "measured", json_integer((json_int_t)mstats[t].n));
            json_object_set_new(o, "mean_car_pct",
                                mstats[t].n ? query_jpct(mstats[t].mean_car) : json_null());
        }
        json_array_append_new(a, o);
    }
    return a;
}

/* Appends size bytes of buffer (borrowed) to the buf_t data (borrowed). */
static int query_dump_cb(const char *buffer, size_t size, void *data)
{
    return buf_append(data, buffer, size) ? -1 : 0;
}

int query_dump(const json_t *j, buf_t *out, err_t *e)
{
    if (!j || json_dump_callback(j, query_dump_cb, out, JSON_COMPACT | JSON_REAL_PRECISION(15)))
        return err_set(e, ERR_NOMEM, "out of memory");
    return 0;
}

int query_dump_stream(const json_t *j, int (*write)(const char *piece, size_t n, void *arg),
                      void *arg, err_t *e)
{
    if (!j || json_dump_callback(j, write, arg, JSON_COMPACT | JSON_REAL_PRECISION(15)))
        return err_set(e, ERR_NOMEM, "out of memory or the answer was abandoned");
    return 0;
}

/* ---- rows ------------------------------------------------------------------------- */

/* End of the company group starting at a in rows (borrowed, grouped by company). */
static size_t query_group_end(const proj_rows_t *rows, size_t a)
{
    size_t b = a;
    while (b < rows->n && strcmp(rows->items[b].company, rows->items[a].company) == 0) b++;
    return b;
}

/* Appends the rows of every id (borrowed, n) to rows (caller storage), or of
 * every company when n is 0. */
static int query_load_rows(const query_t *q, char *const *ids, size_t n, proj_rows_t *rows,
                           err_t *e)
{
    int rc;

    if (!n) return readmodel_rows(q->rm, NULL, rows, e);
    for (size_t i = 0; i < n; i++)
        if ((rc = readmodel_rows(q->rm, ids[i], rows, e))) return rc;
    return 0;
}

/* ---- measured figures (prices) ------------------------------------------------------- */

/* Measures the events of one document against the prices read model; caches
 * the ticker and price symbol of the last company asked about. */
typedef struct qmeter_s {
    const query_t *q;      /* borrowed */
    const query_args_t *a; /* borrowed: the listing asked for */
    const char *bench;     /* borrowed: the benchmark symbol */
    int on;                /* prices are loaded: measure */
    char *company;         /* owned: the company of ticker and symbol, NULL before the first */
    char *ticker;          /* owned, may be NULL: the read models' */
    registry_t *own;       /* owned: the registry loaded for the primary tickers, may be NULL */
    const registry_t *reg; /* borrowed (q's or own), may be NULL */
    char symbol[PRICES_SYMBOL_MAX];
    pricestore_meter_t meter; /* the series of the last company and benchmark */
} qmeter_t;

/* Prepares m (caller storage; qmeter_release() even on failure) for q and a
 * (both borrowed, outliving m): on when q has prices and they hold bars. */
static int qmeter_init(qmeter_t *m, const query_t *q, const query_args_t *a, err_t *e)
{
    memset(m, 0, sizeof *m);
    m->q = q;
    m->a = a;
    m->bench = query_benchmark(a);
    pricestore_meter_init(&m->meter, q->prices);
    if (q->prices) m->reg = query_registry(q, &m->own);
    return q->prices ? pricestore_any(q->prices, &m->on, e) : 0;
}

/* Forgets the company m measured last. */
static void qmeter_forget(qmeter_t *m)
{
    mem_free(m->company);
    mem_free(m->ticker);
    m->company = m->ticker = NULL;
}

/* Frees what m owns (m may be NULL). */
static void qmeter_release(qmeter_t *m)
{
    if (!m) return;
    qmeter_forget(m);
    registry_free(m->own);
    m->own = NULL;
    pricestore_meter_release(&m->meter);
}

/* Sets m's symbol to the listing company (borrowed) is measured on ("" for none). */
static int qmeter_symbol(qmeter_t *m, const char *company, err_t *e)
{
    char *name = NULL;
    int rc;

    if (m->company && strcmp(m->company, company) == 0) return 0;
    qmeter_forget(m);
    if ((rc = readmodel_company(m->q->rm, company, &name, &m->ticker, e))) return rc;
    mem_free(name);
    if (!(m->company = mem_strdup(company))) return err_set(e, ERR_NOMEM, "out of memory");
    if ((rc = query_symbol_for(m->q, m->a, company,
                               query_primary_ticker(m->reg, company, m->ticker), m->symbol, e)))
        qmeter_forget(m);
    return rc;
}

/* Measures company's (borrowed) event dated occurred_on (borrowed, "" when
 * undated) into out (caller storage). */
static int qmeter_measure(qmeter_t *m, const char *company, const char *occurred_on,
                          query_measure_t *out, err_t *e)
{
    int rc;

    memset(out, 0, sizeof *out);
    if ((rc = qmeter_symbol(m, company, e))) return rc;
    memcpy(out->symbol, m->symbol, sizeof out->symbol);
    return pricestore_measure_event(&m->meter, company, m->symbol, occurred_on, m->bench, NULL,
                                    &out->res, e);
}

/* The trading calendars of the companies of some rows: the sessions of the
 * listing each is measured on, and of the benchmark for the others. */
typedef struct qcal_s {
    projmath_calendar_t *items; /* owned array; companies borrowed from the rows, days owned */
    size_t n;
    long *bench; /* owned: the benchmark's sessions */
    size_t nbench;
    projmath_calendars_t cals; /* borrows the above */
} qcal_t;

/* Frees what c owns (c may be NULL). */
static void qcal_release(qcal_t *c)
{
    if (!c) return;
    for (size_t i = 0; i < c->n; i++) mem_free((void *)c->items[i].days);
    mem_free(c->items);
    mem_free(c->bench);
    memset(c, 0, sizeof *c);
}

static int qcal_cmp(const void *a, const void *b)
{
    return strcmp(((const projmath_calendar_t *)a)->company,
                  ((const projmath_calendar_t *)b)->company);
}

/* Loads into c (caller storage; qcal_release() even on failure) the calendars
 * of the companies of rows (borrowed, grouped by company; they must outlive
 * c), as m (borrowed) measures them. None when m is off (no prices loaded):
 * then every window counts calendar days. */
static int qcal_load(qcal_t *c, qmeter_t *m, const proj_rows_t *rows, err_t *e)
{
    double *px = NULL;
    int rc;

    memset(c, 0, sizeof *c);
    if (!m->on) return 0;
    if (!(c->items = mem_calloc(rows->n ? rows->n : 1, sizeof *c->items)))
        return err_set(e, ERR_NOMEM, "out of memory");
    for (size_t i = 0, j; i < rows->n; i = j) {
        long *d = NULL;
        size_t nd = 0;
        j = query_group_end(rows, i);
        if ((rc = qmeter_symbol(m, rows->items[i].company, e))) return rc;
        if (!m->symbol[0]) continue;
        if ((rc = pricestore_load(m->q->prices, m->symbol, &d, &px, &nd, e))) return rc;
        mem_free(px);
        px = NULL;
        if (nd)
            c->items[c->n++] = (projmath_calendar_t){rows->items[i].company, d, nd};
        else
            mem_free(d);
    }
    qsort(c->items, c->n, sizeof *c->items, qcal_cmp);
    if ((rc = pricestore_load(m->q->prices, m->bench, &c->bench, &px, &c->nbench, e))) return rc;
    mem_free(px);
    c->cals = (projmath_calendars_t){c->items, c->n, c->bench, c->nbench};
    return 0;
}

/* Returns the calendars of c (borrowed) for projmath_reactions(): NULL when none are loaded. */
static const projmath_calendars_t *qcal_get(const qcal_t *c)
{
    return c->items ? &c->cals : NULL;
}

const char *query_window_unit(const projmath_reaction_t *r, size_t n, int trading)
{
    size_t k = 0;

    for (size_t i = 0; i < n; i++) k += r[i].trading != 0;
    if (!n) return trading ? "trading_days" : "calendar_days";
    return k == n ? "trading_days" : k ? "mixed" : "calendar_days";
}

/* Measures the n reactions rx (borrowed) into *out (owned by the caller,
 * mem_free, parallel to rx) and, when mstats (caller storage) is not NULL,
 * the mean measured CAR per event type. */
/* One measured reaction of a type, for counting each (company, day 0) once. */
typedef struct qmeter_key_s {
    int type;
    const char *company; /* borrowed */
    long day0;
    double car;
} qmeter_key_t;

static int qmeter_key_cmp(const void *a, const void *b)
{
    const qmeter_key_t *x = a, *y = b;
    int c;

    if (x->type != y->type) return x->type < y->type ? -1 : 1;
    if ((c = strcmp(x->company, y->company))) return c;
    return x->day0 < y->day0 ? -1 : x->day0 > y->day0;
}

static int qmeter_reactions(qmeter_t *m, const projmath_reaction_t *rx, size_t n,
                            query_measure_t **out, query_car_stats_t *mstats, err_t *e)
{
    double sum[EVENT_TYPE_COUNT] = {0};
    qmeter_key_t *keys = NULL;
    size_t nk = 0;
    int rc;

    if (mstats) memset(mstats, 0, EVENT_TYPE_COUNT * sizeof *mstats);
    if (!(*out = mem_calloc(n ? n : 1, sizeof **out)) ||
        (mstats && !(keys = mem_calloc(n ? n : 1, sizeof *keys)))) {
        mem_free(keys);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < n; i++) {
        const proj_row_t *r = rx[i].event;
        if ((rc = qmeter_measure(m, r->company, r->occurred_on, &(*out)[i], e))) {
            mem_free(keys);
            return rc;
        }
        if (!mstats || (*out)[i].res.skip != STUDY_OK || r->type <= EVENT_NONE ||
            r->type >= EVENT_TYPE_COUNT)
            continue;
        keys[nk++] =
            (qmeter_key_t){r->type, r->company, (*out)[i].res.day0, (*out)[i].res.car[0].car};
    }
    /* Same-day events of one company are one reaction: each (type, company,
     * day 0) counts once in the per-type mean. */
    if (nk) qsort(keys, nk, sizeof *keys, qmeter_key_cmp);
    for (size_t i = 0; i < nk; i++) {
        if (i && qmeter_key_cmp(&keys[i - 1], &keys[i]) == 0) continue;
        mstats[keys[i].type].n++;
        sum[keys[i].type] += keys[i].car;
    }
    for (int t = 0; mstats && t < EVENT_TYPE_COUNT; t++)
        if (mstats[t].n) mstats[t].mean_car = sum[t] / (double)mstats[t].n;
    mem_free(keys);
    return 0;
}

/* Orders share moves by date (undated last), then seq. */
static int query_move_cmp(const void *a, const void *b)
{
    const proj_row_t *x = ((const query_move_t *)a)->row, *y = ((const query_move_t *)b)->row;
    int c;

    if (!x->occurred_on[0] != !y->occurred_on[0]) return x->occurred_on[0] ? -1 : 1;
    if ((c = strcmp(x->occurred_on, y->occurred_on))) return c;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Frees what r owns (r may be NULL) and leaves it empty. */
static void query_rvm_release(query_rvm_t *r)
{
    if (!r) return;
    mem_free(r->moves);
    memset(r, 0, sizeof *r);
}

/* Fills r (caller storage, empty; query_rvm_release() even on failure) with the
 * share moves among the n rows (borrowed, one company's; they must outlive r)
 * inside a's dates, each beside the measured return of its day 0. */
static int qmeter_rvm(qmeter_t *m, const proj_row_t *rows, size_t n, const query_args_t *a,
                      query_rvm_t *r, err_t *e)
{
    double sum = 0;
    size_t k = 0;
    int rc;

    memset(r, 0, sizeof *r);
    for (size_t i = 0; i < n; i++)
        k += rows[i].type == EVENT_SHARE_MOVE && rows[i].has_pct &&
             projmath_in_window(&rows[i], a->since, a->until);
    if (!k) return 0;
    if (!(r->moves = mem_calloc(k, sizeof *r->moves)))
        return err_set(e, ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < n; i++)
        if (rows[i].type == EVENT_SHARE_MOVE && rows[i].has_pct &&
            projmath_in_window(&rows[i], a->since, a->until))
            r->moves[r->n++].row = &rows[i];
    qsort(r->moves, r->n, sizeof *r->moves, query_move_cmp);
    for (size_t i = 0; i < r->n; i++) {
        query_move_t *mv = &r->moves[i];
        if ((rc = qmeter_measure(m, mv->row->company, mv->row->occurred_on, &mv->m, e))) return rc;
        if (!mv->m.res.has_r0) continue;
        r->compared++;
        sum += fabs(mv->m.res.r0 * 100.0 - mv->row->pct);
    }
    if (r->compared) r->mean_abs_diff = sum / (double)r->compared;
    return 0;
}

/* The "reported_vs_measured" object of r (borrowed) against bench; owned, or NULL. */
static json_t *query_rvm_json(const query_rvm_t *r, const char *bench)
{
    json_t *moves = json_array(), *o;

    for (size_t i = 0; moves && i < r->n; i++) {
        const query_move_t *mv = &r->moves[i];
        const study_result_t *res = &mv->m.res;
        json_t *x = json_object();
        if (!x) break;
        json_object_set_new(x, "event", json_string(mv->row->id));
        json_object_set_new(x, "date", query_str_or_null(mv->row->occurred_on));
        json_object_set_new(x, "reported_pct", json_real(mv->row->pct));
        json_object_set_new(x, "symbol", query_str_or_null(mv->m.symbol));
        json_object_set_new(x, "day0", res->has_r0 ? query_jday(res->day0) : json_null());
        json_object_set_new(x, "measured_pct", res->has_r0 ? query_jpct(res->r0) : json_null());
        json_object_set_new(x, "benchmark_pct", res->has_r0 ? query_jpct(res->rm0) : json_null());
        json_object_set_new(x, "abnormal_pct",
                            res->skip == STUDY_OK ? query_jpct(res->ar0) : json_null());
        json_object_set_new(x, "difference_pct",
                            res->has_r0 ? query_jnum(res->r0 * 100.0 - mv->row->pct) : json_null());
        if (res->skip != STUDY_OK) {
            json_object_set_new(x, "skipped", json_string(study_skip_name(res->skip)));
            json_object_set_new(x, "reason", json_string(res->reason));
        }
        json_array_append_new(moves, x);
    }
    o = json_pack("{s:s, s:I, s:I, s:o, s:o}", "benchmark", bench, "share_moves", (json_int_t)r->n,
                  "compared", (json_int_t)r->compared, "mean_abs_difference_pct",
                  query_num_or_null(r->compared > 0, r->mean_abs_diff), "moves", moves);
    return o;
}

/* ---- timeline --------------------------------------------------------------------- */

int query_timeline_rows(const query_t *q, const char *id, const query_args_t *a, proj_rows_t *sel,
                        err_t *e)
{
    proj_rows_t rows;
    int rc;

    proj_rows_init(&rows);
    if ((rc = readmodel_rows(q->rm, id, &rows, e))) goto done;
    for (size_t i = 0; i < rows.n; i++) {
        const proj_row_t *r = &rows.items[i];
        if (!query_type_ok(a, r->type) || !projmath_in_window(r, a->since, a->until)) continue;
        if ((rc = proj_rows_add(sel, r))) {
            err_set(e, rc, "out of memory");
            goto done;
        }
    }
    projmath_timeline_sort(sel->items, sel->n);
done:
    proj_rows_release(&rows);
    return rc;
}

int query_timeline_doc(const query_t *q, const char *id, const proj_rows_t *sel, json_t **out,
                       err_t *e)
{
    json_t *doc = json_object(), *events = json_array(), *co = NULL;
    int rc = 0;

    *out = NULL;
    if (!doc || !events) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto fail;
    }
    if ((rc = query_company_json(q, id, &co, e))) goto fail;
    {
        query_envs_t envs = {events, e};
        if ((rc = query_rows_events(q, sel->items, sel->n, NULL, NULL, query_append_envelope, &envs,
                                    e)))
            goto fail;
    }
    if (json_object_set_new(doc, "company", co)) {
        co = NULL;
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto fail;
    }
    co = NULL;
    if (json_object_set_new(doc, "events", events)) {
        events = NULL;
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto fail;
    }
    *out = doc;
    return 0;
fail:
    json_decref(co);
    json_decref(events);
    json_decref(doc);
    return rc;
}

int query_timeline(const query_t *q, const char *id, const query_args_t *a, json_t **out, err_t *e)
{
    proj_rows_t sel;
    int rc;

    *out = NULL;
    proj_rows_init(&sel);
    if (!(rc = query_timeline_rows(q, id, a, &sel, e)))
        rc = query_timeline_doc(q, id, &sel, out, e);
    proj_rows_release(&sel);
    return rc;
}

/* ---- earnings and dividends ------------------------------------------------------ */

/* Returns field key of record r as JSON (number or string), or null; owned or NULL. */
static json_t *query_field_json(const event_field_t *f)
{
    if (!f) return json_null();
    if (f->kind == EVENT_FIELD_NUM) return json_real(f->num);
    if (f->kind == EVENT_FIELD_STR) return json_string(f->str);
    if (f->kind == EVENT_FIELD_BOOL) return json_boolean(f->num != 0);
    return json_null();
}

/* Sets key of o to the JSON of data field key of ev (null when absent); returns 0 or -1. */
static int query_put_field(json_t *o, const event_t *ev, const char *key)
{
    return json_object_set_new(o, key, query_field_json(event_get(ev, key)));
}

/* The earnings entry of ev (borrowed) dated as row r; owned or NULL. */
static json_t *query_earnings_json(const proj_row_t *r, const event_t *ev)
{
    static const char *const keys[] = {"metric", "value", "currency", "change_percent", "prior"};
    const event_field_t *f = event_get(ev, "metrics");
    json_t *o = json_pack("{s:s, s:o}", "event", r->id, "date", query_str_or_null(r->occurred_on));
    json_t *ms = json_array();
    int bad = !o || !ms || query_put_field(o, ev, "period") ||
              query_put_field(o, ev, "versus_expectations");

    for (size_t i = 0; !bad && f && f->kind == EVENT_FIELD_LIST && i < f->nitems; i++) {
        json_t *m = json_object();
        bad = !m;
        for (size_t k = 0; !bad && k < sizeof keys / sizeof *keys; k++)
            bad = json_object_set_new(m, keys[k],
                                      query_field_json(event_record_get(&f->items[i], keys[k])));
        if (json_array_append_new(ms, m)) bad = 1;
    }
    if (bad || json_object_set_new(o, "metrics", ms)) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* The dividends entry of ev (borrowed) dated as row r; owned or NULL. */
static json_t *query_dividend_json(const proj_row_t *r, const event_t *ev)
{
    json_t *o = json_pack("{s:s, s:o}", "event", r->id, "date", query_str_or_null(r->occurred_on));

    if (!o || query_put_field(o, ev, "action") || query_put_field(o, ev, "amount_per_share") ||
        query_put_field(o, ev, "currency") || query_put_field(o, ev, "change_percent")) {
        json_decref(o);
        return NULL;
    }
    return o;
}

typedef struct query_results_s {
    const proj_row_t *rows; /* borrowed */
    const char *since, *until;
    json_t *ea, *da; /* borrowed: the earnings and dividends arrays */
} query_results_t;

/* Keeps the earnings and dividends of the window of ctx (a query_results_t). */
static int query_results_keep(const proj_row_t *r, const void *ctx)
{
    const query_results_t *s = ctx;
    return (r->type == EVENT_EARNINGS || r->type == EVENT_DIVIDEND) &&
           projmath_in_window(r, s->since, s->until);
}

static int query_results_each(void *arg, size_t k, const event_t *ev)
{
    query_results_t *s = arg;
    const proj_row_t *r = &s->rows[k];
    json_t *o = r->type == EVENT_EARNINGS ? query_earnings_json(r, ev) : query_dividend_json(r, ev);
    return !o || json_array_append_new(r->type == EVENT_EARNINGS ? s->ea : s->da, o) ? ERR_NOMEM
                                                                                     : 0;
}

int query_results_json(const query_t *q, const proj_row_t *rows, size_t n, const char *since,
                       const char *until, json_t **earnings, json_t **dividends, err_t *e)
{
    query_results_t s = {rows, since, until, json_array(), json_array()};
    int rc = 0;

    *earnings = *dividends = NULL;
    if (!s.ea || !s.da) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
    } else if ((rc = query_rows_events(q, rows, n, query_results_keep, &s, query_results_each, &s,
                                       e))) {
        if (rc == ERR_NOMEM) err_set(e, rc, "out of memory");
    } else {
        *earnings = s.ea;
        *dividends = s.da;
        return 0;
    }
    json_decref(s.ea);
    json_decref(s.da);
    return rc;
}

/* ---- summary ---------------------------------------------------------------------- */

/* Orders summaries by cumulative_pct, descending (those without moves last), then id. */
static int query_sum_cmp(const void *a, const void *b)
{
    const query_sum_t *x = a, *y = b;
    if (x->s.has_moves != y->s.has_moves) return x->s.has_moves ? -1 : 1;
    if (x->s.has_moves && x->s.cumulative_pct != y->s.cumulative_pct)
        return x->s.cumulative_pct > y->s.cumulative_pct ? -1 : 1;
    return strcmp(x->id, y->id);
}

int query_sums_load(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                    query_sums_t *s, err_t *e)
{
    int rc;

    qmeter_t m;

    memset(s, 0, sizeof *s);
    proj_rows_init(&s->rows);
    s->all = nids == 0;
    if ((rc = qmeter_init(&m, q, a, e))) goto done;
    s->measured = m.on;
    snprintf(s->bench, sizeof s->bench, "%s", m.bench);
    if ((rc = query_load_rows(q, ids, nids, &s->rows, e))) goto done;
    if (!(s->items = mem_calloc(s->rows.n ? s->rows.n : 1, sizeof *s->items))) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0, j; i < s->rows.n; i = j) {
        query_sum_t *it = &s->items[s->n];
        j = query_group_end(&s->rows, i);
        it->id = s->rows.items[i].company;
        projmath_timeline_sort(s->rows.items + i, j - i);
        if (projmath_summary(s->rows.items + i, j - i, a->since, a->until, &it->s)) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto done;
        }
        s->n++;
        if ((rc = query_results_json(q, s->rows.items + i, j - i, a->since, a->until, &it->earnings,
                                     &it->dividends, e)))
            goto done;
        if (m.on && (rc = qmeter_rvm(&m, s->rows.items + i, j - i, a, &it->rvm, e))) goto done;
    }
    if (s->all) qsort(s->items, s->n, sizeof *s->items, query_sum_cmp);
done:
    qmeter_release(&m);
    return rc;
}

void query_sums_release(query_sums_t *s)
{
    if (!s) return;
    for (size_t i = 0; s->items && i < s->n; i++) {
        projmath_summary_release(&s->items[i].s);
        query_rvm_release(&s->items[i].rvm);
        json_decref(s->items[i].earnings);
        json_decref(s->items[i].dividends);
    }
    mem_free(s->items);
    proj_rows_release(&s->rows);
    memset(s, 0, sizeof *s);
}

/* {"company", "cumulative_pct"} of top mover m (borrowed), owned, or NULL. */
static json_t *query_mover_json(const query_sum_t *m)
{
    return json_pack("{s:s, s:f}", "company", m->id, "cumulative_pct", m->s.cumulative_pct);
}

int query_summary_doc(const query_t *q, const query_sums_t *s, const query_args_t *a, json_t **out,
                      err_t *e)
{
    json_t *arr = json_array(), *doc = NULL;
    int rc = 0;

    *out = NULL;
    if (!arr) return err_set(e, ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < s->n; i++) {
        json_t *o = query_summary_json(&s->items[i].s), *co = NULL;
        if (!o || json_object_set(o, "earnings", s->items[i].earnings) ||
            json_object_set(o, "dividends", s->items[i].dividends) ||
            (s->measured && json_object_set_new(o, "reported_vs_measured",
                                                query_rvm_json(&s->items[i].rvm, s->bench)))) {
            json_decref(o);
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto fail;
        }
        if ((rc = query_company_json(q, s->items[i].id, &co, e))) {
            json_decref(o);
            goto fail;
        }
        if (json_object_set_new(o, "company", co)) {
            json_decref(o);
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto fail;
        }
        if (json_array_append_new(arr, o)) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto fail;
        }
    }
    doc = json_pack("{s:{s:o, s:o}, s:o}", "window", "since", query_str_or_null(a->since), "until",
                    query_str_or_null(a->until), "companies", arr);
    arr = NULL; /* json_pack's "o" steals it, even on failure */
    if (!doc) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto fail;
    }
    if (s->all) {
        json_t *up = json_array(), *down = json_array();
        for (size_t i = 0; up && i < s->n && json_array_size(up) < QUERY_TOP_MOVERS; i++) {
            if (!s->items[i].s.has_moves || s->items[i].s.cumulative_pct <= 0) break;
            json_array_append_new(up, query_mover_json(&s->items[i]));
        }
        for (size_t i = s->n; down && i-- > 0 && json_array_size(down) < QUERY_TOP_MOVERS;) {
            if (!s->items[i].s.has_moves) continue;
            if (s->items[i].s.cumulative_pct >= 0) break;
            json_array_append_new(down, query_mover_json(&s->items[i]));
        }
        if (json_object_set_new(doc, "top_movers",
                                json_pack("{s:o, s:o}", "up", up, "down", down))) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto fail;
        }
    }
    *out = doc;
    return 0;
fail:
    json_decref(arr);
    json_decref(doc);
    return rc;
}

int query_summary(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                  json_t **out, err_t *e)
{
    query_sums_t s;
    int rc;

    *out = NULL;
    if (!(rc = query_sums_load(q, ids, nids, a, &s, e))) rc = query_summary_doc(q, &s, a, out, e);
    query_sums_release(&s);
    return rc;
}

/* ---- reactions -------------------------------------------------------------------- */

int query_reactions_load(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                         query_reactions_t *r, err_t *e)
{
    size_t nall = 0, k = 0;
    qmeter_t m;
    qcal_t cal;
    int rc;

    memset(r, 0, sizeof *r);
    memset(&cal, 0, sizeof cal);
    proj_rows_init(&r->rows);
    r->unit = "calendar_days";
    if ((rc = qmeter_init(&m, q, a, e))) goto done;
    snprintf(r->bench, sizeof r->bench, "%s", m.bench);
    if ((rc = query_load_rows(q, ids, nids, &r->rows, e))) goto done;
    if ((rc = qcal_load(&cal, &m, &r->rows, e))) goto done;
    if (projmath_reactions(r->rows.items, r->rows.n, a->window, a->since, a->until, qcal_get(&cal),
                           &r->items, &nall))
        goto nomem;
    for (size_t i = 0; i < nall; i++) /* keep the selected types, in place */
        if (query_type_ok(a, r->items[i].event->type)) r->items[k++] = r->items[i];
    r->n = k;
    r->unit = query_window_unit(r->items, r->n, cal.nbench > 0);
    if (projmath_reaction_table(r->items, r->n, r->stats)) goto nomem;
    if (m.on) rc = qmeter_reactions(&m, r->items, r->n, &r->measured, r->mstats, e);
    goto done;
nomem:
    rc = err_set(e, ERR_NOMEM, "out of memory");
done:
    qcal_release(&cal);
    qmeter_release(&m);
    return rc;
}

void query_reactions_release(query_reactions_t *r)
{
    if (!r) return;
    mem_free(r->items);
    mem_free(r->measured);
    proj_rows_release(&r->rows);
    memset(r, 0, sizeof *r);
}

int query_reactions_doc(const query_reactions_t *r, const query_args_t *a, json_t **out, err_t *e)
{
    json_t *arr = json_array();

    for (size_t i = 0; arr && i < r->n; i++)
        json_array_append_new(
            arr, query_reaction_json(&r->items[i], r->measured ? &r->measured[i] : NULL, r->bench));
    *out = json_pack("{s:i, s:s, s:o, s:o}", "window_days", a->window, "window_unit",
                     r->unit ? r->unit : "calendar_days", "reactions", arr, "by_type",
                     query_type_table_json(r->stats, r->measured ? r->mstats : NULL));
    if (*out && r->measured &&
        json_object_set_new(*out, "measurement", query_measurement_json(r->bench))) {
        json_decref(*out);
        *out = NULL;
    }
    return *out ? 0 : err_set(e, ERR_NOMEM, "out of memory");
}

int query_reactions(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                    json_t **out, err_t *e)
{
    query_reactions_t r;
    int rc;

    *out = NULL;
    if (!(rc = query_reactions_load(q, ids, nids, a, &r, e)))
        rc = query_reactions_doc(&r, a, out, e);
    query_reactions_release(&r);
    return rc;
}

/* ---- report ----------------------------------------------------------------------- */

/* Writes now (or $SOURCE_DATE_EPOCH) as an ISO 8601 UTC time into out (caller storage). */
static void query_now(char out[32])
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    time_t t = sde && *sde ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
    struct tm tm;

    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* The measured reaction of one timeline event of a report. */
typedef struct query_tmeasure_s {
    int on; /* measured (the event is inside the report's dates) */
    query_measure_t mm;
} query_tmeasure_t;

/* Adds "shared_with" to mj (borrowed "measured" object; NULL: nothing) of row
 * k among one company's n rows (borrowed, timeline order) and their
 * measurements tm: the ids of the other events with the same day 0, which
 * share this one measured reaction. Nothing when it shares with none. */
static void query_shared_with(json_t *mj, const proj_row_t *rows, const query_tmeasure_t *tm,
                              size_t n, size_t k)
{
    long d0;
    size_t lo = k, hi = k + 1;
    json_t *ids;

    if (!mj || k >= n || !tm[k].on || (d0 = tm[k].mm.res.day0) < 0) return;
    /* timeline order is date order, and day 0 follows the date: one run */
    while (lo > 0 && (!tm[lo - 1].on || tm[lo - 1].mm.res.day0 == d0)) lo--;
    while (hi < n && (!tm[hi].on || tm[hi].mm.res.day0 == d0)) hi++;
    if (!(ids = json_array())) return;
    for (size_t x = lo; x < hi; x++)
        if (x != k && tm[x].on && tm[x].mm.res.day0 == d0)
            json_array_append_new(ids, json_string(rows[x].id));
    if (json_array_size(ids))
        json_object_set_new(mj, "shared_with", ids);
    else
        json_decref(ids);
}

typedef struct query_window_s {
    const char *since, *until;
} query_window_t;

/* Keeps the rows inside the dates of ctx (a query_window_t). */
static int query_window_keep(const proj_row_t *r, const void *ctx)
{
    const query_window_t *w = ctx;
    return projmath_in_window(r, w->since, w->until);
}

/* One company's timeline in a report, envelope by envelope. */
typedef struct query_report_tl_s {
    query_envs_t envs;
    const proj_row_t *rows; /* borrowed: the company's rows */
    size_t n;
    const query_tmeasure_t *tm; /* borrowed: their measurements, or NULL */
    const char *bench;
} query_report_tl_t;

static int query_report_tl_each(void *arg, size_t k, const event_t *ev)
{
    query_report_tl_t *s = arg;
    json_t *env = query_envelope_of(ev, s->envs.e);

    if (!env) return s->envs.e && s->envs.e->code ? s->envs.e->code : ERR_NOMEM;
    if (s->tm) {
        /* a report annotation beside the envelope, not part of the hashed event */
        json_t *mj = query_measured_json(&s->tm[k].mm, s->bench);
        query_shared_with(mj, s->rows, s->tm, s->n, k);
        json_object_set_new(env, "measured", mj);
    }
    json_array_append_new(s->envs.events, env);
    return 0;
}

int query_report_parts(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                       query_report_sink_t sink, void *arg, err_t *e)
{
    const char *since = a->since, *until = a->until;
    char now[32], hash[65] = "";
    long long head;
    proj_rows_t rows;
    projmath_type_stats_t stats[EVENT_TYPE_COUNT];
    query_car_stats_t mstats[EVENT_TYPE_COUNT];
    projmath_reaction_t *all = NULL;
    query_measure_t *mall = NULL;
    size_t nall = 0;
    json_t *part;
    qmeter_t m;
    qcal_t cal;
    int rc;

    memset(&cal, 0, sizeof cal);
    proj_rows_init(&rows);
    if ((rc = qmeter_init(&m, q, a, e))) goto fail;
    if ((rc = eventlog_head(q->log, &head, hash, e))) goto fail;
    if ((rc = query_load_rows(q, ids, nids, &rows, e))) goto fail;
    if ((rc = qcal_load(&cal, &m, &rows, e))) goto fail;
    /* rows arrive grouped by company (ids sorted); order each group as its timeline */
    for (size_t i = 0, j; i < rows.n; i = j) {
        j = query_group_end(&rows, i);
        projmath_timeline_sort(rows.items + i, j - i);
    }
    /* The whole log's reactions first: the head's window names their unit. */
    if (projmath_reactions(rows.items, rows.n, a->window, since, until, qcal_get(&cal), &all,
                           &nall) ||
        projmath_reaction_table(all, nall, stats))
        goto nomem;
    if (m.on && (rc = qmeter_reactions(&m, all, nall, &mall, mstats, e))) goto fail;
    query_now(now);
    part = json_pack("{s:s, s:s, s:s, s:{s:I, s:o}, s:{s:o, s:o, s:i, s:s}}", "schema",
                     "seismo.report/2", "version", SEISMO_VERSION, "generated_at", now, "log",
                     "seq", (json_int_t)head, "hash", query_str_or_null(hash), "window", "since",
                     query_str_or_null(since), "until", query_str_or_null(until), "reaction_days",
                     a->window, "reaction_unit", query_window_unit(all, nall, cal.nbench > 0));
    if (!part) goto nomem;
    if ((rc = sink(arg, QUERY_REPORT_HEAD, part, e))) goto fail;
    for (size_t i = 0, j; i < rows.n; i = j) {
        projmath_summary_t s;
        projmath_reaction_t *rx = NULL;
        query_measure_t *mrx = NULL;
        query_tmeasure_t *tm = NULL;
        size_t nrx = 0;
        json_t *entry, *tl, *ra, *sj;

        j = query_group_end(&rows, i);
        if (projmath_summary(rows.items + i, j - i, since, until, &s)) goto nomem;
        if (projmath_reactions(rows.items + i, j - i, a->window, since, until, qcal_get(&cal), &rx,
                               &nrx)) {
            projmath_summary_release(&s);
            goto nomem;
        }
        sj = query_summary_json(&s);
        projmath_summary_release(&s);
        if (sj) {
            json_t *ea, *da;
            if ((rc = query_results_json(q, rows.items + i, j - i, since, until, &ea, &da, e))) {
                json_decref(sj);
                mem_free(rx);
                goto fail;
            }
            json_object_set_new(sj, "earnings", ea);
            json_object_set_new(sj, "dividends", da);
        }
        if (m.on && sj) {
            query_rvm_t rvm;
            rc = qmeter_rvm(&m, rows.items + i, j - i, a, &rvm, e);
            if (!rc) json_object_set_new(sj, "reported_vs_measured", query_rvm_json(&rvm, m.bench));
            query_rvm_release(&rvm);
            if (!rc) rc = qmeter_reactions(&m, rx, nrx, &mrx, NULL, e);
            if (rc) {
                json_decref(sj);
                mem_free(rx);
                mem_free(mrx);
                goto fail;
            }
        }
        /* The measured reaction of each timeline event, and which events of
         * this company share its day 0 (one reaction: "shared_with"). */
        if (m.on && !(tm = mem_calloc(j - i, sizeof *tm))) {
            json_decref(sj);
            mem_free(rx);
            mem_free(mrx);
            goto nomem;
        }
        for (size_t k = i; m.on && k < j; k++) {
            if (!projmath_in_window(&rows.items[k], since, until)) continue;
            if ((rc = qmeter_measure(&m, rows.items[k].company, rows.items[k].occurred_on,
                                     &tm[k - i].mm, e))) {
                json_decref(sj);
                mem_free(rx);
                mem_free(mrx);
                mem_free(tm);
                goto fail;
            }
            tm[k - i].on = 1;
        }
        tl = json_array();
        ra = json_array();
        for (size_t k = 0; ra && k < nrx; k++) {
            json_t *rj = query_reaction_json(&rx[k], mrx ? &mrx[k] : NULL, m.bench);
            if (rj && tm)
                query_shared_with(json_object_get(rj, "measured"), rows.items + i, tm, j - i,
                                  (size_t)(rx[k].event - (rows.items + i)));
            json_array_append_new(ra, rj);
        }
        mem_free(rx);
        mem_free(mrx);
        entry = json_pack("{s:o, s:o, s:o, s:o}", "company",
                          query_company_new(q, rows.items[i].company, e), "summary", sj, "timeline",
                          tl, "reactions", ra);
        if (!entry) {
            mem_free(tm);
            goto nomem;
        }
        {
            query_report_tl_t rt = {{tl, e}, rows.items + i, j - i, tm, m.bench};
            query_window_t w = {since, until};
            rc = query_rows_events(q, rows.items + i, j - i, query_window_keep, &w,
                                   query_report_tl_each, &rt, e);
        }
        mem_free(tm);
        if (rc) {
            json_decref(entry);
            goto fail;
        }
        /* One company at a time: a streaming sink holds no more than this entry. */
        if ((rc = sink(arg, QUERY_REPORT_COMPANY, entry, e))) goto fail;
    }
    part =
        json_pack("{s:o}", "reactions_by_type", query_type_table_json(stats, m.on ? mstats : NULL));
    if (!part) goto nomem;
    if (m.on && json_object_set_new(part, "measurement", query_measurement_json(m.bench))) {
        json_decref(part);
        goto nomem;
    }
    rc = sink(arg, QUERY_REPORT_TAIL, part, e);
    goto done;
nomem:
    rc = err_set(e, ERR_NOMEM, "out of memory");
fail:
    if (!rc) rc = ERR_NOMEM;
done:
    mem_free(all);
    mem_free(mall);
    qcal_release(&cal);
    proj_rows_release(&rows);
    qmeter_release(&m);
    return rc;
}

/* The sink of query_report(): builds the whole document in *arg. */
static int query_report_doc_sink(void *arg, query_report_part_t kind, json_t *part, err_t *e)
{
    json_t **doc = arg, *companies;

    switch (kind) {
    case QUERY_REPORT_HEAD:
        if (!(companies = json_array()) || json_object_set_new(part, "companies", companies)) {
            json_decref(part);
            return err_set(e, ERR_NOMEM, "out of memory");
        }
        *doc = part;
        return 0;
    case QUERY_REPORT_COMPANY:
        if (json_array_append_new(json_object_get(*doc, "companies"), part))
            return err_set(e, ERR_NOMEM, "out of memory");
        return 0;
    case QUERY_REPORT_TAIL:
        if (json_object_update(*doc, part)) {
            json_decref(part);
            return err_set(e, ERR_NOMEM, "out of memory");
        }
        json_decref(part);
        return 0;
    }
    json_decref(part);
    return err_set(e, ERR_INTERNAL, "unknown report part");
}

int query_report(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                 json_t **out, err_t *e)
{
    json_t *doc = NULL;
    int rc = query_report_parts(q, ids, nids, a, query_report_doc_sink, &doc, e);

    if (rc) {
        json_decref(doc);
        doc = NULL;
    }
    *out = doc;
    return rc;
}

/* The state of query_report_stream(): where the bytes go. */
typedef struct query_rstream_s {
    int (*write)(const char *piece, size_t n, void *arg);
    void *arg;         /* borrowed: write's */
    size_t ncompanies; /* entries written so far */
} query_rstream_t;

/* Dumps part (stolen) into a buffer and writes it without its first skip_head
 * and last skip_tail bytes, after prefix (borrowed, may be empty). */
static int query_rstream_put(query_rstream_t *s, const char *prefix, json_t *part, size_t skip_head,
                             size_t skip_tail, err_t *e)
{
    buf_t b;
    int rc = 0;

    buf_init(&b);
    if (query_dump(part, &b, e))
        rc = ERR_NOMEM;
    else if (b.len < skip_head + skip_tail)
        rc = err_set(e, ERR_INTERNAL, "report part too short");
    else if ((*prefix && s->write(prefix, strlen(prefix), s->arg)) ||
             (b.len > skip_head + skip_tail &&
              s->write(b.data + skip_head, b.len - skip_head - skip_tail, s->arg)))
        rc = err_set(e, ERR_NOMEM, "out of memory or the answer was abandoned");
    buf_release(&b);
    json_decref(part);
    return rc;
}

/* The sink of query_report_stream(): writes each part as it comes, so that
 * the bytes are those of query_dump() of the whole document. */
static int query_report_stream_sink(void *arg, query_report_part_t kind, json_t *part, err_t *e)
{
    query_rstream_t *s = arg;
    int rc;

    switch (kind) {
    case QUERY_REPORT_HEAD: /* {"schema":...,"window":{...}} without its '}' */
        if ((rc = query_rstream_put(s, "", part, 0, 1, e))) return rc;
        return s->write(",\"companies\":[", 14, s->arg)
                   ? err_set(e, ERR_NOMEM, "out of memory or the answer was abandoned")
                   : 0;
    case QUERY_REPORT_COMPANY:
        if (s->ncompanies++ && s->write(",", 1, s->arg)) {
            json_decref(part);
            return err_set(e, ERR_NOMEM, "out of memory or the answer was abandoned");
        }
        rc = query_dump_stream(part, s->write, s->arg, e);
        json_decref(part);
        return rc;
    case QUERY_REPORT_TAIL: /* "],"+ {"reactions_by_type":...} without its '{' */
        return query_rstream_put(s, "],", part, 1, 0, e);
    }
    json_decref(part);
    return err_set(e, ERR_INTERNAL, "unknown report part");
}

int query_report_stream(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                        int (*write)(const char *piece, size_t n, void *arg), void *arg, err_t *e)
{
    query_rstream_t s = {write, arg, 0};

    return query_report_parts(q, ids, nids, a, query_report_stream_sink, &s, e);
}
