/* cmd_model: `seismo model train|eval`, the learned event detector's commands. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/detect.h"
#include "../../core/extract.h"
#include "../../core/mem.h"
#include "../../core/registry.h"
#include "../model/dataset.h"
#include "../model/modelfile.h"
#include "../model/train.h"
#include "cli.h"

#define CMD_MODEL_MAX_TYPES MODEL_MAX_LABELS

#define CMD_MODEL_MAX_INPUTS 256

struct cmd_model_in_s;
static int cmd_model_read1(struct cmd_model_in_s *in, int c, const char *arg, err_t *e);

/* Options shared by train and eval: the labelled inputs, read once every option is parsed
 * (so --split applies wherever it is written). */
typedef struct cmd_model_in_s {
    dataset_t d;
    const char *split; /* SentiFM split, "train" by default */
    int kind[CMD_MODEL_MAX_INPUTS];
    const char *arg[CMD_MODEL_MAX_INPUTS];
    int n;
} cmd_model_in_t;

static int cmd_model_input(cmd_model_in_t *in, int c, const char *arg, err_t *e)
{
    if (in->n == CMD_MODEL_MAX_INPUTS)
        return err_set(e, ERR_USAGE, "at most %d inputs", CMD_MODEL_MAX_INPUTS);
    in->kind[in->n] = c;
    in->arg[in->n++] = arg;
    return 0;
}

/* Reads every input named on the command line. */
static int cmd_model_read(cmd_model_in_t *in, err_t *e)
{
    int rc = 0;
    for (int i = 0; i < in->n && !rc; i++) rc = cmd_model_read1(in, in->kind[i], in->arg[i], e);
    return rc;
}

static int cmd_model_read1(cmd_model_in_t *in, int c, const char *arg, err_t *e)
{
    switch (c) {
    case 'R':
        return dataset_add_reuters(&in->d, arg, e);
    case 'S':
        return dataset_add_sentifm(&in->d, arg, in->split, e);
    case 'G':
        return dataset_add_gold(&in->d, arg, e);
    case 'L':
        return dataset_add_labels(&in->d, arg, e);
    default:
        return 0;
    }
}

static int cmd_model_extractor(registry_t **reg, extract_t **x, err_t *e)
{
    int rc;
    *x = NULL;
    if (!(*reg = registry_new())) return err_set(e, ERR_NOMEM, "out of memory");
    if ((rc = registry_load_builtin(*reg, e)) || (rc = extract_new(*reg, x, e))) return rc;
    return 0;
}

static int cmd_model_prob(const char *s, double *v)
{
    char *end;
    *v = strtod(s, &end);
    return *end || end == s || !(*v >= 0.0 && *v <= 1.0) ? -1 : 0;
}

/* Splits a comma-separated list (modified in place) into v (max entries); returns the count
 * or -1 when there are too many. */
static int cmd_model_list(char *s, const char **v, int max)
{
    int n = 0;
    for (char *t = strtok(s, ","); t; t = strtok(NULL, ",")) {
        if (n == max) return -1;
        v[n++] = t;
    }
    return n;
}

static int cmd_model_train(cli_ctx_t *ctx, int argc, char **argv)
{
    static const struct option opts[] = {{"out", required_argument, NULL, 'o'},
                                         {"reuters", required_argument, NULL, 'R'},
                                         {"sentifm", required_argument, NULL, 'S'},
                                         {"split", required_argument, NULL, 's'},
                                         {"gold", required_argument, NULL, 'G'},
                                         {"labels", required_argument, NULL, 'L'},
                                         {"types", required_argument, NULL, 't'},
                                         {"bits", required_argument, NULL, 'b'},
                                         {"c", required_argument, NULL, 'c'},
                                         {"l2", no_argument, NULL, '2'},
                                         {"keep-article", required_argument, NULL, 'a'},
                                         {"keep-sentence", required_argument, NULL, 'k'},
                                         {"emit", required_argument, NULL, 'm'},
                                         {"threshold", required_argument, NULL, 'T'},
                                         {NULL, 0, NULL, 0}};
    cmd_model_in_t in;
    train_opts_t o;
    const char *types[CMD_MODEL_MAX_TYPES], *outp = NULL;
    char *thr[CMD_MODEL_MAX_TYPES];
    int nthr = 0, ntypes = -1, c, rc, status = 0;
    registry_t *reg = NULL;
    extract_t *x = NULL;
    model_t *m = NULL;
    err_t e = {0};
    char *end;

    memset(&o, 0, sizeof o);
    o.bits = 18;
    o.seed = 1;
    o.c = 4.0;
    o.defaults.keep_article = o.defaults.keep_sentence = o.defaults.emit = 0.5;
    dataset_init(&in.d);
    in.split = "train";
    in.n = 0;
    optind = 0;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'o':
            outp = optarg;
            break;
        case 's':
            if (strcmp(optarg, "train") != 0 && strcmp(optarg, "test") != 0) {
                status = cli_failf(ctx, 64, "--split must be train or test, not '%s'", optarg);
                goto out;
            }
            in.split = optarg;
            break;
        case 'R':
        case 'S':
        case 'G':
        case 'L':
            if ((rc = cmd_model_input(&in, c, optarg, &e))) {
                status = cli_fail(ctx, &e);
                goto out;
            }
            break;
        case 't':
            if ((ntypes = cmd_model_list(optarg, types, CMD_MODEL_MAX_TYPES)) < 0) {
                status = cli_failf(ctx, 64, "--types: at most %d types", CMD_MODEL_MAX_TYPES);
                goto out;
            }
            for (int i = 0; i < ntypes; i++)
                if (!model_type_known(types[i])) {
                    status = cli_failf(ctx, 64, "--types: unknown event type '%s'", types[i]);
                    goto out;
                }
            break;
        case 'b':
            o.bits = (unsigned)strtoul(optarg, &end, 10);
            if (*end || o.bits < FEAT_MIN_BITS || o.bits > FEAT_MAX_BITS) {
                status =
                    cli_failf(ctx, 64, "--bits must be %d to %d", FEAT_MIN_BITS, FEAT_MAX_BITS);
                goto out;
            }
            break;
        case 'c':
            o.c = strtod(optarg, &end);
            if (*end || !(o.c > 0 && o.c < 1e6)) {
                status = cli_failf(ctx, 64, "--c must be a positive number, not '%s'", optarg);
                goto out;
            }
            break;
        case '2':
            o.l2 = 1;
            break;
        case 'a':
        case 'k':
        case 'm': {
            double v;
            if (cmd_model_prob(optarg, &v)) {
                status = cli_failf(ctx, 64, "a threshold is a probability 0..1, not '%s'", optarg);
                goto out;
            }
            *(c == 'a'   ? &o.defaults.keep_article
              : c == 'k' ? &o.defaults.keep_sentence
                         : &o.defaults.emit) = v;
            break;
        }
        case 'T':
            if (nthr == CMD_MODEL_MAX_TYPES) {
                status = cli_failf(ctx, 64, "--threshold: too many");
                goto out;
            }
            thr[nthr++] = optarg;
            break;
        default:
            status = cli_usage(ctx, &cli_cmds_model[0], 1);
            goto out;
        }
    }
    if (optind < argc) {
        status = cli_failf(ctx, 64, "model train: unexpected argument '%s'", argv[optind]);
        goto out;
    }
    if (!outp) {
        status = cli_failf(ctx, 64, "model train: name the model file to write (-o FILE)");
        goto out;
    }
    if (in.n && (rc = cmd_model_read(&in, &e))) {
        status = cli_fail(ctx, &e);
        goto out;
    }
    if (in.d.n == 0) {
        status = cli_failf(
            ctx, 64, "model train: give labelled data (--reuters, --sentifm, --gold, --labels)");
        goto out;
    }
    o.types = ntypes >= 0 ? types : NULL;
    o.ntypes = ntypes >= 0 ? (size_t)ntypes : 0;
    if ((rc = cmd_model_extractor(&reg, &x, &e)) || (rc = train_model(x, &in.d, &o, &m, &e))) {
        status = cli_fail(ctx, &e);
        goto out;
    }
    for (int i = 0; i < nthr; i++) { /* TYPE=KEEP_ARTICLE:KEEP_SENTENCE:EMIT */
        char *eq = strchr(thr[i], '='), *p2, *p3;
        int k;
        double a, s, em;
        if (!eq || !(p2 = strchr(eq + 1, ':')) || !(p3 = strchr(p2 + 1, ':'))) goto bad_thr;
        *eq = *p2 = *p3 = 0;
        if ((k = model_label_find(m, thr[i])) < 0) {
            status = cli_failf(ctx, 64, "--threshold: the model has no type '%s'", thr[i]);
            goto out;
        }
        if (cmd_model_prob(eq + 1, &a) || cmd_model_prob(p2 + 1, &s) || cmd_model_prob(p3 + 1, &em))
            goto bad_thr;
        m->labels[k].keep_article = a;
        m->labels[k].keep_sentence = s;
        m->labels[k].emit = em;
        continue;
    bad_thr:
        status = cli_failf(ctx, 64, "--threshold wants TYPE=KEEP_ARTICLE:KEEP_SENTENCE:EMIT");
        goto out;
    }
    if ((rc = modelfile_save(m, outp, &e))) {
        status = cli_fail(ctx, &e);
        goto out;
    }
    fprintf(stderr, "model %s: %zu types, %zu weighted features, from %zu labelled articles\n",
            outp, m->nlabels, m->nrows, in.d.n);
out:
    model_free(m);
    extract_free(x);
    registry_free(reg);
    dataset_release(&in.d);
    return status;
}

typedef struct cmd_model_count_s {
    size_t tp, fp, fn;
} cmd_model_count_t;

static void cmd_model_prf(const cmd_model_count_t *c)
{
    double p = c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp) : 0.0;
    double r = c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 0.0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    printf("  %5.3f  %5.3f  %5.3f", p, r, f);
}

static void cmd_model_add(cmd_model_count_t *c, int gold, int got)
{
    c->tp += gold && got;
    c->fp += got && !gold;
    c->fn += gold && !got;
}

static int cmd_model_eval(cli_ctx_t *ctx, int argc, char **argv)
{
    static const struct option opts[] = {{"model", required_argument, NULL, 'M'},
                                         {"reuters", required_argument, NULL, 'R'},
                                         {"sentifm", required_argument, NULL, 'S'},
                                         {"split", required_argument, NULL, 's'},
                                         {"gold", required_argument, NULL, 'G'},
                                         {"labels", required_argument, NULL, 'L'},
                                         {"cut", required_argument, NULL, 'p'},
                                         {"scores", no_argument, NULL, 'P'},
                                         {NULL, 0, NULL, 0}};
    double cut = 0.5;
    int scores = 0, learns_inv;
    cmd_model_in_t in;
    cmd_model_count_t det[MODEL_MAX_LABELS], evs[MODEL_MAX_LABELS];
    const char *mpath = NULL;
    int c, rc, status = 0;
    registry_t *reg = NULL;
    extract_t *x = NULL;
    model_t *m = NULL;
    feat_t f;
    err_t e = {0};
    size_t ngold[MODEL_MAX_LABELS] = {0};

    feat_init(&f);
    dataset_init(&in.d);
    in.split = "train";
    in.n = 0;
    memset(det, 0, sizeof det);
    memset(evs, 0, sizeof evs);
    optind = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'M':
            mpath = optarg;
            break;
        case 'P':
            scores = 1;
            break;
        case 'p':
            if (cmd_model_prob(optarg, &cut)) {
                status = cli_failf(ctx, 64, "--cut is a probability 0..1, not '%s'", optarg);
                goto out;
            }
            break;
        case 's':
            if (strcmp(optarg, "train") != 0 && strcmp(optarg, "test") != 0) {
                status = cli_failf(ctx, 64, "--split must be train or test, not '%s'", optarg);
                goto out;
            }
            in.split = optarg;
            break;
        case 'R':
        case 'S':
        case 'G':
        case 'L':
            if ((rc = cmd_model_input(&in, c, optarg, &e))) {
                status = cli_fail(ctx, &e);
                goto out;
            }
            break;
        default:
            status = cli_usage(ctx, &cli_cmds_model[0], 1);
            goto out;
        }
    }
    if (optind < argc) {
        status = cli_failf(ctx, 64, "model eval: unexpected argument '%s'", argv[optind]);
        goto out;
    }
    if (in.n && (rc = cmd_model_read(&in, &e))) {
        status = cli_fail(ctx, &e);
        goto out;
    }
    if (in.d.n == 0) {
        status = cli_failf(
            ctx, 64, "model eval: give labelled data (--reuters, --sentifm, --gold, --labels)");
        goto out;
    }
    if ((rc = modelfile_load(modelfile_choose(mpath), &m, &e)) ||
        (rc = cmd_model_extractor(&reg, &x, &e))) {
        status = cli_fail(ctx, &e);
        goto out;
    }
    extract_set_model(x, m);
    learns_inv = !m || model_label_find(m, "investment") >= 0;
    for (size_t i = 0; i < in.d.n; i++) {
        const dataset_item_t *it = &in.d.items[i];
        extract_input_t ein = {it->text, it->len, NULL, NULL, NULL, NULL};
        event_list_t l;
        double p[MODEL_MAX_LABELS];
        event_list_init(&l);
        if ((rc = extract_article(x, &ein, &l, &e))) {
            event_list_release(&l);
            err_wrap(&e, "%s", it->where);
            status = cli_fail(ctx, &e);
            goto out;
        }
        if (m) {
            if ((rc = train_features(x, &m->hash, it->text, it->len, &f, &e))) {
                event_list_release(&l);
                status = cli_fail(ctx, &e);
                goto out;
            }
            model_probs(m, &f, p);
        }
        for (size_t k = 0; k < in.d.nlabels; k++) {
            uint32_t bit = dataset_bits(&in.d, in.d.labels[k], learns_inv);
            int gold = (it->pos & bit) != 0, got = 0, ml;
            if (!(it->known & bit)) continue;
            ngold[k] += gold;
            for (size_t j = 0; j < l.n; j++) {
                const char *t = event_type_name(l.items[j].type);
                if (strcmp(t, in.d.labels[k]) == 0 || (l.items[j].type == EVENT_INVESTMENT &&
                                                       strcmp(in.d.labels[k], "acquisition") == 0))
                    got = 1;
            }
            cmd_model_add(&evs[k], gold, got);
            if (m && (ml = model_label_find(m, in.d.labels[k])) >= 0) {
                cmd_model_add(&det[k], gold, p[ml] >= cut);
                if (scores)
                    printf("%s\t%s\t%d\t%.4f\t%d\n", it->where, in.d.labels[k], gold, p[ml], got);
            }
        }
        event_list_release(&l);
    }
    printf("%-20s %6s  %-19s  %-19s\n", "type", "gold", "detector P/R/F1", "events P/R/F1");
    for (size_t k = 0; k < in.d.nlabels; k++) {
        printf("%-20s %6zu", in.d.labels[k], ngold[k]);
        if (m && model_label_find(m, in.d.labels[k]) >= 0)
            cmd_model_prf(&det[k]);
        else
            printf("  %19s", "-");
        cmd_model_prf(&evs[k]);
        putchar('\n');
    }
out:
    feat_release(&f);
    model_free(m);
    extract_free(x);
    registry_free(reg);
    dataset_release(&in.d);
    return status;
}

static int cmd_model(cli_ctx_t *ctx, int argc, char **argv)
{
    if (argc < 2) return cli_usage(ctx, &cli_cmds_model[0], 1);
    if (strcmp(argv[1], "train") == 0) return cmd_model_train(ctx, argc - 1, argv + 1);
    if (strcmp(argv[1], "eval") == 0) return cmd_model_eval(ctx, argc - 1, argv + 1);
    fprintf(stderr, "%s: model: unknown subcommand '%s' (train or eval)\n", ctx->prog, argv[1]);
    return 64;
}

/* For the man page and completion: the options of train and eval (each parses its own). */
static const cli_opt_t cmd_model_opts[] = {{"out", required_argument, 'o', "FILE", "@file"},
                                           {"model", required_argument, 'M', "FILE", "@file"},
                                           {"reuters", required_argument, 'R', "DIR", "@dir"},
                                           {"sentifm", required_argument, 'S', "FILE", "@file"},
                                           {"split", required_argument, 's', "S", "train test"},
                                           {"gold", required_argument, 'G', "DIR", "@dir"},
                                           {"labels", required_argument, 'L', "FILE", "@file"},
                                           {"types", required_argument, 't', "T,T...", NULL},
                                           {"bits", required_argument, 'b', "N", NULL},
                                           {"c", required_argument, 'c', "C", NULL},
                                           {"l2", no_argument, 'l', NULL, NULL},
                                           {"keep-article", required_argument, 'a', "P", NULL},
                                           {"keep-sentence", required_argument, 'k', "P", NULL},
                                           {"emit", required_argument, 'm', "P", NULL},
                                           {"threshold", required_argument, 'T', "T=A:S:E", NULL},
                                           {"cut", required_argument, 'p', "P", NULL},
                                           {"scores", no_argument, 'P', NULL, NULL},
                                           {NULL, 0, 0, NULL, NULL}};

const cli_cmd_t cli_cmds_model[] = {
    {"model", "train -o FILE INPUT... [OPTIONS] | eval [--model FILE] INPUT...",
     "Train the learned event detector on labelled news, or measure it per type.",
     "Labelled inputs (repeatable, mixed freely; see docs/model.md for the label mapping):\n"
     "  --reuters DIR     labels.tsv (id, topics, title) + ID.txt, as reuters-to-articles\n"
     "                    writes them: acq -> acquisition, earn -> earnings\n"
     "  --sentifm FILE    SentiFM sentences.tsv, the rows of --split (train, the default,\n"
     "                    or test), each sentence an article; labels mapped to seismo types\n"
     "  --gold DIR        NAME.txt with NAME.gold.json (fixtures/articles): the gold types\n"
     "  --labels FILE     lines PATH<TAB>TYPE[,TYPE...] (path relative to FILE)\n\n"
     "model train -o FILE INPUT... [--types T,T...] [--bits N] [--c C] [--l2]\n"
     "            [--keep-article P] [--keep-sentence P] [--emit P] [--threshold T=A:S:E]...\n"
     "  Fits one L1-regularised logistic regression per type (liblinear) over hashed\n"
     "  word, position and rule-hit features, and writes the model file. Same data and\n"
     "  options, same bytes. --types: the types to learn (default: every type in the\n"
     "  data); --bits: 2^N feature buckets (18); --c: inverse regularisation (4);\n"
     "  --l2: L2 instead of L1 (dense). Thresholds (probabilities, default 0.5): a rule\n"
     "  candidate is kept when P(article) >= keep-article or P(sentence) >= keep-sentence;\n"
     "  an article with no candidate gets one event for its subject when P(article) >=\n"
     "  emit; --threshold sets the three for one type.\n\n"
     "model eval [--model FILE|none] [--cut P] [--scores] INPUT...\n"
     "  Precision, recall and F1 per type, article level: the detector alone\n"
     "  (P >= --cut, default 0.5) and the events the extractor emits with it. The model is "
     "--model,\n"
     "  else $SEISMO_MODEL, else the built-in one; 'none' means the rules alone.\n"
     "  --scores also prints a line per article and type: WHERE, TYPE, GOLD (0/1),\n"
     "  P(article), EVENT (0/1).\n",
     cmd_model, 0, 0, cmd_model_opts, "train eval"},
    {NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL}};
