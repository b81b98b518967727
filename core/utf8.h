/* utf8: checking that bytes are well-formed UTF-8 (no overlongs, no surrogates). */
#ifndef SEISMO_UTF8_H
#define SEISMO_UTF8_H

#include <stddef.h>

/* Returns the offset of the first byte of s (borrowed, n bytes) that breaks
 * UTF-8, or n when all of it is valid. */
size_t utf8_bad(const char *s, size_t n);
/* Returns 1 when the NUL-terminated s (borrowed) is valid UTF-8. */
int utf8_valid(const char *s);

#endif
