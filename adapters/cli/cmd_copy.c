/* copy: moves an event log (and the user's company registry) from one store
 * to another, SQLite or PostgreSQL, with the same seq, ids and hashes. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "../../core/logcopy.h"
#include "cli.h"

static void cmd_copy_progress(void *arg, long long done, long long total)
{
    (void)arg;
    if (cli_stderr_is_tty()) fprintf(stderr, "\rcopy: seq %lld of %lld", done, total);
}

/* Puts one registry row of the source into the target (arg). */
static int cmd_copy_company(void *arg, const regstore_row_t *row)
{
    void **a = arg;
    return regstore_put(a[0], row, 1, a[1]);
}

static int cmd_copy_opt(cli_ctx_t *ctx, void *arg, int id, const char *v)
{
    const char **ft = arg;
    (void)ctx;
    ft[id == 't'] = v;
    return 0;
}

static int cmd_copy(cli_ctx_t *ctx, int argc, char **argv)
{
    const char *ft[2] = {NULL, NULL}, *from, *to;
    store_opts_t src_o = {STORE_OPEN_READONLY, STORE_DURABLE_FULL};
    store_opts_t dst_o = {STORE_OPEN_CREATE, STORE_DURABLE_FULL};
    store_t *src = NULL, *dst = NULL;
    store_info_t si, di;
    logcopy_result_t res;
    err_t e = {0};
    cli_args_t a;
    int rc, first;

    if ((rc = cli_parse(ctx, &cli_cmds_copy[0], argc, argv, &a, cmd_copy_opt, ft, &first)))
        return rc;
    if (first < argc) return cli_failf(ctx, 64, "copy: unexpected argument '%s'", argv[first]);
    from = ft[0];
    to = ft[1];
    if (!from || !from[0] || !to || !to[0])
        return cli_failf(ctx, 64, "copy needs --from PATH_OR_URI and --to PATH_OR_URI");
    if (strcmp(from, to) == 0)
        return cli_failf(ctx, 64, "copy: --from and --to are the same store");
    dst_o.durability = ctx->durability;
    if ((rc = store_open(from, &src_o, &src, &e))) {
        err_wrap(&e, "--from");
        goto fail;
    }
    if ((rc = store_open(to, &dst_o, &dst, &e))) {
        err_wrap(&e, "--to");
        goto fail;
    }
    if ((rc = store_info(src, &si, &e)) || (rc = store_info(dst, &di, &e))) goto fail;
    if (strcmp(si.location, di.location) == 0 && strcmp(si.engine, di.engine) == 0) {
        rc = err_set(&e, ERR_USAGE, "copy: --from and --to are the same store (%s)", si.location);
        goto fail;
    }
    rc = logcopy_run(&src->log, &dst->log, cmd_copy_progress, NULL, &res, &e);
    if (cli_stderr_is_tty()) fputc('\n', stderr);
    if (rc) {
        if (res.copied)
            fprintf(stderr,
                    "%s: %lld events were copied before the error (target head seq %lld); "
                    "run the copy again to resume\n",
                    ctx->prog, res.copied, res.head_seq);
        goto fail;
    }
    {
        void *arg[2] = {&dst->reg, &e};
        if ((rc = src->reg.ops->scan(src->reg.impl, cmd_copy_company, arg, &e))) goto fail;
    }
    /* the verify and rebuild advised below read the whole log: plan them for its size */
    if (res.copied && (rc = store_settle(dst, &e))) goto fail;
    printf("copied %lld events from %s (%s) to %s (%s)%s; target head seq %lld%s%s\n", res.copied,
           si.location, si.engine, di.location, di.engine,
           res.before ? " resuming after the events already there" : "", res.head_seq,
           res.head_seq ? " hash " : "", res.head_hash);
    printf("run 'seismo --db TARGET verify' to check it and 'seismo --db TARGET rebuild' "
           "to build its read models\n");
    store_close(src);
    store_close(dst);
    return 0;
fail:
    store_close(src);
    store_close(dst);
    return cli_fail(ctx, &e);
}

static const cli_opt_t cmd_copy_opts[] = {{"from", required_argument, 'f', "PATH_OR_URI", "@file"},
                                          {"to", required_argument, 't', "PATH_OR_URI", "@file"},
                                          {NULL, 0, 0, NULL, NULL}};

const cli_cmd_t cli_cmds_copy[] = {
    {"copy", "--from PATH_OR_URI --to PATH_OR_URI",
     "Copy the event log and the company registry to another store (SQLite or PostgreSQL).",
     "Events keep their seq, ids, recorded_at and hashes, so 'verify' passes on the target.\n"
     "Each chunk commits whole: after an interruption, run the same copy again and it\n"
     "resumes at the target's head. A target that already holds a different log is\n"
     "refused untouched (exit 65). The target's read models are built by 'rebuild'\n"
     "(or by a daemon on it).\n\n"
     "  --from S   the source: a database path or a libpq URI (postgresql://user@host/db)\n"
     "  --to S     the target, created (or migrated) when missing\n",
     cmd_copy, 0, CLI_NEEDS_DB | CLI_CREATES_DB, cmd_copy_opts, NULL},
    {NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL},
};
