"""The wide LSTM weights (an option, ``ThroughputDetector("lstm", weights="wide")``): other files, other
forecasts, refused bad values, the choice carried by ``get_params``/``state_dict``, the default unchanged."""

from __future__ import annotations

import io

import numpy as np
import pytest

from anomaly import ThroughputDetector
from anomaly.global_model import (PHASE_WEIGHTS, WEIGHT_SETS, WEIGHTS, WIDE_PHASE_WEIGHTS, WIDE_WEIGHTS,
                                  GlobalForecaster, load_weights)
from anomaly.tuning import TUNING_SEEDS, make_tuning


def _trace(n: int = 1500):
    return make_tuning(TUNING_SEEDS[0]).values[:n]


def test_the_wide_files_are_other_weights_of_the_same_shape():
    assert WEIGHT_SETS["shipped"] == (WEIGHTS, PHASE_WEIGHTS)
    assert WEIGHT_SETS["wide"] == (WIDE_WEIGHTS, WIDE_PHASE_WEIGHTS)
    for shipped, wide in zip(WEIGHT_SETS["shipped"], WEIGHT_SETS["wide"]):
        a, b = load_weights(str(shipped)), load_weights(str(wide))
        assert wide.stat().st_size < 300_000
        for k in a:
            assert a[k].shape == b[k].shape, k
        assert not np.allclose(a["w_ih"], b["w_ih"])


@pytest.mark.parametrize("phase", [False, True], ids=["base", "phase"])
def test_the_option_picks_the_wide_weights_and_gives_other_forecasts(phase):
    v = _trace()
    dets = {w: ThroughputDetector("lstm", weights=w) for w in ("shipped", "wide")}
    out = {}
    for w, det in dets.items():
        res = [det.update(float(x), pause=False) if phase else det.update(float(x)) for x in v]
        f = det._sides[0].forecaster
        assert isinstance(f, GlobalForecaster)
        assert f.weights == str(WEIGHT_SETS[w][int(phase)])
        out[w] = np.array([r.forecast for r in res], float)
    assert np.isfinite(out["wide"][400:]).all()
    assert np.abs(out["wide"][400:] - out["shipped"][400:]).max() > 1e-6


def test_the_default_is_unchanged_shipped_weights():
    det = ThroughputDetector()
    assert det.weights == "shipped" and det.get_params()["weights"] == "shipped"
    det.update(1000.0)
    assert det._sides[0].forecaster.weights == str(WEIGHTS)


@pytest.mark.parametrize("bad", ["Wide", "", None, 1, "global_lstm_wide.npz"])
def test_bad_weights_are_refused_with_a_clear_error(bad):
    with pytest.raises(ValueError, match="weights="):
        ThroughputDetector("lstm", weights=bad).validate()


def test_wide_weights_only_with_the_lstm():
    with pytest.raises(ValueError, match="only for forecaster='lstm'"):
        ThroughputDetector("ets", weights="wide").validate()
    ThroughputDetector("ets", weights="shipped").validate()


def test_a_state_round_trip_keeps_the_choice_and_resumes_identically():
    import torch

    v = _trace(1200)
    det = ThroughputDetector("lstm", weights="wide")
    for x in v[:800]:
        det.update(float(x))
    buf = io.BytesIO()
    torch.save(det.state_dict(), buf)
    buf.seek(0)
    state = torch.load(buf)  # torch's default weights_only
    assert state["params"]["weights"] == "wide"
    fresh = ThroughputDetector()  # shipped by default: the state's choice wins
    fresh.load_state_dict(state)
    assert fresh.weights == "wide" and fresh._sides[0].forecaster.weights == str(WIDE_WEIGHTS)
    a = [det.update(float(x)).forecast for x in v[800:]]
    b = [fresh.update(float(x)).forecast for x in v[800:]]
    assert a == b
    clone = ThroughputDetector(**det.get_params())
    assert clone.weights == "wide"


def test_an_older_state_without_the_choice_loads_with_the_shipped_weights():
    import torch

    v = _trace(900)
    det = ThroughputDetector()
    for x in v[:600]:
        det.update(float(x))
    state = det.state_dict()
    del state["params"]["weights"]  # as saved before the option existed
    buf = io.BytesIO()
    torch.save(state, buf)
    buf.seek(0)
    old = torch.load(buf)
    resumed = ThroughputDetector("lstm", weights="wide")
    resumed.load_state_dict(old)
    assert resumed.weights == "shipped" and resumed._sides[0].forecaster.weights == str(WEIGHTS)
    assert [det.update(float(x)).forecast for x in v[600:]] == [resumed.update(float(x)).forecast for x in v[600:]]


def test_train_global_wide_adds_seen_generators_at_seeds_disjoint_from_the_benchmark(tmp_path, monkeypatch):
    import importlib

    from anomaly import train_global
    from anomaly.train_global import WIDE_GENERATORS, main, wide_traces

    assert 20 not in WIDE_GENERATORS and 21 not in WIDE_GENERATORS and min(WIDE_GENERATORS) == 3
    traces = wide_traces(1)
    assert len(traces) == 2 * len(WIDE_GENERATORS)
    for g in (3, 19):
        seeds = set(getattr(importlib.import_module(f"anomaly.heldout{g}"), f"HELDOUT{g}_SEEDS"))
        assert seeds  # the benchmark's seeds; the training seeds are these + 5,000
    # main builds the same traces (wide_traces(1) is deterministic): it is handed the ones checked above
    monkeypatch.setattr(train_global, "wide_traces", lambda k: traces if k == 1 else wide_traces(k))
    out = tmp_path / "w.npz"
    assert main(["--project", "1", "--diverse", "1", "--wide", "1", "--steps", "2", "--hidden", "8",
                 "--out", str(out)]) == 0
    import json

    with np.load(out) as z:
        meta = json.loads(str(z["meta"]))
    assert meta["traces"] == 2 + 2 * len(WIDE_GENERATORS) and meta["wide_per_setting"] == 1
