"""Every lightwatch callback and plugin attached to one real CPU run, named once, then resumed.

One scenario (module fixture), several checks, so a failure names the piece that broke:

1. fit 8 steps with PrometheusMonitor(run_name="exp1", fresh registry), DPSPrecision (its CPU
   form), AnomalyCallback, DataQualityMonitor, a KLCalibratedSampler-drawn loader, PQCFCompression
   and ModelCheckpoint; no other plugin gets ``run_name=`` or ``registry=`` (issue 14: one run
   context, found through the Trainer);
2. a *new* Trainer with new callbacks and a new model resumes with ``trainer.fit(model,
   ckpt_path=...)`` under torch's default ``weights_only`` (issue 13: every lightwatch object in a
   checkpoint loads as plain data) and trains to step 14.

Checked: the resumed run starts at the saved step and continues; every callback's and the
precision plugin's state is back at ``on_train_start``; every lightwatch series written — in the
monitor's registry or anywhere else — carries ``run="exp1"``, and each plugin's series are in the
monitor's registry.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from monitor._lightning import pl
import torch
from prometheus_client import CollectorRegistry
from monitor._lightning import sub as _lightning_sub
ModelCheckpoint = _lightning_sub("callbacks").ModelCheckpoint
from torch.utils.data import DataLoader

from anomaly import AnomalyCallback
from lightning_plugins import DPSPrecision, PQCFCompression
from monitor import DataQualityMonitor, KLCalibratedSampler, PrometheusMonitor
from monitor import metrics as M
from monitor.demo_model import DigitsDataModule, DigitsMLP

RUN = "exp1"
FIRST_STEPS, RESUMED_STEPS = 8, 14

#: plugin -> catalogue series it must write into the monitor's registry during the first fit
PRODUCERS = {
    "monitor": (M.SAMPLES.series, M.SAMPLES_PER_SECOND.series, M.OPTIMIZER_STEPS.series),
    "dps": (M.DPS_LOSS_SCALE.series,),
    "data_quality": (M.DATA_LABEL_PSI.series, M.DATA_FEATURE_DRIFT_MAX.series),
    "sampler": (M.SAMPLER_KL.series,),
    "anomaly": (M.ANOMALY_OBSERVED.series, M.ANOMALY_SCORE.series),
    "pqcf": (M.PQCF_COMPRESSION_RATIO.series, M.PQCF_MODEL_BYTES.series),
}


class SampledDigits(DigitsDataModule):
    """The demo's digits drawn by a KLCalibratedSampler toward uniform labels."""

    def train_dataloader(self):
        sampler = KLCalibratedSampler(self.train_set.tensors[1], target="uniform", seed=self.seed)
        return DataLoader(self.train_set, batch_size=self.batch_size, sampler=sampler, drop_last=True)

    def val_dataloader(self):
        return DataLoader(self.val_set, batch_size=64)


class AtTrainStart(pl.Callback):
    """Records what each piece holds when training (re)starts: after the checkpoint is restored."""

    def __init__(self, run: "Run") -> None:
        self.run = run
        self.seen: dict = {}

    def on_train_start(self, trainer, pl_module):
        self.seen = {"global_step": trainer.global_step, "states": _states(self.run)}


@dataclass
class Run:
    registry: CollectorRegistry
    monitor: PrometheusMonitor
    dps: DPSPrecision
    anomaly: AnomalyCallback
    dq: DataQualityMonitor
    pqcf: PQCFCompression
    ckpt: ModelCheckpoint
    trainer: pl.Trainer = None
    probe: AtTrainStart = None
    error: BaseException | None = None
    end: dict = field(default_factory=dict)


def _attach(root: Path, max_steps: int, pqcf_dir: Path) -> Run:
    registry = CollectorRegistry()
    monitor = PrometheusMonitor(run_name=RUN, registry=registry, port=0, log_every_n_steps=2)  # named once
    run = Run(
        registry=registry,
        monitor=monitor,
        dps=DPSPrecision(device="cpu", check_every=2),
        anomaly=AnomalyCallback(monitor),
        dq=DataQualityMonitor(num_classes=10, every_n_steps=2, reference_batches=2),
        pqcf=PQCFCompression(pqcf_dir, size_ratio=0.5, hutchinson_samples=2, calib_batches=1, distill_steps=0,
                             heldout_batches=1, latency_repeats=2, latency_batch_size=8, verbose=False),
        ckpt=ModelCheckpoint(dirpath=root / "ckpt", every_n_train_steps=4, save_top_k=-1,
                             filename="{step}"),
    )
    run.probe = AtTrainStart(run)
    run.trainer = pl.Trainer(
        max_steps=max_steps, accelerator="cpu", devices=1, logger=False, plugins=[run.dps],
        callbacks=[run.monitor, run.anomaly, run.dq, run.pqcf, run.ckpt, run.probe],
        enable_progress_bar=False, enable_model_summary=False, num_sanity_val_steps=0,
        limit_val_batches=1, val_check_interval=4, default_root_dir=root, log_every_n_steps=2)
    return run


def _states(run: Run) -> dict:
    """A deep copy of every stateful piece's ``state_dict()``, keyed as the checkpoint keys them."""
    return copy.deepcopy({"AnomalyCallback": run.anomaly.state_dict(), "DataQualityMonitor": run.dq.state_dict(),
                          "PQCFCompression": run.pqcf.state_dict(), "DPSPrecision": run.dps.state_dict()})


def _same(a, b, path="state") -> list[str]:
    """Where two plain checkpoint states differ (tensors by value, NaN equal to NaN)."""
    if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
        ok = isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor) and torch.equal(
            torch.nan_to_num(a.detach().cpu(), nan=0.5), torch.nan_to_num(b.detach().cpu(), nan=0.5))
        return [] if ok else [path]
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return [f"{path}: keys {sorted(map(str, a))} != {sorted(map(str, b))}"]
        return [d for k in a for d in _same(a[k], b[k], f"{path}[{k!r}]")]
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        if len(a) != len(b):
            return [f"{path}: length {len(a)} != {len(b)}"]
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in _same(x, y, f"{path}[{i}]")]
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return []
    return [] if a == b else [f"{path}: {a!r} != {b!r}"]


def _lightwatch_samples(registry: CollectorRegistry) -> list[tuple[str, dict]]:
    return [(s.name, dict(s.labels)) for fam in registry.collect() if fam.name.startswith(M.PREFIX)
            for s in fam.samples]


def _fit(run: Run, **kw) -> None:
    pl.seed_everything(0, verbose=False)
    try:
        run.trainer.fit(DigitsMLP(hidden=32), datamodule=SampledDigits(batch_size=16), **kw)
    except Exception as exc:  # each check below reports what it needs of the run
        run.error = exc
    run.end = {"global_step": run.trainer.global_step, "states": _states(run)}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("all_plugins")
    before = set(map(repr, _lightwatch_samples(M.REGISTRY)))  # lightwatch's default registry, shared
    first = _attach(root / "first", FIRST_STEPS, root / "pqcf")
    _fit(first)
    ckpt = root / "first" / "ckpt" / f"step={FIRST_STEPS}.ckpt"
    resumed = _attach(root / "resumed", RESUMED_STEPS, root / "pqcf")  # the same options, as a user resumes
    if ckpt.exists():
        _fit(resumed, ckpt_path=str(ckpt))
    stray = [s for s in _lightwatch_samples(M.REGISTRY) if repr(s) not in before]
    return first, resumed, ckpt, stray


def test_first_fit_runs_with_everything_attached(runs):
    first, _, ckpt, _ = runs
    assert first.error is None, f"first fit failed: {first.error!r}"
    assert first.trainer.global_step == FIRST_STEPS and ckpt.exists()
    assert first.pqcf.result is not None  # compressed after fit


def test_checkpoint_loads_under_default_weights_only(runs):
    _, _, ckpt, _ = runs
    state = torch.load(ckpt)  # torch's default: weights_only=True
    # the stateful pieces are all in it (PrometheusMonitor keeps no state: it counts from global_step)
    assert {"AnomalyCallback", "DataQualityMonitor", "PQCFCompression"} <= {k.split("{")[0] for k in state["callbacks"]}
    assert state["global_step"] == FIRST_STEPS and "DPSPrecision" in state


def test_resume_through_fit_ckpt_path_continues(runs):
    first, resumed, _, _ = runs
    assert resumed.error is None, f"resume failed: {resumed.error!r}"
    assert resumed.probe.seen["global_step"] == FIRST_STEPS  # starts where the checkpoint left off
    assert resumed.trainer.global_step == RESUMED_STEPS
    steps = resumed.registry.get_sample_value(M.OPTIMIZER_STEPS.series, {"run": RUN, "rank": "0"})
    assert steps == RESUMED_STEPS - FIRST_STEPS  # counted from the restored step, not from zero


@pytest.mark.parametrize("piece", ["AnomalyCallback", "DataQualityMonitor", "PQCFCompression", "DPSPrecision"])
def test_resume_restores_each_pieces_state(runs, piece):
    _, resumed, ckpt, _ = runs
    assert resumed.error is None, f"resume failed: {resumed.error!r}"
    saved = torch.load(ckpt, weights_only=False)  # this test compares; the weights_only test above loads
    stored = saved[piece] if piece in saved else next(v for k, v in saved["callbacks"].items()
                                                      if k.split("{")[0] == piece)
    restored = resumed.probe.seen["states"][piece]  # at on_train_start of the resumed fit
    assert not _same(stored, restored), _same(stored, restored)[:5]
    # and the resumed run went on from there (the pieces that change per step changed)
    if piece in ("AnomalyCallback", "DPSPrecision"):
        assert _same(restored, resumed.end["states"][piece]), f"{piece}: state did not move after the resume"


@pytest.mark.parametrize("producer", sorted(PRODUCERS))
def test_each_plugins_series_are_in_the_monitors_registry_under_the_run_name(runs, producer):
    first, _, _, _ = runs
    for series in PRODUCERS[producer]:
        runs_seen = {labels.get("run") for name, labels in _lightwatch_samples(first.registry)
                     if name.startswith(series)}
        assert runs_seen == {RUN}, f"{producer}: {series} in the monitor's registry under runs {runs_seen or 'none'}"


def test_every_lightwatch_series_carries_the_one_run_name(runs):
    first, resumed, _, stray = runs
    for run in (first, resumed):
        other = sorted({(name, labels.get("run")) for name, labels in _lightwatch_samples(run.registry)
                        if labels.get("run") != RUN})
        assert not other, f"series under another run label: {other[:10]}"
    # nothing went to lightwatch's default registry either (a plugin that missed the run context)
    assert not stray, f"written to lightwatch's default registry instead: {sorted({n for n, _ in stray})}"
