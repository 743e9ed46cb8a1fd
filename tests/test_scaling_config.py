"""The documented remote_write configuration (Thanos Receive / Mimir) is one promtool accepts, with
every file it names present (promtool checks them too)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml

from tests.conftest import require_binary
from tests.tls_util import self_signed

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / "prometheus-remote-write.yml"


def test_remote_write_example_passes_promtool_check_config(tmp_path):
    etc = tmp_path / "etc-prometheus"
    text = EXAMPLE.read_text().replace("/etc/prometheus/", f"{etc}/")
    for rel in sorted(set(re.findall(rf"{re.escape(str(etc))}/secrets/[\w.-]+", text))):
        Path(rel).parent.mkdir(parents=True, exist_ok=True)
        Path(rel).write_text("not-a-real-secret\n")
    cert, _ = self_signed(tmp_path)
    (etc / "secrets" / "lightwatch-ca.crt").write_text(cert.read_text())
    config = tmp_path / "prometheus.yml"
    config.write_text(text)
    res = subprocess.run([require_binary("promtool"), "check", "config", str(config)], capture_output=True, text=True,
                         timeout=60)
    assert res.returncode == 0, res.stdout + res.stderr
    cfg = yaml.safe_load(text)
    assert {w["name"] for w in cfg["remote_write"]} == {"mimir", "thanos"}
    assert "password:" not in text and "credentials:" not in text  # only files hold secrets
