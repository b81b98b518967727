#include "utf8.h"

#include <string.h>

size_t utf8_bad(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t k;
        unsigned cp;
        if (c < 0x80) {
            /* ASCII, the common case: eight bytes at a time */
            for (i++; i + 8 <= n; i += 8) {
                unsigned long long w;
                memcpy(&w, s + i, 8);
                if (w & 0x8080808080808080ULL) break;
            }
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            k = 1, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF)
            k = 2, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4)
            k = 3, cp = c & 0x07;
        else
            return i;
        for (size_t j = 1; j <= k; j++) {
            if (i + j >= n || (s[i + j] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += k + 1;
    }
    return n;
}

int utf8_valid(const char *s)
{
    size_t n = strlen(s);
    return utf8_bad(s, n) == n;
}

unsigned utf8_unsafe(const char *str)
{
    const unsigned char *s = (const unsigned char *)str;

    for (size_t i = 0; s[i];) {
        unsigned cp = s[i];
        size_t k = 0;
        if (cp >= 0x20 && cp < 0x7F) { /* printable ASCII, the common case */
            i++;
            continue;
        }
        if (cp >= 0xF0)
            k = 3, cp &= 0x07;
        else if (cp >= 0xE0)
            k = 2, cp &= 0x0F;
        else if (cp >= 0xC0)
            k = 1, cp &= 0x1F;
        for (size_t j = 1; j <= k && s[i + j]; j++) cp = (cp << 6) | (s[i + j] & 0x3F);
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E ||
            cp == 0x200F || (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
            return cp;
        for (i++; k-- && s[i]; i++) {
        }
    }
    return 0;
}
