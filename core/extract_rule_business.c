/* extract_rule_business: facilities (a plant, factory, store or office opened,
 * closed, expanded or sold, and where) and contracts (won, awarded or signed:
 * the supplier, the customer when it is a company, the amount). */
#include "extract_int.h"
#include "date.h"

#include <stdio.h>
#include <string.h>

/* Word lists the rules search for (static, as every list given to ex_ty_*: ex_wl_get keys
 * them by address). */
static const char *const not_deal[] = {"shares", "stake", "talks", "trading", NULL};

static const char *const ty_sites[] = {"factory",
                                       "factories",
                                       "plant",
                                       "plants",
                                       "gigafactory",
                                       "facility",
                                       "facilities",
                                       "store",
                                       "stores",
                                       "office",
                                       "offices",
                                       "warehouse",
                                       "mill",
                                       "mills",
                                       "sawmill",
                                       "sawmills",
                                       "boatyard",
                                       "boatyards",
                                       "bakery",
                                       "bakeries",
                                       "showroom",
                                       "showrooms",
                                       "branches",
                                       "mines",
                                       "refineries",
                                       "smelters",
                                       "warehouses",
                                       "fab",
                                       "campus",
                                       "refinery",
                                       "cracker",
                                       "crackers",
                                       "mine",
                                       "smelter",
                                       "hub",
                                       "headquarters",
                                       "data center",
                                       "data centre",
                                       "distribution center",
                                       "center",
                                       "centre",
                                       "centers",
                                       "centres",
                                       "laboratory",
                                       "furnace",
                                       "furnaces",
                                       "terminal",
                                       "shipyard",
                                       "assembly line",
                                       "branches",
                                       "infrastructure",
                                       "studio",
                                       "studios",
                                       "brewery",
                                       "breweries",
                                       "foundry",
                                       "foundries",
                                       "laboratories",
                                       "depot",
                                       "depots",
                                       NULL};

/* Writes the place after token i ("in Lordstown, Ohio", "near Berlin") into out. */
static int ty_place(const art_t *a, const sent_t *s, size_t i, char *out, size_t cap)
{
    /* "close its truck tire plant here" under "AKRON, Ohio, March 5 -": the dateline's city
     * (in capitals written as a name: "Akron") */
    if (i < s->t1 && ex_tok_is(a, i, "here") && a->dl_city_len && a->dl_city_len < cap) {
        const char *c = a->text + a->dl_city_off;
        for (size_t k = 0; k < a->dl_city_len; k++)
            out[k] = (char)(k == 0 || c[k - 1] == ' ' || c[k - 1] == '-' || c[k - 1] == '.'
                                ? c[k]
                                : (c[k] >= 'A' && c[k] <= 'Z' ? c[k] + 32 : c[k]));
        out[a->dl_city_len] = 0;
        return 1;
    }
    for (size_t k = i; k + 1 < s->t1 && k < i + 8; k++) {
        if (!(ex_tok_is(a, k, "in") || ex_tok_is(a, k, "near") || ex_tok_is(a, k, "at") ||
              ex_tok_is(a, k, "outside")))
            continue;
        size_t j = k + 1, e = j;
        while (e < s->t1 && (ex_tk(a, e)->flags & EXTRACT_TOK_CAP) && e - j < 4) e++;
        if (e == j) continue;
        /* (a company is no place: "changes in Chemical's regional customer base"; nor a month:
         * "close its Norwood, Ohio, assembly plant in August") */
        if (ex_in_mention(a, j) || (e < s->t1 && (ex_tk(a, e)->flags & EXTRACT_TOK_POSS)) ||
            (e == j + 1 && date_month_of(a->text + ex_tk(a, j)->off, ex_tk(a, j)->len)))
            continue;
        /* ", Ohio" (in a headline in title case, only a place the lexicon knows: not "Plant in
         * Nevada, Signs Supply Deal") */
        size_t spl;
        int title_run = s == a->sents && e + 2 < s->t1 && ex_capword(a, e + 1) &&
                        ex_capword(a, e + 2) && !(ex_class_at(a, e + 1, s->t1, LEX_PLACE, &spl));
        if (!title_run && e + 1 < s->t1 && ex_tok_is(a, e, ",") &&
            (ex_tk(a, e + 1)->flags & EXTRACT_TOK_CAP)) {
            size_t f = e + 1;
            while (f < s->t1 && (ex_tk(a, f)->flags & EXTRACT_TOK_CAP) && f - e < 3) f++;
            /* (its abbreviation's point: ", Ala.") */
            /* (or a short capitalised word, its point glued and a comma or the clause's end
             * after: "Gary, Ind., by the end of March") */
            size_t pl;
            if (f < s->t1 && ex_tok_is(a, f, ".") && !(ex_tk(a, f)->flags & EXTRACT_TOK_SPACE) &&
                f == e + 2 &&
                ((ex_class_at(a, f - 1, f + 1, LEX_PLACE, &pl) && pl == 2) ||
                 (ex_tk(a, f - 1)->len <= 5 && !(ex_tk(a, f - 1)->flags & EXTRACT_TOK_UPPER) &&
                  (f + 1 >= s->t1 || ex_tok_is(a, f + 1, ",")) &&
                  /* (not a state's full name ending the sentence: "in Findlay, Ohio.") */
                  !(ex_class_at(a, f - 1, f, LEX_PLACE, &pl) && pl == 1))))
                f++;
            e = f;
        }
        ex_span_text(a, j, e, out, cap);
        return 1;
    }
    return 0;
}

/* Did the deal rules find an acquisition or an investment in sentence s? (They run first.) */
static int sentence_has_deal(const art_t *a, const sent_t *s)
{
    for (size_t q = a->out->n; q-- > a->out_base;) {
        const event_t *d = &a->out->items[q];
        if (d->source.offset != (long long)s->off) break;
        if (d->type == EVENT_ACQUISITION || d->type == EVENT_INVESTMENT) return 1;
    }
    return 0;
}

/* Is a company named right after a "to" that follows the verb at v (a buyer)? */
static int sold_to(const art_t *a, const sent_t *s, size_t v)
{
    for (size_t q = v + 1; q + 1 < s->t1 && q < v + 16; q++)
        if (ex_tok_is(a, q, "to")) {
            /* ("to rival Pennant Living", "to private equity firm X": a description between) */
            size_t r = q + 1;
            while (r < s->t1 && r < q + 5 && (ex_tk(a, r)->flags & EXTRACT_TOK_LOWER)) r++;
            if (ex_ment_after(a, r, r + 1) >= 0) return 1;
        }
    return 0;
}

/* The work a contractor does for its customer ("a contract with X to build and run"). */
static const char *const ty_serve[] = {"build",    "construct", "run",     "operate",  "manage",
                                       "maintain", "design",    "develop", "engineer", NULL};

/* The company a contract's customer is when the contractor is named after it ("The company
 * also said it had signed a contract with X to build"): a name before token at, a
 * description, else the one the article is about; 1 when there is one. */
static int customer_before(art_t *a, const sent_t *s, size_t at, co_t *out)
{
    long k = ex_ment_before(a, at, s->t0);
    if (k >= 0) {
        *out = a->ments[k].co;
        return 1;
    }
    if (ex_resolve_desc(a, s, s->t0, at, NULL, 0, out)) return 1;
    if (s->seg == 0 && a->have_subj) {
        *out = a->last_subj;
        return 1;
    }
    return s->seg == 0 && ex_article_subject(a, out);
}

/* Is the mention k the contractor of a contract ("a contract with logistics firm Brennard
 * Freight to build ..."): "contract with" (and a description) right before it? */
static int contractor(const art_t *a, const sent_t *s, long k)
{
    size_t t = a->ments[k].t0;
    for (size_t w = t > s->t0 + 4 ? t - 4 : s->t0; w < t; w++)
        if (ex_tok_is(a, w, "with") && w > s->t0 && ex_tok_is(a, w - 1, "contract") &&
            ex_desc_end(a, s, w + 1, t) == t)
            return 1;
    return 0;
}

static void ty_facility(art_t *a, const sent_t *s)
{
    static const struct {
        const char *word, *action;
    } verbs[] = {{"opened", "open"},       {"opens", "open"},       {"open", "open"},
                 {"opening", "open"},      {"inaugurated", "open"}, {"reopen", "open"},
                 {"reopens", "open"},      {"reopened", "open"},    {"reopening", "open"},
                 {"restart", "open"},      {"restarts", "open"},    {"restarted", "open"},
                 {"unveiled", "open"},     {"close", "close"},      {"closes", "close"},
                 {"closed", "close"},      {"closing", "close"},    {"shut", "close"},
                 {"shuts", "close"},       {"shutting", "close"},   {"idle", "close"},
                 {"idles", "close"},       {"idled", "close"},      {"closure", "close"},
                 {"closures", "close"},    {"expand", "expand"},    {"expands", "expand"},
                 {"expanding", "expand"},  {"expansion", "expand"}, {"sell", "sell"},
                 {"sells", "sell"},        {"sold", "sell"},        {"build", "open"},
                 {"builds", "open"},       {"building", "open"},    {"construct", "open"},
                 {"constructing", "open"}, {"invest", "expand"},    {"invests", "expand"},
                 {"investing", "expand"},  {"spend", "expand"},     {"spends", "expand"},
                 {"spending", "expand"},   {"production", "open"},  {NULL, NULL}};
    /* (the table's filter finds the sentences and tokens that may hold one of its words) */
    ex_wl_t tmp;
    const ex_wl_t *w = ex_wl_get_table(verbs, sizeof *verbs, &tmp);
    if (!w->all && !ex_wl_may(a, s->t0, s->t1, w)) return;
    /* ("1985 net includes charge of 2.4 mln dlrs ... for closing of two spinning plants": a
     * results table's note of what a figure holds, no news of a site) */
    static const char *const includes[] = {"includes", "included", "include", "including", NULL};
    static const char *const booked[] = {"charge",    "charges",    "gain", "gains",
                                         "provision", "provisions", "loss", "losses",
                                         "writedown", NULL};
    static const char *const figure_w[] = {"net",  "earnings", "results", "profit",
                                           "loss", "income",   "figures", NULL};
    long inc = ex_ty_find(a, s->t0, s->t1, includes);
    /* (of a figure: "1985 net includes", not "its restructuring, including a charge of 40
     * million euros, will close three plants") */
    if (inc >= 0 &&
        ex_ty_find(a, (size_t)inc > s->t0 + 3 ? (size_t)inc - 3 : s->t0, (size_t)inc, figure_w) < 0)
        inc = -1;
    long note_at =
        inc >= 0 && ex_ty_find(a, (size_t)inc + 1,
                               (size_t)inc + 4 < s->t1 ? (size_t)inc + 4 : s->t1, booked) >= 0
            ? inc
            : -1;
    for (size_t i = s->t0; i < s->t1; i++) {
        if (!w->all && !ex_wl_tok_may(a, i, w)) continue;
        long vk = ex_ty_entry(a, i, verbs, sizeof *verbs, w);
        if (vk < 0) continue;
        if (note_at >= 0 && (long)i > note_at) continue;
        /* ("started production at its $3.2 billion battery cell plant in Lorain County,
         * Ohio": production begun at a site opens it) */
        static const char *const began[] = {"started",   "starts", "began", "begins",
                                            "commenced", "begun",  NULL};
        if (ex_tok_is(a, i, "production") &&
            !(i > s->t0 && ex_ty_is(a, i - 1, began) && i + 1 < s->t1 && ex_tok_is(a, i + 1, "at")))
            continue;
        const char *action = verbs[vk].action;
        /* ("makes copper building wire at plants in Kentucky": "building" after a word that
         * is no verb's company, an article or an auxiliary names a kind of goods, no
         * building of a site) */
        static const char *const build_ctx[] = {
            "is",        "are",       "was",     "were",   "be",      "been",    "by",
            "of",        "for",       "after",   "began",  "begins",  "started", "starts",
            "plans",     "plan",      "planned", "to",     "on",      "and",     "also",
            "now",       "currently", "still",   "while",  "without", "from",    "with",
            "in",        "about",     "s",       "before", "start",   "begin",   "continue",
            "continues", "keep",      "or",      NULL};
        if (ex_tok_is(a, i, "building") && i > s->t0 &&
            (ex_tk(a, i - 1)->flags & EXTRACT_TOK_LOWER) && !ex_ty_is(a, i - 1, build_ctx))
            continue;
        /* ("rebel activity shut off supplies from Alcoa's mine": supplies cut, no site shut) */
        if (i + 1 < s->t1 && ex_tok_is(a, i + 1, "off")) continue;
        /* ("cheeses sold in grocery stores", "sold through its stores": goods sold at sites) */
        static const char *const at_w[] = {"in", "at", "through", "via", NULL};
        if (ex_tok_is(a, i, "sold") && i + 1 < s->t1 && ex_ty_is(a, i + 1, at_w)) continue;
        size_t end = 0;
        /* ("opened a $2.1 billion lithium-iron-phosphate cell factory": the site past its cost
         * and what it makes) */
        long site = ex_ty_find_phrase(a, i + 1, i + 13 < s->t1 ? i + 13 : s->t1, ty_sites, &end);
        /* "its facility in Monterrey, Mexico, which it plans to expand": a site the verb's
         * relative clause is about, named before it */
        /* (a plan told in the clause, "to expand", "will close"; not "which opened in 2019") */
        /* (or the site "where" the plan is told: "the company's plant in Dodge City, Kansas,
         * where Tlaxcala plans to spend $45 million to add a second shift and expand
         * processing capacity") */
        if (site < 0 && i > s->t0 + 3 &&
            (ex_tok_is(a, i - 1, "to") || ex_tok_is(a, i - 1, "will") ||
             ex_tok_is(a, i - 1, "and"))) {
            long rel = -1;
            for (size_t q = i; q-- > s->t0 + 1 && q + 18 > i;)
                if (((ex_tok_is(a, q, "which") && q + 8 > i) ||
                     /* (a company or "it" its subject: not "in Oulu, where land is cheap and
                      * close to the border") */
                     (ex_tok_is(a, q, "where") &&
                      (ex_ment_after(a, q + 1, q + 2) >= 0 || ex_tok_is(a, q + 1, "it")))) &&
                    ex_tok_is(a, q - 1, ",")) {
                    rel = (long)q;
                    break;
                }
            size_t e2 = 0;
            for (long b = rel > 0 ? ex_ty_find_phrase(
                                        a, (size_t)rel > s->t0 + 10 ? (size_t)rel - 10 : s->t0,
                                        (size_t)rel, ty_sites, &e2)
                                  : -1;
                 b >= 0; b = ex_ty_find_phrase(a, (size_t)b + 1, (size_t)rel, ty_sites, &e2))
                site = b, end = e2;
        }
        /* ("29 of the chain's 118 stores would close immediately": the sites before the verb,
         * its subject) */
        if (site < 0 && i > s->t0 + 2 &&
            (ex_tok_is(a, i - 1, "would") || ex_tok_is(a, i - 1, "will")) &&
            strcmp(action, "close") == 0) {
            size_t e2 = 0;
            long b = ex_ty_find_phrase(a, i > s->t0 + 4 ? i - 4 : s->t0, i - 1, ty_sites, &e2);
            if (b >= 0 && e2 == i - 1) site = b, end = i + 1;
        }
        /* ("which shut all 214 of its stores in March, will permanently close 64 of them":
         * the sites named before, by a pronoun) */
        if (site < 0 && ex_ty_find_one(a, i + 1, i + 5 < s->t1 ? i + 5 : s->t1, "them") >= 0) {
            size_t e2 = 0;
            long b = ex_ty_find_phrase(a, s->t0, i, ty_sites, &e2);
            if (b >= 0) site = b, end = i + 1;
        }
        if (site < 0) continue;
        /* ("sold half of its holding in Osgood Mills Inc": a site word in a company's name) */
        if (ex_in_mention(a, (size_t)site)) continue;
        /* ("a major expansion of its Universal Studio Tours": in a name in mixed case) */
        if (ex_capword(a, (size_t)site) && !(ex_tk(a, (size_t)site)->flags & EXTRACT_TOK_UPPER) &&
            end < s->t1 && ex_capword(a, end) && !(ex_tk(a, end)->flags & EXTRACT_TOK_UPPER))
            continue;
        /* ("Closes $1.25 Billion Unsecured Credit Facility", "closed a $400 million revolving
         * facility": a loan, no site) */
        static const char *const lending[] = {"credit",  "revolving", "loan",
                                              "lending", "borrowing", NULL};
        static const char *const fac[] = {"facility", "facilities", NULL};
        if ((size_t)site > s->t0 && ex_ty_is(a, (size_t)site, fac) &&
            ex_ty_is(a, (size_t)site - 1, lending))
            continue;
        /* (far from the verb, only past words that describe it: not "sold a Pharmacy Module
         * to 998-bed Memorial Medical Center") */
        static const char *const preps[] = {"to", "for", "from", "with", "of",
                                            "at", "in",  "by",   NULL};
        /* ("begun production at a 48 billion yen ($333 million) factory": past the "at" of
         * the production) */
        size_t pfrom = ex_tok_is(a, i, "production") ? i + 2 : i + 1;
        if ((size_t)site > i + 9 && (!(ex_tk(a, (size_t)site)->flags & EXTRACT_TOK_LOWER) ||
                                     ex_ty_find(a, pfrom, (size_t)site, preps) >= 0))
            continue;
        /* "a San Francisco startup that builds software to coordinate fleets of warehouse
         * robots": a site word naming another noun's kind, in what the company does */
        static const char *const site_after[] = {"in", "at",  "near", "on", "and",
                                                 "to", "for", "of",   NULL};
        if (end < s->t1 && (ex_tk(a, end)->flags & EXTRACT_TOK_LOWER) && i > s->t0 &&
            (ex_tok_is(a, i - 1, "that") || ex_tok_is(a, i - 1, "which")) &&
            !ex_ty_is(a, end, site_after))
            continue;
        /* "will spend $65 billion on three plants in Arizona", "invest $1 billion in a new
         * factory": money put into sites (new ones, or a count of them, are opened; else the
         * sites are expanded) */
        static const char *const put[] = {"invest", "invests",  "investing", "spend",
                                          "spends", "spending", NULL};
        if (ex_ty_is(a, i, put)) {
            static const char *const into[] = {"on", "in", "into", NULL};
            long on = ex_ty_find(a, i + 1, (size_t)site, into);
            /* (not money put into a company: "invest $50 million in Beta Inc, a maker of
             * plant equipment") */
            if (on < 0 || ex_ment_after(a, (size_t)on + 1, (size_t)site) >= 0) continue;
            /* (the verb's sum before "on": not "spending on infrastructure and plants") */
            int sum = 0;
            for (size_t q = 0; q < a->nnums && !sum; q++)
                sum = !a->nums[q].pct && a->nums[q].t0 > i && a->nums[q].t1 <= (size_t)on;
            if (!sum) continue;
            static const char *const fresh[] = {"new",  "two", "three",   "four",
                                                "five", "six", "several", NULL};
            if (ex_ty_find(a, (size_t)on + 1, (size_t)site, fresh) >= 0 ||
                ((size_t)site > (size_t)on + 1 &&
                 (ex_tk(a, (size_t)site - 1)->flags & EXTRACT_TOK_NUM)))
                action = "open";
        }
        /* "agreed to sell most of its stores to rival Pennant Living": the sale is the deal
         * (not "sold its Goldendale, Washington smelter to X": a plant in its place) */
        char where[96];
        if (strcmp(action, "sell") == 0 && ex_ty_remedy_sale(a, s, i)) continue;
        /* (a broker's call in quotes: "cut the miner to "sell", citing rising costs at its
         * mines") */
        if (strcmp(action, "sell") == 0 && i > s->t0 &&
            (ex_tok_is(a, i - 1, "\"") || ex_tok_is(a, i - 1, "\u201c") ||
             ex_tok_is(a, i - 1, "'")))
            continue;
        if (strcmp(action, "sell") == 0 && (sentence_has_deal(a, s) || sold_to(a, s, i)) &&
            !ty_place(a, s, end, where, sizeof where))
            continue;
        /* "would form a joint venture to build a $6 billion export terminal": the venture's
         * purpose, told with the partnership */
        static const char *const venture[] = {"joint venture", "venture", NULL};
        if (i > s->t0 + 1 && ex_tok_is(a, i - 1, "to") &&
            ex_ty_find_phrase(a, i > s->t0 + 24 ? i - 24 : s->t0, i, venture, NULL) >= 0)
            continue;
        /* ("a lawsuit over a 1984 contract to build a gas processing plant": what a contract
         * is for, no site of the subject's) */
        static const char *const pact[] = {"contract", "contracts", "agreement",
                                           "deal",     "order",     NULL};
        if (i > s->t0 + 2 && ex_tok_is(a, i - 1, "to") && ex_ty_is(a, i - 2, pact)) continue;
        /* "shares opened", "opened talks": the object must be a site, not a stake or goods */
        if (ex_ty_find(a, i + 1, (size_t)site, not_deal) >= 0) continue;
        /* "cleared the takeover on condition that it sells two plants": a remedy asked for */
        static const char *const cond[] = {"condition that", "conditions that", "provided that",
                                           "required to", NULL};
        if (ex_ty_find_phrase(a, i > s->t0 + 5 ? i - 5 : s->t0, i, cond, NULL) >= 0) continue;
        /* "Analysts said the company might also consider building a plant in India": a site
         * talked of, no plan told */
        static const char *const mull[] = {"consider", "considering", "considers", "mulling",
                                           "weighing", "possibility", "possible",  NULL};
        if (ex_ty_find(a, i > s->t0 + 3 ? i - 3 : s->t0, i, mull) >= 0 ||
            ex_ty_guessed(a, s, i > s->t0 + 5 ? i - 5 : s->t0, i))
            continue;
        co_t c;
        /* (the customer's site, a contractor builds it) */
        long kc = ex_ment_before(a, i, s->t0);
        /* ("Administrators from Loxwood Advisory said that 29 of the chain's 118 stores would
         * close": the sites a description owns are its company's) */
        size_t sb = (size_t)site > s->t0 + 5 ? (size_t)site - 5 : s->t0;
        int owned = 0;
        for (size_t q = sb; q < (size_t)site && (size_t)site < i && !owned; q++)
            owned = (ex_tk(a, q)->flags & EXTRACT_TOK_POSS) && q > s->t0 + 1 &&
                    ex_tok_is(a, q - 2, "the") && (ex_tk(a, q - 1)->flags & EXTRACT_TOK_LOWER) &&
                    (ex_resolve_desc(a, s, q - 2, q, NULL, 0, &c) ||
                     (s->seg == 0 && a->have_head_subj && (c = a->head_subj, 1)));
        if (owned)
            ;
        else if (kc >= 0 && contractor(a, s, kc)) {
            if (!customer_before(a, s, a->ments[kc].t0, &c)) continue;
        } else if (!ex_ty_subject_strict(a, s, i, &c))
            continue;
        /* "Sunbelt said it will issue 2.5 mln new shares to Tokai ..., and use the proceeds to
         * expand its wafer plant": "its" is the speaker's, the sentence's subject, not the
         * company named last */
        long k0 = ex_ment_after(a, s->t0, i);
        /* "a $2 billion construction loan from a group of banks led by JPMorgan and MUFG to
         * build a campus": the lenders fund, the borrower (the sentence's subject) builds */
        if (k0 >= 0 && kc > k0 && i > s->t0 && ex_tok_is(a, i - 1, "to")) {
            static const char *const lent[] = {"led by", "from", "lenders", "banks", NULL};
            if (ex_ty_find_phrase(a, a->ments[k0].t1, a->ments[kc].t0, lent, NULL) >= 0 &&
                !ex_co_eq(a, a->ments[k0].co, a->ments[kc].co))
                c = a->ments[k0].co;
        }
        /* ("Constellation Energy said Friday it has signed a deal to supply Microsoft with
         * power from the Three Mile Island plant, which it plans to restart": "it" is the
         * one who said) */
        if (k0 >= 0 && kc > k0 && i > s->t0 + 2 &&
            ex_ty_find_one(a, i > s->t0 + 3 ? i - 3 : s->t0, i, "it") >= 0 &&
            ex_ty_find_one(a, a->ments[k0].t1, a->ments[k0].t1 + 3 < i ? a->ments[k0].t1 + 3 : i,
                           "said") >= 0)
            c = a->ments[k0].co;
        long its = ex_ty_find_one(a, (size_t)site > s->t0 + 3 ? (size_t)site - 3 : s->t0,
                                  (size_t)site, "its");
        if (k0 >= 0 && kc > k0 && its > (long)i && a->ments[k0].t1 + 1 < i &&
            ex_tok_is(a, a->ments[k0].t1, "said") && ex_tok_is(a, a->ments[k0].t1 + 1, "it"))
            c = a->ments[k0].co;
        party_t p = {c, "subject"};
        event_t ev;
        if (ex_make_event(a, &ev, EVENT_FACILITY, &p, 1)) return;
        ex_set_str(a, &ev, "action", action);
        char place[96];
        int have = ty_place(a, s, end, place, sizeof place);
        /* "hire 1,200 workers at its plant in Lima, Ohio, ... and invest $180 million to
         * expand the facility": the site named earlier in the sentence, with its place */
        if (!have && (size_t)site > s->t0 && ex_tok_is(a, (size_t)site - 1, "the"))
            for (long e0 = ex_ty_find_phrase(a, s->t0, i, ty_sites, &end); e0 >= 0 && !have;
                 e0 = ex_ty_find_phrase(a, (size_t)e0 + 1, i, ty_sites, &end))
                have = ty_place(a, s, end, place, sizeof place);
        /* ("close its Norwood, Ohio, assembly plant", "its Chiba works": the place named
         * between "its" and the site, in capitals) */
        if (!have) {
            long its_at = ex_ty_find_one(a, (size_t)site > s->t0 + 8 ? (size_t)site - 8 : s->t0,
                                         (size_t)site, "its");
            size_t b = its_at >= 0 ? (size_t)its_at + 1 : (size_t)site, e = b;
            while (e < (size_t)site && ex_capword(a, e) && !ex_in_mention(a, e) &&
                   !date_month_of(a->text + ex_tk(a, e)->off, ex_tk(a, e)->len))
                e++;
            /* (", Ohio,": a state after the town; else a place the lexicon knows) */
            int known = 0;
            size_t pl;
            /* (or "its Toledo, Ohio manufacturing campus": no comma after the state) */
            /* (or the state abbreviated: "its Muncie, Ind., container plant") */
            size_t st = e + 2;
            if (st < (size_t)site && ex_tok_is(a, st, ".") &&
                !(ex_tk(a, st)->flags & EXTRACT_TOK_SPACE))
                st++;
            if (e > b && st <= (size_t)site && ex_tok_is(a, e, ",") && ex_capword(a, e + 1) &&
                (st == (size_t)site || ex_tok_is(a, st, ",") ||
                 (ex_tk(a, st)->flags & EXTRACT_TOK_LOWER)))
                e = st, known = 1;
            /* (a nationality is no place: "its French refinery") */
            const extract_tok_t *lt = ex_tk(a, b);
            const char *lw = a->text + lt->off;
            int nation = e == b + 1 && lt->len > 3 &&
                         (strncmp(lw + lt->len - 2, "an", 2) == 0 ||
                          strncmp(lw + lt->len - 2, "ch", 2) == 0 ||
                          strncmp(lw + lt->len - 3, "ish", 3) == 0 ||
                          strncmp(lw + lt->len - 3, "ese", 3) == 0);
            for (size_t q = b; q < e && !known && !nation; q++)
                known = ex_class_at(a, q, e, LEX_PLACE, &pl) && q + pl == e && q == b;
            /* (or the town of the dateline: "ELMIRA, N.Y. -- ... expand its Elmira
             * manufacturing facility") */
            if (!known && e == b + 1 && a->dl_city_len == ex_tk(a, b)->len &&
                strncasecmp(a->text + a->dl_city_off, a->text + ex_tk(a, b)->off, a->dl_city_len) ==
                    0)
                known = 1;
            /* (or a town the article named before with its state: "at Hallowmere's shipyard
             * in Jacksonville, Florida ... to expand its Jacksonville shipyard") */
            for (size_t q = 1; !known && e == b + 1 && q + 2 < s->t0; q++)
                known = ex_tk(a, q)->h == ex_tk(a, b)->h && ex_tok_is(a, q - 1, "in") &&
                        ex_tok_is(a, q + 1, ",") && ex_capword(a, q + 2) && ex_capword(a, q) &&
                        !ex_in_mention(a, q);
            /* (or one word in mixed case right before the site, after "its": "close its
             * Kuhmo sawmill", a town the reader is told by the site; not a nationality) */
            static const char *const town_sites[] = {"mill",  "mills", "sawmill", "sawmills",
                                                     "mine",  "mines", "smelter", "refinery",
                                                     "works", NULL};
            if (!known && !nation && e == b + 1 && e == (size_t)site && its_at >= 0 &&
                ex_ty_is(a, (size_t)site, town_sites) &&
                !(ex_tk(a, b)->flags & EXTRACT_TOK_UPPER) && ex_tk(a, b)->len >= 4 &&
                !ex_class_at(a, b, e, LEX_NOTNAME, NULL))
                known = 1;
            if (e > b && e - b <= 6 && known) {
                ex_span_text(a, b, e, place, sizeof place);
                have = 1;
            }
        }
        if (have) ex_set_str(a, &ev, "location", place);
        /* "Sorano shut its plant in Ohio in 2024": a site closed or opened in an earlier year
         * is background */
        /* (or "last year": "The company, which closed two older plants in Louisiana last
         * year, said", "which it opened last year", a relative clause of what it did) */
        static const char *const last_year[] = {"last year", "a year ago", NULL};
        /* (or a month gone by: "the company, which cut about 30% of its workforce in August and
         * closed its sales offices in Arizona and Nevada in October", told in February) */
        size_t pe = end + 8 < s->t1 ? end + 8 : s->t1;
        if ((ex_ty_past_year(a, end, pe, 1) ||
             (ex_rel_open(a, i > s->t0 + 6 ? i - 6 : s->t0, i) &&
              ex_ty_find_phrase(a, end, pe, last_year, NULL) >= 0) ||
             (ex_rel_open(a, i > s->t0 + 14 ? i - 14 : s->t0, i) && ex_ty_past_month(a, i, pe))) &&
            event_set_bool(&ev, "context", 1))
            a->oom = 1;
        int bg = 0;
        event_get_bool(&ev, "context", &bg);
        ex_emit(a, s, &ev, ex_sentence_date(a, 0));
        /* ("Harbridge, which shut all 214 of its stores in March, will permanently close 64 of
         * them": past a site told as background, the news may follow) */
        if (bg) {
            i = end > i ? end - 1 : i;
            continue;
        }
        /* ("agreed to sell its paperboard mill in Skowhegan, Maine, ..., and will close its
         * pulp mill in Berlin, N.H.": a second site, with a verb of its own after "and") */
        static const char *const and_w[] = {"and", NULL};
        long nx = ex_ty_find(a, end > i ? end : i + 1, s->t1, and_w);
        if (nx < 0 || (size_t)nx <= i) return;
        i = (size_t)nx;
    }
}

/* "Oakhurst Airlines ordered 50 jets from Boeing": the company that orders is the customer,
 * the one it orders from the supplier. Returns 1 when it emitted one. */
static int ty_order(art_t *a, const sent_t *s)
{
    static const char *const ordered[] = {"ordered", NULL};
    static const char *const order_n[] = {"order", "orders", NULL};
    static const char *const from[] = {"from", NULL};
    long v = ex_ty_find(a, s->t0, s->t1, ordered);
    /* "placed a firm order for 40 Airbus A321neo jets": the noun, its "for" as the verb */
    if (v < 0)
        for (long o = ex_ty_find(a, s->t0, s->t1, order_n); o >= 0 && v < 0;
             o = ex_ty_find(a, (size_t)o + 1, s->t1, order_n))
            if ((size_t)o + 2 < s->t1 && ex_tok_is(a, (size_t)o + 1, "for") &&
                (ex_tk(a, (size_t)o + 2)->flags & EXTRACT_TOK_NUM))
                v = o + 1;
    /* "agreed to buy 12 Boeing 737 aircraft from Boeing Co": vehicles bought by the count
     * are an order */
    static const char *const buy[] = {"buy",       "buys",    "bought",   "purchase", "purchased",
                                      "purchases", "acquire", "acquired", NULL};
    static const char *const vehicles[] = {"aircraft",  "jets",       "jetliners",   "planes",
                                           "airplanes", "airliners",  "locomotives", "railcars",
                                           "ships",     "vessels",    "tankers",     "trucks",
                                           "turbines",  "satellites", "helicopters", "freighters",
                                           "jet",       "cars",       "buses",       NULL};
    /* (the count in words, the model's name long: "to buy eight ES-200 twin-engine jets") */
    double cnt;
    for (long b = v < 0 ? ex_ty_find(a, s->t0, s->t1, buy) : -1; b >= 0 && v < 0;
         b = ex_ty_find(a, (size_t)b + 1, s->t1, buy))
        if ((size_t)b + 2 < s->t1 &&
            ((ex_tk(a, (size_t)b + 1)->flags & EXTRACT_TOK_NUM) ||
             ex_ty_small_num(a, (size_t)b + 1, &cnt)) &&
            ex_ty_find(a, (size_t)b + 2, (size_t)b + 10 < s->t1 ? (size_t)b + 10 : s->t1,
                       vehicles) >= 0)
            v = b;
    if (v < 0) return 0;
    /* (the verb's object may be long, "ordered 40 A-series narrowbody jets from"; the noun's
     * "from" is the maker's only a few words on) */
    size_t fw = !ex_tok_is(a, (size_t)v, "for") ? 10 : 8;
    long f = ex_ty_find(a, (size_t)v + 1, (size_t)v + fw < s->t1 ? (size_t)v + fw : s->t1, from);
    long ks;
    if (f >= 0) {
        /* ("from planemaker Aerion SA": a description between) */
        size_t r = ex_desc_end(a, s, (size_t)f + 1, (size_t)f + 4);
        if (r == (size_t)f + 1) r = (size_t)f + 2;
        ks = ex_ment_after(a, (size_t)f + 1, r + 1 < s->t1 ? r + 1 : s->t1);
    } else {
        /* "ordered 60 Airbus A321neo jets": the maker named after the count */
        size_t q = (size_t)v + 1;
        if (q < s->t1 && (ex_tk(a, q)->flags & EXTRACT_TOK_NUM)) q++;
        ks = q < s->t1 ? ex_ment_after(a, q, q + 1) : -1;
        /* ("Skagit Aerospace Corp said Chelan Airlines Inc ordered six of its 34-seat
         * turboprop airliners": "its" the maker speaking) */
        static const char *const count_w[] = {"two",   "three", "four", "five", "six", "seven",
                                              "eight", "nine",  "ten",  "12",   NULL};
        size_t c = (size_t)v + 1;
        if (ks < 0 && c + 2 < s->t1 &&
            ((ex_tk(a, c)->flags & EXTRACT_TOK_NUM) || ex_ty_is(a, c, count_w)) &&
            ex_tok_is(a, c + 1, "of") && ex_tok_is(a, c + 2, "its")) {
            long m0 = ex_ment_after(a, s->t0, (size_t)v);
            if (m0 >= 0 && a->ments[m0].t1 < s->t1 && ex_tok_is(a, a->ments[m0].t1, "said"))
                ks = m0;
        }
        f = (long)v;
    }
    long kc = ex_ment_before(a, (size_t)v, s->t0);
    if (kc < 0 || ks < 0 || a->ments[kc].regulator || a->ments[ks].regulator ||
        ex_co_eq(a, a->ments[kc].co, a->ments[ks].co))
        return 0;
    party_t p[2] = {{a->ments[ks].co, "supplier"}, {a->ments[kc].co, "customer"}};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_CONTRACT, p, 2)) return 0;
    ex_set_money(a, &ev, ex_money_near(a, (size_t)f), 0);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
    return 1;
}

/* Emits a contract between supplier and customer (not one company twice), of money m
 * (borrowed, may be NULL); returns 1 when
 * the sentence's contract is told (emitted, or out of memory), 0 when there is none. */
static int emit_contract(art_t *a, const sent_t *s, co_t supplier, co_t customer, const num_t *m)
{
    if (ex_co_eq(a, supplier, customer)) return 0;
    party_t p[2] = {{supplier, "supplier"}, {customer, "customer"}};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_CONTRACT, p, 2)) return 1;
    ex_set_money(a, &ev, m, 0);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
    return 1;
}

/* The company that signs an agreement at token n: the name before it, else the sentence's
 * subject; 1 when there is one, into *out. */
static int signer_before(art_t *a, const sent_t *s, size_t n, co_t *out)
{
    long kb = ex_ment_before(a, n, s->t0);
    if (kb >= 0) {
        *out = a->ments[kb].co;
        return 1;
    }
    return ex_ty_subject(a, s, n, out);
}

/* A contract told from the buyer's side or with its customer named before what is supplied:
 * "signed a 15-year agreement to buy power from Westwind" (Westwind supplies), "announced a
 * multi-year agreement with Carrow Logistics to deploy its systems" (Carrow is the customer).
 * Returns 1 when it emitted one. Not "an agreement to buy Pinecrest" (a company bought is a
 * takeover) nor "an agreement with X to build a plant" (a joint project). */
static int ty_contract_sides(art_t *a, const sent_t *s)
{
    static const char *const deal[] = {"agreement", "deal", "contract", NULL};
    static const char *const buy[] = {"buy", "purchase", "source", NULL};
    static const char *const give[] = {"deploy", "supply", "provide", "deliver", "install", NULL};
    static const char *const bought[] = {"buy",     "buys",    "bought",  "purchase", "source",
                                         "sources", "sourced", "procure", "procures", NULL};
    static const char *const under[] = {"under", NULL};
    long n = ex_ty_find(a, s->t0, s->t1, deal);
    if (n < 0) return 0;
    co_t supplier, customer;
    long ks = -1, kc = -1;
    /* "will source cells from Chinese supplier Lianfeng Power under a new five-year
     * agreement": bought from a company under the deal (not a company bought) */
    long un = ex_ty_find(a, (size_t)n > s->t0 + 8 ? (size_t)n - 8 : s->t0, (size_t)n, under);
    long bv = un > (long)s->t0 ? ex_ty_find(a, (size_t)un > s->t0 + 12 ? (size_t)un - 12 : s->t0,
                                            (size_t)un, bought)
                               : -1;
    if (bv >= 0 && !sentence_has_deal(a, s)) {
        for (size_t q = (size_t)bv + 1; q < (size_t)un && ks < 0; q++) {
            if (!ex_tok_is(a, q, "from")) continue;
            size_t r = ex_desc_end(a, s, q + 1, q + 4 < (size_t)un ? q + 4 : (size_t)un);
            ks = ex_ment_after(a, q + 1, r + 1 < (size_t)un ? r + 1 : (size_t)un);
        }
        if (ks >= 0 && !a->ments[ks].regulator &&
            ex_ment_after(a, (size_t)bv + 1, (size_t)bv + 2) < 0) {
            supplier = a->ments[ks].co;
            long kb = ex_ment_before(a, (size_t)bv, s->t0);
            if (kb >= 0 ? (customer = a->ments[kb].co, 1)
                        : ex_ty_subject(a, s, (size_t)bv, &customer))
                return emit_contract(a, s, supplier, customer, NULL);
        }
        ks = -1;
    }
    if ((size_t)n + 3 >= s->t1) return 0;
    size_t i = (size_t)n + 1;
    if (ex_tok_is(a, i, "to") && ex_ty_is(a, i + 1, buy)) {
        if (ex_ment_after(a, i + 2, i + 3) >= 0) return 0;
        /* "an agreement to buy three savings branches from X": what the deal rules read as
         * a purchase of a business is none */
        if (sentence_has_deal(a, s)) return 0;
        for (size_t q = i + 2; q + 1 < s->t1 && q < i + 8 && ks < 0; q++)
            if (ex_tok_is(a, q, "from")) ks = ex_ment_after(a, q + 1, q + 2);
        if (ks < 0) return 0;
        supplier = a->ments[ks].co;
        if (!signer_before(a, s, (size_t)n, &customer)) return 0;
    } else if (ex_tok_is(a, i, "with") && ex_tok_is(a, (size_t)n, "contract") &&
               (ks = ex_ment_after(a, i + 1, ex_desc_end(a, s, i + 1, i + 4) + 1)) >= 0 &&
               a->ments[ks].t1 + 1 < s->t1 && ex_tok_is(a, a->ments[ks].t1, "to") &&
               ex_ty_is(a, a->ments[ks].t1 + 1, ty_serve)) {
        /* "signed a $1.1 billion contract with logistics firm Brennard Freight to build and run
         * two distribution centers": the contractor does the work */
        supplier = a->ments[ks].co;
        if (!customer_before(a, s, (size_t)n, &customer)) return 0;
        return emit_contract(a, s, supplier, customer, ex_money_near(a, (size_t)n));
    } else if (ex_tok_is(a, i, "with") && (size_t)n > s->t0 &&
               (ex_tok_is(a, (size_t)n - 1, "purchase") ||
                ex_tok_is(a, (size_t)n - 1, "offtake")) &&
               !sentence_has_deal(a, s) &&
               (ks = ex_ment_after(a, i + 1, ex_desc_end(a, s, i + 1, i + 4) + 1)) >= 0 &&
               !a->ments[ks].regulator) {
        /* "signed a 20-year power purchase agreement with Constellation Energy": the one that
         * signs buys, the one it is signed with supplies */
        supplier = a->ments[ks].co;
        if (!signer_before(a, s, (size_t)n, &customer)) return 0;
    } else if (ex_tok_is(a, i, "with") &&
               (kc = ex_ment_after(a, i + 1, ex_desc_end(a, s, i + 1, i + 4) + 1)) >= 0) {
        size_t e = a->ments[kc].t1;
        if (e + 1 >= s->t1 || !ex_tok_is(a, e, "to") || !ex_ty_is(a, e + 1, give)) return 0;
        customer = a->ments[kc].co;
        if (!signer_before(a, s, (size_t)n, &supplier)) return 0;
    } else
        return 0;
    return emit_contract(a, s, supplier, customer, NULL);
}

/* "Veltro Motors has chosen South Korea's Hanseo Energy to supply battery cells": a supplier
 * chosen to supply (the chooser its customer). Returns 1 when it emitted one. */
static int ty_chosen(art_t *a, const sent_t *s)
{
    long v = ex_ty_find(a, s->t0, s->t1, ex_ty_chose);
    if (v < 0 || (size_t)v + 3 >= s->t1) return 0;
    size_t q = (size_t)v + 1;
    /* ("South Korea's Hanseo Energy": a place and its possessive before the name) */
    size_t pl;
    if (ex_class_at(a, q, s->t1, LEX_PLACE, &pl) && q + pl < s->t1 &&
        (ex_tk(a, q + pl)->flags & EXTRACT_TOK_POSS))
        q += pl + 1;
    /* ("French rail equipment maker Aerovant SA": a description of four words) */
    size_t r = ex_desc_end(a, s, q, q + 5 < s->t1 ? q + 5 : s->t1);
    long ks = ex_ment_after(a, q, r + 1 < s->t1 ? r + 1 : s->t1);
    if (ks < 0 || a->ments[ks].regulator) return 0;
    size_t e = a->ments[ks].t1;
    if (e + 1 >= s->t1 || !ex_tok_is(a, e, "to") || !ex_ty_is(a, e + 1, ex_ty_supply)) return 0;
    co_t customer;
    if (!customer_before(a, s, (size_t)v, &customer)) return 0;
    /* ("to supply 180 trains in a contract worth 2.3 billion euros": the contract's worth) */
    const num_t *m = NULL;
    static const char *const worth[] = {"worth", "valued", NULL};
    long w = ex_ty_find(a, e + 2, e + 16 < s->t1 ? e + 16 : s->t1, worth);
    for (size_t q = 0; q < a->nnums && !m && w >= 0; q++)
        if (!a->nums[q].pct && a->nums[q].cur[0] && a->nums[q].t0 > (size_t)w &&
            a->nums[q].t0 <= (size_t)w + 4)
            m = &a->nums[q];
    return emit_contract(a, s, a->ments[ks].co, customer, m);
}

/* "The contract is worth about $3 billion over six years": the amount of the contract the
 * article told just before (in the same segment, with none yet). Returns 1 when it took it. */
static int ty_contract_worth(art_t *a, const sent_t *s)
{
    static const char *const the[] = {"the", "that", "this", NULL};
    static const char *const noun[] = {"contract", "deal", "agreement", "order", NULL};
    if (s->t0 + 3 >= s->t1 || !ex_ty_is(a, s->t0, the) || !ex_ty_is(a, s->t0 + 1, noun) ||
        !(ex_tok_is(a, s->t0 + 2, "is") || ex_tok_is(a, s->t0 + 2, "was")) ||
        !ex_tok_is(a, s->t0 + 3, "worth"))
        return 0;
    const num_t *m = ex_money_near(a, s->t0 + 3);
    if (!m) return 0;
    for (size_t i = a->out->n; i-- > a->out_base;) {
        event_t *o = &a->out->items[i];
        if (a->ev_seg[i - a->out_base] != s->seg) break;
        if (o->type != EVENT_CONTRACT) continue;
        if (event_get(o, "amount")) return 0;
        ex_set_money(a, o, m, 0);
        return 1;
    }
    return 0;
}

/* "Seogang also said it would supply batteries worth 4.1 trillion won ($2.8 billion) to U.S.
 * utility NextEra Energy": goods supplied to a company named after "to" past what is supplied
 * (a description of it allowed), by the company before the verb. Returns 1 when it emitted
 * one. */
static int ty_supply_to(art_t *a, const sent_t *s)
{
    static const char *const supply[] = {"supply", "supplies", "deliver", "delivers", NULL};
    static const char *const will[] = {"will", "would", "to", "agreed", NULL};
    long v = ex_ty_find(a, s->t0, s->t1, supply);
    if (v < 0 || (size_t)v == s->t0 || !ex_ty_is(a, (size_t)v - 1, will) ||
        ex_ty_negated(a, s, (size_t)v, 1))
        return 0;
    /* the supplier: the company before the verb, in the verb's own clause (not "In the earlier
     * deal with Southland, PDVSA agreed to supply Citgo"), else the sentence's subject */
    co_t supplier;
    long ks = ex_ment_before(a, (size_t)v, s->t0);
    static const char *const opener[] = {"in", "under", "after", "as", "with", "for", NULL};
    if (ks >= 0 && ex_ty_is(a, s->t0, opener) &&
        ex_ty_find_one(a, a->ments[ks].t1, (size_t)v, ",") >= 0)
        return 0;
    if (ks >= 0 && !a->ments[ks].regulator)
        supplier = a->ments[ks].co;
    else if (!ex_ty_subject(a, s, (size_t)v, &supplier))
        return 0;
    /* "to supply artificial intelligence lab Nebulon with computing capacity": the customer
     * right after the verb (past its description), what is supplied after "with" */
    size_t r0 = ex_desc_end(a, s, (size_t)v + 1, (size_t)v + 5 < s->t1 ? (size_t)v + 5 : s->t1);
    long kc = ex_ment_after(a, (size_t)v + 1, (r0 > (size_t)v + 1 ? r0 : (size_t)v + 1) + 1);
    int with = kc >= 0 && a->ments[kc].t1 < s->t1 && ex_tok_is(a, a->ments[kc].t1, "with");
    if (!with) {
        /* what is supplied first, then "to" and the customer (no company right after the
         * verb otherwise) */
        if (ex_ment_after(a, (size_t)v + 1, (size_t)v + 2) >= 0) return 0;
        kc = -1;
        for (size_t q = (size_t)v + 2; kc < 0 && q + 1 < s->t1 && q < (size_t)v + 16; q++) {
            if (!ex_tok_is(a, q, "to")) continue;
            size_t r = ex_desc_end(a, s, q + 1, q + 5 < s->t1 ? q + 5 : s->t1);
            if (r == q + 1) r = q + 2;
            kc = ex_ment_after(a, q + 1, r + 1 < s->t1 ? r + 1 : s->t1);
            if (kc < 0) break; /* ("to power its plants": a purpose, no customer) */
        }
    }
    if (kc < 0 || a->ments[kc].regulator) return 0;
    /* the worth: after "with ..." and the customer, else between the verb and the customer */
    const num_t *m = NULL;
    for (size_t q = 0; q < a->nnums && !m; q++)
        if (!a->nums[q].pct &&
            (with ? a->nums[q].t0 > a->ments[kc].t1
                  : a->nums[q].t0 > (size_t)v && a->nums[q].t0 < a->ments[kc].t0))
            m = &a->nums[q];
    /* ... else what the contract is worth, said before the verb ("won a $400 million contract
     * to supply") or after the customer ("to Tesla Inc, worth about $400 million") */
    static const char *const deal_n[] = {"contract", "deal", "agreement", "order", NULL};
    static const char *const worth[] = {"worth", "valued", NULL};
    for (size_t q = 0; q < a->nnums && !m; q++) {
        const num_t *n = &a->nums[q];
        if (n->pct) continue;
        size_t e = n->t1 + 3 < (size_t)v ? n->t1 + 3 : (size_t)v;
        if ((n->t1 <= (size_t)v && ex_ty_find(a, n->t1, e, deal_n) >= 0) ||
            (n->t0 > a->ments[kc].t1 && n->t0 >= 2 &&
             ex_ty_find(a, n->t0 - 2 > a->ments[kc].t1 ? n->t0 - 2 : a->ments[kc].t1, n->t0,
                        worth) >= 0))
            m = n;
    }
    return emit_contract(a, s, supplier, a->ments[kc].co, m);
}

static void ty_contract(art_t *a, const sent_t *s)
{
    if (ty_order(a, s)) return;
    if (ty_supply_to(a, s)) return;
    if (ty_chosen(a, s)) return;
    if (ty_contract_worth(a, s)) return;
    if (ty_contract_sides(a, s)) return;
    static const char *const noun[] = {"contract",
                                       "contracts",
                                       "supply deal",
                                       "supply agreement",
                                       "supply contract",
                                       "order",
                                       "orders",
                                       "deal to supply",
                                       "deal to provide",
                                       "agreement to supply",
                                       "agreement to provide",
                                       "deal worth",
                                       NULL};
    static const char *const verbs[] = {"won",      "wins",      "win",      "awarded", "signed",
                                        "signs",    "lands",     "landed",   "secured", "secures",
                                        "received", "receives",  "clinched", "inked",   "supply",
                                        "supplies", "supplying", "selected", NULL};
    size_t ne = 0;
    long n = ex_ty_find_phrase(a, s->t0, s->t1, noun, &ne);
    if (n < 0) return;
    long v = ex_ty_find(a, (size_t)n > s->t0 + 12 ? (size_t)n - 12 : s->t0, (size_t)n, verbs);
    if (v < 0) return;
    /* "a deal worth" is a contract only when it supplies ("signed a deal worth $43 billion to
     * buy Seagen" is a takeover) */
    static const char *const supplying[] = {"supply", "supplies", "supplying", "selected", NULL};
    if (ex_tok_is(a, (size_t)n, "deal") && ex_tok_is(a, (size_t)n + 1, "worth") &&
        ex_ty_find(a, (size_t)n > s->t0 + 12 ? (size_t)n - 12 : s->t0, (size_t)n, supplying) < 0)
        return;
    const num_t *m = ex_money_near(a, (size_t)v);
    long ks = ex_ment_before(a, (size_t)v, s->t0);
    co_t supplier, customer = {NULL, -1};
    int have_customer = 0;
    if (ks >= 0)
        supplier = a->ments[ks].co;
    else if (!ex_ty_subject(a, s, (size_t)v, &supplier))
        return;
    /* "the U.S. Defense Department awarded the company's unit several new contracts": the one
     * that awards (no passive before) is the customer, the company after the verb supplies */
    if (ks >= 0 && ex_tok_is(a, (size_t)v, "awarded") && (size_t)v > s->t0 &&
        !ex_passive_before(a, (size_t)v)) {
        long ka = ex_ment_after(a, (size_t)v + 1, (size_t)n);
        /* ("AeroVantage Systems Awarded $1.2 Billion U.S. Air Force Contract": a headline's
         * passive; a government named before the contract buys, it is awarded nothing) */
        const registry_entry_t *ge = ka >= 0 ? a->ments[ka].co.ent : NULL;
        if (ge && ge->sector && strstr(ge->sector, "government")) ka = -1;
        /* ("Treadwell Rail Systems Awarded $1.4 Billion NJ TRANSIT Contract": in a title, the
         * company right before the contract is the one whose contract it is) */
        if (ka >= 0 && a->ments[ka].t1 == (size_t)n &&
            (ex_tk(a, (size_t)v)->flags & EXTRACT_TOK_CAP) &&
            !ex_co_eq(a, a->ments[ka].co, supplier)) {
            customer = a->ments[ka].co;
            have_customer = 1;
            ka = -1;
        }
        if (ka >= 0 && !ex_co_eq(a, a->ments[ka].co, supplier)) {
            customer = supplier;
            have_customer = 1;
            supplier = a->ments[ka].co;
        }
        /* ("Meridian ... announced that the Naval Air Systems Command has awarded the company a
         * $412 million contract": a government awards the one the sentence opens with) */
        /* (or any buyer: "Treadwell announced that NJ Transit has awarded it a contract") */
        if (ka < 0 &&
            (ex_tok_is(a, (size_t)v + 1, "it") ||
             (ex_tok_is(a, (size_t)v + 1, "the") &&
              (ex_tok_is(a, (size_t)v + 2, "company") || ex_tok_is(a, (size_t)v + 2, "firm"))))) {
            long k0 = -1;
            for (size_t q = 0; q < a->nments && k0 < 0; q++)
                if (a->ments[q].t0 >= s->t0 && a->ments[q].t0 < a->ments[ks].t0 &&
                    !a->ments[q].regulator &&
                    !(a->ments[q].co.ent && a->ments[q].co.ent->sector &&
                      strstr(a->ments[q].co.ent->sector, "government")))
                    k0 = (long)q;
            if (k0 < 0) return;
            customer = supplier;
            have_customer = 1;
            supplier = a->ments[k0].co;
        }
    }
    /* "won a 25 mln dlr Navy contract": a government buyer named before the contract (the
     * service's bare name only there, where it can be no other) */
    static const struct {
        const char *word, *id;
    } services[] = {{"navy", "us-navy"}, {"army", "us-army"}, {"force", "us-air-force"}};
    for (size_t w = 0; w < sizeof services / sizeof services[0] && !have_customer; w++)
        if ((size_t)n > (size_t)v + 1 && ex_tok_is(a, (size_t)n - 1, services[w].word) &&
            (ex_tk(a, (size_t)n - 1)->flags & EXTRACT_TOK_CAP) &&
            (w < 2 || ex_tok_is(a, (size_t)n - 2, "air"))) {
            const registry_entry_t *g = registry_find(a->x->reg, services[w].id);
            if (g && !(supplier.ent == g)) customer.ent = g, customer.prov = -1, have_customer = 1;
        }
    /* ("awarded a 145.6 mln dlr contract for sonar systems for the Navy's attack submarines":
     * the service whose possessive names what the work is for) */
    for (size_t q = (size_t)n + 2; q + 1 < s->t1 && q < (size_t)n + 12 && !have_customer; q++)
        for (size_t w = 0; w < sizeof services / sizeof services[0]; w++) {
            size_t b = w < 2 ? q : q - 1; /* ("the Air Force's") */
            if (!ex_tok_is(a, q, services[w].word) || !(ex_tk(a, q)->flags & EXTRACT_TOK_CAP) ||
                !(ex_tk(a, q + 1)->flags & EXTRACT_TOK_POSS) || b <= (size_t)n ||
                !ex_tok_is(a, b - 1, "the") || (w == 2 && !ex_tok_is(a, q - 1, "air")))
                continue;
            const registry_entry_t *g = registry_find(a->x->reg, services[w].id);
            if (g && !(supplier.ent == g)) customer.ent = g, customer.prov = -1, have_customer = 1;
            break;
        }
    for (size_t q = 0; q < a->nments && !have_customer; q++) {
        const registry_entry_t *en = a->ments[q].co.ent;
        if (a->ments[q].t0 > (size_t)v && a->ments[q].t1 <= (size_t)n && en && en->sector &&
            strstr(en->sector, "government") && !ex_co_eq(a, a->ments[q].co, supplier)) {
            customer = a->ments[q].co;
            have_customer = 1;
        }
    }
    /* the customer: "to supply X with", or "for X", "from X", "with X", "by X" after the
     * contract */
    static const char *const supply[] = {"supply", "supplies", "supplying", NULL};
    long kc = ex_ty_is(a, (size_t)v, supply) ? ex_ment_after(a, (size_t)v + 1, (size_t)v + 2) : -1;
    if (kc >= 0 && !a->ments[kc].regulator && !ex_co_eq(a, a->ments[kc].co, supplier)) {
        customer = a->ments[kc].co;
        have_customer = 1;
    }
    /* "signed an agreement to supply chips to Microsoft", "a deal to provide Microsoft with
     * chips": the customer after the noun's verb, or after "to" past what is supplied */
    static const char *const give_end[] = {"supply", "provide", NULL};
    if (!have_customer && ne > 0 && ne < s->t1 && ex_ty_is(a, ne - 1, give_end)) {
        long k = ex_ment_after(a, ne, ne + 1);
        for (size_t q = ne; k < 0 && q + 1 < s->t1 && q < ne + 6; q++)
            if (ex_tok_is(a, q, "to")) {
                k = ex_ment_after(a, q + 1, q + 2);
                /* ("to South Korea's LG Energy Solution": a place and its possessive first) */
                size_t pl;
                if (k < 0 && ex_class_at(a, q + 1, s->t1, LEX_PLACE, &pl) && q + 2 + pl < s->t1 &&
                    (ex_tk(a, q + 1 + pl)->flags & EXTRACT_TOK_POSS))
                    k = ex_ment_after(a, q + 2 + pl, q + 3 + pl);
            }
        if (k >= 0 && !a->ments[k].regulator && !ex_co_eq(a, a->ments[k].co, supplier)) {
            customer = a->ments[k].co;
            have_customer = 1;
        }
    }
    size_t cust_end = 0; /* the end of the customer's name when found after "with" */
    for (size_t i = (size_t)v; i + 1 < s->t1 && !have_customer; i++) {
        if (!(ex_tok_is(a, i, "for") || ex_tok_is(a, i, "from") || ex_tok_is(a, i, "with") ||
              ex_tok_is(a, i, "by")))
            continue;
        /* ("from German utility Rheinwerk AG": a description between; "from Norwegian
         * state-owned rail infrastructure company Hordafjord Baneservice AS") */
        size_t r = ex_desc_end(a, s, i + 1, i + 9 < s->t1 ? i + 9 : s->t1);
        if (r == i + 1) r = i + 2;
        long k = ex_ment_after(a, i + 1, r + 1 < s->t1 ? r + 1 : s->t1);
        /* ("from Spain's Iberdrola": past a place and its possessive) */
        size_t pl;
        if (k < 0 && ex_class_at(a, i + 1, s->t1, LEX_PLACE, &pl) && i + 2 + pl < s->t1 &&
            (ex_tk(a, i + 1 + pl)->flags & EXTRACT_TOK_POSS))
            k = ex_ment_after(a, i + 2 + pl, i + 3 + pl);
        if (k >= 0 && !a->ments[k].regulator && !ex_co_eq(a, a->ments[k].co, supplier)) {
            customer = a->ments[k].co;
            have_customer = 1;
            if (ex_tok_is(a, i, "with")) cust_end = a->ments[k].t1;
        }
        /* ("awarded a 112.4 mln dlr contract by the Navy": a service by its bare name after
         * "the", where no country's name comes between) */
        for (size_t w = 0; k < 0 && i + 3 < s->t1 && ex_tok_is(a, i + 1, "the") &&
                           w < sizeof services / sizeof services[0];
             w++) {
            size_t q = i + 2 + (w == 2);
            if (!ex_tok_is(a, q, services[w].word) || !(ex_tk(a, q)->flags & EXTRACT_TOK_CAP) ||
                (w == 2 && !ex_tok_is(a, i + 2, "air")))
                continue;
            const registry_entry_t *g = registry_find(a->x->reg, services[w].id);
            if (g && !(supplier.ent == g)) customer.ent = g, customer.prov = -1, have_customer = 1;
        }
    }
    if (!m && !have_customer) return;
    /* "Toyota signed a supply agreement with Panasonic Energy for lithium-ion cells", "... with
     * X to buy its cells": goods had from the one the agreement is with, who supplies them */
    static const char *const had[] = {"buy", "purchase", "source", "procure", NULL};
    static const char *const supply_n[] = {"supply", NULL};
    size_t e = cust_end;
    /* (past the rest of a name the registry knows shorter: "Panasonic Energy") */
    while (e && e + 2 < s->t1 && e < cust_end + 3 && ex_capword(a, e)) e++;
    if (e && e + 1 < s->t1 && ex_ty_is(a, (size_t)n, supply_n) &&
        ((ex_tok_is(a, e, "for") && (ex_tk(a, e + 1)->flags & EXTRACT_TOK_LOWER) &&
          !(ex_tk(a, e + 1)->flags & EXTRACT_TOK_NUM)) ||
         (ex_tok_is(a, e, "to") && ex_ty_is(a, e + 1, had)))) {
        co_t t = supplier;
        supplier = customer;
        customer = t;
    }
    /* (not a figure of a clause before, past a comma: "Opens $450 Million Lithium Hydroxide
     * Plant in Nevada, Signs Supply Deal With Kaito Motors") */
    if (m && m->t1 <= (size_t)n && ex_ty_find_one(a, m->t1, (size_t)n, ",") >= 0) m = NULL;
    party_t p[2] = {{supplier, "supplier"}, {customer, "customer"}};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_CONTRACT, p, have_customer ? 2 : 1)) return;
    ex_set_money(a, &ev, m, 0);
    /* "Aldwych, which won an earlier 31 mln dlr contract for development of the receivers in
     * 1985": a contract of before, told as background */
    static const char *const before[] = {"earlier", "previous", "prior", "original", NULL};
    if ((ex_ty_find(a, (size_t)n > s->t0 + 8 ? (size_t)n - 8 : s->t0, (size_t)n, before) >= 0 ||
         ex_ty_past_year(a, (size_t)n, s->t1, 1)) &&
        event_set_bool(&ev, "context", 1))
        a->oom = 1;
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* "The contract is valued at approximately $1.1 billion": the value of the segment's latest
 * contract told without one, in a sentence that opens with it and names no company. Returns
 * 1 when it took the sentence. */
static int contract_value_followup(art_t *a, const sent_t *s)
{
    static const char *const pact[] = {"contract", "agreement", "deal", "order", NULL};
    static const char *const worth[] = {"is valued at", "was valued at",  "is worth",
                                        "was worth",    "has a value of", NULL};
    if (s->t0 + 4 >= s->t1 || !ex_tok_is(a, s->t0, "the") || !ex_ty_is(a, s->t0 + 1, pact))
        return 0;
    size_t we;
    if (ex_ty_find_phrase(a, s->t0 + 2, s->t0 + 6 < s->t1 ? s->t0 + 6 : s->t1, worth, &we) < 0)
        return 0;
    for (size_t m = 0; m < a->nments; m++)
        if (a->ments[m].t0 >= s->t0 && a->ments[m].t0 < s->t1) return 0;
    const num_t *n = ex_money_in(a, we, we + 2);
    if (!n) return 0;
    event_t *ev = ex_seg_event(a, s->seg, EVENT_CONTRACT);
    if (!ev) return 0;
    if (!event_get(ev, "amount")) ex_set_money(a, ev, n, 1);
    return 1;
}

void ex_rule_business(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    (void)h;
    if (!ex_ty_sentence_ok(s)) return;
    if (contract_value_followup(a, s)) return;
    ty_facility(a, s);
    ty_contract(a, s);
}

void ex_rule_context(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    (void)h;
    if (ex_ty_sentence_ok(s)) ex_ty_mark_context(a, s);
}
