"""Checks shared by the tests of the held-out throughput generators (``test_anomaly_heldout5.py``,
``_heldout6.py`` ... ``_heldout15.py``): a trace's pause spans are ordered, disjoint, inside the trace and of the
setting's length; its arrays the right shape and values; an event's depth over its live points; two draws of a seed
alike; a set's events placed in order, every fourth trace clean. The ``check_family_*`` / ``check_pinned`` helpers
hold the test bodies generators 10-17's test files repeated (each file still has its own test per check)."""

from __future__ import annotations

import numpy as np


def check_pause_spans(t, lo: int, hi: int, n: int = 6000, first: int = 0, apart: bool = False) -> None:
    """``t.pauses`` ordered and disjoint (``apart``: with live points between), inside ``[0, n]``, and from
    the ``first``-th span on ``lo``-``hi`` points long unless the span runs to the end."""
    for (s, e), (s2, _) in zip(t.pauses, t.pauses[1:]):
        assert e < s2 if apart else e <= s2, (t.seed, e, s2)
    for s, e in t.pauses:
        assert 0 <= s < e <= n, (t.seed, s, e)
    for s, e in t.pauses[first:]:
        assert lo <= e - s <= hi or e == n, (t.seed, s, e)



def check_set_pause_spans(traces, spans: dict, n: int, apart: bool = False, at_least: int = 20) -> None:
    """A ``(setting, traces)`` pair's pause spans (generators 71-73): each trace has ``at_least`` spans, the first from
    point 0 (a start-up), all as :func:`check_pause_spans` with the setting's ``spans[setting]`` lengths, and the
    "long" setting at least one span over 60 points."""
    setting, ts = traces
    lo, hi = spans[setting]
    for t in ts:
        assert len(t.pauses) >= at_least and t.pauses[0][0] == 0, t.seed
        check_pause_spans(t, lo, hi, n=n, apart=apart)
    if setting == "long":
        assert any(e - s > 60 for t in ts for s, e in t.pauses)


def check_trace_arrays(ts, seeds, n: int = 6000) -> None:
    """``ts`` are the ``seeds``' traces in order, each a ``Trace`` whose values, healthy twin and timestamps
    are ``n`` long, the rates finite and >= 0, the timestamps increasing."""
    from anomaly.traces import Trace

    assert [t.seed for t in ts] == list(seeds)
    for t in ts:
        assert isinstance(t, Trace) and t.values.shape == t.timestamps.shape == t.healthy.shape == (n,)
        assert all(np.isfinite(x).all() and (x >= 0).all() for x in (t.values, t.healthy)), t.seed
        assert (np.diff(t.timestamps) > 0).all(), t.seed


def paused_mask(t) -> np.ndarray:
    """A boolean array, true on the points of ``t.pauses``."""
    m = np.zeros(len(t.values), bool)
    for s, e in t.pauses:
        m[s:e] = True
    return m


def live_loss(t, lo: int, hi: int, paused: np.ndarray) -> float:
    """``1 - sum(values) / sum(healthy)`` over the unpaused points of ``[lo, hi)`` (an event's depth)."""
    live = ~paused[lo:hi]
    return float(1 - t.values[lo:hi][live].sum() / t.healthy[lo:hi][live].sum())


def check_healthy_outside_events(t, below: float = 0.5) -> None:
    """``t.values`` equal ``t.healthy`` outside the events, and lie below it on more than ``below`` of each
    event's points (the regression really changes the series)."""
    inside = np.zeros(len(t.values), bool)
    for e in t.events:
        inside[e.onset:e.end] = True
        assert (t.values[e.onset:e.end] < t.healthy[e.onset:e.end]).mean() > below, (t.seed, e)
    assert np.array_equal(t.values[~inside], t.healthy[~inside]), t.seed


def check_same_trace(a, b) -> None:
    """Two draws ``a`` and ``b`` of one seed agree in their values, timestamps, healthy twin, events and pauses."""
    assert np.array_equal(a.values, b.values) and np.array_equal(a.timestamps, b.timestamps)
    assert np.array_equal(a.healthy, b.healthy) and a.events == b.events and a.pauses == b.pauses


def check_event_placement(ts, lo: int, hi: int, first: int, n: int = 6000) -> None:
    """Every fourth of ``ts`` is clean (values equal healthy); the others hold ``lo``-``hi`` ordered, disjoint
    events with onsets from ``first`` on and ends up to ``n``, each an ``Event`` of a known kind whose ramp is
    non-empty exactly for a leak."""
    from anomaly.traces import Event

    for k, t in enumerate(ts):
        if (k + 1) % 4 == 0:
            assert t.events == [] and np.array_equal(t.values, t.healthy), t.seed
            continue
        assert lo <= len(t.events) <= hi, t.seed
        for e in t.events:
            assert isinstance(e, Event) and e.kind in {"drop", "leak", "straggler"}
            assert first <= e.onset <= e.ramp_end < e.end <= n, (t.seed, e)
            assert (e.ramp_end > e.onset) == (e.kind == "leak"), (t.seed, e)
        for a, b in zip(t.events, t.events[1:]):
            assert a.end <= b.onset, (t.seed, a, b)


def near_pause(t, e, by: int = 10) -> bool:
    """Event ``e``'s onset lies in a pause span of ``t`` or within ``by`` points of one."""
    return any(s - by <= e.onset < end + by for s, end in t.pauses)


def check_depths_visible(ts) -> None:
    """Each event's ``depth`` is its measured live loss (7-35 %), and it shows: a drop or straggler loses at
    least half its depth and 5 % within 60 points of its onset, a leak 5 % over the last third of its ramp."""
    for t in ts:
        paused = paused_mask(t)
        for e in t.events:
            depth = live_loss(t, e.onset, e.end, paused)
            assert abs(depth - e.depth) < 1e-4 and 0.07 <= e.depth <= 0.35, (t.seed, e)
            if e.kind == "leak":  # shows along its ramp
                seen = live_loss(t, e.ramp_end - (e.ramp_end - e.onset) // 3, e.ramp_end, paused)
            else:  # shows within 60 points of its onset
                seen = live_loss(t, e.onset, e.onset + 60, paused)
                assert seen >= 0.5 * e.depth, (t.seed, e)
            assert seen >= 0.05, (t.seed, e)


def check_counts_table(setting: str, ts, doc: str, max_events: int = 32, min_kind: int = 5, min_near: int = 5,
                       n: int = 6000) -> None:
    """The generator's docstring table row for ``setting`` is what ``ts`` measure (events per kind, depth
    range, onsets near a pause, pause spans), every kind has ``min_kind`` events, and 3 traces are clean."""
    ev = [e for t in ts for e in t.events]
    kinds = [sum(e.kind == k for e in ev) for k in ("drop", "straggler", "leak")]
    assert 25 <= len(ev) <= max_events and min(kinds) >= min_kind  # every kind represented
    spans = [e - s for t in ts for s, e in t.pauses if e < n]
    near = sum(near_pause(t, e) for t in ts for e in t.events)
    assert near >= min_near  # onsets inside or right at the end of a pause
    depth = f"{min(e.depth for e in ev):.3f}-{max(e.depth for e in ev):.3f}"
    row = f"{setting:<8}  {len(ev):<6}  {kinds[0]:<4}  {kinds[1]:<9}  {kinds[2]:<4}  {depth}  {near:<14}  "
    row += f"{min(spans)}-{max(spans)} ({len(spans)}"
    assert row in doc, row
    assert f"{sum(x > 60 for x in spans)} >60)" in doc
    assert sum(not t.events for t in ts) == 3


def check_pinned(make, seed: int, other: int, events, total: float, first_pauses, changes=None) -> None:
    """``make(seed, n=3000)`` is deterministic (and its ``changes``, where given, are ``changes``), holds the
    pinned ``events``, values summing to ``total`` (relative 1e-6: libm may differ) and first three pauses
    ``first_pauses``; seed ``other`` and the "long" setting give other values / another healthy run."""
    import pytest

    a, b = make(seed, n=3000), make(seed, n=3000)
    check_same_trace(a, b)
    if changes is not None:
        assert a.changes == b.changes == changes
    assert a.events == events
    assert float(a.values.sum()) == pytest.approx(total, rel=1e-6)  # not bit-exact: libm may differ
    assert a.pauses[:3] == first_pauses
    assert not np.array_equal(a.values, make(other, n=3000).values)
    assert not np.array_equal(a.healthy, make(seed, n=3000, pauses="long").healthy)


def cheap_sets(make_set, seeds, n: int = 3000) -> tuple:
    """The sets of a generator test module on the cheap scheme (each module's "Cost:" paragraph): ``(laws,
    traces, full_long)``. ``laws(setting)``: the first seeds' set at ``n`` points (``make_set(setting, n=n,
    seeds=seeds)``), built once; ``traces``: a module-scoped fixture, one param per setting, giving ``(setting,
    laws(setting))`` (the module binds it to the name ``traces``); ``full_long()``: the one full set built there,
    the "long" one, built once."""
    from functools import lru_cache

    import pytest

    @lru_cache(maxsize=2)
    def laws(setting: str) -> list:
        return make_set(setting, n=n, seeds=seeds)

    @pytest.fixture(scope="module", params=["short", "long"], name="traces")
    def traces(request):
        return request.param, laws(request.param)

    @lru_cache(maxsize=1)
    def full_long() -> list:
        return make_set("long")

    return laws, traces, full_long


def check_family_pauses(setting: str, t, spans: dict, min_count: int = 12, starts_paused: bool = False,
                        n: int = 6000) -> None:
    """Trace ``t`` of ``setting`` (``n`` points) has ``min_count`` or more pause spans, the first at point 0 exactly
    when ``starts_paused``; they pass :func:`check_pause_spans` (``spans[setting]`` long, apart) and, in the "long"
    setting, at least one is over 60 points."""
    lo, hi = spans[setting]
    assert len(t.pauses) >= min_count and (t.pauses[0][0] == 0 if starts_paused else t.pauses[0][0] > 0), t.seed
    check_pause_spans(t, lo, hi, n=n, apart=True)
    if setting == "long":
        assert any(e - s > 60 for s, e in t.pauses), t.seed


def check_aligned_steps(ts, steps) -> None:
    """Each trace's timestamps step evenly by one of ``steps`` (s), the first a multiple of it."""
    for t in ts:
        d = np.diff(t.timestamps)
        assert d[0] in steps and np.allclose(d, d[0]), t.seed
        assert t.timestamps[0] % d[0] == 0, t.seed  # aligned to the step


def check_family_healthy_independent(make, seeds, changes: bool = False, n: int = 4000) -> None:
    """For each seed of ``seeds`` ("long", ``n`` points): the healthy run, pauses, timestamps (and, with ``changes``,
    the listed changes) do not depend on the regressions; asking for 3 events places at least 2. A module whose
    ``_build`` is memoised (:func:`shared_builds`) passes ``n=6000`` with seeds of its set: the runs are then the ones
    its ``traces`` fixture built, and what is checked is that placing regressions leaves them as they were."""
    for seed in seeds:
        with_events = make(seed, n=n, pauses="long")
        clean = make(seed, n=n, pauses="long", n_events=0)
        assert np.array_equal(with_events.healthy, clean.values) and with_events.pauses == clean.pauses
        assert np.array_equal(with_events.timestamps, clean.timestamps)
        if changes:
            assert with_events.changes == clean.changes
        assert len(make(seed, n=n, n_events=3).events) >= 2


def check_event_weights(weight) -> None:
    """A family's regression shape ``weight(rng, kind, length, ramp)`` (per point, 0 .. 1): a leak ramps up without
    falling to 1 at ``ramp`` and holds; a straggler switches between 1 and a calm level of 0.3 or less, at 1 for more
    than 5 % of the points; a drop rises from its first point to 1 and stays."""
    rng = np.random.default_rng(0)
    w = weight(rng, "leak", 5000, 3000)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = weight(rng, "straggler", 20000, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1.0 and w.min() <= 0.3 and (w == 1).mean() > 0.05
    w = weight(rng, "drop", 3000, 0)
    assert 0 < w[0] <= 1 and (np.diff(w) >= 0).all() and w[-1] == 1.0


def check_family_bad_arguments(make, seed: int, n_events: bool = True) -> None:
    """``make`` refuses an unknown pauses setting, ``n=500`` and (with ``n_events``) ``n_events=-1``."""
    import pytest

    with pytest.raises(ValueError, match="pauses"):
        make(seed, pauses="medium")
    with pytest.raises(ValueError, match="n must"):
        make(seed, n=500)
    if n_events:
        with pytest.raises(ValueError, match="n_events"):
            make(seed, n_events=-1)


def live_median(t, lo: int, hi: int) -> tuple[float, int]:
    """The healthy series' median over the unpaused points of ``[lo, hi)``, and how many there are."""
    lo, hi = max(lo, 0), min(hi, len(t.values))
    live = ~paused_mask(t)[lo:hi]
    return (float(np.median(t.healthy[lo:hi][live])) if live.any() else float("nan")), int(live.sum())


def check_changes_move_the_level(ts, n: int = 6000, min_checked: int = 8) -> None:
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really
    moves there (by 5 % or more, medians over up to 300 live points on each side, the first 100 points after it
    left out); at least ``min_checked`` changes have 40 live points on each side to check."""
    checked = 0
    for t in ts:
        assert t.changes == sorted(set(t.changes)) and all(0 < c < n for c in t.changes), t.seed
        ends = {e for s, e in t.pauses}
        for k, c in enumerate(t.changes):
            assert c in ends and not paused_mask(t)[c], (t.seed, c)
            assert not any(e.onset <= c < e.end for e in t.events), (t.seed, c)
            prev = t.changes[k - 1] if k else 0
            nxt = t.changes[k + 1] if k + 1 < len(t.changes) else n
            before, nb = live_median(t, max(prev, c - 300), c)
            after, na = live_median(t, c + 100, min(nxt, c + 400))
            if nb >= 40 and na >= 40:
                assert abs(np.log(after / before)) >= 0.05, (t.seed, c, before, after)
                checked += 1
    assert checked >= min_checked


def median_over(h, ok, lo: int, hi: int) -> float:
    """The median of ``h`` over the points of ``[lo, hi)`` that ``ok`` keeps."""
    return float(np.median(h[lo:hi][ok[lo:hi]]))


def steady_mask(spans, n: int = 6000, after: int = 10) -> np.ndarray:
    """Live points, less the ``after`` points that follow a pause."""
    ok = np.ones(n, bool)
    for s, e in spans:
        ok[s:e + after] = False
    return ok


def traces_fixture(make_set):
    """A module-scoped fixture ``traces``: ``(setting, make_set(setting))`` for "short", then "long"."""
    import pytest

    @pytest.fixture(scope="module", params=["short", "long"], name="traces")
    def traces(request):
        return request.param, make_set(request.param)

    return traces


def shared_builds(module):
    """An autouse module-scoped fixture that memoises ``module._build`` for the test module's life, so the set that
    the ``traces`` fixture makes (``make_heldoutN`` calls ``_build(seed, n, pauses)``) and the tests' own
    ``_build(seed, 6000, setting)`` calls generate each healthy run once, not twice. Only for a generator whose
    ``_build`` is deterministic and whose ``make_heldoutN`` leaves the run it gets unchanged: checked for generators
    34-66 (and in session 36 for 27-30 and 32, in session 38 for 31 and 33: their sets made through the memo
    byte-identical, no run changed), with a regressed and a clean trace of each setting, by pickling the memoised run
    before and after a trace was made from it and comparing the traces made with and without the memo; all but 40 pass
    (its clean traces add
    to the run's collection counts, which its docstring test reads), so 40's tests do not use it. The check stays:
    each memoised run's pickle digest is taken when it is built and compared when the module's tests end, so a run
    that a trace or a test changed fails the module (at its teardown). The original comes back, and the memo is
    dropped, when the module's tests end."""
    import hashlib
    import pickle

    import pytest

    def digest(run) -> bytes:  # the pickle's arrays hashed where they lie (out-of-band buffers), not copied into it
        bufs = []
        h = hashlib.sha1(pickle.dumps(run, protocol=5, buffer_callback=bufs.append))
        for b in bufs:
            h.update(b.raw())
        return h.digest()

    @pytest.fixture(scope="module", autouse=True, name="shared_builds")
    def _shared():
        original, memo, sums = module._build, {}, {}

        def build(*args):
            if args not in memo:
                memo[args] = original(*args)
                sums[args] = digest(memo[args])
            return memo[args]

        module._build = build
        yield memo
        module._build = original
        changed = [args for args, run in memo.items() if digest(run) != sums[args]]
        memo.clear()
        assert not changed, f"{module.__name__}._build's runs changed after they were built: {changed}"

    return _shared


def builds_fixture(build, seeds):
    """A module-scoped fixture ``builds``: the healthy runs of the "short" setting, ``build(seed, 6000, "short")``
    per seed of ``seeds`` (the family's ``_build`` tuple)."""
    import pytest

    @pytest.fixture(scope="module", name="builds")
    def builds():
        return [build(seed, 6000, "short") for seed in seeds]

    return builds


def check_every_kind_placed(ts, first: int = 600) -> None:
    """:func:`check_event_placement` (3-4 events, none before point ``first``), and every kind of regression in
    each trace with events."""
    check_event_placement(ts, 3, 4, first=first)
    for k, t in enumerate(ts):
        assert (k + 1) % 4 == 0 or {e.kind for e in t.events} == {"drop", "straggler", "leak"}, t.seed


def check_counts_and_changes(traces, doc: str, listed: int, line: str, max_events: int = 36) -> None:
    """:func:`check_counts_table` on ``traces`` = ``(setting, ts)``; the traces list ``listed`` changes in all, and
    the docstring ``doc`` says so in ``line`` (white space folded)."""
    check_counts_table(*traces, doc, max_events=max_events)
    assert sum(len(t.changes) for t in traces[1]) == listed
    assert line in " ".join(doc.split())


def check_planned_changes(builds, check_change, min_same: int = 3) -> None:
    """Each listed change of the ``builds`` is one of the run's planned ones (``run.known_t``, the first segment of
    ``run.segs`` after it); ``check_change(run, kind, a, b)`` checks the segments before and after it. Restarts
    onto the same world size are not listed, and at least ``min_same`` of them land in the set."""
    same = 0
    for run, h, spans, live, changes in builds:
        assert len(changes) == len(run.known_t)
        for t, kind in zip(run.known_t, run.known_kind):
            j = next(i for i, s in enumerate(run.segs) if s.t0 == t)
            check_change(run, kind, run.segs[j - 1], run.segs[j])
        for stop, resume, same_size in run.restarts:
            if same_size and resume < run.n * run.dt:
                same += 1
                assert all(abs(t - resume) > 1 for t in run.known_t)
    assert same >= min_same


def unlisted_moves(builds, stretches: str, each=None) -> np.ndarray:
    """The healthy level's moves (``|log|`` of the ratio of medians) between consecutive whole stretches
    (``getattr(run, stretches)``: days or epochs, ``(first, last training time)`` each) with no listed change
    within 2 points, where each side holds over 100 live points (the second from 60 points after its start).
    ``each(run, h, live, c, after)``, where given, is called per pair with the second's first point and its
    live values."""
    moves = []
    for run, h, spans, live, changes in builds:
        dt = run.dt
        st = getattr(run, stretches)
        for (a0, a1), (b0, b1) in zip(st, st[1:]):
            lo, c, hi = int(a0 // dt), int(b0 // dt) + 1, int(b1 // dt)
            if any(lo - 2 <= x <= hi + 2 for x in changes) or b1 > run.n * dt:
                continue
            before = h[lo:int(a1 // dt)][live[lo:int(a1 // dt)]]
            after = h[c + 60:hi][live[c + 60:hi]]
            if len(before) > 100 and len(after) > 100:
                moves.append(abs(np.log(np.median(after) / np.median(before))))
            if each is not None:
                each(run, h, live, c, after)
    return np.array(moves)
