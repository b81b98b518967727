#include "ingest.h"

#include <jansson.h>
#include <string.h>

#include "../../core/date.h"
#include "../../core/mem.h"
#include "../../core/utf8.h"
#include "../crypto/hash.h"

int ingest_check(const char *name, const char *data, size_t len, err_t *e)
{
    const char *nul;
    size_t bad;
    if (len > INGEST_MAX_BYTES)
        return err_set(e, ERR_DATA, "%s: article of %zu bytes is over the 16 MiB limit", name, len);
    if ((nul = memchr(data, 0, len)) != NULL)
        return err_set(e, ERR_DATA, "%s: contains a NUL byte at offset %zu (not a text article)",
                       name, (size_t)(nul - data));
    if ((bad = utf8_bad(data, len)) < len)
        return err_set(e, ERR_DATA, "%s: not valid UTF-8 (bad byte 0x%02x at offset %zu)", name,
                       (unsigned char)data[bad], bad);
    return 0;
}

/* Removes the events marked as context mentions (data.context true) from l, keeping the order. */
static void ingest_drop_context(event_list_t *l)
{
    size_t k = 0;

    for (size_t i = 0; i < l->n; i++) {
        int ctx = 0;
        if (event_get_bool(&l->items[i], "context", &ctx) && ctx) {
            event_release(&l->items[i]);
            continue;
        }
        l->items[k++] = l->items[i];
    }
    l->n = k;
}

/* Extracts and stores one article. */
static int ingest_article(const extract_t *x, eventlog_t *log, const char *name, const char *title,
                          const char *date, const char *text, size_t len, const ingest_opts_t *o,
                          ingest_each_fn each, void *arg, ingest_result_t *res, err_t *e)
{
    char hex[HASH_HEX_LEN + 1], doc[8 + HASH_HEX_LEN];
    event_list_t l;
    eventlog_result_t r;
    int rc;

    memset(&r, 0, sizeof r);
    event_list_init(&l);
    hash_sha256_hex(text, len, hex);
    snprintf(doc, sizeof doc, "sha256:%s", hex);
    extract_input_t in = {text, len, date ? date : o->date, name, title, doc};
    if ((rc = extract_article(x, &in, &l, e))) goto out;
    if (!o->context) ingest_drop_context(&l);
    for (size_t i = 0; i < l.n; i++)
        if (hash_event_ensure_id(&l.items[i])) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
    if (!o->dry_run && log && l.n) {
        if ((rc = eventlog_append(log, &l, EVENTLOG_NO_EXPECTED, &r, e))) goto out;
    }
    if (res) {
        res->articles++;
        res->found += l.n;
        res->appended += r.appended;
        res->present += r.present;
    }
    if (each) {
        ingest_article_t a = {name, title, &l, &r};
        rc = each(arg, &a);
    }
out:
    event_list_release(&l);
    return rc;
}

/* Reads a feed object: text (required), date, title, source. */
static int ingest_json_article(const extract_t *x, eventlog_t *log, const char *name, size_t line,
                               json_t *obj, const ingest_opts_t *o, ingest_each_fn each, void *arg,
                               ingest_result_t *res, err_t *e)
{
    json_t *text = json_object_get(obj, "text"), *date = json_object_get(obj, "date");
    json_t *title = json_object_get(obj, "title"), *src = json_object_get(obj, "source");
    char iso[11] = "", where[64] = "";
    const char *nm = name;

    if (line) snprintf(where, sizeof where, ":%zu", line);
    if (!json_is_object(obj) || !json_is_string(text))
        return err_set(e, ERR_DATA, "%s%s: a JSON article needs a \"text\" string", name, where);
    if (date && json_is_string(date)) {
        const char *d = json_string_value(date);
        if (date_is_iso(d))
            memcpy(iso, d, 10), iso[10] = 0;
        else if (!extract_parse_date(d, strlen(d), iso) && strlen(d) > 10 && d[4] == '-' &&
                 d[10] == 'T') {
            memcpy(iso, d, 10), iso[10] = 0; /* 2025-02-12T09:30:00Z */
            if (!date_is_iso(iso)) iso[0] = 0;
        }
        /* A date the article gives but that names no day is refused, never stored as unknown. */
        if (!iso[0])
            return err_set(e, ERR_DATA, "%s%s: field \"date\": '%s' is not a date (YYYY-MM-DD)",
                           name, where, d);
    } else if (date && !json_is_null(date)) {
        return err_set(e, ERR_DATA, "%s%s: field \"date\": not a string (a YYYY-MM-DD date)", name,
                       where);
    }
    if (src && json_is_string(src) && *json_string_value(src)) nm = json_string_value(src);
    if (o->source_name) nm = o->source_name;
    const char *t = json_string_value(text);
    size_t tl = json_string_length(text);
    int rc = ingest_check(name, t, tl, e);
    if (rc) return rc;
    return ingest_article(x, log, nm, json_is_string(title) ? json_string_value(title) : NULL,
                          iso[0] ? iso : NULL, t, tl, o, each, arg, res, e);
}

/* Tells a jansson failure for want of memory from bad JSON (an empty text:
 * jansson could not allocate its lexer). */
static int ingest_json_oom(const json_error_t *je)
{
    return json_error_code(je) == json_error_out_of_memory || !je->text[0];
}

int ingest_bytes(const extract_t *x, eventlog_t *log, const char *name, const char *data,
                 size_t len, const ingest_opts_t *o, ingest_each_fn each, void *arg,
                 ingest_result_t *res, err_t *e)
{
    ingest_opts_t dflt = {NULL, NULL, 0, 0};
    size_t i = 0;
    unsigned cp;
    int rc;

    if (!o) o = &dflt;
    /* Names go into every event: bytes that are not UTF-8 would be stored for good. */
    if (!utf8_valid(name) || (o->source_name && !utf8_valid(o->source_name)))
        return err_set(e, ERR_DATA, "the source name of %s is not valid UTF-8",
                       utf8_valid(name) ? "this input" : "a file");
    /* ... and a control or bidi character would make it read as another. */
    if ((cp = utf8_unsafe(o->source_name ? o->source_name : name)))
        return err_set(e, ERR_DATA,
                       "source.name: the %s holds U+%04X, a control or bidirectional formatting "
                       "character (not allowed in ids and names)",
                       o->source_name ? "source name" : "file name", cp);
    if ((rc = ingest_check(name, data, len, e))) return rc;
    while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
        i++;
    if (i == len) {
        /* empty: no events */
        if (res) res->articles++;
        if (each) {
            event_list_t l;
            eventlog_result_t r;
            memset(&r, 0, sizeof r);
            event_list_init(&l);
            ingest_article_t a = {o->source_name ? o->source_name : name, NULL, &l, &r};
            return each(arg, &a);
        }
        return 0;
    }
    if (data[i] == '{') {
        json_error_t je;
        /* jansson may fail (out of memory) without writing the error code it keeps in je. */
        memset(&je, 0, sizeof je);
        json_t *obj = json_loadb(data, len, 0, &je);
        if (!obj && ingest_json_oom(&je)) return err_set(e, ERR_NOMEM, "out of memory");
        if (obj) {
            rc = ingest_json_article(x, log, name, 0, obj, o, each, arg, res, e);
            json_decref(obj);
            return rc;
        }
        /* NDJSON: one object a line */
        size_t p = 0, line = 0;
        while (p < len && rc == 0) {
            const char *nl = memchr(data + p, '\n', len - p);
            size_t n = nl ? (size_t)(nl - (data + p)) : len - p;
            size_t k = 0;
            line++;
            while (k < n && (data[p + k] == ' ' || data[p + k] == '\t' || data[p + k] == '\r')) k++;
            if (k < n) {
                memset(&je, 0, sizeof je);
                obj = json_loadb(data + p, n, 0, &je);
                if (!obj && ingest_json_oom(&je)) return err_set(e, ERR_NOMEM, "out of memory");
                if (!obj)
                    return err_set(e, ERR_DATA, "%s:%zu:%d: bad JSON: %s", name, line, je.column,
                                   je.text);
                rc = ingest_json_article(x, log, name, line, obj, o, each, arg, res, e);
                json_decref(obj);
            }
            p += n + 1;
        }
        return rc;
    }
    return ingest_article(x, log, o->source_name ? o->source_name : name, NULL, NULL, data, len, o,
                          each, arg, res, e);
}
