/* detect: keep, drop and add events of an article by the detector's scores. */
#include "detect.h"

#include <string.h>
#include <strings.h>

#include "mem.h"
#include "registry.h"

/* Returns 1 when ev is a past event mentioned as context (ingest --context): the detector
 * neither judges it nor counts it as a rule hit. */
static int detect_context(const event_t *ev)
{
    int v = 0;
    return event_get_bool(ev, "context", &v) && v;
}

/* Returns 1 when ev is read from a results table ("Shr 31 cts vs 27 cts / Net ... vs ..."):
 * figures set against prior ones, line by line, are an earnings report whatever the words
 * around them, so the detector does not judge it. */
static int detect_table(const event_t *ev)
{
    if (ev->type != EVENT_EARNINGS) return 0;
    const event_field_t *m = event_get(ev, "metrics");
    if (!m || m->kind != EVENT_FIELD_LIST) return 0;
    for (size_t i = 0; i < m->nitems; i++)
        if (event_record_get(&m->items[i], "prior")) return 1;
    /* rows without a prior period, a sentence each ("Net 788,099" / "Revs 15.5 mln"): two
     * figures from a sentence that starts with a row label */
    static const char *const rows[] = {"Net ", "Shr ", "Revs ", "Sales ", "Oper "};
    const char *st = ev->source.sentence;
    if (m->nitems < 2 || !st) return 0;
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        if (strncmp(st, rows[i], strlen(rows[i])) != 0) continue;
        /* then a figure ("Net 788,099", "Net loss 1.2 mln"), not prose ("Net income was") */
        const char *v = st + strlen(rows[i]);
        if (strncmp(v, "loss ", 5) == 0) v += 5;
        if (strncmp(v, "profit ", 7) == 0) v += 7;
        return (*v >= '0' && *v <= '9') || strncmp(v, "not given", 9) == 0;
    }
    return 0;
}

/* Returns 1 when ev reports results in full wherever the article tells them: net income and
 * earnings a share, both as figures ("net income almost tripled to 951,000 dlrs or 34 cts a
 * share", "net earnings fell to 2,664,000 dlrs or 45 cts a share"). A story names both only of
 * the results it reports (results mentioned in passing are context), so the detector does not
 * judge it. */
static int detect_full_results(const event_t *ev)
{
    if (ev->type != EVENT_EARNINGS) return 0;
    const event_field_t *m = event_get(ev, "metrics");
    int net = 0, eps = 0;
    for (size_t i = 0; m && m->kind == EVENT_FIELD_LIST && i < m->nitems; i++) {
        const event_field_t *name = event_record_get(&m->items[i], "metric");
        if (!name || name->kind != EVENT_FIELD_STR || !event_record_get(&m->items[i], "value"))
            continue;
        net |= strcmp(name->str, "net_income") == 0;
        eps |= strcmp(name->str, "eps") == 0;
    }
    return net && eps;
}

static int detect_cue_in(const char *cues, const char *t, size_t off, size_t end);

/* Results of the company a title that names results is about ("Linares Industrial Reports
 * Second Quarter 2023 Results and Raises Full-Year Guidance", then "- Net sales of $1,068.4
 * million, up 7.9%" in its highlights): an earnings event with a figure, whose company's name
 * opens with a word of the title. The model, fitted mostly on the wires' tables, reads a
 * release's words weakly; the title says what the release reports. */
static int detect_title_results(const event_t *ev, const char *text, size_t t0, size_t t1)
{
    if (ev->type != EVENT_EARNINGS || !ev->ncompanies || !ev->companies[0].name || t1 <= t0)
        return 0;
    const event_field_t *m = event_get(ev, "metrics");
    int value = 0;
    for (size_t i = 0; m && m->kind == EVENT_FIELD_LIST && i < m->nitems && !value; i++)
        value = event_record_get(&m->items[i], "value") != NULL;
    if (!value) return 0;
    /* (its first two words when it has two: not "First Solar" under "Reports First Quarter
     * Results") */
    const char *nm = ev->companies[0].name;
    size_t w = strcspn(nm, " ,");
    if (nm[w] == ' ' && nm[w + 1] && nm[w + 1] != ' ') w += 1 + strcspn(nm + w + 1, " ,");
    if (w < 3) return 0;
    int named = 0;
    for (size_t k = t0; k + w <= t1 && !named; k++)
        named = (k == t0 || text[k - 1] == ' ') && strncasecmp(text + k, nm, w) == 0 &&
                (k + w == t1 || text[k + w] == ' ' || text[k + w] == '\'');
    return named && detect_cue_in("results earnings profit profits", text, t0, t1);
}

/* Returns the model label that judges events of type t, or -1. */
static int detect_label(const model_t *m, event_type_t t)
{
    int k = model_label_find(m, event_type_name(t));
    if (k < 0 && t == EVENT_INVESTMENT) k = model_label_find(m, "acquisition");
    return k;
}

/* detect_article_features with the article's zones z already found. */
static void detect_article_features_zones(const feat_hash_t *h, const char *text, size_t len,
                                          const feat_zones_t *z, const event_list_t *out,
                                          size_t base, int rules, feat_t *f)
{
    feat_add_article_zones(f, h, text, len, z);
    for (size_t i = base; rules && i < out->n; i++)
        if (!detect_context(&out->items[i]))
            feat_add_rule(f, h, event_type_name(out->items[i].type));
}

void detect_article_features(const feat_hash_t *h, const char *text, size_t len,
                             const event_list_t *out, size_t base, feat_t *f)
{
    feat_zones_t z;
    feat_zones(text, len, &z);
    detect_article_features_zones(h, text, len, &z, out, base, 1, f);
}

/* The features of the sentence of candidate ev: its words, zone and the rule hits there. */
static void detect_sentence_features(const model_t *m, const detect_article_t *a,
                                     const feat_zones_t *z, const event_list_t *out, size_t base,
                                     const event_t *ev, feat_t *f)
{
    size_t off = (size_t)ev->source.offset, end = off + (size_t)ev->source.length;
    feat_reset(f);
    feat_add_span(f, &m->hash, a->text, off, end, feat_zone_of(z, off));
    feat_add_shape(f, &m->hash, 0);
    for (size_t i = base; i < out->n; i++)
        if (m->rule_hits && out->items[i].source.offset == ev->source.offset &&
            !detect_context(&out->items[i]))
            feat_add_rule(f, &m->hash, event_type_name(out->items[i].type));
}

/* Copies text[off, end) with whitespace runs collapsed; returns owned or NULL. */
static char *detect_collapse(const char *t, size_t off, size_t end)
{
    buf_t b;
    int sp = 0;
    buf_init(&b);
    for (size_t i = off; i < end; i++) {
        char c = t[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            sp = 1;
            continue;
        }
        if (sp && b.len) buf_putc(&b, ' ');
        sp = 0;
        buf_putc(&b, c);
    }
    if (b.oom) {
        buf_release(&b);
        return NULL;
    }
    return buf_steal(&b);
}

/* Data an article-level event takes from the words of its title and lead: {type, field,
 * value, cue words}. The first row of a type and field whose cue occurs wins (a row with no
 * value: then no event); a row with no cue is the field's value when no cue matched. Required
 * fields left unfilled make the event invalid, and it is not emitted. */
typedef struct detect_cue_s {
    const char *type, *field, *value, *cues; /* cues: space-separated lowercase words */
} detect_cue_t;

static const detect_cue_t detect_cues[] = {
    {"acquisition", "status", "completed", "completed completes complete"},
    {"acquisition", "status", "talks", "talks talk"},
    {"acquisition", "status", "announced", NULL},
    {"investment", "status", "announced", NULL},
    {"earnings", "metric", "net_income", "net profit profits loss earnings income"},
    {"earnings", "metric", "revenue", "revenue revenues sales turnover"},
    {"earnings", "metric", "eps", "shr eps"},
    {"earnings", "metric", "results", NULL},
    /* ("CALLS PREFERRED", "TO REDEEM PREFERRED SHARES": a redemption pays what a preferred
     * share is owed, no dividend declared) */
    {"dividend", "action", NULL, "redeem redeems redemption calls called"},
    {"dividend", "action", NULL, "speculation speculated rumours rumors rumour rumor"},
    {"dividend", "action", "special", "special"},
    {"dividend", "action", "suspended", "suspends suspended omits omitted suspend omit"},
    {"dividend", "action", "cut", "cut cuts lowers lowered reduces reduced"},
    {"dividend", "action", "raised", "raises raised ups increases increased hikes higher"},
    {"dividend", "action", "declared", NULL},
    /* (metric_change: the metric the title or lead names, and no event when it names none;
     * its percent is read by detect_change) */
    {"metric_change", "metric", "volume", "volume volumes"},
    {"metric_change", "metric", "subscribers", "subscribers subscriber customers"},
    {"metric_change", "metric", "sales", "sales"},
    {"metric_change", "metric", "revenue", "revenue revenues turnover"},
    /* (what the market guesses: "rose on rumours of a share buyback", "quashes speculation
     * of a new buyback", as the rules read it; no event) */
    {"buyback", "action", NULL, "speculation speculated rumours rumors rumour rumor"},
    {"buyback", "action", "completed", "completed completes"},
    {"buyback", "action", "authorized", NULL},
    {"rating_change", "action", "upgrade", "upgrade upgrades upgraded"},
    {"rating_change", "action", "downgrade", "downgrade downgrades downgraded"},
    /* ("quarterly revenue tops forecasts, outlook raised again": a company's own outlook
     * raised, no analyst's call) */
    {"rating_change", "action", NULL, "outlook guidance"},
    {"rating_change", "action", "upgrade", "raises raised"},
    {"rating_change", "action", "downgrade", "cuts lowers"},
    {"rating_change", "action", "initiate", "initiates initiated initiate"},
    {"rating_change", "action", "reiterate", NULL},
    {"rating_change", "kind", "credit", "moody moody's debt bonds credit"},
    {"rating_change", "kind", "equity", NULL},
    /* (a rating of its debt, or one under review: "MOODY'S MAY DOWNGRADE CONSECO <CNC> DEBT") */
    {"financing", "kind", NULL,
     "downgrade downgrades downgraded upgrade upgrades upgraded rating ratings"},
    {"financing", "kind", "ipo", "ipo flotation"},
    {"financing", "kind", "convertible", "convertible convertibles"},
    {"financing", "kind", "bond", "bond bonds notes debentures eurobond"},
    {"financing", "kind", "credit_facility", "facility"},
    /* ("reduce its net debt of $20.2bn", "net debt stood at about $10bn": what the company
     * borrowed, told by its debt) */
    {"financing", "kind", "loan", "loan loans borrowing borrowings debt"},
    {"financing", "kind", "share_offering", "offering placement placing issue"},
};

/* Returns 1 when the lowercased word w (n bytes) is one of the space-separated cues. */
static int detect_cue_has(const char *cues, const char *w, size_t n)
{
    for (const char *p = cues; *p;) {
        size_t l = 0;
        while (p[l] && p[l] != ' ') l++;
        if (l == n && memcmp(p, w, n) == 0) return 1;
        p += l + (p[l] == ' ');
    }
    return 0;
}

/* The cues of a list by first letter and length: bit n of len[c] is set when a cue of n
 * bytes opens with 'a' + c (all is set when a cue fits neither). Taken once per list read,
 * it refuses most words of a title or lead by one bit, before the list is walked. */
typedef struct detect_cueset_s {
    uint32_t len[26];
    int all;
} detect_cueset_t;

static void detect_cueset(const char *cues, detect_cueset_t *cs)
{
    memset(cs, 0, sizeof *cs);
    for (const char *p = cues; *p;) {
        size_t l = 0;
        while (p[l] && p[l] != ' ') l++;
        if (l && l < 32 && p[0] >= 'a' && p[0] <= 'z')
            cs->len[p[0] - 'a'] |= (uint32_t)1 << l;
        else if (l)
            cs->all = 1;
        p += l + (p[l] == ' ');
    }
}

/* May the lowercased word w (n bytes) be a cue of cs? 0: it is none. */
static int detect_cueset_may(const detect_cueset_t *cs, const char *w, size_t n)
{
    if (cs->all) return 1;
    if (n >= 32 || w[0] < 'a' || w[0] > 'z') return 0;
    return (int)((cs->len[w[0] - 'a'] >> n) & 1);
}

static int detect_letter(char c)
{
    return ((unsigned char)c | 32) >= 'a' && ((unsigned char)c | 32) <= 'z';
}

/* Reads the next word of t[*i, end) (letters and apostrophes) into w in lower case, at
 * most cap bytes; returns its full length (0 at the end: longer than cap means cut) and
 * its first byte in *start. */
static size_t detect_word(const char *t, size_t *i, size_t end, char *w, size_t cap, size_t *start)
{
    size_t n = 0;
    while (*i < end && !detect_letter(t[*i])) (*i)++;
    *start = *i;
    while (*i < end && (detect_letter(t[*i]) || t[*i] == '\'')) {
        if (n < cap) w[n] = (char)(t[*i] >= 'A' && t[*i] <= 'Z' ? t[*i] + 32 : t[*i]);
        n++;
        (*i)++;
    }
    return n;
}

/* Returns 1 when a word of text[off, end) is one of cues (case-insensitively). */
static int detect_cue_in(const char *cues, const char *t, size_t off, size_t end)
{
    char w[32];
    size_t i = off, w0, n;
    detect_cueset_t cs;
    detect_cueset(cues, &cs);
    while ((n = detect_word(t, &i, end, w, sizeof w, &w0)))
        if (n <= sizeof w && detect_cueset_may(&cs, w, n) && detect_cue_has(cues, w, n)) return 1;
    return 0;
}

/* Returns 1 when a word of text[off, end) is one of cues and not the first of a forecast
 * ("profit outlook", "sales forecast" speak of the future, not of results). */
static int detect_results_words(const char *cues, const char *t, size_t off, size_t end)
{
    char w[32], nx[32];
    size_t i = off, w0, n;
    detect_cueset_t cs;
    detect_cueset(cues, &cs);
    while ((n = detect_word(t, &i, end, w, sizeof w, &w0))) {
        if (n > sizeof w || !detect_cueset_may(&cs, w, n) || !detect_cue_has(cues, w, n)) continue;
        size_t j = i, m = detect_word(t, &j, end, nx, sizeof nx, &w0);
        if (m && m <= sizeof nx &&
            detect_cue_has("outlook forecast forecasts guidance view warning warnings goal goals "
                           "target targets",
                           nx, m))
            continue;
        return 1;
    }
    return 0;
}

/* Returns 1 when text[off, end) previews results not out yet: "is expected to report",
 * "are expected to post" (three words in a row). */
static int detect_preview(const char *t, size_t off, size_t end)
{
    char w[16];
    size_t i = off, w0, n;
    int run = 0; /* words of the phrase matched so far */
    while ((n = detect_word(t, &i, end, w, sizeof w, &w0))) {
        if (n > sizeof w) {
            run = 0;
            continue;
        }
        if (run == 2 && detect_cue_has("report post", w, n)) return 1;
        run = run == 1 && n == 2 && memcmp(w, "to", 2) == 0 ? 2
              : n == 8 && memcmp(w, "expected", 8) == 0     ? 1
                                                            : 0;
    }
    return 0;
}

/* Fills ev's data from the cue table; returns 0 or ERR_NOMEM. */
static int detect_fill(event_t *ev, const detect_article_t *a, const feat_zones_t *z, int *veto)
{
    const char *type = event_type_name(ev->type), *done = NULL;
    for (size_t i = 0; i < sizeof detect_cues / sizeof *detect_cues; i++) {
        const detect_cue_t *c = &detect_cues[i];
        if (strcmp(c->type, type) != 0 || (done && strcmp(done, c->field) == 0)) continue;
        if (c->cues && !detect_cue_in(c->cues, a->text, z->title_off, z->title_end) &&
            !detect_cue_in(c->cues, a->text, z->lead_off, z->lead_end))
            continue;
        done = c->field;
        if (!c->value) {
            *veto = 1;
            return 0;
        }
        if (ev->type == EVENT_EARNINGS &&
            strcmp(c->field, "metric") == 0) { /* metrics [{metric}] */
            event_record_t *r = event_add_record(ev, "metrics");
            if (!r || event_record_set_str(r, "metric", c->value)) return ERR_NOMEM;
        } else if (event_set_str(ev, c->field, c->value)) {
            return ERR_NOMEM;
        }
    }
    return 0;
}

/* Words of a change's direction, and the metrics an emitted metric_change names. */
static const char *const detect_rises =
    "rise rises rose risen rising up increase increases increased gain gains gained grew "
    "grow grows growing growth jump jumps jumped climb climbs climbed higher improvement "
    "improved advance advanced surge surged soared";
static const char *const detect_falls =
    "fall falls fell fallen falling down decline declines declined declining drop drops "
    "dropped lower slowed slowdown decrease decreases decreased weaker slipped slump "
    "slumped shrank contracted";
static const char *const detect_rating_words =
    "upgrade upgrades upgraded downgrade downgrades downgraded rating ratings rates rated "
    "target targets outperform underperform overweight underweight buy sell hold neutral "
    "coverage initiates initiated reiterates reiterated recommendation recommends moody "
    "moody's fitch analyst analysts broker brokers";
static const char *const detect_metric_words =
    "sales volume volumes subscribers subscriber customers revenue revenues turnover";

/* The length of a percentage sign after a number ending at i ("%", "pct", "percent",
 * "per cent"), else 0. */
static size_t detect_pct_after(const char *t, size_t i, size_t end)
{
    size_t j = i;
    while (j < end && t[j] == ' ') j++;
    if (j < end && t[j] == '%') return j + 1 - i;
    char w[8];
    size_t at = j, w0, n = detect_word(t, &j, end, w, sizeof w, &w0);
    if (w0 != at) return 0; /* ("26, the": a word after other marks) */
    if ((n == 3 && memcmp(w, "pct", 3) == 0) || (n == 7 && memcmp(w, "percent", 7) == 0))
        return j - i;
    if (n == 3 && memcmp(w, "per", 3) == 0) {
        n = detect_word(t, &j, end, w, sizeof w, &w0);
        if (n == 4 && memcmp(w, "cent", 4) == 0) return j - i;
    }
    return 0;
}

/* The signed change an emitted metric_change takes from text[off, end): a percentage ("9.2
 * per cent", "26%") with a word of rise or fall at most five words from it ("sales rose 26
 * per cent", "a 3.6 per cent rise in sales", "sales were down 0.5 per cent"); of several,
 * the one nearest a metric word. A percentage with no such word ("70 per cent of the
 * proceeds", "a 45 per cent stake") is no change. Returns 1 and the percent in *pct, or 0. */
static int detect_change(const char *t, size_t off, size_t end, double *pct)
{
    enum { MAXT = 256 };
    /* what a token is, beside its direction: a percentage, another number, "to" or "at", a
     * currency word, a scale or unit word after an amount */
    enum { T_OTHER, T_PCT, T_NUM, T_TO, T_CUR, T_SCALE, T_OF };
    signed char dir[MAXT]; /* +1 rise, -1 fall, 0 neither */
    unsigned char metric[MAXT], kind[MAXT];
    double val[MAXT];
    size_t nt = 0, i = off;
    while (i < end && nt < MAXT) {
        dir[nt] = 0, metric[nt] = 0, kind[nt] = T_OTHER, val[nt] = 0;
        if (detect_letter(t[i])) {
            char w[16];
            size_t w0, n = detect_word(t, &i, end, w, sizeof w, &w0);
            if (n <= sizeof w) {
                dir[nt] = detect_cue_has(detect_rises, w, n)   ? 1
                          : detect_cue_has(detect_falls, w, n) ? -1
                                                               : 0;
                metric[nt] = (unsigned char)detect_cue_has(detect_metric_words, w, n);
                kind[nt] = detect_cue_has("to at", w, n) ? T_TO
                           : detect_cue_has("of", w, n)  ? T_OF
                           : detect_cue_has("pound pounds s eur euros dollars usd gbp cents", w, n)
                               ? T_CUR
                           : detect_cue_has("bn m billion million mln bln units cars tonnes", w, n)
                               ? T_SCALE
                               : T_OTHER;
            }
            nt++;
        } else if (t[i] >= '0' && t[i] <= '9') {
            double v = 0, scale = 0;
            for (; i < end && ((t[i] >= '0' && t[i] <= '9') || t[i] == '.' || t[i] == ','); i++) {
                if (t[i] == ',') continue;
                if (t[i] == '.') {
                    if (scale) break;
                    scale = 1;
                    continue;
                }
                if (scale)
                    scale /= 10, v += (t[i] - '0') * scale;
                else
                    v = v * 10 + (t[i] - '0');
            }
            size_t n = detect_pct_after(t, i, end);
            kind[nt] = n ? T_PCT : T_NUM, val[nt] = v;
            i += n;
            nt++;
        } else {
            i++;
        }
    }
    long best = -1, bestd = 0;
    for (size_t k = 0; k < nt; k++) {
        if (kind[k] != T_PCT) continue;
        /* a part of a whole is no change ("to shed about 15% of staff as subscriber growth
         * stalls") */
        if (k + 1 < nt && kind[k + 1] == T_OF) continue;
        /* a share's move told with its price ("fell 7 per cent to 87p", "was 5.9 per cent
         * weaker at 366p", "declined 3.5 per cent to EUR53.71"): an amount after "to" or "at"
         * with no scale or unit ("rose 7 per cent to EUR78.7bn" is the metric's level) */
        size_t q = k + 1;
        while (q < nt && q <= k + 2 && dir[q]) q++;
        if (q < nt && kind[q] == T_TO) {
            q++;
            while (q < nt && kind[q] == T_CUR) q++;
            if (q < nt && kind[q] == T_NUM && !(q + 1 < nt && kind[q + 1] == T_SCALE)) continue;
        }
        int sign = 0;
        for (size_t d = 1; d <= 5 && !sign; d++) {
            if (k >= d && dir[k - d])
                sign = dir[k - d];
            else if (k + d < nt && dir[k + d])
                sign = dir[k + d];
        }
        if (!sign) continue;
        long md = MAXT;
        for (size_t m = 0; m < nt; m++)
            if (metric[m]) {
                long d = m > k ? (long)(m - k) : (long)(k - m);
                if (d < md) md = d;
            }
        if (best < 0 || md < bestd) best = (long)k, bestd = md, *pct = sign * val[k];
    }
    return best >= 0;
}

/* The subject's part in a deal its headline reports, read from the first cue word after
 * its name: "SETON <SEL> GETS BUYOUT OFFER" (target), "FORUM <FOUR> ENDS BEVERLY <BEV>
 * PURCHASE DEAL" (acquirer), "CROSS AND TRECKER <CTCO> TO SELL UNIT" (seller); a seller
 * whose next word is "company", "itself" or "firm" ("TO SELL COMPANY", "SEEKS BUYER FOR COMPANY")
 * sells itself: the target. "subject" when the title does not name it or has no cue. */
static const char *detect_deal_role(const detect_article_t *a, const feat_zones_t *z)
{
    static const struct {
        const char *role, *cues; /* cues as detect_cue_has reads them */
    } roles[] = {
        {"target", "gets receives acquired bought tendered buyout approached rejects rejected"},
        {"acquirer", "buys buy acquires acquire acquisition purchase purchases bid bids offer "
                     "tender ups raises takes"},
        {"seller", "sells sell sale divests spins buyer"}};
    const char *name = a->subject_name, *t = a->text;
    if (!name || !*name) return "subject";
    size_t nl = 0;
    while (name[nl] && name[nl] != ' ') nl++; /* the name's first word */
    size_t i = z->title_off, end = z->title_end, at = end;
    for (size_t k = i; k + nl <= end && at == end; k++)
        if (strncasecmp(t + k, name, nl) == 0 && (k == i || t[k - 1] == ' ' || t[k - 1] == '<'))
            at = k + nl;
    char w[16], prev[16] = "";
    size_t n, w0, words = 0, last = at;
    int appos = 0; /* 1: in an appositive after the name, 2: past it */
    for (i = at; (n = detect_word(t, &i, end, w, sizeof w, &w0)); last = i) {
        /* the cue is the name's own verb: a few words on, in its clause (a title the length
         * of a sentence goes on: "FACET JUMPED 66 PCT AFTER ABBOTT AGREED TO BUY IT"), past
         * an appositive right after the name ("BASF, the world's biggest chemicals company,
         * continued its acquisition drive") */
        int comma = memchr(t + last, ',', w0 - last) || memchr(t + last, ';', w0 - last);
        if (appos == 1) {
            if (!comma) {
                if (++words > 16) break;
                continue;
            }
            appos = 2, words = 0;
        } else if (comma) {
            if (appos || words > 1) break;
            appos = 1, words = 1;
            continue;
        }
        if (++words > 10) break;
        if (n <= sizeof w &&
            detect_cue_has("after as when which that while because amid following since", w, n))
            break;
        /* a ticker mark ("<BEV>") is no cue */
        if (n > sizeof w || (w0 > z->title_off && t[w0 - 1] == '<')) continue;
        /* "Tesco acquired Homever" buys; "X TO BE ACQUIRED", "X acquired by Y" is bought */
        if ((n == 8 && memcmp(w, "acquired", 8) == 0) || (n == 6 && memcmp(w, "bought", 6) == 0)) {
            size_t j = i, m = detect_word(t, &j, end, w, sizeof w, &w0);
            int by = m == 2 && memcmp(w, "by", 2) == 0;
            if (!by && !detect_cue_has("be been being was were is are to", prev, strlen(prev)))
                return "acquirer";
            return "target";
        }
        memcpy(prev, w, n < sizeof prev ? n : sizeof prev - 1);
        prev[n < sizeof prev ? n : sizeof prev - 1] = 0;
        for (size_t r = 0; r < sizeof roles / sizeof *roles; r++) {
            if (!detect_cue_has(roles[r].cues, w, n)) continue;
            if (strcmp(roles[r].role, "seller") == 0) {
                size_t j = i, m = detect_word(t, &j, end, w, sizeof w, &w0);
                if (m == 3 && memcmp(w, "for", 3) == 0)
                    m = detect_word(t, &j, end, w, sizeof w, &w0);
                if (m <= sizeof w && detect_cue_has("company itself firm", w, m)) return "target";
            }
            return roles[r].role;
        }
    }
    return "subject";
}

/* Adds an event of type t for the article's subject; an invalid one is not added. */
static int detect_emit(const detect_article_t *a, const feat_zones_t *z, event_type_t t,
                       event_list_t *out)
{
    event_t ev;
    event_init(&ev);
    ev.type = t;
    const char *role = t == EVENT_ACQUISITION ? detect_deal_role(a, z) : "subject";
    if (event_add_company(&ev, a->subject_id, a->subject_name, a->subject_ticker, role)) goto nomem;
    int veto = 0;
    if (detect_fill(&ev, a, z, &veto)) goto nomem;
    if (veto) {
        event_release(&ev);
        return 0;
    }
    /* (a call is told with a word of calls: "Chalvey Bank first-quarter profit beats
     * forecasts as bad debts fall" is none) */
    if (t == EVENT_RATING_CHANGE &&
        !detect_cue_in(detect_rating_words, a->text, z->title_off, z->title_end) &&
        !detect_cue_in(detect_rating_words, a->text, z->lead_off, z->lead_end)) {
        event_release(&ev);
        return 0;
    }
    if (t == EVENT_METRIC_CHANGE) {
        double pct = 0;
        if (!detect_change(a->text, z->title_off, z->title_end, &pct) &&
            !detect_change(a->text, z->lead_off, z->lead_end, &pct)) {
            event_release(&ev);
            return 0;
        }
        if (event_set_num(&ev, "percent", pct)) goto nomem;
    }
    if (a->dateline && strlen(a->dateline) == 10) memcpy(ev.occurred_on, a->dateline, 11);
    ev.source.offset = (long long)z->title_off;
    ev.source.length = (long long)(z->title_end - z->title_off);
    if (event_set_string(&ev.source.doc, a->doc) || event_set_string(&ev.source.name, a->name) ||
        event_set_string(&ev.source.title, a->title) ||
        !(ev.source.sentence = detect_collapse(a->text, z->title_off, z->title_end)))
        goto nomem;
    if (event_validate(&ev, NULL) != 0 || !ev.source.sentence[0]) {
        event_release(&ev);
        return 0;
    }
    if (event_list_push(out, &ev)) goto nomem;
    return 0;
nomem:
    event_release(&ev);
    return ERR_NOMEM;
}

/* Capitalised words that open a sentence without naming a company. */
static const char *const detect_openers =
    " The A An In On At It Its This That These Those But And Or So Shares Share Analysts "
    "Analyst Investors Mr Mrs Ms Sir Dr Chief Chairman Net Sales Profit Profits Pre Pretax "
    "Revenue Revenues Turnover First Second Third Fourth Last Next However Meanwhile Earlier "
    "Yesterday Today Under After Before With Despite Although While When As For From By Of To "
    "He She They We I Our Their Underlying Adjusted Operating Group Company Stripping On "
    "Monday Tuesday Wednesday Thursday Friday January February March April May June July "
    "August September October November December Britain British European Europe US UK "
    "Earnings Diluted Basic Full Half Overall Average His Her There Among Some Yet Such "
    "What Who Where Why How Here "
    "Pounds Dollars Euros Yen "
    /* words that open a sentence of results or a market report, not a company's name */
    "During Including Excluding Given Based Assuming Thereafter Indeed Against Over Down Up "
    "Other Higher Lower Newly Though Had Take No Total Core Interim Forecast Annual Rental "
    "Organic Strong Weak Return Production Volumes Volume Losses Dividends Lettings "
    "Downgrades Upgrades Like Growth VAT NAV PPI TV Job Jobs Service Services People Product "
    "Products Asia Asian Africa African China Chinese Japan Japanese India Indian Germany "
    "German France French Italy Italian Spain Spanish America American Russia Russian "
    "Canada Canadian Australia Australian Turkey Anglo Latin North South East West Western "
    "Eastern Emerging Domestic International Global Retail Wholesale Comparable ";

/* Titles before a person's name: the capitalised words after one are no company. */
static const char *const detect_titles = " Mr Mrs Ms Sir Dr Lord Lady Dame ";

static int detect_in(const char *list, const char *w, size_t n)
{
    char key[40];
    if (n + 3 > sizeof key) return 0;
    key[0] = ' ';
    memcpy(key + 1, w, n);
    key[n + 1] = ' ';
    key[n + 2] = 0;
    return strstr(list, key) != NULL;
}

/* An opener, or a compound opening with one ("Pre-tax", "First-half", "Full-year"), or
 * where something is based ("Bradford-based"), or a word in -ing ("Setting a 859p target",
 * "Moving to a hold rating"). */
static int detect_opener(const char *w, size_t n)
{
    const char *h = memchr(w, '-', n);
    return detect_in(detect_openers, w, n) ||
           (h && h > w && detect_in(detect_openers, w, (size_t)(h - w))) ||
           (n > 6 && memcmp(w + n - 6, "-based", 6) == 0) ||
           (n > 5 && memcmp(w + n - 3, "ing", 3) == 0);
}

/* Guesses the subject of a title in mixed case when the extractor found no company: the
 * first run of capitalised words (joined by "&" or "and") that is not a sentence opener.
 * Writes its name into name and a slug into id; returns 1, or 0 when there is none. An
 * all-capitals title (a wire headline) gives no guess. */
static int detect_guess_subject(const char *t, size_t off, size_t end, char *name, size_t ncap,
                                char *id, size_t icap)
{
    size_t i = off, lower = 0, nl = 0, words = 0, scanned = 0;
    int titled = 0;
    for (size_t k = off; k < end; k++) lower += t[k] >= 'a' && t[k] <= 'z';
    if (!lower) return 0;
    while (i < end) {
        while (i < end && (t[i] == ' ' || t[i] == '\t')) i++;
        size_t w = i;
        while (i < end && t[i] != ' ' && t[i] != '\t') i++;
        size_t n = i - w;
        if (!n) break;
        /* (a sentence's full stop is no part of a name: "strong demand in Asia.") */
        if (n > 1 && t[w + n - 1] == '.' && i == end) n--;
        /* the subject opens the title: past a few words, no name is its subject ("Revenue rose
         * 6 per cent, helped by demand in Brazil") */
        if (!nl && ++scanned > 5) break;
        int cap = t[w] >= 'A' && t[w] <= 'Z';
        int joiner = nl && ((n == 1 && t[w] == '&') || (n == 3 && memcmp(t + w, "and", 3) == 0));
        /* "Mr Lucas warned": the words after a title name a person */
        if (nl == 0 && cap && detect_in(detect_titles, t + w, n)) {
            titled = 1;
            continue;
        }
        if (titled && cap) continue;
        titled = 0;
        int word_ok =
            cap && !(nl == 0 && detect_opener(t + w, n)) && !registry_money_word(t + w, n);
        for (size_t k = w; k < i && word_ok; k++)
            if (!((t[k] >= 'A' && t[k] <= 'Z') || (t[k] >= 'a' && t[k] <= 'z') ||
                  (t[k] >= '0' && t[k] <= '9') || t[k] == '-' || t[k] == '.'))
                word_ok = 0;
        if (word_ok || joiner) {
            if (nl + n + 2 > ncap || words == 4) break;
            if (nl) name[nl++] = ' ';
            memcpy(name + nl, t + w, n);
            nl += n;
            name[nl] = 0;
            words += !joiner;
            continue;
        }
        if (nl) break;
    }
    while (nl >= 2 && name[nl - 1] == '&') nl -= 2, name[nl] = 0; /* a dangling joiner */
    if (nl > 4 && strcmp(name + nl - 4, " and") == 0) nl -= 4, name[nl] = 0;
    if (!nl || !words) return 0;
    return registry_slug(name, id, icap) > 0;
}

/* Is ev read from the title or the first sentence of text (borrowed)? */
static int detect_first_sentence(const char *text, size_t from, size_t off)
{
    if (off < from || off - from > 200) return 0;
    for (size_t k = from; k + 1 < off; k++)
        if ((text[k] == '.' || text[k] == '!' || text[k] == '?') &&
            (text[k + 1] == ' ' || text[k + 1] == '\n'))
            return 0;
    return 1;
}

/* The end of the first sentence of text[from, end): past the first '.', '!' or '?' that a
 * space or line break and a capital or quote follow (a wire's lead runs on over its lines,
 * so the lead zone of the features, cut at 600 bytes, holds more); end when none does. */
static size_t detect_first_end(const char *text, size_t from, size_t end)
{
    for (size_t k = from; k + 1 < end; k++) {
        if (text[k] != '.' && text[k] != '!' && text[k] != '?') continue;
        size_t j = k + 1;
        while (j < end && (text[j] == ' ' || text[j] == '\n' || text[j] == '\r')) j++;
        if (j > k + 1 && j < end && ((text[j] >= 'A' && text[j] <= 'Z') || text[j] == '"'))
            return k + 1;
    }
    return end;
}

static int detect_in_lead(const event_t *ev, const char *text, const feat_zones_t *z)
{
    if (ev->source.offset < 0) return 0;
    size_t off = (size_t)ev->source.offset;
    if (off < z->title_off) return 0;
    /* a title; or, when the first line is the whole article (a feed's text on one line),
     * its first sentence */
    if (off < z->title_end) return detect_first_sentence(text, z->title_off, off);
    /* the first sentence of the body: no sentence ends between the lead's start and it */
    return detect_first_sentence(text, z->lead_off, off);
}

/* Returns 1 when the rules read ev whole from the title or the first sentence: a deal with
 * both sides named ("X agreed to buy Y", "X and Y agreed to merge", "X sold its unit to Y"), or
 * results with a figure set against another ("net income rose 45% to $1.5 billion"). An article
 * opens with what it reports, so the detector does not judge such an event (deals and results
 * mentioned in passing come later, or as context). */
static int detect_lead_whole(const event_t *ev, const char *text, const feat_zones_t *z)
{
    if (!detect_in_lead(ev, text, z)) return 0;
    if (ev->type == EVENT_EARNINGS) {
        const event_field_t *m = event_get(ev, "metrics");
        for (size_t i = 0; m && m->kind == EVENT_FIELD_LIST && i < m->nitems; i++)
            if (event_record_get(&m->items[i], "value") &&
                (event_record_get(&m->items[i], "change_percent") ||
                 event_record_get(&m->items[i], "prior")))
                return 1;
        return 0;
    }
    if (ev->type != EVENT_ACQUISITION && ev->type != EVENT_INVESTMENT) return 0;
    int buyer = 0, bought = 0, peers = 0, seller = 0, investee = 0, target = 0;
    for (size_t i = 0; i < ev->ncompanies; i++) {
        const char *r = ev->companies[i].role;
        if (!r) continue;
        buyer |= strcmp(r, "acquirer") == 0 || strcmp(r, "investor") == 0;
        bought |= strcmp(r, "target") == 0 || strcmp(r, "investee") == 0 ||
                  strcmp(r, "seller") == 0; /* "sold its unit to Z": the unit unnamed */
        seller |= strcmp(r, "seller") == 0;
        investee |= strcmp(r, "investee") == 0;
        target |= strcmp(r, "target") == 0;
        peers += strcmp(r, "party") == 0;
    }
    /* ("plans to sell its Trenton Works division": a sale whose buyer is not named yet; "raised
     * $450 million in a Series C funding round": a round whose investors are not named) */
    /* ("approached by a group interested in acquiring its unit, Service America Corp": the
     * part sold and its seller named, the buyer not) */
    return (buyer && bought) || peers >= 2 || ((seller || investee) && ev->ncompanies == 1) ||
           (!buyer && seller && target && ev->ncompanies == 2);
}

/* The words of a deal as a wire title tells it (detect_apply's vetoes read them). */
#define DETECT_DEAL_NOUNS                                                                     \
    "acquisition acquisitions acquire acquires acquired merger merge merges bid bids buyout " \
    "takeover sale stake tender"

/* Does the article report no results, whatever the model says (an outlook, other news, a
 * deal or an action on the company's capital under its title, a preview)? Asked only of an
 * article the model would give an earnings event: most are not, and these are passes over
 * the title and lead. */
static int detect_no_results(const detect_article_t *a, const feat_zones_t *z, int has_guidance,
                             int other)
{
    /* ... and one whose rules found an outlook, under a title that names no results, tells
     * a forecast, not results ("hires a new CFO ... reaffirmed its revenue guidance") */
    static const char *const results_cues = "profit profits earnings results net loss losses "
                                            "revenue revenues sales quarter quarterly qtr shr "
                                            "eps income";
    int title_results = (has_guidance || other) &&
                        detect_results_words(results_cues, a->text, z->title_off, z->title_end);
    int no_results = has_guidance && !title_results;
    /* ... and one whose rules found other news under a title and lead that name no results
     * ("Zentro to cut 8,000 jobs in restructuring") reports none */
    if (other && !title_results &&
        !detect_results_words(results_cues, a->text, z->lead_off, z->lead_end))
        no_results = 1;
    /* ... and one whose rules read an outlook under a title that tells a forecast ("Samsung
     * expects second-quarter operating profit to rise", "Broadcom forecasts first-quarter
     * revenue above estimates") names results to come, not results */
    /* (the verbs of a forecast; "forecasts" is a noun as often, "beats forecasts", so not
     * beside a word of a result measured against them) */
    if (has_guidance &&
        (detect_cue_in("expects expect sees predicts", a->text, z->title_off, z->title_end) ||
         (detect_cue_in("forecasts", a->text, z->title_off, z->title_end) &&
          !detect_cue_in("beats beat misses miss tops top above below", a->text, z->title_off,
                         z->title_end))))
        no_results = 1;
    /* ... or names an outlook by its noun ("Mossenden Chemie slashes 2023 earnings goal",
     * "lifts profit outlook", "cuts sales target") */
    if (has_guidance && !title_results &&
        detect_cue_in("goal goals target targets outlook guidance", a->text, z->title_off,
                      z->title_end) &&
        !detect_cue_in("beats beat misses miss tops top above below", a->text, z->title_off,
                       z->title_end))
        no_results = 1;
    /* (a wire headline in capitals keeps the guess: the wire's earnings topic files outlooks,
     * charges and brokers' earnings calls as earnings news, "GE PROFIT OUTLOOK AIDED BY ENGINE
     * ORDER", "SALOMON RAISES CATERPILLAR OPINION") */
    int lower_title = 0;
    for (size_t i = z->title_off; i < z->title_end && !lower_title; i++)
        lower_title = a->text[i] >= 'a' && a->text[i] <= 'z';
    if (!lower_title) no_results = 0;
    /* a title that names no results (nor a gain or charge, which the wire files as earnings
     * news) and tells a deal ("CALNY GETS BID FROM PEPSICO", "GRACE COMPLETES RETAIL UNIT
     * SALE"; the figures of its body are the companies', not a report) or an action on the
     * company's capital, listing, prices or officers ("OCCIDENTAL UNIT TO REDEEM DEBENTURES",
     * "GM TO REPUCHASE COMMON STOCK", "TRI-STAR CHANGING FISCAL YEAR", "ORACLE SYSTEMS TO OFFER
     * STOCK": on the training years, 602 such wire titles, 3 of them filed as earnings) is no
     * report, in any case */
    /* (the words of a deal as a title tells it; the earnings veto counts the verbs of a sale
     * or purchase too, "SELLS UNITS", "COMPLETES", which tell no deal beside an offering) */
    static const char *const deal_cues = DETECT_DEAL_NOUNS " sell sells sold buy buys completes";
    static const char *const capital_cues =
        "redeem redeems redemption repurchase repurchases repuchase buyback buy-back listing "
        "listed nasdaq nyse fiscal offer offering prices rate debentures notes shelf "
        "registration files elects names president chairman resigns restructure restructuring "
        "respond adopts";
    if ((detect_results_words(deal_cues, a->text, z->title_off, z->title_end) ||
         detect_results_words(capital_cues, a->text, z->title_off, z->title_end)) &&
        !detect_results_words(results_cues, a->text, z->title_off, z->title_end) &&
        !detect_results_words("gain gains charge writedown", a->text, z->title_off, z->title_end))
        no_results = 1;
    /* a preview of results not out yet ("Nexora earnings preview", "is expected to report
     * third-quarter revenue of about $18.2 billion") reports none */
    if (detect_cue_in("preview previews", a->text, z->title_off, z->title_end) ||
        detect_preview(a->text, z->lead_off, z->lead_end))
        no_results = 1;
    return no_results;
}

int detect_apply(const model_t *m, const detect_article_t *a, event_list_t *out, size_t base,
                 err_t *e)
{
    double pa[MODEL_MAX_LABELS];
    unsigned char *keep = NULL;
    int kept[MODEL_MAX_LABELS] = {0};
    feat_zones_t z;
    feat_t f;
    size_t n = out->n - base, k;
    int rc = 0;
    detect_article_t guess;
    char gname[128], gid[128];

    if (!m) return 0;
    feat_init(&f);
    feat_zones(a->text, a->len, &z);
    detect_article_features_zones(&m->hash, a->text, a->len, &z, out, base, m->rule_hits, &f);
    if ((rc = model_probs_raw(m, &f, pa))) goto out;
    if (n && !(keep = mem_calloc(n, 1))) {
        rc = ERR_NOMEM;
        goto out;
    }
    /* a title that tells a deal by its verb or its stake ("SOUTHAM UNIT ACQUIRES WINNIPEG
     * COMMUNITY PAPERS", "FIRST BANK AGREES TO SELL ANOTHER BANK", "Kaizan cuts Lyrion
     * stake"): the deals the rules read in the lead that
     * follows it are the news, not judged */
    /* (-1 until a deal of the lead asks) */
    int title_deal = -1;
    for (size_t i = 0; i < n; i++) {
        const event_t *ev = &out->items[base + i];
        int l = detect_label(m, ev->type);
        keep[i] = 1;
        if (l < 0 || detect_context(ev)) continue;
        /* (a related story's headline is the lead of its story: "Nvidia in Advanced Talks to
         * Acquire Israel's AI21 Labs", under an article about another deal) */
        int head_whole = 0;
        for (size_t h = 0; h < a->nheads && !head_whole; h++) {
            feat_zones_t hz = {a->heads[2 * h], a->heads[2 * h + 1], 0, 0};
            head_whole = detect_lead_whole(ev, a->text, &hz);
        }
        if (detect_table(ev) || detect_lead_whole(ev, a->text, &z) || detect_full_results(ev) ||
            head_whole || detect_title_results(ev, a->text, z.title_off, z.title_end) ||
            ((ev->type == EVENT_ACQUISITION || ev->type == EVENT_INVESTMENT) &&
             ev->source.offset >= 0 &&
             ((size_t)ev->source.offset < z.lead_end ||
              /* (a lead that is only a date line, "May 13, 2026": the paragraph after it) */
              (z.lead_end - z.lead_off < 24 && (size_t)ev->source.offset < z.lead_end + 400)) &&
             (title_deal >= 0 ? title_deal
                              : (title_deal = detect_cue_in(
                                     "acquire acquires acquired acquiring buy buys bought sell "
                                     "sells sold merge merges merged purchase purchases purchased "
                                     "stake stakes",
                                     a->text, z.title_off, z.title_end))))) {
            kept[l] = 1;
            continue;
        }
        if (pa[l] < m->labels[l].keep_article) {
            double ps[MODEL_MAX_LABELS];
            detect_sentence_features(m, a, &z, out, base, ev, &f);
            if ((rc = model_probs_raw(m, &f, ps))) goto out;
            keep[i] = ps[l] >= m->labels[l].keep_sentence;
        }
        if (keep[i]) kept[l] = 1;
    }
    /* compact the kept candidates in place, in their order */
    k = base;
    for (size_t i = 0; i < n; i++) {
        event_t *ev = &out->items[base + i];
        if (!keep[i]) {
            event_release(ev);
            continue;
        }
        if (k != base + i) {
            out->items[k] = *ev;
            event_init(ev);
        }
        k++;
    }
    out->n = k;
    if (!(a->subject_id && a->subject_id[0]) &&
        detect_guess_subject(a->text, z.title_off, z.title_end, gname, sizeof gname, gid,
                             sizeof gid)) {
        guess = *a;
        guess.subject_id = gid;
        guess.subject_name = gname;
        guess.subject_ticker = NULL;
        a = &guess;
    }
    /* the earn topic of wire services covers dividend and split notices: an article whose
     * rules found a dividend or a split is no earnings report for that reason alone */
    int payout_notice = 0, has_guidance = 0, other = 0, money = 0, rated = 0, deal = 0;
    for (size_t i = base; i < out->n; i++) {
        event_type_t t = out->items[i].type;
        payout_notice |= t == EVENT_DIVIDEND || t == EVENT_STOCK_SPLIT;
        /* results, a dividend, a financing or a rating the rules read: what the story
         * reports */
        money |= (t == EVENT_EARNINGS || t == EVENT_DIVIDEND || t == EVENT_FINANCING ||
                  t == EVENT_RATING_CHANGE || t == EVENT_BUYBACK) &&
                 !detect_context(&out->items[i]);
        has_guidance |= t == EVENT_GUIDANCE;
        deal |=
            (t == EVENT_ACQUISITION || t == EVENT_INVESTMENT) && !detect_context(&out->items[i]);
        rated |= t == EVENT_RATING_CHANGE && !detect_context(&out->items[i]);
        other |= t == EVENT_WORKFORCE || t == EVENT_FACILITY || t == EVENT_LEGAL ||
                 t == EVENT_EXECUTIVE_CHANGE || t == EVENT_BANKRUPTCY || t == EVENT_CONTRACT ||
                 t == EVENT_FINANCING || t == EVENT_RATING_CHANGE;
    }
    /* no_results (detect_no_results): -1 until the first earnings label asks */
    int no_results = -1;
    static const char *const deal_nouns = DETECT_DEAL_NOUNS;
    /* officers named, debt redeemed, a listing or a share offering: no deal guessed for them */
    static const char *const officer_cues =
        "names named elects elected appoints president chairman resigns retires succeeds "
        "officer officers redeem redeems redemption debentures notes fiscal listing listed "
        "nasdaq nyse offering registration shelf";
    /* the words that tell a deal, in any of its forms */
    static const char *const deal_told =
        "acquire acquires acquired acquiring acquisition acquisitions merge merges merged "
        "merging merger mergers buy buys buying bought buyer buyers buyout buyouts purchase "
        "purchases purchased purchasing sell sells selling sold sale sales seller stake stakes "
        "takeover takeovers take takes taking took tender tendered offer offers offered bid "
        "bids bidding bidder suitor control transfer transfers transferred divest divests "
        "divested divestiture shares interest interests holding holdings private spin "
        "spinoff deal deals lbo leveraged standstill";
    static const char *const div_told =
        "dividend dividends div divs dividned payout payouts distribution distributions qtly "
        "qtrly quarterly monthly annual semi-annual initial regular special extra interim final "
        "split";
    if (a->subject_id && a->subject_id[0])
        for (size_t l = 0; l < m->nlabels; l++) {
            if (kept[l] || m->labels[l].emit >= 1.0 || pa[l] < m->labels[l].emit) continue;
            event_type_t t = event_type_from_name(m->labels[l].name);
            if (t == EVENT_NONE) continue;
            if (t == EVENT_EARNINGS && !payout_notice && no_results < 0)
                no_results = detect_no_results(a, &z, has_guidance, other);
            if (t == EVENT_EARNINGS && (payout_notice || no_results)) continue;
            /* a dividend told by no payout word in the title or lead ("MAGMA LOWERS COPPER
             * 0.75 CENT TO 66 CTS": a price cut) is none */
            if (t == EVENT_DIVIDEND &&
                !detect_cue_in(div_told, a->text, z.title_off, z.title_end) &&
                !detect_cue_in(div_told, a->text, z.lead_off, z.lead_end))
                continue;
            /* ... and a dividend reinvestment plan pays none ("amends dividend reinvestment
             * plan": the rules read no payout) */
            if (t == EVENT_DIVIDEND &&
                (detect_cue_in("reinvestment", a->text, z.title_off, z.title_end) ||
                 detect_cue_in("reinvestment", a->text, z.lead_off, z.lead_end)))
                continue;
            /* a story of results, a dividend, a buyback, a financing or a rating names deals in
             * passing
             * ("profit rose on acquisitions", "to fund acquisitions", "upgraded because its
             * parent has merged into PNC"): no deal is added for it */
            if (t == EVENT_ACQUISITION && money) continue;
            /* and a story of a deal names dividends in passing ("would pay its regular
             * quarterly dividend as previously declared", "may urge Sutter to raise its
             * dividend"): no dividend is added for it */
            if (t == EVENT_DIVIDEND && deal) continue;
            /* nor for one whose title tells officers named, debt redeemed, a listing or an
             * offering of its shares, and no deal ("HOECHST CELANESE NAMES SENIOR OFFICERS",
             * whose lead recalls the merger that formed it; on the training years 4% of such
             * wire titles are filed as deals, and their deals are the rules' to find) */
            if (t == EVENT_ACQUISITION &&
                detect_cue_in(officer_cues, a->text, z.title_off, z.title_end) &&
                !detect_cue_in(deal_nouns, a->text, z.title_off, z.title_end))
                continue;
            /* a rating of the company's debt ("HECHINGER DEBT UPGRADED BY MOODY'S") is no new
             * borrowing: no financing is added beside the rating action the rules read */
            if (t == EVENT_FINANCING && rated) continue;
            /* nor for one whose title and first sentence name no deal ("GETS FUNDING", "SEES
             * FLAT 1987 NET", "CALLS PREFERRED", "COMPLETES ISSUE"): what it reports is
             * something else, and a deal told later is the rules' to find */
            if (t == EVENT_ACQUISITION &&
                !detect_cue_in(deal_told, a->text, z.title_off, z.title_end) &&
                !detect_cue_in(deal_told, a->text, z.lead_off,
                               detect_first_end(a->text, z.lead_off, z.lead_end)))
                continue;
            if ((rc = detect_emit(a, &z, t, out))) goto out;
        }
out:
    mem_free(keep);
    feat_release(&f);
    if (rc) err_set(e, rc, "scoring the article: %s", err_str(rc));
    return rc;
}
