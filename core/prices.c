/* prices: daily bars parsed from CSV text. See prices.h. */
#include "prices.h"

#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "mem.h"

#define PRICES_MAX_FIELDS 64

enum { COL_SYMBOL, COL_DATE, COL_OPEN, COL_HIGH, COL_LOW, COL_CLOSE, COL_ADJ, COL_VOLUME, COL_N };

static const char *const prices_col_names[COL_N] = {"symbol", "date",  "open",     "high",
                                                    "low",    "close", "adjclose", "volume"};

typedef struct prices_field_s {
    const char *p;
    size_t n;
} prices_field_t;

/* Parser state: the set being filled, its symbol index (open addressing). */
typedef struct prices_ctx_s {
    prices_set_t *s;
    const prices_opts_t *o;
    int col[COL_N]; /* field index of each column, -1 when absent */
    int ncols_needed;
    size_t *slots; /* owned: series index + 1, 0 when empty */
    size_t nslots;
    size_t last; /* series of the previous row + 1, 0 when none */
    err_t *e;
    unsigned first_bad;
    char first_msg[256];
} prices_ctx_t;

void prices_set_init(prices_set_t *s)
{
    memset(s, 0, sizeof *s);
    buf_init(&s->problems);
    buf_init(&s->norm);
}

void prices_set_release(prices_set_t *s)
{
    if (!s) return;
    for (size_t i = 0; i < s->n; i++) mem_free(s->series[i].bars);
    mem_free(s->series);
    buf_release(&s->problems);
    buf_release(&s->norm);
    prices_set_init(s);
}

int prices_symbol_norm(const char *sym, size_t n, char out[PRICES_SYMBOL_MAX])
{
    if (n == 0 || n >= PRICES_SYMBOL_MAX) return ERR_DATA;
    for (size_t i = 0; i < n; i++) {
        char c = sym[i];
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
                   c == '^' || c == '=' || c == '_'))
            return ERR_DATA;
        out[i] = c;
    }
    out[n] = '\0';
    return 0;
}

prices_series_t *prices_set_find(const prices_set_t *s, const char *symbol)
{
    for (size_t i = 0; symbol && i < s->n; i++)
        if (strcasecmp(s->series[i].symbol, symbol) == 0) return &s->series[i];
    return NULL;
}

size_t prices_series_seek(const prices_series_t *series, long day)
{
    size_t lo = 0, hi = series->n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (series->bars[mid].day < day)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* ---- fields ------------------------------------------------------------- */

/* Splits the line [p, end) into fields (quotes removed, spaces trimmed);
 * returns the number of fields (at most PRICES_MAX_FIELDS). */
static int prices_split(const char *p, const char *end, prices_field_t *f)
{
    int n = 0;

    for (;;) {
        const char *a, *b;
        while (p < end && (*p == ' ' || *p == '\t')) p++;
        if (p < end && *p == '"') {
            a = ++p;
            while (p < end && *p != '"') p++;
            b = p;
            if (p < end) p++;
            while (p < end && *p != ',') p++;
        } else {
            a = p;
            while (p < end && *p != ',') p++;
            b = p;
            while (b > a && (b[-1] == ' ' || b[-1] == '\t')) b--;
        }
        if (n < PRICES_MAX_FIELDS) {
            f[n].p = a;
            f[n].n = (size_t)(b - a);
            n++;
        }
        if (p >= end) break;
        p++; /* the comma */
    }
    return n;
}

static int prices_field_is(const prices_field_t *f, const char *name)
{
    return strlen(name) == f->n && strncasecmp(f->p, name, f->n) == 0;
}

static int prices_header(prices_ctx_t *c, const prices_field_t *f, int n)
{
    static const char *const adj[] = {"adj close",      "adjclose",       "adj_close",
                                      "adjusted close", "adjusted_close", "adj. close"};
    for (int k = 0; k < COL_N; k++) c->col[k] = -1;
    for (int i = 0; i < n; i++) {
        int k = -1;
        if (prices_field_is(&f[i], "symbol") || prices_field_is(&f[i], "ticker"))
            k = COL_SYMBOL;
        else if (prices_field_is(&f[i], "date"))
            k = COL_DATE;
        else if (prices_field_is(&f[i], "open"))
            k = COL_OPEN;
        else if (prices_field_is(&f[i], "high"))
            k = COL_HIGH;
        else if (prices_field_is(&f[i], "low"))
            k = COL_LOW;
        else if (prices_field_is(&f[i], "close"))
            k = COL_CLOSE;
        else if (prices_field_is(&f[i], "volume"))
            k = COL_VOLUME;
        else
            for (size_t j = 0; j < sizeof adj / sizeof *adj; j++)
                if (prices_field_is(&f[i], adj[j])) k = COL_ADJ;
        if (k < 0) continue;
        if (c->col[k] >= 0) {
            err_set(c->e, ERR_DATA, "header: the %s column is named twice", prices_col_names[k]);
            return 1;
        }
        c->col[k] = i;
    }
    if (c->col[COL_DATE] < 0) return ERR_DATA;
    if (c->col[COL_CLOSE] < 0) return ERR_DATA;
    if (c->col[COL_SYMBOL] < 0 && !(c->o && (c->o->symbol || c->o->fallback))) return ERR_DATA;
    c->ncols_needed = 0;
    for (int k = 0; k < COL_N; k++)
        if (c->col[k] + 1 > c->ncols_needed) c->ncols_needed = c->col[k] + 1;
    return 0;
}

/* ---- numbers and dates -------------------------------------------------- */

static const double prices_pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* Parses a plain decimal number -?D+(.D*)?([eE][+-]?D+)?; returns 0 or -1. Short
 * mantissas take an exact fast path (one correctly rounded division), the rest strtod. */
static int prices_number(const prices_field_t *f, double *out)
{
    const char *p = f->p, *end = f->p + f->n;
    uint64_t m = 0;
    int digits = 0, frac = 0, neg = 0, exp = 0, exact = 1;

    if (p < end && *p == '-') neg = 1, p++;
    if (p >= end || *p < '0' || *p > '9') return -1;
    while (p < end && *p >= '0' && *p <= '9') {
        if (digits < 19)
            m = m * 10 + (uint64_t)(*p - '0');
        else
            exact = 0;
        if (m) digits++;
        p++;
    }
    if (p < end && *p == '.') {
        p++;
        while (p < end && *p >= '0' && *p <= '9') {
            if (digits < 19) {
                m = m * 10 + (uint64_t)(*p - '0');
                frac++;
            } else
                exact = 0;
            if (m) digits++;
            p++;
        }
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        int eneg = 0, ed = 0;
        p++;
        if (p < end && (*p == '+' || *p == '-')) eneg = *p++ == '-';
        if (p >= end || *p < '0' || *p > '9') return -1;
        while (p < end && *p >= '0' && *p <= '9') {
            if (exp < 10000) exp = exp * 10 + (*p - '0');
            ed++;
            p++;
        }
        if (eneg) exp = -exp;
    }
    if (p != end) return -1;
    exp -= frac;
    if (exact && m <= ((uint64_t)1 << 53) && exp >= -22 && exp <= 22) {
        double v = (double)m;
        v = exp < 0 ? v / prices_pow10[-exp] : v * prices_pow10[exp];
        *out = neg ? -v : v;
        return 0;
    }
    {
        char tmp[128];
        char *stop;
        if (f->n >= sizeof tmp) return -1;
        memcpy(tmp, f->p, f->n);
        tmp[f->n] = '\0';
        *out = strtod(tmp, &stop);
        if (*stop || !isfinite(*out)) return -1;
    }
    return 0;
}

/* Parses "YYYY-MM-DD" optionally followed by a space or T and a time; returns 0 or -1. */
static int prices_date(const prices_field_t *f, long *day)
{
    char d[11];

    if (f->n < 10 || (f->n > 10 && f->p[10] != ' ' && f->p[10] != 'T')) return -1;
    memcpy(d, f->p, 10);
    d[10] = '\0';
    return date_parse_iso(d, day) ? -1 : 0;
}

/* ---- rows --------------------------------------------------------------- */

static void prices_problem(prices_ctx_t *c, unsigned line, const char *fmt, const char *a,
                           const char *b)
{
    char msg[256];

    snprintf(msg, sizeof msg, fmt, a, b);
    c->s->bad++;
    if (c->s->bad == 1) {
        c->first_bad = line;
        snprintf(c->first_msg, sizeof c->first_msg, "%s", msg);
    }
    if (c->s->bad <= PRICES_MAX_PROBLEMS) buf_printf(&c->s->problems, "line %u: %s\n", line, msg);
}

static uint64_t prices_hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

/* Returns the series of symbol (normalised), created when new; NULL when out of memory. */
static prices_series_t *prices_series_get(prices_ctx_t *c, const char *sym)
{
    prices_set_t *s = c->s;
    size_t i;

    if (c->last && strcmp(s->series[c->last - 1].symbol, sym) == 0) return &s->series[c->last - 1];
    if (s->n * 2 >= c->nslots) {
        size_t ns = c->nslots ? c->nslots * 2 : 64;
        size_t *slots = mem_calloc(ns, sizeof *slots);
        if (!slots) return NULL;
        for (size_t k = 0; k < s->n; k++) {
            i = prices_hash(s->series[k].symbol) & (ns - 1);
            while (slots[i]) i = (i + 1) & (ns - 1);
            slots[i] = k + 1;
        }
        mem_free(c->slots);
        c->slots = slots;
        c->nslots = ns;
    }
    i = prices_hash(sym) & (c->nslots - 1);
    while (c->slots[i]) {
        if (strcmp(s->series[c->slots[i] - 1].symbol, sym) == 0) {
            c->last = c->slots[i];
            return &s->series[c->last - 1];
        }
        i = (i + 1) & (c->nslots - 1);
    }
    if (s->n == s->cap) {
        size_t ncap = s->cap ? s->cap * 2 : 8;
        prices_series_t *ns = mem_realloc(s->series, ncap * sizeof *ns);
        if (!ns) return NULL;
        s->series = ns;
        s->cap = ncap;
    }
    memset(&s->series[s->n], 0, sizeof s->series[s->n]);
    memcpy(s->series[s->n].symbol, sym, strlen(sym) + 1);
    c->slots[i] = ++s->n;
    c->last = s->n;
    return &s->series[s->n - 1];
}

static void prices_put_field(buf_t *b, const prices_field_t *f, int present)
{
    buf_putc(b, ',');
    if (present) buf_append(b, f->p, f->n);
}

/* Parses one data row; returns 0 (good or reported as bad) or ERR_NOMEM. */
static int prices_row(prices_ctx_t *c, const prices_field_t *f, int nf, unsigned line)
{
    static const int optional[] = {COL_OPEN, COL_HIGH, COL_LOW, COL_VOLUME};
    prices_field_t none = {"", 0};
    const prices_field_t *fd[COL_N];
    char sym[PRICES_SYMBOL_MAX];
    prices_series_t *ser;
    prices_bar_t bar;
    double *slot[COL_N] = {NULL, NULL, &bar.open, &bar.high, &bar.low, NULL, NULL, &bar.volume};

    for (int k = 0; k < COL_N; k++)
        fd[k] = c->col[k] >= 0 && c->col[k] < nf ? &f[c->col[k]] : &none;
    if (c->col[COL_SYMBOL] >= 0) {
        if (fd[COL_SYMBOL]->n == 0) {
            prices_problem(c, line, "symbol is missing%s%s", "", "");
            return 0;
        }
        if (prices_symbol_norm(fd[COL_SYMBOL]->p, fd[COL_SYMBOL]->n, sym)) {
            char raw[64];
            snprintf(raw, sizeof raw, "%.*s",
                     (int)(fd[COL_SYMBOL]->n > 40 ? 40 : fd[COL_SYMBOL]->n), fd[COL_SYMBOL]->p);
            prices_problem(c, line, "symbol '%s' is not a valid symbol%s", raw, "");
            return 0;
        }
        if (c->o && c->o->symbol && strcasecmp(sym, c->o->symbol) != 0) return 0;
    } else {
        const char *given = c->o->symbol ? c->o->symbol : c->o->fallback;
        if (prices_symbol_norm(given, strlen(given), sym)) {
            prices_problem(c, line, "symbol '%s' is not a valid symbol (give --symbol)%s", given,
                           "");
            return 0;
        }
    }
    memset(&bar, 0, sizeof bar);
    bar.line = line;
    if (fd[COL_DATE]->n == 0) {
        prices_problem(c, line, "date is missing%s%s", "", "");
        return 0;
    }
    if (prices_date(fd[COL_DATE], &bar.day)) {
        char raw[64];
        snprintf(raw, sizeof raw, "%.*s", (int)(fd[COL_DATE]->n > 40 ? 40 : fd[COL_DATE]->n),
                 fd[COL_DATE]->p);
        prices_problem(c, line, "date '%s' is not a YYYY-MM-DD date%s", raw, "");
        return 0;
    }
    slot[COL_CLOSE] = &bar.close;
    slot[COL_ADJ] = &bar.adjclose;
    for (int k = COL_OPEN; k < COL_N; k++) {
        const char *why = NULL;
        *slot[k] = NAN;
        if (fd[k]->n == 0) {
            if (k == COL_CLOSE) {
                prices_problem(c, line, "close is missing%s%s", "", "");
                return 0;
            }
            continue;
        }
        if (prices_number(fd[k], slot[k]))
            why = "%s '%s' is not a number";
        else if (*slot[k] < 0)
            why = "%s %s is negative";
        else if ((k == COL_CLOSE || k == COL_ADJ) && *slot[k] == 0)
            why = "%s %s is not a positive price";
        if (why) {
            char raw[64];
            snprintf(raw, sizeof raw, "%.*s", (int)(fd[k]->n > 40 ? 40 : fd[k]->n), fd[k]->p);
            prices_problem(c, line, why, prices_col_names[k], raw);
            return 0;
        }
    }
    if (isnan(bar.adjclose)) bar.adjclose = bar.close;
    if (!(ser = prices_series_get(c, sym))) return ERR_NOMEM;
    if (ser->n) {
        const prices_bar_t *prev = &ser->bars[ser->n - 1];
        if (prev->day >= bar.day) {
            char d1[11], d2[80];
            date_format_iso(bar.day, d1);
            if (prev->day == bar.day) {
                snprintf(d2, sizeof d2, "%s (also on line %u)", sym, prev->line);
                prices_problem(c, line, "duplicate date %s for %s", d1, d2);
            } else {
                char d3[11];
                date_format_iso(prev->day, d3);
                snprintf(d2, sizeof d2, "%s of line %u", d3, prev->line);
                prices_problem(c, line, "date %s is not after %s (rows must be in date order)", d1,
                               d2);
            }
            return 0;
        }
    }
    if (ser->n == ser->cap) {
        size_t ncap = ser->cap ? ser->cap * 2 : 256;
        prices_bar_t *nb = mem_realloc(ser->bars, ncap * sizeof *nb);
        if (!nb) return ERR_NOMEM;
        ser->bars = nb;
        ser->cap = ncap;
    }
    ser->bars[ser->n++] = bar;
    c->s->rows++;
    if (c->o && c->o->normalise) {
        buf_t *b = &c->s->norm;
        buf_puts(b, sym);
        buf_putc(b, ',');
        buf_append(b, fd[COL_DATE]->p, 10); /* checked: YYYY-MM-DD, time dropped */
        for (size_t k = 0; k < 3; k++) prices_put_field(b, fd[optional[k]], fd[optional[k]]->n > 0);
        prices_put_field(b, fd[COL_CLOSE], 1);
        prices_put_field(b, fd[COL_ADJ], fd[COL_ADJ]->n > 0);
        prices_put_field(b, fd[COL_VOLUME], fd[COL_VOLUME]->n > 0);
        buf_putc(b, '\n');
    }
    return 0;
}

int prices_parse(const char *text, size_t len, const prices_opts_t *o, prices_set_t *s, err_t *e)
{
    prices_field_t f[PRICES_MAX_FIELDS];
    char sym[PRICES_SYMBOL_MAX];
    prices_ctx_t c;
    const char *p = text, *end = text + len;
    unsigned line = 0;
    int have_header = 0, rc = 0;

    memset(&c, 0, sizeof c);
    c.s = s;
    c.o = o;
    c.e = e;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3;
    if (o && o->symbol && prices_symbol_norm(o->symbol, strlen(o->symbol), sym))
        return err_set(e, ERR_DATA, "--symbol '%s' is not a valid symbol", o->symbol);
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *q = p;
        int nf;

        line++;
        if (le > p && le[-1] == '\r') le--;
        while (q < le && (*q == ' ' || *q == '\t')) q++;
        if (q < le) {
            nf = prices_split(p, le, f);
            if (!have_header) {
                int hr = prices_header(&c, f, nf);
                if (hr == 1) {
                    rc = ERR_DATA;
                    goto done;
                }
                if (hr) {
                    rc = err_set(e, ERR_DATA,
                                 "line %u: the header must name a date and a close column%s "
                                 "(found: %.*s)",
                                 line,
                                 c.col[COL_SYMBOL] < 0 && !(o && (o->symbol || o->fallback))
                                     ? " and a symbol column (or give --symbol)"
                                     : "",
                                 (int)(le - p > 200 ? 200 : le - p), p);
                    goto done;
                }
                have_header = 1;
                if (o && o->normalise && !s->norm.data) {
                    /* The normalised text is about as long as the input: size it once. */
                    size_t cap = len + len / 8 + sizeof PRICES_HEADER + 64;
                    if (!(s->norm.data = mem_alloc(cap))) {
                        rc = ERR_NOMEM;
                        goto done;
                    }
                    s->norm.cap = cap;
                    s->norm.data[0] = '\0';
                }
                if (o && o->normalise) {
                    buf_puts(&s->norm, PRICES_HEADER);
                    buf_putc(&s->norm, '\n');
                }
            } else if ((rc = prices_row(&c, f, nf, line))) {
                goto done;
            }
        }
        p = nl ? nl + 1 : end;
    }
    if (s->norm.oom || s->problems.oom) {
        rc = ERR_NOMEM;
        goto done;
    }
    if (!have_header) {
        rc = err_set(e, ERR_DATA, "empty input: no header line");
    } else if (s->bad) {
        rc = err_set(e, ERR_DATA, "%zu bad row%s; the first, line %u: %s", s->bad,
                     s->bad == 1 ? "" : "s", c.first_bad, c.first_msg);
    } else if (!s->rows) {
        rc = err_set(e, ERR_DATA, "no rows of prices after the header%s%s",
                     o && o->symbol ? " for symbol " : "", o && o->symbol ? o->symbol : "");
    }
done:
    if (rc == ERR_NOMEM) err_set(e, ERR_NOMEM, "out of memory");
    mem_free(c.slots);
    return rc;
}
