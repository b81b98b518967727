/* extract_rules: the rule table. Each entry names the lexicon hits a rule handles (a
 * class, and for triggers an event type); ex_run_rules calls the rules over an analysed
 * sentence in table order. A new rule family is a new extract_rule_<family>.c plus a line
 * here. */
#include "extract_int.h"

#include <stdint.h>

static const ex_rule_t ex_rules[] = {
    /* rejections first: they silence partnerships of the same sentence */
    {"partnership_rejected", 0, LEX_TRIGGER, EVENT_PARTNERSHIP_REJECTED, ex_rule_partnership},
    {"corporate_event", 1, LEX_EVENTNOUN, EVENT_NONE, ex_rule_corporate},
    {"acquisition", 1, LEX_TRIGGER, EVENT_ACQUISITION, ex_rule_deal},
    {"investment", 1, LEX_TRIGGER, EVENT_INVESTMENT, ex_rule_deal},
    {"partnership", 1, LEX_TRIGGER, EVENT_PARTNERSHIP, ex_rule_partnership},
    {"regulatory_filing", 1, LEX_TRIGGER, EVENT_REGULATORY_FILING, ex_rule_regulatory},
    {"regulatory_approval", 1, LEX_TRIGGER, EVENT_REGULATORY_APPROVAL, ex_rule_regulatory},
    {"product_announcement", 1, LEX_TRIGGER, EVENT_PRODUCT_ANNOUNCEMENT, ex_rule_product},
    /* once per sentence */
    {"acquisition (an offer in a possessive)", 2, 0, EVENT_NONE, ex_rule_offers},
    {"share_move+metric_change", 2, 0, EVENT_NONE, ex_rule_percent},
    /* the v2 types, once per sentence, after the v1 rules (rating drops a "to buy" read as a
     * purchase; context marks deals named only as the reason for something else) */
    {"earnings+guidance", 2, 0, EVENT_NONE, ex_rule_results},
    {"dividend+buyback+stock_split+financing", 2, 0, EVENT_NONE, ex_rule_capital},
    {"rating_change", 2, 0, EVENT_NONE, ex_rule_rating},
    {"executive_change+workforce", 2, 0, EVENT_NONE, ex_rule_people},
    {"legal+bankruptcy", 2, 0, EVENT_NONE, ex_rule_legal},
    {"facility+contract", 2, 0, EVENT_NONE, ex_rule_business},
    {"context", 2, 0, EVENT_NONE, ex_rule_context},
    /* what a sentence adds to a deal told before it (after context: news only) */
    {"deal follow-up", 2, 0, EVENT_NONE, ex_rule_followup},
};
#define EX_NRULES (sizeof ex_rules / sizeof ex_rules[0])

int ex_trigger_allowed(const art_t *a, const sent_t *s, const extract_lex_entry_t *en)
{
    if (en->requires[0]) {
        int ok = 0;
        for (size_t k = 0; en->requires[k] && !ok; k++)
            ok = ex_sent_has_word(a, s, en->requires[k]);
        if (!ok) return 0;
    }
    for (size_t k = 0; en->excludes[k]; k++)
        if (ex_sent_has_word(a, s, en->excludes[k])) return 0;
    return 1;
}

static int ex_rule_wants(const ex_rule_t *r, const art_t *a, const sent_t *s,
                         const extract_lex_hit_t *h)
{
    if (h->entry->cls != r->cls) return 0;
    if (r->cls != LEX_TRIGGER) return 1;
    /* "Smith is taking over as chief executive", "will take over as chairman": a post taken
     * over is no takeover */
    if (h->t1 > h->t0 && h->t1 < s->t1 && ex_tok_is(a, h->t1 - 1, "over") &&
        ex_tok_is(a, h->t1, "as"))
        return 0;
    return h->entry->type == r->type && ex_trigger_allowed(a, s, h->entry);
}

void ex_run_rules(art_t *a, const sent_t *s)
{
    int maxpass = 0;
    a->rejected = 0;
    ex_wl_sentence(a, s->t0, s->t1);
    for (size_t r = 0; r < EX_NRULES; r++)
        if (ex_rules[r].pass > maxpass) maxpass = ex_rules[r].pass;
    for (int pass = 0; pass <= maxpass && !a->oom; pass++) {
        /* the classes some rule of this pass handles: most hits are of none */
        uint32_t want = 0;
        for (size_t r = 0; r < EX_NRULES; r++)
            if (ex_rules[r].pass == pass && ex_rules[r].cls) want |= (uint32_t)1 << ex_rules[r].cls;
        for (size_t k = 0; k < a->nhits && !a->oom; k++) {
            if (!((want >> a->hits[k].entry->cls) & 1)) continue;
            for (size_t r = 0; r < EX_NRULES; r++)
                if (ex_rules[r].pass == pass && ex_rules[r].cls &&
                    ex_rule_wants(&ex_rules[r], a, s, &a->hits[k]))
                    ex_rules[r].fn(a, s, &a->hits[k]);
        }
        for (size_t r = 0; r < EX_NRULES && !a->oom; r++)
            if (ex_rules[r].pass == pass && !ex_rules[r].cls) ex_rules[r].fn(a, s, NULL);
    }
}
