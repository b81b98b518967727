/* extract_rule_partnership: partnerships and rejected partnerships. */
#include "extract_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void ex_rule_partnership(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    const extract_lex_entry_t *en = h->entry;
    event_type_t type = en->type;
    party_t p[8];
    size_t np = 0;
    /* "terminated its battery supply partnership with Tenzin", "scrapped the joint venture
     * with": a partnership ended is one rejected */
    static const char *const ended[] = {"terminated", "terminates", "terminate", "ended",
                                        "ends",       "scrapped",   "scraps",    "cancelled",
                                        "canceled",   "dissolved",  "dissolve",  "exited",
                                        "exits",      "quit",       NULL};
    if (type == EVENT_PARTNERSHIP && !a->rejected &&
        ex_ty_find(a, h->t0 > s->t0 + 6 ? h->t0 - 6 : s->t0, h->t0, ended) >= 0) {
        long kl = ex_ment_before(a, h->t0, s->t0), kr = ex_ment_after(a, h->t1, s->t1);
        co_t sub;
        if (kr < 0 || a->ments[kr].regulator) return;
        if (kl >= 0 && !a->ments[kl].regulator)
            sub = a->ments[kl].co;
        else if (!ex_ty_subject(a, s, h->t0, &sub))
            return;
        /* ("The company ended a similar alliance with Oracle in 2024": one ended in an
         * earlier year is background) */
        size_t e = a->ments[kr].t1;
        if (ex_ty_past_year(a, e, e + 4 < s->t1 ? e + 4 : s->t1, 1)) return;
        p[0].co = sub, p[0].role = "subject";
        p[1].co = a->ments[kr].co, p[1].role = "partner";
        np = 2;
        type = EVENT_PARTNERSHIP_REJECTED;
        a->rejected = 1;
    } else if (type == EVENT_PARTNERSHIP_REJECTED) {
        /* the rejected party is the company just before the trigger; the subject is the
         * sentence's first other company, else the article's main one */
        long kr = ex_ment_before(a, h->t0, s->t0);
        if (kr < 0) return;
        co_t rj = a->ments[kr].co, sub;
        int have = 0;
        for (size_t k = 0; k < a->nments && !have; k++)
            if (!a->ments[k].regulator && !ex_co_eq(a, a->ments[k].co, rj))
                sub = a->ments[k].co, have = 1;
        if (!have && !ex_dominant(a, rj, &sub)) return;
        p[0].co = sub, p[0].role = "subject";
        p[1].co = rj, p[1].role = "partner";
        np = 2;
        a->rejected = 1;
    } else {
        if (a->rejected) return;
        /* ("its 50 pct interest in Northstar Polymers Co, a joint venture, to its partner":
         * a venture named in an appositive, no partnership told) */
        if (h->t0 >= s->t0 + 2 && ex_tok_is(a, h->t0 - 1, "a") && ex_tok_is(a, h->t0 - 2, ",") &&
            h->t1 < s->t1 && ex_tok_is(a, h->t1, ","))
            return;
        /* "agreed to develop memory chips jointly", "to form and jointly operate": the verb
         * of the joint work next to "jointly" (not "announced jointly that"), the partners
         * before it (not "to compete with Boeing" after) */
        int jointly = strcmp(en->phrase, "jointly") == 0;
        if (jointly) {
            static const char *const work[] = {
                "develop", "developing", "market",    "marketing", "produce", "producing",
                "build",   "building",   "make",      "making",    "operate", "operating",
                "own",     "research",   "developed", "operated",  "owned",   NULL};
            size_t lo = h->t0 > s->t0 + 6 ? h->t0 - 6 : s->t0;
            int near = h->t1 < s->t1 && ex_ty_is(a, h->t1, work);
            /* (after its object: "to develop memory chips jointly") */
            for (size_t q = lo; q < h->t0 && !near; q++)
                near = ex_ty_is(a, q, work) && ex_ment_after(a, q, h->t0) < 0;
            if (!near) return;
        }
        co_t l[4], r[4];
        long kb = ex_ment_before(a, h->t0, s->t0);
        /* "Lumora Health Inc and Amazon.com Inc's cloud unit AWS formed a partnership": a
         * unit named after its owner's possessive stands for its owner, peer of the one
         * before */
        static const char *const unit_w[] = {"unit", "arm", "division", "subsidiary", NULL};
        if (kb > 0 && !a->ments[kb - 1].regulator && a->ments[kb - 1].t1 < a->ments[kb].t0 &&
            (ex_tk(a, a->ments[kb - 1].t1)->flags & EXTRACT_TOK_POSS)) {
            size_t q = a->ments[kb - 1].t1 + 1, e = a->ments[kb].t0;
            int unit = q == e ? ex_co_eq(a, a->ments[kb - 1].co, a->ments[kb].co)
                              : e <= q + 3 && ex_ty_is(a, e - 1, unit_w);
            for (; unit && q + 1 < e; q++) unit = (ex_tk(a, q)->flags & EXTRACT_TOK_LOWER) != 0;
            if (unit) kb--;
        }
        size_t nl = ex_group_left(a, kb, l, 4);
        /* "teams up with Tencent rival Hualong": the rival named, not the company it is told by */
        static const char *const told_by[] = {"rival", "peer", "competitor", NULL};
        long kr = jointly ? -1 : ex_ment_after(a, h->t1, s->t1);
        if (kr >= 0 && a->ments[kr].t1 + 1 < s->t1 && ex_ty_is(a, a->ments[kr].t1, told_by)) {
            long k2 = ex_ment_after(a, a->ments[kr].t1 + 1, a->ments[kr].t1 + 2);
            if (k2 >= 0) kr = k2;
        }
        size_t nr = ex_group_right(a, kr, r, 4);
        /* "Toyota will buy a stake in Ionvale and set up a joint venture with it": "it" is
         * the company named last, the sentence's subject the other partner */
        if (kr < 0 && nl == 1 && h->t1 + 1 < s->t1 && ex_tok_is(a, h->t1, "with") &&
            (ex_tok_is(a, h->t1 + 1, "it") || ex_tok_is(a, h->t1 + 1, "them"))) {
            long k0 = ex_ment_after(a, s->t0, a->ments[kb].t0);
            if (k0 >= 0 && !ex_co_eq(a, a->ments[k0].co, l[0]))
                r[0] = l[0], l[0] = a->ments[k0].co, nr = 1;
        }
        for (size_t i = nl; i-- > 0 && np < 8;) p[np].co = l[i], p[np++].role = "partner";
        for (size_t i = 0; i < nr && np < 8; i++) p[np].co = r[i], p[np++].role = "partner";
        /* "The two companies also agreed to develop memory chips jointly": the two sides of
         * the deal the article told before */
        static const char *const two[] = {"the two companies", "both companies", NULL};
        if (np < 2 && ex_ty_find_phrase(a, s->t0, h->t0, two, NULL) >= 0)
            for (size_t i = a->out->n; i-- > a->out_base;) {
                const event_t *d = &a->out->items[i];
                if (a->ev_seg[i - a->out_base] != s->seg) break;
                if ((d->type != EVENT_INVESTMENT && d->type != EVENT_ACQUISITION) ||
                    d->ncompanies != 2)
                    continue;
                np = 0;
                for (size_t c = 0; c < 2; c++) {
                    const registry_entry_t *en2 = registry_find(a->x->reg, d->companies[c].id);
                    int pv = en2 ? -1 : ex_prov_find(a, d->companies[c].id);
                    if (!en2 && pv < 0) continue;
                    p[np].co.ent = en2, p[np].co.prov = pv, p[np++].role = "partner";
                }
                break;
            }
        if (np < 2 && s->seg > 0 && a->ctx_seg == s->seg) {
            np = 0;
            for (size_t i = 0; i < a->nctx && np < 8; i++)
                p[np].co = a->ctx[i], p[np++].role = "partner";
            if (np < 2 || !ex_hit_in(a, LEX_DESC, s->t0, s->t1, NULL)) return;
        }
        if (np < 2) return;
    }
    event_t ev;
    if (ex_make_event(a, &ev, type, p, np)) return;
    if (ev.ncompanies < 2) {
        event_release(&ev);
        return;
    }
    if (type == EVENT_PARTNERSHIP) {
        char place[64];
        if (ex_place_after(a, s, h->t1, place, sizeof place)) ex_set_str(a, &ev, "region", place);
    }
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}
