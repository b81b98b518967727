#include "stored.h"

#include <stdlib.h>
#include <string.h>

#include "../../core/mem.h"
#include "codec.h"

/* Rebuilding reads the whole log, and decoding each body with jansson (through
 * the codec) costs more than everything else together. The bodies are the
 * canonical JSON that event_canon() wrote, so a reader of that one shape is
 * enough; on anything else (escapes beyond the simple ones, unknown keys)
 * it gives up and the codec decodes that body. The folds still get a full
 * event_t, so the projections do not know which reader ran. */

/* The fast reader: a cursor over the body. */
typedef struct pj_s {
    const char *p, *end;
} pj_t;

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
    double d;
    /* out of range first: casting such a double to long long is undefined */
    if (pj_num(j, &d) || !(d >= -9.2e18 && d <= 9.2e18) || d != (double)(long long)d) return -1;
    *v = (long long)d;
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
    if (!pj_eat(j, '{')) return -1;
    if (pj_eat(j, '}')) return 0;
    do {
        char key[64];
        const char *k;
        size_t n;
        if (pj_key(j, &k, &n) || n >= sizeof key) return -1;
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
            double v;
            if (pj_num(j, &v) || event_set_num(ev, key, v)) return -1;
        }
    } while (pj_eat(j, ','));
    return pj_eat(j, '}') ? 0 : -1;
}

static int pj_source(pj_t *j, event_t *ev)
{
    event_source_t *s = &ev->source;

    if (!pj_eat(j, '{')) return -1;
    if (pj_eat(j, '}')) return 0;
    do {
        const char *k;
        size_t n;
        char **slot = NULL;
        if (pj_key(j, &k, &n)) return -1;
        if (pj_is(k, n, "offset")) {
            if (pj_int(j, &s->offset)) return -1;
            continue;
        }
        if (pj_is(k, n, "length")) {
            if (pj_int(j, &s->length)) return -1;
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

int stored_decode_fast(const char *body, size_t len, event_t *ev)
{
    pj_t j = {body, body + len};
    const char *k, *v;
    size_t n, vn;
    long long num = 0;

    event_init(ev);
    if (!pj_eat(&j, '{')) goto fail;
    do {
        int rc = 0;
        if (pj_key(&j, &k, &n)) goto fail;
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
        else if (pj_is(k, n, "prev_hash"))
            rc = ev->prev_hash ? -1 : pj_str(&j, &ev->prev_hash, NULL, NULL);
        else if (pj_is(k, n, "hash"))
            rc = ev->hash ? -1 : pj_str(&j, &ev->hash, NULL, NULL);
        else if (pj_is(k, n, "seq"))
            rc = pj_int(&j, &ev->seq);
        else if (pj_is(k, n, "schema")) {
            rc = pj_int(&j, &num);
            ev->schema = (int)num;
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
    return 0;
fail:
    event_release(ev);
    return -1;
}

int stored_decode(const char *body, size_t n, event_t *ev, err_t *e)
{
    int rc;

    if (!body) body = "";
    if (stored_decode_fast(body, n, ev) == 0) return 0;
    if ((rc = codec_event_parse(body, n, CODEC_STORED, ev, NULL, e))) event_release(ev);
    return rc;
}
