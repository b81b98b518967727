#!/usr/bin/env bash
# cluster.sh: a throwaway PostgreSQL cluster for the tests and benchmarks.
#
#   cluster.sh start DIR [fast]   initdb into DIR/data as the postgres user, start it on a
#                                 free loopback port, create database seismo_test; prints
#                                 shell lines to eval: SEISMO_TEST_PG (URI of that database),
#                                 SEISMO_TEST_PG_BASE (URI without a database), SEISMO_TEST_PG_DIR.
#                                 `fast` turns fsync off (tests only: the machine does not
#                                 lose power during a test; an immediate stop loses nothing).
#   cluster.sh stop DIR           stops the cluster (fast, then immediate) and removes DIR.
#   cluster.sh restart DIR        pg_ctl stop -m immediate, then start again on the same port.
#   cluster.sh kill DIR           pg_ctl stop -m immediate only (crash trials).
#   cluster.sh resume DIR         start the stopped cluster again.
#
# PostgreSQL refuses to run as root, so initdb and pg_ctl run as `postgres`
# (runuser when we are root). Every wait has a limit. Any failure exits non-zero
# with the server log on stderr, so a test run counts it.
set -euo pipefail

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || {
    echo "usage: cluster.sh start|stop|restart|kill|resume DIR [fast]" >&2
    exit 64
}
[ -x "$PGBIN/initdb" ] || {
    echo "cluster.sh: no PostgreSQL server binaries (install postgresql-15: make deps)" >&2
    exit 69
}

as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    elif [ "$(id -un)" = postgres ]; then
        "$@"
    else
        sudo -n -u postgres -- "$@"
    fi
}

free_port() {
    python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

pg_start() { # pg_start: starts the cluster in $dir on the port in $dir/port
    local port
    port=$(cat "$dir/port")
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir/sock" \
        start >/dev/null
}

fail() {
    echo "cluster.sh: $*" >&2
    [ -f "$dir/server.log" ] && tail -20 "$dir/server.log" >&2
    exit 70
}

case $cmd in
start)
    mkdir -p "$dir/sock"
    chmod 0755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir"
    as_pg "$PGBIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; fail "initdb failed"; }
    {
        echo "max_connections = 200"
        echo "shared_buffers = 64MB"
        [ "${3:-}" = fast ] && echo "fsync = off"
        echo "log_min_messages = warning"
        echo "log_lock_waits = on"
    } >>"$dir/data/postgresql.conf"
    started=0
    for try in 1 2 3 4 5; do
        free_port >"$dir/port"
        if pg_start 2>>"$dir/start.log"; then
            started=1
            break
        fi
    done
    [ "$started" = 1 ] || fail "the server did not start (ports tried, see $dir/server.log)"
    port=$(cat "$dir/port")
    base="postgresql://postgres@127.0.0.1:$port"
    timeout 30 psql -q -X -v ON_ERROR_STOP=1 "$base/postgres" -c "CREATE DATABASE seismo_test" \
        >/dev/null || fail "cannot create database seismo_test"
    echo "export SEISMO_TEST_PG_DIR='$dir'"
    echo "export SEISMO_TEST_PG_BASE='$base'"
    echo "export SEISMO_TEST_PG='$base/seismo_test'"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
            as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
kill)
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null
    ;;
resume)
    pg_start || fail "the server did not start again"
    ;;
restart)
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null
    pg_start || fail "the server did not start again"
    ;;
*)
    echo "cluster.sh: unknown command $cmd" >&2
    exit 64
    ;;
esac
