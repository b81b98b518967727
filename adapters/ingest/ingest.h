/* ingest: article bytes to events in the log, the path shared by the CLI and the daemon.
 *
 * One call takes the bytes of one input (a file, a POST body, a spool file):
 * it checks them (at most INGEST_MAX_BYTES, valid UTF-8, no NUL byte), unwraps
 * feed JSON ({"text","date","title","source"}, one object or NDJSON), runs the
 * extractor on each article, drops the events it marks as context mentions
 * (unless asked to keep them), derives the event ids and appends each
 * article's events as one atomic batch. */
#ifndef SEISMO_INGEST_H
#define SEISMO_INGEST_H

#include <stddef.h>

#include "../../core/err.h"
#include "../../core/eventlog.h"
#include "../../core/extract.h"

#define INGEST_MAX_BYTES ((size_t)16 << 20) /* 16 MiB */

typedef struct ingest_opts_s {
    const char *date;        /* borrowed "YYYY-MM-DD" dateline when the text has none, or NULL */
    const char *source_name; /* borrowed: source.name of every event, or NULL for the input's */
    int dry_run;             /* 1: extract only, append nothing */
    int context;             /* 1: keep the past events an article mentions only as context
                                (data.context true); 0: drop them (DESIGN.md section 3) */
} ingest_opts_t;

/* What happened to one article. */
typedef struct ingest_article_s {
    const char *name;           /* borrowed: source.name used */
    const char *title;          /* borrowed, may be NULL */
    const event_list_t *events; /* borrowed: the article's events (ids set; stored ones have seq) */
    const eventlog_result_t *res; /* borrowed; zeroes on a dry run */
} ingest_article_t;

/* Called once per article; return 0 to go on, else the ingest stops with that code. */
typedef int (*ingest_each_fn)(void *arg, const ingest_article_t *art);

typedef struct ingest_result_s {
    size_t articles; /* articles seen */
    size_t found;    /* events extracted */
    size_t appended; /* events newly in the log */
    size_t present;  /* events already in the log */
} ingest_result_t;

/* Checks len bytes of data (borrowed): size, NUL bytes, UTF-8. name (borrowed) goes into the
 * message. Returns 0 or ERR_DATA. */
int ingest_check(const char *name, const char *data, size_t len, err_t *e);
/* Ingests one input: data (borrowed, len bytes) named name (borrowed). log (borrowed) may be
 * NULL on a dry run. each (may be NULL) sees every article; res (caller-owned, may be NULL)
 * gets the totals, added to what it holds. Returns 0 or an ERR_* code with e naming the input;
 * articles before a failing one stay appended. */
int ingest_bytes(const extract_t *x, eventlog_t *log, const char *name, const char *data,
                 size_t len, const ingest_opts_t *o, ingest_each_fn each, void *arg,
                 ingest_result_t *res, err_t *e);

#endif
