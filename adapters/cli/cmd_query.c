/* timeline, summary, reactions, report, rebuild, retract: the read side from the command line.
 *
 * Every query first catches the projections up with the log (so the CLI works
 * without the daemon), then reads the read models through adapters/query
 * (argument checks, company resolution and the JSON documents, shared with the
 * daemon) and prints them as tables, CSV, NDJSON or indented JSON. */
#include <getopt.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../../core/date.h"
#include "../../core/mem.h"
#include "../../core/proj.h"
#include "../../core/projmath.h"
#include "../../core/pricestore.h"
#include "../../core/proj.h"
#include "../query/query.h"
#include "../report/html.h"
#include "cli.h"

#define Q_JSON_FLAGS (JSON_INDENT(2) | JSON_REAL_PRECISION(15))
#define Q_CAR_WINDOW "-1:1" /* the window of the measured CARs (study_opts_default) */

/* ---- shared plumbing ------------------------------------------------------ */

typedef struct q_s {
    store_t *st; /* owned */
    query_t qq;  /* borrows st's ports */
} q_t;

typedef struct q_progress_s {
    const char *what;
    int shown;
    struct timespec t0;
    long long min_total; /* no bar for less work than this */
} q_progress_t;

static double q_elapsed(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* Draws a progress bar on stderr (only called when stderr is a terminal). */
static void q_progress(void *arg, long long done, long long total)
{
    q_progress_t *pr = arg;
    int width = 30, fill;

    if (total <= 0 || total < pr->min_total) return;
    fill = (int)((double)done / (double)total * width);
    fprintf(stderr, "\r%s [", pr->what);
    for (int i = 0; i < width; i++) fputc(i < fill ? '#' : '.', stderr);
    fprintf(stderr, "] %3d%% %lld/%lld events", (int)(100.0 * (double)done / (double)total), done,
            total);
    pr->shown = 1;
}

static void q_progress_end(q_progress_t *pr)
{
    if (pr->shown) fputc('\n', stderr);
}

static void q_close(q_t *q)
{
    store_close(q->st);
    q->st = NULL;
}

/* Catches the projections of st up (only: one of them, or NULL for all),
 * rebuilding them when rebuild is set; progress bar on a terminal. */
static int q_catch_up(store_t *st, const char *only, int rebuild, q_progress_t *pr,
                      long long *applied, err_t *e)
{
    proj_opts_t o = {0};

    o.only = only;
    o.rebuild = rebuild;
    if (pr && cli_stderr_is_tty()) {
        o.progress = q_progress;
        o.arg = pr;
    }
    return proj_run(&st->rm, &st->log, &o, applied, e);
}

/* Opens the database and catches the projections up; with prices set, the
 * prices projection too (for the measured figures). */
static int q_open(cli_ctx_t *ctx, q_t *q, int prices, err_t *e)
{
    q_progress_t pr = {"catching up", 0, {0, 0}, 100000};
    int rc;

    memset(q, 0, sizeof *q);
    if ((rc = cli_open(ctx, 0, &q->st, e))) return rc;
    rc = q_catch_up(q->st, NULL, 0, &pr, NULL, e);
    q_progress_end(&pr);
    if (rc == ERR_READONLY) {
        /* A read-only database is still worth answering from, as far as it goes. */
        fprintf(stderr, "%s: warning: %s; answering from the read models as they are\n", ctx->prog,
                e->msg);
        err_clear(e);
        rc = 0;
    }
    if (rc) goto fail;
    /* The registry is loaded when a name is not in the read models. */
    query_init(&q->qq, q->st);
    if (prices) q->qq.prices = &q->st->prices;
    return 0;
fail:
    q_close(q);
    return rc;
}

/* Checks a date option (what: "--since"); prints the error and returns 64 when bad. */
static int q_parse_date(cli_ctx_t *ctx, const char *what, const char *v, const char **out)
{
    err_t e = {0};

    if (query_check_date(what, v, &e)) return cli_fail(ctx, &e);
    *out = v;
    return 0;
}

/* Adds a --type value to a's filter; prints the error and returns 64 when unknown. */
static int q_parse_type(cli_ctx_t *ctx, const char *v, query_args_t *a)
{
    err_t e = {0};

    if (query_add_type("--type", v, a, &e)) return cli_fail(ctx, &e);
    return 0;
}

/* Parses --window; prints the error and returns 64 when bad. */
static int q_parse_window(cli_ctx_t *ctx, const char *v, int *out)
{
    err_t e = {0};

    if (query_parse_window("--window", v, out, &e)) return cli_fail(ctx, &e);
    return 0;
}

/* Parses --benchmark into a; prints the error and returns 64 when bad. */
static int q_parse_benchmark(cli_ctx_t *ctx, const char *v, query_args_t *a)
{
    err_t e = {0};

    if (query_set_benchmark("--benchmark", v, a, &e)) return cli_fail(ctx, &e);
    return 0;
}

/* Writes s as one CSV field. */
static void q_csv(FILE *f, const char *s, int last)
{
    if (!s) s = "";
    if (strpbrk(s, ",\"\n\r")) {
        fputc('"', f);
        for (; *s; s++) {
            if (*s == '"') fputc('"', f);
            fputc(*s, f);
        }
        fputc('"', f);
    } else {
        fputs(s, f);
    }
    fputc(last ? '\n' : ',', f);
}

static void q_pct(char out[32], int set, double pct)
{
    if (set)
        proj_format_pct(pct, out);
    else
        strcpy(out, "-");
}

/* A small aligned table for people: cells are copied, columns padded to their widest cell. */
#define Q_COLS 14
typedef struct q_table_s {
    char **cells; /* owned: rows * ncols strings */
    size_t rows, cap;
    int ncols;
    int right[Q_COLS]; /* right-align column */
    int trim;          /* end a row at its last non-empty cell (no trailing blanks) */
} q_table_t;

static void q_table_init(q_table_t *t, int ncols)
{
    memset(t, 0, sizeof *t);
    t->ncols = ncols;
}

static void q_table_release(q_table_t *t)
{
    for (size_t i = 0; i < t->rows * (size_t)t->ncols; i++) mem_free(t->cells[i]);
    mem_free(t->cells);
    memset(t, 0, sizeof *t);
}

/* Adds a row of ncols cells (borrowed); returns 0 or ERR_NOMEM. */
static int q_table_add(q_table_t *t, const char *const *cells)
{
    if (t->rows == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        char **c = mem_realloc(t->cells, cap * (size_t)t->ncols * sizeof *c);
        if (!c) return ERR_NOMEM;
        t->cells = c;
        t->cap = cap;
    }
    for (int i = 0; i < t->ncols; i++) {
        char *s = mem_strdup(cells[i] ? cells[i] : "");
        if (!s) {
            for (int j = 0; j < i; j++) mem_free(t->cells[t->rows * (size_t)t->ncols + (size_t)j]);
            return ERR_NOMEM;
        }
        t->cells[t->rows * (size_t)t->ncols + (size_t)i] = s;
    }
    t->rows++;
    return 0;
}

/* Display width of s: UTF-8 continuation bytes do not count. */
static size_t q_width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) w++;
    return w;
}

static void q_table_print(const q_table_t *t, FILE *f)
{
    size_t w[Q_COLS] = {0};

    for (size_t r = 0; r < t->rows; r++)
        for (int c = 0; c < t->ncols; c++) {
            size_t n = q_width(t->cells[r * (size_t)t->ncols + (size_t)c]);
            if (n > w[c]) w[c] = n;
        }
    for (size_t r = 0; r < t->rows; r++) {
        int ncols = t->ncols;
        while (t->trim && ncols > 1 && !t->cells[r * (size_t)t->ncols + (size_t)ncols - 1][0])
            ncols--;
        for (int c = 0; c < ncols; c++) {
            const char *s = t->cells[r * (size_t)t->ncols + (size_t)c];
            size_t pad = w[c] - q_width(s);
            int last = c == ncols - 1;
            if (t->right[c])
                for (size_t i = 0; i < pad; i++) fputc(' ', f);
            fputs(s, f);
            if (!last && !t->right[c])
                for (size_t i = 0; i < pad; i++) fputc(' ', f);
            if (!last) fputs("  ", f);
        }
        fputc('\n', f);
    }
}

/* ---- JSON output -------------------------------------------------------------- */

/* Prints j (borrowed) to f, indented; returns 0 or ERR_IO. */
static int q_print_json(const json_t *j, FILE *f, err_t *e)
{
    if (json_dumpf(j, f, Q_JSON_FLAGS) || fputc('\n', f) == EOF)
        return err_set(e, ERR_IO, "writing output failed");
    return 0;
}

/* Prints j to f (steals j); returns 0 or ERR_NOMEM/ERR_IO. */
static int q_dump(json_t *j, FILE *f, err_t *e)
{
    int rc;

    if (!j) return err_set(e, ERR_NOMEM, "out of memory");
    rc = q_print_json(j, f, e);
    json_decref(j);
    return rc;
}

/* Writes the page p (borrowed) to f (borrowed); returns 0 or ERR_IO / ERR_NOMEM. */
static int q_write_page(const buf_t *p, FILE *f, err_t *e)
{
    if (p->oom) return err_set(e, ERR_NOMEM, "out of memory");
    if (fwrite(p->data ? p->data : "", 1, p->len, f) != p->len || fflush(f) != 0)
        return err_set(e, ERR_IO, "writing the report failed: %m");
    return 0;
}

/* Prints j (borrowed) to stdout on one line. */
static void q_print_line(const json_t *j)
{
    char *s = j ? json_dumps(j, JSON_COMPACT | JSON_REAL_PRECISION(15)) : NULL;
    if (s) printf("%s\n", s);
    mem_free(s);
}

/* Prints the per-type reaction table of stats, and beside each type the mean
 * measured CAR of mstats (NULL when not measured). */
static void q_print_type_table(const projmath_type_stats_t *stats, const query_car_stats_t *mstats,
                               FILE *f)
{
    for (int t = EVENT_NONE + 1; t < EVENT_TYPE_COUNT; t++) {
        const projmath_type_stats_t *s = &stats[t];
        char mean[32], median[32];
        if (!s->events) continue;
        if (!s->reactions) {
            fprintf(f, "%s: %zu event%s, no reaction", event_type_name((event_type_t)t), s->events,
                    s->events == 1 ? "" : "s");
        } else {
            proj_format_pct(s->mean_pct, mean);
            proj_format_pct(s->median_pct, median);
            fprintf(f, "%s: %zu reaction%s of %zu, mean %s, median %s",
                    event_type_name((event_type_t)t), s->reactions, s->reactions == 1 ? "" : "s",
                    s->events, mean, median);
        }
        if (mstats && mstats[t].n) {
            proj_format_pct(mstats[t].mean_car * 100.0, mean);
            fprintf(f, "; measured CAR[%s] mean %s over %zu", Q_CAR_WINDOW, mean, mstats[t].n);
        } else if (mstats) {
            fprintf(f, "; measured: none");
        }
        fputc('\n', f);
    }
}

/* Formats the fraction v in percent units into out, "-" when not finite. */
static void q_frac_pct(char out[32], double v)
{
    if (isfinite(v))
        proj_format_pct(v * 100.0, out);
    else
        strcpy(out, "-");
}

/* Writes the measured CSV fields of m (symbol, day0, return0_pct, car_pct, t, p,
 * skipped), ending the line. */
static void q_csv_measured(const query_measure_t *m)
{
    const study_result_t *r = &m->res;
    char d0[11] = "", num[4][40] = {"", "", "", ""};

    if (r->has_r0) {
        date_format_iso(r->day0, d0);
        snprintf(num[0], 40, "%.10g", r->r0 * 100.0);
    }
    if (r->skip == STUDY_OK) {
        snprintf(num[1], 40, "%.10g", r->car[0].car * 100.0);
        snprintf(num[2], 40, "%.10g", r->car[0].t);
        snprintf(num[3], 40, "%.10g", r->car[0].p);
    }
    q_csv(stdout, m->symbol, 0);
    q_csv(stdout, d0, 0);
    for (int i = 0; i < 4; i++) q_csv(stdout, num[i], 0);
    q_csv(stdout, r->skip == STUDY_OK ? "" : study_skip_name(r->skip), 1);
}

/* ---- timeline ------------------------------------------------------------------ */

static int cmd_timeline(cli_ctx_t *ctx, int argc, char **argv)
{
    static const struct option opts[] = {{"since", required_argument, NULL, 's'},
                                         {"until", required_argument, NULL, 'u'},
                                         {"type", required_argument, NULL, 't'},
                                         {"format", required_argument, NULL, 'f'},
                                         {NULL, 0, NULL, 0}};
    query_args_t a;
    cli_format_t fmt = CLI_FMT_TABLE;
    proj_rows_t sel;
    err_t e = {0};
    char *id = NULL;
    q_t q;
    int c, rc;

    query_args_init(&a);
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 's':
            if (q_parse_date(ctx, "--since", optarg, &a.since)) return 64;
            break;
        case 'u':
            if (q_parse_date(ctx, "--until", optarg, &a.until)) return 64;
            break;
        case 't':
            if (q_parse_type(ctx, optarg, &a)) return 64;
            break;
        case 'f':
            if (cli_format_option(ctx, optarg, CLI_FMTS_ALL, &fmt)) return 64;
            break;
        default:
            return cli_failf(ctx, 64, "timeline: unknown option; try 'seismo timeline --help'");
        }
    }
    if (argc - optind != 1) return cli_failf(ctx, 64, "timeline takes one COMPANY");
    if (q_open(ctx, &q, 0, &e)) return cli_fail(ctx, &e);
    proj_rows_init(&sel);
    if ((rc = query_resolve(&q.qq, argv[optind], &id, &e))) goto done;
    if ((rc = query_timeline_rows(&q.qq, id, &a, &sel, &e))) goto done;
    if (fmt == CLI_FMT_TABLE) {
        q_table_t t;
        char *name = NULL, *ticker = NULL;
        static const char *const head[] = {"DATE", "TYPE", "WITH", "FIGURE", "TEXT"};
        if ((rc = readmodel_company(&q.st->rm, id, &name, &ticker, &e))) goto done;
        printf("%s%s%s%s: %zu event%s\n", id, name ? " (" : "", name ? name : "", name ? ")" : "",
               sel.n, sel.n == 1 ? "" : "s");
        mem_free(name);
        mem_free(ticker);
        q_table_init(&t, 5);
        rc = q_table_add(&t, head);
        for (size_t i = 0; !rc && i < sel.n; i++) {
            const proj_row_t *r = &sel.items[i];
            const char *cells[5] = {r->occurred_on[0] ? r->occurred_on : "undated",
                                    event_type_name(r->type), r->others, r->figure, r->text};
            rc = q_table_add(&t, cells);
        }
        if (!rc) q_table_print(&t, stdout);
        q_table_release(&t);
        if (rc) err_set(&e, rc, "out of memory");
    } else if (fmt == CLI_FMT_CSV) {
        static const char *const head[] = {"date", "seq", "id", "type", "with", "figure", "text"};
        for (int i = 0; i < 7; i++) q_csv(stdout, head[i], i == 6);
        for (size_t i = 0; i < sel.n; i++) {
            const proj_row_t *r = &sel.items[i];
            char seq[24];
            snprintf(seq, sizeof seq, "%lld", r->seq);
            q_csv(stdout, r->occurred_on, 0);
            q_csv(stdout, seq, 0);
            q_csv(stdout, r->id, 0);
            q_csv(stdout, event_type_name(r->type), 0);
            q_csv(stdout, r->others, 0);
            q_csv(stdout, r->figure, 0);
            q_csv(stdout, r->text, 1);
        }
    } else if (fmt == CLI_FMT_NDJSON) {
        for (size_t i = 0; !rc && i < sel.n; i++) {
            event_t ev;
            buf_t b;
            buf_init(&b);
            if (!(rc = eventlog_get(&q.st->log, sel.items[i].id, &ev, &e)) &&
                !(rc = event_canon(&ev, EVENT_CANON_HASHED, &b)))
                printf("%s\n", buf_str(&b));
            else if (rc == ERR_NOMEM)
                err_set(&e, rc, "out of memory");
            event_release(&ev);
            buf_release(&b);
        }
    } else {
        json_t *doc = NULL;
        if (!(rc = query_timeline_doc(&q.qq, id, &sel, &doc, &e))) rc = q_dump(doc, stdout, &e);
    }
done:
    mem_free(id);
    proj_rows_release(&sel);
    q_close(&q);
    return rc ? cli_fail(ctx, &e) : 0;
}

/* ---- summary ------------------------------------------------------------------ */

/* Prints every share move of sums (borrowed, measured) beside the measured
 * return of its day 0: where the news and the tape disagree. */
static void q_print_rvm(const query_sums_t *sums)
{
    static const char *const head[] = {"COMPANY",  "DATE",     "SYMBOL",     "DAY 0", "REPORTED",
                                       "MEASURED", "ABNORMAL", "DIFFERENCE", "NOTE"};
    q_table_t t;
    size_t n = 0;
    int rc;

    for (size_t i = 0; i < sums->n; i++) n += sums->items[i].rvm.n;
    if (!n) return;
    q_table_init(&t, 9);
    t.trim = 1;
    for (int i = 4; i < 8; i++) t.right[i] = 1;
    rc = q_table_add(&t, head);
    for (size_t i = 0; !rc && i < sums->n; i++) {
        const query_rvm_t *rv = &sums->items[i].rvm;
        for (size_t k = 0; !rc && k < rv->n; k++) {
            const query_move_t *mv = &rv->moves[k];
            const study_result_t *r = &mv->m.res;
            char d0[11] = "-", rep[32], meas[32], ab[32], diff[32];
            const char *cells[9] = {sums->items[i].id,
                                    mv->row->occurred_on[0] ? mv->row->occurred_on : "undated",
                                    mv->m.symbol[0] ? mv->m.symbol : "-",
                                    d0,
                                    rep,
                                    meas,
                                    ab,
                                    diff,
                                    r->skip == STUDY_OK ? "" : study_skip_name(r->skip)};
            if (r->has_r0) date_format_iso(r->day0, d0);
            proj_format_pct(mv->row->pct, rep);
            q_frac_pct(meas, r->has_r0 ? r->r0 : NAN);
            q_frac_pct(ab, r->skip == STUDY_OK ? r->ar0 : NAN);
            q_pct(diff, r->has_r0, r->r0 * 100.0 - mv->row->pct);
            rc = q_table_add(&t, cells);
        }
    }
    printf("\nreported versus measured (share moves; measured: return of day 0, abnormal "
           "against %s):\n",
           sums->bench);
    if (!rc) q_table_print(&t, stdout);
    q_table_release(&t);
    printf("\n");
}

/* Writes a JSON number v as a signed percent ("+4%"), or "" when it is not a number. */
static void q_json_pct(const json_t *v, char out[32])
{
    out[0] = '\0';
    if (json_is_number(v)) proj_format_pct(json_number_value(v), out);
}

/* Prints the earnings and dividends of company cid (the summary's arrays, borrowed):
 * one line per event with its percentage changes. */
static void q_print_results(const char *cid, const json_t *earnings, const json_t *dividends)
{
    size_t i, k;
    json_t *x, *m;

    json_array_foreach(earnings, i, x)
    {
        const json_t *ms = json_object_get(x, "metrics");
        const char *period = json_string_value(json_object_get(x, "period"));
        const char *date = json_string_value(json_object_get(x, "date"));
        const char *vs = json_string_value(json_object_get(x, "versus_expectations"));
        printf("%s earnings%s%s (%s):", cid, period ? " " : "", period ? period : "",
               date ? date : "undated");
        json_array_foreach(ms, k, m)
        {
            char pct[32];
            const json_t *val = json_object_get(m, "value");
            const char *cur = json_string_value(json_object_get(m, "currency"));
            q_json_pct(json_object_get(m, "change_percent"), pct);
            printf("%s %s %s", k ? "," : "", json_string_value(json_object_get(m, "metric")),
                   pct[0] ? pct : "change not given");
            if (json_is_number(val)) {
                char amt[32];
                proj_format_amount(json_number_value(val), amt);
                printf(" (%s%s%s)", cur ? cur : "", cur ? " " : "", amt);
            }
        }
        printf("%s%s\n", vs ? ", " : "", vs ? vs : "");
    }
    json_array_foreach(dividends, i, x)
    {
        char pct[32];
        const json_t *amt = json_object_get(x, "amount_per_share");
        const char *cur = json_string_value(json_object_get(x, "currency"));
        const char *date = json_string_value(json_object_get(x, "date"));
        q_json_pct(json_object_get(x, "change_percent"), pct);
        printf("%s dividend (%s): %s", cid, date ? date : "undated",
               json_string_value(json_object_get(x, "action")));
        if (json_is_number(amt))
            printf(" %s%s%.6g a share", cur ? cur : "", cur ? " " : "", json_number_value(amt));
        printf("%s%s\n", pct[0] ? ", change " : "", pct);
    }
}

/* Writes the CSV cells of the latest earnings and dividend of a summary: the
 * period, date and revenue, EPS and net income change of the last earnings,
 * the date, amount a share, currency and change of the last dividend. */
static void q_csv_results(const json_t *earnings, const json_t *dividends)
{
    static const char *const wanted[] = {"revenue", "eps", "net_income"};
    const json_t *le = json_array_get(earnings, json_array_size(earnings) - 1);
    const json_t *ld = json_array_get(dividends, json_array_size(dividends) - 1);
    char num[40];

    q_csv(stdout, le ? json_string_value(json_object_get(le, "date")) : "", 0);
    q_csv(stdout, le ? json_string_value(json_object_get(le, "period")) : "", 0);
    for (size_t w = 0; w < 3; w++) {
        const json_t *ms = json_object_get(le, "metrics"), *m, *c = NULL;
        size_t k;
        json_array_foreach(ms, k, m)
        {
            const char *name = json_string_value(json_object_get(m, "metric"));
            if (name && strcmp(name, wanted[w]) == 0) c = json_object_get(m, "change_percent");
        }
        num[0] = '\0';
        if (json_is_number(c)) snprintf(num, sizeof num, "%.15g", json_number_value(c));
        q_csv(stdout, num, 0);
    }
    q_csv(stdout, ld ? json_string_value(json_object_get(ld, "date")) : "", 0);
    num[0] = '\0';
    if (ld && json_is_number(json_object_get(ld, "amount_per_share")))
        snprintf(num, sizeof num, "%.15g",
                 json_number_value(json_object_get(ld, "amount_per_share")));
    q_csv(stdout, num, 0);
    q_csv(stdout, ld ? json_string_value(json_object_get(ld, "currency")) : "", 0);
    num[0] = '\0';
    if (ld && json_is_number(json_object_get(ld, "change_percent")))
        snprintf(num, sizeof num, "%.15g",
                 json_number_value(json_object_get(ld, "change_percent")));
    q_csv(stdout, num, 1);
}

static int cmd_summary(cli_ctx_t *ctx, int argc, char **argv)
{
    static const struct option opts[] = {{"since", required_argument, NULL, 's'},
                                         {"until", required_argument, NULL, 'u'},
                                         {"benchmark", required_argument, NULL, 'b'},
                                         {"format", required_argument, NULL, 'f'},
                                         {NULL, 0, NULL, 0}};
    query_args_t a;
    cli_format_t fmt = CLI_FMT_TABLE;
    query_sums_t sums;
    size_t nids = 0;
    char **ids = NULL;
    err_t e = {0};
    q_t q;
    int c, rc;

    query_args_init(&a);
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 's':
            if (q_parse_date(ctx, "--since", optarg, &a.since)) return 64;
            break;
        case 'u':
            if (q_parse_date(ctx, "--until", optarg, &a.until)) return 64;
            break;
        case 'b':
            if (q_parse_benchmark(ctx, optarg, &a)) return 64;
            break;
        case 'f':
            if (cli_format_option(ctx, optarg, CLI_FMTS_ALL, &fmt)) return 64;
            break;
        default:
            return cli_failf(ctx, 64, "summary: unknown option; try 'seismo summary --help'");
        }
    }
    if (q_open(ctx, &q, 1, &e)) return cli_fail(ctx, &e);
    memset(&sums, 0, sizeof sums);
    if ((rc = query_resolve_all(&q.qq, argv + optind, (size_t)(argc - optind), &ids, &nids, &e)))
        goto done;
    if ((rc = query_sums_load(&q.qq, ids, nids, &a, &sums, &e))) goto done;

    if (fmt == CLI_FMT_TABLE) {
        static const char *const head[] = {
            "COMPANY",  "EVENTS",   "MOVES", "UP",   "DOWN",     "CUMULATIVE", "MEAN",
            "MAX GAIN", "MAX DROP", "FIRST", "LAST", "COMPARED", "MEAN |DIFF|"};
        int ncols = sums.measured ? 13 : 11;
        q_table_t t;
        q_table_init(&t, ncols);
        for (int i = 1; i < 9; i++) t.right[i] = 1;
        t.right[11] = t.right[12] = 1;
        rc = q_table_add(&t, head);
        for (size_t i = 0; !rc && i < sums.n; i++) {
            const projmath_summary_t *s = &sums.items[i].s;
            const query_rvm_t *rv = &sums.items[i].rvm;
            char ev[24], n[24], up[24], down[24], cum[32], mean[32], gain[48], drop[48];
            char cmp[48], diff[32];
            const char *cells[13] = {sums.items[i].id,
                                     ev,
                                     n,
                                     up,
                                     down,
                                     cum,
                                     mean,
                                     gain,
                                     drop,
                                     s->first_date[0] ? s->first_date : "-",
                                     s->last_date[0] ? s->last_date : "-",
                                     cmp,
                                     diff};
            snprintf(cmp, sizeof cmp, "%zu/%zu", rv->compared, rv->n);
            if (rv->compared)
                snprintf(diff, sizeof diff, "%.2f%%", rv->mean_abs_diff);
            else
                strcpy(diff, "-");
            snprintf(ev, sizeof ev, "%zu", s->events);
            snprintf(n, sizeof n, "%zu", s->count);
            snprintf(up, sizeof up, "%zu", s->up);
            snprintf(down, sizeof down, "%zu", s->down);
            q_pct(cum, s->has_moves, s->cumulative_pct);
            q_pct(mean, s->has_moves, s->mean_pct);
            q_pct(gain, s->max_gain.set, s->max_gain.pct);
            q_pct(drop, s->max_drop.set, s->max_drop.pct);
            rc = q_table_add(&t, cells);
        }
        if (!rc) q_table_print(&t, stdout);
        q_table_release(&t);
        if (rc) {
            err_set(&e, rc, "out of memory");
            goto done;
        }
        if (sums.measured) q_print_rvm(&sums);
        /* Metrics and event counts, per company, when companies were named. */
        for (size_t i = 0; nids && i < sums.n; i++) {
            const projmath_summary_t *s = &sums.items[i].s;
            const char *cid = sums.items[i].id;
            int first = 1;
            for (size_t m = 0; m < s->nmetrics; m++) {
                const projmath_metric_t *mt = &s->metrics[m];
                char pct[32];
                proj_format_pct(mt->latest->pct, pct);
                printf("%s metric %s%s%s: latest %s (%s), %zu change%s\n", cid, mt->metric,
                       mt->region ? " in " : "", mt->region ? mt->region : "", pct,
                       mt->latest->occurred_on[0] ? mt->latest->occurred_on : "undated", mt->n,
                       mt->n == 1 ? "" : "s");
            }
            q_print_results(cid, sums.items[i].earnings, sums.items[i].dividends);
            printf("%s events:", cid);
            for (int ty = EVENT_NONE + 1; ty < EVENT_TYPE_COUNT; ty++) {
                if (!s->event_counts[ty]) continue;
                printf("%s %s %zu", first ? "" : ",", event_type_name((event_type_t)ty),
                       s->event_counts[ty]);
                first = 0;
            }
            printf("%s\n", first ? " none" : "");
        }
        if (!nids) {
            size_t up = 0, down = 0;
            printf("top movers up:");
            for (size_t i = 0; i < sums.n && up < QUERY_TOP_MOVERS; i++) {
                const projmath_summary_t *s = &sums.items[i].s;
                char pct[32];
                if (!s->has_moves || s->cumulative_pct <= 0) break;
                proj_format_pct(s->cumulative_pct, pct);
                printf("%s %s %s", up ? "," : "", sums.items[i].id, pct);
                up++;
            }
            printf("%s\ntop movers down:", up ? "" : " none");
            for (size_t i = sums.n; i-- > 0 && down < QUERY_TOP_MOVERS;) {
                const projmath_summary_t *s = &sums.items[i].s;
                char pct[32];
                if (!s->has_moves) continue;
                if (s->cumulative_pct >= 0) break;
                proj_format_pct(s->cumulative_pct, pct);
                printf("%s %s %s", down ? "," : "", sums.items[i].id, pct);
                down++;
            }
            printf("%s\n", down ? "" : " none");
        }
    } else if (fmt == CLI_FMT_CSV) {
        static const char *const head[] = {
            "company",      "events",        "count",
            "up",           "down",          "cumulative_pct",
            "mean_pct",     "max_gain_pct",  "max_gain_date",
            "max_drop_pct", "max_drop_date", "first_date",
            "last_date",    "compared",      "mean_abs_difference_pct"};
        static const char *const rhead[] = {
            "earnings_date",      "earnings_period",           "revenue_change_percent",
            "eps_change_percent", "net_income_change_percent", "dividend_date",
            "dividend_per_share", "dividend_currency",         "dividend_change_percent"};
        int ncols = sums.measured ? 15 : 13;
        for (int i = 0; i < ncols; i++) q_csv(stdout, head[i], 0);
        for (int i = 0; i < 9; i++) q_csv(stdout, rhead[i], i == 8);
        for (size_t i = 0; i < sums.n; i++) {
            const projmath_summary_t *s = &sums.items[i].s;
            char num[5][40];
            printf("%s,%zu,%zu,%zu,%zu,", sums.items[i].id, s->events, s->count, s->up, s->down);
            snprintf(num[0], 40, "%.15g", s->cumulative_pct);
            snprintf(num[1], 40, "%.15g", s->mean_pct);
            snprintf(num[2], 40, "%.15g", s->max_gain.pct);
            snprintf(num[3], 40, "%.15g", s->max_drop.pct);
            q_csv(stdout, s->has_moves ? num[0] : "", 0);
            q_csv(stdout, s->has_moves ? num[1] : "", 0);
            q_csv(stdout, s->max_gain.set ? num[2] : "", 0);
            q_csv(stdout, s->max_gain.set ? s->max_gain.row->occurred_on : "", 0);
            q_csv(stdout, s->max_drop.set ? num[3] : "", 0);
            q_csv(stdout, s->max_drop.set ? s->max_drop.row->occurred_on : "", 0);
            q_csv(stdout, s->first_date, 0);
            q_csv(stdout, s->last_date, 0);
            if (sums.measured) {
                const query_rvm_t *rv = &sums.items[i].rvm;
                printf("%zu,", rv->compared);
                snprintf(num[4], 40, "%.15g", rv->mean_abs_diff);
                q_csv(stdout, rv->compared ? num[4] : "", 0);
            }
            q_csv_results(sums.items[i].earnings, sums.items[i].dividends);
        }
    } else {
        json_t *doc = NULL;
        if ((rc = query_summary_doc(&q.qq, &sums, &a, &doc, &e))) goto done;
        if (fmt == CLI_FMT_NDJSON) {
            /* One company a line: the entries of the document's "companies". */
            json_t *arr = json_object_get(doc, "companies");
            for (size_t i = 0; i < json_array_size(arr); i++) q_print_line(json_array_get(arr, i));
            json_decref(doc);
        } else {
            rc = q_dump(doc, stdout, &e);
        }
    }
done:
    query_sums_release(&sums);
    query_ids_free(ids, nids);
    q_close(&q);
    return rc ? cli_fail(ctx, &e) : 0;
}

/* ---- reactions ---------------------------------------------------------------- */

/* Prints the reactions table of rx (borrowed, measured) under a: the reported
 * reaction beside the measured return of day 0 and CAR, then the type table. */
static int q_reactions_measured_table(const query_reactions_t *rx, const query_args_t *a, err_t *e)
{
    static const char *const head[] = {
        "DATE", "COMPANY", "TYPE",  "WITH", "REACTION", "MEASURED", "CAR[" Q_CAR_WINDOW "]",
        "T",    "P",       "MOVES", "NOTE"};
    q_table_t t;
    int rc;

    q_table_init(&t, 11);
    t.trim = 1;
    for (int i = 4; i < 10; i++) t.right[i] = 1;
    rc = q_table_add(&t, head);
    for (size_t i = 0; !rc && i < rx->n; i++) {
        const proj_row_t *r = rx->items[i].event;
        const study_result_t *m = &rx->measured[i].res;
        int ok = m->skip == STUDY_OK;
        char pct[32], r0[32], car[32], tt[24] = "-", p[24] = "-", moves[24];
        const char *cells[11] = {r->occurred_on,
                                 r->company,
                                 event_type_name(r->type),
                                 r->others,
                                 pct,
                                 r0,
                                 car,
                                 tt,
                                 p,
                                 moves,
                                 ok ? "" : study_skip_name(m->skip)};
        q_pct(pct, rx->items[i].has_pct, rx->items[i].pct);
        q_frac_pct(r0, m->has_r0 ? m->r0 : NAN);
        q_frac_pct(car, ok ? m->car[0].car : NAN);
        if (ok && isfinite(m->car[0].t)) snprintf(tt, sizeof tt, "%.2f", m->car[0].t);
        if (ok && isfinite(m->car[0].p)) snprintf(p, sizeof p, "%.3f", m->car[0].p);
        snprintf(moves, sizeof moves, "%zu", rx->items[i].moves);
        rc = q_table_add(&t, cells);
    }
    if (!rc) q_table_print(&t, stdout);
    q_table_release(&t);
    if (rc) return err_set(e, rc, "out of memory");
    printf("window: %d day%s after each event; measured: day-0 return and CAR[%s] against %s "
           "(market model, estimation -250:-11)\n",
           a->window, a->window == 1 ? "" : "s", Q_CAR_WINDOW, rx->bench);
    q_print_type_table(rx->stats, rx->mstats, stdout);
    return 0;
}

static int cmd_reactions(cli_ctx_t *ctx, int argc, char **argv)
{
    static const struct option opts[] = {{"type", required_argument, NULL, 't'},
                                         {"window", required_argument, NULL, 'w'},
                                         {"since", required_argument, NULL, 's'},
                                         {"until", required_argument, NULL, 'u'},
                                         {"format", required_argument, NULL, 'f'},
                                         {"benchmark", required_argument, NULL, 'b'},
                                         {NULL, 0, NULL, 0}};
    query_args_t a;
    cli_format_t fmt = CLI_FMT_TABLE;
    query_reactions_t rx;
    size_t nids = 0;
    char **ids = NULL;
    err_t e = {0};
    q_t q;
    int c, rc;

    query_args_init(&a);
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 't':
            if (q_parse_type(ctx, optarg, &a)) return 64;
            break;
        case 'w':
            if (q_parse_window(ctx, optarg, &a.window)) return 64;
            break;
        case 's':
            if (q_parse_date(ctx, "--since", optarg, &a.since)) return 64;
            break;
        case 'u':
            if (q_parse_date(ctx, "--until", optarg, &a.until)) return 64;
            break;
        case 'f':
            if (cli_format_option(ctx, optarg, CLI_FMTS_ALL, &fmt)) return 64;
            break;
        case 'b':
            if (q_parse_benchmark(ctx, optarg, &a)) return 64;
            break;
        default:
            return cli_failf(ctx, 64, "reactions: unknown option; try 'seismo reactions --help'");
        }
    }
    if (argc - optind > 1) return cli_failf(ctx, 64, "reactions takes at most one COMPANY");
    if (q_open(ctx, &q, 1, &e)) return cli_fail(ctx, &e);
    memset(&rx, 0, sizeof rx);
    if ((rc = query_resolve_all(&q.qq, argv + optind, (size_t)(argc - optind), &ids, &nids, &e)))
        goto done;
    if ((rc = query_reactions_load(&q.qq, ids, nids, &a, &rx, &e))) goto done;
    if (fmt == CLI_FMT_TABLE && rx.measured) {
        rc = q_reactions_measured_table(&rx, &a, &e);
    } else if (fmt == CLI_FMT_TABLE) {
        static const char *const head[] = {"DATE", "COMPANY", "TYPE", "WITH", "REACTION", "MOVES"};
        q_table_t t;
        q_table_init(&t, 6);
        t.right[4] = t.right[5] = 1;
        rc = q_table_add(&t, head);
        for (size_t i = 0; !rc && i < rx.n; i++) {
            const proj_row_t *r = rx.items[i].event;
            char pct[32], moves[24];
            const char *cells[6] = {r->occurred_on, r->company, event_type_name(r->type),
                                    r->others,      pct,        moves};
            q_pct(pct, rx.items[i].has_pct, rx.items[i].pct);
            snprintf(moves, sizeof moves, "%zu", rx.items[i].moves);
            rc = q_table_add(&t, cells);
        }
        if (!rc) q_table_print(&t, stdout);
        q_table_release(&t);
        if (rc) {
            err_set(&e, rc, "out of memory");
            goto done;
        }
        printf("window: %d day%s after each event\n", a.window, a.window == 1 ? "" : "s");
        q_print_type_table(rx.stats, NULL, stdout);
    } else if (fmt == CLI_FMT_CSV) {
        static const char *const head[] = {
            "date", "company",     "type",    "event", "with", "reaction_pct", "moves", "symbol",
            "day0", "return0_pct", "car_pct", "t",     "p",    "skipped"};
        int ncol = rx.measured ? 14 : 7;
        for (int i = 0; i < ncol; i++) q_csv(stdout, head[i], i == ncol - 1);
        for (size_t i = 0; i < rx.n; i++) {
            const proj_row_t *r = rx.items[i].event;
            char pct[40], moves[24];
            snprintf(pct, sizeof pct, "%.15g", rx.items[i].pct);
            snprintf(moves, sizeof moves, "%zu", rx.items[i].moves);
            q_csv(stdout, r->occurred_on, 0);
            q_csv(stdout, r->company, 0);
            q_csv(stdout, event_type_name(r->type), 0);
            q_csv(stdout, r->id, 0);
            q_csv(stdout, r->others, 0);
            q_csv(stdout, rx.items[i].has_pct ? pct : "", 0);
            q_csv(stdout, moves, !rx.measured);
            if (rx.measured) q_csv_measured(&rx.measured[i]);
        }
    } else if (fmt == CLI_FMT_NDJSON) {
        for (size_t i = 0; i < rx.n; i++) {
            json_t *o =
                query_reaction_json(&rx.items[i], rx.measured ? &rx.measured[i] : NULL, rx.bench);
            q_print_line(o);
            json_decref(o);
        }
    } else {
        json_t *doc = NULL;
        if (!(rc = query_reactions_doc(&rx, &a, &doc, &e))) rc = q_dump(doc, stdout, &e);
    }
done:
    query_reactions_release(&rx);
    query_ids_free(ids, nids);
    q_close(&q);
    return rc ? cli_fail(ctx, &e) : 0;
}

/* ---- report ------------------------------------------------------------------- */

static int cmd_report(cli_ctx_t *ctx, int argc, char **argv)
{
    static const struct option opts[] = {
        {"company", required_argument, NULL, 'c'}, {"since", required_argument, NULL, 's'},
        {"until", required_argument, NULL, 'u'},   {"window", required_argument, NULL, 'w'},
        {"output", required_argument, NULL, 'o'},  {"benchmark", required_argument, NULL, 'b'},
        {"format", required_argument, NULL, 'f'},  {NULL, 0, NULL, 0}};
    const char *out = NULL;
    int html = 0;
    buf_t page;
    char *names[QUERY_MAX_COMPANIES];
    size_t nnames = 0, nids = 0;
    char **ids = NULL;
    query_args_t a;
    int c, rc;
    json_t *doc = NULL;
    err_t e = {0};
    q_t q;

    query_args_init(&a);
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'c':
            if (nnames == QUERY_MAX_COMPANIES)
                return cli_failf(ctx, 64, "--company: at most %d companies", QUERY_MAX_COMPANIES);
            names[nnames++] = optarg;
            break;
        case 's':
            if (q_parse_date(ctx, "--since", optarg, &a.since)) return 64;
            break;
        case 'u':
            if (q_parse_date(ctx, "--until", optarg, &a.until)) return 64;
            break;
        case 'w':
            if (q_parse_window(ctx, optarg, &a.window)) return 64;
            break;
        case 'o':
            out = optarg;
            break;
        case 'b':
            if (q_parse_benchmark(ctx, optarg, &a)) return 64;
            break;
        case 'f':
            if (strcmp(optarg, "json") != 0 && strcmp(optarg, "html") != 0)
                return cli_failf(ctx, 64, "--format: '%s' is not json or html", optarg);
            html = strcmp(optarg, "html") == 0;
            break;
        default:
            return cli_failf(ctx, 64, "report: unknown option; try 'seismo report --help'");
        }
    }
    if (optind < argc) return cli_failf(ctx, 64, "report: unexpected argument '%s'", argv[optind]);
    if (q_open(ctx, &q, 1, &e)) return cli_fail(ctx, &e);
    buf_init(&page);
    if ((rc = query_resolve_all(&q.qq, names, nnames, &ids, &nids, &e))) goto done;
    if (html) {
        /* The page (adapters/report/html.c), written like the JSON below. */
        if ((rc = report_html(&q.qq, ids, nids, &a, NULL, &page, &e))) goto done;
    } else if ((rc = query_report(&q.qq, ids, nids, &a, &doc, &e))) {
        goto done;
    }

    if (!out || strcmp(out, "-") == 0) {
        rc = html ? q_write_page(&page, stdout, &e) : q_dump(doc, stdout, &e);
    } else {
        /* Written beside the target and renamed, so a reader never sees half a report. */
        size_t n = strlen(out) + 16;
        char *tmp = mem_alloc(n);
        FILE *f = NULL;
        if (!tmp) {
            json_decref(doc);
            rc = err_set(&e, ERR_NOMEM, "out of memory");
            goto done;
        }
        snprintf(tmp, n, "%s.tmp%ld", out, (long)getpid());
        if (!(f = fopen(tmp, "w"))) {
            json_decref(doc);
            rc = err_set(&e, ERR_IO, "cannot write %s: %m", tmp);
        } else if ((rc = html ? q_write_page(&page, f, &e) : q_dump(doc, f, &e)) == 0 &&
                   fclose(f) == 0) {
            f = NULL;
            if (rename(tmp, out) != 0) rc = err_set(&e, ERR_IO, "cannot rename to %s: %m", out);
        } else if (!rc) {
            f = NULL;
            rc = err_set(&e, ERR_IO, "writing %s failed", out);
        }
        if (f) fclose(f);
        if (rc) unlink(tmp);
        mem_free(tmp);
    }
done:
    buf_release(&page);
    query_ids_free(ids, nids);
    q_close(&q);
    return rc ? cli_fail(ctx, &e) : 0;
}

/* ---- rebuild, retract, status ------------------------------------------------- */

static int cmd_rebuild(cli_ctx_t *ctx, int argc, char **argv)
{
    q_progress_t pr = {"rebuild", 0, {0, 0}, 0};
    const char *only = NULL;
    long long applied = 0;
    err_t e = {0};
    store_t *st = NULL;
    double secs;
    int rc;

    if (argc > 2) return cli_failf(ctx, 64, "rebuild takes at most one projection NAME");
    if (argc == 2) {
        only = argv[1];
        if (!proj_def_find(only)) {
            buf_t names;
            buf_init(&names);
            for (size_t i = 0; i < proj_def_count; i++)
                buf_printf(&names, "%s%s", i ? ", " : "", proj_defs[i].name);
            rc = cli_failf(ctx, 64, "rebuild: no projection called '%s' (known: %s)", only,
                           buf_str(&names));
            buf_release(&names);
            return rc;
        }
    }
    if (cli_open(ctx, 0, &st, &e)) return cli_fail(ctx, &e);
    clock_gettime(CLOCK_MONOTONIC, &pr.t0);
    rc = q_catch_up(st, only, 1, &pr, &applied, &e);
    q_progress_end(&pr);
    secs = q_elapsed(&pr.t0);
    if (!rc)
        printf("rebuilt %s: %lld events in %.2f s (%.0f events/s)\n",
               only ? only : "all projections", applied, secs,
               secs > 0 ? (double)applied / secs : 0.0);
    store_close(st);
    return rc ? cli_fail(ctx, &e) : 0;
}

static int cmd_retract(cli_ctx_t *ctx, int argc, char **argv)
{
    static const struct option opts[] = {{"reason", required_argument, NULL, 'r'},
                                         {NULL, 0, NULL, 0}};
    const char *reason = NULL, *target;
    eventlog_result_t res;
    event_list_t batch;
    event_t old, *ev;
    err_t e = {0};
    q_t q;
    int c, rc;

    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (c != 'r')
            return cli_failf(ctx, 64, "retract: unknown option; try 'seismo retract --help'");
        reason = optarg;
    }
    if (argc - optind != 1) return cli_failf(ctx, 64, "retract takes one EVENT_ID");
    if (!reason || !*reason) return cli_failf(ctx, 64, "retract needs --reason TEXT");
    target = argv[optind];
    event_init(&old);
    event_list_init(&batch);
    if (q_open(ctx, &q, 0, &e)) return cli_fail(ctx, &e);
    if ((rc = eventlog_get(&q.st->log, target, &old, &e))) {
        if (rc == ERR_NOTFOUND)
            err_set(&e, ERR_NOTFOUND, "no event with id '%s' in the log", target);
        goto done;
    }
    if (old.type == EVENT_RETRACTION) {
        rc = err_set(&e, ERR_DATA, "event %s is a retraction; retractions cannot be retracted",
                     target);
        goto done;
    }
    if (!(ev = event_list_add(&batch))) goto nomem;
    ev->type = EVENT_RETRACTION;
    if (event_set_str(ev, "target", target) || event_set_str(ev, "reason", reason)) goto nomem;
    for (size_t i = 0; i < old.ncompanies; i++) {
        const event_company_t *co = &old.companies[i];
        if (event_add_company(ev, co->id, co->name, co->ticker, NULL)) goto nomem;
    }
    if ((rc = eventlog_append(&q.st->log, &batch, EVENTLOG_NO_EXPECTED, &res, &e))) goto done;
    if ((rc = q_catch_up(q.st, NULL, 0, NULL, NULL, &e))) goto done;
    if (res.appended)
        printf("retracted %s (%s %s) by event seq %lld\n", target, event_type_name(old.type),
               old.occurred_on[0] ? old.occurred_on : "undated", batch.items[0].seq);
    else
        printf("%s was already retracted with this reason (head seq %lld)\n", target, res.head_seq);
    goto done;
nomem:
    rc = err_set(&e, ERR_NOMEM, "out of memory");
done:
    event_release(&old);
    event_list_release(&batch);
    q_close(&q);
    return rc ? cli_fail(ctx, &e) : 0;
}

/* Prints each projection's checkpoint and lag for `seismo status` (called by cmd_log.c). */
int cli_status_extra(cli_ctx_t *ctx, store_t *s, err_t *e)
{
    proj_status_t st[8];
    long long head;
    char hash[65];
    int rc;

    (void)ctx;
    if (proj_def_count > 8) return err_set(e, ERR_INTERNAL, "too many projections");
    if ((rc = eventlog_head(&s->log, &head, hash, e))) return rc;
    if ((rc = proj_status(&s->rm, st, e)) == 0) {
        printf("projections:\n");
        for (size_t i = 0; i < proj_def_count; i++) {
            if (st[i].stored == 0)
                printf("  %-10s v%d  never run, lag %lld (catches up on the next query)\n",
                       st[i].name, st[i].version, head);
            else if (st[i].stored != st[i].version)
                printf("  %-10s v%d  built by v%d at seq %lld: rebuilds on the next query\n",
                       st[i].name, st[i].version, st[i].stored, st[i].last_seq);
            else
                printf("  %-10s v%d  checkpoint seq %lld, lag %lld\n", st[i].name, st[i].version,
                       st[i].last_seq, head - st[i].last_seq);
        }
    }
    return rc;
}

const cli_cmd_t cli_cmds_query[] = {
    {"timeline",
     "COMPANY [--since DATE] [--until DATE] [--type T]... [--format table|json|ndjson|csv]",
     "A company's events by date (undated ones last).",
     "COMPANY is a canonical id, a ticker or a name, case-insensitively.\n"
     "Retracted events are left out. An unknown COMPANY exits 65 naming close matches.\n\n"
     "  --since DATE   events on or after DATE (YYYY-MM-DD); undated events are left out\n"
     "  --until DATE   events on or before DATE\n"
     "  --type T       only events of type T (repeatable)\n"
     "  --format F     table (default), json ({\"company\", \"events\": [envelopes]}),\n"
     "                 ndjson (canonical envelopes) or csv\n",
     cmd_timeline},
    {"summary",
     "[COMPANY...] [--since DATE] [--until DATE] [--benchmark SYM] "
     "[--format table|json|ndjson|csv]",
     "Percentage-change summary per company (share moves, metrics, event counts).",
     "Over the share moves in the window: count, up, down, cumulative_pct =\n"
     "(prod(1 + p/100) - 1) * 100, mean_pct, max_gain, max_drop, first and last date;\n"
     "per metric (and region) the latest change and the list; event counts by type.\n"
     "With no COMPANY: every company, by cumulative_pct, and the top movers.\n"
     "With daily prices loaded (seismo prices import): reported versus measured, each\n"
     "share move's reported percent beside the measured return of its day 0, per\n"
     "company the number compared and the mean absolute difference.\n\n"
     "  --since DATE   share moves and events on or after DATE\n"
     "  --until DATE   on or before DATE\n"
     "  --benchmark SYM  benchmark of the measured figures (default SPY)\n"
     "  --format F     table (default), json, ndjson (one company a line) or csv\n",
     cmd_summary},
    {"reactions",
     "[COMPANY] [--type T]... [--window N] [--since DATE] [--until DATE] [--benchmark SYM] "
     "[--format ...]",
     "Share moves after each event (market reactions), and per-type means.",
     "For each dated event that is not a share move, and each of its companies: the\n"
     "share moves of that company dated d to d + N days, compounded (null when none).\n"
     "With daily prices loaded (seismo prices import), each reaction is measured too:\n"
     "the return of day 0 and the CAR over -1:1 with t and p (market model against the\n"
     "benchmark, estimation -250:-11; see seismo study), or why it was skipped; the\n"
     "per-type table gets the mean measured CAR.\n\n"
     "  --type T       only events of type T (repeatable)\n"
     "  --window N     days after the event (default 1)\n"
     "  --since DATE   events on or after DATE\n"
     "  --until DATE   events on or before DATE\n"
     "  --benchmark SYM  benchmark of the measured figures (default SPY)\n"
     "  --format F     table (default), json, ndjson or csv\n",
     cmd_reactions},
    {"report",
     "[--company C]... [--since DATE] [--until DATE] [--window N] [--benchmark SYM]\n"
     "       [--format json|html] [-o FILE]",
     "Write a JSON report (schema seismo.report/2, see docs/report.schema.json) or an HTML page.",
     "Per company: summary, timeline (full envelopes) and reactions; plus the\n"
     "per-type reaction table, the log head it was made from and the window.\n"
     "With daily prices loaded, the measured figures too (timeline events and\n"
     "reactions get \"measured\", summaries \"reported_vs_measured\").\n"
     "Same log and arguments give the same bytes apart from generated_at\n"
     "(set SOURCE_DATE_EPOCH to pin that too).\n\n"
     "  --company C    only company C (repeatable; default every company)\n"
     "  --since DATE   events on or after DATE\n"
     "  --until DATE   events on or before DATE\n"
     "  --window N     reaction window in days (default 1)\n"
     "  --benchmark SYM  benchmark of the measured figures (default SPY)\n"
     "  --format F     json (default) or html: one self-contained page (charts of the\n"
     "                 adjusted close with the events as markers, the event windows, the\n"
     "                 CAAR per type; every table readable without scripts; no network)\n"
     "  -o, --output FILE  write to FILE (atomically) instead of stdout\n",
     cmd_report},
    {"rebuild", "[NAME]", "Rebuild the read models (or projection NAME) from seq 0.",
     "Projections: timeline, companies, prices. A progress bar goes to stderr when it is a\n"
     "terminal. Queries catch up on their own; rebuild is for when you want it now.\n",
     cmd_rebuild},
    {"retract", "EVENT_ID --reason TEXT", "Append a retraction of an event.",
     "The event stays in the log but leaves timelines, summaries, reactions and\n"
     "reports. Unknown ids and retractions of retractions exit 65.\n\n"
     "  --reason TEXT  why (required)\n",
     cmd_retract},
    {NULL, NULL, NULL, NULL, NULL},
};
