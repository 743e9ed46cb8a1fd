"""The ordinal benchmark runs the blind round's sets (``data_quality_actions.BLIND_ROUND``) only in that round's
own part (its one look): any other part refuses them with exit code 2 and one line, before any training. A round
registered after the blind one waits: no part of the ordinal benchmark holds its sets, and ``data_quality_actions.py``
refuses it (``--data`` or ``--sets``) with exit code 2 and one line."""

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.data_quality_actions import BLIND_ROUND, ROUNDS

ROOT = Path(__file__).resolve().parents[1]
BLIND = importlib.import_module(f"benchmarks.data_quality_round{BLIND_ROUND}")
SEEN = importlib.import_module(f"benchmarks.data_quality_round{BLIND_ROUND - 1}")
UNORDERED = [s for s in BLIND.GENERATORS if s not in BLIND.ORDERED]


@pytest.mark.parametrize("argv", [["--part", f"round{BLIND_ROUND - 1}", "--sets", BLIND.ORDERED[0]],
                                  ["--part", f"seen{BLIND_ROUND - 1}", "--sets", UNORDERED[0]]])
def test_the_blind_round_is_refused_outside_its_part(argv):
    p = subprocess.run([sys.executable, "benchmarks/data_quality_ordinal.py", *argv, "--out", "/nonexistent/x.json"],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and p.stdout == ""
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and f"round {BLIND_ROUND} is run only with --part round{BLIND_ROUND}" in lines[0]


def test_the_parts_after_the_last_look():
    import benchmarks.data_quality_ordinal as O

    assert BLIND_ROUND <= max(ROUNDS)  # the blind round, and any written after it, waiting
    assert O.PARTS[f"seen{BLIND_ROUND - 1}"] == tuple(SEEN.ORDERED)
    assert O.PARTS[f"round{BLIND_ROUND - 1}"] == tuple(SEEN.GENERATORS)
    assert O.PARTS[f"round{BLIND_ROUND}"] == tuple(BLIND.GENERATORS) == (*BLIND.ORDERED, *UNORDERED)
    others = [part for part, sets in O.PARTS.items()
              if part != f"round{BLIND_ROUND}" and set(sets) & set(BLIND.GENERATORS)]
    assert others == []
    waiting = {s for r, g in ROUNDS.items() if r > BLIND_ROUND for s in g}
    assert not any(set(sets) & waiting for sets in O.PARTS.values())


@pytest.mark.skipif(max(ROUNDS) == BLIND_ROUND, reason="no round waits behind the blind one")
@pytest.mark.parametrize("how", ["--data", "--sets"])
def test_a_round_after_the_blind_one_waits(how, tmp_path):
    later = max(ROUNDS)
    arg = f"round{later}" if how == "--data" else next(iter(ROUNDS[later]))
    p = subprocess.run([sys.executable, str(ROOT / "benchmarks/data_quality_actions.py"), "--only", "noise", how, arg],
                       cwd=tmp_path, capture_output=True, text=True, timeout=120,
                       env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    assert p.returncode == 2 and p.stdout == ""
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and f"round {later} waits behind the blind round {BLIND_ROUND}" in lines[0]


@pytest.mark.parametrize("how", ["--data", "--sets"])
def test_the_refusal_of_a_waiting_round_in_process(how, monkeypatch, capsys):
    """The same refusal whatever the registry holds today: with ``BLIND_ROUND`` one before the newest round, the newest
    waits (in process, so it runs even when no round is waiting on main)."""
    import benchmarks.data_quality_actions as A

    later = max(ROUNDS)
    monkeypatch.setattr(A, "BLIND_ROUND", later - 1)
    arg = f"round{later}" if how == "--data" else next(iter(ROUNDS[later]))
    monkeypatch.setattr(sys, "argv", ["data_quality_actions.py", "--only", "noise", how, arg])
    assert A.main() == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and f"round {later} waits behind the blind round {later - 1}" in err
