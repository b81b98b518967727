/* Fuzz target: the daemon's HTTP request path without a socket. Bytes go into
 * an httpc connection (in pieces, as reads would deliver them); each complete
 * request is routed by daemon_route() against a real database in a temporary
 * directory, the work of the daemon's threads (appends, ingests, projection
 * catch-ups) runs to completion on a private libuv loop, and every response
 * must be a well-formed HTTP/1.1 status line. Seeds: fixtures/fuzz/seeds/http. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../adapters/daemon/daemon.h"
#include "../../adapters/ingest/ingest.h"
#include "../../adapters/store/store.h"
#include "../../core/regstore.h"
#include "fuzz.h"

/* server.c owns sockets; the target stands in for it, so it is not linked. */
static size_t fz_out_bytes;

void daemon_conn_flush(daemon_t *d, httpc_t *h)
{
    (void)d;
    if (h->out.len && strncmp(h->out.data, "HTTP/1.1 ", 9) != 0)
        fuzz_abort("response without a status line", buf_str(&h->out));
    fz_out_bytes += h->out.len;
    buf_reset(&h->out);
}

/* No sockets: nothing is ever held back (answers are not streamed here:
 * routes.stream_ok stays 0). */
size_t daemon_conn_backlog(httpc_t *h)
{
    (void)h;
    return 0;
}

/* Never called: answers are not streamed here. */
int daemon_conn_write_shared(daemon_t *d, httpc_t *c, const char *data, size_t n,
                             void (*done)(void *), void *arg)
{
    (void)d, (void)c, (void)data, (void)n, (void)done, (void)arg;
    return -1;
}

int daemon_server_start(daemon_t *d, err_t *e)
{
    (void)d, (void)e;
    return 0;
}

void daemon_server_stop(daemon_t *d)
{
    (void)d;
}

static daemon_t fz_d;
static char fz_token[] = "fuzz-token-0123456789";
static char fz_dir[64];

static void fz_on_request(httpc_t *c, httpc_request_t *req, void *arg)
{
    daemon_route(arg, c, req);
}

static void fz_setup(void)
{
    daemon_t *d = &fz_d;
    err_t e = {0};
    static char path[128];
    const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    char *text = NULL;
    FILE *f;

    fuzz_quiet_json();
    snprintf(fz_dir, sizeof fz_dir, "%s/seismo-fuzz-http.XXXXXX", base);
    if (!mkdtemp(fz_dir)) fuzz_abort("mkdtemp", fz_dir);
    fuzz_cleanup_at_exit(fz_dir);
    snprintf(path, sizeof path, "%s/fuzz.db", fz_dir);
    memset(d, 0, sizeof *d);
    d->pool.db_path = path;
    d->pool.durability = STORE_DURABLE_NORMAL;
    d->pool.nworkers = 2;
    d->server.max_body = 1 << 20;
    d->server.max_conns = 16;
    daemon_pool_init(&d->pool);
    d->loop = mem_alloc(sizeof *d->loop);
    if (!d->loop || uv_loop_init(d->loop)) fuzz_abort("uv_loop_init", "");
    uv_mutex_init(&d->metrics.lock);
    uv_rwlock_init(&d->reg_lock);
    {
        store_opts_t o = {STORE_OPEN_CREATE, STORE_DURABLE_NORMAL};
        if (store_open(path, &o, &d->q, &e)) fuzz_abort("cannot open the database", e.msg);
    }
    if (!(d->reg = registry_new()) || registry_load_builtin(d->reg, &e) ||
        regstore_load(&d->q->reg, d->reg, &e) || extract_new(d->reg, &d->x, &e))
        fuzz_abort("cannot load the registry", e.msg);
    /* A few events, so that queries have something to read. */
    if ((f = fopen("fixtures/articles/asia-business.txt", "rb"))) {
        text = mem_alloc(1 << 16);
        size_t n = text ? fread(text, 1, (1 << 16) - 1, f) : 0;
        fclose(f);
        if (n)
            ingest_bytes(d->x, &d->q->log, "asia-business.txt", text, n, NULL, NULL, NULL, NULL,
                         &e);
        mem_free(text);
    }
    if (daemon_pool_start(d, &e)) fuzz_abort("cannot start the work threads", e.msg);
    daemon_workers_sync_init(d);
    d->workers.head = -1;
    daemon_log_grew(d);
    uv_run(d->loop, UV_RUN_DEFAULT);
    d->logf = fopen("/dev/null", "w");
}

/* Runs the loop until no work is left, answering parked long polls at once. */
static void fz_drain(void)
{
    for (int i = 0; i < 8; i++) {
        uv_run(fz_d.loop, UV_RUN_DEFAULT);
        if (!fz_d.routes.waiters) break;
        daemon_waiters_check(&fz_d, 1);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    httpc_t c;
    size_t chunk, off = 0;

    if (!fz_d.loop) fz_setup();
    if (size < 2) return 0;
    /* First byte: bit 0 asks for a bearer token, the rest sets the read size. */
    fz_d.token = (data[0] & 1) ? fz_token : NULL;
    chunk = (size_t)(data[0] >> 1) + 1;
    if (chunk >= 100) chunk = size;
    data++, size--;
    httpc_init(&c, fz_d.server.max_body, fz_on_request, &fz_d);
    while (off < size && !c.closing) {
        size_t n = size - off < chunk ? size - off : chunk;
        httpc_feed(&c, (const char *)data + off, n);
        daemon_conn_flush(&fz_d, &c);
        fz_drain();
        off += n;
    }
    httpc_feed(&c, NULL, 0);
    daemon_conn_flush(&fz_d, &c);
    fz_drain();
    httpc_release(&c);
    fz_d.token = NULL;
    return 0;
}
