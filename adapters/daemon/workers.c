/* The daemon's projection workers: each catch-up on a connection of its own
 * on the thread pool, a round for every projection at once; the log head
 * they chase; and how appends made elsewhere are heard (a poll timer, and a
 * watch where the engine notifies, PostgreSQL), with this node's ownership
 * of the projections it folds when many nodes share one log. */
#include <stdlib.h>
#include <string.h>

#include "../../core/mem.h"
#include "../../core/proj.h"
#include "daemon.h"

/* Poll ticks (250 ms each) between tries to own the projections another node folds. */
#define DAEMON_OWN_TICKS 4

/* --- projection workers: each catch-up on a connection of its own --- */

typedef struct daemon_proj_job_s {
    daemon_t *d;
    const char *name; /* static, from proj_defs */
    size_t index;     /* in proj_defs */
    int fold;         /* this node owns the projection: fold it, not only read its checkpoint */
    long long applied;
    long long checkpoint;
    err_t e;
    int rc;
} daemon_proj_job_t;

static void daemon_proj_run(void *arg)
{
    daemon_proj_job_t *j = arg;
    proj_status_t st[16];
    proj_opts_t o = {0};
    store_t *c = daemon_db_get(j->d, &j->e);

    o.only = j->name;
    j->rc = c ? 0 : j->e.code;
    if (j->d->workers.slow_ms > 0) /* tests: the first projections finish last */
        uv_sleep((unsigned)(j->d->workers.slow_ms * (int)(proj_def_count - j->index)));
    if (!j->rc && j->fold) j->rc = proj_run(&c->rm, &c->log, &o, &j->applied, &j->e);
    j->checkpoint = -1;
    if (!j->rc && proj_def_count <= 16 && proj_status(&c->rm, st, &j->e) == 0)
        for (size_t i = 0; i < proj_def_count; i++)
            if (strcmp(st[i].name, j->name) == 0) j->checkpoint = st[i].last_seq;
    daemon_db_put(j->d, c, j->rc != 0);
}

static void daemon_proj_done(void *arg, int status)
{
    daemon_proj_job_t *j = arg;
    daemon_t *d = j->d;

    (void)status;
    if (j->rc)
        daemon_log(d, "error", "projection %s: %s", j->name, j->e.msg);
    else if (j->applied)
        daemon_log(d, "info", "projection %s: applied %lld events", j->name, j->applied);
    if (j->rc || j->checkpoint < 0) d->workers.failed = 1;
    if (j->checkpoint >= 0 && (d->workers.seq < 0 || j->checkpoint < d->workers.seq))
        d->workers.seq = j->checkpoint;
    if (j->checkpoint >= 0 && j->index < DAEMON_PROJ_MAX) d->workers.ckpt[j->index] = j->checkpoint;
    daemon_cache_bump(d); /* the read models may have moved: cached answers are stale */
    mem_free(j);
    if (--d->workers.pending > 0) {
        daemon_waiters_check(d, 0); /* reads that need only this projection */
        return;
    }
    d->workers.busy = 0;
    /* A projection that failed is behind: nothing may claim consistency. */
    if (d->workers.failed) d->workers.seq = -1;
    daemon_waiters_check(d, 0);
    if (d->workers.again && !d->stopping) {
        d->workers.again = 0;
        daemon_proj_kick(d);
    }
}

void daemon_proj_kick(daemon_t *d)
{
    if (d->stopping) return;
    if (d->workers.busy) {
        d->workers.again = 1;
        return;
    }
    d->workers.busy = 1;
    d->workers.seq = -1;
    d->workers.failed = 0;
    d->workers.pending = 0;
    for (size_t i = 0; i < proj_def_count; i++) {
        daemon_proj_job_t *j = mem_calloc(1, sizeof *j);
        if (!j) continue;
        j->d = d;
        j->name = proj_defs[i].name;
        j->index = i;
        j->fold = !store_shared(d->q) || (i < DAEMON_PROJ_MAX && d->workers.owned[i]);
        if (daemon_work(d, daemon_proj_run, daemon_proj_done, j)) {
            mem_free(j);
            continue;
        }
        d->workers.pending++;
    }
    if (d->workers.pending == 0) d->workers.busy = 0;
}

unsigned daemon_proj_bit(const char *name)
{
    const proj_def_t *p = proj_def_find(name);
    size_t i = p ? (size_t)(p - proj_defs) : DAEMON_PROJ_MAX;

    return i < DAEMON_PROJ_MAX ? 1u << i : 0;
}

int daemon_proj_reached(const daemon_t *d, unsigned mask, long long target)
{
    for (size_t i = 0; i < proj_def_count && i < DAEMON_PROJ_MAX; i++)
        if ((mask & (1u << i)) && d->workers.ckpt[i] < target) return 0;
    return 1;
}

void daemon_log_at(daemon_t *d, long long seq)
{
    /* Only forward: a read that began before an append may complete after
     * the append told us a later head. */
    if (seq > d->workers.head) {
        d->workers.head = seq;
        daemon_cache_bump(d);
        daemon_proj_kick(d);
    }
    daemon_waiters_check(d, 0);
}

/* --- reading the log head and the data version off the loop ---
 *
 * One read at a time, on the status lane (never on the loop thread: on
 * PostgreSQL each is a round trip, and a table another session holds would
 * hold the loop), on a connection of its own (sc): the data version is a
 * token that compares only with tokens of the same connection (SQLite's
 * pragma moves with the commits other connections made). A read asked for
 * while one runs sets again, and one more starts when it completes: every
 * caller gets a read that began after it asked, and the poll's 250 ms never
 * queue more than one. */

typedef struct daemon_sync_job_s {
    daemon_t *d;
    unsigned long long n; /* its number (daemon_workers_t.sync_started) */
    int fresh;            /* sc was opened for it: its token compares with none before */
    int dv_rc, head_rc;
    long long dv, head;
} daemon_sync_job_t;

/* On the status lane (the only user of sc, one read at a time). */
static void daemon_sync_run(void *arg)
{
    daemon_sync_job_t *j = arg;
    daemon_t *d = j->d;
    store_opts_t o = {0, d->pool.durability};
    char hash[65];

    j->dv_rc = j->head_rc = ERR_UNAVAILABLE;
    if (!d->workers.sc) {
        if (store_open(d->pool.db_path, &o, &d->workers.sc, NULL)) return;
        j->fresh = 1;
    }
    j->dv_rc = eventlog_data_version(&d->workers.sc->log, &j->dv, NULL);
    j->head_rc = eventlog_head(&d->workers.sc->log, &j->head, hash, NULL);
    /* A failure keeps the connection: PostgreSQL's reconnects by itself,
     * with a backoff, and a new SQLite connection's token would compare with
     * none before. */
}

static void daemon_sync_start(daemon_t *d);

static void daemon_sync_done(void *arg, int status)
{
    daemon_sync_job_t *j = arg;
    daemon_t *d = j->d;
    int ok = status == 0 && j->dv_rc == 0;

    d->workers.sync_busy = 0;
    d->workers.sync_done = j->n;
    /* The next read first: what follows may ask for one (a waiter answered,
     * a pipelined request), and it would then wait for that same read. */
    if (d->workers.sync_again) {
        d->workers.sync_again = 0;
        daemon_sync_start(d);
    }
    /* A version that cannot be compared (no read, a new connection) counts
     * as moved: cached answers go, as they would for a commit. */
    daemon_cache_saw(d, ok && !j->fresh, ok ? j->dv : -1);
    if (status == 0 && j->head_rc == 0)
        daemon_log_at(d, j->head);
    else
        daemon_waiters_check(d, 0);
    mem_free(j);
    daemon_queries_synced(d); /* the query requests that waited for this read */
}

/* Starts read number sync_started + 1 on the status lane; when it cannot be
 * queued (the lane is full), it counts as done at once, as a read that
 * failed (the next poll reads again). */
static void daemon_sync_start(daemon_t *d)
{
    daemon_sync_job_t *j = mem_calloc(1, sizeof *j);
    unsigned long long n = ++d->workers.sync_started;

    if (j) {
        j->d = d;
        j->n = n;
        if (daemon_lane_submit(d, &d->pool.status, daemon_sync_run, daemon_sync_done, j) == 0) {
            d->workers.sync_busy = 1;
            return;
        }
    }
    mem_free(j);
    d->workers.sync_done = n;
    daemon_cache_saw(d, 0, -1);
}

unsigned long long daemon_sync(daemon_t *d)
{
    if (d->workers.sync_busy) {
        d->workers.sync_again = 1;
        return d->workers.sync_started + 1;
    }
    daemon_sync_start(d);
    return d->workers.sync_started;
}

void daemon_log_grew(daemon_t *d)
{
    (void)daemon_sync(d);
}

/* --- hearing appends made elsewhere at once (engines that can: PostgreSQL) --- */

static void daemon_watch_closed(uv_handle_t *h)
{
    mem_free(h);
}

static void daemon_watch_stop(daemon_t *d)
{
    if (!d->workers.watch) return;
    uv_close((uv_handle_t *)d->workers.watch, daemon_watch_closed);
    d->workers.watch = NULL;
    /* The ownerships lived on that connection: the engine frees them when it
     * goes, and a node that reconnects must win them again. */
    for (size_t i = 0; i < proj_def_count && i < DAEMON_PROJ_MAX; i++) {
        if (d->workers.owned[i])
            daemon_log(d, "warn", "projection %s: no longer folded by this node (connection lost)",
                       proj_defs[i].name);
        d->workers.owned[i] = 0;
    }
}

/* --- projection ownership (engines shared by many nodes: PostgreSQL) --- */

/* Tries to own every projection this node does not own yet, on the watch
 * connection; kicks a catch-up when one was won (its previous owner stopped
 * or died). Does nothing without a watch: ownership needs a live connection. */
static void daemon_own(daemon_t *d)
{
    int won = 0;

    d->workers.own_ticks = 0;
    if (!d->workers.watch || d->stopping || !store_shared(d->workers.w)) return;
    for (size_t i = 0; i < proj_def_count && i < DAEMON_PROJ_MAX; i++) {
        err_t e = {0};
        int rc;
        if (d->workers.owned[i]) continue;
        rc = store_own(d->workers.w, proj_defs[i].name, &e);
        if (rc < 0) {
            daemon_log(d, "warn", "projection %s: cannot take ownership: %s", proj_defs[i].name,
                       e.msg);
            break;
        }
        if (rc == 1) {
            d->workers.owned[i] = 1;
            won = 1;
            daemon_log(d, "info", "projection %s: folded by this node", proj_defs[i].name);
        }
    }
    if (won) daemon_proj_kick(d);
}

/* Gives up every ownership (clean stop): another node takes them at once. */
static void daemon_disown(daemon_t *d)
{
    for (size_t i = 0; i < proj_def_count && i < DAEMON_PROJ_MAX; i++) {
        if (d->workers.owned[i] && d->workers.w) store_disown(d->workers.w, proj_defs[i].name);
        d->workers.owned[i] = 0;
    }
}

static void daemon_watch_cb(uv_poll_t *p, int status, int events)
{
    daemon_t *d = p->data;
    int n;

    (void)events;
    n = status < 0 ? ERR_IO : store_watch_drain(d->workers.w);
    if (n < 0) {
        daemon_watch_stop(d); /* the poll timer watches again */
        return;
    }
    if (n > 0) {
        daemon_own(d); /* an owner that died may have left a projection behind */
        daemon_log_grew(d);
    }
}

/* Starts listening when the engine can and it is not listening yet. */
static void daemon_watch_start(daemon_t *d)
{
    store_opts_t o = {0, d->pool.durability};
    int fd = -1;

    if (d->workers.watch || d->stopping || !d->q->ops->watch) return;
    if (!d->workers.w && store_open(d->pool.db_path, &o, &d->workers.w, NULL)) return;
    if (store_watch(d->workers.w, &fd, NULL) != 0) return;
    if (!(d->workers.watch = mem_calloc(1, sizeof *d->workers.watch))) return;
    if (uv_poll_init(d->loop, d->workers.watch, fd) != 0) {
        mem_free(d->workers.watch);
        d->workers.watch = NULL;
        return;
    }
    d->workers.watch->data = d;
    uv_poll_start(d->workers.watch, UV_READABLE, daemon_watch_cb);
    daemon_own(d);
}

/* Notices appends made by other processes (CLI ingests, other daemons). */
static void daemon_poll_cb(uv_timer_t *t)
{
    daemon_t *d = t->data;

    daemon_watch_start(d); /* again after the watch was lost */
    /* Another node's projections: take over within a second when it dies. */
    if (++d->workers.own_ticks >= DAEMON_OWN_TICKS) {
        daemon_own(d);
        /* Notifications that arrived while asking are heard below (log_grew). */
        if (d->workers.watch && store_watch_drain(d->workers.w) < 0) daemon_watch_stop(d);
    }
    if (d->workers.failed && !d->workers.busy) daemon_proj_kick(d); /* retry a failed catch-up */
    /* Behind the head without a round running (another node committed a
     * chunk between our rounds): catch up again. */
    if (!d->workers.busy && d->workers.seq >= 0 && d->workers.head > d->workers.seq)
        daemon_proj_kick(d);
    daemon_log_grew(d);
    /* Consistent reads still waiting (a round that began before their target
     * was committed elsewhere, a projection another node folds): ask again. */
    if (!d->workers.busy && daemon_waiters_pending(d)) daemon_proj_kick(d);
}

/* --- start and stop --- */

void daemon_workers_init(daemon_workers_t *wk)
{
    for (int i = 0; i < DAEMON_PROJ_MAX; i++) wk->ckpt[i] = -1;
    /* Tests widen the races between projection workers with this: each
     * catch-up job sleeps N ms times its distance from the end of proj_defs. */
    if (getenv("SEISMO_DAEMON_SLOW_MS")) wk->slow_ms = atoi(getenv("SEISMO_DAEMON_SLOW_MS"));
}

void daemon_workers_start(daemon_t *d)
{
    uv_timer_init(d->loop, &d->workers.poll_timer);
    d->workers.poll_timer.data = d;
    uv_timer_start(&d->workers.poll_timer, daemon_poll_cb, 250, 250);
}

void daemon_workers_first(daemon_t *d)
{
    d->workers.head = -1;
    daemon_watch_start(d);
    daemon_log_grew(d);
}

void daemon_workers_stop(daemon_t *d)
{
    uv_timer_stop(&d->workers.poll_timer);
    daemon_disown(d);
    daemon_watch_stop(d);
    uv_close((uv_handle_t *)&d->workers.poll_timer, NULL);
}

void daemon_workers_release(daemon_workers_t *wk)
{
    store_close(wk->w);
    wk->w = NULL;
    store_close(wk->sc);
    wk->sc = NULL;
}
