#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL and Redis on 127.0.0.1 for the test suite, from Debian's
# packages (apt-get install -y postgresql redis-server). `start` prints the two export lines to eval:
#   eval "$(scripts/test-services.sh start)"   …   scripts/test-services.sh stop
# Data lives in a temporary directory that `stop` removes. Nothing listens beyond loopback.
# Both run without durability (PostgreSQL fsync and synchronous_commit off, Redis persistence off):
# fast, and fine for tests that never crash them. The fault tests that restart or kill a server start
# private ones with durable commits instead (test/faults/private-services.ts; docs/deploy.md, Faults).
# DYAD_SERVICES_DIR, DYAD_TEST_PG_PORT and DYAD_TEST_REDIS_PORT let several checkouts run their own pair.
set -euo pipefail
STATE=${DYAD_SERVICES_DIR:-/tmp/dyad-test-services}
PG_PORT=${DYAD_TEST_PG_PORT:-55432}
REDIS_PORT=${DYAD_TEST_REDIS_PORT:-56379}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)

start() {
  [ -n "$PG_BIN" ] || { echo "postgresql is not installed (apt-get install -y postgresql)" >&2; exit 1; }
  command -v redis-server >/dev/null || { echo "redis-server is not installed (apt-get install -y redis-server)" >&2; exit 1; }
  stop >/dev/null 2>&1 || true
  mkdir -p "$STATE"
  local run=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$STATE"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$PG_BIN/initdb" -D "$STATE/pg" -U postgres -A trust --locale=C.UTF-8 -E UTF8 >"$STATE/initdb.log" 2>&1 \
    || "${run[@]}" "$PG_BIN/initdb" -D "$STATE/pg" -U postgres -A trust -E UTF8 >"$STATE/initdb.log" 2>&1
  "${run[@]}" "$PG_BIN/pg_ctl" -D "$STATE/pg" -l "$STATE/pg.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $STATE -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
  "${run[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres dyad_test
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --daemonize yes \
    --dir "$STATE" --pidfile "$STATE/redis.pid" --logfile "$STATE/redis.log" >&2
  for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  echo "export DYAD_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/dyad_test"
  echo "export DYAD_TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
}

stop() {
  if [ -f "$STATE/redis.pid" ]; then redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || kill "$(cat "$STATE/redis.pid")" 2>/dev/null || true; fi
  if [ -d "$STATE/pg" ] && [ -n "$PG_BIN" ]; then
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$STATE/pg" -m fast -w stop >&2 || true
    else "$PG_BIN/pg_ctl" -D "$STATE/pg" -m fast -w stop >&2 || true; fi
  fi
  rm -rf "$STATE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
