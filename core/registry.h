/* registry: the companies and regulators seismo recognises by name.
 *
 * Entries come from TSV bytes (the embedded core/data/companies.tsv and
 * regulators.tsv) plus the user's additions. Each has a canonical id (the
 * primary ticker of a listed company, a lowercase slug for a private one, an
 * acronym for a regulator), a display name and aliases. Matching works on
 * tokens (extract_tok) and is case-aware: an alias matches text written as in
 * the registry ("Apple") or in capitals ("APPLE", headlines), never in lower
 * case ("apple pie"). The longest alias wins. */
#ifndef SEISMO_REGISTRY_H
#define SEISMO_REGISTRY_H

#include <stddef.h>

#include "err.h"
#include "extract_tok.h"

typedef enum { REGISTRY_COMPANY = 1, REGISTRY_REGULATOR = 2 } registry_kind_t;

typedef struct registry_entry_s {
    char *id;           /* owned: canonical id */
    char *name;         /* owned: display name */
    char *ticker;       /* owned: primary ticker, or NULL */
    char *jurisdiction; /* owned: regulators' jurisdiction, or NULL */
    char *sector;       /* owned: lowercase descriptor words ("social media"), or NULL */
    int kind;           /* registry_kind_t */
    int user;           /* 1 when added by the user */
} registry_entry_t;

typedef struct registry_s registry_t;

/* Creates an empty registry; returns it owned (registry_free) or NULL when out of memory. */
registry_t *registry_new(void);
/* Frees r and everything it owns (r may be NULL). */
void registry_free(registry_t *r);
/* Loads the built-in companies.tsv and regulators.tsv; returns 0 or an ERR_* code. */
int registry_load_builtin(registry_t *r, err_t *e);
/* Loads companies (kind REGISTRY_COMPANY: id, name, tickers, aliases, sector) or regulators
 * (id, name, jurisdiction, aliases) from len bytes of TSV (borrowed); what names the source
 * in errors. Returns 0, ERR_DATA naming the line, or ERR_NOMEM. */
int registry_load_tsv(registry_t *r, int kind, const char *tsv, size_t len, const char *what,
                      err_t *e);
/* Adds (or, when id exists, extends) an entry; all strings borrowed, ticker and aliases may be
 * NULL/0. Returns 0, ERR_DATA for a bad id or name, or ERR_NOMEM. */
int registry_add(registry_t *r, int kind, const char *id, const char *name, const char *ticker,
                 const char *const *aliases, size_t naliases, err_t *e);
/* Returns the entry whose id, ticker, name or alias equals key (borrowed; case-insensitive),
 * or NULL. The entry is borrowed from r. */
const registry_entry_t *registry_find(const registry_t *r, const char *key);
/* Returns the company whose id or primary ticker is exactly sym (borrowed; case-sensitive:
 * "AAPL"), or NULL. The entry is borrowed from r. */
const registry_entry_t *registry_find_symbol(const registry_t *r, const char *sym);
/* Returns the number of entries of kind (0 for all). */
size_t registry_count(const registry_t *r, int kind);
/* Returns entry i (borrowed) in insertion order, or NULL past the end. */
const registry_entry_t *registry_at(const registry_t *r, size_t i);
/* Finds the longest alias matching the tokens of text (borrowed) starting at toks[i];
 * stores the entry (borrowed) in *out and returns the number of tokens matched, 0 if none. */
size_t registry_match(const registry_t *r, const char *text, const extract_tok_t *toks, size_t n,
                      size_t i, const registry_entry_t **out);
/* Writes a lowercase slug of name (borrowed) into out (cap bytes, caller-owned), dropping
 * corporate suffixes (Inc, Corp, Ltd...); returns its length (0 when nothing is left). */
size_t registry_slug(const char *name, char *out, size_t cap);
/* Is w[0..n) (borrowed) an amount written as one word after its currency, which is never a
 * name ("EUR78.7bn", "US$5bn", "SEK120m")? A decimal point or a scale must end it, so "O2"
 * and "A10" stay names. */
int registry_money_word(const char *w, size_t n);

#endif
