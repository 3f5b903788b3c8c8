#!/usr/bin/env bash
# Login page load for a long time, in slices, to see whether throughput decays (issue #15:
# "no decay after an hour"): wrk with 50 connections on the login page and its pictures, one
# RESULT line per slice, with the server's RSS and the database's size after each.
#   bench/with-server.sh bench/decay.sh             # 12 slices of 5 minutes (an hour)
#   SLICES=7 SLICE=5m bench/with-server.sh bench/decay.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${BASE:-http://localhost:8080}
port=$(sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#' <<<"$BASE")
pid=$(ss -ltnpH "sport = :${port:-80}" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
data=${MEMBERSPACE_DB_URL#jdbc:h2:}; data=${data%%;*}
for slice in $(seq 1 "${SLICES:-12}"); do
    line=$(wrk -t2 -c50 -d"${SLICE:-5m}" -s bench/login-with-pictures.lua "$BASE/${MUTUAL:-mcrn}/" | grep RESULT)
    echo "slice=$slice $line rss_mb=$(( $(ps -o rss= -p "$pid") / 1024 )) database=$(du -sh "$(dirname "$data")" 2>/dev/null | cut -f1)"
done
