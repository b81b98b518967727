/* The one map from ERR_* codes to HTTP answers, used by every route (appends,
 * queries, status, events): the same failure gives the same status and error
 * code whatever route met it. */
#include "daemon.h"

static const daemon_http_err_t daemon_err_map[] = {
    {ERR_USAGE, 400, "bad_request", NULL},
    {ERR_DATA, 400, "bad_request", NULL},
    {ERR_NOINPUT, 404, "not_found", NULL},
    {ERR_NOTFOUND, 404, "not_found", NULL},
    {ERR_CONFLICT, 409, "conflict", NULL},
    {ERR_BUSY, 503, "busy", "Retry-After: 1\r\n"},
    /* The database server is away: the client may come back shortly. */
    {ERR_UNAVAILABLE, 503, "unavailable", "Retry-After: 5\r\n"},
    {ERR_READONLY, 503, "read_only", NULL},
    {ERR_FULL, 507, "disk_full", NULL},
    {ERR_NEWER, 500, "newer_database", NULL},
    {ERR_CORRUPT, 500, "corrupt_database", NULL},
    {ERR_IO, 500, "io_error", NULL},
    {ERR_NOMEM, 500, "internal", NULL},
    {ERR_INTERNAL, 500, "internal", NULL},
};

const daemon_http_err_t *daemon_err_http(int code)
{
    static const daemon_http_err_t other = {0, 500, "internal", NULL};

    for (size_t i = 0; i < sizeof daemon_err_map / sizeof *daemon_err_map; i++)
        if (daemon_err_map[i].code == code) return &daemon_err_map[i];
    return &other;
}
