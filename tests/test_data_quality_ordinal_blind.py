"""The ordinal benchmark runs a blind round's sets only in that round's own part (its one look): any other part
refuses them with exit code 2 and one line, before any training."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("argv", [["--part", "round38", "--sets", "radon5"], ["--part", "seen38", "--sets", "syncope8"]])
def test_round_39_is_refused_outside_its_part(argv):
    p = subprocess.run([sys.executable, "benchmarks/data_quality_ordinal.py", *argv, "--out", "/nonexistent/x.json"],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and p.stdout == ""
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and "round 39 is run only with --part round39" in lines[0]


def test_the_parts_after_round_38s_look():
    import benchmarks.data_quality_ordinal as O

    assert O.PARTS["seen38"] == ("hardness5", "hail7")
    assert O.PARTS["round39"] == ("radon5", "lead6", "syncope8", "fishkill8")
