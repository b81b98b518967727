#include "canon.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Nonzero when one of the eight bytes of w needs an escape: a control byte
 * (below 0x20), '"' or '\\' (the exact "has less than" and "has zero" tests of
 * one word; bytes of 0x80 and above never match). */
static unsigned long long canon_word_special(unsigned long long w)
{
    const unsigned long long ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    unsigned long long q = w ^ (ones * '"'), bs = w ^ (ones * '\\');

    return ((w - ones * 0x20) & ~w & high) | ((q - ones) & ~q & high) | ((bs - ones) & ~bs & high);
}

void canon_put_stringn(buf_t *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t run = 0, i = 0;

    /* Room for the string and a few escapes at once: a price import's bars,
     * one string of tens of megabytes, otherwise grew the buffer by doubling,
     * each step copying everything written so far. */
    buf_reserve(b, n + n / 8 + 2);
    buf_putc(b, '"');
    while (i < n) {
        unsigned char c = 0;
        const char *esc;
        char u[6];
        size_t en = 2, stop;

        /* whole words with no byte to escape (most of them), then the bytes
         * of the word that has one, or of the tail */
        for (; i + 8 <= n; i += 8) {
            unsigned long long w;
            memcpy(&w, s + i, 8);
            if (canon_word_special(w)) break;
        }
        for (stop = i + 8 < n ? i + 8 : n; i < stop; i++) {
            c = (unsigned char)s[i];
            if (c < 0x20 || c == '"' || c == '\\') break;
        }
        if (i == stop) continue;
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
            u[4] = hex[c >> 4], u[5] = hex[c & 15];
            esc = u;
            en = 6;
        }
        /* The run before the escape and the escape, written in place when
         * there is room (a newline escaped per line of bars: a million calls). */
        if (!b->oom && b->cap - b->len > (i - run) + en) {
            memcpy(b->data + b->len, s + run, i - run);
            b->len += i - run;
            memcpy(b->data + b->len, esc, en);
            b->len += en;
            b->data[b->len] = '\0';
        } else {
            buf_append(b, s + run, i - run);
            buf_append(b, esc, en);
        }
        run = ++i;
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

/* Writes the decimal digits of v (at most 19) into out; returns their count. */
static size_t canon_digits(unsigned long long v, char *out)
{
    char tmp[24];
    size_t n = 0, k = 0;

    do tmp[n++] = (char)('0' + v % 10), v /= 10;
    while (v);
    while (n) out[k++] = tmp[--n];
    return k;
}

/* The common numbers (percents, amounts, offsets: at most 15 significant
 * digits and 6 decimals, between 1e-4 and 1e15) without printf: when d is the
 * double nearest to m / 10^k, "%.15g" prints exactly that decimal, trailing
 * zeros removed, so it is written here digit by digit. Returns 0 when d is not
 * such a number (printf then decides). */
static int canon_format_short(double d, char out[32])
{
    static const double pow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
    double a = fabs(d);
    char dig[24];
    size_t n, at = 0;

    if (!(a >= 1e-4 && a < 1e15)) return 0;
    for (int k = 0; k <= 6; k++) {
        double scaled = a * pow10[k];
        unsigned long long m;
        if (scaled >= 1e15) return 0;
        m = (unsigned long long)(scaled + 0.5);
        if ((double)m / pow10[k] != a) continue;
        if (d < 0) out[at++] = '-';
        n = canon_digits(m, dig);
        if ((size_t)k >= n) { /* 0.00ddd */
            out[at++] = '0';
            out[at++] = '.';
            for (size_t z = n; z < (size_t)k; z++) out[at++] = '0';
            memcpy(out + at, dig, n);
            at += n;
        } else {
            memcpy(out + at, dig, n - (size_t)k);
            at += n - (size_t)k;
            if (k) {
                out[at++] = '.';
                memcpy(out + at, dig + n - k, (size_t)k);
                at += (size_t)k;
            }
        }
        if (k) /* the smallest k has no trailing zero, but be sure */
            while (out[at - 1] == '0') at--;
        if (out[at - 1] == '.') at--;
        out[at] = '\0';
        return 1;
    }
    return 0;
}

void canon_format_number(double d, char out[32])
{
    if (d == 0 || !isfinite(d)) {
        out[0] = '0', out[1] = '\0';
        return;
    }
    if (canon_format_short(d, out)) return;
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
    char tmp[24];
    size_t n = 0;

    if (v < 0) tmp[n++] = '-';
    n += canon_digits(v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v, tmp + n);
    buf_append(b, tmp, n);
}
