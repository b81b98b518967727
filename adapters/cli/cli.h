/* cli: the seismo command line, a table of commands (one file per family).
 *
 * Each command gets argv with argv[0] set to its name, parses its own options
 * (getopt_long), and returns a process exit status (sysexits.h). */
#ifndef SEISMO_CLI_H
#define SEISMO_CLI_H

#include <jansson.h>
#include <stdio.h>

#include "../../core/buf.h"
#include "../../core/err.h"
#include "../../core/eventlog.h"
#include "../../core/store.h"
#include "../file/file.h"
#include "../store/store.h"

typedef struct cli_ctx_s {
    const char *prog;    /* borrowed: "seismo" */
    const char *db_path; /* borrowed: --db, $SEISMO_DB or ./seismo.db (a path or a libpq URI) */
    int durability;      /* STORE_DURABLE_FULL or STORE_DURABLE_NORMAL */
} cli_ctx_t;

typedef enum {
    CLI_FMT_TABLE,
    CLI_FMT_JSON,
    CLI_FMT_NDJSON,
    CLI_FMT_CSV,
    CLI_FMT_HTML
} cli_format_t;

/* One option of a command: what getopt, the man page and the completions read. */
typedef struct cli_opt_s {
    const char *name;   /* "since" (long form, without the dashes) */
    int has_arg;        /* no_argument or required_argument */
    int id;             /* the value getopt returns: a letter, or one of CLI_OPT_* below */
    const char *arg;    /* "DATE", NULL without an argument */
    const char *values; /* for completion: "table json" or a class ("@file", "@company",
                           "@type"), NULL when free */
    int many;           /* may be given more than once (--company and --type always may) */
} cli_opt_t;

/* The options one parser (cli_parse) handles the same way for every command. */
enum {
    CLI_OPT_FORMAT = 0x100, /* --format F, checked against the entry's formats */
    CLI_OPT_SINCE,          /* --since DATE */
    CLI_OPT_UNTIL,          /* --until DATE */
    CLI_OPT_COMPANY,        /* --company C (repeatable) */
    CLI_OPT_TYPE            /* --type T (repeatable) */
};

/* Flags of a command entry. */
#define CLI_NEEDS_DB     1u /* opens the database */
#define CLI_NEEDS_CAUGHT 2u /* catches the read models up before answering */
#define CLI_CREATES_DB   4u /* creates the database when missing */
#define CLI_HAS_SUBCMDS  8u /* the first argument is a subcommand */

typedef struct cli_cmd_s {
    const char *name;     /* "append" */
    const char *synopsis; /* "[FILE|-]" */
    const char *summary;  /* one line for `seismo --help` */
    const char *help;     /* the options, for `seismo CMD --help` */
    int (*run)(cli_ctx_t *ctx, int argc, char **argv);
    unsigned formats;      /* bit per cli_format_t its --format takes (0: no --format) */
    unsigned flags;        /* CLI_NEEDS_DB, ... */
    const cli_opt_t *opts; /* its options, ended by a NULL name; NULL: none */
    const char *operands;  /* completion of its operands: "@file", "@company", or its
                              subcommands ("import list"); NULL: none */
} cli_cmd_t;

/* What cli_parse() gathers from the shared options. */
#define CLI_MAX_COMPANIES 256
typedef struct cli_args_s {
    cli_format_t fmt;            /* CLI_FMT_TABLE unless --format */
    const char *since;           /* borrowed from argv; NULL when not given */
    const char *until;           /* borrowed from argv */
    int types[EVENT_TYPE_COUNT]; /* types[0] set: a filter is on; types[t]: keep t */
    int ntypes;
    const char *companies[CLI_MAX_COMPANIES]; /* borrowed from argv */
    size_t ncompanies;
} cli_args_t;

/* A command's own options: called for each option id that is not shared;
 * returns 0, or an exit status after printing the error. */
typedef int (*cli_opt_fn)(cli_ctx_t *ctx, void *arg, int id, const char *value);

/* Parses argv (borrowed) by cmd's option table: --format, --since, --until,
 * --company and --type into *a, the others through own (may be NULL); on
 * return *first is the index of the first operand. Returns 0, or the exit
 * status after printing one message (64 for usage). */
int cli_parse(cli_ctx_t *ctx, const cli_cmd_t *cmd, int argc, char **argv, cli_args_t *a,
              cli_opt_fn own, void *arg, int *first);
/* Returns 1 when option o (borrowed) may be given more than once. */
int cli_opt_many(const cli_opt_t *o);
/* Returns the command entry called name (borrowed), or NULL. */
const cli_cmd_t *cli_cmd_find(const char *name);
/* Returns the i-th command of every table (in `seismo --help` order), or NULL past the end. */
const cli_cmd_t *cli_cmd_at(size_t i);

/* Command tables, each ended by an entry with a NULL name. */
extern const cli_cmd_t cli_cmds_log[];
extern const cli_cmd_t cli_cmds_ingest[];
extern const cli_cmd_t cli_cmds_query[];
extern const cli_cmd_t cli_cmds_daemon[];
extern const cli_cmd_t cli_cmds_prices[];
extern const cli_cmd_t cli_cmds_copy[];
extern const cli_cmd_t cli_cmds_model[];
extern const cli_cmd_t cli_cmds_help[];

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
#define CLI_FMTS_REPORT (1u << CLI_FMT_JSON | 1u << CLI_FMT_HTML)

/* ---- the renderer of each format (out.c) ---- */

/* Kinds of column: how JSON types a cell and how a table aligns and elides it. */
enum { CLI_COL_STR, CLI_COL_NUM, CLI_COL_BOOL, CLI_COL_ID, CLI_COL_DATE /* never narrowed */ };
typedef struct cli_col_s {
    const char *name; /* JSON key and CSV header: "head_seq" */
    const char *head; /* table header: "HEAD" */
    int kind;         /* CLI_COL_* */
} cli_col_t;

#define CLI_OUT_MAX_COLS 24
typedef struct cli_out_s {
    cli_format_t fmt;
    const cli_col_t *cols; /* borrowed, outliving the output */
    int ncols;
    size_t rows;  /* rows put so far */
    char **cells; /* owned: table rows kept to size the columns */
    size_t kept;
    size_t w[CLI_OUT_MAX_COLS];
    int sized, header;
} cli_out_t;

/* Starts an output of ncols columns cols (borrowed) in fmt; o is caller storage. */
void cli_out_begin(cli_out_t *o, cli_format_t fmt, const cli_col_t *cols, int ncols);
/* Puts one row: ncols cells (borrowed; NULL is null in JSON, empty in CSV, "-" in a table).
 * Returns 0 or ERR_NOMEM. */
int cli_out_row(cli_out_t *o, const char *const *cells);
/* Ends the output (JSON's closing bracket, the table's last rows); returns 0 or ERR_IO. */
int cli_out_end(cli_out_t *o);
/* Prints one document doc (borrowed): indented JSON, one line (ndjson), or its
 * top-level scalars as key,value CSV. Returns 0 or ERR_IO. */
int cli_out_doc(const json_t *doc, cli_format_t fmt, err_t *e);
/* Writes s (borrowed, NULL is empty) as one CSV field to stdout, quoted when it
 * holds a comma, quote or line break; then a comma, or a newline when last. */
void cli_csv_field(const char *s, int last);
/* The terminal's width in columns, 0 when stdout is not a terminal ($COLUMNS wins). */
size_t cli_out_term_width(void);
/* Writes s (borrowed) into out (n bytes) cut to width characters with an
 * ellipsis: in the middle when middle is set (ids), else at the end. */
void cli_out_elide(const char *s, size_t width, int middle, char *out, size_t n);
/* Writes an amount for people: "2.8 mn USD", "1.16 bn EUR", "350 USD". */
void cli_fmt_amount(double v, const char *currency, char *out, size_t n);
/* Writes a signed percent with two decimals: "+1.50%". */
void cli_fmt_pct(double pct, char *out, size_t n);
/* Opens the store named by --db. create: make it if missing. On success *s is
 * owned by the caller (store_close). */
int cli_open(cli_ctx_t *ctx, int create, store_t **s, err_t *e);
/* Catches the projections of st (borrowed) up with its log (only: one of
 * them, or NULL for all), from seq 0 when rebuild is set; a progress bar on
 * stderr when it is a terminal. *applied (may be NULL) gets the events folded. */
int cli_catch_up(store_t *st, const char *only, int rebuild, long long *applied, err_t *e);
/* Opens the store and catches its read models up (a read-only one is answered
 * from as it is, with a warning); *st is owned by the caller (store_close). */
int cli_open_caught(cli_ctx_t *ctx, store_t **st, err_t *e);
/* Resolves an event id or a unique prefix of at least 8 hex digits (borrowed)
 * to the full id in out. Unknown: ERR_NOTFOUND; ambiguous: ERR_USAGE listing
 * the candidates; too short or not hex: ERR_USAGE. */
int cli_event_id(store_t *st, const char *arg, char out[65], err_t *e);
/* Returns 1 when stderr is a terminal (progress is shown only then). */
int cli_stderr_is_tty(void);
/* Prints the result of an append: "N appended, M already present (head seq S)". */
void cli_print_append_result(const char *what, const eventlog_result_t *r);
/* Streams events to stdout in one format: begin, put each, end. */
typedef struct cli_printer_s {
    cli_format_t fmt;
    size_t count;  /* events put so far */
    buf_t buf;     /* owned scratch */
    cli_out_t out; /* table and csv */
} cli_printer_t;

/* Prepares p (caller storage) for fmt (table, json, ndjson or csv). */
void cli_printer_begin(cli_printer_t *p, cli_format_t fmt);
/* Prints ev (borrowed); returns 0 or ERR_NOMEM. */
int cli_printer_put(cli_printer_t *p, const event_t *ev);
/* Closes the output (the JSON array's bracket) and releases p; returns 0 or ERR_IO. */
int cli_printer_end(cli_printer_t *p);
/* Prints events (borrowed) in fmt (table, json or ndjson) to stdout. */
int cli_print_events(const event_list_t *l, cli_format_t fmt, err_t *e);

#endif
