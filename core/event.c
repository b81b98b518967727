#include "event.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "canon.h"
#include "date.h"
#include "mem.h"
#include "utf8.h"

static const char *const event_type_names[EVENT_TYPE_COUNT] = {[EVENT_NONE] = NULL,
#define EVENT_TYPE_NAME(e, name) [EVENT_##e] = name,
                                                               EVENT_TYPE_MAP(EVENT_TYPE_NAME)
#undef EVENT_TYPE_NAME
};

static void event_fields_free(event_field_t *f, size_t n);

/* Validation rules: the data fields each type knows. */
typedef enum {
    CHECK_NONE = 0,
    CHECK_CURRENCY, /* ISO 4217: three capital letters */
    CHECK_NONNEG,   /* a number >= 0 */
    CHECK_POSITIVE, /* a number > 0 */
    CHECK_SHARE,    /* a percent of a whole: 0 < v <= 100 */
    CHECK_COUNT,    /* a whole number >= 0 */
    CHECK_WORD,     /* a lowercase name: a-z, 0-9 and _ */
    CHECK_PERCENT,  /* a signed change in percent: -1e6 to 1e6 */
    CHECK_MOVE,     /* a price move in percent: -100 (all of it) to 1e6 */
    CHECK_RATIO     /* a split ratio term: above 0, at most 1e6 */
} event_check_t;

/* The largest magnitude of any number in an event's data: beyond any amount
 * in any currency, share count or figure an article reports (docs/events.md). */
#define EVENT_NUM_MAX     1e18
#define EVENT_PERCENT_MAX 1e6

typedef struct event_rule_s {
    const char *key;
    int kind;
    int required;
    const char *const *allowed;        /* NULL-terminated, or NULL for any */
    int check;                         /* event_check_t */
    const struct event_rule_s *record; /* LIST: the rules of each record */
} event_rule_t;

static const char *const filing_status[] = {"submitted", "pending", NULL};
static const char *const approval_status[] = {"approved", "blocked", "conditional", NULL};
static const char *const deal_status[] = {"talks",      "announced", "completed",
                                          "terminated", "rejected",  NULL};
static const char *const deal_kinds[] = {"merger", "tender_offer", "divestiture", NULL};
static const char *const qualifiers[] = {"up_to", "about", NULL};
static const char *const product_kinds[] = {"launch", "trial",        "approval",
                                            "recall", "cancellation", NULL};
static const char *const expectations[] = {"beat", "miss", "in_line", NULL};
static const char *const dividend_actions[] = {"declared", "raised",  "cut", "suspended",
                                               "resumed",  "special", NULL};
static const char *const buyback_actions[] = {"authorized", "expanded", "completed", "suspended",
                                              NULL};
static const char *const guidance_directions[] = {"raised",    "lowered",   "reaffirmed",
                                                  "initiated", "withdrawn", NULL};
static const char *const rating_actions[] = {"upgrade", "downgrade", "initiate", "reiterate", NULL};
static const char *const rating_kinds[] = {"equity", "credit", NULL};
static const char *const executive_actions[] = {"appointed", "departed", NULL};
static const char *const legal_actions[] = {"lawsuit", "investigation", "settlement", "fine",
                                            "verdict", "appeal",        NULL};
static const char *const financing_kinds[] = {
    "bond", "loan", "credit_facility", "share_offering", "ipo", "convertible", NULL};
static const char *const facility_actions[] = {"open", "close", "expand", "sell", NULL};
static const char *const workforce_actions[] = {"layoffs", "hiring", NULL};
static const char *const bankruptcy_actions[] = {"filed", "emerged", NULL};

#define STR(k, req)                                     \
    {                                                   \
        k, EVENT_FIELD_STR, req, NULL, CHECK_NONE, NULL \
    }
#define ENUM(k, req, set)                              \
    {                                                  \
        k, EVENT_FIELD_STR, req, set, CHECK_NONE, NULL \
    }
#define NUM(k, req, chk)                         \
    {                                            \
        k, EVENT_FIELD_NUM, req, NULL, chk, NULL \
    }
#define CUR                                                        \
    {                                                              \
        "currency", EVENT_FIELD_STR, 0, NULL, CHECK_CURRENCY, NULL \
    }
#define RULE_END                           \
    {                                      \
        NULL, 0, 0, NULL, CHECK_NONE, NULL \
    }

static const event_rule_t rules_partnership[] = {STR("region", 0), STR("topic", 0), RULE_END};
static const event_rule_t rules_rejected[] = {STR("reason", 0), RULE_END};
static const event_rule_t rules_filing[] = {STR("regulator", 1), STR("jurisdiction", 0),
                                            ENUM("status", 1, filing_status), RULE_END};
static const event_rule_t rules_approval[] = {STR("regulator", 1),
                                              ENUM("status", 1, approval_status), RULE_END};
static const event_rule_t rules_share[] = {NUM("percent", 1, CHECK_MOVE), STR("instrument", 0),
                                           STR("listing", 0), RULE_END};
static const event_rule_t rules_metric[] = {STR("metric", 1), STR("region", 0),
                                            NUM("percent", 1, CHECK_PERCENT), RULE_END};
/* v1 logs hold acquisitions with any currency text: the ISO check is for v2 types only. */
static const event_rule_t rules_acquisition[] = {NUM("amount", 0, CHECK_NONE),
                                                 STR("currency", 0),
                                                 ENUM("qualifier", 0, qualifiers),
                                                 NUM("stake_percent", 0, CHECK_SHARE),
                                                 ENUM("kind", 0, deal_kinds),
                                                 ENUM("status", 1, deal_status),
                                                 RULE_END};
static const event_rule_t rules_investment[] = {
    NUM("amount", 0, CHECK_NONE),     STR("currency", 0),
    ENUM("qualifier", 0, qualifiers), NUM("stake_percent", 0, CHECK_SHARE),
    ENUM("status", 1, deal_status),   RULE_END};
static const event_rule_t rules_product[] = {STR("product", 0), ENUM("kind", 0, product_kinds),
                                             STR("expected", 0), RULE_END};
static const event_rule_t rules_corporate[] = {STR("name", 1), STR("location", 0), RULE_END};
static const event_rule_t rules_retraction[] = {STR("target", 1), STR("reason", 1), RULE_END};

/* Daily bars imported in one batch: bars is the normalised CSV text. */
static const event_rule_t rules_price_import[] = {STR("bars", 1), NUM("rows", 0, CHECK_COUNT),
                                                  STR("file", 0), RULE_END};

/* One reported figure of an earnings event: value in currency units (EPS per
 * share), change_percent signed against prior (the same period a year before
 * unless the text says otherwise). */
static const event_rule_t rules_earnings_metric[] = {
    {"metric", EVENT_FIELD_STR, 1, NULL, CHECK_WORD, NULL},
    NUM("value", 0, CHECK_NONE),
    CUR,
    NUM("change_percent", 0, CHECK_PERCENT),
    NUM("prior", 0, CHECK_NONE),
    RULE_END};
static const event_rule_t rules_earnings[] = {
    STR("period", 0),
    {"metrics", EVENT_FIELD_LIST, 1, NULL, CHECK_NONE, rules_earnings_metric},
    ENUM("versus_expectations", 0, expectations),
    RULE_END};
static const event_rule_t rules_dividend[] = {ENUM("action", 1, dividend_actions),
                                              NUM("amount_per_share", 0, CHECK_NONNEG), CUR,
                                              NUM("change_percent", 0, CHECK_PERCENT), RULE_END};
static const event_rule_t rules_buyback[] = {ENUM("action", 1, buyback_actions),
                                             NUM("amount", 0, CHECK_NONNEG), CUR,
                                             NUM("shares", 0, CHECK_NONNEG), RULE_END};
static const event_rule_t rules_split[] = {NUM("ratio_from", 1, CHECK_RATIO),
                                           NUM("ratio_to", 1, CHECK_RATIO),
                                           {"reverse", EVENT_FIELD_BOOL, 1, NULL, CHECK_NONE, NULL},
                                           RULE_END};
static const event_rule_t rules_guidance[] = {STR("metric", 1),
                                              ENUM("direction", 1, guidance_directions),
                                              STR("period", 0),
                                              NUM("low", 0, CHECK_NONE),
                                              NUM("high", 0, CHECK_NONE),
                                              CUR,
                                              RULE_END};
static const event_rule_t rules_rating[] = {ENUM("action", 1, rating_actions),
                                            ENUM("kind", 1, rating_kinds),
                                            STR("rating_from", 0),
                                            STR("rating_to", 0),
                                            NUM("price_target", 0, CHECK_POSITIVE),
                                            CUR,
                                            RULE_END};
static const event_rule_t rules_executive[] = {STR("person", 1), STR("position", 1),
                                               ENUM("action", 1, executive_actions), RULE_END};
static const event_rule_t rules_legal[] = {ENUM("action", 1, legal_actions),
                                           NUM("amount", 0, CHECK_NONNEG), CUR, RULE_END};
static const event_rule_t rules_financing[] = {ENUM("kind", 1, financing_kinds),
                                               NUM("amount", 0, CHECK_NONNEG), CUR, RULE_END};
static const event_rule_t rules_facility[] = {ENUM("action", 1, facility_actions),
                                              STR("location", 0), RULE_END};
static const event_rule_t rules_workforce[] = {ENUM("action", 1, workforce_actions),
                                               NUM("headcount", 0, CHECK_COUNT),
                                               NUM("percent", 0, CHECK_SHARE), RULE_END};
static const event_rule_t rules_contract[] = {NUM("amount", 0, CHECK_NONNEG), CUR, STR("topic", 0),
                                              RULE_END};
static const event_rule_t rules_bankruptcy[] = {ENUM("action", 1, bankruptcy_actions),
                                                STR("chapter", 0), RULE_END};

/* Every type may carry these: context marks a past event an article mentions
 * only in passing (`ingest --context`). */
static const event_rule_t rules_common[] = {
    {"context", EVENT_FIELD_BOOL, 0, NULL, CHECK_NONE, NULL}, RULE_END};

static const event_rule_t *const event_rules[EVENT_TYPE_COUNT] = {
    [EVENT_PARTNERSHIP] = rules_partnership,
    [EVENT_PARTNERSHIP_REJECTED] = rules_rejected,
    [EVENT_REGULATORY_FILING] = rules_filing,
    [EVENT_REGULATORY_APPROVAL] = rules_approval,
    [EVENT_SHARE_MOVE] = rules_share,
    [EVENT_METRIC_CHANGE] = rules_metric,
    [EVENT_ACQUISITION] = rules_acquisition,
    [EVENT_INVESTMENT] = rules_investment,
    [EVENT_PRODUCT_ANNOUNCEMENT] = rules_product,
    [EVENT_CORPORATE_EVENT] = rules_corporate,
    [EVENT_RETRACTION] = rules_retraction,
    [EVENT_PRICE_IMPORT] = rules_price_import,
    [EVENT_EARNINGS] = rules_earnings,
    [EVENT_DIVIDEND] = rules_dividend,
    [EVENT_BUYBACK] = rules_buyback,
    [EVENT_STOCK_SPLIT] = rules_split,
    [EVENT_GUIDANCE] = rules_guidance,
    [EVENT_RATING_CHANGE] = rules_rating,
    [EVENT_EXECUTIVE_CHANGE] = rules_executive,
    [EVENT_LEGAL] = rules_legal,
    [EVENT_FINANCING] = rules_financing,
    [EVENT_FACILITY] = rules_facility,
    [EVENT_WORKFORCE] = rules_workforce,
    [EVENT_CONTRACT] = rules_contract,
    [EVENT_BANKRUPTCY] = rules_bankruptcy,
};

const char *event_type_name(event_type_t t)
{
    return (t > EVENT_NONE && t < EVENT_TYPE_COUNT) ? event_type_names[t] : NULL;
}

event_type_t event_type_from_name(const char *name)
{
    if (!name) return EVENT_NONE;
    for (int t = EVENT_NONE + 1; t < EVENT_TYPE_COUNT; t++)
        if (event_type_names[t][0] == name[0] && strcmp(event_type_names[t], name) == 0)
            return (event_type_t)t;
    return EVENT_NONE;
}

void event_init(event_t *ev)
{
    memset(ev, 0, sizeof *ev);
    ev->schema = EVENT_SCHEMA;
    ev->source.offset = -1;
    ev->source.length = -1;
}

static void event_company_release(event_company_t *c)
{
    mem_free(c->id);
    mem_free(c->name);
    mem_free(c->ticker);
    mem_free(c->role);
}

void event_release(event_t *ev)
{
    if (!ev) return;
    mem_free(ev->id);
    mem_free(ev->recorded_at);
    for (size_t i = 0; i < ev->ncompanies; i++) event_company_release(&ev->companies[i]);
    mem_free(ev->companies);
    event_fields_free(ev->data, ev->ndata);
    mem_free(ev->source.doc);
    mem_free(ev->source.name);
    mem_free(ev->source.title);
    mem_free(ev->source.sentence);
    mem_free(ev->prev_hash);
    mem_free(ev->hash);
    event_init(ev);
}

int event_set_string(char **slot, const char *val)
{
    char *copy = NULL;

    if (val && !(copy = mem_strdup(val))) return ERR_NOMEM;
    mem_free(*slot);
    *slot = copy;
    return 0;
}

int event_copy(event_t *dst, const event_t *src)
{
    int rc = 0;

    event_init(dst);
    dst->seq = src->seq;
    dst->type = src->type;
    dst->schema = src->schema;
    memcpy(dst->occurred_on, src->occurred_on, sizeof dst->occurred_on);
    dst->source.offset = src->source.offset;
    dst->source.length = src->source.length;
    if ((rc = event_set_string(&dst->id, src->id)) ||
        (rc = event_set_string(&dst->recorded_at, src->recorded_at)) ||
        (rc = event_set_string(&dst->source.doc, src->source.doc)) ||
        (rc = event_set_string(&dst->source.name, src->source.name)) ||
        (rc = event_set_string(&dst->source.title, src->source.title)) ||
        (rc = event_set_string(&dst->source.sentence, src->source.sentence)) ||
        (rc = event_set_string(&dst->prev_hash, src->prev_hash)) ||
        (rc = event_set_string(&dst->hash, src->hash)))
        goto fail;
    for (size_t i = 0; i < src->ncompanies; i++) {
        const event_company_t *c = &src->companies[i];
        if ((rc = event_add_company(dst, c->id, c->name, c->ticker, c->role))) goto fail;
    }
    for (size_t i = 0; i < src->ndata; i++)
        if ((rc = event_set_field(dst, &src->data[i]))) goto fail;
    return 0;
fail:
    event_release(dst);
    return rc;
}

int event_add_company(event_t *ev, const char *id, const char *name, const char *ticker,
                      const char *role)
{
    event_company_t c = {0}, *arr;

    if (!(c.id = mem_strdup(id ? id : ""))) goto fail;
    if (name && !(c.name = mem_strdup(name))) goto fail;
    if (ticker && !(c.ticker = mem_strdup(ticker))) goto fail;
    if (role && !(c.role = mem_strdup(role))) goto fail;
    arr = mem_realloc(ev->companies, (ev->ncompanies + 1) * sizeof *arr);
    if (!arr) goto fail;
    ev->companies = arr;
    arr[ev->ncompanies++] = c;
    return 0;
fail:
    event_company_release(&c);
    return ERR_NOMEM;
}

int event_has_company(const event_t *ev, const char *id)
{
    for (size_t i = 0; i < ev->ncompanies; i++)
        if (ev->companies[i].id && strcmp(ev->companies[i].id, id) == 0) return 1;
    return 0;
}

/* ---- fields and records ------------------------------------------------- */

/* Frees what field f owns but its key. */
static void event_field_clear(event_field_t *f)
{
    mem_free(f->str);
    f->str = NULL;
    for (size_t i = 0; i < f->nitems; i++) event_fields_free(f->items[i].fields, f->items[i].n);
    mem_free(f->items);
    f->items = NULL;
    f->nitems = 0;
}

/* Frees n fields (owned array) and everything they own. */
static void event_fields_free(event_field_t *f, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        event_field_clear(&f[i]);
        mem_free(f[i].key);
    }
    mem_free(f);
}

/* Finds key in the sorted fields f[0..n): returns its index, or the insertion point as -(i + 1).
 */
static long event_fields_find(const event_field_t *f, size_t n, const char *key)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(f[mid].key, key);
        if (c == 0) return (long)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -(long)lo - 1;
}

/* Returns the cleared slot of key in *arr (owned, *n long), inserting it; NULL when out of
 * memory. */
static event_field_t *event_fields_slot(event_field_t **arr, size_t *n, const char *key)
{
    long at = event_fields_find(*arr, *n, key);
    event_field_t *a;
    char *k;
    size_t i;

    if (at >= 0) {
        event_field_clear(&(*arr)[at]);
        return &(*arr)[at];
    }
    i = (size_t)(-at - 1);
    if (!(k = mem_strdup(key))) return NULL;
    a = mem_realloc(*arr, (*n + 1) * sizeof *a);
    if (!a) {
        mem_free(k);
        return NULL;
    }
    *arr = a;
    memmove(a + i + 1, a + i, (*n - i) * sizeof *a);
    (*n)++;
    memset(&a[i], 0, sizeof a[i]);
    a[i].key = k;
    return &a[i];
}

/* Sets a scalar in *arr: kind STR (val) or NUM/BOOL (v). */
static int event_fields_set(event_field_t **arr, size_t *n, const char *key, int kind,
                            const char *val, double v)
{
    char *copy = NULL;
    event_field_t *f;

    if (kind == EVENT_FIELD_STR && !(copy = mem_strdup(val ? val : ""))) return ERR_NOMEM;
    if (!(f = event_fields_slot(arr, n, key))) {
        mem_free(copy);
        return ERR_NOMEM;
    }
    f->kind = kind;
    f->str = copy;
    f->num = kind == EVENT_FIELD_BOOL ? (v != 0) : v;
    return 0;
}

/* Deep-copies src (borrowed) into *arr as src->key. */
static int event_fields_copy(event_field_t **arr, size_t *n, const event_field_t *src)
{
    event_field_t *f;

    if (src->kind != EVENT_FIELD_LIST)
        return event_fields_set(arr, n, src->key, src->kind, src->str, src->num);
    if (!(f = event_fields_slot(arr, n, src->key))) return ERR_NOMEM;
    f->kind = EVENT_FIELD_LIST;
    if (!src->nitems) return 0;
    if (!(f->items = mem_calloc(src->nitems, sizeof *f->items))) return ERR_NOMEM;
    for (size_t i = 0; i < src->nitems; i++) {
        f->nitems = i + 1;
        for (size_t j = 0; j < src->items[i].n; j++)
            if (event_fields_copy(&f->items[i].fields, &f->items[i].n, &src->items[i].fields[j]))
                return ERR_NOMEM;
    }
    return 0;
}

int event_set_str(event_t *ev, const char *key, const char *val)
{
    return event_fields_set(&ev->data, &ev->ndata, key, EVENT_FIELD_STR, val, 0);
}

int event_set_num(event_t *ev, const char *key, double v)
{
    return event_fields_set(&ev->data, &ev->ndata, key, EVENT_FIELD_NUM, NULL, v);
}

int event_set_bool(event_t *ev, const char *key, int v)
{
    return event_fields_set(&ev->data, &ev->ndata, key, EVENT_FIELD_BOOL, NULL, v != 0);
}

int event_set_field(event_t *ev, const event_field_t *f)
{
    return event_fields_copy(&ev->data, &ev->ndata, f);
}

int event_set_list(event_t *ev, const char *key)
{
    event_field_t *f = event_fields_slot(&ev->data, &ev->ndata, key);

    if (!f) return ERR_NOMEM;
    f->kind = EVENT_FIELD_LIST;
    return 0;
}

event_record_t *event_add_record(event_t *ev, const char *key)
{
    long at = event_fields_find(ev->data, ev->ndata, key);
    event_field_t *f;
    event_record_t *items;

    if (at >= 0 && ev->data[at].kind == EVENT_FIELD_LIST) {
        f = &ev->data[at];
    } else {
        if (!(f = event_fields_slot(&ev->data, &ev->ndata, key))) return NULL;
        f->kind = EVENT_FIELD_LIST;
    }
    items = mem_realloc(f->items, (f->nitems + 1) * sizeof *items);
    if (!items) return NULL;
    f->items = items;
    memset(&items[f->nitems], 0, sizeof *items);
    return &items[f->nitems++];
}

int event_record_set_str(event_record_t *r, const char *key, const char *val)
{
    return event_fields_set(&r->fields, &r->n, key, EVENT_FIELD_STR, val, 0);
}

int event_record_set_num(event_record_t *r, const char *key, double v)
{
    return event_fields_set(&r->fields, &r->n, key, EVENT_FIELD_NUM, NULL, v);
}

int event_record_set_bool(event_record_t *r, const char *key, int v)
{
    return event_fields_set(&r->fields, &r->n, key, EVENT_FIELD_BOOL, NULL, v != 0);
}

const event_field_t *event_record_get(const event_record_t *r, const char *key)
{
    long at = event_fields_find(r->fields, r->n, key);
    return at >= 0 ? &r->fields[at] : NULL;
}

void event_unset(event_t *ev, const char *key)
{
    long at = event_fields_find(ev->data, ev->ndata, key);

    if (at < 0) return;
    event_field_clear(&ev->data[at]);
    mem_free(ev->data[at].key);
    memmove(ev->data + at, ev->data + at + 1, (ev->ndata - (size_t)at - 1) * sizeof *ev->data);
    ev->ndata--;
}

const event_field_t *event_get(const event_t *ev, const char *key)
{
    long at = event_fields_find(ev->data, ev->ndata, key);
    return at >= 0 ? &ev->data[at] : NULL;
}

const char *event_get_str(const event_t *ev, const char *key)
{
    const event_field_t *f = event_get(ev, key);
    return f && f->kind == EVENT_FIELD_STR ? f->str : NULL;
}

int event_get_num(const event_t *ev, const char *key, double *out)
{
    const event_field_t *f = event_get(ev, key);

    if (!f || f->kind != EVENT_FIELD_NUM) return 0;
    if (out) *out = f->num;
    return 1;
}

int event_get_bool(const event_t *ev, const char *key, int *out)
{
    const event_field_t *f = event_get(ev, key);

    if (!f || f->kind != EVENT_FIELD_BOOL) return 0;
    if (out) *out = f->num != 0;
    return 1;
}

static int event_in(const char *s, const char *const *set)
{
    for (; *set; set++)
        if (strcmp(s, *set) == 0) return 1;
    return 0;
}

static void event_join(const char *const *set, char *out, size_t n)
{
    size_t len = 0;

    out[0] = '\0';
    for (; *set && len + 1 < n; set++) {
        size_t w = strlen(*set);
        if (len + w + 3 >= n) break;
        if (len) memcpy(out + len, ", ", 2), len += 2;
        memcpy(out + len, *set, w);
        len += w;
        out[len] = '\0';
    }
}

static const event_rule_t *event_rule_find(const event_rule_t *r, const char *key)
{
    for (; r && r->key; r++)
        if (strcmp(r->key, key) == 0) return r;
    return NULL;
}

static const char *event_kind_name(int kind)
{
    switch (kind) {
    case EVENT_FIELD_NUM:
        return "number";
    case EVENT_FIELD_BOOL:
        return "boolean (true or false)";
    case EVENT_FIELD_LIST:
        return "list of objects";
    default:
        return "string";
    }
}

/* Checks the value of field f (named prefix + key) against check. */
static int event_check_value(const event_field_t *f, int check, const char *prefix, err_t *e)
{
    const char *s = f->str;

    switch (check) {
    case CHECK_CURRENCY:
        if (strlen(s) != 3 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' || s[2] < 'A' ||
            s[2] > 'Z')
            return err_set(e, ERR_DATA,
                           "%s%s: '%s' is not an ISO 4217 currency code (three capital letters, "
                           "such as USD)",
                           prefix, f->key, s);
        break;
    case CHECK_NONNEG:
        if (f->num < 0) return err_set(e, ERR_DATA, "%s%s: must not be negative", prefix, f->key);
        break;
    case CHECK_POSITIVE:
        if (f->num <= 0) return err_set(e, ERR_DATA, "%s%s: must be above 0", prefix, f->key);
        break;
    case CHECK_SHARE:
        if (f->num <= 0 || f->num > 100)
            return err_set(e, ERR_DATA, "%s%s: a share in percent, above 0 and at most 100", prefix,
                           f->key);
        break;
    case CHECK_COUNT:
        if (f->num < 0 || f->num != floor(f->num) || f->num > 1e12)
            return err_set(e, ERR_DATA, "%s%s: must be a whole number, not negative", prefix,
                           f->key);
        break;
    case CHECK_PERCENT:
        if (f->num < -EVENT_PERCENT_MAX || f->num > EVENT_PERCENT_MAX)
            return err_set(e, ERR_DATA, "%s%s: %g is outside -1000000 to 1000000 (percent)", prefix,
                           f->key, f->num);
        break;
    case CHECK_MOVE:
        if (f->num < -100 || f->num > EVENT_PERCENT_MAX)
            return err_set(e, ERR_DATA,
                           "%s%s: %g is outside -100 to 1000000 (a price cannot fall more than "
                           "100%%)",
                           prefix, f->key, f->num);
        break;
    case CHECK_RATIO:
        if (f->num <= 0 || f->num > 1e6)
            return err_set(e, ERR_DATA, "%s%s: must be above 0 and at most 1000000", prefix,
                           f->key);
        break;
    case CHECK_WORD:
        if (!s[0]) break;
        for (const char *p = s; *p; p++)
            if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
                return err_set(e, ERR_DATA,
                               "%s%s: '%s' must be a lowercase name (a-z, 0-9, _) such as "
                               "revenue, net_income or eps",
                               prefix, f->key, s);
        break;
    default:
        break;
    }
    return 0;
}

/* Checks the fields f[0..n) against rules (NULL-key terminated); prefix names them ("data.",
 * "data.metrics[0]."). strict: a field with no rule is refused (records). */
static int event_check_rules(const event_field_t *f, size_t n, const event_rule_t *rules,
                             const char *prefix, const char *tname, int strict, err_t *e)
{
    const event_rule_t *r;
    int rc;

    if (strict)
        for (size_t i = 0; i < n; i++)
            if (!event_rule_find(rules, f[i].key))
                return err_set(e, ERR_DATA, "%s%s: unknown field", prefix, f[i].key);
    for (r = rules; r->key; r++) {
        long at = event_fields_find(f, n, r->key);
        const event_field_t *x = at >= 0 ? &f[at] : NULL;
        if (!x) {
            if (r->required)
                return err_set(e, ERR_DATA, "%s%s: required for %s events", prefix, r->key, tname);
            continue;
        }
        if (x->kind != r->kind)
            return err_set(e, ERR_DATA, "%s%s: must be a %s", prefix, r->key,
                           event_kind_name(r->kind));
        if (r->allowed && !event_in(x->str, r->allowed)) {
            char list[160];
            event_join(r->allowed, list, sizeof list);
            return err_set(e, ERR_DATA, "%s%s: '%s' is not one of %s", prefix, r->key, x->str,
                           list);
        }
        if (r->kind == EVENT_FIELD_STR && !x->str[0] && r->required)
            return err_set(e, ERR_DATA, "%s%s: must not be empty", prefix, r->key);
        if ((rc = event_check_value(x, r->check, prefix, e))) return rc;
        if (r->kind == EVENT_FIELD_LIST) {
            if (r->required && !x->nitems)
                return err_set(e, ERR_DATA, "%s%s: needs at least one entry", prefix, r->key);
            for (size_t i = 0; i < x->nitems; i++) {
                char sub[96];
                snprintf(sub, sizeof sub, "%s%s[%zu].", prefix, r->key, i);
                if ((rc = event_check_rules(x->items[i].fields, x->items[i].n, r->record, sub,
                                            tname, 1, e)))
                    return rc;
            }
        }
    }
    return 0;
}

/* Counts the companies of ev whose role is role (borrowed). */
static size_t event_count_role(const event_t *ev, const char *role)
{
    size_t k = 0;
    for (size_t i = 0; i < ev->ncompanies; i++)
        if (ev->companies[i].role && strcmp(ev->companies[i].role, role) == 0) k++;
    return k;
}

/* The rules that span fields or companies, per type. */
static int event_check_type(const event_t *ev, const char *tname, err_t *e)
{
    double a = 0, b = 0;
    int rev = 0;

    switch (ev->type) {
    case EVENT_STOCK_SPLIT:
        event_get_num(ev, "ratio_from", &a);
        event_get_num(ev, "ratio_to", &b);
        event_get_bool(ev, "reverse", &rev);
        if (a == b)
            return err_set(e, ERR_DATA,
                           "data.ratio_to: equals ratio_from (a split changes the "
                           "share count)");
        if (rev != (b < a))
            return err_set(e, ERR_DATA,
                           "data.reverse: must be %s when ratio_to (%g) is %s ratio_from (%g)",
                           b < a ? "true" : "false", b, b < a ? "below" : "above", a);
        break;
    case EVENT_GUIDANCE:
        if (event_get_num(ev, "low", &a) && event_get_num(ev, "high", &b) && a > b)
            return err_set(e, ERR_DATA, "data.low: %g is above data.high %g", a, b);
        break;
    case EVENT_RATING_CHANGE:
        if (event_count_role(ev, "analyst") == ev->ncompanies)
            return err_set(e, ERR_DATA,
                           "companies: a %s event names the rated company (a role other than "
                           "analyst)",
                           tname);
        break;
    default:
        break;
    }
    return 0;
}

/* Refuses s (borrowed, valid UTF-8, may be NULL) when it holds a control or
 * bidirectional formatting character; the field is named as companies[i].key
 * when i >= 0, else as key. */
static int event_check_safe(const char *s, const char *key, long i, err_t *e)
{
    char name[64];
    unsigned cp;

    if (!s || !(cp = utf8_unsafe(s))) return 0;
    if (i >= 0)
        snprintf(name, sizeof name, "companies[%ld].%s", i, key);
    else
        snprintf(name, sizeof name, "%s", key);
    return err_set(e, ERR_DATA,
                   "%s: holds U+%04X, a control or bidirectional formatting character (not "
                   "allowed in ids and names)",
                   name, cp);
}

int event_validate(const event_t *ev, err_t *e)
{
    int rc;
    const char *tname = event_type_name(ev->type);

    if (!tname) return err_set(e, ERR_DATA, "type: unknown event type");
    if (ev->schema != EVENT_SCHEMA)
        return err_set(e, ERR_DATA, "schema: unsupported schema %d (this seismo knows %d)",
                       ev->schema, EVENT_SCHEMA);
    if (ev->occurred_on[0] && !date_is_iso(ev->occurred_on))
        return err_set(e, ERR_DATA, "occurred_on: '%s' is not a valid YYYY-MM-DD date",
                       ev->occurred_on);
    for (size_t i = 0; i < ev->ncompanies; i++) {
        const event_company_t *c = &ev->companies[i];
        if (!c->id || !c->id[0]) return err_set(e, ERR_DATA, "companies[%zu].id: missing", i);
        for (size_t j = 0; j < i; j++)
            if (strcasecmp(ev->companies[j].id, c->id) == 0)
                return err_set(e, ERR_DATA, "companies[%zu].id: '%s' is named twice", i, c->id);
        if (!utf8_valid(c->id) || (c->name && !utf8_valid(c->name)) ||
            (c->ticker && !utf8_valid(c->ticker)) || (c->role && !utf8_valid(c->role)))
            return err_set(e, ERR_DATA, "companies[%zu]: not valid UTF-8", i);
        if ((rc = event_check_safe(c->id, "id", (long)i, e)) ||
            (rc = event_check_safe(c->name, "name", (long)i, e)) ||
            (rc = event_check_safe(c->ticker, "ticker", (long)i, e)) ||
            (rc = event_check_safe(c->role, "role", (long)i, e)))
            return rc;
    }
    if ((ev->id && !utf8_valid(ev->id)) || (ev->source.doc && !utf8_valid(ev->source.doc)) ||
        (ev->source.name && !utf8_valid(ev->source.name)) ||
        (ev->source.title && !utf8_valid(ev->source.title)) ||
        (ev->source.sentence && !utf8_valid(ev->source.sentence)))
        return err_set(e, ERR_DATA, "id or source: not valid UTF-8");
    if ((rc = event_check_safe(ev->id, "id", -1, e)) ||
        (rc = event_check_safe(ev->source.name, "source.name", -1, e)))
        return rc;
    if (ev->ncompanies == 0 && ev->type != EVENT_RETRACTION && ev->type != EVENT_PRICE_IMPORT)
        return err_set(e, ERR_DATA, "companies: a %s event names at least one company", tname);
    if ((ev->source.offset != -1 && ev->source.offset < 0) ||
        (ev->source.length != -1 && ev->source.length < 0))
        return err_set(e, ERR_DATA, "source.offset/length: must not be negative");
    for (size_t i = 0; i < ev->ndata; i++) {
        const event_field_t *f = &ev->data[i];
        if (!utf8_valid(f->key) || (f->kind == EVENT_FIELD_STR && f->str && !utf8_valid(f->str)))
            return err_set(e, ERR_DATA, "data: a key or value is not valid UTF-8");
        if (f->kind == EVENT_FIELD_NUM && !isfinite(f->num))
            return err_set(e, ERR_DATA, "data.%s: not a finite number", f->key);
        if (f->kind == EVENT_FIELD_NUM && fabs(f->num) > EVENT_NUM_MAX)
            return err_set(e, ERR_DATA,
                           "data.%s: %g is beyond the largest figure seismo keeps (%g)", f->key,
                           f->num, EVENT_NUM_MAX);
        if (f->kind < EVENT_FIELD_STR || f->kind > EVENT_FIELD_LIST)
            return err_set(e, ERR_DATA, "data.%s: must be a string, a number or a boolean", f->key);
        for (size_t j = 0; j < f->nitems; j++)
            for (size_t k = 0; k < f->items[j].n; k++) {
                const event_field_t *g = &f->items[j].fields[k];
                if (!utf8_valid(g->key) ||
                    (g->kind == EVENT_FIELD_STR && g->str && !utf8_valid(g->str)))
                    return err_set(e, ERR_DATA, "data.%s[%zu]: a key or value is not valid UTF-8",
                                   f->key, j);
                if (g->kind == EVENT_FIELD_NUM && !isfinite(g->num))
                    return err_set(e, ERR_DATA, "data.%s[%zu].%s: not a finite number", f->key, j,
                                   g->key);
                if (g->kind == EVENT_FIELD_NUM && fabs(g->num) > EVENT_NUM_MAX)
                    return err_set(e, ERR_DATA,
                                   "data.%s[%zu].%s: %g is beyond the largest figure seismo keeps "
                                   "(%g)",
                                   f->key, j, g->key, g->num, EVENT_NUM_MAX);
                if (g->kind < EVENT_FIELD_STR || g->kind > EVENT_FIELD_BOOL)
                    return err_set(e, ERR_DATA,
                                   "data.%s[%zu].%s: must be a string, a number or a boolean",
                                   f->key, j, g->key);
            }
    }
    if ((rc =
             event_check_rules(ev->data, ev->ndata, event_rules[ev->type], "data.", tname, 0, e)) ||
        (rc = event_check_rules(ev->data, ev->ndata, rules_common, "data.", tname, 0, e)))
        return rc;
    for (size_t i = 0; i < ev->ndata; i++) {
        const event_field_t *f = &ev->data[i];
        if (f->kind == EVENT_FIELD_LIST && !event_rule_find(event_rules[ev->type], f->key))
            return err_set(e, ERR_DATA, "data.%s: %s events have no list field of that name",
                           f->key, tname);
    }
    return event_check_type(ev, tname, e);
}

static void event_canon_key(buf_t *b, int *first, const char *key)
{
    if (!*first) buf_putc(b, ',');
    *first = 0;
    canon_put_string(b, key);
    buf_putc(b, ':');
}

static void event_canon_opt_string(buf_t *b, int *first, const char *key, const char *val)
{
    if (!val) return;
    event_canon_key(b, first, key);
    canon_put_string(b, val);
}

static void event_canon_source(const event_t *ev, event_canon_mode_t mode, buf_t *b)
{
    const event_source_t *s = &ev->source;
    int first = 1;

    buf_putc(b, '{');
    event_canon_opt_string(b, &first, "doc", s->doc);
    if (s->length >= 0) event_canon_key(b, &first, "length"), canon_put_int(b, s->length);
    if (mode != EVENT_CANON_CONTENT) event_canon_opt_string(b, &first, "name", s->name);
    if (s->offset >= 0) event_canon_key(b, &first, "offset"), canon_put_int(b, s->offset);
    if (mode != EVENT_CANON_CONTENT) {
        event_canon_opt_string(b, &first, "sentence", s->sentence);
        event_canon_opt_string(b, &first, "title", s->title);
    }
    buf_putc(b, '}');
}

/* Writes the sorted fields f[0..n) as a JSON object. */
static void event_canon_fields(buf_t *b, const event_field_t *f, size_t n)
{
    buf_putc(b, '{');
    for (size_t i = 0; i < n; i++) {
        int df = i == 0;
        event_canon_key(b, &df, f[i].key);
        switch (f[i].kind) {
        case EVENT_FIELD_NUM:
            canon_put_number(b, f[i].num);
            break;
        case EVENT_FIELD_BOOL:
            buf_puts(b, f[i].num != 0 ? "true" : "false");
            break;
        case EVENT_FIELD_LIST:
            buf_putc(b, '[');
            for (size_t j = 0; j < f[i].nitems; j++) {
                if (j) buf_putc(b, ',');
                event_canon_fields(b, f[i].items[j].fields, f[i].items[j].n);
            }
            buf_putc(b, ']');
            break;
        default:
            canon_put_string(b, f[i].str ? f[i].str : "");
            break;
        }
    }
    buf_putc(b, '}');
}

int event_canon_head(const event_t *ev, buf_t *b)
{
    int first = 1;

    buf_putc(b, '{');
    event_canon_key(b, &first, "companies");
    buf_putc(b, '[');
    for (size_t i = 0; i < ev->ncompanies; i++) {
        const event_company_t *c = &ev->companies[i];
        int cf = 1;
        if (i) buf_putc(b, ',');
        buf_putc(b, '{');
        event_canon_opt_string(b, &cf, "id", c->id ? c->id : "");
        event_canon_opt_string(b, &cf, "name", c->name);
        event_canon_opt_string(b, &cf, "role", c->role);
        event_canon_opt_string(b, &cf, "ticker", c->ticker);
        buf_putc(b, '}');
    }
    buf_putc(b, ']');
    event_canon_key(b, &first, "data");
    event_canon_fields(b, ev->data, ev->ndata);
    return b->oom ? ERR_NOMEM : 0;
}

int event_canon_tail(const event_t *ev, event_canon_mode_t mode, buf_t *b)
{
    int first = 0; /* the head wrote "companies" and "data" */
    int full = mode != EVENT_CANON_CONTENT;

    if (mode == EVENT_CANON_HASHED) event_canon_opt_string(b, &first, "hash", ev->hash);
    if (full) event_canon_opt_string(b, &first, "id", ev->id);
    event_canon_key(b, &first, "occurred_on");
    if (ev->occurred_on[0])
        canon_put_string(b, ev->occurred_on);
    else
        buf_puts(b, "null");
    if (mode == EVENT_CANON_HASHED) event_canon_opt_string(b, &first, "prev_hash", ev->prev_hash);
    if (full) event_canon_opt_string(b, &first, "recorded_at", ev->recorded_at);
    event_canon_key(b, &first, "schema");
    canon_put_int(b, ev->schema);
    if (full && ev->seq > 0) event_canon_key(b, &first, "seq"), canon_put_int(b, ev->seq);
    event_canon_key(b, &first, "source");
    event_canon_source(ev, mode, b);
    event_canon_key(b, &first, "type");
    canon_put_string(b, event_type_name(ev->type) ? event_type_name(ev->type) : "");
    buf_putc(b, '}');
    return b->oom ? ERR_NOMEM : 0;
}

int event_canon(const event_t *ev, event_canon_mode_t mode, buf_t *b)
{
    event_canon_head(ev, b);
    return event_canon_tail(ev, mode, b);
}

void event_list_init(event_list_t *l)
{
    l->items = NULL;
    l->n = l->cap = 0;
}

void event_list_release(event_list_t *l)
{
    if (!l) return;
    for (size_t i = 0; i < l->n; i++) event_release(&l->items[i]);
    mem_free(l->items);
    event_list_init(l);
}

static int event_list_reserve(event_list_t *l)
{
    event_t *p;
    size_t cap;

    if (l->n < l->cap) return 0;
    cap = l->cap ? l->cap * 2 : 8;
    p = mem_realloc(l->items, cap * sizeof *p);
    if (!p) return ERR_NOMEM;
    l->items = p;
    l->cap = cap;
    return 0;
}

event_t *event_list_add(event_list_t *l)
{
    if (event_list_reserve(l)) return NULL;
    event_init(&l->items[l->n]);
    return &l->items[l->n++];
}

int event_list_push(event_list_t *l, event_t *ev)
{
    if (event_list_reserve(l)) return ERR_NOMEM;
    l->items[l->n++] = *ev;
    event_init(ev);
    return 0;
}

void event_list_pop(event_list_t *l)
{
    if (l->n) event_release(&l->items[--l->n]);
}
