# Shared helpers for the integration scripts (sourced, not run).
set -euo pipefail
SEISMO=${SEISMO:-$(pwd)/seismo}
SHARED=${SHARED:-$(cd ../shared 2>/dev/null && pwd)}
TMP=$(mktemp -d /tmp/seismo-test.XXXXXX)
export SEISMO_DB="$TMP/seismo.db"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
passed=0
failed=0
finished=0

# At exit, the commands given to at_exit run (last first: killing daemons and
# helpers), then TMP is removed, or kept and named when a check failed and
# KEEP_LOGS=1. A script stopped before `finish` with a failure status (a
# command that failed under set -e, a daemon gone, SIGTERM from a time limit)
# still prints its tally, the stop counted as a failure and named (line and
# command); stopping early with status 0 is a skip and prints nothing.
# (A script that sets its own EXIT trap gives this up.)
exit_cmds=()
KEEP_LOGS=${KEEP_LOGS:-0}
stopped_at=
set -E # the ERR trap below is seen inside functions too
trap 'stopped_at="line $LINENO: $BASH_COMMAND (status $?)"' ERR
trap 'stopped_at="SIGTERM"; exit 143' TERM
trap 'stopped_at="SIGINT"; exit 130' INT
# at_exit COMMAND...: runs COMMAND at exit (its failure is ignored).
at_exit() { exit_cmds+=("$*"); }
lib_exit() {
    local rc=$? i
    set +e
    trap - ERR
    if [ "$finished" = 0 ] && [ "$rc" != 0 ]; then
        bad "stopped before the end: ${stopped_at:-status $rc}"
        echo "$passed passed, $failed failed"
    fi
    for ((i = ${#exit_cmds[@]} - 1; i >= 0; i--)); do eval "${exit_cmds[i]}" >/dev/null 2>&1; done
    if [ "$failed" != 0 ] && [ "$KEEP_LOGS" = 1 ]; then echo "logs kept in $TMP" >&2; else rm -rf "$TMP"; fi
    exit "$rc"
}
trap lib_exit EXIT

# Every curl call has a time limit, so that a daemon that hangs fails a check
# instead of holding up the run (a call's own --max-time comes later and wins).
curl() { command curl --max-time "${CURL_MAX_TIME:-60}" "$@"; }

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
# check DESCRIPTION COMMAND...: the command must succeed.
check() { local d=$1; shift; if "$@"; then ok; else bad "$d"; fi; }
# expect_exit CODE DESCRIPTION COMMAND...: the command must exit with CODE,
# within EXPECT_TIMEOUT seconds (default 120): a command that hangs is killed
# and counted as a failure (exit 124) instead of holding up the run.
EXPECT_TIMEOUT=${EXPECT_TIMEOUT:-120}
expect_exit() {
    local want=$1 d=$2; shift 2
    set +e
    if declare -F "$1" >/dev/null; then "$@" >"$TMP/out" 2>"$TMP/err"
    else timeout -k 5 "$EXPECT_TIMEOUT" "$@" >"$TMP/out" 2>"$TMP/err"; fi
    local got=$?; set -e
    [ "$got" = 124 ] && [ "$want" != 124 ] && echo "$d: timed out after $EXPECT_TIMEOUT s" >>"$TMP/err"
    if [ "$got" = "$want" ]; then ok; else bad "$d: exit $got, want $want ($(head -c 300 "$TMP/err"))"; fi
}
# wait_pid PID [SECONDS]: waits at most SECONDS (default 15) for PID (a child
# already told to stop) to end, SIGKILL after that. Returns PID's exit status
# (137 when it had to be killed).
wait_pid() {
    local pid=$1 secs=${2:-15} i rc
    for ((i = 0; i < secs * 10; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
        echo "wait_pid: $pid still running after $secs s: killed" >&2
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null && rc=0 || rc=$?
    return "$rc"
}
# stop_pid PID [SECONDS]: SIGTERM, then wait_pid PID SECONDS.
stop_pid() {
    kill -TERM "$1" 2>/dev/null || true
    wait_pid "$@"
}
# contains FILE TEXT DESCRIPTION
contains() { if grep -qF -- "$2" "$1"; then ok; else bad "$3: '$2' not in $(head -c 300 "$1")"; fi; }
finish() {
    finished=1
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}

# daemon_script: for a script that drives the daemon. Fails the script when SEISMO
# has no daemon command or curl is missing; at exit kills DPID and every pid in
# DAEMON_PIDS, and keeps TMP when a check failed (then says where the logs are).
DPID=
DAEMON_PIDS=()
daemon_cleanup() {
    local p
    for p in "$DPID" "${DAEMON_PIDS[@]}"; do
        [ -n "$p" ] && kill -KILL "$p" 2>/dev/null || true
    done
}
daemon_script() {
    if ! "$SEISMO" daemon --help >/dev/null 2>&1 || ! command -v curl >/dev/null; then
        bad "no 'daemon' command in $SEISMO, or no curl"
        finish
        exit 1
    fi
    KEEP_LOGS=1
    at_exit daemon_cleanup
}

# daemon_start LOG [ARGS...]: starts `seismo daemon ARGS` on a free random
# loopback port (a few tries, in case one is taken), waits for /healthz; sets
# PORT, URL and DPID. The caller kills DPID (trap) when done.
daemon_start() {
    local log=$1 try i
    shift
    for try in 1 2 3 4 5 6; do
        PORT=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        URL="http://127.0.0.1:$PORT"
        "$SEISMO" daemon "$@" --listen "127.0.0.1:$PORT" >"$log" 2>&1 &
        DPID=$!
        for i in $(seq 1 150); do
            kill -0 "$DPID" 2>/dev/null || break # refused (a busy port): try another
            if grep -q "listening on 127.0.0.1:$PORT" "$log" 2>/dev/null &&
                curl -sf -m 5 "$URL/healthz" >/dev/null 2>&1; then
                return 0
            fi
            sleep 0.1
        done
        kill -KILL "$DPID" 2>/dev/null || true
        wait "$DPID" 2>/dev/null || true
        DPID=
    done
    return 1
}

# http_get WANT PATH: GETs $URL/PATH into $TMP/body; the status must be WANT.
http_get() {
    local want=$1 path=$2 got
    got=$(curl -s -o "$TMP/body" -w '%{http_code}' "$URL$path") || got=000
    if [ "$got" = "$want" ]; then ok; else bad "GET $path: HTTP $got, want $want ($(head -c 300 "$TMP/body"))"; fi
}

# report_valid FILE: FILE is a report valid against docs/report.schema.json.
REPORT_SCHEMA=${REPORT_SCHEMA:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/docs/report.schema.json}
report_valid() {
    if /usr/bin/python3 - "$REPORT_SCHEMA" "$1" <<'PY'; then ok; else bad "report $1 does not validate"; fi
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))
PY
}

# --- the engine a script's store lives on -------------------------------------
# SEISMO_ENGINE=postgresql runs a script on fresh databases of the test cluster
# (tests/pg/cluster.sh, started by `make test`) instead of SQLite files, so
# that the same checks hold on both engines (the *_pg.sh scripts do that).
ENGINE=${SEISMO_ENGINE:-sqlite}
if [ "$ENGINE" = postgresql ]; then
    . "$(dirname "${BASH_SOURCE[0]}")/pg/lib.sh"
    pg_require
fi
# new_store NAME: prints the location of a fresh, empty store of the engine.
new_store() { if [ "$ENGINE" = postgresql ]; then pg_fresh "$1"; else echo "$TMP/$1.db"; fi; }
# sql LOCATION SQL: runs SQL with the engine's own shell (pipe-separated rows).
sql() { if [ "$ENGINE" = postgresql ]; then pg_sql "$1" "$2"; else sqlite3 "$1" "$2"; fi; }
# sqlite_schema4 FILE: turns a SQLite file of the current schema into the
# schema 4 one (no head record; the timeline a rowid table beside a unique
# index, with its events' type and date; the columns beside the keys, which
# are not read after migration 0008, left empty), as a file made then would be.
sqlite_schema4() {
    sqlite3 "$1" "BEGIN; DROP TABLE IF EXISTS log_head;
        CREATE TABLE t4 (seq INTEGER NOT NULL, company TEXT NOT NULL, type TEXT NOT NULL,
            occurred_on TEXT, pct REAL, metric TEXT, region TEXT, others TEXT NOT NULL,
            figure TEXT NOT NULL, text TEXT NOT NULL);
        INSERT INTO t4 SELECT t.seq, t.company, e.type, e.occurred_on, NULL, NULL, NULL, '', '',
            '' FROM proj_timeline t JOIN events e ON e.seq = t.seq;
        DROP TABLE proj_timeline; ALTER TABLE t4 RENAME TO proj_timeline;
        CREATE UNIQUE INDEX proj_timeline_by_company ON proj_timeline (company, seq);
        PRAGMA user_version = 4; COMMIT;"
}
if [ "$ENGINE" = postgresql ]; then SEISMO_DB=$(new_store main); fi
