#include "date.h"

#include <stdio.h>
#include <string.h>

#include "err.h"

static int date_is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_valid(int y, int m, int d)
{
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return 0;
    return d <= mdays[m - 1] + (m == 2 && date_is_leap(y));
}

/* Howard Hinnant's days_from_civil. */
long date_from_ymd(int y, int m, int d)
{
    long era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void date_to_ymd(long z, int *y, int *m, int *d)
{
    long era, doe, yoe, doy, mp;

    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int date_digits(const char *s, int n, int *out)
{
    int v = 0;

    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

int date_parse_iso(const char *s, long *days)
{
    int y, m, d;

    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-') return ERR_DATA;
    if (date_digits(s, 4, &y) || date_digits(s + 5, 2, &m) || date_digits(s + 8, 2, &d))
        return ERR_DATA;
    if (!date_valid(y, m, d)) return ERR_DATA;
    if (days) *days = date_from_ymd(y, m, d);
    return 0;
}

int date_is_iso(const char *s)
{
    return date_parse_iso(s, NULL) == 0;
}

void date_ymd_iso(int y, int m, int d, char out[11])
{
    if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99) {
        snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
        return;
    }
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = 0;
}

void date_format_iso(long days, char out[11])
{
    int y, m, d;

    date_to_ymd(days, &y, &m, &d);
    out[0] = (char)('0' + y / 1000 % 10);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
}

int date_weekday(long days)
{
    /* 1970-01-01 was a Thursday (3 when Monday is 0). */
    long w = (days + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

/* ---------------------------------------------------------------- dates as news writes them */

static int date_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static int date_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static const char *const month_names[12] = {"january",   "february", "march",    "april",
                                            "may",       "june",     "july",     "august",
                                            "september", "october",  "november", "december"};

static const unsigned char month_len[12] = {7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};

/* Returns 1 when n bytes of s are the lower-case w (n bytes or more), in any ASCII case. */
static int date_ieq(const char *s, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        if (c != (unsigned char)w[k]) return 0;
    }
    return 1;
}

static const char *const weekday_names[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                             "friday", "saturday", "sunday"};

int date_weekday_of(const char *s, size_t n)
{
    /* every name ends in "day" (most words asked do not: refused before the names) */
    if (n < 6 || n > 9 || !date_ieq(s + n - 3, "day", 3)) return -1;
    static const unsigned char len[7] = {6, 7, 9, 8, 6, 8, 6};
    for (int w = 0; w < 7; w++)
        if (len[w] == n && date_ieq(s, weekday_names[w], n)) return w;
    return -1;
}

long date_weekday_near(long dateline, int wd, int ahead)
{
    int d = wd - date_weekday(dateline);
    if (ahead) return dateline + (d + 7) % 7;
    return dateline - (7 - d) % 7;
}

/* Returns the month (1-12) named by n bytes of s (full or 3-4 letter form), else 0. */
int date_month_of(const char *s, size_t n)
{
    if (n < 3 || n > 9) return 0;
    /* the names are in lower case: every form asks for the first letter, folded */
    unsigned char c0 = (unsigned char)s[0];
    if (c0 >= 'A' && c0 <= 'Z') c0 = (unsigned char)(c0 + 32);
    for (int m = 0; m < 12; m++) {
        const char *nm = month_names[m];
        if ((unsigned char)nm[0] != c0) continue;
        if (n == month_len[m] && date_ieq(s, nm, n)) return m + 1;
        if (n == 3 && date_ieq(s, nm, 3)) return m + 1;
        if (n == 4 && m == 8 && date_ieq(s, "sept", 4)) return 9;
    }
    return 0;
}

static size_t date_skip_sp(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    return i;
}

static size_t date_read_int(const char *s, size_t i, size_t n, int *v, int maxdig)
{
    int d = 0, x = 0;
    while (i < n && date_digit((unsigned char)s[i]) && d < maxdig) x = x * 10 + (s[i++] - '0'), d++;
    if (i < n && date_digit((unsigned char)s[i])) return 0;
    *v = x;
    return d ? i : 0;
}

static size_t date_read_word(const char *s, size_t i, size_t n)
{
    while (i < n && date_alpha((unsigned char)s[i])) i++;
    return i;
}

/* Parses "Month D[,] YYYY", "Mon. D, YYYY", "D Month YYYY", "YYYY-MM-DD", "DD-MON-YYYY". When
 * want_year is 0 a missing year is accepted (*y = 0). Returns bytes consumed or 0. */
size_t date_scan_text(const char *s, size_t n, int want_year, int *y, int *m, int *d)
{
    size_t i = 0, j;
    int a, b, c;
    *y = *m = *d = 0;
    if (n >= 10 && (j = date_read_int(s, 0, n, &a, 4)) == 4 && s[4] == '-' &&
        date_read_int(s, 5, n, &b, 2) == 7 && s[7] == '-' && date_read_int(s, 8, n, &c, 2) == 10) {
        if (!date_valid(a, b, c)) return 0;
        *y = a, *m = b, *d = c;
        return 10;
    }
    if ((j = date_read_int(s, 0, n, &a, 2)) != 0) {
        /* 26-FEB-1987 or 12 February 2025 */
        i = j;
        int dash = (i < n && s[i] == '-');
        i = dash ? i + 1 : date_skip_sp(s, i, n);
        size_t w = date_read_word(s, i, n);
        int mo = date_month_of(s + i, w - i);
        if (!mo) return 0;
        i = w;
        if (i < n && s[i] == '.') i++;
        if (dash) {
            if (i >= n || s[i] != '-') return 0;
            i++;
        } else {
            if (i < n && s[i] == ',') i++;
            i = date_skip_sp(s, i, n);
        }
        if ((j = date_read_int(s, i, n, &c, 4)) != 0 && j - i == 4) {
            if (!date_valid(c, mo, a)) return 0;
            *y = c, *m = mo, *d = a;
            return j;
        }
        if (want_year || a < 1 || a > 31) return 0;
        *m = mo, *d = a;
        return w;
    }
    j = date_read_word(s, 0, n);
    int mo = date_month_of(s, j);
    if (!mo) return 0;
    i = j;
    if (i < n && s[i] == '.') i++;
    i = date_skip_sp(s, i, n);
    if (!(j = date_read_int(s, i, n, &a, 2)) || a < 1 || a > 31) return 0;
    i = j;
    if (i + 1 < n && (strncmp(s + i, "st", 2) == 0 || strncmp(s + i, "nd", 2) == 0 ||
                      strncmp(s + i, "rd", 2) == 0 || strncmp(s + i, "th", 2) == 0))
        i += 2;
    size_t end_day = i;
    if (i < n && s[i] == ',') i++;
    i = date_skip_sp(s, i, n);
    if ((j = date_read_int(s, i, n, &c, 4)) != 0 && j - i == 4 && c >= 1800) {
        if (!date_valid(c, mo, a)) return 0;
        *y = c, *m = mo, *d = a;
        return j;
    }
    if (want_year) return 0;
    *m = mo, *d = a;
    return end_day;
}

size_t date_parse_text(const char *s, size_t n, char out[11])
{
    int y, m, d;
    size_t k = date_scan_text(s, n, 1, &y, &m, &d);
    if (!k) return 0;
    date_ymd_iso(y, m, d, out);
    return k;
}
