"""Start N ranks of tests/parallel_worker.py the way torchrun does (env://), without torchrun's
supervision: when one rank dies, the others must stop on their own (the strategy's job)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import torch

from monitor.exporter import free_port

ROOT = Path(__file__).resolve().parent.parent
WORKER = ROOT / "tests" / "parallel_worker.py"


def launch(nproc: int, scenarios: list[dict], out: Path, *, timeout: float = 300.0) -> dict:
    """Run the scenarios on ``nproc`` ranks; returns {"codes", "stderr", "seconds", "results", "out"}."""
    out.mkdir(parents=True, exist_ok=True)
    spec = out / "scenarios.json"
    spec.write_text(json.dumps(scenarios))
    port = free_port()
    procs, logs = [], []
    t0 = time.monotonic()
    for rank in range(nproc):
        env = dict(os.environ, MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), WORLD_SIZE=str(nproc),
                   RANK=str(rank), LOCAL_RANK=str(rank), NODE_RANK="0", OMP_NUM_THREADS="1",
                   TMPDIR=str(out),  # temp files of the ranks (e.g. lost-peer markers) stay in the test's folder
                   PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        log = open(out / f"stderr-rank{rank}.log", "w+")
        logs.append(log)
        procs.append(subprocess.Popen([sys.executable, str(WORKER), str(spec), str(out)], env=env, cwd=ROOT,
                                      stdout=subprocess.DEVNULL, stderr=log))
    codes = []
    try:
        for p in procs:
            remaining = max(1.0, timeout - (time.monotonic() - t0))
            codes.append(p.wait(timeout=remaining))
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    seconds = time.monotonic() - t0
    stderr = []
    for log in logs:
        log.seek(0)
        stderr.append(log.read())
        log.close()
    results = {}
    for sc in scenarios:
        for rank in range(nproc):
            f = out / f"{sc['name']}-rank{rank}.pt"
            if f.exists():
                results.setdefault(sc["name"], {})[rank] = torch.load(f, weights_only=False)
    return {"codes": codes, "stderr": stderr, "seconds": seconds, "results": results, "out": out}
