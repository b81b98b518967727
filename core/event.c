#include "event.h"

#include <math.h>
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

/* Validation rules: the data fields each type knows. */
typedef struct event_rule_s {
    const char *key;
    int kind;
    int required;
    const char *const *allowed; /* NULL-terminated, or NULL for any */
} event_rule_t;

static const char *const filing_status[] = {"submitted", "pending", NULL};
static const char *const approval_status[] = {"approved", "blocked", "conditional", NULL};
static const char *const deal_status[] = {"talks", "announced", "completed", "terminated", NULL};
static const char *const qualifiers[] = {"up_to", "about", NULL};

#define RULE_END         \
    {                    \
        NULL, 0, 0, NULL \
    }
static const event_rule_t rules_partnership[] = {
    {"region", EVENT_FIELD_STR, 0, NULL}, {"topic", EVENT_FIELD_STR, 0, NULL}, RULE_END};
static const event_rule_t rules_rejected[] = {{"reason", EVENT_FIELD_STR, 0, NULL}, RULE_END};
static const event_rule_t rules_filing[] = {{"regulator", EVENT_FIELD_STR, 1, NULL},
                                            {"jurisdiction", EVENT_FIELD_STR, 0, NULL},
                                            {"status", EVENT_FIELD_STR, 1, filing_status},
                                            RULE_END};
static const event_rule_t rules_approval[] = {{"regulator", EVENT_FIELD_STR, 1, NULL},
                                              {"status", EVENT_FIELD_STR, 1, approval_status},
                                              RULE_END};
static const event_rule_t rules_share[] = {{"percent", EVENT_FIELD_NUM, 1, NULL},
                                           {"instrument", EVENT_FIELD_STR, 0, NULL},
                                           {"listing", EVENT_FIELD_STR, 0, NULL},
                                           RULE_END};
static const event_rule_t rules_metric[] = {{"metric", EVENT_FIELD_STR, 1, NULL},
                                            {"region", EVENT_FIELD_STR, 0, NULL},
                                            {"percent", EVENT_FIELD_NUM, 1, NULL},
                                            RULE_END};
static const event_rule_t rules_acquisition[] = {{"amount", EVENT_FIELD_NUM, 0, NULL},
                                                 {"currency", EVENT_FIELD_STR, 0, NULL},
                                                 {"qualifier", EVENT_FIELD_STR, 0, qualifiers},
                                                 {"status", EVENT_FIELD_STR, 1, deal_status},
                                                 RULE_END};
static const event_rule_t rules_investment[] = {
    {"amount", EVENT_FIELD_NUM, 0, NULL},          {"currency", EVENT_FIELD_STR, 0, NULL},
    {"qualifier", EVENT_FIELD_STR, 0, qualifiers}, {"stake_percent", EVENT_FIELD_NUM, 0, NULL},
    {"status", EVENT_FIELD_STR, 1, deal_status},   RULE_END};
static const event_rule_t rules_product[] = {
    {"product", EVENT_FIELD_STR, 0, NULL}, {"expected", EVENT_FIELD_STR, 0, NULL}, RULE_END};
static const event_rule_t rules_corporate[] = {
    {"name", EVENT_FIELD_STR, 1, NULL}, {"location", EVENT_FIELD_STR, 0, NULL}, RULE_END};
static const event_rule_t rules_retraction[] = {
    {"target", EVENT_FIELD_STR, 1, NULL}, {"reason", EVENT_FIELD_STR, 1, NULL}, RULE_END};

/* Daily bars imported in one batch: bars is the normalised CSV text. */
static const event_rule_t rules_price_import[] = {{"bars", EVENT_FIELD_STR, 1, NULL},
                                                  {"rows", EVENT_FIELD_NUM, 0, NULL},
                                                  {"file", EVENT_FIELD_STR, 0, NULL},
                                                  RULE_END};

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
};

const char *event_type_name(event_type_t t)
{
    return (t > EVENT_NONE && t < EVENT_TYPE_COUNT) ? event_type_names[t] : NULL;
}

event_type_t event_type_from_name(const char *name)
{
    if (!name) return EVENT_NONE;
    for (int t = EVENT_NONE + 1; t < EVENT_TYPE_COUNT; t++)
        if (strcmp(event_type_names[t], name) == 0) return (event_type_t)t;
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
    for (size_t i = 0; i < ev->ndata; i++) {
        mem_free(ev->data[i].key);
        mem_free(ev->data[i].str);
    }
    mem_free(ev->data);
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
    for (size_t i = 0; i < src->ndata; i++) {
        const event_field_t *f = &src->data[i];
        rc = f->kind == EVENT_FIELD_NUM ? event_set_num(dst, f->key, f->num)
                                        : event_set_str(dst, f->key, f->str);
        if (rc) goto fail;
    }
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

/* Finds key's slot: returns its index, or the insertion point as -(i + 1). */
static long event_field_find(const event_t *ev, const char *key)
{
    size_t lo = 0, hi = ev->ndata;

    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(ev->data[mid].key, key);
        if (c == 0) return (long)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -(long)lo - 1;
}

static event_field_t *event_field_slot(event_t *ev, const char *key)
{
    long at = event_field_find(ev, key);
    event_field_t *arr;
    char *k;
    size_t i;

    if (at >= 0) {
        event_field_t *f = &ev->data[at];
        mem_free(f->str);
        f->str = NULL;
        return f;
    }
    i = (size_t)(-at - 1);
    if (!(k = mem_strdup(key))) return NULL;
    arr = mem_realloc(ev->data, (ev->ndata + 1) * sizeof *arr);
    if (!arr) {
        mem_free(k);
        return NULL;
    }
    ev->data = arr;
    memmove(arr + i + 1, arr + i, (ev->ndata - i) * sizeof *arr);
    ev->ndata++;
    memset(&arr[i], 0, sizeof arr[i]);
    arr[i].key = k;
    return &arr[i];
}

int event_set_str(event_t *ev, const char *key, const char *val)
{
    char *copy = mem_strdup(val ? val : "");
    event_field_t *f;

    if (!copy) return ERR_NOMEM;
    if (!(f = event_field_slot(ev, key))) {
        mem_free(copy);
        return ERR_NOMEM;
    }
    f->kind = EVENT_FIELD_STR;
    f->str = copy;
    return 0;
}

int event_set_num(event_t *ev, const char *key, double v)
{
    event_field_t *f = event_field_slot(ev, key);

    if (!f) return ERR_NOMEM;
    f->kind = EVENT_FIELD_NUM;
    f->num = v;
    return 0;
}

void event_unset(event_t *ev, const char *key)
{
    long at = event_field_find(ev, key);

    if (at < 0) return;
    mem_free(ev->data[at].key);
    mem_free(ev->data[at].str);
    memmove(ev->data + at, ev->data + at + 1, (ev->ndata - (size_t)at - 1) * sizeof *ev->data);
    ev->ndata--;
}

const event_field_t *event_get(const event_t *ev, const char *key)
{
    long at = event_field_find(ev, key);
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

int event_validate(const event_t *ev, err_t *e)
{
    const event_rule_t *r;
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
    }
    if ((ev->id && !utf8_valid(ev->id)) || (ev->source.doc && !utf8_valid(ev->source.doc)) ||
        (ev->source.name && !utf8_valid(ev->source.name)) ||
        (ev->source.title && !utf8_valid(ev->source.title)) ||
        (ev->source.sentence && !utf8_valid(ev->source.sentence)))
        return err_set(e, ERR_DATA, "id or source: not valid UTF-8");
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
        if (f->kind != EVENT_FIELD_NUM && f->kind != EVENT_FIELD_STR)
            return err_set(e, ERR_DATA, "data.%s: must be a string or a number", f->key);
    }
    for (r = event_rules[ev->type]; r->key; r++) {
        const event_field_t *f = event_get(ev, r->key);
        if (!f) {
            if (r->required)
                return err_set(e, ERR_DATA, "data.%s: required for %s events", r->key, tname);
            continue;
        }
        if (f->kind != r->kind)
            return err_set(e, ERR_DATA, "data.%s: must be a %s", r->key,
                           r->kind == EVENT_FIELD_NUM ? "number" : "string");
        if (r->allowed && !event_in(f->str, r->allowed)) {
            char list[128];
            event_join(r->allowed, list, sizeof list);
            return err_set(e, ERR_DATA, "data.%s: '%s' is not one of %s", r->key, f->str, list);
        }
        if (r->kind == EVENT_FIELD_STR && !f->str[0] && r->required)
            return err_set(e, ERR_DATA, "data.%s: must not be empty", r->key);
    }
    return 0;
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

int event_canon(const event_t *ev, event_canon_mode_t mode, buf_t *b)
{
    int first = 1;
    int full = mode != EVENT_CANON_CONTENT;

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
    buf_putc(b, '{');
    for (size_t i = 0; i < ev->ndata; i++) {
        const event_field_t *f = &ev->data[i];
        int df = i == 0;
        event_canon_key(b, &df, f->key);
        if (f->kind == EVENT_FIELD_NUM)
            canon_put_number(b, f->num);
        else
            canon_put_string(b, f->str ? f->str : "");
    }
    buf_putc(b, '}');
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
