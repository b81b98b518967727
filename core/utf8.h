/* utf8: checking that bytes are well-formed UTF-8 (no overlongs, no surrogates),
 * and that a name holds no character that hides or reorders text. */
#ifndef SEISMO_UTF8_H
#define SEISMO_UTF8_H

#include <stddef.h>

/* Returns the offset of the first byte of s (borrowed, n bytes) that breaks
 * UTF-8, or n when all of it is valid. */
size_t utf8_bad(const char *s, size_t n);
/* Returns 1 when the NUL-terminated s (borrowed) is valid UTF-8. */
int utf8_valid(const char *s);
/* Returns the first code point of the valid UTF-8 string s (borrowed) that
 * has no place in an id or a name: a control character (U+0000-U+001F,
 * U+007F-U+009F), a line or paragraph separator (U+2028, U+2029) or a
 * bidirectional formatting character (U+061C, U+200E, U+200F, U+202A-U+202E,
 * U+2066-U+2069), which can make a name read as another. 0 when there is none. */
unsigned utf8_unsafe(const char *s);

#endif
