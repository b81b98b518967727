#!/usr/bin/env bash
# Scores the extractor: the seed must reach strict F1 1.0, every fixture article 0.9.
set -euo pipefail
: "${SEISMO:?}" "${SHARED:?}"
cd "$(dirname "$0")/.."
fail=0
score() { # FILE GOLD MIN
    local f1
    f1=$("$SEISMO" --db /nonexistent/seismo.db ingest --dry-run --format ndjson "$1" 2>/dev/null |
        "$SHARED/tools/score-events" "$2" | sed -n 's/^strict_f1=//p')
    if awk -v a="$f1" -v b="$3" 'BEGIN { exit !(a + 0 >= b + 0) }'; then
        printf '  ok   %-36s strict_f1=%s\n' "$(basename "$1")" "$f1"
    else
        printf '  FAIL %-36s strict_f1=%s (need %s)\n' "$(basename "$1")" "$f1" "$3"
        fail=1
    fi
}
seed="$SHARED/seed/apple-alibaba-2025-02-12"
score "$seed.txt" "$seed.gold.json" 1.0
n=0
for f in fixtures/articles/*.txt; do
    score "$f" "${f%.txt}.gold.json" 0.9
    n=$((n + 1))
done
[ "$n" -ge 15 ] || { echo "  FAIL only $n fixture articles (need 15)"; fail=1; }
exit $fail
