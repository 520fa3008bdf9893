#!/usr/bin/env bash
# The server's test command (`pnpm test`, run by turbo in `.ci/run`): the unit, authorisation,
# concurrency, log and conformance suites once on SQLite and once on PostgreSQL, in one Vitest
# run (one report, reports/unit.json). PostgreSQL is a throwaway cluster made for this run
# (scripts/postgres.sh: installed from Debian's packages when missing and we are root, started
# on a free port on 127.0.0.1, stopped and deleted on exit).
#
# Without PostgreSQL (not installed, not root) the SQLite half runs and a warning says the
# other half did not; with CI=true or GOVMINI_REQUIRE_PG=1 that is a failure instead.
#
#   scripts/test.sh              both databases
#   scripts/test.sh --pg-only    PostgreSQL only (pnpm test:pg)
#   scripts/test.sh -- <args>    extra Vitest arguments (files, -t patterns)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/postgres.sh

pg_only=0
if [ "${1:-}" = "--pg-only" ]; then pg_only=1; shift; fi
if [ "${1:-}" = "--" ]; then shift; fi
require_pg=0
if [ "${CI:-}" = "true" ] || [ "${GOVMINI_REQUIRE_PG:-}" = "1" ] || [ "$pg_only" = "1" ]; then
  require_pg=1
fi

trap stop_pg EXIT INT TERM
pg_missing=0
if start_pg; then
  export GOVMINI_TEST_PG_URL="$GOVMINI_PG_URL"
else
  pg_missing=1
  stop_pg
  pg_say "WARNING: the PostgreSQL half of the server's suites is NOT run."
fi

if [ "$pg_only" = "1" ]; then
  [ "$pg_missing" = "0" ] || exit 1
  export GOVMINI_TEST_ONLY_PG=1
fi

vitest run "$@"
status=$?
if [ "$pg_missing" = "1" ] && [ "$require_pg" = "1" ]; then
  pg_say "FAILED: PostgreSQL is required here (CI=true or GOVMINI_REQUIRE_PG=1) and did not start."
  status=1
fi
exit "$status"
