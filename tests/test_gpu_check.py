"""``make gpu-check`` on a machine without CUDA: every GPU test is collected and skipped, exit code 0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(torch.cuda.is_available(), reason="a GPU machine runs the real check (make gpu-check)")
def test_gpu_check_collects_and_skips_cleanly_without_cuda():
    proc = subprocess.run([sys.executable, "benchmarks/gpu_check.py"], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| tests.")]
    assert len(rows) >= 5 and all("skipped: no CUDA device" in row for row in rows), proc.stdout
    assert "test_gpu::test_pqcf_tensorrt_path" in proc.stdout
