"""Compress a saved Lightning checkpoint with PQCF (sensitivity, 8/4-bit plan, distillation, ONNX).

Usage::

    lightwatch compress model.ckpt --model-class monitor.demo_model:DigitsMLP --data digits \\
        --size-ratio 0.18 --pin net.4 --distill-steps 200 --out-dir pqcf/

``--data digits`` uses scikit-learn's bundled digits (the demo's data, same split); ``--data FILE.pt``
reads a ``torch.save``\\ d dict with tensors ``x_train``, ``y_train``, ``x_heldout``, ``y_heldout``.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from monitor.cliio import UsageError, input_file, output_dir


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("checkpoint", help="Lightning checkpoint (.ckpt) of a classifier")
    parser.add_argument("--model-class", default="monitor.demo_model:DigitsMLP",
                        help="MODULE:CLASS of the LightningModule (default: %(default)s)")
    parser.add_argument("--data", default="digits", help="'digits' or a .pt file (see the module help)")
    parser.add_argument("--out-dir", default="pqcf", help="output folder (default: %(default)s)")
    budget = parser.add_mutually_exclusive_group(required=True)
    budget.add_argument("--size-ratio", type=float, help="compressed/original parameter bytes, in (0, 1]")
    budget.add_argument("--avg-bits", type=float, help="average bits per quantizable weight, in [4, 32]")
    parser.add_argument("--pin", action="append", default=[], metavar="LAYER", help="keep this layer fp32 (repeat)")
    parser.add_argument("--layers", nargs="+", default=None, help="only consider these layers")
    parser.add_argument("--batch-size", type=int, default=64,
                        help="batch size of the calibration and distillation data (default: %(default)s)")
    parser.add_argument("--calib-batches", type=int, default=4,
                        help="calibration batches for sensitivity and activation ranges (default: %(default)s)")
    parser.add_argument("--hutchinson-samples", type=int, default=64,
                        help="Hutchinson probes per calibration batch; an upper bound with --hutchinson-tol "
                             "(default: %(default)s)")
    parser.add_argument("--hutchinson-tol", type=float, default=None,
                        help="stop probing once every layer's relative standard error is below this "
                             "(default: never early)")
    parser.add_argument("--objective", choices=("trace", "quadratic"), default="trace",
                        help="allocation objective: tr(H)/n*||dW||^2 (HAWQ) or the exact 1/2 dW^T H dW "
                             "(default: %(default)s)")
    parser.add_argument("--block-size", type=int, default=32, help="4-bit block size (MatMulNBits)")
    parser.add_argument("--symmetric-4bit", action="store_true",
                        help="symmetric 4-bit blocks (no zero point; default asymmetric)")
    parser.add_argument("--accuracy-level", type=int, default=4, help="MatMulNBits accuracy_level (0-4)")
    parser.add_argument("--distill-steps", type=int, default=100,
                        help="distillation steps of the fake-quant student (0: none; default: %(default)s)")
    parser.add_argument("--distill-lr", type=float, default=1e-4,
                        help="distillation learning rate (default: %(default)s)")
    parser.add_argument("--temperature", type=float, default=4.0,
                        help="softmax temperature of the distillation KL term (default: %(default)s)")
    parser.add_argument("--kd-weight", type=float, default=0.9,
                        help="weight of the KL term in [0, 1]; the rest goes to cross-entropy on the labels "
                             "(default: %(default)s)")
    parser.add_argument("--ort-threads", type=int, default=1,
                        help="ONNX Runtime intra-op threads for the verification (0: ORT's default; "
                             "default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0,
                        help="seed of the digits split, shuffling, probes and distillation (default: %(default)s)")
    parser.add_argument("--verbose", action="store_true",
                        help="also show the distillation Trainer's and ONNX Runtime's own lines and warnings")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0]}" if text else type(exc).__name__


def _torch_load(path: Path, what: str):
    """``torch.load(path, weights_only=True)``; any failure is one line naming ``what``."""
    import torch

    try:
        return torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:  # corrupt, text, pickled objects, truncated: all bad input
        raise UsageError(f"{what} {str(path)!r} is not a torch checkpoint that loads with weights_only=True "
                         f"({_first_line(exc)[:200]})") from None


def _model_class(spec: str):
    """The LightningModule class named ``MODULE:CLASS``."""
    module_name, _, cls_name = spec.partition(":")
    if not module_name or not cls_name:
        raise UsageError(f"--model-class {spec!r} must look like MODULE:CLASS (e.g. monitor.demo_model:DigitsMLP)")
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:
        raise UsageError(f"--model-class {spec!r}: cannot import {module_name!r} ({_first_line(exc)})") from None
    cls = getattr(module, cls_name, None)
    if cls is None:
        raise UsageError(f"--model-class {spec!r}: module {module_name!r} has no {cls_name!r}")
    if not isinstance(cls, type) or not callable(getattr(cls, "load_from_checkpoint", None)):
        raise UsageError(f"--model-class {spec!r} is not a LightningModule class")
    return cls


def _check_checkpoint(path: Path) -> None:
    """A Lightning checkpoint: a dict with a ``state_dict`` of tensors, loadable with weights_only=True."""
    ckpt = _torch_load(path, "checkpoint")
    if not isinstance(ckpt, dict) or not isinstance(ckpt.get("state_dict"), dict):
        raise UsageError(f"checkpoint {str(path)!r} is not a Lightning checkpoint (no 'state_dict' entry); "
                         "write one with Trainer.save_checkpoint")


def _load_model(cls, path: Path, spec: str):
    try:
        return cls.load_from_checkpoint(str(path), map_location="cpu", weights_only=True).eval()
    except Exception as exc:  # wrong class for these weights, hyper-parameters it does not take, ...
        raise UsageError(f"checkpoint {str(path)!r} does not load into --model-class {spec!r} "
                         f"({_first_line(exc)[:300]})") from None


def _load_data(spec: str, seed: int):
    import torch

    if spec == "digits":
        from monitor.demo_model import digits_tensors

        return digits_tensors(seed)
    path = input_file(spec, "--data")
    d = _torch_load(path, "--data")
    keys = ("x_train", "y_train", "x_heldout", "y_heldout")
    if not isinstance(d, dict):
        raise UsageError(f"--data {spec!r} holds a {type(d).__name__}; it must be a dict with tensors {list(keys)}")
    missing = [k for k in keys if k not in d]
    if missing:
        raise UsageError(f"--data {spec!r}: missing keys {missing}; it must hold tensors {list(keys)}")
    for k in keys:
        if not isinstance(d[k], torch.Tensor) or d[k].dim() == 0:
            raise UsageError(f"--data {spec!r}: {k} must be a tensor with a batch dimension")
    for split in ("train", "heldout"):
        x, y = d[f"x_{split}"], d[f"y_{split}"]
        if len(x) != len(y) or len(x) == 0:
            raise UsageError(f"--data {spec!r}: x_{split} has {len(x)} rows and y_{split} {len(y)}; "
                             "they must be equal and non-zero")
        if y.is_floating_point() or y.is_complex():
            raise UsageError(f"--data {spec!r}: y_{split} must hold integer class labels, not {y.dtype}")
    return (d["x_train"], d["y_train"]), (d["x_heldout"], d["y_heldout"])


def run(args: argparse.Namespace) -> int:
    from lightning_plugins.pqcf.config import PQCFConfig  # no torch: options and paths are checked first

    # every input and the output folder are checked before any work starts (one line, exit code 2), the
    # ones that need no torch before it loads, those that need torch before Lightning loads
    config = PQCFConfig(size_ratio=args.size_ratio, avg_bits=args.avg_bits, pinned=tuple(args.pin),
                        layers=args.layers, hutchinson_samples=args.hutchinson_samples,
                        hutchinson_tol=args.hutchinson_tol, calib_batches=args.calib_batches,
                        objective=args.objective,
                        block_size=args.block_size, symmetric_4bit=args.symmetric_4bit,
                        accuracy_level=args.accuracy_level, distill_steps=args.distill_steps,
                        distill_lr=args.distill_lr, temperature=args.temperature, kd_weight=args.kd_weight,
                        ort_threads=args.ort_threads, seed=args.seed)
    if args.batch_size < 1:
        raise UsageError(f"--batch-size {args.batch_size} must be >= 1")
    ckpt = input_file(args.checkpoint, "checkpoint")
    out = output_dir(args.out_dir, "--out-dir")
    if args.data != "digits":
        input_file(args.data, "--data")
    _check_checkpoint(ckpt)
    if args.data != "digits":  # a data file needs only torch: checked before Lightning loads
        data = _load_data(args.data, args.seed)
    cls = _model_class(args.model_class)
    model = _load_model(cls, ckpt, args.model_class)
    if args.data == "digits":  # scikit-learn's bundled set: work, once the class and the weights are checked
        data = _load_data(args.data, args.seed)
    (xt, yt), (xh, yh) = data

    import torch
    from torch.utils.data import DataLoader, TensorDataset

    from lightning_plugins.pqcf import compress

    train = DataLoader(TensorDataset(xt, yt), batch_size=args.batch_size, shuffle=True,
                       generator=torch.Generator().manual_seed(args.seed))
    heldout = DataLoader(TensorDataset(xh, yh), batch_size=256)
    result = compress(model, train, heldout, out_dir=out, config=config, run_name=type(model).__name__,
                      quiet_libraries_output=not args.verbose)
    print(f"wrote {result.export.quant_path}, {out / 'report.md'}, {out / 'sensitivity.png'}")
    return 0
