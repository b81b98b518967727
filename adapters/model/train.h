/* train: fitting the detector's weights with liblinear (L1-regularised logistic regression).
 *
 * Every labelled article goes through the rules alone (an extractor with no model) so
 * that the rule hits are features as they will be when the model scores (unless
 * rule_hits is 0: then the words alone are); then one binary classifier per label is
 * fitted on the articles that label it. Same data and
 * options give the same model, byte for byte (liblinear's shuffling is seeded). */
#ifndef SEISMO_TRAIN_H
#define SEISMO_TRAIN_H

#include "../../core/extract.h"
#include "../../core/model.h"
#include "dataset.h"

typedef struct train_opts_s {
    unsigned bits;            /* feature hash bits */
    uint32_t seed;            /* feature hash seed */
    double c;                 /* inverse regularisation strength */
    int l2;                   /* 1: L2-regularised (dense weights), 0: L1 (sparse) */
    const char *const *types; /* borrowed: the labels to learn (NULL: every label of d) */
    size_t ntypes;
    model_label_t defaults; /* thresholds for every label (name and bias ignored) */
    int rule_hits;          /* 1: the rules' hits are features too; 0: the words alone */
} train_opts_t;

/* Fits a model on d (borrowed) with the rules of x (borrowed, its model ignored). *out is
 * owned (model_free). Returns 0, ERR_DATA (an empty class, a type with no data), ERR_NOMEM
 * or ERR_INTERNAL. */
int train_model(const extract_t *x, const dataset_t *d, const train_opts_t *o, model_t **out,
                err_t *e);
/* The features of one article as the detector will see them: f (caller's) gets its words
 * and, when rule_hits, the rule hits of x (borrowed, run without a model). */
int train_features(const extract_t *x, const feat_hash_t *h, const char *text, size_t len,
                   int rule_hits, feat_t *f, err_t *e);

#endif
