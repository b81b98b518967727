#!/usr/bin/env bash
# The event log through the command line on PostgreSQL: every check of
# tests/log_cli.sh, against a fresh database of the test cluster.
SEISMO_ENGINE=postgresql exec bash "$(dirname "$0")/log_cli.sh" "$@"
