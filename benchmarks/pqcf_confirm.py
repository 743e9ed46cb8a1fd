"""Confirmatory run for the transformer goal "PQCF beats uniform 4-bit by >= 2 points and the random allocation".

``benchmarks/pqcf.py`` is exploratory for this goal: its budget sweep on one trained transformer
(seed 0) showed the margin over uniform 4-bit growing with the budget (+1.20 / +1.91 / +2.36 points
at a quarter, half and three quarters of the way from uniform 4-bit to uniform int8 bytes). A budget
read off that sweep cannot then be judged on the same run. This script is the confirmatory test, with
everything fixed in this file and committed *before* it was first run:

- **Replicates:** 5 fresh ones, ``s = 1 .. 5``. Each has its own corpus (the ``GPT_SETTING`` shape, a
  second-order Markov chain over 128 tokens, but a new chain: ``chain_seed = 1000 + s``), its own
  training and held-out sequences (``seed = 2000 + s`` / ``3000 + s``), its own model initialisation
  and batch order (``s``), PQCF seed (``s``) and random-allocation draws (``s``). None of these were
  ever run before this script.
- **Budget judged:** three quarters of the way from uniform 4-bit to uniform int8 bytes (about 7
  average bits over the quantized layers), fixed from the exploratory sweep. The quarter and half
  budgets are run and reported too, not judged.
- **Pipeline:** exactly the ``gpt`` case of ``benchmarks/pqcf.py``: TinyGPT (2 blocks, d=64) trained
  1200 steps; PQCF (Hutchinson trace, 32 probes per calibration batch, exact allocation) and every
  baseline (uniform 4-bit, uniform int8, 3 random maximal 8/4 allocations of the same budget) get
  the same 100 distillation steps on the same batches and the same ONNX export (int8 QDQ, symmetric
  per-row 4-bit MatMulNBits). Accuracy is the exported ONNX model's next-token top-1 on the
  held-out sequences, in ONNX Runtime.
- **Decision rule:** the goal is met iff, over the 5 replicates at the judged budget, the mean of
  (PQCF - uniform 4-bit) is >= 2.00 points **and** the mean of (PQCF - mean of that replicate's
  random allocations) is > 0. Per-replicate results are reported beside it, whatever they are.

    OMP_NUM_THREADS=1 python benchmarks/pqcf_confirm.py [--quick]   (about 13 minutes)

Writes ``benchmarks/results/pqcf_confirm.json`` and prints the tables.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import torch
from torch.utils.data import DataLoader, TensorDataset

from _pqcf_common import GPT_SETTING, budget_between, fit, markov_corpus, random_allocations, token_ce
from lightning_plugins.models import TinyGPT
from lightning_plugins.pqcf.allocation import allocate_bits, plan_with_bits
from lightning_plugins.pqcf.config import PQCFConfig
from lightning_plugins.pqcf.pipeline import compress

RESULTS = Path(__file__).parent / "results" / "pqcf_confirm.json"
REPLICATES = (1, 2, 3, 4, 5)
QUICK_REPLICATES = (101, 102)  # --quick never touches the confirmatory seeds
JUDGED_FRACTION = 0.75  # of the way from uniform 4-bit to uniform int8 bytes; fixed before the first run
FRACTIONS = (0.25, 0.5, JUDGED_FRACTION)
RANDOM_DRAWS = 3
GOAL_POINTS = 2.0


def replicate(s: int, *, quick: bool, work: Path) -> dict:
    g = GPT_SETTING
    t0 = time.perf_counter()
    xg, yg = markov_corpus(g["n_train"], vocab=g["vocab"], seed=2000 + s, chain_seed=1000 + s)
    xv, yv = markov_corpus(512, vocab=g["vocab"], seed=3000 + s, chain_seed=1000 + s)

    def make_train():
        return DataLoader(TensorDataset(xg, yg), batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(s))

    val = DataLoader(TensorDataset(xv, yv), batch_size=128)
    torch.manual_seed(s)
    model = TinyGPT(vocab_size=g["vocab"], seq_len=32, d_model=g["d_model"], n_head=4, n_layer=g["n_layer"], lr=3e-3)
    model = fit(model, make_train(), steps=200 if quick else g["train_steps"])
    with torch.no_grad():
        fp32_acc = float((model(xv).argmax(-1) == yv).float().mean())
    cfg = dict(distill_steps=30 if quick else 100, hutchinson_samples=8 if quick else 32, calib_batches=4,
               distill_lr=2e-4, latency_repeats=1, block_size=g["block_size"], symmetric_4bit=g["symmetric_4bit"],
               seed=s)

    def row(r) -> dict:
        return {"bits": r.plan.bits, "planned_ratio": r.plan.planned_bytes / r.plan.fp_bytes,
                "accuracy_ptq": r.accuracy["quantized"], "accuracy": r.accuracy["onnx"],
                "ort_agreement": r.agreement, "kl_onnx": r.kl_to_teacher["onnx"]}

    def run(key: str, ratio: float, plan=None) -> dict:
        return row(compress(model, make_train(), val, out_dir=work / f"r{s}_{key}", verbose=False, loss_fn=token_ce,
                            config=PQCFConfig(size_ratio=ratio, **cfg), plan=plan))

    ratios = {f: budget_between(model, g["block_size"], g["symmetric_4bit"], f) for f in FRACTIONS}
    # PQCF's own pipeline (sensitivity + allocation) at the judged budget; its measured sensitivities
    # then allocate the other budgets, as in benchmarks/pqcf.py's sweep
    judged = compress(model, make_train(), val, out_dir=work / f"r{s}_pqcf", verbose=False, loss_fn=token_ce,
                      config=PQCFConfig(size_ratio=ratios[JUDGED_FRACTION], **cfg))
    layers = judged.plan.layers
    uniform = {key: run(key, ratios[JUDGED_FRACTION], plan_with_bits(judged.plan, {lp.name: b for lp in layers}, solver=key))
               for key, b in (("int4", 4), ("int8", 8))}
    budgets = []
    for f in FRACTIONS:
        plan = allocate_bits(layers, fp_bytes=judged.plan.fp_bytes, size_ratio=ratios[f])
        plan.objective = judged.plan.objective
        if f == JUDGED_FRACTION:
            assert plan.bits == judged.plan.bits
            pq = row(judged)
        else:
            pq = run(f"pqcf{f}", ratios[f], plan)
        rand = [run(f"random{f}_{i}", ratios[f], plan_with_bits(plan, bits, solver="random"))
                for i, bits in enumerate(random_allocations(plan, ratios[f] * plan.fp_bytes, range(RANDOM_DRAWS), rng_seed=s))]
        rmean = statistics.mean(r["accuracy"] for r in rand) if rand else None
        budgets.append({"fraction": f, "size_ratio_budget": ratios[f], "pqcf": pq, "random": rand,
                        "random_mean_accuracy": rmean,
                        "points_over_uniform4": (pq["accuracy"] - uniform["int4"]["accuracy"]) * 100,
                        "points_over_random_mean": (pq["accuracy"] - rmean) * 100 if rand else None})
    return {"replicate": s, "fp32_accuracy": fp32_acc, "uniform": uniform, "budgets": budgets,
            "uniform4_to_int8_points": (uniform["int8"]["accuracy"] - uniform["int4"]["accuracy"]) * 100,
            "wall_seconds": time.perf_counter() - t0}


def margins(reps: list[dict], fraction: float) -> dict:
    """PQCF's margins (points) over uniform 4-bit and over the random mean at one budget, across replicates."""
    at = [next(b for b in r["budgets"] if b["fraction"] == fraction) for r in reps]
    over4 = [b["points_over_uniform4"] for b in at]
    overr = [b["points_over_random_mean"] for b in at if b["points_over_random_mean"] is not None]
    return {"mean_points_over_uniform4": statistics.mean(over4),
            "mean_points_over_random_mean": statistics.mean(overr) if overr else None,
            "stdev_points_over_uniform4": statistics.stdev(over4) if len(over4) > 1 else None,
            "replicates_ge_2_points": sum(v >= GOAL_POINTS for v in over4),
            "replicates_above_random_mean": sum(v > 0 for v in overr), "replicates_with_random": len(overr)}


def decide(reps: list[dict]) -> dict:
    m = margins(reps, JUDGED_FRACTION)
    mr = m["mean_points_over_random_mean"]
    return {"judged_fraction": JUDGED_FRACTION, "replicates": len(reps), **m,
            "met": m["mean_points_over_uniform4"] >= GOAL_POINTS and (mr is None or mr > 0)}


def tables(reps: list[dict]) -> str:
    lines = ["| replicate | fp32 | uniform 4-bit | uniform int8 | budget | PQCF bits | PQCF | random mean | "
             "PQCF − uniform 4-bit | PQCF − random mean |", "|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|"]
    for r in reps:
        for b in r["budgets"]:
            rm = f"{b['random_mean_accuracy']:.4f}" if b["random_mean_accuracy"] is not None else "-"
            pr = f"{b['points_over_random_mean']:+.2f}" if b["points_over_random_mean"] is not None else "-"
            lines.append(f"| {r['replicate']} | {r['fp32_accuracy']:.4f} | {r['uniform']['int4']['accuracy']:.4f} | "
                         f"{r['uniform']['int8']['accuracy']:.4f} | {b['fraction']:.0%} | "
                         f"{'/'.join(str(v) for v in b['pqcf']['bits'].values())} | {b['pqcf']['accuracy']:.4f} | "
                         f"{rm} | {b['points_over_uniform4']:+.2f} | {pr} |")
    lines += ["", "| budget | mean PQCF − uniform 4-bit | replicates ≥ +2 | mean PQCF − random mean | "
              "replicates above random |", "|---:|---:|---:|---:|---:|"]
    for f in FRACTIONS:
        m = margins(reps, f)
        mr = m["mean_points_over_random_mean"]
        mark = " (judged)" if f == JUDGED_FRACTION else ""
        lines.append(f"| {f:.0%}{mark} | {m['mean_points_over_uniform4']:+.2f} | {m['replicates_ge_2_points']} of "
                     f"{len(reps)} | {'-' if mr is None else f'{mr:+.2f}'} | {m['replicates_above_random_mean']} of "
                     f"{m['replicates_with_random']} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="two short replicates on other seeds (smoke run; not the test)")
    args = parser.parse_args()
    torch.set_num_threads(1)
    work = Path(tempfile.mkdtemp(prefix="pqcf-confirm-"))
    reps = []
    try:
        for s in QUICK_REPLICATES if args.quick else REPLICATES:
            reps.append(replicate(s, quick=args.quick, work=work))
            print(f"replicate {s}: done in {reps[-1]['wall_seconds']:.0f} s", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    summary = {"benchmark": "pqcf_confirm", "quick": args.quick, "replicates": reps, "decision": decide(reps),
               "table": tables(reps), "setting": dict(GPT_SETTING),
               "environment": {"torch": torch.__version__, "onnxruntime": __import__("onnxruntime").__version__}}
    if not args.quick:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(summary, indent=2, sort_keys=True, allow_nan=False))
    print(summary["table"])
    d = summary["decision"]
    mr = d["mean_points_over_random_mean"]
    print(f"\ngoal at {JUDGED_FRACTION:.0%} (mean over {d['replicates']} replicates): "
          f"{'MET' if d['met'] else 'NOT MET'} ({d['mean_points_over_uniform4']:+.2f} points over uniform 4-bit, "
          f"{'no random allocation' if mr is None else f'{mr:+.2f} over the random mean'})")


if __name__ == "__main__":
    main()
