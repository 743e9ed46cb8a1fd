"""A real Prometheus scrapes real Lightning training processes."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from monitor import metrics as M
from monitor.exporter import free_port
from tests.conftest import free_port_block, require_binary
from tests.forked_ranks import read_logs, torchrun_ranks, wait_all

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tests" / "scripts" / "train_monitored.py"


def _spawn(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_NUM_THREADS="1")
    return subprocess.Popen([sys.executable, str(SCRIPT), *args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _finish(proc: subprocess.Popen, hold: Path) -> str:
    hold.touch()
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, out[-3000:]
    return out


@pytest.mark.slow
def test_prometheus_scrapes_a_real_training_run(prometheus_factory, tmp_path):
    port = free_port()
    prom = prometheus_factory(static_targets=[f"127.0.0.1:{port}"])
    hold = tmp_path / "release"
    proc = _spawn("--port", str(port), "--steps", "100", "--step-sleep", "0.05", "--hold-file", str(hold))
    try:
        sel = '{run="itest",rank="0"}'
        # the run holds its exporter open after training, so the final values get scraped
        prom.wait_for(f"{M.OPTIMIZER_STEPS.series}{sel}", lambda r: r and float(r[0]["value"][1]) == 100, 90)
        assert float(prom.query(f"{M.SAMPLES.series}{sel}")[0]["value"][1]) == 100 * 16
        assert float(prom.query(f"{M.STEP_DURATION.name}_count{sel}")[0]["value"][1]) == 100
        buckets = prom.query(f"{M.STEP_DURATION.name}_bucket{sel}")
        assert len(buckets) == len(M.STEP_BUCKETS) + 1  # + the +Inf bucket
        loss = float(prom.query(f"{M.LOSS.series}{sel}")[0]["value"][1])
        assert 0 < loss < 3
        # the query API computes rates from the scraped counter: training throughput was > 0
        rate = prom.query(f"max_over_time(rate({M.SAMPLES.series}{sel}[5s])[2m:1s])")
        assert float(rate[0]["value"][1]) > 0
        # the monitor's own window rate (what the training dashboard draws) was scraped too
        window = prom.query(f"max_over_time({M.SAMPLES_PER_SECOND.series}{sel}[2m])")
        assert float(window[0]["value"][1]) > 0

        # `promtool check metrics` on the live exporter prints nothing (no lint findings)
        text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read()
        lint = subprocess.run([require_binary("promtool"), "check", "metrics"], input=text, capture_output=True)
        assert lint.returncode == 0 and lint.stdout == b"" and lint.stderr == b"", lint.stdout + lint.stderr
    finally:
        _finish(proc, hold)


@pytest.mark.slow
def test_two_processes_on_one_node_scraped_with_distinct_ranks(prometheus_factory, tmp_path):
    sd = tmp_path / "targets"
    sd.mkdir()
    prom = prometheus_factory(file_sd_files=[str(sd / "*.json")])
    hold = tmp_path / "release"
    base = free_port_block(2)  # rank 0 on base, rank 1 on base + 1
    # the 2 ranks with torchrun's environment (LOCAL_RANK picks the port), forked from a server that
    # imported Lightning once (tests/forked_ranks.py): the ranks' series are checked here, not the launch
    ranks, logs = torchrun_ranks("tests.scripts.train_monitored:main",
                                 ["--port", str(base), "--devices", "2", "--steps", "30", "--run-name", "ddp",
                                  "--file-sd", str(sd), "--hold-file", str(hold)], 2, tmp_path / "logs",
                                 env=dict(os.environ, PYTHONPATH=str(ROOT)))
    codes = None
    try:
        result = prom.wait_for(f'{M.OPTIMIZER_STEPS.series}{{run="ddp"}} == 30', lambda r: len(r) == 2, 120)
        assert sorted(r["metric"]["rank"] for r in result) == ["0", "1"]
        instances = {r["metric"]["instance"] for r in result}
        assert instances == {f"127.0.0.1:{base}", f"127.0.0.1:{base + 1}"}  # port + local_rank
        # DDP: each rank its own batches, so the global count is the sum over ranks
        total = prom.query(f'sum({M.SAMPLES.series}{{run="ddp"}})')
        assert float(total[0]["value"][1]) == 2 * 30 * 16
    finally:
        hold.touch()
        try:
            codes = wait_all(ranks, timeout=120)
        except subprocess.TimeoutExpired:
            pass
        text = read_logs(logs, tail=3000)
        for log in logs:
            log.close()
    assert codes == [0, 0], f"exit codes {codes}:\n{text}"
    # clean teardown removed the file_sd targets
    assert not list(sd.glob("*.json"))
