"""``lightwatch stack up|down|status`` with the real binaries, and its errors (busy port, missing binary)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import dashboards
from monitor import metrics as M
from monitor import stack, stack_state
from monitor.cli import main as cli
from tests.conftest import require_binary

# make test runs this file in its waits lane, beside the two workers (Makefile): it mostly waits on servers
pytestmark = pytest.mark.waits

ROOT = Path(__file__).resolve().parents[1]
FREE_PORTS = ["--prometheus-port", "0", "--alertmanager-port", "0", "--pushgateway-port", "0"]


def _lightwatch(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "monitor.cli", *args], capture_output=True, text=True,
                          timeout=120, env=env, cwd=ROOT)


@pytest.mark.slow
def test_up_status_down(tmp_path):
    for name in ("prometheus", "alertmanager", "pushgateway"):
        require_binary(name)
    data = tmp_path / "stack"
    hook = "http://127.0.0.1:5999/lightwatch-hook"
    up = _lightwatch("stack", "up", "--data-dir", str(data), *FREE_PORTS, "--scrape-interval", "1s",
                     "--webhook-url", hook)
    try:
        assert up.returncode == 0, up.stderr
        state = json.loads((data / stack_state.STATE_FILE).read_text())
        assert set(state["servers"]) == {"prometheus", "alertmanager", "pushgateway"}
        for name, info in state["servers"].items():
            assert info["url"].startswith("http://127.0.0.1:")  # loopback only
            assert info["url"] in up.stdout  # ports printed
            assert (data / f"{name}.pid").read_text().strip() == str(info["pid"])
            with urllib.request.urlopen(info["url"] + "/-/ready", timeout=5) as resp:
                assert resp.status == 200
        # the generated rules are loaded, and Alertmanager is wired
        prom = state["servers"]["prometheus"]["url"]
        with urllib.request.urlopen(prom + "/api/v1/rules", timeout=5) as resp:
            groups = json.load(resp)["data"]["groups"]
        assert {r["name"] for g in groups for r in g["rules"] if r["type"] == "alerting"} >= {"ThroughputRegression"}
        assert sorted(p.name for p in (data / "rules").glob("*.yml")) == sorted(
            p.name for p in dashboards.RULES_DIR.glob("*.yml"))

        am = state["servers"]["alertmanager"]["url"]
        with urllib.request.urlopen(am + "/api/v2/status", timeout=5) as resp:
            assert hook in json.load(resp)["config"]["original"]  # --webhook-url reached the receiver
        with urllib.request.urlopen(prom + "/api/v1/status/config", timeout=5) as resp:
            assert am.split("://")[1] in json.load(resp)["data"]["yaml"]  # Prometheus sends to it

        st = _lightwatch("stack", "status", "--data-dir", str(data))
        assert st.returncode == 0, st.stdout + st.stderr
        assert st.stdout.count(" ready") == 3 and "targets:" in st.stdout

        again = _lightwatch("stack", "up", "--data-dir", str(data), *FREE_PORTS)
        assert again.returncode == 2 and "already running" in again.stderr

        gateway = state["servers"]["pushgateway"]
        os.kill(gateway["pid"], signal.SIGTERM)  # a server that died is reported, and status fails
        deadline = time.monotonic() + 10
        while stack_state._pid_alive(gateway["pid"], gateway["binary"]) and time.monotonic() < deadline:
            time.sleep(0.1)
        st = _lightwatch("stack", "status", "--data-dir", str(data))
        assert st.returncode == 1 and "pushgateway" in st.stdout and "not running" in st.stdout
    finally:
        down = _lightwatch("stack", "down", "--data-dir", str(data))
    assert down.returncode == 0 and "stopped: prometheus, alertmanager" in down.stdout
    for info in state["servers"].values():
        assert not stack_state._pid_alive(info["pid"], info["binary"])
    assert not (data / stack_state.STATE_FILE).exists() and not list(data.glob("*.pid"))
    assert not list((data / "targets").iterdir())  # Prometheus' own file_sd entry removed too
    after = _lightwatch("stack", "status", "--data-dir", str(data))
    assert after.returncode == 1 and "no stack recorded" in after.stdout


def test_port_in_use_is_a_clear_error_and_starts_nothing(tmp_path, capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        rc = cli(["stack", "up", "--data-dir", str(tmp_path / "s"), "--prometheus-port", str(port),
                  "--alertmanager-port", "0", "--pushgateway-port", "0"])
    err = capsys.readouterr().err
    assert rc == 2
    assert f"--prometheus-port={port}" in err and "in use" in err
    assert not (tmp_path / "s").exists()  # nothing started, nothing written


@pytest.mark.parametrize("args,message", [(["--alertmanager-port", "70000"], "--alertmanager-port=70000"),
                                          (["--scrape-interval", "5 seconds"], "--scrape-interval='5 seconds'"),
                                          (["--evaluation-interval", "1"], "--evaluation-interval='1'")])
def test_bad_options_name_the_option_and_start_nothing(tmp_path, capsys, args, message):
    assert cli(["stack", "up", "--data-dir", str(tmp_path / "s"), *FREE_PORTS, *args]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "s").exists()


def test_missing_binary_names_the_package_and_starts_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(stack.BINARIES, "alertmanager", (("lightwatch-no-such-alertmanager",), "prometheus-alertmanager"))
    rc = cli(["stack", "up", "--data-dir", str(tmp_path / "s"), *FREE_PORTS])
    err = capsys.readouterr().err
    assert rc == 2
    assert "apt-get install prometheus-alertmanager" in err
    assert not (tmp_path / "s").exists()


def test_start_stack_checks_inputs_before_starting(tmp_path):
    with pytest.raises(ValueError, match="rule_files"):
        stack.start_stack(tmp_path / "s", rule_files=[tmp_path / "missing.yml"], alertmanager_port=None)
    with pytest.raises(ValueError, match="alertmanager_config"):
        stack.start_stack(tmp_path / "s")
    assert not (tmp_path / "s").exists()


def test_start_stack_names_a_missing_input_before_a_missing_binary(tmp_path, monkeypatch):
    """The user's own files are checked before the machine: on a machine without the servers a missing rule file
    or Alertmanager config is still named (the fix for it is the user's, not apt's)."""
    for name in ("prometheus", "alertmanager", "pushgateway", "amtool"):
        monkeypatch.setitem(stack.BINARIES, name, ((f"lightwatch-no-such-{name}",), "prometheus"))
    with pytest.raises(ValueError, match="rule_files"):
        stack.start_stack(tmp_path / "s", rule_files=[tmp_path / "missing.yml"], alertmanager_port=None)
    with pytest.raises(ValueError, match="alertmanager_config .*missing-am.yml.* does not exist"):
        stack.start_stack(tmp_path / "s", alertmanager_config=tmp_path / "missing-am.yml")
    (tmp_path / "am.yml").write_text("route: {receiver: x}\n")
    with pytest.raises(stack.MissingBinaryError):
        stack.start_stack(tmp_path / "s", alertmanager_config=tmp_path / "am.yml")
    assert not (tmp_path / "s").exists()


def test_start_stack_refuses_inputs_it_would_overwrite_or_that_amtool_rejects(tmp_path):
    """The stack clears DATA_DIR/rules and writes DATA_DIR/prometheus.yml: an input there would be lost;
    an Alertmanager config amtool rejects would start Prometheus and the Pushgateway first."""
    require_binary("amtool")
    data = tmp_path / "s"
    (data / "rules").mkdir(parents=True)
    inside = data / "rules" / "alerts.yml"
    shutil.copyfile(dashboards.RULES_DIR / "lightwatch-alerts.yml", inside)
    with pytest.raises(ValueError, match="inside the data directory"):
        stack.start_stack(data, rule_files=[inside], alertmanager_port=None)
    assert inside.read_bytes() == (dashboards.RULES_DIR / "lightwatch-alerts.yml").read_bytes()
    broken = tmp_path / "am.yml"
    broken.write_text("- a\n- b\n")
    with pytest.raises(ValueError, match="not a valid Alertmanager config"):
        stack.start_stack(tmp_path / "t", alertmanager_config=broken)
    assert not (tmp_path / "t").exists()


def test_down_never_kills_a_reused_pid(tmp_path):
    """A stale state file whose pid now belongs to another program leaves that program alone."""
    (tmp_path / stack_state.STATE_FILE).write_text(json.dumps({"servers": {"prometheus": {
        "pid": os.getpid(), "binary": "/usr/bin/prometheus", "url": "http://127.0.0.1:1", "port": 1, "log": ""}}}))
    assert stack_state.stop_recorded(tmp_path) == []
    assert not (tmp_path / stack_state.STATE_FILE).exists()


@pytest.mark.slow
def test_default_relative_data_dir_loads_rules_and_scrapes_file_sd_ranks(tmp_path, monkeypatch, capsys, registry):
    """Issue 13: `stack up` with the documented relative default data dir really watches."""
    for name in ("prometheus", "alertmanager", "pushgateway"):
        require_binary(name)
    monkeypatch.chdir(tmp_path)
    from monitor.exporter import MetricsExporter

    assert cli(["stack", "up", *FREE_PORTS, "--scrape-interval", "1s"]) == 0
    try:
        out = capsys.readouterr().out
        state = stack_state.read_state(".lightwatch/stack")
        prom = state["servers"]["prometheus"]["url"]
        config = json.loads((tmp_path / ".lightwatch/stack/prometheus.yml").read_text())
        paths = [*config["rule_files"], *config["scrape_configs"][0]["file_sd_configs"][0]["files"]]
        assert all(Path(p).is_absolute() and str(tmp_path) in p for p in paths), paths
        assert "rule groups loaded" in out
        with urllib.request.urlopen(prom + "/api/v1/rules", timeout=5) as resp:
            groups = json.load(resp)["data"]["groups"]
        assert {g["name"] for g in groups} >= {"lightwatch-alerts", "lightwatch-training.rules"}
        # a rank registered through the relative path the README documents is scraped
        M.bind(registry, run="rel", rank=0)(M.SAMPLES).inc(3)
        exp = MetricsExporter(port=0, registry=registry, file_sd=".lightwatch/stack/targets", run="rel").start()
        try:
            deadline = time.monotonic() + 60
            while not [t for t in stack.prometheus_health(prom).targets
                       if t["scrapeUrl"].startswith(exp.url.rsplit("/", 1)[0]) and t["health"] == "up"]:
                assert time.monotonic() < deadline, stack.prometheus_health(prom).targets
                time.sleep(0.5)
            capsys.readouterr()
            assert cli(["stack", "status"]) == 0
            out = capsys.readouterr().out
            assert "rule groups loaded" in out and "lightwatch 1/1 up" in out
        finally:
            exp.stop()
    finally:
        assert cli(["stack", "down"]) == 0


@pytest.mark.parametrize("target", ["bad target!!", "127.0.0.1", "host:0", "host:70000", ":9400", "http://h:9400"])
def test_bad_target_is_one_line_and_starts_nothing(tmp_path, capsys, target):
    assert cli(["stack", "up", "--data-dir", str(tmp_path / "s"), *FREE_PORTS, "--target", target]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"--target {target!r}" in err and "HOST:PORT" in err
    assert not (tmp_path / "s").exists()


@pytest.mark.parametrize("content", [b"{not json", b"", b"\xff\xfe", b"[1, 2]", b'{"servers": {"prometheus": 5}}',
                                     b'{"servers": {"grafana": {"pid": 1, "binary": "x", "url": "u"}}}'])
@pytest.mark.parametrize("action", ["up", "down", "status"])
def test_corrupt_or_foreign_state_file_is_one_line(tmp_path, capsys, content, action):
    (tmp_path / stack_state.STATE_FILE).write_bytes(content)
    extra = FREE_PORTS if action == "up" else []
    assert cli(["stack", action, "--data-dir", str(tmp_path), *extra]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(tmp_path / stack_state.STATE_FILE) in err and "not a lightwatch stack state file" in err
    assert (tmp_path / stack_state.STATE_FILE).read_bytes() == content  # left alone
    assert sorted(p.name for p in tmp_path.iterdir()) == [stack_state.STATE_FILE]  # nothing started or written


# --------------------------------------------------------------------------- command-line shape (issue 14)
def _option_actions(parser):
    """Every option and positional argument of ``parser`` and its sub-commands (not ``--help``)."""
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _option_actions(sub)
        elif action.dest != "help":
            yield parser.prog, action


def test_every_option_and_argument_of_every_verb_has_help():
    from monitor.cli import build_parser

    missing = [f"{prog} {(a.option_strings or [a.dest])[0]}" for prog, a in _option_actions(build_parser())
               if not (a.help or "").strip()]
    assert not missing


@pytest.mark.parametrize("argv", [["stack", "down", "--scrape-interval", "1s"], ["stack", "status", "--target", "h:1"],
                                  ["stack", "start"], ["stack"], ["dashboards", "build", "--url", "http://x"],
                                  ["dashboards", "push", "--out", "d"]])
def test_verbs_reject_flags_of_other_verbs(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        cli(argv)
    assert exc.value.code == 2 and "error:" in capsys.readouterr().err


def test_old_command_lines_still_parse(tmp_path, capsys):
    """`stack --data-dir D status` (options before the verb) and `stack status --data-dir D` both work."""
    assert cli(["stack", "--data-dir", str(tmp_path), "status"]) == 1
    assert f"no stack recorded in {tmp_path}" in capsys.readouterr().out
    assert cli(["stack", "status", "--data-dir", str(tmp_path)]) == 1
    assert f"no stack recorded in {tmp_path}" in capsys.readouterr().out


def test_stack_library_imports_no_other_lightwatch_package():
    """Only CLI modules import across packages: monitor.stack (the server library) stays in monitor."""
    import ast

    for module in ("stack", "stack_state", "durations"):
        tree = ast.parse((ROOT / "monitor" / f"{module}.py").read_text())
        imported = {n.module if isinstance(n, ast.ImportFrom) else a.name
                    for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))
                    for a in (n.names if isinstance(n, ast.Import) else [None])}
        foreign = {m for m in imported if m and m.split(".")[0] in ("dashboards", "anomaly", "lightning_plugins")}
        assert not foreign, f"monitor/{module}.py imports {foreign}"
    assert not hasattr(stack, "add_arguments") and not hasattr(stack.ServerProcess, "reload")


def test_verify_names_what_a_prometheus_does_not_watch(tmp_path):
    """The check `up` and `status` rely on: a Prometheus pointed at the wrong folders is reported, not ready."""
    require_binary("prometheus")
    cfg = stack.prometheus_config(file_sd_files=[str(tmp_path / "elsewhere" / "*.json")],
                                  rule_files=[str(tmp_path / "missing" / "*.yml")], scrape_interval="1s")
    srv = stack.start_prometheus(cfg, tmp_path / "p")
    try:
        health = stack.prometheus_health(srv.url)
        assert health.groups == [] and health.targets == []
        with pytest.raises(stack.ServerStartError, match="no rule group loaded; rule files not loaded: .*r.yml; "
                                                         "the file_sd targets folder is not watched"):
            stack.verify_prometheus(srv.url, [tmp_path / "r.yml"], timeout=1)
    finally:
        srv.stop()


@pytest.mark.parametrize("name", ["pushgateway", "prometheus"])
def test_a_picked_port_taken_before_the_server_binds_it_is_retried_on_another(tmp_path, monkeypatch, name):
    """Port 0: the OS picks a port that is free at that moment, but another process (a parallel test, another
    stack) can bind it first. The server then exits with "address already in use"; the start is retried on a
    fresh port rather than failing. A port the user named is never changed."""
    require_binary(name)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        picks = iter([taken])
        real = stack.free_port
        monkeypatch.setattr(stack, "free_port", lambda addr="127.0.0.1": next(picks, None) or real(addr))
        if name == "pushgateway":
            srv = stack.start_pushgateway(tmp_path / "s", persist=False, timeout=20)
        else:
            srv = stack.start_prometheus(stack.prometheus_config(), tmp_path / "s", timeout=20)
        try:
            assert srv.port != taken and srv.process.poll() is None
            assert "address already in use" in srv.log_path.read_text().lower()  # the first try lost the port
        finally:
            srv.stop()
        with pytest.raises(stack.ServerStartError, match="(?i)address already in use"):
            (stack.start_pushgateway(tmp_path / "t", port=taken, persist=False, timeout=20) if name == "pushgateway"
             else stack.start_prometheus(stack.prometheus_config(), tmp_path / "t", port=taken, timeout=20))
