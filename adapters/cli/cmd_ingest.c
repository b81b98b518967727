/* ingest, companies: article text to events, and the company registry. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "../../core/date.h"
#include "../../core/extract.h"
#include "../../core/mem.h"
#include "../../core/names.h"
#include "../../core/registry.h"
#include "../ingest/ingest.h"
#include "../../core/regstore.h"
#include "../model/modelfile.h"
#include "cli.h"

#define CMD_MAX_ALIASES 64

/* Loads the built-in registry plus the user's companies from st (may be NULL). */
static int cmd_registry(store_t *st, registry_t **out, err_t *e)
{
    registry_t *r = registry_new();
    int rc;
    *out = NULL;
    if (!r) return err_set(e, ERR_NOMEM, "out of memory");
    if ((rc = registry_load_builtin(r, e)) || (st && (rc = regstore_load(&st->reg, r, e)))) {
        registry_free(r);
        return rc;
    }
    *out = r;
    return 0;
}

/* Opens the store when it exists (read-only use); *st stays NULL otherwise. */
static void cmd_open_existing(cli_ctx_t *ctx, store_t **st)
{
    err_t e = {0};
    *st = NULL;
    if (store_kind(ctx->db_path) == STORE_KIND_PATH && access(ctx->db_path, F_OK) != 0) return;
    if (cli_open(ctx, 0, st, &e)) *st = NULL;
}

typedef struct ingest_out_s {
    cli_printer_t printer; /* --dry-run: the events */
    cli_out_t out;         /* else a row per article */
    int dry_run;
} ingest_out_t;

static const cli_col_t cmd_ingest_cols[] = {{"source", "SOURCE", CLI_COL_STR},
                                            {"found", "FOUND", CLI_COL_NUM},
                                            {"appended", "APPENDED", CLI_COL_NUM},
                                            {"present", "PRESENT", CLI_COL_NUM},
                                            {"head_seq", "HEAD", CLI_COL_NUM}};

static int cmd_ingest_each(void *arg, const ingest_article_t *a)
{
    ingest_out_t *o = arg;
    if (o->dry_run) {
        for (size_t i = 0; i < a->events->n; i++)
            if (cli_printer_put(&o->printer, &a->events->items[i])) return ERR_NOMEM;
        fprintf(stderr, "%s: %zu found (dry run, nothing stored)\n", a->name, a->events->n);
        return 0;
    }
    if (o->out.fmt == CLI_FMT_TABLE) {
        printf("%s: %zu found, %zu appended, %zu already present\n", a->name, a->events->n,
               a->res->appended, a->res->present);
        fflush(stdout);
    } else {
        char n[3][24], head[24];
        const char *cells[5] = {a->name, n[0], n[1], n[2], head};
        snprintf(n[0], 24, "%zu", a->events->n);
        snprintf(n[1], 24, "%zu", a->res->appended);
        snprintf(n[2], 24, "%zu", a->res->present);
        snprintf(head, 24, "%lld", a->res->head_seq);
        return cli_out_row(&o->out, cells);
    }
    return 0;
}

typedef struct cmd_ingest_opts_s {
    ingest_opts_t io;
    const char *model_path;
    char datebuf[11];
} cmd_ingest_opts_t;

static int cmd_ingest_opt(cli_ctx_t *ctx, void *arg, int id, const char *v)
{
    cmd_ingest_opts_t *o = arg;

    switch (id) {
    case 'n':
        o->io.dry_run = 1;
        break;
    case 'c':
        o->io.context = 1;
        break;
    case 'd':
        if (date_is_iso(v))
            o->io.date = v;
        else if (extract_parse_date(v, strlen(v), o->datebuf))
            o->io.date = o->datebuf;
        else
            return cli_failf(ctx, 64, "--date: '%s' is not a date (YYYY-MM-DD)", v);
        break;
    case 's':
        o->io.source_name = v;
        break;
    case 'M':
        o->model_path = v;
        break;
    }
    return 0;
}

static int cmd_ingest(cli_ctx_t *ctx, int argc, char **argv)
{
    cmd_ingest_opts_t o = {{NULL, NULL, 0, 0}, NULL, ""};
    ingest_opts_t io;
    ingest_out_t out;
    cli_args_t ca;
    err_t e = {0};
    store_t *store = NULL;
    registry_t *reg = NULL;
    extract_t *x = NULL;
    model_t *model = NULL;
    int status = 0, rc, first;

    if ((rc = cli_parse(ctx, &cli_cmds_ingest[0], argc, argv, &ca, cmd_ingest_opt, &o, &first)))
        return rc;
    io = o.io;
    if (first >= argc) return cli_failf(ctx, 64, "ingest: name at least one FILE (or - for stdin)");
    if ((rc = modelfile_load(modelfile_choose(o.model_path), &model, &e))) return cli_fail(ctx, &e);
    if (io.dry_run) {
        cmd_open_existing(ctx, &store);
    } else if ((rc = cli_open(ctx, 1, &store, &e))) {
        model_free(model);
        return cli_fail(ctx, &e);
    }
    if ((rc = cmd_registry(store, &reg, &e)) || (rc = extract_new(reg, &x, &e))) {
        status = cli_fail(ctx, &e);
        goto out;
    }
    extract_set_model(x, model);
    out.dry_run = io.dry_run;
    if (io.dry_run)
        cli_printer_begin(&out.printer, ca.fmt);
    else
        cli_out_begin(&out.out, ca.fmt, cmd_ingest_cols, 5);
    for (int i = first; i < argc; i++) {
        char *data = NULL;
        size_t len = 0;
        const char *name = argv[i];
        const char *slash = strrchr(name, '/');
        const char *base = strcmp(name, "-") == 0 ? "stdin" : slash ? slash + 1 : name;
        err_clear(&e);
        rc = file_read_all(name, INGEST_MAX_BYTES, &data, &len, &e);
        if (rc == ERR_DATA && strstr(e.msg, "limit"))
            err_set(&e, ERR_DATA, "%s: article over the 16 MiB limit, rejected", name);
        if (rc == 0)
            rc = ingest_bytes(x, io.dry_run ? NULL : &store->log, base, data, len, &io,
                              cmd_ingest_each, &out, NULL, &e);
        mem_free(data);
        if (rc) {
            if (strncmp(e.msg, base, strlen(base)) != 0 && strncmp(e.msg, name, strlen(name)) != 0)
                err_wrap(&e, "%s", name);
            int st = cli_fail(ctx, &e);
            if (!status) status = st;
        }
    }
    if (io.dry_run ? cli_printer_end(&out.printer) : cli_out_end(&out.out))
        if (!status) status = cli_failf(ctx, 74, "writing output failed");
out:
    extract_free(x);
    model_free(model);
    registry_free(reg);
    store_close(store);
    return status;
}

/* ---------------------------------------------------------------- companies */

typedef struct cmd_add_opts_s {
    regstore_row_t *row;
    const char **aliases;
} cmd_add_opts_t;

static int cmd_companies_add_opt(cli_ctx_t *ctx, void *arg, int id, const char *v)
{
    cmd_add_opts_t *o = arg;

    if (id == 'n') o->row->name = v;
    if (id == 't') o->row->ticker = v;
    if (id == 'a') {
        if (o->row->naliases == CMD_MAX_ALIASES)
            return cli_failf(ctx, 64, "at most %d aliases", CMD_MAX_ALIASES);
        o->aliases[o->row->naliases++] = v;
    }
    return 0;
}

static const cli_opt_t cmd_add_opts[] = {{"name", required_argument, 'n', "NAME", NULL},
                                         {"ticker", required_argument, 't', "T", NULL},
                                         {"alias", required_argument, 'a', "A", NULL, 1},
                                         {NULL, 0, 0, NULL, NULL}};
static const cli_cmd_t cmd_add_entry = {
    "companies add", "", "", "", NULL, 0, CLI_NEEDS_DB | CLI_CREATES_DB, cmd_add_opts};

static int cmd_companies_add(cli_ctx_t *ctx, int argc, char **argv)
{
    const char *aliases[CMD_MAX_ALIASES];
    regstore_row_t row = {NULL, NULL, NULL, aliases, 0};
    cmd_add_opts_t o = {&row, aliases};
    cli_args_t ca;
    err_t e = {0};
    store_t *store;
    registry_t *probe = NULL;
    int rc, first;

    if ((rc = cli_parse(ctx, &cmd_add_entry, argc, argv, &ca, cmd_companies_add_opt, &o, &first)))
        return rc;
    if (first + 1 != argc || !row.name)
        return cli_failf(ctx, 64,
                         "usage: companies add ID --name NAME [--ticker T] [--alias A]...");
    row.id = argv[first];
    /* validate as the registry would */
    if (!(probe = registry_new())) return cli_failf(ctx, 71, "out of memory");
    rc = registry_add(probe, REGISTRY_COMPANY, row.id, row.name, row.ticker, aliases, row.naliases,
                      &e);
    registry_free(probe);
    if (rc) return cli_fail(ctx, &e);
    if ((rc = cli_open(ctx, 1, &store, &e))) return cli_fail(ctx, &e);
    rc = regstore_put(&store->reg, &row, 1, &e);
    store_close(store);
    if (rc) return cli_fail(ctx, &e);
    printf("company %s (%s) stored with %zu alias%s\n", row.id, row.name, row.naliases,
           row.naliases == 1 ? "" : "es");
    return 0;
}

/* Splits one CSV record at *p (quotes, "" escapes) into at most max fields (modified in place). */
static size_t cmd_csv_record(char **p, char **f, size_t max)
{
    size_t n = 0;
    char *s = *p;
    if (!*s) return 0;
    for (;;) {
        char *w = s, *start = s;
        if (*s == '"') {
            s++;
            start = w;
            for (;;) {
                if (!*s) break;
                if (*s == '"' && s[1] == '"') {
                    *w++ = '"';
                    s += 2;
                } else if (*s == '"') {
                    s++;
                    break;
                } else {
                    *w++ = *s++;
                }
            }
            while (*s && *s != ',' && *s != '\n') s++;
        } else {
            while (*s && *s != ',' && *s != '\n' && *s != '\r') s++;
            w = s;
        }
        char end = *s;
        while (*s == '\r') s++, end = *s;
        *w = 0;
        if (n < max) f[n++] = start;
        if (end == ',') {
            s++;
            continue;
        }
        if (end == '\n') s++;
        break;
    }
    *p = s;
    return n;
}

static int cmd_companies_import(cli_ctx_t *ctx, int argc, char **argv)
{
    err_t e = {0};
    char *data = NULL, *p;
    size_t len, n = 0, cap = 0, line = 0;
    regstore_row_t *rows = NULL;
    const char **pool = NULL;
    size_t npool = 0, cappool = 0;
    store_t *store = NULL;
    registry_t *probe = NULL;
    int rc, status = 0;

    if (argc != 2)
        return cli_failf(ctx, 64, "usage: companies import FILE.csv (id,name,ticker,aliases)");
    if ((rc = file_read_all(argv[1], (size_t)64 << 20, &data, &len, &e))) return cli_fail(ctx, &e);
    if (!(probe = registry_new())) {
        status = cli_failf(ctx, 71, "out of memory");
        goto out;
    }
    p = data;
    while (*p) {
        char *f[4] = {0};
        size_t nf = cmd_csv_record(&p, f, 4);
        line++;
        if (nf == 0 || (nf == 1 && !*f[0])) continue;
        if (line == 1 && strcasecmp(f[0], "id") == 0) continue; /* header */
        if (nf < 2 || !*f[1]) {
            status =
                cli_failf(ctx, 65, "%s:%zu: expected id,name[,ticker[,aliases]]", argv[1], line);
            goto out;
        }
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 64;
            regstore_row_t *v = mem_realloc(rows, nc * sizeof *v);
            if (!v) {
                status = cli_failf(ctx, 71, "out of memory");
                goto out;
            }
            rows = v;
            cap = nc;
        }
        regstore_row_t *r = &rows[n];
        r->id = f[0];
        r->name = f[1];
        r->ticker = nf > 2 && *f[2] ? f[2] : NULL;
        r->naliases = 0;
        size_t first = npool;
        for (char *a = nf > 3 ? f[3] : NULL; a && *a;) {
            size_t l = strcspn(a, "|;");
            char *next = a[l] ? a + l + 1 : NULL;
            a[l] = 0;
            while (*a == ' ') a++;
            if (*a) {
                if (npool == cappool) {
                    size_t nc = cappool ? cappool * 2 : 128;
                    const char **v = mem_realloc(pool, nc * sizeof *v);
                    if (!v) {
                        status = cli_failf(ctx, 71, "out of memory");
                        goto out;
                    }
                    pool = v;
                    cappool = nc;
                }
                pool[npool++] = a;
                r->naliases++;
            }
            a = next;
        }
        r->aliases = (const char *const *)(uintptr_t)first; /* fixed up below */
        if ((rc = registry_add(probe, REGISTRY_COMPANY, r->id, r->name, r->ticker, NULL, 0, &e))) {
            err_wrap(&e, "%s:%zu", argv[1], line);
            status = cli_fail(ctx, &e);
            goto out;
        }
        n++;
    }
    for (size_t i = 0; i < n; i++) rows[i].aliases = pool + (uintptr_t)rows[i].aliases;
    if ((rc = cli_open(ctx, 1, &store, &e)) || (rc = regstore_put(&store->reg, rows, n, &e))) {
        status = cli_fail(ctx, &e);
        goto out;
    }
    printf("%s: %zu compan%s imported\n", argv[1], n, n == 1 ? "y" : "ies");
out:
    store_close(store);
    registry_free(probe);
    mem_free(rows);
    mem_free(pool);
    mem_free(data);
    return status;
}

static const cli_col_t cmd_company_cols[] = {{"id", "ID", CLI_COL_STR},
                                             {"ticker", "TICKER", CLI_COL_STR},
                                             {"kind", "KIND", CLI_COL_STR},
                                             {"name", "NAME", CLI_COL_STR},
                                             {"user", "USER", CLI_COL_BOOL}};

static int cmd_company_row(cli_out_t *out, const registry_entry_t *en)
{
    const char *kind = en->kind == REGISTRY_REGULATOR ? "regulator" : "company";
    const char *cells[5] = {en->id, en->ticker, kind, en->name,
                            en->user ? (out->fmt == CLI_FMT_TABLE ? "yes" : "true")
                                     : (out->fmt == CLI_FMT_TABLE ? "" : "false")};
    return cli_out_row(out, cells);
}

typedef struct cmd_list_opts_s {
    int user, regs;
} cmd_list_opts_t;

static int cmd_companies_list_opt(cli_ctx_t *ctx, void *arg, int id, const char *v)
{
    cmd_list_opts_t *o = arg;
    (void)ctx;
    (void)v;
    if (id == 'u') o->user = 1;
    if (id == 'r') o->regs = 1;
    return 0;
}

static const cli_opt_t cmd_list_opts[] = {
    {"format", required_argument, CLI_OPT_FORMAT, "F", "@format"},
    {"user", no_argument, 'u', NULL, NULL},
    {"regulators", no_argument, 'r', NULL, NULL},
    {NULL, 0, 0, NULL, NULL}};
static const cli_cmd_t cmd_list_entry = {"companies list", "", "",           "", NULL,
                                         CLI_FMTS_ALL,     0,  cmd_list_opts};

/* Appends to msg up to 5 registry names close to name (borrowed). */
static void cmd_registry_near(const registry_t *reg, const char *name, buf_t *msg)
{
    size_t n = 0;

    for (size_t i = 0; registry_at(reg, i) && n < 5; i++) {
        const registry_entry_t *en = registry_at(reg, i);
        if (names_closeness(name, en->id) < 0 && names_closeness(name, en->name) < 0 &&
            (!en->ticker || names_closeness(name, en->ticker) < 0))
            continue;
        buf_printf(msg, "%s%s (%s)", n ? ", " : "; close matches: ", en->id, en->name);
        n++;
    }
    if (!n) buf_puts(msg, "; no company with a close name (see `seismo companies list`)");
}

static int cmd_companies_list(cli_ctx_t *ctx, int argc, char **argv, int show)
{
    cmd_list_opts_t o = {0, 0};
    cli_args_t ca;
    cli_out_t out;
    int rc, first;
    err_t e = {0};
    store_t *store;
    registry_t *reg;

    if ((rc = cli_parse(ctx, &cmd_list_entry, argc, argv, &ca, cmd_companies_list_opt, &o, &first)))
        return rc;
    if (show && first + 1 != argc)
        return cli_failf(ctx, 64, "usage: companies show NAME|ID|TICKER");
    if (!show && first < argc)
        return cli_failf(ctx, 64, "companies list: unexpected argument '%s'", argv[first]);
    cmd_open_existing(ctx, &store);
    rc = cmd_registry(store, &reg, &e);
    store_close(store);
    if (rc) return cli_fail(ctx, &e);
    if (show) {
        const registry_entry_t *en = registry_find(reg, argv[first]);
        if (!en) {
            buf_t msg;
            buf_init(&msg);
            buf_printf(&msg, "unknown company '%s'", argv[first]);
            cmd_registry_near(reg, argv[first], &msg);
            rc = cli_failf(ctx, 65, "%s", buf_str(&msg));
            buf_release(&msg);
            registry_free(reg);
            return rc;
        }
        if (ca.fmt == CLI_FMT_JSON) ca.fmt = CLI_FMT_NDJSON; /* one object, not an array */
        cli_out_begin(&out, ca.fmt, cmd_company_cols, 5);
        rc = cmd_company_row(&out, en);
        cli_out_end(&out);
        if (ca.fmt == CLI_FMT_TABLE) {
            if (en->sector) printf("  sector: %s\n", en->sector);
            if (en->jurisdiction) printf("  jurisdiction: %s\n", en->jurisdiction);
        }
    } else {
        cli_out_begin(&out, ca.fmt, cmd_company_cols, 5);
        for (size_t i = 0; !rc && registry_at(reg, i); i++) {
            const registry_entry_t *en = registry_at(reg, i);
            if (o.user && !en->user) continue;
            if ((en->kind == REGISTRY_REGULATOR) != o.regs) continue;
            rc = cmd_company_row(&out, en);
        }
        if (cli_out_end(&out) && !rc) rc = ERR_IO;
    }
    registry_free(reg);
    return rc ? cli_failf(ctx, rc == ERR_IO ? 74 : 71, "writing output failed") : 0;
}

static int cmd_companies(cli_ctx_t *ctx, int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
        return cli_usage(ctx, &cli_cmds_ingest[1], argc < 2);
    if (strcmp(argv[1], "add") == 0) return cmd_companies_add(ctx, argc - 1, argv + 1);
    if (strcmp(argv[1], "import") == 0) return cmd_companies_import(ctx, argc - 1, argv + 1);
    if (strcmp(argv[1], "list") == 0) return cmd_companies_list(ctx, argc - 1, argv + 1, 0);
    if (strcmp(argv[1], "show") == 0) return cmd_companies_list(ctx, argc - 1, argv + 1, 1);
    return cli_failf(ctx, 64, "companies: unknown subcommand '%s' (add, import, list, show)",
                     argv[1]);
}

static const cli_opt_t cmd_ingest_opts[] = {
    {"dry-run", no_argument, 'n', NULL, NULL},
    {"context", no_argument, 'c', NULL, NULL},
    {"format", required_argument, CLI_OPT_FORMAT, "F", "@format"},
    {"date", required_argument, 'd', "DATE", NULL},
    {"source-name", required_argument, 's', "NAME", NULL},
    {"model", required_argument, 'M', "FILE", "@file"},
    {NULL, 0, 0, NULL, NULL}};
/* For the man page and completion: the options of every companies subcommand. */
static const cli_opt_t cmd_companies_opts[] = {
    {"name", required_argument, 'n', "NAME", NULL},
    {"ticker", required_argument, 't', "T", NULL},
    {"alias", required_argument, 'a', "A", NULL, 1},
    {"format", required_argument, CLI_OPT_FORMAT, "F", "@format"},
    {"user", no_argument, 'u', NULL, NULL},
    {"regulators", no_argument, 'r', NULL, NULL},
    {NULL, 0, 0, NULL, NULL}};

/* Order matters: ingest finds its own entry by index. */
const cli_cmd_t cli_cmds_ingest[] = {
    {"ingest",
     "[--dry-run] [--context] [--format table|json|ndjson|csv] [--date YYYY-MM-DD] [--source-name "
     "NAME] [--model FILE] FILE...|-",
     "Extract events from news articles and append them, one batch per article.",
     "  --dry-run            print the events, store nothing\n"
     "  --context            also keep past events an article mentions only in passing,\n"
     "                       marked \"context\": true in data (dropped by default)\n"
     "  --format F           table (default), json, ndjson or csv: a row per article\n"
     "                       (source, found, appended, present, head_seq); with\n"
     "                       --dry-run the events themselves\n"
     "  --date YYYY-MM-DD    dateline to use when the text has none\n"
     "  --source-name NAME   source.name of the events (default: the file name)\n"
     "  --model FILE         the event detector's model (default $SEISMO_MODEL, else the\n"
     "                       built-in one; 'none': the rules alone). A corrupt model or one\n"
     "                       from a newer seismo is refused (exit 65)\n"
     "Input: UTF-8 plain text, or JSON {\"text\",\"date\",\"title\",\"source\"} (one object or "
     "NDJSON).\n"
     "Articles over 16 MiB, with a NUL byte or not UTF-8 are refused (exit 65); other files\n"
     "of the same call are still ingested.\n",
     cmd_ingest, CLI_FMTS_ALL, CLI_NEEDS_DB | CLI_CREATES_DB, cmd_ingest_opts, "@file"},
    {"companies",
     "add ID --name N [--ticker T] [--alias A]... | import FILE.csv | list | show NAME",
     "The company registry: built-in companies plus your own.",
     "  add ID --name N [--ticker T] [--alias A]...   add or extend a company\n"
     "  import FILE.csv     columns id,name,ticker,aliases (aliases separated by | or ;)\n"
     "  list [--format table|json|ndjson|csv] [--user] [--regulators]\n"
     "  show NAME|ID|TICKER [--format F]  an unknown name exits 65 naming close matches\n",
     cmd_companies, CLI_FMTS_ALL, CLI_HAS_SUBCMDS, cmd_companies_opts, "add import list show"},
    {NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL}};
