#!/usr/bin/env bash
# Keycloak of the local platform (dev mode, H2 file database): start | stop | status
#
# http://localhost:8180+PORT_OFFSET (bound to 127.0.0.1). The issuer is always
# http://localhost:<port>/realms/budget-perf, whatever host name a client uses.
# The distribution (org.keycloak:keycloak-quarkus-dist zip from Maven Central) is downloaded and
# unpacked once into $BP_CACHE_DIR; each instance gets its own Keycloak home under
# $PLATFORM_STATE/keycloak (the 160 MB of jars are linked, not copied) with its own data, so two
# instances never share a database or a Quarkus build.
# The realm infra/keycloak/budget-perf-realm.json is imported at the first start; when that file
# changes, the next start throws the instance's Keycloak database away and imports it again.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

C=keycloak
LOG="$BP_LOG_DIR/keycloak.log"
REALM_FILE="$BP_REPO_ROOT/infra/keycloak/budget-perf-realm.json"
KC_ZIP="$BP_CACHE_DIR/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
KC_DIST="$BP_CACHE_DIR/keycloak-$KEYCLOAK_VERSION"
KC_HOME="$PLATFORM_STATE/keycloak/keycloak-$KEYCLOAK_VERSION"
MARKER="$KC_HOME/"
WELL_KNOWN="http://127.0.0.1:$KEYCLOAK_PORT/realms/$KEYCLOAK_REALM/.well-known/openid-configuration"
START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-240}"

fetch_dist() {
    [[ -f "$KC_DIST/.complete" ]] && return 0
    bp_lock keycloak
    if [[ ! -f "$KC_DIST/.complete" ]]; then
        if [[ ! -s "$KC_ZIP" ]]; then
            bp_say "$C" "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip (165 MB) from Maven"
            mkdir -p "$(dirname "$KC_ZIP")"
            if ! (cd "$BP_CACHE_DIR" && bp_mvn org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
                -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
                -DoutputDirectory="$(dirname "$KC_ZIP")") >>"$LOG" 2>&1; then
                bp_unlock
                bp_tail_log "$LOG"
                bp_die "$C" "could not fetch the Keycloak distribution"
            fi
        fi
        command -v unzip >/dev/null 2>&1 || { bp_unlock; bp_die "$C" "unzip is missing (apt-get install unzip)"; }
        bp_say "$C" "unpacking into $KC_DIST"
        local tmp="$KC_DIST.tmp.$$"
        rm -rf "$tmp"
        mkdir -p "$tmp"
        unzip -q "$KC_ZIP" -d "$tmp"
        rm -rf "$KC_DIST"
        mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_DIST"
        rmdir "$tmp"
        touch "$KC_DIST/.complete"
    fi
    bp_unlock
}

# Instance home: small parts copied (Quarkus re-augments into lib/quarkus, data/ is the
# database), the read-only jars and themes linked to the shared unpacked distribution.
prepare_home() {
    if [[ ! -f "$KC_HOME/.complete" ]]; then
        rm -rf "$KC_HOME"
        mkdir -p "$KC_HOME/lib"
        cp -R "$KC_DIST/bin" "$KC_DIST/conf" "$KC_DIST/providers" "$KC_DIST/version.txt" "$KC_HOME/"
        cp -R "$KC_DIST/lib/app" "$KC_DIST/lib/quarkus" "$KC_DIST/lib/quarkus-run.jar" "$KC_HOME/lib/"
        ln -s "$KC_DIST/lib/lib" "$KC_HOME/lib/lib"
        ln -s "$KC_DIST/themes" "$KC_HOME/themes"
        touch "$KC_HOME/.complete"
    fi
    local import="$KC_HOME/data/import" sum old=""
    mkdir -p "$import"
    sum="$(cksum <"$REALM_FILE")"
    [[ -f "$KC_HOME/data/realm.cksum" ]] && old="$(cat "$KC_HOME/data/realm.cksum")"
    if [[ "$sum" != "$old" ]]; then
        if [[ -d "$KC_HOME/data/h2" ]]; then
            bp_say "$C" "realm file changed: resetting this instance's Keycloak database to re-import it"
            rm -rf "$KC_HOME/data/h2"
        fi
        cp "$REALM_FILE" "$import/budget-perf-realm.json"
        echo "$sum" >"$KC_HOME/data/realm.cksum"
    fi
}

keycloak_java_home() {
    if [[ -n "${KEYCLOAK_JAVA_HOME:-}" ]]; then
        echo "$KEYCLOAK_JAVA_HOME"
    elif [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
        echo /usr/lib/jvm/temurin-25-jdk-amd64
    elif [[ -n "${JAVA_HOME:-}" ]]; then
        echo "$JAVA_HOME"
    else
        dirname "$(dirname "$(readlink -f "$(command -v java)")")"
    fi
}

cmd_start() {
    local pid t0 i java_home
    t0="$(bp_now)"
    if pid="$(bp_running_pid keycloak "$MARKER")"; then
        bp_say "$C" "already running (pid $pid, $KEYCLOAK_URL)"
        return 0
    fi
    bp_port_open "$KEYCLOAK_PORT" && bp_die "$C" "port $KEYCLOAK_PORT is already taken by another process"
    [[ -f "$REALM_FILE" ]] || bp_die "$C" "missing $REALM_FILE"
    fetch_dist
    prepare_home
    java_home="$(keycloak_java_home)"
    bp_say "$C" "starting on $KEYCLOAK_URL (java: $java_home)"
    # JAVA_OPTS* of the caller are meant for the applications, not for Keycloak.
    # GATEWAY_PUBLIC_URL and GATEWAY_CLIENT_SECRET fill the ${...} placeholders of the realm file.
    bp_spawn keycloak "$LOG" env -u JAVA_OPTS -u JAVA_OPTS_APPEND -u JAVA_TOOL_OPTIONS \
        JAVA_HOME="$java_home" \
        JAVA_OPTS_KC_HEAP="${KEYCLOAK_HEAP:--Xms64m -Xmx512m}" \
        KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
        GATEWAY_PUBLIC_URL="$GATEWAY_PUBLIC_URL" \
        GATEWAY_CLIENT_SECRET="${GATEWAY_CLIENT_SECRET:-gateway-secret}" \
        "$KC_HOME/bin/kc.sh" start-dev \
        --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
        --hostname="$KEYCLOAK_URL" \
        --import-realm
    pid="$(head -n1 "$BP_PID_DIR/keycloak.pid")"
    for ((i = 0; i < START_TIMEOUT * 2; i++)); do
        if ! bp_alive "$pid"; then
            bp_tail_log "$LOG"
            bp_die "$C" "exited during start-up"
        fi
        if curl -fsS -o /dev/null --max-time 2 "$WELL_KNOWN" 2>/dev/null; then
            bp_say "$C" "ready on $KEYCLOAK_URL, issuer $KEYCLOAK_ISSUER (pid $pid, $(($(bp_now) - t0))s)"
            return 0
        fi
        sleep 0.5
    done
    bp_tail_log "$LOG"
    bp_die "$C" "no answer from $WELL_KNOWN after ${START_TIMEOUT}s"
}

cmd_stop() {
    bp_stop_pid keycloak "$MARKER" 60
}

cmd_status() {
    local pid health
    if pid="$(bp_running_pid keycloak "$MARKER")"; then
        if curl -fsS -o /dev/null --max-time 3 "$WELL_KNOWN" 2>/dev/null; then health=UP; else health=DOWN; fi
        printf '%-12s %-8s pid=%-8s port=%-6s health=%s\n' keycloak running "$pid" "$KEYCLOAK_PORT" "$health"
    else
        printf '%-12s %-8s pid=%-8s port=%-6s health=%s\n' keycloak stopped - "$KEYCLOAK_PORT" -
        return 3
    fi
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    fetch) fetch_dist ;;
    *)
        echo "usage: $0 start|stop|status|fetch" >&2
        exit 2
        ;;
esac
