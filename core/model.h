/* model: the learned event detector's weights, its file format and its scores.
 *
 * A model is one linear classifier per label (an event type name: acquisition,
 * earnings, ...) over the hashed features of core/feat.h. Score = bias + the dot
 * product of the weights with the instance's features, each feature valued
 * 1/sqrt(number of features); probability = logistic(score). Besides its
 * weights a label carries the detector's thresholds (core/detect.h).
 *
 * The file is text, one record per line, tab-separated:
 *     seismo-model <TAB> FORMAT
 *     hash <TAB> fnv1a <TAB> BITS <TAB> SEED
 *     label <TAB> NAME <TAB> BIAS <TAB> KEEP_ARTICLE <TAB> KEEP_SENTENCE <TAB> EMIT   (one a label)
 *     rows <TAB> N
 *     BUCKET <TAB> W1 ... Wk                     (N lines, buckets ascending, k = labels)
 *     sha256 <TAB> HEX                           (of every byte before this line)
 * Hashing reaches this pure module as a function pointer (adapters/crypto). */
#ifndef SEISMO_MODEL_H
#define SEISMO_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "err.h"
#include "feat.h"

#define MODEL_FORMAT     2
#define MODEL_MAX_LABELS 32
#define MODEL_NAME_MAX   40

/* Writes the lowercase hex SHA-256 of n bytes of data (borrowed) into out. */
typedef void (*model_sha256_fn)(const void *data, size_t n, char out[65]);

typedef struct model_label_s {
    char name[MODEL_NAME_MAX]; /* event type name */
    double bias;
    double keep_article;  /* keep a rule candidate when P(article) >= this ... */
    double keep_sentence; /* ... or P(its sentence) >= this */
    double emit;          /* emit an article-level event when P(article) >= this */
} model_label_t;

typedef struct model_s {
    feat_hash_t hash;
    int rule_hits; /* 1: the rules' hits are features (format 1 files: always); 0: words only */
    model_label_t labels[MODEL_MAX_LABELS];
    size_t nlabels;
    uint32_t *rows; /* owned, ascending bucket ids with a non-zero weight */
    float *w;       /* owned, nrows * nlabels weights, row-major */
    size_t nrows;
    /* the rows by bucket (model_row): bit b of has is set when bucket b has a row, which is
     * rank[b / 64] + the set bits of has below b; owned, 2^bits bits and 2^bits / 64 counts */
    uint64_t *has;
    uint32_t *rank;
    /* owned: model_probs_raw's bitmaps (2^bits / 64 + nrows / 64 + 1 words), all zero when
     * not lent, lent to one caller at a time (threads sharing the model take turns or
     * allocate their own): a model is read-only otherwise */
    struct model_spare_s *spare;
} model_t;

/* Parses a model file of len bytes (borrowed); sha checks its checksum. *out is owned
 * (model_free). Returns 0; ERR_NEWER for a format newer than MODEL_FORMAT; ERR_CORRUPT for
 * a file that is not a model, is cut short or fails its checksum (the message names the line);
 * ERR_NOMEM. */
int model_parse(const char *data, size_t len, model_sha256_fn sha, model_t **out, err_t *e);
/* Builds a model from dense weights: w[k] (borrowed) holds 2^hash->bits weights of label k,
 * labels (borrowed) its names, biases and thresholds. *out is owned. Returns 0, ERR_NOMEM or
 * ERR_USAGE (too many labels, bad bits). */
int model_from_dense(const feat_hash_t *hash, const model_label_t *labels, size_t nlabels,
                     const double *const *w, model_t **out, err_t *e);
/* Appends m's file (checksum included) to out. Returns 0 or ERR_NOMEM. */
int model_write(const model_t *m, model_sha256_fn sha, buf_t *out);
/* Frees m (may be NULL). */
void model_free(model_t *m);
/* Returns the index of label name (borrowed), or -1. */
int model_label_find(const model_t *m, const char *name);
/* Returns label k's decision value for the features f (borrowed, feat_finish'ed). */
double model_score(const model_t *m, const feat_t *f, size_t k);
/* Returns the logistic of model_score: the probability that f reports label k. */
double model_prob(const model_t *m, const feat_t *f, size_t k);
/* Fills p[0..nlabels) with model_prob of every label. */
void model_probs(const model_t *m, const feat_t *f, double *p);
/* As model_probs, for features f (borrowed) as added, repeats included, not feat_finish'ed:
 * the same probabilities, bit for bit, without sorting them. Returns 0, or ERR_NOMEM (an
 * append to f failed, or the set of f's distinct buckets could not be allocated). */
int model_probs_raw(const model_t *m, const feat_t *f, double *p);
/* Returns 1 when name (borrowed) is an event type a model may learn: a type of
 * core/event.h or one of the types of DESIGN.md section 3 (v2). */
int model_type_known(const char *name);

#endif
