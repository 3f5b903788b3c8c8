#!/usr/bin/env bash
# Raw Argon2id verifications per second at the product's parameters, with 1 and 2 threads
# (JMH, PasswordHashBenchmark.verify): what sign-ins/s are compared to. No server needed.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -o -q -pl health,ejb test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/bench.classpath)"
for threads in ${THREADS:-1 2}; do
    java -cp "$cp" org.openjdk.jmh.Main 'PasswordHashBenchmark.verify$' -f 1 -wi 1 -w 3s -i 3 -r 5s \
        -bm thrpt -tu s -t "$threads" 2>/dev/null \
        | awk -v t="$threads" '/^PasswordHashBenchmark.verify / { print "RESULT threads=" t " verifications/s=" $4 " ±" $6 }'
done
