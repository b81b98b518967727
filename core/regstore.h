/* regstore: the port of the company registry's store, the companies the user
 * added to the built-in registry (`seismo companies add/import`).
 *
 * An ops table (versioned) plus an opaque implementation, like eventlog_t.
 * SQLite is the first adapter (adapters/sqlite/companies.c), tests use fakes.
 * Every function returns 0 or a negative ERR_* code and fills e. */
#ifndef SEISMO_REGSTORE_H
#define SEISMO_REGSTORE_H

#include <stddef.h>

#include "err.h"
#include "registry.h"

#define REGSTORE_OPS_VERSION 1

/* One company; every pointer borrowed (for the call, or for the callback). */
typedef struct regstore_row_s {
    const char *id;
    const char *name;
    const char *ticker;         /* may be NULL */
    const char *const *aliases; /* may be NULL when naliases is 0 */
    size_t naliases;
} regstore_row_t;

typedef int (*regstore_row_fn)(void *arg, const regstore_row_t *row);

typedef struct regstore_ops_s {
    int version; /* REGSTORE_OPS_VERSION */
    /* Stores rows (n of them) in one transaction of its own: a known id
     * (case-insensitively) gets its name and ticker replaced and the aliases
     * added. Nothing is stored on failure. */
    int (*put)(void *impl, const regstore_row_t *rows, size_t n, err_t *e);
    /* Calls each for every stored company in id order (an engine may call it
     * once per alias with naliases 1, or once with them all). */
    int (*scan)(void *impl, regstore_row_fn each, void *arg, err_t *e);
} regstore_ops_t;

typedef struct regstore_s {
    const regstore_ops_t *ops; /* borrowed, static */
    void *impl;                /* owned by its store */
} regstore_t;

/* Stores rows (borrowed, n of them) in rs; see regstore_ops_t.put. */
int regstore_put(const regstore_t *rs, const regstore_row_t *rows, size_t n, err_t *e);
/* Adds every stored company of rs to r (borrowed). Returns 0 or an ERR_* code. */
int regstore_load(const regstore_t *rs, registry_t *r, err_t *e);

#endif
