#include "embed.h"

#include <string.h>

const embed_file_t *embed_find(const char *name)
{
    for (const embed_file_t *f = embed_files; f->name; f++)
        if (strcmp(f->name, name) == 0) return f;
    return NULL;
}
