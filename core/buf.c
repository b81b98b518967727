#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "err.h"
#include "mem.h"

void buf_init(buf_t *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
}

void buf_release(buf_t *b)
{
    if (!b) return;
    mem_free(b->data);
    buf_init(b);
}

void buf_reset(buf_t *b)
{
    b->len = 0;
    b->oom = 0;
    if (b->data) b->data[0] = '\0';
}

static int buf_grow(buf_t *b, size_t extra)
{
    size_t want, cap;
    char *p;

    if (b->oom) return ERR_NOMEM;
    if (extra > ((size_t)-1) / 2 - b->len) goto fail;
    want = b->len + extra + 1;
    if (want <= b->cap) return 0;
    cap = b->cap ? b->cap : 64;
    while (cap < want) cap *= 2;
    p = mem_realloc(b->data, cap);
    if (!p) goto fail;
    b->data = p;
    b->cap = cap;
    return 0;
fail:
    b->oom = 1;
    return ERR_NOMEM;
}

int buf_reserve(buf_t *b, size_t n)
{
    size_t want;
    char *p;

    if (b->oom) return ERR_NOMEM;
    if (n > ((size_t)-1) / 4 - b->len) {
        b->oom = 1;
        return ERR_NOMEM;
    }
    want = b->len + n + 1;
    if (want <= b->cap) return 0;
    if (want < b->cap * 2) want = b->cap * 2; /* reservations in a row still double */
    if (!(p = mem_realloc(b->data, want))) {
        b->oom = 1;
        return ERR_NOMEM;
    }
    if (!b->data) p[0] = '\0';
    b->data = p;
    b->cap = want;
    return 0;
}

int buf_append(buf_t *b, const void *p, size_t n)
{
    if (buf_grow(b, n)) return ERR_NOMEM;
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int buf_puts(buf_t *b, const char *s)
{
    return buf_append(b, s, strlen(s));
}

int buf_putc(buf_t *b, char c)
{
    if (!b->oom && b->len + 2 <= b->cap) { /* room for c and the NUL */
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return 0;
    }
    return buf_append(b, &c, 1);
}

int buf_printf(buf_t *b, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return ERR_INTERNAL;
    if (buf_grow(b, (size_t)n)) return ERR_NOMEM;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

const char *buf_str(const buf_t *b)
{
    return b->data ? b->data : "";
}

char *buf_steal(buf_t *b)
{
    char *s;

    if (b->oom) return NULL;
    if (!b->data && buf_grow(b, 0)) return NULL;
    s = b->data;
    buf_init(b);
    return s;
}
