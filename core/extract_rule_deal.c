/* extract_rule_deal: acquisitions and investments (acquirer, target, seller; investor,
 * investee), their status, amount and stake. */
#include "extract_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A negation shortly before a deal trigger, with no company or clause break between:
 * "not interested in acquiring", "denied it was in talks to buy", "has no plans to sell"
 * (lexicon class neg) mean no deal; a neg phrase valued "terminated" ("ended talks") makes
 * the deal terminated, one valued "rejected" ("rejected", "turned down") rejected. Returns 0
 * (none), 1 (no deal), 2 (terminated), 3 (rejected). */
#define NEG_WINDOW      5  /* tokens between a negation and the trigger */
#define NEG_WINDOW_TERM 10 /* ... for a rejection (companies may come between) */
#define NEG_WINDOW_DENY 14 /* ... for a denial of a report */
static int deal_negated(const art_t *a, const extract_lex_hit_t *h)
{
    int r = 0;
    /* "dropped its bid for", "withdrew its $22-a-share offer for": the offer the trigger
     * opens, withdrawn right before it */
    static const char *const offer[] = {"bid",    "offer",   "proposal", "bids",
                                        "offers", "pursuit", NULL};
    static const char *const dropped[] = {"dropped",   "drops",     "withdrew", "withdraws",
                                          "withdrawn", "abandoned", "abandons", "scrapped",
                                          "scraps",    NULL};
    static const char *const det[] = {"its", "the", "their", "his", "a", NULL};
    if (ex_ty_is(a, h->t0, offer)) {
        size_t q = ex_offer_kind_start(a, h->t0 > 8 ? h->t0 - 8 : 0, h->t0);
        /* (a determiner between or none: "DROPS BID FOR"; "a" may be swallowed by the
         * offer's words, "dropped a 22 dlr a share offer") */
        if (q >= 1 && ex_ty_is(a, q - 1, det)) q--;
        if (q >= 1 && ex_ty_is(a, q - 1, dropped)) return 2;
    }
    for (size_t k = 0; k < a->nhits && r != 1; k++) {
        const extract_lex_hit_t *n = &a->hits[k];
        /* (a negation may hold the trigger's first words: "not in talks" and "in talks to
         * sell") */
        if (n->entry->cls != LEX_NEG || n->t0 >= h->t0 || (n->t1 > h->t0 && n->t1 > h->t1))
            continue;
        int rej = n->entry->value && strcmp(n->entry->value, "rejected") == 0;
        int term = rej || (n->entry->value && strcmp(n->entry->value, "terminated") == 0);
        /* "denied a media report that it had hired advisers to explore a sale": a denial of
         * a report (or of "that ...") reaches over the clause it denies */
        static const char *const deny[] = {"denied", "denies", "deny", "denying", NULL};
        static const char *const what[] = {"report", "reports", "that", NULL};
        int denial = ex_ty_is(a, n->t0, deny) &&
                     ex_ty_find(a, n->t1, n->t1 + 4 < h->t0 ? n->t1 + 4 : h->t0, what) >= 0;
        size_t gap = n->t1 >= h->t0 ? 0 : h->t0 - n->t1;
        /* (an amount between counts for one word: "rejected a sweetened 4.1 billion pound ($5.2
         * billion) takeover proposal") */
        for (size_t q = 0; q < a->nnums && gap; q++)
            if (!a->nums[q].pct && a->nums[q].t0 >= n->t1 && a->nums[q].t1 <= h->t0) {
                size_t w = a->nums[q].t1 - a->nums[q].t0;
                gap = gap > w ? gap - w + 1 : 1;
                if (a->nums[q].t0 > 0 && ex_tok_is(a, a->nums[q].t0 - 1, "(") &&
                    a->nums[q].t1 < h->t0 && ex_tok_is(a, a->nums[q].t1, ")"))
                    gap = gap > 2 ? gap - 2 : 1;
            }
        if (gap > (term ? NEG_WINDOW_TERM : denial ? NEG_WINDOW_DENY : NEG_WINDOW)) continue;
        int cut = 0;
        /* (not a comma between two prices of the offer: "rejected the 1.62 billion dlr, 41.75
         * dlrs a share offer") */
        for (size_t i = n->t1; i < h->t0 && !cut; i++)
            cut = (ex_tok_is(a, i, ",") &&
                   !(i > n->t1 && i + 1 < h->t0 && (ex_tk(a, i + 1)->flags & EXTRACT_TOK_NUM) &&
                     (ex_tok_is(a, i - 1, "dlr") || ex_tok_is(a, i - 1, "dlrs") ||
                      ex_hit_ending(a, i, LEX_SCALE)))) ||
                  ex_tok_is(a, i, ";") || ex_tok_is(a, i, "but");
        /* (a denial's "that" clause names its own subject: "has repeatedly denied that Shell
         * is interested in acquiring rival BP") */
        for (size_t m = 0; m < a->nments && !cut && !term && !denial; m++)
            cut = a->ments[m].t0 >= n->t1 && a->ments[m].t1 <= h->t0;
        if (!cut) r = rej ? 3 : term ? 2 : 1;
    }
    /* "A report by Nikkei that Foxconn was in talks to buy a stake in Japan Display Inc was
     * denied by the company": a report told first, denied after the deal it tells */
    static const char *const report_w[] = {"report", "reports", NULL};
    static const char *const denied_after[] = {"was denied", "were denied", "been denied",
                                               "has denied", "have denied", NULL};
    size_t dh = h->t1 + 16 < a->toks.n ? h->t1 + 16 : a->toks.n;
    if (!r && h->t0 > 2 && ex_ty_find(a, h->t0 > 12 ? h->t0 - 12 : 0, h->t0, report_w) >= 0 &&
        ex_ty_find_phrase(a, h->t1, dh, denied_after, NULL) >= 0)
        r = 1;
    return r;
}

/* Is the word w among tokens [lo, hi)? */
static int span_has(const art_t *a, size_t lo, size_t hi, const char *w)
{
    for (size_t k = lo; k < hi; k++)
        if (ex_tok_is(a, k, w)) return 1;
    return 0;
}

/* The company right after "by" after token from, or -1. */
static long by_after(const art_t *a, const sent_t *s, size_t from)
{
    for (size_t k = from; k + 1 < s->t1; k++)
        if (ex_tok_is(a, k, "by")) return ex_ment_after(a, k + 1, k + 3 < s->t1 ? k + 3 : s->t1);
    return -1;
}

/* Is the "from" at token k a lender's ("paid for it with a new 50 mln dlr term loan from
 * Laughton National Bank"), no seller's nor bidder's? A word of lending in the four words
 * before it, not before token lo. */
static int from_lender(const art_t *a, size_t lo, size_t k)
{
    /* ("had commitments for the financing from Meade Federal Bank"; not "funding", a
     * name's word: "Horizon Funding Corp from Victor Federal") */
    static const char *const lend_w[] = {"loan",        "loans",      "credit",    "financing",
                                         "facility",    "borrowings", "borrowing", "commitment",
                                         "commitments", NULL};
    return ex_ty_find(a, k > lo + 4 ? k - 4 : lo, k, lend_w) >= 0;
}

/* Are the words [lo, hi) between a buying verb and "from" goods, no part of a company ("a
 * contract to buy polypropylene resin from Wragby's plant", "buy a caster from")? Words in
 * lower case only, none of a business, a stake or a pronoun, no figure, no name. */
static int from_goods(const art_t *a, size_t lo, size_t hi)
{
    static const char *const part[] = {
        "stakes",   "interests",   "shares",     "share",      "stock",     "assets",
        "asset",    "operation",   "store",      "mills",      "station",   "stations",
        "rights",   "holdings",    "holding",    "bank",       "brand",     "brands",
        "line",     "lines",       "group",      "concern",    "firm",      "property",
        "hotel",    "network",     "facility",   "facilities", "field",     "fields",
        "refinery", "mine",        "mines",      "it",         "them",      "those",
        "these",    "control",     "remainder",  "rest",       "majority",  "all",
        "most",     "part",        "franchise",  "franchises", "products",  "product",
        "venture",  "partnership", "affiliates", "magazine",   "magazines", "outlets",
        "insurer",  "maker",       "producer",   "branches",   "branch",    "offices",
        "office",   "deposits",    "accounts",   "loans",      "routes",    "route",
        "licenses", "licences",    "patents",    "contracts",  "leases",    "sites",
        "site",     "buildings",   "building",   "centers",    "centres",   "terminals",
        "terminal", "airline",     "airlines",   NULL};
    if (hi <= lo || hi > lo + 5) return 0;
    int word = 0;
    for (size_t k = lo; k < hi; k++) {
        const extract_tok_t *t = ex_tk(a, k);
        if (!(t->flags & EXTRACT_TOK_LOWER) || (t->flags & EXTRACT_TOK_NUM) ||
            ex_class_at(a, k, k + 1, LEX_DEALOBJ, NULL) || ex_ty_is(a, k, part))
            return 0;
        word |= t->len >= 4;
    }
    return word;
}

/* The company right after the first "from" after token from, before a clause break; -1. */
static long from_after(const art_t *a, const sent_t *s, size_t from)
{
    for (size_t k = from; k + 1 < s->t1; k++) {
        if (ex_tok_is(a, k, ";")) break;
        if (!ex_tok_is(a, k, "from")) continue;
        /* (not "prompting a rival bid of 50 dlrs a share from Harcourt": a bidder) */
        static const char *const bid_w[] = {"bid", "bids", "offer", "offers", "proposal", NULL};
        if (ex_ty_find(a, k > from + 8 ? k - 8 : from, k, bid_w) >= 0) continue;
        if (from_lender(a, s->t0, k)) continue;
        /* "from Telstra", "from Australia's Telstra Corp" (a place and its possessive) */
        size_t j = k + 1;
        if (j + 1 < s->t1 && ex_hit_at(a, j, LEX_PLACE) &&
            (ex_tk(a, j + 1)->flags & EXTRACT_TOK_POSS))
            j += 2;
        /* "from its parent, Carlyle Industries Corp": the owner in an appositive ("from its
         * French parent Renault": a word or two of its kind between) */
        static const char *const owner[] = {"parent", "owner", "owners", NULL};
        if (j + 2 < s->t1 && (ex_tok_is(a, j, "its") || ex_tok_is(a, j, "the"))) {
            size_t o = j + 1;
            while (o < s->t1 && o < j + 3 && !ex_ty_is(a, o, owner) &&
                   ((ex_tk(a, o)->flags & EXTRACT_TOK_LOWER) || ex_hit_at(a, o, LEX_PLACE)))
                o++;
            if (o + 1 < s->t1 && ex_ty_is(a, o, owner))
                j = ex_tok_is(a, o + 1, ",") ? o + 2 : o + 1;
        }
        /* ("from buyout firm Norrsken Partners": a description of the seller first) */
        if (ex_ment_after(a, j, j + 1) < 0) {
            size_t r = ex_desc_end(a, s, j, j + 4 < s->t1 ? j + 4 : s->t1);
            if (r > j && r < s->t1) j = r;
        }
        return ex_ment_after(a, j, j + 2 < s->t1 ? j + 2 : s->t1);
    }
    return -1;
}

/* The words of a company's part told after its possessive ("to acquire X's pigments business",
 * "Beta Inc's consumer unit was acquired by Y"). */
static const char *const poss_part[] = {
    "business",   "businesses", "division", "divisions",  "operations",   "operation",  "assets",
    "interests",  "unit",       "units",    "subsidiary", "subsidiaries", "plant",      "plants",
    "mill",       "mills",      "factory",  "factories",  "refinery",     "refineries", "facility",
    "facilities", "brand",      "brands",   "stores",     "chain",        "stations",   "hotels",
    "arm",        "network",    "networks", NULL};

/* What is counted after a company's name when its shares are: "1,500,000 Fisher Foods shares",
 * "Taft Broadcasting Co stock rose". */
static const char *const share_words[] = {"shares", "stock", "common", "preferred", NULL};

/* The company (not a regulator) whose name opens at token k, past an opening bracket
 * ("by <General Partners>", "for all of (Gates Learjet)"), as an index of a->ments; -1. */
static long ment_opening(const art_t *a, const sent_t *s, size_t k)
{
    if (k + 1 < s->t1 && (ex_tok_is(a, k, "<") || ex_tok_is(a, k, "("))) k++;
    long m = k < s->t1 ? ex_ment_after(a, k, k + 1) : -1;
    return m >= 0 && a->ments[m].t0 == k && !a->ments[m].regulator ? m : -1;
}

/* The token after a company whose name ends at token from: past its ticker mark and a
 * closing bracket ("Interconnect Capital Corp> for", "Baker International Corp <BKO.N> of"). */
static size_t past_name(const art_t *a, const sent_t *s, size_t from)
{
    size_t tk, k = from + ex_ticker_mark(a, from, s->t1, &tk);
    if (k < s->t1 && (ex_tok_is(a, k, ">") || ex_tok_is(a, k, ")"))) k++;
    return k;
}

/* The bidder named after an offer ("a tender offer for all its shares at 28 dlrs each from
 * Martin T. Sosnoff", "a tender offer for the company by General Partners"): the company
 * right after the first "from" or "by" in the offer's clause; -1. */
static long bidder_after(const art_t *a, const sent_t *s, size_t from)
{
    /* the offer's clause ends at a clause word or a verb of its own ("To finance the offer,
     * General Partners said it would seek ... from Wells Fargo") */
    /* ... nor a passive's agent ("the offer for Acme was reviewed by Goldman Sachs") */
    static const char *const stop[] = {";",   "which", "while", "where", "after", "but",  "when",
                                       "as",  "if",    "said",  "says",  "would", "will", "to",
                                       "was", "were",  "is",    "are",   "been",  "be",   NULL};
    /* "the Viacom shares not held by National Amusements": whose shares, not who bids */
    static const char *const owned[] = {"held", "owned", "controlled", "sold", NULL};
    /* ("a bid for Cyclops Corp, topping an offer by Alleghany Corp": another offer's
     * bidder) */
    static const char *const other[] = {"offer", "offers", "bid", "bids", "proposal", NULL};
    for (size_t k = from; k + 1 < s->t1 && k < from + 25; k++) {
        if (ex_ty_is(a, k, stop) || (k > from && ex_ty_is(a, k, other))) break;
        if (!ex_tok_is(a, k, "from") && !ex_tok_is(a, k, "by")) continue;
        if (k > from && ex_ty_is(a, k - 1, owned)) break;
        return ment_opening(a, s, k + 1);
    }
    return -1;
}

/* The company an offer is for, named after its bidder ending at token from: "for [all
 * of] [the] Y" (a ticker mark after the bidder skipped); -1. */
static long offer_for_after(const art_t *a, const sent_t *s, size_t from)
{
    static const char *const fill[] = {"all", "of", "the", "outstanding", NULL};
    size_t k = past_name(a, s, from);
    if (k >= s->t1 || !ex_tok_is(a, k, "for")) return -1;
    for (k++; k < s->t1 && ex_ty_is(a, k, fill); k++) {
    }
    return ment_opening(a, s, k);
}

/* "of the company by X", "of it by X" from token k: X (an index of a->ments), else -1. */
static long by_the_company(const art_t *a, const sent_t *s, size_t k)
{
    static const char *const desc[] = {"company", "firm", "concern", NULL};
    if (k + 2 < s->t1 && ex_tok_is(a, k, "the") && ex_ty_is(a, k + 1, desc))
        k += 2;
    else if (k + 1 < s->t1 && ex_tok_is(a, k, "it"))
        k++;
    else
        return -1;
    if (k + 1 >= s->t1 || !ex_tok_is(a, k, "by")) return -1;
    return ment_opening(a, s, k + 1);
}

/* "of [substantially all the business of] Y" right after a seller ending at token from (its
 * ticker mark skipped): Y, else -1. */
static long bought_of_after(const art_t *a, const sent_t *s, size_t from)
{
    static const char *const stop[] = {",", ";", "which", "and", "for", NULL};
    size_t k = past_name(a, s, from);
    if (k >= s->t1 || !ex_tok_is(a, k, "of")) return -1;
    size_t end = k + 9 < s->t1 ? k + 9 : s->t1;
    long m = ex_ment_after(a, k + 1, end);
    if (m < 0 || ex_ty_find(a, k + 1, a->ments[m].t0, stop) >= 0) return -1;
    return a->ments[m].regulator ? -1 : m;
}

/* Are shares or stock named in [lo, hi) as what is bought, not as what is paid with ("will
 * pay $26 billion in cash and stock for X", "in new shares")? */
static int shares_bought(const art_t *a, size_t lo, size_t hi)
{
    static const char *const paid_with[] = {"cash", "and", "new", "its", "own", "common", NULL};
    size_t w;
    for (size_t from = lo; from < hi && ex_hit_in(a, LEX_INSTRUMENT, from, hi, &w); from = w + 1) {
        size_t q = w;
        while (q > lo && w - q < 4 && ex_ty_is(a, q - 1, paid_with)) q--;
        if (!(q > lo && ex_tok_is(a, q - 1, "in"))) return 1;
    }
    return 0;
}

/* The sentence's first company (not a regulator), as an index of a->ments, or -1. */
static long first_ment(const art_t *a, const sent_t *s)
{
    for (size_t m = 0; m < a->nments; m++)
        if (a->ments[m].t0 >= s->t0 && !a->ments[m].regulator) return (long)m;
    return -1;
}

/* Is a word of goods in [lo, hi), outside a company's name ("crude", but not the "Gas" of
 * Imperial Continental Gas Association) and not describing one ("the oil producer X")? */
static int goods_after(const art_t *a, size_t lo, size_t hi)
{
    for (size_t k = 0; k < a->nhits; k++) {
        const extract_lex_hit_t *g = &a->hits[k];
        if (g->entry->cls != LEX_GOODS || g->t0 < lo || g->t0 >= hi) continue;
        /* "the oil producer Hess", "a chip maker": goods that describe a company */
        if (g->t1 < a->toks.n && ex_class_at(a, g->t1, a->toks.n, LEX_NAMECUE, NULL)) continue;
        /* ... "the sugar and ethanol producer X" */
        if (g->t1 + 2 < a->toks.n && (ex_tok_is(a, g->t1, "and") || ex_tok_is(a, g->t1, "or")) &&
            ex_class_at(a, g->t1 + 2, a->toks.n, LEX_NAMECUE, NULL))
            continue;
        /* ("power equipment maker Westbrook": a word more between) */
        if (g->t1 + 1 < a->toks.n && (ex_tk(a, g->t1)->flags & EXTRACT_TOK_LOWER) &&
            ex_class_at(a, g->t1 + 1, a->toks.n, LEX_NAMECUE, NULL))
            continue;
        if (!ex_in_mention(a, g->t0)) return 1;
    }
    return 0;
}

/* The token after a maker's model number ("Boeing 737-200 aircraft", "Airbus A320 jets"):
 * from k, up to two words with a digit (and the hyphens between) are skipped. */
static size_t model_skip(const art_t *a, const sent_t *s, size_t k)
{
    size_t j = k;
    for (int n = 0; n < 2 && j < s->t1; n++) {
        const extract_tok_t *t = ex_tk(a, j);
        int digit = 0;
        for (size_t q = 0; q < t->len && !digit; q++)
            digit = ex_digit_c((unsigned char)a->text[t->off + q]);
        if (!digit) break;
        j++;
        while (j + 1 < s->t1 && ex_tok_is(a, j, "-")) j += 2;
    }
    return j;
}

/* Is the object at token k the seller itself: "the company", "itself", "all (of) its
 * (outstanding) (common) shares|stock"? */
static int sell_whole_after(const art_t *a, const sent_t *s, size_t k)
{
    if (k + 1 < s->t1 && ex_tok_is(a, k, "the") && ex_tok_is(a, k + 1, "company")) return 1;
    /* a headline's "TO SELL COMPANY" */
    if (k < s->t1 && (ex_tok_is(a, k, "itself") || ex_tok_is(a, k, "company"))) return 1;
    if (!(k < s->t1 && ex_tok_is(a, k, "all"))) return 0;
    k++;
    if (k < s->t1 && ex_tok_is(a, k, "of")) k++;
    if (!(k < s->t1 && ex_tok_is(a, k, "its"))) return 0;
    static const char *const what[] = {"shares", "stock", "outstanding", "common", NULL};
    for (size_t j = k + 1; j < k + 4 && j < s->t1; j++) {
        if (ex_tok_is(a, j, "shares") || ex_tok_is(a, j, "stock")) return 1;
        if (!ex_ty_is(a, j, what)) return 0;
    }
    return 0;
}

/* "approved its sale to Y", "its $4 billion sale to Y": "its" before the deal noun at k, only
 * an amount or a word of plan between, stands for the company sold whole. */
static int sell_whole_before(const art_t *a, const sent_t *s, size_t k)
{
    /* "its $2 billion sale of its chip unit": what is sold follows; the company stays */
    if (k + 1 < s->t1 && ex_tok_is(a, k + 1, "of")) return 0;
    static const char *const plan[] = {"proposed", "planned", "pending", "agreed", "$",
                                       "billion",  "million", "bln",     "mln",    NULL};
    static const char *const itself[] = {"company", "firm", "group", "concern", "bank", NULL};
    for (size_t j = k; j > s->t0 && k - j < 6; j--) {
        if (ex_tok_is(a, j - 1, "its")) return 1;
        /* ("approved the company's sale to Chevron") */
        if (j >= s->t0 + 3 && (ex_tk(a, j - 1)->flags & EXTRACT_TOK_POSS) &&
            ex_ty_is(a, j - 2, itself) && ex_tok_is(a, j - 3, "the"))
            return 1;
        /* ("Tessaro Furniture's sale to Oakline Partners": a company's own) */
        if (j >= s->t0 + 2 && (ex_tk(a, j - 1)->flags & EXTRACT_TOK_POSS))
            for (size_t m = 0; m < a->nments; m++)
                if (a->ments[m].t1 == j - 1 && a->ments[m].t0 >= s->t0) return 1;
        if (!ex_ty_is(a, j - 1, plan) && !(ex_tk(a, j - 1)->flags & EXTRACT_TOK_NUM) &&
            !ex_hit_at(a, j - 1, LEX_CURRENCY))
            return 0;
    }
    return 0;
}

/* Are the shares named at token k all of a class ("the stock of X", "the Class B common
 * stock of X", "the outstanding shares of X")? */
static int the_shares(const art_t *a, size_t k, size_t end)
{
    static const char *const kind[] = {"class",   "common", "ordinary",    "voting",
                                       "capital", "issued", "outstanding", NULL};
    while (k < end && (ex_ty_is(a, k, kind) || ex_tk(a, k)->len == 1)) {
        if (ex_tk(a, k)->len == 1 && !ex_upper_c((unsigned char)a->text[ex_tk(a, k)->off]))
            return 0;
        k++;
    }
    return k < end && (ex_hit_at(a, k, LEX_INSTRUMENT) || ex_hit_at(a, k, LEX_STAKE));
}

/* The buyer a sale names after token from: "to Z", "to Montreal-based Z", "to an investor
 * group led by Z", "to an affiliate of Z"; -1 if none. */
static long buyer_after(const art_t *a, const sent_t *s, size_t from)
{
    static const char *const managers[] = {"managers", "management", "executives", NULL};
    for (size_t k = from; k + 1 < s->t1; k++) {
        if (!ex_tok_is(a, k, "to")) continue;
        /* "to a group of Bramley managers and the New York investment firm Knox Lyle and Co":
         * the firm beside the managers buys */
        for (size_t j = k + 2; j + 1 < s->t1 && j < k + 8; j++)
            if (ex_tok_is(a, j, "and") && ex_ty_is(a, j - 1, managers)) {
                k = j;
                break;
            }
        /* "to Montreal-based Z": a "<Place>-based" modifier before the buyer */
        size_t b = k + 1, w = 4;
        for (size_t j = b; j < b + 4 && j < s->t1; j++)
            if (ex_tok_is(a, j, "based")) w = j - k + 3;
        /* "to an investor group led by Z", "to a group consisting of <Z>, <Y> and <X>": the
         * group's leader or first member stands for it */
        /* ("to funds managed by Apollo Global Management", "to an investor group formed by
         * Whitcomb, Ferris and Co": whoever manages or forms it the same) */
        static const char *const led[] = {"led",       "managed",    "advised",   "formed",
                                          "headed",    "controlled", "organized", "organised",
                                          "sponsored", "backed",     NULL};
        for (size_t j = b; j < b + 5 && j + 1 < s->t1; j++) {
            if (ex_ty_is(a, j, led) && ex_tok_is(a, j + 1, "by")) {
                /* past a description in lower case: "led by private equity firm Z" */
                size_t q = j + 2;
                while (q < s->t1 && q < j + 6 && (ex_tk(a, q)->flags & EXTRACT_TOK_LOWER)) q++;
                w = q - k + 3;
            }
            if (ex_tok_is(a, j, "consisting") || ex_tok_is(a, j, "comprising") ||
                ex_tok_is(a, j, "including") || ex_tok_is(a, j, "includes")) {
                /* the member right after it ("consisting of <A>"), not a later one */
                size_t f = j + 1 < s->t1 && ex_tok_is(a, j + 1, "of") ? j + 2 : j + 1;
                long m = ment_opening(a, s, f);
                if (m >= 0) return m;
            }
        }
        /* "to its partner, Kemper Chemical Co", "to its joint venture partner Kemper": the
         * partner in a venture named after its role */
        if (b + 2 < s->t1 && ex_tok_is(a, b, "its")) {
            size_t c = b + 1;
            while (c < s->t1 && c < b + 4 && (ex_tk(a, c)->flags & EXTRACT_TOK_LOWER) &&
                   !ex_tok_is(a, c, "partner"))
                c++;
            if (c + 1 < s->t1 && ex_tok_is(a, c, "partner")) {
                size_t f = ex_tok_is(a, c + 1, ",") ? c + 2 : c + 1;
                long m = ment_opening(a, s, f);
                if (m >= 0) return m;
            }
        }
        /* "to a New York-based private investment firm, Clayton and Dubilier Inc", "to a
         * specially formed company, <Finlays Plc>": the buyer in an appositive after its
         * description */
        if (b + 3 < s->t1 && (ex_tok_is(a, b, "an") || ex_tok_is(a, b, "a"))) {
            static const char *const kind[] = {"firm",        "company",     "concern",  "group",
                                               "partnership", "corporation", "investor", NULL};
            size_t c = b + 1, pl;
            while (c < s->t1 && c < b + 12) {
                if ((ex_tk(a, c)->flags & EXTRACT_TOK_LOWER) || ex_tok_is(a, c, "-"))
                    c++;
                else if (ex_class_at(a, c, s->t1, LEX_PLACE, &pl)) /* "New York-based" */
                    c += pl;
                else
                    break;
            }
            if (c > b + 1 && c + 1 < s->t1 && ex_tok_is(a, c, ",") && ex_ty_is(a, c - 1, kind)) {
                long m = ment_opening(a, s, c + 1);
                if (m >= 0) return m;
            }
        }
        /* "to private equity-backed Z", "to family-owned Z": a hyphened word of ownership */
        static const char *const owned[] = {"backed", "owned", "controlled", NULL};
        for (size_t j = b + 1; j < b + 5 && j + 1 < s->t1; j++)
            if (ex_ty_is(a, j, owned) && ex_tok_is(a, j - 1, "-")) w = j - k + 4;
        /* "to an affiliate of Z", "to a unit of Z": Z's group buys */
        if (b + 2 < s->t1 && (ex_tok_is(a, b, "an") || ex_tok_is(a, b, "a")) &&
            (ex_tok_is(a, b + 1, "affiliate") || ex_tok_is(a, b + 1, "unit") ||
             ex_tok_is(a, b + 1, "subsidiary")) &&
            ex_tok_is(a, b + 2, "of"))
            w = 7;
        /* "to private equity firm Z", "to investment group Z": a description in lower case
         * (lexicon class namecue or desc) right before the buyer */
        /* (a place may open the description: "to U.S. buyout firm Crestmoor Partners") */
        size_t pl = 0;
        size_t b0 = b < s->t1 && ex_class_at(a, b, b + 1, LEX_PLACE, &pl) && pl == 1 ? b + 1 : b;
        /* ("to the New York investment firm Knox Lyle and Co": an article, then a place of any
         * length) */
        if (b0 == b && b + 2 < s->t1 &&
            (ex_tok_is(a, b, "the") || ex_tok_is(a, b, "a") || ex_tok_is(a, b, "an")) &&
            ex_class_at(a, b + 1, s->t1, LEX_PLACE, &pl) && pl <= 3 && b + 1 + pl < s->t1 &&
            (ex_tk(a, b + 1 + pl)->flags & EXTRACT_TOK_LOWER)) {
            b0 = b + 1 + pl;
            w = w > b0 - k + 4 ? w : b0 - k + 4;
        }
        for (size_t j = b0; j < b0 + 4 && j + 1 < s->t1 && (ex_tk(a, j)->flags & EXTRACT_TOK_LOWER);
             j++)
            if (ex_class_at(a, j, j + 1, LEX_NAMECUE, NULL) ||
                ex_class_at(a, j, j + 1, LEX_DESC, NULL) || ex_hit_ending(a, j + 1, LEX_NAMECUE) ||
                ex_hit_ending(a, j + 1, LEX_DESC))
                w = w > j - k + 2 ? w : j - k + 2; /* (or a phrase: "pension fund") */
        long m = ex_ment_after(a, b, k + w < s->t1 ? k + w : s->t1);
        if (m >= 0) return m;
    }
    return -1;
}

/* Is there a percentage among tokens [lo, hi) ("the remaining 31.7 pct": a part)? */
static int pct_at(const art_t *a, size_t lo, size_t hi)
{
    for (size_t k = 0; k < a->nnums; k++)
        if (a->nums[k].pct && a->nums[k].t0 >= lo && a->nums[k].t0 < hi) return 1;
    return 0;
}

/* Is the stake trigger at h sold rather than bought: a verb of sale between the company
 * named before it and the trigger ("Sony sold a 10% stake in", "is selling its 51 pct
 * stake in", "agreed to sell its interest in")? */
static int stake_sold(const art_t *a, const extract_lex_hit_t *h, size_t lo)
{
    /* control sold is an acquisition, read by the sale's own trigger (2: no investment) */
    static const char *const control[] = {"majority", "controlling", "entire", "all", NULL};
    size_t from = h->t0 > lo + 6 ? h->t0 - 6 : lo;
    if (ex_ty_find(a, from, h->t0, ex_sale_words) < 0) return 0;
    /* ("its entire 8% holding": all of a stake under half is no control) */
    long c = ex_ty_find(a, from, h->t0, control);
    if (c >= 0 && pct_at(a, (size_t)c + 1, h->t0)) {
        for (size_t k = 0; k < a->nnums; k++)
            if (a->nums[k].pct && a->nums[k].t0 > (size_t)c && a->nums[k].t0 < h->t0 &&
                a->nums[k].v < 50)
                return 1;
    }
    return c < 0 ? 1 : 2;
}

/* "Kessler Logistics raised $350 million in a Series D round": an investment in the company
 * that raised the money, its investors unnamed (a round "led by" or "from" a named investor
 * is the other triggers'). */
static void round_raised(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    static const char *const raised[] = {"raised", "raises", "raising", "closed", "secured", NULL};
    static const char *const named[] = {"led", "from", "by", "including", NULL};
    size_t lo = h->t0 > s->t0 + 10 ? h->t0 - 10 : s->t0;
    long v = ex_ty_find(a, lo, h->t0, raised);
    if (v < 0 || ex_ty_find(a, h->t1, s->t1, named) >= 0) return;
    const num_t *m = ex_money_near(a, (size_t)v);
    if (!m || m->t0 < (size_t)v || m->t0 > h->t0) return;
    /* the company before the verb; past a clause set off by commas, the sentence's first */
    long k = ex_ment_before(a, (size_t)v, s->t0);
    if ((size_t)v > s->t0 && ex_tok_is(a, (size_t)v - 1, ",")) k = ex_ment_after(a, s->t0, s->t1);
    if (k < 0 || a->ments[k].t0 >= (size_t)v || a->ments[k].regulator) return;
    party_t p = {a->ments[k].co, "investee"};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_INVESTMENT, &p, 1)) return;
    ex_set_str(a, &ev, "status", "announced");
    ex_set_money(a, &ev, m, 0);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* "Goodyear said it will receive about 588 mln dlrs in cash from Loral Corp for the business
 * of Goodyear Aerospace Corp": money received from a buyer for a business is a sale; the
 * company receiving it sells (when it is not the business itself). */
static void received_for(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    static const char *const fill[] = {"the", "its", "business", "of", "assets", "all", NULL};
    const num_t *m = ex_money_near(a, h->t1);
    if (!m || m->t0 < h->t1 || m->t0 > h->t1 + 3) return;
    size_t f = m->t1, end = m->t1 + 5 < s->t1 ? m->t1 + 5 : s->t1;
    while (f < end && !ex_tok_is(a, f, "from")) f++;
    if (f >= end) return;
    long kb = ment_opening(a, s, f + 1);
    if (kb < 0) return;
    size_t k = past_name(a, s, a->ments[kb].t1);
    if (k + 1 >= s->t1 || !ex_tok_is(a, k, "for")) return;
    for (k++; k < s->t1 && ex_ty_is(a, k, fill); k++) {
    }
    long kt = ment_opening(a, s, k);
    if (kt < 0 || ex_co_eq(a, a->ments[kt].co, a->ments[kb].co)) return;
    party_t p[3] = {{a->ments[kb].co, "acquirer"}, {a->ments[kt].co, "target"}};
    size_t np = 2;
    long ks = ex_ment_before(a, h->t0, s->t0);
    if (ks >= 0 && !ex_co_eq(a, a->ments[ks].co, a->ments[kt].co) &&
        !ex_co_eq(a, a->ments[ks].co, a->ments[kb].co))
        p[np].co = a->ments[ks].co, p[np++].role = "seller";
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_ACQUISITION, p, np)) return;
    ex_set_str(a, &ev, "status", ex_deal_status(a, s, h));
    ex_set_money(a, &ev, m, 1);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* "Spendthrift Farm Inc said it has received three tentative proposals to acquire control
 * of the company", "has received an offer to acquire the company for 18 dlrs a share from an
 * investor group": an offer the company received is for the company itself, which is the
 * target; the bidder is the company named after "from", else unnamed. Returns 1 when read. */
static int offer_received(art_t *a, const sent_t *s, const extract_lex_hit_t *h, const char *status)
{
    static const char *const offer_n[] = {"offer",    "offers",    "proposal", "proposals",
                                          "bid",      "bids",      "approach", "approaches",
                                          "overture", "overtures", NULL};
    static const char *const got[] = {"received", "receives", "receive", "receiving", "got",
                                      "gets",     "rejected", "rejects", NULL};
    static const char *const whole_of[] = {"control", "all", "majority", NULL};
    if (h->t0 < s->t0 + 3) return 0;
    size_t v = ex_tok_is(a, h->t0, "to") ? h->t0 : h->t0 - 1;
    if (!ex_tok_is(a, v, "to") || !ex_ty_is(a, v - 1, offer_n)) return 0;
    long g = ex_ty_find(a, v > s->t0 + 7 ? v - 7 : s->t0, v - 1, got);
    if (g < 0) return 0;
    /* what is offered for: the company itself, or control of it */
    size_t k = h->t1;
    if (k + 1 < s->t1 && ex_ty_is(a, k, whole_of) && ex_tok_is(a, k + 1, "of")) k += 2;
    if (!(sell_whole_after(a, s, k) || (k < s->t1 && ex_tok_is(a, k, "it")))) return 0;
    long kt = ex_ment_before(a, (size_t)g, s->t0);
    if (kt < 0) return 0;
    party_t p[2] = {{a->ments[kt].co, "target"}};
    size_t np = 1;
    long kb = from_after(a, s, k);
    if (kb >= 0 && !ex_co_eq(a, a->ments[kb].co, a->ments[kt].co))
        p[np].co = a->ments[kb].co, p[np++].role = "acquirer";
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_ACQUISITION, p, np)) return 1;
    int no = ex_tok_is(a, (size_t)g, "rejected") || ex_tok_is(a, (size_t)g, "rejects");
    ex_set_str(a, &ev, "status", no ? "rejected" : status);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
    return 1;
}

/* "Anglo American rejected BHP Group's $39 billion takeover proposal", "Seven & i is
 * weighing Couche-Tard's buyout offer": the company in a possessive before the offer (an
 * amount or a word for the offer apart) bids for the company that received, rejected or
 * weighs it. The offer's words begin at token t0. */
static void poss_offer(art_t *a, const sent_t *s, size_t t0)
{
    static const char *const heard[] = {
        "rejected", "rejects",    "rejecting", "spurned", "spurns",      "received", "receives",
        "welcomed", "welcomes",   "accepted",  "accepts", "considering", "weighing", "reviewing",
        "studying", "evaluating", "backed",    "backs",   NULL};
    static const char *const no[] = {"rejected", "rejects", "rejecting", "spurned", "spurns", NULL};
    static const char *const yes[] = {"accepted", "accepts", "backed", "backs", NULL};
    size_t k = ex_offer_kind_start(a, s->t0, t0);
    if (k <= s->t0 + 1 || !(ex_tk(a, k - 1)->flags & EXTRACT_TOK_POSS)) return;
    long kb = ex_ment_before(a, k - 1, s->t0);
    if (kb < 0 || a->ments[kb].t1 != k - 1) return;
    size_t v0 = a->ments[kb].t0;
    long g = ex_ty_find(a, v0 > s->t0 + 3 ? v0 - 3 : s->t0, v0, heard);
    /* ("turned down Tyger River Textile Corp's takeover proposal") */
    static const char *const down[] = {"turned down", "turns down", "turning down", NULL};
    long gd = ex_ty_find_phrase(a, v0 > s->t0 + 3 ? v0 - 3 : s->t0, v0, down, NULL);
    if (g < 0 && gd < 0) return;
    if (g < 0) g = gd;
    /* the company whose verb it is: right before it, or its board or an auxiliary between
     * ("Anglo American Plc's board rejected", "has rejected"; not "Goldman Sachs analysts
     * said shareholders rejected") */
    static const char *const between[] = {"'s",   "board", "directors", "has",  "have",
                                          "had",  "is",    "was",       "also", "said",
                                          "says", "it",    "that",      NULL};
    long kt = ex_ment_before(a, (size_t)g, s->t0);
    if (kt < 0 || ex_co_eq(a, a->ments[kt].co, a->ments[kb].co)) return;
    /* (or speaking of itself: "Tidewater Paper Co said it rejected") */
    for (size_t q = a->ments[kt].t1; q < (size_t)g; q++)
        if (!ex_ty_is(a, q, between) || (size_t)g - a->ments[kt].t1 > 4) return;
    party_t p[2] = {{a->ments[kb].co, "acquirer"}, {a->ments[kt].co, "target"}};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_ACQUISITION, p, 2)) return;
    ex_set_str(a, &ev, "status",
               ex_ty_is(a, (size_t)g, no) || g == gd ? "rejected"
               : ex_ty_is(a, (size_t)g, yes)         ? "announced"
                                                     : "talks");
    const num_t *m = ex_money_near(a, k);
    if (m && m->t0 >= k && m->t1 <= t0) ex_set_money(a, &ev, m, 1);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* "to review the takeover proposal which the corporation received Monday from Chrysler Corp":
 * an offer for a takeover that a relative clause says was received from a company; the
 * bidder is that company, the target the sentence's first company (the one that received
 * it). The offer's noun is at token k. */
static void offer_received_from(art_t *a, const sent_t *s, size_t k)
{
    static const char *const bid_w[] = {"takeover", "merger", "buyout", "acquisition", NULL};
    static const char *const rel[] = {"which", "that", NULL};
    static const char *const got[] = {"received", "receives", "got", NULL};
    if (k + 4 >= s->t1 || !ex_ty_is(a, k + 1, rel)) return;
    if (ex_ty_find(a, k > s->t0 + 2 ? k - 2 : s->t0, k, bid_w) < 0) return;
    long g = ex_ty_find(a, k + 2, k + 7 < s->t1 ? k + 7 : s->t1, got);
    if (g < 0) return;
    /* "from" at most two words on ("received Monday from", "received last week from") */
    size_t f = (size_t)g + 1;
    while (f < s->t1 && f < (size_t)g + 4 && !ex_tok_is(a, f, "from")) f++;
    if (f + 1 >= s->t1 || !ex_tok_is(a, f, "from")) return;
    long kb = ex_ment_after(a, f + 1, f + 3 < s->t1 ? f + 3 : s->t1);
    long kt = first_ment(a, s);
    if (kb < 0 || kt < 0 || a->ments[kt].t1 > k || ex_co_eq(a, a->ments[kt].co, a->ments[kb].co))
        return;
    party_t p[2] = {{a->ments[kb].co, "acquirer"}, {a->ments[kt].co, "target"}};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_ACQUISITION, p, 2)) return;
    ex_set_str(a, &ev, "status", "talks");
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* "its board unanimously rejected as inadequate an unsolicited offer of 38 dlrs a share, or
 * about 152 mln dlrs, from Piscataquog Group Inc": an offer whose price comes between it and
 * "from" its bidder; the company that received, rejected or weighs it is the target. The
 * offer's noun is at token k. */
static void offer_priced_from(art_t *a, const sent_t *s, size_t k)
{
    static const char *const heard[] = {
        "rejected", "rejects",   "rejecting", "spurned",    "spurns",  "received",
        "receives", "welcomed",  "welcomes",  "accepted",   "accepts", "considering",
        "weighing", "reviewing", "studying",  "evaluating", "turned",  NULL};
    static const char *const no[] = {"rejected", "rejects", "rejecting", "spurned",
                                     "spurns",   "turned",  NULL};
    static const char *const yes[] = {"accepted", "accepts", NULL};
    static const char *const price_w[] = {
        "dlrs",    "dlr",     "a", "share", "per", "or", "about", "approximately", "some", "mln",
        "billion", "million", ",", "cash",  "in",  "$",  "cents", "cts",           NULL};
    if (k + 3 >= s->t1 || !ex_tok_is(a, k + 1, "of")) return;
    size_t q = k + 2;
    int num = 0;
    while (q < s->t1 && q < k + 18 &&
           ((ex_tk(a, q)->flags & EXTRACT_TOK_NUM) || ex_ty_is(a, q, price_w) ||
            ex_hit_at(a, q, LEX_CURRENCY))) {
        num |= (ex_tk(a, q)->flags & EXTRACT_TOK_NUM) != 0;
        q++;
    }
    if (!num || q + 1 >= s->t1 || !ex_tok_is(a, q, "from")) return;
    long kb = ex_ment_after(a, q + 1, q + 2);
    if (kb < 0 || a->ments[kb].regulator) return;
    /* the verb a few words before the offer, and the company whose verb it is */
    long g = ex_ty_find(a, k > s->t0 + 7 ? k - 7 : s->t0, k, heard);
    if (g < 0) return;
    long kt = ex_ment_before(a, (size_t)g, s->t0);
    if (kt < 0 || ex_co_eq(a, a->ments[kt].co, a->ments[kb].co)) return;
    party_t p[2] = {{a->ments[kb].co, "acquirer"}, {a->ments[kt].co, "target"}};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_ACQUISITION, p, 2)) return;
    ex_set_str(a, &ev, "status",
               ex_ty_is(a, (size_t)g, no)    ? "rejected"
               : ex_ty_is(a, (size_t)g, yes) ? "announced"
                                             : "talks");
    const num_t *m = ex_money_near(a, k + 2);
    if (m && m->t0 >= k + 2 && m->t1 <= q) ex_set_money(a, &ev, m, 1);
    /* ("Ashgrove's board, which in January rejected an unsolicited 22 dlr a share proposal
     * from Lyle Chemical Co", told in March: an offer of a month gone by) */
    if (ex_ty_past_month(a, s->t0, k) && event_set_bool(&ev, "context", 1)) a->oom = 1;
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

void ex_rule_offers(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    static const char *const noun[] = {"proposal", "offer", "bid", "approach", NULL};
    static const char *const told[] = {"for", "from", "by", "made", "to", NULL};
    (void)h;
    /* (an offer "for", "from" or "by" a company is the deal triggers'; one "to" buy
     * something names what it is for) */
    for (long k = ex_ty_find(a, s->t0 + 1, s->t1, noun); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, s->t1, noun))
        if (!((size_t)k + 1 < s->t1 && ex_ty_is(a, (size_t)k + 1, told))) {
            poss_offer(a, s, (size_t)k);
            offer_received_from(a, s, (size_t)k);
            offer_priced_from(a, s, (size_t)k);
        }
}

/* The sentence's first company when it is the one speaking ("X said", "X's") and is not
 * `not` (the other side): else -1. */
static long speaker_first(const art_t *a, const sent_t *s, const extract_lex_hit_t *h, co_t not )
{
    long m = first_ment(a, s);
    if (m < 0 || a->ments[m].t1 > h->t0 || ex_co_eq(a, a->ments[m].co, not )) return -1;
    size_t e = a->ments[m].t1, tk;
    e += ex_ticker_mark(a, e, s->t1, &tk);
    if (e < s->t1 && (ex_tok_is(a, e, "said") || ex_tok_is(a, e, "says") ||
                      (ex_tk(a, e)->flags & EXTRACT_TOK_POSS)))
        return m;
    return -1;
}

/* A percentage-of trigger ("pct of", "%, of"): a holding told as a share of a company. */
/* What a buyer lacked of a company: "the 60 pct of Sterling Lumber Inc that it did not
 * already own" (the rest of it, an acquisition). */
static const char *const lacked[] = {"not already own",
                                     "not already owned",
                                     "does not own",
                                     "did not own",
                                     "not own",
                                     "not previously own",
                                     NULL};

/* The percentage a fraction of a company at [lo, hi) names, right before its name ("a fifth
 * of", "a quarter of", "half of"), or 0. */
static double fraction_of(const art_t *a, size_t lo, size_t hi)
{
    static const struct {
        const char *phrase;
        double pct;
    } fr[] = {{"a fifth of", 20},     {"a quarter of", 25},        {"a third of", 100.0 / 3},
              {"half of", 50},        {"a tenth of", 10},          {"one fifth of", 20},
              {"one quarter of", 25}, {"one third of", 100.0 / 3}, {NULL, 0}};
    for (size_t k = 0; fr[k].phrase; k++) {
        int e = ex_ty_phrase(a, lo, hi, fr[k].phrase);
        if (e && (size_t)e == hi) return fr[k].pct;
    }
    return 0;
}

static int pct_of_holding(const char *phrase)
{
    return strncmp(phrase, "pct", 3) == 0 || strncmp(phrase, "percent", 7) == 0 ||
           strncmp(phrase, "per cent", 8) == 0 || phrase[0] == '%';
}

/* A holding told as background to other news: "said it already owns 4.9 pct of", "will
 * continue to hold its 9.6 pct stake", "Whitcomb, which holds about 7 pct of Dunmore" (not
 * "said it holds 6.2 pct of", a holding disclosed, nor "now holds"). The verb of holding in
 * the few words before the trigger at h. */
static int holding_background(const art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    static const char *const holds[] = {"owns", "holds", "has",      "owned", "held",
                                        "hold", "own",   "controls", NULL};
    static const char *const keep[] = {"continue to hold",
                                       "continues to hold",
                                       "continue to own",
                                       "continues to own",
                                       "retain",
                                       "retains",
                                       "keep",
                                       "keeps",
                                       NULL};
    size_t lo = h->t0 > s->t0 + 7 ? h->t0 - 7 : s->t0;
    if (ex_ty_find_phrase(a, lo, h->t0, keep, NULL) >= 0) return 1;
    long v = ex_ty_find(a, lo, h->t0, holds);
    if (v < 0 || (size_t)v == s->t0) return 0;
    /* ("Vodafone owns 45 per cent of Verizon Wireless, while Verizon Communications holds the
     * remainder": a holding stated, no one telling of a purchase or a filing) */
    static const char *const told[] = {"said",      "says",     "told",      "filing",
                                       "disclosed", "reported", "according", NULL};
    if ((ex_tok_is(a, (size_t)v, "owns") || ex_tok_is(a, (size_t)v, "holds")) &&
        ex_ment_before(a, (size_t)v, s->t0) >= 0 &&
        a->ments[ex_ment_before(a, (size_t)v, s->t0)].t1 == (size_t)v &&
        a->ments[ex_ment_before(a, (size_t)v, s->t0)].t0 == s->t0 &&
        ex_ty_find(a, s->t0, s->t1, told) < 0)
        return 1;
    /* (not "which has built a stake": "has" helping another verb) */
    if ((ex_tok_is(a, (size_t)v, "has") || ex_tok_is(a, (size_t)v, "held")) &&
        (size_t)v + 1 < h->t0 && (ex_tk(a, (size_t)v + 1)->flags & EXTRACT_TOK_LOWER) &&
        !ex_tok_is(a, (size_t)v + 1, "a") && !ex_tok_is(a, (size_t)v + 1, "an") &&
        !ex_tok_is(a, (size_t)v + 1, "about") && !ex_tok_is(a, (size_t)v + 1, "some"))
        return 0;
    if (ex_tok_is(a, (size_t)v - 1, "already")) return 1;
    /* "Aldgate shareholders will own 55% of the enlarged company": how a merger splits the
     * new group among the holders of each side, no company's stake */
    /* ("Tate and other officers own about 12 pct of Coahoma's stock": insiders' holding) */
    static const char *const holders[] = {"shareholders", "holders",   "stockholders", "investors",
                                          "officers",     "directors", "executives",   "insiders",
                                          "family",       NULL};
    size_t hv = (size_t)v;
    if (hv > s->t0 + 1 && (ex_tok_is(a, hv - 1, "will") || ex_tok_is(a, hv - 1, "would"))) hv--;
    if (hv > s->t0 && ex_ty_is(a, hv - 1, holders)) return 1;
    /* ("Calloway and Genco said each will own 50 pct of Lakeside": the split of a company two
     * buy together, told after the purchase) */
    if (hv > s->t0 && ex_tok_is(a, hv - 1, "each")) return 1;
    /* (or "that": "Piscataquog, a Manchester, N.H., investment company that owns 7.5 pct of
     * Contoocook") */
    /* (or "which" after a description: "Morlaix & Roscoff, a Charlotte, N.C., textile maker
     * which owns 6.5 pct of Huelgoat, valued its bid") */
    return (size_t)v >= s->t0 + 2 &&
           ((ex_tok_is(a, (size_t)v - 1, "which") && ex_tok_is(a, (size_t)v - 2, ",")) ||
            ((ex_tok_is(a, (size_t)v - 1, "that") || ex_tok_is(a, (size_t)v - 1, "which") ||
              ex_tok_is(a, (size_t)v - 1, "who")) &&
             (ex_tk(a, (size_t)v - 2)->flags & EXTRACT_TOK_LOWER) &&
             ex_ty_find_one(a, s->t0, (size_t)v, ",") >= 0));
}

/* A holding whose company is not named after its percentage ("1,262,200 shares, or 6.7 pct
 * of the total", "6.7 pct of its outstanding common stock"): the company whose shares are
 * counted before it ("owns 1,262,200 Clark Equipment shares, or 6.7 pct of the total": the
 * holder is the company before that), else, after "its", the company speaking ("Clark said
 * Halvorsen had accumulated ... 6.7 pct of its stock"). kl is the company before the
 * trigger, already the holder in ag[0]. */
static void holding_of(const art_t *a, const sent_t *s, const extract_lex_hit_t *h, long kl,
                       co_t *ag, co_t *pa, size_t *npa)
{
    static const char *const whole[] = {"total",  "outstanding", "common",  "stock",
                                        "shares", "equity",      "capital", NULL};
    size_t k = h->t1;
    if (k + 1 >= s->t1 || !(ex_tok_is(a, k, "its") || ex_tok_is(a, k, "the"))) return;
    if (ex_ty_find(a, k + 1, k + 4 < s->t1 ? k + 4 : s->t1, whole) < 0) return;
    if (kl > 0 && a->ments[kl].t1 < h->t0 && ex_ty_is(a, a->ments[kl].t1, share_words) &&
        a->ments[kl - 1].t0 >= s->t0 && !a->ments[kl - 1].regulator &&
        !ex_co_eq(a, a->ments[kl - 1].co, a->ments[kl].co)) {
        pa[(*npa)++] = a->ments[kl].co;
        ag[0] = a->ments[kl - 1].co;
        return;
    }
    long m = ex_tok_is(a, k, "its") ? speaker_first(a, s, h, ag[0]) : -1;
    if (m >= 0) pa[(*npa)++] = a->ments[m].co;
}

/* "Control Data said it agreed to acquire Unisys Inc's 13 pct stake in Magnetic
 * Peripherals": a stake bought from its holder, named by a possessive right after the verb.
 * At the verb (v, the deal trigger's first token) and the holder's mention k: the stake's
 * company, after "in" a few words on (-1 when the words are not those of a stake). */
static long poss_stake_in(const art_t *a, const sent_t *s, long k)
{
    static const char *const stake_w[] = {"stake", "interest", "holding", "holdings", NULL};
    if (k < 0 || a->ments[k].t1 >= s->t1 || !(ex_tk(a, a->ments[k].t1)->flags & EXTRACT_TOK_POSS))
        return -1;
    size_t e = past_name(a, s, a->ments[k].t1 + 1), end = e + 6 < s->t1 ? e + 6 : s->t1;
    long st = ex_ty_find(a, e, end, stake_w);
    if (st < 0 || (size_t)st + 2 >= s->t1 || !ex_tok_is(a, (size_t)st + 1, "in")) return -1;
    return ment_opening(a, s, (size_t)st + 2);
}

/* Verbs of purchase. */
static const char *const buy_words[] = {"acquire", "acquired", "acquires",  "buy",       "buys",
                                        "bought",  "purchase", "purchased", "purchases", NULL};

/* The holder's mention when the stake trigger at h is "X's N pct stake in" right after a
 * verb of purchase ("to acquire Unisys Inc's 13 pct stake in"): the buyer is the company
 * before the verb; else -1. */
static long bought_from_holder(const art_t *a, const sent_t *s, const extract_lex_hit_t *h, long kl)
{
    if (kl < 0 || a->ments[kl].t0 <= s->t0 || a->ments[kl].t1 + 7 < h->t0) return -1;
    if (!ex_ty_is(a, a->ments[kl].t0 - 1, buy_words) || poss_stake_in(a, s, kl) < 0) return -1;
    return ex_ment_before(a, a->ments[kl].t0 - 1, s->t0);
}

/* After the company bought at mention kr and its price ("X for $1.1 billion"), "and <what it
 * is> Y for $400 million" is a second purchase by buyer: emits it. */
static void second_purchase(art_t *a, const sent_t *s, long kr, co_t buyer, const char *status)
{
    size_t q = past_name(a, s, a->ments[kr].t1);
    if (q + 1 >= s->t1 || !ex_tok_is(a, q, "for")) return;
    long m1 = -1;
    for (size_t k = 0; k < a->nnums; k++)
        if (!a->nums[k].pct && a->nums[k].t0 > q && a->nums[k].t0 < q + 4) m1 = (long)k;
    if (m1 < 0) return;
    size_t j = a->nums[m1].t1;
    while (j < s->t1 && j < a->nums[m1].t1 + 3 && !ex_tok_is(a, j, "and")) j++;
    if (j >= s->t1 || !ex_tok_is(a, j, "and")) return;
    size_t r = ex_desc_end(a, s, j + 1, j + 6);
    long k2 = r < s->t1 ? ment_opening(a, s, r) : -1;
    if (k2 < 0 || ex_co_eq(a, a->ments[k2].co, buyer) ||
        ex_co_eq(a, a->ments[k2].co, a->ments[kr].co))
        return;
    size_t q2 = past_name(a, s, a->ments[k2].t1);
    if (q2 + 1 >= s->t1 || !ex_tok_is(a, q2, "for")) return;
    const num_t *m2 = NULL;
    for (size_t k = 0; k < a->nnums && !m2; k++)
        if (!a->nums[k].pct && a->nums[k].t0 > q2 && a->nums[k].t0 < q2 + 4) m2 = &a->nums[k];
    if (!m2) return;
    party_t p[2] = {{buyer, "acquirer"}, {a->ments[k2].co, "target"}};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_ACQUISITION, p, 2)) return;
    ex_set_str(a, &ev, "status", status);
    ex_set_money(a, &ev, m2, 1);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* "Exovir said it sold to an investor group led by Mark Hammer 200,000 shares of company
 * common stock", "X sold 1.5 mln shares of its common stock to Y": a company selling its
 * own new shares takes in an investor; it is the investee, no seller. At the sale trigger
 * h: emits the investment and returns 1, else 0. */
static int own_shares_sold(art_t *a, const sent_t *s, const extract_lex_hit_t *h,
                           const char *status)
{
    static const char *const own[] = {"its", "company", NULL};
    static const char *const issued[] = {"new", "newly", NULL};
    long ks = ex_ment_before(a, h->t0, s->t0);
    if (ks < 0 || a->ments[ks].regulator) return 0;
    size_t end = h->t1 + 16 < s->t1 ? h->t1 + 16 : s->t1;
    /* the count of shares: "N shares of its|company (common) stock", "N new shares" */
    long sh = -1;
    for (size_t k = h->t1; k + 1 < end && sh < 0; k++) {
        if (!(ex_tk(a, k)->flags & EXTRACT_TOK_NUM)) continue;
        size_t j = k + 1;
        if (j < end && (ex_tok_is(a, j, "mln") || ex_tok_is(a, j, "million"))) j++;
        int fresh = 0;
        while (j < end && ex_ty_is(a, j, issued)) j++, fresh = 1;
        if (j < end && ex_tok_is(a, j, "issued")) j++;
        if (j >= end || !ex_tok_is(a, j, "shares")) continue;
        /* ("sold 11.3 mln shares, or 29.4 pct, of its common stock") */
        size_t o = j + 1;
        if (o + 4 < end && ex_tok_is(a, o, ",") && ex_tok_is(a, o + 1, "or")) {
            for (size_t q = 0; q < a->nnums; q++)
                if (a->nums[q].pct && a->nums[q].t0 == o + 2) o = a->nums[q].t1;
            if (o < end && ex_tok_is(a, o, ",")) o++;
        }
        if (fresh || (o + 1 < end && ex_tok_is(a, o, "of") && ex_ty_is(a, o + 1, own)))
            sh = (long)j;
    }
    if (sh < 0) return 0;
    /* no company named inside the shares' words ("shares of its Beta Corp stock") */
    long kn = ex_ment_after(a, (size_t)sh, (size_t)sh + 6 < s->t1 ? (size_t)sh + 6 : s->t1);
    if (kn >= 0 && a->ments[kn].t0 <= (size_t)sh + 3) return 0;
    long kb = buyer_after(a, s, h->t1);
    /* "sold Tarrant Holdings 1.5 mln newly issued shares": the buyer right after the verb */
    long kd = ment_opening(a, s, h->t1);
    if (kd >= 0 && a->ments[kd].t1 < (size_t)sh) kb = kd;
    if (kb < 0 || ex_co_eq(a, a->ments[kb].co, a->ments[ks].co)) return 0;
    party_t p[2] = {{a->ments[kb].co, "investor"}, {a->ments[ks].co, "investee"}};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_INVESTMENT, p, 2)) return 1;
    ex_set_str(a, &ev, "status", status);
    ex_set_money(a, &ev, ex_money_near(a, h->t1), 0);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
    return 1;
}

/* A deal someone presses for ("will urge the conglomerate to explore a sale of its unit",
 * "pushing for a sale", "called on the board to sell"): a demand, no deal yet. */
static int deal_urged(const art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    static const char *const urge[] = {"urge",      "urges",    "urged",    "urging",
                                       "pushing",   "pressing", "pressed",  "demanded",
                                       "demanding", "demands",  "lobbying", NULL};
    /* ("asks the court to force Stratum to sell Pinewood", "on condition that Holtmann sells
     * its Dutch business": a sale sought as a remedy; not "sues to force Hughes to complete
     * its merger", a deal agreed before) */
    static const char *const remedy[] = {"force",    "forcing",   "condition", "conditions",
                                         "required", "requiring", NULL};
    if (h->entry->dir == LEX_DIR_SELL)
        for (size_t i = h->t0; i-- > s->t0 && i + 8 >= h->t0;) {
            if (ex_tok_is(a, i, ";")) break;
            if (ex_ty_is(a, i, remedy)) return 1;
        }
    /* ("calling on the board to sell"; not "the agreement calls for X to start a tender offer") */
    static const char *const call[] = {"calling", NULL};
    for (size_t i = h->t0; i-- > s->t0 && i + 10 >= h->t0;) {
        if (ex_tok_is(a, i, ";")) break;
        if (ex_ty_is(a, i, urge)) return 1;
        if (ex_ty_is(a, i, call) && (ex_tok_is(a, i + 1, "on") || ex_tok_is(a, i + 1, "for")))
            return 1;
        if (ex_tok_is(a, i, "called") && ex_tok_is(a, i + 1, "on")) return 1;
    }
    return 0;
}

/* "Vodafone could make an offer for Ono, some analysts believe", "Analysts reasoned that
 * Chrysler might feel moved eventually to sell off some of the older plants", "reiterated its
 * ambitions to increase its stake": what others guess may happen, or an ambition, is no news
 * of a deal. A company's own "may seek to acquire" is its intent, and a rumour the market
 * trades on is news (both talks); words of a deal that exists ("negotiations that could
 * result in an acquisition", "discussing opposing bids") keep it. */
/* "In the coming months, Vodafone could sell its 44 per cent stake in SFR", "was likely to
 * sell its French minority", "has repeatedly stated it would like to buy out Vodafone",
 * "would consider selling its Japanese business if ...": a deal the writer or an observer
 * only imagines, in the deal's clause (at most eight words before the deal's word). The
 * company's own word stays ("said it could sell the unit", "said it was likely to sell":
 * talks at most, left to ex_deal_status). */
static int deal_hypothetical(const art_t *a, const sent_t *s, size_t lo, size_t at)
{
    static const char *const could[] = {"could", "might", NULL};
    static const char *const maybe[] = {
        "likely to",   "poised to",       "would like to", "would consider", "would stop",
        "unlikely to", "plausible buyer", "likely buyer",  "likely bidder",  "front-runner to",
        NULL};
    static const char *const say[] = {"said", "says", "say", "told", "announced", "stated", NULL};
    size_t from = at > lo + 8 ? at - 8 : lo;
    long k = ex_ty_find(a, from, at, could);
    if (k < 0) k = ex_ty_find_phrase(a, from, at, maybe, NULL);
    if (k < 0) return 0;
    /* "said it could", "said that it might", "said it was likely to", "said they would like to" */
    for (size_t i = (size_t)k; i > s->t0 && i + 5 > (size_t)k; i--) {
        if (!ex_ty_is(a, i - 1, say)) continue;
        static const char *const self[] = {"it", "they", "we", NULL};
        for (size_t j = i; j < (size_t)k && j < i + 2; j++)
            if (ex_ty_is(a, j, self)) return 0;
    }
    return 1;
}

static int deal_guessed(const art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    static const char *const wish[] = {"ambition", "ambitions", NULL};
    static const char *const real[] = {"proposed",    "planned",      "pending",   "agreed",
                                       "talks",       "negotiations", "opposing",  "outstanding",
                                       "discussions", "rival",        "competing", NULL};
    /* in the deal's own clause, up to 8 words before it (not "closed three plants he
     * believes could have been saved, sold its motor wheel unit") */
    size_t lo = h->t0 > s->t0 + 8 ? h->t0 - 8 : s->t0;
    for (size_t i = h->t0; i > lo; i--)
        if (ex_tok_is(a, i - 1, ";") || ex_tok_is(a, i - 1, ",")) {
            lo = i;
            break;
        }
    if (ex_ty_find(a, lo, h->t0, real) >= 0) return 0;
    if (ex_ty_guessed(a, s, lo, h->t0)) return 1;
    if (deal_hypothetical(a, s, lo, h->t0)) return 1;
    /* "said it bought the shares for investment and may consider acquiring additional
     * Kerrigan shares": a holder's maybe of more */
    static const char *const maybe[] = {"may consider", "might consider", "could consider",
                                        "may seek to",  "might seek to",  NULL};
    static const char *const more[] = {"additional", "more", "further", NULL};
    if (ex_ty_find_phrase(a, h->t0 > lo + 3 ? h->t0 - 3 : lo, h->t0, maybe, NULL) >= 0 &&
        h->t1 < s->t1 && ex_ty_is(a, h->t1, more))
        return 1;

    /* "ambitions to increase its stake" */
    long k = ex_ty_find(a, lo, h->t0, wish);
    return k >= 0 && (size_t)k + 1 < s->t1 && ex_tok_is(a, (size_t)k + 1, "to");
}

/* "Fisher Foods said American Financial has sold its 1,500,000 shares, a 44 pct interest, to
 * a group consisting of Rini": a holder sells its stake in the company speaking, which the
 * stake's words do not name again. At the sale trigger h: emits the investment (the buyer
 * invests in the company speaking, the holder sells) and returns 1, else 0. */
static int holder_stake_sold(art_t *a, const sent_t *s, const extract_lex_hit_t *h,
                             const char *status)
{
    long kl = ex_ment_before(a, h->t0, s->t0);
    if (kl < 0 || a->ments[kl].regulator || h->t1 + 2 >= s->t1 || !ex_tok_is(a, h->t1, "its"))
        return 0;
    long m0 = speaker_first(a, s, h, a->ments[kl].co);
    if (m0 < 0 || m0 == kl) return 0;
    /* the stake's words run to the "to" of the buyer; no company but the speaker in them */
    size_t to = h->t1 + 1;
    while (to < s->t1 && to < h->t1 + 14 && !ex_tok_is(a, to, "to") && !ex_tok_is(a, to, ";")) to++;
    if (to >= s->t1 || !ex_tok_is(a, to, "to")) return 0;
    for (size_t m = (size_t)m0 + 1; m < a->nments && a->ments[m].t0 < to; m++)
        if (a->ments[m].t0 > h->t1 && !ex_co_eq(a, a->ments[m].co, a->ments[m0].co)) return 0;
    if (!ex_hit_in(a, LEX_STAKE, h->t1 + 1, to, NULL) &&
        ex_ty_find(a, h->t1 + 1, to, share_words) < 0)
        return 0;
    long kb = buyer_after(a, s, to);
    if (kb < 0 || a->ments[kb].regulator || ex_co_eq(a, a->ments[kb].co, a->ments[m0].co) ||
        ex_co_eq(a, a->ments[kb].co, a->ments[kl].co))
        return 0;
    party_t p[3] = {
        {a->ments[kb].co, "investor"}, {a->ments[m0].co, "investee"}, {a->ments[kl].co, "seller"}};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_INVESTMENT, p, 3)) return 1;
    ex_set_str(a, &ev, "status", status);
    for (size_t q = 0; q < a->nnums; q++)
        if (a->nums[q].pct && a->nums[q].t0 > h->t1 && a->nums[q].t0 < to) {
            ex_set_num(a, &ev, "stake_percent", a->nums[q].v);
            break;
        }
    ex_set_money(a, &ev, ex_money_near(a, h->t1), 1);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
    return 1;
}

/* "its 412,500 Carrow shares", "his 1.3 mln Mercer common stock" from token i: the company
 * whose shares are counted (its mention), the token after them in *end; -1 when not so. */
static long counted_shares(const art_t *a, const sent_t *s, size_t i, size_t *end)
{
    static const char *const det[] = {"its", "his", "their", "the", NULL};
    static const char *const mln[] = {"mln", "million", NULL};
    if (i < s->t1 && ex_ty_is(a, i, det)) i++;
    if (i >= s->t1 || !(ex_tk(a, i)->flags & EXTRACT_TOK_NUM)) return -1;
    i++;
    if (i < s->t1 && ex_ty_is(a, i, mln)) i++;
    long k = ex_ment_after(a, i, i + 1);
    if (k < 0) return -1;
    size_t e = a->ments[k].t1;
    if (e < s->t1 && ex_tok_is(a, e, "common")) e++;
    if (e >= s->t1 || !(ex_tok_is(a, e, "shares") || ex_tok_is(a, e, "stock"))) return -1;
    *end = e + 1;
    return k;
}

/* The latest investment of s's segment in the company of mention k, or NULL. */
static event_t *segment_stake(art_t *a, const sent_t *s, long k)
{
    const char *id = ex_co_id(a, a->ments[k].co);
    for (size_t q = a->out->n, lo = ex_out_recent(a); q-- > lo;) {
        event_t *ev = &a->out->items[q];
        if (a->ev_seg[q - a->out_base] != s->seg) break;
        if (ev->type != EVENT_INVESTMENT) continue;
        for (size_t c = 0; c < ev->ncompanies; c++)
            if (ev->companies[c].role && strcmp(ev->companies[c].role, "investee") == 0 &&
                strcmp(ev->companies[c].id, id) == 0)
                return ev;
    }
    return NULL;
}

/* Is there a sum of money (no percentage) opening in [lo, hi) and, when end is not 0, closing
 * right before token end (its currency word after it or not)? */
static int money_in(const art_t *a, size_t lo, size_t hi, size_t end)
{
    for (size_t q = 0; q < a->nnums; q++)
        if (!a->nums[q].pct && a->nums[q].t0 >= lo && a->nums[q].t0 < hi &&
            (!end || a->nums[q].t1 == end || a->nums[q].t1 + 1 == end))
            return 1;
    return 0;
}

/* "Lindqvist said it bought its 412,500 Carrow shares for a total of 5.3 mln dlrs", after
 * "said it holds 6.2 pct of Carrow": the shares of a company bought, counted, are the stake
 * an earlier sentence of the segment told (its price and its being done), not a takeover.
 * 1 when the sentence was read so. */
static int shares_bought_followup(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    size_t e;
    long k = counted_shares(a, s, h->t1, &e);
    event_t *ev = k >= 0 ? segment_stake(a, s, k) : NULL;
    if (!ev) return 0;
    const num_t *m = NULL;
    for (size_t n = 0; n < a->nnums && !m; n++)
        if (!a->nums[n].pct && a->nums[n].t0 >= e) m = &a->nums[n];
    if (m && !event_get(ev, "amount")) ex_set_money(a, ev, m, 1);
    ex_set_str(a, ev, "status", "completed");
    /* ("Two affiliated investment firms ... raised their combined stake in LDBrinkman" then
     * "Fidelity International Ltd ... said its funds bought 68,000 LDBrinkman common
     * shares": the buyer names the stake's holder the first telling left unnamed) */
    int holder = 0;
    for (size_t c = 0; c < ev->ncompanies && !holder; c++)
        holder = ev->companies[c].role && strcmp(ev->companies[c].role, "investor") == 0;
    long kb = ex_ment_before(a, h->t0, s->t0);
    if (!holder && kb >= 0 && !ex_co_eq(a, a->ments[kb].co, a->ments[k].co)) {
        const char *id, *name, *tick;
        ex_co_name(a, a->ments[kb].co, &id, &name, &tick);
        if (event_add_company(ev, id, name, tick, "investor")) a->oom = 1;
    }
    return 1;
}

/* "Holders of about 38 pct of Gallatin's stock have agreed to vote for the deal",
 * "shareholders owning 51 pct of the company": a part of the company its holders own, told of
 * who they are or what they do, no stake anyone took. h is a "pct of" trigger. */
static int holders_part(const art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    static const char *const holders[] = {"holders", "shareholders", "stockholders", "owners",
                                          NULL};
    static const char *const owning[] = {"of",   "owning",      "holding", "representing",
                                         "with", "controlling", NULL};
    static const char *const approx[] = {"about", "approximately", "nearly", "almost",
                                         "some",  "roughly",       "around", "over",
                                         "more",  "than",          NULL};
    if (h->entry->type != EVENT_INVESTMENT) return 0;
    /* "Tolvena shareholders will hold about 48% of the combined company": a side's part of a
     * merger, no stake bought */
    static const char *const merged[] = {
        "the combined company", "the combined group",  "the enlarged company",
        "the enlarged group",   "the merged company",  "the merged group",
        "the new company",      "the combined entity", NULL};
    if (ex_ty_find_phrase(a, h->t1, h->t1 + 4 < s->t1 ? h->t1 + 4 : s->t1, merged, NULL) >= 0)
        return 1;
    if (h->t0 < s->t0 + 3) return 0;
    size_t j = h->t0 - 1; /* the number */
    while (j > s->t0 + 2 && ex_ty_is(a, j - 1, approx)) j--;
    return ex_ty_is(a, j - 1, owning) && ex_ty_is(a, j - 2, holders);
}

/* Buyers a deal's news leaves unnamed, and a company's own managers as buyers. */
static const char *const unnamed_buyers[] = {"group", "consortium", "firm",   "investor",
                                             "fund",  "bidder",     "suitor", "buyer",
                                             "rival", "peer",       "party",  NULL};
static const char *const mgmt_buyers[] = {"managers", "management", "executives",
                                          "officers", "directors",  NULL};

/* "agreed to be acquired by an investor group", "to be acquired for 21 dlrs a share in
 * cash, or about 44 mln dlrs, by a privately held company whose name it did not disclose":
 * the passive's agent, after the trigger's own "by" or the clause's first one, is a buyer the
 * news does not name (a group, a firm, its managers), no company named on the way. */
static int unnamed_by(const art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    static const char *const openers[] = {"a", "an", "its", "unnamed", "undisclosed", "the", NULL};
    static const char *const more[] = {"company", "concern", "buyer", "individual", NULL};
    size_t b = h->t1 - 1;
    if (!ex_tok_is(a, b, "by")) {
        long k = ex_ty_find_one(a, h->t1, h->t1 + 24 < s->t1 ? h->t1 + 24 : s->t1, "by");
        if (k < 0) return 0;
        b = (size_t)k;
    }
    size_t hi = b + 8 < s->t1 ? b + 8 : s->t1;
    /* (not who approves it: "approved by its board of directors") */
    static const char *const approver[] = {"approved", "reviewed",  "recommended", "endorsed",
                                           "backed",   "supported", NULL};
    if (b + 2 >= s->t1 || !ex_ty_is(a, b + 1, openers) || ex_ment_after(a, h->t1, hi) >= 0 ||
        (b > h->t1 && ex_ty_is(a, b - 1, approver)))
        return 0;
    return ex_ty_find(a, b + 2, hi, unnamed_buyers) >= 0 ||
           ex_ty_find(a, b + 2, hi, mgmt_buyers) >= 0 || ex_ty_find(a, b + 2, hi, more) >= 0;
}

void ex_rule_deal(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    const extract_lex_entry_t *en = h->entry;
    /* ("its wholly owned ESZ Acquisition Corp subsidiary": a deal word inside a company's
     * name, past its first word, is the name's) */
    if (h->t1 - h->t0 == 1)
        for (size_t m = 0; m < a->nments; m++)
            if (a->ments[m].t0 < h->t0 && h->t0 < a->ments[m].t1) return;
    /* ("said it is not negotiating with Fertod Industries Inc or anyone else about a merger or
     * a sale of the company": talks denied) */
    static const char *const neg_w[] = {"not", "no", "never", NULL};
    static const char *const talk_w[] = {"negotiating", "negotiations", "talks",
                                         "discussions", "approached",   NULL};
    /* (in the trigger's own clause: not "held no talks with other bidders before it agreed to
     * sell") */
    static const char *const clause_w[] = {",", "before", "after", "but", "while", "which", NULL};
    long nw = ex_ty_find(a, h->t0 > s->t0 + 14 ? h->t0 - 14 : s->t0, h->t0, neg_w);
    if (nw >= 0 &&
        ex_ty_find(a, (size_t)nw + 1, (size_t)nw + 4 < h->t0 ? (size_t)nw + 4 : h->t0, talk_w) >=
            0 &&
        ex_ty_find(a, (size_t)nw + 1, h->t0, clause_w) < 0)
        return;
    if (pct_of_holding(en->phrase) && holders_part(a, s, h)) return;
    /* ("Cromer said it would tender the 1,036,000 Sheringham shares it owns, about 9.4 pct of
     * the total, into Mundesley's offer": a holder selling into a bid, no stake bought) */
    static const char *const tender_v[] = {
        "tender the",    "tender its",    "tendered its", "tendered the",
        "tendering its", "tendering the", "tender all",   NULL};
    if (en->type == EVENT_INVESTMENT && ex_ty_find_phrase(a, s->t0, h->t0, tender_v, NULL) >= 0)
        return;
    /* ("Nettleham and the managers will invest the rest as equity through the new company":
     * the equity of a buyout the segment told, no stake of its own) */
    static const char *const rest_w[] = {"invest the rest",
                                         "invest the balance",
                                         "invest the remainder",
                                         "provide the rest",
                                         "provide the balance",
                                         "provide the remainder",
                                         NULL};
    if (en->type == EVENT_INVESTMENT && ex_seg_event(a, s->seg, EVENT_ACQUISITION) &&
        ex_ty_find_phrase(a, s->t0, s->t1, rest_w, NULL) >= 0)
        return;
    /* ("have committed to lend it up to 175 mln dlrs for the acquisition": money for the deal
     * the segment told, no deal of its own) */
    static const char *const for_the[] = {"lend",   "lends",  "loan",       "loans", "financing",
                                          "credit", "borrow", "borrowings", NULL};
    if (en->type == EVENT_ACQUISITION && h->t0 >= s->t0 + 2 && ex_tok_is(a, h->t0 - 1, "the") &&
        ex_tok_is(a, h->t0 - 2, "for") && ex_seg_event(a, s->seg, EVENT_ACQUISITION) &&
        ex_ty_find(a, h->t0 > s->t0 + 12 ? h->t0 - 12 : s->t0, h->t0, for_the) >= 0)
        return;
    if (en->type == EVENT_ACQUISITION && en->dir == LEX_DIR_FWD && shares_bought_followup(a, s, h))
        return;
    /* ("Jogeva said the sale of its 1.8 mln Rapla shares ... is expected to close", after the
     * stake's sale told: the same shares, more of that stake, no takeover) */
    int stake_sold_on = 0;
    if (en->dir == LEX_DIR_SELL) {
        size_t e;
        long k = counted_shares(a, s, h->t1, &e);
        stake_sold_on = k >= 0 && segment_stake(a, s, k) != NULL;
    }
    if (en->dir == LEX_DIR_SELL && ex_ty_remedy_sale(a, s, h->t1 - 1)) return;
    /* "approved the sale, for about 240 mln dlrs, of its industrial products division to X":
     * the words between the commas tell the price or the time, and what is sold follows
     * "of" after them, read as after "sale of" */
    extract_lex_hit_t past;
    if (strcmp(en->phrase, "sale,") == 0) {
        size_t j = h->t1 + 1;
        while (j + 2 < s->t1 && j < h->t1 + 12 &&
               !(ex_tok_is(a, j, ",") && ex_tok_is(a, j + 1, "of")))
            j++;
        if (j + 2 >= s->t1 || !ex_tok_is(a, j, ",") || !ex_tok_is(a, j + 1, "of")) return;
        past = *h;
        past.t1 = (uint32_t)(j + 2);
        h = &past;
    }
    /* "offered 28 dlrs a share, or about 168 mln dlrs, for Sutton Stores Inc": a price, then
     * "for" and the company (not "offered Sutton a supply deal for its stores") */
    if (strcmp(en->phrase, "offered") == 0 || strcmp(en->phrase, "has bid") == 0) {
        long f = ex_ty_find_one(a, h->t1, h->t1 + 16 < s->t1 ? h->t1 + 16 : s->t1, "for");
        if (f < 0 || !money_in(a, h->t1, (size_t)f, 0) ||
            ex_ment_after(a, (size_t)f + 1, (size_t)f + 2) < 0 ||
            ex_ment_after(a, h->t1, (size_t)f) >= 0)
            return;
    }
    if (strcmp(en->phrase, "round") == 0) {
        round_raised(a, s, h);
        return;
    }
    if (strncmp(en->phrase, "receive", 7) == 0 || strcmp(en->phrase, "will receive") == 0 ||
        strcmp(en->phrase, "to receive") == 0) {
        received_for(a, s, h);
        return;
    }
    /* "Commodity buying patterns", "selling pressure": a deal word in -ing before a noun it
     * describes is no deal */
    static const char *const ing_nouns[] = {
        "pattern",     "patterns",      "pressure",  "interest",  "power",    "spree",
        "activity",    "habits",        "decisions", "behaviour", "behavior", "frenzy",
        "opportunity", "opportunities", "programme", "program",   "binge",    "price",
        "prices",      "volume",        "volumes",   NULL};
    if (h->t1 - h->t0 == 1 && h->t1 < s->t1 &&
        (ex_tok_is(a, h->t0, "buying") || ex_tok_is(a, h->t0, "selling")) &&
        ex_ty_is(a, h->t1, ing_nouns))
        return;
    /* "mis-selling", "re-sold": a word glued to a hyphen before it is no deal verb */
    if (h->t0 > s->t0 + 1 && !(ex_tk(a, h->t0)->flags & EXTRACT_TOK_SPACE) &&
        ex_tok_is(a, h->t0 - 1, "-") && !(ex_tk(a, h->t0 - 1)->flags & EXTRACT_TOK_SPACE) &&
        (ex_tk(a, h->t0 - 2)->flags & EXTRACT_TOK_LOWER))
        return;
    /* "through the acquired access to PNC's product lines", "its newly acquired unit": a
     * participle after a determiner describes a noun, no purchase is told */
    static const char *const part_w[] = {"acquired", "purchased", "bought", "sold", NULL};
    static const char *const det_w[] = {"the", "a",   "an",    "its", "their",
                                        "his", "her", "newly", NULL};
    if (h->t1 - h->t0 == 1 && h->t0 > s->t0 && ex_ty_is(a, h->t0, part_w) &&
        ex_ty_is(a, h->t0 - 1, det_w))
        return;
    const char *status = ex_deal_status(a, s, h);
    int neg = deal_negated(a, h);
    if (neg == 1 && strcmp(status, "terminated") != 0) return;
    if (!neg && deal_urged(a, s, h)) return;
    if (!neg && deal_guessed(a, s, h)) return;
    if (neg == 2) status = "terminated";
    if (neg == 3) status = "rejected";
    if (en->dir == LEX_DIR_SELL && !neg && own_shares_sold(a, s, h, status)) return;
    if (en->type == EVENT_ACQUISITION && en->dir == LEX_DIR_FWD && (!neg || neg == 3) &&
        offer_received(a, s, h, status))
        return;
    if (en->dir == LEX_DIR_SELL && !neg && holder_stake_sold(a, s, h, status)) return;
    if (en->type == EVENT_INVESTMENT && !neg && holding_background(a, s, h)) return;

    /* "said it holds 6.2 pct of Carrow", "now owns 9.1 pct": a holding disclosed is one
     * bought already */
    if (en->type == EVENT_INVESTMENT && !neg && pct_of_holding(en->phrase) &&
        strcmp(status, "announced") == 0) {
        static const char *const held[] = {"holds", "owns", "has", "controls", NULL};
        size_t lo = h->t0 > s->t0 + 6 ? h->t0 - 6 : s->t0;
        long v = ex_ty_find(a, lo, h->t0, held);
        if (v >= 0 && !ex_ty_future(a, s->t0, (size_t)v)) status = "completed";
    }
    /* "Summit said it sold 11.3 mln shares, or 29.4 pct, of its common stock to Halbert": a
     * percentage of the company's own stock sold is read at the sale (above) */
    if (en->type == EVENT_INVESTMENT && pct_of_holding(en->phrase) && h->t1 + 1 < s->t1 &&
        (ex_tok_is(a, h->t1, "its") || ex_tok_is(a, h->t1, "company")) &&
        ex_ty_find(a, h->t1 + 1, h->t1 + 3 < s->t1 ? h->t1 + 3 : s->t1, share_words) >= 0 &&
        ex_ty_find(a, h->t0 > s->t0 + 10 ? h->t0 - 10 : s->t0, h->t0, ex_sale_words) >= 0)
        return;
    /* "said it may raise its stake in Cadbury Schweppes to 25 pct, but has not made any
     * additional stock purchases": a deal that may be, none done or agreed */
    static const char *const maybe_w[] = {"may", "might", NULL};
    static const char *const raise_w[] = {"raise", "increase", "boost", "lift", NULL};
    for (size_t b = h->t0 > s->t0 + 4 ? h->t0 - 4 : s->t0; b < h->t0; b++)
        if (ex_ty_is(a, b, maybe_w) && (ex_tk(a, b)->flags & EXTRACT_TOK_LOWER) &&
            ex_ty_is(a, b + 1, raise_w) && ex_ty_find_one(a, b, h->t0, ",") < 0)
            return;
    /* "will eliminate about 450 jobs, or eight pct of its work force, and sell its plant to
     * Portaferry": a part of something that is no company's shares */
    static const char *const no_holding[] = {
        "work",    "workforce", "staff",  "employees",  "jobs",     "workers", "sales",
        "revenue", "revenues",  "output", "production", "capacity", "payroll", NULL};
    if (en->type == EVENT_INVESTMENT && pct_of_holding(en->phrase) && h->t1 + 1 < s->t1 &&
        (ex_tok_is(a, h->t1, "its") || ex_tok_is(a, h->t1, "the") ||
         ex_tok_is(a, h->t1, "their")) &&
        ex_ty_is(a, h->t1 + 1, no_holding))
        return;
    co_t ag[4], pa[4];
    size_t nag = 0, npa = 0;
    long kl = ex_ment_before(a, h->t0, s->t0), kr = ex_ment_after(a, h->t1, s->t1);
    /* "Gyongyos Bancshares Inc said Matrafured Bank and Trust Co became a wholly owned
     * subsidiary today": the company that says so owns it */
    if (strncmp(en->phrase, "became a", 8) == 0 &&
        strcmp(en->phrase + strlen(en->phrase) - 3, " of") != 0) {
        kr = -1;
        if (kl > 0 && a->ments[kl - 1].t0 >= s->t0 && a->ments[kl - 1].t1 < a->ments[kl].t0 &&
            (ex_tok_is(a, a->ments[kl - 1].t1, "said") ||
             ex_tok_is(a, a->ments[kl - 1].t1, "says")))
            kr = kl - 1;
        if (kr < 0) return;
    }
    /* ("to Invest $220 Million in Limerick Sterile Manufacturing Campus; Signs Ten-Year Supply
     * Agreement with Mappowder Biologics": no party past the clause's end) */
    if (kr >= 0 && ex_ty_find_one(a, h->t1, a->ments[kr].t0, ";") >= 0) kr = -1;
    /* ("a company that owns a mothballed mine, which Carnbrea is buying from Australian
     * investment firm Yarrabee Capital": the one after "from" sells, what is bought came
     * before; no target after the verb) */
    if (kr >= 0 && en->dir == LEX_DIR_FWD && h->t1 < a->ments[kr].t0 &&
        ex_tok_is(a, h->t1, "from") && h->t0 > s->t0 + 1 &&
        (ex_tok_is(a, h->t0 - 2, "which") || ex_tok_is(a, h->t0 - 3, "which") ||
         ex_tok_is(a, h->t0 - 2, "that") || ex_tok_is(a, h->t0 - 3, "that")))
        return;
    /* "merging with Beta Inc's rival Gamma Corp": the company after the possessive's word
     * for a peer is the one named */
    static const char *const peer_w[] = {"rival", "peer", "competitor", "partner", NULL};
    if (kr >= 0 && (size_t)kr + 1 < a->nments && a->ments[kr].t1 + 1 < s->t1 &&
        (ex_tk(a, a->ments[kr].t1)->flags & EXTRACT_TOK_POSS) &&
        ex_ty_is(a, a->ments[kr].t1 + 1, peer_w) && a->ments[kr + 1].t0 == a->ments[kr].t1 + 2)
        kr++;
    /* "Daniel Lee, an analyst at Drexel Burnham Lambert Inc, said that ... suitors willing to
     * pay a higher price for Caesars": the firm of the one speaking is no party */
    static const char *const speakers[] = {"analyst",    "analysts",    "economist", "economists",
                                           "strategist", "strategists", NULL};
    if (kl >= 0 && a->ments[kl].t0 >= s->t0 + 2 &&
        (ex_tok_is(a, a->ments[kl].t0 - 1, "at") || ex_tok_is(a, a->ments[kl].t0 - 1, "with")) &&
        ex_ty_is(a, a->ments[kl].t0 - 2, speakers))
        kl = -1;
    /* "it would buy 20 pct of the company after Kohlberg Kravis completed its buyout": a
     * company after a word that opens another clause is that clause's, not the object */
    static const char *const subord[] = {"after",   "before",   "when",    "while",
                                         "because", "although", "whereas", NULL};
    if (kr >= 0) {
        long c = ex_ty_find(a, h->t1, a->ments[kr].t0, subord);
        if (c >= 0 && (ex_tk(a, (size_t)c)->flags & EXTRACT_TOK_LOWER)) kr = -1;
    }
    /* "has a strong record of investing in industrial businesses, and Vantrell's employees
     * ... will be in good hands": an object in lower case, then ", and" opens a clause whose
     * company is not the object */
    static const char *const opener_det[] = {
        "the", "a",   "an",   "its", "their", "that", "which", "who",  "to", "for",
        "of",  "in",  "with", "by",  "from",  "at",   "on",    "as",   "it", "and",
        "or",  "his", "her",  "was", "is",    "will", "would", "said", NULL};
    if (kr >= 0 && h->t1 < a->ments[kr].t0 && (ex_tk(a, h->t1)->flags & EXTRACT_TOK_LOWER) &&
        !(ex_tk(a, h->t1)->flags & EXTRACT_TOK_NUM) && !ex_ty_is(a, h->t1, opener_det))
        for (size_t q = h->t1 + 1; q + 1 < a->ments[kr].t0; q++)
            if (ex_tok_is(a, q, ",") && ex_tok_is(a, q + 1, "and")) {
                kr = -1;
                break;
            }
    /* "Exco International Plc, a subsidiary of British and Commonwealth Shipping Co Plc, said
     * it had agreed to buy an 80 pct stake in RMJ": the owner in an appositive is not the
     * buyer; the company it describes is */
    long app_owner = -1; /* the owner named in the appositive of the company before the verb */
    /* ("Toshin Steel Co Ltd and Azuma Steel Co Ltd, affiliates of Nippon Kokan KK, are
     * considering a merger": the peers the appositive describes) */
    if (kl > 0 && (en->dir == LEX_DIR_FWD || en->dir == LEX_DIR_REV || en->dir == LEX_DIR_SYM ||
                   en->dir == LEX_DIR_SELL)) {
        static const char *const owned[] = {"subsidiary", "unit", "affiliate",  "division",
                                            "arm",        "part", "affiliates", "subsidiaries",
                                            "units",      NULL};
        size_t u = a->ments[kl].t0;
        long kp = kl - 1;
        /* ("LH Acquisition Corp, a subsidiary formed by Lydiard Holdings Inc, began a cash
         * tender offer": the vehicle a company formed) */
        static const char *const formed[] = {"formed", "created", NULL};
        static const char *const vehicle[] = {"company", "concern", "vehicle", NULL};
        size_t ow = u >= s->t0 + 4 && ex_tok_is(a, u - 1, "of") && ex_ty_is(a, u - 2, owned) ? u - 2
                    : u >= s->t0 + 5 && ex_tok_is(a, u - 1, "by") && ex_ty_is(a, u - 2, formed) &&
                            (ex_ty_is(a, u - 3, owned) || ex_ty_is(a, u - 3, vehicle))
                        ? u - 3
                        : 0;
        if (ow && !a->ments[kp].regulator && a->ments[kp].t0 >= s->t0) {
            size_t q = ow, pe = a->ments[kp].t1;
            /* (past a name's closing bracket: "<Exco International Plc>, a subsidiary of") */
            while (pe < u && (ex_tok_is(a, pe, ">") || ex_tok_is(a, pe, ")") ||
                              ex_class_at(a, pe, pe + 1, LEX_CORPSFX, NULL)))
                pe++;
            while (q > pe && !ex_tok_is(a, q - 1, ",")) q--;
            /* (the appositive opens with a comma right after the name: ", a subsidiary of") */
            if (q == pe + 1 && ex_tok_is(a, pe, ",")) {
                size_t e = a->ments[kl].t1;
                while (e < h->t0 && !ex_tok_is(a, e, ",")) e++;
                if (e < h->t0) app_owner = kl, kl = kp;
            }
        }
    }
    /* "Pudasjarvi Partners L.P., a limited partnership formed by the New York merchant
     * banking firm Kemijarvi and Co, said it agreed to acquire": a company named in the
     * appositive of the sentence's subject is not the subject (the appositive opens right
     * after the subject's name and closes before the verb's words) */
    if (kl > 0 && app_owner < 0 && en->dir == LEX_DIR_FWD)
        kl = ex_ment_outside_appos(a, kl, s->t0, h->t0);
    /* "Estremoz Corp said its wholly owned ESZ Acquisition Corp subsidiary began a tender
     * offer": the vehicle named as the company's own unit, the company buys through it (both
     * are named, the company first) */
    long own_vehicle = -1;
    if (kl > 0 && en->dir == LEX_DIR_FWD && a->ments[kl - 1].t0 >= s->t0) {
        static const char *const own_unit[] = {"subsidiary", "unit", "affiliate", "arm", NULL};
        size_t u = a->ments[kl].t0, e = a->ments[kl].t1;
        while (e < h->t0 && (ex_tok_is(a, e, ">") || ex_tok_is(a, e, ")"))) e++;
        long its = -1;
        for (size_t q = u; q > a->ments[kl - 1].t1 && q + 5 > u && its < 0; q--)
            if (ex_tok_is(a, q - 1, "its")) its = (long)q - 1;
        if (its >= 0 && e < h->t0 && ex_ty_is(a, e, own_unit) && e + 5 >= h->t0)
            own_vehicle = kl, kl = kl - 1;
    }
    /* "Ransome Holdings, which already owns 45 pct of Kemble, agreed to buy the rest": a
     * company inside a relative clause set off by commas is not the verb's subject; the one
     * before the clause is */
    if (kl > 0 && en->dir == LEX_DIR_FWD) {
        size_t e = a->ments[kl].t1, c0 = a->ments[kl].t0;
        int closed = 0;
        for (size_t q = e; q < h->t0 && q < e + 4 && !closed; q++) closed = ex_tok_is(a, q, ",");
        for (size_t q = c0; closed && q > s->t0 + 1 && q + 12 > c0; q--)
            if ((ex_tok_is(a, q - 1, "which") || ex_tok_is(a, q - 1, "who")) &&
                ex_tok_is(a, q - 2, ",")) {
                /* (a clause that tells a holding: "which owns 45 pct of") */
                static const char *const holds[] = {"owns",  "holds", "controls",
                                                    "owned", "held",  NULL};
                if (ex_ty_find(a, q, c0, holds) < 0) break;
                long kb = ex_ment_before(a, q - 2, s->t0);
                if (kb >= 0 && a->ments[kb].t1 + 1 >= q - 2) kl = kb;
                break;
            }
    }
    /* "to acquire Unisys Inc's 13 pct stake in Magnetic Peripherals": Control Data invests in
     * Magnetic Peripherals, Unisys sells (read at the verb; the stake trigger leaves it) */
    if (en->type == EVENT_INVESTMENT && en->dir == LEX_DIR_FWD &&
        bought_from_holder(a, s, h, kl) >= 0)
        return;
    if (en->type == EVENT_ACQUISITION && en->dir == LEX_DIR_FWD && kr >= 0 &&
        a->ments[kr].t0 == h->t1 && kl >= 0 && !neg) {
        long ki = poss_stake_in(a, s, kr);
        if (ki >= 0 && !ex_co_eq(a, a->ments[ki].co, a->ments[kr].co) &&
            !ex_co_eq(a, a->ments[ki].co, a->ments[kl].co) &&
            !ex_co_eq(a, a->ments[kl].co, a->ments[kr].co)) {
            party_t p[3] = {{a->ments[kl].co, "investor"},
                            {a->ments[ki].co, "investee"},
                            {a->ments[kr].co, "seller"}};
            event_t ev;
            if (ex_make_event(a, &ev, EVENT_INVESTMENT, p, 3)) return;
            ex_set_str(a, &ev, "status", status);
            for (size_t q = 0; q < a->nnums; q++)
                if (a->nums[q].pct && a->nums[q].t0 > a->ments[kr].t1 &&
                    a->nums[q].t0 < a->ments[ki].t0) {
                    ex_set_num(a, &ev, "stake_percent", a->nums[q].v);
                    break;
                }
            /* ("for 26 mln dlrs in cash": its price, past the company it is in) */
            const num_t *m = ex_money_near(a, a->ments[ki].t1);
            if (m && m->t0 >= a->ments[ki].t1 && m->t0 <= a->ments[ki].t1 + 3 &&
                ex_tok_is(
                    a, m->t0 - 1 - (m->t0 > a->ments[ki].t1 + 1 && !ex_tok_is(a, m->t0 - 1, "for")),
                    "for"))
                ex_set_money(a, &ev, m, 1);
            ex_emit(a, s, &ev, ex_sentence_date(a, 0));
            return;
        }
    }
    /* "could take over HGS's 12-member board": a board, a post or a job taken over is no
     * company bought */
    static const char *const posts[] = {"board",  "management",   "role", "job", "post",
                                        "duties", "chairmanship", "seat", NULL};
    if (en->dir == LEX_DIR_FWD && kr >= 0 && a->ments[kr].t1 + 1 < s->t1 &&
        (ex_tk(a, a->ments[kr].t1)->flags & EXTRACT_TOK_POSS)) {
        size_t q = a->ments[kr].t1 + 1;
        while (q + 1 < s->t1 && q < a->ments[kr].t1 + 5 &&
               ((ex_tk(a, q)->flags & EXTRACT_TOK_NUM) || ex_tok_is(a, q, "-") ||
                ex_tok_is(a, q, "member") || ex_tok_is(a, q, "entire") || ex_tok_is(a, q, "whole")))
            q++;
        if (ex_ty_is(a, q, posts)) return;
    }
    /* "take X private": the company right after the verb, "private" right after it */
    if (h->t1 - h->t0 == 1 && ex_ty_is(a, h->t0, ex_take_words) &&
        !(kr >= 0 && a->ments[kr].t0 == h->t1 && a->ments[kr].t1 < s->t1 &&
          ex_tok_is(a, a->ments[kr].t1, "private")))
        return;
    /* "owns a 30% stake in the Stabroek block off Guyana, where an Exxon-led group ...": the
     * company a stake is in follows its trigger in the same clause ("a stake in another
     * troubled bank, <Perwira Habib Bank>"); one named in a later clause is another's */
    if (en->type == EVENT_INVESTMENT && en->dir == LEX_DIR_FWD && kr >= 0 &&
        (strncmp(en->phrase, "stake", 5) == 0 || strncmp(en->phrase, "interest", 8) == 0)) {
        static const char *const clause[] = {"where", "which", "while", "whose", ";", NULL};
        /* (a long description may stand between: "a 60% stake in Brazilian sugar and
         * ethanol producer Usina Boa Vista SA") */
        size_t far = h->t1 + 10, k0 = a->ments[kr].t0;
        if (k0 > far && ex_desc_end(a, s, h->t1, k0 < h->t1 + 16 ? k0 : h->t1 + 16) == k0) far = k0;
        if (a->ments[kr].t0 > far || ex_ty_find(a, h->t1, a->ments[kr].t0, clause) >= 0) kr = -1;
    }
    /* "TWA reserves the right to seek control of USAir ..., and that it also is seeking to
     * acquire up to 25 pct of USAir": the company named last before the trigger is the one
     * after it; the one the sentence opens with acts */
    /* (not "to buy Borg-Warner's industrial products group": its part, its seller) */
    if (en->dir == LEX_DIR_FWD && kl > 0 && kr >= 0 &&
        ex_co_eq(a, a->ments[kl].co, a->ments[kr].co) && a->ments[kr].t1 < s->t1 &&
        !(ex_tk(a, a->ments[kr].t1)->flags & EXTRACT_TOK_POSS)) {
        for (long q = kl - 1; q >= 0 && a->ments[q].t0 >= s->t0; q--)
            if (!a->ments[q].regulator && !ex_co_eq(a, a->ments[q].co, a->ments[kr].co)) {
                kl = q;
                break;
            }
    }
    /* "Electrohome will pay an undisclosed amount to Hitech for initial research", "the
     * Wallenbergs paid Nobel Industrier 20 pct over the market": a payment to a company is no
     * purchase of it (what is bought follows "for") */
    if (kr >= 0 && (strstr(en->phrase, "pay") || strstr(en->phrase, "paid")) &&
        (a->ments[kr].t0 == h->t1 ||
         (a->ments[kr].t0 > h->t1 && ex_tok_is(a, a->ments[kr].t0 - 1, "to"))))
        return;
    int rev = en->dir == LEX_DIR_REV || en->dir == LEX_DIR_SELL;
    /* ("rejected a cash offer from Scorton Group ..., and said it had received an approach
     * from a second suitor, Whorlton Holdings": "it" after the company named last is the
     * sentence's subject, the one approached) */
    static const char *const it_w[] = {"it", NULL};
    if (en->dir == LEX_DIR_REV && kl >= 0 && kr >= 0 && a->ments[kl].t1 < h->t0) {
        long itk = ex_ty_find_last(a, a->ments[kl].t1, h->t0, it_w);
        long m0 = first_ment(a, s);
        if (itk >= 0 && (size_t)itk + 6 > h->t0 && m0 >= 0 && m0 != kl &&
            a->ments[m0].t1 <= a->ments[kl].t0 && !ex_co_eq(a, a->ments[m0].co, a->ments[kr].co) &&
            !ex_co_eq(a, a->ments[m0].co, a->ments[kl].co))
            kl = m0;
    }
    /* "today's acquisition bid by Diagnostic Retrieval Systems": a deal noun before an offer
     * whose bidder follows is the offer's (its own trigger reads the sides) */
    static const char *const offer_w[] = {"bid", "offer", "proposal", NULL};
    if (h->t1 - h->t0 == 1 && h->t1 + 1 < s->t1 && ex_ty_is(a, h->t1, offer_w) &&
        (ex_tok_is(a, h->t1 + 1, "by") || ex_tok_is(a, h->t1 + 1, "from")))
        return;
    /* "a vote on the proposed acquisition of the company by Paccar Inc": the company after
     * "by" buys the one speaking */
    size_t pl = strlen(en->phrase), of = h->t1;
    if (!(pl > 3 && strcmp(en->phrase + pl - 3, " of") == 0))
        of = h->t1 < s->t1 && ex_tok_is(a, h->t1, "of") ? h->t1 + 1 : 0;
    if (en->dir == LEX_DIR_FWD && of) {
        long kb = by_the_company(a, s, of), m = first_ment(a, s);
        if (kb >= 0 && m >= 0 && a->ments[m].t1 <= h->t0 &&
            !ex_co_eq(a, a->ments[m].co, a->ments[kb].co)) {
            kl = m;
            kr = kb;
            rev = 1;
        }
        /* "The acquisition of Safeway by Morrison Supermarkets has been completed": the
         * company named after "of" is bought by the one after "by" */
        long kt = ment_opening(a, s, of);
        size_t b = kt >= 0 ? past_name(a, s, a->ments[kt].t1) : s->t1;
        long kb2 = b + 1 < s->t1 && ex_tok_is(a, b, "by") ? ment_opening(a, s, b + 1) : -1;
        if (!rev && kb2 >= 0 && !ex_co_eq(a, a->ments[kt].co, a->ments[kb2].co)) {
            kl = kt;
            kr = kb2;
            rev = 1;
        }
    }
    /* "has agreed to be acquired for about 265 mln dlrs by a company formed by E.F. Hutton
     * LBO": a purchase verb in the passive, its buyer after a later "by" */
    int passive_by = 0;
    if (en->dir == LEX_DIR_FWD && !rev && kl >= 0 && h->t0 > s->t0 && ex_passive_before(a, h->t0) &&
        !(kr >= 0 && a->ments[kr].t0 == h->t1))
        for (size_t k = h->t1; k + 1 < s->t1 && k < h->t1 + 18; k++) {
            /* (past the price's other form between commas: "for 41 dlrs a share, or about
             * 205 mln dlrs, by an investor group formed by Whitcomb, Ferris and Co") */
            if (ex_tok_is(a, k, ",") && ex_tok_is(a, k + 1, "or") && money_in(a, k + 2, k + 4, 0))
                continue;
            if (ex_tok_is(a, k, ",") && money_in(a, h->t1, k, k)) continue;
            /* (and a price a share closing it: "for about 48 mln dlrs, or 16.75 dlrs a share,
             * by a company formed by Inkoo Capital Corp") */
            if (ex_tok_is(a, k, ",") && k >= h->t1 + 4 && ex_tok_is(a, k - 1, "share") &&
                (ex_tok_is(a, k - 2, "a") || ex_tok_is(a, k - 2, "per")) &&
                ((ex_tk(a, k - 3)->flags & EXTRACT_TOK_NUM) ||
                 (ex_tk(a, k - 4)->flags & EXTRACT_TOK_NUM)))
                continue;
            if (ex_tok_is(a, k, ",") || ex_tok_is(a, k, ";")) break;
            if (!ex_tok_is(a, k, "by")) continue;
            /* ("by a group led by its chairman, Inaki Aramburu, and Celanova Capital Partners":
             * the group's members past its leader, a person) */
            static const char *const group_led[] = {"group led by", "investor group led by",
                                                    "group that includes", "group including", NULL};
            size_t lim =
                ex_ty_find_phrase(a, k + 1, k + 5 < s->t1 ? k + 5 : s->t1, group_led, NULL) >= 0
                    ? k + 18
                    : k + 8;
            long kb = ex_ment_after(a, k + 1, lim < s->t1 ? lim : s->t1);
            if (kb >= 0 && !ex_co_eq(a, a->ments[kb].co, a->ments[kl].co)) {
                kr = kb;
                rev = passive_by = 1;
            }
            break;
        }
    /* "RMJ would be bought at about the same multiple as Exco": in the passive with no "by",
     * the company before the verb is what is bought and none after it buys */
    /* (not "it was buying Cleveland Consulting": the progressive is no passive) */
    if (en->dir == LEX_DIR_FWD && !rev && kl >= 0 && h->t0 > s->t0 && ex_passive_before(a, h->t0) &&
        kr >= 0 && a->ments[kr].t0 > h->t1 && ex_ty_find_one(a, h->t1, a->ments[kr].t0, "by") < 0 &&
        !(ex_tk(a, h->t0)->len > 4 &&
          strncmp(a->text + ex_tk(a, h->t0)->off + ex_tk(a, h->t0)->len - 3, "ing", 3) == 0))
        kr = -1;
    /* the object of the trigger: trade in goods ("to buy Saudi crude", "sold 10 jets")
     * is no deal unless a business is named there too ("its aircraft unit") */
    size_t wend = h->t1 + 10 < s->t1 ? h->t1 + 10 : s->t1;
    /* (in the trigger's clause: "purchase of gas supplies, the company said" sells goods) */
    long comma = ex_ty_find_one(a, h->t1, wend, ",");
    /* ("the sale of its Cambridge, Ohio, business": a place's comma is no clause's end) */
    size_t plen;
    while (comma >= 0 && ex_class_at(a, (size_t)comma + 1, wend, LEX_PLACE, &plen)) {
        size_t nx = (size_t)comma + 1 + plen;
        if (nx < wend && ex_tok_is(a, nx, ",")) nx++;
        comma = ex_ty_find_one(a, nx, wend, ",");
    }
    /* (a sale told in the passive names what is sold before it: "the unit is to be sold") */
    if (h->t0 > s->t0 && ex_passive_before(a, h->t0)) comma = -1;
    int dealobj = ex_hit_in(a, LEX_DEALOBJ, h->t1, comma >= 0 ? (size_t)comma : wend, NULL);
    /* a company named first is the object ("acquired Widget Technology, which makes
     * products"), unless its goods are ("to buy Shell's crude") */
    size_t gend = wend;
    if (kr >= 0 && a->ments[kr].t0 < gend && a->ments[kr].t1 < s->t1 &&
        !(ex_tk(a, a->ments[kr].t1)->flags & EXTRACT_TOK_POSS) &&
        !goods_after(a, model_skip(a, s, a->ments[kr].t1),   /* "Saudi crude", "Boeing */
                     model_skip(a, s, a->ments[kr].t1) + 1)) /* 737-200 aircraft" */
        gend = a->ments[kr].t0;
    if ((en->dir == LEX_DIR_FWD || en->dir == LEX_DIR_SELL) && !dealobj &&
        goods_after(a, h->t1, gend))
        return;
    /* "to buy electricity from Kovac Nuclear Corp's plant": goods right after the verb are
     * what is bought, whatever business is named after them */
    if ((en->dir == LEX_DIR_FWD || en->dir == LEX_DIR_SELL) && dealobj && h->t1 < s->t1 &&
        goods_after(a, h->t1, h->t1 + 1)) {
        long fr = ex_ty_find_one(a, h->t1, wend, "from");
        if (fr >= 0 && !ex_hit_in(a, LEX_DEALOBJ, h->t1, (size_t)fr, NULL)) return;
    }
    /* securities before a participle, whatever else the sentence buys ("The buyout was
     * financed ... with 40 mln dlrs of subordinated notes sold privately to insurance
     * companies"): a financing */
    static const char *const paper[] = {"notes",    "debentures", "bonds", "securities",
                                        "warrants", "debt",       "paper", NULL};
    static const char *const sold_p[] = {"sold", "placed", NULL};
    if (h->t0 > s->t0 && ex_ty_is(a, h->t0, sold_p) && ex_ty_is(a, h->t0 - 1, paper)) return;
    /* goods before a participle ("software products acquired from X", "Shell-brand
     * products sold under this agreement") and a right to sell (a distribution agreement:
     * "gives Wang the right to sell Diebold systems") are no deal */
    if (h->t0 > s->t0 && !dealobj && (en->dir == LEX_DIR_FWD || en->dir == LEX_DIR_SELL)) {
        static const char *const part[] = {"sold", "acquired", "purchased", "bought", NULL};
        static const char *const right[] = {"right",    "rights",    "license", "licence",
                                            "licensed", "exclusive", NULL};
        if (ex_ty_is(a, h->t0, part) && goods_after(a, h->t0 - 1, h->t0)) return;
        size_t to = ex_tok_is(a, h->t0, "to") ? h->t0 : h->t0 - 1;
        if (to > s->t0 && ex_tok_is(a, to, "to") && ex_ty_is(a, to - 1, right)) return;
    }
    /* what is sold to customers, dealers or users, or for one's own use, is a product, not a
     * business ("signed an agreement under which it will sell and service Western Union Corp's
     * telex ... services to customers", "for Teleco USA to sell EMS' Six-Party Conference Bridge
     * through the Teleco network of 150 dealers", "will buy its Eagle line of electronic key
     * telephone systems for internal use"), unless a company is the object right after the verb
     * ("to sell Acme Inc, which supplies dealers") */
    if (!dealobj && (en->dir == LEX_DIR_FWD || en->dir == LEX_DIR_SELL) && h->t1 < s->t1) {
        static const char *const users[] = {"customers",   "dealers",      "franchises",
                                            "franchisees", "retailers",    "resellers",
                                            "users",       "distributors", NULL};
        static const char *const own[] = {"internal use", "own use", NULL};
        size_t o = h->t1 + (ex_tok_is(a, h->t1, "the") && h->t1 + 1 < s->t1);
        int company = 0;
        for (size_t m = 0; m < a->nments && !company; m++)
            company = a->ments[m].t0 == o && a->ments[m].t1 < s->t1 &&
                      !(ex_tk(a, a->ments[m].t1)->flags & EXTRACT_TOK_POSS);
        if (!company && (ex_ty_find(a, h->t1, s->t1, users) >= 0 ||
                         ex_ty_find_phrase(a, h->t1, s->t1, own, NULL) >= 0))
            return;
    }
    /* a tender for some of the shares is still a bid for the company ("its offer of 13 dlrs
     * a share for 3.3 mln Princeville Development Corp shares") */
    int bid = en->dir == LEX_DIR_FWD &&
              (strstr(en->phrase, "offer") || strstr(en->phrase, "bid for") ||
               strstr(en->phrase, "share for") || !strcmp(en->phrase, "has bid"));
    /* "its offer to purchase up to 6,332,471 common shares of X": an offer's verb */
    /* ("is offering to purchase 170,000 common shares of X at 26 dlrs each") */
    static const char *const offer_n[] = {"offer", "bid", "offering", NULL};
    if (en->dir == LEX_DIR_FWD && !bid && h->t0 > s->t0 + 1) {
        size_t o = ex_tok_is(a, h->t0, "to") ? h->t0 - 1 : h->t0 - 2;
        bid = o >= s->t0 && ex_tok_is(a, o + 1, "to") && ex_ty_is(a, o, offer_n);
    }
    /* "will pay $40 a share for Zeta": a price a share for a company is a bid for it */
    /* ("$40 a share in cash for Tessaly Foods") */
    if (en->dir == LEX_DIR_FWD && !bid && kr >= 0 && a->ments[kr].t0 > h->t1 + 2 &&
        a->ments[kr].t0 < h->t1 + 10 && ex_tok_is(a, a->ments[kr].t0 - 1, "for"))
        for (size_t k = h->t1; k + 1 < a->ments[kr].t0 && !bid; k++)
            bid = (ex_tok_is(a, k, "a") || ex_tok_is(a, k, "per")) && ex_tok_is(a, k + 1, "share");
    /* "offering to buy the company for 7.07 dlrs a share": the company whole at a price a
     * share is a bid (the share no part bought) */
    /* ("offered to buy it for 30 dlrs a share": "it", the company speaking) */
    static const char *const whole_co[] = {"company", "firm", "concern", NULL};
    size_t after_co =
        h->t1 + 1 < s->t1 && ex_tok_is(a, h->t1, "the") && ex_ty_is(a, h->t1 + 1, whole_co)
            ? h->t1 + 2
        : h->t1 < s->t1 && ex_tok_is(a, h->t1, "it") ? h->t1 + 1
                                                     : 0;
    if (en->dir == LEX_DIR_FWD && !bid && after_co)
        for (size_t k = after_co; k + 1 < wend && !bid; k++)
            bid = (ex_tok_is(a, k, "a") || ex_tok_is(a, k, "per")) && ex_tok_is(a, k + 1, "share");
    /* a count right after the verb: "sold 1,082 cars", "to acquire 15 Boeing 767s"; of a
     * company's shares, a bid for it, else a stake ("sold 1,500,000 Fisher Foods shares to
     * Rini", "bought 500,000 Clark shares": an investment) */
    event_type_t type = stake_sold_on ? EVENT_INVESTMENT : en->type;
    double frac_pct = 0; /* a part told as a fraction ("a fifth of"), in percent */
    /* ("acquired the 60 pct of X that it did not already own": the rest of it, an
     * acquisition) */
    if (type == EVENT_INVESTMENT && pct_of_holding(en->phrase)) {
        long km = ex_ment_after(a, h->t1, h->t1 + 3 < s->t1 ? h->t1 + 3 : s->t1);
        size_t pe = km >= 0 ? a->ments[km].t1 : h->t1;
        if (km >= 0 && ex_ty_find_phrase(a, pe, pe + 8 < s->t1 ? pe + 8 : s->t1, lacked, NULL) >= 0)
            type = EVENT_ACQUISITION;
    }
    /* (a count told roughly: "had sold about 120 million shares of Lyrion") */
    static const char *const approx[] = {"about",         "some",   "nearly", "roughly",
                                         "approximately", "around", "almost", NULL};
    size_t cnt = h->t1;
    /* ("bought the 1.9 mln Sumner shares ... held by Paxton": a count after its article) */
    /* (not "to acquire the 31,781,461 Caesars World Inc shares not owned by its owner": the
     * rest of them) */
    size_t ce;
    if (cnt + 1 < s->t1 && ex_tok_is(a, cnt, "the") && counted_shares(a, s, cnt, &ce) >= 0 &&
        ex_ty_find_one(a, ce, ce + 8 < s->t1 ? ce + 8 : s->t1, "not") < 0)
        cnt++;
    if (cnt + 1 < s->t1 && ex_ty_is(a, cnt, approx) && (ex_tk(a, cnt + 1)->flags & EXTRACT_TOK_NUM))
        cnt++;
    if ((en->dir == LEX_DIR_FWD || en->dir == LEX_DIR_SELL) && !dealobj && cnt < s->t1 &&
        (ex_tk(a, cnt)->flags & EXTRACT_TOK_NUM) &&
        !(kr >= 0 && a->ments[kr].t0 == cnt)) { /* "acquired 2001 Distributors Inc" */
        int num = 0;
        for (size_t k = 0; k < a->nnums && !num; k++) num = a->nums[k].t0 == cnt;
        /* ("will pay $40 a share for Zeta": a price a share, read as no amount) */
        for (size_t k = cnt + 1; k < cnt + 4 && k + 1 < s->t1 && !num; k++)
            num = (ex_tok_is(a, k, "a") || ex_tok_is(a, k, "per")) && ex_tok_is(a, k + 1, "share");
        int counted = kr >= 0 && a->ments[kr].t0 <= cnt + 3 && a->ments[kr].t1 < s->t1 &&
                      ex_ty_is(a, a->ments[kr].t1, share_words);
        /* "to purchase 170,000 common shares of NECO Enterprises at 26 dlrs each", "will buy
         * 400,000 shares of X": the shares counted are named as of the company after them */
        if (!counted && kr >= 0 && a->ments[kr].t0 > cnt + 2 && a->ments[kr].t0 <= cnt + 7 &&
            ex_tok_is(a, a->ments[kr].t0 - 1, "of") &&
            (ex_tok_is(a, a->ments[kr].t0 - 2, "shares") ||
             ex_tok_is(a, a->ments[kr].t0 - 2, "stock"))) {
            counted = 1;
            for (size_t k = cnt + 1; k + 2 < a->ments[kr].t0 && counted; k++)
                counted = ex_ty_is(a, k, share_words) || ex_tok_is(a, k, "mln") ||
                          ex_tok_is(a, k, "million") || ex_tok_is(a, k, "class") ||
                          ex_tok_is(a, k, "voting") || ex_tok_is(a, k, "ordinary") ||
                          /* ("1.5 mln newly issued shares of Bojnice Genetics Inc") */
                          ex_tok_is(a, k, "newly") || ex_tok_is(a, k, "issued") ||
                          ex_tok_is(a, k, "new");
        }
        /* ("to acquire approximately 48,000 net acres in the Delaware Basin from Carver": a
         * count of what a deal sells is no trade in goods) */
        int part = ex_hit_in(a, LEX_DEALOBJ, cnt + 1, cnt + 3 < s->t1 ? cnt + 3 : s->t1, NULL);
        if (!num && !counted && !part) return;
        if (!num && !bid && !part && type == EVENT_ACQUISITION) type = EVENT_INVESTMENT;
    }
    /* (the passive's buyer unnamed: "agreed to be acquired for 21 dlrs a share by a privately
     * held company") */
    int passive_unnamed = en->type == EVENT_ACQUISITION && en->dir == LEX_DIR_FWD && !rev &&
                          kl >= 0 && kr < 0 && a->ments[kl].t1 <= h->t0 && h->t0 > s->t0 &&
                          ex_passive_before(a, h->t0) && unnamed_by(a, s, h);
    /* shares or a stake before the company ("bought 5 pct of X", "to sell its stake in
     * X") are an investment (the stake triggers), unless all of them are bought */
    /* (a verb in the passive has its buyer after it, not what is bought: "agreed to be
     * acquired for 41 dlrs a share by Whitcomb") */
    if (type == EVENT_ACQUISITION && (en->dir == LEX_DIR_FWD || en->dir == LEX_DIR_SELL) &&
        !passive_by && !passive_unnamed) {
        size_t pend = kr >= 0 ? a->ments[kr].t0 : wend;
        /* (no object after "is exploring a sale": "after receiving takeover interest" is no
         * part sold) */
        if (kr < 0 && ex_tok_is(a, h->t1 - 1, "sale") && h->t0 + 1 < h->t1) pend = h->t1;
        /* ... or right after it: "TO SELL ALTOR STAKE" */
        size_t pe = kr >= 0 ? a->ments[kr].t1 : 0;
        int all = 0, part = ex_hit_in(a, LEX_STAKE, h->t1, pend, NULL) ||
                            shares_bought(a, h->t1, pend) ||
                            (kr >= 0 && pe < s->t1 && ex_hit_in(a, LEX_STAKE, pe, pe + 1, NULL));
        int pct = pct_at(a, h->t1, pend), sum_of_stock = 0;
        part = part || pct;
        /* ("snaps up a fifth of Zennor Telecom": a part told as a fraction) */
        if (!part && kr >= 0 && (frac_pct = fraction_of(a, h->t1, a->ments[kr].t0)) > 0)
            part = sum_of_stock = 1;
        /* ("agreed to purchase $50 million of Gwennap common stock at $18.40 per share": a sum
         * of the company's stock bought is a stake) */
        if (!part && kr >= 0 && a->ments[kr].t0 > h->t1 + 1 && pe < s->t1 &&
            ex_tok_is(a, a->ments[kr].t0 - 1, "of") && ex_ty_is(a, pe, share_words) &&
            ex_money_in(a, h->t1, a->ments[kr].t0 - 1))
            part = sum_of_stock = 1;
        /* all of them: "all the shares", "the entire share capital", "the stock of X" */
        for (size_t k = h->t1; k < pend && part && !all; k++)
            /* ("its entire 8% holding in X" is all of a part: a percentage after "entire") */
            all = ((ex_tok_is(a, k, "all") || ex_tok_is(a, k, "entire") ||
                    ex_tok_is(a, k, "whole")) &&
                   !pct_at(a, k + 1, k + 4)) ||
                  ((ex_tok_is(a, k, "remaining") || ex_tok_is(a, k, "rest") ||
                    ex_tok_is(a, k, "remainder") || ex_tok_is(a, k, "balance")) &&
                   !pct_at(a, k + 1, k + 3)) ||
                  ex_tok_is(a, k, "majority") || ex_tok_is(a, k, "controlling") ||
                  (!pct && k == h->t1 && ex_tok_is(a, k, "the") && the_shares(a, k + 1, pend));
        /* ("acquired the 60 pct of Sterling Lumber Inc that it did not already own": the rest
         * of it, all it lacked) */
        if (part && !all && kr >= 0 && pct &&
            ex_ty_find_phrase(a, pe, pe + 8 < s->t1 ? pe + 8 : s->t1, lacked, NULL) >= 0)
            all = 1;
        /* "would sell its 9.1 pct Carlisle Marine Inc stake to Pacifica": a stake named by its
         * company before the stake word is sold here (no stake trigger reads it) */
        if (part && !all && !bid && en->dir == LEX_DIR_SELL && kr >= 0 && pe < s->t1 &&
            ex_hit_in(a, LEX_STAKE, pe, pe + 1, NULL) && ex_ty_find_one(a, pe, s->t1, "to") >= 0)
            type = EVENT_INVESTMENT;
        else if (sum_of_stock && !all && !bid && en->dir == LEX_DIR_FWD)
            type = EVENT_INVESTMENT;
        else if (part && !all && !bid)
            return;
    }
    co_t sel;      /* the seller, when the sentence names one */
    int whole = 0; /* the company sells itself: it is the target, the buyer unnamed */
    int have_sel = 0, sell = en->dir == LEX_DIR_SELL;
    int owner_sells = 0; /* a company sells its own part to a buyer left unnamed */
    /* "Dunmore Chemical Co, a unit of Abernathy and Sloane Inc, will be sold to Greer": the
     * owner the appositive names sells it */
    if (app_owner >= 0 && (en->dir == LEX_DIR_SELL || en->dir == LEX_DIR_REV) &&
        !a->ments[app_owner].regulator)
        sel = a->ments[app_owner].co, have_sel = 1;
    /* a merger "into X" or with "a subsidiary of X" ("an affiliate of X"): X buys */
    /* ("a merger agreement with a First Boston Corp <FBC> affiliate") */
    static const char *const vehicle[] = {"affiliate", "subsidiary", "unit", NULL};
    size_t after_kr = kr >= 0 ? past_name(a, s, a->ments[kr].t1) : 0;
    int into = en->dir == LEX_DIR_SYM && kr >= 0 && kl >= 0 &&
               (strstr(en->phrase, " into") != NULL ||
                (after_kr < s->t1 && !(ex_tk(a, a->ments[kr].t1 - 1)->flags & EXTRACT_TOK_POSS) &&
                 ex_ty_is(a, after_kr, vehicle)) ||
                span_has(a, h->t1, a->ments[kr].t0, "subsidiary") ||
                span_has(a, h->t1, a->ments[kr].t0, "unit") ||
                span_has(a, h->t1, a->ments[kr].t0, "affiliate"));
    /* "to merge with HVK Acquisition Corp, a wholly owned subsidiary of Hyvinkaa Corp": the
     * owner named in the appositive buys through its vehicle (both named, the owner first) */
    long kr_owner = -1;
    if (en->dir == LEX_DIR_SYM && kr >= 0 && kl >= 0 && after_kr + 3 < s->t1 &&
        ex_tok_is(a, after_kr, ",")) {
        size_t q = after_kr + 1;
        if (ex_tok_is(a, q, "a") || ex_tok_is(a, q, "an")) q++;
        static const char *const owned_w[] = {"wholly", "owned", "-", "newly", "formed", NULL};
        while (q < s->t1 && q < after_kr + 6 && ex_ty_is(a, q, owned_w)) q++;
        if (q + 2 < s->t1 && ex_ty_is(a, q, vehicle) && ex_tok_is(a, q + 1, "of")) {
            long ko = ex_ment_after(a, q + 2, q + 3);
            if (ko >= 0 && !a->ments[ko].regulator &&
                !ex_co_eq(a, a->ments[ko].co, a->ments[kl].co))
                kr_owner = ko, into = 1;
        }
    }
    /* "a merger of two Italian subsidiaries, <CM Italia> and <SAT>": a group's own units
     * merged is no deal */
    static const char *const own_units[] = {"subsidiaries", "units", "affiliates", "divisions",
                                            NULL};
    if (en->dir == LEX_DIR_SYM && kr >= 0 && ex_ty_find(a, h->t1, a->ments[kr].t0, own_units) >= 0)
        return;
    /* "its First National Bank unit will merge with Y": a company's own unit merging with
     * another buys it */
    static const char *const unit_w[] = {"unit", "subsidiary", NULL};
    int own_unit =
        en->dir == LEX_DIR_SYM && !into && kl >= 0 && kr >= 0 && a->ments[kl].t0 > s->t0 &&
        ex_tok_is(a, a->ments[kl].t0 - 1, "its") && a->ments[kl].t1 < h->t0 &&
        ex_ty_find(a, a->ments[kl].t1, a->ments[kl].t1 + 4 < h->t0 ? a->ments[kl].t1 + 4 : h->t0,
                   unit_w) >= 0;
    /* "Security Pacific said it completed its planned merger with Diablo Bank": the
     * company whose merger it is takes the other in (two named before it stay peers) */
    static const char *const its_w[] = {"its", NULL};
    co_t grp[2];
    if (!own_unit && en->dir == LEX_DIR_SYM && !into && kl >= 0 && kr >= 0 &&
        strncmp(en->phrase, "merger", 6) == 0 && strstr(en->phrase, " with") &&
        ex_ty_find(a, h->t0 > s->t0 + 4 ? h->t0 - 4 : s->t0, h->t0, its_w) >= 0 &&
        ex_group_left(a, kl, grp, 2) == 1) {
        /* (not "X said its merger with Y was completed": told so, either may buy) */
        static const char *const passive[] = {"was", "is", "has", "had", "will", "would", NULL};
        size_t pk = past_name(a, s, a->ments[kr].t1);
        own_unit = !(pk < s->t1 && ex_ty_is(a, pk, passive));
    }
    if (own_unit) {
        ag[nag++] = a->ments[kl].co;
        pa[npa++] = a->ments[kr].co;
        into = 1;
    } else if (en->dir == LEX_DIR_SYM && !into) {
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
        /* "X said that its board and the board of Y have agreed to merge": the sentence's
         * other company */
        if (nag + npa == 1) {
            co_t one = nag ? ag[0] : pa[0];
            for (size_t k = 0; k < a->nments && nag + npa == 1; k++)
                if (!a->ments[k].regulator && a->ments[k].t1 <= h->t0 &&
                    !ex_co_eq(a, a->ments[k].co, one)) {
                    if (nag)
                        pa[npa++] = a->ments[k].co;
                    else
                        ag[nag++] = a->ments[k].co;
                }
        }
    } else if (into) {
        if (kr_owner >= 0) ag[nag++] = a->ments[kr_owner].co;
        ag[nag++] = a->ments[kr].co;
        pa[npa++] = a->ments[kl].co;
    } else if (sell) {
        /* "X sold [its] Y [unit] to Z", "the sale of Y to Z": Z buys Y from X; "Y was sold
         * to Z by X" (passive) */
        long kb = -1, ks = kl, kt = -1;
        /* "X retained Y to seek a buyer for Z": Y advises, X sells */
        static const char *const hired[] = {"retained",  "hired", "engaged",
                                            "appointed", "named", NULL};
        /* (a first name cut from the adviser's name before it: "engaged Alex. Brown and Sons
         * Inc to explore a possible sale of the company") */
        size_t hv = kl > 0 ? a->ments[kl].t0 : 0;
        if (hv > s->t0 + 3 && ex_tok_is(a, hv - 1, ".") &&
            (ex_tk(a, hv - 2)->flags & EXTRACT_TOK_CAP))
            hv -= 2;
        if (kl > 0 && hv > s->t0 && ex_ty_is(a, hv - 1, hired) && a->ments[kl - 1].t0 >= s->t0)
            ks = kl - 1;
        /* "asked its investment banker, Dillon Read and Co Inc, to explore alternatives,
         * including a sale of the company": the adviser named in an appositive sells nothing */
        static const char *const adviser[] = {"banker",  "bankers",  "adviser", "advisers",
                                              "advisor", "advisors", NULL};
        if (kl >= 0 && hv > s->t0 + 2 && ex_tok_is(a, hv - 1, ",") &&
            ex_ty_find(a, hv > s->t0 + 4 ? hv - 4 : s->t0, hv - 1, adviser) >= 0)
            ks = kl > 0 && a->ments[kl - 1].t0 >= s->t0 ? kl - 1 : -1;
        /* "Chesebrough-Pond's Inc, recently acquired by a unit of Unilever N.V., said it is
         * offering to sell": the subject before the appositive sells, not the company in it */
        if (ks >= 0) {
            long m0 = first_ment(a, s);
            size_t e0 = m0 >= 0 ? a->ments[m0].t1 : 0, ek = a->ments[ks].t1;
            if (m0 >= 0 && m0 < ks && e0 < s->t1 && ex_tok_is(a, e0, ",") && ek < h->t0) {
                long comma = ex_ty_find_one(a, ek, h->t0, ",");
                long it = ex_ty_find_one(a, ek, h->t0, "it");
                if (comma >= 0 && it > comma) ks = m0;
            }
        }
        /* "sale to Z": the trigger's own "to" opens the buyer */
        kb = buyer_after(a, s, ex_tok_is(a, h->t1 - 1, "to") ? h->t1 - 1 : h->t1);
        if (kr >= 0 && kr != kb && (kb < 0 || a->ments[kr].t0 < a->ments[kb].t0)) kt = kr;
        /* "sold Porter's Amsden Electronics Co unit to Lindell": the unit named after a
         * company's possessive is what is sold */
        static const char *const unit_of[] = {"unit",  "subsidiary",   "division",  "business",
                                              "units", "subsidiaries", "divisions", NULL};
        if (kt >= 0 && (size_t)kt + 1 < a->nments && kt + 1 != kb &&
            ((ex_tk(a, a->ments[kt].t1 - 1)->flags & EXTRACT_TOK_POSS) ||
             (a->ments[kt].t1 < s->t1 && (ex_tk(a, a->ments[kt].t1)->flags & EXTRACT_TOK_POSS))) &&
            a->ments[kt + 1].t0 <= a->ments[kt].t1 + 1) {
            size_t ue = past_name(a, s, a->ments[kt + 1].t1);
            if (ue < s->t1 && ex_ty_is(a, ue, unit_of) &&
                !ex_co_eq(a, a->ments[kt].co, a->ments[kt + 1].co))
                kt = kt + 1;
        }
        /* "to sell its Finlays business to a specially formed company, Finlays Plc": a buyer
         * named as the business sold is not told apart from it */
        if (kt >= 0 && kb >= 0 && ex_co_eq(a, a->ments[kt].co, a->ments[kb].co)) kb = -1;
        /* "Foote Mineral said it signed a letter of intent with Shieldalloy Corp, a subsidiary
         * of Metallurg Inc, for the sale of its Cambridge business": the company the
         * agreement is with buys, the one the sentence opens with sells */
        if (kb < 0 && h->t0 > s->t0 + 2) {
            size_t f = h->t0 - 1;
            if (ex_tok_is(a, f, "the")) f--;
            long w = -1;
            for (size_t k = f; ex_tok_is(a, f, "for") && k-- > s->t0 && k + 24 > f;)
                if (ex_tok_is(a, k, "with")) {
                    w = (long)k;
                    break;
                }
            long kw = w >= 0 ? ment_opening(a, s, (size_t)w + 1) : -1, m0 = first_ment(a, s);
            if (kw >= 0 && m0 >= 0 && m0 < kw && a->ments[m0].t1 <= (size_t)w &&
                !ex_co_eq(a, a->ments[m0].co, a->ments[kw].co) &&
                !(kt >= 0 && ex_co_eq(a, a->ments[kt].co, a->ments[kw].co))) {
                /* (nothing between the company and "for" but an appositive) */
                size_t e = past_name(a, s, a->ments[kw].t1);
                if (e == f || (e < f && ex_tok_is(a, e, ",") && ex_tok_is(a, f - 1, ","))) {
                    kb = kw;
                    ks = m0;
                }
            }
        }
        /* "Fairbanks said it acquired Cromwell Tool Co and agreed to sell its Linden Bearing
         * unit to Halverson": after "and" and a verb, the sale is the speaker's, not that of
         * the company the first verb took */
        long m0 = first_ment(a, s);
        int taken = 0; /* (the company right after a deal verb: its object) */
        for (size_t k = 0; ks >= 0 && k < a->nhits && !taken; k++)
            taken = a->hits[k].entry->cls == LEX_TRIGGER &&
                    a->hits[k].entry->type == EVENT_ACQUISITION &&
                    a->hits[k].entry->dir == LEX_DIR_FWD && a->hits[k].t1 <= a->ments[ks].t0 &&
                    a->hits[k].t1 + 1 >= a->ments[ks].t0 && a->hits[k].t0 >= s->t0;
        if (taken && m0 >= 0 && m0 < ks && a->ments[m0].t1 < a->ments[ks].t0 &&
            !ex_co_eq(a, a->ments[m0].co, a->ments[ks].co) &&
            (ks + 1 >= (long)a->nments || a->ments[ks + 1].t0 >= h->t0))
            for (size_t k = a->ments[ks].t1; k < h->t0 && k + 1 < s->t1; k++)
                if (ex_tok_is(a, k, "and") && (ex_tk(a, k + 1)->flags & EXTRACT_TOK_LOWER) &&
                    !ex_tok_is(a, k + 1, "its")) {
                    ks = m0;
                    break;
                }
        /* "Y was sold to Z by X"; "X is selling its unit" is no passive */
        const extract_tok_t *vt = ex_tk(a, h->t0);
        int ing = vt->len > 4 && strncmp(a->text + vt->off + vt->len - 3, "ing", 3) == 0;
        if (h->t0 > s->t0 && kl >= 0 && !ing && ex_passive_before(a, h->t0)) {
            kt = kl;
            ks = by_after(a, s, h->t1);
            /* "The Bolton Valve unit of Carlyle Industries Corp was sold to Amdura": the part
             * named before "unit of" is sold, its owner sells */
            static const char *const part_of[] = {"unit", "division", "subsidiary", NULL};
            size_t u = a->ments[kl].t0;
            /* "Halverson Corp said its Dunmore Valve unit was sold to Prescott": the company
             * "its" stands for, before it, sells */
            if (ks < 0 && u > s->t0 && ex_tok_is(a, u - 1, "its") && m0 >= 0 && m0 < kl &&
                a->ments[m0].t1 < u && !ex_co_eq(a, a->ments[m0].co, a->ments[kl].co))
                ks = m0;
            if (ks < 0 && kl > 0 && u >= s->t0 + 3 && ex_tok_is(a, u - 1, "of") &&
                ex_ty_is(a, u - 2, part_of) && a->ments[kl - 1].t1 == u - 2 &&
                a->ments[kl - 1].t0 >= s->t0 && !a->ments[kl - 1].regulator &&
                !ex_co_eq(a, a->ments[kl - 1].co, a->ments[kl].co)) {
                ks = kl;
                kt = kl - 1;
            }
        }
        /* "the sale of its insurance unit, Verity Life, to Norbury": the part sold named
         * in an appositive after "its" */
        static const char *const parts[] = {"unit", "business",   "division", "subsidiary",
                                            "arm",  "operations", NULL};
        if (kt < 0 && h->t1 < s->t1 && ex_tok_is(a, h->t1, "its"))
            for (size_t j = h->t1 + 1; j < h->t1 + 6 && j + 2 < s->t1; j++)
                if (ex_ty_is(a, j, parts) && ex_tok_is(a, j + 1, ",")) {
                    long kn = ment_opening(a, s, j + 2);
                    if (kn >= 0 && kn != kb && kn != ks) kt = kn;
                    break;
                }
        /* ("to sell Dorrance's retreading business, Tread-Rite Inc, to Bellamy": after a
         * company's possessive the same, the part sold named in the appositive) */
        if (kt >= 0 && a->ments[kt].t1 + 3 < s->t1 &&
            (ex_tk(a, a->ments[kt].t1)->flags & EXTRACT_TOK_POSS))
            for (size_t j = a->ments[kt].t1 + 1; j < a->ments[kt].t1 + 6 && j + 2 < s->t1; j++) {
                if (!(ex_tk(a, j)->flags & EXTRACT_TOK_LOWER)) break;
                if (ex_ty_is(a, j, parts) && ex_tok_is(a, j + 1, ",")) {
                    long kn = ment_opening(a, s, j + 2);
                    if (kn >= 0 && kn != kb && kn != ks) kt = kn;
                    break;
                }
            }
        if (kb >= 0) {
            /* "to a consortium led by KKR and Singapore's GIC", "to KKR and GIC": buyers
             * named together all buy */
            co_t grp[4];
            size_t ng = ex_group_right(a, kb, grp, 4);
            for (size_t g = 0; g < ng && nag < 4; g++)
                if (!(kt >= 0 && ex_co_eq(a, grp[g], a->ments[kt].co)) &&
                    !(ks >= 0 && ex_co_eq(a, grp[g], a->ments[ks].co)))
                    ag[nag++] = grp[g];
        }
        if (kt >= 0) pa[npa++] = a->ments[kt].co;
        if (ks >= 0) sel = a->ments[ks].co, have_sel = 1;
        if (ks < 0 && ex_resolve_desc(a, s, s->t0, h->t0, pa, npa, &sel)) have_sel = 1;
        /* "the sale of all its outstanding shares", "to sell the company", "to sell itself":
         * the company is what is sold, its holders sell */
        /* ("is exploring a sale, according to people familiar with the matter", "has put
         * itself up for sale": a sale with no object after it) */
        static const char *const object[] = {"of", "to", "for", NULL};
        int bare_sale = ex_tok_is(a, h->t1 - 1, "sale") && h->t0 + 1 < h->t1;
        /* (with one: "sale of", "sale to" read it) */
        if (bare_sale && h->t1 < s->t1 && ex_ty_is(a, h->t1, object)) return;
        if (have_sel && npa == 0 &&
            (sell_whole_after(a, s, h->t1) || bare_sale ||
             (ex_tok_is(a, h->t0, "sale") && sell_whole_before(a, s, h->t0)))) {
            pa[npa++] = sel;
            have_sel = 0;
            whole = 1;
        }
    } else {
        /* "X signed an agreement with Y to purchase its Z": X buys Z from Y */
        size_t wj = kl >= 0 ? a->ments[kl].t1 : 0, tk;
        if (kl >= 0) wj += ex_ticker_mark(a, wj, s->t1, &tk); /* "with Y <Y>" */
        /* "with <Cronus Industries Inc> to acquire": the bracket that closes the name */
        while (kl >= 0 && wj < h->t0 && (ex_tok_is(a, wj, ">") || ex_tok_is(a, wj, ")"))) wj++;
        size_t wi = kl >= 0 ? a->ments[kl].t0 : 0; /* "with <Y>": the bracket before */
        if (wi > s->t0 + 1 && (ex_tok_is(a, wi - 1, "<") || ex_tok_is(a, wi - 1, "("))) wi--;
        /* ("with Security Pacific Corp to buy 50 pct of Japan Security Pacific Finance",
         * "with Y to acquire a 35 pct stake in Z": a verb of purchase and the size of the part
         * before a stake's trigger) */
        /* ("with Philips Electronics regarding": the words of the name past its mention) */
        while (kl >= 0 && wj + 1 < h->t0 && ex_capword(a, wj) &&
               !(ex_tk(a, wj)->flags & EXTRACT_TOK_UPPER))
            wj++;
        int with_to = wj + 1 >= h->t0;
        /* ("holding discussions with Philips Electronics regarding the purchase of Philips'
         * broadcast transmission unit": a preposition of the talks' subject between) */
        static const char *const about_w[] = {"regarding",  "on",   "about",
                                              "concerning", "over", NULL};
        static const char *const about_fill[] = {"the", "a", "possible", "proposed", "its", NULL};
        int about = 0; /* (the talks' subject: "regarding the purchase of") */
        if (!with_to && wj + 1 < h->t0 && ex_ty_is(a, wj, about_w)) {
            with_to = about = 1;
            for (size_t k = wj + 1; k < h->t0 && with_to; k++) with_to = ex_ty_is(a, k, about_fill);
        }
        if (!with_to && en->type == EVENT_INVESTMENT && wj + 2 < h->t0 && ex_tok_is(a, wj, "to") &&
            ex_ty_is(a, wj + 1, buy_words)) {
            static const char *const size_w[] = {"a",     "an",         "up", "to",
                                                 "about", "additional", NULL};
            with_to = 1;
            for (size_t k = wj + 2; k < h->t0 && with_to; k++)
                with_to = (ex_tk(a, k)->flags & EXTRACT_TOK_NUM) || ex_ty_is(a, k, size_w) ||
                          pct_at(a, k, k + 1) || ex_tok_is(a, k, "pct") || ex_tok_is(a, k, "%");
        }
        /* ("agreed in principle with French state-owned Renault to acquire": a description
         * between "with" and the name) */
        for (size_t q = wi > s->t0 + 5 ? wi - 5 : s->t0; q + 1 < wi && kl > 0; q++)
            if (ex_tok_is(a, q, "with") && ex_desc_end(a, s, q + 1, wi) == wi) {
                wi = q + 1;
                break;
            }
        if (!rev && kl > 0 && wi > s->t0 && ex_tok_is(a, wi - 1, "with") && with_to &&
            a->ments[kl - 1].t0 >= s->t0 && !a->ments[kl].regulator &&
            !a->ments[kl - 1].regulator) {
            sel = a->ments[kl].co, have_sel = 1;
            kl--;
        }
        /* "Pfizer completed the Seagen acquisition": the company right before a bare deal
         * noun is what is bought, the one before it the buyer */
        if (!rev && kl > 0 && a->ments[kl].t1 == h->t0 && h->t1 - h->t0 == 1 &&
            a->ments[kl - 1].t0 >= s->t0 && !a->ments[kl - 1].regulator &&
            !ex_co_eq(a, a->ments[kl - 1].co, a->ments[kl].co) &&
            (kr < 0 || a->ments[kr].t0 > h->t1 + 2)) {
            kr = kl;
            kl--;
        }
        /* an offer whose bidder follows it: the company it is for (named in between, else
         * the one before the offer: "Caesars World said its board is studying the tender
         * offer for all its common shares ... from Martin T. Sosnoff") is the target */
        /* (any offer, bid or proposal, "opposing bids from Norfolk Southern" too; the count
         * rule above takes only those for a company's shares) */
        if (en->type == EVENT_ACQUISITION && !rev && !have_sel &&
            (strstr(en->phrase, "offer") || strstr(en->phrase, "bid") ||
             strstr(en->phrase, "proposal"))) {
            long kb = bidder_after(a, s, h->t1);
            long kt = kr >= 0 && kb >= 0 && a->ments[kr].t0 < a->ments[kb].t0 ? kr : kl;
            /* "for the company", "for its shares": the sentence's subject, its first company */
            if (kb >= 0 && kt == kl && first_ment(a, s) >= 0 &&
                (span_has(a, h->t1, a->ments[kb].t0, "company") ||
                 span_has(a, h->t1, a->ments[kb].t0, "its")))
                kt = first_ment(a, s);
            if (kb >= 0 && kt >= 0 && !ex_co_eq(a, a->ments[kb].co, a->ments[kt].co)) {
                ag[nag++] = a->ments[kb].co;
                pa[npa++] = a->ments[kt].co;
                kl = kr = -1; /* both sides found: nothing more to read around them */
            }
        }
        /* "Taft Broadcasting Co stock rose ... as an investment group proposed to sweeten a
         * takeover offer for the company": a company whose stock is the subject bids not */
        static const char *const moved[] = {"rose",    "fell",    "jumped", "climbed", "gained",
                                            "dropped", "slipped", "surged", "soared",  "tumbled",
                                            "rallied", "closed",  "traded", NULL};
        if (!rev && kl >= 0 && a->ments[kl].t1 + 2 < h->t0 &&
            ex_ty_is(a, a->ments[kl].t1, share_words) && ex_ty_is(a, a->ments[kl].t1 + 1, moved))
            kl = -1;
        /* "Allegheny Beverage said it has been approached by a group interested in acquiring
         * its foodservice unit, Service America Corp": a buyer left unnamed ("by a group")
         * between the company and the trigger, and what is bought the company's own ("its"):
         * the company sells */
        if (!rev && kl >= 0 && kr >= 0 && a->ments[kl].t1 < h->t0 && h->t1 < s->t1 &&
            ex_tok_is(a, h->t1, "its"))
            for (size_t k = a->ments[kl].t1; k + 1 < h->t0 && !owner_sells; k++)
                owner_sells = ex_tok_is(a, k, "by") &&
                              (ex_tok_is(a, k + 1, "a") || ex_tok_is(a, k + 1, "an"));
        if (owner_sells) {
            sel = a->ments[kl].co, have_sel = 1;
            kl = -1;
        }
        /* "Interconnect Capital Corp said it sent a letter to the board of Gates Learjet Corp,
         * offering to buy the company": a participle after a comma has the sentence's
         * speaker for subject, and "the company" it buys is the one named last */
        static const char *const co_w[] = {"company", "firm", "concern", NULL};
        size_t pv = h->t0 > s->t0 && ex_tok_is(a, h->t0, "to") ? h->t0 : h->t0 - 1;
        if (!rev && kl > 0 && kr < 0 && h->t1 + 1 < s->t1 && ex_tok_is(a, h->t1, "the") &&
            ex_ty_is(a, h->t1 + 1, co_w) && pv > s->t0 + 1 && ex_tok_is(a, pv, "to") &&
            ex_tok_is(a, pv - 2, ",") && a->ments[kl].t1 <= pv - 2) {
            const extract_tok_t *pt = ex_tk(a, pv - 1);
            long m0 = first_ment(a, s);
            size_t e0 = m0 >= 0 ? past_name(a, s, a->ments[m0].t1) : s->t1;
            if (pt->len > 4 && strncmp(a->text + pt->off + pt->len - 3, "ing", 3) == 0 && m0 >= 0 &&
                m0 < kl && e0 < s->t1 && (ex_tok_is(a, e0, "said") || ex_tok_is(a, e0, "says")) &&
                !ex_co_eq(a, a->ments[m0].co, a->ments[kl].co)) {
                kr = kl;
                kl = m0;
            }
        }
        /* "Pinecrest Foods Inc said it is not in merger talks with Huntley Corp, ... and said
         * it had instead agreed to buy Gardner": "and said it" between the company before the
         * verb and the verb has the sentence's subject for its "it" */
        if (!rev && kl > 0 && a->ments[kl].t1 + 3 <= h->t0) {
            long m0 = first_ment(a, s);
            long sd = ex_ty_find_one(a, a->ments[kl].t1, h->t0, "said");
            if (m0 >= 0 && m0 < kl && sd > 0 && ex_tok_is(a, (size_t)sd - 1, "and") &&
                (size_t)sd + 1 < h->t0 && ex_tok_is(a, (size_t)sd + 1, "it") &&
                a->ments[m0].t0 == s->t0 && !ex_co_eq(a, a->ments[m0].co, a->ments[kl].co))
                kl = m0;
        }
        /* "Cedarholm Industries Inc said it agreed to sell its Wingra Pump division to Baraboo
         * Engineering Corp for 28 mln dlrs and, separately, agreed to acquire Nicollet": a
         * second verb joined by "and" (an adverb apart) to the first has the first's subject,
         * not the company its clause ended on */
        if (!rev && kl > 0 && a->ments[kl].t1 + 2 <= h->t0) {
            static const char *const link[] = {
                ",",          "separately", "also", "later",   "then",  "agreed", "agrees",
                "has",        "have",       "had",  "will",    "would", "signed", "to",
                "plans",      "said",       "it",   "reached", "an",    "a",      "agreement",
                "definitive", "entered",    "into", NULL};
            long m0 = first_ment(a, s);
            long an = ex_ty_find_one(a, a->ments[kl].t1, h->t0, "and");
            int ok = m0 >= 0 && m0 < kl && an > 0 && (size_t)an + 2 <= h->t0 &&
                     !ex_co_eq(a, a->ments[m0].co, a->ments[kl].co) &&
                     ex_ty_find_one(a, s->t0, a->ments[kl].t0, "and") < 0;
            /* (the first clause a deal of its own: "to sell its division to Baraboo") */
            ok = ok && ex_hit_in(a, LEX_TRIGGER, a->ments[m0].t1, a->ments[kl].t0, NULL);
            for (size_t q = (size_t)an + 1; ok && q < h->t0; q++) ok = ex_ty_is(a, q, link);
            if (ok && (ex_tok_is(a, (size_t)an + 1, ",") || ex_tok_is(a, h->t0 - 1, "to") ||
                       ex_ty_is(a, (size_t)an + 1, link)))
                kl = m0;
        }
        /* "A group led by Harold J. Fenwick said it raised its stake in Calder Instruments Inc
         * to 840,000 shares ..., and may seek control of the company": a verb joined by "and"
         * to the subject's clause is the subject's, and "the company" the one named before */
        static const char *const modal[] = {"may",   "might",   "could", "would",   "will",
                                            "plans", "intends", "wants", "expects", NULL};
        if (!rev && kl > 0 && kr < 0 && h->t1 + 1 < s->t1 && ex_tok_is(a, h->t1, "the") &&
            ex_ty_is(a, h->t1 + 1, co_w)) {
            long m0 = first_ment(a, s);
            long an = ex_ty_find_one(a, a->ments[kl].t1, h->t0, "and");
            if (m0 >= 0 && m0 < kl && an > 0 && (size_t)an + 1 < h->t0 &&
                ex_ty_is(a, (size_t)an + 1, modal) && ex_tok_is(a, (size_t)an - 1, ",") &&
                !ex_co_eq(a, a->ments[m0].co, a->ments[kl].co)) {
                kr = kl;
                kl = m0;
            }
        }
        /* "SAFT, a unit of Cie Generale d'Electricite of France, said it bought Alcad": the
         * subject before the appositive buys, not the company in it */
        if (!rev && kl > 0) {
            long m0 = first_ment(a, s);
            size_t e0 = m0 >= 0 ? a->ments[m0].t1 : 0, ek = a->ments[kl].t1;
            if (m0 >= 0 && m0 < kl && e0 < s->t1 && ex_tok_is(a, e0, ",") && ek < h->t0 &&
                !ex_co_eq(a, a->ments[m0].co, a->ments[kl].co)) {
                long comma = ex_ty_find_one(a, ek, h->t0, ",");
                long it = ex_ty_find_one(a, ek, h->t0, "it");
                if (comma >= 0 && it > comma) kl = m0;
            }
        }
        /* "Investor Sumner Redstone, who leads one of the groups vying for control of Viacom,
         * offered to sweeten his bid for the company", "disappointed in Caesars World Inc's
         * response to his 28 dlrs a share offer to buy the company": the offer that is "his"
         * is the sentence's first company's (a person's), and what it is for, unnamed after
         * it, the company named last before it */
        if (!rev && kl >= 0 && en->type == EVENT_ACQUISITION) {
            long on = -1;
            if (strstr(en->phrase, "offer") || strstr(en->phrase, "bid"))
                on = (long)h->t0;
            else if (ex_tok_is(a, h->t0, "to") && h->t0 > s->t0 && ex_ty_is(a, h->t0 - 1, offer_n))
                on = (long)h->t0 - 1;
            static const char *const his[] = {"his", "her", NULL};
            long hp = on > (long)s->t0
                          ? ex_ty_find(a, (size_t)on > s->t0 + 8 ? (size_t)on - 8 : s->t0,
                                       (size_t)on, his)
                          : -1;
            long m0 = first_ment(a, s);
            if (hp >= 0 && m0 >= 0 && m0 < kl && a->ments[kl].t1 <= (size_t)hp &&
                ex_ty_find_one(a, (size_t)hp, (size_t)on, ",") < 0 &&
                !ex_co_eq(a, a->ments[m0].co, a->ments[kl].co) &&
                (kr < 0 || a->ments[kr].t0 > h->t1 + 3)) {
                kr = kl;
                kl = m0;
            }
        }
        if (kl >= 0) ag[nag++] = a->ments[kl].co;
        /* "a round co-led by A and B": each of the conjoined investors */
        if (kr >= 0 && rev && en->type == EVENT_INVESTMENT) npa = ex_group_right(a, kr, pa, 4);
        /* ("with Philips regarding the purchase of Philips' unit": the seller's own part, not
         * the seller, is bought) */
        else if (kr >= 0 && !(about && have_sel && ex_co_eq(a, sel, a->ments[kr].co) &&
                              a->ments[kr].t1 < s->t1 &&
                              (ex_tk(a, a->ments[kr].t1)->flags & EXTRACT_TOK_POSS)))
            pa[npa++] = a->ments[kr].co;
        /* (the vehicle beside its owner, when what they buy is named) */
        if (nag == 1 && npa >= 1 && own_vehicle >= 0) ag[nag++] = a->ments[own_vehicle].co;
        /* "X sold a 10% stake in Y to Z": Z invests in Y, X sells */
        int sold = en->type == EVENT_INVESTMENT && !rev && !have_sel && nag == 1
                       ? stake_sold(a, h, a->ments[kl].t1)
                       : 0;
        if (sold == 2) return;
        if (sold) {
            sel = ag[0], have_sel = 1, nag = 0;
            long kb = buyer_after(a, s, h->t1);
            if (kb >= 0) ag[nag++] = a->ments[kb].co;
            /* "a stake in its financial unit to Z": the company the stake is in unnamed */
            if (kb >= 0 && kb == kr) npa = 0;
        }
        /* "in response to an offer by Interconnect Capital for all of Gates Learjet shares":
         * the company the offer is for follows its bidder */
        long kf =
            rev && kr >= 0 && nag == 1 && (strstr(en->phrase, "offer") || strstr(en->phrase, "bid"))
                ? offer_for_after(a, s, a->ments[kr].t1)
                : -1;
        if (kf >= 0 && !ex_co_eq(a, a->ments[kf].co, a->ments[kr].co)) ag[0] = a->ments[kf].co;
        if (rev) {
            co_t t0[4];
            size_t n0 = nag;
            memcpy(t0, ag, sizeof ag);
            memcpy(ag, pa, sizeof pa);
            nag = npa;
            memcpy(pa, t0, sizeof t0);
            npa = n0;
            /* "Beta Inc's consumer unit will be merged into Acme Corp", "X's arm was acquired
             * by Y": a part of the company in the possessive is bought, the company sells */
            if (!have_sel && npa == 1 && kl >= 0 && a->ments[kl].t1 < h->t0 &&
                ex_co_eq(a, pa[0], a->ments[kl].co) &&
                (ex_tk(a, a->ments[kl].t1)->flags & EXTRACT_TOK_POSS) &&
                ex_ty_find(a, a->ments[kl].t1 + 1,
                           a->ments[kl].t1 + 5 < h->t0 ? a->ments[kl].t1 + 5 : h->t0,
                           poss_part) >= 0)
                sel = pa[0], have_sel = 1, npa = 0;
        } else if (kr >= 0) {
            /* "to buy X's Y unit": Y from X */
            if ((size_t)kr + 1 < a->nments && a->ments[kr].t1 < s->t1 &&
                (ex_tk(a, a->ments[kr].t1)->flags & EXTRACT_TOK_POSS) &&
                a->ments[kr + 1].t0 == a->ments[kr].t1 + 1 && !a->ments[kr + 1].regulator) {
                sel = a->ments[kr].co, have_sel = 1;
                pa[0] = a->ments[kr + 1].co;
            }
            /* "bought out its partner Bunge's 50% stake in their joint venture": X's stake in
             * a business unnamed; X sells, what is bought is unnamed */
            size_t q = a->ments[kr].t1 + 1;
            if (!have_sel && q < s->t1 && (ex_tk(a, q - 1)->flags & EXTRACT_TOK_POSS)) {
                while (q < s->t1 && q < a->ments[kr].t1 + 5 &&
                       ((ex_tk(a, q)->flags & EXTRACT_TOK_NUM) || ex_tok_is(a, q, "%") ||
                        ex_tok_is(a, q, "pct") || ex_tok_is(a, q, "percent")))
                    q++;
                if (q + 1 < s->t1 && ex_class_at(a, q, q + 1, LEX_STAKE, NULL) &&
                    ex_tok_is(a, q + 1, "in") && q + 2 < s->t1 &&
                    (ex_tk(a, q + 2)->flags & EXTRACT_TOK_LOWER) &&
                    ex_ment_after(a, q + 2, s->t1) < 0)
                    sel = a->ments[kr].co, have_sel = 1, npa = 0;
            }
            /* "the purchase of the advanced products department of X": a business of X,
             * unnamed as a company */
            static const char *const part_of[] = {
                "unit",       "division",     "department", "subsidiary", "business", "businesses",
                "operations", "book",         "portfolio",  "arm",        "assets",   "units",
                "divisions",  "subsidiaries", "network",    "networks",   NULL};
            /* ("the mortgage book of rival X": a description of X between) */
            size_t of = a->ments[kr].t0 - 1;
            if (of > h->t1 + 1 && !ex_tok_is(a, of, "of") &&
                (ex_tk(a, of)->flags & EXTRACT_TOK_LOWER) &&
                (ex_class_at(a, of, of + 1, LEX_NAMECUE, NULL) ||
                 ex_class_at(a, of, of + 1, LEX_DESC, NULL)))
                of--;
            /* "the assets and business of X" is the whole of X; "the UK mortgage business of
             * X" a part (a word of its own before a word of the whole) */
            static const char *const whole_of[] = {"business", "businesses", "operations", "assets",
                                                   NULL};
            int part = of >= h->t1 + 1 && ex_tok_is(a, of, "of") && ex_ty_is(a, of - 1, part_of);
            /* ("all outstanding units of Benequity Holdings", "1.2 mln units of X": units held,
             * securities of a partnership, not businesses of it) */
            if (part && of >= 2 && ex_tok_is(a, of - 1, "units") &&
                (ex_tok_is(a, of - 2, "outstanding") || ex_tok_is(a, of - 2, "all") ||
                 ex_tok_is(a, of - 2, "mln") || ex_tok_is(a, of - 2, "million") ||
                 (ex_tk(a, of - 2)->flags & EXTRACT_TOK_NUM)))
                part = 0;
            if (part && ex_ty_is(a, of - 1, whole_of) && of >= 3 &&
                (ex_tok_is(a, of - 2, "the") || ex_tok_is(a, of - 2, "and") ||
                 ex_tok_is(a, of - 2, "its") || ex_tok_is(a, of - 2, "all")))
                part = 0;
            if (!have_sel && part) {
                int named = 0; /* no company between the trigger and the business word */
                for (size_t m = 0; m < a->nments && !named; m++)
                    named = a->ments[m].t0 >= h->t1 && a->ments[m].t0 < of - 1;
                if (!named) sel = a->ments[kr].co, have_sel = 1, npa = 0;
                /* "Condere Corp, formed by former managers of Armtek Corp, said it completed the
                 * acquisition of ... assets of Armtek": the buyer is the sentence's first
                 * company, not the seller named in its appositive */
                if (have_sel && nag == 1 && ex_co_eq(a, ag[0], sel)) {
                    long f = ex_ment_after(a, s->t0, h->t0);
                    if (f >= 0 && !ex_co_eq(a, a->ments[f].co, sel) && !a->ments[f].regulator)
                        ag[0] = a->ments[f].co;
                    else
                        return;
                }
            }
            /* "to buy Widget Co, a unit of Borden Inc": Borden sells (the part's kind
             * between: "Shearson, an investment banking unit of American Express", "Aldergrove
             * Polymers Inc, the plastics resin unit of Trenholm Inc") */
            size_t ap = a->ments[kr].t1;
            if (ap < s->t1 && ex_tok_is(a, ap, ">")) ap++; /* "<Shearson Lehman Brothers>," */
            /* (words of its kind only: not "a former unit of", "a supplier to units of") */
            static const char *const not_kind[] = {"former", "to",    "for",  "with", "of",
                                                   "by",     "from",  "in",   "and",  "or",
                                                   "that",   "which", "once", NULL};
            size_t pw = ap + 2;
            /* (a place among them: "Venloo Adhesives Inc, the U.S. subsidiary of Venloo Chemie
             * NV") */
            while (pw < s->t1 && pw < ap + 5 &&
                   ((ex_tk(a, pw)->flags & EXTRACT_TOK_LOWER) ||
                    ex_class_at(a, pw, pw + 1, LEX_PLACE, NULL)) &&
                   !ex_ty_is(a, pw, part_of) && !ex_ty_is(a, pw, not_kind))
                pw++;
            if (!have_sel && (size_t)kr + 1 < a->nments && pw + 2 < s->t1 &&
                ex_tok_is(a, ap, ",") &&
                (ex_tok_is(a, ap + 1, "a") || ex_tok_is(a, ap + 1, "an") ||
                 ex_tok_is(a, ap + 1, "the")) &&
                ex_ty_is(a, pw, part_of) && ex_tok_is(a, pw + 1, "of") &&
                a->ments[kr + 1].t0 == pw + 2 && !a->ments[kr + 1].regulator)
                sel = a->ments[kr + 1].co, have_sel = 1;
            /* "TO BUY REXNORD <REX> UNIT": a unit of X, unnamed */
            size_t u = a->ments[kr].t1;
            if (u + 2 < s->t1 && ex_tok_is(a, u, "<") && ex_tok_is(a, u + 2, ">")) u += 3;
            /* "the Filter Products Division of Mine Safety Appliances Co": the part word
             * closes the part's own name */
            int named_part = u + 1 < s->t1 && ex_tok_is(a, u, "of") &&
                             (ex_tok_is(a, u - 1, "division") || ex_tok_is(a, u - 1, "unit"));
            if (named_part) u--;
            /* the words of a part ("a Financial Security Savings and Loan Association branch":
             * a bank's branches are its part, bought from it) */
            static const char *const unit_part[] = {"unit",     "units",      "subsidiary",
                                                    "division", "operations", "business",
                                                    "branch",   "branches",   NULL};
            /* "TO BUY X PIGMENTS OPERATIONS": up to two words naming the business */
            size_t nx0 = (size_t)kr + 1 < a->nments ? a->ments[kr + 1].t0 : s->t1;
            for (size_t j = u; j < u + 3 && j < s->t1 && j < nx0 && !ex_tok_is(a, j, ","); j++)
                if (ex_ty_is(a, j, unit_part)) {
                    u = j;
                    break;
                }
            if (!have_sel && u < s->t1 && ex_ty_is(a, u, unit_part)) {
                /* "the Popsicle Industries division of <Sara Lee Corp of Canada Ltd>": the
                 * division is bought, the company after "of" sells */
                long ko =
                    u + 2 < s->t1 && ex_tok_is(a, u + 1, "of") ? ment_opening(a, s, u + 2) : -1;
                /* "bought the Lumiere Coatings division from Castellan Group": the company
                 * after "from" sells the named part */
                if (ko < 0 && u + 2 < s->t1 && ex_tok_is(a, u + 1, "from"))
                    ko = ment_opening(a, s, u + 2);
                /* "for Fujitsu Ltd to buy 80 pct of its Fairchild Semiconductor operations":
                 * after "its" the name is the business's own, the company speaking sells */
                size_t ib = a->ments[kr].t0;
                if (ib > s->t0 && ex_tok_is(a, ib - 1, "<")) ib--;
                long ks =
                    ko < 0 && ib > s->t0 && ex_tok_is(a, ib - 1, "its") ? first_ment(a, s) : -1;
                if (ko >= 0 && !ex_co_eq(a, a->ments[ko].co, a->ments[kr].co))
                    sel = a->ments[ko].co, have_sel = 1;
                else if (ks >= 0 && a->ments[ks].t1 <= h->t0 &&
                         !ex_co_eq(a, a->ments[ks].co, a->ments[kr].co) &&
                         !(nag && ex_co_eq(a, a->ments[ks].co, ag[0])))
                    sel = a->ments[ks].co, have_sel = 1;
                else if (!named_part) /* (a named part of a company unnamed is bought) */
                    sel = a->ments[kr].co, have_sel = 1, npa = 0;
            }
            /* "to acquire X's pigments business", "Owens-Corning's mineral ceiling plant": a
             * business of X, unnamed (no company between the possessive and the business
             * word) */
            /* (a stake in "Ubisoft's new gaming subsidiary" is Ubisoft's: for a stake only
             * the words of a whole business) */
            static const char *const poss_whole[] = {"business", "division",  "operations",
                                                     "assets",   "interests", NULL};
            if (!have_sel && a->ments[kr].t1 < s->t1 &&
                (ex_tk(a, a->ments[kr].t1)->flags & EXTRACT_TOK_POSS)) {
                size_t nx = (size_t)kr + 1 < a->nments ? a->ments[kr + 1].t0 : s->t1;
                for (size_t j = a->ments[kr].t1 + 1; j < a->ments[kr].t1 + 6 && j < s->t1 && j < nx;
                     j++)
                    if (ex_ty_is(a, j, type == EVENT_INVESTMENT ? poss_whole : poss_part)) {
                        sel = a->ments[kr].co, have_sel = 1, npa = 0;
                        break;
                    }
            }
            /* "Gelco Corp's Canadian unit, Gelco Express Ltd,": the part sold named in an
             * appositive */
            if (have_sel && npa == 0 && ex_co_eq(a, sel, a->ments[kr].co))
                for (size_t j = a->ments[kr].t1 + 1; j < a->ments[kr].t1 + 7 && j + 2 < s->t1; j++)
                    if (ex_ty_is(a, j, poss_part)) {
                        /* ("Philips' broadcast transmission unit in the United Kingdom, Pye
                         * TVT Limited": where the part is between) */
                        size_t c = j + 1, pl;
                        if (c + 1 < s->t1 && ex_tok_is(a, c, "in")) {
                            c++;
                            if (ex_tok_is(a, c, "the")) c++; /* (c < s->t1: "in" was before it) */
                            c = c < s->t1 && ex_class_at(a, c, s->t1, LEX_PLACE, &pl) ? c + pl
                                                                                      : j + 1;
                        }
                        if (!(c + 1 < s->t1 && ex_tok_is(a, c, ","))) continue;
                        long kn = ment_opening(a, s, c + 1);
                        if (kn >= 0 && !ex_co_eq(a, a->ments[kn].co, sel))
                            pa[npa++] = a->ments[kn].co;
                        break;
                    }
            /* "acquired X from Y", "to buy from Y" */
            long kf = from_after(a, s, a->ments[kr].t0 > 0 ? a->ments[kr].t0 - 1 : 0);
            /* ("from <Riedel International Inc>": past the bracket a ticker-less name opens) */
            size_t bf = a->ments[kr].t0 - 1;
            if (bf > s->t0 && ex_tok_is(a, bf, "<")) bf--;
            if (ex_tok_is(a, bf, "from") &&
                (from_lender(a, s->t0, bf) || from_goods(a, h->t1, bf))) {
                npa = 0;
            } else if (ex_tok_is(a, bf, "from")) {
                sel = a->ments[kr].co, have_sel = 1, npa = 0;
                /* "Camco's purchase from Baker International of substantially all the
                 * business of Reed Tool": what is bought follows the seller */
                long kt = bought_of_after(a, s, a->ments[kr].t1);
                if (kt >= 0 && !ex_co_eq(a, a->ments[kt].co, sel)) pa[npa++] = a->ments[kt].co;
            } else if (kf >= 0 && !have_sel) {
                sel = a->ments[kf].co, have_sel = 1;
            }
            /* "bought the 50 pct interest in X held by Y": a stake bought from the holder
             * named after it */
            if (!have_sel && type == EVENT_INVESTMENT && npa == 1 && h->t0 > s->t0 &&
                ex_ty_find(a, s->t0, h->t0, buy_words) >= 0) {
                size_t q = past_name(a, s, a->ments[kr].t1);
                long kh = q + 2 < s->t1 && (ex_tok_is(a, q, "held") || ex_tok_is(a, q, "owned")) &&
                                  ex_tok_is(a, q + 1, "by")
                              ? ment_opening(a, s, q + 2)
                              : -1;
                if (kh >= 0 && !ex_co_eq(a, a->ments[kh].co, a->ments[kr].co) &&
                    !(nag && ex_co_eq(a, a->ments[kh].co, ag[0])))
                    sel = a->ments[kh].co, have_sel = 1;
            }
        }
    }
    /* fill a missing side from a description or a pronoun */
    size_t lo_l = rev ? h->t1 : s->t0, hi_l = rev ? s->t1 : h->t0;
    size_t lo_r = rev ? s->t0 : h->t1, hi_r = rev ? h->t0 : s->t1;
    /* "the acquisition of X by Y" */
    /* ("the acquisition of Home Savings in Seattle, Washington, by InterWest": where X is
     * comes between) */
    size_t by_at = kr >= 0 ? a->ments[kr].t1 : 0;
    if (kr >= 0 && by_at + 1 < s->t1 && ex_tok_is(a, by_at, "in")) {
        size_t q = by_at + 1, pl;
        while (q < s->t1 && ex_class_at(a, q, s->t1, LEX_PLACE, &pl)) {
            q += pl;
            if (q < s->t1 && ex_tok_is(a, q, ",")) q++;
        }
        if (q > by_at + 2) by_at = q;
    }
    if (npa == 1 && en->dir == LEX_DIR_FWD && kr >= 0 && (size_t)kr + 1 < a->nments &&
        by_at + 1 == a->ments[kr + 1].t0 && !a->ments[kr + 1].regulator &&
        ex_tok_is(a, by_at, "by")) {
        ag[0] = a->ments[kr + 1].co;
        nag = 1;
    }
    /* "A group of affiliated investment firms said they acquired 453,300 shares of
     * Purolator" ... "The group, led by Mutual Shares Corp, said": a group that buys stands
     * for the company or person leading it, named anywhere in the article */
    co_t gl;
    if (!sell && !owner_sells && nag == 0 && npa >= 1 && a->have_glead && !rev &&
        span_has(a, lo_l, hi_l, "group") && ex_co_at(a, a->glead, a->glead_end, &gl) &&
        !ex_co_eq(a, gl, pa[0]))
        ag[nag++] = gl;
    /* ("A group led by Mertola Capital Partners L.P., a New York investment partnership, and
     * Boston investor Rui Vasconcelos told the SEC it has acquired": the group's first
     * named, its leader, not the last member before the verb) */
    else if (!sell && !owner_sells && nag == 1 && npa >= 1 && a->have_glead && !rev &&
             a->glead >= lo_l && a->glead < hi_l && span_has(a, lo_l, a->glead, "group") &&
             ex_co_at(a, a->glead, a->glead_end, &gl) && !ex_co_eq(a, gl, pa[0]))
        ag[0] = gl;
    if (!sell) {
        if (nag == 0 && !owner_sells && ex_resolve_desc(a, s, lo_l, hi_l, pa, npa, &ag[0])) nag = 1;
        if (npa == 0 && (s->seg > 0) && ex_resolve_desc(a, s, lo_r, hi_r, ag, nag, &pa[0])) npa = 1;
        /* "the social media giant's purchase of the Singapore-based firm": in the body, a
         * description of the target is the article's subject (its headline company) */
        co_t subj;
        if (npa == 0 && s->seg == 0 && ex_hit_in(a, LEX_DESC, lo_r, hi_r, NULL) &&
            ex_article_subject(a, &subj) && !(nag && ex_co_eq(a, subj, ag[0])))
            pa[0] = subj, npa = 1;
    } else if (npa == 0 && s->seg > 0 && en->type == EVENT_INVESTMENT &&
               ex_resolve_desc(a, s, lo_r, hi_r, ag, nag, &pa[0]))
        npa = 1; /* "cutting its stake in the chipmaker to 9.8%": the stake's company told by
                  * its description */
    /* "X said its largest shareholder, Y, has increased its stake to 15 pct": a stake
     * raised to a figure, with no company after it, is in the sentence's first company */
    if (npa == 0 && nag == 1 && en->type == EVENT_INVESTMENT &&
        (strcmp(en->phrase, "stake to") == 0 || strcmp(en->phrase, "holding to") == 0)) {
        /* ... the first company, when it is the one speaking ("X said", "X's"): not "According
         * to JPMorgan, Berkshire raised its stake to 9%" */
        long m = speaker_first(a, s, h, ag[0]);
        if (m >= 0) pa[npa++] = a->ments[m].co;
    }
    if (npa == 0 && nag == 1 && en->type == EVENT_INVESTMENT && pct_of_holding(en->phrase))
        holding_of(a, s, h, kl, ag, pa, &npa);
    /* "Bolton Inc said Amdura Corp has offered to buy it for 30 dlrs a share": "it" after the
     * verb is the company speaking, when the buyer is what it said, right after its verb
     * (not "Acme said the plant was for sale and Bolt offered to buy it") */
    if (npa == 0 && nag == 1 && kl >= 0 && en->type == EVENT_ACQUISITION &&
        en->dir == LEX_DIR_FWD && h->t1 < s->t1 && ex_tok_is(a, h->t1, "it") &&
        !strstr(en->phrase, "pay") && !strstr(en->phrase, "paid") &&
        ex_co_eq(a, a->ments[kl].co, ag[0])) {
        long m = speaker_first(a, s, h, ag[0]);
        size_t v = m >= 0 ? past_name(a, s, a->ments[m].t1) : s->t1;
        if (v + 1 < s->t1 && ex_tok_is(a, v + 1, "that")) v++;
        /* ("Borg-Warner Corp said a group led by Merrill Lynch Capital Partners agreed to
         * acquire it": the buyer a group some company leads) */
        size_t b0 = m >= 0 ? a->ments[kl].t0 : 0;
        if (b0 > v + 2 && b0 <= v + 7 && ex_tok_is(a, b0 - 1, "by")) {
            size_t q = v + 1;
            while (q < b0 && (ex_tk(a, q)->flags & EXTRACT_TOK_LOWER)) q++;
            if (q == b0) b0 = v + 1;
        }
        if (m >= 0 && b0 == v + 1) pa[npa++] = a->ments[m].co;
    }
    /* "Brightmoor Partners and Selwyn Capital agreed to buy Aldana Networks": each of the
     * conjoined buyers before the verb, in their order */
    if (en->dir == LEX_DIR_FWD && !rev && !sell && kl >= 0 && nag == 1 &&
        a->ments[kl].t1 <= h->t0 && ex_co_eq(a, ag[0], a->ments[kl].co)) {
        co_t grp[4];
        size_t ng = ex_group_left(a, kl, grp, 4);
        if (ng > 1) {
            nag = 0;
            for (size_t g = ng; g-- > 0;)
                if (!(npa && ex_co_eq(a, grp[g], pa[0]))) ag[nag++] = grp[g];
        }
    }
    int inv = type == EVENT_INVESTMENT;
    /* stake_percent: a percentage next to a stake word */
    const num_t *stake = NULL;
    /* (of this sentence's percentages: not "buying a 20% stake" of a later one) */
    for (size_t k = 0; inv && k < a->nnums && !stake; k++) {
        const num_t *n = &a->nums[k];
        size_t w;
        if (n->t0 < s->t0 || n->t1 > s->t1) continue;
        /* (not the size it had: "to 11.8 pct of the common shares outstanding from 8.4 pct") */
        if (n->t0 > s->t0 && ex_tok_is(a, n->t0 - 1, "from")) continue;
        if (n->pct && (ex_hit_in(a, LEX_STAKE, n->t1, n->t1 + 4 < s->t1 ? n->t1 + 4 : s->t1, &w) ||
                       (n->t0 >= 2 &&
                        ex_hit_in(a, LEX_STAKE, n->t0 - 3 > s->t0 ? n->t0 - 3 : s->t0, n->t0, &w))))
            stake = n;
    }
    /* "raised its stake in Costa Pharma SpA to 29.9% from 24.5%": the stake's new size after
     * the company and "to" */
    for (size_t k = 0; inv && k < a->nnums && !stake; k++) {
        const num_t *n = &a->nums[k];
        size_t w;
        if (n->pct && n->t0 >= s->t0 + 2 && n->t1 <= s->t1 && ex_tok_is(a, n->t0 - 1, "to") &&
            ex_hit_in(a, LEX_STAKE, n->t0 > s->t0 + 12 ? n->t0 - 12 : s->t0, n->t0, &w) &&
            (ex_ment_after(a, w, n->t0) >= 0 || ex_hit_in(a, LEX_DESC, w, n->t0, NULL)))
            stake = n; /* (or its description: "cutting its stake in the chipmaker to 9.8%") */
    }
    /* "raised its stake in Walbrook Insurance Co to 2.3 mln shares, or 18.1 pct", "buying 9.7
     * mln shares, or 93 pct": the shares' share of the company */
    static const char *const approx_w[] = {"about", "approximately", "nearly", "almost",
                                           "some",  "roughly",       "around", NULL};
    static const char *const stock_w[] = {"shares", "stock", NULL};
    int acq = type == EVENT_ACQUISITION;
    for (size_t k = 0; (inv || acq) && k < a->nnums && !stake; k++) {
        const num_t *n = &a->nums[k];
        if (!n->pct || n->t0 < s->t0 + 4 || n->t1 > s->t1 || (acq && n->t0 < h->t1)) continue;
        size_t j = n->t0 - 1;
        if (ex_ty_is(a, j, approx_w)) j--;
        if (j >= s->t0 + 3 && ex_tok_is(a, j, "or") && ex_tok_is(a, j - 1, ",") &&
            ex_ty_is(a, j - 2, stock_w))
            stake = n;
        /* ("has acquired 715,000 shares of Gairo Industries Inc, or 6.4 pct of the common
         * stock outstanding": the company whose shares are counted between) */
        for (size_t m = 0; !stake && j >= s->t0 + 3 && m < a->nments; m++)
            if (a->ments[m].t1 == j - 1 && ex_tok_is(a, j, "or") && ex_tok_is(a, j - 1, ",") &&
                a->ments[m].t0 >= s->t0 + 2 && ex_tok_is(a, a->ments[m].t0 - 1, "of") &&
                ex_ty_is(a, a->ments[m].t0 - 2, stock_w) && npa >= 1 &&
                ex_co_eq(a, a->ments[m].co, pa[0]))
                stake = n;
    }
    /* "newly issued shares equal to 25 pct of its enlarged capital", "buying about 2.8 mln
     * shares which ... give it about 93 pct of the railroad": the share of the company the
     * shares are or make */
    static const char *const equal_w[] = {"equal to",  "representing", "give it",     "gives it",
                                          "giving it", "give them",    "giving them", NULL};
    for (size_t k = 0; (inv || acq) && k < a->nnums && !stake; k++) {
        const num_t *n = &a->nums[k];
        if (!n->pct || n->t0 < s->t0 + 2 || n->t1 > s->t1 || (acq && n->t0 < h->t1)) continue;
        size_t j = n->t0;
        if (ex_ty_is(a, j - 1, approx_w)) j--;
        if (j >= s->t0 + 2 && ex_ty_find_phrase(a, j - 2, j, equal_w, NULL) >= 0 && n->t1 < s->t1 &&
            ex_tok_is(a, n->t1, "of"))
            stake = n;
    }
    /* "holds 6.2 pct of Clark Equipment Co", "9.8 pct of Clark Equipment Co's common stock":
     * a percentage of the company invested in; "offered 34 dlrs a share for the 80.1 pct of
     * Ridley it does not already own": of the company bought, after the deal's word */
    for (size_t k = 0; (inv || acq) && npa >= 1 && k < a->nnums && !stake; k++) {
        const num_t *n = &a->nums[k];
        if (!n->pct || n->t0 < s->t0 || n->t1 + 1 >= s->t1 || !ex_tok_is(a, n->t1, "of")) continue;
        if (acq && n->t0 < h->t1) continue;
        long m = ex_ment_after(a, n->t1 + 1, n->t1 + 3 < s->t1 ? n->t1 + 3 : s->t1);
        /* ("60 per cent of Italian aluminium foundry group Fonderie Castroni SpA": past a
         * description) */
        if (m < 0) {
            size_t de = ex_desc_end(a, s, n->t1 + 1, n->t1 + 9 < s->t1 ? n->t1 + 9 : s->t1);
            if (de > n->t1 + 1) m = ex_ment_after(a, de, de + 1 < s->t1 ? de + 1 : s->t1);
        }
        /* ("6.2 pct of the common stock of Carrow Instruments Inc") */
        static const char *const of_stock[] = {
            "the common stock of", "the outstanding shares of",       "the shares of",
            "the stock of",        "the outstanding common stock of", NULL};
        size_t pe;
        if (m < 0 && ex_ty_find_phrase(a, n->t1 + 1, s->t1, of_stock, &pe) == (long)n->t1 + 1)
            m = ex_ment_after(a, pe, pe + 1);
        if (m >= 0 && ex_co_eq(a, a->ments[m].co, pa[0])) stake = n;
    }
    static const char *const count_words[] = {"two",   "three", "four", "five",   "six",    "seven",
                                              "eight", "nine",  "ten",  "eleven", "twelve", NULL};
    /* (businesses, not real estate: "purchased three industrial properties" buys buildings) */
    static const char *const firms[] = {
        "newspapers", "banks", "hospitals", "hotels",       "restaurants", "stores", "companies",
        "businesses", "units", "divisions", "subsidiaries", "chains",      NULL};
    /* one side alone: a sale with the buyer or the business unnamed ("sold its unit"), a
     * purchase from a named seller, or the company a stake is held in when the holder is
     * a person or a group ("an investor group") */
    /* "Berkshire Hathaway trimmed its stake in Bank of America", "said it cut its stake in X
     * to 5.2 pct": a holder that cuts its stake sells part of it, to buyers unnamed */
    static const char *const cut_w[] = {"cut",     "cuts",    "reduced", "reduces", "trimmed",
                                        "trims",   "lowered", "lowers",  "pared",   "pares",
                                        "slashed", "halved",  NULL};
    /* ("has cut his holding in Acme Corp to 18.7%": a holding, his or her own) */
    static const char *const poss_w[] = {"its", "his", "her", "their", NULL};
    if (inv && en->dir == LEX_DIR_FWD &&
        (strcmp(en->phrase, "stake in") == 0 || strcmp(en->phrase, "holding in") == 0) &&
        nag == 1 && npa == 1 && !have_sel) {
        /* (a size between: "cut its 10 pct stake in X") */
        size_t its = h->t0;
        while (its > s->t0 + 2 && h->t0 - its < 3 &&
               ((ex_tk(a, its - 1)->flags & EXTRACT_TOK_NUM) || ex_tok_is(a, its - 1, "pct") ||
                ex_tok_is(a, its - 1, "%") || ex_tok_is(a, its - 1, "percent")))
            its--;
        if (its >= s->t0 + 2 && ex_ty_is(a, its - 1, poss_w) && ex_ty_is(a, its - 2, cut_w)) {
            sel = ag[0];
            have_sel = 1;
            owner_sells = 1;
            nag = 0;
        }
    }
    /* "Brightway filed for Chapter 11 and said Hallmark Capital agreed to act as stalking-horse
     * bidder for substantially all of its assets": "its" after a bidder named in a clause of
     * its own is the sentence's subject's */
    static const char *const its_assets[] = {"its assets", "of its assets", "its business",
                                             "its operations", NULL};
    if (!sell && en->dir == LEX_DIR_FWD && nag == 1 && npa == 0 &&
        ex_ty_find_phrase(a, h->t1, h->t1 + 5 < s->t1 ? h->t1 + 5 : s->t1, its_assets, NULL) >= 0) {
        long k0 = ex_ment_after(a, s->t0, h->t0);
        if (k0 >= 0 && !a->ments[k0].regulator && !ex_co_eq(a, a->ments[k0].co, ag[0]) &&
            ex_ty_find_one(a, a->ments[k0].t1, h->t0, "said") >= 0)
            pa[npa++] = a->ments[k0].co;
    }
    int one_side = 0;
    /* "A group of Ambrey Stores Inc executives has proposed to buy the company": a
     * company's own managers buy it; the company is the target, the buyer no company */
    int target_only = 0;
    if (!sell && !inv && en->dir == LEX_DIR_FWD && nag == 1 && kl >= 0 &&
        a->ments[kl].t1 <= h->t0 && ex_co_eq(a, ag[0], a->ments[kl].co) &&
        (npa == 0 || ex_co_eq(a, pa[0], ag[0]))) {
        size_t e = past_name(a, s, a->ments[kl].t1), b = a->ments[kl].t0;
        if (e < h->t0 && ex_ty_is(a, e, mgmt_buyers) && b >= s->t0 + 2 &&
            ex_tok_is(a, b - 1, "of") &&
            ex_ty_find(a, b > s->t0 + 4 ? b - 4 : s->t0, b - 1, unnamed_buyers) >= 0) {
            pa[0] = ag[0], npa = 1, nag = 0;
            target_only = 1;
        }
    }
    /* "said it agreed to be acquired for 21 dlrs a share by a privately held company": a
     * purchase verb in the passive whose buyer goes unnamed buys the company before it */
    if (passive_unnamed && nag == 1 && npa == 0) {
        pa[0] = ag[0], npa = 1, nag = 0;
        target_only = 1;
    }
    /* a sale said of the future sells a business, a stake or a company: "would sell its
     * chips to Microsoft" sells goods */
    if (sell && !dealobj && npa == 0 && !whole &&
        (strcmp(en->phrase, "will sell") == 0 || strcmp(en->phrase, "would sell") == 0))
        return;
    if ((sell && have_sel && (nag + npa >= 1 || dealobj)) || (whole && npa == 1))
        one_side = 1;
    else if (!sell && have_sel && (nag >= 1 || (owner_sells && npa >= 1)))
        one_side = 1;
    else if (inv && en->dir == LEX_DIR_FWD && nag == 0 && npa == 1 && stake)
        one_side = 1;
    /* "its unit acquired three community newspapers in Winnipeg", "to buy 25 stores": a count
     * of businesses bought, none of them named, has its buyer alone */
    else if (!sell && !inv && en->dir == LEX_DIR_FWD && nag == 1 && npa == 0 && dealobj &&
             h->t1 < s->t1 &&
             ((ex_tk(a, h->t1)->flags & EXTRACT_TOK_NUM) || ex_ty_is(a, h->t1, count_words)) &&
             ex_ty_find(a, h->t1 + 1, h->t1 + 5 < s->t1 ? h->t1 + 5 : s->t1, firms) >= 0)
        one_side = 1;
    /* "agreed to a leveraged buyout by a group of its senior managers": a company bought by
     * its own managers or an unnamed group, the buyer no company */
    else if (target_only || (!sell && !inv && en->dir == LEX_DIR_REV && nag == 0 && npa == 1 &&
                             unnamed_by(a, s, h)))
        one_side = 1;
    else if (!sell && en->dir == LEX_DIR_REV && nag == 0 && npa == 1 && h->t1 + 2 < s->t1 &&
             ex_ment_after(a, h->t1, h->t1 + 6 < s->t1 ? h->t1 + 6 : s->t1) < 0 &&
             ex_ty_find(a, h->t1, h->t1 + 6 < s->t1 ? h->t1 + 6 : s->t1, mgmt_buyers) >= 0)
        one_side = 1;
    /* "received a takeover approach from a US private equity group", "an offer from an
     * unnamed bidder": a bid from a buyer the news does not name */
    else if (!sell && !inv && en->dir == LEX_DIR_REV && nag == 0 && npa == 1 && h->t1 + 2 < s->t1 &&
             ex_tok_is(a, h->t1 - 1, "from") &&
             (ex_tok_is(a, h->t1, "a") || ex_tok_is(a, h->t1, "an") ||
              ex_tok_is(a, h->t1, "unnamed")) &&
             ex_ment_after(a, h->t1, h->t1 + 6 < s->t1 ? h->t1 + 6 : s->t1) < 0 &&
             ex_ty_find(a, h->t1, h->t1 + 6 < s->t1 ? h->t1 + 6 : s->t1, unnamed_buyers) >= 0)
        one_side = 1;
    else if (nag == 0 || npa == 0)
        return;
    if (nag == 1 && npa == 1 && ex_co_eq(a, ag[0], pa[0])) return;
    /* "begin a tender offer promptly and ... had commitments for the financing from Meade
     * Federal Bank": a lender after "from" is not the bidder */
    for (size_t m = 0; m < a->nments && nag; m++)
        if (a->ments[m].t0 > h->t1 + 1 && a->ments[m].t0 < s->t1 &&
            ex_co_eq(a, a->ments[m].co, ag[0]) && ex_tok_is(a, a->ments[m].t0 - 1, "from") &&
            from_lender(a, h->t1, a->ments[m].t0 - 1))
            return;
    /* "the group said it sold 210,000 Talbot shares between August 20 and September 9", after
     * "lowered its stake in Talbot Mills": the sales that cut the stake told, no buyer */
    if (type == EVENT_INVESTMENT && sell && have_sel && nag == 0 && npa == 1)
        for (size_t i = a->out->n; i-- > a->out_base;) {
            const event_t *o = &a->out->items[i];
            if (a->ev_seg[i - a->out_base] != s->seg) break;
            /* (a stake told with its holder as investor; one told as a holder's sale takes
             * these figures) */
            if (o->type != EVENT_INVESTMENT || !event_has_company(o, ex_co_id(a, pa[0]))) continue;
            const char *sid = ex_co_id(a, sel);
            for (size_t c = 0; c < o->ncompanies; c++)
                if (strcmp(o->companies[c].id, sid) == 0 && o->companies[c].role &&
                    strcmp(o->companies[c].role, "investor") == 0)
                    return;
        }
    party_t p[9];
    size_t np = 0;
    int party = en->dir == LEX_DIR_SYM && !into;
    for (size_t i = 0; i < nag && np < 8; i++)
        p[np].co = ag[i], p[np++].role = party ? "party" : inv ? "investor" : "acquirer";
    for (size_t i = 0; i < npa && np < 8; i++)
        p[np].co = pa[i], p[np++].role = party ? "party" : inv ? "investee" : "target";
    if (have_sel) p[np].co = sel, p[np++].role = "seller";
    event_t ev;
    if (ex_make_event(a, &ev, type, p, np)) return;
    if (ev.ncompanies < (size_t)(2 - one_side)) {
        event_release(&ev);
        return;
    }
    /* ("its board accepted a buyout proposal from a management group": a proposal accepted
     * is a deal agreed) */
    /* (and "agreed the terms of a recommended offer for X") */
    static const char *const accepted[] = {"accepted", "accepts", "approved", "approves",
                                           "agreed",   "agrees",  NULL};
    long acc = ex_ty_find(a, h->t0 > s->t0 + 6 ? h->t0 - 6 : s->t0, h->t0, accepted);
    /* (not "agreed to enter exclusive talks": an agreement to talk) */
    if (strcmp(status, "talks") == 0 && acc >= 0 &&
        !((ex_tok_is(a, (size_t)acc, "agreed") || ex_tok_is(a, (size_t)acc, "agrees")) &&
          (size_t)acc + 1 < s->t1 && ex_tok_is(a, (size_t)acc + 1, "to")))
        status = "announced";
    /* ("said it will offer 2.40 dlrs cash a share for all the shares": the offer made) */
    if (strcmp(status, "talks") == 0 && h->t0 > s->t0 + 1 && ex_tok_is(a, h->t0, "offer") &&
        ex_tok_is(a, h->t0 - 1, "will") && ex_tok_is(a, h->t0 - 2, "it"))
        status = "announced";
    /* ("were tendered under its 31 dlr a share offer, ... and that it has accepted all of them
     * for payment": the offer done) */
    static const char *const paid_for[] = {"for payment", NULL};
    static const char *const accepted_w[] = {"accepted", "accepts", NULL};
    long fp = ex_ty_find_phrase(a, h->t1, s->t1, paid_for, NULL);
    long acw = fp > 0 ? ex_ty_find(a, (size_t)fp > h->t1 + 6 ? (size_t)fp - 6 : h->t1, (size_t)fp,
                                   accepted_w)
                      : -1;
    /* (not "has not yet accepted any shares for payment") */
    static const char *const not_w[] = {"not", "yet", "never", NULL};
    if (strcmp(status, "talks") == 0 && acw >= 0 &&
        ex_ty_find(a, (size_t)acw > h->t1 + 3 ? (size_t)acw - 3 : h->t1, (size_t)acw, not_w) < 0)
        status = "completed";
    /* ("went hostile with its 1.1bn bid for X", "launched a hostile bid": a bid made over
     * the board's head is made) */
    static const char *const made_hostile[] = {"went",     "goes",     "gone",    "going",
                                               "launched", "launches", "mounted", "mounts",
                                               "made",     "makes",    NULL};
    long hw = ex_ty_find_one(a, h->t0 > s->t0 + 6 ? h->t0 - 6 : s->t0, h->t0, "hostile");
    long mh = hw > (long)s->t0 ? ex_ty_find(a, (size_t)hw > s->t0 + 2 ? (size_t)hw - 2 : s->t0,
                                            (size_t)hw, made_hostile)
                               : -1;
    /* (not "has not launched a hostile bid") */
    if (strcmp(status, "talks") == 0 && mh >= 0 &&
        ex_ty_find(a, (size_t)mh > s->t0 + 2 ? (size_t)mh - 2 : s->t0, (size_t)mh, not_w) < 0)
        status = "announced";
    ex_set_str(a, &ev, "status", status);
    /* the kind of deal: a tender offer, a merger between peers, a business sold */
    if (type == EVENT_ACQUISITION) {
        /* (and "accepted for payment all shares tendered under its ... offer") */
        static const char *const tender[] = {"tender offer", "tender - offer", "shares tendered",
                                             "were tendered", NULL};
        static const char *const merge[] = {"merger",  "merge",       "merging", "merged",
                                            "combine", "combination", NULL};
        if (ex_ty_find_phrase(a, s->t0, s->t1, tender, NULL) >= 0)
            ex_set_str(a, &ev, "kind", "tender_offer");
        else if (party && ex_ty_find(a, h->t0, h->t1 + 1, merge) >= 0)
            ex_set_str(a, &ev, "kind", "merger");
        else if (sell && have_sel)
            ex_set_str(a, &ev, "kind", "divestiture");
    }
    /* "topping a 30 dlr a share offer made last week by Brenham Corp": the rival offer a
     * new one tops, made before (its price is its own, not the new offer's) */
    static const char *const topping[] = {"topping", "tops",     "topped", "exceeding",
                                          "beating", "trumping", NULL};
    static const char *const made_before[] = {"made last week",      "made last month",
                                              "made earlier",        "made in",
                                              "announced last week", NULL};
    int rival = en->dir == LEX_DIR_REV &&
                (ex_ty_find(a, h->t0 > s->t0 + 8 ? h->t0 - 8 : s->t0, h->t0, topping) >= 0 ||
                 ex_ty_find_phrase(a, h->t1, h->t1 + 4 < s->t1 ? h->t1 + 4 : s->t1, made_before,
                                   NULL) >= 0);
    /* ("Ashgrove's board, which in January rejected an unsolicited 22 dlr a share proposal
     * from Lyle Chemical Co", told in March: a deal of a month gone by, in its clause) */
    if (rival || (ex_rel_open(a, s->t0, h->t0) && ex_ty_past_month(a, s->t0, h->t0))) {
        if (event_set_bool(&ev, "context", 1)) a->oom = 1;
    }
    /* (not the money raised to pay for it: "Carnbrea Minerals raises £45m to buy Stannary
     * Hill tin mine") */
    static const char *const raised_w[] = {"raises", "raised", "raising", "raise", NULL};
    const num_t *dm = rival ? NULL : ex_money_near(a, h->t1);
    if (dm && type == EVENT_ACQUISITION && dm->t0 > s->t0 && dm->t0 < h->t0 &&
        ex_tok_is(a, h->t0, "to") &&
        ex_ty_find(a, dm->t0 > s->t0 + 2 ? dm->t0 - 2 : s->t0, dm->t0, raised_w) >= 0)
        dm = NULL;
    if (dm) ex_set_money(a, &ev, dm, 1);
    if (stake) ex_set_num(a, &ev, "stake_percent", stake->v);
    /* (not a headline's: the body tells the exact one, "a 19.9% stake" under "snaps up a
     * fifth of") */
    else if (frac_pct > 0 && type == EVENT_INVESTMENT && s != a->sents)
        ex_set_num(a, &ev, "stake_percent", frac_pct);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
    /* "to buy cybersecurity firm Gatekeep Inc for $1.1 billion and data-backup provider
     * Vaultra Systems for about $400 million": a second purchase, priced on its own */
    if (type == EVENT_ACQUISITION && en->dir == LEX_DIR_FWD && nag == 1 && npa == 1 && !have_sel &&
        kr >= 0)
        second_purchase(a, s, kr, ag[0], status);
}

/* "A deal could value Tessaly at around 1.8 billion pounds including debt": a value a deal
 * puts on a company, in a sentence after the one that tells the deal, is its amount when the
 * deal has none. */
/* "to fund the £38m acquisition of a tin project in Devon": the price of a deal told before,
 * as the words before its noun, given to the segment's latest deal that has none (the deal
 * word names no company of its own). Returns 1 when it gave one. */
static int deal_price_noun(art_t *a, const sent_t *s)
{
    static const char *const noun[] = {"acquisition", "purchase", "takeover", "buyout", NULL};
    static const char *const det[] = {"the", "its", "a", "an", NULL};
    for (size_t q = 0; q < a->nnums; q++) {
        const num_t *n = &a->nums[q];
        if (n->pct || !n->cur[0] || n->v < 1e5 || n->t0 <= s->t0 || n->t1 >= s->t1 ||
            !ex_ty_is(a, n->t1, noun) || !ex_ty_is(a, n->t0 - 1, det))
            continue;
        /* (a deal that names its target right after is read by the rules) */
        if (n->t1 + 2 < s->t1 && ex_tok_is(a, n->t1 + 1, "of") &&
            ex_ment_after(a, n->t1 + 2, n->t1 + 3) >= 0)
            return 0;
        for (size_t i = a->out->n; i-- > a->out_base;) {
            event_t *ev = &a->out->items[i];
            if (a->ev_seg[i - a->out_base] != s->seg) break;
            if (ev->type != EVENT_ACQUISITION || ev->source.offset == (long long)s->off) continue;
            if (event_get(ev, "amount")) return 0;
            ex_set_money(a, ev, n, 1);
            return 1;
        }
        return 0;
    }
    return 0;
}

static void deal_value_followup(art_t *a, const sent_t *s)
{
    if (deal_price_noun(a, s)) return;
    static const char *const value[] = {"value", "values", "valued", "valuing", "worth", NULL};
    /* ("The price is 19 dlrs a share in cash, or about 128 mln dlrs, Eibar said": the price
     * the sentence opens with) */
    static const char *const price_is[] = {"the price is",          "the price was",
                                           "the purchase price is", "the purchase price was",
                                           "the price would be",    NULL};
    size_t pe = 0;
    int price = ex_ty_find_phrase(a, s->t0, s->t1, price_is, &pe) == (long)s->t0;
    long v = price ? (long)pe - 1 : ex_ty_find(a, s->t0, s->t1, value);
    if (v < 0 || (size_t)v + 3 >= s->t1) return;
    /* (and a merger's share exchange: "the exchange values Satterthwaite at about 31.50 dlrs
     * a share, or roughly 118 mln dlrs", "a swap valued at about 310 mln dlrs") */
    static const char *const deal_w[] = {"deal",     "offer",  "bid",      "transaction",
                                         "takeover", "merger", "proposal", "exchange",
                                         "swap",     "price",  NULL};
    long dw = ex_ty_find(a, s->t0, (size_t)v, deal_w);
    int worth = ex_tok_is(a, (size_t)v, "worth") || price;
    /* ("Morlaix & Roscoff ... valued its bid at about 290 mln dlrs": the deal after the verb) */
    int bid_after = 0;
    if (dw < 0 && ex_tok_is(a, (size_t)v, "valued") && (size_t)v + 3 < s->t1 &&
        (ex_tok_is(a, (size_t)v + 1, "its") || ex_tok_is(a, (size_t)v + 1, "the")) &&
        ex_ty_is(a, (size_t)v + 2, deal_w) && ex_tok_is(a, (size_t)v + 3, "at"))
        dw = (long)v + 2, bid_after = 1;
    /* "Ossory made the offer on February 10. At 28 dlrs a share, it is worth about 150 mln
     * dlrs": "it", the deal the sentence before named */
    if (dw < 0 && worth && (size_t)v >= s->t0 + 2 && ex_tok_is(a, (size_t)v - 2, "it") &&
        (ex_tok_is(a, (size_t)v - 1, "is") || ex_tok_is(a, (size_t)v - 1, "was")) && s > a->sents &&
        s[-1].seg == s->seg && ex_ty_find(a, s[-1].t0, s[-1].t1, deal_w) >= 0)
        dw = (long)v - 2;
    if (dw < 0) return;
    long k = worth ? -1 : ex_ment_after(a, (size_t)v + 1, (size_t)v + 2);
    size_t at = k >= 0 ? a->ments[k].t1 : (size_t)v + 1;
    /* (or the deal's own value: "a transaction valued at about 58 mln dlrs" after "Cobb
     * Valley holders will receive 1.15 United Piedmont shares for each share"; "its offer,
     * worth about 426 mln dlrs"; the deal the sentence opens with, an aside between: "The
     * offer, made through Halverson Acquisition Corp, a newly formed company, is valued at") */
    int opens = (size_t)dw <= s->t0 + 1 && ex_tok_is(a, (size_t)dw + 1, ",") && v > 0 &&
                (ex_tok_is(a, (size_t)v - 1, "is") || ex_tok_is(a, (size_t)v - 1, "was"));
    /* (or the company's value told by what it makes: "The proposal, made last week, valued the
     * maker of disk-drive controllers at about 140 mln dlrs") */
    long desc_at = -1;
    /* ("The offer, which values the Cincinnati valve maker at about 240 mln dlrs") */
    /* ("The higher bid values the textile maker at") */
    if (k < 0 && (size_t)dw <= s->t0 + 2 &&
        (ex_tok_is(a, (size_t)v, "valued") || ex_tok_is(a, (size_t)v, "values")) &&
        ex_tok_is(a, (size_t)v + 1, "the"))
        for (size_t q = (size_t)v + 2; q < s->t1 && q < (size_t)v + 10 && desc_at < 0; q++) {
            if (ex_tok_is(a, q, "at"))
                desc_at = (long)q;
            else if (ex_tok_is(a, q, ",") || ex_ment_after(a, q, q + 1) >= 0)
                break;
        }
    /* (the deal word nearest the verb: "Under the proposal, Lannion holders would receive 1.1
     * Guingamp shares for each Lannion share, a swap valued at about 310 mln dlrs") */
    long dl = bid_after ? dw : ex_ty_find_last(a, s->t0, (size_t)v, deal_w);
    if (dl < dw) dl = dw; /* ("it is worth": the deal of the sentence before) */
    if (k < 0 && desc_at < 0 &&
        !(((size_t)dl + 3 >= (size_t)v || opens) && (worth || ex_tok_is(a, (size_t)v, "valued"))))
        return;
    if (worth)
        at = (size_t)v;
    else if (bid_after)
        at = (size_t)v + 3;
    else if (desc_at >= 0)
        at = (size_t)desc_at;
    else if (at >= s->t1 || !ex_tok_is(a, at, "at"))
        return;
    const num_t *m = NULL;
    for (size_t q = 0; q < a->nnums && !m; q++)
        if (!a->nums[q].pct && a->nums[q].t0 > at && a->nums[q].t0 <= at + 3 &&
            a->nums[q].t1 <= s->t1)
            m = &a->nums[q];
    /* (a price a share first, the whole after it: "values Satterthwaite at about 31.50 dlrs a
     * share, or roughly 118 mln dlrs") */
    if (!m || m->v < 1000)
        for (size_t q = 0; q < a->nnums; q++)
            if (!a->nums[q].pct && a->nums[q].v >= 1000 && a->nums[q].t0 > at &&
                a->nums[q].t0 <= at + 12 && a->nums[q].t1 <= s->t1 &&
                ex_ty_find_one(a, at, a->nums[q].t0, "or") >= 0) {
                m = &a->nums[q];
                break;
            }
    if (!m || m->v < 1000) return;
    /* "Ashcombe said its offer, valued at ...": the offer of the company the sentence opens
     * with, when a deal of the segment has it as buyer (not a rival's bid told beside it) */
    static const char *const its[] = {"its", NULL};
    const char *own = NULL;
    if (k < 0 && a->nments && a->ments[0].t0 == s->t0 && ex_ty_find(a, s->t0, (size_t)dw, its) >= 0)
        own = ex_co_id(a, a->ments[0].co);
    for (int pass = own ? 0 : 1; pass < 2; pass++)
        for (size_t i = a->out->n; i-- > a->out_base;) {
            event_t *ev = &a->out->items[i];
            if (a->ev_seg[i - a->out_base] != s->seg) break;
            if (ev->type != EVENT_ACQUISITION || ev->source.offset == (long long)s->off) continue;
            const char *want = k >= 0 ? ex_co_id(a, a->ments[k].co) : pass == 0 ? own : NULL;
            const char *role = k >= 0 ? "target" : "acquirer";
            int tgt = !want;
            /* (a merger's sides are parties: "The deal, which values Tolvena at about $4.7
             * billion") */
            for (size_t c = 0; c < ev->ncompanies && !tgt; c++)
                tgt = ev->companies[c].role &&
                      (strcmp(ev->companies[c].role, role) == 0 ||
                       (k >= 0 && strcmp(ev->companies[c].role, "party") == 0)) &&
                      strcmp(ev->companies[c].id, want) == 0;
            if (!tgt) continue;
            if (!event_get(ev, "amount")) ex_set_money(a, ev, m, 1);
            return;
        }
}

/* "said he paid about 21.6 mln dlrs for his 1.3 mln Mercer shares", after "bought 8.4 pct
 * of Mercer Tool": the price of the stake an earlier sentence of the segment told. */
static void stake_price_followup(art_t *a, const sent_t *s)
{
    static const char *const paid[] = {"paid", "spent", NULL};
    long v = ex_ty_find(a, s->t0, s->t1, paid);
    if (v < 0) return;
    const num_t *m = NULL;
    for (size_t n = 0; n < a->nnums && !m; n++)
        if (!a->nums[n].pct && a->nums[n].t0 > (size_t)v && a->nums[n].t0 <= (size_t)v + 3)
            m = &a->nums[n];
    if (!m || m->t1 >= s->t1 || !ex_tok_is(a, m->t1, "for")) return;
    size_t e;
    long k = counted_shares(a, s, m->t1 + 1, &e);
    event_t *ev = k >= 0 ? segment_stake(a, s, k) : NULL;
    if (ev && !event_get(ev, "amount")) ex_set_money(a, ev, m, 1);
}

/* The last stake of the segment of s told as news (not as context), or NULL. */
static event_t *segment_news_stake(art_t *a, const sent_t *s)
{
    for (size_t i = a->out->n; i-- > a->out_base;) {
        event_t *ev = &a->out->items[i];
        if (a->ev_seg[i - a->out_base] != s->seg) break;
        if (ev->type != EVENT_INVESTMENT) continue;
        int cx = 0;
        event_get_bool(ev, "context", &cx);
        if (!cx) return ev;
    }
    return NULL;
}

/* "In its filing, Carrick said it paid a total of about 7.4 mln dlrs for the shares", "said it
 * bought the stock for investment purposes for a total of about 9.1 mln dlrs": the total paid
 * for the stake an earlier sentence of the segment told, the shares not named again. */
static void stake_total_followup(art_t *a, const sent_t *s)
{
    static const char *const total[] = {"a total of", "total of", NULL};
    static const char *const held[] = {"the shares",
                                       "the stock",
                                       "the stake",
                                       "the holding",
                                       "its shares",
                                       "its stake",
                                       "common shares , bought",
                                       "shares , bought",
                                       "shares were bought",
                                       "shares were purchased",
                                       "shares were acquired",
                                       NULL};
    size_t te;
    long t = ex_ty_find_phrase(a, s->t0, s->t1, total, &te);
    const num_t *m = NULL;
    for (size_t n = 0; n < a->nnums && !m && t >= 0; n++)
        if (!a->nums[n].pct && a->nums[n].t0 >= te && a->nums[n].t0 <= te + 1) m = &a->nums[n];
    /* ("at prices ranging from 18-1/2 to 21-3/4 dlrs a share, or about 8.4 mln dlrs in all") */
    static const char *const in_all[] = {"in all", "in total", "altogether", NULL};
    for (size_t n = 0; n < a->nnums && !m; n++)
        if (!a->nums[n].pct && a->nums[n].t1 < s->t1 &&
            ex_ty_find_phrase(a, a->nums[n].t1,
                              a->nums[n].t1 + 3 < s->t1 ? a->nums[n].t1 + 3 : s->t1, in_all,
                              NULL) >= 0)
            m = &a->nums[n];
    size_t he;
    long hp = ex_ty_find_phrase(a, s->t0, s->t1, held, &he);
    /* ("The group said it bought the stock for about 4.1 mln dlrs": the price right after) */
    static const char *const bought[] = {"bought", "purchased", "acquired", NULL};
    /* (past "for investment purposes": "bought the stock for investment purposes for about
     * 19.8 mln dlrs") */
    if (hp >= 0 && he + 3 < s->t1 && ex_tok_is(a, he, "for") && ex_tok_is(a, he + 1, "investment"))
        he += ex_tok_is(a, he + 2, "purposes") || ex_tok_is(a, he + 2, "only") ? 3 : 2;
    if (!m && hp > (long)s->t0 && he + 1 < s->t1 && ex_tok_is(a, he, "for") &&
        ex_ty_is(a, (size_t)hp - 1, bought))
        for (size_t n = 0; n < a->nnums && !m; n++)
            if (!a->nums[n].pct && a->nums[n].cur[0] && a->nums[n].t0 > he &&
                a->nums[n].t0 <= he + 2 && a->nums[n].t1 <= s->t1)
                m = &a->nums[n];
    /* ("Greyfen, run by former trader Marcus Hale, paid about $310 million for the shares") */
    static const char *const paid[] = {"paid", "spent", NULL};
    if (!m && hp > (long)s->t0 + 2 && ex_tok_is(a, (size_t)hp - 1, "for"))
        for (size_t n = 0; n < a->nnums && !m; n++)
            if (!a->nums[n].pct && a->nums[n].cur[0] && a->nums[n].t1 + 1 == (size_t)hp &&
                a->nums[n].t0 > s->t0 &&
                ex_ty_find(a, a->nums[n].t0 > s->t0 + 3 ? a->nums[n].t0 - 3 : s->t0, a->nums[n].t0,
                           paid) >= 0)
                m = &a->nums[n];
    if (!m || hp < 0) return;
    event_t *ev = segment_news_stake(a, s);
    if (!ev) return;
    /* (the sentence names no company the stake does not, but a regulator filed with or
     * members in a relative clause: "The group, which includes Haskins Capital Corp,") */
    for (size_t q = 0; q < a->nments; q++)
        if (a->ments[q].t0 >= s->t0 && a->ments[q].t0 < s->t1 && !a->ments[q].regulator &&
            !ex_rel_open(a, s->t0, a->ments[q].t0) &&
            !event_has_company(ev, ex_co_id(a, a->ments[q].co)))
            return;
    if (!event_get(ev, "amount")) ex_set_money(a, ev, m, 1);
}

/* "The gross proceeds to Morwen from the offering ... are expected to be approximately $315.0
 * million": the amount of the segment's latest financing told without one. */
static void proceeds_followup(art_t *a, const sent_t *s)
{
    static const char *const proceeds[] = {"gross proceeds", "net proceeds", NULL};
    size_t pe;
    long p = ex_ty_find_phrase(a, s->t0, s->t1 < s->t0 + 6 ? s->t1 : s->t0 + 6, proceeds, &pe);
    if (p < 0) return;
    const num_t *m = NULL;
    for (size_t q = 0; q < a->nnums && !m; q++)
        if (!a->nums[q].pct && a->nums[q].t0 > pe && a->nums[q].t1 <= s->t1 && a->nums[q].cur[0])
            m = &a->nums[q];
    if (!m) return;
    for (size_t i = a->out->n; i-- > a->out_base;) {
        event_t *ev = &a->out->items[i];
        if (a->ev_seg[i - a->out_base] != s->seg) break;
        if (ev->type != EVENT_FINANCING) continue;
        if (!event_get(ev, "amount")) ex_set_money(a, ev, m, 0);
        return;
    }
}

static const char *deal_role(const event_t *ev, const char *r);

/* "Ruxley Instruments Corp ... has completed its acquisition of Sendwick Analytics ... Ruxley
 * paid $640 million in cash": what the buyer of the segment's deal paid, told after it by the
 * buyer's name and "paid" (no company but the deal's). */
static void deal_paid_followup(art_t *a, const sent_t *s)
{
    long m0 = ex_ment_after(a, s->t0, s->t0 + 1);
    if (m0 < 0) return;
    size_t v = a->ments[m0].t1;
    if (v + 2 >= s->t1 || !ex_tok_is(a, v, "paid")) return;
    /* (or the stake the segment told: "Pyhajoki paid 9.40 euros per share, or about 61 million
     * euros ($66 million) in total, for 6.5 million shares in a block trade on Monday") */
    event_t *ev = ex_seg_event(a, s->seg, EVENT_ACQUISITION);
    const char *role = "acquirer";
    if (!ev) ev = ex_seg_event(a, s->seg, EVENT_INVESTMENT), role = "investor";
    if (!ev || event_get(ev, "amount") || ev->source.offset == (long long)s->off) return;
    const char *buyer = deal_role(ev, role);
    if (!buyer || strcmp(buyer, ex_co_id(a, a->ments[m0].co)) != 0) return;
    if (!ex_sent_names_only(a, s, ev)) return;
    static const char *const total_w[] = {"in total", "total", "in all", NULL};
    for (size_t q = 0; q < a->nnums; q++) {
        const num_t *n = &a->nums[q];
        if (n->pct || !n->cur[0] || n->v < 1000 || n->t0 <= v) continue;
        /* (right after the verb, or the total told after the price a share) */
        size_t te;
        if (n->t0 > v + 2 && !(n->t0 <= v + 12 && n->t1 < s->t1 &&
                               (ex_ty_find_phrase(a, n->t1, n->t1 + 6 < s->t1 ? n->t1 + 6 : s->t1,
                                                  total_w, &te) >= 0)))
            continue;
        /* (the sum as written, not its conversion in brackets: "61 million euros ($66
         * million) in total") */
        for (size_t r = 0; n->t0 > 0 && ex_tok_is(a, n->t0 - 1, "(") && r < a->nnums; r++)
            if (!a->nums[r].pct && a->nums[r].cur[0] && a->nums[r].t1 == n->t0 - 1) {
                n = &a->nums[r];
                break;
            }
        ex_set_money(a, ev, n, 1);
        /* (and the day the sentence names, for a deal dated by the dateline alone) */
        char wk[11];
        if (s->seg == 0 && a->dateline[0] && strcmp(ev->occurred_on, a->dateline) == 0 &&
            ex_weekday_date(a, s, wk) && strcmp(wk, a->dateline) < 0)
            memcpy(ev->occurred_on, wk, 11);
        return;
    }
}

/* "EU regulators blocked Ambervale's takeover of Pixwell ... Ambervale said hours later that it
 * had terminated the agreement": a deal the segment told, ended by a later sentence that
 * names it only as "the agreement" (and no company but its own). */
static void deal_end_followup(art_t *a, const sent_t *s)
{
    static const char *const ended[] = {"terminated the", "terminate the", "called off the",
                                        "abandoned the",  "scrapped the",  "walked away from the",
                                        "withdrew its",   "withdrawn its", "terminated its",
                                        "called off its", "abandoned its", NULL};
    static const char *const deal_w[] = {"agreement", "deal", "merger",   "transaction",
                                         "offer",     "bid",  "takeover", "acquisition",
                                         "proposal",  NULL};
    size_t e;
    long t = ex_ty_find_phrase(a, s->t0, s->t1, ended, &e);
    if (t < 0 || e >= s->t1 || !ex_ty_is(a, e, deal_w) || ex_ty_negated(a, s, (size_t)t, 1) ||
        ex_ty_speculative(a, s->t0, (size_t)t))
        return;
    event_t *ev = ex_seg_event(a, s->seg, EVENT_ACQUISITION);
    if (!ev || ev->source.offset == (long long)s->off) return;
    const char *st = event_get_str(ev, "status");
    if (st && (strcmp(st, "terminated") == 0 || strcmp(st, "completed") == 0)) return;
    if (!ex_sent_names_only(a, s, ev)) return;
    ex_set_str(a, ev, "status", "terminated");
}

/* "Each Penhallow share will be converted into the right to receive 24 dlrs in cash, for a
 * total of about 88 mln dlrs": the sum a deal's per-share price comes to, in a sentence that
 * names no company but those of the segment's latest acquisition. */
static void deal_total_followup(art_t *a, const sent_t *s)
{
    static const char *const total[] = {"for a total of", "a total of", NULL};
    /* (a price a share, not shares bought: "after buying 49,800 shares for a total of") */
    static const char *const per_share[] = {"a share", "per share", "each share", "each", NULL};
    /* ("Ludham holders who did not tender will receive the same 22 dlrs a share in cash,
     * bringing the total cost of the acquisition to about 96 mln dlrs") */
    static const char *const cost[] = {
        "total cost of the acquisition to",  "total cost of the purchase to",
        "total cost of the deal to",         "total value of the deal to",
        "total value of the transaction to", NULL};
    size_t te;
    long t = ex_ty_find_phrase(a, s->t0, s->t1, total, &te);
    if (t >= 0 && ex_ty_find_phrase(a, s->t0, (size_t)t, per_share, NULL) < 0) t = -1;
    if (t < 0) t = ex_ty_find_phrase(a, s->t0, s->t1, cost, &te);
    if (t < 0) return;
    const num_t *m = NULL;
    for (size_t q = 0; q < a->nnums && !m; q++)
        if (!a->nums[q].pct && a->nums[q].cur[0] && a->nums[q].t0 >= te &&
            a->nums[q].t0 <= te + 2 && a->nums[q].t1 <= s->t1)
            m = &a->nums[q];
    event_t *ev = m ? ex_seg_event(a, s->seg, EVENT_ACQUISITION) : NULL;
    if (!ev || event_get(ev, "amount")) return;
    if (!ex_sent_names_only(a, s, ev)) return;
    ex_set_money(a, ev, m, 1);
}

/* "Mallory, which made the 140 mln dlr offer in September, said": the size of the offer the
 * segment told, by the bidder the sentence opens with, when the deal has none. */
static void offer_made_followup(art_t *a, const sent_t *s)
{
    static const char *const made[] = {"made the", "launched the", NULL};
    static const char *const offer_w[] = {"offer", "bid", "proposal", NULL};
    size_t me;
    long mk = ex_ty_find_phrase(a, s->t0, s->t1, made, &me);
    if (mk < 0 || !a->nments || a->ments[0].t0 != s->t0) return;
    const num_t *m = NULL;
    for (size_t q = 0; q < a->nnums && !m; q++)
        if (!a->nums[q].pct && a->nums[q].cur[0] && a->nums[q].t0 == me && a->nums[q].t1 < s->t1)
            m = &a->nums[q];
    if (!m || !ex_ty_is(a, m->t1, offer_w)) return;
    const char *bidder = ex_co_id(a, a->ments[0].co);
    for (size_t i = a->out->n; i-- > a->out_base;) {
        event_t *ev = &a->out->items[i];
        if (a->ev_seg[i - a->out_base] != s->seg) break;
        if (ev->type != EVENT_ACQUISITION || ev->source.offset == (long long)s->off) continue;
        const char *acq = deal_role(ev, "acquirer");
        if (!acq || strcmp(acq, bidder) != 0) continue;
        if (!event_get(ev, "amount")) ex_set_money(a, ev, m, 1);
        return;
    }
}

/* "agreed to sell its Vejle Pumps division to Brugge Manufacturing Co for 112 mln dlrs in cash
 * and its Lokeren Plastics unit to Genk Chemical Corp for about 75 mln dlrs": a second part
 * sold by the same seller in the sentence's second clause, to a buyer of its own. */
static void second_part_sale(art_t *a, const sent_t *s)
{
    static const char *const part[] = {"unit",  "division",   "subsidiary", "business",
                                       "units", "operations", NULL};
    event_t *first = NULL;
    if (ex_ty_find_one(a, s->t0, s->t1, "and its") < 0) return;
    for (size_t i = a->out->n; i-- > a->out_base && !first;) {
        event_t *o = &a->out->items[i];
        if (a->ev_seg[i - a->out_base] != s->seg) continue;
        const char *k = event_get_str(o, "kind");
        const char *b = deal_role(o, "acquirer");
        if (o->type != EVENT_ACQUISITION || !k || strcmp(k, "divestiture") != 0 ||
            !deal_role(o, "seller") || !b)
            continue;
        /* (told by this sentence, or the headline's, whose buyer this sentence names) */
        for (size_t m = 0; m < a->nments && !first; m++)
            if (a->ments[m].t0 >= s->t0 && a->ments[m].t1 <= s->t1 &&
                strcmp(ex_co_id(a, a->ments[m].co), b) == 0)
                first = o;
    }
    if (!first) return;
    const char *seller = deal_role(first, "seller"), *buyer1 = deal_role(first, "acquirer");
    for (long an = ex_ty_find_one(a, s->t0, s->t1, "and its"); an >= 0;
         an = ex_ty_find_one(a, (size_t)an + 1, s->t1, "and its")) {
        size_t q = (size_t)an + 2;
        long pw = ex_ty_find(a, q, q + 6 < s->t1 ? q + 6 : s->t1, part);
        if (pw < 0 || (size_t)pw + 2 >= s->t1 || !ex_tok_is(a, (size_t)pw + 1, "to")) continue;
        long kb = ex_ment_after(a, (size_t)pw + 2, (size_t)pw + 3);
        if (kb < 0) continue;
        const char *b2 = ex_co_id(a, a->ments[kb].co);
        if (strcmp(b2, buyer1) == 0 || strcmp(b2, seller) == 0) continue;
        /* (the buyer of the first part named before "and its", in this sentence) */
        int first_before = 0;
        for (size_t m = 0; m < a->nments && !first_before; m++)
            first_before = a->ments[m].t0 >= s->t0 && a->ments[m].t1 <= (size_t)an &&
                           strcmp(ex_co_id(a, a->ments[m].co), buyer1) == 0;
        if (!first_before) continue;
        party_t p[3];
        size_t np = 0;
        const registry_entry_t *sen = registry_find(a->x->reg, seller);
        int spv = sen ? -1 : ex_prov_find(a, seller);
        if (!sen && spv < 0) return;
        p[np].co.ent = sen, p[np].co.prov = spv, p[np++].role = "seller";
        long kt = ex_ment_after(a, q, (size_t)pw);
        if (kt >= 0) p[np].co = a->ments[kt].co, p[np++].role = "target";
        p[np].co = a->ments[kb].co, p[np++].role = "acquirer";
        event_t ev;
        if (ex_make_event(a, &ev, EVENT_ACQUISITION, p, np)) return;
        ex_set_str(a, &ev, "kind", "divestiture");
        const char *st = event_get_str(first, "status");
        if (st) ex_set_str(a, &ev, "status", st);
        for (size_t n = 0; n < a->nnums; n++)
            if (!a->nums[n].pct && a->nums[n].cur[0] && a->nums[n].v >= 1000 &&
                a->nums[n].t0 > a->ments[kb].t1 && a->nums[n].t0 <= a->ments[kb].t1 + 5 &&
                a->nums[n].t1 <= s->t1) {
                ex_set_money(a, &ev, &a->nums[n], 1);
                break;
            }
        /* (the first part by its index: emitting may move the list) */
        size_t fi = (size_t)(first - a->out->items);
        ex_emit(a, s, &ev, ex_sentence_date(a, 0));
        first = &a->out->items[fi];
        /* (and the first part its own sum, not a headline's total of the two: "TO SELL TWO
         * UNITS FOR 187 MLN DLRS") */
        for (size_t m = 0; m < a->nments; m++) {
            if (a->ments[m].t0 < s->t0 || a->ments[m].t1 > (size_t)an ||
                strcmp(ex_co_id(a, a->ments[m].co), buyer1) != 0)
                continue;
            size_t e = a->ments[m].t1;
            while (e < (size_t)an && (ex_tk(a, e)->flags & EXTRACT_TOK_ANGLE)) e++;
            for (size_t n = 0; n < a->nnums; n++)
                if (!a->nums[n].pct && a->nums[n].cur[0] && a->nums[n].v >= 1000 &&
                    a->nums[n].t0 > e && a->nums[n].t0 <= e + 4 && a->nums[n].t1 <= (size_t)an) {
                    ex_set_money(a, first, &a->nums[n], 1);
                    break;
                }
            break;
        }
        return;
    }
}

void ex_rule_followup(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    (void)h;
    if (!ex_ty_sentence_ok(s)) return;
    second_part_sale(a, s);
    deal_value_followup(a, s);
    offer_made_followup(a, s);
    proceeds_followup(a, s);
    deal_total_followup(a, s);
    deal_end_followup(a, s);
    deal_paid_followup(a, s);
    stake_price_followup(a, s);
    stake_total_followup(a, s);
    /* "The stake, held through shares and derivatives, was raised to 10.4% from 8.9%": a
     * sentence that opens with "The stake" and names no company sizes the stake the article's
     * last investment told, unless that one has its size */
    if (s->t0 + 4 >= s->t1 || !ex_tok_is(a, s->t0, "the") || !ex_tok_is(a, s->t0 + 1, "stake"))
        return;
    for (size_t m = 0; m < a->nments; m++)
        if (a->ments[m].t0 >= s->t0 && a->ments[m].t0 < s->t1) return;
    const num_t *n = NULL;
    for (size_t q = 0; q < a->nnums && !n; q++)
        if (a->nums[q].pct && a->nums[q].t0 > s->t0 + 2 && a->nums[q].t1 <= s->t1 &&
            ex_tok_is(a, a->nums[q].t0 - 1, "to"))
            n = &a->nums[q];
    if (!n) return;
    event_t *ev = segment_news_stake(a, s);
    if (ev && !event_get(ev, "stake_percent") && event_set_num(ev, "stake_percent", n->v))
        a->oom = 1;
}

/* The company of ev in role r (NULL when none). */
static const char *deal_role(const event_t *ev, const char *r)
{
    for (size_t c = 0; c < ev->ncompanies; c++)
        if (ev->companies[c].role && strcmp(ev->companies[c].role, r) == 0)
            return ev->companies[c].id;
    return NULL;
}

int ex_deal_headline_echo(const art_t *a, size_t k)
{
    const event_t *h = &a->out->items[a->out_base + k];
    /* (the first sentence a headline: no full stop closes it) */
    if ((h->type != EVENT_ACQUISITION && h->type != EVENT_INVESTMENT) || !a->nsents ||
        h->source.offset != (long long)a->sents[0].off || a->ev_seg[k] != 0 ||
        a->sents[0].t1 <= a->sents[0].t0 || ex_tok_is(a, a->sents[0].t1 - 1, "."))
        return 0;
    int hc = 0;
    event_get_bool(h, "context", &hc);
    const char *ht = deal_role(h, h->type == EVENT_ACQUISITION ? "target" : "investee");
    const char *ha = deal_role(h, h->type == EVENT_ACQUISITION ? "acquirer" : "investor");
    static const char *const part[] = {"unit", "subsidiary", "units", "division", NULL};
    int unit = ex_ty_find(a, a->sents[0].t0, a->sents[0].t1, part) >= 0;
    /* ("DORRANCE <DORR> TO BUY PELL INSTRUMENTS, SELLS CASTINGS UNIT": a seller alone, the
     * company another deal buys, is the headline misread) */
    const char *hs = h->ncompanies == 1 ? deal_role(h, "seller") : NULL;
    for (size_t j = 0; a->out_base + j < a->out->n; j++) {
        const event_t *b = &a->out->items[a->out_base + j];
        if (j == k || (b->type != EVENT_ACQUISITION && b->type != EVENT_INVESTMENT) ||
            a->ev_seg[j] != 0)
            continue;
        int bc = 0;
        event_get_bool(b, "context", &bc);
        if (hs && event_has_company(b, hs) &&
            !(deal_role(b, "seller") && strcmp(deal_role(b, "seller"), hs) == 0))
            return 1;
        if (b->source.offset == h->source.offset) continue;
        if (bc != hc) continue;
        /* "CORBIN HOLDINGS SELLS AMES BROTHERS <AMBR> STAKE" over "sold its 22 pct stake in Ames
         * Brothers Inc to Dalby Corp": every company of the headline's deal is in the body's,
         * which tells it whole */
        int all = b->ncompanies > h->ncompanies;
        for (size_t c = 0; c < h->ncompanies && all; c++)
            all = event_has_company(b, h->companies[c].id);
        if (all) return 1;
        /* "FENNIMORE <FNMR> UNIT TO ACQUIRE BRISTOW SCREW" over "Fennimore Corp's Apex Fastener
         * Co unit said it agreed to acquire Bristow": the unit buys, not its parent */
        const char *bt = deal_role(b, b->type == EVENT_ACQUISITION ? "target" : "investee");
        const char *ba = deal_role(b, b->type == EVENT_ACQUISITION ? "acquirer" : "investor");
        /* (the body names the parent too: "Fennimore Corp's Apex Fastener Co unit") */
        const char *pname = NULL;
        for (size_t c = 0; c < h->ncompanies && ha; c++)
            if (strcmp(h->companies[c].id, ha) == 0) pname = h->companies[c].name;
        if (unit && ht && bt && ha && ba && strcmp(ht, bt) == 0 && strcmp(ha, ba) != 0 && pname &&
            b->source.sentence && strstr(b->source.sentence, pname))
            return 1;
    }
    return 0;
}
