#include "httpc.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "../../core/canon.h"
#include "../../core/mem.h"

static httpc_t *httpc_of(http_parser *p)
{
    return (httpc_t *)p->data;
}

static void httpc_request_reset(httpc_request_t *r)
{
    mem_free(r->path);
    mem_free(r->query);
    mem_free(r->content_type);
    mem_free(r->authorization);
    mem_free(r->expect);
    buf_release(&r->body);
    memset(r, 0, sizeof *r);
    buf_init(&r->body);
}

static int httpc_on_begin(http_parser *p)
{
    httpc_t *c = httpc_of(p);

    httpc_request_reset(&c->req);
    buf_reset(&c->field);
    buf_reset(&c->value);
    c->in_value = 0;
    c->started = 1;
    return 0;
}

static int httpc_on_url(http_parser *p, const char *at, size_t n)
{
    httpc_t *c = httpc_of(p);
    /* The URL may come in pieces: keep it whole in path, split it at the end. */
    size_t old = c->req.path ? strlen(c->req.path) : 0;
    char *s;

    if (old + n > 8192) {
        c->error_status = 414;
        return 1;
    }
    s = mem_realloc(c->req.path, old + n + 1);
    if (!s) return 1;
    memcpy(s + old, at, n);
    s[old + n] = '\0';
    c->req.path = s;
    return 0;
}

/* Stores the header just read, if it is one we use. */
static int httpc_header_done(httpc_t *c)
{
    char **slot = NULL;
    const char *name = buf_str(&c->field);

    if (c->field.oom || c->value.oom) return 1;
    if (strcasecmp(name, "content-type") == 0)
        slot = &c->req.content_type;
    else if (strcasecmp(name, "authorization") == 0)
        slot = &c->req.authorization;
    else if (strcasecmp(name, "expect") == 0)
        slot = &c->req.expect;
    if (slot) {
        mem_free(*slot);
        if (!(*slot = mem_strdup(buf_str(&c->value)))) return 1;
    }
    buf_reset(&c->field);
    buf_reset(&c->value);
    c->in_value = 0;
    return 0;
}

static int httpc_on_field(http_parser *p, const char *at, size_t n)
{
    httpc_t *c = httpc_of(p);

    if (c->in_value && httpc_header_done(c)) return 1;
    return buf_append(&c->field, at, n) ? 1 : 0;
}

static int httpc_on_value(http_parser *p, const char *at, size_t n)
{
    httpc_t *c = httpc_of(p);

    c->in_value = 1;
    return buf_append(&c->value, at, n) ? 1 : 0;
}

static int httpc_on_headers(http_parser *p)
{
    httpc_t *c = httpc_of(p);
    int has_body_method =
        p->method == HTTP_POST || p->method == HTTP_PUT || p->method == HTTP_PATCH;
    char *q;

    if (c->in_value && httpc_header_done(c)) return -1;
    if (!c->req.path && !(c->req.path = mem_strdup("/"))) return -1;
    q = strchr(c->req.path, '?');
    c->req.query = mem_strdup(q ? q + 1 : "");
    if (!c->req.query) return -1;
    if (q) *q = '\0';
    c->req.method = p->method;
    c->req.keep_alive = http_should_keep_alive(p);
    if (!(p->flags & F_CHUNKED)) {
        if (p->content_length != (uint64_t)-1 && p->content_length > c->max_body) {
            c->error_status = 413;
            return -1;
        }
        if (has_body_method && p->content_length == (uint64_t)-1) {
            /* No body as far as HTTP goes; the route decides (405 for a GET-only
             * route, 411 for one that takes a body). Anything sent after it is
             * not trusted as a next request. */
            c->req.no_length = 1;
            c->req.keep_alive = 0;
        }
    }
    /* Expect: 100-continue: the client waits for a go before sending its
     * body (the checks above answered a body that would be refused). Any
     * other expectation cannot be met: 417. */
    if (c->req.expect) {
        if (strcasecmp(c->req.expect, "100-continue") != 0) {
            c->error_status = 417;
            return -1;
        }
        if (p->http_major == 1 && p->http_minor >= 1 &&
            ((p->flags & F_CHUNKED) ||
             (p->content_length != (uint64_t)-1 && p->content_length > 0)))
            buf_puts(&c->out, "HTTP/1.1 100 Continue\r\n\r\n");
    }
    return 0;
}

static int httpc_on_body(http_parser *p, const char *at, size_t n)
{
    httpc_t *c = httpc_of(p);

    if (c->req.body.len + n > c->max_body) {
        c->error_status = 413;
        return 1;
    }
    return buf_append(&c->req.body, at, n) ? 1 : 0;
}

static int httpc_on_complete(http_parser *p)
{
    httpc_t *c = httpc_of(p);

    c->ready = 1;
    http_parser_pause(p, 1);
    return 0;
}

static const http_parser_settings httpc_settings = {
    .on_message_begin = httpc_on_begin,
    .on_url = httpc_on_url,
    .on_header_field = httpc_on_field,
    .on_header_value = httpc_on_value,
    .on_headers_complete = httpc_on_headers,
    .on_body = httpc_on_body,
    .on_message_complete = httpc_on_complete,
};

void httpc_init(httpc_t *c, size_t max_body, httpc_request_fn on_request, void *arg)
{
    memset(c, 0, sizeof *c);
    http_parser_init(&c->parser, HTTP_REQUEST);
    c->parser.data = c;
    buf_init(&c->req.body);
    buf_init(&c->field);
    buf_init(&c->value);
    buf_init(&c->in);
    buf_init(&c->out);
    c->max_body = max_body;
    c->on_request = on_request;
    c->arg = arg;
}

void httpc_release(httpc_t *c)
{
    if (!c) return;
    httpc_request_reset(&c->req);
    buf_release(&c->req.body);
    buf_release(&c->field);
    buf_release(&c->value);
    buf_release(&c->in);
    buf_release(&c->out);
}

int httpc_mid_request(const httpc_t *c)
{
    return c->started && !c->busy;
}

const char *httpc_reason(int status)
{
    switch (status) {
#define HTTPC_REASON(num, name, string) \
    case num:                           \
        return #string;
        HTTP_STATUS_MAP(HTTPC_REASON)
#undef HTTPC_REASON
    default:
        return "Unknown";
    }
}

void httpc_respond(httpc_t *c, int status, const char *ctype, const char *extra, const char *body,
                   size_t n)
{
    int keep = c->req.keep_alive && !c->closing && status != 400 && status != 413 &&
               status != 411 && status != 414 && status != 417 && status != 431;

    buf_printf(&c->out,
               "HTTP/1.1 %d %s\r\nServer: seismo\r\nContent-Length: %zu\r\nConnection: %s\r\n",
               status, httpc_reason(status), n, keep ? "keep-alive" : "close");
    if (ctype) buf_printf(&c->out, "Content-Type: %s\r\n", ctype);
    if (extra) buf_puts(&c->out, extra);
    buf_puts(&c->out, "\r\n");
    buf_append(&c->out, body, n);
    if (!keep) c->closing = 1;
    c->busy = 0;
    c->started = 0;
    c->requests++;
    httpc_request_reset(&c->req);
}

void httpc_stream_start(httpc_t *c, int status, const char *ctype, const char *extra)
{
    int chunked =
        c->parser.http_major > 1 || (c->parser.http_major == 1 && c->parser.http_minor >= 1);
    int keep = chunked && c->req.keep_alive && !c->closing;

    c->raw_stream = !chunked;
    buf_printf(&c->out, "HTTP/1.1 %d %s\r\nServer: seismo\r\n%sConnection: %s\r\n", status,
               httpc_reason(status), chunked ? "Transfer-Encoding: chunked\r\n" : "",
               keep ? "keep-alive" : "close");
    if (ctype) buf_printf(&c->out, "Content-Type: %s\r\n", ctype);
    if (extra) buf_puts(&c->out, extra);
    buf_puts(&c->out, "\r\n");
    if (!keep) c->closing = 1;
}

size_t httpc_stream_frame(const httpc_t *c, size_t n, char *head, const char **tail)
{
    if (c->raw_stream) {
        head[0] = '\0';
        *tail = "";
        return 0;
    }
    *tail = "\r\n";
    return (size_t)snprintf(head, HTTPC_FRAME_HEAD, "%zx\r\n", n);
}

void httpc_stream_end(httpc_t *c)
{
    if (!c->raw_stream) buf_puts(&c->out, "0\r\n\r\n");
    c->raw_stream = 0;
    c->busy = 0;
    c->started = 0;
    c->requests++;
    httpc_request_reset(&c->req);
}

void httpc_error_body(buf_t *b, const char *code, const char *message)
{
    buf_puts(b, "{\"error\":{\"code\":");
    canon_put_string(b, code);
    buf_puts(b, ",\"message\":");
    canon_put_string(b, message);
    buf_puts(b, "}}\n");
}

void httpc_respond_error(httpc_t *c, int status, const char *code, const char *message)
{
    buf_t b;

    buf_init(&b);
    httpc_error_body(&b, code, message);
    httpc_respond(c, status, "application/json", NULL, buf_str(&b), b.len);
    buf_release(&b);
}

/* Answers a request that could not be parsed, and closes. */
static void httpc_parse_failed(httpc_t *c)
{
    int st = c->error_status;
    enum http_errno err = HTTP_PARSER_ERRNO(&c->parser);
    char msg[160];

    c->req.keep_alive = 0;
    if (!st) st = err == HPE_HEADER_OVERFLOW ? 431 : 400;
    if (st == 413)
        snprintf(msg, sizeof msg, "request body over the limit of %zu bytes", c->max_body);
    else if (st == 411)
        snprintf(msg, sizeof msg, "a request with a body needs Content-Length");
    else if (st == 414)
        snprintf(msg, sizeof msg, "request target over the limit of 8192 bytes");
    else if (st == 417)
        snprintf(msg, sizeof msg, "only 'Expect: 100-continue' is supported");
    else
        snprintf(msg, sizeof msg, "malformed HTTP request: %s", http_errno_description(err));
    httpc_respond_error(c, st,
                        st == 413   ? "too_large"
                        : st == 411 ? "length_required"
                        : st == 431 ? "headers_too_large"
                        : st == 414 ? "uri_too_long"
                        : st == 417 ? "expectation_failed"
                                    : "bad_request",
                        msg);
    c->closing = 1;
}

void httpc_pump(httpc_t *c)
{
    while (!c->busy && !c->closing && c->in.len > 0) {
        size_t n = http_parser_execute(&c->parser, &httpc_settings, c->in.data, c->in.len);
        enum http_errno err = HTTP_PARSER_ERRNO(&c->parser);

        if (n > c->in.len) n = c->in.len;
        memmove(c->in.data, c->in.data + n, c->in.len - n);
        c->in.len -= n;
        c->in.data[c->in.len] = '\0';
        if (err == HPE_PAUSED)
            http_parser_pause(&c->parser, 0);
        else if (err != HPE_OK || c->parser.upgrade) {
            c->busy = 0;
            httpc_parse_failed(c);
            return;
        }
        if (c->ready) {
            c->ready = 0;
            c->busy = 1;
            c->on_request(c, &c->req, c->arg);
        } else if (n == 0) {
            break;
        }
    }
}

void httpc_feed(httpc_t *c, const char *data, size_t n)
{
    if (c->closing) return;
    if (n == 0) {
        /* End of input: lets the parser finish a body that runs to EOF. */
        if (!c->busy) http_parser_execute(&c->parser, &httpc_settings, NULL, 0);
        return;
    }
    if (buf_append(&c->in, data, n)) {
        c->closing = 1;
        return;
    }
    if (c->in.len > 0) c->started = 1;
    httpc_pump(c);
}

/* --- query strings --- */

static int httpc_hex(int ch)
{
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return -1;
}

char *httpc_url_decode(const char *s, size_t n, int form)
{
    char *out = mem_alloc(n + 1), *o = out;

    if (!out) return NULL;
    for (size_t i = 0; i < n; i++) {
        if (form && s[i] == '+')
            *o++ = ' ';
        else if (s[i] == '%' && i + 2 < n && httpc_hex(s[i + 1]) >= 0 && httpc_hex(s[i + 2]) >= 0 &&
                 (s[i + 1] != '0' || s[i + 2] != '0')) {
            /* %00 stays as written: a NUL would cut the value short unseen. */
            *o++ = (char)(httpc_hex(s[i + 1]) * 16 + httpc_hex(s[i + 2]));
            i += 2;
        } else
            *o++ = s[i];
    }
    *o = '\0';
    return out;
}

char *httpc_query_param(const httpc_request_t *req, const char *name, int nth)
{
    const char *q = req->query;
    size_t nl = strlen(name);

    while (q && *q) {
        const char *amp = strchr(q, '&');
        size_t len = amp ? (size_t)(amp - q) : strlen(q);
        if (len > nl && strncmp(q, name, nl) == 0 && q[nl] == '=') {
            if (nth-- == 0) return httpc_url_decode(q + nl + 1, len - nl - 1, 1);
        } else if (len == nl && strncmp(q, name, nl) == 0) {
            if (nth-- == 0) return mem_strdup("");
        }
        q = amp ? amp + 1 : NULL;
    }
    return NULL;
}
