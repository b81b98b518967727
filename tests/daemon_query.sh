#!/usr/bin/env bash
# The daemon's query routes: timeline, summary, reactions and report over HTTP
# give the CLI's documents (compared with `seismo ... --format json`), with the
# CLI's parameters, ?consistent=1, 400 on bad parameters, 404 on unknown
# companies (naming close matches) and routes, a report valid against
# docs/report.schema.json, and a clean exit on SIGTERM.
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SEED_NDJSON="$ROOT/fixtures/events/seed.ndjson"
DB=$(new_store db)
export SOURCE_DATE_EPOCH=1700000000 # the daemon's and the CLI's reports say the same time

daemon_script


# json FILE PYTHON-EXPR: the expression (over d, the parsed FILE) must be true.
json() {
    if python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"; then ok
    else bad "json check failed: $2 on $(head -c 400 "$1")"; fi
}
# same A B PYTHON-EXPR DESCRIPTION: the expression over a and b (the parsed files) must be equal.
same() {
    if python3 -c "import json,sys
a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2]))
sys.exit(0 if ($3) else 1)" "$1" "$2"; then ok; else bad "$4: $(head -c 200 "$1") vs $(head -c 200 "$2")"; fi
}
# error FILE CODE: the body is the error document with that code.
error() {
    json "$1" "set(d) == {'error'} and d['error']['code'] == '$2' and d['error']['message'] != ''"
}
# cli FILE ARGS...: runs seismo ARGS on the daemon's database into FILE.
cli() {
    local f=$1; shift
    if timeout -k 5 120 "$SEISMO" --db "$DB" "$@" >"$f" 2>"$TMP/cli.err"; then ok; else bad "seismo $*: $(head -c 300 "$TMP/cli.err")"; fi
}

if daemon_start "$TMP/daemon.log" --db "$DB"; then ok; else
    bad "daemon did not start: $(tail -c 400 "$TMP/daemon.log")"
    finish
    exit 1
fi
expect_exit 0 "append the seed events" "$SEISMO" --db "$DB" append "$SEED_NDJSON"
contains "$TMP/out" "13 appended" "13 seed events appended"

# --- timeline: ?consistent=1 waits for the workers to reach the head
http_get 200 "/v1/companies/AAPL/timeline?consistent=1"
cp "$TMP/body" "$TMP/tl.json"
json "$TMP/tl.json" "list(d) == ['company', 'events'] and d['company']['id'] == 'AAPL'"
json "$TMP/tl.json" "len(d['events']) == 7 and len([e for e in d['events'] if e['occurred_on']]) == 7"
json "$TMP/tl.json" "[e['occurred_on'] for e in d['events']] == sorted(e['occurred_on'] for e in d['events'])"
check "one document on one line" test "$(wc -l < "$TMP/tl.json")" = 1
cli "$TMP/tl.cli" timeline AAPL --format json
same "$TMP/tl.json" "$TMP/tl.cli" "a['events'] == b['events'] and a['company'] == b['company']" \
    "timeline events equal the CLI's"
curl -s -D "$TMP/headers" -o /dev/null "$URL/v1/companies/AAPL/timeline" || true
if grep -qi '^content-type: application/json' "$TMP/headers"; then ok; else bad "timeline is application/json"; fi
# names, tickers and aliases, case-insensitively and percent-decoded
for who in apple aapl "Apple%20Inc." "APPLE%20inc"; do
    http_get 200 "/v1/companies/$who/timeline"
    same "$TMP/body" "$TMP/tl.json" "a == b" "timeline of $who is AAPL's"
done
http_get 200 "/v1/companies/AAPL/timeline?since=2025-03-01"
json "$TMP/body" "[e['type'] for e in d['events']] == ['corporate_event']"
http_get 200 "/v1/companies/AAPL/timeline?until=2025-02-12&type=share_move,partnership"
cp "$TMP/body" "$TMP/tl2.json"
json "$TMP/tl2.json" "[e['type'] for e in d['events']] == ['partnership', 'share_move']"
http_get 200 "/v1/companies/AAPL/timeline?until=2025-02-12&type=share_move&type=partnership"
same "$TMP/body" "$TMP/tl2.json" "a == b" "repeated type= is the comma list"
cli "$TMP/tl2.cli" timeline AAPL --until 2025-02-12 --type share_move --type partnership --format json
same "$TMP/tl2.json" "$TMP/tl2.cli" "a == b" "filtered timeline equals the CLI's"

# --- summaries
http_get 200 "/v1/companies/AAPL/summary"
json "$TMP/body" "[c['company']['id'] for c in d['companies']] == ['AAPL'] and d['companies'][0]['cumulative_pct'] == 1.5"
http_get 200 "/v1/companies/baba/summary?since=2025-01-01&until=2025-12-31"
json "$TMP/body" "d['companies'][0]['cumulative_pct'] == 2.6 and d['window'] == {'since': '2025-01-01', 'until': '2025-12-31'}"
http_get 200 "/v1/summary?company=AAPL&company=baba"
cp "$TMP/body" "$TMP/sum.json"
json "$TMP/sum.json" "[round(c['cumulative_pct'], 6) for c in d['companies']] == [1.5, 2.6] and 'top_movers' not in d"
http_get 200 "/v1/summary?company=BABA,apple"
same "$TMP/body" "$TMP/sum.json" "a == b" "company= as a comma list"
cli "$TMP/sum.cli" summary AAPL BABA --format json
same "$TMP/sum.json" "$TMP/sum.cli" "a == b" "summary of two equals the CLI's"
http_get 200 "/v1/summary"
cp "$TMP/body" "$TMP/all.json"
json "$TMP/all.json" "set(d['top_movers']) == {'up', 'down'} and len(d['companies']) >= 5"
cli "$TMP/all.cli" summary --format json
same "$TMP/all.json" "$TMP/all.cli" "a == b" "summary of every company equals the CLI's"

# --- reactions
http_get 200 "/v1/companies/AAPL/reactions"
json "$TMP/body" "d['window_days'] == 1 and {r['company'] for r in d['reactions']} == {'AAPL'}"
json "$TMP/body" "[r['reaction_pct'] for r in d['reactions'] if r['type'] == 'partnership'] == [1.5]"
http_get 200 "/v1/reactions?type=partnership"
cp "$TMP/body" "$TMP/rx.json"
json "$TMP/rx.json" "sorted((r['company'], r['reaction_pct']) for r in d['reactions']) == [('AAPL', 1.5), ('BABA', 2.6)]"
cli "$TMP/rx.cli" reactions --type partnership --format json
same "$TMP/rx.json" "$TMP/rx.cli" "a == b" "reactions equal the CLI's"
http_get 200 "/v1/reactions?company=BABA&window=5"
cp "$TMP/body" "$TMP/rx2.json"
cli "$TMP/rx2.cli" reactions BABA --window 5 --format json
same "$TMP/rx2.json" "$TMP/rx2.cli" "a == b and a['window_days'] == 5" "reactions of BABA, window 5, equal the CLI's"

# --- report
http_get 200 "/v1/report"
cp "$TMP/body" "$TMP/report.json"
report_valid "$TMP/report.json"
json "$TMP/report.json" "d['schema'] == 'seismo.report/2' and d['log']['seq'] == 13 and len(d['log']['hash']) == 64"
cli "$TMP/report.cli" report
same "$TMP/report.json" "$TMP/report.cli" "a == b" "report equals the CLI's"
http_get 200 "/v1/report?company=apple&company=BABA&since=2025-01-01&until=2025-12-31&window=2"
cp "$TMP/body" "$TMP/report2.json"
report_valid "$TMP/report2.json"
json "$TMP/report2.json" "[c['company']['id'] for c in d['companies']] == ['AAPL', 'BABA'] and d['window']['reaction_days'] == 2"
cli "$TMP/report2.cli" report --company apple --company BABA --since 2025-01-01 --until 2025-12-31 --window 2
same "$TMP/report2.json" "$TMP/report2.cli" "a == b" "report of two companies equals the CLI's"

# --- errors: 404 for unknown companies (with close matches) and routes, 400 for bad parameters
http_get 404 "/v1/companies/nosuchcompany/timeline"
error "$TMP/body" not_found
http_get 404 "/v1/companies/appel/summary"
error "$TMP/body" not_found
contains "$TMP/body" "AAPL" "unknown company names its close matches"
http_get 404 "/v1/summary?company=AAPL&company=nosuchcompany"
error "$TMP/body" not_found
http_get 404 "/v1/report?company=nosuchcompany"
http_get 404 "/v1/companies/AAPL/unknown"
error "$TMP/body" not_found
http_get 404 "/v1/companies/AAPL"
http_get 400 "/v1/companies/AAPL/timeline?since=2025-13-01"
error "$TMP/body" bad_request
contains "$TMP/body" "2025-13-01" "bad date named"
http_get 400 "/v1/summary?until=yesterday"
http_get 400 "/v1/reactions?window=-1"
error "$TMP/body" bad_request
http_get 400 "/v1/companies/AAPL/reactions?window=ten"
http_get 400 "/v1/report?window=3651"
http_get 400 "/v1/companies/AAPL/timeline?type=bogus"
contains "$TMP/body" "bogus" "bad type named"
http_get 400 "/v1/reactions?type=partnership,bogus"
http_get 400 "/v1/companies/nosuchcompany/timeline?since=2025-13-01" # parameters are checked first
code=$(curl -s -o "$TMP/body" -w '%{http_code}' -X POST --data '' "$URL/v1/summary") || code=000
[ "$code" = 405 ] && ok || bad "POST /v1/summary: HTTP $code, want 405"

# pg_waiting SQL-CONDITION: waits (10 s at most) until pg_stat_activity has a row matching it.
pg_waiting() {
    local i n
    for i in $(seq 1 100); do
        n=$(pg_sql "$DB" "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND $1") || n=0
        [ "${n:-0}" -ge 1 ] && return 0
        sleep 0.1
    done
    return 1
}

# fast_probes PATH...: asks for each path 5 times, 0.1 s apart; each answer
# must be a 200 in under 100 ms (one slow answer of the lot, under 1 s, is
# let go: a loaded machine can keep the daemon off the CPU that long; a loop
# held by a database read holds every one of them for seconds).
fast_probes() {
    local p i t code slow=0 worst=0
    for i in 1 2 3 4 5; do
        for p in "$@"; do
            t=$(curl -s -m 5 -o /dev/null -w '%{http_code} %{time_total}' "$URL$p") || t="000 5"
            code=${t% *}
            t=$(awk -v s="${t#* }" 'BEGIN { print int(s * 1000) }')
            [ "$t" -gt "$worst" ] && worst=$t
            if [ "$code" != 200 ] || [ "$t" -ge 1000 ]; then slow=9; elif [ "$t" -ge 100 ]; then slow=$((slow + 1)); fi
        done
        sleep 0.1
    done
    echo "  $* while the registry read waits for a lock: slowest of 5 each ${worst} ms"
    [ "$slow" -le 1 ]
}
reloads() { grep -c "company registry reloaded" "$TMP/daemon.log" || true; }

# --- SIGHUP reloads the company registry on the thread pool, never on the
# loop thread: while another session holds what the read needs (PostgreSQL:
# the companies table locked; SQLite: the wal-index's read locks held),
# /healthz answers at once, and on PostgreSQL /v1/status too (it reads no
# companies; on SQLite every read waits for that lock); SIGHUPs that come while the read waits start no second
# read but one more after it; once the lock goes the registry is reloaded
# and a company stored meanwhile resolves.
http_get 404 "/v1/companies/ZQX/timeline"
expect_exit 0 "store a company while the daemon runs" "$SEISMO" --db "$DB" companies add ZQX --name "Zequox Holdings"
http_get 404 "/v1/companies/ZQX/timeline" # not until a reload
n0=$(reloads)
# hold_companies NAME WHAT: a session named NAME holds the companies table (PostgreSQL), its
# pid in lockpid
hold_companies() {
    PGAPPNAME=$1 pg_sql "$DB" "BEGIN; LOCK TABLE companies IN ACCESS EXCLUSIVE MODE;
        SELECT pg_sleep(50); COMMIT" >/dev/null 2>&1 &
    lockpid=$!
    check "$2" pg_waiting "application_name = '$1' AND query LIKE '%pg_sleep%' AND state = 'active'"
}
if [ "$ENGINE" = postgresql ]; then
    hold_companies seismo_test_lock3 "the test session holds the companies table"
else
    # Every read of a WAL database first takes one of the wal-index's five
    # read-mark locks (bytes 123 to 127 of DB-shm, SQLite's WAL format):
    # holding all five for writing holds every reader until they go.
    python3 -c "
import fcntl, os, sys, time
fd = os.open(sys.argv[1] + '-shm', os.O_RDWR)
for _ in range(1000):
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 5, 123, 0)
        break
    except OSError:
        time.sleep(0.01)
else:
    sys.exit('the read-mark locks stay taken')
open(sys.argv[2], 'w').write('locked')
time.sleep(50)" "$DB" "$TMP/locked" 2>"$TMP/lock.err" &
    lockpid=$!
    for _ in $(seq 1 100); do [ -s "$TMP/locked" ] && break; sleep 0.1; done
    check "the test process holds the database ($(head -c 200 "$TMP/lock.err"))" test -s "$TMP/locked"
fi
kill -HUP "$DPID"
if [ "$ENGINE" = postgresql ]; then
    check "the registry read waits for the lock" \
        pg_waiting "wait_event_type = 'Lock' AND query LIKE '%JOIN company_aliases%'"
    check "fast /healthz and /v1/status under the lock" fast_probes /healthz /v1/status
else
    sleep 0.3
    check "fast /healthz under the lock" fast_probes /healthz
fi
kill -HUP "$DPID"
sleep 0.1
kill -HUP "$DPID"
sleep 0.5
[ "$(reloads)" = "$n0" ] && ok || bad "the registry was reloaded while the lock was held: the test holds nothing"
if [ "$ENGINE" = postgresql ]; then
    n=$(pg_sql "$DB" "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()
        AND wait_event_type = 'Lock' AND query LIKE '%JOIN company_aliases%'")
    [ "$n" = 1 ] && ok || bad "three SIGHUPs: $n registry reads wait for the lock, want 1"
    pg_sql "$DB" "SELECT pg_cancel_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'seismo_test_lock3'" >/dev/null || true
else
    kill "$lockpid" 2>/dev/null || true
fi
wait "$lockpid" 2>/dev/null || true
for _ in $(seq 1 100); do [ "$(reloads)" -ge $((n0 + 2)) ] && break; sleep 0.1; done
sleep 0.5
[ "$(reloads)" = $((n0 + 2)) ] && ok ||
    bad "after three SIGHUPs during one read: $(($(reloads) - n0)) reloads, want 2 (the read, and one more after it)"
http_get 200 "/v1/companies/ZQX/timeline"
json "$TMP/body" "d['company']['id'] == 'ZQX' and d['events'] == []"
# A reload that fails (PostgreSQL: its read cancelled) is logged and keeps
# the registry in use.
if [ "$ENGINE" = postgresql ]; then
    hold_companies seismo_test_lock4 "the test session holds the companies table again"
    kill -HUP "$DPID"
    check "the registry read waits for the lock again" \
        pg_waiting "wait_event_type = 'Lock' AND query LIKE '%JOIN company_aliases%'"
    pg_sql "$DB" "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = current_database()
        AND wait_event_type = 'Lock' AND query LIKE '%JOIN company_aliases%'" >/dev/null || true
    for _ in $(seq 1 100); do grep -q "registry reload failed" "$TMP/daemon.log" && break; sleep 0.1; done
    contains "$TMP/daemon.log" "SIGHUP: registry reload failed:" "a failed reload is logged"
    pg_sql "$DB" "SELECT pg_cancel_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'seismo_test_lock4'" >/dev/null || true
    wait "$lockpid" 2>/dev/null || true
    http_get 200 "/v1/companies/ZQX/timeline" # the registry in use stays
fi

# --- The log head and the store's data version are read on the thread
# pool, never on the loop thread (PostgreSQL): while another session holds the
# log and the checkpoints locked, the 250 ms poll's read of the head and a
# request for a cached answer (which first waits for a read of the data
# version that began after it arrived) wait on their thread, and /healthz
# still answers at once (a read on the loop would hold it until the lock
# goes). Once the lock goes, the request is answered with the cached document.
if [ "$ENGINE" = postgresql ]; then
    http_get 200 "/v1/companies/AAPL/summary"
    http_get 200 "/v1/companies/AAPL/summary"
    cp "$TMP/body" "$TMP/sum_cached.json"
    PGAPPNAME=seismo_test_lock2 pg_sql "$DB" "BEGIN; LOCK TABLE events, proj_checkpoints IN ACCESS EXCLUSIVE MODE;
        SELECT pg_sleep(50); COMMIT" >/dev/null 2>&1 &
    lockpid=$!
    check "the test session holds events and proj_checkpoints" \
        pg_waiting "application_name = 'seismo_test_lock2' AND query LIKE '%pg_sleep%' AND state = 'active'"
    curl -s -m 30 -o "$TMP/locked_sum" -w '%{http_code}' "$URL/v1/companies/AAPL/summary" >"$TMP/locked_sum.code" &
    qpid=$!
    check "a read of the head or the data version waits for the lock" pg_waiting "wait_event_type = 'Lock'"
    sleep 0.6 # two polls more, each asking for the head
    code=$(curl -s -m 3 -o "$TMP/body" -w '%{http_code}' "$URL/healthz") || code=000
    [ "$code" = 200 ] && ok || bad "/healthz while the log is locked: HTTP $code (the loop is held)"
    pg_sql "$DB" "SELECT pg_cancel_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'seismo_test_lock2'" >/dev/null || true
    wait "$lockpid" 2>/dev/null || true
    wait "$qpid" 2>/dev/null || true
    [ "$(cat "$TMP/locked_sum.code")" = 200 ] && ok ||
        bad "a cached summary asked for while the log was locked: HTTP $(cat "$TMP/locked_sum.code")"
    same "$TMP/locked_sum" "$TMP/sum_cached.json" "a == b" "the summary asked for under the lock"
fi

# --- /v1/status and /metrics read the database on the thread pool, never on
# the loop thread (PostgreSQL, where another session can hold a table): while
# the projections' checkpoints are locked, a status read and a scrape wait on
# their thread and /healthz still answers at once (a read on the loop would
# hold it until the lock goes). SIGTERM with them in flight waits for their
# answers, which come once the lock goes, and exits 0.
if [ "$ENGINE" = postgresql ]; then
    PGAPPNAME=seismo_test_lock pg_sql "$DB" "BEGIN; LOCK TABLE proj_checkpoints IN ACCESS EXCLUSIVE MODE;
        SELECT pg_sleep(50); COMMIT" >/dev/null 2>&1 &
    lockpid=$!
    check "the test session holds proj_checkpoints" \
        pg_waiting "application_name = 'seismo_test_lock' AND query LIKE '%pg_sleep%' AND state = 'active'"
    curl -s -m 30 -o "$TMP/locked_status" -w '%{http_code}' "$URL/v1/status" >"$TMP/locked_status.code" &
    spid=$!
    curl -s -m 30 -o "$TMP/locked_metrics" -w '%{http_code}' "$URL/metrics" >"$TMP/locked_metrics.code" &
    mpid=$!
    check "the status read waits for the lock" pg_waiting "wait_event_type = 'Lock'"
    code=$(curl -s -m 3 -o "$TMP/body" -w '%{http_code}' "$URL/healthz") || code=000
    [ "$code" = 200 ] && ok || bad "/healthz while a status read waits for the database: HTTP $code (the loop is held)"
    kill -TERM "$DPID"
    sleep 0.3
    pg_sql "$DB" "SELECT pg_cancel_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'seismo_test_lock'" >/dev/null || true
    wait "$lockpid" 2>/dev/null || true
    wait "$spid" 2>/dev/null || true
    wait "$mpid" 2>/dev/null || true
    [ "$(cat "$TMP/locked_status.code")" = 200 ] && ok ||
        bad "/v1/status in flight at SIGTERM: HTTP $(cat "$TMP/locked_status.code") ($(head -c 300 "$TMP/locked_status"))"
    json "$TMP/locked_status" "d['head']['seq'] == 13 and all(p['lag'] == 0 for p in d['projections'])"
    [ "$(cat "$TMP/locked_metrics.code")" = 200 ] && ok ||
        bad "/metrics in flight at SIGTERM: HTTP $(cat "$TMP/locked_metrics.code")"
    contains "$TMP/locked_metrics" "seismo_log_head_seq 13" "the scrape's head"
fi

# --- SIGTERM: exit 0
set +e
if [ "$ENGINE" = postgresql ]; then wait_pid "$DPID" 20; else stop_pid "$DPID" 20; fi
rc=$?
set -e
DPID=
[ "$rc" = 0 ] && ok || bad "daemon exit status after SIGTERM: $rc ($(tail -c 300 "$TMP/daemon.log"))"
finish
