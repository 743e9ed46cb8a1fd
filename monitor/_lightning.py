"""Which Lightning package lightwatch's callbacks, plugins and strategies are built on.

Lightning ships the same Trainer under two import paths: ``pytorch_lightning`` (the standalone
package) and ``lightning.pytorch`` (the unified ``lightning`` package its current docs use). The
classes of one are not instances of the other's, so a callback built on one is refused by the
other's Trainer. lightwatch picks one package when it is first imported, in this order:

1. the environment variable ``LIGHTWATCH_LIGHTNING`` (``lightning`` or ``pytorch_lightning``);
2. the package the program already imported: ``import lightning`` before lightwatch selects
   ``lightning.pytorch`` (unless ``pytorch_lightning`` was imported too);
3. ``pytorch_lightning`` when it is installed, else ``lightning.pytorch``.

Every lightwatch module takes Lightning names from here (``from monitor._lightning import pl``),
so the choice is made once and applies to all of them. A mismatch (a ``lightning.Trainer`` given
lightwatch objects built on ``pytorch_lightning``) is refused by Lightning itself before any
lightwatch hook runs, so the fix is the environment variable above.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from types import ModuleType

ENV = "LIGHTWATCH_LIGHTNING"
_CHOICES = {"lightning": ("lightning.pytorch", "lightning.fabric"),
            "lightning.pytorch": ("lightning.pytorch", "lightning.fabric"),
            "pytorch_lightning": ("pytorch_lightning", "lightning_fabric")}


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def choose() -> str:
    """The key of ``_CHOICES`` that this process uses (see the module docstring for the order)."""
    env = os.environ.get(ENV, "").strip()
    if env:
        if env not in _CHOICES:
            raise ImportError(f"{ENV}={env!r}: use 'lightning' or 'pytorch_lightning'")
        return env
    if "lightning" in sys.modules and "pytorch_lightning" not in sys.modules:
        return "lightning"
    if _installed("pytorch_lightning"):
        return "pytorch_lightning"
    if _installed("lightning"):
        return "lightning"
    raise ImportError("lightwatch needs Lightning: pip install pytorch-lightning (or lightning)")


NAME, FABRIC_NAME = _CHOICES[choose()]
#: the chosen Lightning package (``pytorch_lightning`` or ``lightning.pytorch``)
pl: ModuleType = importlib.import_module(NAME)
#: its Fabric (``lightning_fabric`` or ``lightning.fabric``)
fabric: ModuleType = importlib.import_module(FABRIC_NAME)


def sub(path: str) -> ModuleType:
    """A submodule of the chosen package, e.g. ``sub("utilities.data")``."""
    return importlib.import_module(f"{NAME}.{path}")


def fabric_sub(path: str) -> ModuleType:
    """A submodule of the chosen Fabric, e.g. ``fabric_sub("utilities.throughput")``."""
    return importlib.import_module(f"{FABRIC_NAME}.{path}")

