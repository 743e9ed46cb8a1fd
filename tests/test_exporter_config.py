"""ExporterConfig (one checked options object), per-node environment, and safe off-host exposure:
bearer/basic auth checked by the exporter (plain and TLS, mutual TLS), and the Prometheus scrape
config that carries the matching credentials, accepted by promtool and used by a real Prometheus."""

from __future__ import annotations

import base64
import json
import ssl
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from monitor import metrics as M
from monitor import promql, stack
from monitor.callbacks import PrometheusMonitor
from monitor.exporter import ExporterConfig, MetricsExporter, secure_scrape_config
from tests.conftest import require_binary
from tests.tls_util import self_signed

# make test runs this file in its waits lane, beside the two workers (Makefile): it mostly waits on servers
pytestmark = pytest.mark.waits

TOKEN = "s3cr3t-token-value"


def _status(url: str, header: str | None = None, context=None) -> tuple[int, str]:
    req = urllib.request.Request(url, headers={"Authorization": header} if header else {})
    try:
        with urllib.request.urlopen(req, timeout=5, context=context) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def _secret(tmp_path, name: str, value: str):
    path = tmp_path / name
    path.write_text(value + "\n")
    path.chmod(0o600)
    return path


# ------------------------------------------------------------------ the config object
@pytest.mark.parametrize("kw, match", [
    (dict(port=70000), "not a valid TCP port"),
    (dict(port="9400"), "not a valid TCP port"),
    (dict(addr=""), "must be a host address"),
    (dict(certfile="/nonexistent.crt"), "both certfile and keyfile"),
    (dict(certfile="/nonexistent.crt", keyfile="/nonexistent.key"), "certfile='/nonexistent.crt' does not exist"),
    (dict(token_file="/nonexistent-token"), "does not exist"),
    (dict(node="node a"), "node='node a' must be"),
    (dict(node="x" * 64), "must be 1-63 characters"),
    (dict(addr="0.0.0.0"), "exposes /metrics beyond this host"),
    (dict(addr="10.1.2.3"), "token_file= or LIGHTWATCH_TOKEN"),
    (dict(file_sd="/nonexistent-dir/t.json"), "does not exist"),
])
def test_config_rejects_bad_options_when_built(kw, match):
    with pytest.raises(ValueError, match=match):
        ExporterConfig(**kw)


def test_off_host_needs_auth_or_an_explicit_insecure(tmp_path, monkeypatch):
    monkeypatch.delenv("LIGHTWATCH_TOKEN", raising=False)
    token = _secret(tmp_path, "token", TOKEN)
    assert ExporterConfig(addr="0.0.0.0", token_file=str(token)).auth_required
    assert ExporterConfig(addr="0.0.0.0", insecure=True).addr == "0.0.0.0"
    assert ExporterConfig(addr="127.0.0.2").addr == "127.0.0.2"  # all of 127.0.0.0/8 is loopback
    monkeypatch.setenv("LIGHTWATCH_TOKEN", TOKEN)
    assert ExporterConfig(addr="0.0.0.0").auth_required
    with pytest.raises(ValueError, match="needs both username and password_file"):
        ExporterConfig(username="prom")


def test_node_defaults_to_the_host_and_advertised_host_for_a_wildcard(tmp_path, monkeypatch):
    monkeypatch.setattr("socket.gethostname", lambda: "gpu-node-17.cluster.example")
    monkeypatch.setattr("socket.getfqdn", lambda: "gpu-node-17.cluster.example")
    cfg = ExporterConfig(addr="0.0.0.0", insecure=True)
    assert cfg.node == "gpu-node-17"
    assert cfg.advertised_host() == "gpu-node-17.cluster.example"
    assert ExporterConfig(addr="0.0.0.0", insecure=True, advertise_addr="10.0.0.7").advertised_host() == "10.0.0.7"


def test_from_env_reads_the_launchers_variables_and_explicit_arguments_win(tmp_path):
    env = {"LIGHTWATCH_PORT": "19500", "LIGHTWATCH_ADDR": "127.0.0.2", "LIGHTWATCH_NODE": "node-b",
           "LIGHTWATCH_FILE_SD": str(tmp_path), "LIGHTWATCH_NEXT_FREE_PORT": "1"}
    cfg = ExporterConfig.from_env(env)
    assert (cfg.port, cfg.addr, cfg.node, cfg.file_sd, cfg.next_free_port) == (19500, "127.0.0.2", "node-b",
                                                                             str(tmp_path), True)
    assert ExporterConfig.from_env(env, port=0, node=None).port == 0  # None = not given: the environment stays
    assert ExporterConfig.from_env(env, node=None).node == "node-b"
    with pytest.raises(ValueError, match="LIGHTWATCH_PORT='94o0' is not a valid TCP port"):
        ExporterConfig.from_env({"LIGHTWATCH_PORT": "94o0"})
    with pytest.raises(ValueError, match="LIGHTWATCH_INSECURE='maybe'"):
        ExporterConfig.from_env({"LIGHTWATCH_INSECURE": "maybe"})


def test_monitor_takes_a_config_or_the_flat_options_without_a_throwaway_exporter(tmp_path, monkeypatch):
    def no_exporter(*a, **k):
        raise AssertionError("PrometheusMonitor built a MetricsExporter in __init__")

    monkeypatch.setattr("monitor.callbacks.MetricsExporter", no_exporter)
    for var in ("LIGHTWATCH_PORT", "LIGHTWATCH_ADDR", "LIGHTWATCH_NODE", "LIGHTWATCH_FILE_SD"):
        monkeypatch.delenv(var, raising=False)
    cfg = ExporterConfig(port=0, file_sd=str(tmp_path), node="n1")
    assert PrometheusMonitor(exporter=cfg).exporter_config is cfg
    flat = PrometheusMonitor(port=0, file_sd=str(tmp_path))
    assert (flat.exporter_config.port, flat.exporter_config.file_sd, flat.port, flat.addr) == (0, str(tmp_path), 0,
                                                                                           "127.0.0.1")
    assert PrometheusMonitor().exporter_config.port == 9400  # the documented default
    monkeypatch.setenv("LIGHTWATCH_PORT", "19600")
    assert PrometheusMonitor().exporter_config.port == 19600  # a launcher's per-node base port
    assert PrometheusMonitor(port=0).exporter_config.port == 0  # an explicit argument wins
    with pytest.raises(ValueError, match="not both"):
        PrometheusMonitor(exporter=cfg, port=0)
    with pytest.raises(ValueError, match="does not exist"):
        PrometheusMonitor(file_sd=tmp_path / "missing" / "t.json")


# ------------------------------------------------------------------ authentication, plain and TLS
def test_bearer_token_checked_wrong_refused_right_served_and_never_logged(tmp_path, registry, capsys, caplog):
    M.bind(registry, run="auth")(M.SAMPLES).inc(3)
    token = _secret(tmp_path, "token", TOKEN)
    with MetricsExporter(port=0, registry=registry, token_file=str(token)) as exp:
        assert _status(exp.url)[0] == 401
        assert _status(exp.url, "Bearer wrong-token")[0] == 401
        assert _status(exp.url, f"Basic {base64.b64encode(TOKEN.encode()).decode()}")[0] == 401
        code, body = _status(exp.url, f"Bearer {TOKEN}")
        assert code == 200 and 'lightwatch_samples_total{rank="0",run="auth"} 3.0' in body
    logged = capsys.readouterr().err + caplog.text
    assert "exporter_started" in logged and TOKEN not in logged


def test_basic_auth_over_tls_wrong_refused_right_served(tmp_path, registry):
    M.bind(registry, run="tls-auth")(M.LOSS).set(0.5)
    cert, key = self_signed(tmp_path)
    password = _secret(tmp_path, "password", "hunter2-long-password")
    ctx = ssl.create_default_context(cafile=str(cert))
    with MetricsExporter(port=0, registry=registry, certfile=str(cert), keyfile=str(key), username="prometheus",
                         password_file=str(password)) as exp:
        assert exp.url.startswith("https://")
        good = base64.b64encode(b"prometheus:hunter2-long-password").decode()
        bad = base64.b64encode(b"prometheus:hunter3").decode()
        assert _status(exp.url, context=ctx)[0] == 401
        assert _status(exp.url, f"Basic {bad}", ctx)[0] == 401
        code, body = _status(exp.url, f"Basic {good}", ctx)
        assert code == 200 and 'lightwatch_loss{rank="0",run="tls-auth"} 0.5' in body
        with pytest.raises(urllib.error.URLError):  # an untrusting client does not get past the handshake
            _status(exp.url, f"Basic {good}", ssl.create_default_context())


def test_token_from_the_environment(tmp_path, registry, monkeypatch):
    monkeypatch.setenv("LIGHTWATCH_TOKEN", TOKEN)
    with MetricsExporter(port=0, registry=registry) as exp:
        assert _status(exp.url)[0] == 401
        assert _status(exp.url, f"Bearer {TOKEN}")[0] == 200


def test_mutual_tls_requires_a_client_certificate(tmp_path, registry):
    cert, key = self_signed(tmp_path)
    client_cert, client_key = self_signed(tmp_path, "client", "prometheus")
    with MetricsExporter(port=0, registry=registry, certfile=str(cert), keyfile=str(key),
                         client_cafile=str(client_cert)) as exp:
        no_cert = ssl.create_default_context(cafile=str(cert))
        with pytest.raises((urllib.error.URLError, ssl.SSLError, ConnectionError)):
            _status(exp.url, context=no_cert)
        with_cert = ssl.create_default_context(cafile=str(cert))
        with_cert.load_cert_chain(str(client_cert), str(client_key))
        assert _status(exp.url, context=with_cert)[0] == 200


# ------------------------------------------------------------------ the matching Prometheus config
def test_secure_scrape_config_passes_promtool_and_a_real_prometheus_scrapes_with_it(tmp_path, registry):
    """TLS + bearer exporter found through file_sd (``__scheme__`` from the entry); the generated
    scrape config carries tls_config/authorization: the right token is scraped (up 1), a wrong one
    is refused with 401 (up 0)."""
    M.bind(registry, run="secure", rank=0)(M.SAMPLES).inc(11)
    cert, key = self_signed(tmp_path)
    token, wrong = _secret(tmp_path, "token", TOKEN), _secret(tmp_path, "wrong", "not-the-token")
    sd = tmp_path / "sd"
    sd.mkdir()
    cfg = ExporterConfig(port=0, certfile=str(cert), keyfile=str(key), token_file=str(token), file_sd=str(sd),
                         node="node-a")
    base = {"job_name": "lightwatch", "scrape_interval": "1s", "scrape_timeout": "1s",
            "file_sd_configs": [{"files": [str(sd / "*.json")], "refresh_interval": "1s"}]}
    good = secure_scrape_config(base, cfg)
    assert good["tls_config"] == {"ca_file": str(cert)} and good["authorization"]["credentials_file"] == str(token)
    bad = dict(secure_scrape_config(base, cfg, token_file=str(wrong)), job_name="wrong-token")
    config = {"global": {"scrape_interval": "1s", "evaluation_interval": "1s"}, "scrape_configs": [good, bad]}
    path = stack.write_config(tmp_path / "prom" / "prometheus.yml", config)
    check = subprocess.run([require_binary("promtool"), "check", "config", str(path)], capture_output=True, text=True,
                           timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr
    assert TOKEN not in path.read_text()  # only the file's path is in the config
    with MetricsExporter(cfg, registry=registry, run="secure") as exp:
        entry = json.loads(exp.file_sd_path.read_text())
        assert entry[0]["labels"] == {"job": "lightwatch", "node": "node-a", "__scheme__": "https"}
        server = stack.start_prometheus(path, tmp_path / "prom")
        try:
            deadline = time.monotonic() + 60
            health = {}
            while time.monotonic() < deadline:
                health = {t["scrapePool"]: t for t in promql.targets(server.url)}
                if all(t.get("health") in ("up", "down") for t in health.values()) and len(health) == 2 \
                        and health["lightwatch"]["health"] == "up" and health["wrong-token"]["health"] == "down":
                    break
                time.sleep(0.5)
            assert health["lightwatch"]["health"] == "up", health
            assert health["wrong-token"]["health"] == "down" and "401" in health["wrong-token"]["lastError"], health
            res = promql.query(server.url, 'lightwatch_samples_total{job="lightwatch",run="secure"}')
            assert res and res[0]["metric"]["node"] == "node-a" and float(res[0]["value"][1]) == 11
        finally:
            server.stop()


def test_off_host_without_tls_is_warned_about(registry, monkeypatch, capsys, caplog):
    """Plain HTTP beyond loopback works when allowed, but says that it crosses the network in clear."""
    monkeypatch.setattr("monitor.exporter.is_loopback", lambda addr: False)  # serve on 127.0.0.1 all the same
    with MetricsExporter(port=0, registry=registry, insecure=True):
        pass
    assert "exporter_off_host_without_tls" in capsys.readouterr().err + caplog.text
    monkeypatch.undo()
    caplog.clear()
    with MetricsExporter(port=0, registry=registry):
        pass
    assert "exporter_off_host_without_tls" not in capsys.readouterr().err + caplog.text
