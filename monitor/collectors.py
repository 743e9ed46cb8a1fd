"""Scrape-time collectors: process, CUDA memory and NVML readings, taken only when scraped.

Nothing here runs on the training thread. Series that a machine cannot provide are absent,
not zero: no CUDA means no accelerator memory series; no NVML means no GPU power, temperature or clock series.
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
        readings = ((M.ACCEL_MEMORY_ALLOCATED, torch.cuda.memory_allocated),
                    (M.ACCEL_MEMORY_RESERVED, torch.cuda.memory_reserved),
                    (M.ACCEL_MEMORY_PEAK, torch.cuda.max_memory_allocated))
        fams = [(_family(spec, labels), read) for spec, read in readings]  # specs are unhashable (label_caps)
        for dev in self._devices:
            lv = self._labels + [f"cuda:{dev}"]
            for fam, read in fams:
                fam.add_metric(lv, read(dev))
        return [fam for fam, _ in fams]


class NvmlCollector(Collector):
    """GPU utilisation, power, energy, temperature, clocks and memory through NVML (nvidia-ml-py).

    Each reading is taken on its own: a reading the GPU or driver does not support (``NVMLError``,
    e.g. total energy before Volta) leaves only that series of that device absent.
    """

    def __init__(self, run: str, rank: int | str, devices: list[int]) -> None:
        import pynvml  # raises ImportError when nvidia-ml-py is not installed

        pynvml.nvmlInit()  # raises NVMLError without a driver
        self._nvml = pynvml
        self._labels = [str(run), str(rank)]
        self._handles = [(d, pynvml.nvmlDeviceGetHandleByIndex(d)) for d in devices]

    def _readings(self, handle):
        """``(spec, read)`` pairs; each ``read()`` returns the value in the spec's base unit."""
        nv = self._nvml
        return (
            (M.GPU_UTILIZATION, lambda: nv.nvmlDeviceGetUtilizationRates(handle).gpu / 100.0),
            (M.GPU_POWER, lambda: nv.nvmlDeviceGetPowerUsage(handle) / 1000.0),  # mW
            (M.GPU_ENERGY, lambda: nv.nvmlDeviceGetTotalEnergyConsumption(handle) / 1000.0),  # mJ
            (M.GPU_TEMPERATURE, lambda: float(nv.nvmlDeviceGetTemperature(handle, nv.NVML_TEMPERATURE_GPU))),
            (M.GPU_SM_CLOCK, lambda: nv.nvmlDeviceGetClockInfo(handle, nv.NVML_CLOCK_SM) * 1e6),  # MHz
            (M.GPU_MEMORY_CLOCK, lambda: nv.nvmlDeviceGetClockInfo(handle, nv.NVML_CLOCK_MEM) * 1e6),
            (M.GPU_MEMORY_USED, lambda: float(nv.nvmlDeviceGetMemoryInfo(handle).used)),
            (M.GPU_MEMORY_TOTAL, lambda: float(nv.nvmlDeviceGetMemoryInfo(handle).total)),
        )

    def collect(self):
        labels = list(M.COMMON_LABELS) + ["device"]
        fams = {}  # by name: specs are unhashable (label_caps)
        for dev, handle in self._handles:
            lv = self._labels + [f"cuda:{dev}"]
            for spec, read in self._readings(handle):
                fam = fams.get(spec.name)
                if fam is None:
                    fam = fams[spec.name] = _family(spec, labels)
                try:
                    fam.add_metric(lv, read())
                except self._nvml.NVMLError:
                    continue  # a reading this GPU does not support stays absent
        return list(fams.values())


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
