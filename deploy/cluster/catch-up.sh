#!/usr/bin/env bash
# Measures how long a search node that joins late takes to catch up: starts one more search node (Archive:Role=Search)
# on the cluster deploy/cluster/up.sh DIR runs, with an empty data directory of its own, waits until its /health says
# its index reflects the catalog's latest sequence, prints the time taken, and stops it (its data is deleted).
# Ingest the documents first (through web-1), then run this. Installs nothing; uses the build up.sh used.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: KA_ADMIN_KEY=... $0 DIR" >&2; exit 2; }
DIR="$(cd "$1" && pwd)"
fail() { echo "catch-up.sh: $*" >&2; exit 1; }
[ -f "$DIR/run/postgres.port" ] || fail "no cluster in $DIR: start one with deploy/cluster/up.sh $DIR"
[ -n "${KA_ADMIN_KEY:-}" ] || fail "set KA_ADMIN_KEY to the cluster's admin key"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
bin="$(ls -d "$repo/src/KnowledgeArchive.Web/bin/${KA_CLUSTER_CONFIGURATION:-Debug}"/net*/ | head -n 1)"

health() { # PORT -> the JSON of /health, or nothing
  local line body=""
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 0
  printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  # The body is the last line, with no newline after it.
  while IFS= read -r -t 10 line || [ -n "$line" ]; do body="$line"; line=""; done <&3 || true
  exec 3<&-
  echo "$body"
}
field() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p" <<<"$2"; }

while :; do port=$((20000 + RANDOM % 40000)); { (exec 3<>"/dev/tcp/127.0.0.1/$port"); } 2>/dev/null || break; done
data="$DIR/web-late-$$"
catalog="Host=127.0.0.1;Port=$(cat "$DIR/run/postgres.port");Username=postgres;Database=archive;Maximum Pool Size=60"
started=$(date +%s.%N)
( cd "$repo/src/KnowledgeArchive.Web" && Archive__Auth__BootstrapAdminKey="$KA_ADMIN_KEY" exec setsid dotnet "$bin/KnowledgeArchive.Web.dll" \
    --contentRoot "$repo/src/KnowledgeArchive.Web" --urls "http://127.0.0.1:$port" --Archive:DataDirectory "$data" --Archive:Role Search \
    --Archive:SharedDirectory "$DIR/shared" --Archive:Catalog:Provider PostgreSql --Archive:Catalog:ConnectionString "$catalog" \
    >"$DIR/logs/web-late.log" 2>&1 </dev/null ) &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$data"' EXIT

answered=""
while :; do
  kill -0 "$pid" 2>/dev/null || fail "the late node exited: see $DIR/logs/web-late.log"
  json="$(health "$port")"
  if [ -n "$json" ]; then
    [ -n "$answered" ] || answered=$(date +%s.%N)
    reflected="$(field catalogSequence "$json")"; latest="$(field catalogLatest "$json")"
    if [ -n "$reflected" ] && [ -n "$latest" ] && [ "$reflected" -ge "$latest" ]; then break; fi
  fi
  sleep 0.2
done
done_at=$(date +%s.%N)
indexed="$(field indexedDocuments "$json")"
awk -v s="$started" -v a="$answered" -v d="$done_at" -v n="$indexed" -v q="$reflected" 'BEGIN {
  printf "caught up: %d documents indexed, catalog sequence %d, %.1f s after start (%.1f s after it first answered)\n", n, q, d - s, d - a }'
