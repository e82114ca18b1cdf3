#!/usr/bin/env bash
# The benchmark of operations §9: starts a local-mode Zimmer from the packaged jar, sends the mixed journey and the
# in-memory baseline (GET /api/baseline) at the same fixed arrival rate in one run, prints both results and their
# ratios, and appends a dated row to docs/benchmarks/history.md.
#   scripts/benchmark.sh [--rate <requests/s each, default 50>] [--duration <e.g. 60s, 5m; default 60s>]
# Expects `./mvnw -DskipTests package` to have been run.
set -uo pipefail
source "$(dirname "$0")/loadtest-server.sh"

rate=50
duration=60s
while [ $# -gt 0 ]; do
	case "$1" in
		--rate) rate=${2:?--rate needs a value}; shift 2 ;;
		--duration) duration=${2:?--duration needs a value}; shift 2 ;;
		-h|--help) sed -n '2,6p' "$0"; exit 0 ;;
		*) echo "Unknown option $1 (use --rate and --duration)" >&2; exit 2 ;;
	esac
done

history="$ZIMMER_ROOT/docs/benchmarks/history.md"
revision=$(git -C "$ZIMMER_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$ZIMMER_ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
	revision="$revision+changes"
fi
rows_before=$(grep -c '^| 2' "$history" 2>/dev/null || true)

trap stop_zimmer EXIT
trap 'exit 130' INT TERM

start_zimmer || exit $?
run_gatling -Dzimmer.simulation=ai.zimmer.loadtest.simulation.BenchmarkSimulation "-Drate=$rate" \
	"-Dduration=$duration" "-Dhistory=$history" "-Drevision=$revision"
status=$?
rows_after=$(grep -c '^| 2' "$history" 2>/dev/null || true)
if [ "$status" -ne 0 ] || [ "${rows_after:-0}" -le "${rows_before:-0}" ]; then
	echo "The benchmark produced no result row (Gatling exit status $status); see the output above." >&2
	exit 1
fi
echo "Appended to $history:"
tail -n 1 "$history"
