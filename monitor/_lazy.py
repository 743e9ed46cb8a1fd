"""The one lazy-import style of every lightwatch package ``__init__`` (PEP 562).

A package lists its public names in a ``name -> module`` table and hands it here; the returned
``__getattr__``/``__dir__`` import a module only when one of its names is first used, so importing
one plugin never imports another's dependencies (ONNX Runtime, statsmodels, Lightning)::

    _LAZY = {"DPSPrecision": "lightning_plugins.precision", ...}
    __all__ = sorted(_LAZY)
    __getattr__, __dir__ = lazy_exports(__name__, _LAZY)

A table entry may name several modules to try in order (a name that moved keeps working from
either), and a name equal to its module's last part is that module itself.
"""

from __future__ import annotations

import importlib
from typing import Callable, Mapping


def lazy_exports(package: str, table: Mapping[str, str | tuple[str, ...]]) -> tuple[Callable, Callable]:
    """``(__getattr__, __dir__)`` for ``package`` serving the names of ``table`` on first use."""
    names = sorted(table)

    def __getattr__(name: str):
        if name not in table:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        where = table[name]
        for path in (where,) if isinstance(where, str) else where:
            module = importlib.import_module(path)
            if path.rpartition(".")[2] == name:
                return module
            if hasattr(module, name):
                return getattr(module, name)
        raise AttributeError(f"module {package!r}: {name!r} is in none of {where}")

    def __dir__():
        return names

    return __getattr__, __dir__
