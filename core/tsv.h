/* tsv: reading the tab-separated data files (core/data/, user imports). */
#ifndef SEISMO_TSV_H
#define SEISMO_TSV_H

#include <stddef.h>

#include "err.h"

/* Splits line (borrowed, modified in place: tabs become NULs) into at most max
 * fields; f (caller-owned, max entries) gets pointers into line. Returns the count. */
size_t tsv_split(char *line, char **f, size_t max);

/* Called for each data line with its fields (borrowed for the call; at least one). Returns 0,
 * or an ERR_* code with e filled (tsv_each adds the source and line number). */
typedef int (*tsv_line_fn)(void *ctx, char **f, size_t nf, err_t *e);

/* Calls fn(ctx, ...) for every line of len bytes of tsv (borrowed) that is neither blank nor
 * a '#' comment, split into at most maxf (<= 16) fields; a trailing CR is dropped. what names
 * the source in errors ("companies.tsv:12: ..."). Returns 0, fn's error, or ERR_NOMEM. */
int tsv_each(const char *tsv, size_t len, size_t maxf, tsv_line_fn fn, void *ctx, const char *what,
             err_t *e);

#endif
