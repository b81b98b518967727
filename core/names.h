/* names: resolving a COMPANY argument (a canonical id, ticker or name,
 * case-insensitively) against the company directory of the read models, and
 * the "did you mean" list when it names nothing. Pure: it reads the
 * directory through the read-model port only. */
#ifndef SEISMO_NAMES_H
#define SEISMO_NAMES_H

#include <stddef.h>

#include "err.h"
#include "readmodel.h"

/* Most close matches an unknown name's message lists. */
#define NAMES_MAX_MATCHES 5

/* Resolves name (borrowed) to a canonical id with rm (borrowed): *id is owned
 * by the caller (mem_free). An unknown name gives ERR_NOTFOUND with a message
 * listing up to NAMES_MAX_MATCHES close matches; an ambiguous one ERR_NOTFOUND
 * naming the candidates. */
int names_resolve(const readmodel_t *rm, const char *name, char **id, err_t *e);

/* Returns the edit distance of a and b (both borrowed; insert, delete,
 * substitute, swap two neighbours), case-insensitively; 99 when either is
 * longer than 64 bytes. */
size_t names_distance(const char *a, const char *b);
/* Returns how close name is to query (both borrowed; lower is closer), or -1
 * when it is not close: 0 when one contains the other, else the distance
 * when it is at most a third of the query's length (at least 1). */
int names_closeness(const char *query, const char *name);

#endif
