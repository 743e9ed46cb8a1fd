"""PQCF benchmark: fp32 vs uniform int8 vs uniform 4-bit vs PQCF mixed 8/4 vs random 8/4 (same budget).

Three models, side by side in one run:

- ``digits``: the demo's MLP (64-512-512-10) on scikit-learn's bundled digits;
- ``linear``: a linear-heavy MLP (256-1024x4-16, 3.4 M weights) on a synthetic task (Gaussian inputs,
  labels from a random linear teacher);
- ``gpt``: the reference transformer (:class:`lightning_plugins.models.TinyGPT`, 2 blocks, d=64, 13
  linear layers) trained for next-token prediction on a seeded synthetic corpus with structure (a
  second-order Markov chain over 128 tokens, 16 384 contexts, each with one dominant successor; the
  corpus fills the model's capacity, so 4-bit rounding costs accuracy); accuracy is next-token top-1
  over every position. The setting (``GPT_SETTING``) was fixed from the fp32 and uniform 4-bit models
  alone, before the comparison run.

Every quantized variant gets the same distillation fine-tuning (same batches) and is exported the same
way (ORT int8 QDQ / 4-bit MatMulNBits; 4-bit blocks of 32 on digits, 128 on the linear model, 64 and
symmetric on the transformer: one block per row on its 64-wide layers; a block of 128 would be padded
to 128 on the 64-wide layers and save no bytes over int8). The transformer's budget is a quarter of
the way from uniform 4-bit to uniform int8 in bytes (its fp32 embeddings put 18 % out of reach). The
random variants are the other maximal 8/4 allocations that fit the same budget. Accuracy is the
exported ONNX model's on held-out data; KL is KL(teacher || model) on the held-out logits; size is
the ONNX file; the fp32 row's accuracy is the original model's (PyTorch); latency is the median and
the minimum ONNX Runtime CPU time per batch (1 intra-op thread, batches of 1 and 32, sessions timed
round-robin so load changes on a shared machine hit every variant alike).

For the goal "PQCF beats uniform 4-bit by >= 2 points and random" on the transformer this run is
exploratory (one trained model); ``benchmarks/pqcf_confirm.py`` is the judged, pre-registered test.

PQCF also runs with ``objective="quadratic"`` (the exact 1/2 dW^T H dW) beside the default trace form.
On the transformer a budget sweep (a quarter, half and three quarters of the way from uniform 4-bit to
uniform int8 bytes) scores every maximal 8/4 allocation after post-training quantization, and
distils PQCF, the best of them on held-out data (the *oracle*, a bound, not a method) and random ones.

    OMP_NUM_THREADS=1 python benchmarks/pqcf.py [--quick] [--no-gpt] [--no-sweep]

Writes ``benchmarks/results/pqcf.json`` and prints a markdown table.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import platform
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import pytorch_lightning as pl
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from _pqcf_common import (GPT_SETTING, budget_between, fit, markov_corpus, maximal_allocations, quarter_budget,
                          random_allocations, token_ce)
from lightning_plugins.models import TinyGPT
from lightning_plugins.pqcf.allocation import CompressionPlan, allocate_bits, plan_with_bits
from lightning_plugins.pqcf.config import PQCFConfig
from lightning_plugins.pqcf.export import ort_session
from lightning_plugins.pqcf.pipeline import compress
from lightning_plugins.pqcf.quantizers import (FP_BITS, apply_fake_quant, observe_ranges, quantizable_layers,
                                               remove_fake_quant)
from monitor.demo_model import DigitsMLP, digits_tensors

RESULTS = Path(__file__).parent / "results" / "pqcf.json"
SIZE_RATIO = 0.18  # >= 82 % smaller


class LinearHeavy(pl.LightningModule):
    """256 -> 1024 x 4 -> 16 GELU MLP (the linear-heavy latency case)."""

    def __init__(self, width: int = 1024, depth: int = 4, lr: float = 1e-3) -> None:
        super().__init__()
        dims = [256] + [width] * depth
        layers: list[nn.Module] = []
        for a, b in zip(dims[:-1], dims[1:]):
            layers += [nn.Linear(a, b), nn.GELU()]
        self.net = nn.Sequential(*layers, nn.Linear(width, 16))
        self.lr = lr

    def forward(self, x):  # x: (B, 256) -> logits (B, 16)
        return self.net(x)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=self.lr)


def synthetic_task(n_train: int, n_val: int, seed: int = 0):
    """Gaussian inputs (256 features) labelled by a fixed random linear teacher on the first 32 (16 classes)."""
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n_train + n_val, 256, generator=g)
    y = (x[:, :32] @ torch.randn(32, 16, generator=g)).argmax(1)
    return (x[:n_train], y[:n_train]), (x[n_train:], y[n_train:])


def _latencies(paths: dict[str, str], x: torch.Tensor, batches=(1, 32), repeats: int = 40) -> dict[str, dict]:
    """Median and minimum seconds per ``run`` for each model and batch size. The minimum is the
    robust figure on a shared machine (other processes only ever add time)."""
    sessions = {k: ort_session(p, threads=1) for k, p in paths.items()}
    out: dict[str, dict[int, float]] = {k: {} for k in paths}
    for bs in batches:
        feed = {"input": x[:bs].numpy()}
        times = {k: [] for k in sessions}
        for _ in range(5):
            for s in sessions.values():
                s.run(None, feed)
        for _ in range(repeats):
            for k, s in sessions.items():
                t0 = time.perf_counter()
                s.run(None, feed)
                times[k].append(time.perf_counter() - t0)
        for k in sessions:
            out[k][bs] = statistics.median(times[k])
            out[k][f"min{bs}"] = min(times[k])
    return out


LAT_KEYS = ("latency_b1_ms", "latency_b1_min_ms", "latency_b32_ms", "latency_b32_min_ms")


def _lat_ms(lat: dict) -> dict:
    return dict(zip(LAT_KEYS, (lat[1] * 1e3, lat["min1"] * 1e3, lat[32] * 1e3, lat["min32"] * 1e3)))


def run_case(name: str, model, make_train, val, *, distill_steps: int, random_seeds: int, hutchinson_samples: int,
             block_size: int, work: Path, loss_fn=F.cross_entropy, size_ratio: float = SIZE_RATIO,
             symmetric_4bit: bool = False) -> dict:
    """Every variant gets a fresh train loader (same seed): the same calibration and distillation batches."""
    cfg = dict(size_ratio=size_ratio, distill_steps=distill_steps, hutchinson_samples=hutchinson_samples,
               calib_batches=4, distill_lr=2e-4, latency_repeats=5, block_size=block_size,
               symmetric_4bit=symmetric_4bit)
    t0 = time.perf_counter()
    pqcf = compress(model, make_train(), val, out_dir=work / f"{name}_pqcf", config=PQCFConfig(**cfg), verbose=False,
                    loss_fn=loss_fn)
    runs = {"pqcf": pqcf}
    # the same pipeline with the exact second-order objective (1/2 dW^T H dW) instead of HAWQ's trace form
    runs["pqcf_quadratic"] = compress(model, make_train(), val, out_dir=work / f"{name}_pqcf_quadratic",
                                      config=PQCFConfig(**cfg, objective="quadratic"), verbose=False, loss_fn=loss_fn)
    layers = [lp.name for lp in pqcf.plan.layers]
    budget = size_ratio * pqcf.plan.fp_bytes
    fixed = {"int8": {n: 8 for n in layers}, "int4": {n: 4 for n in layers}}
    for i, bits in enumerate(random_allocations(pqcf.plan, budget, range(random_seeds))):
        fixed[f"random{i}"] = bits
    for key, bits in fixed.items():
        plan = plan_with_bits(pqcf.plan, bits, solver=key)
        runs[key] = compress(model, make_train(), val, out_dir=work / f"{name}_{key}", config=PQCFConfig(**cfg),
                             plan=plan, verbose=False, loss_fn=loss_fn)
    xh = torch.cat([b[0] for b in val])
    lat = _latencies({"fp32": pqcf.export.fp32_path, **{k: r.export.quant_path for k, r in runs.items()}}, xh)
    rows = {"fp32": {"bits": {n: FP_BITS for n in layers}, "file_bytes": pqcf.export.fp32_bytes,
                     "size_ratio": 1.0, "accuracy": pqcf.accuracy["fp32"], "accuracy_ptq": pqcf.accuracy["fp32"],
                     "kl_ptq": 0.0, "kl_onnx": 0.0,
                     **_lat_ms(lat["fp32"])}}
    for key, r in runs.items():
        rows[key] = {"bits": r.plan.bits, "avg_bits": r.plan.avg_bits, "planned_bytes": r.plan.planned_bytes,
                     "file_bytes": r.export.quant_bytes, "size_ratio": r.export.quant_bytes / pqcf.export.fp32_bytes,
                     "accuracy_ptq": r.accuracy["quantized"], "accuracy_distilled_fakequant": r.accuracy["distilled"],
                     "accuracy": r.accuracy["onnx"], "ort_agreement": r.agreement,
                     "kl_ptq": r.kl_to_teacher["quantized"], "kl_onnx": r.kl_to_teacher["onnx"],
                     "objective_omega": sum(lp.omega[lp.bits] for lp in r.plan.layers),
                     **_lat_ms(lat[key])}
    rand = [rows[k] for k in rows if k.startswith("random")]
    if rand:  # none when PQCF's allocation is the only maximal one under the budget
        rows["random_mean"] = {k: statistics.mean(r[k] for r in rand) for k in
                               ("size_ratio", "accuracy_ptq", "accuracy", "kl_ptq", "kl_onnx") + LAT_KEYS}
    shutil.copy(Path(pqcf.out_dir) / "sensitivity.png", RESULTS.parent / f"pqcf_{name}_sensitivity.png")
    return {"rows": rows, "plan": pqcf.plan.to_dict(), "plan_table": pqcf.plan.table(),
            "trtexec": pqcf.export.trtexec, "wall_seconds": time.perf_counter() - t0, "distill_steps": distill_steps,
            "block_size": block_size, "symmetric_4bit": symmetric_4bit, "size_ratio_budget": size_ratio}


def ptq_scores(model, allocations: list[dict], calib_x: list[torch.Tensor], xh: torch.Tensor, yh: torch.Tensor,
               *, block_size: int, symmetric_4bit: bool) -> list[tuple[float, float]]:
    """(held-out top-1, KL(teacher || model)) of each allocation, fake-quantized as ``compress`` does
    before fine-tuning (weights and the int8 layers' activation ranges, no distillation)."""
    with torch.no_grad():
        t_logits = model(xh)
    student = copy.deepcopy(model).eval()
    layers = quantizable_layers(student)
    ranges = observe_ranges(student, layers, calib_x)
    t_logp = F.log_softmax(t_logits.flatten(0, -2), -1)
    out = []
    for bits in allocations:
        handles = apply_fake_quant(student, bits, ranges, block_size=block_size, symmetric_4bit=symmetric_4bit)
        with torch.no_grad():
            logits = student(xh)
        remove_fake_quant(student, handles)
        logp = F.log_softmax(logits.flatten(0, -2), -1)
        kl = float((t_logp.exp() * (t_logp - logp)).sum(-1).mean())
        out.append((float((logits.argmax(-1) == yh).float().mean()), kl))
    return out


def sweep_case(name: str, model, make_train, val, pqcf_plan, *, fractions, distill_steps: int, random_seeds: int,
               block_size: int, symmetric_4bit: bool, work: Path, loss_fn) -> list[dict]:
    """PQCF vs random maximal allocations vs the oracle at several budgets (``fractions`` of the way
    from uniform 4-bit to uniform int8 bytes), reusing PQCF's measured sensitivities.

    At each budget every maximal 8/4 allocation is scored after post-training quantization on the
    held-out data; the *oracle* is the one with the best held-out PTQ accuracy (it looks at the
    test data, so it bounds what any allocation method could reach; it is not a method). PQCF, the
    random draws and the oracle then get the same distillation and ONNX export as the main table."""
    cfg = dict(distill_steps=distill_steps, hutchinson_samples=8, calib_batches=4, distill_lr=2e-4,
               latency_repeats=2, block_size=block_size, symmetric_4bit=symmetric_4bit)
    calib_x = [b[0] for b in itertools.islice(make_train(), cfg["calib_batches"])]
    xh, yh = torch.cat([b[0] for b in val]), torch.cat([b[1] for b in val])
    out = []
    for frac in fractions:
        ratio = budget_between(model, block_size, symmetric_4bit, frac)
        plan = allocate_bits(pqcf_plan.layers, fp_bytes=pqcf_plan.fp_bytes, size_ratio=ratio)
        plan.objective = pqcf_plan.objective
        budget_bytes = ratio * plan.fp_bytes
        every = maximal_allocations(plan, budget_bytes)
        scores = ptq_scores(model, every + [plan.bits], calib_x, xh, yh, block_size=block_size,
                            symmetric_4bit=symmetric_4bit)
        pq_ptq = scores[-1]
        accs = [a for a, _ in scores[:-1]]
        best = max(range(len(every)), key=lambda i: accs[i])
        variants = {"pqcf": plan.bits, "oracle": every[best]}
        for i, bits in enumerate(random_allocations(plan, budget_bytes, range(random_seeds))):
            variants[f"random{i}"] = bits
        row = {"fraction": frac, "size_ratio_budget": ratio, "maximal_allocations": len(every),
               "pqcf_ptq_accuracy": pq_ptq[0], "pqcf_ptq_kl": pq_ptq[1],
               # share of the maximal allocations whose PTQ accuracy is strictly below / KL strictly above PQCF's
               "pqcf_ptq_accuracy_percentile": sum(a < pq_ptq[0] for a in accs) / len(accs),
               "pqcf_ptq_kl_percentile": sum(k > pq_ptq[1] for _, k in scores[:-1]) / len(accs),
               "ptq_accuracy_all": {"min": min(accs), "median": statistics.median(accs), "max": max(accs)},
               "variants": {}}
        for key, bits in variants.items():
            if key == "oracle" and bits == plan.bits:
                row["variants"]["oracle"] = {"same_as": "pqcf"}
                continue
            r = compress(model, make_train(), val, out_dir=work / f"{name}_sweep{frac}_{key}",
                         config=PQCFConfig(size_ratio=ratio, **cfg), plan=plan_with_bits(plan, bits, solver=key),
                         verbose=False, loss_fn=loss_fn)
            row["variants"][key] = {"bits": r.plan.bits, "planned_ratio": r.plan.planned_bytes / r.plan.fp_bytes,
                                    "accuracy_ptq": r.accuracy["quantized"], "accuracy": r.accuracy["onnx"],
                                    "kl_onnx": r.kl_to_teacher["onnx"]}
        if row["variants"]["oracle"].get("same_as"):
            row["variants"]["oracle"] = dict(row["variants"]["pqcf"], same_as="pqcf")
        rand = [v["accuracy"] for k, v in row["variants"].items() if k.startswith("random")]
        row["random_mean_accuracy"] = statistics.mean(rand) if rand else None
        out.append(row)
    return out


def sweep_table(sweep: list[dict], uniform: dict) -> str:
    lines = ["| budget (4-bit → int8 bytes) | size ratio | maximal allocations | PQCF PTQ acc (share of them below) | "
             "PQCF | oracle | random mean | uniform 4-bit | uniform int8 | PQCF − uniform 4-bit |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in sweep:
        v = r["variants"]
        rm = f"{r['random_mean_accuracy']:.4f}" if r["random_mean_accuracy"] is not None else "-"
        lines.append(f"| {r['fraction']:.0%} | {r['size_ratio_budget']:.3f} | {r['maximal_allocations']} | "
                     f"{r['pqcf_ptq_accuracy']:.4f} ({r['pqcf_ptq_accuracy_percentile']:.1%}) | "
                     f"{v['pqcf']['accuracy']:.4f} | {v['oracle']['accuracy']:.4f} | {rm} | "
                     f"{uniform['int4']:.4f} | {uniform['int8']:.4f} | "
                     f"{(v['pqcf']['accuracy'] - uniform['int4']) * 100:+.2f} |")
    return "\n".join(lines)


def goals(results: dict) -> dict:
    d, lin = results["digits"]["rows"], results["linear"]["rows"]
    out = {}
    red = 1 - d["pqcf"]["size_ratio"]
    drop = (d["fp32"]["accuracy"] - d["pqcf"]["accuracy"]) * 100
    out["digits_size_reduction_ge_82pct_drop_le_1pt"] = {
        "size_reduction": red, "accuracy_drop_points": drop, "met": red >= 0.82 and drop <= 1.0}
    for case in [c for c in ("digits", "linear", "gpt") if c in results]:
        rows = results[case]["rows"]
        gain4 = (rows["pqcf"]["accuracy"] - rows["int4"]["accuracy"]) * 100
        rand = rows.get("random_mean")
        gainr = (rows["pqcf"]["accuracy"] - rand["accuracy"]) * 100 if rand else None
        out[f"{case}_pqcf_beats_uniform4_by_2pt_and_random"] = {
            "points_over_uniform4": gain4, "points_over_random_mean": gainr,
            # context, not the goal: what uniform 4-bit itself loses, and PQCF's margin before fine-tuning
            "uniform4_drop_points": (rows["fp32"]["accuracy"] - rows["int4"]["accuracy"]) * 100,
            "ptq_points_over_uniform4": (rows["pqcf"]["accuracy_ptq"] - rows["int4"]["accuracy_ptq"]) * 100,
            "met": gain4 >= 2.0 and (rand is None or gainr > 0),
            "kl_ptq_pqcf": rows["pqcf"]["kl_ptq"], "kl_ptq_uniform4": rows["int4"]["kl_ptq"],
            "kl_ptq_random_mean": rand["kl_ptq"] if rand else None,
            "note": " ".join(n for n in (
                "" if rand else "no other maximal 8/4 allocation fits the budget: random == PQCF",
                f"uniform 4-bit ends {(rows['fp32']['accuracy'] - rows['int4']['accuracy']) * 100:.2f} points below "
                "fp32 here (negative: above), so a 2-point margin is not expected on this model (context; the "
                "transformer is the test)"
                if rows["fp32"]["accuracy"] - rows["int4"]["accuracy"] < 0.02 else "",
                "exploratory for this goal on the transformer; the judged, pre-registered test is "
                "benchmarks/pqcf_confirm.py (5 fresh replicates, 75% budget)" if case == "gpt" else "") if n)}
    # latency is the time of one request (batch 1); the batch of 32 is throughput, reported beside it
    speed = {bs: (lin["fp32"][f"latency_b{bs}_ms"] / lin["pqcf"][f"latency_b{bs}_ms"],
                  lin["fp32"][f"latency_b{bs}_min_ms"] / lin["pqcf"][f"latency_b{bs}_min_ms"]) for bs in (1, 32)}
    out["linear_ort_latency_speedup_ge_1.5x"] = {
        "speedup_median": speed[1][0], "speedup_min": speed[1][1], "met": min(speed[1]) >= 1.5,
        "batch32_speedup_median": speed[32][0], "batch32_speedup_min": speed[32][1],
        "batch32_note": "throughput context, not the goal: MatMulNBits at 32 rows is about as fast as "
                        "the AVX-512 fp32 GEMM on this CPU; uniform int8 is the faster batched choice"}
    return out


def table(results: dict) -> str:
    lines = ["| model | variant | bits (per layer) | ONNX size | size vs fp32 | acc PTQ | KL PTQ | "
             "acc (ONNX, distilled) | KL ONNX | ORT ms b=1 median/min | ORT ms b=32 median/min |",
             "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for case, res in results.items():
        for key, r in res["rows"].items():
            bits = "/".join(str(b) for b in r["bits"].values()) if "bits" in r else "-"
            size = f"{r['file_bytes'] / 1024:.0f} KiB" if "file_bytes" in r else "-"
            lines.append(f"| {case} | {key} | {bits} | {size} | {r['size_ratio']:.1%} | {r['accuracy_ptq']:.4f} | "
                         f"{r['kl_ptq']:.2e} | {r['accuracy']:.4f} | {r['kl_onnx']:.2e} | "
                         f"{r['latency_b1_ms']:.3f} / {r['latency_b1_min_ms']:.3f} | "
                         f"{r['latency_b32_ms']:.3f} / {r['latency_b32_min_ms']:.3f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer epochs/steps/seeds (smoke run)")
    parser.add_argument("--no-gpt", action="store_true", help="skip the transformer case (the slowest)")
    parser.add_argument("--no-sweep", action="store_true", help="skip the transformer's budget sweep")
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(0)
    q = args.quick
    work = Path(tempfile.mkdtemp(prefix="pqcf-bench-"))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    results = {}
    try:
        (xt, yt), (xv, yv) = digits_tensors()

        def digits_train():
            return DataLoader(TensorDataset(xt, yt), batch_size=64, shuffle=True,
                              generator=torch.Generator().manual_seed(0))

        val = DataLoader(TensorDataset(xv, yv), batch_size=256)
        model = fit(DigitsMLP(hidden=512, lr=2e-3), digits_train(), epochs=4 if q else 15)
        results["digits"] = run_case("digits", model, digits_train, val, distill_steps=50 if q else 300,
                                     random_seeds=2 if q else 3, hutchinson_samples=32 if q else 128, block_size=32,
                                     work=work)
        (lt, lyt), (lv, lyv) = synthetic_task(65536, 2048)

        def linear_train():
            return DataLoader(TensorDataset(lt, lyt), batch_size=128, shuffle=True,
                              generator=torch.Generator().manual_seed(0))

        val = DataLoader(TensorDataset(lv, lyv), batch_size=512)
        model = fit(LinearHeavy(), linear_train(), steps=60 if q else 600)
        # 4-bit blocks of 128 (the common LLM setting): at 18 % the budget fits one hidden layer at 8 bits,
        # so the allocation has a real choice to make
        results["linear"] = run_case("linear", model, linear_train, val, distill_steps=30 if q else 150,
                                     random_seeds=2 if q else 3, hutchinson_samples=8 if q else 32, block_size=128,
                                     work=work)
        if not args.no_gpt:
            g = GPT_SETTING
            xg, yg = markov_corpus(g["n_train"], vocab=g["vocab"], seed=1)
            xgv, ygv = markov_corpus(512, vocab=g["vocab"], seed=2)  # held out: other sequences of the same chain

            def gpt_train():
                return DataLoader(TensorDataset(xg, yg), batch_size=64, shuffle=True,
                                  generator=torch.Generator().manual_seed(0))

            torch.manual_seed(0)
            model = TinyGPT(vocab_size=g["vocab"], seq_len=32, d_model=g["d_model"], n_head=4, n_layer=g["n_layer"],
                            lr=3e-3)
            model = fit(model, gpt_train(), steps=200 if q else g["train_steps"])
            results["gpt"] = run_case("gpt", model, gpt_train, DataLoader(TensorDataset(xgv, ygv), batch_size=128),
                                      distill_steps=30 if q else 100, random_seeds=2 if q else 3,
                                      hutchinson_samples=8 if q else 32, block_size=g["block_size"], work=work,
                                      loss_fn=token_ce, symmetric_4bit=g["symmetric_4bit"],
                                      size_ratio=quarter_budget(model, g["block_size"], g["symmetric_4bit"]))
            if not args.no_sweep:
                rows = results["gpt"]["rows"]
                sweep = sweep_case("gpt", model, gpt_train, DataLoader(TensorDataset(xgv, ygv), batch_size=128),
                                   CompressionPlan.from_dict(results["gpt"]["plan"]),
                                   fractions=(0.25, 0.5) if q else (0.25, 0.5, 0.75),
                                   distill_steps=30 if q else 100, random_seeds=2 if q else 3,
                                   block_size=g["block_size"], symmetric_4bit=g["symmetric_4bit"], work=work,
                                   loss_fn=token_ce)
                results["gpt"]["sweep"] = sweep
                results["gpt"]["sweep_table"] = sweep_table(
                    sweep, {k: rows[k]["accuracy"] for k in ("int4", "int8")})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    summary = {"benchmark": "pqcf", "quick": q, "size_ratio_budget": {k: r["size_ratio_budget"] for k, r in results.items()}, "cases": results,
               "goals": goals(results), "table": table(results),
               "environment": {"torch": torch.__version__, "onnxruntime": __import__("onnxruntime").__version__,
                               "cpu": platform.processor() or platform.machine(), "ort_threads": 1}}
    RESULTS.write_text(json.dumps(summary, indent=2, sort_keys=True, allow_nan=False))
    print(summary["table"])
    print()
    for case, res in results.items():
        print(f"{case} PQCF plan:\n{res['plan_table']}\n")
        if "sweep_table" in res:
            print(f"{case} budget sweep:\n{res['sweep_table']}\n")
    for key, g in summary["goals"].items():
        shown = {k: (float(f"{v:.4g}") if isinstance(v, float) else v) for k, v in g.items() if k != "met"}
        print(f"- {key}: {'MET' if g['met'] else 'NOT MET'} {shown}")


if __name__ == "__main__":
    main()
