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

#define CMD_MODEL_MAX_TYPES  MODEL_MAX_LABELS
#define CMD_MODEL_MAX_INPUTS 256

/* The options of model train and eval, parsed by cli_parse from the one table
 * below; only -o has a short form. */
enum {
    MODEL_OPT_OUT = 'o',
    MODEL_OPT_MODEL = 0x200,
    MODEL_OPT_REUTERS,
    MODEL_OPT_SENTIFM,
    MODEL_OPT_SPLIT,
    MODEL_OPT_GOLD,
    MODEL_OPT_LABELS,
    MODEL_OPT_TYPES,
    MODEL_OPT_BITS,
    MODEL_OPT_C,
    MODEL_OPT_L2,
    MODEL_OPT_KEEP_ARTICLE,
    MODEL_OPT_KEEP_SENTENCE,
    MODEL_OPT_EMIT,
    MODEL_OPT_THRESHOLD,
    MODEL_OPT_CUT,
    MODEL_OPT_SCORES,
    MODEL_OPT_NO_RULE_HITS
};

static const cli_opt_t cmd_model_opts[] = {
    {"out", required_argument, MODEL_OPT_OUT, "FILE", "@file"},
    {"model", required_argument, MODEL_OPT_MODEL, "FILE", "@file"},
    {"reuters", required_argument, MODEL_OPT_REUTERS, "DIR", "@dir", 1},
    {"sentifm", required_argument, MODEL_OPT_SENTIFM, "FILE", "@file", 1},
    {"split", required_argument, MODEL_OPT_SPLIT, "S", "train test"},
    {"gold", required_argument, MODEL_OPT_GOLD, "DIR", "@dir", 1},
    {"labels", required_argument, MODEL_OPT_LABELS, "FILE", "@file", 1},
    {"types", required_argument, MODEL_OPT_TYPES, "T,T...", NULL},
    {"bits", required_argument, MODEL_OPT_BITS, "N", NULL},
    {"c", required_argument, MODEL_OPT_C, "C", NULL},
    {"l2", no_argument, MODEL_OPT_L2, NULL, NULL},
    {"keep-article", required_argument, MODEL_OPT_KEEP_ARTICLE, "P", NULL},
    {"keep-sentence", required_argument, MODEL_OPT_KEEP_SENTENCE, "P", NULL},
    {"emit", required_argument, MODEL_OPT_EMIT, "P", NULL},
    {"threshold", required_argument, MODEL_OPT_THRESHOLD, "T=A:S:E", NULL, 1},
    {"cut", required_argument, MODEL_OPT_CUT, "P", NULL},
    {"scores", no_argument, MODEL_OPT_SCORES, NULL, NULL},
    {"no-rule-hits", no_argument, MODEL_OPT_NO_RULE_HITS, NULL, NULL},
    {NULL, 0, 0, NULL, NULL}};

/* What the command line of model train or eval says; the labelled inputs are
 * read once every option is parsed (so --split applies wherever it is written). */
typedef struct cmd_model_args_s {
    int eval; /* 0: model train, 1: model eval */
    dataset_t d;
    const char *split; /* SentiFM split, "train" by default */
    int kind[CMD_MODEL_MAX_INPUTS];
    const char *arg[CMD_MODEL_MAX_INPUTS]; /* borrowed from argv */
    int n;
    /* train */
    const char *out; /* borrowed */
    train_opts_t o;
    char typebuf[1024]; /* --types, split in place into types */
    const char *types[CMD_MODEL_MAX_TYPES];
    int ntypes;                           /* -1: every type in the data */
    const char *thr[CMD_MODEL_MAX_TYPES]; /* borrowed: --threshold values */
    int nthr;
    /* eval */
    const char *model; /* borrowed: --model */
    double cut;
    int scores;
} cmd_model_args_t;

static void cmd_model_args_init(cmd_model_args_t *a, int eval)
{
    memset(a, 0, sizeof *a);
    a->eval = eval;
    dataset_init(&a->d);
    a->split = "train";
    a->o.bits = 18;
    a->o.seed = 1;
    a->o.c = 4.0;
    a->o.rule_hits = 1;
    a->o.defaults.keep_article = a->o.defaults.keep_sentence = a->o.defaults.emit = 0.5;
    a->ntypes = -1;
    a->cut = 0.5;
}

static int cmd_model_prob(const char *s, double *v)
{
    char *end;
    *v = strtod(s, &end);
    return *end || end == s || !(*v >= 0.0 && *v <= 1.0) ? -1 : 0;
}

/* Returns the long name of option id (a static string). */
static const char *cmd_model_opt_name(int id)
{
    for (const cli_opt_t *o = cmd_model_opts; o->name; o++)
        if (o->id == id) return o->name;
    return "?";
}

/* cli_opt_fn for model train and eval: arg is the cmd_model_args_t. */
static int cmd_model_opt(cli_ctx_t *ctx, void *arg, int id, const char *v)
{
    cmd_model_args_t *a = arg;
    const char *sub = a->eval ? "eval" : "train";
    int train_only = id == MODEL_OPT_OUT || (id >= MODEL_OPT_TYPES && id <= MODEL_OPT_THRESHOLD) ||
                     id == MODEL_OPT_NO_RULE_HITS;
    int eval_only = id == MODEL_OPT_MODEL || id == MODEL_OPT_CUT || id == MODEL_OPT_SCORES;
    char *end;
    double p;

    if ((a->eval && train_only) || (!a->eval && eval_only))
        return cli_failf(ctx, 64, "model %s: --%s is an option of model %s", sub,
                         cmd_model_opt_name(id), a->eval ? "train" : "eval");
    switch (id) {
    case MODEL_OPT_OUT:
        a->out = v;
        return 0;
    case MODEL_OPT_MODEL:
        a->model = v;
        return 0;
    case MODEL_OPT_SPLIT:
        if (strcmp(v, "train") != 0 && strcmp(v, "test") != 0)
            return cli_failf(ctx, 64, "--split must be train or test, not '%s'", v);
        a->split = v;
        return 0;
    case MODEL_OPT_REUTERS:
    case MODEL_OPT_SENTIFM:
    case MODEL_OPT_GOLD:
    case MODEL_OPT_LABELS:
        if (a->n == CMD_MODEL_MAX_INPUTS)
            return cli_failf(ctx, 64, "model %s: at most %d inputs", sub, CMD_MODEL_MAX_INPUTS);
        a->kind[a->n] = id;
        a->arg[a->n++] = v;
        return 0;
    case MODEL_OPT_TYPES:
        if (strlen(v) >= sizeof a->typebuf)
            return cli_failf(ctx, 64, "--types: the list is too long");
        memcpy(a->typebuf, v, strlen(v) + 1);
        a->ntypes = 0;
        for (char *t = strtok(a->typebuf, ","); t; t = strtok(NULL, ",")) {
            if (a->ntypes == CMD_MODEL_MAX_TYPES)
                return cli_failf(ctx, 64, "--types: at most %d types", CMD_MODEL_MAX_TYPES);
            if (!model_type_known(t))
                return cli_failf(ctx, 64, "--types: unknown event type '%s'", t);
            a->types[a->ntypes++] = t;
        }
        return 0;
    case MODEL_OPT_BITS:
        a->o.bits = (unsigned)strtoul(v, &end, 10);
        if (*end || end == v || a->o.bits < FEAT_MIN_BITS || a->o.bits > FEAT_MAX_BITS)
            return cli_failf(ctx, 64, "--bits must be %d to %d", FEAT_MIN_BITS, FEAT_MAX_BITS);
        return 0;
    case MODEL_OPT_C:
        a->o.c = strtod(v, &end);
        if (*end || end == v || !(a->o.c > 0 && a->o.c < 1e6))
            return cli_failf(ctx, 64, "--c must be a positive number, not '%s'", v);
        return 0;
    case MODEL_OPT_L2:
        a->o.l2 = 1;
        return 0;
    case MODEL_OPT_KEEP_ARTICLE:
    case MODEL_OPT_KEEP_SENTENCE:
    case MODEL_OPT_EMIT:
    case MODEL_OPT_CUT:
        if (cmd_model_prob(v, &p))
            return cli_failf(ctx, 64, "--%s is a probability 0..1, not '%s'",
                             cmd_model_opt_name(id), v);
        *(id == MODEL_OPT_KEEP_ARTICLE    ? &a->o.defaults.keep_article
          : id == MODEL_OPT_KEEP_SENTENCE ? &a->o.defaults.keep_sentence
          : id == MODEL_OPT_EMIT          ? &a->o.defaults.emit
                                          : &a->cut) = p;
        return 0;
    case MODEL_OPT_THRESHOLD:
        if (a->nthr == CMD_MODEL_MAX_TYPES)
            return cli_failf(ctx, 64, "--threshold: at most %d", CMD_MODEL_MAX_TYPES);
        a->thr[a->nthr++] = v;
        return 0;
    case MODEL_OPT_SCORES:
        a->scores = 1;
        return 0;
    case MODEL_OPT_NO_RULE_HITS:
        a->o.rule_hits = 0;
        return 0;
    default:
        return cli_failf(ctx, 64, "model %s: unknown option", sub);
    }
}

/* The entries cli_parse reads for each subcommand: the one option table, and
 * the name its messages carry. */
static const cli_cmd_t cmd_model_train_entry = {"model train",  "",  "", "", NULL, 0, 0,
                                                cmd_model_opts, NULL};
static const cli_cmd_t cmd_model_eval_entry = {"model eval",   "",  "", "", NULL, 0, 0,
                                               cmd_model_opts, NULL};

/* Parses the command line of model train (eval 0) or eval into *a (caller
 * storage, released with cmd_model_args_release even on failure) and reads the
 * labelled inputs it names. Returns 0 or the exit status after one message. */
static int cmd_model_args(cli_ctx_t *ctx, int eval, int argc, char **argv, cmd_model_args_t *a)
{
    const cli_cmd_t *entry = eval ? &cmd_model_eval_entry : &cmd_model_train_entry;
    cli_args_t ca;
    err_t e = {0};
    int rc = 0, first;

    cmd_model_args_init(a, eval);
    if ((rc = cli_parse(ctx, entry, argc, argv, &ca, cmd_model_opt, a, &first))) return rc;
    if (first < argc)
        return cli_failf(ctx, 64, "%s: unexpected argument '%s'", entry->name, argv[first]);
    if (!eval && !a->out)
        return cli_failf(ctx, 64, "model train: name the model file to write (-o FILE)");
    for (int i = 0; i < a->n && !rc; i++) {
        switch (a->kind[i]) {
        case MODEL_OPT_REUTERS:
            rc = dataset_add_reuters(&a->d, a->arg[i], &e);
            break;
        case MODEL_OPT_SENTIFM:
            rc = dataset_add_sentifm(&a->d, a->arg[i], a->split, &e);
            break;
        case MODEL_OPT_GOLD:
            rc = dataset_add_gold(&a->d, a->arg[i], &e);
            break;
        default:
            rc = dataset_add_labels(&a->d, a->arg[i], &e);
            break;
        }
    }
    if (rc) return cli_fail(ctx, &e);
    if (a->d.n == 0)
        return cli_failf(ctx, 64, "%s: give labelled data (--reuters, --sentifm, --gold, --labels)",
                         entry->name);
    return 0;
}

static void cmd_model_args_release(cmd_model_args_t *a)
{
    dataset_release(&a->d);
}

static int cmd_model_extractor(registry_t **reg, extract_t **x, err_t *e)
{
    int rc;
    *x = NULL;
    if (!(*reg = registry_new())) return err_set(e, ERR_NOMEM, "out of memory");
    if ((rc = registry_load_builtin(*reg, e)) || (rc = extract_new(*reg, x, e))) return rc;
    return 0;
}

/* Sets the thresholds of one type of m from s (borrowed), TYPE=KEEP_ARTICLE:KEEP_SENTENCE:EMIT. */
static int cmd_model_threshold(cli_ctx_t *ctx, model_t *m, const char *s)
{
    char buf[256], *eq, *p2, *p3;
    double a, se, em;
    int k;

    snprintf(buf, sizeof buf, "%s", s);
    if (strlen(s) >= sizeof buf || !(eq = strchr(buf, '=')) || !(p2 = strchr(eq + 1, ':')) ||
        !(p3 = strchr(p2 + 1, ':')))
        return cli_failf(ctx, 64, "--threshold wants TYPE=KEEP_ARTICLE:KEEP_SENTENCE:EMIT");
    *eq = *p2 = *p3 = 0;
    if ((k = model_label_find(m, buf)) < 0)
        return cli_failf(ctx, 64, "--threshold: the model has no type '%s'", buf);
    if (cmd_model_prob(eq + 1, &a) || cmd_model_prob(p2 + 1, &se) || cmd_model_prob(p3 + 1, &em))
        return cli_failf(ctx, 64, "--threshold wants TYPE=KEEP_ARTICLE:KEEP_SENTENCE:EMIT");
    m->labels[k].keep_article = a;
    m->labels[k].keep_sentence = se;
    m->labels[k].emit = em;
    return 0;
}

static int cmd_model_train(cli_ctx_t *ctx, int argc, char **argv)
{
    cmd_model_args_t args, *a = &args;
    registry_t *reg = NULL;
    extract_t *x = NULL;
    model_t *m = NULL;
    err_t e = {0};
    int status;

    if ((status = cmd_model_args(ctx, 0, argc, argv, a))) goto out;
    a->o.types = a->ntypes >= 0 ? a->types : NULL;
    a->o.ntypes = a->ntypes >= 0 ? (size_t)a->ntypes : 0;
    if (cmd_model_extractor(&reg, &x, &e) || train_model(x, &a->d, &a->o, &m, &e)) {
        status = cli_fail(ctx, &e);
        goto out;
    }
    for (int i = 0; i < a->nthr && !status; i++) status = cmd_model_threshold(ctx, m, a->thr[i]);
    if (status) goto out;
    if (modelfile_save(m, a->out, &e)) {
        status = cli_fail(ctx, &e);
        goto out;
    }
    fprintf(stderr, "model %s: %zu types, %zu weighted features, from %zu labelled articles\n",
            a->out, m->nlabels, m->nrows, a->d.n);
out:
    model_free(m);
    extract_free(x);
    registry_free(reg);
    cmd_model_args_release(a);
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
    int learns_inv;
    cmd_model_args_t args, *a = &args;
    cmd_model_count_t det[MODEL_MAX_LABELS], evs[MODEL_MAX_LABELS];
    int rc, status;
    registry_t *reg = NULL;
    extract_t *x = NULL;
    model_t *m = NULL;
    feat_t f;
    err_t e = {0};
    size_t ngold[MODEL_MAX_LABELS] = {0};

    feat_init(&f);
    memset(det, 0, sizeof det);
    memset(evs, 0, sizeof evs);
    if ((status = cmd_model_args(ctx, 1, argc, argv, a))) goto out;
    if ((rc = modelfile_load(modelfile_choose(a->model), &m, &e)) ||
        (rc = cmd_model_extractor(&reg, &x, &e))) {
        status = cli_fail(ctx, &e);
        goto out;
    }
    extract_set_model(x, m);
    learns_inv = !m || model_label_find(m, "investment") >= 0;
    for (size_t i = 0; i < a->d.n; i++) {
        const dataset_item_t *it = &a->d.items[i];
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
            if ((rc = train_features(x, &m->hash, it->text, it->len, m->rule_hits, &f, &e))) {
                event_list_release(&l);
                status = cli_fail(ctx, &e);
                goto out;
            }
            model_probs(m, &f, p);
        }
        for (size_t k = 0; k < a->d.nlabels; k++) {
            uint32_t bit = dataset_bits(&a->d, a->d.labels[k], learns_inv);
            int gold = (it->pos & bit) != 0, got = 0, ml;
            if (!(it->known & bit)) continue;
            ngold[k] += gold;
            for (size_t j = 0; j < l.n; j++) {
                const char *t = event_type_name(l.items[j].type);
                if (strcmp(t, a->d.labels[k]) == 0 || (l.items[j].type == EVENT_INVESTMENT &&
                                                       strcmp(a->d.labels[k], "acquisition") == 0))
                    got = 1;
            }
            cmd_model_add(&evs[k], gold, got);
            if (m && (ml = model_label_find(m, a->d.labels[k])) >= 0) {
                cmd_model_add(&det[k], gold, p[ml] >= a->cut);
                if (a->scores)
                    printf("%s\t%s\t%d\t%.4f\t%d\n", it->where, a->d.labels[k], gold, p[ml], got);
            }
        }
        event_list_release(&l);
    }
    printf("%-20s %6s  %-19s  %-19s\n", "type", "gold", "detector P/R/F1", "events P/R/F1");
    for (size_t k = 0; k < a->d.nlabels; k++) {
        printf("%-20s %6zu", a->d.labels[k], ngold[k]);
        if (m && model_label_find(m, a->d.labels[k]) >= 0)
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
    cmd_model_args_release(a);
    return status;
}

static int cmd_model(cli_ctx_t *ctx, int argc, char **argv)
{
    if (argc < 2) return cli_usage(ctx, &cli_cmds_model[0], 1);
    if (strcmp(argv[1], "train") == 0) return cmd_model_train(ctx, argc - 1, argv + 1);
    if (strcmp(argv[1], "eval") == 0) return cmd_model_eval(ctx, argc - 1, argv + 1);
    return cli_failf(ctx, 64, "model: unknown subcommand '%s' (train or eval)", argv[1]);
}

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
     "            [--no-rule-hits]\n"
     "  Fits one L1-regularised logistic regression per type (liblinear) over hashed\n"
     "  word, position and rule-hit features (--no-rule-hits: words and positions alone),\n"
     "  and writes the model file. Same data and\n"
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
     cmd_model, 0, CLI_HAS_SUBCMDS, cmd_model_opts, "train eval"},
    {NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL}};
