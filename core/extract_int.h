/* extract_int: the extractor's internal interface, shared by its modules.
 *
 * extract.c drives one article through the pipeline: extract_art.c cuts it into
 * sentences (tokens: extract_tok.c), extract_name.c finds companies and their
 * mentions, extract_num.c numbers, money, percentages and dates, then the rule
 * table (extract_rules.c) calls each rule file (extract_rule_*.c) on the sentence.
 * Rule files read the analysed sentence through the helpers below (extract_sent.c)
 * and make events with extract_event.c. Everything here is per article (art_t); the
 * extractor's data (extract_t) is read-only, so threads may share it.
 *
 * Pointers returned by the helpers are borrowed from the article and valid until
 * extract_article returns. Not part of the public API: only core/extract*.c include it. */
#ifndef SEISMO_EXTRACT_INT_H
#define SEISMO_EXTRACT_INT_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "event.h"
#include "extract.h"
#include "extract_lex.h"
#include "extract_tok.h"
#include "htab.h"
#include "registry.h"

#define MAX_HITS_AT 16
#define MAX_CTX     8
/* A sentence longer than this many tokens is cut (at a ; or , when there is one), so the
 * per-sentence rules stay linear in the length of a line without sentence ends. */
#define EX_MAX_SENT_TOKENS 400
/* Word lists the process-wide cache holds (extract_words.c): a power of two, above the
 * number of lists in the rules (about 450: a list past the cache is hashed again at every
 * call), a multiple of 64. 512 leaves a few rare lists out (their 8 probes full): about
 * 1,600 calls over the 9,140 Reuters articles, against rows of list bits twice as long (two
 * cache lines a word) with 1024. */
#define EX_WL_SLOTS 512

/* A sentence's answers of the word map (extract_words.c, ex_wl_sentence). */
typedef struct ex_wl_sent_s {
    uint64_t mapped[EX_WL_SLOTS / 64];
    uint64_t in[EX_WL_SLOTS / 64];
} ex_wl_sent_t;

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
    int in_title;                /* found first in the article's title, in mixed case */
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
    int disc_title;    /* names found now are found in the article's title (ex_discover) */
    htab_t prov_first; /* provisional companies by the hash of their first token */
    htab_t prov_ids;   /* ... by the hash of their slug */
    /* tokens named after a person's title ("President Donald Trump", "Mr Smith"), by hash:
     * item k is the token surname_at[k]; filled once, when first asked (person_surname) */
    htab_t surname_idx;
    uint32_t *surname_at; /* owned */
    size_t nsurname, capsurname;
    int surnames_done;
    const char *crowns; /* the ISO code "crowns" stand for in this article (ex_crowns_of) */
    long *scratch_l;    /* owned scratch for look-ups */
    size_t cap_scratch_l;
    /* every lexicon phrase matching at each token (within its sentence), computed once:
     * the phrases at token i are lexm[lexm_at[i] .. lexm_at[i + 1]) */
    const extract_lex_entry_t **lexm;
    size_t nlexm, caplexm;
    uint32_t *lexm_at;
    /* bit c of lexcls_at[i]: a phrase of class c is among token i's (most tokens have none) */
    uint32_t *lexcls_at;
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
    /* the city of the dateline ("AKRON" of "AKRON, Ohio, March 5 -"): what "here" names */
    size_t dl_city_off, dl_city_len;
    int year; /* dateline year, 0 when unknown */
    co_t last_subj;
    int have_subj;
    co_t head_subj; /* the company the headline (first sentence) is about, as last_subj */
    int have_head_subj;
    /* the company or person a buying group is led by or includes ("the group, led by Mutual
     * Shares Corp,"): the first such name of the article, from its token glead to the end of
     * its sentence glead_end (found in pass 1) */
    size_t glead, glead_end;
    int have_glead;
    co_t ctx[MAX_CTX]; /* related story: companies of its headline */
    size_t nctx;
    int ctx_seg;
    int rejected;     /* a partnership rejection in this sentence (silences partnerships) */
    int results_open; /* 0 not asked yet, 1 the title and lead speak of results, 2 not */
    /* the words of the text followed by a legal form ("Greyhound" of "Greyhound Corp"), and
     * the pairs of words that follow each other (a comma between allowed), as indexes of
     * their hashes: built when first asked (extract_name.c), owned by the article */
    htab_t wsfx, wpair;
    int wsfx_built, wpair_built;
    /* the words the text writes capitalised inside a sentence (after a word in lower case or
     * a comma, a semicolon, a colon): proper nouns, built when first asked (extract_cue.c) */
    htab_t wproper;
    int wproper_built;
    const char *dollar; /* the currency of a wire's bare "cts" and "dlrs": "USD", or "CAD"
                         * when a note says so ("Dividend in Canadian funds") */
    const char *franc;  /* the currency of a bare "francs": "CHF" in a Swiss story, or NULL
                         * (the lexicon's FRF) */
    int fy_end;         /* the month (1-11) a fiscal year the headline's table or a note
                         * names closes ("YEAR JUNE 30 OPER NET"), 0 when none */
    co_t counts_co[64];
    int counts_n[64];
    size_t ncounts;
    event_list_t *out;
    size_t out_base; /* events of this article start here */
    int *ev_seg;     /* segment of each event of this article */
    htab_t ev_idx;   /* events of this article (item = index - out_base) by key_hash */
    size_t ev_cap;
    /* the tokens ex_wl_sentence last read (a sentence) */
    size_t sb_t0, sb_t1;
    /* the cached word lists (a bit per slot) whose words were all in the word map when the
     * filter was set, and of those the lists a token of [sb_t0, sb_t1) is a word of: exact
     * answers (extract_words.c) */
    uint64_t wl_mapped[EX_WL_SLOTS / 64];
    uint64_t wl_in[EX_WL_SLOTS / 64];
    ex_wl_sent_t *wl_sent; /* owned: per sentence, its last wl_mapped and wl_in (a memo) */
    size_t nwl_sent;
    int oom;
} art_t;

/* A company and its role in an event being made. */
typedef struct party_s {
    co_t co;
    const char *role; /* borrowed, a static string: "acquirer", "target", ... */
} party_t;

/* ---------------------------------------------------------------- tokens and characters */

/* Returns token i of the article (borrowed). */
static inline const extract_tok_t *ex_tk(const art_t *a, size_t i)
{
    return &a->toks.v[i];
}

static inline unsigned char ex_fold_c(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* Returns 1 when token i is the n bytes of w (borrowed), in any (ASCII) case. */
static inline int ex_tok_is_n(const art_t *a, size_t i, const char *w, size_t n)
{
    const extract_tok_t *t = &a->toks.v[i];
    if (t->len != n) return 0;
    const unsigned char *p = (const unsigned char *)a->text + t->off;
    for (size_t k = 0; k < n; k++)
        if (ex_fold_c(p[k]) != ex_fold_c((unsigned char)w[k])) return 0;
    return 1;
}

/* Returns 1 when token i is the word w (borrowed, NUL-terminated), in any (ASCII) case. */
static inline int ex_tok_is(const art_t *a, size_t i, const char *w)
{
    const extract_tok_t *t = &a->toks.v[i];
    /* the lengths first (w is a literal almost always: its length is known when compiling),
     * so that most tokens are refused without reading the text */
    size_t n = strlen(w);
    if (t->len != n) return 0;
    /* then, for a literal in ASCII, its hash (extract_tok_hash's, which every token keeps of
     * its bytes; a curly apostrophe's is the ASCII one's), also known when compiling: most
     * tokens of the length are refused by it too. Not for a word known only when running,
     * whose hash would cost more than reading the text. */
    uint64_t h = 1469598103934665603ULL;
    int ascii = 1;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = ex_fold_c((unsigned char)w[k]);
        ascii &= c < 0x80;
        h = (h ^ c) * 1099511628211ULL;
    }
    if (__builtin_constant_p(h) && __builtin_constant_p(ascii) && ascii && t->h != h) return 0;
    const unsigned char *p = (const unsigned char *)a->text + t->off;
    for (size_t k = 0; k < t->len; k++)
        if (ex_fold_c(p[k]) != ex_fold_c((unsigned char)w[k])) return 0;
    return 1;
}

static inline int ex_upper_c(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}
static inline int ex_lower_c(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}
static inline int ex_alpha_c(unsigned char c)
{
    return ex_upper_c(c) || ex_lower_c(c);
}
static inline int ex_digit_c(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* Copies s (borrowed) into out (cap > 0 bytes), cut to cap - 1 bytes, NUL-terminated: what
 * snprintf(out, cap, "%s", s) writes. */
static inline void ex_copy(char *out, size_t cap, const char *s)
{
    size_t n = 0;
    while (n + 1 < cap && s[n]) {
        out[n] = s[n];
        n++;
    }
    out[n] = 0;
}

/* Grows *v (owned, elements of sz bytes, *cap of them) to hold need; returns 0 or ERR_NOMEM. */
int ex_grow(void **v, size_t *cap, size_t need, size_t sz);

/* ---------------------------------------------------------------- article structure
 * (extract_art.c) */

/* Finds the dateline, the body, the byline and related stories of a->text and appends its
 * sentences (tokenized) to a->sents. Returns 0 or ERR_NOMEM. */
int ex_structure(art_t *a);

/* ---------------------------------------------------------------- names and mentions
 * (extract_name.c) */

/* Returns the id of company c (borrowed). */
const char *ex_co_id(const art_t *a, co_t c);
/* Returns 1 when x and y are the same company. */
int ex_co_eq(const art_t *a, co_t x, co_t y);
/* Stores c's id, name and ticker (borrowed; ticker may be NULL). */
void ex_co_name(const art_t *a, co_t c, const char **id, const char **name, const char **tick);
/* Stores in hits (max) the lexicon phrases starting at token i that end by token end,
 * longest per class and every trigger (as extract_lex_match); returns how many. */
size_t ex_lex_hits(const art_t *a, size_t i, size_t end, extract_lex_hit_t *hits, size_t max);
/* ex_class_at past its first test (extract_name.c). */
int ex_class_at_hits(const art_t *a, size_t i, size_t end, int cls, size_t *len);
/* Returns 1 when a lexicon phrase of class cls starts at token i (ending before end), storing
 * its length in tokens in *len (may be NULL). Inline: most tokens have no phrase of the class
 * asked, which one bit says. */
static inline int ex_class_at(const art_t *a, size_t i, size_t end, int cls, size_t *len)
{
    if (a->lexcls_at && i < a->toks.n && !((a->lexcls_at[i] >> cls) & 1)) return 0;
    return ex_class_at_hits(a, i, end, cls, len);
}
/* Returns the index of the provisional company with slug id (borrowed), or -1. */
int ex_prov_find(const art_t *a, const char *id);
/* Registers a provisional company named by bytes [s, e) of the text; returns its index or -1
 * (a registry company, too short, or out of memory: then a->oom is set). A one-word name
 * that opens a longer one found before (ex_prov_longer) returns that one's index. */
int ex_prov_add(art_t *a, size_t s, size_t e);
/* A provisional company of two core words or more, not named by a ticker, whose first word
 * has hash h (and is len bytes long, when len is not 0): the longer name a one-word name is
 * the short form of ("Garrow" of Garrow Foods Inc). Its index in a->provs, or -1. */
long ex_prov_longer(const art_t *a, uint64_t h, size_t len);
/* Returns 1 when token i is a capitalised word (Apple, APPLE, iRobot). Inline: the name
 * rules ask it of most tokens. */
static inline int ex_capword(const art_t *a, size_t i)
{
    const extract_tok_t *t = ex_tk(a, i);
    if (!(t->flags & EXTRACT_TOK_WORD)) return 0;
    if (t->flags & (EXTRACT_TOK_CAP | EXTRACT_TOK_UPPER)) return 1;
    /* iRobot, eBay */
    return t->len >= 3 && t->len <= 20 && ex_upper_c((unsigned char)a->text[t->off + 1]);
}
/* Returns 1 when token i can be part of a name (capitalised word, 3M, AT & T, Rolls-Royce). */
int ex_name_part(const art_t *a, size_t i, size_t end);
/* The particles of a Romance name, in lower case between its words ("Banco di Napoli",
 * "Banca Monte dei Paschi di Siena", "Caisse des Depots"): extract_name.c. */
extern const char *const ex_name_particles[];
/* Returns 1 when the capitalised run [i, j) cannot be a company (place, month, person...). */
int ex_not_company(const art_t *a, size_t i, size_t j, size_t st0);
/* ex_ticker_mark for a punctuation mark at token i (extract_name.c). */
size_t ex_ticker_mark_punct(const art_t *a, size_t i, size_t end, size_t *tk);
/* Returns the tokens of a ticker mark at token i ("<AAPL>", "(NASDAQ: AAPL)") or 0; stores
 * the ticker's token in *tk. Inline: asked of every token, and a mark opens with '<' or '('. */
static inline size_t ex_ticker_mark(const art_t *a, size_t i, size_t end, size_t *tk)
{
    if (i >= end || !(ex_tk(a, i)->flags & EXTRACT_TOK_PUNCT)) return 0;
    unsigned char c = (unsigned char)a->text[ex_tk(a, i)->off];
    if (c != '<' && c != '(') return 0; /* most punctuation: no call */
    return ex_ticker_mark_punct(a, i, end, tk);
}
/* Pass 1 over sentence s (borrowed): registers the provisional companies it names. */
void ex_discover(art_t *a, const sent_t *s);
/* extract_cue.c. Part of pass 1 for a sentence s in lower case: the names its shape makes
 * companies (the subject of a deal verb, a sale's buyer, the company before a deal noun). */
/* The first token of the words of an offer's kind and amount ("42 dlr a share takeover",
 * "$22-a-share", "unsolicited") that end right before token k (at most six, not before lo);
 * k when there are none. */
size_t ex_offer_kind_start(const art_t *a, size_t lo, size_t k);
void ex_discover_roles(art_t *a, const sent_t *s);
/* The company (not a regulator) whose name starts at token i, before end, as a mention
 * would read it: 1 and *out, else 0. */
int ex_co_at(art_t *a, size_t i, size_t end, co_t *out);
/* Pass 1b, for an article that names no company otherwise: the name a sentence opens with,
 * before a verb a company does ("JJB Sports said", "Tesco reported"), is a company. */
void ex_discover_leads(art_t *a);
/* Returns the tokens of the provisional company whose name is at token i (0 if none) and
 * stores its index in *which. */
size_t ex_prov_match(art_t *a, size_t i, size_t end, int *which);
/* Is the word w (n bytes) one that ends the name of a site, never of a company ("Campus",
 * "Plant", "Refinery")? */
int ex_prov_site(const char *w, size_t n);
/* Fills a->ments with the company and regulator mentions of sentence s (borrowed). */
void ex_find_mentions(art_t *a, const sent_t *s);
/* Resolves a description ("the social media giant") or pronoun in tokens [lo, hi) to a
 * company other than avoid[0..navoid) (borrowed): in a related story the headline's company
 * (sector words decide), in the body the previous sentence's subject. Returns 1 and stores
 * it in *out, else 0. */
int ex_resolve_desc(const art_t *a, const sent_t *s, size_t lo, size_t hi, const co_t *avoid,
                    size_t navoid, co_t *out);
/* Stores in *out the company most mentioned so far other than c; returns 0 when none. */
int ex_dominant(const art_t *a, co_t c, co_t *out);
/* Stores in *out the article's subject company: the most mentioned company so far (the
 * headline's first one is a->head_subj). Returns 0 when there is none. */
int ex_article_subject(const art_t *a, co_t *out);
/* Counts one mention of c for ex_dominant. */
void ex_count_company(art_t *a, co_t c);

/* ---------------------------------------------------------------- numbers and dates
 * (extract_num.c) */

/* Returns the number written by token i ("1,000.5"). */
double ex_parse_num(const art_t *a, size_t i);
/* The currency written before the number at token i of s (a symbol, "EUR", or a currency's
 * name with a capital: "Pounds 1.04bn"), or NULL; *start (in: i) becomes its first token. */
const char *ex_cur_before(const art_t *a, const sent_t *s, size_t i, size_t *start);
/* The ISO code of the currency lexicon entry en (static): its value, but for "crowns",
 * "kronor", "kroner" the code of the country the article names (Sweden SEK, Norway NOK,
 * Denmark DKK, the Czech Republic CZK, Iceland ISK), NULL when it names none. */
const char *ex_cur_value(const art_t *a, const extract_lex_entry_t *en);
/* The ISO code of the crowns of the country article a names first (static), or NULL; NULL
 * too when no currency phrase of a (its lexicon index built) stands for crowns. */
const char *ex_crowns_of(const art_t *a);
/* Fills a->nums with the percentages and money amounts of sentence s (borrowed). */
void ex_find_numbers(art_t *a, const sent_t *s);
/* Fills a->dates with the dates written in sentence s (borrowed). */
void ex_find_dates(art_t *a, const sent_t *s);
/* Returns the money amount of the sentence, preferring the first at or after token from
 * (borrowed from a), or NULL. A sum under 1,000 is a price a share, never returned. */
const num_t *ex_money_near(const art_t *a, size_t from);
/* The sentence's first sum of money (a currency, no percentage) opening in [lo, hi], or NULL
 * (a follow-up's figure right after its verb: "will pay Ffairfach $85 million"). */
const num_t *ex_money_in(const art_t *a, size_t lo, size_t hi);
/* Returns the sentence's first known date ("on March 25" only, unless any), or NULL. */
const char *ex_sentence_date(const art_t *a, int any);
/* The day a weekday of sentence s names ("said on Tuesday", "will vote on Friday"), counted
 * from the dateline: the latest such day on or before it, the next one in a sentence about
 * what will happen. Writes "YYYY-MM-DD" into out (caller-owned); returns 1, or 0 when the
 * sentence names no weekday or the article has no dateline. */
int ex_weekday_date(const art_t *a, const sent_t *s, char out[11]);

/* ---------------------------------------------------------------- sentence queries
 * (extract_sent.c) */

/* Returns the hit of class cls starting at token i (borrowed), or NULL. */
const extract_lex_hit_t *ex_hit_at(const art_t *a, size_t i, int cls);
/* Returns the hit of class cls ending at token end (borrowed), or NULL. */
const extract_lex_hit_t *ex_hit_ending(const art_t *a, size_t end, int cls);
/* The words of a sale ("sold", "sell", "sale"...), one list for every rule (ex_ty_* lists are
 * keyed by address). */
extern const char *const ex_sale_words[];
/* The forms of "take" ("take X private"): name discovery and the deal rule. */
extern const char *const ex_take_words[];
/* The clause words of a headline ("to", "buys", "agrees", "slashes"...): name discovery. */
extern const char *const ex_head_verbs[];
/* What a company is ("startup", "retailer", "chipmaker"...), said before its name. */
extern const char *const ex_company_kinds[];
/* Is token i a word for what a company is: one of ex_company_kinds, or a maker of something
 * written in one word ("cheesemaker", "toymakers")? */
int ex_company_kind(const art_t *a, size_t i);
/* Is token i, in any case, a word for a maker of something ("chipmaker", "Truckmaker",
 * "drugmakers": eight letters or more ending in "maker")? */
int ex_maker_word(const art_t *a, size_t i);
/* Is token k inside a mention of the sentence ("Loan" of "Savings and Loan Association")? */
int ex_in_mention(const art_t *a, size_t k);
/* Returns 1 when a hit of class cls lies within tokens [lo, hi); stores its start in *where
 * (may be NULL). */
int ex_hit_in(const art_t *a, int cls, size_t lo, size_t hi, size_t *where);
/* Returns 1 when sentence s has a word of hash h (extract_tok_hash of the lowercased word). */
int ex_sent_has_word(const art_t *a, const sent_t *s, uint64_t h);
/* Writes the text of tokens [t0, t1) (whitespace collapsed) into out (cap bytes). */
void ex_span_text(const art_t *a, size_t t0, size_t t1, char *out, size_t cap);
/* The token after a description opening at token r ("cloud provider Stratocloud", "German
 * utility Rheinwerk", "data-backup provider Vaultra": words in lower case, places and
 * hyphens), at most lim. */
size_t ex_desc_end(const art_t *a, const sent_t *s, size_t r, size_t lim);
/* Returns the index in a->ments of the company mention nearest before token i and starting
 * at or after lo, or -1. */
long ex_ment_before(const art_t *a, size_t i, size_t lo);
/* Words of a description that owns the companies after its "of" ("The owner of Cottisford
 * Airways"): static array. */
extern const char *const ex_owner_words[];
/* Mention k, unless it names a backer in an appositive ("Basketly, a delivery company backed
 * by venture firm Norcross Ventures, filed"; "owned", "controlled", "founded" by): then the
 * mention before the appositive, from lo, or -1. *cut (caller-owned) is set to the token of
 * "backed" (the end of what comes before it) when one was passed over, else left as it was. */
/* Mention k, or when k lies inside a relative clause closed before token at ("Calloway,
 * which announced the Oberon deal in September, plans to sell bonds": Oberon), the company
 * the clause describes (Calloway). Searches back to lo. */
long ex_ment_outside_rel(const art_t *a, long k, size_t lo, size_t at);
/* Mention k, or when k lies inside an appositive closed before token at that describes an
 * earlier mention f of [lo, at) ("Gulbene Insurance Group, the property-casualty unit of
 * Aluksne Corp, said": Aluksne), f (Gulbene): the appositive opens with a comma and "a",
 * "an" or "the" right after f's name, and no name stands between its closing comma and at. */
long ex_ment_outside_appos(const art_t *a, long k, size_t lo, size_t at);
long ex_ment_no_backer(const art_t *a, long k, size_t lo, size_t *cut);
/* Is token i inside a relative clause opened in [lo, i) ("Rival Colebrook, which reports on
 * Thursday", "Tarnwick, which filed for bankruptcy in June"): a which, who or whose with no
 * comma between it and i? */
/* The first token after a wire's dateline ("LOS ANGELES, March 5 - ", "Nov 26 (Reuters) - "):
 * the token after its dash, or s->t0 when the sentence opens with none. */
size_t ex_dateline_end(const art_t *a, const sent_t *s);
int ex_rel_open(const art_t *a, size_t lo, size_t i);
/* Returns the first company mention starting in [i, hi), or -1. */
long ex_ment_after(const art_t *a, size_t i, size_t hi);
/* Does sentence s name no company (regulators aside) that event ev lacks? What a later
 * sentence adds to ev is told of ev's companies only. */
int ex_sent_names_only(const art_t *a, const sent_t *s, const event_t *ev);
/* Stores in out (max) the conjoined mentions ("A, B and C") ending (left) or starting
 * (right) with mention k; returns how many. */
size_t ex_group_left(const art_t *a, long k, co_t *out, size_t max);
size_t ex_group_right(const art_t *a, long k, co_t *out, size_t max);
/* Returns the strongest deal status of the sentence's status words and of the trigger h's
 * own (terminated > completed > talks > announced), leaving out status words that are
 * another deal's trigger. */
const char *ex_deal_status(const art_t *a, const sent_t *s, const extract_lex_hit_t *h);
/* Writes the place of "in <Place>" after token i into out (cap bytes); returns 1 if found. */
int ex_place_after(const art_t *a, const sent_t *s, size_t i, char *out, size_t cap);

/* ---------------------------------------------------------------- events (extract_event.c) */

/* Initialises ev (caller storage) as an event of type with parties p[0..np) (borrowed;
 * duplicates dropped). Returns 0, or ERR_NOMEM (ev released, a->oom set). */
int ex_make_event(art_t *a, event_t *ev, event_type_t type, const party_t *p, size_t np);
/* Sets data field k to v (both borrowed; nothing when v is NULL or empty). */
void ex_set_str(art_t *a, event_t *ev, const char *k, const char *v);
/* Sets data field k (borrowed) to the number v. */
void ex_set_num(art_t *a, event_t *ev, const char *k, double v);
/* Sets ev's amount and currency from money m (borrowed; nothing when NULL), and with qualifier
 * its "up_to"/"about" qualifier (a deal's). */
void ex_set_money(art_t *a, event_t *ev, const num_t *m, int qualifier);
/* Removes the events of type emitted for sentence s (the event index follows). */
void ex_unemit_type(art_t *a, const sent_t *s, event_type_t type);
/* The first company of the latest event of type emitted for sentence s, into *out; 1 when
 * there is one ("Deutsche Bank upgraded X, while UBS downgraded the oil producer": X). */
int ex_sentence_event_company(const art_t *a, const sent_t *s, event_type_t type, co_t *out);
/* The first index of a->out a look back over the article's events starts from: its latest 32
 * (a feed's one-line article holds thousands; a look-back run for each sentence or hit stays
 * bounded). */
size_t ex_out_recent(const art_t *a);
/* The latest event of type emitted in segment seg (owned by the article's output: a rule may
 * fill a field it lacks, "Analysts had expected $1.30 per share" after the results), or NULL. */
event_t *ex_seg_event(art_t *a, int seg, event_type_t type);
/* As ex_sentence_event_company, for the company with role (borrowed) of that event ("The
 * brokerage also cut its price target" after "Morgan Stanley downgraded X": the analyst). */
int ex_sentence_event_party(const art_t *a, const sent_t *s, event_type_t type, const char *role,
                            co_t *out);
/* As ex_sentence_event_company, for the latest such event of any sentence of the article. */
int ex_article_event_company(const art_t *a, event_type_t type, co_t *out);
/* Emits ev (steals its contents) for sentence s, dated date (borrowed, may be NULL: the day
 * a weekday of the sentence names, else the dateline), unless it does not validate; an event
 * with the same key in the same segment gets its missing fields instead (and the sentence's
 * day, when it was dated by the dateline alone). */
void ex_emit(art_t *a, const sent_t *s, event_t *ev, const char *date);

/* ---------------------------------------------------------------- rules (extract_rules.c) */

/* A rule: called for every lexicon hit of class cls (and, for LEX_TRIGGER, of event type
 * type) in a sentence, in table order; cls 0 means once per sentence with h NULL. */
typedef void (*ex_rule_fn)(art_t *a, const sent_t *s, const extract_lex_hit_t *h);
typedef struct ex_rule_s {
    const char *name;  /* for docs and debugging */
    int pass;          /* rules of a lower pass run over all hits first */
    int cls;           /* extract_lex_class_t of the hits, or 0 */
    event_type_t type; /* for LEX_TRIGGER: the trigger's type */
    ex_rule_fn fn;
} ex_rule_t;

/* Returns 1 when a trigger's requires/excludes words allow it in sentence s. */
int ex_trigger_allowed(const art_t *a, const sent_t *s, const extract_lex_entry_t *en);
/* Runs the rule table over analysed sentence s. */
void ex_run_rules(art_t *a, const sent_t *s);

/* The rule files (extract_rule_<family>.c). */
void ex_rule_deal(art_t *a, const sent_t *s, const extract_lex_hit_t *h);
/* Once a sentence: an offer in a possessive ("rejected BHP Group's takeover proposal"); h is
 * unused. */
void ex_rule_offers(art_t *a, const sent_t *s, const extract_lex_hit_t *h);
void ex_rule_partnership(art_t *a, const sent_t *s, const extract_lex_hit_t *h);
void ex_rule_regulatory(art_t *a, const sent_t *s, const extract_lex_hit_t *h);
void ex_rule_product(art_t *a, const sent_t *s, const extract_lex_hit_t *h);
void ex_rule_corporate(art_t *a, const sent_t *s, const extract_lex_hit_t *h);
void ex_rule_percent(art_t *a, const sent_t *s, const extract_lex_hit_t *h);

/* ---------------------------------------------------------------- the v2 types' helpers
 * (extract_typed.c) */

/* A money amount of a sentence, per-share ones included ("$0.78 a share", "25 cents"). */
typedef struct ty_amount_s {
    double v;
    char cur[4];
    int per_share;
    size_t t0, t1;
} ty_amount_t;

/* A capitalised name of two to four words that is not a company: a person. [t0, t1) is where
 * the sentence names the person, [f0, f1) the full name (the same span, or the name of two
 * words or more earlier in the article whose last word the sentence names alone). */
typedef struct ty_person_s {
    size_t t0, t1;
    size_t f0, f1;
} ty_person_t;

/* Sentences longer than this (a feed with no sentence ends) are left to the v1 rules: the
 * v2 rules look at whole sentences and clauses, so their time stays linear in the text. */
#define EX_TY_MAX_TOKENS 1500
/* Returns 1 when the v2 rules look at sentence s (not longer than EX_TY_MAX_TOKENS). */
static inline int ex_ty_sentence_ok(const sent_t *s)
{
    return s->t1 - s->t0 <= EX_TY_MAX_TOKENS;
}
/* A word list of the rules, hashed (extract_words.c), of at most EX_WL_MAX words (the
 * longest list of the rules, ex_head_verbs, holds 126: asked of most capitalised words by name
 * discovery, it must be hashed, not read word by word; multi has a bit per word). */
#define EX_WL_MAX 128
typedef struct ex_wl_s {
    /* what ex_wl_may reads first, together */
    int all; /* a list the hashes cannot describe: read it word by word */
    uint32_t n;
    uint64_t multi[EX_WL_MAX / 64]; /* bit k: word k holds a space (a phrase) */
    uint64_t bloom[16];             /* 1024 bits: ex_wl_bit of each hash */
    uint64_t h[EX_WL_MAX];          /* the hash of each word, of each phrase's first word */
    /* the words by hash: open addressing, 1 + the word's index in the list (0: an empty
     * slot); the words sharing a hash are met in list order from ex_wl_at_slot(hash) on */
    uint8_t at[2 * EX_WL_MAX];
} ex_wl_t;
/* The Bloom bit of a token hash. */
static inline unsigned ex_wl_bit(uint64_t h)
{
    return (unsigned)(h >> 54);
}
/* The first slot of w->at where the words of hash h are looked for. */
static inline unsigned ex_wl_at_slot(uint64_t h)
{
    return (unsigned)(h ^ (h >> 29)) & (2 * EX_WL_MAX - 1);
}
/* Returns 1 when the Bloom bit of token i is in w's filter. */
static inline int ex_wl_tok_may(const art_t *a, size_t i, const ex_wl_t *w)
{
    unsigned b = ex_wl_bit(ex_tk(a, i)->h);
    return (int)((w->bloom[b >> 6] >> (b & 63)) & 1);
}
/* The process-wide cache of word lists (extract_words.c, which alone writes it): per slot the
 * list's address (the key), its first word, whether it is built, and the list. Read by the
 * inline look-ups below, asked hundreds of times per article: a list ex_wl_near knows (almost
 * always) is answered without a call. */
extern _Atomic(const void *) ex_wl_keys[EX_WL_SLOTS];
extern const char *ex_wl_firsts[EX_WL_SLOTS];
extern atomic_int ex_wl_ready[EX_WL_SLOTS];
extern ex_wl_t ex_wl_lists[EX_WL_SLOTS];
/* The first cache slot a list's address is looked for at. */
static inline size_t ex_wl_home(const void *table)
{
    uintptr_t p = (uintptr_t)table;
    return (size_t)((p >> 3) ^ (p >> 11)) & (EX_WL_SLOTS - 1);
}
/* The slots of the lists met, by address: an entry is a list's address shifted left 16 bits
 * with its cache slot in the low 16 (0: none), written by the look-ups past the home slot
 * (extract_words.c). Almost half the lists find their home slot taken (417 lists in 512 slots),
 * and each of them was probed for at every ask; direct-mapped, 4096 entries, it answers
 * almost every list at once. An address it does not hold (another list's entry there, or an
 * address of more than 48 bits) is probed for as before. */
#define EX_WL_NEAR 4096
extern _Atomic uint64_t ex_wl_near[EX_WL_NEAR];
static inline size_t ex_wl_near_at(const void *table)
{
    return (size_t)(((uint64_t)(uintptr_t)table * 0x9E3779B97F4A7C15ULL) >> 52);
}
/* The cache slot of table when ex_wl_near holds it, else -1 (a slot, once a list's, is
 * never another's). */
static inline long ex_wl_known(const void *table)
{
    uint64_t e = atomic_load_explicit(&ex_wl_near[ex_wl_near_at(table)], memory_order_relaxed);
    return (e >> 16) == (uint64_t)(uintptr_t)table ? (long)(e & 0xFFFF) : -1;
}
/* ex_wl_get_table past ex_wl_near (extract_words.c). */
const ex_wl_t *ex_wl_get_table_slow(const void *table, size_t stride, ex_wl_t *tmp);
/* As ex_wl_get, for a static table of entries of stride bytes whose first member is the
 * word (a NULL word ends the table). */
static inline const ex_wl_t *ex_wl_get_table(const void *table, size_t stride, ex_wl_t *tmp)
{
    long j = ex_wl_known(table);
    if (j >= 0 && atomic_load_explicit(&ex_wl_ready[j], memory_order_acquire) &&
        ex_wl_firsts[j] == *(const char *const *)table)
        return &ex_wl_lists[j];
    return ex_wl_get_table_slow(table, stride, tmp);
}
/* Returns the hashed form of words (borrowed, NULL-terminated): from a process-wide cache
 * (borrowed, lives as long as the process) or built in tmp (caller storage). Thread-safe. */
static inline const ex_wl_t *ex_wl_get(const char *const *words, ex_wl_t *tmp)
{
    return ex_wl_get_table(words, sizeof *words, tmp);
}
/* Fills a's sentence filter with the tokens [t0, t1). */
void ex_wl_sentence(art_t *a, size_t t0, size_t t1);
/* Returns 0 when no word of w can be in tokens [lo, hi) (the filter covers them), else 1:
 * a "maybe" (a list read word by word, or cached after the sentence's filter was set), so a
 * rule reads it as a gate before its own scan, never as a finding. */
static inline int ex_wl_may(const art_t *a, size_t lo, size_t hi, const ex_wl_t *w)
{
    if (lo < a->sb_t0 || hi > a->sb_t1) return 1;
    uintptr_t off = (uintptr_t)w - (uintptr_t)ex_wl_lists;
    if (off < sizeof ex_wl_lists && off % sizeof ex_wl_lists[0] == 0) {
        size_t j = off / sizeof ex_wl_lists[0];
        /* a list mapped when the filter was set: the filter answers exactly */
        if ((a->wl_mapped[j >> 6] >> (j & 63)) & 1)
            return (int)((a->wl_in[j >> 6] >> (j & 63)) & 1);
    }
    /* a list read word by word, one cached after the sentence's filter was set (the first
     * sentences a process reads) or one the map could not hold: maybe */
    return 1;
}
/* ex_wl_absent past ex_wl_near (extract_words.c). */
int ex_wl_absent_slow(const art_t *a, size_t lo, size_t hi, const void *table);
/* Returns 1 when no word of the static list table (ex_wl_get_table's; a phrase's first word)
 * is a token of [lo, hi), known without reading the list (a list cached and mapped before the
 * sentence's filter was set, the filter covering [lo, hi)); 0 when one is or it cannot tell. */
static inline int ex_wl_absent(const art_t *a, size_t lo, size_t hi, const void *table)
{
    long jl = ex_wl_known(table);
    if (jl < 0) return ex_wl_absent_slow(a, lo, hi, table);
    size_t j = (size_t)jl;
    if (lo < a->sb_t0 || hi > a->sb_t1) return 0;
    /* (the first word was stored before the list was mapped) */
    if (!((a->wl_mapped[j >> 6] >> (j & 63)) & 1) || ex_wl_firsts[j] != *(const char *const *)table)
        return 0;
    return !((a->wl_in[j >> 6] >> (j & 63)) & 1);
}
/* Returns v rounded to 4 decimals when it is 1 or more (scaled amounts read back short). */
double ex_ty_round(double v);
/* v rounded to one decimal (a percent change), unless too large to round. */
double ex_ty_round1(double v);
/* The word lists of ex_ty_is, ex_ty_find and ex_ty_find_phrase are static arrays (borrowed,
 * NULL-terminated): their hashes are cached by address (extract_words.c). */
/* Words that are part of a title or a role, never of a person's name (static array). */
extern const char *const ex_ty_not_person[];
/* Verbs of choosing a supplier ("has chosen", "selected", "tapped") and of what it is chosen
 * to do ("to supply", "to build"): "has chosen Hanseo Energy to supply battery cells". */
extern const char *const ex_ty_chose[];
/* "last year" and the seasons of last year: a time gone by. */
extern const char *const ex_ty_last_year[];
extern const char *const ex_ty_supply[];
/* Returns 1 when token i is one of words. */
int ex_ty_is(const art_t *a, size_t i, const char *const *words);
/* Is the sale at token at a remedy offered to a regulator ("won conditional EU antitrust
 * approval ... after offering to sell a plant in Belgium"), no deal of its own? */
int ex_ty_remedy_sale(const art_t *a, const sent_t *s, size_t at);
/* Returns the first token in [lo, hi) that is one of words, or -1. */
long ex_ty_find(const art_t *a, size_t lo, size_t hi, const char *const *words);
/* Returns the last token in [lo, hi) that is one of words, or -1. */
long ex_ty_find_last(const art_t *a, size_t lo, size_t hi, const char *const *words);
/* Returns the token after the words of phrase (borrowed, space-separated) starting at i, or 0. */
int ex_ty_phrase(const art_t *a, size_t i, size_t hi, const char *phrase);
/* Returns where phrase (borrowed, any storage) first starts in [lo, hi), or -1. */
long ex_ty_find_one(const art_t *a, size_t lo, size_t hi, const char *phrase);
/* Returns the index of the first entry of the static table (entries of stride bytes whose
 * first member is the word; w its hashed form, ex_wl_get_table's) whose word is token i, or
 * -1: only the entries of the token's hash are read, in table order. */
long ex_ty_entry(const art_t *a, size_t i, const void *table, size_t stride, const ex_wl_t *w);
/* Returns where the first of phrases starts in [lo, hi) (its end in *end, may be NULL), or -1. */
long ex_ty_find_phrase(const art_t *a, size_t lo, size_t hi, const char *const *phrases,
                       size_t *end);
/* Stores the company sentence s is about near token at: the mention before it, else after
 * it, else a description or pronoun, else the previous sentence's or the article's subject.
 * Returns 0 when there is none. */
int ex_ty_subject(art_t *a, const sent_t *s, size_t at, co_t *out);
/* As ex_ty_subject, but a sentence opening with an unknown capitalised name (a company
 * seismo does not know) gets no subject from elsewhere. */
int ex_ty_subject_strict(art_t *a, const sent_t *s, size_t at, co_t *out);
/* Reads a small number written in digits or words ("three") at token i into *v. */
int ex_ty_small_num(const art_t *a, size_t i, double *v);
/* Stores the money amounts of sentence s in out (max); returns how many. */
size_t ex_ty_amounts(const art_t *a, const sent_t *s, ty_amount_t *out, size_t max);
/* Is the amount at token t0 the price a share moved to, right after its percentage ("rose 3
 * per cent to $12.50", "a 42 per cent gain at 297p")? It is no deal's nor financing's sum. */
int ex_price_moved_to(const art_t *a, size_t t0);
/* Returns +1 when the last up or down word in [lo, hi) says up, -1 down, 0 none. */
int ex_ty_sign(const art_t *a, size_t lo, size_t hi);
/* Writes the reporting period named in tokens [lo, hi) ("Q2 FY2025", "Q3 2024", "H1 2025",
 * "FY2024"; the year from the dateline when not written, the last one that ended unless
 * future) into out; returns 0 when none. */
int ex_ty_period(const art_t *a, size_t lo, size_t hi, int future, char *out, size_t cap);
/* Stores the person names of sentence s in out (max); returns how many. */
size_t ex_ty_persons(const art_t *a, const sent_t *s, ty_person_t *out, size_t max);
/* Is token i of s a surname alone whose person the article named in full before ("Drummond
 * will take over" after "Aileen Drummond"), not a company's last word? */
int ex_ty_surname(art_t *a, const sent_t *s, size_t i);
/* Sets a->dollar from the article's words: "CAD" when it says its figures or its dividend
 * are "in Canadian funds" or "Canadian dlrs", else "USD". */
void ex_ty_note_dollar(art_t *a);
/* Sets a->fy_end from the headline's table ("... YEAR JUNE 30 OPER NET") or a note ("Fiscal
 * year ends June 30"): the fiscal year a bare "Fourth qtr" belongs to (ex_ty_period). */
void ex_ty_note_fiscal_end(art_t *a);
/* Returns 1 when the words just before token at mark a past event mentioned as context
 * ("which emerged from", "to help fund its purchase of", "failed merger"). */
int ex_ty_context(const art_t *a, const sent_t *s, size_t at);
/* Returns 1 when [lo, at) says "in <Month>" of a month before the dateline's ("Halcott in
 * July named ...", told in October). */
int ex_ty_past_month(const art_t *a, size_t lo, size_t at);
/* Is the news at token at told as said before: a verb of telling in [lo, hi) right before
 * "last week", "last month" ("..., the company reported last week"), or right after
 * "earlier this year", with no other verb of telling nor a clause's start (";", "while",
 * "after" ...) between it and at ("Acme said its profit rose 20%, while Beta reported last
 * week a decline" tells Acme's news)? */
int ex_ty_told_lately(const art_t *a, size_t lo, size_t hi, size_t at);
/* Returns 1 when a verb of telling in [lo, from) ("reported", "posted", "said") and an "in
 * <Month>" of a month before the dateline's that closes the clause in [from, hi) say the
 * news was told then ("The airline reported a 12% rise in third-quarter revenue in October",
 * told in December; not "a rise in November sales"). */
int ex_ty_told_in_past_month(const art_t *a, size_t lo, size_t from, size_t hi);
/* Is the event word at token at of s denied or only wished for: a negation or a call for it a
 * few words before, in the same clause ("has no plans to omit its dividend", "does not expect
 * layoffs", "urged it to raise its dividend"; lexicon class neg), or with bare_no "no" right
 * before it ("no lawsuit has been filed")? */
int ex_ty_negated(const art_t *a, const sent_t *s, size_t at, int bare_no);
/* Is the verb at token t in the passive: "was", "were", "been", "be", "being" or "is" right
 * before it ("was sold to", "agreed to be acquired by", "is being bought")? */
int ex_passive_before(const art_t *a, size_t t);
/* Returns 1 when the words before token at (from lo) make it a plan, not a fact ("to", "may"). */
int ex_ty_future(const art_t *a, size_t lo, size_t at);
/* Is a change or a report told in the past perfect in [lo, hi) ("In the first quarter, profit
 * had fallen 12%", "had swung to a net loss"): background to the news? */
int ex_ty_past_perfect(const art_t *a, size_t lo, size_t hi);
/* Does [lo, at) hold a modal (could, might, may, likely) in a sentence that tells what others think
 * ("Vodafone could make an offer for Ono, some analysts believe")? Such a thing is a guess. */
int ex_ty_guessed(const art_t *a, const sent_t *s, size_t lo, size_t at);
/* Returns 1 when [lo, at) makes what follows talk or speculation ("hopes it would",
 * "analysts speculated", "could"), not news. */
int ex_ty_speculative(const art_t *a, size_t lo, size_t at);
/* Is a year before the article's told by "in YYYY" in [lo, hi), outside a relative clause
 * ("Stanhope, which acquired Dorrance in 1985, said")? */
int ex_ty_past_year_main(const art_t *a, size_t lo, size_t hi);
/* Is a year before the dateline's told after "in" in [lo, hi) ("shut its plant in Ohio in
 * 2024", "in October 2019"), up to the first ";" (or "," with stop_comma)? */
int ex_ty_past_year(const art_t *a, size_t lo, size_t hi, int stop_comma);
/* Does [lo, hi) tally a span "since" a year before the article's ("sold five plants since
 * 1984")? */
int ex_ty_since_past_year(const art_t *a, size_t lo, size_t hi);
/* Sets data.context on ev when ex_ty_context holds at token at; returns 1 then. */
int ex_ty_set_context(art_t *a, event_t *ev, const sent_t *s, size_t at);
/* Marks the deals of sentence s that the sentence mentions as context. */
void ex_ty_mark_context(art_t *a, const sent_t *s);

/* The rule files of the v2 types. */
void ex_rule_results(art_t *a, const sent_t *s, const extract_lex_hit_t *h);
/* Is the article's k-th event a metric_change that repeats a figure of an earnings event of
 * the same company and segment ("Net sales rose 6.2%" beside the quarter's results that
 * list revenue up 6.2%)? Such an echo is dropped. */
int ex_results_echo(const art_t *a, size_t k);
/* Is the article's k-th event a deal its headline told that the body tells whole (every
 * company of it in a body deal with more), or one whose parent the headline made the buyer
 * where the body names the unit that buys? Such an echo is dropped. */
int ex_deal_headline_echo(const art_t *a, size_t k);
void ex_rule_capital(art_t *a, const sent_t *s, const extract_lex_hit_t *h);
void ex_rule_rating(art_t *a, const sent_t *s, const extract_lex_hit_t *h);
void ex_rule_people(art_t *a, const sent_t *s, const extract_lex_hit_t *h);
void ex_rule_legal(art_t *a, const sent_t *s, const extract_lex_hit_t *h);
void ex_rule_business(art_t *a, const sent_t *s, const extract_lex_hit_t *h);
void ex_rule_context(art_t *a, const sent_t *s, const extract_lex_hit_t *h);
/* What a sentence after a deal adds to it (extract_rule_deal.c): a new size of "The stake" in
 * a sentence that names no company, for the segment's last investment; a value a deal puts on
 * its target ("A deal could value Tessaly at around 1.8 billion pounds"), for a deal with no
 * amount. */
void ex_rule_followup(art_t *a, const sent_t *s, const extract_lex_hit_t *h);

#endif
