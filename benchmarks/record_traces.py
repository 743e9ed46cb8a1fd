"""Record real throughput traces from small Lightning runs on this CPU, with regressions caused for real.

Each run trains a small model with :class:`monitor.PrometheusMonitor` (its own registry, no HTTP) while a
sampler thread reads ``lightwatch_samples_total`` every ``--interval`` seconds (as a scrape would) and
stores the cumulative count; the rate per interval is the traced throughput. Routine pauses are real:
validation every N steps with different lengths, checkpoint writes (the model carries a 16 MB buffer so
a save is a visible stall), gradient accumulation. Regressions are caused at known times (seconds
after training starts) and labelled from those times only:

* ``cpu``       two competing CPU-bound processes (``while True: pass``) started and stopped;
* ``loader``    a throttled data loader (a sleep in the collate function);
* ``blocking``  a blocking per-batch call (a sleep after every batch);
* ``threads``   fewer intra-op threads (``torch.set_num_threads(2 -> 1)``);
* ``leak``      per-step CPU work that grows until the end of the run;
* ``rank``      a 2-rank DDP run (gloo) where rank 1 is slowed (both ranks' series are kept).

The machine is shared, so background load is not controlled: the host load average is stored beside
each trace, and ``anomaly.corpus`` marks a trace ambiguous when its clean part shows drops nobody
caused or an injection had no measurable effect (kept out of the scored set, counted).

    python benchmarks/record_traces.py                  # all runs (~30 min) -> anomaly/data/recorded.npz
    python benchmarks/record_traces.py --only 3 --out /tmp/x.npz   # first 3 runs (a smoke test)
    python benchmarks/record_traces.py --plan-seed 2027 --out anomaly/data/recorded2.npz   # the second corpus
    python benchmarks/record_traces.py --plan-seed 2028 --out anomaly/data/recorded3.npz   # the third
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "anomaly" / "data" / "recorded.npz"
SHAPES = {  # name: (input features or image side, hidden, layers, batch, kind)
    "mlp-s": dict(kind="mlp", d_in=64, hidden=128, layers=2, batch=32),
    "mlp-l": dict(kind="mlp", d_in=256, hidden=512, layers=3, batch=128),
    "cnn": dict(kind="cnn", side=16, channels=16, batch=64),
}


def plan(seed: int = 2026) -> list[dict]:
    """The recorded runs: shapes x routines x injections, fixed seeds (re-recording gives new noise).
    ``seed`` draws the routines and injection times; 2026 is the first corpus (``recorded.npz``), 2027
    the second (``recorded2.npz``, recorded on a quiet machine), 2028 the third (``recorded3.npz``, quiet)."""
    rng = np.random.default_rng(seed)
    off = 0 if seed == 2026 else 100_000 + 1000 * (seed % 100)  # the runs' own seeds, distinct per plan
    kinds = (["clean"] * 8 + ["cpu"] * 6 + ["loader"] * 5 + ["blocking"] * 5 + ["threads"] * 4
             + ["leak"] * 6 + ["clean", "blocking", "loader", "cpu"])
    runs = []
    for i, kind in enumerate(kinds):
        shape = ["mlp-s", "mlp-l", "cnn"][i % 3]
        if kind == "threads" and shape == "mlp-s":
            shape = "mlp-l"  # a tiny MLP does not use a second thread
        runs.append(dict(
            name=f"r{i:02d}-{shape}-{kind}", shape=shape, kind=kind, seed=int(1000 + i + off),
            duration=42.0, val_every=int(rng.choice([60, 120, 200, 300])),
            val_batches=int(rng.choice([5, 20, 50, 100])), ckpt_every=int(rng.choice([0, 250, 500])),
            accum=int(rng.choice([1, 1, 2, 4])),
            t_on=float(rng.uniform(31, 34)), length=float(rng.uniform(4, 7)),
            frac=float(rng.uniform(0.15, 0.6)), threads=2 if kind == "threads" else 1, devices=1))
    for j in range(3):
        runs.append(dict(name=f"d{j}-ddp-rank", shape=["mlp-s", "mlp-l", "cnn"][j], kind="rank", seed=2000 + j + off,
                         duration=42.0, val_every=200, val_batches=20, ckpt_every=0, accum=1,
                         t_on=float(rng.uniform(31, 34)), length=float(rng.uniform(4, 7)),
                         frac=float(rng.uniform(0.2, 0.6)), threads=1, devices=2))
    return runs


# --------------------------------------------------------------------------- the training process
def _worker(spec: dict, out: Path) -> None:
    import lightning.pytorch as pl
    import torch
    from prometheus_client import CollectorRegistry
    from torch import nn

    from monitor import PrometheusMonitor

    torch.set_num_threads(spec["threads"])
    torch.manual_seed(spec["seed"])
    shape = SHAPES[spec["shape"]]
    state = {"throttle": 0.0, "block": 0.0, "leak_rate": 0.0, "leak_t0": None, "step_s": None}

    class Data(torch.utils.data.Dataset):
        def __init__(self, n):  # DDP's DistributedSampler lists every index each epoch: keep n modest
            self.n = n

        def __len__(self):
            return self.n

        def __getitem__(self, i):
            g = torch.Generator().manual_seed(i % 4096)
            x = (torch.randn(1, shape["side"], shape["side"], generator=g) if shape["kind"] == "cnn"
                 else torch.randn(shape["d_in"], generator=g))
            return x, int(i % 10)

    def collate(items):
        if state["throttle"]:
            time.sleep(state["throttle"])
        return torch.utils.data.default_collate(items)

    class Model(pl.LightningModule):
        def __init__(self):
            super().__init__()
            if shape["kind"] == "cnn":
                c = shape["channels"]
                self.net = nn.Sequential(nn.Conv2d(1, c, 3, padding=1), nn.ReLU(), nn.Conv2d(c, c, 3, padding=1),
                                         nn.ReLU(), nn.AdaptiveAvgPool2d(4), nn.Flatten(), nn.Linear(16 * c, 10))
            else:
                dims = [shape["d_in"]] + [shape["hidden"]] * shape["layers"]
                layers = []
                for a, b in zip(dims, dims[1:]):
                    layers += [nn.Linear(a, b), nn.ReLU()]
                self.net = nn.Sequential(*layers, nn.Linear(dims[-1], 10))
            self.register_buffer("ballast", torch.zeros(4_000_000))  # 16 MB: a checkpoint write is a stall

        def training_step(self, batch, _):
            x, y = batch
            return nn.functional.cross_entropy(self.net(x), y)

        def validation_step(self, batch, _):
            x, y = batch
            self.log("val_loss", nn.functional.cross_entropy(self.net(x), y))

        def configure_optimizers(self):
            return torch.optim.SGD(self.parameters(), lr=0.01)

    def loader(n):
        return torch.utils.data.DataLoader(Data(n), batch_size=shape["batch"], collate_fn=collate, num_workers=0)

    reg = CollectorRegistry()
    run = spec["name"]
    mon = PrometheusMonitor(run_name=run, registry=reg, serve=False)
    log: dict = {"val": [], "ckpt": [], "inj_on": None, "inj_off": None, "load": [], "step_s": None}
    samples: list[tuple[float, float]] = []
    stop = threading.Event()
    t0 = [None]

    class Driver(pl.Callback):
        def __init__(self):
            self.procs: list[subprocess.Popen] = []
            self.active = False
            self.steps: list[float] = []
            self.t_prev = None

        def on_train_start(self, trainer, module):
            t0[0] = time.perf_counter()
            rank = str(trainer.global_rank)
            state["rank"] = trainer.global_rank

            def sample():
                nxt = time.perf_counter()
                k = 0
                while not stop.is_set():
                    v = reg.get_sample_value("lightwatch_samples_total", {"run": run, "rank": rank}) or 0.0
                    samples.append((time.perf_counter() - t0[0], v))
                    if k % 10 == 0:
                        log["load"].append((samples[-1][0], os.getloadavg()[0]))
                    k += 1
                    nxt += spec["interval"]
                    time.sleep(max(0.0, nxt - time.perf_counter()))

            threading.Thread(target=sample, daemon=True).start()

        def _set(self, on: bool, trainer):
            kind, frac, now = spec["kind"], spec["frac"], time.perf_counter() - t0[0]
            mine = kind != "rank" or trainer.global_rank == 1
            if on:
                log["inj_on"] = now
                step = float(np.median(self.steps[-200:])) if self.steps else 0.005
                log["step_s"] = step
                if kind == "cpu":
                    self.procs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
                elif kind == "loader":
                    state["throttle"] = frac * step
                elif kind in ("blocking", "rank") and mine:
                    state["block"] = frac * step
                elif kind == "threads":
                    torch.set_num_threads(1)
                elif kind == "leak":
                    state["leak_t0"], state["leak_rate"] = time.perf_counter(), frac * step / 10.0
            else:
                log["inj_off"] = now
                for p in self.procs:
                    p.kill()
                    p.wait()
                self.procs = []
                state["throttle"] = state["block"] = 0.0
                if kind == "threads":
                    torch.set_num_threads(spec["threads"])

        def on_train_batch_end(self, trainer, module, outputs, batch, batch_idx):
            now = time.perf_counter()
            if self.t_prev is not None and not self.active:
                self.steps.append(now - self.t_prev)
            el = now - t0[0]
            if state["block"]:
                time.sleep(state["block"])
            if state["leak_t0"] is not None:  # busy work growing with time since the leak began
                end = time.perf_counter() + state["leak_rate"] * (now - state["leak_t0"])
                while time.perf_counter() < end:
                    pass
            kind = spec["kind"]
            if kind != "clean" and not self.active and log["inj_on"] is None and el >= spec["t_on"]:
                self.active = True
                self._set(True, trainer)
            elif self.active and kind != "leak" and el >= spec["t_on"] + spec["length"]:
                self.active = False
                self._set(False, trainer)
            if el >= spec["duration"]:
                trainer.should_stop = True
            self.t_prev = time.perf_counter()

        def on_validation_start(self, trainer, module):
            if t0[0] is not None:
                log["val"].append([time.perf_counter() - t0[0], None])

        def on_validation_end(self, trainer, module):
            if log["val"]:
                log["val"][-1][1] = time.perf_counter() - t0[0]
            self.t_prev = time.perf_counter()

        def on_save_checkpoint(self, trainer, module, checkpoint):
            if t0[0] is not None:
                log["ckpt"].append(time.perf_counter() - t0[0])

        def on_train_end(self, trainer, module):
            if self.active:
                self._set(False, trainer)

    with tempfile.TemporaryDirectory() as tmp:
        cbs = [mon, Driver()]
        if spec["ckpt_every"]:
            cbs.append(pl.callbacks.ModelCheckpoint(dirpath=tmp, every_n_train_steps=spec["ckpt_every"],
                                                    save_top_k=1, save_weights_only=True))
        trainer = pl.Trainer(
            accelerator="cpu", devices=spec["devices"], strategy="ddp" if spec["devices"] > 1 else "auto",
            max_steps=10**7, max_epochs=-1, val_check_interval=spec["val_every"] * spec["accum"],
            check_val_every_n_epoch=None, limit_val_batches=spec["val_batches"],
            accumulate_grad_batches=spec["accum"], logger=False, enable_progress_bar=False,
            enable_model_summary=False, enable_checkpointing=bool(spec["ckpt_every"]), callbacks=cbs,
            num_sanity_val_steps=0, default_root_dir=tmp)
        trainer.fit(Model(), loader(400_000 * spec["devices"]), loader(spec["val_batches"] * shape["batch"]))
    stop.set()
    time.sleep(2 * spec["interval"])
    t = np.array([s[0] for s in samples])
    c = np.array([s[1] for s in samples])
    meta = dict(spec, rank=state.get("rank", 0), **{k: v for k, v in log.items()})
    path = out / f"{spec['name']}.rank{state.get('rank', 0)}.npz"
    np.savez_compressed(path, t=t.astype(np.float32), count=c.astype(np.float32), meta=json.dumps(meta))


# --------------------------------------------------------------------------- the driver
def record(runs: list[dict], out: Path, interval: float) -> int:
    stored: dict = {}
    if out.exists():
        with np.load(out) as z:
            stored = {k: z[k] for k in z.files}
    t_start = time.perf_counter()
    groups, single = [], []
    for spec in runs:  # DDP runs alone (Lightning relaunches the script per rank), others 4 per process
        if spec["devices"] > 1:
            groups.append([spec])
        else:
            single.append(spec)
            if len(single) == 4:
                groups.append(single)
                single = []
    groups += [single] if single else []
    for group in groups:
        group = [dict(spec, interval=interval) for spec in group]
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", json.dumps(group), "--part", tmp]
            env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_NUM_THREADS="1", PYTHONWARNINGS="ignore")
            try:  # DDP startup (a second process importing torch) is slow on a loaded machine
                r = subprocess.run(cmd, env=env, capture_output=True, text=True,
                                   timeout=sum(s["duration"] + 60 * s["devices"] ** 2 for s in group))
            except subprocess.TimeoutExpired as exc:
                r = subprocess.CompletedProcess(cmd, -9, "", f"timed out after {exc.timeout:.0f}s")
            files = sorted(Path(tmp).glob("*.rank*.npz"))
            if r.returncode != 0:
                print(f"{[s['name'] for s in group]}: rc {r.returncode}: {r.stderr[-800:]}", file=sys.stderr)
            for f in files:
                with np.load(f) as z:
                    meta = json.loads(str(z["meta"]))
                    key = f"{meta['name']}.rank{meta['rank']}"
                    stored[f"{key}/t"], stored[f"{key}/count"] = z["t"], z["count"]
                    stored[f"{key}/meta"] = np.array(json.dumps(meta))
            print(f"{[s['name'] for s in group]}: {len(files)} series, {time.perf_counter() - t:.0f}s "
                  f"(load {os.getloadavg()[0]:.1f})", file=sys.stderr, flush=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp_out = out.with_name(out.stem + ".tmp.npz")
        np.savez_compressed(tmp_out, **stored)
        os.replace(tmp_out, out)
    print(f"recorded {len(runs)} runs in {time.perf_counter() - t_start:.0f}s -> {out}", file=sys.stderr)
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--only", type=int, default=None, help="record only the first N runs of the plan")
    p.add_argument("--skip", type=int, default=0, help="skip the first N runs of the plan")
    p.add_argument("--interval", type=float, default=0.1, help="sampling interval in seconds (default 0.1)")
    p.add_argument("--duration", type=float, default=None,
                   help="shorten every run to this many seconds (injection times scale along; smoke tests)")
    p.add_argument("--plan-seed", type=int, default=2026,
                   help="seed of the plan's routines and injection times (2026: recorded.npz; 2027: recorded2.npz; 2028: recorded3.npz)")
    p.add_argument("--worker", help=argparse.SUPPRESS)
    p.add_argument("--part", type=Path, help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.worker:
        for spec in json.loads(a.worker):  # one process, imports paid once; each run its own Trainer
            _worker(spec, a.part)
        return 0
    runs = plan(a.plan_seed)[a.skip:]
    if a.only is not None:
        runs = runs[:a.only]
    if a.duration:
        runs = [dict(r, duration=a.duration, t_on=r["t_on"] * a.duration / r["duration"],
                     length=r["length"] * a.duration / r["duration"]) for r in runs]
    return record(runs, a.out, a.interval)


if __name__ == "__main__":
    sys.exit(main())
