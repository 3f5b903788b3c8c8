#!/usr/bin/env bash
# Load figures of a member space that is already running (see README "Load, memory and
# boot"): login page GET, the page with its pictures, sign-ins at 1 to 16 connections, heap
# per wizard session, the server's RSS and database size. A benchmark, not a test.
#
#   bench/run.sh                 # against http://localhost:8080/mcrn/
#   DURATION=20s bench/run.sh    # longer runs
#
# Sign-ins are only measurable on a server started with MEMBERSPACE_CHALLENGE=off and
# MEMBERSPACE_TRUSTED_PROXIES=127.0.0.1: bench/with-server.sh starts one like that.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${BASE:-http://localhost:8080}
MUTUAL=${MUTUAL:-mcrn}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-50}
URL="$BASE/$MUTUAL/"

command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install -y wrk)" >&2; exit 1; }
curl -fsS -o /dev/null "$URL" || { echo "no member space answers at $URL" >&2; exit 1; }

# the server JVM (WildFly under jboss-modules), for heap and RSS figures
pid=$(pgrep -f 'jboss-modules.jar' | head -1 || true)

heap_used_kb() {
    jcmd "$pid" GC.run >/dev/null
    jcmd "$pid" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); print v; exit } }'
}

echo "== warm-up (10 s of page views)"
wrk -t2 -c"$CONNECTIONS" -d10s -s bench/login-page.lua "$URL" | grep RESULT

echo "== login page GET, $CONNECTIONS connections, $DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/login-page.lua "$URL" | grep RESULT

echo "== login page and its 6 pictures, $CONNECTIONS connections, $DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/login-with-pictures.lua "$URL" | grep RESULT

echo "== sign-ins of one member, $DURATION each"
for c in 1 2 4 8 16; do
    printf 'connections=%-2s ' "$c"
    wrk -t$(( c < 2 ? 1 : 2 )) -c"$c" -d"$DURATION" --timeout 30s -s bench/sign-in.lua "$URL" | grep RESULT
done

if [ -n "$pid" ] && command -v jcmd >/dev/null; then
    echo "== heap per wizard session (new sessions for ${SESSION_SECONDS:-5} s, no cookies)"
    before=$(heap_used_kb)
    jcmd "$pid" GC.class_histogram > "${TMPDIR:-/tmp}/memberspace-histogram-before.txt"
    result=$(wrk -t1 -c4 -d"${SESSION_SECONDS:-5}s" -s bench/wizard-sessions.lua "$BASE/$MUTUAL/mot-de-passe" | grep RESULT)
    sessions=$(sed -E 's/.* requests=([0-9]+) .*/\1/' <<<"$result")
    after=$(heap_used_kb)
    echo "$result"
    jcmd "$pid" GC.class_histogram > "${TMPDIR:-/tmp}/memberspace-histogram-after.txt"
    echo "   classes that grew most (bytes per session, class):"
    awk -v n="$sessions" 'NR == FNR { if ($1 ~ /:$/) before[$4] = $3; next }
        $1 ~ /:$/ { d = $3 - before[$4]; if (d > 0) printf "%10.0f %s\n", d / n, $4 }' \
        "${TMPDIR:-/tmp}/memberspace-histogram-before.txt" "${TMPDIR:-/tmp}/memberspace-histogram-after.txt" \
        | sort -rn | head -15
    echo "RESULT sessions=$sessions heap_before_kb=$before heap_after_kb=$after bytes_per_session=$(( (after - before) * 1024 / sessions ))"
    echo "== server"
    echo "RESULT rss_mb=$(( $(ps -o rss= -p "$pid") / 1024 ))"
fi
