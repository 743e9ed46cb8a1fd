"""Scratch instrumentation for ``benchmarks/anomaly_stuck.py`` (session 20): which re-baseline check holds a stuck alert.

Runs ``anomaly_stuck.py`` with the re-baseline test observed from outside (nothing in ``anomaly/`` changes; the
patches wrap ``Plateau.settled`` and ``ThroughputDetector.update`` in this process only). For every alert run of at
least 1,000 points it appends one JSON line to ``--diag`` (default ``/tmp/anomaly_stuck_diag.jsonl``) with, per alert
point of the degradation side: ``hold`` (the point is not a re-baseline candidate: a pause, settling, a known change
settling, or deep, more than 40 % below the frozen reference), ``burst`` (the burst count still holds the alert, the
test is skipped), ``notfull`` (the window is still filling), and for the full window the checks that failed:
``flat`` (the thirds' medians apart: a trend or a further fall), ``noisy`` (step noise above 1.5x the pre-alert
noise), ``wander`` (spread above 2x the step noise); ``*_only``: that check alone failed.

    python benchmarks/anomaly_stuck_diag.py --detectors default --cache /tmp/cache --out /tmp/default.json
"""
import json, sys, math
from collections import deque
import numpy as np
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
import anomaly.side as side_mod
from anomaly.side import Plateau, FLAT, FLAT_SE, NOISY, WANDER
from anomaly.detector import ThroughputDetector
from benchmarks import anomaly_stuck as st
from benchmarks import anomaly as bench
from anomaly.evaluation import alert_runs

class CD(deque):
    def __init__(self, it=(), maxlen=None):
        super().__init__(it, maxlen)
        self.count_app = 0
    def append(self, x):
        self.count_app += 1
        super().append(x)

_pinit = Plateau.__init__
def pinit(self, size):
    self.vals = CD(maxlen=max(size, 3))
Plateau.__init__ = pinit
_settled = Plateau.settled
CALL = []
def settled(self, noise, tail=0):
    res = _settled(self, noise, tail)
    if len(self.vals) < self.vals.maxlen:
        CALL.append((1, math.nan, math.nan, math.nan, math.nan, noise, math.nan)); return res
    v = np.fromiter(self.vals, float); k = len(v) // 3
    meds = [float(np.median(v[:k])), float(np.median(v[k:2 * k])), float(np.median(v[2 * k:]))]
    mask = 0
    fr = (max(meds) - min(meds)) / max(FLAT, FLAT_SE * noise / k ** 0.5)
    if fr > 1: mask |= 2
    step = 1.05 * float(np.median(np.abs(np.diff(v))))
    nr = step / (NOISY * noise)
    if nr > 1: mask |= 8
    wr = float(np.subtract(*np.percentile(v, [75, 25]))) / 1.349 / (WANDER * max(step, 1e-4))
    if wr > 1: mask |= 16
    CALL.append((mask, fr, nr, wr, meds[2], noise, step))
    return res
Plateau.settled = settled

REC = []
_upd = ThroughputDetector.update
import functools
@functools.wraps(_upd)
def upd(self, *a, **k):
    s = self._sides[0] if self._sides else None
    was = bool(s and s.alarm)
    c0 = s.plateau.vals.count_app if s else 0
    ref = s.ref.level if s else None
    CALL.clear()
    r = _upd(self, *a, **k)
    s = self._sides[0]
    if not was:
        REC.append(None)
    else:
        app = s.plateau.vals.count_app != c0
        if not app: REC.append((-1,))
        elif not CALL: REC.append((-2,))
        else: REC.append(CALL[0] + (ref,))
    return r
ThroughputDetector.update = upd

_run_one = bench.run_one
def run_one(*a, **k):
    REC.clear()
    return _run_one(*a, **k)
bench.run_one = run_one
CUR = {}
_es = st.evaluate_set
def evaluate_set(traces, dets, name, cache=None):
    CUR["set"] = name; CUR["i"] = -1
    return _es(traces, dets, name, cache)
st.evaluate_set = evaluate_set
_sc = st.stuck_counts
_DIAG = sys.argv.index("--diag") if "--diag" in sys.argv else None
OUTF = open(sys.argv.pop(_DIAG + 1) if _DIAG is not None else "/tmp/anomaly_stuck_diag.jsonl", "a")
if _DIAG is not None:
    sys.argv.pop(_DIAG)
def stuck_counts(flags, events, adapt_after=2000, max_delay=60, grace=30):
    CUR["i"] += 1
    out = _sc(flags, events, adapt_after, max_delay, grace)
    n = len(flags); rec = list(REC)
    spans = [(ev.onset, min(n, ev.end + grace)) for ev in events]
    runs = alert_runs(flags)
    for s, e in runs:
        if e - s < st.STUCK: continue
        ch = [j for j, (a, b) in enumerate(spans) if a <= s < b]
        pts = [rec[j] for j in range(s, min(e + 1, len(rec))) if rec[j] is not None]
        codes = {"hold": sum(1 for p in pts if p[0] == -1), "burst": sum(1 for p in pts if p[0] == -2),
                 "notfull": sum(1 for p in pts if p[0] >= 0 and p[0] & 1)}
        full = [p for p in pts if p[0] >= 0 and not p[0] & 1]
        for b, nm in ((2, "flat"), (8, "noisy"), (16, "wander")):
            codes[nm] = sum(1 for p in full if p[0] & b)
            codes[nm + "_only"] = sum(1 for p in full if p[0] == b)
        codes["pass"] = sum(1 for p in full if p[0] == 0)
        codes["full"] = len(full)
        med = lambda i: float(np.median([p[i] for p in full])) if full else math.nan
        d = dict(set=CUR["set"], trace=CUR["i"], start=s, end=e, n=n, charged=ch, codes=codes,
                 flat_r=med(1), noisy_r=med(2), wander_r=med(3), noise=med(5), step=med(6),
                 depth=float(np.median([p[4] - p[7] for p in full])) if full and full[0][7] is not None else math.nan,
                 events=[(ev.kind, ev.onset, ev.end) for ev in events])
        OUTF.write(json.dumps(d) + "\n"); OUTF.flush()
    return out
st.stuck_counts = stuck_counts
sys.exit(st.main(sys.argv[1:]))
