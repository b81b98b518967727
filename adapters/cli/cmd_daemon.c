/* daemon: `seismo daemon`'s command entry. The options are parsed here like
 * every other command's; the daemon itself (adapters/daemon/) is a driving
 * adapter beside the CLI, started through daemon_main(). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "../daemon/daemon_run.h"
#include "cli.h"

/* Parses a size with an optional k/M/G suffix ("16M", "512k"); returns 0 or -1. */
static int cmd_daemon_size(const char *s, size_t *out)
{
    char *end;
    unsigned long long v;

    if (!*s || *s == '-') return -1;
    v = strtoull(s, &end, 10);
    if (end == s) return -1;
    if (*end == 'k' || *end == 'K')
        v <<= 10, end++;
    else if (*end == 'm' || *end == 'M')
        v <<= 20, end++;
    else if (*end == 'g' || *end == 'G')
        v <<= 30, end++;
    if (*end == 'i' || *end == 'B') end++;
    if (*end == 'B') end++;
    if (*end || v == 0) return -1;
    *out = (size_t)v;
    return 0;
}

/* Parses v as a whole number from min to max into *out; returns 0 or -1. */
static int cmd_daemon_int(const char *v, long min, long max, int *out)
{
    char *end;
    long n = strtol(v, &end, 10);

    if (!*v || *end || n < min || n > max) return -1;
    *out = (int)n;
    return 0;
}

static int cmd_daemon_opt(cli_ctx_t *ctx, void *arg, int id, const char *v)
{
    daemon_config_t *c = arg;
    err_t e = {0};
    int lo;

    switch (id) {
    case 'd':
        if (!v[0]) return cli_failf(ctx, 64, "--db needs a path");
        c->db_path = v;
        break;
    case 's':
        c->spool = v;
        break;
    case 'l':
        if (c->nlisten == DAEMON_MAX_LISTEN)
            return cli_failf(ctx, 64, "at most %d --listen", DAEMON_MAX_LISTEN);
        if (daemon_check_listen(v, &lo, &e)) return cli_fail(ctx, &e);
        c->listen[c->nlisten++] = v;
        break;
    case 'w':
        if (cmd_daemon_int(v, 1, 64, &c->workers))
            return cli_failf(ctx, 64, "--workers must be 1 to 64, not '%s'", v);
        break;
    case 't':
        c->token_file = v;
        break;
    case 'f':
        if (strcmp(v, "json") == 0)
            c->log_json = 1;
        else if (strcmp(v, "text") == 0)
            c->log_json = 0;
        else
            return cli_failf(ctx, 64, "--log-format must be text or json, not '%s'", v);
        break;
    case 'p':
        c->pid_file = v;
        break;
    case 'L':
        c->log_file = v;
        break;
    case 'b':
        if (cmd_daemon_size(v, &c->max_body))
            return cli_failf(ctx, 64, "--max-body: '%s' is not a size (e.g. 16M)", v);
        break;
    case 'm':
        if (cmd_daemon_int(v, 1, 100000, &c->max_conns))
            return cli_failf(ctx, 64, "--max-connections must be 1 to 100000, not '%s'", v);
        break;
    case 'i':
        if (cmd_daemon_int(v, 1, 3600, &c->idle_ms))
            return cli_failf(ctx, 64, "--idle-timeout must be 1 to 3600 seconds, not '%s'", v);
        c->idle_ms *= 1000;
        break;
    case 'S': {
        char *end;
        double sec = strtod(v, &end);
        if (end == v || *end || !(sec >= 0 && sec <= 3600))
            return cli_failf(ctx, 64, "--settle must be 0 to 3600 seconds, not '%s'", v);
        c->settle_ms = (int)(sec * 1000 + 0.5);
        break;
    }
    }
    return 0;
}

static int cmd_daemon(cli_ctx_t *ctx, int argc, char **argv)
{
    daemon_config_t c;
    cli_args_t a;
    err_t e = {0};
    int rc, first;

    daemon_config_init(&c);
    c.db_path = ctx->db_path;
    c.durability = ctx->durability;
    if ((rc = cli_parse(ctx, &cli_cmds_daemon[0], argc, argv, &a, cmd_daemon_opt, &c, &first)))
        return rc;
    if (first < argc) return cli_failf(ctx, 64, "daemon: unexpected argument '%s'", argv[first]);
    rc = daemon_main(&c, &e);
    if (rc && e.msg[0]) cli_failf(ctx, rc, "%s", e.msg);
    return rc;
}

static const cli_opt_t cmd_daemon_opts[] = {
    {"db", required_argument, 'd', "PATH", "@file"},
    {"spool", required_argument, 's', "DIR", "@dir"},
    {"listen", required_argument, 'l', "ADDR", NULL, 1},
    {"workers", required_argument, 'w', "N", NULL},
    {"token-file", required_argument, 't', "FILE", "@file"},
    {"log-format", required_argument, 'f', "F", "text json"},
    {"pid-file", required_argument, 'p', "FILE", "@file"},
    {"log-file", required_argument, 'L', "FILE", "@file"},
    {"max-body", required_argument, 'b', "SIZE", NULL},
    {"max-connections", required_argument, 'm', "N", NULL},
    {"idle-timeout", required_argument, 'i', "S", NULL},
    {"settle", required_argument, 'S', "S", NULL},
    {NULL, 0, 0, NULL, NULL}};

const cli_cmd_t cli_cmds_daemon[] = {
    {"daemon",
     "[--spool DIR] [--listen ADDR]... [--workers N] [--token-file FILE] [--log-format "
     "text|json] [--pid-file FILE] [--log-file FILE] [--max-body SIZE] [--max-connections N] "
     "[--idle-timeout S] [--settle S]",
     "Run the daemon: spool ingest, HTTP JSON API, projection workers.",
     "  --db PATH            the database (as the global --db)\n"
     "  --spool DIR          watch DIR/incoming; move files to DIR/done or DIR/rejected\n"
     "                       (made once the listeners are bound)\n"
     "  --settle S           take a spool file once unchanged S seconds and not open for\n"
     "                       writing (default 1; 0.5 works); write, then rename, is safest\n"
     "  --listen ADDR        127.0.0.1:PORT, [::1]:PORT or unix:PATH (default 127.0.0.1:8750);\n"
     "                       repeatable. A non-loopback address needs --token-file\n"
     "  --workers N          projection/ingest threads (default 4)\n"
     "  --token-file FILE    require 'Authorization: Bearer TOKEN' (TOKEN from FILE)\n"
     "  --log-format F       text (default) or json, one line per event to stderr\n"
     "  --log-file FILE      log to FILE instead (SIGHUP reopens it)\n"
     "  --pid-file FILE      write the process id to FILE\n"
     "  --max-body SIZE      largest request body (default 16M)\n"
     "  --max-connections N  open connections at once (default 1024); more are refused\n"
     "  --idle-timeout S     seconds a connection has to send a whole request (default 30)\n\n"
     "SIGTERM/SIGINT stop gracefully; SIGHUP reopens the log file and reloads the registry.\n",
     cmd_daemon, 0, CLI_NEEDS_DB | CLI_CREATES_DB, cmd_daemon_opts},
    {NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL},
};
