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
 * extractors in several threads share it.
 *
 * The words of every cached list also go into a word map (word hash -> a bit per list). For
 * each sentence, ex_wl_sentence reads each token's bits once: then "is a word of this list in
 * the sentence" is one bit, exact, and most lists (absent) are answered without reading
 * them. */
#include "extract_int.h"

#include <stdatomic.h>
#include <string.h>

#include "mem.h"

#define EX_WL_PROBES 8
/* Slots of the word map: a power of two, well above the distinct words of all lists (about
 * 900); a list whose words do not fit is asked as a "maybe" (read word by word). */
#define EX_WM_SLOTS 4096

/* The cache: a list's address (the key, claimed by compare-and-swap), its first word (a list
 * built at run time is not trusted), whether it is built (a release store) and the list.
 * The keys and first words apart from the lists: ex_wl_absent probes 6 KB, not the lists. */
_Atomic(const void *) ex_wl_keys[EX_WL_SLOTS];
const char *ex_wl_firsts[EX_WL_SLOTS];
atomic_int ex_wl_ready[EX_WL_SLOTS];
ex_wl_t ex_wl_lists[EX_WL_SLOTS];

/* The word map: each word (hash) of the cached lists, with a bit per list (slot) holding it;
 * a list's bit in ex_wl_mapped is set (a release) once every word of it is in the map.
 * Keys are claimed by compare-and-swap (0: an empty slot), bits set by atomic or: the map is
 * shared by the threads as the cache is. ex_wl_sentence reads it for each token. */
/* (the keys apart from the bits: a probe reads 32 KB of keys, not a row of bits per slot) */
static _Atomic uint64_t ex_wm_key[EX_WM_SLOTS];
/* a bit per word of a slot's bits that is not zero: a word is in a few lists, and a look-up
 * reads only their words of bits */
static _Atomic uint64_t ex_wm_used[EX_WM_SLOTS];
static _Alignas(64) _Atomic uint64_t ex_wm_bits[EX_WM_SLOTS][EX_WL_SLOTS / 64];
_Static_assert(EX_WL_SLOTS / 64 <= 64, "ex_wm_used has a bit per word of bits");
/* A bit per word of the map (set before the word is added): most tokens are no word of any
 * list, and this 8 KB answers them without reading the map. */
#define EX_WM_FILTER_BITS 65536
static _Atomic uint64_t ex_wm_filter[EX_WM_FILTER_BITS / 64];

static unsigned ex_wm_fbit(uint64_t h)
{
    return (unsigned)((h * 0x9E3779B97F4A7C15ULL) >> 48); /* 16 bits */
}
static _Atomic uint64_t ex_wl_mapped[EX_WL_SLOTS / 64];

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
        if (lead || s[lead + n]) w->multi[w->n >> 6] |= (uint64_t)1 << (w->n & 63);
        unsigned at = ex_wl_at_slot(h);
        while (w->at[at]) at = (at + 1) & (2 * EX_WL_MAX - 1);
        w->at[at] = (uint8_t)(w->n + 1);
        w->n++;
        unsigned b = ex_wl_bit(h);
        w->bloom[b >> 6] |= (uint64_t)1 << (b & 63);
    }
}

/* The map slot of word hash h (added when add and absent), or -1 (absent, or the map full). */
static inline long ex_wm_slot(uint64_t h, int add)
{
    size_t m = EX_WM_SLOTS - 1;
    size_t i = (size_t)(h ^ (h >> 32)) & m;
    unsigned b = ex_wm_fbit(h);
    if (add)
        atomic_fetch_or_explicit(&ex_wm_filter[b >> 6], (uint64_t)1 << (b & 63),
                                 memory_order_relaxed);
    else if (!((atomic_load_explicit(&ex_wm_filter[b >> 6], memory_order_relaxed) >> (b & 63)) & 1))
        return -1;
    for (size_t probe = 0; probe < EX_WM_SLOTS; probe++, i = (i + 1) & m) {
        uint64_t k = atomic_load_explicit(&ex_wm_key[i], memory_order_acquire);
        if (k == h) return (long)i;
        if (k) continue;
        if (!add) return -1;
        uint64_t none = 0;
        if (atomic_compare_exchange_strong_explicit(&ex_wm_key[i], &none, h, memory_order_acq_rel,
                                                    memory_order_acquire) ||
            none == h)
            return (long)i;
    }
    return -1;
}

/* The map slot of word hash h, whose filter bit is set, or -1 (ex_wm_slot past its filter). */
static inline long ex_wm_probe(uint64_t h)
{
    size_t m = EX_WM_SLOTS - 1;
    size_t i = (size_t)(h ^ (h >> 32)) & m;
    for (size_t probe = 0; probe < EX_WM_SLOTS; probe++, i = (i + 1) & m) {
        uint64_t k = atomic_load_explicit(&ex_wm_key[i], memory_order_acquire);
        if (k == h) return (long)i;
        if (!k) return -1;
    }
    return -1;
}

/* Puts the words of cached list j in the word map, then marks it mapped (never a list read
 * word by word, nor one with a word the map cannot hold). */
static void ex_wl_map(size_t j)
{
    const ex_wl_t *w = &ex_wl_lists[j];
    uint64_t bit = (uint64_t)1 << (j & 63);
    if (w->all) return;
    for (uint32_t k = 0; k < w->n; k++)
        if (!w->h[k]) return; /* 0 marks an empty map slot */
    for (uint32_t k = 0; k < w->n; k++) {
        long e = ex_wm_slot(w->h[k], 1);
        if (e < 0) return;
        atomic_fetch_or_explicit(&ex_wm_bits[e][j >> 6], bit, memory_order_relaxed);
        atomic_fetch_or_explicit(&ex_wm_used[e], (uint64_t)1 << (j >> 6), memory_order_relaxed);
    }
    atomic_fetch_or_explicit(&ex_wl_mapped[j >> 6], bit, memory_order_release);
}

_Atomic uint64_t ex_wl_near[EX_WL_NEAR];
_Static_assert(EX_WL_SLOTS <= 0x10000, "ex_wl_near keeps a slot in 16 bits");

/* Remembers that table is in cache slot j (ex_wl_known), unless its address needs more than
 * 48 bits. */
static void ex_wl_remember(const void *table, size_t j)
{
    uint64_t p = (uint64_t)(uintptr_t)table;
    if (p >> 48) return;
    atomic_store_explicit(&ex_wl_near[ex_wl_near_at(table)], p << 16 | j, memory_order_relaxed);
}

/* The cache slot of table, or -1 when it has none (claim: take an empty slot for it). */
static long ex_wl_slot(const void *table, int claim, int *claimed)
{
    size_t at = ex_wl_home(table);
    for (size_t probe = 0; probe < EX_WL_PROBES; probe++) {
        size_t j = (at + probe) & (EX_WL_SLOTS - 1);
        const void *key = atomic_load_explicit(&ex_wl_keys[j], memory_order_acquire);
        if (!key) {
            if (!claim) return -1;
            const void *none = NULL;
            if (atomic_compare_exchange_strong_explicit(
                    &ex_wl_keys[j], &none, table, memory_order_acq_rel, memory_order_acquire)) {
                *claimed = 1;
                ex_wl_remember(table, j);
                return (long)j;
            }
            key = none; /* another thread took the slot meanwhile */
        }
        if (key == table) {
            ex_wl_remember(table, j);
            return (long)j;
        }
    }
    return -1;
}

const ex_wl_t *ex_wl_get_table_slow(const void *table, size_t stride, ex_wl_t *tmp)
{
    const char *first = ex_wl_word(table, stride, 0);
    int claimed = 0;
    long j = ex_wl_slot(table, 1, &claimed);
    if (j >= 0 && claimed) {
        ex_wl_build(table, stride, &ex_wl_lists[j]);
        ex_wl_firsts[j] = first;
        atomic_store_explicit(&ex_wl_ready[j], 1, memory_order_release);
        ex_wl_map((size_t)j);
        return &ex_wl_lists[j];
    }
    if (j >= 0 && atomic_load_explicit(&ex_wl_ready[j], memory_order_acquire) &&
        ex_wl_firsts[j] == first)
        return &ex_wl_lists[j];
    ex_wl_build(table, stride, tmp);
    return tmp;
}

void ex_wl_sentence(art_t *a, size_t t0, size_t t1)
{
    a->sb_t0 = t0;
    a->sb_t1 = t1;
    /* the lists mapped by now (their words' bits visible after this acquire), and those of
     * them a token is a word of */
    uint64_t any = 0;
    for (size_t q = 0; q < EX_WL_SLOTS / 64; q++) {
        a->wl_mapped[q] = atomic_load_explicit(&ex_wl_mapped[q], memory_order_acquire);
        a->wl_in[q] = 0;
        any |= a->wl_mapped[q];
    }
    if (!any) return;
    /* a sentence of the article is read twice (names, then rules): the second time its
     * answers are those of the first, unless more lists were mapped since */
    ex_wl_sent_t *memo = NULL;
    if (a->nsents && t1 > t0) {
        size_t lo = 0, hi = a->nsents;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (a->sents[mid].t0 < t0)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < a->nsents && a->sents[lo].t0 == t0 && a->sents[lo].t1 == t1) {
            if (!a->wl_sent) {
                if (!(a->wl_sent = mem_calloc(a->nsents, sizeof *a->wl_sent))) {
                    a->oom = 1; /* the article fails as on any allocation */
                    memset(a->wl_mapped, 0, sizeof a->wl_mapped); /* meanwhile: maybe */
                    return;
                }
                a->nwl_sent = a->nsents;
            }
            if (lo < a->nwl_sent) memo = &a->wl_sent[lo];
        }
    }
    if (memo && memcmp(memo->mapped, a->wl_mapped, sizeof memo->mapped) == 0) {
        memcpy(a->wl_in, memo->in, sizeof a->wl_in);
        return;
    }
    /* in blocks of tokens: first those the map's filter lets through, gathered without a
     * branch (whether a token is a word of some list is a coin toss), then their slots */
    for (size_t b = t0; b < t1; b += 64) {
        size_t be = t1 - b < 64 ? t1 : b + 64, nc = 0;
        uint64_t cand[64];
        for (size_t i = b; i < be; i++) {
            uint64_t h = ex_tk(a, i)->h;
            unsigned f = ex_wm_fbit(h);
            cand[nc] = h;
            nc += (size_t)((atomic_load_explicit(&ex_wm_filter[f >> 6], memory_order_relaxed) >>
                            (f & 63)) &
                           1);
        }
        for (size_t c = 0; c < nc; c++) {
            long e = ex_wm_probe(cand[c]);
            if (e < 0) continue;
            for (uint64_t u = atomic_load_explicit(&ex_wm_used[e], memory_order_relaxed); u;
                 u &= u - 1) {
                size_t q = (size_t)__builtin_ctzll(u);
                a->wl_in[q] |= atomic_load_explicit(&ex_wm_bits[e][q], memory_order_relaxed);
            }
        }
    }
    if (memo) {
        memcpy(memo->mapped, a->wl_mapped, sizeof memo->mapped);
        memcpy(memo->in, a->wl_in, sizeof memo->in);
    }
}

/* Is cached list j mapped for the sentence's filter (then wl_in answers exactly)? */
static int ex_wl_exact(const art_t *a, size_t j)
{
    return (int)((a->wl_mapped[j >> 6] >> (j & 63)) & 1);
}

int ex_wl_absent_slow(const art_t *a, size_t lo, size_t hi, const void *table)
{
    if (lo < a->sb_t0 || hi > a->sb_t1) return 0;
    int claimed = 0;
    long j = ex_wl_slot(table, 0, &claimed);
    /* (the first word was stored before the list was mapped) */
    if (j < 0 || !ex_wl_exact(a, (size_t)j) || ex_wl_firsts[j] != *(const char *const *)table)
        return 0;
    return !((a->wl_in[j >> 6] >> (j & 63)) & 1);
}
