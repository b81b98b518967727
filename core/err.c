#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void err_clear(err_t *e)
{
    if (!e) return;
    e->code = 0;
    e->msg[0] = '\0';
}

int err_set(err_t *e, int code, const char *fmt, ...)
{
    va_list ap;

    if (!e) return code;
    e->code = code;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    return code;
}

int err_wrap(err_t *e, const char *fmt, ...)
{
    char prefix[256];
    char old[sizeof e->msg];
    va_list ap;

    if (!e) return 0;
    va_start(ap, fmt);
    vsnprintf(prefix, sizeof prefix, fmt, ap);
    va_end(ap);
    memcpy(old, e->msg, sizeof old);
    {
        const char *rest = old[0] ? old : err_str(e->code);
        size_t p = strlen(prefix), r = strlen(rest), cap = sizeof e->msg - 1;
        if (p > cap) p = cap;
        memcpy(e->msg, prefix, p);
        if (p + 2 <= cap) memcpy(e->msg + p, ": ", 2), p += 2;
        if (r > cap - p) r = cap - p;
        memcpy(e->msg + p, rest, r);
        e->msg[p + r] = '\0';
    }
    return e->code;
}

const char *err_name(int code)
{
    switch (code) {
    case 0:
        return "OK";
#define ERR_NAME(name, ex, msg) \
    case ERR_##name:            \
        return #name;
        ERR_MAP(ERR_NAME)
#undef ERR_NAME
    default:
        return "UNKNOWN";
    }
}

const char *err_str(int code)
{
    switch (code) {
    case 0:
        return "success";
#define ERR_MSG(name, ex, msg) \
    case ERR_##name:           \
        return msg;
        ERR_MAP(ERR_MSG)
#undef ERR_MSG
    default:
        return "unknown error";
    }
}

int err_exit_status(int code)
{
    switch (code) {
    case 0:
        return 0;
#define ERR_EXIT(name, ex, msg) \
    case ERR_##name:            \
        return ex;
        ERR_MAP(ERR_EXIT)
#undef ERR_EXIT
    default:
        return 70;
    }
}
