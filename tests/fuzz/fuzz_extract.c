/* Fuzz target: article bytes through the ingest front door (size, NUL and
 * UTF-8 checks, feed JSON/NDJSON unwrapping) into the news extractor, as a dry
 * run. Seeds: fixtures/articles. */
#include <stdint.h>
#include <stdlib.h>

#include "../../adapters/ingest/ingest.h"
#include "../../core/extract.h"
#include "../../core/mem.h"
#include "fuzz.h"

static extract_t *fz_x;

static int fz_each(void *arg, const ingest_article_t *art)
{
    size_t *n = arg;

    /* Every event the extractor makes must pass the validator and print. */
    for (size_t i = 0; i < art->events->n; i++) {
        buf_t b;
        err_t e = {0};
        if (event_validate(&art->events->items[i], &e)) fuzz_abort("invalid event", e.msg);
        buf_init(&b);
        if (event_canon(&art->events->items[i], EVENT_CANON_HASHED, &b) == 0 && b.len == 0)
            fuzz_abort("empty canonical JSON", "");
        buf_release(&b);
    }
    *n += art->events->n;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ingest_opts_t o = {"2025-02-12", NULL, 1};
    ingest_result_t res = {0};
    err_t e = {0};
    size_t n = 0;

    if (!fz_x) {
        registry_t *reg = registry_new();
        if (!reg || registry_load_builtin(reg, &e) || extract_new(reg, &fz_x, &e))
            fuzz_abort("cannot set up the extractor", e.msg);
        fuzz_quiet_json();
    }
    ingest_bytes(fz_x, NULL, "fuzz.txt", (const char *)data, size, &o, fz_each, &n, &res, &e);
    return 0;
}
