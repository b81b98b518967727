/* model: the detector's weights table, its text file format and its scores. */
#include "model.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event.h"
#include "mem.h"

#define MODEL_MAGIC "seismo-model"

/* model_probs_raw's scratch, kept between calls: zeroing 2^bits bits (32 KB for 18 bits)
 * for every article cost more than scoring it, and evicted the extractor's data from the
 * first-level cache. NULL while lent. */
struct model_spare_s {
    _Atomic(uint64_t *) v;
};

/* The types of DESIGN.md section 3 (v2) a model may learn before the extractor has rules
 * for them; the detector emits only types event.h knows. */
static const char *const model_v2_types[] = {
    "earnings",      "dividend",         "buyback",   "stock_split", "guidance",
    "rating_change", "executive_change", "legal",     "financing",   "facility",
    "workforce",     "contract",         "bankruptcy"};

int model_type_known(const char *name)
{
    if (event_type_from_name(name) != EVENT_NONE) return 1;
    for (size_t i = 0; i < sizeof model_v2_types / sizeof *model_v2_types; i++)
        if (strcmp(name, model_v2_types[i]) == 0) return 1;
    return 0;
}

void model_free(model_t *m)
{
    if (!m) return;
    mem_free(m->rows);
    mem_free(m->w);
    mem_free(m->has);
    mem_free(m->rank);
    if (m->spare) {
        mem_free(atomic_load(&m->spare->v));
        mem_free(m->spare);
    }
    mem_free(m);
}

int model_label_find(const model_t *m, const char *name)
{
    for (size_t k = 0; k < m->nlabels; k++)
        if (strcmp(m->labels[k].name, name) == 0) return (int)k;
    return -1;
}

/* The set bits of x (inline: without a popcount instruction in the build, the builtin is a
 * call). */
static inline unsigned model_popcount(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (unsigned)((x * 0x0101010101010101ULL) >> 56);
}

/* Indexes m's rows by bucket (has, rank); returns 0 or ERR_NOMEM. */
static int model_index(model_t *m)
{
    size_t nw = ((size_t)1 << m->hash.bits) / 64;
    if (!(m->has = mem_calloc(nw, sizeof *m->has)) ||
        !(m->rank = mem_alloc(nw * sizeof *m->rank)) ||
        !(m->spare = mem_calloc(1, sizeof *m->spare)))
        return ERR_NOMEM;
    for (size_t r = 0; r < m->nrows; r++)
        m->has[m->rows[r] >> 6] |= (uint64_t)1 << (m->rows[r] & 63);
    uint32_t c = 0;
    for (size_t i = 0; i < nw; i++) {
        m->rank[i] = c;
        c += model_popcount(m->has[i]);
    }
    return 0;
}

/* Returns the row of bucket b, or -1. */
static inline long model_row(const model_t *m, uint32_t b)
{
    uint64_t w = m->has[b >> 6], bit = (uint64_t)1 << (b & 63);
    if (!(w & bit)) return -1;
    return (long)m->rank[b >> 6] + (long)model_popcount(w & (bit - 1));
}

void model_probs(const model_t *m, const feat_t *f, double *p)
{
    double s[MODEL_MAX_LABELS];
    double v = f->n ? 1.0 / sqrt((double)f->n) : 0.0;
    for (size_t k = 0; k < m->nlabels; k++) s[k] = m->labels[k].bias;
    for (size_t i = 0; i < f->n; i++) {
        long r = model_row(m, f->idx[i]);
        if (r < 0) continue;
        const float *w = m->w + (size_t)r * m->nlabels;
        for (size_t k = 0; k < m->nlabels; k++) s[k] += v * w[k];
    }
    for (size_t k = 0; k < m->nlabels; k++) p[k] = 1.0 / (1.0 + exp(-s[k]));
}

int model_probs_raw(const model_t *m, const feat_t *f, double *p)
{
    if (f->oom) return ERR_NOMEM;
    /* seen: a bit per bucket, set as the buckets are met, the distinct ones counted; hit: a
     * bit per row of a bucket met (a repeat sets it again). Rows ascend with their buckets,
     * so reading hit in order adds the weights in model_probs' order (feat_finish's,
     * ascending buckets), and the sums are the same. Whether a bucket was met or has a row is
     * a coin toss: neither is a branch. */
    size_t nw = ((size_t)1 << m->hash.bits) / 64, nh = m->nrows / 64 + 1, n = 0;
    /* the model's spare bitmaps (all zero), else (lent to another thread) bitmaps of its own */
    uint64_t *seen = m->spare ? atomic_exchange(&m->spare->v, NULL) : NULL;
    if (!seen && !(seen = mem_calloc(nw + nh, sizeof *seen))) return ERR_NOMEM;
    uint64_t *hit = seen + nw;
    for (size_t i = 0; i < f->n; i++) {
        uint32_t b = f->idx[i];
        uint64_t bit = (uint64_t)1 << (b & 63), old = seen[b >> 6];
        seen[b >> 6] = old | bit;
        n += !(old & bit);
        /* the row model_row would find, or (no row) a harmless bit: 0 in the mask */
        uint64_t w = m->has[b >> 6], has = (uint64_t)0 - ((w >> (b & 63)) & 1);
        size_t r = (size_t)m->rank[b >> 6] + (size_t)model_popcount(w & (bit - 1));
        hit[r >> 6] |= ((uint64_t)1 << (r & 63)) & has;
    }
    double s[MODEL_MAX_LABELS];
    double v = n ? 1.0 / sqrt((double)n) : 0.0;
    for (size_t k = 0; k < m->nlabels; k++) s[k] = m->labels[k].bias;
    for (size_t q = 0; q < nh; q++)
        for (uint64_t x = hit[q]; x; x &= x - 1) {
            size_t r = q * 64 + (size_t)__builtin_ctzll(x);
            const float *w = m->w + r * m->nlabels;
            for (size_t k = 0; k < m->nlabels; k++) s[k] += v * w[k];
        }
    /* all zero again (only the words set), and back to the model unless it has others */
    for (size_t i = 0; i < f->n; i++) seen[f->idx[i] >> 6] = 0;
    memset(hit, 0, nh * sizeof *hit);
    uint64_t *none = NULL;
    if (!m->spare || !atomic_compare_exchange_strong(&m->spare->v, &none, seen)) mem_free(seen);
    for (size_t k = 0; k < m->nlabels; k++) p[k] = 1.0 / (1.0 + exp(-s[k]));
    return 0;
}

double model_score(const model_t *m, const feat_t *f, size_t k)
{
    double s = m->labels[k].bias, v = f->n ? 1.0 / sqrt((double)f->n) : 0.0;
    for (size_t i = 0; i < f->n; i++) {
        long r = model_row(m, f->idx[i]);
        if (r >= 0) s += v * m->w[(size_t)r * m->nlabels + k];
    }
    return s;
}

double model_prob(const model_t *m, const feat_t *f, size_t k)
{
    return 1.0 / (1.0 + exp(-model_score(m, f, k)));
}

static int model_name_ok(const char *s)
{
    size_t n = strlen(s);
    if (!n || n >= MODEL_NAME_MAX) return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_')) return 0;
    return 1;
}

int model_from_dense(const feat_hash_t *hash, const model_label_t *labels, size_t nlabels,
                     const double *const *w, model_t **out, err_t *e)
{
    size_t nb, n = 0;
    model_t *m;
    *out = NULL;
    if (nlabels == 0 || nlabels > MODEL_MAX_LABELS)
        return err_set(e, ERR_USAGE, "a model has 1 to %d labels, not %zu", MODEL_MAX_LABELS,
                       nlabels);
    if (hash->bits < FEAT_MIN_BITS || hash->bits > FEAT_MAX_BITS)
        return err_set(e, ERR_USAGE, "feature hash bits must be %d to %d", FEAT_MIN_BITS,
                       FEAT_MAX_BITS);
    for (size_t k = 0; k < nlabels; k++)
        if (!model_name_ok(labels[k].name))
            return err_set(e, ERR_USAGE, "bad label name '%s'", labels[k].name);
    nb = (size_t)1 << hash->bits;
    for (size_t b = 0; b < nb; b++)
        for (size_t k = 0; k < nlabels; k++)
            if ((float)w[k][b] != 0.0f) {
                n++;
                break;
            }
    if (!(m = mem_calloc(1, sizeof *m))) return err_set(e, ERR_NOMEM, "out of memory");
    m->hash = *hash;
    m->rule_hits = 1; /* (as a format 1 model; the trainer says otherwise) */
    memcpy(m->labels, labels, nlabels * sizeof *labels);
    m->nlabels = nlabels;
    if (n && (!(m->rows = mem_alloc(n * sizeof *m->rows)) ||
              !(m->w = mem_alloc(n * nlabels * sizeof *m->w)))) {
        model_free(m);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    for (size_t b = 0; b < nb; b++) {
        int any = 0;
        for (size_t k = 0; k < nlabels; k++) any |= (float)w[k][b] != 0.0f;
        if (!any) continue;
        m->rows[m->nrows] = (uint32_t)b;
        for (size_t k = 0; k < nlabels; k++) m->w[m->nrows * nlabels + k] = (float)w[k][b];
        m->nrows++;
    }
    if (model_index(m)) {
        model_free(m);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    *out = m;
    return 0;
}

int model_write(const model_t *m, model_sha256_fn sha, buf_t *out)
{
    size_t start = out->len;
    char hex[65];
    buf_printf(out, "%s\t%d\nhash\tfnv1a\t%u\t%u\t%s\n", MODEL_MAGIC, MODEL_FORMAT, m->hash.bits,
               (unsigned)m->hash.seed, m->rule_hits ? "rules" : "words");
    for (size_t k = 0; k < m->nlabels; k++) {
        const model_label_t *l = &m->labels[k];
        buf_printf(out, "label\t%s\t%.9g\t%.4g\t%.4g\t%.4g\n", l->name, l->bias, l->keep_article,
                   l->keep_sentence, l->emit);
    }
    buf_printf(out, "rows\t%zu\n", m->nrows);
    for (size_t r = 0; r < m->nrows; r++) {
        buf_printf(out, "%u", (unsigned)m->rows[r]);
        for (size_t k = 0; k < m->nlabels; k++) {
            float w = m->w[r * m->nlabels + k];
            if (w == 0.0f)
                buf_puts(out, "\t0");
            else
                buf_printf(out, "\t%.6g", (double)w);
        }
        buf_putc(out, '\n');
    }
    if (out->oom) return ERR_NOMEM;
    sha(out->data + start, out->len - start, hex);
    buf_printf(out, "sha256\t%s\n", hex);
    return out->oom ? ERR_NOMEM : 0;
}

/* ---------------------------------------------------------------- parsing */

typedef struct model_rd_s {
    const char *p, *end;
    size_t line;
    char buf[1024];
} model_rd_t;

/* Copies the next line into rd->buf; returns 1, 0 at the end, -1 when too long. */
static int model_next(model_rd_t *rd)
{
    if (rd->p >= rd->end) return 0;
    const char *nl = memchr(rd->p, '\n', (size_t)(rd->end - rd->p));
    size_t n = nl ? (size_t)(nl - rd->p) : (size_t)(rd->end - rd->p);
    rd->line++;
    if (n >= sizeof rd->buf || !nl) return -1; /* every line ends in a newline */
    memcpy(rd->buf, rd->p, n);
    rd->buf[n] = 0;
    rd->p = nl + 1;
    return 1;
}

static int model_num(const char *s, double *v)
{
    char *end;
    if (!*s) return -1;
    errno = 0;
    *v = strtod(s, &end);
    return *end || errno || !isfinite(*v) ? -1 : 0;
}

static int model_uint(const char *s, unsigned long max, unsigned long *v)
{
    char *end;
    if (*s < '0' || *s > '9') return -1;
    errno = 0;
    *v = strtoul(s, &end, 10);
    return *end || errno || *v > max ? -1 : 0;
}

/* Splits rd->buf at tabs into f (at most max); returns the count. */
static size_t model_split(char *s, char **f, size_t max)
{
    size_t n = 0;
    while (n < max) {
        f[n++] = s;
        char *t = strchr(s, '\t');
        if (!t) break;
        *t = 0;
        s = t + 1;
    }
    return n;
}

/* Sets e to "model file is corrupt: line N: <printf message>"; returns ERR_CORRUPT. */
static int model_bad(err_t *e, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int model_bad(err_t *e, size_t line, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return err_set(e, ERR_CORRUPT, "model file is corrupt: line %zu: %s", line, msg);
}

#define MODEL_BAD(...)                           \
    do {                                         \
        rc = model_bad(e, rd.line, __VA_ARGS__); \
        goto out;                                \
    } while (0)

int model_parse(const char *data, size_t len, model_sha256_fn sha, model_t **out, err_t *e)
{
    model_rd_t rd = {data, data + len, 0, {0}};
    model_t *m = NULL;
    char *f[MODEL_MAX_LABELS + 2];
    unsigned long fmt, bits, seed, nrows;
    int rc = 0, r;
    size_t n, mlen = strlen(MODEL_MAGIC);
    *out = NULL;
    if (len < mlen + 1 || memcmp(data, MODEL_MAGIC "\t", mlen + 1) != 0)
        return err_set(e, ERR_CORRUPT, "not a seismo model file (no '%s' header)", MODEL_MAGIC);
    if (model_next(&rd) != 1 || model_split(rd.buf, f, 3) != 2 || model_uint(f[1], 1000000, &fmt) ||
        fmt == 0)
        return err_set(e, ERR_CORRUPT, "model file is corrupt: line 1: bad format version");
    if (fmt > MODEL_FORMAT)
        return err_set(e, ERR_NEWER,
                       "model file format %lu is newer than this seismo reads (%d): "
                       "upgrade seismo or train the model again",
                       fmt, MODEL_FORMAT);
    { /* the checksum line is the last one; it covers every byte before it */
        const char *last = data + len;
        char hex[65];
        if (len < 2 || data[len - 1] != '\n')
            return err_set(e, ERR_CORRUPT, "model file is corrupt: cut short (no checksum line)");
        last--;
        while (last > data && last[-1] != '\n') last--;
        if ((size_t)(data + len - last) != 7 + 64 + 1 || memcmp(last, "sha256\t", 7) != 0)
            return err_set(e, ERR_CORRUPT, "model file is corrupt: cut short (no checksum line)");
        sha(data, (size_t)(last - data), hex);
        if (memcmp(hex, last + 7, 64) != 0)
            return err_set(e, ERR_CORRUPT,
                           "model file is corrupt: checksum mismatch (changed or damaged)");
        rd.end = last;
    }
    if (!(m = mem_calloc(1, sizeof *m))) return err_set(e, ERR_NOMEM, "out of memory");
    /* (format 2 says whether the rules' hits are features: "rules" or "words"; a format 1
     * model always had them) */
    size_t hf = fmt >= 2 ? 5 : 4;
    if (model_next(&rd) != 1 || model_split(rd.buf, f, 6) != hf || strcmp(f[0], "hash") != 0 ||
        strcmp(f[1], "fnv1a") != 0 || model_uint(f[2], FEAT_MAX_BITS, &bits) ||
        bits < FEAT_MIN_BITS || model_uint(f[3], 0xffffffffUL, &seed) ||
        (hf == 5 && strcmp(f[4], "rules") != 0 && strcmp(f[4], "words") != 0))
        MODEL_BAD("expected '%s'",
                  fmt >= 2 ? "hash fnv1a BITS SEED rules|words" : "hash fnv1a BITS SEED");
    m->hash.bits = (unsigned)bits;
    m->hash.seed = (uint32_t)seed;
    m->rule_hits = hf == 4 || strcmp(f[4], "rules") == 0;
    for (;;) {
        if ((r = model_next(&rd)) != 1) MODEL_BAD("expected 'label' or 'rows'");
        n = model_split(rd.buf, f, 7);
        if (strcmp(f[0], "rows") == 0) break;
        if (strcmp(f[0], "label") != 0 || n != 6) MODEL_BAD("expected 'label' with 5 fields");
        if (m->nlabels == MODEL_MAX_LABELS) MODEL_BAD("more than %d labels", MODEL_MAX_LABELS);
        model_label_t *l = &m->labels[m->nlabels];
        if (!model_name_ok(f[1]) || model_label_find(m, f[1]) >= 0)
            MODEL_BAD("bad or repeated label name '%s'", f[1]);
        strcpy(l->name, f[1]);
        if (model_num(f[2], &l->bias) || model_num(f[3], &l->keep_article) ||
            model_num(f[4], &l->keep_sentence) || model_num(f[5], &l->emit))
            MODEL_BAD("label '%s': bad number", f[1]);
        m->nlabels++;
    }
    if (m->nlabels == 0) MODEL_BAD("no label before 'rows'");
    if (n != 2 || model_uint(f[1], (unsigned long)1 << bits, &nrows)) MODEL_BAD("bad row count");
    if (nrows && (!(m->rows = mem_alloc(nrows * sizeof *m->rows)) ||
                  !(m->w = mem_alloc(nrows * m->nlabels * sizeof *m->w)))) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < nrows; i++) {
        unsigned long b;
        if (model_next(&rd) != 1) MODEL_BAD("cut short: %lu rows announced, %zu read", nrows, i);
        if (model_split(rd.buf, f, m->nlabels + 2) != m->nlabels + 1 ||
            model_uint(f[0], ((unsigned long)1 << bits) - 1, &b))
            MODEL_BAD("expected a bucket and %zu weights", m->nlabels);
        if (i && b <= m->rows[i - 1]) MODEL_BAD("buckets out of order");
        m->rows[i] = (uint32_t)b;
        for (size_t k = 0; k < m->nlabels; k++) {
            double v;
            if (model_num(f[k + 1], &v)) MODEL_BAD("bad weight '%s'", f[k + 1]);
            m->w[i * m->nlabels + k] = (float)v;
        }
        m->nrows++;
    }
    if (model_next(&rd) != 0) MODEL_BAD("unexpected line after the rows");
    if (model_index(m)) rc = err_set(e, ERR_NOMEM, "out of memory");
out:
    if (rc) {
        model_free(m);
        return rc;
    }
    *out = m;
    return 0;
}
