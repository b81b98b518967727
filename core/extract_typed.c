/* extract_typed: what the rules of the v2 event types share. The company a
 * sentence is about, money amounts (per-share ones too), signed percentages
 * next to a word, fiscal periods ("Q2 FY2025", "FY2024"), capitalised person
 * names, and the cues of a past event mentioned only as context. */
#include "extract_int.h"

#include "date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How far into an article a fiscal quarter's end is looked for. */
#define EX_TY_FISCAL_SPAN 5000

double ex_ty_round(double v)
{
    /* 4.1 mln is 4100000, not 4099999.9999999995 */
    double r = v < 0 ? -v : v;
    /* v * 1e4 must be exact in a double (2^53, 9.0e15): larger figures are rounded to units
     * (4,214.9 billion is 4214900000000, not 4214899999999.999), and those too large for a
     * long long keep their digits as read */
    if (r >= 1 && r < 1e11) return (double)(long long)(v * 1e4 + (v < 0 ? -0.5 : 0.5)) / 1e4;
    if (r >= 1e11 && r < 9e18) return (double)(long long)(v + (v < 0 ? -0.5 : 0.5));
    /* below one, to 15 significant digits: 5.2 pence is 0.052, not 0.052000000000000005 */
    if (r > 0 && r < 1) {
        char b[40];
        snprintf(b, sizeof b, "%.15g", v);
        return strtod(b, NULL);
    }
    return v;
}

double ex_ty_round1(double v)
{
    /* a change of 12.345% is 12.3; a figure too large for a long long stays as it is */
    double r = v < 0 ? -v : v;
    if (r < 1e17) return (double)(long long)(v * 10 + (v >= 0 ? 0.5 : -0.5)) / 10;
    return v;
}

/* The word-by-word reading of ex_ty_is, for lists the hashes cannot describe. */
static int ty_is_plain(const art_t *a, size_t i, const char *const *words)
{
    const extract_tok_t *t = ex_tk(a, i);
    const unsigned char *p = (const unsigned char *)a->text + t->off;
    size_t len = t->len;
    if (!len) {
        for (; *words; words++)
            if (!**words) return 1;
        return 0;
    }
    unsigned char c0 = ex_fold_c(p[0]);
    for (; *words; words++) {
        const char *w = *words;
        if (!w[0] || ex_fold_c((unsigned char)w[0]) != c0) continue;
        size_t k = 1;
        while (k < len && w[k] && ex_fold_c(p[k]) == ex_fold_c((unsigned char)w[k])) k++;
        if (k == len && !w[k]) return 1;
    }
    return 0;
}

/* Returns 1 when token i is one of the whole words of w (the hashes of words, borrowed). */
static int ty_is_hashed(const art_t *a, size_t i, const char *const *words, const ex_wl_t *w)
{
    if (!ex_wl_tok_may(a, i, w)) return 0;
    uint64_t h = ex_tk(a, i)->h;
    /* the words of the token's hash, by the list's index (not a scan of the list) */
    for (unsigned at = ex_wl_at_slot(h);; at = (at + 1) & (2 * EX_WL_MAX - 1)) {
        unsigned k1 = w->at[at];
        if (!k1) return 0;
        uint32_t k = k1 - 1;
        /* (the word read where it stands, not measured first: ex_ty_phrase of a word) */
        if (w->h[k] == h && !((w->multi[k >> 6] >> (k & 63)) & 1) &&
            ex_ty_phrase(a, i, i + 1, words[k]))
            return 1;
    }
}

int ex_ty_is(const art_t *a, size_t i, const char *const *words)
{
    if (ex_wl_absent(a, i, i + 1, words)) return 0;
    ex_wl_t tmp;
    const ex_wl_t *w = ex_wl_get(words, &tmp);
    return w->all ? ty_is_plain(a, i, words)
                  : ex_wl_tok_may(a, i, w) && ty_is_hashed(a, i, words, w);
}

int ex_ty_remedy_sale(const art_t *a, const sent_t *s, size_t at)
{
    static const char *const offer[] = {"offering to", "offered to", "pledged to", "promised to",
                                        NULL};
    static const char *const approval[] = {"antitrust", "clearance",   "concessions",
                                           "remedies",  "competition", NULL};
    size_t lo = at > s->t0 + 3 ? at - 3 : s->t0;
    return ex_ty_find_phrase(a, lo, at, offer, NULL) >= 0 &&
           ex_ty_find(a, s->t0, at, approval) >= 0;
}

long ex_ty_find(const art_t *a, size_t lo, size_t hi, const char *const *words)
{
    if (lo >= hi || ex_wl_absent(a, lo, hi, words)) return -1;
    ex_wl_t tmp;
    const ex_wl_t *w = ex_wl_get(words, &tmp);
    if (w->all) {
        for (size_t i = lo; i < hi; i++)
            if (ty_is_plain(a, i, words)) return (long)i;
        return -1;
    }
    if (!ex_wl_may(a, lo, hi, w)) return -1;
    for (size_t i = lo; i < hi; i++)
        if (ex_wl_tok_may(a, i, w) && ty_is_hashed(a, i, words, w)) return (long)i;
    return -1;
}

long ex_ty_find_last(const art_t *a, size_t lo, size_t hi, const char *const *words)
{
    long r = -1;
    for (long q = ex_ty_find(a, lo, hi, words); q >= 0; q = ex_ty_find(a, (size_t)q + 1, hi, words))
        r = q;
    return r;
}

int ex_ty_phrase(const art_t *a, size_t i, size_t hi, const char *phrase)
{
    /* each word is compared where it stands in the phrase, never copied or measured
     * first: most phrases differ from the token at their first byte */
    const char *p = phrase;
    for (;;) {
        while (*p == ' ') p++;
        if (!*p) break;
        if (i >= hi) return 0;
        const extract_tok_t *t = ex_tk(a, i);
        const unsigned char *q = (const unsigned char *)a->text + t->off;
        size_t k = 0;
        while (k < t->len && p[k] && p[k] != ' ' &&
               ex_fold_c(q[k]) == ex_fold_c((unsigned char)p[k]))
            k++;
        if (k != t->len || (p[k] && p[k] != ' ')) return 0;
        p += k;
        i++;
    }
    return (int)i;
}

long ex_ty_find_phrase(const art_t *a, size_t lo, size_t hi, const char *const *phrases,
                       size_t *end)
{
    if (lo >= hi || ex_wl_absent(a, lo, hi, phrases)) return -1;
    ex_wl_t tmp;
    const ex_wl_t *w = ex_wl_get(phrases, &tmp);
    if (!w->all && !ex_wl_may(a, lo, hi, w)) return -1;
    for (size_t i = lo; i < hi; i++) {
        if (!w->all && !ex_wl_tok_may(a, i, w)) continue;
        uint64_t h = ex_tk(a, i)->h;
        if (!w->all) {
            /* only the phrases whose first word is the token's (the list's index by hash
             * meets them in list order) */
            for (unsigned at = ex_wl_at_slot(h); w->at[at]; at = (at + 1) & (2 * EX_WL_MAX - 1)) {
                uint32_t k = w->at[at] - 1u;
                if (w->h[k] != h) continue;
                int e = ex_ty_phrase(a, i, hi, phrases[k]);
                if (e) {
                    if (end) *end = (size_t)e;
                    return (long)i;
                }
            }
            continue;
        }
        for (size_t k = 0; phrases[k]; k++) {
            int e = ex_ty_phrase(a, i, hi, phrases[k]);
            if (e) {
                if (end) *end = (size_t)e;
                return (long)i;
            }
        }
    }
    return -1;
}

long ex_ty_entry(const art_t *a, size_t i, const void *table, size_t stride, const ex_wl_t *w)
{
    const char *base = table;
    if (w->all) {
        for (size_t k = 0; *(const char *const *)(const void *)(base + k * stride); k++)
            if (ex_tok_is(a, i, *(const char *const *)(const void *)(base + k * stride)))
                return (long)k;
        return -1;
    }
    if (!ex_wl_tok_may(a, i, w)) return -1;
    uint64_t h = ex_tk(a, i)->h;
    for (unsigned at = ex_wl_at_slot(h); w->at[at]; at = (at + 1) & (2 * EX_WL_MAX - 1)) {
        uint32_t k = w->at[at] - 1u;
        if (w->h[k] == h &&
            ex_tok_is(a, i, *(const char *const *)(const void *)(base + k * stride)))
            return (long)k;
    }
    return -1;
}

long ex_ty_find_one(const art_t *a, size_t lo, size_t hi, const char *phrase)
{
    /* a token the phrase's first word (ASCII) can be has the word's hash: the others are
     * passed without reading their bytes (a curly mark hashes as ASCII: such a word, or an
     * empty phrase, is read at every token) */
    const char *p = phrase;
    size_t n = 0;
    int ascii = 1;
    while (*p == ' ') p++;
    for (; p[n] && p[n] != ' '; n++)
        if ((unsigned char)p[n] >= 0x80) ascii = 0;
    int any = !ascii || !n;
    uint64_t h = extract_tok_hash(p, n);
    for (size_t i = lo; i < hi; i++)
        if ((any || ex_tk(a, i)->h == h) && ex_ty_phrase(a, i, hi, phrase)) return (long)i;
    return -1;
}

int ex_ty_subject(art_t *a, const sent_t *s, size_t at, co_t *out)
{
    static const char *const it[] = {"it", NULL};
    size_t cut = at;
    long k = ex_ment_no_backer(a, ex_ment_before(a, at, s->t0), s->t0, &cut);
    /* ("Brandt, which bought Fjell Kraft in 2024, confirmed its target": not the company
     * inside the relative clause) */
    k = ex_ment_outside_rel(a, k, s->t0, at);
    /* ("Gulbene Insurance Group, the property-casualty unit of Aluksne Corp, said ... its net
     * income": the company the appositive describes) */
    k = ex_ment_outside_appos(a, k, s->t0, at);
    /* ("The company, which licensed European rights to Novenza AG in 2024, forecast peak
     * sales": a company inside the relative clause of a description is none) */
    if (k >= 0 && ex_tok_is(a, s->t0, "the") && s->t0 + 4 < a->ments[k].t0) {
        long wh = ex_ty_find_one(a, s->t0 + 1, s->t0 + 5, ",");
        if (wh > 0 && (size_t)wh + 1 < a->ments[k].t0 &&
            (ex_tok_is(a, (size_t)wh + 1, "which") || ex_tok_is(a, (size_t)wh + 1, "who")) &&
            ex_ty_find_one(a, a->ments[k].t1, at, ",") >= 0 &&
            ex_resolve_desc(a, s, s->t0, (size_t)wh, NULL, 0, out))
            return 1;
    }
    /* "UBS will cut jobs as it integrates Credit Suisse's bank, as it reported a profit":
     * "it" after the nearest name stands for the sentence's first */
    static const char *const rel[] = {"which", "that", "who", ",", NULL};
    if (k > 0) {
        /* ... when "it" is a subject a few words before, not inside a
         * relative clause ("Activision, which it bought last year, reported") */
        size_t from = at > a->ments[k].t1 + 8 ? at - 8 : a->ments[k].t1;
        long itk = ex_ty_find(a, from, at, it);
        long f = ex_ment_after(a, s->t0, s->t1);
        if (itk > (long)s->t0 && !ex_ty_is(a, (size_t)itk - 1, rel) && f >= 0 && f < k) k = f;
    }
    /* ("The San Diego-based company, backed by Oakline Partners, filed": the description) */
    if (k < 0 && cut < at && ex_resolve_desc(a, s, s->t0, cut, NULL, 0, out)) return 1;
    /* ("The chip designer said it would use $150 million to repurchase its own shares and ...
     * to fund the purchase of Arclight Systems": a description before the verb, not a company
     * after it) */
    if (k < 0 && at > s->t0 && ex_tok_is(a, s->t0, "the") &&
        ex_resolve_desc(a, s, s->t0, s->t0 + 4 < at ? s->t0 + 4 : at, NULL, 0, out))
        return 1;
    /* ("For the full year, the regional carrier earned": past an opening phrase and its
     * comma) */
    long oc = k < 0 && at > s->t0 + 2
                  ? ex_ty_find_one(a, s->t0 + 1, at < s->t0 + 8 ? at : s->t0 + 8, ",")
                  : -1;
    if (oc > 0 && (size_t)oc + 2 < at && ex_tok_is(a, (size_t)oc + 1, "the") &&
        ex_resolve_desc(a, s, (size_t)oc + 1, (size_t)oc + 5 < at ? (size_t)oc + 5 : at, NULL, 0,
                        out))
        return 1;
    /* ("It plans to close 85 of its 212 stores and has lined up financing from its lenders,
     * led by Wells Fargo & Co": "it" opening the sentence, not a company after the verb) */
    if (k < 0 && at > s->t0 && ex_tok_is(a, s->t0, "it") &&
        ex_resolve_desc(a, s, s->t0, s->t0 + 1, NULL, 0, out))
        return 1;
    if (k < 0) k = ex_ment_after(a, at, s->t1);
    if (k >= 0) {
        *out = a->ments[k].co;
        return 1;
    }
    if (ex_resolve_desc(a, s, s->t0, at > s->t0 ? at : s->t1, NULL, 0, out)) return 1;
    /* ("- Plan to close 41 of its 178 stores", a release's highlight: the issuer's, not the
     * company a subheadline named last) */
    const extract_tok_t *t0 = ex_tk(a, s->t0);
    int bullet = (t0->len == 1 && (a->text[t0->off] == '-' || a->text[t0->off] == '*')) ||
                 (t0->len == 3 && memcmp(a->text + t0->off, "\xe2\x80\xa2", 3) == 0);
    if (bullet && s->seg == 0 && ex_article_subject(a, out)) return 1;
    if (s->seg == 0 && a->have_subj) {
        *out = a->last_subj;
        return 1;
    }
    return s->seg == 0 && ex_article_subject(a, out);
}

int ex_ty_subject_strict(art_t *a, const sent_t *s, size_t at, co_t *out)
{
    static const char *const pron[] = {
        "it",         "its",       "the",       "this",  "that",    "he", "she", "they",
        "separately", "meanwhile", "elsewhere", "also",  "at",      "in", "on",  "for",
        "after",      "during",    "earlier",   "later", "company", NULL};
    /* (not a backer or a leader told after "by": "from its lenders, led by Kingsbridge
     * Credit Partners, and would close 85 of its stores") */
    size_t cut = at;
    long k = ex_ment_no_backer(a, ex_ment_before(a, at, s->t0), s->t0, &cut);
    if (k >= 0) {
        *out = a->ments[k].co;
        return 1;
    }
    if (cut < at) return ex_ty_subject(a, s, at, out);
    /* a sentence that opens with a name we do not know is about that name */
    if (!ex_ty_is(a, s->t0, pron) && (ex_tk(a, s->t0)->flags & EXTRACT_TOK_CAP)) return 0;
    return ex_ty_subject(a, s, at, out);
}

/* Words for small numbers in ratios ("three-for-one"). */
static const char *const ty_numwords[] = {"zero", "one",    "two",    "three", "four",
                                          "five", "six",    "seven",  "eight", "nine",
                                          "ten",  "eleven", "twelve", NULL};

int ex_ty_small_num(const art_t *a, size_t i, double *v)
{
    const extract_tok_t *t = ex_tk(a, i);
    if (t->flags & EXTRACT_TOK_NUM) {
        *v = ex_parse_num(a, i);
        return 1;
    }
    for (int k = 0; ty_numwords[k]; k++)
        if (ex_tok_is(a, i, ty_numwords[k])) {
            *v = k;
            return 1;
        }
    if (ex_tok_is(a, i, "fifteen")) return *v = 15, 1;
    if (ex_tok_is(a, i, "twenty")) return *v = 20, 1;
    if (ex_tok_is(a, i, "thirty")) return *v = 30, 1;
    if (ex_tok_is(a, i, "fifty")) return *v = 50, 1;
    return 0;
}

size_t ex_ty_amounts(const art_t *a, const sent_t *s, ty_amount_t *out, size_t max)
{
    size_t n = 0;
    for (size_t i = s->t0; i < s->t1 && n < max; i++) {
        const extract_tok_t *t = ex_tk(a, i);
        const extract_lex_hit_t *h;
        /* ("a dividend of five cts a share": a small number in words before its unit) */
        static const char *const unit[] = {"cts", "cents", "cent", "ct", "dlrs", "dlr", NULL};
        double wv = 0;
        int word = !(t->flags & EXTRACT_TOK_NUM) && i + 1 < s->t1 && ex_ty_is(a, i + 1, unit) &&
                   (t->flags & EXTRACT_TOK_LOWER) && ex_ty_small_num(a, i, &wv) && wv > 0;
        if (!(t->flags & EXTRACT_TOK_NUM) && !word) continue;
        ty_amount_t m;
        memset(&m, 0, sizeof m);
        m.v = word ? wv : ex_parse_num(a, i);
        m.t0 = i;
        size_t j = i + 1;
        size_t st = i;
        const char *cur = ex_cur_before(a, s, i, &st);
        m.t0 = st;
        if ((h = ex_hit_at(a, j, LEX_SCALE)) != NULL &&
            !(h->entry->phrase[1] == 0 && (ex_tk(a, j)->flags & EXTRACT_TOK_SPACE))) {
            m.v = ex_ty_round(m.v * h->entry->num);
            j = h->t1;
        }
        if (!cur && (h = ex_hit_at(a, j, LEX_CURRENCY)) != NULL && !h->entry->sym &&
            (cur = ex_cur_value(a, h->entry)) != NULL) {
            j = h->t1;
            /* ("a final dividend of 2.25 euro cents": the currency's cents) */
            if (j < s->t1 && (ex_tok_is(a, j, "cents") || ex_tok_is(a, j, "cent"))) {
                m.v = ex_ty_round(m.v / 100);
                j++;
            }
        }
        if (!cur && j < s->t1 &&
            (ex_tok_is(a, j, "cents") || ex_tok_is(a, j, "cent") || ex_tok_is(a, j, "cts") ||
             ex_tok_is(a, j, "ct"))) {
            cur = a->dollar ? a->dollar : "USD";
            m.v = ex_ty_round(m.v / 100);
            j++;
        }
        /* "9 Australian cents", "25 euro cents" */
        static const struct {
            const char *adj, *cur;
        } cents_of[] = {{"australian", "AUD"}, {"canadian", "CAD"}, {"singapore", "SGD"},
                        {"euro", "EUR"},       {"hong", "HKD"},     {"zealand", "NZD"}};
        for (size_t c = 0; !cur && j + 1 < s->t1 && c < sizeof cents_of / sizeof cents_of[0]; c++)
            if (ex_tok_is(a, j, cents_of[c].adj)) {
                size_t ce = j + 1;
                if (ce + 1 < s->t1 && (ex_tok_is(a, ce, "kong") || ex_tok_is(a, ce, "zealand")))
                    ce++;
                if (ex_tok_is(a, ce, "cents") || ex_tok_is(a, ce, "cent")) {
                    cur = cents_of[c].cur;
                    m.v = ex_ty_round(m.v / 100);
                    j = ce + 1;
                }
            }
        /* "4.5p", "4.5 pence": pence sterling */
        if (!cur && j < s->t1 &&
            (ex_tok_is(a, j, "pence") || ex_tok_is(a, j, "penny") ||
             (ex_tok_is(a, j, "p") && !(ex_tk(a, j)->flags & EXTRACT_TOK_SPACE)))) {
            cur = "GBP";
            m.v = ex_ty_round(m.v / 100);
            j++;
        }
        /* "between 810 million and 830 million pounds", "810 to 830 million pounds": the
         * first bound of a range takes the second's currency (and its scale, when it has none) */
        /* (not a year, nor a day after its month: "for 1986 to 1.14 billion stg", "ended
         * January 28 to 285 mln dlrs"; "and" only after "between": "1,000 and 5,000 stg" are
         * two figures) */
        const extract_tok_t *pt = i > s->t0 ? ex_tk(a, i - 1) : NULL;
        int yearish = t->len == 4 && m.v >= 1900 && m.v <= 2100;
        int dayish =
            pt && (pt->flags & EXTRACT_TOK_CAP) && date_month_of(a->text + pt->off, pt->len);
        if (!cur && !yearish && !dayish && j + 1 < s->t1 &&
            ((ex_tok_is(a, j, "and") && i > s->t0 && ex_tok_is(a, i - 1, "between")) ||
             ex_tok_is(a, j, "to") || ex_tok_is(a, j, "-")) &&
            (ex_tk(a, j + 1)->flags & EXTRACT_TOK_NUM)) {
            size_t k = j + 2, st2;
            double sc = 1;
            const char *c2 = ex_cur_before(a, s, j + 1, &st2);
            if ((h = ex_hit_at(a, k, LEX_SCALE)) != NULL) sc = h->entry->num, k = h->t1;
            if (!c2 && (h = ex_hit_at(a, k, LEX_CURRENCY)) != NULL && !h->entry->sym &&
                (c2 = ex_cur_value(a, h->entry)) != NULL)
                k = h->t1;
            if (c2 && sc > 1 && m.v == ex_parse_num(a, i) && m.v < 1000)
                m.v = ex_ty_round(m.v * sc);
            /* ("17-19 dlrs a share": the first bound is a price a share too) */
            if (c2 && k < s->t1 &&
                (ex_tok_is(a, k, "each") ||
                 (k + 1 < s->t1 && (ex_tok_is(a, k, "a") || ex_tok_is(a, k, "per")) &&
                  ex_tok_is(a, k + 1, "share"))))
                m.per_share = 1;
            cur = c2;
        }
        if (!cur) continue;
        ex_copy(m.cur, sizeof m.cur, cur);
        /* "25 cts per unit": what a unit of a partnership or a trust pays, as a share */
        if (j + 1 < s->t1 && (ex_tok_is(a, j, "a") || ex_tok_is(a, j, "per")) &&
            (ex_tok_is(a, j + 1, "share") || ex_tok_is(a, j + 1, "unit"))) {
            m.per_share = 1;
            j += 2;
        } else if (j + 1 < s->t1 && ex_tok_is(a, j, "each") && i > s->t0) {
            m.per_share = 1;
            j++;
        } else if (j + 4 < s->t1 && ex_tok_is(a, j, "per") &&
                   (ex_tk(a, j + 1)->flags & EXTRACT_TOK_NUM) && ex_tok_is(a, j + 2, "-") &&
                   ex_tok_is(a, j + 4, "share")) {
            /* ("10 marks per 50-mark share": a German share named by its face value) */
            m.per_share = 1;
            j += 5;
        }
        m.t1 = j;
        i = j - 1;
        /* a share's face value is no sum paid: "its 1.66 dlr par value common stock", "a par
         * value of 10 cts" */
        if ((j < s->t1 && ex_tok_is(a, j, "par")) ||
            (m.t0 >= s->t0 + 3 && ex_tok_is(a, m.t0 - 1, "of") && ex_tok_is(a, m.t0 - 2, "value") &&
             ex_tok_is(a, m.t0 - 3, "par")))
            continue;
        out[n++] = m;
    }
    return n;
}

static const char *const ty_up[] = {
    "up",       "rose",    "rise",   "rises",    "risen", "climbed", "climb",  "increased",
    "increase", "gained",  "jumped", "jump",     "grew",  "growth",  "higher", "raised",
    "raises",   "raise",   "lifted", "lifts",    "hiked", "boosted", "soared", "surged",
    "advanced", "rallied", "spiked", "improved", "grown", NULL};
static const char *const ty_down[] = {
    "down",    "fell",    "fall",    "falls",      "declined", "decline", "decreased", "decrease",
    "dropped", "drop",    "lower",   "slid",       "cut",      "cuts",    "slashed",   "reduced",
    "lowered", "plunged", "tumbled", "shrank",     "sank",     "halved",  "slumped",   "slipped",
    "dipped",  "fallen",  "shrunk",  "contracted", NULL};

int ex_ty_sign(const art_t *a, size_t lo, size_t hi)
{
    int sign = 0;
    for (size_t i = lo; i < hi; i++) {
        if (ex_ty_is(a, i, ty_up)) sign = 1;
        if (ex_ty_is(a, i, ty_down)) sign = -1;
    }
    return sign;
}

/* Ordinals of quarters and halves. */
static int ty_ordinal(const art_t *a, size_t i)
{
    static const char *const ord[] = {"first", "second", "third", "fourth", NULL};
    for (int k = 0; ord[k]; k++)
        if (ex_tok_is(a, i, ord[k])) return k + 1;
    return 0;
}

/* A four-digit year at token i (1990..2099), or 0. */
static int ty_year(const art_t *a, size_t i)
{
    const extract_tok_t *t = ex_tk(a, i);
    if (!(t->flags & EXTRACT_TOK_NUM) || t->len != 4) return 0;
    double y = ex_parse_num(a, i);
    return y >= 1990 && y <= 2099 ? (int)y : 0;
}

/* The year at token i: ty_year's, or one within five years of the article's own ("the year
 * ending February 28, 1987" told in 1987). */
static int ty_year_near(const art_t *a, size_t i)
{
    int y = ty_year(a, i);
    if (y || !a->year || !(ex_tk(a, i)->flags & EXTRACT_TOK_NUM) || ex_tk(a, i)->len != 4) return y;
    double v = ex_parse_num(a, i);
    return v >= a->year - 5 && v <= a->year + 5 ? (int)v : 0;
}

/* Is a year (ty_year_near's) written in [lo, hi)? */
static int ty_year_in(const art_t *a, size_t lo, size_t hi)
{
    for (size_t i = lo; i < hi; i++)
        if (ty_year_near(a, i)) return 1;
    return 0;
}

/* ("expects to report first quarter earnings of": the quarter just over) */
static const char *const ty_to_report[] = {"to report", "to post", NULL};
static const char *const ty_quarter_w[] = {"quarter", "qtr", NULL};

/* A 52-53-week period "ended July 1, 2023" or "ended January 3, 2021" closes the month
 * before (June, December 2020): a period ended on one of a month's first seven days is the
 * previous month's. i is the month's token; *endm and *endy (0 when not named) are updated. */
static void ty_end_early(const art_t *a, size_t i, size_t hi, int *endm, int *endy)
{
    size_t dk = i + 1;
    if (dk < hi && ex_tok_is(a, dk, ".")) dk++;
    if (!*endm || dk >= hi || !(ex_tk(a, dk)->flags & EXTRACT_TOK_NUM)) return;
    double d = ex_parse_num(a, dk);
    if (d < 1 || d > 7) return;
    if (*endm == 1) {
        *endm = 12;
        if (*endy) (*endy)--;
    } else {
        (*endm)--;
    }
}

int ex_ty_period(const art_t *a, size_t lo, size_t hi, int future, char *out, size_t cap)
{
    int q = 0, half = 0, full = 0, fiscal = 0, year = 0, endm = 0, endy = 0, qended = 0;
    int ended = 0;             /* the period's end told as past ("ended"), not to come ("ending") */
    size_t prior = (size_t)-1; /* "to $28.25bn from a record $39.9bn in 2022": the prior's */
    int prior_far = 0;         /* (", compared with" and two figures before its period) */
    for (size_t i = lo; i < hi; i++) {
        int y = ty_year(a, i);
        /* (a year of the wire's own time named as a year: "for the full year 1986", "the
         * fiscal year 1986") */
        if (!y && i > lo + 1 && ex_tok_is(a, i - 1, "year") &&
            (ex_tok_is(a, i - 2, "full") || ex_tok_is(a, i - 2, "fiscal")))
            y = ty_year_near(a, i);
        /* "the quarter ended June 30[, 2026]": the month a period ends in */
        if (!endm && i + 1 < hi &&
            (ex_tok_is(a, i, "ended") || ex_tok_is(a, i, "ending") || ex_tok_is(a, i, "ends")) &&
            (ex_tk(a, i + 1)->flags & EXTRACT_TOK_CAP)) {
            endm = date_month_of(a->text + ex_tk(a, i + 1)->off, ex_tk(a, i + 1)->len);
            ended = ex_tok_is(a, i, "ended");
            /* (a year near the article's own only as the date's: "ending February 28, 1987",
             * not "ending March 31, from 1985/86's record") */
            for (size_t k = i + 2; endm && k < hi && k < i + 6 && !endy; k++)
                endy = k == i + 2 || ex_tok_is(a, k - 1, ",") ? ty_year_near(a, k) : ty_year(a, k);
            ty_end_early(a, i + 1, hi, &endm, &endy);
            /* (a quarter "ended" on the last days of its month, "Sept. 30", or the first of
             * the next, "July 1", not "March 15", a fiscal calendar's) */
            size_t dk = i + 2;
            if (dk < hi && ex_tok_is(a, dk, ".")) dk++;
            qended = endm && i > lo && ex_tok_is(a, i - 1, "quarter") && ex_tok_is(a, i, "ended") &&
                     dk < hi && (ex_tk(a, dk)->flags & EXTRACT_TOK_NUM) &&
                     ((ex_parse_num(a, dk) >= 28 && ex_parse_num(a, dk) <= 31) ||
                      (ex_parse_num(a, dk) >= 1 && ex_parse_num(a, dk) <= 7));
        }
        if (ex_tok_is(a, i, "fiscal") && i + 1 < hi && ex_tok_is(a, i + 1, "year")) full = 1;
        if ((ex_tok_is(a, i, "from") || ex_tok_is(a, i, "compared")) && i > lo + 1 &&
            ((ex_tk(a, i - 1)->flags & EXTRACT_TOK_NUM) ||
             (ex_tk(a, i - 2)->flags & EXTRACT_TOK_NUM)))
            prior = i, prior_far = 0;
        /* ("Net income of $184 million, or $2.61 per diluted share, compared with $97
         * million, or $1.34 per diluted share, in the third quarter of 2022": the prior's,
         * past its figures) */
        /* (or "compared to": "was $0.19 per diluted share, compared to $0.22 per diluted share
         * for the third quarter of 2018") */
        if (ex_tok_is(a, i, "compared") && i > lo + 1 && i + 1 < hi &&
            (ex_tok_is(a, i + 1, "with") || ex_tok_is(a, i + 1, "to")) && ex_tok_is(a, i - 1, ","))
            prior = i, prior_far = 1;
        /* (nor the year of a date, a release's dateline's: "--Feb. 22, 2024--Wansdyke ...
         * reported a fourth quarter 2023 net loss") */
        int of_date = i >= lo + 2 && ex_tok_is(a, i - 1, ",") &&
                      (ex_tk(a, i - 2)->flags & EXTRACT_TOK_NUM) && ex_tk(a, i - 2)->len <= 2;
        /* (not a year inside a relative clause: "which bought Fjell Kraft in 2024,") */
        /* (nor a year compared with: "to be roughly level with 2023's 412 million euros") */
        int compared_y =
            y && i > lo && i + 1 < hi &&
            (ex_tok_is(a, i - 1, "with") || ex_tok_is(a, i - 1, "than")) &&
            (ex_tok_is(a, i + 1, "'s") || ex_tok_is(a, i + 1, "'") ||
             ex_tok_is(a, i + 1, "\xe2\x80\x99s") || ex_tok_is(a, i + 1, "\xe2\x80\x99"));
        if (y && !year && !of_date && !compared_y &&
            !(prior != (size_t)-1 && i > prior && i - prior <= (prior_far ? 24 : 10)) &&
            !(ex_rel_open(a, lo, i) && ex_ty_find_one(a, i, hi, ",") >= 0))
            year = y;
        if (ex_tok_is(a, i, "fiscal")) fiscal = 1;
        if ((ex_tok_is(a, i, "quarter") || ex_tok_is(a, i, "quarterly") ||
             ex_tok_is(a, i, "qtr")) &&
            !q) {
            size_t k = i;
            if (k > lo && ex_tok_is(a, k - 1, "-")) k--;
            /* ("the third fiscal quarter ended May 31") */
            if (k > lo + 1 && ex_tok_is(a, k - 1, "fiscal")) k--;
            if (k > lo && ty_ordinal(a, k - 1)) q = ty_ordinal(a, k - 1);
        }
        if ((ex_tok_is(a, i, "half") || ex_tok_is(a, i, "halfyear")) && !half && i > lo) {
            size_t k = i;
            if (ex_tok_is(a, k - 1, "-")) k--;
            if (k > lo && ty_ordinal(a, k - 1) && ty_ordinal(a, k - 1) <= 2)
                half = ty_ordinal(a, k - 1);
        }
        {
            const extract_tok_t *t = ex_tk(a, i);
            const char *w = a->text + t->off;
            if ((t->flags & EXTRACT_TOK_WORD) && t->len == 2 && (w[0] == 'Q' || w[0] == 'q') &&
                w[1] >= '1' && w[1] <= '4' && !q)
                q = w[1] - '0';
        }
        /* "full-year", "For the full year" */
        if ((ex_tok_is(a, i, "full") && i + 2 < hi && ex_tok_is(a, i + 2, "year")) ||
            (ex_tok_is(a, i, "full") && i + 1 < hi && ex_tok_is(a, i + 1, "year")) ||
            ex_tok_is(a, i, "annual") || ex_tok_is(a, i, "yearly") ||
            (ex_tok_is(a, i, "for") && i + 2 < hi && ex_tok_is(a, i + 1, "the") &&
             ex_tok_is(a, i + 2, "year")))
            full = 1;
        /* "a pre-tax profit of £1.2bn for 2025" told in 2026: the year's results */
        if (!future && ex_tok_is(a, i, "for") && i + 1 < hi && a->year && ty_year(a, i + 1) &&
            ty_year(a, i + 1) < a->year)
            full = 1;
        /* ... and "net profit rose to 46.3 mln marks in 1986" (not the prior's year: "from 41.8
         * mln in 1985") */
        /* (a year of the wire's own time too: "in 1986" told in 1987; not a comparison's
         * year: "against a loss of 6.3 mln dlrs in 1985") */
        static const char *const against[] = {"against", "compared", "from", "versus",
                                              "vs",      "than",     "with", NULL};
        if (!future && ex_tok_is(a, i, "in") && i + 1 < hi && a->year &&
            ty_year_near(a, i + 1) == a->year - 1 && !ex_rel_open(a, lo, i) &&
            !(i + 2 < hi && ex_tok_is(a, i + 2, "period")) &&
            ex_ty_find(a, i > lo + 16 ? i - 16 : lo, i, against) < 0 && !ty_year_in(a, lo, i)) {
            full = 1;
            if (!year) year = a->year - 1;
        }
        /* "core profit rose 11% to 4.2 billion euros last year" told in 2026: 2025's results
         * (not a comparison: "from last year", "than last year", "with last year") */
        static const char *const versus[] = {"from", "than", "with",  "over", "versus",
                                             "vs",   "on",   "since", NULL};
        /* (nor a period's: "the comparable period last year", "the quarter last year") */
        static const char *const spans[] = {"period", "quarter", "months", "month", "weeks",
                                            "week",   "half",    "time",   "ago",   NULL};
        if (!future && !year && a->year && ex_tok_is(a, i, "last") && i + 1 < hi &&
            ex_tok_is(a, i + 1, "year") &&
            !(i + 2 < hi && (ex_tk(a, i + 2)->flags & EXTRACT_TOK_POSS)) &&
            !(i > lo && ex_ty_is(a, i - 1, versus)) && !(i > lo && ex_ty_is(a, i - 1, spans)))
            full = 1, year = a->year - 1;
    }
    if (future && !q && !half && year) full = 1; /* an outlook "for 2025" */
    /* "Revenue for the quarter ended Sept. 30 rose 28%": a calendar quarter by its end */
    /* (unless the story names its quarter by its rank: "second-quarter profit" over "the
     * quarter ended Sept. 30" is a fiscal quarter, read below) */
    for (size_t i = 1; qended && i < a->toks.n && i < EX_TY_FISCAL_SPAN; i++)
        if ((ex_tok_is(a, i, "quarter") || ex_tok_is(a, i, "qtr")) &&
            (ty_ordinal(a, i - 1) || (i > 1 && ex_tok_is(a, i - 1, "-") && ty_ordinal(a, i - 2))))
            qended = 0;
    if (!q && !half && qended && !fiscal && endm % 3 == 0 && a->year) {
        int month = a->dateline[0] ? atoi(a->dateline + 5) : 12;
        snprintf(out, cap, "Q%d %d", endm / 3, endy ? endy : a->year - (endm > month ? 1 : 0));
        return 1;
    }
    /* "In the first nine months", "the first six months": the year to date (9M, H1) */
    int ninem = 0;
    /* ("Nine-month net rose to 22.9 mln dlrs", "six-month profit") */
    for (size_t i = lo; !q && !half && !full && i + 2 < hi && i < lo + 4; i++)
        if (ex_tok_is(a, i + 1, "-") &&
            (ex_tok_is(a, i + 2, "month") || ex_tok_is(a, i + 2, "mth"))) {
            if (ex_tok_is(a, i, "nine")) ninem = 1;
            if (ex_tok_is(a, i, "six")) half = 1;
        }
    if (!q && !half && !full)
        for (size_t i = lo + 2; i < hi && !ninem && !half; i++)
            /* ("For the nine months, Vouzela earned": the year to date as well) */
            if (ex_tok_is(a, i, "months") && !endm &&
                (ex_tok_is(a, i - 2, "first") ||
                 (ex_tok_is(a, i - 2, "the") && i >= lo + 3 &&
                  (ex_tok_is(a, i - 3, "for") || ex_tok_is(a, i - 3, "in"))))) {
                if (ex_tok_is(a, i - 1, "nine")) ninem = 1;
                if (ex_tok_is(a, i - 1, "six")) half = 1;
                /* ("the six months to December 31": the second half of a calendar year) */
                if (half && i + 2 < hi &&
                    (ex_tok_is(a, i + 1, "to") || ex_tok_is(a, i + 1, "ended")) &&
                    date_month_of(a->text + ex_tk(a, i + 2)->off, ex_tk(a, i + 2)->len) == 12)
                    half = 2;
                /* ("For the first nine months of 1986", told in 1987) */
                if (!year && i + 2 < hi && ex_tok_is(a, i + 1, "of") && ty_year_near(a, i + 2))
                    year = ty_year_near(a, i + 2);
            }
    /* ("for the half-year ended December 31", "the half year to June 30": the half that
     * closes in the month named, the second at December, the first at June) */
    if (!q && !half && !full && !ninem && (endm == 12 || endm == 6))
        for (size_t i = lo; i + 1 < hi && !half; i++)
            if (ex_tok_is(a, i, "half") &&
                (ex_tok_is(a, i + 1, "year") ||
                 (i + 2 < hi && ex_tok_is(a, i + 1, "-") && ex_tok_is(a, i + 2, "year"))))
                half = endm == 12 ? 2 : 1;
    if (!q && !half && !full && !ninem) return 0;
    /* "fiscal fourth-quarter profit" (or "fourth-quarter revenue") in the lead, "the quarter
     * ended June 30" further on: the article says when its quarter ended (read in its first
     * EX_TY_FISCAL_SPAN tokens, so that a feed's one-line article asking it of every sentence
     * stays linear; without "fiscal", for results only: an outlook's quarter is another) */
    /* (and for a year's results "the year ended February 28") */
    const char *span = q ? "quarter" : "year";
    for (size_t i = 2; (q || (full && !half)) && (fiscal || !future) && !endm &&
                       !(future && year) && i + 1 < a->toks.n && i < EX_TY_FISCAL_SPAN;
         i++)
        if ((ex_tok_is(a, i, "ended") || ex_tok_is(a, i, "ending")) &&
            (ex_tk(a, i + 1)->flags & EXTRACT_TOK_CAP) &&
            (ex_tok_is(a, i - 1, span) || ex_tok_is(a, i - 2, span) ||
             /* ("in the quarter, which ended Jan. 30") */
             (i >= 3 && ex_tok_is(a, i - 1, "which") && ex_tok_is(a, i - 2, ",") &&
              ex_tok_is(a, i - 3, span)))) {
            endm = date_month_of(a->text + ex_tk(a, i + 1)->off, ex_tk(a, i + 1)->len);
            ended = ex_tok_is(a, i, "ended");
            for (size_t k = i + 2; endm && k < a->toks.n && k < i + 6 && !endy; k++)
                endy = ty_year(a, k);
            ty_end_early(a, i + 1, a->toks.n, &endm, &endy);
        }
    /* a quarter or year ended in a month that is not the calendar one's is a fiscal period:
     * "fiscal fourth quarter ended June 30" is Q4 of the fiscal year ending then, "first
     * quarter ended Sept. 30" Q1 of the one ending nine months later (a fiscal year is
     * named by the calendar year it ends in) */
    if (endm && !half && (fiscal || (q && endm != q * 3) || (full && !q))) {
        int ey = endy;
        if (!ey && a->year) {
            int month = a->dateline[0] ? atoi(a->dateline + 5) : 12;
            /* (an outlook's period is to come: "expects record earnings for the fiscal year
             * ending Sept 30" told in June ends this September) */
            ey = future && !ended ? a->year + (endm < month ? 1 : 0)
                                  : a->year - (endm > month ? 1 : 0);
        }
        if (ey) {
            int m = endm + (q ? 3 * (4 - q) : 0);
            int fy = ey + (m - 1) / 12;
            /* ("In the second fiscal quarter last year, Tandem earned": the same quarter a year
             * before the one the article's lead ends) */
            static const char *const ly[] = {"last year", "of last year", "a year ago",
                                             "a year earlier", NULL};
            if (q && !endy && !future) {
                long qk = ex_ty_find(a, lo, hi, ty_quarter_w);
                size_t le = 0;
                /* (or "Last year, Sand lost ... in the second quarter") */
                if ((qk >= 0 &&
                     ex_ty_find_phrase(a, (size_t)qk + 1, (size_t)qk + 4 < hi ? (size_t)qk + 4 : hi,
                                       ly, &le) == qk + 1) ||
                    (ex_ty_find_phrase(a, lo, hi, ly, &le) == (long)lo && le < hi &&
                     ex_tok_is(a, le, ",")))
                    fy--;
            }
            if (q && !(future && full))
                snprintf(out, cap, "Q%d FY%d", q, fy);
            else
                snprintf(out, cap, "FY%d", fy);
            return 1;
        }
    }
    /* (a calendar quarter or year whose end is told with its year: "the second quarter
     * ended June 30, 2023" told in 2026 is 2023's) */
    if (!year && endy && !fiscal && ((q && endm == q * 3) || (full && !q && endm == 12)))
        year = endy;
    /* ("Fourth qtr oper net was 3,306,000 dlrs" under "... YEAR JUNE 30 OPER NET": a quarter
     * of the fiscal year the headline's table closes, named by the calendar year it ends in) */
    if (q && !endm && !future && !year && !fiscal && a->year && a->fy_end) {
        int fe = a->fy_end, month = a->dateline[0] ? atoi(a->dateline + 5) : 12;
        int qe = ((fe - 3 * (4 - q)) % 12 + 11) % 12 + 1; /* the month the quarter closes */
        int ye = qe <= month ? a->year : a->year - 1;
        snprintf(out, cap, "Q%d FY%d", q, qe > fe ? ye + 1 : ye);
        return 1;
    }
    int explicit_year = year != 0;
    if (!year && a->year) {
        int month = a->dateline[0] ? atoi(a->dateline + 5) : 12;
        year = a->year;
        /* a past quarter that would end after the dateline is last year's */
        if (!future && q && q * 3 > month) year--;
        /* ("expects to report fourth quarter earnings of 40 to 45 cts", "expects fourth-quarter
         * net sales of approximately $1.02 billion" told in January: the quarter just ended,
         * not one most of a year away) */
        else if (future && q && !full && q * 3 > month + 6 &&
                 (ex_ty_find_phrase(a, lo, hi, ty_to_report, NULL) >= 0 ||
                  ex_ty_find_one(a, lo, hi, "preliminary") >= 0))
            year--;
        /* (an outlook for a quarter over a month or more before the dateline is for the
         * next one: "expects first-quarter sales of" told in December) */
        else if (future && q && q * 3 + 2 < month &&
                 ex_ty_find_phrase(a, lo, hi, ty_to_report, NULL) < 0)
            year++;
        else if (!future && !q && half && half * 6 > month)
            year--;
        /* (a calendar year's results are told in the first months of the next: "full-year
         * net income" told in March is last year's; told in May, of a year ended in March) */
        else if (!future && !q && !half && full && !fiscal && month <= 3)
            year--;
    }
    if (!year) return 0;
    if (future && full) /* an outlook for the year beside last quarter's figures */
        q = half = 0;
    if (q)
        snprintf(out, cap, fiscal && explicit_year ? "Q%d FY%d" : "Q%d %d", q, year);
    else if (ninem)
        snprintf(out, cap, fiscal && explicit_year ? "9M FY%d" : "9M %d", year);
    else if (half)
        snprintf(out, cap, "H%d %d", half, year);
    else
        snprintf(out, cap, "FY%d", year);
    return 1;
}

/* Words that are part of a title or a role, never of a person's name. */
const char *const ex_ty_not_person[] = {
    "Chief", "Executive", "Officer", "Financial", "Operating", "President", "Chairman", "Chair",
    "CEO", "CFO", "COO", "CTO", "Director", "Vice", "Senior", "The", "Interim", "Mr", "Ms", "Mrs",
    "Dr", "Board", "He", "She", "It", "Its", "Separately", "Meanwhile", "Elsewhere", "But", "And",
    "Former", "New", "Technology", "Named", "Appointed", "Hired", "Promoted", "Elected",
    /* (a headline in title case: "Announces 1-for-15 Reverse Stock Split and Appoints") */
    "Stock", "Split", "Reverse", "Shares", "Offering", "Dividend", "Results", "Quarter", "Annual",
    "Plant", "Agreement", "Appoints", "Announces", "Names", "Plan", "Succession", "Transition",
    "Leadership", "Changes", "Team", "Update", "Emerges", "Balance", "Sheet", "Strengthened",
    "Chapter", "Bankruptcy", "Completes", "Lead", "Independent", "Clinical", "Development",
    "Medical", "Global", "Head", NULL};

const char *const ex_ty_last_year[] = {"last year",   "last summer", "last spring", "last fall",
                                       "last autumn", "last winter", NULL};

const char *const ex_ty_chose[] = {"chosen", "chose",  "selected", "selects", "picked",
                                   "picks",  "tapped", "taps",     NULL};
const char *const ex_ty_supply[] = {"supply",      "provide", "deliver", "make",
                                    "manufacture", "build",   NULL};

void ex_ty_note_fiscal_end(art_t *a)
{
    a->fy_end = 0;
    if (!a->nsents) return;
    /* "VALMIERA SAVINGS ... YEAR JUNE 30 OPER NET": the headline's table */
    const sent_t *hd = &a->sents[0];
    for (size_t i = hd->t0; i + 2 < hd->t1 && !a->fy_end; i++)
        if (ex_tok_is(a, i, "year") && (ex_tk(a, i + 2)->flags & EXTRACT_TOK_NUM)) {
            int m = date_month_of(a->text + ex_tk(a, i + 1)->off, ex_tk(a, i + 1)->len);
            if (m > 0 && m != 12) a->fy_end = m;
        }
    /* (or a table's note, "Fiscal year ends June 30", in a wire table's first few hundred
     * words) */
    static const char *const fy_ends[] = {"fiscal year ends", "fiscal year ended",
                                          "fiscal year ending", NULL};
    size_t fend = 0, fhi = a->toks.n < 400 ? a->toks.n : 400;
    if (!a->fy_end && ex_ty_find_phrase(a, 0, fhi, fy_ends, &fend) >= 0 && fend + 1 < a->toks.n) {
        int m = date_month_of(a->text + ex_tk(a, fend)->off, ex_tk(a, fend)->len);
        if (m > 0 && m != 12) a->fy_end = m;
    }
}

void ex_ty_note_dollar(art_t *a)
{
    static const char *const what[] = {"funds", "dlrs", "dollars", "dlr", "currency", NULL};
    uint64_t h = extract_tok_hash("canadian", 8);
    a->dollar = "USD";
    /* "4.60 francs per share" in a story from Zurich, of a Swiss company: Swiss francs */
    a->franc = NULL;
    for (size_t i = 0; i < a->toks.n && !a->franc; i++)
        if ((ex_tk(a, i)->flags & (EXTRACT_TOK_CAP | EXTRACT_TOK_UPPER)) &&
            (ex_tok_is(a, i, "swiss") || ex_tok_is(a, i, "switzerland") ||
             ex_tok_is(a, i, "zurich") || ex_tok_is(a, i, "geneva") || ex_tok_is(a, i, "basel")))
            a->franc = "CHF";
    for (size_t i = 0; i + 1 < a->toks.n; i++)
        if (ex_tk(a, i)->h == h && ex_tok_is(a, i, "canadian") &&
            (ex_ty_is(a, i + 1, what) || (i > 0 && ex_tok_is(a, i - 1, "in")))) {
            a->dollar = "CAD";
            return;
        }
    /* ("rose 18.4 pct to 42.6 mln Australian dlrs", then "Sales rose to 611.3 mln dlrs" and
     * "an interim dividend of 12 cents": the story's dollars are the first it names) */
    /* (only then: a US story's "200 mln Australian dlrs" for an Australian unit, after its
     * own figures, leaves them American) */
    static const char *const aus_what[] = {"dlrs", "dollars", "dlr", NULL};
    long d = ex_ty_find(a, 1, a->toks.n, aus_what);
    if (d > 0 && ex_tok_is(a, (size_t)d - 1, "australian")) a->dollar = "AUD";
    /* (or a table's note: "NOTE - Figures in Australian dlrs") */
    static const char *const in_aud[] = {"in australian dlrs", "in australian dollars", NULL};
    if (ex_ty_find_phrase(a, 0, a->toks.n, in_aud, NULL) >= 0) a->dollar = "AUD";
}

/* Is token i (one capitalised word) the last word of a person's name of two or three words
 * told in an earlier sentence: a first name (and a middle initial) before it, no company's
 * words? Then [*f0, *f1) is that name. */
/* (the words a surname alone may follow as a clause's subject: "said Fenwick will", "and
 * Fenwick will") */
static const char *const ty_surname_lead[] = {"said", "says", "that", "and", NULL};

static int ty_surname_of(const art_t *a, const sent_t *s, size_t i, size_t *f0, size_t *f1);

/* Is token i of s a surname after an honorific ("that Mr. Okafor would leave", "Ms Vance")? */
static int ty_honorific_before(const art_t *a, const sent_t *s, size_t i)
{
    static const char *const hon[] = {"mr", "mrs", "ms", "dr", NULL};
    if (i > s->t0 && ex_ty_is(a, i - 1, hon)) return 1;
    return i > s->t0 + 1 && ex_tok_is(a, i - 1, ".") && ex_ty_is(a, i - 2, hon);
}

int ex_ty_surname(art_t *a, const sent_t *s, size_t i)
{
    size_t f0, f1;
    if (!ty_surname_of(a, s, i, &f0, &f1)) return 0;
    /* (not a company's last word: "Morgan Stanley", then "Stanley said") */
    int pv;
    const registry_entry_t *en;
    return !ex_prov_match(a, f0, f1, &pv) &&
           !registry_match(a->x->reg, a->text, a->toks.v, f1, f0, &en);
}

static int ty_surname_of(const art_t *a, const sent_t *s, size_t i, size_t *f0, size_t *f1)
{
    const extract_tok_t *t = ex_tk(a, i);
    if (t->len < 3 || ex_ty_is(a, i, ex_ty_not_person)) return 0;
    for (size_t k = s->t0; k-- > 1;) {
        const extract_tok_t *u = ex_tk(a, k);
        if (u->h != t->h || u->len != t->len ||
            memcmp(a->text + u->off, a->text + t->off, t->len) || ex_in_mention(a, k))
            continue;
        size_t b = k;
        /* ("Tom Fenwick", "Richard A. Hensley") */
        if (b >= 3 && ex_tok_is(a, b - 1, ".") && ex_tk(a, b - 2)->len == 1) b -= 2;
        const extract_tok_t *fn = ex_tk(a, b - 1);
        if (!(fn->flags & EXTRACT_TOK_CAP) || (fn->flags & EXTRACT_TOK_UPPER) ||
            ex_ty_is(a, b - 1, ex_ty_not_person) || ex_in_mention(a, b - 1) ||
            (k + 1 < a->toks.n && (ex_tk(a, k + 1)->flags & EXTRACT_TOK_CAP) &&
             !(ex_tk(a, k + 1)->flags & EXTRACT_TOK_UPPER)))
            continue;
        /* (a first name opens the run: not "Chief Executive Fenwick") */
        if (b >= 2 && (ex_tk(a, b - 2)->flags & EXTRACT_TOK_CAP) &&
            !(ex_tk(a, b - 2)->flags & EXTRACT_TOK_UPPER) &&
            !ex_ty_is(a, b - 2, ex_ty_not_person) &&
            !ex_class_at(a, b - 2, b - 1, LEX_PTITLE, NULL))
            continue;
        if (ex_class_at(a, b - 1, b, LEX_PTITLE, NULL)) continue;
        *f0 = b - 1;
        *f1 = k + 1;
        return 1;
    }
    return 0;
}

size_t ex_ty_persons(const art_t *a, const sent_t *s, ty_person_t *out, size_t max)
{
    size_t n = 0;
    for (size_t i = s->t0; i < s->t1 && n < max; i++) {
        size_t j = i, words = 0;
        /* (a headline in title case: "Halvorsen Foods Names Maria Delgado Chief Executive
         * Officer", the verb no part of the name after it) */
        int title = s->headline || s == a->sents;
        if (title && i > s->t0 && (ex_tk(a, i)->flags & EXTRACT_TOK_CAP) &&
            ex_ty_is(a, i, ex_head_verbs))
            continue;
        /* (a headline's sum in title case is no name: "with $275 Million Exit Financing and
         * Names ...") */
        static const char *const scale_w[] = {"million", "billion", "thousand", "trillion", NULL};
        if (title && i > s->t0 && (ex_tk(a, i)->flags & EXTRACT_TOK_CAP) &&
            ((ex_tk(a, i - 1)->flags & EXTRACT_TOK_NUM) || ex_ty_is(a, i, scale_w))) {
            while (i + 1 < s->t1 && (ex_tk(a, i + 1)->flags & EXTRACT_TOK_CAP) &&
                   !ex_ty_is(a, i + 1, ex_head_verbs))
                i++;
            continue;
        }
        /* (a surname's particles: "Femke de Wit", "Frans van der Berg", "Ana da Silva") */
        static const char *const particle[] = {"de", "van", "von", "der", "den", "da",
                                               "di", "du",  "dos", "das", "del", NULL};
        while (j < s->t1 && (ex_tk(a, j)->flags & EXTRACT_TOK_CAP) &&
               !(ex_tk(a, j)->flags & EXTRACT_TOK_UPPER) && !ex_ty_is(a, j, ex_ty_not_person) &&
               words < 4 && !(title && j > i && ex_ty_is(a, j, ex_head_verbs))) {
            j++;
            words++;
            for (int np = 0; np < 2 && j + 1 < s->t1 && (ex_tk(a, j)->flags & EXTRACT_TOK_LOWER) &&
                             ex_ty_is(a, j, particle);
                 np++) {
                size_t q = j + 1;
                while (q < s->t1 && q < j + 2 && (ex_tk(a, q)->flags & EXTRACT_TOK_LOWER) &&
                       ex_ty_is(a, q, particle))
                    q++;
                if (q < s->t1 && (ex_tk(a, q)->flags & EXTRACT_TOK_CAP) &&
                    !(ex_tk(a, q)->flags & EXTRACT_TOK_UPPER))
                    j = q;
                else
                    break;
            }
            /* a hyphenated name is one word ("Lip-Bu Tan", "Jean-Pascal Tricoire") */
            if (j + 1 < s->t1 && ex_tk(a, j)->len == 1 && a->text[ex_tk(a, j)->off] == '-' &&
                !(ex_tk(a, j)->flags & EXTRACT_TOK_SPACE) &&
                !(ex_tk(a, j + 1)->flags & EXTRACT_TOK_SPACE) &&
                (ex_tk(a, j + 1)->flags & EXTRACT_TOK_CAP) &&
                !(ex_tk(a, j + 1)->flags & EXTRACT_TOK_UPPER) &&
                !ex_ty_is(a, j + 1, ex_ty_not_person))
                j += 2;
            /* a middle initial ("Richard A. Hensley", "Walter J. Pryor") */
            if (j + 2 < s->t1 && ex_tk(a, j)->len == 1 &&
                ex_upper_c((unsigned char)a->text[ex_tk(a, j)->off]) && ex_tok_is(a, j + 1, ".") &&
                !(ex_tk(a, j + 1)->flags & EXTRACT_TOK_SPACE) &&
                (ex_tk(a, j + 2)->flags & EXTRACT_TOK_CAP) &&
                !(ex_tk(a, j + 2)->flags & EXTRACT_TOK_UPPER) &&
                !ex_ty_is(a, j + 2, ex_ty_not_person))
                j += 2;
        }
        /* ("named former Delta Air Lines executive Ruth Coleman": a run before a word of
         * employment and another name is the employer, not a person; "named George Berry
         * executive vice president" names him) */
        static const char *const staff[] = {"executive", "executives", "veteran",
                                            "official",  "officials",  "banker",
                                            "alumnus",   "insider",    NULL};
        int employer = j + 1 < s->t1 && (ex_tk(a, j)->flags & EXTRACT_TOK_LOWER) &&
                       ex_ty_is(a, j, staff) && (ex_tk(a, j + 1)->flags & EXTRACT_TOK_CAP) &&
                       !ex_ty_is(a, j + 1, ex_ty_not_person);
        /* ("effective June Five", "on March Four": the wire's dates in words) */
        static const char *const months[] = {
            "january", "february",  "march",   "april",    "may",      "june", "july",
            "august",  "september", "october", "november", "december", NULL};
        static const char *const days[] = {
            "one",     "two",     "three",     "four",     "five",     "six",      "seven",
            "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",   "thirty",
            "first",   "second",  "third",     NULL};
        if (words >= 2 && ex_ty_is(a, i, months) && ex_ty_is(a, i + 1, days)) employer = 1;
        if (words >= 2 && !employer) {
            int company = 0;
            for (size_t k = 0; k < a->nments; k++)
                if (a->ments[k].t0 < j && a->ments[k].t1 > i) company = 1;
            /* ("Rural Britain has been left behind": a place, no person; not "Denzel
             * Washington") */
            static const char *const region_w[] = {"rural",   "northern", "southern", "eastern",
                                                   "western", "central",  "greater",  "upper",
                                                   "lower",   NULL};
            size_t pl;
            if (ex_class_at(a, i, j, LEX_PLACE, &pl) && i + pl == j) company = 1;
            if (ex_ty_is(a, i, region_w) && ex_class_at(a, i + 1, j, LEX_PLACE, &pl) &&
                i + 1 + pl == j)
                company = 1;
            if (!company) {
                out[n].t0 = out[n].f0 = i;
                out[n].t1 = out[n].f1 = j;
                n++;
            }
            i = j;
        } else if (words >= 2)
            i = j;
        else if (words == 1 && !ex_in_mention(a, i) && !(ex_tk(a, i)->flags & EXTRACT_TOK_POSS) &&
                 (i == s->t0 || ex_ty_is(a, i - 1, ty_surname_lead) ||
                  ty_honorific_before(a, s, i))) {
            /* "Fenwick will become non-executive chair" after "Chief Executive Tom Fenwick":
             * a surname alone, the last word of a person named in full before */
            size_t f0, f1;
            if (ty_surname_of(a, s, i, &f0, &f1)) {
                out[n].t0 = i;
                out[n].t1 = i + 1;
                out[n].f0 = f0;
                out[n].f1 = f1;
                n++;
            }
        }
    }
    return n;
}

int ex_ty_context(const art_t *a, const sent_t *s, size_t at)
{
    static const char *const before[] = {"which emerged",
                                         "which filed",
                                         "which was acquired",
                                         "which it acquired",
                                         "fund its purchase",
                                         "fund the purchase",
                                         "fund its acquisition",
                                         "fund the acquisition",
                                         "finance its purchase",
                                         "finance the purchase",
                                         "finance its acquisition",
                                         "finance the acquisition",
                                         "financing the",
                                         "failed merger",
                                         "failed takeover",
                                         "failed bid",
                                         "since its",
                                         "after its",
                                         "following its",
                                         "completed last year",
                                         "recently completed",
                                         "earlier this year",
                                         "earlier this month",
                                         "earlier in the year",
                                         "last year ,",
                                         "last year's",
                                         "formed last month when",
                                         "formed when",
                                         "as part of the",
                                         "as part of its",
                                         "prior to its",
                                         "in connection with the",
                                         NULL};
    size_t lo = at > s->t0 + 6 ? at - 6 : s->t0;
    long p = ex_ty_find_phrase(a, lo, at + 1 < s->t1 ? at + 1 : s->t1, before, NULL);
    /* (not a year that closes a relative clause: "Acme Corp, which bought Beta Inc last year,
     * raised its quarterly dividend") */
    if (p >= 0 && !(ex_tok_is(a, (size_t)p, "last") && ex_rel_open(a, s->t0, (size_t)p))) return 1;
    /* "Granville, which acquired Fairmont Savings Bank for 48 mln dlrs last summer, has total
     * assets of": what the relative clause tells the company did in a time gone by */
    if (ex_rel_open(a, at > s->t0 + 4 ? at - 4 : s->t0, at)) {
        static const char *const gone[] = {"last month", "years ago", NULL};
        size_t e = at;
        while (e < s->t1 && e < at + 16 && !ex_tok_is(a, e, ",")) e++;
        if (e < s->t1 && (ex_ty_find_phrase(a, at, e, ex_ty_last_year, NULL) >= 0 ||
                          ex_ty_find_phrase(a, at, e, gone, NULL) >= 0))
            return 1;
    }
    /* "Last year, Acme Corp raised its dividend": a sentence that opens with its time */
    static const char *const opens[] = {"last year ,", "earlier this year ,", NULL};
    for (size_t k = 0; lo > s->t0 && opens[k]; k++)
        if (ex_ty_phrase(a, s->t0, at, opens[k])) return 1;
    /* "with the 1983 sale of its Florida bank units": a deal of an earlier year (not one
     * that closes an appositive: "a startup that went public in 2021, filed for") */
    for (size_t i = at > s->t0 + 3 ? at - 3 : s->t0; i < at; i++) {
        const extract_tok_t *t = ex_tk(a, i);
        double y = (t->flags & EXTRACT_TOK_NUM) && t->len == 4 ? ex_parse_num(a, i) : 0;
        if (y >= 1900 && a->year && y < a->year && ex_ty_find_one(a, i, at, ",") < 0) return 1;
    }
    return 0;
}

int ex_ty_past_month(const art_t *a, size_t lo, size_t at)
{
    int dmon = a->dateline[0] ? atoi(a->dateline + 5) : 0;
    /* "Quillon last month forecast fourth-quarter revenue below estimates" (not inside a
     * closed relative clause, as below) */
    for (size_t i = lo; i + 1 < at; i++)
        if (ex_tok_is(a, i, "last") && ex_tok_is(a, i + 1, "month") &&
            !(i + 2 < at && ex_tk(a, i + 2)->flags & EXTRACT_TOK_POSS) &&
            !(ex_rel_open(a, lo, i) && ex_ty_find_one(a, i, at, ",") >= 0))
            return 1;
    for (size_t i = lo; dmon && i + 1 < at; i++) {
        if (!ex_tok_is(a, i, "in")) continue;
        /* "in early January", "in late February", "in mid-January" */
        size_t mo = i + 1;
        if (mo + 1 < at &&
            (ex_tok_is(a, mo, "early") || ex_tok_is(a, mo, "late") || ex_tok_is(a, mo, "mid"))) {
            mo++;
            if (mo + 1 < at && ex_tok_is(a, mo, "-")) mo++;
        }
        if (ex_tk(a, mo)->flags & EXTRACT_TOK_CAP) {
            int m = date_month_of(a->text + ex_tk(a, mo)->off, ex_tk(a, mo)->len);
            int y = a->year;
            if (mo + 1 < at && (ex_tk(a, mo + 1)->flags & EXTRACT_TOK_NUM) &&
                ex_tk(a, mo + 1)->len == 4)
                y = (int)ex_parse_num(a, mo + 1);
            /* ("Tarnwick, which filed for bankruptcy in June, named": the month of a relative
             * clause closed before at dates the clause, not the news) */
            if (m && ex_rel_open(a, lo, i) && ex_ty_find_one(a, i, at, ",") >= 0) continue;
            if (m && (y < a->year || (y == a->year && m < dmon))) return 1;
            /* ("In July, Pinnacle and Synovus agreed to combine", told in March: a later month
             * with a verb in the past is last year's) */
            static const char *const did[] = {
                "agreed",   "announced", "said",   "reported", "filed",  "completed",
                "named",    "cut",       "raised", "lowered",  "bought", "sold",
                "acquired", "approved",  "signed", "closed",   NULL};
            static const char *const ahead[] = {"will",  "would",     "next", "expected",
                                                "plans", "scheduled", "due",  NULL};
            size_t ce = mo + 10 < a->toks.n ? mo + 10 : a->toks.n;
            if (m && m > dmon && y == a->year && mo + 1 < ce && ex_tok_is(a, mo + 1, ",") &&
                ex_ty_find(a, i > lo + 3 ? i - 3 : lo, ce, ahead) < 0 &&
                ex_ty_find(a, mo + 1, ce, did) >= 0)
                return 1;
            /* ("It lost 47.2 mln dlrs in 1986 and omitted its dividend in July", told in March:
             * the verb in the past right before) */
            static const char *const did_before[] = {
                "omitted", "suspended", "cut",    "raised",    "resigned",  "retired",
                "named",   "filed",     "agreed", "completed", "announced", "closed",
                "opened",  "shut",      "sold",   "bought",    "acquired",  NULL};
            size_t vb = i > 4 ? i - 4 : 0;
            /* ("closed its sales offices in Arizona and Nevada in October", told in February:
             * the verb a few words before, no comma between) */
            {
                long pv = ex_ty_find_last(a, i > 10 ? i - 10 : 0, i, did_before);
                if (pv >= 0 && (size_t)pv < vb && (size_t)pv >= lo &&
                    ex_ty_find_one(a, (size_t)pv, i, ",") < 0)
                    vb = (size_t)pv;
            }
            if (m && m > dmon && y == a->year && ex_ty_find(a, vb, i, did_before) >= 0 &&
                ex_ty_find(a, vb, i, ahead) < 0 &&
                !(ex_tk(a, mo + 1 < a->toks.n ? mo + 1 : mo)->flags & EXTRACT_TOK_NUM))
                return 1;
        }
    }
    return 0;
}

int ex_passive_before(const art_t *a, size_t t)
{
    static const char *const aux[] = {"was", "were", "been", "be", "being", "is", NULL};
    /* ("was recently acquired by", "has been formally approved": an adverb between) */
    static const char *const adv[] = {"recently",   "previously", "formally",     "already",
                                      "officially", "originally", "subsequently", "also",
                                      "later",      "eventually", "finally",      NULL};
    if (t > 1 && ex_ty_is(a, t - 1, adv)) t--;
    return t > 0 && ex_ty_is(a, t - 1, aux);
}

int ex_ty_negated(const art_t *a, const sent_t *s, size_t at, int bare_no)
{
    if (bare_no && at > s->t0 && ex_tok_is(a, at - 1, "no")) return 1;
    /* "said reports that it planned to lay off 2,000 workers were untrue" */
    static const char *const untrue[] = {"untrue", "unfounded", "baseless", "false", NULL};
    static const char *const reports[] = {"report", "reports", "rumors", "rumours", NULL};
    long u = ex_ty_find(a, at + 1, at + 12 < s->t1 ? at + 12 : s->t1, untrue);
    if (u >= 0 && ex_ty_find(a, at > s->t0 + 10 ? at - 10 : s->t0, at, reports) >= 0) return 1;
    /* (denials and intentions denied only: not "would not rule out", "was required to",
     * "does not believe the lawsuit has merit") */
    static const char *const denied[] = {
        "no plans",     "no plan",    "no intention",    "not expect", "not plan",
        "not planning", "not intend", "not considering", "never",      "not to",
        "urged",        "urging",     "calling for",     "called for", "pushing for",
        "pressing for", "denied",     "denies",          "will not",   "would not",
        "could not",    "cannot",     "rejected",        "rejects",    NULL};
    size_t lo = at > s->t0 + 6 ? at - 6 : s->t0, e;
    for (long k = ex_ty_find_phrase(a, lo, at, denied, &e); k >= 0;
         k = ex_ty_find_phrase(a, (size_t)k + 1, at, denied, &e)) {
        if (e > at || at - e > 4) continue;
        /* ("would not rule out further layoffs": no denial) */
        if (e < at && ex_tok_is(a, e, "rule")) continue;
        int cut = 0;
        for (size_t i = e; i < at && !cut; i++)
            cut = ex_tok_is(a, i, ",") || ex_tok_is(a, i, ";") || ex_tok_is(a, i, "but");
        if (!cut) return 1;
    }
    return 0;
}

/* Words of a period longer than a month. */
static const char *const ty_periods[] = {"quarter", "quarterly", "half",   "year",
                                         "annual",  "months",    "fiscal", NULL};

int ex_ty_told_in_past_month(const art_t *a, size_t lo, size_t from, size_t hi)
{
    static const char *const told[] = {"reported", "posted",    "said", "announced",
                                       "reports",  "announces", NULL};
    static const char *const close[] = {",", ".", ";", "and", NULL};
    int dmon = a->dateline[0] ? atoi(a->dateline + 5) : 0;
    if (!dmon || ex_ty_find(a, lo, from, told) < 0) return 0;
    for (size_t i = from; i + 1 < hi; i++) {
        if (!ex_tok_is(a, i, "in") || !(ex_tk(a, i + 1)->flags & EXTRACT_TOK_CAP)) continue;
        int m = date_month_of(a->text + ex_tk(a, i + 1)->off, ex_tk(a, i + 1)->len);
        /* (the results of another period named before: "third-quarter revenue in October";
         * not "sales rose 12% in November", a month's own figure) */
        if (m && m < dmon && (i + 2 >= hi || ex_ty_is(a, i + 2, close)) &&
            ex_ty_find(a, lo, i, ty_periods) >= 0)
            return 1;
    }
    return 0;
}

int ex_ty_told_lately(const art_t *a, size_t lo, size_t hi, size_t at)
{
    static const char *const told[] = {"reported", "posted",    "said", "announced",
                                       "reports",  "announces", NULL};
    static const char *const gone[] = {"last week",          "last month",
                                       "earlier this month", "earlier this week",
                                       "earlier this year",  NULL};
    /* (what parts the verb from the news at at: another verb of telling, whose news it is,
     * or the start of another clause) */
    static const char *const apart[] = {";",     "while",  "whereas",  "but",
                                        "after", "though", "although", NULL};
    for (long k = ex_ty_find(a, lo, hi, told); k >= 0; k = ex_ty_find(a, (size_t)k + 1, hi, told)) {
        size_t end, b0 = (size_t)k < at ? (size_t)k + 1 : at + 1,
                    b1 = (size_t)k < at ? at : (size_t)k;
        if (b0 < b1 && (ex_ty_find(a, b0, b1, told) >= 0 || ex_ty_find(a, b0, b1, apart) >= 0))
            continue;
        if (ex_ty_find_phrase(a, (size_t)k + 1, hi, gone, NULL) == k + 1) return 1;
        /* ("reported a 14% rise in third-quarter same-store sales earlier this month.": the
         * time closing the clause) */
        /* (a report's verb: "said its comparable store sales rose 4.3 pct last month" tells
         * last month's sales) */
        static const char *const reported[] = {"reported", "posted", "announced", NULL};
        long gl = ex_ty_is(a, (size_t)k, reported)
                      ? ex_ty_find_phrase(a, (size_t)k + 1, hi, gone, &end)
                      : -1;
        if (gl >= 0 &&
            (end >= hi || ex_tok_is(a, end, ",") || ex_tok_is(a, end, ".") ||
             ex_tok_is(a, end, ";")) &&
            ex_ty_find(a, (size_t)k + 1, (size_t)gl, told) < 0 &&
            ex_ty_find(a, (size_t)k + 1, (size_t)gl, apart) < 0 && (size_t)k < at + 2 &&
            (size_t)gl > at)
            return 1;
        /* ("The company earlier this year reported": the time right before the verb) */
        long g =
            ex_ty_find_phrase(a, (size_t)k > lo + 4 ? (size_t)k - 4 : lo, (size_t)k, gone, &end);
        if (g >= 0 && end == (size_t)k) return 1;
    }
    return 0;
}

int ex_ty_past_perfect(const art_t *a, size_t lo, size_t hi)
{
    static const char *const had_moved[] = {"had fallen",   "had risen",     "had dropped",
                                            "had declined", "had swung",     "had grown",
                                            "had jumped",   "had climbed",   "had slipped",
                                            "had slumped",  "had increased", "had decreased",
                                            "had reported", "had posted",    "had raised",
                                            "had cut",      "had completed", NULL};
    /* (not reported speech: "said on Tuesday it had completed its buyback" is the news) */
    static const char *const said[] = {"said", "says", "announced", "reported", "added", NULL};
    for (long k = ex_ty_find_phrase(a, lo, hi, had_moved, NULL); k >= 0;
         k = ex_ty_find_phrase(a, (size_t)k + 1, hi, had_moved, NULL)) {
        size_t b = (size_t)k > lo + 6 ? (size_t)k - 6 : lo;
        if (ex_ty_find(a, b, (size_t)k, said) < 0) return 1;
    }
    return 0;
}

int ex_ty_future(const art_t *a, size_t lo, size_t at)
{
    static const char *const w[] = {"to",       "may",       "might", "could", "considering",
                                    "weighing", "preparing", "would", "plans", NULL};
    size_t from = at > lo + 3 ? at - 3 : lo;
    for (size_t i = from; i < at; i++)
        if (ex_ty_is(a, i, w)) return 1;
    return 0;
}

/* Is "May" at token k (of a range from lo) the month: a day after it ("payable May 1", "May
 * One"), or written "May" inside the range ("six cts for April, four cts for May, five cts")?
 * The verb is lower case there, and a title in capitals writes "MAY". */
static int ty_month_may(const art_t *a, size_t lo, size_t k)
{
    const extract_tok_t *t = ex_tk(a, k);
    if (t->flags & EXTRACT_TOK_LOWER) return 0;
    if (k + 1 < a->toks.n && ex_ty_small_num(a, k + 1, &(double){0})) return 1;
    return k > lo && t->len == 3 && a->text[t->off + 1] == 'a' && a->text[t->off + 2] == 'y';
}

int ex_ty_guessed(const art_t *a, const sent_t *s, size_t lo, size_t at)
{
    static const char *const modal[] = {"could", "might", "may", "likely", NULL};
    static const char *const others[] = {"analyst", "analysts", "observers", "believe", "believes",
                                         "reckon",  "reckons",  "reasoned",  "suggest", "suggests",
                                         "think",   "thinks",   NULL};
    long k = ex_ty_find(a, lo, at, modal);
    return k >= 0 && !(ex_tok_is(a, (size_t)k, "may") && ty_month_may(a, lo, (size_t)k)) &&
           ex_ty_find(a, s->t0, s->t1, others) >= 0;
}

int ex_ty_speculative(const art_t *a, size_t lo, size_t at)
{
    static const char *const w[] = {"speculated", "speculation", "speculate", "hopes",   "hope",
                                    "talk",       "could",       "might",     "may",     "likely",
                                    "chances",    "rumours",     "rumors",    "whether", "if",
                                    "?",          NULL};
    /* (not the month: "payable May 1 to holders of record") */
    for (long k = ex_ty_find(a, lo, at, w); k >= 0; k = ex_ty_find(a, (size_t)k + 1, at, w))
        if (!(ex_tok_is(a, (size_t)k, "may") && ty_month_may(a, lo, (size_t)k))) return 1;
    return 0;
}

int ex_ty_set_context(art_t *a, event_t *ev, const sent_t *s, size_t at)
{
    if (!ex_ty_context(a, s, at)) return 0;
    if (event_set_bool(ev, "context", 1)) a->oom = 1;
    return 1;
}

/* A sale or purchase named as the source of a result: "a gain of 4.2 mln dlrs on the sale of",
 * "a loss ... from the proposed sale of", "the proceeds from the sale of": the news is the
 * gain, the charge or what the money pays for; the deal word at follows "on" or "from" (past
 * an article and words of its timing), with a result word within twelve words before. */
static int ty_deal_result(const art_t *a, const sent_t *s, size_t at)
{
    static const char *const skip[] = {"the",     "its",      "their",      "a",         "proposed",
                                       "planned", "pending",  "previously", "announced", "reported",
                                       "recent",  "recently", "completed",  "expected",  NULL};
    static const char *const via[] = {"on", "from", NULL};
    static const char *const result[] = {
        "gain",    "gains",     "loss",       "losses",   "profit",    "profits", "charge",
        "charges", "writedown", "writedowns", "proceeds", "provision", NULL};
    /* ("write-down" is three tokens) */
    static const char *const result_ph[] = {"write - down", "write - downs", NULL};
    size_t i = at;
    /* (and an owner's word: "gains of 983.6 mln dlrs mainly from the firm's sale of the Hong
     * Kong Hilton") */
    for (;;) {
        if (i > s->t0 && ex_ty_is(a, i - 1, skip))
            i--;
        else if (i > s->t0 + 1 && (ex_tk(a, i - 1)->flags & EXTRACT_TOK_POSS))
            i -= 2;
        else
            break;
    }
    if (i == s->t0 || !ex_ty_is(a, i - 1, via)) return 0;
    size_t lo = i - 1 > s->t0 + 12 ? i - 1 - 12 : s->t0;
    /* (the last one before, and no comma between: one phrase) */
    long r = ex_ty_find_last(a, lo, i - 1, result);
    for (long q = ex_ty_find_phrase(a, lo, i - 1, result_ph, NULL); q >= 0;
         q = ex_ty_find_phrase(a, (size_t)q + 1, i - 1, result_ph, NULL))
        if (q > r) r = q;
    if (r < 0) return 0;
    long c = ex_ty_find_one(a, (size_t)r, i - 1, ",");
    /* (past the per-share figure in an appositive: "includes gain of 412,000 dlrs, or four
     * cts a share, from the sale of") */
    if (c >= 0 && (size_t)c + 2 < i - 1 && ex_tok_is(a, (size_t)c + 1, "or") &&
        ex_ty_find_one(a, (size_t)c + 1, i - 1, ",") == (long)i - 2)
        c = -1;
    return c < 0;
}

/* The year of a date that opens at token i (after an "in"): "1986", "October 1986", "Aug 12,
 * 1986"; 0 when [i, hi) opens with none. */
static int ty_year_at(const art_t *a, size_t i, size_t hi)
{
    if (i < hi && (ex_tk(a, i)->flags & EXTRACT_TOK_CAP) &&
        date_month_of(a->text + ex_tk(a, i)->off, ex_tk(a, i)->len))
        i++;
    if (i + 1 < hi && (ex_tk(a, i)->flags & EXTRACT_TOK_NUM) && ex_tk(a, i)->len <= 2) i++;
    if (i + 1 < hi && ex_tok_is(a, i, ",")) i++;
    if (i >= hi) return 0;
    const extract_tok_t *t = ex_tk(a, i);
    return (t->flags & EXTRACT_TOK_NUM) && t->len == 4 ? (int)ex_parse_num(a, i) : 0;
}

int ex_ty_past_year_main(const art_t *a, size_t lo, size_t hi)
{
    for (size_t i = lo; a->year && i + 1 < hi; i++) {
        if (!ex_tok_is(a, i, "in") || ex_rel_open(a, lo, i)) continue;
        int y = ty_year_at(a, i + 1, hi);
        if (y >= 1900 && y < a->year) return 1;
    }
    return 0;
}

int ex_ty_since_past_year(const art_t *a, size_t lo, size_t hi)
{
    for (size_t i = lo; a->year && i + 1 < hi; i++) {
        if (!ex_tok_is(a, i, "since")) continue;
        int y = ty_year_at(a, i + 1, hi);
        if (y >= 1900 && y < a->year) return 1;
    }
    return 0;
}

int ex_ty_past_year(const art_t *a, size_t lo, size_t hi, int stop_comma)
{
    for (size_t i = lo; a->year && i + 1 < hi; i++) {
        if (ex_tok_is(a, i, ";") || (stop_comma && ex_tok_is(a, i, ","))) break;
        if (!ex_tok_is(a, i, "in")) continue;
        int y = ty_year_at(a, i + 1, hi);
        if (y >= 1900 && y < a->year) return 1;
    }
    return 0;
}

/* A deal named as background: done "last year" (anywhere in the sentence), the cause of
 * something else ("as a result of the takeover of AE", "the previous purchase of a stake"),
 * cited by a rating agency, or the origin of a unit ("formed last month when X completed
 * the acquisition of Y"): the cue within eight words before the deal word at. */
/* "The deal comes less than two weeks after rival Exxon Mobil agreed to acquire Pioneer",
 * "two weeks after the European Commission cleared the deal": a thing a counted span of time
 * before another, told at token at after "after" in [lo, at) (no comma between). */
static int ty_span_after(const art_t *a, const sent_t *s, size_t lo, size_t at)
{
    static const char *const span[] = {"days", "weeks", "months", "years", NULL};
    static const char *const after_w[] = {"after", NULL};
    static const char *const counts[] = {"two",     "three", "four", "five", "six",
                                         "seven",   "eight", "nine", "ten",  "few",
                                         "several", "a",     "many", NULL};
    static const char *const comma[] = {",", NULL};
    for (long g = ex_ty_find(a, lo, at, after_w); g >= 0;
         g = ex_ty_find(a, (size_t)g + 1, at, after_w))
        /* (a span counted: not "Years after its first attempt Acme agreed to buy") */
        if ((size_t)g > s->t0 + 1 && ex_ty_is(a, (size_t)g - 1, span) &&
            ((ex_tk(a, (size_t)g - 2)->flags & EXTRACT_TOK_NUM) ||
             ex_ty_is(a, (size_t)g - 2, counts)) &&
            ex_ty_find(a, (size_t)g, at, comma) < 0)
            return 1;
    return 0;
}

static int ty_deal_context(const art_t *a, const sent_t *s, size_t at)
{
    static const char *const anywhere[] = {"last year", NULL};
    static const char *const before[] = {"result of the", "result of its", "previous", "cited",
                                         /* "the financing costs associated with its purchase
                                          * of 3.5 mln Carter Hawley Hale Stores shares ...
                                          * lowered first quarter net" */
                                         "associated with its", "associated with the",
                                         "related to its", "related to the", "formed",
                                         "earlier purchase", "since it", "since they",
                                         "including the", "including its", "which later",
                                         /* "a special dividend from the proceeds of the sale
                                          * of its trucking unit": a deal's money spent */
                                         "proceeds of", "proceeds from", NULL};
    /* "Last month, rival Dunmore Group agreed to sell", "and last fall rival Grantham
     * Transport acquired": a time gone by that opens the clause (not "Viacom last week
     * agreed to be acquired", the news told again) */
    static const char *const gone[] = {"last month",  "last week",   "last fall",
                                       "last autumn", "last spring", "last summer",
                                       "last winter", "back in",     NULL};
    static const char *const following[] = {"following", NULL};
    static const char *const comma[] = {",", NULL};
    /* "Exxon's purchase of Pioneer earlier this month": a deal already told */
    static const char *const after[] = {"earlier this month", "earlier this year", "last month",
                                        "last week", NULL};
    /* (after it, in its own clause: "which has built a stake in Pfizer, has criticized its
     * purchase of Seagen last year" tells the stake as news) */
    for (long y = ex_ty_find_phrase(a, s->t0, s->t1, anywhere, NULL); y >= 0;
         y = ex_ty_find_phrase(a, (size_t)y + 1, s->t1, anywhere, NULL)) {
        if ((size_t)y < at || ex_ty_find_one(a, at, (size_t)y, ",") < 0) return 1;
    }
    if (ty_deal_result(a, s, at)) return 1;
    size_t lo = at > s->t0 + 8 ? at - 8 : s->t0, hi = at + 10 < s->t1 ? at + 10 : s->t1;
    /* "Saskatchewan could lose C$2bn in royalties if BHP was allowed to acquire the
     * producer": a deal on a condition, in a clause "if" or "unless" opens (no comma between) */
    for (size_t i = at; i > lo; i--) {
        if (ex_tok_is(a, i - 1, ",") || ex_tok_is(a, i - 1, ";")) break;
        if (ex_tok_is(a, i - 1, "if") || ex_tok_is(a, i - 1, "unless")) return 1;
    }
    /* "following rival Exxon's purchase of Pioneer"; not "Following talks with regulators,
     * Chevron agreed to buy" (a comma between: the clause before the news) */
    long f = ex_ty_find(a, lo, at, following);
    if (f >= 0 && ex_ty_find(a, (size_t)f, at, comma) < 0) return 1;
    /* "The deal comes less than two weeks after rival Exxon Mobil agreed to acquire
     * Pioneer": a deal a span of time before another thing (no comma between) */
    if (ty_span_after(a, s, lo, at)) return 1;
    if (ex_ty_find_phrase(a, lo, at, before, NULL) >= 0) return 1;
    /* (not the time of a bid whose answer is the news: "rejected the takeover proposal made
     * last week by Ansel") */
    for (long w = ex_ty_find_phrase(a, at, hi, after, NULL); w >= 0;
         w = ex_ty_find_phrase(a, (size_t)w + 1, hi, after, NULL))
        if (!((size_t)w > s->t0 && ex_tok_is(a, (size_t)w - 1, "made"))) return 1;
    /* "Doyle, who took the helm in 2022, steered the company through its merger with
     * Sunfield a year later": a time counted from an earlier year the sentence names */
    static const char *const later[] = {"a year later", "years later", "a month later",
                                        "months later", NULL};
    if (ex_ty_find_phrase(a, at, hi, later, NULL) >= 0 && ex_ty_past_year(a, s->t0, s->t1, 0))
        return 1;
    /* "the recent sale of its Fairey Engineering companies ... was part of its policy": a deal
     * named as a recent thing; "The bank has sold operations in a number of countries
     * recently": deals done before, told in the perfect */
    static const char *const recently[] = {"recently", NULL};
    static const char *const perfect[] = {"has", "have", NULL};
    if (at > s->t0 && ex_tok_is(a, at - 1, "recent")) return 1;
    if (at > s->t0 && ex_ty_is(a, at - 1, perfect) && ex_ty_find(a, at + 1, hi, recently) >= 0)
        return 1;
    for (long g = ex_ty_find_phrase(a, lo, at, gone, NULL); g >= 0;
         g = ex_ty_find_phrase(a, (size_t)g + 1, at, gone, NULL))
        if ((size_t)g == s->t0 || ex_tok_is(a, (size_t)g - 1, "and") ||
            ex_tok_is(a, (size_t)g - 1, ","))
            return 1;
    /* "Babcock ... announced last week that Iran was selling its 25.2 pct holding": a deal
     * told before, by a verb of telling dated before the story */
    static const char *const told_before[] = {"announced last week",
                                              "announced last month",
                                              "said last week",
                                              "said last month",
                                              "disclosed last week",
                                              "disclosed last month",
                                              NULL};
    if (ex_ty_find_phrase(a, at > s->t0 + 16 ? at - 16 : s->t0, at, told_before, NULL) >= 0)
        return 1;
    /* "The company agreed in January to buy snack maker Pellworth" told in April: a deal of
     * a month gone by (or "rejected a proposal from rival Pinemark Software in October") */
    /* (not "completed its acquisition of Kettle Creek, first announced in June": the month of
     * its announcement) */
    static const char *const announced_w[] = {"first announced", "previously announced",
                                              "originally announced", NULL};
    /* (nor "terminated their agreement, announced in March, under which Epworth would have
     * acquired Haxey", "completed its acquisition of Haxey, agreed in March": the month the
     * ended or completed deal was agreed) */
    static const char *const agreed_in[] = {"announced in", "agreed in", "signed in", NULL};
    static const char *const ended_w[] = {"terminated", "ended",     "completed", "abandoned",
                                          "scrapped",   "cancelled", "canceled",  "closed",
                                          "terminate",  "end",       "cancel",    NULL};
    long ai = ex_ty_find_phrase(a, lo, hi, agreed_in, NULL);
    if (ai >= 0 && ex_ty_find(a, lo, (size_t)ai, ended_w) < 0) ai = -1;
    size_t a0 = ai >= 0 ? (size_t)ai : hi, a1 = ai >= 0 ? (size_t)ai + 4 : hi;
    if (ex_ty_past_month(a, lo, at < a0 ? at : a0) || (a1 < at && ex_ty_past_month(a, a1, at)) ||
        (((at < a0 && ex_ty_past_month(a, at, a0)) ||
          (a1 < hi && ex_ty_past_month(a, a1 > at ? a1 : at, hi))) &&
         ex_ty_find_phrase(a, at, hi, announced_w, NULL) < 0))
        return 1;
    /* "spending $8 billion on acquisitions since 2022": deals since an earlier year */
    for (size_t i = lo; i + 1 < at; i++)
        if (ex_tok_is(a, i, "since")) {
            const extract_tok_t *t = ex_tk(a, i + 1);
            double y = (t->flags & EXTRACT_TOK_NUM) && t->len == 4 ? ex_parse_num(a, i + 1) : 0;
            if (y >= 1900 && a->year && y < a->year) return 1;
        }
    /* "Late in 1985, Gencorp cut a deal ... to sell KHJ-TV", "In 2021, X bought Y", "In
     * November 1986, Novo purchased": an earlier year opening the sentence */
    for (size_t i = s->t0; i + 1 < at && i < s->t0 + 3; i++)
        if (ex_tok_is(a, i, "in")) {
            int y = ty_year_at(a, i + 1, at);
            if (y >= 1900 && a->year && y < a->year) return 1;
        }
    /* "bought beverage maker Tidewell for $3.2 billion in 2021", "acquired Knox Lumber Co for
     * about 24.3 mln dlrs in October 1986": done in an earlier year */
    size_t hy = at + 16 < s->t1 ? at + 16 : s->t1; /* (past a long name and its price) */
    for (size_t i = at + 1; i + 1 < hy && !ex_tok_is(a, i, ";"); i++)
        if (ex_tok_is(a, i, "in")) {
            int y = ty_year_at(a, i + 1, s->t1);
            if (y >= 1900 && a->year && y < a->year) return 1;
        }
    /* ("IBM acquired Rolm, a Santa Clara, Calif.-based maker of telephone switchboards and
     * other telecommunications equipment, in 1984.": the year that ends the sentence, past
     * a long description) */
    size_t e = s->t1;
    while (e > at + 2 && ex_tk(a, e - 1)->flags & EXTRACT_TOK_PUNCT) e--;
    /* (not the year of another deal told after it: "its biggest purchase since it bought
     * Activision Blizzard in 2023") */
    static const char *const other_deal[] = {"since",     "bought", "acquired",
                                             "purchased", "sold",   NULL};
    if (e > hy && e >= at + 3 && ex_tok_is(a, e - 2, "in") && ex_tk(a, e - 1)->len == 4 &&
        ex_ty_find_one(a, at, e, ";") < 0 && ex_ty_find(a, at + 1, e - 2, other_deal) < 0) {
        int y = ty_year_at(a, e - 1, s->t1);
        if (y >= 1900 && a->year && y < a->year) return 1;
    }
    return 0;
}

/* The first token of the mention of ev's target (or investee, or its last company) in s,
 * or s->t1 when none is there. */
static size_t ty_event_target(const art_t *a, const sent_t *s, const event_t *ev)
{
    const char *id = NULL;
    for (size_t i = 0; i < ev->ncompanies && !id; i++) {
        const char *r = ev->companies[i].role;
        if (r && (strcmp(r, "target") == 0 || strcmp(r, "investee") == 0)) id = ev->companies[i].id;
    }
    if (!id && ev->ncompanies) id = ev->companies[ev->ncompanies - 1].id;
    for (size_t m = 0; id && m < a->nments; m++)
        if (a->ments[m].t0 >= s->t0 && a->ments[m].t1 <= s->t1 &&
            strcmp(ex_co_id(a, a->ments[m].co), id) == 0)
            return a->ments[m].t0;
    /* (that one unnamed here, "the sale of its trucking business to Dervock Freight Lines
     * Inc last year": the first of the others the sentence names) */
    for (size_t m = 0; m < a->nments; m++) {
        if (a->ments[m].t0 < s->t0 || a->ments[m].t1 > s->t1) continue;
        for (size_t i = 0; i < ev->ncompanies; i++)
            if (strcmp(ex_co_id(a, a->ments[m].co), ev->companies[i].id) == 0)
                return a->ments[m].t0;
    }
    return s->t1;
}

/* Results set against a prior period ("SHR 2.6 cents vs 5.2 cents", "rose 12 pct"): a
 * report's own figures, never background. */
static int ty_results_prior(const event_t *ev)
{
    const event_field_t *m = event_get(ev, "metrics");
    for (size_t i = 0; m && m->kind == EVENT_FIELD_LIST && i < m->nitems; i++)
        if (event_record_get(&m->items[i], "prior") ||
            event_record_get(&m->items[i], "change_percent"))
            return 1;
    return 0;
}

/* Do the title and the lead speak of results ("4TH QTR NET", "posted a quarterly loss")? */
static int ty_results_open(art_t *a)
{
    static const char *const w[] = {
        "net",     "profit",   "profits", "loss",      "losses",  "earnings", "earned",
        "results", "qtr",      "quarter", "quarterly", "sales",   "revenue",  "revenues",
        "income",  "turnover", "shr",     "eps",       "interim", "half",     "year",
        "annual",  "dividend", "div",     "payout",    "record",  "months",   NULL};
    if (!a->results_open) {
        int cue = 0;
        for (size_t i = 0; i < a->nsents && i < 2 && !cue; i++)
            cue = a->sents[i].seg == 0 && ex_ty_find(a, a->sents[i].t0, a->sents[i].t1, w) >= 0;
        a->results_open = cue ? 1 : 2;
    }
    return a->results_open == 1;
}

/* Is the stake word at k one held rather than bought or sold? "which has a 45 per cent
 * stake in", "Harwick has a 30 per cent stake in" (not "said it has"), ", with a 45 per cent
 * stake in", "from its 45 per cent holding in" (what a holding brings in). */
static int ty_stake_held(const art_t *a, const sent_t *s, size_t k)
{
    static const char *const det[] = {"a", "an", "its", NULL};
    static const char *const held[] = {"has", "owns", "holds", NULL};
    static const char *const rel[] = {"which", "already", "also", NULL};
    size_t i = k;
    while (i > s->t0 && k - i < 8 && !ex_ty_is(a, i - 1, det)) i--;
    if (i <= s->t0 + 1 || k - i >= 8) return 0;
    size_t d = i - 1, v = d - 1;
    if (ex_tok_is(a, d, "its")) return ex_tok_is(a, v, "from");
    if (ex_tok_is(a, v, "with")) return v > s->t0 && ex_tok_is(a, v - 1, ",");
    if (!ex_ty_is(a, v, held) || v == s->t0) return 0;
    if (ex_ty_is(a, v - 1, rel)) return 1;
    long m = ex_ment_before(a, v, s->t0);
    return ex_tok_is(a, v, "has") && ((m >= 0 && a->ments[m].t1 == v) || ex_capword(a, v - 1));
}

/* Is the stake word at k a holding the sentence opens with and speaks of? "Vodafone's
 * minority stake in Verizon Wireless has caused friction", "X's stake in Y is worth $45bn"
 * (not "X's stake in Y rose to 55 per cent", a stake changed): the owner's possessive opens
 * the sentence, and a verb of state follows the company the stake is in. */
static int ty_stake_owned(const art_t *a, const sent_t *s, size_t k)
{
    static const char *const mod[] = {"minority", "majority", "remaining", "controlling", NULL};
    static const char *const state[] = {
        "is",     "was",   "has",   "had",   "represents", "represented", "accounts", "remains",
        "caused", "gives", "makes", "would", "could",      "will",        NULL};
    size_t p = k;
    while (p > s->t0 && k - p < 2 && ex_ty_is(a, p - 1, mod)) p--;
    if (p <= s->t0 + 1 || !ex_tok_is(a, p - 1, "'s")) return 0;
    long m = ex_ment_before(a, p - 1, s->t0);
    if (m < 0 || a->ments[m].t1 != p - 1 || a->ments[m].t0 != s->t0) return 0;
    if (k + 2 >= s->t1 || !ex_tok_is(a, k + 1, "in")) return 0;
    long n = ex_ment_after(a, k + 2, s->t1);
    if (n < 0 || a->ments[n].t0 != k + 2) return 0;
    size_t v = a->ments[n].t1;
    while (v < s->t1 && v < a->ments[n].t1 + 2 && ex_capword(a, v)) v++; /* "Verizon Wireless" */
    return v < s->t1 && ex_ty_is(a, v, state);
}

/* Does the sentence speak of stakes only as held ones (one stake bought beside one held is
 * news)? */
static int ty_stakes_held(const art_t *a, const sent_t *s)
{
    static const char *const stake[] = {"stake", "stakes", "holding", "interest", NULL};
    int any = 0;
    for (long k = ex_ty_find(a, s->t0, s->t1, stake); k >= 0;
         k = ex_ty_find(a, (size_t)k + 1, s->t1, stake)) {
        if (!ty_stake_held(a, s, (size_t)k) && !ty_stake_owned(a, s, (size_t)k)) return 0;
        any = 1;
    }
    return any;
}

/* Is the step at k (a verdict, a referral, a cut) one of the past? "A Missouri jury ordered
 * the company to pay $260 million to a single plaintiff in October", "The CMA had referred the
 * deal for an in-depth investigation in February": a month gone by in its own words, no other
 * verb between ("settled a suit filed in October" settles now); "The company, which cut 1,500
 * jobs last year, said": last year's in a relative clause. */
static int ty_step_past(const art_t *a, const sent_t *s, size_t k)
{
    size_t e = k + 1;
    while (e < s->t1 && e < k + 20 && !ex_tok_is(a, e, ",") && !ex_tok_is(a, e, ";")) e++;
    /* (a step to come has no month gone by: "will cut 300 jobs in October") */
    static const char *const future[] = {"will", "would", "to", "plans", "expects", "may", NULL};
    if (ex_ty_find(a, k > s->t0 + 3 ? k - 3 : s->t0, k, future) >= 0) return 0;
    int dmon = a->dateline[0] ? atoi(a->dateline + 5) : 0;
    for (size_t i = k + 1; i < e; i++) {
        const extract_tok_t *t = ex_tk(a, i);
        if (ex_tok_is(a, i, "in") || ex_tok_is(a, i, "last")) {
            if (ex_ty_past_month(a, i, e)) return 1;
            /* (a month after the dateline's, told in the past, is last year's: "ordered the
             * company to pay ... in October" in May) */
            if (dmon && ex_tok_is(a, i, "in") && i + 1 < e &&
                (ex_tk(a, i + 1)->flags & EXTRACT_TOK_CAP)) {
                int m = date_month_of(a->text + ex_tk(a, i + 1)->off, ex_tk(a, i + 1)->len);
                if (m && m > dmon && !(i + 2 < e && (ex_tk(a, i + 2)->flags & EXTRACT_TOK_NUM)))
                    return 1;
            }
            break;
        }
        /* (another verb in the past between: the month is its; not the step's own, right
         * after a regulator named: "The CMA had referred") */
        if (i > k + 2 && (t->flags & EXTRACT_TOK_LOWER) && t->len > 3 &&
            strncmp(a->text + t->off + t->len - 2, "ed", 2) == 0)
            break;
    }
    static const char *const ago[] = {"year", "month", "week", "quarter", NULL};
    if (ex_rel_open(a, s->t0, k))
        for (size_t i = k + 1; i + 1 < e; i++)
            if (ex_tok_is(a, i, "last") && ex_ty_is(a, i + 1, ago)) return 1;
    return 0;
}

/* Is sentence s, as a whole, told of an earlier time: "in November 2025", "in September"
 * (before the dateline's month), "last month", "last August", "in 2021" (not in a relative
 * clause: "Rheinmetall, which was founded in 1889, opened"), with no sign of the present
 * ("on Tuesday", "today", "this week") or of the future ("will", "plans")? */
static int ty_sentence_past(const art_t *a, const sent_t *s)
{
    static const char *const now[] = {"today",     "tuesday",  "monday", "wednesday", "thursday",
                                      "friday",    "saturday", "sunday", "will",      "now",
                                      "yesterday", "this",     "is",     "are",       NULL};
    /* (a plan as a verb: "plans to"; not "a multi-year rate plan") */
    static const char *const plans_to[] = {"plans to", "plan to", NULL};
    /* ("Earlier this year GenCorp agreed to sell its WOR-TV station ...": a time gone by
     * opening the sentence) */
    static const char *const earlier[] = {"earlier this year", "earlier this month", NULL};
    size_t eh = s->t0 + 4 < s->t1 ? s->t0 + 4 : s->t1;
    if (ex_ty_find_phrase(a, s->t0, eh, earlier, NULL) == (long)s->t0) return 1;
    if (!a->year || ex_ty_find(a, s->t0, s->t1, now) >= 0 ||
        ex_ty_find_phrase(a, s->t0, s->t1, plans_to, NULL) >= 0)
        return 0;
    if (ex_ty_past_month(a, s->t0, s->t1)) return 1;
    /* "the joint venture Volkswagen formed with Rivian last year" */
    for (long l = ex_ty_find_one(a, s->t0, s->t1, "last year"); l >= 0;
         l = ex_ty_find_one(a, (size_t)l + 1, s->t1, "last year"))
        if (!ex_rel_open(a, s->t0, (size_t)l)) return 1;
    for (size_t i = s->t0; i + 1 < s->t1; i++) {
        /* "last August": a month named after "last" is always an earlier one */
        if (ex_tok_is(a, i, "last") && (ex_tk(a, i + 1)->flags & EXTRACT_TOK_CAP) &&
            date_month_of(a->text + ex_tk(a, i + 1)->off, ex_tk(a, i + 1)->len) &&
            ex_tk(a, i + 1)->len >= 3)
            return 1;
    }
    return ex_ty_past_year_main(a, s->t0, s->t1);
}

/* Is sentence s told of a year gone by ("in 2019", "last year", outside a relative clause),
 * with no sign of the present or the future (ty_sentence_past's)? */
static int ty_sentence_past_year(const art_t *a, const sent_t *s)
{
    return ty_sentence_past(a, s) && !ex_ty_past_month(a, s->t0, s->t1);
}

void ex_ty_mark_context(art_t *a, const sent_t *s)
{
    /* deals mentioned as the reason for something else: "to help fund its purchase of X" */
    /* this sentence's events are the last ones appended: stop at the first older one, so
     * an article with many sentences stays linear */
    /* "Standard and Poor's said it may downgrade AFG Industries Inc and GenCorp Inc because a
     * partnership ... made a tender offer to acquire GenCorp": a deal told as the reason of a
     * rating action is the rating's cause, told as news elsewhere */
    int rated = 0;
    for (size_t i = a->out->n; i-- > a->out_base && !rated;) {
        const event_t *ev = &a->out->items[i];
        if (ev->source.offset != (long long)s->off) break;
        rated = ev->type == EVENT_RATING_CHANGE;
    }
    /* (or a review the agency opens: "placed on CreditWatch", "may downgrade") */
    static const char *const agency[] = {
        "standard and poor", "s and p", "s / p",           "s & p", "moody",
        "moody's",           "fitch",   "duff and phelps", NULL};
    static const char *const review[] = {"creditwatch", "downgrade", "upgrade", "downgraded",
                                         "upgraded",    "affirmed",  "review",  "reviewing",
                                         "rating",      "ratings",   NULL};
    if (!rated && ex_ty_find_phrase(a, s->t0, s->t1, agency, NULL) >= 0 &&
        ex_ty_find(a, s->t0, s->t1, review) >= 0)
        rated = 1;
    for (size_t i = a->out->n; i-- > a->out_base;) {
        event_t *ev = &a->out->items[i];
        if (ev->source.offset != (long long)s->off) break;
        /* results told in the body of an article whose title and lead speak of something
         * else are background ("AMEX APPROVES LANDMARK TECHNOLOGY FOR LISTING" ... "Landmark
         * Technology reported net income of about 3.9 mln dlrs"; "In 1986, Pfizer earned") */
        /* (unless told as more news: "Usurbil, a maker of specialty papers, also reported
         * second quarter net income of 3.2 mln dlrs" under a buyout's title) */
        /* (or joined to another step told as news: "It also cut its final dividend to 2.1p
         * from 6.4p and reported pre-tax profit of £96m for 2008") */
        static const char *const also[] = {
            "also reported", "also posted", "also said its", "also announced", "and reported",
            "and posted",    NULL};
        if (ev->type == EVENT_EARNINGS) {
            if (s >= a->sents + 2 && s->seg == 0 && !ty_results_prior(ev) && !ty_results_open(a) &&
                ex_ty_find_phrase(a, s->t0, s->t1, also, NULL) < 0 &&
                event_set_bool(ev, "context", 1))
                a->oom = 1;
            continue;
        }
        /* "two weeks after the European Commission cleared the $1.1 billion deal", "three
         * months after the FTC sued to block the deal", "said in April it would cut 2,000
         * jobs": a regulator's or a court's step, or a cut, told as the time of another */
        if (ev->type == EVENT_REGULATORY_APPROVAL || ev->type == EVENT_REGULATORY_FILING ||
            ev->type == EVENT_LEGAL || ev->type == EVENT_WORKFORCE) {
            static const char *const step[] = {
                "cleared", "approved", "blocked",  "block",     "sued",      "fined",
                "cut",     "lay",      "laid",     "eliminate", "shed",      "approval",
                "lawsuit", "ordered",  "referred", "awarded",   "submitted", NULL};
            long k = ex_ty_find(a, s->t0, s->t1, step);
            for (size_t m = 0; m < a->nments; m++)
                if (a->ments[m].regulator && a->ments[m].t0 >= s->t0 && a->ments[m].t1 <= s->t1 &&
                    (k < 0 || a->ments[m].t0 < (size_t)k)) {
                    k = (long)a->ments[m].t0;
                    break;
                }
            /* ("UPS said last month that it expected to hire about 100,000 seasonal workers":
             * staff hired, told of an earlier time) */
            if (((k >= 0 &&
                  (ty_span_after(a, s, s->t0, (size_t)k) ||
                   (ev->type == EVENT_WORKFORCE && ex_ty_past_month(a, s->t0, (size_t)k)) ||
                   ty_step_past(a, s, (size_t)k))) ||
                 (k < 0 && ev->type == EVENT_WORKFORCE && ty_sentence_past(a, s)) ||
                 /* ("a 200 million euro penalty the Commission imposed on Meta in April") */
                 ((ev->type == EVENT_LEGAL || ev->type == EVENT_REGULATORY_FILING) &&
                  ty_sentence_past(a, s))) &&
                event_set_bool(ev, "context", 1))
                a->oom = 1;
            continue;
        }
        /* "Lumora filed voluntary petitions ... in November 2025", "Rival Casa Verde filed
         * for Chapter 11 in September", "opened a new factory in Unterluess last August": a
         * step of a company's life told of an earlier time is background */
        if (ev->type == EVENT_BANKRUPTCY || ev->type == EVENT_FACILITY ||
            ev->type == EVENT_PARTNERSHIP || ev->type == EVENT_FINANCING ||
            ev->type == EVENT_PRODUCT_ANNOUNCEMENT) {
            if (ty_sentence_past(a, s) && event_set_bool(ev, "context", 1)) a->oom = 1;
            continue;
        }
        /* ("In 2023, Aerovance won a $210 million contract": a contract of a year gone by;
         * one of an earlier month is news told late) */
        if (ev->type == EVENT_CONTRACT) {
            if (ty_sentence_past(a, s) && !ex_ty_past_month(a, s->t0, s->t1) &&
                event_set_bool(ev, "context", 1))
                a->oom = 1;
            continue;
        }
        if (ev->type != EVENT_ACQUISITION && ev->type != EVENT_INVESTMENT) continue;
        if (rated) {
            if (event_set_bool(ev, "context", 1)) a->oom = 1;
            continue;
        }
        /* "Vodafone, which has a 45 per cent stake in Verizon Wireless, will get": a holding */
        if (ev->type == EVENT_INVESTMENT && ty_stakes_held(a, s)) {
            if (event_set_bool(ev, "context", 1)) a->oom = 1;
            continue;
        }
        static const char *const trig[] = {
            "purchase", "acquisition", "merger",     "takeover", "deal",      "sale",
            "buyout",   "acquired",    "acquire",    "bought",   "offer",     "buy",
            "buys",     "sell",        "sells",      "sold",     "purchased", "invest",
            "invests",  "invested",    "investment", "funding",  "round",     "stake",
            "holding",  "proposal",    "bid",        "taken",    NULL};
        long k = ex_ty_find(a, s->t0, s->t1, trig);
        /* with several deals in the sentence, the trigger word right before this one's
         * target ("Chevron would buy Hess ..., following rival Exxon's purchase of
         * Pioneer earlier this month") */
        size_t tgt = ty_event_target(a, s, ev);
        if (tgt < s->t1) {
            long kb = -1;
            for (long q = k; q >= 0 && (size_t)q < tgt; q = ex_ty_find(a, (size_t)q + 1, tgt, trig))
                kb = q;
            /* none before it ("Y was acquired by X"): the nearest after it */
            k = kb >= 0 ? kb : ex_ty_find(a, tgt, s->t1, trig);
        }
        /* a stake's verb a few words before it tells the deal ("sold its 34.2 pct stake in
         * X"); alone, the stake does ("which has built a stake in Pfizer") */
        static const char *const held[] = {"stake", "holding", NULL};
        if (k >= 0 && ex_ty_is(a, (size_t)k, held)) {
            long v = -1;
            for (long q =
                     ex_ty_find(a, (size_t)k > s->t0 + 5 ? (size_t)k - 5 : s->t0, (size_t)k, trig);
                 q >= 0; q = ex_ty_find(a, (size_t)q + 1, (size_t)k, trig))
                v = q;
            if (v >= 0) k = v;
        }
        /* ("Carrow Partners took SleepHaven private in 2019 in a $1.1 billion deal": a deal of
         * a year gone by) */
        /* ("In July, Pinnacle Financial Partners and Synovus Financial agreed to combine",
         * told in March: a month gone by opening the sentence dates its main clause) */
        int fronted = s->t0 + 3 < s->t1 && ex_tok_is(a, s->t0, "in") &&
                      ex_tok_is(a, s->t0 + 2, ",") && ex_ty_past_month(a, s->t0, s->t0 + 3);
        if (fronted && event_set_bool(ev, "context", 1)) a->oom = 1;
        if (k >= 0 &&
            (ex_ty_context(a, s, (size_t)k) || ty_deal_context(a, s, (size_t)k) ||
             (ty_sentence_past_year(a, s) && !ex_rel_open(a, s->t0, (size_t)k))) &&
            event_set_bool(ev, "context", 1))
            a->oom = 1;
    }
}
