# Shared by the scripts: paths, ports and the PostgreSQL / certificate set-up. Source it; it starts nothing by itself.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCAL="$REPO/.local"
PG_PORT="${OUTLOOKCMS_PG_PORT:-55432}"
PG_DATA="$LOCAL/pg/data"
PG_RUN="$LOCAL/pg/run"
PG_USER=outlookcms
export ConnectionStrings__OutlookCms="${ConnectionStrings__OutlookCms:-Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Database=outlookcms;Include Error Detail=true}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() { # apt_install COMMAND PACKAGE...: installs the packages when the command is missing
  local cmd=$1; shift
  command -v "$cmd" >/dev/null 2>&1 && return 0
  log "installing $*"
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

pg_bin() { # the PostgreSQL server binaries, installed from Debian when missing
  local dir
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/pg_ctl" ] && { echo "$dir"; return; }; done
  apt_install /usr/lib/postgresql/15/bin/pg_ctl postgresql >/dev/null 2>&1 || apt_install pg_ctl postgresql
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/pg_ctl" ] && { echo "$dir"; return; }; done
  echo "PostgreSQL server binaries not found" >&2; exit 1
}

# postgres refuses to run as root: as root, run it as an unprivileged account that owns only .local/pg.
as_pg_owner() {
  if [ "$(id -u)" = 0 ]; then
    id outlookcms >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin outlookcms
    runuser -u outlookcms -- "$@"
  else
    "$@"
  fi
}

pg_start() { # idempotent: init once, start if not running, wait until it accepts connections
  local bin; bin=$(pg_bin)
  mkdir -p "$LOCAL/pg"
  [ "$(id -u)" = 0 ] && { as_pg_owner true 2>/dev/null || true; chown outlookcms "$LOCAL/pg"; chmod 755 "$LOCAL" 2>/dev/null || true; }
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    log "initialising PostgreSQL in $PG_DATA"
    as_pg_owner "$bin/initdb" -D "$PG_DATA" -U "$PG_USER" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    cat >>"$PG_DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_RUN'
max_connections = 300
shared_buffers = 512MB
# The firm's working set is in memory (shared buffers and the OS cache): a random page costs about what a sequential one does.
random_page_cost = 1.1
fsync = on
synchronous_commit = on
CONF
  fi
  as_pg_owner mkdir -p "$PG_RUN"
  if ! as_pg_owner "$bin/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    as_pg_owner "$bin/pg_ctl" -D "$PG_DATA" -l "$LOCAL/pg/server.log" -w -t 60 start >/dev/null
    PG_STARTED_HERE=1
  fi
  as_pg_owner "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='outlookcms'" | grep -q 1 ||
    as_pg_owner "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" outlookcms
}

pg_stop_if_started_here() { # what a script started, it stops; a server that was already running stays up
  if [ "${PG_STARTED_HERE:-0}" = 1 ]; then log "stopping PostgreSQL"; pg_stop; fi
}

pg_stop() {
  local bin; bin=$(pg_bin)
  [ -f "$PG_DATA/PG_VERSION" ] && as_pg_owner "$bin/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true
}

SIM_URL="https://127.0.0.1:${OUTLOOKCMS_SIM_PORT:-5443}"
WEB_URL="http://127.0.0.1:${OUTLOOKCMS_WEB_PORT:-5080}"

source "$REPO/scripts/certs.sh"
source "$REPO/scripts/web.sh"
[ -f "$REPO/scripts/browser.sh" ] && source "$REPO/scripts/browser.sh"

prepare_all() { # everything the demo and the tests need, installed and started; idempotent
  pg_start
  certs_ensure
  web_build
}

prepare_tests() { # what only the tests need on top: a browser from Debian
  prepare_all
  apt_install xmllint libxml2-utils # the add-in manifest is checked against Microsoft's XSDs offline
  if declare -F browser_ensure >/dev/null; then browser_ensure; fi
}

wait_for_url() { # wait_for_url URL SECONDS: until it answers 2xx
  local url=$1 seconds=${2:-60} i
  for ((i = 0; i < seconds * 4; i++)); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 0.25
  done
  echo "$url did not come up within ${seconds}s" >&2; return 1
}
