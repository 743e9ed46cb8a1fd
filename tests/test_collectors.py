"""Scrape-time collectors: present where the machine provides them, absent (not zero) elsewhere."""

from __future__ import annotations

import pytest
import torch
from prometheus_client import generate_latest

from monitor.collectors import register_system_collectors


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
