#include "canon.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

void canon_put_stringn(buf_t *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t run = 0;

    buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char u[7];

        if (c >= 0x20 && c != '"' && c != '\\') continue;
        buf_append(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            esc = "\\\"";
            break;
        case '\\':
            esc = "\\\\";
            break;
        case '\b':
            esc = "\\b";
            break;
        case '\f':
            esc = "\\f";
            break;
        case '\n':
            esc = "\\n";
            break;
        case '\r':
            esc = "\\r";
            break;
        case '\t':
            esc = "\\t";
            break;
        default:
            u[0] = '\\', u[1] = 'u', u[2] = '0', u[3] = '0';
            u[4] = hex[c >> 4], u[5] = hex[c & 15], u[6] = '\0';
            esc = u;
        }
        buf_puts(b, esc);
    }
    buf_append(b, s + run, n - run);
    buf_putc(b, '"');
}

void canon_put_string(buf_t *b, const char *s)
{
    size_t n = 0;

    while (s[n]) n++;
    canon_put_stringn(b, s, n);
}

void canon_format_number(double d, char out[32])
{
    if (d == 0 || !isfinite(d)) {
        out[0] = '0', out[1] = '\0';
        return;
    }
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(out, 32, "%.*g", prec, d);
        if (strtod(out, NULL) == d) return;
    }
}

void canon_put_number(buf_t *b, double d)
{
    char tmp[32];

    canon_format_number(d, tmp);
    buf_puts(b, tmp);
}

void canon_put_int(buf_t *b, long long v)
{
    buf_printf(b, "%lld", v);
}
