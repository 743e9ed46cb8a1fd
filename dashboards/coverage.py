"""Which catalogue metric is drawn where: every metric is on a panel, an annotation or a recording rule
of the generated dashboards, or listed in :data:`NOT_ON_A_PANEL` with the reason.

``tests/test_dashboards.py`` walks ``monitor.metrics.CATALOGUE`` against :func:`uncovered`, so a new
metric without a panel (or a written reason) fails the build, and so does a stale reason.

Usage::

    from dashboards import coverage
    coverage.uncovered()            # [] when every metric is on a panel or has a reason
"""

from __future__ import annotations

import re

from monitor import metrics as M

from dashboards.config import DEFAULT, Config

#: catalogue name -> why no dashboard draws it (keep real reasons only; the test rejects names not in
#: the catalogue and names that a panel does draw)
NOT_ON_A_PANEL: dict[str, str] = {
    M.WINDOW_PAUSE_RATIO.name: "the anomaly sidecar's phase input; the validation and checkpoint "
                                       "duration panels draw the same time",
}

_TOKEN = re.compile(r"lightwatch_[a-z0-9_]+")


def expressions(cfg: Config = DEFAULT) -> list[str]:
    """Every PromQL expression of the generated dashboards (panel targets, annotations) and of the recording
    rules (template variables do not count: a series only a variable reads is on no panel)."""
    from dashboards import main, rules
    from dashboards.queries import queries_of

    out = []
    for board in main.dashboards(cfg).values():
        out += [expr for _, _, expr in queries_of(board)]
        out += [a.get("expr") or "" for a in (board.get("annotations") or {}).get("list", [])]
    for group in rules.recording_groups(cfg):
        out += [rule["expr"] for rule in group["rules"]]
    return out


def series_of(spec: M.MetricSpec) -> set[str]:
    """The sample names a query may use for ``spec`` (histograms: ``_bucket``/``_sum``/``_count``)."""
    if spec.kind == "histogram":
        return {spec.name + suffix for suffix in ("_bucket", "_sum", "_count")}
    return {spec.series}


def drawn(cfg: Config = DEFAULT) -> set[str]:
    """Catalogue names some dashboard expression or recording rule reads."""
    used = set(_TOKEN.findall(" ".join(expressions(cfg))))
    return {name for name, spec in M.CATALOGUE.items() if series_of(spec) & used}


def uncovered(cfg: Config = DEFAULT) -> list[str]:
    """Catalogue names neither drawn nor listed in :data:`NOT_ON_A_PANEL`."""
    seen = drawn(cfg)
    return sorted(name for name in M.CATALOGUE if name not in seen and name not in NOT_ON_A_PANEL)
