"""Detector behaviour on generated traces, no look-ahead, state round trips, CSV handling."""

from __future__ import annotations

import csv
import math
import pickle

import numpy as np
import pytest

from anomaly import LSTMForecaster, ThroughputDetector
from anomaly.baselines import CusumDetector, ETSForecaster
from anomaly.cli import score_csv
from anomaly.traces import alert_starts, make_trace, score_events

N = 6000


def _flags(trace, **kw):
    det = ThroughputDetector(**kw)
    return [det.update(v, t).is_anomaly for v, t in zip(trace.values, trace.timestamps)]


@pytest.mark.parametrize("pauses,seed", [("short", 11), ("short", 12), ("long", 13), ("long", 14)])
def test_flags_regressions_and_stays_quiet_on_routine(pauses, seed):
    trace = make_trace(seed, N, pauses=pauses, n_events=2)
    flags = _flags(trace)
    score = score_events(flags, trace.events)
    assert score.caught == len(trace.events), (trace.events, alert_starts(flags))
    assert score.false_alarms == 0, (trace.events, alert_starts(flags))


def test_quiet_without_regressions_pauses_hiccups_and_upward_shifts():
    rng = np.random.default_rng(5)
    n = 4000
    v = 1000 * np.exp(0.02 * rng.standard_t(3, n).clip(-10, 10))
    v[2000:] *= 1.15                                    # harmless upward shift
    for at in range(500, n, 450):                        # recurring long pauses to about half
        v[at:at + 70] *= 0.5
    for at in rng.integers(400, n, 12):                  # lone hiccups
        v[at] *= 0.3
    det = ThroughputDetector()
    flags = [det.update(x).is_anomaly for x in v]
    assert not any(flags), alert_starts(flags)
    assert det.learned_period is not None and abs(det.learned_period - 450) < 30


def test_catches_upward_shift_only_when_asked():
    rng = np.random.default_rng(6)
    v = 1000 * np.exp(0.02 * rng.standard_normal(1500))
    v[1000:] *= 1.3
    down = ThroughputDetector(direction="down")
    both = ThroughputDetector(direction="both")
    assert not any(down.update(x).is_anomaly for x in v)
    assert any(both.update(x).is_anomaly for x in v)


def test_deep_drop_that_outlasts_learned_pauses_alerts():
    rng = np.random.default_rng(7)
    v = 1000 * np.exp(0.02 * rng.standard_normal(4000))
    for at in range(400, 3000, 500):
        v[at:at + 20] = 0.0                              # short validation pauses to zero
    v[3300:] *= 0.3                                      # then a 70 % drop that stays
    det = ThroughputDetector()
    flags = [det.update(x).is_anomaly for x in v]
    starts = alert_starts(flags)
    assert starts and 3300 <= starts[0] <= 3360 and len(starts) == 1, starts


def test_state_round_trip_mid_series_gives_identical_results():
    trace = make_trace(21, 3000, pauses="short")
    pts = list(zip(trace.values, trace.timestamps))
    a = ThroughputDetector(seed=3)
    for v, t in pts[:1500]:
        a.update(v, t)
    state = pickle.loads(pickle.dumps(a.state_dict()))
    b = ThroughputDetector()
    b.load_state_dict(state)
    rest_a = [a.update(v, t) for v, t in pts[1500:]]
    rest_b = [b.update(v, t) for v, t in pts[1500:]]
    assert rest_a == rest_b


def test_lstm_forecaster_statsmodels_shape_and_learning():
    rng = np.random.default_rng(0)
    t = np.arange(800)
    y = 1000 * np.exp(0.1 * np.sin(2 * np.pi * t / 16) + 0.01 * rng.standard_normal(800))
    res = LSTMForecaster(fit_steps=200, seed=0).fit(y[:-16])
    f = res.get_forecast(16)
    ci = f.conf_int(0.05)
    assert f.predicted_mean.shape == (16,) and ci.shape == (16, 2) and (ci[:, 0] < ci[:, 1]).all()
    naive = np.abs(np.log(y[-16:]) - np.log(y[-17])).mean()
    assert np.abs(np.log(f.predicted_mean) - np.log(y[-16:])).mean() < naive  # it learned the rhythm
    ets = ETSForecaster().fit(np.log(y[:200]))
    assert ets.get_forecast(3).conf_int(0.1).shape == (3, 2)


def test_bad_options_are_clear_errors():
    with pytest.raises(ValueError, match="direction"):
        ThroughputDetector(direction="sideways").update(1.0)
    with pytest.raises(ValueError, match="forecaster"):
        ThroughputDetector(forecaster="prophet").update(1.0)
    det = ThroughputDetector("ets")
    det.update(1.0, 10.0)
    assert det.update(1.0, 10.0).state != "missing"  # a repeated timestamp is a point at the same time
    with pytest.raises(ValueError, match="timestamp"):
        det.update(1.0, 9.0)
    assert det.update(float("nan"), 11.0).state == "missing"


def _write(path, rows, header="timestamp,value"):
    path.write_text(header + "\n" + "".join(f"{a},{b}\n" for a, b in rows) if header is not None else "")
    return path


def test_score_csv_no_look_ahead_prefix_equals_whole(tmp_path):
    trace = make_trace(31, 2500, pauses="short")
    rows = [(f"{t:.3f}", f"{v:.3f}") for t, v in zip(trace.timestamps, trace.values)]
    whole = _write(tmp_path / "whole.csv", rows)
    prefix = _write(tmp_path / "prefix.csv", rows[:1700])
    for model in ("cusum", "lstm"):
        score_csv(whole, tmp_path / "w.csv", model=model)
        score_csv(prefix, tmp_path / "p.csv", model=model)
        w = list(csv.DictReader((tmp_path / "w.csv").open()))
        p = list(csv.DictReader((tmp_path / "p.csv").open()))
        assert len(p) == 1700 and p == w[:1700]
        assert set(w[0]) == {"timestamp", "value", "forecast", "lower", "upper", "score", "is_anomaly", "started_by"}


def test_iso_timestamps_and_constant_series(tmp_path):
    rows = [(f"2026-01-01T00:{m:02d}:{s:02d}Z", "100") for m in range(10) for s in range(0, 60, 5)]
    out = tmp_path / "o.csv"
    assert score_csv(_write(tmp_path / "c.csv", rows), out, model="ets") == 0
    got = list(csv.DictReader(out.open()))
    assert len(got) == len(rows) and all(r["is_anomaly"] == "0" for r in got)
    assert all(math.isfinite(float(r["score"])) for r in got)


@pytest.mark.parametrize("content,match", [
    ("", "empty"),
    ("timestamp,val\n1,2\n", "missing column"),
    ("timestamp,value\n", "no rows"),
    ("timestamp,value\n1,2\n2,abc\n", "line 3: value 'abc' is not a number"),
    ("timestamp,value\n1,2\n2,nan\n", "line 3: value 'nan' is not finite"),
    ("timestamp,value\n1,2\n2,inf\n", "not finite"),
    ("timestamp,value\n1,2\n3,2\n2,2\n", "line 4: out-of-order timestamp"),
    ("timestamp,value\n1,2\n1,2\n", "line 3: duplicate timestamp"),
    ("timestamp,value\nyesterday,2\n", "neither unix seconds nor ISO-8601"),
])
def test_bad_csvs_are_clear_errors_and_leave_no_file(tmp_path, content, match):
    inp = tmp_path / "in.csv"
    inp.write_text(content)
    out = tmp_path / "out.csv"
    with pytest.raises(ValueError, match=match):
        score_csv(inp, out)
    assert not out.exists() and not (tmp_path / "out.csv.tmp").exists()


def test_cli_score_report_and_errors(tmp_path, capsys):
    from monitor.cli import main

    trace = make_trace(41, 2200, pauses="long", n_events=1)
    inp = _write(tmp_path / "in.csv", [(f"{t:.2f}", f"{v:.2f}") for t, v in zip(trace.timestamps, trace.values)])
    assert main(["anomaly", "score", str(inp), "--out", str(tmp_path / "o.csv"), "--model", "cusum"]) == 0
    assert len(list(csv.DictReader((tmp_path / "o.csv").open()))) == 2200
    png = tmp_path / "plot.png"
    assert main(["anomaly", "report", str(inp), "--out", str(png), "--model", "cusum"]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["anomaly", "score", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "x.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_cusum_baseline_runs():
    trace = make_trace(51, 3000, pauses="short", n_events=1)
    det = CusumDetector()
    res = [det.update(v) for v in trace.values]
    assert all(0.0 <= r.score <= 1.0 for r in res)


def test_cli_watch_survives_unreachable_prometheus(capsys):
    from monitor.cli import main

    argv = ["anomaly", "watch", "--prometheus", "http://127.0.0.1:9", "--query", "up", "--port", "0",
            "--polls", "2", "--interval", "0.1", "--model", "ets"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "poll 2: 0 new point(s), 0 series, 2 error(s)" in out
    assert main(["anomaly", "watch", "--prometheus", "127.0.0.1:9090", "--query", "up", "--port", "0"]) == 2


def test_streaming_step_matches_the_torch_module():
    import torch

    rng = np.random.default_rng(1)
    f = LSTMForecaster(warmup=100, fit_steps=20, seed=0)
    xs = rng.standard_normal(160)
    for x in xs[:120]:
        f.observe(float(x))
    assert f.trained_
    h, c = (torch.from_numpy(a).float().view(1, 1, -1) for a in f.state_)
    for x in xs[120:]:
        f.observe(float(x))
        with torch.no_grad():
            mean, logstd, (h, c) = f.net_(torch.tensor([[[float(x)]]]), (h, c))
        assert f.next_ == pytest.approx((float(mean[0, 0]), float(logstd[0, 0].exp())), rel=1e-4, abs=1e-5)
