#include "mem.h"

#include <stdlib.h>
#include <string.h>

static unsigned long mem_calls;
static unsigned long mem_fail_nth;
static int mem_did_fail;

static int mem_should_fail(void)
{
    mem_calls++;
    if (mem_fail_nth == 0) return 0;
    if (--mem_fail_nth == 0) {
        mem_did_fail = 1;
        return 1;
    }
    return 0;
}

void *mem_alloc(size_t n)
{
    if (mem_should_fail()) return NULL;
    return malloc(n ? n : 1);
}

void *mem_calloc(size_t n, size_t sz)
{
    if (mem_should_fail()) return NULL;
    return calloc(n ? n : 1, sz ? sz : 1);
}

void *mem_realloc(void *p, size_t n)
{
    if (mem_should_fail()) return NULL;
    return realloc(p, n ? n : 1);
}

void mem_free(void *p)
{
    free(p);
}

char *mem_strndup(const char *s, size_t n)
{
    char *d;

    if (!s) return NULL;
    d = mem_alloc(n + 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *mem_strdup(const char *s)
{
    return s ? mem_strndup(s, strlen(s)) : NULL;
}

void mem_fail_at(unsigned long nth)
{
    mem_fail_nth = nth;
    mem_did_fail = 0;
}

int mem_failed(void)
{
    return mem_did_fail;
}

unsigned long mem_count(void)
{
    return mem_calls;
}
