/* Fuzz target: the argument parsing of the read-side commands (timeline,
 * summary, reactions, report, events) as the CLI runs them. The input is split
 * at newlines into argv; the first line picks the command. Each run reads a
 * small database prepared once in a temporary directory. Arguments that would
 * write a file (report -o) are dropped. Seeds: fixtures/fuzz/seeds/args. */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../adapters/cli/cli.h"
#include "fuzz.h"

#define FZ_MAX_ARGS 24

static const char *const fz_names[] = {"timeline", "summary", "reactions", "report", "events"};
static const cli_cmd_t *fz_cmds[sizeof fz_names / sizeof *fz_names];
static char fz_db[128];

static const cli_cmd_t *fz_find(const cli_cmd_t *t, const char *name)
{
    for (; t->name; t++)
        if (strcmp(t->name, name) == 0) return t;
    return NULL;
}

static void fz_setup(void)
{
    static char dir[64];
    char cmd[512];
    const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    const char *seismo = getenv("SEISMO");

    fuzz_quiet_json();
    snprintf(dir, sizeof dir, "%s/seismo-fuzz-args.XXXXXX", base);
    if (!mkdtemp(dir)) fuzz_abort("mkdtemp", dir);
    fuzz_cleanup_at_exit(dir);
    snprintf(fz_db, sizeof fz_db, "%s/fuzz.db", dir);
    /* The database: the seed events, caught up, so queries find something. */
    snprintf(cmd, sizeof cmd,
             "%s --db %s ingest fixtures/articles/*.txt >/dev/null 2>&1 && "
             "%s --db %s rebuild >/dev/null 2>&1",
             seismo ? seismo : "./seismo", fz_db, seismo ? seismo : "./seismo", fz_db);
    if (system(cmd) != 0)
        fprintf(stderr, "fuzz_args: no seed database (%s); queries see none\n", cmd);
    for (size_t i = 0; i < sizeof fz_names / sizeof *fz_names; i++) {
        fz_cmds[i] = fz_find(cli_cmds_query, fz_names[i]);
        if (!fz_cmds[i]) fz_cmds[i] = fz_find(cli_cmds_log, fz_names[i]);
        if (!fz_cmds[i]) fuzz_abort("no such command", fz_names[i]);
    }
    if (!freopen("/dev/null", "w", stdout)) fuzz_abort("freopen", "stdout");
}

/* Returns 1 for an argument that could make a command write a file. */
static int fz_writes(const char *a)
{
    if (a[0] != '-') return 0;
    if (a[1] == '-') return a[2] == 'o';
    return strchr(a, 'o') != NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cli_ctx_t ctx = {"seismo", fz_db, STORE_DURABLE_NORMAL};
    char *copy, *argv[FZ_MAX_ARGS + 1], *p, *end;
    int argc = 0;

    if (!fz_cmds[0]) fz_setup();
    if (size < 1 || size > 4096) return 0;
    if (!(copy = malloc(size + 1))) return 0;
    memcpy(copy, data, size);
    copy[size] = '\0';
    argv[argc++] = (char *)fz_names[(unsigned char)copy[0] % (sizeof fz_names / sizeof *fz_names)];
    for (p = copy + 1; *p && argc < FZ_MAX_ARGS; p = end + 1) {
        end = strchr(p, '\n');
        if (end) *end = '\0';
        if (fz_writes(p)) goto out;
        argv[argc++] = p;
        if (!end) break;
    }
    argv[argc] = NULL;
    for (size_t i = 0; i < sizeof fz_names / sizeof *fz_names; i++)
        if (strcmp(argv[0], fz_names[i]) == 0) {
            optind = 0;
            opterr = 0;
            fz_cmds[i]->run(&ctx, argc, argv);
            break;
        }
out:
    free(copy);
    return 0;
}
