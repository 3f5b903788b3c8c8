#!/usr/bin/env bash
# Sign-ins per second of a running member space against raw Argon2id verifications per
# second at the same parameters (JMH, PasswordHashBenchmark.verify), measured in turns on
# the same machine: this machine's speed drifts by ±25 % within minutes, so figures taken
# at different times cannot be divided. Each round measures the raw rate with 1 and 2
# threads, then sign-ins at 1, 2, 4, 8 and 16 connections (beyond the cores, against the
# raw rate on all cores). A benchmark, not a test.
#
#   bench/with-server.sh bench/sign-in-ratio.sh     # starts a server set up for it
#   ROUNDS=5 SLICE=20s bench/with-server.sh bench/sign-in-ratio.sh
#
# Needs a server started with MEMBERSPACE_CHALLENGE=off and MEMBERSPACE_TRUSTED_PROXIES=127.0.0.1
# (bench/with-server.sh does it), as bench/run.sh's sign-ins.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${BASE:-http://localhost:8080}
URL="$BASE/${MUTUAL:-mcrn}/"
ROUNDS=${ROUNDS:-3}
SLICE=${SLICE:-15s}
CONNECTIONS_LIST=${CONNECTIONS_LIST:-1 2 4 8 16}
cores=$(nproc)

command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install -y wrk)" >&2; exit 1; }
# (the page read whole first, no pipe: grep -q leaving a pipe early failed curl, and with
# pipefail the check, now and then)
grep -q 'type="password"' <<<"$(curl -fsS "$URL")" || { echo "no login page at $URL" >&2; exit 1; }

./mvnw -B -ntp -o -q -pl health,ejb test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/bench.classpath)"

# raw verifications/s with $1 threads, in a JVM with the server's heap
raw() {
    java -cp "$cp" org.openjdk.jmh.Main 'PasswordHashBenchmark.verify$' -f 1 -jvmArgs "-Xms256m -Xmx768m" \
        -wi 1 -w 5s -i 1 -r "$SLICE" -bm thrpt -tu s -t "$1" 2>/dev/null \
        | awk '/^PasswordHashBenchmark.verify / { for (i = 1; i <= NF; i++) if ($i == "ops/s") print $(i - 1) }'
}

signed_in() {
    wrk -t$(( $1 < 2 ? 1 : 2 )) -c"$1" -d"$SLICE" --timeout 30s -s bench/sign-in.lua "$URL" \
        | grep RESULT | sed -E 's#.* signed_in/s=([0-9.]+) .*#\1#'
}

echo "== sign-ins warm-up (${SIGN_IN_WARM_UP:-60s} at 2 connections: the JIT compiles the hash's code)"
wrk -t2 -c2 -d"${SIGN_IN_WARM_UP:-60s}" --timeout 30s -s bench/sign-in.lua "$URL" | grep RESULT

results=$(mktemp)
for round in $(seq "$ROUNDS"); do
    declare -A rawOf=()
    for t in 1 "$cores"; do
        rawOf[$t]=$(raw "$t")
    done
    for c in $CONNECTIONS_LIST; do
        t=$(( c < cores ? c : cores ))
        s=$(signed_in "$c")
        ratio=$(echo "scale=2; $s / ${rawOf[$t]}" | bc)
        echo "round=$round connections=$c signed_in/s=$s raw_verifications/s(${t}_threads)=${rawOf[$t]} ratio=$ratio" | tee -a "$results"
    done
done

# the median ratio of the rounds at each number of connections
for c in $CONNECTIONS_LIST; do
    grep " connections=$c " "$results" | sed -E 's/.* ratio=//' | sort -n \
        | awk -v c="$c" '{ r[NR] = $1 } END { printf "RESULT connections=%s median_ratio=%s rounds=%d\n", c, r[int((NR + 1) / 2)], NR }'
done
rm -f "$results"
