/* mem: the one allocation path of seismo.
 *
 * Every allocation in core/ and adapters/ goes through these functions (and
 * jansson is pointed at them), so that a test can make the Nth allocation fail
 * and check that each failure ends in a clean error. */
#ifndef SEISMO_MEM_H
#define SEISMO_MEM_H

#include <stddef.h>

/* Allocates n bytes; returns owned memory or NULL. */
void *mem_alloc(size_t n);
/* Allocates n zeroed elements of size sz; returns owned memory or NULL. */
void *mem_calloc(size_t n, size_t sz);
/* Resizes p (owned, may be NULL); returns owned memory or NULL, p intact then. */
void *mem_realloc(void *p, size_t n);
/* Frees p (owned, may be NULL). */
void mem_free(void *p);
/* Copies s (borrowed, may be NULL); returns an owned copy, NULL on failure or NULL s. */
char *mem_strdup(const char *s);
/* Copies n bytes of s (borrowed) and a NUL; returns an owned string or NULL. */
char *mem_strndup(const char *s, size_t n);

/* Makes the nth allocation from now fail (1 = the next one); 0 turns it off. */
void mem_fail_at(unsigned long nth);
/* Reports whether an injected failure has happened since mem_fail_at(). */
int mem_failed(void);
/* Counts allocations made since start (for fault-injection loops). */
unsigned long mem_count(void);

#endif
