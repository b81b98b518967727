/* seismo: the command-line entry point; dispatches to the command tables. */
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/mem.h"
#include "../../core/names.h"
#include "../crypto/hash.h"
#include "cli.h"

/* Prints the version line: seismo's, and each engine's schema and library. */
static void main_version(void)
{
    const store_engine_t *sq = store_engine_find("sqlite");

    printf("seismo %s (schema %d, sqlite %s)\n", SEISMO_VERSION,
           sq && sq->schema_latest ? sq->schema_latest() : 0,
           sq && sq->version ? sq->version() : "?");
}

static int main_help(const char *prog, int is_error)
{
    FILE *f = is_error ? stderr : stdout;
    const cli_cmd_t *t;

    fprintf(f,
            "usage: %s [--db PATH] [--durability full|normal] COMMAND [ARGS]\n"
            "       %s --version | --help\n\n"
            "seismo turns financial news into typed company events kept in an append-only,\n"
            "hash-chained log, and folds them into timelines, summaries and market reactions.\n\n"
            "Options:\n"
            "  --db PATH            the database (default $SEISMO_DB, else ./seismo.db)\n"
            "  --durability MODE    full (default: an append returns once it is on disk) or\n"
            "                       normal (faster; the last appends may be lost on power loss)\n\n"
            "Commands:\n",
            prog, prog);
    for (size_t i = 0; (t = cli_cmd_at(i)); i++)
        if (t->summary[0] != '(') fprintf(f, "  %-12s %s\n", t->name, t->summary);
    fprintf(f, "\nRun '%s COMMAND --help' for a command's options.\n", prog);
    return is_error ? 64 : 0;
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {{"db", required_argument, NULL, 'd'},
                                         {"durability", required_argument, NULL, 'D'},
                                         {"version", no_argument, NULL, 'V'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    cli_ctx_t ctx = {"seismo", NULL, STORE_DURABLE_FULL};
    const cli_cmd_t *cmd;
    const char *env = getenv("SEISMO_DB");
    int c;

    ctx.db_path = env && env[0] ? env : "./seismo.db";
    json_set_alloc_funcs(mem_alloc, mem_free);
    if (hash_init()) {
        fprintf(stderr, "seismo: cannot initialise libsodium\n");
        return 70;
    }
    opterr = 0; /* one message, ours, named "seismo" whatever argv[0] is */
    while ((c = getopt_long(argc, argv, "+:h", opts, NULL)) != -1) {
        switch (c) {
        case 'd':
            if (!optarg[0]) return cli_failf(&ctx, 64, "--db needs a path");
            ctx.db_path = optarg;
            break;
        case 'D':
            if (strcmp(optarg, "full") == 0)
                ctx.durability = STORE_DURABLE_FULL;
            else if (strcmp(optarg, "normal") == 0)
                ctx.durability = STORE_DURABLE_NORMAL;
            else
                return cli_failf(&ctx, 64, "--durability must be full or normal, not '%s'", optarg);
            break;
        case 'V':
            main_version();
            return 0;
        case 'h':
            return main_help(ctx.prog, 0);
        case ':':
            return cli_failf(&ctx, 64, "option '%s' needs a value; try 'seismo --help'",
                             argv[optind - 1]);
        default:
            return cli_failf(&ctx, 64, "unknown option '%s'; try 'seismo --help'",
                             argv[optind - 1]);
        }
    }
    if (optind >= argc) return main_help(ctx.prog, 1);
    if (strcmp(argv[optind], "help") == 0) {
        if (optind + 1 < argc && (cmd = cli_cmd_find(argv[optind + 1])))
            return cli_usage(&ctx, cmd, 0);
        return main_help(ctx.prog, 0);
    }
    if (!(cmd = cli_cmd_find(argv[optind]))) {
        const cli_cmd_t *t, *near = NULL;
        size_t best = 3;
        for (size_t i = 0; (t = cli_cmd_at(i)); i++) {
            size_t d = names_distance(argv[optind], t->name);
            if (d < best) best = d, near = t;
        }
        if (near)
            return cli_failf(&ctx, 64, "unknown command '%s'; did you mean '%s'? (seismo --help)",
                             argv[optind], near->name);
        return cli_failf(&ctx, 64, "unknown command '%s'; the commands: seismo --help",
                         argv[optind]);
    }
    for (int i = optind + 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) break;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
            return cli_usage(&ctx, cmd, 0);
    }
    {
        int first = optind;
        optind = 0; /* getopt starts afresh for the command's own options */
        return cmd->run(&ctx, argc - first, argv + first);
    }
}
