/* Unit tests of core/event and adapters/json/codec: validation, canonical JSON. */
#include <dirent.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "adapters/crypto/hash.h"
#include "adapters/json/codec.h"
#include "core/canon.h"
#include "core/event.h"
#include "core/mem.h"

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;

    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)n + 1);
    if (fread(buf, 1, (size_t)n, f) != (size_t)n) n = 0;
    buf[n] = '\0';
    fclose(f);
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r')) buf[--n] = '\0';
    return buf;
}

/* Parses then validates text; returns the error (or 0) and its message in e. */
static int parse_validate(const char *text, err_t *e)
{
    event_t ev;
    int rc = codec_event_parse(text, strlen(text), CODEC_INPUT, &ev, NULL, e);

    if (rc == 0) rc = event_validate(&ev, e);
    event_release(&ev);
    return rc;
}

/* Every case of fixtures/events/invalid/<case>/ fails with the message in its error file. */
static void test_invalid_fixtures(void **state)
{
    const char *dir = "fixtures/events/invalid";
    DIR *d = opendir(dir);
    struct dirent *de;
    int cases = 0;

    (void)state;
    assert_non_null(d);
    while ((de = readdir(d))) {
        char p1[512], p2[512];
        char *input, *want;
        err_t e = {0};
        if (de->d_name[0] == '.') continue;
        snprintf(p1, sizeof p1, "%s/%s/input.json", dir, de->d_name);
        snprintf(p2, sizeof p2, "%s/%s/error", dir, de->d_name);
        input = slurp(p1);
        want = slurp(p2);
        assert_non_null(input);
        assert_non_null(want);
        if (parse_validate(input, &e) != ERR_DATA || !strstr(e.msg, want))
            fail_msg("case %s: got code %d message '%s', want ERR_DATA with '%s'", de->d_name,
                     e.code, e.msg, want);
        free(input);
        free(want);
        cases++;
    }
    closedir(d);
    assert_true(cases >= 20);
}

static void test_valid_every_type(void **state)
{
    static const char *const ok[] = {
        "{\"type\":\"partnership\",\"companies\":[{\"id\":\"AAPL\"},{\"id\":\"BABA\"}],"
        "\"data\":{\"region\":\"China\"}}",
        "{\"type\":\"partnership_rejected\",\"companies\":[{\"id\":\"AAPL\"},{\"id\":\"BIDU\"}]}",
        "{\"type\":\"regulatory_filing\",\"companies\":[{\"id\":\"AAPL\"}],"
        "\"data\":{\"regulator\":\"CAC\",\"status\":\"pending\"}}",
        "{\"type\":\"regulatory_approval\",\"companies\":[{\"id\":\"NVDA\"}],"
        "\"data\":{\"regulator\":\"FTC\",\"status\":\"approved\"}}",
        "{\"type\":\"share_move\",\"companies\":[{\"id\":\"AAPL\"}],\"data\":{\"percent\":-1.5}}",
        "{\"type\":\"metric_change\",\"companies\":[{\"id\":\"AAPL\"}],"
        "\"data\":{\"metric\":\"iPhone sales\",\"percent\":-11}}",
        "{\"type\":\"acquisition\",\"companies\":[{\"id\":\"NVDA\"},{\"id\":\"ai21-labs\"}],"
        "\"data\":{\"amount\":3e9,\"currency\":\"USD\",\"qualifier\":\"up_to\",\"status\":"
        "\"talks\"}}",
        "{\"type\":\"investment\",\"companies\":[{\"id\":\"NVDA\"},{\"id\":\"INTC\"}],"
        "\"data\":{\"amount\":5e9,\"currency\":\"USD\",\"status\":\"completed\"}}",
        "{\"type\":\"product_announcement\",\"companies\":[{\"id\":\"openai\"}],\"occurred_on\":"
        "null}",
        "{\"type\":\"corporate_event\",\"companies\":[{\"id\":\"AAPL\"}],"
        "\"data\":{\"name\":\"China Developer Conference\",\"location\":\"Shanghai\"},"
        "\"occurred_on\":\"2024-02-29\"}",
        "{\"type\":\"retraction\",\"data\":{\"target\":\"abc\",\"reason\":\"misread\"}}",
    };
    (void)state;
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        err_t e = {0};
        if (parse_validate(ok[i], &e) != 0) fail_msg("case %zu: %s", i, e.msg);
    }
}

/* Bytes that are not UTF-8 never reach the log, whatever path built the event. */
static void test_invalid_utf8_refused(void **state)
{
    event_t ev;
    err_t e = {0};

    (void)state;
    event_init(&ev);
    ev.type = EVENT_SHARE_MOVE;
    assert_int_equal(event_add_company(&ev, "AAPL", "Apple", NULL, NULL), 0);
    assert_int_equal(event_set_num(&ev, "percent", 1.5), 0);
    assert_int_equal(event_validate(&ev, &e), 0);
    assert_int_equal(event_set_string(&ev.source.name, "bad\xc3"), 0);
    assert_int_equal(event_validate(&ev, &e), ERR_DATA);
    assert_non_null(strstr(e.msg, "not valid UTF-8"));
    assert_int_equal(event_set_string(&ev.source.name, "caf\xc3\xa9.txt"), 0);
    assert_int_equal(event_validate(&ev, &e), 0);
    assert_int_equal(event_set_str(&ev, "instrument", "\xed\xa0\x80"), 0); /* a surrogate */
    assert_int_equal(event_validate(&ev, &e), ERR_DATA);
    event_unset(&ev, "instrument");
    assert_int_equal(event_add_company(&ev, "BABA", "Ali\xff", NULL, NULL), 0);
    assert_int_equal(event_validate(&ev, &e), ERR_DATA);
    event_release(&ev);
}

static void test_non_finite_number(void **state)
{
    event_t ev;
    err_t e = {0};

    (void)state;
    event_init(&ev);
    ev.type = EVENT_SHARE_MOVE;
    assert_int_equal(event_add_company(&ev, "AAPL", NULL, NULL, NULL), 0);
    assert_int_equal(event_set_num(&ev, "percent", NAN), 0);
    assert_int_equal(event_validate(&ev, &e), ERR_DATA);
    assert_non_null(strstr(e.msg, "data.percent: not a finite number"));
    assert_int_equal(event_set_num(&ev, "percent", INFINITY), 0);
    assert_int_equal(event_validate(&ev, &e), ERR_DATA);
    assert_int_equal(event_set_num(&ev, "percent", 1.5), 0);
    assert_int_equal(event_validate(&ev, &e), 0);
    event_release(&ev);
}

static char *canon_of(const event_t *ev, event_canon_mode_t mode)
{
    buf_t b;

    buf_init(&b);
    assert_int_equal(event_canon(ev, mode, &b), 0);
    return buf_steal(&b);
}

/* Canonical text parses back to an event whose canonical text is the same bytes. */
static void test_canonical_round_trip(void **state)
{
    const char *in = "{ \"type\" : \"acquisition\", \"data\": {\"status\":\"talks\", "
                     "\"amount\": 3000000000, \"currency\":\"USD\", \"x\": 0.30000000000000004,"
                     " \"y\": 2.6, \"z\": -0.0, \"w\": 1e21},"
                     "\"companies\":[{\"ticker\":\"NVDA\",\"id\":\"NVDA\",\"name\":\"Nvidia\"},"
                     "{\"id\":\"ai21-labs\",\"name\":\"AI21 Labs\\u00e9 \\u2019 \\\" \\\\ \\n\"}],"
                     "\"occurred_on\":null,\"source\":{\"offset\":12,\"doc\":\"sha256:ab\"}}";
    event_t a, b;
    char *ca, *cb;
    err_t e = {0};

    (void)state;
    assert_int_equal(codec_event_parse(in, strlen(in), CODEC_INPUT, &a, NULL, &e), 0);
    ca = canon_of(&a, EVENT_CANON_FULL);
    assert_string_equal(
        ca, "{\"companies\":[{\"id\":\"NVDA\",\"name\":\"Nvidia\",\"ticker\":\"NVDA\"},"
            "{\"id\":\"ai21-labs\",\"name\":\"AI21 Labs\xc3\xa9 \xe2\x80\x99 \\\" \\\\ \\n\"}],"
            "\"data\":{\"amount\":3000000000,\"currency\":\"USD\",\"status\":\"talks\","
            "\"w\":1e+21,\"x\":0.30000000000000004,\"y\":2.6,\"z\":0},"
            "\"occurred_on\":null,\"schema\":1,\"source\":{\"doc\":\"sha256:ab\",\"offset\":12},"
            "\"type\":\"acquisition\"}");
    assert_int_equal(codec_event_parse(ca, strlen(ca), CODEC_STORED, &b, NULL, &e), 0);
    cb = canon_of(&b, EVENT_CANON_FULL);
    assert_string_equal(ca, cb);
    event_release(&a);
    event_release(&b);
    mem_free(ca);
    mem_free(cb);
}

/* Two equal events built in a different order serialise to the same bytes and id. */
static void test_equal_events_same_bytes(void **state)
{
    event_t a, b;
    char *ca, *cb, ia[65], ib[65];

    (void)state;
    event_init(&a);
    event_init(&b);
    a.type = b.type = EVENT_METRIC_CHANGE;
    event_add_company(&a, "AAPL", "Apple", "AAPL", "subject");
    event_set_num(&a, "percent", -11);
    event_set_str(&a, "metric", "iPhone sales");
    event_set_str(&a, "region", "China");
    event_set_str(&b, "region", "China");
    event_set_str(&b, "metric", "iPhone sales");
    event_set_num(&b, "percent", -11.0);
    event_add_company(&b, "AAPL", "Apple", "AAPL", "subject");
    ca = canon_of(&a, EVENT_CANON_FULL);
    cb = canon_of(&b, EVENT_CANON_FULL);
    assert_string_equal(ca, cb);
    assert_int_equal(hash_event_id(&a, ia), 0);
    assert_int_equal(hash_event_id(&b, ib), 0);
    assert_string_equal(ia, ib);
    /* A different figure is a different event. */
    event_set_num(&b, "percent", -12);
    assert_int_equal(hash_event_id(&b, ib), 0);
    assert_string_not_equal(ia, ib);
    event_release(&a);
    event_release(&b);
    mem_free(ca);
    mem_free(cb);
}

static void test_numbers_shortest(void **state)
{
    static const double v[] = {1.5,     2.6,           -11,    0.1,
                               1.0 / 3, 123456789.125, 5e-324, 1.7976931348623157e308};
    char out[32];

    (void)state;
    for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
        canon_format_number(v[i], out);
        assert_true(strtod(out, NULL) == v[i]);
    }
    canon_format_number(2.6, out);
    assert_string_equal(out, "2.6");
    canon_format_number(-0.0, out);
    assert_string_equal(out, "0");
}

static void test_copy_and_list(void **state)
{
    event_list_t l;
    event_t src, *dst;
    char *a, *b;

    (void)state;
    event_init(&src);
    src.type = EVENT_SHARE_MOVE;
    event_add_company(&src, "BABA", "Alibaba", NULL, NULL);
    event_set_num(&src, "percent", 2.6);
    event_set_string(&src.source.sentence, "Alibaba's shares gained 2.6%");
    event_list_init(&l);
    dst = event_list_add(&l);
    assert_non_null(dst);
    event_release(dst);
    assert_int_equal(event_copy(dst, &src), 0);
    a = canon_of(&src, EVENT_CANON_HASHED);
    b = canon_of(&l.items[0], EVENT_CANON_HASHED);
    assert_string_equal(a, b);
    assert_int_equal(event_list_push(&l, &src), 0);
    assert_int_equal(l.n, 2);
    assert_int_equal(src.ncompanies, 0); /* push steals */
    event_list_release(&l);
    mem_free(a);
    mem_free(b);
}

/* Every allocation failing in turn ends in ERR_NOMEM, never a crash or a leak. */
static void test_parse_alloc_failures(void **state)
{
    const char *in =
        "{\"type\":\"partnership\",\"companies\":[{\"id\":\"AAPL\",\"name\":\"Apple\"},"
        "{\"id\":\"BABA\"}],\"data\":{\"region\":\"China\"},"
        "\"source\":{\"name\":\"a.txt\",\"sentence\":\"x\"}}";
    int ok = 0;

    (void)state;
    for (unsigned long n = 1; n < 200 && !ok; n++) {
        event_t ev;
        err_t e = {0};
        mem_fail_at(n);
        int rc = codec_event_parse(in, strlen(in), CODEC_INPUT, &ev, NULL, &e);
        if (!mem_failed())
            ok = 1, assert_int_equal(rc, 0);
        else
            assert_int_not_equal(rc, 0);
        event_release(&ev);
    }
    mem_fail_at(0);
    assert_true(ok);
}

/* Every line of fixtures/events/v2.ndjson (one or more events of each v2 type)
 * validates, and its canonical bytes read back to the same bytes. */
static void test_v2_fixture_round_trip(void **state)
{
    char *text = slurp("fixtures/events/v2.ndjson");
    int seen[EVENT_TYPE_COUNT] = {0}, lines = 0;
    char *line, *save = NULL;

    (void)state;
    assert_non_null(text);
    for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        event_t a, b;
        buf_t ca, cb;
        err_t e = {0};
        if (codec_event_parse(line, strlen(line), CODEC_INPUT, &a, NULL, &e) ||
            event_validate(&a, &e))
            fail_msg("line %d: %s", lines + 1, e.msg);
        seen[a.type]++;
        buf_init(&ca);
        buf_init(&cb);
        assert_int_equal(event_canon(&a, EVENT_CANON_FULL, &ca), 0);
        assert_int_equal(codec_event_parse(ca.data, ca.len, CODEC_INPUT, &b, NULL, &e), 0);
        assert_int_equal(event_validate(&b, &e), 0);
        assert_int_equal(event_canon(&b, EVENT_CANON_FULL, &cb), 0);
        assert_int_equal(ca.len, cb.len);
        assert_memory_equal(ca.data, cb.data, ca.len);
        buf_release(&ca);
        buf_release(&cb);
        event_release(&a);
        event_release(&b);
        lines++;
    }
    for (int t = EVENT_EARNINGS; t < EVENT_TYPE_COUNT; t++)
        if (!seen[t]) fail_msg("no %s event in v2.ndjson", event_type_name((event_type_t)t));
    free(text);
}

/* Lists keep their order, booleans print as true/false, copies are deep. */
static void test_v2_lists_and_booleans(void **state)
{
    event_t ev, cp;
    event_record_t *r;
    buf_t b;
    err_t e = {0};
    const event_field_t *f;
    int v = -1;

    (void)state;
    event_init(&ev);
    ev.type = EVENT_EARNINGS;
    assert_int_equal(event_add_company(&ev, "AAPL", "Apple", "AAPL", "subject"), 0);
    assert_int_equal(event_validate(&ev, &e), ERR_DATA);
    assert_non_null(strstr(e.msg, "data.metrics: required"));
    assert_non_null(r = event_add_record(&ev, "metrics"));
    assert_int_equal(event_record_set_str(r, "metric", "revenue"), 0);
    assert_int_equal(event_record_set_num(r, "change_percent", -2.5), 0);
    assert_non_null(r = event_add_record(&ev, "metrics"));
    assert_int_equal(event_record_set_str(r, "metric", "eps"), 0);
    assert_int_equal(event_record_set_num(r, "value", 1.25), 0);
    assert_int_equal(event_record_set_str(r, "currency", "USD"), 0);
    assert_int_equal(event_set_bool(&ev, "context", 1), 0);
    assert_int_equal(event_validate(&ev, &e), 0);
    assert_true(event_get_bool(&ev, "context", &v));
    assert_int_equal(v, 1);
    assert_false(event_get_bool(&ev, "metrics", NULL));
    buf_init(&b);
    assert_int_equal(event_canon(&ev, EVENT_CANON_CONTENT, &b), 0);
    buf_putc(&b, '\0');
    assert_non_null(strstr(b.data,
                           "\"data\":{\"context\":true,\"metrics\":[{\"change_percent\":-2.5,"
                           "\"metric\":\"revenue\"},{\"currency\":\"USD\",\"metric\":"
                           "\"eps\",\"value\":1.25}]}"));
    buf_release(&b);
    assert_int_equal(event_copy(&cp, &ev), 0);
    event_release(&ev); /* the copy owns its own records */
    f = event_get(&cp, "metrics");
    assert_non_null(f);
    assert_int_equal(f->kind, EVENT_FIELD_LIST);
    assert_int_equal(f->nitems, 2);
    assert_string_equal(event_record_get(&f->items[1], "metric")->str, "eps");
    assert_int_equal(event_validate(&cp, &e), 0);
    /* a record with a bad currency names its place */
    r = event_add_record(&cp, "metrics");
    assert_int_equal(event_record_set_str(r, "metric", "net_income"), 0);
    assert_int_equal(event_record_set_str(r, "currency", "dollars"), 0);
    assert_int_equal(event_validate(&cp, &e), ERR_DATA);
    assert_non_null(strstr(e.msg, "data.metrics[2].currency: 'dollars'"));
    event_unset(&cp, "metrics");
    assert_null(event_get(&cp, "metrics"));
    event_release(&cp);
}

/* Every allocation failing in turn while a v2 event with a list is copied and
 * built ends in ERR_NOMEM, never a crash or a leak. (The parse is done once:
 * jansson itself does not survive every failed allocation inside nested arrays.) */
static void test_v2_alloc_failures(void **state)
{
    const char *in = "{\"type\":\"earnings\",\"companies\":[{\"id\":\"AAPL\"}],\"data\":{"
                     "\"period\":\"Q4 2024\",\"metrics\":[{\"metric\":\"revenue\",\"value\":1e9,"
                     "\"currency\":\"USD\"},{\"metric\":\"eps\",\"change_percent\":-3}],"
                     "\"context\":false}}";
    event_t src;
    err_t e = {0};
    int ok = 0;

    (void)state;
    assert_int_equal(codec_event_parse(in, strlen(in), CODEC_INPUT, &src, NULL, &e), 0);
    for (unsigned long n = 1; n < 400 && !ok; n++) {
        event_t cp, built;
        event_record_t *r;
        int rc;
        mem_fail_at(n);
        rc = event_copy(&cp, &src);
        event_init(&built);
        if (rc == 0) {
            rc = ERR_NOMEM;
            if ((r = event_add_record(&built, "metrics")) &&
                !event_record_set_str(r, "metric", "eps") && !event_record_set_bool(r, "flag", 1) &&
                !event_set_list(&built, "other") && (r = event_add_record(&built, "other")) &&
                !event_record_set_num(r, "x", 1))
                rc = 0;
        }
        if (!mem_failed()) {
            ok = 1;
            assert_int_equal(rc, 0);
            assert_int_equal(event_validate(&cp, &e), 0);
        } else {
            assert_int_not_equal(rc, 0);
        }
        event_release(&cp); /* event_copy leaves it empty when it fails */
        event_release(&built);
    }
    mem_fail_at(0);
    event_release(&src);
    assert_true(ok);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_invalid_fixtures),
        cmocka_unit_test(test_valid_every_type),
        cmocka_unit_test(test_non_finite_number),
        cmocka_unit_test(test_invalid_utf8_refused),
        cmocka_unit_test(test_canonical_round_trip),
        cmocka_unit_test(test_equal_events_same_bytes),
        cmocka_unit_test(test_numbers_shortest),
        cmocka_unit_test(test_copy_and_list),
        cmocka_unit_test(test_parse_alloc_failures),
        cmocka_unit_test(test_v2_fixture_round_trip),
        cmocka_unit_test(test_v2_lists_and_booleans),
        cmocka_unit_test(test_v2_alloc_failures),
    };
    json_set_alloc_funcs(mem_alloc, mem_free);
    hash_init();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
