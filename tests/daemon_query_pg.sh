#!/usr/bin/env bash
# tests/daemon_query.sh on PostgreSQL: the same checks, on fresh databases of the test cluster.
SEISMO_ENGINE=postgresql exec bash "$(dirname "$0")/daemon_query.sh" "$@"
