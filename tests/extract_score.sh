#!/usr/bin/env bash
# Scores the extractor: the seed must reach strict F1 1.0, every fixture article 0.9.
# One `seismo ingest --dry-run` reads every article (each is extracted on its own: the
# events are those of one run per file) and one Python process scores them all, instead of
# a process of each per article.
set -euo pipefail
: "${SEISMO:?}" "${SHARED:?}"
cd "$(dirname "$0")/.."
t=$(mktemp -d /tmp/seismo-score.XXXXXX)
trap 'rm -rf "$t"' EXIT
seed="$SHARED/seed/apple-alibaba-2025-02-12"
args=("$seed.txt:$seed.gold.json:1.0")
files=("$seed.txt")
n=0
for f in fixtures/articles/*.txt; do
    args+=("$f:${f%.txt}.gold.json:0.9")
    files+=("$f")
    n=$((n + 1))
done
fail=0
[ "$n" -ge 15 ] || { echo "  FAIL only $n fixture articles (need 15)"; fail=1; }
if ! "$SEISMO" --db /nonexistent/seismo.db ingest --dry-run --format ndjson "${files[@]}" \
    >"$t/all.ndjson" 2>"$t/err"; then
    echo "  FAIL seismo ingest --dry-run of the articles:"
    tail -5 "$t/err"
    fail=1
fi
python3 tests/eval/score_fixtures.py "$SHARED/tools/score-events" "$t/all.ndjson" "$t" "${args[@]}" ||
    fail=1
exit $fail
