/* embed: data files (core/data/) compiled into the binary: registries and lexicons. */
#ifndef SEISMO_EMBED_H
#define SEISMO_EMBED_H

#include <stddef.h>

typedef struct embed_file_s {
    const char *name; /* file name under data/, e.g. "companies.tsv" */
    const char *data; /* its bytes (NUL-terminated) */
    size_t len;
} embed_file_t;

/* Every file of data/, ended by an entry with a NULL name (generated). */
extern const embed_file_t embed_files[];

/* Returns the embedded file called name (borrowed), or NULL. */
const embed_file_t *embed_find(const char *name);

#endif
