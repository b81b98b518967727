/* extract: news article text to typed, resolved company events (DESIGN.md section 3).
 *
 * The extractor is a pure function of the article bytes and its data (the
 * registry, the lexicon and the trigger rules, all loaded from TSV): no I/O,
 * no global state, so the CLI and the daemon share it and several threads may
 * call extract_article on one extract_t at once. See docs/extraction.md. */
#ifndef SEISMO_EXTRACT_H
#define SEISMO_EXTRACT_H

#include <stddef.h>

#include "err.h"
#include "event.h"
#include "extract_lex.h"
#include "htab.h"
#include "registry.h"

/* One article to extract. Every pointer is borrowed for the call. */
typedef struct extract_input_s {
    const char *text;  /* UTF-8 article text (need not be NUL-terminated) */
    size_t len;        /* its length in bytes */
    const char *date;  /* "YYYY-MM-DD" dateline to use when the text has none, or NULL */
    const char *name;  /* source.name (file name), or NULL */
    const char *title; /* source.title, or NULL */
    const char *doc;   /* source.doc, "sha256:<hex>" of the document, or NULL */
} extract_input_t;

typedef struct extract_s {
    const registry_t *reg;       /* borrowed */
    extract_lex_t *lex;          /* owned */
    char **abbrev;               /* owned, lowercase abbreviations ending in '.' */
    unsigned char *abbrev_maybe; /* owned, 1 when the abbreviation may also end a sentence */
    size_t nabbrev;
    htab_t abbrev_idx;           /* abbreviations by the hash of their lowercased text */
    const struct model_s *model; /* borrowed, the learned detector, or NULL (rules only) */
} extract_t;

/* Creates an extractor over reg (borrowed; must outlive it) with the built-in lexicons;
 * *out is owned (extract_free). Returns 0, ERR_NOMEM or ERR_DATA for bad built-in data. */
int extract_new(const registry_t *reg, extract_t **out, err_t *e);
/* Frees x (may be NULL). */
void extract_free(extract_t *x);
/* Makes x judge the rules' candidates with the detector m (borrowed; must outlive x; NULL:
 * rules only). See core/detect.h. */
void extract_set_model(extract_t *x, const struct model_s *m);
/* Appends the events of one article in (borrowed) to out (caller-owned list); events get no
 * id (the caller derives it). Returns 0 or ERR_NOMEM; on failure out holds what it held. */
int extract_article(const extract_t *x, const extract_input_t *in, event_list_t *out, err_t *e);
/* Parses a date as news writes it ("February 12, 2025", "Feb. 12, 2025", "12 February 2025",
 * "2025-02-12", "26-FEB-1987 15:01:01.79") at the start of n bytes of s (borrowed); stores
 * "YYYY-MM-DD" in out and returns the bytes consumed, or 0 when there is no full date. */
size_t extract_parse_date(const char *s, size_t n, char out[11]);

#endif
