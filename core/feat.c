/* feat: hashed word, zone and rule-hit features of an article or a sentence. */
#include "feat.h"

#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "mem.h"

#define FEAT_TOK_MAX  32
#define FEAT_LEAD_MAX 600

void feat_init(feat_t *f)
{
    memset(f, 0, sizeof *f);
}

void feat_release(feat_t *f)
{
    if (!f) return;
    mem_free(f->idx);
    mem_free(f->tmp);
    memset(f, 0, sizeof *f);
}

void feat_reset(feat_t *f)
{
    f->n = 0;
    f->oom = 0;
}

static void feat_push(feat_t *f, uint32_t v)
{
    if (f->oom) return;
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 256;
        uint32_t *p = mem_realloc(f->idx, cap * sizeof *p);
        if (!p) {
            f->oom = 1;
            return;
        }
        f->idx = p;
        f->cap = cap;
    }
    f->idx[f->n++] = v;
}

/* FNV-1a: x after the bytes a[0..n). */
static inline uint32_t feat_fnv(uint32_t x, const char *a, size_t n)
{
    for (size_t i = 0; i < n; i++) x = (x ^ (unsigned char)a[i]) * 16777619u;
    return x;
}

/* FNV-1a after the seed and a one-byte kind: a feature's hash is this continued over up to
 * two tokens (separated by a space), masked to the buckets. */
static uint32_t feat_start(const feat_hash_t *h, char kind)
{
    uint32_t x = 2166136261u;
    for (int i = 0; i < 4; i++) x = (x ^ ((h->seed >> (8 * i)) & 0xff)) * 16777619u;
    return (x ^ (unsigned char)kind) * 16777619u;
}

static uint32_t feat_hash(const feat_hash_t *h, char kind, const char *a, size_t na)
{
    return feat_fnv(feat_start(h, kind), a, na) & ((1u << h->bits) - 1u);
}

/* The class of a byte: 0 no word character, 1 a letter in lower case or a byte of a
 * multibyte character, 2 a letter in upper case, 3 a digit (one table look-up per byte). */
#define FEAT_CLS(c)                                \
    ((c) >= 0x80 || ((c) >= 'a' && (c) <= 'z') ? 1 \
     : (c) >= 'A' && (c) <= 'Z'                ? 2 \
     : (c) >= '0' && (c) <= '9'                ? 3 \
                                               : 0)
#define FEAT_CLS4(c)  FEAT_CLS(c), FEAT_CLS((c) + 1), FEAT_CLS((c) + 2), FEAT_CLS((c) + 3)
#define FEAT_CLS16(c) FEAT_CLS4(c), FEAT_CLS4((c) + 4), FEAT_CLS4((c) + 8), FEAT_CLS4((c) + 12)
#define FEAT_CLS64(c) \
    FEAT_CLS16(c), FEAT_CLS16((c) + 16), FEAT_CLS16((c) + 32), FEAT_CLS16((c) + 48)
static const unsigned char feat_cls[256] = {FEAT_CLS64(0), FEAT_CLS64(64), FEAT_CLS64(128),
                                            FEAT_CLS64(192)};

/* Tokens are runs of word characters, lower-cased, of which the first FEAT_TOK_MAX bytes
 * count, and a token with a digit is "0". Each feature's hash (feat_start's state continued
 * over the token, or over the previous token, a space and the token for a bigram) is taken
 * as the token is read, every hash of a byte at once: they are independent, so the processor
 * overlaps their multiplications. */
void feat_add_span(feat_t *f, const feat_hash_t *h, const char *text, size_t off, size_t end,
                   int zone)
{
    const uint32_t P = 16777619u, mask = (1u << h->bits) - 1u;
    const int title = zone == FEAT_ZONE_TITLE, lead = zone == FEAT_ZONE_LEAD;
    const uint32_t xw = feat_start(h, 'w'), xt = feat_start(h, 't'), xl = feat_start(h, 'l'),
                   xb = feat_start(h, 'b'), xT = feat_start(h, 'T');
    /* the previous token as a bigram's first: "b prev " and "T prev " */
    uint32_t pb = 0, pT = 0;
    int have_prev = 0;
    size_t i = off;
    for (;;) {
        while (i < end && !feat_cls[(unsigned char)text[i]]) i++;
        if (i >= end) break;
        /* w, t, l: the token; b, T: the bigram with the previous; nb, nT: the token as the
         * next bigram's first */
        uint32_t hw = xw, ht = xt, hl = xl, hb = pb, hT = pT, nb = xb, nT = xT;
        size_t n = 0;
        int digit = 0;
        for (; i < end; i++) {
            unsigned c = (unsigned char)text[i], k = feat_cls[c];
            if (!k) break;
            digit |= k == 3;
            if (n == FEAT_TOK_MAX) continue;
            n++;
            c |= (unsigned)(k == 2) << 5; /* lower case */
            hw = (hw ^ c) * P;
            hb = (hb ^ c) * P;
            nb = (nb ^ c) * P;
            if (title) {
                ht = (ht ^ c) * P;
                hT = (hT ^ c) * P;
                nT = (nT ^ c) * P;
            }
            if (lead) hl = (hl ^ c) * P;
        }
        if (digit) { /* the token is "0" */
            hw = (xw ^ '0') * P;
            hb = (pb ^ '0') * P;
            nb = (xb ^ '0') * P;
            ht = (xt ^ '0') * P;
            hT = (pT ^ '0') * P;
            nT = (xT ^ '0') * P;
            hl = (xl ^ '0') * P;
        }
        feat_push(f, hw & mask);
        if (title) feat_push(f, ht & mask);
        if (lead) feat_push(f, hl & mask);
        if (have_prev) {
            feat_push(f, hb & mask);
            if (title) feat_push(f, hT & mask);
        }
        pb = (nb ^ ' ') * P;
        pT = (nT ^ ' ') * P;
        have_prev = 1;
    }
}

static size_t feat_line_end(const char *t, size_t i, size_t len)
{
    const char *nl = i < len ? memchr(t + i, '\n', len - i) : NULL;
    return nl ? (size_t)(nl - t) : len;
}

static int feat_blank(const char *t, size_t s, size_t e)
{
    for (; s < e; s++)
        if (t[s] != ' ' && t[s] != '\t' && t[s] != '\r') return 0;
    return 1;
}

/* "Date: ...", "Published: ...": a header line before the title. */
static int feat_header(const char *t, size_t s, size_t e)
{
    static const char *const keys[] = {"date:", "published:", "updated:", "source:"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t n = strlen(keys[k]);
        if (e - s >= n && strncasecmp(t + s, keys[k], n) == 0) return 1;
    }
    return 0;
}

/* The bytes that may end the lead: '.', '!', '?' and a line break. */
static const unsigned char feat_mark[256] = {['.'] = 1, ['!'] = 1, ['?'] = 1, ['\n'] = 1};

void feat_zones(const char *text, size_t len, feat_zones_t *z)
{
    size_t i = 0, e;
    memset(z, 0, sizeof *z);
    for (;;) { /* skip blank and header lines */
        if (i >= len) {
            z->title_off = z->title_end = z->lead_off = z->lead_end = len;
            return;
        }
        e = feat_line_end(text, i, len);
        if (!feat_blank(text, i, e) && !feat_header(text, i, e)) break;
        i = e + 1;
    }
    z->title_off = i;
    z->title_end = e;
    i = e < len ? e + 1 : len;
    while (i < len) {
        size_t le = feat_line_end(text, i, len);
        if (!feat_blank(text, i, le)) break;
        i = le < len ? le + 1 : len;
    }
    z->lead_off = i;
    /* the lead ends at the first sentence end, a blank line or FEAT_LEAD_MAX bytes */
    size_t j = i, cap = i + FEAT_LEAD_MAX < len ? i + FEAT_LEAD_MAX : len;
    for (; j < cap; j++) {
        char c = text[j];
        if (!feat_mark[(unsigned char)c]) continue; /* most bytes */
        if ((c == '.' || c == '!' || c == '?') && j + 2 < len && text[j + 1] == ' ' &&
            ((text[j + 2] >= 'A' && text[j + 2] <= 'Z') || text[j + 2] == '"')) {
            j++;
            break;
        }
        if (c == '\n' && j + 1 < len && (text[j + 1] == '\n' || text[j + 1] == '\r')) break;
    }
    z->lead_end = j;
}

int feat_zone_of(const feat_zones_t *z, size_t off)
{
    if (off >= z->title_off && off < z->title_end) return FEAT_ZONE_TITLE;
    if (off >= z->lead_off && off < z->lead_end) return FEAT_ZONE_LEAD;
    return FEAT_ZONE_BODY;
}

void feat_add_article_zones(feat_t *f, const feat_hash_t *h, const char *text, size_t len,
                            const feat_zones_t *z)
{
    feat_add_span(f, h, text, z->title_off, z->title_end, FEAT_ZONE_TITLE);
    feat_add_span(f, h, text, z->lead_off, z->lead_end, FEAT_ZONE_LEAD);
    feat_add_span(f, h, text, z->lead_end, len, FEAT_ZONE_BODY);
    feat_add_shape(f, h, z->lead_off >= len ? 0 : len - z->lead_off < 400 ? 1 : 2);
}

void feat_add_article(feat_t *f, const feat_hash_t *h, const char *text, size_t len)
{
    feat_zones_t z;
    feat_zones(text, len, &z);
    feat_add_article_zones(f, h, text, len, &z);
}

void feat_add_shape(feat_t *f, const feat_hash_t *h, int shape)
{
    char c = (char)('0' + shape);
    feat_push(f, feat_hash(h, 'n', &c, 1));
}

void feat_add_rule(feat_t *f, const feat_hash_t *h, const char *type)
{
    feat_push(f, feat_hash(h, 'r', type, strlen(type)));
}

/* Sorts v[0..n) ascending: insertion for a handful, else LSD radix in as few passes of at
 * most 8 bits as the largest value needs (buckets have at most 24 bits: 3 passes of 6 bits
 * for 2^18 buckets), tmp holding n more. */
static void feat_sort(uint32_t *v, uint32_t *tmp, size_t n)
{
    if (n <= 32) {
        for (size_t i = 1; i < n; i++) {
            uint32_t x = v[i];
            size_t j = i;
            for (; j && v[j - 1] > x; j--) v[j] = v[j - 1];
            v[j] = x;
        }
        return;
    }
    uint32_t any = 0;
    for (size_t i = 0; i < n; i++) any |= v[i];
    unsigned bits = any ? 32u - (unsigned)__builtin_clz(any) : 1u;
    unsigned passes = (bits + 7) / 8, d = (bits + passes - 1) / passes;
    uint32_t dm = (1u << d) - 1u;
    uint32_t cnt[4][256];
    memset(cnt, 0, sizeof cnt[0] * passes);
    for (size_t i = 0; i < n; i++)
        for (unsigned p = 0; p < passes; p++) cnt[p][(v[i] >> (d * p)) & dm]++;
    uint32_t *src = v, *dst = tmp;
    for (unsigned p = 0; p < passes; p++) {
        unsigned sh = d * p;
        uint32_t pos = 0, *c = cnt[p];
        for (uint32_t b = 0; b <= dm; b++) {
            uint32_t k = c[b];
            c[b] = pos;
            pos += k;
        }
        for (size_t i = 0; i < n; i++) dst[c[(src[i] >> sh) & dm]++] = src[i];
        uint32_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != v) memcpy(v, src, n * sizeof *v);
}

int feat_finish(feat_t *f)
{
    if (f->oom) return ERR_NOMEM;
    if (f->n > 32 && f->tmpcap < f->n) {
        uint32_t *p = mem_realloc(f->tmp, f->cap * sizeof *p);
        if (!p) return ERR_NOMEM;
        f->tmp = p;
        f->tmpcap = f->cap;
    }
    feat_sort(f->idx, f->tmp, f->n);
    size_t k = 0;
    for (size_t i = 0; i < f->n; i++)
        if (!k || f->idx[k - 1] != f->idx[i]) f->idx[k++] = f->idx[i];
    f->n = k;
    return 0;
}
