#include "projmath.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "mem.h"

static int projmath_cmp_timeline(const proj_row_t *a, const proj_row_t *b)
{
    int ad = a->occurred_on[0] != '\0', bd = b->occurred_on[0] != '\0';
    int c;

    if (ad != bd) return ad ? -1 : 1; /* dated first */
    if (ad && (c = strcmp(a->occurred_on, b->occurred_on))) return c;
    if (a->seq != b->seq) return a->seq < b->seq ? -1 : 1;
    return strcmp(a->company ? a->company : "", b->company ? b->company : "");
}

static int projmath_qsort_rows(const void *a, const void *b)
{
    return projmath_cmp_timeline(a, b);
}

static int projmath_qsort_ptrs(const void *a, const void *b)
{
    return projmath_cmp_timeline(*(const proj_row_t *const *)a, *(const proj_row_t *const *)b);
}

/* Company first, then timeline order. */
static int projmath_qsort_company(const void *a, const void *b)
{
    const proj_row_t *x = *(const proj_row_t *const *)a, *y = *(const proj_row_t *const *)b;
    int c = strcmp(x->company ? x->company : "", y->company ? y->company : "");
    return c ? c : projmath_cmp_timeline(x, y);
}

void projmath_timeline_sort(proj_row_t *rows, size_t n)
{
    if (n > 1) qsort(rows, n, sizeof *rows, projmath_qsort_rows);
}

int projmath_in_window(const proj_row_t *row, const char *since, const char *until)
{
    if (!row->occurred_on[0]) return !since && !until;
    if (since && strcmp(row->occurred_on, since) < 0) return 0;
    if (until && strcmp(row->occurred_on, until) > 0) return 0;
    return 1;
}

double projmath_round(double pct)
{
    double r = round(pct * 1e9) / 1e9;
    return r == 0 ? 0 : r; /* no -0 */
}

double projmath_compound(const double *pcts, size_t n)
{
    double f = 1.0;

    for (size_t i = 0; i < n; i++) f *= 1.0 + pcts[i] / 100.0;
    return projmath_round((f - 1.0) * 100.0);
}

/* Returns the rows in [since, until] as an owned array of borrowed pointers, sorted by cmp. */
static const proj_row_t **projmath_select(const proj_row_t *rows, size_t n, const char *since,
                                          const char *until, int (*cmp)(const void *, const void *),
                                          size_t *nout)
{
    const proj_row_t **v = mem_alloc((n ? n : 1) * sizeof *v);
    size_t k = 0;

    *nout = 0;
    if (!v) return NULL;
    for (size_t i = 0; i < n; i++)
        if (projmath_in_window(&rows[i], since, until)) v[k++] = &rows[i];
    if (k > 1) qsort(v, k, sizeof *v, cmp);
    *nout = k;
    return v;
}

static int projmath_strcmp0(const char *a, const char *b)
{
    if (!a || !b) return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

static int projmath_add_metric(projmath_summary_t *s, const proj_row_t *row)
{
    projmath_metric_t *m = NULL;
    size_t i;

    for (i = 0; i < s->nmetrics; i++) {
        int c = strcmp(s->metrics[i].metric, row->metric);
        if (!c) c = projmath_strcmp0(s->metrics[i].region, row->region);
        if (c == 0) {
            m = &s->metrics[i];
            break;
        }
        if (c > 0) break;
    }
    if (!m) {
        projmath_metric_t *arr = mem_realloc(s->metrics, (s->nmetrics + 1) * sizeof *arr);
        if (!arr) return ERR_NOMEM;
        s->metrics = arr;
        memmove(arr + i + 1, arr + i, (s->nmetrics - i) * sizeof *arr);
        s->nmetrics++;
        m = &arr[i];
        memset(m, 0, sizeof *m);
        m->metric = row->metric;
        m->region = row->region;
    }
    {
        const proj_row_t **c = mem_realloc(m->changes, (m->n + 1) * sizeof *c);
        if (!c) return ERR_NOMEM;
        m->changes = c;
        c[m->n++] = row;
    }
    if (row->occurred_on[0] || !m->latest || !m->latest->occurred_on[0]) m->latest = row;
    return 0;
}

int projmath_summary(const proj_row_t *rows, size_t n, const char *since, const char *until,
                     projmath_summary_t *s)
{
    const proj_row_t **v;
    size_t k;
    double f = 1.0, sum = 0.0;
    int rc = 0;

    memset(s, 0, sizeof *s);
    if (!(v = projmath_select(rows, n, since, until, projmath_qsort_ptrs, &k))) return ERR_NOMEM;
    s->events = k;
    for (size_t i = 0; i < k; i++) {
        const proj_row_t *r = v[i];
        if (r->type > EVENT_NONE && r->type < EVENT_TYPE_COUNT) s->event_counts[r->type]++;
        if (r->type == EVENT_METRIC_CHANGE && r->has_pct && r->metric) {
            if ((rc = projmath_add_metric(s, r))) goto out;
        }
        if (r->type != EVENT_SHARE_MOVE || !r->has_pct) continue;
        s->count++;
        if (r->pct > 0) s->up++;
        if (r->pct < 0) s->down++;
        f *= 1.0 + r->pct / 100.0;
        sum += r->pct;
        if (r->pct > 0 && (!s->max_gain.set || r->pct > s->max_gain.pct))
            s->max_gain = (projmath_extreme_t){1, r->pct, r};
        if (r->pct < 0 && (!s->max_drop.set || r->pct < s->max_drop.pct))
            s->max_drop = (projmath_extreme_t){1, r->pct, r};
        if (r->occurred_on[0]) {
            if (!s->first_date[0]) memcpy(s->first_date, r->occurred_on, 11);
            memcpy(s->last_date, r->occurred_on, 11);
        }
    }
    if (s->count) {
        s->has_moves = 1;
        s->cumulative_pct = projmath_round((f - 1.0) * 100.0);
        s->mean_pct = projmath_round(sum / (double)s->count);
    }
out:
    mem_free(v);
    if (rc) projmath_summary_release(s);
    return rc;
}

void projmath_summary_release(projmath_summary_t *s)
{
    if (!s) return;
    for (size_t i = 0; i < s->nmetrics; i++) mem_free(s->metrics[i].changes);
    mem_free(s->metrics);
    s->metrics = NULL;
    s->nmetrics = 0;
}

typedef struct projmath_move_s {
    long day;
    double pct;
} projmath_move_t;

static int projmath_day(const proj_row_t *r, long *day)
{
    return r->occurred_on[0] && date_parse_iso(r->occurred_on, day) == 0;
}

/* Returns the first weekday on or after day x. */
static long projmath_weekday_from(long x)
{
    while (date_weekday(x) >= 5) x++;
    return x;
}

/* Returns weekday x moved k weekdays on. */
static long projmath_weekdays_add(long x, long k)
{
    x += 7 * (k / 5);
    for (k %= 5; k > 0; k--) x = projmath_weekday_from(x + 1);
    return x;
}

long projmath_window_end(long d, int window, const long *days, size_t n)
{
    long k = window < 0 ? 0 : window, s;
    size_t lo = 0, hi = n;

    if (!days || !n) return d + k;
    if (d < days[0]) {
        /* before the bars: weekdays up to the first session */
        s = projmath_weekday_from(d);
        while (s < days[0] && k > 0) {
            s = projmath_weekday_from(s + 1);
            k--;
        }
        if (s < days[0]) return s;
        d = days[0];
    }
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (days[mid] < d)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == n) return projmath_weekdays_add(projmath_weekday_from(d), k); /* after the bars */
    if ((size_t)k <= n - 1 - lo) return days[lo + (size_t)k];
    k -= (long)(n - 1 - lo);
    return projmath_weekdays_add(projmath_weekday_from(days[n - 1] + 1), k - 1);
}

/* Returns the sessions of company co (borrowed) in cals (may be NULL) into
 * *days and *nd, or NULL when the company counts calendar days. */
static const long *projmath_calendar_of(const projmath_calendars_t *cals, const char *co,
                                        size_t *nd)
{
    size_t lo = 0, hi;

    *nd = 0;
    if (!cals) return NULL;
    hi = cals->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(cals->items[mid].company, co);
        if (c == 0) {
            *nd = cals->items[mid].n;
            return cals->items[mid].n ? cals->items[mid].days : NULL;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *nd = cals->fallback ? cals->nfallback : 0;
    return *nd ? cals->fallback : NULL;
}

int projmath_reactions(const proj_row_t *rows, size_t n, int window, const char *since,
                       const char *until, const projmath_calendars_t *cals,
                       projmath_reaction_t **out, size_t *nout)
{
    const proj_row_t **v = NULL;
    projmath_move_t *moves = NULL;
    double *pcts = NULL;
    projmath_reaction_t *res = NULL;
    size_t k, nres = 0;
    int rc = ERR_NOMEM;

    *out = NULL;
    *nout = 0;
    if (window < 0) window = 0;
    if (!(v = projmath_select(rows, n, NULL, NULL, projmath_qsort_company, &k))) goto out;
    if (!(moves = mem_alloc((k ? k : 1) * sizeof *moves))) goto out;
    if (!(pcts = mem_alloc((k ? k : 1) * sizeof *pcts))) goto out;
    if (!(res = mem_alloc((k ? k : 1) * sizeof *res))) goto out;
    for (size_t a = 0, b; a < k; a = b) {
        size_t nm = 0, ncal;
        const char *co = v[a]->company ? v[a]->company : "";
        const long *cal = projmath_calendar_of(cals, co, &ncal);
        for (b = a; b < k && strcmp(v[b]->company ? v[b]->company : "", co) == 0; b++) {
            long day;
            if (v[b]->type == EVENT_SHARE_MOVE && v[b]->has_pct && projmath_day(v[b], &day))
                moves[nm++] = (projmath_move_t){day, v[b]->pct};
        }
        /* moves are in date order already (timeline order within the company) */
        for (size_t i = a; i < b; i++) {
            const proj_row_t *r = v[i];
            projmath_reaction_t *x;
            size_t lo = 0, hi = nm, np = 0;
            long d, end;
            if (r->type == EVENT_SHARE_MOVE || r->type == EVENT_RETRACTION ||
                r->type == EVENT_PRICE_IMPORT)
                continue;
            if (!projmath_day(r, &d) || !projmath_in_window(r, since, until)) continue;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (moves[mid].day < d)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            end = projmath_window_end(d, window, cal, ncal);
            for (size_t j = lo; j < nm && moves[j].day <= end; j++) pcts[np++] = moves[j].pct;
            x = &res[nres++];
            x->event = r;
            x->trading = cal != NULL;
            x->end = end;
            x->moves = np;
            x->has_pct = np > 0;
            x->pct = np ? projmath_compound(pcts, np) : 0;
        }
    }
    *out = res;
    *nout = nres;
    res = NULL;
    rc = 0;
out:
    mem_free(res);
    mem_free(pcts);
    mem_free(moves);
    mem_free(v);
    return rc;
}

static int projmath_cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int projmath_reaction_table(const projmath_reaction_t *r, size_t n,
                            projmath_type_stats_t stats[EVENT_TYPE_COUNT])
{
    double *vals = mem_alloc((n ? n : 1) * sizeof *vals);

    memset(stats, 0, EVENT_TYPE_COUNT * sizeof *stats);
    if (!vals) return ERR_NOMEM;
    for (int t = EVENT_NONE + 1; t < EVENT_TYPE_COUNT; t++) {
        size_t k = 0;
        double sum = 0;
        for (size_t i = 0; i < n; i++) {
            if ((int)r[i].event->type != t) continue;
            stats[t].events++;
            if (!r[i].has_pct) continue;
            vals[k++] = r[i].pct;
            sum += r[i].pct;
        }
        stats[t].reactions = k;
        if (!k) continue;
        qsort(vals, k, sizeof *vals, projmath_cmp_double);
        stats[t].mean_pct = projmath_round(sum / (double)k);
        stats[t].median_pct =
            projmath_round(k % 2 ? vals[k / 2] : (vals[k / 2 - 1] + vals[k / 2]) / 2.0);
    }
    mem_free(vals);
    return 0;
}
