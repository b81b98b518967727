/* The daemon's answer cache: query documents keyed by URL, valid until the
 * read models move. The read models are a function of the log: they change
 * only when a projection catch-up commits (ours or another process's, which
 * always follows a head move) or the registry is reloaded, and each of those
 * bumps daemon_t.gen, which invalidates every entry. */
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
        daemon_cache_slot_t *s = &d->cache[i];
        if (!s->key) continue;
        if (s->gen != d->gen) {
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

    if (gen != d->gen || len > DAEMON_CACHE_MAX_BODY) return;
    if (!(k = mem_strdup(key))) return;
    if (!(b = mem_strndup(body, len))) {
        mem_free(k);
        return;
    }
    s = &d->cache[d->cache_next++ % DAEMON_CACHE_SLOTS];
    daemon_cache_slot_free(s);
    s->key = k;
    s->body = b;
    s->len = len;
    s->status = status;
    s->gen = gen;
}

void daemon_cache_clear(daemon_t *d)
{
    for (int i = 0; i < DAEMON_CACHE_SLOTS; i++) daemon_cache_slot_free(&d->cache[i]);
}
