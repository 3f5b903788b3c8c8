#!/usr/bin/env bash
# Starts the member space with the run command (./mvnw -Prun verify) set up for load
# (challenge off, 127.0.0.1 trusted to forward client addresses, mail to localhost:2525 where
# bench/MailLatency.java listens), waits for the login page, times the boot, runs a benchmark
# (bench/run.sh unless told another), and stops the server. Binds 8080, 9990, 3025, 3143,
# 8025 and 2525, each shifted by MEMBERSPACE_PORT_OFFSET (default 0) if another server runs.
#
#   bench/with-server.sh                             # boot time, then bench/run.sh
#   bench/with-server.sh java bench/MailLatency.java # boot time, then click→mail latency
#   bench/with-server.sh true                        # boot time only
#   MEMBERSPACE_PORT_OFFSET=1000 bench/with-server.sh # web on 9080, and so on
#   DATA=/tmp/ms bench/with-server.sh true            # boot on the database of an earlier run
#                                                     # (kept), as a server restarts: no migration
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp -t memberspace-bench.XXXXXX)
data=${DATA:-$(mktemp -d -t memberspace-bench-data.XXXXXX)}
mkdir -p "$data"
export MEMBERSPACE_CHALLENGE=off MEMBERSPACE_TRUSTED_PROXIES=127.0.0.1
offset=${MEMBERSPACE_PORT_OFFSET:-0}
export MEMBERSPACE_SMTP_PORT=${MEMBERSPACE_SMTP_PORT:-$((2525 + offset))}
# what the benchmarks read: bench/run.sh and bench/MailLatency.java
export BASE=http://127.0.0.1:$((8080 + offset)) SMTP_PORT=$MEMBERSPACE_SMTP_PORT
export MEMBERSPACE_DB_URL="jdbc:h2:$data/memberspace;DB_CLOSE_ON_EXIT=FALSE"

# SERVER_JVM_ARGS replaces the server JVM's flags (ear/pom.xml's server.jvm.args), to try some
./mvnw -B -ntp -o -q -Prun -pl health,ejb,web,ear verify ${SERVER_JVM_ARGS:+"-Dserver.jvm.args=$SERVER_JVM_ARGS"} >"$log" 2>&1 &
run=$!
stop() {
    kill "$run" 2>/dev/null || true   # the run command's shutdown hook stops WildFly
    wait "$run" 2>/dev/null || true
    echo "== database after the load: $(du -sh "$data" | cut -f1)"
    [ -n "${DATA:-}" ] || rm -rf "$data"
}
trap stop EXIT

# boot: from the server process starting to the first 200 of the login page
# (this checkout's server: other WildFly servers may run on the machine)
server="jboss.server.base.dir=$PWD/ear/target/run-server"
until pgrep -f "$server" >/dev/null; do
    kill -0 "$run" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.2
done
start=$(date +%s.%N)
until curl -fsS -o /dev/null "$BASE/mcrn/" 2>/dev/null; do
    kill -0 "$run" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.2
done
echo "RESULT boot_to_first_page_s=$(echo "$(date +%s.%N) - $start" | bc)"
echo "== database before the load: $(du -sh "$data" | cut -f1)"

if [ $# -eq 0 ]; then
    bench/run.sh
else
    "$@"
fi
