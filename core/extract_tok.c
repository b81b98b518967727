#include "extract_tok.h"

#include "err.h"
#include "mem.h"

#define FNV_OFF   1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

static int tok_alpha(unsigned char c)
{
    return (c | 32) >= 'a' && (c | 32) <= 'z';
}
static int tok_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* The fraction of a wire figure, "-1/4" of "6-1/4 cts" or "7-1/2 pct": a hyphen, a numerator
 * below a denominator of 2 to 64 (a power of two), and no digit or letter after. Returns its
 * length, or 0. */
static size_t tok_fraction(const unsigned char *s, size_t n)
{
    size_t i = 1;
    unsigned num = 0, den = 0;
    if (n < 4 || s[0] != '-') return 0;
    while (i < n && i < 3 && tok_digit(s[i])) num = num * 10 + (s[i++] - '0');
    if (i == 1 || i >= n || s[i] != '/') return 0;
    size_t d0 = ++i;
    while (i < n && i < d0 + 2 && tok_digit(s[i])) den = den * 10 + (s[i++] - '0');
    if (i == d0 || den < 2 || den > 64 || (den & (den - 1)) || num == 0 || num >= den) return 0;
    if (i < n && (tok_digit(s[i]) || tok_alpha(s[i]))) return 0;
    return i;
}
size_t extract_tok_vulgar(const unsigned char *s, size_t n, double *v)
{
    double x;
    size_t len;
    if (n >= 2 && s[0] == 0xC2 && s[1] >= 0xBC && s[1] <= 0xBE) /* U+00BC..U+00BE: ¼ ½ ¾ */
        x = (s[1] - 0xBB) / 4.0, len = 2;
    else if (n >= 3 && s[0] == 0xE2 && s[1] == 0x85 && s[2] >= 0x93 && s[2] <= 0x9E) {
        /* U+2153..U+215E: ⅓ ⅔ ⅕ ⅖ ⅗ ⅘ ⅙ ⅚ ⅛ ⅜ ⅝ ⅞ */
        static const unsigned char num[] = {1, 2, 1, 2, 3, 4, 1, 5, 1, 3, 5, 7};
        static const unsigned char den[] = {3, 3, 5, 5, 5, 5, 6, 6, 8, 8, 8, 8};
        x = (double)num[s[2] - 0x93] / den[s[2] - 0x93], len = 3;
    } else
        return 0;
    if (v) *v = x;
    return len;
}

/* The ASCII spaces, by byte: one load instead of six comparisons per byte. */
static const unsigned char tok_ws[256] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1};

static int tok_space(const unsigned char *s, size_t n)
{
    if (tok_ws[*s]) return 1;
    if (s[0] == 0xC2 && n >= 2 && s[1] == 0xA0) return 2; /* no-break space */
    return 0;
}

/* extract_tok_hash, inline for the tokenizer's numbers and punctuation */
static inline uint64_t tok_hash(const char *s, size_t n)
{
    uint64_t h = FNV_OFF;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z') c |= 32;
        h = (h ^ c) * FNV_PRIME;
    }
    return h;
}

uint64_t extract_tok_hash(const char *s, size_t n)
{
    return tok_hash(s, n);
}

size_t extract_tok_upunct(const unsigned char *s, size_t n)
{
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x90 && s[2] <= 0xA6) return 3;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x82 && s[2] == 0xAC) return 3; /* € */
    if (n >= 2 && s[0] == 0xC2 && (s[1] == 0xA3 || s[1] == 0xA5 || s[1] == 0xAB || s[1] == 0xBB))
        return 2; /* £ ¥ « » */
    return 0;
}

/* Is s an apostrophe (' or ’)? Returns its length or 0. */
static size_t tok_apos(const unsigned char *s, size_t n)
{
    if (*s == '\'') return 1;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x99) return 3;
    return 0;
}

static int tok_grow(extract_toks_t *t)
{
    size_t nc = t->cap ? t->cap * 2 : 256;
    extract_tok_t *v = mem_realloc(t->v, nc * sizeof *v);
    if (!v) return ERR_NOMEM;
    t->v = v;
    t->cap = nc;
    return 0;
}

static inline int tok_push(extract_toks_t *t, size_t off, size_t len, uint32_t flags, uint64_t h)
{
    if (t->n == t->cap && tok_grow(t)) return ERR_NOMEM;
    extract_tok_t *k = &t->v[t->n++];
    k->off = (uint32_t)off;
    k->len = (uint32_t)len;
    k->flags = flags;
    k->h = h;
    return 0;
}

static int tok_wordchar(const unsigned char *s, size_t n)
{
    if (tok_alpha(*s) || tok_digit(*s)) return 1;
    if (*s >= 0x80 && !extract_tok_upunct(s, n) && !(n >= 2 && s[0] == 0xC2 && s[1] == 0xA0))
        return 1;
    return 0;
}

/* Is s an ISO currency code written against its amount ("EUR16.42bn", "USD2m")? Only the
 * codes of the lexicon's currencies: "A380" or "MP3" stay words. */
static int tok_iso_amount(const unsigned char *s, size_t n)
{
    static const char codes[] = "EUR GBP USD CHF JPY CNY HKD CAD AUD SEK NOK DKK INR ";
    if (n < 4 || !tok_digit(s[3])) return 0;
    for (const char *c = codes; *c; c += 4)
        if (s[0] == (unsigned char)c[0] && s[1] == (unsigned char)c[1] &&
            s[2] == (unsigned char)c[2])
            return 1;
    return 0;
}

int extract_tok_run(const char *text, size_t from, size_t to, extract_toks_t *restrict t)
{
    /* (restrict: the tokens written are never *t, so its count stays in a register) */
    const unsigned char *s = (const unsigned char *)text;
    size_t i = from;
    uint32_t pre = 0;

    while (i < to) {
        size_t sp = tok_space(s + i, to - i);
        if (sp) {
            pre |= EXTRACT_TOK_SPACE;
            if (s[i] == '\n') pre |= EXTRACT_TOK_NL;
            i += sp;
            continue;
        }
        size_t st = i, ap;
        uint32_t fl = pre;
        pre = 0;
        if (tok_digit(s[i])) {
            i++;
            while (i < to && (tok_digit(s[i]) ||
                              ((s[i] == ',' || s[i] == '.') && i + 1 < to && tok_digit(s[i + 1]))))
                i++;
            i += tok_fraction(s + i, to - i);
            /* ("77½p": a vulgar fraction after the whole number, as London prices are told) */
            if (i < to && s[i - 1] >= '0' && s[i - 1] <= '9')
                i += extract_tok_vulgar(s + i, to - i, NULL);
            fl |= EXTRACT_TOK_NUM;
        } else if (tok_iso_amount(s + i, to - i)) {
            /* "EUR16.42bn", "GBP300m": the currency code is a token of its own */
            i += 3;
            fl |= EXTRACT_TOK_WORD | EXTRACT_TOK_CAP | EXTRACT_TOK_UPPER;
        } else if (tok_wordchar(s + i, to - i)) {
            int dots = 0;
            /* bit 5 of lc: a letter in lower case was read; of uc: one in upper case */
            unsigned lc = 0, uc = 0;
            /* the word's hash is taken as it is read (extract_tok_hash of its bytes) */
            uint64_t h = FNV_OFF;
            if (tok_alpha(s[i])) fl |= (s[i] <= 'Z') ? EXTRACT_TOK_CAP : EXTRACT_TOK_LOWER;
            while (i < to) {
                unsigned char c = s[i];
                if ((unsigned)((c | 32) - 'a') < 26) { /* a letter, most bytes of a word */
                    lc |= c;
                    uc |= ~(unsigned)c;
                    h = (h ^ (unsigned char)(c | 32)) * FNV_PRIME;
                    i++;
                    continue;
                }
                if (c < 0x80 ? tok_digit(c) : tok_wordchar(s + i, to - i)) {
                    h = (h ^ c) * FNV_PRIME;
                    i++;
                    continue;
                }
                /* initialisms: U.S., N.V., U.K. */
                if (c == '.' && i + 1 < to && tok_alpha(s[i + 1]) &&
                    i - st == 1 + 2 * (size_t)dots && i + 2 <= to &&
                    (i + 2 == to || !tok_wordchar(s + i + 2, to - i - 2))) {
                    dots++;
                    h = (h ^ c) * FNV_PRIME;
                    i++;
                    continue;
                }
                if (c == '.' && dots > 0 && i - st == 1 + 2 * (size_t)dots) {
                    h = (h ^ c) * FNV_PRIME;
                    i++;
                    break;
                }
                /* "A/S", "K/S": a Nordic company ending, one letter each side of the slash */
                if (c == '/' && i == st + 1 && s[st] <= 'Z' && i + 1 < to &&
                    (unsigned)(s[i + 1] - 'A') < 26 &&
                    (i + 2 == to || !tok_wordchar(s + i + 2, to - i - 2))) {
                    h = (h ^ c) * FNV_PRIME;
                    h = (h ^ (unsigned char)(s[i + 1] | 32)) * FNV_PRIME;
                    uc |= ~(unsigned)s[i + 1];
                    i += 2;
                    break;
                }
                if ((ap = tok_apos(s + i, to - i)) != 0 && i + ap < to && tok_alpha(s[i + ap])) {
                    /* 's possessive / contraction: split; other apostrophes stay inside */
                    size_t j = i + ap;
                    if ((s[j] | 32) == 's' && (j + 1 >= to || !tok_wordchar(s + j + 1, to - j - 1)))
                        break;
                    for (; i < j; i++) h = (h ^ s[i]) * FNV_PRIME;
                    continue;
                }
                break;
            }
            fl |= EXTRACT_TOK_WORD;
            if ((uc & 32) && !(lc & 32)) fl |= EXTRACT_TOK_UPPER;
            if (tok_push(t, st, i - st, fl, h)) return ERR_NOMEM;
            continue;
        } else if ((ap = tok_apos(s + i, to - i)) != 0 && i + ap < to && (s[i + ap] | 32) == 's' &&
                   (i + ap + 1 >= to || !tok_wordchar(s + i + ap + 1, to - i - ap - 1)) &&
                   t->n > 0 && (t->v[t->n - 1].flags & (EXTRACT_TOK_WORD | EXTRACT_TOK_NUM)) &&
                   (!(fl & EXTRACT_TOK_SPACE) || (i + ap + 1 < to && s[i + ap + 1] == ' ' &&
                                                  i >= 2 && s[i - 1] == ' ' && s[i - 2] != ' '))) {
            /* "Tesco's"; also "Tesco 's" as tokenised text writes it (one space each side) */
            i += ap + 1;
            if (tok_push(t, st, i - st, (fl & ~EXTRACT_TOK_SPACE) | EXTRACT_TOK_POSS,
                         extract_tok_hash("'s", 2)))
                return ERR_NOMEM;
            continue;
        } else if ((ap = tok_apos(s + i, to - i)) != 0 && !(fl & EXTRACT_TOK_SPACE) && t->n > 0 &&
                   (t->v[t->n - 1].flags & EXTRACT_TOK_WORD) &&
                   t->v[t->n - 1].off + t->v[t->n - 1].len == i && (s[i - 1] | 32) == 's' &&
                   t->v[t->n - 1].len >= 3 && (t->v[t->n - 1].flags & EXTRACT_TOK_CAP) &&
                   i + ap + 1 < to && s[i + ap] == ' ' && tok_alpha(s[i + ap + 1])) {
            /* "Philips' broadcast unit", "National Amusements' Arsenal Holdings": a name's
             * possessive after its s, the apostrophe alone */
            i += ap;
            if (tok_push(t, st, i - st, fl | EXTRACT_TOK_POSS, extract_tok_hash("'s", 2)))
                return ERR_NOMEM;
            continue;
        } else {
            size_t u = extract_tok_upunct(s + i, to - i);
            if (!u) u = 1;
            /* an undecodable high byte is one punctuation byte */
            i += u;
            fl |= EXTRACT_TOK_PUNCT;
            if (s[st] == '<' || s[st] == '>') fl |= EXTRACT_TOK_ANGLE;
            if (u == 3 && s[st + 2] == 0x99) {
                /* ’ hashes like ' */
                if (tok_push(t, st, u, fl, extract_tok_hash("'", 1))) return ERR_NOMEM;
                continue;
            }
        }
        if (tok_push(t, st, i - st, fl, tok_hash(text + st, i - st))) return ERR_NOMEM;
        /* "--" is a dash, a break between words like a space ("HOUSTON--(BUSINESS
         * WIRE)--March 5, 2026--Harrowgate Midstream Partners LP") */
        if (s[st] == '-' && st > from && s[st - 1] == '-' && i < to && s[i] != '-')
            pre |= EXTRACT_TOK_SPACE;
    }
    return 0;
}

void extract_toks_release(extract_toks_t *t)
{
    if (!t) return;
    mem_free(t->v);
    t->v = NULL;
    t->n = t->cap = 0;
}
