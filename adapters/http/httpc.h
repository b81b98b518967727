/* httpc: one HTTP/1.1 server connection as a byte-in, byte-out state machine.
 *
 * Request parsing is done by the http-parser library. httpc knows nothing of
 * sockets: the daemon feeds it what it reads and writes out what it produces,
 * and the fuzz target drives it with plain buffers. Pipelined requests are
 * answered one at a time, in order. */
#ifndef SEISMO_HTTPC_H
#define SEISMO_HTTPC_H

#include <http_parser.h>
#include <stddef.h>

#include "../../core/buf.h"

typedef struct httpc_request_s {
    int method;          /* enum http_method */
    char *path;          /* owned, raw path without the query */
    char *query;         /* owned, raw query without '?', "" if none */
    char *content_type;  /* owned, may be NULL */
    char *authorization; /* owned, may be NULL */
    char *expect;        /* owned, may be NULL: the Expect header */
    buf_t body;          /* the whole body */
    int keep_alive;
    int no_length; /* a POST, PUT or PATCH with neither Content-Length nor chunks: an
                      empty body; a route that takes a body answers 411 */
} httpc_request_t;

typedef struct httpc_s httpc_t;

/* Called for each complete request; req is borrowed until httpc_respond(). The
 * handler must call httpc_respond() once, now or later. */
typedef void (*httpc_request_fn)(httpc_t *c, httpc_request_t *req, void *arg);

struct httpc_s {
    http_parser parser;
    httpc_request_t req;
    buf_t field, value; /* the header being read */
    int in_value;
    buf_t in;  /* input not parsed yet (while a request is handled) */
    buf_t out; /* response bytes to write */
    size_t max_body;
    int busy;         /* a request is with the handler */
    int ready;        /* a complete request waits for dispatch */
    int closing;      /* close once out is written */
    int started;      /* bytes of a request have arrived */
    int error_status; /* status to answer a request that cannot be parsed */
    int raw_stream;   /* a streamed answer to HTTP/1.0: no chunks, closed at the end */
    httpc_request_fn on_request;
    void *arg;
    unsigned long requests; /* requests answered */
};

/* Prepares c (caller storage) with a body limit and a request handler (arg borrowed). */
void httpc_init(httpc_t *c, size_t max_body, httpc_request_fn on_request, void *arg);
/* Frees what c owns (c may be NULL). */
void httpc_release(httpc_t *c);
/* Feeds n bytes (borrowed) read from the peer and handles what completes. */
void httpc_feed(httpc_t *c, const char *data, size_t n);
/* Handles input left over once an asynchronous response was given. */
void httpc_pump(httpc_t *c);
/* Answers the current request: status, content type (borrowed, may be NULL),
 * extra header lines (borrowed, each ending in \r\n, may be NULL) and body
 * (borrowed, n bytes). */
void httpc_respond(httpc_t *c, int status, const char *ctype, const char *extra, const char *body,
                   size_t n);
/* Starts a streamed answer to the current request: the head with
 * Transfer-Encoding: chunked (HTTP/1.1), or, for an HTTP/1.0 client, a head
 * without a length and a close at the end. ctype and extra as httpc_respond. */
void httpc_stream_start(httpc_t *c, int status, const char *ctype, const char *extra);
/* Room for the head of one chunk's framing (httpc_stream_frame). */
#define HTTPC_FRAME_HEAD 24
/* The framing of one chunk of n bytes (n > 0) of c's streamed answer: the
 * writer sends the bytes from memory of its own rather than through c->out
 * (one answer shared by many connections is never copied for each). Writes
 * what goes before the bytes into head (caller storage,
 * HTTPC_FRAME_HEAD bytes) and returns its length, and sets *tail to what goes
 * after them (static). An HTTP/1.0 client's raw stream has neither (0, ""). */
size_t httpc_stream_frame(const httpc_t *c, size_t n, char *head, const char **tail);
/* Ends a streamed answer: the current request is answered. */
void httpc_stream_end(httpc_t *c);
/* Appends the JSON error document {"error":{"code","message"}} and a newline to b. */
void httpc_error_body(buf_t *b, const char *code, const char *message);
/* Answers with the JSON error document {"error":{"code","message"}}. */
void httpc_respond_error(httpc_t *c, int status, const char *code, const char *message);
/* Returns the reason phrase of status (static). */
const char *httpc_reason(int status);
/* Returns 1 when the connection has started a request it has not finished. */
int httpc_mid_request(const httpc_t *c);
/* Decodes the %XX escapes of n bytes of s (borrowed), and '+' as a space when
 * form is set (query strings; not in paths), into a string owned by the caller
 * (mem_free); NULL when out of memory. */
char *httpc_url_decode(const char *s, size_t n, int form);
/* Returns the nth (0-based) value of parameter name (borrowed) in req's query
 * string (req borrowed), percent-decoded, owned by the caller (mem_free): ""
 * for a bare name, NULL when absent or out of memory. */
char *httpc_query_param(const httpc_request_t *req, const char *name, int nth);

#endif
