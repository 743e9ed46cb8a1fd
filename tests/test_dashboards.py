"""Dashboards as code: the committed build is what the code generates, and every dashboard follows the rules."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

import dashboards
from dashboards import common, main
from dashboards import rules as R
from dashboards.config import DEFAULT, Config
from monitor import metrics as M

UIDS = {"lightwatch-training", "lightwatch-precision", "lightwatch-parallelism", "lightwatch-compression",
        "lightwatch-anomalies", "lightwatch-data-quality"}


def test_regenerating_changes_nothing(tmp_path):
    """dashboards/build/ is exactly what the code produces (run `lightwatch dashboards build` after edits)."""
    main.build(tmp_path)
    generated = {p.relative_to(tmp_path).as_posix(): p.read_text() for p in tmp_path.rglob("*") if p.is_file()}
    committed = {p.relative_to(dashboards.BUILD_DIR).as_posix(): p.read_text()
                 for p in dashboards.BUILD_DIR.rglob("*") if p.is_file()}
    assert sorted(generated) == sorted(committed)
    stale = [name for name in generated if generated[name] != committed[name]]
    assert not stale, f"stale generated files (run `lightwatch dashboards build`): {stale}"


def test_build_removes_files_of_deleted_dashboards(tmp_path):
    (tmp_path / "dashboards").mkdir()
    (tmp_path / "dashboards" / "old-board.json").write_text("{}")
    main.build(tmp_path)
    assert not (tmp_path / "dashboards" / "old-board.json").exists()


def _boards() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text()) for p in dashboards.DASHBOARDS_DIR.glob("*.json")}


def _panels(board: dict):
    for p in board["panels"]:
        yield p
        yield from p.get("panels") or []


def test_fixed_uids_variables_and_current_schema():
    boards = _boards()
    assert set(boards) == UIDS
    for uid, board in boards.items():
        assert board["uid"] == uid
        assert board["schemaVersion"] >= 39, "pin a Grafana 11+ schema (grafana-foundation-sdk 11.x build)"
        variables = {v["name"]: v for v in board["templating"]["list"]}
        assert variables["datasource"]["type"] == "datasource" and variables["datasource"]["query"] == "prometheus"
        for name in ("run", "rank"):
            assert variables[name]["type"] == "query"
            assert variables[name]["datasource"] == {"type": "prometheus", "uid": "${datasource}"}
            assert M.RUN_INFO.series in variables[name]["query"]
        assert "lightwatch" in board["tags"]


def test_every_panel_has_unit_thresholds_datasource_and_filters():
    for uid, board in _boards().items():
        titles = [p["title"] for p in _panels(board) if p["type"] != "row"]
        assert len(titles) == len(set(titles)), f"{uid}: duplicate panel titles"
        for p in _panels(board):
            if p["type"] == "row":
                continue
            defaults = p["fieldConfig"]["defaults"]
            assert defaults.get("unit"), f"{uid}/{p['title']}: no unit"
            assert defaults["thresholds"]["steps"], f"{uid}/{p['title']}: no thresholds"
            assert p["datasource"]["uid"] == "${datasource}"
            assert p["gridPos"]["x"] + p["gridPos"]["w"] <= 24, f"{uid}/{p['title']}: off the grid"
            for t in p["targets"]:
                assert t["datasource"]["uid"] == "${datasource}"
                if "ALERTS" not in t["expr"]:
                    assert '$run' in t["expr"], f"{uid}/{p['title']}: query ignores $run: {t['expr']}"


def _known_series() -> set[str]:
    names = set()
    for spec in M.CATALOGUE.values():
        names.add(spec.series)
        if spec.kind == "histogram":
            names |= {spec.name + s for s in ("_bucket", "_sum", "_count")}
    for group in R.recording_groups(DEFAULT):
        names |= {rule["record"] for rule in group["rules"]}
    return names


def test_queries_name_only_catalogue_metrics_and_recorded_series():
    """No metric name is spelled by hand: every lightwatch name in a query exists in monitor.metrics or the rules."""
    known = _known_series()
    token = re.compile(r"(?:[a-z_]+:)?lightwatch_[a-z0-9_]+(?::[a-z0-9_]+)?")
    for uid, board in _boards().items():
        for panel, _, expr in common.queries_of(board):
            for name in token.findall(expr):
                assert name in known, f"{uid}/{panel}: unknown series {name!r} in {expr!r}"
    for content in R.rule_files(DEFAULT).values():
        for group in content["groups"]:
            for rule in group["rules"]:
                for name in token.findall(rule["expr"]):
                    assert name in known, f"rule {rule.get('record') or rule.get('alert')}: unknown {name!r}"


def test_training_dashboard_reads_recording_rules_not_raw_histograms():
    board = _boards()["lightwatch-training"]
    exprs = " ".join(e for _, _, e in common.queries_of(board))
    assert "histogram_quantile" not in exprs and "_bucket" not in exprs
    assert R.step_quantile(DEFAULT) in exprs and R.data_wait_ratio(DEFAULT) in exprs


def test_thresholds_come_from_the_config():
    cfg = replace(DEFAULT, data_wait_crit_ratio=0.55, stall_seconds=42)
    board = json.loads(common.to_json(main.MODULES[0].build(cfg)))
    by_title = {p["title"]: p for p in _panels(board)}
    steps = by_title["Data-wait ratio (input-bound?)"]["fieldConfig"]["defaults"]["thresholds"]["steps"]
    assert steps[-1] == {"color": "red", "value": 0.55}
    alerts = {r["alert"]: r for r in R.alert_groups(cfg)[0]["rules"]}
    assert "> 42 " in alerts["TrainingStalled"]["expr"]


def test_data_quality_thresholds_come_from_the_config():
    cfg = replace(DEFAULT, data_drift_psi=0.3, data_drift_feature_shift=0.7, data_drift_for="10m",
                  data_drift_alpha=0.002)
    board = json.loads(common.to_json(main.MODULES[-1].build(cfg)))
    by_title = {p["title"]: p for p in _panels(board)}
    label = by_title["Label drift (PSI, KL)"]["fieldConfig"]["defaults"]["thresholds"]["steps"]
    assert [s["value"] for s in label] == [None, DEFAULT.drift_warn, 0.3]
    assert by_title["Feature drift (max)"]["fieldConfig"]["defaults"]["thresholds"]["steps"][-1]["value"] == 0.7
    drift = [r for r in R.alert_groups(cfg)[0]["rules"] if r["alert"] == "DataDrift"]
    assert [r["labels"]["signal"] for r in drift] == ["label", "feature", "token"]
    assert [r["expr"].rsplit("< ", 1)[1] for r in drift] == ["0.002"] * 3
    assert {r["for"] for r in drift} == {"10m"}


@pytest.mark.parametrize("field,value", [("throughput_regression_for", "2 minutes"), ("rate_window", "1x"),
                                         ("job", ""), ("stall_seconds", 0), ("step_quantiles", (0.5, 1.5)),
                                         ("sequence_length_quantiles", (0.0,)), ("data_drift_for", "5"),
                                         ("data_quality_window", "five"), ("data_drift_psi", 0), ("data_drift_alpha", 1),
                                         ("std_ratio_low", 1.5)])
def test_bad_config_is_a_clear_error(field, value):
    with pytest.raises(ValueError, match=field):
        Config(**{field: value})


def test_cli_build_writes_everything(tmp_path, capsys):
    from monitor.cli import main as cli

    assert cli(["dashboards", "build", "--out", str(tmp_path)]) == 0
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert written == sorted(main.files())
    assert str(tmp_path) in capsys.readouterr().out
