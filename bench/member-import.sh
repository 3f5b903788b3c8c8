#!/usr/bin/env bash
# The member import's figures (README, "Importing members"): 100 000 generated members, without
# hashes then with a legacy hash on one row in ten, imported by the batch job inside the test
# server (MemberImportBenchmark). H2 by default; PostgreSQL with the MEMBERSPACE_DB_* variables
# of the README ("Running the tests against PostgreSQL"), in a database of its own:
#   psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE import_bench'
#   MEMBERSPACE_DB_DRIVER=postgresql MEMBERSPACE_DB_URL=jdbc:postgresql://127.0.0.1:5432/import_bench \
#   MEMBERSPACE_DB_USER=postgres MEMBERSPACE_DB_PASSWORD=postgres bench/member-import.sh
# Extra Maven arguments (ports, -o) pass through. Results: /tmp/member-import-benchmark.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl ear -am verify -Dit.test=MemberImportBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat /tmp/member-import-benchmark.txt
