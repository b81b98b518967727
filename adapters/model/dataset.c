/* dataset: reading labelled articles (Reuters, SentiFM, gold files, label files). */
#include "dataset.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../../core/buf.h"
#include "../../core/mem.h"

#define DATASET_MAX_FILE ((size_t)64 << 20)

void dataset_init(dataset_t *d)
{
    memset(d, 0, sizeof *d);
}

void dataset_release(dataset_t *d)
{
    if (!d) return;
    for (size_t i = 0; i < d->n; i++) {
        mem_free(d->items[i].text);
        mem_free(d->items[i].where);
    }
    mem_free(d->items);
    memset(d, 0, sizeof *d);
}

/* Returns the bit of label name (borrowed), adding the label; 0 when there are too many. */
static uint32_t dataset_label(dataset_t *d, const char *name)
{
    for (size_t k = 0; k < d->nlabels; k++)
        if (strcmp(d->labels[k], name) == 0) return 1u << k;
    if (d->nlabels == MODEL_MAX_LABELS || strlen(name) >= MODEL_NAME_MAX) return 0;
    strcpy(d->labels[d->nlabels], name);
    return 1u << d->nlabels++;
}

/* Reads the file path (borrowed) into *out (owned, NUL-terminated). */
static int dataset_read(const char *path, char **out, size_t *len, err_t *e)
{
    FILE *f = fopen(path, "rb");
    buf_t b;
    char chunk[65536];
    size_t n;
    *out = NULL;
    *len = 0;
    if (!f)
        return err_set(e, errno == ENOENT ? ERR_NOINPUT : ERR_IO, "%s: %s", path, strerror(errno));
    buf_init(&b);
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + n > DATASET_MAX_FILE) {
            fclose(f);
            buf_release(&b);
            return err_set(e, ERR_DATA, "%s: larger than %zu bytes", path, DATASET_MAX_FILE);
        }
        buf_append(&b, chunk, n);
    }
    int bad = ferror(f);
    fclose(f);
    if (bad || b.oom) {
        buf_release(&b);
        return err_set(e, bad ? ERR_IO : ERR_NOMEM, "%s: %s", path,
                       bad ? "read error" : "out of memory");
    }
    buf_putc(&b, 0); /* an empty file still gets a string */
    *len = b.len - 1;
    *out = buf_steal(&b);
    return *out ? 0 : err_set(e, ERR_NOMEM, "out of memory");
}

/* Adds an item; steals text. */
static int dataset_push(dataset_t *d, char *text, size_t len, const char *where, uint32_t pos,
                        uint32_t known, err_t *e)
{
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 1024;
        dataset_item_t *v = mem_realloc(d->items, cap * sizeof *v);
        if (!v) goto nomem;
        d->items = v;
        d->cap = cap;
    }
    dataset_item_t *it = &d->items[d->n];
    if (!(it->where = mem_strdup(where))) goto nomem;
    it->text = text;
    it->len = len;
    it->pos = pos;
    it->known = known;
    d->n++;
    return 0;
nomem:
    mem_free(text);
    return err_set(e, ERR_NOMEM, "out of memory");
}

/* Cuts the next line of *p (modified in place); returns it, or NULL at the end. */
static char *dataset_line(char **p)
{
    char *s = *p, *nl;
    if (!s || !*s) return NULL;
    nl = strchr(s, '\n');
    if (nl) {
        *nl = 0;
        *p = nl + 1;
    } else {
        *p = s + strlen(s);
    }
    size_t n = strlen(s);
    if (n && s[n - 1] == '\r') s[n - 1] = 0;
    return s;
}

static int dataset_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int dataset_digits(const char *s)
{
    if (!*s) return 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9') return 0;
    return 1;
}

int dataset_add_reuters(dataset_t *d, const char *dir, err_t *e)
{
    char path[4096], where[4200], *data = NULL, *p, *line;
    size_t len, lineno = 0, listed = 0, files = 0;
    uint32_t acq = dataset_label(d, "acquisition"), earn = dataset_label(d, "earnings");
    int rc;
    DIR *dh;
    struct dirent *de;

    if (!acq || !earn) return err_set(e, ERR_DATA, "too many labels");
    if (!dataset_is_dir(dir)) return err_set(e, ERR_NOINPUT, "%s: not a directory", dir);
    snprintf(path, sizeof path, "%s/labels.tsv", dir);
    if ((rc = dataset_read(path, &data, &len, e))) return rc;
    p = data;
    while ((line = dataset_line(&p))) {
        char *f[3], *topics, *text;
        size_t n = 0, tlen;
        uint32_t pos = 0;
        lineno++;
        if (!*line) continue;
        for (char *s = line; n < 3;) {
            f[n++] = s;
            if (!(s = strchr(s, '\t'))) break;
            *s++ = 0;
        }
        snprintf(where, sizeof where, "%s:%zu", path, lineno);
        if (n != 3 || !dataset_digits(f[0])) {
            rc = err_set(e, ERR_DATA, "%s: expected ID <TAB> TOPICS <TAB> TITLE", where);
            goto out;
        }
        topics = f[1];
        for (char *t = strtok(topics, ","); t; t = strtok(NULL, ",")) {
            if (strcmp(t, "acq") == 0) pos |= acq;
            if (strcmp(t, "earn") == 0) pos |= earn;
        }
        snprintf(path, sizeof path, "%s/%s.txt", dir, f[0]);
        if ((rc = dataset_read(path, &text, &tlen, e))) {
            err_set(e, ERR_DATA, "%s: article %s has no file %s", where, f[0], path);
            rc = ERR_DATA;
            goto out;
        }
        if ((rc = dataset_push(d, text, tlen, path, pos, acq | earn, e))) goto out;
        listed++;
        snprintf(path, sizeof path, "%s/labels.tsv", dir);
    }
    if (!(dh = opendir(dir))) {
        rc = err_set(e, ERR_IO, "%s: %s", dir, strerror(errno));
        goto out;
    }
    while ((de = readdir(dh))) {
        size_t n = strlen(de->d_name);
        if (n > 4 && strcmp(de->d_name + n - 4, ".txt") == 0) files++;
    }
    closedir(dh);
    if (files != listed)
        rc = err_set(e, ERR_DATA, "%s/labels.tsv lists %zu articles but %s holds %zu .txt files",
                     dir, listed, dir, files);
out:
    mem_free(data);
    return rc;
}

/* SentiFM labels and the seismo types they map to. */
static const char *const dataset_sentifm_map[][2] = {
    {"Profit", "earnings"},
    {"QuarterlyResults", "earnings"},
    {"Turnover", "earnings"},
    {"SalesVolume", "metric_change"},
    {"MergerAcquisition", "acquisition"},
    {"BuyRating", "rating_change"},
    {"TargetPrice", "rating_change"},
    {"Dividend", "dividend"},
    {"ShareRepurchase", "buyback"},
    {"Debt", "financing"},
};
#define DATASET_NSENTIFM (sizeof dataset_sentifm_map / sizeof *dataset_sentifm_map)

int dataset_add_sentifm(dataset_t *d, const char *path, const char *split, err_t *e)
{
    char *data = NULL, *p, *line, where[4200];
    size_t len, lineno = 0;
    uint32_t known = 0;
    int rc;

    for (size_t i = 0; i < DATASET_NSENTIFM; i++)
        known |= dataset_label(d, dataset_sentifm_map[i][1]);
    if ((rc = dataset_read(path, &data, &len, e))) return rc;
    p = data;
    while ((line = dataset_line(&p))) {
        char *f[3], *text;
        size_t n = 0;
        uint32_t pos = 0;
        lineno++;
        snprintf(where, sizeof where, "%s:%zu", path, lineno);
        if (!*line) continue;
        for (char *s = line; n < 3;) {
            f[n++] = s;
            if (!(s = strchr(s, '\t'))) break;
            *s++ = 0;
        }
        if (n != 3) {
            rc = err_set(e, ERR_DATA, "%s: expected SPLIT <TAB> LABELS <TAB> SENTENCE", where);
            goto out;
        }
        if (lineno == 1 && strcmp(f[0], "split") == 0) continue; /* the header */
        if (strcmp(f[0], "train") != 0 && strcmp(f[0], "test") != 0) {
            rc = err_set(e, ERR_DATA, "%s: split '%s' is neither train nor test", where, f[0]);
            goto out;
        }
        if (strcmp(f[0], split) != 0) continue;
        for (char *t = strtok(f[1], ","); t; t = strtok(NULL, ",")) {
            size_t i;
            while (*t == ' ') t++;
            for (i = 0; i < DATASET_NSENTIFM; i++)
                if (strcmp(t, dataset_sentifm_map[i][0]) == 0) break;
            if (i == DATASET_NSENTIFM) {
                rc = err_set(e, ERR_DATA, "%s: unknown SentiFM label '%s'", where, t);
                goto out;
            }
            pos |= dataset_label(d, dataset_sentifm_map[i][1]);
        }
        if (!*f[2]) {
            rc = err_set(e, ERR_DATA, "%s: empty sentence", where);
            goto out;
        }
        size_t tl = strlen(f[2]);
        if (!(text = mem_strndup(f[2], tl))) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            goto out;
        }
        if ((rc = dataset_push(d, text, tl, where, pos, known, e))) goto out;
    }
out:
    mem_free(data);
    return rc;
}

/* Parses a comma-separated type list (modified in place) into *pos; returns 0 or ERR_DATA. */
static int dataset_types(dataset_t *d, char *list, const char *where, uint32_t *pos, err_t *e)
{
    *pos = 0;
    for (char *t = strtok(list, ","); t; t = strtok(NULL, ",")) {
        while (*t == ' ') t++;
        size_t n = strlen(t);
        while (n && t[n - 1] == ' ') t[--n] = 0;
        if (!n) continue;
        if (!model_type_known(t))
            return err_set(e, ERR_DATA, "%s: unknown event type '%s'", where, t);
        uint32_t b = dataset_label(d, t);
        if (!b) return err_set(e, ERR_DATA, "%s: more than %d types", where, MODEL_MAX_LABELS);
        *pos |= b;
    }
    return 0;
}

static int dataset_name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int dataset_add_gold(dataset_t *d, const char *dir, err_t *e)
{
    char **names = NULL, path[4096];
    size_t n = 0, cap = 0;
    int rc = 0;
    DIR *dh;
    struct dirent *de;

    if (!(dh = opendir(dir)))
        return err_set(e, errno == ENOENT ? ERR_NOINPUT : ERR_IO, "%s: %s", dir, strerror(errno));
    while ((de = readdir(dh))) {
        size_t l = strlen(de->d_name);
        if (l <= 10 || strcmp(de->d_name + l - 10, ".gold.json") != 0) continue;
        if (n == cap) {
            char **v = mem_realloc(names, (cap = cap ? cap * 2 : 32) * sizeof *v);
            if (!v) break;
            names = v;
        }
        if (!(names[n] = mem_strndup(de->d_name, l - 10))) break;
        n++;
    }
    closedir(dh);
    if (de) {
        rc = err_set(e, ERR_NOMEM, "out of memory");
        goto out;
    }
    if (n) qsort(names, n, sizeof *names, dataset_name_cmp);
    for (size_t i = 0; i < n && !rc; i++) {
        json_error_t je;
        json_t *root, *evs;
        char *text;
        size_t tl;
        uint32_t pos = 0;
        snprintf(path, sizeof path, "%s/%s.gold.json", dir, names[i]);
        if (!(root = json_load_file(path, 0, &je))) {
            rc = err_set(e, ERR_DATA, "%s:%d: %s", path, je.line, je.text);
            break;
        }
        evs = json_object_get(root, "events");
        if (!json_is_array(evs)) {
            json_decref(root);
            rc = err_set(e, ERR_DATA, "%s: no \"events\" array", path);
            break;
        }
        for (size_t k = 0; k < json_array_size(evs) && !rc; k++) {
            const char *t = json_string_value(json_object_get(json_array_get(evs, k), "type"));
            char tb[MODEL_NAME_MAX];
            uint32_t b;
            if (!t || strlen(t) >= sizeof tb) {
                rc = err_set(e, ERR_DATA, "%s: event %zu has no type", path, k + 1);
                break;
            }
            strcpy(tb, t);
            if (!(rc = dataset_types(d, tb, path, &b, e))) pos |= b;
        }
        json_decref(root);
        if (rc) break;
        snprintf(path, sizeof path, "%s/%s.txt", dir, names[i]);
        if ((rc = dataset_read(path, &text, &tl, e))) break;
        rc = dataset_push(d, text, tl, path, pos, 0xffffffffu, e);
    }
out:
    for (size_t i = 0; i < n; i++) mem_free(names[i]);
    mem_free(names);
    return rc;
}

int dataset_add_labels(dataset_t *d, const char *path, err_t *e)
{
    char *data = NULL, *p, *line, where[4200], file[4096], base[4096];
    size_t len, lineno = 0;
    int rc;
    const char *slash = strrchr(path, '/');

    snprintf(base, sizeof base, "%.*s", slash ? (int)(slash - path) : 1, slash ? path : ".");
    if ((rc = dataset_read(path, &data, &len, e))) return rc;
    p = data;
    while ((line = dataset_line(&p))) {
        char *tab, *text;
        size_t tl;
        uint32_t pos;
        lineno++;
        snprintf(where, sizeof where, "%s:%zu", path, lineno);
        if (!*line || line[0] == '#') continue;
        if (!(tab = strchr(line, '\t'))) {
            rc = err_set(e, ERR_DATA, "%s: expected PATH <TAB> TYPES", where);
            goto out;
        }
        *tab = 0;
        if ((rc = dataset_types(d, tab + 1, where, &pos, e))) goto out;
        if ((size_t)snprintf(file, sizeof file, "%s/%s", line[0] == '/' ? "" : base,
                             line[0] == '/' ? line + 1 : line) >= sizeof file) {
            rc = err_set(e, ERR_DATA, "%s: path too long", where);
            goto out;
        }
        if ((rc = dataset_read(file, &text, &tl, e))) {
            rc = err_set(e, ERR_DATA, "%s: cannot read article %s", where, file);
            goto out;
        }
        if ((rc = dataset_push(d, text, tl, where, pos, 0xffffffffu, e))) goto out;
    }
out:
    mem_free(data);
    return rc;
}

uint32_t dataset_bits(const dataset_t *d, const char *name, int learns_investment)
{
    uint32_t b = 0;
    for (size_t k = 0; k < d->nlabels; k++)
        if (strcmp(d->labels[k], name) == 0 ||
            (!learns_investment && strcmp(name, "acquisition") == 0 &&
             strcmp(d->labels[k], "investment") == 0))
            b |= 1u << k;
    return b;
}

int dataset_check(const dataset_t *d, err_t *e)
{
    if (d->n == 0) return err_set(e, ERR_DATA, "no labelled articles");
    for (size_t k = 0; k < d->nlabels; k++) {
        size_t pos = 0, neg = 0;
        for (size_t i = 0; i < d->n; i++) {
            if (!(d->items[i].known & (1u << k))) continue;
            if (d->items[i].pos & (1u << k))
                pos++;
            else
                neg++;
        }
        if (!pos || !neg)
            return err_set(e, ERR_DATA, "type '%s' has %s (an empty class): add articles %s it",
                           d->labels[k], pos ? "no article without it" : "no article with it",
                           pos ? "without" : "with");
    }
    return 0;
}
