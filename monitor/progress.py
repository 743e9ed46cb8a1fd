"""What long ``lightwatch`` work shows: progress bars on a terminal, and no third-party noise.

Bars are drawn on stderr only when stderr is a terminal.

Pipes, CI logs and tests get no bar and exactly the output they had before: the bar is then a
disabled ``tqdm`` that callers update the same way, and :meth:`Steps.echo` is a plain ``print``.
On a terminal, lines printed through :meth:`Steps.echo` go above the bar instead of through it::

    with Steps(3, "stack up") as steps:
        start_pushgateway(); steps.step("pushgateway ready")
        ...
        steps.echo("a line for stdout")

:func:`quiet_lightning` silences Lightning's own lines and warnings around a Trainer the user did not
build (``lightwatch demo`` without ``--verbose``); lightwatch's own log lines still show.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sys
import warnings
from typing import IO, Iterator

#: the loggers of both Lightning import paths (each package's ``__init__`` sets its own level)
_LIGHTNING_LOGGERS = ("pytorch_lightning", "lightning_fabric", "lightning", "lightning.pytorch", "lightning.fabric")


def on_terminal(stream: IO | None = None) -> bool:
    """Whether ``stream`` (default: stderr, where bars are drawn) is a terminal."""
    stream = sys.stderr if stream is None else stream
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


def bar(total: int | None, what: str, *, unit: str = "it", mininterval: float = 0.5):
    """A tqdm bar on stderr when it is a terminal; a silent (disabled) one otherwise."""
    from tqdm import tqdm

    # a terminal that reports no size (0 x 0, e.g. a fresh pty) would make tqdm draw nothing
    size = shutil.get_terminal_size()
    return tqdm(total=total, desc=what, unit=unit, file=sys.stderr, disable=not on_terminal(),
                mininterval=mininterval, ncols=size.columns, nrows=size.lines)


class Steps:
    """Named steps of one task: on a terminal a bar counts them and shows the last one's name."""

    def __init__(self, total: int | None, what: str, unit: str = "step") -> None:
        self.bar = bar(total, what, unit=unit, mininterval=0)

    def step(self, name: str, total: int | None = None, advance: int = 1) -> None:
        """``advance`` steps done, ``name`` shown (the one done, or with 0 the one starting); ``total``
        corrects the number of steps once the caller knows it."""
        if total is not None and total != self.bar.total:
            self.bar.total = total
        self.bar.set_postfix_str(name, refresh=not advance)
        self.bar.update(advance)

    def echo(self, line: str, file: IO | None = None) -> None:
        """``print(line)`` (to stdout unless ``file``), above the bar when one is drawn."""
        if self.bar.disable:
            print(line, file=file)
        else:
            self.bar.write(line, file=sys.stdout if file is None else file)

    def close(self) -> None:
        self.bar.close()

    def __enter__(self) -> "Steps":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@contextlib.contextmanager
def quiet_lightning(enabled: bool = True) -> Iterator[None]:
    """Inside the block, Lightning's info lines ("GPU available", tips, "`Trainer.fit` stopped") and
    every warning are silenced; afterwards the loggers' levels and the warning filters are as before."""
    if not enabled:
        yield
        return
    from monitor._lightning import pl  # noqa: F401  imported first: its __init__ would reset the level

    loggers = [logging.getLogger(name) for name in _LIGHTNING_LOGGERS]
    levels = [lg.level for lg in loggers]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for lg in loggers:
            lg.setLevel(logging.ERROR)
        try:
            yield
        finally:
            for lg, level in zip(loggers, levels):
                lg.setLevel(level)
