/* file: reading a whole input file (or stdin) into memory under a size limit,
 * for every driving adapter that takes files: the CLI (articles, NDJSON,
 * price CSVs, company CSVs) and the daemon (spool articles, the token file). */
#ifndef SEISMO_FILE_H
#define SEISMO_FILE_H

#include <stddef.h>

#include "../../core/err.h"

/* Reads all of path (borrowed; "-" is stdin) into *out (owned by the caller,
 * mem_free; NUL-terminated after *len bytes). A missing file is ERR_NOINPUT,
 * a directory or a file over max bytes ERR_DATA, a read error ERR_IO; every
 * message names path. */
int file_read_all(const char *path, size_t max, char **out, size_t *len, err_t *e);

#endif
