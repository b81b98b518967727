/* daemon_run: how a driving adapter starts the daemon. The CLI parses
 * `seismo daemon`'s options (adapters/cli/cmd_daemon.c) into a
 * daemon_config_t and calls daemon_main(); nothing of libuv shows here. */
#ifndef SEISMO_DAEMON_RUN_H
#define SEISMO_DAEMON_RUN_H

#include <stddef.h>

#include "../../core/err.h"

#define DAEMON_MAX_LISTEN 8

/* What `seismo daemon` was asked to do; every pointer borrowed for the run. */
typedef struct daemon_config_s {
    const char *db_path; /* a path or a libpq URI */
    int durability;      /* STORE_DURABLE_FULL or STORE_DURABLE_NORMAL */
    const char *spool;   /* NULL: no spool */
    const char *listen[DAEMON_MAX_LISTEN];
    int nlisten; /* 0: 127.0.0.1:8750 */
    int workers;
    const char *token_file; /* NULL: no token */
    int log_json;
    const char *pid_file;
    const char *log_file;
    size_t max_body;
    int max_conns;
    int idle_ms;
    int settle_ms; /* a spool file is taken once unchanged this long (--settle) */
} daemon_config_t;

/* Fills c (caller storage) with the defaults: 4 workers, 16 MiB bodies,
 * 1024 connections, 30 s to send a request. */
void daemon_config_init(daemon_config_t *c);
/* Returns 0 when addr (borrowed) is unix:PATH, IPv4:PORT, [IPv6]:PORT or
 * localhost:PORT; else ERR_USAGE saying it is not an address. Sets *loopback. */
int daemon_check_listen(const char *addr, int *loopback, err_t *e);
/* Runs the daemon until SIGTERM or SIGINT under c (borrowed). Returns the
 * process exit status; when it is not 0, e says why (the caller prints it). */
int daemon_main(const daemon_config_t *c, err_t *e);

#endif
