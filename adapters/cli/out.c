/* cli_out: the one renderer of each output format, shared by every command.
 *
 * A command declares its columns once and puts rows of cells; the format
 * decides the rest: an aligned table for people (widths from the data, up to
 * the terminal's width), a JSON array of objects, one JSON object a line, or
 * CSV with a header. Only the table keeps rows, and only the first
 * CLI_OUT_SAMPLE of them (to size the columns); the other formats write each
 * row as it comes, so their memory does not grow with the rows. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "../../core/mem.h"
#include "cli.h"

#define CLI_OUT_SAMPLE 1000 /* table rows kept to size the columns before streaming */
#define CLI_OUT_MIN_W  8    /* a shrunk column keeps at least this many characters */

/* Display width of s: UTF-8 continuation bytes do not count. */
static size_t cli_out_width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) w++;
    return w;
}

/* Byte offset of the first character past n display characters of s. */
static size_t cli_out_prefix(const char *s, size_t n)
{
    size_t i = 0, w = 0;
    while (s[i] && w < n) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80) i++;
        w++;
    }
    return i;
}

size_t cli_out_term_width(void)
{
    struct winsize ws;
    const char *env = getenv("COLUMNS");

    if (env && atoi(env) > 20) return (size_t)atoi(env);
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20)
        return ws.ws_col;
    return 0; /* not a terminal: no limit */
}

void cli_out_elide(const char *s, size_t width, int middle, char *out, size_t n)
{
    size_t w = cli_out_width(s);

    if (w <= width || width < 2) {
        snprintf(out, n, "%s", s);
        return;
    }
    if (middle) {
        size_t head = (width - 1) / 2 + (width - 1) % 2, tail = (width - 1) / 2;
        size_t hb = cli_out_prefix(s, head), tb = cli_out_prefix(s, w - tail);
        snprintf(out, n, "%.*s\xe2\x80\xa6%s", (int)hb, s, s + tb);
    } else {
        snprintf(out, n, "%.*s\xe2\x80\xa6", (int)cli_out_prefix(s, width - 1), s);
    }
}

void cli_out_begin(cli_out_t *o, cli_format_t fmt, const cli_col_t *cols, int ncols)
{
    memset(o, 0, sizeof *o);
    o->fmt = fmt;
    o->cols = cols;
    o->ncols = ncols > CLI_OUT_MAX_COLS ? CLI_OUT_MAX_COLS : ncols;
    o->header = 1;
}

/* Writes s as one CSV field (quoted when it holds a comma, quote or line break). */
void cli_csv_field(const char *s, int last)
{
    if (!s) s = "";
    if (strpbrk(s, ",\"\n\r")) {
        putchar('"');
        for (; *s; s++) {
            if (*s == '"') putchar('"');
            putchar(*s);
        }
        putchar('"');
    } else {
        fputs(s, stdout);
    }
    putchar(last ? '\n' : ',');
}

/* The JSON value of cell s (borrowed) of a column of kind; owned, NULL on no memory. */
static json_t *cli_out_value(const char *s, int kind)
{
    char *end;

    if (!s) return json_null();
    if (kind == CLI_COL_NUM) {
        long long ll;
        double d;
        if (!*s) return json_null();
        ll = strtoll(s, &end, 10);
        if (!*end) return json_integer(ll);
        d = strtod(s, &end);
        if (!*end) return json_real(d);
    } else if (kind == CLI_COL_BOOL) {
        return json_boolean(strcmp(s, "true") == 0 || strcmp(s, "yes") == 0);
    }
    return json_string(s);
}

static int cli_out_json_row(cli_out_t *o, const char *const *cells)
{
    json_t *obj = json_object();
    char *s;

    if (!obj) return ERR_NOMEM;
    for (int c = 0; c < o->ncols; c++) {
        json_t *v = cli_out_value(cells[c], o->cols[c].kind);
        if (!v || json_object_set_new(obj, o->cols[c].name, v)) {
            json_decref(obj);
            return ERR_NOMEM;
        }
    }
    s = json_dumps(obj, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
    json_decref(obj);
    if (!s) return ERR_NOMEM;
    if (o->fmt == CLI_FMT_JSON)
        printf("%s%s", o->rows ? ",\n" : "[\n", s);
    else
        printf("%s\n", s);
    mem_free(s);
    return 0;
}

/* Fixes the column widths from the kept rows and the terminal's width. */
static void cli_out_size(cli_out_t *o)
{
    size_t limit = cli_out_term_width(), total = 0;

    for (int c = 0; c < o->ncols; c++) {
        o->w[c] = o->header && o->cols[c].head ? cli_out_width(o->cols[c].head) : 0;
        for (size_t r = 0; r < o->kept; r++) {
            size_t n = cli_out_width(o->cells[r * (size_t)o->ncols + (size_t)c]);
            if (n > o->w[c]) o->w[c] = n;
        }
        total += o->w[c] + (c ? 2 : 0);
    }
    /* Too wide for the terminal: narrow the widest text column, a character at a time. */
    while (limit && total > limit) {
        int widest = -1;
        for (int c = 0; c < o->ncols; c++)
            if (o->cols[c].kind != CLI_COL_NUM && o->cols[c].kind != CLI_COL_DATE &&
                o->w[c] > CLI_OUT_MIN_W && (widest < 0 || o->w[c] > o->w[widest]))
                widest = c;
        if (widest < 0) break;
        o->w[widest]--;
        total--;
    }
    o->sized = 1;
}

static void cli_out_table_line(const cli_out_t *o, const char *const *cells)
{
    int last = o->ncols - 1;

    while (last > 0 && (!cells[last] || !cells[last][0])) last--; /* no trailing blanks */
    for (int c = 0; c <= last; c++) {
        char cell[1024];
        const char *s = cells[c] ? cells[c] : "";
        size_t pad;
        int right = o->cols[c].kind == CLI_COL_NUM;

        cli_out_elide(s, o->w[c], o->cols[c].kind == CLI_COL_ID, cell, sizeof cell);
        pad = o->w[c] > cli_out_width(cell) ? o->w[c] - cli_out_width(cell) : 0;
        if (c) fputs("  ", stdout);
        if (right)
            for (size_t i = 0; i < pad; i++) putchar(' ');
        fputs(cell, stdout);
        if (!right && c < last)
            for (size_t i = 0; i < pad; i++) putchar(' ');
    }
    putchar('\n');
}

/* Prints the header and the kept rows, then forgets them. */
static void cli_out_flush(cli_out_t *o)
{
    if (!o->sized) cli_out_size(o);
    if (o->header) {
        const char *head[CLI_OUT_MAX_COLS];
        for (int c = 0; c < o->ncols; c++) head[c] = o->cols[c].head;
        cli_out_table_line(o, head);
        o->header = 0;
    }
    for (size_t r = 0; r < o->kept; r++) {
        cli_out_table_line(o, (const char *const *)o->cells + r * (size_t)o->ncols);
        for (int c = 0; c < o->ncols; c++) mem_free(o->cells[r * (size_t)o->ncols + (size_t)c]);
    }
    o->kept = 0;
}

int cli_out_row(cli_out_t *o, const char *const *cells)
{
    int rc = 0;

    switch (o->fmt) {
    case CLI_FMT_JSON:
    case CLI_FMT_NDJSON:
        rc = cli_out_json_row(o, cells);
        break;
    case CLI_FMT_CSV:
        if (o->header)
            for (int c = 0; c < o->ncols; c++) cli_csv_field(o->cols[c].name, c == o->ncols - 1);
        o->header = 0;
        for (int c = 0; c < o->ncols; c++) cli_csv_field(cells[c], c == o->ncols - 1);
        break;
    default:
        if (o->sized) {
            const char *row[CLI_OUT_MAX_COLS];
            for (int c = 0; c < o->ncols; c++) row[c] = cells[c] ? cells[c] : "-";
            cli_out_table_line(o, row);
            break;
        }
        if (!o->cells &&
            !(o->cells = mem_calloc(CLI_OUT_SAMPLE * (size_t)o->ncols, sizeof(char *))))
            return ERR_NOMEM;
        for (int c = 0; c < o->ncols; c++) {
            char *s = mem_strdup(cells[c] ? cells[c] : "-"); /* null shows as "-" */
            if (!s) {
                for (int k = 0; k < c; k++)
                    mem_free(o->cells[o->kept * (size_t)o->ncols + (size_t)k]);
                return ERR_NOMEM;
            }
            o->cells[o->kept * (size_t)o->ncols + (size_t)c] = s;
        }
        if (++o->kept == CLI_OUT_SAMPLE) cli_out_flush(o);
        break;
    }
    if (!rc) o->rows++;
    return rc;
}

int cli_out_end(cli_out_t *o)
{
    int rc = 0;

    if (o->fmt == CLI_FMT_JSON) {
        fputs(o->rows ? "\n]\n" : "[]\n", stdout);
    } else if (o->fmt == CLI_FMT_CSV && o->header) {
        for (int c = 0; c < o->ncols; c++) cli_csv_field(o->cols[c].name, c == o->ncols - 1);
    } else if (o->fmt == CLI_FMT_TABLE && o->rows) {
        cli_out_flush(o);
    }
    mem_free(o->cells);
    o->cells = NULL;
    if (fflush(stdout) || ferror(stdout)) rc = ERR_IO;
    return rc;
}

int cli_out_doc(const json_t *doc, cli_format_t fmt, err_t *e)
{
    if (fmt == CLI_FMT_CSV) {
        /* The scalars of the top level, one key,value a line. */
        const char *k;
        json_t *v;
        printf("key,value\n");
        json_object_foreach((json_t *)doc, k, v)
        {
            char *s;
            if (json_is_object(v) || json_is_array(v)) continue;
            s = json_is_string(v) ? mem_strdup(json_string_value(v))
                                  : json_dumps(v, JSON_ENCODE_ANY | JSON_REAL_PRECISION(15));
            cli_csv_field(k, 0);
            cli_csv_field(s ? s : "", 1);
            mem_free(s);
        }
    } else {
        size_t flags = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15) |
                       (fmt == CLI_FMT_NDJSON ? JSON_COMPACT : JSON_INDENT(2));
        if (json_dumpf(doc, stdout, flags) || putchar('\n') == EOF)
            return err_set(e, ERR_IO, "writing output failed");
    }
    if (fflush(stdout)) return err_set(e, ERR_IO, "writing output failed");
    return 0;
}

void cli_fmt_amount(double v, const char *currency, char *out, size_t n)
{
    double a = v < 0 ? -v : v;
    const char *sep = currency && *currency ? " " : "";

    if (!currency) currency = "";
    if (a >= 1e12)
        snprintf(out, n, "%.3g tn%s%s", v / 1e12, sep, currency);
    else if (a >= 1e9)
        snprintf(out, n, "%.3g bn%s%s", v / 1e9, sep, currency);
    else if (a >= 1e6)
        snprintf(out, n, "%.3g mn%s%s", v / 1e6, sep, currency);
    else
        snprintf(out, n, "%.6g%s%s", v, sep, currency);
}

void cli_fmt_pct(double pct, char *out, size_t n)
{
    snprintf(out, n, "%+.2f%%", pct);
}
