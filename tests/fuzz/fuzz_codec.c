/* Fuzz target: the JSON event decoder (what `seismo append` and POST
 * /v1/events read). Whatever parses and validates must print as canonical
 * JSON that parses back to the same canonical JSON. The stored-body reader
 * vouches for a body being canonical only when it is (verify relies on it).
 * Seeds: fixtures/events. */
#include <stdint.h>
#include <string.h>

#include "../../adapters/json/codec.h"
#include "../../adapters/json/stored.h"
#include "../../core/buf.h"
#include "fuzz.h"

static void fz_roundtrip(const uint8_t *data, size_t size, codec_mode_t mode)
{
    event_t ev, back;
    err_t e = {0};
    int col = 0;
    buf_t a, b;

    buf_init(&a);
    buf_init(&b);
    if (codec_event_parse((const char *)data, size, mode, &ev, &col, &e) == 0 &&
        event_validate(&ev, &e) == 0 && event_canon(&ev, EVENT_CANON_HASHED, &a) == 0 && !a.oom) {
        err_t e2 = {0};
        if (codec_event_parse(buf_str(&a), a.len, CODEC_STORED, &back, NULL, &e2))
            fuzz_abort("canonical JSON does not parse back", e2.msg);
        if (event_canon(&back, EVENT_CANON_HASHED, &b) == 0 && !b.oom &&
            (a.len != b.len || memcmp(a.data, b.data, a.len) != 0))
            fuzz_abort("canonical JSON is not stable", buf_str(&a));
        event_release(&back);
    }
    event_release(&ev);
    buf_release(&a);
    buf_release(&b);
}

static void fz_vouched(const uint8_t *data, size_t size)
{
    event_t ev, view;
    err_t e = {0};
    int canonical = 0, vcanonical = 0, vrc;
    buf_t a, b, scratch;

    /* the allocation-free reader verify tries first reads the same event or none */
    buf_init(&scratch);
    vrc = stored_decode_view((const char *)data, size, &view, &vcanonical, &scratch, &e);
    if (stored_decode_canon((const char *)data, size, &ev, &canonical, &e)) {
        if (vrc == 0) fuzz_abort("the view reader read a body the reader does not", "");
        buf_release(&scratch);
        return;
    }
    buf_init(&a);
    buf_init(&b);
    if (canonical && event_canon(&ev, EVENT_CANON_FULL, &a) == 0 && !a.oom &&
        (a.len != size || memcmp(a.data, data, size) != 0))
        fuzz_abort("the stored reader vouched for a body that is not canonical", buf_str(&a));
    if (vrc == 0) {
        buf_reset(&a);
        if (event_canon(&ev, EVENT_CANON_FULL, &a) == 0 &&
            event_canon(&view, EVENT_CANON_FULL, &b) == 0 && !a.oom && !b.oom &&
            (a.len != b.len || memcmp(a.data, b.data, a.len) != 0 || canonical != vcanonical))
            fuzz_abort("the view reader read another event", buf_str(&b));
    }
    event_release(&ev);
    buf_release(&a);
    buf_release(&b);
    buf_release(&scratch);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;

    if (!ready) {
        fuzz_quiet_json();
        ready = 1;
    }
    fz_roundtrip(data, size, CODEC_INPUT);
    fz_roundtrip(data, size, CODEC_STORED);
    fz_vouched(data, size);
    return 0;
}
