/* extract_lex: the extractor's lexicons and trigger rules, loaded from data.
 *
 * lexicon.tsv (phrase, class, value) and triggers.tsv (phrase, type, status,
 * direction, requires, excludes) become one phrase table indexed by the hash of
 * each phrase's first word. A phrase written in lower case matches any case; one
 * with capitals matches as written or in ALL CAPS. */
#ifndef SEISMO_EXTRACT_LEX_H
#define SEISMO_EXTRACT_LEX_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "event.h"
#include "extract_tok.h"

typedef enum {
    LEX_NONE = 0,
    LEX_UP,
    LEX_DOWN,
    LEX_INSTRUMENT,
    LEX_METRIC,
    LEX_STAKE,
    LEX_STATUS,
    LEX_QUAL,
    LEX_SCALE,
    LEX_CURRENCY,
    LEX_PLACE,
    LEX_EVENTNOUN,
    LEX_HOSTVERB,
    LEX_DESC,
    LEX_PTITLE,
    LEX_CORPSFX,
    LEX_NOTNAME,
    LEX_PRODUCT,
    LEX_PRON,
    LEX_DEALOBJ,  /* what a deal sells: unit, subsidiary, stake */
    LEX_GOODS,    /* what trade sells: crude, jets, debentures (no deal) */
    LEX_NAMECUE,  /* words before a company name: "to acquire", "shares of" */
    LEX_NEG,      /* negation before a deal trigger ("not interested in"); value
                     "terminated" for a rejection ("rejected", "ended talks") */
    LEX_EXCHANGE, /* stock exchanges in ticker marks: "(NASDAQ: AAPL)" */
    LEX_GENERIC,  /* first words many names share (First, American): never a short form */
    LEX_AGENTCUE, /* deal verbs whose subject is a company: "acquire", "buy", "merge" */
    LEX_SECTOR,   /* sectors and trades that open a sentence as no name: "Tech shares rose" */
    LEX_TRIGGER,
    LEX_CLASS_COUNT
} extract_lex_class_t;

typedef enum {
    LEX_DIR_FWD = 0,
    LEX_DIR_REV = 1,
    LEX_DIR_SYM = 2,
    LEX_DIR_ANY = 3,
    LEX_DIR_SELL = 4
} lex_dir_t;

#define LEX_MAX_WORDS 32
/* At most this many phrases are considered at one token. */
#define EXTRACT_LEX_MAX_MATCHES 64

typedef struct extract_lex_entry_s {
    char *phrase;        /* owned */
    extract_tok_t *toks; /* owned, tokens of phrase */
    size_t ntoks;
    int cls;     /* extract_lex_class_t */
    char *value; /* owned, may be NULL: status, ISO code, company id, ... */
    double num;  /* LEX_SCALE multiplier */
    int sym;     /* LEX_CURRENCY written before the number */
    /* LEX_TRIGGER */
    event_type_t type;
    char *status; /* owned, NULL for none */
    int dir;      /* lex_dir_t */
    /* word hashes, 0-terminated (LEX_MAX_WORDS at most): borrowed from words, or an empty
     * list for an entry without them (out of line: an entry is read at every match, and
     * these are read only for a trigger's hit) */
    const uint64_t *requires;
    const uint64_t *excludes;
    uint64_t *words; /* owned, NULL or the room of requires and excludes */
} extract_lex_entry_t;

typedef struct extract_lex_s extract_lex_t;

/* A phrase found in text: entry (borrowed from the lexicon) over tokens [t0, t1). */
typedef struct extract_lex_hit_s {
    const extract_lex_entry_t *entry;
    uint32_t t0, t1;
} extract_lex_hit_t;

/* Creates an empty lexicon; returns it owned (extract_lex_free) or NULL. */
extract_lex_t *extract_lex_new(void);
/* Frees lx (may be NULL). */
void extract_lex_free(extract_lex_t *lx);
/* Loads lexicon.tsv-format bytes (borrowed); what names the source in errors. */
int extract_lex_load_lexicon(extract_lex_t *lx, const char *tsv, size_t len, const char *what,
                             err_t *e);
/* Loads triggers.tsv-format bytes (borrowed). */
int extract_lex_load_triggers(extract_lex_t *lx, const char *tsv, size_t len, const char *what,
                              err_t *e);
/* Loads the built-in lexicon.tsv and triggers.tsv. */
int extract_lex_load_builtin(extract_lex_t *lx, err_t *e);
/* Bits of the set of phrase first words (extract_lex_first). */
#define EXTRACT_LEX_FIRST_BITS 65536
/* The bit of a token hash h in that set. */
static inline unsigned extract_lex_first_bit(uint64_t h)
{
    return (unsigned)((h * 0x9E3779B97F4A7C15ULL) >> 48) & (EXTRACT_LEX_FIRST_BITS - 1);
}
/* Returns lx's set of phrase first words (borrowed, EXTRACT_LEX_FIRST_BITS bits): a token
 * whose bit is clear starts no phrase (extract_lex_matches finds none there). */
const uint64_t *extract_lex_first(const extract_lex_t *lx);
/* Stores in out (max, caller-owned) every entry (borrowed) whose phrase matches the tokens of
 * text at toks[i] within toks[0..n), in index order; returns how many. */
size_t extract_lex_matches(const extract_lex_t *lx, const char *text, const extract_tok_t *toks,
                           size_t n, size_t i, const extract_lex_entry_t **out, size_t max);
/* Reduces the entries m[0..nm) matching at token i (extract_lex_matches) to hits (max,
 * caller-owned): those ending by token n, longest per class, every trigger; returns how many. */
size_t extract_lex_pick(const extract_lex_entry_t *const *m, size_t nm, size_t i, size_t n,
                        extract_lex_hit_t *hits, size_t max);
/* Stores up to max hits (caller-owned array) of phrases starting at toks[i] of text
 * (both borrowed), longest first per class; returns the number stored. */
size_t extract_lex_match(const extract_lex_t *lx, const char *text, const extract_tok_t *toks,
                         size_t n, size_t i, extract_lex_hit_t *hits, size_t max);

#endif
