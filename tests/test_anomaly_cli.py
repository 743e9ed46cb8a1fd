"""``lightwatch anomaly`` command line: bad input is one line and exit code 2 before any work,
outputs are exactly what was named, any finite series scores, timestamps follow --timestamps."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from monitor.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _csv(path: Path, values, start: float = 1.7e9, step: float = 5.0, header: str = "timestamp,value") -> Path:
    path.write_text(header + "\n" + "".join(f"{start + step * i:.1f},{v!r}\n" for i, v in enumerate(values)))
    return path


def _series(n: int = 400, seed: int = 0) -> list[float]:
    rng = np.random.default_rng(seed)
    return [float(x) for x in 1000 * np.exp(0.02 * rng.standard_normal(n))]


def _one_line_error(capsys, *needles: str) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    for needle in needles:
        assert needle in err, err
    return err


def test_score_refuses_a_symlinked_out_and_leaves_link_and_target(tmp_path, capsys):
    inp = _csv(tmp_path / "in.csv", _series())
    target = tmp_path / "target.csv"
    target.write_text("keep me\n")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert main(["anomaly", "score", str(inp), "--out", str(link), "--model", "ets"]) == 2
    _one_line_error(capsys, "symbolic link")
    assert link.is_symlink() and target.read_text() == "keep me\n"


def test_score_refuses_out_equal_to_input(tmp_path, capsys):
    inp = _csv(tmp_path / "in.csv", _series())
    before = inp.read_bytes()
    assert main(["anomaly", "score", str(inp), "--out", str(tmp_path / "." / "in.csv"), "--model", "ets"]) == 2
    _one_line_error(capsys, "is the input")
    assert inp.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]  # no temporary file left


def test_report_out_must_be_the_png_it_writes(tmp_path, capsys):
    inp = _csv(tmp_path / "in.csv", _series())
    assert main(["anomaly", "report", str(inp), "--out", str(tmp_path / "noext"), "--model", "ets"]) == 2
    _one_line_error(capsys, ".png")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]
    png = tmp_path / "plot.png"
    assert main(["anomaly", "report", str(inp), "--out", str(png), "--model", "ets"]) == 0
    assert f"wrote {png}" in capsys.readouterr().out and png.read_bytes()[:4] == b"\x89PNG"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", "plot.png"]


@pytest.mark.parametrize("option,value", [("--interval", "inf"), ("--interval", "nan"), ("--interval", "0"),
                                          ("--step", "-5"), ("--lookback", "1 hour")])
def test_watch_refuses_non_finite_or_bad_times_before_polling(option, value, capsys):
    argv = ["anomaly", "watch", "--prometheus", "http://127.0.0.1:9", "--port", "0", "--polls", "1", option, value]
    assert main(argv) == 2
    _one_line_error(capsys, option, value)


def test_watch_takes_durations(capsys):
    argv = ["anomaly", "watch", "--prometheus", "http://127.0.0.1:9", "--port", "0", "--polls", "2",
            "--interval", "100ms", "--step", "5s", "--model", "ets"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "lightwatch_samples_per_second" in out and "poll 2: 0 new point(s), 0 series, 2 error(s)" in out


@pytest.mark.parametrize("content,needles", [
    ("timestamp,value\n1,2\n2,3,4\n", ("line 3", "3 field(s), the header has 2")),
    ("timestamp,value\n1,2\n2\n", ("line 3", "1 field(s), the header has 2")),
    ('timestamp,value,note\n1,2,"a\nb"\n2,3\n', ("line 4", "2 field(s), the header has 3")),
    ("timestamp,value\n1,2\n3,2\n2,2\n", ("line 4", "out-of-order timestamp", "--timestamps sort")),
    ("timestamp,value\n1,2\n2,-1\n", ("line 3", "negative", "--direction up|both")),
    ("timestamp,value,pause\n1,2,0\n2,3,maybe\n", ("line 3", "pause='maybe'", "1/0, true/false, yes/no or a pause share")),
    ("timestamp,value,pause\n1,2,0.2\n2,3,1.5\n", ("line 3", "pause='1.5'", "a pause share in [0, 1]")),
    ("timestamp,value,change\n1,2,0\n2,3,0.5\n", ("line 3", "change='0.5'", "1/0, true/false or yes/no")),
])
def test_bad_rows_name_their_line(tmp_path, capsys, content, needles):
    inp = tmp_path / "in.csv"
    inp.write_text(content)
    assert main(["anomaly", "score", str(inp), "--out", str(tmp_path / "o.csv"), "--model", "ets"]) == 2
    _one_line_error(capsys, *needles)
    assert not (tmp_path / "o.csv").exists()


def test_utf8_bom_header_is_read(tmp_path, capsys):
    inp = tmp_path / "bom.csv"
    inp.write_bytes(b"\xef\xbb\xbf" + _csv(tmp_path / "plain.csv", _series(100)).read_bytes())
    assert main(["anomaly", "score", str(inp), "--out", str(tmp_path / "o.csv"), "--model", "ets"]) == 0
    rows = list(csv.DictReader((tmp_path / "o.csv").open()))
    assert len(rows) == 100 and "timestamp" in rows[0]


def test_any_finite_series_scores_both_directions(tmp_path):
    rng = np.random.default_rng(3)
    v = 5.0 * rng.standard_normal(600)  # about half negative
    v[400:] += 40.0  # an upward shift
    inp = _csv(tmp_path / "real.csv", [float(x) for x in v])
    out = tmp_path / "o.csv"
    assert main(["anomaly", "score", str(inp), "--out", str(out), "--direction", "both", "--model", "ets"]) == 0
    flags = [r["is_anomaly"] == "1" for r in csv.DictReader(out.open())]
    assert any(flags[400:460]) and not any(flags[:400])


@pytest.mark.parametrize("scale", [1.5e308, 1e-300])
def test_extreme_magnitudes_never_raise(tmp_path, scale):
    rng = np.random.default_rng(4)
    v = np.minimum(scale * np.exp(0.3 * rng.standard_normal(700)), np.finfo(float).max)
    v[500:] *= 0.3
    inp = _csv(tmp_path / "big.csv", [float(x) for x in v])
    for direction in ("down", "both"):
        out = tmp_path / f"o-{direction}.csv"
        assert main(["anomaly", "score", str(inp), "--out", str(out), "--direction", direction, "--model", "lstm"]) == 0
        rows = list(csv.DictReader(out.open()))
        assert len(rows) == 700 and all(0.0 <= float(r["score"]) <= 1.0 for r in rows)


def test_timestamp_policies(tmp_path, capsys):
    vals = _series(300)
    lines = [f"{1000 + 5 * i},{v!r}" for i, v in enumerate(vals)]
    lines[100], lines[101] = lines[101], lines[100]  # out of order
    lines.insert(200, f"{1000 + 5 * 199},7.0")  # a duplicate of row 199's time
    inp = tmp_path / "in.csv"
    inp.write_text("timestamp,value,tag\n" + "".join(f"{line},r{i}\n" for i, line in enumerate(lines)))
    out = tmp_path / "o.csv"
    assert main(["anomaly", "score", str(inp), "--out", str(out), "--model", "ets"]) == 2
    _one_line_error(capsys, "line 103", "out-of-order")
    assert main(["anomaly", "score", str(inp), "--out", str(out), "--model", "ets", "--timestamps", "sort"]) == 0
    rows = list(csv.DictReader(out.open()))
    ts = [float(r["timestamp"]) for r in rows]
    assert len(rows) == 301 and ts == sorted(ts) and [r["tag"] for r in rows[100:102]] == ["r101", "r100"]
    assert [r["tag"] for r in rows if float(r["timestamp"]) == 1995] == ["r199", "r200"]  # stable
    assert main(["anomaly", "score", str(inp), "--out", str(out), "--model", "ets", "--timestamps", "merge"]) == 0
    rows = list(csv.DictReader(out.open()))
    merged = [r for r in rows if float(r["timestamp"]) == 1995]
    assert len(rows) == 300 and len(merged) == 1 and float(merged[0]["value"]) == pytest.approx((vals[199] + 7) / 2)


def test_cli_sets_one_torch_thread(tmp_path):
    import torch

    torch.set_num_threads(2)
    inp = _csv(tmp_path / "in.csv", _series(50))
    assert main(["anomaly", "score", str(inp), "--out", str(tmp_path / "o.csv"), "--model", "ets"]) == 0
    assert torch.get_num_threads() == 1
    assert main(["anomaly", "score", str(inp), "--out", str(tmp_path / "o.csv"), "--threads", "0"]) == 2


def _score_subprocess(tmp_path: Path, stderr) -> None:
    """``anomaly score`` of 2,500 points in a real process; the bar is score_rows' for every model, so the CUSUM
    chart scores them (0.3 s of CPU; ETS imports statsmodels and refits 49 times: about 3 s a run)."""
    inp = _csv(tmp_path / "in.csv", _series(2500))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    subprocess.run([sys.executable, "-m", "monitor.cli", "anomaly", "score", str(inp), "--out",
                    str(tmp_path / "o.csv"), "--model", "cusum"], stderr=stderr, stdout=subprocess.DEVNULL,
                   env=env, check=True, timeout=300)


def test_progress_bar_on_a_terminal_only(tmp_path):
    import pty

    proc_err = tmp_path / "err.txt"
    with proc_err.open("wb") as fh:
        _score_subprocess(tmp_path, fh)
    assert proc_err.read_bytes() == b""  # not a terminal: no bar
    master, slave = pty.openpty()
    try:
        _score_subprocess(tmp_path, slave)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
    text = b"".join(chunks).decode(errors="replace")
    assert "scoring" in text and "2500/2500" in text, text


def test_durations_one_definition():
    from monitor.durations import check_duration, is_duration, parse_seconds

    assert parse_seconds("1m30s", "--interval") == 90.0 and parse_seconds("500ms", "--step") == 0.5
    assert parse_seconds("2.5", "--step") == 2.5 and is_duration("15s") and not is_duration("15")
    for bad in ("inf", "nan", "-1", "0s", "soon"):
        with pytest.raises(ValueError, match="--interval"):
            parse_seconds(bad, "--interval")
    with pytest.raises(ValueError, match="--for"):
        check_duration("1 minute", "--for")


def test_a_pause_column_is_the_runs_phase(tmp_path):
    """With the phase known (the CSV's pause column), a halving outside validation is caught at its onset;
    the same values without the column are read as a possible pause and caught late or not at all."""
    rng = np.random.default_rng(1)
    n, onset, end = 2400, 1500, 2100
    v = 800 * np.exp(0.03 * rng.standard_normal(n))
    pause = np.zeros(n, bool)
    for at in range(350, n, 300):  # validation to near zero, 30 points
        pause[at:at + 30] = True
    v[pause] *= 0.02
    v[onset:end] *= 0.5
    lines = "".join(f"{1.7e9 + 5 * i:.1f},{float(x)!r},{int(p)}\n" for i, (x, p) in enumerate(zip(v, pause)))
    inp, out = tmp_path / "in.csv", tmp_path / "o.csv"
    inp.write_text("timestamp,value,pause\n" + lines)
    assert main(["anomaly", "score", str(inp), "--out", str(out)]) == 0
    known = [r["is_anomaly"] == "1" for r in csv.DictReader(out.open())]
    inp.write_text("timestamp,value\n" + "".join(line.rsplit(",", 1)[0] + "\n" for line in lines.splitlines()))
    assert main(["anomaly", "score", str(inp), "--out", str(out)]) == 0
    unknown = [r["is_anomaly"] == "1" for r in csv.DictReader(out.open())]
    first = lambda flags: next((i for i, f in enumerate(flags) if f), None)  # noqa: E731
    assert first(known) is not None and onset <= first(known) <= onset + 60, first(known)
    assert first(unknown) is None or first(unknown) > onset + 60, first(unknown)


def test_a_change_column_tells_the_detector_of_planned_level_changes(tmp_path):
    """A planned -15 % step flagged in the CSV's change column raises no alert; the same values without the column
    alert at the step; with --timestamps merge a change on any merged row is kept."""
    from anomaly.traces import make_trace

    tr = make_trace(seed=5, n=4000, n_events=0)
    v = tr.values.copy()
    v[2000:] *= 0.85
    lines = [f"{t:.3f},{float(x)!r},{int(i == 2000)}" for i, (t, x) in enumerate(zip(tr.timestamps, v))]
    inp, out = tmp_path / "in.csv", tmp_path / "o.csv"

    def alerts(header, rows, *extra):
        inp.write_text(header + "\n" + "\n".join(rows) + "\n")
        assert main(["anomaly", "score", str(inp), "--out", str(out), *extra]) == 0
        flags = [r["is_anomaly"] == "1" for r in csv.DictReader(out.open())]
        return [i for i, f in enumerate(flags) if f and (i == 0 or not flags[i - 1])]

    assert alerts("timestamp,value,change", lines) == []
    untold = alerts("timestamp,value", [line.rsplit(",", 1)[0] for line in lines])
    assert any(2000 <= a < 2100 for a in untold), untold
    dup = lines[:2000] + [lines[2000].rsplit(",", 1)[0] + ",0"] + lines[2000:]  # the same time twice, change on the 2nd
    assert alerts("timestamp,value,change", dup, "--timestamps", "merge") == []


def test_a_pause_share_column_reads_as_the_callback_decides(tmp_path):
    """The pause column may hold the monitor's pause share (lightwatch_window_pause_ratio): 40 % or more is a
    pause, as AnomalyCallback and the sidecar decide, so shares score exactly as the equivalent flags."""
    rng = np.random.default_rng(2)
    n = 900
    share = np.where(rng.random(n) < 0.1, rng.uniform(0.0, 1.0, n), 0.0)
    v = 500 * np.exp(0.03 * rng.standard_normal(n)) * (1 - share)
    v[600:] *= 0.6
    outs = {}
    for kind, col in (("share", [f"{s:.3f}" for s in share]), ("flag", [str(int(s >= 0.4)) for s in share])):
        inp, out = tmp_path / f"{kind}.csv", tmp_path / f"o-{kind}.csv"
        inp.write_text("timestamp,value,pause\n" + "".join(f"{i},{float(x)!r},{c}\n" for i, (x, c) in enumerate(zip(v, col))))
        assert main(["anomaly", "score", str(inp), "--out", str(out)]) == 0
        outs[kind] = [(r["forecast"], r["is_anomaly"]) for r in csv.DictReader(out.open())]
    assert outs["share"] == outs["flag"]
    assert 0.0 < float(np.mean((share > 0) & (share < 0.4))) and any(a == "1" for _, a in outs["share"])


def _alternating(n: int = 600, seed: int = 0) -> list[float]:
    """A rate read through a window holding one or two pushes of a counter: about 2/3 and 4/3 of it in turn."""
    rng = np.random.default_rng(seed)
    turn = np.where(np.arange(n) % 2 == 0, 2 / 3, 4 / 3)
    return [float(x) for x in 1000 * turn * np.exp(0.02 * rng.standard_normal(n))]


def test_alternation_separates_independent_noise_from_a_point_to_point_alternation():
    from anomaly.stats import ALTERNATION_WARN, alternation

    noise = alternation(_series(2000))
    assert -0.6 < noise < -0.4  # independent noise around a level: about -0.5
    assert alternation(_alternating(2000)) < ALTERNATION_WARN < noise
    assert alternation(_alternating(100)) is None  # too few points to say
    assert alternation([1000.0] * 500) is None  # no changes at all


def test_an_alternating_rate_gets_one_warning_line_and_is_still_scored(tmp_path, capsys):
    inp = _csv(tmp_path / "aliased.csv", _alternating())
    out = tmp_path / "out.csv"
    assert main(["anomaly", "score", str(inp), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    warnings = [line for line in err.splitlines() if "alternates point to point" in line]
    assert len(warnings) == 1 and "aliased.csv" in warnings[0] and "rate(x[2m])" in warnings[0], err
    assert len(out.read_text().splitlines()) == 601  # scored all the same
    plain = _csv(tmp_path / "plain.csv", _series(600))
    assert main(["anomaly", "score", str(plain), "--out", str(tmp_path / "plain_out.csv")]) == 0
    assert "alternates" not in capsys.readouterr().err
