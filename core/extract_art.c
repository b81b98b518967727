/* extract_art: article structure. Lines, the dateline, the byline, related stories,
 * paragraphs (wrapped wire copy joined) and sentences, each tokenized. */
#include "extract_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "mem.h"

static size_t skip_sp(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    return i;
}

static size_t read_word(const char *s, size_t i, size_t n)
{
    while (i < n && ex_alpha_c((unsigned char)s[i])) i++;
    return i;
}

/* A dateline line: optional "Date:"/"Published:"/"Updated:" label, optional weekday, a
 * full date, then nothing but a time. Stores the ISO date; returns 1 when the line is one. */
static int dateline_line(const char *s, size_t n, char out[11])
{
    size_t i = skip_sp(s, 0, n);
    /* (web copy writes the label without its colon: "Updated Oct. 14, 2025 6:02 pm ET") */
    static const char *const labels[] = {
        "date:", "published:", "updated:", "dateline:", "published ", "updated ", "posted ", NULL};
    for (size_t k = 0; labels[k]; k++) {
        size_t l = strlen(labels[k]);
        if (n - i >= l && strncasecmp(s + i, labels[k], l) == 0) {
            i = skip_sp(s, i + l, n);
            break;
        }
    }
    /* ("Published 10:41 AM EDT, August 20, 2026": the time before the date) */
    {
        size_t j = i;
        while (j < n && ex_digit_c((unsigned char)s[j])) j++;
        if (j > i && j < n && s[j] == ':') {
            size_t c = j;
            while (c < n && s[c] != ',' && c < j + 14) c++;
            if (c < n && s[c] == ',') i = skip_sp(s, c + 1, n);
        }
    }
    size_t w = read_word(s, i, n);
    static const char *const days[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "tues",   "wed",     "thu",       "thur",     "thurs",  "fri",      "sat",    "sun", NULL};
    for (size_t k = 0; days[k]; k++)
        if (w - i == strlen(days[k]) && strncasecmp(s + i, days[k], w - i) == 0) {
            i = w;
            if (i < n && s[i] == ',') i++;
            i = skip_sp(s, i, n);
            break;
        }
    size_t k = date_parse_text(s + i, n - i, out);
    /* "TOKYO, Sept 9, 2025": a city in capitals before the date */
    if (!k) {
        size_t j = i;
        while (j < n && (ex_upper_c((unsigned char)s[j]) || s[j] == ' ' || s[j] == '.')) j++;
        if (j > i + 2 && j < n && s[j] == ',') {
            i = skip_sp(s, j + 1, n);
            k = date_parse_text(s + i, n - i, out);
        }
    }
    if (!k) return 0;
    i += k;
    /* "April 2, 2026 at 10:14 AM EDT" */
    if (i + 4 < n && strncmp(s + i, " at ", 4) == 0) i += 4;
    /* the rest may only be a time and a zone (and, on a newsroom's page, a bar and what
     * follows it: "October 15, 2024 | Manufacturing | 4 min read") */
    for (; i < n; i++) {
        if (s[i] == '|') return 1;
        unsigned char c = (unsigned char)s[i];
        /* ("May 12, 2026 10:14 ET (14:14 GMT)") */
        if (!(ex_digit_c(c) || c == ':' || c == '.' || c == ' ' || c == '\t' || c == '\r' ||
              ex_upper_c(c) || c == ',' || c == '+' || c == '-' || c == 'a' || c == 'p' ||
              c == 'm' || c == '(' || c == ')'))
            return 0;
    }
    return 1;
}

/* An author's line ending in a date: "Sarah Perez @sarahp / 9:00 AM EDT • May 6, 2025",
 * "By Jane Doe | May 6, 2025". A short line with a mark of a byline (a handle, a bullet, a
 * bar or "By ") whose last words are a full date (and a time). Stores the ISO date. */
static int author_dateline(const char *s, size_t n, char out[11])
{
    if (n > 120 || n < 12) return 0;
    int mark = strncmp(s, "By ", 3) == 0;
    for (size_t i = 0; i + 2 < n && !mark; i++)
        mark = s[i] == '@' || s[i] == '|' ||
               (s[i] == '\xe2' && s[i + 1] == '\x80' && s[i + 2] == '\xa2');
    if (!mark) return 0;
    for (size_t i = 0; i < n; i++) {
        if (!ex_upper_c((unsigned char)s[i]) || (i > 0 && ex_alpha_c((unsigned char)s[i - 1])))
            continue;
        char iso[11];
        size_t k = date_parse_text(s + i, n - i, iso);
        if (!k) continue;
        size_t j = i + k;
        for (; j < n; j++) {
            unsigned char c = (unsigned char)s[j];
            if (!(ex_digit_c(c) || c == ':' || c == '.' || c == ' ' || c == '\t' || c == '\r' ||
                  ex_upper_c(c) || c == ',' || c == '+' || c == '-' || c == 'a' || c == 'p' ||
                  c == 'm'))
                break;
        }
        if (j < n) continue;
        memcpy(out, iso, 11);
        return 1;
    }
    return 0;
}

/* ---------------------------------------------------------------- lines and ex_structure */

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
    if (t[e - 1] == '.' && !(e - i > 2 && ex_upper_c((unsigned char)t[e - 2]))) return 0;
    i = skip_sp(t, i + 3, e);
    if (i >= e || !ex_upper_c((unsigned char)t[i])) return 0;
    int words = 0;
    for (size_t k = i; k < e; k++)
        if (t[k] == ' ') words++;
    return words <= 6;
}

/* A press release's closing matter: "About Acme Corp", "Forward-Looking Statements", "Media
 * Contact:", "Investor Contacts" alone on a line (the company's boilerplate, disclaimers and
 * contacts follow; no news). */
static int line_release_end(const char *t, line_t l)
{
    size_t i = skip_sp(t, l.s, l.e), e = l.e;
    while (e > i && (t[e - 1] == ' ' || t[e - 1] == '\r' || t[e - 1] == '\t' || t[e - 1] == ':'))
        e--;
    /* (the offering's legend: "This press release does not constitute an offer to sell") */
    static const char *const legend[] = {
        "This press release does not constitute", "This news release does not constitute",
        "This announcement does not constitute",  "This press release shall not constitute",
        "This news release shall not constitute", NULL};
    for (size_t k = 0; legend[k]; k++)
        if (e - i > strlen(legend[k]) && strncasecmp(t + i, legend[k], strlen(legend[k])) == 0)
            return 1;
    if (e - i < 6 || e - i > 60) return 0;
    static const char *const heads[] = {"Forward-Looking Statements",
                                        "Forward Looking Statements",
                                        "Cautionary Statement",
                                        "Safe Harbor",
                                        "Media Contact",
                                        "Media Contacts",
                                        "Investor Contact",
                                        "Investor Contacts",
                                        "Contacts",
                                        "Contact",
                                        NULL};
    for (size_t k = 0; heads[k]; k++)
        if (e - i == strlen(heads[k]) && strncasecmp(t + i, heads[k], e - i) == 0) return 1;
    if (strncmp(t + i, "About ", 6) != 0 || !ex_upper_c((unsigned char)t[i + 6])) return 0;
    int words = 0;
    for (size_t k = i; k < e; k++)
        if (t[k] == ' ') words++;
    return words <= 6 && t[e - 1] != '.';
}

/* Title Case, no closing period: a headline line. */
static int line_has_lower(const char *t, line_t l)
{
    for (size_t k = l.s; k < l.e; k++)
        if (ex_lower_c((unsigned char)t[k])) return 1;
    return 0;
}

static int line_headline(const char *t, line_t l)
{
    size_t e = l.e;
    while (e > l.s && (t[e - 1] == ' ' || t[e - 1] == '\r' || t[e - 1] == '\t')) e--;
    if (e <= l.s || e - l.s > 250) return 0;
    char last = t[e - 1];
    if (last == '.' || last == ':' || last == ',' || last == ';') return 0;
    int words = 0, caps = 0;
    for (size_t i = l.s; i < e;) {
        while (i < e && !ex_alpha_c((unsigned char)t[i])) i++;
        size_t w = i;
        while (w < e && t[w] != ' ') w++;
        size_t len = w - i;
        if (len >= 4) {
            words++;
            if (ex_upper_c((unsigned char)t[i])) caps++;
        }
        i = w;
    }
    return words >= 2 && caps * 10 >= words * 6;
}

/* ---------------------------------------------------------------- sentences */

static int abbrev_kind(const extract_t *x, const char *w, size_t n)
{
    long best = -1;
    for (long i = htab_first(&x->abbrev_idx, extract_tok_hash(w, n)); i >= 0;
         i = htab_next(&x->abbrev_idx, i))
        if (strlen(x->abbrev[i]) == n && strncasecmp(x->abbrev[i], w, n) == 0 &&
            (best < 0 || i < best))
            best = i;
    if (best < 0) return 0;
    return x->abbrev_maybe[best] ? 2 : 1;
}

/* "R.A.B.": single capital letters each followed by a dot. */
static int initials(const char *w, size_t n)
{
    if (n % 2) return 0;
    for (size_t k = 0; k < n; k += 2)
        if (!ex_upper_c((unsigned char)w[k]) || w[k + 1] != '.') return 0;
    return 1;
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
    /* no sentence is that long: cut it, at a ; or , in its second half when there is one */
    while (st->t1 - st->t0 > EX_MAX_SENT_TOKENS) {
        size_t t0 = st->t0, t1 = st->t1, cut = t0 + EX_MAX_SENT_TOKENS;
        for (size_t k = cut; k > t0 + EX_MAX_SENT_TOKENS / 2; k--)
            if (ex_tok_is(a, k - 1, ";") || ex_tok_is(a, k - 1, ",")) {
                cut = k;
                break;
            }
        st->t1 = (uint32_t)cut;
        st->end = ex_tk(a, cut - 1)->off + ex_tk(a, cut - 1)->len;
        if (ex_grow((void **)&a->sents, &a->capsents, a->nsents + 1, sizeof *a->sents))
            return ERR_NOMEM;
        st = &a->sents[a->nsents++];
        st->off = ex_tk(a, cut)->off;
        st->end = (uint32_t)e;
        st->seg = seg;
        st->headline = headline;
        st->t0 = (uint32_t)cut;
        st->t1 = (uint32_t)t1;
    }
    return 0;
}

/* Splits paragraph [s, e) into sentences. */
static int split_paragraph(art_t *a, size_t s, size_t e, int seg, int headline)
{
    const char *t = a->text;
    size_t st = s;
    /* the next '.', '!' and '?' at or after i, found with memchr (e when none is left):
     * most bytes of a paragraph are none of them */
    static const char marks[3] = {'.', '!', '?'};
    size_t nx[3];
    for (int m = 0; m < 3; m++) {
        const char *f = s < e ? memchr(t + s, marks[m], e - s) : NULL;
        nx[m] = f ? (size_t)(f - t) : e;
    }
    for (size_t i = s; i < e; i++) {
        size_t next = e;
        for (int m = 0; m < 3; m++) {
            if (nx[m] < i) {
                const char *f = memchr(t + i, marks[m], e - i);
                nx[m] = f ? (size_t)(f - t) : e;
            }
            if (nx[m] < next) next = nx[m];
        }
        if (next >= e) break;
        i = next;
        char c = t[i];
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
            if (!(ex_upper_c(nc) || ex_digit_c(nc) || nc == '"' || nc == '<' || nc == '(' ||
                  nc == '\'' || nc == 0xE2))
                continue;
        }
        if (c == '.') {
            size_t w = i;
            while (w > s && (ex_alpha_c((unsigned char)t[w - 1]) || t[w - 1] == '.')) w--;
            size_t wl = i + 1 - w;
            if (wl == 2 && ex_upper_c((unsigned char)t[w])) continue; /* an initial */
            int kind = abbrev_kind(a->x, t + w, wl);
            /* initials (T.E.A.M. Pacific, R.A.B. Holdings) end a sentence only before
             * a usual opener, like "maybe" abbreviations */
            if (!kind && wl >= 4 && initials(t + w, wl)) kind = 2;
            if (kind == 1) continue;
            if (kind == 2 && k < e) {
                size_t nw = read_word(t, k, e);
                if (!starter_word(a, t + k, nw - k)) continue;
                /* "the U.S. Federal Trade Commission", "U.K. National Grid": after initials,
                 * a word that opens an institution's name goes on the sentence */
                static const char *const inst[] = {"Federal", "National", "New", NULL};
                int name_word = 0;
                if (initials(t + w, wl)) {
                    size_t k2 = nw;
                    while (k2 < e && t[k2] == ' ') k2++;
                    /* (and a capital after it: "New York", not "U.S. New orders rose") */
                    for (size_t q = 0; inst[q] && k2 < e && ex_upper_c((unsigned char)t[k2]); q++)
                        name_word |=
                            nw - k == strlen(inst[q]) && memcmp(t + k, inst[q], nw - k) == 0;
                }
                if (name_word) continue;
            }
        }
        if (add_sentence(a, st, j, seg, headline)) return ERR_NOMEM;
        st = j;
        i = j > i ? j - 1 : i;
    }
    return add_sentence(a, st, e, seg, headline);
}

/* Finds "CITY, Mon DD -" (or a wire release's "CITY, June 3, 2025 /PRNewswire/ --" or
 * "(GLOBE NEWSWIRE) --") at the start of [s, e); stores year (0 when not written), month and day
 * and returns the offset of the text after the dash, or s when there is none. */
/* The length of a dash at t[j] (a hyphen, or an en or em dash), 0 when none. */
static size_t dash_at(const char *t, size_t j, size_t e)
{
    if (j < e && t[j] == '-') return 1;
    if (j + 2 < e && (unsigned char)t[j] == 0xE2 && (unsigned char)t[j + 1] == 0x80 &&
        ((unsigned char)t[j + 2] == 0x93 || (unsigned char)t[j + 2] == 0x94))
        return 3;
    return 0;
}

static size_t city_dateline(const art_t *a, size_t s, size_t e, int *yy, int *mo, int *dd)
{
    const char *t = a->text;
    size_t lim = s + 80 < e ? s + 80 : e;
    /* "Oct. 29, 2025 — European shares ended lower": a date opening the line, then a dash */
    {
        int y, m, d;
        size_t k = date_scan_text(t + s, e - s, 0, &y, &m, &d), j = e, dl = 0;
        /* ("July 22, 2026 (Reuters) - The U.S. Food and Drug Administration": the agency
         * between) */
        if (k && (j = skip_sp(t, s + k, e)) < e && t[j] == '(') {
            const char *cl = memchr(t + j, ')', (j + 30 < e ? j + 30 : e) - j);
            if (cl) j = skip_sp(t, (size_t)(cl - t) + 1, e);
        }
        if (k && j < e && (dl = dash_at(t, j, e)) && m) {
            *yy = y;
            *mo = m;
            *dd = d;
            return skip_sp(t, j + dl, e);
        }
    }
    for (size_t i = s; i + 3 < lim; i++) {
        /* "SAN JOSE, CA / ACCESSWIRE / March 4, 2026 / Helix Grid": the wire between
         * slashes, then the date and a slash */
        if (t[i] == ' ' && t[i + 1] == '/' && t[i + 2] == ' ' && i > s) {
            const char *sl = memchr(t + i + 3, '/', (i + 40 < e ? i + 40 : e) - i - 3);
            if (sl) {
                int y, m, d;
                size_t j = skip_sp(t, (size_t)(sl - t) + 1, e);
                size_t k = date_scan_text(t + j, e - j, 0, &y, &m, &d);
                size_t q = k ? skip_sp(t, j + k, e) : e;
                if (k && m && q < e && t[q] == '/') {
                    *yy = y;
                    *mo = m;
                    *dd = d;
                    return skip_sp(t, q + 1, e);
                }
            }
        }
        /* "AUSTIN, Texas--(BUSINESS WIRE)--Nov. 5, 2026-- ": the wire, then the date */
        if (t[i] == ')' && t[i + 1] == '-' && t[i + 2] == '-' && memchr(t + s, '(', i - s)) {
            int y, m, d;
            size_t k = date_scan_text(t + i + 3, e - i - 3, 0, &y, &m, &d);
            size_t j = k ? skip_sp(t, i + 3 + k, e) : e;
            if (j < e && t[j] == '-') {
                *yy = y;
                *mo = m;
                *dd = d;
                while (j + 1 < e && t[j + 1] == '-') j++;
                return skip_sp(t, j + 1, e);
            }
            /* "MINNEAPOLIS--(BUSINESS WIRE)--Verity Health Group today announced": no date
             * after the wire, the story begins there */
            if (!k) return skip_sp(t, i + 3, e);
        }
        if (t[i] == ',' && t[i + 1] == ' ') {
            int y, m, d;
            size_t k = date_scan_text(t + i + 2, e - i - 2, 0, &y, &m, &d);
            if (!k) continue;
            size_t j = skip_sp(t, i + 2 + k, e);
            /* "/PRNewswire/", "/Business Wire/": the wire between the date and the dash */
            /* ... or "(GLOBE NEWSWIRE)", "(BUSINESS WIRE)" */
            if (j < e && (t[j] == '/' || t[j] == '(')) {
                const char *sl =
                    memchr(t + j + 1, t[j] == '/' ? '/' : ')', (j + 40 < e ? j + 40 : e) - j - 1);
                if (sl) j = skip_sp(t, (size_t)(sl - t) + 1, e);
            }
            if (j < e && t[j] == '-') {
                *yy = y;
                *mo = m;
                *dd = d;
                while (j + 1 < e && t[j + 1] == '-') j++; /* "--" */
                return skip_sp(t, j + 1, e);
            }
            /* ("LONDON, Oct. 29, 2025 — European shares": an en or em dash) */
            size_t dl = dash_at(t, j, e);
            if (dl == 3) {
                *yy = y;
                *mo = m;
                *dd = d;
                return skip_sp(t, j + 3, e);
            }
        }
        if (t[i] == '-' && i > s + 2 && t[i - 1] == ' ' && t[i + 1] == ' ') {
            /* "CITY (Reuters) - " */
            if (i - s < 60 && memchr(t + s, '(', i - s)) return skip_sp(t, i + 1, e);
            return s;
        }
        /* "LIMA, Ohio (AP) — ": an em dash after the agency */
        if ((unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
            (unsigned char)t[i + 2] == 0x94 && i > s + 2 && t[i - 1] == ' ' && t[i - 2] == ')' &&
            i - s < 60 && memchr(t + s, '(', i - s))
            return skip_sp(t, i + 3, e);
    }
    return s;
}

/* Builds sentences: dateline, body (wrapped or one paragraph a line), byline, bio, related. */
int ex_structure(art_t *a)
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
    size_t body = 0, top = 0, dl_at = nl;
    /* (a newsroom's page may set its name and a headline, each past a blank line, above the
     * date: the first six lines) */
    for (i = 0; i < nl && i < 6; i++) {
        if (line_blank(t, lines[i])) continue;
        char iso[11];
        if (dateline_line(t + lines[i].s, lines[i].e - lines[i].s, iso) ||
            (i > 0 && author_dateline(t + lines[i].s, lines[i].e - lines[i].s, iso))) {
            memcpy(a->dateline, iso, 11);
            body = top = i + 1;
            /* a headline above the date line is read as the story's title, as a wire's title
             * under its "Date:" line is ("HARLOW TOOL WORKS INC 1ST QTR NET / March 18, 1987 /
             * CLEVELAND, March 18 - Shr 22 cts vs 18 cts": the title names the period) */
            /* (a title in capitals only, as the wire writes it: a title in mixed case over a
             * date line says again what the story says) */
            if (i > 0 && line_headline(t, lines[i - 1]) && !line_has_lower(t, lines[i - 1])) {
                top = i - 1;
                dl_at = i;
            }
            break;
        }
    }
    /* "Premarket movers: Monday, Nov. 30, 2026", "Deals roundup - December 4, 2026": a full
     * date closing the title line dates a briefing with no date line */
    for (i = 0; !a->dateline[0] && i < nl && i < 2; i++) {
        if (line_blank(t, lines[i])) continue;
        for (size_t k = lines[i].s + 1; k + 8 < lines[i].e; k++) {
            if (t[k - 1] != ' ') continue;
            int y, m, d;
            size_t n = date_scan_text(t + k, lines[i].e - k, 1, &y, &m, &d);
            if (n && y && skip_sp(t, k + n, lines[i].e) == lines[i].e && date_valid(y, m, d)) {
                date_ymd_iso(y, m, d, a->dateline);
                break;
            }
        }
        break;
    }
    if (!a->dateline[0] && a->in->date && date_is_iso(a->in->date))
        memcpy(a->dateline, a->in->date, 11);
    a->year = a->dateline[0] ? atoi(a->dateline) : 0;

    /* byline */
    size_t byline = nl;
    int release_end = 0; /* a release's closing matter: no related stories follow it */
    for (i = body; i < nl; i++) {
        /* (a release's "About Acme" and its disclaimers end the story too, past its first
         * paragraphs) */
        if (i > body + 2 && line_release_end(t, lines[i])) {
            byline = i;
            release_end = 1;
            break;
        }
        if (line_byline(t, lines[i])) {
            /* "By Jane Doe" under the dateline, before any paragraph and followed by a blank
             * line: a header, not the end (an author's bio follows a byline at once) */
            size_t q = body;
            while (q < i && line_blank(t, lines[q])) q++;
            /* (no blank line needed: "June 11, 2025 09:14 ET / By Dean Seal / Caterpillar Inc.
             * raised": nothing of the story has come yet) */
            /* (unless the line after it opens with the author's name: "By Arpit Dubey / Arpit
             * is a dreamer who ...", a bio, nothing of a story) */
            int bio = 0;
            if (q == i && body > 0 && i + 1 < nl && !line_blank(t, lines[i + 1])) {
                size_t b0 = skip_sp(t, lines[i].s, lines[i].e) + 2; /* past "By" */
                b0 = skip_sp(t, b0, lines[i].e);
                size_t w = read_word(t, b0, lines[i].e), n0 = lines[i + 1].s;
                size_t w1 = read_word(t, n0, lines[i + 1].e);
                bio = w > b0 && w1 - n0 == w - b0 && memcmp(t + b0, t + n0, w - b0) == 0;
            }
            if (q == i && body > 0 && i + 1 < nl && !bio) {
                body = i + 1;
                continue;
            }
            /* ... or right under a headline, a "Date:" header above it or not ("Headline / By
             * Jane Doe / the story"): the story follows it */
            if (q < i) {
                size_t r = q + 1;
                while (r < i && line_blank(t, lines[r])) r++;
                size_t nx = i + 1;
                while (nx < nl && line_blank(t, lines[nx])) nx++;
                if (r == i && i <= body + 4 && nx < nl) continue;
            }
            byline = i;
            break;
        }
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
        if (ex_lower_c((unsigned char)t[lines[i + 1].s]) ||
            (le > lines[i].s && lines[i + 1].s < lines[i + 1].e && t[lines[i + 1].s] != ' ' &&
             !strchr(".!?:\"'", t[le - 1])))
            cont++;
    }
    int wrapped = longl >= 3 && narrow * 10 >= longl * 7 && cont * 5 >= breaks && cont > 0;

    int first_para = 1, bullets = 0, paras = 0;
    size_t first = body;
    while (first < byline && line_blank(t, lines[first])) first++;
    for (i = top; i < byline && !rc;) {
        if (line_blank(t, lines[i]) || i == dl_at) {
            i++;
            continue;
        }
        if (i < dl_at && dl_at < nl) { /* the title above the date line, a paragraph alone */
            rc = split_paragraph(a, lines[i].s, lines[i].e, 0, 0);
            i++;
            continue;
        }
        size_t ps = lines[i].s, pe = lines[i].e, j = i + 1;
        int caps = !line_has_lower(t, lines[i]);
        /* a title in mixed case on the first line of wrapped text stands alone ("Corvex to
         * sell Altor stake to Silverpine" above the first paragraph) */
        int title = i == first && j < byline && !line_blank(t, lines[j]) &&
                    line_headline(t, lines[i]) && ex_upper_c((unsigned char)t[lines[j].s]);
        if (wrapped && !caps && !title) {
            while (j < byline && !line_blank(t, lines[j]) &&
                   !(t[lines[j].s] == ' ' || t[lines[j].s] == '\t')) {
                pe = lines[j].e;
                j++;
            }
        } else if (!caps && !title) {
            /* (in text not wrapped as a whole, a line cut mid-sentence and one going on in lower
             * case at the margin are one: a paragraph under a results table, "Dunnigan also said
             * its board reinstated the quarterly dividend / at five cts a share") */
            for (;;) {
                size_t le = pe;
                while (le > ps && (t[le - 1] == ' ' || t[le - 1] == '\r')) le--;
                if (j >= byline || line_blank(t, lines[j]) || le == ps ||
                    strchr(".!?:\"'", t[le - 1]) || !ex_lower_c((unsigned char)t[lines[j].s]))
                    break;
                pe = lines[j].e;
                j++;
            }
        }
        /* (or under a headline in sentence case, a line with no full stop: "European shares
         * close lower as SAP, Novo weigh" above "LONDON, Oct. 29, 2025 — European shares") */
        /* (or under a wire's headline in capitals: "BRADFORD TIRE <BRTR> TO CLOSE AKRON
         * PLANT" above "AKRON, Ohio, March 5 - Bradford Tire said") */
        int under_title = 0, city_only = 0;
        /* (a subtitle may come between: "AeroVantage Systems Awarded $1.2 Billion ... / Company
         * to expand Tucson facility / TUCSON, Ariz., Jan. 27, 2026 (GLOBE NEWSWIRE) --") */
        /* (or several: three subheadlines over "AUSTIN, Texas--(BUSINESS WIRE)--") */
        if (!first_para && i > first && (paras == 1 || (paras <= 5 && !a->dateline[0]))) {
            size_t le = lines[first].e;
            while (le > lines[first].s && (t[le - 1] == ' ' || t[le - 1] == '\r')) le--;
            int upper = 1;
            for (size_t k = lines[first].s; k < le && upper; k++)
                upper = !ex_lower_c((unsigned char)t[k]);
            under_title = le > lines[first].s && !a->dateline[0] && !strchr(".!?\"'", t[le - 1]);
            /* (under a headline in capitals with the date known: only the city is read, what
             * "here" names; the dateline stays in the sentence, as the wire's rows expect) */
            if (le > lines[first].s && upper && a->dateline[0] && !a->dl_city_len) city_only = 1;
        }
        paras++;
        if (first_para || wrapped || under_title || city_only) {
            int yy = 0, mo = 0, dd = 0;
            size_t after = city_dateline(a, ps, pe, &yy, &mo, &dd);
            /* (past the wire's indent: "    WICHITA, Kan., Feb 25 -") */
            size_t cs = ps;
            while (cs < after && (t[cs] == ' ' || t[cs] == '\t')) cs++;
            if (after != ps && !a->dl_city_len && cs < after && ex_upper_c((unsigned char)t[cs])) {
                size_t c = cs;
                while (c < after && t[c] != ',' && t[c] != '(' && t[c] != '-') c++;
                while (c > cs && t[c - 1] == ' ') c--;
                if (c < after && c > cs && c - cs <= 40)
                    a->dl_city_off = cs, a->dl_city_len = c - cs;
            }
            if (after != ps) {
                if (mo && yy && !a->dateline[0] && date_valid(yy, mo, dd)) {
                    date_ymd_iso(yy, mo, dd, a->dateline);
                    a->year = yy;
                } else if (mo && a->year && !a->dateline[0] && date_valid(a->year, mo, dd))
                    date_ymd_iso(a->year, mo, dd, a->dateline);
                else if (mo && !a->year && a->in->date && date_is_iso(a->in->date)) {
                    int y = atoi(a->in->date);
                    if (date_valid(y, mo, dd)) date_ymd_iso(y, mo, dd, a->dateline);
                }
                if (!city_only || first_para || wrapped) ps = after;
            }
        }
        /* a headline line with no dateline under it: the paragraph after it may open with
         * one ("Title" above "SAN FRANCISCO, June 3, 2025 /PRNewswire/ -- ...") */
        int head_only = i == first && j == i + 1 && !a->dateline[0] && line_headline(t, lines[i]);
        /* (nor past the highlights a release lists over its dateline: "- Sale sharpens focus
         * on ..." above "MILWAUKEE, Nov. 23, 2026 /PRNewswire/ --") */
        int bullet = !a->dateline[0] && pe > ps + 2 &&
                     ((t[ps] == '-' || t[ps] == '*') && t[ps + 1] == ' ') && ++bullets <= 8;
        if ((!caps || !wrapped) && !head_only && !bullet) first_para = 0;
        /* "11:45 BST — Kingfisher, the owner of B&Q, has appointed": a live blog's time stamp
         * and its dash open no sentence */
        if (pe > ps + 8 && ex_digit_c((unsigned char)t[ps]) &&
            t[ps + 1 + (t[ps + 1] != ':')] == ':') {
            size_t q = ps;
            while (q < pe && q < ps + 5 && (ex_digit_c((unsigned char)t[q]) || t[q] == ':')) q++;
            q = skip_sp(t, q, pe);
            while (q < pe && q < ps + 16 && ex_upper_c((unsigned char)t[q])) q++; /* "BST" */
            q = skip_sp(t, q, pe);
            size_t dl = dash_at(t, q, pe);
            if (dl) ps = skip_sp(t, q + dl, pe);
        }
        rc = split_paragraph(a, ps, pe, 0, 0);
        i = j;
    }
    /* after the byline: the bio (skipped), then related stories ("About Quethiock Hydrogen"
     * after "About Pentewan Energy" is more of a release's boilerplate, no story) */
    int seg = 0, seen_headline = 0;
    for (i = release_end ? nl : byline + 1; i < nl && !rc; i++) {
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
