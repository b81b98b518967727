#!/usr/bin/env bash
# Daemon benchmarks: GET /v1/companies/AAPL/timeline under wrk (4 connections,
# 10 s) beside nginx serving the same JSON bytes as a static file in the same
# run, with the daemon's worst loop stall (timer probe) during it; light
# requests (status, appends) while 16 reports of a 20,000-event log are in
# flight, beside the same requests on the idle daemon. The spool is measured
# beside `seismo ingest` in tests/bench/spool.sh.
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
stall=$(curl -s "http://127.0.0.1:$P1/metrics" | awk '$1 == "seismo_loop_stall_max_seconds" { printf "%.1f", $2 * 1000 }')
echo "  worst loop stall during the run: ${stall} ms (target < 10)"
bench_row "daemon worst loop stall under wrk" "$stall ms" "10 ms (target)" "$(bench_ratio "$stall" 10)" "<= 1"
kill "${pids[@]}" 2>/dev/null || true
wait 2>/dev/null || true
pids=()

# 16 reports in flight: the latency of /v1/status, /healthz and an append
# while they run, beside the same requests on the idle daemon (the baseline),
# the worst loop stall, and the daemon's peak memory.
REPORT_EVENTS=${BENCH_REPORT_EVENTS:-20000}
rdb="$dir/reports.db"
python3 - "$REPORT_EVENTS" > "$dir/reports.ndjson" <<'PY'
import json, sys
for i in range(int(sys.argv[1])):
    c = "RP%03d" % (i % 200)
    print(json.dumps({"type": "share_move", "occurred_on": "2024-%02d-%02d" % (1 + i % 12, 1 + i % 28),
        "companies": [{"id": c, "name": "Bench %s" % c, "ticker": c, "role": "subject"}],
        "data": {"percent": (i % 17) - 8.5},
        "source": {"name": "bench-%d.txt" % i, "offset": 0, "length": 10,
                   "sentence": "%s shares moved in story %d." % (c, i)}}))
PY
"$SEISMO" --db "$rdb" init >/dev/null
"$SEISMO" --db "$rdb" append "$dir/reports.ndjson" >/dev/null
"$SEISMO" --db "$rdb" rebuild >/dev/null
P4=$(port)
"$SEISMO" daemon --db "$rdb" --listen "127.0.0.1:$P4" 2>"$dir/reports.log" &
rpid=$!; pids+=($rpid)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$P4/healthz" >/dev/null && break; sleep 0.1; done
python3 - "http://127.0.0.1:$P4" "$rpid" "$dir/reports.fig" <<'PY'
import json, statistics, sys, threading, time, urllib.error, urllib.request
url, pid = sys.argv[1], sys.argv[2]
def timed(req):
    t0 = time.time()
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            r.read(); st = r.status
    except urllib.error.HTTPError as e:
        st = e.code
    except OSError:
        st = 0  # timed out or reset: counted, not lost
    return st, (time.time() - t0) * 1000
n = [0]
def light():
    n[0] += 1
    ev = json.dumps({"type": "share_move", "occurred_on": "2025-01-02",
        "companies": [{"id": "RP000", "role": "subject"}], "data": {"percent": n[0] / 100},
        "source": {"name": "b.txt", "offset": 0, "length": 1, "sentence": "bench %d" % n[0]}})
    post = urllib.request.Request(url + "/v1/events", data=(ev + "\n").encode(),
                                  headers={"Content-Type": "application/x-ndjson"})
    return [timed(url + "/v1/status")[1], timed(url + "/healthz")[1], timed(post)[1]]
def hwm():
    for line in open("/proc/%s/status" % pid):
        if line.startswith("VmHWM:"): return int(line.split()[1]) // 1024
idle = [light() for _ in range(20)]
rss0 = hwm()
t0 = time.time()
st, one = timed(url + "/v1/report")
done = []
def report(i):
    done.append(timed(url + "/v1/report?window=%d" % (i + 1)))
threads = [threading.Thread(target=report, args=(i,)) for i in range(16)]
for t in threads: t.start()
time.sleep(0.3)
busy = []
while any(t.is_alive() for t in threads) and len(busy) < 200:
    busy.append(light())
    time.sleep(0.05)
for t in threads: t.join()
with urllib.request.urlopen(url + "/metrics") as r:
    stall = [float(l.split()[1]) for l in r.read().decode().splitlines()
             if l.startswith("seismo_loop_stall_max_seconds ")][0] * 1000
def col(rows, k): return [r[k] for r in rows]
print("16 concurrent GET /v1/report (one report alone: %.0f ms, HTTP %d):" % (one, st))
for k, name in enumerate(["GET /v1/status", "GET /healthz", "POST /v1/events"]):
    a, b = col(idle, k), col(busy, k)
    print("  %-16s idle median %6.1f ms max %6.1f | under 16 reports median %6.1f ms max %6.1f (target < 100 ms)"
          % (name, statistics.median(a), max(a), statistics.median(b), max(b)))
print("  reports: %d answered 200, %d 503; slowest %.0f ms" % (sum(1 for s, _ in done if s == 200),
      sum(1 for s, _ in done if s == 503), max(t for _, t in done)))
print("  worst loop stall %.1f ms (target < 10); peak RSS %d MB (idle %d MB)" % (stall, hwm(), rss0))
with open(sys.argv[3], "w") as f:
    f.write("%.1f %.1f %.1f %.1f %d %d\n" % (max(col(busy, 0)), max(col(idle, 0)),
            max(col(busy, 2)), stall, hwm(), rss0))
PY
read -r st_busy st_idle ap_busy rstall rss rss0 < "$dir/reports.fig"
bench_row "daemon status max, 16 reports running" "$st_busy ms" "100 ms (target; idle $st_idle ms)" "$(bench_ratio "$st_busy" 100)" "<= 1"
bench_row "daemon append max, 16 reports running" "$ap_busy ms" "100 ms (target)" "$(bench_ratio "$ap_busy" 100)" "<= 1"
bench_row "daemon worst loop stall, 16 reports" "$rstall ms" "10 ms (target)" "$(bench_ratio "$rstall" 10)" "<= 1"
bench_row "daemon peak RSS, 16 reports" "$rss MB" "$rss0 MB idle" "$(bench_ratio "$rss" "$rss0")" "-"
kill "$rpid" 2>/dev/null || true
wait "$rpid" 2>/dev/null || true
pids=()
