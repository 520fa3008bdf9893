#!/usr/bin/env bash
# Runs every check GovMini has, as CI does: lint, typecheck, build, unit tests, browser tests
# in Chromium, package checks (publint + arethetypeswrong) and size budgets. Ends with one
# line "total: N passed, N failed" and exits non-zero if anything failed.
#
# Counting: each test case counts once (from Vitest's JSON reports); each other check
# (lint, and one per package per task: build, typecheck, size, check:package) counts once.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/bootstrap.sh --browser || { echo "total: 0 passed, 1 failed"; exit 1; }
# bootstrap.sh sets -e; from here on a failing step must not stop the others.
set +e

rm -rf packages/*/reports apps/*/reports .turbo/runs
lint_status=0
echo "── lint (biome) ──"
biome check . || lint_status=1

echo "── build, typecheck, tests, browser tests, package checks, size ──"
# --continue: one failure must not hide the others. --summarize records every task's exit code.
# --concurrency=2: these machines have 2 cores; more parallel tasks only make tests time out.
turbo run build typecheck test test:browser test:packed test:registry check:package size \
  --continue --summarize --concurrency=2 --output-logs=new-only --ui=stream
turbo_status=$?

node scripts/summarize-run.mjs "$lint_status"
summary_status=$?
[ "$turbo_status" -eq 0 ] && [ "$lint_status" -eq 0 ] && [ "$summary_status" -eq 0 ]
