/* The work pool: work on the libuv thread pool, the database connections it
 * uses, and the lanes.
 *
 * Work lanes are bounded queues in front of the thread pool, so that no
 * kind of work can starve another. Queries and reports run on the pool, never
 * on the loop thread; each lane runs at most max_running tasks at once (the
 * pool is sized so that appends, spool ingests and projection catch-ups keep
 * threads of their own) and holds at most max_queued more; past that, submit
 * says ERR_BUSY and the route answers 503 with Retry-After. */
#include <malloc.h>

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

/* --- thread-pool work --- */

/* Thread-pool work with a loop-side completion. */
typedef struct daemon_job_s {
    uv_work_t req;
    daemon_t *d;
    void (*fn)(void *);
    void (*done)(void *, int);
    void *arg;
} daemon_job_t;

static void daemon_job_run(uv_work_t *w)
{
    daemon_job_t *j = w->data;
    j->fn(j->arg);
}

static void daemon_job_after(uv_work_t *w, int status)
{
    daemon_job_t *j = w->data;
    daemon_t *d = j->d;

    d->pool.inflight--;
    if (j->done) j->done(j->arg, status);
    mem_free(j);
}

int daemon_work(daemon_t *d, void (*fn)(void *), void (*done)(void *, int), void *arg)
{
    daemon_job_t *j = mem_calloc(1, sizeof *j);

    if (!j) return ERR_NOMEM;
    j->d = d, j->fn = fn, j->done = done, j->arg = arg;
    j->req.data = j;
    if (uv_queue_work(d->loop, &j->req, daemon_job_run, daemon_job_after)) {
        mem_free(j);
        return ERR_INTERNAL;
    }
    d->pool.inflight++;
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
    int rc = daemon_work(d, daemon_lane_run, daemon_lane_done, t);

    if (rc == 0) t->lane->running++;
    return rc;
}

/* Prepares lane l (zeroed) with its bounds; name is static; trim: after each
 * task, the memory it freed goes back to the system (malloc_trim; for lanes
 * of large, rare tasks). */
static void daemon_lane_init(daemon_lane_t *l, const char *name, int max_running, int max_queued,
                             int trim)
{
    l->name = name;
    l->max_running = max_running;
    l->max_queued = max_queued;
    l->trim = trim;
}

void daemon_pool_init(daemon_pool_t *p)
{
    uv_mutex_init(&p->lock);
    daemon_lane_init(&p->query, "query", DAEMON_QUERY_RUNNING, DAEMON_QUERY_QUEUED, 0);
    daemon_lane_init(&p->heavy, "heavy", DAEMON_HEAVY_RUNNING, DAEMON_HEAVY_QUEUED, 1);
}

int daemon_pool_threads(const daemon_pool_t *p)
{
    /* The lanes' threads come on top of the workers: appends, spool ingests
     * and catch-ups always have --workers threads free, however many
     * queries wait. */
    return p->nworkers + 1 + DAEMON_QUERY_RUNNING + DAEMON_HEAVY_RUNNING;
}

void daemon_pool_release(daemon_pool_t *p)
{
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
