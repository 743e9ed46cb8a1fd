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
    """Prints one line, ``[pqcf i/n] stage: detail``, when each stage starts (flushed at once). On a
    terminal the lines (and :meth:`echo`'s) go above a bar over the stages (:mod:`monitor.progress`)
    that :meth:`close` completes; elsewhere the output is only those lines."""

    def __init__(self, total: int, enabled: bool = True) -> None:
        from monitor.progress import Steps, on_terminal

        self.total, self.enabled, self.index = total, enabled, 0
        self._bar = Steps(total, "pqcf") if enabled and on_terminal() else None

    def start(self, name: str, detail: str = "") -> None:
        self.index += 1
        self.echo(f"[pqcf {self.index}/{self.total}] {name}" + (f": {detail}" if detail else ""))
        if self._bar is not None:
            self._bar.step(name, advance=int(self.index > 1))  # the bar counts stages done

    def echo(self, text: str) -> None:
        """Print ``text`` (when enabled), above the bar when one is drawn."""
        if self._bar is not None:
            self._bar.echo(text)
        elif self.enabled:
            print(text, flush=True)

    def close(self) -> None:
        """Every stage done: the bar (if any) reaches its end and stays on screen."""
        if self._bar is not None:
            self._bar.step("done", advance=self.total - self._bar.bar.n)
            self._bar.close()
            self._bar = None
