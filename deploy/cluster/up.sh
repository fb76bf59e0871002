#!/usr/bin/env bash
# Starts a local KnowledgeArchive cluster on loopback, every process's state under DIR:
#   postgres   the catalog (a PostgreSQL cluster made with initdb in DIR/postgres)
#   broker     RabbitMQ (DIR/broker)
#   worker-1/2 ka-worker processes reading documents (DIR/worker-N, the shared folder DIR/shared)
#   web-1      the service, Archive:Role=All: intake, ingest, lineage, API, UI and search (DIR/web-1)
#   web-2      the service, Archive:Role=Search: API, UI and search from its own index following the catalog (DIR/web-2)
# Each process's PID is in DIR/run/NAME.pid and its log in DIR/logs/NAME.log. Once every web node answers, prints
# "web http://127.0.0.1:PORT" for each. Run it again on the same DIR to start whatever is not running (on its data).
# The first admin key is taken from KA_ADMIN_KEY. Installs nothing: PostgreSQL's and RabbitMQ's server binaries come
# from Debian's postgresql and rabbitmq-server packages; the .NET SDK builds the service (KA_CLUSTER_NO_BUILD=1 skips it).
# Stop it all with deploy/cluster/down.sh DIR.
set -euo pipefail

usage() { echo "usage: KA_ADMIN_KEY=... $0 DIR" >&2; exit 2; }
fail() { echo "up.sh: $*" >&2; exit 1; }
[ $# -eq 1 ] || usage
[ -n "${KA_ADMIN_KEY:-}" ] || fail "set KA_ADMIN_KEY to the first admin key (at least 32 characters), e.g. KA_ADMIN_KEY=\$(openssl rand -hex 24)"

repo="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$1"
DIR="$(cd "$1" && pwd)"
configuration="${KA_CLUSTER_CONFIGURATION:-Debug}"

pgbin=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r) /usr/local/bin /usr/bin; do
  if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then pgbin="$candidate"; break; fi
done
[ -n "$pgbin" ] || fail "PostgreSQL's server binaries (initdb, pg_ctl) are not installed: install Debian's postgresql package (apt-get install postgresql)"
rabbitmq=/usr/lib/rabbitmq/bin/rabbitmq-server
[ -x "$rabbitmq" ] || fail "RabbitMQ is not installed: install Debian's rabbitmq-server package (apt-get install rabbitmq-server)"
command -v dotnet >/dev/null || fail "dotnet is not on PATH: install the .NET 10 SDK"

if [ "${KA_CLUSTER_NO_BUILD:-}" != 1 ]; then
  echo "Building the service and ka-worker ($configuration)..."
  dotnet build "$repo/src/KnowledgeArchive.Web" -c "$configuration" -nologo -v q >"$DIR/build.log" 2>&1 || fail "the build failed: see $DIR/build.log"
fi
bin="$(ls -d "$repo/src/KnowledgeArchive.Web/bin/$configuration"/net*/ 2>/dev/null | head -n 1)"
[ -n "$bin" ] && [ -f "$bin/KnowledgeArchive.Web.dll" ] && [ -f "$bin/ka-worker.dll" ] || fail "no build of the service in src/KnowledgeArchive.Web/bin/$configuration: run without KA_CLUSTER_NO_BUILD"

mkdir -p "$DIR/run" "$DIR/logs" "$DIR/shared"

alive() { [ -f "$DIR/run/$1.pid" ] && kill -0 "$(cat "$DIR/run/$1.pid")" 2>/dev/null; }
accepts() { { (exec 3<>"/dev/tcp/127.0.0.1/$1"); } 2>/dev/null; }
# A port of 127.0.0.1 nothing listens on, kept for NAME so a restart reuses it.
port_of() {
  local file="$DIR/run/$1.port" port
  if [ -f "$file" ]; then cat "$file"; return; fi
  while :; do
    port=$((20000 + RANDOM % 40000))
    accepts "$port" || break
  done
  echo "$port" >"$file"
  echo "$port"
}
wait_for() { # NAME PORT SECONDS
  local i
  for ((i = 0; i < $3 * 4; i++)); do
    accepts "$2" && return 0
    alive "$1" || { tail -n 30 "$DIR/logs/$1.log" >&2 || true; fail "$1 exited while starting: see $DIR/logs/$1.log"; }
    sleep 0.25
  done
  fail "$1 did not listen on 127.0.0.1:$2 within $3 s: see $DIR/logs/$1.log"
}
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# PostgreSQL: as the postgres user when run as root (the server refuses to run as root).
pg_port="$(port_of postgres)"
if ! alive postgres; then
  mkdir -p "$DIR/postgres"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || fail "running as root needs the postgres user (Debian's postgresql package makes it)"
    chmod a+x "$DIR"
    chown postgres: "$DIR/postgres"
    touch "$DIR/logs/postgres.log" && chown postgres: "$DIR/logs/postgres.log"
  fi
  if [ ! -f "$DIR/postgres/data/PG_VERSION" ]; then
    as_postgres "$pgbin/initdb" -D "$DIR/postgres/data" -U postgres -A trust -E UTF8 --no-locale >"$DIR/logs/initdb.log" 2>&1 \
      || fail "initdb failed: see $DIR/logs/initdb.log"
  fi
  as_postgres "$pgbin/pg_ctl" -D "$DIR/postgres/data" -l "$DIR/logs/postgres.log" -w -t 60 \
    -o "-p $pg_port -k $DIR/postgres -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null || fail "PostgreSQL did not start: see $DIR/logs/postgres.log"
  head -n 1 "$DIR/postgres/data/postmaster.pid" >"$DIR/run/postgres.pid"
  if ! as_postgres "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'archive'" postgres | grep -q 1; then
    as_postgres "$pgbin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres archive
  fi
fi
# Each node's pool is kept well under the server's connections (300), with room for a node or two more (catch-up.sh).
catalog="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=archive;Maximum Pool Size=60"

# RabbitMQ: a node of its own name, ports, data and Erlang cookie under DIR/broker.
amqp_port="$(port_of broker)"
dist_port="$(port_of broker-distribution)"
if ! alive broker; then
  mkdir -p "$DIR/broker"
  echo "[]." >"$DIR/broker/enabled_plugins"
  echo "listeners.tcp.default = 127.0.0.1:$amqp_port" >"$DIR/broker/rabbitmq.conf"
  (
    cd "$DIR/broker"
    HOME="$DIR/broker" RABBITMQ_NODENAME="ka-$(basename "$DIR" | tr -c 'a-zA-Z0-9\n' '-')-$amqp_port@localhost" \
      RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$amqp_port" RABBITMQ_DIST_PORT="$dist_port" \
      RABBITMQ_MNESIA_BASE="$DIR/broker/mnesia" RABBITMQ_LOG_BASE="$DIR/logs/broker" \
      RABBITMQ_CONFIG_FILE="$DIR/broker/rabbitmq" RABBITMQ_ENABLED_PLUGINS_FILE="$DIR/broker/enabled_plugins" \
      exec setsid "$rabbitmq" >"$DIR/logs/broker.log" 2>&1 </dev/null
  ) &
  echo $! >"$DIR/run/broker.pid"
fi
broker="amqp://guest:guest@127.0.0.1:$amqp_port/"

start_dotnet() { # NAME DLL ARGS... : a process of its own session, with the project's folder as content root (the UI's files)
  local name="$1" dll="$2"; shift 2
  ( cd "$repo/src/KnowledgeArchive.Web" && exec setsid dotnet "$bin/$dll" --contentRoot "$repo/src/KnowledgeArchive.Web" "$@" >"$DIR/logs/$name.log" 2>&1 </dev/null ) &
  echo $! >"$DIR/run/$name.pid"
}
shared=(--Archive:SharedDirectory "$DIR/shared" --Archive:Catalog:Provider PostgreSql --Archive:Catalog:ConnectionString "$catalog")

wait_for broker "$amqp_port" 90
for n in 1 2; do
  alive "worker-$n" || start_dotnet "worker-$n" ka-worker.dll --Archive:Broker:Url "$broker" --Archive:SharedDirectory "$DIR/shared" --Archive:DataDirectory "$DIR/worker-$n"
done

export Archive__Auth__BootstrapAdminKey="$KA_ADMIN_KEY"
web1_port="$(port_of web-1)"
web2_port="$(port_of web-2)"
alive web-1 || start_dotnet web-1 KnowledgeArchive.Web.dll --urls "http://127.0.0.1:$web1_port" --Archive:DataDirectory "$DIR/web-1" \
  --Archive:Role All --Archive:Broker:Url "$broker" "${shared[@]}"
# The search node starts once the ingest node has migrated the catalog, so they do not wait on each other's lock.
wait_for web-1 "$web1_port" 120
alive web-2 || start_dotnet web-2 KnowledgeArchive.Web.dll --urls "http://127.0.0.1:$web2_port" --Archive:DataDirectory "$DIR/web-2" \
  --Archive:Role Search "${shared[@]}"
wait_for web-2 "$web2_port" 120

healthy() { # PORT: /health answers 200
  local status
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  read -r -t 10 status <&3 || status=""
  exec 3<&-
  [[ "$status" == *" 200 "* ]]
}
for node in "web-1:$web1_port" "web-2:$web2_port"; do
  name="${node%%:*}"; port="${node##*:}"
  for ((i = 0; i < 240; i++)); do
    healthy "$port" 2>/dev/null && break
    alive "$name" || fail "$name exited: see $DIR/logs/$name.log"
    sleep 0.5
  done
  healthy "$port" 2>/dev/null || fail "$name does not answer /health: see $DIR/logs/$name.log"
done

echo "web http://127.0.0.1:$web1_port"
echo "web http://127.0.0.1:$web2_port"
