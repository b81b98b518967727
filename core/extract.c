/* extract: article structure, sentences, mentions, numbers and the rules that
 * turn them into events. The phrases the rules look for come from data
 * (extract_lex); this file holds only the matching machinery. */
#include "extract.h"

#include "detect.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "date.h"
#include "embed.h"
#include "mem.h"

#define MAX_HITS_AT 16
#define MAX_CTX     8

/* ---------------------------------------------------------------- types */

typedef struct sent_s {
    uint32_t off, end; /* byte span in the text */
    uint32_t t0, t1;   /* token range */
    int seg;           /* 0 body, k > 0 related story k */
    int headline;      /* a related story's headline line */
} sent_t;

typedef struct prov_s {
    char *id;            /* owned slug */
    char *name;          /* owned display name */
    extract_tok_t *toks; /* owned, tokens of name */
    size_t ntoks;
    size_t ncore;                /* tokens without a trailing corporate suffix */
    int upper_only;              /* name seen only in capitals so far */
    const registry_entry_t *ent; /* the registry company its ticker mark names, or NULL */
} prov_t;

/* A company: a registry entry, or a provisional one (index into provs). */
typedef struct co_s {
    const registry_entry_t *ent;
    int prov; /* -1 when ent */
} co_t;

typedef struct ment_s {
    co_t co;
    int regulator; /* 1: ent is a regulator */
    uint32_t t0, t1;
} ment_t;

typedef struct num_s {
    int pct; /* 1 percent, 0 money */
    double v;
    char cur[4];
    int qual; /* 0, 1 up_to, 2 about */
    uint32_t t0, t1;
    int used;
} num_t;

typedef struct sdate_s {
    char iso[11]; /* "" when the year is unknown */
    int on;       /* preceded by "on" */
    uint32_t t0;
} sdate_t;

typedef struct art_s {
    const extract_t *x;
    const extract_input_t *in;
    const char *text;
    size_t len;
    extract_toks_t toks;
    sent_t *sents;
    size_t nsents, capsents;
    prov_t *provs;
    size_t nprov, capprov;
    /* per sentence scratch */
    ment_t *ments;
    size_t nments, capments;
    extract_lex_hit_t *hits;
    size_t nhits, caphits;
    num_t nums[32];
    size_t nnums;
    sdate_t dates[8];
    size_t ndates;
    /* article state */
    char dateline[11]; /* "" when unknown */
    int year;          /* dateline year, 0 when unknown */
    co_t last_subj;
    int have_subj;
    co_t head_subj; /* the first company of the first sentence (the headline) */
    int have_head;
    co_t ctx[MAX_CTX]; /* related story: companies of its headline */
    size_t nctx;
    int ctx_seg;
    co_t counts_co[64];
    int counts_n[64];
    size_t ncounts;
    event_list_t *out;
    size_t out_base; /* events of this article start here */
    int *ev_seg;     /* segment of each event of this article */
    size_t ev_cap;
    buf_t scratch;
    int oom;
} art_t;

/* ---------------------------------------------------------------- small helpers */

static int ex_grow(void **v, size_t *cap, size_t need, size_t sz)
{
    if (need <= *cap) return 0;
    size_t nc = *cap ? *cap : 16;
    while (nc < need) nc *= 2;
    void *p = mem_realloc(*v, nc * sz);
    if (!p) return ERR_NOMEM;
    *v = p;
    *cap = nc;
    return 0;
}

static const char *co_id(const art_t *a, co_t c)
{
    return c.ent ? c.ent->id : a->provs[c.prov].id;
}

static int co_eq(const art_t *a, co_t x, co_t y)
{
    if (x.ent && y.ent) return x.ent == y.ent;
    if (strcmp(co_id(a, x), co_id(a, y)) == 0) return 1;
    if (x.ent || y.ent || x.prov < 0 || y.prov < 0) return 0;
    /* "GULF APPLIED <GATS>" and "Gulf Applied Technologies Inc": one name begins the other */
    const prov_t *p = &a->provs[x.prov], *q = &a->provs[y.prov];
    if (p->ncore > q->ncore) p = &a->provs[y.prov], q = &a->provs[x.prov];
    for (size_t k = 0; k < p->ncore; k++)
        if (p->toks[k].h != q->toks[k].h) return 0;
    return p->ncore >= 2 || q->ncore == p->ncore;
}

static const extract_tok_t *TK(const art_t *a, size_t i)
{
    return &a->toks.v[i];
}

static int tok_is(const art_t *a, size_t i, const char *w)
{
    const extract_tok_t *t = TK(a, i);
    size_t n = strlen(w);
    return t->len == n && strncasecmp(a->text + t->off, w, n) == 0;
}

static int is_upper_c(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}
static int is_lower_c(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}
static int is_alpha_c(unsigned char c)
{
    return is_upper_c(c) || is_lower_c(c);
}
static int is_digit_c(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* ---------------------------------------------------------------- dates */

static const char *const month_names[12] = {"january",   "february", "march",    "april",
                                            "may",       "june",     "july",     "august",
                                            "september", "october",  "november", "december"};

/* Returns the month (1-12) named by n bytes of s (full or 3-4 letter form), else 0. */
static int month_of(const char *s, size_t n)
{
    if (n < 3) return 0;
    for (int m = 0; m < 12; m++) {
        size_t ml = strlen(month_names[m]);
        if (n == ml && strncasecmp(s, month_names[m], n) == 0) return m + 1;
        if (n == 3 && strncasecmp(s, month_names[m], 3) == 0) return m + 1;
        if (n == 4 && m == 8 && strncasecmp(s, "sept", 4) == 0) return 9;
    }
    return 0;
}

static size_t skip_sp(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    return i;
}

static size_t read_int(const char *s, size_t i, size_t n, int *v, int maxdig)
{
    int d = 0, x = 0;
    while (i < n && is_digit_c((unsigned char)s[i]) && d < maxdig) x = x * 10 + (s[i++] - '0'), d++;
    if (i < n && is_digit_c((unsigned char)s[i])) return 0;
    *v = x;
    return d ? i : 0;
}

static size_t read_word(const char *s, size_t i, size_t n)
{
    while (i < n && is_alpha_c((unsigned char)s[i])) i++;
    return i;
}

/* Parses "Month D[,] YYYY", "Mon. D, YYYY", "D Month YYYY", "YYYY-MM-DD", "DD-MON-YYYY". When
 * want_year is 0 a missing year is accepted (*y = 0). Returns bytes consumed or 0. */
static size_t date_scan(const char *s, size_t n, int want_year, int *y, int *m, int *d)
{
    size_t i = 0, j;
    int a, b, c;
    *y = *m = *d = 0;
    if (n >= 10 && (j = read_int(s, 0, n, &a, 4)) == 4 && s[4] == '-' &&
        read_int(s, 5, n, &b, 2) == 7 && s[7] == '-' && read_int(s, 8, n, &c, 2) == 10) {
        if (!date_valid(a, b, c)) return 0;
        *y = a, *m = b, *d = c;
        return 10;
    }
    if ((j = read_int(s, 0, n, &a, 2)) != 0) {
        /* 26-FEB-1987 or 12 February 2025 */
        i = j;
        int dash = (i < n && s[i] == '-');
        i = dash ? i + 1 : skip_sp(s, i, n);
        size_t w = read_word(s, i, n);
        int mo = month_of(s + i, w - i);
        if (!mo) return 0;
        i = w;
        if (i < n && s[i] == '.') i++;
        if (dash) {
            if (i >= n || s[i] != '-') return 0;
            i++;
        } else {
            if (i < n && s[i] == ',') i++;
            i = skip_sp(s, i, n);
        }
        if ((j = read_int(s, i, n, &c, 4)) != 0 && j - i == 4) {
            if (!date_valid(c, mo, a)) return 0;
            *y = c, *m = mo, *d = a;
            return j;
        }
        if (want_year || a < 1 || a > 31) return 0;
        *m = mo, *d = a;
        return w;
    }
    j = read_word(s, 0, n);
    int mo = month_of(s, j);
    if (!mo) return 0;
    i = j;
    if (i < n && s[i] == '.') i++;
    i = skip_sp(s, i, n);
    if (!(j = read_int(s, i, n, &a, 2)) || a < 1 || a > 31) return 0;
    i = j;
    if (i + 1 < n && (strncmp(s + i, "st", 2) == 0 || strncmp(s + i, "nd", 2) == 0 ||
                      strncmp(s + i, "rd", 2) == 0 || strncmp(s + i, "th", 2) == 0))
        i += 2;
    size_t end_day = i;
    if (i < n && s[i] == ',') i++;
    i = skip_sp(s, i, n);
    if ((j = read_int(s, i, n, &c, 4)) != 0 && j - i == 4 && c >= 1800) {
        if (!date_valid(c, mo, a)) return 0;
        *y = c, *m = mo, *d = a;
        return j;
    }
    if (want_year) return 0;
    *m = mo, *d = a;
    return end_day;
}

size_t extract_parse_date(const char *s, size_t n, char out[11])
{
    int y, m, d;
    size_t k = date_scan(s, n, 1, &y, &m, &d);
    if (!k) return 0;
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return k;
}

/* A dateline line: optional "Date:"/"Published:"/"Updated:" label, optional weekday, a
 * full date, then nothing but a time. Stores the ISO date; returns 1 when the line is one. */
static int dateline_line(const char *s, size_t n, char out[11])
{
    size_t i = skip_sp(s, 0, n);
    static const char *const labels[] = {"date:", "published:", "updated:", "dateline:", NULL};
    for (size_t k = 0; labels[k]; k++) {
        size_t l = strlen(labels[k]);
        if (n - i >= l && strncasecmp(s + i, labels[k], l) == 0) {
            i = skip_sp(s, i + l, n);
            break;
        }
    }
    size_t w = read_word(s, i, n);
    static const char *const days[] = {"monday", "tuesday",  "wednesday", "thursday",
                                       "friday", "saturday", "sunday",    NULL};
    for (size_t k = 0; days[k]; k++)
        if (w - i == strlen(days[k]) && strncasecmp(s + i, days[k], w - i) == 0) {
            i = w;
            if (i < n && s[i] == ',') i++;
            i = skip_sp(s, i, n);
            break;
        }
    size_t k = extract_parse_date(s + i, n - i, out);
    if (!k) return 0;
    i += k;
    /* the rest may only be a time and a zone */
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!(is_digit_c(c) || c == ':' || c == '.' || c == ' ' || c == '\t' || c == '\r' ||
              is_upper_c(c) || c == ',' || c == '+' || c == '-' || c == 'a' || c == 'p' ||
              c == 'm'))
            return 0;
    }
    return 1;
}

/* ---------------------------------------------------------------- lines and structure */

typedef struct line_s {
    size_t s, e; /* [s, e) without the newline */
} line_t;

static int line_blank(const char *t, line_t l)
{
    for (size_t i = l.s; i < l.e; i++)
        if (!(t[i] == ' ' || t[i] == '\t' || t[i] == '\r')) return 0;
    return 1;
}

/* "By Name Name" (a byline): short, starts with By and a capitalised word. */
static int line_byline(const char *t, line_t l)
{
    size_t i = skip_sp(t, l.s, l.e), e = l.e;
    while (e > i && (t[e - 1] == ' ' || t[e - 1] == '\r' || t[e - 1] == '\t')) e--;
    if (e - i < 5 || e - i > 70) return 0;
    if (strncmp(t + i, "By ", 3) != 0 && strncmp(t + i, "BY ", 3) != 0) return 0;
    if (t[e - 1] == '.' && !(e - i > 2 && is_upper_c((unsigned char)t[e - 2]))) return 0;
    i = skip_sp(t, i + 3, e);
    if (i >= e || !is_upper_c((unsigned char)t[i])) return 0;
    int words = 0;
    for (size_t k = i; k < e; k++)
        if (t[k] == ' ') words++;
    return words <= 6;
}

/* Title Case, no closing period: a headline line. */
static int line_headline(const char *t, line_t l)
{
    size_t e = l.e;
    while (e > l.s && (t[e - 1] == ' ' || t[e - 1] == '\r' || t[e - 1] == '\t')) e--;
    if (e <= l.s || e - l.s > 250) return 0;
    char last = t[e - 1];
    if (last == '.' || last == ':' || last == ',' || last == ';') return 0;
    int words = 0, caps = 0;
    for (size_t i = l.s; i < e;) {
        while (i < e && !is_alpha_c((unsigned char)t[i])) i++;
        size_t w = i;
        while (w < e && t[w] != ' ') w++;
        size_t len = w - i;
        if (len >= 4) {
            words++;
            if (is_upper_c((unsigned char)t[i])) caps++;
        }
        i = w;
    }
    return words >= 2 && caps * 10 >= words * 6;
}

/* ---------------------------------------------------------------- sentences */

static int abbrev_kind(const extract_t *x, const char *w, size_t n)
{
    for (size_t i = 0; i < x->nabbrev; i++)
        if (strlen(x->abbrev[i]) == n && strncasecmp(x->abbrev[i], w, n) == 0)
            return x->abbrev_maybe[i] ? 2 : 1;
    return 0;
}

static int starter_word(const art_t *a, const char *w, size_t n)
{
    extract_tok_t t = {0, (uint32_t)n, EXTRACT_TOK_WORD | EXTRACT_TOK_CAP, extract_tok_hash(w, n)};
    extract_lex_hit_t h[MAX_HITS_AT];
    size_t k = extract_lex_match(a->x->lex, w, &t, 1, 0, h, MAX_HITS_AT);
    for (size_t i = 0; i < k; i++)
        if (h[i].entry->cls == LEX_NOTNAME && h[i].entry->ntoks == 1) return 1;
    return 0;
}

static int add_sentence(art_t *a, size_t s, size_t e, int seg, int headline)
{
    while (s < e &&
           (a->text[s] == ' ' || a->text[s] == '\t' || a->text[s] == '\n' || a->text[s] == '\r'))
        s++;
    while (e > s && (a->text[e - 1] == ' ' || a->text[e - 1] == '\t' || a->text[e - 1] == '\n' ||
                     a->text[e - 1] == '\r'))
        e--;
    if (e <= s) return 0;
    if (ex_grow((void **)&a->sents, &a->capsents, a->nsents + 1, sizeof *a->sents))
        return ERR_NOMEM;
    sent_t *st = &a->sents[a->nsents++];
    st->off = (uint32_t)s;
    st->end = (uint32_t)e;
    st->seg = seg;
    st->headline = headline;
    st->t0 = (uint32_t)a->toks.n;
    if (extract_tok_run(a->text, s, e, &a->toks)) return ERR_NOMEM;
    st->t1 = (uint32_t)a->toks.n;
    return 0;
}

/* Splits paragraph [s, e) into sentences. */
static int split_paragraph(art_t *a, size_t s, size_t e, int seg, int headline)
{
    const char *t = a->text;
    size_t st = s;
    for (size_t i = s; i < e; i++) {
        char c = t[i];
        if (c != '.' && c != '!' && c != '?') continue;
        size_t j = i + 1;
        while (j < e &&
               (t[j] == '"' || t[j] == '\'' || t[j] == ')' || t[j] == ']' ||
                ((unsigned char)t[j] == 0xE2 && j + 2 < e && (unsigned char)t[j + 1] == 0x80 &&
                 ((unsigned char)t[j + 2] == 0x9D || (unsigned char)t[j + 2] == 0x99))))
            j += ((unsigned char)t[j] == 0xE2) ? 3 : 1;
        if (j < e && !(t[j] == ' ' || t[j] == '\n' || t[j] == '\t' || t[j] == '\r')) continue;
        size_t k = j;
        while (k < e && (t[k] == ' ' || t[k] == '\n' || t[k] == '\t' || t[k] == '\r')) k++;
        if (k < e) {
            unsigned char nc = (unsigned char)t[k];
            if (!(is_upper_c(nc) || is_digit_c(nc) || nc == '"' || nc == '<' || nc == '(' ||
                  nc == '\'' || nc == 0xE2))
                continue;
        }
        if (c == '.') {
            size_t w = i;
            while (w > s && (is_alpha_c((unsigned char)t[w - 1]) || t[w - 1] == '.')) w--;
            size_t wl = i + 1 - w;
            if (wl == 2 && is_upper_c((unsigned char)t[w])) continue; /* an initial */
            int kind = abbrev_kind(a->x, t + w, wl);
            if (kind == 1) continue;
            if (kind == 2 && k < e) {
                size_t nw = read_word(t, k, e);
                if (!starter_word(a, t + k, nw - k)) continue;
            }
        }
        if (add_sentence(a, st, j, seg, headline)) return ERR_NOMEM;
        st = j;
        i = j > i ? j - 1 : i;
    }
    return add_sentence(a, st, e, seg, headline);
}

/* Finds "CITY, Mon DD -" at the start of [s, e); stores month/day and returns the offset of
 * the text after the dash, or s when there is none. */
static size_t city_dateline(const art_t *a, size_t s, size_t e, int *mo, int *dd)
{
    const char *t = a->text;
    size_t lim = s + 80 < e ? s + 80 : e;
    for (size_t i = s; i + 3 < lim; i++) {
        if (t[i] == ',' && t[i + 1] == ' ') {
            int y, m, d;
            size_t k = date_scan(t + i + 2, e - i - 2, 0, &y, &m, &d);
            if (!k) continue;
            size_t j = skip_sp(t, i + 2 + k, e);
            if (j < e && t[j] == '-') {
                *mo = m;
                *dd = d;
                return skip_sp(t, j + 1, e);
            }
        }
        if (t[i] == '-' && i > s + 2 && t[i - 1] == ' ' && t[i + 1] == ' ') {
            /* "CITY (Reuters) - " */
            if (i - s < 60 && memchr(t + s, '(', i - s)) return skip_sp(t, i + 1, e);
            return s;
        }
    }
    return s;
}

/* Builds sentences: dateline, body (wrapped or one paragraph a line), byline, bio, related. */
static int structure(art_t *a)
{
    const char *t = a->text;
    line_t *lines = NULL;
    size_t nl = 0, cap = 0, i;
    int rc = 0;

    for (size_t p = 0; p <= a->len;) {
        const char *nlp = memchr(t + p, '\n', a->len - p);
        size_t e = nlp ? (size_t)(nlp - t) : a->len;
        if (ex_grow((void **)&lines, &cap, nl + 1, sizeof *lines)) return ERR_NOMEM;
        lines[nl].s = p;
        lines[nl].e = e;
        nl++;
        if (!nlp) break;
        p = e + 1;
    }
    /* dateline among the first lines */
    size_t body = 0;
    for (i = 0; i < nl && i < 4; i++) {
        if (line_blank(t, lines[i])) continue;
        char iso[11];
        if (dateline_line(t + lines[i].s, lines[i].e - lines[i].s, iso)) {
            memcpy(a->dateline, iso, 11);
            body = i + 1;
            break;
        }
    }
    if (!a->dateline[0] && a->in->date && date_is_iso(a->in->date))
        memcpy(a->dateline, a->in->date, 11);
    a->year = a->dateline[0] ? atoi(a->dateline) : 0;

    /* byline */
    size_t byline = nl;
    for (i = body; i < nl; i++)
        if (line_byline(t, lines[i])) {
            byline = i;
            break;
        }
    /* wrapped text (wire copy at ~70 columns)? */
    size_t longl = 0, narrow = 0;
    for (i = body; i < byline; i++) {
        size_t l = lines[i].e - lines[i].s;
        if (l >= 30) {
            longl++;
            if (l <= 85) narrow++;
        }
    }
    size_t cont = 0, breaks = 0;
    for (i = body; i + 1 < byline; i++) {
        if (line_blank(t, lines[i]) || line_blank(t, lines[i + 1])) continue;
        breaks++;
        /* a continuation starts in lower case, or follows a line cut mid-sentence */
        size_t le = lines[i].e;
        while (le > lines[i].s && (t[le - 1] == ' ' || t[le - 1] == '\r')) le--;
        if (is_lower_c((unsigned char)t[lines[i + 1].s]) ||
            (le > lines[i].s && lines[i + 1].s < lines[i + 1].e && t[lines[i + 1].s] != ' ' &&
             !strchr(".!?:\"'", t[le - 1])))
            cont++;
    }
    int wrapped = longl >= 3 && narrow * 10 >= longl * 7 && cont * 5 >= breaks && cont > 0;

    int first_para = 1;
    for (i = body; i < byline && !rc;) {
        if (line_blank(t, lines[i])) {
            i++;
            continue;
        }
        size_t ps = lines[i].s, pe = lines[i].e, j = i + 1;
        int caps = 1;
        for (size_t k = ps; k < pe; k++)
            if (is_lower_c((unsigned char)t[k])) caps = 0;
        if (wrapped && !caps) {
            while (j < byline && !line_blank(t, lines[j]) &&
                   !(t[lines[j].s] == ' ' || t[lines[j].s] == '\t')) {
                pe = lines[j].e;
                j++;
            }
        }
        if (first_para || wrapped) {
            int mo = 0, dd = 0;
            size_t after = city_dateline(a, ps, pe, &mo, &dd);
            if (after != ps) {
                if (mo && a->year && !a->dateline[0] && date_valid(a->year, mo, dd))
                    snprintf(a->dateline, sizeof a->dateline, "%04d-%02d-%02d", a->year, mo, dd);
                else if (mo && !a->year && a->in->date && date_is_iso(a->in->date)) {
                    int y = atoi(a->in->date);
                    if (date_valid(y, mo, dd))
                        snprintf(a->dateline, sizeof a->dateline, "%04d-%02d-%02d", y, mo, dd);
                }
                ps = after;
            }
        }
        if (!caps || !wrapped) first_para = 0;
        rc = split_paragraph(a, ps, pe, 0, 0);
        i = j;
    }
    /* after the byline: the bio (skipped), then related stories */
    int seg = 0, seen_headline = 0;
    for (i = byline + 1; i < nl && !rc; i++) {
        if (line_blank(t, lines[i])) continue;
        if (line_headline(t, lines[i])) {
            seen_headline = 1;
            seg++;
            rc = split_paragraph(a, lines[i].s, lines[i].e, seg, 1);
        } else if (seen_headline) {
            rc = split_paragraph(a, lines[i].s, lines[i].e, seg, 0);
        }
    }
    mem_free(lines);
    return rc;
}

/* ---------------------------------------------------------------- provisional companies */

static int has_class_at(const art_t *a, size_t i, size_t end, int cls, size_t *len)
{
    extract_lex_hit_t h[MAX_HITS_AT];
    size_t k = extract_lex_match(a->x->lex, a->text, a->toks.v, end, i, h, MAX_HITS_AT);
    for (size_t j = 0; j < k; j++)
        if (h[j].entry->cls == cls) {
            if (len) *len = h[j].t1 - h[j].t0;
            return 1;
        }
    return 0;
}

static int prov_find(const art_t *a, const char *id)
{
    for (size_t i = 0; i < a->nprov; i++)
        if (strcmp(a->provs[i].id, id) == 0) return (int)i;
    return -1;
}

/* Registers a provisional company named by bytes [s, e); returns its index or -1. */
static int prov_add(art_t *a, size_t s, size_t e)
{
    char slug[128], name[160];
    size_t n = 0;
    /* collapse whitespace */
    for (size_t i = s; i < e && n + 1 < sizeof name; i++) {
        char c = a->text[i];
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
        if (c == ' ' && (n == 0 || name[n - 1] == ' ')) continue;
        name[n++] = c;
    }
    while (n && name[n - 1] == ' ') n--;
    name[n] = 0;
    if (!registry_slug(name, slug, sizeof slug)) return -1;
    if (strlen(slug) < 2) return -1;
    /* the registry knows it under this slug? */
    if (registry_find(a->x->reg, slug)) return -1;
    int idx = prov_find(a, slug);
    int mixed = 0;
    for (size_t i = 0; i < n; i++)
        if (is_lower_c((unsigned char)name[i])) mixed = 1;
    if (idx >= 0) {
        prov_t *p = &a->provs[idx];
        if (p->upper_only && mixed) {
            char *nn = mem_strdup(name);
            if (!nn) return a->oom = 1, -1;
            mem_free(p->name);
            p->name = nn;
            p->upper_only = 0;
        }
        return idx;
    }
    if (ex_grow((void **)&a->provs, &a->capprov, a->nprov + 1, sizeof *a->provs))
        return a->oom = 1, -1;
    prov_t *p = &a->provs[a->nprov];
    memset(p, 0, sizeof *p);
    p->id = mem_strdup(slug);
    p->name = mem_strdup(name);
    p->upper_only = !mixed;
    /* the name without a corporate suffix is what later mentions use */
    extract_toks_t tk = {0};
    if (!p->id || !p->name || extract_tok_run(p->name, 0, strlen(p->name), &tk)) {
        mem_free(p->id);
        mem_free(p->name);
        extract_toks_release(&tk);
        a->oom = 1;
        return -1;
    }
    p->toks = tk.v;
    p->ntoks = tk.n;
    p->ncore = tk.n;
    static const char *const sfx[] = {
        "inc",  "corp", "co",  "ltd", "corporation", "limited", "plc",  "ag", "sa",      "nv",
        "n.v.", "llc",  "pty", "cos", ",",           ".",       "s.a.", "se", "bancorp", NULL};
    for (int again = 1; again && p->ncore > 1;) {
        again = 0;
        const extract_tok_t *lt = &p->toks[p->ncore - 1];
        for (size_t k = 0; sfx[k]; k++)
            if (strlen(sfx[k]) == lt->len && strncasecmp(p->name + lt->off, sfx[k], lt->len) == 0)
                again = 1;
        if (again) p->ncore--;
    }
    a->nprov++;
    return (int)(a->nprov - 1);
}

static int tok_capword(const art_t *a, size_t i)
{
    const extract_tok_t *t = TK(a, i);
    if (!(t->flags & EXTRACT_TOK_WORD)) return 0;
    if (t->flags & (EXTRACT_TOK_CAP | EXTRACT_TOK_UPPER)) return 1;
    /* iRobot, eBay */
    return t->len >= 3 && t->len <= 20 && is_upper_c((unsigned char)a->text[t->off + 1]);
}

static int tok_name_part(const art_t *a, size_t i, size_t end)
{
    const extract_tok_t *t = TK(a, i);
    if (tok_capword(a, i)) return 1;
    if ((t->flags & EXTRACT_TOK_NUM) && i + 1 < end && tok_capword(a, i + 1) &&
        !(TK(a, i + 1)->flags & EXTRACT_TOK_SPACE))
        return 1; /* 3M, 7-Eleven */
    /* "AT & T", "Rolls-Royce" (not the dash of "CITY, March 2 - Name") */
    if (t->len == 1 && (a->text[t->off] == '&' || a->text[t->off] == '-') && i + 1 < end &&
        tok_capword(a, i + 1) &&
        (a->text[t->off] == '&' || !(TK(a, i + 1)->flags & EXTRACT_TOK_SPACE)))
        return 1;
    return 0;
}

/* Is the capitalised run [i, j) a name that cannot be a company (place, person, month...)? */
static int run_not_company(const art_t *a, size_t i, size_t j, size_t st0)
{
    size_t l;
    if (j - i == 1) {
        if (has_class_at(a, i, j, LEX_PLACE, NULL) || has_class_at(a, i, j, LEX_NOTNAME, NULL) ||
            has_class_at(a, i, j, LEX_CORPSFX, NULL) || has_class_at(a, i, j, LEX_EVENTNOUN, NULL))
            return 1;
    }
    if (has_class_at(a, i, j, LEX_PLACE, &l) && l == j - i) return 1;
    if (has_class_at(a, i, j, LEX_NOTNAME, NULL)) return 1;
    if (month_of(a->text + TK(a, i)->off, TK(a, i)->len) && TK(a, i)->len >= 3) return 1;
    /* a person: after a title (CEO Tim Cook, Mr Smith) */
    for (size_t k = i > st0 + 3 ? i - 3 : st0; k < i; k++)
        if (has_class_at(a, k, i, LEX_PTITLE, &l) && k + l == i) return 1;
    const registry_entry_t *en;
    if (registry_match(a->x->reg, a->text, a->toks.v, j, i, &en)) return 1;
    return 0;
}

/* A ticker mark at token i: "<AAPL>" or "(NASDAQ: AAPL)", "(NYSE:IBM)", "(Nasdaq: AAPL.O)"
 * (exchanges: lexicon class exchange). Returns the tokens it spans (0 if none) and stores
 * the ticker's token in *tk. */
static size_t ticker_mark(const art_t *a, size_t i, size_t end, size_t *tk)
{
    const extract_tok_t *t = TK(a, i);
    size_t j = i + 1, l;
    if ((t->flags & EXTRACT_TOK_ANGLE) && a->text[t->off] == '<') {
        if (j + 1 < end && (TK(a, j)->flags & EXTRACT_TOK_UPPER) && TK(a, j)->len <= 6 &&
            (TK(a, j + 1)->flags & EXTRACT_TOK_ANGLE) && a->text[TK(a, j + 1)->off] == '>') {
            *tk = j;
            return 3;
        }
        return 0;
    }
    if (!tok_is(a, i, "(") || j >= end || !has_class_at(a, j, end, LEX_EXCHANGE, &l)) return 0;
    j += l;
    if (j + 1 >= end || !tok_is(a, j, ":") || !(TK(a, j + 1)->flags & EXTRACT_TOK_UPPER) ||
        TK(a, j + 1)->len > 6)
        return 0;
    *tk = ++j;
    j++;
    /* a suffix: AAPL.O, BRK.B */
    if (j + 1 < end && tok_is(a, j, ".") && (TK(a, j + 1)->flags & EXTRACT_TOK_UPPER) &&
        TK(a, j + 1)->len <= 2)
        j += 2;
    if (j >= end || !tok_is(a, j, ")")) return 0;
    return j + 1 - i;
}

/* The registry company whose id or primary ticker is token tk, or NULL. */
static const registry_entry_t *ticker_company(const art_t *a, size_t tk)
{
    const extract_tok_t *t = TK(a, tk);
    char w[16];
    if (t->len >= sizeof w) return NULL;
    memcpy(w, a->text + t->off, t->len);
    w[t->len] = 0;
    const registry_entry_t *en;
    for (size_t k = 0; (en = registry_at(a->x->reg, k)); k++)
        if (en->kind == REGISTRY_COMPANY &&
            (strcmp(en->id, w) == 0 || (en->ticker && strcmp(en->ticker, w) == 0)))
            return en;
    return NULL;
}

/* Letters and digits of [s, s+n), lower-cased, into out (cap bytes); returns the length. */
static size_t squash(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++)
        if (is_alpha_c((unsigned char)s[i]) || is_digit_c((unsigned char)s[i]))
            out[k++] = (char)tolower((unsigned char)s[i]);
    out[k] = 0;
    return k;
}

/* "Apple Computer" and "Apple", "BankAmerica" and "Bank of America": the names, squashed,
 * start alike (4 characters, or all of the shorter one). */
static int names_alike(const char *x, size_t nx, const char *y)
{
    char p[64], q[64];
    size_t a = squash(x, nx, p, sizeof p), b = squash(y, strlen(y), q, sizeof q), k = 0;
    size_t need = a < b ? a : b;
    if (need > 4) need = 4;
    while (k < a && k < b && p[k] == q[k]) k++;
    return need > 0 && k >= need;
}

/* "Cupertino-based Fruitco Inc (NASDAQ: AAPL)", "Apple Computer Inc <AAPL>": an unknown name
 * right before the mark of a registry ticker names that company. A bare "<X>" (the Reuters
 * archive's mark; tickers are reused over the years) counts only when the names start alike
 * (USAir <U> is not Unity Software); an exchange mark always does. */
static void ticker_name(art_t *a, const sent_t *s, size_t i, size_t tk)
{
    size_t e = i, b;
    /* "Fruitco Inc. (NYSE: X)", "Fruitco Inc, (NYSE: X)" */
    if (e > s->t0 + 1 && tok_is(a, e - 1, ".") && !(TK(a, e - 1)->flags & EXTRACT_TOK_SPACE)) e--;
    if (e > s->t0 && tok_is(a, e - 1, ",")) e--;
    b = e;
    while (b > s->t0 && e - b < 6 && tok_name_part(a, b - 1, e) &&
           !has_class_at(a, b - 1, e, LEX_NOTNAME, NULL))
        b--;
    if (b == e || (TK(a, b)->flags & EXTRACT_TOK_PUNCT)) return;
    size_t l;
    if (has_class_at(a, b, e, LEX_PLACE, &l) && l == e - b) return;
    const registry_entry_t *known;
    size_t lk = registry_match(a->x->reg, a->text, a->toks.v, e, b, &known);
    if (lk && (lk == e - b || (b + lk + 1 == e && has_class_at(a, b + lk, e, LEX_CORPSFX, NULL))))
        return; /* the name itself is known */
    const registry_entry_t *en = ticker_company(a, tk);
    if (!en) return;
    if (!tok_is(a, i, "(") &&
        !names_alike(a->text + TK(a, b)->off, TK(a, e - 1)->off + TK(a, e - 1)->len - TK(a, b)->off,
                     en->name))
        return;
    int p = prov_add(a, TK(a, b)->off, TK(a, e - 1)->off + TK(a, e - 1)->len);
    if (p >= 0 && !a->provs[p].ent) a->provs[p].ent = en;
}

/* Pass 1 over a sentence: names that are clearly companies but not in the registry. */
static void discover(art_t *a, const sent_t *s)
{
    size_t i, j, l;
    for (i = s->t0; i < s->t1 && !a->oom; i++) {
        const extract_tok_t *t = TK(a, i);
        size_t tk, ml = ticker_mark(a, i, s->t1, &tk);
        if (ml) ticker_name(a, s, i, tk);
        if (ml && tok_is(a, i, "(")) {
            i += ml - 1;
            continue;
        }
        /* <Name> (Reuters) */
        if ((t->flags & EXTRACT_TOK_ANGLE) && a->text[t->off] == '<') {
            for (j = i + 1; j < s->t1 && j < i + 10; j++)
                if ((TK(a, j)->flags & EXTRACT_TOK_ANGLE) && a->text[TK(a, j)->off] == '>') break;
            if (j < s->t1 && j < i + 10 && j > i + 1) {
                int ticker = (j == i + 2 && (TK(a, i + 1)->flags & EXTRACT_TOK_UPPER) &&
                              TK(a, i + 1)->len <= 6);
                const registry_entry_t *en;
                if (!ticker && tok_capword(a, i + 1) &&
                    !registry_match(a->x->reg, a->text, a->toks.v, j, i + 1, &en))
                    prov_add(a, TK(a, i + 1)->off, TK(a, j - 1)->off + TK(a, j - 1)->len);
                /* "CORNING <GLW>, HAZLETON <HLC> SET ...": a name before a ticker, from
                 * the start of the sentence or a comma (headline words run together) */
                size_t b = i;
                while (ticker && b > s->t0 && i - b < 4 && tok_name_part(a, b - 1, i)) b--;
                if (ticker && b < i && (b == s->t0 || tok_is(a, b - 1, ",")) &&
                    !run_not_company(a, b, i, s->t0) &&
                    !registry_match(a->x->reg, a->text, a->toks.v, i, b, &en))
                    prov_add(a, TK(a, b)->off, TK(a, i - 1)->off + TK(a, i - 1)->len);
                i = j;
            }
            continue;
        }
        /* Name Name Corp */
        if (tok_capword(a, i) && i > s->t0 && has_class_at(a, i, s->t1, LEX_CORPSFX, &l) &&
            l == 1) {
            size_t b = i;
            while (b > s->t0 && i - b < 5 && tok_name_part(a, b - 1, s->t1) &&
                   !has_class_at(a, b - 1, i, LEX_NOTNAME, NULL))
                b--;
            if (b < i && !(TK(a, b)->flags & EXTRACT_TOK_PUNCT) &&
                !run_not_company(a, b, i, s->t0)) {
                /* keep a strong suffix (Corp, Inc) out of the name, weak ones (Labs) in */
                const char *w = a->text + t->off;
                int strong = t->len <= 4 || strncasecmp(w, "Corporation", 11) == 0 ||
                             strncasecmp(w, "Limited", 7) == 0 ||
                             strncasecmp(w, "Incorporated", 12) == 0;
                size_t e = strong ? TK(a, i - 1)->off + TK(a, i - 1)->len : t->off + t->len;
                prov_add(a, TK(a, b)->off, e);
            }
            continue;
        }
        /* cue words followed by a capitalised name: "shares of X", "to acquire X",
         * "construction group X" (lexicon class namecue) */
        if (!(t->flags & EXTRACT_TOK_LOWER)) continue;
        if (has_class_at(a, i, s->t1, LEX_NAMECUE, &l)) {
            size_t b = i + l, e2 = b;
            while (e2 < s->t1 && e2 - b < 4 && tok_name_part(a, e2, s->t1)) e2++;
            if (e2 > b && !run_not_company(a, b, e2, s->t0) && (TK(a, b)->flags & EXTRACT_TOK_WORD))
                prov_add(a, TK(a, b)->off, TK(a, e2 - 1)->off + TK(a, e2 - 1)->len);
        }
    }
    /* "Name said it ..." at the start of a sentence */
    i = s->t0;
    j = i;
    while (j < s->t1 && j - i < 4 && tok_name_part(a, j, s->t1)) j++;
    if (j > i && j + 1 < s->t1 && tok_is(a, j, "said") &&
        (tok_is(a, j + 1, "it") || tok_is(a, j + 1, "its")) && !run_not_company(a, i, j, s->t0))
        prov_add(a, TK(a, i)->off, TK(a, j - 1)->off + TK(a, j - 1)->len);
}

/* ---------------------------------------------------------------- mentions, hits, numbers */

static size_t prov_match(const art_t *a, size_t i, size_t end, int *which)
{
    size_t best = 0;
    for (size_t p = 0; p < a->nprov; p++) {
        const prov_t *pv = &a->provs[p];
        size_t k;
        if (pv->ncore <= best) continue;
        for (k = 0; k < pv->ntoks && i + k < end; k++) {
            const extract_tok_t *t = TK(a, i + k), *q = &pv->toks[k];
            if (t->h != q->h) break;
            if ((q->flags & (EXTRACT_TOK_CAP | EXTRACT_TOK_UPPER)) &&
                !(t->flags & (EXTRACT_TOK_CAP | EXTRACT_TOK_UPPER)))
                break;
        }
        if (k >= pv->ncore && k > best) {
            best = k;
            *which = (int)p;
        }
    }
    return best;
}

static int push_ment(art_t *a, co_t co, int reg, size_t t0, size_t t1)
{
    if (ex_grow((void **)&a->ments, &a->capments, a->nments + 1, sizeof *a->ments))
        return a->oom = 1, ERR_NOMEM;
    ment_t *m = &a->ments[a->nments++];
    m->co = co;
    m->regulator = reg;
    m->t0 = (uint32_t)t0;
    m->t1 = (uint32_t)t1;
    return 0;
}

static double parse_num(const art_t *a, size_t i)
{
    char b[48];
    size_t n = 0;
    const extract_tok_t *t = TK(a, i);
    for (size_t k = 0; k < t->len && n + 1 < sizeof b; k++)
        if (a->text[t->off + k] != ',') b[n++] = a->text[t->off + k];
    b[n] = 0;
    return strtod(b, NULL);
}

static const extract_lex_hit_t *hit_at(const art_t *a, size_t i, int cls)
{
    for (size_t k = 0; k < a->nhits; k++)
        if (a->hits[k].t0 == i && a->hits[k].entry->cls == cls) return &a->hits[k];
    return NULL;
}

static const extract_lex_hit_t *hit_ending(const art_t *a, size_t end, int cls)
{
    for (size_t k = 0; k < a->nhits; k++)
        if (a->hits[k].t1 == end && a->hits[k].entry->cls == cls) return &a->hits[k];
    return NULL;
}

static void find_numbers(art_t *a, const sent_t *s)
{
    a->nnums = 0;
    for (size_t i = s->t0; i < s->t1 && a->nnums < 32; i++) {
        const extract_tok_t *t = TK(a, i);
        const extract_lex_hit_t *h;
        if (!(t->flags & EXTRACT_TOK_NUM)) continue;
        num_t *n = &a->nums[a->nnums];
        memset(n, 0, sizeof *n);
        n->v = parse_num(a, i);
        n->t0 = n->t1 = (uint32_t)i;
        size_t j = i + 1;
        /* percent */
        if (j < s->t1 && (tok_is(a, j, "%") || tok_is(a, j, "percent") || tok_is(a, j, "pct") ||
                          (tok_is(a, j, "per") && j + 1 < s->t1 && tok_is(a, j + 1, "cent")))) {
            n->pct = 1;
            n->t1 = (uint32_t)(j + (tok_is(a, j, "per") ? 2 : 1));
            if (i > s->t0 && tok_is(a, i - 1, "-") && !(t->flags & EXTRACT_TOK_SPACE) &&
                i - 1 > s->t0 && (TK(a, i - 1)->flags & EXTRACT_TOK_SPACE))
                n->v = -n->v, n->t0 = (uint32_t)(i - 1);
            a->nnums++;
            i = n->t1 - 1;
            continue;
        }
        /* money: [sym] NUM [scale] [word currency] */
        const char *cur = NULL;
        size_t start = i;
        for (size_t k = 0; k < a->nhits; k++) {
            const extract_lex_hit_t *c = &a->hits[k];
            if (c->entry->cls == LEX_CURRENCY && c->entry->sym && c->t1 == i) {
                if (!cur || c->t0 < start) cur = c->entry->value, start = c->t0;
            }
        }
        double mult = 1;
        if ((h = hit_at(a, j, LEX_SCALE)) != NULL) {
            /* "m", "b" only glued to the number (2.1bn, 400m) */
            if (!(h->entry->phrase[1] == 0 && (TK(a, j)->flags & EXTRACT_TOK_SPACE))) {
                mult = h->entry->num;
                j = h->t1;
            }
        }
        if (!cur && (h = hit_at(a, j, LEX_CURRENCY)) != NULL && !h->entry->sym) {
            cur = h->entry->value;
            j = h->t1;
        }
        if (!cur) continue;
        if (j < s->t1 && (tok_is(a, j, "a") || tok_is(a, j, "per")) && j + 1 < s->t1 &&
            tok_is(a, j + 1, "share"))
            continue; /* a price per share, not an amount */
        if (j < s->t1 && tok_is(a, j, "cts")) continue;
        n->v *= mult;
        snprintf(n->cur, sizeof n->cur, "%s", cur);
        n->t0 = (uint32_t)start;
        n->t1 = (uint32_t)j;
        if ((h = hit_ending(a, start, LEX_QUAL)) != NULL)
            n->qual = strcmp(h->entry->value, "up_to") == 0 ? 1 : 2;
        a->nnums++;
        i = j - 1;
    }
}

static void find_dates(art_t *a, const sent_t *s)
{
    a->ndates = 0;
    for (size_t i = s->t0; i < s->t1 && a->ndates < 8; i++) {
        const extract_tok_t *t = TK(a, i);
        if (!(t->flags & (EXTRACT_TOK_WORD | EXTRACT_TOK_NUM))) continue;
        if ((t->flags & EXTRACT_TOK_WORD) && !(t->flags & EXTRACT_TOK_CAP)) continue;
        int y, m, d;
        size_t k = date_scan(a->text + t->off, s->end - t->off, 0, &y, &m, &d);
        if (!k) continue;
        if ((t->flags & EXTRACT_TOK_WORD) && t->len == 3 && tok_is(a, i, "may") && !y) continue;
        sdate_t *sd = &a->dates[a->ndates++];
        sd->iso[0] = 0;
        if (!y) y = a->year;
        if (y && date_valid(y, m, d)) snprintf(sd->iso, sizeof sd->iso, "%04d-%02d-%02d", y, m, d);
        sd->on = i > s->t0 && tok_is(a, i - 1, "on");
        sd->t0 = (uint32_t)i;
        while (i + 1 < s->t1 && TK(a, i + 1)->off < t->off + k) i++;
    }
}

/* Finds company and regulator mentions, lexicon hits, numbers and dates of sentence s. */
static void analyse(art_t *a, const sent_t *s)
{
    a->nments = 0;
    a->nhits = 0;
    for (size_t i = s->t0; i < s->t1 && !a->oom; i++) {
        extract_lex_hit_t h[MAX_HITS_AT];
        size_t k = extract_lex_match(a->x->lex, a->text, a->toks.v, s->t1, i, h, MAX_HITS_AT);
        if (k) {
            if (ex_grow((void **)&a->hits, &a->caphits, a->nhits + k, sizeof *a->hits)) {
                a->oom = 1;
                return;
            }
            memcpy(a->hits + a->nhits, h, k * sizeof *h);
            a->nhits += k;
        }
    }
    for (size_t i = s->t0; i < s->t1 && !a->oom;) {
        const extract_tok_t *t = TK(a, i);
        size_t tk, ml;
        if (tok_is(a, i, "(") && (ml = ticker_mark(a, i, s->t1, &tk))) {
            i += ml; /* "(NASDAQ: AAPL)" names no company itself */
            continue;
        }
        if (!(t->flags & (EXTRACT_TOK_WORD | EXTRACT_TOK_NUM)) ||
            ((t->flags & EXTRACT_TOK_LOWER) && !tok_capword(a, i))) {
            i++;
            continue;
        }
        const registry_entry_t *en = NULL;
        int pv = -1;
        size_t l = registry_match(a->x->reg, a->text, a->toks.v, s->t1, i, &en);
        size_t lp = prov_match(a, i, s->t1, &pv);
        if (!l && !lp) {
            i++;
            continue;
        }
        co_t co;
        int reg = 0;
        if (lp > l && a->provs[pv].ent) { /* named by its ticker */
            co.ent = a->provs[pv].ent;
            co.prov = -1;
            l = lp;
        } else if (lp > l) {
            co.ent = NULL;
            co.prov = pv;
            l = lp;
        } else {
            co.ent = en;
            co.prov = -1;
            reg = en->kind == REGISTRY_REGULATOR;
        }
        size_t e = i + l, sl;
        /* absorb "Inc", "Corp." */
        if (e < s->t1 && has_class_at(a, e, s->t1, LEX_CORPSFX, &sl) && sl == 1 &&
            tok_capword(a, e)) {
            e++;
            if (e < s->t1 && tok_is(a, e, ".") && !(TK(a, e)->flags & EXTRACT_TOK_SPACE)) e++;
        }
        push_ment(a, co, reg, i, e);
        i = e;
    }
    find_numbers(a, s);
    find_dates(a, s);
}

/* ---------------------------------------------------------------- events */

typedef struct party_s {
    co_t co;
    const char *role;
} party_t;

static int sent_has_word(const art_t *a, const sent_t *s, uint64_t h)
{
    for (size_t i = s->t0; i < s->t1; i++)
        if (TK(a, i)->h == h) return 1;
    return 0;
}

static int trigger_allowed(const art_t *a, const sent_t *s, const extract_lex_entry_t *en)
{
    if (en->requires[0]) {
        int ok = 0;
        for (size_t k = 0; en->requires[k] && !ok; k++) ok = sent_has_word(a, s, en->requires[k]);
        if (!ok) return 0;
    }
    for (size_t k = 0; en->excludes[k]; k++)
        if (sent_has_word(a, s, en->excludes[k])) return 0;
    return 1;
}

static void co_name(const art_t *a, co_t c, const char **id, const char **name, const char **tick)
{
    if (c.ent) {
        *id = c.ent->id;
        *name = c.ent->name;
        *tick = c.ent->ticker;
    } else {
        *id = a->provs[c.prov].id;
        *name = a->provs[c.prov].name;
        *tick = NULL;
    }
}

/* Copies the sentence with runs of whitespace collapsed. */
static char *sentence_text(art_t *a, const sent_t *s)
{
    buf_reset(&a->scratch);
    int sp = 0;
    for (size_t i = s->off; i < s->end; i++) {
        char c = a->text[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            sp = 1;
            continue;
        }
        if (sp && a->scratch.len) buf_putc(&a->scratch, ' ');
        sp = 0;
        buf_putc(&a->scratch, c);
    }
    if (a->scratch.oom) return NULL;
    return mem_strdup(buf_str(&a->scratch));
}

static int key_same(const art_t *a, const event_t *x, const event_t *y)
{
    if (x->type != y->type || x->ncompanies != y->ncompanies) return 0;
    for (size_t i = 0; i < x->ncompanies; i++)
        if (!event_has_company(y, x->companies[i].id)) return 0;
    double p, q;
    if ((x->type == EVENT_SHARE_MOVE || x->type == EVENT_METRIC_CHANGE) &&
        event_get_num(x, "percent", &p) && event_get_num(y, "percent", &q) && p != q)
        return 0;
    if (x->type == EVENT_CORPORATE_EVENT) {
        const char *n1 = event_get_str(x, "name"), *n2 = event_get_str(y, "name");
        if (n1 && n2 && strcasecmp(n1, n2) != 0) return 0;
    }
    (void)a;
    return 1;
}

/* Adds ev (its contents are stolen) unless an event with the same key exists in the same
 * segment, in which case the missing fields are merged into that one. */
static void emit(art_t *a, const sent_t *s, event_t *ev, const char *date)
{
    size_t i;
    if (a->oom) goto drop;
    for (i = a->out_base; i < a->out->n; i++) {
        event_t *o = &a->out->items[i];
        if (a->ev_seg[i - a->out_base] != s->seg || !key_same(a, o, ev)) continue;
        for (size_t k = 0; k < ev->ndata; k++) {
            const event_field_t *f = &ev->data[k];
            if (event_get(o, f->key)) continue;
            int rc = f->kind == EVENT_FIELD_NUM ? event_set_num(o, f->key, f->num)
                                                : event_set_str(o, f->key, f->str);
            if (rc) a->oom = 1;
        }
        goto drop;
    }
    if (s->seg == 0) {
        const char *d = date && *date ? date : a->dateline;
        if (*d) memcpy(ev->occurred_on, d, 11);
    } else if (date && *date && strlen(date) == 10) {
        memcpy(ev->occurred_on, date, 11);
    }
    ev->source.offset = s->off;
    ev->source.length = (long long)s->end - s->off;
    if (event_set_string(&ev->source.doc, a->in->doc) ||
        event_set_string(&ev->source.name, a->in->name) ||
        event_set_string(&ev->source.title, a->in->title) ||
        !(ev->source.sentence = sentence_text(a, s))) {
        a->oom = 1;
        goto drop;
    }
    if (event_validate(ev, NULL) != 0) goto drop;
    size_t idx = a->out->n - a->out_base;
    if (ex_grow((void **)&a->ev_seg, &a->ev_cap, idx + 1, sizeof *a->ev_seg) ||
        event_list_push(a->out, ev)) {
        a->oom = 1;
        goto drop;
    }
    a->ev_seg[idx] = s->seg;
    return;
drop:
    event_release(ev);
}

static int make_event(art_t *a, event_t *ev, event_type_t type, const party_t *p, size_t np)
{
    event_init(ev);
    ev->type = type;
    for (size_t i = 0; i < np; i++) {
        const char *id, *name, *tick;
        int dup = 0;
        co_name(a, p[i].co, &id, &name, &tick);
        for (size_t k = 0; k < i; k++)
            if (co_eq(a, p[k].co, p[i].co)) dup = 1;
        if (dup) continue;
        if (event_add_company(ev, id, name, tick, p[i].role)) {
            event_release(ev);
            return a->oom = 1, ERR_NOMEM;
        }
    }
    return 0;
}

static void set_str(art_t *a, event_t *ev, const char *k, const char *v)
{
    if (v && *v && event_set_str(ev, k, v)) a->oom = 1;
}

static void set_num(art_t *a, event_t *ev, const char *k, double v)
{
    if (event_set_num(ev, k, v)) a->oom = 1;
}

/* Text of tokens [t0, t1) as written (whitespace collapsed), into out (cap bytes). */
static void span_text(const art_t *a, size_t t0, size_t t1, char *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = t0; i < t1 && n + 1 < cap; i++) {
        const extract_tok_t *t = TK(a, i);
        if (i > t0 && (t->flags & EXTRACT_TOK_SPACE) && n + 1 < cap) out[n++] = ' ';
        for (size_t k = 0; k < t->len && n + 1 < cap; k++) out[n++] = a->text[t->off + k];
    }
    out[n] = 0;
}

/* The mention nearest before token i (company, not regulator), or -1. */
static long ment_before(const art_t *a, size_t i, size_t lo)
{
    for (size_t k = a->nments; k-- > 0;)
        if (!a->ments[k].regulator && a->ments[k].t1 <= i && a->ments[k].t0 >= lo) return (long)k;
    return -1;
}

static long ment_after(const art_t *a, size_t i, size_t hi)
{
    for (size_t k = 0; k < a->nments; k++)
        if (!a->ments[k].regulator && a->ments[k].t0 >= i && a->ments[k].t0 < hi) return (long)k;
    return -1;
}

/* Is token range [x, y) only "and", "," and "the"? (conjoined mentions) */
static int only_conj(const art_t *a, size_t x, size_t y)
{
    if (y <= x) return 1;
    for (size_t i = x; i < y; i++)
        if (!(tok_is(a, i, "and") || tok_is(a, i, ",") || tok_is(a, i, "&") || tok_is(a, i, "<") ||
              tok_is(a, i, ">")))
            return 0;
    return 1;
}

/* Collects the group of conjoined mentions ending with mention k going left. */
static size_t group_left(const art_t *a, long k, co_t *out, size_t max)
{
    size_t n = 0;
    if (k < 0) return 0;
    out[n++] = a->ments[k].co;
    while (k > 0 && n < max) {
        long p = k - 1;
        if (a->ments[p].regulator || !only_conj(a, a->ments[p].t1, a->ments[k].t0)) break;
        out[n++] = a->ments[p].co;
        k = p;
    }
    return n;
}

static size_t group_right(const art_t *a, long k, co_t *out, size_t max)
{
    size_t n = 0;
    if (k < 0) return 0;
    out[n++] = a->ments[k].co;
    while ((size_t)k + 1 < a->nments && n < max) {
        long q = k + 1;
        if (a->ments[q].regulator || !only_conj(a, a->ments[k].t1, a->ments[q].t0)) break;
        /* "A and B" only when "and" is there somewhere */
        out[n++] = a->ments[q].co;
        k = q;
    }
    return n;
}

static int hit_in(const art_t *a, int cls, size_t lo, size_t hi, size_t *where)
{
    for (size_t k = 0; k < a->nhits; k++)
        if (a->hits[k].entry->cls == cls && a->hits[k].t0 >= lo && a->hits[k].t1 <= hi) {
            if (where) *where = a->hits[k].t0;
            return 1;
        }
    return 0;
}

/* Resolves a description ("the social media giant", "the company") to a context company. */
static int resolve_desc(const art_t *a, const sent_t *s, size_t lo, size_t hi, const co_t *avoid,
                        size_t navoid, co_t *out)
{
    size_t where;
    int pron = hit_in(a, LEX_PRON, lo, hi, &where);
    int desc = hit_in(a, LEX_DESC, lo, hi, &where);
    if (!pron && !desc) return 0;
    if (s->seg > 0 && a->ctx_seg == s->seg && a->nctx) {
        int best = -1, bests = -1;
        for (size_t c = 0; c < a->nctx; c++) {
            int skip = 0;
            for (size_t v = 0; v < navoid; v++)
                if (co_eq(a, avoid[v], a->ctx[c])) skip = 1;
            if (skip) continue;
            int score = 0;
            const char *sec = a->ctx[c].ent ? a->ctx[c].ent->sector : NULL;
            if (desc && sec) {
                for (size_t w = where > lo + 3 ? where - 3 : lo; w <= where; w++) {
                    const extract_tok_t *t = TK(a, w);
                    if (!(t->flags & EXTRACT_TOK_WORD) || t->len < 3) continue;
                    const char *p = sec;
                    while ((p = strstr(p, "")) && *p) {
                        size_t l = strcspn(p, " ");
                        if (l == t->len && strncasecmp(p, a->text + t->off, l) == 0) score++;
                        p += l;
                        while (*p == ' ') p++;
                    }
                }
            }
            if (score > bests) bests = score, best = (int)c;
        }
        if (best < 0) return 0;
        *out = a->ctx[best];
        return 1;
    }
    if (s->seg == 0 && a->have_subj) {
        for (size_t v = 0; v < navoid; v++)
            if (co_eq(a, avoid[v], a->last_subj)) return 0;
        *out = a->last_subj;
        return 1;
    }
    return 0;
}

static const char *deal_status(const art_t *a, const sent_t *s, const char *dflt)
{
    static const char *const order[] = {"announced", "talks", "completed", "terminated"};
    int best = -1;
    for (int k = 0; k < 4 && dflt; k++)
        if (strcmp(order[k], dflt) == 0) best = k;
    for (size_t k = 0; k < a->nhits; k++) {
        const extract_lex_entry_t *en = a->hits[k].entry;
        if (en->cls != LEX_STATUS || !en->value) continue;
        for (int o = 0; o < 4; o++)
            if (strcmp(order[o], en->value) == 0 && o > best) best = o;
    }
    (void)s;
    return best >= 0 ? order[best] : "announced";
}

static const num_t *money_near(const art_t *a, size_t from)
{
    const num_t *best = NULL;
    for (size_t k = 0; k < a->nnums; k++) {
        const num_t *n = &a->nums[k];
        if (n->pct) continue;
        if (!best || (n->t0 >= from && best->t0 < from)) best = n;
    }
    return best;
}

static const char *sentence_date(const art_t *a, int any)
{
    for (size_t k = 0; k < a->ndates; k++)
        if (a->dates[k].iso[0] && (any || a->dates[k].on)) return a->dates[k].iso;
    return NULL;
}

/* "in <Place>" after token i: writes the place into out. */
static int place_after(const art_t *a, const sent_t *s, size_t i, char *out, size_t cap)
{
    for (size_t k = 0; k < a->nhits; k++) {
        const extract_lex_hit_t *h = &a->hits[k];
        if (h->entry->cls != LEX_PLACE || h->t0 < i + 1 || h->t0 >= s->t1) continue;
        if (!tok_is(a, h->t0 - 1, "in")) continue;
        if (h->t1 < s->t1 && tok_capword(a, h->t1) && !(TK(a, h->t1)->flags & EXTRACT_TOK_UPPER))
            continue; /* "in China Developer ..." is a name, not a place */
        span_text(a, h->t0, h->t1, out, cap);
        return 1;
    }
    return 0;
}

/* A negation shortly before a deal trigger, with no company or clause break between:
 * "not interested in acquiring", "denied it was in talks to buy", "has no plans to sell"
 * (lexicon class neg) mean no deal; a neg phrase valued "terminated" ("rejected",
 * "ended talks") makes the deal terminated. Returns 0 (none), 1 (no deal), 2 (terminated). */
#define NEG_WINDOW      5  /* tokens between a negation and the trigger */
#define NEG_WINDOW_TERM 10 /* ... for a rejection (companies may come between) */
static int deal_negated(const art_t *a, const extract_lex_hit_t *h)
{
    int r = 0;
    for (size_t k = 0; k < a->nhits && r != 1; k++) {
        const extract_lex_hit_t *n = &a->hits[k];
        if (n->entry->cls != LEX_NEG || n->t1 > h->t0) continue;
        int term = n->entry->value && strcmp(n->entry->value, "terminated") == 0;
        if (h->t0 - n->t1 > (term ? NEG_WINDOW_TERM : NEG_WINDOW)) continue;
        int cut = 0;
        for (size_t i = n->t1; i < h->t0 && !cut; i++)
            cut = tok_is(a, i, ",") || tok_is(a, i, ";") || tok_is(a, i, "but");
        for (size_t m = 0; m < a->nments && !cut && !term; m++)
            cut = a->ments[m].t0 >= n->t1 && a->ments[m].t1 <= h->t0;
        if (!cut) r = term ? 2 : 1;
    }
    return r;
}

static void rule_deal(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    const extract_lex_entry_t *en = h->entry;
    const char *status = deal_status(a, s, en->status);
    int neg = deal_negated(a, h);
    if (neg == 1 && strcmp(status, "terminated") != 0) return;
    if (neg == 2) status = "terminated";
    co_t ag[4], pa[4];
    size_t nag = 0, npa = 0;
    long kl = ment_before(a, h->t0, s->t0), kr = ment_after(a, h->t1, s->t1);
    int rev = en->dir == LEX_DIR_REV || en->dir == LEX_DIR_SELL;
    /* the object of the trigger: trade in goods ("to buy Saudi crude", "sold 10 jets")
     * is no deal unless a business is named there too ("its aircraft unit") */
    size_t wend = h->t1 + 10 < s->t1 ? h->t1 + 10 : s->t1;
    int dealobj = hit_in(a, LEX_DEALOBJ, h->t1, wend, NULL);
    if ((en->dir == LEX_DIR_FWD || en->dir == LEX_DIR_SELL) && !dealobj &&
        hit_in(a, LEX_GOODS, h->t1, wend, NULL))
        return;
    /* a count right after the verb: "sold 1,082 cars", "to acquire 15 Boeing 767s" */
    if ((en->dir == LEX_DIR_FWD || en->dir == LEX_DIR_SELL) && !dealobj && h->t1 < s->t1 &&
        (TK(a, h->t1)->flags & EXTRACT_TOK_NUM)) {
        int num = 0;
        for (size_t k = 0; k < a->nnums && !num; k++) num = a->nums[k].t0 == h->t1;
        if (!num) return;
    }
    /* shares or a stake before the company ("bought 5 pct of X", "to sell its stake in
     * X") are an investment (the stake triggers), unless all of them are bought */
    if (en->type == EVENT_ACQUISITION && (en->dir == LEX_DIR_FWD || en->dir == LEX_DIR_SELL)) {
        size_t pend = kr >= 0 ? a->ments[kr].t0 : wend;
        int all = 0, part = hit_in(a, LEX_STAKE, h->t1, pend, NULL) ||
                            hit_in(a, LEX_INSTRUMENT, h->t1, pend, NULL);
        for (size_t k = 0; k < a->nnums && !part; k++)
            if (a->nums[k].pct && a->nums[k].t0 >= h->t1 && a->nums[k].t0 < pend) part = 1;
        for (size_t k = h->t1; k < pend && part && !all; k++) all = tok_is(a, k, "all");
        if (part && !all) return;
    }
    if (en->dir == LEX_DIR_SYM) {
        nag = group_left(a, kl, ag, 4);
        npa = group_right(a, kr, pa, 4);
        if (nag == 0 && npa >= 2) {
            ag[nag++] = pa[0];
            memmove(pa, pa + 1, --npa * sizeof *pa);
        }
        if (npa == 0 && nag >= 2) { /* "A and B agreed to merge" */
            pa[npa++] = ag[0];
            memmove(ag, ag + 1, --nag * sizeof *ag);
        }
    } else {
        if (kl >= 0) ag[nag++] = a->ments[kl].co;
        if (kr >= 0) pa[npa++] = a->ments[kr].co;
        if (rev) {
            co_t t0[4];
            size_t n0 = nag;
            memcpy(t0, ag, sizeof ag);
            memcpy(ag, pa, sizeof pa);
            nag = npa;
            memcpy(pa, t0, sizeof t0);
            npa = n0;
        }
    }
    /* fill a missing side from a description or a pronoun */
    size_t lo_l = rev ? h->t1 : s->t0, hi_l = rev ? s->t1 : h->t0;
    size_t lo_r = rev ? s->t0 : h->t1, hi_r = rev ? h->t0 : s->t1;
    /* "the acquisition of X by Y" */
    if (npa == 1 && en->dir == LEX_DIR_FWD && kr >= 0 && (size_t)kr + 1 < a->nments &&
        a->ments[kr].t1 + 1 == a->ments[kr + 1].t0 && !a->ments[kr + 1].regulator &&
        tok_is(a, a->ments[kr].t1, "by")) {
        ag[0] = a->ments[kr + 1].co;
        nag = 1;
    }
    if (nag == 0 && resolve_desc(a, s, lo_l, hi_l, pa, npa, &ag[0])) nag = 1;
    if (npa == 0 && (s->seg > 0) && resolve_desc(a, s, lo_r, hi_r, ag, nag, &pa[0])) npa = 1;
    int inv = en->type == EVENT_INVESTMENT;
    /* stake_percent: a percentage next to a stake word */
    const num_t *stake = NULL;
    for (size_t k = 0; inv && k < a->nnums && !stake; k++) {
        const num_t *n = &a->nums[k];
        size_t w;
        if (n->pct && (hit_in(a, LEX_STAKE, n->t1, n->t1 + 4 < s->t1 ? n->t1 + 4 : s->t1, &w) ||
                       (n->t0 >= 2 &&
                        hit_in(a, LEX_STAKE, n->t0 - 3 > s->t0 ? n->t0 - 3 : s->t0, n->t0, &w))))
            stake = n;
    }
    /* one side alone: the seller of a business ("sold its unit"), or the company a
     * stake is held in when the holder is a person or a group ("an investor group") */
    int seller_only = 0, investee_only = 0;
    if (en->dir == LEX_DIR_SELL && nag == 0 && npa == 1 && dealobj)
        seller_only = 1;
    else if (inv && en->dir == LEX_DIR_FWD && nag == 0 && npa == 1 && stake)
        investee_only = 1;
    else if (nag == 0 || npa == 0)
        return;
    if (nag == 1 && npa == 1 && co_eq(a, ag[0], pa[0])) return;
    party_t p[8];
    size_t np = 0;
    for (size_t i = 0; i < nag && np < 8; i++)
        p[np].co = ag[i], p[np++].role = en->dir == LEX_DIR_SYM ? "party"
                                         : inv                  ? "investor"
                                                                : "acquirer";
    for (size_t i = 0; i < npa && np < 8; i++)
        p[np].co = pa[i], p[np++].role = en->dir == LEX_DIR_SYM ? "party"
                                         : seller_only          ? "seller"
                                         : inv                  ? "investee"
                                                                : "target";
    event_t ev;
    if (make_event(a, &ev, en->type, p, np)) return;
    if (ev.ncompanies < (size_t)(2 - (seller_only | investee_only))) {
        event_release(&ev);
        return;
    }
    set_str(a, &ev, "status", status);
    const num_t *m = money_near(a, h->t1);
    if (m) {
        set_num(a, &ev, "amount", m->v);
        set_str(a, &ev, "currency", m->cur);
        if (m->qual) set_str(a, &ev, "qualifier", m->qual == 1 ? "up_to" : "about");
    }
    if (stake) set_num(a, &ev, "stake_percent", stake->v);
    emit(a, s, &ev, sentence_date(a, 0));
}

/* The company most mentioned so far, other than c. */
static int dominant(const art_t *a, co_t c, co_t *out)
{
    int best = -1;
    for (size_t i = 0; i < a->ncounts; i++) {
        if (co_eq(a, a->counts_co[i], c)) continue;
        if (best < 0 || a->counts_n[i] > a->counts_n[best]) best = (int)i;
    }
    if (best < 0) return 0;
    *out = a->counts_co[best];
    return 1;
}

static void rule_partnership(art_t *a, const sent_t *s, const extract_lex_hit_t *h, int *rejected)
{
    const extract_lex_entry_t *en = h->entry;
    party_t p[8];
    size_t np = 0;
    if (en->type == EVENT_PARTNERSHIP_REJECTED) {
        /* the rejected party is the company just before the trigger; the subject is the
         * sentence's first other company, else the article's main one */
        long kr = ment_before(a, h->t0, s->t0);
        if (kr < 0) return;
        co_t rj = a->ments[kr].co, sub;
        int have = 0;
        for (size_t k = 0; k < a->nments && !have; k++)
            if (!a->ments[k].regulator && !co_eq(a, a->ments[k].co, rj))
                sub = a->ments[k].co, have = 1;
        if (!have && !dominant(a, rj, &sub)) return;
        p[0].co = sub, p[0].role = "subject";
        p[1].co = rj, p[1].role = "partner";
        np = 2;
        *rejected = 1;
    } else {
        if (*rejected) return;
        co_t l[4], r[4];
        size_t nl = group_left(a, ment_before(a, h->t0, s->t0), l, 4);
        size_t nr = group_right(a, ment_after(a, h->t1, s->t1), r, 4);
        for (size_t i = nl; i-- > 0 && np < 8;) p[np].co = l[i], p[np++].role = "partner";
        for (size_t i = 0; i < nr && np < 8; i++) p[np].co = r[i], p[np++].role = "partner";
        if (np < 2 && s->seg > 0 && a->ctx_seg == s->seg) {
            np = 0;
            for (size_t i = 0; i < a->nctx && np < 8; i++)
                p[np].co = a->ctx[i], p[np++].role = "partner";
            if (np < 2 || !hit_in(a, LEX_DESC, s->t0, s->t1, NULL)) return;
        }
        if (np < 2) return;
    }
    event_t ev;
    if (make_event(a, &ev, en->type, p, np)) return;
    if (ev.ncompanies < 2) {
        event_release(&ev);
        return;
    }
    if (en->type == EVENT_PARTNERSHIP) {
        char place[64];
        if (place_after(a, s, h->t1, place, sizeof place)) set_str(a, &ev, "region", place);
    }
    emit(a, s, &ev, sentence_date(a, 0));
}

static void rule_regulatory(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    const extract_lex_entry_t *en = h->entry;
    const registry_entry_t *regu = NULL;
    party_t p[8];
    size_t np = 0;
    for (size_t k = 0; k < a->nments; k++)
        if (a->ments[k].regulator) {
            regu = a->ments[k].co.ent;
            break;
        }
    if (!regu) return;
    for (size_t k = 0; k < a->nments && np < 8; k++)
        if (!a->ments[k].regulator) p[np].co = a->ments[k].co, p[np++].role = "subject";
    for (size_t i = a->out->n; np == 0 && i-- > a->out_base;) {
        const event_t *d = &a->out->items[i];
        if (a->ev_seg[i - a->out_base] != s->seg ||
            (d->type != EVENT_ACQUISITION && d->type != EVENT_INVESTMENT))
            continue;
        for (size_t c = 0; c < d->ncompanies && np < 8; c++) {
            const registry_entry_t *en2 = registry_find(a->x->reg, d->companies[c].id);
            int pv = en2 ? -1 : prov_find(a, d->companies[c].id);
            if (!en2 && pv < 0) continue;
            p[np].co.ent = en2, p[np].co.prov = pv, p[np++].role = "subject";
        }
    }
    if (np == 0) {
        co_t c;
        if (s->seg == 0 && a->have_subj)
            p[np].co = a->last_subj, p[np++].role = "subject";
        else if (s->seg > 0 && a->ctx_seg == s->seg && a->nctx)
            (void)c, p[np].co = a->ctx[0], p[np++].role = "subject";
        else
            return;
    }
    event_t ev;
    if (make_event(a, &ev, en->type, p, np)) return;
    set_str(a, &ev, "regulator", regu->id);
    const char *st = en->status;
    if (en->type == EVENT_REGULATORY_APPROVAL) {
        if (sent_has_word(a, s, extract_tok_hash("conditions", 10)) ||
            sent_has_word(a, s, extract_tok_hash("conditionally", 13)) ||
            sent_has_word(a, s, extract_tok_hash("remedies", 8)))
            st = "conditional";
        if (!st) st = "approved";
    } else {
        if (!st) st = "pending";
        if (regu->jurisdiction) set_str(a, &ev, "jurisdiction", regu->jurisdiction);
    }
    set_str(a, &ev, "status", st);
    emit(a, s, &ev, sentence_date(a, 0));
}

static void rule_product(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    co_t g[4];
    long kl = ment_before(a, h->t0, h->t0 > s->t0 + 15 ? h->t0 - 15 : s->t0);
    size_t ng = group_left(a, kl, g, 4);
    /* "A teams up with B to introduce": the subject joins B */
    if (ng == 1 && a->ments[kl].t0 > s->t0 &&
        (tok_is(a, a->ments[kl].t0 - 1, "with") || tok_is(a, a->ments[kl].t0 - 1, "by"))) {
        long k0 = ment_before(a, a->ments[kl].t0 - 1, s->t0);
        if (k0 >= 0 && ng < 4) {
            g[1] = g[0];
            g[0] = a->ments[k0].co;
            ng = 2;
            co_t t = g[0];
            g[0] = g[1];
            g[1] = t;
        }
    }
    if (ng == 0) {
        co_t c;
        if (!resolve_desc(a, s, s->t0, h->t0, NULL, 0, &c)) return;
        g[ng++] = c;
    }
    party_t p[4];
    for (size_t i = 0; i < ng; i++) p[i].co = g[ng - 1 - i], p[i].role = "subject";
    event_t ev;
    if (make_event(a, &ev, EVENT_PRODUCT_ANNOUNCEMENT, p, ng)) return;
    /* the product: the noun phrase after the trigger */
    size_t i = h->t1, e;
    static const char *const skip[] = {"a", "an", "the", "its", "their", "new", "his", "her", NULL};
    static const char *const stop[] = {"and",  "for",  "in",    "to", "that", "which",
                                       "with", "on",   "at",    "by", "from", "as",
                                       "this", "next", "later", "of", NULL};
    for (int again = 1; again && i < s->t1;) {
        again = 0;
        for (size_t k = 0; skip[k]; k++)
            if (tok_is(a, i, skip[k])) again = 1;
        if (again) i++;
    }
    for (e = i; e < s->t1 && e - i < 6; e++) {
        const extract_tok_t *t = TK(a, e);
        int st = 0;
        for (size_t k = 0; stop[k]; k++)
            if (tok_is(a, e, stop[k])) st = 1;
        if (st || ((t->flags & EXTRACT_TOK_PUNCT) && !tok_is(a, e, "-"))) break;
    }
    if (e > i) {
        char prod[96];
        span_text(a, i, e, prod, sizeof prod);
        /* glue hyphenated words back */
        char clean[96];
        size_t n = 0;
        for (size_t k = 0; prod[k] && n + 1 < sizeof clean; k++) {
            if (prod[k] == ' ' && (prod[k + 1] == '-' || (k && prod[k - 1] == '-'))) continue;
            clean[n++] = prod[k];
        }
        clean[n] = 0;
        set_str(a, &ev, "product", clean);
    }
    emit(a, s, &ev, sentence_date(a, 0));
}

static void rule_corporate(art_t *a, const sent_t *s, const extract_lex_hit_t *h)
{
    size_t b = h->t0;
    while (b > s->t0 && tok_capword(a, b - 1) && h->t0 - b < 5 &&
           !has_class_at(a, b - 1, h->t0, LEX_NOTNAME, NULL))
        b--;
    int proper = (TK(a, h->t0)->flags & EXTRACT_TOK_UPPER) && h->t1 - h->t0 == 1;
    if (b == h->t0 && !proper) return;
    long k = ment_before(a, b, s->t0);
    if (k >= 0 && a->ments[k].t1 > b) k = -1;
    co_t c;
    if (k < 0) {
        /* a company inside the name: "Nvidia GTC" */
        for (size_t q = 0; q < a->nments; q++)
            if (!a->ments[q].regulator && a->ments[q].t0 >= b && a->ments[q].t1 <= h->t1) {
                k = (long)q;
                break;
            }
    }
    if (k >= 0)
        c = a->ments[k].co;
    else if (!resolve_desc(a, s, s->t0, b, NULL, 0, &c))
        return;
    party_t p = {c, "host"};
    event_t ev;
    if (make_event(a, &ev, EVENT_CORPORATE_EVENT, &p, 1)) return;
    char name[128];
    span_text(a, b, h->t1, name, sizeof name);
    set_str(a, &ev, "name", name);
    char place[64];
    if (place_after(a, s, h->t1 - 1, place, sizeof place)) set_str(a, &ev, "location", place);
    emit(a, s, &ev, sentence_date(a, 1));
}

/* share_move and metric_change, one per percentage. */
static void rule_percent(art_t *a, const sent_t *s)
{
    size_t prev = s->t0;
    int last_share = 0;
    for (size_t q = 0; q < a->nnums; q++) {
        const num_t *n = &a->nums[q];
        if (!n->pct) continue;
        size_t lo = prev, hi = n->t1 + 6 < s->t1 ? n->t1 + 6 : s->t1;
        size_t lo8 = n->t0 > lo + 10 ? n->t0 - 10 : lo;
        prev = n->t1;
        /* a stake, not a move */
        size_t w;
        if (hit_in(a, LEX_STAKE, n->t1, n->t1 + 4 < s->t1 ? n->t1 + 4 : s->t1, &w)) continue;
        if (n->t1 < s->t1 && tok_is(a, n->t1, "of")) continue;
        /* sign */
        int sign = 0;
        size_t sw = 0;
        for (size_t k = 0; k < a->nhits; k++) {
            const extract_lex_hit_t *hh = &a->hits[k];
            int c = hh->entry->cls;
            if (c != LEX_UP && c != LEX_DOWN) continue;
            int near = (hh->t1 <= n->t0 && hh->t0 + 6 >= n->t0 && hh->t0 >= lo) ||
                       (hh->t0 >= n->t1 && hh->t0 <= n->t1 + 1);
            if (!near) continue;
            if (!sign || (hh->t0 >= n->t1)) {
                sign = c == LEX_UP ? 1 : -1;
                sw = hh->t0;
            }
        }
        if (!sign) continue;
        double pct = n->v < 0 ? n->v : sign * n->v;
        size_t iw = 0;
        int instr = hit_in(a, LEX_INSTRUMENT, lo8, n->t0, &iw) && !tok_is(a, iw, "share");
        size_t mw = 0;
        int metric = hit_in(a, LEX_METRIC, n->t1, hi, &mw);
        if (metric) {
            int linked = 0;
            for (size_t k = n->t1; k < mw; k++)
                if (tok_is(a, k, "in") || tok_is(a, k, "of")) linked = 1;
            if (!linked) metric = 0;
        }
        if (!metric) metric = hit_in(a, LEX_METRIC, lo8, n->t0, &mw);
        if (!instr && last_share && !metric && ment_before(a, n->t0, lo) >= 0) {
            instr = 1;
            iw = (size_t)a->ments[ment_before(a, n->t0, lo)].t1;
            if (iw >= n->t0) iw = n->t0 - 1;
        }
        if (instr && !(metric && mw > n->t1)) {
            long k = ment_before(a, iw, lo > 0 && iw > lo + 6 ? iw - 6 : lo);
            co_t c;
            if (k < 0 && iw + 2 < s->t1 && tok_is(a, iw + 1, "of"))
                k = ment_after(a, iw + 2, iw + 3);
            if (k < 0) k = ment_before(a, n->t0, s->t0);
            if (k >= 0)
                c = a->ments[k].co;
            else if (!resolve_desc(a, s, lo, n->t0, NULL, 0, &c))
                continue;
            party_t p = {c, "subject"};
            event_t ev;
            if (make_event(a, &ev, EVENT_SHARE_MOVE, &p, 1)) return;
            set_num(a, &ev, "percent", pct);
            char ins[32] = "shares";
            last_share = 1;
            if (hit_at(a, iw, LEX_INSTRUMENT)) span_text(a, iw, iw + 1, ins, sizeof ins);
            for (char *x = ins; *x; x++)
                if (*x >= 'A' && *x <= 'Z') *x = (char)(*x | 32);
            set_str(a, &ev, "instrument", ins);
            if (iw >= 2 && tok_is(a, iw - 1, "listed") && tok_is(a, iw - 2, "-") && iw >= 3) {
                char lst[32];
                span_text(a, iw - 3, iw - 2, lst, sizeof lst);
                set_str(a, &ev, "listing", lst);
            }
            emit(a, s, &ev, sentence_date(a, 0));
            continue;
        }
        if (!metric) continue;
        /* metric phrase: "drop in iPhone sales" → "iPhone sales" */
        char mname[96];
        size_t m0 = mw, m1 = mw + 1;
        const extract_lex_hit_t *mh = hit_at(a, mw, LEX_METRIC);
        if (mh) m1 = mh->t1;
        if (mw > n->t1) {
            size_t k = mw;
            while (k > n->t1 && k > sw + 1 && mw - k < 3 && !tok_is(a, k - 1, "in") &&
                   !tok_is(a, k - 1, "of") && (TK(a, k - 1)->flags & EXTRACT_TOK_WORD))
                k--;
            m0 = k;
        }
        span_text(a, m0, m1, mname, sizeof mname);
        co_t c;
        int have = 0;
        for (size_t k = 0; k < a->nhits && !have; k++) {
            const extract_lex_hit_t *ph = &a->hits[k];
            if (ph->entry->cls != LEX_PRODUCT || ph->t0 < m0 || ph->t1 > m1) continue;
            const registry_entry_t *en = registry_find(a->x->reg, ph->entry->value);
            if (en) c.ent = en, c.prov = -1, have = 1;
        }
        if (!have) {
            long k = ment_before(a, n->t0, s->t0);
            if (k >= 0) c = a->ments[k].co, have = 1;
        }
        if (!have && s->seg == 0 && a->have_subj && mw < s->t0 + 3) c = a->last_subj, have = 1;
        if (!have && !resolve_desc(a, s, s->t0, n->t0, NULL, 0, &c)) continue;
        party_t p = {c, "subject"};
        event_t ev;
        if (make_event(a, &ev, EVENT_METRIC_CHANGE, &p, 1)) return;
        set_num(a, &ev, "percent", pct);
        set_str(a, &ev, "metric", mname);
        char place[64];
        if (place_after(a, s, m1 - 1, place, sizeof place)) set_str(a, &ev, "region", place);
        emit(a, s, &ev, sentence_date(a, 0));
    }
}

static void count_company(art_t *a, co_t c)
{
    for (size_t i = 0; i < a->ncounts; i++)
        if (co_eq(a, a->counts_co[i], c)) {
            a->counts_n[i]++;
            return;
        }
    if (a->ncounts < 64) {
        a->counts_co[a->ncounts] = c;
        a->counts_n[a->ncounts++] = 1;
    }
}

static void run_rules(art_t *a, const sent_t *s)
{
    int rejected = 0;
    /* rejections first: they silence partnerships of the same sentence */
    for (size_t k = 0; k < a->nhits; k++) {
        const extract_lex_hit_t *h = &a->hits[k];
        if (h->entry->cls == LEX_TRIGGER && h->entry->type == EVENT_PARTNERSHIP_REJECTED &&
            trigger_allowed(a, s, h->entry))
            rule_partnership(a, s, h, &rejected);
    }
    for (size_t k = 0; k < a->nhits && !a->oom; k++) {
        const extract_lex_hit_t *h = &a->hits[k];
        if (h->entry->cls == LEX_EVENTNOUN) {
            rule_corporate(a, s, h);
            continue;
        }
        if (h->entry->cls != LEX_TRIGGER || !trigger_allowed(a, s, h->entry)) continue;
        switch (h->entry->type) {
        case EVENT_ACQUISITION:
        case EVENT_INVESTMENT:
            rule_deal(a, s, h);
            break;
        case EVENT_PARTNERSHIP:
            rule_partnership(a, s, h, &rejected);
            break;
        case EVENT_REGULATORY_FILING:
        case EVENT_REGULATORY_APPROVAL:
            rule_regulatory(a, s, h);
            break;
        case EVENT_PRODUCT_ANNOUNCEMENT:
            rule_product(a, s, h);
            break;
        default:
            break;
        }
    }
    rule_percent(a, s);
}

/* ---------------------------------------------------------------- detector */

/* Hands the rules' candidates to the learned detector (core/detect.h) with the article's
 * subject: the headline's first company, else the company the article names most. */
static int detect_hook(art_t *a, err_t *e)
{
    detect_article_t d = {a->text, a->len,     a->dateline, NULL,        NULL,
                          NULL,    a->in->doc, a->in->name, a->in->title};
    co_t subj = a->head_subj;
    int have = a->have_head, best = 0;
    for (size_t i = 0; !have && i < a->ncounts; i++)
        if (a->counts_n[i] > best) best = a->counts_n[i], subj = a->counts_co[i];
    if (have || best) co_name(a, subj, &d.subject_id, &d.subject_name, &d.subject_ticker);
    return detect_apply(a->x->model, &d, a->out, a->out_base, e);
}

void extract_set_model(extract_t *x, const model_t *m)
{
    x->model = m;
}

/* ---------------------------------------------------------------- API */

int extract_new(const registry_t *reg, extract_t **out, err_t *e)
{
    extract_t *x = mem_calloc(1, sizeof *x);
    int rc;
    *out = NULL;
    if (!x) return err_set(e, ERR_NOMEM, "out of memory");
    x->reg = reg;
    x->lex = extract_lex_new();
    if (!x->lex) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto fail;
    }
    if ((rc = extract_lex_load_builtin(x->lex, e))) goto fail;
    const embed_file_t *ab = embed_find("abbreviations.tsv");
    if (!ab) {
        rc = err_set(e, ERR_INTERNAL, "built-in abbreviations.tsv missing");
        goto fail;
    }
    for (const char *p = ab->data; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t l = nl ? (size_t)(nl - p) : strlen(p);
        if (l && p[0] != '#') {
            size_t tab = strcspn(p, "\t");
            if (tab < l) {
                char **v = mem_realloc(x->abbrev, (x->nabbrev + 1) * sizeof *v);
                unsigned char *m = v ? mem_realloc(x->abbrev_maybe, x->nabbrev + 1) : NULL;
                if (v) x->abbrev = v;
                if (m) x->abbrev_maybe = m;
                if (!v || !m || !(x->abbrev[x->nabbrev] = mem_strndup(p, tab))) {
                    rc = err_set(e, ERR_NOMEM, "out of memory");
                    goto fail;
                }
                x->abbrev_maybe[x->nabbrev++] = strncmp(p + tab + 1, "maybe", 5) == 0;
            }
        }
        p = nl ? nl + 1 : NULL;
    }
    *out = x;
    return 0;
fail:
    extract_free(x);
    return rc;
}

void extract_free(extract_t *x)
{
    if (!x) return;
    extract_lex_free(x->lex);
    for (size_t i = 0; i < x->nabbrev; i++) mem_free(x->abbrev[i]);
    mem_free(x->abbrev);
    mem_free(x->abbrev_maybe);
    mem_free(x);
}

int extract_article(const extract_t *x, const extract_input_t *in, event_list_t *out, err_t *e)
{
    art_t a;
    int rc = 0;
    memset(&a, 0, sizeof a);
    a.x = x;
    a.in = in;
    a.text = in->text;
    a.len = in->len;
    a.out = out;
    a.out_base = out->n;
    a.ctx_seg = -1;
    buf_init(&a.scratch);
    if (in->len >= UINT32_MAX) return err_set(e, ERR_DATA, "article too large");
    if ((rc = structure(&a))) goto out;
    for (size_t i = 0; i < a.nsents && !a.oom; i++) discover(&a, &a.sents[i]);
    for (size_t i = 0; i < a.nsents && !a.oom; i++) {
        const sent_t *s = &a.sents[i];
        analyse(&a, s);
        if (a.oom) break;
        if (s->headline) {
            if (a.ctx_seg != s->seg) a.nctx = 0;
            a.ctx_seg = s->seg;
            for (size_t k = 0; k < a.nments && a.nctx < MAX_CTX; k++)
                if (!a.ments[k].regulator) a.ctx[a.nctx++] = a.ments[k].co;
        }
        if (s->seg == 0)
            for (size_t k = 0; k < a.nments; k++)
                if (!a.ments[k].regulator) count_company(&a, a.ments[k].co);
        if (i == 0)
            for (size_t k = 0; k < a.nments && !a.have_head; k++)
                if (!a.ments[k].regulator) a.head_subj = a.ments[k].co, a.have_head = 1;
        run_rules(&a, s);
        if (s->seg == 0) {
            for (size_t k = 0; k < a.nments; k++)
                if (!a.ments[k].regulator) {
                    a.last_subj = a.ments[k].co;
                    a.have_subj = 1;
                    break;
                }
        }
    }
    if (a.oom) rc = ERR_NOMEM;
    if (!rc && x->model) rc = detect_hook(&a, e);
out:
    if (rc) {
        while (out->n > a.out_base) event_list_pop(out);
        err_set(e, rc, "extracting events: %s", err_str(rc));
    }
    for (size_t i = 0; i < a.nprov; i++) {
        mem_free(a.provs[i].id);
        mem_free(a.provs[i].name);
        mem_free(a.provs[i].toks);
    }
    mem_free(a.provs);
    mem_free(a.sents);
    mem_free(a.ments);
    mem_free(a.hits);
    mem_free(a.ev_seg);
    extract_toks_release(&a.toks);
    buf_release(&a.scratch);
    return rc;
}
