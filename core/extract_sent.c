/* extract_sent: queries over one analysed sentence. Lexicon hits at, ending at or
 * inside a span, words, mentions before and after a token and conjoined groups, the
 * deal status, a place after a token, a span's text. */
#include "extract_int.h"

#include "date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const extract_lex_hit_t *ex_hit_at(const art_t *a, size_t i, int cls)
{
    for (size_t k = 0; k < a->nhits; k++)
        if (a->hits[k].t0 == i && a->hits[k].entry->cls == cls) return &a->hits[k];
    return NULL;
}

const extract_lex_hit_t *ex_hit_ending(const art_t *a, size_t end, int cls)
{
    for (size_t k = 0; k < a->nhits; k++)
        if (a->hits[k].t1 == end && a->hits[k].entry->cls == cls) return &a->hits[k];
    return NULL;
}

int ex_sent_has_word(const art_t *a, const sent_t *s, uint64_t h)
{
    for (size_t i = s->t0; i < s->t1; i++)
        if (ex_tk(a, i)->h == h) return 1;
    return 0;
}

/* Text of tokens [t0, t1) as written (whitespace collapsed), into out (cap bytes). */
void ex_span_text(const art_t *a, size_t t0, size_t t1, char *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = t0; i < t1 && n + 1 < cap; i++) {
        const extract_tok_t *t = ex_tk(a, i);
        if (i > t0 && (t->flags & EXTRACT_TOK_SPACE) && n + 1 < cap) out[n++] = ' ';
        for (size_t k = 0; k < t->len && n + 1 < cap; k++) out[n++] = a->text[t->off + k];
    }
    out[n] = 0;
}

size_t ex_desc_end(const art_t *a, const sent_t *s, size_t r, size_t lim)
{
    while (r < s->t1 && r < lim &&
           ((ex_tk(a, r)->flags & EXTRACT_TOK_LOWER) || ex_tok_is(a, r, "-") ||
            ex_class_at(a, r, r + 1, LEX_PLACE, NULL)))
        r++;
    return r;
}

/* The mention nearest before token i (company, not regulator), or -1. */
long ex_ment_before(const art_t *a, size_t i, size_t lo)
{
    for (size_t k = a->nments; k-- > 0;)
        if (!a->ments[k].regulator && a->ments[k].t1 <= i && a->ments[k].t0 >= lo) return (long)k;
    return -1;
}

size_t ex_dateline_end(const art_t *a, const sent_t *s)
{
    /* the first dash set off by spaces in the first 14 tokens, after a month and a day */
    for (size_t k = s->t0 + 2; k + 1 < s->t1 && k < s->t0 + 14; k++)
        if (ex_tok_is(a, k, "-") && (ex_tk(a, k)->flags & EXTRACT_TOK_SPACE)) {
            for (size_t q = s->t0; q + 1 < k; q++)
                if (date_month_of(a->text + ex_tk(a, q)->off, ex_tk(a, q)->len) &&
                    (ex_tk(a, q + 1)->flags & EXTRACT_TOK_NUM))
                    return k + 1;
            break;
        }
    return s->t0;
}

int ex_rel_open(const art_t *a, size_t lo, size_t i)
{
    static const char *const rel[] = {"which", "who", "whose", NULL};
    for (size_t k = i; k > lo; k--) {
        if (ex_tok_is(a, k - 1, ",")) return 0;
        if (ex_ty_is(a, k - 1, rel)) return 1;
    }
    return 0;
}

long ex_ment_outside_rel(const art_t *a, long k, size_t lo, size_t at)
{
    if (k < 0) return k;
    size_t close = a->ments[k].t1;
    while (close < at && !ex_tok_is(a, close, ",")) close++;
    for (size_t q = a->ments[k].t0; close < at && q > lo + 1 && q + 14 > a->ments[k].t0; q--)
        if ((ex_tok_is(a, q - 1, "which") || ex_tok_is(a, q - 1, "who")) &&
            ex_tok_is(a, q - 2, ",")) {
            size_t e = q - 2;
            /* (past a name's closing bracket: "<Calloway Corp>, which") */
            long kb = ex_ment_before(a, e, lo);
            while (kb >= 0 && e > a->ments[kb].t1 &&
                   (ex_tok_is(a, e - 1, ">") || ex_tok_is(a, e - 1, ")")))
                e--;
            if (kb >= 0 && a->ments[kb].t1 == e && !a->ments[kb].regulator) return kb;
            /* ("The bank holding company, which completed its acquisition of Lakeland National
             * Bank in January, also raised": a description the clause tells of, no name) */
            if (e >= lo + 2 && e <= lo + 6 && ex_tok_is(a, lo, "the")) return -1;
            break;
        }
    return k;
}

long ex_ment_outside_appos(const art_t *a, long k, size_t lo, size_t at)
{
    static const char *const art_w[] = {"a", "an", "the", NULL};
    if (k <= 0) return k;
    long close = ex_ty_find_one(a, a->ments[k].t1, at, ",");
    if (close < 0 || ex_ty_find_one(a, (size_t)close + 1, at, ",") >= 0 ||
        ex_ment_after(a, (size_t)close + 1, at) >= 0)
        return k;
    for (long f = k - 1; f >= 0 && a->ments[f].t0 >= lo; f--) {
        /* (past its legal form however cut: "L.P.", a ticker's bracket) */
        size_t pe = a->ments[f].t1;
        while (pe < a->ments[k].t0 && pe < a->ments[f].t1 + 6 && !ex_tok_is(a, pe, ",") &&
               !(ex_tk(a, pe)->flags & EXTRACT_TOK_LOWER))
            pe++;
        if (pe + 1 < a->ments[k].t0 && ex_tok_is(a, pe, ",") && ex_ty_is(a, pe + 1, art_w) &&
            ex_ty_find_one(a, pe + 1, a->ments[k].t0, ",") < 0 && !a->ments[f].regulator)
            return f;
    }
    return k;
}

const char *const ex_owner_words[] = {"owner", "parent", "operator", "owners", NULL};

long ex_ment_no_backer(const art_t *a, long k, size_t lo, size_t *cut)
{
    static const char *const backed[] = {"backed", "owned", "controlled", "founded", "led", NULL};
    /* "The owner of Cottisford Airways and charter carrier Sunhaven proposed a final
     * dividend": the companies a description opening the clause owns are not its subject */
    if (k >= 0 && a->ments[k].t0 > lo + 3 && ex_tok_is(a, lo, "the") &&
        ex_ty_is(a, lo + 1, ex_owner_words) && ex_tok_is(a, lo + 2, "of") &&
        ex_ment_after(a, lo + 3, lo + 4) >= 0 && ex_ty_find_one(a, lo, a->ments[k].t0, ",") < 0) {
        *cut = lo + 2;
        return -1;
    }
    while (k >= 0) {
        size_t b = a->ments[k].t0;
        while (b > lo + 1 && (ex_tk(a, b - 1)->flags & EXTRACT_TOK_LOWER) &&
               !ex_tok_is(a, b - 1, "by") && b + 4 > a->ments[k].t0)
            b--;
        /* (or "the holding company for Granite Peak Bank", "the parent of X": a company the
         * subject owns, in an appositive) */
        size_t m0 = a->ments[k].t0;
        if (m0 > lo + 2 && (ex_tok_is(a, m0 - 1, "for") || ex_tok_is(a, m0 - 1, "of")) &&
            (ex_tok_is(a, m0 - 2, "company") || ex_tok_is(a, m0 - 2, "parent")) &&
            ex_ty_find_one(a, m0 > lo + 6 ? m0 - 6 : lo, m0, ",") >= 0) {
            *cut = m0 - 2;
            k = ex_ment_before(a, m0 - 2, lo);
            continue;
        }
        if (!(b > lo + 1 && ex_tok_is(a, b - 1, "by") && ex_ty_is(a, b - 2, backed))) return k;
        *cut = b - 2;
        k = ex_ment_before(a, b - 2, lo);
    }
    return k;
}

int ex_sent_names_only(const art_t *a, const sent_t *s, const event_t *ev)
{
    for (size_t q = 0; q < a->nments; q++)
        if (a->ments[q].t0 >= s->t0 && a->ments[q].t0 < s->t1 && !a->ments[q].regulator &&
            !event_has_company(ev, ex_co_id(a, a->ments[q].co)))
            return 0;
    return 1;
}

long ex_ment_after(const art_t *a, size_t i, size_t hi)
{
    for (size_t k = 0; k < a->nments; k++)
        if (!a->ments[k].regulator && a->ments[k].t0 >= i && a->ments[k].t0 < hi) return (long)k;
    return -1;
}

/* Is token range [i, y) what a company is, said in lower case right before its name ("and
 * automaker Vantor Motors Inc"), with a few words that only qualify it: an article, a place
 * or a nationality, a hyphened word, a size ("and Norwegian start-up Fjordmind AS", "and
 * the Oslo-based software maker Fjordmind", "and tiny biotech Kelvar")? */
static int desc_before(const art_t *a, size_t i, size_t y)
{
    static const char *const qual[] = {"the",   "a",        "an",    "fellow", "small",
                                       "tiny",  "smaller",  "local", "rival",  "privately",
                                       "state", "software", NULL};
    size_t l;
    if (y > i + 6) return 0;
    for (size_t q = i; q < y; q++) {
        if (ex_class_at(a, q, y, LEX_DESC, &l) && q + l == y &&
            (ex_tk(a, q)->flags & EXTRACT_TOK_LOWER))
            return 1;
        if (ex_class_at(a, q, y, LEX_PLACE, &l) && q + l < y)
            q += l - 1;
        else if (!(ex_tok_is(a, q, "-") || (q + 1 < y && ex_tok_is(a, q + 1, "-")) ||
                   (q > i && ex_tok_is(a, q - 1, "-")) || ex_ty_is(a, q, qual)))
            return 0;
    }
    return 0;
}

/* Is token range [x, y) only "and", "," and "&" (conjoined mentions), a place and its
 * possessive allowed after the conjunction ("Harkon Motors Corp and Japan's Meisei")? */
static int only_conj(const art_t *a, size_t x, size_t y)
{
    if (y <= x) return 1;
    int conj = 0;
    /* ("Tamarind Chemical Corp of Houston and Kuroda Seiki KK": the first one's town or
     * country after "of") */
    size_t pl;
    if (x + 2 < y && x > 0 && ex_tok_is(a, x, "of") &&
        ex_class_at(a, x - 1, x, LEX_CORPSFX, NULL) && ex_class_at(a, x + 1, y, LEX_PLACE, &pl) &&
        x + 1 + pl < y && ex_tok_is(a, x + 1 + pl, "and"))
        x += 1 + pl;
    for (size_t i = x; i < y; i++) {
        size_t l, tk;
        /* (past a ticker mark: "Tavistrand Motors Ltd (TAVM.NS) and Keluran Energy Ltd") */
        size_t ml = ex_tok_is(a, i, "(") ? ex_ticker_mark(a, i, y, &tk) : 0;
        if (ml) {
            i += ml - 1;
            continue;
        }
        if (ex_tok_is(a, i, "and") || ex_tok_is(a, i, ",") || ex_tok_is(a, i, "&"))
            conj = 1;
        else if (ex_tok_is(a, i, "<") || ex_tok_is(a, i, ">"))
            continue;
        else if (conj && ex_class_at(a, i, y, LEX_PLACE, &l) && i + l < y &&
                 (ex_tk(a, i + l)->flags & EXTRACT_TOK_POSS) && i + l + 1 == y)
            return 1;
        /* ("Utility Solano Energy Corp and automaker Vantor Motors Inc": a description in
         * lower case right before the second name) */
        else if (conj && desc_before(a, i, y))
            return 1;
        else
            return 0;
    }
    return 1;
}

/* Collects the group of conjoined mentions ending with mention k going left. */
size_t ex_group_left(const art_t *a, long k, co_t *out, size_t max)
{
    size_t n = 0;
    if (k < 0) return 0;
    out[n++] = a->ments[k].co;
    while (k > 0 && n < max) {
        long p = k - 1;
        if (a->ments[p].regulator || !only_conj(a, a->ments[p].t1, a->ments[k].t0)) break;
        out[n++] = a->ments[p].co;
        k = p;
    }
    return n;
}

size_t ex_group_right(const art_t *a, long k, co_t *out, size_t max)
{
    size_t n = 0;
    if (k < 0) return 0;
    out[n++] = a->ments[k].co;
    while ((size_t)k + 1 < a->nments && n < max) {
        long q = k + 1;
        if (a->ments[q].regulator || !only_conj(a, a->ments[k].t1, a->ments[q].t0)) break;
        /* "A and B" only when "and" is there somewhere */
        out[n++] = a->ments[q].co;
        k = q;
    }
    return n;
}

const char *const ex_sale_words[] = {"sold", "sell", "sells", "selling", "sale", NULL};
const char *const ex_take_words[] = {"take", "takes", "took", "taking", NULL};

/* The clause words of a headline, in capitals or in title case ("TO BUY", "Agrees to Sell",
 * "Slashes Annual Outlook"): no part of a name. */
/* What a company is, said before its name ("AI startup Nexora", "Retailer Holloway Home",
 * "U.S. chipmaker Vantix"): no part of the name. */
const char *const ex_company_kinds[] = {
    "startup",    "firm",       "company",  "chipmaker",    "automaker",  "carmaker",
    "drugmaker",  "lender",     "insurer",  "retailer",     "giant",      "rival",
    "developer",  "provider",   "operator", "maker",        "specialist", "miner",
    "refiner",    "airline",    "carrier",  "producer",     "supplier",   "publisher",
    "broker",     "grocer",     "brewer",   "homebuilder",  "builder",    "conglomerate",
    "planemaker", "steelmaker", "shipper",  "manufacturer", "utility",    "biotech",
    "brokerage",  "agency",     NULL};

int ex_maker_word(const art_t *a, size_t i)
{
    const extract_tok_t *t = ex_tk(a, i);
    const char *w = a->text + t->off;
    size_t n = t->len - (t->len && (w[t->len - 1] == 's' || w[t->len - 1] == 'S'));
    return n >= 8 && strncasecmp(w + n - 5, "maker", 5) == 0;
}

int ex_company_kind(const art_t *a, size_t i)
{
    if (ex_ty_is(a, i, ex_company_kinds)) return 1;
    return (ex_tk(a, i)->flags & EXTRACT_TOK_LOWER) && ex_maker_word(a, i);
}

const char *const ex_head_verbs[] = {
    "out", "another", "says", "said", "sees", "buys", "sells", "bails", "to", "for", "on", "at",
    "by", "sets", "gets", "has", "plans", "may", "will", "agrees", "seeks", "ups", "cuts", "raises",
    "takes", "makes", "wins", "names", "files", "is", "in", "its", "from", "into", "with", "up",
    "acquire", "acquires", "buy", "sell", "details", "extends", "rejects", "ends", "completes",
    "holds", "owns", "lifts", "trims", "boosts", "studying", "weighs", "dismisses", "approves",
    "clears", "blocks", "backs", "sues", "opposes", "urges", "asks", "denies", "halts", "delays",
    "bids", "offers", "tenders", "slashes", "lowers", "withdraws", "beats", "misses", "tops",
    "jumps", "falls", "rises", "slumps", "surges", "sinks", "reports", "posts", "announces",
    "agree", "hires", "appoints", "ousts", "fires", "cut", "expects", "warns", "settles", "unveils",
    "launches", "receives", "eyes", "explores", "considers", "drops", "abandons", "scraps",
    "accepts", "rebuffs", "spurns", "sweetens", "amends", "renews", "revives", "cancels",
    "postpones", "terminates",
    /* (a press release's headline verbs) */
    "adopts", "reaffirms", "provides", "suspends", "closes", "initiates", "declares", "authorizes",
    "prices", "opens", "expands", "enters", "signs", "secures", "settle", "combine", NULL};

int ex_in_mention(const art_t *a, size_t k)
{
    for (size_t m = 0; m < a->nments; m++)
        if (a->ments[m].t0 <= k && k < a->ments[m].t1) return 1;
    return 0;
}

int ex_hit_in(const art_t *a, int cls, size_t lo, size_t hi, size_t *where)
{
    for (size_t k = 0; k < a->nhits; k++)
        if (a->hits[k].entry->cls == cls && a->hits[k].t0 >= lo && a->hits[k].t1 <= hi) {
            if (where) *where = a->hits[k].t0;
            return 1;
        }
    return 0;
}

const char *ex_deal_status(const art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    static const char *const order[] = {"announced", "talks", "completed", "terminated"};
    const char *dflt = h->entry->status;
    /* "agreed to be acquired by", "will be bought by": a passive after "be" is to come */
    if (dflt && strcmp(dflt, "completed") == 0 && h->t0 > s->t0 && ex_tok_is(a, h->t0 - 1, "be"))
        dflt = "announced";
    int best = -1, talks_word = 0;
    for (int k = 0; k < 4 && dflt; k++)
        if (strcmp(order[k], dflt) == 0) best = k;
    for (size_t k = 0; k < a->nhits; k++) {
        const extract_lex_entry_t *en = a->hits[k].entry;
        if (en->cls != LEX_STATUS || !en->value) continue;
        /* a status word that is another deal's trigger ("would buy Hess ..., following
         * Exxon's purchase of Pioneer") speaks of that deal */
        int other = 0;
        for (size_t q = 0; q < a->nhits && !other; q++)
            other = a->hits[q].entry->cls == LEX_TRIGGER && a->hits[q].t0 == a->hits[k].t0 &&
                    (a->hits[q].t1 <= h->t0 || a->hits[q].t0 >= h->t1) &&
                    a->hits[q].entry->type == h->entry->type;
        if (other) continue;
        /* "withdrew its offer for Carlisle after Carlisle holders approved a merger with
         * Pacifica": a status word across "after" (or "before", "when", "following") from the
         * trigger tells of the other clause's deal */
        static const char *const conj[] = {"after", "before", "when", "following", "until", NULL};
        size_t c0 = a->hits[k].t1 <= h->t0 ? a->hits[k].t1 : h->t1;
        size_t c1 = a->hits[k].t1 <= h->t0 ? h->t0 : a->hits[k].t0;
        if (c0 < c1 && ex_ty_find(a, c0, c1, conj) >= 0) continue;
        /* "said it is not in merger talks with Huntley ... and had instead agreed to buy
         * Gardner": a status word inside a negation tells of no deal */
        for (size_t q = 0; q < a->nhits && !other; q++)
            other = a->hits[q].entry->cls == LEX_NEG && a->hits[q].t0 <= a->hits[k].t0 &&
                    a->hits[k].t1 <= a->hits[q].t1;
        if (other) continue;
        /* "has built a 5% stake in X and is pushing the company to explore a sale": a status
         * word in a clause of its own after the trigger's speaks of something else */
        static const char *const verb[] = {"is",   "are",   "was",  "were", "has", "have",
                                           "will", "would", "said", "says", NULL};
        for (size_t q = h->t1; q + 1 < a->hits[k].t0 && !other; q++)
            other = ex_tok_is(a, q, "and") && ex_ty_is(a, q + 1, verb);
        if (other) continue;
        /* "would be completed next year", "is expected to be completed": not yet */
        size_t st = a->hits[k].t0;
        /* (nor "has closed its in-depth investigation into X's acquisition": the review's) */
        static const char *const review[] = {"investigation", "probe", "review", "inquiry", NULL};
        if (strcmp(en->value, "completed") == 0 &&
            ex_ty_find(a, a->hits[k].t1, a->hits[k].t1 + 7 < s->t1 ? a->hits[k].t1 + 7 : s->t1,
                       review) >= 0)
            continue;
        if (strcmp(en->value, "completed") == 0 && st > s->t0 && ex_tok_is(a, st - 1, "be"))
            continue;
        for (int o = 0; o < 4; o++)
            if (strcmp(order[o], en->value) == 0 && o > best) best = o;
        talks_word |= strcmp(en->value, "talks") == 0;
    }
    /* "the stock was lifted by rumors that Zenith Capital Corp was building a stake in
     * Hartwell": a deal the market rumours is talks at most */
    static const char *const rumour[] = {"rumors",  "rumours",  "rumor",       "rumour",
                                         "rumored", "rumoured", "speculation", NULL};
    if (best >= 0 && best != 1 && best != 3 &&
        ex_ty_find(a, h->t0 > s->t0 + 10 ? h->t0 - 10 : s->t0, h->t0, rumour) >= 0)
        best = 1;
    /* "raised its offer for Bayfield Paper to 45 dlrs a share", "sweetened its bid": an
     * offer on the table, made (unless words of talks say otherwise) */
    /* (and "launched a hostile bid worth about 142 mln stg for", "began a cash tender offer":
     * one made) */
    static const char *const raised[] = {"raised",   "raises",    "raising",   "sweetened",
                                         "sweetens", "increased", "boosted",   "improved",
                                         "launched", "launches",  "launching", "began",
                                         "begins",   "commenced", "commences", NULL};
    if (h->entry->type == EVENT_ACQUISITION && best == 1 && !talks_word &&
        ex_ty_find(a, h->t0 > s->t0 + 5 ? h->t0 - 5 : s->t0, h->t0, raised) >= 0)
        best = 0;
    /* "said it bought a 9.8 pct stake in", "acquired a majority stake in": a stake trigger
     * after a verb of a purchase done */
    /* (not "in which Fujitsu would have bought 80 pct") */
    static const char *const done[] = {
        "bought", "acquired", "purchased", "took",    "sold",    "raised", "increased", "boosted",
        "lifted", "cut",      "reduced",   "lowered", "trimmed", "pared",  "decreased", NULL};
    static const char *const unreal[] = {"have", "would", "to", NULL};
    long d;
    if (h->entry->type == EVENT_INVESTMENT && best < 2 &&
        (d = ex_ty_find(a, h->t0 > s->t0 + 6 ? h->t0 - 6 : s->t0, h->t0, done)) >= 0 &&
        !((size_t)d > s->t0 && ex_ty_is(a, (size_t)d - 1, unreal)))
        best = 2;
    return best >= 0 ? order[best] : "announced";
}

/* "in <Place>" after token i: writes the place into out. */
int ex_place_after(const art_t *a, const sent_t *s, size_t i, char *out, size_t cap)
{
    for (size_t k = 0; k < a->nhits; k++) {
        const extract_lex_hit_t *h = &a->hits[k];
        if (h->entry->cls != LEX_PLACE || h->t0 < i + 1 || h->t0 >= s->t1) continue;
        /* ("a production hub near Corpus Christi, Texas": a town before its state) */
        size_t b = h->t0;
        if (b >= i + 3 && ex_tok_is(a, b - 1, ",") && ex_capword(a, b - 2)) {
            size_t c = b - 2;
            while (c > i + 1 && c + 3 > b - 2 && ex_capword(a, c - 1)) c--;
            if (ex_tok_is(a, c - 1, "in") || ex_tok_is(a, c - 1, "near")) b = c;
        }
        /* ("across the UK", "in the United Kingdom") */
        if (b >= i + 3 && ex_tok_is(a, b - 1, "the") &&
            (ex_tok_is(a, b - 2, "in") || ex_tok_is(a, b - 2, "across")))
            b--;
        /* ("a strategic collaboration with Ikeshima Pharmaceutical for Japan") */
        if (!ex_tok_is(a, b - 1, "in") && !ex_tok_is(a, b - 1, "near") &&
            !ex_tok_is(a, b - 1, "across") && !(ex_tok_is(a, b - 1, "for") && b == h->t0))
            continue;
        if (ex_tok_is(a, b, "the")) b++;
        if (h->t1 < s->t1 && ex_capword(a, h->t1) && !(ex_tk(a, h->t1)->flags & EXTRACT_TOK_UPPER))
            continue; /* "in China Developer ..." is a name, not a place */
        ex_span_text(a, b, h->t1, out, cap);
        return 1;
    }
    return 0;
}
