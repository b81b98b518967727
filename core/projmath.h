/* projmath: the pure math of the read side, over timeline rows (proj_row_t).
 *
 * - Timeline order: dated rows by occurred_on then seq, undated rows after them by seq.
 * - Summary of one company: share moves (count, up, down, cumulative and mean
 *   percent, largest gain and drop), metric changes per (metric, region),
 *   event counts by type.
 * - Market reactions: for each dated event that is not a share move, and each
 *   of its companies, the compounded share moves of that company dated d to
 *   d + window days; none gives "no reaction" (has_pct 0), never 0. With a
 *   trading calendar for the company (the sessions of its bars, or of the
 *   benchmark's), the window counts trading days instead: it ends on the
 *   window-th session after the event's own (the next session when the event
 *   falls on a day without trading, as the event study's day 0 does), so a
 *   1-day window after a Friday reaches Monday. Past either end of the bars
 *   the sessions are the weekdays.
 * - Per-type reaction table: count, mean and median of the reactions.
 *
 * Computed percents are rounded to 1e-9 so that 1.5 prints as 1.5. Results
 * borrow the rows they were computed from. */
#ifndef SEISMO_PROJMATH_H
#define SEISMO_PROJMATH_H

#include <stddef.h>

#include "event.h"
#include "proj.h"

/* Sorts rows (borrowed, n) into timeline order, in place. */
void projmath_timeline_sort(proj_row_t *rows, size_t n);
/* Returns 1 when row's date is inside [since, until] (either may be NULL); an
 * undated row is inside only when both are NULL. */
int projmath_in_window(const proj_row_t *row, const char *since, const char *until);
/* Returns pct rounded to 1e-9 (so computed figures print short). */
double projmath_round(double pct);
/* Returns (prod(1 + p/100) - 1) * 100 over pcts (borrowed, n > 0), rounded. */
double projmath_compound(const double *pcts, size_t n);

typedef struct projmath_extreme_s {
    int set;
    double pct;
    const proj_row_t *row; /* borrowed: the share move */
} projmath_extreme_t;

typedef struct projmath_metric_s {
    const char *metric;         /* borrowed from the rows */
    const char *region;         /* borrowed, may be NULL */
    const proj_row_t **changes; /* owned array of borrowed rows, timeline order */
    size_t n;
    const proj_row_t *latest; /* borrowed: the last dated change, else the last one */
} projmath_metric_t;

typedef struct projmath_summary_s {
    size_t events; /* rows in the window */
    size_t event_counts[EVENT_TYPE_COUNT];
    size_t count, up, down; /* share moves */
    int has_moves;          /* count > 0: the figures below are set */
    double cumulative_pct, mean_pct;
    projmath_extreme_t max_gain, max_drop; /* a gain is > 0, a drop < 0 */
    char first_date[11], last_date[11];    /* of the dated share moves, "" when none */
    projmath_metric_t *metrics;            /* owned array, sorted by metric then region */
    size_t nmetrics;
} projmath_summary_t;

/* Summarises the rows (borrowed, one company, any order; they must outlive s)
 * inside [since, until] into s (caller storage). Returns 0 or ERR_NOMEM. */
int projmath_summary(const proj_row_t *rows, size_t n, const char *since, const char *until,
                     projmath_summary_t *s);
/* Frees what s owns (s may be NULL). */
void projmath_summary_release(projmath_summary_t *s);

typedef struct projmath_reaction_s {
    const proj_row_t *event; /* borrowed: the event, as seen by company event->company */
    int has_pct;             /* 0: no share move in the window (reaction null) */
    double pct;              /* compounded moves */
    size_t moves;            /* share moves in the window */
    int trading;             /* the window counted trading days (else calendar days) */
    long end;                /* the window's last day (day number, core/date.h) */
} projmath_reaction_t;

/* The trading sessions of one company. */
typedef struct projmath_calendar_s {
    const char *company; /* borrowed canonical id */
    const long *days;    /* borrowed: sorted distinct day numbers, n > 0 */
    size_t n;
} projmath_calendar_t;

/* The trading calendars of a reactions query (all borrowed): one per company
 * that has bars, sorted by company (strcmp), and the sessions of the
 * benchmark for every other company (fallback NULL: those count calendar
 * days). */
typedef struct projmath_calendars_s {
    const projmath_calendar_t *items;
    size_t n;
    const long *fallback;
    size_t nfallback;
} projmath_calendars_t;

/* Returns the last day of a window of window trading days after day d over
 * the sessions days (borrowed, sorted, n of them; none: calendar days, d +
 * window): the window-th session after the first session on or after d, the
 * weekdays standing in for sessions before the first and after the last. */
long projmath_window_end(long d, int window, const long *days, size_t n);

/* Computes the reactions to every dated non-share-move row (borrowed; any
 * companies, any order; they must outlive *out) whose date is inside [since,
 * until], over share moves dated d..d+window days, trading days where cals
 * (borrowed, may be NULL: calendar days everywhere) has sessions for the
 * company. *out is owned by the caller (mem_free), in timeline order per
 * company (companies by id). Returns 0 or ERR_NOMEM. */
int projmath_reactions(const proj_row_t *rows, size_t n, int window, const char *since,
                       const char *until, const projmath_calendars_t *cals,
                       projmath_reaction_t **out, size_t *nout);

typedef struct projmath_type_stats_s {
    size_t events;               /* (event, company) pairs of this type */
    size_t reactions;            /* of which with a reaction */
    double mean_pct, median_pct; /* set when reactions > 0 */
} projmath_type_stats_t;

/* Fills stats (caller-owned, indexed by event type) from reactions (borrowed).
 * Returns 0 or ERR_NOMEM. */
int projmath_reaction_table(const projmath_reaction_t *r, size_t n,
                            projmath_type_stats_t stats[EVENT_TYPE_COUNT]);

#endif
