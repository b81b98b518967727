# PostgreSQL helpers for the integration scripts (sourced after tests/lib.sh).
# They use the throwaway cluster `make test` starts (tests/pg/cluster.sh), named
# by $SEISMO_TEST_PG_BASE. Without it a script that needs PostgreSQL fails.

# pg_require: fails the script (counted) when no test server is given.
pg_require() {
    if [ -z "${SEISMO_TEST_PG_BASE:-}" ]; then
        bad "no PostgreSQL test server: SEISMO_TEST_PG_BASE is not set (make test starts one; or eval \"\$(bash tests/pg/cluster.sh start DIR)\")"
        finish || exit 1
    fi
    if ! timeout 20 psql -X -q -At "$SEISMO_TEST_PG_BASE/postgres" -c "SELECT 1" >/dev/null 2>&1; then
        bad "the PostgreSQL test server at $SEISMO_TEST_PG_BASE does not answer"
        finish || exit 1
    fi
}

# pg_sql URI SQL...: runs SQL with psql (unaligned, tuples only), failing on error.
pg_sql() {
    local uri=$1
    shift
    timeout 60 psql -X -q -At -v ON_ERROR_STOP=1 "$uri" -c "$*"
}

pg_seq=0
# pg_fresh NAME: creates an empty database and prints its URI.
pg_fresh() {
    pg_seq=$((pg_seq + 1))
    local db="seismo_${1}_$$_$pg_seq"
    pg_sql "$SEISMO_TEST_PG_BASE/postgres" "CREATE DATABASE $db" >/dev/null
    echo "$SEISMO_TEST_PG_BASE/$db"
}

# pg_clone URI NAME: copies the database at URI (no one connected) and prints the copy's URI.
pg_clone() {
    pg_seq=$((pg_seq + 1))
    local db="seismo_${2}_$$_$pg_seq"
    pg_sql "$SEISMO_TEST_PG_BASE/postgres" "CREATE DATABASE $db TEMPLATE ${1##*/}" >/dev/null
    echo "$SEISMO_TEST_PG_BASE/$db"
}

# pg_digest URI: a digest of the schema, the schema version and the row counts of URI.
pg_digest() {
    pg_sql "$1" "SELECT md5(coalesce((SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY 1)
        FROM information_schema.columns WHERE table_schema = 'public'), '') ||
        coalesce((SELECT string_agg(version::text, ',') FROM seismo_schema), ''))" 2>/dev/null ||
        pg_sql "$1" "SELECT md5(coalesce((SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY 1)
        FROM information_schema.columns WHERE table_schema = 'public'), ''))"
}
