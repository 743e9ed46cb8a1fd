"""``make gpu-check``: every GPU-only test and the CUDA measurements, as one table (≤ 8 minutes on one GPU).

Runs ``pytest -m gpu`` (tests/test_gpu.py and the other ``gpu``-marked tests) with
``LIGHTWATCH_GPU_RESULTS`` pointing at a JSON-lines file the tests append their measurements to,
then prints one table: each test's outcome and what it measured (DPS under real fp16/bf16, host
syncs added per step by the monitor and DPS, MFU against torch's FLOP counter, the NVML collectors,
the PQCF TensorRT engine build). Writes ``benchmarks/results/gpu_check.json``.

Without a CUDA device every test is collected and skipped, the table says so, and the exit code is
0: CI never has a GPU and nothing depends on one. A failed test makes the exit code 1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "results" / "gpu_check.json"


def gpu_modules() -> list[str]:
    """The test modules that hold a ``gpu`` mark: only these are collected, so a GPU machine that lacks the
    CPU-only test extras (kubernetes-validate, compose-spec, mkdocs, ...) still runs every GPU test."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("test_*.py")
                  if "pytest.mark.gpu" in p.read_text())


def main() -> int:
    import torch

    with tempfile.TemporaryDirectory() as tmp:
        results, junit = Path(tmp) / "measured.jsonl", Path(tmp) / "junit.xml"
        env = {**os.environ, "LIGHTWATCH_GPU_RESULTS": str(results), "PYTHONUNBUFFERED": "1"}
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "pytest", "-m", "gpu", "-q", "-p", "no:cacheprovider",
                               f"--junitxml={junit}", "--timeout=420", *gpu_modules()], cwd=ROOT, env=env)
        wall = time.perf_counter() - t0
        tests = []
        if junit.exists():
            for case in ET.parse(junit).getroot().iter("testcase"):
                outcome = "passed"
                for tag in ("failure", "error", "skipped"):
                    node = case.find(tag)
                    if node is not None:
                        outcome = tag if tag != "skipped" else "skipped: " + (node.get("message") or "")[:70]
                tests.append({"test": f"{case.get('classname')}::{case.get('name')}", "outcome": outcome,
                              "seconds": float(case.get("time") or 0)})
        measured = [json.loads(line) for line in results.read_text().splitlines()] if results.exists() else []
    device = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "no CUDA device"
    print(f"\nlightwatch gpu-check on {device} ({wall:.0f} s)\n")
    print(f"| {'test':<78} | {'outcome':<40} | s |\n|{'-' * 80}|{'-' * 42}|---|")
    for t in tests:
        print(f"| {t['test'][-78:]:<78} | {t['outcome'][:40]:<40} | {t['seconds']:.1f} |")
    if measured:
        print("\n| check | measured |\n|---|---|")
        for m in measured:
            print(f"| {m['check']} | " + ", ".join(f"{k}={v}" for k, v in m.items() if k != "check") + " |")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if torch.cuda.is_available():  # a CPU machine never overwrites a GPU machine's record
        OUT.write_text(json.dumps({"device": device, "wall_seconds": wall, "tests": tests, "measured": measured},
                                  indent=2) + "\n")
    return 0 if proc.returncode in (0, 5) else 1  # 5: nothing collected is not a failure


if __name__ == "__main__":
    sys.exit(main())
