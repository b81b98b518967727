/* extract_rule_regulatory: regulatory filings and approvals. */
#include "extract_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void ex_rule_regulatory(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    const extract_lex_entry_t *en = h->entry;
    const registry_entry_t *regu = NULL;
    party_t p[8];
    size_t np = 0;
    for (size_t k = 0; k < a->nments; k++)
        if (a->ments[k].regulator) {
            regu = a->ments[k].co.ent;
            break;
        }
    if (!regu) return;
    /* "opened a formal antitrust investigation into whether Korvax restricted customers": an
     * inquiry into conduct is a legal event, no deal under review (an investigation or a
     * probe files a deal only when the sentence speaks of one) */
    static const char *const inquiry[] = {"investigation", "probe", NULL};
    static const char *const deal_w[] = {"deal",        "merger",      "acquisition", "takeover",
                                         "purchase",    "transaction", "bid",         "offer",
                                         "combination", "sale",        NULL};
    if (en->type == EVENT_REGULATORY_FILING && ex_ty_is(a, h->t0, inquiry) &&
        ex_ty_find(a, s->t0, s->t1, deal_w) < 0)
        return;
    /* "The transaction requires approval from the FTC": an approval still to come is the
     * filing's (its own trigger), no approval */
    static const char *const to_come[] = {"requires", "require",  "required",  "needs",   "need",
                                          "subject",  "awaiting", "await",     "pending", "seek",
                                          "seeking",  "sought",   "seeks",     "without", "applied",
                                          "applies",  "apply",    "submitted", NULL};
    if (en->type == EVENT_REGULATORY_APPROVAL &&
        ex_ty_find(a, h->t0 > s->t0 + 3 ? h->t0 - 3 : s->t0, h->t0 + 1, to_come) >= 0)
        return;
    /* ("Completion requires that Nurmes gain more than 90% of the shares, ..., as well as
     * clearance from the European Commission": the conditions of a deal, listed) */
    static const char *const conditions[] = {"requires", "require", "conditions", "condition",
                                             NULL};
    long cw = en->type == EVENT_REGULATORY_APPROVAL ? ex_ty_find(a, s->t0, h->t0, conditions) : -1;
    if (cw >= 0 && (size_t)cw < s->t0 + 6) return;
    /* ("filed with the Federal Communications Commission on Monday for approval of their
     * merger": the approval asked for) */
    static const char *const asked[] = {"filed", "files",     "file",     "filing", "asked",
                                        "asks",  "requested", "requests", NULL};
    if (en->type == EVENT_REGULATORY_APPROVAL && h->t0 > s->t0 && ex_tok_is(a, h->t0 - 1, "for") &&
        ex_ty_find(a, s->t0, h->t0, asked) >= 0)
        return;
    /* "The State Administration for Market Regulation imposed conditions ...": the terms of an
     * approval the article told before make it conditional (no second approval) */
    if (en->type == EVENT_REGULATORY_APPROVAL && en->status &&
        strcmp(en->status, "conditional") == 0)
        for (size_t i = a->out->n; i-- > a->out_base;) {
            event_t *o = &a->out->items[i];
            const char *r = event_get_str(o, "regulator");
            if (o->type != EVENT_REGULATORY_APPROVAL || !r || strcmp(r, regu->id) != 0) continue;
            ex_set_str(a, o, "status", "conditional");
            return;
        }
    /* (not a bank that sells the issue: "to be underwritten by Shearwater, Pike and Co") */
    static const char *const banker[] = {"underwritten", "managed", "arranged",
                                         "co-managed",   "led",     NULL};
    for (size_t k = 0; k < a->nments && np < 8; k++) {
        size_t t = a->ments[k].t0;
        if (t >= 2 && ex_tok_is(a, t - 1, "by") && ex_ty_is(a, t - 2, banker)) continue;
        /* (nor the drug approved, told by its appositive: "approved Dermavel, an injectable
         * antibody for adults") */
        static const char *const drug_w[] = {"drug",      "drugs",     "treatment",  "therapy",
                                             "antibody",  "vaccine",   "medicine",   "pill",
                                             "injection", "inhibitor", "biosimilar", NULL};
        size_t e = a->ments[k].t1;
        if (e + 2 < s->t1 && ex_tok_is(a, e, ",") &&
            (ex_tok_is(a, e + 1, "a") || ex_tok_is(a, e + 1, "an")) &&
            ex_ty_find(a, e + 2, e + 4 < s->t1 ? e + 4 : s->t1, drug_w) >= 0)
            continue;
        if (!a->ments[k].regulator) p[np].co = a->ments[k].co, p[np++].role = "subject";
    }
    /* "Icahn, in a filing with the Securities and Exchange Commission, said he paid ... for
     * his Mercer shares": a filing told beside a stake the segment reported is its holder's
     * and of the company whose shares are held (the stake's two sides, holder first) */
    if (en->type == EVENT_REGULATORY_FILING && strcmp(en->phrase, "filing with") == 0) {
        const event_t *d = ex_seg_event(a, s->seg, EVENT_INVESTMENT);
        party_t q[2];
        size_t nq = 0;
        for (int side = 0; d && side < 2; side++)
            for (size_t c = 0; c < d->ncompanies; c++) {
                const char *r = d->companies[c].role;
                if (!r || strcmp(r, side ? "investee" : "investor") != 0) continue;
                const registry_entry_t *en2 = registry_find(a->x->reg, d->companies[c].id);
                int pv = en2 ? -1 : ex_prov_find(a, d->companies[c].id);
                if (en2 || pv >= 0)
                    q[nq].co.ent = en2, q[nq].co.prov = pv, q[nq++].role = "subject";
                break;
            }
        if (nq == 2) memcpy(p, q, sizeof q), np = 2;
        /* ("Jogeva Corp has agreed to sell its 22.5 pct stake in Rapla to Keila ..., according
         * to a filing with the SEC": the seller the sentence opens with filed) */
        long k0 = ex_ment_after(a, s->t0, s->t0 + 1);
        for (size_t c = 0; d && k0 >= 0 && c < d->ncompanies; c++) {
            const char *r = d->companies[c].role;
            if (r && strcmp(r, "seller") == 0 &&
                strcmp(d->companies[c].id, ex_co_id(a, a->ments[k0].co)) == 0) {
                p[0].co = a->ments[k0].co, p[0].role = "subject", np = 1;
                break;
            }
        }
    }
    for (size_t i = a->out->n; np == 0 && i-- > a->out_base;) {
        const event_t *d = &a->out->items[i];
        /* ("The deal is subject to review by ...": the deal, or the joint venture, told before) */
        if (a->ev_seg[i - a->out_base] != s->seg ||
            (d->type != EVENT_ACQUISITION && d->type != EVENT_INVESTMENT &&
             d->type != EVENT_PARTNERSHIP))
            continue;
        for (size_t c = 0; c < d->ncompanies && np < 8; c++) {
            const registry_entry_t *en2 = registry_find(a->x->reg, d->companies[c].id);
            int pv = en2 ? -1 : ex_prov_find(a, d->companies[c].id);
            if (!en2 && pv < 0) continue;
            p[np].co.ent = en2, p[np].co.prov = pv, p[np++].role = "subject";
        }
    }
    if (np == 0) {
        co_t c;
        if (s->seg == 0 && a->have_subj)
            p[np].co = a->last_subj, p[np++].role = "subject";
        else if (s->seg > 0 && a->ctx_seg == s->seg && a->nctx)
            (void)c, p[np].co = a->ctx[0], p[np++].role = "subject";
        else
            return;
    }
    /* "The FTC has closed its in-depth investigation into Pellham's $3 billion acquisition
     * of Norcrest": a review of a deal ended, the deal cleared */
    event_type_t type = en->type;
    static const char *const review[] = {"investigation", "probe", "review", "inquiry", NULL};
    static const char *const ended[] = {"closed",    "closes",  "ended", "ends", "concluded",
                                        "concludes", "dropped", "drops", NULL};
    int cleared = 0;
    if (type == EVENT_REGULATORY_FILING && ex_ty_is(a, h->t0, review) &&
        ex_ty_find(a, h->t0 > s->t0 + 5 ? h->t0 - 5 : s->t0, h->t0, ended) >= 0)
        type = EVENT_REGULATORY_APPROVAL, cleared = 1;
    event_t ev;
    if (ex_make_event(a, &ev, type, p, np)) return;
    ex_set_str(a, &ev, "regulator", regu->id);
    const char *st = cleared ? "approved" : en->status;
    if (type == EVENT_REGULATORY_APPROVAL && !cleared) {
        /* (not "cleared the deal without conditions", "unconditionally") */
        long wo = ex_ty_find(a, s->t0, s->t1, (const char *const[]){"without", NULL});
        int without =
            wo >= 0 && (size_t)wo + 1 < s->t1 &&
            (ex_tok_is(a, (size_t)wo + 1, "conditions") ||
             ex_tok_is(a, (size_t)wo + 1, "condition") || ex_tok_is(a, (size_t)wo + 1, "remedies"));
        if (without)
            ;
        else if (ex_sent_has_word(a, s, extract_tok_hash("conditions", 10)) ||
                 /* ("on condition that Ostmark sells Helvion's mobile network in Austria"; not "a
                  * condition that affects about 3 million Americans", an illness) */
                 ex_ty_find_one(a, s->t0, s->t1, "on condition") >= 0 ||
                 ex_sent_has_word(a, s, extract_tok_hash("conditional", 11)) ||
                 ex_sent_has_word(a, s, extract_tok_hash("conditionally", 13)) ||
                 ex_sent_has_word(a, s, extract_tok_hash("remedies", 8)) ||
                 ex_sent_has_word(a, s, extract_tok_hash("concessions", 11)) ||
                 /* "after Halden agreed to sell Corvo's cable business to address competition
                  * concerns": a sale to win it */
                 (ex_sent_has_word(a, s, extract_tok_hash("concerns", 8)) &&
                  (ex_sent_has_word(a, s, extract_tok_hash("sell", 4)) ||
                   ex_sent_has_word(a, s, extract_tok_hash("divest", 6)))))
            st = "conditional";
        if (!st) st = "approved";
        /* "the FDA declined to approve its lupus treatment": an approval refused */
        static const char *const refused[] = {"declined", "refused", "declines", "refuses",
                                              "failed",   "fails",   NULL};
        long rf = ex_ty_find(a, h->t0 > s->t0 + 3 ? h->t0 - 3 : s->t0, h->t0, refused);
        if (rf >= 0 && ex_ty_find_one(a, (size_t)rf, h->t0 + 1, "to") >= 0) st = "blocked";
    } else if (!cleared) {
        if (!st) st = "pending";
        if (regu->jurisdiction) ex_set_str(a, &ev, "jurisdiction", regu->jurisdiction);
    }
    ex_set_str(a, &ev, "status", st);
    /* ("Cardiline, the heart drug approved by the Food and Drug Administration in 1985": an
     * approval of an earlier year, told as background) */
    /* ("the Food and Drug Administration's approval of Cookstown's heart drug, announced last
     * month, would add about 60 cts a share": one told before, the subject of another verb) */
    static const char *const told_before[] = {"announced last",
                                              "granted last",
                                              "received last",
                                              "won last",
                                              "obtained last",
                                              "given last",
                                              NULL};
    if ((ex_ty_past_year(a, h->t1, h->t1 + 12 < s->t1 ? h->t1 + 12 : s->t1, 1) ||
         ex_ty_find_phrase(a, h->t1, h->t1 + 10 < s->t1 ? h->t1 + 10 : s->t1, told_before, NULL) >=
             0) &&
        event_set_bool(&ev, "context", 1))
        a->oom = 1;
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}
