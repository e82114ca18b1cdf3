#!/usr/bin/env bash
# Runs the readiness checker against a fresh local-mode Zimmer started from the packaged jars, with a test customer,
# a vendor automation and its service token set up through the public and staff APIs, and always stops the server.
#   scripts/readiness-local.sh [extra readiness options, e.g. --duration 10s --connections 20]
# Expects `./mvnw -DskipTests package` to have been run. Exits with the checker's code (0 ready, 1 not ready).
set -uo pipefail
source "$(dirname "$0")/loadtest-server.sh"

command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; } || {
	echo "jq is needed: apt-get install jq" >&2
	exit 2
}
readiness_jar="$ZIMMER_ROOT/zimmer-readiness/target/zimmer-readiness.jar"
[ -f "$readiness_jar" ] || { echo "No $readiness_jar: run ./mvnw -DskipTests package first" >&2; exit 2; }
out_dir=${READINESS_OUT:-$ZIMMER_ROOT/target/readiness}

trap stop_zimmer EXIT
trap 'exit 130' INT TERM
start_zimmer || exit $?

json='Content-Type: application/json'
admin=$(curl -fs "$ZIMMER_URL/api/auth/login" -H "$json" \
	-d "{\"email\":\"$ZIMMER_ADMIN_EMAIL\",\"password\":\"$ZIMMER_ADMIN_PASSWORD\"}" | jq -r .access_token)
automation=$(curl -fs "$ZIMMER_URL/api/admin/automations" -H "$json" -H "Authorization: Bearer $admin" -d "{
	\"name\": \"Readiness probe\", \"description\": \"Automation used by the readiness checker\",
	\"pricing_type\": \"token_per_message\", \"price_per_token\": 1, \"is_active\": true, \"is_listed\": true,
	\"health_check_url\": \"$ZIMMER_SAMPLE_URL/health\", \"provision_url\": \"$ZIMMER_SAMPLE_URL/provision\",
	\"kb_status_url\": \"$ZIMMER_SAMPLE_URL/kb/status\", \"kb_reset_url\": \"$ZIMMER_SAMPLE_URL/kb/reset\"}" | jq -r .id)
service_token=$(curl -fs -X POST "$ZIMMER_URL/api/admin/automations/$automation/rotate-token" \
	-H "Authorization: Bearer $admin" | jq -r .service_token)
curl -fs -o /dev/null -X POST "$ZIMMER_URL/api/admin/automations/$automation/health-check" \
	-H "Authorization: Bearer $admin"
customer=$(curl -fs "$ZIMMER_URL/api/auth/login" -H "$json" \
	-d '{"email":"demo@zimmer.local","password":"demo-password-123"}' | jq -r .access_token)
subscription=$(curl -fs "$ZIMMER_URL/api/user/automations" -H "$json" -H "Authorization: Bearer $customer" \
	-d "{\"automation_id\": $automation}" | jq -r .id)
if [ -z "$subscription" ] || [ "$subscription" = "null" ]; then
	echo "Setting up the readiness test data failed (automation '$automation')" >&2
	exit 1
fi

# A fresh JVM answers its first requests before the JIT has compiled them; warm it up the way a rollout's canary
# phase would, so that the checker measures a serving instance rather than a starting one.
if command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; then
	wrk -t2 -c20 -d10s "$ZIMMER_URL/api/automations/marketplace" >/dev/null 2>&1
	wrk -t2 -c20 -d10s -H "Authorization: Bearer $customer" "$ZIMMER_URL/api/user/dashboard" >/dev/null 2>&1
fi

"$JAVA_HOME/bin/java" -jar "$readiness_jar" --url "$ZIMMER_URL" \
	--email demo@zimmer.local --password demo-password-123 \
	--staff-email "$ZIMMER_ADMIN_EMAIL" --staff-password "$ZIMMER_ADMIN_PASSWORD" \
	--vendor-token "$service_token" --subscription-id "$subscription" \
	--allowed-origin http://localhost:3000 --out "$out_dir" "$@"
