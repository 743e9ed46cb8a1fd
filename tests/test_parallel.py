"""ThreeDParallelStrategy on CPU / gloo: parity with one process, partitioning, stragglers,
checkpoint / resume, bad meshes and a dead rank.

Multi-process checks are batched: one 2-rank launch runs several meshes and scenarios in one
process group, one 8-rank launch runs the (2, 2, 2) mesh (GPipe, 1F1B, checkpoint + resume).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import pytorch_lightning as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, DistributedSampler

from lightning_plugins import ThreeDParallelStrategy
from lightning_plugins.models import TinyGPT, TokenDataModule
from lightning_plugins.strategy import (
    StragglerDetector,
    balanced_partition,
    check_parallel_sizes,
    profile_blocks,
    stage_costs,
    theoretical_bubble,
    uniform_partition,
)
from tests.parallel_launch import launch
from tests.parallel_worker import MODEL

BATCH, STEPS = 8, 20


# --------------------------------------------------------------------------- single-process reference
@pytest.fixture(scope="module")
def reference() -> dict:
    """The same model, data and seed in one process: per-step losses and final parameters."""
    losses: list[float] = []

    class Rec(pl.Callback):
        def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
            losses.append(float(outputs["loss"]))

    class SameOrder(TokenDataModule):
        # Lightning gives every distributed run DistributedSampler(shuffle=True, seed=0); with
        # num_replicas=1 it yields the global order the dp ranks split between them
        def train_dataloader(self):
            loader = super().train_dataloader()
            sampler = DistributedSampler(loader.dataset, num_replicas=1, rank=0, shuffle=True, seed=0)
            return DataLoader(loader.dataset, batch_size=BATCH, sampler=sampler, drop_last=True)

    torch.manual_seed(0)
    model = TinyGPT(**MODEL)
    trainer = pl.Trainer(accelerator="cpu", devices=1, max_steps=STEPS, callbacks=[Rec()], logger=False,
                         enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False)
    trainer.fit(model, datamodule=SameOrder(num_samples=10 * BATCH, seq_len=MODEL["seq_len"],
                                            vocab_size=MODEL["vocab_size"], batch_size=BATCH))
    return {"losses": losses, "params": {n: p.detach().clone() for n, p in model.named_parameters()}}


def _step_losses(per_rank: dict) -> list[float]:
    """Global loss per step: every pp rank holds the broadcast loss; dp ranks hold their shard's mean."""
    ranks = [r for r in per_rank.values() if r["coords"]["tp"] == 0 and r["coords"]["pp"] == 0]
    return [sum(r["losses"][k] for r in ranks) / len(ranks) for k in range(len(ranks[0]["losses"]))]


def _params(per_rank: dict) -> dict:
    merged = {}
    for r in per_rank.values():
        merged.update(r["params"])
    return merged


def _assert_parity(per_rank: dict, reference: dict) -> None:
    for r in per_rank.values():
        assert "error" not in r, r.get("traceback")
    losses = _step_losses(per_rank)
    assert len(losses) == STEPS
    torch.testing.assert_close(torch.tensor(losses), torch.tensor(reference["losses"]), rtol=1e-5, atol=0)
    params = _params(per_rank)
    assert params.keys() == reference["params"].keys()
    for name, ref in reference["params"].items():
        torch.testing.assert_close(params[name], ref, rtol=1e-5, atol=1e-5, msg=lambda m, n=name: f"{n}: {m}")


# --------------------------------------------------------------------------- the 2-rank launch
TWO_RANK = [
    dict(name="dp", mesh=[1, 2, 1], batch=BATCH, steps=STEPS),
    dict(name="tp", mesh=[1, 1, 2], batch=BATCH, steps=STEPS),
    dict(name="pp_gpipe", mesh=[2, 1, 1], batch=BATCH, steps=STEPS, schedule="GPipe", partition="measured"),
    dict(name="pp_1f1b", mesh=[2, 1, 1], batch=BATCH, steps=STEPS, schedule="1F1B", microbatches=4),
    dict(name="compressed", mesh=[1, 2, 1], batch=BATCH, steps=STEPS, compression=True),
    # a lightwatch hook on the dp group: checkpoint at step 10, then resume through fit(ckpt_path=...)
    dict(name="topk", mesh=[1, 2, 1], batch=BATCH, steps=STEPS, compression="topk", checkpoint_every=10),
    dict(name="topk_resumed", mesh=[1, 2, 1], batch=BATCH, steps=STEPS, compression="topk",
         resume="{out}/topk/step=10.ckpt"),
    # one run label: only the PrometheusMonitor is named; strategy, hook and DPS are given nothing
    dict(name="one_label", mesh=[1, 2, 1], batch=BATCH, steps=10, compression="topk", dps=True, monitor="exp1"),
    # with two ranks a rank's relative time is 2a / (a + b) < 2, so the default factor 1.5 flags a rank at 3x its
    # peer's compute: on a loaded 2-core machine CPU scheduling alone reached that before the delay once (CI,
    # session 46, steps of a few ms). Here a 0.1 s delay against factor 1.7 (5.7x); "clean" keeps the default.
    dict(name="straggler", mesh=[1, 2, 1], batch=BATCH, steps=60, check_every=10, straggler_factor=1.7,
         delay=dict(delay_rank=1, delay_from=20, delay_s=0.1)),
    dict(name="clean", mesh=[1, 2, 1], batch=BATCH, steps=200, check_every=10),
    dict(name="too_many_stages", mesh=[2, 1, 1], batch=BATCH, steps=2, model=dict(n_layer=1),
         expect_error=True),
    dict(name="bad_microbatches", mesh=[2, 1, 1], batch=BATCH, steps=2, microbatches=3, schedule="GPipe",
         expect_error=True),
]


@pytest.fixture(scope="module")
def two_rank(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("two_rank")
    scenarios = [{k: v.format(out=out) if k == "resume" else v for k, v in sc.items()} for sc in TWO_RANK]
    run = launch(2, scenarios, out, timeout=500)
    assert run["codes"] == [0, 0], run["stderr"]
    return run


@pytest.mark.slow
@pytest.mark.parametrize("name", ["dp", "tp", "pp_gpipe", "pp_1f1b"])
def test_parity_two_ranks(two_rank, reference, name):
    _assert_parity(two_rank["results"][name], reference)


@pytest.mark.slow
def test_pipeline_metrics_and_partition_log(two_rank):
    per_rank = two_rank["results"]["pp_gpipe"]
    # the measured cut depends on timings (a loaded machine moves it): every rank takes the same one,
    # covering the 4 blocks with 2 non-empty stages
    cuts = [r["stage_sizes"] for r in per_rank.values()]
    assert cuts[0] == cuts[1] and sum(cuts[0]) == 4 and len(cuts[0]) == 2 and min(cuts[0]) >= 1, cuts
    assert f'"blocks_per_stage": {cuts[0]}' in two_rank["stderr"][0]
    assert '"event": "pipeline_partition"' in two_rank["stderr"][0]
    assert "predicted_stage_seconds" in two_rank["stderr"][0]
    for rank, r in per_rank.items():
        s = r["samples"]
        key = lambda name, **labels: name + str(sorted({"run": "pp_gpipe", "rank": str(rank), **labels}.items()))
        assert s[key("lightwatch_parallel_degree", dim="pp")] == 2
        assert s[key("lightwatch_pipeline_bubble_ratio", kind="theoretical")] == pytest.approx(theoretical_bubble(2, 4))
        assert 0 <= s[key("lightwatch_pipeline_bubble_ratio", kind="measured")] < 1
        assert s[key("lightwatch_stage_compute_seconds", stage=str(r["coords"]["pp"]))] > 0
        assert s[key("lightwatch_stage_imbalance_ratio")] >= 1
        assert s[key("lightwatch_comm_bytes_total", kind="pp_p2p")] > 0
        assert 0 <= s[key("lightwatch_exposed_comm_ratio")] < 1


@pytest.mark.slow
def test_gradient_compression_hook_point(two_rank, reference):
    per_rank = two_rank["results"]["compressed"]
    # plain all-reduce through the hook keeps parity; the hook ran once per bucket per step
    _assert_parity(per_rank, reference)
    assert all(r["compression_calls"] >= STEPS for r in per_rank.values())
    # a hook that measures nothing itself: the strategy still measures the dp wait and exposed share
    for rank, r in per_rank.items():
        labels = [("kind", "dp_allreduce"), ("rank", str(rank)), ("run", "compressed")]
        assert f"lightwatch_comm_duration_seconds_total{labels}" in r["samples"], sorted(r["samples"])
        assert f"lightwatch_exposed_comm_ratio{labels[1:]}" in r["samples"]


@pytest.mark.slow
def test_compression_hook_state_resumes_through_fit_ckpt_path(two_rank):
    full, resumed = two_rank["results"]["topk"], two_rank["results"]["topk_resumed"]
    for r in list(full.values()) + list(resumed.values()):
        assert "error" not in r, r.get("traceback")
    for rank in (0, 1):  # each rank's hook state is in the checkpoint folder, loadable under weights_only=True
        state = torch.load(two_rank["out"] / "topk" / "step=10.ckpt" / f"gradient_compression-rank{rank}.pt",
                           weights_only=True)
        assert state["kind"] == "topk" and state["iteration"] == 10 and state["residuals"]
    torch.load(two_rank["out"] / "topk" / "step=10.ckpt" / "lightning_meta.pt", weights_only=True)
    assert [r["losses"] for r in resumed.values()] == [r["losses"][10:] for r in full.values()]
    a, b = _params(full), _params(resumed)
    for name in a:
        assert torch.equal(a[name], b[name]), name


@pytest.mark.slow
def test_one_run_label_from_the_monitor(two_rank):
    """PrometheusMonitor(run_name="exp1", registry=r) + DPSPrecision() + ThreeDParallelStrategy with a
    TopKCompression hook, none of them given run_name / registry: every lightwatch series in r is
    labelled run="exp1"."""
    for rank, r in two_rank["results"]["one_label"].items():
        assert "error" not in r, r.get("traceback")
        names = [key for key in r["samples"] if key.startswith("lightwatch_")]
        families = {key.split("[")[0] for key in names}
        for expected in ("lightwatch_dps_active_dtype", "lightwatch_grad_compression_sent_bytes_total",
                         "lightwatch_parallel_degree", "lightwatch_run_info"):
            assert any(f.startswith(expected) for f in families), (expected, sorted(families))
        assert all("('run', 'exp1')" in key for key in names), [k for k in names if "('run', 'exp1')" not in k]


@pytest.mark.slow
def test_straggler_flagged_within_three_checks(two_rank):
    per_rank = two_rank["results"]["straggler"]
    slow, fast = per_rank[1], per_rank[0]
    onset = 20  # the delay starts after global step 20
    after = [c for c in slow["checks"] if c["step"] > onset]
    assert any(c["flagged"] for c in after[:3]), slow["checks"]
    assert not any(c["flagged"] for c in slow["checks"] if c["step"] <= onset)
    assert not any(c["flagged"] for c in fast["checks"]), fast["checks"]
    assert slow["straggler"] == 1.0 and fast["straggler"] == 0.0
    assert '"event": "straggler_flagged"' in two_rank["stderr"][1]


@pytest.mark.slow
def test_no_straggler_over_200_clean_steps(two_rank):
    per_rank = two_rank["results"]["clean"]
    for r in per_rank.values():
        assert len(r["checks"]) == 20
        assert not any(c["flagged"] for c in r["checks"]), r["checks"]
        assert r["straggler"] == 0.0


@pytest.mark.slow
def test_bad_pipeline_configs_fail_with_reason(two_rank):
    for r in two_rank["results"]["too_many_stages"].values():
        assert "pipeline_parallel_size=2 stages but the model has only 1 pipeline blocks" in r["error"]
    for r in two_rank["results"]["bad_microbatches"].values():
        assert "num_microbatches=3 must divide the per-rank batch size 8" in r["error"]


# --------------------------------------------------------------------------- the 8-rank launch
@pytest.fixture(scope="module")
def eight_rank(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("eight_rank")
    scenarios = [
        dict(name="mesh222_gpipe", mesh=[2, 2, 2], batch=BATCH, steps=STEPS, schedule="GPipe", microbatches=2),
        # the uninterrupted run also writes a distributed checkpoint at step 10 (ModelCheckpoint)
        dict(name="mesh222_1f1b", mesh=[2, 2, 2], batch=BATCH, steps=STEPS, schedule="1F1B", microbatches=2,
             checkpoint_every=10),
        dict(name="resumed", mesh=[2, 2, 2], batch=BATCH, steps=STEPS, schedule="1F1B", microbatches=2,
             resume=str(out / "mesh222_1f1b" / "step=10.ckpt")),
    ]
    run = launch(8, scenarios, out, timeout=400)
    assert run["codes"] == [0] * 8, run["stderr"]
    return run


@pytest.mark.slow
@pytest.mark.parametrize("name", ["mesh222_gpipe", "mesh222_1f1b"])
def test_parity_mesh_2x2x2(eight_rank, reference, name):
    _assert_parity(eight_rank["results"][name], reference)


@pytest.mark.slow
def test_checkpoint_resume_equals_uninterrupted(eight_rank):
    full, resumed = eight_rank["results"]["mesh222_1f1b"], eight_rank["results"]["resumed"]
    for r in resumed.values():
        assert "error" not in r, r.get("traceback")
    # equal up to float32 rounding (gloo's all-reduce may sum in a different order between runs)
    torch.testing.assert_close(torch.tensor(_step_losses(resumed)), torch.tensor(_step_losses(full)[10:]),
                               rtol=1e-6, atol=0)
    a, b = _params(full), _params(resumed)
    assert a.keys() == b.keys()
    for name in a:
        torch.testing.assert_close(b[name], a[name], rtol=1e-6, atol=1e-7, msg=lambda m, n=name: f"{n}: {m}")


# --------------------------------------------------------------------------- a dead rank
@pytest.mark.slow
def test_dead_rank_gives_clear_error_in_bounded_time(tmp_path):
    run = launch(2, [dict(name="dies", mesh=[1, 2, 1], batch=BATCH, steps=50, die_at=3, timeout=30,
                                   expect_error=True)], tmp_path,
                 timeout=120)  # a hang would hit this bound and fail below
    assert run["codes"][1] == 3  # the rank that died
    survivor = run["results"]["dies"][0]
    assert survivor["error_type"] == "PeerLostError" and survivor["lost_ranks"] == [1], survivor
    assert "rank 0 (pp=0, dp=0, tp=0) lost rank 1" in survivor["error"], survivor
    assert run["codes"][0] == 0  # it returned from fit with the error and exited on its own


# --------------------------------------------------------------------------- single process
class _CostBlock(nn.Module):
    """A block whose forward and backward each cost ``units`` x 10 ms (a sleep: stable on a shared CPU)."""

    def __init__(self, units: int) -> None:
        super().__init__()
        self.units = units
        self.lin = nn.Linear(4, 4)

    def forward(self, x):
        return _Sleep.apply(self.lin(x), self.units * 0.010)


class _Sleep(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, seconds):
        ctx.seconds = seconds
        time.sleep(seconds)
        return x.clone()

    @staticmethod
    def backward(ctx, grad):
        time.sleep(ctx.seconds)
        return grad, None


def test_measured_partition_balances_a_heavy_block():
    blocks = [_CostBlock(5 if i == 5 else 1) for i in range(16)]
    sample = torch.randn(2, 4)
    costs = profile_blocks(blocks, sample, repeats=3)
    measured = balanced_partition(costs, 4)
    uniform = uniform_partition(16, 4)
    assert sum(measured) == 16 and len(measured) == 4

    # Real sleeps decide the partition; the verdict uses each block's own units, so a loaded machine's
    # sleep overshoot (a constant per block, which dilutes a timed ratio) cannot fail it. Re-timing the
    # stages here failed on CI once: the uniform cut's timed imbalance came out 1.38 instead of 1.6.
    assert max(range(16), key=costs.__getitem__) == 5, costs

    def imbalance(sizes):  # stage units over the mean stage's units
        units, start = [], 0
        for size in sizes:
            units.append(sum(b.units for b in blocks[start:start + size]))
            start += size
        return max(units) / (sum(units) / len(units))

    assert imbalance(uniform) == pytest.approx(1.6)  # the heavy block's stage carries 8 of 20 units
    # ideal 1.0 ([5, 1, 5, 5]); 1.2 allows the one-block shift that equal per-block overshoot can tip to
    assert imbalance(measured) <= 1.2, (measured, costs)
    assert max(stage_costs(costs, measured)) < max(stage_costs(costs, uniform))


def test_partition_helpers():
    assert uniform_partition(5, 2) == [3, 2]
    assert balanced_partition([1, 1, 1, 3], 2) == [3, 1]
    with pytest.raises(ValueError, match="pipeline_parallel_size=3 stages but the model has only 2"):
        uniform_partition(2, 3)


def test_straggler_detector_ignores_one_off_stalls():
    d = StragglerDetector(factor=1.5, patience=2)
    assert [d.update(r) for r in (1.0, 4.0, 1.0, 4.0, 1.1)] == [False] * 5
    assert [d.update(r) for r in (2.0, 2.0)] == [False, True]
    d2 = StragglerDetector()
    d2.load_state_dict(d.state_dict())
    assert d2.flagged and d2.strikes == 2


# --------------------------------------------------------------------------- bad input, before any process
def test_mesh_not_matching_world_size_fails_before_launch():
    strategy = ThreeDParallelStrategy(pipeline_parallel_size=2, data_parallel_size=2, tensor_parallel_size=2)
    with pytest.raises(ValueError) as info:
        pl.Trainer(accelerator="cpu", devices=2, strategy=strategy, logger=False)
    msg = str(info.value)
    for part in ("pipeline_parallel_size=2", "data_parallel_size=2", "tensor_parallel_size=2", "world_size=2"):
        assert part in msg


def test_straggler_factor_that_cannot_flag_two_ranks_fails_before_launch():
    strategy = ThreeDParallelStrategy(pipeline_parallel_size=1, data_parallel_size=2, straggler_factor=2.0)
    with pytest.raises(ValueError, match=r"straggler_factor=2\.0 .*data_parallel_size=2.*\(1\.0, 2\.0\)"):
        pl.Trainer(accelerator="cpu", devices=2, strategy=strategy, logger=False)
    # three ranks: the median is a peer's time, so any factor can be reached
    pl.Trainer(accelerator="cpu", devices=3, logger=False,
               strategy=ThreeDParallelStrategy(pipeline_parallel_size=1, data_parallel_size=3, straggler_factor=2.0))


def test_check_parallel_sizes():
    assert check_parallel_sizes(pipeline_parallel_size=2, data_parallel_size="auto", tensor_parallel_size=2,
                                world_size=8) == (2, 2, 2)
    with pytest.raises(ValueError, match="data_parallel_size='auto'.*world_size=6"):
        check_parallel_sizes(pipeline_parallel_size=4, data_parallel_size="auto", tensor_parallel_size=1, world_size=6)


@pytest.mark.parametrize("kwargs, match", [
    (dict(pipeline_parallel_size=0), "pipeline_parallel_size=0"),
    (dict(data_parallel_size=-1), "data_parallel_size=-1"),
    (dict(schedule="zb"), "schedule='zb'"),
    (dict(partition="greedy"), "partition='greedy'"),
    (dict(pipeline_parallel_size=2, partition=[3]), "partition=\\[3\\]"),
    (dict(pipeline_parallel_size=4, num_microbatches=2, schedule="1F1B"), "num_microbatches >= pipeline_parallel"),
    (dict(num_microbatches=0), "num_microbatches=0"),
    (dict(gradient_compression=object()), "gradient_compression="),
    (dict(straggler_factor=1.0), "straggler_factor=1.0"),
    (dict(straggler_patience=0), "straggler_patience=0"),
    (dict(check_every_n_steps=0), "check_every_n_steps=0"),
])
def test_bad_arguments(kwargs, match):
    with pytest.raises(ValueError, match=match):
        ThreeDParallelStrategy(**kwargs)


# --------------------------------------------------------------------------- the demo
@pytest.mark.slow
def test_demo_parallel_runs_two_gloo_ranks(tmp_path):
    exe = Path(sys.executable).with_name("lightwatch")
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=str(root), OMP_NUM_THREADS="1")
    proc = subprocess.run([str(exe), "demo", "--parallel", "--parallel-mesh", "2,1,1", "--steps", "20", "--port", "0",
                           "--no-stack", "--batch-size", "8"], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "lightwatch parallel demo summary" in proc.stdout
    assert "(2, 1, 1) on 2 gloo ranks" in proc.stdout
    for noise in ("GPU available", "TPU available", "Tip:", "`Trainer.fit` stopped"):  # quiet without --verbose
        assert noise not in proc.stdout + proc.stderr, (noise, proc.stderr[-3000:])
    assert "optimizer steps             20" in proc.stdout
    # the step time comes from the monitor's per-window records (a listener that failed is logged, not raised)
    assert "window_listener_failed" not in proc.stdout + proc.stderr
    assert re.search(r"median step \(rank 0\)\s+\d+\.\d ms over \d+ windows", proc.stdout), proc.stdout[-2000:]


def test_demo_parallel_mesh_is_checked():
    from lightning_plugins.parallel_demo import parse_mesh

    assert parse_mesh("2,2,1") == (2, 2, 1)
    for bad in ("2,2", "a,1,1", "0,2,1", "1,1,1"):
        with pytest.raises(ValueError, match="--parallel-mesh"):
            parse_mesh(bad)
