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

static void q_close(q_t *q)
{
    store_close(q->st);
    q->st = NULL;
}

/* Opens the database and catches the projections up; with prices set, the
 * prices projection too (for the measured figures). */
static int q_open(cli_ctx_t *ctx, q_t *q, int prices, err_t *e)
{
    int rc;

    memset(q, 0, sizeof *q);
    if ((rc = cli_open_caught(ctx, &q->st, e))) return rc;
    /* The registry is loaded when a name is not in the read models. */
    query_init(&q->qq, q->st);
    if (prices) q->qq.prices = &q->st->prices;
    return 0;
}

/* The options of the read side beyond the shared ones: --window, --benchmark, --symbol, -o. */
typedef struct q_opts_s {
    query_args_t *a;
    const char *out; /* -o FILE */
} q_opts_t;

static int q_opt(cli_ctx_t *ctx, void *arg, int id, const char *v)
{
    q_opts_t *o = arg;
    err_t e = {0};

    if (id == 'w' && query_parse_window("--window", v, &o->a->window, &e)) return cli_fail(ctx, &e);
    if (id == 'b' && query_set_benchmark("--benchmark", v, o->a, &e)) return cli_fail(ctx, &e);
    if (id == 's' && query_set_symbol("--symbol", v, o->a, &e)) return cli_fail(ctx, &e);
    if (id == 'o') o->out = v;
    return 0;
}

/* Parses argv by cmd's options into a (query_args_init()ed here) and ca. */
static int q_parse(cli_ctx_t *ctx, const cli_cmd_t *cmd, int argc, char **argv, query_args_t *a,
                   cli_args_t *ca, const char **out, int *first)
{
    q_opts_t o = {a, NULL};
    int rc;

    query_args_init(a);
    if ((rc = cli_parse(ctx, cmd, argc, argv, ca, q_opt, &o, first))) return rc;
    a->since = ca->since;
    a->until = ca->until;
    memcpy(a->types, ca->types, sizeof a->types);
    if (out) *out = o.out;
    return 0;
}

/* Checks a's --symbol (when given) against the companies ids (borrowed, nids)
 * and points a->listing at the company it is a listing of: *listing (owned by
 * the caller, mem_free). */
static int q_listing(q_t *q, query_args_t *a, char *const *ids, size_t nids, char **listing,
                     err_t *e)
{
    int rc;

    *listing = NULL;
    if (!a->symbol[0]) return 0;
    if ((rc = query_listing(&q->qq, "--symbol", a->symbol, ids, nids, listing, e))) return rc;
    a->listing = *listing;
    return 0;
}

/* Writes how a window of days counted (unit: query_window_unit()) into out, for the footers. */
static void q_window_text(char out[160], int days, const char *unit)
{
    int trading = unit && strcmp(unit, "trading_days") == 0;
    int mixed = unit && strcmp(unit, "mixed") == 0;

    snprintf(out, 160, "%d %sday%s%s", days,
             mixed     ? ""
             : trading ? "trading "
                       : "calendar ",
             days == 1 ? "" : "s",
             mixed ? " (trading days where the company or the benchmark has prices, else calendar "
                     "days)"
                   : "");
}

/* Table cells: one fixed precision per column (two decimals), "-" when not set. */
static void q_pct(char out[32], int set, double pct)
{
    if (set)
        cli_fmt_pct(pct, out, 32);
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

/* Prints t through the shared table renderer (cli_out): its first row is the
 * header; right-aligned columns are numbers (never narrowed to fit the terminal). */
static void q_table_print(const q_table_t *t, FILE *f)
{
    cli_col_t cols[Q_COLS];
    cli_out_t out;

    (void)f; /* the renderer writes to stdout */
    if (!t->rows) return;
    for (int c = 0; c < t->ncols; c++) {
        cols[c].name = cols[c].head = t->cells[c];
        cols[c].kind = t->right[c] ? CLI_COL_NUM : CLI_COL_STR;
    }
    cli_out_begin(&out, CLI_FMT_TABLE, cols, t->ncols);
    for (size_t r = 1; r < t->rows; r++)
        if (cli_out_row(&out, (const char *const *)t->cells + r * (size_t)t->ncols)) break;
    cli_out_end(&out);
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
        cli_fmt_pct(v * 100.0, out, 32);
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
    cli_csv_field(m->symbol, 0);
    cli_csv_field(d0, 0);
    for (int i = 0; i < 4; i++) cli_csv_field(num[i], 0);
    cli_csv_field(r->skip == STUDY_OK ? "" : study_skip_name(r->skip), 1);
}

/* ---- timeline ------------------------------------------------------------------ */

/* Prints ev (borrowed) as one line of ndjson, its full envelope; arg is a
 * buf_t to write it in (reused from event to event). */
static int q_print_envelope(void *arg, const event_t *ev)
{
    buf_t *b = arg;
    int rc;

    buf_reset(b);
    if ((rc = event_canon(ev, EVENT_CANON_HASHED, b))) return rc;
    fwrite(b->data, 1, b->len, stdout);
    putchar('\n');
    return 0;
}

static int cmd_timeline(cli_ctx_t *ctx, int argc, char **argv)
{
    query_args_t a;
    proj_rows_t sel;
    err_t e = {0};
    char *id = NULL;
    q_t q;
    cli_args_t ca;
    int rc, first;

    if ((rc = q_parse(ctx, &cli_cmds_query[0], argc, argv, &a, &ca, NULL, &first))) return rc;
    if (argc - first != 1) return cli_failf(ctx, 64, "timeline takes one COMPANY");
    if (q_open(ctx, &q, 0, &e)) return cli_fail(ctx, &e);
    proj_rows_init(&sel);
    if ((rc = query_resolve(&q.qq, argv[first], &id, &e))) goto done;
    if ((rc = query_timeline_rows(&q.qq, id, &a, &sel, &e))) goto done;
    if (ca.fmt == CLI_FMT_TABLE) {
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
    } else if (ca.fmt == CLI_FMT_CSV) {
        static const char *const head[] = {"date", "seq", "id", "type", "with", "figure", "text"};
        for (int i = 0; i < 7; i++) cli_csv_field(head[i], i == 6);
        for (size_t i = 0; i < sel.n; i++) {
            const proj_row_t *r = &sel.items[i];
            char seq[24];
            snprintf(seq, sizeof seq, "%lld", r->seq);
            cli_csv_field(r->occurred_on, 0);
            cli_csv_field(seq, 0);
            cli_csv_field(r->id, 0);
            cli_csv_field(event_type_name(r->type), 0);
            cli_csv_field(r->others, 0);
            cli_csv_field(r->figure, 0);
            cli_csv_field(r->text, 1);
        }
    } else if (ca.fmt == CLI_FMT_NDJSON) {
        /* the events read in one go (a few round trips on a server, not one a row) */
        const char **ids = sel.n ? mem_calloc(sel.n, sizeof *ids) : NULL;
        buf_t b;
        buf_init(&b);
        if (sel.n && !ids) {
            rc = err_set(&e, ERR_NOMEM, "out of memory");
        } else {
            for (size_t i = 0; i < sel.n; i++) ids[i] = sel.items[i].id;
            rc = eventlog_get_many(&q.st->log, ids, sel.n, q_print_envelope, &b, &e);
            if (rc == ERR_NOMEM) err_set(&e, rc, "out of memory");
        }
        buf_release(&b);
        mem_free(ids);
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
            cli_fmt_pct(mv->row->pct, rep, sizeof rep);
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

    cli_csv_field(le ? json_string_value(json_object_get(le, "date")) : "", 0);
    cli_csv_field(le ? json_string_value(json_object_get(le, "period")) : "", 0);
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
        cli_csv_field(num, 0);
    }
    cli_csv_field(ld ? json_string_value(json_object_get(ld, "date")) : "", 0);
    num[0] = '\0';
    if (ld && json_is_number(json_object_get(ld, "amount_per_share")))
        snprintf(num, sizeof num, "%.15g",
                 json_number_value(json_object_get(ld, "amount_per_share")));
    cli_csv_field(num, 0);
    cli_csv_field(ld ? json_string_value(json_object_get(ld, "currency")) : "", 0);
    num[0] = '\0';
    if (ld && json_is_number(json_object_get(ld, "change_percent")))
        snprintf(num, sizeof num, "%.15g",
                 json_number_value(json_object_get(ld, "change_percent")));
    cli_csv_field(num, 1);
}

static int cmd_summary(cli_ctx_t *ctx, int argc, char **argv)
{
    query_args_t a;
    query_sums_t sums;
    size_t nids = 0;
    char **ids = NULL;
    err_t e = {0};
    q_t q;
    cli_args_t ca;
    int rc, first;

    if ((rc = q_parse(ctx, &cli_cmds_query[1], argc, argv, &a, &ca, NULL, &first))) return rc;
    if (q_open(ctx, &q, 1, &e)) return cli_fail(ctx, &e);
    memset(&sums, 0, sizeof sums);
    if ((rc = query_resolve_all(&q.qq, argv + first, (size_t)(argc - first), &ids, &nids, &e)))
        goto done;
    if ((rc = query_sums_load(&q.qq, ids, nids, &a, &sums, &e))) goto done;

    if (ca.fmt == CLI_FMT_TABLE) {
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
    } else if (ca.fmt == CLI_FMT_CSV) {
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
        for (int i = 0; i < ncols; i++) cli_csv_field(head[i], 0);
        for (int i = 0; i < 9; i++) cli_csv_field(rhead[i], i == 8);
        for (size_t i = 0; i < sums.n; i++) {
            const projmath_summary_t *s = &sums.items[i].s;
            char num[5][40];
            printf("%s,%zu,%zu,%zu,%zu,", sums.items[i].id, s->events, s->count, s->up, s->down);
            snprintf(num[0], 40, "%.15g", s->cumulative_pct);
            snprintf(num[1], 40, "%.15g", s->mean_pct);
            snprintf(num[2], 40, "%.15g", s->max_gain.pct);
            snprintf(num[3], 40, "%.15g", s->max_drop.pct);
            cli_csv_field(s->has_moves ? num[0] : "", 0);
            cli_csv_field(s->has_moves ? num[1] : "", 0);
            cli_csv_field(s->max_gain.set ? num[2] : "", 0);
            cli_csv_field(s->max_gain.set ? s->max_gain.row->occurred_on : "", 0);
            cli_csv_field(s->max_drop.set ? num[3] : "", 0);
            cli_csv_field(s->max_drop.set ? s->max_drop.row->occurred_on : "", 0);
            cli_csv_field(s->first_date, 0);
            cli_csv_field(s->last_date, 0);
            if (sums.measured) {
                const query_rvm_t *rv = &sums.items[i].rvm;
                printf("%zu,", rv->compared);
                snprintf(num[4], 40, "%.15g", rv->mean_abs_diff);
                cli_csv_field(rv->compared ? num[4] : "", 0);
            }
            q_csv_results(sums.items[i].earnings, sums.items[i].dividends);
        }
    } else {
        json_t *doc = NULL;
        if ((rc = query_summary_doc(&q.qq, &sums, &a, &doc, &e))) goto done;
        if (ca.fmt == CLI_FMT_NDJSON) {
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
    char wt[160];
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
    q_window_text(wt, a->window, rx->unit);
    printf("window: %s after each event; measured: day-0 return and CAR[%s] against %s "
           "(market model, estimation -250:-11)\n",
           wt, Q_CAR_WINDOW, rx->bench);
    q_print_type_table(rx->stats, rx->mstats, stdout);
    return 0;
}

static int cmd_reactions(cli_ctx_t *ctx, int argc, char **argv)
{
    query_args_t a;
    query_reactions_t rx;
    size_t nids = 0;
    char **ids = NULL, *listing = NULL;
    err_t e = {0};
    q_t q;
    cli_args_t ca;
    int rc, first;

    if ((rc = q_parse(ctx, &cli_cmds_query[2], argc, argv, &a, &ca, NULL, &first))) return rc;
    if (argc - first > 1) return cli_failf(ctx, 64, "reactions takes at most one COMPANY");
    if (q_open(ctx, &q, 1, &e)) return cli_fail(ctx, &e);
    memset(&rx, 0, sizeof rx);
    if ((rc = query_resolve_all(&q.qq, argv + first, (size_t)(argc - first), &ids, &nids, &e)) ||
        (rc = q_listing(&q, &a, ids, nids, &listing, &e)))
        goto done;
    if ((rc = query_reactions_load(&q.qq, ids, nids, &a, &rx, &e))) goto done;
    if (ca.fmt == CLI_FMT_TABLE && rx.measured) {
        rc = q_reactions_measured_table(&rx, &a, &e);
    } else if (ca.fmt == CLI_FMT_TABLE) {
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
        char wt[160];
        q_window_text(wt, a.window, rx.unit);
        printf("window: %s after each event\n", wt);
        q_print_type_table(rx.stats, NULL, stdout);
    } else if (ca.fmt == CLI_FMT_CSV) {
        static const char *const head[] = {
            "date", "company",     "type",    "event", "with", "reaction_pct", "moves", "symbol",
            "day0", "return0_pct", "car_pct", "t",     "p",    "skipped"};
        int ncol = rx.measured ? 14 : 7;
        for (int i = 0; i < ncol; i++) cli_csv_field(head[i], i == ncol - 1);
        for (size_t i = 0; i < rx.n; i++) {
            const proj_row_t *r = rx.items[i].event;
            char pct[40], moves[24];
            snprintf(pct, sizeof pct, "%.15g", rx.items[i].pct);
            snprintf(moves, sizeof moves, "%zu", rx.items[i].moves);
            cli_csv_field(r->occurred_on, 0);
            cli_csv_field(r->company, 0);
            cli_csv_field(event_type_name(r->type), 0);
            cli_csv_field(r->id, 0);
            cli_csv_field(r->others, 0);
            cli_csv_field(rx.items[i].has_pct ? pct : "", 0);
            cli_csv_field(moves, !rx.measured);
            if (rx.measured) q_csv_measured(&rx.measured[i]);
        }
    } else if (ca.fmt == CLI_FMT_NDJSON) {
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
    mem_free(listing);
    query_ids_free(ids, nids);
    q_close(&q);
    return rc ? cli_fail(ctx, &e) : 0;
}

/* ---- report ------------------------------------------------------------------- */

static int cmd_report(cli_ctx_t *ctx, int argc, char **argv)
{
    const char *out = NULL;
    int html;
    buf_t page;
    size_t nids = 0;
    char **ids = NULL, *listing = NULL;
    query_args_t a;
    cli_args_t ca;
    int rc, first;
    json_t *doc = NULL;
    err_t e = {0};
    q_t q;

    if ((rc = q_parse(ctx, &cli_cmds_query[3], argc, argv, &a, &ca, &out, &first))) return rc;
    if (first < argc) return cli_failf(ctx, 64, "report: unexpected argument '%s'", argv[first]);
    html = ca.fmt == CLI_FMT_HTML;
    if (q_open(ctx, &q, 1, &e)) return cli_fail(ctx, &e);
    buf_init(&page);
    if ((rc = query_resolve_all(&q.qq, (char *const *)ca.companies, ca.ncompanies, &ids, &nids,
                                &e)) ||
        (rc = q_listing(&q, &a, ids, nids, &listing, &e)))
        goto done;
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
    mem_free(listing);
    query_ids_free(ids, nids);
    q_close(&q);
    return rc ? cli_fail(ctx, &e) : 0;
}

#define Q_SINCE                                                 \
    {                                                           \
        "since", required_argument, CLI_OPT_SINCE, "DATE", NULL \
    }
#define Q_UNTIL                                                 \
    {                                                           \
        "until", required_argument, CLI_OPT_UNTIL, "DATE", NULL \
    }
#define Q_TYPE                                                \
    {                                                         \
        "type", required_argument, CLI_OPT_TYPE, "T", "@type" \
    }
#define Q_FORMAT                                                    \
    {                                                               \
        "format", required_argument, CLI_OPT_FORMAT, "F", "@format" \
    }
#define Q_BENCHMARK                                      \
    {                                                    \
        "benchmark", required_argument, 'b', "SYM", NULL \
    }
#define Q_SYMBOL                                      \
    {                                                 \
        "symbol", required_argument, 's', "SYM", NULL \
    }
#define Q_WINDOW                                    \
    {                                               \
        "window", required_argument, 'w', "N", NULL \
    }
#define Q_END                  \
    {                          \
        NULL, 0, 0, NULL, NULL \
    }

static const cli_opt_t q_timeline_opts[] = {Q_SINCE, Q_UNTIL, Q_TYPE, Q_FORMAT, Q_END};
static const cli_opt_t q_summary_opts[] = {Q_SINCE, Q_UNTIL, Q_BENCHMARK, Q_FORMAT, Q_END};
static const cli_opt_t q_reactions_opts[] = {Q_TYPE,      Q_WINDOW, Q_SINCE,  Q_UNTIL,
                                             Q_BENCHMARK, Q_SYMBOL, Q_FORMAT, Q_END};
static const cli_opt_t q_report_opts[] = {
    {"company", required_argument, CLI_OPT_COMPANY, "C", "@company"},
    Q_SINCE,
    Q_UNTIL,
    Q_WINDOW,
    Q_BENCHMARK,
    Q_SYMBOL,
    {"output", required_argument, 'o', "FILE", "@file"},
    Q_FORMAT,
    Q_END};

/* Order matters: the commands find their own entry by index. */
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
     cmd_timeline, CLI_FMTS_ALL, CLI_NEEDS_DB | CLI_NEEDS_CAUGHT, q_timeline_opts, "@company"},
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
     cmd_summary, CLI_FMTS_ALL, CLI_NEEDS_DB | CLI_NEEDS_CAUGHT, q_summary_opts, "@company"},
    {"reactions",
     "[COMPANY] [--type T]... [--window N] [--since DATE] [--until DATE] [--benchmark SYM] "
     "[--symbol SYM] [--format ...]",
     "Share moves after each event (market reactions), and per-type means.",
     "For each dated event that is not a share move, and each of its companies: the\n"
     "share moves of that company dated d to d + N days, compounded (null when none).\n"
     "The days are calendar days; with daily prices loaded (seismo prices import) they\n"
     "are trading days, the sessions of the company's bars (or the benchmark's), so a\n"
     "1-day window after a Friday reaches Monday (window_unit says which).\n"
     "With prices, each reaction is measured too:\n"
     "the return of day 0 and the CAR over -1:1 with t and p (market model against the\n"
     "benchmark, estimation -250:-11; see seismo study), or why it was skipped; the\n"
     "per-type table gets the mean measured CAR.\n\n"
     "  --type T       only events of type T (repeatable)\n"
     "  --window N     days after the event (default 1)\n"
     "  --since DATE   events on or after DATE\n"
     "  --until DATE   events on or before DATE\n"
     "  --benchmark SYM  benchmark of the measured figures (default SPY)\n"
     "  --symbol SYM   measure the company SYM is a listing of on SYM (default: its\n"
     "                 registry's primary listing, else the first of its symbols)\n"
     "  --format F     table (default), json, ndjson or csv\n",
     cmd_reactions, CLI_FMTS_ALL, CLI_NEEDS_DB | CLI_NEEDS_CAUGHT, q_reactions_opts, "@company"},
    {"report",
     "[--company C]... [--since DATE] [--until DATE] [--window N] [--benchmark SYM] "
     "[--symbol SYM] [--format json|html] [-o FILE]",
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
     "  --window N     reaction window in days (default 1; trading days with prices)\n"
     "  --benchmark SYM  benchmark of the measured figures (default SPY)\n"
     "  --symbol SYM   measure the company SYM is a listing of on SYM\n"
     "  --format F     json (default) or html: one self-contained page (charts of the\n"
     "                 adjusted close with the events as markers, the event windows, the\n"
     "                 CAAR per type; every table readable without scripts; no network)\n"
     "  -o, --output FILE  write to FILE (atomically) instead of stdout\n",
     cmd_report, CLI_FMTS_REPORT, CLI_NEEDS_DB | CLI_NEEDS_CAUGHT, q_report_opts},
    {NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL},
};
