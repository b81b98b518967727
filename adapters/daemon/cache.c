/* The daemon's answer cache: query documents keyed by URL, valid until the
 * read models move. The read models change when a projection catch-up
 * commits (ours, or another process's: a CLI query catches up before it
 * reads, a CLI rebuild, another node's fold), a prices import commits, or
 * the registry is reloaded. Our catch-ups and reloads bump the generation
 * (daemon_cache_bump); a commit by another connection moves the store's
 * data version, which daemon_cache_saw() turns into a bump. An answer is
 * stored with the generation it was computed at, and only while that
 * generation is still current when it is done: one whose computation
 * straddled a bump is served once and dropped.
 *
 * The data version is read on the sync lane (daemon_sync, workers.c), one
 * read at a time on one connection, never on the loop thread; the loop
 * never waits for it. Why a cached answer is still never older than a write
 * acknowledged before the request that gets it:
 *  - A commit C after answer A's snapshot moves the version; the first read
 *    that observes the store after C sees a token its predecessor (which
 *    observed before C: reads run one at a time) did not, and bumps. A
 *    started before C (its snapshot is after its start), so at a generation
 *    before that bump: once that read has completed, A is neither stored
 *    (daemon_cache_put refuses a past generation) nor served.
 *  - A request that would be answered from the cache, or would join a
 *    computation already running (whose snapshot may be older than the
 *    request), first waits for a read that began after it arrived
 *    (routes.c): that read, or one before it, observed every commit
 *    acknowledged before the request, and has bumped for each.
 *  - A request that finds neither computes its answer in a snapshot taken
 *    after it arrived: nothing to wait for.
 * A read that fails or could not be queued, and the first on a new
 * connection (SQLite's tokens compare only on one connection), bump: a bump
 * is never wrong, it only costs a recomputation. */
#include <string.h>

#include "../../core/mem.h"
#include "daemon.h"

static void daemon_cache_slot_free(daemon_cache_slot_t *s)
{
    mem_free(s->key);
    mem_free(s->body);
    memset(s, 0, sizeof *s);
}

const daemon_cache_slot_t *daemon_cache_get(daemon_t *d, const char *key)
{
    for (int i = 0; i < DAEMON_CACHE_SLOTS; i++) {
        daemon_cache_slot_t *s = &d->cache.slots[i];
        if (!s->key) continue;
        if (s->gen != d->cache.gen) {
            daemon_cache_slot_free(s);
            continue;
        }
        if (strcmp(s->key, key) == 0) return s;
    }
    return NULL;
}

void daemon_cache_put(daemon_t *d, const char *key, int status, const char *body, size_t len,
                      unsigned long long gen)
{
    daemon_cache_slot_t *s;
    char *k, *b;

    if (gen != d->cache.gen || len > DAEMON_CACHE_MAX_BODY) return;
    if (!(k = mem_strdup(key))) return;
    if (!(b = mem_strndup(body, len))) {
        mem_free(k);
        return;
    }
    s = &d->cache.slots[d->cache.next++ % DAEMON_CACHE_SLOTS];
    daemon_cache_slot_free(s);
    s->key = k;
    s->body = b;
    s->len = len;
    s->status = status;
    s->gen = gen;
}

void daemon_cache_bump(daemon_t *d)
{
    d->cache.gen++;
}

void daemon_cache_saw(daemon_t *d, int comparable, long long dv)
{
    if (!comparable || dv != d->cache.data_version) daemon_cache_bump(d);
    d->cache.data_version = dv;
}

void daemon_cache_clear(daemon_t *d)
{
    for (int i = 0; i < DAEMON_CACHE_SLOTS; i++) daemon_cache_slot_free(&d->cache.slots[i]);
}
