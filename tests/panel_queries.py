"""Shared by the end-to-end dashboard tests: run every panel query of the committed dashboards
against a real Prometheus, with the Grafana template variables filled.

Example::

    empty = empty_panel_queries(prom.url, run="e2e", ranks=["0"], titles={"lightwatch / Anomalies"})
    assert not empty, empty
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import dashboards
from dashboards import common
from monitor import promql

#: dashboard title -> the test whose real producers fill every panel of it
COVERAGE = {
    "lightwatch / Compression": "tests/test_e2e_panels.py::test_compression_panels_have_data",
    "lightwatch / Parallelism": "tests/test_e2e_panels.py::test_parallelism_panels_have_data",
}


def fill(expr: str, run: str, rank: str = "0") -> str:
    """Fill the ``$run`` / ``$rank`` template variables as Grafana would for one selection."""
    return expr.replace("$run", run).replace("$rank", rank)


def boards() -> dict[str, dict]:
    """Title -> dashboard JSON of every committed dashboard."""
    out = {}
    for path in sorted(dashboards.DASHBOARDS_DIR.glob("*.json")):
        board = json.loads(path.read_text())
        out[board["title"]] = board
    return out


def empty_panel_queries(prom_url: str, *, run: str, ranks: Iterable[str] = ("0",), titles: Iterable[str],
                        allowed_empty: frozenset = frozenset()) -> list[tuple[str, str, str, str]]:
    """``(dashboard, panel, refId, filled expr)`` of every query that returns no data for some rank.

    ``allowed_empty`` holds ``(dashboard, panel, refId)`` targets that may be empty (e.g. CUDA-only).
    A query Prometheus cannot parse raises (``promql.query``). An unknown title raises ``KeyError``.
    """
    all_boards = boards()
    empty = []
    for title in titles:
        for panel, ref, expr in common.queries_of(all_boards[title]):
            for rank in ranks:
                filled = fill(expr, run, rank)
                if not promql.query(prom_url, filled) and (title, panel, ref) not in allowed_empty:
                    empty.append((title, panel, ref, filled))
    return empty
