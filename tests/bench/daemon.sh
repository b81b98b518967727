#!/usr/bin/env bash
# Daemon benchmarks: GET /v1/companies/AAPL/timeline under wrk (4 connections,
# 10 s) beside nginx serving the same JSON bytes as a static file in the same
# run; and articles/s ingested end to end through the spool for 10,000 articles.
set -euo pipefail
. "$(dirname "$0")/lib/table.sh"
need=""
command -v wrk >/dev/null || need="$need wrk"
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need="$need nginx-light"
if [ -n "$need" ]; then
    echo "installing$need for the benchmark"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
dir=$(mktemp -d /tmp/seismo-bench-daemon.XXXXXX)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; sleep 0.3; rm -rf "$dir"' EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
DURATION=${BENCH_SECONDS:-10}

db="$dir/seismo.db"
"$SEISMO" --db "$db" ingest "$SHARED/seed/apple-alibaba-2025-02-12.txt" >/dev/null
P1=$(port); P2=$(port)
"$SEISMO" daemon --db "$db" --listen "127.0.0.1:$P1" 2>"$dir/daemon.log" &
pids+=($!)
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$P1/healthz" >/dev/null && break; sleep 0.1; done
mkdir -p "$dir/www/v1/companies/AAPL"
curl -sf "http://127.0.0.1:$P1/v1/companies/AAPL/timeline" > "$dir/www/v1/companies/AAPL/timeline"
bytes=$(wc -c < "$dir/www/v1/companies/AAPL/timeline")
cat > "$dir/nginx.conf" <<NGX
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/nginx.err;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    client_body_temp_path $dir;
    proxy_temp_path $dir; fastcgi_temp_path $dir; uwsgi_temp_path $dir; scgi_temp_path $dir;
    server { listen 127.0.0.1:$P2; root $dir/www; keepalive_requests 1000000; }
}
NGX
"$NGINX" -c "$dir/nginx.conf" -p "$dir" 2>>"$dir/nginx.err" &
pids+=($!)
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$P2/v1/companies/AAPL/timeline" >/dev/null && break; sleep 0.1; done
run_wrk() { wrk -t2 -c4 -d"${DURATION}s" --latency "$1" > "$2" 2>&1; }
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99() { awk '$1 == "99%" {print $2}' "$1"; }
run_wrk "http://127.0.0.1:$P1/v1/companies/AAPL/timeline" "$dir/seismo.wrk"
run_wrk "http://127.0.0.1:$P2/v1/companies/AAPL/timeline" "$dir/nginx.wrk"
s=$(rps "$dir/seismo.wrk"); n=$(rps "$dir/nginx.wrk")
echo "GET /v1/companies/AAPL/timeline ($bytes bytes), wrk 4 connections ${DURATION}s:"
printf '  seismo %10s req/s  p99 %s\n' "$s" "$(p99 "$dir/seismo.wrk")"
printf '  nginx  %10s req/s  p99 %s\n' "$n" "$(p99 "$dir/nginx.wrk")"
printf '  ratio seismo/nginx %.2f (target >= 0.5)\n' "$(awk -v a="$s" -v b="$n" 'BEGIN { print a / b }')"
bench_row "daemon GET timeline ($bytes bytes)" "$s req/s" "$n req/s nginx" "$(bench_ratio "$s" "$n")" ">= 0.5"
kill "${pids[@]}" 2>/dev/null || true
wait 2>/dev/null || true
pids=()

# Spool: 10,000 distinct articles dropped at once, timed until all are in done/.
N=${BENCH_ARTICLES:-10000}
mkdir -p "$dir/spool/incoming" "$dir/stage"
python3 - "$dir/stage" "$N" <<'PY'
import os, sys
out, n = sys.argv[1], int(sys.argv[2])
cos = ["Apple", "Alibaba", "Nvidia", "Intel", "Microsoft", "Amazon", "Tesla", "Baidu", "Meta", "Samsung"]
for i in range(n):
    a, b = cos[i % 10], cos[(i * 7 + 3) % 10]
    d = 1 + i % 28
    text = (f"Date: February {d}, 2025\n{a} and {b} announce a partnership, story {i}\n"
            f"{a} and {b} said on Tuesday they would work together on chips. "
            f"{a}'s shares rose {1 + i % 9}.{i % 10}% while {b} shares fell {i % 5}.{i % 7}%.\n")
    with open(os.path.join(out, f"a{i:05d}.txt"), "w") as f:
        f.write(text)
PY
sdb="$dir/spool.db"
"$SEISMO" --db "$sdb" init >/dev/null
P3=$(port)
"$SEISMO" daemon --db "$sdb" --spool "$dir/spool" --listen "127.0.0.1:$P3" 2>"$dir/spool.log" &
dpid=$!; pids+=($dpid)
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$P3/healthz" >/dev/null && break; sleep 0.1; done
start=$(date +%s.%N)
mv "$dir/stage/"* "$dir/spool/incoming/" 2>/dev/null || find "$dir/stage" -name '*.txt' -exec mv -t "$dir/spool/incoming/" {} +
while [ "$(find "$dir/spool/done" -type f | wc -l)" -lt "$N" ]; do sleep 0.2; done
end=$(date +%s.%N)
events=$(sqlite3 "$sdb" "SELECT count(*) FROM events")
awk -v n="$N" -v a="$start" -v b="$end" -v ev="$events" \
    'BEGIN { printf "Spool ingest of %d articles: %.1f s, %.0f articles/s (%d events)\n", n, b - a, n / (b - a), ev }'
bench_row "spool ingest, $N articles" "$(awk -v n="$N" -v a="$start" -v b="$end" 'BEGIN { printf "%.0f art/s", n / (b - a) }')" "-" "-" "-"
