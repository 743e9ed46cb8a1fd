"""Acceptance test of the README's own stack path, from an empty working directory.

As a new user would: ``lightwatch stack up`` with the default (relative) data dir, only free ports
and 1 s scrape/evaluation added, plus the Alertmanager webhook pointed at a receiver in this test
(``--webhook-url``) and ``--group-wait 1s``; a small real Lightning run on CPU registered through
``PrometheusMonitor(file_sd=".lightwatch/stack/targets")`` whose loss turns NaN; the
``NonFiniteLoss`` alert (the committed rule, whose own ``for:`` is 0: it fires at the first
evaluation that sees the counter grow) must reach the webhook through the generated Alertmanager
config; ``stack status`` reports rule groups loaded and the rank's target up; ``stack down`` leaves
no server process behind.

Timings are printed, never asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import pytorch_lightning as pl
import torch
from prometheus_client import CollectorRegistry
from torch.utils.data import DataLoader, TensorDataset

from monitor.callbacks import PrometheusMonitor
from tests.conftest import WebhookReceiver, require_binary

# make test runs this file in its waits lane, beside the two workers (Makefile): it mostly waits on servers
pytestmark = pytest.mark.waits

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = Path(".lightwatch/stack")  # the README's default, relative to the working directory
RUN = "readme"
NAN_FROM_STEP = 30


def _lightwatch(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "monitor.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=os.getcwd())


class NaNAfter(pl.LightningModule):
    """A linear regression whose loss is NaN from ``NAN_FROM_STEP`` on; steps paced to spare the CPU."""

    def __init__(self, stop: threading.Event) -> None:
        super().__init__()
        self.layer = torch.nn.Linear(8, 1)
        self.stop = stop

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = torch.nn.functional.mse_loss(self.layer(x), y)
        if self.global_step >= NAN_FROM_STEP:
            loss = loss * float("nan")
        time.sleep(0.02)
        if self.stop.is_set():
            self.trainer.should_stop = True
        return loss

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.01)


def _server_gone(pid: int) -> bool:
    """The process no longer runs (gone, or a zombie waiting for its reaper)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_readme_stack_path_delivers_nonfinite_loss(tmp_path, monkeypatch):
    for name in ("prometheus", "alertmanager", "pushgateway"):
        require_binary(name)
    monkeypatch.chdir(tmp_path)
    assert list(tmp_path.iterdir()) == []
    receiver = WebhookReceiver()
    up = _lightwatch("stack", "up", "--prometheus-port", "0", "--alertmanager-port", "0", "--pushgateway-port", "0",
                     "--scrape-interval", "1s", "--evaluation-interval", "1s",
                     "--webhook-url", receiver.url, "--group-wait", "1s")
    state = json.loads((DATA_DIR / "stack.json").read_text()) if (DATA_DIR / "stack.json").exists() else None
    stop = threading.Event()
    failure: list[BaseException] = []
    thread = None
    try:
        assert up.returncode == 0, up.stdout + up.stderr
        assert "rule groups loaded" in up.stdout
        pids = {name: info["pid"] for name, info in state["servers"].items()}
        assert set(pids) == {"prometheus", "alertmanager", "pushgateway"}

        monitor = PrometheusMonitor(run_name=RUN, port=0, registry=CollectorRegistry(), log_every_n_steps=5,
                                    file_sd=str(DATA_DIR / "targets"))
        g = torch.Generator().manual_seed(0)
        data = TensorDataset(torch.randn(256, 8, generator=g), torch.randn(256, 1, generator=g))
        trainer = pl.Trainer(max_steps=10**7, max_epochs=-1, accelerator="cpu", devices=1, logger=False,
                             callbacks=[monitor], enable_checkpointing=False, enable_progress_bar=False,
                             enable_model_summary=False, num_sanity_val_steps=0, limit_val_batches=0,
                             default_root_dir=tmp_path / "run")

        def train():
            try:
                trainer.fit(NaNAfter(stop), DataLoader(data, batch_size=16))
            except BaseException as exc:  # surfaced in the main thread
                failure.append(exc)

        started = time.time()
        thread = threading.Thread(target=train, daemon=True)
        thread.start()
        fired_at, alert = receiver.wait_for("NonFiniteLoss", "firing", timeout=120)
        assert not failure, failure
        assert alert["labels"]["run"] == RUN and alert["labels"]["severity"] == "critical"
        print(f"\ntraining start -> NonFiniteLoss at the webhook {fired_at - started:.1f} s "
              f"(NaN from step {NAN_FROM_STEP}, scrape/eval 1s, for 0, group_wait 1s)")

        status = _lightwatch("stack", "status")
        assert status.returncode == 0, status.stdout + status.stderr
        assert "rule groups loaded" in status.stdout and "lightwatch 1/1 up" in status.stdout, status.stdout
        assert "NonFiniteLoss" in status.stdout  # among the alerts firing
    finally:
        stop.set()
        if thread is not None:
            thread.join(timeout=60)
        down = _lightwatch("stack", "down")
        receiver.close()
    assert down.returncode == 0 and "stopped: prometheus, alertmanager, pushgateway" in down.stdout, down.stdout
    deadline = time.monotonic() + 10
    while not all(_server_gone(pid) for pid in pids.values()) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert {name: pid for name, pid in pids.items() if not _server_gone(pid)} == {}
    assert not (DATA_DIR / "stack.json").exists()
    assert thread is not None and not thread.is_alive()
