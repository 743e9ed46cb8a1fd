"""The whole PQCF pipeline as one function, :func:`compress`: checks, sensitivity, allocation,
distillation, export verified in ONNX Runtime, the report and the metrics."""

from __future__ import annotations

import contextlib
import copy
import math
import os
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

import torch
import torch.nn.functional as F
from torch import nn

from lightning_plugins.pqcf.allocation import (CompressionPlan, allocate_bits, bit_candidates, build_layer_plans,
                                               check_budget, model_param_bytes)
from lightning_plugins.pqcf.batches import (check_forward, collect_batches, distillation_loader, heldout_tensors,
                                            split_batch)
from lightning_plugins.pqcf.config import PQCFConfig, validate
from lightning_plugins.pqcf.distillation import distill, mean_kl
from lightning_plugins.pqcf.export import ExportResult, export_onnx, ort_latency, ort_predict, ort_session
from lightning_plugins.pqcf.progress import Stages, quiet_libraries
from lightning_plugins.pqcf.quantizers import apply_fake_quant, observe_ranges, quantizable_layers, remove_fake_quant
from lightning_plugins.pqcf.report import write_report
from lightning_plugins.pqcf.sensitivity import hutchinson_traces, quadratic_perturbations
from monitor.context import resolve


@dataclass
class CompressionResult:
    """What :func:`compress` measured and wrote."""

    plan: CompressionPlan
    accuracy: dict[str, float]
    agreement: float
    latency: dict[str, float]
    export: ExportResult
    out_dir: str
    #: mean KL(teacher || model) of the held-out predictions, by stage (a finer fidelity measure than top-1)
    kl_to_teacher: dict[str, float] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"plan": self.plan.to_dict(), "accuracy": self.accuracy, "agreement": self.agreement,
                "kl_to_teacher": self.kl_to_teacher,
                "latency_seconds": self.latency, "export": asdict(self.export), "out_dir": self.out_dir,
                "timings_seconds": self.timings}


def _accuracy(logits: torch.Tensor, y: torch.Tensor | None) -> float:
    return float((logits.argmax(-1) == y).float().mean()) if y is not None else float("nan")


def _checked_inputs(teacher: nn.Module, calib_data: Iterable, heldout_data: Iterable, out: Path, loss_fn: Callable,
                    config: PQCFConfig, plan: CompressionPlan | None):
    """Every input checked before sensitivity starts: the output folder, layer names, batches, the
    budget (from byte counts) and one forward pass. Returns the candidate layers, the calibration
    batches, the distillation data and the held-out inputs and targets."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise ValueError(f"out_dir {str(out)!r} exists and is not a directory (or is a symbolic link)")
    layers = validate(teacher, config)
    calib = collect_batches(calib_data, config.calib_batches, "calib_data")
    train_data = distillation_loader(calib_data) if config.distill_steps else calib_data
    heldout = collect_batches(heldout_data, config.heldout_batches, "heldout_data")
    if plan is None:
        check_budget(teacher, layers, config)
    elif sorted(plan.bits) != sorted(layers):
        raise ValueError(f"plan covers layers {sorted(plan.bits)}, the model's candidates are {sorted(layers)}")
    xh, yh = heldout_tensors(heldout)
    check_forward(teacher, loss_fn, calib[0], xh[:1], need_targets=plan is None)
    return layers, calib, train_data, xh, yh


def compress(model: nn.Module, calib_data: Iterable, heldout_data: Iterable, *, out_dir: str | Path,
             config: PQCFConfig | None = None, loss_fn: Callable = F.cross_entropy, registry=None,
             run_name: str | None = None, rank: int | None = None, verbose: bool = True, plan: CompressionPlan | None = None,
             quiet_libraries_output: bool = True, **options) -> CompressionResult:
    """Run the whole PQCF pipeline on a trained classifier and write the report to ``out_dir``.

    ``calib_data`` yields ``(input, target)`` batches (targets optional for distillation, needed for
    the Hessian); it is reused as the distillation data. ``heldout_data`` yields ``(input, target)``
    batches never seen by calibration. ``model`` is not modified (a copy is compressed). A given
    ``plan`` (e.g. from :func:`plan_with_bits`) skips sensitivity and allocation.

    Metrics: when ``model`` is attached to a Trainer, registry, ``run`` and ``rank`` come from the
    run context (:func:`monitor.context.resolve`: an attached ``PrometheusMonitor``'s run name and
    registry win); otherwise from ``registry``, ``run_name`` (default: the model's class name) and
    ``rank`` (default 0).

    Output: with ``verbose``, one line per stage, the plan table and a summary. The distillation
    Trainer's and ONNX Runtime's own lines and warnings are silenced unless ``quiet_libraries_output``
    is False.

    Example::

        res = compress(model, train_loader, val_loader, out_dir="pqcf", size_ratio=0.18, distill_steps=200)
        print(res.plan.table(), res.accuracy, res.export.quant_path)
    """
    from monitor import metrics as M

    if config is not None and options:
        raise ValueError(f"give either config or options, not both (got options {sorted(options)})")
    config = config if config is not None else PQCFConfig(**options)
    out = Path(out_dir)
    teacher = copy.deepcopy(model).cpu().eval()
    layers, calib, train_data, xh, yh = _checked_inputs(teacher, calib_data, heldout_data, out, loss_fn, config, plan)
    timings = {}
    m = resolve(module=model, run_name=run_name, registry=registry, rank=rank, owner="PQCF").bind()
    stages = Stages(4, verbose)
    torch.manual_seed(config.seed)

    if plan is None:
        # 1. sensitivity
        stages.start("sensitivity", f"Hutchinson tr(H) of {len(layers)} layers, {config.hutchinson_samples} probes "
                                    f"x {len(calib)} calibration batches")
        t0 = time.perf_counter()
        traces = hutchinson_traces(teacher, loss_fn, calib, layers=layers, samples=config.hutchinson_samples,
                                   tol=config.hutchinson_tol, seed=config.seed)
        timings["sensitivity"] = time.perf_counter() - t0
        # 2. allocation (an impossible budget was refused by the input checks)
        stages.start("allocation", f"8/4 bits, {'size_ratio' if config.avg_bits is None else 'avg_bits'}="
                                   f"{config.size_ratio if config.avg_bits is None else config.avg_bits:g}, "
                                   f"objective {config.objective}")
        quad = None
        if config.objective == "quadratic":
            t0 = time.perf_counter()
            cands = {n: bit_candidates(n, mod, config.pinned) for n, mod in layers.items()}
            quad = quadratic_perturbations(teacher, loss_fn, calib, layers=layers, candidates=cands,
                                           block_size=config.block_size, symmetric_4bit=config.symmetric_4bit)
            timings["quadratic"] = time.perf_counter() - t0
        plans = build_layer_plans(teacher, layers, traces, pinned=config.pinned, block_size=config.block_size,
                                  symmetric_4bit=config.symmetric_4bit, quadratic=quad)
        plan = allocate_bits(plans, fp_bytes=model_param_bytes(teacher), size_ratio=config.size_ratio,
                             avg_bits=config.avg_bits, exact_max_layers=config.exact_max_layers)
        plan.objective = config.objective
    else:
        stages.start("sensitivity", "skipped (plan given)")
        stages.start("allocation", "skipped (plan given)")
    if verbose:
        stages.echo(plan.table())
    for lp in plan.layers:
        m(M.PQCF_LAYER_BITS, layer=lp.name).set(lp.bits)
        m(M.PQCF_LAYER_SENSITIVITY, layer=lp.name).set(lp.trace)
    m(M.PQCF_MODEL_BYTES, stage="before").set(plan.fp_bytes)

    # 3. fake quant + distillation
    calib_x = [split_batch(b)[0].cpu() for b in calib]
    student = copy.deepcopy(teacher)
    s_layers = quantizable_layers(student, list(layers))
    with torch.no_grad():
        t_logits = teacher(xh)
    acc = {"fp32": _accuracy(t_logits, yh)}
    handles = apply_fake_quant(student, plan.bits, observe_ranges(student, s_layers, calib_x),
                               block_size=config.block_size, symmetric_4bit=config.symmetric_4bit,
                               accuracy_level=config.accuracy_level)
    with torch.no_grad():
        q_logits = student.eval()(xh)
    acc["quantized"] = _accuracy(q_logits, yh)
    kl = {"quantized": float(mean_kl(t_logits, q_logits))}
    stages.start("distillation", f"{config.distill_steps} steps, fake-quant student vs the original model")
    with quiet_libraries(quiet_libraries_output):
        timings["distill"] = distill(student.train(), teacher, train_data, config)
    # ORT calibrates on the exported fp32 graph: re-observe the ranges there, then rebuild the fake quant
    remove_fake_quant(student, handles)
    ranges = observe_ranges(student, s_layers, calib_x)
    export_model = copy.deepcopy(student).eval()
    handles = apply_fake_quant(student, plan.bits, ranges, block_size=config.block_size,
                               symmetric_4bit=config.symmetric_4bit, accuracy_level=config.accuracy_level)
    with torch.no_grad():
        fq_logits = student.eval()(xh)
    acc["distilled"] = _accuracy(fq_logits, yh)
    kl["distilled"] = float(mean_kl(t_logits, fq_logits))

    # 4. export + verification in ONNX Runtime, written beside out_dir and moved into it once complete
    stages.start("export", f"ONNX (int8 QDQ, 4-bit MatMulNBits) into {str(out)!r}, verified in ONNX Runtime")
    with staged_dir(out) as stage:
        t0 = time.perf_counter()
        with quiet_libraries(quiet_libraries_output):
            export = export_onnx(export_model, plan, calib_x, stage, config, final_dir=out)
        timings["export"] = time.perf_counter() - t0
        s_fp = ort_session(export.fp32_path, config.ort_threads)
        s_q = ort_session(export.quant_path, config.ort_threads)
        ort_logits = ort_predict(s_q, xh)
        acc["onnx"] = _accuracy(ort_logits, yh)
        acc["latent_fp32"] = _accuracy(ort_predict(s_fp, xh), yh)  # model_fp32.onnx: the fine-tuned latent weights
        agreement = float((ort_logits.argmax(-1) == fq_logits.argmax(-1)).float().mean())
        xl = xh[: config.latency_batch_size]
        latency = {"fp32": ort_latency(s_fp, xl, config.latency_repeats),
                   "pqcf": ort_latency(s_q, xl, config.latency_repeats)}
        remove_fake_quant(student, handles)
        kl["onnx"] = float(mean_kl(t_logits, ort_logits))
        export = replace(export, **{k: str(out / Path(getattr(export, k)).name)
                                    for k in ("fp32_path", "quant_path", "trt_path") if getattr(export, k)})
        result = CompressionResult(plan=plan, accuracy=acc, agreement=agreement, latency=latency, export=export,
                                   out_dir=str(out_dir), kl_to_teacher=kl, timings=timings)
        write_report(result, stage)

    m(M.PQCF_MODEL_BYTES, stage="after").set(plan.planned_bytes)
    m(M.PQCF_COMPRESSION_RATIO).set(plan.ratio)
    for key, value in acc.items():
        if not math.isnan(value):
            m(M.PQCF_ACCURACY, stage=key).set(value)
    for key, value in latency.items():
        m(M.PQCF_LATENCY, model=key).set(value)
    stages.close()
    if verbose:
        print(f"accuracy {acc}; ORT agreement with fake-quant {agreement:.2%}; "
              f"ONNX file ratio {export.file_ratio:.2f}x (planned {plan.ratio:.2f}x); "
              f"ORT latency fp32 {latency['fp32'] * 1e3:.3f} ms, PQCF {latency['pqcf'] * 1e3:.3f} ms")
        print(f"TensorRT: {export.trtexec}")
    return result


@contextlib.contextmanager
def staged_dir(out: Path) -> Iterator[Path]:
    """A temporary folder beside ``out`` for a run's files. On success they move into ``out``: the
    whole folder by one rename when ``out`` does not exist yet, else file by file, each rename atomic.
    On failure the folder is removed and ``out`` is left as it was, so no partial output remains."""
    created = []
    parent = out.parent
    while not parent.exists():
        created.append(parent)
        parent = parent.parent
    for d in reversed(created):
        d.mkdir()
    stage = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
    try:
        yield stage
        if out.exists():
            for f in stage.iterdir():
                os.replace(f, out / f.name)
            stage.rmdir()
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(stage, 0o777 & ~umask)
            os.rename(stage, out)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        for d in created:  # innermost first; only folders this call made, and only when empty
            with contextlib.suppress(OSError):
                d.rmdir()
        raise
