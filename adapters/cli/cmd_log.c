/* init, append, events, verify, status, retract, rebuild: the event log from the command line. */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../core/date.h"
#include "../../core/mem.h"
#include "../../core/proj.h"
#include "../json/codec.h"
#include "../query/query.h"
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

static int cmd_append_opt(cli_ctx_t *ctx, void *arg, int id, const char *v)
{
    (void)id;
    if (cmd_parse_ll(v, 0, arg) == 0) return 0;
    return cli_failf(ctx, 64, "--expect-head needs a seq (0 or more), not '%s'", v);
}

static int cmd_append(cli_ctx_t *ctx, int argc, char **argv)
{
    long long expected = EVENTLOG_NO_EXPECTED;
    const char *path = "-";
    err_t e = {0};
    event_list_t batch;
    eventlog_result_t res;
    store_t *s = NULL;
    char *text = NULL;
    size_t len;
    cli_args_t a;
    int status = 0, first;

    if ((status =
             cli_parse(ctx, &cli_cmds_log[1], argc, argv, &a, cmd_append_opt, &expected, &first)))
        return status;
    if (argc - first > 1) return cli_failf(ctx, 64, "append takes one FILE (or - for stdin)");
    if (first < argc) path = argv[first];
    event_list_init(&batch);
    if (file_read_all(path, CMD_LOG_MAX_INPUT, &text, &len, &e) ||
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

typedef struct cmd_events_opts_s {
    eventlog_query_t q;
} cmd_events_opts_t;

static int cmd_events_opt(cli_ctx_t *ctx, void *arg, int id, const char *v)
{
    cmd_events_opts_t *o = arg;

    if (id == 'a' && cmd_parse_ll(v, 0, &o->q.after) == 0) return 0;
    if (id == 'a') return cli_failf(ctx, 64, "--after needs a seq (0 or more), not '%s'", v);
    if (id == 'l' && cmd_parse_ll(v, 1, &o->q.limit) == 0) return 0;
    return cli_failf(ctx, 64, "--limit needs a positive number, not '%s'", v);
}

static int cmd_events_each(void *arg, const event_t *ev)
{
    return cli_printer_put(arg, ev);
}

static int cmd_events(cli_ctx_t *ctx, int argc, char **argv)
{
    event_type_t types[EVENT_TYPE_COUNT];
    cmd_events_opts_t o;
    cli_printer_t printer;
    cli_args_t a;
    char *id = NULL;
    err_t e = {0};
    store_t *s = NULL;
    int rc, first;

    memset(&o, 0, sizeof o);
    if ((rc = cli_parse(ctx, &cli_cmds_log[2], argc, argv, &a, cmd_events_opt, &o, &first)))
        return rc;
    if (first < argc) return cli_failf(ctx, 64, "events: unexpected argument '%s'", argv[first]);
    if (a.ncompanies > 1) return cli_failf(ctx, 64, "events: one --company at a time");
    o.q.types = types;
    for (int t = 1; t < EVENT_TYPE_COUNT; t++)
        if (a.types[t]) types[o.q.ntypes++] = (event_type_t)t;
    o.q.since = a.since;
    o.q.until = a.until;
    if (a.ncompanies) {
        /* The name is resolved as every query resolves it: unknown is exit 65 with close matches.
         */
        query_t qq;
        if (cli_open_caught(ctx, &s, &e)) return cli_fail(ctx, &e);
        query_init(&qq, s);
        if ((rc = query_resolve(&qq, a.companies[0], &id, &e))) {
            store_close(s);
            return cli_fail(ctx, &e);
        }
        o.q.company = id;
    } else if (cli_open(ctx, 0, &s, &e)) {
        return cli_fail(ctx, &e);
    }
    cli_printer_begin(&printer, a.fmt);
    rc = eventlog_scan(&s->log, &o.q, cmd_events_each, &printer, &e);
    if (cli_printer_end(&printer) && !rc) rc = err_set(&e, ERR_IO, "writing output failed");
    store_close(s);
    mem_free(id);
    if (rc == ERR_NOMEM && !e.code) err_set(&e, ERR_NOMEM, "out of memory");
    return rc ? cli_fail(ctx, &e) : 0;
}

/* The file check of verify on a connection of its own, on a thread of its
 * own: it reads every page of the store (SQLite's quick_check was a quarter
 * of verify on a 100k-event log) while the main thread walks the chain on the
 * first connection, so the two overlap instead of adding up. */
typedef struct cmd_verify_file_s {
    const char *uri; /* borrowed */
    store_opts_t o;  /* read-only */
    char problem[1024];
    err_t e;
    int opened; /* the second connection opened */
    int rc;
} cmd_verify_file_t;

static void *cmd_verify_file(void *arg)
{
    cmd_verify_file_t *f = arg;
    store_t *s = NULL;

    f->problem[0] = 0;
    if ((f->rc = store_open(f->uri, &f->o, &s, &f->e))) return NULL;
    f->opened = 1;
    f->rc = store_check(s, f->problem, sizeof f->problem, &f->e);
    store_close(s);
    return NULL;
}

static int cmd_verify(cli_ctx_t *ctx, int argc, char **argv)
{
    store_opts_t o = {STORE_OPEN_SCAN, ctx->durability};
    cmd_verify_file_t fc;
    pthread_t th;
    int threaded;
    char file[1024];
    eventlog_verify_t r;
    cli_args_t a;
    err_t e = {0};
    store_t *s;
    json_t *doc;
    int rc, first, bad;

    memset(&r, 0, sizeof r);
    if ((rc = cli_parse(ctx, &cli_cmds_log[3], argc, argv, &a, NULL, NULL, &first))) return rc;
    if (first < argc)
        return cli_failf(ctx, 64, "verify takes no arguments (got '%s')", argv[first]);
    /* The file (its pages and indexes) on a second connection, beside the chain
     * walk on the first; the file check's answer comes first. Without a second
     * connection or thread, the file is checked on the first after the walk.
     * The second connection is opened while the first is (on PostgreSQL each
     * is a server process started and a handshake, and on a small log the
     * file check, not the walk, is what verify waits for). */
    memset(&fc, 0, sizeof fc);
    fc.uri = ctx->db_path;
    fc.o.flags = STORE_OPEN_READONLY | STORE_OPEN_SCAN;
    fc.o.durability = ctx->durability;
    threaded = pthread_create(&th, NULL, cmd_verify_file, &fc) == 0;
    /* verify reads every page: the engine may map the file rather than copy each page */
    if (store_open(ctx->db_path, &o, &s, &e)) {
        if (threaded) pthread_join(th, NULL);
        err_clear(&fc.e);
        return cli_fail(ctx, &e);
    }
    rc = eventlog_verify(&s->log, &r, &e);
    if (threaded) pthread_join(th, NULL);
    if (!threaded || !fc.opened) {
        err_clear(&fc.e);
        fc.rc = store_check(s, fc.problem, sizeof fc.problem, &fc.e);
    }
    if (fc.rc) {
        rc = fc.rc;
        e = fc.e;
        goto done;
    }
    snprintf(file, sizeof file, "%s", fc.problem);
    if (strncmp(file, "note: ", 6) == 0) {
        fprintf(stderr, "%s: %s\n", ctx->prog, file);
        file[0] = 0;
    }
    if (rc && !file[0]) goto done;
    if (rc) { /* the damage stopped the walk: the file check has named it */
        snprintf(r.problem, sizeof r.problem, "%s", e.msg);
        err_clear(&e);
        rc = 0;
    }
    bad = file[0] || r.bad;
    if (bad) {
        char why[1200];
        if (file[0])
            fprintf(stderr, "%s: verify failed: the database file is damaged: %s\n", ctx->prog,
                    file);
        if (r.bad)
            fprintf(stderr, "%s: verify failed at seq %lld: %s\n", ctx->prog, r.bad_seq, r.problem);
        if (file[0])
            snprintf(why, sizeof why, "file damaged: %.900s", file);
        else
            snprintf(why, sizeof why, "chain broken at seq %lld: %.900s", r.bad_seq, r.problem);
        /* Writes stay refused until a verify passes (store_mark_broken). */
        if (store_mark_broken(s, why, &e)) {
            fprintf(stderr, "%s: warning: %s\n", ctx->prog, e.msg);
            err_clear(&e);
        }
    } else if ((rc = store_mark_broken(s, NULL, &e))) {
        goto done;
    }
    store_close(s);
    if (a.fmt == CLI_FMT_TABLE) {
        if (file[0]) printf("FAILED: the database file is damaged: %s\n", file);
        if (r.bad)
            printf("FAILED at seq %lld (%lld events before it verified)\n", r.bad_seq, r.head_seq);
        if (!bad)
            printf("ok: %lld events verified, head seq %lld hash %s\n", r.events, r.head_seq,
                   r.head_seq ? r.head_hash : "(empty log)");
        return bad ? 65 : 0;
    }
    doc = json_pack("{s:b, s:I, s:I, s:s?}", "ok", !bad, "events", (json_int_t)r.events, "head_seq",
                    (json_int_t)r.head_seq, "head_hash", r.head_seq ? r.head_hash : NULL);
    if (doc && r.bad) {
        json_object_set_new(doc, "bad_seq", json_integer(r.bad_seq));
        json_object_set_new(doc, "problem", json_string(r.problem));
    }
    if (doc && file[0]) json_object_set_new(doc, "file_problem", json_string(file));
    if (!doc) return cli_failf(ctx, 71, "out of memory");
    rc = cli_out_doc(doc, a.fmt, &e);
    json_decref(doc);
    if (rc) return cli_fail(ctx, &e);
    return bad ? 65 : 0;
done:
    store_close(s);
    return rc ? cli_fail(ctx, &e) : 0;
}

/* The status of s (borrowed) as a document; *out owned by the caller. */
static int cmd_status_doc(store_t *s, json_t **out, err_t *e)
{
    proj_status_t st[8];
    char hash[65];
    long long seq, count = 0;
    store_info_t info;
    json_t *doc, *projs;
    int rc;

    *out = NULL;
    if (proj_def_count > 8) return err_set(e, ERR_INTERNAL, "too many projections");
    if ((rc = eventlog_head(&s->log, &seq, hash, e)) || (rc = eventlog_count(&s->log, &count, e)) ||
        (rc = store_info(s, &info, e)) || (rc = proj_status(&s->rm, st, e)))
        return rc;
    projs = json_array();
    doc = json_pack("{s:s, s:s, s:i, s:i, s:I, s:s?, s:I, s:o}", "database", info.location,
                    "engine", info.engine ? info.engine : "", "schema", info.schema,
                    "schema_latest", info.schema_latest, "head_seq", (json_int_t)seq, "head_hash",
                    seq ? hash : NULL, "events", (json_int_t)count, "projections", projs);
    if (!doc) return err_set(e, ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < proj_def_count; i++) {
        const char *state = st[i].stored == 0               ? "never_run"
                            : st[i].stored != st[i].version ? "outdated"
                                                            : "ok";
        json_t *p = json_pack(
            "{s:s, s:i, s:i, s:I, s:I, s:s}", "name", st[i].name, "version", st[i].version,
            "stored_version", st[i].stored, "checkpoint_seq", (json_int_t)st[i].last_seq, "lag",
            (json_int_t)(seq - (st[i].stored ? st[i].last_seq : 0)), "state", state);
        if (!p || json_array_append_new(projs, p)) {
            json_decref(doc);
            return err_set(e, ERR_NOMEM, "out of memory");
        }
    }
    *out = doc;
    return 0;
}

static int cmd_status(cli_ctx_t *ctx, int argc, char **argv)
{
    cli_args_t a;
    err_t e = {0};
    store_t *s;
    json_t *doc = NULL, *p;
    size_t i;
    int rc, first;

    if ((rc = cli_parse(ctx, &cli_cmds_log[4], argc, argv, &a, NULL, NULL, &first))) return rc;
    if (first < argc)
        return cli_failf(ctx, 64, "status takes no arguments (got '%s')", argv[first]);
    if (cli_open(ctx, 0, &s, &e)) return cli_fail(ctx, &e);
    rc = cmd_status_doc(s, &doc, &e);
    store_close(s);
    if (rc) return cli_fail(ctx, &e);
    if (a.fmt != CLI_FMT_TABLE) {
        rc = cli_out_doc(doc, a.fmt, &e);
    } else {
        long long seq = json_integer_value(json_object_get(doc, "head_seq"));
        printf("database:  %s\n", json_string_value(json_object_get(doc, "database")));
        printf("schema:    %lld (this seismo: %lld)\n",
               json_integer_value(json_object_get(doc, "schema")),
               json_integer_value(json_object_get(doc, "schema_latest")));
        printf("head:      seq %lld%s%s\n", seq, seq ? " hash " : " (empty log)",
               seq ? json_string_value(json_object_get(doc, "head_hash")) : "");
        printf("events:    %lld\n", json_integer_value(json_object_get(doc, "events")));
        printf("projections:\n");
        json_array_foreach(json_object_get(doc, "projections"), i, p)
        {
            const char *name = json_string_value(json_object_get(p, "name")),
                       *state = json_string_value(json_object_get(p, "state"));
            long long v = json_integer_value(json_object_get(p, "version")),
                      sv = json_integer_value(json_object_get(p, "stored_version")),
                      cp = json_integer_value(json_object_get(p, "checkpoint_seq")),
                      lag = json_integer_value(json_object_get(p, "lag"));
            if (strcmp(state, "never_run") == 0)
                printf("  %-10s v%lld  never run, lag %lld (catches up on the next query)\n", name,
                       v, lag);
            else if (strcmp(state, "outdated") == 0)
                printf("  %-10s v%lld  built by v%lld at seq %lld: rebuilds on the next query\n",
                       name, v, sv, cp);
            else
                printf("  %-10s v%lld  checkpoint seq %lld, lag %lld\n", name, v, cp, lag);
        }
    }
    json_decref(doc);
    return rc ? cli_fail(ctx, &e) : 0;
}

/* ---- retract, rebuild ------------------------------------------------------- */

typedef struct cmd_retracted_s {
    const char *target;
    long long by; /* seq of a retraction of target, 0 when none */
} cmd_retracted_t;

static int cmd_retracted_each(void *arg, const event_t *ev)
{
    cmd_retracted_t *r = arg;
    const char *t = event_get_str(ev, "target");

    if (t && strcmp(t, r->target) == 0) {
        r->by = ev->seq;
        return 1; /* found: stop */
    }
    return 0;
}

static int cmd_retract_opt(cli_ctx_t *ctx, void *arg, int id, const char *v)
{
    (void)ctx;
    (void)id;
    *(const char **)arg = v;
    return 0;
}

static int cmd_retract(cli_ctx_t *ctx, int argc, char **argv)
{
    static const event_type_t rtype[] = {EVENT_RETRACTION};
    const char *reason = NULL;
    char target[65];
    eventlog_result_t res;
    eventlog_query_t rq = {0};
    cmd_retracted_t done = {target, 0};
    event_list_t batch;
    event_t old, *ev;
    cli_args_t a;
    err_t e = {0};
    store_t *s = NULL;
    int rc, first;

    if ((rc = cli_parse(ctx, &cli_cmds_log[5], argc, argv, &a, cmd_retract_opt, &reason, &first)))
        return rc;
    if (argc - first != 1) return cli_failf(ctx, 64, "retract takes one EVENT_ID");
    if (!reason || !*reason) return cli_failf(ctx, 64, "retract needs --reason TEXT");
    event_init(&old);
    event_list_init(&batch);
    if (cli_open_caught(ctx, &s, &e)) return cli_fail(ctx, &e);
    if ((rc = cli_event_id(s, argv[first], target, &e))) goto out;
    if ((rc = eventlog_get(&s->log, target, &old, &e))) goto out;
    if (old.type == EVENT_RETRACTION) {
        rc = err_set(&e, ERR_DATA, "event %s is a retraction; retractions cannot be retracted",
                     target);
        goto out;
    }
    /* Retracting twice adds nothing: the first retraction already took it out. */
    rq.types = rtype;
    rq.ntypes = 1;
    rc = eventlog_scan(&s->log, &rq, cmd_retracted_each, &done, &e);
    if (rc == 1) rc = 0;
    if (rc) goto out;
    if (done.by) {
        printf("%s is already retracted (by event seq %lld); nothing appended\n", target, done.by);
        goto out;
    }
    if (!(ev = event_list_add(&batch))) goto nomem;
    ev->type = EVENT_RETRACTION;
    if (event_set_str(ev, "target", target) || event_set_str(ev, "reason", reason)) goto nomem;
    for (size_t i = 0; i < old.ncompanies; i++) {
        const event_company_t *co = &old.companies[i];
        if (event_add_company(ev, co->id, co->name, co->ticker, NULL)) goto nomem;
    }
    if ((rc = eventlog_append(&s->log, &batch, EVENTLOG_NO_EXPECTED, &res, &e))) goto out;
    if ((rc = cli_catch_up(s, NULL, 0, NULL, &e))) goto out;
    if (res.appended)
        printf("retracted %s (%s %s) by event seq %lld\n", target, event_type_name(old.type),
               old.occurred_on[0] ? old.occurred_on : "undated", batch.items[0].seq);
    else
        printf("%s was already retracted with this reason (head seq %lld)\n", target, res.head_seq);
    goto out;
nomem:
    rc = err_set(&e, ERR_NOMEM, "out of memory");
out:
    event_release(&old);
    event_list_release(&batch);
    store_close(s);
    return rc ? cli_fail(ctx, &e) : 0;
}

static int cmd_rebuild(cli_ctx_t *ctx, int argc, char **argv)
{
    store_opts_t so = {STORE_OPEN_SCAN, 0};
    const char *only = NULL;
    long long applied = 0;
    struct timespec t0, t1;
    cli_args_t a;
    err_t e = {0};
    store_t *st = NULL;
    double secs;
    int rc, first;

    if ((rc = cli_parse(ctx, &cli_cmds_log[6], argc, argv, &a, NULL, NULL, &first))) return rc;
    if (argc - first > 1) return cli_failf(ctx, 64, "rebuild takes at most one projection NAME");
    if (argc - first == 1) {
        only = argv[first];
        if (!proj_def_find(only)) {
            buf_t names;
            buf_init(&names);
            for (size_t i = 0; i < proj_def_count; i++)
                buf_printf(&names, "%s%s", i ? ", " : "", proj_defs[i].name);
            rc = cli_failf(ctx, 64, "rebuild: no projection called '%s' (known: %s)", only,
                           buf_str(&names));
            buf_release(&names);
            return rc;
        }
    }
    /* The store is used by this thread alone and read whole: SQLite need not
     * lock the connection on every bind and step (3% of a rebuild). */
    so.durability = ctx->durability;
    if (store_open(ctx->db_path, &so, &st, &e)) return cli_fail(ctx, &e);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    rc = cli_catch_up(st, only, 1, &applied, &e);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (!rc)
        printf("rebuilt %s: %lld events in %.2f s (%.0f events/s)\n",
               only ? only : "all projections", applied, secs,
               secs > 0 ? (double)applied / secs : 0.0);
    store_close(st);
    return rc ? cli_fail(ctx, &e) : 0;
}

#define CMD_FMT_OPT                                                 \
    {                                                               \
        "format", required_argument, CLI_OPT_FORMAT, "F", "@format" \
    }

static const cli_opt_t cmd_append_opts[] = {{"expect-head", required_argument, 'x', "SEQ", NULL},
                                            {NULL, 0, 0, NULL, NULL}};
static const cli_opt_t cmd_events_opts[] = {
    {"company", required_argument, CLI_OPT_COMPANY, "C", "@company"},
    {"type", required_argument, CLI_OPT_TYPE, "T", "@type"},
    {"since", required_argument, CLI_OPT_SINCE, "DATE", NULL},
    {"until", required_argument, CLI_OPT_UNTIL, "DATE", NULL},
    {"after", required_argument, 'a', "SEQ", NULL},
    {"limit", required_argument, 'l', "N", NULL},
    CMD_FMT_OPT,
    {NULL, 0, 0, NULL, NULL}};
static const cli_opt_t cmd_fmt_opts[] = {CMD_FMT_OPT, {NULL, 0, 0, NULL, NULL}};
static const cli_opt_t cmd_retract_opts[] = {{"reason", required_argument, 'r', "TEXT", NULL},
                                             {NULL, 0, 0, NULL, NULL}};

/* Order matters: the commands find their own entry by index. */
const cli_cmd_t cli_cmds_log[] = {
    {"init", "", "Create the database, or upgrade it to this seismo's schema.", "", cmd_init, 0,
     CLI_NEEDS_DB | CLI_CREATES_DB, NULL},
    {"append", "[--expect-head SEQ] [FILE|-]",
     "Append NDJSON events (one atomic batch; idempotent by id).",
     "Each line is an event envelope without seq, hash fields and recorded_at;\n"
     "id is optional and derived from the content when absent. A malformed line\n"
     "is reported as FILE:LINE:COLUMN and nothing of the input is appended (exit 65).\n\n"
     "  --expect-head SEQ   append only if the log head is still SEQ (else exit 75)\n",
     cmd_append, 0, CLI_NEEDS_DB | CLI_CREATES_DB, cmd_append_opts, "@file"},
    {"events",
     "[--company C] [--type T]... [--since DATE] [--until DATE] [--after SEQ] [--limit N] "
     "[--format table|json|ndjson|csv]",
     "List events from the log in seq order.",
     "  --company C    events naming company C (an id, ticker or name; an unknown one\n"
     "                 exits 65 naming close matches)\n"
     "  --type T       only events of type T (repeatable)\n"
     "  --since DATE   occurred on or after DATE (YYYY-MM-DD)\n"
     "  --until DATE   occurred on or before DATE\n"
     "  --after SEQ    only events with seq > SEQ\n"
     "  --limit N      at most N events\n"
     "  --format F     table (default), json (an array), ndjson (canonical, one a line)\n"
     "                 or csv (seq, id, date, type, companies, figure, source, sentence)\n"
     "The table shows the first 12 hex digits of each id; any unique prefix of 8 or\n"
     "more names the event (retract).\n",
     cmd_events, CLI_FMTS_ALL, CLI_NEEDS_DB, cmd_events_opts},
    {"verify", "[--format table|json|ndjson|csv]",
     "Check the database file and walk the hash chain; name what is broken.",
     "Checks the file (SQLite: PRAGMA quick_check; PostgreSQL: amcheck when installed),\n"
     "then walks the chain. Exit 0 printing the head seq and hash, or exit 65 naming\n"
     "the damaged table or index and the first bad seq. A failed verify is recorded:\n"
     "writes are refused until the database is repaired and a verify passes\n"
     "(docs/robustness.md, 'Repairing a damaged database').\n"
     "  --format F     table (default), json, ndjson or csv: {ok, events, head_seq,\n"
     "                 head_hash, bad_seq, problem, file_problem}\n",
     cmd_verify, CLI_FMTS_ALL, CLI_NEEDS_DB, cmd_fmt_opts},
    {"status", "[--format table|json|ndjson|csv]",
     "Show the database path, schema version, head and event count.",
     "  --format F     table (default), json, ndjson or csv (the top-level fields)\n", cmd_status,
     CLI_FMTS_ALL, CLI_NEEDS_DB, cmd_fmt_opts},
    {"retract", "EVENT_ID --reason TEXT", "Append a retraction of an event.",
     "The event stays in the log but leaves timelines, summaries, reactions and\n"
     "reports. EVENT_ID is the id or a unique prefix of at least 8 hex digits (an\n"
     "ambiguous prefix exits 64 listing the candidates). Retracting an event already\n"
     "retracted appends nothing and says so. Unknown ids and retractions of\n"
     "retractions exit 65.\n\n"
     "  --reason TEXT  why (required)\n",
     cmd_retract, 0, CLI_NEEDS_DB | CLI_NEEDS_CAUGHT, cmd_retract_opts, NULL},
    {"rebuild", "[NAME]", "Rebuild the read models (or projection NAME) from seq 0.",
     "Projections: timeline, companies, prices. A progress bar goes to stderr when it is a\n"
     "terminal. Queries catch up on their own; rebuild is for when you want it now.\n",
     cmd_rebuild, 0, CLI_NEEDS_DB, NULL},
    {NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL},
};
