"""benchmarks/anomaly_false_runs.py (session 22, helper ``fastarts``): its per-run record on hand-made flags and
traces, and its refusal of the blind generators. No detector is run here."""

import math
import subprocess
import sys
from pathlib import Path

import numpy as np

from anomaly.traces import Event, Trace
from benchmarks.anomaly_false_runs import false_runs, precedes, shape_of
from benchmarks.anomaly_misses import SEEN

ROOT = Path(__file__).resolve().parents[1]


def _flags(n: int, *runs) -> list[bool]:
    f = np.zeros(n, bool)
    for a, b in runs:
        f[a:b] = True
    return f.tolist()


def _trace(n=6000, changes=(), pauses=(), events=(), seed=0):
    v = 1000.0 * np.exp(np.random.default_rng(seed).normal(0.0, 0.01, n))
    return Trace(values=v, timestamps=np.arange(n) * 5.0, events=list(events), pauses=list(pauses),
                 changes=list(changes))


def test_a_false_step_after_a_change_ended_by_adapt_after_and_masking_an_event():
    tr = _trace(changes=[1450], events=[Event("drop", 2000, 2000, 2300, 0.2), Event("drop", 5000, 5000, 5200, 0.2)])
    tr.values[1500:] *= 0.9  # a 10 % step down 50 points after the listed change
    tr.values[2000:2300] *= 0.8
    states = ["normal"] * 6000
    states[1500], states[3500] = "anomaly", "adapted"
    # the run from 1500 holds 2,000 points over the first event's onset; a short run at 4000; one charged at 5010
    (r,) = false_runs(tr, _flags(6000, (1500, 3500), (4000, 4100), (5010, 5100)), states)
    want = (1500, 2000, "adapt_after", "listed change", [2000])
    assert (r["start"], r["length"], r["ended"], r["before"], r["masks"]) == want
    assert (r["state_before"], r["state_first"], r["state_after"]) == ("normal", "anomaly", "adapted")
    assert math.isclose(r["level_clear"], -0.1, abs_tol=0.01) and r["level"] < -0.1  # the masked drop lowers it
    assert r["shape"] == "step down"


def test_a_drift_to_the_trace_end_after_a_pause_and_a_flat_run_with_nothing_before():
    tr = _trace(pauses=[(940, 960)])
    tr.values[940:960] = 0.0
    tr.values[1000:] *= np.exp(np.linspace(0.0, -0.2, 5000))  # drifts 18 % down to the end
    (r,) = false_runs(tr, _flags(6000, (1000, 6000)))
    assert (r["ended"], r["before"], r["shape"], r["state_first"]) == ("trace end", "pause", "drift down", None)
    tr = _trace()
    (r,) = false_runs(tr, _flags(6000, (2000, 3200)))
    assert (r["ended"], r["before"], r["shape"]) == ("other", "nothing listed", "flat")
    assert abs(r["level"]) < 0.005 and abs(r["drift"]) < 0.005


def test_precedes_order_and_shape():
    tr = _trace(changes=[980], pauses=[(950, 970)], events=[Event("drop", 500, 500, 960, 0.2)])
    tr.timestamps[990:] += 600.0  # a restart's gap of 10 minutes at point 990
    assert precedes(tr, 1000) == ["listed change", "pause", "timestamp gap", "event end"]
    assert precedes(tr, 1100) == ["nothing listed"] and precedes(_trace(), 300) == ["trace start"]
    assert shape_of(0.0, 0.0, 0.05) == "drift up" and shape_of(-0.05, 0.0, 0.01) == "step down"
    assert shape_of(0.05, 0.0, 0.05, tol_drift=0.1, tol_level=0.1) == "flat"
    assert not false_runs(tr, _flags(6000, (1000, 1999)))  # shorter than 1,000 points: not recorded
    assert not false_runs(_trace(events=[Event("drop", 990, 990, 1200, 0.2)]), _flags(6000, (1000, 2500)))  # charged


def test_the_first_blind_generator_is_refused_with_exit_code_2_and_one_line(tmp_path):
    # --out away from the stored results: were the refusal broken, the run would not overwrite them
    p = subprocess.run([sys.executable, "benchmarks/anomaly_false_runs.py", "--gens", f"20-{SEEN[1] + 1}", "--out",
                        str(tmp_path / "x.json")], cwd=ROOT,
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and p.stdout == ""
    assert len(p.stderr.strip().splitlines()) == 1 and str(SEEN[1] + 1) in p.stderr and "refused" in p.stderr


def test_base_rates():
    from benchmarks.anomaly_false_runs import base_rates

    tr = _trace(n=1000, changes=[100], pauses=[(500, 520)], events=[Event("drop", 300, 300, 950, 0.2)])
    r = base_rates([tr])
    assert (r["listed change"], r["pause"], r["event end"]) == (0.1, 0.12, 0.05)


def test_bucket_labels_name_their_bounds():
    """Each "a-b" label names the range its bounds give (session 71 found two labels renamed along with the
    seen-generator ranges: "1101-1999" read "1101-2289", "61-200" read "61-228")."""
    from benchmarks.anomaly_false_runs import LENGTH_BUCKETS
    from benchmarks.anomaly_lstm_role import BUCKETS

    lo = None  # anomaly_misses.bucket: x < hi, so a bucket holds lo .. hi - 1
    for hi, label in LENGTH_BUCKETS:
        if "-" in label and math.isfinite(hi):
            a, b = map(int, label.split("-"))
            assert (a, b) == (lo, hi - 1), label
        lo = hi
    lo = 0  # anomaly_lstm_role: d <= lim, so a bucket holds lo + 1 .. lim
    for lim, label in BUCKETS:
        if "-" in label and lim < 10 ** 9:
            a, b = map(int, label.split("-"))
            assert (a, b) == (lo + 1, lim), label
        lo = lim
