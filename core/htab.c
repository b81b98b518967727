#include "htab.h"

#include <string.h>

#include "err.h"
#include "mem.h"

void htab_init(htab_t *t)
{
    memset(t, 0, sizeof *t);
}

void htab_release(htab_t *t)
{
    if (!t) return;
    mem_free(t->slots);
    mem_free(t->next);
    mem_free(t->keys);
    mem_free(t->filt);
    htab_init(t);
}

/* The slot of key: where it is, or the empty slot where it goes (as htab_first probes). */
static htab_slot_t *htab_slot(const htab_t *t, uint64_t key)
{
    size_t m = t->nslots - 1;
    for (size_t i = (size_t)(key ^ (key >> 31)) & m;; i = (i + 1) & m)
        if (t->slots[i].head < 0 || t->slots[i].key == key) return &t->slots[i];
}

/* The filter bit of key (as htab_first computes it). */
static uint64_t htab_fbit(const htab_t *t, uint64_t key)
{
    return (key * 0x9E3779B97F4A7C15ULL) >> t->filt_shift;
}

static void htab_link(htab_t *t, size_t item)
{
    uint64_t b = htab_fbit(t, t->keys[item]);
    t->filt[b >> 6] |= (uint64_t)1 << (b & 63);
    htab_slot_t *s = htab_slot(t, t->keys[item]);
    if (s->head < 0) {
        s->key = t->keys[item];
        t->used++;
    }
    t->next[item] = s->head;
    s->head = (long)item;
}

static int htab_rehash(htab_t *t)
{
    size_t ns = t->nslots ? t->nslots * 2 : 16;
    htab_slot_t *v = mem_alloc(ns * sizeof *v);
    /* 4 bits per slot: ns / 16 words; ns >= 16, a power of two */
    uint64_t *f = mem_calloc(ns / 16, sizeof *f);
    if (!v || !f) {
        mem_free(v);
        mem_free(f);
        return ERR_NOMEM;
    }
    mem_free(t->slots);
    mem_free(t->filt);
    t->slots = v;
    t->filt = f;
    t->nslots = ns;
    unsigned lg = 0;
    while (((size_t)1 << lg) < ns * 4) lg++;
    t->filt_shift = 64 - lg;
    t->used = 0;
    for (size_t i = 0; i < ns; i++) v[i].head = -1;
    for (size_t i = 0; i < t->n; i++) htab_link(t, i);
    return 0;
}

int htab_add(htab_t *t, uint64_t key)
{
    if (t->n == t->cap) {
        size_t nc = t->cap ? t->cap * 2 : 16;
        long *nx = mem_realloc(t->next, nc * sizeof *nx);
        if (!nx) return ERR_NOMEM;
        t->next = nx;
        uint64_t *k = mem_realloc(t->keys, nc * sizeof *k);
        if (!k) return ERR_NOMEM;
        t->keys = k;
        t->cap = nc;
    }
    if ((t->used + 1) * 2 > t->nslots && htab_rehash(t)) return ERR_NOMEM;
    t->keys[t->n] = key;
    htab_link(t, t->n);
    t->n++;
    return 0;
}
