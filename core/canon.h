/* canon: the pieces of canonical JSON (RFC 8785 in spirit).
 *
 * Strings are written with only the escapes JSON requires (", \ and control
 * characters), UTF-8 kept as is; numbers in the shortest form that reads back
 * to the same double. jansson cannot do the latter (it prints 2.6 as
 * 2.6000000000000001), which is why these few functions exist. */
#ifndef SEISMO_CANON_H
#define SEISMO_CANON_H

#include <stddef.h>

#include "buf.h"

/* Appends s (borrowed, NUL-terminated) to b as a JSON string. */
void canon_put_string(buf_t *b, const char *s);
/* Appends n bytes of s (borrowed) to b as a JSON string. */
void canon_put_stringn(buf_t *b, const char *s, size_t n);
/* Appends d (finite) to b as the shortest round-tripping JSON number; -0 as 0. */
void canon_put_number(buf_t *b, double d);
/* Appends a signed 64-bit integer. */
void canon_put_int(buf_t *b, long long v);
/* Writes d into out (caller-owned, >= 32 bytes) in the shortest round-trip form. */
void canon_format_number(double d, char out[32]);

#endif
