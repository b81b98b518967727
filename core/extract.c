/* extract: the extractor's driver. Loads its data once (extract_new) and runs one article
 * through the pipeline (extract_article): structure and sentences, provisional companies,
 * then per sentence the analysis (lexicon hits, mentions, numbers, dates) and the rule
 * table. The stages live in extract_*.c (see extract_int.h). */
#include "extract_int.h"

#include "detect.h"

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

size_t extract_parse_date(const char *s, size_t n, char out[11])
{
    return date_parse_text(s, n, out);
}

/* Finds every lexicon phrase at every token once (ex_lex_hits, ex_class_at read it). */
static int lex_index(art_t *a)
{
    _Static_assert(LEX_CLASS_COUNT <= 32, "a token's classes are bits of a uint32_t");
    a->lexm_at = mem_alloc((a->toks.n + 1) * sizeof *a->lexm_at);
    a->lexcls_at = mem_calloc(a->toks.n + 1, sizeof *a->lexcls_at);
    /* (lexm is read at lexm_at[i] even when no phrase starts anywhere: never NULL; sized for
     * about a phrase per two tokens, so that it is seldom grown) */
    if (!a->lexm_at || !a->lexcls_at ||
        ex_grow((void **)&a->lexm, &a->caplexm, a->toks.n / 2 + 16, sizeof *a->lexm))
        return ERR_NOMEM;
    const uint64_t *first = extract_lex_first(a->x->lex);
    for (size_t si = 0; si < a->nsents; si++) {
        const sent_t *s = &a->sents[si];
        /* in blocks of tokens: those where a phrase may start (a bit per first word; whether
         * a token is one is a coin toss, so they are gathered without a branch), then their
         * phrases, then each token's first phrase (lexm_at, again without a branch) */
        for (size_t b = s->t0; b < s->t1; b += 64) {
            size_t be = s->t1 - b < 64 ? s->t1 : b + 64, nc = 0;
            uint32_t cand[64], km[64];
            for (size_t i = b; i < be; i++) {
                unsigned fb = extract_lex_first_bit(a->toks.v[i].h);
                km[i - b] = 0;
                cand[nc] = (uint32_t)i;
                nc += (size_t)((first[fb >> 6] >> (fb & 63)) & 1);
            }
            uint32_t run = (uint32_t)a->nlexm;
            for (size_t c = 0; c < nc; c++) {
                size_t i = cand[c];
                const extract_lex_entry_t *m[EXTRACT_LEX_MAX_MATCHES];
                size_t k = extract_lex_matches(a->x->lex, a->text, a->toks.v, s->t1, i, m,
                                               EXTRACT_LEX_MAX_MATCHES);
                if (ex_grow((void **)&a->lexm, &a->caplexm, a->nlexm + k + 1, sizeof *a->lexm))
                    return ERR_NOMEM;
                memcpy(a->lexm + a->nlexm, m, k * sizeof *m);
                for (size_t q = 0; q < k; q++) a->lexcls_at[i] |= (uint32_t)1 << m[q]->cls;
                a->nlexm += k;
                km[i - b] = (uint32_t)k;
            }
            for (size_t i = b; i < be; i++) {
                a->lexm_at[i] = run;
                run += km[i - b];
            }
        }
    }
    a->lexm_at[a->toks.n] = (uint32_t)a->nlexm;
    return 0;
}

/* Finds company and regulator mentions, lexicon hits, numbers and dates of sentence s. */
static void analyse(art_t *a, const sent_t *s)
{
    a->nhits = 0;
    for (size_t b = s->t0; b < s->t1 && !a->oom; b += 64) {
        /* the tokens with a phrase (a minority, but no pattern a branch predicts), gathered
         * without a branch */
        size_t be = s->t1 - b < 64 ? s->t1 : b + 64, nc = 0;
        uint32_t cand[64];
        for (size_t i = b; i < be; i++) {
            cand[nc] = (uint32_t)i;
            nc += a->lexcls_at[i] != 0;
        }
        for (size_t c = 0; c < nc && !a->oom; c++) {
            size_t i = cand[c];
            extract_lex_hit_t h[MAX_HITS_AT];
            size_t k = ex_lex_hits(a, i, s->t1, h, MAX_HITS_AT);
            if (k) {
                if (ex_grow((void **)&a->hits, &a->caphits, a->nhits + k, sizeof *a->hits)) {
                    a->oom = 1;
                    return;
                }
                memcpy(a->hits + a->nhits, h, k * sizeof *h);
                a->nhits += k;
            }
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
    if (!(x->abbrev[x->nabbrev] = mem_strdup(f[0])) ||
        htab_add(&x->abbrev_idx, extract_tok_hash(f[0], strlen(f[0])))) {
        mem_free(x->abbrev[x->nabbrev]);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    x->abbrev_maybe[x->nabbrev++] = strncmp(f[1], "maybe", 5) == 0;
    return 0;
}

/* Hands the rules' candidates to the learned detector (core/detect.h) with the article's
 * subject company (ex_article_subject: the headline's first company, else the most named). */
static int extract_detect(art_t *a, err_t *e)
{
    detect_article_t d = {a->text,    a->len,      a->dateline,  NULL, NULL, NULL,
                          a->in->doc, a->in->name, a->in->title, NULL, 0};
    co_t subj;
    if (ex_article_subject(a, &subj))
        ex_co_name(a, subj, &d.subject_id, &d.subject_name, &d.subject_ticker);
    /* the related stories' headlines (at most 16) */
    size_t heads[32], nh = 0;
    for (size_t i = 0; i < a->nsents && nh < 16; i++)
        if (a->sents[i].headline && a->sents[i].seg > 0) {
            heads[2 * nh] = a->sents[i].off;
            heads[2 * nh + 1] = a->sents[i].end;
            nh++;
        }
    d.heads = heads;
    d.nheads = nh;
    return detect_apply(a->x->model, &d, a->out, a->out_base, e);
}

void extract_set_model(extract_t *x, const model_t *m)
{
    x->model = m;
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
    htab_release(&x->abbrev_idx);
    mem_free(x);
}

/* Drops the events of out[base..n) that do not validate, keeping the others in order: a
 * reading merged into another (a prior figure read without its scale, "171.7 mlnK") may
 * break a bound, and the extractor never hands on an event the log would refuse. */
/* Drops the article's events that do not validate, the figures of its results told again
 * as metric changes (ex_results_echo) and the headline's deals the body tells whole
 * (ex_deal_headline_echo). */
static int extract_drop_invalid(art_t *a)
{
    event_list_t *out = a->out;
    size_t base = a->out_base, k = base;
    unsigned char *echo = mem_calloc(out->n - base + 1, 1);
    if (!echo) return ERR_NOMEM;
    for (size_t i = base; i < out->n; i++)
        echo[i - base] =
            (unsigned char)(ex_results_echo(a, i - base) || ex_deal_headline_echo(a, i - base));
    for (size_t i = base; i < out->n; i++) {
        event_t *ev = &out->items[i];
        if (echo[i - base] || event_validate(ev, NULL) != 0) {
            event_release(ev);
            continue;
        }
        if (k != i) {
            out->items[k] = *ev;
            event_init(ev);
        }
        k++;
    }
    out->n = k;
    mem_free(echo);
    return 0;
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
    if (in->len >= UINT32_MAX) return err_set(e, ERR_DATA, "article too large");
    /* about one token per 5 bytes of news: one allocation instead of a dozen */
    if (ex_grow((void **)&a.toks.v, &a.toks.cap, in->len / 5 + 16, sizeof *a.toks.v)) {
        rc = ERR_NOMEM;
        goto out;
    }
    if ((rc = ex_structure(&a))) goto out;
    if ((rc = lex_index(&a))) goto out;
    ex_ty_note_dollar(&a);
    ex_ty_note_fiscal_end(&a);
    a.crowns = ex_crowns_of(&a);
    for (size_t i = 0; i < a.nsents && !a.oom; i++) ex_discover(&a, &a.sents[i]);
    if (!a.oom) ex_discover_leads(&a);
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
        /* (not a firm quoted for its analysts, "Analysts at Tullochgorm Securities expect",
         * "Tullochgorm analyst Jo Hale said": the story is about the company they cover) */
        static const char *const analysts_w[] = {"analyst", "analysts", NULL};
        if (s->seg == 0)
            for (size_t k = 0; k < a.nments; k++)
                if (!a.ments[k].regulator &&
                    !(a.ments[k].t0 >= s->t0 + 2 && ex_tok_is(&a, a.ments[k].t0 - 1, "at") &&
                      ex_ty_is(&a, a.ments[k].t0 - 2, analysts_w)) &&
                    !(a.ments[k].t1 < s->t1 && ex_ty_is(&a, a.ments[k].t1, analysts_w)))
                    ex_count_company(&a, a.ments[k].co);
        ex_run_rules(&a, s);
        /* (a quotation names what it speaks of, not what the story is about: "\"... the
         * Tessaline integration is ahead of plan,\" said ...") */
        int quote = s->t0 < a.toks.n && (a.text[ex_tk(&a, s->t0)->off] == '"' ||
                                         (unsigned char)a.text[ex_tk(&a, s->t0)->off] == 0xE2);
        if (s->seg == 0 && !quote) {
            for (size_t k = 0; k < a.nments; k++)
                /* ("Osei, who joined from Vertex Pharmaceuticals in 2022, will keep her
                 * role": a company inside a relative clause is not what it is about) */
                /* (nor a person's former employer: "Whitcomb, 51, joined from Parker-Hannifin
                 * Corp in 2019") */
                if (!a.ments[k].regulator && !ex_rel_open(&a, s->t0, a.ments[k].t0) &&
                    !(a.ments[k].t0 > s->t0 + 1 && ex_tok_is(&a, a.ments[k].t0 - 1, "from") &&
                      (ex_tok_is(&a, a.ments[k].t0 - 2, "joined") ||
                       ex_tok_is(&a, a.ments[k].t0 - 2, "joins") ||
                       ex_tok_is(&a, a.ments[k].t0 - 2, "came") ||
                       ex_tok_is(&a, a.ments[k].t0 - 2, "comes") ||
                       ex_tok_is(&a, a.ments[k].t0 - 2, "arrived")))) {
                    /* ("The company said it had obtained financing from its lenders, led by
                     * Kingsbridge Credit Partners": the sentence is about the company its
                     * opening description stands for, not the lender) */
                    co_t d;
                    /* (nor the one "It" opening the sentence stands for: "It has secured
                     * $120 million ... from lenders led by Bank of America Corp") */
                    /* (nor what "The owner of" owns: "The owner of Cottisford Airways and
                     * charter carrier Sunhaven proposed" speaks of the subject before) */
                    if (a.ments[k].t0 == s->t0 + 3 && ex_tok_is(&a, s->t0, "the") &&
                        ex_ty_is(&a, s->t0 + 1, ex_owner_words) && ex_tok_is(&a, s->t0 + 2, "of"))
                        break;
                    if ((a.ments[k].t0 > s->t0 + 3 && s->t0 + 1 < s->t1 &&
                         ex_tok_is(&a, s->t0, "the") &&
                         ex_resolve_desc(&a, s, s->t0, s->t0 + 3, NULL, 0, &d)) ||
                        (a.ments[k].t0 > s->t0 + 2 && ex_tok_is(&a, s->t0, "it") &&
                         ex_resolve_desc(&a, s, s->t0, s->t0 + 1, NULL, 0, &d)))
                        a.last_subj = d;
                    else
                        a.last_subj = a.ments[k].co;
                    a.have_subj = 1;
                    if (s == a.sents) a.head_subj = a.last_subj, a.have_head_subj = 1;
                    break;
                }
        }
    }
    if (a.oom) rc = ERR_NOMEM;
    if (!rc) rc = extract_drop_invalid(&a);
    if (!rc && x->model) rc = extract_detect(&a, e);
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
    htab_release(&a.prov_first);
    htab_release(&a.prov_ids);
    htab_release(&a.surname_idx);
    mem_free(a.surname_at);
    mem_free(a.scratch_l);
    mem_free(a.lexm);
    mem_free(a.lexm_at);
    mem_free(a.lexcls_at);
    mem_free(a.wl_sent);
    mem_free(a.sents);
    mem_free(a.ments);
    mem_free(a.hits);
    mem_free(a.ev_seg);
    htab_release(&a.wsfx);
    htab_release(&a.wpair);
    htab_release(&a.wproper);
    htab_release(&a.ev_idx);
    extract_toks_release(&a.toks);
    return rc;
}
