/* extract_name: names and mentions. Companies the registry does not know (provisional
 * companies found from corporate suffixes, Reuters marks, cue words, ticker marks), the
 * mentions of companies and regulators in a sentence, and resolving descriptions. */
#include "extract_int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "mem.h"

const char *ex_co_id(const art_t *a, co_t c)
{
    return c.ent ? c.ent->id : a->provs[c.prov].id;
}

int ex_co_eq(const art_t *a, co_t x, co_t y)
{
    if (x.ent && y.ent) return x.ent == y.ent;
    if (strcmp(ex_co_id(a, x), ex_co_id(a, y)) == 0) return 1;
    if (x.ent || y.ent || x.prov < 0 || y.prov < 0) return 0;
    /* "GULF APPLIED <GATS>" and "Gulf Applied Technologies Inc": one name begins the other */
    const prov_t *p = &a->provs[x.prov], *q = &a->provs[y.prov];
    if (p->ncore > q->ncore) p = &a->provs[y.prov], q = &a->provs[x.prov];
    for (size_t k = 0; k < p->ncore; k++)
        if (p->toks[k].h != q->toks[k].h) return 0;
    return p->ncore >= 2 || q->ncore == p->ncore;
}

void ex_co_name(const art_t *a, co_t c, const char **id, const char **name, const char **tick)
{
    if (c.ent) {
        *id = c.ent->id;
        *name = c.ent->name;
        *tick = c.ent->ticker;
    } else {
        *id = a->provs[c.prov].id;
        *name = a->provs[c.prov].name;
        *tick = NULL;
    }
}

size_t ex_lex_hits(const art_t *a, size_t i, size_t end, extract_lex_hit_t *hits, size_t max)
{
    if (!a->lexm_at || i >= a->toks.n) /* before the article's phrases are known */
        return extract_lex_match(a->x->lex, a->text, a->toks.v, end, i, hits, max);
    return extract_lex_pick(a->lexm + a->lexm_at[i], a->lexm_at[i + 1] - a->lexm_at[i], i, end,
                            hits, max);
}

int ex_class_at_hits(const art_t *a, size_t i, size_t end, int cls, size_t *len)
{
    extract_lex_hit_t h[MAX_HITS_AT];
    size_t k = ex_lex_hits(a, i, end, h, MAX_HITS_AT);
    for (size_t j = 0; j < k; j++)
        if (h[j].entry->cls == cls) {
            if (len) *len = h[j].t1 - h[j].t0;
            return 1;
        }
    return 0;
}

int ex_prov_find(const art_t *a, const char *id)
{
    long best = -1;
    for (long p = htab_first(&a->prov_ids, extract_tok_hash(id, strlen(id))); p >= 0;
         p = htab_next(&a->prov_ids, p))
        if (strcmp(a->provs[p].id, id) == 0 && (best < 0 || p < best)) best = p;
    return (int)best;
}

/* Registers a provisional company named by bytes [s, e); returns its index or -1. */
long ex_prov_longer(const art_t *a, uint64_t h, size_t len)
{
    for (long q = htab_first(&a->prov_first, h); q >= 0; q = htab_next(&a->prov_first, q)) {
        const prov_t *p = &a->provs[q];
        if (p->ncore >= 2 && !p->ent && p->toks[0].h == h && (!len || p->toks[0].len == len))
            return q;
    }
    return -1;
}

static int word_with_suffix(art_t *a, uint64_t h);
static long prov_core_of(const art_t *a, const extract_tok_t *toks, size_t n, long self);
static long prov_initials(const art_t *a, const char *w, size_t n);

/* Are the core words of pv from its k-th on only words of a company's form ("First Commerce
 * Bancshares Inc" past "First Commerce": Bancshares), so that its first k words name it
 * ("shares of First Commerce common")? */
static int prov_toks_ok(const prov_t *pv);

static int prov_form_after(const art_t *a, const prov_t *pv, size_t k)
{
    if (!prov_toks_ok(pv)) return 0;
    extract_lex_hit_t h[MAX_HITS_AT];
    while (k < pv->ncore) {
        size_t n = extract_lex_match(a->x->lex, pv->name, pv->toks, pv->ncore, k, h, MAX_HITS_AT),
               l = 0;
        for (size_t j = 0; j < n && !l; j++)
            if (h[j].entry->cls == LEX_CORPSFX) l = h[j].t1 - h[j].t0;
        if (!l) return 0;
        k += l;
    }
    return 1;
}

/* Are the n capitals of w the first letters of o's words in capitals (past "of", "and",
 * "&"; its legal form's too: "GMAC", General Motors Acceptance Corp)? */
/* Do pv's tokens lie within its name (a name written again in mixed case may keep the
 * tokens of its first writing when they differ: then its text is not read by them)? */
static int prov_toks_ok(const prov_t *pv)
{
    size_t len = strlen(pv->name);
    for (size_t t = 0; t < pv->ntoks; t++)
        if ((size_t)pv->toks[t].off + pv->toks[t].len > len) return 0;
    return 1;
}

static int initials_of(const prov_t *o, const char *w, size_t n)
{
    if (!prov_toks_ok(o)) return 0;
    size_t k = 0;
    for (size_t t = 0; t < o->ntoks && k < n; t++) {
        const char *c = o->name + o->toks[t].off;
        if (*c >= 'A' && *c <= 'Z') {
            if (*c != w[k]) return 0;
            k++;
        } else if (!(o->toks[t].len <= 3 &&
                     (*c == '&' || strncmp(c, "of", 2) == 0 || strncmp(c, "and", 3) == 0)))
            return 0;
    }
    /* (a legal form the name keeps out: "GMAC" for "General Motors Acceptance" Corp) */
    return k == n || (k + 1 == n && n >= 4 && (w[k] == 'C' || w[k] == 'I'));
}

/* The name found before of two words or more whose initials (initials_of) are the n letters
 * of w, a word in capitals ("BNY" for "Bank of New York Mellon"), when one only does; else
 * -1. */
static long prov_initials(const art_t *a, const char *w, size_t n)
{
    long found = -1;
    for (size_t i = 0; i < n; i++)
        if (w[i] < 'A' || w[i] > 'Z') return -1;
    for (size_t q = 0; q < a->nprov; q++) {
        const prov_t *o = &a->provs[q];
        if (o->ent || o->ncore < 2 || o->upper_only || !initials_of(o, w, n)) continue;
        if (found >= 0) return -1;
        found = (long)q;
    }
    return found;
}

/* The name found before (not self) whose first n words are toks[0..n) and whose other core
 * words only say its form, or -1. */
static long prov_core_of(const art_t *a, const extract_tok_t *toks, size_t n, long self)
{
    for (long q = htab_first(&a->prov_first, toks[0].h); q >= 0; q = htab_next(&a->prov_first, q)) {
        const prov_t *o = &a->provs[q];
        size_t k = 0;
        if (q == self || o->ent || o->ncore <= n) continue;
        while (k < n && o->toks[k].h == toks[k].h) k++;
        if (k == n && prov_form_after(a, o, k)) return q;
    }
    return -1;
}

int ex_prov_site(const char *w, size_t n)
{
    static const char *const site_end[] = {"campus",   "plant",    "facility", "site",
                                           "refinery", "terminal", NULL};
    for (size_t k = 0; site_end[k]; k++)
        if (strlen(site_end[k]) == n && strncasecmp(w, site_end[k], n) == 0) return 1;
    return 0;
}

int ex_prov_add(art_t *a, size_t s, size_t e)
{
    char slug[128], name[160];
    size_t n = 0;
    /* collapse whitespace */
    for (size_t i = s; i < e && n + 1 < sizeof name; i++) {
        char c = a->text[i];
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
        if (c == ' ' && (n == 0 || name[n - 1] == ' ')) continue;
        name[n++] = c;
    }
    while (n && name[n - 1] == ' ') n--;
    name[n] = 0;
    /* a site is no company: "to Invest $220 Million in Limerick Sterile Manufacturing Campus" */
    const char *last = strrchr(name, ' ');
    if (last && ex_prov_site(last + 1, strlen(last + 1))) return -1;
    if (!registry_slug(name, slug, sizeof slug)) return -1;
    if (strlen(slug) < 2) return -1;
    /* the registry knows it under this slug? (not when the slug is only another company's
     * ticker: "T.E.A.M. Inc" is no Atlassian <TEAM>; it takes a slug of its own words) */
    const registry_entry_t *known = registry_find(a->x->reg, slug);
    if (known) {
        char own[128];
        if (!strchr(name, ' ') || !known->ticker || strcasecmp(known->ticker, slug) != 0 ||
            !registry_slug(known->name, own, sizeof own) || strcmp(own, slug) == 0)
            return -1;
        size_t m = 0;
        for (size_t i = 0; name[i] && m + 1 < sizeof slug; i++) {
            char c = name[i];
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                slug[m++] = (char)(c >= 'A' && c <= 'Z' ? c | 32 : c);
            else if (m && slug[m - 1] != '-')
                slug[m++] = '-';
        }
        while (m && slug[m - 1] == '-') m--;
        slug[m] = 0;
        if (m < 2 || registry_find(a->x->reg, slug)) return -1;
    }
    int idx = ex_prov_find(a, slug);
    /* "CRANE AND DOWLING <CRDW>" then "Crane & Dowling Inc": one company, its "and" written
     * as "&" (the slug drops the sign, keeps the word) */
    if (idx < 0 && n < 120) {
        char alt[256], aslug[128];
        size_t m = 0;
        for (size_t i = 0; i < n && m + 6 < sizeof alt; i++) {
            if (name[i] == '&') {
                memcpy(alt + m, " and ", 5), m += 5;
            } else if (i + 5 <= n && name[i] == ' ' && strncasecmp(name + i + 1, "and ", 4) == 0) {
                memcpy(alt + m, " & ", 3), m += 3, i += 4;
            } else
                alt[m++] = name[i];
        }
        alt[m] = 0;
        if (m != n && registry_slug(alt, aslug, sizeof aslug)) idx = ex_prov_find(a, aslug);
    }
    int mixed = 0;
    for (size_t i = 0; i < n; i++)
        if (ex_lower_c((unsigned char)name[i])) mixed = 1;
    if (idx >= 0) {
        prov_t *p = &a->provs[idx];
        /* "ORTEGA <ORTG>" (a headline), then "Ortega Resources Inc ... Ortega's board": the word
         * in mixed case after the longer name is that name's short form, not the headline's
         * word made mixed */
        if (p->upper_only && mixed && !p->ent && p->ntoks == 1 && n > 2 &&
            !word_with_suffix(a, p->toks[0].h)) {
            /* (of two such names, the one named first: "Sears Roebuck and Co", then "Sears
             * Merchandise Group") */
            long q = -1;
            for (long c = htab_first(&a->prov_first, p->toks[0].h); c >= 0;
                 c = htab_next(&a->prov_first, c))
                if (c != idx && a->provs[c].ncore >= 2 && !a->provs[c].ent &&
                    a->provs[c].toks[0].len == n && (q < 0 || c < q))
                    q = c;
            if (q >= 0) return (int)q;
        }
        /* (so are a headline's words opening a longer name whose other words only say its
         * form: "FIRST COMMERCE <FCOB>", then "First Commerce Bancshares Inc" and "First
         * Commerce common") */
        if (p->upper_only && mixed && p->ntoks >= 2) {
            long q = prov_core_of(a, p->toks, p->ntoks, idx);
            if (q >= 0) return (int)q;
        }
        if (p->upper_only && mixed) {
            p->upper_only = 0;
            /* its name and tokens' case now as written ("Bank of New York", not "BANK OF NEW
             * YORK"; "Acustar" for "ACUSTAR CORP", its core), when it opens with the same word
             * (the tokens are always the name's own: they are read in its text) */
            /* (a token is one byte at least: room for as many tokens as bytes never grows) */
            size_t nb = strlen(name);
            extract_toks_t tk = {mem_alloc((nb ? nb : 1) * sizeof *tk.v), 0, nb ? nb : 1};
            if (!tk.v || extract_tok_run(name, 0, nb, &tk)) {
                extract_toks_release(&tk);
                return a->oom = 1, -1;
            }
            char *nn = tk.n && tk.v[0].h == p->toks[0].h ? mem_strdup(name) : NULL;
            if (nn) {
                mem_free(p->name);
                p->name = nn;
                mem_free(p->toks);
                p->toks = tk.v;
                p->ntoks = tk.n;
                if (p->ncore > p->ntoks) p->ncore = p->ntoks;
            } else {
                extract_toks_release(&tk);
            }
        }
        return idx;
    }
    /* one word that opens a longer name found before ("Garrow said" after Garrow Foods Inc)
     * is its short form, no company of its own: the mention resolves it (prov_short) */
    if (!strchr(name, ' ') && n > 2) {
        long q = ex_prov_longer(a, extract_tok_hash(name, n), n);
        if (q >= 0) return (int)q;
    }

    if (ex_grow((void **)&a->provs, &a->capprov, a->nprov + 1, sizeof *a->provs))
        return a->oom = 1, -1;
    prov_t *p = &a->provs[a->nprov];
    memset(p, 0, sizeof *p);
    p->id = mem_strdup(slug);
    p->name = mem_strdup(name);
    p->upper_only = !mixed;
    p->in_title = mixed && a->disc_title;
    /* the name without a corporate suffix is what later mentions use; its tokens are
     * read into room for as many tokens as it has bytes (a token is one byte at least: the
     * array never grows), not the tokenizer's room for 256 */
    size_t nb = p->name ? strlen(p->name) : 0;
    extract_toks_t tk = {mem_alloc((nb ? nb : 1) * sizeof *tk.v), 0, nb ? nb : 1};
    if (!p->id || !p->name || !tk.v || extract_tok_run(p->name, 0, nb, &tk) || !tk.n) {
        mem_free(p->id);
        mem_free(p->name);
        extract_toks_release(&tk);
        a->oom = 1;
        return -1;
    }
    p->toks = tk.v;
    p->ntoks = tk.n;
    p->ncore = tk.n;
    static const char *const sfx[] = {"inc",     "corp", "co",   "ltd",  "corporation",  "limited",
                                      "plc",     "ag",   "sa",   "nv",   "n.v.",         "llc",
                                      "pty",     "cos",  ",",    ".",    "s.a.",         "se",
                                      "bancorp", "spa",  "gmbh", "ab",   "asa",          "a/s",
                                      "oyj",     "bv",   "b.v.", "kgaa", "incorporated", NULL};
    for (int again = 1; again && p->ncore > 1;) {
        again = 0;
        const extract_tok_t *lt = &p->toks[p->ncore - 1];
        /* (the first byte, folded, refuses most suffixes before their length is taken) */
        unsigned char c0 = (unsigned char)p->name[lt->off] | 32;
        for (size_t k = 0; sfx[k]; k++)
            if (c0 == (unsigned char)sfx[k][0] && strlen(sfx[k]) == lt->len &&
                strncasecmp(p->name + lt->off, sfx[k], lt->len) == 0)
                again = 1;
        if (again) p->ncore--;
    }
    /* "First Commerce" after "First Commerce Bancshares Inc": a longer name's first words,
     * where its other words only say its form, are its short form, no company of its own */
    if (p->ntoks >= 2 && p->ncore == p->ntoks) {
        long q = prov_core_of(a, p->toks, p->ntoks, -1);
        if (q >= 0) {
            mem_free(p->id);
            mem_free(p->name);
            mem_free(p->toks);
            return (int)q;
        }
    }
    /* "BNY, as the bank now brands itself" after "Bank of New York Mellon Corp": a word in
     * capitals made of the first letters of a longer name's words found before names that
     * company (its id; the word stays a name of its own to be found again) */
    if (!mixed && n >= 2 && n <= 5 && p->ntoks == 1) {
        long q = prov_initials(a, name, n);
        char *nid = q >= 0 ? mem_strdup(a->provs[q].id) : NULL;
        if (nid) {
            mem_free(p->id);
            p->id = nid;
        }
    }
    /* "Danforth to sell valves unit to KKR" over "Danforth Industrial Corp (DFI.N) said": a
     * title's word in mixed case names the company whose name it opens, found after it (one
     * only), as the word found after such a name does (prov_short) */
    if (mixed && p->ncore >= 2 && !a->disc_title) {
        long only = -1;
        for (size_t q = 0; q < a->nprov && only != -2; q++) {
            const prov_t *o = &a->provs[q];
            if (!o->in_title || o->ent || o->ntoks != 1 || o->toks[0].h != p->toks[0].h ||
                o->toks[0].len != p->toks[0].len)
                continue;
            only = only == -1 ? (long)q : -2;
        }
        /* (the first such name only: "Sandhaven completes Norway sale" over "Sandhaven Energy
         * Plc ... its Norwegian subsidiary, Sandhaven Norge AS") */
        char oslug[128];
        if (only >= 0 && registry_slug(a->provs[only].name, oslug, sizeof oslug) &&
            strcmp(oslug, a->provs[only].id) != 0)
            only = -1;
        char *nid = only >= 0 ? mem_strdup(p->id) : NULL;
        if (nid) {
            mem_free(a->provs[only].id);
            a->provs[only].id = nid;
        }
    }
    /* (and the other way: "GMAC <GMA> OFFERS NOTES" over "General Motors Acceptance Corp":
     * the word in capitals found first names the company found after it) */
    if (mixed && p->ntoks >= 2 && p->ncore >= 2)
        for (size_t q = 0; q < a->nprov; q++) {
            prov_t *o = &a->provs[q];
            const char *w = o->name;
            size_t wn = strlen(w);
            if (o->ent || o->ntoks != 1 || wn < 2 || wn > 5 || !initials_of(p, w, wn)) continue;
            int caps = 1;
            for (size_t k = 0; k < wn; k++) caps &= w[k] >= 'A' && w[k] <= 'Z';
            char *nid = caps ? mem_strdup(p->id) : NULL;
            if (nid) {
                mem_free(o->id);
                o->id = nid;
            }
        }
    if (htab_add(&a->prov_first, p->toks[0].h) ||
        htab_add(&a->prov_ids, extract_tok_hash(p->id, strlen(p->id)))) {
        mem_free(p->id);
        mem_free(p->name);
        mem_free(p->toks);
        a->oom = 1;
        return -1;
    }
    a->nprov++;
    return (int)(a->nprov - 1);
}

int ex_name_part(const art_t *a, size_t i, size_t end)
{
    const extract_tok_t *t = ex_tk(a, i);
    /* "Bellwood Corp Monday said": a weekday after a company's ending is the day, not more
     * of the name */
    if (ex_capword(a, i) && i > 0 && !(t->flags & EXTRACT_TOK_UPPER) &&
        ex_class_at(a, i - 1, i, LEX_CORPSFX, NULL) &&
        date_weekday_of(a->text + t->off, t->len) >= 0)
        return 0;
    /* "Purchase of Keeling Foods After Antitrust Nod": a preposition a headline in title
     * case capitalises ends a name (in mixed case only: "FOR" may be a ticker's) */
    static const char *const preps[] = {"After", "Amid", "Despite", "Following", "Ahead",   "Over",
                                        "With",  "From", "For",     "Into",      "Than",    "As",
                                        "Vs",    "Via",  "Until",   "Before",    "Without", NULL};
    if (ex_capword(a, i) && !(t->flags & EXTRACT_TOK_UPPER) && ex_ty_is(a, i, preps)) return 0;
    if (ex_capword(a, i)) return 1;
    /* "Peterson/Puritan Inc", "Atalanta/Sosnoff Capital Corp", "Audio/Video Affiliates": a
     * slash glued between two names in mixed case joins them */
    if (t->len == 1 && a->text[t->off] == '/' && !(t->flags & EXTRACT_TOK_SPACE) && i >= 1 &&
        i + 1 < end && !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_SPACE) && ex_capword(a, i - 1) &&
        !(ex_tk(a, i - 1)->flags & EXTRACT_TOK_UPPER) && ex_capword(a, i + 1) &&
        !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_UPPER))
        return 1;
    /* "Del E. Webb Investment Properties", "Harold J. Simmons Co": a middle initial's full
     * stop, glued to its letter, between two names in mixed case */
    if (t->len == 1 && a->text[t->off] == '.' && !(t->flags & EXTRACT_TOK_SPACE) && i >= 2 &&
        i + 1 < end && ex_tk(a, i - 1)->len == 1 &&
        ex_upper_c((unsigned char)a->text[ex_tk(a, i - 1)->off]) && ex_capword(a, i - 2) &&
        !(ex_tk(a, i - 2)->flags & EXTRACT_TOK_UPPER) && ex_capword(a, i + 1) &&
        !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_UPPER))
        return 1;
    /* "St. Joe Paper Co", "Mt. Vernon Mills": the full stop of Saint, Mount or Fort before
     * the rest of the name */
    static const char *const saint[] = {"St", "Ste", "Mt", "Ft", NULL};
    if (t->len == 1 && a->text[t->off] == '.' && !(t->flags & EXTRACT_TOK_SPACE) && i >= 1 &&
        i + 1 < end && ex_ty_is(a, i - 1, saint) && ex_capword(a, i - 1) &&
        !(ex_tk(a, i - 1)->flags & EXTRACT_TOK_UPPER) && ex_capword(a, i + 1))
        return 1;
    /* "A. O. Smith Corporation": initials each with its full stop, a space between, before
     * a name in mixed case (the letters, then their full stops) */
    if (t->len == 1 && ex_upper_c((unsigned char)a->text[t->off]) && i + 3 < end &&
        ex_tok_is(a, i + 1, ".") && !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_SPACE) &&
        ex_name_part(a, i + 1, end))
        return 1;
    if (t->len == 1 && a->text[t->off] == '.' && !(t->flags & EXTRACT_TOK_SPACE) && i >= 1 &&
        i + 2 < end && ex_tk(a, i - 1)->len == 1 &&
        ex_upper_c((unsigned char)a->text[ex_tk(a, i - 1)->off]) &&
        ((ex_tk(a, i + 1)->len == 1 && ex_upper_c((unsigned char)a->text[ex_tk(a, i + 1)->off]) &&
          ex_tok_is(a, i + 2, ".") && !(ex_tk(a, i + 2)->flags & EXTRACT_TOK_SPACE)) ||
         (ex_capword(a, i + 1) && !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_UPPER) && i >= 3 &&
          ex_tok_is(a, i - 2, ".") && ex_tk(a, i - 3)->len == 1)))
        return 1;
    if ((t->flags & EXTRACT_TOK_NUM) && i + 1 < end && ex_capword(a, i + 1) &&
        !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_SPACE))
        return 1; /* 3M, 7-Eleven */
    /* "Seven & i Holdings": a lone small letter after "&" */
    if (t->len == 1 && ex_lower_c((unsigned char)a->text[t->off]) && i >= 2 &&
        ex_tok_is(a, i - 1, "&") && ex_capword(a, i - 2))
        return 1;
    /* "AT & T", "Rolls-Royce" (not the dash of "CITY, March 2 - Name") */
    if (t->len == 1 && a->text[t->off] == '&' && i + 1 < end && ex_tk(a, i + 1)->len == 1 &&
        ex_lower_c((unsigned char)a->text[ex_tk(a, i + 1)->off]) && i > 0 && ex_capword(a, i - 1))
        return 1;
    if (t->len == 1 && (a->text[t->off] == '&' || a->text[t->off] == '-') && i + 1 < end &&
        ex_capword(a, i + 1) &&
        (a->text[t->off] == '&' || !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_SPACE)))
        return 1;
    return 0;
}

/* "SHONEY'S INC <SHON>", "CHILDREN'S DISCOVERY <CDCRA>": the 's at token k, written against
 * a capitalised word and followed by one, is inside a name that a ticker mark ends. */
static int name_poss(const art_t *a, size_t k, size_t end)
{
    return k > 0 && k + 1 < end && (ex_tk(a, k)->flags & EXTRACT_TOK_POSS) &&
           !(ex_tk(a, k)->flags & EXTRACT_TOK_SPACE) && ex_capword(a, k - 1) &&
           ex_capword(a, k + 1);
}

/* Is the word at k, before a possessive inside a run that a suffix ends, part of the
 * name ("Heinl's Nursery Inc"): one word after a word in lower case, neither a known
 * company nor one named before? */
static int poss_in_name(art_t *a, const sent_t *s, size_t k, size_t sfx)
{
    const registry_entry_t *en;
    int pv;
    /* ... or opening the sentence ("Broker's Choice Capital Inc said"), unless a part
     * follows ("Acme's Zeta Inc unit": Acme's unit) */
    static const char *const part[] = {"unit", "subsidiary", "division", "affiliate", NULL};
    int opens = k == s->t0 && sfx + 1 < s->t1 && !ex_ty_is(a, sfx + 1, part) &&
                !(ex_tk(a, k)->flags & EXTRACT_TOK_UPPER);
    return (opens ||
            (k > s->t0 && !ex_capword(a, k - 1) && (ex_tk(a, k - 1)->flags & EXTRACT_TOK_LOWER))) &&
           !registry_match(a->x->reg, a->text, a->toks.v, k + 1, k, &en) &&
           !ex_prov_match(a, k, k + 1, &pv) && ex_prov_longer(a, ex_tk(a, k)->h, 0) < 0 &&
           /* ("Japan's Fujitsu Ltd": a country's company) */
           !ex_class_at(a, k, k + 1, LEX_PLACE, NULL) &&
           !ex_class_at(a, k, k + 1, LEX_NOTNAME, NULL);
}

/* TOYS "R" US INC <TOY>, CAPITAL CITIES/ABC INC <CCB>, JOULE' INC <JOUL>: a quote, slash or
 * apostrophe at token k, after a capitalised word, inside a headline name a ticker ends. */
static int name_mark(const art_t *a, size_t k, size_t st0)
{
    const extract_tok_t *t = ex_tk(a, k);
    return k > st0 && t->len == 1 && strchr("\"/'", a->text[t->off]) && ex_capword(a, k - 1);
}

/* S-K-I LTD, SPEED-O-PRINT BUSINESS, M-CORP INC: token k is a word or a hyphen of a word
 * written with hyphens and no space, whose first part starts with a capital. */
static int name_compound(const art_t *a, size_t k, size_t st0, size_t end)
{
    const extract_tok_t *t = ex_tk(a, k);
    int dash = t->len == 1 && a->text[t->off] == '-';
    if (!dash && !(t->flags & EXTRACT_TOK_WORD)) return 0;
    int glued_before = k > st0 && !(t->flags & EXTRACT_TOK_SPACE);
    int glued_after = k + 1 < end && !(ex_tk(a, k + 1)->flags & EXTRACT_TOK_SPACE);
    if (dash) return glued_before && glued_after && ex_capword(a, k - 1) && ex_capword(a, k + 1);
    /* the part before a hyphen, or after one ("Cupertino-based" is not a name) */
    if (!ex_capword(a, k)) return 0;
    return (glued_after && ex_tk(a, k + 1)->len == 1 && a->text[ex_tk(a, k + 1)->off] == '-' &&
            k + 2 < end && ex_capword(a, k + 2)) ||
           (glued_before && k >= st0 + 2 && ex_tk(a, k - 1)->len == 1 &&
            a->text[ex_tk(a, k - 1)->off] == '-' && ex_capword(a, k - 2));
}

/* Words never a name alone (lexicon class notname) that open many names: "National
 * Semiconductor Corp", "Federal Express", "New Plan Realty Trust". */
static const char *const name_openers[] = {"National", "Federal", "New", NULL};

/* Is the capitalised run [i, j) a name that cannot be a company (place, person, month...)? */
int ex_not_company(const art_t *a, size_t i, size_t j, size_t st0)
{
    size_t l;
    if (registry_money_word(a->text + ex_tk(a, i)->off, ex_tk(a, i)->len)) return 1;
    if (j - i == 1) {
        /* (a currency written out: "to buy Pounds 200m worth of airtime") */
        if (ex_class_at(a, i, j, LEX_PLACE, NULL) || ex_class_at(a, i, j, LEX_NOTNAME, NULL) ||
            ex_class_at(a, i, j, LEX_CORPSFX, NULL) || ex_class_at(a, i, j, LEX_EVENTNOUN, NULL) ||
            ex_class_at(a, i, j, LEX_CURRENCY, NULL))
            return 1;
    }
    if (ex_class_at(a, i, j, LEX_PLACE, &l) && l == j - i) return 1;
    /* a town before its state ("Danville, Va.", "Tacoma, Wash.-based"), a place before
     * "-based" ("Luxembourg-based") */
    /* (not a company's appositive that opens with a place's possessive: "Kabel Deutschland,
     * Germany's largest cable operator") */
    if (j + 1 < a->toks.n && ex_tok_is(a, j, ",") &&
        ex_class_at(a, j + 1, a->toks.n, LEX_PLACE, &l) &&
        !(j + 1 + l < a->toks.n && (ex_tk(a, j + 1 + l)->flags & EXTRACT_TOK_POSS)))
        return 1;
    if (j + 1 < a->toks.n && ex_tok_is(a, j, "-") && ex_tok_is(a, j + 1, "based")) return 1;
    /* (nor an exchange before "-listed": "agreed to buy Nasdaq-listed Oulu Diagnostics") */
    static const char *const listed_w[] = {"listed", "traded", "quoted", NULL};
    if (j + 1 < a->toks.n && ex_tok_is(a, j, "-") && ex_ty_is(a, j + 1, listed_w)) return 1;
    /* ("Completes Acquisition of Jevington Laboratories and Raises ...": a deal noun and "of"
     * open no name) */
    static const char *const deal_of[] = {"acquisition", "merger",      "sale", "purchase",
                                          "takeover",    "divestiture", NULL};
    if (j - i >= 3 && ex_ty_is(a, i, deal_of) && ex_tok_is(a, i + 1, "of")) return 1;
    /* ("Finland's Market Court", "the General Court", "the High Court": a court, no
     * company) */
    static const char *const court_w[] = {"court", "tribunal", NULL};
    if (j - i >= 2 && ex_ty_is(a, j - 1, court_w)) return 1;
    /* ("raised $48 million in Series B funding": a funding round's name) */
    if (j - i == 2 && ex_tok_is(a, i, "series") && ex_tk(a, i + 1)->len <= 2) return 1;
    /* ("QUINNIPIAC-LED GROUP HOLDS 8.7 PCT": a group named by its leader is no company) */
    for (size_t q = i + 1; q + 1 < j; q++)
        if (ex_tok_is(a, q, "-") && ex_tok_is(a, q + 1, "led")) return 1;
    /* ("National Instruments", "Federal Express": words that open many names, before more
     * of one in mixed case) */
    if (ex_class_at(a, i, j, LEX_NOTNAME, NULL) &&
        !(j - i > 2 && ex_tk(a, i)->len == 1 && ex_tok_is(a, i + 1, "and")) &&
        /* ("A. O. Smith Corporation": an initial, no article) */
        !(j - i > 3 && ex_tk(a, i)->len == 1 && ex_tok_is(a, i + 1, ".") &&
          !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_SPACE)) &&
        !(j - i >= 2 && ex_ty_is(a, i, name_openers) && !(ex_tk(a, i)->flags & EXTRACT_TOK_UPPER) &&
          !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_UPPER)))
        return 1; /* "A and W Brands" is a name */
    if (date_month_of(a->text + ex_tk(a, i)->off, ex_tk(a, i)->len) && ex_tk(a, i)->len >= 3)
        return 1;
    /* a person: after a title (CEO Tim Cook, Mr Smith) */
    for (size_t k = i > st0 + 3 ? i - 3 : st0; k < i; k++)
        if (ex_class_at(a, k, i, LEX_PTITLE, &l) && k + l == i) return 1;
    /* or opening with an honorific without a dot ("Mr Hartley said", "Sir John Bond"), in
     * mixed case and with no corporate suffix ("Mr. Coffee", "MR GASKET CO" are companies) */
    static const char *const honorific[] = {"Mr", "Mrs", "Ms", "Sir", NULL};
    if (j - i >= 2 && ex_capword(a, i + 1) && !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_UPPER) &&
        !ex_class_at(a, j - 1, j, LEX_CORPSFX, NULL))
        for (size_t k = 0; honorific[k]; k++)
            if (ex_tk(a, i)->len == strlen(honorific[k]) &&
                memcmp(a->text + ex_tk(a, i)->off, honorific[k], ex_tk(a, i)->len) == 0)
                return 1;
    /* a known company, or one with its suffix; not a longer name that only begins with a
     * known one's short form ("Quanta AI" is not Quanta Computer) */
    const registry_entry_t *en;
    size_t lk = registry_match(a->x->reg, a->text, a->toks.v, j, i, &en);
    if (lk && (lk == j - i || i + lk >= j || ex_class_at(a, i + lk, j, LEX_CORPSFX, NULL) ||
               strncasecmp(a->text + ex_tk(a, i)->off, en->name, strlen(en->name)) == 0))
        return 1;
    return 0;
}

/* A ticker mark at token i: "<AAPL>" or "(NASDAQ: AAPL)", "(NYSE:IBM)", "(Nasdaq: AAPL.O)"
 * (exchanges: lexicon class exchange). Returns the tokens it spans (0 if none) and stores
 * the ticker's token in *tk. */
size_t ex_ticker_mark_punct(const art_t *a, size_t i, size_t end, size_t *tk)
{
    if (i >= end) return 0;
    const extract_tok_t *t = ex_tk(a, i);
    size_t j = i + 1, l;
    if ((t->flags & EXTRACT_TOK_ANGLE) && a->text[t->off] == '<') {
        if (j + 1 < end && (ex_tk(a, j)->flags & EXTRACT_TOK_UPPER) && ex_tk(a, j)->len <= 6 &&
            (ex_tk(a, j + 1)->flags & EXTRACT_TOK_ANGLE) && a->text[ex_tk(a, j + 1)->off] == '>') {
            *tk = j;
            return 3;
        }
        /* "<SKPS ST>", "<REED L>": a ticker and its exchange after a space */
        if (j + 2 < end && (ex_tk(a, j)->flags & EXTRACT_TOK_UPPER) && ex_tk(a, j)->len <= 6 &&
            (ex_tk(a, j + 1)->flags & EXTRACT_TOK_UPPER) && ex_tk(a, j + 1)->len <= 2 &&
            !ex_class_at(a, j + 1, j + 2, LEX_CORPSFX, NULL) && /* (not "<KEBO AB>") */
            (ex_tk(a, j + 2)->flags & EXTRACT_TOK_ANGLE) && a->text[ex_tk(a, j + 2)->off] == '>') {
            *tk = j;
            return 4;
        }
        /* "<BAC.N>", "<GUIN.L>", "<BONA.S>": a ticker with its exchange */
        if (j + 3 < end && (ex_tk(a, j)->flags & EXTRACT_TOK_UPPER) && ex_tk(a, j)->len <= 6 &&
            ex_tok_is(a, j + 1, ".") && (ex_tk(a, j + 2)->flags & EXTRACT_TOK_UPPER) &&
            ex_tk(a, j + 2)->len <= 2 && (ex_tk(a, j + 3)->flags & EXTRACT_TOK_ANGLE) &&
            a->text[ex_tk(a, j + 3)->off] == '>') {
            *tk = j;
            return 5;
        }
        return 0;
    }
    /* "Coastal Lumber (CSTL) +5%:", "Harlow Foods (HRLW) shares jumped": a bare ticker in
     * brackets after a name in capitals (not an abbreviation: "(AI)", "(CEO)", nor the
     * initials of the words before it, "Artificial Intelligence (AI)") */
    if (ex_tok_is(a, i, "(") && j + 1 < end && i > 0 && ex_capword(a, i - 1) &&
        (ex_tk(a, i)->flags & EXTRACT_TOK_SPACE) && /* (not "ZELVORA(TM)") */
        (ex_tk(a, j)->flags & EXTRACT_TOK_UPPER) && ex_tk(a, j)->len >= 2 &&
        ex_tk(a, j)->len <= 5) {
        static const char *const abbr[] = {
            "ceo",  "cfo",  "coo", "ipo", "eu",   "us",     "uk",  "ai",  "ev",  "gdp",
            "fda",  "sec",  "etf", "esg", "lng",  "api",    "ftc", "doj", "ecb", "imf",
            "opec", "nyse", "otc", "adr", "gaap", "ebitda", "tm",  "sm",  NULL};
        size_t k = j + 1;
        if (k + 1 < end && ex_tok_is(a, k, ".") && (ex_tk(a, k + 1)->flags & EXTRACT_TOK_UPPER) &&
            ex_tk(a, k + 1)->len <= 2)
            k += 2;
        if (k < end && ex_tok_is(a, k, ")") && !ex_ty_is(a, j, abbr)) {
            /* (the initials of the words before it, in their order: "General Agreement on
             * Tariffs and Trade (GATT)", "Japan Chamber of Commerce and Industry (JCCI)") */
            const extract_tok_t *tt = ex_tk(a, j);
            size_t q = 0;
            for (size_t w = i > 10 ? i - 10 : 0; w < i && q < tt->len; w++)
                if ((ex_tk(a, w)->flags & (EXTRACT_TOK_CAP | EXTRACT_TOK_UPPER)) &&
                    (a->text[ex_tk(a, w)->off] | 32) == (a->text[tt->off + q] | 32))
                    q++;
            /* (a ticker with its exchange is one, initials or not: "Harbor Point Realty
             * Trust (HPRT.N)") */
            int initials = q == tt->len && k == j + 1;
            if (!initials) {
                *tk = j;
                return k + 1 - i;
            }
        }
    }
    if (!ex_tok_is(a, i, "(") || j >= end || !ex_class_at(a, j, end, LEX_EXCHANGE, &l)) return 0;
    j += l;
    if (j + 1 >= end || !ex_tok_is(a, j, ":") || !(ex_tk(a, j + 1)->flags & EXTRACT_TOK_UPPER) ||
        ex_tk(a, j + 1)->len > 6)
        return 0;
    *tk = ++j;
    j++;
    /* a suffix: AAPL.O, BRK.B */
    if (j + 1 < end && ex_tok_is(a, j, ".") && (ex_tk(a, j + 1)->flags & EXTRACT_TOK_UPPER) &&
        ex_tk(a, j + 1)->len <= 2)
        j += 2;
    if (j >= end || !ex_tok_is(a, j, ")")) return 0;
    return j + 1 - i;
}

/* The registry company whose id or primary ticker is token tk, or NULL. */
static const registry_entry_t *ticker_company(const art_t *a, size_t tk)
{
    const extract_tok_t *t = ex_tk(a, tk);
    char w[16];
    if (t->len >= sizeof w) return NULL;
    memcpy(w, a->text + t->off, t->len);
    w[t->len] = 0;
    return registry_find_symbol(a->x->reg, w);
}

/* Letters and digits of [s, s+n), lower-cased, into out (cap bytes); returns the length. */
static size_t squash(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++)
        if (ex_alpha_c((unsigned char)s[i]) || ex_digit_c((unsigned char)s[i]))
            out[k++] = (char)tolower((unsigned char)s[i]);
    out[k] = 0;
    return k;
}

/* "Apple Computer" and "Apple", "BankAmerica" and "Bank of America": the names, squashed,
 * start alike (4 characters, or all of the shorter one). */
static int names_alike(const char *x, size_t nx, const char *y)
{
    char p[64], q[64];
    size_t a = squash(x, nx, p, sizeof p), b = squash(y, strlen(y), q, sizeof q), k = 0;
    size_t need = a < b ? a : b;
    if (need > 4) need = 4;
    while (k < a && k < b && p[k] == q[k]) k++;
    return need > 0 && k >= need;
}

/* "Cupertino-based Fruitco Inc (NASDAQ: AAPL)", "Apple Computer Inc <AAPL>": an unknown name
 * right before the mark of a registry ticker names that company. A bare "<X>" (the Reuters
 * archive's mark; tickers are reused over the years) counts only when the names start alike
 * (USAir <U> is not Unity Software); an exchange mark always does. */
static int suffix_word(const art_t *a, size_t i, size_t end);

/* Is token b a capitalised word for what a company is ("Truckmaker", "Retailer")? */
static int kind_word(const art_t *a, size_t b)
{
    /* (not a name's own possessive: "Broker's Choice Capital Inc") */
    if (!ex_capword(a, b) || (ex_tk(a, b)->flags & (EXTRACT_TOK_UPPER | EXTRACT_TOK_POSS)) ||
        (b + 1 < a->toks.n && (ex_tk(a, b + 1)->flags & EXTRACT_TOK_POSS)))
        return 0;
    return ex_ty_is(a, b, ex_company_kinds) || ex_maker_word(a, b);
}

static void ticker_name(art_t *a, const sent_t *s, size_t i, size_t tk)
{
    size_t e = i, b;
    /* ("NEW YORK (AP) —": a news agency's mark after the dateline, no listing) */
    static const char *const agency[] = {"AP", "Reuters", "AFP", "UPI", "Bloomberg", NULL};
    if (tk == i + 1 && ex_ty_is(a, tk, agency)) return;
    /* "Fruitco Inc. (NYSE: X)", "Fruitco Inc, (NYSE: X)" */
    if (e > s->t0 + 1 && ex_tok_is(a, e - 1, ".") && !(ex_tk(a, e - 1)->flags & EXTRACT_TOK_SPACE))
        e--;
    if (e > s->t0 && ex_tok_is(a, e - 1, ",")) e--;
    /* a name found already that ends at the mark is the one it marks ("Bank of New York
     * Mellon Corp (BK.N)", not "York Mellon Corp") */
    int pv;
    for (b = e > s->t0 + 8 ? e - 8 : s->t0; b + 1 < e; b++) {
        size_t l = ex_prov_match(a, b, e, &pv);
        if (l > 1 &&
            (b + l == e || (b + l + 1 == e && ex_class_at(a, b + l, e, LEX_CORPSFX, NULL)))) {
            /* (the registry's company the mark names, as below) */
            const registry_entry_t *en = ticker_company(a, tk);
            if (en && !a->provs[pv].ent &&
                (ex_tok_is(a, i, "(") ||
                 names_alike(a->text + ex_tk(a, b)->off,
                             ex_tk(a, e - 1)->off + ex_tk(a, e - 1)->len - ex_tk(a, b)->off,
                             en->name)))
                a->provs[pv].ent = en;
            return;
        }
    }
    b = e;
    while (b > s->t0 && e - b < 6 && ex_name_part(a, b - 1, e) &&
           !ex_class_at(a, b - 1, e, LEX_NOTNAME, NULL))
        b--;
    if (b == e || (ex_tk(a, b)->flags & EXTRACT_TOK_PUNCT)) return;
    /* ("- Truckmaker Tavistrand Motors Ltd (TAVM.NS)": what it is, no part of its name) */
    if (b + 1 < e && (b == s->t0 || !ex_capword(a, b - 1)) && kind_word(a, b)) b++;
    /* "Nuvex Systems, Inc. (NASDAQ: NVXS)": a suffix alone after a comma ends the name before
     * the comma */
    if (b + 1 == e && b > s->t0 + 1 && suffix_word(a, b, e + 1) && ex_tok_is(a, b - 1, ",")) {
        e = b - 1;
        b = e;
        while (b > s->t0 && e - b < 6 && ex_name_part(a, b - 1, e) &&
               !ex_class_at(a, b - 1, e, LEX_NOTNAME, NULL))
            b--;
        if (b == e || (ex_tk(a, b)->flags & EXTRACT_TOK_PUNCT)) return;
    }
    size_t l;
    if (ex_class_at(a, b, e, LEX_PLACE, &l) && l == e - b) return;
    const registry_entry_t *known;
    size_t lk = registry_match(a->x->reg, a->text, a->toks.v, e, b, &known);
    if (lk && (lk == e - b || (b + lk + 1 == e && ex_class_at(a, b + lk, e, LEX_CORPSFX, NULL))))
        return; /* the name itself is known */
    const registry_entry_t *en = ticker_company(a, tk);
    if (!en) {
        /* "Brixton Retail (NYSE: BRXR)": a listing mark names a company the registry lacks */
        if (ex_tok_is(a, i, "("))
            ex_prov_add(a, ex_tk(a, b)->off, ex_tk(a, e - 1)->off + ex_tk(a, e - 1)->len);
        return;
    }
    if (!ex_tok_is(a, i, "(") &&
        !names_alike(a->text + ex_tk(a, b)->off,
                     ex_tk(a, e - 1)->off + ex_tk(a, e - 1)->len - ex_tk(a, b)->off, en->name))
        return;
    int p = ex_prov_add(a, ex_tk(a, b)->off, ex_tk(a, e - 1)->off + ex_tk(a, e - 1)->len);
    if (p >= 0 && !a->provs[p].ent) a->provs[p].ent = en;
}

/* Adds key to the index of a set of hashes (once: a set needs no chain). */
static void hset_add(art_t *a, htab_t *t, uint64_t key)
{
    if (htab_first(t, key) < 0 && htab_add(t, key)) a->oom = 1;
}

/* Does the article name the word of hash h with a legal form of its own ("Greyhound Corp",
 * "Fluor Corp")? Then a longer name it opens ("Greyhound Lines", "Fluor Constructors") is
 * that company's unit, not its full name. */
static int word_with_suffix(art_t *a, uint64_t h)
{
    /* (a legal form only: "Ferris Industries" is no "Ferris" with a suffix) */
    static const char *const legal[] = {"inc", "corp", "co",  "ltd", "corporation",  "limited",
                                        "plc", "ag",   "llc", "cos", "incorporated", NULL};
    if (!a->wsfx_built) {
        a->wsfx_built = 1;
        for (size_t i = 0; i + 1 < a->toks.n; i++)
            if (ex_ty_is(a, i + 1, legal)) hset_add(a, &a->wsfx, ex_tk(a, i)->h);
    }
    return htab_first(&a->wsfx, h) >= 0;
}

/* Does the article write the word of hash h with the word of hash h2 after it (a comma
 * between allowed: "Sears, Roebuck")? */
static int word_then(art_t *a, uint64_t h, uint64_t h2)
{
    if (!a->wpair_built) {
        a->wpair_built = 1;
        for (size_t q = 0; q + 1 < a->toks.n; q++) {
            size_t r = q + 1 + (ex_tok_is(a, q + 1, ",") && q + 2 < a->toks.n);
            hset_add(a, &a->wpair, ex_tk(a, q)->h * 31 + ex_tk(a, r)->h);
        }
    }
    return htab_first(&a->wpair, h * 31 + h2) >= 0;
}

/* Is token i a corporate suffix of one word ("Inc", "Corp"; the lexicon's "Inc." is two
 * tokens, the word and its period: "Quorvia Inc. said")? */
static int suffix_word(const art_t *a, size_t i, size_t end)
{
    size_t l;
    /* "Fjordmind AS": Norway's legal form, in capitals after a name in mixed case (the word
     * "as" of a headline in capitals is not one) */
    if (i > 0 && ex_tk(a, i)->len == 2 && memcmp(a->text + ex_tk(a, i)->off, "AS", 2) == 0)
        return ex_capword(a, i - 1) && !(ex_tk(a, i - 1)->flags & EXTRACT_TOK_UPPER);
    if (!ex_class_at(a, i, end, LEX_CORPSFX, &l)) return 0;
    /* ("Thornaby Ratings upgraded": an agency's name in mixed case; not a headline's "DEBT
     * RATINGS AFFIRMED") */
    static const char *const rated_w[] = {"debt", "credit", "bond", "its", "their", "the", NULL};
    if (ex_tok_is(a, i, "ratings") &&
        (!(ex_tk(a, i)->flags & EXTRACT_TOK_CAP) || (ex_tk(a, i)->flags & EXTRACT_TOK_UPPER) ||
         i == 0 || ex_ty_is(a, i - 1, rated_w)))
        return 0;
    /* ("Dumbarrow Securities started coverage"; not "the U.S. Securities and Exchange
     * Commission") */
    if (ex_tok_is(a, i, "securities") &&
        (!(ex_tk(a, i)->flags & EXTRACT_TOK_CAP) ||
         (i + 2 < end && ex_tok_is(a, i + 1, "and") && ex_tok_is(a, i + 2, "exchange")) ||
         /* (nor "the National Association of Securities Dealers") */
         (i + 1 < end && ex_capword(a, i + 1) && !ex_class_at(a, i + 1, end, LEX_CORPSFX, NULL))))
        return 0;
    return l == 1 || (l == 2 && ex_tok_is(a, i + 1, "."));
}

const char *const ex_name_particles[] = {"de", "di",  "del",   "della", "des", "du",
                                         "da", "dei", "degli", "delle", NULL};

/* "of" or "and" inside a name (Bank of New York, A and W Brands, Goodyear Tire and Rubber):
 * between capitalised words, the word before not a company of its own, a corporate suffix,
 * a person's title or a word that is never a name. */

/* Is "of the" at token k inside a name: capitalised words on both sides, those after it
 * closed by a corporate suffix within four words? */
static int name_of_the(const art_t *a, const sent_t *s, size_t k)
{
    if (k <= s->t0 || !ex_capword(a, k - 1) || ex_class_at(a, k - 1, k, LEX_PTITLE, NULL)) return 0;
    size_t q = k + 2;
    while (q < s->t1 && q < k + 6 && ex_capword(a, q)) {
        if (q > k + 2 && ex_class_at(a, q, q + 1, LEX_CORPSFX, NULL)) return 1;
        q++;
    }
    return 0;
}

static int name_joiner(art_t *a, const sent_t *s, size_t k)
{
    if (k <= s->t0 || k + 1 >= s->t1) return 0;
    /* "Petroleos de Venezuela", "Banco di Napoli", "Cie Generale de Constructions
     * Telephoniques": a particle of a Romance name, in lower case */
    if ((ex_tk(a, k)->flags & EXTRACT_TOK_LOWER) && ex_ty_is(a, k, ex_name_particles))
        return ex_capword(a, k - 1) && ex_capword(a, k + 1) &&
               !ex_class_at(a, k - 1, k, LEX_PTITLE, NULL) &&
               !ex_class_at(a, k - 1, k, LEX_CORPSFX, NULL);
    /* "Trust Company of the Ozarks Inc", "Bank of the Southwest Corp": "of the" inside a name
     * that runs on to its corporate suffix */
    if (ex_tok_is(a, k, "the") && ex_tok_is(a, k - 1, "of") && k >= s->t0 + 2)
        return name_of_the(a, s, k - 1);
    if (ex_tok_is(a, k, "of") && ex_tok_is(a, k + 1, "the")) return name_of_the(a, s, k);
    if (!(ex_tok_is(a, k, "of") || ex_tok_is(a, k, "and"))) return 0;
    if (!ex_capword(a, k - 1) || !ex_capword(a, k + 1)) return 0;
    size_t l;
    const registry_entry_t *en;
    int of = ex_tok_is(a, k, "of");
    int letter = ex_tk(a, k - 1)->len == 1; /* A and W Brands, S and A Truck */
    /* ("First National Bank and Trust Co": a bank's suffix joined to a trust's) */
    int bank_trust = !of && ex_tok_is(a, k - 1, "bank") && ex_tok_is(a, k + 1, "trust");
    /* ("British and Commonwealth Shipping Co Plc": a place before "and" opens the name when
     * capitalised words after it run to a corporate suffix) */
    int to_suffix = 0;
    /* (not the town of a company before: "Tamarind Chemical Corp of Houston and Kuroda
     * Seiki KK") */
    if (!of && ex_class_at(a, k - 1, k, LEX_PLACE, &l) &&
        !(k >= s->t0 + 3 && ex_tok_is(a, k - 2, "of") &&
          ex_class_at(a, k - 3, k - 2, LEX_CORPSFX, NULL)))
        for (size_t q = k + 1; q < s->t1 && q < k + 6 && ex_capword(a, q) && !to_suffix; q++)
            to_suffix = ex_class_at(a, q, q + 1, LEX_CORPSFX, NULL) && q > k + 1;
    if ((!of && !bank_trust && ex_class_at(a, k - 1, k, LEX_CORPSFX, NULL)) ||
        (!letter && ex_class_at(a, k - 1, k, LEX_NOTNAME, NULL)) ||
        ex_class_at(a, k - 1, k, LEX_PTITLE, NULL) ||
        (ex_class_at(a, k - 1, k, LEX_PLACE, &l) && !to_suffix))
        return 0;
    if (!letter && registry_match(a->x->reg, a->text, a->toks.v, k, k - 1, &en)) return 0;
    /* "Martin T. Sosnoff and MTS Acquisition Corp": a person named with a middle initial and
     * a company are two names ("Robert C. Brown and Co" is one) */
    if (!of && k >= s->t0 + 3 && ex_tok_is(a, k - 2, ".") && ex_tk(a, k - 3)->len == 1 &&
        !ex_class_at(a, k + 1, k + 2, LEX_CORPSFX, NULL))
        return 0;
    /* "the Filter Products Division of Mine Safety Appliances Co": a company's part, named
     * before the company it belongs to, is not one name with it */
    static const char *const part_w[] = {"division", "unit", "subsidiary", NULL};
    if (of && ex_ty_is(a, k - 1, part_w)) return 0;
    /* "said Ray Stone of Merrill Lynch", "economist Stephen Roach of Morgan Stanley": a
     * person of a company, not one name */
    if (of) {
        static const char *const speaker[] = {"said",      "says",      "analyst",
                                              "analysts",  "economist", "strategist",
                                              "according", "told",      NULL};
        size_t p = k;
        while (p > s->t0 && k - p < 3 && ex_capword(a, p - 1)) p--;
        /* a person's two names, none a word that is never a name alone ("said Bank of
         * Kestrel Corp" is one name) */
        size_t q = p < k && ex_ty_is(a, p, speaker) ? p + 1 : p, names = 0;
        for (size_t t = q; t < k; t++)
            names += !ex_class_at(a, t, t + 1, LEX_NOTNAME, NULL) &&
                     !ex_class_at(a, t, t + 1, LEX_CORPSFX, NULL);
        if (k - q >= 2 && names == k - q &&
            ((p > s->t0 && ex_ty_is(a, p - 1, speaker)) || ex_ty_is(a, p, speaker)))
            return 0;
    }
    if (ex_tok_is(a, k, "and") && !letter) {
        /* "Chrysler and American Motors Corp" are two: the word before "and" must not be
         * a company found so far either */
        int pv;
        if (ex_prov_match(a, k - 1, k, &pv)) return 0;
    }
    return 1;
}

/* Is the corporate suffix at token i a strong one, kept out of the name (Corp, Inc, Co,
 * Ltd, Corporation, Limited, Incorporated), rather than a weak one kept in (Labs: "AI21
 * Labs"; Motors, Group)? A suffix written against a hyphen is part of its word ("CC-BANK"). */
static int strong_suffix(const art_t *a, size_t i)
{
    const extract_tok_t *t = ex_tk(a, i);
    const char *w = a->text + t->off;
    int glued = i > 0 && !(t->flags & EXTRACT_TOK_SPACE) && ex_tok_is(a, i - 1, "-");
    /* (a bank's name keeps its "Bank": "Fortune Savings Bank") */
    return (!glued && t->len <= 4 && strncasecmp(w, "Labs", 4) != 0 &&
            !(t->len == 4 && strncasecmp(w, "Bank", 4) == 0)) ||
           strncasecmp(w, "Corporation", 11) == 0 || strncasecmp(w, "Limited", 7) == 0 ||
           strncasecmp(w, "Incorporated", 12) == 0;
}

/* "Tervo Grid and Solace Motors": an "and" at k between two names of two words or more, the
 * second ending in a weak suffix (a word, not an abbreviation: Motors, Group, Systems) at
 * sfx, joins two companies, not one ("Goodyear Tire and Rubber Co", "Procter and Gamble
 * Co" keep a strong suffix or one word before the "and"). */
static int two_names_and(art_t *a, const sent_t *s, size_t k, size_t sfx)
{
    if (k < s->t0 + 2 || k + 2 > sfx || !ex_tok_is(a, k, "and")) return 0;
    if (strong_suffix(a, sfx)) return 0;
    /* trades named in pairs inside one name: "Savings and Loan", "Oil and Gas", "Light and
     * Power", "Telephone and Telegraph" */
    static const char *const trades[] = {
        "savings",     "loan",        "oil",    "gas",       "light",   "power",
        "telephone",   "telegraph",   "iron",   "steel",     "tire",    "rubber",
        "trust",       "electric",    "water",  "land",      "mining",  "chemical",
        "exploration", "development", "cable",  "insurance", "finance", "investment",
        "research",    "engineering", "marine", "air",       NULL};
    if (ex_ty_is(a, k - 1, trades) || ex_ty_is(a, k + 1, trades)) return 0;
    for (size_t q = k - 2; q < k; q++)
        if (!ex_capword(a, q) || (ex_tk(a, q)->flags & EXTRACT_TOK_UPPER) ||
            ex_class_at(a, q, q + 1, LEX_NOTNAME, NULL) ||
            ex_class_at(a, q, q + 1, LEX_PLACE, NULL))
            return 0;
    /* ... when the sentence speaks of two: a plural or a joint deed soon after ("formed a
     * joint venture", "have agreed", "their"); "its Smith Kline and French Laboratories
     * unit" stays one name */
    static const char *const two[] = {
        "their",       "they",     "have",    "are",      "were",   "both",      "jointly",
        "together",    "formed",   "form",    "merge",    "merged", "combine",   "venture",
        "partnership", "alliance", "partner", "partners", "deal",   "agreement", NULL};
    size_t e = sfx + 12 < s->t1 ? sfx + 12 : s->t1;
    /* (or, in a headline, a verb of two subjects right after the second name: "X Networks and
     * Y Systems Settle All Patent Litigation"; not "Smith Kline and French Laboratories will
     * launch") */
    static const char *const plural_verb[] = {"settle",   "sign",        "agree",    "enter",
                                              "announce", "extend",      "expand",   "unveil",
                                              "team",     "collaborate", "complete", NULL};
    if ((s == a->sents || s->headline) && sfx + 1 < s->t1 && ex_ty_is(a, sfx + 1, plural_verb))
        return 1;
    return ex_ty_find(a, sfx + 1, e, two) >= 0;
}

/* The words that follow the company in a results or dividend wire's headline ("CCR VIDEO 1ST
 * QTR NOV 30 NET", "FRANKLIN INSURED TAX-FREE SETS PAYOUT", "ACME QTLY DIVIDEND"). */
static const char *const wire_head_words[] = {
    "1st",   "2nd",    "3rd",     "4th",       "qtr",   "qtrly",    "year",      "net",
    "sets",  "payout", "payouts", "div",       "divs",  "dividend", "dividends", "raises",
    "cuts",  "omits",  "regular", "quarterly", "qtly",  "initial",  "declares",  "increases",
    "votes", "mthly",  "monthly", "special",   "extra", "split",    "splits",    NULL};

/* A wire headline in capitals without a ticker mark: its words up to a results or dividend
 * word name the company the story is about, when nothing else names one. */
static void wire_head_name(art_t *a, const sent_t *s)
{
    size_t i = s->t0, l;
    int pv;
    const registry_entry_t *en;
    for (size_t k = s->t0; k < s->t1; k++)
        if ((ex_tk(a, k)->flags & EXTRACT_TOK_ANGLE) || ex_tok_is(a, k, "(")) return;
    static const char *const ordinal[] = {"st", "nd", "rd", "th", NULL};
    while (i < s->t1 && i - s->t0 < 8 && !ex_ty_is(a, i, wire_head_words) &&
           (ex_capword(a, i) || name_compound(a, i, s->t0, s->t1) || ex_tok_is(a, i, "&")))
        i++;
    if (i == s->t0 || i + 1 >= s->t1) return;
    int quarter = (ex_tk(a, i)->flags & EXTRACT_TOK_NUM) &&
                  !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_SPACE) && ex_ty_is(a, i + 1, ordinal);
    if (!quarter && !ex_ty_is(a, i, wire_head_words)) return;
    if (ex_tok_is(a, i - 1, "-") || ex_tok_is(a, i - 1, "&")) return;
    for (size_t k = s->t0; k < i; k++)
        if (registry_match(a->x->reg, a->text, a->toks.v, i, k, &en) || ex_prov_match(a, k, i, &pv))
            return;
    if (ex_class_at(a, s->t0, i, LEX_PLACE, &l) && l == i - s->t0) return;
    if (ex_not_company(a, s->t0, i, s->t0)) return;
    ex_prov_add(a, ex_tk(a, s->t0)->off, ex_tk(a, i - 1)->off + ex_tk(a, i - 1)->len);
}

/* In a headline in title case, the start of the name ending at i: after the last clause word
 * of [b, i) ("Brenmore to Buy Talvex Systems": Talvex Systems), else b. */
static size_t after_clause(const art_t *a, size_t b, size_t i)
{
    for (size_t q = i; q-- > b;)
        if (ex_ty_is(a, q, ex_head_verbs) && !name_compound(a, q, b, i)) return q + 1;
    return b;
}

/* A headline in capitals runs its words together: "MALAYSIA BAILS OUT ANOTHER COMMERCIAL
 * BANK" is a clause, not a name. Is [b, i) of a sentence without lower-case words (lower
 * 0) such a run, holding a verb or a function word? */
static int head_clause(const art_t *a, int lower, size_t b, size_t i)
{
    if (lower) return 0;
    for (size_t k = b; k < i; k++) /* a part of a hyphened name is not one: "TO-FITNESS" */
        if (ex_ty_is(a, k, ex_head_verbs) && !name_compound(a, k, b, i)) return 1;
    return 0;
}

/* Is s the article's headline in title case ("Brenmore to Buy Talvex Systems for $1.2
 * Billion"): its first sentence or a related story's headline, every word in lower case a
 * short function word, and at least three capitalised words? */
static int title_case(const art_t *a, const sent_t *s)
{
    static const char *const fn[] = {"to",    "for",  "by",   "of",  "in",   "on",   "at",
                                     "and",   "a",    "an",   "the", "with", "from", "as",
                                     "after", "over", "amid", "vs",  "its",  "into", "than",
                                     "per",   "or",   "but",  "up",  "out",  NULL};
    if (!(s == a->sents || s->headline)) return 0;
    size_t caps = 0;
    for (size_t k = s->t0; k < s->t1; k++) {
        const extract_tok_t *t = ex_tk(a, k);
        if ((t->flags & EXTRACT_TOK_LOWER) && !(t->flags & EXTRACT_TOK_CAP) && !ex_ty_is(a, k, fn))
            return 0;
        caps += (t->flags & EXTRACT_TOK_CAP) != 0;
    }
    return caps >= 3;
}

/* A word in mixed case that starts with a capital ("Mize", not "MIZE" or "mize"). */
static int person_word(const art_t *a, size_t i, size_t end)
{
    if (i >= end) return 0;
    const extract_tok_t *t = ex_tk(a, i);
    return (t->flags & EXTRACT_TOK_CAP) && !(t->flags & EXTRACT_TOK_UPPER) && t->len >= 2;
}

/* An initial ("G.") at token i: one capital letter and a full stop. */
static int person_initial(const art_t *a, size_t i, size_t end)
{
    return i + 1 < end && ex_tk(a, i)->len == 1 &&
           ex_upper_c((unsigned char)a->text[ex_tk(a, i)->off]) && ex_tok_is(a, i + 1, ".");
}

/* Words that say the name before or after them is a person who invests. */
static const char *const person_investor[] = {"investor",     "investors",     "businessman",
                                              "financier",    "industrialist", "developer",
                                              "entrepreneur", "speculator",    NULL};

/* The first token of the person's titles that end at token i ("chairman", "chairman and
 * chief executive officer"), no earlier than lo; i when no title ends there. */
static size_t titles_start(const art_t *a, size_t i, size_t lo)
{
    size_t b = i, l;
    for (int more = 1; more;) {
        more = 0;
        for (size_t k = b > lo + 3 ? b - 3 : lo; k < b; k++)
            if (ex_class_at(a, k, b, LEX_PTITLE, &l) && k + l == b) {
                b = k;
                /* "chairman and chief executive officer": titles joined by "and" */
                more = b > lo + 1 && ex_tok_is(a, b - 1, "and");
                if (more) b--;
                break;
            }
    }
    return b < i && ex_tok_is(a, b, "and") ? b + 1 : b;
}

/* Buyers that are people ("DNA Medical said Walter G. Mize had bought 33 pct", "to Irvin
 * Kaplan, a Houston investor", "investor Martin T. Sosnoff"): a name with a middle initial,
 * or two or three words next to a word for an investor, in a sentence about shares or a
 * deal. Registered like a company, so the deal rules can name them as parties. */
static void person_buyers(art_t *a, const sent_t *s)
{
    static const char *const deal[] = {
        "bought", "buy",  "acquire", "acquired", "purchase", "offer",    "bid",    "stake",
        "shares", "sell", "sold",    "sale",     "tender",   "takeover", "buyout", NULL};
    if (ex_ty_find(a, s->t0, s->t1, deal) < 0) return;
    for (size_t i = s->t0; i < s->t1; i++) {
        if (!person_word(a, i, s->t1) || ex_ty_is(a, i, ex_ty_not_person)) continue;
        /* (a sentence opening "Investor Paul R. Smith": the word for an investor, capitalised,
         * is no part of the name) */
        if (i > s->t0 && (ex_capword(a, i - 1) || ex_tok_is(a, i - 1, "&")) &&
            !(i - 1 == s->t0 && ex_ty_is(a, i - 1, person_investor)))
            continue;
        size_t j = i + 1;
        int initial = 0;
        if (person_initial(a, j, s->t1)) {
            j += 2;
            initial = 1;
        }
        if (!person_word(a, j, s->t1)) continue;
        /* "David F. La Roche": a surname opening with a particle */
        static const char *const surname_particle[] = {"la",  "le", "de", "du", "van",
                                                       "von", "di", "da", NULL};
        if (initial && person_word(a, j + 1, s->t1) && ex_ty_is(a, j, surname_particle)) j++;
        j++;
        if (!initial && person_word(a, j, s->t1)) j++;
        if (j < s->t1 && (ex_capword(a, j) || person_initial(a, j, s->t1))) continue;
        /* ("Franklin W. Gaskill resigned as chairman ... over the company's plan to sell its
         * division": a person whose own change the sentence tells buys nothing) */
        static const char *const post_verb[] = {
            "resigned", "resigns", "retired", "retires", "quit", "quits", "stepped",
            "steps",    "died",    "joined",  "became",  "was",  NULL};
        int cue = initial && !(j < s->t1 && ex_ty_is(a, j, post_verb));
        if (!cue && i > s->t0) cue = ex_ty_is(a, i - 1, person_investor);
        /* "Nicholas Powell told the Securities and Exchange Commission he has acquired",
         * "Roy Pesch said he has": the name is the subject of a verb of saying whose clause
         * goes on with "he" or "she" */
        static const char *const say[] = {"said", "says", "told", NULL};
        static const char *const pron[] = {"he", "she", NULL};
        if (!cue && j + 1 < s->t1 && ex_ty_is(a, j, say))
            for (size_t k = j + 1; k < j + 9 && k < s->t1 && !cue; k++) {
                if (ex_tok_is(a, k, ",")) break;
                cue = ex_ty_is(a, k, pron);
            }
        /* "Irvin Kaplan, a Houston investor" */
        if (!cue && j + 1 < s->t1 && ex_tok_is(a, j, ",") &&
            (ex_tok_is(a, j + 1, "a") || ex_tok_is(a, j + 1, "an")))
            for (size_t k = j + 2; k < j + 6 && k < s->t1 && !cue; k++)
                cue = ex_ty_is(a, k, person_investor);
        /* "its proposed buyout by chairman Herman J. Hellman": a person after a title is no
         * company, but the one who buys ("by", "from" before the title) is a party */
        static const char *const deal_noun[] = {"buyout",   "offer",       "bid",      "takeover",
                                                "proposal", "acquisition", "purchase", NULL};
        /* ("a proposal from chairman and chief executive officer Philip D. Kaltenbacher":
         * titles joined by "and") */
        size_t tb = titles_start(a, i, s->t0);
        int titled = tb < i && tb >= s->t0 + 2 &&
                     (ex_tok_is(a, tb - 1, "by") || ex_tok_is(a, tb - 1, "from")) &&
                     ex_ty_is(a, tb - 2, deal_noun);
        if (!cue || ex_not_company(a, i, j, titled ? i : s->t0)) continue;
        const registry_entry_t *en;
        if (registry_match(a->x->reg, a->text, a->toks.v, j, i, &en)) continue;
        ex_prov_add(a, ex_tk(a, i)->off, ex_tk(a, j - 1)->off + ex_tk(a, j - 1)->len);
        i = j;
    }
}

/* Pass 1 over a sentence: names that are clearly companies but not in the registry. */
/* "A Mannesmann AG <MMWG.F> spokesman said": an article opening a sentence before a name
 * in mixed case is not the name's ("A and W Brands", "A.H. Belo" are names). 1 when token b
 * is such an article and the name [b + 1, i) follows it, else 0. */
static size_t article_opener(const art_t *a, size_t b, size_t i)
{
    const extract_tok_t *t = ex_tk(a, b);
    const char *w = a->text + t->off;
    int art = (t->len == 1 && w[0] == 'A') || (t->len == 2 && w[0] == 'A' && w[1] == 'n');
    return art && b + 1 < i && !(ex_tk(a, b + 1)->flags & EXTRACT_TOK_UPPER) &&
           ex_capword(a, b + 1) && !ex_tok_is(a, b + 1, "and");
}

/* 2 when a headline's name run [b, i) opens with a court and its verb ("JURY AWARDS
 * CONINGSBY <CNGB> 28.4 MLN DLRS"), else 0. */
static size_t court_opener(const art_t *a, size_t b, size_t i)
{
    static const char *const court[] = {"jury", "court", "judge", "arbitrator", "panel", NULL};
    static const char *const verb[] = {"awards", "orders", "rules", "backs", "upholds", "clears",
                                       "fines",  "bars",   "voids", "finds", NULL};
    return b + 2 < i && ex_ty_is(a, b, court) && ex_ty_is(a, b + 1, verb) ? 2 : 0;
}

/* "to a consortium led by KKR and Singapore's GIC": a name after "and" and a place's
 * possessive, next to a capitalised name before the "and", is a company of its own (a peer
 * of the one before it). */
static void place_peer(art_t *a, const sent_t *s)
{
    size_t pl;
    for (size_t k = s->t0 + 1; k + 3 < s->t1; k++) {
        if (!ex_tok_is(a, k, "and") || !ex_capword(a, k - 1)) continue;
        if (!ex_class_at(a, k + 1, s->t1, LEX_PLACE, &pl) || k + 2 + pl >= s->t1 ||
            !(ex_tk(a, k + 1 + pl)->flags & EXTRACT_TOK_POSS))
            continue;
        size_t b = k + 2 + pl, e = b;
        while (e < s->t1 && e - b < 4 && ex_name_part(a, e, s->t1)) e++;
        if (e > b && !ex_not_company(a, b, e, s->t0))
            ex_prov_add(a, ex_tk(a, b)->off, ex_tk(a, e - 1)->off + ex_tk(a, e - 1)->len);
    }
}

void ex_discover(art_t *a, const sent_t *s)
{
    /* (a title: the first sentence, with no full stop at its end) */
    a->disc_title = s == a->sents && s->t1 > s->t0 && !ex_tok_is(a, s->t1 - 1, ".");
    size_t i, j, l;
    int pv, lower = 0; /* a word in lower case: body text, not a headline in capitals */
    ex_wl_sentence(a, s->t0, s->t1); /* the word lists' filters, for the sentence's cues */
    for (size_t k = s->t0; k < s->t1 && !lower; k++)
        lower = (ex_tk(a, k)->flags & EXTRACT_TOK_LOWER) != 0;
    /* a headline in title case runs its clause words into names as one in capitals does */
    int cl = lower && !title_case(a, s);
    if (!lower && (s == a->sents || s->headline)) wire_head_name(a, s);
    if (lower) person_buyers(a, s);
    if (lower) place_peer(a, s);
    /* "BNY, as the bank now brands itself, earned" after "Bank of New York Mellon Corp": a
     * word in capitals made of a name's initials is a name of that company */
    /* (the sentence's first word, as its subject) */
    for (i = s->t0; lower && i == s->t0 && i + 1 < s->t1 && !a->oom; i++) {
        const extract_tok_t *t = ex_tk(a, i);
        const registry_entry_t *en;
        if ((t->flags & EXTRACT_TOK_UPPER) && !(t->flags & EXTRACT_TOK_NUM) && t->len >= 3 &&
            t->len <= 5 && !registry_match(a->x->reg, a->text, a->toks.v, s->t1, i, &en) &&
            !ex_prov_match(a, i, i + 1, &pv) && prov_initials(a, a->text + t->off, t->len) >= 0)
            ex_prov_add(a, t->off, t->off + t->len);
    }
    for (i = s->t0; i < s->t1 && !a->oom; i++) {
        const extract_tok_t *t = ex_tk(a, i);
        size_t tk, ml = ex_ticker_mark(a, i, s->t1, &tk);
        if (ml) ticker_name(a, s, i, tk);
        if (ml && ex_tok_is(a, i, "(")) {
            i += ml - 1;
            continue;
        }
        /* <Name> (Reuters) */
        if ((t->flags & EXTRACT_TOK_ANGLE) && a->text[t->off] == '<') {
            for (j = i + 1; j < s->t1 && j < i + 10; j++)
                if ((ex_tk(a, j)->flags & EXTRACT_TOK_ANGLE) && a->text[ex_tk(a, j)->off] == '>')
                    break;
            if (j < s->t1 && j < i + 10 && j > i + 1) {
                size_t tkn;
                int ticker = (j == i + 2 && (ex_tk(a, i + 1)->flags & EXTRACT_TOK_UPPER) &&
                              ex_tk(a, i + 1)->len <= 6) ||
                             ex_ticker_mark(a, i, s->t1, &tkn) == j + 1 - i;
                const registry_entry_t *en;
                /* "<Zico Investment Holding Inc's>": the possessive is not the name's */
                size_t je =
                    j - 1 > i + 1 && (ex_tk(a, j - 1)->flags & EXTRACT_TOK_POSS) ? j - 1 : j;
                /* a known company's name that only begins the bracket is another one
                 * ("<Occidental Life Insurance Co of Australia Ltd>" is not Occidental) */
                size_t known = registry_match(a->x->reg, a->text, a->toks.v, je, i + 1, &en);
                if (!ticker && ex_capword(a, i + 1) && (!known || known + 2 <= je - (i + 1)))
                    ex_prov_add(a, ex_tk(a, i + 1)->off,
                                ex_tk(a, je - 1)->off + ex_tk(a, je - 1)->len);
                /* "CORNING <GLW>, HAZLETON <HLC> SET ...": a name before a ticker, from
                 * the start of the sentence or a comma (headline words run together) */
                size_t b = i, marks = 0;
                while (ticker && b > s->t0 && i - b < 5 + marks &&
                       ((name_compound(a, b - 1, s->t0, i) && ++marks) ||
                        ex_name_part(a, b - 1, i) || name_poss(a, b - 1, i) ||
                        (name_mark(a, b - 1, s->t0) && ++marks)))
                    b--;
                if (b == s->t0) b += article_opener(a, b, i) + court_opener(a, b, i);
                /* from the start of a headline to its ticker mark is one name, whatever its
                 * first word ("NEW PLAN REALTY TRUST <NPR>"), unless it is a place */
                size_t pl;
                int head = b == s->t0 && i - b >= 2 &&
                           !(ex_class_at(a, b, i, LEX_PLACE, &pl) && pl == i - b);
                if (ticker && b < i && (b == s->t0 || ex_tok_is(a, b - 1, ",")) &&
                    (head || !ex_not_company(a, b, i, s->t0)) && !head_clause(a, cl, b, i) &&
                    !registry_match(a->x->reg, a->text, a->toks.v, i, b, &en))
                    ex_prov_add(a, ex_tk(a, b)->off, ex_tk(a, i - 1)->off + ex_tk(a, i - 1)->len);
                /* "ACME CORP <ACME> TO ACQUIRE NICHOLS BANK <NICH>", "UP STAKE IN MCGILL MFTG
                 * <MGLL>": in a headline in capitals, the name between a deal's word and a
                 * ticker */
                else if (ticker && !lower && b < i && b > s->t0) {
                    static const char *const deal_w[] = {"buys",     "buy",    "acquires",
                                                         "acquire",  "buying", "acquiring",
                                                         "purchase", "merge",  NULL};
                    static const char *const deal_n[] = {"bid",      "offer",   "stake",
                                                         "merger",   "merge",   "talks",
                                                         "interest", "holding", NULL};
                    static const char *const preps[] = {"for", "in", "with", NULL};
                    size_t v = i;
                    for (size_t k = i; k-- > b && v == i;)
                        if (ex_ty_is(a, k, deal_w) ||
                            (k > s->t0 && ex_ty_is(a, k, preps) && ex_ty_is(a, k - 1, deal_n)))
                            v = k;
                    /* (past what of it is bought: "TO BUY REST OF NAFPLIO MARINE <NAFM>") */
                    static const char *const part_w[] = {
                        "rest",     "remainder", "balance",    "remaining", "all", "of",
                        "majority", "control",   "additional", "more",      "the", NULL};
                    while (v + 1 < i && ex_ty_is(a, v + 1, part_w)) v++;
                    if (v + 1 < i && !head_clause(a, cl, v + 1, i) &&
                        !ex_not_company(a, v + 1, i, s->t0) &&
                        !registry_match(a->x->reg, a->text, a->toks.v, i, v + 1, &en))
                        ex_prov_add(a, ex_tk(a, v + 1)->off,
                                    ex_tk(a, i - 1)->off + ex_tk(a, i - 1)->len);
                }
                /* in the body (mixed case): "bid for Imperial Continental Gas Association
                 * <ICGS.L>", "Progressive Savings and Loan Association <PRSL>" */
                b = i;
                while (
                    ticker && lower && b > s->t0 && i - b < 7 &&
                    ((ex_name_part(a, b - 1, i) && !(ex_tk(a, b - 1)->flags & EXTRACT_TOK_UPPER) &&
                      !ex_class_at(a, b - 1, i, LEX_NOTNAME, NULL)) ||
                     name_joiner(a, s, b - 1)))
                    b--;
                if (ticker && lower && b < i && i - b >= 2 && ex_capword(a, b) &&
                    !ex_not_company(a, b, i, s->t0) &&
                    !registry_match(a->x->reg, a->text, a->toks.v, i, b, &en) &&
                    !ex_prov_match(a, b, i, &pv))
                    ex_prov_add(a, ex_tk(a, b)->off, ex_tk(a, i - 1)->off + ex_tk(a, i - 1)->len);
                i = j;
            }
            continue;
        }
        /* Name Name Corp, Bank of New York Co, Goodyear Tire and Rubber Co */
        /* ("First National Bank and Trust Co": the name goes on to the last suffix) */
        /* ("Vodafone Group plc": the British write the suffix in lower case) */
        if ((ex_capword(a, i) || ex_tok_is(a, i, "plc")) && i > s->t0 && suffix_word(a, i, s->t1) &&
            !(i + 3 < s->t1 && ex_tok_is(a, i, "bank") && ex_tok_is(a, i + 1, "and") &&
              ex_tok_is(a, i + 2, "trust") && suffix_word(a, i + 3, s->t1))) {
            size_t b = i, glued = 0;
            /* "Carver Oil & Gas, LLC", "Nuvex Systems, Inc.": a legal form after a comma ends
             * the name before the comma */
            static const char *const forms[] = {"inc", "llc", "ltd", "lp", "plc", "corp", NULL};
            int comma = i >= s->t0 + 2 && ex_tok_is(a, i - 1, ",") && ex_ty_is(a, i, forms) &&
                        ex_capword(a, i - 2) && ex_name_part(a, i - 2, s->t1);
            if (comma) b = i - 1, glued = 1;
            /* "Industrial Equity (Pacific) Ltd", "Cheung Kong (Holdings) Ltd": a word in
             * brackets right before the suffix */
            if (b >= s->t0 + 4 && ex_tok_is(a, b - 1, ")") && ex_capword(a, b - 2) &&
                ex_tok_is(a, b - 3, "(") && ex_capword(a, b - 4) && ex_name_part(a, b - 4, s->t1))
                b -= 3, glued += 3;
            while (b > s->t0 && i - b < 8 + glued && !two_names_and(a, s, b - 1, i) &&
                   ((name_compound(a, b - 1, s->t0, i) && ++glued) ||
                    (ex_name_part(a, b - 1, s->t1) &&
                     (!ex_class_at(a, b - 1, i, LEX_NOTNAME, NULL) ||
                      (b - 1 > s->t0 && name_joiner(a, s, b - 2)) ||
                      /* inside a longer run: "Metropolitan Federal Savings and Loan
                       * Association", "First Southern Federal Savings Bank" */
                      (b - 1 > s->t0 && ex_capword(a, b - 2) && ex_name_part(a, b - 2, s->t1) &&
                       !ex_class_at(a, b - 2, b - 1, LEX_NOTNAME, NULL) &&
                       !ex_class_at(a, b - 2, b - 1, LEX_PLACE, NULL) &&
                       !ex_class_at(a, b - 2, b - 1, LEX_PTITLE, NULL)) ||
                      (ex_tk(a, b - 1)->len == 1 && name_joiner(a, s, b)) ||
                      /* ("A. O. Smith Corporation": an initial, not the article) */
                      (ex_tk(a, b - 1)->len == 1 && ex_tok_is(a, b, ".") &&
                       !(ex_tk(a, b)->flags & EXTRACT_TOK_SPACE)))) ||
                    name_joiner(a, s, b - 1) ||
                    /* "Borman's Inc", "McDonald's Corp": a possessive right before it */
                    (b == i && name_poss(a, b - 1, i + 1) &&
                     /* "BankAmerica Corp's Bank of America": a whole name before it */
                     !(b >= s->t0 + 2 && ex_class_at(a, b - 2, b - 1, LEX_CORPSFX, NULL))) ||
                    /* "purchased Heinl's Nursery Inc": one word no company yet before the
                     * possessive (a known one owns the name after it: "Apple's Beats
                     * Electronics LLC") */
                    (b < i && name_poss(a, b - 1, i + 1) && poss_in_name(a, s, b - 2, i))))
                b--;
            /* ("Truckmaker Tavistrand Motors Ltd", "Retailer Holloway Home Inc" opening a
             * sentence: what the company is, no part of its name) */
            if (b + 1 < i && (b == s->t0 || !ex_capword(a, b - 1)) && kind_word(a, b)) b++;
            /* "Knox, Lyle and Co", "Smith, Barney, Harris Upham and Co": partners' names
             * joined by commas before "and Co" are one firm's */
            static const char *const and_co[] = {"co", "company", NULL};
            /* (not an adverb opening the sentence: "Separately, Brimsdale and Co cut") */
            static const char *const clause_openers[] = {
                "separately", "meanwhile", "however", "additionally", "also",
                "still",      "earlier",   "later",   "elsewhere",    "similarly",
                "likewise",   "instead",   NULL};
            /* (or "&": "Mott, Kemble & Co") */
            if (b + 2 <= i && ex_ty_is(a, i, and_co) &&
                (ex_tok_is(a, i - 1, "and") || ex_tok_is(a, i - 1, "&")))
                while (b >= s->t0 + 2 && ex_tok_is(a, b - 1, ",") && ex_capword(a, b - 2) &&
                       !(ex_tk(a, b - 2)->flags & EXTRACT_TOK_UPPER) &&
                       ex_name_part(a, b - 2, s->t1) &&
                       !ex_class_at(a, b - 2, b - 1, LEX_NOTNAME, NULL) &&
                       !ex_class_at(a, b - 2, b - 1, LEX_PLACE, NULL) &&
                       !ex_class_at(a, b - 2, b - 1, LEX_CORPSFX, NULL) &&
                       !ex_ty_is(a, b - 2, clause_openers) &&
                       (b - 2 == s->t0 || !ex_capword(a, b - 3)))
                    b -= 2;
            /* a word that is never a name alone opens a longer one after a word in lower
             * case ("acquire Federal Protection Services Inc", "said National Western Life
             * Insurance Co") */
            /* (one word is enough after the words that open many names: "buy National
             * Semiconductor Corp", "Federal Express Corp") */
            if (b > s->t0 + 1 && (i - b >= 2 || (i - b == 1 && ex_ty_is(a, b - 1, name_openers))) &&
                ex_capword(a, b - 1) && !(ex_tk(a, b - 1)->flags & EXTRACT_TOK_UPPER) &&
                ex_class_at(a, b - 1, b, LEX_NOTNAME, NULL) &&
                !ex_class_at(a, b - 1, b, LEX_PTITLE, NULL) &&
                (ex_tk(a, b - 2)->flags & EXTRACT_TOK_LOWER) && !ex_capword(a, b - 2))
                b--;
            /* ... and at a sentence's start ("National Semiconductor Corp said") */
            else if (b == s->t0 + 1 && b < i && ex_capword(a, b - 1) &&
                     !(ex_tk(a, b - 1)->flags & EXTRACT_TOK_UPPER) &&
                     ex_ty_is(a, b - 1, name_openers))
                b--;
            /* "acquire U.S. Design Corp", "U.S. Home Corp": the country's initials open the
             * name after a word in lower case (the run is one word or more here) */
            else if (b > s->t0 + 1 && b < i && ex_tok_is(a, b - 1, "U.S.") &&
                     (ex_tk(a, b - 2)->flags & EXTRACT_TOK_LOWER) && !ex_capword(a, b - 2))
                b--;
            /* "acquired 2001 Distributors Inc": a year-like number opens a name after a word
             * in lower case */
            /* ("said 215 Holding Co, a corporation controlled by ...": a shorter number opens
             * a name that a verb or a comma follows, not a count of its shares or goods) */
            static const char *const after_subj[] = {",",      "said", "will", "has",   "had",
                                                     "agreed", "is",   "was",  "would", NULL};
            int subj = i + 1 < s->t1 && ex_ty_is(a, i + 1, after_subj);
            if (b > s->t0 + 1 && b < i && (ex_tk(a, b - 1)->flags & EXTRACT_TOK_NUM) &&
                (ex_tk(a, b - 1)->len == 4 || (subj && ex_tk(a, b - 1)->len >= 2)) &&
                ex_tk(a, b - 1)->len <= 4 && ex_capword(a, b) &&
                (ex_tk(a, b - 2)->flags & EXTRACT_TOK_LOWER) && !ex_capword(a, b - 2)) {
                int digits = 1;
                for (size_t q = 0; q < ex_tk(a, b - 1)->len; q++)
                    digits &= ex_digit_c((unsigned char)a->text[ex_tk(a, b - 1)->off + q]);
                if (digits) b--;
            }
            if (lower && !cl) b = after_clause(a, b, i);
            if (b == s->t0) b += article_opener(a, b, i);
            int opener =
                (b + 2 < i ||
                 (b + 1 < i && (ex_tok_is(a, b, "U.S.") || ex_ty_is(a, b, name_openers)))) &&
                ex_class_at(a, b, b + 1, LEX_NOTNAME, NULL) && !ex_not_company(a, b + 1, i, s->t0);
            /* a known company's name that only begins a longer one is another company
             * ("Shell Petroleum Development Company", a unit of Shell) */
            const registry_entry_t *known_en;
            size_t known =
                b < i ? registry_match(a->x->reg, a->text, a->toks.v, i, b, &known_en) : 0;
            /* (one word more before a legal form is enough for a finance unit: "General
             * Motors Acceptance Corp", "Ford Motor Credit Co", "Chrysler Financial Corp") */
            static const char *const fin_unit[] = {"acceptance", "credit",  "financial", "finance",
                                                   "capital",    "funding", NULL};
            int longer =
                known &&
                (known + 2 <= i - b ||
                 (known + 1 == i - b && ex_ty_is(a, i - 1, fin_unit) && strong_suffix(a, i)));
            if (b < i && !(ex_tk(a, b)->flags & EXTRACT_TOK_PUNCT) &&
                (opener || longer || !ex_not_company(a, b, i, s->t0)) &&
                !head_clause(a, cl, b, i)) {
                /* keep a strong suffix (Corp, Inc) out of the name, weak ones (Labs) in */
                int strong = strong_suffix(a, i);
                /* "Kohlberg Kravis Roberts and Co": the name ends before the "and" */
                size_t last = comma || (strong && i - 1 > b &&
                                        (ex_tok_is(a, i - 1, "and") || ex_tok_is(a, i - 1, "&")))
                                  ? i - 2
                                  : i - 1;
                /* ("Sunvaal Renewables (Pty) Ltd": a suffix in brackets before it too) */
                if (strong && last >= b + 3 && ex_tok_is(a, last, ")") &&
                    ex_class_at(a, last - 1, last, LEX_CORPSFX, NULL) &&
                    ex_tok_is(a, last - 2, "("))
                    last -= 3;
                size_t e =
                    strong || comma ? ex_tk(a, last)->off + ex_tk(a, last)->len : t->off + t->len;
                /* "First Savings Bank of Florida", "Citizens State Bank of Silver Lake": a
                 * bank of a place is named with it */
                size_t pl;
                if (ex_tok_is(a, i, "bank") && i + 2 < s->t1 && ex_tok_is(a, i + 1, "of") &&
                    ex_capword(a, i + 2)) {
                    size_t q = i + 2;
                    if (ex_class_at(a, q, s->t1, LEX_PLACE, &pl))
                        q += pl;
                    else
                        while (q < s->t1 && q - i < 5 && ex_capword(a, q) &&
                               !ex_class_at(a, q, s->t1, LEX_CORPSFX, NULL) &&
                               !ex_class_at(a, q, q + 1, LEX_NOTNAME, NULL))
                            q++;
                    if (q > i + 2) e = ex_tk(a, q - 1)->off + ex_tk(a, q - 1)->len;
                }
                /* "Development Corp of America", "Ford Motor Co of Canada": a company "of"
                 * America or Canada is named with it (a city after "of" only says where one
                 * is: "Terumo Corp of Tokyo") */
                static const char *const of_land[] = {"America", "North America", "Canada", NULL};
                if (strong && !known && i + 2 < s->t1 &&
                    (ex_tok_is(a, i, "corp") || ex_tok_is(a, i, "co") ||
                     ex_tok_is(a, i, "corporation") || ex_tok_is(a, i, "company")) &&
                    ex_tok_is(a, i + 1, "of"))
                    for (size_t q = 0; of_land[q]; q++) {
                        int end = ex_ty_phrase(a, i + 2, s->t1, of_land[q]);
                        if (end) {
                            e = ex_tk(a, (size_t)end - 1)->off + ex_tk(a, (size_t)end - 1)->len;
                            break;
                        }
                    }
                /* "China Emerging Industries Fund", "Capital Partners Trust": a fund or
                 * trust named after a weak suffix */
                static const char *const fund[] = {"fund", "trust", "foundation", NULL};
                if (!strong && i + 1 < s->t1 && ex_capword(a, i + 1) && ex_ty_is(a, i + 1, fund))
                    e = ex_tk(a, i + 1)->off + ex_tk(a, i + 1)->len;
                ex_prov_add(a, ex_tk(a, b)->off, e);
            }
            continue;
        }
        /* cue words followed by a capitalised name: "shares of X", "to acquire X",
         * "construction group X" (lexicon class namecue) */
        /* (a cue may open a sentence written in lower case: "Shares of Hess rose") */
        /* "a stake of about 7% in Quillon Retail": a percentage of a stake, then "in" */
        /* ("offered to buy the 43% of AspenTech it does not own": a part bought "of" it) */
        int pct_of = i + 2 < s->t1 && ex_tok_is(a, i + 1, "of");
        if (ex_tok_is(a, i, "%") && i + 2 < s->t1 && (ex_tok_is(a, i + 1, "in") || pct_of) &&
            ex_capword(a, i + 2) && i >= s->t0 + 6) {
            int stake = 0;
            for (size_t q = i - 6; q < i && !stake; q++)
                stake = ex_class_at(a, q, q + 1, LEX_STAKE, NULL) ||
                        (pct_of && ex_class_at(a, q, q + 1, LEX_NAMECUE, NULL) &&
                         ex_class_at(a, q, q + 1, LEX_AGENTCUE, NULL));
            size_t b = i + 2, e2 = b;
            while (e2 < s->t1 && e2 - b < 6 && ex_name_part(a, e2, s->t1)) e2++;
            if (stake && e2 > b && !ex_not_company(a, b, e2, s->t0))
                ex_prov_add(a, ex_tk(a, b)->off, ex_tk(a, e2 - 1)->off + ex_tk(a, e2 - 1)->len);
            continue;
        }
        /* (in a headline in title case a cue is capitalised too: "Acquired by Novaris") */
        if (!(t->flags & EXTRACT_TOK_LOWER) && !(i == s->t0 && lower) && !(lower && !cl)) continue;
        if (ex_class_at(a, i, s->t1, LEX_NAMECUE, &l)) {
            size_t b = i + l, e2 = b, pl;
            /* "its insurance unit, Verity Life, to": a name in an appositive, closed by a
             * comma */
            int appos = 0;
            if (b + 2 < s->t1 && ex_tok_is(a, b, ",") && ex_capword(a, b + 1) &&
                (ex_tk(a, i)->flags & EXTRACT_TOK_LOWER))
                b++, e2 = b, appos = 1;
            /* "bought by Australia's Kestrel Metals": past a place and its possessive */
            if (b + 2 < s->t1 && (ex_tk(a, b + 1)->flags & EXTRACT_TOK_POSS) &&
                ex_class_at(a, b, b + 1, LEX_PLACE, &pl) && pl == 1) {
                b += 2, e2 = b;
                /* ("to buy Switzerland's ailing Ciba": and a word or two that describe it) */
                static const char *const joins[] = {"of", "in",  "for", "to", "from", "with",
                                                    "at", "on",  "and", "or", "the",  "a",
                                                    "an", "its", "by",  "as", "that", NULL};
                size_t d = b;
                while (d < s->t1 && d < b + 2 && (ex_tk(a, d)->flags & EXTRACT_TOK_LOWER) &&
                       !ex_ty_is(a, d, joins))
                    d++;
                if (d > b && d < s->t1 && ex_capword(a, d)) b = d, e2 = b;
            }
            /* "to acquire U.S.-based MorphoSys", "Munich-based Tessaly": past where it is based
             * (a place, or one capitalised word: a town the lexicon lacks) */
            else if (b + 3 < s->t1 && ex_capword(a, b)) {
                size_t q = ex_class_at(a, b, s->t1, LEX_PLACE, &pl) ? b + pl : b + 1;
                /* (a possessive after the run opens a longer name, found whole at its suffix:
                 * "purchased Miami-based Heinl's Nursery Inc") */
                size_t r = q + 2;
                while (r < s->t1 && r - q < 8 && ex_name_part(a, r, s->t1)) r++;
                if (q + 2 < s->t1 && ex_tok_is(a, q, "-") && ex_tok_is(a, q + 1, "based") &&
                    ex_capword(a, q + 2) && !(r < s->t1 && (ex_tk(a, r)->flags & EXTRACT_TOK_POSS)))
                    b = q + 2, e2 = b;
                /* ("Tokyo-based start-up Hoshino Robotics", "Munich-based chipmaker Tessaly":
                 * and what the company is) */
                else if (q + 3 < s->t1 && ex_tok_is(a, q, "-") && ex_tok_is(a, q + 1, "based")) {
                    size_t d = q + 2;
                    if (d + 3 < s->t1 && ex_tok_is(a, d, "start") && ex_tok_is(a, d + 1, "-") &&
                        ex_tok_is(a, d + 2, "up"))
                        d += 3;
                    else if (ex_company_kind(a, d))
                        d++;
                    if (d > q + 2 && d < s->t1 && ex_capword(a, d)) b = d, e2 = b;
                }
            }
            /* (a Romance name's particles between its words: "acquired by Compagnie de
             * Saint-Gobain", "by Banco di Napoli") */
            for (int parts = 0; e2 < s->t1 && e2 - b < 6;) {
                if (e2 > b && parts < 2 && e2 + 1 < s->t1 &&
                    (ex_tk(a, e2)->flags & EXTRACT_TOK_LOWER) &&
                    ex_ty_is(a, e2, ex_name_particles) && ex_capword(a, e2 + 1) &&
                    ex_name_part(a, e2 + 1, s->t1)) {
                    e2++, parts++;
                    continue;
                }
                if (!ex_name_part(a, e2, s->t1)) break;
                e2++;
            }
            /* "partnership with AI startup Nexora", "bought by U.S. chipmaker Vantix": past a
             * word or two in capitals and what the company is */
            if (e2 > b && e2 - b <= 2 && e2 + 1 < s->t1 && ex_company_kind(a, e2) &&
                ex_name_part(a, e2 + 1, s->t1)) {
                b = e2 + 1, e2 = b;
                while (e2 < s->t1 && e2 - b < 6 && ex_name_part(a, e2, s->t1)) e2++;
            }
            /* a name that goes on past "and" or "of" to a corporate suffix is found whole
             * there ("stake in Frost and Sullivan Inc"): not its first word here */
            size_t f = e2;
            while (f < s->t1 && f - b < 8 && (ex_name_part(a, f, s->t1) || name_joiner(a, s, f)))
                f++;
            if (f > e2 && ex_class_at(a, f - 1, f, LEX_CORPSFX, NULL)) e2 = b;
            /* ... and so is one a suffix ends right after the run ("stake in Kestrel Pharma
             * SpA": one company, not a shorter one beside it) */
            else if (f == e2 && f < s->t1 && suffix_word(a, f, s->t1))
                e2 = b;
            /* (in title case the words after a cue are capitalised whatever they are: "to Sell
             * Pet Food Unit", "to $7.5 Billion Takeover" name no company) */
            static const char *const sums[] = {"billion", "million", "bn", "mln", NULL};
            /* ... and what the company is comes capitalised before it: "in French AI Startup
             * Mistral AI" */
            if (lower && !cl)
                for (size_t q = e2; q-- > b + 1;)
                    if (ex_company_kind(a, q - 1) && q < e2) {
                        b = q;
                        break;
                    }
            if (lower && !cl)
                for (size_t q = b; q < e2; q++)
                    if (ex_class_at(a, q, q + 1, LEX_DEALOBJ, NULL) || ex_ty_is(a, q, sums)) {
                        e2 = b;
                        break;
                    }
            if (appos && !(e2 < s->t1 && ex_tok_is(a, e2, ","))) e2 = b;
            /* "department store chain Bramley's said": a possessive before a verb or the
             * clause's end is the name's own */
            static const char *const vb[] = {"said",   "says",      "will", "would", "has",
                                             "had",    "is",        "was",  "plans", "reported",
                                             "posted", "announced", ",",    ".",     NULL};
            if (e2 > b && e2 + 1 < s->t1 && (ex_tk(a, e2)->flags & EXTRACT_TOK_POSS) &&
                ex_ty_is(a, e2 + 1, vb))
                e2++;
            /* ("acquired the Limerick site from Kilvarren Pharma": a place naming the site) */
            if (e2 > b && e2 < s->t1 && (ex_tk(a, e2)->flags & EXTRACT_TOK_LOWER) &&
                ex_prov_site(a->text + ex_tk(a, e2)->off, ex_tk(a, e2)->len))
                e2 = b;
            /* ("the sale of its Kalajoki gold mine": a mine or a field named, what it yields
             * between) */
            static const char *const dug[] = {"mine",    "mines",   "field", "oilfield",
                                              "deposit", "smelter", "mill",  NULL};
            for (size_t q = e2;
                 e2 > b && q < s->t1 && q < e2 + 3 && (ex_tk(a, q)->flags & EXTRACT_TOK_LOWER); q++)
                if (ex_ty_is(a, q, dug)) {
                    e2 = b;
                    break;
                }
            if (e2 > b && !ex_not_company(a, b, e2, s->t0) &&
                (ex_tk(a, b)->flags & EXTRACT_TOK_WORD))
                ex_prov_add(a, ex_tk(a, b)->off, ex_tk(a, e2 - 1)->off + ex_tk(a, e2 - 1)->len);
        }
    }
    /* "Mars will acquire Kellanova", "Capital One agreed to buy Discover", "Chevron said on
     * Monday it would buy Hess": a name without a corporate suffix that opens a sentence is
     * the subject of a deal verb (lexicon class agentcue) a few auxiliary words later */
    if (lower) ex_discover_roles(a, s);
    /* "Name said it ..." at the start of a sentence, or after an opening clause and its comma
     * ("Struggling to compete, Harmon Appliances said on Tuesday it would close") */
    static const char *const days[] = {"Monday",   "Tuesday", "Wednesday", "Thursday",  "Friday",
                                       "Saturday", "Sunday",  "today",     "yesterday", NULL};
    size_t starts[2] = {s->t0, s->t0};
    for (size_t k = s->t0 + 2; k + 1 < s->t1 && k < s->t0 + 14; k++)
        if (ex_tok_is(a, k, ",")) {
            starts[1] = k + 1;
            break;
        }
    /* ... or after a wire's dateline ("LOS ANGELES, March 5 - Calderwood Investors said it") */
    if (ex_dateline_end(a, s) > s->t0) starts[1] = ex_dateline_end(a, s);
    /* ... or after a word in lower case ("... after Penhallow Textiles said it would") */
    for (size_t k = s->t0 + 1; k + 2 < s->t1; k++) {
        if (!ex_tok_is(a, k, "said")) continue;
        size_t it = k + 1 + (k + 3 < s->t1 && ex_ty_is(a, k + 1, days)); /* ("said Thursday it") */
        if (!(ex_tok_is(a, it, "it") || ex_tok_is(a, it, "its"))) continue;
        size_t b = k;
        while (b > s->t0 && k - b < 4 && ex_name_part(a, b - 1, s->t1)) b--;
        /* (not inside a longer name: "National Distillers and Chemical Corp said it") */
        static const char *const joins[] = {"and", "of", "&", "de", "du", "der", "la", NULL};
        /* (one word after what the company is: "Streaming service Streamwise said it") */
        static const char *const kinds_more[] = {"service", "platform", "app", "group", NULL};
        int kind = b < k && k - b == 1 && b > s->t0 &&
                   (ex_company_kind(a, b - 1) || ex_ty_is(a, b - 1, kinds_more));
        if (b < k && b > s->t0 && (ex_tk(a, b - 1)->flags & EXTRACT_TOK_LOWER) &&
            !ex_ty_is(a, b - 1, joins) && (k - b >= 2 || kind) && !ex_not_company(a, b, k, s->t0))
            ex_prov_add(a, ex_tk(a, b)->off, ex_tk(a, k - 1)->off + ex_tk(a, k - 1)->len);
    }
    for (int st = 0; st < 2; st++) {
        if (st && starts[1] == s->t0) break;
        i = starts[st];
        j = i;
        while (j < s->t1 && j - i < 4 && ex_name_part(a, j, s->t1)) j++;
        size_t q = j + 1; /* "said on Tuesday it", "said Thursday it" */
        if (q + 2 < s->t1 && ex_tok_is(a, q, "on") && ex_ty_is(a, q + 1, days))
            q += 2;
        else if (q + 1 < s->t1 && ex_ty_is(a, q, days))
            q++;
        /* (a one-word name after the clause that begins a longer one found before is its
         * short form: "Upon completion of the offering, Bally said it") */
        int shortf = st && j == i + 1 && ex_prov_longer(a, ex_tk(a, i)->h, 0) >= 0;
        /* (or "that", when the name's last word says what trade it is in: "Lahti Networks
         * said late Wednesday that CEO Greg Halvorsen is leaving"; a person says "that" as
         * often) */
        static const char *const trade[] = {
            "networks", "software", "energy",  "instruments", "semiconductor", "pharma",
            "biologics", "diagnostics", "telecom", "paper", "marine", "forest", "steel",
            "shipping", "motors", "chemicals", "foods", "airlines", "technologies", "systems",
            "labs", "therapeutics", "robotics", "logistics", "media", "retail", "stores",
            NULL};
        size_t qt = q;
        if (qt + 2 < s->t1 && ex_tok_is(a, j + 1, "late") && ex_ty_is(a, j + 2, days)) qt = j + 3;
        int that = j >= i + 2 && qt < s->t1 && ex_tok_is(a, qt, "that") &&
                   ex_ty_is(a, j - 1, trade);
        if (j > i && q < s->t1 && !shortf && ex_tok_is(a, j, "said") &&
            (ex_tok_is(a, q, "it") || ex_tok_is(a, q, "its") || that) &&
            !ex_not_company(a, i, j, s->t0))
            ex_prov_add(a, ex_tk(a, i)->off, ex_tk(a, j - 1)->off + ex_tk(a, j - 1)->len);
    }
}

/* ---------------------------------------------------------------- mentions, hits, numbers */

size_t ex_prov_match(art_t *a, size_t i, size_t end, int *which)
{
    size_t best = 0, nc = 0;
    /* the candidates share the first token; tried in the order they were found */
    for (long p = htab_first(&a->prov_first, ex_tk(a, i)->h); p >= 0;
         p = htab_next(&a->prov_first, p)) {
        if (ex_grow((void **)&a->scratch_l, &a->cap_scratch_l, nc + 1, sizeof *a->scratch_l)) {
            a->oom = 1;
            return 0;
        }
        a->scratch_l[nc++] = p;
    }
    for (size_t c = nc; c-- > 0;) {
        size_t p = (size_t)a->scratch_l[c];
        const prov_t *pv = &a->provs[p];
        size_t k, x; /* (k tokens of the name matched by x of the text) */
        if (pv->ncore <= best) continue;
        for (k = 0, x = 0; k < pv->ntoks && i + x < end; k++, x++) {
            const extract_tok_t *t = ex_tk(a, i + x), *q = &pv->toks[k];
            /* ("NOLAN NORTON" in a headline for "Nolan, Norton and Co": a name's comma may
             * be left out) */
            if (k > 0 && q->len == 1 && pv->name[q->off] == ',' && !ex_tok_is(a, i + x, ",")) {
                x--;
                continue;
            }
            if (t->h != q->h) break;
            if ((q->flags & (EXTRACT_TOK_CAP | EXTRACT_TOK_UPPER)) &&
                !(t->flags & (EXTRACT_TOK_CAP | EXTRACT_TOK_UPPER)))
                break;
        }
        /* "MILLER TABAK HAS 91.8 PCT OF PENN TRAFFIC" after <Miller Tabak Hirsch and Co>:
         * the first two words of a longer name, where a headline's verb or a ticker
         * follows, stand for it */
        int shortf = k >= 2 && k < pv->ncore && pv->ncore >= 3 &&
                     (i + x == end || ex_tok_is(a, i + x, "<") ||
                      ex_ty_is(a, i + x, ex_head_verbs) || prov_form_after(a, pv, k));
        if ((k >= pv->ncore || shortf) && x > best) {
            best = x;
            *which = (int)p;
        }
    }
    /* "Harbor Dental agrees to be bought by Crestline" over "Harbor Dental Group Inc. ...
     * agreed to be acquired by private equity firm Crestline Capital": in a headline in mixed
     * case, a name with no suffix that begins one longer name of the article (one only) is
     * its short form. (Not in the body, nor in a wire headline in capitals: "Norstar" and
     * "Norstar Bank", "Greyhound" and "Greyhound Lines" are a parent and its unit.) */
    if (best && a->nsents && i >= a->sents[0].t0 && i < a->sents[0].t1 &&
        !(ex_tk(a, i)->flags & EXTRACT_TOK_UPPER)) {
        const prov_t *sp = &a->provs[*which];
        long longer = -1;
        for (size_t c = 0; c < nc && sp->ntoks == sp->ncore && !sp->ent && longer != -2; c++) {
            size_t p = (size_t)a->scratch_l[c];
            const prov_t *q = &a->provs[p];
            if ((int)p == *which || q->ncore <= sp->ncore || q->ent) continue;
            size_t k = 0;
            while (k < sp->ncore && q->toks[k].h == sp->toks[k].h) k++;
            if (k < sp->ncore) continue;
            longer = longer >= 0 ? -2 : (long)p;
        }
        if (longer >= 0) *which = (int)longer;
    }
    return best;
}

int ex_co_at(art_t *a, size_t i, size_t end, co_t *out)
{
    const registry_entry_t *en = NULL;
    int pv = -1;
    if (i >= end) return 0;
    size_t l = registry_match(a->x->reg, a->text, a->toks.v, end, i, &en);
    size_t lp = ex_prov_match(a, i, end, &pv);
    if (!l && !lp) return 0;
    if (lp > l) {
        out->ent = a->provs[pv].ent;
        out->prov = a->provs[pv].ent ? -1 : pv;
        return 1;
    }
    if (en->kind == REGISTRY_REGULATOR) return 0;
    out->ent = en;
    out->prov = -1;
    return 1;
}

/* Is token i a quotation mark (straight or curly)? */
static int ty_quote_tok(const art_t *a, size_t i)
{
    const extract_tok_t *t = ex_tk(a, i);
    const char *p = a->text + t->off;
    return (t->len == 1 && p[0] == '"') || (t->len == 3 && (memcmp(p, "\xe2\x80\x9c", 3) == 0 ||
                                                            memcmp(p, "\xe2\x80\x9d", 3) == 0));
}

static int push_ment(art_t *a, co_t co, int reg, size_t t0, size_t t1)
{
    if (ex_grow((void **)&a->ments, &a->capments, a->nments + 1, sizeof *a->ments))
        return a->oom = 1, ERR_NOMEM;
    ment_t *m = &a->ments[a->nments++];
    m->co = co;
    m->regulator = reg;
    m->t0 = (uint32_t)t0;
    m->t1 = (uint32_t)t1;
    return 0;
}

/* The first word of a company found earlier, standing for it ("DNA's outstanding stock"
 * after DNA Medical Inc, "Caesars said" after Caesars World Inc): a distinctive word (not
 * of the lexicon's class generic), one name long, followed by a possessive or by a word that is not
 * a name. Returns 1 and the company in *which, or 0. */
static size_t prov_short(const art_t *a, size_t i, size_t end, int *which)
{
    const extract_tok_t *t = ex_tk(a, i);
    /* a word in capitals ("DNA's") in body text only, where the next word is in lower case */
    int body = i + 1 < end && (ex_tk(a, i + 1)->flags & (EXTRACT_TOK_POSS | EXTRACT_TOK_LOWER));
    if (!(t->flags & (EXTRACT_TOK_CAP | EXTRACT_TOK_UPPER)) || t->len < 3) return 0;
    if ((t->flags & EXTRACT_TOK_UPPER) && !body) return 0;
    if (i + 1 < end && !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_POSS) && ex_capword(a, i + 1))
        return 0;
    if (ex_class_at(a, i, i + 1, LEX_NOTNAME, NULL) || ex_class_at(a, i, i + 1, LEX_PLACE, NULL))
        return 0;
    /* a word many names open with ("Southwest", "Northern") stands for the one company of the
     * article it opens, in body text and not as a region ("the Southwest"): "Stone said it
     * will proceed with its acquisition of Southwest" after Southwest Forest Industries Inc */
    int generic = ex_class_at(a, i, i + 1, LEX_GENERIC, NULL) != 0;
    int after_ok =
        body || (i + 1 < end && (ex_tk(a, i + 1)->flags & EXTRACT_TOK_PUNCT)) || i + 1 == end;
    if (generic && (!(t->flags & EXTRACT_TOK_CAP) || (t->flags & EXTRACT_TOK_UPPER) || !after_ok ||
                    (i > 0 && (ex_tok_is(a, i - 1, "the") || ex_tok_is(a, i - 1, "a") ||
                               ex_tok_is(a, i - 1, "an") || ex_capword(a, i - 1)))))
        return 0;
    long found = -1;
    for (long p = htab_first(&a->prov_first, t->h); p >= 0; p = htab_next(&a->prov_first, p)) {
        const prov_t *pv = &a->provs[p];
        if (pv->ncore < 2 || pv->ent) continue;
        if (generic && found >= 0 && found != p) return 0; /* (two it may stand for) */
        if (found >= 0 && found != p) {
            /* "HALLMARK DATA" (a headline) and "Hallmark Data Systems": one company when
             * one name begins the other, the longer one; else two that share the word, and
             * the word alone stands for the one named first (a group, then "its battery
             * subsidiary Zhenhai Power": "Zhenhai's shares" are the group's) */
            const prov_t *q = &a->provs[found];
            const prov_t *lo = q->ntoks < pv->ntoks ? q : pv, *hi = lo == q ? pv : q;
            int same = 1;
            for (size_t k = 0; k < lo->ncore && same; k++)
                if (lo->toks[k].h != hi->toks[k].h) same = 0;
            if (!same) {
                if (p < found) found = p;
                continue;
            }
            if (hi == q) continue;
        }
        found = p;
    }
    if (found < 0) return 0;
    *which = (int)found;
    return 1;
}

/* The first two words of a company of three or more found earlier, standing for it ("Mark IV
 * currently owns" after Mark IV Industries Inc, "Trans World said" after Trans World Airlines
 * Inc): two capitalised words that open its name, not a place ("New York" of New York Times
 * Co), followed by a word that is not a name. Returns 2 and the company in *which, or 0. */
static size_t prov_short2(const art_t *a, size_t i, size_t end, int *which)
{
    if (i + 2 > end || !ex_capword(a, i) || !ex_capword(a, i + 1)) return 0;
    const extract_tok_t *t = ex_tk(a, i), *u = ex_tk(a, i + 1);
    if (!(t->flags & EXTRACT_TOK_WORD) || (u->flags & EXTRACT_TOK_POSS)) return 0;
    /* in capitals only in body text, where the next word is in lower case */
    int body = i + 2 < end && (ex_tk(a, i + 2)->flags & (EXTRACT_TOK_POSS | EXTRACT_TOK_LOWER));
    if (((t->flags & EXTRACT_TOK_UPPER) || (u->flags & EXTRACT_TOK_UPPER)) && !body) return 0;
    if (i + 2 < end && !(ex_tk(a, i + 2)->flags & EXTRACT_TOK_POSS) && ex_capword(a, i + 2))
        return 0;
    if (ex_class_at(a, i, i + 1, LEX_NOTNAME, NULL) || ex_class_at(a, i, i + 2, LEX_PLACE, NULL) ||
        ex_class_at(a, i, i + 1, LEX_PLACE, NULL))
        return 0;
    long found = -1;
    for (long p = htab_first(&a->prov_first, t->h); p >= 0; p = htab_next(&a->prov_first, p)) {
        const prov_t *pv = &a->provs[p];
        if (pv->ncore < 3 || pv->ent || pv->toks[1].h != u->h) continue;
        if (found >= 0 && found != p) return 0; /* (two it may stand for) */
        found = p;
    }
    if (found < 0) return 0;
    *which = (int)found;
    return 2;
}

/* "Kestrel Bio licenses cancer drug to Novaris" over "Kestrel Biosciences said": in a
 * headline in mixed case (the article's first sentence), a run of capitalised words (three at
 * most) whose first word opens one longer name of the article, and no other, names it. Returns
 * the run's length and the company in *which, or 0. */
static size_t head_short(const art_t *a, const sent_t *s, size_t i, int *which)
{
    if (s != a->sents || !(ex_tk(a, i)->flags & EXTRACT_TOK_CAP) ||
        (ex_tk(a, i)->flags & EXTRACT_TOK_UPPER) || ex_class_at(a, i, i + 1, LEX_NOTNAME, NULL) ||
        ex_class_at(a, i, i + 1, LEX_PLACE, NULL) || ex_class_at(a, i, i + 1, LEX_GENERIC, NULL))
        return 0;
    size_t j = i + 1;
    while (j < s->t1 && j < i + 3 && ex_capword(a, j) &&
           !(ex_tk(a, j)->flags & EXTRACT_TOK_UPPER) && !ex_ty_is(a, j, ex_head_verbs))
        j++;
    long found = -1;
    for (long p = htab_first(&a->prov_first, ex_tk(a, i)->h); p >= 0;
         p = htab_next(&a->prov_first, p)) {
        const prov_t *pv = &a->provs[p];
        if (pv->ncore < 2 || pv->ent) continue;
        if (found >= 0 && found != p) return 0;
        found = p;
    }
    if (found < 0) return 0;
    *which = (int)found;
    return j - i;
}

void ex_find_mentions(art_t *a, const sent_t *s)
{
    a->nments = 0;
    for (size_t i = s->t0; i < s->t1 && !a->oom;) {
        const extract_tok_t *t = ex_tk(a, i);
        size_t tk, ml;
        if ((ex_tok_is(a, i, "(") || ex_tok_is(a, i, "<")) &&
            (ml = ex_ticker_mark(a, i, s->t1, &tk))) {
            i += ml; /* "(NASDAQ: AAPL)", "<BAC.N>" name no company themselves */
            continue;
        }
        if (!(t->flags & (EXTRACT_TOK_WORD | EXTRACT_TOK_NUM)) ||
            ((t->flags & EXTRACT_TOK_LOWER) && !ex_capword(a, i))) {
            i++;
            continue;
        }
        const registry_entry_t *en = NULL;
        int pv = -1;
        size_t l = registry_match(a->x->reg, a->text, a->toks.v, s->t1, i, &en);
        size_t lp = ex_prov_match(a, i, s->t1, &pv);
        /* "HARRIS UPS CENTERRE <CTBC> STAKE": in a headline in capitals, "UPS" after a
         * name is the verb */
        if (l == 1 && !lp && i > s->t0 && ex_tok_is(a, i, "ups") &&
            (t->flags & EXTRACT_TOK_UPPER) && ex_capword(a, i - 1) && i + 1 < s->t1 &&
            ex_capword(a, i + 1))
            l = 0;
        /* "QUARLES <QRLS> SUES HARTWELL" over "Quarles Pharmaceutical Inc said": a name seen
         * only in a headline's capitals that begins a longer one of the body is that company */
        /* (its legal form apart: "MERCHANTS AND PLANTERS" over "Merchants and Planters
         * Bancorp") */
        /* (and a name of two words or more that the body writes longer past "and" or "&":
         * "TO ACQUIRE SUMMIT TOOL" over "Summit Tool and Die Inc") */
        if (lp && !l && pv >= 0 && !a->provs[pv].ent &&
            (a->provs[pv].upper_only || a->provs[pv].ncore >= 2)) {
            const prov_t *sp = &a->provs[pv];
            long best_q = -1;
            for (long q = htab_first(&a->prov_first, sp->toks[0].h); q >= 0;
                 q = htab_next(&a->prov_first, q)) {
                const prov_t *lq = &a->provs[q];
                if (q == pv || lq->upper_only || lq->ent || lq->ntoks <= sp->ncore) continue;
                if (!sp->upper_only &&
                    !(lq->toks[sp->ncore].len == 1 && lq->name[lq->toks[sp->ncore].off] == '&') &&
                    !(lq->toks[sp->ncore].len == 3 &&
                      strncasecmp(lq->name + lq->toks[sp->ncore].off, "and", 3) == 0))
                    continue;
                int same = 1;
                for (size_t k = 0; k < sp->ncore && same; k++)
                    same = lq->toks[k].h == sp->toks[k].h;
                if (same && (best_q < 0 || q < best_q)) best_q = q; /* (the one named first) */
            }
            if (best_q >= 0) pv = (int)best_q;
        }
        /* "the sale of Abbott" after "the Abbott Mills division": a registry company's short
         * alias ("Abbott" of Abbott Laboratories) that opens a longer name of the article stands
         * for that name */
        if (l == 1 && !lp && en && en->kind != REGISTRY_REGULATOR) {
            char w[64], nm[64];
            size_t nw = squash(a->text + t->off, t->len, w, sizeof w);
            size_t nn = squash(en->name, strlen(en->name), nm, sizeof nm);
            int sh;
            /* (not when the article names the registry company in full: "Sears, Roebuck and
             * Co" beside "Sears Merchandise Group") */
            const char *n2 = strchr(en->name, ' ');
            size_t l2 = 0;
            while (n2 && *n2 == ' ') n2++;
            while (n2 && (ex_alpha_c((unsigned char)n2[l2]) || ex_digit_c((unsigned char)n2[l2])))
                l2++;
            /* (the cheap questions first: a scan of the article only when the word opens an
             * article's name) */
            if (nw && nn > nw && strncmp(w, nm, nw) == 0 && prov_short(a, i, s->t1, &sh) &&
                !(l2 && word_then(a, t->h, extract_tok_hash(n2, l2))) && !word_with_suffix(a, t->h))
                l = 0;
        }
        if (!l && !lp) lp = prov_short(a, i, s->t1, &pv);
        if (!l && !lp) lp = head_short(a, s, i, &pv);
        if (!l && !lp) lp = prov_short2(a, i, s->t1, &pv);
        if (!l && !lp) {
            i++;
            continue;
        }
        co_t co;
        int reg = 0;
        if (lp > l && a->provs[pv].ent) { /* named by its ticker */
            co.ent = a->provs[pv].ent;
            co.prov = -1;
            l = lp;
        } else if (lp > l) {
            co.ent = NULL;
            co.prov = pv;
            l = lp;
        } else {
            co.ent = en;
            co.prov = -1;
            reg = en->kind == REGISTRY_REGULATOR;
        }
        size_t e = i + l;
        /* absorb "Inc", "Corp." */
        if (e < s->t1 && suffix_word(a, e, s->t1) && (ex_capword(a, e) || ex_tok_is(a, e, "plc"))) {
            e++;
            if (e < s->t1 && ex_tok_is(a, e, ".") && !(ex_tk(a, e)->flags & EXTRACT_TOK_SPACE)) e++;
        }
        /* "Paramount-style studio Silverline": a company named as a likeness is none */
        static const char *const likeness[] = {"style", "like", "type", "sized", "inspired", NULL};
        if (e + 1 < s->t1 && ex_tok_is(a, e, "-") && !(ex_tk(a, e)->flags & EXTRACT_TOK_SPACE) &&
            ex_ty_is(a, e + 1, likeness)) {
            i = e;
            continue;
        }
        /* "according to LSEG data": a source of figures is no party to the news */
        static const char *const data[] = {"data",    "estimates", "figures", "calculations",
                                           "numbers", "polls",     "survey",  NULL};
        if (i >= s->t0 + 2 && e < s->t1 && ex_tok_is(a, i - 2, "according") &&
            ex_tok_is(a, i - 1, "to") && ex_ty_is(a, e, data)) {
            i = e;
            continue;
        }
        /* ... nor is a market index: "The STOXX Europe Aerospace and Defence index was up",
         * "the KBW Regional Banking Index" */
        {
            size_t q = e;
            static const char *const index_w[] = {"index", "indices", "indexes", NULL};
            /* (its own word in capitals too: "Index") */
            while (q < s->t1 && q < e + 4 && !ex_ty_is(a, q, index_w) &&
                   (ex_capword(a, q) || ex_tok_is(a, q, "and")))
                q++;
            if (q < s->t1 && ex_ty_is(a, q, index_w)) {
                i = q;
                continue;
            }
        }
        /* ... nor is a pollster: "expected by analysts in an LSEG poll", "the Visible Alpha
         * consensus", "FactSet data showed" (not "Equinix data centers") */
        static const char *const poll[] = {"poll", "polls", "consensus", NULL};
        static const char *const sites[] = {"center", "centers", "centre", "centres", NULL};
        if (e < s->t1 &&
            (ex_ty_is(a, e, poll) ||
             (ex_tok_is(a, e, "data") && !(e + 1 < s->t1 && ex_ty_is(a, e + 1, sites)) &&
              i > s->t0 && (ex_tk(a, i - 1)->flags & EXTRACT_TOK_LOWER)))) {
            i = e;
            continue;
        }
        /* ... nor a site: "to Invest $220 Million in Limerick Sterile Manufacturing Campus"
         * (ex_prov_add refuses it too) */
        if (e > i + 1 && ex_prov_site(a->text + ex_tk(a, e - 1)->off, ex_tk(a, e - 1)->len)) {
            i = e;
            continue;
        }
        /* "based on a survey of analysts by LSEG", "estimates compiled by FactSet": the
         * same */
        static const char *const polled[] = {"survey", "compiled", "polled", "analysts", NULL};
        if (i >= s->t0 + 2 && ex_tok_is(a, i - 1, "by") && ex_ty_is(a, i - 2, polled)) {
            i = e;
            continue;
        }
        /* ("Zamora Home Stores, Inc. (NASDAQ: ZHOM) ("Zamora Home" or the "Company")": a
         * release's defined term for the company named right before it is that company) */
        if (!reg && a->nments && i >= s->t0 + 2 && ex_tok_is(a, i - 2, "(") &&
            ex_tk(a, i - 1)->len <= 3 && ty_quote_tok(a, i - 1)) {
            /* (the name before that opens with the term's first word: not "L.P." of
             * "Haverstock Midstream Partners, L.P. (NYSE: HVSM) ("Haverstock")") */
            for (size_t mk = a->nments; mk-- > 0 && mk + 3 >= a->nments;) {
                const ment_t *pm = &a->ments[mk];
                int lower = 0;
                for (size_t q = pm->t1; q < i - 2 && !lower; q++)
                    lower = (ex_tk(a, q)->flags & EXTRACT_TOK_LOWER) != 0;
                if (lower || pm->t1 > i - 2 || pm->t1 + 12 < i - 2) break;
                if (!pm->regulator && ex_tk(a, pm->t0)->h == ex_tk(a, i)->h) {
                    co = pm->co;
                    break;
                }
            }
        }
        push_ment(a, co, reg, i, e);
        i = e;
    }
}
/* Resolves a description ("the social media giant", "the company") to a context company. */
int ex_resolve_desc(const art_t *a, const sent_t *s, size_t lo, size_t hi, const co_t *avoid,
                    size_t navoid, co_t *out)
{
    size_t where;
    int pron = ex_hit_in(a, LEX_PRON, lo, hi, &where);
    int desc = ex_hit_in(a, LEX_DESC, lo, hi, &where);
    if (!pron && !desc) return 0;
    /* ("The government is planning to sell its 25.55 pct stake in VEBA AG": "its" is the
     * state's, no company's) */
    static const char *const state_w[] = {"government", "ministry", "treasury", "authorities",
                                          NULL};
    if (pron && !desc && ex_ty_find(a, lo, where, state_w) >= 0) return 0;
    if (s->seg > 0 && a->ctx_seg == s->seg && a->nctx) {
        int best = -1, bests = -1;
        for (size_t c = 0; c < a->nctx; c++) {
            int skip = 0;
            for (size_t v = 0; v < navoid; v++)
                if (ex_co_eq(a, avoid[v], a->ctx[c])) skip = 1;
            if (skip) continue;
            int score = 0;
            const char *sec = a->ctx[c].ent ? a->ctx[c].ent->sector : NULL;
            if (desc && sec) {
                for (size_t w = where > lo + 3 ? where - 3 : lo; w <= where; w++) {
                    const extract_tok_t *t = ex_tk(a, w);
                    if (!(t->flags & EXTRACT_TOK_WORD) || t->len < 3) continue;
                    const char *p = sec;
                    while ((p = strstr(p, "")) && *p) {
                        size_t l = strcspn(p, " ");
                        if (l == t->len && strncasecmp(p, a->text + t->off, l) == 0) score++;
                        p += l;
                        while (*p == ' ') p++;
                    }
                }
            }
            if (score > bests) bests = score, best = (int)c;
        }
        if (best < 0) return 0;
        *out = a->ctx[best];
        return 1;
    }
    /* ("Company also said it raised the quarterly dividend", a wire results story's note
     * after a division's sale: the bare "Company" is the story's own) */
    /* (nor "the Company", a release's defined term for the issuer: "Thornaby Ratings
     * upgraded the Company's issuer credit rating") */
    co_t own;
    int defined = desc && ex_tok_is(a, where, "company") &&
                  (ex_tk(a, where)->flags & EXTRACT_TOK_CAP) && where > s->t0 &&
                  ex_tok_is(a, where - 1, "the");
    if (s->seg == 0 &&
        ((lo == s->t0 && ex_tok_is(a, s->t0, "company") &&
          (ex_tk(a, s->t0)->flags & EXTRACT_TOK_CAP)) ||
         defined) &&
        ex_article_subject(a, &own)) {
        int avoided = 0;
        for (size_t v = 0; v < navoid; v++) avoided |= ex_co_eq(a, avoid[v], own);
        if (!avoided) {
            *out = own;
            return 1;
        }
    }
    if (s->seg == 0 && a->have_subj) {
        co_t subj = a->last_subj;
        /* "Rival Colebrook Financial gained 1.2%. The bank also said ...": a rival named in
         * passing is not what "the bank" stands for; the article's most named company is */
        /* (nor are its backers: "Existing investors Bricklin Oak Partners and Sagehollow Fund
         * also took part. The company ... plans to open a factory") */
        static const char *const rival[] = {"rival",     "rivals",   "peer",    "competitor",
                                            "investors", "investor", "backers", NULL};
        co_t dom;
        if (s > a->sents && s[-1].seg == s->seg) {
            long r = ex_ty_find(a, s[-1].t0, s[-1].t1, rival);
            /* (the rival is what the sentence before opened with: "Rival Colebrook ...", not
             * "X agreed to sell stores to rival Carefield") */
            int other = 0;
            if (r >= 0 && (size_t)r + 1 < s[-1].t1) {
                const char *id, *name, *tick;
                ex_co_name(a, subj, &id, &name, &tick);
                const extract_tok_t *t = ex_tk(a, (size_t)r + 1);
                other = name && !(strncasecmp(name, a->text + t->off, t->len) == 0 &&
                                  (name[t->len] == 0 || name[t->len] == ' '));
            }
            if (r >= 0 && (size_t)r + 1 < s[-1].t1 && ex_capword(a, (size_t)r + 1) && !other &&
                ex_dominant(a, subj, &dom))
                subj = dom;
        }
        /* "Waddingham had been executive vice president of Glentham Controls Inc, a maker of
         * industrial sensors. The maker of flow meters ... said": a company named as where a
         * person held a post is not what "the maker" stands for */
        if (s > a->sents && s[-1].seg == s->seg) {
            /* (the sentence's mentions are gone: its words are read, the name's first) */
            static const char *const title[] = {"president", "chairman",  "officer",   "director",
                                                "executive", "treasurer", "head",      "manager",
                                                "partner",   "founder",   "secretary", NULL};
            /* (a post held before: not "to become president and chief executive officer of
             * Genex", the company itself) */
            static const char *const was_post[] = {"had been",  "formerly", "previously", "former",
                                                   "served as", "was",      NULL};
            const char *id, *name, *tick;
            ex_co_name(a, subj, &id, &name, &tick);
            int post = 0;
            /* (the sentence before, or the one before it: "Owmby, who founded Stickney in
             * 1958, will remain a director" between) */
            const sent_t *p0 = s - 1 > a->sents && s[-2].seg == s->seg ? s - 2 : s - 1;
            for (size_t k = p0->t0 + 1; name && k + 1 < s[-1].t1 && !post; k++) {
                const extract_tok_t *t = ex_tk(a, k + 1);
                post =
                    ex_tok_is(a, k, "of") && ex_ty_is(a, k - 1, title) &&
                    strncasecmp(name, a->text + t->off, t->len) == 0 &&
                    (name[t->len] == 0 || name[t->len] == ' ') &&
                    ex_ty_find_phrase(a, k > p0->t0 + 8 ? k - 8 : p0->t0, k, was_post, NULL) >= 0;
            }
            if (post && ex_dominant(a, subj, &dom)) subj = dom;
        }
        /* "Moody's upgraded Harbourside's rating. The bank said ...": an analyst of an
         * earlier sentence is not what "the bank" stands for either */
        if (s > a->sents && s[-1].seg == s->seg) {
            const char *sid = ex_co_id(a, subj);
            int analyst = 0;
            /* (the events of the sentence before are the last ones: no older one is read,
             * so a long article stays linear) */
            for (size_t i = a->out->n; i-- > a->out_base && !analyst;) {
                const event_t *d = &a->out->items[i];
                if (d->source.offset < (long long)s[-1].off) break;
                for (size_t c = 0; c < d->ncompanies && !analyst; c++)
                    analyst = d->companies[c].role &&
                              strcmp(d->companies[c].role, "analyst") == 0 &&
                              strcmp(d->companies[c].id, sid) == 0;
            }
            if (analyst && ex_dominant(a, subj, &dom)) subj = dom;
        }
        /* "Sarvar ... retained Marcali and Co to explore the sale of its Celldomolk Aviation
         * subsidiary ... Celldomolk had 1986 sales of about 88 mln dlrs. The company also said
         * it will eliminate about 350 jobs": a unit the segment sells is not what "the company"
         * stands for; its seller is */
        {
            const char *sid = ex_co_id(a, subj);
            const char *seller = NULL;
            for (size_t i = a->out->n, elo = ex_out_recent(a); i-- > elo && !seller;) {
                const event_t *d = &a->out->items[i];
                if (a->ev_seg[i - a->out_base] != s->seg) break;
                if (d->type != EVENT_ACQUISITION && d->type != EVENT_INVESTMENT) continue;
                int sold = 0;
                for (size_t c = 0; c < d->ncompanies; c++)
                    sold |= d->companies[c].role && strcmp(d->companies[c].role, "target") == 0 &&
                            strcmp(d->companies[c].id, sid) == 0;
                for (size_t c = 0; sold && c < d->ncompanies && !seller; c++)
                    if (d->companies[c].role && strcmp(d->companies[c].role, "seller") == 0)
                        seller = d->companies[c].id;
            }
            if (seller) {
                const registry_entry_t *en = registry_find(a->x->reg, seller);
                int pv = en ? -1 : ex_prov_find(a, seller);
                if (en || pv >= 0) subj.ent = en, subj.prov = pv;
            }
        }
        for (size_t v = 0; v < navoid; v++)
            if (ex_co_eq(a, avoid[v], subj)) return 0;
        *out = subj;
        return 1;
    }
    return 0;
}

/* The company most mentioned so far, other than c. */
int ex_dominant(const art_t *a, co_t c, co_t *out)
{
    int best = -1;
    for (size_t i = 0; i < a->ncounts; i++) {
        if (ex_co_eq(a, a->counts_co[i], c)) continue;
        if (best < 0 || a->counts_n[i] > a->counts_n[best]) best = (int)i;
    }
    if (best < 0) return 0;
    *out = a->counts_co[best];
    return 1;
}

void ex_count_company(art_t *a, co_t c)
{
    for (size_t i = 0; i < a->ncounts; i++)
        if (ex_co_eq(a, a->counts_co[i], c)) {
            a->counts_n[i]++;
            return;
        }
    if (a->ncounts < 64) {
        a->counts_co[a->ncounts] = c;
        a->counts_n[a->ncounts++] = 1;
    }
}

int ex_article_subject(const art_t *a, co_t *out)
{
    int best = -1;
    for (size_t i = 0; i < a->ncounts; i++)
        if (best < 0 || a->counts_n[i] > a->counts_n[best]) best = (int)i;
    if (best < 0) return 0;
    *out = a->counts_co[best];
    return 1;
}
