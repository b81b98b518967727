/* modelfile: the detector's model from a file or the embedded data, with its checksum. */
#include "modelfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../core/buf.h"
#include "../../core/embed.h"
#include "../../core/mem.h"
#include "../crypto/hash.h"

static void modelfile_sha(const void *data, size_t n, char out[65])
{
    hash_sha256_hex(data, n, out);
}

const char *modelfile_choose(const char *opt)
{
    const char *env = getenv("SEISMO_MODEL");
    if (opt) return opt;
    return env && env[0] ? env : NULL;
}

int modelfile_load(const char *path, model_t **out, err_t *e)
{
    buf_t b;
    FILE *f;
    char chunk[65536];
    size_t n;
    int rc;

    *out = NULL;
    if (path && strcmp(path, "none") == 0) return 0;
    if (!path) {
        const embed_file_t *ef = embed_find(MODELFILE_BUILTIN);
        if (!ef) return 0;
        if ((rc = model_parse(ef->data, ef->len, modelfile_sha, out, e)))
            err_wrap(e, "built-in model");
        return rc;
    }
    if (!(f = fopen(path, "rb")))
        return err_set(e, errno == ENOENT ? ERR_NOINPUT : ERR_IO, "model %s: %s", path,
                       strerror(errno));
    buf_init(&b);
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && !b.oom) buf_append(&b, chunk, n);
    if (ferror(f)) {
        fclose(f);
        buf_release(&b);
        return err_set(e, ERR_IO, "model %s: read error", path);
    }
    fclose(f);
    if (b.oom) {
        buf_release(&b);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    if ((rc = model_parse(b.data ? b.data : "", b.len, modelfile_sha, out, e)))
        err_wrap(e, "model %s", path);
    buf_release(&b);
    return rc;
}

int modelfile_save(const model_t *m, const char *path, err_t *e)
{
    buf_t b;
    char tmp[4200];
    FILE *f;
    int rc;

    buf_init(&b);
    if ((rc = model_write(m, modelfile_sha, &b))) {
        buf_release(&b);
        return err_set(e, rc, "out of memory");
    }
    snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
    if (!(f = fopen(tmp, "wb"))) {
        rc = err_set(e, ERR_IO, "%s: %s", tmp, strerror(errno));
        goto out;
    }
    if (fwrite(b.data, 1, b.len, f) != b.len || fflush(f) || fsync(fileno(f))) {
        rc = err_set(e, errno == ENOSPC ? ERR_FULL : ERR_IO, "%s: %s", tmp, strerror(errno));
        fclose(f);
        unlink(tmp);
        goto out;
    }
    if (fclose(f) || rename(tmp, path)) {
        rc = err_set(e, ERR_IO, "%s: %s", path, strerror(errno));
        unlink(tmp);
    }
out:
    buf_release(&b);
    return rc;
}
