#!/usr/bin/env bash
# Deal parties on the fixture articles (fixtures/articles/parties.gold.tsv): every deal
# names the right acquirer and target (one event), and the seller where there is one;
# sales read the right way, names with "of", "and" and initials whole, tickers never
# companies, goods and analyst ratings no deals. Scored by tests/eval/parties.py.
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.."
gold=fixtures/articles/parties.gold.tsv
files=$(awk -F'\t' '!/^#/ && NF { print "fixtures/articles/" $2 }' "$gold")
# shellcheck disable=SC2086
"$SEISMO" --db /nonexistent/x.db ingest --dry-run --format ndjson $files >"$TMP/ev" 2>/dev/null
python3 tests/eval/parties.py --errors "$gold" "$TMP/ev" >"$TMP/score" || true
cat "$TMP/score"
n=$(grep -c . <<< "$files")
strict=$(awk '$1 == "all" { split($3, a, "/"); print a[1] }' "$TMP/score")
check "every fixture deal has the right acquirer and target ($strict of $n)" [ "${strict:-0}" -eq "$n" ]
sel=$(awk '$1 == "all" { print $9 }' "$TMP/score")
check "every seller named ($sel)" [ "${sel%/*}" = "${sel#*/}" ]
for f in $files; do
    case $f in *not-deals*) ;; *) continue ;; esac
    check "no deal for goods or an analyst's buy rating" \
        bash -c '! grep -q "\"name\":\"\\(Cray\\|Wal-Mart\\|Ford\\)[^\"]*\",\"role\":\"\\(acquirer\\|target\\)\"" "$0"' "$TMP/ev"
done
check "a ticker is never a company (UPS, BONA.S)" bash -c '! grep -q "\"name\":\"\\(UPS\\|FIRM\\)\"" "$0"' "$TMP/ev"
finish
