"""Gradient compression: top-k + error feedback, PowerSGD, CompressedDDPStrategy (CPU, gloo).

One 2-process gloo launch runs every distributed check (process start-up dominates on 2 cores):
replica drift after every step, exact byte accounting vs the analytic volume, convergence of
top-k 5 % with/without error feedback vs dense (500 steps), and Lightning resume of the residuals.
Each rank writes its findings to a JSON file; the test process asserts on them.
"""

from __future__ import annotations

import gc
import json
import math
import os
import subprocess
from pathlib import Path

import pytest
import torch
import torch.distributed as dist
import torch.nn.functional as F
from prometheus_client import CollectorRegistry
from torch import nn

from lightning_plugins import CompressedDDPStrategy, NoCompression, PowerSGDCompression, TopKCompression
from lightning_plugins.gradient_compression import allgather_bytes, allreduce_bytes, index_dtype, topk_k
from monitor import metrics as M
from monitor.exporter import free_port
from tests.forked_ranks import ROOT, Rank, read_logs, wait_all

WORLD = 2
DENSITY = 0.05
CONVERGENCE_STEPS = 500
LAUNCH_TIMEOUT_S = 300  # ~20 s on an idle 2-core machine


# --------------------------------------------------------------------------- fast, in-process


@pytest.mark.parametrize("density", [0, 0.0, -0.1, 1.5, float("nan"), "0.05", True])
def test_topk_rejects_bad_density(density):
    with pytest.raises(ValueError, match="density"):
        TopKCompression(density=density)


@pytest.mark.parametrize("kwargs, name", [
    ({"warmup_steps": -1}, "warmup_steps"), ({"warmup": "linear"}, "warmup"),
    ({"error_feedback": 1}, "error_feedback"), ({"stats_every_n_steps": 0}, "stats_every_n_steps"),
    ({"run_name": ""}, "run_name"),
])
def test_topk_rejects_bad_options(kwargs, name):
    with pytest.raises(ValueError, match=name):
        TopKCompression(density=0.05, **kwargs)


@pytest.mark.parametrize("kwargs, name", [
    ({"rank": 0}, "rank"), ({"rank": -2}, "rank"), ({"rank": 1.5}, "rank"),
    ({"rank": 1, "start_iter": 1}, "start_iter"), ({"rank": 1, "min_compression_rate": -1}, "min_compression_rate"),
])
def test_powersgd_rejects_bad_arguments(kwargs, name):
    with pytest.raises(ValueError, match=name):
        PowerSGDCompression(**kwargs)


def test_strategy_rejects_bad_arguments():
    with pytest.raises(ValueError, match="compression"):
        CompressedDDPStrategy(compression="topk")
    with pytest.raises(ValueError, match="ddp_comm_hook"):
        CompressedDDPStrategy(compression=TopKCompression(), ddp_comm_hook=lambda s, b: None)


def test_analytic_helpers():
    assert [index_dtype(n)[0] for n in (2, 256, 257, 65536, 65537, 1 << 32)] == \
        [torch.uint8, torch.uint8, torch.int16, torch.int16, torch.int32, torch.int32]
    assert index_dtype(65536)[1] == -32768 and index_dtype((1 << 32) + 1)[0] == torch.int64
    assert topk_k(9610, 0.05) == 481 and topk_k(3, 0.01) == 1 and topk_k(10, 1.0) == 10
    assert allreduce_bytes(400, 2) == 400 and allreduce_bytes(400, 4) == 600
    assert allgather_bytes(100, 4) == 300


def test_state_dicts_round_trip_before_registration():
    topk = TopKCompression(0.1)
    topk.load_state_dict({"kind": "topk", "iteration": 7, "residuals": {3: torch.arange(4.0)}})
    sd = topk.state_dict()
    assert sd["iteration"] == 7 and torch.equal(sd["residuals"][3], torch.arange(4.0))
    with pytest.raises(ValueError, match="TopKCompression"):
        topk.load_state_dict(PowerSGDCompression().state_dict())
    psgd = PowerSGDCompression(rank=2, start_iter=3)
    psgd.state.rng.randint(10)
    sd = psgd.state_dict()
    other = PowerSGDCompression(rank=2, start_iter=3)
    other.load_state_dict(sd)
    assert other.state.rng.randint(1 << 30) == psgd.state.rng.randint(1 << 30)


# --------------------------------------------------------------------------- the 2-process launch


def _mlp(hidden: int) -> nn.Module:
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(64, hidden), nn.GELU(), nn.Linear(hidden, 10))


def _flat_params(module: nn.Module) -> torch.Tensor:
    return torch.cat([p.detach().flatten() for p in module.parameters()])  # (P,)


def _train(compression, *, hidden: int, steps: int, lr: float, bucket_cap_mb: float = 25.0,
           drift_check: bool = False, seed: int = 0) -> dict:
    """Raw DDP on digits: returns the final full-train-set loss and, optionally, the max replica drift."""
    from monitor.demo_model import digits_tensors

    (x, y), _ = digits_tensors()
    model = _mlp(hidden)
    ddp = torch.nn.parallel.DistributedDataParallel(model, bucket_cap_mb=bucket_cap_mb)
    compression.register(ddp, None)
    opt = torch.optim.SGD(ddp.parameters(), lr=lr, momentum=0.9)
    gen = torch.Generator().manual_seed(seed * 100 + dist.get_rank())
    max_drift = 0.0
    for _ in range(steps):
        idx = torch.randint(0, len(x), (32,), generator=gen)
        loss = F.cross_entropy(ddp(x[idx]), y[idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
        if drift_check:  # every step: every rank's parameters equal rank 0's, bit for bit
            flat = _flat_params(model)
            ref = flat.clone()
            dist.broadcast(ref, src=0)
            max_drift = max(max_drift, float((flat - ref).abs().max()))
    with torch.no_grad():
        final = float(F.cross_entropy(model(x), y))
    return {"loss": final, "drift": max_drift, "buckets": compression.num_buckets, "numel": sum(p.numel() for p in model.parameters()),
            "shapes": [list(p.shape) for p in model.parameters()]}


def _series(registry, spec, **labels) -> float:
    value = registry.get_sample_value(spec.series, {"run": "t", "rank": str(dist.get_rank()), **labels})
    return 0.0 if value is None else value


def _accounting_checks() -> dict:
    out = {}
    for name, make in {
        "topk": lambda r: TopKCompression(DENSITY, warmup_steps=3, registry=r, run_name="t"),
        "topk_exp": lambda r: TopKCompression(DENSITY, warmup_steps=4, warmup="exponential", registry=r, run_name="t"),
        "topk_noef": lambda r: TopKCompression(DENSITY, error_feedback=False, warmup_steps=0, registry=r, run_name="t"),
        "powersgd": lambda r: PowerSGDCompression(rank=1, start_iter=2, registry=r, run_name="t"),
        "none": lambda r: NoCompression(registry=r, run_name="t"),
    }.items():
        registry = CollectorRegistry()
        comp = make(registry)
        res = _train(comp, hidden=48, steps=12, lr=0.05, drift_check=True)
        res["uncompressed"] = _series(registry, M.GRADCOMP_UNCOMPRESSED_BYTES)
        res["sent"] = _series(registry, M.GRADCOMP_SENT_BYTES)
        res["comm_bytes"] = {k: _series(registry, M.COMM_BYTES, kind=k) for k in ("all_reduce", "all_gather")}
        res["ratio"] = _series(registry, M.GRADCOMP_RATIO)
        res["exposed"] = registry.get_sample_value(M.EXPOSED_COMM.series, {"run": "t", "rank": str(dist.get_rank())})
        res["residual_norm"] = comp.residual_norm()
        out[name] = res
    # several buckets (64->256->10 with 10 kB buckets: 2 buckets; drift only, the layout is DDP's)
    out["topk_buckets"] = _train(TopKCompression(DENSITY, warmup_steps=2, registry=CollectorRegistry()), hidden=256,
                                 steps=8, lr=0.05, bucket_cap_mb=0.01, drift_check=True)
    # PowerSGD issues collectives from future callbacks: several buckets on gloo must not abort
    out["powersgd_buckets"] = _train(PowerSGDCompression(rank=2, start_iter=2, registry=CollectorRegistry()),
                                     hidden=256, steps=8, lr=0.05, bucket_cap_mb=0.01, drift_check=True)
    return out


def _convergence_checks() -> dict:
    runs = {
        "dense": NoCompression(registry=CollectorRegistry()),
        "topk_ef": TopKCompression(DENSITY, warmup_steps=10, registry=CollectorRegistry()),
        "topk_no_ef": TopKCompression(DENSITY, error_feedback=False, warmup_steps=10, registry=CollectorRegistry()),
    }
    return {name: _train(comp, hidden=64, steps=CONVERGENCE_STEPS, lr=0.05, seed=1)["loss"]
            for name, comp in runs.items()}


def _recording(cls):
    """``cls`` that records, per step, DDP's bucket layout and what each reduction saw: the parameter
    indices of each reduced bucket, its buffer's alignment and its gradients' storage offsets."""

    class Recording(cls):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.ddp_layouts: list[list[list[int]]] = []
            self.reduced: list[list[dict]] = []

        def _hook(self, bucket):
            if bucket.index() == 0:
                self.ddp_layouts.append([])
            self.ddp_layouts[-1].append(self._keys(bucket))
            return super()._hook(bucket)

        def _launch(self, bucket):
            if bucket.index() == 0:
                self.reduced.append([])
            self.reduced[-1].append({"keys": self._keys(bucket), "align64": bucket.buffer().data_ptr() % 64,
                                     "offsets": [g.storage_offset() for g in bucket.gradients()]})
            return super()._launch(bucket)

    return Recording


def _resume_checks(tmp: Path) -> dict:
    """12 uninterrupted steps (checkpoint at step 6) vs resume from step 6 to 12 through
    ``Trainer.fit(ckpt_path=...)``: bit-identical results, and every resumed step reduces the same
    buckets (parameters, order, buffer alignment, gradient offsets) as the uninterrupted run did."""
    import pytorch_lightning as pl
    from pytorch_lightning.callbacks import ModelCheckpoint
    from torch.utils.data import DataLoader, TensorDataset

    from lightning_plugins.gradient_compression import CHECKPOINT_KEY
    from monitor.demo_model import DigitsMLP, digits_tensors

    (x, y), _ = digits_tensors()
    data = TensorDataset(x[:384], y[:384])  # 384 / 2 ranks / 32 = 6 steps per epoch

    def fit(compression, ckpt_dir=None, ckpt_in=None):
        pl.seed_everything(0, verbose=False)
        model = DigitsMLP(hidden=32, lr=3e-3)
        callbacks = [ModelCheckpoint(dirpath=ckpt_dir, every_n_train_steps=6, save_top_k=-1)] if ckpt_dir else []
        # 4 kB buckets: several of them, and DDP's rebuilt buckets differ from its initial ones
        strategy = CompressedDDPStrategy(compression=compression, bucket_cap_mb=0.004)
        trainer = pl.Trainer(accelerator="cpu", devices=WORLD, strategy=strategy,
                             max_steps=12, logger=False, enable_checkpointing=bool(ckpt_dir), callbacks=callbacks,
                             enable_progress_bar=False, enable_model_summary=False, num_sanity_val_steps=0,
                             limit_val_batches=0)
        trainer.fit(model, DataLoader(data, batch_size=32, shuffle=True, drop_last=True), ckpt_path=ckpt_in)
        return _flat_params(model), compression.state_dict()

    def tensors(state: dict) -> dict:
        return state.get("residuals") or state.get("error_dict") or {}

    out = {}
    makers = globals().get("_MAKERS") or {
        "topk": lambda: _recording(TopKCompression)(DENSITY, warmup_steps=2, registry=CollectorRegistry()),
        "powersgd": lambda: _recording(PowerSGDCompression)(rank=1, start_iter=2, registry=CollectorRegistry()),
        "none": lambda: _recording(NoCompression)(registry=CollectorRegistry())}
    for name, make in makers.items():
        full_hook = make()
        full, full_state = fit(full_hook, ckpt_dir=tmp / name)
        ckpt = tmp / name / "epoch=0-step=6.ckpt"
        saved = torch.load(ckpt, weights_only=True)[CHECKPOINT_KEY]
        half_state = saved["states"][dist.get_rank()]
        resumed_hook = make()
        resumed, resumed_state = fit(resumed_hook, ckpt_in=str(ckpt))
        a, b = tensors(full_state), tensors(resumed_state)
        out[name] = {"params_equal": bool(torch.equal(full, resumed)),
                     "residual_equal": sorted(a) == sorted(b) and all(torch.equal(a[k], b[k]) for k in a),
                     "iteration": [s.get("iteration") for s in (half_state, resumed_state, full_state)],
                     "saved_world_size": saved["world_size"], "saved_layout": half_state["layout"],
                     "half_residual_abs_sum": sum(float(v.abs().sum()) for v in tensors(half_state).values()),
                     "param_diff": float((full - resumed).abs().max()),
                     "full_reduced": full_hook.reduced, "resumed_reduced": resumed_hook.reduced,
                     "full_ddp_layouts": full_hook.ddp_layouts, "resumed_ddp_layouts": resumed_hook.ddp_layouts}
        if name == "topk":  # control: the same resume with the residuals dropped does diverge
            forgetful = make()
            forgetful.load_state_dict = lambda state: None
            dropped, _ = fit(forgetful, ckpt_in=str(ckpt))
            out[name]["dropped_residuals_equal"] = bool(torch.equal(full, dropped))
    return out


def _worker(rank: int, port: int, tmp: str) -> None:
    # Lightning sees these and leaves process creation to us (LightningEnvironment)
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), WORLD_SIZE=str(WORLD), RANK=str(rank),
                      LOCAL_RANK=str(rank), NODE_RANK="0", OMP_NUM_THREADS="1")
    torch.set_num_threads(1)
    # a file store: no race for a TCP port with other jobs on the machine
    dist.init_process_group("gloo", init_method=f"file://{tmp}/store", rank=rank, world_size=WORLD)
    result = {"accounting": _accounting_checks(), "convergence": _convergence_checks(),
              "resume": _resume_checks(Path(tmp))}
    Path(tmp, f"rank{rank}.json").write_text(json.dumps(result))
    # free every DDP module / hook state (they hold the process group) on this thread, while the
    # group still exists: a gloo group destroyed from one of its own worker threads aborts the process
    gc.collect()
    dist.barrier()
    dist.destroy_process_group()


def _rank_main(argv: list) -> int:
    """One rank, forked by tests/forked_ranks.py: ``argv`` = [rank, port, tmp]."""
    _worker(int(argv[0]), int(argv[1]), str(argv[2]))
    return 0


@pytest.fixture(scope="module")
def two_rank_results(tmp_path_factory) -> list[dict]:
    # the ranks are forked from a server that imported torch and Lightning once (tests/forked_ranks.py),
    # not spawned as fresh interpreters that import them again
    tmp = tmp_path_factory.mktemp("gradcomp")
    port = free_port()
    logs = [open(tmp / f"rank{rank}.log", "a+") for rank in range(WORLD)]
    ranks = [Rank("tests.test_gradient_compression:_rank_main", [rank, port, str(tmp)], env=dict(os.environ),
                  cwd=ROOT, log=log, stdout=log) for rank, log in enumerate(logs)]
    try:
        codes = wait_all(ranks, LAUNCH_TIMEOUT_S)  # never leaves a hung rank behind
    except subprocess.TimeoutExpired:
        pytest.fail(f"the {WORLD}-process gloo launch did not finish in {LAUNCH_TIMEOUT_S} s (hung collective?):\n"
                    f"{read_logs(logs)}")
    finally:
        text = read_logs(logs)
        for log in logs:
            log.close()
    assert codes == [0] * WORLD, f"exit codes {codes}:\n{text}"
    return [json.loads((tmp / f"rank{r}.json").read_text()) for r in range(WORLD)]


def _expected_bytes(name: str, numel: int, shapes: list[list[int]], steps: int = 12) -> float:
    """Analytic per-rank volume of one-bucket runs: ring all-reduce 2(W-1)/W*B, ring all-gather (W-1)*payload."""
    dense_step = allreduce_bytes(4 * numel, WORLD)
    if name == "none":
        return steps * dense_step
    if name == "powersgd":  # start_iter=2 dense steps, then uncompressed vectors + P (n x 1) + Q (m x 1)
        reduced = 0
        for shape in shapes:
            n, m = shape[0], math.prod(shape[1:]) if len(shape) > 1 else 1
            reduced += (n + m) if len(shape) > 1 and 2 * (n + m) < n * m else n * m
        return 2 * dense_step + (steps - 2) * allreduce_bytes(4 * reduced, WORLD)
    index_bytes = torch.empty(0, dtype=index_dtype(numel)[0]).element_size()
    assert index_bytes == 2  # 48-hidden MLP: 3 658 entries -> int16 indices

    def topk_step(density):
        return allgather_bytes(topk_k(numel, density) * (4 + index_bytes), WORLD)

    if name == "topk":
        return 3 * dense_step + 9 * topk_step(DENSITY)
    if name == "topk_exp":
        return sum(topk_step(DENSITY ** ((t + 1) / 4)) for t in range(4)) + 8 * topk_step(DENSITY)
    return steps * topk_step(DENSITY)  # topk_noef: no warm-up


@pytest.mark.slow
def test_replicas_never_drift(two_rank_results):
    for rank_result in two_rank_results:
        assert rank_result["accounting"]["topk_buckets"]["buckets"] >= 2
        assert rank_result["accounting"]["powersgd_buckets"]["buckets"] >= 2
        for name, res in rank_result["accounting"].items():
            assert res["drift"] == 0.0, f"{name}: replicas drifted by {res['drift']}"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["topk", "topk_exp", "topk_noef", "powersgd", "none"])
def test_bytes_equal_the_analytic_volume(two_rank_results, name):
    for rank_result in two_rank_results:
        res = rank_result["accounting"][name]
        expected = _expected_bytes(name, res["numel"], res["shapes"])
        assert res["sent"] == pytest.approx(expected, rel=1e-12)
        assert res["uncompressed"] == pytest.approx(12 * allreduce_bytes(4 * res["numel"], WORLD), rel=1e-12)
        assert sum(res["comm_bytes"].values()) == pytest.approx(res["sent"], rel=1e-12)
        assert 0.0 <= res["exposed"] <= 1.0
        if name == "topk":  # 5 % with int16 indices at 2 ranks: 0.075x a dense all-reduce
            step_topk = allgather_bytes(topk_k(res["numel"], DENSITY) * 6, WORLD)
            assert res["ratio"] == pytest.approx(allreduce_bytes(4 * res["numel"], WORLD) / step_topk)
            assert res["ratio"] > 10
    ef, no_ef = two_rank_results[0]["accounting"]["topk"], two_rank_results[0]["accounting"]["topk_noef"]
    assert ef["residual_norm"] > 0 and no_ef["residual_norm"] is None


@pytest.mark.slow
def test_topk_with_error_feedback_converges_like_dense(two_rank_results):
    losses = two_rank_results[0]["convergence"]
    print(f"\nfinal train loss after {CONVERGENCE_STEPS} steps: {losses}")
    assert two_rank_results[1]["convergence"] == losses  # same model on both ranks
    assert losses["topk_ef"] <= 1.03 * losses["dense"], losses
    assert losses["topk_no_ef"] >= 1.15 * losses["dense"], losses  # clearly worse without error feedback


@pytest.mark.slow
@pytest.mark.parametrize("name", ["topk", "powersgd", "none"])
def test_resume_restores_residuals_bit_exactly(two_rank_results, name):
    for rank_result in two_rank_results:
        res = rank_result["resume"][name]
        if name != "none":
            assert res["half_residual_abs_sum"] > 0  # there was a residual to lose
            assert res["iteration"] == [6, 12, 12]
        assert res["saved_world_size"] == WORLD
        assert res["params_equal"], f"max |diff| {res['param_diff']}"
        assert res["residual_equal"]
        if name == "topk":
            assert res["dropped_residuals_equal"] is False  # restoring them is what makes the run equal


@pytest.mark.slow
@pytest.mark.parametrize("name", ["topk", "powersgd", "none"])
def test_resumed_steps_reduce_the_same_buckets_as_the_uninterrupted_run(two_rank_results, name):
    """The structure behind bit-exact resume, on any CPU: a resumed run's first step comes in DDP's
    initial bucket layout, yet every resumed step reduces the same parameters in the same order, in
    buffers with the same alignment and offsets, as the uninterrupted run did at that step (so no
    BLAS kernel, top-k selection or all-reduce sees different memory)."""
    for rank_result in two_rank_results:
        res = rank_result["resume"][name]
        full, resumed = res["full_reduced"], res["resumed_reduced"]
        assert len(full) == 12 and len(resumed) == 6
        assert resumed == full[6:]
        assert [b["keys"] for b in full[6]] == res["saved_layout"]  # the checkpoint named the layout
        # the case that needs it: DDP's own first resumed step has other buckets than the reference
        assert res["resumed_ddp_layouts"][0] != res["saved_layout"]
        assert res["resumed_ddp_layouts"][1:] == res["full_ddp_layouts"][7:]  # after DDP's rebuild: equal
        assert all(b["align64"] == 0 for step in full + resumed for b in step)


def test_topk_on_a_single_rank_trains(registry):
    """World size 1 (a user's first try on a laptop): the gathered payload is one row, decoded as well."""
    import pytorch_lightning as pl
    from torch.utils.data import DataLoader, TensorDataset

    from lightning_plugins import CompressedDDPStrategy, TopKCompression
    from monitor.demo_model import DigitsMLP, digits_tensors

    import os

    import torch.distributed as dist

    (xt, yt), _ = digits_tensors()
    hook = TopKCompression(density=0.05, warmup_steps=0, registry=registry, run_name="one")
    trainer = pl.Trainer(max_steps=5, accelerator="cpu", devices=1, strategy=CompressedDDPStrategy(hook),
                         logger=False, enable_checkpointing=False, enable_progress_bar=False,
                         enable_model_summary=False)
    env = dict(os.environ)
    try:
        trainer.fit(DigitsMLP(hidden=33), DataLoader(TensorDataset(xt, yt), batch_size=32))
    finally:  # in-process DDP: free its store port and the MASTER_* variables later subprocesses would inherit
        if dist.is_initialized():
            dist.destroy_process_group()
        os.environ.clear()
        os.environ.update(env)
    assert trainer.global_step == 5 and hook.iteration == 5
