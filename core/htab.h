/* htab: a growable hash index from 64-bit keys to item numbers.
 *
 * The caller keeps its items in an array of its own and numbers them 0, 1, 2...
 * in the order it adds them; htab maps a key (a hash the caller computed, e.g.
 * extract_tok_hash of a word) to every item added under it, newest first. Several
 * items may share a key; the caller compares the items themselves. Open
 * addressing over a power-of-two slot array that doubles at half load, chains
 * through a per-item next array; look-ups cost one probe sequence plus the chain. A
 * bit array of four bits per slot (one per key) answers most misses without reading a
 * slot: a lexicon is asked of every word of an article and holds few of them. */
#ifndef SEISMO_HTAB_H
#define SEISMO_HTAB_H

#include <stddef.h>
#include <stdint.h>

typedef struct htab_slot_s {
    uint64_t key;
    long head; /* newest item with this key, -1 when the slot is empty */
} htab_slot_t;

/* A hash index in caller storage (htab_init / htab_release). */
typedef struct htab_s {
    htab_slot_t *slots; /* owned */
    size_t nslots, used;
    long *next;          /* owned: next older item with the same key, per item */
    uint64_t *keys;      /* owned: each item's key (for rehashing) */
    size_t n, cap;       /* items added */
    uint64_t *filt;      /* owned: a bit per key hash (4 per slot), so most misses read no slot */
    unsigned filt_shift; /* 64 - log2(bits in filt) */
} htab_t;

/* Initialises t (caller storage) empty. */
void htab_init(htab_t *t);
/* Frees what t owns (t may be NULL) and empties it. */
void htab_release(htab_t *t);
/* Adds item number t->n (the next one) under key. Returns 0 or ERR_NOMEM. */
int htab_add(htab_t *t, uint64_t key);
/* Returns the newest item under key, or -1. Inline: a lexicon is asked of every word of
 * an article, and most answers are the filter's "no". */
static inline long htab_first(const htab_t *t, uint64_t key)
{
    if (!t->nslots) return -1;
    uint64_t b = (key * 0x9E3779B97F4A7C15ULL) >> t->filt_shift; /* htab_fbit */
    if (!((t->filt[b >> 6] >> (b & 63)) & 1)) return -1;
    size_t m = t->nslots - 1;
    for (size_t i = (size_t)(key ^ (key >> 31)) & m;; i = (i + 1) & m) /* htab_slot */
        if (t->slots[i].head < 0 || t->slots[i].key == key) return t->slots[i].head;
}
/* Returns the next older item with the same key as item, or -1. */
static inline long htab_next(const htab_t *t, long item)
{
    return t->next[item];
}

#endif
