/* Unit tests for core/extract: dates, sentences, numbers, rules, robustness. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../core/date.h"
#include "../core/err.h"
#include "../core/extract.h"
#include "../core/extract_lex.h"
#include "../core/mem.h"

static registry_t *reg;
static extract_t *ex;

static int setup(void **state)
{
    err_t e = {0};
    (void)state;
    reg = registry_new();
    if (!reg || registry_load_builtin(reg, &e) || extract_new(reg, &ex, &e)) return -1;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    extract_free(ex);
    registry_free(reg);
    return 0;
}

static void run(const char *text, event_list_t *l)
{
    err_t e = {0};
    extract_input_t in = {text, strlen(text), NULL, "t.txt", NULL, "sha256:0"};
    event_list_init(l);
    assert_int_equal(extract_article(ex, &in, l, &e), 0);
}

static void test_dates(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"February 12, 2025", "2025-02-12"}, {"Feb. 12, 2025", "2025-02-12"},
        {"Feb 12, 2025", "2025-02-12"},      {"12 February 2025", "2025-02-12"},
        {"2025-02-12", "2025-02-12"},        {"26-FEB-1987 15:01:01.79", "1987-02-26"},
        {"3-MAR-1987", "1987-03-03"},        {"Sept. 1, 2024", "2024-09-01"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[11];
        assert_true(extract_parse_date(cases[i][0], strlen(cases[i][0]), out) > 0);
        assert_string_equal(out, cases[i][1]);
    }
    char out[11];
    /* date_ymd_iso writes what snprintf's "%04d-%02d-%02d" does, whatever the numbers */
    static const int ymd[][3] = {{2025, 2, 12}, {987, 3, 1},      {1, 1, 1},  {9999, 12, 31},
                                 {0, 0, 0},     {10000, 1, 1},    {-5, 3, 4}, {2025, 100, 7},
                                 {2025, 7, -1}, {12345, 123, 456}};
    for (size_t i = 0; i < sizeof ymd / sizeof ymd[0]; i++) {
        char want[11];
        snprintf(want, sizeof want, "%04d-%02d-%02d", ymd[i][0], ymd[i][1], ymd[i][2]);
        memset(out, 'x', sizeof out);
        date_ymd_iso(ymd[i][0], ymd[i][1], ymd[i][2], out);
        assert_string_equal(out, want);
    }
    assert_int_equal(extract_parse_date("Q1 2026", 7, out), 0);
    assert_int_equal(extract_parse_date("February 30, 2025", 17, out), 0);
    assert_int_equal(extract_parse_date("last year", 9, out), 0);
}

/* One sentence (with a dateline) and the event it must give. */
typedef struct rule_case_s {
    const char *text;
    const char *type;
    const char *companies; /* space-separated ids, in any order */
    const char *field;     /* data field to check, or NULL */
    const char *want;      /* its value (numbers compared as numbers) */
    const char *date;      /* occurred_on, "" for null */
} rule_case_t;

static const rule_case_t rule_cases[] = {
    {"Date: 2025-02-12\nApple’s shares rose 1.5% on Wednesday.\n", "share_move", "AAPL", "percent",
     "1.5", "2025-02-12"},
    {"Date: 2025-02-12\nShares of Intel fell 2.6 percent.\n", "share_move", "INTC", "percent",
     "-2.6", "2025-02-12"},
    {"Date: 2025-02-12\nBaidu's stock slid 55 pct.\n", "share_move", "BIDU", "percent", "-55",
     "2025-02-12"},
    /* amounts as the financial press writes them: "Pounds 4.55bn", "EUR700m" */
    {"Date: 2025-02-12\nVodafone agreed to buy Telsim for Pounds 4.55bn.\n", "acquisition",
     "VOD telsim", "amount", "4550000000", "2025-02-12"},
    {"Date: 2025-02-12\nVodafone agreed to buy Telsim for EUR700m.\n", "acquisition", "VOD telsim",
     "currency", "EUR", "2025-02-12"},
    /* tokenised text writes the possessive apart: "Morrison 's", an unknown name */
    {"Date: 2025-02-12\nMorrison 's total sales rose 14.9 per cent .\n", "metric_change",
     "morrison", "percent", "14.9", "2025-02-12"},
    {"Date: 2025-02-12\nNvidia agreed to acquire Run:ai for $700 million.\n", "acquisition",
     "NVDA run-ai", "amount", "700000000", "2025-02-12"},
    {"Date: 2025-02-12\nAlibaba bought Manus for US$2.1bn.\n", "acquisition", "BABA manus",
     "amount", "2100000000", "2025-02-12"},
    {"Date: 2025-02-12\nSAP agreed to buy Bilfinger for €400 million.\n", "acquisition",
     "SAP bilfinger", "currency", "EUR", "2025-02-12"},
    {"Date: 26-FEB-1987 15:01:01.79\nNEW YORK, Feb 26 - Amoco Corp said it agreed to acquire Dome "
     "Petroleum Ltd for 300 mln dlrs.\n",
     "acquisition", "amoco dome-petroleum", "amount", "300000000", "1987-02-26"},
    {"Date: 2025-02-12\nMicrosoft is in talks to acquire TikTok for about $30 billion.\n",
     "acquisition", "MSFT bytedance", "status", "talks", "2025-02-12"},
    {"Date: 2025-02-12\nMicrosoft is in talks to acquire TikTok for about $30 billion.\n",
     "acquisition", "MSFT bytedance", "qualifier", "about", "2025-02-12"},
    {"Date: 2025-02-12\nAmazon completed its purchase of iRobot.\n", "acquisition", "AMZN IRBT",
     "status", "completed", "2025-02-12"},
    {"Date: 2025-02-12\nSoftBank took a 10% stake in OpenAI.\n", "investment", "9984.T openai",
     "stake_percent", "10", "2025-02-12"},
    {"Date: 2025-02-12\nSamsung teams up with Google on Android XR in Korea.\n", "partnership",
     "005930.KS GOOGL", "region", "Korea", "2025-02-12"},
    {"Date: 2025-02-12\nThe FTC approved the deal between Nvidia and Intel.\n",
     "regulatory_approval", "NVDA INTC", "regulator", "FTC", "2025-02-12"},
    {"Date: 2025-02-12\nThe European Commission blocked Adobe's purchase of Figma.\n",
     "regulatory_approval", "ADBE figma", "status", "blocked", "2025-02-12"},
    {"Date: 2025-02-12\nTencent said its revenue rose 8% in China.\n", "metric_change", "0700.HK",
     "percent", "8", "2025-02-12"},
    {"Date: 2025-02-12\nApple is hosting its Worldwide Developers Conference on June 9 in "
     "Cupertino.\n",
     "corporate_event", "AAPL", "location", "Cupertino", "2025-06-09"},
    {"Related\nBy Jane Roe\nJane writes about chips.\nOpenAI Launches a New Voice Model for "
     "Cars\nThe model arrives in Q1 2026.\n",
     "product_announcement", "openai", NULL, NULL, ""},
    {"Date: 2025-02-12\nMr. Smith said U.S. regulators were told. Shares of Standard Chartered "
     "jumped 4% on Monday.\n",
     "share_move", "STAN.L", "percent", "4", "2025-02-10"}, /* the Monday before */
    /* Reuters 1987: the seller of a business alone, a stake held by a group, "X by Y",
     * "A and B agreed to merge", a name before a ticker in the headline */
    {"Date: 26-FEB-1987 17:08:27.52\nHOUSTON, Feb 26 - Gulf Applied Technologies Inc said it "
     "sold its pipeline subsidiaries for 12.2 mln dlrs.\n",
     "acquisition", "gulf-applied-technologies", "amount", "12200000", "1987-02-26"},
    {"Date: 10-MAR-1987 16:45:30.02\nA group of investors said it has acquired a 7.2 pct stake in "
     "Brentwood Instruments Inc.\n",
     "investment", "brentwood-instruments", "stake_percent", "7.2", "1987-03-10"},
    {"Date: 2-MAR-1987 10:00:00.00\nCoastal Bancorp said regulators approved the acquisition of "
     "Coastal by Suffield Financial Corp.\n",
     "acquisition", "coastal-bancorp suffield-financial", NULL, NULL, "1987-03-02"},
    {"Date: 2-MAR-1987 10:00:00.00\nTOKYO, March 2 - <Azuma Steel Co Ltd> and Toshin Steel Co "
     "Ltd said they agreed to merge.\n",
     "acquisition", "azuma-steel toshin-steel", "status", "announced", "1987-03-02"},
    {"Date: 2-MAR-1987 10:00:00.00\nCORNING <GLW> SETS TERMS\nNEW YORK, March 2 - The board of "
     "Corning approved the acquisition of Hazleton Laboratories Corp.\n",
     "acquisition", "corning hazleton-laboratories", NULL, NULL, "1987-03-02"},
    /* a rejection before the trigger: the deal is rejected; talks ended: terminated */
    {"Date: 2025-03-03\nZorblax Corp rejected Apple's offer to acquire Zorblax for $2 billion.\n",
     "acquisition", "AAPL zorblax", "status", "rejected", "2025-03-03"},
    {"Date: 2025-03-03\nIntel Corp ended talks to acquire Zorblax Corp.\n", "acquisition",
     "INTC zorblax", "status", "terminated", "2025-03-03"},
    /* a ticker mark names an unknown name's registry company; else the slug stays */
    {"Date: 2025-03-03\nCupertino-based Fruitco Computer Inc (NASDAQ: AAPL) agreed to acquire "
     "Zorblax Widgets Corp.\n",
     "acquisition", "AAPL zorblax-widgets", NULL, NULL, "2025-03-03"},
    {"Date: 2025-03-03\nBig Blue Machines Corp (NYSE:IBM) agreed to buy Frobnitz Corp.\n",
     "acquisition", "IBM frobnitz", NULL, NULL, "2025-03-03"},
    {"Date: 2025-03-03\nApplesauce Computer Inc <AAPL> agreed to acquire Quuxly Widgets Corp.\n",
     "acquisition", "AAPL quuxly-widgets", NULL, NULL, "2025-03-03"},
    {"Date: 2025-03-03\nSnorkel Systems Inc (NASDAQ: ZZZQ) agreed to buy Blorpco Corp.\n",
     "acquisition", "snorkel-systems blorpco", NULL, NULL, "2025-03-03"},
    {"Date: 3-MAR-1987 10:00:00.00\nUSAir Group Inc <U> agreed to buy Piedmont Aviation Inc.\n",
     "acquisition", "usair-group piedmont-aviation", NULL, NULL, "1987-03-03"},
};

static int has_all(const event_t *ev, const char *ids)
{
    char buf[128];
    size_t n = 0;
    snprintf(buf, sizeof buf, "%s", ids);
    for (char *tok = strtok(buf, " "); tok; tok = strtok(NULL, " ")) {
        if (!event_has_company(ev, tok)) return 0;
        n++;
    }
    return n == ev->ncompanies;
}

static void test_rules(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof rule_cases / sizeof rule_cases[0]; i++) {
        const rule_case_t *c = &rule_cases[i];
        event_list_t l;
        int found = 0;
        run(c->text, &l);
        for (size_t k = 0; k < l.n && !found; k++) {
            const event_t *ev = &l.items[k];
            if (strcmp(event_type_name(ev->type), c->type) != 0 || !has_all(ev, c->companies))
                continue;
            assert_string_equal(ev->occurred_on, c->date);
            if (c->field) {
                const event_field_t *f = event_get(ev, c->field);
                if (!f) print_error("case %zu: no %s\n", i, c->field);
                assert_non_null(f);
                if (f->kind == EVENT_FIELD_NUM)
                    assert_true(f->num == strtod(c->want, NULL));
                else
                    assert_string_equal(f->str, c->want);
            }
            found = 1;
        }
        if (!found)
            print_error("case %zu: no %s event with %s in: %s", i, c->type, c->companies, c->text);
        assert_true(found);
        event_list_release(&l);
    }
}

/* Things that must give no event. */
static void test_negatives(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Date: 2025-02-12\nShe baked an apple pie and the price rose 5%.\n",
        "Date: 2025-02-12\nManus is coming to 3 Billion Meta Users.\n",
        "Date: 2025-02-12\nCEO Tim Cook said sales would grow next year.\n",
        "",
        "\n\n\n",
        "By\n",
        "Date: February 12, 2025\nBy Arpit Dubey\nArpit is a dreamer who loves Apple and Nvidia "
        "shares rising 5%.\n",
        /* trade is no deal: goods, counts, a seller with no business sold */
        "Date: 2-MAR-1987 10:00:00.00\nLYPHOMED <LMED> TO SELL 100 MLN DLRS DEBENTURES\n",
        "Date: 2-MAR-1987 10:00:00.00\nAmoco Corp agreed to buy Saudi crude for 17.52 dlrs a "
        "barrel.\n",
        "Date: 2-MAR-1987 10:00:00.00\nToyota Motor Corp sold 1,082 domestic makes.\n",
        "Date: 2-MAR-1987 10:00:00.00\nNacco Industries Inc said it will sell the securities "
        "next week.\n",
        /* negations: no deal */
        "Date: 2025-03-03\nApple said it is not interested in acquiring Zorblax Corp.\n",
        "Date: 2025-03-03\nMicrosoft denied it was in talks to buy Zorblax Corp.\n",
        "Date: 2025-03-03\nIntel Corp said it has no plans to sell its Zorblax Labs unit.\n",
        "Date: 2-MAR-1987 10:00:00.00\nAMR Corp said it has no intention of acquiring Pan Am "
        "Corp.\n",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        event_list_t l;
        run(texts[i], &l);
        for (size_t k = 0; k < l.n; k++) {
            double v;
            if (i == 1)
                assert_false(event_get_num(&l.items[k], "amount", &v));
            else if (i == 2)
                assert_false(event_has_company(&l.items[k], "tim-cook"));
            else if (strstr(texts[i], "DEBENTURES")) /* a debt offering: a financing, no deal */
                assert_int_equal(l.items[k].type, EVENT_FINANCING);
            else
                print_error("text %zu gave a %s event\n", i, event_type_name(l.items[k].type)),
                    fail();
        }
        event_list_release(&l);
    }
}

/* Sentences split around abbreviations, offsets are the sentence's bytes. */
static void test_offsets(void **state)
{
    (void)state;
    const char *text = "Date: 2025-02-12\nApple Inc. shares rose 2% after the U.S. ruling. "
                       "Alibaba Group Holding Ltd. shares fell 3%.\n";
    event_list_t l;
    run(text, &l);
    assert_int_equal(l.n, 2);
    for (size_t k = 0; k < l.n; k++) {
        const event_source_t *s = &l.items[k].source;
        assert_true(s->offset >= 0 && s->offset + s->length <= (long long)strlen(text));
        assert_memory_equal(text + s->offset, s->sentence, (size_t)s->length);
    }
    assert_string_equal(l.items[0].source.sentence,
                        "Apple Inc. shares rose 2% after the U.S. ruling.");
    event_list_release(&l);
}

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *b = malloc(1 << 20);
    *n = fread(b, 1, (1 << 20) - 1, f);
    b[*n] = 0;
    fclose(f);
    return b;
}

/* Every fixture article: events valid, spans inside the text. */
static void test_fixtures_valid(void **state)
{
    (void)state;
    FILE *ls = popen("ls fixtures/articles/*.txt 2>/dev/null", "r");
    char path[512];
    size_t count = 0;
    assert_non_null(ls);
    while (fgets(path, sizeof path, ls)) {
        path[strcspn(path, "\n")] = 0;
        size_t n;
        char *text = slurp(path, &n);
        assert_non_null(text);
        extract_input_t in = {text, n, NULL, path, NULL, "sha256:0"};
        event_list_t l;
        err_t e = {0};
        event_list_init(&l);
        assert_int_equal(extract_article(ex, &in, &l, &e), 0);
        assert_true(l.n > 0);
        for (size_t k = 0; k < l.n; k++) {
            assert_int_equal(event_validate(&l.items[k], &e), 0);
            assert_true(l.items[k].source.offset + l.items[k].source.length <= (long long)n);
        }
        event_list_release(&l);
        free(text);
        count++;
    }
    pclose(ls);
    assert_true(count >= 15);
}

/* Every allocation failure ends in ERR_NOMEM with nothing added or leaked. */
static void test_oom(void **state)
{
    (void)state;
    size_t n;
    char *text = slurp("fixtures/articles/wire-microsoft-activision.txt", &n);
    assert_non_null(text);
    for (unsigned long k = 1;; k++) {
        extract_input_t in = {text, n, NULL, "x", "t", "sha256:0"};
        event_list_t l;
        err_t e = {0};
        event_list_init(&l);
        mem_fail_at(k);
        int rc = extract_article(ex, &in, &l, &e);
        int failed = mem_failed();
        mem_fail_at(0);
        if (!failed) {
            assert_int_equal(rc, 0);
            event_list_release(&l);
            break;
        }
        assert_int_equal(rc, ERR_NOMEM);
        assert_int_equal(l.n, 0);
        event_list_release(&l);
    }
    free(text);
}

/* Random and hostile bytes never crash it. */
/* A trigger line with more requires or excludes words than an entry holds is refused,
 * naming its line, never cut silently (a cut list would let the trigger fire where it
 * must not). */
static void test_trigger_words_bound(void **state)
{
    (void)state;
    extract_lex_t *lx = extract_lex_new();
    assert_non_null(lx);
    err_t e;
    err_clear(&e);
    const char *ok = "stake to\tinvestment\tannounced\tfwd\traised|increased\tsold|cut\n";
    assert_int_equal(extract_lex_load_triggers(lx, ok, strlen(ok), "t.tsv", &e), 0);
    char bad[512] = "shares in\tinvestment\tannounced\tfwd\tbought\t";
    for (int k = 0; k < LEX_MAX_WORDS; k++)
        snprintf(bad + strlen(bad), sizeof bad - strlen(bad), "%sw%d", k ? "|" : "", k);
    strcat(bad, "\n");
    assert_int_not_equal(extract_lex_load_triggers(lx, bad, strlen(bad), "t.tsv", &e), 0);
    assert_non_null(strstr(e.msg, "excludes"));
    assert_non_null(strstr(e.msg, "t.tsv"));
    extract_lex_free(lx);
}

static void test_garbage(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "Apple", " ",  "shares", "rose", "5",       "%",      ".",        "\n",
        "By ",   "<",  ">",      "$",    "€",       "’s",     "Inc.",     "U.S.",
        "Feb",   "12", ",",      "-",    "acquire", "Date: ", "stake in", "\xe2\x80"};
    char buf[4096];
    unsigned seed = 12345;
    for (int round = 0; round < 300; round++) {
        size_t n = 0;
        while (n < sizeof buf - 16) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
            size_t l = strlen(p);
            memcpy(buf + n, p, l);
            n += l;
            if (((seed >> 8) & 63) == 0) break;
        }
        extract_input_t in = {buf, n, "2025-01-01", NULL, NULL, NULL};
        event_list_t l;
        err_t e = {0};
        event_list_init(&l);
        assert_int_equal(extract_article(ex, &in, &l, &e), 0);
        event_list_release(&l);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dates),          cmocka_unit_test(test_rules),
        cmocka_unit_test(test_negatives),      cmocka_unit_test(test_offsets),
        cmocka_unit_test(test_fixtures_valid), cmocka_unit_test(test_oom),
        cmocka_unit_test(test_garbage),        cmocka_unit_test(test_trigger_words_bound),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
