/* prices import|list, study: daily bars in the log and event studies from the command line. */
#include <getopt.h>
#include <limits.h>
#include <jansson.h>
#include <malloc.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../core/date.h"
#include "../../core/mem.h"
#include "../../core/prices.h"
#include "../../core/registry.h"
#include "../../core/study.h"
#include "../query/query.h"
#include "../query/study.h"
#include "../../core/names.h"
#include "../../core/proj.h"
#include "../../core/pricestore.h"
#include "cli.h"

#define CMD_PRICES_MAX_INPUT ((size_t)1 << 31) /* 2 GiB of CSV in one import */
#define CMD_PRICES_JSON      (JSON_INDENT(2) | JSON_REAL_PRECISION(15))
#define CMD_PRICES_NDJSON    (JSON_COMPACT | JSON_REAL_PRECISION(15))

/* ---- prices import ------------------------------------------------------ */

/* Derives a symbol from a file name: the base name without its .csv/.txt suffix. */
static void cmd_prices_fallback(const char *path, char out[PRICES_SYMBOL_MAX])
{
    const char *base = strrchr(path, '/');
    size_t n;

    base = base ? base + 1 : path;
    n = strlen(base);
    if (n > 4 && (strcasecmp(base + n - 4, ".csv") == 0 || strcasecmp(base + n - 4, ".txt") == 0))
        n -= 4;
    if (prices_symbol_norm(base, n, out)) out[0] = '\0';
}

static const char *cmd_prices_base(const char *path)
{
    const char *b = strrchr(path, '/');
    return b ? b + 1 : path;
}

/* Brings the prices projection of st up to its log. hint_ev (may be NULL) is
 * an import just appended and hint (borrowed) its parsed bars, folded without
 * parsing its event again. */
static int cmd_prices_fold(store_t *st, const event_t *hint_ev, const prices_set_t *hint, err_t *e)
{
    proj_opts_t o = {0};

    o.only = "prices";
    o.hint_ev = hint_ev;
    o.hint_bars = hint;
    return proj_run(&st->rm, &st->log, &o, NULL, e);
}

/* Names the companies of the symbols of set in ev: --company for a single
 * symbol, else the registry company whose ticker (or id) is the symbol. */
static int cmd_prices_companies(store_t *st, const prices_set_t *set, const char *company,
                                event_t *ev, err_t *e)
{
    registry_t *reg = registry_new();
    int rc = 0;

    if (!reg) return err_set(e, ERR_NOMEM, "out of memory");
    if ((rc = registry_load_builtin(reg, e)) || (rc = regstore_load(&st->reg, reg, e))) goto done;
    if (company && set->n != 1) {
        rc = err_set(e, ERR_USAGE, "--company needs a file of one symbol (this one has %zu)",
                     set->n);
        goto done;
    }
    for (size_t i = 0; i < set->n; i++) {
        const char *sym = set->series[i].symbol;
        const registry_entry_t *r = registry_find(reg, company ? company : sym);
        if (r && r->kind != REGISTRY_COMPANY) r = NULL;
        if (!company && r &&
            !((r->ticker && strcasecmp(r->ticker, sym) == 0) || strcasecmp(r->id, sym) == 0))
            r = NULL;
        if (company && !r) {
            if (event_add_company(ev, company, NULL, sym, "priced")) rc = ERR_NOMEM;
        } else if (r) {
            if (event_add_company(ev, r->id, r->name, sym, "priced")) rc = ERR_NOMEM;
        }
        if (rc) {
            err_set(e, rc, "out of memory");
            goto done;
        }
    }
done:
    registry_free(reg);
    return rc;
}

/* Opens the store for one import. The import uses it from this thread only,
 * so the engine may skip its per-call locking (SQLite's mutex on every bind
 * and step: 1.3M bars are nine binds each). */
static int cmd_prices_open(cli_ctx_t *ctx, store_t **st, err_t *e)
{
    store_opts_t o = {STORE_OPEN_CREATE | STORE_OPEN_SCAN, ctx->durability};
    return store_open(ctx->db_path, &o, st, e);
}

/* Totals of a many-file import. */
typedef struct cmd_import_total_s {
    size_t imported, unchanged, failed, bars;
} cmd_import_total_t;

/* Imports one file (path borrowed) as one atomic price_import; adds to *t.
 * Returns an exit status (0 when imported or already present). */
static int cmd_prices_import_file(cli_ctx_t *ctx, const char *path, const char *symbol,
                                  const char *company, cmd_import_total_t *t)
{
    char fallback[PRICES_SYMBOL_MAX], first[11], last[11];
    prices_opts_t po = {0};
    prices_set_t set;
    pricestore_diff_t diff;
    event_list_t batch;
    eventlog_result_t res;
    store_t *st = NULL;
    err_t e = {0};
    char *text = NULL;
    size_t len;
    long dmin = 0, dmax = 0;
    int status = 0;

    prices_set_init(&set);
    memset(&diff, 0, sizeof diff);
    event_list_init(&batch);
    cmd_prices_fallback(strcmp(path, "-") ? path : "", fallback);
    po.symbol = symbol;
    po.fallback = fallback[0] ? fallback : NULL;
    po.normalise = 1;
    if ((status = file_read_all(path, CMD_PRICES_MAX_INPUT, &text, &len, &e))) {
        status = cli_fail(ctx, &e);
        goto done;
    }
    if (prices_parse(text, len, &po, &set, &e)) {
        const char *name = strcmp(path, "-") ? path : "<stdin>";
        const char *p = buf_str(&set.problems);
        if (!set.bad) {
            err_wrap(&e, "%s", name);
            status = cli_fail(ctx, &e);
        } else {
            while (*p) {
                const char *nl = strchr(p, '\n');
                size_t n = nl ? (size_t)(nl - p) : strlen(p);
                /* "line N: msg" becomes "FILE:N: msg" */
                if (strncmp(p, "line ", 5) == 0)
                    fprintf(stderr, "%s:%.*s\n", name, (int)n - 5, p + 5);
                else
                    fprintf(stderr, "%s: %.*s\n", name, (int)n, p);
                p += n + (nl ? 1 : 0);
            }
            if (set.bad > PRICES_MAX_PROBLEMS)
                fprintf(stderr, "%s: ... and %zu more bad rows\n", name,
                        set.bad - PRICES_MAX_PROBLEMS);
            fprintf(stderr, "%s: %zu bad row%s in %s; nothing was imported\n", ctx->prog, set.bad,
                    set.bad == 1 ? "" : "s", name);
            status = 65;
        }
        goto done;
    }
    mem_free(text);
    text = NULL;
    if (cmd_prices_open(ctx, &st, &e) || cmd_prices_fold(st, NULL, NULL, &e) ||
        pricestore_compare(&st->prices, &set, &diff, &e)) {
        status = cli_fail(ctx, &e);
        goto done;
    }
    if (diff.conflicts) {
        fputs(buf_str(&diff.report), stderr);
        if (diff.conflicts > 50) fprintf(stderr, "... and %zu more\n", diff.conflicts - 50);
        fprintf(stderr,
                "%s: %zu bar%s of %s disagree%s with the close already in the log; nothing was "
                "imported (bars are facts: correct the file, or leave the earlier import)\n",
                ctx->prog, diff.conflicts, diff.conflicts == 1 ? "" : "s", cmd_prices_base(path),
                diff.conflicts == 1 ? "s" : "");
        status = 65;
        goto done;
    }
    for (size_t i = 0; i < set.n; i++) {
        const prices_series_t *s = &set.series[i];
        if (i == 0 || s->bars[0].day < dmin) dmin = s->bars[0].day;
        if (i == 0 || s->bars[s->n - 1].day > dmax) dmax = s->bars[s->n - 1].day;
    }
    date_format_iso(dmin, first);
    date_format_iso(dmax, last);
    if (!diff.fresh && !diff.restated) {
        printf("%s: nothing new: all %zu bars of %zu symbol%s are already in the log; nothing "
               "appended\n",
               cmd_prices_base(path), set.rows, set.n, set.n == 1 ? "" : "s");
        t->unchanged++;
        goto done;
    }
    {
        event_t *ev = event_list_add(&batch);
        if (!ev || cmd_prices_companies(st, &set, company, ev, &e) ||
            event_set_num(ev, "rows", (double)set.rows) ||
            (strcmp(path, "-") && event_set_str(ev, "file", cmd_prices_base(path)))) {
            if (!e.code) err_set(&e, ERR_NOMEM, "out of memory");
            status = cli_fail(ctx, &e);
            goto done;
        }
        ev->type = EVENT_PRICE_IMPORT;
        /* The bars move into the event without a copy. */
        {
            event_field_t *f;
            if (event_set_str(ev, "bars", "") || !(f = (event_field_t *)event_get(ev, "bars"))) {
                status = cli_failf(ctx, 71, "out of memory");
                goto done;
            }
            mem_free(f->str);
            f->str = buf_steal(&set.norm);
            if (!f->str) {
                status = cli_failf(ctx, 71, "out of memory");
                goto done;
            }
        }
        if (event_validate(ev, &e) ||
            eventlog_append(&st->log, &batch, EVENTLOG_NO_EXPECTED, &res, &e) ||
            cmd_prices_fold(st, res.appended ? ev : NULL, &set, &e)) {
            status = cli_fail(ctx, &e);
            goto done;
        }
        if (!res.appended) {
            printf("%s: already imported (price_import %.12s); nothing appended\n",
                   cmd_prices_base(path), ev->id ? ev->id : "?");
            t->unchanged++;
            goto done;
        }
        printf("%s: imported %zu bars of %zu symbol%s (%s to %s): %zu new, %zu restated, %zu "
               "already present\n",
               cmd_prices_base(path), set.rows, set.n, set.n == 1 ? "" : "s", first, last,
               diff.fresh, diff.restated, diff.same);
        printf("appended price_import %.12s at seq %lld", ev->id, ev->seq);
        for (size_t i = 0; i < ev->ncompanies; i++)
            printf("%s%s=%s", i ? ", " : "; companies: ", ev->companies[i].ticker,
                   ev->companies[i].id);
        printf("\n");
        t->imported++;
        t->bars += set.rows;
    }
done:
    if (status) t->failed++;
    buf_release(&diff.report);
    store_close(st);
    event_list_release(&batch);
    prices_set_release(&set);
    mem_free(text);
    return status;
}

static int cmd_import_opt(cli_ctx_t *ctx, void *arg, int id, const char *v)
{
    const char **o = arg; /* [0] symbol, [1] company */
    char norm[PRICES_SYMBOL_MAX];

    if (id == 's' && prices_symbol_norm(v, strlen(v), norm))
        return cli_failf(ctx, 64, "--symbol '%s' is not a valid symbol", v);
    if (id == 'c' && !v[0]) return cli_failf(ctx, 64, "--company needs a company id");
    o[id == 'c'] = v;
    return 0;
}

static const cli_opt_t cmd_import_opts[] = {{"symbol", required_argument, 's', "SYM", NULL},
                                            {"company", required_argument, 'c', "ID", "@company"},
                                            {NULL, 0, 0, NULL, NULL}};
static const cli_cmd_t cmd_import_entry = {
    "prices import", "", "", "", NULL, 0, CLI_NEEDS_DB | CLI_CREATES_DB, cmd_import_opts};

/* prices import FILE...: each file one atomic import, a line per file and a total. */
static int cmd_prices_import(cli_ctx_t *ctx, int argc, char **argv)
{
    const char *o[2] = {NULL, NULL};
    cmd_import_total_t t = {0, 0, 0, 0};
    cli_args_t a;
    int rc, first, status = 0;

    if ((rc = cli_parse(ctx, &cmd_import_entry, argc, argv, &a, cmd_import_opt, o, &first)))
        return rc;
    if (first >= argc)
        return cli_failf(ctx, 64, "prices import: name at least one FILE.csv (or -)");
    if (argc - first > 1 && (o[0] || o[1]))
        return cli_failf(ctx, 64,
                         "prices import: --symbol and --company name one file's symbol; "
                         "give one FILE with them");
    /* An import allocates and frees, one after the other, several buffers the
     * size of the file (the text, the normalised bars, the canonical form for
     * the id and for the body, the parsed rows). glibc maps each large one
     * afresh and gives it back when freed, so every one of them was faulted in
     * again page by page (a fifth of a 1.3M-bar import on this machine, where
     * page faults are dear). This process ends after the import: let the heap
     * keep what is freed, and serve large blocks from it too. */
    mallopt(M_MMAP_THRESHOLD, INT_MAX);
    mallopt(M_TRIM_THRESHOLD, -1);
    for (int i = first; i < argc; i++) {
        rc = cmd_prices_import_file(ctx, argv[i], o[0], o[1], &t);
        if (rc && !status) status = rc;
    }
    if (argc - first > 1)
        printf("total: %d files, %zu imported (%zu bars), %zu already present, %zu failed\n",
               argc - first, t.imported, t.bars, t.unchanged, t.failed);
    return status;
}

/* Catches the prices projection up for a read command; a read-only database is
 * read as it is, with a warning. */
static int cmd_prices_catch_up(cli_ctx_t *ctx, store_t *st, err_t *e)
{
    int rc = cmd_prices_fold(st, NULL, NULL, e);

    if (rc == ERR_READONLY) {
        fprintf(stderr, "%s: warning: read-only database, prices may lag the log (%s)\n", ctx->prog,
                e->msg);
        err_clear(e);
        rc = 0;
    }
    return rc;
}

/* ---- prices list -------------------------------------------------------- */

static const cli_col_t cmd_list_cols[] = {{"symbol", "SYMBOL", CLI_COL_STR},
                                          {"company", "COMPANY", CLI_COL_STR},
                                          {"first", "FIRST", CLI_COL_DATE},
                                          {"last", "LAST", CLI_COL_DATE},
                                          {"rows", "ROWS", CLI_COL_NUM}};

static int cmd_list_each(void *arg, const pricestore_symbol_t *s)
{
    char d1[11], d2[11], rows[24];
    const char *cells[5] = {s->symbol, s->company, d1, d2, rows};

    date_format_iso(s->first_day, d1);
    date_format_iso(s->last_day, d2);
    snprintf(rows, sizeof rows, "%lld", s->rows);
    return cli_out_row(arg, cells);
}

static const cli_opt_t cmd_list_opts[] = {
    {"format", required_argument, CLI_OPT_FORMAT, "F", "@format"}, {NULL, 0, 0, NULL, NULL}};
static const cli_cmd_t cmd_list_entry = {
    "prices list", "", "", "", NULL, CLI_FMTS_ALL, CLI_NEEDS_DB | CLI_NEEDS_CAUGHT, cmd_list_opts};

static int cmd_prices_list(cli_ctx_t *ctx, int argc, char **argv)
{
    cli_out_t out;
    cli_args_t a;
    store_t *st = NULL;
    err_t e = {0};
    int rc, first;

    if ((rc = cli_parse(ctx, &cmd_list_entry, argc, argv, &a, NULL, NULL, &first))) return rc;
    if (first < argc)
        return cli_failf(ctx, 64, "prices list: unexpected argument '%s'", argv[first]);
    if (cli_open(ctx, 0, &st, &e)) return cli_fail(ctx, &e);
    cli_out_begin(&out, a.fmt, cmd_list_cols, 5);
    rc = cmd_prices_catch_up(ctx, st, &e);
    if (!rc) rc = pricestore_symbols(&st->prices, cmd_list_each, &out, &e);
    if (cli_out_end(&out) && !rc) rc = err_set(&e, ERR_IO, "writing output failed");
    if (!rc && a.fmt == CLI_FMT_TABLE && !out.rows)
        fprintf(stderr, "no prices yet: seismo prices import FILE.csv\n");
    store_close(st);
    if (rc == ERR_NOMEM && !e.code) err_set(&e, ERR_NOMEM, "out of memory");
    return rc ? cli_fail(ctx, &e) : 0;
}

static int cmd_prices(cli_ctx_t *ctx, int argc, char **argv)
{
    if (argc < 2) return cli_failf(ctx, 64, "prices needs a subcommand: import or list");
    if (strcmp(argv[1], "import") == 0) return cmd_prices_import(ctx, argc - 1, argv + 1);
    if (strcmp(argv[1], "list") == 0) return cmd_prices_list(ctx, argc - 1, argv + 1);
    return cli_failf(ctx, 64, "prices: unknown subcommand '%s' (import or list)", argv[1]);
}

/* ---- study: the collection, measurement and document are adapters/query/study.c --- */

static void cmd_pct(char *out, size_t n, double v)
{
    if (isfinite(v))
        snprintf(out, n, "%+.2f%%", v * 100.0);
    else
        snprintf(out, n, "-");
}

static void cmd_num(char *out, size_t n, const char *fmt, double v)
{
    if (isfinite(v))
        snprintf(out, n, fmt, v);
    else
        snprintf(out, n, "-");
}

static void cmd_study_table(const qstudy_t *s, const study_opts_t *o, const char *bench,
                            const study_agg_t *agg, int verbose)
{
    size_t measured = 0, nrvm = 0;
    char a[32], b[32], c[32], d[32], wn[32];

    printf("Event study: %s model", study_model_name(o->model));
    if (o->model != STUDY_MEAN_ADJUSTED) printf(", benchmark %s", bench);
    printf(
        ", estimation %d:%d (at least %d days), adjusted-close simple returns, %s CAR variance\n\n",
        o->est.from, o->est.to, o->min_est, study_car_var_name(o->car_var));
    for (size_t i = 0; i < s->n; i++) measured += s->rows[i].res.skip == STUDY_OK;
    if (measured) {
        printf("%-10s  %-10s  %-22s  %-10s  %8s  %8s", "DATE", "COMPANY", "TYPE", "DAY 0", "R(0)",
               "AR(0)");
        for (size_t w = 0; w < o->nwin; w++) {
            char h[40];
            qstudy_window_name(&o->win[w], wn);
            snprintf(h, sizeof h, "CAR[%s]", wn);
            printf("  %10s  %6s  %6s", h, "t", "p");
        }
        printf("\n");
        for (size_t i = 0; i < s->n; i++) {
            const qstudy_row_t *r = &s->rows[i];
            char d0[11];
            if (r->res.skip != STUDY_OK) continue;
            date_format_iso(r->res.day0, d0);
            cmd_pct(a, sizeof a, r->res.r0);
            cmd_pct(b, sizeof b, r->res.ar0);
            printf("%-10s  %-10s  %-22s  %-10s  %8s  %8s", r->occurred_on, r->company,
                   event_type_name(r->type), d0, a, b);
            for (size_t w = 0; w < o->nwin; w++) {
                cmd_pct(c, sizeof c, r->res.car[w].car);
                cmd_num(d, sizeof d, "%.2f", r->res.car[w].t);
                cmd_num(wn, sizeof wn, "%.3f", r->res.car[w].p);
                printf("  %10s  %6s  %6s", c, d, wn);
            }
            printf("\n");
        }
    }
    if (measured) {
        printf("\nAcross events (each company and day 0 counted once):\n");
        for (size_t w = 0; w < o->nwin; w++) {
            const study_agg_t *g = &agg[w];
            qstudy_window_name(&o->win[w], wn);
            cmd_pct(a, sizeof a, g->caar);
            printf("  window %s: %zu event%s, CAAR %s, positive %zu/%zu (%.0f%%)\n", wn, g->n,
                   g->n == 1 ? "" : "s", a, g->npos, g->n, g->share_pos * 100.0);
            printf("    cross-sectional t ");
            if (g->has_cs)
                printf("%.3f (p %.4f)", g->t_cs, g->p_cs);
            else
                printf("- (needs 2 events)");
            printf(", Patell Z ");
            if (g->has_patell)
                printf("%.3f (p %.4f)", g->patell_z, g->p_patell);
            else
                printf("-");
            printf(", BMP t ");
            if (g->has_bmp)
                printf("%.3f (p %.4f)\n", g->bmp_t, g->p_bmp);
            else
                printf("- (needs 2 events)\n");
        }
    }
    for (size_t i = 0; i < s->n; i++) nrvm += s->rows[i].has_reported;
    if (nrvm) {
        printf("\nReported versus measured (share_move, return of day 0):\n");
        printf("  %-10s  %-10s  %-10s  %9s  %9s  %9s\n", "DATE", "COMPANY", "DAY 0", "REPORTED",
               "MEASURED", "ABNORMAL");
        for (size_t i = 0; i < s->n; i++) {
            const qstudy_row_t *r = &s->rows[i];
            char d0[11] = "-";
            if (!r->has_reported) continue;
            if (r->res.day0 >= 0) date_format_iso(r->res.day0, d0);
            snprintf(a, sizeof a, "%+.2f%%", r->reported);
            cmd_pct(b, sizeof b, r->res.has_r0 ? r->res.r0 : NAN);
            cmd_pct(c, sizeof c, r->res.skip == STUDY_OK ? r->res.ar0 : NAN);
            printf("  %-10s  %-10s  %-10s  %9s  %9s  %9s%s%s\n",
                   r->occurred_on[0] ? r->occurred_on : "undated", r->company, d0, a, b, c,
                   r->res.has_r0 ? "" : "  ", r->res.has_r0 ? "" : r->res.reason);
        }
    }
    if (measured < s->n) {
        /* One line per reason with its count; --verbose lists every skipped event. */
        size_t count[16] = {0};
        printf("\nSkipped %zu of %zu:\n", s->n - measured, s->n);
        for (size_t i = 0; i < s->n; i++)
            if (s->rows[i].res.skip != STUDY_OK && (unsigned)s->rows[i].res.skip < 16)
                count[s->rows[i].res.skip]++;
        for (unsigned k = 1; k < 16; k++) {
            const char *example = NULL;
            if (!count[k]) continue;
            for (size_t i = 0; i < s->n && !example; i++)
                if ((unsigned)s->rows[i].res.skip == k) example = s->rows[i].res.reason;
            printf("  %-24s %6zu  (e.g. %s)\n", study_skip_name((study_skip_t)k), count[k],
                   example ? example : "");
        }
        if (verbose) {
            for (size_t i = 0; i < s->n; i++) {
                const qstudy_row_t *r = &s->rows[i];
                if (r->res.skip == STUDY_OK) continue;
                printf("  %-10s  %-10s  %-22s  %s\n",
                       r->occurred_on[0] ? r->occurred_on : "undated", r->company,
                       event_type_name(r->type), r->res.reason);
            }
        } else {
            printf("  (seismo study --verbose lists them)\n");
        }
    }
    if (!s->n) printf("no events matched\n");
}

static void cmd_csv_str(const char *s)
{
    if (!s) return;
    if (!strpbrk(s, ",\"\n")) {
        fputs(s, stdout);
        return;
    }
    putchar('"');
    for (; *s; s++) {
        if (*s == '"') putchar('"');
        putchar(*s);
    }
    putchar('"');
}

static void cmd_csv_num(double v, int pct)
{
    if (isfinite(v)) printf("%.10g", pct ? v * 100.0 : v);
}

static void cmd_study_csv(const qstudy_t *s, const study_opts_t *o)
{
    printf("id,seq,type,occurred_on,company,symbol,day0,status,reason,window,car_pct,sd_pct,t,p,"
           "df,estimation_days,alpha_pct,beta,sigma_pct,return0_pct,benchmark0_pct,abnormal0_pct,"
           "reported_pct\n");
    for (size_t i = 0; i < s->n; i++) {
        const qstudy_row_t *r = &s->rows[i];
        size_t nw = r->res.skip == STUDY_OK ? o->nwin : 1;
        for (size_t w = 0; w < nw; w++) {
            char d0[11] = "", wn[32] = "";
            int ok = r->res.skip == STUDY_OK;
            if (r->res.day0 >= 0) date_format_iso(r->res.day0, d0);
            if (ok) qstudy_window_name(&o->win[w], wn);
            printf("%s,%lld,%s,%s,%s,%s,%s,%s,", r->id, r->seq, event_type_name(r->type),
                   r->occurred_on, r->company, r->symbol, d0, ok ? "measured" : "skipped");
            cmd_csv_str(ok ? "" : r->res.reason);
            printf(",%s,", wn);
            if (ok) {
                cmd_csv_num(r->res.car[w].car, 1);
                putchar(',');
                cmd_csv_num(r->res.car[w].sd, 1);
                putchar(',');
                cmd_csv_num(r->res.car[w].t, 0);
                putchar(',');
                cmd_csv_num(r->res.car[w].p, 0);
                printf(",%d,%zu,", r->res.car[w].df, r->res.n_est);
                cmd_csv_num(r->res.alpha, 1);
                putchar(',');
                cmd_csv_num(r->res.beta, 0);
                putchar(',');
                cmd_csv_num(r->res.sigma, 1);
                putchar(',');
            } else {
                printf(",,,,,,,,,");
            }
            if (r->res.has_r0) cmd_csv_num(r->res.r0, 1);
            putchar(',');
            if (r->res.has_r0) cmd_csv_num(r->res.rm0, 1);
            putchar(',');
            if (ok) cmd_csv_num(r->res.ar0, 1);
            putchar(',');
            if (r->has_reported) cmd_csv_num(r->reported, 0);
            putchar('\n');
        }
    }
}

/* Prints the study document of s under a as indented JSON, or its events,
 * aggregates and reported_vs_measured entries one a line with a "kind" (ndjson). */
static int cmd_study_json(const qstudy_t *s, const qstudy_args_t *a, cli_format_t fmt, err_t *e)
{
    static const char *const arrs[3] = {"events", "aggregates", "reported_vs_measured"};
    static const char *const kinds[3] = {"event", "aggregate", "reported_vs_measured"};
    json_t *doc = NULL;
    char *t;
    int rc;

    if ((rc = qstudy_doc(s, a, &doc, e))) return rc;
    if (fmt == CLI_FMT_NDJSON) {
        for (int k = 0; k < 3 && !rc; k++) {
            size_t i;
            json_t *v;
            json_array_foreach(json_object_get(doc, arrs[k]), i, v)
            {
                json_object_set_new(v, "kind", json_string(kinds[k]));
                if (!(t = json_dumps(v, CMD_PRICES_NDJSON))) {
                    rc = err_set(e, ERR_NOMEM, "out of memory");
                    break;
                }
                printf("%s\n", t);
                mem_free(t);
            }
        }
    } else if ((t = json_dumps(doc, CMD_PRICES_JSON))) {
        printf("%s\n", t);
        mem_free(t);
    } else {
        rc = err_set(e, ERR_NOMEM, "out of memory");
    }
    json_decref(doc);
    return rc;
}

typedef struct cmd_study_opts_s {
    qstudy_args_t *a;
    int verbose;
} cmd_study_opts_t;

static int cmd_study_opt(cli_ctx_t *ctx, void *arg, int id, const char *v)
{
    cmd_study_opts_t *o = arg;
    err_t e = {0};
    int rc = 0;

    switch (id) {
    case 'b':
        rc = qstudy_set_benchmark("--benchmark", v, o->a, &e);
        break;
    case 'm':
        rc = qstudy_set_model("--model", v, o->a, &e);
        break;
    case 'E':
        rc = qstudy_set_estimation("--estimation", v, o->a, &e);
        break;
    case 'w':
        rc = qstudy_add_window("--window", v, o->a, &e);
        break;
    case 'n':
        rc = qstudy_set_min_estimation("--min-estimation", v, o->a, &e);
        break;
    case 'V':
        rc = qstudy_set_car_variance("--car-variance", v, o->a, &e);
        break;
    case 's':
        rc = qstudy_set_symbol("--symbol", v, o->a, &e);
        break;
    case 'v':
        o->verbose = 1;
        break;
    }
    return rc ? cli_fail(ctx, &e) : 0;
}

typedef struct cmd_bench_s {
    const char *want;
    int found;
    char near[PRICES_SYMBOL_MAX * 4];
    size_t nnear;
} cmd_bench_t;

static int cmd_bench_each(void *arg, const pricestore_symbol_t *s)
{
    cmd_bench_t *b = arg;

    if (strcasecmp(s->symbol, b->want) == 0)
        b->found = 1;
    else if (b->nnear < 3 && names_closeness(b->want, s->symbol) >= 0) {
        size_t n = strlen(b->near);
        snprintf(b->near + n, sizeof b->near - n, "%s%s", b->nnear ? ", " : "", s->symbol);
        b->nnear++;
    }
    return 0;
}

static int cmd_study(cli_ctx_t *ctx, int argc, char **argv)
{
    cmd_study_opts_t so;
    qstudy_args_t a;
    qstudy_t s;
    cli_args_t ca;
    char **ids = NULL, *listing = NULL;
    size_t nids = 0;
    store_t *st = NULL;
    err_t e = {0};
    int rc = 0, first;

    qstudy_args_init(&a);
    qstudy_init(&s);
    so.a = &a;
    so.verbose = 0;
    if ((rc = cli_parse(ctx, &cli_cmds_prices[1], argc, argv, &ca, cmd_study_opt, &so, &first)))
        return rc;
    for (int t = 1; t < EVENT_TYPE_COUNT; t++)
        if (ca.types[t] &&
            (rc = qstudy_add_type("--type", event_type_name((event_type_t)t), &a, &e)))
            return cli_fail(ctx, &e);
    if (qstudy_args_finish(&a, &e)) return cli_fail(ctx, &e);
    if (cli_open_caught(ctx, &st, &e)) return cli_fail(ctx, &e);
    /* COMPANY arguments resolve as every query resolves them: unknown is exit 65 with close
     * matches. */
    {
        query_t qq;
        query_init(&qq, st);
        qq.prices = &st->prices;
        if (first < argc &&
            (rc = query_resolve_all(&qq, argv + first, (size_t)(argc - first), &ids, &nids, &e)))
            goto done;
        /* --symbol: a listing with bars of a company asked for (exit 65 otherwise) */
        if (a.symbol[0]) {
            if ((rc = query_listing(&qq, "--symbol", a.symbol, ids, nids, &listing, &e))) goto done;
            a.listing = listing;
        }
    }
    /* A benchmark without prices would skip every event: say so instead. */
    if (a.o.model != STUDY_MEAN_ADJUSTED) {
        cmd_bench_t b;
        int any = 0;
        memset(&b, 0, sizeof b);
        b.want = a.bench;
        if ((rc = pricestore_any(&st->prices, &any, &e)) ||
            (any && (rc = pricestore_symbols(&st->prices, cmd_bench_each, &b, &e))))
            goto done;
        if (any && !b.found) {
            rc =
                err_set(&e, ERR_NOTFOUND, "no prices for benchmark '%s'%s%s%s (seismo prices list)",
                        a.bench, b.nnear ? "; did you mean " : "", b.near, b.nnear ? "?" : "");
            goto done;
        }
    }
    if ((rc = qstudy_run(&st->prices, &st->log, ids, nids, &a, &s, &e))) goto done;
    switch (ca.fmt) {
    case CLI_FMT_TABLE:
        cmd_study_table(&s, &a.o, a.bench, s.agg, so.verbose);
        break;
    case CLI_FMT_CSV:
        cmd_study_csv(&s, &a.o);
        break;
    default:
        rc = cmd_study_json(&s, &a, ca.fmt, &e);
        break;
    }
done:
    if (rc == ERR_NOMEM && !e.code) err_set(&e, ERR_NOMEM, "out of memory");
    query_ids_free(ids, nids);
    mem_free(listing);
    qstudy_release(&s);
    store_close(st);
    return rc ? cli_fail(ctx, &e) : 0;
}

/* For the man page and completion: prices' subcommands with their options. */
static const cli_opt_t cmd_prices_opts[] = {
    {"symbol", required_argument, 's', "SYM", NULL},
    {"company", required_argument, 'c', "ID", "@company"},
    {"format", required_argument, CLI_OPT_FORMAT, "F", "@format"},
    {NULL, 0, 0, NULL, NULL}};
static const cli_opt_t cmd_study_opts[] = {
    {"type", required_argument, CLI_OPT_TYPE, "T", "@type"},
    {"benchmark", required_argument, 'b', "SYM", NULL},
    {"model", required_argument, 'm', "M", "market market-adjusted mean-adjusted"},
    {"estimation", required_argument, 'E', "A:B", NULL},
    {"window", required_argument, 'w', "A:B", NULL, 1},
    {"min-estimation", required_argument, 'n', "N", NULL},
    {"car-variance", required_argument, 'V', "V", "forecast plain"},
    {"symbol", required_argument, 's', "SYM", NULL},
    {"verbose", no_argument, 'v', NULL, NULL},
    {"format", required_argument, CLI_OPT_FORMAT, "F", "@format"},
    {NULL, 0, 0, NULL, NULL}};

/* Order matters: study finds its own entry by index. */
const cli_cmd_t cli_cmds_prices[] = {
    {"prices", "import FILE.csv... [--symbol SYM] [--company ID] | list [--format F]",
     "Import daily bars into the log (one price_import event per file); list symbols.",
     "prices import FILE.csv... [--symbol SYM] [--company ID]\n"
     "  Each file is imported atomically, with a line per file and a total.\n"
     "  Reads daily bars. Columns are found by header name, case-insensitively, in any\n"
     "  order: date, open, high, low, close, adj close (adjclose), volume and an optional\n"
     "  symbol; dates as 2025-02-12 or 2025-02-12 00:00:00-05:00. The bars enter the log\n"
     "  as one price_import event: importing the same file again adds nothing, and a\n"
     "  close that differs from one already in the log is a conflict (exit 65, nothing\n"
     "  appended). Bad rows (missing close, not a number, duplicate or unsorted date,\n"
     "  negative price) are reported as FILE:LINE and nothing is imported (exit 65).\n"
     "  --symbol SYM   the symbol of a file without a symbol column (default: the file\n"
     "                 name without .csv); with a symbol column, import only SYM's rows\n"
     "  --company ID   the company the symbol prices (default: the registry company\n"
     "                 whose ticker is the symbol; an index or ETF needs none)\n\n"
     "prices list [--format table|json|ndjson|csv]\n"
     "  Symbols with their company, first and last day and number of bars.\n",
     cmd_prices, CLI_FMTS_ALL, CLI_NEEDS_DB | CLI_HAS_SUBCMDS, cmd_prices_opts, "import list"},
    {"study",
     "[COMPANY...] [--type T]... [--benchmark SYM] [--model market|market-adjusted|mean-adjusted] "
     "[--estimation -250:-11] [--window -1:1]... [--min-estimation N] "
     "[--car-variance forecast|plain] [--symbol SYM] [--format table|json|ndjson|csv]",
     "Measure the market reaction to events: abnormal returns, CARs, CAAR and tests.",
     "Simple returns of the adjusted close, trading day to trading day; an event on a\n"
     "non-trading day rolls forward to the next session (day 0). One row per event and\n"
     "company (companies without prices are listed as skipped, with the reason).\n"
     "  COMPANY          only these companies (canonical id, ticker or name)\n"
     "  --type T         only events of type T (repeatable; default every news type)\n"
     "  --benchmark SYM  the market index or ETF (default SPY)\n"
     "  --model M        market (OLS alpha and beta, default), market-adjusted (R - Rm)\n"
     "                   or mean-adjusted (R - mean R)\n"
     "  --estimation A:B estimation window in trading days (default -250:-11)\n"
     "  --window A:B     event window (repeatable, default -1:1)\n"
     "  --min-estimation N  least estimation days with returns (default 100)\n"
     "  --car-variance V forecast (default: Var(CAR) with the model's estimation error)\n"
     "                   or plain (t = CAR / (sqrt(L) sigma), as estudy2 and eventstudy)\n"
     "  --symbol SYM     measure the company SYM is a listing of on SYM (default: its\n"
     "                   registry's primary listing when that has bars, else the first\n"
     "                   of its symbols); no bars, or another company's: exit 65\n"
     "  --format F       table (default), json (one document), ndjson or csv\n"
     "  --verbose        list every skipped event (the table counts them by reason)\n"
     "Across events: CAAR, cross-sectional t, Patell Z, BMP t and the share of positive\n"
     "CARs. For share_move events, the measured return of day 0 beside the reported\n"
     "percent. Percent fields (*_pct) are in percent units.\n",
     cmd_study, CLI_FMTS_ALL, CLI_NEEDS_DB | CLI_NEEDS_CAUGHT, cmd_study_opts, "@company"},
    {NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL},
};
