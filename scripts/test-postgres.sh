#!/usr/bin/env bash
# The same suite against a PostgreSQL server: each test file creates a fresh database there and drops it after.
set -euo pipefail
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
exec npx vitest run "$@"
