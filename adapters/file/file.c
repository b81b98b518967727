#include "file.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "../../core/buf.h"

int file_read_all(const char *path, size_t max, char **out, size_t *len, err_t *e)
{
    FILE *f;
    buf_t b;
    char chunk[65536];
    size_t n;
    int is_stdin = strcmp(path, "-") == 0;
    struct stat st;

    *out = NULL;
    *len = 0;
    if (!is_stdin && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return err_set(e, ERR_DATA, "%s: is a directory", path);
    f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return err_set(e, errno == ENOENT ? ERR_NOINPUT : ERR_IO, "%s: %s", path, strerror(errno));
    buf_init(&b);
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + n > max) {
            buf_release(&b);
            if (!is_stdin) fclose(f);
            return err_set(e, ERR_DATA, "%s: larger than the limit of %zu bytes", path, max);
        }
        if (buf_append(&b, chunk, n)) break;
    }
    if (ferror(f) || b.oom) {
        int oom = b.oom;
        buf_release(&b);
        if (!is_stdin) fclose(f);
        return oom ? err_set(e, ERR_NOMEM, "%s: out of memory", path)
                   : err_set(e, ERR_IO, "%s: read error", path);
    }
    if (!is_stdin) fclose(f);
    *len = b.len;
    *out = buf_steal(&b);
    return *out ? 0 : err_set(e, ERR_NOMEM, "out of memory");
}
