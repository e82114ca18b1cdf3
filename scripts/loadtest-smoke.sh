#!/usr/bin/env bash
# The CI smoke run: the smoke profile (a few users, about 20 s, gated on the SLO) against a fresh local-mode Zimmer
# started from zimmer-server/target/zimmer-server.jar. Builds nothing: run `./mvnw -DskipTests package` first.
# Extra -D options are passed on, e.g. scripts/loadtest-smoke.sh -Dusers=2
exec "$(dirname "$0")/loadtest-local.sh" -Dprofile=smoke "$@"
