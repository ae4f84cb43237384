#!/usr/bin/env bash
# PostgreSQL of the local platform: start | stop | status | purge
#
# Port 15432+PORT_OFFSET on localhost, data under $PLATFORM_STATE/postgres/data, socket in /tmp.
# One database and one login role per service (name = role = password, role owns its database).
# As root the Debian binaries refuse to run, so they run as the `postgres` OS user; as an ordinary
# user they run as that user. The superuser is `postgres` (trust on the Unix socket only; TCP
# connections need a password, scram-sha-256).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

C=postgres
LOG="$BP_LOG_DIR/postgres.log"
SOCKET_DIR=/tmp

pg_bin_dir() {
    local d best="" v bestv=0
    for d in /usr/lib/postgresql/*/bin; do
        [[ -x "$d/initdb" ]] || continue
        v="$(basename "$(dirname "$d")")"
        v="${v%%.*}"
        if [[ "$v" =~ ^[0-9]+$ ]] && ((v > bestv)); then
            bestv="$v"
            best="$d"
        fi
    done
    if [[ -z "$best" ]] && command -v initdb >/dev/null 2>&1; then
        best="$(dirname "$(command -v initdb)")"
    fi
    if [[ -z "$best" ]] && command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then
        best="$(pg_config --bindir)"
    fi
    [[ -n "$best" ]] || bp_die "$C" "no PostgreSQL server binaries (initdb) found in /usr/lib/postgresql/*/bin or on PATH; install e.g. the Debian package 'postgresql'"
    echo "$best"
}

AS_PG=()
if [[ "$(id -u)" -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || bp_die "$C" "running as root but there is no 'postgres' OS user to run the server as"
    AS_PG=(runuser -u postgres --)
fi

# as_pg COMMAND...: runs COMMAND as the OS user owning the cluster, from / (the caller's working
# directory may be unreadable for that user).
as_pg() {
    (cd / && "${AS_PG[@]}" "$@")
}

# Data directory. As root, the postgres user must be able to reach it; when PLATFORM_STATE lies
# below a directory it cannot traverse (e.g. /root or a mktemp -d), the data goes to a directory
# under /var/tmp that $PLATFORM_STATE/postgres then links to.
resolve_base() {
    local base="$PLATFORM_STATE/postgres"
    if [[ -L "$base" ]]; then
        readlink -f "$base"
        return
    fi
    mkdir -p "$base"
    if ((${#AS_PG[@]})); then
        chown postgres: "$base"
        chmod 700 "$base"
        if ! as_pg test -w "$base"; then
            local alt hash
            hash="$(printf '%s' "$PLATFORM_STATE" | cksum | cut -d' ' -f1)"
            alt="/var/tmp/budget-perf-postgres-$hash"
            rmdir "$base" 2>/dev/null || true
            mkdir -p "$alt"
            chown postgres: "$alt"
            chmod 700 "$alt"
            ln -sfn "$alt" "$base"
            bp_say "$C" "user postgres cannot reach $PLATFORM_STATE: data kept in $alt (linked from $base)" >&2
            echo "$alt"
            return
        fi
    fi
    echo "$base"
}

pg_data() { echo "$(resolve_base)/data"; }

postmaster_pid() { # postmaster_pid DATA
    head -n1 "$1/postmaster.pid" 2>/dev/null || true
}

is_running() { # is_running DATA -> prints the postmaster's pid
    local data="$1" pid
    pid="$(postmaster_pid "$data")"
    if [[ -n "$pid" ]] && bp_is_ours "$pid" "$data"; then
        echo "$pid"
    else
        return 1
    fi
}

ensure_databases() {
    local bin="$1" names
    names="$(printf "'%s'," "${BP_SERVICES[@]}")"
    names="ARRAY[${names%,}]"
    as_pg "$bin/psql" -X -q -h "$SOCKET_DIR" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 >>"$LOG" 2>&1 <<SQL
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', n, n)
  FROM unnest($names) AS n
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = n)
\gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8''', n, n)
  FROM unnest($names) AS n
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = n)
\gexec
SQL
}

cmd_start() {
    local bin data pid t0
    t0="$(bp_now)"
    bin="$(pg_bin_dir)"
    data="$(pg_data)"
    if pid="$(is_running "$data")"; then
        echo "$pid" >"$BP_PID_DIR/postgres.pid"
        bp_say "$C" "already running (pid $pid, port $PG_PORT)"
        ensure_databases "$bin" || { bp_tail_log "$LOG"; bp_die "$C" "could not create roles/databases"; }
        return 0
    fi
    if bp_port_open "$PG_PORT"; then
        bp_die "$C" "port $PG_PORT is already taken by another process"
    fi
    if [[ ! -s "$data/PG_VERSION" ]]; then
        bp_say "$C" "initialising $data ($("$bin/postgres" --version))"
        if ((${#AS_PG[@]})); then
            mkdir -p "$data"
            chown postgres: "$data"
            chmod 700 "$data"
        fi
        as_pg "$bin/initdb" -D "$data" -U postgres -E UTF8 --no-locale \
            --auth-local=trust --auth-host=scram-sha-256 >>"$LOG" 2>&1 ||
            { bp_tail_log "$LOG"; bp_die "$C" "initdb failed"; }
    fi
    rm -f "$data/postmaster.pid" 2>/dev/null || true # stale after a crash; pg_ctl checks anyway
    bp_say "$C" "starting on port $PG_PORT"
    printf '\n===== postgres start %s =====\n' "$(date '+%F %T')" >>"$LOG"
    # pg_ctl detaches the server itself (own session); its output stays in our log file.
    as_pg "$bin/pg_ctl" -D "$data" -w -t 60 \
        -o "-p $PG_PORT -k $SOCKET_DIR -c listen_addresses=localhost" start >>"$LOG" 2>&1 </dev/null ||
        { bp_tail_log "$LOG"; bp_die "$C" "pg_ctl start failed"; }
    local i
    for ((i = 0; i < 300; i++)); do
        "$bin/pg_isready" -q -h localhost -p "$PG_PORT" && break
        sleep 0.2
    done
    "$bin/pg_isready" -q -h localhost -p "$PG_PORT" || { bp_tail_log "$LOG"; bp_die "$C" "not ready"; }
    pid="$(postmaster_pid "$data")"
    echo "$pid" >"$BP_PID_DIR/postgres.pid"
    ensure_databases "$bin" || { bp_tail_log "$LOG"; bp_die "$C" "could not create roles/databases"; }
    bp_say "$C" "ready on localhost:$PG_PORT (pid $pid, $(($(bp_now) - t0))s); databases: ${BP_SERVICES[*]}"
}

cmd_stop() {
    local bin data pid
    bin="$(pg_bin_dir)"
    data="$(pg_data)"
    if ! pid="$(is_running "$data")"; then
        bp_say "$C" "not running"
        rm -f "$BP_PID_DIR/postgres.pid"
        return 0
    fi
    bp_say "$C" "stopping (pid $pid)"
    if ! as_pg "$bin/pg_ctl" -D "$data" -m fast -w -t 30 stop >>"$LOG" 2>&1; then
        bp_say "$C" "pg_ctl stop failed: kill -9"
        kill -KILL "$pid" 2>/dev/null || true
        bp_wait_gone "$pid" 10 || bp_die "$C" "pid $pid survived kill -9"
    fi
    bp_wait_gone "$pid" 10 || true
    rm -f "$BP_PID_DIR/postgres.pid"
    bp_say "$C" "stopped"
}

cmd_status() {
    local data pid health
    data="$(pg_data)"
    if pid="$(is_running "$data")"; then
        if "$(pg_bin_dir)/pg_isready" -q -h localhost -p "$PG_PORT"; then health=UP; else health=DOWN; fi
        printf '%-12s %-8s pid=%-8s port=%-6s health=%s\n' postgres running "$pid" "$PG_PORT" "$health"
    else
        printf '%-12s %-8s pid=%-8s port=%-6s health=%s\n' postgres stopped - "$PG_PORT" -
        return 3
    fi
}

# Removes the data, including a /var/tmp fallback directory (the server must be stopped).
cmd_purge() {
    local base="$PLATFORM_STATE/postgres"
    if pid="$(is_running "$(pg_data)")"; then
        bp_die "$C" "still running (pid $pid); stop it first"
    fi
    if [[ -L "$base" ]]; then
        rm -rf "$(readlink -f "$base")"
    fi
    rm -rf "$base"
    bp_say "$C" "data removed"
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    purge) cmd_purge ;;
    *)
        echo "usage: $0 start|stop|status|purge" >&2
        exit 2
        ;;
esac
