#include "codec.h"

#include <jansson.h>
#include <math.h>
#include <string.h>

#include "../../core/date.h"
#include "../../core/mem.h"

static int codec_str(json_t *v, const char *what, char **slot, err_t *e)
{
    if (json_is_null(v)) return 0;
    if (!json_is_string(v)) return err_set(e, ERR_DATA, "%s: must be a string", what);
    return event_set_string(slot, json_string_value(v)) ? err_set(e, ERR_NOMEM, "out of memory")
                                                        : 0;
}

static int codec_int(json_t *v, const char *what, long long *out, err_t *e)
{
    if (json_is_null(v)) return 0;
    if (!json_is_integer(v) || json_integer_value(v) < 0)
        return err_set(e, ERR_DATA, "%s: must be a non-negative integer", what);
    *out = json_integer_value(v);
    return 0;
}

static int codec_companies(json_t *arr, event_t *ev, err_t *e)
{
    size_t i;
    json_t *c;

    if (!json_is_array(arr)) return err_set(e, ERR_DATA, "companies: must be an array");
    json_array_foreach(arr, i, c)
    {
        const char *k[4] = {"id", "name", "ticker", "role"};
        const char *v[4] = {NULL, NULL, NULL, NULL};
        const char *key;
        json_t *val;

        if (json_is_string(c)) {
            v[0] = json_string_value(c);
        } else if (json_is_object(c)) {
            json_object_foreach(c, key, val)
            {
                int j;
                for (j = 0; j < 4 && strcmp(key, k[j]) != 0; j++) continue;
                if (j == 4) return err_set(e, ERR_DATA, "companies[%zu].%s: unknown field", i, key);
                if (json_is_null(val)) continue;
                if (!json_is_string(val))
                    return err_set(e, ERR_DATA, "companies[%zu].%s: must be a string", i, key);
                v[j] = json_string_value(val);
            }
        } else {
            return err_set(e, ERR_DATA, "companies[%zu]: must be an object with an id", i);
        }
        if (!v[0] || !v[0][0]) return err_set(e, ERR_DATA, "companies[%zu].id: missing", i);
        if (event_add_company(ev, v[0], v[1], v[2], v[3]))
            return err_set(e, ERR_NOMEM, "out of memory");
    }
    return 0;
}

/* Reads one list of objects (the records of a data field) into key of ev. */
static int codec_records(json_t *arr, const char *key, event_t *ev, err_t *e)
{
    size_t i;
    json_t *item;

    json_array_foreach(arr, i, item)
    {
        const char *k;
        json_t *v;
        event_record_t *r;
        int rc = 0;

        if (!json_is_object(item))
            return err_set(e, ERR_DATA, "data.%s[%zu]: must be an object", key, i);
        if (!(r = event_add_record(ev, key))) return err_set(e, ERR_NOMEM, "out of memory");
        json_object_foreach(item, k, v)
        {
            if (json_is_null(v)) continue;
            if (json_is_string(v))
                rc = event_record_set_str(r, k, json_string_value(v));
            else if (json_is_number(v))
                rc = event_record_set_num(r, k, json_number_value(v));
            else if (json_is_boolean(v))
                rc = event_record_set_bool(r, k, json_is_true(v));
            else
                return err_set(e, ERR_DATA,
                               "data.%s[%zu].%s: must be a string, a number or a "
                               "boolean",
                               key, i, k);
            if (rc) return err_set(e, ERR_NOMEM, "out of memory");
        }
    }
    return 0;
}

/* Is v a list whose entries are all objects (an empty list is one)? */
static int codec_is_records(json_t *v)
{
    size_t i;
    json_t *item;

    if (!json_is_array(v)) return 0;
    json_array_foreach(v, i, item) if (!json_is_object(item)) return 0;
    return 1;
}

static int codec_data(json_t *obj, event_t *ev, err_t *e)
{
    const char *key;
    json_t *val;
    int rc = 0;

    if (!json_is_object(obj)) return err_set(e, ERR_DATA, "data: must be an object");
    json_object_foreach(obj, key, val)
    {
        if (json_is_null(val)) continue;
        if (json_is_string(val))
            rc = event_set_str(ev, key, json_string_value(val));
        else if (json_is_number(val))
            rc = event_set_num(ev, key, json_number_value(val));
        else if (json_is_boolean(val))
            rc = event_set_bool(ev, key, json_is_true(val));
        else if (codec_is_records(val)) {
            if (event_set_list(ev, key)) return err_set(e, ERR_NOMEM, "out of memory");
            if ((rc = codec_records(val, key, ev, e))) return rc;
            continue;
        } else
            return err_set(e, ERR_DATA,
                           "data.%s: must be a string, a number, a boolean or a list of objects",
                           key);
        if (rc) return err_set(e, ERR_NOMEM, "out of memory");
    }
    return 0;
}

static int codec_source(json_t *obj, event_t *ev, err_t *e)
{
    event_source_t *s = &ev->source;
    const char *key;
    json_t *val;
    int rc = 0;

    if (json_is_null(obj)) return 0;
    if (!json_is_object(obj)) return err_set(e, ERR_DATA, "source: must be an object");
    json_object_foreach(obj, key, val)
    {
        if (strcmp(key, "doc") == 0)
            rc = codec_str(val, "source.doc", &s->doc, e);
        else if (strcmp(key, "name") == 0)
            rc = codec_str(val, "source.name", &s->name, e);
        else if (strcmp(key, "title") == 0)
            rc = codec_str(val, "source.title", &s->title, e);
        else if (strcmp(key, "sentence") == 0)
            rc = codec_str(val, "source.sentence", &s->sentence, e);
        else if (strcmp(key, "offset") == 0)
            rc = codec_int(val, "source.offset", &s->offset, e);
        else if (strcmp(key, "length") == 0)
            rc = codec_int(val, "source.length", &s->length, e);
        else
            rc = err_set(e, ERR_DATA, "source.%s: unknown field", key);
        if (rc) return rc;
    }
    return 0;
}

static int codec_envelope(json_t *root, codec_mode_t mode, event_t *ev, err_t *e)
{
    const char *key;
    json_t *val;
    int rc = 0, have_type = 0;

    if (!json_is_object(root)) return err_set(e, ERR_DATA, "an event must be a JSON object");
    json_object_foreach(root, key, val)
    {
        if (strcmp(key, "type") == 0) {
            if (!json_is_string(val)) return err_set(e, ERR_DATA, "type: must be a string");
            ev->type = event_type_from_name(json_string_value(val));
            if (ev->type == EVENT_NONE)
                return err_set(e, ERR_DATA, "type: unknown event type '%s'",
                               json_string_value(val));
            have_type = 1;
        } else if (strcmp(key, "schema") == 0) {
            if (!json_is_integer(val)) return err_set(e, ERR_DATA, "schema: must be an integer");
            ev->schema = (int)json_integer_value(val);
        } else if (strcmp(key, "occurred_on") == 0) {
            if (json_is_null(val)) continue;
            if (!json_is_string(val) || !date_is_iso(json_string_value(val)))
                return err_set(e, ERR_DATA, "occurred_on: must be a valid YYYY-MM-DD date or null");
            memcpy(ev->occurred_on, json_string_value(val), 11);
        } else if (strcmp(key, "id") == 0) {
            if ((rc = codec_str(val, "id", &ev->id, e))) return rc;
            if (ev->id && (!ev->id[0] || strlen(ev->id) > 128))
                return err_set(e, ERR_DATA, "id: must be 1 to 128 characters");
        } else if (strcmp(key, "companies") == 0) {
            if ((rc = codec_companies(val, ev, e))) return rc;
        } else if (strcmp(key, "data") == 0) {
            if ((rc = codec_data(val, ev, e))) return rc;
        } else if (strcmp(key, "source") == 0) {
            if ((rc = codec_source(val, ev, e))) return rc;
        } else if (strcmp(key, "seq") == 0) {
            if (mode == CODEC_STORED && (rc = codec_int(val, "seq", &ev->seq, e))) return rc;
        } else if (strcmp(key, "recorded_at") == 0) {
            if (mode == CODEC_STORED && (rc = codec_str(val, key, &ev->recorded_at, e))) return rc;
        } else if (strcmp(key, "prev_hash") == 0) {
            if (mode == CODEC_STORED && (rc = codec_str(val, key, &ev->prev_hash, e))) return rc;
        } else if (strcmp(key, "hash") == 0) {
            if (mode == CODEC_STORED && (rc = codec_str(val, key, &ev->hash, e))) return rc;
        } else {
            return err_set(e, ERR_DATA, "%s: unknown field", key);
        }
    }
    if (!have_type) return err_set(e, ERR_DATA, "type: missing");
    return 0;
}

int codec_event_parse(const char *text, size_t n, codec_mode_t mode, event_t *out, int *column,
                      err_t *e)
{
    json_error_t je;
    json_t *root;
    int rc;

    event_init(out);
    if (column) *column = 0;
    /* jansson may fail (out of memory) without writing the error code it keeps in je. */
    memset(&je, 0, sizeof je);
    root = json_loadb(text, n, JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        if (column) *column = je.column > 0 ? je.column : 1;
        /* jansson leaves the text empty when it cannot even allocate its lexer. */
        if (json_error_code(&je) == json_error_out_of_memory || !je.text[0])
            return err_set(e, ERR_NOMEM, "out of memory");
        return err_set(e, ERR_DATA, "%s", je.text);
    }
    rc = codec_envelope(root, mode, out, e);
    json_decref(root);
    return rc;
}
