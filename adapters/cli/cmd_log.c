/* init, append, events, verify, status: the event log from the command line. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/date.h"
#include "../../core/mem.h"
#include "../json/codec.h"
#include "cli.h"

#define CMD_LOG_MAX_INPUT ((size_t)1 << 30) /* 1 GiB of NDJSON in one call */

static int cmd_parse_ll(const char *s, long long min, long long *out)
{
    char *end;
    long long v;

    if (!s || !*s) return -1;
    errno = 0;
    v = strtoll(s, &end, 10);
    if (*end || errno == ERANGE || v < min) return -1;
    *out = v;
    return 0;
}

static int cmd_init(cli_ctx_t *ctx, int argc, char **argv)
{
    store_info_t info;
    err_t e = {0};
    store_t *s;
    int rc;

    if (argc > 1) return cli_failf(ctx, 64, "init takes no arguments (got '%s')", argv[1]);
    if ((rc = cli_open(ctx, 1, &s, &e))) return cli_fail(ctx, &e);
    rc = store_info(s, &info, &e);
    store_close(s);
    if (rc) return cli_fail(ctx, &e);
    printf("%s: schema version %d\n", info.location, info.schema);
    return 0;
}

/* Parses every line of text as an event into batch; reports the first bad line. */
static int cmd_append_parse(const char *name, char *text, size_t len, event_list_t *batch, err_t *e)
{
    size_t line = 0;
    char *p = text, *end = text + len;

    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        event_t ev;
        int col = 0, rc;
        size_t lead = 0;

        line++;
        while (lead < n && (p[lead] == ' ' || p[lead] == '\t' || p[lead] == '\r')) lead++;
        if (lead < n) {
            rc = codec_event_parse(p, n, CODEC_INPUT, &ev, &col, e);
            if (rc == 0) rc = event_validate(&ev, e);
            if (rc == 0 && event_list_push(batch, &ev)) rc = err_set(e, ERR_NOMEM, "out of memory");
            event_release(&ev);
            if (rc) {
                if (col) return err_wrap(e, "%s:%zu:%d", name, line, col);
                return err_wrap(e, "%s:%zu", name, line);
            }
        }
        p += n + 1;
    }
    return 0;
}

static int cmd_append(cli_ctx_t *ctx, int argc, char **argv)
{
    static const struct option opts[] = {{"expect-head", required_argument, NULL, 'x'},
                                         {NULL, 0, NULL, 0}};
    long long expected = EVENTLOG_NO_EXPECTED;
    const char *path = "-";
    err_t e = {0};
    event_list_t batch;
    eventlog_result_t res;
    store_t *s = NULL;
    char *text = NULL;
    size_t len;
    int c, status = 0;

    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (c == 'x' && cmd_parse_ll(optarg, 0, &expected) == 0) continue;
        if (c == 'x') return cli_failf(ctx, 64, "--expect-head needs a seq (0 or more)");
        return cli_failf(ctx, 64, "append: unknown option; try 'seismo append --help'");
    }
    if (argc - optind > 1) return cli_failf(ctx, 64, "append takes one FILE (or - for stdin)");
    if (optind < argc) path = argv[optind];
    event_list_init(&batch);
    if (cli_read_file(path, CMD_LOG_MAX_INPUT, &text, &len, &e) ||
        cmd_append_parse(strcmp(path, "-") ? path : "<stdin>", text, len, &batch, &e)) {
        status = cli_fail(ctx, &e);
        if (e.code == ERR_DATA)
            fprintf(stderr, "%s: nothing of this input was appended\n", ctx->prog);
        goto done;
    }
    if (cli_open(ctx, 1, &s, &e) || eventlog_append(&s->log, &batch, expected, &res, &e)) {
        status = cli_fail(ctx, &e);
        goto done;
    }
    cli_print_append_result(NULL, &res);
done:
    store_close(s);
    event_list_release(&batch);
    mem_free(text);
    return status;
}

typedef struct cmd_events_state_s {
    cli_printer_t printer;
} cmd_events_state_t;

static int cmd_events_each(void *arg, const event_t *ev)
{
    cmd_events_state_t *st = arg;
    return cli_printer_put(&st->printer, ev);
}

static int cmd_events(cli_ctx_t *ctx, int argc, char **argv)
{
    static const struct option opts[] = {
        {"company", required_argument, NULL, 'c'}, {"type", required_argument, NULL, 't'},
        {"since", required_argument, NULL, 's'},   {"until", required_argument, NULL, 'u'},
        {"after", required_argument, NULL, 'a'},   {"limit", required_argument, NULL, 'l'},
        {"format", required_argument, NULL, 'f'},  {NULL, 0, NULL, 0}};
    event_type_t types[EVENT_TYPE_COUNT];
    eventlog_query_t q = {0};
    cli_format_t fmt = CLI_FMT_TABLE;
    cmd_events_state_t st;
    err_t e = {0};
    store_t *s = NULL;
    int c, rc;

    q.types = types;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'c':
            q.company = optarg;
            break;
        case 't':
            if ((types[q.ntypes] = event_type_from_name(optarg)) == EVENT_NONE)
                return cli_failf(ctx, 64, "--type: unknown event type '%s'", optarg);
            if (q.ntypes + 1 < EVENT_TYPE_COUNT) q.ntypes++;
            break;
        case 's':
        case 'u':
            if (!date_is_iso(optarg))
                return cli_failf(ctx, 64, "--%s: '%s' is not a YYYY-MM-DD date",
                                 c == 's' ? "since" : "until", optarg);
            if (c == 's')
                q.since = optarg;
            else
                q.until = optarg;
            break;
        case 'a':
            if (cmd_parse_ll(optarg, 0, &q.after)) return cli_failf(ctx, 64, "--after needs a seq");
            break;
        case 'l':
            if (cmd_parse_ll(optarg, 1, &q.limit))
                return cli_failf(ctx, 64, "--limit needs a positive number");
            break;
        case 'f':
            if (cli_format_option(ctx, optarg, CLI_FMTS_NO_CSV, &fmt)) return 64;
            break;
        default:
            return cli_failf(ctx, 64, "events: unknown option; try 'seismo events --help'");
        }
    }
    if (optind < argc) return cli_failf(ctx, 64, "events: unexpected argument '%s'", argv[optind]);
    if (cli_open(ctx, 0, &s, &e)) return cli_fail(ctx, &e);
    cli_printer_begin(&st.printer, fmt);
    rc = eventlog_scan(&s->log, &q, cmd_events_each, &st, &e);
    cli_printer_end(&st.printer);
    store_close(s);
    if (rc == ERR_NOMEM && !e.code) err_set(&e, ERR_NOMEM, "out of memory");
    return rc ? cli_fail(ctx, &e) : 0;
}

static int cmd_verify(cli_ctx_t *ctx, int argc, char **argv)
{
    char file[1024];
    eventlog_verify_t r;
    err_t e = {0};
    store_t *s;
    int rc;

    if (argc > 1) return cli_failf(ctx, 64, "verify takes no arguments (got '%s')", argv[1]);
    if (cli_open(ctx, 0, &s, &e)) return cli_fail(ctx, &e);
    /* The file first (its pages and indexes), then the chain. */
    if ((rc = store_check(s, file, sizeof file, &e))) goto done;
    if (strncmp(file, "note: ", 6) == 0) {
        fprintf(stderr, "%s: %s\n", ctx->prog, file);
        file[0] = 0;
    }
    rc = eventlog_verify(&s->log, &r, &e);
    if (rc && !file[0]) goto done;
    if (rc) { /* the damage stopped the walk: the file check has named it */
        snprintf(r.problem, sizeof r.problem, "%s", e.msg);
        err_clear(&e);
        rc = 0;
    }
    if (file[0] || r.bad_seq) {
        char why[1200];
        if (file[0]) {
            fprintf(stderr, "%s: verify failed: the database file is damaged: %s\n", ctx->prog,
                    file);
            printf("FAILED: the database file is damaged: %s\n", file);
        }
        if (r.bad_seq) {
            fprintf(stderr, "%s: verify failed at seq %lld: %s\n", ctx->prog, r.bad_seq, r.problem);
            printf("FAILED at seq %lld (%lld events before it verified)\n", r.bad_seq, r.head_seq);
        }
        if (file[0])
            snprintf(why, sizeof why, "file damaged: %.900s", file);
        else
            snprintf(why, sizeof why, "chain broken at seq %lld: %.900s", r.bad_seq, r.problem);
        /* Writes stay refused until a verify passes (store_mark_broken). */
        if (store_mark_broken(s, why, &e)) fprintf(stderr, "%s: warning: %s\n", ctx->prog, e.msg);
        store_close(s);
        return 65;
    }
    if ((rc = store_mark_broken(s, NULL, &e))) goto done;
    printf("ok: %lld events verified, head seq %lld hash %s\n", r.events, r.head_seq,
           r.head_seq ? r.head_hash : "(empty log)");
done:
    store_close(s);
    return rc ? cli_fail(ctx, &e) : 0;
}

static int cmd_status(cli_ctx_t *ctx, int argc, char **argv)
{
    char hash[65];
    long long seq, count = 0;
    store_info_t info;
    err_t e = {0};
    store_t *s;
    int rc;

    if (argc > 1) return cli_failf(ctx, 64, "status takes no arguments (got '%s')", argv[1]);
    if (cli_open(ctx, 0, &s, &e)) return cli_fail(ctx, &e);
    if ((rc = eventlog_head(&s->log, &seq, hash, &e)) ||
        (rc = eventlog_count(&s->log, &count, &e)) || (rc = store_info(s, &info, &e)))
        goto done;
    printf("database:  %s\n", info.location);
    printf("schema:    %d (this seismo: %d)\n", info.schema, info.schema_latest);
    printf("head:      seq %lld%s%s\n", seq, seq ? " hash " : " (empty log)", seq ? hash : "");
    printf("events:    %lld\n", count);
    rc = cli_status_extra(ctx, s, &e);
done:
    store_close(s);
    return rc ? cli_fail(ctx, &e) : 0;
}

const cli_cmd_t cli_cmds_log[] = {
    {"init", "", "Create the database, or upgrade it to this seismo's schema.", "", cmd_init},
    {"append", "[--expect-head SEQ] [FILE|-]",
     "Append NDJSON events (one atomic batch; idempotent by id).",
     "Each line is an event envelope without seq, hash fields and recorded_at;\n"
     "id is optional and derived from the content when absent. A malformed line\n"
     "is reported as FILE:LINE:COLUMN and nothing of the input is appended (exit 65).\n\n"
     "  --expect-head SEQ   append only if the log head is still SEQ (else exit 75)\n",
     cmd_append},
    {"events",
     "[--company C] [--type T]... [--since DATE] [--until DATE] [--after SEQ] [--limit N] "
     "[--format table|json|ndjson]",
     "List events from the log in seq order.",
     "  --company C    events naming company C (canonical id, case-insensitive)\n"
     "  --type T       only events of type T (repeatable)\n"
     "  --since DATE   occurred on or after DATE (YYYY-MM-DD)\n"
     "  --until DATE   occurred on or before DATE\n"
     "  --after SEQ    only events with seq > SEQ\n"
     "  --limit N      at most N events\n"
     "  --format F     table (default), json (an array) or ndjson (canonical, one a line)\n",
     cmd_events},
    {"verify", "", "Check the database file and walk the hash chain; name what is broken.",
     "Checks the file (SQLite: PRAGMA quick_check; PostgreSQL: amcheck when installed),\n"
     "then walks the chain. Exit 0 printing the head seq and hash, or exit 65 naming\n"
     "the damaged table or index and the first bad seq. A failed verify is recorded:\n"
     "writes are refused until the database is repaired and a verify passes\n"
     "(docs/robustness.md, 'Repairing a damaged database').\n",
     cmd_verify},
    {"status", "", "Show the database path, schema version, head and event count.", "", cmd_status},
    {NULL, NULL, NULL, NULL, NULL},
};
