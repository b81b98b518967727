/* cli: the seismo command line, a table of commands (one file per family).
 *
 * Each command gets argv with argv[0] set to its name, parses its own options
 * (getopt_long), and returns a process exit status (sysexits.h). */
#ifndef SEISMO_CLI_H
#define SEISMO_CLI_H

#include <stdio.h>

#include "../../core/buf.h"
#include "../../core/err.h"
#include "../../core/eventlog.h"
#include "../../core/store.h"
#include "../store/store.h"

typedef struct cli_ctx_s {
    const char *prog;    /* borrowed: "seismo" */
    const char *db_path; /* borrowed: --db, $SEISMO_DB or ./seismo.db (a path or a libpq URI) */
    int durability;      /* STORE_DURABLE_FULL or STORE_DURABLE_NORMAL */
} cli_ctx_t;

typedef struct cli_cmd_s {
    const char *name;     /* "append" */
    const char *synopsis; /* "[FILE|-]" */
    const char *summary;  /* one line for `seismo --help` */
    const char *help;     /* the options, for `seismo CMD --help` */
    int (*run)(cli_ctx_t *ctx, int argc, char **argv);
} cli_cmd_t;

typedef enum { CLI_FMT_TABLE, CLI_FMT_JSON, CLI_FMT_NDJSON, CLI_FMT_CSV } cli_format_t;

/* Command tables, each ended by an entry with a NULL name. */
extern const cli_cmd_t cli_cmds_log[];
extern const cli_cmd_t cli_cmds_ingest[];
extern const cli_cmd_t cli_cmds_query[];
extern const cli_cmd_t cli_cmds_daemon[];
extern const cli_cmd_t cli_cmds_prices[];
extern const cli_cmd_t cli_cmds_copy[];
extern const cli_cmd_t cli_cmds_model[];

/* Prints the projections' checkpoints and lag for `status` (cmd_query.c). */
int cli_status_extra(cli_ctx_t *ctx, store_t *s, err_t *e);

/* Prints the usage of cmd to stdout (help) or stderr (error); returns 0 or 64. */
int cli_usage(const cli_ctx_t *ctx, const cli_cmd_t *cmd, int is_error);
/* Prints "seismo: MESSAGE" for e to stderr and returns its exit status. */
int cli_fail(const cli_ctx_t *ctx, const err_t *e);
/* Prints "seismo: <printf message>" to stderr and returns status. */
int cli_failf(const cli_ctx_t *ctx, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Parses s (borrowed) as a --format value allowed by mask (bit per cli_format_t); returns 0 or -1.
 */
int cli_format_parse(const char *s, unsigned mask, cli_format_t *out);
/* Parses a --format option (arg borrowed) into *out; on a bad value prints the
 * formats mask allows and returns 64 (usage), else 0. */
int cli_format_option(const cli_ctx_t *ctx, const char *arg, unsigned mask, cli_format_t *out);

#define CLI_FMTS_ALL    0xFu /* table, json, ndjson, csv */
#define CLI_FMTS_NO_CSV (1u << CLI_FMT_TABLE | 1u << CLI_FMT_JSON | 1u << CLI_FMT_NDJSON)
/* Opens the store named by --db. create: make it if missing. On success *s is
 * owned by the caller (store_close). */
int cli_open(cli_ctx_t *ctx, int create, store_t **s, err_t *e);
/* Returns 1 when stderr is a terminal (progress is shown only then). */
int cli_stderr_is_tty(void);
/* Reads all of path (borrowed; "-" is stdin) into *out (owned by caller, NUL-terminated
 * after *len bytes). Files over max bytes fail with ERR_DATA. */
int cli_read_file(const char *path, size_t max, char **out, size_t *len, err_t *e);
/* Prints the result of an append: "N appended, M already present (head seq S)". */
void cli_print_append_result(const char *what, const eventlog_result_t *r);
/* Streams events to stdout in one format: begin, put each, end. */
typedef struct cli_printer_s {
    cli_format_t fmt;
    size_t count; /* events put so far */
    buf_t buf;    /* owned scratch */
} cli_printer_t;

/* Prepares p (caller storage) for fmt (table, json or ndjson). */
void cli_printer_begin(cli_printer_t *p, cli_format_t fmt);
/* Prints ev (borrowed); returns 0 or ERR_NOMEM. */
int cli_printer_put(cli_printer_t *p, const event_t *ev);
/* Closes the output (the JSON array's bracket) and releases p. */
void cli_printer_end(cli_printer_t *p);
/* Prints events (borrowed) in fmt (table, json or ndjson) to stdout. */
int cli_print_events(const event_list_t *l, cli_format_t fmt, err_t *e);

#endif
