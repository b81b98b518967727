/* modelfile: loading the detector's model from a file or from the binary.
 *
 * The default model is core/data/detector.tsv, embedded in the binary by the
 * build (`make model` trains it). A user's own model is a file (`--model FILE`,
 * `SEISMO_MODEL`); the name "none" means no detector (the rules alone). */
#ifndef SEISMO_MODELFILE_H
#define SEISMO_MODELFILE_H

#include "../../core/err.h"
#include "../../core/model.h"

#define MODELFILE_BUILTIN "detector.tsv"

/* Loads the model named by path (borrowed): a file, "none", or NULL for the built-in one.
 * *out is owned (model_free) and NULL for "none" or when the binary has no model. Returns 0;
 * ERR_NOINPUT, ERR_IO; ERR_CORRUPT or ERR_NEWER (exit 65) naming the file; ERR_NOMEM. */
int modelfile_load(const char *path, model_t **out, err_t *e);
/* Returns the model path a command should use: opt (borrowed) when set, else $SEISMO_MODEL
 * when set and not empty, else NULL (the built-in model). */
const char *modelfile_choose(const char *opt);
/* Writes m (borrowed) to path (borrowed) atomically (a temporary file renamed). */
int modelfile_save(const model_t *m, const char *path, err_t *e);

#endif
