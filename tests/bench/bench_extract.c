/* bench_extract: extraction throughput over article files, single thread.
 * usage: bench_extract MIN_MB FILE...  (the files are extracted round after round until at
 * least MIN_MB megabytes went through); prints bytes, seconds, MB/s and events. The detector
 * scores every article, as in `seismo ingest`: the built-in model, or $SEISMO_MODEL (a file,
 * or "none" for the rules alone). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../adapters/model/modelfile.h"
#include "../../core/extract.h"
#include "../../core/model.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_extract MIN_MB FILE...\n");
        return 64;
    }
    double min = atof(argv[1]) * 1e6;
    size_t nf = (size_t)argc - 2;
    char **text = calloc(nf, sizeof *text);
    size_t *len = calloc(nf, sizeof *len);
    for (size_t i = 0; i < nf; i++) {
        FILE *f = fopen(argv[i + 2], "rb");
        if (!f) {
            perror(argv[i + 2]);
            return 66;
        }
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        rewind(f);
        text[i] = malloc((size_t)n + 1);
        len[i] = fread(text[i], 1, (size_t)n, f);
        fclose(f);
    }
    registry_t *r = registry_new();
    extract_t *x = NULL;
    err_t e = {0};
    if (registry_load_builtin(r, &e) || extract_new(r, &x, &e)) {
        fprintf(stderr, "bench_extract: %s\n", e.msg);
        return 70;
    }
    model_t *m = NULL;
    if (modelfile_load(modelfile_choose(NULL), &m, &e)) {
        fprintf(stderr, "bench_extract: %s\n", e.msg);
        return 70;
    }
    extract_set_model(x, m);
    double bytes = 0, t0 = now();
    size_t events = 0, articles = 0;
    do { /* at least one round */
        for (size_t i = 0; i < nf; i++) {
            event_list_t l;
            extract_input_t in = {text[i], len[i], NULL, argv[i + 2], NULL, "sha256:0"};
            event_list_init(&l);
            if (extract_article(x, &in, &l, &e)) {
                fprintf(stderr, "bench_extract: %s\n", e.msg);
                return 70;
            }
            events += l.n;
            articles++;
            event_list_release(&l);
            bytes += (double)len[i];
        }
    } while (bytes < min);
    double dt = now() - t0;
    printf("extract: %.1f MB in %.3f s = %.1f MB/s (%zu articles, %zu events)\n", bytes / 1e6, dt,
           bytes / 1e6 / dt, articles, events);
    extract_free(x);
    model_free(m);
    registry_free(r);
    for (size_t i = 0; i < nf; i++) free(text[i]);
    free(text);
    free(len);
    return 0;
}
