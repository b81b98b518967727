/* The daemon's answer cache: query documents keyed by URL, valid until the
 * read models move. The read models change when a projection catch-up
 * commits (ours, or another process's: a CLI query catches up before it
 * reads, a CLI rebuild) or the registry is reloaded. Our catch-ups and
 * reloads bump the generation (daemon_cache_bump); any commit by another connection moves the
 * store's data version, which daemon_cache_sync() turns into a bump. An
 * answer is stored with the generation it was computed at, and only while
 * that generation is still current when it is done: one whose computation
 * straddled a bump is served once and dropped. */
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

void daemon_cache_sync(daemon_t *d)
{
    long long dv = -1;

    if (eventlog_data_version(&d->q->log, &dv, NULL) || dv != d->cache.data_version) {
        d->cache.data_version = dv;
        daemon_cache_bump(d);
    }
}

void daemon_cache_clear(daemon_t *d)
{
    for (int i = 0; i < DAEMON_CACHE_SLOTS; i++) daemon_cache_slot_free(&d->cache.slots[i]);
}
