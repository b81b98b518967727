/* The daemon's listeners and connections (daemon_server_t): libuv streams feeding httpc. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../core/mem.h"
#include "daemon.h"

struct daemon_conn_s {
    union {
        uv_tcp_t tcp;
        uv_pipe_t pipe;
        uv_stream_t stream;
        uv_handle_t handle;
    } h;
    uv_timer_t timer;   /* idle or trickling deadline, or the end of a lingering close */
    uv_shutdown_t shut; /* the write side's shutdown of a lingering close */
    httpc_t http;
    daemon_t *d;
    daemon_conn_t *next, *prev;
    int closing;
    int writes;          /* writes in flight */
    size_t wbytes;       /* bytes of those writes */
    int refused;         /* over --max-connections: answered 503 and closed */
    unsigned long armed; /* requests answered when the deadline was last set */
    int dead;            /* the peer is gone: answers are dropped, close once not busy */
    int paused;          /* reading stopped while a request is answered */
    int lingering;       /* answered and shut for writing: input is dropped until EOF */
    uint64_t active;     /* uv_now() of the accept or the last answer */
};

/* One write in flight: bytes of the connection's own (data), or a chunk of a
 * streamed answer in memory shared with other connections (done(arg) is
 * told when the write no longer needs it). */
typedef struct daemon_write_s {
    uv_write_t req;
    daemon_conn_t *conn;
    char *data; /* owned; NULL for a shared chunk */
    size_t len;
    void (*done)(void *arg); /* a shared chunk's: called once, when the write completes or fails */
    void *arg;
    char head[HTTPC_FRAME_HEAD]; /* a shared chunk's framing */
} daemon_write_t;

static void daemon_conn_closed(uv_handle_t *h)
{
    daemon_conn_t *c = h->data;

    if (--c->writes > 0) return; /* the timer and the stream both close: free after both */
    httpc_release(&c->http);
    mem_free(c);
}

static void daemon_conn_close(daemon_conn_t *c)
{
    daemon_t *d = c->d;

    if (c->closing) return;
    c->closing = 1;
    if (c->prev)
        c->prev->next = c->next;
    else if (d->server.conns == c)
        d->server.conns = c->next;
    if (c->next) c->next->prev = c->prev;
    if (!c->refused) d->server.nconns--;
    c->writes = 2; /* reused as the count of handles still to close */
    uv_close(&c->h.handle, daemon_conn_closed);
    uv_close((uv_handle_t *)&c->timer, daemon_conn_closed);
}

static void daemon_timer_cb(uv_timer_t *t)
{
    daemon_conn_t *c = t->data;

    if (c->http.busy) return; /* a request is being answered: not idle */
    daemon_conn_close(c);
}

/* Arms the deadline: 30 s to send a complete request (idle or trickling). */
static void daemon_conn_arm(daemon_conn_t *c)
{
    if (c->closing) return;
    c->active = uv_now(c->d->loop);
    uv_timer_start(&c->timer, daemon_timer_cb, (uint64_t)c->d->server.idle_ms, 0);
}

static void daemon_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *b);
static void daemon_read(uv_stream_t *s, ssize_t n, const uv_buf_t *b);

static void daemon_shut_done(uv_shutdown_t *req, int status)
{
    daemon_conn_t *c = req->data;

    if (status < 0 && !c->closing) daemon_conn_close(c);
}

/* Ends a connection whose last answer is written (Connection: close, an
 * error that ends the request, a 503 past --max-connections) with a lingering
 * close: the write side is shut (FIN after the answer) and what the peer still
 * sends is read and dropped until it closes, DAEMON_LINGER_MS at most. Closing
 * at once with the rest of a request body unread (a 413 sent as soon as the
 * headers ask for too much) makes the kernel answer the peer's next bytes with
 * a reset, and a client still sending then loses the answer already sent to it
 * (curl: "send failure", no status). */
static void daemon_conn_linger(daemon_conn_t *c)
{
    if (c->closing || c->lingering) return;
    if (c->dead) {
        daemon_conn_close(c);
        return;
    }
    c->lingering = 1;
    c->shut.data = c;
    if (uv_shutdown(&c->shut, &c->h.stream, daemon_shut_done)) {
        daemon_conn_close(c);
        return;
    }
    if (c->paused || c->refused) { /* not reading: a refused one never started */
        c->paused = 0;
        uv_read_start(&c->h.stream, daemon_alloc, daemon_read);
    }
    uv_timer_start(&c->timer, daemon_timer_cb, DAEMON_LINGER_MS, 0);
}

/* Closes c now or, while one of its requests is on the thread pool or parked
 * (which still holds c), once that request has been answered. */
static void daemon_conn_end(daemon_conn_t *c)
{
    if (c->closing) return;
    if (!c->http.busy) {
        daemon_conn_close(c);
        return;
    }
    c->dead = 1;
    c->http.closing = 1;
    uv_read_stop(&c->h.stream);
    daemon_streams_drained(c->d); /* a worker streaming to it only for this peer stops */
}

static void daemon_write_done(uv_write_t *w, int status)
{
    daemon_write_t *wr = w->data;
    daemon_conn_t *c = wr->conn;

    mem_free(wr->data);
    if (wr->done) wr->done(wr->arg);
    if (c->closing) {
        mem_free(wr);
        return;
    }
    c->writes--;
    c->wbytes -= wr->len;
    mem_free(wr);
    daemon_streams_drained(c->d); /* a streamed answer may go on */
    if (status < 0) {
        daemon_conn_end(c);
        return;
    }
    if (c->http.closing && !c->http.busy && c->writes == 0 && c->http.out.len == 0)
        daemon_conn_linger(c);
}

void daemon_conn_flush(daemon_t *d, httpc_t *h)
{
    daemon_conn_t *c = (daemon_conn_t *)((char *)h - offsetof(daemon_conn_t, http));
    daemon_write_t *wr;
    uv_buf_t b;

    (void)d;
    if (c->closing || c->lingering) return;
    if (c->dead) buf_reset(&h->out); /* nobody to read it */
    if (h->out.len > 0) {
        wr = mem_calloc(1, sizeof *wr);
        if (!wr) {
            daemon_conn_end(c);
            return;
        }
        wr->conn = c;
        wr->req.data = wr;
        b.len = h->out.len;
        wr->data = buf_steal(&h->out);
        if (!wr->data) {
            mem_free(wr);
            daemon_conn_end(c);
            return;
        }
        b = uv_buf_init(wr->data, (unsigned)b.len);
        wr->len = b.len;
        c->writes++;
        c->wbytes += wr->len;
        if (uv_write(&wr->req, &c->h.stream, &b, 1, daemon_write_done)) {
            c->writes--;
            c->wbytes -= wr->len;
            mem_free(wr->data);
            mem_free(wr);
            daemon_conn_end(c);
            return;
        }
    }
    if (h->busy) return;
    if (h->closing && c->writes == 0) {
        daemon_conn_linger(c);
        return;
    }
    if (c->paused && !h->closing) {
        /* The answer is out: read the next request. */
        c->paused = 0;
        uv_read_start(&c->h.stream, daemon_alloc, daemon_read);
    }
    /* The deadline runs from the last answer (or the accept) to the next
     * complete request: reads do not move it, so trickling does not help. */
    if (c->armed != h->requests) {
        c->armed = h->requests;
        daemon_conn_arm(c);
    }
}

int daemon_conn_write_shared(daemon_t *d, httpc_t *h, const char *data, size_t n,
                             void (*done)(void *), void *arg)
{
    daemon_conn_t *c = (daemon_conn_t *)((char *)h - offsetof(daemon_conn_t, http));
    daemon_write_t *wr;
    uv_buf_t b[3];
    const char *tail;
    unsigned nb = 0;
    size_t nh;

    daemon_conn_flush(d, h); /* the heads and earlier chunks go first */
    if (c->closing || c->lingering || c->dead) return -1;
    if (!(wr = mem_calloc(1, sizeof *wr))) {
        daemon_conn_end(c);
        return -1;
    }
    wr->conn = c;
    wr->req.data = wr;
    wr->done = done, wr->arg = arg;
    nh = httpc_stream_frame(h, n, wr->head, &tail);
    if (nh) b[nb++] = uv_buf_init(wr->head, (unsigned)nh);
    b[nb++] = uv_buf_init((char *)data, (unsigned)n);
    if (*tail) b[nb++] = uv_buf_init((char *)tail, (unsigned)strlen(tail));
    wr->len = nh + n + strlen(tail);
    c->writes++;
    c->wbytes += wr->len;
    if (uv_write(&wr->req, &c->h.stream, b, nb, daemon_write_done)) {
        c->writes--;
        c->wbytes -= wr->len;
        mem_free(wr);
        daemon_conn_end(c);
        return -1;
    }
    return 0;
}

size_t daemon_conn_backlog(httpc_t *h)
{
    daemon_conn_t *c = (daemon_conn_t *)((char *)h - offsetof(daemon_conn_t, http));

    if (c->closing || c->dead || c->lingering)
        return (size_t)-1; /* nothing more reaches the peer */
    return c->wbytes + h->out.len;
}

static void daemon_on_request(httpc_t *h, httpc_request_t *req, void *arg)
{
    daemon_t *d = arg;
    daemon_conn_t *c = (daemon_conn_t *)((char *)h - offsetof(daemon_conn_t, http));

    uv_timer_stop(&c->timer);
    daemon_route(d, h, req);
}

static void daemon_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *b)
{
    (void)h;
    b->base = mem_alloc(suggested);
    b->len = b->base ? suggested : 0;
}

static void daemon_read(uv_stream_t *s, ssize_t n, const uv_buf_t *b)
{
    daemon_conn_t *c = s->data;

    if (c->lingering) {
        /* Dropped unread; the peer's close (or an error) ends the linger. */
        if (n < 0) daemon_conn_close(c);
    } else if (n > 0 && !c->closing) {
        httpc_feed(&c->http, b->base, (size_t)n);
        daemon_conn_flush(c->d, &c->http);
        if (c->http.busy && !c->closing && !c->dead) {
            /* No more input while a request is answered: a client cannot
             * pile up bytes (or pipelined requests) without limit. */
            c->paused = 1;
            uv_read_stop(s);
        }
    } else if (n < 0) {
        /* Peer closed or error: answer nothing more. A request in flight
         * finishes and its answer is dropped with the connection. */
        daemon_conn_end(c);
    }
    mem_free(b->base);
}

/* Returns the connection idle the longest (no request started, nothing
 * being answered or written) other than except (borrowed), or NULL when
 * every one is busy. */
static daemon_conn_t *daemon_oldest_idle(daemon_t *d, const daemon_conn_t *except)
{
    daemon_conn_t *best = NULL;

    for (daemon_conn_t *c = d->server.conns; c; c = c->next) {
        if (c != except && !c->closing && !c->refused && c->lingering) return c; /* done with */
        if (c == except || c->closing || c->refused || c->dead || c->http.busy || c->writes > 0 ||
            c->http.out.len > 0 || httpc_mid_request(&c->http))
            continue;
        if (!best || c->active <= best->active) best = c;
    }
    return best;
}

static void daemon_accept(uv_stream_t *server, int status)
{
    daemon_t *d = server->data;
    daemon_conn_t *c;
    int rc;

    if (status < 0 || d->stopping) return;
    if (!(c = mem_calloc(1, sizeof *c))) return;
    c->d = d;
    if (server->type == UV_NAMED_PIPE)
        rc = uv_pipe_init(d->loop, &c->h.pipe, 0);
    else
        rc = uv_tcp_init(d->loop, &c->h.tcp);
    if (rc) {
        mem_free(c);
        return;
    }
    uv_timer_init(d->loop, &c->timer);
    c->h.handle.data = c;
    c->timer.data = c;
    httpc_init(&c->http, d->server.max_body, daemon_on_request, d);
    c->next = d->server.conns;
    if (d->server.conns) d->server.conns->prev = c;
    d->server.conns = c;
    if (uv_accept(server, &c->h.stream)) {
        c->refused = 1;
        daemon_conn_close(c);
        return;
    }
    if (d->server.nconns >= d->server.max_conns) {
        /* Idle keep-alive connections must not lock new requests out: the
         * one idle the longest makes room (a client reconnects when it
         * needs to). */
        daemon_conn_t *idle = daemon_oldest_idle(d, c);
        if (idle) {
            daemon_conn_close(idle);
            d->metrics.conns_idle_closed++;
        }
    }
    if (d->server.nconns >= d->server.max_conns) {
        /* Refused cleanly: a 503 with Connection: close, then the close. */
        static const char busy[] =
            "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
            "Content-Length: 83\r\nConnection: close\r\n\r\n"
            "{\"error\":{\"code\":\"too_many_connections\",\"message\":\"too many "
            "connections\"}}\n";
        c->refused = 1;
        d->metrics.conns_refused++;
        c->http.closing = 1;
        buf_puts(&c->http.out, busy);
        daemon_conn_flush(d, &c->http);
        return;
    }
    d->server.nconns++;
    if (server->type == UV_TCP) uv_tcp_nodelay(&c->h.tcp, 1);
    uv_read_start(&c->h.stream, daemon_alloc, daemon_read);
    daemon_conn_arm(c);
}

static int daemon_listen_one(daemon_t *d, const char *addr, err_t *e)
{
    uv_handle_t *h = NULL;
    int rc;

    if (strncmp(addr, "unix:", 5) == 0) {
        const char *path = addr + 5;
        uv_pipe_t *p = mem_calloc(1, sizeof *p);
        mode_t old;
        if (!p) return err_set(e, ERR_NOMEM, "out of memory");
        uv_pipe_init(d->loop, p, 0);
        h = (uv_handle_t *)p;
        unlink(path); /* a stale socket from a previous run */
        old = umask(0177);
        rc = uv_pipe_bind(p, path);
        umask(old);
        if (rc == 0) rc = chmod(path, 0600) ? UV_EPERM : 0;
    } else {
        struct sockaddr_storage ss;
        char host[256];
        const char *colon = strrchr(addr, ':');
        int port;
        uv_tcp_t *t;
        if (!colon || colon == addr)
            return err_set(e, ERR_USAGE, "--listen %s: want HOST:PORT or unix:PATH", addr);
        port = atoi(colon + 1);
        if (port < 0 || port > 65535 || !colon[1])
            return err_set(e, ERR_USAGE, "--listen %s: bad port", addr);
        snprintf(host, sizeof host, "%.*s", (int)(colon - addr), addr);
        if (host[0] == '[') { /* [::1] */
            size_t n = strlen(host);
            if (host[n - 1] != ']')
                return err_set(e, ERR_USAGE, "--listen %s: bad IPv6 address", addr);
            memmove(host, host + 1, n - 2);
            host[n - 2] = '\0';
            rc = uv_ip6_addr(host, port, (struct sockaddr_in6 *)&ss);
        } else {
            rc = uv_ip4_addr(strcmp(host, "localhost") == 0 ? "127.0.0.1" : host, port,
                             (struct sockaddr_in *)&ss);
        }
        if (rc) return err_set(e, ERR_USAGE, "--listen %s: bad address", addr);
        if (!(t = mem_calloc(1, sizeof *t))) return err_set(e, ERR_NOMEM, "out of memory");
        uv_tcp_init(d->loop, t);
        h = (uv_handle_t *)t;
        rc = uv_tcp_bind(t, (const struct sockaddr *)&ss, 0);
    }
    h->data = d;
    if (rc == 0) rc = uv_listen((uv_stream_t *)h, 511, daemon_accept);
    d->server.listeners[d->server.nlisteners++] = h;
    if (rc)
        return err_set(e, ERR_USAGE, "cannot listen on %s: %s", addr,
                       rc == UV_EADDRINUSE ? "address already in use" : uv_strerror(rc));
    return 0;
}

static void daemon_free_handle(uv_handle_t *h)
{
    mem_free(h);
}

int daemon_server_start(daemon_t *d, err_t *e)
{
    int rc;

    for (int i = 0; i < d->server.nlisten; i++)
        if ((rc = daemon_listen_one(d, d->server.listen[i], e))) {
            daemon_server_stop(d);
            return rc;
        }
    return 0;
}

void daemon_server_stop(daemon_t *d)
{
    for (int i = 0; i < d->server.nlisteners; i++) {
        uv_handle_t *h = d->server.listeners[i];
        if (h->type == UV_NAMED_PIPE) {
            char path[1024];
            size_t n = sizeof path;
            if (uv_pipe_getsockname((uv_pipe_t *)h, path, &n) == 0) unlink(path);
        }
        uv_close(h, daemon_free_handle);
    }
    d->server.nlisteners = 0;
    /* Idle connections close now; busy ones close after their answer. */
    for (daemon_conn_t *c = d->server.conns, *next; c; c = next) {
        next = c->next;
        if (!c->http.busy && c->writes == 0)
            daemon_conn_close(c);
        else if (!c->http.busy)
            c->http.closing = 1;
    }
}
