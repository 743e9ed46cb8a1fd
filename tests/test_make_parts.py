"""``make test``'s three parts (the Makefile): every collected test runs in exactly one of them.

The parallel part deselects ``alone`` and ``waits``; the waits lane and the alone part collect only the files that
hold the marker's text (``conftest.PART_MARKERS``; WAITS_FILES / ALONE_FILES, found by grep). A marked test
in a file without that text would run in no part: tests/conftest.py fails such a run at collection.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests import conftest

ROOT = Path(__file__).resolve().parent.parent


def _item(path: Path, markers: set[str]) -> SimpleNamespace:
    return SimpleNamespace(path=path, nodeid=f"{path.name}::t",
                           get_closest_marker=lambda name: object() if name in markers else None)


@pytest.mark.parametrize("marker", sorted(conftest.PART_MARKERS))
def test_a_marked_test_in_a_file_make_cannot_find_fails_the_run(tmp_path, marker):
    found = tmp_path / "test_found.py"
    found.write_text(f"import pytest\npytestmark = {conftest.PART_MARKERS[marker]}\n")
    lost = tmp_path / "test_lost.py"
    lost.write_text("import pytest\n")  # marked some other way (a decorator built by name, a hook): grep misses it
    conftest.pytest_collection_modifyitems(None, [_item(found, {marker}), _item(lost, set())])  # fine
    with pytest.raises(pytest.UsageError, match=f"marked {marker}, but its file does not hold the text"):
        conftest.pytest_collection_modifyitems(None, [_item(found, {marker}), _item(lost, {marker})])


def test_make_test_runs_each_marker_in_its_own_part():
    """The recipe as make would run it (-n prints, runs nothing; the install's sub-make is dry too)."""
    out = subprocess.run(["make", "-n", "--no-print-directory", "test"], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.replace("\\\n", " ")
    files = {p.name: p.read_text() for p in (ROOT / "tests").glob("test_*.py")}
    waits, alone = (sorted(f for f, text in files.items() if conftest.PART_MARKERS[m] in text)
                    for m in ("waits", "alone"))
    assert waits and alone
    lane = re.search(r'-m "waits and not gpu and not alone"(.*?)>"\$lane_log"', out).group(1).split()
    assert sorted(Path(w).name for w in lane) == waits
    assert '-m "not gpu and not alone and not waits"' in re.search(r"[^;]*--dist loadfile[^;]*", out).group(0)
    last = re.search(r'-m "alone and not gpu"(.*?)\|\|', out).group(1).split()
    assert sorted(Path(w).name for w in last) == alone
    # the lane starts before the parallel part and is waited for before the alone part
    assert out.index('"waits and not gpu') < out.index("--dist loadfile") < out.index("wait $lane") \
        < out.index('"alone and not gpu"')
