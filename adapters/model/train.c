/* train: the detector's weights from labelled articles, with liblinear. */
#include "train.h"

#include <linear.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/detect.h"
#include "../../core/mem.h"

static void train_quiet(const char *s)
{
    (void)s;
}

int train_features(const extract_t *x, const feat_hash_t *h, const char *text, size_t len,
                   int rule_hits, feat_t *f, err_t *e)
{
    extract_t rules = *x; /* the same rules, no detector */
    extract_input_t in = {text, len, NULL, NULL, NULL, NULL};
    event_list_t l;
    int rc = 0;
    rules.model = NULL;
    event_list_init(&l);
    feat_reset(f);
    if (!rule_hits || (rc = extract_article(&rules, &in, &l, e)) == 0) {
        detect_article_features(h, text, len, &l, 0, f);
        rc = feat_finish(f);
        if (rc) err_set(e, rc, "out of memory");
    }
    event_list_release(&l);
    return rc;
}

int train_model(const extract_t *x, const dataset_t *d, const train_opts_t *o, model_t **out,
                err_t *e)
{
    size_t nb = (size_t)1 << o->bits, nl = 0, total = 0;
    uint32_t lab[MODEL_MAX_LABELS];
    int learns_inv = 0;
    model_label_t labels[MODEL_MAX_LABELS];
    double *w[MODEL_MAX_LABELS] = {0};
    struct feature_node **rows = NULL, *pool = NULL, **sub = NULL;
    double *y = NULL;
    feat_hash_t h = {o->bits, o->seed};
    feat_t f;
    int rc = 0;

    *out = NULL;
    feat_init(&f);
    if (o->bits < FEAT_MIN_BITS || o->bits > FEAT_MAX_BITS)
        return err_set(e, ERR_USAGE, "--bits must be %d to %d", FEAT_MIN_BITS, FEAT_MAX_BITS);
    /* the labels to learn, in the order given (or the dataset's) */
    for (size_t i = 0; i < (o->types ? o->ntypes : d->nlabels); i++)
        learns_inv |= strcmp(o->types ? o->types[i] : d->labels[i], "investment") == 0;
    for (size_t i = 0; i < (o->types ? o->ntypes : d->nlabels); i++) {
        const char *name = o->types ? o->types[i] : d->labels[i];
        uint32_t bits = dataset_bits(d, name, learns_inv);
        if (!bits) return err_set(e, ERR_DATA, "no labelled article mentions type '%s'", name);
        if (nl == MODEL_MAX_LABELS) return err_set(e, ERR_USAGE, "too many types");
        lab[nl] = bits;
        labels[nl] = o->defaults;
        snprintf(labels[nl].name, sizeof labels[nl].name, "%s", name);
        labels[nl].bias = 0;
        nl++;
    }
    if (!nl) return err_set(e, ERR_DATA, "no type to learn");
    /* features of every article, rule hits included unless o->rule_hits is 0 */
    if (!(rows = mem_calloc(d->n ? d->n : 1, sizeof *rows)) ||
        !(sub = mem_calloc(d->n ? d->n : 1, sizeof *sub)) ||
        !(y = mem_calloc(d->n ? d->n : 1, sizeof *y)))
        goto nomem;
    for (size_t i = 0; i < d->n; i++) {
        if ((rc = train_features(x, &h, d->items[i].text, d->items[i].len, o->rule_hits, &f, e))) {
            err_wrap(e, "%s", d->items[i].where);
            goto out;
        }
        total += f.n + 2;
        if (!(rows[i] = mem_alloc((f.n + 2) * sizeof *rows[i]))) goto nomem;
        double v = f.n ? 1.0 / sqrt((double)f.n) : 0.0;
        for (size_t j = 0; j < f.n; j++) {
            rows[i][j].index = (int)f.idx[j] + 1;
            rows[i][j].value = v;
        }
        rows[i][f.n].index = (int)nb + 1; /* the bias feature */
        rows[i][f.n].value = 1.0;
        rows[i][f.n + 1].index = -1;
    }
    (void)total;
    (void)pool;
    set_print_string_function(train_quiet);
    for (size_t k = 0; k < nl; k++) {
        uint32_t bit = lab[k];
        size_t n = 0, npos = 0;
        for (size_t i = 0; i < d->n; i++) {
            if (!(d->items[i].known & bit)) continue;
            sub[n] = rows[i];
            y[n] = (d->items[i].pos & bit) ? 1.0 : -1.0;
            npos += y[n] > 0;
            n++;
        }
        if (!npos || npos == n) {
            rc = err_set(e, ERR_DATA, "type '%s' has %s (an empty class)", labels[k].name,
                         npos ? "no article without it" : "no article with it");
            goto out;
        }
        struct problem prob = {(int)n, (int)nb + 1, y, sub, 1.0};
        struct parameter par;
        memset(&par, 0, sizeof par);
        par.solver_type = o->l2 ? L2R_LR : L1R_LR;
        par.eps = 0.001;
        par.C = o->c;
        const char *why = check_parameter(&prob, &par);
        if (why) {
            rc = err_set(e, ERR_INTERNAL, "liblinear: %s", why);
            goto out;
        }
        srand(1); /* liblinear shuffles with rand(): same data, same model */
        struct model *lm = train(&prob, &par);
        if (!lm) goto nomem;
        double sign = lm->label[0] == 1 ? 1.0 : -1.0;
        if (!(w[k] = mem_calloc(nb, sizeof *w[k]))) {
            free_and_destroy_model(&lm);
            goto nomem;
        }
        for (size_t b = 0; b < nb; b++) w[k][b] = sign * get_decfun_coef(lm, (int)b + 1, 0);
        labels[k].bias = sign * get_decfun_bias(lm, 0);
        free_and_destroy_model(&lm);
    }
    rc = model_from_dense(&h, labels, nl, (const double *const *)w, out, e);
    if (rc == 0) (*out)->rule_hits = o->rule_hits;
    goto out;
nomem:
    rc = err_set(e, ERR_NOMEM, "out of memory");
out:
    for (size_t i = 0; rows && i < d->n; i++) mem_free(rows[i]);
    mem_free(rows);
    mem_free(sub);
    mem_free(y);
    for (size_t k = 0; k < nl; k++) mem_free(w[k]);
    feat_release(&f);
    return rc;
}
