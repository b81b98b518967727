/* date: calendar dates as days since 1970-01-01 (proleptic Gregorian). */
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
/* Returns 1 when s (borrowed) is a valid "YYYY-MM-DD" date. */
int date_is_iso(const char *s);
/* Returns the weekday of day number days, 0 = Monday .. 6 = Sunday. */
int date_weekday(long days);

#endif
