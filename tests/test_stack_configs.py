"""Every rule file and config passes its real checker: promtool, amtool, the compose spec; inhibition works."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

import dashboards
from dashboards import alertmanager
from dashboards import rules as R
from monitor import stack
from tests.conftest import WebhookReceiver, require_binary

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "compose"


def _run(args: list[str], cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=60)


# --------------------------------------------------------------------------- rules
def test_rule_files_pass_promtool_check_rules():
    promtool = require_binary("promtool")
    files = sorted(dashboards.RULES_DIR.glob("*.yml"))
    assert [f.name for f in files] == sorted([R.ALERTS_FILE, R.RECORDING_FILE])
    out = _run([promtool, "check", "rules", *map(str, files)])
    assert out.returncode == 0, out.stdout + out.stderr
    alerts = {r["alert"] for g in yaml.safe_load((dashboards.RULES_DIR / R.ALERTS_FILE).read_text())["groups"]
              for r in g["rules"]}
    assert alerts == set(R.ALERT_NAMES)


def test_rule_unit_tests_pass_promtool_test_rules():
    promtool = require_binary("promtool")
    tests = sorted((ROOT / "tests" / "rules").glob("*.yaml"))
    assert len(tests) >= 2
    out = _run([promtool, "test", "rules", *map(str, tests)])
    assert out.returncode == 0, out.stdout + out.stderr
    text = "".join(t.read_text() for t in tests)
    for name in R.ALERT_NAMES:
        assert f"alertname: {name}" in text, f"no promtool test case for {name}"


def test_promtool_test_rules_catches_a_shifted_for_window(tmp_path):
    """The unit tests sit on the window edges: one step shorter ``for:`` must fail them."""
    promtool = require_binary("promtool")
    (tmp_path / "dashboards" / "build").mkdir(parents=True)
    shutil.copytree(dashboards.RULES_DIR, tmp_path / "dashboards" / "build" / "rules")
    alerts = tmp_path / "dashboards" / "build" / "rules" / R.ALERTS_FILE
    alerts.write_text(alerts.read_text().replace("for: 2m", "for: 1m45s"))
    (tmp_path / "tests").mkdir()
    shutil.copytree(ROOT / "tests" / "rules", tmp_path / "tests" / "rules")
    out = _run([promtool, "test", "rules", str(tmp_path / "tests" / "rules" / "alerts-test.yaml")])
    assert out.returncode != 0
    assert "ThroughputRegression" in out.stdout + out.stderr


def test_every_alert_has_severity_summary_description_and_a_runbook():
    """Every rule carries severity, summary, description and a runbook_url naming docs/runbooks/<alert>.md,
    and each page has the four sections (Meaning, Impact, Diagnosis, Mitigation)."""
    rules = [r for g in yaml.safe_load((dashboards.RULES_DIR / R.ALERTS_FILE).read_text())["groups"]
             for r in g["rules"]]
    for rule in rules:
        name = rule["alert"]
        assert rule["labels"]["severity"] in ("critical", "warning", "none"), name
        assert rule["annotations"]["summary"].strip() and rule["annotations"]["description"].strip(), name
        assert rule["annotations"]["runbook_url"] == f"docs/runbooks/{name}.md"
        page = (ROOT / rule["annotations"]["runbook_url"]).read_text()
        headings = re.findall(r"^## (\w+)", page, flags=re.M)
        assert page.startswith(f"# {name}\n") and headings == ["Meaning", "Impact", "Diagnosis", "Mitigation"], name
    pages = sorted(p.stem for p in (ROOT / "docs" / "runbooks").glob("*.md") if p.stem != "index")
    assert pages == sorted(R.ALERT_NAMES)
    watchdog = [r for r in rules if r["alert"] == R.WATCHDOG]
    assert watchdog and watchdog[0]["expr"] == "vector(1)" and "for" not in watchdog[0]


# --------------------------------------------------------------------------- Alertmanager
def test_alertmanager_template_passes_amtool():
    amtool = require_binary("amtool")
    out = _run([amtool, "check-config", str(dashboards.ALERTMANAGER_FILE)])
    assert out.returncode == 0, out.stdout + out.stderr
    text = dashboards.ALERTMANAGER_FILE.read_text()
    assert "slack_configs" in text and "email_configs" in text  # commented examples
    assert "api_url_file" in text and "auth_password_file" in text  # secrets from files, not inline


@pytest.mark.parametrize("kw,match", [({"webhook_url": "ftp://x"}, "webhook_url"),
                                      ({"webhook_url": ""}, "webhook_url"),
                                      ({"group_wait": "soon"}, "group_wait")])
def test_alertmanager_config_bad_input(kw, match):
    with pytest.raises(ValueError, match=match):
        alertmanager.alertmanager_config(**kw)


def test_one_route_per_severity_through_a_real_alertmanager(tmp_path):
    """critical -> the critical receiver, warning -> the warning receiver, Watchdog -> the heartbeat
    (dropped when no heartbeat URL is set): each with its own webhook in this test."""
    require_binary("alertmanager")
    critical, warning, heartbeat = WebhookReceiver(), WebhookReceiver(), WebhookReceiver()
    servers = []
    try:
        for name, hb in (("with-heartbeat", heartbeat.url), ("without", None)):
            cfg = alertmanager.alertmanager_config(webhook_url=warning.url, critical_webhook_url=critical.url,
                                                   heartbeat_url=hb, group_wait="1s", group_interval="1s")
            servers.append(stack.start_alertmanager(cfg, tmp_path / name))
            _post_alerts(servers[-1].url, [
                {"labels": {"alertname": "NonFiniteLoss", "run": name, "severity": "critical"}},
                {"labels": {"alertname": "StragglerRank", "run": name, "severity": "warning"}},
                {"labels": {"alertname": R.WATCHDOG, "severity": "none", "am": name}},
            ])
        critical.wait_for("NonFiniteLoss", "firing", timeout=30)
        warning.wait_for("StragglerRank", "firing", timeout=30)
        heartbeat.wait_for(R.WATCHDOG, "firing", timeout=30)
        time.sleep(3)  # every group has been flushed at least once more (group_wait/interval 1s)

        def names(receiver):
            return sorted({(a["labels"]["alertname"], a["labels"].get("run", a["labels"].get("am")))
                           for _, body in receiver.received
                           for a in body["alerts"]})
        assert names(critical) == [("NonFiniteLoss", "with-heartbeat"), ("NonFiniteLoss", "without")]
        assert names(warning) == [("StragglerRank", "with-heartbeat"), ("StragglerRank", "without")]
        assert names(heartbeat) == [(R.WATCHDOG, "with-heartbeat")]  # without a heartbeat URL it is dropped
    finally:
        for server in servers:
            server.stop()
        for receiver in (critical, warning, heartbeat):
            receiver.close()


def _post_alerts(url: str, alerts: list[dict]) -> None:
    req = urllib.request.Request(url + "/api/v2/alerts", data=json.dumps(alerts).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        assert resp.status == 200


def _am_alerts(url: str) -> dict[str, dict]:
    with urllib.request.urlopen(url + "/api/v2/alerts", timeout=5) as resp:
        return {a["labels"]["alertname"]: a for a in json.load(resp)}


def test_stall_and_exporter_down_inhibit_downstream_alerts(tmp_path):
    """A real Alertmanager with the template: a stall silences its run's regression, not other runs'."""
    require_binary("alertmanager")
    server = stack.start_alertmanager(alertmanager.alertmanager_config(group_wait="1s"), tmp_path)
    try:
        common = {"instance": "127.0.0.1:9400", "rank": "0"}
        _post_alerts(server.url, [
            {"labels": {"alertname": "TrainingStalled", "run": "a", **common}},
            {"labels": {"alertname": "ThroughputRegression", "run": "a", "series": "sps", **common}},
            {"labels": {"alertname": "StragglerRank", "run": "b", "instance": "127.0.0.1:9500", "rank": "1"}},
            {"labels": {"alertname": "ExporterDown", "instance": "127.0.0.1:9500", "job": "lightwatch"}},
            {"labels": {"alertname": "NonFiniteLoss", "run": "a", **common}},
            {"labels": {"alertname": "DataDrift", "run": "a", "signal": "label", **common}},
        ])
        deadline = time.monotonic() + 20
        while True:
            alerts = _am_alerts(server.url)
            state = {name: a["status"]["state"] for name, a in alerts.items()}
            if state.get("ThroughputRegression") == "suppressed" and state.get("StragglerRank") == "suppressed":
                break
            assert time.monotonic() < deadline, f"inhibition did not apply: {state}"
            time.sleep(0.2)
        assert state["TrainingStalled"] == "active" and state["ExporterDown"] == "active"
        assert state["NonFiniteLoss"] == "active"  # a NaN loss is not explained by a stall
        assert state["DataDrift"] == "active"  # nor is drifted data (its gauges hold the last window)
        assert alerts["ThroughputRegression"]["status"]["inhibitedBy"]
    finally:
        server.stop()


# --------------------------------------------------------------------------- compose
def _compose() -> dict:
    return yaml.safe_load((COMPOSE / "docker-compose.yml").read_text())


def test_compose_file_follows_the_compose_spec():
    from compose_spec import PyCompose

    parsed = PyCompose.from_yaml((COMPOSE / "docker-compose.yml").read_text())
    parsed.validate()
    assert sorted(parsed.service_names()) == ["alertmanager", "grafana", "prometheus", "pushgateway"]
    with pytest.raises(ValueError):  # the checker is strict: a misspelt key fails
        PyCompose.from_yaml("services:\n  grafana:\n    imagee: grafana/grafana:11.6.0\n")


def test_compose_images_pinned_loopback_and_no_default_credentials():
    services = _compose()["services"]
    for name, svc in services.items():
        image, _, tag = svc["image"].rpartition(":")
        assert image and tag and tag != "latest", f"{name}: image {svc['image']!r} is not pinned"
        assert svc.get("network_mode") == "host" and "ports" not in svc
    listen = " ".join(" ".join(svc.get("command", [])) for svc in services.values())
    for port in (9090, 9093, 9091):
        assert f"--web.listen-address=127.0.0.1:{port}" in listen
    env = services["grafana"]["environment"]
    assert env["GF_SERVER_HTTP_ADDR"] == "127.0.0.1"
    assert env["GF_SECURITY_ADMIN_PASSWORD"].startswith("${GRAFANA_ADMIN_PASSWORD:?")
    assert env["GF_AUTH_ANONYMOUS_ENABLED"] == "false"
    text = (COMPOSE / "docker-compose.yml").read_text() + "".join(
        p.read_text() for p in (COMPOSE / "grafana").rglob("*.yml"))
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("#")]
    literal = [ln for ln in lines if re.match(r"(?i)^\s*[\w.-]*password[\w.-]*\s*:\s*(?!\$\{)\S", ln)]
    assert not literal and "admin:admin" not in text, f"literal credentials: {literal}"


def _mounts(service: str) -> dict[str, Path]:
    out = {}
    for vol in _compose()["services"][service]["volumes"]:
        src, dst = vol.split(":")[:2]
        if src.startswith("."):
            out[dst] = (COMPOSE / src).resolve()
    return out


def test_compose_prometheus_config_passes_promtool_check_config(tmp_path):
    """The compose Prometheus config, with its mounts laid out as in the container, passes promtool."""
    promtool = require_binary("promtool")
    mounts = _mounts("prometheus")
    root = tmp_path / "etc-prometheus"
    root.mkdir()
    shutil.copy(mounts["/etc/prometheus/prometheus.yml"], root / "prometheus.yml")
    shutil.copytree(mounts["/etc/prometheus/rules"], root / "rules")
    assert mounts["/etc/prometheus/rules"] == dashboards.RULES_DIR
    (root / "targets").mkdir()
    # what PrometheusMonitor(file_sd=...) writes for a rank
    (root / "targets" / "lightwatch-run-rank0.json").write_text(
        json.dumps([{"targets": ["127.0.0.1:9400"], "labels": {"job": "lightwatch"}}]))
    out = _run([promtool, "check", "config", str(root / "prometheus.yml")])
    assert out.returncode == 0, out.stdout + out.stderr
    assert "2 rule files found" in out.stdout  # the mounted rules were found and checked too
    assert "WARNING" not in out.stdout, out.stdout


def test_compose_alertmanager_mount_is_the_checked_template():
    amtool = require_binary("amtool")
    mounted = _mounts("alertmanager")["/etc/alertmanager/alertmanager.yml"]
    assert mounted == dashboards.ALERTMANAGER_FILE
    out = _run([amtool, "check-config", str(mounted)])
    assert out.returncode == 0, out.stdout + out.stderr


def test_grafana_provisioning_matches_the_mounts():
    mounts = _mounts("grafana")
    provisioning = mounts["/etc/grafana/provisioning"]
    ds = yaml.safe_load((provisioning / "datasources" / "prometheus.yml").read_text())["datasources"]
    assert ds[0]["type"] == "prometheus" and ds[0]["url"] == "http://127.0.0.1:9090"
    provider = yaml.safe_load((provisioning / "dashboards" / "lightwatch.yml").read_text())["providers"][0]
    assert provider["folder"] == "lightwatch" and provider["allowUiUpdates"] is False
    assert mounts[provider["options"]["path"]] == dashboards.DASHBOARDS_DIR
    try:
        from dashboards.main import MODULES  # every generated dashboard is provisioned
    except ModuleNotFoundError as exc:  # Python 3.10: no dashboard SDK, nothing is generated here
        assert (exc.name or "").partition(".")[0] == "grafana_foundation_sdk"
        return
    assert sorted(p.stem for p in dashboards.DASHBOARDS_DIR.glob("*.json")) == sorted(m.UID for m in MODULES)
