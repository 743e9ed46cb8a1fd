"""``python -m anomaly.train_global --recorded``: recorded traces in the training mix (the leave-one-corpus-out
measurement, ``benchmarks/anomaly_recorded_train.py``)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from anomaly.corpus import RECORDED2, load_recorded
from anomaly.global_model import PAUSE_SHARE
from anomaly.train_global import RECORDED_MARGIN, main, recorded_dataset


def test_recorded_traces_target_themselves_outside_their_events_and_ambiguous_ones_are_left_out():
    series = load_recorded(RECORDED2)
    scored = [s for s in series if not s.ambiguous]
    assert scored and len(scored) < len(series)  # the corpus has ambiguous series: they must be left out
    data, info = recorded_dataset(["recorded2"], phase=True)
    assert len(data) == info["recorded_traces"] == len(scored)
    assert info["recorded_ambiguous_left_out"] == len(series) - len(scored)
    assert sum(bool(s.trace.events) for s in scored) > 10
    for s, (x, y) in zip(scored, data):
        n = len(s.trace.values)
        assert x.shape == (n, 10) and y.shape == (n,)
        masked = np.zeros(n, bool)
        for e in s.trace.events:
            masked[e.onset:e.end + RECORDED_MARGIN] = True
        no_target = ~np.isfinite(y)
        assert no_target[-1] and (no_target[:-1] == masked[1:]).all()  # no loss in (and just after) an event
        known = s.pause_share >= PAUSE_SHARE  # the phase inputs: what AnomalyCallback knows, as the benchmark
        assert ((x[:, -1] > 0) == known).all()
    plain, _ = recorded_dataset(["recorded2"], phase=False)
    assert plain[0][0].shape[1] == 8 and np.array_equal(plain[0][1], data[0][1], equal_nan=True)


def _train(tmp_path, name, extra):
    out = tmp_path / f"{name}.npz"
    assert main(["--project", "1", "--diverse", "1", "--steps", "3", "--hidden", "8", "--out", str(out)] + extra) == 0
    with np.load(out) as z:
        return {k: z[k] for k in z.files if k != "meta"}, json.loads(str(z["meta"]))


def test_recorded_option_changes_the_training_set_deterministically(tmp_path):
    base, meta0 = _train(tmp_path, "base", ["--phase"])
    w1, meta1 = _train(tmp_path, "rec1", ["--phase", "--recorded", "recorded2"])
    w2, _ = _train(tmp_path, "rec2", ["--phase", "--recorded", "recorded2"])
    assert "recorded" not in meta0  # the default's meta is as before
    assert meta1["recorded"] == ["recorded2"] and meta1["traces"] == 2 + meta1["recorded_traces"]
    assert meta1["recorded_masked_points"] > 0 and meta1["recorded_share"] == pytest.approx(0.1)
    assert all(np.array_equal(w1[k], w2[k]) for k in w1)  # deterministic from the seed
    assert not all(np.array_equal(w1[k], base[k]) for k in w1)  # the recorded traces were trained on


def test_recorded_needs_an_explicit_out():
    with pytest.raises(SystemExit):
        main(["--project", "1", "--diverse", "1", "--steps", "1", "--recorded", "recorded3"])
