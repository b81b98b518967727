/* date: calendar dates as days since 1970-01-01 (proleptic Gregorian), and dates as news
 * articles write them ("February 12, 2025", "26-FEB-1987"). */
#ifndef SEISMO_DATE_H
#define SEISMO_DATE_H

#include <stddef.h>

/* Returns 1 when y-m-d is a real calendar day (2025-02-30 is not). */
int date_valid(int y, int m, int d);
/* Returns the day number of a valid y-m-d. */
long date_from_ymd(int y, int m, int d);
/* Splits day number days into *y, *m, *d (all caller-owned). */
void date_to_ymd(long days, int *y, int *m, int *d);
/* Parses exactly "YYYY-MM-DD" (s borrowed); stores the day number; returns 0 or ERR_DATA. */
int date_parse_iso(const char *s, long *days);
/* Writes day number days as "YYYY-MM-DD" into out (caller-owned, at least 11 bytes). */
void date_format_iso(long days, char out[11]);
/* Writes y-m-d into out (caller-owned, 11 bytes) as snprintf(out, 11, "%04d-%02d-%02d", y, m,
 * d) does, without its cost for the usual case (a year of four digits, month and day of two). */
void date_ymd_iso(int y, int m, int d, char out[11]);
/* Returns 1 when s (borrowed) is a valid "YYYY-MM-DD" date. */
int date_is_iso(const char *s);
/* Returns the weekday of day number days, 0 = Monday .. 6 = Sunday. */
int date_weekday(long days);
/* Returns the weekday (0 = Monday .. 6 = Sunday) named by n bytes of s (borrowed; "Tuesday",
 * any case), else -1. */
int date_weekday_of(const char *s, size_t n);
/* Returns the day a weekday wd (0 = Monday) names in a text dated day number dateline: the
 * latest such day on or before it, or with ahead the next one on or after it. */
long date_weekday_near(long dateline, int wd, int ahead);
/* Returns the month (1-12) named by n bytes of s (borrowed; "March", "Mar", "Sept"), else 0. */
int date_month_of(const char *s, size_t n);
/* Parses a date as news writes it at the start of n bytes of s (borrowed): "Month D[,] YYYY",
 * "Mon. D, YYYY", "D Month YYYY", "YYYY-MM-DD", "DD-MON-YYYY". When want_year is 0 a missing
 * year is accepted (*y = 0). Stores into *y, *m, *d (caller-owned); returns the bytes
 * consumed, or 0 when there is no date. */
size_t date_scan_text(const char *s, size_t n, int want_year, int *y, int *m, int *d);
/* Parses a full date as news writes it (see date_scan_text) at the start of n bytes of s
 * (borrowed); stores "YYYY-MM-DD" in out and returns the bytes consumed, or 0. */
size_t date_parse_text(const char *s, size_t n, char out[11]);

#endif
