/* seismo daemon: the process (daemon_t): start-up checks, the registry,
 * signals and shutdown, logging; it starts and stops the parts (daemon.h). */
#include "daemon.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../../core/canon.h"
#include "../../core/mem.h"
#include "../file/file.h"
#include "daemon_run.h"
#include "../../core/regstore.h"
#include "../model/modelfile.h"

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

/* --- registry --- */

/* Reads the registry (the built-in companies and those stored in s,
 * borrowed) and swaps it in under reg_lock; any thread (start-up: the loop
 * before it runs; SIGHUP: the thread pool). On failure the registry in use
 * stays. The caller bumps the answer cache (on the loop). */
static int daemon_load_registry(daemon_t *d, store_t *s, err_t *e)
{
    registry_t *reg = registry_new();
    extract_t *x = NULL;
    int rc;

    if (!reg) return err_set(e, ERR_NOMEM, "out of memory");
    /* d->model is set once, at start-up: a reload only reads it. */
    if ((rc = registry_load_builtin(reg, e)) || (rc = regstore_load(&s->reg, reg, e)) ||
        (rc = extract_new(reg, &x, e)) ||
        (!d->model && (rc = modelfile_load(modelfile_choose(NULL), &d->model, e)))) {
        extract_free(x);
        registry_free(reg);
        return rc;
    }
    extract_set_model(x, d->model);
    /* Waits for the workers that read the registry in use (ingests,
     * queries): on the thread pool on a reload, never on the loop. */
    uv_rwlock_wrlock(&d->reg_lock);
    extract_free(d->x);
    registry_free(d->reg);
    d->reg = reg;
    d->x = x;
    uv_rwlock_wrunlock(&d->reg_lock);
    return 0;
}

/* A reload on SIGHUP: read and swapped on the thread pool (a table another
 * session holds, a slow disk or a far server holds that thread, never the
 * loop), then told on the loop. */
typedef struct daemon_reload_s {
    daemon_t *d;
    int rc;
    err_t e;
} daemon_reload_t;

static void daemon_reload_run(void *arg)
{
    daemon_reload_t *j = arg;
    store_t *c = daemon_db_get(j->d, &j->e);

    j->rc = c ? daemon_load_registry(j->d, c, &j->e) : j->e.code ? j->e.code : ERR_UNAVAILABLE;
    daemon_db_put(j->d, c, j->rc != 0);
}

static void daemon_reload_start(daemon_t *d);

static void daemon_reload_done(void *arg, int status)
{
    daemon_reload_t *j = arg;
    daemon_t *d = j->d;

    (void)status;
    d->reg_busy = 0;
    if (j->rc) {
        daemon_log(d, "error", "SIGHUP: registry reload failed: %s", j->e.msg);
    } else {
        daemon_cache_bump(d); /* answers resolved with the old registry go */
        daemon_log(d, "info", "SIGHUP: log file reopened, company registry reloaded");
    }
    mem_free(j);
    if (d->reg_again) { /* a SIGHUP came while this read ran: it may have missed a change */
        d->reg_again = 0;
        daemon_reload_start(d);
    }
}

/* On the loop: starts a reload on the thread pool, or, while one runs, asks
 * for one more after it (never two at once, none lost). */
static void daemon_reload_start(daemon_t *d)
{
    daemon_reload_t *j;

    if (d->stopping) return;
    if (d->reg_busy) {
        d->reg_again = 1;
        return;
    }
    if (!(j = mem_calloc(1, sizeof *j))) {
        daemon_log(d, "error", "SIGHUP: registry reload failed: out of memory");
        return;
    }
    j->d = d;
    if (daemon_work(d, daemon_reload_run, daemon_reload_done, j)) {
        mem_free(j);
        daemon_log(d, "error", "SIGHUP: registry reload failed: the work threads are not running");
        return;
    }
    d->reg_busy = 1;
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
               d->pool.inflight);
    if (d->pid_file) unlink(d->pid_file);
    _exit(0);
}

static void daemon_begin_stop(daemon_t *d, const char *why)
{
    if (d->stopping) return;
    d->stopping = 1;
    daemon_log(d, "info", "%s: stopping (finishing in-flight requests and work)", why);
    daemon_server_stop(d);
    daemon_spool_stop(d);
    daemon_workers_stop(d);
    daemon_waiters_check(d, 1);
    uv_timer_start(&d->stop_timer, daemon_stop_timeout, 4500, 0);
    uv_unref((uv_handle_t *)&d->stop_timer);
    uv_close((uv_handle_t *)&d->sig_hup, NULL);
    uv_close((uv_handle_t *)&d->sig_int, NULL);
    uv_close((uv_handle_t *)&d->sig_term, NULL);
    daemon_metrics_stop(d);
}

static void daemon_signal_cb(uv_signal_t *s, int signum)
{
    daemon_t *d = s->data;

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
        daemon_reload_start(d); /* logs when it completes */
        return;
    }
    daemon_begin_stop(d, signum == SIGTERM ? "SIGTERM" : "SIGINT");
}

/* --- start-up --- */

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
    daemon_pool_release(&d->pool);
    daemon_routes_release(d);
    store_close(d->q);
    daemon_workers_release(&d->workers);
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
    int rc, status = 0;

    memset(&d, 0, sizeof d);
    daemon_workers_init(&d.workers);
    d.pool.db_path = cfg->db_path;
    d.pool.durability = cfg->durability;
    d.spool.dir = cfg->spool;
    for (int i = 0; i < cfg->nlisten && i < DAEMON_MAX_LISTEN; i++)
        d.server.listen[d.server.nlisten++] = cfg->listen[i];
    d.pool.nworkers = cfg->workers;
    d.log_json = cfg->log_json;
    d.pid_file = cfg->pid_file;
    d.log_file = cfg->log_file;
    d.server.max_body = cfg->max_body;
    d.server.max_conns = cfg->max_conns;
    d.server.idle_ms = cfg->idle_ms;
    d.spool.settle_ms = cfg->settle_ms;
    if (d.server.nlisten == 0) d.server.listen[d.server.nlisten++] = "127.0.0.1:8750";
    if (cfg->token_file && daemon_read_token(&d, cfg->token_file, ep)) return 64;
    for (int i = 0; i < d.server.nlisten; i++) {
        int lo = 0;
        if (daemon_check_listen(d.server.listen[i], &lo, ep)) {
            mem_free(d.token);
            return 64;
        }
        if (!lo && !d.token) {
            mem_free(d.token);
            err_set(ep, ERR_USAGE, "refusing to listen on %s (not loopback) without --token-file",
                    d.server.listen[i]);
            return 64;
        }
    }
    if (d.log_file && !(d.logf = fopen(d.log_file, "a"))) {
        mem_free(d.token);
        err_set(ep, ERR_USAGE, "--log-file %s: %s", d.log_file, strerror(errno));
        return 64;
    }
    daemon_pool_init(&d.pool);
    /* A peer that resets while an answer is being written must not kill us:
     * the write fails with EPIPE instead. */
    signal(SIGPIPE, SIG_IGN);
    d.loop = uv_default_loop();
    uv_mutex_init(&d.log_lock);
    uv_mutex_init(&d.metrics.lock);
    uv_rwlock_init(&d.reg_lock);
    daemon_self = &d;
    /* The database must open read-write here, not fail later. */
    {
        store_opts_t o = {STORE_OPEN_CREATE, d.pool.durability};
        if ((rc = store_open(d.pool.db_path, &o, &d.q, &e))) {
            status = daemon_fail(ep, "cannot use the database: %s", e.msg);
            goto done;
        }
    }
    if (store_kind(d.pool.db_path) == STORE_KIND_PATH && access(d.pool.db_path, W_OK) != 0) {
        status =
            daemon_fail(ep, "database %s is not writable: %s", d.pool.db_path, strerror(errno));
        goto done;
    }
    if ((rc = daemon_load_registry(&d, d.q, &e))) {
        status = daemon_fail(ep, "cannot load the company registry: %s", e.msg);
        goto done;
    }
    if ((rc = daemon_server_start(&d, &e))) {
        status = daemon_fail(ep, "%s", e.msg);
        goto done;
    }
    /* The spool folders are made only once the listeners are bound: a daemon
     * refused a busy port leaves nothing behind. */
    if (d.spool.dir && (rc = daemon_spool_make_dirs(&d, &e))) {
        status = daemon_fail(ep, "spool: %s", e.msg);
        daemon_server_stop(&d);
        uv_run(d.loop, UV_RUN_NOWAIT);
        goto done;
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
    uv_timer_init(d.loop, &d.stop_timer);
    d.stop_timer.data = &d;
    daemon_workers_start(&d);
    daemon_spool_init(&d);
    daemon_routes_start(&d);
    daemon_metrics_start(&d);
    if ((rc = daemon_pool_start(&d, &e))) {
        status = daemon_fail(ep, "%s", e.msg);
        daemon_begin_stop(&d, "start-up failed");
    } else if (d.spool.dir && (rc = daemon_spool_start(&d, &e))) {
        status = daemon_fail(ep, "spool: %s", e.msg);
        daemon_begin_stop(&d, "start-up failed");
    } else {
        store_info_t info;
        if (store_info(d.q, &info, &e)) snprintf(info.location, sizeof info.location, "?");
        daemon_log(&d, "info", "seismo %s listening on %s%s, database %s, spool %s, %d workers",
                   SEISMO_VERSION, d.server.listen[0], d.server.nlisten > 1 ? " (and more)" : "",
                   info.location, d.spool.dir ? d.spool.dir : "(none)", d.pool.nworkers);
        daemon_workers_first(&d);
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
