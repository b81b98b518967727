#!/usr/bin/env bash
# Articles with very long lines (no line breaks, no sentence ends) are extracted in time
# linear in their length: a 4 MB one-line article with thousands of distinct company
# names completes well within a generous limit (before the fix it took minutes). Not a
# speed measurement (that is `make bench`): only that it completes and finds the deals.
. "$(dirname "$0")/lib.sh"
python3 - "$TMP/line.txt" <<'PY'
import sys
out, n, i = [], 0, 0
while n < 4_000_000:
    s = ("Norvak%d Corp said its quarterly results were in line with forecasts, and "
         "Bellmont%d Holdings Inc said it had no comment on the market ; " % (i, i))
    if i % 50 == 0:
        s += "Tarvex%d Corp agreed to acquire Quillon%d Inc for %d mln dlrs ; " % (i, i, i + 10)
    out.append(s); n += len(s); i += 1
open(sys.argv[1], "w").write("".join(out) + "\n")
PY
set +e
timeout 240 "$SEISMO" --db /nonexistent/x.db ingest --dry-run --format ndjson "$TMP/line.txt" \
    >"$TMP/ev" 2>"$TMP/err"
rc=$?
set -e
check "a 4 MB one-line article completes (exit $rc)" [ "$rc" -eq 0 ]
n=$(grep -c '"type":"acquisition"' "$TMP/ev" || true)
check "  and finds its deals ($n acquisitions)" [ "$n" -ge 100 ]
check "  the first deal names Tarvex0 buying Quillon0" grep -q '"name":"Tarvex0[^"]*","role":"acquirer".*"name":"Quillon0[^"]*","role":"target"' "$TMP/ev"
finish
