"""What a PQCF run shows while it works: one short line per stage, and third-party output quieted.

The distillation ``Trainer`` is an internal detail of :func:`~lightning_plugins.pqcf.compress`: its
"GPU available" / "TPU available" / tip lines, its warnings and ONNX Runtime's quantizer hints say
nothing about the user's run, so they are silenced unless asked for (``lightwatch compress --verbose``,
``compress(..., quiet_libraries=False)``).
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from typing import Iterator

@contextlib.contextmanager
def quiet_libraries(enabled: bool = True) -> Iterator[None]:
    """Silence log records up to WARNING and every warning inside the block (Lightning's info lines,
    ONNX Runtime's quantizer hints). Afterwards the logging switch, the warning filters and the root
    logger's level and handlers are as before: ONNX Runtime's 4-bit quantizer calls
    ``logging.basicConfig(level=INFO)`` when first imported, which would otherwise stay."""
    if not enabled:
        yield
        return
    root = logging.getLogger()
    disabled, level, handlers = logging.root.manager.disable, root.level, list(root.handlers)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.disable(logging.WARNING)
        try:
            yield
        finally:
            logging.disable(disabled)
            root.setLevel(level)
            root.handlers[:] = handlers


class Stages:
    """Prints one line, ``[pqcf i/n] stage: detail``, when each stage starts (flushed at once)."""

    def __init__(self, total: int, enabled: bool = True) -> None:
        self.total, self.enabled, self.index = total, enabled, 0

    def start(self, name: str, detail: str = "") -> None:
        self.index += 1
        if self.enabled:
            print(f"[pqcf {self.index}/{self.total}] {name}" + (f": {detail}" if detail else ""), flush=True)
