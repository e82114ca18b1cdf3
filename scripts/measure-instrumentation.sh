#!/usr/bin/env bash
# scripts/measure-instrumentation.sh: three servers (instrumentation off / on / on with every trace sampled), same jar,
# interleaved wrk rounds against GET /api/baseline and GET /livez. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-zimmer-server/target/zimmer-server.jar}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-100}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
WORK=$(mktemp -d)
declare -A PORTS=([off]=18761 [on]=18763 [on-sampled]=18765)
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true; wait || true; rm -rf "$WORK"' EXIT

start() {
  local name=$1; shift
  local port=${PORTS[$name]}
  env SERVER_PORT="$port" ZIMMER_SAMPLE_PORT=$((port + 1)) ZIMMER_DATA_DIR="$WORK/$name" "$@" \
    "$JAVA" -Xmx512m -jar "$JAR" --zimmer.benchmark.baseline-enabled=true > "$WORK/$name.log" 2>&1 &
  PIDS+=($!)
}

start off ZIMMER_MONITORING_INSTRUMENTATION_ENABLED=false
start on
start on-sampled ZIMMER_TRACING_SAMPLING_PROBABILITY=1.0
for name in off on on-sampled; do
  until curl -sf "http://127.0.0.1:${PORTS[$name]}/readyz" > /dev/null; do sleep 1; done
done
for name in off on on-sampled; do
  for path in /api/baseline /livez; do
    wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:${PORTS[$name]}$path" > /dev/null   # warm-up
  done
done
for round in $(seq 1 "$ROUNDS"); do
  for path in /api/baseline /livez; do
    for name in off on on-sampled; do
      wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:${PORTS[$name]}$path" > "$WORK/out"
      rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/out")
      p50=$(awk '$1 == "50%" {print $2}' "$WORK/out")
      p99=$(awk '$1 == "99%" {print $2}' "$WORK/out")
      errors=$(awk '/Socket errors|Non-2xx/ {printf "%s ", $0}' "$WORK/out")
      printf 'round %s  %-14s %-11s %9s req/s  p50 %8s  p99 %8s  %s\n' "$round" "GET $path" "$name" "$rps" \
        "$p50" "$p99" "$errors"
    done
  done
done
