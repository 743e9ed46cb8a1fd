"""Fault injection for every multi-process feature: a rank SIGKILLed mid-step.

Real processes (gloo, OMP_NUM_THREADS=1), launched like torchrun without its supervision
(tests/parallel_launch.py): the survivors must stop on their own. For DDP (CompressedDDPStrategy
with NoCompression), each compression hook (top-k with uint8 indices, PowerSGD), the 3D strategy
(pipeline x data on 4 ranks) and DPS under Lightning's DDP, one rank kills itself in the forward
pass of a step; every survivor must

* raise the documented ``PeerLostError`` naming the lost rank,
* within 60 s of the kill (the process-group timeout is 20 s; gloo notices a closed peer at once),
* and never apply the failed step: its optimizer-step count and parameters at the error equal the
  ones after its last completed step.
"""

from __future__ import annotations

import json

import pytest
import torch

from tests.parallel_launch import launch

KILL_STEP = 3
SCENARIOS = {
    "ddp": dict(kind="ddp", hook="none", world=2, victim=1),
    "topk": dict(kind="ddp", hook="topk", world=2, victim=1),  # uint8 indices: garbage decodes "succeed"
    "powersgd": dict(kind="ddp", hook="powersgd", world=2, victim=0),  # compressing from step 2; rank 0 hosts the store
    "dps_ddp": dict(kind="dps", world=2, victim=1),
    "3d": dict(kind="3d", mesh=[2, 2, 1], world=4, victim=2, schedule="GPipe"),  # a stage-1 rank of dp group 0
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_killed_rank_gives_peer_lost_error_on_every_survivor(tmp_path, name):
    spec = SCENARIOS[name]
    world, victim = spec["world"], spec["victim"]
    scenario = {k: v for k, v in spec.items() if k not in ("world", "victim")}
    scenario.update(name=name, batch=8, steps=50, timeout=20, kill={"rank": victim, "step": KILL_STEP})
    run = launch(world, [scenario], tmp_path, timeout=240)  # a hang would hit this bound and fail below
    assert run["codes"][victim] == -9, run["stderr"][victim][-2000:]  # SIGKILL
    killed = json.loads((tmp_path / f"{name}-killed.json").read_text())
    results = run["results"].get(name, {})
    survivors = [r for r in range(world) if r != victim]
    for rank in survivors:
        assert run["codes"][rank] == 0, f"rank {rank}: {run['stderr'][rank][-3000:]}"
        r = results[rank]
        assert r["error_type"] == "PeerLostError", r.get("traceback")
        assert f"lost rank {victim}" in r["error"] and r["lost_ranks"] == [victim], r["error"]
        assert r["error_time"] - killed["time"] < 60, r["error_time"] - killed["time"]
        # no garbage step: the step the peer died in was never applied
        assert r["global_step"] == r["last_good_step"] == KILL_STEP, (r["global_step"], r["last_good_step"])
        assert r["params_after_error"].keys() == r["last_good_params"].keys()
        for key, value in r["params_after_error"].items():
            assert torch.equal(value, r["last_good_params"][key]), f"rank {rank}: {key} changed by the failed step"
            assert torch.isfinite(value).all()
    assert '"event": "peer_lost"' in run["stderr"][survivors[0]]
