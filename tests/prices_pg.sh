#!/usr/bin/env bash
# tests/prices.sh on PostgreSQL: the same checks, on fresh databases of the test cluster.
SEISMO_ENGINE=postgresql exec bash "$(dirname "$0")/prices.sh" "$@"
