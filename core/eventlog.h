/* eventlog: the port through which core and the surfaces reach the event log,
 * and the rules of the log, kept here once for every storage engine.
 *
 * A log is an ops table (versioned, like the VFS of SQLite) plus an opaque
 * implementation pointer and the environment core needs for the rules (a
 * SHA-256 function, a clock and a decoder of stored bodies, all from the
 * adapters). An engine (adapters/sqlite/sqlog.c, adapters/postgres/) only
 * stores and reads records; core (eventlog.c) derives ids, stamps seq and
 * recorded_at, writes the canonical body, chains the hashes
 * (hash = SHA-256(prev_hash || canonical body)), checks the expected head and
 * walks the chain in eventlog_verify(). Tests use fakes of the ops.
 *
 * Guarantees (DESIGN.md section 4): a batch is appended atomically or not at
 * all, seq is gap-free in commit order, appends are idempotent by event id,
 * and every event is hash-chained to the one before. An engine may keep a
 * head record (the seq and hash of the last event, written in the same
 * transaction as each append): a tail of the log deleted with its index rows
 * leaves a shorter chain that is sound by itself, and only the record tells
 * that it once went further. */
#ifndef SEISMO_EVENTLOG_H
#define SEISMO_EVENTLOG_H

#include <stddef.h>

#include "err.h"
#include "event.h"

#define EVENTLOG_OPS_VERSION 4
#define EVENTLOG_NO_EXPECTED (-1LL)
/* prev_hash of the first event. */
#define EVENTLOG_HASH_ZERO "0000000000000000000000000000000000000000000000000000000000000000"

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
    long long after;   /* only seq > after (0 for all; with verify, 0 also reads rows stored
                        * at seq 0 or below, which only damage puts there) */
    long long limit;   /* at most this many (0 for no limit) */
    int verify;        /* records must carry their columns and company index (see below);
                          the engine may read ahead on a thread of its own, so the callback
                          of a verify scan must not use the store */
    int bulk;          /* a long scan (a rebuild): the engine may read the rows ahead on a
                          thread and a connection of its own when it can tell that one sees
                          the same log; the callback may still use the store. The records
                          may carry no more than seq and body (the hashes, id, type,
                          occurred_on and recorded_at NULL; so may the event's hashes) */
} eventlog_query_t;

/* The head of the log as an append finds it, under the append lock. */
typedef struct eventlog_head_s {
    long long seq; /* the last stored seq, 0 when the log is empty */
    char hash[65]; /* its hash, "" when empty */
    /* The head row's prev_hash and body (body_len bytes), borrowed until the
     * append ends, so that core recomputes the hash it chains onto before it
     * appends; NULL when the log is empty or the engine does not read them. */
    const char *prev_hash;
    const char *body;
    size_t body_len;
    /* The engine's head record (see eventlog_ops_t.recorded_head): has_record
     * is 1 when the engine keeps one, record_seq is -1 when it is gone. */
    int has_record;
    long long record_seq;
    char record_hash[65];
} eventlog_head_t;

/* One stored event as an engine keeps it. Every pointer is borrowed for the
 * call it is handed to. */
typedef struct eventlog_record_s {
    long long seq;
    const char *body; /* the canonical JSON (EVENT_CANON_FULL): what the hash covers */
    size_t body_len;
    const char *prev_hash; /* hex */
    const char *hash;      /* hex */
    /* The engine's columns. On append they are always set. On a scan they
     * may be NULL when the engine did not read them, except when the query
     * has verify set (then NULL means the stored column is NULL). */
    const char *id;
    const char *type;        /* event_type_name() */
    const char *occurred_on; /* "YYYY-MM-DD", NULL when undated */
    const char *recorded_at; /* "YYYY-MM-DDTHH:MM:SSZ" */
    /* On append: the event itself (its companies and roles are what the
     * engine indexes for company queries). NULL on a scan. */
    const event_t *ev;
    /* On a verify scan: the company ids the engine's company index holds for
     * seq (in any order), ncompanies of them. Unused otherwise. */
    const char *const *companies;
    size_t ncompanies;
} eventlog_record_t;

/* Called once per event in seq order; ev is borrowed for the call only.
 * Return 0 to go on, anything else to stop the scan with that value. */
typedef int (*eventlog_each_fn)(void *arg, const event_t *ev);
/* Called once per stored record in seq order; rec is borrowed for the call
 * only. Return 0 to go on, anything else to stop with that value. */
typedef int (*eventlog_record_fn)(void *arg, const eventlog_record_t *rec);

/* The engine side of the log. Every function returns 0 or a negative ERR_*
 * code with e filled (ERR_BUSY when the engine is busy or gone for a moment,
 * ERR_READONLY, ERR_IO, ERR_FULL, ERR_CORRUPT, ERR_NOMEM, ERR_UNAVAILABLE when
 * a server cannot be reached). Strings passed in are borrowed for the call. */
typedef struct eventlog_ops_s {
    int version; /* EVENTLOG_OPS_VERSION */
    /* Opens the append transaction: takes the engine's append lock (one
     * appender at a time; the lock is released by commit or rollback) and
     * reads inside it the head row and the head record into head (caller
     * storage; its pointers borrowed until commit or rollback). */
    int (*append_begin)(void *impl, eventlog_head_t *head, err_t *e);
    /* Stores rec in the open append transaction. When an event with rec->id
     * is already stored, stores nothing and sets *stored to 0 (not an error);
     * else 1. Core hands seqs in order, head + 1 first, without gaps. */
    int (*append_put)(void *impl, const eventlog_record_t *rec, int *stored, err_t *e);
    /* Commits the append: durable (on disk, or on the server's disk) when it returns 0.
     * An engine that keeps a head record writes into it, in the same
     * transaction, the seq and hash of the last record stored by the append
     * (nothing when none was). On failure the transaction is rolled back. */
    int (*append_commit)(void *impl, err_t *e);
    /* Rolls the append back (no-op when none is open). */
    void (*append_rollback)(void *impl);
    /* Reads the head outside any append: *seq (0 when empty) and hash ("" when empty). */
    int (*head)(void *impl, long long *seq, char hash[65], err_t *e);
    /* Calls each for every record matching q (never NULL here: the wrapper
     * passes an all-zero query for "everything"), in seq order. */
    int (*scan)(void *impl, const eventlog_query_t *q, eventlog_record_fn each, void *arg,
                err_t *e);
    /* Calls each once with the record of event id; ERR_NOTFOUND when none. */
    int (*get)(void *impl, const char *id, eventlog_record_fn each, void *arg, err_t *e);
    /* Stores the number of stored events in *n. */
    int (*count)(void *impl, long long *n, err_t *e);
    /* Stores in *seq the least seq named by the engine's company index that
     * is not in the log, 0 when there is none (or the engine keeps no such index). */
    int (*orphans)(void *impl, long long *seq, err_t *e);
    /* Stores a token that changes whenever anything was committed to the
     * store (log or read models) since the last call, by this connection or
     * any other, process or node: the daemon polls it to notice appends made
     * elsewhere. Only equality of two tokens of one connection means
     * anything. */
    int (*data_version)(void *impl, long long *token, err_t *e);
    /* Reads the head record outside any append: *has 1 when the engine keeps
     * one (then *seq and hash, *seq -1 when the record is gone), else 0. May
     * be NULL for an engine that keeps none. */
    int (*recorded_head)(void *impl, int *has, long long *seq, char hash[65], err_t *e);
    /* Calls each with the record of every id of ids (n of them, borrowed), in
     * the order of ids (an id given twice is handed twice); ERR_NOTFOUND,
     * after the records before it, for the first id not stored. May be NULL:
     * core then calls get once per id. An engine whose every get is a round
     * trip to a server reads them in few. */
    int (*get_many)(void *impl, const char *const *ids, size_t n, eventlog_record_fn each,
                    void *arg, err_t *e);
} eventlog_ops_t;

/* SHA-256 of the bytes a (na of them) followed by b (nb, may be 0), written
 * as 64 lowercase hex digits and a NUL into out. */
typedef void (*eventlog_sha256_fn)(const void *a, size_t na, const void *b, size_t nb,
                                   char out[65]);
/* Writes the current UTC time as "YYYY-MM-DDTHH:MM:SSZ" into out. */
typedef void (*eventlog_clock_fn)(char out[21]);
/* Decodes n bytes of a stored canonical body (borrowed) into ev (caller
 * storage, event_init()ed; released on failure). Returns 0, or ERR_DATA or
 * ERR_NOMEM with e filled. */
typedef int (*eventlog_decode_fn)(const char *body, size_t n, event_t *ev, err_t *e);
/* The same, and sets *canonical (caller storage) to 1 only when the body is
 * exactly what event_canon(ev, EVENT_CANON_FULL) writes for the event
 * decoded (0 when it is not, or the decoder cannot tell). */
typedef int (*eventlog_decode_canon_fn)(const char *body, size_t n, event_t *ev, int *canonical,
                                        err_t *e);
/* The same without allocating: ev's strings and arrays point into scratch
 * (caller storage, reused from call to call), so ev must be neither changed
 * nor released and lives until scratch changes; canonical may be NULL (not
 * asked). Returns 0, 1 when this decoder does not read body (ev empty:
 * decode it another way), or ERR_NOMEM with e filled. */
typedef int (*eventlog_decode_view_fn)(const char *body, size_t n, event_t *ev, int *canonical,
                                       buf_t *scratch, err_t *e);

/* What core needs from the adapters to apply the rules of the log. The
 * store opener (adapters/store) fills it; tests may give their own. */
typedef struct eventlog_env_s {
    eventlog_sha256_fn sha256; /* required for append and verify */
    eventlog_clock_fn now;     /* required for append */
    eventlog_decode_fn decode; /* required for scan, get and verify */
    /* Optional: verify decodes with it, and writes a body again to compare it
     * with its canonical form only when the decoder could not vouch for it. */
    eventlog_decode_canon_fn decode_canon;
    /* Optional: verify and scans decode with it first (allocating nothing per body). */
    eventlog_decode_view_fn decode_view;
} eventlog_env_t;

typedef struct eventlog_s {
    const eventlog_ops_t *ops; /* borrowed, static */
    void *impl;                /* owned by whoever opened the log (its store) */
    eventlog_env_t env;
} eventlog_t;

/* Appends batch to log as one atomic step. Events without an id get the
 * derived one (eventlog_event_id). Stored events get seq, recorded_at and
 * hashes filled in, present ones seq 0; on failure nothing is stored and the
 * batch is left unstamped. expected_head is the head seq the caller saw, or
 * EVENTLOG_NO_EXPECTED (ERR_CONFLICT when the head moved). batch is borrowed;
 * res (may be NULL) is caller storage. */
int eventlog_append(eventlog_t *log, event_list_t *batch, long long expected_head,
                    eventlog_result_t *res, err_t *e);
/* Reads the head of log. */
int eventlog_head(eventlog_t *log, long long *seq, char hash[65], err_t *e);
/* Calls each for every event matching q (borrowed, may be NULL for all), in
 * seq order, decoded, with seq, prev_hash and hash set. */
int eventlog_scan(eventlog_t *log, const eventlog_query_t *q, eventlog_each_fn each, void *arg,
                  err_t *e);
/* Calls each for every stored record matching q (borrowed, may be NULL), undecoded. */
int eventlog_scan_records(eventlog_t *log, const eventlog_query_t *q, eventlog_record_fn each,
                          void *arg, err_t *e);
/* Loads one event by id (borrowed) into out (caller storage, initialised
 * here, released by the caller); ERR_NOTFOUND if none. */
int eventlog_get(eventlog_t *log, const char *id, event_t *out, err_t *e);
/* Calls each with every event of ids (n of them, borrowed), in the order of
 * ids, decoded, with seq, prev_hash and hash set (ev borrowed for the call
 * only); ERR_NOTFOUND, after the events before it, for the first id not
 * stored. Stops with what each returns when it is not 0. */
int eventlog_get_many(eventlog_t *log, const char *const *ids, size_t n, eventlog_each_fn each,
                      void *arg, err_t *e);
/* Stores the number of events in *n. */
int eventlog_count(eventlog_t *log, long long *n, err_t *e);
/* Stores the store's change token in *token (see eventlog_ops_t.data_version). */
int eventlog_data_version(eventlog_t *log, long long *token, err_t *e);

/* Checks the head an append found (borrowed) before anything is chained
 * onto it: the head row's hash recomputed from its prev_hash and body, and
 * the head row against the engine's head record. Returns 0, or ERR_CORRUPT
 * with e saying what is damaged (nothing should then be appended). */
int eventlog_head_check(const eventlog_t *log, const eventlog_head_t *head, err_t *e);

/* Derives the id of ev (borrowed): SHA-256 of its content (EVENT_CANON_CONTENT),
 * into out. Returns 0 or ERR_NOMEM. */
int eventlog_event_id(eventlog_sha256_fn sha256, const event_t *ev, char out[65]);
/* Sets ev->id (owned by ev) to the derived id when it has none; returns 0 or ERR_NOMEM. */
int eventlog_event_ensure_id(eventlog_sha256_fn sha256, event_t *ev);
/* Writes the chain hash SHA-256(prev_hex || body) into out; body borrowed, n bytes. */
void eventlog_chain_hash(eventlog_sha256_fn sha256, const char *prev_hex, const char *body,
                         size_t n, char out[65]);

/* What eventlog_verify() found. */
typedef struct eventlog_verify_s {
    long long events;   /* events checked */
    long long head_seq; /* the last good seq */
    char head_hash[65]; /* its hash */
    int bad;            /* 1 when something is wrong (then bad_seq and problem) */
    long long bad_seq;  /* first seq that fails (0 or less for a row stored at such a seq) */
    char problem[640];  /* what is wrong at bad_seq */
} eventlog_verify_t;

/* Walks the hash chain of log from seq 1 over a verify scan: no row at seq 0
 * or below, seqs without gaps, each prev_hash the hash before, each hash
 * recomputed, each body a valid event in canonical form agreeing with its
 * columns and company index, no index row without its event, and the end of
 * the chain where the engine's head record says the appends left it. Fills r
 * (caller storage). Returns 0 when the walk ran (look at r->bad), or an ERR_*
 * code when it could not read. */
int eventlog_verify(eventlog_t *log, eventlog_verify_t *r, err_t *e);

#endif
