/* fuzz: helpers shared by the libFuzzer targets in tests/fuzz/ (header only). */
#ifndef SEISMO_FUZZ_H
#define SEISMO_FUZZ_H

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>

#include "../../core/mem.h"

/* Stops the run with a message: a property the target checks did not hold. */
static inline void fuzz_abort(const char *what, const char *detail)
{
    fprintf(stderr, "fuzz: %s: %s\n", what, detail ? detail : "");
    abort();
}

/* Points jansson at seismo's allocator, as the binary does. */
static inline void fuzz_quiet_json(void)
{
    json_set_alloc_funcs(mem_alloc, mem_free);
}

static const char *fuzz_dir_to_clean;

static inline void fuzz_cleanup(void)
{
    static const char *const names[] = {"fuzz.db", "fuzz.db-wal", "fuzz.db-shm"};
    char path[256];

    if (!fuzz_dir_to_clean) return;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(path, sizeof path, "%s/%s", fuzz_dir_to_clean, names[i]);
        remove(path);
    }
    remove(fuzz_dir_to_clean);
}

/* Removes dir (borrowed, a path made by mkdtemp) and the database files in it
 * at exit; dir must stay valid until then. */
static inline void fuzz_cleanup_at_exit(const char *dir)
{
    fuzz_dir_to_clean = dir;
    atexit(fuzz_cleanup);
}

#endif
