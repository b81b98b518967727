/* extract_cue: companies found by the part a name plays in a sentence, whatever its form
 * (no corporate suffix, no ticker): the subject of a deal verb ("Mars will acquire"), the
 * buyer after a sale's "to", the company before a deal noun ("the Seagen acquisition"), and
 * in an article that names no known company, the name a sentence opens with before a
 * company verb ("Halbrook Sports said"). */
#include "extract_int.h"

#include "date.h"

#include <string.h>

/* Words between a company that opens a sentence and its deal verb: "Chevron said on Monday
 * it would buy", "Alphabet is in talks to acquire". */
static const char *const agent_aux[] = {
    "will",      "would",      "has",        "have",      "had",      "agreed",      "agrees",
    "to",        "is",         "was",        "also",      "said",     "says",        "it",
    "on",        "in",         "talks",      "plans",     "planned",  "intends",     "wants",
    "offered",   "offers",     "could",      "may",       "might",    "been",        "be",
    "expects",   "set",        "sets",       "moved",     "moves",    "seeks",       "seeking",
    "Monday",    "Tuesday",    "Wednesday",  "Thursday",  "Friday",   "Saturday",    "Sunday",
    "yesterday", "today",      "finally",    "already",   "mutually", "'s",          "board",
    "directors", "management", "advanced",   "exclusive", "early",    "preliminary", "final",
    "announced", "that",       "late-stage", "are",       "were",     "they",        "last",
    "recently",  "previously", "earlier",    "just",      "again",    "still",       "now",
    "first",     "twice",      "then",       "later",     NULL};

/* Registers the capitalised run [i, j) of s as a company unless it cannot be one (a place,
 * a month, a person's title, the registry's) or is one already found. */
static void cue_add(art_t *a, const sent_t *s, size_t i, size_t j)
{
    int pv;
    if (ex_not_company(a, i, j, s->t0) || ex_prov_match(a, i, j, &pv)) return;
    /* ("Franklin W. Gaskill resigned ... over the company's plan to sell": a first name, a
     * middle initial and a surname are a person) */
    if (j == i + 4 && ex_tk(a, i + 1)->len == 1 &&
        ex_upper_c((unsigned char)a->text[ex_tk(a, i + 1)->off]) && ex_tok_is(a, i + 2, ".") &&
        !(ex_tk(a, i + 2)->flags & EXTRACT_TOK_SPACE) &&
        !(ex_tk(a, i)->flags & EXTRACT_TOK_UPPER) && !(ex_tk(a, i + 3)->flags & EXTRACT_TOK_UPPER))
        return;
    /* "Halvard shares fell" after "Halvard Foods": the first word of a longer name found
     * before is its short form, not another company */
    if (j - i == 1 && ex_prov_longer(a, ex_tk(a, i)->h, 0) >= 0) return;
    /* ("Drummond will take over on May 1" after "appointed operations chief Aileen
     * Drummond": a person's surname) */
    if (j - i == 1 && ex_ty_surname(a, s, i)) return;
    ex_prov_add(a, ex_tk(a, i)->off, ex_tk(a, j - 1)->off + ex_tk(a, j - 1)->len);
}

/* A verb of a headline in title case at token i > first ("Boxford Games Slashes Annual
 * Outlook", "Orvella Agrees to Sell Pet Food Unit"): no part of the name before it. */
static int title_verb(const art_t *a, const sent_t *s, size_t first, size_t i)
{
    if (i <= first || (ex_tk(a, i)->flags & EXTRACT_TOK_UPPER)) return 0;
    if (ex_ty_is(a, i, ex_head_verbs)) return 1;
    /* (and, in a headline, the words a release puts between the company and its verb:
     * "Drayfield Instruments Board Unanimously Rejects", "Acme Corp Shareholders Approve";
     * not "Chicago Board Options Exchange Agrees") */
    static const char *const between[] = {
        "board", "unanimously",  "shareholders", "stockholders", "directors", "also",
        "today", "successfully", "officially",   "formally",     NULL};
    if (!(s == a->sents || s->headline) || !ex_ty_is(a, i, between)) return 0;
    for (size_t k = i + 1; k < s->t1 && k < i + 3; k++)
        if (ex_ty_is(a, k, ex_head_verbs)) return 1;
    return 0;
}

/* The capitalised run a name can be from token i: [i, end of run). */
static size_t agent_run(const art_t *a, const sent_t *s, size_t i)
{
    /* (a Romance name's particles between its words: "Banca Monte dei Paschi di Siena",
     * "Banca delle Marche", "Caisse des Depots") */
    const char *const *particle = ex_name_particles;
    size_t j = i, parts = 0;
    while (j < s->t1 && j - i - parts < 4) {
        if (j > i && j + 1 < s->t1 && parts < 2 && (ex_tk(a, j)->flags & EXTRACT_TOK_LOWER) &&
            ex_ty_is(a, j, particle) && ex_capword(a, j + 1)) {
            j++, parts++;
            continue;
        }
        if (!ex_name_part(a, j, s->t1) || title_verb(a, s, i, j)) break;
        j++;
    }
    if (j > i + 1 && ex_ty_is(a, j - 1, particle)) j--; /* (never ending on a particle) */
    return j;
}

/* Is the word at token i a person's surname elsewhere in the article: after a title and a
 * first name ("President Donald Trump", "Chief Executive Tim Cook") or after "Mr", "Ms"? */
static int person_surname(art_t *a, size_t i)
{
    /* the article's tokens after a title are read once, into an index by hash: asking of
     * every name stays linear in the article (a feed's one-line article has thousands) */
    if (!a->surnames_done) {
        a->surnames_done = 1;
        for (size_t k = 2; k < a->toks.n && !a->oom; k++) {
            size_t b = k - 1;
            /* "Mr. Trump": a full stop glued to the title, not a sentence's end */
            if (ex_tok_is(a, b, ".") && b > 0 && !(ex_tk(a, b)->flags & EXTRACT_TOK_SPACE)) b--;
            int titled = ex_class_at(a, b, b + 1, LEX_PTITLE, NULL) && ex_capword(a, b);
            /* after a first name, a title a few words before it ("President Donald Trump",
             * "Minister of Mines Patrick Chitambala") */
            if (!titled && ex_capword(a, k - 1) && !(ex_tk(a, k - 1)->flags & EXTRACT_TOK_UPPER))
                for (size_t q = k - 2; q + 5 >= k && !titled; q--) {
                    titled = ex_class_at(a, q, q + 1, LEX_PTITLE, NULL);
                    if (q == 0) break;
                }
            if (!titled) continue;
            if (ex_grow((void **)&a->surname_at, &a->capsurname, a->nsurname + 1,
                        sizeof *a->surname_at) ||
                htab_add(&a->surname_idx, ex_tk(a, k)->h)) {
                a->oom = 1;
                return 0;
            }
            a->surname_at[a->nsurname++] = (uint32_t)k;
        }
    }
    for (long p = htab_first(&a->surname_idx, ex_tk(a, i)->h); p >= 0;
         p = htab_next(&a->surname_idx, p))
        if (a->surname_at[p] != i) return 1;
    return 0;
}

/* Does the word w (n bytes, ending in s) end as an English plural of a person or a thing
 * does ("-ers", "-ors", "-nts", "-sts", "-ies", "-ees")? */
static int agent_plural_end(const char *w, size_t n)
{
    static const char *const ends[] = {"ers", "ors", "nts", "sts", "ies", "ees", NULL};
    if (n < 4) return 0;
    for (size_t k = 0; ends[k]; k++)
        if (strncasecmp(w + n - 3, ends[k], 3) == 0) return 1;
    return 0;
}

static void agent_add(art_t *a, const sent_t *s, size_t i, size_t j, int peer)
{
    /* "Trump said on Monday it would buy" after "President Donald Trump": a person */
    if (j - i == 1 && person_surname(a, i)) return;
    /* "Analysts", "Investors": a plural noun alone is not a name (Hess is; so is the second
     * of two peers: "Kroger and Albertsons agreed to merge") */
    const char *w = a->text + ex_tk(a, i)->off;
    size_t n = ex_tk(a, i)->len;
    /* (a name in -is, -us or -os is no plural: "Enodis", "Novartis", "Airbus", "Asos"; a
     * common noun in -is or -us is no name: "Surplus on bid for Imperial Group") */
    static const char *const nouns_s[] = {"surplus",  "bonus", "consensus", "crisis",   "analysis",
                                          "basis",    "focus", "status",    "stimulus", "census",
                                          "thesis",   "virus", "campus",    "plus",     "minus",
                                          "emphasis", NULL};
    /* (a short word is a plural only with a plural's ending: "Mars", "Sears" are names,
     * "Banks", "Firms" rarely open a deal) */
    if (j - i == 1 && !peer && n >= 2 && w[n - 1] == 's' && w[n - 2] != 's' &&
        ((w[n - 2] != 'i' && w[n - 2] != 'u' && w[n - 2] != 'o' &&
          (n >= 6 || agent_plural_end(w, n))) ||
         ex_ty_is(a, i, nouns_s)))
        return;
    /* "Company shares rose", "Tech shares rose": a common noun or a sector names no one */
    if (j - i == 1 &&
        (ex_class_at(a, i, j, LEX_NAMECUE, NULL) || ex_class_at(a, i, j, LEX_DESC, NULL) ||
         ex_class_at(a, i, j, LEX_SECTOR, NULL)))
        return;
    cue_add(a, s, i, j);
}

/* Is token k a verb of a share price's move with a percentage a few words on ("rose 2.4
 * per cent to 296p", "led the mid-caps with a 42 per cent gain", "slipped 0.8%")? With bare,
 * a percentage is enough (the shares are named before k); else a price or the news must
 * follow it. */
static int moved_by(const art_t *a, const sent_t *s, size_t k, int bare)
{
    static const char *const moves[] = {
        "rose",         "fell",     "gained",  "lost",      "slipped", "climbed",        "jumped",
        "dropped",      "slid",     "surged",  "tumbled",   "plunged", "sank",           "eased",
        "advanced",     "declined", "led",     "rallied",   "soared",  "outperformed",   "shed",
        "edged",        "drifted",  "dipped",  "retreated", "slumped", "underperformed", "added",
        "rises",        "falls",    "gains",   "jumps",     "slips",   "climbs",         "firmed",
        "strengthened", "weakened", "bounced", "recovered", NULL};
    /* (with no price, the news it moved on: "rose 1.4 per cent on "buy" advice from
     * Berenberg", "fell 3 per cent after a takeover bid") */
    /* (or a clause with "with": "lost 5.1 per cent, with Singer Capital Markets downgrading
     * the group to "sell"") */
    static const char *const on_w[] = {"on", "after", "following", "as", "with", NULL};
    static const char *const news[] = {
        "advice",      "upgrade",  "downgrade",   "rating",    "target",   "bid",     "offer",
        "takeover",    "approach", "results",     "warning",   "buy",      "sell",    "buyback",
        "dividend",    "deal",     "contract",    "approval",  "forecast", "outlook", "guidance",
        "earnings",    "profit",   "announcing",  "reporting", "raising",  "cutting", "winning",
        "agreeing",    "merger",   "acquisition", "stake",     "lawsuit",  "recall",  "upgrading",
        "downgrading", "upgraded", "downgraded",  "unveiling", "cut",      "said",    "output",
        "production",  "update",   NULL};
    static const char *const big[] = {"billion", "million", "bn", "mln", "m", "thousand", NULL};
    static const char *const to_at[] = {"to", "at", NULL};
    static const char *const small_units[] = {"p", "pence", "cents", "cts", NULL};
    if (!ex_ty_is(a, k, moves)) return 0;
    for (size_t q = k + 1; q + 1 < s->t1 && q < k + 9; q++) {
        if (ex_tok_is(a, q, ",") || ex_tok_is(a, q, ";")) break;
        if (!(ex_tk(a, q)->flags & EXTRACT_TOK_NUM)) continue;
        size_t e = q + 1;
        if (ex_tok_is(a, e, "%") || ex_tok_is(a, e, "pct") || ex_tok_is(a, e, "percent"))
            e++;
        else if (e + 1 < s->t1 && ex_tok_is(a, e, "per") && ex_tok_is(a, e + 1, "cent"))
            e += 2;
        /* ("Fewston Homes gained 11p to 243½p": a move in pence, then the price) */
        else if (q == k + 1 && e + 2 < s->t1 &&
                 (ex_tok_is(a, e, "p") || ex_tok_is(a, e, "pence")) && ex_tok_is(a, e + 1, "to") &&
                 (ex_tk(a, e + 2)->flags & EXTRACT_TOK_NUM))
            return 1;
        else
            continue;
        if (bare) return 1; /* (its shares named: "Zentro shares rose 1.3%") */
        /* ... and the price it moved to: "to 296p", "at pound(s)13.13", "to $12.50" (not "to
         * 57.97 billion dlrs": a sum, no share's price) */
        if (e + 1 < s->t1 && ex_tok_is(a, e, ",") && ex_tok_is(a, e + 1, "with")) e++;
        if (e < s->t1 && ex_ty_is(a, e, on_w)) return ex_ty_find(a, e + 1, s->t1, news) >= 0;
        /* ("fell 9% in Hong Kong", "rose 6% in early trading", "in Tokyo trading": where it
         * traded) */
        static const char *const trading[] = {"trading",   "premarket", "early", "late",
                                              "afternoon", "morning",   NULL};
        size_t pl;
        if (e + 1 < s->t1 && ex_tok_is(a, e, "in") &&
            (ex_ty_is(a, e + 1, trading) || ex_class_at(a, e + 1, s->t1, LEX_PLACE, &pl)))
            return 1;
        /* ("rose 9% on Tuesday") */
        if (e + 1 < s->t1 && ex_tok_is(a, e, "on") &&
            date_weekday_of(a->text + ex_tk(a, e + 1)->off, ex_tk(a, e + 1)->len) >= 0)
            return 1;
        size_t t = e;
        while (t < s->t1 && t < e + 5 && !ex_ty_is(a, t, to_at)) t++;
        if (t + 1 >= s->t1 || !ex_ty_is(a, t, to_at)) return 0;
        size_t p = t + 1, cl = 0;
        if (ex_class_at(a, p, s->t1, LEX_CURRENCY, &cl)) p += cl; /* "$", "EUR", "pound(s)" */
        if (p >= s->t1 || !(ex_tk(a, p)->flags & EXTRACT_TOK_NUM)) return 0;
        const extract_tok_t *pt = ex_tk(a, p);
        if (a->text[pt->off + pt->len - 1] == 'p') return 1; /* "296p" */
        if (p + 1 < s->t1 && ex_ty_is(a, p + 1, big)) return 0;
        return cl > 0 || (p + 1 < s->t1 && ex_ty_is(a, p + 1, small_units));
    }
    return 0;
}

/* Does the run [i, j) open with what a market report moves besides a company's shares: an
 * index, a commodity, a currency, a figure ("The FTSE 100 rose", "Brent fell", "Revenue
 * rose 4 per cent")? */
static int market_word(const art_t *a, size_t i, size_t j)
{
    static const char *const market[] = {
        "the", "ftse", "dow", "nasdaq", "s", "stoxx", "dax", "cac", "nikkei", "hang", "sensex",
        "kospi", "brent", "wti", "crude", "gold", "silver", "copper", "platinum", "oil", "sterling",
        "euro", "dollar", "yen", "yuan", "bitcoin", "treasuries", "gilts", "bunds", "wall", "index",
        "shares", "stocks", "equities", "bonds", "yields", "markets", "inflation", "gdp", "exports",
        "imports", "prices", "sales", "revenue", "turnover", "profit", "profits", "output",
        "earnings",
        /* metals, softs, grains and energy a market report moves ("Nickel rose 2.1 per cent
         * to $16,500 a tonne"), and the economy's figures (currencies are
         * the lexicon's) */
        "nickel", "aluminium", "aluminum", "zinc", "tin", "palladium", "corn", "wheat", "soybeans",
        "soybean", "soya", "sugar", "coffee", "cocoa", "cotton", "rubber", "gasoline", "petrol",
        "diesel", "uranium", "lithium", "cobalt", "ether", "ethereum", "unemployment", "employment",
        "payrolls", "jobless", "mortgage", "rates", "wages", "futures", NULL};
    return ex_ty_is(a, i, market) || ex_class_at(a, i, j, LEX_METRIC, NULL) ||
           ex_class_at(a, i, j, LEX_CURRENCY, NULL) || ex_class_at(a, i, j, LEX_SECTOR, NULL);
}

/* "Mars Inc will acquire Kellanova", "Capital One agreed to buy Discover", "Chevron said on
 * Monday it would buy Hess", "Hess shares jumped": a name without a corporate suffix that
 * opens a sentence is a company when a few auxiliary words later comes a word of lexicon
 * class agentcue (a deal verb, "shares"). "Kroger and Albertsons agreed to merge": two names
 * before a verb of value "peers" are both companies. */
static void agent_names_at(art_t *a, const sent_t *s, size_t i, int sub);

static void agent_names(art_t *a, const sent_t *s)
{
    static const char *const openers[] = {"separately", "meanwhile", "elsewhere", "also", "earlier",
                                          "later",      "today",     "yesterday", NULL};
    /* "Nov 26 - Nuvexa Therapeutics priced its IPO": past a dateline */
    size_t i = ex_dateline_end(a, s);
    /* "- Fairmont Insurance declared a special dividend": past a list's bullet */
    if (i + 1 < s->t1 && i == s->t0 && (ex_tok_is(a, i, "-") || ex_tok_is(a, i, "*")) &&
        ex_capword(a, i + 1))
        i++;
    /* "Separately, Dunmore agreed to buy": an adverb and its comma open the sentence
     * ("Earlier AM reported", "Today it reported": or without the comma) */
    if (i + 2 < s->t1 && ex_tok_is(a, i + 1, ",") && ex_ty_is(a, i, openers))
        i += 2;
    else if (i + 1 < s->t1 && ex_ty_is(a, i, openers))
        i++;
    /* "Separately, broker Marlow & Finch downgraded", "Credit agency Sterling Ratings cut":
     * what the company is, in lower case, before its name */
    if (i + 2 < s->t1 && i > s->t0 && (ex_tk(a, i)->flags & EXTRACT_TOK_LOWER) &&
        ex_company_kind(a, i) && ex_capword(a, i + 1))
        i++;
    else if (i + 3 < s->t1 && i == s->t0 && ex_capword(a, i) &&
             (ex_tk(a, i + 1)->flags & EXTRACT_TOK_LOWER) && ex_company_kind(a, i + 1) &&
             ex_capword(a, i + 2))
        i += 2;
    /* "Alongside the funding, Lumio is acquiring Slate", "In a statement, X said": a short
     * phrase of a preposition and words in lower case, and its comma */
    static const char *const preps[] = {"alongside", "in",      "on", "after", "with", "under",
                                        "following", "besides", "as", "at",    NULL};
    /* ("On November 30, Merriton Retail completed", "On Monday, ...": a date in the phrase) */
    if (i == s->t0 && ex_ty_is(a, i, preps)) {
        size_t q = i + 1;
        while (q < s->t1 && q < i + 6 &&
               ((ex_tk(a, q)->flags & (EXTRACT_TOK_LOWER | EXTRACT_TOK_NUM)) ||
                date_month_of(a->text + ex_tk(a, q)->off, ex_tk(a, q)->len) ||
                date_weekday_of(a->text + ex_tk(a, q)->off, ex_tk(a, q)->len) >= 0))
            q++;
        if (q > i + 1 && q + 2 < s->t1 && ex_tok_is(a, q, ",")) i = q + 1;
    }
    /* "Japan's Koyama Electric will buy": a place and its possessive open the sentence */
    size_t pl;
    if (i + 2 < s->t1 && (ex_tk(a, i + 1)->flags & EXTRACT_TOK_POSS) &&
        ex_class_at(a, i, i + 1, LEX_PLACE, &pl) && pl == 1)
        i += 2;
    agent_names_at(a, s, i, 0);
    /* "Shares of Acme rose after Emerson Electric agreed to buy it", "reports that Sinopec
     * had made an approach": a clause's subject after the word that opens it */
    /* (and "with" or "but" opening a clause of its own: "Logica lost 5.1 per cent, with Singer
     * Capital Markets downgrading it", "but Swinside Gold fell 4.8 per cent") */
    static const char *const subord[] = {"after",    "as",   "when", "while", "since", "because",
                                         "although", "that", "with", "but",   NULL};
    /* (found by ex_ty_find, which asks the sentence's word map once, not at every token) */
    size_t khi = s->t1 >= 2 ? s->t1 - 2 : 0;
    for (long kf = ex_ty_find(a, i + 1, khi, subord); kf >= 0;
         kf = ex_ty_find(a, (size_t)kf + 1, khi, subord)) {
        size_t k = (size_t)kf;
        /* (after a figure or a comma too: "Seven & i shares fell 2.1%, while Couche-Tard's
         * stock rose") */
        /* (or a day: "fell 5.7 percent on Monday after Wolcott & Pryce downgraded") */
        const extract_tok_t *pt = ex_tk(a, k - 1);
        if ((ex_tk(a, k)->flags & EXTRACT_TOK_LOWER) &&
            ((pt->flags & EXTRACT_TOK_LOWER) || date_weekday_of(a->text + pt->off, pt->len) >= 0 ||
             ex_tok_is(a, k - 1, ",") || ex_tok_is(a, k - 1, "%")) &&
            ex_capword(a, k + 1))
            agent_names_at(a, s, k + 1, 1);
    }
}

/* agent_names for the name that may open at token i (sub: a clause inside the sentence). */
static void agent_names_at(art_t *a, const sent_t *s, size_t i, int sub)
{
    size_t j = agent_run(a, s, i), i2 = j, j2 = j;
    if (j == i) return;
    /* "Retailer Holloway Home files for bankruptcy": a headline's description before the name */
    /* ("Drugsmaker GlaxoSmithKline added 1.3 per cent": a kind in -maker before a name) */
    const extract_tok_t *t0 = ex_tk(a, i);
    if ((j >= i + 3 && ex_company_kind(a, i)) ||
        (j >= i + 2 && t0->len > 5 && strncmp(a->text + t0->off + t0->len - 5, "maker", 5) == 0))
        i++;
    if (j + 1 < s->t1 && (ex_tok_is(a, j, "and") || ex_tok_is(a, j, "&"))) {
        i2 = j + 1;
        j2 = agent_run(a, s, i2);
        if (j2 == i2) return;
    }
    /* the first cue a few auxiliary words on; for one name, a cue of peers ("in talks")
     * is passed over like an auxiliary ("Cobalt Mining is in talks to buy") */
    const extract_lex_entry_t *cue = NULL;
    int peers = 0;
    /* "Martin Sosnoff, who has offered to buy Caesars World": past a relative "who";
     * "Kessler Logistics, which is backed by Warburg Capital, raised": past a relative clause
     * or an appositive set off by commas */
    size_t from = j2, cue_at = j2, pl;
    int who = 0;
    /* "Danone of France acquired Unimilk": the country a company is of, after its name */
    /* (not a person of a country: "President Mitterrand of France", "Queen Elizabeth of
     * Britain") */
    if (j2 == j && j + 2 < s->t1 && !ex_class_at(a, i, j, LEX_PTITLE, NULL) &&
        ex_tok_is(a, j, "of") && ex_class_at(a, j + 1, s->t1, LEX_PLACE, &pl) && j + 1 + pl < s->t1)
        from = cue_at = j + 1 + pl;
    static const char *const rel[] = {"which", "a", "an", "the", NULL};
    if (j2 == j && j2 + 2 < s->t1 && ex_tok_is(a, j2, ",") && ex_tok_is(a, j2 + 1, "who"))
        from = j2 + 2, who = 1;
    /* (the clause may hold commas of its own: "Engelhard, the US manufacturer of catalysts
     * for cars, trucks and factories, has agreed": the first comma a cue follows) */
    size_t q_end = j2 + 22 < s->t1 ? j2 + 22 : s->t1;
    int clause = !who && j2 + 2 < s->t1 && ex_tok_is(a, j2, ",") && ex_ty_is(a, j2 + 1, rel);
    size_t q = clause ? j2 + 2 : q_end;
    for (;;) {
        if (clause) {
            while (q < q_end && !ex_tok_is(a, q, ",")) q++;
            if (q >= q_end) break;
            from = q + 1;
        }
        for (size_t k = from; k < s->t1 && k - from < 10 && !cue; k++) {
            /* a market wrap's "Chloride rose 4.2 per cent", "Sage Group led the risers with a
             * 42 per cent gain": a one-name subject of a price move, right after it */
            if (k == from && j2 == j && moved_by(a, s, k, 0)) {
                if (!market_word(a, i, j)) agent_add(a, s, i, j, 0);
                return;
            }
            extract_lex_hit_t h[MAX_HITS_AT];
            size_t n = ex_lex_hits(a, k, s->t1, h, MAX_HITS_AT);
            for (size_t r = 0; r < n && !cue; r++)
                if (h[r].entry->cls == LEX_AGENTCUE) cue = h[r].entry, cue_at = k;
            /* (a word in -ing before "of" is a noun: "said today's downgrading of Denmark's
             * rating", "the buying of shares") */
            if (cue && cue->ntoks == 1 && k + 1 < s->t1 && ex_tok_is(a, k + 1, "of")) {
                size_t pn = strlen(cue->phrase);
                if (pn > 4 && strcmp(cue->phrase + pn - 3, "ing") == 0) cue = NULL;
            }
            peers = cue && cue->value && strcmp(cue->value, "peers") == 0;
            /* (but one name merging "with" another is a company: "Diamondback Energy is
             * merging with Endeavor") */
            static const char *const merge_w[] = {"merge", "merges", "merged", "merging", NULL};
            if (cue && peers && j2 == j && ex_ty_is(a, k, merge_w) && k + cue->ntoks < s->t1 &&
                ex_tok_is(a, k + cue->ntoks, "with"))
                peers = 0;
            /* (a peers cue of one company's own thing: "Hadlow Media extended its share
             * buyback") */
            else if (cue && peers && j2 == j && k + cue->ntoks < s->t1 &&
                     ex_tok_is(a, k + cue->ntoks, "its"))
                peers = 0;
            else if (cue && peers && j2 == j)
                cue = NULL;
            /* (a possessive however it is cut: "Marlowe Foods' board raised") */
            if (!cue && !ex_ty_is(a, k, agent_aux) && !(ex_tk(a, k)->flags & EXTRACT_TOK_POSS))
                break;
        }
        if (cue || !clause) break;
        q++;
    }
    if (!cue) return;
    /* after "who" only a purchase ("who has offered to buy"), not a job ("who took over") */
    static const char *const buys[] = {"buy", "buys", "acquire", "acquires", "purchase",
                                       "bid", "bids", "invest",  "invests",  NULL};
    int bought = 0;
    for (size_t q = 0; buys[q] && !bought; q++) bought = strcmp(cue->phrase, buys[q]) == 0;
    if (who && !bought) return;
    /* past a clause, only a verb a company does itself ("Rogaine, which is ..., has been
     * approved": a product approved is none) */
    static const char *const done_to[] = {
        "approved", "approves",  "accepted", "accepts", "rejected", "rejects", "named",
        "names",    "appointed", "hired",    "shares",  "stock",    NULL};
    /* (and in a clause inside the sentence: "when Rogaine might be approved") */
    /* (but "while Zentro shares rose 1.3%": its shares moved) */
    static const char *const its_shares[] = {"shares", "stock", NULL};
    int moved =
        ex_ty_is(a, cue_at, its_shares) && cue_at + 1 < s->t1 && moved_by(a, s, cue_at + 1, 1);
    if ((from != j2 || sub) && !who && ex_ty_is(a, cue_at, done_to) && !moved) return;
    /* "Jane Smith was named chief executive of Acme Corp": one a passive acts on names no
     * company ("Acme Corp was named in the suit" is found by its suffix) */
    static const char *const named_w[] = {"named", "appointed", "hired", NULL};
    if (ex_ty_is(a, cue_at, named_w) && ex_passive_before(a, cue_at)) return;
    /* (nor a highlight's "Wendeline Cattermole appointed Chair of the new Board": the post
     * right after the verb, no one else named after it) */
    static const char *const post_w[] = {"chair", "chairman", "chairwoman", "ceo", "cfo",
                                         "coo",   "chief",    "president",  NULL};
    if (ex_ty_is(a, cue_at, named_w) && cue_at + 1 < s->t1 && ex_ty_is(a, cue_at + 1, post_w)) {
        size_t q = cue_at + 1;
        while (q < s->t1 && q < cue_at + 6 && ex_capword(a, q)) q++;
        if (q >= s->t1 || ex_tok_is(a, q, "of") || ex_tok_is(a, q, ",") || ex_tok_is(a, q, "."))
            return;
    }
    /* ... nor one who "will take over as chief executive" (a post) */
    if (ex_ty_is(a, cue_at, ex_take_words) && cue_at + cue->ntoks < s->t1 &&
        ex_tok_is(a, cue_at + cue->ntoks, "as"))
        return;
    if (j2 == j && !peers) { /* a peers cue ("extended", "signed") names two or none */
        agent_add(a, s, i, j, 0);
    } else if (j2 != j && (peers || bought)) {
        /* ("Brightmoor Partners and Selwyn Capital agreed to buy": two buyers) */
        agent_add(a, s, i, j, 0);
        agent_add(a, s, i2, j2, 1);
    } else if (j2 != j && ex_tok_is(a, j, "&")) {
        /* ("after Wolcott & Pryce downgraded the chipmaker": one firm's name) */
        agent_add(a, s, i, j2, 0);
    }
}

/* "Intel is selling a 51% stake in Altera to Silver Lake", "sold its chip business to a
 * group led by Bain Capital": the first capitalised run after the first "to" that follows
 * a word of sale (a few words in lower case apart) is the buyer, suffix or not. */
static void sale_buyer_names(art_t *a, const sent_t *s)
{
    long v = ex_ty_find(a, s->t0, s->t1, ex_sale_words);
    /* ("agreed to give control of the company to Benson Seizer, a New York investor") */
    static const char *const cede[] = {"give control of", "cede control of", "hand control of",
                                       NULL};
    if (v < 0) v = ex_ty_find_phrase(a, s->t0, s->t1, cede, NULL);
    if (v < 0) return;
    int commas = 0;
    for (size_t k = (size_t)v + 1; k + 1 < s->t1 && k < (size_t)v + 24; k++) {
        /* past an appositive ("its Nigerian business, Shell Petroleum Development Company,
         * to Renaissance") only a name right after "to" */
        if (ex_tok_is(a, k, ",") && ++commas > 2) return;
        if (ex_tok_is(a, k, ";")) return;
        if (!ex_tok_is(a, k, "to") || (!commas && k >= (size_t)v + 12)) continue;
        /* "to a group led by Z", "to an affiliate of Z": an article, words in lower case and
         * "by" or "of" before it; after a verb ("to focus on", "to raise cash for") no buyer */
        size_t i = k + 1;
        if (!commas && i < s->t1 && (ex_tok_is(a, i, "a") || ex_tok_is(a, i, "an"))) {
            size_t q = i;
            while (q < s->t1 && q < k + 7 && (ex_tk(a, q)->flags & EXTRACT_TOK_LOWER) &&
                   !ex_name_part(a, q, s->t1))
                q++;
            if (q > i && (ex_tok_is(a, q - 1, "by") || ex_tok_is(a, q - 1, "of"))) i = q;
        }
        size_t j = i;
        while (j < s->t1 && j - i < 4 && ex_name_part(a, j, s->t1)) j++;
        if (j > i) cue_add(a, s, i, j);
        return;
    }
}

/* Words between a possessive and the offer it makes ("Moreland Group's 42 dlr a share
 * takeover offer", "Gravenhurst Capital's $22-a-share offer"). */
static const char *const offer_kind[] = {
    "unsolicited", "hostile", "sweetened", "revised", "improved", "new",    "latest", "billion",
    "million",     "bln",     "mln",       "cash",    "all-cash", "$",      "a",      "share",
    "per",         "-",       "dlr",       "dlrs",    "takeover", "tender", "buyout", "merger",
    "friendly",    "initial", "rival",     "higher",  "bn",       NULL};

/* The first token of the run of offer_kind words (numbers, currencies) that ends right
 * before token k, at most six back (twelve past a price told twice: "22 dlr a share, or 118
 * mln dlr, takeover proposal"); k when there is none. */
size_t ex_offer_kind_start(const art_t *a, size_t lo, size_t k)
{
    static const char *const price_end[] = {"dlr", "dlrs", "share", "mln", "billion", NULL};
    size_t q = k, most = 6;
    for (;;) {
        if (q > lo + 2 && k - q < 12 && ex_tok_is(a, q - 1, ",") && ex_ty_is(a, q - 2, price_end)) {
            /* ", or 118 mln dlr," closing, or ", or" opening the second price */
            most = 12;
            q--;
            continue;
        }
        if (q > lo + 1 && most == 12 && ex_tok_is(a, q - 1, "or") && ex_tok_is(a, q - 2, ",") &&
            q > lo + 2 && ex_ty_is(a, q - 3, price_end)) {
            q -= 2;
            continue;
        }
        if (!(q > lo && k - q < most &&
              ((ex_tk(a, q - 1)->flags & EXTRACT_TOK_NUM) || ex_ty_is(a, q - 1, offer_kind) ||
               ex_hit_at(a, q - 1, LEX_CURRENCY))))
            break;
        q--;
    }
    /* (a comma the run cannot open) */
    while (q < k && (ex_tok_is(a, q, ",") || ex_tok_is(a, q, "or"))) q++;
    return q;
}

/* "Harwood Foods' acquisition of Corbin", "rejected Gravenhurst Capital's $22-a-share
 * offer": the capitalised run before the possessive of a deal noun or an offer is the
 * company that buys or bids. */
static void poss_deal_names(art_t *a, const sent_t *s)
{
    static const char *const nouns[] = {"acquisition", "takeover", "buyout",   "purchase", "offer",
                                        "bid",         "proposal", "approach", "sale",     NULL};
    static const char *const bare[] = {"offer", "bid", "proposal", "approach", NULL};
    static const char *const deal_kind[] = {"takeover", "buyout", "merger", "tender", NULL};
    static const char *const money[] = {"$", "dlr", "dlrs", "share", NULL};
    static const char *const buy[] = {"buy", "acquire", "purchase", "take", "merge", NULL};
    for (long k = ex_ty_find(a, s->t0 + 2, s->t1, nouns); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, s->t1, nouns)) {
        size_t p = ex_offer_kind_start(a, s->t0, (size_t)k);
        if (p <= s->t0 + 1 || !(ex_tk(a, p - 1)->flags & EXTRACT_TOK_POSS)) continue;
        /* (an offer or a proposal of a deal: its kind or amount told, or what it is for; not
         * "the Commission's proposal to impose a tax") */
        int told =
            ex_ty_find(a, p, (size_t)k, deal_kind) >= 0 || ex_ty_find(a, p, (size_t)k, money) >= 0;
        for (size_t q = p; q < (size_t)k && !told; q++)
            told = (ex_tk(a, q)->flags & EXTRACT_TOK_NUM) != 0;
        if (ex_ty_is(a, (size_t)k, bare) && !told &&
            !((size_t)k + 1 < s->t1 && ex_tok_is(a, (size_t)k + 1, "for")) &&
            !((size_t)k + 2 < s->t1 && ex_tok_is(a, (size_t)k + 1, "to") &&
              ex_ty_is(a, (size_t)k + 2, buy)))
            continue;
        size_t j = p - 1, i = j;
        while (i > s->t0 && j - i < 4 && ex_name_part(a, i - 1, s->t1)) i--;
        if (i == j || (i > s->t0 && !(ex_tk(a, i - 1)->flags & EXTRACT_TOK_LOWER))) continue;
        agent_add(a, s, i, j, 0);
    }
}

/* "Pfizer completed the Seagen acquisition", "Cisco closes $28 billion Splunk deal": a
 * capitalised run right before a deal noun, after a word in lower case or an amount, is the
 * company bought. */
static void deal_noun_names(art_t *a, const sent_t *s)
{
    static const char *const nouns[] = {"acquisition", "takeover", "buyout",
                                        "deal",        "purchase", NULL};
    poss_deal_names(a, s);
    for (long k = ex_ty_find(a, s->t0, s->t1, nouns); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, s->t1, nouns)) {
        size_t j = (size_t)k, i = j;
        while (i > s->t0 && j - i < 3 && ex_name_part(a, i - 1, s->t1) &&
               !(ex_tk(a, i - 1)->flags & EXTRACT_TOK_UPPER && ex_tk(a, i - 1)->len > 4))
            i--;
        if (i == j || i == s->t0) continue;
        const extract_tok_t *b = ex_tk(a, i - 1);
        if (!(b->flags & (EXTRACT_TOK_LOWER | EXTRACT_TOK_NUM)) &&
            !ex_tok_is(a, i - 1, "billion") && !ex_tok_is(a, i - 1, "million"))
            continue;
        cue_add(a, s, i, j);
    }
}

/* "said Kaiser Cement shareholders today approved": a capitalised run right before
 * "shareholders", "stockholders" or "holders", after a word in lower case, is a company. */
static void holder_names(art_t *a, const sent_t *s)
{
    static const char *const holders[] = {"shareholders", "stockholders", "holders", NULL};
    for (long k = ex_ty_find(a, s->t0 + 1, s->t1, holders); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, s->t1, holders)) {
        size_t j = (size_t)k, i = j;
        while (i > s->t0 && j - i < 4 && ex_name_part(a, i - 1, s->t1)) i--;
        if (i == j || i == s->t0 || !(ex_tk(a, i - 1)->flags & EXTRACT_TOK_LOWER)) continue;
        /* "Consolidated shareholders" after Consolidated Energy: a short form, not another */
        int short_form = 0;
        for (size_t q = 0; q < a->nprov && !short_form; q++) {
            short_form = a->provs[q].ntoks > j - i;
            for (size_t t = 0; short_form && t < j - i; t++)
                short_form = a->provs[q].toks[t].h == ex_tk(a, i + t)->h;
        }
        if (short_form) continue;
        cue_add(a, s, i, j);
    }
}

/* Is token i a word in camel case ("FrostLine", "PayPal"): a capital after a small letter? */
static int camel_case(const art_t *a, size_t i)
{
    const extract_tok_t *t = ex_tk(a, i);
    const char *w = a->text + t->off;
    if (!(t->flags & EXTRACT_TOK_CAP)) return 0;
    for (size_t q = 1; q + 1 < t->len; q++)
        if (w[q] >= 'a' && w[q] <= 'z' && w[q + 1] >= 'A' && w[q + 1] <= 'Z') return 1;
    return 0;
}

/* A business named as a part of a company: "Bogen, a division of Lear Siegler Inc", "Google,
 * a unit of Alphabet", "Lear Siegler's Bogen unit", "Alphabet's Waymo subsidiary". The
 * capitalised run before the appositive (after a word in lower case) or between the
 * possessive and the word of a part is a company. */
static void unit_names(art_t *a, const sent_t *s)
{
    /* only where a business changes hands: "Boeing said its Defense unit won a contract"
     * is Boeing's */
    static const char *const deals[] = {
        "sell",     "sells",     "sold",    "selling",  "sale",        "buy",       "buys",
        "bought",   "buying",    "acquire", "acquires", "acquired",    "acquiring", "acquisition",
        "purchase", "purchased", "divest",  "divested", "divestiture", "spin",      "merge",
        "merger",   "buyer",     "buyers",  NULL};
    if (ex_ty_find(a, s->t0, s->t1, deals) < 0) return;
    static const char *const parts[] = {"unit",     "division",  "subsidiary",   "affiliate",
                                        "units",    "divisions", "subsidiaries", "arm",
                                        "business", NULL};
    for (long k = ex_ty_find(a, s->t0 + 1, s->t1, parts); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, s->t1, parts)) {
        size_t p = (size_t)k;
        /* "X's Name unit" (not "business": "Microsoft's Xbox business") */
        size_t j = p, i = j;
        /* ("its Grate Home and Fireplace division": "and" between two capitalised words) */
        while (i > s->t0 && j - i < 4 &&
               (ex_name_part(a, i - 1, s->t1) ||
                (i - 1 > s->t0 && i < j && ex_tok_is(a, i - 1, "and") && ex_capword(a, i - 2))))
            i--;
        /* after "its" only a unit or subsidiary: "its Boise division" is often a region;
         * a division sold is a business ("sold its Grate division to") */
        static const char *const units[] = {"unit",  "subsidiary",   "affiliate",
                                            "units", "subsidiaries", NULL};
        static const char *const sold_w[] = {"sold",   "sell",     "sells", "selling",
                                             "divest", "divested", NULL};
        int its = i > s->t0 && (ex_tok_is(a, i - 1, "its") || ex_tok_is(a, i - 1, "their"));
        /* "the assets of the Filter Products Division of Mine Safety Appliances Co": a part
         * in title case, its company after "of", is named with its part word */
        if (i < j && i > s->t0 && ex_tok_is(a, i - 1, "the") && ex_capword(a, p) &&
            !(ex_tk(a, p)->flags & EXTRACT_TOK_UPPER) && p + 2 < s->t1 &&
            ex_tok_is(a, p + 1, "of") && ex_capword(a, p + 2) && !ex_not_company(a, i, j, s->t0)) {
            cue_add(a, s, i, p + 1);
            continue;
        }
        /* ... and opening a sentence with its part word in lower case ("The Bolton Valve unit
         * of Carlyle Industries Corp was sold to Amdura"): the name without it */
        if (i == s->t0 && i + 1 < j && ex_tok_is(a, i, "the") &&
            (ex_tk(a, p)->flags & EXTRACT_TOK_LOWER) && p + 2 < s->t1 &&
            ex_tok_is(a, p + 1, "of") && ex_capword(a, p + 2) &&
            !ex_not_company(a, i + 1, j, s->t0)) {
            cue_add(a, s, i + 1, j);
            continue;
        }
        /* ("agreed to sell its Lumiere Coatings business to": a business right after a
         * sale's "its" is sold whole) */
        int sold_part = (ex_tok_is(a, p, "division") || ex_tok_is(a, p, "business")) &&
                        i >= s->t0 + 2 && ex_ty_is(a, i - 2, sold_w);
        /* ("said its Pomfret Tire division has been bought by Oberlin Rubber Co": the part the
         * passive sells) */
        static const char *const passive_deal[] = {"bought", "sold", "acquired", "purchased", NULL};
        static const char *const be_w[] = {"been", "was", "is", "be", "being", NULL};
        long pd = ex_ty_find(a, p + 1, p + 5 < s->t1 ? p + 5 : s->t1, passive_deal);
        if (its && ex_tok_is(a, p, "division") && pd > (long)p + 1 &&
            ex_ty_is(a, (size_t)pd - 1, be_w))
            sold_part = 1;
        if (i < j && i > s->t0 &&
            ((!ex_tok_is(a, p, "business") && (ex_tk(a, i - 1)->flags & EXTRACT_TOK_POSS)) ||
             (its && (ex_ty_is(a, p, units) || sold_part))) &&
            !ex_not_company(a, i, j, s->t0)) {
            cue_add(a, s, i, j);
            continue;
        }
        /* "its FrostLine cold-chain division": a brand written in camel case, a few words in
         * lower case before the unit word (a place is never so written) */
        size_t m = p;
        while (m > s->t0 + 1 && p - m < 4 &&
               ((ex_tk(a, m - 1)->flags & EXTRACT_TOK_LOWER) || ex_tok_is(a, m - 1, "-")))
            m--;
        if (m < p && m > s->t0 + 1 && camel_case(a, m - 1) &&
            (ex_tok_is(a, m - 2, "its") || (ex_tk(a, m - 2)->flags & EXTRACT_TOK_POSS))) {
            cue_add(a, s, m - 1, m);
            continue;
        }
        /* "Name, a (wholly owned) unit of" */
        if (p + 1 >= s->t1 || !ex_tok_is(a, p + 1, "of")) continue;
        size_t c = p;
        while (c > s->t0 && p - c < 4 && (ex_tk(a, c - 1)->flags & EXTRACT_TOK_LOWER) &&
               !ex_tok_is(a, c - 1, "a") && !ex_tok_is(a, c - 1, "an"))
            c--;
        if (c < s->t0 + 3 || !(ex_tok_is(a, c - 1, "a") || ex_tok_is(a, c - 1, "an")) ||
            !ex_tok_is(a, c - 2, ","))
            continue;
        j = c - 2, i = j;
        while (i > s->t0 && j - i < 4 && ex_name_part(a, i - 1, s->t1)) i--;
        if (i == j || i == s->t0 || !(ex_tk(a, i - 1)->flags & EXTRACT_TOK_LOWER)) continue;
        if (ex_not_company(a, i, j, s->t0)) continue;
        cue_add(a, s, i, j);
    }
}

/* "agreed to take Pellam Software private": the capitalised run between a form of "take"
 * and "private" is the company taken private. */
static void private_names(art_t *a, const sent_t *s)
{
    for (long k = ex_ty_find(a, s->t0, s->t1, ex_take_words); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, s->t1, ex_take_words)) {
        size_t i = (size_t)k + 1, j = agent_run(a, s, i);
        if (!(j > i && j < s->t1 && ex_tok_is(a, j, "private"))) continue;
        cue_add(a, s, i, j);
        /* the name opening the sentence a few auxiliary words before takes it private */
        size_t j0 = agent_run(a, s, s->t0), q = j0;
        while (q < (size_t)k && ex_ty_is(a, q, agent_aux)) q++;
        if (j0 > s->t0 && q == (size_t)k) agent_add(a, s, s->t0, j0, 0);
    }
}

/* The end of the capitalised run that starts at token i when a possessive follows it (as
 * "'s", or a lone apostrophe glued to a plural: "Garvey Homes'"), else 0. */
static size_t run_to_poss(art_t *a, const sent_t *s, size_t i)
{
    size_t j = agent_run(a, s, i);
    if (j == i || j >= s->t1) return 0;
    int poss = (ex_tk(a, j)->flags & EXTRACT_TOK_POSS) ||
               (ex_tok_is(a, j, "'") && !(ex_tk(a, j)->flags & EXTRACT_TOK_SPACE));
    return poss ? j : 0;
}

/* Is token i a credit grade ("BB", "BBB", "Baa3", "Ba1", "A2", "junk")? */
static int credit_grade(const art_t *a, size_t i)
{
    const extract_tok_t *t = ex_tk(a, i);
    const char *p = a->text + t->off;
    if (ex_tok_is(a, i, "junk")) return 1;
    if (t->len < 2 || t->len > 4 || (p[0] != 'A' && p[0] != 'B' && p[0] != 'C')) return 0;
    for (size_t q = 1; q < t->len; q++)
        if (!(p[q] == p[0] || p[q] == 'a' || (p[q] >= '1' && p[q] <= '3'))) return 0;
    return 1;
}

/* "S&P raised Marden Steel's credit rating", "Moody's cut Belvoir's outlook": the capitalised
 * run after a verb of a rating, before a possessive and a rating word, is the rated company. */
static void rated_names(art_t *a, const sent_t *s)
{
    /* "after a Tamerton Hythe downgrade to "underweight"": the run between an article and a
     * call told as a noun is the firm */
    static const char *const call_n[] = {"downgrade", "upgrade", "downgrades", "upgrades", NULL};
    for (long k = ex_ty_find(a, s->t0, s->t1, call_n); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, s->t1, call_n)) {
        size_t b = (size_t)k;
        while (b > s->t0 && (size_t)k - b < 4 && ex_capword(a, b - 1)) b--;
        if (b < (size_t)k && b > s->t0 &&
            (ex_tok_is(a, b - 1, "a") || ex_tok_is(a, b - 1, "the")) &&
            agent_run(a, s, b) == (size_t)k)
            cue_add(a, s, b, (size_t)k);
    }
    static const char *const verbs[] = {"raised", "lifted",   "cut",        "lowered", "affirmed",
                                        "placed", "upgraded", "downgraded", NULL};
    static const char *const what[] = {"credit", "rating",    "ratings", "outlook", "debt",
                                       "bonds",  "long-term", "issuer",  "senior",  NULL};
    for (long k = ex_ty_find(a, s->t0, s->t1, verbs); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, s->t1, verbs)) {
        size_t j = run_to_poss(a, s, (size_t)k + 1);
        if (j && j + 1 < s->t1 && ex_ty_is(a, j + 1, what)) cue_add(a, s, (size_t)k + 1, j);
        /* "Fitch cut Castleford Retail to BB+ from BBB-": the run before "to" and a grade */
        /* ("Peel Hunt cut Tolland Engineering to "hold" from "buy"": an equity rating) */
        static const char *const equity[] = {
            "buy",          "sell",       "hold",        "neutral",      "outperform",
            "underperform", "overweight", "underweight", "equal-weight", "reduce",
            "accumulate",   "add",        "strong",      "market",       NULL};
        j = agent_run(a, s, (size_t)k + 1);
        size_t g = j + 1 < s->t1 && ex_tok_is(a, j + 1, "\"") ? j + 2 : j + 1;
        if (!run_to_poss(a, s, (size_t)k + 1) && j > (size_t)k + 1 && j + 1 < s->t1 &&
            ex_tok_is(a, j, "to") &&
            (credit_grade(a, j + 1) || (g < s->t1 && ex_ty_is(a, g, equity))))
            cue_add(a, s, (size_t)k + 1, j);
        /* "Kelbrook Motors was downgraded to underperform from market perform by Thornbury
         * Research": in the passive, the firm after "by" calls, the name before the verb is
         * rated */
        /* (a headline drops the auxiliary: "Vantor Media cut to junk by Crestline Ratings") */
        if ((size_t)k <= s->t0 + 1 || !(ex_passive_before(a, (size_t)k) || s == a->sents)) continue;
        static const char *const by_w[] = {"by", NULL};
        long b =
            ex_ty_find(a, (size_t)k + 1, (size_t)k + 12 < s->t1 ? (size_t)k + 12 : s->t1, by_w);
        if (b < 0 || (size_t)b + 1 >= s->t1) continue;
        size_t j2 = agent_run(a, s, (size_t)b + 1);
        if (j2 > (size_t)b + 1) cue_add(a, s, (size_t)b + 1, j2);
        size_t j0 = agent_run(a, s, s->t0);
        if (j0 > s->t0 && (j0 == (size_t)k - 1 || j0 == (size_t)k)) cue_add(a, s, s->t0, j0);
    }
}

/* "a judge approved Pelham Pharmacy's $1.3 billion settlement", "regulators cleared X's
 * takeover of Y": the run between such a verb and a possessive before a deal or a settlement
 * (a few words on) is a company. */
static void judged_names(art_t *a, const sent_t *s)
{
    static const char *const judged[] = {"approved", "cleared",  "blocked", "block",
                                         "blocks",   "rejected", "backed",  NULL};
    static const char *const deeds[] = {"settlement", "takeover",      "acquisition", "merger",
                                        "bid",        "offer",         "deal",        "purchase",
                                        "bankruptcy", "restructuring", NULL};
    for (long k = ex_ty_find(a, s->t0, s->t1, judged); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, s->t1, judged)) {
        size_t j = run_to_poss(a, s, (size_t)k + 1);
        if (j && ex_ty_find(a, j + 1, j + 6 < s->t1 ? j + 6 : s->t1, deeds) >= 0)
            cue_add(a, s, (size_t)k + 1, j);
    }
}

/* "the merger of Harlan Foods and Kestrel Brands", "a combination of the Santa Fe and
 * Southern Pacific railroads": the two capitalised runs joined by "and" after "merger of" or
 * "combination of" are companies. */
static void merged_names(art_t *a, const sent_t *s)
{
    static const char *const nouns[] = {"merger", "combination", "merging", NULL};
    for (long k = ex_ty_find(a, s->t0, s->t1, nouns); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, s->t1, nouns)) {
        size_t i = (size_t)k + 1;
        if (i < s->t1 && ex_tok_is(a, i, "of")) i++;
        if (i < s->t1 && ex_tok_is(a, i, "the")) i++;
        size_t j = agent_run(a, s, i);
        if (j == i || j + 1 >= s->t1 || !ex_tok_is(a, j, "and")) continue;
        size_t i2 = j + 1, j2 = agent_run(a, s, i2);
        if (j2 == i2) continue;
        /* one word alone is a company only when known ("Research and Development units") */
        const registry_entry_t *en;
        if ((j - i < 2 && !registry_match(a->x->reg, a->text, a->toks.v, j, i, &en)) ||
            (j2 - i2 < 2 && !registry_match(a->x->reg, a->text, a->toks.v, j2, i2, &en)))
            continue;
        agent_add(a, s, i, j, 1);
        agent_add(a, s, i2, j2, 1);
    }
}

/* "Vantage Telecom chief financial officer Rhys Powell": a capitalised run that opens the
 * sentence right before a corporate title and a person's name is the person's company. */
static void title_names(art_t *a, const sent_t *s)
{
    static const char *const titles[] = {"chief executive officer",
                                         "chief executive",
                                         "chief financial officer",
                                         "chief operating officer",
                                         "chief technology officer",
                                         "finance chief",
                                         "ceo",
                                         "cfo",
                                         "coo",
                                         "chairman",
                                         "chairwoman",
                                         NULL};
    size_t i = s->t0, j = agent_run(a, s, i), e = 0;
    if (j == i || j + 2 >= s->t1) return;
    /* the title in lower case ("chief executive") or an acronym ("CEO") */
    if (!(ex_tk(a, j)->flags & (EXTRACT_TOK_LOWER | EXTRACT_TOK_UPPER))) return;
    for (size_t k = 0; titles[k] && !e; k++) e = (size_t)ex_ty_phrase(a, j, s->t1, titles[k]);
    if (!e || e >= s->t1) return;
    if (!ex_capword(a, e) || !ex_capword(a, e + 1 < s->t1 ? e + 1 : e)) return;
    agent_add(a, s, i, j, 0);
}

/* "signed a 15-year agreement to buy power from Westwind Renewables": the capitalised run
 * after "from" that follows an agreement to buy goods (words in lower case) supplies them;
 * "an agreement with Carrow Logistics to deploy its systems": the run between "with" and
 * "to" and a verb of supply is the customer. */
static void supplier_names(art_t *a, const sent_t *s)
{
    static const char *const deal[] = {"agreement", "deal", "contract", NULL};
    static const char *const buy[] = {"buy", "purchase", "source", NULL};
    static const char *const give[] = {"deploy", "supply", "provide", "deliver", "install", NULL};
    for (long k = ex_ty_find(a, s->t0, s->t1, deal); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, s->t1, deal)) {
        size_t i = (size_t)k + 1;
        if (i + 3 < s->t1 && ex_tok_is(a, i, "with")) {
            size_t j = agent_run(a, s, i + 1);
            if (j > i + 1 && j + 1 < s->t1 && ex_tok_is(a, j, "to") && ex_ty_is(a, j + 1, give))
                cue_add(a, s, i + 1, j);
            continue;
        }
        if (i + 3 >= s->t1 || !ex_tok_is(a, i, "to") || !ex_ty_is(a, i + 1, buy)) continue;
        size_t q = i + 2;
        while (q < s->t1 && q < i + 7 && (ex_tk(a, q)->flags & EXTRACT_TOK_LOWER) &&
               !ex_tok_is(a, q, "from"))
            q++;
        if (q == i + 2 || q + 1 >= s->t1 || !ex_tok_is(a, q, "from")) continue;
        size_t j = agent_run(a, s, q + 1);
        if (j > q + 1) cue_add(a, s, q + 1, j);
    }
}

/* "has chosen South Korea's Hanseo Energy to supply battery cells": the capitalised run a
 * verb of choice names (past a place and its possessive), before "to" and a verb of supply,
 * is the supplier. */
static void chosen_names(art_t *a, const sent_t *s)
{
    long v = ex_ty_find(a, s->t0, s->t1, ex_ty_chose);
    if (v < 0) return;
    size_t i = (size_t)v + 1;
    size_t pl;
    if (ex_class_at(a, i, s->t1, LEX_PLACE, &pl) && i + pl < s->t1 &&
        (ex_tk(a, i + pl)->flags & EXTRACT_TOK_POSS))
        i += pl + 1;
    if (i >= s->t1 || !ex_capword(a, i)) return;
    size_t j = agent_run(a, s, i);
    if (j > i && j + 1 < s->t1 && ex_tok_is(a, j, "to") && ex_ty_is(a, j + 1, ex_ty_supply))
        cue_add(a, s, i, j);
}

/* "a Series C round co-led by Orchard Bio Ventures and Tamsin Capital": both runs joined by
 * "and" after "led by" in a funding round are its investors. */
static void lead_names(art_t *a, const sent_t *s)
{
    static const char *const led[] = {"led", NULL};
    static const char *const round[] = {"round", "funding", "financing", NULL};
    for (long k = ex_ty_find(a, s->t0, s->t1, led); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, s->t1, led)) {
        size_t i = (size_t)k + 2;
        if (i >= s->t1 || !ex_tok_is(a, (size_t)k + 1, "by")) continue;
        if (ex_ty_find(a, (size_t)k > s->t0 + 6 ? (size_t)k - 6 : s->t0, (size_t)k, round) < 0)
            continue;
        size_t j = agent_run(a, s, i);
        if (j == i || j + 1 >= s->t1 || !ex_tok_is(a, j, "and")) continue;
        size_t j2 = agent_run(a, s, j + 1);
        if (j2 == j + 1) continue;
        cue_add(a, s, i, j);
        cue_add(a, s, j + 1, j2);
    }
}

/* "to sell its regional carrier, SkyLink Express, to Harbor Aviation": the capitalised run
 * set off by commas after "its" and words in lower case, before "to" and the buyer, is the
 * unit sold. */
static void sold_unit_names(art_t *a, const sent_t *s)
{
    long v = ex_ty_find(a, s->t0, s->t1, ex_sale_words);
    if (v < 0 || (size_t)v + 6 >= s->t1 || !ex_tok_is(a, (size_t)v + 1, "its")) return;
    size_t q = (size_t)v + 2;
    while (q < s->t1 && q < (size_t)v + 7 && (ex_tk(a, q)->flags & EXTRACT_TOK_LOWER)) q++;
    if (q == (size_t)v + 2 || q + 3 >= s->t1 || !ex_tok_is(a, q, ",")) return;
    size_t j = agent_run(a, s, q + 1);
    if (j > q + 1 && j + 1 < s->t1 && ex_tok_is(a, j, ",") && ex_tok_is(a, j + 1, "to"))
        cue_add(a, s, q + 1, j);
}

/* "Tarrin Foods — The snack maker's stock slid 12%": a paragraph of a market wrap opens with
 * the company's name and a dash (not a dateline in capitals: "WASHINGTON —"). */
static void dash_names(art_t *a, const sent_t *s)
{
    size_t j = agent_run(a, s, s->t0);
    if (j == s->t0 || j + 1 >= s->t1) return;
    /* (or a hyphen set off by spaces: "Halberd Networks - The networking equipment maker") */
    /* (of two words at least, none a note's: not "Note - Earnings excluded") */
    static const char *const notes[] = {"note", "notes", "update", "correction", NULL};
    int hyphen = ex_tok_is(a, j, "-") && (ex_tk(a, j)->flags & EXTRACT_TOK_SPACE) &&
                 (ex_tk(a, j + 1)->flags & EXTRACT_TOK_SPACE) && j >= s->t0 + 2 &&
                 ex_ty_find(a, s->t0, j, notes) < 0;
    if (!(ex_tok_is(a, j, "\xe2\x80\x94") || ex_tok_is(a, j, "\xe2\x80\x93") ||
          ex_tok_is(a, j, "--") || hyphen))
        return;
    int mixed = 0;
    for (size_t k = s->t0; k < j && !mixed; k++) mixed = !(ex_tk(a, k)->flags & EXTRACT_TOK_UPPER);
    if (mixed) cue_add(a, s, s->t0, j);
}

/* "The group, led by Mutual Shares Corp, said", "an investor group led by New York investor
 * George Soros", "the group, which includes Shamrock Associates,": the name a group is led
 * by or includes (past a description ending in a word for an investor) stands for the
 * group; the article's first is kept (a->glead) and registered as a company. */
/* Plural words for what companies are ("private equity firms A and B"). */
static const char *const w_firms[] = {"firms", "companies", "funds", "groups", "investors", NULL};

static void group_lead_names(art_t *a, const sent_t *s)
{
    static const char *const group[] = {"group", "consortium", NULL};
    static const char *const cues[] = {"led by",
                                       "headed by",
                                       "which includes",
                                       "which also includes",
                                       "that includes",
                                       "that also includes",
                                       "including",
                                       "includes",
                                       NULL};
    static const char *const investor[] = {"investor", "financier", "businessman", NULL};
    if (a->have_glead) return;
    for (long g = ex_ty_find(a, s->t0, s->t1, group); g >= 0;
         g = ex_ty_find(a, (size_t)g + 1, s->t1, group)) {
        if (!(ex_tk(a, (size_t)g)->flags & EXTRACT_TOK_LOWER)) continue;
        size_t k = (size_t)g + 1, e = 0;
        if (k < s->t1 && ex_tok_is(a, k, ",")) k++;
        for (size_t c = 0; cues[c] && !e; c++) e = (size_t)ex_ty_phrase(a, k, s->t1, cues[c]);
        if (!e || e >= s->t1) continue;
        /* "led by Far Hills, N.J., investor Natalie Koether": the name after the word for an
         * investor, a few words on */
        size_t i = e;
        for (size_t q = e; q + 1 < s->t1 && q < e + 8; q++)
            if (ex_ty_is(a, q, investor) && ex_capword(a, q + 1)) {
                i = q + 1;
                break;
            }
        if (i < s->t1 && ex_tok_is(a, i, "<")) i++;
        /* "led by private equity firms Brightmoor Partners and Selwyn Capital": past the
         * description, and the second of two conjoined names is a member too */
        if (i == e) {
            size_t d = ex_desc_end(a, s, i, i + 4 < s->t1 ? i + 4 : s->t1);
            if (d > i && (ex_company_kind(a, d - 1) || ex_ty_is(a, d - 1, w_firms))) i = d;
        }
        size_t j = agent_run(a, s, i);
        if (j == i) continue;
        if (j + 2 < s->t1 && ex_tok_is(a, j, "and") && ex_capword(a, j + 1)) {
            size_t j2 = agent_run(a, s, j + 1);
            co_t c2;
            if (j2 > j + 1 && !ex_co_at(a, j + 1, s->t1, &c2)) cue_add(a, s, j + 1, j2);
        }
        co_t co;
        if (!ex_co_at(a, i, s->t1, &co)) {
            size_t l;
            if (ex_class_at(a, i, j, LEX_PLACE, &l) && l == j - i) continue;
            cue_add(a, s, i, j);
            if (!ex_co_at(a, i, s->t1, &co)) continue;
        }
        a->glead = i;
        a->glead_end = s->t1;
        a->have_glead = 1;
        return;
    }
}

/* "Hearst is buying the Houston Chronicle from Houston Endowment Inc", "completed the
 * acquisition of radio station KNSS-FM", "bidding for control of the state television
 * station TF1": a business bought, named without a corporate suffix. After a word of
 * purchase, the capitalised run after "the" that its seller follows ("from"), or the run
 * right after a word for a business (lexicon-free: station, newspaper, hotel) a few words
 * in lower case on. */
static void bought_asset_names(art_t *a, const sent_t *s)
{
    static const char *const buy[] = {"buy",         "buys",     "buying",    "bought",
                                      "acquire",     "acquires", "acquiring", "acquired",
                                      "acquisition", "purchase", "purchased", "purchasing",
                                      "control",     "bid",      "bidding",   NULL};
    static const char *const kind[] = {"station", "newspaper", "hotel", "magazine", NULL};
    for (long v = ex_ty_find(a, s->t0, s->t1, buy); v >= 0;
         v = ex_ty_find(a, (size_t)v + 1, s->t1, buy)) {
        size_t i = (size_t)v + 1;
        if (i < s->t1 && ex_tok_is(a, i, "of")) i++;
        if (i + 2 < s->t1 && ex_tok_is(a, i, "the")) {
            size_t j = agent_run(a, s, i + 1);
            if (j > i + 1 && j + 1 < s->t1 && ex_tok_is(a, j, "from") && ex_capword(a, j + 1))
                cue_add(a, s, i + 1, j);
        }
        for (size_t q = (size_t)v + 1; q + 1 < s->t1 && q < (size_t)v + 9; q++) {
            if (!(ex_tk(a, q)->flags & EXTRACT_TOK_LOWER)) break;
            if (!ex_ty_is(a, q, kind)) continue;
            size_t j = agent_run(a, s, q + 1);
            if (j > q + 1) cue_add(a, s, q + 1, j);
            break;
        }
    }
}

/* "agreed to pay Pounds 25m for Zyb, a Danish social networking company", "Alltel, a smaller
 * rival,", "Hutchison Essar, India's fourth largest mobile operator.": a capitalised run right
 * before an appositive that says what kind of company it is, which ends there, is one. */
static void appos_names(art_t *a, const sent_t *s)
{
    static const char *const det[] = {"a", "an", "the", NULL};
    static const char *const kinds[] = {
        "company", "group",    "operator", "bank",   "rival",   "peer",
        "chain",   "business", "insurer",  "lender", "carrier", "conglomerate",
        "maker",   "producer", "retailer", "miner",  NULL};
    static const char *const stop[] = {"of",  "in", "for", "to", "from", "with",  "at",  "on",
                                       "and", "or", "by",  "as", "that", "which", "who", NULL};
    static const char *const ends[] = {",", ".", ";", ")", "that", "which", "whose", NULL};
    for (size_t c = s->t0 + 1; c + 2 < s->t1; c++) {
        if (!ex_tok_is(a, c, ",")) continue;
        size_t q = c + 1, pl;
        if (ex_ty_is(a, q, det))
            q++;
        else if (ex_class_at(a, q, s->t1, LEX_PLACE, &pl) && q + pl < s->t1 &&
                 (ex_tk(a, q + pl)->flags & EXTRACT_TOK_POSS))
            q += pl + 1;
        else
            continue;
        size_t e = q;
        /* (a nationality opening it, "the Swiss speciality chemicals group", and two kinds of
         * work joined, "the testing and inspection group") */
        while (e < s->t1 && e < q + 8 && !ex_ty_is(a, e, kinds) &&
               (!ex_ty_is(a, e, stop) || (ex_tok_is(a, e, "and") && e > q && e + 1 < s->t1 &&
                                          (ex_tk(a, e - 1)->flags & EXTRACT_TOK_LOWER) &&
                                          (ex_tk(a, e + 1)->flags & EXTRACT_TOK_LOWER))) &&
               ((ex_tk(a, e)->flags & (EXTRACT_TOK_LOWER | EXTRACT_TOK_NUM | EXTRACT_TOK_POSS)) ||
                ex_tok_is(a, e, "-") || ex_class_at(a, e, e + 1, LEX_PLACE, NULL) ||
                (e == q && ex_capword(a, e) && e + 1 < s->t1 &&
                 (ex_tk(a, e + 1)->flags & EXTRACT_TOK_LOWER))))
            e++;
        /* ("Kingfisher, the owner of B&Q and Screwfix,": what a company owns or runs, after
         * one word that names it) */
        static const char *const of_kinds[] = {"owner", "parent", "operator", "maker", NULL};
        int owner = e < s->t1 && e > q && ex_ty_is(a, e - 1, of_kinds) && ex_tok_is(a, e, "of") &&
                    c >= s->t0 + 1 && ex_name_part(a, c - 1, s->t1) &&
                    (c - 1 == s->t0 || !ex_name_part(a, c - 2, s->t1));
        if (!owner && (e >= s->t1 || !ex_ty_is(a, e, kinds))) continue;
        if (owner) {
            agent_add(a, s, c - 1, c, 0);
            continue;
        }
        /* (a group that campaigns is no company: "Public Citizen, a consumer advocacy group",
         * "Sierra Club, an environmental group") */
        static const char *const causes[] = {
            "advocacy",  "environmental", "campaign",  "campaigning", "lobby",      "lobbying",
            "pressure",  "activist",      "civil",     "rights",      "charity",    "charitable",
            "nonprofit", "non-profit",    "religious", "political",   "protest",    "watchdog",
            "union",     "militant",      "rebel",     "terrorist",   "opposition", NULL};
        if (ex_ty_find(a, q, e, causes) >= 0) continue;
        /* (it ends at the kind: not "the group's chairman") */
        if (e + 1 < s->t1 && !ex_ty_is(a, e + 1, ends)) continue;
        size_t j = c, i = j;
        while (i > s->t0 && j - i < 4 && ex_name_part(a, i - 1, s->t1)) i--;
        if (i == j || (i > s->t0 && ex_capword(a, i - 1))) continue;
        /* (not a public body: "the President's Export Council, an industry advisory group") */
        static const char *const bodies[] = {"council",     "committee",  "commission", "agency",
                                             "association", "federation", "institute",  "ministry",
                                             "department",  "authority",  "bureau",     "office",
                                             NULL};
        if (ex_ty_is(a, j - 1, bodies)) continue;
        agent_add(a, s, i, j, 0);
    }
}

/* Does the article write the word of hash h capitalised inside a sentence (after a word in
 * lower case, a comma, a semicolon or a colon)? A proper noun, not "Oil" or "Revenue". */
static int word_proper(art_t *a, uint64_t h)
{
    if (!a->wproper_built) {
        a->wproper_built = 1;
        for (size_t i = 1; i < a->toks.n; i++) {
            const extract_tok_t *t = ex_tk(a, i), *p = ex_tk(a, i - 1);
            if (!(t->flags & EXTRACT_TOK_CAP) || (t->flags & EXTRACT_TOK_UPPER)) continue;
            if (!((p->flags & EXTRACT_TOK_LOWER) || ex_tok_is(a, i - 1, ",") ||
                  ex_tok_is(a, i - 1, ";") || ex_tok_is(a, i - 1, ":")))
                continue;
            if (htab_first(&a->wproper, t->h) < 0 && htab_add(&a->wproper, t->h)) a->oom = 1;
        }
    }
    return htab_first(&a->wproper, h) >= 0;
}

/* "Rheinmetall rose 5.6% after the German arms maker won an order": one capitalised word
 * opening a sentence, then a verb of a share's move and a percentage, is a company when the
 * article writes the word capitalised inside a sentence too (a proper noun: not "Oil rose
 * 2%", "Revenue fell 3%"), and it names no market, index or commodity. */
static void mover_names(art_t *a, const sent_t *s)
{
    static const char *const moved[] = {
        "rose",    "fell",     "jumped",   "gained",    "slid",      "dropped", "climbed",
        "surged",  "sank",     "tumbled",  "shed",      "lost",      "slumped", "soared",
        "plunged", "advanced", "declined", "slipped",   "rallied",   "dipped",  "rebounded",
        "sagged",  "skidded",  "spiked",   "retreated", "plummeted", "edged",   NULL};
    static const char *const markets[] = {
        "nasdaq",  "dow",      "nikkei", "dax",   "cac",      "ftse",     "stoxx",
        "hang",    "kospi",    "sensex", "brent", "gold",     "silver",   "copper",
        "bitcoin", "oil",      "crude",  "wti",   "treasury", "dollar",   "euro",
        "yen",     "sterling", "bund",   "wall",  "ether",    "platinum", "palladium",
        "nifty",   "topix",    "asx",    "tsx",   NULL};
    static const char *const pct[] = {"%", "pct", "percent", "per", NULL};
    size_t i = s->t0;
    if (i + 3 >= s->t1 || !ex_capword(a, i) || (ex_tk(a, i)->flags & EXTRACT_TOK_UPPER) ||
        !ex_ty_is(a, i + 1, moved) || ex_ty_is(a, i, markets))
        return;
    size_t q = i + 2;
    if (q < s->t1 && ex_tok_is(a, q, "by")) q++;
    if (!(q + 1 < s->t1 && (ex_tk(a, q)->flags & EXTRACT_TOK_NUM) && ex_ty_is(a, q + 1, pct)))
        return;
    if (ex_class_at(a, i, i + 1, LEX_SECTOR, NULL) || ex_class_at(a, i, i + 1, LEX_METRIC, NULL) ||
        ex_class_at(a, i, i + 1, LEX_INSTRUMENT, NULL))
        return;
    if (!word_proper(a, ex_tk(a, i)->h)) return;
    cue_add(a, s, i, i + 1);
}

void ex_discover_roles(art_t *a, const sent_t *s)
{
    mover_names(a, s);
    appos_names(a, s);
    bought_asset_names(a, s);
    group_lead_names(a, s);
    dash_names(a, s);
    sold_unit_names(a, s);
    supplier_names(a, s);
    chosen_names(a, s);
    lead_names(a, s);
    title_names(a, s);
    judged_names(a, s);
    rated_names(a, s);
    private_names(a, s);
    holder_names(a, s);
    agent_names(a, s);
    sale_buyer_names(a, s);
    deal_noun_names(a, s);
    unit_names(a, s);
    merged_names(a, s);
}

/* Verbs a company is the subject of, right after its name at the start of a sentence:
 * "JJB Sports said", "Tesco reported", "Vodafone 's shares". */
static const char *const lead_verbs[] = {
    "said",      "says",   "reported",  "reports", "posted",     "posts",    "announced",
    "announces", "became", "warned",    "warns",   "expects",    "expected", "forecast",
    "forecasts", "raised", "raises",    "cut",     "cuts",       "plans",    "planned",
    "agreed",    "agrees", "has",       "had",     "is",         "was",      "will",
    "saw",       "sees",   "increased", "lifted",  "delivered",  "added",    "'s",
    "withdrew",  "pulled", "suspended", "lowered", "reaffirmed", "slashes",  "slashed",
    "lowers",    "lifts",  "withdraws", "trims",   "trimmed",    "boosts",   "boosted",
    "buys",      "sells",  "acquires",  "names",   "wins",       "beats",    "misses",
    "tops",      "jumps",  "falls",     "rises",   "slumps",     "surges",   "sinks",
    "s", /* "Tesco's shares": the possessive, however it is cut */
    NULL};

void ex_discover_leads(art_t *a)
{
    const registry_entry_t *en;
    size_t l;
    /* only an article that names no company otherwise: a source's name ("Baker said") must
     * not become a company beside the ones the article is about */
    /* (in one that does, only a name whose first word the headline opens with: "Wethercote
     * Leisure, the owner of 140 roadside pubs, said" under "Wethercote soars on Ambrose Vale
     * approach") */
    int named = a->nprov > 0;
    for (size_t i = 0; i < a->toks.n && !named; i++)
        named = registry_match(a->x->reg, a->text, a->toks.v, a->toks.n, i, &en) > 0;
    if (named && a->nsents < 2) return;
    /* (a headline in mixed case: a wire's in capitals names its companies by their tickers) */
    int head_lower = 0;
    for (size_t q = a->nsents ? a->sents[0].t0 : 0; named && a->nsents && q < a->sents[0].t1; q++)
        head_lower |= (ex_tk(a, q)->flags & EXTRACT_TOK_LOWER) != 0;
    if (named && !head_lower) return;
    for (size_t k = named ? 1 : 0; k < a->nsents && !a->oom; k++) {
        const sent_t *s = &a->sents[k];
        size_t i = s->t0, n = 0;
        /* (a headline in title case: "Boxford Games Slashes Annual Outlook" stops at the verb) */
        /* (nor a month after it: "Dalton Creek November same-store sales fall") */
        while (i < s->t1 && n < 4 && !title_verb(a, s, s->t0, i) &&
               !(i > s->t0 && date_month_of(a->text + ex_tk(a, i)->off, ex_tk(a, i)->len)) &&
               (ex_capword(a, i) ||
                (i > s->t0 && i + 1 < s->t1 && (ex_tok_is(a, i, "and") || ex_tok_is(a, i, "&")) &&
                 ex_capword(a, i + 1))))
            i++, n++;
        /* "Dunmore Gold now expects": an adverb between the name and its verb */
        static const char *const adv[] = {"now", "also", "still", "again", NULL};
        size_t v = i < s->t1 && ex_ty_is(a, i, adv) ? i + 1 : i;
        /* (past the month a headline's figure is of: "Dalton Creek November same-store sales") */
        if (n && v + 1 < s->t1 && date_month_of(a->text + ex_tk(a, v)->off, ex_tk(a, v)->len)) v++;
        /* "Cheshire Furniture, which had been struggling, has gone": past a relative clause */
        /* (or an appositive: "Wethercote Leisure, the owner of 140 roadside pubs, said") */
        if (n && v + 2 < s->t1 && ex_tok_is(a, v, ",") &&
            (ex_tok_is(a, v + 1, "which") ||
             (named && (ex_tok_is(a, v + 1, "the") || ex_tok_is(a, v + 1, "a") ||
                        ex_tok_is(a, v + 1, "an")))))
            for (size_t q = v + 2; q + 1 < s->t1 && q < v + 16; q++)
                if (ex_tok_is(a, q, ",")) {
                    v = q + 1;
                    break;
                }
        /* (or a title in mixed case whose name a metric follows, the body speaking of it by a
         * description: "Dulverton Breweries volumes hit by cold snap" over "The brewer said
         * beer volumes fell") */
        /* (the lexicon's metrics and instruments: "sales", "volumes", "shares") */
        int head_metric = (k == 0 || s->headline) && s->seg == 0 && n >= 2 && v < s->t1 &&
                          (ex_tk(a, v)->flags & EXTRACT_TOK_LOWER) &&
                          (ex_class_at(a, v, s->t1, LEX_METRIC, NULL) ||
                           ex_class_at(a, v, s->t1, LEX_INSTRUMENT, NULL));
        /* (or a title in mixed case whose name a verb in lower case follows, the body opening
         * with a description of it: "Fovant Fashion shrugs off Christmas gloom" over "The high
         * street fashion chain said") */
        int head_desc = 0;
        if ((k == 0 || s->headline) && s->seg == 0 && n >= 2 && v < s->t1 &&
            (ex_tk(a, v)->flags & EXTRACT_TOK_LOWER) && k + 1 < a->nsents) {
            const sent_t *b = &a->sents[k + 1];
            size_t e = b->t0 + 7 < b->t1 ? b->t0 + 7 : b->t1;
            if (b->seg == s->seg && b->t1 > b->t0 + 2 && ex_tok_is(a, b->t0, "the"))
                for (size_t q = b->t0 + 1; q < e && !head_desc; q++)
                    head_desc = ex_company_kind(a, q) || ex_class_at(a, q, q + 1, LEX_DESC, NULL) ||
                                ex_tok_is(a, q, "chain");
        }
        if (!n || v >= s->t1 || (!ex_ty_is(a, v, lead_verbs) && !head_metric && !head_desc))
            continue;
        if (named) {
            /* (the word the headline opens with) */
            const sent_t *h = &a->sents[0];
            if (n < 2 || s->seg != h->seg || h->t1 <= h->t0 ||
                ex_tk(a, h->t0)->h != ex_tk(a, s->t0)->h || !ex_capword(a, h->t0))
                continue;
        }
        /* "Analysts said", "Shares rose": a plural noun alone is not a name */
        const extract_tok_t *t = ex_tk(a, s->t0);
        if (n == 1 && a->text[t->off + t->len - 1] == 's') continue;
        /* "Revenue was", "Sentiment was not helped", "Yesterday's rights issue", "Having
         * bought": a figure, a time or a word in -ing alone is no name */
        static const char *const common[] = {
            "revenue",  "turnover", "profit",  "income", "growth",    "sentiment", "share",
            "demand",   "trading",  "output",  "volume", "yesterday", "today",     "tomorrow",
            "consider", "verdict",  "overall", "total",  "inflation", NULL};
        if (n == 1 && (ex_ty_is(a, s->t0, common) ||
                       (t->len > 5 && strncmp(a->text + t->off + t->len - 3, "ing", 3) == 0)))
            continue;
        /* "Chitambala also said" after "Minister of Mines Patrick Chitambala": a person */
        if (n == 1 && person_surname(a, s->t0)) continue;
        if (ex_class_at(a, s->t0, i, LEX_PLACE, &l) && l == i - s->t0) continue;
        if (ex_not_company(a, s->t0, i, s->t0)) continue;
        ex_prov_add(a, ex_tk(a, s->t0)->off, ex_tk(a, i - 1)->off + ex_tk(a, i - 1)->len);
    }
}
