#include "tsv.h"

#include <string.h>

#include "mem.h"

size_t tsv_split(char *line, char **f, size_t max)
{
    size_t n = 0;

    if (max == 0) return 0;
    f[n++] = line;
    for (char *p = line; *p && n < max; p++)
        if (*p == '\t') {
            *p = 0;
            f[n++] = p + 1;
        }
    return n;
}

int tsv_each(const char *tsv, size_t len, size_t maxf, tsv_line_fn fn, void *ctx, const char *what,
             err_t *e)
{
    char *copy = mem_strndup(tsv, len), *line, *next;
    size_t lineno = 0;
    int rc = 0;

    if (!copy) return err_set(e, ERR_NOMEM, "out of memory");
    if (maxf > 16) maxf = 16;
    for (line = copy; line && *line; line = next) {
        char *f[16] = {0};
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        lineno++;
        size_t l = strlen(line);
        if (l && line[l - 1] == '\r') line[--l] = 0;
        if (!l || line[0] == '#') continue;
        size_t nf = tsv_split(line, f, maxf);
        if ((rc = fn(ctx, f, nf, e)) != 0) {
            err_wrap(e, "%s:%zu", what, lineno);
            break;
        }
    }
    mem_free(copy);
    return rc;
}
