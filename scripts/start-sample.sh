#!/usr/bin/env bash
# Starts "Tỉnh Mẫu", the sample app, on the simulated platform (no Zalo account, nothing to
# configure) together with the reference server on SQLite with the sample province's seed
# data, and prints where both are. Sets up Node, pnpm and the dependencies first when missing.
#
#   bash scripts/start-sample.sh            sample app + reference server (server mode)
#   bash scripts/start-sample.sh --memory   sample app alone, with in-browser memory services
#
# Server mode: the server runs in dev mode (apps/server/src/dev/main.ts): a simulated Zalo lets
# the simulated platform's test citizens sign in, the seeded staff account `admin` has the dev
# password `tinh-mau-dev`, and the data stays in apps/server/data/dev between runs (delete that
# folder to start afresh). The app's dev server proxies /api to it. Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode=server
case "${1:-}" in
  "") ;;
  --memory) mode=memory ;;
  -h | --help)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "start-sample.sh: unknown option '$1' (use --memory, or nothing)" >&2
    exit 2
    ;;
esac

. scripts/bootstrap.sh
# Build the packages the app (and the server, a dev dependency of the app) use, the staff
# console included; cached after the first time.
turbo run build --filter='@govmini/sample^...' --output-logs=errors-only --ui=stream

if [ "$mode" = memory ]; then
  echo "Tỉnh Mẫu (in-browser memory services, no server) — open the Local URL below (Ctrl+C to stop):" >&2
  export VITE_GOVMINI_BACKEND=memory
  exec pnpm --filter @govmini/sample dev
fi

# The first free port on 127.0.0.1 from $1 on.
free_port() {
  node -e '
    const net = require("node:net");
    const tryPort = (port) => {
      const probe = net.createServer();
      probe.once("error", () => tryPort(port + 1));
      probe.listen(port, "127.0.0.1", () => probe.close(() => console.log(port)));
    };
    tryPort(Number(process.argv[1]));' "$1"
}

# Waits until $1 answers (any HTTP status), while process $2 is alive; fails after ~90 s.
wait_for() {
  node -e '
    const [url, pid] = process.argv.slice(1);
    const alive = () => { try { process.kill(Number(pid), 0); return true; } catch { return false; } };
    const deadline = Date.now() + 90_000;
    const poll = () => fetch(url).then(() => process.exit(0), () => {
      if (!alive() || Date.now() > deadline) process.exit(1);
      setTimeout(poll, 250);
    });
    poll();' "$1" "$2"
}

sample_port=$(free_port 3000)
server_port=$(free_port 8787)
[ "$server_port" != "$sample_port" ] || server_port=$(free_port $((sample_port + 1)))
sample_url="http://127.0.0.1:$sample_port"
server_url="http://127.0.0.1:$server_port"
data_dir="${DATA_DIR:-$PWD/apps/server/data/dev}"
mkdir -p "$data_dir"
server_log="$data_dir/server.log"

# Each in its own process group (job control), so stopping one stops all it started.
set -m
server_pid=""
sample_pid=""
stop_all() {
  trap - INT TERM EXIT
  for pid in $sample_pid $server_pid; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap stop_all EXIT

echo "Starting the reference server (dev mode, SQLite in $data_dir) …" >&2
DATA_DIR="$data_dir" HOST=127.0.0.1 PORT="$server_port" LOG_LEVEL="${LOG_LEVEL:-warn}" \
  GOVMINI_DEV_APP_URL="$sample_url" GOVMINI_DEV_SEED="$PWD/apps/sample/src/backend/server-seed.ts" \
  node apps/server/src/dev/main.ts >"$server_log" 2>&1 &
server_pid=$!
if ! wait_for "$server_url/health" "$server_pid"; then
  echo "The reference server did not start. Its output ($server_log):" >&2
  tail -n 30 "$server_log" >&2
  exit 1
fi

echo "Starting the sample app (server mode) …" >&2
(cd apps/sample && VITE_GOVMINI_BACKEND=server GOVMINI_SERVER_URL="$server_url" \
  exec node_modules/.bin/vite --host 127.0.0.1 --port "$sample_port" --strictPort) &
sample_pid=$!
if ! wait_for "$sample_url/" "$sample_pid"; then
  echo "The sample app did not start (see above)." >&2
  exit 1
fi

staff_line=$(sed -n 's/^ *Staff sign-in *//p' "$server_log" | tail -n 1)
cat >&2 <<EOF

────────────────────────────────────────────────────────────────────────
 Tỉnh Mẫu đang chạy · is running                    (Ctrl+C để dừng · to stop)

   Ứng dụng mẫu · sample app        $sample_url
   Cổng cán bộ · staff console      $server_url/staff/
   Đăng nhập cán bộ · staff sign-in ${staff_line:-admin / tinh-mau-dev}
   API                              $server_url/api

 Chế độ phát triển · dev mode: Zalo is simulated (no Zalo account needed);
 data in $data_dir (delete it to start afresh); server log: $server_log
────────────────────────────────────────────────────────────────────────

EOF

# Whichever stops first, stop the other too.
status=0
wait -n "$server_pid" "$sample_pid" || status=$?
echo "A process stopped (exit $status); stopping the rest." >&2
exit "$status"
