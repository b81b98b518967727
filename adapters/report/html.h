/* report_html: the report as one self-contained HTML page (`seismo report
 * --format html`, the daemon's GET /).
 *
 * The page carries everything it shows: its style, its script, the charting
 * library (lightweight-charts, pinned in package-lock.json and compiled into
 * the binary from build/npm by adapters/embed/embed.sh) and its data as one
 * JSON island, so that it opens from disk and makes no request. Every table
 * is rendered here, in HTML, so the page reads with scripts off; the script
 * only draws the charts: per company the adjusted close with every dated
 * event as a marker, the abnormal return and CAR over day -10..+10 of each
 * measured reaction with its 95% band, and the CAAR per event type.
 *
 * The figures are those of the JSON report (query_report(), docs/prices.md);
 * the event-window paths are study_event() measurements with the report's
 * method (market model, estimation -250:-11, at least 100 days, the report's
 * benchmark), one per company and day 0: events of one company that share a
 * day 0 share one reaction. */
#ifndef SEISMO_REPORT_HTML_H
#define SEISMO_REPORT_HTML_H

#include "../../core/buf.h"
#include "../../core/embed.h"
#include "../../core/err.h"
#include "../query/query.h"

/* The browser code compiled into the binary (generated, build/gen/report_assets.c). */
extern const embed_file_t report_assets[];

#define REPORT_HTML_FROM      (-10) /* the event-window paths: day -10 ... */
#define REPORT_HTML_TO        10    /* ... to day +10 */
#define REPORT_HTML_SPAN      (REPORT_HTML_TO - REPORT_HTML_FROM + 1)
#define REPORT_HTML_OPEN_ROWS 500 /* longer timelines come folded (<details>) */

typedef struct report_html_opts_s {
    int live; /* the page long-polls /v1/events and reloads on news (the daemon) */
} report_html_opts_t;

/* Appends the HTML page of the report of companies ids (borrowed, sorted
 * distinct; none: every company) under a (borrowed: dates, window, benchmark)
 * read through q (borrowed; q->prices NULL or empty: no charts of prices, the
 * page says so) to out (borrowed). o (borrowed) may be NULL. Returns 0 or an
 * ERR_* code with e set. */
int report_html(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                const report_html_opts_t *o, buf_t *out, err_t *e);

/* Appends s (borrowed, UTF-8) to out (borrowed) escaped for HTML text and
 * attribute values. */
void report_html_escape(buf_t *out, const char *s);

/* Formats a percent figure for people into out (caller storage): "+1.83%",
 * "-0.32%", "0.00%"; "–" for NAN. */
void report_fmt_pct(double pct, char out[32]);

/* Formats an amount for people into out (caller storage): "1.2 bn USD",
 * "350 m EUR", "12,500 USD"; currency (borrowed) may be NULL. */
void report_fmt_amount(double v, const char *currency, char out[48]);

#endif
