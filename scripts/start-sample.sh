#!/usr/bin/env bash
# Starts "Tỉnh Mẫu", the sample app, on http://127.0.0.1:3000 (or the next free port) on the
# simulated platform: no Zalo account, nothing to configure. Sets up Node, pnpm and the
# dependencies first when they are missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/bootstrap.sh
# Build the packages the app uses (cached after the first time), then run Vite, which
# prints the URL to open.
turbo run build --filter='@govmini/sample^...' --output-logs=errors-only --ui=stream
echo "Tỉnh Mẫu đang chạy — open the Local URL below in a browser (Ctrl+C to stop):" >&2
exec pnpm --filter @govmini/sample dev
