#!/usr/bin/env python3
"""Checks of the monitoring assets that promtool and amtool do not make.

Usage: check_assets.py alert-coverage | dashboard-series | dashboard-promql RULES_OUT | filebeat FILE
Run from deploy/monitoring. Prints what is wrong and exits 1, or exits 0 in silence.
"""
import json
import re
import sys

import yaml

# Series the Zimmer server exposes (Micrometer Prometheus names) and those Prometheus itself adds.
SERVER_METRICS = {
    "http_server_requests_seconds_bucket", "http_server_requests_seconds_count", "http_server_requests_seconds_sum",
    "hikaricp_connections_active", "hikaricp_connections_max", "hikaricp_connections_pending",
    "cache_gets_total", "zimmer_dependency_up", "zimmer_automation_healthy", "zimmer_usage_units_total",
    "zimmer_payments_total", "zimmer_signups_total", "zimmer_logins_total", "process_cpu_usage",
    "system_cpu_usage", "jvm_memory_used_bytes", "jvm_memory_max_bytes",
}
PROMETHEUS_METRICS = {"up", "probe_success", "probe_duration_seconds"}
PROMQL_WORDS = {
    "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool", "offset",
    "inf", "nan",
}
RUNBOOK = re.compile(r"^docs/runbook\.md#[a-z0-9]+(-[a-z0-9]+)*$")
SEVERITIES = {"critical", "warning"}
GRAFANA_VARIABLES = {"$__rate_interval": "5m", "$__interval": "1m", "$instance": ".*"}


def load_yaml(path):
    with open(path) as f:
        return yaml.safe_load(f)


def alert_rules():
    return [r for g in load_yaml("rules/alerts.yml")["groups"] for r in g["rules"] if "alert" in r]


def recorded_names():
    return {r["record"] for g in load_yaml("rules/recording.yml")["groups"] for r in g["rules"] if "record" in r}


def alert_metadata_problems(rules):
    problems = []
    for r in rules:
        name, labels, notes = r["alert"], r.get("labels", {}), r.get("annotations", {})
        if labels.get("severity") not in SEVERITIES:
            problems.append(f"{name}: severity label must be one of {sorted(SEVERITIES)}")
        for key in ("summary", "description", "runbook_url"):
            if not notes.get(key):
                problems.append(f"{name} ({labels.get('severity')}): missing annotation {key}")
        if notes.get("runbook_url") and not RUNBOOK.match(notes["runbook_url"]):
            problems.append(f"{name}: runbook_url {notes['runbook_url']!r} is not docs/runbook.md#<anchor>")
    return problems


def alert_coverage_problems(rules):
    """Every (alert, severity) must be expected firing in one check and absent in another."""
    firing, quiet = set(), set()
    for test in load_yaml("rules/alerts_test.yml")["tests"]:
        for check in test.get("alert_rule_test", []):
            name = check["alertname"]
            expected = {a["exp_labels"].get("severity") for a in check.get("exp_alerts") or []}
            firing.update((name, s) for s in expected)
            quiet.update((name, s) for s in SEVERITIES - expected)
    problems = []
    for r in rules:
        key = (r["alert"], r.get("labels", {}).get("severity"))
        if key not in firing:
            problems.append(f"{key[0]} ({key[1]}): no test expects it firing")
        if key not in quiet:
            problems.append(f"{key[0]} ({key[1]}): no test expects it not firing")
    return problems


def dashboard_panels():
    with open("grafana/zimmer-dashboard.json") as f:
        dashboard = json.load(f)
    return dashboard, [p for p in dashboard["panels"] if p.get("type") != "row"]


def dashboard_expressions():
    _, panels = dashboard_panels()
    return [(p["title"], t["expr"]) for p in panels for t in p.get("targets", [])]


def concrete(expr):
    for variable, value in GRAFANA_VARIABLES.items():
        expr = expr.replace(variable, value)
    return expr


def series_names(expr):
    """Metric names in a PromQL expression: identifiers that are not functions, keywords or labels."""
    text = re.sub(r'"(\\.|[^"\\])*"', '""', expr)
    text = re.sub(r"\{[^}]*\}", "", text)
    text = re.sub(r"\[[^\]]*\]", "", text)
    text = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", "", text)
    names = set()
    for match in re.finditer(r"[A-Za-z_:][A-Za-z0-9_:]*", text):
        following = text[match.end():].lstrip()
        if following.startswith("(") or match.group().lower() in PROMQL_WORDS:
            continue
        names.add(match.group())
    return names


def dashboard_series_problems():
    dashboard, panels = dashboard_panels()
    problems = []
    ids = [p["id"] for p in dashboard["panels"]]
    if len(ids) != len(set(ids)):
        problems.append("panel ids are not unique")
    known = SERVER_METRICS | PROMETHEUS_METRICS | recorded_names()
    for p in panels:
        grid = p.get("gridPos", {})
        if grid.get("x", 0) + grid.get("w", 0) > 24:
            problems.append(f"panel {p['title']!r} is wider than the 24-column grid")
        if not p.get("targets"):
            problems.append(f"panel {p['title']!r} has no query")
        for t in p.get("targets", []):
            for name in sorted(series_names(concrete(t["expr"])) - known):
                problems.append(f"panel {p['title']!r} reads unknown series {name!r}")
    return problems


def write_dashboard_rules(path):
    """Writes every dashboard query as a recording rule, so that promtool check rules parses it."""
    rules = [{"record": f"dashboard:query:{i}", "expr": concrete(expr)}
             for i, (_, expr) in enumerate(dashboard_expressions())]
    with open(path, "w") as f:
        yaml.safe_dump({"groups": [{"name": "dashboard-queries", "rules": rules}]}, f)
    return []


def filebeat_problems(path):
    config = load_yaml(path)
    problems = []
    inputs = config.get("filebeat.inputs") or []
    if not inputs:
        problems.append("no filebeat.inputs")
    for i in inputs:
        parsers = [next(iter(p)) for p in i.get("parsers", [])]
        if "ndjson" not in parsers:
            problems.append(f"input {i.get('id')!r} does not parse the JSON lines (ndjson parser)")
    if "hosts" not in (config.get("output.elasticsearch") or {}):
        problems.append("no output.elasticsearch.hosts")
    return problems


def main(args):
    command = args[0] if args else ""
    if command == "alert-coverage":
        rules = alert_rules()
        problems = alert_metadata_problems(rules) + alert_coverage_problems(rules)
    elif command == "dashboard-series":
        problems = dashboard_series_problems()
    elif command == "dashboard-promql" and len(args) == 2:
        problems = write_dashboard_rules(args[1])
    elif command == "filebeat" and len(args) == 2:
        problems = filebeat_problems(args[1])
    else:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
