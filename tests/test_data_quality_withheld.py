"""The withheld-flags diagnostic (``benchmarks/data_quality_withheld.py``): bad input is one line and exit 2;
a run prints one row per tracked epoch with the rule that kept or withheld its flags."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("cleanlab")

from benchmarks import data_quality_withheld as withheld  # noqa: E402


@pytest.mark.parametrize("args, names", [(["--sets", "nope"], "--sets"), (["--sets", "storm6"], "--sets"),
                                         (["--noise", "1.5"], "--noise"), (["--noise", "0.3:sideways"], "--noise"),
                                         (["--noise", "0"], "--noise"), (["--epochs", "1"], "--epochs"),
                                         (["--seeds", "a"], "--seeds")])
def test_bad_input_is_one_line_and_exit_2(monkeypatch, capsys, args, names):
    monkeypatch.setattr(sys, "argv", ["data_quality_withheld.py", *args, "--no-save"])
    assert withheld.main() == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(names)


def test_a_run_prints_each_tracked_epochs_rule(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["data_quality_withheld.py", "--sets", "iris", "--noise", "0.3", "--epochs", "4",
                                      "--no-save"])
    assert withheld.main() == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert [int(r.split("|")[1]) for r in rows] == [2, 3, 4]  # the warm-up epoch is not tracked
    assert all(r.split("|")[9].strip().split(":")[0] in ("ok", "void", "ok (no issues)", "none (cleanlab did not run)")
               for r in rows)
