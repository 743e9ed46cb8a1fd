"""Shared by the end-to-end dashboard tests: run every panel query of the committed dashboards
against a real Prometheus, with the Grafana template variables filled.

Example::

    empty = empty_panel_queries(prom.url, run="e2e", ranks=["0"], titles={"lightwatch / Anomalies"})
    assert not empty, empty
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable

import dashboards
from dashboards.queries import queries_of
from monitor import promql

#: dashboard title -> the test whose real producers fill every panel of it
COVERAGE = {
    "lightwatch / Compression": "tests/test_e2e_panels.py::test_compression_panels_have_data",
    "lightwatch / Parallelism": "tests/test_e2e_panels.py::test_parallelism_panels_have_data",
    "lightwatch / GPU": "tests/test_e2e_panels.py::test_gpu_and_training_extra_panels_have_data",
}
_EXTRAS = "tests/test_e2e_panels.py::test_gpu_and_training_extra_panels_have_data"
#: (dashboard title, panel) -> the test that fills that panel: its producers are not in the run of the
#: test that checks the rest of the board (a board-wide check skips these panels)
PANEL_COVERAGE = {
    ("lightwatch / Training overview", "Logged metrics"): _EXTRAS,  # PrometheusLogger (self.log)
    ("lightwatch / Training overview", "Logged step"): _EXTRAS,
    ("lightwatch / Training overview", "Validation and checkpoint time"): _EXTRAS,  # validation + checkpoints
}
#: targets only a CUDA machine fills (the caching allocator; absent, not zero, on CPU): (dashboard, panel, refId)
GPU_CUDA_ONLY = frozenset(("lightwatch / GPU", "Allocator memory", ref) for ref in "ABC")
#: what Grafana's "All" sends for template variables other than run and rank (their allValue)
OTHER_VARIABLES = {"$metric": ".+"}


class FitThread(threading.Thread):
    """``trainer.fit(model, datamodule=...)`` on a daemon thread; an exception lands in ``failure`` so the
    test thread can report it (the alerting E2E could share this)."""

    def __init__(self, trainer, model, datamodule) -> None:
        super().__init__(daemon=True)
        self.failure: list[BaseException] = []
        self._fit = lambda: trainer.fit(model, datamodule=datamodule)

    def run(self) -> None:
        try:
            self._fit()
        except BaseException as exc:  # surfaced in the test thread
            self.failure.append(exc)


def fill(expr: str, run: str, rank: str = "0") -> str:
    """Fill the ``$run`` / ``$rank`` template variables as Grafana would for one selection (others: All)."""
    for name, value in OTHER_VARIABLES.items():
        expr = expr.replace(name, value)
    return expr.replace("$run", run).replace("$rank", rank)


def boards() -> dict[str, dict]:
    """Title -> dashboard JSON of every committed dashboard."""
    out = {}
    for path in sorted(dashboards.DASHBOARDS_DIR.glob("*.json")):
        board = json.loads(path.read_text())
        out[board["title"]] = board
    return out


def empty_panel_queries(prom_url: str, *, run: str, ranks: Iterable[str] = ("0",), titles: Iterable[str],
                        allowed_empty: frozenset = frozenset(), settle_s: float = 30.0,
                        panels: frozenset | None = None) -> list[tuple[str, str, str, str]]:
    """``(dashboard, panel, refId, filled expr)`` of every query that returns no data for some rank.

    ``panels``: only these ``(dashboard, panel)`` pairs; by default every panel of ``titles`` except
    those :data:`PANEL_COVERAGE` gives to another test.

    ``allowed_empty`` holds ``(dashboard, panel, refId)`` targets that may be empty (e.g. CUDA-only).
    Queries still empty are asked again every second for up to ``settle_s`` seconds: recording-rule
    groups are evaluated at their own offsets, so a rate rule can first have two samples up to one
    evaluation interval after another rule of the same scrape did (a query that stays empty is
    still reported). A query Prometheus cannot parse raises (``promql.query``). An unknown title
    raises ``KeyError``.
    """
    all_boards = boards()
    todo = []
    for title in titles:
        for panel, ref, expr in queries_of(all_boards[title]):
            if (title, panel, ref) in allowed_empty:
                continue
            if ((title, panel) not in panels) if panels is not None else ((title, panel) in PANEL_COVERAGE):
                continue
            todo += [(title, panel, ref, fill(expr, run, rank)) for rank in ranks]
    deadline = time.monotonic() + settle_s
    while True:
        todo = [t for t in todo if not promql.query(prom_url, t[3])]
        if not todo or time.monotonic() >= deadline:
            return todo
        time.sleep(1.0)
