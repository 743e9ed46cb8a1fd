"""GPU-only checks (marker ``gpu``): run by ``make gpu-check`` on a CUDA machine, deselected by ``make test``.

On a machine without CUDA every test here is collected and skipped with the reason; nothing in the
project depends on them passing there. They measure what CPU tests cannot: real fp16/bf16 autocast,
host synchronisations added per step, MFU against torch's FLOP counter, the NVML collectors and the
PQCF TensorRT path.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import time
from collections import Counter

import pytest
import torch

from monitor import metrics as M
from tests.cuda_syncs import sync_sites

pytestmark = pytest.mark.gpu
CUDA = torch.cuda.is_available()
needs_cuda = pytest.mark.skipif(not CUDA, reason="no CUDA device on this machine")
RUN = {"run": "gpu", "rank": "0"}
#: where measurements go for benchmarks/gpu_check.py's table (one JSON line per measurement)
RESULTS = os.environ.get("LIGHTWATCH_GPU_RESULTS")


def record(name: str, **values) -> None:
    if RESULTS:
        with open(RESULTS, "a") as fh:
            fh.write(json.dumps({"check": name, **values}) + "\n")


def _trainer(**kw):
    from monitor._lightning import pl

    base = dict(accelerator="gpu", devices=1, logger=False, enable_checkpointing=False,
                enable_progress_bar=False, enable_model_summary=False, num_sanity_val_steps=0)
    return pl.Trainer(**{**base, **kw})


@needs_cuda
def test_dps_switches_on_real_fp16_overflow_without_nan_update(registry):
    from lightning_plugins import DPSPrecision
    from lightning_plugins.precision_tasks import SyntheticTask, TraceCallback, task_config
    from monitor._lightning import sub

    steps, every = 200, 25
    cfg = task_config("overflow")
    fp16_trace = TraceCallback()
    _trainer(max_steps=steps, plugins=[sub("plugins.precision").MixedPrecision("16-mixed", device="cuda")],
             callbacks=[fp16_trace]).fit(SyntheticTask(cfg, steps))
    fp16_nan = sum(math.isnan(x) for x in fp16_trace.trace.losses[cfg.overflow_from + 1:])
    plugin = DPSPrecision(device="cuda", check_every=every, registry=registry, run_name="gpu")
    trace = TraceCallback()
    _trainer(max_steps=steps, plugins=[plugin], callbacks=[trace]).fit(SyntheticTask(cfg, steps))
    record("dps_cuda", fp16_nan_losses=fp16_nan, switches=len(plugin.history), skipped=plugin.skipped_steps,
           weights_finite=trace.trace.weights_finite)
    assert fp16_nan > 0  # real fp16 overflows on this task
    assert [h["to"] for h in plugin.history] == ["bf16"]
    assert trace.trace.weights_finite  # no NaN update ever reached the weights
    assert not any(math.isnan(x) for x in trace.trace.losses[plugin.history[0]["step"]:])


def _count_syncs(callbacks, plugins, steps: int = 60) -> Counter:
    """Host synchronisations torch reports (sync debug mode 'warn') during ``steps`` training steps, by site."""
    from lightning_plugins.precision_tasks import SyntheticTask, task_config

    trainer = _trainer(max_steps=steps, callbacks=callbacks, plugins=plugins, log_every_n_steps=10_000)
    task = SyntheticTask(task_config("benign"), steps)
    return sync_sites(lambda: trainer.fit(task))


@needs_cuda
def test_monitor_and_dps_add_no_host_sync_per_step(registry):
    from lightning_plugins import DPSPrecision
    from monitor import PrometheusMonitor
    from monitor._lightning import sub

    mixed = sub("plugins.precision").MixedPrecision("16-mixed", device="cuda")
    base = _count_syncs([], [mixed])
    ours = _count_syncs([PrometheusMonitor(run_name="gpu", registry=registry, serve=False, log_every_n_steps=10_000)],
                        [DPSPrecision(device="cuda", check_every=10_000, registry=registry, run_name="gpu")])
    # the monitor's documented read (every log_every_n_steps, and once at the end of the run) is one sync
    reads = sum(n for site, n in ours.items() if site.startswith("monitor/callbacks.py") and "(_read)" in site)
    per_step = sum(ours.values()) - reads
    record("host_syncs", lightning_alone=sum(base.values()), with_monitor_and_dps=per_step, monitor_reads=reads,
           steps=60)
    assert reads <= 1 and per_step <= sum(base.values()), (
        f"lightwatch added {per_step - sum(base.values())} host synchronisations over 60 steps, {reads} at its "
        f"one read;\nwith lightwatch: {dict(ours)}\nLightning alone: {dict(base)}")


@needs_cuda
def test_mfu_matches_flop_counter(registry):
    """MFU as a user gets it: real batches of 512 rows (the monitor counts samples from the batch), the
    FLOPs per sample from torch's FLOP counter, the peak from the device (no peak_flops given)."""
    from torch import nn
    from torch.utils.flop_counter import FlopCounterMode

    from monitor import PrometheusMonitor
    from monitor._lightning import pl

    class Mlp(pl.LightningModule):
        def __init__(self):
            super().__init__()
            self.net = nn.Sequential(nn.Linear(1024, 2048), nn.GELU(), nn.Linear(2048, 2048), nn.GELU(),
                                     nn.Linear(2048, 10))

        def training_step(self, batch, batch_idx):
            x, y = batch
            return nn.functional.cross_entropy(self.net(x), y)

        def configure_optimizers(self):
            return torch.optim.SGD(self.parameters(), lr=1e-3)

    torch.manual_seed(0)
    batch, steps = 512, 200
    x = torch.randn(batch, 1024, device="cuda")
    y = torch.randint(0, 10, (batch,), device="cuda")
    probe = Mlp().cuda()
    with FlopCounterMode(display=False) as counter:
        nn.functional.cross_entropy(probe.net(x), y).backward()
    flops_per_sample = counter.get_total_flops() / batch
    loader = torch.utils.data.DataLoader([(x, y)] * steps, batch_size=None)  # batches already on the GPU
    mon = PrometheusMonitor(run_name="gpu", registry=registry, serve=False, flops_per_sample=flops_per_sample,
                            log_every_n_steps=50)
    t0 = time.perf_counter()
    _trainer(max_steps=steps, callbacks=[mon]).fit(Mlp(), loader)
    wall = time.perf_counter() - t0
    achieved = registry.get_sample_value(M.ACHIEVED_FLOPS.series, RUN)
    mfu = registry.get_sample_value(M.MFU.series, RUN)
    lower_bound = flops_per_sample * batch * steps / wall  # includes start-up: a lower bound
    record("mfu", device=torch.cuda.get_device_name(0), flops_per_sample=flops_per_sample, achieved_flops=achieved,
           peak_flops=mon.peak_flops, mfu=mfu, whole_run_flops=lower_bound)
    assert mon.peak_flops is not None, "no peak FLOP/s for this device: device_peak_flops needs its name"
    assert achieved is not None and mfu is not None and 0 < mfu < 1
    assert achieved >= 0.9 * lower_bound  # a window rate is at least the whole run's average
    assert mfu == pytest.approx(achieved / mon.peak_flops)


@needs_cuda
def test_nvml_collectors_report_power_utilisation_energy(registry):
    pytest.importorskip("pynvml", reason="nvidia-ml-py not installed (pip install lightwatch[gpu])")
    from prometheus_client import generate_latest

    from monitor.collectors import register_system_collectors

    register_system_collectors(registry, "gpu", 0, cuda_devices=[0])
    a = torch.randn(4096, 4096, device="cuda")
    for _ in range(50):
        a = a @ a / a.norm()
    torch.cuda.synchronize()
    text = generate_latest(registry).decode()
    found = {spec.series: spec.series in text for spec in (M.GPU_POWER, M.GPU_UTILIZATION, M.GPU_ENERGY)}
    record("nvml", **found)
    assert all(found.values()), found


@needs_cuda
def test_pqcf_tensorrt_path(tmp_path):
    """compress() writes a QDQ model and trtexec.sh; TensorRT builds an engine from it."""
    if shutil.which("trtexec") is None:
        pytest.skip("TensorRT's trtexec is not installed")
    import subprocess

    from torch import nn
    from torch.utils.data import DataLoader, TensorDataset

    from lightning_plugins import compress

    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU(), nn.Linear(128, 10))
    x = torch.randn(512, 64)
    y = (x[:, :10]).argmax(1)
    data = DataLoader(TensorDataset(x, y), batch_size=64)
    res = compress(net.eval(), data, data, out_dir=tmp_path / "out", size_ratio=0.3, distill_steps=5,
                   hutchinson_samples=4, verbose=False)
    script = tmp_path / "out" / "trtexec.sh"
    proc = subprocess.run(["sh", str(script)], capture_output=True, text=True, timeout=600)
    plan = list((tmp_path / "out").glob("*.plan"))
    record("tensorrt", rc=proc.returncode, engine=bool(plan), quant_onnx=res.export.quant_path)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert plan and plan[0].stat().st_size > 0
