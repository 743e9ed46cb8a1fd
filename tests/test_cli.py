"""The `lightwatch` CLI and `lightwatch demo`, run as real subprocesses."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from monitor.demo import parse_slowdown
from monitor.exporter import free_port

ROOT = Path(__file__).resolve().parents[1]


def lightwatch(*args: str, timeout: float = 300, env_extra: dict | None = None, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_NUM_THREADS="1", **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "monitor.cli", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, **kw)


def test_help_lists_the_commands():
    out = lightwatch("--help")
    assert out.returncode == 0 and "demo" in out.stdout


@pytest.mark.slow
def test_demo_serves_metrics_while_it_runs_and_prints_a_summary():
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_NUM_THREADS="1")
    proc = subprocess.Popen([sys.executable, "-m", "monitor.cli", "demo", "--steps", "40", "--port", str(port),
                             "--no-stack", "--inject-slowdown", "0.5@20"],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    served = None
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            served = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2).read().decode()
            if "lightwatch_samples_total" in served:
                break
        except OSError:
            time.sleep(0.05)
    out, _ = proc.communicate(timeout=180)
    assert proc.returncode == 0, out[-3000:]
    assert served and 'lightwatch_samples_total{rank="0",run="demo"}' in served
    assert f"metrics at http://127.0.0.1:{port}/metrics" in out
    assert "lightwatch demo summary" in out and re.search(r"optimizer steps\s+40\n", out)
    assert re.search(r"injected slowdown\s+50% from step 20", out)


@pytest.mark.parametrize("args, message", [
    (["--inject-slowdown", "2@x"], "--inject-slowdown '2@x': expected FRACTION@STEP"),
    (["--inject-slowdown", "1.5@10"], "FRACTION must be in (0, 1)"),
    (["--port", "70000"], "--port=70000 is not a valid TCP port"),
    (["--steps", "0"], "--steps 0: must be >= 1"),
    (["--hidden", "0"], "--hidden 0: must be >= 1"),
    (["--batch-size", "-3"], "--batch-size -3: must be >= 1"),
    (["--hold", "nan"], "--hold nan: must be a finite number"),
    (["--hold", "-1"], "--hold -1.0: must be a finite number"),
    (["--run-name", ""], "--run-name: run_name='' must be a non-empty string"),
    (["--run-name", "r" * 100_000], "--run-name: run_name is 100000 characters long; at most 128"),
])
def test_demo_bad_input_is_a_clear_error_before_training(args, message, monkeypatch, capsys):
    """In-process ``main``: these are option checks (a real process's exit code 2 and one line for bad demo options:
    test_cli_bad_input's demo rows; its exit code 2: the port test below). Training is the demo's ``_train``:
    reaching it fails the test at once."""
    from monitor import cli, demo

    monkeypatch.setattr(demo, "_train", lambda *a, **kw: pytest.fail(f"demo {args} started training"))
    assert cli.main(["demo", "--no-stack", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Epoch" not in err
    assert len(err.strip().splitlines()) == 1, err


def test_demo_port_in_use_names_the_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        taken = s.getsockname()[1]
        out = lightwatch("demo", "--no-stack", "--steps", "5", "--port", str(taken), timeout=120)
    assert out.returncode == 2
    assert f"metrics port {taken} on 127.0.0.1 is in use" in out.stderr and "--port" in out.stderr
    assert "--next-free-port" in out.stderr  # the flag the message suggests exists (next test)


def test_demo_next_free_port_serves_beside_a_taken_port(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        taken = s.getsockname()[1]
        out = lightwatch("demo", "--no-stack", "--no-detector", "--steps", "5", "--port", str(taken),
                         "--next-free-port", "--dps-provoke", "off", timeout=120, env_extra={"TMPDIR": str(tmp_path)})
    assert out.returncode == 0, out.stderr[-3000:]
    assert not list(tmp_path.glob("lightwatch-demo-*"))  # its scratch folder is gone
    served = re.search(r"metrics at http://127\.0\.0\.1:(\d+)/metrics", out.stdout)
    assert served and int(served.group(1)) != taken
    assert re.search(r"optimizer steps\s+5\n", out.stdout)


def test_errors_are_one_line_even_when_the_message_is_not(monkeypatch, capsys):
    import types

    from monitor import cli

    fake = types.ModuleType("fake_verb")
    fake.add_arguments = lambda p: None

    def run(args):
        raise RuntimeError("/usr/bin/server exited with code 1:\n  ts=1 level=error msg=bad\n\n  ts=2 msg=more\n")

    fake.run = run
    monkeypatch.setitem(sys.modules, "fake_verb", fake)
    monkeypatch.setattr(cli, "COMMANDS", [("fake", "fake_verb", "raises")])
    assert cli.main(["fake"]) == 2
    err = capsys.readouterr().err
    assert err == "lightwatch fake: error: /usr/bin/server exited with code 1: | ts=1 level=error msg=bad | ts=2 msg=more\n"
    monkeypatch.setattr(fake, "run", lambda args: (_ for _ in ()).throw(ValueError()))
    assert cli.main(["fake"]) == 2 and capsys.readouterr().err == "lightwatch fake: error: ValueError\n"


def test_parse_slowdown():
    assert parse_slowdown("0.3@400") == (0.3, 400)
    assert parse_slowdown(None) is None


def test_version_flag_prints_the_package_version():
    from importlib.metadata import version

    proc = subprocess.run([sys.executable, "-m", "monitor.cli", "--version"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == f"lightwatch {version('lightwatch')}"


def test_demo_summary_splits_the_rate_by_the_precision_dps_ran():
    """The summary's "samples/s by precision": each window counts for the precision in force over it, and a
    window that spans a switch counts for neither (on CPU fp16 steps are slower: the rate moves with a switch,
    and the demo's detector may rightly flag it)."""
    from types import SimpleNamespace

    from monitor.demo import _rate_by_precision

    windows = [SimpleNamespace(global_step=s, samples_per_second=r) for s, r in
               [(10, 100.0), (20, 110.0), (30, 105.0), (40, 200.0), (50, 210.0), (60, 120.0), (70, 100.0)]]
    history = [{"step": 30, "from": "fp16", "to": "bf16"}, {"step": 55, "from": "bf16", "to": "fp16"}]
    # (50, 60] spans the switch at 55; the switch at 30 is at a window's last step
    assert _rate_by_precision(windows, history) == {"fp16": 102.5, "bf16": 205.0}  # 100, 110, 105, 100
    assert _rate_by_precision(windows, []) == {}
