#!/usr/bin/env bash
# make demo: ingest the bundled sample articles into a fresh database, print a
# timeline and a summary, and write a report. usage: run.sh SEISMO
set -euo pipefail
seismo=${1:-./seismo}
db=${DEMO_DB:-build/demo.db}
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db-wal" "$db-shm"
export SEISMO_DB=$db
say() { printf '\n\033[1m$ %s\033[0m\n' "$*" >&2; }
say "seismo init"; "$seismo" init
say "seismo append fixtures/events/demo.ndjson"; "$seismo" append fixtures/events/demo.ndjson
say "seismo events --company AAPL"; "$seismo" events --company AAPL
say "seismo verify"; "$seismo" verify
