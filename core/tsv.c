#include "tsv.h"

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
