"""End to end with real producers and a real Prometheus: the Compression and Parallelism dashboards.

The alerting E2E (tests/test_e2e_alerting.py) fills every other dashboard from one training run; the
two boards here need their own producers:

* Compression: ``compress()`` (PQCF) on a digits MLP trained with Lightning, small settings; its
  registry is served by a ``MetricsExporter`` that registers itself through file_sd.
* Parallelism: a 4-process ThreeDParallelStrategy job (CPU gloo, mesh pp=2 x dp=2 x tp=1, TinyGPT,
  TopKCompression on the data-parallel gradients), one PrometheusMonitor exporter per rank found
  through file_sd; the ranks keep serving until the test has queried (hold file). The ranks are
  started with torchrun's environment, forked from one process that imported Lightning
  (tests/forked_ranks.py), not as four fresh interpreters.

Each test runs every panel query of its board (template variables filled; for the parallel job,
once per rank) against Prometheus with the committed recording rules and requires data.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import pytorch_lightning as pl
import torch
from prometheus_client import CollectorRegistry
from torch.utils.data import DataLoader, TensorDataset

import dashboards
from dashboards.queries import queries_of
from dashboards import rules as R
from dashboards.config import DEFAULT
from lightning_plugins.quantization import compress
from monitor import metrics as M
from monitor import promql, stack
from monitor.callbacks import PrometheusMonitor
from monitor.collectors import NvmlCollector
from monitor.logger import PrometheusLogger
from monitor.demo_model import DigitsDataModule, DigitsMLP, digits_tensors
from monitor.exporter import MetricsExporter, free_port
from tests.conftest import require_binary
from tests.forked_ranks import read_logs, torchrun_ranks, wait_all
from tests.panel_queries import (COVERAGE, GPU_CUDA_ONLY, PANEL_COVERAGE, FitThread, boards, empty_panel_queries,
                                 fill)
from tests.test_collectors import _fake_pynvml

# make test runs this file in its waits lane, beside the two workers (Makefile): it mostly waits on servers
pytestmark = pytest.mark.waits

ROOT = Path(__file__).resolve().parent.parent
PARALLEL_MAIN = "tests.scripts.train_parallel_monitored:main"
COMPRESSION = "lightwatch / Compression"
PARALLELISM = "lightwatch / Parallelism"
GPU = "lightwatch / GPU"


def _start_prometheus(data_dir: Path) -> stack.Stack:
    """Prometheus only (1 s scrape and evaluation), the committed recording rules, file_sd targets."""
    require_binary("prometheus")
    return stack.start_stack(data_dir, rule_files=[dashboards.RULES_DIR / R.RECORDING_FILE],
                             alertmanager_port=None, pushgateway_port=None, scrape_interval="1s")


def _wait(prom: str, expr: str, n: int = 1, timeout: float = 60.0, alive=lambda: None) -> list[dict]:
    deadline = time.monotonic() + timeout
    result: list[dict] = []
    while time.monotonic() < deadline:
        alive()
        result = promql.query(prom, expr)
        if len(result) >= n:
            return result
        time.sleep(0.5)
    pytest.fail(f"{expr!r} returned {len(result)} < {n} series within {timeout}s: {result}")


def test_every_board_is_covered_by_an_e2e_test():
    assert set(COVERAGE) <= set(boards()), f"unknown dashboards in COVERAGE: {set(COVERAGE) - set(boards())}"
    assert {COMPRESSION, PARALLELISM, GPU} == set(COVERAGE)
    by_title = {title: {p for p, _, _ in queries_of(board)} for title, board in boards().items()}
    for (title, panel), test in PANEL_COVERAGE.items():
        assert panel in by_title[title], f"PANEL_COVERAGE names {title}/{panel}, which is on no dashboard"
        assert test.split("::")[1] in globals(), test


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_compression_panels_have_data(tmp_path: Path):
    run = "pqcf-e2e"
    torch.manual_seed(0)
    (xt, yt), (xv, yv) = digits_tensors()
    train = DataLoader(TensorDataset(xt, yt), batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0))
    val = DataLoader(TensorDataset(xv, yv), batch_size=256)
    model = DigitsMLP(hidden=32, lr=3e-3)
    pl.Trainer(accelerator="cpu", max_epochs=3, logger=False, enable_progress_bar=False, enable_model_summary=False,
               enable_checkpointing=False, default_root_dir=tmp_path).fit(model, train, val)

    servers = _start_prometheus(tmp_path / "stack")
    registry = CollectorRegistry()
    exporter = MetricsExporter(port=0, registry=registry, run=run, file_sd=servers.targets_dir).start()
    try:
        res = compress(model.eval(), train, val, out_dir=tmp_path / "pqcf", size_ratio=0.3, distill_steps=5,
                       hutchinson_samples=4, calib_batches=1, latency_repeats=3, registry=registry, run_name=run,
                       verbose=False)
        assert res.plan.ratio > 1 and set(res.latency) == {"fp32", "pqcf"}
        prom = servers.prometheus.url
        _wait(prom, f'{M.PQCF_LATENCY.series}{{run="{run}"}}', n=2)
        empty = empty_panel_queries(prom, run=run, ranks=["0"], titles=[COMPRESSION])
        assert not empty, f"panel queries without data: {empty}"
        layers = {r["metric"]["layer"] for r in promql.query(prom, f'{M.PQCF_LAYER_BITS.series}{{run="{run}"}}')}
        assert layers == {lp.name for lp in res.plan.layers}
    finally:
        exporter.stop(push=False)
        servers.stop()


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_parallelism_panels_have_data(tmp_path: Path):
    # 60 steps: the compression hook reads its error-feedback residual every 50 (stats_every_n_steps)
    run, world = "par-e2e", 4
    servers = _start_prometheus(tmp_path / "stack")
    hold = tmp_path / "hold"
    args = ["--port", str(free_port()), "--mesh", "2,2,1", "--steps", "60", "--run-name", run,
            "--file-sd", str(servers.targets_dir), "--hold-file", str(hold), "--hold-max", "240", "--step-sleep", "0.15"]
    # the 4 ranks as torchrun starts them (its environment), forked from a server that imported Lightning
    # once (tests/forked_ranks.py); what is checked here is the board, not the launch
    ranks, logs = torchrun_ranks(PARALLEL_MAIN, args, world, tmp_path / "train")

    def alive() -> None:
        exited = {r: rank.poll() for r, rank in enumerate(ranks) if rank.poll() is not None}
        if exited:
            pytest.fail(f"ranks of the parallel job exited ({exited}) before the test queried:\n{read_logs(logs)}")

    codes = None
    try:
        prom = servers.prometheus.url
        # every rank scraped, then the counters moved while training (the rate windows see them)
        _wait(prom, f'{M.PARALLEL_DEGREE.series}{{run="{run}", dim="pp"}}', n=world, timeout=120, alive=alive)
        _wait(prom, f'{R.comm_bytes_rate(DEFAULT)}{{run="{run}", kind="pp_p2p"}} > 0', n=world, timeout=120,
              alive=alive)
        _wait(prom, f'{M.STAGE_IMBALANCE.series}{{run="{run}"}}', n=world, timeout=60, alive=alive)
        _wait(prom, f'{R.gradcomp_sent_rate(DEFAULT)}{{run="{run}"}} > 0', n=world, timeout=60, alive=alive)
        empty = empty_panel_queries(prom, run=run, ranks=[str(r) for r in range(world)], titles=[PARALLELISM])
        assert not empty, f"panel queries without data: {empty}"
        degrees = {r["metric"]["dim"]: float(r["value"][1])
                   for r in promql.query(prom, f'{M.PARALLEL_DEGREE.series}{{run="{run}", rank="0"}}')}
        assert degrees == {"pp": 2, "dp": 2, "tp": 1}
        # the hook (no run name of its own) reports under the strategy's run, and it alone measures the
        # dp exchange: its all_gather / all_reduce kinds, no strategy-side dp_allreduce beside them
        runs = {r["metric"]["run"] for r in promql.query(prom, f"{M.GRADCOMP_SENT_BYTES.series}")}
        assert runs == {run}
        kinds = {r["metric"]["kind"] for r in promql.query(prom, f'{M.COMM_DURATION.series}{{run="{run}"}}')}
        assert "dp_allreduce" not in kinds and "all_gather" in kinds and "pp_p2p" in kinds, kinds
        alive()
    finally:
        hold.touch()
        try:
            codes = wait_all(ranks, timeout=60)  # kills and reaps every rank still running after 60 s
        except subprocess.TimeoutExpired:
            pass
        servers.stop()
        text = read_logs(logs)
        for log in logs:
            log.close()
    assert codes == [0] * world, f"exit codes {codes}:\n{text}"


class _HoldAtEnd(pl.Callback):
    """Paces steps (so rates see training) and keeps the run (and its exporter) alive after training
    until ``release`` is set."""

    def __init__(self) -> None:
        import threading

        self.release = threading.Event()
        self.finished = threading.Event()

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        time.sleep(0.05)

    def on_train_end(self, trainer, pl_module):
        self.finished.set()
        self.release.wait(timeout=240)


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_gpu_and_training_extra_panels_have_data(tmp_path: Path, monkeypatch):
    """The GPU board and the training panels the alerting E2E run cannot fill (PANEL_COVERAGE): a real
    Lightning run with validation, checkpoints and PrometheusLogger (self.log -> Prometheus), scraped
    through file_sd. No GPU here: the real NvmlCollector reads a stand-in pynvml (NVML's units and
    calls, tests/test_collectors.py) on the monitor's registry under the run's labels, so the GPU
    queries run against series shaped exactly as on a GPU; the caching-allocator targets are CUDA-only
    (GPU_CUDA_ONLY; their collector is unit-tested in tests/test_collectors.py). Every annotation query
    of every board must parse on the real Prometheus, and the run's ALERTS annotation must be valid."""
    run = "extras-e2e"
    servers = _start_prometheus(tmp_path / "stack")
    registry = CollectorRegistry()
    monkeypatch.setitem(sys.modules, "pynvml", _fake_pynvml(energy_step_mj=250_000))  # 250 J a scrape
    registry.register(NvmlCollector(run, 0, [0]))
    monitor = PrometheusMonitor(run_name=run, port=0, registry=registry, log_every_n_steps=5,
                                file_sd=servers.targets_dir, flops_per_sample=6 * 64 * 64 * 3, peak_flops=1e10)
    hold = _HoldAtEnd()
    checkpoints = pl.callbacks.ModelCheckpoint(dirpath=tmp_path / "ckpt", every_n_train_steps=20)
    trainer = pl.Trainer(max_steps=300, accelerator="cpu", devices=1, callbacks=[monitor, hold, checkpoints],
                         logger=[PrometheusLogger(run_name=run, registry=registry)],
                         val_check_interval=20, limit_val_batches=2, num_sanity_val_steps=0,
                         enable_progress_bar=False, enable_model_summary=False, log_every_n_steps=5,
                         default_root_dir=tmp_path)
    fit = FitThread(trainer, DigitsMLP(hidden=64), DigitsDataModule(batch_size=16))
    failure = fit.failure
    fit.start()
    try:
        prom = servers.prometheus.url
        alive = lambda: failure and pytest.fail(f"training failed: {failure[0]!r}")  # noqa: E731
        _wait(prom, f'{M.USER_METRIC.series}{{run="{run}", metric="val_acc"}}', timeout=120, alive=alive)
        _wait(prom, f'{M.CHECKPOINT_DURATION.name}_count{{run="{run}"}}', timeout=120, alive=alive)
        # energy per sample, while training: a finite positive number of joules
        energy = [e for _, _, e in queries_of(boards()[GPU]) if M.GPU_ENERGY.series in e][0]
        _wait(prom, f"({fill(energy, run)}) > 0", timeout=60, alive=alive)
        extras = frozenset(PANEL_COVERAGE)
        empty = empty_panel_queries(prom, run=run, ranks=["0"], titles=sorted({t for t, _ in extras}), panels=extras)
        empty += empty_panel_queries(prom, run=run, ranks=["0"], titles=[GPU], allowed_empty=GPU_CUDA_ONLY)
        assert not empty, f"panel queries without data: {empty}"
        logged = {r["metric"]["metric"] for r in promql.query(prom, f'{M.USER_METRIC.series}{{run="{run}"}}')}
        assert {"train_loss", "val_loss", "val_acc"} <= logged
        temp = promql.query(prom, f'{M.GPU_TEMPERATURE.series}{{run="{run}", rank="0", device="cuda:0"}}')
        assert float(temp[0]["value"][1]) == 64.0
        # annotations: every board's queries parse (promql.query raises otherwise) with the variables filled
        notes = [n for board in boards().values() for n in (board.get("annotations") or {}).get("list", [])]
        assert len(notes) >= 4
        for note in notes:
            promql.query(prom, fill(note["expr"], run))
    finally:
        hold.release.set()
        fit.join(timeout=60)
        servers.stop()
    assert not failure, failure
