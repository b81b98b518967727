#!/usr/bin/env bash
# seismo ingest on bad and repeated input.
set -uo pipefail
: "${SEISMO:?}" "${SHARED:?}"
cd "$(dirname "$0")/.."
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
export SEISMO_DB="$t/seismo.db"
fail=0
check() { # DESCRIPTION CONDITION...
    local what=$1
    shift
    if "$@"; then echo "  ok   $what"; else echo "  FAIL $what"; fail=1; fi
}
seed="$SHARED/seed/apple-alibaba-2025-02-12.txt"

: > "$t/empty.txt"
out=$("$SEISMO" ingest "$t/empty.txt" 2>&1); rc=$?
check "empty file: exit 0" [ $rc -eq 0 ]
check "empty file: 0 found" grep -q "0 found" <<< "$out"

printf 'Apple \xff\xfe rose 5%%.\n' > "$t/latin1.txt"
printf 'Apple rose\0 5%%.\n' > "$t/nul.txt"
out=$("$SEISMO" ingest "$t/latin1.txt" "$seed" "$t/nul.txt" 2>"$t/err"); rc=$?
check "bad files: exit 65" [ $rc -eq 65 ]
check "not UTF-8: error names the file" grep -q "latin1.txt.*UTF-8" "$t/err"
check "NUL byte: error names the file" grep -q "nul.txt.*NUL" "$t/err"
n=$(sed -n 's/.*apple-alibaba-2025-02-12.txt: \([0-9][0-9]*\) found, \1 appended.*/\1/p' <<< "$out")
check "other files still ingested" [ "${n:-0}" -ge 13 ]

out=$("$SEISMO" ingest "$seed" 2>&1); rc=$?
check "re-ingest: exit 0" [ $rc -eq 0 ]
check "re-ingest: 0 appended, $n already present" grep -q "0 appended, $n already present" <<< "$out"

head -c $((16 * 1024 * 1024 + 10)) /dev/zero | tr '\0' 'a' > "$t/big.txt"
"$SEISMO" ingest --dry-run "$t/big.txt" > /dev/null 2>"$t/err"; rc=$?
check "over 16 MiB: exit 65" [ $rc -eq 65 ]
check "over 16 MiB: clear error" grep -q "big.txt.*16 MiB" "$t/err"

printf '{"text":"Nvidia shares rose 3%% on Monday.","date":"2025-03-03","title":"T","source":"feed-1"}\n{"text":"Intel shares fell 2%%.","date":"2025-03-04"}\n' > "$t/feed.ndjson"
out=$("$SEISMO" ingest --dry-run --format ndjson "$t/feed.ndjson" 2>/dev/null); rc=$?
check "NDJSON feed: exit 0" [ $rc -eq 0 ]
check "NDJSON feed: dated share move" grep -q '"occurred_on":"2025-03-03"' <<< "$out"
check "NDJSON feed: source name from the feed" grep -q '"name":"feed-1"' <<< "$out"
check "NDJSON feed: second article" grep -q '"INTC"' <<< "$out"

printf 'Nvidia shares rose 3%%.\n' > "$t/nodate.txt"
out=$("$SEISMO" ingest --dry-run --format ndjson --date 2025-05-05 --source-name wire "$t/nodate.txt" 2>/dev/null)
check "--date and --source-name" grep -q '"occurred_on":"2025-05-05".*"name":"wire"' <<< "$out"

"$SEISMO" companies add acme-widgets --name "Acme Widgets" --alias "Acme" > /dev/null; rc=$?
check "companies add: exit 0" [ $rc -eq 0 ]
printf 'id,name,ticker,aliases\nglobex,Globex Corporation,GBX,Globex|Globex Corp\n' > "$t/co.csv"
"$SEISMO" companies import "$t/co.csv" > /dev/null; rc=$?
check "companies import: exit 0" [ $rc -eq 0 ]
check "companies list --user shows both" bash -c '"$0" companies list --user | grep -q acme-widgets && "$0" companies list --user | grep -q globex' "$SEISMO"
check "companies show by alias" bash -c '"$0" companies show Acme | grep -q "Acme Widgets"' "$SEISMO"
printf 'Date: 2025-04-01\nAcme agreed to acquire Globex for $2 billion.\n' > "$t/acme.txt"
out=$("$SEISMO" ingest --dry-run --format ndjson "$t/acme.txt" 2>/dev/null)
check "user companies are recognised" grep -q '"acme-widgets".*"GBX"\|"GBX".*"acme-widgets"' <<< "$out"

# A name that is not UTF-8 would be stored in every event for good: refused.
cp fixtures/articles/asia-business.txt "$t/$(printf 'bad\xffname.txt')"
"$SEISMO" ingest "$t/$(printf 'bad\xffname.txt')" >/dev/null 2>"$t/err"; rc=$?
check "a file name that is not UTF-8: exit 65" [ $rc -eq 65 ]
"$SEISMO" ingest --source-name "$(printf 'x\xc3')" fixtures/articles/asia-business.txt >/dev/null 2>"$t/err"; rc=$?
check "a --source-name that is not UTF-8: exit 65" [ $rc -eq 65 ]
check "  and says so" grep -q "not valid UTF-8" "$t/err"
check "the log still verifies" "$SEISMO" verify
exit $fail
