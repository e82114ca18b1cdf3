#!/usr/bin/env bash
# Throughput probe on loopback: wrk against the marketplace, the dashboard and the bare baseline endpoint of one
# fresh local-mode Zimmer, in one run, so that the ratios stay meaningful on a noisy machine.
#   scripts/wrk-probe.sh [connections (100)] [duration (15s)]
# Expects `./mvnw -DskipTests package` to have been run; installs Debian's wrk when missing.
set -uo pipefail
source "$(dirname "$0")/loadtest-server.sh"

connections=${1:-100}
duration=${2:-15s}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } || exit 2
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; } || exit 2

trap stop_zimmer EXIT
trap 'exit 130' INT TERM
start_zimmer || exit $?

token=$(curl -fs "$ZIMMER_URL/api/auth/login" -H 'Content-Type: application/json' \
	-d '{"email":"demo@zimmer.local","password":"demo-password-123"}' | jq -r .access_token)

probe() {
	local name=$1 path=$2
	shift 2
	wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$ZIMMER_URL$path" >"$zimmer_data_dir/$name.wrk" 2>&1
	local rps p50 p99 errors
	rps=$(awk '/Requests\/sec/ {print $2}' "$zimmer_data_dir/$name.wrk")
	p50=$(awk '$1 == "50%" {print $2}' "$zimmer_data_dir/$name.wrk")
	p99=$(awk '$1 == "99%" {print $2}' "$zimmer_data_dir/$name.wrk")
	errors=$(awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' "$zimmer_data_dir/$name.wrk")
	printf '%-12s %10s req/s   p50 %8s   p99 %8s   %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-no errors}"
	echo "$rps" >"$zimmer_data_dir/$name.rps"
}

echo "wrk: $connections connections, $duration per endpoint, 2 threads, against $ZIMMER_URL"
# The JIT keeps speeding the server up for a while after start: warm every endpoint up, then measure two
# interleaved rounds and report the second, so that no endpoint profits from coming later.
for round in warm-up 1 2; do
	[ "$round" = warm-up ] || echo "round $round"
	if [ "$round" = warm-up ]; then
		for path in /api/baseline /api/automations/marketplace; do
			wrk -t2 -c"$connections" -d10s "$ZIMMER_URL$path" >/dev/null 2>&1
		done
		wrk -t2 -c"$connections" -d10s -H "Authorization: Bearer $token" "$ZIMMER_URL/api/user/dashboard" >/dev/null 2>&1
		continue
	fi
	probe baseline /api/baseline
	probe marketplace /api/automations/marketplace
	probe dashboard /api/user/dashboard -H "Authorization: Bearer $token"
done
base=$(cat "$zimmer_data_dir/baseline.rps")
for name in marketplace dashboard; do
	awk -v n="$name" -v r="$(cat "$zimmer_data_dir/$name.rps")" -v b="$base" \
		'BEGIN { printf "%-12s %.2f of the baseline throughput (round 2)\n", n, r / b }'
done
