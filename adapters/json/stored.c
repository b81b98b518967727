#include "stored.h"

#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

/* The fast reader: a cursor over the body. A view decode (verify) puts the
 * strings and arrays into the caller's scratch instead of allocating each:
 * malloc and free were a fifth of verify's main thread. */
typedef struct pj_s {
    const char *p, *end;
    int canon;           /* so far, the text is what event_canon() writes for what was read */
    char *tw;            /* view: the next free byte of the scratch's text; NULL: allocate */
    event_company_t *cv; /* view: the scratch's companies, ccap of them */
    size_t ccap;
    event_field_t *fv; /* view: the scratch's data fields, fcap of them */
    size_t fcap;
} pj_t;

/* Room for a string of up to n bytes and its NUL: the scratch's text in a
 * view (sized for every string of the body), else an allocation. */
static char *pj_room(pj_t *j, size_t n)
{
    return j->tw ? j->tw : mem_alloc(n + 1);
}

/* Ends the string d (from pj_room) at w with a NUL. */
static void pj_end(pj_t *j, char *w)
{
    *w = '\0';
    if (j->tw) j->tw = w + 1;
}

/* Drops a string of pj_room(): the scratch's is reused anyway. */
static void pj_drop(const pj_t *j, char *d)
{
    if (!j->tw) mem_free(d);
}

/* Key order within one object: event_canon() writes the keys of every object
 * in byte order (data fields sorted with strcmp, the rest fixed and
 * alphabetical), each once. */
typedef struct pj_keys_s {
    const char *prev;
    size_t n;
} pj_keys_t;

static void pj_order(pj_t *j, pj_keys_t *o, const char *k, size_t n)
{
    if (!j->canon) return; /* not asked, or already known not to be canonical */
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

/* Returns the first '"' or '\\' from s on, before end, or NULL. With SSE2
 * (every x86-64) sixteen bytes are compared at a time and the first match is
 * read off the mask; elsewhere eight bytes at a time, then byte by byte. The
 * strings of a body are short (keys, ids, names), so the byte-by-byte search
 * after the eight-byte test weighed: a body of the bench log decoded in
 * 375-395 ns instead of 445-480 (CPU, 300,000 bodies in memory). */
#if defined(__SSE2__)
static const char *pj_quote_or_escape(const char *s, const char *end)
{
    const __m128i q = _mm_set1_epi8('"'), b = _mm_set1_epi8('\\');

    while (end - s >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
        unsigned m =
            (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, q), _mm_cmpeq_epi8(v, b)));
        if (m) return s + __builtin_ctz(m);
        s += 16;
    }
    for (; s < end; s++)
        if (*s == '"' || *s == '\\') return s;
    return NULL;
}
#else
static const char *pj_quote_or_escape(const char *s, const char *end)
{
    const unsigned long long ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;

    while (end - s >= 8) {
        unsigned long long v, q, b;
        memcpy(&v, s, 8);
        q = v ^ (ones * '"');
        b = v ^ (ones * '\\');
        if (((q - ones) & ~q & highs) | ((b - ones) & ~b & highs)) break;
        s += 8;
    }
    for (; s < end; s++)
        if (*s == '"' || *s == '\\') return s;
    return NULL;
}
#endif

/* Reads a string; *out is owned (NULL when out is NULL: the string is skipped).
 * Returns 0, or -1 on anything this reader leaves to the codec. */
static int pj_str(pj_t *j, char **out, const char **raw, size_t *rawlen)
{
    const char *s, *q;
    char *d, *w;

    if (out) *out = NULL;
    if (!pj_eat(j, '"')) return -1;
    s = j->p;
    if (!(q = pj_quote_or_escape(s, j->end))) return -1;
    if (*q == '"') {
        if (j->canon && !pj_plain(s, (size_t)(q - s))) j->canon = 0;
        j->p = q + 1;
        if (raw) *raw = s, *rawlen = (size_t)(q - s);
        if (out) {
            if (!(d = pj_room(j, (size_t)(q - s)))) return -1;
            memcpy(d, s, (size_t)(q - s));
            pj_end(j, d + (q - s));
            *out = d;
        }
        return 0;
    }
    /* simple escapes only; the closing quote is the first one not escaped */
    if (raw || !(d = pj_room(j, (size_t)(j->end - s)))) return -1;
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
                pj_drop(j, d);
                return -1; /* \u: left to the codec */
            }
        } else if ((unsigned char)c < 0x20) {
            j->canon = 0;
        }
        *w++ = c;
    }
    if (!pj_eat(j, '"')) {
        pj_drop(j, d);
        return -1;
    }
    pj_end(j, w);
    if (out)
        *out = d;
    else
        pj_drop(j, d);
    return 0;
}

static int pj_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

static int pj_numchar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

/* Reads n bytes of s as -?[0-9]+(.[0-9]+)? with at most 15 digits into *v,
 * exactly as strtod() would: the digits make an integer below 2^53 and a
 * power of ten up to 1e22 is exact, so one division rounds once, correctly.
 * Returns 0, or -1 for any other form (strtod() reads it). */
static int pj_num_short(const char *s, size_t n, double *v)
{
    static const double pow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    unsigned long long m = 0;
    size_t i = 0, digits = 0, frac = 0;
    int neg = 0, dot = 0;

    if (i < n && s[i] == '-') neg = 1, i++;
    if (i >= n || s[i] < '0' || s[i] > '9') return -1;
    for (; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9') {
            m = m * 10 + (unsigned)(s[i] - '0');
            digits++;
            frac += dot;
        } else if (s[i] == '.' && !dot && i + 1 < n) {
            dot = 1;
        } else {
            return -1;
        }
    }
    if (digits > 15) return -1;
    *v = (double)m / pow10[frac];
    if (neg) *v = -*v;
    return 0;
}

/* Reads a JSON number. */
static int pj_num(pj_t *j, double *v)
{
    char tmp[64], *end;
    size_t n = 0;

    while (j->p + n < j->end && n < sizeof tmp - 1 && pj_numchar(j->p[n])) n++;
    if (!n || n == sizeof tmp - 1) return -1;
    if (pj_num_short(j->p, n, v) == 0) {
        j->p += n;
        return 0;
    }
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

    { /* the usual form first: 1 to 15 plain digits, no sign, no leading zero */
        const char *p = j->p;
        long long x = 0;
        while (p < j->end && p - at < 16 && *p >= '0' && *p <= '9') x = x * 10 + (*p++ - '0');
        n = (size_t)(p - at);
        if (n >= 1 && n <= 15 && (*at != '0' || n == 1) && (p == j->end || !pj_numchar(*p))) {
            *v = x;
            j->p = p;
            return 0;
        }
    }
    /* out of range first: casting such a double to long long is undefined */
    if (pj_num(j, &d) || !(d >= -9.2e18 && d <= 9.2e18) || d != (double)(long long)d) return -1;
    *v = (long long)d;
    /* canon_put_int() writes 0 or -?[1-9][0-9]*: up to 15 digits the double is exact */
    n = (size_t)(j->p - at);
    if ((neg = *at == '-')) at++, n--;
    if (n == 0 || n > 15 || !pj_digits(at, n) || (*at == '0' && (n > 1 || neg))) j->canon = 0;
    return 0;
}

/* Reads a key and its colon; *k borrows from the text. A key of up to 15
 * bytes without escapes (every key event_canon() writes but long data keys)
 * is read inline from one sixteen-byte compare; the rest by pj_str(). */
static int pj_key(pj_t *j, const char **k, size_t *n)
{
#if defined(__SSE2__)
    if (j->end - j->p >= 18 && *j->p == '"') {
        const char *s = j->p + 1;
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
        unsigned q = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('"'))),
                 b = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
        if (q && (b == 0 || __builtin_ctz(b) > __builtin_ctz(q))) {
            size_t len = (size_t)__builtin_ctz(q);
            if (s[len + 1] == ':') {
                if (j->canon && !pj_plain(s, len)) j->canon = 0;
                *k = s;
                *n = len;
                j->p = s + len + 2;
                return 0;
            }
        }
    }
#endif
    return pj_str(j, NULL, k, n) || !pj_eat(j, ':') ? -1 : 0;
}

/* Whether the n bytes of k are the string literal lit (a compare of constant
 * size, which the compiler inlines). */
#define pj_is(k, n, lit) ((n) == sizeof(lit) - 1 && memcmp((k), (lit), sizeof(lit) - 1) == 0)

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
        arr = NULL;
        if (!bad && c.id)
            arr = !j->tw ? mem_realloc(ev->companies, (ev->ncompanies + 1) * sizeof *arr)
                  : ev->ncompanies < j->ccap ? j->cv
                                             : NULL; /* more than the scratch holds */
        if (!arr) {
            pj_drop(j, c.id);
            pj_drop(j, c.name);
            pj_drop(j, c.role);
            pj_drop(j, c.ticker);
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
        event_field_t *f = NULL;
        if (pj_key(j, &k, &n) || n >= sizeof key) return -1;
        pj_order(j, &order, k, n);
        memcpy(key, k, n);
        key[n] = '\0';
        if (j->tw) { /* view: fields in strictly rising key order, straight into the scratch */
            if (ev->ndata >= j->fcap || (ev->ndata && strcmp(j->fv[ev->ndata - 1].key, key) >= 0))
                return -1;
            f = &j->fv[ev->ndata];
            memset(f, 0, sizeof *f);
            f->key = j->tw;
            memcpy(j->tw, key, n + 1);
            j->tw += n + 1;
            ev->data = j->fv;
            ev->ndata++;
        }
        if (j->p < j->end && *j->p == '"') {
            char *v;
            int rc = 0;
            if (pj_str(j, &v, NULL, NULL)) return -1;
            if (f) {
                f->kind = EVENT_FIELD_STR;
                f->str = v;
            } else {
                rc = event_set_str(ev, key, v);
                mem_free(v);
            }
            if (rc) return -1;
        } else {
            const char *at = j->p;
            char canon[32];
            double v;
            if (pj_num(j, &v)) return -1;
            if (f) {
                f->kind = EVENT_FIELD_NUM;
                f->num = v;
            } else if (event_set_num(ev, key, v)) {
                return -1;
            }
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

/* Carves scratch (may be NULL: allocate) into the arrays and the text of a
 * view decode of a body of len bytes. Returns 0 or -1 when out of memory. */
static int pj_view(pj_t *j, buf_t *scratch, size_t len)
{
    /* every string is copied at most once, shorter than it is in the body
     * (its quotes); a body with more companies or fields than this is left
     * to the allocating reader */
    size_t ccap = len / 8 + 4 < 256 ? len / 8 + 4 : 256, fcap = ccap, text = len + 2;
    size_t need = ccap * sizeof(event_company_t) + fcap * sizeof(event_field_t) + text;

    if (!scratch) return 0;
    buf_reset(scratch);
    if (buf_reserve(scratch, need)) return -1;
    j->cv = (event_company_t *)(void *)scratch->data;
    j->ccap = ccap;
    j->fv = (event_field_t *)(void *)(scratch->data + ccap * sizeof(event_company_t));
    j->fcap = fcap;
    j->tw = scratch->data + ccap * sizeof(event_company_t) + fcap * sizeof(event_field_t);
    return 0;
}

/* The fast reader; *canonical (when not NULL) says whether body is exactly
 * event_canon(ev, EVENT_CANON_FULL). With scratch, a view decode (see
 * stored_decode_view()). */
static int stored_read(const char *body, size_t len, event_t *ev, int *canonical, buf_t *scratch)
{
    pj_t j = {body, body + len, canonical != NULL, NULL, NULL, 0, NULL, 0};
    pj_keys_t order = {0};
    const char *k, *v;
    size_t n, vn;
    long long num = 0;
    int seen = 0;

    if (canonical) *canonical = 0;
    event_init(ev);
    if (pj_view(&j, scratch, len)) return ERR_NOMEM;
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
    if (scratch)
        event_init(ev); /* its storage is the scratch's */
    else
        event_release(ev);
    return -1;
}

int stored_decode_fast(const char *body, size_t len, event_t *ev)
{
    return stored_read(body, len, ev, NULL, NULL);
}

/* The fast reader, else the codec; canonical may be NULL. */
static int stored_decode_any(const char *body, size_t n, event_t *ev, int *canonical, err_t *e)
{
    int rc;

    if (!body) body = "";
    if (stored_read(body, n, ev, canonical, NULL) == 0) return 0;
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

int stored_decode_view(const char *body, size_t n, event_t *ev, int *canonical, buf_t *scratch,
                       err_t *e)
{
    int rc;

    if (canonical) *canonical = 0;
    if (!body) body = "";
    if ((rc = stored_read(body, n, ev, canonical, scratch)) == ERR_NOMEM)
        return err_set(e, ERR_NOMEM, "out of memory");
    return rc ? 1 : 0;
}
