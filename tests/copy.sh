#!/usr/bin/env bash
# seismo copy: a log moves between the engines (SQLite to PostgreSQL and back)
# with the same seq, ids, recorded_at and hashes; verify passes on the target;
# an interrupted copy resumes; a target holding a different log is refused
# untouched; the user's company registry goes along.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/pg/lib.sh"
pg_require

ev() { # ev COMPANY PERCENT DATE
    printf '{"type":"share_move","occurred_on":"%s","companies":[{"id":"%s"}],"data":{"percent":%s}}\n' "$3" "$1" "$2"
}

src="$TMP/src.db"
for b in $(seq 1 6); do
    : > "$TMP/b$b.ndjson"
    for i in $(seq 1 50); do ev "C$((i % 7))" "$b.$i" "2025-0$((1 + b % 9))-1$((i % 10))" >> "$TMP/b$b.ndjson"; done
    "$SEISMO" --db "$src" append "$TMP/b$b.ndjson" >/dev/null
done
expect_exit 0 "add a company to the source's registry" "$SEISMO" --db "$src" companies add acmerockets --name "Acme Rockets" --ticker ACMR --alias "Acme R"
expect_exit 0 "source verifies" "$SEISMO" --db "$src" verify
contains "$TMP/out" "300 events verified" "source holds 300 events"

# --- SQLite to PostgreSQL
pg=$(pg_fresh copy)
expect_exit 0 "copy sqlite -> postgresql" "$SEISMO" copy --from "$src" --to "$pg"
contains "$TMP/out" "copied 300 events" "copy reports what it copied"
# the planner knows the copied log's size at once (no statistics made every
# page of a verify scan look costly enough for JIT: 10x slower at 100k events)
for t in events event_companies; do
    n=$(pg_sql "$pg" "SELECT reltuples::bigint FROM pg_class WHERE oid = '$t'::regclass")
    [ "${n:-0}" -ge 300 ] && ok || bad "statistics of $t after the copy: reltuples $n, want >= 300 (ANALYZE)"
done
expect_exit 0 "verify on the PostgreSQL target" "$SEISMO" --db "$pg" verify
contains "$TMP/out" "300 events verified" "the target verifies"
"$SEISMO" --db "$src" events --format ndjson > "$TMP/src.ndjson"
"$SEISMO" --db "$pg" events --format ndjson > "$TMP/pg.ndjson"
cmp -s "$TMP/src.ndjson" "$TMP/pg.ndjson" && ok || bad "the copy's events (seq, ids, recorded_at, hashes) differ from the source's"
[ "$(wc -l < "$TMP/pg.ndjson")" = 300 ] && ok || bad "300 events on the target"
expect_exit 0 "the registry went along" "$SEISMO" --db "$pg" companies show ACMR
contains "$TMP/out" "Acme Rockets" "the copied registry knows the company"
expect_exit 0 "copy again" "$SEISMO" copy --from "$src" --to "$pg"
contains "$TMP/out" "copied 0 events" "a second copy copies nothing"

# --- resuming: the source grew; the next copy takes only the rest
for b in 7 8; do
    : > "$TMP/b$b.ndjson"
    for i in $(seq 1 50); do ev "D$((i % 5))" "$b.$i" "2025-03-1$((i % 10))" >> "$TMP/b$b.ndjson"; done
    "$SEISMO" --db "$src" append "$TMP/b$b.ndjson" >/dev/null
done
expect_exit 0 "copy resumes" "$SEISMO" copy --from "$src" --to "$pg"
contains "$TMP/out" "copied 100 events" "only what the target lacks is copied"
expect_exit 0 "verify after the resumed copy" "$SEISMO" --db "$pg" verify
contains "$TMP/out" "400 events verified" "the resumed target verifies"

# --- an interrupted copy (kill -9 in the middle) resumes to the same log
big="$TMP/big.db"
: > "$TMP/big.ndjson"
for i in $(seq 1 4000); do ev "B$((i % 11))" "$i.25" "2024-0$((1 + i % 9))-2$((i % 8))" >> "$TMP/big.ndjson"; done
"$SEISMO" --db "$big" append "$TMP/big.ndjson" >/dev/null
pg2=$(pg_fresh copykill)
"$SEISMO" copy --from "$big" --to "$pg2" >/dev/null 2>&1 &
cpid=$!
for i in $(seq 1 300); do
    n=$(pg_sql "$pg2" "SELECT count(*) FROM events" 2>/dev/null || echo 0)
    [ "${n:-0}" -gt 0 ] && break
    sleep 0.05
done
kill -9 "$cpid" 2>/dev/null || true
wait "$cpid" 2>/dev/null || true
n=$(pg_sql "$pg2" "SELECT count(*) FROM events" 2>/dev/null || echo 0)
echo "copy killed with $n of 4000 events on the target"
expect_exit 0 "verify the interrupted target" "$SEISMO" --db "$pg2" verify
expect_exit 0 "copy after the kill" "$SEISMO" copy --from "$big" --to "$pg2"
expect_exit 0 "verify after the kill and the resumed copy" "$SEISMO" --db "$pg2" verify
contains "$TMP/out" "4000 events verified" "the resumed copy is whole"
"$SEISMO" --db "$big" events --format ndjson | sha256sum > "$TMP/a.sum"
"$SEISMO" --db "$pg2" events --format ndjson | sha256sum > "$TMP/b.sum"
cmp -s "$TMP/a.sum" "$TMP/b.sum" && ok || bad "the resumed copy differs from its source"

# --- a target holding a different log is refused, untouched
other=$(pg_fresh other)
ev ZZZ 1 2025-01-01 | "$SEISMO" --db "$other" append - >/dev/null
before=$(pg_sql "$other" "SELECT count(*), max(hash) FROM events")
expect_exit 65 "copy onto a different log" "$SEISMO" copy --from "$src" --to "$other"
contains "$TMP/err" "different log" "the refusal says why"
[ "$(pg_sql "$other" "SELECT count(*), max(hash) FROM events")" = "$before" ] && ok || bad "the refused target must be untouched"

# --- PostgreSQL back to SQLite, same log
back="$TMP/back.db"
expect_exit 0 "copy postgresql -> sqlite" "$SEISMO" copy --from "$pg" --to "$back"
expect_exit 0 "verify on the SQLite target" "$SEISMO" --db "$back" verify
contains "$TMP/out" "400 events verified" "the SQLite copy verifies"
"$SEISMO" --db "$back" events --format ndjson > "$TMP/back.ndjson"
"$SEISMO" --db "$src" events --format ndjson > "$TMP/src.ndjson"
cmp -s "$TMP/src.ndjson" "$TMP/back.ndjson" && ok || bad "the round trip changed the log"

# --- usage and missing input
expect_exit 64 "copy without --to" "$SEISMO" copy --from "$src"
expect_exit 66 "copy from a missing file" "$SEISMO" copy --from "$TMP/none.db" --to "$TMP/x.db"
expect_exit 64 "copy onto itself" "$SEISMO" copy --from "$src" --to "$src"
finish
