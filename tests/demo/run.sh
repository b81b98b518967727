#!/usr/bin/env bash
# make demo: ingest the bundled sample articles into a fresh database, print a
# timeline and a summary, and write the reports (JSON, and an HTML page with charts). usage: run.sh SEISMO
set -euo pipefail
seismo=${1:-./seismo}
db=${DEMO_DB:-build/demo.db}
report=${DEMO_REPORT:-demo-report.json}
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db-wal" "$db-shm"
export SEISMO_DB=$db
say() { printf '\n$ %s\n' "$*" >&2; }
say "seismo ingest fixtures/samples/*.txt"
"$seismo" ingest fixtures/samples/*.txt
say "seismo timeline apple"
"$seismo" timeline apple
say "seismo summary AAPL BABA"
"$seismo" summary AAPL BABA
prices=${SHARED:-../shared}/corpus/prices
if [ -f "$prices/SPY.csv" ]; then
    # With daily bars loaded, reactions are measured too (abnormal returns against SPY).
    for sym in AAPL BABA SPY; do
        say "seismo prices import $prices/$sym.csv"
        "$seismo" prices import "$prices/$sym.csv"
    done
fi
say "seismo reactions --type partnership"
"$seismo" reactions --type partnership
say "seismo report -o $report"
"$seismo" report -o "$report"
html=${report%.json}.html
say "seismo report --format html -o $html"
"$seismo" report --format html -o "$html"
say "seismo verify"
"$seismo" verify
schema=$(sed -n 's/.*"schema": *"\(seismo\.report\/[0-9]*\)".*/\1/p' "$report" | head -n 1)
echo "report written to $report ($(wc -c < "$report") bytes, schema $schema) and $html (open it in a browser)" >&2
