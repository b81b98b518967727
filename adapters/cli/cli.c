#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../core/buf.h"
#include "../../core/date.h"
#include "../../core/mem.h"
#include "../../core/proj.h"

int cli_usage(const cli_ctx_t *ctx, const cli_cmd_t *cmd, int is_error)
{
    FILE *f = is_error ? stderr : stdout;

    fprintf(f, "usage: %s [--db PATH] %s %s\n", ctx->prog, cmd->name, cmd->synopsis);
    if (!is_error) {
        fprintf(f, "\n%s\n", cmd->summary);
        if (cmd->help && cmd->help[0]) fprintf(f, "\n%s", cmd->help);
    } else {
        fprintf(f, "Try '%s %s --help'.\n", ctx->prog, cmd->name);
    }
    return is_error ? 64 : 0;
}

int cli_fail(const cli_ctx_t *ctx, const err_t *e)
{
    fprintf(stderr, "%s: %s\n", ctx->prog, e->msg[0] ? e->msg : err_str(e->code));
    return err_exit_status(e->code ? e->code : ERR_INTERNAL);
}

int cli_failf(const cli_ctx_t *ctx, int status, const char *fmt, ...)
{
    va_list ap;

    fprintf(stderr, "%s: ", ctx->prog);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return status;
}

int cli_format_parse(const char *s, unsigned mask, cli_format_t *out)
{
    static const char *const names[] = {"table", "json", "ndjson", "csv", "html"};

    for (unsigned i = 0; i < 5; i++) {
        if ((mask & (1u << i)) && strcmp(s, names[i]) == 0) {
            *out = (cli_format_t)i;
            return 0;
        }
    }
    return -1;
}

int cli_format_option(const cli_ctx_t *ctx, const char *arg, unsigned mask, cli_format_t *out)
{
    static const char *const names[] = {"table", "json", "ndjson", "csv", "html"};
    char allowed[64] = "";
    size_t used = 0;

    if (cli_format_parse(arg, mask, out) == 0) return 0;
    for (unsigned i = 0; i < 5; i++)
        if (mask & (1u << i))
            used += (size_t)snprintf(allowed + used, sizeof allowed - used, "%s%s",
                                     used ? ", " : "", names[i]);
    return cli_failf(ctx, 64, "--format: '%s' is not one of %s", arg, allowed);
}

const cli_cmd_t *cli_cmd_at(size_t i)
{
    const cli_cmd_t *const tables[] = {cli_cmds_log,    cli_cmds_ingest, cli_cmds_query,
                                       cli_cmds_daemon, cli_cmds_prices, cli_cmds_model,
                                       cli_cmds_copy,   cli_cmds_help};

    for (size_t t = 0; t < sizeof tables / sizeof *tables; t++)
        for (const cli_cmd_t *c = tables[t]; c->name; c++)
            if (i-- == 0) return c;
    return NULL;
}

int cli_opt_many(const cli_opt_t *o)
{
    return o->many || o->id == CLI_OPT_COMPANY || o->id == CLI_OPT_TYPE;
}

const cli_cmd_t *cli_cmd_find(const char *name)
{
    const cli_cmd_t *c;

    for (size_t i = 0; (c = cli_cmd_at(i)); i++)
        if (strcmp(c->name, name) == 0) return c;
    return NULL;
}

int cli_parse(cli_ctx_t *ctx, const cli_cmd_t *cmd, int argc, char **argv, cli_args_t *a,
              cli_opt_fn own, void *arg, int *first)
{
    struct option lopts[64];
    char shorts[64] = ":";
    size_t n = 0, ns = 1;
    int c, rc;

    memset(a, 0, sizeof *a);
    a->fmt = cmd->formats && !(cmd->formats & 1u) ? CLI_FMT_JSON : CLI_FMT_TABLE;
    for (const cli_opt_t *o = cmd->opts; o && o->name && n + 1 < 64; o++) {
        lopts[n].name = o->name;
        lopts[n].has_arg = o->has_arg;
        lopts[n].flag = NULL;
        lopts[n].val = o->id;
        n++;
        if (o->id < 0x100 && ns + 3 < sizeof shorts) {
            shorts[ns++] = (char)o->id;
            if (o->has_arg == required_argument) shorts[ns++] = ':';
        }
    }
    memset(&lopts[n], 0, sizeof lopts[n]);
    optind = 0;
    opterr = 0; /* one message, ours */
    while ((c = getopt_long(argc, argv, shorts, lopts, NULL)) != -1) {
        err_t e = {0};
        switch (c) {
        case CLI_OPT_FORMAT:
            if (cli_format_option(ctx, optarg, cmd->formats, &a->fmt)) return 64;
            break;
        case CLI_OPT_SINCE:
        case CLI_OPT_UNTIL:
            if (!date_is_iso(optarg))
                return cli_failf(ctx, 64, "--%s: '%s' is not a YYYY-MM-DD date",
                                 c == CLI_OPT_SINCE ? "since" : "until", optarg);
            if (c == CLI_OPT_SINCE)
                a->since = optarg;
            else
                a->until = optarg;
            break;
        case CLI_OPT_COMPANY:
            if (!optarg[0]) return cli_failf(ctx, 64, "--company needs a company");
            if (a->ncompanies == CLI_MAX_COMPANIES)
                return cli_failf(ctx, 64, "--company: at most %d companies", CLI_MAX_COMPANIES);
            a->companies[a->ncompanies++] = optarg;
            break;
        case CLI_OPT_TYPE: {
            event_type_t t = event_type_from_name(optarg);
            if (t == EVENT_NONE) {
                err_set(&e, ERR_USAGE, "--type: unknown event type '%s'", optarg);
                return cli_fail(ctx, &e);
            }
            if (!a->types[t]) a->ntypes++;
            a->types[t] = 1;
            a->types[0] = 1;
            break;
        }
        case ':':
            return cli_failf(ctx, 64, "%s: option '%s' needs a value", cmd->name, argv[optind - 1]);
        case '?':
            if (!optopt || optopt >= 0x100)
                return cli_failf(ctx, 64, "%s: unknown option '%s'; try 'seismo %s --help'",
                                 cmd->name, argv[optind - 1], cmd->name);
            return cli_failf(ctx, 64, "%s: unknown option '-%c'; try 'seismo %s --help'", cmd->name,
                             optopt, cmd->name);
        default:
            if (!own) return cli_failf(ctx, 64, "%s: unknown option", cmd->name);
            if ((rc = own(ctx, arg, c, optarg))) return rc;
            break;
        }
    }
    *first = optind;
    return 0;
}

int cli_open(cli_ctx_t *ctx, int create, store_t **s, err_t *e)
{
    store_opts_t o = {create ? STORE_OPEN_CREATE : 0, ctx->durability};
    return store_open(ctx->db_path, &o, s, e);
}

typedef struct cli_progress_s {
    const char *what;
    int shown;
    long long min_total; /* no bar for less work than this */
} cli_progress_t;

/* Draws a progress bar on stderr (only called when stderr is a terminal). */
static void cli_progress(void *arg, long long done, long long total)
{
    cli_progress_t *pr = arg;
    int width = 30, fill;

    if (total <= 0 || total < pr->min_total) return;
    fill = (int)((double)done / (double)total * width);
    fprintf(stderr, "\r%s [", pr->what);
    for (int i = 0; i < width; i++) fputc(i < fill ? '#' : '.', stderr);
    fprintf(stderr, "] %3d%% %lld/%lld events", (int)(100.0 * (double)done / (double)total), done,
            total);
    pr->shown = 1;
}

int cli_catch_up(store_t *st, const char *only, int rebuild, long long *applied, err_t *e)
{
    cli_progress_t pr = {rebuild ? "rebuild" : "catching up", 0, rebuild ? 0 : 100000};
    proj_opts_t o = {0};
    int rc;

    o.only = only;
    o.rebuild = rebuild;
    if (cli_stderr_is_tty()) {
        o.progress = cli_progress;
        o.arg = &pr;
    }
    rc = proj_run(&st->rm, &st->log, &o, applied, e);
    if (pr.shown) fputc('\n', stderr);
    return rc;
}

int cli_open_caught(cli_ctx_t *ctx, store_t **st, err_t *e)
{
    int rc;

    if ((rc = cli_open(ctx, 0, st, e))) return rc;
    rc = cli_catch_up(*st, NULL, 0, NULL, e);
    if (rc == ERR_READONLY || rc == ERR_FULL || rc == ERR_CORRUPT) {
        /* A read-only database, one on a full disk or one verify found damaged
         * (writes refused) is still worth answering from, as far as the read
         * models go: say that they lag the log. */
        fprintf(stderr,
                "%s: warning: %s; answering from the read models as they are (they lag the "
                "log until the projections can catch up)\n",
                ctx->prog, e->msg);
        err_clear(e);
        rc = 0;
    }
    if (rc) {
        store_close(*st);
        *st = NULL;
    }
    return rc;
}

typedef struct cli_prefix_s {
    const char *prefix;
    size_t n;
    char first[65];
    buf_t others; /* the candidates after the first, for the message */
    size_t matches;
} cli_prefix_t;

static int cli_prefix_each(void *arg, const eventlog_record_t *rec)
{
    cli_prefix_t *p = arg;

    if (!rec->id || strncasecmp(rec->id, p->prefix, p->n) != 0) return 0;
    if (p->matches++ == 0)
        snprintf(p->first, sizeof p->first, "%s", rec->id);
    else if (p->matches <= 10)
        buf_printf(&p->others, "\n  %s (seq %lld, %s)", rec->id, rec->seq,
                   rec->type ? rec->type : "?");
    return 0;
}

int cli_event_id(store_t *st, const char *arg, char out[65], err_t *e)
{
    eventlog_query_t q = {0};
    cli_prefix_t p;
    size_t n = strlen(arg);
    int rc;

    if (n < 8 || n > 64 || strspn(arg, "0123456789abcdefABCDEF") != n)
        return err_set(e, ERR_USAGE,
                       "'%s' is not an event id: give the id or at least its first 8 hex digits",
                       arg);
    memset(&p, 0, sizeof p);
    p.prefix = arg;
    p.n = n;
    buf_init(&p.others);
    q.verify = 1; /* the id column on every record */
    rc = eventlog_scan_records(&st->log, &q, cli_prefix_each, &p, e);
    if (!rc && p.matches == 0)
        rc = err_set(e, ERR_NOTFOUND, "no event with id '%s' in the log", arg);
    else if (!rc && p.matches > 1) {
        event_t ev;
        err_t e2 = {0};
        buf_t msg;
        event_init(&ev);
        buf_init(&msg);
        if (eventlog_get(&st->log, p.first, &ev, &e2) == 0)
            buf_printf(&msg, "\n  %s (seq %lld, %s)", p.first, ev.seq, event_type_name(ev.type));
        else
            buf_printf(&msg, "\n  %s", p.first);
        event_release(&ev);
        rc =
            err_set(e, ERR_USAGE, "event id prefix '%s' is ambiguous; %zu events match:%s%s%s", arg,
                    p.matches, buf_str(&msg), buf_str(&p.others), p.matches > 10 ? "\n  ..." : "");
        buf_release(&msg);
    } else if (!rc) {
        memcpy(out, p.first, 65);
    }
    buf_release(&p.others);
    return rc;
}

int cli_stderr_is_tty(void)
{
    return isatty(STDERR_FILENO);
}

void cli_print_append_result(const char *what, const eventlog_result_t *r)
{
    printf("%s%s%zu appended, %zu already present (head seq %lld)\n", what ? what : "",
           what ? ": " : "", r->appended, r->present, r->head_seq);
}

/* Writes the key figure of ev (signed percent, amount, status) into out. */
static void cli_key_figure(const event_t *ev, char *out, size_t n)
{
    double v;
    const char *status = event_get_str(ev, "status");
    const char *cur = event_get_str(ev, "currency");

    out[0] = '\0';
    if (ev->type >= EVENT_EARNINGS) { /* the v2 types: the timeline's figure */
        proj_figure(ev, out, n);
        return;
    }
    if (event_get_num(ev, "percent", &v)) {
        cli_fmt_pct(v, out, n);
    } else if (event_get_num(ev, "amount", &v)) {
        char amt[64];
        cli_fmt_amount(v, cur, amt, sizeof amt);
        snprintf(out, n, "%s%s", event_get_str(ev, "qualifier") ? "~" : "", amt);
    } else if (status) {
        snprintf(out, n, "%s", status);
    }
}

static const cli_col_t cli_event_cols[] = {{"seq", "SEQ", CLI_COL_NUM},
                                           {"id", "ID", CLI_COL_ID},
                                           {"occurred_on", "DATE", CLI_COL_DATE},
                                           {"type", "TYPE", CLI_COL_STR},
                                           {"companies", "COMPANIES", CLI_COL_STR},
                                           {"figure", "FIGURE", CLI_COL_STR},
                                           {"source", "SOURCE", CLI_COL_STR},
                                           {"sentence", "SENTENCE", CLI_COL_STR}};

void cli_printer_begin(cli_printer_t *p, cli_format_t fmt)
{
    p->fmt = fmt;
    p->count = 0;
    buf_init(&p->buf);
    if (fmt == CLI_FMT_TABLE || fmt == CLI_FMT_CSV)
        cli_out_begin(&p->out, fmt, cli_event_cols, fmt == CLI_FMT_TABLE ? 6 : 8);
    else if (fmt == CLI_FMT_JSON)
        fputs("[", stdout);
}

int cli_printer_put(cli_printer_t *p, const event_t *ev)
{
    if (p->fmt == CLI_FMT_TABLE || p->fmt == CLI_FMT_CSV) {
        char fig[128], seq[24], id[16];
        const char *cells[8];
        int rc;
        buf_reset(&p->buf);
        for (size_t c = 0; c < ev->ncompanies; c++)
            buf_printf(&p->buf, "%s%s", c ? "," : "", ev->companies[c].id);
        if (p->buf.oom) return ERR_NOMEM;
        cli_key_figure(ev, fig, sizeof fig);
        snprintf(seq, sizeof seq, "%lld", ev->seq);
        /* 12 hex digits name an event in a table; any unique prefix of 8 or more works. */
        snprintf(id, sizeof id, "%.12s", ev->id ? ev->id : "");
        cells[0] = seq;
        cells[1] = p->fmt == CLI_FMT_TABLE ? id : ev->id;
        cells[2] =
            ev->occurred_on[0] ? ev->occurred_on : (p->fmt == CLI_FMT_TABLE ? "undated" : "");
        cells[3] = event_type_name(ev->type);
        cells[4] = buf_str(&p->buf);
        cells[5] = fig;
        cells[6] = ev->source.name;
        cells[7] = ev->source.sentence;
        if ((rc = cli_out_row(&p->out, cells))) return rc;
    } else {
        buf_reset(&p->buf);
        if (event_canon(ev, EVENT_CANON_HASHED, &p->buf)) return ERR_NOMEM;
        if (p->fmt == CLI_FMT_JSON)
            printf("%s\n%s", p->count ? "," : "", p->buf.data);
        else
            printf("%s\n", p->buf.data);
    }
    p->count++;
    return 0;
}

int cli_printer_end(cli_printer_t *p)
{
    int rc = 0;

    if (p->fmt == CLI_FMT_TABLE || p->fmt == CLI_FMT_CSV)
        rc = cli_out_end(&p->out);
    else if (p->fmt == CLI_FMT_JSON)
        fputs(p->count ? "\n]\n" : "]\n", stdout);
    if (fflush(stdout)) rc = ERR_IO;
    buf_release(&p->buf);
    return rc;
}

int cli_print_events(const event_list_t *l, cli_format_t fmt, err_t *e)
{
    cli_printer_t p;
    int rc = 0;

    cli_printer_begin(&p, fmt);
    for (size_t i = 0; i < l->n && rc == 0; i++) rc = cli_printer_put(&p, &l->items[i]);
    if (!cli_printer_end(&p) && rc) return err_set(e, rc, "out of memory");
    return rc ? err_set(e, rc, "out of memory") : 0;
}
