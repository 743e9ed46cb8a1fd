"""Where host synchronisations happen: CUDA's sync debug mode, with the Python stack of each one.

torch's sync debug mode ``"warn"`` raises a ``UserWarning`` at every synchronising CUDA call; the
warning's own location is only the innermost Python frame, so the hook below records the whole stack
(the project's frames first), which is what a failing GPU test must print to be fixed on a CPU machine.
"""

from __future__ import annotations

import traceback
import warnings
from collections import Counter
from pathlib import Path
from typing import Callable

import torch

ROOT = Path(__file__).resolve().parents[1]


def _site(stack: list[traceback.FrameSummary]) -> str:
    """The innermost frame in the project (else the innermost frame), as ``path:line (function)``."""
    stack = [f for f in stack if not f.filename.endswith("warnings.py")]  # the hook's own callers
    ours = [f for f in stack if f.filename.startswith(str(ROOT)) and "/tests/" not in f.filename]
    f = (ours or stack)[-1]
    name = Path(f.filename)
    where = name.relative_to(ROOT) if name.is_relative_to(ROOT) else Path(*name.parts[-3:])
    return f"{where}:{f.lineno} ({f.name})"


def sync_sites(fn: Callable[[], object]) -> Counter:
    """Run ``fn`` under sync debug mode ``"warn"``; the count of host syncs per call site."""
    sites: Counter = Counter()

    def hook(message, category, filename, lineno, file=None, line=None):
        if "called a synchronizing" in str(message):  # not set_sync_debug_mode's own "prototype" warning
            sites[_site(traceback.extract_stack()[:-1])] += 1

    torch.cuda.synchronize()
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = hook
        torch.cuda.set_sync_debug_mode("warn")
        try:
            fn()
        finally:
            torch.cuda.set_sync_debug_mode("default")
    return sites
