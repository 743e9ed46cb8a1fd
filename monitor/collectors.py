"""Scrape-time collectors: process, CUDA memory and NVML readings, taken only when scraped.

Nothing here runs on the training thread. Series that a machine cannot provide are absent,
not zero: no CUDA means no accelerator memory series; no NVML means no GPU power series.
"""

from __future__ import annotations

import psutil
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from monitor import metrics as M


def _family(spec: M.MetricSpec, labels: list[str]):
    cls = CounterMetricFamily if spec.kind == "counter" else GaugeMetricFamily
    return cls(spec.name, spec.help, labels=labels, unit=spec.unit)


class ProcessCollector(Collector):
    """CPU seconds and resident memory of this process (psutil)."""

    def __init__(self, run: str, rank: int | str) -> None:
        self._labels = [str(run), str(rank)]
        self._proc = psutil.Process()

    def collect(self):
        times = self._proc.cpu_times()
        cpu = _family(M.PROCESS_CPU, list(M.COMMON_LABELS))
        cpu.add_metric(self._labels, times.user + times.system)
        rss = _family(M.PROCESS_RSS, list(M.COMMON_LABELS))
        rss.add_metric(self._labels, self._proc.memory_info().rss)
        return [cpu, rss]


class CudaMemoryCollector(Collector):
    """Allocated / reserved / peak CUDA memory per visible device (host-side counters, no sync)."""

    def __init__(self, run: str, rank: int | str, devices: list[int]) -> None:
        self._labels = [str(run), str(rank)]
        self._devices = devices

    def collect(self):
        import torch

        labels = list(M.COMMON_LABELS) + ["device"]
        fams = {spec: _family(spec, labels) for spec in
                (M.ACCEL_MEMORY_ALLOCATED, M.ACCEL_MEMORY_RESERVED, M.ACCEL_MEMORY_PEAK)}
        for dev in self._devices:
            lv = self._labels + [f"cuda:{dev}"]
            fams[M.ACCEL_MEMORY_ALLOCATED].add_metric(lv, torch.cuda.memory_allocated(dev))
            fams[M.ACCEL_MEMORY_RESERVED].add_metric(lv, torch.cuda.memory_reserved(dev))
            fams[M.ACCEL_MEMORY_PEAK].add_metric(lv, torch.cuda.max_memory_allocated(dev))
        return list(fams.values())


class NvmlCollector(Collector):
    """GPU utilisation, power and energy through NVML (nvidia-ml-py), for the given devices."""

    def __init__(self, run: str, rank: int | str, devices: list[int]) -> None:
        import pynvml  # raises ImportError when nvidia-ml-py is not installed

        pynvml.nvmlInit()  # raises NVMLError without a driver
        self._nvml = pynvml
        self._labels = [str(run), str(rank)]
        self._handles = [(d, pynvml.nvmlDeviceGetHandleByIndex(d)) for d in devices]

    def collect(self):
        nv = self._nvml
        labels = list(M.COMMON_LABELS) + ["device"]
        util = _family(M.GPU_UTILIZATION, labels)
        power = _family(M.GPU_POWER, labels)
        energy = _family(M.GPU_ENERGY, labels)
        for dev, handle in self._handles:
            lv = self._labels + [f"cuda:{dev}"]
            try:
                util.add_metric(lv, nv.nvmlDeviceGetUtilizationRates(handle).gpu / 100.0)
                power.add_metric(lv, nv.nvmlDeviceGetPowerUsage(handle) / 1000.0)
                energy.add_metric(lv, nv.nvmlDeviceGetTotalEnergyConsumption(handle) / 1000.0)
            except nv.NVMLError:
                continue  # a reading this GPU does not support stays absent
        return [util, power, energy]


def register_system_collectors(registry, run: str, rank: int | str, cuda_devices: list[int]) -> list[Collector]:
    """Register the collectors this machine supports on ``registry``; returns them (to unregister)."""
    collectors: list[Collector] = [ProcessCollector(run, rank)]
    if cuda_devices:
        collectors.append(CudaMemoryCollector(run, rank, cuda_devices))
        try:
            collectors.append(NvmlCollector(run, rank, cuda_devices))
        except Exception:
            pass  # no nvidia-ml-py or no driver: GPU power/utilisation stay absent
    for c in collectors:
        registry.register(c)
    return collectors
