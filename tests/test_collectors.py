"""Scrape-time collectors: present where the machine provides them, absent (not zero) elsewhere."""

from __future__ import annotations

import subprocess
import sys

import pytest
import torch
from prometheus_client import generate_latest

from monitor.collectors import register_system_collectors
from tests.conftest import require_binary


def test_cpu_machine_exposes_process_metrics_and_no_accelerator_series(registry):
    collectors = register_system_collectors(registry, "r", 0, cuda_devices=[])
    text = generate_latest(registry).decode()
    assert 'lightwatch_process_cpu_seconds_total{rank="0",run="r"}' in text
    assert 'lightwatch_process_resident_memory_bytes{rank="0",run="r"}' in text
    assert "lightwatch_accelerator_memory" not in text and "lightwatch_gpu_" not in text
    for c in collectors:
        registry.unregister(c)
    assert "lightwatch_process" not in generate_latest(registry).decode()


@pytest.mark.gpu
def test_cuda_machine_exposes_memory_series(registry):  # CPU twin: the test above
    if not torch.cuda.is_available():
        pytest.skip("no CUDA device on this machine")
    x = torch.ones(1024, 1024, device="cuda")
    register_system_collectors(registry, "r", 0, cuda_devices=[0])
    allocated = registry.get_sample_value("lightwatch_accelerator_memory_allocated_bytes",
                                          {"run": "r", "rank": "0", "device": "cuda:0"})
    assert allocated >= x.numel() * 4


class _NVMLError(Exception):
    pass


def _fake_pynvml(fail: set[str] = frozenset(), energy_step_mj: int = 0):
    """A stand-in for nvidia-ml-py with NVML's units (mW, mJ, MHz, bytes); ``fail`` names functions
    that raise NVMLError, as a driver does for a reading the GPU does not support; the energy counter
    starts at 9 kJ and grows by ``energy_step_mj`` at each further reading of a device."""
    from types import SimpleNamespace

    calls = []

    def reading(name, value):
        def fn(handle, *args):
            calls.append((name, handle, args))
            if name in fail:
                raise _NVMLError(name)
            return value(handle, *args) if callable(value) else value
        return fn

    clocks = {1: 1980, 2: 2619}  # NVML_CLOCK_SM, NVML_CLOCK_MEM (MHz)
    return SimpleNamespace(
        NVMLError=_NVMLError, NVML_TEMPERATURE_GPU=0, NVML_CLOCK_SM=1, NVML_CLOCK_MEM=2, calls=calls,
        nvmlInit=lambda: None,
        nvmlDeviceGetHandleByIndex=lambda i: f"h{i}",
        nvmlDeviceGetUtilizationRates=reading("util", SimpleNamespace(gpu=87, memory=40)),
        nvmlDeviceGetPowerUsage=reading("power", 312_500),
        nvmlDeviceGetTotalEnergyConsumption=reading(
            "energy", lambda h: 9_000_000 + energy_step_mj * (sum(c[:2] == ("energy", h) for c in calls) - 1)),
        nvmlDeviceGetTemperature=reading("temperature", lambda h, sensor: 64 if sensor == 0 else -1),
        nvmlDeviceGetClockInfo=reading("clock", lambda h, kind: clocks[kind]),
        nvmlDeviceGetMemoryInfo=reading("memory", SimpleNamespace(used=3 * 2**30, total=141 * 2**30, free=0)),
    )


def _values(registry, device="cuda:0"):
    labels = {"run": "r", "rank": "1", "device": device}
    names = ["lightwatch_gpu_utilization_ratio", "lightwatch_gpu_power_watts", "lightwatch_gpu_energy_joules_total",
             "lightwatch_gpu_temperature_celsius", "lightwatch_gpu_sm_clock_hertz",
             "lightwatch_gpu_memory_clock_hertz", "lightwatch_gpu_memory_used_bytes",
             "lightwatch_gpu_memory_total_bytes"]
    return {n: registry.get_sample_value(n, labels) for n in names}


def test_nvml_collector_reads_every_gpu_metric_in_base_units(registry, monkeypatch):
    from monitor.collectors import NvmlCollector

    fake = _fake_pynvml()
    monkeypatch.setitem(sys.modules, "pynvml", fake)
    registry.register(NvmlCollector("r", 1, [0, 1]))
    assert _values(registry) == {
        "lightwatch_gpu_utilization_ratio": 0.87, "lightwatch_gpu_power_watts": 312.5,
        "lightwatch_gpu_energy_joules_total": 9000.0, "lightwatch_gpu_temperature_celsius": 64.0,
        "lightwatch_gpu_sm_clock_hertz": 1.98e9, "lightwatch_gpu_memory_clock_hertz": 2.619e9,
        "lightwatch_gpu_memory_used_bytes": 3 * 2**30, "lightwatch_gpu_memory_total_bytes": 141 * 2**30}
    assert _values(registry, "cuda:1")["lightwatch_gpu_temperature_celsius"] == 64.0
    assert {h for _, h, _ in fake.calls} == {"h0", "h1"}
    # the exposition passes promtool's metric lint (names, units, help)
    lint = subprocess.run([require_binary("promtool"), "check", "metrics"], input=generate_latest(registry),
                          capture_output=True, timeout=60)
    assert lint.returncode == 0, lint.stdout + lint.stderr


@pytest.mark.parametrize("failing,absent", [
    ("temperature", {"lightwatch_gpu_temperature_celsius"}),
    ("energy", {"lightwatch_gpu_energy_joules_total"}),
    ("clock", {"lightwatch_gpu_sm_clock_hertz", "lightwatch_gpu_memory_clock_hertz"}),
    ("memory", {"lightwatch_gpu_memory_used_bytes", "lightwatch_gpu_memory_total_bytes"}),
])
def test_an_nvml_error_leaves_only_that_reading_absent(registry, monkeypatch, failing, absent):
    from monitor.collectors import NvmlCollector

    monkeypatch.setitem(sys.modules, "pynvml", _fake_pynvml(fail={failing}))
    registry.register(NvmlCollector("r", 1, [0]))
    values = _values(registry)
    assert {n for n, v in values.items() if v is None} == absent
    assert "lightwatch_gpu_power_watts" not in absent and values["lightwatch_gpu_power_watts"] == 312.5


def test_without_nvml_the_monitor_registers_no_gpu_series(registry, monkeypatch):
    """No nvidia-ml-py (or no driver): register_system_collectors leaves every GPU series absent, not zero."""
    monkeypatch.setitem(sys.modules, "pynvml", None)  # import pynvml raises ImportError
    collectors = register_system_collectors(registry, "r", 0, cuda_devices=[])
    assert "lightwatch_gpu_" not in generate_latest(registry).decode()
    for c in collectors:
        registry.unregister(c)


def test_cuda_memory_collector_collects(registry, monkeypatch):
    """The CUDA memory collector's scrape path, with torch.cuda's host-side counters stubbed (no GPU here).
    It used to key its families by MetricSpec, which is unhashable, so every scrape on a GPU raised."""
    from monitor.collectors import CudaMemoryCollector

    monkeypatch.setattr(torch.cuda, "memory_allocated", lambda d: 100 + d)
    monkeypatch.setattr(torch.cuda, "memory_reserved", lambda d: 200 + d)
    monkeypatch.setattr(torch.cuda, "max_memory_allocated", lambda d: 300 + d)
    registry.register(CudaMemoryCollector("r", 0, [0, 1]))
    get = registry.get_sample_value
    assert get("lightwatch_accelerator_memory_allocated_bytes", {"run": "r", "rank": "0", "device": "cuda:1"}) == 101
    assert get("lightwatch_accelerator_memory_reserved_bytes", {"run": "r", "rank": "0", "device": "cuda:0"}) == 200
    assert get("lightwatch_accelerator_memory_peak_bytes", {"run": "r", "rank": "0", "device": "cuda:0"}) == 300
