/* extract_tok: the word tokenizer shared by the registry and the extractor.
 *
 * Tokens are byte spans of the caller's text (never copied): words, numbers
 * and single punctuation marks, each with case flags and a 64-bit hash of its
 * ASCII-lowercased bytes, so that lexicon look-ups compare integers. A
 * possessive ('s or ’s) is its own token with EXTRACT_TOK_POSS. */
#ifndef SEISMO_EXTRACT_TOK_H
#define SEISMO_EXTRACT_TOK_H

#include <stddef.h>
#include <stdint.h>

enum {
    EXTRACT_TOK_WORD = 1 << 0,  /* letters (and digits after a letter) */
    EXTRACT_TOK_NUM = 1 << 1,   /* digits, with , and . inside */
    EXTRACT_TOK_PUNCT = 1 << 2, /* one punctuation mark or symbol */
    EXTRACT_TOK_CAP = 1 << 3,   /* word starting with an uppercase letter */
    EXTRACT_TOK_UPPER = 1 << 4, /* word with letters, none lowercase */
    EXTRACT_TOK_LOWER = 1 << 5, /* word starting with a lowercase letter */
    EXTRACT_TOK_POSS = 1 << 6,  /* possessive 's */
    EXTRACT_TOK_SPACE = 1 << 7, /* whitespace before the token */
    EXTRACT_TOK_NL = 1 << 8,    /* a line break before the token */
    EXTRACT_TOK_ANGLE = 1 << 9, /* < or > (Reuters marks names with them) */
};

typedef struct extract_tok_s {
    uint32_t off;   /* byte offset in the text given to extract_tok_run */
    uint32_t len;   /* byte length */
    uint32_t flags; /* EXTRACT_TOK_* */
    uint64_t h;     /* hash of the lowercased bytes */
} extract_tok_t;

/* A growable token array in caller storage. */
typedef struct extract_toks_s {
    extract_tok_t *v; /* owned */
    size_t n;
    size_t cap;
} extract_toks_t;

/* Returns the hash of n bytes of s (borrowed), ASCII-lowercased. */
uint64_t extract_tok_hash(const char *s, size_t n);
/* Appends the tokens of text[from..to) (text borrowed) to t; offsets are relative to
 * text. Returns 0 or ERR_NOMEM. */
int extract_tok_run(const char *text, size_t from, size_t to, extract_toks_t *t);
/* Frees t's array (t may be NULL) and empties it. */
void extract_toks_release(extract_toks_t *t);
/* Returns the length of the UTF-8 punctuation mark at s (borrowed, n bytes left) or 0. */
size_t extract_tok_upunct(const unsigned char *s, size_t n);
/* Returns the length of the vulgar fraction at s (borrowed, n bytes left: "½" of "77½p",
 * "¼", "⅞") or 0, and its value in *v when v is not NULL. */
size_t extract_tok_vulgar(const unsigned char *s, size_t n, double *v);

#endif
