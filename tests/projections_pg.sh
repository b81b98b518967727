#!/usr/bin/env bash
# tests/projections.sh on PostgreSQL: the same checks, on fresh databases of the test cluster.
SEISMO_ENGINE=postgresql exec bash "$(dirname "$0")/projections.sh" "$@"
