"""The import rules of docs/architecture.md, enforced: which package may import which.

Every ``import`` in the four packages is read with ``ast`` (module level and inside functions, lazy
imports included) and checked against :data:`MAY_IMPORT`. Command-line modules (:data:`CLI_MODULES`)
are the only ones allowed to reach across packages: they wire the parts together for a verb.
Module size is checked too: no module over :data:`MAX_LINES` lines without a reason written in its
docstring (a line starting ``Size:``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("monitor", "lightning_plugins", "anomaly", "dashboards")

#: package -> the lightwatch packages its modules may import (besides itself); keep in sync with the
#: table in docs/architecture.md
MAY_IMPORT: dict[str, set[str]] = {
    "monitor": set(),                         # the core: catalogue, exporter, callbacks, context, stack library
    "lightning_plugins": {"monitor"},         # plugins report through the catalogue and the run context
    "anomaly": {"monitor"},                   # the detector reads the monitor's windows, publishes via the catalogue
    "dashboards": {"monitor"},                # names from the catalogue (and shared small helpers), nothing else
}
#: modules that may import any package: the command line and the demo that drives every part
CLI_MODULES = {
    "monitor.cli", "monitor.demo", "monitor.stack_cli", "monitor.k8s_cli",
    "anomaly.cli", "dashboards.cli", "lightning_plugins.compress_cli",
}
#: what dashboards/ may take from monitor: names and pure helpers, never the runtime
DASHBOARDS_FROM_MONITOR = {"monitor", "monitor.metrics", "monitor.durations"}
MAX_LINES = 520


def _modules():
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            yield ".".join(parts), path


def _imports(path: Path, module: str) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(), str(path))
    is_pkg = path.name == "__init__.py"
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative import: resolve against this module's package
                base = module.split(".") if is_pkg else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            out.append((node.lineno, name))
            out += [(node.lineno, f"{name}.{a.name}") for a in node.names]  # `from pkg import module`
    # lazy-import tables: {"Name": "package.module"} strings in __init__ files count as imports
    if is_pkg:
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.split(".")[0] in PACKAGES \
                    and all(p.isidentifier() for p in node.value.split(".")):
                out.append((node.lineno, node.value))
    return out


def test_every_package_imports_only_what_the_table_allows():
    bad = []
    for module, path in _modules():
        pkg = module.split(".")[0]
        if module in CLI_MODULES:
            continue
        for line, name in _imports(path, module):
            top = name.split(".")[0]
            if top not in PACKAGES or top == pkg:
                continue
            if top not in MAY_IMPORT[pkg]:
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {name} ({pkg} may import {sorted(MAY_IMPORT[pkg])})")
            elif pkg == "dashboards" and not any(name == a or name.startswith(a + ".") for a in DASHBOARDS_FROM_MONITOR):
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {name} (dashboards take only names from monitor)")
    assert not bad, "import rules of docs/architecture.md broken:\n" + "\n".join(bad)


def test_cli_modules_exist():
    existing = {m for m, _ in _modules()}
    # the table may name a CLI module a layout no longer has only while nothing imports through it
    assert CLI_MODULES <= existing, f"CLI_MODULES names modules that do not exist: {CLI_MODULES - existing}"


@pytest.mark.parametrize("module,path", list(_modules()), ids=lambda v: v if isinstance(v, str) else "")
def test_module_size_has_a_reason(module, path):
    lines = path.read_text().count("\n")
    if lines <= MAX_LINES:
        return
    doc = ast.get_docstring(ast.parse(path.read_text())) or ""
    assert any(line.strip().startswith("Size:") for line in doc.splitlines()), \
        f"{path.relative_to(ROOT)} has {lines} lines: split it, or say why in a 'Size:' line of its docstring"


def test_architecture_doc_lists_the_same_rules():
    doc = (ROOT / "docs" / "architecture.md").read_text()
    for pkg, allowed in MAY_IMPORT.items():
        row = next((line for line in doc.splitlines() if line.startswith(f"| `{pkg}/`")), None)
        assert row is not None, f"docs/architecture.md has no table row for {pkg}/"
        cells = [c.strip() for c in row.strip("|").split("|")]
        may = cells[2] if len(cells) > 2 else ""
        for other in PACKAGES:
            if other == pkg:
                continue
            assert (f"`{other}`" in may) == (other in allowed), f"{pkg} row: {other} allowed={other in allowed}: {row}"
