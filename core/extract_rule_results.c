/* extract_rule_results: earnings (a company's reported figures for a period, with
 * their changes and how they compare with expectations) and guidance (what it
 * expects for a period: raised, lowered, reaffirmed, initiated or withdrawn).
 * A sentence that speaks of the future (forecast, outlook, expects) is guidance,
 * never earnings; an earnings event needs a company and a results metric with a
 * figure, a change or a verdict against expectations. */
#include "extract_int.h"

#include <math.h>

#include "date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Word lists the rules search for (static, as every list given to ex_ty_*: ex_wl_get keys
 * them by address). */
static const char *const w_in[] = {"in", NULL};

typedef struct ty_metric_s {
    const char *phrase;
    const char *metric;
    int loss; /* a loss: the value is negative */
} ty_metric_t;

/* Longest phrases first: they are tried in order at each token. */
static const ty_metric_t ty_metrics[] = {
    {"diluted earnings per share", "eps", 0},
    {"adjusted earnings per share", "eps", 0},
    {"earnings per share", "eps", 0},
    {"diluted loss per share", "eps", 1},
    {"loss per share", "eps", 1},
    {"eps", "eps", 0},
    /* (a bank's: "net interest income rose 5%") */
    {"net interest income", "net_interest_income", 0},
    {"net income", "net_income", 0},
    {"net profit", "net_income", 0},
    /* (the wire's prose after its tables: "Fourth qtr oper net was 3,306,000 dlrs") */
    {"qtr oper net", "net_income", 0},
    {"oper net", "net_income", 0},
    {"qtr net", "net_income", 0},
    {"net earnings", "net_income", 0},
    {"net loss", "net_income", 1},
    {"pre - tax profit", "pretax_income", 0},
    {"pre - tax profits", "pretax_income", 0},
    {"pretax profit", "pretax_income", 0},
    {"pretax profits", "pretax_income", 0},
    {"pretax earnings", "pretax_income", 0},
    {"pre - tax earnings", "pretax_income", 0},
    {"pretax income", "pretax_income", 0},
    {"pre - tax income", "pretax_income", 0},
    {"pre - tax loss", "pretax_income", 1},
    {"pretax loss", "pretax_income", 1},
    {"adjusted ebitda", "ebitda", 0},
    {"ebitda", "ebitda", 0},
    /* (written out, its initials after it in brackets) */
    {"earnings before interest , taxes , depreciation and amortisation", "ebitda", 0},
    {"earnings before interest , taxes , depreciation and amortization", "ebitda", 0},
    {"earnings before interest , tax , depreciation and amortisation", "ebitda", 0},
    {"earnings before interest and taxes", "ebit", 0},
    {"adjusted ebit", "ebit", 0},
    {"ebit", "ebit", 0},
    {"operating income", "operating_income", 0},
    {"operating profit", "operating_income", 0},
    /* (the British retailers' and banks' name of it) */
    {"trading profit", "operating_income", 0},
    {"trading profits", "operating_income", 0},
    {"like - for - like sales", "same_store_sales", 0},
    {"same - store sales", "same_store_sales", 0},
    {"comparable store sales", "same_store_sales", 0},
    {"comparable sales", "same_store_sales", 0},
    {"revenues", "revenue", 0},
    {"revenue", "revenue", 0},
    {"sales", "revenue", 0},
    {"turnover", "revenue", 0},
    {"profits", "net_income", 0},
    {"profit", "net_income", 0},
    {"earnings", "net_income", 0},
    {"loss", "net_income", 1},
    /* ("said it lost 2.3 mln dlrs": see ty_find_metrics) */
    {"lost", "net_income", 1},
    {"earned", "net_income", 0},
    {NULL, NULL, 0}};

/* Words that may stand right before a results metric; anything else ("iPhone sales",
 * "advertising revenue") makes it a segment's figure, not the company's results. */
static const char *const ty_metric_lead[] = {
    "its", "their", "the", "quarterly", "annual", "total", "and", "of", "overall", "group", "core",
    "full", "year", "quarter", "half", "adjusted", "diluted", "net", "fiscal", "reported", "record",
    "higher", "lower", "first", "second", "third", "fourth", "in", "with", "a", "while", "but",
    "said", "that", "as", "whose", "posted", "reported", "reports", "on",
    /* ("1986 consolidated net profit was", "attributable profit", "underlying profit") */
    "consolidated", "attributable", "underlying", "unaudited", "preliminary",
    /* ("parent company net profit rose", "parent bank net profit") */
    "parent", "bank",
    /* ("Barclays Capital saw profits rise 25 per cent": results seen, past) */
    "saw", NULL};

/* Verbs by which a company moves its own result, right after its name ("Unilever lifted
 * turnover 0.2 per cent to EUR12.2bn"): a result only with its figure and its change. */
static const char *const ty_metric_verbs[] = {"lifted", "increased", "boosted", "grew", NULL};

/* Results named as such ("posted fourth-quarter results that beat estimates"). */
static const char *const ty_results_word[] = {"results", NULL};

/* Verbs of a period's results, before a forecast word in the same clause. */
static const char *const ty_reported[] = {"reported", "posted", "reports", "posts", NULL};

static const char *const ty_forecast[] = {
    "forecast",  "forecasts", "outlook",  "guidance",    "expects", "sees",
    "projected", "projects",  "predicts", "anticipates", "warned",  "warns",
    "targets",   "target",    "goal",     "goals",       "warning", NULL};

/* The direction of an outlook told by what something will do to a figure: "expects the
 * rules to reduce its fourth-quarter revenue", "expects the deal to boost its sales" ("to",
 * the verb and its object within five words of the forecast word fw); 1 when one is named,
 * into *dir. */
static int ty_effect(const art_t *a, size_t fw, size_t hi, const char **dir)
{
    static const char *const down[] = {"reduce", "cut",   "lower", "hurt",  "dent",
                                       "hit",    "weigh", "erode", "shave", NULL};
    static const char *const up[] = {"boost", "lift", "raise", "increase", "add", NULL};
    /* (with its object: not "expects earnings per share to increase over 1986 levels", a
     * forecast of growth) */
    static const char *const obj[] = {"its", "their", "the", NULL};
    for (size_t i = fw + 1; i + 2 < hi && i < fw + 6; i++) {
        if (!ex_tok_is(a, i, "to") || !ex_ty_is(a, i + 2, obj)) continue;
        if (ex_ty_is(a, i + 1, down)) return *dir = "lowered", 1;
        if (ex_ty_is(a, i + 1, up)) return *dir = "raised", 1;
    }
    return 0;
}

/* "said it now expected full-year revenue at the top end of its 300-320 million pound range":
 * a figure placed at one end of the company's own range, within twelve words of the forecast
 * word fw (the upper end raises the outlook's middle, the lower end lowers it); 1 when one is
 * told, into *dir. */
static int ty_range_end(const art_t *a, size_t fw, size_t hi, const char **dir)
{
    static const char *const top[] = {"top", "upper", "high", "higher", NULL};
    static const char *const bottom[] = {"bottom", "lower", "low", NULL};
    for (size_t i = fw + 1; i + 3 < hi && i < fw + 12; i++) {
        if (!ex_tok_is(a, i + 1, "end") || !ex_tok_is(a, i + 2, "of")) continue;
        if (ex_ty_is(a, i, top)) return *dir = "raised", 1;
        if (ex_ty_is(a, i, bottom)) return *dir = "lowered", 1;
    }
    return 0;
}

/* Is a range of money told a few words after token at ("of £470m to £490m", "of between
 * 2.1 billion and 2.3 billion euros")? The figure a company's expectation names. */
static int ty_money_range_after(const art_t *a, size_t at, size_t hi)
{
    for (size_t q = 0; q + 1 < a->nnums; q++) {
        const num_t *x = &a->nums[q], *y = &a->nums[q + 1];
        if (x->pct || y->pct || x->t0 <= at || x->t0 > at + 10 || y->t1 > hi) continue;
        if (y->t0 == x->t1 + 1 &&
            (ex_tok_is(a, x->t1, "to") ||
             (ex_tok_is(a, x->t1, "and") && x->t0 > 0 && ex_tok_is(a, x->t0 - 1, "between"))))
            return 1;
    }
    /* (the first figure bare, its currency told once after the second: "of 2.1 billion to 2.3
     * billion euros") */
    for (size_t q = 0; q < a->nnums; q++) {
        const num_t *y = &a->nums[q];
        if (y->pct || !y->cur[0] || y->t0 <= at + 3 || y->t0 > at + 12 || y->t1 > hi) continue;
        if (ex_tok_is(a, y->t0 - 1, "to") && ((ex_tk(a, y->t0 - 2)->flags & EXTRACT_TOK_NUM) ||
                                              (ex_tk(a, y->t0 - 3)->flags & EXTRACT_TOK_NUM)))
            return 1;
    }
    return 0;
}

/* Returns the first forecast word of [lo, hi) that speaks of the company's own outlook,
 * not of what analysts expected of the past period ("above Wall Street forecasts"). */
static long ty_forecast_word(const art_t *a, size_t lo, size_t hi)
{
    static const char *const theirs[] = {
        "above",    "below",     "beat",    "beating", "topped", "missed", "than",
        "analysts", "analyst",   "missing", "topping", "beats",  "tops",   "misses",
        "street",   "consensus", "'",       "average", "mean",   "median", NULL};
    /* (or analysts named after it: "an average forecast of 1.61 billion crowns in a poll of
     * analysts") */
    static const char *const polled[] = {"poll of analysts", "analysts polled",
                                         "survey of analysts", NULL};
    /* "below its previous guidance": the company's own, missed */
    static const char *const own[] = {"its", "previous", "prior", "own", NULL};
    /* "said it expected the rules to reduce its fourth-quarter revenue": the company's own
     * expectation of an effect, told in the past tense ("it" right before; not "than it
     * expected", nor "it expected business to be good again", a hope) */
    static const char *const past[] = {"expected", "anticipated", "predicted", NULL};
    long pw = ex_ty_find(a, lo, hi, past);
    static const char *const compare[] = {"than", "as", NULL};
    const char *eff;
    /* ("said it now expected": an adverb between) */
    static const char *const adv[] = {"now", "still", "also", NULL};
    if (pw >= 0 && (size_t)pw > lo + 1 && ex_ty_is(a, (size_t)pw - 1, adv) &&
        ex_tok_is(a, (size_t)pw - 2, "it") &&
        (ty_effect(a, (size_t)pw, hi, &eff) || ty_range_end(a, (size_t)pw, hi, &eff) ||
         ty_money_range_after(a, (size_t)pw, hi)))
        return pw;
    /* ("said it expected adjusted EBIT of 2.1 billion to 2.3 billion euros in 2024", "it
     * still expected underlying pre-tax profit of between £470m and £490m": a range told as
     * the company's expectation) */
    if (pw >= 0 && (size_t)pw > lo && ex_tok_is(a, (size_t)pw - 1, "it") &&
        ty_money_range_after(a, (size_t)pw, hi))
        return pw;
    while (pw >= 0 &&
           !((size_t)pw > lo && ex_tok_is(a, (size_t)pw - 1, "it") &&
             !((size_t)pw > lo + 1 && ex_ty_is(a, (size_t)pw - 2, compare)) &&
             (ty_effect(a, (size_t)pw, hi, &eff) || ty_range_end(a, (size_t)pw, hi, &eff))))
        pw = ex_ty_find(a, (size_t)pw + 1, hi, past);
    for (long fw = ex_ty_find(a, lo, pw >= 0 ? (size_t)pw : hi, ty_forecast); fw >= 0;
         fw = ex_ty_find(a, (size_t)fw + 1, pw >= 0 ? (size_t)pw : hi, ty_forecast)) {
        size_t from = (size_t)fw > lo + 3 ? (size_t)fw - 3 : lo;
        /* ("2023 Outlook" over "Reflecting the addition of Pyrewell ..., Torcaster now
         * expects": a release's section heading run into the sentence after it) */
        if ((size_t)fw <= lo + 1 && ex_capword(a, (size_t)fw) && (size_t)fw + 1 < hi &&
            ex_capword(a, (size_t)fw + 1) && !(ex_tk(a, (size_t)fw)->flags & EXTRACT_TOK_UPPER))
            continue;
        /* ("its confidence in the outlook for the second half": a mood, no forecast) */
        if ((size_t)fw > lo + 2 && ex_tok_is(a, (size_t)fw - 1, "the") &&
            ex_tok_is(a, (size_t)fw - 2, "in") && ex_tok_is(a, (size_t)fw - 3, "confidence"))
            continue;
        /* ("a target of annual sales of 20 billion pounds by 2030"; not a broker's "price
         * target") */
        /* (a year before it is the target's: "reaffirmed its 2027 target of adjusted EBITDA") */
        int year = (size_t)fw > lo && ex_tk(a, (size_t)fw - 1)->len == 4 &&
                   ex_parse_num(a, (size_t)fw - 1) >= 1990 &&
                   ex_parse_num(a, (size_t)fw - 1) <= 2100;
        if (ex_tok_is(a, (size_t)fw, "target") &&
            ((size_t)fw > lo && (ex_tok_is(a, (size_t)fw - 1, "price") ||
                                 ((ex_tk(a, (size_t)fw - 1)->flags & EXTRACT_TOK_NUM) && !year))))
            continue;
        if (ex_ty_find_phrase(a, (size_t)fw + 1, (size_t)fw + 12 < hi ? (size_t)fw + 12 : hi,
                              polled, NULL) >= 0)
            continue;
        /* ("operating profit rose 12 per cent to £318m, in line with forecasts": results
         * set against forecasts) */
        static const char *const in_line[] = {"in line with", NULL};
        if ((size_t)fw >= lo + 3 &&
            ex_ty_find_phrase(a, (size_t)fw - 3, (size_t)fw, in_line, NULL) == (long)fw - 3)
            continue;
        if (ex_ty_find(a, from, (size_t)fw, theirs) < 0) return fw;
        if (ex_ty_find(a, (size_t)fw > lo + 2 ? (size_t)fw - 2 : lo, (size_t)fw, own) >= 0)
            return fw;
    }
    return pw;
}

typedef struct ty_found_s {
    size_t t0, t1;
    const ty_metric_t *m;
    int by_verb; /* led by one of ty_metric_verbs after the company's name */
} ty_found_t;

/* What a results table's note says a figure holds. */
static const char *const ty_note_verbs[] = {"exclude", "excludes", "excluded",
                                            "include", "includes", "included",
                                            "reflect", "reflects", NULL};

static int ty_month_at(const art_t *a, size_t i);

/* Is token i a year ("1986", "2025")? */
static int ty_year_at(const art_t *a, size_t i)
{
    const extract_tok_t *t = ex_tk(a, i);
    const char *w = a->text + t->off;
    return (t->flags & EXTRACT_TOK_NUM) && t->len == 4 &&
           ((w[0] == '1' && w[1] == '9') || (w[0] == '2' && w[1] == '0'));
}

/* Finds the results metrics in [lo, hi). */
static size_t ty_find_metrics(const art_t *a, size_t lo, size_t hi, int any_lead, ty_found_t *out,
                              size_t max)
{
    size_t n = 0;
    ex_wl_t tmp;
    const ex_wl_t *w = ex_wl_get_table(ty_metrics, sizeof *ty_metrics, &tmp);
    if (!w->all && !ex_wl_may(a, lo, hi, w)) return 0;
    for (size_t i = lo; i < hi && n < max; i++) {
        if (!w->all && !ex_wl_tok_may(a, i, w)) continue;
        uint64_t h = ex_tk(a, i)->h;
        for (const ty_metric_t *m = ty_metrics; m->phrase; m++) {
            /* a phrase whose first word is not the token cannot start here */
            if (!w->all && w->h[m - ty_metrics] != h) continue;
            int e = ex_ty_phrase(a, i, hi, m->phrase);
            if (!e) continue;
            /* "a profit sharing plan", "profit-sharing contributions": a plan, not a result */
            size_t f = (size_t)e < hi && ex_tok_is(a, (size_t)e, "-") ? (size_t)e + 1 : (size_t)e;
            /* ("a 140-person dermatology sales force", "its sales team": people, no result) */
            static const char *const crew[] = {
                "force",           "forces", "team",   "teams",   "staff",
                "representatives", "reps",   "office", "offices", NULL};
            /* (nor a note's "Third qtr net includes gain from discontinued operations") */
            int wire_net = strcmp(m->phrase + strlen(m->phrase) - 3, "net") == 0 &&
                           strncmp(m->phrase, "net", 3) != 0;
            /* (and the prose's, not a table's title: "3RD QTR NET" names its rows) */
            if ((wire_net && (ex_tk(a, i)->flags & EXTRACT_TOK_UPPER)) ||
                (f < hi && (ex_tok_is(a, f, "sharing") ||
                            (strcmp(m->metric, "revenue") == 0 && ex_ty_is(a, f, crew)) ||
                            (wire_net && ex_ty_is(a, f, ty_note_verbs))))) {
                i = (size_t)e - 1;
                break;
            }
            size_t k = i;
            if (k > lo && ex_tok_is(a, k - 1, "-")) k--; /* second-quarter */
            int lead = any_lead || k == lo || ex_ty_is(a, k - 1, ty_metric_lead) ||
                       (ex_tk(a, k - 1)->flags & (EXTRACT_TOK_POSS | EXTRACT_TOK_PUNCT)) ||
                       /* "1986 net earnings fell"; not a note's "1985 earnings exclude
                        * losses from discontinued operations" */
                       (ty_year_at(a, k - 1) && a->year && ex_parse_num(a, k - 1) < a->year &&
                        !((size_t)e < hi && ex_ty_is(a, (size_t)e, ty_note_verbs)) &&
                        !(k >= lo + 2 && ty_month_at(a, k - 2))); /* "February 1987 sales" */
            for (size_t q = 0; !lead && q < a->nments; q++)
                if (a->ments[q].t1 == k) lead = 1;
            int by_verb = 0;
            if (!lead && k >= lo + 2 && ex_ty_is(a, k - 1, ty_metric_verbs))
                for (size_t q = 0; !lead && q < a->nments; q++)
                    if (a->ments[q].t1 == k - 1) lead = by_verb = 1;
            /* "nine-month net profit fell 7%": a period of months told before the metric */
            static const char *const nmonths[] = {"three", "six", "nine", "twelve", NULL};
            if (!lead && k >= lo + 3 && ex_tok_is(a, k - 1, "month") && ex_tok_is(a, k - 2, "-") &&
                ex_ty_is(a, k - 3, nmonths))
                lead = 1;
            /* (the wire's "nine month profit", no hyphen) */
            if (!lead && k >= lo + 2 && ex_tok_is(a, k - 1, "month") && ex_ty_is(a, k - 2, nmonths))
                lead = 1;
            /* "it lost 2.3 mln dlrs", "it earned": the verb is the result, said of the
             * company, an amount right after it ("shares lost 2 dlrs", "lost a contract" are
             * none) */
            if (strcmp(m->phrase, "lost") == 0 || strcmp(m->phrase, "earned") == 0) {
                int amt = (size_t)e < hi && ((ex_tk(a, (size_t)e)->flags & EXTRACT_TOK_NUM) ||
                                             ex_hit_at(a, (size_t)e, LEX_CURRENCY));
                int who = k > lo && (ex_tok_is(a, k - 1, "it") || ex_tok_is(a, k - 1, "company"));
                for (size_t q = 0; !who && q < a->nments; q++) who = a->ments[q].t1 == k;
                /* ("Bank of New York Mellon Corp (BK.N) earned": past the ticker in brackets;
                 * "BNY, as the bank now brands itself, earned": past an aside after the name
                 * the sentence opens with) */
                size_t kb = k;
                if (!who && kb > lo + 2 && ex_tok_is(a, kb - 1, ")"))
                    for (size_t q = kb - 1; q > lo && q + 6 > kb; q--)
                        if (ex_tok_is(a, q - 1, "(")) {
                            kb = q - 1;
                            break;
                        }
                for (size_t q = 0; !who && kb < k && q < a->nments; q++) who = a->ments[q].t1 == kb;
                if (!who && k > lo + 2 && ex_tok_is(a, k - 1, ","))
                    for (size_t q = 0; !who && q < a->nments; q++)
                        who = a->ments[q].t0 == lo && a->ments[q].t1 + 1 < k &&
                              ex_tok_is(a, a->ments[q].t1, ",");
                /* ("A year earlier, it lost 139,000 dlrs", "Wang earned 21 cts a share in the
                 * same quarter last year": the prior period's figure, told alone) */
                static const char *const before[] = {
                    "last year",       "a year earlier", "a year ago",
                    "year - ago",      "a year before",  "year earlier",
                    "the year before", "last year 's",   NULL};
                static const char *const versus[] = {"from",   "compared", "against",
                                                     "versus", "vs",       NULL};
                lead = amt && who &&
                       (ex_ty_find_phrase(a, lo, hi, before, NULL) < 0 ||
                        ex_ty_find(a, (size_t)e, hi, versus) >= 0);
            }
            /* "compared with a loss of 1.1 mln dlrs a year earlier": the figure compared with
             * is told as a metric of its own; it is the prior one, not a result */
            static const char *const cmp[] = {
                "compared with a", "compared to a", "against a", "versus a",
                "from a",          "vs a",          NULL};
            for (size_t c = 0; cmp[c] && lead; c++) {
                size_t nw = 1;
                for (const char *q = cmp[c]; *q; q++) nw += *q == ' ';
                if (k >= lo + nw && ex_ty_phrase(a, k - nw, k + 1, cmp[c]) == (int)k) lead = 0;
            }
            if (lead) {
                out[n].t0 = i;
                out[n].t1 = (size_t)e;
                out[n].m = m;
                out[n].by_verb = by_verb;
                n++;
            }
            i = (size_t)e - 1;
            break;
        }
    }
    return n;
}

/* Those whose expectations results are measured against. */
static const char *const ty_analysts[] = {"analysts", "analyst", "economists", "brokers", NULL};

/* "Analysts said they expect Pemberley Corp to report first quarter earnings of 60 to 65 cts
 * a share": results analysts expect to be reported, none reported yet. */
static int ty_analysts_expect(const art_t *a, size_t lo, size_t hi)
{
    static const char *const exp[] = {"expect",   "expects", "expected", "estimate", "estimates",
                                      "forecast", "project", "see",      "predict",  NULL};
    static const char *const to_report[] = {"to report", "to post", "to earn", "to show", NULL};
    long w = ex_ty_find(a, lo, hi, ty_analysts);
    if (w < 0) return 0;
    /* (not a result told before what analysts had expected: "reported net income of 50 mln
     * dlrs, while analysts had expected the company to report 45 mln") */
    ty_found_t before[1];
    if (ty_find_metrics(a, lo, (size_t)w, 0, before, 1)) return 0;
    long e = ex_ty_find(a, (size_t)w + 1, (size_t)w + 5 < hi ? (size_t)w + 5 : hi, exp);
    if (e < 0) return 0;
    return ex_ty_find_phrase(a, (size_t)e + 1, (size_t)e + 9 < hi ? (size_t)e + 9 : hi, to_report,
                             NULL) >= 0;
}

/* "beat", "miss" or "in_line" from the wording of [lo, hi), or NULL. */
static const char *ty_versus(const art_t *a, size_t lo, size_t hi)
{
    static const char *const beat[] = {
        "beat",      "beats",   "beating",    "topped",  "tops",      "exceeded", "exceeding",
        "surpassed", "topping", "surpassing", "exceeds", "surpasses", NULL};
    static const char *const miss[] = {"missed", "misses",  "missing",  "trail",
                                       "trails", "trailed", "trailing", NULL};
    static const char *const expect[] = {"expectations", "estimates",   "forecasts", "consensus",
                                         "estimate",     "expectation", NULL};
    static const char *const inline_[] = {"in line with", "matching", "matched", "met", NULL};
    /* "a better-than-expected 18% jump", "weaker than expected sales", "a wider-than-expected
     * quarterly loss" (a loss wider than expected misses, a narrower one beats) */
    static const char *const better[] = {"better - than - expected",
                                         "better than expected",
                                         "stronger - than - expected",
                                         "stronger than expected",
                                         "narrower - than - expected",
                                         "narrower than expected",
                                         NULL};
    static const char *const worse[] = {"worse - than - expected",
                                        "worse than expected",
                                        "weaker - than - expected",
                                        "weaker than expected",
                                        "wider - than - expected",
                                        "wider than expected",
                                        NULL};
    if (ex_ty_find_phrase(a, lo, hi, better, NULL) >= 0) return "beat";
    if (ex_ty_find_phrase(a, lo, hi, worse, NULL) >= 0) return "miss";
    /* "a lower-than-expected second-quarter operating profit", "a higher-than-expected loss":
     * the way of the figure it qualifies decides */
    static const char *const lower[] = {"lower - than - expected", "lower than expected",
                                        "smaller - than - expected", "smaller than expected", NULL};
    static const char *const higher[] = {"higher - than - expected",
                                         "higher than expected",
                                         "bigger - than - expected",
                                         "bigger than expected",
                                         "larger - than - expected",
                                         "larger than expected",
                                         NULL};
    static const char *const bad[] = {"loss", "losses", "costs", "charge", "charges", NULL};
    size_t le;
    long lw = ex_ty_find_phrase(a, lo, hi, lower, &le);
    long hw = lw < 0 ? ex_ty_find_phrase(a, lo, hi, higher, &le) : -1;
    /* (of a figure reported: not "due to lower than expected growth in engineering") */
    static const char *const figure[] = {"profit",  "profits",   "earnings", "net",     "income",
                                         "revenue", "revenues",  "sales",    "results", "ebit",
                                         "ebitda",  "operating", "loss",     "losses",  "costs",
                                         "charge",  "charges",   "turnover", NULL};
    if ((lw >= 0 || hw >= 0) && ex_ty_find(a, le, le + 5 < hi ? le + 5 : hi, figure) >= 0) {
        int of_bad = ex_ty_find(a, le, le + 4 < hi ? le + 4 : hi, bad) >= 0;
        return (lw >= 0) != of_bad ? "miss" : "beat";
    }
    /* "worse than the 1.5% decline analysts had expected" */
    static const char *const worse_than[] = {"worse than", "weaker than", "wider than", NULL};
    static const char *const better_than[] = {"better than", "stronger than", "narrower than",
                                              NULL};
    static const char *const expected[] = {"expected", "estimated", "forecast", NULL};
    long wt = ex_ty_find_phrase(a, lo, hi, worse_than, NULL);
    long bt = ex_ty_find_phrase(a, lo, hi, better_than, NULL);
    if (wt >= 0 &&
        ex_ty_find(a, (size_t)wt, (size_t)wt + 12 < hi ? (size_t)wt + 12 : hi, expected) >= 0)
        return "miss";
    if (bt >= 0 &&
        ex_ty_find(a, (size_t)bt, (size_t)bt + 12 < hi ? (size_t)bt + 12 : hi, expected) >= 0)
        return "beat";
    long e = ex_ty_find(a, lo, hi, expect);
    if (ex_ty_find_phrase(a, lo, hi, inline_, NULL) >= 0 && e >= 0) return "in_line";
    if (ex_ty_find(a, lo, hi, beat) >= 0) return "beat";
    if (ex_ty_find(a, lo, hi, miss) >= 0) return "miss";
    /* "above analysts' forecasts", "ahead of expectations", "short of estimates" */
    static const char *const over[] = {"above", "ahead", NULL};
    static const char *const under[] = {"below", "short", NULL};
    if (e >= 0 && e > (long)lo) {
        /* ("below the 455 billion yen average of analysts' estimates") */
        size_t from = (size_t)e > lo + 9 ? (size_t)e - 9 : lo;
        if (ex_ty_find(a, from, (size_t)e, over) >= 0) return "beat";
        if (ex_ty_find(a, from, (size_t)e, under) >= 0) return "miss";
    }
    /* "above the $1.31 analysts had forecast", "below the 52 cents analysts expected" */
    static const char *const said[] = {"expected",  "forecast",  "estimated",
                                       "predicted", "projected", NULL};
    for (long w = ex_ty_find(a, lo, hi, ty_analysts); w >= 0;
         w = ex_ty_find(a, (size_t)w + 1, hi, ty_analysts)) {
        /* ("the $1.62 that analysts polled by FactSet had expected") */
        size_t ve = (size_t)w + 6 < hi ? (size_t)w + 6 : hi;
        /* (or "below the 2.4 billion expected by analysts") */
        int by_form = (size_t)w >= lo + 2 && ex_tok_is(a, (size_t)w - 1, "by") &&
                      ex_ty_is(a, (size_t)w - 2, said);
        if (!by_form && ex_ty_find(a, (size_t)w + 1, ve, said) < 0) continue;
        /* ("above the 60 to 62 cts a share that most Wall Street analysts had expected") */
        size_t from = (size_t)w > lo + 12 ? (size_t)w - 12 : lo;
        if (ex_ty_find(a, from, (size_t)w, over) >= 0) return "beat";
        if (ex_ty_find(a, from, (size_t)w, under) >= 0) return "miss";
    }
    /* "posted a loss of 38 cents a share, compared with expectations for a profit of 41
     * cents": a loss where a profit was expected misses, a profit where a loss was expected
     * beats */
    /* ("compared with analysts' average estimate of a profit of 5 cents") */
    static const char *const against[] = {"compared with", "compared to", "against", "versus",
                                          NULL};
    size_t ae = 0;
    long ag = ex_ty_find_phrase(a, lo, hi, against, &ae);
    long ew = ag >= 0 ? ex_ty_find(a, ae, ae + 6 < hi ? ae + 6 : hi, expect) : -1;
    if (ew >= 0) ae = (size_t)ew + 1;
    if (ew >= 0 && ae + 3 < hi && (ex_tok_is(a, ae, "for") || ex_tok_is(a, ae, "of"))) {
        static const char *const loss[] = {"loss", "losses", NULL};
        static const char *const profit[] = {"profit", "profits", "earnings", NULL};
        size_t xe = ae + 4 < hi ? ae + 4 : hi;
        if (ex_ty_find(a, ae, xe, profit) >= 0 && ex_ty_find(a, lo, (size_t)ag, loss) >= 0)
            return "miss";
        if (ex_ty_find(a, ae, xe, loss) >= 0 && ex_ty_find(a, lo, (size_t)ag, profit) >= 0 &&
            ex_ty_find(a, lo, (size_t)ag, loss) < 0)
            return "beat";
    }
    return NULL;
}

/* The period of sentence s, else of the article's first sentences up to s. */
/* A year written right before the metric at t0 ("1986 net income", "1987 earnings"), of the
 * article's years or the two after: writes "FY<year>" into out and returns the year, else 0. */
static int ty_year_before(const art_t *a, size_t lo, size_t t0, char *out, size_t cap)
{
    if (t0 <= lo || !a->year) return 0;
    const extract_tok_t *t = ex_tk(a, t0 - 1);
    int y = (t->flags & EXTRACT_TOK_NUM) && t->len == 4 ? (int)ex_parse_num(a, t0 - 1) : 0;
    if (y < a->year - 2 || y > a->year + 2) return 0;
    snprintf(out, cap, "FY%d", y);
    return y;
}

/* Is the year y written in tokens [lo, hi)? */
static int ty_year_written(const art_t *a, size_t lo, size_t hi, int y)
{
    for (size_t i = lo; i < hi; i++)
        if ((ex_tk(a, i)->flags & EXTRACT_TOK_NUM) && ex_tk(a, i)->len == 4 &&
            (int)ex_parse_num(a, i) == y)
            return 1;
    return 0;
}

static int ty_results_period(const art_t *a, const sent_t *s, size_t lo, size_t hi, char *out,
                             size_t cap)
{
    if (ex_ty_period(a, lo, hi, 0, out, cap)) return 1;
    /* (not the year of an outlook: "beats quarterly estimates, lifts annual revenue
     * forecast") */
    static const char *const outlook[] = {"forecast", "forecasts", "outlook", "guidance", NULL};
    for (size_t k = 0; k < a->nsents && &a->sents[k] < s && k < 4; k++)
        if (a->sents[k].seg == s->seg &&
            ex_ty_period(a, a->sents[k].t0, a->sents[k].t1, 0, out, cap) &&
            !(out[0] == 'F' && ex_ty_find(a, a->sents[k].t0, a->sents[k].t1, outlook) >= 0 &&
              !ty_year_written(a, a->sents[k].t0, a->sents[k].t1, atoi(out + 2))))
            return 1;
    return 0;
}

/* Does the clause or the article's opening speak of results? */
static int ty_results_context(const art_t *a, const sent_t *s, size_t lo, size_t hi)
{
    static const char *const w[] = {"quarter", "quarterly", "annual",   "fiscal", "results",
                                    "year",    "half",      "earnings", NULL};
    char tmp[32];
    if (ex_ty_find(a, lo, hi, w) >= 0) return 1;
    if (ty_results_period(a, s, lo, lo, tmp, sizeof tmp)) return 1;
    /* a year gone by or the current one: "net profit rose to 46.3 mln marks in 1986" */
    for (long k = ex_ty_find(a, lo, hi, w_in); k >= 0 && (size_t)k + 1 < hi;
         k = ex_ty_find(a, (size_t)k + 1, hi, w_in)) {
        int y = ty_year_at(a, (size_t)k + 1) ? (int)ex_parse_num(a, (size_t)k + 1) : 0;
        if (y && a->year && y <= a->year && y >= a->year - 1) return 1;
    }
    /* a reporting period told in months: "the nine months ended September 30", "the six
     * months to June" (not "in recent months") */
    static const char *const months[] = {"months", NULL};
    static const char *const count[] = {"three", "six", "nine", "twelve", "3",
                                        "6",     "9",   "12",   NULL};
    static const char *const upto[] = {"to", "ended", "ending", "through", "until", NULL};
    for (long k = ex_ty_find(a, lo, hi, months); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, hi, months))
        if ((size_t)k > lo && (size_t)k + 1 < hi && ex_ty_is(a, (size_t)k - 1, count) &&
            (ex_ty_is(a, (size_t)k + 1, upto) ||
             /* ("In the first nine months Crickhowell earned 13.9 mln dlrs") */
             ((size_t)k > lo + 1 && ex_tok_is(a, (size_t)k - 2, "first"))))
            return 1;
    /* a headline or lead about results ("Vodafone reports full-year results") */
    for (size_t k = 0; k < a->nsents && k < 3 && &a->sents[k] < s; k++)
        if (a->sents[k].seg == 0 && ex_ty_find(a, a->sents[k].t0, a->sents[k].t1, w) >= 0) return 1;
    return 0;
}

/* Overwrites the fields of a same-key event of the segment when ev carries more numbers,
 * else emits ev (merging its missing fields). Steals ev. */
static void ty_emit_better(art_t *a, const sent_t *s, event_t *ev, const char *date)
{
    /* (a forecast or results told as background add nothing to the news of the segment: "had
     * forecast in July ..." after "withdrew its 2026 guidance") */
    int cx = 0;
    event_get_bool(ev, "context", &cx);
    for (size_t i = a->out_base; cx && i < a->out->n; i++) {
        const event_t *o = &a->out->items[i];
        if (a->ev_seg[i - a->out_base] == s->seg && o->type == ev->type &&
            o->ncompanies == ev->ncompanies && event_has_company(o, ev->companies[0].id)) {
            event_release(ev);
            return;
        }
    }
    size_t nnum = 0;
    for (size_t k = 0; k < ev->ndata; k++) nnum += ev->data[k].kind == EVENT_FIELD_NUM;
    for (size_t i = a->out_base; i < a->out->n; i++) {
        event_t *o = &a->out->items[i];
        size_t onum = 0;
        if (a->ev_seg[i - a->out_base] != s->seg || o->type != ev->type ||
            o->ncompanies != ev->ncompanies || !event_has_company(o, ev->companies[0].id))
            continue;
        for (size_t k = 0; k < o->ndata; k++) onum += o->data[k].kind == EVENT_FIELD_NUM;
        /* (a direction told first stays: "cut its sales forecast" then "now expects sales to
         * fall 2% to 3%", a figure with no direction of its own) */
        const char *od = event_get_str(o, "direction");
        int keep_dir = od && strcmp(od, "initiated") != 0;
        if (nnum > onum)
            for (size_t k = 0; k < ev->ndata; k++)
                if (!(keep_dir && strcmp(ev->data[k].key, "direction") == 0 && ev->data[k].str &&
                      strcmp(ev->data[k].str, "initiated") == 0) &&
                    event_set_field(o, &ev->data[k]))
                    a->oom = 1;
        break;
    }
    ex_emit(a, s, ev, date);
}

/* What an outlook may be about beyond the results metrics. */
static const ty_metric_t ty_outlook_metrics[] = {
    {"capital expenditures", "capex", 0},
    {"capital expenditure", "capex", 0},
    {"capital spending", "capex", 0},
    {"capex", "capex", 0},
    {"free cash flow", "free_cash_flow", 0},
    {"gross margin", "gross_margin", 0},
    {"operating margin", "operating_margin", 0},
    {"ebitda margin", "ebitda_margin", 0},
    {"ebita margin", "ebita_margin", 0},
    {"ebit margin", "ebit_margin", 0},
    {"return on equity", "return_on_equity", 0},
    {"return on tangible equity", "return_on_tangible_equity", 0},
    {"production", "production", 0},
    {"deliveries", "deliveries", 0},
    {"bookings", "bookings", 0},
    {"delivery", "deliveries", 0},
    {"shipments", "shipments", 0},
    {NULL, NULL, 0}};

/* Words that set a figure against another told after them ("below the 688 billion yen
 * average estimate"). */
static const char *const ty_against[] = {
    "below", "above", "versus", "compared", "estimate", "estimates", "consensus", "analysts", NULL};

/* Is a second clause with a verb of its own opened in [lo, hi) ("raised its profit forecast
 * and launched a share buyback of up to 500 million pounds": the amount is the buyback's)?
 * (Not "and said it now expects", nor a forecast verb.) */
static int ty_and_verb(const art_t *a, size_t lo, size_t hi)
{
    static const char *const fore[] = {"expected",  "forecasted", "projected",
                                       "estimated", "predicted",  NULL};
    for (size_t i = lo; i + 1 < hi; i++) {
        if (!ex_tok_is(a, i, "and")) continue;
        const extract_tok_t *t = ex_tk(a, i + 1);
        const char *w = a->text + t->off;
        if ((t->flags & EXTRACT_TOK_LOWER) && t->len >= 5 && w[t->len - 2] == 'e' &&
            w[t->len - 1] == 'd' && !ex_ty_is(a, i + 1, fore))
            return 1;
    }
    return 0;
}

/* A comparison with the year before, after a figure: "down from 72 cts a share a year
 * earlier" is the past year's result, no forecast before this one. */
static const char *const ty_year_ago[] = {"a year earlier",  "year earlier", "a year ago",
                                          "last year",       "year-ago",     "year-earlier",
                                          "the year before", "prior year",   NULL};

/* Is the figure compared with, told from token at, the past year's ("a year earlier", "in
 * 1986", "it expects to report for 1986")? Looked for up to fourteen words on. */
static int ty_compared_past(const art_t *a, const sent_t *s, size_t at)
{
    size_t hi = at + 14 < s->t1 ? at + 14 : s->t1;
    if (ex_ty_find_phrase(a, at, hi, ty_year_ago, NULL) >= 0) return 1;
    for (size_t i = at; a->year && i + 1 < hi; i++) {
        if (!ex_tok_is(a, i, "in") && !ex_tok_is(a, i, "for")) continue;
        /* ("up from 1.64 dlrs in fiscal 1986") */
        size_t y = i + 2 < hi && ex_tok_is(a, i + 1, "fiscal") ? i + 2 : i + 1;
        if ((ex_tk(a, y)->flags & EXTRACT_TOK_NUM) && ex_tk(a, y)->len == 4 &&
            ex_parse_num(a, y) < a->year && ex_parse_num(a, y) >= a->year - 3)
            return 1;
    }
    return 0;
}

/* The start of the clause of the forecast word fw in [lo, fw): past the last comma or "and"
 * before it, unless the forecast word itself follows right after (then lo). */
static size_t fw_clause(const art_t *a, size_t lo, size_t fw)
{
    for (size_t q = fw; q > lo + 1; q--)
        if (ex_tok_is(a, q - 1, ",") || ex_tok_is(a, q - 1, "and")) return q + 1 < fw ? q : lo;
    return lo;
}

static void ty_guidance(art_t *a, const sent_t *s, size_t lo, size_t hi, size_t fw)
{
    static const char *const raised[] = {
        "raised", "raises",   "raise",   "lifted",  "lifts",    "boosted",    "boosts", "increased",
        "hiked",  "upgraded", "raising", "lifting", "boosting", "increasing", NULL};
    static const char *const lowered[] = {
        "cut",      "cuts",       "lowered",  "lowers",   "reduced", "trimmed",
        "slashed",  "downgraded", "reduces",  "slashes",  "slash",   "trims",
        "lowering", "cutting",    "reducing", "trimming", NULL};
    static const char *const kept[] = {"reaffirmed", "reaffirms", "reiterated", "reiterates",
                                       "maintained", "maintains", "confirmed",  "confirms",
                                       "backed",     "kept",      "keeps",      "unchanged",
                                       "stood",      "stands",    "stuck",      "sticks",
                                       "affirmed",   "affirms",   "upheld",     NULL};
    static const char *const pulled[] = {"withdrew", "withdrawn", "withdraws", "pulled",
                                         "pulls",    "suspended", "suspends",  "scrapped",
                                         "scraps",   "withdraw",  "pull",      NULL};
    static const char *const prior[] = {"from", "earlier", "previous", "prior", "previously", NULL};
    /* "warned that third-quarter operating profit would be well below market expectations":
     * a profit warning lowers the outlook; "warned that a strike could hurt production" is
     * none */
    static const char *const warn[] = {"warned", "warns", NULL};
    static const char *const below[] = {"below", "lower",   "short", "weaker", "miss",
                                        "fall",  "decline", "drop",  "loss",   NULL};
    int warned = ex_ty_is(a, fw, warn);
    if (warned && ex_ty_find(a, fw + 1, hi, below) < 0) return;
    /* ("issued its second profit warning in four months, saying pre-tax profit ... would be
     * £38m-£42m": a warning of profit or trading is one; any other is none) */
    static const char *const warn_n[] = {"warning", NULL};
    static const char *const warn_of[] = {"profit", "profits", "trading", "earnings", NULL};
    static const char *const issued_w[] = {"issued", "issues", "issue",     "issuing",  "delivered",
                                           "gave",   "gives",  "announced", "unveiled", NULL};
    int warn_noun = ex_ty_is(a, fw, warn_n);
    /* (issued by the company: not "a recall that later led to a profit warning") */
    if (warn_noun && !(fw > lo + 1 && ex_ty_is(a, fw - 1, warn_of) &&
                       ex_ty_find(a, fw > lo + 5 ? fw - 5 : lo, fw - 1, issued_w) >= 0))
        return;
    warned |= warn_noun;
    /* "Salomon analyst David Sutliff said in a statement he sees 1988 earnings of 3.35 dlrs a
     * share": an analyst's forecast, not the company's */
    /* (the analyst speaking, named or saying: not analysts told, "told a meeting of security
     * analysts that the company sees", nor beaten, "beat analysts' estimates") */
    static const char *const says_w[] = {"at",       "said",    "says",     "say",      "expect",
                                         "expects",  "see",     "sees",     "estimate", "estimates",
                                         "forecast", "predict", "predicts", NULL};
    static const char *const heard_w[] = {"told", "tell", "tells",    "telling",    "to", "of",
                                          "for",  "with", "security", "securities", NULL};
    for (long k = ex_ty_find(a, lo, fw, ty_analysts); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, fw, ty_analysts))
        if ((size_t)k + 1 < fw && !(ex_tk(a, (size_t)k)->flags & EXTRACT_TOK_POSS) &&
            !(ex_tk(a, (size_t)k + 1)->flags & EXTRACT_TOK_POSS) &&
            (ex_capword(a, (size_t)k + 1) || ex_ty_is(a, (size_t)k + 1, says_w)) &&
            !((size_t)k > lo && ex_ty_is(a, (size_t)k - 1, heard_w)))
            return;
    /* "expects to update its earnings outlook when it reports first-quarter results", "will
     * provide guidance on its call": an outlook to come, none given */
    static const char *const to_come[] = {"to update",     "will update",  "to provide",
                                          "will provide",  "to issue",     "will issue",
                                          "plans to give", "to introduce", NULL};
    if (ex_ty_find_phrase(a, fw > lo + 5 ? fw - 5 : lo, fw + 3 < hi ? fw + 3 : hi, to_come, NULL) >=
        0)
        return;
    /* "lowered Holmesfield's issuer rating to BB+, with a negative outlook": a rating's
     * outlook, no company's forecast */
    static const char *const rating_way[] = {"negative", "positive", "stable", "developing", NULL};
    if (ex_tok_is(a, fw, "outlook") && fw > lo && ex_ty_is(a, fw - 1, rating_way)) return;
    /* "2ND QTR EARNINGS TRAIL FORECASTS", "profit beat forecasts": results set against
     * forecasts, no outlook of the company's */
    static const char *const versus_w[] = {
        "trail",    "trails", "trailed", "beat", "beats", "top",    "tops",    "topped",
        "miss",     "misses", "missed",  "lag",  "lags",  "lagged", "exceed",  "exceeds",
        "exceeded", "below",  "above",   "meet", "meets", "match",  "matches", NULL};
    static const char *const short_w[] = {"short of",     "ahead of",  "shy of",
                                          "in line with", "line with", NULL};
    if (fw > lo &&
        (ex_ty_is(a, fw - 1, versus_w) ||
         (fw > lo + 1 && ex_ty_is(a, fw - 2, versus_w) &&
          (ex_tk(a, fw - 1)->flags & EXTRACT_TOK_LOWER)) ||
         /* ("a first-quarter operating profit that fell short of forecasts") */
         ex_ty_find_phrase(a, fw > lo + 3 ? fw - 3 : lo, fw, short_w, NULL) >= 0) &&
        ex_ty_find(a, fw + 1, hi < fw + 3 ? hi : fw + 3, raised) < 0)
        return;
    /* "expects the deal to add to adjusted earnings per share", "to be accretive to earnings":
     * what a deal does to earnings, no outlook */
    static const char *const deal[] = {"deal",   "acquisition", "transaction",
                                       "merger", "purchase",    NULL};
    static const char *const accrete[] = {"accretive", "dilutive",   "add to",
                                          "adds to",   "neutral to", NULL};
    if (ex_ty_find(a, fw, fw + 4 < hi ? fw + 4 : hi, deal) >= 0 &&
        ex_ty_find_phrase(a, fw, hi, accrete, NULL) >= 0)
        return;
    /* ("Harwick, which first announced the deal in August, expects it to add to adjusted
     * earnings per share": the deal told before, "it") */
    if (fw + 3 < hi && ex_tok_is(a, fw + 1, "it") && ex_tok_is(a, fw + 2, "to") &&
        ex_ty_find_phrase(a, fw + 3, fw + 6 < hi ? fw + 6 : hi, accrete, NULL) >= 0 &&
        ex_ty_find(a, s->t0, fw, deal) >= 0)
        return;
    /* "expects to hire approximately 450 production workers": staff to come, no outlook */
    static const char *const staff_to[] = {"to hire",   "to add",       "to cut", "to lay off",
                                           "to employ", "to eliminate", NULL};
    if (ex_ty_find_phrase(a, fw + 1, fw + 3 < hi ? fw + 3 : hi, staff_to, NULL) >= 0) return;
    /* "It expects no material gain or loss on the sale", "expects a gain of about 5 mln dlrs
     * from the sale": a deal's book result, no outlook */
    static const char *const book[] = {"gain", "gains", "loss", "losses", "charge", NULL};
    static const char *const on_deal[] = {"on the sale",
                                          "from the sale",
                                          "on the transaction",
                                          "on the disposal",
                                          "on the divestiture",
                                          "from the transaction",
                                          NULL};
    long bk = ex_ty_find(a, fw + 1, fw + 5 < hi ? fw + 5 : hi, book);
    if (bk >= 0 && ex_ty_find_phrase(a, (size_t)bk, (size_t)bk + 12 < hi ? (size_t)bk + 12 : hi,
                                     on_deal, NULL) >= 0)
        return;
    /* "expects revenue for the second quarter ended June 30, 2024 of approximately $372
     * million": a period already over, results told early, no outlook */
    static const char *const ended_p[] = {"quarter ended", "year ended",   "months ended",
                                          "half ended",    "period ended", NULL};
    if (ex_ty_find_phrase(a, fw + 1, fw + 8 < hi ? fw + 8 : hi, ended_p, NULL) >= 0) return;
    ty_found_t ms[4];
    size_t nm = ty_find_metrics(a, lo, hi, 1, ms, 4);
    /* the metric nearest the forecast word: "beats revenue estimates, lifts capex outlook" */
    ex_wl_t tmp;
    const ex_wl_t *ow = ex_wl_get_table(ty_outlook_metrics, sizeof *ty_outlook_metrics, &tmp);
    for (size_t i = lo; i < hi && (ow->all || ex_wl_may(a, lo, hi, ow)); i++)
        for (const ty_metric_t *m = ty_outlook_metrics; m->phrase; m++) {
            if (!ow->all && ow->h[m - ty_outlook_metrics] != ex_tk(a, i)->h) continue;
            int e = ex_ty_phrase(a, i, hi, m->phrase);
            if (!e) continue;
            size_t d = i > fw ? i - fw : fw - i;
            size_t d0 = nm ? (ms[0].t0 > fw ? ms[0].t0 - fw : fw - ms[0].t0) : (size_t)-1;
            if (d < d0) {
                ms[0].t0 = i, ms[0].t1 = (size_t)e, ms[0].m = m;
                if (!nm) nm = 1;
            }
            break;
        }
    for (size_t i = 1; i < nm; i++) {
        size_t d = ms[i].t0 > fw ? ms[i].t0 - fw : fw - ms[i].t0;
        size_t d0 = ms[0].t0 > fw ? ms[0].t0 - fw : fw - ms[0].t0;
        if (d < d0) ms[0] = ms[i];
    }
    /* (a warning's own word names no metric: the one told after it, "pre-tax profit") */
    for (size_t i = 0; warn_noun && ms[0].t1 == fw && i < nm; i++)
        if (ms[i].t0 > fw) {
            ms[0] = ms[i];
            break;
        }
    /* "withdrew its full-year outlook", "pulled its 2026 guidance": the whole outlook, no
     * metric named */
    static const char *const whole[] = {"outlook", "guidance", "forecast", "forecasts", NULL};
    /* (the verb near the forecast word: "shoppers pulled back on clothing" withdraws none) */
    size_t plo = fw > lo + 6 ? fw - 6 : lo, phi = fw + 4 < hi ? fw + 4 : hi;
    /* ("withdrawn its full-year 2020 earnings forecast": its year and metric between, no
     * comma) */
    {
        long pw = ex_ty_find_last(a, fw > lo + 9 ? fw - 9 : lo, plo, pulled);
        if (pw >= 0 && ex_ty_find_one(a, (size_t)pw, fw, ",") < 0) plo = (size_t)pw;
    }
    /* ("said it would no longer provide a financial outlook", "will stop giving guidance") */
    static const char *const no_longer[] = {
        "no longer provide", "no longer give", "no longer issue",
        "stop providing",    "stop giving",    "suspend",
        "suspended",         "suspends",       NULL};
    int stop = ex_ty_is(a, fw, whole) && ex_ty_find_phrase(a, plo, fw, no_longer, NULL) >= 0;
    int pull = (ex_ty_find(a, plo, phi, pulled) >= 0 || stop) && ex_ty_is(a, fw, whole);
    /* ... also when the only metric is the results' ("withdrew its outlook after reporting a
     * drop in profit"): a withdrawn outlook's metric stands next to it */
    if (pull && nm) {
        size_t d0 = ms[0].t0 > fw ? ms[0].t0 - fw : fw - ms[0].t1;
        if (d0 > 4) nm = 0;
    }
    /* ... and one cut, raised or kept with no metric named ("slashes annual outlook"): the
     * verb right before the forecast word (a few words apart) */
    /* (not an economy's: "lowers growth forecast", "its GNP forecast") */
    static const char *const macro[] = {"growth",    "gdp",    "gnp",   "economic",
                                        "inflation", "demand", "price", "prices",
                                        "rate",      "rates",  NULL};
    if (!nm && !pull && ex_ty_is(a, fw, whole)) {
        /* ("kept its full-year forecast": "full-year" is three tokens) */
        size_t b = fw > lo + 6 ? fw - 6 : lo;
        pull = (ex_ty_find(a, b, fw, raised) >= 0 || ex_ty_find(a, b, fw, lowered) >= 0 ||
                ex_ty_find(a, b, fw, kept) >= 0) &&
               ex_ty_find(a, b, fw, macro) < 0;
    }
    int all = !nm && pull;
    if (!nm && !all) return;
    const char *dir = "initiated";
    /* ("reaffirmed its full-year forecast": "full-year" is three tokens) */
    /* (and the metric: "kept its full-year operating profit forecast") */
    size_t vlo = fw > lo + 9 ? fw - 9 : lo, vhi = fw + 2 < hi ? fw + 2 : hi;
    /* (not past a clause of its cause: "raised its forecast ..., as clients kept more cash") */
    static const char *const cause[] = {"as", "while", "because", "after", "when", "since", NULL};
    size_t khi = fw + 1;
    while (khi < hi && !(ex_tok_is(a, khi - 1, ",") && ex_ty_is(a, khi, cause))) khi++;
    /* ("still expects 1987 earnings to be about level", "continues to expect": the outlook
     * it had) */
    static const char *const still[] = {"still", "continues to", "continue to", NULL};
    if (ex_ty_find(a, plo, phi, pulled) >= 0 || stop)
        dir = "withdrawn";
    else if (ex_ty_find(a, vlo, khi, kept) >= 0 ||
             ex_ty_find_phrase(a, fw > lo + 2 ? fw - 2 : lo, fw, still, NULL) >= 0)
        dir = "reaffirmed";
    /* (in the forecast's own clause: "Kranzfeld beats profit forecasts, lifts dividend and
     * sees further growth in 2024" raises no outlook) */
    else if (ex_ty_find(a, fw_clause(a, lo, fw), vhi, raised) >= 0)
        dir = "raised";
    else if (ex_ty_find(a, fw_clause(a, lo, fw), vhi, lowered) >= 0)
        dir = "lowered";
    else if (warned)
        dir = "lowered";
    else if (ty_effect(a, fw, hi, &dir))
        ; /* "expected the rules to reduce its fourth-quarter revenue" */
    else if (ty_range_end(a, fw, hi, &dir))
        ; /* "now expected full-year revenue at the top end of its range" */
    else {
        static const char *const upfrom[] = {"up from", "above its", "higher than", NULL};
        static const char *const downfrom[] = {"down from", "below its", "lower than", NULL};
        /* (not a comparison with the year before: "earnings of 40 to 45 cts a share, down
         * from 72 cts a share a year earlier" is no forecast cut) */
        long up = ex_ty_find_phrase(a, lo, hi, upfrom, NULL);
        long down = ex_ty_find_phrase(a, lo, hi, downfrom, NULL);
        if (up >= 0 && !ty_compared_past(a, s, (size_t)up)) dir = "raised";
        if (down >= 0 && !ty_compared_past(a, s, (size_t)down)) dir = "lowered";
        /* "expects 1987 earnings of 1.80 to 1.95 dlrs a share, well below the 2.30 to 2.50
         * dlrs it forecast in January": the company's own earlier figure */
        static const char *const above_w[] = {"above the", "higher than the", NULL};
        static const char *const below_w[] = {"below the", "short of the", "lower than the", NULL};
        static const char *const own_fc[] = {"it forecast",     "it had forecast", "it projected",
                                             "it predicted",    "it estimated",    "it expected",
                                             "it had expected", "its forecast",    "its earlier",
                                             "its previous",    "it targeted",     NULL};
        size_t e;
        long ab = ex_ty_find_phrase(a, lo, hi, above_w, &e);
        if (ab >= 0 && ex_ty_find_phrase(a, e, e + 10 < hi ? e + 10 : hi, own_fc, NULL) >= 0)
            dir = "raised";
        long be = ex_ty_find_phrase(a, lo, hi, below_w, &e);
        if (be >= 0 && ex_ty_find_phrase(a, e, e + 10 < hi ? e + 10 : hi, own_fc, NULL) >= 0)
            dir = "lowered";
    }
    /* ("expects to receive an initial delivery of approximately 1.7 million shares": shares
     * delivered under a repurchase, no deliveries of goods) */
    static const char *const shares_w[] = {"shares", NULL};
    if (!all && strcmp(ms[0].m->metric, "deliveries") == 0 && ms[0].t1 < hi &&
        ex_tok_is(a, ms[0].t1, "of") &&
        ex_ty_find(a, ms[0].t1, ms[0].t1 + 7 < hi ? ms[0].t1 + 7 : hi, shares_w) >= 0)
        return;
    co_t c;
    long k = ex_ment_before(a, fw, lo);
    /* ("The company, which licensed European rights to the drug to Swiss drugmaker Novenza AG
     * in 2024, forecast peak sales": not a company inside the relative clause) */
    if (k >= 0) {
        long kk = ex_ment_outside_rel(a, k, lo, fw);
        if (kk != k)
            k = kk;
        else if (ex_rel_open(a, lo, a->ments[k].t0) &&
                 ex_ty_find_one(a, a->ments[k].t1, fw, ",") >= 0)
            k = -1;
    }
    /* an outlook with no metric, or of production or deliveries, is a company's only when the
     * clause names it ("The government lowered its GNP forecast", "output for the coffee
     * year" are none) */
    /* ("The company kept its full-year forecast unchanged": a description names it) */
    co_t dc;
    if (k < 0 && all && ex_hit_in(a, LEX_DESC, lo, fw, NULL) &&
        ex_resolve_desc(a, s, lo, fw, NULL, 0, &dc))
        all = 2;
    /* ("X reported a drop in profit ..., but kept its full-year forecast": the clause after
     * the results is the company's) */
    if (k < 0 && all && lo > s->t0 && ex_ment_before(a, lo, s->t0) >= 0) all = 2;
    /* ("It kept its 2026 production forecast": "it" opening the clause names the company) */
    int it_subj = k < 0 && ex_tok_is(a, lo, "it") && lo + 2 < fw &&
                  (ex_ty_is(a, lo + 1, kept) || ex_ty_is(a, lo + 1, raised) ||
                   ex_ty_is(a, lo + 1, lowered)) &&
                  ex_tok_is(a, lo + 2, "its");
    if (k < 0 && all != 2 && !it_subj &&
        (all || strcmp(ms[0].m->metric, "production") == 0 ||
         strcmp(ms[0].m->metric, "deliveries") == 0 || strcmp(ms[0].m->metric, "shipments") == 0))
        return;
    /* "X agreed to sell its unit to Y, ..., as it cut its forecast": "it" after the nearest
     * name stands for the sentence's first (ex_ty_subject) */
    /* ("Icklingham Health Completes Acquisition of Jevington Laboratories and Raises 2025
     * Revenue Outlook": a headline's second verb, after "and", is its first company's) */
    /* (or after a comma: "Kilvington Foods hires Tirrowby's Elena Varga as CFO, reaffirms
     * outlook") */
    /* ("Marrowfield Cruise cut to junk by Dunlevy; suspends dividend, pulls forecast": a
     * headline's clause after a semicolon is its first company's) */
    if (k >= 0 && s == a->sents && ex_ty_find_one(a, a->ments[k].t1, fw, ";") >= 0) {
        long f = ex_ment_after(a, s->t0, s->t1);
        if (f >= 0 && f < k && !a->ments[f].regulator) k = f;
    }
    long kh; /* a headline's first company */
    long hc = k >= 0 && s == a->sents ? ex_ty_find_one(a, a->ments[k].t1, fw, ",") : -1;
    if (k >= 0 && s == a->sents && a->ments[k].t1 + 1 < fw &&
        ((ex_tok_is(a, a->ments[k].t1, "and") &&
          (ex_tk(a, a->ments[k].t1 + 1)->flags & EXTRACT_TOK_CAP)) ||
         hc >= 0) &&
        (ex_ty_is(a, hc >= 0 ? (size_t)hc + 1 : a->ments[k].t1 + 1, raised) ||
         ex_ty_is(a, hc >= 0 ? (size_t)hc + 1 : a->ments[k].t1 + 1, lowered) ||
         ex_ty_is(a, hc >= 0 ? (size_t)hc + 1 : a->ments[k].t1 + 1, kept))) {
        long f = ex_ment_after(a, s->t0, s->t1);
        if (f >= 0 && f < k) k = f;
        c = a->ments[k].co;
    } else if (k >= 0 && !ex_ty_subject(a, s, fw, &c))
        c = a->ments[k].co;
    /* ("Enters into new $900 million senior secured credit facilities; raises 2023 revenue
     * outlook to include Pyrewell": a release's subheading, its verb the issuer's) */
    /* (a headline's later clause with no company: "Marrowfield Cruise cut to junk by Dunlevy;
     * suspends dividend, pulls forecast") */
    else if (k < 0 && s == a->sents && lo > s->t0 && (kh = ex_ment_after(a, s->t0, lo)) >= 0 &&
             !a->ments[kh].regulator)
        c = a->ments[kh].co;
    /* (or a highlight bullet before the dateline: "- Full-year 2023 revenue outlook raised") */
    else if (k < 0 && s->seg == 0 && s > a->sents &&
             (s <= a->sents + 2 || (a->dl_city_len && s->end <= a->dl_city_off) ||
              (s <= a->sents + 12 &&
               (ex_tok_is(a, s->t0, "-") || ex_tok_is(a, s->t0, "\xe2\x80\xa2")))) &&
             (a->have_head_subj || a->have_subj))
        c = a->have_head_subj ? a->head_subj : a->last_subj;
    else if (k < 0 && !ex_ty_subject(a, s, fw, &c))
        return;
    /* "S&P Global Ratings cut its outlook to negative": a rating agency's outlook is on
     * another's credit, no forecast of its own */
    if (c.ent && c.ent->sector && strstr(c.ent->sector, "ratings") && all) return;
    party_t p = {c, "subject"};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_GUIDANCE, &p, 1)) return;
    ty_amount_t am[8];
    size_t na = ex_ty_amounts(a, s, am, 8), got = 0;
    double v[2] = {0, 0};
    int per_share = 0;
    size_t prev_end = ms[0].t1;
    for (size_t q = 0; q < na && got < 2 && !all; q++) {
        if (am[q].t0 < ms[0].t0 || am[q].t0 >= hi) continue;
        /* ("operating profit of 42 billion yen ($272 million)": the conversion in brackets is
         * no second bound) */
        if (got && am[q].t0 == prev_end + 1 && ex_tok_is(a, prev_end, "(")) continue;
        long pw = ex_ty_find(a, ms[0].t1, am[q].t0, prior);
        if (pw >= 0 || ty_and_verb(a, ms[0].t1, am[q].t0)) break;
        /* ("to reduce its revenue by about $400 million": a change, not the outlook) */
        static const char *const approx[] = {"about",  "around", "roughly", "approximately",
                                             "nearly", "almost", "some",    NULL};
        size_t bt = am[q].t0 > lo && ex_ty_is(a, am[q].t0 - 1, approx) ? am[q].t0 - 1 : am[q].t0;
        if (bt > lo && ex_tok_is(a, bt - 1, "by")) continue;
        /* "at 650 billion yen, below the 688 billion yen average estimate": the analysts'
         * figure is no part of the outlook */
        /* (between the two figures: "below estimates, at $2.2 billion to $2.4 billion" is a
         * range) */
        int joined = got && am[q].t0 == prev_end + 1 &&
                     (ex_tok_is(a, prev_end, "to") || ex_tok_is(a, prev_end, "-"));
        if (got && !joined && ex_ty_find(a, ms[0].t1, am[q].t0, ty_against) >= 0) break;
        if (!got) ex_set_str(a, &ev, "currency", am[q].cur);
        per_share |= am[q].per_share;
        /* ("net income per diluted share of $3.30 to $3.40": a share named after the metric) */
        long pw3 = ex_ty_find_one(a, ms[0].t1 > 0 ? ms[0].t1 - 1 : 0, am[q].t0, "per");
        if (pw3 >= 0 && ex_ty_find_one(a, (size_t)pw3, am[q].t0, "share") >= 0) per_share = 1;
        /* "earnings of 30 to 35 cts a share": the low end written without its unit */
        size_t nt = am[q].t0;
        while (nt < am[q].t1 && !(ex_tk(a, nt)->flags & EXTRACT_TOK_NUM)) nt++;
        if (!got && nt < am[q].t1 && am[q].t0 >= lo + 2 && ex_tok_is(a, am[q].t0 - 1, "to") &&
            (ex_tk(a, am[q].t0 - 2)->flags & EXTRACT_TOK_NUM) && !ex_in_mention(a, am[q].t0 - 2) &&
            !ty_year_at(a, am[q].t0 - 2) &&
            !(am[q].t0 >= lo + 3 &&
              (ex_tok_is(a, am[q].t0 - 3, "for") || ex_tok_is(a, am[q].t0 - 3, "in")))) {
            double bare = ex_parse_num(a, am[q].t0 - 2), num = ex_parse_num(a, nt);
            if (num > 0 && bare > 0 && bare < num) v[got++] = am[q].v * bare / num;
        }
        v[got++] = am[q].v;
        prev_end = am[q].t1;
    }
    const char *pct_dir = "";
    /* "organic net sales growth of 1% to 3%", "sales to fall 2% to 4%": a range of growth,
     * in percent (signed by the words of a fall) */
    static const char *const grow_w[] = {"growth", "grow",   "increase", "rise",
                                         "up",     "higher", "gain",     NULL};
    static const char *const fall_w[] = {"decline", "fall",     "drop", "down",
                                         "lower",   "decrease", NULL};
    for (size_t q = 0; q + 1 < a->nnums && !got && !all; q++) {
        const num_t *p1 = &a->nums[q], *p2 = &a->nums[q + 1];
        if (!p1->pct || !p2->pct || p1->t0 < ms[0].t1 || p2->t1 > hi || p2->t0 != p1->t1 + 1 ||
            !(ex_tok_is(a, p1->t1, "to") || ex_tok_is(a, p1->t1, "and")) ||
            ex_ty_find(a, ms[0].t1, p1->t0, prior) >= 0)
            continue;
        size_t wlo = ms[0].t0 > lo + 2 ? ms[0].t0 - 2 : lo;
        int up = ex_ty_find(a, wlo, p1->t0, grow_w) >= 0,
            down = ex_ty_find(a, wlo, p1->t0, fall_w) >= 0;
        /* ("non-GAAP operating margin of 23% to 24%": a margin's range is a level, no
         * change) */
        if (!up && !down && strstr(ms[0].m->metric, "margin")) up = 1;
        if (up == down) continue;
        double x = p1->v < 0 ? -p1->v : p1->v, y = p2->v < 0 ? -p2->v : p2->v;
        v[0] = down ? -y : x, v[1] = down ? -x : y, got = 2;
        /* ("compared with 16% to 24% previously", "down from a previous forecast of 13% to
         * 21%": the range before, the way the outlook moved) */
        static const char *const before[] = {"from",  "with",       "versus", "previous",
                                             "prior", "previously", NULL};
        for (size_t r = q + 2; r < a->nnums && strcmp(pct_dir, "") == 0; r++) {
            const num_t *p3 = &a->nums[r];
            if (!p3->pct || p3->t0 >= hi) break;
            if (ex_ty_find(a, p3->t0 > 3 ? p3->t0 - 3 : 0, p3->t0, before) < 0 &&
                !(p3->t1 + 4 < hi && ex_ty_find_one(a, p3->t1, p3->t1 + 4, "previously") >= 0))
                continue;
            double w = p3->v < 0 ? -p3->v : p3->v, now = x;
            if (down) w = -w, now = -y;
            pct_dir = w > now ? "lowered" : w < now ? "raised" : "";
            break;
        }
    }
    /* "revenue of $65 billion, plus or minus 2%": a range around the figure */
    if (got == 1 && prev_end + 4 < hi &&
        ex_ty_find_one(a, prev_end, prev_end + 4, "plus or minus") >= 0)
        for (size_t q = 0; q < a->nnums; q++)
            if (a->nums[q].pct && a->nums[q].t0 > prev_end && a->nums[q].t0 < prev_end + 6) {
                double d = a->nums[q].v < 0 ? -a->nums[q].v : a->nums[q].v;
                v[1] = ex_ty_round(v[0] * (1 + d / 100));
                v[0] = ex_ty_round(v[0] * (1 - d / 100));
                got = 2;
                break;
            }
    /* "$3.40 to $3.50 billion": the low end takes the scale written after the high one */
    if (got == 2 && v[1] >= 1e5 && v[0] > 0 && v[0] < 1e4) {
        static const double scales[] = {1e3, 1e6, 1e9, 1e12};
        for (size_t f = 0; f < sizeof scales / sizeof scales[0]; f++)
            if (v[0] * scales[f] <= v[1] * 1.5 && v[0] * scales[f] * 10 > v[1]) {
                v[0] *= scales[f];
                break;
            }
    }
    /* "adjusted earnings of $5.60 to $5.80 per share": earnings told a share are EPS */
    const char *metric = all ? "outlook" : ms[0].m->metric;
    if (per_share && strcmp(metric, "net_income") == 0) metric = "eps";
    ex_set_str(a, &ev, "metric", metric);
    if (got == 2 && v[0] > v[1]) { /* "to between $83.7 billion and $83.2 billion" */
        double t = v[0];
        v[0] = v[1];
        v[1] = t;
    }
    /* (two figures of different things are no range: "less than the second quarter's 2.7 mln
     * dlrs, or 20 cts a share") */
    if (got == 2 && v[0] > 0 && v[1] / v[0] > 100) got = 0;
    if (got) {
        ex_set_num(a, &ev, "low", v[0]);
        ex_set_num(a, &ev, "high", got == 2 ? v[1] : v[0]);
    }
    /* "now expects $3.40 to $3.50 a share, compared with its prior forecast of $3.75 to
     * $3.90": the direction from the range told before */
    /* (not "to rise to between 2.10 and 2.30 dlrs a share from 1.84 dlrs a share in 1986":
     * the year gone by's result, no forecast) */
    for (size_t q = 0; q < na && got && strcmp(dir, "initiated") == 0; q++)
        if (am[q].t0 > ms[0].t1 && am[q].t0 < hi && ex_ty_find(a, ms[0].t1, am[q].t0, prior) >= 0) {
            /* (the first figure after the word of comparison is the one compared: a year-ago
             * result there ends the search, "down from 72 cts a share a year earlier, largely
             * because of a 6.5 mln dlr charge") */
            if (ex_ty_past_year(a, am[q].t1, am[q].t1 + 3 < s->t1 ? am[q].t1 + 3 : s->t1, 1) ||
                ty_compared_past(a, s, am[q].t1))
                break;
            if (am[q].v > v[0])
                dir = "lowered";
            else if (am[q].v < v[0])
                dir = "raised";
            break;
        }
    /* ("4.5 billion to 5.0 billion Swedish crowns this year, against a previous target of 5.5
     * billion to 6.0 billion": the prior range written without its currency) */
    static const char *const prior_w[] = {"previous", "prior", "earlier", "previously", NULL};
    long pw2 = got && strcmp(dir, "initiated") == 0 ? ex_ty_find(a, ms[0].t1, hi, prior_w) : -1;
    for (size_t q = pw2 >= 0 ? (size_t)pw2 + 1 : hi; q < hi && q < (size_t)pw2 + 5; q++) {
        if (!(ex_tk(a, q)->flags & EXTRACT_TOK_NUM)) continue;
        const extract_lex_hit_t *sc = q + 1 < hi ? ex_hit_at(a, q + 1, LEX_SCALE) : NULL;
        double pv = ex_parse_num(a, q) * (sc ? sc->entry->num : 1);
        if (pv > v[0] * 1.001 && pv < v[0] * 10)
            dir = "lowered";
        else if (pv < v[0] * 0.999 && pv > v[0] / 10)
            dir = "raised";
        break;
    }
    if (pct_dir[0] && strcmp(dir, "initiated") == 0) dir = pct_dir;
    ex_set_str(a, &ev, "direction", dir);
    char period[24];
    /* the period right before the forecast word first ("To reflect the addition of Jevington
     * for the second half of the year, Icklingham raised its 2025 revenue outlook": 2025's) */
    size_t nlo = fw > lo + 5 ? fw - 5 : lo;
    /* (within the forecast's own clause: not "which bought Fjell Kraft in 2024, confirmed its
     * target") */
    for (size_t q = nlo; q < fw; q++)
        if (ex_tok_is(a, q, ",")) nlo = q + 1;
    /* (or the forecast's clause after it, when an earlier clause names another year: "proposed
     * a dividend of 1.85 euros per share for 2023, ..., and said it expected adjusted EBIT of
     * 2.1 billion to 2.3 billion euros in 2024") */
    long and_said = ex_ty_find_one(a, lo, fw, ", and said");
    if ((ex_ty_find_one(a, nlo, fw, "its") >= 0 &&
         ex_ty_period(a, nlo, fw + 1, 1, period, sizeof period)) ||
        (and_said >= 0 && ex_ty_period(a, fw, hi, 1, period, sizeof period)) ||
        ex_ty_period(a, lo, hi, 1, period, sizeof period))
        ex_set_str(a, &ev, "period", period);
    else if (!all && a->year && ty_year_before(a, lo, ms[0].t0, period, sizeof period) >= a->year)
        ex_set_str(a, &ev, "period", period); /* "expects 1987 earnings to rise" */
    else if (s > a->sents && s[-1].seg == s->seg) {
        /* "now expects fiscal 2024 revenue of ... . Reflecting the cost reductions, the Company
         * now expects non-GAAP operating margin of 23% to 24%": the period of the outlook of
         * the sentence before, the same company's */
        /* (or the headline's, when the story told no other outlook between: "slashes
         * full-year forecast" over "It cut its adjusted earnings per share outlook to $1.60
         * to $1.75") */
        for (size_t i = a->out->n; i-- > a->out_base;) {
            const event_t *g = &a->out->items[i];
            if (a->ev_seg[i - a->out_base] != s->seg) break;
            /* (past an older outlook of the company's, the headline's is not the one meant) */
            if (g->source.offset < (long long)s[-1].off &&
                g->source.offset != (long long)a->sents[0].off) {
                if (g->type == EVENT_GUIDANCE && g->ncompanies &&
                    strcmp(g->companies[0].id, ex_co_id(a, c)) == 0)
                    break;
                continue;
            }
            const char *gp = g->type == EVENT_GUIDANCE && g->ncompanies &&
                                     strcmp(g->companies[0].id, ex_co_id(a, c)) == 0
                                 ? event_get_str(g, "period")
                                 : NULL;
            if (gp) {
                ex_set_str(a, &ev, "period", gp);
                break;
            }
        }
    }
    /* "Halcott in July ... lowered its 2025 profit forecast", told in October */
    /* ("Rival Oxbridge Networks cut its own forecast last week": a forecast of days gone by) */
    static const char *const lately[] = {"last week", "last month", NULL};
    /* ("The company earlier this year reported ... and forecast a decline": told then) */
    /* ("The truck maker had forecast in July adjusted earnings per share of $4.10 to $4.50":
     * a forecast of a month gone by, in the past perfect) */
    int had = fw > lo && ex_tok_is(a, fw - 1, "had");
    /* ("had previously forecast", "had earlier forecast": an earlier forecast, told as such) */
    static const char *const before_w[] = {"previously", "earlier", "originally", NULL};
    int earlier = fw > lo + 1 && ex_ty_is(a, fw - 1, before_w);
    if ((ex_ty_past_month(a, lo, fw) || ex_ty_find_phrase(a, fw, hi, lately, NULL) >= 0 ||
         ex_ty_told_lately(a, s->t0, fw, fw) || earlier ||
         (had && ex_ty_past_month(a, fw, fw + 4 < hi ? fw + 4 : hi)) ||
         /* ("Hartwell cut its full-year sales outlook in July", told in October) */
         ex_ty_past_month(a, fw + 1, fw + 4 < hi ? fw + 4 : hi)) &&
        event_set_bool(&ev, "context", 1))
        a->oom = 1;
    ty_emit_better(a, s, &ev, ex_sentence_date(a, 0));
}

/* "after it posted fourth-quarter results that beat analysts' estimates": results named
 * with no figure, reported against expectations. */
static void ty_results_only(art_t *a, const sent_t *s, size_t lo, size_t hi)
{
    static const char *const verbs[] = {"posted",   "reported",  "reports", "posts", "delivered",
                                        "delivers", "reporting", "posting", NULL};
    long r = ex_ty_find(a, lo, hi, ty_results_word);
    if (r < 0) return;
    size_t b = (size_t)r > lo + 5 ? (size_t)r - 5 : lo;
    long v = ex_ty_find(a, b, (size_t)r, verbs);
    if (v < 0) return;
    char period[24];
    int per = ty_results_period(a, s, (size_t)v, (size_t)r + 1, period, sizeof period);
    const char *vs = ty_versus(a, (size_t)r, hi);
    /* (only against expectations: "reports its results next week", "reported unaudited
     * results" tell no results) */
    if (!vs || ex_ty_future(a, b, (size_t)v)) return;
    co_t c;
    if (!ex_ty_subject(a, s, (size_t)v, &c)) return;
    party_t p = {c, "subject"};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_EARNINGS, &p, 1)) return;
    event_record_t *rec = event_add_record(&ev, "metrics");
    if (!rec || event_record_set_str(rec, "metric", "results")) a->oom = 1;
    if (per) ex_set_str(a, &ev, "period", period);
    ex_set_str(a, &ev, "versus_expectations", vs);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* "Excluding one-time items, the airline lost 12 cents a share, worse than the 5-cent loss
 * analysts had expected": a figure a share told with a verb of results, against expectations,
 * after the results of the segment were told: how they compare. Returns 1 when it took it. */
/* Does [lo, hi) open by naming results told before ("The results were", "Both figures
 * were")? */
static int ty_results_named(const art_t *a, size_t lo, size_t hi)
{
    static const char *const results[] = {"results", "result",  "earnings",
                                          "profit",  "figures", NULL};
    return lo + 2 < hi && (ex_tok_is(a, lo, "the") || ex_tok_is(a, lo, "both")) &&
           ex_ty_is(a, lo + 1, results) &&
           (ex_tok_is(a, lo + 2, "were") || ex_tok_is(a, lo + 2, "was"));
}

static int ty_versus_after(art_t *a, const sent_t *s, size_t lo, size_t hi)
{
    static const char *const verbs[] = {"lost", "earned", "made", NULL};
    long v = ex_ty_find(a, lo, hi, verbs);
    /* ("The results were above the 60 to 62 cts a share that most Wall Street analysts had
     * expected", "Both figures were ahead of analysts' forecasts": the results named) */
    int named = v < 0 && ty_results_named(a, lo, hi);
    if (named) v = (long)lo + 2;
    if (v < 0) return 0;
    const char *vs = ty_versus(a, (size_t)v, hi);
    if (!vs) return 0;
    ty_amount_t am[4];
    size_t na = ex_ty_amounts(a, s, am, 4);
    if (!named && (!na || !am[0].per_share || am[0].t0 < (size_t)v || am[0].t0 > (size_t)v + 3))
        return 0;
    for (size_t i = a->out->n; i-- > a->out_base;) {
        event_t *o = &a->out->items[i];
        if (a->ev_seg[i - a->out_base] != s->seg) break;
        if (o->type != EVENT_EARNINGS) continue;
        if (!event_get(o, "versus_expectations")) ex_set_str(a, o, "versus_expectations", vs);
        return 1;
    }
    return 0;
}

/* Is percentage n the move of the company's shares ("sending its shares down 6.2%", "its
 * stock fell 3%"), no change of a figure it reports? */
static int ty_pct_of_shares(const art_t *a, const sent_t *s, const num_t *n)
{
    static const char *const stock_w[] = {"shares", "stock", NULL};
    size_t b = n->t0 > s->t0 + 4 ? n->t0 - 4 : s->t0;
    return ex_ty_find(a, b, n->t0, stock_w) >= 0;
}

/* Does percentage n size a holding rather than a change ("a 50 per cent share in their joint
 * venture", "its 45 per cent stake", "a 55 per cent-owned unit")? */
static int ty_pct_holding(const art_t *a, const sent_t *s, const num_t *n)
{
    static const char *const share[] = {"share", "shares", NULL};
    static const char *const in_of[] = {"in", "of", NULL};
    static const char *const owned[] = {"owned", "-", NULL};
    size_t i = n->t1;
    if (i >= s->t1) return 0;
    if (ex_hit_at(a, i, LEX_STAKE)) return 1;
    if (ex_ty_is(a, i, share) && i + 1 < s->t1 && ex_ty_is(a, i + 1, in_of)) return 1;
    return ex_ty_is(a, i, owned) &&
           (ex_tok_is(a, i, "owned") || (i + 1 < s->t1 && ex_tok_is(a, i + 1, "owned")));
}

static int ty_table_value(const art_t *a, const sent_t *s, size_t *i, double *v, const char **cur);

/* Is the figure val set against a prior one right after it ("rose to 164.1 mln stg from 136.0
 * mln")? */
static int ty_from_prior(const art_t *a, const sent_t *s, const ty_amount_t *val, size_t hi)
{
    size_t j = val->t1;
    double pv;
    const char *cur;
    /* ("fell to 14.2 mln dlrs, or 2.05 dlrs a share, from 16.9 mln dlrs": past the figure a
     * share set off by commas) */
    if (j + 3 < hi && ex_tok_is(a, j, ",") && ex_tok_is(a, j + 1, "or")) {
        size_t k = j + 2;
        while (k < hi && k < j + 10 && !ex_tok_is(a, k, ",")) k++;
        if (k < hi && ex_tok_is(a, k, ",")) j = k + 1;
    }
    /* ("845 mln francs against 702 mln", "$90 million, up from $120 million", "compared with") */
    if (j + 2 < hi && ex_tok_is(a, j, ",") &&
        (ex_tok_is(a, j + 1, "up") || ex_tok_is(a, j + 1, "down")))
        j += 2;
    if (j + 2 < hi && ex_tok_is(a, j, "compared") &&
        (ex_tok_is(a, j + 1, "with") || ex_tok_is(a, j + 1, "to")))
        j++;
    if (j + 1 >= hi ||
        !(ex_tok_is(a, j, "from") || ex_tok_is(a, j, "against") || ex_tok_is(a, j, "with") ||
          ex_tok_is(a, j, "to") || ex_tok_is(a, j, "versus") || ex_tok_is(a, j, "vs")))
        return 0;
    if ((ex_tok_is(a, j, "with") || ex_tok_is(a, j, "to")) && !ex_tok_is(a, j - 1, "compared"))
        return 0;
    j++;
    return ty_table_value(a, s, &j, &pv, &cur) && j <= hi && pv != 0;
}

/* Does token i name a month ("November", "Nov")? */
static int ty_month_at(const art_t *a, size_t i)
{
    return (ex_tk(a, i)->flags & EXTRACT_TOK_CAP) &&
           date_month_of(a->text + ex_tk(a, i)->off, ex_tk(a, i)->len);
}

/* Is the metric ending at token t0 a figure of a month, of part of one or of a few weeks ("sales
 * for November", "sales in the four weeks ended November 28", "sales for the week ended",
 * "sales of domestic-built cars in the March 1-10 period"), told within six words after it?
 * Retailers' and carmakers' monthly and weekly figures are no results of a reporting period
 * ("sales in the March quarter", "the 53 weeks to January 3" are). */
static int ty_part_month(const art_t *a, size_t t0, size_t hi)
{
    static const char *const in[] = {"for", "in", "during", NULL};
    static const char *const skip[] = {"the", "its", "first", "last", "past", "latest", NULL};
    static const char *const period[] = {"quarter", "quarters", "half", "year",
                                         "fiscal",  "months",   "qtr",  NULL};
    static const char *const week[] = {"week", "weeks", "month", NULL};
    for (size_t i = t0; i + 1 < hi && i < t0 + 6; i++) {
        if (!ex_ty_is(a, i, in)) continue;
        size_t j = i + 1;
        while (j < hi && ex_ty_is(a, j, skip)) j++;
        double n = 0;
        if (j + 1 < hi && ex_ty_small_num(a, j, &n)) j++;
        if (j >= hi) return 0;
        if (ex_ty_is(a, j, week)) return n <= 5;
        if (!ty_month_at(a, j)) return 0;
        /* ("the April-June quarter": a span of months before the period word) */
        if (j + 2 < hi && ex_tok_is(a, j + 1, "-") && ty_month_at(a, j + 2)) j += 2;
        return !(j + 1 < hi && ex_ty_is(a, j + 1, period));
    }
    return 0;
}

/* Is the amount at token t of a window starting at w0 the size of an item inside the results
 * ("net income for the year includes a gain of 4.5 mln dlrs", "after a charge of about 12 mln
 * dlrs"), not the figure of the metric before it? */
static int ty_item_amount(const art_t *a, size_t w0, size_t t)
{
    static const char *const item[] = {
        "gain",       "gains",     "charge",     "charges",   "credit",   "credits", "provision",
        "provisions", "writedown", "writedowns", "write-off", "writeoff", "item",    "items",
        "loss",       "losses",    "benefit",    "benefits",  NULL};
    static const char *const about[] = {"about", "some", "nearly", "almost", "approximately", NULL};
    size_t k = t;
    if (k > w0 && ex_ty_is(a, k - 1, about)) k--;
    return k >= w0 + 2 && ex_tok_is(a, k - 1, "of") && ex_ty_is(a, k - 2, item);
}

/* "Wall Street analysts had expected earnings of about 1.60 dlrs a share", after results of
 * 1.72 dlrs a share: the figure a share expected, told after the one reported, sets how the
 * segment's results compare. Returns 1 when it was such a sentence. */
static int ty_expected_after(art_t *a, const sent_t *s, size_t lo, size_t hi)
{
    static const char *const said[] = {"expected", "estimated", "forecast", "projected", NULL};
    long w = ex_ty_find(a, lo, hi, ty_analysts);
    if (w < 0 || ex_ty_find(a, (size_t)w + 1, (size_t)w + 4 < hi ? (size_t)w + 4 : hi, said) < 0)
        return 0;
    ty_amount_t am[4];
    size_t na = ex_ty_amounts(a, s, am, 4);
    const ty_amount_t *x = NULL;
    for (size_t q = 0; q < na && !x; q++)
        if (am[q].per_share && am[q].t0 > (size_t)w) x = &am[q];
    /* ("The result was below the 78 cts a share that Wall Street analysts had expected": the
     * figure before the clause that tells who expected it) */
    static const char *const that_w[] = {"that", "which", NULL};
    for (size_t q = 0; q < na && !x; q++)
        if (am[q].per_share && am[q].t1 < (size_t)w && am[q].t1 + 5 >= (size_t)w &&
            ex_ty_is(a, am[q].t1, that_w))
            x = &am[q];
    if (!x) return 0;
    for (size_t i = a->out->n; i-- > a->out_base;) {
        event_t *o = &a->out->items[i];
        if (a->ev_seg[i - a->out_base] != s->seg) break;
        if (o->type != EVENT_EARNINGS) continue;
        const event_field_t *ml = event_get(o, "metrics");
        for (size_t r = 0; ml && ml->kind == EVENT_FIELD_LIST && r < ml->nitems; r++) {
            const event_record_t *rec = &ml->items[r];
            const char *m = NULL;
            double v = 0;
            int have = 0;
            for (size_t f = 0; f < rec->n; f++) {
                if (strcmp(rec->fields[f].key, "metric") == 0) m = rec->fields[f].str;
                if (strcmp(rec->fields[f].key, "value") == 0) v = rec->fields[f].num, have = 1;
            }
            if (!m || strcmp(m, "eps") != 0 || !have || event_get(o, "versus_expectations"))
                continue;
            ex_set_str(a, o, "versus_expectations",
                       v > x->v   ? "beat"
                       : v < x->v ? "miss"
                                  : "in_line");
            return 1;
        }
        return 1;
    }
    return 1;
}

static void ty_earnings(art_t *a, const sent_t *s, size_t lo, size_t hi)
{
    static const char *const stop[] = {"compared", "estimate", "estimates", "expected",
                                       "forecast", "analysts", NULL};
    if (ty_expected_after(a, s, lo, hi)) return;
    /* ("Both figures were ahead of analysts' forecasts ..., which had pointed to net profit of
     * EUR1.14bn": the results told before, compared; the forecast's figures are none) */
    if (ty_results_named(a, lo, hi) && ty_versus_after(a, s, lo, hi)) return;
    ty_found_t ms[8];
    size_t nm = ty_find_metrics(a, lo, hi, 0, ms, 8);
    if (!nm) {
        if (!ty_versus_after(a, s, lo, hi)) ty_results_only(a, s, lo, hi);
        return;
    }
    /* "X is expected to report third-quarter revenue of about $18.2 billion, according to LSEG
     * estimates", "Analysts on average expect X to post earnings of 82 cents": a preview of
     * results not yet out */
    static const char *const preview[] = {"is expected to",    "are expected to", "set to report",
                                          "due to report",     "analysts expect", "average expect",
                                          "analysts estimate", "analysts polled", NULL};
    if (ex_ty_find_phrase(a, lo, ms[0].t0, preview, NULL) >= 0) return;
    /* "operating profit growth will be 10% to 16%", "sales will rise 8% to 14%": a metric the
     * company forecasts, told in the future right after it */
    static const char *const future[] = {"will", "would", NULL};
    if (ex_ty_find(a, ms[0].t1, ms[0].t1 + 3 < hi ? ms[0].t1 + 3 : hi, future) >= 0) return;
    /* ("pre-tax profit for the year to December would be £38m-£42m": past the period, the
     * verb before the figure) */
    static const char *const for_w[] = {"for", NULL};
    if (ms[0].t1 + 1 < hi && ex_ty_is(a, ms[0].t1, for_w)) {
        long fw = ex_ty_find(a, ms[0].t1 + 1, ms[0].t1 + 9 < hi ? ms[0].t1 + 9 : hi, future);
        if (fw >= 0 && (size_t)fw + 1 < hi && ex_tok_is(a, (size_t)fw + 1, "be")) return;
    }
    /* "its German operations had a fiscal 1986 loss of 4.0 mln dlrs", "its German unit posted a
     * loss": the results of a part of the company, told by the part's own verb */
    static const char *const part[] = {"operations", "operation",    "unit",     "units",
                                       "subsidiary", "subsidiaries", "division", "divisions",
                                       "segment",    "arm",          NULL};
    static const char *const had[] = {"had",    "has",    "posted",   "reported", "recorded",
                                      "showed", "earned", "suffered", "incurred", NULL};
    for (long v = ex_ty_find(a, ms[0].t0 > lo + 12 ? ms[0].t0 - 12 : lo, ms[0].t0, had); v >= 0;
         v = ex_ty_find(a, (size_t)v + 1, ms[0].t0, had))
        if ((size_t)v > lo && ex_ty_is(a, (size_t)v - 1, part)) return;
    /* "The unit, to be called Corbridge Health, generated about $3.8 billion in sales": a
     * clause that opens with a part of the company speaks of that part */
    if (lo + 1 < hi && ex_tok_is(a, lo, "the") && ex_ty_is(a, lo + 1, part)) return;
    /* outside a sentence about results, a metric set against its past with its figure
     * ("net income rose 56.5 per cent to 7.5bn pounds") is a result too */
    int ctx = ty_results_context(a, s, lo, hi), full = 0;
    /* ... and so is a company's figure told by a verb of reporting right before it ("Vodafone
     * reported a net loss of $492 million", "it revealed a pound(s)492m pre-tax loss"), not a
     * profit on a deal ("reported a profit of 20 mln dlrs on the transaction") */
    static const char *const told[] = {"reported", "reports",  "posted",  "posts", "revealed",
                                       "reveals",  "unveiled", "unveils", NULL};
    static const char *const on_deal[] = {"on the", "from the sale", "on sales", NULL};
    /* (a news outlet that reports a company's figure is no company reporting its own:
     * "Bloomberg reported a net loss of $30 million at Acme Corp") */
    static const char *const outlet[] = {"bloomberg", "reuters",   "cnbc",   "journal", "times",
                                         "ft",        "newspaper", "agency", "press",   "media",
                                         "website",   "newswire",  "jones",  NULL};
    long tv = ex_ty_find(a, ms[0].t0 > lo + 6 ? ms[0].t0 - 6 : lo, ms[0].t0, told);
    if (tv >= 0 &&
        ex_ty_find(a, (size_t)tv > lo + 4 ? (size_t)tv - 4 : lo, (size_t)tv, outlet) >= 0)
        tv = -1;
    if (!ctx && tv >= 0 &&
        ex_ty_find_phrase(a, ms[0].t1, ms[0].t1 + 8 < hi ? ms[0].t1 + 8 : hi, on_deal, NULL) < 0)
        ctx = 1;
    const char *vs = ty_versus(a, lo, hi);
    ty_amount_t am[12];
    size_t na = ex_ty_amounts(a, s, am, 12);
    co_t c;
    if (!ex_ty_subject(a, s, ms[0].t0, &c)) return;
    party_t p = {c, "subject"};
    event_t ev;
    if (ex_make_event(a, &ev, EVENT_EARNINGS, &p, 1)) return;
    size_t nrec = 0;
    int have_eps = 0;
    for (size_t i = 0; i < nm; i++) {
        size_t w0 = ms[i].t1, w1 = i + 1 < nm ? ms[i + 1].t0 : hi;
        int dup = 0;
        for (size_t j = 0; j < i; j++) dup |= ms[j].m->metric == ms[i].m->metric;
        if (dup) continue;
        long st = ex_ty_find(a, w0, w1, stop);
        if (st >= 0) w1 = (size_t)st;
        /* (nor an airline's traffic: "revenue passenger miles rose to 20.6 mln") */
        if (ty_part_month(a, w0, w1) || (w0 < w1 && ex_tok_is(a, w0, "passenger"))) continue;
        const ty_amount_t *val = NULL;
        const char *metric = ms[i].m->metric;
        int eps = strcmp(metric, "eps") == 0;
        /* "earnings of $5.40 a share": the first figure is per share, so the metric is EPS */
        for (size_t q = 0; q < na && !eps; q++)
            if (am[q].t0 >= w0 && am[q].t0 < w1) {
                if (am[q].per_share && am[q].t0 < w0 + 3 && strcmp(metric, "net_income") == 0)
                    metric = "eps", eps = 1;
                break;
            }
        for (size_t q = 0; q < na && !val; q++)
            if (am[q].t0 >= w0 && am[q].t0 < w1 && (eps ? am[q].v < 1e4 : !am[q].per_share) &&
                !ty_item_amount(a, w0, am[q].t0))
                val = &am[q];
        /* "jumped 14 per cent from 12.93p to 14.72p": the figure after "from" is the prior
         * one, the one after "to" the new */
        if (val && val->t0 > w0 && ex_tok_is(a, val->t0 - 1, "from"))
            for (const ty_amount_t *n = val + 1; n < am + na && n->t0 < w1; n++)
                if (n->t0 == val->t1 + 1 && ex_tok_is(a, val->t1, "to") &&
                    n->per_share == val->per_share) {
                    val = n;
                    break;
                }
        /* "posted a $310 million quarterly loss", "$4.9 billion in revenue": the figure
         * right before the metric, only its period or kind between */
        static const char *const between[] = {
            "quarterly", "annual",  "net",  "-",    "first",  "second", "third",
            "fourth",    "quarter", "half", "full", "year",   "in",     "of",
            "operating", "pretax",  "pre",  "tax",  "fiscal", NULL};
        for (size_t q = na; q-- > 0 && !val && !eps;) {
            if (am[q].per_share || am[q].t1 > ms[i].t0 || am[q].t1 + 6 < ms[i].t0 ||
                am[q].t0 < lo || am[q].v < 1e5)
                continue;
            size_t k = am[q].t1;
            while (k < ms[i].t0 && ex_ty_is(a, k, between)) k++;
            if (k == ms[i].t0) val = &am[q];
        }
        const num_t *pct = NULL;
        for (size_t q = 0; q < a->nnums && !pct; q++)
            if (a->nums[q].pct && a->nums[q].t0 >= w0 && a->nums[q].t0 < w1 &&
                !ty_pct_holding(a, s, &a->nums[q]) && !ty_pct_of_shares(a, s, &a->nums[q]))
                pct = &a->nums[q];
        int sign = pct ? ex_ty_sign(a, ms[i].t0, pct->t1 + 2 < w1 ? pct->t1 + 2 : w1) : 0;
        /* (the verb before the metric: "lifted turnover 0.2 per cent", "lifted its turnover by
         * 0.2 per cent") */
        if (pct && !sign && ms[i].t0 > lo && pct->t0 < ms[i].t1 + 4) {
            size_t vb = ms[i].t0 - 1;
            if (vb > lo && (ex_tok_is(a, vb, "its") || ex_tok_is(a, vb, "their"))) vb--;
            sign = ex_ty_sign(a, vb, vb + 1);
        }
        if (!pct) {
            /* "a 54% jump in quarterly profit": the change just before the metric */
            size_t b0 = ms[i].t0 > lo + 8 ? ms[i].t0 - 8 : lo;
            for (size_t q = 0; q < a->nnums; q++)
                if (a->nums[q].pct && a->nums[q].t0 >= b0 && a->nums[q].t1 < ms[i].t0 &&
                    ex_ty_find(a, a->nums[q].t1, ms[i].t0, w_in) >= 0)
                    pct = &a->nums[q];
            if (pct) sign = ex_ty_sign(a, pct->t1, ms[i].t0);
        }
        if (pct && !sign && pct->v >= 0) pct = NULL; /* no direction: not a change */
        if (!val && !pct && !vs) continue;
        /* (moved by the company's verb: only a figure with its change, "lifted sales by 7 per
         * cent in Asia" is a metric's change) */
        if (ms[i].by_verb && !(val && pct && sign && val->v >= 1e6)) continue;
        /* (a figure with its change, or with the prior one it changed from) */
        full |= val && (pct || ty_from_prior(a, s, val, w1)) && !eps &&
                val->v >= 1e6; /* not a share price */
        event_record_t *r = event_add_record(&ev, "metrics");
        if (!r || event_record_set_str(r, "metric", metric)) {
            a->oom = 1;
            break;
        }
        if (val && (event_record_set_num(r, "value", ms[i].m->loss ? -val->v : val->v) ||
                    event_record_set_str(r, "currency", val->cur)))
            a->oom = 1;
        if (pct && event_record_set_num(r, "change_percent", pct->v < 0 ? pct->v : sign * pct->v))
            a->oom = 1;
        have_eps |= eps;
        nrec++;
    }
    /* "net income rose 35% to $16.64 billion, or $6.43 per share": the EPS beside it */
    for (size_t i = 0; i < nm; i++) have_eps |= strcmp(ms[i].m->metric, "eps") == 0;
    static const char *const payout[] = {"dividend", "dividends", "payout", "div", NULL};
    for (size_t q = 0; nrec && !have_eps && q < na; q++) {
        if (!am[q].per_share || am[q].t0 < ms[0].t0 || am[q].t0 >= hi) continue;
        /* ("proposed a dividend of 2.15 euros per share": a payout, not the EPS) */
        /* (or "the dividend will be held unchanged at 10 marks per 50-mark share") */
        if (ex_ty_find(a, am[q].t0 > lo + 8 ? am[q].t0 - 8 : lo, am[q].t0, payout) >= 0) continue;
        /* "a net loss of $612 million, or 54 cents a share": a loss a share */
        int loss = 0;
        for (size_t i = 0; i < nm; i++)
            if (ms[i].t0 < am[q].t0) loss = ms[i].m->loss;
        event_record_t *r = event_add_record(&ev, "metrics");
        if (!r || event_record_set_str(r, "metric", "eps") ||
            event_record_set_num(r, "value", loss ? -am[q].v : am[q].v) ||
            event_record_set_str(r, "currency", am[q].cur))
            a->oom = 1;
        break;
    }
    if (!nrec || (!ctx && !full)) {
        event_release(&ev);
        return;
    }
    char period[24];
    const char *seg_period = NULL;
    /* ("Revenue for the quarter ended Sept. 30 rose 28% ... Excluding items, Veltrana earned
     * 94 cents per share": results told on without their period have the period of the
     * company's results just told in the segment, not the opening's) */
    if (!ex_ty_period(a, lo, hi, 0, period, sizeof period) && ev.ncompanies)
        for (size_t i = a->out->n; i-- > a->out_base && !seg_period;) {
            const event_t *o = &a->out->items[i];
            if (a->ev_seg[i - a->out_base] != s->seg) break;
            if (o->type == EVENT_EARNINGS && event_has_company(o, ev.companies[0].id))
                seg_period = event_get_str(o, "period");
        }
    if (seg_period)
        ex_set_str(a, &ev, "period", seg_period);
    else if (ty_results_period(a, s, lo, hi, period, sizeof period))
        ex_set_str(a, &ev, "period", period);
    else if (ty_year_before(a, lo, ms[0].t0, period, sizeof period) > 0)
        ex_set_str(a, &ev, "period", period); /* "said 1986 net income fell to" */
    /* ("The airline reported a 12% rise in third-quarter revenue in October", told in
     * December: results told before, background; so are results in the past perfect, "In the
     * first quarter, profit had fallen 12%") */
    /* (and results in a relative clause of what the company reported: "Swaledale, which
     * reported a 1986 loss of 38.4 mln dlrs after writing down its reserves, said") */
    static const char *const rep_w[] = {"reported", "posted", "had", "lost", "earned", NULL};
    int rel_rep = ms[0].t0 > s->t0 + 2 && ex_rel_open(a, s->t0, ms[0].t0);
    if (rel_rep) {
        long wh = -1;
        for (size_t q = ms[0].t0; q-- > s->t0 && wh < 0;)
            if (ex_tok_is(a, q, "which") || ex_tok_is(a, q, "who")) wh = (long)q;
        rel_rep = wh >= 0 && (size_t)wh + 1 < ms[0].t0 && ex_ty_is(a, (size_t)wh + 1, rep_w);
    }
    /* ("Mechelen earned 1.83 dlrs a share in 1986", told in October 1987 under third-quarter
     * results: a calendar year long over, reported months before, is background) */
    const char *per = event_get_str(&ev, "period");
    int old_year = per && a->year && a->dateline[0] && atoi(a->dateline + 5) >= 7 &&
                   strlen(per) == 6 && per[0] == 'F' && per[1] == 'Y' &&
                   atoi(per + 2) == a->year - 1 && ex_seg_event(a, s->seg, EVENT_EARNINGS);
    if ((ex_ty_told_in_past_month(a, lo, ms[0].t1, hi) ||
         ex_ty_told_lately(a, s->t0, s->t1, ms[0].t0) || ex_ty_past_perfect(a, lo, hi) || rel_rep ||
         old_year) &&
        event_set_bool(&ev, "context", 1))
        a->oom = 1;
    /* ("Ellisar Semiconductor tops estimates, lifts 2024 forecast" over "posted adjusted
     * earnings of $2.14 per share ..., compared with analysts' average estimate of $1.86": the
     * headline's word on the segment's first results, when the sentence says none) */
    if (!vs && !ex_seg_event(a, s->seg, EVENT_EARNINGS))
        for (size_t k = 0; k < a->nsents && &a->sents[k] < s && !vs; k++)
            if (a->sents[k].seg == s->seg && (k <= 1 || a->sents[k].headline))
                vs = ty_versus(a, a->sents[k].t0, a->sents[k].t1);
    ex_set_str(a, &ev, "versus_expectations", vs);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
}

/* ---- results tables: "Shr 59 cts vs 48 cts / Net 3,244,000 vs 2,584,000 / Revs 169.3 mln
 * vs 156.0 mln" under a headline naming the period ("4TH QTR NET", "YEAR NET") --------- */

/* Reads "[loss|profit] NUM [scale] [cts|dlrs]" at *i; returns 1 with the value (negative
 * for a loss) and its currency ("" when none is written). */
static int ty_table_value(const art_t *a, const sent_t *s, size_t *i, double *v, const char **cur)
{
    int loss = 0;
    size_t j = *i;
    const extract_lex_hit_t *h;
    if (j < s->t1 && ex_tok_is(a, j, "loss"))
        loss = 1, j++;
    else if (j < s->t1 && ex_tok_is(a, j, "profit"))
        j++;
    if (j >= s->t1 || !ex_ty_small_num(a, j, v)) return 0;
    j++;
    if (j < s->t1 && (h = ex_hit_at(a, j, LEX_SCALE)) != NULL) {
        *v = ex_ty_round(*v * h->entry->num);
        j = h->t1;
    }
    *cur = "";
    if (j < s->t1 &&
        (ex_tok_is(a, j, "cts") || ex_tok_is(a, j, "ct") || ex_tok_is(a, j, "cents"))) {
        *v = ex_ty_round(*v / 100);
        *cur = a->dollar;
        j++;
    } else if (j < s->t1 &&
               (ex_tok_is(a, j, "dlrs") || ex_tok_is(a, j, "dls") || ex_tok_is(a, j, "dlr"))) {
        *cur = a->dollar;
        j++;
    } else if (j < s->t1 && ex_tok_is(a, j, "p") && !(ex_tk(a, j)->flags & EXTRACT_TOK_SPACE)) {
        /* "Shr 5.95p vs 4.41p": pence, to a hundredth of a penny */
        *v = (double)(long long)(*v * 100 + (*v < 0 ? -0.5 : 0.5)) / 10000;
        *cur = "GBP";
        j++;
    } else if (j < s->t1 && (h = ex_hit_at(a, j, LEX_CURRENCY)) != NULL && !h->entry->sym) {
        *cur = h->entry->value; /* "Net profit 35.4 billion won vs 34.2 billion", "crowns" */
        j = h->t1;
    }
    if (loss) *v = -*v;
    *i = j;
    return 1;
}

/* The period of a results table whose headline names none, from the first line of the body:
 * "Qtr ended March 31" (a calendar quarter), "Year ended December 31". */
static int ty_body_period(const art_t *a, const sent_t *s, char *out, size_t cap)
{
    size_t lo = ex_dateline_end(a, s);
    for (size_t i = lo; i + 2 < s->t1 && i < lo + 3; i++) {
        int q = ex_tok_is(a, i, "qtr") || ex_tok_is(a, i, "quarter");
        int y = ex_tok_is(a, i, "year");
        if ((!q && !y) || !(ex_tok_is(a, i + 1, "ended") || ex_tok_is(a, i + 1, "ending")))
            continue;
        const extract_tok_t *mt = ex_tk(a, i + 2);
        int m = date_month_of(a->text + mt->off, mt->len),
            month = a->dateline[0] ? atoi(a->dateline + 5) : 12;
        if (!m || !a->year) return 0;
        int ye = m <= month ? a->year : a->year - 1;
        if (q && m % 3 == 0)
            snprintf(out, cap, "Q%d %d", m / 3, ye);
        else if (y)
            snprintf(out, cap, "FY%d", ye);
        else
            return 0;
        return 1;
    }
    return 0;
}

/* "Fiscal 1986 ended January 31, 1987", "fiscal 1987 ends January 31, 1988": the name a story
 * gives the fiscal year that closes in month m of year y (retailers name a year closing in
 * January by the calendar year before); y when the story names none. */
static int ty_fiscal_named(const art_t *a, int m, int y)
{
    static const char *const ended[] = {"ended", "ends", "ending", NULL};
    /* (a note of the fiscal year comes in a table story's first words: the search is bounded
     * so a table's rows, each asking it, stay linear) */
    size_t hi = a->toks.n < 2000 ? a->toks.n : 2000;
    for (long i = ex_ty_find_one(a, 0, hi, "fiscal"); i >= 0;
         i = ex_ty_find_one(a, (size_t)i + 1, hi, "fiscal")) {
        size_t k = (size_t)i + 1;
        if (k + 4 >= a->toks.n || !(ex_tk(a, k)->flags & EXTRACT_TOK_NUM) ||
            !ex_ty_is(a, k + 1, ended))
            continue;
        double named = ex_parse_num(a, k);
        const extract_tok_t *mt = ex_tk(a, k + 2);
        if (date_month_of(a->text + mt->off, mt->len) != m) continue;
        size_t j = k + 3;
        if (j < a->toks.n && (ex_tk(a, j)->flags & EXTRACT_TOK_NUM) && ex_parse_num(a, j) <= 31)
            j++;
        if (j < a->toks.n && ex_tok_is(a, j, ",")) j++;
        if (j >= a->toks.n || !(ex_tk(a, j)->flags & EXTRACT_TOK_NUM)) continue;
        if ((int)ex_parse_num(a, j) == y && (named == y || named == y - 1)) return (int)named;
    }
    return y;
}

/* The period of a results table from its headline: "4TH QTR", "1ST QTR", "YEAR", "NINE MTHS". */
static int ty_table_period(const art_t *a, const sent_t *head, char *out, size_t cap)
{
    static const char *const ord[] = {"1st", "2nd", "3rd", "4th", NULL};
    int q = 0, year = 0, end = 0; /* end: the month the period closes, when named */
    int half = 0;                 /* the month a half year closes, when named */
    int nine = 0, nine_end = 0;   /* "NINE MTHS DEC 31": nine months, and the month they close */
    for (size_t i = head->t0; i < head->t1; i++) {
        if (!q && !nine && (ex_tok_is(a, i, "nine") || ex_tok_is(a, i, "9")) && i + 1 < head->t1 &&
            (ex_tok_is(a, i + 1, "months") || ex_tok_is(a, i + 1, "mths"))) {
            nine = 1;
            size_t m = i + 2;
            if (m < head->t1 &&
                (ex_tok_is(a, m, "to") || ex_tok_is(a, m, "ended") || ex_tok_is(a, m, "ending")))
                m++;
            if (m < head->t1)
                nine_end = date_month_of(a->text + ex_tk(a, m)->off, ex_tk(a, m)->len);
            if (nine_end < 0) nine_end = 0;
        }
        size_t qt = 0;
        for (int k = 0; ord[k]; k++)
            if (ex_tok_is(a, i, ord[k]) && i + 1 < head->t1 &&
                (ex_tok_is(a, i + 1, "qtr") || ex_tok_is(a, i + 1, "quarter")))
                q = k + 1, qt = i + 1;
        /* "4TH" may be two tokens: 4 and TH */
        if ((ex_tk(a, i)->flags & EXTRACT_TOK_NUM) && i + 2 < head->t1 &&
            !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_SPACE) &&
            (ex_tok_is(a, i + 1, "th") || ex_tok_is(a, i + 1, "st") || ex_tok_is(a, i + 1, "nd") ||
             ex_tok_is(a, i + 1, "rd")) &&
            (ex_tok_is(a, i + 2, "qtr") || ex_tok_is(a, i + 2, "quarter"))) {
            double v = ex_parse_num(a, i);
            if (v >= 1 && v <= 4) q = (int)v, qt = i + 2;
        }
        /* "3RD QTR JAN 31 NET": the quarter of a fiscal year, closed at the month named */
        if (qt && qt + 2 < head->t1 && (ex_tk(a, qt + 2)->flags & EXTRACT_TOK_NUM)) {
            const extract_tok_t *mt = ex_tk(a, qt + 1);
            end = date_month_of(a->text + mt->off, mt->len);
        }
        if (ex_tok_is(a, i, "year") || (ex_tok_is(a, i, "fiscal") && !q)) year = 1;
        /* "SIX MONTHS TO DECEMBER 31", "SIX MTHS ENDED JAN 31": a half year, closed at the
         * month named */
        if (!q && !half && (ex_tok_is(a, i, "six") || ex_tok_is(a, i, "6")) && i + 3 < head->t1 &&
            (ex_tok_is(a, i + 1, "months") || ex_tok_is(a, i + 1, "mths")) &&
            (ex_tok_is(a, i + 2, "to") || ex_tok_is(a, i + 2, "ended") ||
             ex_tok_is(a, i + 2, "ending"))) {
            const extract_tok_t *mt = ex_tk(a, i + 3);
            half = date_month_of(a->text + mt->off, mt->len);
        }
        /* ("SIX MTHS DEC 31 NET": the month right after) */
        if (!q && !half && (ex_tok_is(a, i, "six") || ex_tok_is(a, i, "6")) && i + 3 < head->t1 &&
            (ex_tok_is(a, i + 1, "months") || ex_tok_is(a, i + 1, "mths")) &&
            (ex_tk(a, i + 3)->flags & EXTRACT_TOK_NUM)) {
            const extract_tok_t *mt = ex_tk(a, i + 2);
            int m = date_month_of(a->text + mt->off, mt->len);
            if (m > 0) half = m;
        }
    }
    if (!a->year || (!q && !year && !half && !nine)) return 0;
    int month = a->dateline[0] ? atoi(a->dateline + 5) : 12, y = a->year;
    if (!q && nine) {
        /* nine months closed in the latest such month on or before the report: a calendar
         * year's at September, else a fiscal year's, named by the year it closes in three
         * months on ("NINE MTHS DEC 31" told in February 1987: 9M FY1987) */
        int end = nine_end ? nine_end : 9, ye = end <= month ? y : y - 1;
        if (end == 9)
            snprintf(out, cap, "9M %d", ye);
        else
            snprintf(out, cap, "9M FY%d",
                     ty_fiscal_named(a, (end + 2) % 12 + 1, end + 3 > 12 ? ye + 1 : ye));
        return 1;
    }
    if (!q && half) {
        /* the half closed in the latest such month on or before the report: the second of a
         * calendar year at December, else the first of a fiscal year closing six months on */
        int ye = half <= month ? y : y - 1;
        if (half == 12 || half == 6)
            snprintf(out, cap, "H%d %d", half == 12 ? 2 : 1, ye);
        else
            snprintf(out, cap, "H1 FY%d", half + 6 > 12 ? ye + 1 : ye);
        return 1;
    }
    if (q && end && end != q * 3) {
        /* the quarter closed in the latest such month on or before the report; its fiscal
         * year closes 3 (4 - q) months later, and is named by that year, unless the story
         * names it otherwise ("NOTE: Fiscal 1986 ended January 31, 1987") */
        int ye = end <= month ? y : y - 1, fe = end + 3 * (4 - q);
        int fy = fe > 12 ? ye + 1 : ye;
        snprintf(out, cap, "Q%d FY%d", q, ty_fiscal_named(a, (fe - 1) % 12 + 1, fy));
    } else if (q) {
        if (q * 3 > month) y--;
        snprintf(out, cap, "Q%d %d", q, y);
    } else {
        if (month <= 4) y--;
        snprintf(out, cap, "FY%d", y);
    }
    return 1;
}

/* Emits the earnings of a results table in sentence s; returns 1 when it found one. */
/* The rows of a results table ("Shr 1.20 dlrs vs 1.10 dlrs") and their metrics. */
static const struct {
    const char *label, *metric;
} ty_rows[] = {{"shr", "eps"},
               {"net", "net_income"},
               {"revs", "revenue"},
               {"rev", "revenue"},
               {"sales", "revenue"},
               {"turnover", "revenue"},
               /* ("Oper net", "Oper shr": net income and EPS from operations, before
                * extraordinary items or discontinued operations; not operating income) */
               {"oper", "net_income"},
               {"pretax", "pretax_income"},
               {"pre", "pretax_income"},
               {NULL, NULL}};

/* Is sentence k a row of a results table: a row label, then a figure or "not given" ("Net
 * 788,099", "Shr not given", "Net loss 1.2 mln")? */
static int ty_row_line(const art_t *a, size_t k)
{
    if (k >= a->nsents) return 0;
    const sent_t *s = &a->sents[k];
    if (s->t1 - s->t0 < 2) return 0;
    int row = 0;
    static const char *const whose[] = {"group", "parent", "consolidated", NULL};
    size_t l0 = s->t0 + 2 < s->t1 && ex_ty_is(a, s->t0, whose) ? s->t0 + 1 : s->t0;
    for (size_t r = 0; ty_rows[r].label && !row; r++) row = ex_tok_is(a, l0, ty_rows[r].label);
    double v;
    /* ("Shr primary 3.61 dlrs", "Shr diluted 3.40 dlrs") */
    size_t f = l0 + 1;
    if (f + 1 < s->t1 &&
        (ex_tok_is(a, f, "primary") || ex_tok_is(a, f, "diluted") || ex_tok_is(a, f, "basic")))
        f++;
    return row && (ex_ty_small_num(a, f, &v) || ex_tok_is(a, f, "not") || ex_tok_is(a, f, "loss") ||
                   ex_tok_is(a, f, "profit"));
}

static int ty_table(art_t *a, const sent_t *s)
{
    static const char *const block_end[] = {"year", "mths", "months", "nine", "six", "12", NULL};
    event_t ev;
    int made = 0, rows_seen = 0, rows_vs = 0;
    ex_wl_t tmp;
    const ex_wl_t *labels = ex_wl_get_table(ty_rows, sizeof *ty_rows, &tmp);
    for (size_t i = s->t0; i < s->t1; i++) {
        int line_start = i == s->t0 || (ex_tk(a, i)->flags & EXTRACT_TOK_NL) ||
                         (i > s->t0 && ex_tok_is(a, i - 1, "-"));
        if (!line_start) continue;
        if (rows_seen && ex_ty_is(a, i, block_end)) break; /* the year-to-date block */
        /* ("Group shr 38.41 yen vs 52.17", "Parent net": the group's rows, a Japanese or
         * European table's) */
        static const char *const whose[] = {"group", "parent", "consolidated", NULL};
        if (i + 2 < s->t1 && ex_ty_is(a, i, whose) && ex_capword(a, i)) i++;
        /* most lines open with no row label: its hash says so before the labels are read */
        if (!labels->all && !ex_wl_tok_may(a, i, labels)) continue;
        long rk = ex_ty_entry(a, i, ty_rows, sizeof *ty_rows, labels);
        if (rk < 0) continue;
        const char *metric = ty_rows[rk].metric;
        size_t j = i + 1;
        if (ex_tok_is(a, i, "oper")) { /* "Oper net", "Oper shr" */
            if (j < s->t1 && ex_tok_is(a, j, "shr"))
                metric = "eps";
            else if (!(j < s->t1 && ex_tok_is(a, j, "net")))
                continue;
            j++;
        }
        /* "Pretax profit 30.12 mln stg vs 12.40 mln", "Pre-tax profit 11.6 mln vs 9.1 mln" */
        if (ex_tok_is(a, i, "pre")) {
            if (!(j + 1 < s->t1 && ex_tok_is(a, j, "-") && ex_tok_is(a, j + 1, "tax"))) continue;
            j += 2;
        }
        if (strcmp(metric, "pretax_income") == 0 && !(j < s->t1 && ex_tok_is(a, j, "profit")))
            continue;
        /* "Shr primary 1.12 dlrs vs 94 cts" (EPS); "Shr diluted ..." and "Shr fully diluted"
         * are another figure, left; "Net after tax 28.3 mln" */
        if (strcmp(metric, "eps") == 0 && j < s->t1 &&
            (ex_tok_is(a, j, "diluted") || ex_tok_is(a, j, "fully")))
            continue;
        if (strcmp(metric, "eps") == 0 && j < s->t1 &&
            (ex_tok_is(a, j, "primary") || ex_tok_is(a, j, "basic")))
            j++;
        if (strcmp(metric, "net_income") == 0 && j + 1 < s->t1 && ex_tok_is(a, j, "after") &&
            ex_tok_is(a, j + 1, "tax"))
            j += 2;
        double v, prior;
        const char *cur, *pcur;
        if (!ty_table_value(a, s, &j, &v, &cur)) continue;
        /* "Net 788,099" with no prior period (a company new to the market) counts when
         * another row of the block does */
        int vs = j < s->t1 && ex_tok_is(a, j, "vs");
        if (!vs && j < s->t1 && !(ex_tk(a, j)->flags & EXTRACT_TOK_NL)) continue;
        j += vs;
        rows_vs += vs;
        int have_prior = vs && ty_table_value(a, s, &j, &prior, &pcur);
        if (!made) {
            co_t c;
            if (!ex_ty_subject(a, s, i, &c)) return 0;
            party_t p = {c, "subject"};
            if (ex_make_event(a, &ev, EVENT_EARNINGS, &p, 1)) return 1;
            made = 1;
        }
        rows_seen++;
        event_record_t *r = event_add_record(&ev, "metrics");
        if (!r || event_record_set_str(r, "metric", metric) ||
            event_record_set_num(r, "value", v) ||
            (*cur && event_record_set_str(r, "currency", cur)))
            a->oom = 1;
        if (r && have_prior) {
            if (event_record_set_num(r, "prior", prior)) a->oom = 1;
            /* a prior a thousand times off is one read without its scale ("171.7 mlnK"):
             * no change from it */
            if (prior > 0 && v >= 0 && v < prior * 1000 && v * 1000 > prior) {
                double ch = (v - prior) / prior * 100;
                ch = ex_ty_round1(ch);
                if (event_record_set_num(r, "change_percent", ch)) a->oom = 1;
            }
        }
        i = j - 1;
    }
    if (!made) return 0;
    /* one row without a prior period: a table when the line before or after is a row too
     * ("Shr not given" / "Net 788,099" / "Revs 15.5 mln", each line its own sentence) */
    size_t k = (size_t)(s - a->sents);
    int table = rows_vs || rows_seen >= 2 ||
                (k < a->nsents && ((k > 0 && ty_row_line(a, k - 1)) || ty_row_line(a, k + 1)));
    if (!rows_seen || !table) {
        event_release(&ev);
        return 0;
    }
    char period[24];
    int have_period =
        a->nsents && (ty_table_period(a, &a->sents[0], period, sizeof period) ||
                      (a->nsents > 1 && ty_body_period(a, &a->sents[1], period, sizeof period)));
    /* "4TH QTR NET" over a quarter's rows, then a line "Year" and the year's rows (each line a
     * sentence of its own): the year's results, an event of their own whose period is the
     * year the fourth quarter closes ("Q4 1986" -> "FY1986", "Q4 FY1987" -> "FY1987") */
    size_t yk = k;
    while (yk > 0 && yk + 8 > k && ty_row_line(a, yk - 1)) yk--;
    if (have_period && period[0] == 'Q' && period[1] == '4' && yk > 0 &&
        a->sents[yk - 1].t1 == a->sents[yk - 1].t0 + 1 &&
        ex_tok_is(a, a->sents[yk - 1].t0, "year")) {
        const char *fy = strstr(period, "FY");
        char yp[24];
        snprintf(yp, sizeof yp, "%s", fy ? fy : "");
        if (!fy) snprintf(yp, sizeof yp, "FY%s", period + 3);
        snprintf(period, sizeof period, "%s", yp);
    }
    /* ... and "3RD QTR" over a quarter's rows, then "Nine mths" (or "2ND QTR", then "Six
     * mths") and its rows: the year to date, "9M FY1987" or "H1 1987" */
    static const char *const span_w[] = {"mths", "months", NULL};
    if (have_period && period[0] == 'Q' && (period[1] == '3' || period[1] == '2') && yk > 0 &&
        a->sents[yk - 1].t1 == a->sents[yk - 1].t0 + 2 &&
        ex_ty_is(a, a->sents[yk - 1].t0 + 1, span_w) &&
        ex_tok_is(a, a->sents[yk - 1].t0, period[1] == '3' ? "nine" : "six")) {
        char yp[24];
        snprintf(yp, sizeof yp, "%s %s", period[1] == '3' ? "9M" : "H1", period + 3);
        snprintf(period, sizeof period, "%s", yp);
    }
    if (have_period) ex_set_str(a, &ev, "period", period);
    ex_emit(a, s, &ev, ex_sentence_date(a, 0));
    return 1;
}

/* "Analysts had expected $1.30 per share, according to LSEG data" right after results that
 * gave EPS: the verdict from the two figures, into the results event. */
static void ty_expected_eps(art_t *a, const sent_t *s)
{
    static const char *const who[] = {"analysts", "analyst", NULL};
    static const char *const exp[] = {"expected",  "estimated", "forecast", "projected",
                                      "estimates", "estimate",  NULL};
    static const char *const share[] = {"share", NULL};
    static const char *const loss[] = {"loss", NULL};
    long e;
    /* (the results a share in the sentence before, or in the one before it: "... or 62 cts a
     * share ... . Sales rose eight pct ... . Wall Street analysts had expected the company to
     * earn about 56 cts a share") */
    if (s == a->sents || (s - 1)->seg != s->seg || ex_ty_find(a, s->t0, s->t1, who) < 0 ||
        (e = ex_ty_find(a, s->t0, s->t1, exp)) < 0 ||
        (ex_ty_find(a, (s - 1)->t0, (s - 1)->t1, share) < 0 &&
         !(s - 1 > a->sents && (s - 2)->seg == s->seg &&
           ex_ty_find(a, (s - 2)->t0, (s - 2)->t1, share) >= 0)))
        return;
    event_t *o = ex_seg_event(a, s->seg, EVENT_EARNINGS);
    const event_field_t *f = o ? event_get(o, "metrics") : NULL;
    if (!f || f->kind != EVENT_FIELD_LIST || event_get_str(o, "versus_expectations")) return;
    const event_field_t *v = NULL, *c = NULL;
    for (size_t i = 0; i < f->nitems && !v; i++) {
        const event_field_t *m = event_record_get(&f->items[i], "metric");
        if (m && m->kind == EVENT_FIELD_STR && strcmp(m->str, "eps") == 0)
            v = event_record_get(&f->items[i], "value"),
            c = event_record_get(&f->items[i], "currency");
    }
    if (!v || v->kind != EVENT_FIELD_NUM || !c || c->kind != EVENT_FIELD_STR) return;
    ty_amount_t am[4];
    size_t na = ex_ty_amounts(a, s, am, 4);
    /* ("Analysts had expected the maker of laboratory testing equipment to earn about 45 cts a
     * share": the company told between) */
    static const char *const earn[] = {"earn", "report", "post", NULL};
    size_t reach =
        ex_ty_find(a, (size_t)e, (size_t)e + 10 < s->t1 ? (size_t)e + 10 : s->t1, earn) >= 0 ? 14
                                                                                             : 6;
    for (size_t q = 0; q < na; q++) {
        if (am[q].t0 <= (size_t)e || am[q].t0 > (size_t)e + reach) continue;
        if (!am[q].per_share || strcmp(am[q].cur, c->str) != 0) return;
        /* ("had expected a loss of 20 cents per share") */
        double x = ex_ty_find(a, (size_t)e, am[q].t0, loss) >= 0 ? -am[q].v : am[q].v;
        double d = v->num - x;
        ex_set_str(a, o, "versus_expectations",
                   d > 0.005    ? "beat"
                   : d < -0.005 ? "miss"
                                : "in_line");
        return;
    }
}

/* Does [lo, hi) hold a figure (a sum or a percentage)? */
static int ty_figure_in(const art_t *a, size_t lo, size_t hi)
{
    for (size_t q = 0; q < a->nnums; q++)
        if (a->nums[q].t0 >= lo && a->nums[q].t0 < hi) return 1;
    return 0;
}

/* "reaffirmed its fiscal 2026 outlook, including organic net sales growth of 1% to 3% and
 * adjusted earnings per share of $3.10 to $3.25": an outlook of two metrics joined by "and",
 * each with its figures, is two; the second takes the first's direction and period. */
static void ty_guidance_list(art_t *a, const sent_t *s, size_t lo, size_t hi, size_t fw)
{
    ty_found_t ms[4];
    size_t nm = ty_find_metrics(a, fw, hi, 1, ms, 4);
    long and_at = -1;
    /* (the pair joined by "and", past a metric named on the way: "revenue of $2.30 billion to
     * $2.34 billion, up from its prior outlook of $2.15 billion to $2.22 billion, and non-GAAP
     * earnings per share of $5.85 to $5.95") */
    size_t k2 = 1;
    static const char *const prior_w[] = {"prior", "previous", "earlier", NULL};
    for (; k2 < nm && and_at < 0; k2++) {
        /* (only past the prior outlook a figure is compared with) */
        if (k2 > 1 && !(ms[k2 - 1].t0 > fw && ex_ty_is(a, ms[k2 - 1].t0 - 1, prior_w))) break;
        if (ty_figure_in(a, ms[k2 - 1].t1, ms[k2].t0) && ty_figure_in(a, ms[k2].t1, hi))
            and_at = ex_ty_find_one(a, ms[k2 - 1].t1, ms[k2].t0, "and");
    }
    if (and_at >= 0) k2--;
    if (and_at < 0 || ex_ty_find_one(a, (size_t)and_at, ms[k2].t0, ",") >= 0) {
        ty_guidance(a, s, lo, hi, fw);
        return;
    }
    size_t n0 = a->out->n;
    ty_guidance(a, s, lo, (size_t)and_at, fw);
    /* (the first merged into the same outlook the headline told: its direction) */
    const event_t *g = NULL;
    if (a->out->n == n0 + 1)
        g = &a->out->items[n0];
    else if (a->out->n == n0)
        g = ex_seg_event(a, s->seg, EVENT_GUIDANCE);
    if (!g || g->type != EVENT_GUIDANCE) return;
    n0 = a->out->n - 1;
    char dir[16] = "", period[24] = "";
    const char *d = event_get_str(g, "direction"), *p = event_get_str(g, "period");
    if (d) snprintf(dir, sizeof dir, "%s", d);
    if (p) snprintf(period, sizeof period, "%s", p);
    ty_guidance(a, s, (size_t)and_at + 1, hi, fw);
    if (a->out->n != n0 + 2) return;
    event_t *g2 = &a->out->items[n0 + 1];
    if (g2->type != EVENT_GUIDANCE) return;
    if (dir[0]) ex_set_str(a, g2, "direction", dir);
    if (period[0] && !event_get_str(g2, "period")) ex_set_str(a, g2, "period", period);
}

/* Verbs a result moves by, told after its metric ("revenue rose 17%", "adjusted earnings came
 * in at $1.12 a share"). */
static const char *const ty_moved[] = {
    "rose",    "fell",    "grew",    "jumped", "climbed", "increased", "decreased", "declined",
    "dropped", "slumped", "plunged", "slid",   "surged",  "tumbled",   "came",      NULL};

/* "For fiscal year 2026, Tessmere expects:" then "- Total revenue of $1.515 billion to $1.530
 * billion; and", "- Non-GAAP net income per diluted share of $3.30 to $3.40.": a bulleted
 * item under a line that opens an outlook (a forecast word, ending in ":") is an outlook,
 * not a result. Returns 1 when s is one (its guidance read). */
static int ty_outlook_item(art_t *a, const sent_t *s)
{
    if (s->t0 + 3 >= s->t1 || !ex_tok_is(a, s->t0, "-") || s == a->sents ||
        ty_forecast_word(a, s->t0, s->t1) >= 0)
        return 0;
    const sent_t *h = s - 1;
    /* (past the items before it, at most eight) */
    for (int n = 0; n < 8 && h > a->sents && h->seg == s->seg && ex_tok_is(a, h->t0, "-"); n++) h--;
    if (h->seg != s->seg || h->t1 <= h->t0 + 1 || !ex_tok_is(a, h->t1 - 1, ":") ||
        ty_forecast_word(a, h->t0, h->t1) < 0)
        return 0;
    size_t n0 = a->out->n;
    ty_guidance(a, s, s->t0, s->t1, s->t0);
    /* the period and the move the lines before tell: "Quelmont is raising its outlook for the
     * full year 2025. The company now expects:" */
    /* (the line before the ':' line only when it is no item of results: "- Free cash flow
     * increased to $301.5 million" moves no outlook) */
    const sent_t *h0 =
        h > a->sents && (h - 1)->seg == s->seg && !ex_tok_is(a, (h - 1)->t0, "-") ? h - 1 : h;
    static const char *const up[] = {"raising",   "raises",  "raised", "increasing", "increases",
                                     "increased", "lifting", "lifts",  "boosting",   NULL};
    static const char *const down[] = {"lowering", "lowers",  "lowered", "cutting",  "cuts",
                                       "reducing", "reduces", "reduced", "trimming", NULL};
    static const char *const keep[] = {"reaffirming", "reaffirms",  "reaffirmed",  "reiterating",
                                       "reiterates",  "reiterated", "maintaining", "maintains",
                                       "confirms",    "confirming", NULL};
    for (size_t i = n0; i < a->out->n; i++) {
        event_t *ev = &a->out->items[i];
        if (ev->type != EVENT_GUIDANCE || ev->source.offset != (long long)s->off) continue;
        char period[24];
        if (!event_get(ev, "period") && (ex_ty_period(a, h->t0, h->t1, 1, period, sizeof period) ||
                                         ex_ty_period(a, h0->t0, h0->t1, 1, period, sizeof period)))
            ex_set_str(a, ev, "period", period);
        const char *dir = event_get_str(ev, "direction");
        if (dir && strcmp(dir, "initiated") == 0) {
            /* (the move word a few words before the outlook's own word: "is raising its
             * outlook for the full year 2025") */
            for (const sent_t *q = h0; q <= h; q++) {
                long qf = ty_forecast_word(a, q->t0, q->t1);
                if (qf < 0) continue;
                size_t b = (size_t)qf > q->t0 + 4 ? (size_t)qf - 4 : q->t0;
                if (ex_ty_find(a, b, (size_t)qf, up) >= 0)
                    ex_set_str(a, ev, "direction", "raised");
                else if (ex_ty_find(a, b, (size_t)qf, down) >= 0)
                    ex_set_str(a, ev, "direction", "lowered");
                else if (ex_ty_find(a, b, (size_t)qf, keep) >= 0)
                    ex_set_str(a, ev, "direction", "reaffirmed");
            }
        }
    }
    return 1;
}

void ex_rule_results(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    (void)h;
    if (!ex_ty_sentence_ok(s)) return;
    ty_expected_eps(a, s);
    /* every result names a table row, a forecast word or a metric: most sentences none */
    ex_wl_t t1, t2, t3, t4;
    if (!ex_wl_may(a, s->t0, s->t1, ex_wl_get_table(ty_rows, sizeof *ty_rows, &t1)) &&
        !ex_wl_may(a, s->t0, s->t1, ex_wl_get(ty_forecast, &t2)) &&
        !ex_wl_may(a, s->t0, s->t1, ex_wl_get_table(ty_metrics, sizeof *ty_metrics, &t3)) &&
        !ex_wl_may(a, s->t0, s->t1, ex_wl_get(ty_results_word, &t4)) &&
        !ex_wl_may(a, s->t0, s->t1, ex_wl_get(ty_analysts, &t4)))
        return;
    if (ty_table(a, s)) return;
    if (ty_outlook_item(a, s)) return;
    size_t lo = s->t0;
    for (size_t i = s->t0; i <= s->t1; i++) {
        if (i < s->t1 && !ex_tok_is(a, i, ";")) continue;
        size_t hi = i;
        long fw = ty_forecast_word(a, lo, hi);
        /* "Operating profit growth will be 10% to 16% this year": a metric told in the future
         * with a range of growth is an outlook, "will" its forecast word */
        if (fw < 0) {
            ty_found_t m1[1];
            static const char *const will[] = {"will", NULL};
            long w = ty_find_metrics(a, lo, hi, 1, m1, 1)
                         ? ex_ty_find(a, m1[0].t1, m1[0].t1 + 3 < hi ? m1[0].t1 + 3 : hi, will)
                         : -1;
            for (size_t q = 0; w >= 0 && q + 1 < a->nnums && fw < 0; q++)
                if (a->nums[q].pct && a->nums[q + 1].pct && a->nums[q].t0 > (size_t)w &&
                    a->nums[q].t0 < (size_t)w + 6 && a->nums[q + 1].t0 == a->nums[q].t1 + 1)
                    fw = w;
        }
        /* "reported a 2% drop in revenue to $12.61 billion and forecast a 10% decline in
         * sales": the results before the forecast word, the outlook from it */
        ty_found_t before[1];
        /* (or a result told in a clause of its own before the outlook's: "third-quarter
         * revenue rose 17% to $2.31bn ..., and it lifted its full-year revenue outlook") */
        int split = fw >= 0 && ty_find_metrics(a, lo, (size_t)fw, 0, before, 1) &&
                    (ex_ty_find(a, lo, (size_t)fw, ty_reported) >= 0 ||
                     (ex_ty_find(a, before[0].t1, (size_t)fw, ty_moved) >= 0 &&
                      ex_ty_find_phrase(a, before[0].t1, (size_t)fw,
                                        (const char *const[]){", and it", ", and the company",
                                                              ", and raised", ", and lifted",
                                                              ", and cut", NULL},
                                        NULL) >= 0));
        if (split) {
            ty_earnings(a, s, lo, (size_t)fw);
            /* (from the verb's clause: "... and the chain lowered its annual sales forecast") */
            size_t glo = (size_t)fw;
            static const char *const joint[] = {"and", ",", "while", "as", NULL};
            for (size_t q = (size_t)fw; q > lo && q + 10 > (size_t)fw; q--)
                if (ex_ty_is(a, q - 1, joint)) {
                    glo = q;
                    break;
                }
            ty_guidance(a, s, glo, hi, (size_t)fw);
        } else if (fw >= 0) {
            /* "raised its full-year forecast after first-half sales rose 9.2%, beating
             * expectations": the outlook, then the results that moved it */
            static const char *const after[] = {"after", NULL};
            long af = ex_ty_find(a, (size_t)fw + 1, hi, after);
            ty_found_t res[1];
            /* (or a result with its change: "cut its full-year operating profit forecast by
             * 15% to 170 billion yen, after profit in the July-September quarter dropped 22%
             * to 38.5 billion yen") */
            if (af >= 0 &&
                (ty_find_metrics(a, (size_t)af + 1, hi, 0, res, 1) ||
                 ex_ty_find(a, (size_t)af + 1, hi, ty_results_word) >= 0) &&
                (ty_versus(a, (size_t)af + 1, hi) ||
                 (ty_find_metrics(a, (size_t)af + 1, hi, 0, res, 1) &&
                  ex_ty_find(a, res[0].t1, hi, ty_moved) >= 0))) {
                ty_guidance(a, s, lo, (size_t)af, (size_t)fw);
                ty_earnings(a, s, (size_t)af + 1, hi);
            } else {
                /* ("raised its 2023 revenue forecast to $3.30 billion to $3.36 billion ..., and
                 * lifted its adjusted earnings outlook to $5.40 to $5.55 a share": a second
                 * outlook in a clause of its own) */
                static const char *const and_v[] = {
                    ", and lifted",  ", and raised",     ", and cut",     ", and lowered",
                    ", and trimmed", ", and reaffirmed", ", and boosted", NULL};
                long j = ex_ty_find_phrase(a, (size_t)fw + 1, hi, and_v, NULL);
                long fw2 = j >= 0 ? ty_forecast_word(a, (size_t)j + 2, hi) : -1;
                if (fw2 >= 0 && (size_t)fw2 < (size_t)j + 9) {
                    ty_guidance_list(a, s, lo, (size_t)j, (size_t)fw);
                    char pbuf[24] = "";
                    if (!ex_ty_period(a, lo, (size_t)j, 1, pbuf, sizeof pbuf)) pbuf[0] = 0;
                    size_t n1 = a->out->n;
                    ty_guidance_list(a, s, (size_t)j + 2, hi, (size_t)fw2);
                    /* (its period the first clause's, when it names none) */
                    for (size_t q = n1; pbuf[0] && q < a->out->n; q++)
                        if (a->out->items[q].type == EVENT_GUIDANCE &&
                            !event_get_str(&a->out->items[q], "period"))
                            ex_set_str(a, &a->out->items[q], "period", pbuf);
                } else
                    ty_guidance_list(a, s, lo, hi, (size_t)fw);
            }
        } else if (!ty_analysts_expect(a, lo, hi)) {
            ty_earnings(a, s, lo, hi);
        }
        lo = i + 1;
    }
}

int ex_results_echo(const art_t *a, size_t k)
{
    const event_t *ev = &a->out->items[a->out_base + k];
    double p;
    int cx = 0;
    if (ev->type != EVENT_METRIC_CHANGE || ev->ncompanies != 1 || !event_get_num(ev, "percent", &p))
        return 0;
    event_get_bool(ev, "context", &cx);
    if (cx) return 0;
    for (size_t j = 0; a->out_base + j < a->out->n; j++) {
        const event_t *r = &a->out->items[a->out_base + j];
        if (r->type != EVENT_EARNINGS || a->ev_seg[j] != a->ev_seg[k] || r->ncompanies != 1 ||
            strcmp(r->companies[0].id, ev->companies[0].id) != 0)
            continue;
        const event_field_t *ms = event_get(r, "metrics");
        for (size_t m = 0; ms && ms->kind == EVENT_FIELD_LIST && m < ms->nitems; m++) {
            const event_field_t *c = event_record_get(&ms->items[m], "change_percent");
            if (c && c->kind == EVENT_FIELD_NUM && fabs(c->num - p) < 1e-9) return 1;
        }
    }
    return 0;
}
