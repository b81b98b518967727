/* report_html: the report as one self-contained HTML page (see html.h). */
#include "html.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../../core/date.h"
#include "../../core/event.h"
#include "../../core/mem.h"
#include "../../core/study.h"

/* Up to this many timeline events, every dated event is a marker of its own; past it,
 * events of one type, direction and session share a marker that counts them. */
#define HTML_MARKERS_APART 500

/* One measured reaction of one company on one day 0, over day -10..+10. */
typedef struct hpath_s {
    long day0;
    uint32_t types; /* bit per event type of the events that share it */
    size_t nevents; /* events that share it */
    int ok;         /* measured (else skipped: no path) */
    int df;
    double ar[REPORT_HTML_SPAN], ar_sd[REPORT_HTML_SPAN]; /* fractions */
    double car[REPORT_HTML_SPAN], car_sd[REPORT_HTML_SPAN];
} hpath_t;

typedef struct hpaths_s {
    hpath_t *items; /* owned */
    size_t n, cap;
} hpaths_t;

/* What one page is made from; everything borrowed but paths and data. */
typedef struct hctx_s {
    const query_t *q;
    const query_args_t *a;
    buf_t *out;
    err_t *e;
    int prices_on;  /* the prices read model holds bars */
    hpaths_t paths; /* owned: every company's reactions, for the CAAR */
    json_t *data;   /* owned: the page's JSON island */
    int crit_df;    /* the df of crit */
    double crit;    /* two-sided 95% Student t quantile for crit_df */
} hctx_t;

/* Marker colours by event type (index = event_type_t), shared with the legend. */
static const char *const html_colors[] = {
    "#888888", "#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a",
    "#d62728", "#ff9896", "#9467bd", "#c5b0d5", "#8c564b", "#c49c94", "#e377c2",
    "#f7b6d2", "#7f7f7f", "#bcbd22", "#dbdb8d", "#17becf", "#9edae5", "#393b79",
    "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354"};

static const char *html_color(event_type_t t)
{
    size_t n = sizeof html_colors / sizeof *html_colors;
    return html_colors[(size_t)t < n ? (size_t)t : 0];
}

/* --- formatting ---------------------------------------------------------------- */

void report_html_escape(buf_t *out, const char *s)
{
    const char *run = s;

    if (!s) return;
    for (; *s; s++) {
        const char *rep = NULL;
        switch (*s) {
        case '&':
            rep = "&amp;";
            break;
        case '<':
            rep = "&lt;";
            break;
        case '>':
            rep = "&gt;";
            break;
        case '"':
            rep = "&quot;";
            break;
        case '\'':
            rep = "&#39;";
            break;
        default:
            continue;
        }
        buf_append(out, run, (size_t)(s - run));
        buf_puts(out, rep);
        run = s + 1;
    }
    buf_puts(out, run);
}

void report_fmt_pct(double pct, char out[32])
{
    if (isnan(pct) || isinf(pct)) {
        snprintf(out, 32, "\xe2\x80\x93"); /* an en dash: no figure */
        return;
    }
    if (fabs(pct) < 0.005) pct = 0.0; /* no "-0.00%" */
    snprintf(out, 32, "%s%.2f%%", pct > 0 ? "+" : "", pct);
}

/* Writes v (>= 0, < 1e15) with thousands separators into out (caller storage). */
static void html_grouped(double v, char out[32])
{
    char raw[32];
    size_t n, j = 0, lead;

    snprintf(raw, sizeof raw, "%.0f", v);
    n = strlen(raw);
    lead = n % 3 ? n % 3 : 3;
    for (size_t i = 0; i < n && j < 30; i++) {
        if (i && i >= lead && (i - lead) % 3 == 0) out[j++] = ',';
        out[j++] = raw[i];
    }
    out[j] = '\0';
}

void report_fmt_amount(double v, const char *currency, char out[48])
{
    static const struct {
        double scale;
        const char *unit;
    } units[] = {{1e12, "tn"}, {1e9, "bn"}, {1e6, "m"}};
    const char *sign = v < 0 ? "-" : "";
    double a = fabs(v);
    char num[32];

    if (isnan(v) || isinf(v)) {
        snprintf(out, 48, "\xe2\x80\x93");
        return;
    }
    for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
        if (a >= units[i].scale && a < 1e15) {
            double x = a / units[i].scale;
            /* 1.2 bn, 12.5 bn, 350 m: three significant digits at most */
            snprintf(num, sizeof num, x < 10 ? "%.2g" : x < 100 ? "%.3g" : "%.0f", x);
            if (x < 10 && strchr(num, 'e') == NULL && fabs(x - atof(num)) > 0.005 * x)
                snprintf(num, sizeof num, "%.1f", x);
            snprintf(out, 48, "%s%s %s%s%s", sign, num, units[i].unit, currency ? " " : "",
                     currency ? currency : "");
            return;
        }
    }
    if (a >= 1e15) {
        snprintf(out, 48, "%s%.3g%s%s", sign, a, currency ? " " : "", currency ? currency : "");
        return;
    }
    if (a == floor(a))
        html_grouped(a, num);
    else
        snprintf(num, sizeof num, "%.2f", a);
    snprintf(out, 48, "%s%s%s%s", sign, num, currency ? " " : "", currency ? currency : "");
}

/* --- JSON helpers -------------------------------------------------------------- */

static const char *html_str(const json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : NULL;
}

/* Returns the number at key (NAN when absent or null). */
static double html_num(const json_t *o, const char *key)
{
    const json_t *v = json_object_get(o, key);
    return json_is_number(v) ? json_number_value(v) : NAN;
}

static void html_pct_cell(buf_t *out, double pct)
{
    char s[32];

    report_fmt_pct(pct, s);
    /* Cells of the long tables are written lean (no end tag, one unquoted
     * class): 10,000 rows are read faster. */
    buf_printf(out, "<td class=%s>%s",
               isnan(pct) ? "num"
               : pct > 0  ? "up"
               : pct < 0  ? "down"
                          : "num",
               s);
}

static void html_text_cell(buf_t *out, const char *s)
{
    buf_puts(out, "<td>");
    report_html_escape(out, s ? s : "");
}

/* A long table (more than REPORT_HTML_OPEN_ROWS rows) is written as tables of
 * REPORT_HTML_CHUNK_ROWS rows, each in a <div class="rows"> the browser lays
 * out only near the screen (content-visibility), with the same head and fixed
 * column widths: opening a timeline of 10,000 events takes a tenth of a
 * second instead of two, and it reads the same with scripts off. */
#define REPORT_HTML_CHUNK_ROWS 500

/* Before row i of a table of n rows of class cls (static) and head thead
 * (static: "<tr><th>..."): opens the table, or the next chunk of a long one. */
static void html_rows_at(buf_t *out, size_t i, size_t n, const char *cls, const char *thead)
{
    int long_table = n > REPORT_HTML_OPEN_ROWS;

    if (i && (!long_table || i % REPORT_HTML_CHUNK_ROWS)) return;
    if (i) buf_puts(out, "</tbody></table></div>");
    buf_printf(out, "%s<table class=\"%s%s\"><thead>%s</thead><tbody>",
               long_table ? "<div class=\"rows\">" : "", cls, long_table ? " long" : "", thead);
}

/* After the n rows of a table opened by html_rows_at(). */
static void html_rows_end(buf_t *out, size_t n)
{
    buf_puts(out, n > REPORT_HTML_OPEN_ROWS ? "</tbody></table></div>" : "</tbody></table>");
}

/* A figure for people from an event's data (borrowed): "+1.5%", "1.2 bn USD", ... */
static void html_figure(buf_t *out, const json_t *data)
{
    const char *cur = html_str(data, "currency");
    const char *key;
    const json_t *v;
    int n = 0;
    char s[48];

    json_object_foreach((json_t *)data, key, v)
    {
        if (strcmp(key, "currency") == 0 || strcmp(key, "context") == 0) continue;
        if (n) buf_puts(out, ", ");
        if (json_is_number(v) && strstr(key, "percent")) {
            report_fmt_pct(json_number_value(v), s);
            if (strcmp(key, "percent") != 0) {
                report_html_escape(out, key);
                buf_putc(out, ' ');
            }
            buf_puts(out, s);
        } else if (json_is_number(v) &&
                   (strcmp(key, "amount") == 0 || strncmp(key, "amount_", 7) == 0 ||
                    strcmp(key, "price_target") == 0 || strcmp(key, "low") == 0 ||
                    strcmp(key, "high") == 0)) {
            report_fmt_amount(json_number_value(v), cur, s);
            if (strcmp(key, "amount") != 0) {
                report_html_escape(out, key);
                buf_putc(out, ' ');
            }
            buf_puts(out, s);
        } else if (json_is_number(v)) {
            report_html_escape(out, key);
            buf_printf(out, " %g", json_number_value(v));
        } else if (json_is_string(v)) {
            report_html_escape(out, json_string_value(v));
        } else if (json_is_boolean(v)) {
            if (json_is_true(v)) report_html_escape(out, key);
        } else if (json_is_array(v)) {
            size_t i;
            const json_t *m;
            json_array_foreach(v, i, m)
            {
                const char *metric = html_str(m, "metric");
                double val = html_num(m, "value"), ch = html_num(m, "change_percent");
                if (i) buf_puts(out, "; ");
                report_html_escape(out, metric ? metric : "?");
                if (!isnan(val)) {
                    report_fmt_amount(val, html_str(m, "currency"), s);
                    buf_printf(out, " %s", s);
                }
                if (!isnan(ch)) {
                    report_fmt_pct(ch, s);
                    buf_printf(out, " (%s)", s);
                }
            }
        }
        n++;
    }
}

/* The other companies of an event (borrowed envelope), without company id. */
static void html_with(buf_t *out, const json_t *env, const char *id)
{
    size_t i, n = 0;
    const json_t *c;

    json_array_foreach(json_object_get(env, "companies"), i, c)
    {
        const char *cid = html_str(c, "id"), *role = html_str(c, "role");
        if (!cid || strcmp(cid, id) == 0) continue;
        if (n++) buf_puts(out, ", ");
        report_html_escape(out, cid);
        if (role) {
            buf_puts(out, " (");
            report_html_escape(out, role);
            buf_putc(out, ')');
        }
    }
}

/* --- measuring the event-window paths ------------------------------------------ */

/* The two-sided 95% quantile of Student's t with df degrees of freedom, by bisection. */
static double html_tcrit(hctx_t *h, int df)
{
    double lo = 0.0, hi = 1000.0;

    if (df < 1) return NAN;
    if (df == h->crit_df) return h->crit;
    for (int i = 0; i < 80; i++) {
        double mid = (lo + hi) / 2;
        if (study_t_pvalue(mid, df) > 0.05)
            lo = mid;
        else
            hi = mid;
    }
    h->crit_df = df;
    h->crit = hi;
    return hi;
}

/* Measures the reaction of day (a day number) on rt (borrowed) into p: the AR of
 * each day -10..+10 and the CAR from day -10, each with its standard deviation. */
static void html_path_measure(const study_returns_t *rt, long day, hpath_t *p)
{
    study_opts_t o;
    study_result_t res;

    p->ok = 0;
    study_opts_default(&o);
    /* Batches of at most STUDY_MAX_WINDOWS windows: single days, then -10..tau. */
    for (int cum = 0; cum < 2; cum++) {
        for (int k0 = 0; k0 < REPORT_HTML_SPAN; k0 += STUDY_MAX_WINDOWS) {
            o.nwin = 0;
            for (int k = k0; k < REPORT_HTML_SPAN && o.nwin < STUDY_MAX_WINDOWS; k++) {
                int tau = REPORT_HTML_FROM + k;
                o.win[o.nwin].from = cum ? REPORT_HTML_FROM : tau;
                o.win[o.nwin].to = tau;
                o.nwin++;
            }
            study_event(rt, day, &o, &res);
            if (res.skip != STUDY_OK) return;
            for (size_t w = 0; w < o.nwin; w++) {
                double *v = cum ? p->car : p->ar, *sd = cum ? p->car_sd : p->ar_sd;
                v[k0 + (int)w] = res.car[w].car;
                sd[k0 + (int)w] = res.car[w].sd;
            }
        }
    }
    p->day0 = res.day0;
    p->df = res.car[0].df;
    p->ok = 1;
}

static hpath_t *html_path_push(hpaths_t *ps)
{
    if (ps->n == ps->cap) {
        size_t cap = ps->cap ? ps->cap * 2 : 64;
        hpath_t *items = mem_realloc(ps->items, cap * sizeof *items);
        if (!items) return NULL;
        ps->items = items;
        ps->cap = cap;
    }
    memset(&ps->items[ps->n], 0, sizeof *ps->items);
    return &ps->items[ps->n++];
}

/* Index of the first day >= d in days[0..n) (n when none). */
static size_t html_lower_bound(const long *days, size_t n, long d)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (days[mid] < d)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Returns v (a fraction) in percent units as a JSON real, or null. */
static json_t *html_jpct(double v)
{
    /* To 1e-4 of a percent: the chart shows two decimals, and short numbers
     * keep the page small (10,000 events carry hundreds of paths). */
    return isnan(v) || isinf(v) ? json_null() : json_real(round(v * 1e6) / 1e4);
}

/* The JSON of path p (borrowed): its day 0, event count and types, the AR of
 * each day and the CAR from day -10 with its 95% band (the markers name their
 * path: "p"). */
static json_t *html_path_json(hctx_t *h, const hpath_t *p)
{
    json_t *ar = json_array(), *car = json_array(), *carlo = json_array(), *carhi = json_array(),
           *types = json_array();
    double c = html_tcrit(h, p->df);
    char d0[11];

    date_format_iso(p->day0, d0);
    for (int k = 0; k < REPORT_HTML_SPAN; k++) {
        json_array_append_new(ar, html_jpct(p->ar[k]));
        json_array_append_new(car, html_jpct(p->car[k]));
        json_array_append_new(carlo, html_jpct(p->car[k] - c * p->car_sd[k]));
        json_array_append_new(carhi, html_jpct(p->car[k] + c * p->car_sd[k]));
    }
    for (int t = 1; t < EVENT_TYPE_COUNT; t++)
        if (p->types & (1u << t)) json_array_append_new(types, json_string(event_type_name(t)));
    return json_pack("{s:s, s:I, s:o, s:o, s:o, s:o, s:o, s:i}", "day0", d0, "n",
                     (json_int_t)p->nevents, "types", types, "ar", ar, "car", car, "car_lo", carlo,
                     "car_hi", carhi, "df", p->df);
}

/* --- one company ---------------------------------------------------------------- */

/* Per timeline event: its chart day (-1: not on the chart) and its reaction. */
typedef struct hevent_s {
    long chart_day;
    long day;  /* its date, -1 undated */
    long path; /* index into h->paths, -1 none */
} hevent_t;

static void html_summary(buf_t *out, const json_t *s)
{
    const json_t *g = json_object_get(s, "max_gain"), *d = json_object_get(s, "max_drop");
    char a[32], b[32];
    const char *key;
    const json_t *v;
    size_t i;
    const json_t *m;

    buf_puts(out, "<h3>Summary</h3><table class=\"kv\"><tbody>");
    buf_printf(out, "<tr><th>events</th><td class=\"num\">%lld</td></tr>",
               (long long)json_integer_value(json_object_get(s, "events")));
    buf_printf(
        out,
        "<tr><th>share moves reported</th><td class=\"num\">%lld (%lld up, %lld down)</td></tr>",
        (long long)json_integer_value(json_object_get(s, "count")),
        (long long)json_integer_value(json_object_get(s, "up")),
        (long long)json_integer_value(json_object_get(s, "down")));
    report_fmt_pct(html_num(s, "cumulative_pct"), a);
    report_fmt_pct(html_num(s, "mean_pct"), b);
    buf_printf(out, "<tr><th>cumulative / mean move</th><td class=\"num\">%s / %s</td></tr>", a, b);
    if (json_is_object(g)) {
        report_fmt_pct(html_num(g, "pct"), a);
        buf_printf(out, "<tr><th>largest gain</th><td class=\"num\">%s on ", a);
        report_html_escape(out, html_str(g, "date") ? html_str(g, "date") : "an unknown day");
        buf_puts(out, "</td></tr>");
    }
    if (json_is_object(d)) {
        report_fmt_pct(html_num(d, "pct"), a);
        buf_printf(out, "<tr><th>largest drop</th><td class=\"num\">%s on ", a);
        report_html_escape(out, html_str(d, "date") ? html_str(d, "date") : "an unknown day");
        buf_puts(out, "</td></tr>");
    }
    buf_puts(out, "<tr><th>first / last event</th><td>");
    report_html_escape(out, html_str(s, "first_date") ? html_str(s, "first_date") : "undated");
    buf_puts(out, " / ");
    report_html_escape(out, html_str(s, "last_date") ? html_str(s, "last_date") : "undated");
    buf_puts(out, "</td></tr><tr><th>events by type</th><td>");
    i = 0;
    json_object_foreach((json_t *)json_object_get(s, "event_counts"), key, v)
    {
        buf_printf(out, "%s<i class=\"sw t%d\"></i>", i++ ? ", " : "",
                   (int)event_type_from_name(key));
        report_html_escape(out, key);
        buf_printf(out, " %lld", (long long)json_integer_value(v));
    }
    buf_puts(out, "</td></tr></tbody></table>");

    if (json_array_size(json_object_get(s, "metrics"))) {
        buf_puts(out,
                 "<table><caption>Metrics (latest change)</caption><thead><tr><th>metric</th>"
                 "<th>region</th><th>change</th><th>date</th><th>changes</th></tr></thead><tbody>");
        json_array_foreach(json_object_get(s, "metrics"), i, m)
        {
            const json_t *l = json_object_get(m, "latest");
            buf_puts(out, "<tr>");
            html_text_cell(out, html_str(m, "metric"));
            html_text_cell(out, html_str(m, "region"));
            html_pct_cell(out, html_num(l, "pct"));
            html_text_cell(out, html_str(l, "date") ? html_str(l, "date") : "undated");
            buf_printf(out, "<td class=\"num\">%zu</td></tr>",
                       json_array_size(json_object_get(m, "changes")));
        }
        buf_puts(out, "</tbody></table>");
    }
    if (json_array_size(json_object_get(s, "earnings"))) {
        buf_puts(out, "<table><caption>Earnings</caption><thead><tr><th>date</th><th>period</th>"
                      "<th>versus expectations</th><th>figures</th></tr></thead><tbody>");
        json_array_foreach(json_object_get(s, "earnings"), i, m)
        {
            size_t k;
            const json_t *x;
            buf_puts(out, "<tr>");
            html_text_cell(out, html_str(m, "date") ? html_str(m, "date") : "undated");
            html_text_cell(out, html_str(m, "period"));
            html_text_cell(out, html_str(m, "versus_expectations"));
            buf_puts(out, "<td>");
            json_array_foreach(json_object_get(m, "metrics"), k, x)
            {
                double val = html_num(x, "value"), ch = html_num(x, "change_percent");
                if (k) buf_puts(out, "; ");
                report_html_escape(out, html_str(x, "metric"));
                if (!isnan(val)) {
                    char amt[48];
                    report_fmt_amount(val, html_str(x, "currency"), amt);
                    buf_printf(out, " %s", amt);
                }
                if (!isnan(ch)) {
                    report_fmt_pct(ch, a);
                    buf_printf(out, " (%s)", a);
                }
            }
            buf_puts(out, "</td></tr>");
        }
        buf_puts(out, "</tbody></table>");
    }
    if (json_array_size(json_object_get(s, "dividends"))) {
        buf_puts(out, "<table><caption>Dividends</caption><thead><tr><th>date</th><th>action</th>"
                      "<th>per share</th><th>change</th></tr></thead><tbody>");
        json_array_foreach(json_object_get(s, "dividends"), i, m)
        {
            char amt[48];
            buf_puts(out, "<tr>");
            html_text_cell(out, html_str(m, "date") ? html_str(m, "date") : "undated");
            html_text_cell(out, html_str(m, "action"));
            report_fmt_amount(html_num(m, "amount_per_share"), html_str(m, "currency"), amt);
            buf_printf(out, "<td class=\"num\">%s</td>", amt);
            html_pct_cell(out, html_num(m, "change_percent"));
            buf_puts(out, "</tr>");
        }
        buf_puts(out, "</tbody></table>");
    }
}

static void html_rvm(buf_t *out, const json_t *r)
{
    size_t i;
    const json_t *m;
    char a[32];

    if (!json_is_object(r)) return;
    report_fmt_pct(html_num(r, "mean_abs_difference_pct"), a);
    buf_printf(
        out,
        "<h3>Reported versus measured</h3><p>%lld of %lld share moves compared with the tape "
        "(return of day 0 of the adjusted close; abnormal against ",
        (long long)json_integer_value(json_object_get(r, "compared")),
        (long long)json_integer_value(json_object_get(r, "share_moves")));
    report_html_escape(out, html_str(r, "benchmark"));
    buf_printf(out, "); mean |difference| %s.</p>", a[0] == '+' ? a + 1 : a);
    if (!json_array_size(json_object_get(r, "moves"))) return;
    if (json_array_size(json_object_get(r, "moves")) > REPORT_HTML_OPEN_ROWS)
        buf_printf(out, "<details class=\"long\"><summary>Every share move (%zu)</summary>",
                   json_array_size(json_object_get(r, "moves")));
    json_array_foreach(json_object_get(r, "moves"), i, m)
    {
        html_rows_at(out, i, json_array_size(json_object_get(r, "moves")), "rvm",
                     "<tr><th>date</th><th>the news said</th><th>the tape said</th>"
                     "<th>benchmark</th><th>abnormal</th><th>difference</th><th>note</th></tr>");
        buf_puts(out, "<tr>");
        html_text_cell(out, html_str(m, "date") ? html_str(m, "date") : "undated");
        html_pct_cell(out, html_num(m, "reported_pct"));
        html_pct_cell(out, html_num(m, "measured_pct"));
        html_pct_cell(out, html_num(m, "benchmark_pct"));
        html_pct_cell(out, html_num(m, "abnormal_pct"));
        html_pct_cell(out, html_num(m, "difference_pct"));
        html_text_cell(out, html_str(m, "reason"));
    }
    html_rows_end(out, json_array_size(json_object_get(r, "moves")));
    if (json_array_size(json_object_get(r, "moves")) > REPORT_HTML_OPEN_ROWS)
        buf_puts(out, "</details>");
}

/* Returns how the reaction windows of unit (borrowed, "trading_days",
 * "calendar_days" or "mixed"; NULL as calendar) count, for people: "trading ",
 * "calendar " or "" (static). */
static const char *html_unit(const char *unit)
{
    if (unit && strcmp(unit, "trading_days") == 0) return "trading ";
    if (unit && strcmp(unit, "mixed") == 0) return "";
    return "calendar ";
}

/* Rows of one day with the same figures in every cell, kept while that day's
 * reactions are read (at most HTML_SAME_ROWS distinct ones at once). */
#define HTML_SAME_ROWS 16
typedef struct hsame_s {
    char date[16];
    buf_t cells[HTML_SAME_ROWS]; /* the row's cells after the date */
    size_t count[HTML_SAME_ROWS];
    size_t n;
} hsame_t;

/* Writes the rows held in g (borrowed) to out (borrowed), each with its count, and empties g. */
static void html_same_flush(buf_t *out, hsame_t *g)
{
    for (size_t k = 0; k < g->n; k++) {
        buf_puts(out, "<tr>");
        html_text_cell(out, g->date);
        buf_append(out, g->cells[k].data ? g->cells[k].data : "", g->cells[k].len);
        if (g->cells[k].oom) out->oom = 1;
        buf_printf(out, "<td class=num>%zu", g->count[k]);
        buf_reset(&g->cells[k]);
    }
    g->n = 0;
}

static void html_reactions(buf_t *out, const json_t *rx, int days, const char *unit)
{
    size_t i;
    const json_t *r;
    hsame_t g = {0};
    buf_t row;

    if (!json_array_size(rx)) return;
    /* Events of one type on one day with the same figures (several articles
     * on one piece of news) are one row with their count: 10,000 events give
     * hundreds of rows, not thousands, and nothing is lost. */
    buf_printf(out,
               "<details><summary>Reactions (%zu): share moves reported within %d %sday%s after "
               "each event</summary><table><thead><tr><th>date</th><th>type</th><th>with</th>"
               "<th>reported reaction</th><th>moves</th><th>measured CAR[−1,+1]</th><th>t</th>"
               "<th>events</th></tr></thead><tbody>",
               json_array_size(rx), days, html_unit(unit), days == 1 ? "" : "s");
    buf_init(&row);
    for (size_t k = 0; k < HTML_SAME_ROWS; k++) buf_init(&g.cells[k]);
    json_array_foreach(rx, i, r)
    {
        const json_t *m = json_object_get(r, "measured");
        const char *date = html_str(r, "date") ? html_str(r, "date") : "";
        size_t k;
        const json_t *w;
        double t = html_num(m, "t");
        buf_reset(&row);
        html_text_cell(&row, html_str(r, "type"));
        buf_puts(&row, "<td>");
        json_array_foreach(json_object_get(r, "with"), k, w)
        {
            if (k) buf_puts(&row, ", ");
            report_html_escape(&row, json_string_value(w));
        }
        html_pct_cell(&row, html_num(r, "reaction_pct"));
        buf_printf(&row, "<td class=num>%lld",
                   (long long)json_integer_value(json_object_get(r, "moves")));
        html_pct_cell(&row, html_num(m, "car_pct"));
        if (isnan(t))
            html_text_cell(&row, html_str(m, "skipped"));
        else
            buf_printf(&row, "<td class=num>%.2f", t);
        if (row.oom) out->oom = 1;
        if (strcmp(date, g.date) != 0) {
            html_same_flush(out, &g);
            snprintf(g.date, sizeof g.date, "%s", date);
        }
        for (k = 0; k < g.n; k++)
            if (g.cells[k].len == row.len && memcmp(g.cells[k].data, row.data, row.len) == 0) break;
        if (k < g.n) {
            g.count[k]++;
            continue;
        }
        if (g.n == HTML_SAME_ROWS) html_same_flush(out, &g);
        buf_append(&g.cells[g.n], row.data ? row.data : "", row.len);
        g.count[g.n++] = 1;
    }
    html_same_flush(out, &g);
    for (size_t k = 0; k < HTML_SAME_ROWS; k++) buf_release(&g.cells[k]);
    buf_release(&row);
    buf_puts(out, "</tbody></table></details>");
}

#define HTML_TIMELINE_HEAD                                                                       \
    "<tr><th>date</th><th>type</th><th>figure</th><th>with</th><th>sentence</th><th>source</th>" \
    "<th>the tape: R(0)</th><th>CAR[−1,+1]</th><th>note</th></tr>"

/* Renders the section of company entry c (borrowed) as index ci; adds its chart data to h->data. */
static int html_company(hctx_t *h, const json_t *c, size_t ci)
{
    buf_t *out = h->out;
    const json_t *co = json_object_get(c, "company"), *tl = json_object_get(c, "timeline"), *env;
    const char *id = html_str(co, "id"), *name = html_str(co, "name");
    char symbol[PRICES_SYMBOL_MAX] = "", d0[11];
    long *days = NULL;
    double *px = NULL;
    size_t npx = 0, nev = json_array_size(tl), dated = 0, charted = 0, path0 = h->paths.n, i;
    hevent_t *evs = NULL;
    study_returns_t rt;
    int bench_missing = 0, rc = 0;
    json_t *cj = NULL, *markers = NULL, *paths = NULL;
    err_t ie = {0};

    study_returns_init(&rt);
    if (!id) return 0;
    if (!(evs = mem_calloc(nev ? nev : 1, sizeof *evs))) goto nomem;
    if (h->prices_on && h->q->prices) {
        if ((rc = query_company_symbol(h->q, h->a, id, symbol, &ie))) {
            *h->e = ie;
            goto done;
        }
        if (symbol[0]) {
            if ((rc = pricestore_load(h->q->prices, symbol, &days, &px, &npx, h->e))) goto done;
            if ((rc = pricestore_returns(h->q->prices, symbol, query_benchmark(h->a), &rt,
                                         &bench_missing, h->e)))
                goto done;
        }
    }
    /* Chart days, markers and shared reactions (the timeline is in date order). */
    int group = json_array_size(tl) > HTML_MARKERS_APART;
    if (!(markers = json_array()) || !(paths = json_array())) goto nomem;
    {
        hpath_t *last = NULL;
        json_array_foreach(tl, i, env)
        {
            const char *on = html_str(env, "occurred_on");
            event_type_t ty = event_type_from_name(html_str(env, "type"));
            json_t *mk = NULL; /* the event's marker (borrowed from markers) */
            long d = -1;
            evs[i].chart_day = -1;
            evs[i].path = -1;
            if (on && date_parse_iso(on, &d) == 0)
                dated++;
            else
                d = -1;
            evs[i].day = d;
            if (d < 0) continue;
            if (npx && d >= days[0] && d <= days[npx - 1]) {
                size_t k = html_lower_bound(days, npx, d);
                const json_t *data = json_object_get(env, "data");
                double pct = html_num(data, "percent");
                int up = ty == EVENT_SHARE_MOVE && !isnan(pct) ? (pct < 0 ? -1 : 1) : 0;
                evs[i].chart_day = days[k];
                charted++;
                /* On a long timeline, events of one type and direction on one
                 * session would be the same glyph stacked n times: one marker with
                 * their count "n" (a short one keeps a marker per event). The
                 * timeline is in date order, so the session's markers are the
                 * last ones. */
                for (size_t g = json_array_size(markers); group && g-- > 0;) {
                    json_t *m = json_array_get(markers, g);
                    if (json_integer_value(json_object_get(m, "t")) != days[k]) break;
                    if (json_integer_value(json_object_get(m, "y")) == (int)ty &&
                        json_integer_value(json_object_get(m, "u")) == up) {
                        mk = m;
                        break;
                    }
                }
                if (mk) {
                    json_t *n = json_object_get(mk, "n");
                    if (json_object_set_new(mk, "n",
                                            json_integer(n ? json_integer_value(n) + 1 : 2)))
                        goto nomem;
                } else {
                    mk = json_pack("{s:I, s:I, s:i, s:i}", "s",
                                   (json_int_t)json_integer_value(json_object_get(env, "seq")), "t",
                                   (json_int_t)days[k], "y", (int)ty, "u", up);
                    if (json_array_append_new(markers, mk)) goto nomem;
                }
            }
            if (rt.n) {
                size_t k = html_lower_bound(rt.day, rt.n, d);
                long key = k < rt.n ? rt.day[k] : -1;
                if (key < 0) continue;
                if (!last || last->day0 != key) {
                    if (last && last->ok && json_array_append_new(paths, html_path_json(h, last)))
                        goto nomem;
                    if (!(last = html_path_push(&h->paths))) goto nomem;
                    html_path_measure(&rt, d, last);
                    last->day0 = key; /* the session d rolls to, measured or not */
                }
                last->nevents++;
                if (ty > EVENT_NONE && ty < EVENT_TYPE_COUNT) last->types |= 1u << ty;
                evs[i].path = (long)(last - h->paths.items);
                /* The marker names its reaction: the index this path takes
                 * among the company's measured ones (one session, one path). */
                if (mk && last->ok && !json_object_get(mk, "p") &&
                    json_object_set_new(mk, "p", json_integer((json_int_t)json_array_size(paths))))
                    goto nomem;
            }
        }
        if (last && last->ok && json_array_append_new(paths, html_path_json(h, last))) goto nomem;
    }

    /* The section. */
    buf_printf(out, "<section class=\"company\" id=\"c-%zu\" data-company=\"", ci);
    report_html_escape(out, id);
    buf_puts(out, "\"><h2>");
    report_html_escape(out, name ? name : id);
    if (name && strcmp(name, id) != 0) {
        buf_puts(out, " <small>");
        report_html_escape(out, id);
        buf_puts(out, "</small>");
    }
    buf_puts(out, "</h2>");
    if (npx) {
        char f[11], l[11];
        date_format_iso(days[0], f);
        date_format_iso(days[npx - 1], l);
        buf_puts(out, "<p class=\"note\">Adjusted close of ");
        report_html_escape(out, symbol);
        buf_printf(out, " (%zu sessions, %s to %s) with its %zu dated event%s as markers%s", npx, f,
                   l, charted, charted == 1 ? "" : "s",
                   group ? " (events of one type on one session share a marker that counts them)"
                         : "");
        if (dated > charted)
            buf_printf(out, "; %zu dated event%s outside the price history %s only in the table",
                       dated - charted, dated - charted == 1 ? "" : "s",
                       dated - charted == 1 ? "is" : "are");
        buf_puts(out, ". Point at a marker for its sentence, click it to keep it.</p>");
        buf_printf(out,
                   "<div class=\"chart price\" id=\"price-%zu\" data-company-index=\"%zu\"></div>"
                   "<div class=\"tip\" id=\"tip-%zu\" aria-live=\"polite\"></div>"
                   "<script>seismo.price(%zu)</script>",
                   ci, ci, ci, ci);
    } else {
        buf_puts(out, "<p class=\"note noprices\">No prices loaded for ");
        report_html_escape(out, id);
        buf_puts(out, h->prices_on
                          ? " (seismo prices import): no chart, the events are in the table."
                          : ": no prices are loaded (seismo prices import), so there is no "
                            "chart; the events are in the table.");
        buf_puts(out, "</p>");
    }
    /* The event-window chart right under the price chart: both draw before
     * the tables below are read. */
    if (json_array_size(paths))
        buf_printf(
            out,
            "<h3>Abnormal return and CAR, day −10 to +10</h3><p class=\"note\">Market model "
            "against %s, estimation −250 to −11; the band is the 95%% interval of the CAR "
            "under no effect. Events of one day share one reaction.</p>"
            "<label class=\"pick\">reaction of <select id=\"pick-%zu\"></select></label>"
            "<div class=\"chart path\" id=\"path-%zu\"></div><script>seismo.path(%zu)</script>",
            query_benchmark(h->a), ci, ci, ci);
    html_summary(out, json_object_get(c, "summary"));
    html_rvm(out, json_object_get(json_object_get(c, "summary"), "reported_vs_measured"));

    /* Event windows. */
    if (json_array_size(paths)) {
        size_t k;
        const json_t *p;
        buf_puts(out, "<h3>Measured reactions</h3><table class=\"paths\"><thead><tr><th>day "
                      "0</th><th>events</th><th>types</th>"
                      "<th>AR(0)</th><th>CAR[−1,+1]</th><th>CAR[−10,+10]</th><th>95% band of "
                      "CAR[−10,+10]</th></tr></thead><tbody>");
        json_array_foreach(paths, k, p)
        {
            const json_t *car = json_object_get(p, "car"), *ar = json_object_get(p, "ar");
            double c0 = json_number_value(json_array_get(car, 11)) -
                        json_number_value(json_array_get(car, 8));
            size_t t;
            const json_t *ty;
            char lo[32], hi[32];
            buf_puts(out, "<tr>");
            html_text_cell(out, html_str(p, "day0"));
            buf_printf(out, "<td class=\"num\">%zu</td><td>",
                       (size_t)json_integer_value(json_object_get(p, "n")));
            json_array_foreach(json_object_get(p, "types"), t, ty)
            {
                if (t) buf_puts(out, ", ");
                report_html_escape(out, json_string_value(ty));
            }
            buf_puts(out, "</td>");
            html_pct_cell(out, json_number_value(json_array_get(ar, 10)));
            html_pct_cell(out, c0);
            html_pct_cell(out, json_number_value(json_array_get(car, REPORT_HTML_SPAN - 1)));
            report_fmt_pct(json_number_value(
                               json_array_get(json_object_get(p, "car_lo"), REPORT_HTML_SPAN - 1)),
                           lo);
            report_fmt_pct(json_number_value(
                               json_array_get(json_object_get(p, "car_hi"), REPORT_HTML_SPAN - 1)),
                           hi);
            buf_printf(out, "<td class=\"num\">%s to %s</td></tr>", lo, hi);
        }
        buf_puts(out, "</tbody></table>");
    } else if (npx && bench_missing) {
        buf_printf(out, "<p class=\"note\">No bars of the benchmark %s: no abnormal returns.</p>",
                   query_benchmark(h->a));
    }

    /* The timeline. */
    /* A long timeline comes folded: a closed <details> is parsed but not laid
     * out, so that the charts of 10,000 events draw at once; it opens with a
     * click, scripts or not. */
    if (nev > REPORT_HTML_OPEN_ROWS)
        buf_printf(out,
                   "<details class=\"long\"><summary>Timeline: %zu events (open to read "
                   "them)</summary>",
                   nev);
    else
        buf_puts(out, "<h3>Timeline</h3>");
    buf_puts(out,
             "<p class=\"note\">R(0) is the return of the adjusted close on day 0 (the event's "
             "session, or the next); events of this company with the same day 0 share one "
             "measured reaction (\"one reaction with N others\").</p>");
    json_array_foreach(tl, i, env)
    {
        const json_t *src = json_object_get(env, "source"), *m = json_object_get(env, "measured");
        const char *type = html_str(env, "type");
        long long seq = (long long)json_integer_value(json_object_get(env, "seq"));
        event_type_t ty = event_type_from_name(type);
        html_rows_at(out, i, nev, "timeline", HTML_TIMELINE_HEAD);
        buf_printf(out, "<tr id=e%zu-%lld>", ci, seq);
        html_text_cell(out,
                       html_str(env, "occurred_on") ? html_str(env, "occurred_on") : "undated");
        buf_printf(out, "<td class=\"k k%d\">", (int)ty); /* its swatch: ::before */
        report_html_escape(out, type);
        buf_puts(out, "<td>");
        html_figure(out, json_object_get(env, "data"));
        buf_puts(out, "<td>");
        html_with(out, env, id);
        html_text_cell(out, html_str(src, "sentence"));
        buf_puts(out, "<td>");
        report_html_escape(out, html_str(src, "name") ? html_str(src, "name") : "");
        if (html_str(src, "title")) {
            buf_puts(out, "<br><small>");
            report_html_escape(out, html_str(src, "title"));
            buf_puts(out, "</small>");
        }
        html_pct_cell(out, html_num(m, "return0_pct"));
        html_pct_cell(out, html_num(m, "car_pct"));
        buf_puts(out, "<td>");
        if (evs[i].path >= 0 && h->paths.items[evs[i].path].nevents > 1) {
            size_t n = h->paths.items[evs[i].path].nevents - 1;
            date_format_iso(h->paths.items[evs[i].path].day0, d0);
            buf_printf(out, "<mark>one reaction with %zu other%s</mark> ", n, n == 1 ? "" : "s");
        }
        report_html_escape(out, html_str(m, "skipped"));
    }
    if (!nev) {
        html_rows_at(out, 0, 0, "timeline", HTML_TIMELINE_HEAD);
        buf_puts(out, "<tr><td colspan=\"9\">no events in the window</td></tr>");
    }
    html_rows_end(out, nev);
    if (nev > REPORT_HTML_OPEN_ROWS) buf_puts(out, "</details>");
    html_reactions(out, json_object_get(c, "reactions"),
                   (int)json_integer_value(json_object_get(h->data, "reaction_days")),
                   html_str(h->data, "reaction_unit"));
    buf_puts(out, "</section>\n");

    /* Its chart data. */
    {
        json_t *t = json_array(), *v = json_array();
        for (size_t k = 0; t && v && k < npx; k++) {
            json_array_append_new(t, json_integer(days[k]));
            json_array_append_new(v, json_real(px[k]));
        }
        cj = json_pack("{s:s, s:s?, s:s?, s:o, s:o, s:o, s:o}", "id", id, "name", name, "symbol",
                       symbol[0] ? symbol : NULL, "t", t, "v", v, "markers", markers, "paths",
                       paths);
        markers = paths = NULL;
        if (!cj || json_array_append_new(json_object_get(h->data, "companies"), cj)) goto nomem;
    }
    (void)path0;
    goto done;
nomem:
    rc = err_set(h->e, ERR_NOMEM, "out of memory");
done:
    json_decref(markers);
    json_decref(paths);
    mem_free(evs);
    mem_free(days);
    mem_free(px);
    study_returns_release(&rt);
    return rc;
}

/* --- across companies ----------------------------------------------------------- */

static int html_caar(hctx_t *h)
{
    buf_t *out = h->out;
    json_t *arr = json_object_get(h->data, "caar");
    int any = 0;

    for (int t = 1; t < EVENT_TYPE_COUNT; t++) {
        size_t n = 0, npos = 0;
        double sum[REPORT_HTML_SPAN] = {0}, ss[REPORT_HTML_SPAN] = {0}, m11 = 0;
        json_t *caar, *lo, *hi;
        char a[32], b[32], c1[32], c2[32];
        if (t == EVENT_PRICE_IMPORT || t == EVENT_RETRACTION) continue;
        for (size_t i = 0; i < h->paths.n; i++) {
            const hpath_t *p = &h->paths.items[i];
            if (!p->ok || !(p->types & (1u << t))) continue;
            n++;
            for (int k = 0; k < REPORT_HTML_SPAN; k++) sum[k] += p->car[k];
            m11 += p->car[11] - p->car[8];
            if (p->car[REPORT_HTML_SPAN - 1] > 0) npos++;
        }
        if (!n) continue;
        for (size_t i = 0; i < h->paths.n; i++) {
            const hpath_t *p = &h->paths.items[i];
            if (!p->ok || !(p->types & (1u << t))) continue;
            for (int k = 0; k < REPORT_HTML_SPAN; k++) {
                double d = p->car[k] - sum[k] / (double)n;
                ss[k] += d * d;
            }
        }
        if (!any++)
            buf_printf(out,
                       "<section id=\"caar\"><h2>CAAR per event type, across companies</h2><p "
                       "class=\"note\">Mean CAR from day −10 over the reactions of each type, each "
                       "company and day 0 counted once; the band is the 95%% interval of the mean "
                       "(cross-sectional: in the table from two reactions on, on the chart from "
                       "five).</p><div class=\"chart caar\" "
                       "id=\"caar-chart\"></div><table><thead><tr><th>type</th><th>reactions "
                       "(company-days)</th><th>CAAR[−1,+1]</th><th>CAAR[−10,+10]</th><th>95%% "
                       "band</th><th>positive</th></tr></thead><tbody>");
        caar = json_array(), lo = json_array(), hi = json_array();
        {
            double c = n > 1 ? html_tcrit(h, (int)n - 1) : NAN;
            for (int k = 0; k < REPORT_HTML_SPAN; k++) {
                double mean = sum[k] / (double)n,
                       se = n > 1 ? sqrt(ss[k] / (double)(n - 1) / (double)n) : NAN;
                json_array_append_new(caar, html_jpct(mean));
                json_array_append_new(lo, html_jpct(mean - c * se));
                json_array_append_new(hi, html_jpct(mean + c * se));
            }
        }
        if (json_array_append_new(arr, json_pack("{s:s, s:I, s:s, s:o, s:o, s:o}", "type",
                                                 event_type_name(t), "n", (json_int_t)n, "color",
                                                 html_color(t), "caar", caar, "lo", lo, "hi", hi)))
            return err_set(h->e, ERR_NOMEM, "out of memory");
        report_fmt_pct(m11 / (double)n * 100, a);
        report_fmt_pct(sum[REPORT_HTML_SPAN - 1] / (double)n * 100, b);
        {
            json_t *last = json_array_get(arr, json_array_size(arr) - 1);
            report_fmt_pct(json_number_value(
                               json_array_get(json_object_get(last, "lo"), REPORT_HTML_SPAN - 1)),
                           c1);
            report_fmt_pct(json_number_value(
                               json_array_get(json_object_get(last, "hi"), REPORT_HTML_SPAN - 1)),
                           c2);
        }
        {
            char band[80];
            if (n > 1)
                snprintf(band, sizeof band, "%s to %s", c1, c2);
            else
                snprintf(band, sizeof band, "\xe2\x80\x93");
            buf_printf(
                out,
                "<tr><td><i class=\"sw t%d\"></i>%s</td>"
                "<td class=\"num\">%zu</td><td class=\"num\">%s</td><td class=\"num\">%s</td>"
                "<td class=\"num\">%s</td><td class=\"num\">%zu of %zu</td></tr>",
                t, event_type_name(t), n, a, b, band, npos, n);
        }
    }
    if (any) buf_puts(out, "</tbody></table></section>\n");
    return 0;
}

static void html_by_type(buf_t *out, const json_t *rows, int days, const char *unit)
{
    size_t i;
    const json_t *r;

    if (!json_array_size(rows)) return;
    buf_printf(out,
               "<section id=\"by-type\"><h2>Reported reactions per event type</h2><p "
               "class=\"note\">Share moves reported within %d %sday%s after each event, and the "
               "measured CAR[−1,+1] where prices are loaded.</p><table><thead><tr><th>type</th>"
               "<th>events</th><th>with a reported move</th><th>mean</th><th>median</th>"
               "<th>measured</th><th>mean measured CAR</th></tr></thead><tbody>",
               days, html_unit(unit), days == 1 ? "" : "s");
    json_array_foreach(rows, i, r)
    {
        const json_t *ms = json_object_get(r, "measured");
        buf_puts(out, "<tr>");
        html_text_cell(out, html_str(r, "type"));
        buf_printf(out, "<td class=\"num\">%lld</td><td class=\"num\">%lld</td>",
                   (long long)json_integer_value(json_object_get(r, "events")),
                   (long long)json_integer_value(json_object_get(r, "reactions")));
        html_pct_cell(out, html_num(r, "mean_pct"));
        html_pct_cell(out, html_num(r, "median_pct"));
        if (ms)
            buf_printf(out, "<td class=\"num\">%lld</td>", (long long)json_integer_value(ms));
        else
            buf_puts(out, "<td class=\"num\">–</td>");
        html_pct_cell(out, html_num(r, "mean_car_pct"));
        buf_puts(out, "</tr>");
    }
    buf_puts(out, "</tbody></table></section>\n");
}

/* --- the page -------------------------------------------------------------------- */

static const embed_file_t *html_asset(const char *name)
{
    for (const embed_file_t *f = report_assets; f->name; f++)
        if (strcmp(f->name, name) == 0) return f;
    return NULL;
}

/* Appends j (borrowed) as JSON that cannot end a script element: every '<' escaped. */
static int html_json_island(buf_t *out, const json_t *j, err_t *e)
{
    char *s = json_dumps(j, JSON_COMPACT | JSON_REAL_PRECISION(7));
    const char *run;

    if (!s) return err_set(e, ERR_NOMEM, "out of memory");
    run = s;
    for (const char *p = s; *p; p++) {
        if (*p != '<') continue;
        buf_append(out, run, (size_t)(p - run));
        buf_puts(out, "\\u003c");
        run = p + 1;
    }
    buf_puts(out, run);
    free(s);
    return 0;
}

int report_html(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                const report_html_opts_t *o, buf_t *out, err_t *e)
{
    const embed_file_t *lwc = html_asset("lightweight-charts.standalone.production.js"),
                       *js = html_asset("page.js"), *css = html_asset("page.css");
    hctx_t h;
    buf_t body, caar;
    json_t *doc = NULL, *colors = NULL;
    const json_t *c;
    size_t i;
    int rc, any = 0, live = o && o->live;
    const char *since, *until;

    memset(&h, 0, sizeof h);
    buf_init(&body);
    buf_init(&caar);
    h.q = q, h.a = a, h.out = out, h.e = e;
    if (!lwc || !js || !css)
        return err_set(e, ERR_INTERNAL, "the report's browser code is missing");
    if (q->prices && (rc = pricestore_any(q->prices, &any, e))) return rc;
    h.prices_on = any;
    if ((rc = query_report(q, ids, nids, a, &doc, e))) return rc;
    if (!(colors = json_object())) goto nomem;
    for (int t = 1; t < EVENT_TYPE_COUNT; t++)
        json_object_set_new(colors, event_type_name(t), json_string(html_color(t)));
    h.data = json_pack(
        "{s:O, s:O, s:b, s:O, s:O, s:o, s:o, s:o, s:s}", "log", json_object_get(doc, "log"),
        "generated_at", json_object_get(doc, "generated_at"), "live", live, "reaction_days",
        json_object_get(json_object_get(doc, "window"), "reaction_days"), "reaction_unit",
        json_object_get(json_object_get(doc, "window"), "reaction_unit"), "companies", json_array(),
        "caar", json_array(), "colors", colors, "benchmark", query_benchmark(a));
    colors = NULL;
    if (!h.data) goto nomem;
    {
        json_t *types = json_array();
        for (int t = 0; t < EVENT_TYPE_COUNT && types; t++)
            json_array_append_new(types, json_string(t ? event_type_name(t) : ""));
        if (!types || json_object_set_new(h.data, "types", types)) goto nomem;
    }
    since = html_str(json_object_get(doc, "window"), "since");
    until = html_str(json_object_get(doc, "window"), "until");

    buf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    /* Nothing leaves the page; the daemon's page may long-poll its own origin. */
    buf_printf(out,
               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
               "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
               "connect-src %s\">",
               live ? "'self'" : "'none'");
    buf_puts(out, "<title>seismo report");
    json_array_foreach(json_object_get(doc, "companies"), i, c)
    {
        if (i == 6) {
            buf_puts(out, ", …");
            break;
        }
        buf_puts(out, i ? ", " : ": ");
        report_html_escape(out, html_str(json_object_get(c, "company"), "id"));
    }
    buf_puts(out, "</title><style>");
    buf_append(out, css->data, css->len);
    for (int t = 1; t < EVENT_TYPE_COUNT; t++)
        buf_printf(out, ".t%d,.k%d::before{background:%s}", t, t, html_color(t));
    buf_puts(out, "</style></head><body><header><h1>seismo report</h1><p class=\"meta\">");
    buf_printf(out, "Generated %s from the log up to seq %lld",
               html_str(doc, "generated_at") ? html_str(doc, "generated_at") : "",
               (long long)json_integer_value(json_object_get(json_object_get(doc, "log"), "seq")));
    buf_printf(out, "; events %s%s%s%s%s", since ? "from " : "", since ? since : "",
               since && until ? " " : "", until ? "to " : "", until ? until : "");
    if (!since && !until) buf_puts(out, "of every date");
    if (h.prices_on)
        buf_printf(out, "; measured against %s (market model, estimation −250 to −11)",
                   query_benchmark(a));
    buf_puts(out, ".");
    if (live) buf_puts(out, " <span id=\"live\">Live: the page reloads when events arrive.</span>");
    buf_puts(out, "</p>");
    if (json_array_size(json_object_get(doc, "companies"))) {
        buf_puts(out, "<nav><ul>");
        json_array_foreach(json_object_get(doc, "companies"), i, c)
        {
            const json_t *co = json_object_get(c, "company");
            buf_printf(out, "<li><a href=\"#c-%zu\">", i);
            report_html_escape(out,
                               html_str(co, "name") ? html_str(co, "name") : html_str(co, "id"));
            buf_puts(out, "</a></li>");
        }
        buf_puts(out, "<li><a href=\"#caar\">CAAR per type</a></li></ul></nav>");
    }
    buf_puts(out, "</header><main>");
    /* The sections first into their own buffers: the data island they fill
     * goes before them, so that each chart is drawn as soon as the parser
     * reaches it (<script>seismo.price(i)</script>), before long tables. */
    h.out = &body;
    if (!json_array_size(json_object_get(doc, "companies")))
        buf_puts(&body, "<p class=\"empty\">No events yet: ingest articles (seismo ingest FILE) "
                        "and the companies, their events and charts appear here.</p>");
    json_array_foreach(json_object_get(doc, "companies"), i, c)
    {
        if ((rc = html_company(&h, c, i))) goto fail;
    }
    html_by_type(&body, json_object_get(doc, "reactions_by_type"),
                 (int)json_integer_value(json_object_get(h.data, "reaction_days")),
                 html_str(h.data, "reaction_unit"));
    h.out = &caar;
    if ((rc = html_caar(&h))) goto fail;
    h.out = out;
    buf_puts(out, "<script type=\"application/json\" id=\"seismo-data\">");
    if ((rc = html_json_island(out, h.data, e))) goto fail;
    buf_puts(out, "</script>\n<script>");
    buf_append(out, lwc->data, lwc->len);
    buf_puts(out, "</script>\n<script>");
    buf_append(out, js->data, js->len);
    buf_puts(out, "</script>\n");
    buf_append(out, caar.data, caar.len);
    if (caar.len) buf_puts(out, "<script>seismo.caar()</script>\n");
    buf_append(out, body.data, body.len);
    buf_puts(out, "</main><footer>Charts: lightweight-charts (TradingView, Apache-2.0), inlined."
                  "</footer><script>seismo.done()</script></body></html>\n");
    if (out->oom || body.oom || caar.oom) goto nomem;
    json_decref(doc);
    json_decref(h.data);
    mem_free(h.paths.items);
    buf_release(&body);
    buf_release(&caar);
    return 0;
nomem:
    rc = err_set(e, ERR_NOMEM, "out of memory");
fail:
    json_decref(colors);
    json_decref(doc);
    json_decref(h.data);
    mem_free(h.paths.items);
    buf_release(&body);
    buf_release(&caar);
    return rc;
}
