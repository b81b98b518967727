/* extract: the extractor's driver. Loads its data once (extract_new) and runs one article
 * through the pipeline (extract_article): structure and sentences, provisional companies,
 * then per sentence the analysis (lexicon hits, mentions, numbers, dates) and the rule
 * table. The stages live in extract_*.c (see extract_int.h). */
#include "extract_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "embed.h"
#include "mem.h"
#include "tsv.h"

int ex_grow(void **v, size_t *cap, size_t need, size_t sz)
{
    if (need <= *cap) return 0;
    size_t nc = *cap ? *cap : 16;
    while (nc < need) nc *= 2;
    void *p = mem_realloc(*v, nc * sz);
    if (!p) return ERR_NOMEM;
    *v = p;
    *cap = nc;
    return 0;
}

int ex_tok_is(const art_t *a, size_t i, const char *w)
{
    const extract_tok_t *t = ex_tk(a, i);
    size_t n = strlen(w);
    return t->len == n && strncasecmp(a->text + t->off, w, n) == 0;
}

size_t extract_parse_date(const char *s, size_t n, char out[11])
{
    return date_parse_text(s, n, out);
}

/* Finds company and regulator mentions, lexicon hits, numbers and dates of sentence s. */
static void analyse(art_t *a, const sent_t *s)
{
    a->nhits = 0;
    for (size_t i = s->t0; i < s->t1 && !a->oom; i++) {
        extract_lex_hit_t h[MAX_HITS_AT];
        size_t k = extract_lex_match(a->x->lex, a->text, a->toks.v, s->t1, i, h, MAX_HITS_AT);
        if (k) {
            if (ex_grow((void **)&a->hits, &a->caphits, a->nhits + k, sizeof *a->hits)) {
                a->oom = 1;
                return;
            }
            memcpy(a->hits + a->nhits, h, k * sizeof *h);
            a->nhits += k;
        }
    }
    ex_find_mentions(a, s);
    ex_find_numbers(a, s);
    ex_find_dates(a, s);
}

/* ---------------------------------------------------------------- API */

/* abbreviations.tsv: abbreviation<TAB>never|maybe (may it end a sentence?). */
static int extract_abbrev_line(void *ctx, char **f, size_t nf, err_t *e)
{
    extract_t *x = ctx;
    if (nf < 2) return 0;
    char **v = mem_realloc(x->abbrev, (x->nabbrev + 1) * sizeof *v);
    if (!v) return err_set(e, ERR_NOMEM, "out of memory");
    x->abbrev = v;
    unsigned char *m = mem_realloc(x->abbrev_maybe, x->nabbrev + 1);
    if (!m) return err_set(e, ERR_NOMEM, "out of memory");
    x->abbrev_maybe = m;
    if (!(x->abbrev[x->nabbrev] = mem_strdup(f[0]))) return err_set(e, ERR_NOMEM, "out of memory");
    x->abbrev_maybe[x->nabbrev++] = strncmp(f[1], "maybe", 5) == 0;
    return 0;
}

int extract_new(const registry_t *reg, extract_t **out, err_t *e)
{
    extract_t *x = mem_calloc(1, sizeof *x);
    int rc;
    *out = NULL;
    if (!x) return err_set(e, ERR_NOMEM, "out of memory");
    x->reg = reg;
    x->lex = extract_lex_new();
    if (!x->lex) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto fail;
    }
    if ((rc = extract_lex_load_builtin(x->lex, e))) goto fail;
    const embed_file_t *ab = embed_find("abbreviations.tsv");
    if (!ab) {
        rc = err_set(e, ERR_INTERNAL, "built-in abbreviations.tsv missing");
        goto fail;
    }
    if ((rc = tsv_each(ab->data, ab->len, 2, extract_abbrev_line, x, "abbreviations.tsv", e)))
        goto fail;
    *out = x;
    return 0;
fail:
    extract_free(x);
    return rc;
}

void extract_free(extract_t *x)
{
    if (!x) return;
    extract_lex_free(x->lex);
    for (size_t i = 0; i < x->nabbrev; i++) mem_free(x->abbrev[i]);
    mem_free(x->abbrev);
    mem_free(x->abbrev_maybe);
    mem_free(x);
}

int extract_article(const extract_t *x, const extract_input_t *in, event_list_t *out, err_t *e)
{
    art_t a;
    int rc = 0;
    memset(&a, 0, sizeof a);
    a.x = x;
    a.in = in;
    a.text = in->text;
    a.len = in->len;
    a.out = out;
    a.out_base = out->n;
    a.ctx_seg = -1;
    buf_init(&a.scratch);
    if (in->len >= UINT32_MAX) return err_set(e, ERR_DATA, "article too large");
    if ((rc = ex_structure(&a))) goto out;
    for (size_t i = 0; i < a.nsents && !a.oom; i++) ex_discover(&a, &a.sents[i]);
    for (size_t i = 0; i < a.nsents && !a.oom; i++) {
        const sent_t *s = &a.sents[i];
        analyse(&a, s);
        if (a.oom) break;
        if (s->headline) {
            if (a.ctx_seg != s->seg) a.nctx = 0;
            a.ctx_seg = s->seg;
            for (size_t k = 0; k < a.nments && a.nctx < MAX_CTX; k++)
                if (!a.ments[k].regulator) a.ctx[a.nctx++] = a.ments[k].co;
        }
        if (s->seg == 0)
            for (size_t k = 0; k < a.nments; k++)
                if (!a.ments[k].regulator) ex_count_company(&a, a.ments[k].co);
        ex_run_rules(&a, s);
        if (s->seg == 0) {
            for (size_t k = 0; k < a.nments; k++)
                if (!a.ments[k].regulator) {
                    a.last_subj = a.ments[k].co;
                    a.have_subj = 1;
                    break;
                }
        }
    }
    if (a.oom) rc = ERR_NOMEM;
out:
    if (rc) {
        while (out->n > a.out_base) event_list_pop(out);
        err_set(e, rc, "extracting events: %s", err_str(rc));
    }
    for (size_t i = 0; i < a.nprov; i++) {
        mem_free(a.provs[i].id);
        mem_free(a.provs[i].name);
        mem_free(a.provs[i].toks);
    }
    mem_free(a.provs);
    mem_free(a.sents);
    mem_free(a.ments);
    mem_free(a.hits);
    mem_free(a.ev_seg);
    extract_toks_release(&a.toks);
    buf_release(&a.scratch);
    return rc;
}
