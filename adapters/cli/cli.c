#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../core/buf.h"
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
    static const char *const names[] = {"table", "json", "ndjson", "csv"};

    for (unsigned i = 0; i < 4; i++) {
        if ((mask & (1u << i)) && strcmp(s, names[i]) == 0) {
            *out = (cli_format_t)i;
            return 0;
        }
    }
    return -1;
}

int cli_format_option(const cli_ctx_t *ctx, const char *arg, unsigned mask, cli_format_t *out)
{
    static const char *const names[] = {"table", "json", "ndjson", "csv"};
    char allowed[64] = "";
    size_t used = 0;

    if (cli_format_parse(arg, mask, out) == 0) return 0;
    for (unsigned i = 0; i < 4; i++)
        if (mask & (1u << i))
            used += (size_t)snprintf(allowed + used, sizeof allowed - used, "%s%s",
                                     used ? ", " : "", names[i]);
    return cli_failf(ctx, 64, "--format: '%s' is not one of %s", arg, allowed);
}

int cli_open(cli_ctx_t *ctx, int create, store_t **s, err_t *e)
{
    store_opts_t o = {create ? STORE_OPEN_CREATE : 0, ctx->durability};
    return store_open(ctx->db_path, &o, s, e);
}

int cli_stderr_is_tty(void)
{
    return isatty(STDERR_FILENO);
}

int cli_read_file(const char *path, size_t max, char **out, size_t *len, err_t *e)
{
    FILE *f;
    buf_t b;
    char chunk[65536];
    size_t n;
    int is_stdin = strcmp(path, "-") == 0;
    struct stat st;

    *out = NULL;
    *len = 0;
    if (!is_stdin && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return err_set(e, ERR_DATA, "%s: is a directory", path);
    f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return err_set(e, errno == ENOENT ? ERR_NOINPUT : ERR_IO, "%s: %s", path, strerror(errno));
    buf_init(&b);
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + n > max) {
            buf_release(&b);
            if (!is_stdin) fclose(f);
            return err_set(e, ERR_DATA, "%s: larger than the limit of %zu bytes", path, max);
        }
        if (buf_append(&b, chunk, n)) break;
    }
    if (ferror(f) || b.oom) {
        int oom = b.oom;
        buf_release(&b);
        if (!is_stdin) fclose(f);
        return oom ? err_set(e, ERR_NOMEM, "%s: out of memory", path)
                   : err_set(e, ERR_IO, "%s: read error", path);
    }
    if (!is_stdin) fclose(f);
    *len = b.len;
    *out = buf_steal(&b);
    return *out ? 0 : err_set(e, ERR_NOMEM, "out of memory");
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
    if (event_get_num(ev, "percent", &v))
        snprintf(out, n, "%+.2f%%", v);
    else if (event_get_num(ev, "amount", &v))
        snprintf(out, n, "%s%.6g %s", event_get_str(ev, "qualifier") ? "~" : "", v, cur ? cur : "");
    else if (status)
        snprintf(out, n, "%s", status);
}

void cli_printer_begin(cli_printer_t *p, cli_format_t fmt)
{
    p->fmt = fmt;
    p->count = 0;
    buf_init(&p->buf);
    if (fmt == CLI_FMT_JSON) fputs("[", stdout);
}

int cli_printer_put(cli_printer_t *p, const event_t *ev)
{
    if (p->fmt == CLI_FMT_TABLE) {
        char fig[64], comp[256] = "";
        size_t used = 0;
        for (size_t c = 0; c < ev->ncompanies && used + 2 < sizeof comp; c++)
            used += (size_t)snprintf(comp + used, sizeof comp - used, "%s%s", c ? "," : "",
                                     ev->companies[c].id);
        cli_key_figure(ev, fig, sizeof fig);
        if (p->count == 0)
            printf("%6s  %-10s  %-22s  %-24s  %s\n", "SEQ", "DATE", "TYPE", "COMPANIES", "FIGURE");
        printf("%6lld  %-10s  %-22s  %-24.24s  %s\n", ev->seq,
               ev->occurred_on[0] ? ev->occurred_on : "undated", event_type_name(ev->type), comp,
               fig);
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

void cli_printer_end(cli_printer_t *p)
{
    if (p->fmt == CLI_FMT_JSON) fputs(p->count ? "\n]\n" : "]\n", stdout);
    buf_release(&p->buf);
}

int cli_print_events(const event_list_t *l, cli_format_t fmt, err_t *e)
{
    cli_printer_t p;
    int rc = 0;

    cli_printer_begin(&p, fmt);
    for (size_t i = 0; i < l->n && rc == 0; i++) rc = cli_printer_put(&p, &l->items[i]);
    cli_printer_end(&p);
    return rc ? err_set(e, rc, "out of memory") : 0;
}
