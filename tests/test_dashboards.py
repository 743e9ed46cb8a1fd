"""Dashboards as code: the committed build is what the code generates, and every dashboard follows the rules."""

from __future__ import annotations

import json
import random
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

import dashboards

# building dashboards needs the SDK, which ships for Python >= 3.11 (the built JSON ships in the package;
# its checks that need no SDK run everywhere: test_dashboards_push, test_e2e_*)
pytest.importorskip("grafana_foundation_sdk", reason="grafana-foundation-sdk: Python >= 3.11 only")
from dashboards import common, main  # noqa: E402
from dashboards import rules as R  # noqa: E402
from dashboards.config import DEFAULT, Config  # noqa: E402
from dashboards.queries import queries_of  # noqa: E402
from monitor import metrics as M  # noqa: E402
from tests.conftest import require_binary  # noqa: E402

UIDS = {"lightwatch-training", "lightwatch-precision", "lightwatch-parallelism", "lightwatch-compression",
        "lightwatch-anomalies", "lightwatch-data-quality", "lightwatch-gpu"}
ROOT = Path(__file__).resolve().parent.parent


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
        for name in ("job", "run", "rank"):
            assert variables[name]["type"] == "query"
            assert variables[name]["datasource"] == {"type": "prometheus", "uid": "${datasource}"}
            assert M.RUN_INFO.series in variables[name]["query"]
        # mixin conventions: run and rank are chained from job (and rank from run)
        assert 'job=~"$job"' in variables["run"]["query"] and 'run=~"$run"' in variables["rank"]["query"]
        assert list(variables)[:4] == ["datasource", "job", "run", "rank"]
        assert "lightwatch" in board["tags"]
        # shared crosshair and tooltip; a menu of the other lightwatch dashboards keeping time and variables
        assert board["graphTooltip"] == 2
        assert [(ln["type"], ln["tags"], ln["includeVars"], ln["keepTime"]) for ln in board["links"]] == [
            ("dashboards", ["lightwatch"], True, True)]
        for p in _panels(board):
            if p["type"] in ("timeseries", "state-timeline"):
                assert p["options"]["tooltip"]["mode"] == "multi", f"{uid}/{p['title']}: tooltip shows one series"


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
        for panel, _, expr in queries_of(board):
            for name in token.findall(expr):
                assert name in known, f"{uid}/{panel}: unknown series {name!r} in {expr!r}"
    for content in R.rule_files(DEFAULT).values():
        for group in content["groups"]:
            for rule in group["rules"]:
                for name in token.findall(rule["expr"]):
                    assert name in known, f"rule {rule.get('record') or rule.get('alert')}: unknown {name!r}"


def test_training_dashboard_reads_recording_rules_not_raw_histograms():
    board = _boards()["lightwatch-training"]
    exprs = " ".join(e for _, _, e in queries_of(board))
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


def test_pqcf_thresholds_come_from_the_config():
    from dashboards import pqcf

    cfg = replace(DEFAULT, layer_bits_warn=6, compression_ratio_good=5.5)
    by_title = {p["title"]: p for p in _panels(json.loads(common.to_json(pqcf.build(cfg))))}
    bits = by_title["Bits per layer"]["fieldConfig"]["defaults"]["thresholds"]["steps"]
    ratio = by_title["Compression ratio"]["fieldConfig"]["defaults"]["thresholds"]["steps"]
    assert bits[1]["value"] == 6 and ratio[-1]["value"] == 5.5


def test_training_and_precision_boards_annotate_dps_switches_and_firing_alerts():
    for uid in ("lightwatch-training", "lightwatch-precision"):
        notes = {a["name"]: a for a in _boards()[uid]["annotations"]["list"]}
        dps, alerts = notes["DPS precision switches"], notes["Firing alerts"]
        assert dps["expr"].startswith(f"changes({M.DPS_SWITCHES.series}{{") and '$run' in dps["expr"]
        assert "{{from_dtype}}" in dps["titleFormat"] and "{{to_dtype}}" in dps["titleFormat"]
        assert 'ALERTS{alertstate="firing"' in alerts["expr"] and R.WATCHDOG not in alerts["expr"]
        assert all(a["datasource"]["uid"] == "${datasource}" and a["enable"] for a in notes.values())


def test_every_catalogue_metric_is_on_a_panel_or_has_a_reason():
    from dashboards import coverage

    assert coverage.uncovered() == [], (
        "catalogue metrics on no panel, annotation or recording rule: add a panel in the dashboard of its "
        "subsystem, or a reason in dashboards.coverage.NOT_ON_A_PANEL")
    drawn = coverage.drawn()
    for name, reason in coverage.NOT_ON_A_PANEL.items():
        assert name in M.CATALOGUE, f"NOT_ON_A_PANEL names {name!r}, which is not in the catalogue"
        assert name not in drawn, f"{name} is on a panel now: remove it from NOT_ON_A_PANEL"
        assert len(reason.split()) >= 4, f"{name}: give a real reason"
    for name in ("lightwatch_logged_metric", "lightwatch_logged_metric_step", "lightwatch_gpu_temperature_celsius"):
        assert name in drawn


def test_a_metric_without_a_panel_is_reported(monkeypatch):
    from dashboards import coverage

    spec = M.MetricSpec("lightwatch_nowhere_ratio", "gauge", "Drawn by no dashboard.")
    monkeypatch.setitem(M.CATALOGUE, spec.name, spec)
    assert coverage.uncovered() == ["lightwatch_nowhere_ratio"]
    monkeypatch.setitem(coverage.NOT_ON_A_PANEL, spec.name, "only here to test the coverage check")
    assert coverage.uncovered() == []


def test_gpu_board_draws_every_gpu_metric_per_device_and_rank():
    board = _boards()["lightwatch-gpu"]
    exprs = " ".join(e for _, _, e in queries_of(board))
    for spec in (M.GPU_UTILIZATION, M.GPU_POWER, M.GPU_ENERGY, M.GPU_TEMPERATURE, M.GPU_SM_CLOCK, M.GPU_MEMORY_CLOCK,
                 M.GPU_MEMORY_USED, M.GPU_MEMORY_TOTAL, M.ACCEL_MEMORY_ALLOCATED, M.ACCEL_MEMORY_RESERVED,
                 M.ACCEL_MEMORY_PEAK):
        assert spec.series in exprs, spec.name
    by_title = {p["title"]: p for p in _panels(board)}
    energy = by_title["Energy per sample"]["targets"][0]["expr"]
    assert f"rate({M.GPU_ENERGY.series}" in energy and f"rate({M.SAMPLES.series}" in energy
    assert by_title["Energy per sample"]["fieldConfig"]["defaults"]["unit"] == "joule"
    for title in ("GPU utilisation", "Temperature", "SM clock", "Device memory (NVML)"):
        assert all("{{device}}" in t["legendFormat"] and "{{rank}}" in t["legendFormat"]
                   for t in by_title[title]["targets"]), title
    steps = by_title["Temperature"]["fieldConfig"]["defaults"]["thresholds"]["steps"]
    assert [s["value"] for s in steps] == [None, DEFAULT.gpu_temperature_warn, DEFAULT.gpu_temperature_crit]


def test_user_metrics_panel_follows_the_metric_variable():
    board = _boards()["lightwatch-training"]
    variables = {v["name"]: v for v in board["templating"]["list"]}
    metric = variables["metric"]
    assert M.USER_METRIC.series in metric["query"] and 'run=~"$run"' in metric["query"]
    assert metric["multi"] and metric["includeAll"] and metric["allValue"] == ".+"
    panel = {p["title"]: p for p in _panels(board)}["Logged metrics"]
    assert 'metric=~"$metric"' in panel["targets"][0]["expr"] and "{{metric}}" in panel["targets"][0]["legendFormat"]


def test_active_dtype_is_a_state_timeline_of_every_dps_state():
    panel = {p["title"]: p for p in _panels(_boards()["lightwatch-precision"])}["Active dtype"]
    assert panel["type"] == "state-timeline"
    options = panel["fieldConfig"]["defaults"]["mappings"][0]["options"]
    assert sorted(o["text"] for o in options.values()) == sorted(M.DPS_ACTIVE_DTYPE.states)
    for code, option in options.items():  # the query turns the state set to 1 into exactly this code
        assert f"{code} * max by (run, rank) ({M.DPS_ACTIVE_DTYPE.series}{{" in panel["targets"][0]["expr"]
        assert f"{M.DPS_ACTIVE_DTYPE.name}='{option['text']}'" in panel["targets"][0]["expr"]


def test_anomaly_score_threshold_is_the_detectors_own():
    """The Anomalies board turns red where the detector's evidence (its CUSUM over the decision interval)
    passes half of what an alert needs: never on the calm part, before the alert on a slow decline, and
    the score is 1 once the alert is on."""
    from anomaly import ThroughputDetector

    rng = random.Random(0)
    det = ThroughputDetector(forecaster="ets", warmup=30, window=10, persistence=5)
    values = [100 + rng.gauss(0, 1) for _ in range(150)] + [100 - 0.4 * i + rng.gauss(0, 1) for i in range(80)]
    results = det.score(values)
    onset = next(i for i, r in enumerate(results) if r.state == "anomaly")
    threshold = DEFAULT.anomaly_score_threshold
    assert max(r.score for r in results[:150]) <= threshold < results[onset - 1].score < 1.0 == results[onset].score
    panel = {p["title"]: p for p in _panels(_boards()["lightwatch-anomalies"])}["Anomaly score"]
    assert panel["fieldConfig"]["defaults"]["thresholds"]["steps"][-1] == {"color": "red", "value": threshold}


def test_rules_pass_promtool_check_and_unit_tests():
    """`promtool check rules` is clean and tests/rules/*.yaml pass; every aggregate rule has a case."""
    promtool = require_binary("promtool")
    rule_files = sorted(str(p) for p in dashboards.RULES_DIR.glob("*.yml"))
    check = subprocess.run([promtool, "check", "rules", *rule_files], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr
    tests = sorted(str(p) for p in (ROOT / "tests" / "rules").glob("*.yaml"))
    run = subprocess.run([promtool, "test", "rules", *tests], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    cases = (ROOT / "tests" / "rules" / "recording-test.yaml").read_text()
    for rule in R.aggregate_rules(DEFAULT):
        if not rule["record"].endswith("_bucket:rate1m"):  # read through the quantiles' case
            assert f"expr: {rule['record']}\n" in cases, f"no promtool case for {rule['record']}"


def test_aggregates_need_no_per_rank_labels():
    for rule in R.aggregate_rules(DEFAULT):
        level = rule["record"].split(":")[0]
        assert "rank" not in level and "instance" not in level, rule["record"]
        for by in re.findall(r"by \(([^)]*)\)", rule["expr"]):
            assert not {"rank", "instance"} & {label.strip() for label in by.split(",")}, rule["record"]
