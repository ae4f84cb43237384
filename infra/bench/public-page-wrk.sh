#!/usr/bin/env bash
# A published public page under load, through the gateway and straight from the publication service,
# side by side in one run (issue 6's benchmark). Starts its own platform instance (ports +5000, its own
# state) with the gateway's public rate limit lifted, publishes one report through the real APIs,
# then alternates wrk runs against the two addresses. Loopback only; stops the instance at the end.
# The applications run with the JIT of a production JVM (JAVA_OPTS below, not ./platform's start-up
# friendly C1-only default) and are warmed up (WARMUP seconds per address) before the rounds count.
# The gateway answers the page from its public page cache (ADR 0020); PUBLIC_CACHE_MAX_SIZE=0 switches
# the cache off, to measure the bare proxy hop.
#
#   infra/bench/public-page-wrk.sh [rounds (3)] [seconds per run (10)] [connections (16)]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROUNDS="${1:-3}" SECONDS_PER_RUN="${2:-10}" CONNECTIONS="${3:-16}"
command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)" >&2; exit 1; }

export PORT_OFFSET="${PORT_OFFSET:-5000}"
export JAVA_OPTS="${JAVA_OPTS:--Xmx384m}"
WARMUP="${WARMUP:-60}"
export PLATFORM_STATE="${PLATFORM_STATE:-$(mktemp -d /tmp/budget-perf-wrk.XXXXXX)}"
export PUBLIC_RATE_PER_SECOND=1000000 PUBLIC_RATE_BURST=1000000 PLATFORM_DEMO=0
GATEWAY="http://localhost:$((8080 + PORT_OFFSET))"
PUBLICATION="http://localhost:$((8084 + PORT_OFFSET))"
KEYCLOAK="http://localhost:$((8180 + PORT_OFFSET))"
trap './platform down --purge >/dev/null 2>&1 || true' EXIT
./platform up >/dev/null

token() {
    curl -sf -d grant_type=password -d client_id=portal-cli -d "username=$1" -d password=demo \
        "$KEYCLOAK/realms/budget-perf/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
DEPT=$(token dept-xushui-rsj)
BUREAU=$(token bureau-xushui)
ID=$(curl -sf -H "Authorization: Bearer $DEPT" -H 'Content-Type: application/json' \
    -d '{"departmentCode":"130609002","departmentName":"保定市徐水区人力资源和社会保障局","fiscalYear":2023,
         "figures":{"incomeTotal":"2544.99","expenditureTotal":"2519.12","budgetTotal":"2544.94"}}' \
    "$GATEWAY/api/budget/submissions" | sed 's/.*"id":"\([^"]*\)".*/\1/')
curl -sf -X POST -H "Authorization: Bearer $DEPT" "$GATEWAY/api/budget/submissions/$ID/submit" >/dev/null
curl -sf -X POST -H "Authorization: Bearer $BUREAU" -H 'Content-Type: application/json' -d '{"decision":"ACCEPT"}' \
    "$GATEWAY/api/budget/submissions/$ID/review" >/dev/null
for _ in $(seq 1 60); do
    curl -sf -X POST -H "Authorization: Bearer $BUREAU" "$GATEWAY/api/publication/130609002/2023/publish" >/dev/null && break
    sleep 1
done
PAGE=/public/reports/130609002/2023
body=$(curl -sf "$GATEWAY$PAGE" || true)
[[ "$body" == *预算执行率* ]] || { echo "the page was not published" >&2; exit 1; }

for base in "$PUBLICATION" "$GATEWAY"; do
    wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "$base$PAGE" >/dev/null
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "gateway public cache: ${PUBLIC_CACHE_MAX_SIZE:-32MB (default)}"
echo "page: $PAGE ($(curl -s "$GATEWAY$PAGE" | wc -c) bytes), wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency, $ROUNDS rounds after ${WARMUP}s of warm-up each, JAVA_OPTS=$JAVA_OPTS"
# CPU time (user + system, every thread) each JVM spent per request during a run, in microseconds.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$(head -n1 "$PLATFORM_STATE/pids/$1.pid")/stat"; }
TICK_US=$((1000000 / $(getconf CLK_TCK)))
printf '%-8s %-6s %12s %10s %10s %14s %14s\n' round target 'requests/s' 'p50' 'p99' 'gateway µs/req' 'service µs/req'
for round in $(seq 1 "$ROUNDS"); do
    for target in direct gateway; do
        base=$([[ $target == direct ]] && echo "$PUBLICATION" || echo "$GATEWAY")
        g0=$(cpu_ticks gateway) s0=$(cpu_ticks publication)
        out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$base$PAGE")
        g1=$(cpu_ticks gateway) s1=$(cpu_ticks publication)
        n=$(awk '/requests in/ {print $1}' <<<"$out")
        rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
        p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
        p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
        non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
        printf '%-8s %-6s %12s %10s %10s %14s %14s %s\n' "$round" "$target" "$rps" "$p50" "$p99" \
            "$(((g1 - g0) * TICK_US / n))" "$(((s1 - s0) * TICK_US / n))" "${non2xx:+non-2xx: $non2xx}"
    done
done
