#include "registry.h"

#include <string.h>
#include <strings.h>

#include "mem.h"
#include "embed.h"
#include "htab.h"
#include "tsv.h"
#include "utf8.h"

typedef struct registry_alias_s {
    char *text;          /* owned */
    extract_tok_t *toks; /* owned */
    size_t ntoks;
    size_t entry; /* index into entries */
    uint64_t h2;  /* hash of the second token (0 for one): most aliases fail on it */
} registry_alias_t;

/* What an item of the symbol index names: an entry's id or its primary ticker. */
typedef struct registry_sym_s {
    size_t entry;
    int ticker; /* 0 the id, 1 the ticker */
} registry_sym_t;

struct registry_s {
    registry_entry_t **entries; /* owned */
    size_t n, cap;
    registry_alias_t *aliases; /* owned */
    size_t na, acap;
    htab_t byfirst;       /* aliases by the hash of their first token (matching text) */
    htab_t bytext;        /* aliases by the hash of their lowercased text (registry_find) */
    registry_sym_t *syms; /* owned: items of bysym */
    size_t nsyms, symcap;
    htab_t bysym; /* ids and tickers by the hash of their lowercased text */
};

registry_t *registry_new(void)
{
    registry_t *r = mem_calloc(1, sizeof(registry_t));
    if (!r) return NULL;
    htab_init(&r->byfirst);
    htab_init(&r->bytext);
    htab_init(&r->bysym);
    return r;
}

static uint64_t registry_key(const char *s)
{
    return extract_tok_hash(s, strlen(s));
}

/* Indexes the id (ticker 0) or the ticker (1) of entry e. */
static int registry_sym_add(registry_t *r, size_t e, int ticker)
{
    const char *k = ticker ? r->entries[e]->ticker : r->entries[e]->id;
    if (r->nsyms == r->symcap) {
        size_t nc = r->symcap ? r->symcap * 2 : 512;
        registry_sym_t *v = mem_realloc(r->syms, nc * sizeof *v);
        if (!v) return ERR_NOMEM;
        r->syms = v;
        r->symcap = nc;
    }
    if (htab_add(&r->bysym, registry_key(k))) return ERR_NOMEM;
    r->syms[r->nsyms].entry = e;
    r->syms[r->nsyms++].ticker = ticker;
    return 0;
}

static const char *registry_sym_text(const registry_t *r, long item)
{
    const registry_entry_t *en = r->entries[r->syms[item].entry];
    return r->syms[item].ticker ? en->ticker : en->id;
}

static void registry_entry_free(registry_entry_t *en)
{
    if (!en) return;
    mem_free(en->id);
    mem_free(en->name);
    mem_free(en->ticker);
    mem_free(en->jurisdiction);
    mem_free(en->sector);
    mem_free(en);
}

void registry_free(registry_t *r)
{
    if (!r) return;
    for (size_t i = 0; i < r->n; i++) registry_entry_free(r->entries[i]);
    for (size_t i = 0; i < r->na; i++) {
        mem_free(r->aliases[i].text);
        mem_free(r->aliases[i].toks);
    }
    mem_free(r->entries);
    mem_free(r->aliases);
    htab_release(&r->byfirst);
    htab_release(&r->bytext);
    htab_release(&r->bysym);
    mem_free(r->syms);
    mem_free(r);
}

size_t registry_count(const registry_t *r, int kind)
{
    size_t c = 0;
    for (size_t i = 0; i < r->n; i++)
        if (!kind || r->entries[i]->kind == kind) c++;
    return c;
}

const registry_entry_t *registry_at(const registry_t *r, size_t i)
{
    return i < r->n ? r->entries[i] : NULL;
}

static int registry_has_alias(const registry_t *r, size_t entry, const char *text)
{
    for (long a = htab_first(&r->bytext, registry_key(text)); a >= 0; a = htab_next(&r->bytext, a))
        if (r->aliases[a].entry == entry && strcmp(r->aliases[a].text, text) == 0) return 1;
    return 0;
}

static int registry_alias_add(registry_t *r, size_t entry, const char *text)
{
    extract_toks_t t = {0};
    registry_alias_t *al;

    while (*text == ' ') text++;
    if (!*text || registry_has_alias(r, entry, text)) return 0;
    if (extract_tok_run(text, 0, strlen(text), &t)) return ERR_NOMEM;
    if (t.n == 0) {
        extract_toks_release(&t);
        return 0;
    }
    extract_tok_t *fit = mem_realloc(t.v, t.n * sizeof *t.v); /* a name has a few tokens */
    if (!fit) goto nomem;
    t.v = fit;
    if (r->na == r->acap) {
        size_t nc = r->acap ? r->acap * 2 : 512;
        registry_alias_t *v = mem_realloc(r->aliases, nc * sizeof *v);
        if (!v) goto nomem;
        r->aliases = v;
        r->acap = nc;
    }
    al = &r->aliases[r->na];
    al->text = mem_strdup(text);
    if (!al->text) goto nomem;
    /* both indexes get item r->na, or neither (a failed add leaves a dangling item) */
    if (htab_add(&r->byfirst, t.v[0].h)) {
        mem_free(al->text);
        goto nomem;
    }
    if (htab_add(&r->bytext, registry_key(text))) {
        mem_free(al->text);
        goto nomem;
    }
    al->toks = t.v;
    al->ntoks = t.n;
    al->h2 = t.n >= 2 ? t.v[1].h : 0;
    al->entry = entry;
    r->na++;
    return 0;
nomem:
    extract_toks_release(&t);
    return ERR_NOMEM;
}

static long registry_index(const registry_t *r, const char *id)
{
    long best = -1;
    for (long k = htab_first(&r->bysym, registry_key(id)); k >= 0; k = htab_next(&r->bysym, k))
        if (!r->syms[k].ticker && strcasecmp(r->entries[r->syms[k].entry]->id, id) == 0 &&
            (best < 0 || (long)r->syms[k].entry < best))
            best = (long)r->syms[k].entry;
    return best;
}

static int registry_id_ok(const char *id)
{
    size_t n = strlen(id);
    if (n == 0 || n > 64) return 0;
    for (const char *p = id; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '.' || c == '_'))
            return 0;
    }
    return 1;
}

/* Adds an entry with optional sector/jurisdiction; returns the entry index or a negative code. */
static long registry_put(registry_t *r, int kind, const char *id, const char *name,
                         const char *ticker, const char *extra, err_t *e)
{
    long idx = registry_index(r, id);
    registry_entry_t *en;

    if (!registry_id_ok(id))
        return err_set(e, ERR_DATA, "'%s' is not a valid id (letters, digits, - . _; at most 64)",
                       id);
    if (!name || !*name) return err_set(e, ERR_DATA, "company %s: a name is required", id);
    if (!utf8_valid(name) || utf8_unsafe(name))
        return err_set(e, ERR_DATA,
                       "company %s: the name holds a byte that is not UTF-8, or a control or "
                       "bidirectional formatting character",
                       id);
    if (ticker && (!utf8_valid(ticker) || utf8_unsafe(ticker)))
        return err_set(e, ERR_DATA,
                       "company %s: the ticker holds a byte that is not UTF-8, or a control or "
                       "bidirectional formatting character",
                       id);
    if (idx >= 0) {
        en = r->entries[idx];
        if (ticker && *ticker && !en->ticker) {
            if (!(en->ticker = mem_strdup(ticker))) return ERR_NOMEM;
            if (registry_sym_add(r, (size_t)idx, 1)) return ERR_NOMEM;
        }
    } else {
        if (r->n == r->cap) {
            size_t nc = r->cap ? r->cap * 2 : 512;
            registry_entry_t **v = mem_realloc(r->entries, nc * sizeof *v);
            if (!v) return err_set(e, ERR_NOMEM, "out of memory");
            r->entries = v;
            r->cap = nc;
        }
        en = mem_calloc(1, sizeof *en);
        if (!en) return err_set(e, ERR_NOMEM, "out of memory");
        en->kind = kind;
        en->id = mem_strdup(id);
        en->name = mem_strdup(name);
        if (ticker && *ticker) en->ticker = mem_strdup(ticker);
        if (extra && *extra) {
            if (kind == REGISTRY_REGULATOR)
                en->jurisdiction = mem_strdup(extra);
            else
                en->sector = mem_strdup(extra);
        }
        if (!en->id || !en->name || (ticker && *ticker && !en->ticker) ||
            (extra && *extra && !en->jurisdiction && !en->sector)) {
            registry_entry_free(en);
            return err_set(e, ERR_NOMEM, "out of memory");
        }
        idx = (long)r->n;
        r->entries[r->n++] = en;
        if (registry_sym_add(r, (size_t)idx, 0) ||
            (en->ticker && registry_sym_add(r, (size_t)idx, 1)))
            return err_set(e, ERR_NOMEM, "out of memory");
    }
    if (registry_alias_add(r, (size_t)idx, name)) return err_set(e, ERR_NOMEM, "out of memory");
    /* a regulator is also known by its acronym */
    if (kind == REGISTRY_REGULATOR && !strchr(id, '-') && registry_alias_add(r, (size_t)idx, id))
        return err_set(e, ERR_NOMEM, "out of memory");
    return idx;
}

int registry_add(registry_t *r, int kind, const char *id, const char *name, const char *ticker,
                 const char *const *aliases, size_t naliases, err_t *e)
{
    long idx;

    for (size_t i = 0; i < naliases; i++)
        if (aliases[i] && (!utf8_valid(aliases[i]) || utf8_unsafe(aliases[i])))
            return err_set(e, ERR_DATA,
                           "company %s: alias %zu holds a byte that is not UTF-8, or a control or "
                           "bidirectional formatting character",
                           id, i + 1);
    if ((idx = registry_put(r, kind, id, name, ticker, NULL, e)) < 0) return (int)idx;
    r->entries[idx]->user = 1;
    for (size_t i = 0; i < naliases; i++)
        if (aliases[i] && registry_alias_add(r, (size_t)idx, aliases[i]))
            return err_set(e, ERR_NOMEM, "out of memory");
    return 0;
}

typedef struct registry_load_s {
    registry_t *r;
    int kind;
} registry_load_t;

static int registry_load_line(void *ctx, char **f, size_t nf, err_t *e)
{
    registry_load_t *ld = ctx;
    registry_t *r = ld->r;
    if (nf < 2) return err_set(e, ERR_DATA, "expected at least id<TAB>name");
    const char *ticker = NULL, *extra = NULL;
    char *aliases = nf > 3 ? f[3] : NULL;
    if (ld->kind == REGISTRY_COMPANY) {
        extra = nf > 4 ? f[4] : NULL;
        ticker = nf > 2 ? f[2] : NULL;
    } else {
        extra = nf > 2 ? f[2] : NULL;
    }
    char tick1[32] = "";
    if (ticker) {
        size_t k = strcspn(ticker, ",");
        if (k >= sizeof tick1) k = sizeof tick1 - 1;
        memcpy(tick1, ticker, k);
        tick1[k] = 0;
    }
    long idx = registry_put(r, ld->kind, f[0], f[1], tick1, extra, e);
    if (idx < 0) return (int)idx;
    for (char *a = aliases; a && *a;) {
        char *bar = strchr(a, '|');
        if (bar) *bar = 0;
        if (registry_alias_add(r, (size_t)idx, a)) return err_set(e, ERR_NOMEM, "out of memory");
        a = bar ? bar + 1 : NULL;
    }
    return 0;
}

int registry_load_tsv(registry_t *r, int kind, const char *tsv, size_t len, const char *what,
                      err_t *e)
{
    registry_load_t ld = {r, kind};
    return tsv_each(tsv, len, 5, registry_load_line, &ld, what, e);
}

int registry_load_builtin(registry_t *r, err_t *e)
{
    const embed_file_t *c = embed_find("companies.tsv"), *g = embed_find("regulators.tsv");
    int rc;
    if (!c || !g) return err_set(e, ERR_INTERNAL, "built-in registry data missing");
    if ((rc = registry_load_tsv(r, REGISTRY_COMPANY, c->data, c->len, "companies.tsv", e)))
        return rc;
    return registry_load_tsv(r, REGISTRY_REGULATOR, g->data, g->len, "regulators.tsv", e);
}

const registry_entry_t *registry_find(const registry_t *r, const char *key)
{
    if (!key) return NULL;
    uint64_t h = registry_key(key);
    long best = -1;
    /* the earliest entry whose id or ticker matches, else the earliest alias */
    for (long k = htab_first(&r->bysym, h); k >= 0; k = htab_next(&r->bysym, k))
        if (strcasecmp(registry_sym_text(r, k), key) == 0 &&
            (best < 0 || (long)r->syms[k].entry < best))
            best = (long)r->syms[k].entry;
    if (best >= 0) return r->entries[best];
    for (long a = htab_first(&r->bytext, h); a >= 0; a = htab_next(&r->bytext, a))
        if (strcasecmp(r->aliases[a].text, key) == 0 && (best < 0 || a < best)) best = a;
    return best >= 0 ? r->entries[r->aliases[best].entry] : NULL;
}

const registry_entry_t *registry_find_symbol(const registry_t *r, const char *sym)
{
    long best = -1;
    for (long k = htab_first(&r->bysym, registry_key(sym)); k >= 0; k = htab_next(&r->bysym, k))
        if (r->entries[r->syms[k].entry]->kind == REGISTRY_COMPANY &&
            strcmp(registry_sym_text(r, k), sym) == 0 &&
            (best < 0 || (long)r->syms[k].entry < best))
            best = (long)r->syms[k].entry;
    return best >= 0 ? r->entries[best] : NULL;
}

/* Does text token t (bytes at text) match alias token a (bytes at at)? */
static int registry_tok_eq(const char *text, const extract_tok_t *t, const char *at,
                           const extract_tok_t *a)
{
    if (t->h != a->h || t->len != a->len) return 0;
    if (memcmp(text + t->off, at + a->off, t->len) == 0) return 1;
    /* case differs: allowed only for text in capitals (headlines) */
    if ((t->flags & EXTRACT_TOK_UPPER) && !(a->flags & EXTRACT_TOK_UPPER)) return 1;
    return 0;
}

size_t registry_match(const registry_t *r, const char *text, const extract_tok_t *toks, size_t n,
                      size_t i, const registry_entry_t **out)
{
    size_t best = 0;
    if (i >= n || !(toks[i].flags & (EXTRACT_TOK_WORD | EXTRACT_TOK_NUM))) return 0;
    for (long a = htab_first(&r->byfirst, toks[i].h); a >= 0; a = htab_next(&r->byfirst, a)) {
        const registry_alias_t *al = &r->aliases[a];
        size_t k;
        if (al->ntoks <= best || i + al->ntoks > n || (al->ntoks >= 2 && toks[i + 1].h != al->h2))
            continue;
        for (k = 0; k < al->ntoks; k++)
            if (!registry_tok_eq(text, &toks[i + k], al->text, &al->toks[k])) break;
        if (k < al->ntoks) continue;
        /* a following word glued by a hyphen or letters means a different word */
        best = al->ntoks;
        *out = r->entries[al->entry];
    }
    return best;
}

static const char *const registry_suffixes[] = {
    "inc",   "incorporated", "corp", "corporation", "co",   "company", "ltd", "limited",
    "llc",   "plc",          "ag",   "sa",          "nv",   "n-v",     "se",  "spa",
    "s-p-a", "the",          "lp",   "bhd",         "kk",   "gmbh",    "ab",  "asa",
    "as",    "oyj",          "bv",   "b-v",         "kgaa", "tbk",     NULL};

int registry_money_word(const char *w, size_t n)
{
    size_t k = 0;
    while (k < n && k < 3 && w[k] >= 'A' && w[k] <= 'Z') k++;
    if (k < n && w[k] == '$') k++;
    if (k == 0 || k >= n || w[k] < '0' || w[k] > '9') return 0;
    int dec = 0;
    for (; k < n; k++) {
        if (w[k] >= '0' && w[k] <= '9') continue;
        if ((w[k] == '.' || w[k] == ',') && k + 1 < n && w[k + 1] >= '0' && w[k + 1] <= '9') {
            dec = 1;
            continue;
        }
        break;
    }
    size_t sc = k;
    while (k < n && w[k] >= 'a' && w[k] <= 'z') k++;
    if (k < n && w[k] == '.') k++;
    return k == n && (dec || k > sc);
}

size_t registry_slug(const char *name, char *out, size_t cap)
{
    size_t n = 0;
    const char *p = name;
    if (cap == 0) return 0;
    while (*p) {
        /* one word */
        char w[64];
        size_t wl = 0;
        while (*p && !((*p | 32) >= 'a' && (*p | 32) <= 'z') && !(*p >= '0' && *p <= '9') &&
               !((unsigned char)*p >= 0x80))
            p++;
        while (*p && (((*p | 32) >= 'a' && (*p | 32) <= 'z') || (*p >= '0' && *p <= '9') ||
                      (unsigned char)*p >= 0x80 || (*p == '.' && p[1] && p[1] != ' ') ||
                      (*p == '\'' && wl && ((p[1] | 32) >= 'a' && (p[1] | 32) <= 'z')) ||
                      (*p == '/' && wl == 1 && (p[1] | 32) >= 'a' && (p[1] | 32) <= 'z' &&
                       !(((p[2] | 32) >= 'a' && (p[2] | 32) <= 'z'))))) {
            /* "McDonald's" is mcdonalds: dots and apostrophes inside a word are dropped;
             * so is the slash of "A/S" (as) */
            if (*p != '.' && *p != '\'' && *p != '/' && (unsigned char)*p < 0x80 &&
                wl + 1 < sizeof w)
                w[wl++] = (char)((*p >= 'A' && *p <= 'Z') ? (*p | 32) : *p);
            p++;
        }
        w[wl] = 0;
        if (!wl) continue;
        int suf = 0;
        /* (the first letter first: most words are no suffix) */
        for (size_t k = 0; registry_suffixes[k] && !suf; k++)
            if (w[0] == registry_suffixes[k][0] && strcmp(w, registry_suffixes[k]) == 0) suf = 1;
        if (suf && (n > 0 || strcmp(w, "the") == 0)) continue;
        if (n && n + 1 < cap) out[n++] = '-';
        for (size_t k = 0; k < wl && n + 1 < cap; k++) out[n++] = w[k];
    }
    /* ("Nolan, Norton and Co": the "and" of a suffix left out goes with it) */
    if (n > 4 && strncmp(out + n - 4, "-and", 4) == 0) n -= 4;
    out[n] = 0;
    return n;
}
