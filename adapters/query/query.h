/* query: the read-side documents (timeline, summary, reactions, report) as
 * jansson values, shared by the CLI (adapters/cli/cmd_query.c) and the daemon
 * (adapters/daemon/query.c).
 *
 * A query reads the read models and the log of one store (ports only); it never
 * catches projections up itself (the CLI does that before asking, the daemon's
 * workers do it in the background). The argument checks of the read side
 * (dates, event types, reaction window) and company resolution live here too,
 * so that both surfaces accept and refuse the same things with the same words.
 *
 * Documents (every object's keys in a fixed order, so dumps are deterministic):
 *   timeline   {"company": {id, name, ticker}, "events": [full envelopes]}
 *   summary    {"window": {since, until}, "companies": [summary + company],
 *               "top_movers": {up, down} (only for every company)}
 *   reactions  {"window_days", "window_unit", "reactions": [...], "by_type": [...]}
 *   report     seismo.report/2 (docs/report.schema.json)
 *
 * Measured figures (docs/prices.md): when the prices read model holds bars
 * (query_t.prices set and not empty), each reaction and each report timeline
 * event gets "measured" (pricestore_measure_event(): day-0 return, abnormal
 * return, CAR over -1:1 with t and p against the benchmark, market model,
 * estimation -250:-11, or {"skipped": reason}), each summary gets
 * "reported_vs_measured" (every share move's reported percent beside the
 * measured return of its day 0), the per-type tables the mean measured CAR,
 * and the reactions and report documents a "measurement" object naming the
 * method. Without bars the documents are what they were before prices.
 *
 * Reaction windows (projmath_reactions()) count trading days for a company
 * whose listing has bars (its sessions), or, when it has none, on the
 * benchmark's sessions when those are loaded; else calendar days. Each
 * reaction says which ("window_unit") and its last day ("window_end"). */
#ifndef SEISMO_QUERY_H
#define SEISMO_QUERY_H

#include <jansson.h>

#include "../../core/buf.h"
#include "../../core/err.h"
#include "../../core/event.h"
#include "../../core/eventlog.h"
#include "../../core/proj.h"
#include "../../core/projmath.h"
#include "../../core/prices.h"
#include "../../core/pricestore.h"
#include "../../core/readmodel.h"
#include "../../core/registry.h"
#include "../../core/regstore.h"
#include "../../core/store.h"
#include "../../core/study.h"

#define QUERY_MAX_COMPANIES 256 /* companies named in one query */
#define QUERY_MAX_WINDOW    3650
#define QUERY_TOP_MOVERS    3

/* What a query reads from; caller storage, every pointer borrowed and
 * outliving the calls that use it. */
typedef struct query_s {
    eventlog_t *log;            /* the log (envelopes, head) */
    const readmodel_t *rm;      /* the read models of the same store */
    const regstore_t *regs;     /* may be NULL: the user's companies, for the registry fallback */
    const registry_t *reg;      /* may be NULL: then the built-in registry and regs' companies
                                   are loaded when a name is not in the read models */
    const pricestore_t *prices; /* may be NULL: no measured figures; the prices read model
                                   (read as it is: the caller catches it up, or not) */
} query_t;

/* Fills q (caller storage) with the ports of s (borrowed, outliving q): no
 * registry given and no prices (set q->prices to measure). */
void query_init(query_t *q, store_t *s);

/* The arguments of a query; caller storage. */
typedef struct query_args_s {
    const char *since, *until;   /* borrowed YYYY-MM-DD dates, NULL when open */
    int types[EVENT_TYPE_COUNT]; /* types[0] set: a type filter is on; types[t]: keep type t */
    int window;                  /* reaction window in days (default 1) */
    char benchmark[PRICES_SYMBOL_MAX]; /* measured figures' benchmark symbol; "" for SPY */
    char symbol[PRICES_SYMBOL_MAX];    /* the listing asked for (--symbol); "" for none */
    const char *listing; /* borrowed: the company symbol is a listing of (query_listing()),
                            measured on it; NULL: every company on its own listing */
} query_args_t;

/* Sets a to no dates, no type filter and a window of 1 day. */
void query_args_init(query_args_t *a);

/* Checks that v (borrowed) is a YYYY-MM-DD date; returns 0 or ERR_USAGE with
 * "WHAT: 'v' is not a YYYY-MM-DD date" (what borrowed: "--since", "since"). */
int query_check_date(const char *what, const char *v, err_t *e);
/* Adds the event type named v (borrowed) to a's filter; returns 0 or ERR_USAGE
 * naming what (borrowed) and v. */
int query_add_type(const char *what, const char *v, query_args_t *a, err_t *e);
/* Parses v (borrowed) as a window of 0 to 3650 days into *out; returns 0 or
 * ERR_USAGE naming what (borrowed) and v. */
int query_parse_window(const char *what, const char *v, int *out, err_t *e);
/* Sets a's benchmark to symbol v (borrowed, kept in capitals); returns 0 or
 * ERR_USAGE naming what (borrowed) and v. */
int query_set_benchmark(const char *what, const char *v, query_args_t *a, err_t *e);
/* Sets a's listing to symbol v (borrowed, kept in capitals); returns 0 or
 * ERR_USAGE naming what (borrowed) and v. */
int query_set_symbol(const char *what, const char *v, query_args_t *a, err_t *e);
/* Finds the company that symbol (borrowed, as query_set_symbol() keeps it) is
 * a listing of: among ids (borrowed, nids sorted canonical ids; none: any
 * company), the one it was imported for, or one whose ticker or id it spells
 * when it was imported for none. *company is owned by the caller (mem_free).
 * A symbol without bars is ERR_NOTFOUND naming close symbols; a symbol of
 * another company, or of none, is ERR_DATA; messages start with what
 * (borrowed: "--symbol"). */
int query_listing(const query_t *q, const char *what, const char *symbol, char *const *ids,
                  size_t nids, char **company, err_t *e);
/* Finds the price symbol company id (borrowed; ticker borrowed, its primary
 * listing's, may be NULL) is measured on under a (borrowed): a's symbol when
 * a->listing is the company, else pricestore_symbol_for(); out is "" (and 0
 * returned) when the company has none. Returns 0 or an ERR_* code when the
 * store cannot be read. */
int query_symbol_for(const query_t *q, const query_args_t *a, const char *id, const char *ticker,
                     char out[PRICES_SYMBOL_MAX], err_t *e);
/* As query_symbol_for(), with the primary ticker looked up: the registry's
 * (built-in and the user's) for a registry company, else the one the read
 * models saw. This is the symbol every measured figure of id uses. */
int query_company_symbol(const query_t *q, const query_args_t *a, const char *id,
                         char out[PRICES_SYMBOL_MAX], err_t *e);
/* Returns a's benchmark symbol (static or borrowed from a): "SPY" by default. */
const char *query_benchmark(const query_args_t *a);
/* Returns 1 when type t passes a's type filter. */
int query_type_ok(const query_args_t *a, event_type_t t);

/* Resolves name (borrowed: a canonical id, ticker or alias, case-insensitively)
 * to a canonical id, from the read models and then the registry: *id is owned
 * by the caller (mem_free). Unknown or ambiguous names give ERR_NOTFOUND with a
 * message listing close matches. */
int query_resolve(const query_t *q, const char *name, char **id, err_t *e);
/* Resolves n names (borrowed) into sorted distinct ids: *ids is an owned array
 * of owned strings (query_ids_free), *nids its length. */
int query_resolve_all(const query_t *q, char *const *names, size_t n, char ***ids, size_t *nids,
                      err_t *e);
/* Frees ids (owned, may be NULL) and its n strings. */
void query_ids_free(char **ids, size_t n);

/* Makes {"id", "name", "ticker"} of company id (borrowed); *out is owned by the
 * caller (json_decref). */
int query_company_json(const query_t *q, const char *id, json_t **out, err_t *e);
/* Makes the full envelope of event id (borrowed), as canonical JSON parsed by
 * jansson; *out is owned by the caller (json_decref). */
int query_envelope_json(const query_t *q, const char *id, json_t **out, err_t *e);

/* Loads the timeline rows of company id (borrowed) that pass a's dates and
 * types into sel (caller storage, proj_rows_init()ed, owned by the caller), in
 * timeline order (dated by date then seq, undated last). */
int query_timeline_rows(const query_t *q, const char *id, const query_args_t *a, proj_rows_t *sel,
                        err_t *e);
/* Makes the timeline document of company id (borrowed) from its rows sel
 * (borrowed, as query_timeline_rows() gives them); *out is owned by the caller
 * (json_decref). */
int query_timeline_doc(const query_t *q, const char *id, const proj_rows_t *sel, json_t **out,
                       err_t *e);
/* Makes the timeline document of company id (borrowed) under a (borrowed);
 * *out is owned by the caller (json_decref). */
int query_timeline(const query_t *q, const char *id, const query_args_t *a, json_t **out, err_t *e);

/* The measurement of one event for one company. */
typedef struct query_measure_s {
    char symbol[PRICES_SYMBOL_MAX]; /* the company's price symbol, "" when it has none */
    study_result_t res;             /* res.skip != STUDY_OK: skipped with res.reason */
} query_measure_t;

/* Reported versus measured: the share moves of one company in the window. */
typedef struct query_move_s {
    const proj_row_t *row; /* borrowed: the share_move (row->pct the reported percent) */
    query_measure_t m;
} query_move_t;

typedef struct query_rvm_s {
    query_move_t *moves; /* owned, in timeline order */
    size_t n;
    size_t compared;      /* moves with a measured return of day 0 */
    double mean_abs_diff; /* mean |measured - reported| in percent units, when compared > 0 */
} query_rvm_t;

typedef struct query_sum_s {
    const char *id; /* borrowed from the rows */
    projmath_summary_t s;
    query_rvm_t rvm;   /* owned; empty unless the sums are measured */
    json_t *earnings;  /* owned: the summary's "earnings" array (query_results_json) */
    json_t *dividends; /* owned: the summary's "dividends" array */
} query_sum_t;

/* Makes the "earnings" and "dividends" arrays of a summary: the earnings and
 * dividend events among rows (borrowed, one company, in timeline order) dated
 * inside [since, until] (borrowed, may be NULL), read from the log, as the
 * percentage changes users follow:
 *   earnings  [{"event", "date", "period", "versus_expectations",
 *               "metrics": [{"metric", "value", "currency", "change_percent", "prior"}]}]
 *   dividends [{"event", "date", "action", "amount_per_share", "currency", "change_percent"}]
 * (null where the article gave no figure). *earnings and *dividends are owned by
 * the caller (json_decref). Returns 0 or an ERR_* code. */
int query_results_json(const query_t *q, const proj_row_t *rows, size_t n, const char *since,
                       const char *until, json_t **earnings, json_t **dividends, err_t *e);

/* Summaries of some companies; caller storage, owns everything in it. */
typedef struct query_sums_s {
    proj_rows_t rows;   /* the rows the summaries borrow */
    query_sum_t *items; /* by id when companies were named, else by cumulative_pct */
    size_t n;
    int all;      /* every company: items sorted by cumulative_pct, top movers in the document */
    int measured; /* prices are loaded: items[].rvm are filled */
    char bench[PRICES_SYMBOL_MAX]; /* the benchmark of the measured figures */
} query_sums_t;

/* Summarises companies ids (borrowed, nids sorted distinct ids; none: every
 * company with events) under a into s (caller storage; query_sums_release()
 * even on failure). */
int query_sums_load(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                    query_sums_t *s, err_t *e);
/* Frees what s owns (s may be NULL). */
void query_sums_release(query_sums_t *s);
/* Makes the summary document of s (borrowed) under a; *out is owned by the
 * caller (json_decref). */
int query_summary_doc(const query_t *q, const query_sums_t *s, const query_args_t *a, json_t **out,
                      err_t *e);
/* Makes the summary document of companies ids (borrowed, as query_sums_load()
 * takes them) under a; *out is owned by the caller (json_decref). */
int query_summary(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                  json_t **out, err_t *e);

/* The measured CARs (window -1:1) of one event type. */
typedef struct query_car_stats_s {
    size_t n;        /* reactions measured, each (company, day 0) once */
    double mean_car; /* their mean CAR (a fraction), when n > 0 */
} query_car_stats_t;

/* Reactions of some companies; caller storage, owns everything in it. */
typedef struct query_reactions_s {
    proj_rows_t rows;           /* the rows the reactions borrow */
    projmath_reaction_t *items; /* owned; only the types a keeps */
    size_t n;
    projmath_type_stats_t stats[EVENT_TYPE_COUNT]; /* per-type table of items */
    query_measure_t *measured; /* owned, parallel to items; NULL when no prices are loaded */
    query_car_stats_t mstats[EVENT_TYPE_COUNT]; /* per type: the mean measured CAR */
    char bench[PRICES_SYMBOL_MAX];              /* the benchmark of the measured figures */
    const char *unit; /* static: how the windows counted days (query_window_unit()) */
} query_reactions_t;

/* How the windows of the n reactions r (borrowed) counted days: "trading_days"
 * (each on its company's or the benchmark's sessions), "calendar_days" (no
 * prices, or none for these companies), or "mixed"; with no reactions,
 * trading when trading is 1. Static. */
const char *query_window_unit(const projmath_reaction_t *r, size_t n, int trading);

/* Computes the reactions of companies ids (borrowed, nids sorted distinct ids;
 * none: every company) under a into r (caller storage;
 * query_reactions_release() even on failure). */
int query_reactions_load(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                         query_reactions_t *r, err_t *e);
/* Frees what r owns (r may be NULL). */
void query_reactions_release(query_reactions_t *r);
/* Returns the JSON of one reaction r (borrowed) with its measurement m
 * (borrowed; NULL when no prices are loaded) against bench (borrowed), owned by
 * the caller (json_decref), or NULL when out of memory. */
json_t *query_reaction_json(const projmath_reaction_t *r, const query_measure_t *m,
                            const char *bench);
/* Returns the "measured" object of m (borrowed) against bench (borrowed): the
 * figures, or {"skipped", "reason"}; owned by the caller, or NULL. */
json_t *query_measured_json(const query_measure_t *m, const char *bench);
/* Makes the reactions document of r (borrowed) under a; *out is owned by the
 * caller (json_decref). */
int query_reactions_doc(const query_reactions_t *r, const query_args_t *a, json_t **out, err_t *e);
/* Makes the reactions document of companies ids (borrowed) under a; *out is
 * owned by the caller (json_decref). */
int query_reactions(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                    json_t **out, err_t *e);

/* Makes the report document (seismo.report/2) of companies ids (borrowed,
 * sorted distinct; none: every company) under a's dates and window (its types
 * are ignored); generated_at is now, or $SOURCE_DATE_EPOCH when set. *out is
 * owned by the caller (json_decref). */
int query_report(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                 json_t **out, err_t *e);

/* The parts of a report document, in document order: the head is the object
 * of every member before "companies", each company one element of
 * "companies", the tail the object of the members after it. */
typedef enum { QUERY_REPORT_HEAD, QUERY_REPORT_COMPANY, QUERY_REPORT_TAIL } query_report_part_t;
/* Takes one part (stolen, never NULL; arg borrowed); returns 0 or an ERR_*
 * code with e set, which stops the report. */
typedef int (*query_report_sink_t)(void *arg, query_report_part_t kind, json_t *part, err_t *e);
/* Makes the report document of query_report() and hands it to sink(arg, ...)
 * part by part, so that a sink that writes each part out holds one company's
 * entry at a time, not the document. Returns 0, or the ERR_* code of the
 * failure (the sink's own included) with e set. */
int query_report_parts(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                       query_report_sink_t sink, void *arg, err_t *e);
/* Writes the report document of query_report() through write(piece, n, arg)
 * (arg borrowed) as it is made, the bytes of query_dump() of the whole
 * document, without holding it: one company's entry at a time. A non-zero
 * return of write stops it. Returns 0, or an ERR_* code with e set. */
int query_report_stream(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                        int (*write)(const char *piece, size_t n, void *arg), void *arg, err_t *e);

/* Appends j (borrowed) to out (borrowed) as compact JSON with 15 significant
 * digits (JSON_COMPACT | JSON_REAL_PRECISION(15)); returns 0 or ERR_NOMEM. */
int query_dump(const json_t *j, buf_t *out, err_t *e);
/* Dumps j (borrowed) as query_dump() does, handing the bytes to write(piece,
 * n, arg) in pieces as they are made (arg borrowed); a non-zero return of
 * write stops the dump. Returns 0, or ERR_NOMEM (or write's stop) with e set. */
int query_dump_stream(const json_t *j, int (*write)(const char *piece, size_t n, void *arg),
                      void *arg, err_t *e);

#endif
