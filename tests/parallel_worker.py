"""One rank of a multi-process test run (launched by tests/parallel_launch.py, which forks it and calls
``main``; ``python tests/parallel_worker.py scenarios.json out`` runs it as a script as well).

Runs a list of scenarios (JSON) in one process group, so one launch checks several meshes.
Writes ``<out>/<name>-rank<r>.pt`` per scenario: per-step losses, the full (gathered) parameters
this rank owns, the strategy's last check, and metric samples; or the error text.

A scenario with ``"kill": {"rank": r, "step": k}`` is a fault injection: rank ``r`` SIGKILLs itself
in the forward pass of its step ``k`` (after writing ``<name>-killed.json`` with the time); every
other rank records the error it got, when, its optimizer steps, its parameters at that point and
after its last completed step, then leaves at once (``os._exit``: the process group is broken).
``"kind"`` picks what runs: ``"3d"`` (ThreeDParallelStrategy, default), ``"ddp"``
(CompressedDDPStrategy with ``"hook"`` = topk | powersgd | none) or ``"dps"`` (DPSPrecision under
Lightning's DDPStrategy).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
import traceback
from datetime import timedelta
from pathlib import Path

import pytorch_lightning as pl
import torch
from prometheus_client import CollectorRegistry
from pytorch_lightning.callbacks import ModelCheckpoint
from pytorch_lightning.strategies import DDPStrategy

from lightning_plugins import (
    CompressedDDPStrategy,
    DPSPrecision,
    NoCompression,
    PowerSGDCompression,
    ThreeDParallelStrategy,
    TopKCompression,
)
from lightning_plugins.models import TinyGPT, TokenDataModule
from monitor import PrometheusMonitor

# SGD with momentum: AdamW would turn the ~1e-9 rounding noise of exactly-zero gradients (the key
# bias: softmax ignores a constant key shift) into full-size updates, so parity could not be checked
MODEL = dict(vocab_size=32, seq_len=8, d_model=16, n_head=2, n_layer=4, optimizer="sgd", lr=0.05)


class Recorder(pl.Callback):
    def __init__(self, die_at: int | None = None):
        self.losses: list[float] = []
        self.checks: list[dict] = []
        self.die_at = die_at

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        self.losses.append(float(outputs["loss"]))
        check = getattr(trainer.strategy, "last_check", None)
        if check is not None and (not self.checks or self.checks[-1]["step"] != check["step"]):
            self.checks.append(dict(check))
        if self.die_at is not None and trainer.global_step >= self.die_at and trainer.global_rank == 1:
            os._exit(3)  # simulate a crashed rank: no cleanup, no goodbye


class FaultInjector(pl.Callback):
    """Kills rank ``rank`` in the forward pass of its optimizer step ``step``; keeps every rank's
    parameters after its last completed step (the state a failed step must leave untouched)."""

    def __init__(self, out: Path, name: str, rank: int, step: int):
        self.out, self.name, self.rank, self.step = out, name, rank, step
        self.last_good: dict[str, torch.Tensor] = {}
        self.last_good_step = 0

    def on_train_start(self, trainer, pl_module):
        self.last_good = local_params(pl_module)

        def maybe_die(_module, _args):
            if trainer.global_rank == self.rank and trainer.global_step == self.step:
                (self.out / f"{self.name}-killed.json").write_text(json.dumps({"time": time.time(), "rank": self.rank}))
                os.kill(os.getpid(), signal.SIGKILL)  # mid-step: no cleanup, no goodbye

        pl_module.register_forward_pre_hook(maybe_die)

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        self.last_good = local_params(pl_module)
        self.last_good_step = trainer.global_step


class TinyRegressor(pl.LightningModule):
    """212 parameters (one DDP bucket of <= 256 entries: top-k sends uint8 indices)."""

    def __init__(self):
        super().__init__()
        self.net = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.Tanh(), torch.nn.Linear(16, 4))

    def forward(self, x):
        return self.net(x)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return torch.nn.functional.mse_loss(self(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05)


class RegressionData(pl.LightningDataModule):
    def __init__(self, batch_size: int, num_samples: int = 512):
        super().__init__()
        self.batch_size, self.num_samples = batch_size, num_samples

    def train_dataloader(self):
        g = torch.Generator().manual_seed(0)
        x = torch.randn(self.num_samples, 8, generator=g)
        y = torch.tanh(x[:, :4] * 2)
        return torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=self.batch_size,
                                           drop_last=True)


HOOKS = {"topk": lambda: TopKCompression(0.25, warmup_steps=0), "none": NoCompression,
         "powersgd": lambda: PowerSGDCompression(rank=1, start_iter=2)}


class DelayedGPT(TinyGPT):
    """TinyGPT whose forward sleeps on one rank from a given step on (a straggler)."""

    def __init__(self, *, delay_rank: int, delay_from: int, delay_s: float, **kw):
        super().__init__(**kw)
        self.delay = (delay_rank, delay_from, delay_s)

    def training_step(self, batch, batch_idx):
        rank, start, seconds = self.delay
        if self.trainer.global_rank == rank and self.trainer.global_step >= start:
            time.sleep(seconds)
        return super().training_step(batch, batch_idx)


class CountingAllReduce:
    """The gradient_compression hook point with torch's plain all-reduce hook; counts calls."""

    def __init__(self):
        self.calls = 0

    def register(self, ddp_module, process_group) -> None:
        from torch.distributed.algorithms.ddp_comm_hooks import default_hooks

        def hook(state, bucket):
            self.calls += 1
            return default_hooks.allreduce_hook(state, bucket)

        ddp_module.register_comm_hook(process_group, hook)

    def state_dict(self):
        return {"calls": self.calls}

    def load_state_dict(self, state):
        self.calls = int(state["calls"])


def local_params(module) -> dict[str, torch.Tensor]:
    return {name: p.detach().clone() for name, p in module.named_parameters()}


def full_params(strategy, module) -> dict[str, torch.Tensor]:
    """This rank's parameters as full tensors (tensor-parallel shards gathered over tp)."""
    from torch.distributed.tensor import DTensor

    out = {}
    for name, p in module.named_parameters():
        spec = strategy._sharded.get(p)
        if spec is not None:
            dt = DTensor.from_local(p.detach(), spec.mesh, spec.placements, run_check=False, shape=spec.shape,
                                    stride=spec.stride)
            out[name] = dt.full_tensor().clone()
        else:
            out[name] = p.detach().clone()
    return out


def build(sc: dict, world: int, registry: CollectorRegistry):
    """(strategy, plugins, model, datamodule, compression) of a scenario."""
    timeout = timedelta(seconds=sc.get("timeout", 60))
    kind = sc.get("kind", "3d")
    if kind in ("ddp", "dps"):
        compression = HOOKS[sc["hook"]]() if kind == "ddp" else None
        strategy = (CompressedDDPStrategy(compression=compression, timeout=timeout) if kind == "ddp"
                    else DDPStrategy(process_group_backend="gloo", timeout=timeout))
        plugins = [DPSPrecision(check_every=5, registry=registry)] if kind == "dps" else []
        torch.manual_seed(0)
        return strategy, plugins, TinyRegressor(), RegressionData(sc["batch"] // world), compression
    pp, dp, tp = sc["mesh"]
    compression = {None: None, False: None, True: CountingAllReduce(),
                   "topk": TopKCompression(0.25, warmup_steps=2)}[sc.get("compression")]
    # with a PrometheusMonitor attached, nothing else is given a registry or run name
    labels = {} if sc.get("monitor") else dict(registry=registry, run_name=sc["name"])
    strategy = ThreeDParallelStrategy(
        pp, dp, tp, num_microbatches=sc.get("microbatches", 2 * pp if pp > 1 else 1),
        schedule=sc.get("schedule", "1F1B"), partition=sc.get("partition", "uniform"),
        gradient_compression=compression, check_every_n_steps=sc.get("check_every", 10), timeout=timeout,
        **{k: sc[k] for k in ("straggler_factor",) if k in sc}, **labels)  # else the strategy's own default
    plugins = [DPSPrecision(check_every=5)] if sc.get("dps") else []
    torch.manual_seed(0)
    model_kw = dict(MODEL, **sc.get("model", {}))
    model = DelayedGPT(**sc["delay"], **model_kw) if "delay" in sc else TinyGPT(**model_kw)
    data = TokenDataModule(num_samples=sc.get("samples", 10 * sc["batch"]), seq_len=model_kw["seq_len"],
                           vocab_size=model_kw["vocab_size"], batch_size=sc["batch"] // dp)
    return strategy, plugins, model, data, compression


def run_scenario(sc: dict, out: Path, world: int, rank: int) -> bool:
    """Run one scenario; False when it failed unexpectedly (the ranks may now disagree: stop)."""
    registry = CollectorRegistry()
    strategy, plugins, model, data, compression = build(sc, world, registry)
    callbacks: list = [Recorder(die_at=sc.get("die_at"))]
    recorder = callbacks[0]
    injector = FaultInjector(out, sc["name"], **sc["kill"]) if "kill" in sc else None
    if injector is not None:
        callbacks.append(injector)
    if sc.get("monitor"):  # the run is named once, here
        callbacks.append(PrometheusMonitor(run_name=sc["monitor"], registry=registry, serve=False))
    if sc.get("checkpoint_every"):  # a distributed checkpoint folder per save: <out>/<name>/step=N.ckpt
        callbacks.append(ModelCheckpoint(dirpath=out / sc["name"], filename="{step}", save_top_k=-1,
                                         every_n_train_steps=sc["checkpoint_every"]))
    trainer = pl.Trainer(
        accelerator="cpu", devices=world, strategy=strategy, plugins=plugins, max_steps=sc["steps"],
        callbacks=callbacks, logger=False, enable_checkpointing=bool(sc.get("checkpoint_every")),
        enable_progress_bar=False, enable_model_summary=False, num_sanity_val_steps=0, default_root_dir=str(out))
    result: dict = {"name": sc["name"], "rank": rank}
    try:
        trainer.fit(model, datamodule=data, ckpt_path=sc.get("resume"))
        result.update(losses=recorder.losses, checks=recorder.checks, params=full_params(strategy, model),
                      stage_sizes=getattr(strategy, "stage_sizes", None),
                      coords=getattr(strategy, "coordinates", None),
                      compression_calls=getattr(compression, "calls", None),
                      straggler=registry.get_sample_value("lightwatch_straggler", {"run": sc["name"], "rank": str(rank)}),
                      samples={s.name + str(sorted(s.labels.items())): s.value
                               for metric in registry.collect() for s in metric.samples})
    except Exception as exc:  # reported to the test, which decides whether it was expected
        result.update(error=f"{type(exc).__name__}: {exc}", traceback=traceback.format_exc(),
                      error_type=type(exc).__name__, error_time=time.time(),
                      lost_ranks=list(getattr(exc, "lost_ranks", ())))
        if injector is not None:
            result.update(global_step=trainer.global_step, params_after_error=local_params(model),
                          last_good_params=injector.last_good, last_good_step=injector.last_good_step)
    torch.save(result, out / f"{sc['name']}-rank{rank}.pt")
    if injector is not None:
        sys.stderr.flush()
        os._exit(0 if "error" in result else 1)  # the process group is broken: no teardown
    return "error" not in result or sc.get("expect_error", False)


def main(argv: list[str] | None = None) -> int:
    """``argv`` = [scenarios.json, out folder] (default: the command line's)."""
    spec, out = sys.argv[1:3] if argv is None else argv
    scenarios = json.loads(Path(spec).read_text())
    out = Path(out)
    world, rank = int(os.environ["WORLD_SIZE"]), int(os.environ["RANK"])
    for sc in scenarios:
        if not run_scenario(sc, out, world, rank):
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
