# A throwaway PostgreSQL on 127.0.0.1 for the tests and benchmarks. Sourced, not run.
# initdb refuses to run as root, so the server runs as the postgres user in a fresh temporary folder.

start_throwaway_postgres() {
  PG_PORT=${PG_PORT:-55432}
  # Another server (a second test run, a developer's own) may hold the port: take the next free one.
  while (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PGDIR=$(mktemp -d /tmp/safeguard-pg.XXXXXX)
  local as=()
  if [ "$(id -u)" = 0 ]; then chown postgres: "$PGDIR"; as=(runuser -u postgres --); fi
  "${as[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PGDIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  export PG_PORT PGBIN PGDIR
  echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

stop_throwaway_postgres() {
  [ -n "${PGDIR:-}" ] || return 0
  local as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
