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

/* FNV-1a over the seed, a one-byte kind and up to two tokens. */
static uint32_t feat_hash(const feat_hash_t *h, char kind, const char *a, size_t na, const char *b,
                          size_t nb)
{
    uint32_t x = 2166136261u;
    for (int i = 0; i < 4; i++) x = (x ^ ((h->seed >> (8 * i)) & 0xff)) * 16777619u;
    x = (x ^ (unsigned char)kind) * 16777619u;
    for (size_t i = 0; i < na; i++) x = (x ^ (unsigned char)a[i]) * 16777619u;
    if (b) {
        x = (x ^ ' ') * 16777619u;
        for (size_t i = 0; i < nb; i++) x = (x ^ (unsigned char)b[i]) * 16777619u;
    }
    return x & ((1u << h->bits) - 1u);
}

static int feat_wordc(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Reads the next token of text[*i, end) into out (lower case, numbers as "0"); returns its
 * length, 0 at the end. */
static size_t feat_token(const char *text, size_t *i, size_t end, char out[FEAT_TOK_MAX])
{
    size_t p = *i, n = 0;
    int digit = 0;
    while (p < end && !feat_wordc((unsigned char)text[p])) p++;
    if (p >= end) {
        *i = end;
        return 0;
    }
    while (p < end && feat_wordc((unsigned char)text[p])) {
        unsigned char c = (unsigned char)text[p++];
        if (c >= '0' && c <= '9') digit = 1;
        if (n < FEAT_TOK_MAX) out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    *i = p;
    if (digit) {
        out[0] = '0';
        n = 1;
    }
    return n;
}

void feat_add_span(feat_t *f, const feat_hash_t *h, const char *text, size_t off, size_t end,
                   int zone)
{
    char prev[FEAT_TOK_MAX], cur[FEAT_TOK_MAX];
    size_t np = 0, nc, i = off;
    while ((nc = feat_token(text, &i, end, cur))) {
        feat_push(f, feat_hash(h, 'w', cur, nc, NULL, 0));
        if (zone == FEAT_ZONE_TITLE) feat_push(f, feat_hash(h, 't', cur, nc, NULL, 0));
        if (zone == FEAT_ZONE_LEAD) feat_push(f, feat_hash(h, 'l', cur, nc, NULL, 0));
        if (np) {
            feat_push(f, feat_hash(h, 'b', prev, np, cur, nc));
            if (zone == FEAT_ZONE_TITLE) feat_push(f, feat_hash(h, 'T', prev, np, cur, nc));
        }
        memcpy(prev, cur, nc);
        np = nc;
    }
}

static size_t feat_line_end(const char *t, size_t i, size_t len)
{
    while (i < len && t[i] != '\n') i++;
    return i;
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

void feat_add_article(feat_t *f, const feat_hash_t *h, const char *text, size_t len)
{
    feat_zones_t z;
    feat_zones(text, len, &z);
    feat_add_span(f, h, text, z.title_off, z.title_end, FEAT_ZONE_TITLE);
    feat_add_span(f, h, text, z.lead_off, z.lead_end, FEAT_ZONE_LEAD);
    feat_add_span(f, h, text, z.lead_end, len, FEAT_ZONE_BODY);
    feat_add_shape(f, h, z.lead_off >= len ? 0 : len - z.lead_off < 400 ? 1 : 2);
}

void feat_add_shape(feat_t *f, const feat_hash_t *h, int shape)
{
    char c = (char)('0' + shape);
    feat_push(f, feat_hash(h, 'n', &c, 1, NULL, 0));
}

void feat_add_rule(feat_t *f, const feat_hash_t *h, const char *type)
{
    feat_push(f, feat_hash(h, 'r', type, strlen(type), NULL, 0));
}

static int feat_cmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

int feat_finish(feat_t *f)
{
    if (f->oom) return ERR_NOMEM;
    if (f->n) qsort(f->idx, f->n, sizeof *f->idx, feat_cmp);
    size_t k = 0;
    for (size_t i = 0; i < f->n; i++)
        if (!k || f->idx[k - 1] != f->idx[i]) f->idx[k++] = f->idx[i];
    f->n = k;
    return 0;
}
