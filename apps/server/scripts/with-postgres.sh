#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster (scripts/postgres.sh): GOVMINI_PG_URL names
# it; it is stopped and deleted when the command ends, however it ends. Fails if PostgreSQL
# cannot be started.   scripts/with-postgres.sh node my-script.ts
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/postgres.sh"
trap stop_pg EXIT INT TERM
start_pg || exit 1
"$@"
