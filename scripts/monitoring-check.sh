#!/usr/bin/env bash
# Validates the Prometheus, Alertmanager, blackbox exporter, Grafana and Filebeat assets of deploy/monitoring and
# deploy/logging. Installs Debian's prometheus, prometheus-alertmanager and prometheus-blackbox-exporter
# (promtool, amtool, the exporter's --config.check) when they are missing; their daemons are not started.
# Runs every check even after a failure and closes with "N passed, M failed"; exits 1 when any check failed.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
monitoring="$root/deploy/monitoring"
logging="$root/deploy/logging"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0

# check NAME COMMAND...: runs the command from deploy/monitoring, shows its output only when it fails.
check() {
	local name="$1"
	shift
	if (cd "$monitoring" && "$@") >"$work/output" 2>&1; then
		passed=$((passed + 1))
		echo "PASS  $name"
	else
		failed=$((failed + 1))
		echo "FAIL  $name"
		sed 's/^/      /' "$work/output"
	fi
}

# routes_to EXPECTED LABELS...: the receivers Alertmanager picks for an alert with these labels.
routes_to() {
	local expected="$1"
	shift
	amtool config routes test --config.file=alertmanager.yml --verify.receivers="$expected" "$@"
}

render_templates() {
	amtool template render --template.glob='templates/*.tmpl' \
		--template.text='{{ template "zimmer.title" . }}{{ template "zimmer.text" . }}'
}

dashboard_promql() {
	"$python" check_assets.py dashboard-promql "$work/dashboard-queries.yml" &&
		promtool check rules "$work/dashboard-queries.yml"
}

install_missing_tools() {
	local packages=()
	command -v promtool >/dev/null || packages+=(prometheus)
	command -v amtool >/dev/null || packages+=(prometheus-alertmanager)
	command -v prometheus-blackbox-exporter >/dev/null || packages+=(prometheus-blackbox-exporter)
	find_python >/dev/null || packages+=(python3 python3-yaml)
	if ((${#packages[@]} > 0)); then
		echo "Installing ${packages[*]} (apt-get)"
		apt-get update -qq &&
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
	fi
}

# A Python with PyYAML: the system one first, since a pyenv shim may lack it.
find_python() {
	local candidate
	for candidate in /usr/bin/python3 python3; do
		if command -v "$candidate" >/dev/null && "$candidate" -c 'import yaml' 2>/dev/null; then
			echo "$candidate"
			return 0
		fi
	done
	return 1
}

install_missing_tools || echo "WARN  installing the tools failed; the checks that need them will fail"
python="$(find_python || echo python3)"

check "promtool check config prometheus.yml (rule files, target files)" promtool check config prometheus.yml
check "promtool check rules recording.yml alerts.yml" promtool check rules rules/recording.yml rules/alerts.yml
check "promtool test rules recording_test.yml" promtool test rules rules/recording_test.yml
check "promtool test rules alerts_test.yml" promtool test rules rules/alerts_test.yml
check "every alert has severity, summary, description, runbook_url and a firing and a quiet test" \
	"$python" check_assets.py alert-coverage
check "amtool check-config alertmanager.yml" amtool check-config alertmanager.yml
check "critical alerts route to PagerDuty and Slack" \
	routes_to pagerduty-critical,slack-critical severity=critical alertname=ZimmerDatabaseDown
check "warning alerts route to Slack only" routes_to slack-warnings severity=warning alertname=ZimmerHighCpu
check "notification templates render" render_templates
check "blackbox exporter accepts blackbox.yml" \
	prometheus-blackbox-exporter --config.check --config.file=blackbox.yml
check "dashboard queries read only known series" "$python" check_assets.py dashboard-series
check "dashboard queries are valid PromQL" dashboard_promql
check "filebeat.yml has JSON inputs and an Elasticsearch output" \
	"$python" check_assets.py filebeat "$logging/filebeat.yml"

echo "$passed passed, $failed failed"
((failed == 0))
