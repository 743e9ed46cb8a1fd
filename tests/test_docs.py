"""The documentation holds: the site builds strict, every code block runs or says why not, pages are fresh.

- ``mkdocs build --strict`` (broken links, missing pages and docstring errors fail);
- every fenced block in README.md and docs/ is either run here (``python`` blocks, and the example
  scripts the pages include with ``--8<--``) or preceded by ``<!-- not-run: reason -->``;
- docs/examples/every_plugin.py runs as written with ``pytorch_lightning`` and, with its first
  import swapped, with the unified ``lightning`` package; both serve metrics that are scraped;
- generated pages (command line) match the code; the README stays a front door (≤ 200 lines).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
EXAMPLES = sorted((ROOT / "docs" / "examples").glob("*.py"))
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1", "PYTHONUNBUFFERED": "1"}


def _blocks():
    """(page, line, language, text, marked) for every fenced block."""
    for page in PAGES:
        lines = page.read_text().splitlines()
        i = 0
        while i < len(lines):
            if lines[i].startswith("```"):
                lang = lines[i][3:].strip()
                prev = next((lines[j].strip() for j in range(i - 1, -1, -1) if lines[j].strip()), "")
                start = i
                i += 1
                body = []
                while i < len(lines) and not lines[i].startswith("```"):
                    body.append(lines[i])
                    i += 1
                yield page, start + 1, lang, "\n".join(body), prev.startswith("<!-- not-run:")
            i += 1


BLOCKS = list(_blocks())
RUN = [b for b in BLOCKS if b[2] == "python" and not b[4] and not b[3].lstrip().startswith("--8<--")]


def _id(block) -> str:
    return f"{block[0].relative_to(ROOT)}:{block[1]}"


def test_every_block_is_run_or_marked():
    unmarked = [_id(b) for b in BLOCKS if not b[4] and b[2] != "python"]
    assert not unmarked, ("blocks neither run by tests/test_docs.py nor marked '<!-- not-run: reason -->':\n"
                          + "\n".join(unmarked))
    for page, line, lang, text, marked in BLOCKS:
        for inc in re.findall(r'--8<-- "([^"]+)"', text):
            assert (ROOT / inc) in EXAMPLES, f"{_id((page, line))} includes {inc}, which is not a tested example"


@pytest.mark.parametrize("block", RUN, ids=_id)
def test_python_block_runs(block, tmp_path):
    proc = subprocess.run([sys.executable, "-c", block[3]], cwd=tmp_path, env=ENV, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]


@pytest.mark.slow
@pytest.mark.parametrize("flavour", ["pytorch_lightning", "lightning"])
def test_every_plugin_example_runs_and_is_scraped(flavour, tmp_path):
    source = (ROOT / "docs" / "examples" / "every_plugin.py").read_text()
    first = "import pytorch_lightning as pl"
    assert first in source
    if flavour == "lightning":
        source = source.replace(first, "import lightning.pytorch as pl", 1)
    script = tmp_path / "every_plugin.py"
    script.write_text(source)
    proc = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=ENV, capture_output=True, text=True,
                          timeout=600)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-4000:]
    m = re.search(r"scraped (\d+) lightwatch series from http://127\.0\.0\.1:\d+/metrics; run labels: \['every-plugin'\]",
                  proc.stdout)
    assert m and int(m.group(1)) > 100, out[-3000:]
    assert (tmp_path / "pqcf-out" / "model_pqcf.onnx").exists()


def test_site_builds_strict(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
                          cwd=ROOT, env={**ENV, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-5000:]
    assert (tmp_path / "site" / "runbooks" / "NonFiniteLoss" / "index.html").exists()


def test_cli_reference_page_is_generated_from_the_parsers():
    from monitor.cli import reference

    def words(text: str) -> list[str]:  # argparse's column widths differ between Python versions (3.13)
        return text.split()

    page = (ROOT / "docs" / "reference" / "cli.md").read_text()
    assert words(page) == words(reference()), "docs/reference/cli.md is stale: python -m monitor.cli --reference"


def test_readme_is_a_front_door():
    text = (ROOT / "README.md").read_text()
    assert text.count("\n") <= 200
    assert "make demo" in text.split("## ")[1] and "make test" in text.split("## ")[1]  # the first section
