#!/usr/bin/env bash
# Gateway benchmark: pre-signed portal requests through gateway-router over a real Kafka broker and PostgreSQL.
# Usage: bench/gateway.sh [requests]   (default 2000). Prints figures; writes target/bench/gateway.json.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-2000}"
LOCK=""; command -v flock >/dev/null && LOCK="flock /tmp/egov-maven.lock"
$LOCK ./mvnw -B -q install -DskipTests -pl gateway-router -am
$LOCK ./mvnw -B verify -pl gateway-router -Dtest=GatewayBenchmark -Degov.excluded-groups= -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.requests="$N" | grep -E "\[gateway-bench\]|Tests run:|ERROR" || true
cat target/bench/gateway.json
