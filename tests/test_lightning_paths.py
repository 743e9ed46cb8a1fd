"""Both Lightning import paths: the plugin tests run again with lightwatch built on ``lightning.pytorch``.

lightwatch picks ``pytorch_lightning`` or ``lightning.pytorch`` once, at import (``monitor/_lightning.py``).
The suite runs on the default (``pytorch_lightning``); this test reruns the tests that attach every
callback, plugin and strategy — their Trainer built from ``monitor._lightning.pl`` too — in a
subprocess with ``LIGHTWATCH_LIGHTNING=lightning``, and checks the choice really flipped.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SUITES = ["tests/test_all_plugins.py", "tests/test_logger.py", "tests/test_monitor_callback.py"]


def test_default_is_pytorch_lightning_and_the_env_flips_it():
    code = "import monitor._lightning as m, monitor.callbacks as c; print(m.NAME, c.Callback.__module__)"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("LIGHTWATCH_LIGHTNING", None)
    default = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    flipped = subprocess.run([sys.executable, "-c", code], env={**env, "LIGHTWATCH_LIGHTNING": "lightning"},
                             capture_output=True, text=True, check=True)
    imported_first = subprocess.run([sys.executable, "-c", "import lightning; " + code], env=env,
                                    capture_output=True, text=True, check=True)
    assert default.stdout.split()[0] == "pytorch_lightning" and default.stdout.split()[1].startswith("pytorch_lightning")
    assert flipped.stdout.split()[0] == "lightning.pytorch" and flipped.stdout.split()[1].startswith("lightning.pytorch")
    assert imported_first.stdout.split()[0] == "lightning.pytorch"


@pytest.mark.slow
def test_plugin_suites_pass_on_lightning_pytorch():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LIGHTWATCH_LIGHTNING": "lightning", "OMP_NUM_THREADS": "1"}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not gpu", *SUITES],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout and " failed" not in proc.stdout
