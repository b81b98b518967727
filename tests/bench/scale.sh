#!/usr/bin/env bash
# Scaling: how the costs grow with the log. For generated logs of 10k, 100k
# and 1M events (tests/bench/bench_proj.c, kept in build/bench/) on SQLite, and
# the same logs copied into PostgreSQL (a throwaway cluster, fsync on):
#   append of a 1k-event batch, timeline of one company (C0001, about 0.07% of
#   the events), verify, rebuild, database bytes per event, and the peak memory
#   of ingest, rebuild and the daemon;
#   verify beside sha256sum over the same bytes (prev_hash and body of every
#   event: what the chain hashes), target >= 0.5;
#   ingest cost per article on the log beside the same articles on an empty
#   log, target <= 1.2 at 1M events.
# It ends with the markdown table of docs/performance.md.
# SCALE_SIZES (default "10000 100000 1000000") and SCALE_PG_SIZES (default
# "10000 100000": copying 1M events into PostgreSQL takes over half an hour
# here; "" skips PostgreSQL) choose the logs.
set -euo pipefail
. "$(dirname "$0")/lib/table.sh"
here=$(cd "$(dirname "$0")/.." && pwd)
BENCH_BIN=${BENCH_BIN:-$here/../build/rel/bench}
SEISMO=${SEISMO:-$here/../seismo}
sizes=${SCALE_SIZES:-10000 100000 1000000}
pg_sizes=${SCALE_PG_SIZES-10000 100000}
keep=${PROJ_BENCH_DIR:-$(pwd)/build/bench}
dir=$(mktemp -d /tmp/seismo-bench-scale.XXXXXX)
pgdir=""
dpid=""
cleanup() {
    [ -z "$dpid" ] || kill "$dpid" 2>/dev/null || true
    [ -z "$pgdir" ] || bash "$here/pg/cluster.sh" stop "$pgdir" || true
    rm -rf "$dir"
}
trap cleanup EXIT
mkdir -p "$keep" "$dir/art/a" "$dir/art/b"
ARTICLES=${SCALE_ARTICLES:-200}

# Distinct articles (the daemon benchmark's kind), and a 1k-event batch.
python3 - "$dir/art" "$ARTICLES" "$dir/batch.ndjson" <<'PY'
import os, sys
art, n, batch = sys.argv[1], int(sys.argv[2]), sys.argv[3]
cos = ["Apple", "Alibaba", "Nvidia", "Intel", "Microsoft", "Amazon", "Tesla", "Baidu", "Meta", "Samsung"]
for i in range(2 * n):
    out = os.path.join(art, "a" if i < n else "b")
    a, b = cos[i % 10], cos[(i * 7 + 3) % 10]
    d = 1 + i % 28
    text = (f"Date: March {d}, 2025\n{a} and {b} announce a partnership, scale story {i}\n"
            f"{a} and {b} said on Tuesday they would work together on chips. "
            f"{a}'s shares rose {1 + i % 9}.{i % 10}% while {b} shares fell {i % 5}.{i % 7}%.\n")
    with open(os.path.join(out, f"s{i:05d}.txt"), "w") as f:
        f.write(text)
with open(batch, "w") as f:
    for i in range(1000):
        f.write('{"type":"share_move","occurred_on":"2026-01-%02d","companies":[{"id":"C%04d"}],'
                '"data":{"percent":%d.%d},"source":{"name":"scale-batch.txt","sentence":"batch %d"}}\n'
                % (1 + i % 28, i % 2000, i % 7, i % 10, i))
PY

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
# timed OUT CMD...: runs CMD, writes "seconds peak_kb" to OUT (GNU time).
timed() {
    local out=$1
    shift
    /usr/bin/time -f '%e %M' -o "$out" "$@" >/dev/null
}
secs() { cut -d' ' -f1 "$1"; }
peak_mb() { awk '{ printf "%.0f", $2 / 1024 }' "$1"; }
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Peak memory (MB) of a daemon on db after a status, a timeline and a summary.
daemon_peak() {
    local db=$1 p hwm
    p=$(port)
    "$SEISMO" daemon --db "$db" --listen "127.0.0.1:$p" 2>"$dir/daemon.log" &
    dpid=$!
    for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$p/healthz" >/dev/null && break; sleep 0.1; done
    curl -sf -m 300 "http://127.0.0.1:$p/v1/status" >/dev/null || true
    curl -sf -m 300 "http://127.0.0.1:$p/v1/companies/C0001/timeline" >/dev/null || true
    curl -sf -m 300 "http://127.0.0.1:$p/v1/companies/HOT/timeline" >/dev/null || true
    hwm=$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$dpid/status" 2>/dev/null || echo "?")
    kill "$dpid" 2>/dev/null || true
    wait "$dpid" 2>/dev/null || true
    dpid=""
    echo "$hwm"
}

# Ingest seconds per article into db, durable: the better of two sets of
# distinct articles (the machine is shared); peak memory in OUT.
ingest_cost() {
    local db=$1 out=$2 a b
    timed "$out" "$SEISMO" --db "$db" ingest "$dir"/art/a/*.txt
    a=$(awk -v n="$ARTICLES" '{ printf "%.6f", $1 / n }' "$out")
    timed "$out" "$SEISMO" --db "$db" ingest "$dir"/art/b/*.txt
    b=$(awk -v n="$ARTICLES" '{ printf "%.6f", $1 / n }' "$out")
    awk -v a="$a" -v b="$b" 'BEGIN { printf "%.6f", a < b ? a : b }'
}

# measure ENGINE N DB BYTES: one row of the scaling table.
measure() {
    local engine=$1 n=$2 db=$3 bytes=$4 t_rebuild t_verify t_tl t_hot t_append ing ing_empty m_reb m_ing m_dmn
    timed "$dir/t" "$SEISMO" --db "$db" rebuild
    t_rebuild=$(secs "$dir/t")
    m_reb=$(peak_mb "$dir/t")
    timed "$dir/t" "$SEISMO" --db "$db" timeline C0001 --format ndjson
    t_tl=$(secs "$dir/t")
    timed "$dir/t" "$SEISMO" --db "$db" timeline HOT --format ndjson
    t_hot=$(secs "$dir/t")
    timed "$dir/t" "$SEISMO" --db "$db" verify
    t_verify=$(secs "$dir/t")
    timed "$dir/t" "$SEISMO" --db "$db" append "$dir/batch.ndjson"
    t_append=$(secs "$dir/t")
    ing=$(ingest_cost "$db" "$dir/t")
    m_ing=$(peak_mb "$dir/t")
    m_dmn=$(daemon_peak "$db")
    put "$engine" 1 "append of a 1k-event batch (s)" "$n" "$t_append"
    put "$engine" 2 "timeline of C0001, all its rows (s)" "$n" "$t_tl"
    put "$engine" 3 "timeline of HOT, 10k rows (s)" "$n" "$t_hot"
    put "$engine" 4 "verify (s)" "$n" "$t_verify"
    put "$engine" 5 "rebuild (s)" "$n" "$t_rebuild"
    put "$engine" 6 "database bytes per event" "$n" "$(awk -v b="$bytes" -v n="$n" 'BEGIN { printf "%.0f", b / n }')"
    put "$engine" 7 "ingest, ms per article" "$n" "$(awk -v a="$ing" 'BEGIN { printf "%.2f", a * 1000 }')"
    put "$engine" 8 "ingest per article / empty log" "$n" "$(awk -v a="$ing" -v b="$ING_EMPTY" 'BEGIN { printf "%.2f", a / b }')"
    put "$engine" 9 "peak MB, ingest" "$n" "$m_ing"
    put "$engine" 10 "peak MB, rebuild" "$n" "$m_reb"
    put "$engine" 11 "peak MB, daemon" "$n" "$m_dmn"
    if [ "$engine" = SQLite ]; then
        # sha256sum over the bytes the chain hashes, from the page cache.
        sqlite3 "$db" "SELECT prev_hash || body FROM events ORDER BY seq" > "$dir/chain.bytes"
        local s0 t_sha
        s0=$(now)
        sha256sum "$dir/chain.bytes" >/dev/null
        t_sha=$(since "$s0")
        rm -f "$dir/chain.bytes"
        bench_row "verify, $n events ($engine)" "$t_verify s" "$t_sha s sha256sum" \
            "$(bench_ratio "$t_sha" "$t_verify")" ">= 0.5"
    fi
    bench_row "ingest cost per article, $n events ($engine)" \
        "$(awk -v a="$ing" 'BEGIN { printf "%.2f ms", a * 1000 }')" \
        "$(awk -v a="$ING_EMPTY" 'BEGIN { printf "%.2f ms empty log", a * 1000 }')" \
        "$(bench_ratio "$ing" "$ING_EMPTY")" "$([ "$n" -ge 1000000 ] && echo '<= 1.2' || echo -)"
}

# put ENGINE ORDER MEASURE N VALUE: one cell of the scaling table.
put() { printf '%s\t%02d\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" >> "$dir/cells"; echo "  $1 $4: $3 = $5"; }
: > "$dir/cells"

# The empty-log cost of an article, measured in this run (SQLite).
"$SEISMO" --db "$dir/empty.db" init >/dev/null
ING_EMPTY=$(ingest_cost "$dir/empty.db" "$dir/t")
echo "ingest on an empty log: $(awk -v a="$ING_EMPTY" 'BEGIN { printf "%.2f", a * 1000 }') ms per article"

for n in $sizes; do
    src="$keep/proj-$n.db"
    [ "$n" -ge 1000000 ] && c=2000 || c=$(( n / 500 > 20 ? n / 500 : 20 ))
    "$BENCH_BIN/bench_proj" gen "$src" "$n" "$c"
    cp "$src" "$dir/work.db"
    # size after rebuild: log plus read models, WAL folded in
    "$SEISMO" --db "$dir/work.db" rebuild >/dev/null
    sqlite3 "$dir/work.db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
    measure SQLite "$n" "$dir/work.db" "$(stat -c %s "$dir/work.db")"
    rm -f "$dir"/work.db*
done

if [ -n "$pg_sizes" ]; then
    pgdir=$(mktemp -d /tmp/seismo-bench-scale-pg.XXXXXX)
    eval "$(bash "$here/pg/cluster.sh" start "$pgdir")"
    psql -X -q "$SEISMO_TEST_PG_BASE/postgres" -c "CREATE DATABASE scale_empty" >/dev/null
    "$SEISMO" --db "$SEISMO_TEST_PG_BASE/scale_empty" init >/dev/null
    pg_empty=$(ingest_cost "$SEISMO_TEST_PG_BASE/scale_empty" "$dir/t")
    echo "ingest on an empty PostgreSQL log: $(awk -v a="$pg_empty" 'BEGIN { printf "%.2f", a * 1000 }') ms per article"
    for n in $pg_sizes; do
        db="$SEISMO_TEST_PG_BASE/scale_$n"
        psql -X -q "$SEISMO_TEST_PG_BASE/postgres" -c "CREATE DATABASE scale_$n" >/dev/null
        s0=$(now)
        "$SEISMO" copy --from "$keep/proj-$n.db" --to "$db" >/dev/null
        echo "copied $n events into PostgreSQL in $(since "$s0") s"
        "$SEISMO" --db "$db" rebuild >/dev/null
        bytes=$(psql -X -At "$db" -c "SELECT pg_database_size(current_database())")
        ING_EMPTY_SQLITE=$ING_EMPTY
        ING_EMPTY=$pg_empty
        measure PostgreSQL "$n" "$db" "$bytes"
        ING_EMPTY=$ING_EMPTY_SQLITE
        psql -X -q "$SEISMO_TEST_PG_BASE/postgres" -c "DROP DATABASE scale_$n WITH (FORCE)" >/dev/null
    done
fi
echo
echo "Scaling table (docs/performance.md):"
sort -t "$(printf '\t')" -k2,2 -k1,1r -s "$dir/cells" | awk -F '\t' -v sizes="$sizes" '
    BEGIN { ns = split(sizes, sz, " "); printf "| measure | engine |"; for (i = 1; i <= ns; i++) printf " %s |", sz[i]; printf "\n|---|---|"; for (i = 1; i <= ns; i++) printf "---|"; printf "\n" }
    { key = $3 "\t" $1; if (!(key in seen)) { seen[key] = 1; order[++k] = key } v[key, $4] = $5 }
    END { for (j = 1; j <= k; j++) { split(order[j], p, "\t"); printf "| %s | %s |", p[1], p[2]
              for (i = 1; i <= ns; i++) printf " %s |", ((order[j], sz[i]) in v) ? v[order[j], sz[i]] : "-"
              printf "\n" } }'

