#!/usr/bin/env bash
# Sets up everything GovMini needs, from nothing, and is quick when it is all there already:
#   1. Node 24 and pnpm 12, pinned in tools/package.json, installed with the system npm
#      (corepack is not used: its key check fails on these machines, see TOOLCHAIN.md);
#   2. Chromium from Debian's packages, for the browser tests (only with --browser);
#   3. the workspace's dependencies, exactly as the lockfile says.
# Source it (`. scripts/bootstrap.sh`) to get the pinned tools on PATH, or run it.
set -euo pipefail

GOVMINI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$GOVMINI_ROOT/node_modules/.bin:$GOVMINI_ROOT/tools/node_modules/.bin:$PATH"
# No calls home from any tool (TOOLCHAIN.md "No calls home").
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 NEXT_TELEMETRY_DISABLED=1 \
  STORYBOOK_DISABLE_TELEMETRY=1 npm_config_update_notifier=false

say() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*" >&2; }

want_node=$(sed -n 's/.*"node": *"\([^"]*\)".*/\1/p' "$GOVMINI_ROOT/tools/package.json")
want_pnpm=$(sed -n 's/.*"pnpm": *"\([^"]*\)".*/\1/p' "$GOVMINI_ROOT/tools/package.json")

tools_ready() {
  [ -x "$GOVMINI_ROOT/tools/node_modules/.bin/node" ] &&
    [ "$("$GOVMINI_ROOT/tools/node_modules/.bin/node" --version 2>/dev/null)" = "v$want_node" ] &&
    [ "$("$GOVMINI_ROOT/tools/node_modules/.bin/pnpm" --version 2>/dev/null)" = "$want_pnpm" ]
}

if ! tools_ready; then
  if ! command -v npm >/dev/null 2>&1; then
    say "npm is missing. Install Node.js (any version ≥ 18, e.g. 'apt-get install nodejs npm'), then run this again."
    exit 1
  fi
  say "installing Node $want_node and pnpm $want_pnpm into tools/ …"
  npm install --prefix "$GOVMINI_ROOT/tools" --no-audit --no-fund --loglevel=error >&2
  tools_ready || { say "Node/pnpm did not install as pinned in tools/package.json"; exit 1; }
fi

chromium_path() {
  for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; return 0; fi
  done
  return 1
}

if [ "${1:-}" = "--browser" ] && ! chromium_path >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Chromium from Debian's packages …"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
  else
    say "Chromium is needed for the browser tests and is not installed."
    say "Install it with your system's package manager (Debian/Ubuntu: 'sudo apt-get install chromium'),"
    say "or point CHROMIUM_PATH at a Chromium or Chrome binary, then run this again."
    exit 1
  fi
fi
if p=$(chromium_path); then export CHROMIUM_PATH="$p"; fi

# pnpm install is quick when nothing changed; skip it entirely when the lockfile is
# older than the installed tree.
stamp="$GOVMINI_ROOT/node_modules/.modules.yaml"
if [ ! -f "$stamp" ] || [ "$GOVMINI_ROOT/pnpm-lock.yaml" -nt "$stamp" ]; then
  say "installing dependencies (pnpm install --frozen-lockfile) …"
  (cd "$GOVMINI_ROOT" && pnpm install --frozen-lockfile --reporter=append-only) >&2
fi
