#include "file.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "../../core/buf.h"

#define FILE_READ_SLACK 65536

int file_read_all(const char *path, size_t max, char **out, size_t *len, err_t *e)
{
    FILE *f;
    buf_t b;
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
    /* A file of known size is read straight into one allocation of its size
     * (and a little more, to see the end): a price file of 90 MB was read in
     * chunks into a buffer that grew by doubling, copied again at every step.
     * Anything else grows by doubling. */
    if (!is_stdin && fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        (size_t)st.st_size <= max)
        buf_reserve(&b, (size_t)st.st_size + FILE_READ_SLACK);
    for (;;) {
        if (b.cap < b.len + 2 && buf_reserve(&b, b.len > FILE_READ_SLACK ? b.len : FILE_READ_SLACK))
            break;
        if (!(n = fread(b.data + b.len, 1, b.cap - b.len - 1, f))) break;
        if (b.len + n > max) {
            buf_release(&b);
            if (!is_stdin) fclose(f);
            return err_set(e, ERR_DATA, "%s: larger than the limit of %zu bytes", path, max);
        }
        b.len += n;
        b.data[b.len] = '\0';
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
