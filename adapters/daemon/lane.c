/* Work lanes: bounded queues in front of the libuv thread pool, so that no
 * kind of work can starve another. Queries and reports run on the pool, never
 * on the loop thread; each lane runs at most max_running tasks at once (the
 * pool is sized so that appends, spool ingests and projection catch-ups keep
 * threads of their own) and holds at most max_queued more; past that, submit
 * says ERR_BUSY and the route answers 503 with Retry-After. */
#include <malloc.h>

#include "../../core/mem.h"
#include "daemon.h"

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

void daemon_lane_init(daemon_lane_t *l, const char *name, int max_running, int max_queued, int trim)
{
    l->name = name;
    l->max_running = max_running;
    l->max_queued = max_queued;
    l->trim = trim;
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
