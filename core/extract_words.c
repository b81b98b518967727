/* extract_words: the word lists of the rules as token hashes, so that a rule asks "is one of
 * these words in this sentence" with a few integer operations instead of reading every token
 * against every word.
 *
 * A list (a NULL-terminated array of words or space-separated phrases) is hashed once per
 * process: the hash of each word (of each phrase's first word, as tokens are hashed) and a
 * 1024-bit Bloom filter of them. The cache is keyed by the list's address, so every list
 * given to it must be a static array (never a compound literal, whose address a later call
 * may reuse for other words: `make check` refuses them in core/); any list the cache cannot
 * hold is hashed into the caller's storage for the one call. The cache is filled without
 * locks: a slot is claimed by compare-and-swap and published by a release store, so
 * extractors in several threads share it. */
#include "extract_int.h"

#include <stdatomic.h>
#include <string.h>

#define EX_WL_SLOTS  256 /* a power of two, above the number of lists in the rules */
#define EX_WL_PROBES 8

typedef struct ex_wl_slot_s {
    _Atomic(const void *) key;
    atomic_int ready;
    const char *first; /* the list's first word: a list built at run time is not trusted */
    ex_wl_t v;
} ex_wl_slot_t;

static ex_wl_slot_t ex_wl_cache[EX_WL_SLOTS];

/* The word of entry k of a table of stride bytes whose entries start with a word. */
static const char *ex_wl_word(const void *table, size_t stride, size_t k)
{
    const char *const *p = (const char *const *)(const void *)((const char *)table + k * stride);
    return *p;
}

/* Hashes the words of table (borrowed) into *w. */
static void ex_wl_build(const void *table, size_t stride, ex_wl_t *w)
{
    memset(w, 0, sizeof *w);
    for (size_t e = 0;; e++) {
        const char *s = ex_wl_word(table, stride, e);
        if (!s) break;
        if (w->n == EX_WL_MAX) {
            w->all = 1;
            return;
        }
        size_t lead = 0, n = 0;
        while (s[lead] == ' ') lead++;
        while (s[lead + n] && s[lead + n] != ' ') n++;
        if (!n) { /* an empty word or phrase: the plain scan decides */
            w->all = 1;
            return;
        }
        for (size_t k = 0; s[k]; k++)
            if ((unsigned char)s[k] >= 0x80) { /* tokens hash some marks as ASCII */
                w->all = 1;
                return;
            }
        uint64_t h = extract_tok_hash(s + lead, n);
        w->h[w->n] = h;
        /* a word with a space never equals a token; its first word starts a phrase */
        if (lead || s[lead + n]) w->multi |= (uint64_t)1 << w->n;
        w->n++;
        unsigned b = ex_wl_bit(h);
        w->bloom[b >> 6] |= (uint64_t)1 << (b & 63);
        w->bit2[w->n - 1] = (uint16_t)ex_wl_bit2(h);
    }
}

const ex_wl_t *ex_wl_get_table(const void *table, size_t stride, ex_wl_t *tmp)
{
    const char *first = ex_wl_word(table, stride, 0);
    uintptr_t p = (uintptr_t)table;
    size_t at = (size_t)((p >> 3) ^ (p >> 11)) & (EX_WL_SLOTS - 1);
    for (size_t probe = 0; probe < EX_WL_PROBES; probe++) {
        ex_wl_slot_t *sl = &ex_wl_cache[(at + probe) & (EX_WL_SLOTS - 1)];
        const void *key = atomic_load_explicit(&sl->key, memory_order_acquire);
        if (!key) {
            const void *none = NULL;
            if (atomic_compare_exchange_strong_explicit(
                    &sl->key, &none, table, memory_order_acq_rel, memory_order_acquire)) {
                ex_wl_build(table, stride, &sl->v);
                sl->first = first;
                atomic_store_explicit(&sl->ready, 1, memory_order_release);
                return &sl->v;
            }
            key = none; /* another thread took the slot meanwhile */
        }
        if (key == table) {
            if (atomic_load_explicit(&sl->ready, memory_order_acquire) && sl->first == first)
                return &sl->v;
            break;
        }
    }
    ex_wl_build(table, stride, tmp);
    return tmp;
}

const ex_wl_t *ex_wl_get(const char *const *words, ex_wl_t *tmp)
{
    return ex_wl_get_table(words, sizeof *words, tmp);
}

void ex_wl_sentence(art_t *a, size_t t0, size_t t1)
{
    /* the larger filter is cleared by the bits the last sentence set, not whole */
    for (size_t i = a->sb_t0; i < a->sb_t1; i++) {
        unsigned b = ex_wl_bit2(ex_tk(a, i)->h);
        a->sb2[b >> 6] = 0;
    }
    for (size_t i = t0; i < t1; i++) {
        unsigned b = ex_wl_bit2(ex_tk(a, i)->h);
        a->sb2[b >> 6] |= (uint64_t)1 << (b & 63);
    }
    a->sb_t0 = t0;
    a->sb_t1 = t1;
}

int ex_wl_may(const art_t *a, size_t lo, size_t hi, const ex_wl_t *w)
{
    if (w->all || lo < a->sb_t0 || hi > a->sb_t1) return 1;
    for (uint32_t k = 0; k < w->n; k++)
        if ((a->sb2[w->bit2[k] >> 6] >> (w->bit2[k] & 63)) & 1) return 1;
    return 0;
}
