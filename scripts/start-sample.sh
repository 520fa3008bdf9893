#!/usr/bin/env bash
# Starts "Tỉnh Mẫu", the sample app, on http://127.0.0.1:3000 (or the next free port) on the
# simulated platform: no Zalo account, nothing to configure. Sets up Node, pnpm and the
# dependencies first when they are missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/bootstrap.sh
# turbo builds the packages the app uses first (dev dependsOn ^build), then runs Vite,
# which prints the URL to open.
exec turbo run dev --filter=@govmini/sample --output-logs=errors-only --ui=stream
