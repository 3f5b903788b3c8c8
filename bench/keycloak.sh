#!/usr/bin/env bash
# Keycloak's login page under the same load, for comparison (README "Load, memory and boot"):
# Keycloak from Maven Central (org.keycloak:keycloak-quarkus-dist), production mode over
# plain HTTP on port 8180, its own dev-file database, the master realm's login page for the
# account console. Needs Java 21 or newer (KC_JAVA_HOME). A benchmark, not a test.
#
#   bench/keycloak.sh                  # downloads and builds Keycloak into target/keycloak once
#   KC_HOME=/opt/keycloak bench/keycloak.sh
#   WARM_UP=5m DURATION=60s bench/keycloak.sh   # both warmed as long as bench/run.sh's server
set -euo pipefail
cd "$(dirname "$0")/.."

KC_VERSION=${KC_VERSION:-26.7.3}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-50}
export JAVA_HOME=${KC_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
KC_HOME=${KC_HOME:-target/keycloak/keycloak-$KC_VERSION}

if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    ./mvnw -B -ntp -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
        -DoutputDirectory=target/keycloak
    unzip -q -o "target/keycloak/keycloak-quarkus-dist-$KC_VERSION.zip" -d target/keycloak
fi
if [ ! -f "$KC_HOME/.bench-built" ]; then
    "$KC_HOME/bin/kc.sh" build >/dev/null && touch "$KC_HOME/.bench-built"
fi

export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=bench-admin-password
"$KC_HOME/bin/kc.sh" start --optimized --http-enabled=true --hostname-strict=false --http-port=8180 \
    >"$KC_HOME/bench-server.log" 2>&1 &
kc=$!
# kc.sh starts Keycloak's JVM as its child (not by exec): stop both
trap 'kill $(pgrep -P "$kc") "$kc" 2>/dev/null; wait "$kc" 2>/dev/null || true' EXIT

url="http://localhost:8180/realms/master/protocol/openid-connect/auth?client_id=account-console"
url+="&redirect_uri=http%3A%2F%2Flocalhost%3A8180%2Frealms%2Fmaster%2Faccount%2F&response_type=code&scope=openid"
# the account console needs PKCE: without a code challenge, Keycloak answers an empty 302 to
# an error, not its login page (the figures of earlier stops measured that redirect)
url+="&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
start=$(date +%s.%N)
until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    kill -0 "$kc" 2>/dev/null || { tail -20 "$KC_HOME/bench-server.log"; exit 1; }
    sleep 0.2
done
echo "RESULT keycloak_boot_to_first_page_s=$(echo "$(date +%s.%N) - $start" | bc)"
# what is measured is the login page itself: a 200 with a password field
page=$(curl -sS -w '\n%{http_code}' "$url")
[ "$(tail -1 <<<"$page")" = 200 ] && grep -q 'type="password"' <<<"$page" \
    || { echo "Keycloak's answer is not its login page: $(tail -1 <<<"$page")" >&2; exit 1; }

echo "== Keycloak warm-up (${WARM_UP:-10s})"
wrk -t2 -c"$CONNECTIONS" -d"${WARM_UP:-10s}" -s bench/login-page.lua "$url" | grep RESULT
echo "== Keycloak login page GET, $CONNECTIONS connections, $DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/login-page.lua "$url" | grep RESULT
echo "RESULT keycloak_rss_mb=$(( $(ps -o rss= -p "$(pgrep -P "$kc" | head -1)") / 1024 ))"
