/* tsv: splitting the tab-separated lines of the data files (core/data/). */
#ifndef SEISMO_TSV_H
#define SEISMO_TSV_H

#include <stddef.h>

/* Splits line (borrowed, modified in place: tabs become NULs) into at most max
 * fields; f (caller-owned, max entries) gets pointers into line. Returns the count. */
size_t tsv_split(char *line, char **f, size_t max);

#endif
