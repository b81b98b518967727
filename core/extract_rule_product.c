/* extract_rule_product: product announcements. */
#include "extract_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void ex_rule_product(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    /* "said it has no plans to launch", "will not introduce": a negation just before */
    for (size_t k = 0; k < a->nhits; k++) {
        const extract_lex_hit_t *g = &a->hits[k];
        if (g->entry->cls == LEX_NEG && g->t1 <= h->t0 && g->t0 + 6 >= h->t0 && g->t0 >= s->t0)
            return;
    }
    /* ("as we prepare for a potential U.S. launch": one that may come) */
    static const char *const maybe[] = {"potential", "possible", "eventual", NULL};
    static const char *const before[] = {"prepare for", "preparing for", "prepares for", "ahead of",
                                         NULL};
    size_t mb = h->t0 > s->t0 + 4 ? h->t0 - 4 : s->t0;
    if (ex_tok_is(a, h->t0, "launch") && (ex_ty_find(a, mb, h->t0, maybe) >= 0 ||
                                          ex_ty_find_phrase(a, mb, h->t0, before, NULL) >= 0))
        return;
    co_t g[4];
    long kl = ex_ment_before(a, h->t0, h->t0 > s->t0 + 15 ? h->t0 - 15 : s->t0);
    size_t ng = ex_group_left(a, kl, g, 4);
    /* "A teams up with B to introduce": the subject joins B */
    /* ("a partnership with AI startup Nexora to build": what the partner is between) */
    size_t wb = ng == 1 ? a->ments[kl].t0 : s->t0;
    while (wb > s->t0 + 1 && a->ments[kl].t0 - wb < 3 && !ex_tok_is(a, wb - 1, "with") &&
           !ex_tok_is(a, wb - 1, "by") && !(ex_tk(a, wb - 1)->flags & EXTRACT_TOK_PUNCT))
        wb--;
    if (ng == 1 && wb > s->t0 && (ex_tok_is(a, wb - 1, "with") || ex_tok_is(a, wb - 1, "by"))) {
        long k0 = ex_ment_before(a, wb - 1, s->t0);
        if (k0 >= 0 && ng < 4) {
            g[1] = g[0];
            g[0] = a->ments[k0].co;
            ng = 2;
            co_t t = g[0];
            g[0] = g[1];
            g[1] = t;
        }
    }
    if (ng == 0) {
        co_t c;
        if (!ex_resolve_desc(a, s, s->t0, h->t0, NULL, 0, &c)) return;
        g[ng++] = c;
    }
    party_t p[4];
    for (size_t i = 0; i < ng; i++) p[i].co = g[ng - 1 - i], p[i].role = "subject";
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_PRODUCT_ANNOUNCEMENT, p, ng)) return;
    /* the product: the noun phrase after the trigger ("approval from the EMA for its drug":
     * after the "for" that follows the regulator) */
    size_t i = h->t1, e;
    /* an approval is a regulator's ("approval from shareholders for its plan" is none) */
    static const char *const regw[] = {"regulator", "regulators", "agency", "watchdog", NULL};
    int regm = 0;
    for (size_t k = 0; k < a->nments && !regm; k++) regm = a->ments[k].regulator;
    if (strstr(h->entry->phrase, "approval") && !regm && ex_ty_find(a, s->t0, s->t1, regw) < 0) {
        event_release(&ev);
        return;
    }
    if (strcmp(h->entry->phrase, "approval from") == 0) {
        while (i < s->t1 && i < h->t1 + 10 && !ex_tok_is(a, i, "for")) i++;
        if (i >= s->t1 || i >= h->t1 + 10) {
            event_release(&ev);
            return;
        }
        i++;
    }
    static const char *const skip[] = {"a", "an", "the", "its", "their", "new", "his", "her", NULL};
    static const char *const stop[] = {"and",   "for", "in",   "to",    "that",    "which", "with",
                                       "on",    "at",  "by",   "from",  "as",      "this",  "next",
                                       "later", "of",  "over", "after", "because", NULL};
    for (int again = 1; again && i < s->t1;) {
        again = 0;
        for (size_t k = 0; skip[k]; k++)
            if (ex_tok_is(a, i, skip[k])) again = 1;
        if (again) i++;
    }
    /* "Ford recalled 1.9 million Explorer SUVs": a recall, the count no part of the name */
    int recall = strstr(h->entry->phrase, "recall") != NULL;
    if (recall) ex_set_str(a, &ev, "kind", "recall");
    /* "won approval from the FDA for its RSV vaccine": the product approved */
    if (strstr(h->entry->phrase, "approval")) ex_set_str(a, &ev, "kind", "approval");
    /* "launched Orbitly Canvas", "unveiled", "rolls out", "introduces": a launch */
    static const char *const launch[] = {"launch", "unveil", "introduc", "roll", "debut", NULL};
    for (size_t k = 0; launch[k]; k++)
        if (strstr(h->entry->phrase, launch[k])) {
            ex_set_str(a, &ev, "kind", "launch");
            break;
        }
    /* ("recalling about 410,000 sport utility vehicles", "nearly 2 million") */
    static const char *const approx[] = {"about",   "nearly", "some", "almost",
                                         "roughly", "over",   NULL};
    while (recall && i < s->t1 && ex_ty_is(a, i, approx)) i++;
    while (recall && i < s->t1 && (ex_tk(a, i)->flags & EXTRACT_TOK_NUM)) i++;
    static const char *const scale[] = {"million", "mln", "billion", "thousand", NULL};
    while (recall && i < s->t1 && ex_ty_is(a, i, scale)) i++;
    for (e = i; e < s->t1 && e - i < 6; e++) {
        const extract_tok_t *t = ex_tk(a, e);
        int st = 0;
        for (size_t k = 0; stop[k]; k++)
            if (ex_tok_is(a, e, stop[k])) st = 1;
        if (st || ((t->flags & EXTRACT_TOK_PUNCT) && !ex_tok_is(a, e, "-"))) break;
    }
    /* "received approval from the FTC for its purchase of X": a deal approved, no product */
    static const char *const deal_words[] = {"purchase", "acquisition", "merger", "takeover",
                                             "deal",     "sale",        "buyout", "bid",
                                             "offer",    "transaction", NULL};
    /* (nor a deal or a payout with its size before it: "for its 4.5 billion euro
     * acquisition", "unveils $500 million buyback") */
    static const char *const payout_words[] = {"buyback",   "buy-back", "repurchase", "dividend",
                                               "programme", "program",  "plan",       NULL};
    int deal_obj = e == i + 1 && ex_ty_is(a, i, deal_words);
    /* ("LAUNCHES HOSTILE BID FOR TYNDRUM": a bid of any kind) */
    static const char *const bid_words[] = {"bid",    "takeover",    "buyout",
                                            "merger", "acquisition", NULL};
    if (e > i + 1 && ex_ty_is(a, e - 1, bid_words)) deal_obj = 1;
    for (size_t q = i; q < e && !deal_obj; q++)
        deal_obj =
            ex_ty_is(a, q, payout_words) || (q == e - 1 && q > i && ex_ty_is(a, q, deal_words) &&
                                             (ex_tk(a, i)->flags & EXTRACT_TOK_NUM));
    /* (a buyback unveiled with its figure first: "$500 million buyback") */
    if (!deal_obj && i > s->t0 && e < s->t1)
        deal_obj = ex_ty_is(a, e, payout_words) ||
                   (e == i && ex_ty_find(a, i, i + 5 < s->t1 ? i + 5 : s->t1, payout_words) >= 0);
    if (deal_obj) {
        event_release(&ev);
        return;
    }
    if (e > i) {
        char prod[96];
        ex_span_text(a, i, e, prod, sizeof prod);
        /* glue hyphenated words back */
        char clean[96];
        size_t n = 0;
        for (size_t k = 0; prod[k] && n + 1 < sizeof clean; k++) {
            if (prod[k] == ' ' && (prod[k + 1] == '-' || (k && prod[k - 1] == '-'))) continue;
            clean[n++] = prod[k];
        }
        clean[n] = 0;
        ex_set_str(a, &ev, "product", clean);
    }
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}
