"""Multi-node for real on one machine: two ``torchrun`` launchers (``--nnodes 2 --nproc-per-node 2``,
c10d rendezvous on 127.0.0.1) play two nodes. Each launcher gives its ranks their own exporter
address, base port and node name through the environment, as a cluster's job script would; a real
Prometheus finds every rank through file_sd. Checked for a DDP run and a 3D (pp=2, dp=2, tp=1) run:
4 targets, ``rank`` = the global rank, ``node`` tells the launchers apart, and
``sum(rate(lightwatch_samples_total[W]))`` equals the global samples/s the ranks counted themselves.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from monitor import promql
from tests.conftest import free_port_block

# make test runs this file in its waits lane, beside the two workers (Makefile): its ranks are paced to a low load
# (a sleep per step), so for most of its ~90 s it waits on them and on Prometheus' scrapes
pytestmark = pytest.mark.waits

ROOT = Path(__file__).resolve().parent.parent
WORKER = ROOT / "tests" / "multinode_worker.py"
TORCHRUN = Path(sys.executable).with_name("torchrun")
RUN_SECONDS = 30
#: Prometheus' rate() over a ~20 s window of 1 s scrapes vs. the steps the ranks logged: the window
#: edges (extrapolation by up to one scrape interval) and the step pace jitter stay well inside this
TOLERANCE = 0.10
#: (node name, bind address): the second "node" binds another loopback address
NODES = (("node-a", "127.0.0.1"), ("node-b", "127.0.0.2"))


def _launch(out: Path, sd: Path, scenarios: list[str]) -> list[subprocess.Popen]:
    rdzv = free_port_block(1)
    procs = []
    for node, addr in NODES:
        env = dict(os.environ, OMP_NUM_THREADS="1", GLOO_SOCKET_IFNAME="lo",
                   PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
                   LIGHTWATCH_NODE=node, LIGHTWATCH_ADDR=addr, LIGHTWATCH_PORT=str(free_port_block(2, addr)),
                   LIGHTWATCH_FILE_SD=str(sd))
        cmd = [str(TORCHRUN), "--nnodes", "2", "--nproc-per-node", "2", "--rdzv-backend", "c10d",
               "--rdzv-endpoint", f"127.0.0.1:{rdzv}", "--rdzv-id", "lightwatch-mn", "--local-addr", addr,
               str(WORKER), str(out), str(RUN_SECONDS), *scenarios]
        log = open(out / f"launcher-{node}.log", "w")
        procs.append(subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT))
    return procs


def test_two_torchrun_launchers_scraped_completely_with_node_labels_and_global_throughput(
        tmp_path, prometheus_factory):
    out, sd = tmp_path / "out", tmp_path / "sd"
    out.mkdir()
    sd.mkdir()
    prom = prometheus_factory(file_sd_files=[str(sd / "*.json")], scrape_interval="1s")
    procs = _launch(out, sd, ["ddp", "3d"])
    try:
        codes = [p.wait(timeout=600) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    logs = {n: (out / f"launcher-{n}.log").read_text()[-3000:] for n, _ in NODES}
    assert codes == [0, 0], logs
    assert not list(sd.glob("*.json"))  # clean teardown removed every rank's targets file

    for run, global_batch in (("mn-ddp", 4 * 8), ("mn-3d", 2 * 8)):  # dp x per-rank batch
        ranks = {r["rank"]: r for r in (json.loads(p.read_text()) for p in out.glob(f"{run}-rank*.json"))}
        assert sorted(ranks) == [0, 1, 2, 3], run
        steps = [t for t, _ in ranks[0]["steps"]]
        t_eval = steps[-1] - 2.0
        window = int(t_eval - (steps[0] + 5.0))  # leave the first scrapes after file_sd pickup out
        assert window >= 10, f"{run}: only {len(steps)} steps in {steps[-1] - steps[0]:.1f}s"
        truth = sum(1 for t in steps if t_eval - window < t <= t_eval) * global_batch / window

        # every rank found through file_sd, rank = global rank, node = the launcher that started it
        # (the runs are over: every query is asked at t_eval, inside the run)
        series = promql.query(prom.url, f'group by (rank, node, instance) (lightwatch_samples_total{{run="{run}"}})',
                              time=t_eval)
        got = {int(s["metric"]["rank"]): s["metric"] for s in series}
        assert sorted(got) == [0, 1, 2, 3], series
        for rank, rec in ranks.items():
            assert got[rank]["node"] == rec["node"], (rank, got[rank], rec["node"])
            assert rec["url"] == f"http://{got[rank]['instance']}/metrics"
        assert {m["node"] for m in got.values()} == {"node-a", "node-b"}
        up = promql.query(prom.url, 'count by (node) (up{job="lightwatch"} == 1)', time=t_eval)
        assert {s["metric"]["node"]: float(s["value"][1]) for s in up} == {"node-a": 2.0, "node-b": 2.0}, up

        res = promql.query(prom.url, f'sum(rate(lightwatch_samples_total{{run="{run}"}}[{window}s]))', time=t_eval)
        measured = float(res[0]["value"][1])
        print(f"{run}: Prometheus {measured:.1f} samples/s, ranks' own count {truth:.1f} samples/s "
              f"over {window}s ({abs(measured / truth - 1):.1%} apart)")
        assert measured == pytest.approx(truth, rel=TOLERANCE), (run, measured, truth)
