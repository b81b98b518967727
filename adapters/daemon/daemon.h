/* daemon: `seismo daemon`, the long-running side of seismo on libuv.
 *
 * One loop thread accepts connections, parses requests (httpc), routes them
 * and writes answers; it computes nothing heavy. Queries and reports run on
 * the daemon's own threads through bounded lanes (lane.c), appends, spool
 * ingests and projection catch-ups on the same pool, each with a database
 * connection of its own from a small pool. This header is shared by the
 * daemon's files only.
 *
 * daemon_t composes one struct per job, each owned by the file that does
 * that job: only that file writes its fields (other files may read them on
 * the loop thread, as noted per field) and it alone starts, stops and frees
 * what the struct holds:
 *   daemon_server_t   server.c   listeners and connections
 *   daemon_pool_t     lane.c     thread-pool work, its lanes, database connections
 *   daemon_workers_t  workers.c  projection catch-ups, the log head, appends made elsewhere
 *   daemon_cache_t    cache.c    query answers and the read-model generation
 *   daemon_spool_t    spool.c    the spool folder
 *   daemon_routes_t   routes.c   long polls, consistent reads, shared and streamed queries
 *   daemon_metrics_t  metrics.c  counters and the loop stall probe
 * daemon_t itself (daemon.c) holds the process: options, the loop, the
 * registry, logging, signals and shutdown. */
#ifndef SEISMO_DAEMON_H
#define SEISMO_DAEMON_H

#include <jansson.h>
#include <stdatomic.h>
#include <uv.h>

#include "../../core/extract.h"
#include "../../core/proj.h"
#include "../../core/registry.h"
#include "../http/httpc.h"
#include "../../core/store.h"
#include "../store/store.h"
#include "daemon_run.h"

#define DAEMON_IDLE_MS   30000
#define DAEMON_LINGER_MS 2000 /* a lingering close's time limit (server.c) */

typedef struct daemon_s daemon_t;
typedef struct daemon_conn_s daemon_conn_t;
typedef struct daemon_waiter_s daemon_waiter_t;
typedef struct daemon_task_s daemon_task_t;

/* --- server.c: listeners and connections --- */

/* Set from the options before daemon_server_start; the rest is server.c's. */
typedef struct daemon_server_s {
    const char *listen[DAEMON_MAX_LISTEN]; /* borrowed: the --listen addresses */
    int nlisten;
    size_t max_body;
    int max_conns;
    int idle_ms; /* time a connection has to send a complete request (routes.c reads it) */
    uv_handle_t *listeners[DAEMON_MAX_LISTEN]; /* owned */
    int nlisteners;
    daemon_conn_t *conns; /* open connections (owned list) */
    int nconns;           /* read by metrics.c and routes.c */
} daemon_server_t;

/* Starts the listeners; returns 0 or ERR_USAGE with e saying why (busy port, bad address). */
int daemon_server_start(daemon_t *d, err_t *e);
/* Stops accepting and closes idle connections. */
void daemon_server_stop(daemon_t *d);
/* Sends what c has to write, closes it if done. */
void daemon_conn_flush(daemon_t *d, httpc_t *c);
/* Writes n bytes at data (borrowed: shared with other connections, they must
 * stay until done(arg) is called) to c as one chunk of its streamed answer
 * (httpc_stream_frame), after what c already has to write, without copying
 * them; done(arg) is called on the loop once the write has completed, failed
 * or been dropped with the connection. Returns 0, or -1 when nothing was
 * written (done is not called; the connection is gone or ending). */
int daemon_conn_write_shared(daemon_t *d, httpc_t *c, const char *data, size_t n,
                             void (*done)(void *), void *arg);
/* Returns the bytes written to c but not yet taken by the peer; (size_t)-1
 * once the connection is closed or its peer is gone. */
size_t daemon_conn_backlog(httpc_t *c);

/* --- lane.c: the work pool, and waking the loop from its threads --- */

#define DAEMON_POOL 16 /* idle database connections kept */

/* Wakes the loop from any thread (an eventfd the loop watches): cb(d) runs
 * on the loop once after one or more sends. Unlike libuv's uv_async_send
 * (1.44), whose receiving side spins, then calls sched_yield, while a sender
 * is between its two steps, a sender preempted at any point never holds the
 * loop up. */
typedef struct daemon_notify_s {
    uv_poll_t poll;
    int fd;           /* owned: the eventfd */
    int ok;           /* set up: poll is a handle of the loop, fd is open */
    atomic_int armed; /* a wake-up is on its way: later sends need not write */
    daemon_t *d;
    void (*cb)(daemon_t *d);
} daemon_notify_t;

/* Sets up n on d's loop (n zeroed); the handle is unreferenced (it does not
 * keep the loop alive). Returns 0 or ERR_INTERNAL. */
int daemon_notify_init(daemon_t *d, daemon_notify_t *n, void (*cb)(daemon_t *d));
/* Makes n's callback run on the loop soon; any thread, never blocks. */
void daemon_notify_send(daemon_notify_t *n);
/* Closes n's eventfd once its handle is closed (uv_walk at the end). */
void daemon_notify_release(daemon_notify_t *n);

/* Work waiting for the threads that serve it: the pool has one queue for
 * appends, spool ingests, catch-ups and queries, and one for each lane that
 * keeps threads of its own (daemon_pool_t). */
typedef struct daemon_queue_s {
    uv_mutex_t lock; /* guards head, tail and quit (held for a pointer's move) */
    uv_cond_t cond;
    struct daemon_job_s *head, *tail; /* owned: work not yet taken by a thread */
    int quit;
    int nthreads;               /* threads started on it (the loop's; none: work is refused) */
    struct daemon_pool_s *pool; /* the pool it belongs to */
} daemon_queue_t;

/* A bounded queue in front of the thread pool. */
typedef struct daemon_lane_s {
    const char *name;      /* static, for /metrics */
    daemon_queue_t *queue; /* the threads its tasks run on (borrowed from the pool) */
    int running, max_running;
    int queued, max_queued;     /* queued is read by metrics.c */
    daemon_task_t *head, *tail; /* owned: queued tasks, oldest first */
    unsigned long long refused; /* submits answered ERR_BUSY (read by metrics.c) */
    int trim;                   /* give the memory a task freed back to the system after it */
} daemon_lane_t;

/* Queries and reports: the query lane (one company, events) and the heavy
 * lane (whole-log documents: reports, studies, every company's summary). The
 * status lane reads the few figures of /v1/status and /metrics (the head,
 * the checkpoints) and the head a ?consistent=1 request waits for: a thread
 * of its own, so that they answer at once however many queries and reports
 * wait. The sync lane reads the head and data version the daemon follows
 * (daemon_sync, one at a time): a thread of its own too, since on PostgreSQL
 * the data version counts the companies, and a read waiting for a table
 * another session holds must not hold /v1/status up. */
#define DAEMON_QUERY_RUNNING  2
#define DAEMON_QUERY_QUEUED   256
#define DAEMON_HEAVY_RUNNING  2
#define DAEMON_HEAVY_QUEUED   16
#define DAEMON_STATUS_RUNNING 1
#define DAEMON_STATUS_QUEUED  256
#define DAEMON_SYNC_RUNNING   1
#define DAEMON_SYNC_QUEUED    1

/* The most threads daemon_pool_threads asks for (--workers is at most 64). */
#define DAEMON_THREADS_MAX                                                          \
    (64 + 1 + DAEMON_QUERY_RUNNING + DAEMON_HEAVY_RUNNING + DAEMON_STATUS_RUNNING + \
     DAEMON_SYNC_RUNNING)

/* Work on the daemon's threads, and the database connections it uses
 * (each work item takes one of its own). db_path, durability and nworkers
 * are set from the options before daemon_pool_init; the rest is lane.c's.
 * The threads are the daemon's own, not libuv's pool, whose completions
 * reach the loop through uv_async_send (see daemon_notify_t).
 *
 * The heavy, status and sync lanes each have a queue and threads of their
 * own (as many as the lane runs at once). With one queue for all, each task
 * went to whichever of a score of idle threads had waited longest (a
 * condition variable wakes its oldest waiter): the sync lane's reads, one
 * per batch of answers from the cache, woke a cold thread each time, and
 * the heavy lane's reports moved from thread to thread. Now each goes to
 * the same few threads, and a lane's threads wait for its work only. */
typedef struct daemon_pool_s {
    const char *db_path; /* borrowed: a path or a libpq URI */
    int durability;
    int nworkers; /* --workers: threads kept for appends, spool ingests and catch-ups */
    uv_mutex_t lock;
    store_t *idle[DAEMON_POOL]; /* owned idle connections */
    int nidle;
    int inflight; /* work items given to the threads and not yet completed on the loop */
    daemon_lane_t query, heavy, status, sync;
    /* the threads and their queues: work (daemon_work, the query lane) and
     * each lane with threads of its own */
    daemon_queue_t work, heavyq, statusq, syncq;
    uv_thread_t threads[DAEMON_THREADS_MAX];
    int nthreads;
    _Atomic(struct daemon_job_s *) finished; /* owned: run, completion due (newest first) */
    daemon_notify_t wake;                    /* the threads' completions wake the loop */
} daemon_pool_t;

/* Prepares p (its options set, the rest zeroed): its locks and lanes. */
void daemon_pool_init(daemon_pool_t *p);
/* Starts d's threads (daemon_pool_threads of them, each on its queue) and
 * their wake-up on d's loop; 0 or ERR_INTERNAL with e (more threads than
 * DAEMON_THREADS_MAX, or one that cannot start). */
int daemon_pool_start(daemon_t *d, err_t *e);
/* Stops and joins the threads (idle by then) and closes the idle
 * connections of p. */
void daemon_pool_release(daemon_pool_t *p);
/* Returns the threads p needs: the workers, one more, and the lanes' threads. */
int daemon_pool_threads(const daemon_pool_t *p);
/* Takes a pooled write connection (owned by the caller until daemon_db_put); NULL on error. */
store_t *daemon_db_get(daemon_t *d, err_t *e);
/* Returns c (steals) to the pool, or closes it when bad is set. */
void daemon_db_put(daemon_t *d, store_t *c, int bad);
/* Runs fn(arg) on one of the threads and then done(arg, 0) on the loop thread. */
int daemon_work(daemon_t *d, void (*fn)(void *), void (*done)(void *, int), void *arg);
/* Runs fn(arg) on the thread pool through lane l (one of d's), then
 * done(arg, status) on the loop thread (status UV_ECANCELED when it could not
 * be started); returns 0, or ERR_BUSY when the lane is full (done is then
 * never called). */
int daemon_lane_submit(daemon_t *d, daemon_lane_t *l, void (*fn)(void *), void (*done)(void *, int),
                       void *arg);

/* --- workers.c: the projection workers --- */

#define DAEMON_PROJ_MAX 16 /* projections the daemon can track */

/* Projection catch-ups (each on a connection of its own), the log head they
 * chase, and how appends made elsewhere are heard: a poll timer, and a watch
 * where the engine can notify (PostgreSQL), which also holds this node's
 * ownership of the projections it folds. */
typedef struct daemon_workers_s {
    int slow_ms; /* $SEISMO_DAEMON_SLOW_MS: tests slow the catch-ups */
    int busy, again;
    int pending;   /* catch-up jobs still running in this round */
    long long seq; /* the least checkpoint after the last catch-up */
    /* ckpt[i]: the checkpoint of proj_defs[i] as its last catch-up job read
     * it (committed), -1 before the first. Consistent reads wait on these,
     * for the projections they read, never on a round's partial minimum. */
    long long ckpt[DAEMON_PROJ_MAX];
    int failed; /* a projection of the current round failed */
    /* owned[i]: this node folds proj_defs[i] (its ownership is held on the
     * watch thread's connection, as that thread last told the loop; on an
     * engine with one folder every projection is always owned). A projection
     * another node owns is not folded here, only its checkpoint read. */
    unsigned char owned[DAEMON_PROJ_MAX];
    long long head; /* the head as last seen (read by routes.c) */
    /* The reads of the head and the data version (daemon_sync): at most one
     * on the sync lane at a time, on sc (owned, used by that read only);
     * want: one is asked for and has not begun; it begins at the end of the
     * loop's turn (sync_check; sync_idle keeps the loop from blocking before
     * then), once none runs. Reads are numbered from 1 in the order they
     * start; sync_done is the last one completed (read by routes.c). */
    store_t *sc;
    /* The last read's version and head (sync lane only): a version unmoved
     * means an unmoved head (sc never writes), which is then not read again. */
    int sc_have;
    long long sc_dv, sc_head;
    int sync_busy, sync_want;
    unsigned long long sync_started, sync_done;
    uv_check_t sync_check;
    uv_idle_t sync_idle;
    uv_timer_t poll_timer;
    /* The watch (engines that notify: PostgreSQL): a thread of its own
     * (wthread, started when wthread_ok) owns the connection that listens
     * for appends made elsewhere and holds the ownerships, and tells the
     * loop through wwake what came of it; wfd (owned, an eventfd) wakes it
     * to stop (wquit). wlock guards wowned (bit i: it owns proj_defs[i]),
     * wgrew (notifications heard since the loop last looked) and wexited. */
    uv_thread_t wthread;
    int wthread_ok;
    int wfd;
    atomic_int wquit;
    uv_mutex_t wlock;
    unsigned wowned;
    int wgrew, wexited;
    daemon_notify_t wwake;
} daemon_workers_t;

/* Prepares wk (zeroed): no checkpoint yet, the test slowdown from the environment. */
void daemon_workers_init(daemon_workers_t *wk);
/* The handles that batch the data-version reads of a loop turn (the check and
 * the idle that keeps its poll from blocking), unreferenced; daemon_workers_start
 * calls it, and a caller that routes requests without the poll timer (the HTTP
 * fuzz target) calls it alone. */
void daemon_workers_sync_init(daemon_t *d);
/* Starts the poll timer that notices appends made by other processes. */
void daemon_workers_start(daemon_t *d);
/* Starts hearing appends made elsewhere and the first catch-up. */
void daemon_workers_first(daemon_t *d);
/* Stops polling and asks the watch thread to give up every ownership and
 * end (clean stop); the loop runs until it has. */
void daemon_workers_stop(daemon_t *d);
/* Joins the watch thread (ended by then) and closes the connections of wk. */
void daemon_workers_release(daemon_workers_t *wk);
/* Schedules projection catch-up on the thread pool. */
void daemon_proj_kick(daemon_t *d);
/* Returns the mask of the projection called name (borrowed), 0 when unknown. */
unsigned daemon_proj_bit(const char *name);
/* Returns 1 when every projection in mask has a committed checkpoint at or past target. */
int daemon_proj_reached(const daemon_t *d, unsigned mask, long long target);
/* On the loop thread: the log may have grown (polling, a notification, a
 * spool ingest): reads the head on the sync lane (daemon_sync), never here. */
void daemon_log_grew(daemon_t *d);
/* On the loop thread: the log's head is at least seq (an append of ours
 * returned it, a read on the pool saw it): catch-ups start, waiters are checked. */
void daemon_log_at(daemon_t *d, long long seq);
/* On the loop thread: asks for a read of the log head and the store's data
 * version on the sync lane that begins after this call; returns its number:
 * it has completed (and the cache has seen its version) once
 * d->workers.sync_done reaches it. */
unsigned long long daemon_sync(daemon_t *d);

/* --- cache.c: the answer cache --- */

#define DAEMON_CACHE_SLOTS    64
#define DAEMON_CACHE_MAX_BODY ((size_t)1 << 20)

/* One cached query answer: valid while the read models have not moved. */
typedef struct daemon_cache_slot_s {
    char *key; /* owned: path '?' query */
    int status;
    char *body; /* owned */
    size_t len;
    unsigned long long gen; /* daemon_cache_t.gen when it was built */
} daemon_cache_slot_t;

/* Query answers and the read-model generation they are valid for. */
typedef struct daemon_cache_s {
    daemon_cache_slot_t slots[DAEMON_CACHE_SLOTS];
    unsigned next;          /* the slot the next answer replaces */
    unsigned long long gen; /* moved by daemon_cache_bump (read by routes.c) */
    long long data_version; /* as the last daemon_sync read it (-1: none to compare with) */
} daemon_cache_t;

/* Looks up the cached answer to key (borrowed); returns the slot (borrowed) or NULL. */
const daemon_cache_slot_t *daemon_cache_get(daemon_t *d, const char *key);
/* Caches an answer (key and body borrowed, copied) built at generation gen. */
void daemon_cache_put(daemon_t *d, const char *key, int status, const char *body, size_t len,
                      unsigned long long gen);
/* Moves the read-model generation: the read models may have moved (a
 * catch-up, a registry reload, the log grew), cached answers go. */
void daemon_cache_bump(daemon_t *d);
/* Called when a daemon_sync read completes with the store's data version dv;
 * comparable is 0 when it cannot be compared with the one before (no read, a
 * new connection). Moves the generation when the version moved (another
 * connection committed: a catch-up, a CLI rebuild, a prices import) or
 * cannot be compared: cached answers built before go. */
void daemon_cache_saw(daemon_t *d, int comparable, long long dv);
/* Drops every cached answer. */
void daemon_cache_clear(daemon_t *d);

/* --- spool.c: the spool folder --- */

/* dir and settle_ms are set from the options; the rest is spool.c's. */
typedef struct daemon_spool_s {
    const char *dir; /* borrowed: --spool, NULL without one (read by routes.c) */
    int settle_ms;   /* --settle: a file unchanged this long (and not open for writing) is taken */
    uv_fs_event_t watch;
    uv_timer_t timer;
    int busy, again;
    unsigned long done, rejected; /* files moved (read by metrics.c) */
} daemon_spool_t;

/* Prepares the spool's watch and timer on d's loop (with or without a spool). */
void daemon_spool_init(daemon_t *d);
/* Creates the spool folder and its incoming/, done/, rejected/; 0 or ERR_USAGE with e. */
int daemon_spool_make_dirs(daemon_t *d, err_t *e);
/* Starts watching the spool; 0 or ERR_* with e. */
int daemon_spool_start(daemon_t *d, err_t *e);
/* Stops watching and closes the watch and the timer. */
void daemon_spool_stop(daemon_t *d);
/* Schedules a scan of incoming/. */
void daemon_spool_kick(daemon_t *d);
/* Counts the files in DIR/incoming, done and rejected. */
void daemon_spool_counts(daemon_t *d, long *incoming, long *done, long *rejected);

/* --- routes.c: routing, long polls, shared and streamed queries --- */

/* An answer over DAEMON_STREAM_OVER bytes is streamed (chunked) instead of
 * sent whole; a streaming worker hands it over in chunks of
 * DAEMON_STREAM_PIECE bytes (or a little more), written to every connection
 * sharing the answer from the chunk's own memory, and waits while
 * DAEMON_STREAM_CHUNKS of them are made and not yet taken by the peers. */
#define DAEMON_STREAM_OVER   ((size_t)1 << 20)
#define DAEMON_STREAM_BUF    ((size_t)256 << 10)
#define DAEMON_STREAM_PIECE  ((size_t)64 << 10)
#define DAEMON_STREAM_CHUNKS ((int)(DAEMON_STREAM_BUF / DAEMON_STREAM_PIECE))
/* The loop writes a streamed answer a piece at a time, with at most
 * DAEMON_STREAM_PEER bytes in flight to one connection and DAEMON_STREAM_TURN
 * bytes in all in one turn of the loop, however many connections share it. */
#define DAEMON_STREAM_PEER ((size_t)128 << 10)
#define DAEMON_STREAM_TURN ((size_t)1 << 20)

/* What the routes keep between a request and its answer. */
typedef struct daemon_routes_s {
    daemon_waiter_t *waiters;   /* owned: parked long polls and consistent reads */
    struct route_qjob_s *qjobs; /* query documents being computed */
    /* owned: query requests waiting for a daemon_sync read (daemon_queries_synced) */
    struct route_parked_s *parked;
    daemon_notify_t wake; /* workers (and write completions) wake the loop for streamed bytes */
    uv_timer_t retry;     /* pumps again when a worker held a stream's lock */
    int stream_ok;        /* wake is set up: large answers may stream */
} daemon_routes_t;

/* Sets up the wake-up of streamed answers (without it, answers are sent whole). */
void daemon_routes_start(daemon_t *d);
/* Frees what the routes hold once the loop is closed. */
void daemon_routes_release(daemon_t *d);
/* Answers request req on connection c. */
void daemon_route(daemon_t *d, httpc_t *c, httpc_request_t *req);
/* Called when writes complete: streamed answers waiting for room go on. */
void daemon_streams_drained(daemon_t *d);
/* Called on the loop when a worker has streamed bytes ready. */
void daemon_streams_pump(daemon_t *d);
/* Answers parked long polls and consistent reads that can now be answered. */
void daemon_waiters_check(daemon_t *d, int timeout_all);
/* Returns 1 when a consistent read waits for projections that have not reached its target. */
int daemon_waiters_pending(const daemon_t *d);
/* Called when a daemon_sync read completes: query requests that waited for it go on. */
void daemon_queries_synced(daemon_t *d);

/* --- metrics.c: Prometheus counters and the loop stall probe --- */

#define DAEMON_LAT_BUCKETS 12
#define DAEMON_PROBE_MS    10 /* the loop stall probe's period */

/* Counters other files add to (under lock when off the loop thread); the
 * per-route counts, the histogram and the probe are metrics.c's. */
typedef struct daemon_metrics_s {
    uv_mutex_t lock; /* guards the counters from workers */
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
    /* loop stall probe: a timer that notes how late it fires */
    uv_timer_t probe;
    uint64_t probe_last;   /* uv_hrtime() of the last tick */
    uint64_t stall_max_ns; /* the worst lateness seen (read by routes.c) */
    /* the loop's own work: its thread's CPU time from one turn to the next */
    uv_prepare_t turn;
    uint64_t turn_cpu;    /* the loop thread's CPU time at the last turn, ns */
    uint64_t turn_max_ns; /* the most CPU one turn took (read by routes.c) */
    /* the most bytes of streamed answers one pump handed to connections
     * (written by routes.c; bounded by DAEMON_STREAM_TURN) */
    size_t stream_turn_max;
} daemon_metrics_t;

/* What /v1/status and /metrics read from the database: read on the thread
 * pool (daemon_dbstat_read, the status lane), written into the answer on the
 * loop, where the loop's own figures (connections, stalls, counters) are read. */
typedef struct daemon_dbstat_s {
    int head_rc; /* 0: head and hash were read */
    long long head;
    char hash[65];
    int proj_rc; /* 0: st holds proj_def_count checkpoints (at most DAEMON_PROJ_MAX) */
    proj_status_t st[DAEMON_PROJ_MAX];
    int info_rc; /* 0: info was read (when asked for) */
    store_info_t info;
    err_t e; /* the first failure */
} daemon_dbstat_t;

/* On the thread pool: reads the head, the checkpoints and, when info is set,
 * what the store is (store_info) from c (borrowed) into s (caller storage,
 * zeroed); returns 0 or the first failure's ERR_* code (in s->e). */
int daemon_dbstat_read(store_t *c, int info, daemon_dbstat_t *s);
/* Starts the loop stall probe and the loop's turn timing. */
void daemon_metrics_start(daemon_t *d);
/* Stops the probe and closes its timer. */
void daemon_metrics_stop(daemon_t *d);
/* Records a request for /metrics. */
void daemon_metrics_request(daemon_t *d, const char *route, int status, double seconds);
/* Writes the Prometheus text into out (on the loop), with the database's
 * figures from db (borrowed, read by daemon_dbstat_read; those it could not
 * read are left out). */
void daemon_metrics_render(daemon_t *d, const daemon_dbstat_t *db, buf_t *out);

/* --- daemon.c: the process --- */

struct daemon_s {
    uv_loop_t *loop;
    /* options */
    char *token; /* owned: --token-file's bearer token, NULL without one (read by routes.c) */
    int log_json;
    const char *pid_file;
    const char *log_file;
    /* state */
    FILE *logf; /* owned when log_file is set; guarded by log_lock */
    uv_mutex_t log_lock;
    store_t *q; /* owned: the connection of the start-up checks and the first registry read
                   (the loop reads nothing from it once it runs) */
    /* the registry below: workers read under it; a reload (SIGHUP) reads
     * the new one on the thread pool and swaps it in under it there */
    uv_rwlock_t reg_lock;
    registry_t *reg;       /* owned */
    extract_t *x;          /* owned */
    int reg_busy;          /* a reload runs on the thread pool */
    int reg_again;         /* a SIGHUP came while it ran: one more reload after it */
    struct model_s *model; /* owned: the detector ($SEISMO_MODEL or built in), or NULL */
    int stopping;
    uv_signal_t sig_term, sig_int, sig_hup;
    uv_timer_t stop_timer;
    /* the parts, each owned by its file */
    daemon_server_t server;
    daemon_pool_t pool;
    daemon_workers_t workers;
    daemon_cache_t cache;
    daemon_spool_t spool;
    daemon_routes_t routes;
    daemon_metrics_t metrics;
};

/* Writes one log line (text or JSON) at level ("info", "warn", "error"). */
void daemon_log(daemon_t *d, const char *level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Writes one access-log line for an answered request, with --log-format json
 * only: {"ts","level","event":"request","method","path","status","ms","bytes"}
 * (method and path borrowed; the path without its query string). */
void daemon_log_access(daemon_t *d, const char *method, const char *path, int status, double ms,
                       size_t bytes);

/* --- errmap.c, query.c, page.c: answers --- */

/* How an ERR_* code is answered over HTTP (errmap.c). */
typedef struct daemon_http_err_s {
    int code;          /* ERR_* */
    int status;        /* HTTP status */
    const char *name;  /* static: the "code" of the error document */
    const char *extra; /* static header lines (each ending in \r\n), or NULL */
} daemon_http_err_t;

/* Returns the HTTP answer of ERR_* code (static; 500 "internal" for any other). */
const daemon_http_err_t *daemon_err_http(int code);

/* The documents of the query routes (query.c), named by their entries in the
 * route table (routes.c). */
typedef enum {
    DAEMON_QUERY_NONE, /* no document: a path under /v1/companies/ no route knows (404) */
    DAEMON_QUERY_TIMELINE,
    DAEMON_QUERY_SUMMARY,
    DAEMON_QUERY_REACTIONS,
    DAEMON_QUERY_REPORT,
    DAEMON_QUERY_STUDY,
} daemon_query_kind_t;

/* Answers the GET query route of document kind under /v1 (timeline, summary,
 * reactions, report, study; query.c) from store s (borrowed; called on the
 * thread pool, inside a read snapshot of s); id (nid bytes, borrowed, still
 * URL-encoded) is the company the path names (/v1/companies/{id}/...), NULL
 * when the path names none. Returns 1 with *status set and either *out (the
 * document, owned by the caller, status 200) or the error document in body
 * (caller storage), or 0 for DAEMON_QUERY_NONE. req is borrowed. When write
 * is set, a report is not made whole: its bytes (query_dump()'s, without the
 * final newline) go through write(piece, n, warg) as it is made, and *out
 * stays NULL with status 200; an error after the first byte is written is
 * still answered in body, and the caller cuts the answer. */
int daemon_query(daemon_t *d, store_t *s, const httpc_request_t *req, daemon_query_kind_t kind,
                 const char *id, size_t nid, int *status, json_t **out, buf_t *body,
                 int (*write)(const char *piece, size_t n, void *warg), void *warg);
/* GET / (page.c): the HTML report page of req's parameters, read from store c
 * (borrowed; called on the thread pool), into body (borrowed), its HTTP status
 * into *status (an HTML error page on failure); returns 0 or the ERR_* code of
 * the failure. */
int daemon_page(daemon_t *d, store_t *c, const httpc_request_t *req, int *status, buf_t *body);

#endif
