#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on loopback for the test suite and print its URL.
# Usage: eval "$(.ci/start-postgres.sh)"   -> exports CRM_TEST_POSTGRES_URL
set -euo pipefail
port="${CRM_TEST_POSTGRES_PORT:-54329}"
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
datadir=$(mktemp -d /tmp/crm-pg.XXXXXX)
run=()
if [ "$(id -u)" = 0 ]; then
    chown postgres: "$datadir"
    run=(runuser -u postgres --)
fi
"${run[@]}" "$bindir/initdb" -D "$datadir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${run[@]}" "$bindir/pg_ctl" -D "$datadir" -l "$datadir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $datadir -c fsync=off" start >&2
echo "export CRM_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
echo "export CRM_TEST_POSTGRES_DATA=$datadir"
