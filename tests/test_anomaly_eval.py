"""The evaluation side of the anomaly detector: NAB scorer, held-out generator, recorded corpus, scoring."""

from __future__ import annotations

import math

import numpy as np
import pytest

from anomaly import nab
from anomaly.corpus import RECORDED, RECORDED2, RECORDED3, load_recorded, summary
from anomaly.evaluation import MedianMadDetector, NaiveForecaster, alert_runs, score_alerts
from anomaly.heldout import heldout_set, labels, make_heldout
from anomaly.traces import Event

ALL_ONE = {"tpWeight": 1.0, "fnWeight": 1.0, "fpWeight": 1.0}
needs_nab = pytest.mark.skipif(not (nab.NAB_ROOT / "labels" / "combined_windows.json").exists(),
                               reason="NAB categories not present at /work/shared/nab")


# ----------------------------------------------------------------------------- NAB scorer
def test_nab_unit_case_scoring_all_metrics():
    # NAB tests/integration/scorer_test.py::testScoringAllMetrics: 100 rows, 2 windows of 5 placed by
    # generateWindows (rows 30-34 and 65-69), detections at the first window's start, +1 and +7;
    # NAB expects -0.9540 with TP 2 rows, FP 1, the second window missed.
    d = np.zeros(100, bool)
    d[[30, 31, 37]] = True
    s = nab.score_rows(d, [(30, 34), (65, 69)], ALL_ONE, probation=0)
    assert s.raw == pytest.approx(-0.9540, abs=1e-4)
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


def test_nab_unit_cases_profiles_scale_fn_and_fp():
    # testRewardLowFalseNegatives: no detections, fnWeight 2 doubles the (negative) score
    d = np.zeros(100, bool)
    w = [(30, 39)]
    std = nab.score_rows(d, w, ALL_ONE, probation=0).raw
    low_fn = nab.score_rows(d, w, dict(ALL_ONE, fnWeight=2.0, fpWeight=0.055), probation=0).raw
    assert std == -1.0 and low_fn == 2 * std
    # testRewardLowFalsePositives: one detection before any window costs -fpWeight
    d[0] = True
    assert nab.score_rows(d, [], ALL_ONE, probation=0).raw == -1.0
    assert nab.score_rows(d, [], dict(ALL_ONE, fpWeight=2.0), probation=0).raw == -2.0


def test_nab_hand_computed_position_and_probation():
    # 1000 rows -> probation floor(150) rows; one window rows 400-499 (width 100)
    w = [(400, 499)]
    d = np.zeros(1000, bool)
    d[[10, 449, 460, 520]] = True  # 10: in probation (ignored); 449: in the window; 520: behind it
    s = nab.score_rows(d, w, nab.PROFILES["standard"])
    tp = (2 / (1 + math.exp(5 * (-(499 - 449 + 1) / 100))) - 1) / (2 / (1 + math.exp(-5)) - 1)
    fp = 0.11 * (2 / (1 + math.exp(5 * (21 / 99))) - 1)
    assert s.window_scores == [pytest.approx(tp)] and s.raw == pytest.approx(tp + fp)
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    assert nab.probation_length(100_000) == 750  # capped at 15 % of 5000


def test_nab_normalisation_null_zero_perfect_hundred_synthetic():
    files = [nab.NabFile("a.csv", [""] * 2000, np.zeros(2000), [(500, 599), (1500, 1599)]),
             nab.NabFile("b.csv", [""] * 1000, np.zeros(1000), [(700, 799)])]
    null = {f.name: np.zeros(len(f.values), bool) for f in files}
    perfect = {f.name: np.isin(np.arange(len(f.values)), [a for a, _ in f.windows]) for f in files}
    late = {f.name: np.isin(np.arange(len(f.values)), [b for _, b in f.windows]) for f in files}
    for prof in nab.PROFILES:
        assert nab.score_corpus(files, null)[prof]["score"] == 0.0
        assert nab.score_corpus(files, perfect)[prof]["score"] == pytest.approx(100.0)
        # a detection on a window's last row is worth S(-1/width)/S(-1) (0.0253 here); missing costs A_FN
        fn = nab.PROFILES[prof]["fnWeight"]
        last = nab.scaled_sigmoid(-1 / 100) / nab.scaled_sigmoid(-1.0)
        assert nab.score_corpus(files, late)[prof]["score"] == pytest.approx(100 * (3 * last + 3 * fn) / (3 + 3 * fn))


@needs_nab
def test_nab_published_windowed_gaussian_file_score():
    # numenta/NAB results/windowedGaussian/windowedGaussian_standard_scores.csv:
    # realAdExchange/exchange-3_cpc_results.csv, threshold 1.0 -> Score 2.5026632611866138 (TP 5 rows, FP 1).
    # The rows with anomaly_score >= 1.0 in results/windowedGaussian/realAdExchange/
    # windowedGaussian_exchange-3_cpc_results.csv (the first three fall in the probation period):
    hits = ["2011-07-01 01:15:01", "2011-07-01 22:15:01", "2011-07-01 23:15:01", "2011-07-14 10:15:01",
            "2011-07-14 11:15:01", "2011-07-20 10:15:01", "2011-07-20 11:15:01", "2011-08-13 09:15:01",
            "2011-08-19 18:15:01"]
    f = {x.name: x for x in nab.load_corpus()}["realAdExchange/exchange-3_cpc_results.csv"]
    d = np.isin(f.timestamps, hits)
    assert d.sum() == len(hits)
    s = nab.score_rows(d, f.windows, nab.PROFILES["standard"])
    assert s.raw == pytest.approx(2.5026632611866138, abs=1e-12)
    # the per-row S(t) columns of that results file: the three windows' contributions
    assert s.window_scores == pytest.approx([0.866615503559, 0.866615503559, 0.879430760189], abs=1e-11)
    low_fp = nab.score_rows(d, f.windows, nab.PROFILES["reward_low_FP_rate"])
    assert low_fp.raw - s.raw == pytest.approx(-0.109998506121, abs=1e-11)  # S(t)_reward_low_FP_rate -0.219997


@needs_nab
def test_nab_shared_corpus_profiles_and_extremes():
    assert nab.load_profiles() == nab.PROFILES
    files = nab.load_corpus()
    assert len(files) == 23 and sum(len(f.windows) for f in files) == 61
    null = nab.score_corpus(files, {f.name: np.zeros(len(f.values), bool) for f in files})
    perfect = nab.score_corpus(files, {f.name: np.isin(np.arange(len(f.values)), [a for a, _ in f.windows])
                                       for f in files})
    for prof in nab.PROFILES:
        assert null[prof]["score"] == 0.0 and perfect[prof]["score"] == pytest.approx(100.0)
    everything = nab.score_corpus(files, {f.name: np.ones(len(f.values), bool) for f in files})
    assert everything["standard"]["score"] < 0  # flagging every row is worse than flagging none


# ----------------------------------------------------------------------------- held-out generator
def test_heldout_is_deterministic_and_seed_dependent():
    a, b = make_heldout(70_123, 3000, "long"), make_heldout(70_123, 3000, "long")
    assert np.array_equal(a.values, b.values) and np.array_equal(a.timestamps, b.timestamps)
    assert a.events == b.events and a.pauses == b.pauses
    assert not np.array_equal(a.values, make_heldout(70_124, 3000, "long").values)
    with pytest.raises(ValueError, match="pauses"):
        make_heldout(1, 3000, "medium")


@pytest.mark.parametrize("setting", ["short", "long"])
def test_heldout_labels_are_sane(setting):
    traces = heldout_set(setting, n=4000)
    assert any(not t.events for t in traces) and sum(len(t.events) for t in traces) >= 8
    lo, hi = {"short": (1, 12), "long": (17, 104)}[setting]
    for tr in traces:
        v = tr.values
        assert len(v) == 4000 and np.isfinite(v).all() and (v >= 0).all()
        assert np.all(np.diff(tr.timestamps) > 0)
        y = labels(tr)
        assert y.sum() == sum(e.end - e.onset for e in tr.events)
        prev_end = 0
        for ev in tr.events:
            assert ev.kind in ("drop", "leak", "straggler") and 0.08 <= ev.depth <= 0.35
            assert prev_end <= ev.onset <= ev.ramp_end <= ev.end <= len(v)
            prev_end = ev.end
            clean = np.ones(len(v), bool)
            for a, b in tr.pauses:
                clean[a:b] = False
            before = np.median(v[max(0, ev.onset - 200):ev.onset][clean[max(0, ev.onset - 200):ev.onset]])
            tail = slice(ev.ramp_end, ev.end) if ev.end - ev.ramp_end > 30 else slice(ev.onset, ev.end)
            during = np.median(v[tail][clean[tail]])
            assert during < before  # a labelled regression lowers the rate
        longest = max((b - a for a, b in tr.pauses), default=0)
        assert longest <= hi * 1.15 + 1
    assert max(max((b - a for a, b in t.pauses), default=0) for t in traces) >= lo


# ----------------------------------------------------------------------------- scoring rules
def test_score_alerts_counts_realarms_false_alarms_and_late_catches():
    flags = np.zeros(1000, bool)
    ev = [Event("drop", 100, 100, 300, 0.2), Event("leak", 500, 700, 800, 0.2)]
    flags[110:150] = True   # catches the drop (delay 10)
    flags[180:200] = True   # re-alarm inside the drop
    flags[450:460] = True   # before the leak: a false alarm
    flags[650:700] = True   # along the leak's ramp: caught (delay 150)
    flags[900:910] = True   # outside everything: a false alarm
    assert alert_runs(flags)[0] == (110, 150)
    s = score_alerts(flags, ev).as_dict()
    assert (s["caught"], s["false_alarms"]) == (2, 2)
    assert s["runs_per_caught_event"] == 1.5 and s["realarm_rate"] == 0.5 and s["median_delay"] == 80
    late = np.zeros(1000, bool)
    late[200:250] = True    # inside the drop but 100 points late: neither caught nor a false alarm
    s = score_alerts(late, ev[:1]).as_dict()
    assert (s["caught"], s["false_alarms"]) == (0, 0)


def test_median_mad_baseline_and_naive_forecaster():
    rng = np.random.default_rng(0)
    v = 1000 * np.exp(rng.normal(0, 0.03, 2000))
    v[1200:1600] *= 0.75
    det = MedianMadDetector()
    flags = [det.update(x).is_anomaly for x in v]
    s = score_alerts(flags, [Event("drop", 1200, 1200, 1600, 0.25)]).as_dict()
    assert s["caught"] == 1 and s["false_alarms"] == 0
    f = NaiveForecaster()
    assert f.predict() == (0.0, 1.0)
    for x in (1.0, 2.0, 4.0):
        f.observe(x)
    mean, std = f.predict()
    assert mean == 4.0 and std > 0
    g = NaiveForecaster()
    g.load_state_dict(f.state_dict())
    assert g.predict() == f.predict()


# ----------------------------------------------------------------------------- recorded corpus
@pytest.mark.parametrize("path", [RECORDED, RECORDED2, RECORDED3], ids=["recorded", "recorded2", "recorded3"])
def test_recorded_corpus_loads_with_40_labelled_series(path):
    series = load_recorded(path)  # every corpus is in the repository: a missing one is a failure
    assert len(series) >= 40
    kinds = {s.meta["kind"] for s in series}
    assert {"clean", "cpu", "loader", "blocking", "threads", "leak", "rank"} <= kinds
    assert {s.meta["shape"] for s in series} >= {"mlp-s", "mlp-l", "cnn"}
    assert any(s.meta["devices"] == 2 for s in series)
    for s in series:
        tr = s.trace
        assert len(tr.values) >= 200 and np.isfinite(tr.values).all() and (tr.values >= 0).all()
        assert np.all(np.diff(tr.timestamps) > 0) and s.meta["load"]
        if s.meta["kind"] == "clean":
            assert not tr.events
        elif s.meta.get("inj_on") is not None:
            assert len(tr.events) == 1 and tr.events[0].onset < len(tr.values)
    c = summary(series)
    assert c["scored"] + c["ambiguous"] == len(series) and c["scored_clean"] >= 1 and c["scored_events"] >= 1
    assert path.stat().st_size < 5 * 2**20
