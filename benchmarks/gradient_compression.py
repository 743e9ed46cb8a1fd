"""Gradient compression side by side: dense all-reduce vs top-k 5 % (with/without error feedback)
vs PowerSGD rank 1 and 2, on 2 and 4 gloo processes (CPU).

Every method trains the same MLP on scikit-learn's digits with raw DDP (plain SGD by default, see
``--momentum``; 32 samples per rank and step; 0.25 MB buckets so several buckets overlap with the
backward pass) for the same number of steps. Per method and world size it records the final
full-train-set loss, the bytes sent per step and rank after the warm-up (lightwatch's exact
counters: ring all-reduce / ring all-gather volume), the mean step time of the slowest rank, the
communication time and the exposed (non-overlapped) communication share, as measured by the hooks
(see ``lightning_plugins/parallel/``: ``comm_hooks.py``, ``topk.py``, ``powersgd.py``).

The break-even world size for bytes follows from the measured top-k/dense byte ratio r(W): the
all-gathered payload grows as (W-1), the ring all-reduce as 2(W-1)/W, so r(W) = c * W and the
measured break-even is W* = W / r(W) (checked across the world sizes run).

    python benchmarks/gradient_compression.py [--quick] [--steps 600] [--world-sizes 2,4]

Writes benchmarks/results/gradient_compression.json and prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import torch  # noqa: E402
import torch.distributed as dist  # noqa: E402
import torch.multiprocessing as mp  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from prometheus_client import CollectorRegistry  # noqa: E402
from torch import nn  # noqa: E402

from lightning_plugins import NoCompression, PowerSGDCompression, TopKCompression  # noqa: E402
from monitor import metrics as M  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
METHODS = ("dense", "topk5_ef", "topk5_no_ef", "powersgd_r1", "powersgd_r2")
WARMUP = 10  # dense steps before top-k / PowerSGD start (also excluded from step timing)


def make_compression(method: str, registry: CollectorRegistry):
    common = {"registry": registry, "run_name": "bench"}
    return {
        "dense": lambda: NoCompression(**common),
        "topk5_ef": lambda: TopKCompression(0.05, warmup_steps=WARMUP, **common),
        "topk5_no_ef": lambda: TopKCompression(0.05, error_feedback=False, warmup_steps=WARMUP, **common),
        "powersgd_r1": lambda: PowerSGDCompression(rank=1, start_iter=WARMUP, **common),
        "powersgd_r2": lambda: PowerSGDCompression(rank=2, start_iter=WARMUP, **common),
    }[method]()


def train(method: str, steps: int, hidden: int, lr: float, momentum: float) -> dict:
    from monitor.demo_model import digits_tensors

    (x, y), _ = digits_tensors()
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(64, hidden), nn.GELU(), nn.Linear(hidden, hidden), nn.GELU(),
                          nn.Linear(hidden, 10))
    ddp = torch.nn.parallel.DistributedDataParallel(model, bucket_cap_mb=0.25)
    registry = CollectorRegistry()
    comp = make_compression(method, registry)
    comp.register(ddp, None)
    opt = torch.optim.SGD(ddp.parameters(), lr=lr, momentum=momentum)
    gen = torch.Generator().manual_seed(dist.get_rank())
    dist.barrier()
    labels = {"run": "bench", "rank": str(dist.get_rank())}
    ends, warm = [], {}
    for step in range(steps):
        idx = torch.randint(0, len(x), (32,), generator=gen)
        loss = F.cross_entropy(ddp(x[idx]), y[idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
        ends.append(time.perf_counter())
        if step == WARMUP - 1:  # byte counters are host values: reading them costs nothing
            warm = {spec.series: registry.get_sample_value(spec.series, labels)
                    for spec in (M.GRADCOMP_SENT_BYTES, M.GRADCOMP_UNCOMPRESSED_BYTES)}
    with torch.no_grad():
        final = float(F.cross_entropy(model(x), y))
    timed = ends[WARMUP:]
    after = {series: registry.get_sample_value(series, labels) - warm[series] for series in warm}
    t = comp.totals
    return {"loss": final,  # bytes: steady state, after the dense warm-up steps
            "sent_bytes_per_step": after[M.GRADCOMP_SENT_BYTES.series] / (steps - WARMUP),
            "dense_bytes_per_step": after[M.GRADCOMP_UNCOMPRESSED_BYTES.series] / (steps - WARMUP),
            "step_ms": 1e3 * (timed[-1] - timed[0]) / (len(timed) - 1),
            "comm_ms_per_step": 1e3 * t["comm_seconds"] / comp.steps_measured,
            "compress_ms_per_step": 1e3 * (t["compress_seconds"] + t["decompress_seconds"]) / comp.steps_measured,
            "exposed_ratio": t["exposed_seconds"] / t["step_seconds"] if t["step_seconds"] else None,
            "params": sum(p.numel() for p in model.parameters())}


def worker(rank: int, world: int, steps: int, hidden: int, lr: float, momentum: float, out: str,
           methods: tuple[str, ...]) -> None:
    torch.set_num_threads(1)
    # a file store next to the output: no race for a TCP port with other jobs on the machine
    dist.init_process_group("gloo", init_method=f"file://{out}.store", rank=rank, world_size=world)
    results = {}
    for method in methods:
        res = train(method, steps, hidden, lr, momentum)
        step_ms = [None] * world
        dist.all_gather_object(step_ms, res["step_ms"])
        res["step_ms"] = max(step_ms)  # the slowest rank sets the pace
        results[method] = res
    if rank == 0:
        Path(out).write_text(json.dumps(results))
    dist.destroy_process_group()


def run_world(world: int, steps: int, hidden: int, lr: float, momentum: float, methods: tuple[str, ...]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "rank0.json")
        mp.start_processes(worker, args=(world, steps, hidden, lr, momentum, out, methods), nprocs=world,
                           start_method="spawn")
        return json.loads(Path(out).read_text())


def break_even(rows: list[dict]) -> dict:
    """Measured byte ratio top-k/dense per world size and the world size where it reaches 1."""
    per_world = {}
    for row in rows:
        if row["method"] == "topk5_ef":
            dense = next(r for r in rows if r["method"] == "dense" and r["world"] == row["world"])
            ratio = row["sent_bytes_per_step"] / dense["sent_bytes_per_step"]
            per_world[row["world"]] = {"bytes_ratio": ratio, "break_even_world": row["world"] / ratio}
    return per_world


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--steps", type=int, default=600, help="training steps per method (incl. 10 dense warm-up)")
    p.add_argument("--world-sizes", default="2,4", help="comma-separated gloo process counts")
    p.add_argument("--hidden", type=int, default=256, help="MLP width (256: every bucket fits int16 indices)")
    p.add_argument("--lr", type=float, default=0.2)
    p.add_argument("--momentum", type=float, default=0.0,
                   help="SGD momentum (0.9 without DGC's momentum correction hurts top-k: see docs/guide/gradient-compression.md)")
    p.add_argument("--out", default=str(RESULTS / "gradient_compression.json"))
    p.add_argument("--methods", default=",".join(METHODS), help="comma-separated subset of " + ",".join(METHODS))
    p.add_argument("--quick", action="store_true", help="100 steps, world size 2 only")
    args = p.parse_args()
    methods = tuple(args.methods.split(","))
    if "dense" not in methods or any(m not in METHODS for m in methods):
        p.error(f"--methods must include dense and be a subset of {','.join(METHODS)}")
    steps = 100 if args.quick else args.steps
    worlds = [2] if args.quick else [int(w) for w in args.world_sizes.split(",")]

    rows = []
    t0 = time.time()
    for world in worlds:
        results = run_world(world, steps, args.hidden, args.lr, args.momentum, methods)
        dense_loss = results["dense"]["loss"]
        dense_bytes = results["dense"]["sent_bytes_per_step"]
        for method in methods:
            r = results[method]
            rows.append({"world": world, "method": method, **r,
                         "loss_vs_dense": r["loss"] / dense_loss, "bytes_vs_dense": r["sent_bytes_per_step"] / dense_bytes})
        print(f"world {world} done ({time.time() - t0:.0f} s)", flush=True)

    be = break_even(rows)
    analytic = {"fp32_values_int16_indices": 2 * 4 / (0.05 * (4 + 2)), "fp32_values_int32_indices": 2 * 4 / (0.05 * 8)}
    report = {"benchmark": "gradient_compression", "steps": steps, "warmup_steps": WARMUP, "hidden": args.hidden,
              "batch_per_rank": 32, "lr": args.lr, "momentum": args.momentum, "bucket_cap_mb": 0.25, "rows": rows,
              "break_even_bytes_measured": be, "break_even_bytes_analytic": analytic,
              "machine": {"platform": platform.platform(), "cpus": os.cpu_count(), "torch": torch.__version__},
              "wall_seconds": time.time() - t0}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")

    print(f"\n{steps} steps, {rows[0]['params']} parameters, 32 samples/rank/step, gloo on "
          f"{os.cpu_count()} shared CPU cores\n")
    print("| W | method | final loss | loss / dense | bytes/step/rank | bytes / dense | step ms | comm ms/step "
          "| (de)compress ms/step | exposed comm |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        exposed = "n/a" if r["exposed_ratio"] is None else f"{r['exposed_ratio']:.0%}"
        print(f"| {r['world']} | {r['method']} | {r['loss']:.4f} | {r['loss_vs_dense']:.3f} | "
              f"{r['sent_bytes_per_step']:,.0f} | {r['bytes_vs_dense']:.3f} | {r['step_ms']:.1f} | "
              f"{r['comm_ms_per_step']:.1f} | {r['compress_ms_per_step']:.2f} | {exposed} |")
    print()
    for world, v in be.items():
        print(f"W={world}: top-k/dense bytes {v['bytes_ratio']:.3f} -> measured break-even world size "
              f"{v['break_even_world']:.1f}")
    print(f"analytic break-even: {analytic}")


if __name__ == "__main__":
    main()
