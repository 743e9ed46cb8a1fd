"""Assemble every dashboard, rule file and the Alertmanager template, and write them to a folder.

Usage::

    python -m dashboards.main                 # regenerates dashboards/build/
    lightwatch dashboards build --out DIR     # the same, elsewhere

Layout of the output (what compose/ and ``lightwatch stack`` mount)::

    dashboards/<uid>.json                     Grafana dashboards (sorted keys)
    rules/lightwatch-recording.yml            Prometheus recording rules
    rules/lightwatch-alerts.yml               Prometheus alerting rules
    alertmanager.yml                          Alertmanager configuration template
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from dashboards import alertmanager, anomalies, common, data_quality, gpu, parallelism, pqcf, precision, rules
from dashboards import BUILD_DIR, training
from dashboards.config import DEFAULT, Config
from dashboards.rules import render_rules

#: every dashboard module, in the order Grafana lists them
MODULES = (training, precision, parallelism, gpu, pqcf, anomalies, data_quality)


def dashboards(cfg: Config = DEFAULT) -> dict[str, dict]:
    """``{uid: dashboard JSON model}`` for every dashboard."""
    return {m.UID: json.loads(common.to_json(m.build(cfg))) for m in MODULES}


def files(cfg: Config = DEFAULT, webhook_url: str = alertmanager.DEFAULT_WEBHOOK_URL) -> dict[str, str]:
    """``{relative path: text}`` of everything the build writes."""
    out = {f"dashboards/{m.UID}.json": common.to_json(m.build(cfg)) for m in MODULES}
    for name, content in rules.rule_files(cfg).items():
        out[f"rules/{name}"] = render_rules(content)
    out["alertmanager.yml"] = alertmanager.render(alertmanager.alertmanager_config(webhook_url=webhook_url))
    return out


def build(out_dir: str | Path = BUILD_DIR, cfg: Config = DEFAULT,
          on_written: Callable[[Path, int], None] | None = None) -> list[Path]:
    """Write :func:`files` under ``out_dir`` (each atomically); returns the written paths (stale files are
    removed). ``on_written(path, total)`` is called after each of the ``total`` files (the CLI's progress)."""
    from monitor.cliio import atomic_write

    out = Path(out_dir)
    wanted = files(cfg)
    written = []
    for sub in ("dashboards", "rules"):
        folder = out / sub
        if folder.is_dir():
            for old in folder.iterdir():
                if old.is_file() and f"{sub}/{old.name}" not in wanted:
                    old.unlink()
    for rel, text in wanted.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(path) as fh:
            fh.write(text)
        written.append(path)
        if on_written is not None:
            on_written(path, len(wanted))
    return written


if __name__ == "__main__":
    for p in build():
        print(p)
