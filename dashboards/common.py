"""Shared dashboard defaults: datasource and template variables, selectors, panel helpers.

Every dashboard has a ``datasource`` variable (any Prometheus), ``run`` and ``rank`` variables read
from ``lightwatch_run_info``, a fixed uid, and panels whose queries filter on
``run=~"$run", rank=~"$rank"``. Panel helpers take the unit and the thresholds explicitly.

Usage::

    from dashboards import common
    board = common.dashboard("lightwatch-training", "lightwatch / Training overview", "...")
    board.with_panel(common.timeseries("Loss", "...", [(f"{M.LOSS.series}{{{common.SEL}}}", "rank {{rank}}")],
                                       unit="none"))
"""

from __future__ import annotations

import json

from grafana_foundation_sdk.builders import bargauge as bg
from grafana_foundation_sdk.builders import common as cb
from grafana_foundation_sdk.builders import dashboard as db
from grafana_foundation_sdk.builders import prometheus
from grafana_foundation_sdk.builders import stat as st
from grafana_foundation_sdk.builders import timeseries as ts
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import common as cm
from grafana_foundation_sdk.models import dashboard as dm

from monitor import metrics as M

#: the Prometheus datasource every panel and variable uses (the ``datasource`` variable)
DATASOURCE = dm.DataSourceRef(type_val="prometheus", uid="${datasource}")
#: the run/rank filter every lightwatch query carries
SEL = 'run=~"$run", rank=~"$rank"'
#: dashboards' tags (Grafana search and the pushed folder)
TAGS = ["lightwatch"]
#: the Grafana folder dashboards are provisioned / pushed into
FOLDER = "lightwatch"

GREEN, YELLOW, RED, BLUE = "green", "yellow", "red", "blue"


def sel(extra: str = "") -> str:
    """``{run=~"$run", rank=~"$rank"[, extra]}`` label matchers (without braces)."""
    return f"{SEL}, {extra}" if extra else SEL


def dashboard(uid: str, title: str, description: str) -> db.Dashboard:
    """A dashboard with lightwatch's defaults: fixed uid, variables, 1 h window, 30 s refresh."""
    return (
        db.Dashboard(title)
        .uid(uid)
        .description(description)
        .tags(TAGS)
        .readonly()
        .timezone("browser")
        .time("now-1h", "now")
        .refresh("30s")
        .tooltip(dm.DashboardCursorSync.CROSSHAIR)
        .with_variable(
            db.DatasourceVariable("datasource").label("Data source").type("prometheus")
        )
        .with_variable(
            db.QueryVariable("run").label("Run").datasource(DATASOURCE)
            .query(f"label_values({M.RUN_INFO.series}, run)")
            .refresh(dm.VariableRefresh.ON_TIME_RANGE_CHANGED).sort(dm.VariableSort.ALPHABETICAL_ASC)
            .multi(True).include_all(True)
        )
        .with_variable(
            db.QueryVariable("rank").label("Rank").datasource(DATASOURCE)
            .query(f'label_values({M.RUN_INFO.series}{{run=~"$run"}}, rank)')
            .refresh(dm.VariableRefresh.ON_TIME_RANGE_CHANGED).sort(dm.VariableSort.NATURAL_ASC)
            .multi(True).include_all(True)
        )
    )


def _targets(queries: list[tuple[str, str]], instant: bool = False) -> list[prometheus.Dataquery]:
    refs = "ABCDEFGHIJ"
    out = [prometheus.Dataquery().expr(expr).legend_format(legend).ref_id(refs[i]).datasource(DATASOURCE)
           for i, (expr, legend) in enumerate(queries)]
    return [q.instant() for q in out] if instant else out


def thresholds(*steps: tuple[float | None, str]) -> db.ThresholdsConfig:
    """``thresholds((None, GREEN), (0.1, YELLOW), (0.3, RED))``: base colour, then value -> colour."""
    return db.ThresholdsConfig().mode(dm.ThresholdsMode.ABSOLUTE).steps(
        [dm.Threshold(value=v, color=c) for v, c in steps])


_NEUTRAL = ((None, GREEN),)


def _panel(panel, title: str, description: str, queries: list[tuple[str, str]], unit: str, steps: tuple,
           span: int, height: int, instant: bool = False):
    """What every panel carries: title, description, datasource, targets, unit, thresholds, size."""
    return (panel.title(title).description(description).datasource(DATASOURCE).targets(_targets(queries, instant))
            .unit(unit).thresholds(thresholds(*steps)).span(span).height(height))


def timeseries(title: str, description: str, queries: list[tuple[str, str]], *, unit: str,
               steps: tuple = _NEUTRAL, min_val: float | None = None, max_val: float | None = None,
               span: int = 12, height: int = 8, show_thresholds: bool = False, log_scale: bool = False) -> ts.Panel:
    """A time-series panel; ``queries`` are ``(PromQL, legend)`` pairs; ``log_scale``: log10 y axis."""
    legend = cb.VizLegendOptions().display_mode(cm.LegendDisplayMode.LIST).placement(cm.LegendPlacement.BOTTOM)
    panel = _panel(ts.Panel(), title, description, queries, unit, steps, span, height) \
        .line_width(1).fill_opacity(10).legend(legend.show_legend(True))
    if show_thresholds:
        panel = panel.thresholds_style(cb.GraphThresholdsStyleConfig().mode(cm.GraphThresholdsStyleMode.LINE))
    if log_scale:
        panel = panel.scale_distribution(cb.ScaleDistributionConfig().type(cm.ScaleDistribution.LOG).log(10))
    if min_val is not None:
        panel = panel.min(min_val)
    if max_val is not None:
        panel = panel.max(max_val)
    return panel


def stat_panel(title: str, description: str, queries: list[tuple[str, str]], *, unit: str,
               steps: tuple = _NEUTRAL, span: int = 6, height: int = 5) -> st.Panel:
    """A single-value panel (last value, coloured by the thresholds)."""
    return _panel(st.Panel(), title, description, queries, unit, steps, span, height) \
        .color_mode(cm.BigValueColorMode.VALUE).graph_mode(cm.BigValueGraphMode.AREA) \
        .reduce_options(cb.ReduceDataOptions().calcs(["lastNotNull"]))


def bar_panel(title: str, description: str, queries: list[tuple[str, str]], *, unit: str,
              steps: tuple = _NEUTRAL, span: int = 12, height: int = 8, instant: bool = False) -> bg.Panel:
    """A bar gauge (one bar per series, last value), e.g. per-layer bits; ``instant`` for ``topk`` queries
    (a range query would draw every series that was ever in the top k)."""
    return _panel(bg.Panel(), title, description, queries, unit, steps, span, height, instant) \
        .orientation(cm.VizOrientation.HORIZONTAL).display_mode(cm.BarGaugeDisplayMode.BASIC) \
        .reduce_options(cb.ReduceDataOptions().calcs(["lastNotNull"]))


def row(title: str) -> db.Row:
    return db.Row(title)


def to_json(board: db.Dashboard) -> str:
    """Stable JSON (sorted keys, two-space indent, trailing newline) for the build folder."""
    return json.dumps(board.build(), cls=JSONEncoder, sort_keys=True, indent=2) + "\n"


def queries_of(board_json: dict) -> list[tuple[str, str, str]]:
    """``[(panel title, refId, expr)]`` of a built dashboard (rows included), for checks and tests."""
    out = []

    def walk(panels):
        for p in panels:
            for t in p.get("targets") or []:
                out.append((p.get("title", ""), t.get("refId", ""), t.get("expr", "")))
            walk(p.get("panels") or [])

    walk(board_json.get("panels") or [])
    return out
