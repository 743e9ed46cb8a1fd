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
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--calib-batches", type=int, default=4)
    parser.add_argument("--hutchinson-samples", type=int, default=64)
    parser.add_argument("--hutchinson-tol", type=float, default=None)
    parser.add_argument("--objective", choices=("trace", "quadratic"), default="trace",
                        help="allocation objective: tr(H)/n*||dW||^2 (HAWQ) or the exact 1/2 dW^T H dW "
                             "(default: %(default)s)")
    parser.add_argument("--block-size", type=int, default=32, help="4-bit block size (MatMulNBits)")
    parser.add_argument("--symmetric-4bit", action="store_true")
    parser.add_argument("--accuracy-level", type=int, default=4, help="MatMulNBits accuracy_level (0-4)")
    parser.add_argument("--distill-steps", type=int, default=100)
    parser.add_argument("--distill-lr", type=float, default=1e-4)
    parser.add_argument("--temperature", type=float, default=4.0)
    parser.add_argument("--kd-weight", type=float, default=0.9)
    parser.add_argument("--ort-threads", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)


def _load_data(spec: str, seed: int):
    import torch

    if spec == "digits":
        from monitor.demo_model import digits_tensors

        return digits_tensors(seed)
    path = Path(spec)
    if not path.is_file():
        raise FileNotFoundError(f"--data {spec!r}: not 'digits' and no such file")
    d = torch.load(path, map_location="cpu", weights_only=True)
    missing = [k for k in ("x_train", "y_train", "x_heldout", "y_heldout") if k not in d]
    if missing:
        raise ValueError(f"--data {spec}: missing keys {missing}")
    return (d["x_train"], d["y_train"]), (d["x_heldout"], d["y_heldout"])


def run(args: argparse.Namespace) -> int:
    import torch
    from torch.utils.data import DataLoader, TensorDataset

    from lightning_plugins.quantization import PQCFConfig, compress

    config = PQCFConfig(size_ratio=args.size_ratio, avg_bits=args.avg_bits, pinned=tuple(args.pin),
                        layers=args.layers, hutchinson_samples=args.hutchinson_samples,
                        hutchinson_tol=args.hutchinson_tol, calib_batches=args.calib_batches,
                        objective=args.objective,
                        block_size=args.block_size, symmetric_4bit=args.symmetric_4bit,
                        accuracy_level=args.accuracy_level, distill_steps=args.distill_steps,
                        distill_lr=args.distill_lr, temperature=args.temperature, kd_weight=args.kd_weight,
                        ort_threads=args.ort_threads, seed=args.seed)
    if args.batch_size < 1:
        raise ValueError(f"--batch-size {args.batch_size} must be >= 1")
    ckpt = Path(args.checkpoint)
    if not ckpt.is_file():
        raise FileNotFoundError(f"checkpoint {ckpt} does not exist")
    module_name, _, cls_name = args.model_class.partition(":")
    if not cls_name:
        raise ValueError(f"--model-class {args.model_class!r} must look like MODULE:CLASS")
    cls = getattr(importlib.import_module(module_name), cls_name)
    model = cls.load_from_checkpoint(str(ckpt), map_location="cpu").eval()
    (xt, yt), (xh, yh) = _load_data(args.data, args.seed)
    train = DataLoader(TensorDataset(xt, yt), batch_size=args.batch_size, shuffle=True,
                       generator=torch.Generator().manual_seed(args.seed))
    heldout = DataLoader(TensorDataset(xh, yh), batch_size=256)
    result = compress(model, train, heldout, out_dir=args.out_dir, config=config, run_name=type(model).__name__)
    out = Path(args.out_dir)
    print(f"wrote {result.export.quant_path}, {out / 'report.md'}, {out / 'sensitivity.png'}")
    return 0
