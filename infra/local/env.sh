# shellcheck shell=bash
# shellcheck disable=SC2034  # the settings below are used by the scripts that source this file
# Common settings and helpers of the local platform. Sourced (never executed) by
# infra/local/*.sh, ./platform and tests:
#
#   source infra/local/env.sh
#
# Inputs (environment):
#   PLATFORM_STATE  state of one platform instance: data, logs, pids (default <repo>/.platform)
#   PORT_OFFSET     added to every port (default 0); a second, isolated instance uses e.g. 20000
#   XDG_CACHE_HOME  downloads go to ${XDG_CACHE_HOME:-$HOME/.cache}/budget-perf (BP_CACHE_DIR
#                   overrides); shared by all instances, never inside the repository.

if [[ -n "${_BP_ENV_SOURCED:-}" ]]; then
    return 0
fi
_BP_ENV_SOURCED=1

BP_INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BP_REPO_ROOT="$(cd "$BP_INFRA_DIR/../.." && pwd)"

PORT_OFFSET="${PORT_OFFSET:-0}"
if ! [[ "$PORT_OFFSET" =~ ^[0-9]+$ ]] || ((PORT_OFFSET > 40000)); then
    echo "PORT_OFFSET must be an integer between 0 and 40000 (got '$PORT_OFFSET')" >&2
    exit 2
fi
PLATFORM_STATE="${PLATFORM_STATE:-$BP_REPO_ROOT/.platform}"
mkdir -p "$PLATFORM_STATE"
PLATFORM_STATE="$(cd "$PLATFORM_STATE" && pwd)"
BP_CACHE_DIR="${BP_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/budget-perf}"
export PORT_OFFSET PLATFORM_STATE BP_CACHE_DIR

BP_PID_DIR="$PLATFORM_STATE/pids"
BP_LOG_DIR="$PLATFORM_STATE/logs"
mkdir -p "$BP_PID_DIR" "$BP_LOG_DIR"

# ---- versions ----------------------------------------------------------------------------
KAFKA_VERSION="${KAFKA_VERSION:-4.1.1}"
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.5.6}"

# ---- ports (all shifted by PORT_OFFSET) ------------------------------------------------------
PG_PORT=$((15432 + PORT_OFFSET))
KAFKA_PORT=$((19092 + PORT_OFFSET))
KAFKA_CONTROLLER_PORT=$((19093 + PORT_OFFSET))
KEYCLOAK_PORT=$((8180 + PORT_OFFSET))
GATEWAY_PORT=$((8080 + PORT_OFFSET))
BUDGET_PORT=$((8081 + PORT_OFFSET))
INDICATOR_PORT=$((8082 + PORT_OFFSET))
SCORING_PORT=$((8083 + PORT_OFFSET))
PUBLICATION_PORT=$((8084 + PORT_OFFSET))
PORTAL_PORT=$((8085 + PORT_OFFSET))

# ---- what the applications are told ---------------------------------------------------------
KEYCLOAK_REALM="budget-perf"
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
KEYCLOAK_ISSUER="$KEYCLOAK_URL/realms/$KEYCLOAK_REALM"
KAFKA_BOOTSTRAP="localhost:$KAFKA_PORT"
GATEWAY_PUBLIC_URL="http://localhost:$GATEWAY_PORT"

# The five services (each has a database and a login role of the same name) and the gateway.
BP_SERVICES=(budget indicator scoring publication portal)
BP_APPS=("${BP_SERVICES[@]}" gateway)

# bp_app_port NAME -> port of an application
bp_app_port() {
    case "$1" in
        gateway) echo "$GATEWAY_PORT" ;;
        budget) echo "$BUDGET_PORT" ;;
        indicator) echo "$INDICATOR_PORT" ;;
        scoring) echo "$SCORING_PORT" ;;
        publication) echo "$PUBLICATION_PORT" ;;
        portal) echo "$PORTAL_PORT" ;;
        *)
            echo "unknown application: $1" >&2
            return 1
            ;;
    esac
}

# bp_app_jar NAME -> path of an application's jar
bp_app_jar() {
    if [[ "$1" == gateway ]]; then
        echo "$BP_REPO_ROOT/gateway/target/gateway.jar"
    else
        echo "$BP_REPO_ROOT/services/$1/target/$1.jar"
    fi
}

# ---- helpers ------------------------------------------------------------------------------

bp_say() { # bp_say COMPONENT MESSAGE...
    local c="$1"
    shift
    printf '[%s] %s\n' "$c" "$*"
}

bp_die() { # bp_die COMPONENT MESSAGE...
    bp_say "$@" >&2
    exit 1
}

bp_now() { date +%s; }

# bp_port_open PORT [HOST]: true if something accepts TCP connections there.
bp_port_open() {
    local port="$1" host="${2:-127.0.0.1}"
    (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
}

# bp_alive PID: the process exists and is not a zombie (an init that does not reap would
# otherwise make a stopped process look alive).
bp_alive() {
    kill -0 "$1" 2>/dev/null || return 1
    if [[ -r "/proc/$1/stat" ]]; then
        local stat
        stat="$(cat "/proc/$1/stat" 2>/dev/null || true)"
        stat="${stat##*) }"
        [[ "${stat:0:1}" != Z && -n "$stat" ]] || return 1
    fi
}

# bp_is_ours PID MARKER: the process is alive and (where /proc exists) its command line contains
# MARKER, a path inside this instance's PLATFORM_STATE (guards against recycled PIDs and against
# another instance's processes).
bp_is_ours() {
    local pid="$1" marker="$2"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    bp_alive "$pid" || return 1
    if [[ -r "/proc/$pid/cmdline" ]]; then
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker"
    fi
}

# bp_running_pid NAME MARKER: prints the recorded PID of NAME if that process is still ours.
bp_running_pid() {
    local name="$1" marker="$2" pidfile="$BP_PID_DIR/$1.pid" pid
    [[ -s "$pidfile" ]] || return 1
    pid="$(head -n1 "$pidfile")"
    if bp_is_ours "$pid" "$marker"; then
        echo "$pid"
    else
        return 1
    fi
}

# bp_spawn NAME LOGFILE COMMAND...: starts COMMAND detached from the terminal, in a session and
# process group of its own, output appended to LOGFILE; its PID goes to pids/NAME.pid.
bp_spawn() {
    local name="$1" log="$2"
    shift 2
    local pidfile="$BP_PID_DIR/$name.pid"
    rm -f "$pidfile"
    printf '\n===== %s start %s =====\n' "$name" "$(date '+%F %T')" >>"$log"
    local launcher=()
    if command -v setsid >/dev/null 2>&1; then
        launcher=(setsid)
    fi
    # The wrapper writes its own PID, then exec's the command: the PID is that of the command.
    # shellcheck disable=SC2016  # expanded by the inner bash
    nohup "${launcher[@]}" bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" >>"$log" 2>&1 </dev/null &
    local i
    for ((i = 0; i < 50; i++)); do
        [[ -s "$pidfile" ]] && return 0
        sleep 0.1
    done
    bp_die "$name" "could not start (no PID written); see $log"
}

# bp_kill_tree SIGNAL PID: signals the process group led by PID (bp_spawn makes one) or the PID.
bp_kill_tree() {
    local sig="$1" pid="$2" pgid
    pgid="$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ' || true)"
    if [[ "$pgid" == "$pid" ]]; then
        kill "-$sig" -- "-$pid" 2>/dev/null || true
    else
        kill "-$sig" "$pid" 2>/dev/null || true
    fi
}

# bp_wait_gone PID TIMEOUT_SECONDS: true once PID has exited.
bp_wait_gone() {
    local pid="$1" timeout="$2" i
    for ((i = 0; i < timeout * 5; i++)); do
        bp_alive "$pid" || return 0
        sleep 0.2
    done
    ! bp_alive "$pid"
}

# bp_stop_pid NAME MARKER [TIMEOUT]: SIGTERM to the recorded process (group), wait, SIGKILL after
# TIMEOUT seconds (default 30). Removes the PID file.
bp_stop_pid() {
    local name="$1" marker="$2" timeout="${3:-30}" pid
    if ! pid="$(bp_running_pid "$name" "$marker")"; then
        bp_say "$name" "not running"
        rm -f "$BP_PID_DIR/$name.pid"
        return 0
    fi
    bp_say "$name" "stopping (pid $pid)"
    bp_kill_tree TERM "$pid"
    if ! bp_wait_gone "$pid" "$timeout"; then
        bp_say "$name" "still alive after ${timeout}s: kill -9"
        bp_kill_tree KILL "$pid"
        bp_wait_gone "$pid" 10 || bp_die "$name" "pid $pid survived kill -9"
    fi
    # leftovers of the same process group (e.g. the JVM behind kc.sh)
    if kill -0 -- "-$pid" 2>/dev/null; then
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$BP_PID_DIR/$name.pid"
    bp_say "$name" "stopped"
}

# bp_our_stray_pids: JVMs and PostgreSQL processes whose command line names this instance's
# PLATFORM_STATE (all of ours do), whatever the PID files say. Needs /proc.
bp_our_stray_pids() {
    local d pid comm
    [[ -d /proc ]] || return 0
    for d in /proc/[0-9]*; do
        pid="${d#/proc/}"
        comm="$(cat "$d/comm" 2>/dev/null || true)"
        case "$comm" in
            java | postgres | postmaster | kc.sh) ;;
            *) continue ;;
        esac
        if tr '\0' ' ' <"$d/cmdline" 2>/dev/null | grep -qF -- "$PLATFORM_STATE/"; then
            echo "$pid"
        fi
    done
}

# bp_tail_log FILE [LINES]: last lines of a log, for error reports.
bp_tail_log() {
    local file="$1" lines="${2:-40}"
    if [[ -f "$file" ]]; then
        echo "----- last $lines lines of $file -----" >&2
        tail -n "$lines" "$file" >&2
        echo "-----" >&2
    fi
}

# bp_lock NAME: serialises downloads/unpacking in the shared cache between instances (fd 9).
bp_lock() {
    mkdir -p "$BP_CACHE_DIR"
    if command -v flock >/dev/null 2>&1; then
        exec 9>"$BP_CACHE_DIR/.$1.lock"
        flock 9
    fi
}

bp_unlock() {
    if command -v flock >/dev/null 2>&1; then
        exec 9>&-
    fi
}

# bp_mvn ARGS...: Maven in batch mode, quiet, no transfer progress.
bp_mvn() {
    mvn -B -q -ntp "$@"
}
