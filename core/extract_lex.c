#include "extract_lex.h"

#include <stdlib.h>
#include <string.h>

#include "embed.h"
#include "htab.h"
#include "mem.h"
#include "tsv.h"

struct extract_lex_s {
    extract_lex_entry_t *v; /* owned */
    size_t n, cap;
    /* The entries of one word by its hash, and those of two words or more by the hashes of
     * their first two words (lex_key2): most phrases that start with a common word ("to",
     * "the") are refused by the word after it without reading them. An item of each index
     * is numbered by the index; one_e and two_e (owned, cap of each) give its entry. */
    htab_t one, two;
    uint32_t *one_e, *two_e;
    /* a bit per first word of a phrase (extract_lex_first_bit): most tokens start none, and this 8
     * KB says so before either index is asked */
    uint64_t first[EXTRACT_LEX_FIRST_BITS / 64];
};

static uint64_t lex_key2(uint64_t h1, uint64_t h2)
{
    return h1 ^ ((h2 << 23) | (h2 >> 41)) ^ 0x5bd1e9955bd1e995ULL;
}

static const char *const lex_class_names[LEX_CLASS_COUNT] = {
    [LEX_UP] = "up",
    [LEX_DOWN] = "down",
    [LEX_INSTRUMENT] = "instrument",
    [LEX_METRIC] = "metric",
    [LEX_STAKE] = "stake",
    [LEX_STATUS] = "status",
    [LEX_QUAL] = "qual",
    [LEX_SCALE] = "scale",
    [LEX_CURRENCY] = "currency",
    [LEX_PLACE] = "place",
    [LEX_EVENTNOUN] = "eventnoun",
    [LEX_HOSTVERB] = "hostverb",
    [LEX_DESC] = "desc",
    [LEX_PTITLE] = "ptitle",
    [LEX_CORPSFX] = "corpsfx",
    [LEX_NOTNAME] = "notname",
    [LEX_PRODUCT] = "product",
    [LEX_PRON] = "pron",
    [LEX_DEALOBJ] = "dealobj",
    [LEX_GOODS] = "goods",
    [LEX_NAMECUE] = "namecue",
    [LEX_NEG] = "neg",
    [LEX_EXCHANGE] = "exchange",
    [LEX_GENERIC] = "generic",
    [LEX_AGENTCUE] = "agentcue",
    [LEX_SECTOR] = "sector",
};

extract_lex_t *extract_lex_new(void)
{
    return mem_calloc(1, sizeof(extract_lex_t));
}

void extract_lex_free(extract_lex_t *lx)
{
    if (!lx) return;
    for (size_t i = 0; i < lx->n; i++) {
        mem_free(lx->v[i].phrase);
        mem_free(lx->v[i].toks);
        mem_free(lx->v[i].value);
        mem_free(lx->v[i].status);
        mem_free(lx->v[i].words);
    }
    mem_free(lx->v);
    mem_free(lx->one_e);
    mem_free(lx->two_e);
    htab_release(&lx->one);
    htab_release(&lx->two);
    mem_free(lx);
}

/* The requires and excludes of an entry without them. */
static const uint64_t lex_no_words[1];

/* Adds phrase (borrowed); returns the new entry (borrowed) or NULL when out of memory
 * (or when the phrase has no token: then *empty is set). */
static extract_lex_entry_t *lex_add(extract_lex_t *lx, const char *phrase, int *empty)
{
    extract_toks_t t = {0};
    extract_lex_entry_t *en;
    *empty = 0;
    if (extract_tok_run(phrase, 0, strlen(phrase), &t)) return NULL;
    if (t.n == 0) {
        *empty = 1;
        return NULL;
    }
    extract_tok_t *fit = mem_realloc(t.v, t.n * sizeof *t.v); /* a phrase has a few tokens */
    if (!fit) goto nomem;
    t.v = fit;
    if (lx->n == lx->cap) {
        size_t nc = lx->cap ? lx->cap * 2 : 512;
        extract_lex_entry_t *v = mem_realloc(lx->v, nc * sizeof *v);
        if (!v) goto nomem;
        lx->v = v;
        uint32_t *e1 = mem_realloc(lx->one_e, nc * sizeof *e1);
        if (!e1) goto nomem;
        lx->one_e = e1;
        uint32_t *e2 = mem_realloc(lx->two_e, nc * sizeof *e2);
        if (!e2) goto nomem;
        lx->two_e = e2;
        lx->cap = nc;
    }
    en = &lx->v[lx->n];
    memset(en, 0, sizeof *en);
    en->requires = en->excludes = lex_no_words;
    en->phrase = mem_strdup(phrase);
    if (!en->phrase) goto nomem;
    htab_t *ix = t.n == 1 ? &lx->one : &lx->two;
    uint32_t *ie = t.n == 1 ? lx->one_e : lx->two_e;
    size_t item = ix->n;
    if (htab_add(ix, t.n == 1 ? t.v[0].h : lex_key2(t.v[0].h, t.v[1].h))) {
        mem_free(en->phrase);
        goto nomem;
    }
    ie[item] = (uint32_t)lx->n;
    unsigned fb = extract_lex_first_bit(t.v[0].h);
    lx->first[fb >> 6] |= (uint64_t)1 << (fb & 63);
    en->toks = t.v;
    en->ntoks = t.n;
    lx->n++;
    return en;
nomem:
    extract_toks_release(&t);
    return NULL;
}

/* Hashes the |-separated words of list into out (0-terminated). Returns 0, or -1 when
 * there are more than LEX_MAX_WORDS - 1 of them (never cut silently). */
static int lex_words(const char *list, uint64_t *out)
{
    size_t k = 0;
    while (list && *list) {
        size_t l = strcspn(list, "|");
        if (l) {
            if (k + 1 >= LEX_MAX_WORDS) return -1;
            out[k++] = extract_tok_hash(list, l);
        }
        list += l;
        if (*list) list++;
    }
    out[k] = 0;
    return 0;
}

static int lex_lexicon_line(void *ctx, char **f, size_t nf, err_t *e)
{
    extract_lex_t *lx = ctx;
    int cls = LEX_NONE, empty;
    extract_lex_entry_t *en;
    if (nf < 2) return err_set(e, ERR_DATA, "expected phrase<TAB>class[<TAB>value]");
    for (int c = 1; c < LEX_CLASS_COUNT; c++)
        if (lex_class_names[c] && strcmp(lex_class_names[c], f[1]) == 0) cls = c;
    if (cls == LEX_NONE) return err_set(e, ERR_DATA, "unknown class '%s'", f[1]);
    en = lex_add(lx, f[0], &empty);
    if (!en)
        return empty ? err_set(e, ERR_DATA, "empty phrase")
                     : err_set(e, ERR_NOMEM, "out of memory");
    en->cls = cls;
    const char *val = nf > 2 && *f[2] ? f[2] : NULL;
    if (cls == LEX_SCALE) en->num = val ? strtod(val, NULL) : 1;
    if (cls == LEX_CURRENCY && val && strncmp(val, "sym:", 4) == 0) {
        en->sym = 1;
        val += 4;
    }
    if (val && !(en->value = mem_strdup(val))) return err_set(e, ERR_NOMEM, "out of memory");
    return 0;
}

static int lex_trigger_line(void *ctx, char **f, size_t nf, err_t *e)
{
    extract_lex_t *lx = ctx;
    int empty;
    extract_lex_entry_t *en;
    event_type_t t;
    if (nf < 4) return err_set(e, ERR_DATA, "expected phrase<TAB>type<TAB>status<TAB>direction");
    t = event_type_from_name(f[1]);
    if (t == EVENT_NONE) return err_set(e, ERR_DATA, "unknown event type '%s'", f[1]);
    int dir = strcmp(f[3], "fwd") == 0    ? LEX_DIR_FWD
              : strcmp(f[3], "rev") == 0  ? LEX_DIR_REV
              : strcmp(f[3], "sym") == 0  ? LEX_DIR_SYM
              : strcmp(f[3], "any") == 0  ? LEX_DIR_ANY
              : strcmp(f[3], "sell") == 0 ? LEX_DIR_SELL
                                          : -1;
    if (dir < 0) return err_set(e, ERR_DATA, "unknown direction '%s'", f[3]);
    en = lex_add(lx, f[0], &empty);
    if (!en)
        return empty ? err_set(e, ERR_DATA, "empty phrase")
                     : err_set(e, ERR_NOMEM, "out of memory");
    en->cls = LEX_TRIGGER;
    en->type = t;
    en->dir = dir;
    if (strcmp(f[2], "-") != 0 && *f[2] && !(en->status = mem_strdup(f[2])))
        return err_set(e, ERR_NOMEM, "out of memory");
    if (!(en->words = mem_calloc(2 * LEX_MAX_WORDS, sizeof *en->words)))
        return err_set(e, ERR_NOMEM, "out of memory");
    en->requires = en->words;
    en->excludes = en->words + LEX_MAX_WORDS;
    if (lex_words(nf > 4 ? f[4] : NULL, en->words) ||
        lex_words(nf > 5 ? f[5] : NULL, en->words + LEX_MAX_WORDS))
        return err_set(e, ERR_DATA, "more than %d requires or excludes words", LEX_MAX_WORDS - 1);
    return 0;
}

int extract_lex_load_lexicon(extract_lex_t *lx, const char *tsv, size_t len, const char *what,
                             err_t *e)
{
    return tsv_each(tsv, len, 7, lex_lexicon_line, lx, what, e);
}

int extract_lex_load_triggers(extract_lex_t *lx, const char *tsv, size_t len, const char *what,
                              err_t *e)
{
    return tsv_each(tsv, len, 7, lex_trigger_line, lx, what, e);
}

int extract_lex_load_builtin(extract_lex_t *lx, err_t *e)
{
    const embed_file_t *l = embed_find("lexicon.tsv"), *t = embed_find("triggers.tsv");
    int rc;
    if (!l || !t) return err_set(e, ERR_INTERNAL, "built-in lexicon data missing");
    if ((rc = extract_lex_load_lexicon(lx, l->data, l->len, "lexicon.tsv", e))) return rc;
    return extract_lex_load_triggers(lx, t->data, t->len, "triggers.tsv", e);
}

static int lex_tok_eq(const char *text, const extract_tok_t *t, const char *ph,
                      const extract_tok_t *p)
{
    if (t->h != p->h || t->len != p->len) return 0;
    if (!(p->flags & (EXTRACT_TOK_CAP | EXTRACT_TOK_UPPER))) return 1;
    /* (a word of a few bytes, most often equal: compared here, not by a call to memcmp) */
    const char *x = text + t->off, *y = ph + p->off;
    size_t k = 0;
    while (k < t->len && x[k] == y[k]) k++;
    if (k == t->len) return 1;
    return (t->flags & EXTRACT_TOK_UPPER) && !(p->flags & EXTRACT_TOK_UPPER);
}

const uint64_t *extract_lex_first(const extract_lex_t *lx)
{
    return lx->first;
}

size_t extract_lex_matches(const extract_lex_t *lx, const char *text, const extract_tok_t *toks,
                           size_t n, size_t i, const extract_lex_entry_t **out, size_t max)
{
    size_t nm = 0;
    if (i >= n) return 0;
    unsigned fb = extract_lex_first_bit(toks[i].h);
    if (!((lx->first[fb >> 6] >> (fb & 63)) & 1)) return 0;
    /* the entries starting with the token's word, newest first: the two indexes' chains
     * (each newest first) merged */
    long a = htab_first(&lx->one, toks[i].h);
    long b = i + 1 < n ? htab_first(&lx->two, lex_key2(toks[i].h, toks[i + 1].h)) : -1;
    while ((a >= 0 || b >= 0) && nm < max) {
        uint32_t e;
        if (b < 0 || (a >= 0 && lx->one_e[a] > lx->two_e[b])) {
            e = lx->one_e[a];
            a = htab_next(&lx->one, a);
        } else {
            e = lx->two_e[b];
            b = htab_next(&lx->two, b);
        }
        const extract_lex_entry_t *en = &lx->v[e];
        size_t k;
        if (i + en->ntoks > n) continue;
        for (k = 0; k < en->ntoks; k++)
            if (!lex_tok_eq(text, &toks[i + k], en->phrase, &en->toks[k])) break;
        if (k == en->ntoks) out[nm++] = en;
    }
    return nm;
}

size_t extract_lex_pick(const extract_lex_entry_t *const *m, size_t nm, size_t i, size_t n,
                        extract_lex_hit_t *hits, size_t max)
{
    size_t nh = 0;
    for (size_t q = 0; q < nm; q++) {
        const extract_lex_entry_t *en = m[q];
        if (i + en->ntoks > n) continue;
        /* keep the longest per class (and every trigger) */
        size_t j;
        for (j = 0; j < nh; j++)
            if (hits[j].entry->cls == en->cls && en->cls != LEX_TRIGGER) break;
        if (j < nh) {
            if (hits[j].t1 - hits[j].t0 < en->ntoks) {
                hits[j].entry = en;
                hits[j].t1 = (uint32_t)(i + en->ntoks);
            }
            continue;
        }
        if (nh < max) {
            hits[nh].entry = en;
            hits[nh].t0 = (uint32_t)i;
            hits[nh].t1 = (uint32_t)(i + en->ntoks);
            nh++;
        }
    }
    return nh;
}

size_t extract_lex_match(const extract_lex_t *lx, const char *text, const extract_tok_t *toks,
                         size_t n, size_t i, extract_lex_hit_t *hits, size_t max)
{
    const extract_lex_entry_t *m[EXTRACT_LEX_MAX_MATCHES];
    size_t nm = extract_lex_matches(lx, text, toks, n, i, m, EXTRACT_LEX_MAX_MATCHES);
    return extract_lex_pick(m, nm, i, n, hits, max);
}
