#!/usr/bin/env bash
# The HTML report of a company with 10,000 events in headless Chromium
# (tests/html/check.cjs, best of 5 loads, and the first, cold, load): when its
# charts are drawn and when the whole page is read, after navigation start
# (target: charts under 2 s),
# beside the page of the seed article's AAPL (7 events) measured in the same run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(mktemp -d /tmp/seismo-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT
PRICES=$SHARED/corpus/prices
export NPM_DIR=${NPM_DIR:-$ROOT/build/npm}
if [ ! -x /usr/bin/chromium ] || [ ! -f "$PRICES/AAPL.csv" ]; then
    echo "html bench: needs /usr/bin/chromium (make deps) and $PRICES" >&2
    exit 1
fi
# measure DB PAGE: prints "charts_ms page_ms first_charts_ms first_page_ms" for the
# AAPL page of DB: the best of 5 loads, and the first (cold) load.
measure() {
    SEISMO_DB=$1 "$SEISMO" report --format html --company AAPL -o "$2"
    timeout -k 5 180 node "$ROOT/tests/html/check.cjs" "$2" --repeat 5 |
        python3 -c 'import json,sys; d=json.load(sys.stdin); assert not d.get("fatal"), d; print(d["charts_ms"], d["page_ms"], d["first"]["charts_ms"], d["first"]["page_ms"])'
}
for db in small big; do
    SEISMO_DB=$dir/$db.db "$SEISMO" prices import "$PRICES/AAPL.csv" >/dev/null
    SEISMO_DB=$dir/$db.db "$SEISMO" prices import "$PRICES/SPY.csv" >/dev/null
done
SEISMO_DB=$dir/small.db "$SEISMO" ingest "$SHARED/seed/apple-alibaba-2025-02-12.txt" >/dev/null
python3 "$ROOT/tests/html/gen_events.py" "$PRICES/AAPL.csv" 10000 >"$dir/big.ndjson"
SEISMO_DB=$dir/big.db "$SEISMO" append "$dir/big.ndjson" >/dev/null
read -r sc sp sc1 sp1 < <(measure "$dir/small.db" "$dir/small.html")
read -r bc bp bc1 bp1 < <(measure "$dir/big.db" "$dir/big.html")
printf 'html report, AAPL with 7 events (baseline): charts drawn %d ms, page read %d ms (%d bytes)\n' \
    "$sc" "$sp" "$(wc -c <"$dir/small.html")"
printf 'html report, AAPL with 10,000 events: charts drawn %d ms (target < 2000), page read %d ms (%d bytes)\n' \
    "$bc" "$bp" "$(wc -c <"$dir/big.html")"
printf 'first (cold) load: 7 events charts %d ms, page %d ms; 10,000 events charts %d ms, page %d ms\n' \
    "$sc1" "$sp1" "$bc1" "$bp1"
printf 'ratio 10,000/7 events: charts %.2f, page %.2f\n' "$(echo "$bc / $sc" | bc -l)" "$(echo "$bp / $sp" | bc -l)"
. "$(dirname "$0")/lib/table.sh"
bench_row "HTML report of 10k events, charts drawn (ratio: time / 2 s)" "$bc ms" "$sc ms with 7 events" \
    "$(bench_ratio "$bc" 2000)" "<= 1"
