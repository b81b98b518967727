/* extract_rule_rating: analysts' and rating agencies' calls on a company. The firm
 * making the call is a company with role analyst, the rated company the subject;
 * the action (upgrade, downgrade, initiate, reiterate), the ratings to and from and
 * the price target come from the wording. "upgraded Wal-Mart to buy" is a rating
 * change: an acquisition read into it is dropped. */
#include "extract_int.h"

#include <stdio.h>
#include <string.h>

/* Word lists the rules search for (static, as every list given to ex_ty_*: ex_wl_get keys
 * them by address). */
static const char *const w_coverage[] = {"coverage", NULL};

/* Equity ratings, lowercase, longest first where one is a prefix of another. */
static const char *const ty_ratings[] = {"strong buy",
                                         "strong sell",
                                         "market perform",
                                         "sector perform",
                                         "peer perform",
                                         "market outperform",
                                         "sector outperform",
                                         "market underperform",
                                         "sector underperform",
                                         "equal-weight",
                                         "equal weight",
                                         "market-weight",
                                         "market weight",
                                         "in-line",
                                         "in line",
                                         "overweight",
                                         "underweight",
                                         "outperform",
                                         "underperform",
                                         "buy",
                                         "sell",
                                         "hold",
                                         "neutral",
                                         "accumulate",
                                         "reduce",
                                         "add",
                                         "positive",
                                         "negative",
                                         "perform",
                                         NULL};

/* Writes the rating starting at token i into out; returns its end token or 0. Credit
 * ratings (Baa3, AA+, BBB-) are copied as written. */
static size_t ty_rating_at(const art_t *a, size_t i, size_t hi, char *out, size_t cap, int *credit)
{
    int quoted = 0;
    if (i < hi && (ex_tok_is(a, i, "\"") || ex_tk(a, i)->len == 3)) {
        const char *w = a->text + ex_tk(a, i)->off;
        if ((unsigned char)w[0] == 0xE2)
            i++, quoted = 1; /* a curly quote */
        else if (w[0] == '"')
            i++, quoted = 1;
    } else if (i + 1 < hi && ex_tok_is(a, i, "'") && (ex_tk(a, i)->flags & EXTRACT_TOK_PUNCT))
        i++, quoted = 1; /* "to 'BB+' from 'BBB-'": single quotes */
    for (const char *const *r = ty_ratings; *r; r++) {
        int e = ex_ty_phrase(a, i, hi, *r);
        if (!e && strchr(*r, '-')) {
            /* "equal-weight" tokenizes as equal - weight */
            char sp[48];
            size_t n = 0;
            for (const char *p = *r; *p && n + 3 < sizeof sp; p++) {
                if (*p == '-') {
                    sp[n++] = ' ', sp[n++] = '-', sp[n++] = ' ';
                } else
                    sp[n++] = *p;
            }
            sp[n] = 0;
            e = ex_ty_phrase(a, i, hi, sp);
        }
        if (e) {
            snprintf(out, cap, "%s", *r);
            /* past the closing quote: 'a "buy" rating' */
            if (quoted && (size_t)e < hi && (ex_tk(a, (size_t)e)->flags & EXTRACT_TOK_PUNCT) &&
                (a->text[ex_tk(a, (size_t)e)->off] == '"' ||
                 a->text[ex_tk(a, (size_t)e)->off] == '\'' ||
                 (unsigned char)a->text[ex_tk(a, (size_t)e)->off] == 0xE2))
                e++;
            return (size_t)e;
        }
    }
    /* credit ratings: Aaa..C, AAA..D with + or - */
    if (i < hi) {
        const extract_tok_t *t = ex_tk(a, i);
        const char *w = a->text + t->off;
        int ok = t->len >= 1 && t->len <= 4 && (w[0] == 'A' || w[0] == 'B' || w[0] == 'C');
        for (size_t k = 1; ok && k < t->len; k++)
            ok = (w[k] == 'a' || w[k] == 'A' || w[k] == 'B' || w[k] == 'C' ||
                  (w[k] >= '1' && w[k] <= '3'));
        /* one letter is a rating before "rating" or with its sign glued ("B+", "C-") */
        int sign = i + 1 < hi && (ex_tok_is(a, i + 1, "+") || ex_tok_is(a, i + 1, "-")) &&
                   !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_SPACE);
        if (ok && (t->len > 1 || sign || (i + 1 < hi && ex_tok_is(a, i + 1, "rating")))) {
            size_t e = i + 1;
            char buf[12];
            snprintf(buf, sizeof buf, "%.*s", (int)t->len, w);
            /* "BAA-3", "BA-2", "CAA" in capitals: Moody's grades (S&P has no such letters) */
            int moodys = strcmp(buf, "BAA") == 0 || strcmp(buf, "BA") == 0 ||
                         strcmp(buf, "CAA") == 0 || strcmp(buf, "CA") == 0;
            for (size_t k = 1; moodys && buf[k]; k++) buf[k] = 'a';
            if (e < hi && (ex_tok_is(a, e, "+") || ex_tok_is(a, e, "-")) &&
                !(ex_tk(a, e)->flags & EXTRACT_TOK_SPACE)) {
                size_t l = strlen(buf);
                char sg = a->text[ex_tk(a, e)->off];
                const extract_tok_t *n = e + 1 < hi ? ex_tk(a, e + 1) : NULL;
                int glued = n && !(n->flags & EXTRACT_TOK_SPACE);
                const char *nw = n ? a->text + n->off : "";
                int lower = 0;
                for (size_t k = 1; k < t->len; k++) lower |= buf[k] == 'a';
                /* as the wires spell them: "B-plus", "BB-minus" are B+ and BB-; Moody's
                 * "Aa-3", "Baa-1" are Aa3 and Baa1; "A-1" (a short-term grade, or Moody's A1)
                 * stays as written */
                if (glued && (ex_tok_is(a, e + 1, "plus") || ex_tok_is(a, e + 1, "minus"))) {
                    sg = ex_tok_is(a, e + 1, "plus") ? '+' : '-';
                    e++;
                } else if (glued && n->len == 1 && nw[0] >= '1' && nw[0] <= '3') {
                    if (!lower && l + 1 < sizeof buf) buf[l++] = '-';
                    sg = nw[0];
                    e++;
                }
                if (l + 1 < sizeof buf) buf[l] = sg, buf[l + 1] = 0;
                e++;
                /* ("A-1-plus": S&P's highest short-term grade) */
                if (sg >= '1' && sg <= '3' && e + 1 < hi && ex_tok_is(a, e, "-") &&
                    ex_tok_is(a, e + 1, "plus") && !(ex_tk(a, e)->flags & EXTRACT_TOK_SPACE)) {
                    l = strlen(buf);
                    if (l + 1 < sizeof buf) buf[l] = '+', buf[l + 1] = 0;
                    e += 2;
                }
            }
            snprintf(out, cap, "%s", buf);
            *credit = 1;
            return e;
        }
    }
    return 0;
}

/* Is c a credit rating agency (the registry's "ratings" sector; "Standard and Poor's
 * Corp", "Kroll Bond Rating Agency", "DBRS Morningstar" by name)? */
static int ty_agency(const art_t *a, co_t c)
{
    const char *id, *name, *tick;
    if (c.ent && c.ent->sector && strstr(c.ent->sector, "ratings")) return 1;
    ex_co_name(a, c, &id, &name, &tick);
    return name &&
           (strstr(name, "Ratings") || strstr(name, "Rating Agency") || strstr(name, "Poor's") ||
            strstr(name, "Investors Service") || strncmp(name, "DBRS", 4) == 0);
}

/* Is c a bank or a broker by the registry's sector words? */
static int ty_broker(co_t c)
{
    return c.ent && c.ent->sector &&
           (strstr(c.ent->sector, "brokerage") || strstr(c.ent->sector, "bank"));
}

/* Past the words that say which rating it is, from token e ("A2 insurance financial strength
 * rating", "Baa3 long-term issuer rating": at most four words in lower case, hyphens
 * between) to the rating noun: its token, else e. */
static size_t rating_noun_end(const art_t *a, size_t e, size_t hi)
{
    size_t k = e, words = 0;
    /* (not "BBB-plus rating": a grade's own sign) */
    if (e < hi && (ex_tok_is(a, e, "plus") || ex_tok_is(a, e, "minus") ||
                   (e + 1 < hi && ex_tok_is(a, e, "-") &&
                    (ex_tok_is(a, e + 1, "plus") || ex_tok_is(a, e + 1, "minus")))))
        return e;
    while (k < hi && words < 4 && !ex_tok_is(a, k, "rating") &&
           ((ex_tk(a, k)->flags & EXTRACT_TOK_LOWER) || ex_tok_is(a, k, "-"))) {
        if (!ex_tok_is(a, k, "-")) words++;
        k++;
    }
    return k < hi && ex_tok_is(a, k, "rating") ? k : e;
}

/* Is "to" told a few words after the target word at t ("its target on Nvidia to $275"; past a
 * longer name after "on": "on Deutsche Lufthansa from EUR10.25 to EUR11.50")? */
static int target_to(const art_t *a, size_t t, size_t hi)
{
    size_t span = ex_tok_is(a, t + 1, "on") ? 10 : 6;
    return ex_ty_find_one(a, t + 1, t + span < hi ? t + span : hi, "to") >= 0;
}

/* Is a share's move told in [lo, hi) ("fell 4.8 per cent as")? */
static int moved_after(const art_t *a, size_t lo, size_t hi)
{
    for (size_t q = lo; q + 1 < hi; q++)
        if ((ex_class_at(a, q, q + 1, LEX_UP, NULL) || ex_class_at(a, q, q + 1, LEX_DOWN, NULL)) &&
            (ex_tk(a, q + 1)->flags & EXTRACT_TOK_NUM))
            return 1;
    return 0;
}

/* One analyst's call in the clause [lo, hi) of s. */
/* "Investec added the stock to its "buy" list", "Nomura took the stock off its "buy" list",
 * "UBS cut the stock from its buy list": a firm's list of calls, a rating given (*off 0) or
 * taken away (*off 1). Returns the verb's token, the rating in out, or -1. */
static long list_call(const art_t *a, size_t lo, size_t hi, char *out, size_t cap, int *off)
{
    static const char *const add[] = {"added", "adds", "adding", "put", "puts", "placed", NULL};
    static const char *const rm[] = {"took", "takes", "taken",   "removed", "removes",
                                     "cut",  "cuts",  "dropped", "drops",   NULL};
    static const char *const kinds[] = {"conviction", "key", "top", "focus", "best", "\"", NULL};
    static const char *const list[] = {"list", NULL};
    int credit = 0;
    for (long l = ex_ty_find(a, lo, hi, list); l >= 0; l = ex_ty_find(a, (size_t)l + 1, hi, list)) {
        size_t q = (size_t)l;
        while (q > lo && (size_t)l - q < 5 &&
               !(ex_tok_is(a, q - 1, "its") || ex_tok_is(a, q - 1, "their")))
            q--;
        if (q <= lo + 2 || !(ex_tok_is(a, q - 1, "its") || ex_tok_is(a, q - 1, "their"))) continue;
        /* the rating between "its" and "list", past the list's kind words and quotes */
        size_t r = q, e = 0;
        while (r < (size_t)l && !(e = ty_rating_at(a, r, (size_t)l + 1, out, cap, &credit))) r++;
        if (!e || credit) continue;
        size_t k = e;
        while (k < (size_t)l && ex_ty_is(a, k, kinds)) k++;
        if (k != (size_t)l) continue;
        size_t pr = q - 2; /* "to its", "off its", "from its" */
        int to = ex_tok_is(a, pr, "to") || ex_tok_is(a, pr, "onto") || ex_tok_is(a, pr, "on");
        int from = ex_tok_is(a, pr, "off") || ex_tok_is(a, pr, "from");
        if (!to && !from) continue;
        long v = ex_ty_find(a, pr > lo + 8 ? pr - 8 : lo, pr, to ? add : rm);
        if (v < 0) continue;
        *off = from;
        return v;
    }
    out[0] = 0; /* (a rating read on the way is none) */
    return -1;
}

/* "rose on "buy" advice from Citigroup", "helped by a "buy" note from Liberum": a call told
 * as a noun whose firm follows "from" (a rating given, not changed). Returns the noun's
 * token, the rating in out, or -1. */
static long advice_from(const art_t *a, size_t lo, size_t hi, char *out, size_t cap)
{
    static const char *const nouns[] = {"advice", "note", "recommendation", "recommendations",
                                        NULL};
    int credit = 0;
    for (long n = ex_ty_find(a, lo, hi, nouns); n >= 0;
         n = ex_ty_find(a, (size_t)n + 1, hi, nouns)) {
        if ((size_t)n + 2 >= hi || !ex_tok_is(a, (size_t)n + 1, "from")) continue;
        for (size_t r = (size_t)n > lo + 4 ? (size_t)n - 4 : lo; r < (size_t)n; r++)
            if (ty_rating_at(a, r, hi, out, cap, &credit) == (size_t)n && !credit) return n;
    }
    out[0] = 0; /* (a rating read on the way is none) */
    return -1;
}

/* "Kaupthing advised clients to buy", "with Morgan Stanley advising clients to buy before the
 * release": a firm's advice to its clients. Returns the verb's token, the rating in out, or
 * -1. */
static long advised_to(const art_t *a, size_t lo, size_t hi, char *out, size_t cap)
{
    static const char *const adv[] = {"advised", "advising", "advises", "told", "telling", NULL};
    static const char *const who[] = {"clients", "investors", NULL};
    static const char *const object[] = {"the", "its", "their", "shares", "stock", "stocks", NULL};
    int credit = 0;
    size_t e;
    for (long v = ex_ty_find(a, lo, hi, adv); v >= 0; v = ex_ty_find(a, (size_t)v + 1, hi, adv))
        if ((size_t)v + 3 < hi && ex_ty_is(a, (size_t)v + 1, who) &&
            ex_tok_is(a, (size_t)v + 2, "to") &&
            (e = ty_rating_at(a, (size_t)v + 3, hi, out, cap, &credit)) && !credit &&
            /* (not a verb with its object: "telling clients to hold GM shares") */
            !(e < hi && ((ex_tk(a, e)->flags & (EXTRACT_TOK_CAP | EXTRACT_TOK_UPPER)) ||
                         ex_ty_is(a, e, object))))
            return v;
    out[0] = 0; /* (a rating read on the way is none) */
    return -1;
}

/* The rank of each of ty_ratings on the usual scale (sell below hold below buy), -1 for
 * those on none ("positive"). */
static const signed char ty_rating_ranks[] = {6, 0, 3, 3, 3, 4, 4, 2, 2, 3, 3, 3,  3,  3, 3,
                                              4, 2, 4, 2, 5, 1, 3, 3, 4, 2, 4, -1, -1, 3};
_Static_assert(sizeof ty_rating_ranks == sizeof ty_ratings / sizeof *ty_ratings - 1,
               "a rank per rating");

/* The rank of rating r (one of ty_ratings, as ty_rating_at writes it), or -1. */
static int rating_rank(const char *r)
{
    for (size_t k = 0; ty_ratings[k]; k++)
        if (strcmp(r, ty_ratings[k]) == 0) return ty_rating_ranks[k];
    return -1;
}

/* The first word of list in [lo, hi) that makes a call: not "upgrade" or "downgrade" as a
 * noun describing another ("had failed to spark an upgrade cycle"). */
static long call_find(const art_t *a, size_t lo, size_t hi, const char *const *list)
{
    static const char *const det[] = {"a", "an", "the", NULL};
    static const char *const call_next[] = {"to", "from", "of", "on", "by", "at", "in", NULL};
    for (long v = ex_ty_find(a, lo, hi, list); v >= 0; v = ex_ty_find(a, (size_t)v + 1, hi, list)) {
        size_t i = (size_t)v;
        int noun = (ex_tok_is(a, i, "upgrade") || ex_tok_is(a, i, "downgrade")) && i > lo &&
                   ex_ty_is(a, i - 1, det) && i + 1 < hi &&
                   (ex_tk(a, i + 1)->flags & EXTRACT_TOK_LOWER) && !ex_ty_is(a, i + 1, call_next);
        if (!noun) return v;
    }
    return -1;
}

/* The words that set a call as the cause of what the sentence told first ("X fell after
 * Moody's cut its rating"). */
static const char *const ty_because[] = {"after", "as", "when", "following", "on", NULL};

/* Is a word for what a company is in [lo, hi) ("the broadcaster", "the jet-engine parts
 * maker")? */
static int kind_in(const art_t *a, size_t lo, size_t hi)
{
    static const char *const more[] = {"broadcaster",  "bank",  "group",
                                       "manufacturer", "chain", NULL};
    for (size_t q = lo; q < hi; q++)
        if (ex_company_kind(a, q) || ex_ty_is(a, q, more)) return 1;
    return 0;
}

static void rating_clause(art_t *a, const sent_t *s, size_t lo, size_t hi)
{
    static const char *const up[] = {"upgraded", "upgrades", "upgrade",   "upgrading", "raised",
                                     "lifted",   "upped",    "increased", NULL};
    static const char *const down[] = {"downgraded", "downgrades", "downgrade", "downgrading",
                                       "cut",        "cuts",       "lowered",   "slashed",
                                       "cutting",    NULL};
    /* "moved Lloyds from "equal-weight" to "underweight"": a call whose way the two ratings
     * tell */
    static const char *const moved[] = {"moved", "moves", "switched", "switches", "shifted", NULL};
    int by_rank = 0;
    static const char *const init[] = {"initiated", "initiates", "started",  "starts",
                                       "began",     "begins",    "launched", "resumed",
                                       "assigned",  "assigns",   NULL};
    static const char *const keep[] = {"reiterated",  "reiterates",  "maintained", "maintains",
                                       "kept",        "retained",    "stuck",      "affirmed",
                                       "affirms",     "reaffirmed",  "repeated",   "repeating",
                                       "reiterating", "maintaining", NULL};
    static const char *const target[] = {"price target", "target price", "price objective", NULL};
    static const char *const rw[] = {"rating", "ratings", "coverage", "recommendation",
                                     "advice", "stance",  NULL};
    /* ("said Antti Vuorela, analyst at Oulunsalo Securities, who has a 'hold' rating on the
     * stock": a rating held, told beside a quote; a "cut" in the quote is the guidance's) */
    static const char *const holds[] = {"who has a", "who has an",    "which has a", "which has an",
                                        "who rates", "who has had a", NULL};
    static const char *const explicit_call[] = {"upgraded", "downgraded", "upgrades", "downgrades",
                                                "upgrade",  "downgrade",  "target",   NULL};
    size_t he;
    long hl = ex_ty_find_phrase(a, lo, hi, holds, &he);
    if (hl >= 0 && ex_ty_find(a, he, he + 5 < hi ? he + 5 : hi, rw) >= 0 &&
        ex_ty_find(a, lo, hi, explicit_call) < 0)
        return;
    long v = -1;
    const char *action = NULL;
    char listed[32] = "";
    int off = 0;
    int from_firm = 0;
    if ((v = list_call(a, lo, hi, listed, sizeof listed, &off)) >= 0)
        action = off ? "downgrade" : "upgrade";
    else if ((v = advised_to(a, lo, hi, listed, sizeof listed)) >= 0)
        action = "reiterate";
    else if ((v = call_find(a, lo, hi, up)) >= 0)
        action = "upgrade";
    else if ((v = call_find(a, lo, hi, down)) >= 0)
        action = "downgrade";
    else if ((v = ex_ty_find(a, lo, hi, init)) >= 0)
        action = "initiate";
    else if ((v = ex_ty_find(a, lo, hi, keep)) >= 0)
        action = "reiterate";
    else if ((v = advice_from(a, lo, hi, listed, sizeof listed)) >= 0)
        action = "reiterate", from_firm = 1;
    else if ((v = ex_ty_find(a, lo, hi, moved)) >= 0)
        action = "upgrade", by_rank = 1;
    if (!action) return;
    /* "cut its price target on X to $58 from $66, while keeping a 'neutral' rating": a target
     * moved under a rating kept is a reiteration */
    static const char *const keeping[] = {"keeping",   "kept",      "maintaining", "maintained",
                                          "retaining", "retained",  "reiterating", "reiterated",
                                          "keeps",     "maintains", "reiterates",  NULL};
    static const char *const tgt[] = {"price target", "target price", "price objective", NULL};
    if ((strcmp(action, "upgrade") == 0 || strcmp(action, "downgrade") == 0)) {
        long tp =
            ex_ty_find_phrase(a, (size_t)v + 1, (size_t)v + 5 < hi ? (size_t)v + 5 : hi, tgt, NULL);
        /* ("raised its target to $275 from $225 and kept an outperform rating") */
        if (tp < 0 && (size_t)v + 2 < hi &&
            (ex_tok_is(a, (size_t)v + 1, "its") || ex_tok_is(a, (size_t)v + 1, "their")) &&
            ex_tok_is(a, (size_t)v + 2, "target"))
            tp = (long)v + 2;
        /* (the rating kept told before or after: "reiterated its buy rating on X and raised
         * its price target") */
        long kv = ex_ty_find(a, (size_t)v + 1, hi, keeping);
        /* (before the verb, a kept rating named as such) */
        /* (the rating may be quoted: "kept its "outperform" rating") */
        long kb = -1;
        for (long k = ex_ty_find(a, lo, (size_t)v, keep); kv < 0 && k >= 0;
             k = ex_ty_find(a, (size_t)k + 1, (size_t)v, keep))
            if (ex_ty_find(a, (size_t)k + 1, (size_t)k + 7 < (size_t)v ? (size_t)k + 7 : (size_t)v,
                           rw) >= 0)
                kv = kb = k;
        if (tp >= 0 && kv >= 0) {
            action = "reiterate";
            /* ... and the rating kept is the one it still has */
            char r[32];
            int cr = 0;
            for (size_t i = kb >= 0 ? (size_t)kb + 1 : hi; i < (size_t)kb + 4 && i < (size_t)v; i++)
                if (ty_rating_at(a, i, (size_t)v, r, sizeof r, &cr)) {
                    snprintf(listed, sizeof listed, "%s", r);
                    off = 0;
                    break;
                }
        }
    }
    /* "placed X's ratings on review for downgrade": the verb that names the parties is
     * "placed", before the company */
    static const char *const placed[] = {"placed", "places", "put", "puts", NULL};
    long pv;
    int review = 0; /* the rating named is the one under review, not a new one */
    if (v > (long)lo && ex_tok_is(a, (size_t)v - 1, "for") &&
        (pv = ex_ty_find(a, lo, (size_t)v, placed)) >= 0)
        v = pv, review = 1;
    size_t tend = 0;
    long tg = ex_ty_find_phrase(a, (size_t)v, hi, target, &tend);
    /* "with a $38 target": the word alone, right after an amount */
    static const char *const tword[] = {"target", NULL};
    for (long t = ex_ty_find(a, (size_t)v + 1, hi, tword); tg < 0 && t >= 0;
         t = ex_ty_find(a, (size_t)t + 1, hi, tword))
        if ((ex_tk(a, (size_t)t - 1)->flags & EXTRACT_TOK_NUM) ||
            ex_hit_ending(a, (size_t)t, LEX_SCALE) ||
            /* ("a 600p target": pence after the figure) */
            ((size_t)t >= 2 &&
             (ex_tok_is(a, (size_t)t - 1, "p") || ex_tok_is(a, (size_t)t - 1, "pence")) &&
             (ex_tk(a, (size_t)t - 2)->flags & EXTRACT_TOK_NUM)) ||
            /* ("trimmed its target by $4 to $58": the firm's target moved) */
            ((ex_tok_is(a, (size_t)t - 1, "its") || ex_tok_is(a, (size_t)t - 1, "their")) &&
             (size_t)t + 1 < hi &&
             (ex_tok_is(a, (size_t)t + 1, "by") ||
              /* ("raised its target on Nvidia to $275"; "on Deutsche Lufthansa from EUR10.25 to
               * EUR11.50": a longer name and the target before) */
              target_to(a, (size_t)t, hi))))
            tg = t, tend = (size_t)t + 1;
    /* the ratings: "to X", "from Y", "with a X rating", "X rating" */
    char to[32] = "", from[32] = "";
    if (listed[0]) snprintf(off ? from : to, sizeof to, "%s", listed);
    int credit = 0, credit_word = 0;
    static const char *const cw[] = {"credit", "debt", "bond", "notch", "junk", NULL};
    /* (not inside a name: "Credit Suisse repeated its "outperform" stance" is an equity call) */
    for (long c = ex_ty_find(a, lo, hi, cw); c >= 0 && !credit_word;
         c = ex_ty_find(a, (size_t)c + 1, hi, cw))
        credit_word = !ex_in_mention(a, (size_t)c);
    /* "reiterated "buy" advice", "repeating an "overweight" rating": the rating right
     * after the verb */
    int object_rating = 0;
    {
        char r[32];
        size_t i = (size_t)v + 1, e;
        if (i < hi && ex_tok_is(a, i, "with")) i++; /* "stuck with "outperform" advice" */
        if (i < hi && (ex_tok_is(a, i, "a") || ex_tok_is(a, i, "an"))) i++;
        if ((e = ty_rating_at(a, i, hi, r, sizeof r, &credit)) && e < hi && ex_ty_is(a, e, rw))
            snprintf(to, sizeof to, "%s", r), object_rating = 1;
    }
    for (size_t i = (size_t)v + 1; i + 1 < hi; i++) {
        if (tg >= 0 && i >= (size_t)tg && i < tend + 8) continue;
        char r[32];
        size_t e;
        /* "changed its outlook to negative from stable": an outlook, not the rating */
        static const char *const outlook[] = {"outlook", "outlooks", NULL};
        if ((ex_tok_is(a, i, "to") || ex_tok_is(a, i, "from")) && i > lo &&
            ex_ty_find(a, i > lo + 4 ? i - 4 : lo, i, outlook) >= 0)
            continue;
        if (ex_tok_is(a, i, "to") && !to[0] &&
            (e = ty_rating_at(a, i + 1, hi, r, sizeof r, &credit))) {
            /* "to buy all outstanding shares of X", "to sell its unit": a verb with its
             * object, no rating */
            static const char *const verb_like[] = {"buy", "sell", "hold", "reduce", "add", NULL};
            static const char *const after_rating[] = {
                "from", "on", "and",   "with", "rating", "recommendation", "in", "after",
                "at",   "as", "while", "for",  NULL};
            if (e < hi && ex_ty_is(a, i + 1, verb_like) &&
                (ex_tk(a, e)->flags & EXTRACT_TOK_WORD) && !ex_ty_is(a, e, after_rating) &&
                !(ex_tk(a, e)->flags & EXTRACT_TOK_CAP))
                continue;
            snprintf(to, sizeof to, "%s", r), i = e - 1;
        }
        /* "started the stock at 'neutral'" */
        else if (ex_tok_is(a, i, "at") && !to[0] && strcmp(action, "initiate") == 0 &&
                 (e = ty_rating_at(a, i + 1, hi, r, sizeof r, &credit)))
            snprintf(to, sizeof to, "%s", r), i = e - 1;
        else if (ex_tok_is(a, i, "from") && !from[0] &&
                 (e = ty_rating_at(a, i + 1, hi, r, sizeof r, &credit)))
            snprintf(from, sizeof from, "%s", r), i = e - 1;
        /* ("lowered its rating on ... senior debt to B from B-plus": a grade of one letter the
         * call moved to, a credit grade after "from") */
        else if (ex_tok_is(a, i, "to") && !to[0] && i + 3 < hi && ex_tk(a, i + 1)->len == 1 &&
                 (a->text[ex_tk(a, i + 1)->off] == 'A' || a->text[ex_tk(a, i + 1)->off] == 'B' ||
                  a->text[ex_tk(a, i + 1)->off] == 'C') &&
                 ex_tok_is(a, i + 2, "from") && ty_rating_at(a, i + 3, hi, r, sizeof r, &credit) &&
                 credit)
            snprintf(to, sizeof to, "%c", a->text[ex_tk(a, i + 1)->off]), i++;
        /* ("raised to A-plus from A the senior debt": a grade of one letter after a credit
         * grade the call moved to) */
        else if (ex_tok_is(a, i, "from") && !from[0] && credit && to[0] &&
                 ex_tk(a, i + 1)->len == 1 &&
                 (a->text[ex_tk(a, i + 1)->off] == 'A' || a->text[ex_tk(a, i + 1)->off] == 'B' ||
                  a->text[ex_tk(a, i + 1)->off] == 'C'))
            snprintf(from, sizeof from, "%c", a->text[ex_tk(a, i + 1)->off]), i++;
        /* "a first-time issuer default rating of 'BBB'" */
        else if (ex_tok_is(a, i, "of") && i > lo && ex_tok_is(a, i - 1, "rating") && !to[0] &&
                 (e = ty_rating_at(a, i + 1, hi, r, sizeof r, &credit)))
            snprintf(to, sizeof to, "%s", r), i = e - 1;
        /* ("affirmed Tarrant's Baa2 rating": after a possessive) */
        else if ((ex_tok_is(a, i, "a") || ex_tok_is(a, i, "an") || ex_tok_is(a, i, "with") ||
                  ex_tok_is(a, i, "its") || ex_tok_is(a, i, "their") ||
                  (ex_tk(a, i)->flags & EXTRACT_TOK_POSS)) &&
                 !to[0] && (e = ty_rating_at(a, i + 1, hi, r, sizeof r, &credit)) && e < hi &&
                 (ex_tok_is(a, (e = rating_noun_end(a, e, hi)), "rating") ||
                  ex_tok_is(a, e, "recommendation") || ex_tok_is(a, e, "advice") ||
                  ex_tok_is(a, e, "stance")))
            snprintf(to, sizeof to, "%s", r), i = e;
    }
    if (by_rank) {
        int rt = rating_rank(to), rf = rating_rank(from);
        /* ("BarCap moved it to "underweight"": a rating below or above the middle of the scale
         * alone tells the way) */
        if (rt >= 0 && rf < 0 && !from[0] && rt != 3) rf = 3;
        if (rt < 0 || rf < 0 || rt == rf) return;
        action = rt > rf ? "upgrade" : "downgrade";
    }
    /* an equity call needs a rating word or a price target; a credit call a credit rating */
    /* (or two equity ratings named: "moved from "underweight" to "neutral" on X") */
    /* (... or a call moved to a rating: "BarCap moved it to "underweight"") */
    int ratingword = ex_ty_find(a, lo, hi, rw) >= 0 || listed[0] || (to[0] && from[0] && !credit) ||
                     (by_rank && to[0]);
    /* the analyst before the verb, the rated company after it */
    long ka = ex_ment_before(a, (size_t)v, lo);
    long kr = ex_ment_after(a, (size_t)v + 1, hi);
    /* "Goldman Sachs set a 544p price target on Halvorn and kept "sell" advice": the company
     * after "on" before the verb is the one rated, the firm before it calls */
    if (ka >= 0 && kr < 0 && a->ments[ka].t0 > lo && ex_tok_is(a, a->ments[ka].t0 - 1, "on")) {
        long kb = ex_ment_before(a, a->ments[ka].t0 - 1, lo);
        if (kb >= 0 && !ex_co_eq(a, a->ments[kb].co, a->ments[ka].co)) kr = ka, ka = kb;
    }
    /* (advice from a firm: the firm after "from", the company before the advice rated) */
    if (from_firm) {
        /* (the company rated is the sentence's subject, not one named on the way: "following
         * results from US peer AT&T and on "buy" advice from Citigroup") */
        if (kr < 0 || a->ments[kr].t0 != (size_t)v + 2 || ka < 0 || a->ments[ka].t0 > lo + 3)
            return;
        long t = ka;
        ka = kr, kr = t;
    }
    /* "Moody's downgraded Mavrick Airlines", "Goldman Sachs downgraded Mavrick Airlines": a
     * firm's up- or downgrade told as a fact (not "may downgrade", "cut its forecast") is a
     * call, rating named or not, when the firm is a rating agency (a credit call) or the
     * company rated follows the verb */
    static const char *const grade[] = {"upgraded", "upgrades", "downgraded", "downgrades", NULL};
    int graded = ka >= 0 && ex_ty_is(a, (size_t)v, grade) &&
                 !ex_ty_speculative(a, a->ments[ka].t1, (size_t)v) &&
                 !ex_ty_future(a, a->ments[ka].t1, (size_t)v);
    int agency = graded && ty_agency(a, a->ments[ka].co);
    if (agency) credit = 1;
    int named = graded && kr >= 0 && a->ments[kr].t0 == (size_t)v + 1;
    /* "cut ratings on Venture Production", "raised its rating on X": the call's object is a
     * rating on a company */
    int rating_on = 0;
    size_t obj = (size_t)v + 1; /* where the rated company is told: after the verb or "on" */
    for (size_t k = (size_t)v + 1; k + 1 < hi && k < (size_t)v + 4 && !rating_on; k++)
        if ((rating_on = ex_ty_is(a, k, rw) && ex_tok_is(a, k + 1, "on"))) obj = k + 2;
    /* (a firm's up- or downgrade as a noun, the firm right after "from", is a call too) */
    static const char *const noun[] = {"upgrade", "downgrade", NULL};
    int noun_firm = kr > 0 && ka >= 0 && ex_ty_is(a, (size_t)v, noun) &&
                    a->ments[kr].t0 == (size_t)v + 2 && ex_tok_is(a, (size_t)v + 1, "from");
    /* ("A Citigroup downgrade sent Centrica sliding", "The Merrill upgrade lent support to
     * Tullow Oil": the noun's firm, a bank or a broker, named right before it) */
    int firm_noun = ka >= 0 && ex_ty_is(a, (size_t)v, noun) && a->ments[ka].t1 == (size_t)v &&
                    ty_broker(a->ments[ka].co);
    if (!to[0] && !from[0] && tg < 0 && !agency && !named && !noun_firm && !firm_noun &&
        !(ratingword && (credit_word || rating_on || strcmp(action, "initiate") == 0)))
        return;
    if (strcmp(action, "initiate") == 0 && ex_ty_find(a, (size_t)v, hi, w_coverage) < 0 && !to[0])
        return;
    co_t rated, analyst = {NULL, -1};
    int have_analyst = 0;
    if (kr >= 0 && ka >= 0 && ex_co_eq(a, a->ments[kr].co, a->ments[ka].co)) kr = -1;
    static const char *const it[] = {"the stock", "the shares", "the company", NULL};
    co_t subj;
    /* "Shares of X rose 8% after Y upgraded the stock": the company named before the
     * analyst in the sentence */
    long kf = ka > 0 ? ex_ment_after(a, s->t0, a->ments[ka].t0) : -1;
    if (kf >= 0 && (a->ments[kf].regulator || ex_co_eq(a, a->ments[kf].co, a->ments[ka].co)))
        kf = -1;
    /* ("Swinside Gold fell 4.8 per cent as Trewarthen Brothers cut the miner to "sell"": the
     * company whose move the call caused, not the one a description might name) */
    int kf_because = 0;
    if (ka > 0) {
        long kp = ex_ment_before(a, a->ments[ka].t0, lo);
        if (kp >= 0 && kp != kf && !a->ments[kp].regulator &&
            !ex_co_eq(a, a->ments[kp].co, a->ments[ka].co) &&
            a->ments[kp].t1 + 12 > a->ments[ka].t0 &&
            ex_ty_find(a, a->ments[kp].t1, a->ments[ka].t0, ty_because) >= 0 &&
            moved_after(a, a->ments[kp].t1, a->ments[ka].t0))
            kf = kp, kf_because = 1;
    }
    /* "X lost 1% after a downgrade to sell from UniCredit": the noun's firm after "from",
     * the company before it rated */
    if (kr > 0 && ka >= 0 && ex_ty_is(a, (size_t)v, noun) && a->ments[kr].t0 > 0 &&
        ex_tok_is(a, a->ments[kr].t0 - 1, "from") && !a->ments[ka].regulator) {
        long t = ka;
        ka = kr, kr = t, kf = -1;
    }
    /* "X rose after Deutsche Bank upgraded it to buy", "after Goldman upgraded to buy", "on a
     * Citigroup upgrade to buy": the company named before the firm */
    /* ("after Investec added the stock to its buy list": the stock of a list call too) */
    int bare = (size_t)v + 1 < hi &&
               (ex_tok_is(a, (size_t)v + 1, "it") || ex_tok_is(a, (size_t)v + 1, "to") ||
                ex_tok_is(a, (size_t)v + 1, "from") || object_rating || listed[0]);
    /* "while UBS downgraded the Norwegian oil producer to sell": a description after the
     * verb stands for the company the article is about, not for the firm */
    static const char *const the[] = {"the", NULL};
    co_t dsc;
    /* ("cut its rating on the chipmaker": the description after "on") */
    int desc_after = kr < 0 && ka >= 0 && obj + 1 < hi && ex_ty_is(a, obj, the) &&
                     ex_resolve_desc(a, s, obj, obj + 5 < hi ? obj + 5 : hi, NULL, 0, &dsc);
    if (desc_after && ex_co_eq(a, dsc, a->ments[ka].co)) desc_after = 0;
    /* ... or for the company an earlier clause of the sentence rated ("Deutsche Bank upgraded
     * Halvorsen ..., while UBS downgraded the Norwegian oil producer") */
    if (!desc_after && kr < 0 && ka >= 0 && (size_t)v + 2 < hi && ex_ty_is(a, (size_t)v + 1, the) &&
        ex_hit_in(a, LEX_DESC, (size_t)v + 1, (size_t)v + 6 < hi ? (size_t)v + 6 : hi, NULL) &&
        ex_sentence_event_company(a, s, EVENT_RATING_CHANGE, &dsc))
        desc_after = !ex_co_eq(a, dsc, a->ments[ka].co);
    /* "X was downgraded by Y", "X was upgraded to buy from hold at Y": the company before
     * the passive is rated, the one after it calls */
    /* (a participle: not "Morgan Stanley is downgrading Halvorsen") */
    const extract_tok_t *vt = ex_tk(a, (size_t)v);
    /* ("was cut to junk status by Sarratt Ratings": the participle of "cut") */
    int ed = (vt->len > 2 && strncmp(a->text + vt->off + vt->len - 2, "ed", 2) == 0) ||
             ex_tok_is(a, (size_t)v, "cut");
    int passive = ka >= 0 && ex_passive_before(a, (size_t)v) && ed;
    /* (a headline drops the auxiliary: "Vantor Media cut to junk by Crestline Ratings") */
    /* (... or names the firm after "at": "Tovarek Semiconductor Upgraded to Outperform at
     * Quaylen & Co") */
    if (!passive && ka >= 0 && kr >= 0 && s == a->sents && a->ments[ka].t1 == (size_t)v &&
        a->ments[kr].t0 > (size_t)v + 1 &&
        (ex_tok_is(a, a->ments[kr].t0 - 1, "by") ||
         (ex_tok_is(a, a->ments[kr].t0 - 1, "at") && ed)))
        passive = 1;
    if (passive) {
        rated = a->ments[ka].co;
        ka = kr;
    } else if (kr >= 0)
        rated = a->ments[kr].co;
    else if (desc_after && !kf_because)
        rated = dsc;
    else if (kf >= 0 && (bare || firm_noun || kf_because ||
                         (kr < 0 && obj + 1 < hi && ex_ty_is(a, obj, the) &&
                          (ex_hit_in(a, LEX_DESC, obj, obj + 5 < hi ? obj + 5 : hi, NULL) ||
                           kind_in(a, obj + 1, obj + 6 < hi ? obj + 6 : hi)))))
        rated = a->ments[kf].co; /* ("Shares of X fell after Y cut its rating on the chipmaker") */
    else if (kf >= 0 && ex_ty_find_phrase(a, (size_t)v + 1, hi, it, NULL) >= 0)
        rated = a->ments[kf].co;
    /* ("Warner Bros. Discovery — The media company fell 2.8% after Moody's cut its credit
     * rating": "its" after a firm is the company the sentence named before the firm, when a
     * subordinate clause sets the call after it) */
    /* (and a firm's coverage begun: "Lululemon — The athleisure retailer dropped 4% after
     * Jefferies initiated coverage with an underperform rating") */
    else if (kf >= 0 && (size_t)v + 1 < hi &&
             (ex_tok_is(a, (size_t)v + 1, "its") || ex_tok_is(a, (size_t)v + 1, "their") ||
              ex_tok_is(a, (size_t)v + 1, "coverage") || object_rating) &&
             ex_ty_find(a, a->ments[kf].t1, a->ments[ka].t0, ty_because) >= 0)
        rated = a->ments[kf].co;
    /* "S&P Global Ratings affirmed its BBB- rating" after "Fitch cut Warner Bros Discovery":
     * an agency's "its" is the company the article rates, not the agency itself */
    /* (or an analyst's "his": "said Leerink Partners analyst David Risinger, who raised his
     * price target to $58") */
    else if (ka >= 0 && (size_t)v + 1 < hi &&
             (ex_tok_is(a, (size_t)v + 1, "its") || ex_tok_is(a, (size_t)v + 1, "their") ||
              ((ex_tok_is(a, (size_t)v + 1, "his") || ex_tok_is(a, (size_t)v + 1, "her")) &&
               a->ments[ka].t1 < (size_t)v && ex_tok_is(a, a->ments[ka].t1, "analyst"))) &&
             (ty_agency(a, a->ments[ka].co) || ex_tok_is(a, a->ments[ka].t1, "analyst") ||
              /* ("Corrievale Partners kept its "underperform" rating": an equity rating is
               * a firm's call on a stock) */
              (to[0] && !credit && !credit_word && (size_t)v + 3 < hi &&
               ex_tok_is(a, (size_t)v + 1, "its")) ||
              ty_broker(a->ments[ka].co) ||
              (a->ments[ka].t0 >= s->t0 + 2 && ex_tok_is(a, a->ments[ka].t0 - 1, "at") &&
               (ex_tok_is(a, a->ments[ka].t0 - 2, "analysts") ||
                ex_tok_is(a, a->ments[ka].t0 - 2, "analyst")))) &&
             (ex_article_event_company(a, EVENT_RATING_CHANGE, &subj) ||
              ex_article_subject(a, &subj)) &&
             !ex_co_eq(a, subj, a->ments[ka].co))
        rated = subj;
    else if (ex_ty_find_phrase(a, (size_t)v + 1, hi, it, NULL) >= 0 &&
             (ex_article_event_company(a, EVENT_RATING_CHANGE, &subj) ||
              ex_article_subject(a, &subj)) &&
             !(ka >= 0 && ex_co_eq(a, subj, a->ments[ka].co)))
        rated = subj; /* "cut their price target on the stock": the company an earlier call
                       * rated, else the one the article is about */
    else if (ka >= 0 &&
             (((size_t)v + 1 < hi && ex_tok_is(a, (size_t)v + 1, "coverage")) || object_rating) &&
             (ex_article_event_company(a, EVENT_RATING_CHANGE, &rated) ||
              ex_article_subject(a, &rated)) &&
             !ex_co_eq(a, rated, a->ments[ka].co)) {
        /* "while Jefferies began coverage with an 'underperform' rating": the company an
         * earlier call rated, else the one the article is about */
    } else if (!ex_ty_subject(a, s, (size_t)v, &rated))
        return;
    /* the firm making the call is not the company it rates ("Morgan Stanley, repeating an
     * "overweight" rating, said") */
    /* (nor one whose stock is told only as "the stock": "Nomura took the stock off its buy
     * list", "after Peel Hunt started coverage" with the company rated unknown) */
    /* (a passive however told: "DEBT RATINGS AFFIRMED BY S/P", "may be raised by Moody's") */
    static const char *const be_w[] = {"be", "been", "is", "are", "was", "were", "being", NULL};
    int by_after = (size_t)v + 1 < hi && ex_tok_is(a, (size_t)v + 1, "by");
    int stock_only = listed[0] || strcmp(action, "initiate") == 0 ||
                     ex_ty_find_phrase(a, (size_t)v + 1, hi, it, NULL) >= 0;
    if (ka >= 0 && kr < 0 && stock_only && !passive && !by_after &&
        !(v > (long)lo && ex_ty_is(a, (size_t)v - 1, be_w)) && ex_co_eq(a, rated, a->ments[ka].co))
        return;
    if (ka >= 0 && !a->ments[ka].regulator) {
        analyst = a->ments[ka].co;
        have_analyst = !ex_co_eq(a, analyst, rated);
    }
    /* "The brokerage also cut its price target on the stock to $210 from $235" after "Morgan
     * Stanley downgraded X": the firm of the call the sentence before told on the same company
     * (the event it made takes the target) */
    co_t prev;
    if (!have_analyst && ka < 0 && tg >= 0 && s > a->sents && (s - 1)->seg == s->seg &&
        ex_sentence_event_company(a, s - 1, EVENT_RATING_CHANGE, &prev) &&
        ex_co_eq(a, prev, rated) &&
        ex_sentence_event_party(a, s - 1, EVENT_RATING_CHANGE, "analyst", &analyst))
        have_analyst = 1;
    party_t p[2] = {{rated, "subject"}, {analyst, "analyst"}};
    event_t ev;
    /* without a firm making the call, only a sentence about ratings or coverage counts
     * ("cut its workforce to reduce costs" is no call) */
    if (!have_analyst && !ratingword) return;
    if (ex_make_event(a, &ev, EVENT_RATING_CHANGE, p, have_analyst ? 2 : 1)) return;
    ex_set_str(a, &ev, "action", action);
    ex_set_str(a, &ev, "kind", credit || credit_word ? "credit" : "equity");
    /* ("placed Intel's Baa1 rating on review for downgrade": Baa1 is where it stands) */
    if (review && to[0] && !from[0]) memcpy(from, to, sizeof from), to[0] = 0;
    ex_set_str(a, &ev, "rating_to", to);
    ex_set_str(a, &ev, "rating_from", from);
    if (tg >= 0) {
        ty_amount_t am[8];
        size_t na = ex_ty_amounts(a, s, am, 8);
        const ty_amount_t *best = NULL;
        /* "$210 price target" before it, "target to $420 from $350" after it */
        for (size_t q = 0; q < na; q++) {
            if (am[q].t1 == (size_t)tg || (am[q].t1 + 1 == (size_t)tg)) best = &am[q];
            /* (not the change, "by $4", nor the target before, "from $62") */
            if (!best && am[q].t0 >= tend && am[q].t0 < tend + 7 && am[q].t0 < hi &&
                !(am[q].t0 > 0 &&
                  (ex_tok_is(a, am[q].t0 - 1, "from") || ex_tok_is(a, am[q].t0 - 1, "by"))))
                best = &am[q];
            /* ("cut its price target on the electric-car maker's stock to $380 from $430":
             * past a long description of what is targeted, to the figure after "to") */
            if (!best && am[q].t0 >= tend + 7 && am[q].t0 < tend + 14 && am[q].t0 < hi &&
                ex_tok_is(a, am[q].t0 - 1, "to"))
                best = &am[q];
        }
        if (best && best->v > 0) {
            ex_set_num(a, &ev, "price_target", best->v);
            ex_set_str(a, &ev, "currency", best->cur);
        }
    }
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
    /* "upgraded X to buy" is no purchase */
    if (strcmp(to, "buy") == 0 || strcmp(to, "strong buy") == 0)
        ex_unemit_type(a, s, EVENT_ACQUISITION);
}

/* "Quaylen upgraded Tovarek to outperform ... Analyst Deborah Kincaid raised her price target
 * to $182 from $140": the target of the segment's latest call told without one, in a sentence
 * that makes no call of its own and names no other company. */
static void target_followup(art_t *a, const sent_t *s)
{
    static const char *const target[] = {"price target", "price objective", NULL};
    size_t te;
    co_t c;
    long t = ex_ty_find_phrase(a, s->t0, s->t1, target, &te);
    if (t < 0 || ex_sentence_event_company(a, s, EVENT_RATING_CHANGE, &c)) return;
    event_t *ev = ex_seg_event(a, s->seg, EVENT_RATING_CHANGE);
    if (!ev || event_get(ev, "price_target")) return;
    if (!ex_sent_names_only(a, s, ev)) return;
    ty_amount_t am[8];
    size_t na = ex_ty_amounts(a, s, am, 8);
    for (size_t q = 0; q < na; q++)
        if (am[q].t0 > te && am[q].t0 <= te + 4 && ex_tok_is(a, am[q].t0 - 1, "to") &&
            am[q].v > 0) {
            ex_set_num(a, ev, "price_target", am[q].v);
            if (am[q].cur[0] && !event_get(ev, "currency"))
                ex_set_str(a, ev, "currency", am[q].cur);
            return;
        }
}

void ex_rule_rating(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    (void)h;
    if (!ex_ty_sentence_ok(s)) return;
    /* "Jefferies cut its price target on the stock to $115, while JPMorgan downgraded Nike
     * to neutral": a call per clause */
    static const char *const joint[] = {"while", "whereas", ";", NULL};
    size_t lo = s->t0;
    /* (not "while keeping a 'neutral' rating": the same call) */
    static const char *const keep[] = {"keeping", "maintaining", "retaining", "reiterating", NULL};
    for (long j = ex_ty_find(a, lo, s->t1, joint); j >= 0;
         j = ex_ty_find(a, (size_t)j + 1, s->t1, joint)) {
        if ((size_t)j + 1 < s->t1 && ex_ty_is(a, (size_t)j + 1, keep)) continue;
        rating_clause(a, s, lo, (size_t)j);
        lo = (size_t)j + 1;
    }
    rating_clause(a, s, lo, s->t1);
    target_followup(a, s);
}
