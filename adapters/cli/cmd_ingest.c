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
    cli_printer_t printer;
    cli_format_t fmt;
    int dry_run;
} ingest_out_t;

static void cmd_json_string(const char *s)
{
    putchar('"');
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c < 0x20)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
}

static int cmd_ingest_each(void *arg, const ingest_article_t *a)
{
    ingest_out_t *o = arg;
    if (o->dry_run) {
        for (size_t i = 0; i < a->events->n; i++)
            if (cli_printer_put(&o->printer, &a->events->items[i])) return ERR_NOMEM;
        fprintf(stderr, "%s: %zu found (dry run, nothing stored)\n", a->name, a->events->n);
        return 0;
    }
    if (o->fmt == CLI_FMT_TABLE) {
        printf("%s: %zu found, %zu appended, %zu already present\n", a->name, a->events->n,
               a->res->appended, a->res->present);
    } else {
        printf("%s{\"source\":", o->fmt == CLI_FMT_JSON && o->printer.count ? "," : "");
        cmd_json_string(a->name);
        printf(",\"found\":%zu,\"appended\":%zu,\"present\":%zu,\"head_seq\":%lld}\n", a->events->n,
               a->res->appended, a->res->present, a->res->head_seq);
        o->printer.count++;
    }
    return 0;
}

static int cmd_ingest(cli_ctx_t *ctx, int argc, char **argv)
{
    static const struct option opts[] = {{"dry-run", no_argument, NULL, 'n'},
                                         {"context", no_argument, NULL, 'c'},
                                         {"format", required_argument, NULL, 'f'},
                                         {"date", required_argument, NULL, 'd'},
                                         {"source-name", required_argument, NULL, 's'},
                                         {"model", required_argument, NULL, 'M'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    ingest_opts_t io = {NULL, NULL, 0, 0};
    ingest_out_t out;
    cli_format_t fmt = CLI_FMT_TABLE;
    err_t e = {0};
    store_t *store = NULL;
    registry_t *reg = NULL;
    extract_t *x = NULL;
    model_t *model = NULL;
    const char *model_path = NULL;
    int c, status = 0, rc;
    char datebuf[11];

    optind = 0;
    while ((c = getopt_long(argc, argv, "nf:d:s:h", opts, NULL)) != -1) {
        switch (c) {
        case 'n':
            io.dry_run = 1;
            break;
        case 'c':
            io.context = 1;
            break;
        case 'f':
            if (cli_format_option(ctx, optarg, CLI_FMTS_NO_CSV, &fmt)) return 64;
            break;
        case 'd':
            if (date_is_iso(optarg)) {
                io.date = optarg;
            } else if (extract_parse_date(optarg, strlen(optarg), datebuf)) {
                io.date = datebuf;
            } else {
                return cli_failf(ctx, 64, "--date: '%s' is not a date (YYYY-MM-DD)", optarg);
            }
            break;
        case 's':
            io.source_name = optarg;
            break;
        case 'M':
            model_path = optarg;
            break;
        case 'h':
            return cli_usage(ctx, &cli_cmds_ingest[0], 0);
        default:
            return cli_usage(ctx, &cli_cmds_ingest[0], 1);
        }
    }
    if (optind >= argc)
        return cli_failf(ctx, 64, "ingest: name at least one FILE (or - for stdin)");
    if ((rc = modelfile_load(modelfile_choose(model_path), &model, &e))) return cli_fail(ctx, &e);
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
    out.fmt = fmt;
    out.dry_run = io.dry_run;
    cli_printer_begin(&out.printer, fmt);
    if (!io.dry_run && fmt == CLI_FMT_JSON) out.printer.fmt = CLI_FMT_NDJSON, fputs("[", stdout);
    for (int i = optind; i < argc; i++) {
        char *data = NULL;
        size_t len = 0;
        const char *name = argv[i];
        const char *slash = strrchr(name, '/');
        const char *base = strcmp(name, "-") == 0 ? "stdin" : slash ? slash + 1 : name;
        err_clear(&e);
        rc = cli_read_file(name, INGEST_MAX_BYTES, &data, &len, &e);
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
    if (!io.dry_run && fmt == CLI_FMT_JSON) fputs("]\n", stdout), out.printer.fmt = CLI_FMT_NDJSON;
    cli_printer_end(&out.printer);
out:
    extract_free(x);
    model_free(model);
    registry_free(reg);
    store_close(store);
    return status;
}

/* ---------------------------------------------------------------- companies */

static int cmd_companies_add(cli_ctx_t *ctx, int argc, char **argv)
{
    static const struct option opts[] = {{"name", required_argument, NULL, 'n'},
                                         {"ticker", required_argument, NULL, 't'},
                                         {"alias", required_argument, NULL, 'a'},
                                         {NULL, 0, NULL, 0}};
    const char *aliases[CMD_MAX_ALIASES];
    regstore_row_t row = {NULL, NULL, NULL, aliases, 0};
    err_t e = {0};
    store_t *store;
    registry_t *probe = NULL;
    int c, rc;

    optind = 0;
    while ((c = getopt_long(argc, argv, "n:t:a:", opts, NULL)) != -1) {
        switch (c) {
        case 'n':
            row.name = optarg;
            break;
        case 't':
            row.ticker = optarg;
            break;
        case 'a':
            if (row.naliases == CMD_MAX_ALIASES)
                return cli_failf(ctx, 64, "at most %d aliases", CMD_MAX_ALIASES);
            aliases[row.naliases++] = optarg;
            break;
        default:
            return cli_failf(ctx, 64,
                             "usage: companies add ID --name NAME [--ticker T] [--alias A]...");
        }
    }
    if (optind + 1 != argc || !row.name)
        return cli_failf(ctx, 64,
                         "usage: companies add ID --name NAME [--ticker T] [--alias A]...");
    row.id = argv[optind];
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
    if ((rc = cli_read_file(argv[1], (size_t)64 << 20, &data, &len, &e))) return cli_fail(ctx, &e);
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

static void cmd_company_print(const registry_entry_t *en, cli_format_t fmt, int first)
{
    const char *kind = en->kind == REGISTRY_REGULATOR ? "regulator" : "company";
    if (fmt == CLI_FMT_TABLE) {
        printf("%-14s  %-10s  %-9s  %s%s\n", en->id, en->ticker ? en->ticker : "-", kind, en->name,
               en->user ? "  (user)" : "");
    } else if (fmt == CLI_FMT_CSV) {
        printf("%s,\"%s\",%s,%s\n", en->id, en->name, en->ticker ? en->ticker : "", kind);
    } else {
        if (fmt == CLI_FMT_JSON && !first) putchar(',');
        printf("{\"id\":");
        cmd_json_string(en->id);
        printf(",\"name\":");
        cmd_json_string(en->name);
        printf(",\"ticker\":");
        if (en->ticker)
            cmd_json_string(en->ticker);
        else
            printf("null");
        printf(",\"kind\":\"%s\",\"user\":%s}\n", kind, en->user ? "true" : "false");
    }
}

static int cmd_companies_list(cli_ctx_t *ctx, int argc, char **argv, int show)
{
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"user", no_argument, NULL, 'u'},
                                         {"regulators", no_argument, NULL, 'r'},
                                         {NULL, 0, NULL, 0}};
    cli_format_t fmt = CLI_FMT_TABLE;
    int c, user = 0, regs = 0, rc, shown = 0;
    err_t e = {0};
    store_t *store;
    registry_t *reg;

    optind = 0;
    while ((c = getopt_long(argc, argv, "f:ur", opts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (cli_format_option(ctx, optarg, CLI_FMTS_ALL, &fmt)) return 64;
            break;
        case 'u':
            user = 1;
            break;
        case 'r':
            regs = 1;
            break;
        default:
            return cli_failf(ctx, 64,
                             "usage: companies list|show [--format F] [--user] [--regulators]");
        }
    }
    if (show && optind + 1 != argc)
        return cli_failf(ctx, 64, "usage: companies show NAME|ID|TICKER");
    cmd_open_existing(ctx, &store);
    rc = cmd_registry(store, &reg, &e);
    store_close(store);
    if (rc) return cli_fail(ctx, &e);
    if (fmt == CLI_FMT_JSON) putchar('[');
    if (show) {
        const registry_entry_t *en = registry_find(reg, argv[optind]);
        if (!en) {
            if (fmt == CLI_FMT_JSON) puts("]");
            registry_free(reg);
            return cli_failf(ctx, 65, "no company or regulator called '%s'", argv[optind]);
        }
        cmd_company_print(en, fmt, 1);
        if (fmt == CLI_FMT_TABLE) {
            if (en->sector) printf("  sector: %s\n", en->sector);
            if (en->jurisdiction) printf("  jurisdiction: %s\n", en->jurisdiction);
        }
        shown = 1;
    } else {
        for (size_t i = 0; registry_at(reg, i); i++) {
            const registry_entry_t *en = registry_at(reg, i);
            if (user && !en->user) continue;
            if ((en->kind == REGISTRY_REGULATOR) != regs) continue;
            cmd_company_print(en, fmt, !shown);
            shown++;
        }
    }
    if (fmt == CLI_FMT_JSON) puts("]");
    registry_free(reg);
    return 0;
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

const cli_cmd_t cli_cmds_ingest[] = {
    {"ingest",
     "[--dry-run] [--context] [--format table|json|ndjson] [--date YYYY-MM-DD] [--source-name "
     "NAME] [--model FILE] FILE...|-",
     "Extract events from news articles and append them, one batch per article.",
     "  --dry-run            print the events, store nothing\n"
     "  --context            also keep past events an article mentions only in passing,\n"
     "                       marked \"context\": true in data (dropped by default)\n"
     "  --format F           table (default), json or ndjson\n"
     "  --date YYYY-MM-DD    dateline to use when the text has none\n"
     "  --source-name NAME   source.name of the events (default: the file name)\n"
     "  --model FILE         the event detector's model (default $SEISMO_MODEL, else the\n"
     "                       built-in one; 'none': the rules alone). A corrupt model or one\n"
     "                       from a newer seismo is refused (exit 65)\n"
     "Input: UTF-8 plain text, or JSON {\"text\",\"date\",\"title\",\"source\"} (one object or "
     "NDJSON).\n"
     "Articles over 16 MiB, with a NUL byte or not UTF-8 are refused (exit 65); other files\n"
     "of the same call are still ingested.\n",
     cmd_ingest},
    {"companies",
     "add ID --name N [--ticker T] [--alias A]... | import FILE.csv | list | show NAME",
     "The company registry: built-in companies plus your own.",
     "  add ID --name N [--ticker T] [--alias A]...   add or extend a company\n"
     "  import FILE.csv     columns id,name,ticker,aliases (aliases separated by | or ;)\n"
     "  list [--format table|json|ndjson|csv] [--user] [--regulators]\n"
     "  show NAME|ID|TICKER\n",
     cmd_companies},
    {NULL, NULL, NULL, NULL, NULL}};
