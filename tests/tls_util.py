"""Self-signed certificates for the exporter's TLS tests (made with the ``openssl`` command)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def self_signed(folder: Path, name: str = "server", cn: str = "127.0.0.1") -> tuple[Path, Path]:
    """``(cert, key)`` of a one-day self-signed certificate for ``cn`` (also its subjectAltName IP)."""
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    san = f"IP:{cn}" if cn.replace(".", "").isdigit() else f"DNS:{cn}"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", f"/CN={cn}",
                    "-addext", f"subjectAltName={san}", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)
    return cert, key
