/* Unit tests for the detector: core/feat (zones, hashed features), core/model (scores, the
 * file format, corrupt and newer files) and core/detect (keep, drop, emit). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "../adapters/crypto/hash.h"
#include "../core/detect.h"
#include "../core/feat.h"
#include "../core/mem.h"
#include "../core/model.h"

static const feat_hash_t H = {12, 7};

static void sha(const void *d, size_t n, char out[65])
{
    hash_sha256_hex(d, n, out);
}

static void feats(const char *text, feat_t *f)
{
    feat_reset(f);
    feat_add_article(f, &H, text, strlen(text));
    assert_int_equal(feat_finish(f), 0);
}

static void test_zones(void **state)
{
    (void)state;
    const char *t = "Date: 12-MAR-1987\nACME BUYS WIDGETCO\nNEW YORK - Acme said it bought "
                    "Widgetco. The deal closed.\n";
    feat_zones_t z;
    feat_zones(t, strlen(t), &z);
    assert_int_equal(z.title_off, strlen("Date: 12-MAR-1987\n"));
    assert_memory_equal(t + z.title_off, "ACME BUYS WIDGETCO", z.title_end - z.title_off);
    assert_memory_equal(t + z.lead_off, "NEW YORK - Acme said it bought Widgetco.",
                        z.lead_end - z.lead_off);
    assert_int_equal(feat_zone_of(&z, z.title_off), FEAT_ZONE_TITLE);
    assert_int_equal(feat_zone_of(&z, z.lead_off + 3), FEAT_ZONE_LEAD);
    assert_int_equal(feat_zone_of(&z, strlen(t) - 3), FEAT_ZONE_BODY);
    /* a lone line is a title with no lead */
    feat_zones("One sentence only.", 18, &z);
    assert_int_equal(z.title_off, 0);
    assert_int_equal(z.title_end, 18);
    assert_int_equal(z.lead_off, 18);
}

static void test_features(void **state)
{
    (void)state;
    feat_t a, b;
    feat_init(&a);
    feat_init(&b);
    /* case and numbers do not matter; words, order and zones do */
    feats("Acme buys 25 pct of Widgetco", &a);
    feats("ACME BUYS 31 PCT OF WIDGETCO", &b);
    assert_int_equal(a.n, b.n);
    assert_memory_equal(a.idx, b.idx, a.n * sizeof *a.idx);
    feats("Widgetco buys 25 pct of Acme", &b);
    assert_int_not_equal(memcmp(a.idx, b.idx, a.n * sizeof *a.idx), 0);
    /* title words are features of their own: the same words in the body differ */
    feats("Title\nAcme buys Widgetco", &a);
    feats("Acme buys Widgetco\nTitle", &b);
    assert_int_not_equal(a.n == b.n && memcmp(a.idx, b.idx, a.n * sizeof *a.idx) == 0, 1);
    /* sorted, unique, inside the table */
    feats("the the the the cat", &a);
    for (size_t i = 1; i < a.n; i++) assert_true(a.idx[i - 1] < a.idx[i]);
    for (size_t i = 0; i < a.n; i++) assert_true(a.idx[i] < (1u << H.bits));
    /* a rule hit is a feature */
    size_t n = a.n;
    feat_add_rule(&a, &H, "acquisition");
    assert_int_equal(feat_finish(&a), 0);
    assert_int_equal(a.n, n + 1);
    feat_release(&a);
    feat_release(&b);
}

/* A model of two labels with weights on the buckets of f's features. */
static model_t *make_model(const feat_t *f, double wa, double wb, double bias_a)
{
    size_t nb = (size_t)1 << H.bits;
    double *w0 = mem_calloc(nb, sizeof *w0), *w1 = mem_calloc(nb, sizeof *w1);
    model_label_t l[2] = {{"acquisition", bias_a, 0.5, 0.5, 0.5}, {"earnings", -1, 0.5, 0.5, 0.5}};
    const double *w[2] = {w0, w1};
    model_t *m = NULL;
    err_t e = {0};
    assert_non_null(w0);
    assert_non_null(w1);
    for (size_t i = 0; i < f->n; i++) {
        w0[f->idx[i]] = wa;
        w1[f->idx[i]] = wb;
    }
    assert_int_equal(model_from_dense(&H, l, 2, w, &m, &e), 0);
    mem_free(w0);
    mem_free(w1);
    return m;
}

static void test_score(void **state)
{
    (void)state;
    feat_t f, g;
    double p[2];
    feat_init(&f);
    feat_init(&g);
    feats("Acme agrees to acquire Widgetco", &f);
    model_t *m = make_model(&f, 0.5, -0.25, -1.0);
    assert_int_equal(m->nrows, f.n);
    /* score = bias + sum of w * 1/sqrt(n) */
    double want = -1.0 + (double)f.n * 0.5 / sqrt((double)f.n);
    assert_true(fabs(model_score(m, &f, 0) - want) < 1e-6);
    assert_true(fabs(model_prob(m, &f, 0) - 1.0 / (1.0 + exp(-want))) < 1e-9);
    model_probs(m, &f, p);
    assert_true(fabs(p[0] - model_prob(m, &f, 0)) < 1e-12);
    assert_true(p[1] < 0.5);
    /* features the model has no weight for score the bias alone */
    feats("zzz qqq", &g);
    assert_true(fabs(model_score(m, &g, 0) - -1.0) < 1e-9 || model_score(m, &g, 0) > -1.0);
    assert_int_equal(model_label_find(m, "earnings"), 1);
    assert_int_equal(model_label_find(m, "dividend"), -1);
    model_free(m);
    feat_release(&f);
    feat_release(&g);
}

/* model_probs_raw over features as added (repeats, any order) gives model_probs' figures
 * bit for bit, over a model with weights on some buckets only (others score nothing). */
static void test_score_raw(void **state)
{
    (void)state;
    const char *text = "ACME BUYS WIDGETCO\nNEW YORK - Acme said it agreed to buy Widgetco for "
                       "12 mln dlrs. Acme said the deal, its third this year, would add to "
                       "earnings. Widgetco said the deal was fair to Widgetco holders.\n";
    size_t nb = (size_t)1 << H.bits;
    double *w0 = mem_calloc(nb, sizeof *w0), *w1 = mem_calloc(nb, sizeof *w1);
    model_label_t l[2] = {{"acquisition", -0.3, 0.5, 0.5, 0.5}, {"earnings", -1, 0.5, 0.5, 0.5}};
    const double *w[2] = {w0, w1};
    model_t *m = NULL;
    err_t e = {0};
    feat_t f, raw;
    double p[2], q[2];
    assert_non_null(w0);
    assert_non_null(w1);
    for (size_t b = 0; b < nb; b += 3) { /* weights of many magnitudes: a sum's order shows */
        w0[b] = (double)((b * 2654435761u) % 1000) / 7.0 - 70.0;
        w1[b] = 1e-3 * (double)(b % 97) - 0.05;
    }
    assert_int_equal(model_from_dense(&H, l, 2, w, &m, &e), 0);
    feat_init(&f);
    feat_init(&raw);
    feats(text, &f);
    feat_add_article(&raw, &H, text, strlen(text));
    feat_add_rule(&raw, &H, "acquisition");
    feat_add_rule(&raw, &H, "acquisition");
    feat_add_rule(&f, &H, "acquisition");
    assert_int_equal(feat_finish(&f), 0);
    assert_true(raw.n > f.n); /* repeats */
    model_probs(m, &f, p);
    assert_int_equal(model_probs_raw(m, &raw, q), 0);
    assert_memory_equal(p, q, sizeof p);
    feat_reset(&raw); /* no features: the biases */
    feat_reset(&f);
    model_probs(m, &f, p);
    assert_int_equal(model_probs_raw(m, &raw, q), 0);
    assert_memory_equal(p, q, sizeof p);
    model_free(m);
    mem_free(w0);
    mem_free(w1);
    feat_release(&f);
    feat_release(&raw);
}

static void test_file(void **state)
{
    (void)state;
    feat_t f;
    buf_t b, c;
    model_t *m, *back = NULL;
    err_t e = {0};
    feat_init(&f);
    buf_init(&b);
    buf_init(&c);
    feats("Acme agrees to acquire Widgetco", &f);
    m = make_model(&f, 0.75, 0.125, -2.5);
    assert_int_equal(model_write(m, sha, &b), 0);
    assert_int_equal(strncmp(b.data, "seismo-model\t2\n", 15), 0);
    assert_int_equal(model_parse(b.data, b.len, sha, &back, &e), 0);
    assert_int_equal(back->nlabels, 2);
    assert_int_equal(back->nrows, m->nrows);
    assert_true(fabs(model_score(back, &f, 0) - model_score(m, &f, 0)) < 1e-6);
    /* writing again gives the same bytes */
    assert_int_equal(model_write(back, sha, &c), 0);
    assert_int_equal(b.len, c.len);
    assert_memory_equal(b.data, c.data, b.len);
    model_free(back);
    back = NULL;

    /* one changed byte: the checksum refuses it */
    char *bad = mem_strdup(b.data);
    char *row = strstr(bad, "\nrows\t");
    row = strchr(row + 1, '\n') + 1;
    row[0] = row[0] == '1' ? '2' : '1';
    assert_int_equal(model_parse(bad, b.len, sha, &back, &e), ERR_CORRUPT);
    assert_null(back);
    assert_non_null(strstr(e.msg, "checksum"));
    /* cut short */
    assert_int_equal(model_parse(b.data, b.len - 10, sha, &back, &e), ERR_CORRUPT);
    assert_int_equal(model_parse(b.data, 40, sha, &back, &e), ERR_CORRUPT);
    /* not a model at all */
    assert_int_equal(model_parse("hello\n", 6, sha, &back, &e), ERR_CORRUPT);
    assert_non_null(strstr(e.msg, "not a seismo model"));
    /* a newer format: refused as newer, whatever follows */
    memcpy(bad, b.data, b.len + 1);
    bad[13] = '9';
    assert_int_equal(model_parse(bad, b.len, sha, &back, &e), ERR_NEWER);
    assert_non_null(strstr(e.msg, "newer"));
    assert_int_equal(err_exit_status(ERR_NEWER), 65);
    assert_int_equal(err_exit_status(ERR_CORRUPT), 65);
    mem_free(bad);
    model_free(m);
    buf_release(&b);
    buf_release(&c);
    feat_release(&f);
}

/* A candidate of type t for Acme in role, read from sentence of text. */
static event_t *add_event(event_list_t *l, const char *text, const char *sentence, event_type_t t,
                          const char *role)
{
    event_t *ev = event_list_add(l);
    assert_non_null(ev);
    ev->type = t;
    assert_int_equal(event_add_company(ev, "acme", "Acme", NULL, role), 0);
    const char *at = strstr(text, sentence);
    ev->source.offset = at - text;
    ev->source.length = (long long)strlen(sentence);
    return ev;
}

static void add_candidate(event_list_t *l, const char *text, const char *sentence)
{
    event_t *ev = add_event(l, text, sentence, EVENT_ACQUISITION, "acquirer");
    assert_int_equal(event_set_str(ev, "status", "announced"), 0);
}

/* An article dated 1987-03-02 whose subject is Acme. */
static detect_article_t acme_article(const char *text)
{
    detect_article_t a = {text, strlen(text), "1987-03-02", "acme", "Acme",
                          NULL, NULL,         "x.txt",      NULL};
    return a;
}

static void test_detect(void **state)
{
    (void)state;
    const char *text = "Date: 1987-03-02\nACME TO BUY WIDGETCO\nAcme Corp said it will buy "
                       "Widgetco Inc. The price was not given.\n";
    detect_article_t a = acme_article(text);
    event_list_t l;
    event_t *ev;
    feat_t f;
    err_t e = {0};
    feat_init(&f);
    feats(text, &f);

    /* a confident model keeps the candidate and adds nothing */
    model_t *m = make_model(&f, 4.0, -4.0, 0.0);
    event_list_init(&l);
    add_candidate(&l, text, "Acme Corp said it will buy Widgetco Inc.");
    assert_int_equal(detect_apply(m, &a, &l, 0, &e), 0);
    assert_int_equal(l.n, 1);
    assert_int_equal(l.items[0].type, EVENT_ACQUISITION);
    event_list_release(&l);
    model_free(m);

    /* a model sure the article reports no deal drops a candidate past the lead (one the lead
     * tells under a title with a deal verb, "ACME TO BUY WIDGETCO", stays: the rules read it) */
    m = make_model(&f, -4.0, -4.0, -3.0);
    event_list_init(&l);
    add_candidate(&l, text, "The price was not given.");
    assert_int_equal(detect_apply(m, &a, &l, 0, &e), 0);
    assert_int_equal(l.n, 0);
    add_candidate(&l, text, "Acme Corp said it will buy Widgetco Inc.");
    assert_int_equal(detect_apply(m, &a, &l, 0, &e), 0);
    assert_int_equal(l.n, 1);
    event_list_release(&l);
    event_list_init(&l);
    /* ... but not a sale told by its seller alone in the title or the first sentence ("plans
     * to sell its Trenton Works division": the buyer is not named yet); later, it is dropped */
    ev = add_event(&l, text, "Acme Corp said it will buy Widgetco Inc.", EVENT_ACQUISITION,
                   "seller");
    assert_int_equal(event_set_str(ev, "status", "announced"), 0);
    ev = add_event(&l, text, "The price was not given.", EVENT_ACQUISITION, "seller");
    assert_int_equal(event_set_str(ev, "status", "announced"), 0);
    /* ... nor a funding round told by the company that raised it alone */
    ev = add_event(&l, text, "Acme Corp said it will buy Widgetco Inc.", EVENT_INVESTMENT,
                   "investee");
    assert_int_equal(event_set_str(ev, "status", "announced"), 0);
    assert_int_equal(detect_apply(m, &a, &l, 0, &e), 0);
    assert_int_equal(l.n, 2);
    assert_string_equal(l.items[0].companies[0].role, "seller");
    assert_string_equal(l.items[1].companies[0].role, "investee");
    event_list_release(&l);
    event_list_init(&l);
    /* thresholds of 0 never drop */
    m->labels[0].keep_article = m->labels[0].keep_sentence = 0;
    add_candidate(&l, text, "Acme Corp said it will buy Widgetco Inc.");
    assert_int_equal(detect_apply(m, &a, &l, 0, &e), 0);
    assert_int_equal(l.n, 1);
    event_list_release(&l);
    model_free(m);

    /* no candidate, a confident model: one event for the subject, sentence = the title */
    m = make_model(&f, 4.0, -4.0, 0.0);
    event_list_init(&l);
    assert_int_equal(detect_apply(m, &a, &l, 0, &e), 0);
    assert_int_equal(l.n, 1);
    assert_int_equal(l.items[0].type, EVENT_ACQUISITION);
    assert_string_equal(l.items[0].companies[0].id, "acme");
    /* the headline's verb after the subject's name gives its part in the deal */
    assert_string_equal(l.items[0].companies[0].role, "acquirer");
    assert_string_equal(l.items[0].source.sentence, "ACME TO BUY WIDGETCO");
    assert_string_equal(l.items[0].occurred_on, "1987-03-02");
    assert_string_equal(event_get_str(&l.items[0], "status"), "announced");
    assert_int_equal(event_validate(&l.items[0], NULL), 0);
    event_list_release(&l);
    /* "gets ... offer": the subject is bid for; "to sell": it sells; no cue: subject */
    static const struct {
        const char *title, *role;
    } heads[] = {
        {"ACME <ACM> GETS BUYOUT OFFER", "target"},
        {"ACME TO SELL UNIT", "seller"},
        {"ACME SEEKS BUYER FOR COMPANY", "target"},
        {"ACME HOLDERS APPROVE PLAN", "subject"},
        {"WIDGETCO BUYS ACME", "subject"},
        /* the subject's own verb, read past an appositive, within its clause */
        {"Acme, the world's biggest widget maker, acquired Gizmo late last year", "acquirer"},
        {"Acme acquired Gizmo's unit", "acquirer"},
        {"ACME TO BE ACQUIRED BY WIDGETCO", "target"},
        {"Acme jumped 66 pct after Widgetco agreed to buy the company", "subject"},
        {"Acme rose as Widgetco said it would buy Gizmo", "subject"},
        {"Acme said it had rejected an offer by Widgetco", "target"}};
    for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
        char ht[160];
        snprintf(ht, sizeof ht, "Date: 1987-03-02\n%s\nAcme Corp said it will buy Widgetco Inc.\n",
                 heads[k].title);
        detect_article_t h = a;
        h.text = ht;
        h.len = strlen(ht);
        event_list_t hl;
        event_list_init(&hl);
        assert_int_equal(detect_apply(m, &h, &hl, 0, &e), 0);
        assert_int_equal(hl.n, 1);
        assert_string_equal(hl.items[0].companies[0].role, heads[k].role);
        event_list_release(&hl);
    }
    /* with no subject company nothing is emitted; an emit threshold of 1 never emits */
    a.subject_id = NULL;
    event_list_init(&l);
    assert_int_equal(detect_apply(m, &a, &l, 0, &e), 0);
    assert_int_equal(l.n, 0);
    a.subject_id = "acme";
    m->labels[0].emit = 1.0;
    assert_int_equal(detect_apply(m, &a, &l, 0, &e), 0);
    assert_int_equal(l.n, 0);
    event_list_release(&l);
    model_free(m);

    /* a mixed-case title with no company found: its first capitalised name, not an opener */
    const char *s1 = "The board of Teather & Greenwood said profit rose 5 per cent .";
    const char *s2 = "Analysts expect Tesco to report a profit .";
    detect_article_t b = {s1, strlen(s1), "", NULL, NULL, NULL, NULL, "s.txt", NULL};
    feats(s1, &f);
    m = make_model(&f, -4.0, 4.0, -5.0);
    m->labels[1].emit = 0.5;
    event_list_init(&l);
    assert_int_equal(detect_apply(m, &b, &l, 0, &e), 0);
    assert_int_equal(l.n, 1);
    assert_int_equal(l.items[0].type, EVENT_EARNINGS);
    assert_string_equal(l.items[0].companies[0].name, "Teather & Greenwood");
    assert_string_equal(l.items[0].companies[0].id, "teather-greenwood");
    event_list_release(&l);
    model_free(m);
    b.text = s2;
    b.len = strlen(s2);
    feats(s2, &f);
    m = make_model(&f, -4.0, 4.0, -5.0);
    event_list_init(&l);
    assert_int_equal(detect_apply(m, &b, &l, 0, &e), 0);
    assert_int_equal(l.n, 1);
    assert_string_equal(l.items[0].companies[0].id, "tesco");
    event_list_release(&l);
    /* an all-capitals headline gives no guess */
    b.text = "ACME SAYS PROFIT ROSE";
    b.len = strlen(b.text);
    event_list_init(&l);
    assert_int_equal(detect_apply(m, &b, &l, 0, &e), 0);
    assert_int_equal(l.n, 0);
    event_list_release(&l);
    model_free(m);
    feat_release(&f);
}

/* An earnings candidate with the given metrics, read from sentence. */
static void add_earnings(event_list_t *l, const char *text, const char *sentence, int nmetrics)
{
    event_t *ev = add_event(l, text, sentence, EVENT_EARNINGS, "subject");
    static const char *const metric[] = {"net_income", "revenue"};
    for (int i = 0; i < nmetrics; i++) {
        event_record_t *r = event_add_record(ev, "metrics");
        assert_non_null(r);
        assert_int_equal(event_record_set_str(r, "metric", metric[i]), 0);
        assert_int_equal(event_record_set_num(r, "value", 1000.0 * (i + 1)), 0);
    }
    ev->source.sentence = mem_strdup(sentence);
    assert_non_null(ev->source.sentence);
}

/* A model sure that text (borrowed) reports neither a deal nor earnings; f (caller storage)
 * holds the text's features until the test releases it. */
static model_t *model_sure_of_none(const char *text, feat_t *f)
{
    feat_init(f);
    feats(text, f);
    model_t *m = make_model(f, -4.0, -4.0, -3.0);
    m->labels[1].bias = -4.0;
    m->labels[1].keep_article = m->labels[1].keep_sentence = 0.5;
    return m;
}

static void test_detect_table(void **state)
{
    (void)state;
    /* rows of a results table without a prior period, one a line ("Net 788,099" / "Revs
     * 15.5 mln"), are kept by a model sure the article reports no earnings; one figure in
     * prose, or a row sentence with one figure, is judged and dropped */
    const char *text = "Date: 1987-03-02\nACME YEAR NET\nNet 788,099\nRevs 15.5 mln\n"
                       "Net income was 5 mln dlrs, the company said.\n";
    detect_article_t a = acme_article(text);
    event_list_t l;
    feat_t f;
    err_t e = {0};
    model_t *m = model_sure_of_none(text, &f);
    event_list_init(&l);
    add_earnings(&l, text, "Net 788,099\nRevs 15.5 mln", 2);
    add_earnings(&l, text, "Net 788,099", 1);
    add_earnings(&l, text, "Net income was 5 mln dlrs, the company said.", 2);
    assert_int_equal(detect_apply(m, &a, &l, 0, &e), 0);
    assert_int_equal(l.n, 1);
    assert_string_equal(l.items[0].source.sentence, "Net 788,099\nRevs 15.5 mln");
    event_list_release(&l);
    model_free(m);
    feat_release(&f);
}

static void test_detect_lead(void **state)
{
    (void)state;
    /* a model sure the article reports neither a deal nor earnings keeps what the rules read
     * whole from the title or the first sentence (a deal with both sides, results with a
     * change), and drops the same read later in the body */
    const char *text = "Date: 2024-06-27\nAcme to buy Widgetco\n"
                       "Acme said its quarterly revenue rose 45% to 1.5 bn.\n"
                       "Later Acme said revenue rose 5% to 2 bn. Acme also bought Gizmo.\n";
    detect_article_t a = acme_article(text);
    event_list_t l;
    feat_t f;
    err_t e = {0};
    model_t *m = model_sure_of_none(text, &f);
    event_list_init(&l);
    event_t *d = add_event(&l, text, "Acme to buy Widgetco", EVENT_ACQUISITION, "acquirer");
    assert_int_equal(event_add_company(d, "widgetco", "Widgetco", NULL, "target"), 0);
    d = add_event(&l, text, "Acme also bought Gizmo.", EVENT_ACQUISITION, "acquirer");
    assert_int_equal(event_add_company(d, "gizmo", "Gizmo", NULL, "target"), 0);
    const char *said[] = {"Acme said its quarterly revenue rose 45% to 1.5 bn.",
                          "Later Acme said revenue rose 5% to 2 bn."};
    for (int i = 0; i < 2; i++) {
        event_t *ev = add_event(&l, text, said[i], EVENT_EARNINGS, "subject");
        event_record_t *r = event_add_record(ev, "metrics");
        assert_non_null(r);
        assert_int_equal(event_record_set_str(r, "metric", "revenue"), 0);
        assert_int_equal(event_record_set_num(r, "value", 1.5e9), 0);
        assert_int_equal(event_record_set_num(r, "change_percent", 45), 0);
    }
    assert_int_equal(detect_apply(m, &a, &l, 0, &e), 0);
    assert_int_equal(l.n, 2);
    assert_int_equal(l.items[0].type, EVENT_ACQUISITION);
    assert_string_equal(l.items[0].companies[1].id, "widgetco");
    assert_int_equal(l.items[1].type, EVENT_EARNINGS);
    assert_int_equal(l.items[1].source.offset, strstr(text, said[0]) - text);
    event_list_release(&l);
    model_free(m);
    feat_release(&f);
}

static void test_oom(void **state)
{
    (void)state;
    feat_t f;
    buf_t b;
    model_t *m, *back;
    err_t e = {0};
    feat_init(&f);
    buf_init(&b);
    feats("Acme agrees to acquire Widgetco", &f);
    m = make_model(&f, 1.0, 1.0, 0.0);
    assert_int_equal(model_write(m, sha, &b), 0);
    for (unsigned long k = 1; k < 10; k++) {
        back = NULL;
        mem_fail_at(k);
        int rc = model_parse(b.data, b.len, sha, &back, &e);
        mem_fail_at(0);
        assert_true(rc == 0 || rc == ERR_NOMEM);
        if (rc == 0) assert_non_null(back);
        model_free(back);
    }
    model_free(m);
    buf_release(&b);
    feat_release(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_zones),        cmocka_unit_test(test_features),
        cmocka_unit_test(test_score),        cmocka_unit_test(test_score_raw),
        cmocka_unit_test(test_file),         cmocka_unit_test(test_detect),
        cmocka_unit_test(test_detect_table), cmocka_unit_test(test_detect_lead),
        cmocka_unit_test(test_oom),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
