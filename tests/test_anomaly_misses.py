"""benchmarks/anomaly_misses.py (session 22, helper ``misses``): its classes on hand-made flags, its features, and its
refusal of the blind generators. No detector is run here."""

import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from anomaly.evaluation import score_alerts
from anomaly.traces import Event, Trace
from benchmarks.anomaly_misses import (SEEN, BlindGenerator, classify, event_rows, near_pause, noise_level,
                                       parse_gens)

ROOT = Path(__file__).resolve().parents[1]


def _flags(n: int, *runs) -> list[bool]:
    f = np.zeros(n, bool)
    for a, b in runs:
        f[a:b] = True
    return f.tolist()


def test_one_event_of_each_class():
    events = [Event("drop", 200, 200, 500, 0.2),  # a run starts 30 points after onset: caught
              Event("straggler", 800, 800, 1100, 0.15),  # under a false alarm from 700: masked
              Event("drop", 1300, 1300, 1500, 0.12),  # the only charged run starts at 1400 > 1360: late
              Event("leak", 1600, 1800, 1900, 0.25)]  # no run: never
    flags = _flags(2000, (230, 260), (700, 1000), (1400, 1420))
    c = classify(flags, events)
    assert [r["status"] for r in c] == ["caught", "masked", "late", "never"]
    assert c[0]["delay"] == 30
    assert (c[1]["masked_by"], c[1]["lead"], c[1]["masking_len"], c[1]["also_late"]) == ("false alarm", 100, 300, False)
    assert c[2]["lateness"] == 40
    assert score_alerts(flags, events).caught == 1  # the scorer agrees on what is caught


def test_a_leak_is_caught_up_to_its_ramp_end_and_masking_by_an_earlier_event():
    events = [Event("leak", 100, 400, 500, 0.3), Event("drop", 520, 520, 800, 0.2)]
    # the leak's run starts 320 points after onset (within ramp_end + 60) and holds over the drop's onset
    c = classify(_flags(1000, (420, 700)), events)
    assert (c[0]["status"], c[0]["delay"]) == ("caught", 320)
    assert (c[1]["status"], c[1]["masked_by"], c[1]["lead"]) == ("masked", "event", 100)
    # a drop's run 61 points after onset is late; one starting before onset and ending before it masks nothing
    c = classify(_flags(1000, (100, 150), (181, 200)), [Event("drop", 120, 120, 400, 0.2)])
    assert c[0]["status"] == "masked"
    c = classify(_flags(1000, (100, 120), (181, 200)), [Event("drop", 120, 120, 400, 0.2)])
    assert (c[0]["status"], c[0]["lateness"]) == ("late", 1)


def test_a_masked_event_with_a_later_charged_run_is_masked_and_also_late():
    c = classify(_flags(1000, (100, 300), (450, 470)), [Event("straggler", 200, 200, 500, 0.2)])
    assert (c[0]["status"], c[0]["also_late"], c[0]["charged_runs"]) == ("masked", True, 1)


def test_features_noise_near_pause_and_ratio():
    rng = np.random.default_rng(0)
    n, onset = 1500, 1000
    v = 500.0 * np.exp(rng.normal(0.0, 0.02, n))
    v[850:870] = 0.0  # a pause to zero inside the 300 points before onset
    pauses = [(850, 870), (1005, 1020)]
    assert near_pause(onset, pauses) and near_pause(995, [(1005, 1020)]) and near_pause(1029, [(1005, 1020)])
    assert not near_pause(994, [(1005, 1020)]) and not near_pause(1030, [(1005, 1020)])
    sd = noise_level(v, pauses, onset)
    assert 0.016 < sd < 0.024  # the pause's zeros are left out
    assert noise_level(v, [(0, onset)], onset) is None
    tr = Trace(values=v, timestamps=np.arange(n) * 5.0, events=[Event("drop", onset, onset, 1300, 0.2)], pauses=pauses)
    (row,) = event_rows(tr, _flags(n, (1010, 1100)), "g9", "held-out9/long+phase")
    assert (row["status"], row["near_pause"], row["family"], row["variant"]) == ("caught", True, "long", "long+phase")
    assert math.isclose(row["ratio"], -math.log(0.8) / row["noise"])


def test_only_the_seen_generators():
    assert parse_gens("13-23") == list(range(13, 24)) and parse_gens("3,5") == [3, 5]
    blind = SEEN[1] + 1  # the first generator not looked at
    for bad in (f"{blind}", f"20-{blind}", "2", f"{blind - 1},{blind}"):
        with pytest.raises(BlindGenerator):
            parse_gens(bad)


def test_the_first_blind_generator_is_refused_with_exit_code_2_and_one_line(tmp_path):
    # --out away from the stored results: were the refusal broken, the run would not overwrite them
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "anomaly_misses.py"), "--gens", str(SEEN[1] + 1),
                           "--out", str(tmp_path / "x.json")],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(SEEN[1] + 1) in lines[0] and f"seen generators 3-{SEEN[1]}" in lines[0]
