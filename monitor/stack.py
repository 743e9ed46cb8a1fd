"""Start the native Prometheus / Alertmanager / Pushgateway binaries (Debian packages).

One way to start a server, shared by the tests, ``lightwatch stack`` and ``lightwatch demo``:
loopback only, a chosen port (``0`` picks a free one), data in a chosen directory, readiness
waited for, and a clear error naming the missing binary and the command that installs it.

Configuration files are written as JSON, which is valid YAML, so the core needs no YAML library.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from monitor.exporter import LOOPBACK, free_port, validate_port

APT_PACKAGES = "prometheus prometheus-alertmanager prometheus-pushgateway"

#: binary name -> (candidates on PATH, Debian package)
BINARIES = {
    "prometheus": (("prometheus",), "prometheus"),
    "promtool": (("promtool",), "prometheus"),
    "alertmanager": (("prometheus-alertmanager", "alertmanager"), "prometheus-alertmanager"),
    "amtool": (("amtool",), "prometheus-alertmanager"),
    "pushgateway": (("prometheus-pushgateway", "pushgateway"), "prometheus-pushgateway"),
}


class MissingBinaryError(FileNotFoundError):
    """A server binary is not installed; the message says how to install it."""


class ServerStartError(RuntimeError):
    """A server exited or did not become ready; the message holds the tail of its log."""


def find_binary(name: str) -> str:
    """Absolute path of a stack binary, or :class:`MissingBinaryError` with the install command."""
    if name not in BINARIES:
        raise ValueError(f"unknown binary {name!r}; known: {sorted(BINARIES)}")
    candidates, package = BINARIES[name]
    for cand in candidates:
        path = shutil.which(cand) or (f"/usr/bin/{cand}" if os.access(f"/usr/bin/{cand}", os.X_OK) else None)
        if path:
            return path
    raise MissingBinaryError(
        f"{name} not found (looked for {', '.join(candidates)} on PATH and in /usr/bin); "
        f"install it with: sudo apt-get install {package}  (all of the stack: sudo apt-get install {APT_PACKAGES})"
    )


def wait_http_ok(url: str, timeout: float, proc: subprocess.Popen | None = None, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise ServerStartError(f"{proc.args[0]} exited with code {proc.returncode}:\n{_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError) as exc:
            last = exc
        time.sleep(0.1)
    raise ServerStartError(f"{url} not ready after {timeout:.0f}s ({last}):\n{_tail(log)}")


def _tail(log: Path | None, n: int = 20) -> str:
    if log is None or not log.exists():
        return ""
    return "\n".join(log.read_text(errors="replace").splitlines()[-n:])


@dataclass
class ServerProcess:
    """A running server: its name, URL, process, data directory and log file."""

    name: str
    url: str
    port: int
    process: subprocess.Popen
    data_dir: Path
    log_path: Path
    extra: dict = field(default_factory=dict)

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float = 10.0) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def reload(self) -> None:
        """Ask the server to re-read its configuration (SIGHUP)."""
        self.process.send_signal(signal.SIGHUP)


def _launch(name: str, args: list[str], data_dir: Path, port: int, ready_path: str, timeout: float,
            addr: str = LOOPBACK, extra: dict | None = None) -> ServerProcess:
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / f"{name}.log"
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)
    url = f"http://{addr}:{port}"
    try:
        wait_http_ok(url + ready_path, timeout, proc, log_path)
    except BaseException:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        raise
    return ServerProcess(name, url, port, proc, data_dir, log_path, extra or {})


def _port(port: int, addr: str) -> int:
    validate_port(port)
    return port or free_port(addr)


def prometheus_config(
    *,
    static_targets: list[str] | None = None,
    file_sd_files: list[str] | None = None,
    scrape_interval: str = "15s",
    evaluation_interval: str | None = None,
    rule_files: list[str] | None = None,
    alertmanagers: list[str] | None = None,
    job: str = "lightwatch",
    extra_scrape_configs: list[dict] | None = None,
) -> dict:
    """A Prometheus configuration (as a dict) scraping lightwatch exporters."""
    scrape = {"job_name": job, "scrape_interval": scrape_interval, "scrape_timeout": scrape_interval}
    if static_targets:
        scrape["static_configs"] = [{"targets": list(static_targets)}]
    if file_sd_files:
        scrape["file_sd_configs"] = [{"files": list(file_sd_files), "refresh_interval": "5s"}]
    cfg = {
        "global": {"scrape_interval": scrape_interval,
                   "evaluation_interval": evaluation_interval or scrape_interval},
        "scrape_configs": [scrape] + list(extra_scrape_configs or []),
    }
    if rule_files:
        cfg["rule_files"] = list(rule_files)
    if alertmanagers:
        cfg["alerting"] = {"alertmanagers": [{"static_configs": [{"targets": list(alertmanagers)}]}]}
    return cfg


def write_config(path: Path, config: dict) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(config, indent=2))
    return path


def start_prometheus(config: dict | Path, data_dir: Path, port: int = 0, addr: str = LOOPBACK,
                     timeout: float = 30.0, extra_args: list[str] | None = None) -> ServerProcess:
    """Start ``prometheus`` with ``config`` (a dict is written to ``data_dir/prometheus.yml``)."""
    data_dir = Path(data_dir)
    config_path = write_config(data_dir / "prometheus.yml", config) if isinstance(config, dict) else Path(config)
    port = _port(port, addr)
    args = [find_binary("prometheus"), f"--config.file={config_path}", f"--storage.tsdb.path={data_dir / 'tsdb'}",
            f"--web.listen-address={addr}:{port}", "--web.enable-lifecycle", "--log.level=warn",
            *(extra_args or [])]
    return _launch("prometheus", args, data_dir, port, "/-/ready", timeout, addr, {"config": config_path})


def start_alertmanager(config: dict | Path, data_dir: Path, port: int = 0, addr: str = LOOPBACK,
                       timeout: float = 30.0) -> ServerProcess:
    """Start Alertmanager (clustering off) with ``config``."""
    data_dir = Path(data_dir)
    config_path = write_config(data_dir / "alertmanager.yml", config) if isinstance(config, dict) else Path(config)
    port = _port(port, addr)
    args = [find_binary("alertmanager"), f"--config.file={config_path}", f"--storage.path={data_dir / 'am'}",
            f"--web.listen-address={addr}:{port}", "--cluster.listen-address=", "--log.level=warn"]
    return _launch("alertmanager", args, data_dir, port, "/-/ready", timeout, addr, {"config": config_path})


def start_pushgateway(data_dir: Path, port: int = 0, addr: str = LOOPBACK, timeout: float = 30.0) -> ServerProcess:
    """Start the Pushgateway (no persistence)."""
    port = _port(port, addr)
    args = [find_binary("pushgateway"), f"--web.listen-address={addr}:{port}", "--log.level=warn"]
    return _launch("pushgateway", args, Path(data_dir), port, "/-/ready", timeout, addr)
