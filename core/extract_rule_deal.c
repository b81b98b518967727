/* extract_rule_deal: acquisitions and investments (acquirer, target, seller; investor,
 * investee), their status, amount and stake. */
#include "extract_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A negation shortly before a deal trigger, with no company or clause break between:
 * "not interested in acquiring", "denied it was in talks to buy", "has no plans to sell"
 * (lexicon class neg) mean no deal; a neg phrase valued "terminated" ("rejected",
 * "ended talks") makes the deal terminated. Returns 0 (none), 1 (no deal), 2 (terminated). */
#define NEG_WINDOW      5  /* tokens between a negation and the trigger */
#define NEG_WINDOW_TERM 10 /* ... for a rejection (companies may come between) */
static int deal_negated(const art_t *a, const extract_lex_hit_t *h)
{
    int r = 0;
    for (size_t k = 0; k < a->nhits && r != 1; k++) {
        const extract_lex_hit_t *n = &a->hits[k];
        if (n->entry->cls != LEX_NEG || n->t1 > h->t0) continue;
        int term = n->entry->value && strcmp(n->entry->value, "terminated") == 0;
        if (h->t0 - n->t1 > (term ? NEG_WINDOW_TERM : NEG_WINDOW)) continue;
        int cut = 0;
        for (size_t i = n->t1; i < h->t0 && !cut; i++)
            cut = ex_tok_is(a, i, ",") || ex_tok_is(a, i, ";") || ex_tok_is(a, i, "but");
        for (size_t m = 0; m < a->nments && !cut && !term; m++)
            cut = a->ments[m].t0 >= n->t1 && a->ments[m].t1 <= h->t0;
        if (!cut) r = term ? 2 : 1;
    }
    return r;
}

void ex_rule_deal(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    const extract_lex_entry_t *en = h->entry;
    const char *status = ex_deal_status(a, s, en->status);
    int neg = deal_negated(a, h);
    if (neg == 1 && strcmp(status, "terminated") != 0) return;
    if (neg == 2) status = "terminated";
    co_t ag[4], pa[4];
    size_t nag = 0, npa = 0;
    long kl = ex_ment_before(a, h->t0, s->t0), kr = ex_ment_after(a, h->t1, s->t1);
    int rev = en->dir == LEX_DIR_REV || en->dir == LEX_DIR_SELL;
    /* the object of the trigger: trade in goods ("to buy Saudi crude", "sold 10 jets")
     * is no deal unless a business is named there too ("its aircraft unit") */
    size_t wend = h->t1 + 10 < s->t1 ? h->t1 + 10 : s->t1;
    int dealobj = ex_hit_in(a, LEX_DEALOBJ, h->t1, wend, NULL);
    if ((en->dir == LEX_DIR_FWD || en->dir == LEX_DIR_SELL) && !dealobj &&
        ex_hit_in(a, LEX_GOODS, h->t1, wend, NULL))
        return;
    /* a count right after the verb: "sold 1,082 cars", "to acquire 15 Boeing 767s" */
    if ((en->dir == LEX_DIR_FWD || en->dir == LEX_DIR_SELL) && !dealobj && h->t1 < s->t1 &&
        (ex_tk(a, h->t1)->flags & EXTRACT_TOK_NUM)) {
        int num = 0;
        for (size_t k = 0; k < a->nnums && !num; k++) num = a->nums[k].t0 == h->t1;
        if (!num) return;
    }
    /* shares or a stake before the company ("bought 5 pct of X", "to sell its stake in
     * X") are an investment (the stake triggers), unless all of them are bought */
    if (en->type == EVENT_ACQUISITION && (en->dir == LEX_DIR_FWD || en->dir == LEX_DIR_SELL)) {
        size_t pend = kr >= 0 ? a->ments[kr].t0 : wend;
        int all = 0, part = ex_hit_in(a, LEX_STAKE, h->t1, pend, NULL) ||
                            ex_hit_in(a, LEX_INSTRUMENT, h->t1, pend, NULL);
        for (size_t k = 0; k < a->nnums && !part; k++)
            if (a->nums[k].pct && a->nums[k].t0 >= h->t1 && a->nums[k].t0 < pend) part = 1;
        for (size_t k = h->t1; k < pend && part && !all; k++) all = ex_tok_is(a, k, "all");
        if (part && !all) return;
    }
    if (en->dir == LEX_DIR_SYM) {
        nag = ex_group_left(a, kl, ag, 4);
        npa = ex_group_right(a, kr, pa, 4);
        if (nag == 0 && npa >= 2) {
            ag[nag++] = pa[0];
            memmove(pa, pa + 1, --npa * sizeof *pa);
        }
        if (npa == 0 && nag >= 2) { /* "A and B agreed to merge" */
            pa[npa++] = ag[0];
            memmove(ag, ag + 1, --nag * sizeof *ag);
        }
    } else {
        if (kl >= 0) ag[nag++] = a->ments[kl].co;
        if (kr >= 0) pa[npa++] = a->ments[kr].co;
        if (rev) {
            co_t t0[4];
            size_t n0 = nag;
            memcpy(t0, ag, sizeof ag);
            memcpy(ag, pa, sizeof pa);
            nag = npa;
            memcpy(pa, t0, sizeof t0);
            npa = n0;
        }
    }
    /* fill a missing side from a description or a pronoun */
    size_t lo_l = rev ? h->t1 : s->t0, hi_l = rev ? s->t1 : h->t0;
    size_t lo_r = rev ? s->t0 : h->t1, hi_r = rev ? h->t0 : s->t1;
    /* "the acquisition of X by Y" */
    if (npa == 1 && en->dir == LEX_DIR_FWD && kr >= 0 && (size_t)kr + 1 < a->nments &&
        a->ments[kr].t1 + 1 == a->ments[kr + 1].t0 && !a->ments[kr + 1].regulator &&
        ex_tok_is(a, a->ments[kr].t1, "by")) {
        ag[0] = a->ments[kr + 1].co;
        nag = 1;
    }
    if (nag == 0 && ex_resolve_desc(a, s, lo_l, hi_l, pa, npa, &ag[0])) nag = 1;
    if (npa == 0 && (s->seg > 0) && ex_resolve_desc(a, s, lo_r, hi_r, ag, nag, &pa[0])) npa = 1;
    int inv = en->type == EVENT_INVESTMENT;
    /* stake_percent: a percentage next to a stake word */
    const num_t *stake = NULL;
    for (size_t k = 0; inv && k < a->nnums && !stake; k++) {
        const num_t *n = &a->nums[k];
        size_t w;
        if (n->pct && (ex_hit_in(a, LEX_STAKE, n->t1, n->t1 + 4 < s->t1 ? n->t1 + 4 : s->t1, &w) ||
                       (n->t0 >= 2 &&
                        ex_hit_in(a, LEX_STAKE, n->t0 - 3 > s->t0 ? n->t0 - 3 : s->t0, n->t0, &w))))
            stake = n;
    }
    /* one side alone: the seller of a business ("sold its unit"), or the company a
     * stake is held in when the holder is a person or a group ("an investor group") */
    int seller_only = 0, investee_only = 0;
    if (en->dir == LEX_DIR_SELL && nag == 0 && npa == 1 && dealobj)
        seller_only = 1;
    else if (inv && en->dir == LEX_DIR_FWD && nag == 0 && npa == 1 && stake)
        investee_only = 1;
    else if (nag == 0 || npa == 0)
        return;
    if (nag == 1 && npa == 1 && ex_co_eq(a, ag[0], pa[0])) return;
    party_t p[8];
    size_t np = 0;
    for (size_t i = 0; i < nag && np < 8; i++)
        p[np].co = ag[i], p[np++].role = en->dir == LEX_DIR_SYM ? "party"
                                         : inv                  ? "investor"
                                                                : "acquirer";
    for (size_t i = 0; i < npa && np < 8; i++)
        p[np].co = pa[i], p[np++].role = en->dir == LEX_DIR_SYM ? "party"
                                         : seller_only          ? "seller"
                                         : inv                  ? "investee"
                                                                : "target";
    event_t ev;
    if (ex_make_event(a, &ev, en->type, p, np)) return;
    if (ev.ncompanies < (size_t)(2 - (seller_only | investee_only))) {
        event_release(&ev);
        return;
    }
    ex_set_str(a, &ev, "status", status);
    const num_t *m = ex_money_near(a, h->t1);
    if (m) {
        ex_set_num(a, &ev, "amount", m->v);
        ex_set_str(a, &ev, "currency", m->cur);
        if (m->qual) ex_set_str(a, &ev, "qualifier", m->qual == 1 ? "up_to" : "about");
    }
    if (stake) ex_set_num(a, &ev, "stake_percent", stake->v);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}
