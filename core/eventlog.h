/* eventlog: the port through which core and the surfaces reach the event log.
 *
 * A log is an ops table (versioned, like sqlite3_vfs) plus an opaque
 * implementation pointer. SQLite is the first adapter (adapters/sqlite/sqlog.c);
 * tests use fakes. Guarantees (DESIGN.md section 4): a batch is appended
 * atomically or not at all, seq is gap-free in commit order, appends are
 * idempotent by event id, and every event is hash-chained to the one before. */
#ifndef SEISMO_EVENTLOG_H
#define SEISMO_EVENTLOG_H

#include <stddef.h>

#include "err.h"
#include "event.h"

#define EVENTLOG_OPS_VERSION 1
#define EVENTLOG_NO_EXPECTED (-1LL)

typedef struct eventlog_result_s {
    size_t appended;    /* events newly in the log */
    size_t present;     /* events whose id was already there */
    long long head_seq; /* the head after the call */
    char head_hash[65]; /* its hash, "" for an empty log */
} eventlog_result_t;

typedef struct eventlog_query_s {
    const char *company;       /* canonical id (case-insensitive), or NULL */
    const event_type_t *types; /* borrowed array, or NULL for every type */
    size_t ntypes;
    const char *since; /* "YYYY-MM-DD" inclusive on occurred_on, or NULL */
    const char *until; /* "YYYY-MM-DD" inclusive on occurred_on, or NULL */
    long long after;   /* only seq > after (0 for all) */
    long long limit;   /* at most this many (0 for no limit) */
} eventlog_query_t;

/* Called once per event in seq order; ev is borrowed for the call only.
 * Return 0 to go on, anything else to stop the scan with that value. */
typedef int (*eventlog_each_fn)(void *arg, const event_t *ev);

typedef struct eventlog_ops_s {
    int version; /* EVENTLOG_OPS_VERSION */
    /* Appends batch (borrowed; stored events get seq, recorded_at and hashes
     * filled in, present ones get seq 0). expected_head is the head seq the
     * caller saw, or EVENTLOG_NO_EXPECTED. */
    int (*append)(void *impl, event_list_t *batch, long long expected_head, eventlog_result_t *res,
                  err_t *e);
    /* Stores the head seq (0 when empty) and its hash ("" when empty). */
    int (*head)(void *impl, long long *seq, char hash[65], err_t *e);
    /* Calls each for every event matching q (borrowed, may be NULL). */
    int (*scan)(void *impl, const eventlog_query_t *q, eventlog_each_fn each, void *arg, err_t *e);
    /* Loads the event with id (borrowed) into out (caller storage); ERR_NOTFOUND if none. */
    int (*get)(void *impl, const char *id, event_t *out, err_t *e);
} eventlog_ops_t;

typedef struct eventlog_s {
    const eventlog_ops_t *ops; /* borrowed, static */
    void *impl;                /* owned by whoever opened the log */
} eventlog_t;

/* Appends batch to log; see eventlog_ops_t.append. */
int eventlog_append(eventlog_t *log, event_list_t *batch, long long expected_head,
                    eventlog_result_t *res, err_t *e);
/* Reads the head of log. */
int eventlog_head(eventlog_t *log, long long *seq, char hash[65], err_t *e);
/* Scans log; see eventlog_ops_t.scan. */
int eventlog_scan(eventlog_t *log, const eventlog_query_t *q, eventlog_each_fn each, void *arg,
                  err_t *e);
/* Loads one event by id into out (caller storage, released by the caller). */
int eventlog_get(eventlog_t *log, const char *id, event_t *out, err_t *e);

#endif
