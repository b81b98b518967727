#include "stored.h"

#include <stdlib.h>
#include <string.h>

#include "../../core/canon.h"
#include "../../core/mem.h"
#include "codec.h"

/* Rebuilding reads the whole log, and decoding each body with jansson (through
 * the codec) costs more than everything else together. The bodies are the
 * canonical JSON that event_canon() wrote, so a reader of that one shape is
 * enough; on anything else (escapes beyond the simple ones, unknown keys)
 * it gives up and the codec decodes that body. The folds still get a full
 * event_t, so the projections do not know which reader ran.
 *
 * The reader also tells whether the body is exactly what event_canon() (full
 * mode) writes for the event it read, so that verify need not write every
 * body again to compare: keys in byte order within each object, each once,
 * the keys event_canon() always writes all present and none it never writes,
 * strings with no control character and only the escapes event_canon() uses,
 * numbers written as canon_format_number() writes them, integers in plain
 * digits, and the optional integers present only when event_canon() writes
 * them. When it cannot tell, it says no, and verify compares. */

/* The fast reader: a cursor over the body. */
typedef struct pj_s {
    const char *p, *end;
    int canon; /* so far, the text is what event_canon() writes for what was read */
} pj_t;

/* Key order within one object: event_canon() writes the keys of every object
 * in byte order (data fields sorted with strcmp, the rest fixed and
 * alphabetical), each once. */
typedef struct pj_keys_s {
    const char *prev;
    size_t n;
} pj_keys_t;

static void pj_order(pj_t *j, pj_keys_t *o, const char *k, size_t n)
{
    if (o->prev) {
        int c = memcmp(o->prev, k, o->n < n ? o->n : n);
        if (c > 0 || (c == 0 && o->n >= n)) j->canon = 0;
    }
    o->prev = k;
    o->n = n;
}

/* Whether n bytes of s hold no control character (event_canon() escapes those). */
static int pj_plain(const char *s, size_t n)
{
    int bad = 0;

    for (size_t i = 0; i < n; i++) bad |= (unsigned char)s[i] < 0x20;
    return !bad;
}

static int pj_eat(pj_t *j, char c)
{
    if (j->p < j->end && *j->p == c) {
        j->p++;
        return 1;
    }
    return 0;
}

/* Reads a string; *out is owned (NULL when out is NULL: the string is skipped).
 * Returns 0, or -1 on anything this reader leaves to the codec. */
static int pj_str(pj_t *j, char **out, const char **raw, size_t *rawlen)
{
    const char *s, *q;
    char *d, *w;

    if (out) *out = NULL;
    if (!pj_eat(j, '"')) return -1;
    s = j->p;
    if (!(q = memchr(s, '"', (size_t)(j->end - s)))) return -1;
    if (!memchr(s, '\\', (size_t)(q - s))) {
        if (j->canon && !pj_plain(s, (size_t)(q - s))) j->canon = 0;
        j->p = q + 1;
        if (raw) *raw = s, *rawlen = (size_t)(q - s);
        if (out && !(*out = mem_strndup(s, (size_t)(q - s)))) return -1;
        return 0;
    }
    /* simple escapes only; the closing quote is the first one not escaped */
    if (raw || !(d = mem_alloc((size_t)(j->end - s) + 1))) return -1;
    for (w = d; j->p < j->end && *j->p != '"'; j->p++) {
        char c = *j->p;
        if (c == '\\') {
            if (++j->p >= j->end) break;
            switch (*j->p) {
            case '"':
                c = '"';
                break;
            case '\\':
                c = '\\';
                break;
            case '/':
                c = '/';
                j->canon = 0; /* event_canon() leaves '/' as it is */
                break;
            case 'n':
                c = '\n';
                break;
            case 't':
                c = '\t';
                break;
            case 'r':
                c = '\r';
                break;
            case 'b':
                c = '\b';
                break;
            case 'f':
                c = '\f';
                break;
            default:
                mem_free(d);
                return -1; /* \u: left to the codec */
            }
        } else if ((unsigned char)c < 0x20) {
            j->canon = 0;
        }
        *w++ = c;
    }
    if (!pj_eat(j, '"')) {
        mem_free(d);
        return -1;
    }
    *w = '\0';
    if (out)
        *out = d;
    else
        mem_free(d);
    return 0;
}

static int pj_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

/* Reads a JSON number. */
static int pj_num(pj_t *j, double *v)
{
    char tmp[64], *end;
    size_t n = 0;

    while (j->p + n < j->end && n < sizeof tmp - 1 && strchr("-+0123456789.eE", j->p[n]) && j->p[n])
        n++;
    if (!n || n == sizeof tmp - 1) return -1;
    memcpy(tmp, j->p, n);
    tmp[n] = '\0';
    *v = strtod(tmp, &end);
    if (*end) return -1;
    j->p += n;
    return 0;
}

static int pj_int(pj_t *j, long long *v)
{
    const char *at = j->p;
    size_t n;
    double d;
    int neg;
    /* out of range first: casting such a double to long long is undefined */
    if (pj_num(j, &d) || !(d >= -9.2e18 && d <= 9.2e18) || d != (double)(long long)d) return -1;
    *v = (long long)d;
    /* canon_put_int() writes 0 or -?[1-9][0-9]*: up to 15 digits the double is exact */
    n = (size_t)(j->p - at);
    if ((neg = *at == '-')) at++, n--;
    if (n == 0 || n > 15 || !pj_digits(at, n) || (*at == '0' && (n > 1 || neg))) j->canon = 0;
    return 0;
}

/* Reads a key and its colon; *k borrows from the text. */
static int pj_key(pj_t *j, const char **k, size_t *n)
{
    return pj_str(j, NULL, k, n) || !pj_eat(j, ':') ? -1 : 0;
}

static int pj_is(const char *k, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(k, lit, n) == 0;
}

static int pj_companies(pj_t *j, event_t *ev)
{
    if (!pj_eat(j, '[')) return -1;
    if (pj_eat(j, ']')) return 0;
    do {
        event_company_t c = {0};
        event_company_t *arr;
        pj_keys_t order = {0};
        const char *k;
        size_t n;
        int bad = 0;
        if (!pj_eat(j, '{')) return -1;
        if (!pj_eat(j, '}')) {
            do {
                char **slot;
                if (pj_key(j, &k, &n)) {
                    bad = 1;
                    break;
                }
                pj_order(j, &order, k, n);
                slot = pj_is(k, n, "id")       ? &c.id
                       : pj_is(k, n, "name")   ? &c.name
                       : pj_is(k, n, "role")   ? &c.role
                       : pj_is(k, n, "ticker") ? &c.ticker
                                               : NULL;
                if (!slot || *slot || pj_str(j, slot, NULL, NULL)) {
                    bad = 1;
                    break;
                }
            } while (pj_eat(j, ','));
            if (!bad && !pj_eat(j, '}')) bad = 1;
        }
        if (bad || !c.id ||
            !(arr = mem_realloc(ev->companies, (ev->ncompanies + 1) * sizeof *arr))) {
            mem_free(c.id);
            mem_free(c.name);
            mem_free(c.role);
            mem_free(c.ticker);
            return -1;
        }
        ev->companies = arr;
        arr[ev->ncompanies++] = c;
    } while (pj_eat(j, ','));
    return pj_eat(j, ']') ? 0 : -1;
}

static int pj_data(pj_t *j, event_t *ev)
{
    pj_keys_t order = {0};

    if (!pj_eat(j, '{')) return -1;
    if (pj_eat(j, '}')) return 0;
    do {
        char key[64];
        const char *k;
        size_t n;
        if (pj_key(j, &k, &n) || n >= sizeof key) return -1;
        pj_order(j, &order, k, n);
        memcpy(key, k, n);
        key[n] = '\0';
        if (j->p < j->end && *j->p == '"') {
            char *v;
            int rc;
            if (pj_str(j, &v, NULL, NULL)) return -1;
            rc = event_set_str(ev, key, v);
            mem_free(v);
            if (rc) return -1;
        } else {
            const char *at = j->p;
            char canon[32];
            double v;
            if (pj_num(j, &v) || event_set_num(ev, key, v)) return -1;
            if (j->canon) {
                canon_format_number(v, canon);
                if (strlen(canon) != (size_t)(j->p - at) || memcmp(canon, at, strlen(canon)) != 0)
                    j->canon = 0;
            }
        }
    } while (pj_eat(j, ','));
    return pj_eat(j, '}') ? 0 : -1;
}

static int pj_source(pj_t *j, event_t *ev)
{
    event_source_t *s = &ev->source;
    pj_keys_t order = {0};

    if (!pj_eat(j, '{')) return -1;
    if (pj_eat(j, '}')) return 0;
    do {
        const char *k;
        size_t n;
        char **slot = NULL;
        if (pj_key(j, &k, &n)) return -1;
        pj_order(j, &order, k, n);
        if (pj_is(k, n, "offset") || pj_is(k, n, "length")) {
            long long *v = pj_is(k, n, "offset") ? &s->offset : &s->length;
            if (pj_int(j, v)) return -1;
            if (*v < 0) j->canon = 0; /* event_canon() writes them only from 0 up */
            continue;
        }
        slot = pj_is(k, n, "doc")        ? &s->doc
               : pj_is(k, n, "name")     ? &s->name
               : pj_is(k, n, "title")    ? &s->title
               : pj_is(k, n, "sentence") ? &s->sentence
                                         : NULL;
        if (!slot || *slot || pj_str(j, slot, NULL, NULL)) return -1;
    } while (pj_eat(j, ','));
    return pj_eat(j, '}') ? 0 : -1;
}

/* The keys event_canon() writes in every full body. */
enum {
    PJ_COMPANIES = 1,
    PJ_DATA = 2,
    PJ_OCCURRED_ON = 4,
    PJ_SCHEMA = 8,
    PJ_SOURCE = 16,
    PJ_TYPE = 32,
    PJ_ALWAYS = 63
};

/* The fast reader; *canonical (when not NULL) says whether body is exactly
 * event_canon(ev, EVENT_CANON_FULL). */
static int stored_read(const char *body, size_t len, event_t *ev, int *canonical)
{
    pj_t j = {body, body + len, canonical != NULL};
    pj_keys_t order = {0};
    const char *k, *v;
    size_t n, vn;
    long long num = 0;
    int seen = 0;

    if (canonical) *canonical = 0;
    event_init(ev);
    if (!pj_eat(&j, '{')) goto fail;
    do {
        int rc = 0;
        if (pj_key(&j, &k, &n)) goto fail;
        pj_order(&j, &order, k, n);
        seen |= pj_is(k, n, "companies")     ? PJ_COMPANIES
                : pj_is(k, n, "data")        ? PJ_DATA
                : pj_is(k, n, "occurred_on") ? PJ_OCCURRED_ON
                : pj_is(k, n, "schema")      ? PJ_SCHEMA
                : pj_is(k, n, "source")      ? PJ_SOURCE
                : pj_is(k, n, "type")        ? PJ_TYPE
                                             : 0;
        if (pj_is(k, n, "companies"))
            rc = pj_companies(&j, ev);
        else if (pj_is(k, n, "data"))
            rc = pj_data(&j, ev);
        else if (pj_is(k, n, "source"))
            rc = pj_source(&j, ev);
        else if (pj_is(k, n, "id"))
            rc = ev->id ? -1 : pj_str(&j, &ev->id, NULL, NULL);
        else if (pj_is(k, n, "recorded_at"))
            rc = ev->recorded_at ? -1 : pj_str(&j, &ev->recorded_at, NULL, NULL);
        else if (pj_is(k, n, "prev_hash") || pj_is(k, n, "hash")) {
            char **slot = pj_is(k, n, "hash") ? &ev->hash : &ev->prev_hash;
            rc = *slot ? -1 : pj_str(&j, slot, NULL, NULL);
            j.canon = 0; /* a full body has no hashes */
        } else if (pj_is(k, n, "seq")) {
            rc = pj_int(&j, &ev->seq);
            if (ev->seq <= 0) j.canon = 0; /* written only from 1 up */
        } else if (pj_is(k, n, "schema")) {
            rc = pj_int(&j, &num);
            ev->schema = (int)num;
            if (ev->schema != num) j.canon = 0;
        } else if (pj_is(k, n, "type")) {
            char name[32];
            if ((rc = pj_str(&j, NULL, &v, &vn)) == 0) {
                if (vn >= sizeof name) goto fail;
                memcpy(name, v, vn);
                name[vn] = '\0';
                if ((ev->type = event_type_from_name(name)) == EVENT_NONE) goto fail;
            }
        } else if (pj_is(k, n, "occurred_on")) {
            if (j.end - j.p >= 4 && memcmp(j.p, "null", 4) == 0) {
                j.p += 4;
            } else if ((rc = pj_str(&j, NULL, &v, &vn)) == 0) {
                if (vn != 10) goto fail;
                memcpy(ev->occurred_on, v, 10);
                ev->occurred_on[10] = '\0';
            }
        } else {
            goto fail;
        }
        if (rc) goto fail;
    } while (pj_eat(&j, ','));
    if (!pj_eat(&j, '}') || j.p != j.end || ev->type == EVENT_NONE) goto fail;
    if (canonical) *canonical = j.canon && seen == PJ_ALWAYS;
    return 0;
fail:
    event_release(ev);
    return -1;
}

int stored_decode_fast(const char *body, size_t len, event_t *ev)
{
    return stored_read(body, len, ev, NULL);
}

/* The fast reader, else the codec; canonical may be NULL. */
static int stored_decode_any(const char *body, size_t n, event_t *ev, int *canonical, err_t *e)
{
    int rc;

    if (!body) body = "";
    if (stored_read(body, n, ev, canonical) == 0) return 0;
    if ((rc = codec_event_parse(body, n, CODEC_STORED, ev, NULL, e))) event_release(ev);
    return rc;
}

int stored_decode_canon(const char *body, size_t n, event_t *ev, int *canonical, err_t *e)
{
    *canonical = 0;
    return stored_decode_any(body, n, ev, canonical, e);
}

int stored_decode(const char *body, size_t n, event_t *ev, err_t *e)
{
    return stored_decode_any(body, n, ev, NULL, e);
}
