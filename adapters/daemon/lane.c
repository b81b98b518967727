/* The work pool: work on the daemon's threads, the database connections it
 * uses, the lanes, and waking the loop from those threads.
 *
 * Work lanes are bounded queues in front of the thread pool, so that no
 * kind of work can starve another. Queries, reports and the database reads of
 * /v1/status and /metrics run on the pool, never on the loop thread; each
 * lane runs at most max_running tasks at once (the pool is sized so that
 * appends, spool ingests and projection catch-ups keep threads of their own)
 * and holds at most max_queued more; past that, submit says ERR_BUSY and the
 * route answers 503 with Retry-After. */
#include <errno.h>
#include <malloc.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "../../core/mem.h"
#include "daemon.h"

/* --- database connections: a work item takes one of its own --- */

store_t *daemon_db_get(daemon_t *d, err_t *e)
{
    daemon_pool_t *p = &d->pool;
    store_opts_t o = {0, p->durability};
    store_t *c = NULL;

    uv_mutex_lock(&p->lock);
    if (p->nidle > 0) c = p->idle[--p->nidle];
    uv_mutex_unlock(&p->lock);
    if (c) return c;
    if (store_open(p->db_path, &o, &c, e)) return NULL;
    return c;
}

void daemon_db_put(daemon_t *d, store_t *c, int bad)
{
    daemon_pool_t *p = &d->pool;

    if (!c) return;
    uv_mutex_lock(&p->lock);
    if (!bad && p->nidle < DAEMON_POOL) {
        p->idle[p->nidle++] = c;
        c = NULL;
    }
    uv_mutex_unlock(&p->lock);
    store_close(c);
}

/* --- waking the loop --- */

static void daemon_notify_cb(uv_poll_t *h, int status, int events)
{
    daemon_notify_t *n = h->data;
    uint64_t v;

    (void)status, (void)events;
    while (read(n->fd, &v, sizeof v) < 0 && errno == EINTR) continue;
    /* Sends from now on write again: what they publish before sending is
     * seen by this callback or wakes the next one. */
    atomic_store(&n->armed, 0);
    n->cb(n->d);
}

int daemon_notify_init(daemon_t *d, daemon_notify_t *n, void (*cb)(daemon_t *d))
{
    n->d = d;
    n->cb = cb;
    atomic_init(&n->armed, 0);
    if ((n->fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) < 0) return ERR_INTERNAL;
    if (uv_poll_init(d->loop, &n->poll, n->fd)) {
        close(n->fd);
        return ERR_INTERNAL;
    }
    n->poll.data = n;
    uv_poll_start(&n->poll, UV_READABLE, daemon_notify_cb);
    uv_unref((uv_handle_t *)&n->poll);
    n->ok = 1;
    return 0;
}

void daemon_notify_send(daemon_notify_t *n)
{
    uint64_t one = 1;

    if (atomic_exchange(&n->armed, 1)) return; /* a wake-up is on its way */
    while (write(n->fd, &one, sizeof one) < 0 && errno == EINTR) continue;
}

void daemon_notify_release(daemon_notify_t *n)
{
    if (n->ok) close(n->fd);
    n->ok = 0;
}

/* --- work on the daemon's threads --- */

/* A work item: fn on a thread, then done on the loop. */
typedef struct daemon_job_s {
    daemon_t *d;
    void (*fn)(void *);
    void (*done)(void *, int);
    void *arg;
    struct daemon_job_s *next; /* in the queue, then in finished */
} daemon_job_t;

static void daemon_pool_thread(void *arg)
{
    daemon_queue_t *q = arg;
    daemon_pool_t *p = q->pool;
    daemon_job_t *j;

    for (;;) {
        uv_mutex_lock(&q->lock);
        while (!q->head && !q->quit) uv_cond_wait(&q->cond, &q->lock);
        if (!(j = q->head)) {
            uv_mutex_unlock(&q->lock);
            return; /* quit with nothing queued */
        }
        q->head = j->next;
        if (!q->head) q->tail = NULL;
        uv_mutex_unlock(&q->lock);
        j->fn(j->arg);
        /* Done: onto the finished stack without a lock (the loop takes it
         * whole), then the loop's wake-up. */
        j->next = atomic_load(&p->finished);
        while (!atomic_compare_exchange_weak(&p->finished, &j->next, j)) continue;
        daemon_notify_send(&p->wake);
    }
}

/* On the loop: the completions of the work the threads have finished, in
 * the order they finished. */
static void daemon_pool_finished(daemon_t *d)
{
    daemon_pool_t *p = &d->pool;
    daemon_job_t *j = atomic_exchange(&p->finished, NULL), *order = NULL, *next;

    for (; j; j = next) { /* newest first: reversed */
        next = j->next;
        j->next = order;
        order = j;
    }
    for (j = order; j; j = next) {
        next = j->next;
        /* While work is out, the wake-up keeps the loop running (as libuv's
         * own work requests do). */
        if (--p->inflight == 0) uv_unref((uv_handle_t *)&p->wake.poll);
        if (j->done) j->done(j->arg, 0);
        mem_free(j);
    }
}

/* Queues fn(arg) on q's threads, then done(arg, 0) on the loop thread. */
static int daemon_queue_work(daemon_t *d, daemon_queue_t *q, void (*fn)(void *),
                             void (*done)(void *, int), void *arg)
{
    daemon_pool_t *p = &d->pool;
    daemon_job_t *j;

    if (!q->nthreads) return ERR_INTERNAL; /* nothing would ever take it */
    if (!(j = mem_calloc(1, sizeof *j))) return ERR_NOMEM;
    j->d = d, j->fn = fn, j->done = done, j->arg = arg;
    if (p->inflight++ == 0) uv_ref((uv_handle_t *)&p->wake.poll);
    uv_mutex_lock(&q->lock);
    if (q->tail)
        q->tail->next = j;
    else
        q->head = j;
    q->tail = j;
    uv_cond_signal(&q->cond);
    uv_mutex_unlock(&q->lock);
    return 0;
}

int daemon_work(daemon_t *d, void (*fn)(void *), void (*done)(void *, int), void *arg)
{
    return daemon_queue_work(d, &d->pool.work, fn, done, arg);
}

/* Starts n threads on q; 0, or -1 when one cannot start or p has no room
 * for them (a queue short of its threads would serve its lane slower than
 * the lane's bound says). */
static int daemon_queue_threads(daemon_pool_t *p, daemon_queue_t *q, int n)
{
    if (n > DAEMON_THREADS_MAX - p->nthreads) return -1;
    for (int i = 0; i < n; i++, p->nthreads++, q->nthreads++)
        if (uv_thread_create(&p->threads[p->nthreads], daemon_pool_thread, q)) return -1;
    return 0;
}

int daemon_pool_start(daemon_t *d, err_t *e)
{
    daemon_pool_t *p = &d->pool;
    /* The lanes with queues of their own take their threads; the work queue
     * the rest: the workers, one more, and the query lane's threads. */
    int own = DAEMON_HEAVY_RUNNING + DAEMON_STATUS_RUNNING + DAEMON_SYNC_RUNNING;
    int n = daemon_pool_threads(p);

    if (n > DAEMON_THREADS_MAX)
        return err_set(e, ERR_INTERNAL, "%d work threads asked for, at most %d", n,
                       DAEMON_THREADS_MAX);
    if (daemon_notify_init(d, &p->wake, daemon_pool_finished))
        return err_set(e, ERR_INTERNAL, "cannot set up the work threads' wake-up");
    if (daemon_queue_threads(p, &p->work, n - own) ||
        daemon_queue_threads(p, &p->heavyq, DAEMON_HEAVY_RUNNING) ||
        daemon_queue_threads(p, &p->statusq, DAEMON_STATUS_RUNNING) ||
        daemon_queue_threads(p, &p->syncq, DAEMON_SYNC_RUNNING))
        return err_set(e, ERR_INTERNAL, "cannot start the work threads");
    return 0;
}

/* --- lanes --- */

struct daemon_task_s {
    daemon_lane_t *lane;
    daemon_t *d;
    void (*fn)(void *);
    void (*done)(void *, int);
    void *arg;
    daemon_task_t *next;
};

static int daemon_lane_start(daemon_t *d, daemon_task_t *t);

static void daemon_lane_run(void *arg)
{
    daemon_task_t *t = arg;

    t->fn(t->arg);
    /* A heavy task frees tens of MB in the malloc arena of whichever pool
     * thread ran it, and glibc keeps them there: with every pool thread's
     * arena holding its last report's peak, the daemon's memory would be the
     * pool size times a report's, not the lane's bound. Hand them back. */
    if (t->lane->trim) malloc_trim(0);
}

static void daemon_lane_done(void *arg, int status)
{
    daemon_task_t *t = arg;
    daemon_lane_t *l = t->lane;
    daemon_t *d = t->d;

    l->running--;
    t->done(t->arg, status);
    mem_free(t);
    /* The next queued task takes the freed place. */
    while (l->head && l->running < l->max_running) {
        daemon_task_t *n = l->head;
        l->head = n->next;
        if (!l->head) l->tail = NULL;
        l->queued--;
        if (daemon_lane_start(d, n)) {
            n->done(n->arg, UV_ECANCELED);
            mem_free(n);
        }
    }
}

static int daemon_lane_start(daemon_t *d, daemon_task_t *t)
{
    int rc = daemon_queue_work(d, t->lane->queue, daemon_lane_run, daemon_lane_done, t);

    if (rc == 0) t->lane->running++;
    return rc;
}

/* Prepares lane l (zeroed) with its bounds, its tasks run on q's threads;
 * name is static; trim: after each task, the memory it freed goes back to
 * the system (malloc_trim; for lanes of large, rare tasks). */
static void daemon_lane_init(daemon_lane_t *l, const char *name, daemon_queue_t *q, int max_running,
                             int max_queued, int trim)
{
    l->name = name;
    l->queue = q;
    l->max_running = max_running;
    l->max_queued = max_queued;
    l->trim = trim;
}

/* Prepares q (zeroed) in p. */
static void daemon_queue_init(daemon_pool_t *p, daemon_queue_t *q)
{
    uv_mutex_init(&q->lock);
    uv_cond_init(&q->cond);
    q->pool = p;
}

void daemon_pool_init(daemon_pool_t *p)
{
    uv_mutex_init(&p->lock);
    atomic_init(&p->finished, NULL);
    daemon_queue_init(p, &p->work);
    daemon_queue_init(p, &p->heavyq);
    daemon_queue_init(p, &p->statusq);
    daemon_queue_init(p, &p->syncq);
    daemon_lane_init(&p->query, "query", &p->work, DAEMON_QUERY_RUNNING, DAEMON_QUERY_QUEUED, 0);
    daemon_lane_init(&p->heavy, "heavy", &p->heavyq, DAEMON_HEAVY_RUNNING, DAEMON_HEAVY_QUEUED, 1);
    daemon_lane_init(&p->status, "status", &p->statusq, DAEMON_STATUS_RUNNING, DAEMON_STATUS_QUEUED,
                     0);
    daemon_lane_init(&p->sync, "sync", &p->syncq, DAEMON_SYNC_RUNNING, DAEMON_SYNC_QUEUED, 0);
}

int daemon_pool_threads(const daemon_pool_t *p)
{
    /* The lanes' threads come on top of the workers: appends, spool ingests
     * and catch-ups always have --workers threads free, however many
     * queries wait. */
    return p->nworkers + 1 + DAEMON_QUERY_RUNNING + DAEMON_HEAVY_RUNNING + DAEMON_STATUS_RUNNING +
           DAEMON_SYNC_RUNNING;
}

/* Tells q's threads to end once nothing is queued. */
static void daemon_queue_quit(daemon_queue_t *q)
{
    uv_mutex_lock(&q->lock);
    q->quit = 1;
    uv_cond_broadcast(&q->cond);
    uv_mutex_unlock(&q->lock);
}

/* Frees q's lock and condition (its threads joined). */
static void daemon_queue_release(daemon_queue_t *q)
{
    q->nthreads = 0;
    uv_cond_destroy(&q->cond);
    uv_mutex_destroy(&q->lock);
}

void daemon_pool_release(daemon_pool_t *p)
{
    daemon_queue_quit(&p->work);
    daemon_queue_quit(&p->heavyq);
    daemon_queue_quit(&p->statusq);
    daemon_queue_quit(&p->syncq);
    for (int i = 0; i < p->nthreads; i++) uv_thread_join(&p->threads[i]);
    p->nthreads = 0;
    daemon_queue_release(&p->work);
    daemon_queue_release(&p->heavyq);
    daemon_queue_release(&p->statusq);
    daemon_queue_release(&p->syncq);
    daemon_notify_release(&p->wake);
    for (int i = 0; i < p->nidle; i++) store_close(p->idle[i]);
    p->nidle = 0;
}

int daemon_lane_submit(daemon_t *d, daemon_lane_t *l, void (*fn)(void *), void (*done)(void *, int),
                       void *arg)
{
    daemon_task_t *t;
    int rc;

    if (l->running >= l->max_running && l->queued >= l->max_queued) {
        l->refused++;
        return ERR_BUSY;
    }
    if (!(t = mem_calloc(1, sizeof *t))) return ERR_NOMEM;
    t->lane = l, t->d = d, t->fn = fn, t->done = done, t->arg = arg;
    if (l->running < l->max_running) {
        if ((rc = daemon_lane_start(d, t))) mem_free(t);
        return rc;
    }
    if (l->tail)
        l->tail->next = t;
    else
        l->head = t;
    l->tail = t;
    l->queued++;
    return 0;
}
