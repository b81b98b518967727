/* dataset: labelled articles for training and evaluating the detector.
 *
 * Four inputs, each mapped to seismo event types (docs/model.md):
 *   - Reuters: a directory with labels.tsv (id, topics, title) and <id>.txt, as
 *     shared/tools/reuters-to-articles writes them; topic acq -> acquisition
 *     (acquisitions and stakes), earn -> earnings. These articles label only
 *     those two types.
 *   - SentiFM: sentences.tsv (split, labels, sentence), rows of one split; every
 *     sentence is an article. Profit, QuarterlyResults, Turnover -> earnings;
 *     SalesVolume -> metric_change; MergerAcquisition -> acquisition; BuyRating,
 *     TargetPrice -> rating_change; Dividend -> dividend; ShareRepurchase ->
 *     buyback; Debt -> financing. These sentences label only those types.
 *   - gold: a directory of NAME.txt with NAME.gold.json (fixtures/articles/);
 *     the types of the gold events. Label every type.
 *   - labels: a TSV file of PATH <TAB> TYPE[,TYPE...] (PATH relative to the file;
 *     an empty type list: no event). Label every type.
 * Errors name the file and line. */
#ifndef SEISMO_DATASET_H
#define SEISMO_DATASET_H

#include <stddef.h>
#include <stdint.h>

#include "../../core/err.h"
#include "../../core/model.h"

typedef struct dataset_item_s {
    char *text; /* owned article text */
    size_t len;
    char *where;    /* owned "file:line" or path, for messages */
    uint32_t pos;   /* bit k: the article reports label k */
    uint32_t known; /* bit k: the input labels label k (else the article says nothing of it) */
} dataset_item_t;

typedef struct dataset_s {
    char labels[MODEL_MAX_LABELS][MODEL_NAME_MAX];
    size_t nlabels;
    dataset_item_t *items; /* owned */
    size_t n, cap;
} dataset_t;

/* Prepares d (caller storage) as empty. */
void dataset_init(dataset_t *d);
/* Frees what d owns (d may be NULL). */
void dataset_release(dataset_t *d);
/* Adds the Reuters articles of dir (borrowed). Returns 0, ERR_NOINPUT, ERR_DATA (a line of
 * labels.tsv that does not match the articles), ERR_IO or ERR_NOMEM. */
int dataset_add_reuters(dataset_t *d, const char *dir, err_t *e);
/* Adds the sentences of split (borrowed, "train" or "test") of the SentiFM file path. */
int dataset_add_sentifm(dataset_t *d, const char *path, const char *split, err_t *e);
/* Adds the articles of dir (borrowed) that have a NAME.gold.json. */
int dataset_add_gold(dataset_t *d, const char *dir, err_t *e);
/* Adds the articles listed in the labels file path (borrowed). */
int dataset_add_labels(dataset_t *d, const char *path, err_t *e);
/* Returns the bits of the articles that report label name (borrowed): its own, and for
 * "acquisition" also "investment" unless that is learned on its own (learns_investment). */
uint32_t dataset_bits(const dataset_t *d, const char *name, int learns_investment);
/* Checks every label has articles with and without it; returns 0 or ERR_DATA naming it. */
int dataset_check(const dataset_t *d, err_t *e);

#endif
