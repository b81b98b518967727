/* detect: the learned detector beside the rules (one call after the rules ran).
 *
 * The rules propose candidate events with their arguments; the detector scores
 * the article and each candidate's sentence per label (core/model.h) and
 *   - keeps a candidate when P(article) >= the label's keep_article or
 *     P(sentence) >= its keep_sentence, and drops it otherwise;
 *   - when P(article) >= the label's emit and no candidate of that label was
 *     kept, emits one event of that type for the article's subject company
 *     (the headline subject), dated by the article's dateline, its sentence the
 *     title. An emit threshold of 1 never emits; keep thresholds of 0 never drop.
 * A candidate's label is its type's name; an investment uses the label
 * "investment", else "acquisition" (Reuters' acq topic covers both). Types with
 * no label are left alone. */
#ifndef SEISMO_DETECT_H
#define SEISMO_DETECT_H

#include <stddef.h>

#include "err.h"
#include "event.h"
#include "model.h"

/* The article the detector looks at. Every pointer is borrowed for the call. */
typedef struct detect_article_s {
    const char *text; /* the article bytes */
    size_t len;
    const char *dateline;     /* "YYYY-MM-DD" or "" */
    const char *subject_id;   /* the headline subject company, or NULL when none */
    const char *subject_name; /* may be NULL */
    const char *subject_ticker;
    const char *doc, *name, *title; /* source fields for an emitted event, may be NULL */
    /* the byte spans [heads[2k], heads[2k+1]) of the headlines of related stories the
     * article carries (borrowed, may be NULL): each a lead of its own */
    const size_t *heads;
    size_t nheads;
} detect_article_t;

/* Adds article a's features and the rule hits of out[base..n) (borrowed) to f (caller's). */
void detect_article_features(const feat_hash_t *h, const char *text, size_t len,
                             const event_list_t *out, size_t base, feat_t *f);
/* Keeps, drops and adds events of one article in out[base..n) (caller-owned list) by m
 * (borrowed). Returns 0 or ERR_NOMEM (out then holds the rules' candidates). */
int detect_apply(const model_t *m, const detect_article_t *a, event_list_t *out, size_t base,
                 err_t *e);

#endif
