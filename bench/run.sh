#!/usr/bin/env bash
# Load figures of a member space that is already running (see README "Load, memory and
# boot"): login page GET, the page with its pictures, sign-ins at 1 to 16 connections, heap
# per wizard session, the server's RSS and database size. A benchmark, not a test.
#
#   bench/run.sh                 # against http://localhost:8080/mcrn/
#   DURATION=20s bench/run.sh    # longer runs
#   STEPS=sessions bench/run.sh  # only some of: pages sign-ins sessions
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
# what is measured is the login page itself: a 200 with a password field
# (the page read whole first, no pipe: grep -q leaving a pipe early failed curl, and with
# pipefail the check, now and then)
grep -q 'type="password"' <<<"$(curl -fsS "$URL")" || { echo "no login page at $URL" >&2; exit 1; }

# the server JVM listening on BASE's port (not another WildFly of the machine), for CPU,
# heap and RSS figures
port=$(sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#' <<<"$BASE")
pid=$(ss -ltnpH "sport = :${port:-80}" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$pid" ] || { echo "no process listens on port ${port:-80}" >&2; exit 1; }

# CPU time of the server process in milliseconds (user + system), to report CPU per request:
# a figure that other load on the machine disturbs much less than requests per second
cpu_ms() {
    awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$pid/stat"
}

# wrk with the RESULT line completed by the server's CPU milliseconds per request
measure() {
    local before after line requests
    before=$(cpu_ms)
    line=$(wrk "$@" | grep RESULT)
    after=$(cpu_ms)
    requests=$(sed -E 's/.* requests=([0-9]+) .*/\1/' <<<"$line")
    echo "$line server_cpu_ms/request=$(echo "scale=2; ($after - $before) / $requests" | bc)"
}

# the live objects of the heap by class (jcmd runs a full GC first); its last line is the total
histogram() {
    jcmd "$pid" GC.class_histogram > "$1"
}

STEPS=" ${STEPS:-pages sign-ins sessions} "

if [[ $STEPS == *" pages "* ]]; then
echo "== warm-up (${WARM_UP:-20s} of page views and pictures)"
wrk -t2 -c"$CONNECTIONS" -d"${WARM_UP:-20s}" -s bench/login-with-pictures.lua "$URL" | grep RESULT

echo "== login page GET, $CONNECTIONS connections, $DURATION"
measure -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/login-page.lua "$URL"

echo "== login page and its 6 pictures, $CONNECTIONS connections, $DURATION"
measure -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/login-with-pictures.lua "$URL"

fi

if [[ $STEPS == *" sign-ins "* ]]; then
echo "== sign-ins warm-up (${SIGN_IN_WARM_UP:-60s} at 2 connections: the JIT compiles the hash's code)"
wrk -t2 -c2 -d"${SIGN_IN_WARM_UP:-60s}" --timeout 30s -s bench/sign-in.lua "$URL" | grep RESULT
echo "== sign-ins of one member, ${SIGN_IN_DURATION:-$DURATION} each"
for c in 1 2 4 8 16; do
    printf 'connections=%-2s ' "$c"
    measure -t$(( c < 2 ? 1 : 2 )) -c"$c" -d"${SIGN_IN_DURATION:-$DURATION}" --timeout 30s -s bench/sign-in.lua "$URL"
done

fi

if [[ $STEPS == *" sessions "* ]] && command -v jcmd >/dev/null; then
    echo "== heap per wizard session (new wizards for ${SESSION_SECONDS:-5} s, each in a session of its own)"
    # warm the wizard's path first (classes, caches), so that the heap grows by sessions only
    wrk -t1 -c4 -d3s -s bench/wizard-sessions.lua "$BASE/$MUTUAL/mot-de-passe" >/dev/null
    before=${TMPDIR:-/tmp}/memberspace-histogram-before.txt after=${TMPDIR:-/tmp}/memberspace-histogram-after.txt
    histogram "$before"
    result=$(wrk -t1 -c4 -d"${SESSION_SECONDS:-5}s" -s bench/wizard-sessions.lua "$BASE/$MUTUAL/mot-de-passe" | grep RESULT)
    sessions=$(sed -E 's/.* wizards=([0-9]+).*/\1/' <<<"$result")
    histogram "$after"
    echo "$result"
    echo "   classes that grew most (bytes per session, class):"
    awk -v n="$sessions" 'NR == FNR { if ($1 ~ /:$/) before[$4] = $3; next }
        $1 ~ /:$/ { d = $3 - before[$4]; if (d > 0) printf "%10.0f %s\n", d / n, $4 }' "$before" "$after" \
        | sort -rn | head -15
    awk -v n="$sessions" 'FNR == 1 { file++ } /^Total/ { total[file] = $3 }
        END { printf "RESULT sessions=%d live_heap_before_kb=%d live_heap_after_kb=%d bytes_per_session=%d\n",
              n, total[1] / 1024, total[2] / 1024, (total[2] - total[1]) / n }' "$before" "$after"
    echo "== server"
    echo "RESULT rss_mb=$(( $(ps -o rss= -p "$pid") / 1024 ))"
fi
