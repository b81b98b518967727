/* The daemon's projection workers: each catch-up on a connection of its own
 * on the thread pool, a round for every projection at once; the log head
 * they chase; and how appends made elsewhere are heard (a poll timer, and a
 * watch where the engine notifies, PostgreSQL), with this node's ownership
 * of the projections it folds when many nodes share one log. */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

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
 * One read at a time, on the sync lane (never on the loop thread: on
 * PostgreSQL each is a round trip, and a table another session holds would
 * hold the loop), on a connection of its own (sc): the data version is a
 * token that compares only with tokens of the same connection (SQLite's
 * pragma moves with the commits other connections made). A read asked for
 * begins at the end of the loop's turn, or once the one running has
 * completed: every caller gets a read that began after it asked, the
 * requests of one turn (every connection the poll found readable) share
 * one read, and the poll's 250 ms never queue more than one. Each read is a
 * round trip to the sync thread and back, the dearest part of an answer
 * from the cache: the fewer, the faster. */

typedef struct daemon_sync_job_s {
    daemon_t *d;
    unsigned long long n; /* its number (daemon_workers_t.sync_started) */
    int fresh;            /* sc was opened for it: its token compares with none before */
    int dv_rc, head_rc;
    long long dv, head;
} daemon_sync_job_t;

/* On the sync lane (the only user of sc, one read at a time). */
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
    if (j->dv_rc == 0 && !j->fresh && d->workers.sc_have && j->dv == d->workers.sc_dv) {
        j->head = d->workers.sc_head;
        j->head_rc = 0;
        return;
    }
    j->head_rc = eventlog_head(&d->workers.sc->log, &j->head, hash, NULL);
    d->workers.sc_have = j->dv_rc == 0 && j->head_rc == 0;
    d->workers.sc_dv = j->dv;
    d->workers.sc_head = j->head;
    /* A failure keeps the connection: PostgreSQL's reconnects by itself,
     * with a backoff, and a new SQLite connection's token would compare with
     * none before. */
}

static void daemon_sync_done(void *arg, int status);

/* Starts read number sync_started + 1 on the sync lane; when it cannot be
 * queued (the lane is full), it counts as done at once, as a read that
 * failed (the next poll reads again). */
static void daemon_sync_start(daemon_t *d)
{
    daemon_sync_job_t *j = mem_calloc(1, sizeof *j);
    unsigned long long n = ++d->workers.sync_started;

    if (j) {
        j->d = d;
        j->n = n;
        if (daemon_lane_submit(d, &d->pool.sync, daemon_sync_run, daemon_sync_done, j) == 0) {
            d->workers.sync_busy = 1;
            return;
        }
    }
    mem_free(j);
    d->workers.sync_done = n;
    daemon_cache_saw(d, 0, -1);
    daemon_waiters_check(d, 0);
    daemon_queries_synced(d); /* the query requests that waited for it */
}

/* On the loop, at the end of a turn (after its I/O callbacks): starts the
 * read asked for during it, unless one runs (it starts once that one has
 * completed). */
static void daemon_sync_check(uv_check_t *h)
{
    daemon_t *d = h->data;

    uv_check_stop(&d->workers.sync_check);
    uv_idle_stop(&d->workers.sync_idle);
    uv_unref((uv_handle_t *)&d->workers.sync_idle);
    if (d->workers.sync_busy || !d->workers.sync_want) return;
    d->workers.sync_want = 0;
    daemon_sync_start(d);
}

/* Does nothing: an idle handle that is active makes the poll return at
 * once, so it stays active until the check has run (daemon_sync_check stops
 * it); stopping it here, in the idle phase before the poll, would let the
 * poll block. */
static void daemon_sync_idle(uv_idle_t *h)
{
    (void)h;
}

/* Has the read asked for (sync_want) begin at the end of this turn. */
static void daemon_sync_soon(daemon_t *d)
{
    /* Stopping (the handles closed): as a read that could not be queued. */
    if (uv_is_closing((uv_handle_t *)&d->workers.sync_check)) {
        d->workers.sync_want = 0;
        daemon_sync_start(d);
        return;
    }
    uv_check_start(&d->workers.sync_check, daemon_sync_check);
    /* Asked from a timer, before the poll: the poll must not wait for I/O first.
     * Referenced while it waits, so that a loop with nothing else to do (a run
     * until idle: the HTTP fuzz target's) still reaches the check. */
    uv_idle_start(&d->workers.sync_idle, daemon_sync_idle);
    uv_ref((uv_handle_t *)&d->workers.sync_idle);
}

static void daemon_sync_done(void *arg, int status)
{
    daemon_sync_job_t *j = arg;
    daemon_t *d = j->d;
    int ok = status == 0 && j->dv_rc == 0;

    d->workers.sync_busy = 0;
    d->workers.sync_done = j->n;
    /* The reads asked for while this one ran begin at the end of this turn,
     * with those of whatever follows (a waiter answered, a pipelined
     * request). */
    if (d->workers.sync_want) daemon_sync_soon(d);
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

unsigned long long daemon_sync(daemon_t *d)
{
    /* The next to start: none has started since the caller asked. */
    unsigned long long n = d->workers.sync_started + 1;

    if (!d->workers.sync_want) {
        d->workers.sync_want = 1;
        if (!d->workers.sync_busy) daemon_sync_soon(d);
    }
    return n;
}

void daemon_log_grew(daemon_t *d)
{
    (void)daemon_sync(d);
}

/* --- hearing appends made elsewhere at once (engines that can: PostgreSQL) ---
 *
 * The watch connection (w) belongs to a thread of its own, which opens it
 * (again every 250 ms while it is lost), blocks in poll() on its socket and
 * on an eventfd the loop writes to stop it, drains the notifications, and
 * holds this node's ownership of the projections it folds (tried again every
 * second). On PostgreSQL each of those is a round trip, or a connect that can
 * take up to its timeout: none of them runs on the loop thread. The loop
 * learns only what came of them (daemon_watch_heard): the projections owned,
 * and that the log grew. */

static long long daemon_now_ms(void)
{
    return (long long)(uv_hrtime() / 1000000);
}

/* On the watch thread: publishes what it owns now and that the log grew
 * (grew), and wakes the loop. */
static void daemon_watch_tell(daemon_t *d, unsigned owned, int grew, int exited)
{
    daemon_workers_t *wk = &d->workers;

    uv_mutex_lock(&wk->wlock);
    wk->wowned = owned;
    wk->wgrew |= grew;
    wk->wexited |= exited;
    uv_mutex_unlock(&wk->wlock);
    daemon_notify_send(&wk->wwake);
}

/* On the watch thread: tries to own every projection not owned yet (bits in
 * *owned), on w; returns 1 when one was won (its previous owner stopped or
 * died). */
static int daemon_own(daemon_t *d, store_t *w, unsigned *owned)
{
    int won = 0;

    if (!store_shared(w)) return 0;
    for (size_t i = 0; i < proj_def_count && i < DAEMON_PROJ_MAX; i++) {
        err_t e = {0};
        int rc;
        if (*owned & (1u << i)) continue;
        rc = store_own(w, proj_defs[i].name, &e);
        if (rc < 0) {
            daemon_log(d, "warn", "projection %s: cannot take ownership: %s", proj_defs[i].name,
                       e.msg);
            break;
        }
        if (rc == 1) {
            *owned |= 1u << i;
            won = 1;
            daemon_log(d, "info", "projection %s: folded by this node", proj_defs[i].name);
        }
    }
    return won;
}

/* On the watch thread: the watch was lost. The ownerships lived on that
 * connection: the engine frees them when it goes, and a node that reconnects
 * must win them again. */
static void daemon_watch_lost(daemon_t *d, unsigned *owned)
{
    for (size_t i = 0; i < proj_def_count && i < DAEMON_PROJ_MAX; i++)
        if (*owned & (1u << i))
            daemon_log(d, "warn", "projection %s: no longer folded by this node (connection lost)",
                       proj_defs[i].name);
    *owned = 0;
}

static void daemon_watch_thread(void *arg)
{
    daemon_t *d = arg;
    daemon_workers_t *wk = &d->workers;
    store_opts_t o = {0, d->pool.durability};
    store_t *w = NULL;
    unsigned owned = 0, ticks = 0;
    long long next = daemon_now_ms();
    int fd = -1; /* the socket while watching */

    while (!atomic_load(&wk->wquit)) {
        struct pollfd pf[2];
        unsigned before = owned;
        int grew = 0, n, timeout;
        long long now = daemon_now_ms();

        if (now >= next) { /* a tick: every 250 ms */
            next = now + 250;
            if (fd < 0 && (w || store_open(d->pool.db_path, &o, &w, NULL) == 0)) {
                if (store_watch(w, &fd, NULL) != 0)
                    fd = -1;
                else
                    ticks = DAEMON_OWN_TICKS - 1; /* a new session: try to own at once */
            }
            /* Another node's projections: take over within a second when it dies. */
            if (fd >= 0 && ++ticks >= DAEMON_OWN_TICKS) {
                ticks = 0;
                daemon_own(d, w, &owned);
                /* Notifications that arrived while asking are heard below. */
                if ((n = store_watch_drain(w)) < 0) {
                    daemon_watch_lost(d, &owned);
                    fd = -1;
                } else if (n > 0) {
                    grew = 1;
                }
            }
            if (owned != before || grew) daemon_watch_tell(d, owned, grew, 0);
            continue;
        }
        pf[0].fd = wk->wfd, pf[0].events = POLLIN, pf[0].revents = 0;
        pf[1].fd = fd, pf[1].events = POLLIN, pf[1].revents = 0;
        timeout = (int)(next - now);
        if (poll(pf, fd >= 0 ? 2 : 1, timeout) <= 0) continue; /* a tick, or EINTR */
        if (pf[0].revents) {
            uint64_t v;
            while (read(wk->wfd, &v, sizeof v) < 0 && errno == EINTR) continue;
        }
        if (fd >= 0 && pf[1].revents) {
            n = (pf[1].revents & POLLNVAL) ? ERR_IO : store_watch_drain(w);
            if (n < 0) {
                daemon_watch_lost(d, &owned);
                fd = -1; /* the next tick watches again */
            } else if (n > 0) {
                daemon_own(d, w, &owned); /* an owner that died may have left a projection behind */
                grew = 1;
            }
            if (owned != before || grew) daemon_watch_tell(d, owned, grew, 0);
        }
    }
    /* A clean stop gives every ownership up: another node takes them at once. */
    for (size_t i = 0; i < proj_def_count && i < DAEMON_PROJ_MAX; i++)
        if (owned & (1u << i)) store_disown(w, proj_defs[i].name);
    store_close(w);
    daemon_watch_tell(d, 0, 0, 1);
}

/* On the loop: what the watch thread learned. */
static void daemon_watch_heard(daemon_t *d)
{
    daemon_workers_t *wk = &d->workers;
    unsigned owned;
    int grew, exited, won = 0;

    uv_mutex_lock(&wk->wlock);
    owned = wk->wowned;
    grew = wk->wgrew;
    exited = wk->wexited;
    wk->wgrew = 0;
    uv_mutex_unlock(&wk->wlock);
    for (size_t i = 0; i < proj_def_count && i < DAEMON_PROJ_MAX; i++) {
        unsigned char now = (owned >> i) & 1u;
        if (now && !wk->owned[i]) won = 1;
        wk->owned[i] = now;
    }
    if (exited) { /* the thread has ended: nothing more to wait for at a stop */
        uv_unref((uv_handle_t *)&wk->wwake.poll);
        return;
    }
    if (d->stopping) return;
    if (won) daemon_proj_kick(d);
    if (grew) daemon_log_grew(d);
}

/* Starts the watch thread when the engine can notify. */
static void daemon_watch_start(daemon_t *d)
{
    daemon_workers_t *wk = &d->workers;

    if (wk->wthread_ok || d->stopping || !d->q->ops->watch) return;
    if ((wk->wfd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) < 0) goto fail;
    if (daemon_notify_init(d, &wk->wwake, daemon_watch_heard)) {
        close(wk->wfd);
        goto fail;
    }
    uv_mutex_init(&wk->wlock);
    atomic_init(&wk->wquit, 0);
    if (uv_thread_create(&wk->wthread, daemon_watch_thread, d)) {
        uv_mutex_destroy(&wk->wlock);
        uv_close((uv_handle_t *)&wk->wwake.poll, NULL); /* its eventfd closes in release */
        close(wk->wfd);
        goto fail;
    }
    wk->wthread_ok = 1;
    return;
fail:
    wk->wfd = -1;
    daemon_log(d, "warn",
               "cannot start the watch thread: appends made elsewhere are heard "
               "by the 250 ms poll alone, and no projection is folded here");
}

/* On the loop: asks the watch thread to give its ownerships up and end; the
 * loop keeps running until it has (or the stop's grace period ends). */
static void daemon_watch_stop(daemon_t *d)
{
    daemon_workers_t *wk = &d->workers;
    uint64_t one = 1;

    if (!wk->wthread_ok) return;
    atomic_store(&wk->wquit, 1);
    while (write(wk->wfd, &one, sizeof one) < 0 && errno == EINTR) continue;
    uv_mutex_lock(&wk->wlock);
    if (!wk->wexited) uv_ref((uv_handle_t *)&wk->wwake.poll);
    uv_mutex_unlock(&wk->wlock);
}

/* Notices appends made by other processes (CLI ingests, other daemons). */
static void daemon_poll_cb(uv_timer_t *t)
{
    daemon_t *d = t->data;

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

void daemon_workers_sync_init(daemon_t *d)
{
    uv_check_init(d->loop, &d->workers.sync_check);
    d->workers.sync_check.data = d;
    uv_unref((uv_handle_t *)&d->workers.sync_check);
    uv_idle_init(d->loop, &d->workers.sync_idle);
    uv_unref((uv_handle_t *)&d->workers.sync_idle);
}

void daemon_workers_start(daemon_t *d)
{
    daemon_workers_sync_init(d);
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
    daemon_watch_stop(d);
    uv_close((uv_handle_t *)&d->workers.poll_timer, NULL);
    uv_close((uv_handle_t *)&d->workers.sync_check, NULL);
    uv_close((uv_handle_t *)&d->workers.sync_idle, NULL);
    /* A read asked for in this turn (the query requests read with the
     * signal) would have begun in the check just closed: it begins now, or
     * the requests parked for it would never be answered. One running
     * starts it when it completes (daemon_sync_soon). */
    if (d->workers.sync_want && !d->workers.sync_busy) {
        d->workers.sync_want = 0;
        daemon_sync_start(d);
    }
}

void daemon_workers_release(daemon_workers_t *wk)
{
    if (wk->wthread_ok) { /* it has ended: the loop ran until it said so */
        uv_thread_join(&wk->wthread);
        uv_mutex_destroy(&wk->wlock);
        close(wk->wfd);
        wk->wthread_ok = 0;
    }
    daemon_notify_release(&wk->wwake);
    store_close(wk->sc);
    wk->sc = NULL;
}
