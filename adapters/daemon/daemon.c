/* seismo daemon: options, start-up checks, signals, logging, the connection
 * pool, thread-pool work and the projection workers. */
#include "daemon.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../../core/canon.h"
#include "../../core/mem.h"
#include "../file/file.h"
#include "daemon_run.h"
#include "../../core/proj.h"
#include "../../core/regstore.h"
#include "../model/modelfile.h"

/* Poll ticks (250 ms each) between tries to own the projections another node folds. */
#define DAEMON_OWN_TICKS 4

static daemon_t *daemon_self; /* for log lines from anywhere in the daemon */

void daemon_log(daemon_t *d, const char *level, const char *fmt, ...)
{
    char msg[1024], ts[32];
    struct timespec now;
    struct tm tm;
    FILE *f;
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    clock_gettime(CLOCK_REALTIME, &now);
    /* Workers log too, and SIGHUP swaps the file: one lock for both. */
    if (d) uv_mutex_lock(&d->log_lock);
    f = d && d->logf ? d->logf : stderr;
    gmtime_r(&now.tv_sec, &tm);
    strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%S", &tm);
    if (d && d->log_json) {
        buf_t b;
        buf_init(&b);
        buf_printf(&b, "{\"ts\":\"%s.%03ldZ\",\"level\":", ts, now.tv_nsec / 1000000);
        canon_put_string(&b, level);
        buf_puts(&b, ",\"msg\":");
        canon_put_string(&b, msg);
        buf_puts(&b, "}\n");
        fputs(buf_str(&b), f);
        buf_release(&b);
    } else {
        fprintf(f, "%s.%03ldZ %s %s\n", ts, now.tv_nsec / 1000000, level, msg);
    }
    fflush(f);
    if (d) uv_mutex_unlock(&d->log_lock);
}

void daemon_log_access(daemon_t *d, const char *method, const char *path, int status, double ms,
                       size_t bytes)
{
    char ts[32];
    struct timespec now;
    struct tm tm;
    buf_t b;

    if (!d->log_json) return;
    clock_gettime(CLOCK_REALTIME, &now);
    gmtime_r(&now.tv_sec, &tm);
    strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%S", &tm);
    buf_init(&b);
    buf_printf(&b, "{\"ts\":\"%s.%03ldZ\",\"level\":\"info\",\"event\":\"request\",\"method\":", ts,
               now.tv_nsec / 1000000);
    canon_put_string(&b, method);
    buf_puts(&b, ",\"path\":");
    canon_put_string(&b, path);
    buf_printf(&b, ",\"status\":%d,\"ms\":%.3f,\"bytes\":%zu}\n", status, ms, bytes);
    if (!b.oom) {
        uv_mutex_lock(&d->log_lock);
        fputs(buf_str(&b), d->logf ? d->logf : stderr);
        fflush(d->logf ? d->logf : stderr);
        uv_mutex_unlock(&d->log_lock);
    }
    buf_release(&b);
}

store_t *daemon_db_get(daemon_t *d, err_t *e)
{
    store_opts_t o = {0, d->durability};
    store_t *c = NULL;

    uv_mutex_lock(&d->pool_lock);
    if (d->npool > 0) c = d->pool[--d->npool];
    uv_mutex_unlock(&d->pool_lock);
    if (c) return c;
    if (store_open(d->db_path, &o, &c, e)) return NULL;
    return c;
}

void daemon_db_put(daemon_t *d, store_t *c, int bad)
{
    if (!c) return;
    uv_mutex_lock(&d->pool_lock);
    if (!bad && d->npool < DAEMON_POOL) {
        d->pool[d->npool++] = c;
        c = NULL;
    }
    uv_mutex_unlock(&d->pool_lock);
    store_close(c);
}

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

    d->inflight--;
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
    d->inflight++;
    return 0;
}

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

static int daemon_proj_pending; /* catch-up jobs still running in this round */

static void daemon_proj_run(void *arg)
{
    daemon_proj_job_t *j = arg;
    proj_status_t st[16];
    proj_opts_t o = {0};
    store_t *c = daemon_db_get(j->d, &j->e);

    o.only = j->name;
    j->rc = c ? 0 : j->e.code;
    if (j->d->slow_ms > 0) /* tests: the first projections finish last */
        uv_sleep((unsigned)(j->d->slow_ms * (int)(proj_def_count - j->index)));
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
    if (j->rc || j->checkpoint < 0) d->proj_failed = 1;
    if (j->checkpoint >= 0 && (d->proj_seq < 0 || j->checkpoint < d->proj_seq))
        d->proj_seq = j->checkpoint;
    if (j->checkpoint >= 0 && j->index < DAEMON_PROJ_MAX) d->proj_ckpt[j->index] = j->checkpoint;
    d->gen++; /* the read models may have moved: cached answers are stale */
    mem_free(j);
    if (--daemon_proj_pending > 0) {
        daemon_waiters_check(d, 0); /* reads that need only this projection */
        return;
    }
    d->proj_busy = 0;
    /* A projection that failed is behind: nothing may claim consistency. */
    if (d->proj_failed) d->proj_seq = -1;
    daemon_waiters_check(d, 0);
    if (d->proj_again && !d->stopping) {
        d->proj_again = 0;
        daemon_proj_kick(d);
    }
}

void daemon_proj_kick(daemon_t *d)
{
    if (d->stopping) return;
    if (d->proj_busy) {
        d->proj_again = 1;
        return;
    }
    d->proj_busy = 1;
    d->proj_seq = -1;
    d->proj_failed = 0;
    daemon_proj_pending = 0;
    for (size_t i = 0; i < proj_def_count; i++) {
        daemon_proj_job_t *j = mem_calloc(1, sizeof *j);
        if (!j) continue;
        j->d = d;
        j->name = proj_defs[i].name;
        j->index = i;
        j->fold = !store_shared(d->q) || (i < DAEMON_PROJ_MAX && d->proj_owned[i]);
        if (daemon_work(d, daemon_proj_run, daemon_proj_done, j)) {
            mem_free(j);
            continue;
        }
        daemon_proj_pending++;
    }
    if (daemon_proj_pending == 0) d->proj_busy = 0;
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
        if ((mask & (1u << i)) && d->proj_ckpt[i] < target) return 0;
    return 1;
}

void daemon_log_grew(daemon_t *d)
{
    long long seq = 0;
    char hash[65];

    if (eventlog_head(&d->q->log, &seq, hash, NULL) == 0 && seq != d->head) {
        d->head = seq;
        d->gen++;
        daemon_proj_kick(d);
    }
    daemon_waiters_check(d, 0);
}

/* --- hearing appends made elsewhere at once (engines that can: PostgreSQL) --- */

static void daemon_watch_closed(uv_handle_t *h)
{
    mem_free(h);
}

static void daemon_watch_stop(daemon_t *d)
{
    if (!d->watch) return;
    uv_close((uv_handle_t *)d->watch, daemon_watch_closed);
    d->watch = NULL;
    /* The ownerships lived on that connection: the engine frees them when it
     * goes, and a node that reconnects must win them again. */
    for (size_t i = 0; i < proj_def_count && i < DAEMON_PROJ_MAX; i++) {
        if (d->proj_owned[i])
            daemon_log(d, "warn", "projection %s: no longer folded by this node (connection lost)",
                       proj_defs[i].name);
        d->proj_owned[i] = 0;
    }
}

/* --- projection ownership (engines shared by many nodes: PostgreSQL) --- */

/* Tries to own every projection this node does not own yet, on the watch
 * connection; kicks a catch-up when one was won (its previous owner stopped
 * or died). Does nothing without a watch: ownership needs a live connection. */
static void daemon_own(daemon_t *d)
{
    int won = 0;

    d->own_ticks = 0;
    if (!d->watch || d->stopping || !store_shared(d->w)) return;
    for (size_t i = 0; i < proj_def_count && i < DAEMON_PROJ_MAX; i++) {
        err_t e = {0};
        int rc;
        if (d->proj_owned[i]) continue;
        rc = store_own(d->w, proj_defs[i].name, &e);
        if (rc < 0) {
            daemon_log(d, "warn", "projection %s: cannot take ownership: %s", proj_defs[i].name,
                       e.msg);
            break;
        }
        if (rc == 1) {
            d->proj_owned[i] = 1;
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
        if (d->proj_owned[i] && d->w) store_disown(d->w, proj_defs[i].name);
        d->proj_owned[i] = 0;
    }
}

static void daemon_watch_cb(uv_poll_t *p, int status, int events)
{
    daemon_t *d = p->data;
    int n;

    (void)events;
    n = status < 0 ? ERR_IO : store_watch_drain(d->w);
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
    store_opts_t o = {0, d->durability};
    int fd = -1;

    if (d->watch || d->stopping || !d->q->ops->watch) return;
    if (!d->w && store_open(d->db_path, &o, &d->w, NULL)) return;
    if (store_watch(d->w, &fd, NULL) != 0) return;
    if (!(d->watch = mem_calloc(1, sizeof *d->watch))) return;
    if (uv_poll_init(d->loop, d->watch, fd) != 0) {
        mem_free(d->watch);
        d->watch = NULL;
        return;
    }
    d->watch->data = d;
    uv_poll_start(d->watch, UV_READABLE, daemon_watch_cb);
    daemon_own(d);
}

/* Notices appends made by other processes (CLI ingests, other daemons). */
static void daemon_poll_cb(uv_timer_t *t)
{
    daemon_t *d = t->data;

    daemon_watch_start(d); /* again after the watch was lost */
    /* Another node's projections: take over within a second when it dies. */
    if (++d->own_ticks >= DAEMON_OWN_TICKS) {
        daemon_own(d);
        /* Notifications that arrived while asking are heard below (log_grew). */
        if (d->watch && store_watch_drain(d->w) < 0) daemon_watch_stop(d);
    }
    if (d->proj_failed && !d->proj_busy) daemon_proj_kick(d); /* retry a failed catch-up */
    /* Behind the head without a round running (another node committed a
     * chunk between our rounds): catch up again. */
    if (!d->proj_busy && d->proj_seq >= 0 && d->head > d->proj_seq) daemon_proj_kick(d);
    daemon_log_grew(d);
    /* Consistent reads still waiting (a round that began before their target
     * was committed elsewhere, a projection another node folds): ask again. */
    if (!d->proj_busy && daemon_waiters_pending(d)) daemon_proj_kick(d);
}

/* The loop stall probe: a timer due every DAEMON_PROBE_MS notes how late it
 * fires; lateness is time the loop thread spent on something else (a long
 * computation on the loop would show here). /metrics and /v1/status give the
 * worst. */
static void daemon_probe_cb(uv_timer_t *t)
{
    daemon_t *d = t->data;
    uint64_t now = uv_hrtime(), due = d->probe_last + (uint64_t)DAEMON_PROBE_MS * 1000000;

    if (d->probe_last && now > due && now - due > d->stall_max_ns) d->stall_max_ns = now - due;
    d->probe_last = now;
}

/* --- registry --- */

static int daemon_load_registry(daemon_t *d, err_t *e)
{
    registry_t *reg = registry_new();
    extract_t *x = NULL;
    int rc;

    if (!reg) return err_set(e, ERR_NOMEM, "out of memory");
    if ((rc = registry_load_builtin(reg, e)) || (rc = regstore_load(&d->q->reg, reg, e)) ||
        (rc = extract_new(reg, &x, e)) ||
        (!d->model && (rc = modelfile_load(modelfile_choose(NULL), &d->model, e)))) {
        extract_free(x);
        registry_free(reg);
        return rc;
    }
    extract_set_model(x, d->model);
    uv_rwlock_wrlock(&d->reg_lock);
    extract_free(d->x);
    registry_free(d->reg);
    d->reg = reg;
    d->x = x;
    d->gen++;
    uv_rwlock_wrunlock(&d->reg_lock);
    return 0;
}

/* --- signals and shutdown --- */

static void daemon_walk_close(uv_handle_t *h, void *arg)
{
    (void)arg;
    if (!uv_is_closing(h)) uv_close(h, NULL);
}

static void daemon_stop_timeout(uv_timer_t *t)
{
    daemon_t *d = t->data;

    /* Work still on the thread pool cannot be cancelled, and its completion
     * would touch connections and databases that a cleanup frees: leave at
     * once instead. What was not committed rolls back as after a crash (the
     * log is crash-safe); unanswered requests were never acknowledged, and
     * spool files not yet moved are ingested again on the next start. */
    daemon_log(d, "warn", "shutdown: %d work items still running after the grace period, exiting",
               d->inflight);
    if (d->pid_file) unlink(d->pid_file);
    _exit(0);
}

static void daemon_begin_stop(daemon_t *d, const char *why)
{
    if (d->stopping) return;
    d->stopping = 1;
    daemon_log(d, "info", "%s: stopping (finishing in-flight requests and work)", why);
    daemon_server_stop(d);
    uv_fs_event_stop(&d->spool_watch);
    uv_timer_stop(&d->spool_timer);
    uv_timer_stop(&d->poll_timer);
    daemon_disown(d);
    daemon_watch_stop(d);
    daemon_waiters_check(d, 1);
    uv_timer_start(&d->stop_timer, daemon_stop_timeout, 4500, 0);
    uv_unref((uv_handle_t *)&d->stop_timer);
    uv_close((uv_handle_t *)&d->sig_hup, NULL);
    uv_close((uv_handle_t *)&d->sig_int, NULL);
    uv_close((uv_handle_t *)&d->sig_term, NULL);
    uv_close((uv_handle_t *)&d->spool_watch, NULL);
    uv_close((uv_handle_t *)&d->spool_timer, NULL);
    uv_close((uv_handle_t *)&d->poll_timer, NULL);
    uv_close((uv_handle_t *)&d->probe, NULL);
}

static void daemon_signal_cb(uv_signal_t *s, int signum)
{
    daemon_t *d = s->data;
    err_t e = {0};

    if (signum == SIGHUP) {
        if (d->log_file) {
            FILE *f = fopen(d->log_file, "a");
            if (f) {
                uv_mutex_lock(&d->log_lock);
                if (d->logf) fclose(d->logf);
                d->logf = f;
                uv_mutex_unlock(&d->log_lock);
            }
        }
        if (daemon_load_registry(d, &e))
            daemon_log(d, "error", "SIGHUP: registry reload failed: %s", e.msg);
        else
            daemon_log(d, "info", "SIGHUP: log file reopened, company registry reloaded");
        return;
    }
    daemon_begin_stop(d, signum == SIGTERM ? "SIGTERM" : "SIGINT");
}

/* --- start-up --- */

static int daemon_check_dir(const char *dir, err_t *e)
{
    struct stat st;

    if (mkdir(dir, 0755) != 0 && errno != EEXIST)
        return err_set(e, ERR_USAGE, "cannot create %s: %s", dir, strerror(errno));
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return err_set(e, ERR_USAGE, "%s is not a directory", dir);
    if (access(dir, W_OK | X_OK) != 0)
        return err_set(e, ERR_USAGE, "%s is not writable: %s", dir, strerror(errno));
    return 0;
}

static int daemon_read_token(daemon_t *d, const char *path, err_t *e)
{
    char *text = NULL;
    size_t len;
    int rc = file_read_all(path, 4096, &text, &len, e);

    if (rc) return err_set(e, ERR_USAGE, "--token-file: %s", e->msg);
    while (len && (text[len - 1] == '\n' || text[len - 1] == '\r' || text[len - 1] == ' '))
        text[--len] = '\0';
    if (len < 16) {
        mem_free(text);
        return err_set(e, ERR_USAGE, "--token-file: the token must be at least 16 characters");
    }
    d->token = text;
    return 0;
}

static void daemon_cleanup(daemon_t *d)
{
    daemon_cache_clear(d);
    for (int i = 0; i < d->npool; i++) store_close(d->pool[i]);
    d->npool = 0;
    store_close(d->q);
    store_close(d->w);
    extract_free(d->x);
    model_free(d->model);
    registry_free(d->reg);
    mem_free(d->token);
    if (d->logf) fclose(d->logf);
}

/* Fills e with a printf message and returns 64 (the daemon's start-up failures). */
static int daemon_fail(err_t *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int daemon_fail(err_t *e, const char *fmt, ...)
{
    va_list ap;
    char msg[sizeof e->msg];

    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    err_set(e, ERR_USAGE, "%s", msg);
    return 64;
}

void daemon_config_init(daemon_config_t *c)
{
    memset(c, 0, sizeof *c);
    c->workers = 4;
    c->max_body = (size_t)16 << 20;
    c->max_conns = 1024;
    c->idle_ms = DAEMON_IDLE_MS;
    c->settle_ms = 1000;
}

int daemon_check_listen(const char *addr, int *loopback, err_t *e)
{
    const char *colon, *host_end;
    char host[256], *end;
    unsigned char bin[16];
    long port;
    size_t n;

    *loopback = 0;
    if (strncmp(addr, "unix:", 5) == 0) {
        if (!addr[5])
            return err_set(e, ERR_USAGE, "--listen '%s' is not an address: no path", addr);
        *loopback = 1;
        return 0;
    }
    if (addr[0] == '[') {
        host_end = strchr(addr, ']');
        colon = host_end ? host_end + 1 : NULL;
        if (!host_end || *colon != ':') colon = NULL;
    } else {
        colon = strrchr(addr, ':');
        host_end = colon;
    }
    if (!colon || !colon[1])
        return err_set(e, ERR_USAGE,
                       "--listen '%s' is not an address (HOST:PORT, [IPv6]:PORT or unix:PATH)",
                       addr);
    port = strtol(colon + 1, &end, 10);
    if (*end || port < 0 || port > 65535) /* 0: any free port */
        return err_set(e, ERR_USAGE, "--listen '%s' is not an address: bad port '%s'", addr,
                       colon + 1);
    n = (size_t)(host_end - addr) - (addr[0] == '[' ? 1 : 0);
    if (n == 0 || n >= sizeof host)
        return err_set(e, ERR_USAGE, "--listen '%s' is not an address: no host", addr);
    memcpy(host, addr + (addr[0] == '[' ? 1 : 0), n);
    host[n] = '\0';
    if (strcmp(host, "localhost") == 0) {
        *loopback = 1;
        return 0;
    }
    if (addr[0] == '[' ? uv_inet_pton(AF_INET6, host, bin) : uv_inet_pton(AF_INET, host, bin))
        return err_set(e, ERR_USAGE, "--listen '%s' is not an address: '%s' is not an IP address",
                       addr, host);
    *loopback = addr[0] == '[' ? strcmp(host, "::1") == 0 : bin[0] == 127;
    return 0;
}

int daemon_main(const daemon_config_t *cfg, err_t *ep)
{
    daemon_t d;
    err_t e = {0};
    char nworkers[16];
    int rc, status = 0;

    memset(&d, 0, sizeof d);
    for (int i = 0; i < DAEMON_PROJ_MAX; i++) d.proj_ckpt[i] = -1;
    /* Tests widen the races between projection workers with this: each
     * catch-up job sleeps N ms times its distance from the end of proj_defs. */
    if (getenv("SEISMO_DAEMON_SLOW_MS")) d.slow_ms = atoi(getenv("SEISMO_DAEMON_SLOW_MS"));
    d.db_path = cfg->db_path;
    d.durability = cfg->durability;
    d.spool = cfg->spool;
    for (int i = 0; i < cfg->nlisten && i < DAEMON_MAX_LISTEN; i++)
        d.listen[d.nlisten++] = cfg->listen[i];
    d.workers = cfg->workers;
    d.log_json = cfg->log_json;
    d.pid_file = cfg->pid_file;
    d.log_file = cfg->log_file;
    d.max_body = cfg->max_body;
    d.max_conns = cfg->max_conns;
    d.idle_ms = cfg->idle_ms;
    d.spool_settle_ms = cfg->settle_ms;
    if (d.nlisten == 0) d.listen[d.nlisten++] = "127.0.0.1:8750";
    if (cfg->token_file && daemon_read_token(&d, cfg->token_file, ep)) return 64;
    for (int i = 0; i < d.nlisten; i++) {
        int lo = 0;
        if (daemon_check_listen(d.listen[i], &lo, ep)) {
            mem_free(d.token);
            return 64;
        }
        if (!lo && !d.token) {
            mem_free(d.token);
            err_set(ep, ERR_USAGE, "refusing to listen on %s (not loopback) without --token-file",
                    d.listen[i]);
            return 64;
        }
    }
    if (d.log_file && !(d.logf = fopen(d.log_file, "a"))) {
        mem_free(d.token);
        err_set(ep, ERR_USAGE, "--log-file %s: %s", d.log_file, strerror(errno));
        return 64;
    }
    daemon_lane_init(&d.lane_query, "query", DAEMON_QUERY_RUNNING, DAEMON_QUERY_QUEUED, 0);
    daemon_lane_init(&d.lane_heavy, "heavy", DAEMON_HEAVY_RUNNING, DAEMON_HEAVY_QUEUED, 1);
    /* The lanes' threads come on top of the workers: appends, spool ingests
     * and catch-ups always have --workers threads free, however many
     * queries wait. */
    snprintf(nworkers, sizeof nworkers, "%d",
             d.workers + 1 + DAEMON_QUERY_RUNNING + DAEMON_HEAVY_RUNNING);
    setenv("UV_THREADPOOL_SIZE", nworkers, 1);
    /* A peer that resets while an answer is being written must not kill us:
     * the write fails with EPIPE instead. */
    signal(SIGPIPE, SIG_IGN);
    d.loop = uv_default_loop();
    uv_mutex_init(&d.pool_lock);
    uv_mutex_init(&d.log_lock);
    uv_mutex_init(&d.m_lock);
    uv_rwlock_init(&d.reg_lock);
    daemon_self = &d;
    /* The database must open read-write here, not fail later. */
    {
        store_opts_t o = {STORE_OPEN_CREATE, d.durability};
        if ((rc = store_open(d.db_path, &o, &d.q, &e))) {
            status = daemon_fail(ep, "cannot use the database: %s", e.msg);
            goto done;
        }
    }
    if (store_kind(d.db_path) == STORE_KIND_PATH && access(d.db_path, W_OK) != 0) {
        status = daemon_fail(ep, "database %s is not writable: %s", d.db_path, strerror(errno));
        goto done;
    }
    if ((rc = daemon_load_registry(&d, &e))) {
        status = daemon_fail(ep, "cannot load the company registry: %s", e.msg);
        goto done;
    }
    if ((rc = daemon_server_start(&d, &e))) {
        status = daemon_fail(ep, "%s", e.msg);
        goto done;
    }
    /* The spool folders are made only once the listeners are bound: a daemon
     * refused a busy port leaves nothing behind. */
    if (d.spool) {
        char sub[4096];
        const char *subs[] = {"", "/incoming", "/done", "/rejected"};
        for (int i = 0; i < 4; i++) {
            snprintf(sub, sizeof sub, "%s%s", d.spool, subs[i]);
            if ((rc = daemon_check_dir(sub, &e))) {
                status = daemon_fail(ep, "spool: %s", e.msg);
                daemon_server_stop(&d);
                uv_run(d.loop, UV_RUN_NOWAIT);
                goto done;
            }
        }
    }
    if (d.pid_file) {
        FILE *f = fopen(d.pid_file, "w");
        if (!f) {
            status = daemon_fail(ep, "--pid-file %s: %s", d.pid_file, strerror(errno));
            daemon_server_stop(&d);
            uv_run(d.loop, UV_RUN_NOWAIT);
            goto done;
        }
        fprintf(f, "%ld\n", (long)getpid());
        fclose(f);
    }
    uv_signal_init(d.loop, &d.sig_term);
    uv_signal_init(d.loop, &d.sig_int);
    uv_signal_init(d.loop, &d.sig_hup);
    d.sig_term.data = d.sig_int.data = d.sig_hup.data = &d;
    uv_signal_start(&d.sig_term, daemon_signal_cb, SIGTERM);
    uv_signal_start(&d.sig_int, daemon_signal_cb, SIGINT);
    uv_signal_start(&d.sig_hup, daemon_signal_cb, SIGHUP);
    uv_timer_init(d.loop, &d.poll_timer);
    uv_timer_init(d.loop, &d.stop_timer);
    uv_timer_init(d.loop, &d.spool_timer);
    uv_fs_event_init(d.loop, &d.spool_watch);
    d.poll_timer.data = d.stop_timer.data = d.spool_timer.data = d.spool_watch.data = &d;
    uv_timer_start(&d.poll_timer, daemon_poll_cb, 250, 250);
    if (uv_async_init(d.loop, &d.stream_async, daemon_streams_pump) == 0) {
        /* Closed with the rest once every work item is done (uv_walk below). */
        d.stream_async.data = &d;
        uv_unref((uv_handle_t *)&d.stream_async);
        d.stream_ok = 1;
    }
    uv_timer_init(d.loop, &d.probe);
    d.probe.data = &d;
    uv_timer_start(&d.probe, daemon_probe_cb, DAEMON_PROBE_MS, DAEMON_PROBE_MS);
    uv_unref((uv_handle_t *)&d.probe);
    if (d.spool && (rc = daemon_spool_start(&d, &e))) {
        status = daemon_fail(ep, "spool: %s", e.msg);
        daemon_begin_stop(&d, "start-up failed");
    } else {
        store_info_t info;
        if (store_info(d.q, &info, &e)) snprintf(info.location, sizeof info.location, "?");
        daemon_log(&d, "info", "seismo %s listening on %s%s, database %s, spool %s, %d workers",
                   SEISMO_VERSION, d.listen[0], d.nlisten > 1 ? " (and more)" : "", info.location,
                   d.spool ? d.spool : "(none)", d.workers);
        d.head = -1;
        daemon_watch_start(&d);
        daemon_log_grew(&d);
    }
    uv_run(d.loop, UV_RUN_DEFAULT);
    /* Close whatever is left (after a forced stop) and let the closes run. */
    uv_walk(d.loop, daemon_walk_close, NULL);
    uv_run(d.loop, UV_RUN_DEFAULT);
    if (!status) daemon_log(&d, "info", "stopped");
    if (d.pid_file && !status) unlink(d.pid_file);
done:
    uv_loop_close(d.loop);
    daemon_cleanup(&d);
    daemon_self = NULL;
    return status;
}
