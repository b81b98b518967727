/* daemon: `seismo daemon`, the long-running side of seismo on libuv.
 *
 * One loop thread accepts connections, parses requests (httpc) and answers
 * queries from its own read connection (WAL readers never wait for writers).
 * Appends, spool ingests and projection catch-ups run on the libuv thread
 * pool, each with a database connection of its own from a small pool. This
 * header is shared by the daemon's files only. */
#ifndef SEISMO_DAEMON_H
#define SEISMO_DAEMON_H

#include <uv.h>

#include "../../core/extract.h"
#include "../../core/registry.h"
#include "../http/httpc.h"
#include "../../core/store.h"
#include "../store/store.h"
#include "daemon_run.h"

#define DAEMON_POOL        16
#define DAEMON_IDLE_MS     30000
#define DAEMON_LAT_BUCKETS 12

typedef struct daemon_conn_s daemon_conn_t;
typedef struct daemon_waiter_s daemon_waiter_t;

/* Prometheus counters. */
typedef struct daemon_metrics_s {
    unsigned long long events_appended;
    unsigned long long articles_ingested;
    unsigned long long articles_rejected;
    unsigned long long conns_refused;
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
    /* projections */
    int proj_busy, proj_again;
    long long proj_seq; /* the least checkpoint after the last catch-up */
    int proj_failed;    /* a projection of the current round failed */
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
    unsigned cache_next;
    uv_signal_t sig_term, sig_int, sig_hup;
    uv_timer_t stop_timer;
} daemon_t;

/* Writes one log line (text or JSON) at level ("info", "warn", "error"). */
void daemon_log(daemon_t *d, const char *level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

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
/* Called on the loop thread when the log grew (our appends, or seen by polling). */
void daemon_log_grew(daemon_t *d);
/* Answers parked long polls and consistent reads that can now be answered. */
void daemon_waiters_check(daemon_t *d, int timeout_all);
/* Answers a GET query route under /v1 (timeline, summary, reactions, report;
 * query.c) from d's read connection: returns 1 with *status and body (caller
 * storage, JSON) filled, or 0 when path is not a query route. */
int daemon_query(daemon_t *d, const httpc_request_t *req, int *status, buf_t *body);

/* Looks up the cached answer to key (borrowed); returns the slot (borrowed) or NULL. */
const daemon_cache_slot_t *daemon_cache_get(daemon_t *d, const char *key);
/* Caches an answer (key and body borrowed, copied) built at generation gen. */
void daemon_cache_put(daemon_t *d, const char *key, int status, const char *body, size_t len,
                      unsigned long long gen);
/* Drops every cached answer. */
void daemon_cache_clear(daemon_t *d);

/* Runs fn(arg) on the thread pool and then done(arg) on the loop thread. */
int daemon_work(daemon_t *d, void (*fn)(void *), void (*done)(void *, int), void *arg);

#endif
