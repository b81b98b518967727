#include "eventlog.h"

#include <string.h>

static int eventlog_check(const eventlog_t *log, err_t *e)
{
    if (!log || !log->ops || log->ops->version != EVENTLOG_OPS_VERSION)
        return err_set(e, ERR_INTERNAL, "event log adapter missing or of another version");
    return 0;
}

int eventlog_append(eventlog_t *log, event_list_t *batch, long long expected_head,
                    eventlog_result_t *res, err_t *e)
{
    eventlog_result_t dummy;
    int rc;

    if ((rc = eventlog_check(log, e))) return rc;
    if (!res) res = &dummy;
    memset(res, 0, sizeof *res);
    for (size_t i = 0; i < batch->n; i++) {
        if ((rc = event_validate(&batch->items[i], e))) {
            err_wrap(e, "event %zu of the batch", i + 1);
            return rc;
        }
    }
    return log->ops->append(log->impl, batch, expected_head, res, e);
}

int eventlog_head(eventlog_t *log, long long *seq, char hash[65], err_t *e)
{
    int rc = eventlog_check(log, e);
    return rc ? rc : log->ops->head(log->impl, seq, hash, e);
}

int eventlog_scan(eventlog_t *log, const eventlog_query_t *q, eventlog_each_fn each, void *arg,
                  err_t *e)
{
    int rc = eventlog_check(log, e);
    return rc ? rc : log->ops->scan(log->impl, q, each, arg, e);
}

int eventlog_get(eventlog_t *log, const char *id, event_t *out, err_t *e)
{
    int rc = eventlog_check(log, e);
    return rc ? rc : log->ops->get(log->impl, id, out, e);
}
