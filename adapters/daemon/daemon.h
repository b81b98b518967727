/* daemon: `seismo daemon`, the long-running side of seismo on libuv.
 *
 * One loop thread accepts connections, parses requests (httpc), routes them
 * and writes answers; it computes nothing heavy. Queries and reports run on
 * the libuv thread pool through bounded lanes (lane.c), appends, spool
 * ingests and projection catch-ups on the same pool, each with a database
 * connection of its own from a small pool. This header is shared by the
 * daemon's files only. */
#ifndef SEISMO_DAEMON_H
#define SEISMO_DAEMON_H

#include <jansson.h>
#include <uv.h>

#include "../../core/extract.h"
#include "../../core/registry.h"
#include "../http/httpc.h"
#include "../../core/store.h"
#include "../store/store.h"
#include "daemon_run.h"

#define DAEMON_POOL        16
#define DAEMON_IDLE_MS     30000
#define DAEMON_LINGER_MS   2000 /* a lingering close's time limit (server.c) */
#define DAEMON_LAT_BUCKETS 12

typedef struct daemon_conn_s daemon_conn_t;
typedef struct daemon_waiter_s daemon_waiter_t;

/* Prometheus counters. */
typedef struct daemon_metrics_s {
    unsigned long long events_appended;
    unsigned long long articles_ingested;
    unsigned long long articles_rejected;
    unsigned long long conns_refused;
    unsigned long long conns_idle_closed; /* idle connections closed to make room */
    unsigned long long queries_computed;  /* query documents computed on a lane */
    unsigned long long queries_shared;    /* requests answered by another's computation */
    unsigned long long lat_buckets[DAEMON_LAT_BUCKETS]; /* cumulative counts per le */
    unsigned long long lat_count;
    double lat_sum;
    struct daemon_route_stat_s {
        const char *route; /* static */
        int status;
        unsigned long long count;
    } routes[128];
    int nroutes;
} daemon_metrics_t;

#define DAEMON_CACHE_SLOTS    64
#define DAEMON_CACHE_MAX_BODY ((size_t)1 << 20)

/* One cached query answer: valid while the read models have not moved. */
typedef struct daemon_cache_slot_s {
    char *key; /* owned: path '?' query */
    int status;
    char *body; /* owned */
    size_t len;
    unsigned long long gen; /* daemon_t.gen when it was built */
} daemon_cache_slot_t;

#define DAEMON_PROJ_MAX 16 /* projections the daemon can track */

typedef struct daemon_task_s daemon_task_t;

/* A bounded queue in front of the thread pool (lane.c). */
typedef struct daemon_lane_s {
    const char *name; /* static, for /metrics */
    int running, max_running;
    int queued, max_queued;
    daemon_task_t *head, *tail; /* owned: queued tasks, oldest first */
    unsigned long long refused; /* submits answered ERR_BUSY */
    int trim;                   /* give the memory a task freed back to the system after it */
} daemon_lane_t;

/* Queries and reports: the query lane (one company, events) and the heavy
 * lane (whole-log documents: reports, studies, every company's summary). */
#define DAEMON_QUERY_RUNNING 2
#define DAEMON_QUERY_QUEUED  256
#define DAEMON_HEAVY_RUNNING 2
#define DAEMON_HEAVY_QUEUED  16
#define DAEMON_PROBE_MS      10 /* the loop stall probe's period */
/* An answer over DAEMON_STREAM_OVER bytes is streamed (chunked) instead of
 * sent whole; a streaming worker waits while DAEMON_STREAM_BUF bytes are
 * made and not yet taken by the peer. */
#define DAEMON_STREAM_OVER  ((size_t)1 << 20)
#define DAEMON_STREAM_BUF   ((size_t)256 << 10)
#define DAEMON_STREAM_PIECE ((size_t)64 << 10) /* bytes a worker hands over at once */

typedef struct daemon_s {
    uv_loop_t *loop;
    /* options */
    const char *db_path;
    const char *spool;
    const char *listen[DAEMON_MAX_LISTEN];
    int nlisten;
    int workers;
    char *token; /* owned */
    int log_json;
    const char *pid_file;
    const char *log_file;
    size_t max_body;
    int max_conns;
    int idle_ms; /* time a connection has to send a complete request */
    int durability;
    int slow_ms; /* $SEISMO_DAEMON_SLOW_MS: tests slow the projection workers */
    /* state */
    FILE *logf; /* owned when log_file is set; guarded by log_lock */
    uv_mutex_t log_lock;
    store_t *q; /* owned: the loop thread's read connection */
    uv_mutex_t pool_lock;
    store_t *pool[DAEMON_POOL]; /* owned idle connections */
    int npool;
    uv_rwlock_t reg_lock;
    registry_t *reg;       /* owned */
    extract_t *x;          /* owned */
    struct model_s *model; /* owned: the detector ($SEISMO_MODEL or built in), or NULL */
    uv_handle_t *listeners[DAEMON_MAX_LISTEN];
    int nlisteners;
    daemon_conn_t *conns; /* open connections (owned list) */
    int nconns;
    int stopping;
    int inflight; /* work items on the thread pool */
    daemon_metrics_t m;
    uv_mutex_t m_lock; /* guards m from workers */
    /* spool */
    uv_fs_event_t spool_watch;
    uv_timer_t spool_timer;
    int spool_busy, spool_again;
    unsigned long spool_done, spool_rejected;
    int spool_settle_ms; /* --settle: a file unchanged this long (and not open for writing) is taken
                          */
    /* projections */
    int proj_busy, proj_again;
    long long proj_seq; /* the least checkpoint after the last catch-up */
    /* proj_ckpt[i]: the checkpoint of proj_defs[i] as its last catch-up job
     * read it (committed), -1 before the first. Consistent reads wait on these,
     * for the projections they read, never on a round's partial minimum. */
    long long proj_ckpt[DAEMON_PROJ_MAX];
    int proj_failed; /* a projection of the current round failed */
    /* proj_owned[i]: this node folds proj_defs[i] (its ownership is held on w;
     * on an engine with one folder every projection is always owned). A
     * projection another node owns is not folded here, only its checkpoint read. */
    unsigned char proj_owned[DAEMON_PROJ_MAX];
    unsigned own_ticks; /* poll ticks since ownership was last tried */
    /* long polls and consistent reads */
    daemon_waiter_t *waiters;
    uv_timer_t poll_timer;
    long long head;         /* the head as last seen */
    unsigned long long gen; /* bumped whenever the read models may have moved */
    long long data_version; /* of q, as last seen: another connection committed when it moves */
    store_t *w;             /* owned: a connection that listens for appends made elsewhere */
    uv_poll_t *watch;       /* owned while watching (closed and freed when the watch is lost) */
    daemon_cache_slot_t cache[DAEMON_CACHE_SLOTS];
    daemon_lane_t lane_query, lane_heavy;
    struct route_qjob_s *qjobs; /* query documents being computed (routes.c) */
    uv_async_t stream_async;    /* workers wake the loop for streamed bytes */
    int stream_ok;              /* stream_async is set up: large answers may stream */
    /* loop stall probe: a timer that notes how late it fires */
    uv_timer_t probe;
    uint64_t probe_last;   /* uv_hrtime() of the last tick */
    uint64_t stall_max_ns; /* the worst lateness seen */
    unsigned cache_next;
    uv_signal_t sig_term, sig_int, sig_hup;
    uv_timer_t stop_timer;
} daemon_t;

/* How an ERR_* code is answered over HTTP (errmap.c). */
typedef struct daemon_http_err_s {
    int code;          /* ERR_* */
    int status;        /* HTTP status */
    const char *name;  /* static: the "code" of the error document */
    const char *extra; /* static header lines (each ending in \r\n), or NULL */
} daemon_http_err_t;

/* Returns the HTTP answer of ERR_* code (static; 500 "internal" for any other). */
const daemon_http_err_t *daemon_err_http(int code);

/* Writes one log line (text or JSON) at level ("info", "warn", "error"). */
void daemon_log(daemon_t *d, const char *level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Writes one access-log line for an answered request, with --log-format json
 * only: {"ts","level","event":"request","method","path","status","ms","bytes"}
 * (method and path borrowed; the path without its query string). */
void daemon_log_access(daemon_t *d, const char *method, const char *path, int status, double ms,
                       size_t bytes);

/* Takes a pooled write connection (owned by the caller until daemon_db_put); NULL on error. */
store_t *daemon_db_get(daemon_t *d, err_t *e);
/* Returns c (steals) to the pool, or closes it when bad is set. */
void daemon_db_put(daemon_t *d, store_t *c, int bad);

/* Starts the listeners; returns 0 or ERR_USAGE with e saying why (busy port, bad address). */
int daemon_server_start(daemon_t *d, err_t *e);
/* Stops accepting and closes idle connections. */
void daemon_server_stop(daemon_t *d);
/* Answers request req on connection c (routes.c). */
void daemon_route(daemon_t *d, httpc_t *c, httpc_request_t *req);
/* Sends what c has to write, closes it if done (server.c). */
void daemon_conn_flush(daemon_t *d, httpc_t *c);
/* Returns the bytes written to c but not yet taken by the peer (server.c);
 * (size_t)-1 once the connection is closed or its peer is gone. */
size_t daemon_conn_backlog(httpc_t *c);
/* Called when writes complete: streamed answers waiting for room go on (routes.c). */
void daemon_streams_drained(daemon_t *d);
/* Called on the loop when a worker has streamed bytes ready (routes.c). */
void daemon_streams_pump(uv_async_t *a);
/* Records a request for /metrics. */
void daemon_metrics_request(daemon_t *d, const char *route, int status, double seconds);
/* Writes the Prometheus text into out. */
void daemon_metrics_render(daemon_t *d, buf_t *out);

/* Starts watching the spool (creating incoming/, done/, rejected/); 0 or ERR_* with e. */
int daemon_spool_start(daemon_t *d, err_t *e);
/* Schedules a scan of incoming/. */
void daemon_spool_kick(daemon_t *d);
/* Counts the files in DIR/incoming, done and rejected. */
void daemon_spool_counts(daemon_t *d, long *incoming, long *done, long *rejected);

/* Schedules projection catch-up on the thread pool. */
void daemon_proj_kick(daemon_t *d);
/* Returns the mask of the projection called name (borrowed), 0 when unknown. */
unsigned daemon_proj_bit(const char *name);
/* Returns 1 when every projection in mask has a committed checkpoint at or past target. */
int daemon_proj_reached(const daemon_t *d, unsigned mask, long long target);
/* Moves d's read-model generation when another connection committed since the
 * last call (a catch-up, a CLI rebuild): cached answers built before go. */
void daemon_cache_sync(daemon_t *d);
/* Called on the loop thread when the log grew (our appends, or seen by polling). */
void daemon_log_grew(daemon_t *d);
/* Answers parked long polls and consistent reads that can now be answered. */
void daemon_waiters_check(daemon_t *d, int timeout_all);
/* Returns 1 when a consistent read waits for projections that have not reached its target. */
int daemon_waiters_pending(const daemon_t *d);
/* Answers a GET query route under /v1 (timeline, summary, reactions, report;
 * query.c) from store s (borrowed; called on the thread pool, inside a read
 * snapshot of s): returns 1 with *status set and either *out (the document,
 * owned by the caller, status 200) or the error document in body (caller
 * storage), or 0 when path is not a query route. req is borrowed. When write
 * is set, a report is not made whole: its bytes (query_dump()'s, without the
 * final newline) go through write(piece, n, warg) as it is made, and *out
 * stays NULL with status 200; an error after the first byte is written is
 * still answered in body, and the caller cuts the answer. */
int daemon_query(daemon_t *d, store_t *s, const httpc_request_t *req, int *status, json_t **out,
                 buf_t *body, int (*write)(const char *piece, size_t n, void *warg), void *warg);
/* GET / (page.c): the HTML report page of req's parameters, read from store c
 * (borrowed; called on the thread pool), into body (borrowed), its HTTP status
 * into *status (an HTML error page on failure); returns 0 or the ERR_* code of
 * the failure. */
int daemon_page(daemon_t *d, store_t *c, const httpc_request_t *req, int *status, buf_t *body);

/* Looks up the cached answer to key (borrowed); returns the slot (borrowed) or NULL. */
const daemon_cache_slot_t *daemon_cache_get(daemon_t *d, const char *key);
/* Caches an answer (key and body borrowed, copied) built at generation gen. */
void daemon_cache_put(daemon_t *d, const char *key, int status, const char *body, size_t len,
                      unsigned long long gen);
/* Drops every cached answer. */
void daemon_cache_clear(daemon_t *d);

/* Prepares lane l (caller storage, zeroed) with its bounds; name is static;
 * trim: after each task, the memory it freed goes back to the system
 * (malloc_trim; for lanes of large, rare tasks). */
void daemon_lane_init(daemon_lane_t *l, const char *name, int max_running, int max_queued,
                      int trim);
/* Runs fn(arg) on the thread pool through lane l, then done(arg, status) on
 * the loop thread (status UV_ECANCELED when it could not be started);
 * returns 0, or ERR_BUSY when the lane is full (done is then never called). */
int daemon_lane_submit(daemon_t *d, daemon_lane_t *l, void (*fn)(void *), void (*done)(void *, int),
                       void *arg);

/* Runs fn(arg) on the thread pool and then done(arg) on the loop thread. */
int daemon_work(daemon_t *d, void (*fn)(void *), void (*done)(void *, int), void *arg);

#endif
