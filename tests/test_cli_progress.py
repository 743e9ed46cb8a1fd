"""Progress bars of long ``lightwatch`` verbs: drawn on a terminal, absent in a pipe (real processes).

A terminal is a pseudo-terminal with a window size (``TIOCSWINSZ``) that the verb gets as stdout
and stderr, as in an interactive shell; a pipe is ``capture_output``. ``stack up`` starts a real
stack on free ports and is always stopped again. ``lightwatch compress``'s stage lines without
library noise (PQCF issue 16) are checked here too, on the same piped run as its bar's absence.
"""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.conftest import require_binary

ROOT = Path(__file__).resolve().parents[1]
FREE_PORTS = ["--prometheus-port", "0", "--alertmanager-port", "0", "--pushgateway-port", "0"]
#: what only a drawn tqdm bar writes: carriage returns and block characters (or its ASCII '#')
BAR_MARKS = ("\r", "\u2588", "%|")


def _env() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}  # the pty's size counts
    return {**env, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}


def _in_pipe(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "monitor.cli", *args], capture_output=True, text=True,
                          timeout=180, env=_env(), cwd=ROOT, stdin=subprocess.DEVNULL)


def _on_terminal(*args: str, timeout: float = 180, stdout=None) -> tuple[int, str]:
    """Run ``lightwatch ARGS`` with stderr (and stdout, unless given) on a 100x24 pseudo-terminal;
    (exit code, what the terminal showed)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    try:
        proc = subprocess.Popen([sys.executable, "-m", "monitor.cli", *args], stdin=subprocess.DEVNULL,
                                stdout=slave if stdout is None else stdout, stderr=slave, env=_env(), cwd=ROOT)
    finally:
        os.close(slave)
    chunks, deadline = [], time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:  # EIO: no process holds the terminal any more
                    break
                if not data:
                    break
                chunks.append(data)
            elif proc.poll() is not None:  # exited and nothing left to read
                break
        else:
            proc.kill()
            pytest.fail(f"lightwatch {' '.join(args)} did not finish in {timeout} s")
        code = proc.wait(timeout=30)
    finally:
        os.close(master)
    return code, b"".join(chunks).decode(errors="replace")


def _has_bar(text: str) -> bool:
    return any(mark in text for mark in BAR_MARKS)


def test_dashboards_build_draws_a_bar_on_a_terminal_only(tmp_path):
    pytest.importorskip("grafana_foundation_sdk", reason="grafana-foundation-sdk: Python >= 3.11 only")
    from dashboards import main as dashboards_main

    n = len(dashboards_main.files())
    expected = [str(tmp_path / "pipe" / rel) for rel in dashboards_main.files()]
    (tmp_path / "pipe").mkdir()
    piped = _in_pipe("dashboards", "build", "--out", str(tmp_path / "pipe"))
    assert piped.returncode == 0, piped.stderr
    assert piped.stderr == "" and piped.stdout.splitlines() == expected  # one path a line, as before
    assert not _has_bar(piped.stdout)

    (tmp_path / "tty").mkdir()
    code, shown = _on_terminal("dashboards", "build", "--out", str(tmp_path / "tty"))
    assert code == 0, shown
    assert "dashboards build" in shown and f"{n}/{n}" in shown and "100%" in shown, shown
    for rel in dashboards_main.files():  # the paths are still printed, above the bar
        assert str(tmp_path / "tty" / rel) in shown

    # stderr on a terminal, stdout redirected to a file: the bar on the terminal, the file as in a pipe
    (tmp_path / "redirected").mkdir()
    with (tmp_path / "paths.txt").open("wb") as fh:
        code, shown = _on_terminal("dashboards", "build", "--out", str(tmp_path / "redirected"), stdout=fh)
    assert code == 0 and f"{n}/{n}" in shown and "alertmanager.yml" in shown, shown  # the last file, in the bar
    assert (tmp_path / "paths.txt").read_text().splitlines() == [str(tmp_path / "redirected" / rel)
                                                                 for rel in dashboards_main.files()]


@pytest.mark.slow
def test_stack_up_draws_a_bar_over_its_start_steps_on_a_terminal_only(tmp_path):
    for name in ("prometheus", "alertmanager", "pushgateway"):
        require_binary(name)
    # 3 servers ready, rules loaded + Alertmanager discovered, self-scrape
    steps = 5
    piped_dir, tty_dir = tmp_path / "pipe", tmp_path / "tty"
    try:
        piped = _in_pipe("stack", "up", "--data-dir", str(piped_dir), *FREE_PORTS, "--scrape-interval", "1s")
        assert piped.returncode == 0, piped.stderr
        assert piped.stderr == "" and not _has_bar(piped.stdout)
        lines = piped.stdout.splitlines()
        assert lines[0] == f"lightwatch stack up (data in {piped_dir})" and "rules:" in piped.stdout
    finally:
        down = _in_pipe("stack", "down", "--data-dir", str(piped_dir))
    assert down.returncode == 0, down.stderr
    try:
        code, shown = _on_terminal("stack", "up", "--data-dir", str(tty_dir), *FREE_PORTS, "--scrape-interval", "1s")
        assert code == 0, shown
        assert "stack up" in shown and f"{steps}/{steps}" in shown and "100%" in shown, shown
        for step in ("pushgateway ready", "alertmanager ready", "prometheus ready", "Alertmanager discovered",
                     "self-scrape"):
            assert step in shown, (step, shown)
        assert f"lightwatch stack up (data in {tty_dir})" in shown and "stop with:" in shown
    finally:
        down = _in_pipe("stack", "down", "--data-dir", str(tty_dir))
    assert down.returncode == 0 and "stopped: prometheus" in down.stdout, down.stdout + down.stderr


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory):
    """A Lightning checkpoint of a briefly trained digits MLP."""
    from pqcf_helpers import digits_checkpoint

    return digits_checkpoint(tmp_path_factory.mktemp("ckpt"), hidden=32)


COMPRESS_FAST = ["--avg-bits", "6", "--distill-steps", "2", "--hutchinson-samples", "4", "--calib-batches", "1"]
COMPRESS_STAGES = ("[pqcf 1/4] sensitivity", "[pqcf 2/4] allocation", "[pqcf 3/4] distillation", "[pqcf 4/4] export")


@pytest.fixture(scope="module")
def piped_compress(checkpoint, tmp_path_factory) -> subprocess.CompletedProcess:
    """``lightwatch compress`` in a pipe, as a script would run it: one run, checked by the two tests below."""
    return _in_pipe("compress", str(checkpoint), *COMPRESS_FAST, "--out-dir", str(tmp_path_factory.mktemp("pipe")))


@pytest.mark.slow
def test_compress_draws_a_bar_over_its_stages_on_a_terminal_and_keeps_its_lines(checkpoint, piped_compress, tmp_path):
    piped = piped_compress
    assert piped.returncode == 0, piped.stderr
    assert not _has_bar(piped.stdout + piped.stderr), piped.stdout + piped.stderr
    assert [line.split(":")[0] for line in piped.stdout.splitlines() if line.startswith("[pqcf ")] == list(COMPRESS_STAGES)

    code, shown = _on_terminal("compress", str(checkpoint), *COMPRESS_FAST, "--out-dir", str(tmp_path / "tty"))
    assert code == 0, shown
    assert "pqcf: 100%" in shown and "4/4" in shown and "done" in shown, shown
    for line in (*COMPRESS_STAGES, "| layer |", "wrote "):  # the stage lines and the plan stay, above the bar
        assert line in shown, (line, shown)


def test_cli_shows_stage_lines_not_library_noise(checkpoint, piped_compress, tmp_path):
    """PQCF issue 16: ``lightwatch compress`` (a real process) prints one line per stage and the plan, not the
    distillation Trainer's "GPU available"/tip lines, ORT's hints or warnings; ``--verbose`` shows them.
    (Moved here from tests/test_pqcf_io.py: its quiet run is the piped run above.)"""
    quiet = piped_compress
    assert quiet.returncode == 0, quiet.stderr
    stages = [line for line in quiet.stdout.splitlines() if line.startswith("[pqcf ")]
    assert [s.split("]")[1].split(":")[0].strip() for s in stages] == [
        "sensitivity", "allocation", "distillation", "export"], quiet.stdout
    assert "| layer |" in quiet.stdout and "wrote " in quiet.stdout
    for noise in ("GPU available", "TPU available", "Tip:", "Trainer.fit", "pre-processing", "Warning"):
        assert noise not in quiet.stdout + quiet.stderr, (noise, quiet.stdout + quiet.stderr)
    loud = _in_pipe("compress", str(checkpoint), *COMPRESS_FAST, "--out-dir", str(tmp_path / "loud"), "--verbose")
    assert loud.returncode == 0, loud.stderr
    assert "GPU available" in loud.stdout + loud.stderr and "[pqcf 3/4] distillation" in loud.stdout


@pytest.mark.slow
def test_demo_is_quiet_about_lightning_unless_verbose_and_shows_its_bar_on_a_terminal_only():
    demo = ["demo", "--steps", "10", "--port", "0", "--no-stack", "--no-detector"]  # one 10-batch window
    lightning_noise = ("GPU available", "TPU available", "Tip:", "`Trainer.fit` stopped", "Epoch 0")
    quiet = _in_pipe(*demo)
    assert quiet.returncode == 0, quiet.stderr
    for noise in lightning_noise:
        assert noise not in quiet.stdout + quiet.stderr, (noise, quiet.stdout + quiet.stderr)
    assert "lightwatch demo summary" in quiet.stdout and '"event": "run_start"' in quiet.stderr  # our own lines stay
    loud = _in_pipe(*demo, "--verbose")
    assert loud.returncode == 0, loud.stderr
    assert "GPU available" in loud.stderr and "Epoch 0" in loud.stdout, loud.stdout + loud.stderr

    code, shown = _on_terminal(*demo)
    assert code == 0, shown
    assert "Epoch 0: 100%" in shown and "10/10" in shown and "lightwatch demo summary" in shown, shown
    assert "GPU available" not in shown and "Tip:" not in shown, shown
