/* extract_num: numbers of a sentence. Percentages, money (currency, scale, qualifier),
 * dates written in the sentence; and the queries rules make over them. */
#include "extract_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"

/* strtod(b, end) for what most numbers are, digits with at most one '.' and 15 digits in
 * all: the integer of the digits is exact in a double, as is a power of ten up to 10^22,
 * and one division of the two rounds correctly as strtod does, so the value is the same
 * bit for bit. Anything else goes to strtod. */
static double ex_parse_dec(const char *b, char **end)
{
    static const double p10[16] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    uint64_t m = 0;
    size_t i = 0, nd = 0, frac = 0;
    for (; ex_digit_c((unsigned char)b[i]); i++, nd++) m = m * 10 + (uint64_t)(b[i] - '0');
    if (nd && b[i] == '.')
        for (i++; ex_digit_c((unsigned char)b[i]); i++, nd++, frac++)
            m = m * 10 + (uint64_t)(b[i] - '0');
    if (!nd || nd > 15 || (b[i] && b[i] != '-')) return strtod(b, end);
    *end = (char *)b + i;
    return frac ? (double)m / p10[frac] : (double)m;
}

double ex_parse_num(const art_t *a, size_t i)
{
    char b[48];
    size_t n = 0;
    const extract_tok_t *t = ex_tk(a, i);
    for (size_t k = 0; k < t->len && n + 1 < sizeof b; k++)
        if (a->text[t->off + k] != ',') b[n++] = a->text[t->off + k];
    b[n] = 0;
    /* "6-1/4": a whole number and a fraction (the tokenizer keeps only these in a number) */
    char *end;
    double v = ex_parse_dec(b, &end);
    double part;
    if (*end == '-') {
        char *slash;
        double num = strtod(end + 1, &slash);
        if (*slash == '/') v += num / strtod(slash + 1, NULL);
    } else if (extract_tok_vulgar((const unsigned char *)end, strlen(end), &part))
        v += part; /* "77½" */
    return v;
}

const char *ex_crowns_of(const art_t *a)
{
    /* only ex_cur_value reads the answer, for a currency phrase whose value is "crowns"
     * (kronor, krone): an article without one is not searched for a country */
    int crowns = 0;
    for (size_t i = 0; i < a->toks.n && !crowns; i++) {
        if (!((a->lexcls_at[i] >> LEX_CURRENCY) & 1)) continue;
        for (uint32_t k = a->lexm_at[i]; k < a->lexm_at[i + 1] && !crowns; k++) {
            const extract_lex_entry_t *en = a->lexm[k];
            crowns = en->cls == LEX_CURRENCY && en->value && strcmp(en->value, "crowns") == 0;
        }
    }
    if (!crowns) return NULL;
    /* each word a literal of its own, so that ex_tok_is compares a length and a hash known
     * when compiling (a table of the words, read in a loop, measured and read each one for
     * every capitalised token of the article) */
    for (size_t i = 0; i < a->toks.n; i++) {
        if (!(ex_tk(a, i)->flags & EXTRACT_TOK_CAP)) continue;
        if (ex_tok_is(a, i, "swedish") || ex_tok_is(a, i, "sweden") || ex_tok_is(a, i, "stockholm"))
            return "SEK";
        if (ex_tok_is(a, i, "norwegian") || ex_tok_is(a, i, "norway") || ex_tok_is(a, i, "oslo"))
            return "NOK";
        if (ex_tok_is(a, i, "danish") || ex_tok_is(a, i, "denmark") ||
            ex_tok_is(a, i, "copenhagen"))
            return "DKK";
        if (ex_tok_is(a, i, "czech") || ex_tok_is(a, i, "prague")) return "CZK";
        if (ex_tok_is(a, i, "icelandic") || ex_tok_is(a, i, "iceland") ||
            ex_tok_is(a, i, "reykjavik"))
            return "ISK";
    }
    return NULL;
}

const char *ex_cur_value(const art_t *a, const extract_lex_entry_t *en)
{
    /* a bare "dlrs" is the article's dollar ("Figures in Canadian dlrs"), "U.S. dollars" not */
    if (en->value && strcmp(en->value, "USD") == 0 && a->dollar && en->phrase[0] == 'd')
        return a->dollar;
    /* (a bare "francs" is the Swiss story's: "French francs" stays) */
    if (en->value && strcmp(en->value, "FRF") == 0 && a->franc && en->phrase[0] == 'f')
        return a->franc;
    if (!en->value || strcmp(en->value, "crowns") != 0) return en->value;
    return a->crowns;
}

const char *ex_cur_before(const art_t *a, const sent_t *s, size_t i, size_t *start)
{
    const char *cur = NULL;
    for (size_t k = 0; k < a->nhits; k++) {
        const extract_lex_hit_t *c = &a->hits[k];
        if (c->entry->cls == LEX_CURRENCY && c->entry->sym && c->t1 == i &&
            (!cur || c->t0 < *start))
            cur = c->entry->value, *start = c->t0;
    }
    /* "Pounds 1.04bn", "Dollars 4.55bn": a currency's name with a capital before it */
    const extract_lex_hit_t *h;
    if (!cur && i > s->t0 && (h = ex_hit_ending(a, i, LEX_CURRENCY)) != NULL &&
        (ex_tk(a, h->t0)->flags & EXTRACT_TOK_CAP) &&
        !(h->t0 > s->t0 && (ex_tk(a, h->t0 - 1)->flags & EXTRACT_TOK_NUM)))
        cur = h->entry->value, *start = h->t0;
    return cur;
}

/* Words of approximation before a figure: "about 3.4 billion euros", "roughly six percent"
 * (the lexicon's qual "about" class is phrases; "almost" is here too). */
static const char *const num_approx[] = {"about",  "around",        "nearly", "roughly",
                                         "almost", "approximately", "some",   NULL};

void ex_find_numbers(art_t *a, const sent_t *s)
{
    a->nnums = 0;
    for (size_t i = s->t0; i < s->t1 && a->nnums < 32; i++) {
        const extract_tok_t *t = ex_tk(a, i);
        const extract_lex_hit_t *h;
        /* "for nine mln dlrs", "two billion dollars": a number written as a word before a
         * scale (a sum only: "nine pct" is read as no percentage) */
        static const char *const words[] = {"one",    "two",    "three", "four", "five",
                                            "six",    "seven",  "eight", "nine", "ten",
                                            "eleven", "twelve", NULL};
        double wv = 0;
        /* (but a share of a count told before: "about 1,100 employees, or eight pct") */
        /* (or a move told in words, a verb of the lexicon's up or down classes before it:
         * "Shares in the company rose five percent", "were off five percent") */
        /* (past a word of approximation: "about 1,800 jobs, or roughly six percent of its
         * workforce") */
        size_t oi = i >= s->t0 + 3 && ex_ty_is(a, i - 1, num_approx) ? i - 1 : i;
        int or_pct =
            !(t->flags & EXTRACT_TOK_NUM) && oi >= s->t0 + 2 && i + 1 < s->t1 &&
            ((ex_tok_is(a, oi - 1, "or") && ex_tok_is(a, oi - 2, ",")) ||
             ex_class_at(a, i - 1, i, LEX_UP, NULL) || ex_class_at(a, i - 1, i, LEX_DOWN, NULL) ||
             ex_tok_is(a, i - 1, "off") || ex_tok_is(a, i - 1, "by")) &&
            (ex_tok_is(a, i + 1, "pct") || ex_tok_is(a, i + 1, "percent"));
        /* (or cents told in words: "a quarterly payment of five cts a share") */
        int cents = !(t->flags & EXTRACT_TOK_NUM) && i + 3 < s->t1 &&
                    (ex_tok_is(a, i + 1, "cts") || ex_tok_is(a, i + 1, "cents")) &&
                    (ex_tok_is(a, i + 2, "a") || ex_tok_is(a, i + 2, "per"));
        if (!(t->flags & EXTRACT_TOK_NUM)) {
            if (!(t->flags & EXTRACT_TOK_LOWER) ||
                (!or_pct && !cents &&
                 (i + 2 >= s->t1 || !(h = ex_hit_at(a, i + 1, LEX_SCALE)) ||
                  h->entry->phrase[1] == 0)))
                continue;
            for (size_t w = 0; words[w] && wv == 0; w++)
                if (ex_tok_is(a, i, words[w])) wv = (double)(w + 1);
            if (wv == 0) continue;
        }
        num_t *n = &a->nums[a->nnums];
        memset(n, 0, sizeof *n);
        n->t0 = n->t1 = (uint32_t)i;
        size_t j = i + 1;
        /* percent */
        if ((!wv || or_pct) && j < s->t1 &&
            (ex_tok_is(a, j, "%") || ex_tok_is(a, j, "percent") || ex_tok_is(a, j, "pct") ||
             (ex_tok_is(a, j, "per") && j + 1 < s->t1 && ex_tok_is(a, j + 1, "cent")))) {
            n->pct = 1;
            n->v = wv ? wv : ex_parse_num(a, i);
            n->t1 = (uint32_t)(j + (ex_tok_is(a, j, "per") ? 2 : 1));
            if (i > s->t0 && ex_tok_is(a, i - 1, "-") && !(t->flags & EXTRACT_TOK_SPACE) &&
                i - 1 > s->t0 && (ex_tk(a, i - 1)->flags & EXTRACT_TOK_SPACE))
                n->v = -n->v, n->t0 = (uint32_t)(i - 1);
            a->nnums++;
            i = n->t1 - 1;
            continue;
        }
        /* money: [sym] NUM [scale] [word currency] */
        size_t start = i;
        const char *cur = ex_cur_before(a, s, i, &start);
        double mult = 1;
        /* "a $2-billion deal": the scale glued to the number by a hyphen */
        if (cur && j + 1 < s->t1 && ex_tok_is(a, j, "-") &&
            !(ex_tk(a, j)->flags & EXTRACT_TOK_SPACE) &&
            !(ex_tk(a, j + 1)->flags & EXTRACT_TOK_SPACE) && ex_hit_at(a, j + 1, LEX_SCALE) &&
            ex_hit_at(a, j + 1, LEX_SCALE)->entry->phrase[1] != 0)
            j++;
        if ((h = ex_hit_at(a, j, LEX_SCALE)) != NULL) {
            /* "m", "b" only glued to the number (2.1bn, 400m) */
            if (!(h->entry->phrase[1] == 0 && (ex_tk(a, j)->flags & EXTRACT_TOK_SPACE))) {
                mult = h->entry->num;
                j = h->t1;
            }
        }
        if (!cur && (h = ex_hit_at(a, j, LEX_CURRENCY)) != NULL && !h->entry->sym &&
            (cur = ex_cur_value(a, h->entry)) != NULL)
            j = h->t1;
        if (!cur) continue;
        /* a price per share, not an amount: "$38 a share", "$38-a-share" */
        size_t ps = j < s->t1 && ex_tok_is(a, j, "-") && !(ex_tk(a, j)->flags & EXTRACT_TOK_SPACE)
                        ? j + 1
                        : j;
        int hy = ps > j;
        if (ps + 1 + hy < s->t1 && (ex_tok_is(a, ps, "a") || ex_tok_is(a, ps, "per")) &&
            (!hy || ex_tok_is(a, ps + 1, "-")) && ex_tok_is(a, ps + 1 + hy, "share"))
            continue;
        /* ("shares of X at 35 dlrs each"; a headline's "100 DLR/SHR BID") */
        if (!hy && j < s->t1 && ex_tok_is(a, j, "each")) continue;
        if (j + 1 < s->t1 && ex_tok_is(a, j, "/") &&
            (ex_tok_is(a, j + 1, "shr") || ex_tok_is(a, j + 1, "share")))
            continue;
        /* ("to 35 dlrs a share from 30 dlrs", "a share, up from 30 dlrs": the price before) */
        size_t fb = start;
        if (fb > s->t0 && ex_tok_is(a, fb - 1, "from")) fb--;
        if (fb > s->t0 && ex_tok_is(a, fb - 1, "up")) fb--;
        if (fb > s->t0 && ex_tok_is(a, fb - 1, ",")) fb--;
        if (fb < start && fb >= s->t0 + 2 && ex_tok_is(a, fb - 1, "share") &&
            (ex_tok_is(a, fb - 2, "a") || ex_tok_is(a, fb - 2, "per") || ex_tok_is(a, fb - 2, "-")))
            continue;
        if (j < s->t1 && ex_tok_is(a, j, "cts")) continue;
        /* ("rejected the 38 dlr offer as inadequate": a wire's price a share, told without
         * "a share", a bare figure of dollars before the offer) */
        static const char *const offer_w[] = {"offer", "bid", "tender", "proposal", NULL};
        if (mult == 1 && j > start && ex_tok_is(a, j - 1, "dlr") && j < s->t1 &&
            ex_ty_is(a, j, offer_w))
            continue;
        /* (read only for a number kept: most are neither a percentage nor money) */
        double base = wv ? wv : ex_parse_num(a, i);
        n->v = mult == 1 ? base : ex_ty_round(base * mult);
        ex_copy(n->cur, sizeof n->cur, cur);
        n->t0 = (uint32_t)start;
        n->t1 = (uint32_t)j;
        if ((h = ex_hit_ending(a, start, LEX_QUAL)) != NULL)
            n->qual = strcmp(h->entry->value, "up_to") == 0 ? 1 : 2;
        a->nnums++;
        i = j - 1;
    }
}

void ex_find_dates(art_t *a, const sent_t *s)
{
    a->ndates = 0;
    /* A token opens a date only as a capitalised word whose first letter is one of JFMASOND
     * (date_month_of's first test), or as a number of one or two digits ("25 March") or the
     * year of "2025-03-25" (date_scan_text's forms): "1,500", "3.5", "1987" do not. Which
     * tokens pass is a coin toss: they are gathered without a branch, a block of 64 at a
     * time, then read in order. */
    const uint32_t months = (1u << ('j' - 'a')) | (1u << ('f' - 'a')) | (1u << ('m' - 'a')) |
                            (1u << ('a' - 'a')) | (1u << ('s' - 'a')) | (1u << ('o' - 'a')) |
                            (1u << ('n' - 'a')) | (1u << ('d' - 'a'));
    size_t next = s->t0; /* the first token not inside a date found */
    for (size_t b = s->t0; b < s->t1 && a->ndates < 8; b += 64) {
        size_t be = s->t1 - b < 64 ? s->t1 : b + 64, nc = 0;
        uint32_t cand[64];
        for (size_t i = b; i < be; i++) {
            const extract_tok_t *t = ex_tk(a, i);
            unsigned l = (unsigned char)a->text[t->off] | 32u, li = l - 'a';
            unsigned word = (t->flags & EXTRACT_TOK_WORD) != 0;
            unsigned num = (t->flags & EXTRACT_TOK_NUM) != 0;
            unsigned month = (li < 26) & (unsigned)((months >> (li & 31)) & 1);
            size_t d4 = t->off + 4 < s->end ? t->off + 4 : t->off;
            unsigned day = (t->len <= 2) | ((t->len == 4) & (d4 != t->off) & (a->text[d4] == '-'));
            cand[nc] = (uint32_t)i;
            nc += (word & ((t->flags & EXTRACT_TOK_CAP) != 0) & month) | ((word ^ 1) & num & day);
        }
        for (size_t c = 0; c < nc && a->ndates < 8; c++) {
            size_t i = cand[c];
            if (i < next) continue;
            const extract_tok_t *t = ex_tk(a, i);
            int y, m, d;
            size_t k = date_scan_text(a->text + t->off, s->end - t->off, 0, &y, &m, &d);
            if (!k) continue;
            if ((t->flags & EXTRACT_TOK_WORD) && t->len == 3 && ex_tok_is(a, i, "may") && !y)
                continue;
            sdate_t *sd = &a->dates[a->ndates++];
            sd->iso[0] = 0;
            int yearless = !y;
            if (!y) y = a->year;
            /* ("would retire at the annual meeting on March 24", told in September: the March
             * to come, not the one gone by) */
            static const char *const to_come[] = {"will",     "would", "shall", "scheduled",
                                                  "expected", "due",   NULL};
            long dd, dl;
            if (yearless && y && date_valid(y, m, d) && a->dateline[0] &&
                date_parse_iso(a->dateline, &dl) == 0 && (dd = date_from_ymd(y, m, d)) < dl - 7 &&
                date_valid(y + 1, m, d)) {
                /* (in the date's own clause: not "which is expected to report results next
                 * month, cut 200 jobs on March 5") */
                long fw = ex_ty_find_last(a, i > s->t0 + 16 ? i - 16 : s->t0, i, to_come);
                if (fw >= 0 && ex_ty_find_one(a, (size_t)fw, i, ",") < 0) y++;
            }
            if (y && date_valid(y, m, d)) date_ymd_iso(y, m, d, sd->iso);
            /* ("payable on December 15 to shareholders of record on November 28", "effective
             * on January 1": a date the news sets, not the day it happened) */
            static const char *const later[] = {"payable",   "paid", "record",
                                                "effective", "due",  NULL};
            sd->on = i > s->t0 && ex_tok_is(a, i - 1, "on") &&
                     !(i > s->t0 + 1 && ex_ty_is(a, i - 2, later));
            sd->t0 = (uint32_t)i;
            while (i + 1 < s->t1 && ex_tk(a, i + 1)->off < t->off + k) i++;
            next = i + 1;
        }
    }
}

/* Is the sum at n what a company is worth, not what is paid ("valuing the company at $5
 * billion", "at a valuation of", "a post-money valuation")? Not "a deal valued at". */
static int money_valuation(const art_t *a, const num_t *n)
{
    static const char *const val[] = {"valuing", "valuation", NULL};
    static const char *const deal[] = {"deal", "transaction", "offer", "bid", NULL};
    size_t lo = n->t0 > 6 ? n->t0 - 6 : 0;
    long v = ex_ty_find(a, lo, n->t0, val);
    /* "a funding round led by Thrive Capital that values the three-year-old company at $30
     * billion": what a round says the company is worth (not a deal's value: "the deal values
     * Tessaly at") */
    static const char *const values[] = {"values", "valued", "value", NULL};
    size_t at = n->t0;
    if (at > 0 && ex_hit_ending(a, at, LEX_QUAL)) at = ex_hit_ending(a, at, LEX_QUAL)->t0;
    /* (and the worth it had before: "at $30 billion, up from $9 billion in January") */
    if (at > 2 && ex_tok_is(a, at - 1, "from"))
        for (size_t k = 0; k < a->nnums; k++)
            if (&a->nums[k] != n && !a->nums[k].pct && a->nums[k].t1 < at &&
                a->nums[k].t1 + 4 >= at && a->nums[k].t0 < n->t0 && money_valuation(a, &a->nums[k]))
                return 1;
    if (v < 0 && at > 2 && ex_tok_is(a, at - 1, "at")) {
        static const char *const deal_w[] = {"deal",     "transaction", "offer",    "bid",
                                             "buyout",   "takeover",    "merger",   "acquisition",
                                             "purchase", "sale",        "proposal", NULL};
        long w = ex_ty_find(a, at > 12 ? at - 12 : 0, at - 1, values);
        /* (a deal named in the clause before: "an unsolicited takeover proposal from larger
         * rival Calloway Resources Ltd that valued the company at") */
        /* (past the target's description and ticker: "launched a recommended cash tender offer
         * for Finnish dairy and snacks maker Iisalmi Foods Oyj (IISFO.HE) that values the
         * company at about 1.1 billion euros") */
        if (w >= 0 && ex_ty_find(a, (size_t)w > 18 ? (size_t)w - 18 : 0, at, deal_w) < 0 &&
            !ex_tok_is(a, (size_t)w + 1, "at"))
            return 1;
    }
    if (v < 0) {
        /* "a $5 billion valuation" */
        size_t e = n->t1 + 2 < a->toks.n ? n->t1 + 2 : a->toks.n;
        long w = ex_ty_find(a, n->t1, e, val);
        return w >= 0 && ex_tok_is(a, (size_t)w, "valuation");
    }
    return ex_ty_find(a, (size_t)v, n->t0, deal) < 0;
}

/* Is money n a company's size, not a sum paid ("a banking giant with a balance sheet of $1.6
 * trillion", "which has assets of 150.6 mln dlrs", "annual sales of $2 billion", "net income
 * of around 16 mln dlrs")? */
static int money_of_size(const art_t *a, const num_t *n)
{
    static const char *const size_w[] = {"sheet",    "assets",   "deposits", "revenue", "revenues",
                                         "sales",    "turnover", "income",   "profit",  "profits",
                                         "earnings", "gain",     "gains",    "loss",    "losses",
                                         "deficit",  NULL};
    size_t t = n->t0;
    /* ("66 new offices and three billion dlrs in assets") */
    if (n->t1 + 1 < a->toks.n && ex_tok_is(a, n->t1, "in") && ex_ty_is(a, n->t1 + 1, size_w))
        return 1;
    /* ("annual revenue of about 3.4 billion euros") */
    if (t >= 2 && ex_ty_is(a, t - 1, num_approx) && ex_tok_is(a, t - 2, "of")) t--;
    if (t >= 1 && ex_tok_is(a, t - 1, "of")) t--;
    if (t >= 1 && (ex_tok_is(a, t - 1, "total") || ex_tok_is(a, t - 1, "annual"))) t--;
    return t < n->t0 && t >= 1 && ex_ty_is(a, t - 1, size_w);
}

int ex_price_moved_to(const art_t *a, size_t t0)
{
    static const char *const move[] = {"gain",     "rise",     "fall",    "drop",
                                       "jump",     "increase", "decline", "premium",
                                       "discount", "higher",   "lower",   NULL};
    if (t0 < 2 || !(ex_tok_is(a, t0 - 1, "to") || ex_tok_is(a, t0 - 1, "at"))) return 0;
    for (size_t k = 0; k < a->nnums; k++)
        if (a->nums[k].pct && (a->nums[k].t1 + 1 == t0 ||
                               (a->nums[k].t1 + 2 == t0 && ex_ty_is(a, a->nums[k].t1, move))))
            return 1;
    return 0;
}

const num_t *ex_money_in(const art_t *a, size_t lo, size_t hi)
{
    for (size_t q = 0; q < a->nnums; q++)
        if (!a->nums[q].pct && a->nums[q].cur[0] && a->nums[q].t0 >= lo && a->nums[q].t0 <= hi)
            return &a->nums[q];
    return NULL;
}

const num_t *ex_money_near(const art_t *a, size_t from)
{
    const num_t *best = NULL, *val = NULL;
    for (size_t k = 0; k < a->nnums; k++) {
        const num_t *n = &a->nums[k];
        if (n->pct || ex_price_moved_to(a, n->t0) || money_of_size(a, n)) continue;
        /* (a price a share, not a deal's worth: "to 36 dlrs a share in cash from 32 dlrs") */
        if (n->v < 1000) continue;
        /* (nor money borrowed to pay it: "funded the purchase price with cash on hand and $400
         * million of borrowings") */
        static const char *const borrowed[] = {"borrowings", "debt", "loans", "financing", NULL};
        if (n->t1 + 1 < a->toks.n && (ex_tok_is(a, n->t1, "of") || ex_tok_is(a, n->t1, "in")) &&
            ex_ty_is(a, n->t1 + 1, borrowed))
            continue;
        /* (nor a sum of a clause of its own past a semicolon: "Agree to Terminate Merger
         * Agreement; Rillington Authorizes $500 Million Share Repurchase Program") */
        if (ex_ty_find_one(a, n->t0 < from ? n->t1 : from, n->t0 < from ? from : n->t0, ";") >= 0)
            continue;
        if (money_valuation(a, n)) {
            if (!val) val = n;
            continue;
        }
        if (!best || (n->t0 >= from && best->t0 < from)) best = n;
    }
    return best ? best : val;
}

/* Is the date at token t0 a dividend's schedule ("payable March 13 to shareholders of record
 * at the close of business on February 20", "paid on", "ex-dividend on"), not the day it was
 * told? */
static int date_of_schedule(const art_t *a, size_t t0)
{
    static const char *const sched[] = {"payable", "of record",     "record date",
                                        "paid on", "ex - dividend", NULL};
    /* (nor a price's: "a premium of about 25% over the last reported sale price of the
     * Company's common shares on May 10, 2021") */
    static const char *const price_w[] = {"price", "prices", "close", "closing", NULL};
    if (t0 > 1 && ex_tok_is(a, t0 - 1, "on") &&
        ex_ty_find(a, t0 > 9 ? t0 - 9 : 0, t0, price_w) >= 0)
        return 1;
    return ex_ty_find_phrase(a, t0 > 10 ? t0 - 10 : 0, t0, sched, NULL) >= 0;
}

/* Is the date at token t0 the day of something the sentence recalls in a clause of its own
 * ("its outlook ..., which it issued on March 5, 2024", "the fiscal 2024 outlook it provided on
 * October 29, 2024"), not the day the sentence tells of? */
static int date_of_recalled(const art_t *a, size_t t0)
{
    static const char *const gave[] = {"provided", "issued",     "gave",      "given", "announced",
                                       "set",      "introduced", "published", NULL};
    static const char *const not_noun[] = {"said", "says", "that", "and", "as", NULL};
    if (ex_rel_open(a, t0 > 8 ? t0 - 8 : 0, t0)) return 1;
    if (t0 < 4 || !ex_tok_is(a, t0 - 1, "on") || !ex_ty_is(a, t0 - 2, gave)) return 0;
    /* ("agreed to terminate the agreement ... when the pact was announced on February 9") */
    if (ex_ty_find_one(a, t0 > 8 ? t0 - 8 : 0, t0 - 2, "when") >= 0) return 1;
    return (ex_tok_is(a, t0 - 3, "it") || ex_tok_is(a, t0 - 3, "we")) &&
           (ex_tk(a, t0 - 4)->flags & EXTRACT_TOK_LOWER) && !ex_ty_is(a, t0 - 4, not_noun);
}

const char *ex_sentence_date(const art_t *a, int any)
{
    for (size_t k = 0; k < a->ndates; k++)
        if (a->dates[k].iso[0] && (any || a->dates[k].on) && !date_of_schedule(a, a->dates[k].t0) &&
            !date_of_recalled(a, a->dates[k].t0))
            return a->dates[k].iso;
    return NULL;
}

int ex_weekday_date(const art_t *a, const sent_t *s, char out[11])
{
    static const char *const ahead[] = {"will",  "next",  "due", "scheduled", "expected",
                                        "plans", "until", "to",  NULL};
    static const char *const before[] = {"last", "earlier",   "since", "said",
                                         "says", "according", NULL};
    long dl;
    if (!a->dateline[0] || date_parse_iso(a->dateline, &dl) != 0) return 0;
    for (size_t i = s->t0; i < s->t1; i++) {
        const extract_tok_t *t = ex_tk(a, i);
        if (!(t->flags & EXTRACT_TOK_CAP) || t->len < 6 || t->len > 9) continue;
        int wd = date_weekday_of(a->text + t->off, t->len);
        if (wd < 0) continue;
        /* "Black Friday", "Cyber Monday": a name, not a day; "Tuesday's closing price": a day
         * that dates something else */
        if (i > s->t0 && (ex_tk(a, i - 1)->flags & EXTRACT_TOK_CAP) && !ex_tok_is(a, i - 1, "On")) {
            /* (not "Acme Corp Monday said": a company's name before it) */
            int named = 0;
            for (size_t m = 0; m < a->nments && !named; m++) named = a->ments[m].t1 == i;
            if (!named) continue;
        }
        if (i + 1 < s->t1 && (ex_tk(a, i + 1)->flags & EXTRACT_TOK_POSS)) continue;
        /* "Rival Colebrook, which reports on Thursday, gained 1.2%": the day of a relative
         * clause */
        if (ex_rel_open(a, i > s->t0 + 6 ? i - 6 : s->t0, i)) continue;
        /* "said it completed its merger with X, following approval ... by X shareholders at a
         * special meeting on Wednesday": the day of what came before, in a clause of its own
         * (set off by a comma, or opening the sentence), not of what the sentence tells */
        static const char *const since_w[] = {"following", "after", NULL};
        int prior = 0;
        size_t lo1 = i > s->t0 + 20 ? i - 20 : s->t0;
        for (size_t k = i; k-- > lo1 && !prior;) {
            if (ex_tok_is(a, k, ",") || ex_tok_is(a, k, "said") || ex_tok_is(a, k, "says")) break;
            prior = ex_ty_is(a, k, since_w) && (k == s->t0 || ex_tok_is(a, k - 1, ","));
        }
        if (prior) continue;
        /* the tense of the clause before it, back to a "said": "will vote on the merger on
         * Friday", "next Tuesday" ("to" only right before: "adjourned the hearing to Monday") */
        int fwd = 0;
        size_t lo = i > s->t0 + 14 ? i - 14 : s->t0;
        for (size_t k = i; k > lo && !fwd; k--) {
            if (ex_ty_is(a, k - 1, before)) break;
            if (ex_tok_is(a, k - 1, "to") ? k == i : ex_ty_is(a, k - 1, ahead)) fwd = 1;
        }
        date_format_iso(date_weekday_near(dl, wd, fwd), out);
        return 1;
    }
    return 0;
}
