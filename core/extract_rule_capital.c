/* extract_rule_capital: what a company does with its capital. Dividends (declared,
 * raised, cut, suspended, resumed, special; the amount a share and its change),
 * buybacks (authorized, expanded, completed, suspended; the amount), stock splits
 * (the ratio, reverse or not) and financing (bonds, loans, credit facilities,
 * share offerings, IPOs, convertibles; the amount raised). */
#include "extract_int.h"

#include <stdio.h>
#include <string.h>

/* Is s a title: the article's first sentence, or a related story's headline, with no full
 * stop at its end? */
static int title_sentence(const art_t *a, const sent_t *s)
{
    if (!(s == a->sents || s->headline) || s->t1 <= s->t0) return 0;
    return !ex_tok_is(a, s->t1 - 1, ".");
}

/* The first money amount of [lo, hi) that is not a price a share, or NULL. */
static const ty_amount_t *ty_amount_in(const ty_amount_t *am, size_t n, size_t lo, size_t hi,
                                       int per_share)
{
    for (size_t q = 0; q < n; q++)
        if (am[q].t0 >= lo && am[q].t0 < hi && am[q].per_share == per_share) return &am[q];
    return NULL;
}

/* The first percentage in [lo, hi), or NULL. */
static const num_t *ty_pct_in(const art_t *a, size_t lo, size_t hi)
{
    for (size_t q = 0; q < a->nnums; q++)
        if (a->nums[q].pct && a->nums[q].t0 >= lo && a->nums[q].t0 < hi) return &a->nums[q];
    return NULL;
}

/* The company of the clause [lo, hi) doing what token at says: the mention nearest before
 * it in the clause, else the sentence's subject. */
static int ty_clause_subject(art_t *a, const sent_t *s, size_t lo, size_t at, co_t *c)
{
    size_t cut = at;
    long k = ex_ment_no_backer(a, ex_ment_before(a, at, lo), lo, &cut);
    /* "Tanfield owns a 24 per cent stake in Smith and had raised 2.2 mln pounds": a verb after
     * "and" past the company named last has the clause's first company for subject */
    static const char *const and_verb[] = {"had",  "has",   "have",   "will",  "would",
                                           "also", "later", "raised", "plans", "then",
                                           "said", "says",  "that",   NULL};
    if (k > 0) {
        long m0 = ex_ment_after(a, lo, a->ments[k].t0);
        for (size_t q = a->ments[k].t1; m0 >= 0 && m0 < k && q + 1 < at; q++)
            if (ex_tok_is(a, q, "and") && ex_ty_is(a, q + 1, and_verb)) {
                if (!a->ments[m0].regulator && !ex_co_eq(a, a->ments[m0].co, a->ments[k].co))
                    k = m0;
                break;
            }
    }
    /* "Calloway, which announced the Oberon deal in September, plans to sell bonds": not a
     * company inside a relative clause closed before the verb */
    k = ex_ment_outside_rel(a, k, lo, at);
    /* ("Keller & Voss rejects sweetened 4.1 bln stg Ardent bid, unveils buyback": a headline's
     * verb after a comma has the headline's first company for subject) */
    if (k > 0 && title_sentence(a, s) && ex_ty_find_one(a, a->ments[k].t1, at, ",") >= 0) {
        long k0 = ex_ment_after(a, s->t0, a->ments[k].t0);
        if (k0 >= 0 && k0 < k && !a->ments[k0].regulator) k = k0;
    }
    /* ... nor one in an appositive closed before it: "General Motors Acceptance Corp, the
     * financing arm of General Motors Corp, is offering" */
    if (k > 0 && ex_ty_find_one(a, a->ments[k].t1, at, ",") >= 0) {
        static const char *const det[] = {"the", "a", "an", "its", NULL};
        for (size_t q = a->ments[k].t0; q-- > lo && q + 10 > a->ments[k].t0;)
            if (ex_tok_is(a, q, ",")) {
                long k0 = ex_ment_before(a, q + 1, lo);
                if (k0 >= 0 && k0 < k && a->ments[k0].t1 == q && q + 1 < a->ments[k].t0 &&
                    ex_ty_is(a, q + 1, det))
                    k = k0;
                break;
            }
    }
    /* ("was cut to junk status by Sarratt Ratings on Thursday, hours after the company said it
     * would suspend its quarterly dividend": the description speaking after the company named
     * is the one the clause is about) */
    static const char *const desc_w[] = {"company", "group", "firm", NULL};
    static const char *const said_w[] = {"said", "says", "announced", NULL};
    if (k >= 0)
        for (size_t q = a->ments[k].t1; q + 2 < at; q++)
            if (ex_tok_is(a, q, "the") && ex_ty_is(a, q + 1, desc_w) &&
                ex_ty_is(a, q + 2, said_w)) {
                co_t d;
                if (ex_resolve_desc(a, s, q, q + 2, NULL, 0, &d) &&
                    !ex_co_eq(a, d, a->ments[k].co)) {
                    *c = d;
                    return 1;
                }
                break;
            }
    if (k >= 0) {
        *c = a->ments[k].co;
        return 1;
    }
    /* ("Zamora Home Stores Files Voluntary Chapter 11 Petitions; Secures $125 Million
     * Debtor-in-Possession Financing": a headline's clause after ";" has the headline's
     * company for subject) */
    if (lo > s->t0 && title_sentence(a, s) && ex_ty_is(a, lo, ex_head_verbs)) {
        long k0 = ex_ment_after(a, s->t0, lo);
        if (k0 >= 0 && a->ments[k0].t0 < s->t0 + 3) {
            *c = a->ments[k0].co;
            return 1;
        }
    }
    if (lo > s->t0) return 0;
    if (cut < at && ex_resolve_desc(a, s, s->t0, cut, NULL, 0, c)) return 1;
    return ex_ty_subject(a, s, at, c);
}

/* The company of a payout or issue told before, "The ..." opening the body's sentence s within
 * span words of its word at and no company named before it: the article's company, stored
 * in *c (not one named after it). Returns 1 when so. */
static int ty_told_before(const art_t *a, const sent_t *s, size_t at, size_t span, co_t *c)
{
    return at <= s->t0 + span && ex_tok_is(a, s->t0, "the") && s->seg == 0 &&
           ex_ment_before(a, at, s->t0) < 0 && ex_article_subject(a, c);
}

/* Is the dividend at token at paid in stock at a percentage ("a two pct stock dividend",
 * "its 10 per cent stock distribution"): one declared though no amount a share is named? */
static int div_in_stock(const art_t *a, size_t lo, size_t at)
{
    static const char *const pct[] = {"pct", "percent", "cent", "%", NULL};
    return at >= lo + 3 && ex_tok_is(a, at - 1, "stock") && ex_ty_is(a, at - 2, pct);
}

/* Is the dividend at token at the subject of a passive verb of verbs ("is lifted", "was cut",
 * "has been raised", "will be increased"), or of a verb of change of the lexicon's class moved
 * (LEX_UP for raises, LEX_DOWN for cuts) right after it ("rose 7.1 per cent", "fell to 5p")? */
static int div_passive(const art_t *a, size_t at, size_t hi, const char *const *verbs, int moved)
{
    static const char *const be[] = {"is", "was", "be", "been", "are", "were", NULL};
    size_t j = at + 1;
    /* ("The quarterly dividend of Hollister Oil Corp was reduced": past the company's name) */
    if (j + 1 < hi && ex_tok_is(a, j, "of")) {
        long k = ex_ment_after(a, j + 1, j + 2);
        if (k >= 0) {
            j = a->ments[k].t1;
            while (j < hi && (ex_tok_is(a, j, ">") || ex_class_at(a, j, j + 1, LEX_CORPSFX, NULL)))
                j++;
        }
    }
    /* ("The quarterly dividend will rise to 46 cents": the verb itself after "will") */
    if (j + 1 < hi && ex_tok_is(a, j, "will") && ex_tok_is(a, j + 1, "rise") &&
        ex_ty_is(a, j + 1, verbs))
        return 1;
    /* ("the total dividend rose 7.1 per cent to 8.9p", "the dividend fell to 5p": a verb of
     * change right after it; a dividend named, not a figure "after dividends") */
    if (j < hi && ex_class_at(a, j, hi, moved, NULL) && at > 0 && !ex_tok_is(a, at - 1, "after") &&
        !ex_tok_is(a, at - 1, "before") && !ex_tok_is(a, at, "dividends"))
        return 1;
    if (j < hi && (ex_tok_is(a, j, "has") || ex_tok_is(a, j, "will") || ex_tok_is(a, j, "have")))
        j++;
    return j + 1 < hi && ex_ty_is(a, j, be) && ex_ty_is(a, j + 1, verbs);
}

/* A dividend told at token at of the clause [lo, hi) of s, whose subject is sought from
 * token slo (lo, or the start of the sentence's first clause for a verb after "and"). */
static void ty_dividend(art_t *a, const sent_t *s, size_t slo, size_t lo, size_t hi, size_t at,
                        const ty_amount_t *am, size_t na)
{
    static const char *const special[] = {"special", "supplementary", "extra", "one-off", NULL};
    static const char *const suspend[] = {
        "suspend", "suspends", "suspended", "suspending", "halt",    "halted",    "halts",
        "scrap",   "scrapped", "scraps",    "omit",       "omitted", "eliminate", "eliminated",
        "stopped", "stop",     "skipped",   "skips",      "skip",    "omits",     NULL};
    static const char *const passed[] = {"passed", "passes", NULL};
    static const char *const resume[] = {"resume",    "resumed",    "resumes",
                                         "reinstate", "reinstated", "restore",
                                         "restored",  "resumption", NULL};
    static const char *const raise[] = {
        "raised",    "raises",  "raise",    "raising", "lifted",  "lifts",   "lift", "increased",
        "increases", "hiked",   "hikes",    "boosted", "boosts",  "rises",   "rise", "upped",
        "ups",       "doubled", "doubling", "double",  "tripled", "trebled", NULL};
    static const char *const cut[] = {"cut",     "cuts",    "slashed", "slashes",
                                      "reduced", "reduces", "lowered", "trimmed",
                                      "halved",  "cutting", NULL};
    static const char *const declare[] = {
        "declared",   "declares",  "declare", "approved",  "announced", "pay",
        "will pay",   "set",       "sets",    "initiated", "initiates", "kept",
        "maintained", "unchanged", "payable", "make",      "makes",     NULL};
    /* "redeemed at 100.75 dlrs plus accrued and unpaid dividends of 2.25 dlrs": what a
     * preferred share is owed when it is called, not a dividend declared */
    static const char *const owed[] = {"accrued", "accumulated", "unpaid", NULL};
    static const char *const redeem[] = {"redeem", "redeemed", "redemption", "redeems", NULL};
    /* "American Security shareholders will be entitled to receive the 32-1/2 ct per share
     * Maryland National regular quarterly dividend": a term of a deal, no dividend declared */
    static const char *const entitled[] = {"entitled", NULL};
    static const char *const raise_noun[] = {"increase", "hike", "rise", "jump", NULL};
    size_t vlo = at > lo + 6 ? at - 6 : lo;
    const char *action = NULL;
    int sign = 0;
    long jn;
    /* "the housebuilder declared no dividend for 2012", "will pay no final dividend": none
     * paid is told, a dividend omitted */
    static const char *const paid[] = {"declared", "declares", "pay", "pays", "paid", NULL};
    size_t nq = at;
    while (nq > lo && at - nq < 3 && (ex_tk(a, nq - 1)->flags & EXTRACT_TOK_LOWER) &&
           !ex_tok_is(a, nq - 1, "no"))
        nq--;
    int none_paid = nq > lo + 1 && ex_tok_is(a, nq - 1, "no") && ex_ty_is(a, nq - 2, paid);
    /* ("there will be no cash distribution to the unit holders in March", "it would not pay an
     * interim dividend") */
    static const char *const be_w[] = {"be", "is", "was", NULL};
    if (!none_paid && nq > lo + 2 && ex_tok_is(a, nq - 1, "no") && ex_ty_is(a, nq - 2, be_w) &&
        (ex_tok_is(a, nq - 3, "will") || ex_tok_is(a, nq - 3, "there") ||
         ex_tok_is(a, nq - 3, "would")))
        none_paid = 1;
    static const char *const policy[] = {"does", "do", "has", "have", "had", NULL};
    for (size_t k = at > lo + 5 ? at - 5 : lo + 1; !none_paid && k < at; k++)
        if (ex_ty_is(a, k, paid) && ex_tok_is(a, k - 1, "not") &&
            ex_ty_find(a, k, at, special) < 0 &&
            /* (not a policy: "The company does not pay a cash dividend", "has not paid a
             * dividend since 1982") */
            !(k >= lo + 2 && ex_ty_is(a, k - 2, policy))) {
            size_t q = k + 1;
            while (q < at && (ex_tk(a, q)->flags & EXTRACT_TOK_LOWER)) q++;
            none_paid = q == at;
        }
    /* "would pay its regular quarterly dividend of 20 cts a share on April 15 as previously
     * declared": a dividend told before, paid as planned */
    static const char *const before[] = {"as previously declared", "as previously announced",
                                         "previously declared", NULL};
    if (ex_ty_find(a, at > lo + 3 ? at - 3 : lo, at, owed) >= 0 ||
        ex_ty_find_phrase(a, lo, hi, before, NULL) >= 0 || ex_ty_find(a, lo, hi, redeem) >= 0 ||
        ex_ty_find(a, lo, at, entitled) >= 0 || (!none_paid && ex_ty_negated(a, s, at, 0)))
        return;
    /* "The special dividend is payable July 10 to holders of record June 26": the dividend the
     * segment told, its schedule told after it (no company named: the one told) */
    static const char *const sched[] = {"is payable", "will be payable", "will be paid",
                                        "is to be paid", NULL};
    if (lo == s->t0 && ex_tok_is(a, s->t0, "the") && at <= s->t0 + 3 &&
        ex_ty_find_phrase(a, at + 1, at + 4 < hi ? at + 4 : hi, sched, NULL) >= 0 &&
        ex_seg_event(a, s->seg, EVENT_DIVIDEND))
        return;
    /* ("will continue to pay the regular quarterly dividend of 56-1/4 cts a share on its 2.25
     * dlr cumulative convertible preferred stock", after the common's dividend omitted: the
     * preferred's payout, none of the common dividend the segment told) */
    static const char *const pref[] = {"preferred", "preference", NULL};
    if (ex_ty_find(a, at, at + 16 < hi ? at + 16 : hi, pref) >= 0 && s > a->sents) {
        const event_t *d = ex_seg_event(a, s->seg, EVENT_DIVIDEND);
        const char *da = d ? event_get_str(d, "action") : NULL;
        if (d && d->source.offset != (long long)s->off && da && strcmp(da, "suspended") == 0)
            return;
    }
    /* "would pay an $8.5bn dividend to its two parents": a total declared, no amount a share */
    int total = 0;
    for (size_t q = 0; q < na && !total; q++)
        total = !am[q].per_share && am[q].t1 <= at && am[q].t1 + 2 >= at && am[q].t0 >= lo;
    if (none_paid)
        action = "suspended";
    else if (ex_ty_find(a, vlo, at, special) >= 0)
        action = "special";
    else if (ex_ty_find(a, vlo, at + 1, suspend) >= 0)
        action = "suspended";
    /* "passed its quarterly dividend" (the wires' word for an omitted one), not "passed a
     * resolution to raise its dividend" */
    else if (ex_ty_find(a, at > vlo + 3 ? at - 3 : vlo, at, passed) >= 0 &&
             ex_ty_find(a, vlo, hi, raise) < 0)
        action = "suspended";
    else if (ex_ty_find(a, vlo, at + 1, resume) >= 0)
        action = "resumed";
    else if (ex_ty_find(a, vlo, at, raise) >= 0)
        action = "raised", sign = 1;
    /* "a dividend increase of almost 30 per cent", "a dividend hike", "a 52 per cent jump in
     * its full-year dividend", "approved an increase of the quarterly base dividend" */
    else if ((at + 1 < hi && ex_ty_is(a, at + 1, raise_noun) &&
              !(at > lo && ex_tok_is(a, at - 1, "no"))) ||
             ((jn = ex_ty_find(a, at > lo + 9 ? at - 9 : lo, at, raise_noun)) >= 0 &&
              (size_t)jn + 1 < at &&
              (ex_tok_is(a, (size_t)jn + 1, "in") || ex_tok_is(a, (size_t)jn + 1, "of")) &&
              !((size_t)jn > lo && ex_tok_is(a, (size_t)jn - 1, "no"))))
        action = "raised", sign = 1; /* (not "no increase in its dividend") */
    else if (ex_ty_find(a, vlo, at, cut) >= 0)
        action = "cut", sign = -1;
    /* "the interim dividend is lifted 12.3 per cent to 4.37p", "the dividend was cut to 10
     * cents": the verb after it, in the passive */
    else if (div_passive(a, at, hi, raise, LEX_UP))
        action = "raised", sign = 1;
    else if (div_passive(a, at, hi, cut, LEX_DOWN))
        action = "cut", sign = -1;
    else if (ex_ty_find(a, vlo, hi, declare) >= 0 &&
             (ty_amount_in(am, na, lo, hi, 1) || div_in_stock(a, lo, at) || total))
        action = "declared";
    /* "the full year dividend was 6.76p, up 11.4 per cent", "a dividend of 9.2 cents": an
     * amount of cents or pence right after the dividend is its amount a share */
    const ty_amount_t *small = NULL;
    if (at + 2 < hi && (ex_tok_is(a, at + 1, "of") || ex_tok_is(a, at + 1, "was") ||
                        ex_tok_is(a, at + 1, "is") || ex_tok_is(a, at + 1, "at")))
        for (size_t q = 0; q < na && !small; q++)
            if (am[q].t0 == at + 2 && am[q].v > 0 && am[q].v < 50) small = &am[q];
    /* ("The first dividend, of four cts a share on the increased number of shares, will be
     * paid Feb 16": its amount after a comma and "of"; a first one to be paid is declared) */
    if (!small && at + 3 < hi && ex_tok_is(a, at + 1, ",") && ex_tok_is(a, at + 2, "of")) {
        for (size_t q = 0; q < na && !small; q++)
            if (am[q].per_share && am[q].t0 == at + 3 && am[q].v > 0 && am[q].v < 50)
                small = &am[q];
        static const char *const first_w[] = {"first", "initial", NULL};
        if (small && !action && ex_ty_find(a, vlo, at, first_w) >= 0 &&
            ex_ty_find_one(a, at, hi, "be paid") >= 0)
            action = "declared";
    }
    /* ("declared a two-for-one stock split and the company's first cash dividend, a
     * quarterly payment of five cts a share": its amount in an appositive after it) */
    if (!small && at + 3 < s->t1 && ex_tok_is(a, at + 1, ",") &&
        (ex_tok_is(a, at + 2, "a") || ex_tok_is(a, at + 2, "an"))) {
        for (size_t q = 0; q < na && !small; q++)
            if (am[q].per_share && am[q].t0 > at + 2 && am[q].t0 <= at + 8 && am[q].v > 0 &&
                am[q].v < 50 && ex_ty_find_one(a, at + 2, am[q].t0, ",") < 0)
                small = &am[q];
        if (small && !action && ex_ty_find(a, vlo, at, declare) >= 0) action = "declared";
    }
    /* "raised its interim dividend by 8% to 9.2p": pence or cents after "to" a few words on,
     * the amount of a dividend raised or cut */
    if (action && (strcmp(action, "raised") == 0 || strcmp(action, "cut") == 0))
        for (size_t q = 0; q < na && !small; q++)
            if (am[q].t0 > at && am[q].t0 <= at + 14 && am[q].t0 < hi &&
                ex_tok_is(a, am[q].t0 - 1, "to") && am[q].v > 0 &&
                (am[q].v < 1 || (am[q].per_share && am[q].v < 50)))
                small = &am[q]; /* (any currency: "to C$0.78 from C$0.75") */
    if (small && (!action || strcmp(action, "declared") == 0)) {
        static const char *const up[] = {"up", "higher", NULL};
        static const char *const down[] = {"down", "lower", NULL};
        size_t ahi = small->t1 + 3 < hi ? small->t1 + 3 : hi;
        if (ex_ty_find(a, small->t1, ahi, up) >= 0)
            action = "raised", sign = 1;
        else if (ex_ty_find(a, small->t1, ahi, down) >= 0)
            action = "cut", sign = -1;
        else
            action = "declared";
    }
    /* ("declared a quarterly dividend of 10 cts a share, its first payout since the textile
     * maker suspended dividends in the third quarter of 1985": resumed) */
    static const char *const first_since[] = {"first payout since", "first dividend since",
                                              "first dividend payment since", NULL};
    if (action && strcmp(action, "declared") == 0 &&
        ex_ty_find_phrase(a, at, hi, first_since, NULL) >= 0)
        action = "resumed";
    /* "declared a quarterly dividend of $0.12 per share, an increase of 20% from the prior
     * dividend": the change told after the amount */
    const num_t *after = NULL;
    if (action && strcmp(action, "declared") == 0) {
        static const char *const incr[] = {"increase", "increased", "hike", NULL};
        static const char *const decr[] = {"decrease", "decreased", "reduction", NULL};
        long w = ex_ty_find(a, at + 1, hi, incr);
        int sg = w >= 0 ? 1 : (w = ex_ty_find(a, at + 1, hi, decr)) >= 0 ? -1 : 0;
        size_t wlo = w > (long)at + 3 ? (size_t)w - 3 : at + 1;
        /* ("an increase of $0.02, or 6.3%, from the dividend paid in the prior quarter") */
        if (sg && (after = ty_pct_in(a, wlo, (size_t)w + 8 < hi ? (size_t)w + 8 : hi)) != NULL)
            action = sg > 0 ? "raised" : "cut", sign = sg;
    }
    if (!action || ex_ty_speculative(a, lo, at) || ex_ty_speculative(a, at, hi)) return;
    /* "analysts expect a dividend increase", "investors had been expecting BHP to offer a
     * special dividend": none yet (a suspension expected is told as news, below) */
    static const char *const expect[] = {"expect",    "expects",  "expected",
                                         "expecting", "forecast", "forecasts",
                                         "predict",   "predicts", NULL};
    long ew = ex_ty_find(a, lo, at, expect);
    if (strcmp(action, "suspended") != 0 && ew >= 0 &&
        !((size_t)ew > lo && ex_tok_is(a, (size_t)ew - 1, "than"))) /* "earlier than expected" */
        return;
    if (ex_ty_future(a, vlo, at) && strcmp(action, "suspended") != 0) {
        /* "plans to raise its dividend" is not yet a raise; a planned suspension is news;
         * "said it would pay" reports a decision */
        static const char *const will[] = {"will", NULL};
        static const char *const would[] = {"would", NULL};
        static const char *const said[] = {"said", "says", NULL};
        long wd = ex_ty_find(a, vlo, at, would);
        if (ex_ty_find(a, vlo, at, will) < 0 &&
            !(wd >= 0 &&
              ex_ty_find(a, (size_t)wd > lo + 3 ? (size_t)wd - 3 : lo, (size_t)wd, said) >= 0))
            return;
    }
    co_t c;
    /* ("The special dividend and the ASR will be funded with part of the proceeds from the
     * sale of its wine business to Saxonbury Vintners") */
    if (!(slo == s->t0 && ty_told_before(a, s, at, 3, &c)) && !ty_clause_subject(a, s, slo, at, &c))
        return;
    party_t p = {c, "subject"};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_DIVIDEND, &p, 1)) return;
    ex_set_str(a, &ev, "action", action);
    const ty_amount_t *ps = ty_amount_in(am, na, lo, hi, 1);
    /* ("reported earnings of C$2.14 per share ... and raised its quarterly dividend to C$0.78":
     * the amount the payout moved to, not an earlier figure a share) */
    if (!ps || (small && ps->t0 < at && small->t0 > at)) ps = small;
    /* ("voted to omit the quarterly dividend ..., which had been eight cts a share": the payout
     * it had, not one paid) */
    static const char *const was[] = {"had been",  "previously", "formerly",
                                      "last paid", "was",        NULL};
    if (ps && strcmp(action, "suspended") == 0 &&
        ex_ty_find_phrase(a, ps->t0 > lo + 3 ? ps->t0 - 3 : lo, ps->t0, was, NULL) >= 0)
        ps = NULL;
    if (ps) {
        ex_set_num(a, &ev, "amount_per_share", ps->v);
        ex_set_str(a, &ev, "currency", ps->cur);
    }
    /* "cut its interim dividend by half to 0.45 euros" (a percentage later in the sentence
     * is of something else) */
    static const char *const half[] = {"by half", "in half", "halved", "halves", NULL};
    int halved =
        strcmp(action, "cut") == 0 &&
        ex_ty_find_phrase(a, at > lo + 4 ? at - 4 : lo, at + 4 < hi ? at + 4 : hi, half, NULL) >= 0;
    /* (the change after the payout first: "Coastal Lumber (CSTL) +5%: Raised its quarterly
     * dividend 10%" is a raise of 10%) */
    const num_t *pct = halved  ? NULL
                       : after ? after
                       : sign  ? (ty_pct_in(a, at, hi) ? ty_pct_in(a, at, hi)
                                                       : ty_pct_in(a, at > lo + 6 ? at - 6 : lo, hi))
                               : NULL;
    /* (not one of a clause of its own after it: "cut its interim dividend to 10 cents from
     * 25 cents on Thursday, after underlying profit ... fell 47 per cent") */
    static const char *const clause_w[] = {"after", "as", "while", "because", "since", NULL};
    if (pct && !after && pct->t0 > at && ex_ty_find(a, at, pct->t0, clause_w) >= 0) pct = NULL;
    /* ("to $0.24 per share from $0.22 per share, an increase of 9%": the change named) */
    static const char *const change_n[] = {"increase", "rise",      "hike", "decrease",
                                           "cut",      "reduction", NULL};
    if (pct &&
        (after || !ps || ps == small || pct->t0 < ps->t0 || ex_tok_is(a, pct->t0 - 1, "by") ||
         (pct->t0 >= lo + 2 && ex_tok_is(a, pct->t0 - 1, "of") &&
          ex_ty_is(a, pct->t0 - 2, change_n))))
        ex_set_num(a, &ev, "change_percent", sign * (pct->v < 0 ? -pct->v : pct->v));
    /* "cut its quarterly dividend to 15 cents a share from 40 cents": the change from the
     * two amounts */
    if (!halved && ps && sign && event_get(&ev, "change_percent") == NULL)
        for (size_t q = 0; q < na; q++)
            if (&am[q] != ps && am[q].t0 > ps->t0 && am[q].t0 > lo && am[q].t0 < hi &&
                ex_tok_is(a, am[q].t0 - 1, "from") && am[q].v > 0 &&
                (strcmp(am[q].cur, ps->cur) == 0 ||
                 /* ("to 10 Australian cents from 25 cents": the bare cents are the same) */
                 (am[q].t1 == am[q].t0 + 2 &&
                  (ex_tok_is(a, am[q].t0 + 1, "cents") || ex_tok_is(a, am[q].t0 + 1, "cts"))))) {
                double ch = ex_ty_round1((ps->v - am[q].v) / am[q].v * 100);
                if ((ch > 0) == (sign > 0) && ch != 0) ex_set_num(a, &ev, "change_percent", ch);
                break;
            }
    /* "cut its quarterly dividend by half to 25 cents", "halved its dividend" */
    if (halved ||
        (!pct && strcmp(action, "cut") == 0 && ex_ty_find_phrase(a, lo, hi, half, NULL) >= 0))
        ex_set_num(a, &ev, "change_percent", -50);
    /* "The company suspended its quarterly dividend last month.": a payout decided before */
    static const char *const gone[] = {"last month", "last week",    "last year",
                                       "a year ago", "last quarter", NULL};
    /* (right after the payout: not "after profit rose 11% last year", nor "which bought Beta
     * last year") */
    size_t gh = at + 4 < hi ? at + 4 : hi;
    if (!ex_ty_set_context(a, &ev, s, at) &&
        (ex_ty_find_phrase(a, at, gh, gone, NULL) >= 0 || ex_ty_past_month(a, at, gh) ||
         /* ("The company omitted its dividend in 1985") */
         ex_ty_past_year(a, at, gh, 1)) &&
        event_set_bool(&ev, "context", 1))
        a->oom = 1;
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* The count of shares a buyback names in [lo, hi): a number, its scale, then "shares" past
 * "of its" and the kind ("up to 10 million of its common shares", "2.5 mln shares"); 0 when
 * none (not money: "$3.5 billion of shares" is an amount). */
static double bb_share_count(const art_t *a, size_t lo, size_t hi)
{
    static const char *const kind[] = {
        "of", "its",         "the", "company's", "common", "ordinary", "class",      "a",
        "b",  "outstanding", "own", "issued",    "stock",  "more",     "additional", NULL};
    for (size_t i = lo; i + 1 < hi; i++) {
        double v;
        /* ("up to two mln of its common shares": a count in words before its scale) */
        if (!(ex_tk(a, i)->flags & EXTRACT_TOK_NUM) &&
            !(ex_hit_at(a, i + 1, LEX_SCALE) && ex_ty_small_num(a, i, &v)))
            continue;
        int money = 0;
        for (size_t q = 0; q < a->nnums && !money; q++)
            money = a->nums[q].t0 <= i && a->nums[q].t1 > i;
        if (money) continue;
        if (!ex_ty_small_num(a, i, &v)) continue;
        size_t j = i + 1;
        /* "to 250,000 from 200,000 shares": the first figure is the count now */
        if (j + 2 < hi && ex_tok_is(a, j, "from") && (ex_tk(a, j + 1)->flags & EXTRACT_TOK_NUM) &&
            ex_tok_is(a, j + 2, "shares"))
            return ex_ty_round(v);
        const extract_lex_hit_t *sc = ex_hit_at(a, j, LEX_SCALE);
        if (sc) {
            v *= sc->entry->num;
            j = sc->t1;
        }
        while (j < hi && j < i + 8 && ex_ty_is(a, j, kind) && !ex_tok_is(a, j, "shares")) j++;
        if (j < hi && (ex_tok_is(a, j, "shares") || ex_tok_is(a, j, "stock")) && v >= 1)
            return ex_ty_round(v);
    }
    return 0;
}

/* Words of a company's debt issued as securities. */
static const char *const ty_debt_words[] = {"notes", "debentures", "bonds", "debt", NULL};

/* Returns 1 when what is bought back after token at, before hi, is debt (notes, bonds,
 * debentures) and not shares. */
static int ty_debt_bought(const art_t *a, size_t at, size_t hi)
{
    static const char *const shares[] = {"shares", "stock", "share", NULL};
    static const char *const rated[] = {"rating", "ratings", "levels", "load", NULL};
    /* (not "a planned five billion dlr stock repurchase would not affect the carmaker's debt
     * ratings") */
    if ((at > 0 && ex_ty_is(a, at - 1, shares)) || (at > 1 && ex_ty_is(a, at - 2, shares)))
        return 0;
    size_t e = at + 18 < hi ? at + 18 : hi;
    long d = ex_ty_find(a, at + 1, e, ty_debt_words);
    /* (what is bought back, after "of" a few words before the debt word: "up to 300 million
     * euros of its 1.375% notes"; not "a buyback on Tuesday and a plan to cut its debt") */
    long of = d >= 0
                  ? ex_ty_find_one(a, (size_t)d > at + 6 ? (size_t)d - 6 : at + 1, (size_t)d, "of")
                  : -1;
    return d >= 0 && of >= 0 && ex_ty_find(a, at + 1, (size_t)d, shares) < 0 &&
           !((size_t)d + 1 < e && ex_ty_is(a, (size_t)d + 1, rated));
}

static void ty_buyback(art_t *a, const sent_t *s, size_t lo, size_t hi, size_t at,
                       const ty_amount_t *am, size_t na)
{
    static const char *const auth_verb[] = {"approved",   "approves",   "authorized", "authorizes",
                                            "authorised", "authorises", "announced",  "announces",
                                            "launched",   "launches",   "unveiled",   "unveils",
                                            "unveiling",  "announcing", "launching",  NULL};
    static const char *const expand[] = {"expanded",  "expands", "expand",     "increased",
                                         "increases", "boosted", "additional", "added",
                                         "extra",     "raised",  "upsized",    "extends",
                                         "extended",  "extend",  "expanding",  NULL};
    static const char *const done[] = {"completed", "completes",   "finished",   "returned",
                                       "bought",    "repurchased", "completion", NULL};
    static const char *const suspend[] = {
        "suspended", "suspends", "suspend", "suspending", "paused",   "pauses", "pause",  "pausing",
        "halted",    "halts",    "halt",    "halting",    "scrapped", "scrap",  "scraps", NULL};
    static const char *const auth[] = {"approved",      "authorized", "authorised", "authorization",
                                       "authorisation", "announced",  "unveiled",   "unveils",
                                       "launch",        "launched",   "launching",  "launches",
                                       "new",           "plans",      "plan",       "programme",
                                       "program",       "will",       "would",      "news",
                                       "unveiling",     "announcing", NULL};
    size_t vlo = at > lo + 8 ? at - 8 : lo;
    const char *action = NULL;
    /* ("a tender offer to buy back up to 300 million euros of its 1.375% notes due 2025":
     * debt bought back, no shares) */
    if (ty_debt_bought(a, at, hi)) return;
    /* ("is not considering a share buyback", "would consider a buyback": none) */
    static const char *const maybe[] = {"consider", "considering", "considers", "weighing", NULL};
    if (ex_ty_negated(a, s, at, 0) || ex_ty_find(a, at > lo + 4 ? at - 4 : lo, at, maybe) >= 0)
        return;
    /* "The buyback, which will run until March 31, follows pressure from Elliott": the buyback
     * told before, told again */
    /* ("The new repurchase authorization, which runs through 2022, replaces ...") */
    if ((at == s->t0 + 1 || (at == s->t0 + 2 && ex_tok_is(a, s->t0 + 1, "new"))) &&
        ex_tok_is(a, s->t0, "the") && ex_seg_event(a, s->seg, EVENT_BUYBACK))
        return;
    long sw = ex_ty_find(a, vlo, hi, suspend);
    /* (not a programme it replaces "that was paused during the pandemic") */
    static const char *const rel[] = {"that", "which", NULL};
    /* (nor a pause gone by: "would buy back up to $500 million ..., after pausing
     * repurchases to fund the deal") */
    static const char *const after_w[] = {"after", "since", NULL};
    if (sw > (long)at &&
        ex_ty_find(a, sw > (long)at + 2 ? (size_t)sw - 2 : at, (size_t)sw, after_w) >= 0)
        sw = -1;
    /* (nor a maybe: "the program may be suspended or discontinued at any time") */
    static const char *const may_w[] = {"may", "can", "could", "might", NULL};
    if (sw >= (long)lo + 2 && ex_tok_is(a, (size_t)sw - 1, "be") &&
        ex_ty_is(a, (size_t)sw - 2, may_w))
        sw = -1;
    /* ("Gorsefield completes $2.2 billion Nantley deal, restarts buybacks": a headline's other
     * clause is not the buyback's) */
    static const char *const resumed[] = {"restarts",   "restart",    "restarted",
                                          "resumes",    "resume",     "resumed",
                                          "reinstates", "reinstated", NULL};
    long dn = ex_ty_find_last(a, vlo, at + 1, done);
    long xp = ex_ty_find_last(a, at > lo + 11 ? at - 11 : lo, at, expand);
    if (dn >= 0 && dn < (long)at && ex_ty_find_one(a, (size_t)dn, at, ",") >= 0) dn = -1;
    /* (not a share's move: "added 3.3 per cent to 1,912p after unveiling a £1bn buyback") */
    if (xp >= 0 && (size_t)xp + 1 < at && (ex_tk(a, (size_t)xp + 1)->flags & EXTRACT_TOK_NUM))
        for (size_t q = 0; q < a->nnums; q++)
            if (a->nums[q].pct && a->nums[q].t0 == (size_t)xp + 1) xp = -1;
    if (sw >= 0 && !(sw >= (long)lo + 2 && ex_tok_is(a, (size_t)sw - 1, "was") &&
                     ex_ty_find(a, (size_t)sw - 2, (size_t)sw - 1, rel) >= 0))
        action = "suspended";
    else if (ex_ty_find(a, vlo, at, resumed) >= 0)
        action = "authorized";
    else if (dn >= 0) /* ("bought back 2 million shares") */
        action = "completed";
    /* ("its directors added 100 mln dlrs to the company's share repurchase program") */
    /* (the last such word, with no verb of a new programme after it: "Increases Quarterly
     * Dividend 8% and Authorizes $500 Million Share Repurchase Program") */
    /* ("$1 Billion Increase to Share Repurchase Authorization": the noun right before) */
    else if (at >= lo + 3 && ex_tok_is(a, at - 3, "increase") &&
             (ex_tok_is(a, at - 2, "to") || ex_tok_is(a, at - 2, "in")))
        action = "expanded";
    else if (xp >= 0 && ex_ty_find(a, (size_t)xp + 1, at, auth_verb) < 0)
        action = "expanded";
    /* ("plans to return up to 1 billion euros to shareholders through share buybacks": the
     * plan a few words further back) */
    else if (ex_ty_find(a, at > lo + 13 ? at - 13 : lo, hi, auth) >= 0)
        action = "authorized";
    /* ("said it would return part of the proceeds to shareholders through a 500 million pound
     * ($664 million) share buyback": the plan past a sum in two currencies) */
    static const char *const through[] = {"to shareholders through", "to shareholders via", NULL};
    /* (a plan found already as well: "will return 250m pounds of the proceeds to shareholders
     * through a share buyback") */
    long thr = ex_ty_find_phrase(a, at > lo + 22 ? at - 22 : lo, at, through, NULL);
    if (thr >= 0) {
        if (!action) action = "authorized";
        /* (its sum before the phrase: "would hand 400 million pounds of the proceeds back to
         * shareholders through a share buyback") */
        vlo = (size_t)thr > lo + 10 ? (size_t)thr - 10 : lo;
    }
    if (!action || ex_ty_speculative(a, lo, at)) return;
    /* ("\"The larger repurchase authorization reflects the strength of our free cash flow\"":
     * a quote about the programme, no step of it) */
    if (ex_tok_is(a, s->t0, "\"") || ex_tok_is(a, s->t0, "\xe2\x80\x9c")) return;
    co_t c;
    if (!ty_clause_subject(a, s, lo, at, &c)) return;
    party_t p = {c, "subject"};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_BUYBACK, &p, 1)) return;
    ex_set_str(a, &ev, "action", action);
    /* (not a figure of the clause before "and": "raised its dividend to 46 cts a share
     * from 43 cts and authorized the repurchase of") */
    size_t alo = vlo;
    /* (nor of a headline's clause before a comma: "Danforth to sell valves unit to KKR for $1.9
     * billion, launches buyback") */
    int head = title_sentence(a, s);
    for (size_t q = at; q-- > vlo;)
        if (ex_tok_is(a, q, "and") || (head && ex_tok_is(a, q, ","))) {
            alo = q + 1;
            break;
        }
    /* ("rose 2.1 per cent to 512p after it said it would buy back pound(s)100m of stock":
     * the amount right after the buy-back's words, not a share price before them) */
    const ty_amount_t *m = ty_amount_in(am, na, at, at + 6 < hi ? at + 6 : hi, 0);
    /* (but the amount right before them, where the one after is past "and": "New $500 Million
     * Share Repurchase Authorization and $150 Million Accelerated Share Repurchase") */
    /* (or past a headline's comma: "Completes $750 Million Accelerated Share Repurchase,
     * Announces New $1.5 Billion Repurchase Authorization") */
    static const char *const and_w[] = {"and", NULL};
    if (m &&
        (ex_ty_find(a, at, m->t0, and_w) >= 0 || (head && ex_ty_find_one(a, at, m->t0, ",") >= 0)))
        for (size_t q = 0; q < na; q++)
            if (!am[q].per_share && am[q].t1 < at && am[q].t1 + 3 >= at && am[q].t0 >= alo)
                m = &am[q];
    if (!m) m = ty_amount_in(am, na, alo, hi, 0);
    /* "a 300 billion yen ($2.03 billion) bridge loan": the amount as written, not the
     * conversion in brackets after it */
    for (size_t q = 0; m && q < na; q++)
        if (m->t0 > 0 && ex_tok_is(a, m->t0 - 1, "(") && am[q].t1 == m->t0 - 1) m = &am[q];
    if (m) {
        ex_set_num(a, &ev, "amount", m->v);
        ex_set_str(a, &ev, "currency", m->cur);
    }
    double n = bb_share_count(a, alo, hi);
    if (n > 0) ex_set_num(a, &ev, "shares", n);
    /* "Aldermoor Petroleum, which last month suspended its buyback, fell 3%": background */
    /* (and "completed a 1 billion franc repurchase programme in 2024": one of a year gone by) */
    /* (and "which completed the repurchase of 1.5 mln shares under an earlier program last
     * year": one of a programme gone by) */
    static const char *const gone[] = {"last year",
                                       "an earlier program",
                                       "an earlier programme",
                                       "a previous program",
                                       "a previous programme",
                                       "a prior program",
                                       NULL};
    if ((ex_ty_context(a, s, at) || ex_ty_past_month(a, lo, at) || ex_ty_past_year(a, at, hi, 1) ||
         ex_ty_past_perfect(a, lo, hi) ||
         (strcmp(action, "completed") == 0 &&
          ex_ty_find_phrase(a, at, hi < at + 14 ? hi : at + 14, gone, NULL) >= 0)) &&
        event_set_bool(&ev, "context", 1))
        a->oom = 1;
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* The first ratio of [lo, hi) ("three-for-one", "3-for-1", "1-for-10", "one for five"): *x for
 * *y, its tokens [*r0, *r1). Returns 1 when found. */
static int split_ratio(const art_t *a, size_t lo, size_t hi, double *x, double *y, size_t *r0,
                       size_t *r1)
{
    for (size_t i = lo; i + 3 <= hi; i++) {
        if (!ex_ty_small_num(a, i, x)) continue;
        size_t j = i + 1;
        if (j < hi && ex_tok_is(a, j, "-")) j++;
        if (!(j < hi && ex_tok_is(a, j, "for"))) continue;
        j++;
        if (j < hi && ex_tok_is(a, j, "-")) j++;
        if (j < hi && ex_ty_small_num(a, j, y) && *x > 0 && *y > 0 && *x != *y) {
            *r0 = i, *r1 = j + 1;
            return 1;
        }
    }
    return 0;
}

/* Is the "split" at token k of the clause [lo, hi) a stock split: "a stock split", "a share
 * split", a ratio right before it ("a three-for-two split") or a few words after it ("would be
 * split five-for-one", "split its shares two-for-one")? */
static int split_of_stock(const art_t *a, size_t lo, size_t hi, size_t k)
{
    double x, y;
    size_t r0, r1;
    if (k > lo && (ex_tok_is(a, k - 1, "stock") || ex_tok_is(a, k - 1, "share"))) return 1;
    if (split_ratio(a, k > lo + 6 ? k - 6 : lo, k, &x, &y, &r0, &r1) && r1 == k) return 1;
    return split_ratio(a, k + 1, k + 8 < hi ? k + 8 : hi, &x, &y, &r0, &r1) && r0 <= k + 4;
}

/* "Orbit, which raised $250 million in its own IPO in 2024, saw its shares rise": a financing
 * told in a relative clause that dates it in an earlier year (the clause ends at its comma). */
static int fin_past_rel(const art_t *a, const sent_t *s, size_t at)
{
    size_t b = at > s->t0 + 10 ? at - 10 : s->t0;
    if (!ex_rel_open(a, b, at)) return 0;
    long cl = ex_ty_find_one(a, at, s->t1, ",");
    return ex_ty_past_year(a, b, cl >= 0 ? (size_t)cl : s->t1, 0);
}

/* A stock split told at token at of the clause [lo, hi); bonus: a bonus issue ("a one-for-five
 * bonus share issue": one new share for five held, five shares become six). */
static void ty_split(art_t *a, const sent_t *s, size_t lo, size_t hi, size_t at, int bonus)
{
    double to = 0, from = 0;
    size_t r0, r1;
    if (!split_ratio(a, at > lo + 8 ? at - 8 : lo, hi, &to, &from, &r0, &r1)) return;
    if (bonus) {
        if (to > from) return; /* ("two-for-one bonus": no bonus ratio) */
        to += from;
    }
    /* "37 cts a share prior to an August 15 two-for-one stock split", "adjusted for a
     * 3-for-2 split": a split that only restates figures is background */
    static const char *const restate[] = {
        "prior to", "adjusted for", "adjusting for", "reflecting", "reflect", "reflects", NULL};
    if (ex_ty_find_phrase(a, at > lo + 12 ? at - 12 : lo, at, restate, NULL) >= 0) return;
    /* "1.2 Fleet shares for each one of theirs following Fleet's previously announced
     * two-for-one split": a split gone before what the sentence tells */
    static const char *const after[] = {"following", "after", NULL};
    if (ex_ty_find(a, r0 > lo + 5 ? r0 - 5 : lo, r0, after) >= 0) return;
    static const char *const rev[] = {"reverse", NULL};
    int reverse = to < from;
    if (ex_ty_find(a, lo, hi, rev) >= 0 && !reverse) {
        double t = to; /* "1-for-10 reverse split" written the other way round */
        to = from, from = t, reverse = 1;
    }
    co_t c;
    if (!ty_clause_subject(a, s, lo, at, &c)) return;
    party_t p = {c, "subject"};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_STOCK_SPLIT, &p, 1)) return;
    ex_set_num(a, &ev, "ratio_from", from);
    ex_set_num(a, &ev, "ratio_to", to);
    if (event_set_bool(&ev, "reverse", reverse)) a->oom = 1;
    /* "following Fleet's previously announced two-for-one split", "data show 2-for-1 split in
     * Nov. 1985": a split told before, or dated in an earlier year, is background */
    static const char *const told[] = {"previously announced",
                                       "previously declared",
                                       "recently announced",
                                       "recent",
                                       "earlier",
                                       NULL};
    int ctx = ex_ty_context(a, s, at) ||
              ex_ty_find_phrase(a, at > lo + 10 ? at - 10 : lo, at, told, NULL) >= 0;
    for (size_t i = at + 1; !ctx && i < hi && i < at + 5; i++) {
        const extract_tok_t *t = ex_tk(a, i);
        double y = (t->flags & EXTRACT_TOK_NUM) && t->len == 4 ? ex_parse_num(a, i) : 0;
        ctx = y >= 1900 && a->year && y < a->year;
    }
    if (!ctx) ctx = fin_past_rel(a, s, at);
    /* ("raised A$350 million in a share placement in August", told in December) */
    if (!ctx) ctx = ex_ty_past_month(a, at, hi) || ex_ty_past_perfect(a, lo, hi);
    if (ctx && event_set_bool(&ev, "context", 1)) a->oom = 1;
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* "said it had reached agreement with Glenarm National Bank for 15 mln dlrs of new credit":
 * the company an agreement is made with before the instrument at is its lender. Returns
 * where the borrower is looked for before: that agreement's word, else at. */
static size_t fin_lender_with(const art_t *a, size_t lo, size_t at)
{
    static const char *const agree_w[] = {"agreement", "agreed", "deal", "arrangement", NULL};
    long kb = ex_ment_before(a, at, lo);
    if (kb < 0) return at;
    size_t t0 = a->ments[kb].t0;
    if (t0 > lo + 1 && ex_tok_is(a, t0 - 1, "with") && ex_ty_is(a, t0 - 2, agree_w)) return t0 - 2;
    return at;
}

/* The verbs of an issue told with its sum ("sold $600 million of eight-year notes", "priced
 * $1.25 billion of senior unsecured notes"). */
static const char *const ty_issue_verbs[] = {"sold",   "sells",  "sell",   "priced",
                                             "prices", "issued", "issue",  "issues",
                                             "offer",  "offers", "placed", NULL};

/* A financing of kind at token at of the clause [lo, hi), its amount read in [alo, ahi). */
static const char *const ty_since_w[] = {"since", NULL};

/* what an offering's own sum is told with ("its initial public offering raised $540 million") */
static const char *const raised_w[] = {"raised", "priced", "fetched", NULL};

static void ty_financing(art_t *a, const sent_t *s, size_t lo, size_t hi, size_t at,
                         const char *kind, const ty_amount_t *am, size_t na, size_t alo, size_t ahi,
                         int by_verb)
{
    static const char *const verbs[] = {
        "sold", "sells", "sell", "raised", "raises", "raise", "priced", "prices", "issued",
        "issues", "issue", "obtained", "secured", "secures", "signed", "tapped", "launched",
        "launches", "offering", "arranged", "agreed", "placed", "borrowed", "closed", "completed",
        "filed", "plans", "entered", "lands", "landed", "marketed", "refinanced", "planned", "list",
        "listing", "lined", "drew", "draws", "raising",
        /* ("Upsizes Unsecured Credit Facility to $1.5 Billion", "amended and restated its
         * revolving credit facility, increasing total commitments to $1.5 billion") */
        "upsizes", "upsized", "upsize", "amended", NULL};
    /* ("announced a £200m placing of new shares": the issue right after the verb, its sum
     * between) */
    static const char *const announced[] = {"announced", "announces", "unveiled", "unveils", NULL};
    long anv = ex_ty_find(a, at > lo + 5 ? at - 5 : lo, at, announced);
    int announced_issue = anv >= 0 && ty_amount_in(am, na, (size_t)anv + 1, at, 0) != NULL &&
                          ((size_t)anv + 1 < at && (ex_tok_is(a, (size_t)anv + 1, "a") ||
                                                    ex_tok_is(a, (size_t)anv + 1, "an")));
    static const char *const past[] = {"since", "after", "before", NULL};
    /* "would fund the deal with cash on hand and a bridge loan from Mizuho Bank" */
    static const char *const fund[] = {
        "fund the deal with", "fund the purchase with", "fund the acquisition with",
        "finance the deal with", "finance the purchase with", "finance the acquisition with",
        "financed the purchase with", "financed the acquisition with", "paid for the purchase with",
        "paid for the acquisition with", "pay for the purchase with",
        "pay for the acquisition with", "paying for the purchase with",
        "paying for the acquisition with", "paying for the deal with",
        /* ("will pay for the shares with cash on hand and a new
         * 100 mln dlr, five-year term loan": a buyback's) */
        "pay for the shares with", "paid for the shares with", "fund the repurchase with",
        "fund the buyback with", "finance the repurchase with", "finance the buyback with",
        /* ("said it had reached agreement with Glenarm National
         * Bank for 15 mln dlrs of new credit") */
        "reached agreement", "reached an agreement", "reaches agreement", NULL};
    /* "will be funded from existing cash and a new $500 million term loan": a new instrument
     * that pays for something */
    static const char *const funded[] = {"funded", "financed", NULL};
    /* ("a fully committed $1.0 billion term loan") */
    static const char *const fresh[] = {"new", "committed", NULL};
    /* (past its term and sum: "was financed with a new seven-year, 75 mln dlr term loan") */
    int funded_new = ex_ty_find(a, lo, at, funded) >= 0 &&
                     ex_ty_find(a, at > lo + 10 ? at - 10 : lo, at, fresh) >= 0;
    /* "had received a commitment for $250 million in debtor-in-possession financing" */
    static const char *const committed[] = {"received a commitment for", "received commitments for",
                                            "obtained a commitment for", NULL};
    funded_new |= ex_ty_find_phrase(a, lo, at, committed, NULL) >= 0;
    /* (an issue told by its own verb, issue_by_verb, needs no other) */
    if (!by_verb && ex_ty_find(a, lo, hi, verbs) < 0 &&
        ex_ty_find_phrase(a, lo, at, fund, NULL) < 0 && !funded_new && !announced_issue)
        return;
    /* (unless it tells its own sum: "jumped 31% in their debut, after its initial public
     * offering raised $540 million") */
    if (ex_ty_find(a, at > lo + 3 ? at - 3 : lo, at, past) >= 0 &&
        !(at + 2 < hi && ex_ty_find(a, at + 1, at + 5 < hi ? at + 5 : hi, raised_w) >= 0 &&
          ex_ty_find(a, at > lo + 3 ? at - 3 : lo, at, ty_since_w) < 0))
        return;
    /* ("intends to use the net proceeds from the notes offering to repay borrowings": the
     * money of an issue told before, spent) */
    static const char *const proceeds_w[] = {"proceeds from", "proceeds of", NULL};
    if (ex_ty_find_phrase(a, at > lo + 5 ? at - 5 : lo, at, proceeds_w, NULL) >= 0 &&
        ex_seg_event(a, s->seg, EVENT_FINANCING))
        return;
    /* debt redeemed or rated is no money raised: "plans to redeem the debentures", "lowered
     * its rating of Southdown's 50 mln dlrs of sinking fund debentures", "Williams'
     * debentures, raised to BB-plus" */
    static const char *const not_raised[] = {"redeem",  "redeemed", "redemption", "rating",
                                             "ratings", "rated",    "upgraded",   "downgraded",
                                             "repay",   "retire",   NULL};
    static const char *const repaid[] = {"redeem", "redeemed", "redemption",
                                         "repay",  "retire",   NULL};
    if (ex_ty_find(a, at > lo + 8 ? at - 8 : lo, at + 3 < hi ? at + 3 : hi,
                   by_verb ? repaid : not_raised) >= 0)
        return;
    /* ("funds that can only hold investment-grade debt may have to sell Brugge Telecom's
     * bonds": a company's bonds sold by their holders, no issue) */
    static const char *const sell_w[] = {"sell", "sold", "selling", "dump", "dumped", NULL};
    static const char *const forced[] = {"have to", "has to", "forced to", "may",
                                         "might",   "could",  NULL};
    long sv = at > lo + 1 && (ex_tk(a, at - 1)->flags & EXTRACT_TOK_POSS)
                  ? ex_ty_find(a, at > lo + 6 ? at - 6 : lo, at, sell_w)
                  : -1;
    if (sv >= 0 && ex_ty_find_phrase(a, (size_t)sv > lo + 3 ? (size_t)sv - 3 : lo, (size_t)sv,
                                     forced, NULL) >= 0)
        return;
    /* ("launched a tender offer to buy back up to 300 million euros of its 1.375% notes due
     * 2025": debt bought back, none issued) */
    static const char *const bought_back[] = {
        "buy back",     "bought back",  "buying back", "repurchase", "repurchased",
        "repurchasing", "tender offer", "tender for",  "buyback of", NULL};
    long bb = ex_ty_find_phrase(a, at > lo + 14 ? at - 14 : lo, at, bought_back, NULL);
    if (bb >= 0 && ty_debt_bought(a, (size_t)bb, at + 1)) return;
    /* ("to call its 12-3/4 pct bonds due 2013": bonds called are redeemed; not "said on a
     * conference call that it priced") */
    static const char *const call_w[] = {"call", "calls", "called", NULL};
    static const char *const call_obj[] = {"its", "the", "all", "for", NULL};
    for (long c = ex_ty_find(a, at > lo + 8 ? at - 8 : lo, at, call_w); c >= 0;
         c = ex_ty_find(a, (size_t)c + 1, at, call_w))
        if ((size_t)c + 1 < at && ex_ty_is(a, (size_t)c + 1, call_obj)) return;
    /* a loan word naming something else: "mis-sold loan insurance", "its US loan book",
     * "loan losses", "6 per cent of its share capital is on loan" */
    static const char *const loan[] = {"loan", "loans", NULL};
    static const char *const loan_of[] = {
        "insurance",  "book",      "books",     "cover",      "losses",      "loss",
        "repayments", "repayment", "portfolio", "portfolios", "impairments", "arrears",
        "defaults",   "growth",    "demand",    "charges",    NULL};
    if (ex_ty_is(a, at, loan) &&
        ((at + 1 < hi && ex_ty_is(a, at + 1, loan_of)) || (at > lo && ex_tok_is(a, at - 1, "on"))))
        return;
    /* ("new credit needs were partly inflated by issues maturing": no credit obtained) */
    if (ex_tok_is(a, at, "new") && at + 2 < hi && ex_tok_is(a, at + 1, "credit") &&
        (ex_tk(a, at + 2)->flags & EXTRACT_TOK_LOWER) && !ex_tok_is(a, at + 2, "line") &&
        !ex_tok_is(a, at + 2, "facility") && !ex_tok_is(a, at + 2, "agreement") &&
        !ex_tok_is(a, at + 2, "to") && !ex_tok_is(a, at + 2, "from") &&
        !ex_tok_is(a, at + 2, "and") && !ex_tok_is(a, at + 2, "with") &&
        !ex_tok_is(a, at + 2, "for"))
        return;
    /* "an underwritten public offering of $750 million aggregate principal amount of 5.625%
     * senior notes": an offering of debt, no shares (the notes tell it) */
    if (strcmp(kind, "share_offering") == 0 && ex_tok_is(a, at, "public") &&
        ex_ty_find(a, at, at + 16 < hi ? at + 16 : hi, ty_debt_words) >= 0)
        return;
    co_t c;
    size_t lw;
    /* "The Osaka-based company ... a bridge loan from Mizuho Bank": the lender after "from"
     * is not the borrower */
    long kl = ex_ment_before(a, at, lo) < 0 ? ex_ment_after(a, at, hi) : -1;
    static const char *const lender[] = {"from", "by", NULL};
    /* (a description between: "from banks including JPMorgan Chase") */
    static const char *const from_w[] = {"from", NULL};
    if (kl >= 0 && a->ments[kl].t0 > at &&
        (ex_ty_is(a, a->ments[kl].t0 - 1, lender) ||
         ex_ty_find(a, a->ments[kl].t0 > at + 4 ? a->ments[kl].t0 - 4 : at + 1, a->ments[kl].t0,
                    from_w) >= 0)) {
        /* ("Kaleva ... filed on Sunday. It said ... it had secured $40 million in
         * debtor-in-possession financing from a group of lenders": "It" opening the sentence
         * is the company the one before was about, not the article's) */
        int it_first =
            ex_tok_is(a, s->t0, "it") && ex_resolve_desc(a, s, s->t0, s->t0 + 1, NULL, 0, &c);
        if (!it_first && !(s->seg == 0 && ex_article_subject(a, &c)) &&
            !ex_resolve_desc(a, s, s->t0, at, NULL, 0, &c))
            return;
    } else if (ty_told_before(a, s, at, 1, &c)) {
        /* ("The IPO will consist of new shares worth Rs 2,000 crore and an offer for sale by
         * existing shareholders, including Tideglass Ventures") */
    } else if ((lw = fin_lender_with(a, lo, at)) < at) {
        /* (the borrower before the lender, else the sentence's description or the article's
         * subject: never the lender after) */
        size_t w = lw;
        if (!(ex_ment_before(a, w, lo) >= 0 && ty_clause_subject(a, s, lo, w, &c)) &&
            !ex_resolve_desc(a, s, s->t0, w, NULL, 0, &c) &&
            !(s->seg == 0 && ex_article_subject(a, &c)))
            return;
    } else if (!ty_clause_subject(a, s, lo, at, &c))
        return;
    /* ("New Zealand is launching a 100 mln stg eurobond ..., lead manager Warburg Securities
     * said": the bank managing an issue is not its issuer) */
    /* ("The bonds will be sold in denominations of 1,000 and 10,000 dlrs": a detail of the
     * issue told before) */
    static const char *const denom[] = {"denominations", "denomination", NULL};
    if (ex_ty_find(a, s->t0, s->t1, denom) >= 0) return;
    static const char *const managers[] = {
        "manager", "managers", "underwriter", "underwriters", "bookrunner", "bookrunners", NULL};
    /* ("Moody's raised Chirk's first mortgage bonds to Baa-2": an agency's call on the
     * bonds, no money raised) */
    for (size_t m = 0; m < a->nments; m++)
        if (a->ments[m].t0 >= s->t0 && a->ments[m].t0 < s->t1 && a->ments[m].co.ent &&
            a->ments[m].co.ent->sector && strstr(a->ments[m].co.ent->sector, "ratings"))
            return;
    /* (nor a bank "arranged by X as administrative agent and lead arranger") */
    static const char *const agent_w[] = {"agent", "arranger", "arrangers", NULL};
    for (size_t m = 0; m < a->nments; m++)
        if (a->ments[m].t1 + 1 < s->t1 && ex_co_eq(a, a->ments[m].co, c) &&
            ex_tok_is(a, a->ments[m].t1, "as") &&
            ex_ty_find(a, a->ments[m].t1 + 1,
                       a->ments[m].t1 + 4 < s->t1 ? a->ments[m].t1 + 4 : s->t1, agent_w) >= 0)
            return;
    for (size_t m = 0; m < a->nments; m++)
        if (a->ments[m].t0 > s->t0 && a->ments[m].t0 < s->t1 && ex_co_eq(a, a->ments[m].co, c) &&
            ex_ty_is(a, a->ments[m].t0 - 1, managers))
            return;
    party_t p = {c, "subject"};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_FINANCING, &p, 1)) return;
    /* ("non-convertible debentures": bonds) */
    if (strcmp(kind, "convertible") == 0 && at >= s->t0 + 2 && ex_tok_is(a, at - 1, "-") &&
        ex_tok_is(a, at - 2, "non"))
        kind = "bond";
    ex_set_str(a, &ev, "kind", kind);
    /* the amount raised: before the instrument ("$18 billion of bonds") or just after it */
    const ty_amount_t *m = NULL;
    /* (a price range a share, "above its marketed range of $18 to $20", is no sum raised when
     * one in thousands or more is there) */
    int big = 0;
    for (size_t q = 0; q < na; q++)
        big |= !am[q].per_share && am[q].t0 >= alo && am[q].t0 < ahi && am[q].v >= 1e4;
    /* (nor is the price a share moved to: "slipped 5.9 per cent to 575p, awaiting news on a
     * rights issue") */
    /* (an offering of shares raises more than a share's price: "The stock opened at $31.50,
     * against an IPO price of $24") */
    int shares = strcmp(kind, "ipo") == 0 || strcmp(kind, "share_offering") == 0;
    for (size_t q = 0; q < na; q++)
        if (!am[q].per_share && am[q].t0 >= alo && am[q].t0 < ahi &&
            !((big || shares) && am[q].v < 1e4) && !ex_price_moved_to(a, am[q].t0) &&
            (!m || (am[q].t0 < at && am[q].t0 > m->t0)))
            m = &am[q];
    /* ("priced $1.25 billion of senior unsecured notes in two tranches: $600 million of 3.95%
     * notes due 2029 and ...": the sum right after the verb of the issue, not a tranche's) */
    for (size_t q = 0; m && q < na; q++)
        if (!am[q].per_share && am[q].t0 >= alo && am[q].t0 < m->t0 && am[q].t0 > lo &&
            ex_ty_is(a, am[q].t0 - 1, ty_issue_verbs) && am[q].t1 < hi &&
            ex_tok_is(a, am[q].t1, "of") && am[q].v > m->v) {
            m = &am[q];
            break;
        }
    /* ("valuing the company at about $6.1 billion, after its initial public offering raised
     * $540 million": the sum the offering itself raised) */
    long rv = at + 2 < hi ? ex_ty_find(a, at + 1, at + 5 < hi ? at + 5 : hi, raised_w) : -1;
    for (size_t q = 0; rv >= 0 && q < na; q++)
        if (!am[q].per_share && am[q].t0 > (size_t)rv && am[q].t0 < (size_t)rv + 4) {
            m = &am[q];
            break;
        }
    /* "a 300 billion yen ($2.03 billion) bridge loan": the amount as written, not the
     * conversion in brackets after it */
    for (size_t q = 0; m && q < na; q++)
        if (m->t0 > 0 && ex_tok_is(a, m->t0 - 1, "(") && am[q].t1 == m->t0 - 1) m = &am[q];
    if (m) {
        ex_set_num(a, &ev, "amount", m->v);
        ex_set_str(a, &ev, "currency", m->cur);
    }
    /* "jumped 31% in their Nasdaq debut, after its initial public offering raised $540
     * million": the offering of the debut told, no background */
    static const char *const debut[] = {"debut", "debuts", "first day of trading", NULL};
    int own_sum = at + 2 < hi && ex_ty_find(a, at + 1, at + 5 < hi ? at + 5 : hi, raised_w) >= 0 &&
                  ex_ty_find_phrase(a, s->t0, s->t1, debut, NULL) >= 0;
    /* (a month gone by after it is another clause's when the sale is told on a day of this
     * week: "sold $750 million of 10-year notes on Tuesday ... to help pay for its purchase
     * of Wrenbury Brands, completed last month") */
    char wk[11];
    int this_week = ex_weekday_date(a, s, wk);
    if (!own_sum && !ex_ty_set_context(a, &ev, s, at) &&
        (fin_past_rel(a, s, at) || (!this_week && ex_ty_past_month(a, at, s->t1)) ||
         ex_ty_past_perfect(a, s->t0, s->t1)) &&
        event_set_bool(&ev, "context", 1))
        a->oom = 1;
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* Financing instruments, most specific first (phrases), and the kind of each. */
static const char *const ty_instruments[] = {"initial public offering",
                                             "ipo",
                                             "convertible notes",
                                             "convertible bonds",
                                             "convertible senior notes",
                                             "convertible",
                                             "revolving credit facility",
                                             "credit facility",
                                             "credit line",
                                             "line of credit",
                                             "new credit",
                                             "revolver",
                                             "revolving credit",
                                             "term loan",
                                             "bridge loan",
                                             "bridge loans",
                                             "term loans",
                                             "debtor - in - possession financing",
                                             "dip financing",
                                             "dip loan",
                                             "loan",
                                             "bonds",
                                             "bond",
                                             "bond sale",
                                             "bond offering",
                                             "notes offering",
                                             "senior notes",
                                             "notes due",
                                             "debt offering",
                                             "non - convertible debentures",
                                             "debentures",
                                             "registered direct offering",
                                             "share offering",
                                             "stock offering",
                                             "share sale",
                                             "equity offering",
                                             "rights issue",
                                             "share placing",
                                             "through a placing",
                                             "via a placing",
                                             "in a placing",
                                             "equity placing",
                                             "sale of new shares",
                                             "placing new shares",
                                             "placing of new shares",
                                             "placement of new shares",
                                             "private placement",
                                             "share placement",
                                             "issue of new shares",
                                             "selling new shares",
                                             "issuing new shares",
                                             "equity raise",
                                             "equity raising",
                                             "capital raising",
                                             "secondary offering",
                                             "bought deal",
                                             "at - the - market",
                                             "follow - on offering",
                                             "public offering",
                                             "offering of",
                                             NULL};
/* The words after "bond" that make it no issue of one. */
static const char *const bond_not[] = {
    "market",   "markets",   "yield",      "yields",     "price",     "prices",    "trader",
    "traders",  "trading",   "fund",       "funds",      "investor",  "investors", "insurer",
    "insurers", "insurance", "holder",     "holders",    "rating",    "ratings",   "index",
    "indices",  "purchases", "purchase",   "buying",     "programme", "program",   "rally",
    "spread",   "spreads",   "portfolio",  "portfolios", "desk",      "futures",   "issuance",
    "dealer",   "dealers",   "broker",     "brokers",    "house",     "houses",    "sale",
    "offering", "holdings",  "vigilantes", "selloff",    "sell",      "rout",      "etf",
    "payments", "coupon",    "coupons",    "maturities", "business",  "tender",    "tenders",
    "buyback",  "buy",       "repurchase", "exchange",   "swap",      "deal",      "deals",
    NULL};

/* The instruments whose first word is a token of [lo, hi): bit f for ty_instruments[f] (all
 * bits when the list is read word by word). A clause is then scanned for those alone, not
 * for each of the 53 phrases in turn. */
_Static_assert(sizeof ty_instruments / sizeof *ty_instruments <= 65, "a bit per instrument");
static uint64_t ty_instruments_in(const art_t *a, size_t lo, size_t hi)
{
    ex_wl_t tmp;
    const ex_wl_t *w = ex_wl_get(ty_instruments, &tmp);
    if (w->all) return ~(uint64_t)0;
    uint64_t in = 0;
    for (size_t i = lo; i < hi; i++) {
        if (!ex_wl_tok_may(a, i, w)) continue;
        uint64_t h = ex_tk(a, i)->h;
        for (unsigned at = ex_wl_at_slot(h); w->at[at]; at = (at + 1) & (2 * EX_WL_MAX - 1))
            if (w->h[w->at[at] - 1u] == h) in |= (uint64_t)1 << (w->at[at] - 1u);
    }
    return in;
}
static const char *const ty_instrument_kinds[] = {"ipo",
                                                  "ipo",
                                                  "convertible",
                                                  "convertible",
                                                  "convertible",
                                                  "convertible",
                                                  "credit_facility",
                                                  "credit_facility",
                                                  "credit_facility",
                                                  "credit_facility",
                                                  "credit_facility",
                                                  "credit_facility",
                                                  "credit_facility",
                                                  "loan",
                                                  "loan",
                                                  "loan",
                                                  "loan",
                                                  "loan",
                                                  "loan",
                                                  "loan",
                                                  "loan",
                                                  "bond",
                                                  "bond",
                                                  "bond",
                                                  "bond",
                                                  "bond",
                                                  "bond",
                                                  "bond",
                                                  "bond",
                                                  "bond",
                                                  "bond",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering",
                                                  "share_offering"};
/* one kind per instrument (the instruments end with NULL) */
_Static_assert(sizeof ty_instruments / sizeof *ty_instruments ==
                   sizeof ty_instrument_kinds / sizeof *ty_instrument_kinds + 1,
               "ty_instruments and ty_instrument_kinds differ in length");

/* An issue told by its verb in [lo, hi): "sold $600 million of eight-year notes", "priced
 * 500 mln dlrs of debentures" (a bond), "will offer two mln shares of common stock" (shares:
 * offered or issued, not sold: a holder sells its own). Returns the kind and stores the
 * instrument's token in *at, or NULL. */
static const char *issue_by_verb(const art_t *a, size_t lo, size_t hi, const ty_amount_t *am,
                                 size_t na, size_t *at)
{
    /* (not "issue": shares issued pay for a deal or an exchange) */
    static const char *const share_v[] = {"offer", "offers", NULL};
    static const char *const debt[] = {"notes", "bonds", "debentures", NULL};
    static const char *const shares[] = {"shares", NULL};
    static const char *const counts[] = {"one",   "two",   "three", "four", "five", "six",
                                         "seven", "eight", "nine",  "ten",  NULL};
    /* "raised $1.26 billion on Tuesday by selling 60 million shares at $21 apiece": money
     * raised by selling or issuing a count of shares (an IPO when the sentence or the title
     * says so: a listing, a debut) */
    static const char *const raised[] = {"raised", "raises", "raising", NULL};
    static const char *const by_sell[] = {"by selling", "by issuing", "through the sale of", NULL};
    long rv = ex_ty_find(a, lo, hi, raised), bs;
    if (rv >= 0 &&
        (bs = ex_ty_find_phrase(a, (size_t)rv + 1, (size_t)rv + 12 < hi ? (size_t)rv + 12 : hi,
                                by_sell, NULL)) >= 0) {
        int money = 0;
        for (size_t q = 0; q < na && !money; q++)
            money = !am[q].per_share && am[q].t0 > (size_t)rv && am[q].t0 < (size_t)bs;
        size_t c = (size_t)bs + 2;
        if (c < hi && ex_tok_is(a, (size_t)bs, "through")) c = (size_t)bs + 4;
        long sh = money && c < hi && (ex_tk(a, c)->flags & EXTRACT_TOK_NUM)
                      ? ex_ty_find(a, c + 1, c + 5 < hi ? c + 5 : hi, shares)
                      : -1;
        if (sh >= 0) {
            static const char *const ipo[] = {"listing", "debut", "ipo", "flotation", NULL};
            *at = (size_t)sh;
            int listed = ex_ty_find(a, lo, hi, ipo) >= 0 ||
                         (a->nsents && ex_ty_find(a, a->sents[0].t0, a->sents[0].t1, ipo) >= 0);
            return listed ? "ipo" : "share_offering";
        }
    }
    long v = ex_ty_find(a, lo, hi, ty_issue_verbs);
    if (v < 0) return NULL;
    size_t e = (size_t)v + 10 < hi ? (size_t)v + 10 : hi;
    /* the amount right after the verb, "of", then the debt within four words */
    for (size_t q = 0; q < na; q++) {
        if (am[q].t0 != (size_t)v + 1 || am[q].per_share) continue;
        if (am[q].t1 >= e || !ex_tok_is(a, am[q].t1, "of")) break;
        long d = ex_ty_find(a, am[q].t1 + 1, am[q].t1 + 6 < hi ? am[q].t1 + 6 : hi, debt);
        if (d < 0) break;
        *at = (size_t)d;
        return "bond";
    }
    /* a count of shares offered or issued: "offer two mln shares of common stock" */
    if (!ex_ty_is(a, (size_t)v, share_v)) return NULL;
    long sh = ex_ty_find(a, (size_t)v + 1, (size_t)v + 5 < hi ? (size_t)v + 5 : hi, shares);
    if (sh < 0 ||
        !(ex_tk(a, (size_t)v + 1)->flags & EXTRACT_TOK_NUM || ex_ty_is(a, (size_t)v + 1, counts)))
        return NULL;
    /* ("will offer three new ordinary shares for every five Orsova shares", "would offer 2.8
     * shares to buy Xstrata": shares that pay for a takeover, no money raised) */
    static const char *const every[] = {"for every",   "for each",  "to buy", "to acquire",
                                        "in exchange", "in return", NULL};
    if (ex_ty_find_phrase(a, (size_t)sh + 1, (size_t)sh + 3 < hi ? (size_t)sh + 3 : hi, every,
                          NULL) >= 0)
        return NULL;
    *at = (size_t)sh;
    return "share_offering";
}

/* Does the offering at token k (of the clause ending at hi) sell shares: no debt named in
 * the words after it, and, when need_shares, shares or stock named there? */
static int offering_of_shares(const art_t *a, size_t k, size_t hi, int need_shares)
{
    static const char *const debt[] = {"notes", "bonds", "debentures", "debt", "bond", NULL};
    static const char *const eq[] = {"shares", "stock", "units", NULL};
    size_t e = k + 10 < hi ? k + 10 : hi;
    if (ex_ty_find(a, k + 1, e, debt) >= 0) return 0;
    return !need_shares || ex_ty_find(a, k + 1, e, eq) >= 0;
}

/* The kind of debt the offering at token k sells ("an offering of senior unsecured notes",
 * "a $2 billion offering of notes due 2031": bonds; of convertible notes: convertibles), from
 * the words after it in the clause ending at hi, or NULL when it names none. */
static const char *offering_of_debt(const art_t *a, size_t k, size_t hi)
{
    static const char *const debt[] = {"notes", "bonds", "debentures", NULL};
    static const char *const conv[] = {"convertible", NULL};
    size_t e = k + 10 < hi ? k + 10 : hi;
    long d = ex_ty_find(a, k + 1, e, debt);
    if (d < 0) return NULL;
    return ex_ty_find(a, k + 1, (size_t)d, conv) >= 0 ? "convertible" : "bond";
}

/* A dividend line of a results wire: "Qtly div six cts vs six cts prior", "Annual div
 * Class A 14 cts vs 12 cts prior". The action comes from the comparison (or a first
 * dividend when the prior is nil). Returns 1 when it emitted one. */
/* The words of a dividend table row ("Qtly div 12 cts vs 10 cts"). */
static const char *const div_table[] = {"div", "dividend", "distribution", "payout", NULL};
/* (a kind of dividend also opens a row with no dividend word: ty_div_table) */
/* The word before it, the kind of dividend (wires abbreviate: "Qtly", "Qtrly", "Qtlry",
 * "Mthly"); "cash" may come between ("Qtly cash distribution 20 cts vs 20 cts prior"). */
static const char *const div_kind[] = {"qtly",    "qtrly", "qtlry",   "qtr",   "quarterly",
                                       "annual",  "semi",  "monthly", "mthly", "initial",
                                       "special", "extra", "interim", "final", NULL};

/* Words a dividend row may carry between its word and its amount: the class of stock ("Class
 * A", "class B", "common", "special common") and the source of the payout ("from income of"). */
static const char *const div_row_skip[] = {"class", "common", "preferred", "special",
                                           "from",  "income", NULL};

static int ty_div_table(art_t *a, const sent_t *s)
{
    for (size_t i = s->t0; i + 2 < s->t1; i++) {
        long d = ex_ty_find(a, i, s->t1 - 2, div_table);
        /* "Qtrly 42 cts vs 42 cts prior": a kind of dividend with no dividend word, the row's
         * first word after the dateline, a figure and a prior one right after it */
        int bare = 0;
        if (d < 0 && i == s->t0) {
            /* (the dateline cut off before the sentence: the row opens it) */
            for (size_t k = s->t0; k + 4 < s->t1 && d < 0; k++)
                if ((k == s->t0 || ex_tok_is(a, k - 1, "-")) && ex_ty_is(a, k, div_kind) &&
                    ex_ty_small_num(a, k + 1, &(double){0}) &&
                    (ex_tok_is(a, k + 2, "cts") || ex_tok_is(a, k + 2, "dlrs")) &&
                    ex_tok_is(a, k + 3, "vs"))
                    d = (long)k + 1, bare = 1;
        }
        if (d < 0) break;
        i = (size_t)d;
        size_t kw = bare ? i - 1 : i > s->t0 ? i - 1 : i; /* the kind's word */
        /* ("Qtly cash distribution", "Interim income dividend") */
        if (!bare && i > s->t0 + 1 && (ex_tok_is(a, kw, "cash") || ex_tok_is(a, kw, "income")))
            kw--;
        /* no kind: "Dividend 34 cts vs 34 cts previously", the row's first word */
        int kind = i > s->t0 && ex_ty_is(a, kw, div_kind);
        if (!kind && !(i > s->t0 && ex_tok_is(a, i - 1, "-")) && i != s->t0) continue;
        size_t j = bare ? i : i + 1;
        while (j < s->t1 && j < i + 5 && !(ex_tk(a, j)->flags & EXTRACT_TOK_NUM) &&
               !ex_ty_small_num(a, j, &(double){0}) &&
               (!(ex_tk(a, j)->flags & EXTRACT_TOK_LOWER) || ex_ty_is(a, j, div_row_skip) ||
                (ex_tok_is(a, j, "of") && ex_tok_is(a, j - 1, "income"))))
            j++; /* "Class A", "class B", "from income of", not "dividend of 20 cents" or
                  * "dividend to 52 cents" (prose) */
        double v, prior = -1;
        if (j >= s->t1 || !ex_ty_small_num(a, j, &v)) continue;
        j++;
        /* ("Final div 4.5p", "Interim div 2.5p vs 2.2p": pence) */
        int pence = j < s->t1 && ex_tok_is(a, j, "p") && !(ex_tk(a, j)->flags & EXTRACT_TOK_SPACE);
        if (!(j < s->t1 &&
              (ex_tok_is(a, j, "cts") || ex_tok_is(a, j, "ct") || ex_tok_is(a, j, "cents") ||
               ex_tok_is(a, j, "dlrs") || ex_tok_is(a, j, "dlr") || pence)))
            continue;
        if (!ex_tok_is(a, j, "dlrs") && !ex_tok_is(a, j, "dlr")) v = ex_ty_round(v / 100);
        j++;
        /* "10 cts per unit vs 10 cts prior" */
        if (j + 3 < s->t1 && (ex_tok_is(a, j, "per") || ex_tok_is(a, j, "a")) &&
            (ex_tok_is(a, j + 1, "unit") || ex_tok_is(a, j + 1, "share")))
            j += 2;
        int vs = j + 2 < s->t1 && ex_tok_is(a, j, "vs");
        if (!kind && !vs) continue;
        if (vs) {
            double pv;
            if (ex_ty_small_num(a, j + 1, &pv)) {
                prior = pv;
                if (!ex_tok_is(a, j + 2, "dlrs") && !ex_tok_is(a, j + 2, "dlr"))
                    prior = ex_ty_round(prior / 100);
                /* ("4.5p, making 7.0p vs 6.0p": the year's total after the final) */
                if (ex_tok_is(a, j - 1, "making")) prior = -1;
            } else if (ex_tok_is(a, j + 1, "nil") || ex_tok_is(a, j + 1, "none")) {
                prior = 0;
            }
        }
        const char *action = ex_tok_is(a, kw, "special") || ex_tok_is(a, kw, "extra") ? "special"
                             : prior > 0 && v > prior                                 ? "raised"
                             : prior > 0 && v < prior                                 ? "cut"
                             : prior == 0 && v > 0                                    ? "resumed"
                                                                                      : "declared";
        if (prior == 0 && ex_tok_is(a, kw, "initial")) action = "declared";
        co_t c;
        if (!ex_ty_subject(a, s, i, &c)) return 0;
        party_t p = {c, "subject"};
        event_t ev;
        if (ex_make_event(a, &ev, EVENT_DIVIDEND, &p, 1)) return 1;
        ex_set_str(a, &ev, "action", action);
        ex_set_num(a, &ev, "amount_per_share", v);
        ex_set_str(a, &ev, "currency", pence ? "GBP" : a->dollar);
        if (prior > 0 && v != prior) {
            double ch = (v - prior) / prior * 100;
            ch = ex_ty_round1(ch);
            ex_set_num(a, &ev, "change_percent", ch);
        }
        ex_emit(a, s, &ev, ex_sentence_date(a, 0));
        return 1;
    }
    return 0;
}

/* Does the buy-back phrase at token k buy back shares: a share word before it, or after a
 * bare "buy back" shares, stock, "its", an amount or "up to", after "another" or "a further"
 * ("Toyota will buy back vehicles" buys goods)? */
/* "its board authorized the purchase of up to 50 mln dlrs of its common stock", "to buy up
 * to one mln of its shares": a purchase of the company's own shares, no buyback word; the
 * purchase word's token, or -1. */
static long bb_own_shares(const art_t *a, size_t lo, size_t hi, int seg_bb)
{
    static const char *const buy[] = {"purchase", "buy", NULL};
    static const char *const own[] = {"of its common shares",
                                      "of its common stock",
                                      "of its shares",
                                      "of its stock",
                                      "of its own shares",
                                      "of its outstanding shares",
                                      "of its outstanding common",
                                      NULL};
    long w = ex_ty_find(a, lo, hi, buy);
    if (w < 0) return -1;
    /* (a person's purchase: "he will become its chief executive officer and buy about 710,000
     * shares of its common stock") */
    static const char *const person[] = {"he",      "she",   "his",       "her",     "become",
                                         "becomes", "named", "appointed", "elected", NULL};
    if (ex_ty_find(a, (size_t)w > lo + 12 ? (size_t)w - 12 : lo, (size_t)w, person) >= 0) return -1;
    size_t e;
    long o =
        ex_ty_find_phrase(a, (size_t)w + 1, (size_t)w + 14 < hi ? (size_t)w + 14 : hi, own, &e);
    /* ("its board then authorized the purchase of up to one mln more shares", after a
     * buyback told: more of the same) */
    static const char *const more[] = {"more shares", "additional shares", NULL};
    if (o < 0 && seg_bb)
        o = ex_ty_find_phrase(a, (size_t)w + 1, (size_t)w + 10 < hi ? (size_t)w + 10 : hi, more,
                              &e);
    if (o < 0) return -1;
    /* (only a figure between: "up to 50 mln dlrs", "one mln") */
    for (size_t q = (size_t)w + 1; q < (size_t)o; q++)
        if (ex_ment_after(a, q, q + 1) >= 0 || ex_tok_is(a, q, ",")) return -1;
    int num = 0;
    double nv;
    for (size_t q = (size_t)w + 1; q < (size_t)o; q++)
        num |= (ex_tk(a, q)->flags & EXTRACT_TOK_NUM) != 0 || ex_ty_small_num(a, q, &nv);
    return num ? w : -1;
}

static int bb_shares(const art_t *a, const sent_t *s, size_t k, size_t hi)
{
    static const char *const what[] = {"shares", "stock", "its", "up", NULL};
    static const char *const buy[] = {"buy", "buying", "buys", "bought", NULL};
    if (!ex_ty_is(a, k, buy) || k + 2 >= hi || !ex_tok_is(a, k + 1, "back")) return 1;
    size_t n = k + 2;
    /* ("would buy back another $3.5 billion of shares", "a further 10 million shares") */
    static const char *const more[] = {"another", "additional", "further", "more", NULL};
    if (n + 1 < hi && (ex_tok_is(a, n, "an") || ex_tok_is(a, n, "a")) && ex_ty_is(a, n + 1, more))
        n++;
    if (n + 1 < hi && ex_ty_is(a, n, more)) n++;
    if (ex_tk(a, n)->flags & EXTRACT_TOK_NUM) {
        /* a count of shares, not of goods ("will buy back 5,000 vehicles") */
        static const char *const scale[] = {"million", "billion", "mln", "bln", "thousand",
                                            "m",       "bn",      "mn",  NULL};
        static const char *const held[] = {
            "shares",  "share",     "stock",      "pct",    "percent", "per",    "of",
            "dollars", "dlrs",      "euros",      "pounds", "yen",     "francs", "ordinary",
            "common",  "preferred", "preference", "class",  "units",   NULL};
        size_t q = n + 1;
        while (q < hi && ex_ty_is(a, q, scale)) q++;
        return q >= hi || !(ex_tk(a, q)->flags & EXTRACT_TOK_WORD) ||
               !(ex_tk(a, q)->flags & EXTRACT_TOK_LOWER) || ex_ty_is(a, q, held);
    }
    if (ex_ty_is(a, n, what)) return 1;
    /* ("buy back three mln of its common shares": a count in words) */
    double nv;
    static const char *const scale_w[] = {"million", "mln", "billion", "bln", NULL};
    if (n + 1 < hi && ex_ty_small_num(a, n, &nv) && ex_ty_is(a, n + 1, scale_w)) return 1;
    /* an amount: its currency opens it, of one token or more ("$3.5bn", "HK$2bn",
     * "pound(s)100m") */
    for (size_t st = n + 1; st < hi && st <= n + 4; st++) {
        if (!(ex_tk(a, st)->flags & EXTRACT_TOK_NUM)) continue;
        size_t b = st;
        return ex_cur_before(a, s, st, &b) && b == n;
    }
    return 0;
}

/* Payout words other than "dividend": a distribution or payout is one to shareholders when a
 * kind of dividend names it ("a cash distribution", "an extra payout", "the quarterly
 * distribution") or an amount a share or unit follows it in the clause ("a distribution of 25
 * cts per unit"), not "film distribution rights" or "a $4.5bn payout from it". */
static const char *const div_other[] = {"payout", "payouts", "distribution", "distributions", NULL};
static const char *const div_qual[] = {
    "cash",   "stock",   "special", "extra",   "quarterly", "qtly",     "qtrly",       "monthly",
    "annual", "initial", "regular", "interim", "final",     "year-end", "semi-annual", NULL};

/* The first dividend word of [lo, hi) (see div_other), or -1. */
static long div_find(const art_t *a, size_t lo, size_t hi, const ty_amount_t *am, size_t na)
{
    static const char *const div[] = {"dividend", "dividends", NULL};
    /* (not a kind of news or of stock: "In other dividend news, X said it would suspend its
     * monthly dividend") */
    static const char *const div_noun[] = {"news",  "stocks", "investors",   "funds", "fund",
                                           "yield", "yields", "aristocrats", NULL};
    long d = ex_ty_find(a, lo, hi, div);
    while (d >= 0 && (size_t)d + 1 < hi && ex_ty_is(a, (size_t)d + 1, div_noun))
        d = ex_ty_find(a, (size_t)d + 1, hi, div);
    for (long k = ex_ty_find(a, lo, d >= 0 ? (size_t)d : hi, div_other); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, d >= 0 ? (size_t)d : hi, div_other)) {
        if (ex_ty_find(a, (size_t)k > lo + 2 ? (size_t)k - 2 : lo, (size_t)k, div_qual) >= 0 ||
            ty_amount_in(am, na, (size_t)k + 1, hi, 1))
            return k;
        /* "a five ct per share distribution" */
        for (size_t q = 0; q < na; q++)
            if (am[q].per_share && am[q].t1 == (size_t)k && am[q].t0 >= lo) return k;
    }
    return d;
}

/* "Fenstow halved its quarterly dividend ... The maker of coating resins will now pay 19 cents
 * a share each quarter, down from 38 cents": the amount a share of the segment's dividend
 * told without one, in a sentence that pays it and names no other company. */
static void div_pay_followup(art_t *a, const sent_t *s)
{
    static const char *const pay[] = {"pay", "pays", "paying", NULL};
    long v = ex_ty_find(a, s->t0, s->t1, pay);
    static const char *const div_w[] = {"dividend", "dividends", NULL};
    /* (a sentence of its own payout, a maybe or a no is none of these) */
    if (v < 0 || ex_ty_find(a, s->t0, s->t1, div_w) >= 0 ||
        ex_ty_find(a, s->t0, s->t1, div_other) >= 0 || ex_ty_negated(a, s, (size_t)v, 1) ||
        ex_ty_speculative(a, s->t0, (size_t)v))
        return;
    event_t *ev = ex_seg_event(a, s->seg, EVENT_DIVIDEND);
    if (!ev || event_get(ev, "amount_per_share") || ev->ncompanies != 1 ||
        !ex_sent_names_only(a, s, ev))
        return;
    ty_amount_t am[12];
    size_t na = ex_ty_amounts(a, s, am, 12);
    for (size_t q = 0; q < na; q++)
        if (am[q].per_share && am[q].t0 > (size_t)v && am[q].t0 <= (size_t)v + 3 && am[q].v > 0) {
            ex_set_num(a, ev, "amount_per_share", am[q].v);
            if (am[q].cur[0] && !event_get(ev, "currency"))
                ex_set_str(a, ev, "currency", am[q].cur);
            return;
        }
}

/* "Lydiard said Coldharbour National Bank has committed to lend it up to 150 mln dlrs for the
 * purchase": a loan to the company after "lend" ("it": the company speaking), its amount after
 * it. */
static void ty_lend(art_t *a, const sent_t *s)
{
    static const char *const lend[] = {"lend", "lends", NULL};
    static const char *const will[] = {"to", "will", "would", NULL};
    long v = ex_ty_find(a, s->t0, s->t1, lend);
    if (v <= (long)s->t0 || (size_t)v + 2 >= s->t1 || !ex_ty_is(a, (size_t)v - 1, will) ||
        ex_ty_negated(a, s, (size_t)v, 1) || ex_ty_speculative(a, s->t0, (size_t)v))
        return;
    co_t c;
    size_t after = (size_t)v + 1;
    if (ex_tok_is(a, after, "it")) {
        long m0 = ex_ment_after(a, s->t0, (size_t)v);
        size_t e = m0 >= 0 ? a->ments[m0].t1 : s->t1;
        /* (past its appositive: "Saxmundham, a Peoria, Ill., maker of construction equipment,
         * said Lavenham National Bank ... have committed to lend it") */
        static const char *const said_w[] = {"said", "says", NULL};
        if (m0 >= 0 && e < s->t1 && ex_tok_is(a, e, ",")) {
            long sd = ex_ty_find(a, e, (size_t)v, said_w);
            if (sd > 0 && ex_tok_is(a, (size_t)sd - 1, ",")) e = (size_t)sd;
        }
        if (m0 < 0 || a->ments[m0].t0 != s->t0 || e >= s->t1 ||
            !(ex_tok_is(a, e, "said") || ex_tok_is(a, e, "says")))
            return;
        c = a->ments[m0].co;
    } else {
        long k = ex_ment_after(a, after, after + 1);
        if (k < 0 || a->ments[k].regulator) return;
        c = a->ments[k].co;
        after = a->ments[k].t1 - 1;
    }
    ty_amount_t am[8];
    size_t na = ex_ty_amounts(a, s, am, 8);
    const ty_amount_t *m = NULL;
    for (size_t q = 0; q < na && !m; q++)
        if (!am[q].per_share && am[q].t0 > after && am[q].t0 <= after + 4 && am[q].v >= 1000)
            m = &am[q];
    if (!m) return;
    party_t p = {c, "subject"};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_FINANCING, &p, 1)) return;
    ex_set_str(a, &ev, "kind", "loan");
    ex_set_num(a, &ev, "amount", m->v);
    if (m->cur[0]) ex_set_str(a, &ev, "currency", m->cur);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

void ex_rule_capital(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    static const char *const div[] = {"dividend", "dividends", NULL};
    static const char *const bb[] = {"buyback",     "buy-back",     "buybacks", "repurchase",
                                     "repurchases", "repurchasing", NULL};
    static const char *const split[] = {"split", "splits", NULL};
    static const char *const bonus[] = {"bonus", "scrip", NULL};
    static const char *const bonus_of[] = {"issue", "share", "shares", NULL};
    /* "buy-back" and "buy back" are three and two tokens */
    static const char *const bb_phrases[] = {
        "share buy back", "buy - back",  "buy - backs", "buy backs",   "stock buy back",
        "buy back",       "buying back", "buys back",   "bought back", NULL};
    (void)h;
    if (!ex_ty_sentence_ok(s)) return;
    /* every capital event names one of these words (a phrase its first): most sentences none */
    static const char *const bb_own[] = {"purchase", "buy", NULL};
    static const char *const *const cues[] = {
        div, div_other, div_table, div_kind, bb, bb_phrases, split, bonus, ty_instruments, bb_own};
    int any = 0;
    for (size_t k = 0; k < sizeof cues / sizeof cues[0] && !any; k++) {
        ex_wl_t tmp;
        any = ex_wl_may(a, s->t0, s->t1, ex_wl_get(cues[k], &tmp));
    }
    div_pay_followup(a, s);
    ty_lend(a, s);
    if (!any) return;
    if (ty_div_table(a, s)) return;
    ty_amount_t am[12];
    size_t na = ex_ty_amounts(a, s, am, 12);
    size_t lo = s->t0;
    for (size_t i = s->t0; i <= s->t1; i++) {
        if (i < s->t1 && !ex_tok_is(a, i, ";")) continue;
        size_t hi = i;
        long k;
        long any_instrument = ex_ty_find_phrase(a, lo, hi, ty_instruments, NULL);
        if ((k = div_find(a, lo, hi, am, na)) >= 0) {
            /* "declared a special dividend of $2.00 ..., and raised its quarterly dividend by 8%
             * to 54 cents": a second dividend in a clause of its own after "and" */
            static const char *const and_w[] = {"and", NULL};
            /* (a second dividend word three tokens on at least: "dividend of $2.00 ..., and";
             * not "the dividend ... dividend" of one clause) */
            long k2 = div_find(a, (size_t)k + 3, hi, am, na), ka = -1;
            if (k2 >= 0) /* ("..., and a one-time special cash dividend of $0.50") */
                ka = ex_ty_find(a, (size_t)k2 > (size_t)k + 9 ? (size_t)k2 - 9 : (size_t)k + 1,
                                (size_t)k2, and_w);
            /* ("a special dividend of $2.50 per share on top of a regular quarterly payout of
             * 40 cents": the second, declared beside it) */
            static const char *const beside[] = {
                "on top of",  "in addition to", "as well as", "besides",
                "along with", "together with",  "plus",       NULL};
            size_t be;
            long kb = k2 >= 0 && ka < 0
                          ? ex_ty_find_phrase(a, (size_t)k + 1, (size_t)k2, beside, &be)
                          : -1;
            if (kb >= 0) ka = kb + (long)(be - (size_t)kb) - 1;
            ty_dividend(a, s, lo, lo, ka >= 0 ? (size_t)ka : hi, (size_t)k, am, na);
            if (ka >= 0) ty_dividend(a, s, lo, (size_t)ka + 1, hi, (size_t)k2, am, na);
        }
        /* the first buyback word of the clause, a word or a phrase ("would buy back $3.5
         * billion of its shares ..., keeping the pace of its repurchases unchanged": the
         * phrase, whose amount and verb are near it) */
        k = ex_ty_find(a, lo, hi, bb);
        long kp = ex_ty_find_phrase(a, lo, hi, bb_phrases, NULL);
        if (kp >= 0 && (k < 0 || kp < k) && bb_shares(a, s, (size_t)kp, hi)) k = kp;
        if (k < 0) k = bb_own_shares(a, lo, hi, ex_seg_event(a, s->seg, EVENT_BUYBACK) != NULL);
        if (k >= 0) {
            /* "completed its $3 billion share repurchase program and authorized a new $4
             * billion buyback": a second buyback word a clause later is another one */
            long k2 = ex_ty_find(a, (size_t)k + 4, hi, bb);
            static const char *const joined[] = {"and", NULL};
            if (k2 >= 0 && ex_ty_find(a, (size_t)k + 1, (size_t)k2, joined) >= 0) {
                ty_buyback(a, s, lo, (size_t)k2, (size_t)k, am, na);
                /* (the sentence's subject does the second: from the sentence's start) */
                ty_buyback(a, s, lo, hi, (size_t)k2, am, na);
            } else
                ty_buyback(a, s, lo, hi, (size_t)k, am, na);
        }
        /* ("a stock split", "a three-for-two split", "a ten-for-one forward split") */
        static const char *const split_kind[] = {"forward", "reverse", NULL};
        if ((k = ex_ty_find(a, lo, hi, split)) >= 0 &&
            (split_of_stock(a, lo, hi, (size_t)k) ||
             ((size_t)k > lo && ex_ty_is(a, (size_t)k - 1, split_kind) &&
              split_of_stock(a, lo, hi, (size_t)k - 1))))
            ty_split(a, s, lo, hi, (size_t)k, 0);
        /* "a one-for-five bonus share issue", "a one-for-ten bonus issue" */
        else if ((k = ex_ty_find(a, lo, hi, bonus)) >= 0 && (size_t)k + 1 < hi &&
                 ex_ty_is(a, (size_t)k + 1, bonus_of))
            ty_split(a, s, lo, hi, (size_t)k, 1);
        /* one scan for any instrument first: most clauses name none. Then a financing per
         * kind of instrument, in text order, each with the amount nearest it ("raised $10
         * billion through a bond sale and secured a $10 billion credit facility") */
        size_t pos[4], np = 0;
        const char *kinds[4];
        /* "closed a new $1.25 billion unsecured credit facility, consisting of a $750 million
         * revolving credit facility and a $500 million term loan": one financing, its parts
         * told after it */
        static const char *const parts[] = {"consisting of", "comprising",        "comprised of",
                                            "made up of",    "which consists of", NULL};
        size_t fhi = hi;
        long cp = any_instrument >= 0 ? ex_ty_find_phrase(a, lo, hi, parts, NULL) : -1;
        if (cp > any_instrument && ty_amount_in(am, na, lo, (size_t)cp, 0)) fhi = (size_t)cp;
        uint64_t inst = any_instrument >= 0 ? ty_instruments_in(a, lo, fhi) : 0;
        for (size_t f = 0; any_instrument >= 0 && ty_instruments[f] && np < 4; f++) {
            if (!((inst >> f) & 1)) continue; /* (its first word is none of the clause's) */
            /* not a word of a name ("First Southern Federal Savings and Loan Association") */
            for (k = ex_ty_find_one(a, lo, fhi, ty_instruments[f]); k >= 0;
                 k = ex_ty_find_one(a, (size_t)k + 1, fhi, ty_instruments[f])) {
                if (!ex_in_mention(a, (size_t)k)) break;
            }
            if (k < 0) continue;
            /* ("priced a 500 million euro seven-year green bond", not "the bond market",
             * "bond yields rose", "a bond fund") */
            /* (a bond of its own told with its sum a few words before: "a 500 million euro
             * ($536 million) seven-year green bond", not "the key 30-year Treasury bond") */
            if (strcmp(ty_instruments[f], "bond") == 0 &&
                (((size_t)k + 1 < hi && ex_ty_is(a, (size_t)k + 1, bond_not)) ||
                 ex_ty_find_one(a, (size_t)k > lo + 4 ? (size_t)k - 4 : lo, (size_t)k, "per") >=
                     0 ||
                 !ty_amount_in(am, na, (size_t)k > lo + 12 ? (size_t)k - 12 : lo, (size_t)k, 0)))
                continue;
            /* "an offering of 12 million shares", "a public offering" (of shares, not "of
             * $500 million of senior notes") */
            const char *kind = ty_instrument_kinds[f];
            /* ("MTS Acquisition Corp's 28-dlr-per-share offering price for Caesars World": the
             * price a bidder offers, no issue) */
            size_t pe = (size_t)ex_ty_phrase(a, (size_t)k, hi, ty_instruments[f]);
            if (strstr(ty_instruments[f], "offering") && pe && pe < hi &&
                ex_tok_is(a, pe, "price") && pe + 1 < hi && ex_tok_is(a, pe + 1, "for"))
                continue;
            if (strstr(ty_instruments[f], "offering") && !strstr(ty_instruments[f], "initial") &&
                !offering_of_shares(a, (size_t)k, hi,
                                    strcmp(ty_instruments[f], "offering of") == 0) &&
                !(kind = offering_of_debt(a, (size_t)k, hi)))
                continue;
            int seen = 0;
            for (size_t q = 0; q < np && !seen; q++)
                seen = strcmp(kinds[q], kind) == 0 ||
                       ((size_t)k + 3 > pos[q] && (size_t)k < pos[q] + 3);
            if (seen) continue;
            size_t q = np++;
            for (; q > 0 && pos[q - 1] > (size_t)k; q--)
                pos[q] = pos[q - 1], kinds[q] = kinds[q - 1];
            pos[q] = (size_t)k, kinds[q] = kind;
        }
        /* "sold $600 million of eight-year notes", "will offer two mln shares of common
         * stock": an issue told by its verb, its amount and what it is of */
        int by_verb = 0;
        if (!np) {
            size_t at;
            const char *kind = issue_by_verb(a, lo, hi, am, na, &at);
            if (kind) pos[np] = at, kinds[np++] = kind, by_verb = 1;
        } else if (np < 4 && pos[0] > lo + 3) {
            /* ("prices $1.25 billion of notes, signs new $2 billion revolver": an issue told by
             * its verb before another instrument named) */
            size_t at;
            const char *kind = issue_by_verb(a, lo, pos[0], am, na, &at);
            if (kind && strcmp(kind, kinds[0]) != 0 && at + 2 < pos[0]) {
                for (size_t q = np++; q > 0; q--) pos[q] = pos[q - 1], kinds[q] = kinds[q - 1];
                pos[0] = at, kinds[0] = kind;
            }
        }
        for (size_t q = 0; q < np; q++)
            ty_financing(a, s, lo, hi, pos[q], kinds[q], am, na, q ? pos[q - 1] + 1 : lo,
                         q + 1 < np ? pos[q + 1] : fhi, by_verb);
        lo = i + 1;
    }
    /* "unveils a $15 billion buyback" launches no product */
    int capital = 0, product = 0;
    for (size_t i = a->out->n; i-- > a->out_base;) { /* the sentence's events are last */
        event_type_t t = a->out->items[i].type;
        if (a->out->items[i].source.offset != (long long)s->off) break;
        capital |= t == EVENT_BUYBACK || t == EVENT_DIVIDEND || t == EVENT_FINANCING ||
                   t == EVENT_STOCK_SPLIT;
        product |= t == EVENT_PRODUCT_ANNOUNCEMENT;
    }
    if (capital && product) ex_unemit_type(a, s, EVENT_PRODUCT_ANNOUNCEMENT);
    /* "declared a quarterly cash dividend of $0.34 per share on its common stock, an increase
     * of $0.02, or 6.3%": the dividend's change, no move of the stock */
    int moves = 0, echo = 0;
    for (size_t i = a->out->n; i-- > a->out_base;) {
        const event_t *m = &a->out->items[i];
        if (m->source.offset != (long long)s->off) break;
        double p, c;
        if (m->type != EVENT_SHARE_MOVE || !event_get_num(m, "percent", &p)) continue;
        moves++;
        for (size_t j = a->out->n; j-- > a->out_base;) {
            const event_t *d = &a->out->items[j];
            if (d->source.offset != (long long)s->off) break;
            if (d->type == EVENT_DIVIDEND && event_get_num(d, "change_percent", &c) &&
                (c == p || c == -p)) {
                echo++;
                break;
            }
        }
    }
    if (moves && echo == moves) ex_unemit_type(a, s, EVENT_SHARE_MOVE);
}
