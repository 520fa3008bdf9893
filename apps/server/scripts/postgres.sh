# Sourced by test.sh and with-postgres.sh: a throwaway PostgreSQL cluster for one run.
#
#   start_pg   → exports GOVMINI_PG_URL (postgres://govmini@127.0.0.1:<port>/postgres), or fails
#   stop_pg    → stops the cluster and deletes its folder (safe to call twice)
#
# The binaries come from /usr/lib/postgresql/<version>/bin (the newest there). When they are
# missing and we are root with apt-get (as `.ci/run` is, on Debian), Debian's `postgresql`
# package is installed first. initdb refuses to run as root, so as root the cluster belongs to
# the `postgres` system user (which that package creates) and runs through runuser. The data
# dies with the run, so fsync and full-page writes are off.

pg_say() { printf '\033[1m[postgres]\033[0m %s\n' "$*" >&2; }

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; fi
  done | sort -V | tail -n 1
}

PG_TMP=""
PG_BIN=""
PG_RUN_AS=()

stop_pg() {
  if [ -n "$PG_TMP" ] && [ -d "$PG_TMP" ]; then
    "${PG_RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_TMP"
  fi
  PG_TMP=""
}

start_pg() {
  PG_BIN="$(pg_bin)"
  if [ -z "$PG_BIN" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    pg_say "installing PostgreSQL from Debian's packages …"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql) >&2 || true
    PG_BIN="$(pg_bin)"
  fi
  if [ -z "$PG_BIN" ]; then
    pg_say "PostgreSQL is not installed (Debian: apt-get install postgresql)."
    return 1
  fi
  PG_TMP="$(mktemp -d /tmp/govmini-pg.XXXXXX)"
  PG_RUN_AS=()
  if [ "$(id -u)" = "0" ]; then
    if ! id postgres >/dev/null 2>&1; then
      pg_say "running as root, and there is no 'postgres' user to run the cluster as."
      return 1
    fi
    chown postgres "$PG_TMP"
    PG_RUN_AS=(runuser -u postgres --)
  fi
  local port
  port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  if ! "${PG_RUN_AS[@]}" "$PG_BIN/initdb" -D "$PG_TMP/data" -U govmini -A trust -E UTF8 \
    --no-locale --no-sync >"$PG_TMP/initdb.log" 2>&1; then
    pg_say "initdb failed:"
    cat "$PG_TMP/initdb.log" >&2
    return 1
  fi
  if ! "${PG_RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 30 start \
    -o "-p $port -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    >/dev/null; then
    pg_say "PostgreSQL did not start:"
    cat "$PG_TMP/server.log" >&2
    return 1
  fi
  export GOVMINI_PG_URL="postgres://govmini@127.0.0.1:$port/postgres"
  pg_say "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (throwaway cluster in $PG_TMP)"
}
