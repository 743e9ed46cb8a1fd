"""Plain DDP (Lightning's DDPStrategy) vs ThreeDParallelStrategy at the same world size, CPU / gloo.

One launch of ``--world`` ranks (default 4) runs every configuration on the reference TinyGPT with
a large-vocabulary head (so the last pipeline stage is heavier than the blocks alone suggest):

* ``ddp``: Lightning's DDPStrategy (the anchor);
* ``3d (1,4,1)``: our strategy as plain data parallel;
* ``3d (2,2,1) 1F1B uniform`` / ``measured``: the partition choice side by side;
* ``3d (2,2,1) GPipe measured`` and ``3d (2,1,2) 1F1B measured`` (pipeline x tensor).

Per configuration: median step time over the timed steps (after warm-up), global samples/s,
measured and theoretical pipeline bubble, exposed communication, stage imbalance (max/mean of the
measured stage compute) and the blocks per stage. Writes ``benchmarks/results/parallel.json`` and
prints a markdown table. ``--quick`` runs fewer steps.

Run: ``OMP_NUM_THREADS=1 python benchmarks/parallel.py [--quick]``
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MODEL = dict(vocab_size=8192, seq_len=32, d_model=64, n_head=4, n_layer=8, optimizer="sgd", lr=0.05)
GLOBAL_BATCH = 16


def configs(world: int) -> list[dict]:
    out = [dict(name="ddp", strategy="ddp", mesh=[1, world, 1]),
           dict(name=f"3d (1,{world},1)", mesh=[1, world, 1])]
    if world % 2 == 0:
        half = world // 2
        out += [dict(name=f"3d (2,{half},1) 1F1B uniform", mesh=[2, half, 1], schedule="1F1B", partition="uniform"),
                dict(name=f"3d (2,{half},1) 1F1B measured", mesh=[2, half, 1], schedule="1F1B", partition="measured"),
                dict(name=f"3d (2,{half},1) GPipe measured", mesh=[2, half, 1], schedule="GPipe", partition="measured")]
    if world % 4 == 0:
        out.append(dict(name=f"3d (2,{world // 4},2) 1F1B measured", mesh=[2, world // 4, 2], schedule="1F1B",
                        partition="measured"))
    return out


# --------------------------------------------------------------------------- one rank
def worker(spec: dict, out: Path) -> None:
    import pytorch_lightning as pl
    import torch
    from prometheus_client import CollectorRegistry

    from lightning_plugins import ThreeDParallelStrategy
    from lightning_plugins.models import TinyGPT, TokenDataModule

    world, rank = int(os.environ["WORLD_SIZE"]), int(os.environ["RANK"])
    results = []
    for cfg in spec["configs"]:
        pp, dp, tp = cfg["mesh"]
        times: list[float] = []

        class Clock(pl.Callback):
            def on_train_batch_start(self, trainer, *args):
                self.t0 = time.perf_counter()

            def on_train_batch_end(self, trainer, *args):
                times.append(time.perf_counter() - self.t0)

        if cfg.get("strategy") == "ddp":
            from pytorch_lightning.strategies import DDPStrategy

            strategy = DDPStrategy(process_group_backend="gloo")
        else:
            strategy = ThreeDParallelStrategy(pp, dp, tp, num_microbatches=4, schedule=cfg.get("schedule", "1F1B"),
                                              partition=cfg.get("partition", "uniform"), registry=CollectorRegistry(),
                                              check_every_n_steps=spec["steps"] // 2, profile_repeats=5)
        torch.manual_seed(0)
        model = TinyGPT(**MODEL)
        trainer = pl.Trainer(accelerator="cpu", devices=world, strategy=strategy, max_steps=spec["steps"],
                             callbacks=[Clock()], logger=False, enable_checkpointing=False, enable_progress_bar=False,
                             enable_model_summary=False, num_sanity_val_steps=0)
        data = TokenDataModule(num_samples=GLOBAL_BATCH * spec["steps"], seq_len=MODEL["seq_len"],
                               vocab_size=MODEL["vocab_size"], batch_size=GLOBAL_BATCH // dp)
        trainer.fit(model, datamodule=data)
        timed = times[spec["warmup"]:]
        check = getattr(strategy, "last_check", None) or {}
        row = dict(name=cfg["name"], mesh=cfg["mesh"], step_seconds=statistics.median(timed))
        if check:
            row.update(bubble_measured=check["bubble"], exposed_comm=check["exposed_comm"],
                       stage_imbalance=check["imbalance"], stage_seconds=check["stage_seconds"],
                       blocks_per_stage=strategy.stage_sizes,
                       predicted_stage_seconds=strategy.predicted_stage_seconds)
            if pp > 1:
                from lightning_plugins.parallel.partition import theoretical_bubble

                row["bubble_theoretical"] = theoretical_bubble(pp, 4)
        # every rank's step time: the slowest rank sets the pace
        t = torch.tensor([row["step_seconds"]], dtype=torch.float64)
        torch.distributed.all_reduce(t, op=torch.distributed.ReduceOp.MAX)
        row["step_seconds"] = float(t)
        row["samples_per_second"] = GLOBAL_BATCH / row["step_seconds"]
        results.append(row)
    if rank == 0:
        (out / "rank0.json").write_text(json.dumps(results))


# --------------------------------------------------------------------------- launcher
def launch(world: int, spec: dict, out: Path) -> list[dict]:
    from monitor.exporter import free_port

    out.mkdir(parents=True, exist_ok=True)
    (out / "spec.json").write_text(json.dumps(spec))
    port = free_port()
    procs = []
    for rank in range(world):
        env = dict(os.environ, MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), WORLD_SIZE=str(world), RANK=str(rank),
                   LOCAL_RANK=str(rank), NODE_RANK="0", OMP_NUM_THREADS="1",
                   PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        procs.append(subprocess.Popen([sys.executable, __file__, "--worker", str(out)], env=env, cwd=ROOT,
                                      stdout=subprocess.DEVNULL, stderr=open(out / f"rank{rank}.log", "w")))
    codes = [p.wait(timeout=1800) for p in procs]
    if any(codes):
        raise SystemExit(f"benchmark ranks failed with exit codes {codes}; see {out}/rank*.log")
    return json.loads((out / "rank0.json").read_text())


def table(rows: list[dict]) -> str:
    def f(v, fmt):
        return "n/a" if v is None else format(v, fmt)

    lines = ["| configuration | step (ms) | samples/s | bubble measured | bubble theory | exposed comm | "
             "stage imbalance | blocks/stage |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        lines.append(f"| {r['name']} | {r['step_seconds'] * 1e3:.1f} | {r['samples_per_second']:.0f} | "
                     f"{f(r.get('bubble_measured'), '.2f')} | {f(r.get('bubble_theoretical'), '.2f')} | "
                     f"{f(r.get('exposed_comm'), '.2f')} | {f(r.get('stage_imbalance'), '.2f')} | "
                     f"{r.get('blocks_per_stage') or '-'} |")
    return "\n".join(lines)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--world", type=int, default=4, help="ranks (default 4)")
    p.add_argument("--steps", type=int, default=60, help="steps per configuration (default 60)")
    p.add_argument("--quick", action="store_true", help="20 steps per configuration")
    p.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "parallel.json"))
    p.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        workdir = Path(args.worker)
        worker(json.loads((workdir / "spec.json").read_text()), workdir)
        return 0
    if args.world < 2:
        raise ValueError(f"--world {args.world}: needs >= 2 ranks")
    steps = 20 if args.quick else args.steps
    if steps < 10:
        raise ValueError(f"--steps {steps}: needs >= 10 (5 warm-up steps are not timed)")
    import tempfile

    spec = {"configs": configs(args.world), "steps": steps, "warmup": 5}
    t0 = time.perf_counter()
    rows = launch(args.world, spec, Path(tempfile.mkdtemp(prefix="lightwatch-bench-parallel-")))
    wall = time.perf_counter() - t0
    import torch

    result = {"benchmark": "parallel", "world_size": args.world, "device": "cpu", "backend": "gloo",
              "torch": torch.__version__, "model": MODEL, "global_batch": GLOBAL_BATCH, "steps": steps,
              "warmup_steps": 5, "num_microbatches": 4, "cpu_count": os.cpu_count(), "wall_seconds": wall,
              "rows": rows}
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    print(table(rows))
    print(f"\n{args.world} gloo ranks on {os.cpu_count()} CPU cores, wall {wall:.0f} s -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
