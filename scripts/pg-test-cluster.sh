#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: 127.0.0.1 only, no passwords, fsync off.
#   scripts/pg-test-cluster.sh start DIR [PORT]   a new cluster in DIR (port 54329 by default);
#                                                 the last line on stdout is its URL
#   scripts/pg-test-cluster.sh stop DIR           stops it if it runs, then removes DIR
# The binaries come from $PG_BIN, else initdb on PATH, else /usr/lib/postgresql/15/bin (Debian),
# else the newest /usr/lib/postgresql/*/bin. PostgreSQL refuses to run as root, so as root the
# server runs as the `postgres` user (created if missing).
set -euo pipefail
PATH=$PATH:/usr/sbin:/sbin # runuser, useradd

marker=.debrief-pg-test-cluster # in DIR: stop only removes what start made
db=debrief_test

die() {
  echo "pg-test-cluster: $*" >&2
  exit 1
}

find_bin() {
  local initdb
  if [[ -n ${PG_BIN:-} ]]; then
    initdb=$PG_BIN/initdb
  elif initdb=$(command -v initdb); then
    :
  elif [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
    initdb=/usr/lib/postgresql/15/bin/initdb
  else
    initdb=$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
  fi
  [[ -x $initdb ]] || die "no initdb found (apt-get install postgresql-15, or set PG_BIN)"
  bin=$(dirname "$(readlink -f "$initdb")")
  local tool
  for tool in pg_ctl postgres pg_isready createdb; do
    [[ -x $bin/$tool ]] || die "no $tool in $bin"
  done
}

# as USER CMD...: run CMD as USER when we are root, else as ourselves.
as() {
  local user=$1
  shift
  if [[ $(id -u) == 0 ]]; then runuser -u "$user" -- "$@"; else "$@"; fi
}

start() {
  local dir=$1 port=${2:-54329} user
  [[ $port =~ ^[1-9][0-9]*$ ]] && ((port >= 1024 && port <= 65535)) || die "bad port: $port"
  find_bin
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd -P)
  [[ -z $(ls -A "$dir") ]] || die "$dir is not empty (a cluster already there? $0 stop $dir)"
  local socket=$dir/.s.PGSQL.$port
  ((${#socket} < 108)) || die "$dir is too long a path for a unix socket"
  local bad="[',[:space:]]"
  [[ ! $dir =~ $bad ]] || die "$dir must not contain quotes, commas or spaces"
  touch "$dir/$marker"
  user=$(id -un)
  if [[ $(id -u) == 0 ]]; then
    user=postgres
    id -u postgres >/dev/null 2>&1 ||
      useradd --system --user-group --no-create-home --home-dir /var/lib/postgresql \
        --shell /bin/bash --comment "PostgreSQL administrator" postgres
    chown postgres: "$dir"
  fi
  chmod 755 "$dir" # mktemp -d makes 700
  as "$user" test -w "$dir" ||
    die "user $user cannot write to $dir (is a parent directory private?)"
  cd / # the postgres user may not be able to read our working directory

  if ! as "$user" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    die "initdb failed (clean up with: $0 stop $dir)"
  fi
  cat >>"$dir/data/postgresql.conf" <<EOF

# pg-test-cluster.sh: a throwaway test server
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

  local deadline=$((SECONDS + 30))
  if ! as "$user" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 30 start >&2; then
    tail -n 20 "$dir/postgres.log" >&2 || true
    die "PostgreSQL did not start on 127.0.0.1:$port (log above; clean up with: $0 stop $dir)"
  fi
  until "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; do
    ((SECONDS < deadline)) ||
      die "127.0.0.1:$port does not accept connections after 30 s (log: $dir/postgres.log)"
    sleep 0.5
  done
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db"
  echo "postgres://postgres@127.0.0.1:$port/$db"
}

stop() {
  local dir=$1
  [[ -e $dir ]] || return 0
  dir=$(cd "$dir" && pwd -P)
  [[ -e $dir/$marker || -z $(ls -A "$dir") ]] || die "$dir was not made by $0; leaving it alone"
  if [[ -f $dir/data/postmaster.pid ]]; then
    find_bin
    local owner
    owner=$(stat -c %U "$dir/data")
    cd /
    if as "$owner" "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      as "$owner" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >&2
    fi
  fi
  rm -rf -- "$dir"
}

usage() {
  sed -n '3,5p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

case ${1:-}:$# in
start:2 | start:3) start "$2" "${3:-}" ;;
stop:2) stop "$2" ;;
*) usage ;;
esac
