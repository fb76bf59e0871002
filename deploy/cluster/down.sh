#!/usr/bin/env bash
# Stops the local cluster deploy/cluster/up.sh DIR started: the web nodes, the workers, the broker and PostgreSQL,
# each by the PID in DIR/run/NAME.pid (politely, then SIGKILL after 30 s). Their data stays in DIR.
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
DIR="$1"
[ -d "$DIR/run" ] || { echo "down.sh: $DIR/run not found: nothing started there" >&2; exit 1; }

stop() { # NAME SIGNAL GROUP(1: the process's whole session, as the broker's Erlang runs beside it)
  local file="$DIR/run/$1.pid" pid i
  [ -f "$file" ] || return 0
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    if [ "$3" = 1 ]; then kill "-$2" -- "-$pid" 2>/dev/null || kill "-$2" "$pid" 2>/dev/null; else kill "-$2" "$pid" 2>/dev/null; fi
    for ((i = 0; i < 120; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "down.sh: $1 ($pid) did not stop within 30 s: killing it" >&2
      if [ "$3" = 1 ]; then kill -KILL -- "-$pid" 2>/dev/null; fi
      kill -KILL "$pid" 2>/dev/null
    fi
  fi
  # The broker's Erlang processes are in its session even once the wrapper has gone.
  if [ "$3" = 1 ]; then kill -KILL -- "-$pid" 2>/dev/null; fi
  rm -f "$file"
  echo "stopped $1"
}

stop web-2 TERM 0
stop web-1 TERM 0
stop worker-2 TERM 0
stop worker-1 TERM 0
stop broker TERM 1
stop postgres INT 0  # PostgreSQL's fast shutdown
exit 0
