#!/usr/bin/env bash
# The publication service's render cache, on and off: one published page GET straight from the
# publication service with wrk, first with the cache as shipped (RENDER_CACHE_ENTRIES=256), then
# with it off (RENDER_CACHE_ENTRIES=0: every GET renders the page again), the service restarted with
# the JIT of a production JVM for each and warmed up before the rounds count. wrk sends no
# If-None-Match, so every answer is a full 200. Runs against an instance that is already up
# (./platform up with the same PORT_OFFSET) and restarts only its publication service; loopback only.
#
#   PORT_OFFSET=1000 infra/bench/render-cache-wrk.sh /public/reports/<department>/<year> [rounds (3)] [seconds (10)] [connections (16)]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
PAGE="${1:?the path of a published page, e.g. /public/reports/130609002/2023}"
ROUNDS="${2:-3}" SECONDS_PER_RUN="${3:-10}" CONNECTIONS="${4:-16}"
WARMUP="${WARMUP:-30}"
command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)" >&2; exit 1; }
export PORT_OFFSET="${PORT_OFFSET:-0}" PLATFORM_DEMO=0
export JAVA_OPTS="${JAVA_OPTS:--Xmx384m}"
PUBLICATION="http://localhost:$((8084 + PORT_OFFSET))"
PIDFILE="${PLATFORM_STATE:-$PWD/.platform}/pids/publication.pid"

restart_publication() {
    local pid
    pid="$(cat "$PIDFILE" 2>/dev/null || true)"
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        while kill -0 "$pid" 2>/dev/null; do sleep 1; done
    fi
    RENDER_CACHE_ENTRIES="$1" ./platform up >/dev/null
}

curl -sf -o /dev/null "$PUBLICATION$PAGE" || { echo "$PUBLICATION$PAGE is not a published page" >&2; exit 1; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; page: $PAGE ($(curl -s "$PUBLICATION$PAGE" | wc -c) bytes)"
echo "wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency, $ROUNDS rounds after ${WARMUP}s of warm-up, JAVA_OPTS=$JAVA_OPTS"
printf '%-8s %-6s %12s %10s %10s %s\n' cache round 'requests/s' 'p50' 'p99' 'load average'
for entries in 256 0; do
    restart_publication "$entries"
    wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "$PUBLICATION$PAGE" >/dev/null
    for round in $(seq 1 "$ROUNDS"); do
        out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$PUBLICATION$PAGE")
        rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
        p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
        p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
        non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
        printf '%-8s %-6s %12s %10s %10s %s %s\n' "$([[ $entries == 0 ]] && echo off || echo "on/$entries")" "$round" \
            "$rps" "$p50" "$p99" "$(cut -d' ' -f1-3 /proc/loadavg)" "${non2xx:+non-2xx: $non2xx}"
    done
done
restart_publication 256
