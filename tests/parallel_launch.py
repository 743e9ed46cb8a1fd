"""Start N ranks of tests/parallel_worker.py the way torchrun does (env://), without torchrun's
supervision: when one rank dies, the others must stop on their own (the strategy's job).

The ranks are forked from a server that has imported torch and Lightning once
(tests/forked_ranks.py), not started as fresh ``python`` processes: the import alone costs ~7 s of
CPU per rank on the 2-core CI machine (an 8-rank launch spent about a minute on it). Each rank is
still a real process with torchrun's environment (MASTER_ADDR / MASTER_PORT, RANK, WORLD_SIZE,
LOCAL_RANK, OMP_NUM_THREADS=1, TMPDIR) and its stderr in its log; a killed or dead rank dies for
real, and exit codes, the timeout and kill-on-timeout are as before. The user's path, ``torchrun``
starting fresh interpreters, is covered by tests/test_multinode.py (two real torchrun launchers).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import torch

from monitor.exporter import free_port
from tests.forked_ranks import Rank, torchrun_env, wait_all

ROOT = Path(__file__).resolve().parent.parent


def launch(nproc: int, scenarios: list[dict], out: Path, *, timeout: float = 300.0) -> dict:
    """Run the scenarios on ``nproc`` ranks; returns {"codes", "stderr", "seconds", "results", "out"}."""
    out.mkdir(parents=True, exist_ok=True)
    spec = out / "scenarios.json"
    spec.write_text(json.dumps(scenarios))
    port = free_port()
    procs, logs = [], []
    t0 = time.monotonic()
    for rank in range(nproc):
        # TMPDIR: temp files of the ranks (e.g. lost-peer markers) stay in the test's folder
        env = torchrun_env(rank, nproc, port, TMPDIR=str(out))
        log = open(out / f"stderr-rank{rank}.log", "w+")
        logs.append(log)
        procs.append(Rank("tests.parallel_worker:main", [str(spec), str(out)], env=env, cwd=ROOT, log=log))
    codes = wait_all(procs, timeout, t0)
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
