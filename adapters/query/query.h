/* query: the read-side documents (timeline, summary, reactions, report) as
 * jansson values, shared by the CLI (adapters/cli/cmd_query.c) and the daemon
 * (adapters/daemon/query.c).
 *
 * A query reads the read models (projdb) and the log of one database; it never
 * catches projections up itself (the CLI does that before asking, the daemon's
 * workers do it in the background). The argument checks of the read side
 * (dates, event types, reaction window) and company resolution live here too,
 * so that both surfaces accept and refuse the same things with the same words.
 *
 * Documents (every object's keys in a fixed order, so dumps are deterministic):
 *   timeline   {"company": {id, name, ticker}, "events": [full envelopes]}
 *   summary    {"window": {since, until}, "companies": [summary + company],
 *               "top_movers": {up, down} (only for every company)}
 *   reactions  {"window_days", "reactions": [...], "by_type": [...]}
 *   report     seismo.report/1 (docs/report.schema.json) */
#ifndef SEISMO_QUERY_H
#define SEISMO_QUERY_H

#include <jansson.h>

#include "../../core/buf.h"
#include "../../core/err.h"
#include "../../core/event.h"
#include "../../core/eventlog.h"
#include "../../core/proj.h"
#include "../../core/projmath.h"
#include "../../core/registry.h"
#include "../sqlite/db.h"
#include "../sqlite/projdb.h"

#define QUERY_MAX_COMPANIES 256 /* companies named in one query */
#define QUERY_MAX_WINDOW    3650
#define QUERY_TOP_MOVERS    3

/* What a query reads from; caller storage, every pointer borrowed and
 * outliving the calls that use it. */
typedef struct query_s {
    db_t *db;              /* the database (for the registry fallback) */
    eventlog_t *log;       /* the log of db (envelopes, head) */
    projdb_t *p;           /* the read models of db */
    const registry_t *reg; /* may be NULL: then the built-in registry and db's
                              companies are loaded when a name is not in the read models */
} query_t;

/* The arguments of a query; caller storage. */
typedef struct query_args_s {
    const char *since, *until;   /* borrowed YYYY-MM-DD dates, NULL when open */
    int types[EVENT_TYPE_COUNT]; /* types[0] set: a type filter is on; types[t]: keep type t */
    int window;                  /* reaction window in days (default 1) */
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

typedef struct query_sum_s {
    const char *id; /* borrowed from the rows */
    projmath_summary_t s;
} query_sum_t;

/* Summaries of some companies; caller storage, owns everything in it. */
typedef struct query_sums_s {
    proj_rows_t rows;   /* the rows the summaries borrow */
    query_sum_t *items; /* by id when companies were named, else by cumulative_pct */
    size_t n;
    int all; /* every company: items sorted by cumulative_pct, top movers in the document */
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

/* Reactions of some companies; caller storage, owns everything in it. */
typedef struct query_reactions_s {
    proj_rows_t rows;           /* the rows the reactions borrow */
    projmath_reaction_t *items; /* owned; only the types a keeps */
    size_t n;
    projmath_type_stats_t stats[EVENT_TYPE_COUNT]; /* per-type table of items */
} query_reactions_t;

/* Computes the reactions of companies ids (borrowed, nids sorted distinct ids;
 * none: every company) under a into r (caller storage;
 * query_reactions_release() even on failure). */
int query_reactions_load(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                         query_reactions_t *r, err_t *e);
/* Frees what r owns (r may be NULL). */
void query_reactions_release(query_reactions_t *r);
/* Returns the JSON of one reaction r (borrowed), owned by the caller
 * (json_decref), or NULL when out of memory. */
json_t *query_reaction_json(const projmath_reaction_t *r);
/* Makes the reactions document of r (borrowed) under a; *out is owned by the
 * caller (json_decref). */
int query_reactions_doc(const query_reactions_t *r, const query_args_t *a, json_t **out, err_t *e);
/* Makes the reactions document of companies ids (borrowed) under a; *out is
 * owned by the caller (json_decref). */
int query_reactions(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                    json_t **out, err_t *e);

/* Makes the report document (seismo.report/1) of companies ids (borrowed,
 * sorted distinct; none: every company) under a's dates and window (its types
 * are ignored); generated_at is now, or $SOURCE_DATE_EPOCH when set. *out is
 * owned by the caller (json_decref). */
int query_report(const query_t *q, char *const *ids, size_t nids, const query_args_t *a,
                 json_t **out, err_t *e);

/* Appends j (borrowed) to out (borrowed) as compact JSON with 15 significant
 * digits (JSON_COMPACT | JSON_REAL_PRECISION(15)); returns 0 or ERR_NOMEM. */
int query_dump(const json_t *j, buf_t *out, err_t *e);

#endif
