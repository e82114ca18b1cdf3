#!/usr/bin/env bash
# Runs a load profile against a fresh local-mode Zimmer started from the packaged jar, and always stops it.
#   scripts/loadtest-local.sh -Dprofile=normal [-Dusers=.. -Dduration=.. -Dmodel=open -Drate=..]
# Expects `./mvnw -DskipTests package` to have been run. Exits non-zero when the run fails its SLO gates.
set -uo pipefail
source "$(dirname "$0")/loadtest-server.sh"

trap stop_zimmer EXIT
trap 'exit 130' INT TERM

start_zimmer || exit $?
run_gatling "$@"
