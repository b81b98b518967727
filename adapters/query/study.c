/* qstudy: the event study as a read-side document (see study.h). */
#include "study.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../core/date.h"
#include "../../core/mem.h"

/* ---- arguments ------------------------------------------------------------------ */

void qstudy_args_init(qstudy_args_t *a)
{
    memset(a, 0, sizeof *a);
    study_opts_default(&a->o);
    snprintf(a->bench, sizeof a->bench, "SPY");
}

int qstudy_add_type(const char *what, const char *v, qstudy_args_t *a, err_t *e)
{
    event_type_t t = event_type_from_name(v);

    if (t == EVENT_NONE || t == EVENT_PRICE_IMPORT || t == EVENT_RETRACTION)
        return err_set(e, ERR_USAGE, "%s: '%s' is not a type of news event", what, v);
    if (a->ntypes < EVENT_TYPE_COUNT) a->types[a->ntypes++] = t;
    return 0;
}

int qstudy_set_benchmark(const char *what, const char *v, qstudy_args_t *a, err_t *e)
{
    if (prices_symbol_norm(v, strlen(v), a->bench))
        return err_set(e, ERR_USAGE, "%s '%s' is not a valid symbol", what, v);
    return 0;
}

int qstudy_set_symbol(const char *what, const char *v, qstudy_args_t *a, err_t *e)
{
    if (prices_symbol_norm(v, strlen(v), a->symbol)) {
        a->symbol[0] = '\0';
        return err_set(e, ERR_USAGE, "%s '%s' is not a valid symbol", what, v);
    }
    return 0;
}

int qstudy_set_model(const char *what, const char *v, qstudy_args_t *a, err_t *e)
{
    if (study_model_parse(v, &a->o.model))
        return err_set(e, ERR_USAGE, "%s must be market, market-adjusted or mean-adjusted", what);
    return 0;
}

int qstudy_set_estimation(const char *what, const char *v, qstudy_args_t *a, err_t *e)
{
    if (study_window_parse(v, &a->o.est))
        return err_set(e, ERR_USAGE, "%s needs FROM:TO trading days (e.g. -250:-11)", what);
    return 0;
}

int qstudy_add_window(const char *what, const char *v, qstudy_args_t *a, err_t *e)
{
    if (a->nwin >= STUDY_MAX_WINDOWS)
        return err_set(e, ERR_USAGE, "at most %d %s options", STUDY_MAX_WINDOWS, what);
    if (study_window_parse(v, &a->o.win[a->nwin]))
        return err_set(e, ERR_USAGE, "%s needs FROM:TO trading days (e.g. -1:1)", what);
    a->nwin++;
    return 0;
}

int qstudy_set_min_estimation(const char *what, const char *v, qstudy_args_t *a, err_t *e)
{
    char *end;
    long n = strtol(v, &end, 10);

    if (!*v || *end || n < 1 || n > 100000)
        return err_set(e, ERR_USAGE, "%s needs a positive number of days", what);
    a->o.min_est = (int)n;
    return 0;
}

int qstudy_set_car_variance(const char *what, const char *v, qstudy_args_t *a, err_t *e)
{
    if (study_car_var_parse(v, &a->o.car_var))
        return err_set(e, ERR_USAGE, "%s must be forecast or plain", what);
    return 0;
}

int qstudy_args_finish(qstudy_args_t *a, err_t *e)
{
    int rc;

    if (a->nwin) a->o.nwin = a->nwin;
    if ((rc = study_opts_check(&a->o, e))) return rc;
    if (!a->ntypes)
        for (int t = EVENT_NONE + 1; t < EVENT_TYPE_COUNT; t++)
            if (t != EVENT_PRICE_IMPORT && t != EVENT_RETRACTION)
                a->types[a->ntypes++] = (event_type_t)t;
    return 0;
}

/* ---- collecting ------------------------------------------------------------------- */

/* Returns 1 when company c (borrowed) is one of the companies s asks for. */
static int qstudy_wanted(const qstudy_t *s, const event_company_t *c)
{
    if (!s->nwanted) return 1;
    for (size_t i = 0; i < s->nwanted; i++)
        if (strcasecmp(s->wanted[i], c->id) == 0 ||
            (c->ticker && strcasecmp(s->wanted[i], c->ticker) == 0))
            return 1;
    return 0;
}

/* Collects the rows of event ev (borrowed) into the qstudy_t arg, or its
 * target when collecting retractions. */
static int qstudy_each(void *arg, const event_t *ev)
{
    qstudy_t *s = arg;

    if (s->collect_retractions) {
        const char *t = event_get_str(ev, "target");
        if (!t) return 0;
        if (s->nretracted == s->capretracted) {
            size_t nc = s->capretracted ? s->capretracted * 2 : 16;
            char **nr = mem_realloc(s->retracted, nc * sizeof *nr);
            if (!nr) return ERR_NOMEM;
            s->retracted = nr;
            s->capretracted = nc;
        }
        if (!(s->retracted[s->nretracted] = mem_strdup(t))) return ERR_NOMEM;
        s->nretracted++;
        return 0;
    }
    for (size_t i = 0; i < s->nretracted; i++)
        if (ev->id && strcmp(ev->id, s->retracted[i]) == 0) return 0;
    for (size_t i = 0; i < ev->ncompanies; i++) {
        const event_company_t *c = &ev->companies[i];
        qstudy_row_t *r;
        int dup = 0;
        for (size_t j = 0; j < i; j++) dup |= strcmp(ev->companies[j].id, c->id) == 0;
        if (dup || !qstudy_wanted(s, c)) continue;
        if (s->n == s->cap) {
            size_t nc = s->cap ? s->cap * 2 : 64;
            qstudy_row_t *nr = mem_realloc(s->rows, nc * sizeof *nr);
            if (!nr) return ERR_NOMEM;
            s->rows = nr;
            s->cap = nc;
        }
        r = &s->rows[s->n];
        memset(r, 0, sizeof *r);
        r->seq = ev->seq;
        r->type = ev->type;
        memcpy(r->occurred_on, ev->occurred_on, sizeof r->occurred_on);
        r->id = mem_strdup(ev->id);
        r->company = mem_strdup(c->id);
        r->ticker = c->ticker ? mem_strdup(c->ticker) : NULL;
        s->n++;
        if (!r->id || !r->company || (c->ticker && !r->ticker)) return ERR_NOMEM;
        if (ev->type == EVENT_SHARE_MOVE)
            r->has_reported = event_get_num(ev, "percent", &r->reported);
    }
    return 0;
}

void qstudy_init(qstudy_t *s)
{
    memset(s, 0, sizeof *s);
}

void qstudy_release(qstudy_t *s)
{
    if (!s) return;
    for (size_t i = 0; i < s->n; i++) {
        mem_free(s->rows[i].id);
        mem_free(s->rows[i].company);
        mem_free(s->rows[i].ticker);
    }
    mem_free(s->rows);
    for (size_t i = 0; i < s->nretracted; i++) mem_free(s->retracted[i]);
    mem_free(s->retracted);
    memset(s, 0, sizeof *s);
}

/* ---- measuring -------------------------------------------------------------------- */

/* The returns of one symbol, loaded once per study. */
typedef struct qstudy_series_s {
    char symbol[PRICES_SYMBOL_MAX];
    study_returns_t rt;
    int bench_missing;
} qstudy_series_t;

/* Measures every row of s on pdb's bars with o against bench (borrowed), each
 * symbol's returns loaded once. */
static int qstudy_measure(const pricestore_t *pdb, qstudy_t *s, const qstudy_args_t *a, err_t *e)
{
    const study_opts_t *o = &a->o;
    const char *bench = a->bench;
    qstudy_series_t *cache = NULL;
    size_t ncache = 0;
    int rc = 0;

    for (size_t i = 0; i < s->n && !rc; i++) {
        qstudy_row_t *r = &s->rows[i];
        err_t ignore = {0};
        qstudy_series_t *c = NULL;
        if (a->listing && a->symbol[0] && strcmp(a->listing, r->company) == 0) {
            memcpy(r->symbol, a->symbol, sizeof r->symbol); /* the listing asked for */
            rc = 0;
        } else {
            rc = pricestore_symbol_for(pdb, r->company, r->ticker, r->symbol, &ignore);
        }
        if (rc == ERR_NOTFOUND) {
            study_returns_t none;
            rc = 0;
            study_returns_init(&none);
            study_measure_event(&none, r->occurred_on, o, &r->res);
            if (r->res.skip != STUDY_NO_DATE) {
                r->res.skip = STUDY_NO_PRICES;
                snprintf(r->res.reason, sizeof r->res.reason, "no prices for %s", r->company);
            }
            continue;
        }
        if (rc) {
            *e = ignore;
            break;
        }
        for (size_t k = 0; k < ncache; k++)
            if (strcmp(cache[k].symbol, r->symbol) == 0) c = &cache[k];
        if (!c) {
            qstudy_series_t *nc = mem_realloc(cache, (ncache + 1) * sizeof *nc);
            if (!nc) {
                rc = err_set(e, ERR_NOMEM, "out of memory");
                break;
            }
            cache = nc;
            c = &cache[ncache++];
            memset(c, 0, sizeof *c);
            study_returns_init(&c->rt);
            memcpy(c->symbol, r->symbol, sizeof c->symbol);
            if ((rc = pricestore_returns(pdb, r->symbol,
                                         o->model == STUDY_MEAN_ADJUSTED ? NULL : bench, &c->rt,
                                         &c->bench_missing, e)))
                break;
        }
        study_measure_event(&c->rt, r->occurred_on, o, &r->res);
        if (r->res.skip == STUDY_NO_PRICES)
            snprintf(r->res.reason, sizeof r->res.reason, "no prices for %s", r->symbol);
        if (r->res.skip == STUDY_NO_BENCHMARK)
            snprintf(r->res.reason, sizeof r->res.reason, "no prices for benchmark %s", bench);
    }
    for (size_t k = 0; k < ncache; k++) study_returns_release(&cache[k].rt);
    mem_free(cache);
    return rc;
}

int qstudy_run(const pricestore_t *pdb, eventlog_t *log, char *const *wanted, size_t nwanted,
               const qstudy_args_t *a, qstudy_t *s, err_t *e)
{
    const study_opts_t *o = &a->o;
    event_type_t rt = EVENT_RETRACTION;
    eventlog_query_t q = {0};
    int rc;

    s->wanted = wanted;
    s->nwanted = nwanted;
    q.types = &rt;
    q.ntypes = 1;
    s->collect_retractions = 1;
    if ((rc = eventlog_scan(log, &q, qstudy_each, s, e))) goto done;
    s->collect_retractions = 0;
    q.types = a->types;
    q.ntypes = a->ntypes;
    if ((rc = eventlog_scan(log, &q, qstudy_each, s, e))) goto done;
    if ((rc = qstudy_measure(pdb, s, a, e))) goto done;
    for (size_t w = 0; w < o->nwin; w++) {
        study_result_t *res = mem_alloc((s->n ? s->n : 1) * sizeof *res);
        size_t k = 0;
        if (!res) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto done;
        }
        /* Each company and session counts once across events (same-day news of one
         * company is one market reaction, not several independent ones). */
        for (size_t i = 0; i < s->n; i++) {
            int dup = 0;
            for (size_t j = 0; j < i && !dup; j++)
                dup = s->rows[j].res.skip == STUDY_OK && s->rows[i].res.skip == STUDY_OK &&
                      s->rows[j].res.day0 == s->rows[i].res.day0 &&
                      strcmp(s->rows[j].symbol, s->rows[i].symbol) == 0;
            if (!dup) res[k++] = s->rows[i].res;
        }
        study_aggregate(res, k, w, &s->agg[w]);
        mem_free(res);
    }
done:
    s->wanted = NULL;
    s->nwanted = 0;
    if (rc == ERR_NOMEM && e && !e->code) err_set(e, ERR_NOMEM, "out of memory");
    return rc;
}

/* ---- the document ----------------------------------------------------------------- */

/* Returns v as a new JSON real, or null when it is not finite. */
static json_t *qstudy_jnum(double v)
{
    return isfinite(v) ? json_real(v) : json_null();
}

/* Returns the fraction v in percent units as a new JSON real, or null when not finite. */
static json_t *qstudy_jpct(double v)
{
    return isfinite(v) ? json_real(v * 100.0) : json_null();
}

void qstudy_window_name(const study_window_t *w, char out[32])
{
    snprintf(out, 32, "%d:%d", w->from, w->to);
}

/* The "events" entry of row r (borrowed) under o; owned, or NULL. */
static json_t *qstudy_row_json(const qstudy_row_t *r, const study_opts_t *o)
{
    json_t *obj = json_object(), *cars;
    char d0[11];

    if (!obj) return NULL;
    json_object_set_new(obj, "id", json_string(r->id));
    json_object_set_new(obj, "seq", json_integer(r->seq));
    json_object_set_new(obj, "type", json_string(event_type_name(r->type)));
    json_object_set_new(obj, "occurred_on",
                        r->occurred_on[0] ? json_string(r->occurred_on) : json_null());
    json_object_set_new(obj, "company", json_string(r->company));
    json_object_set_new(obj, "symbol", r->symbol[0] ? json_string(r->symbol) : json_null());
    if (r->res.day0 >= 0) date_format_iso(r->res.day0, d0);
    json_object_set_new(obj, "day0", r->res.day0 >= 0 ? json_string(d0) : json_null());
    json_object_set_new(obj, "status",
                        json_string(r->res.skip == STUDY_OK ? "measured" : "skipped"));
    if (r->res.skip != STUDY_OK) {
        json_object_set_new(obj, "skip", json_string(study_skip_name(r->res.skip)));
        json_object_set_new(obj, "reason", json_string(r->res.reason));
    }
    json_object_set_new(obj, "return0_pct", r->res.has_r0 ? qstudy_jpct(r->res.r0) : json_null());
    json_object_set_new(obj, "benchmark0_pct",
                        r->res.has_r0 ? qstudy_jpct(r->res.rm0) : json_null());
    if (r->has_reported) json_object_set_new(obj, "reported_pct", json_real(r->reported));
    if (r->res.skip == STUDY_OK) {
        json_object_set_new(obj, "abnormal0_pct", qstudy_jpct(r->res.ar0));
        json_object_set_new(obj, "estimation_days", json_integer((json_int_t)r->res.n_est));
        json_object_set_new(obj, "alpha_pct", qstudy_jpct(r->res.alpha));
        json_object_set_new(obj, "beta", qstudy_jnum(r->res.beta));
        json_object_set_new(obj, "sigma_pct", qstudy_jpct(r->res.sigma));
        cars = json_array();
        for (size_t w = 0; w < r->res.nwin; w++) {
            const study_car_t *c = &r->res.car[w];
            json_t *co = json_object();
            char wn[32];
            qstudy_window_name(&o->win[w], wn);
            json_object_set_new(co, "window", json_string(wn));
            json_object_set_new(co, "car_pct", qstudy_jpct(c->car));
            json_object_set_new(co, "sd_pct", qstudy_jpct(c->sd));
            json_object_set_new(co, "t", qstudy_jnum(c->t));
            json_object_set_new(co, "p", qstudy_jnum(c->p));
            json_object_set_new(co, "df", json_integer(c->df));
            json_array_append_new(cars, co);
        }
        json_object_set_new(obj, "cars", cars);
    }
    return obj;
}

/* The "aggregates" entry of window w (borrowed) with figures a (borrowed); owned, or NULL. */
static json_t *qstudy_agg_json(const study_agg_t *a, const study_window_t *w)
{
    json_t *o = json_object();
    char wn[32];

    if (!o) return NULL;
    qstudy_window_name(w, wn);
    json_object_set_new(o, "window", json_string(wn));
    json_object_set_new(o, "events", json_integer((json_int_t)a->n));
    json_object_set_new(o, "positive", json_integer((json_int_t)a->npos));
    json_object_set_new(o, "share_positive", qstudy_jnum(a->share_pos));
    json_object_set_new(o, "caar_pct", qstudy_jpct(a->caar));
    json_object_set_new(o, "sd_pct", qstudy_jpct(a->sd));
    json_object_set_new(o, "t_cross_sectional", a->has_cs ? qstudy_jnum(a->t_cs) : json_null());
    json_object_set_new(o, "p_cross_sectional", a->has_cs ? qstudy_jnum(a->p_cs) : json_null());
    json_object_set_new(o, "patell_z", a->has_patell ? qstudy_jnum(a->patell_z) : json_null());
    json_object_set_new(o, "p_patell", a->has_patell ? qstudy_jnum(a->p_patell) : json_null());
    json_object_set_new(o, "bmp_t", a->has_bmp ? qstudy_jnum(a->bmp_t) : json_null());
    json_object_set_new(o, "p_bmp", a->has_bmp ? qstudy_jnum(a->p_bmp) : json_null());
    return o;
}

/* The "reported_vs_measured" entry of share_move row r (borrowed); owned, or NULL. */
static json_t *qstudy_rvm_json(const qstudy_row_t *r)
{
    json_t *o = json_object();
    char d0[11];

    if (!o) return NULL;
    json_object_set_new(o, "id", json_string(r->id));
    json_object_set_new(o, "company", json_string(r->company));
    json_object_set_new(o, "occurred_on",
                        r->occurred_on[0] ? json_string(r->occurred_on) : json_null());
    if (r->res.day0 >= 0) date_format_iso(r->res.day0, d0);
    json_object_set_new(o, "day0", r->res.day0 >= 0 ? json_string(d0) : json_null());
    json_object_set_new(o, "reported_pct", json_real(r->reported));
    json_object_set_new(o, "measured_pct", r->res.has_r0 ? qstudy_jpct(r->res.r0) : json_null());
    json_object_set_new(o, "abnormal_pct",
                        r->res.skip == STUDY_OK ? qstudy_jpct(r->res.ar0) : json_null());
    json_object_set_new(o, "difference_pct",
                        r->res.has_r0 ? qstudy_jnum(r->res.r0 * 100.0 - r->reported) : json_null());
    if (!r->res.has_r0)
        json_object_set_new(
            o, "reason", json_string(r->res.reason[0] ? r->res.reason : "no return for that day"));
    return o;
}

int qstudy_doc(const qstudy_t *s, const qstudy_args_t *a, json_t **out, err_t *e)
{
    const study_opts_t *o = &a->o;
    json_t *doc = json_object(), *events = json_array(), *aggs = json_array(), *rvm = json_array();
    json_t *wins = json_array(), *est = json_object();

    *out = NULL;
    if (!doc || !events || !aggs || !rvm || !wins || !est) goto nomem;
    for (size_t i = 0; i < s->n; i++) {
        if (json_array_append_new(events, qstudy_row_json(&s->rows[i], o))) goto nomem;
        if (s->rows[i].has_reported && json_array_append_new(rvm, qstudy_rvm_json(&s->rows[i])))
            goto nomem;
    }
    for (size_t w = 0; w < o->nwin; w++) {
        char wn[32];
        qstudy_window_name(&o->win[w], wn);
        if (json_array_append_new(wins, json_string(wn)) ||
            json_array_append_new(aggs, qstudy_agg_json(&s->agg[w], &o->win[w])))
            goto nomem;
    }
    json_object_set_new(doc, "schema", json_string("seismo.study/1"));
    json_object_set_new(doc, "model", json_string(study_model_name(o->model)));
    json_object_set_new(doc, "benchmark",
                        o->model == STUDY_MEAN_ADJUSTED ? json_null() : json_string(a->bench));
    json_object_set_new(doc, "returns", json_string("simple returns of the adjusted close"));
    json_object_set_new(doc, "car_variance", json_string(study_car_var_name(o->car_var)));
    json_object_set_new(est, "from", json_integer(o->est.from));
    json_object_set_new(est, "to", json_integer(o->est.to));
    json_object_set_new(est, "min_days", json_integer(o->min_est));
    /* json_object_set_new steals the values, even on failure */
    json_object_set_new(doc, "estimation", est);
    json_object_set_new(doc, "windows", wins);
    json_object_set_new(doc, "events", events);
    json_object_set_new(doc, "aggregates", aggs);
    json_object_set_new(doc, "reported_vs_measured", rvm);
    if (json_object_size(doc) != 10) {
        json_decref(doc);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    *out = doc;
    return 0;
nomem:
    json_decref(doc);
    json_decref(events);
    json_decref(aggs);
    json_decref(rvm);
    json_decref(wins);
    json_decref(est);
    return err_set(e, ERR_NOMEM, "out of memory");
}
