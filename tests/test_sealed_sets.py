"""Sealed held-out sets: once a generator or a round has had its one look, ``make test`` deselects the tests that
re-derive its documented structure from its whole data (``tests/conftest.py``'s ``SEALED_CHECKS``), and this module
pins the source of each sealed set's generator, so that an edit of one (a speed-up meant to be byte-identical, say)
fails here until the deselected checks have passed again with ``make test-sealed`` and the pin is renewed:

    LIGHTWATCH_TEST_SEALED=1 .venv/bin/python -m pytest tests/test_anomaly_heldout65.py   # or make test-sealed
    .venv/bin/python tests/test_sealed_sets.py --renew

The pins are sha256 digests of the files' bytes, in ``tests/sealed_sources.json``; marking a set seen (``SEEN`` in
``benchmarks/anomaly_misses.py``, ``BLIND_ROUND`` in ``benchmarks/data_quality_actions.py``) adds its pin with
``--renew``."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PINS = ROOT / "tests" / "sealed_sources.json"


def sealed_sources() -> list[str]:
    """The generator sources of every sealed set, relative to the repository: ``anomaly/heldoutN.py`` for the seen
    generators, ``benchmarks/data_quality_roundN.py`` for the looked-at rounds."""
    sys.path.insert(0, str(ROOT))
    from tests.conftest import sealed_bounds

    bounds = sealed_bounds()
    gens = [f"anomaly/heldout{n}.py" for n in range(3, bounds["anomaly_heldout"])]
    rounds = [f"benchmarks/data_quality_round{n}.py" for n in range(5, bounds["data_quality_round"])]
    return gens + rounds


def digest(rel: str) -> str:
    return hashlib.sha256((ROOT / rel).read_bytes()).hexdigest()


def test_every_sealed_set_has_a_pin_and_no_blind_one_has():
    pinned = json.loads(PINS.read_text())
    expected = sealed_sources()
    assert all((ROOT / rel).is_file() for rel in expected)
    missing = sorted(set(expected) - set(pinned), key=expected.index)
    assert not missing, (f"{len(missing)} sealed sets have no pin (first {missing[0]}): run make test-sealed, then "
                         f"python tests/test_sealed_sets.py --renew")
    assert set(pinned) == set(expected), f"pins for sets not sealed: {sorted(set(pinned) - set(expected))}"


def test_no_sealed_generator_changed_since_its_pin():
    pinned = json.loads(PINS.read_text())
    changed = [rel for rel in sealed_sources() if rel in pinned and digest(rel) != pinned[rel]]
    assert not changed, (f"sealed generators changed since their pins: {changed}; their whole-data checks no longer "
                         f"run in make test: run make test-sealed, then python tests/test_sealed_sets.py --renew")


def test_sealed_checks_are_deselected_only_for_sealed_sets(tmp_path):
    """Collected for real: the last seen generator and the last looked-at round lose exactly their whole-data checks,
    the first blind ones lose none, and ``LIGHTWATCH_TEST_SEALED=1`` keeps every test."""
    from tests.conftest import sealed_bounds, sealed_check

    bounds = sealed_bounds()
    g, r = bounds["anomaly_heldout"], bounds["data_quality_round"]
    files = [f"tests/test_anomaly_heldout{g - 1}.py", f"tests/test_anomaly_heldout{g}.py",
             f"tests/test_data_quality_round{r - 1}.py", f"tests/test_data_quality_round{r}.py"]
    files = [f for f in files if (ROOT / f).is_file()]
    assert len(files) >= 3  # the newest blind generator or round may not be written yet

    def collected(sealed: str) -> set:
        env = {**os.environ, "LIGHTWATCH_TEST_SEALED": sealed}
        out = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                              *files], cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
        return {line for line in out.splitlines() if "::" in line}

    everything, kept = collected("1"), collected("")
    dropped = everything - kept
    assert kept < everything and dropped
    for nodeid in everything:
        path, name = nodeid.split("::", 1)
        assert (nodeid in dropped) == sealed_check(Path(path), name.split("[")[0], bounds), nodeid
    assert any(f"heldout{g - 1}.py" in d for d in dropped) and any(f"round{r - 1}.py" in d for d in dropped)


if __name__ == "__main__":
    if sys.argv[1:] != ["--renew"]:
        sys.exit("usage: python tests/test_sealed_sets.py --renew  (writes tests/sealed_sources.json)")
    PINS.write_text(json.dumps({rel: digest(rel) for rel in sealed_sources()}, indent=0) + "\n")
    print(f"{PINS.relative_to(ROOT)}: {len(sealed_sources())} sealed generator sources pinned")
