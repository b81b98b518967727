#include "proj.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mem.h"
#include "pricestore.h"

/* ---- rows ------------------------------------------------------------- */

void proj_rows_init(proj_rows_t *l)
{
    l->items = NULL;
    l->n = l->cap = 0;
}

static void proj_row_release(proj_row_t *r)
{
    mem_free(r->block);
}

void proj_rows_release(proj_rows_t *l)
{
    if (!l) return;
    for (size_t i = 0; i < l->n; i++) proj_row_release(&l->items[i]);
    mem_free(l->items);
    proj_rows_init(l);
}

/* Copies src (may be NULL) to *p and moves *p past it; returns the copy or NULL. */
static char *proj_put(char **p, const char *src)
{
    char *at = *p;
    size_t n;

    if (!src) return NULL;
    n = strlen(src) + 1;
    memcpy(at, src, n);
    *p += n;
    return at;
}

int proj_rows_add(proj_rows_t *l, const proj_row_t *row)
{
    const char *s[7] = {row->id,     row->company, row->metric, row->region,
                        row->others, row->figure,  row->text};
    size_t total = 1;
    proj_row_t r;
    char *p;

    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        proj_row_t *arr = mem_realloc(l->items, cap * sizeof *arr);
        if (!arr) return ERR_NOMEM;
        l->items = arr;
        l->cap = cap;
    }
    for (int i = 0; i < 7; i++)
        if (s[i]) total += strlen(s[i]) + 1;
    r = *row;
    if (!(r.block = p = mem_alloc(total))) return ERR_NOMEM;
    r.id = proj_put(&p, s[0]);
    r.company = proj_put(&p, s[1]);
    r.metric = proj_put(&p, s[2]);
    r.region = proj_put(&p, s[3]);
    r.others = proj_put(&p, s[4]);
    r.figure = proj_put(&p, s[5]);
    r.text = proj_put(&p, s[6]);
    l->items[l->n++] = r;
    return 0;
}

/* ---- figures and texts ------------------------------------------------ */

/* Appends fmt to out (n bytes) at *len, each "%s" in it replaced by s and
 * "%%" by "%" (the only conversions the callers use), truncating safely as
 * snprintf would. Copied by hand: snprintf's parsing of the format was a
 * twentieth of a rebuild. */
static void proj_cat(char *out, size_t n, size_t *len, const char *fmt, const char *s)
{
    size_t at = *len;

    if (at + 1 >= n) return;
    for (; *fmt && at + 1 < n; fmt++) {
        if (fmt[0] == '%' && fmt[1] == 's') {
            const char *t = s ? s : "(null)";
            size_t k = strlen(t);
            if (k > n - 1 - at) k = n - 1 - at;
            memcpy(out + at, t, k);
            at += k;
            fmt++;
        } else {
            if (fmt[0] == '%' && fmt[1] == '%') fmt++;
            out[at++] = *fmt;
        }
    }
    out[at] = '\0';
    *len = at;
}

/* Writes v as snprintf's "%.2f" does into out (32 bytes). A value below 1e12
 * is rounded here: the exact residual of v * 100 (one fma) tells which way,
 * unless it lies within 1e-6 of a tie, which snprintf then settles (it rounds
 * the exact binary value, ties to even). */
static void proj_format_fixed2(double v, char out[32])
{
    double a = fabs(v), m, r;
    long long k;
    char tmp[24];
    size_t i = 0, j = 0;

    if (!(a < 1e12)) goto slow;
    m = floor(a * 100.0);
    r = fma(a, 100.0, -m); /* the exact a * 100 - m, rounded once */
    if (fabs(r - floor(r) - 0.5) < 1e-6) goto slow;
    k = (long long)m + (long long)floor(r + 0.5);
    if (signbit(v)) out[i++] = '-';
    tmp[j++] = (char)('0' + k % 10);
    k /= 10;
    tmp[j++] = (char)('0' + k % 10);
    k /= 10;
    tmp[j++] = '.';
    do {
        tmp[j++] = (char)('0' + k % 10);
        k /= 10;
    } while (k);
    while (j) out[i++] = tmp[--j];
    out[i] = '\0';
    return;
slow:
    snprintf(out, 32, "%.2f", v);
}

/* Writes v with at most two decimals, trailing zeros removed. */
static void proj_format_num2(double v, char out[32])
{
    char *dot;
    size_t len;

    proj_format_fixed2(v, out);
    if ((dot = strchr(out, '.'))) {
        len = strlen(out);
        while (len > 0 && out[len - 1] == '0') out[--len] = '\0';
        if (len > 0 && out[len - 1] == '.') out[--len] = '\0';
    }
    if (strcmp(out, "-0") == 0) strcpy(out, "0");
}

/* Cuts num (32 bytes) to at most 28 characters, as "%.28s" prints it; returns num. */
static char *proj_cut28(char num[32])
{
    num[28] = '\0';
    return num;
}

void proj_format_pct(double pct, char out[32])
{
    char num[32];

    proj_format_num2(pct, num);
    out[0] = '\0';
    proj_cat(out, 32, &(size_t){0}, (num[0] != '-' && strcmp(num, "0") != 0) ? "+%s%%" : "%s%%",
             proj_cut28(num));
}

void proj_format_amount(double v, char out[32])
{
    char num[32];
    double a = fabs(v);

    if (a >= 1e9) {
        proj_format_num2(v / 1e9, num);
        out[0] = '\0';
        proj_cat(out, 32, &(size_t){0}, "%sbn", proj_cut28(num));
    } else if (a >= 1e6) {
        proj_format_num2(v / 1e6, num);
        out[0] = '\0';
        proj_cat(out, 32, &(size_t){0}, "%sm", proj_cut28(num));
    } else {
        proj_format_num2(v, out);
    }
}

/* Appends "key" data string of ev with fmt when present. */
static void proj_cat_field(const event_t *ev, const char *key, char *out, size_t n, size_t *len,
                           const char *fmt_first, const char *fmt_next)
{
    const char *s = event_get_str(ev, key);
    if (s && s[0]) proj_cat(out, n, len, *len ? fmt_next : fmt_first, s);
}

/* Appends "CUR 3bn" of ev's amount field key (and currency) when present. */
static void proj_cat_amount(const event_t *ev, const char *key, char *out, size_t n, size_t *len)
{
    const char *cur = event_get_str(ev, "currency");
    char num[32];
    double v;

    if (!event_get_num(ev, key, &v)) return;
    proj_format_amount(v, num);
    if (*len) proj_cat(out, n, len, "%s", ", ");
    if (cur) proj_cat(out, n, len, "%s ", cur);
    proj_cat(out, n, len, "%s", num);
}

/* Appends ", s" (or s first) when s is set. */
static void proj_cat_word(const char *s, char *out, size_t n, size_t *len)
{
    if (s && s[0]) proj_cat(out, n, len, *len ? ", %s" : "%s", s);
}

/* Appends one earnings metric: "revenue +4%" or, without a change, "eps USD 2.4". */
static void proj_cat_metric(const event_record_t *r, char *out, size_t n, size_t *len)
{
    const event_field_t *m = event_record_get(r, "metric"),
                        *c = event_record_get(r, "change_percent"),
                        *v = event_record_get(r, "value"), *cur = event_record_get(r, "currency");
    char num[32];

    if (!m || m->kind != EVENT_FIELD_STR) return;
    proj_cat(out, n, len, *len ? ", %s" : "%s", m->str);
    if (c && c->kind == EVENT_FIELD_NUM) {
        proj_format_pct(c->num, num);
        proj_cat(out, n, len, " %s", num);
    } else if (v && v->kind == EVENT_FIELD_NUM) {
        if (cur && cur->kind == EVENT_FIELD_STR) proj_cat(out, n, len, " %s", cur->str);
        proj_format_amount(v->num, num);
        proj_cat(out, n, len, " %s", num);
    }
}

/* The key figure of the v2 types (DESIGN.md section 3). */
static void proj_figure_v2(const event_t *ev, char *out, size_t n, size_t *len)
{
    const event_field_t *f;
    char num[32], num2[32];
    double v, w;
    const char *s;
    int b;

    switch (ev->type) {
    case EVENT_EARNINGS:
        if ((f = event_get(ev, "metrics")) && f->kind == EVENT_FIELD_LIST)
            for (size_t i = 0; i < f->nitems; i++) proj_cat_metric(&f->items[i], out, n, len);
        proj_cat_word(event_get_str(ev, "versus_expectations"), out, n, len);
        break;
    case EVENT_DIVIDEND:
        if (event_get_num(ev, "amount_per_share", &v)) {
            proj_format_num2(v, num);
            if ((s = event_get_str(ev, "currency"))) proj_cat(out, n, len, "%s ", s);
            proj_cat(out, n, len, "%s a share", num);
        }
        if (event_get_num(ev, "change_percent", &v)) {
            proj_format_pct(v, num);
            proj_cat(out, n, len, *len ? " (%s)" : "%s", num);
        }
        proj_cat_word(event_get_str(ev, "action"), out, n, len);
        break;
    case EVENT_BUYBACK:
        proj_cat_amount(ev, "amount", out, n, len);
        if (event_get_num(ev, "shares", &v)) {
            proj_format_amount(v, num);
            proj_cat(out, n, len, *len ? ", %s shares" : "%s shares", num);
        }
        proj_cat_word(event_get_str(ev, "action"), out, n, len);
        break;
    case EVENT_STOCK_SPLIT:
        if (event_get_num(ev, "ratio_from", &v) && event_get_num(ev, "ratio_to", &w)) {
            proj_format_num2(w, num);
            proj_format_num2(v, num2);
            proj_cat(out, n, len, "%s-for-", num);
            proj_cat(out, n, len, "%s", num2);
        }
        if (event_get_bool(ev, "reverse", &b) && b) proj_cat(out, n, len, "%s", " reverse");
        break;
    case EVENT_GUIDANCE:
        if (event_get_num(ev, "low", &v)) {
            if ((s = event_get_str(ev, "currency"))) proj_cat(out, n, len, "%s ", s);
            proj_format_amount(v, num);
            proj_cat(out, n, len, "%s", num);
            if (event_get_num(ev, "high", &w) && w != v) {
                proj_format_amount(w, num);
                proj_cat(out, n, len, "-%s", num);
            }
        } else {
            proj_cat_amount(ev, "high", out, n, len);
        }
        proj_cat_word(event_get_str(ev, "direction"), out, n, len);
        break;
    case EVENT_RATING_CHANGE:
        proj_cat_word(event_get_str(ev, "action"), out, n, len);
        if ((s = event_get_str(ev, "rating_to"))) proj_cat(out, n, len, " to %s", s);
        if (event_get_num(ev, "price_target", &v)) {
            proj_format_num2(v, num);
            proj_cat(out, n, len, "%s", *len ? ", target " : "target ");
            if ((s = event_get_str(ev, "currency"))) proj_cat(out, n, len, "%s ", s);
            proj_cat(out, n, len, "%s", num);
        }
        break;
    case EVENT_EXECUTIVE_CHANGE:
    case EVENT_FACILITY:
        proj_cat_word(event_get_str(ev, "action"), out, n, len);
        break;
    case EVENT_LEGAL:
        proj_cat_word(event_get_str(ev, "action"), out, n, len);
        proj_cat_amount(ev, "amount", out, n, len);
        break;
    case EVENT_FINANCING:
        proj_cat_amount(ev, "amount", out, n, len);
        if ((s = event_get_str(ev, "kind"))) proj_cat(out, n, len, *len ? " %s" : "%s", s);
        break;
    case EVENT_WORKFORCE:
        proj_cat_word(event_get_str(ev, "action"), out, n, len);
        if (event_get_num(ev, "headcount", &v)) {
            snprintf(num, sizeof num, "%.0f", v);
            proj_cat(out, n, len, " %s", num);
        }
        if (event_get_num(ev, "percent", &v)) {
            proj_format_num2(v, num);
            proj_cat(out, n, len, " (%s%%)", num);
        }
        break;
    case EVENT_CONTRACT:
        proj_cat_amount(ev, "amount", out, n, len);
        break;
    case EVENT_BANKRUPTCY:
        if ((s = event_get_str(ev, "chapter"))) proj_cat(out, n, len, "chapter %s", s);
        proj_cat_word(event_get_str(ev, "action"), out, n, len);
        break;
    default:
        break;
    }
}

/* Returns the name (or id) of ev's first company with role (borrowed), or NULL. */
static const char *proj_role_name(const event_t *ev, const char *role)
{
    for (size_t i = 0; i < ev->ncompanies; i++) {
        const event_company_t *c = &ev->companies[i];
        if (c->role && strcmp(c->role, role) == 0) return c->name ? c->name : c->id;
    }
    return NULL;
}

/* The short text of the v2 types. */
static void proj_text_v2(const event_t *ev, char *out, size_t n, size_t *len)
{
    const char *s;
    int b;

    switch (ev->type) {
    case EVENT_EARNINGS:
        proj_cat_field(ev, "period", out, n, len, "%s results", "%s results");
        if (!*len) proj_cat(out, n, len, "%s", "results");
        break;
    case EVENT_DIVIDEND:
        proj_cat_field(ev, "action", out, n, len, "dividend %s", "dividend %s");
        break;
    case EVENT_BUYBACK:
        proj_cat_field(ev, "action", out, n, len, "share buyback %s", "share buyback %s");
        break;
    case EVENT_STOCK_SPLIT:
        proj_cat(out, n, len, "%s",
                 event_get_bool(ev, "reverse", &b) && b ? "reverse stock split" : "stock split");
        break;
    case EVENT_GUIDANCE:
        proj_cat_field(ev, "metric", out, n, len, "%s outlook", "%s outlook");
        proj_cat_field(ev, "period", out, n, len, "%s", " for %s");
        break;
    case EVENT_RATING_CHANGE:
        if ((s = proj_role_name(ev, "analyst"))) proj_cat(out, n, len, "%s", s);
        proj_cat_field(ev, "kind", out, n, len, "%s rating", " (%s rating)");
        proj_cat_field(ev, "rating_from", out, n, len, "from %s", ", from %s");
        break;
    case EVENT_EXECUTIVE_CHANGE:
        proj_cat_field(ev, "person", out, n, len, "%s", "%s");
        proj_cat_field(ev, "position", out, n, len, "%s", ", %s");
        break;
    case EVENT_LEGAL:
    case EVENT_CONTRACT:
        if (ev->type == EVENT_CONTRACT) proj_cat_field(ev, "topic", out, n, len, "%s", "%s");
        if ((s = proj_role_name(ev, "counterparty")) || (s = proj_role_name(ev, "customer")))
            proj_cat(out, n, len, *len ? " with %s" : "with %s", s);
        break;
    case EVENT_FINANCING:
        proj_cat_field(ev, "kind", out, n, len, "%s", "%s");
        break;
    case EVENT_FACILITY:
        proj_cat_field(ev, "location", out, n, len, "%s", "%s");
        break;
    case EVENT_WORKFORCE:
        proj_cat(out, n, len, "%s", "jobs");
        break;
    case EVENT_BANKRUPTCY:
        proj_cat(out, n, len, "%s", "bankruptcy");
        break;
    default:
        break;
    }
}

void proj_figure(const event_t *ev, char *out, size_t n)
{
    size_t len = 0;
    double v;
    char num[32];
    const char *s;

    if (!n) return;
    out[0] = '\0';
    switch (ev->type) {
    case EVENT_SHARE_MOVE:
    case EVENT_METRIC_CHANGE:
        if (event_get_num(ev, "percent", &v)) {
            proj_format_pct(v, num);
            proj_cat(out, n, &len, "%s", num);
        }
        break;
    case EVENT_ACQUISITION:
    case EVENT_INVESTMENT:
        if (event_get_num(ev, "amount", &v)) {
            s = event_get_str(ev, "qualifier");
            if (s) proj_cat(out, n, &len, "%s ", strcmp(s, "up_to") == 0 ? "up to" : s);
            if ((s = event_get_str(ev, "currency"))) proj_cat(out, n, &len, "%s ", s);
            proj_format_amount(v, num);
            proj_cat(out, n, &len, "%s", num);
        }
        if (event_get_num(ev, "stake_percent", &v)) {
            proj_format_num2(v, num);
            proj_cat(out, n, &len, len ? ", stake %s%%" : "stake %s%%", num);
        }
        if ((s = event_get_str(ev, "status"))) proj_cat(out, n, &len, len ? ", %s" : "%s", s);
        break;
    case EVENT_REGULATORY_FILING:
    case EVENT_REGULATORY_APPROVAL:
        if ((s = event_get_str(ev, "status"))) proj_cat(out, n, &len, "%s", s);
        break;
    default:
        proj_figure_v2(ev, out, n, &len);
        break;
    }
}

void proj_text(const event_t *ev, char *out, size_t n)
{
    size_t len = 0;
    int ctx = 0;

    if (!n) return;
    out[0] = '\0';
    switch (ev->type) {
    case EVENT_PARTNERSHIP:
        proj_cat_field(ev, "topic", out, n, &len, "%s", "%s");
        proj_cat_field(ev, "region", out, n, &len, "in %s", " in %s");
        break;
    case EVENT_PARTNERSHIP_REJECTED:
        proj_cat_field(ev, "reason", out, n, &len, "%s", "%s");
        break;
    case EVENT_REGULATORY_FILING:
    case EVENT_REGULATORY_APPROVAL:
        proj_cat_field(ev, "regulator", out, n, &len, "%s", "%s");
        proj_cat_field(ev, "jurisdiction", out, n, &len, "%s", " (%s)");
        break;
    case EVENT_SHARE_MOVE:
        proj_cat_field(ev, "instrument", out, n, &len, "%s", "%s");
        proj_cat_field(ev, "listing", out, n, &len, "%s", " (%s)");
        break;
    case EVENT_METRIC_CHANGE:
        proj_cat_field(ev, "metric", out, n, &len, "%s", "%s");
        proj_cat_field(ev, "region", out, n, &len, "in %s", " in %s");
        break;
    case EVENT_PRODUCT_ANNOUNCEMENT:
        proj_cat_field(ev, "product", out, n, &len, "%s", "%s");
        proj_cat_field(ev, "expected", out, n, &len, "expected %s", ", expected %s");
        break;
    case EVENT_CORPORATE_EVENT:
        proj_cat_field(ev, "name", out, n, &len, "%s", "%s");
        proj_cat_field(ev, "location", out, n, &len, "in %s", " in %s");
        break;
    default:
        proj_text_v2(ev, out, n, &len);
        break;
    }
    if (event_get_bool(ev, "context", &ctx) && ctx)
        proj_cat(out, n, &len, "%s", len ? " (mentioned as context)" : "mentioned as context");
    if (!len && ev->source.title && ev->source.title[0])
        proj_cat(out, n, &len, "%s", ev->source.title);
    if (len + 1 >= n && n > 4) memcpy(out + n - 4, "...", 4);
}

/* ---- the folds ---------------------------------------------------------- */

/* Returns 1 when company i of ev repeats an earlier company (case-insensitively). */
static int proj_company_repeats(const event_t *ev, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (strcasecmp(ev->companies[j].id, ev->companies[i].id) == 0) return 1;
    return 0;
}

/* Writes into others (n bytes) the ids of ev's companies other than company
 * i, comma-separated, each once (repeats left out). */
static void proj_others(const event_t *ev, size_t i, char *others, size_t n)
{
    size_t len = 0;

    others[0] = '\0';
    for (size_t j = 0; j < ev->ncompanies; j++) {
        if (j == i || strcasecmp(ev->companies[j].id, ev->companies[i].id) == 0 ||
            proj_company_repeats(ev, j))
            continue;
        proj_cat(others, n, &len, len ? ",%s" : "%s", ev->companies[j].id);
    }
}

/* Fills the columns of row that do not depend on its company: seq, id, type,
 * date, pct, metric, region, figure and text (the last two written into sp,
 * row's strings borrowed from ev and sp). */
static void proj_row_event(const event_t *ev, proj_row_t *row, proj_row_space_t *sp)
{
    double pct;

    memset(row, 0, sizeof *row);
    row->seq = ev->seq;
    row->id = ev->id;
    row->type = ev->type;
    memcpy(row->occurred_on, ev->occurred_on, sizeof row->occurred_on);
    if ((ev->type == EVENT_SHARE_MOVE || ev->type == EVENT_METRIC_CHANGE) &&
        event_get_num(ev, "percent", &pct)) {
        row->has_pct = 1;
        row->pct = pct;
    }
    if (ev->type == EVENT_METRIC_CHANGE) row->metric = (char *)event_get_str(ev, "metric");
    row->region = (char *)event_get_str(ev, "region");
    proj_figure(ev, sp->figure, sizeof sp->figure);
    proj_text(ev, sp->text, sizeof sp->text);
    row->figure = sp->figure;
    row->text = sp->text;
    row->others = sp->others;
    sp->others[0] = '\0';
}

int proj_row_derive(const event_t *ev, const char *company, proj_row_t *row, proj_row_space_t *sp)
{
    size_t i;

    for (i = 0; i < ev->ncompanies; i++)
        if (strcmp(ev->companies[i].id, company) == 0) break;
    if (i == ev->ncompanies || ev->type == EVENT_RETRACTION || ev->type == EVENT_PRICE_IMPORT)
        return ERR_NOTFOUND;
    proj_row_event(ev, row, sp);
    proj_others(ev, i, sp->others, sizeof sp->others);
    row->company = ev->companies[i].id;
    return 0;
}

/* A read model that stores only the keys (readmodel_ops_t.timeline_keys) is
 * handed seq, id, type, date and company: it derives the rest from the event
 * when the row is read (proj_row_derive()), so the figures are not made here. */
static int proj_timeline_apply(const proj_ctx_t *c, const event_t *ev, err_t *e)
{
    const readmodel_t *rm = c->rm;
    proj_row_space_t sp;
    proj_row_t row;
    int rc;

    if (ev->type == EVENT_RETRACTION) {
        const char *target = event_get_str(ev, "target");
        if (!target || !target[0]) return 0;
        return rm->ops->timeline_retract(rm->impl, target, ev->seq, event_get_str(ev, "reason"), e);
    }
    if (ev->type == EVENT_PRICE_IMPORT) return 0; /* price data, not news: not on timelines */
    if (rm->ops->timeline_keys) {
        memset(&row, 0, sizeof row);
        row.seq = ev->seq;
        row.id = ev->id;
        row.type = ev->type;
        memcpy(row.occurred_on, ev->occurred_on, sizeof row.occurred_on);
    } else {
        proj_row_event(ev, &row, &sp);
    }
    for (size_t i = 0; i < ev->ncompanies; i++) {
        if (proj_company_repeats(ev, i)) continue;
        if (!rm->ops->timeline_keys) proj_others(ev, i, sp.others, sizeof sp.others);
        row.company = ev->companies[i].id;
        if ((rc = rm->ops->timeline_put(rm->impl, &row, e))) return rc;
    }
    return 0;
}

static int proj_timeline_reset(const proj_ctx_t *c, err_t *e)
{
    return c->rm->ops->timeline_reset(c->rm->impl, e);
}

static int proj_companies_apply(const proj_ctx_t *c, const event_t *ev, err_t *e)
{
    const readmodel_t *rm = c->rm;
    int rc;

    for (size_t i = 0; i < ev->ncompanies; i++) {
        const event_company_t *co = &ev->companies[i];
        if ((rc = rm->ops->names_put(rm->impl, co->id, co->name, co->ticker, e))) return rc;
    }
    return 0;
}

static int proj_companies_reset(const proj_ctx_t *c, err_t *e)
{
    return c->rm->ops->names_reset(c->rm->impl, e);
}

/* ---- retraction targets ------------------------------------------------- */

/* Adds id (borrowed) to p (borrowed). Returns 0 or ERR_NOMEM. */
static int proj_pending_add(proj_pending_t *p, const char *id, err_t *e)
{
    if (strlen(id) >= sizeof p->ids[0]) return 0; /* not an event id: retracts nothing */
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 16;
        char(*ids)[65] = mem_realloc(p->ids, cap * sizeof *ids);
        if (!ids) return err_set(e, ERR_NOMEM, "out of memory");
        p->ids = ids;
        p->cap = cap;
    }
    snprintf(p->ids[p->n++], sizeof p->ids[0], "%s", id);
    return 0;
}

static int proj_pending_cmp(const void *a, const void *b)
{
    return strcmp(a, b);
}

/* Returns 1 when id (borrowed) is in p (borrowed, sorted with proj_pending_cmp). */
static int proj_pending_has(const proj_pending_t *p, const char *id)
{
    return id && p->n && bsearch(id, p->ids, p->n, sizeof p->ids[0], proj_pending_cmp) != NULL;
}

/* Frees what p owns (p may be NULL) and leaves it empty. */
static void proj_pending_release(proj_pending_t *p)
{
    if (!p) return;
    mem_free(p->ids);
    memset(p, 0, sizeof *p);
}

/* ---- prices ------------------------------------------------------------- */

/* prices: the daily bars of price_import events, the inputs of event studies.
 * A retraction's target is only noted here: whether it is a price import is
 * read back from the log once the chunk's scan is over (proj_prices_chunk_end). */
static int proj_prices_apply(const proj_ctx_t *c, const event_t *ev, err_t *e)
{
    const char *bars;
    prices_set_t set;
    int rc;

    if (ev->type == EVENT_RETRACTION) {
        const char *target = event_get_str(ev, "target");
        return target && target[0] && c->retracted ? proj_pending_add(c->retracted, target, e) : 0;
    }
    if (ev->type != EVENT_PRICE_IMPORT) return 0;
    if (c->hint_ev && c->hint_bars && c->hint_ev->seq == ev->seq)
        return c->rm->ops->bars_put(c->rm->impl, ev, c->hint_bars, e);
    if (!(bars = event_get_str(ev, "bars"))) return 0;
    prices_set_init(&set);
    /* Bad rows of a hand-made event are left out (the same ones on every
     * refold), so that one such event cannot wedge the projection. */
    rc = prices_parse(bars, strlen(bars), NULL, &set, NULL);
    if (rc == ERR_NOMEM)
        rc = err_set(e, ERR_NOMEM, "out of memory");
    else
        rc = c->rm->ops->bars_put(c->rm->impl, ev, &set, e);
    prices_set_release(&set);
    return rc;
}

static int proj_prices_reset(const proj_ctx_t *c, err_t *e)
{
    return c->rm->ops->bars_reset(c->rm->impl, e);
}

/* The refold of the prices read model after a retracted import. */
typedef struct proj_refold_s {
    proj_ctx_t ctx;      /* the run's, without the hint */
    long long upto;      /* events after this seq are not folded yet */
    proj_pending_t gone; /* owned: every retraction target up to upto, sorted */
    err_t *e;
} proj_refold_t;

static int proj_refold_target(void *arg, const event_t *ev)
{
    proj_refold_t *f = arg;
    const char *target = event_get_str(ev, "target");

    if (ev->seq > f->upto) return 1;
    return target && target[0] ? proj_pending_add(&f->gone, target, f->e) : 0;
}

static int proj_refold_import(void *arg, const event_t *ev)
{
    proj_refold_t *f = arg;

    if (ev->seq > f->upto) return 1;
    if (proj_pending_has(&f->gone, ev->id)) return 0;
    return proj_prices_apply(&f->ctx, ev, f->e);
}

/* Once the events up to upto are folded: when one of the retraction targets
 * noted in the chunk is a price import, the bars are refolded from the
 * imports up to upto that no retraction names. A restated adjusted close
 * thus falls back to the import before it, and a day only the retracted
 * import had leaves the read model. The fold of the standing imports in seq
 * order is what the projection always holds, so a rebuild from seq 0 gives
 * the same rows. */
static int proj_prices_chunk_end(const proj_ctx_t *c, long long upto, err_t *e)
{
    static const event_type_t rtype[] = {EVENT_RETRACTION}, itype[] = {EVENT_PRICE_IMPORT};
    proj_refold_t f;
    eventlog_query_t q;
    int rc = 0, any = 0;

    if (!c->retracted || !c->retracted->n) return 0;
    for (size_t i = 0; i < c->retracted->n && !any; i++) {
        event_t ev;
        err_t ignore = {0};
        int grc;
        event_init(&ev);
        grc = eventlog_get(c->log, c->retracted->ids[i], &ev, &ignore);
        if (grc == 0) any = ev.type == EVENT_PRICE_IMPORT;
        event_release(&ev);
        if (grc && grc != ERR_NOTFOUND) {
            if (e) *e = ignore;
            return grc;
        }
    }
    c->retracted->n = 0;
    if (!any) return 0;

    memset(&f, 0, sizeof f);
    f.ctx = *c;
    f.ctx.hint_ev = NULL;
    f.ctx.hint_bars = NULL;
    f.ctx.retracted = NULL;
    f.upto = upto;
    f.e = e;
    memset(&q, 0, sizeof q);
    q.types = rtype;
    q.ntypes = 1;
    rc = eventlog_scan(c->log, &q, proj_refold_target, &f, e);
    if (rc == 1) rc = 0;
    if (!rc) {
        qsort(f.gone.ids, f.gone.n, sizeof f.gone.ids[0], proj_pending_cmp);
        rc = proj_prices_reset(c, e);
    }
    if (!rc) {
        q.types = itype;
        rc = eventlog_scan(c->log, &q, proj_refold_import, &f, e);
        if (rc == 1) rc = 0;
    }
    proj_pending_release(&f.gone);
    return rc;
}

const proj_def_t proj_defs[] = {
    {"timeline",
     1,
     "per-company timelines (summaries and reactions are computed from them)",
     {EVENT_NONE, EVENT_NONE},
     proj_timeline_apply,
     proj_timeline_reset,
     NULL},
    {"companies",
     1,
     "company ids, names and tickers seen in events",
     {EVENT_NONE, EVENT_NONE},
     proj_companies_apply,
     proj_companies_reset,
     NULL},
    {"prices",
     PRICESTORE_VERSION,
     "daily bars from price_import events not retracted (inputs of event studies)",
     {EVENT_PRICE_IMPORT, EVENT_RETRACTION},
     proj_prices_apply,
     proj_prices_reset,
     proj_prices_chunk_end},
};
const size_t proj_def_count = sizeof proj_defs / sizeof proj_defs[0];

const proj_def_t *proj_def_find(const char *name)
{
    for (size_t i = 0; name && i < proj_def_count; i++)
        if (strcmp(proj_defs[i].name, name) == 0) return &proj_defs[i];
    return NULL;
}

/* ---- catch-up ----------------------------------------------------------- */

#define PROJ_MAX 8

typedef struct proj_run_s {
    proj_ctx_t ctx;
    const proj_def_t *defs[PROJ_MAX];
    long long from[PROJ_MAX]; /* checkpoint of each selected projection */
    size_t ndefs;
    long long last; /* last seq read in this chunk */
    long long count;
    long long done, total; /* for progress: events before this chunk, and to apply */
    proj_progress_fn progress;
    void *arg;
    err_t *e;
} proj_run_t;

static int proj_run_each(void *arg, const event_t *ev)
{
    proj_run_t *r = arg;
    int rc;

    for (size_t i = 0; i < r->ndefs; i++) {
        if (ev->seq <= r->from[i]) continue;
        if ((rc = r->defs[i]->apply(&r->ctx, ev, r->e))) {
            err_wrap(r->e, "projection %s, event seq %lld", r->defs[i]->name, ev->seq);
            return rc;
        }
    }
    r->last = ev->seq;
    r->count++;
    if (r->progress && r->count % PROJ_PROGRESS_EVERY == 0 && r->done + r->count < r->total)
        r->progress(r->arg, r->done + r->count, r->total);
    return 0;
}

/* Fills out (caller storage, 2 * PROJ_MAX) with the event types the selected
 * projections fold and returns their number: 0 when one of them folds every
 * type (then the scan reads every event). */
static size_t proj_run_types(const proj_run_t *r, event_type_t out[2 * PROJ_MAX])
{
    size_t n = 0;

    for (size_t i = 0; i < r->ndefs; i++) {
        if (r->defs[i]->types[0] == EVENT_NONE) return 0;
        for (size_t k = 0; k < 2; k++) {
            event_type_t t = r->defs[i]->types[k];
            size_t j = 0;
            while (j < n && out[j] != t) j++;
            if (t != EVENT_NONE && j == n) out[n++] = t;
        }
    }
    return n;
}

/* Reads the checkpoints of the selected projections in the open transaction,
 * resetting those to rebuild; stores the least in *from. */
static int proj_run_checkpoints(proj_run_t *r, int rebuild, long long *from, err_t *e)
{
    const readmodel_t *rm = r->ctx.rm;
    int rc;

    *from = -1;
    for (size_t i = 0; i < r->ndefs; i++) {
        const proj_def_t *d = r->defs[i];
        int version;
        long long seq;
        if ((rc = rm->ops->checkpoint_get(rm->impl, d->name, &version, &seq, e))) return rc;
        if (rebuild || version != d->version || seq < 0) {
            if ((rc = d->reset(&r->ctx, e)) ||
                (rc = rm->ops->checkpoint_set(rm->impl, d->name, d->version, 0, e)))
                return rc;
            seq = 0;
        }
        r->from[i] = seq;
        if (*from < 0 || seq < *from) *from = seq;
    }
    return 0;
}

int proj_run(const readmodel_t *rm, eventlog_t *log, const proj_opts_t *o, long long *applied,
             err_t *e)
{
    static const proj_opts_t none = {0};
    event_type_t types[2 * PROJ_MAX];
    size_t ntypes;
    proj_pending_t retracted = {0};
    proj_run_t r;
    long long head, total = -1, done = 0, from, chunk = PROJ_CHUNK;
    char hash[65];
    int rc, first = 1;

    if (applied) *applied = 0;
    if (!o) o = &none;
    if ((rc = readmodel_check(rm, e))) return rc;
    memset(&r, 0, sizeof r);
    r.ctx.rm = rm;
    r.ctx.log = log;
    r.ctx.retracted = &retracted;
    r.ctx.hint_ev = o->hint_ev;
    r.ctx.hint_bars = o->hint_bars;
    r.e = e;
    for (size_t i = 0; i < proj_def_count && r.ndefs < PROJ_MAX; i++)
        if (!o->only || strcmp(o->only, proj_defs[i].name) == 0) r.defs[r.ndefs++] = &proj_defs[i];
    if (!r.ndefs) return err_set(e, ERR_USAGE, "no projection called '%s'", o->only);
    ntypes = proj_run_types(&r, types);
    if ((rc = eventlog_head(log, &head, hash, e))) return rc;
    readmodel_tune(rm, 1);

    for (;;) {
        eventlog_query_t q;
        long long upto;

        if ((rc = readmodel_begin(rm, e))) goto out;
        /* Checkpoints are read inside the write transaction, so two processes
         * catching up at once never apply an event twice. */
        if ((rc = proj_run_checkpoints(&r, first && o->rebuild, &from, e))) goto fail;
        if (total < 0) total = head > from ? head - from : 0;
        chunk = first && from == 0 ? PROJ_REFOLD_CHUNK : PROJ_CHUNK;
        first = 0;
        memset(&q, 0, sizeof q);
        q.after = from;
        q.limit = chunk;
        q.bulk = 1;
        if (ntypes) {
            q.types = types;
            q.ntypes = ntypes;
        }
        retracted.n = 0;
        r.last = 0;
        r.count = 0;
        r.done = done;
        r.total = total;
        r.progress = o->progress;
        r.arg = o->arg;
        /* The one event to apply is the hint just appended (a price import
         * of millions of bars): it is folded as it is in memory, without
         * reading its body back from the log and parsing it again. */
        if (o->hint_ev && o->hint_bars && o->hint_ev->seq > 0 && o->hint_ev->seq == head &&
            from == head - 1)
            rc = proj_run_each(&r, o->hint_ev);
        else
            rc = eventlog_scan(log, &q, proj_run_each, &r, e);
        if (rc) goto fail;
        /* After the last chunk every event up to the head read before the
         * first is applied (the skipped types included). */
        upto = r.last;
        if (r.count < chunk && head > upto) upto = head;
        for (size_t i = 0; i < r.ndefs; i++) {
            if (upto <= r.from[i]) continue;
            if (r.defs[i]->chunk_end && (rc = r.defs[i]->chunk_end(&r.ctx, upto, e))) {
                err_wrap(e, "projection %s, events up to seq %lld", r.defs[i]->name, upto);
                goto fail;
            }
            if ((rc = rm->ops->checkpoint_set(rm->impl, r.defs[i]->name, r.defs[i]->version, upto,
                                              e)))
                goto fail;
        }
        if ((rc = readmodel_commit(rm, e))) goto out;
        done += r.count;
        if (applied) *applied = done;
        if (o->progress && r.count) o->progress(o->arg, done < total ? done : total, total);
        if (r.count < chunk) break;
    }
    goto out;
fail:
    readmodel_rollback(rm);
out:
    readmodel_tune(rm, 0);
    proj_pending_release(&retracted);
    return rc;
}

int proj_status(const readmodel_t *rm, proj_status_t *out, err_t *e)
{
    int rc;

    for (size_t i = 0; i < proj_def_count; i++) {
        out[i].name = proj_defs[i].name;
        out[i].version = proj_defs[i].version;
        out[i].about = proj_defs[i].about;
        if ((rc = readmodel_checkpoint_get(rm, proj_defs[i].name, &out[i].stored, &out[i].last_seq,
                                           e)))
            return rc;
    }
    return 0;
}
