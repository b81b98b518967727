/* extract_rule_percent: share moves and metric changes, one per signed percentage. */
#include "extract_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The token where the cause of a move opens after token from ("climbed 2.4% after the lender
 * posted first-quarter profit", "as", "on"), or the sentence's end. */
static size_t move_cause(const art_t *a, const sent_t *s, size_t from)
{
    static const char *const cause[] = {"after", "as", "because", "following", "on", NULL};
    long c = ex_ty_find(a, from, s->t1, cause);
    return c >= 0 ? (size_t)c : s->t1;
}

/* "Shares of X more than doubled", "X's stock halved": a move told as a multiple, when the
 * sentence gives no percentage of it. */
static void percent_multiple(art_t *a, const sent_t *s)
{
    static const char *const words[] = {"doubled",    "tripled", "trebled",
                                        "quadrupled", "halved",  NULL};
    static const double pcts[] = {100, 200, 200, 300, -50};
    long v = ex_ty_find(a, s->t0, s->t1, words);
    if (v < 0) return;
    for (size_t q = 0; q < a->nnums; q++)
        if (a->nums[q].pct) return;
    size_t iw = 0;
    size_t lo = (size_t)v > s->t0 + 6 ? (size_t)v - 6 : s->t0;
    if (!ex_hit_in(a, LEX_INSTRUMENT, lo, (size_t)v, &iw)) return;
    long k = ex_ment_before(a, iw, s->t0);
    if (k < 0 && iw + 2 < s->t1 && ex_tok_is(a, iw + 1, "of")) k = ex_ment_after(a, iw + 2, iw + 3);
    if (k < 0) return;
    double pct = 0;
    for (size_t w = 0; words[w]; w++)
        if (ex_tok_is(a, (size_t)v, words[w])) pct = pcts[w];
    party_t p = {a->ments[k].co, "subject"};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_SHARE_MOVE, &p, 1)) return;
    ex_set_num(a, &ev, "percent", pct);
    ex_set_str(a, &ev, "instrument", "shares");
    /* ("its shares, which have more than tripled this year": a move over months told in a
     * relative clause, background to the day's news) */
    static const char *const span[] = {"this year",     "year to date",     "so far this year",
                                       "since january", "in the past year", NULL};
    /* (or since a time named, in any clause: "shares, which have nearly doubled since last
     * summer", "had doubled since February") */
    static const char *const since[] = {"since", NULL};
    size_t vh = (size_t)v + 4 < s->t1 ? (size_t)v + 4 : s->t1;
    if (((ex_rel_open(a, iw, (size_t)v) &&
          ex_ty_find_phrase(a, (size_t)v + 1, vh, span, NULL) >= 0) ||
         ex_ty_find(a, (size_t)v + 1, vh, since) >= 0) &&
        event_set_bool(&ev, "context", 1))
        a->oom = 1;
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* Has the article's segment of s told a share move before ("Hartfield shares rose 3.5%.
 * Rival Colebrook Financial gained 1.2%": the second is a move of shares too)? */
static int seg_moves(const art_t *a, const sent_t *s)
{
    /* the latest events only: a feed's one-line article holds thousands */
    for (size_t i = a->out->n, lo = ex_out_recent(a); i-- > lo;)
        if (a->out->items[i].type == EVENT_SHARE_MOVE && a->ev_seg[i - a->out_base] == s->seg)
            return 1;
    return 0;
}

/* Words of goods counted ("sales of 760 cars"): a percentage beside them is no share move. */
static const char *const ty_units_sold[] = {"cars",  "trucks",     "vehicles", "units",
                                            "sales", "deliveries", NULL};

/* share_move and metric_change, one per percentage. */
void ex_rule_percent(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    (void)h;
    size_t prev = s->t0;
    int last_share = 0;
    long app_iw = -1; /* the shares of an appositive's move ("Renfield shares, down 38% ...,") */
    percent_multiple(a, s);
    for (size_t q = 0; q < a->nnums; q++) {
        const num_t *n = &a->nums[q];
        if (!n->pct) continue;
        /* "a 5.5 per cent year-on-year increase in sales": the basis of the change between
         * the percentage and its sign word */
        static const char *const basis[] = {"year", "on", "-", "like", "for", NULL};
        size_t nb = n->t1;
        while (nb < s->t1 && nb < n->t1 + 5 && ex_ty_is(a, nb, basis)) nb++;
        if (!(nb > n->t1 + 2 && ex_tok_is(a, nb - 1, "year"))) {
            /* "3 per cent like-for-like sales growth", "5 per cent underlying sales growth",
             * "7.6 per cent first-quarter volume growth": the kind or period of the metric
             * between the percentage and the metric, its sign word after the metric */
            static const char *const kind[] = {
                "like",   "for",        "-",        "underlying", "organic", "same",
                "store",  "comparable", "constant", "first",      "second",  "third",
                "fourth", "quarter",    "half",     "full",       "year",    NULL};
            nb = n->t1;
            size_t kb = n->t1;
            while (kb < s->t1 && kb < n->t1 + 6 && ex_ty_is(a, kb, kind)) kb++;
            if (kb > n->t1 && kb < s->t1 && ex_hit_at(a, kb, LEX_METRIC)) nb = kb;
        }
        /* six words on ("a 4.1 per cent rise in like-for-like sales": hyphens count for none) */
        size_t lo = prev, hi = nb;
        for (size_t w = 0; hi < s->t1 && w < 6; hi++)
            if (!ex_tok_is(a, hi, "-")) w++;
        size_t lo8 = n->t0 > lo + 10 ? n->t0 - 10 : lo;
        prev = n->t1;
        /* a stake, not a move */
        size_t w;
        if (ex_hit_in(a, LEX_STAKE, n->t1, n->t1 + 4 < s->t1 ? n->t1 + 4 : s->t1, &w)) continue;
        /* "40% of the company" is a portion; "lost 40% of its value" a move */
        static const char *const worth[] = {"value", "worth", NULL};
        if (n->t1 < s->t1 && ex_tok_is(a, n->t1, "of") &&
            !(n->t1 + 2 < s->t1 && ex_ty_is(a, n->t1 + 2, worth)))
            continue;
        /* sign */
        int sign = 0;
        size_t sw = 0;
        for (size_t k = 0; k < a->nhits; k++) {
            const extract_lex_hit_t *hh = &a->hits[k];
            int c = hh->entry->cls;
            if (c != LEX_UP && c != LEX_DOWN) continue;
            int near = (hh->t1 <= n->t0 && hh->t0 + 6 >= n->t0 && hh->t0 >= lo) ||
                       (hh->t0 >= n->t1 && hh->t0 <= nb + 1);
            if (!near) continue;
            /* (of the words before it, the nearest: "surged 17% to their daily limit-up while
             * Mitsuhama slipped 2.4%") */
            if (!sign || (hh->t0 >= n->t1) || (sw < n->t0 && hh->t0 > sw)) {
                sign = c == LEX_UP ? 1 : -1;
                sw = hh->t0;
            }
        }
        /* "Vantix Semiconductor Corp off 4.1%", "shares were off 2%": "off" right before the
         * figure is a fall */
        if (!sign && n->t0 > lo && ex_tok_is(a, n->t0 - 1, "off")) sign = -1, sw = n->t0 - 1;
        /* "rose 2-3/8 to 27-1/2, or 9.5 pct": the move in points, then ", or" its percentage;
         * the sign is the clause's verb's */
        /* (or ", off 7.9 pct", ", up 5 pct": the move in points first) */
        static const char *const off_w[] = {"off", "up", "down", NULL};
        int or_pct = n->t0 >= lo + 4 && ex_tok_is(a, n->t0 - 2, ",") &&
                     (ex_tok_is(a, n->t0 - 1, "or") || ex_ty_is(a, n->t0 - 1, off_w));
        /* ("fell 3-3/8 to 26-1/2, a loss of 11.3 pct": the appositive's noun signs it) */
        static const char *const up_n[] = {"gain", "rise", "increase", "jump", "advance", NULL};
        static const char *const down_n[] = {"loss", "drop", "decline", "fall", "slide", NULL};
        if (!sign && n->t0 >= lo + 4 && ex_tok_is(a, n->t0 - 1, "of") &&
            ex_tok_is(a, n->t0 - 3, "a") && ex_tok_is(a, n->t0 - 4, ",")) {
            if (ex_ty_is(a, n->t0 - 2, up_n)) sign = 1, sw = n->t0 - 2;
            if (ex_ty_is(a, n->t0 - 2, down_n)) sign = -1, sw = n->t0 - 2;
        }
        if (!sign && or_pct) {
            for (size_t k = 0; k < a->nhits; k++) {
                const extract_lex_hit_t *hh = &a->hits[k];
                int c = hh->entry->cls;
                if ((c == LEX_UP || c == LEX_DOWN) && hh->t0 >= lo && hh->t0 + 16 >= n->t0 &&
                    hh->t1 < n->t0 - 2)
                    sign = c == LEX_UP ? 1 : -1, sw = hh->t0;
            }
        }
        /* "Aldwin Pharmaceuticals (ALDW) +38%:", "Ridgefield Realty (RDGF) -2%:": a briefing's
         * move, signed, right after a name and its ticker */
        int header = 0;
        if (!sign && n->t0 > lo + 1) {
            size_t b = n->t0;
            if (ex_tok_is(a, b - 1, "+") || ex_tok_is(a, b - 1, "-")) b--;
            if (b > lo && ex_tok_is(a, b - 1, ")") && n->t1 < s->t1 &&
                (ex_tok_is(a, n->t1, ":") || ex_tok_is(a, n->t1, ",") ||
                 ex_tok_is(a, n->t1, ";"))) {
                sign = (n->v < 0 || ex_tok_is(a, n->t0 - 1, "-")) ? -1 : 1;
                sw = b - 1;
                header = 1;
            }
        }
        /* "opened 22% above their offering price", "traded 5% below the offer": a place
         * against a price, after a verb of trading */
        static const char *const traded[] = {"opened",  "opens",  "debuted", "traded",
                                             "trading", "closed", "ended",   NULL};
        if (!sign && n->t0 > lo && n->t1 < s->t1 && ex_ty_is(a, n->t0 - 1, traded)) {
            if (ex_tok_is(a, n->t1, "above") || ex_tok_is(a, n->t1, "higher"))
                sign = 1, sw = n->t0 - 1;
            else if (ex_tok_is(a, n->t1, "below") || ex_tok_is(a, n->t1, "lower"))
                sign = -1, sw = n->t0 - 1;
        }
        if (!sign) continue;
        double pct = n->v < 0 ? n->v : sign * n->v;
        size_t iw = 0;
        /* "Hexa shares, which trade at close to the offer price, fell 0.4%": past a relative
         * clause */
        static const char *const which[] = {"which", NULL};
        size_t lo16 = n->t0 > lo + 18 ? n->t0 - 18 : lo;
        if (ex_ty_find(a, lo16, n->t0, which) >= 0) lo8 = lo16;
        /* "Halcyon's shares, which rose 8% on Monday after the report, fell 5.6%": past the
         * relative clause that holds the previous percentage, to the instrument before it */
        long wh = lo > s->t0 ? ex_ty_find(a, lo > s->t0 + 18 ? lo - 18 : s->t0, lo, which) : -1;
        if (wh >= 0 && ex_ty_find_one(a, lo, n->t0, ",") >= 0)
            lo8 = (size_t)wh > s->t0 + 6 ? (size_t)wh - 6 : s->t0;
        if (app_iw >= 0 && ex_ty_find_one(a, lo, n->t0, ",") >= 0) lo8 = (size_t)app_iw;
        /* "Shares of Bigby Foods Inc rose 2-3/8 to 27-1/2, a gain of 9.5 pct": the move in
         * points, then its percentage in an appositive; the instrument opens the clause */
        size_t ilo8 = lo8; /* (where the instrument is looked for; the metric in lo8 on) */
        if (or_pct || (n->t0 >= lo + 4 && sw + 2 == n->t0 && ex_tok_is(a, n->t0 - 1, "of") &&
                       ex_tok_is(a, n->t0 - 3, "a") && ex_tok_is(a, n->t0 - 4, ",")))
            ilo8 = n->t0 > lo + 24 ? n->t0 - 24 : lo;
        app_iw = -1;
        int ifound = ex_hit_in(a, LEX_INSTRUMENT, ilo8, n->t0, &iw);
        int instr = ifound && !ex_tok_is(a, iw, "share");
        /* (past a "share" of another noun on the way: "authorized a new $1.5 billion share
         * repurchase program, sending its shares up 11%") */
        if (ifound && !instr && ex_hit_in(a, LEX_INSTRUMENT, iw + 1, n->t0, &iw))
            instr = !ex_tok_is(a, iw, "share");
        /* ("Ravensby units rose 2.1%": a partnership's units, right before the move) */
        static const char *const units_w[] = {"units", NULL};
        long ku = !instr && sw > ilo8 && sw + 1 == n->t0 && ex_ty_is(a, sw - 1, units_w)
                      ? ex_ment_before(a, sw - 1, ilo8)
                      : -1;
        if (ku >= 0 && a->ments[ku].t1 == sw - 1) instr = 1, iw = sw - 1;
        /* ("Kilvington shares were little changed, while Tirrowby fell 1.6%": the shares of a
         * clause before "while" are not the mover's) */
        /* (the company of the clause after it moved: its own shares, unnamed) */
        static const char *const other_cl[] = {"while", "whereas", ";", NULL};
        long ocl = instr ? ex_ty_find(a, iw, n->t0, other_cl) : -1;
        long kcl = ocl >= 0 ? ex_ment_before(a, n->t0, (size_t)ocl) : -1;
        if (kcl >= 0) iw = a->ments[kcl].t1;
        if (!instr && header && ex_ment_before(a, n->t0, lo) >= 0) {
            instr = 1;
            iw = a->ments[ex_ment_before(a, n->t0, lo)].t1;
            if (iw >= n->t0) iw = n->t0 - 1;
        }
        /* "Shares of sugar and ethanol producer Usina Boa Vista SA rose 5%": the instrument
         * opens the clause, a long description and the name before the verb */
        if (!instr && lo8 > lo && ex_hit_in(a, LEX_INSTRUMENT, lo, lo + 1, &iw) && lo + 2 < n->t0 &&
            (ex_tok_is(a, lo + 1, "of") || ex_tok_is(a, lo + 1, "in"))) {
            long km = ex_ment_before(a, n->t0, lo);
            instr = km >= 0 && a->ments[km].t0 > lo + 1 && a->ments[km].t1 + 3 >= n->t0;
            /* ("Shares of the Austin, Texas-based software company rose 6.3%": a description
             * of the company, the article's, before the verb) */
            size_t dw;
            if (!instr && km < 0 && ex_tok_is(a, lo + 2, "the") &&
                ex_hit_in(a, LEX_DESC, lo + 3, n->t0, &dw) && dw + 3 >= n->t0)
                instr = 1;
        }
        /* "Shares in Hartwell Group, the British home furnishings retailer, fell 14 per cent":
         * past the appositive after the name to the instrument opening the clause */
        if (!instr && sw + 1 == n->t0 && sw > lo + 4 && ex_tok_is(a, sw - 1, ",")) {
            long km = ex_ment_before(a, sw - 1, lo);
            size_t me = km >= 0 ? a->ments[km].t1 : 0;
            size_t ib = km >= 0 && a->ments[km].t0 >= lo + 2 ? a->ments[km].t0 - 2 : 0;
            if (km >= 0 && me < sw - 1 && ex_tok_is(a, me, ",") && sw - 1 - me <= 14 &&
                ex_ty_find_one(a, me + 1, sw - 1, ",") < 0 && ib >= lo &&
                (ex_tok_is(a, ib + 1, "of") || ex_tok_is(a, ib + 1, "in")) &&
                ex_hit_in(a, LEX_INSTRUMENT, ib, ib + 1, &iw))
                instr = 1;
        }
        size_t mw = 0;
        int metric = ex_hit_in(a, LEX_METRIC, n->t1, hi, &mw);
        if (metric) {
            /* "a 5.5% sales rise", "on 6 per cent volume growth": the metric right after the
             * percentage is the one it changes */
            int linked = mw == n->t1 || mw == nb;
            /* (not past another figure: "slumped 9.8% after it reported a 6% drop in
             * third-quarter sales" moved its shares) */
            int other = 0;
            for (size_t q = 0; q < a->nnums && !other; q++)
                other = a->nums[q].t0 >= n->t1 && a->nums[q].t0 < mw;
            for (size_t k = n->t1; k < mw && !other; k++)
                if (ex_tok_is(a, k, "in") || ex_tok_is(a, k, "of")) linked = 1;
            if (!linked) metric = 0;
        }
        if (!metric) metric = ex_hit_in(a, LEX_METRIC, lo8, n->t0, &mw);
        /* (a metric before a company named right before the verb, past "but" or "while", is
         * another clause's: "a 41 per cent rise in full-year profit, but Swinside Gold fell 4.8
         * per cent"; not a list of figures: "truck sales ... with GM up 10.9 pct") */
        long kv = sw + 1 == n->t0 ? ex_ment_before(a, n->t0, lo) : -1;
        size_t from_kv = kv >= 0 && a->ments[kv].t1 == sw ? a->ments[kv].t0 : s->t0;
        static const char *const cl_break[] = {"but", "while", "whereas", ";", NULL};
        long brk = from_kv > s->t0 ? ex_ty_find_last(a, s->t0, from_kv, cl_break) : -1;
        if (brk < 0) from_kv = s->t0;
        if (metric && from_kv > s->t0 && mw < (size_t)brk &&
            !ex_hit_in(a, LEX_METRIC, from_kv, n->t0, NULL))
            metric = 0;
        /* ("Passenger numbers at Thurlbeck Airports Plc (TRLB.L) rose 6 per cent": the metric
         * opening the sentence, its owner's long name and ticker between) */
        if (!metric && lo8 > lo &&
            ex_hit_in(a, LEX_METRIC, lo8 > lo + 6 ? lo8 - 6 : lo, lo8, &mw)) {
            const extract_lex_hit_t *oh = ex_hit_at(a, mw, LEX_METRIC);
            metric = oh && oh->t1 < n->t0 && ex_tok_is(a, oh->t1, "at");
        }
        /* (not what a company said fell: "Leiria analyst Sofia Meireles said hardwood pulp
         * prices in China had fallen about 20 per cent") */
        static const char *const said_w[] = {"said", "says", "noted", "estimated", NULL};
        long kb0 = ex_ment_before(a, n->t0, lo);
        if (!instr && !metric && kb0 >= 0 && (last_share || seg_moves(a, s)) &&
            ex_ty_find(a, a->ments[kb0].t1, n->t0, said_w) < 0) {
            instr = 1;
            iw = (size_t)a->ments[kb0].t1;
            if (iw >= n->t0) iw = n->t0 - 1;
        }
        /* "Corlane Systems Inc rose 7.5% after the software maker raised its forecast" (a
         * list of movers): a company right before a verb of the market right before the
         * percentage, no metric before it and no period after it ("rose 7.5% in the
         * quarter" may be its sales) */
        static const char *const mover[] = {
            "rose", "fell", "jumped", "gained", "slid", "dropped", "climbed", "slumped", "tumbled",
            "surged", "soared", "plunged", "sank", "rallied", "dipped", "slipped", "advanced",
            "added", "lost", "shed", "up", "down",
            /* ("with LVMH falling 2.1% and Kering losing 3.0%") */
            "falling", "rising", "losing", "gaining", "jumping", "sliding", "dropping", "climbing",
            "tumbling", "surging", "soaring", "plunging", "sinking", "slipping", "advancing",
            "adding", "shedding", NULL};
        static const char *const period[] = {"quarter", "year", "month", "half", "period", NULL};
        size_t mdum, pe = n->t1 + 4 < s->t1 ? n->t1 + 4 : s->t1;
        int sw_rel = 0; /* the mover named before a relative clause closed right at its verb */
        if (!instr && !metric && sw + 1 == n->t0 && ex_ty_is(a, sw, mover) &&
            !ex_hit_in(a, LEX_METRIC, from_kv, n->t0, &mdum) &&
            ex_ty_find(a, n->t1, pe, period) < 0) {
            long km = ex_ment_before(a, n->t0, lo);
            /* ("Broadcom Inc, which is developing custom chips for OpenAI, slipped 0.8%": the
             * company before the relative clause moved) */
            if (km >= 0 && sw > lo + 1 && ex_tok_is(a, sw - 1, ",")) {
                long ko = ex_ment_outside_rel(a, km, lo, sw);
                if (ko != km) km = ko, sw_rel = 1;
            }
            /* ("Pellinger, the FTSE 250 oil services engineer, rose 4.8 per cent": the company
             * before an appositive that closes right at its verb) */
            static const char *const art_w[] = {"the", "a", "an", NULL};
            if (km >= 0 && !sw_rel && sw > lo + 1 && ex_tok_is(a, sw - 1, ",")) {
                long kb = ex_ment_before(a, n->t0, lo);
                for (long q = kb; q >= 0 && a->ments[q].t0 >= lo; q--) {
                    size_t me = a->ments[q].t1;
                    if (me + 3 < sw && me + 14 > sw && ex_tok_is(a, me, ",") &&
                        ex_ty_is(a, me + 1, art_w) && ex_ty_find_one(a, me + 1, sw - 1, ",") < 0 &&
                        !a->ments[q].regulator) {
                        km = q, sw_rel = 1;
                        break;
                    }
                }
            }
            size_t tk; /* (a ticker between: "Ostara Mining (NYSE: OSTM) rose 9%") */
            /* (and a legal form the name leaves out: "JPMorgan Chase & Co (JPM.N) climbed") */
            static const char *const form[] = {"&",   "and", "co", "inc", "corp",
                                               "plc", "ltd", ".",  NULL};
            size_t me = km >= 0 ? a->ments[km].t1 : 0;
            while (km >= 0 && me < sw && me < a->ments[km].t1 + 3 && ex_ty_is(a, me, form)) me++;
            if (km >= 0 && (a->ments[km].t1 == sw || sw_rel ||
                            /* ("** Tesla Inc: up 3.4% premarket": a list's line) */
                            (a->ments[km].t1 + 1 == sw && ex_tok_is(a, sw - 1, ":")) ||
                            (me < sw && me + ex_ticker_mark(a, me, sw, &tk) == sw &&
                             /* (a metric after the move is its cause: "climbed 2.4% after
                              * the lender posted first-quarter profit") */
                             !ex_hit_in(a, LEX_METRIC, s->t0, move_cause(a, s, n->t1), &mdum) &&
                             ex_ty_find(a, s->t0, move_cause(a, s, n->t1), ty_units_sold) < 0)))
                instr = 1, iw = sw;
        }
        /* "Tilberthwaite Mining led the FTSE 100 higher, rising 6.1 per cent to £23.47", "Kersey
         * Bank was the biggest faller in the FTSE 250, down 5.6 per cent": a participle (or "up",
         * "down") after a comma, the sentence's opening company its subject, no other company
         * named between */
        if (!instr && !metric && sw + 1 == n->t0 && sw > s->t0 + 3 && ex_tok_is(a, sw - 1, ",") &&
            ex_ty_is(a, sw, mover)) {
            const extract_tok_t *vt = ex_tk(a, sw);
            long k0 = ex_ment_after(a, s->t0, s->t0 + 1);
            /* ("up", "down": with the price it stands at, "down 5.6 per cent at 214p") */
            int part = (vt->len > 4 && strncmp(a->text + vt->off + vt->len - 3, "ing", 3) == 0) ||
                       ((ex_tok_is(a, sw, "up") || ex_tok_is(a, sw, "down")) && n->t1 + 1 < s->t1 &&
                        (ex_tok_is(a, n->t1, "at") || ex_tok_is(a, n->t1, "to")) &&
                        ((ex_tk(a, n->t1 + 1)->flags & EXTRACT_TOK_NUM) ||
                         ex_hit_at(a, n->t1 + 1, LEX_CURRENCY)));
            if (part && k0 >= 0 && !a->ments[k0].regulator &&
                ex_ment_after(a, a->ments[k0].t1, sw) < 0 && sw < a->ments[k0].t1 + 12 &&
                !ex_hit_in(a, LEX_METRIC, s->t0, n->t0, &mdum))
                instr = 1, iw = sw;
        }
        /* "Halberd Networks - The networking equipment maker surged 14% after reporting ...":
         * a market wrap's line, the company's name and a dash, then a description of it as the
         * mover */
        if (!instr && !metric && sw + 1 == n->t0 && ex_ty_is(a, sw, mover)) {
            long k0 = ex_ment_after(a, s->t0, s->t0 + 1);
            size_t d = k0 >= 0 ? a->ments[k0].t1 : 0;
            if (k0 >= 0 && d + 2 < sw && sw < d + 12 &&
                (ex_tok_is(a, d, "-") || ex_tok_is(a, d, "\xe2\x80\x94") ||
                 ex_tok_is(a, d, "\xe2\x80\x93")) &&
                ex_tok_is(a, d + 1, "the") && ex_ment_after(a, d + 1, sw) < 0)
                instr = 1, iw = sw;
        }
        /* "Rival Carewell went public in 2021 and has since lost 70% of its value": a fall
         * since an earlier year is background */
        static const char *const since[] = {"since", NULL};
        long sn = ex_ty_find(a, s->t0, s->t1, since);
        if (instr && sn >= 0 && a->year) {
            int past =
                (size_t)sn > s->t0 && (size_t)sn + 1 < n->t0 && ex_tok_is(a, (size_t)sn - 1, "has");
            /* ("Nexabio stock has lost 87% of its value since its lead drug failed": a move in
             * the present perfect up to now, since a past event) */
            static const char *const perf[] = {"has", "have", NULL};
            if (!past && (size_t)sn >= n->t1 && (size_t)sn <= n->t1 + 5 &&
                ex_ty_find(a, n->t0 > s->t0 + 5 ? n->t0 - 5 : s->t0, n->t0, perf) >= 0)
                past = 1;
            /* (not a record's "since": "closed up 94% at $31.40, its biggest one-day gain since
             * the company went public in 2020" is the day's move) */
            static const char *const record_w[] = {"biggest", "largest",  "best",
                                                   "worst",   "steepest", "sharpest",
                                                   "highest", "lowest",   NULL};
            int record = (size_t)sn > n->t1 && ex_ty_find(a, n->t1, (size_t)sn, record_w) >= 0;
            for (size_t k = s->t0; k + 1 < s->t1 && !past && !record; k++)
                if (ex_tok_is(a, k, "in") && (ex_tk(a, k + 1)->flags & EXTRACT_TOK_NUM) &&
                    ex_tk(a, k + 1)->len == 4 && ex_parse_num(a, k + 1) < a->year &&
                    ex_parse_num(a, k + 1) >= 1900)
                    past = 1;
            if (past) continue;
        }
        /* "a dividend of $0.46 per share on the company's common stock, an increase of 7%
         * from the previous quarterly dividend": the change of a dividend, in an appositive
         * (not "shares rose 5% after the company raised its dividend") */
        static const char *const divw[] = {"dividend", "dividends", "payout", NULL};
        static const char *const from_over[] = {"from", "over", NULL};
        if (instr && n->t1 < s->t1 && ex_ty_is(a, n->t1, from_over) &&
            ex_ty_find(a, n->t1, n->t1 + 8 < s->t1 ? n->t1 + 8 : s->t1, divw) >= 0)
            continue;
        /* ("approved a three-for-one stock split and a 15% increase in its quarterly
         * dividend": the payout's rise, the noun after the percentage) */
        if (instr && n->t1 + 1 < s->t1 &&
            ex_ty_find(a, n->t1, n->t1 + 6 < s->t1 ? n->t1 + 6 : s->t1, divw) >= 0 &&
            ex_ty_find_one(a, n->t1, n->t1 + 3 < s->t1 ? n->t1 + 3 : s->t1, "in") >= 0)
            continue;
        /* ("will keep its quarterly dividend at 20 cts a share on the increased number of
         * shares, in effect a 25 pct increase": the payout's rise, told as a noun after it) */
        if (instr && sw >= n->t1 && ex_ty_find(a, s->t0, n->t0, divw) >= 0) continue;
        if (instr && !(metric && mw > n->t1)) {
            long k = ex_ment_before(a, iw, lo > 0 && iw > lo + 6 ? iw - 6 : lo);
            /* (past a relative clause or an appositive to the company it describes) */
            if (sw_rel)
                k = ex_ment_outside_appos(
                    a, ex_ment_outside_rel(a, ex_ment_before(a, iw, lo), lo, iw), lo, iw);
            co_t c;
            if (k < 0 && iw + 2 < s->t1 && ex_tok_is(a, iw + 1, "of"))
                k = ex_ment_after(a, iw + 2, iw + 3);
            if (k < 0) k = ex_ment_before(a, n->t0, s->t0);
            /* "The shares fell 12%." closing a story: the article's company */
            int bare = iw <= s->t0 + 1 &&
                       (iw == s->t0 || ex_tok_is(a, s->t0, "the") || ex_tok_is(a, s->t0, "its"));
            /* (or a clause's: "Net asset value per share rose 14 per cent to 1,046p and the
             * shares added 1.9 per cent") */
            if (!bare && iw >= s->t0 + 2 && ex_tok_is(a, iw - 1, "the") &&
                (ex_tok_is(a, iw - 2, "and") || ex_tok_is(a, iw - 2, ",")) &&
                ex_ment_before(a, iw, s->t0) < 0)
                bare = 1;
            if (k >= 0)
                c = a->ments[k].co;
            else if (!ex_resolve_desc(a, s, lo, n->t0, NULL, 0, &c) &&
                     !(bare && ex_article_subject(a, &c)))
                continue;
            party_t p = {c, "subject"};
            event_t ev;
            if (ex_make_event(a, &ev, EVENT_SHARE_MOVE, &p, 1)) return;
            ex_set_num(a, &ev, "percent", pct);
            char ins[32] = "shares";
            last_share = 1;
            if (ex_hit_at(a, iw, LEX_INSTRUMENT) || ex_tok_is(a, iw, "units"))
                ex_span_text(a, iw, iw + 1, ins, sizeof ins);
            for (char *x = ins; *x; x++)
                if (*x >= 'A' && *x <= 'Z') *x = (char)(*x | 32);
            ex_set_str(a, &ev, "instrument", ins);
            /* ("after a 70% rally this year", "extending a 40% gain so far this year": a move
             * over months named in passing, background to the day's news; not "has lost 40%
             * of its value this year") */
            static const char *const span[] = {"this year", "year to date", "so far this year",
                                               "since january", NULL};
            static const char *const run[] = {"rally",   "gain",    "rise",  "surge", "jump",
                                              "drop",    "decline", "slide", "fall",  "slump",
                                              "advance", "climb",   NULL};
            if (n->t0 > s->t0 && (ex_tok_is(a, n->t0 - 1, "a") || ex_tok_is(a, n->t0 - 1, "an")) &&
                n->t1 < s->t1 && ex_ty_is(a, n->t1, run) &&
                ex_ty_find_phrase(a, n->t1, n->t1 + 5 < s->t1 ? n->t1 + 5 : s->t1, span, NULL) >=
                    0 &&
                event_set_bool(&ev, "context", 1))
                a->oom = 1;
            /* (the move of a relative clause, "which rose 8% on Monday after the report,"
             * before the sentence's own, "fell 5.6% on Tuesday": background to it) */
            /* (... and the move of an appositive right after the shares, "Renfield shares,
             * down 38% this year, rose 2.1%") */
            int appos = iw + 2 == sw && sw < n->t0 && ex_tok_is(a, iw + 1, ",");
            if (appos) app_iw = (long)iw;
            /* ("The stock has gained about 20% this year." told after the day's news: the
             * year's run, background to it) */
            if (s >= a->sents + 3 &&
                ex_ty_find_phrase(a, n->t1, n->t1 + 3 < s->t1 ? n->t1 + 3 : s->t1, span, NULL) >=
                    0 &&
                event_set_bool(&ev, "context", 1))
                a->oom = 1;
            int rel = ex_rel_open(a, iw, n->t0);
            /* ("its shares, which have more than tripled this year": a move over months, in
             * a relative clause) */
            if (rel &&
                ex_ty_find_phrase(a, n->t1, n->t1 + 3 < s->t1 ? n->t1 + 3 : s->t1, span, NULL) >=
                    0 &&
                event_set_bool(&ev, "context", 1))
                a->oom = 1;
            if (rel || appos) {
                long cm = ex_ty_find_one(a, n->t1, s->t1, ",");
                for (size_t q2 = q + 1; cm >= 0 && q2 < a->nnums; q2++)
                    if (a->nums[q2].pct && a->nums[q2].t0 > (size_t)cm) {
                        if (event_set_bool(&ev, "context", 1)) a->oom = 1;
                        break;
                    }
            }
            if (iw >= 2 && ex_tok_is(a, iw - 1, "listed") && ex_tok_is(a, iw - 2, "-") && iw >= 3) {
                char lst[32];
                size_t pl, l0 = iw - 3;
                /* "Hong Kong-listed": a place of two words */
                if (l0 > s->t0 && ex_class_at(a, l0 - 1, iw - 2, LEX_PLACE, &pl) && pl == 2) l0--;
                ex_span_text(a, l0, iw - 2, lst, sizeof lst);
                ex_set_str(a, &ev, "listing", lst);
            }
            ex_emit(a, s, &ev, ex_sentence_date(a, 0));
            continue;
        }
        if (!metric) continue;
        /* "now expects full-year sales to fall 2% to 4%": a forecast, no change (guidance) */
        static const char *const expects[] = {
            "expects",  "expect",      "forecasts", "forecast",  "sees",     "projects",
            "predicts", "anticipates", "targets",   "outlook",   "guidance", "will",
            "would",    "expected",    "projected", "estimated", NULL};
        /* (not one of the clause before "after": "kept its full-year forecast unchanged after
         * organic revenue rose 4.1 per cent") */
        /* (the last forecast word a noun of the company's forecast kept or moved, an "after"
         * past it and no forecast word after that) */
        static const char *const fc_noun[] = {"forecast", "forecasts", "outlook",
                                              "guidance", "targets",   NULL};
        long xw = ex_ty_find_last(a, lo, n->t0, expects);
        long af = xw >= 0 ? ex_ty_find_one(a, (size_t)xw + 1, n->t0, "after") : -1;
        if (xw >= 0 && !(af >= 0 && ex_ty_is(a, (size_t)xw, fc_noun))) continue;
        /* metric phrase: "drop in iPhone sales" → "iPhone sales" */
        char mname[96];
        size_t m0 = mw, m1 = mw + 1;
        const extract_lex_hit_t *mh = ex_hit_at(a, mw, LEX_METRIC);
        if (mh) m1 = mh->t1;
        if (mw > n->t1) {
            /* the period is no part of the metric: "fourth-quarter revenue" is revenue */
            static const char *const period[] = {"quarter", "quarterly", "year",    "annual",
                                                 "half",    "month",     "monthly", NULL};
            size_t k = mw;
            while (k > n->t1 && k > sw + 1 && mw - k < 3 && !ex_tok_is(a, k - 1, "in") &&
                   !ex_tok_is(a, k - 1, "of") && (ex_tk(a, k - 1)->flags & EXTRACT_TOK_WORD) &&
                   !ex_ty_is(a, k - 1, period))
                k--;
            m0 = k;
        }
        ex_span_text(a, m0, m1, mname, sizeof mname);
        /* "Revenue rose 51%": a metric opening the sentence is written in lower case like
         * any other ("revenue"), an acronym ("EBITDA") as it is */
        /* (or after a dateline's dash: "LONDON, Aug 10 (Reuters) - Passenger numbers at") */
        if ((m0 == s->t0 || (m0 > s->t0 && ex_tok_is(a, m0 - 1, "-"))) &&
            (ex_tk(a, m0)->flags & EXTRACT_TOK_CAP) && !(ex_tk(a, m0)->flags & EXTRACT_TOK_UPPER) &&
            mname[0] >= 'A' && mname[0] <= 'Z')
            mname[0] = (char)(mname[0] - 'A' + 'a');
        co_t c;
        int have = 0;
        for (size_t k = 0; k < a->nhits && !have; k++) {
            const extract_lex_hit_t *ph = &a->hits[k];
            if (ph->entry->cls != LEX_PRODUCT || ph->t0 < m0 || ph->t1 > m1) continue;
            const registry_entry_t *en = registry_find(a->x->reg, ph->entry->value);
            if (en) c.ent = en, c.prov = -1, have = 1;
        }
        /* "the 2.3 per cent decline in Tesco's UK sales": the owner named in the metric's
         * phrase after the change */
        if (!have && mw > n->t1) {
            long k = ex_ment_after(a, n->t1, mw);
            if (k >= 0 && a->ments[k].t1 < mw &&
                (ex_tok_is(a, a->ments[k].t1, "'s") || ex_tok_is(a, a->ments[k].t1, "'")))
                c = a->ments[k].co, have = 1;
        }
        /* "Passenger numbers at Thurlbeck Airports Plc rose 6 per cent": the owner after
         * "at" */
        if (!have && m1 + 1 < n->t0 && ex_tok_is(a, m1, "at")) {
            long k = ex_ment_after(a, m1 + 1, m1 + 2);
            if (k >= 0 && a->ments[k].t1 <= n->t0) c = a->ments[k].co, have = 1;
        }
        if (!have) {
            /* "The San Diego-based company, backed by venture firm Oakline Partners, posted
             * revenue ... up 48%": the backer in the appositive is not the subject */
            size_t cut = n->t0;
            long k = ex_ment_no_backer(a, ex_ment_before(a, n->t0, s->t0), s->t0, &cut);
            if (k < 0 && cut < n->t0 && ex_resolve_desc(a, s, s->t0, cut, NULL, 0, &c)) have = 1;
            if (k >= 0) c = a->ments[k].co, have = 1;
        }
        /* (the metric opens the sentence, after its period and kind at most: "First-quarter
         * copper output fell 9%") */
        if (!have && s->seg == 0 && a->have_subj && mw < s->t0 + 6) c = a->last_subj, have = 1;
        if (!have && !ex_resolve_desc(a, s, s->t0, n->t0, NULL, 0, &c)) continue;
        party_t p = {c, "subject"};
        event_t ev;
        if (ex_make_event(a, &ev, EVENT_METRIC_CHANGE, &p, 1)) return;
        ex_set_num(a, &ev, "percent", pct);
        ex_set_str(a, &ev, "metric", mname);
        char place[64];
        if (ex_place_after(a, s, m1 - 1, place, sizeof place)) ex_set_str(a, &ev, "region", place);
        /* ("reported a 12% rise in third-quarter revenue in October", told in December) */
        if ((ex_ty_told_in_past_month(a, s->t0, m1, s->t1) ||
             ex_ty_told_lately(a, s->t0, s->t1, n->t0) || ex_ty_past_perfect(a, s->t0, s->t1)) &&
            event_set_bool(&ev, "context", 1))
            a->oom = 1;
        ex_emit(a, s, &ev, ex_sentence_date(a, 0));
    }
}
