"""Shared dashboard defaults: datasource and template variables, selectors, links, annotations, panel helpers.

Every dashboard follows the monitoring-mixin conventions: a ``datasource`` variable (any Prometheus),
a ``job`` variable and the ``run`` and ``rank`` variables chained from it (all read from
``lightwatch_run_info``), a fixed uid, a link menu to the other lightwatch dashboards that keeps the
time range and the variables, a shared crosshair and tooltip, and panels whose queries filter on
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
from grafana_foundation_sdk.builders import statetimeline as stl
from grafana_foundation_sdk.builders import timeseries as ts
from grafana_foundation_sdk.cog import builder as cogbuilder
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import common as cm
from grafana_foundation_sdk.models import dashboard as dm

from monitor import metrics as M

from dashboards import rules as R
from dashboards.config import Config

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


def _query_variable(name: str, label: str, query: str, sort: dm.VariableSort) -> db.QueryVariable:
    return (db.QueryVariable(name).label(label).datasource(DATASOURCE).query(query)
            .refresh(dm.VariableRefresh.ON_TIME_RANGE_CHANGED).sort(sort).multi(True).include_all(True))


def dashboard(uid: str, title: str, description: str) -> db.Dashboard:
    """A dashboard with lightwatch's defaults: fixed uid, variables (``job`` -> ``run`` -> ``rank``), a link
    menu to the other lightwatch dashboards, shared crosshair and tooltip, 1 h window, 30 s refresh."""
    info = M.RUN_INFO.series
    return (
        db.Dashboard(title)
        .uid(uid)
        .description(description)
        .tags(TAGS)
        .readonly()
        .timezone("browser")
        .time("now-1h", "now")
        .refresh("30s")
        .tooltip(dm.DashboardCursorSync.TOOLTIP)
        .link(db.DashboardLink("lightwatch dashboards").type(dm.DashboardLinkType.DASHBOARDS).tags(TAGS)
              .as_dropdown(True).include_vars(True).keep_time(True).icon("external link"))
        .with_variable(
            db.DatasourceVariable("datasource").label("Data source").type("prometheus")
        )
        .with_variable(_query_variable("job", "Job", f"label_values({info}, job)", dm.VariableSort.ALPHABETICAL_ASC))
        .with_variable(_query_variable("run", "Run", f'label_values({info}{{job=~"$job"}}, run)',
                                       dm.VariableSort.ALPHABETICAL_ASC))
        .with_variable(_query_variable("rank", "Rank", f'label_values({info}{{job=~"$job", run=~"$run"}}, rank)',
                                       dm.VariableSort.NATURAL_ASC))
    )


def with_event_annotations(board: db.Dashboard, cfg: Config) -> db.Dashboard:
    """Markers for DPS precision switches (``changes`` of the switch counter) and for firing lightwatch
    alerts (``ALERTS``; the always-firing Watchdog left out)."""
    names = "|".join(n for n in R.ALERT_NAMES if n != R.WATCHDOG)
    return (board
            .annotation(annotation("DPS precision switches",
                                   f"changes({M.DPS_SWITCHES.series}{{{SEL}}}[{cfg.rate_window}]) > 0",
                                   title="DPS {{from_dtype}} -> {{to_dtype}} (rank {{rank}})",
                                   tags="run,rank,from_dtype,to_dtype", color="orange"))
            .annotation(annotation("Firing alerts", f'ALERTS{{alertstate="firing", alertname=~"{names}"}}',
                                   title="{{alertname}}", tags="alertname,severity,run,rank", color="red")))


class _PrometheusAnnotation(dm.AnnotationQuery):
    """A Prometheus annotation query with the fields Grafana's Prometheus datasource reads (title, tags,
    step), which the SDK's generic model does not carry."""

    def __init__(self, title_format: str, tag_keys: str, step: str, **kw) -> None:
        super().__init__(**kw)
        self.title_format, self.tag_keys, self.step = title_format, tag_keys, step

    def to_json(self) -> dict[str, object]:
        return {**super().to_json(), "titleFormat": self.title_format, "tagKeys": self.tag_keys, "step": self.step,
                "useValueForTime": False}


class _Built(cogbuilder.Builder):
    def __init__(self, obj) -> None:
        self._obj = obj

    def build(self):
        return self._obj


def annotation(name: str, expr: str, *, title: str, tags: str, color: str, step: str = "30s") -> _Built:
    """A Prometheus annotation: a marker at every step where ``expr`` returns a series."""
    return _Built(_PrometheusAnnotation(title, tags, step, name=name, datasource=DATASOURCE, enable=True,
                                        hide=False, icon_color=color, expr=expr))


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
#: every series at the hovered time, largest first (with the dashboard's shared tooltip: across panels too)
_TOOLTIP = cb.VizTooltipOptions().mode(cm.TooltipDisplayMode.MULTI).sort(cm.SortOrder.DESCENDING)


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
        .line_width(1).fill_opacity(10).legend(legend.show_legend(True)).tooltip(_TOOLTIP)
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


def state_timeline(title: str, description: str, queries: list[tuple[str, str]], *, states: dict[int, tuple[str, str]],
                   span: int = 12, height: int = 8) -> stl.Panel:
    """A state timeline: one lane per series; ``states`` maps each value to ``(text, colour)``."""
    mapping = dm.ValueMap(options={str(v): dm.ValueMappingResult(text=t, color=col, index=i)
                                   for i, (v, (t, col)) in enumerate(sorted(states.items()))})
    return _panel(stl.Panel(), title, description, queries, "none", _NEUTRAL, span, height) \
        .mappings([mapping]).merge_values(True).show_value(cm.VisibilityMode.AUTO).tooltip(_TOOLTIP)


def row(title: str) -> db.Row:
    return db.Row(title)


def to_json(board: db.Dashboard) -> str:
    """Stable JSON (sorted keys, two-space indent, trailing newline) for the build folder."""
    return json.dumps(board.build(), cls=JSONEncoder, sort_keys=True, indent=2) + "\n"
