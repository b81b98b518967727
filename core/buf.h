/* buf: a growable byte buffer, always NUL-terminated.
 *
 * A buf_t lives in caller storage (buf_init/buf_release). On allocation
 * failure the buffer remembers it (b->oom) and later appends do nothing, so a
 * writer can append freely and check once at the end. */
#ifndef SEISMO_BUF_H
#define SEISMO_BUF_H

#include <stddef.h>

typedef struct buf_s {
    char *data; /* owned; NULL until the first append */
    size_t len;
    size_t cap;
    int oom; /* set when an allocation failed */
} buf_t;

/* Prepares b (caller storage) as empty. */
void buf_init(buf_t *b);
/* Frees b's memory (b stays caller storage, may be NULL) and makes it empty. */
void buf_release(buf_t *b);
/* Empties b, keeping its memory. */
void buf_reset(buf_t *b);
/* Makes room for n more bytes (and the NUL) in one allocation: exactly that
 * for an empty buffer (a writer that knows its size: growing by doubling
 * copies a large buffer again and again), at least double for one that has
 * some, so that many reservations in a row stay linear. Returns 0 or ERR_NOMEM. */
int buf_reserve(buf_t *b, size_t n);
/* Appends n bytes of p (borrowed); returns 0 or ERR_NOMEM. */
int buf_append(buf_t *b, const void *p, size_t n);
/* Appends the NUL-terminated s (borrowed); returns 0 or ERR_NOMEM. */
int buf_puts(buf_t *b, const char *s);
/* Appends one byte; returns 0 or ERR_NOMEM. */
int buf_putc(buf_t *b, char c);
/* Appends printf-style text; returns 0 or ERR_NOMEM. */
int buf_printf(buf_t *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Returns b's text (borrowed, "" when empty; valid until the next append). */
const char *buf_str(const buf_t *b);
/* Takes b's text: returns it owned (never NULL unless out of memory) and empties b. */
char *buf_steal(buf_t *b);

#endif
