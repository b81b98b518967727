/* Query routes of the daemon: timeline, summary, reactions, report. */
#include "daemon.h"

int daemon_query(daemon_t *d, const httpc_request_t *req, int *status, buf_t *body)
{
    (void)d;
    (void)req;
    (void)status;
    (void)body;
    return 0;
}
